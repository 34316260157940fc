"""Test set-up shared by every test: headless Qt, settings in temp dirs, no threads or timers left behind."""

from __future__ import annotations

import os
import sys
import tempfile
import threading
import time

import pytest

# Before anything imports Qt. Real-window tests (marked xvfb) start their own
# subprocess with QT_QPA_PLATFORM=xcb; in-process Qt is always headless.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
# Never read or write the user's real settings; GUI tests get a fresh dir each (below).
os.environ["SIMULATOR_SETTINGS_DIR"] = tempfile.mkdtemp(prefix="simulator-settings-")

#: How long a test's threads get to finish before they count as left running.
THREAD_GRACE_SECONDS = 3.0


def pytest_collection_modifyitems(config, items):
    if os.environ.get("DISPLAY"):
        return
    skip = pytest.mark.skip(reason="needs a real X display (DISPLAY is not set); .ci/run runs it under Xvfb")
    for item in items:
        if "xvfb" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def qapp(qapp):
    """pytest-qt's QApplication, named and configured like the app's (settings, fonts)."""
    from simulator.gui.app import configure_app

    return configure_app(qapp)


def _must_end(thread: threading.Thread) -> bool:
    # Engine runners and non-daemon threads must be gone; daemon jobs (e.g. a numba
    # warm-up inside a compilation) may still be finishing after a cancel.
    return thread.is_alive() and (not thread.daemon or thread.name.endswith("-runner"))


def _active_timers() -> list[str]:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    found = []
    for top in QApplication.topLevelWidgets():
        for timer in top.findChildren(QTimer):
            if timer.isActive():
                chain, obj = [], timer.parent()
                while obj is not None:
                    chain.append(obj.objectName() or type(obj).__name__)
                    obj = obj.parent()
                found.append(f"QTimer {timer.objectName() or ''} ({timer.interval()} ms) in {' < '.join(chain)}")
    return found


@pytest.fixture(autouse=True)
def _no_leftovers(request, tmp_path):
    """Fresh settings for GUI tests; afterwards no engine thread and no QTimer may be left running."""
    before = set(threading.enumerate())
    gui = "qapp" in request.fixturenames or "qtbot" in request.fixturenames
    if gui:
        from simulator.gui.app import use_settings_dir

        request.getfixturevalue("qapp")  # configured first, so the per-test dir wins

        use_settings_dir(tmp_path / "settings")
    yield
    deadline = time.monotonic() + THREAD_GRACE_SECONDS
    left = [t for t in threading.enumerate() if t not in before and _must_end(t)]
    while left and time.monotonic() < deadline:
        time.sleep(0.02)
        left = [t for t in left if _must_end(t)]
    problems = [f"thread {t.name!r} still running" for t in left]
    if "PySide6.QtWidgets" in sys.modules and gui:
        problems += _active_timers()
    if problems:
        pytest.fail("The test left things running (shut panels and windows down): " + "; ".join(problems))
