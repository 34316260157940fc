"""The QApplication: names for QSettings, a projector-friendly font, the bundled fonts; ``run_gui`` starts the app."""

from __future__ import annotations

import importlib.resources
import os
import signal
import sys

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from simulator import __version__
from simulator.core.blas import use_one_blas_thread_everywhere
from simulator.gui.i18n import chosen_language, install_translators

ORGANIZATION = "nn-simulator"
APPLICATION = "nn-simulator"
#: When set, settings are kept in an INI file in this directory (tests, portable installs).
SETTINGS_DIR_ENV = "SIMULATOR_SETTINGS_DIR"
#: How much larger than the platform's default the app font is, for projectors.
FONT_SCALE = 1.2
#: Seconds the process waits, once the window is gone, for the kernel warm-up to stop at a safe point.
EXIT_WAIT_FOR_WARM_UP = 5.0

#: Family name of the bundled DejaVu Sans Bold once :func:`create_app` has loaded it.
BOLD_FONT_FAMILY: str | None = None


def use_settings_dir(path: str | os.PathLike) -> None:
    """Keep QSettings in an INI file under ``path`` from now on (tests point this at a temp dir)."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, os.fspath(path))


def load_bundled_fonts() -> list[str]:
    """Register the fonts shipped in ``simulator/resources/fonts``; return their family names."""
    global BOLD_FONT_FAMILY
    families: list[str] = []
    fonts = importlib.resources.files("simulator") / "resources" / "fonts"
    for entry in sorted(fonts.iterdir(), key=lambda e: e.name):
        if not entry.name.lower().endswith((".ttf", ".otf")):
            continue
        font_id = QFontDatabase.addApplicationFontFromData(entry.read_bytes())
        if font_id < 0:
            continue
        found = QFontDatabase.applicationFontFamilies(font_id)
        families.extend(found)
        if entry.name == "DejaVuSans-Bold.ttf" and found:
            BOLD_FONT_FAMILY = found[0]
    return families


def configure_app(app: QApplication) -> QApplication:
    """Give an existing QApplication the simulator's names, settings location and fonts (idempotent)."""
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APPLICATION)
    settings_dir = os.environ.get(SETTINGS_DIR_ENV)
    if settings_dir:
        use_settings_dir(settings_dir)
    if not app.property("simulator_configured"):
        use_one_blas_thread_everywhere()
        font = app.font()
        if font.pointSizeF() > 0:
            font.setPointSizeF(round(font.pointSizeF() * FONT_SCALE * 2) / 2)
        else:
            font.setPixelSize(round(font.pixelSize() * FONT_SCALE))
        app.setFont(font)
        load_bundled_fonts()
        # The system's language unless one was chosen in Settings (read after the settings location is set).
        install_translators(app, chosen_language())
        app.setProperty("simulator_configured", True)
    return app


def create_app(argv: list[str] | None = None) -> QApplication:
    """Create (or reuse) the QApplication and configure it.

    Parameters
    ----------
    argv : list of str, optional
        Program name and Qt options; ``sys.argv`` when None.

    Returns
    -------
    QApplication
    """
    app = QApplication.instance()
    if app is None:
        app = QApplication(list(sys.argv if argv is None else argv))
    return configure_app(app)


def run_gui(argv: list[str] | None = None, *, exit_when_ready: bool = False) -> int:
    """Open the main window and run the event loop until it is closed; return the exit status.

    Parameters
    ----------
    argv : list of str, optional
        Program name and Qt options.
    exit_when_ready : bool
        Diagnostic: print ``ready in X.XXX s`` (since the interpreter started) once the
        window and its first panel have been painted (so after the kernel warm-up,
        which the first panel waits for), then quit.
    """
    app = create_app(argv)
    from simulator.gui.main_window import MainWindow

    window = MainWindow()
    if exit_when_ready:
        from simulator.cli import seconds_since_start

        def report_ready() -> None:
            print(f"ready in {seconds_since_start():.3f} s", flush=True)
            window.close()

        window.ready.connect(report_ready)
    # Ctrl+C in the terminal closes the window properly; Python only runs signal
    # handlers between bytecodes, so a slow timer gives it the chance.
    previous = signal.signal(signal.SIGINT, lambda *_: window.close())
    wake = QTimer()
    wake.timeout.connect(lambda: None)
    wake.start(250)
    window.show()
    try:
        return int(app.exec())
    finally:
        wake.stop()
        signal.signal(signal.SIGINT, previous)
        job = window.warm_up_job
        if job is not None:
            # Closing cancelled it; it stops after the model it is loading. A daemon thread still inside
            # numba's compiler while the interpreter shuts down can abort the process instead of exiting.
            job.join(EXIT_WAIT_FOR_WARM_UP)
