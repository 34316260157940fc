"""Fixtures shared by the panel tests."""

import pytest


@pytest.fixture
def open_panel(qtbot):
    """Show a panel as a user would see it, wait until it has settled; every one is shut down after the test.

    ``open_panel(build, settle, size)`` calls ``build()`` for the panel and
    ``settle(panel, qtbot)`` once it is on screen.
    """
    made = []

    def open_(build, settle, size=(1100, 680)):
        panel = build()
        qtbot.addWidget(panel)
        panel.resize(*size)
        panel.show()
        qtbot.waitExposed(panel)
        made.append(panel)
        settle(panel, qtbot)
        return panel

    yield open_
    for panel in made:
        assert panel.shutdown(2.0), "the panel's threads did not end"


@pytest.fixture
def main_windows(qtbot):
    """Open main windows as a user would see them; every one is closed after the test.

    ``main_windows(models=None, size=(1280, 800), compile_first=False, active=False,
    warm_up=None, show=True)`` makes a window with those models (all when None), its
    kernels compiled (or loaded from the cache) first when ``compile_first``, shown at
    ``size`` and ready, and made the active window (which window-wide shortcuts need)
    when ``active``. A test fixture that checks something after closing closes its
    windows itself; closing twice is harmless.
    """
    from simulator.gui.main_window import MainWindow
    from simulator.registry import MODELS

    windows: list[MainWindow] = []

    def open_(models=None, *, size=(1280, 800), compile_first=False, active=False, warm_up=None, show=True):
        if compile_first:
            for spec in models or MODELS:
                if spec.package.startswith("simulator.models."):
                    spec.load_package().warmup()
        window = MainWindow(models=models, warm_up=warm_up)
        qtbot.addWidget(window)
        windows.append(window)
        if size is not None:
            window.resize(*size)
        if show:
            window.show()
            qtbot.waitUntil(lambda: window.is_ready, timeout=30_000)
        if active:
            window.activateWindow()
            qtbot.waitUntil(window.isActiveWindow)
        return window

    open_.windows = windows
    yield open_
    for window in windows:
        window.close()
