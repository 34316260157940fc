"""A GIF recording of a panel or plot: frames captured in the GUI thread, encoded in the background."""

from __future__ import annotations

import sys
import time
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QObject, QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QImage, QPainter, QRegion
from PySide6.QtWidgets import QWidget

from simulator.core.export_files import encode_gif
from simulator.core.jobs import BackgroundJob
from simulator.gui.i18n import engine_text, tr
from simulator.gui.plot_finder import FoundPlot, render_widget

if TYPE_CHECKING:
    from simulator.gui.export import Exporter


class Recording(QObject):
    """One recording: frames captured by a timer in the GUI thread, then a GIF encoded in a BackgroundJob.

    Parameters
    ----------
    owner : Exporter
        Shows the progress (``status_label``, ``status_progress``) and is told the
        outcome through ``finish_recording(message)``.
    panel : QWidget
        The panel recorded, or whose plot is recorded.
    plot : FoundPlot or None
        The plot recorded; None for the whole panel.
    path : str
    seconds : float
    fps : int
    what : str
        Names what is recorded in the final message.
    """

    def __init__(self, owner: "Exporter", panel: QWidget, plot: FoundPlot | None, path: str, seconds: float,
                 fps: int, what: str) -> None:
        super().__init__(owner)
        self.owner = owner
        self.panel = panel
        self.plot = plot
        self.path = path
        self.seconds = float(seconds)
        self.fps = int(fps)
        self.what = what
        self.frames: list[np.ndarray] = []
        self.times: list[float] = []
        self.target_frames = max(1, round(self.seconds * self.fps))
        self.job: BackgroundJob | None = None
        self._t0 = 0.0
        self._capture_timer = QTimer(self)
        self._capture_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._capture_timer.setInterval(max(1, round(1000 / self.fps)))
        self._capture_timer.timeout.connect(self._capture)
        self._poll_timer = QTimer(self)
        self._poll_timer.setInterval(100)
        self._poll_timer.timeout.connect(self._poll)
        self._stopped_early = ""
        self._canvas: QImage | None = None

    def start(self) -> None:
        self._t0 = time.perf_counter()
        self._capture()
        if self.job is None:
            self._capture_timer.start()

    def _source(self) -> tuple[QWidget, QRect]:
        if self.plot is None:
            return self.panel, self.panel.rect()
        return self.plot.view, self.plot.rect()

    def _capture(self) -> None:
        widget, rect = self._source()
        if not widget.isVisible():
            self._stopped_early = tr(" (stopped early: it left the screen)")
            self._encode()
            return
        now = time.perf_counter()
        self.frames.append(self._grab(widget, rect))
        self.times.append(now)
        elapsed = now - self._t0
        progress = min(1.0, max(len(self.frames) / self.target_frames, elapsed / self.seconds))
        self.owner.status_label.setText(tr("● Recording {elapsed:.1f} / {seconds:g} s",
                                           elapsed=min(elapsed, self.seconds), seconds=self.seconds))
        self.owner.status_progress.setValue(round(100 * progress))
        if len(self.frames) >= self.target_frames or elapsed >= self.seconds:
            self._encode()

    def _grab(self, widget: QWidget, rect: QRect) -> np.ndarray:
        """One frame as RGB, painted into an image made once (about a fifth cheaper than a new one each time)."""
        if self._canvas is None:
            self._canvas = QImage(rect.size(), QImage.Format.Format_RGB32)
        canvas = self._canvas
        if rect.size() == canvas.size():
            canvas.fill(widget.palette().window().color())
            painter = QPainter(canvas)
            try:
                # QWidget's own render: a panel's render(snapshot) overrides the name.
                QWidget.render(widget, painter, QPoint(0, 0), QRegion(rect))
            finally:
                painter.end()
        else:  # the window was resized: the GIF keeps the first size
            canvas = render_widget(widget, 1.0, rect).scaled(
                canvas.size(), Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation)
        return rgb_array(canvas)

    def _encode(self) -> None:
        self._capture_timer.stop()
        if self.job is not None:
            return
        gaps = np.diff(self.times) * 1000.0 if len(self.times) > 1 else np.zeros(0)
        durations = [int(round(g)) for g in gaps] + [int(round(1000 / self.fps))]
        self.owner.status_label.setText(tr("Encoding the GIF"))
        self.owner.status_progress.setValue(0)
        self.job = BackgroundJob(encode_gif, self.frames, durations, self.path, name="gif-encoder").start()
        self.frames = []  # the job holds them; freed with it
        self._poll_timer.start()

    def _poll(self) -> None:
        job = self.job
        if job is None:
            self._poll_timer.stop()
            return
        fraction, message = job.progress
        self.owner.status_progress.setValue(round(100 * fraction))
        if message:
            self.owner.status_label.setText(engine_text(message))
        if not job.done:
            return
        self._poll_timer.stop()
        if job.cancelled:
            text = tr("Recording cancelled: nothing was saved.")
        elif job.error:
            text = tr("Could not save the recording to {path}: {error}. Any previous file there is unchanged.",
                      path=self.path, error=engine_text(job.error).rstrip("."))
        else:
            text = tr("Saved {count} frames of {what}{early} to {path}.", count=job.result, what=self.what,
                      early=self._stopped_early, path=self.path)
        self.owner.finish_recording(text)

    def cancel(self) -> None:
        self._capture_timer.stop()
        self._poll_timer.stop()
        if self.job is not None:
            self.job.cancel()

    def join(self, timeout: float) -> bool:
        return self.job is None or self.job.join(timeout)


def rgb_array(image: QImage) -> np.ndarray:
    """A (height, width, 3) uint8 RGB copy of ``image``."""
    if image.format() != QImage.Format.Format_RGB32:
        image = image.convertToFormat(QImage.Format.Format_RGB32)
    h, w, stride = image.height(), image.width(), image.bytesPerLine()
    words = np.frombuffer(image.constBits(), dtype=np.uint8, count=h * stride).reshape(h, stride)[:, : w * 4]
    # RGB32 is one 0xffRRGGBB word per pixel: bytes B, G, R, 255 on a little-endian machine.
    order = [2, 1, 0] if sys.byteorder == "little" else [1, 2, 3]
    return np.ascontiguousarray(words.reshape(h, w, 4)[:, :, order])
