"""The Qt-free export writers: atomic replacement, full-precision tidy CSV, the GIF encoder and its cancel."""

from __future__ import annotations

import csv
import io
import os

import numpy as np
import pytest

from simulator.core.export_files import encode_gif, format_number, series_csv_text
from simulator.core.jobs import BackgroundJob


def test_numbers_are_written_with_full_precision():
    for value in (0.1, 1 / 3, -2.5e-300, 1e22, 123456789.123456789, np.float32(0.1)):
        assert float(format_number(value)) == float(value)
    assert format_number(3.0) == "3" and format_number(-0.0) in ("0", "-0")
    assert format_number(float("nan")) == "nan"


def test_the_csv_is_tidy_and_exact():
    x = np.array([0.0, 1.0, 2.0])
    y = np.array([1 / 3, np.pi, -1e-17])
    text = series_csv_text([("Energy, E", "quench", x, y), ("Hist", "bars 1", [0.5], [7])])
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["plot", "series", "x", "y"]
    assert rows[1][:2] == ["Energy, E", "quench"]  # a comma in a name is quoted, not a new column
    assert [float(r[3]) for r in rows[1:4]] == y.tolist()
    assert rows[4] == ["Hist", "bars 1", "0.5", "7"]
    with pytest.raises(ValueError, match="2 x values but 3 y values"):
        series_csv_text([("p", "s", [1, 2], [1, 2, 3])])


def _frames(n=6, h=20, w=30):
    rng = np.random.default_rng(0)
    return [rng.integers(0, 256, size=(h, w, 3), dtype=np.uint8) for _ in range(n)]


def test_encode_gif_writes_every_frame_with_its_duration(tmp_path):
    Image = pytest.importorskip("PIL.Image")
    frames = _frames()
    frames[2][:] = (10, 200, 30)  # a flat colour stays exactly that colour (no dithering)
    path = tmp_path / "a.gif"
    job = BackgroundJob(encode_gif, frames, [100, 80, 120, 100, 100, 250], path).start()
    assert job.join(30) and job.error is None, job.error
    assert job.result == 6
    with Image.open(path) as gif:
        assert gif.n_frames == 6 and gif.size == (30, 20)
        assert gif.info.get("loop") == 0
        gif.seek(2)
        assert np.all(np.asarray(gif.convert("RGB")) == (10, 200, 30))
        durations = []
        for k in range(gif.n_frames):
            gif.seek(k)
            durations.append(gif.info["duration"])
    assert durations == [100, 80, 120, 100, 100, 250]


def test_a_cancelled_encoding_leaves_the_previous_file(tmp_path):
    pytest.importorskip("PIL")
    path = tmp_path / "a.gif"
    path.write_bytes(b"previous")
    job = BackgroundJob(encode_gif, _frames(40, 100, 100), [100] * 40, path)
    job.cancel()
    job.start()
    assert job.join(30) and job.cancelled
    assert path.read_bytes() == b"previous" and os.listdir(tmp_path) == ["a.gif"]


def test_bad_frames_are_refused_with_a_sentence(tmp_path):
    pytest.importorskip("PIL")
    path = tmp_path / "a.gif"
    job = BackgroundJob(encode_gif, [], [], path).start()
    assert job.join(10) and "no frames" in job.error
    frames = _frames(2)
    frames[1] = frames[1][:10]
    job = BackgroundJob(encode_gif, frames, [100, 100], path).start()
    assert job.join(10) and "Frame 2 is 30×10 pixels" in job.error
    assert not path.exists()
