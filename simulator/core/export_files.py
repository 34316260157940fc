"""Qt-free export writers: the tidy series CSV and the animated GIF encoder (written atomically)."""

from __future__ import annotations

import csv
import io
import os
from typing import Any, BinaryIO, Callable, Iterable, Sequence

import numpy as np

from simulator.core.atomic import write_atomically
from simulator.core.jobs import JobContext
from simulator.core.text import tr

#: Columns of the series CSV, one row per plotted point.
CSV_COLUMNS = ("plot", "series", "x", "y")
def format_number(value: float) -> str:
    """``value`` as the shortest text that reads back as the same float64 (``repr``); integers without ".0"."""
    value = float(value)
    if value.is_integer() and abs(value) < 2**53:
        return str(int(value))
    return repr(value)


def series_csv_text(series: Iterable[tuple[str, str, np.ndarray, np.ndarray]]) -> str:
    """The tidy CSV of plotted series: a header ``plot,series,x,y`` and one row per point.

    Parameters
    ----------
    series : iterable of (plot name, series name, x, y)
        x and y of equal length; numbers are written with full precision
        (:func:`format_number`), NaN as ``nan``.
    """
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for plot, name, x, y in series:
        xs = np.asarray(x, dtype=np.float64).ravel()
        ys = np.asarray(y, dtype=np.float64).ravel()
        if len(xs) != len(ys):
            raise ValueError(tr("The series {series} of {plot} has {nx} x values but {ny} y values.", series=repr(name),
                                  plot=repr(plot), nx=len(xs), ny=len(ys)))
        for xv, yv in zip(xs.tolist(), ys.tolist()):
            writer.writerow((plot, name, format_number(xv), format_number(yv)))
    return out.getvalue()


def encode_gif(
    ctx: JobContext,
    frames: Sequence[np.ndarray],
    durations_ms: Sequence[int],
    path: str | os.PathLike,
) -> int:
    """Encode RGB frames as a looping animated GIF at ``path`` (atomically); run it as a BackgroundJob.

    Each frame gets its own 256-colour palette (no dithering, so flat plot colours
    stay flat). Progress is reported per frame, and cancelling stops between frames,
    leaving any previous file intact.

    Parameters
    ----------
    ctx : JobContext
    frames : sequence of ndarray
        (height, width, 3) uint8 images of one size.
    durations_ms : sequence of int
        How long each frame is shown, in milliseconds (GIF keeps hundredths of a second).
    path : str or PathLike

    Returns
    -------
    int
        The number of frames encoded.
    """
    # Pillow is imported here, off the GUI thread and only when a GIF is made.
    from PIL import Image

    if not frames:
        raise ValueError(tr("Nothing was recorded: there are no frames to save."))
    if len(durations_ms) != len(frames):
        raise ValueError(tr("{count} frames need {count} durations, not {got}.", count=len(frames),
                            got=len(durations_ms)))
    shape = frames[0].shape
    images = []
    for k, frame in enumerate(frames):
        if frame.shape != shape:
            raise ValueError(tr("Frame {k} is {width}×{height} pixels; the first is {first_width}×{first_height}.",
                                k=k + 1, width=frame.shape[1], height=frame.shape[0], first_width=shape[1],
                                first_height=shape[0]))
        rgb = Image.fromarray(np.ascontiguousarray(frame, dtype=np.uint8), mode="RGB")
        images.append(rgb.quantize(colors=256, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE))
        ctx.progress(0.9 * (k + 1) / len(frames), tr("Encoding frame {k} of {count}", k=k + 1, count=len(frames)))
    ctx.progress(0.95, tr("Writing the GIF"))
    durations = [max(20, int(round(d / 10.0)) * 10) for d in durations_ms]

    def write(handle: BinaryIO) -> None:
        images[0].save(handle, format="GIF", save_all=True, append_images=images[1:], duration=durations,
                       loop=0, optimize=False, disposal=1)
        ctx.check()  # a cancel during the write still leaves the previous file

    write_atomically(path, write)
    return len(images)
