"""Smoke tests in a real X window (run under Xvfb by .ci/run): the app starts, draws, and gets ready."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time

import numpy as np
import pytest

pytestmark = [
    pytest.mark.xvfb,
    pytest.mark.skipif(not os.environ.get("DISPLAY"), reason="needs a real X display (DISPLAY is not set)"),
]


def _env(tmp_path) -> dict[str, str]:
    return dict(os.environ, QT_QPA_PLATFORM="xcb", SIMULATOR_SETTINGS_DIR=str(tmp_path / "settings"))


def _colours(png) -> tuple[int, float]:
    """Number of distinct colours in the image, and the share of pixels that have the commonest one."""
    from PySide6.QtGui import QImage

    image = QImage(str(png))
    assert not image.isNull(), f"could not read the screenshot {png}"
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    pixels = np.frombuffer(image.constBits(), dtype=np.uint32, count=image.bytesPerLine() * image.height() // 4)
    pixels = pixels.reshape(image.height(), -1)[:, : image.width()]
    _, counts = np.unique(pixels, return_counts=True)
    return len(counts), counts.max() / pixels.size


@pytest.mark.skipif(shutil.which("import") is None, reason="needs ImageMagick's import for the screenshot")
def test_screenshot_of_the_real_window_is_not_blank(tmp_path):
    log = open(tmp_path / "app.log", "w")
    app = subprocess.Popen([sys.executable, "-m", "simulator"], env=_env(tmp_path), stdout=log, stderr=log)
    shot = tmp_path / "screen.png"
    colours, commonest = 0, 1.0
    try:
        # Screenshots until the window shows up drawn (a few seconds; more on a busy machine).
        deadline = time.monotonic() + 60
        time.sleep(3)
        while time.monotonic() < deadline:
            assert app.poll() is None, f"the app exited early: {(tmp_path / 'app.log').read_text()}"
            subprocess.run(["import", "-window", "root", str(shot)], check=True, timeout=30)
            colours, commonest = _colours(shot)
            if colours > 16 and commonest < 0.95:
                break
            time.sleep(1)
    finally:
        app.terminate()
        try:
            app.wait(10)
        except subprocess.TimeoutExpired:
            app.kill()
            app.wait(10)
        log.close()
    assert colours > 16, f"the screen shows only {colours} colours: the window was not drawn"
    assert commonest < 0.95, f"{commonest:.0%} of the screen is one colour: the window was not drawn"


def test_exit_when_ready_in_a_real_window(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "simulator", "--exit-when-ready"],
        env=_env(tmp_path), capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stderr
    assert re.search(r"^ready in \d+\.\d{3} s$", result.stdout, re.MULTILINE), result.stdout
