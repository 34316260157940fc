"""File ▸ Export for every panel: PNG of the panel or one plot, an animated GIF of the run, CSV of the plotted series."""

from __future__ import annotations

import importlib.util
import os
import time
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QSettings, QStandardPaths
from PySide6.QtGui import QAction, QImage, QKeySequence
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QMenu, QProgressBar, QPushButton, QSizePolicy, QWidget

from simulator.core.export_files import series_csv_text, write_atomically
from simulator.gui.export_dialog import DEFAULT_FPS, DEFAULT_SECONDS, PlotChoiceDialog, RecordingDialog
from simulator.gui.export_recording import Recording
from simulator.gui.i18n import engine_text, tr
from simulator.gui.plot_finder import FoundPlot, find_plots, render_widget

if TYPE_CHECKING:
    from simulator.gui.main_window import MainWindow
    from simulator.gui.panels.base import ModelPanel

#: PNGs are drawn at twice the on-screen pixels: sharp text and lines on a projector slide.
PNG_SCALE = 2.0
#: Frames are kept uncompressed until the recording ends: refuse recordings that would need more.
MAX_RECORDING_BYTES = 1536 * 2**20
#: Where the file dialogs start next time.
FOLDER_KEY = "export/folder"
MESSAGE_MS = 10_000


def install_export(window: "MainWindow", menu: QMenu) -> "Exporter":
    """Add the Export submenu to ``menu`` (the File menu) and its shortcuts to ``window``; return the Exporter."""
    return Exporter(window, menu)


class Exporter(QObject):
    """Exports the shown panel of a main window: PNG, plot PNG, animated GIF recording, CSV.

    The menu actions ask for a file name (and a plot, or the recording's length)
    through :meth:`ask_save_path`, :meth:`ask_plot` and :meth:`ask_recording`, then
    call the public ``export_*`` methods, which tests may call directly. Every file is
    written to a temporary file in the same folder and renamed over the target, so a
    failure leaves any previous file intact; the outcome is said in the status bar.

    Parameters
    ----------
    window : MainWindow
    menu : QMenu
        The menu that receives the Export submenu.
    """

    def __init__(self, window: "MainWindow", menu: QMenu) -> None:
        super().__init__(window)
        self.setObjectName("exporter")
        self.window = window
        self.submenu = menu.addMenu(tr("&Export"))
        self.submenu.setToolTipsVisible(True)
        self.panel_png_action = self._action(
            tr("&Panel as PNG…"), "Ctrl+E", tr("Save the panel on screen as a picture, at twice its pixels"),
            self._on_panel_png)
        self.plot_png_action = self._action(
            tr("P&lot as PNG…"), "Ctrl+Shift+E", tr("Save one plot of the panel as a picture"), self._on_plot_png)
        self.recording_action = self._action(
            tr("&Recording…"), "Ctrl+Shift+G", tr("Record the next seconds of the run as an animated GIF"),
            self._on_recording)
        self.csv_action = self._action(
            tr("Plotted data as &CSV…"), "Ctrl+Shift+C",
            tr("Save every series plotted in the panel as one table (plot, series, x, y)"), self._on_csv)
        self.submenu.addSeparator()
        self.cancel_action = self._action(
            tr("Cancel recording"), "Esc", tr("Stop the recording or its encoding; nothing is saved"),
            self.cancel_recording)
        self.cancel_action.setEnabled(False)
        self._recording: Recording | None = None
        self._build_status_widget()

    def _action(self, text: str, keys: str, tip: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self.window)
        action.setShortcut(QKeySequence(keys))
        action.setToolTip(f"{tip} ({QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)})")
        action.triggered.connect(lambda _checked=False: slot())
        self.submenu.addAction(action)
        self.window.addAction(action)  # the shortcut works wherever the focus is in the window
        return action

    def _build_status_widget(self) -> None:
        self.status_widget = QWidget()
        layout = QHBoxLayout(self.status_widget)
        layout.setContentsMargins(0, 0, 0, 0)
        self.status_label = QLabel()
        self.status_label.setToolTip(tr("The recording in progress"))
        self.status_progress = QProgressBar()
        self.status_progress.setRange(0, 100)
        self.status_progress.setFixedWidth(self.status_progress.fontMetrics().horizontalAdvance("0" * 12))
        self.status_progress.setToolTip(tr("How far the recording, then its encoding, has got"))
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.setToolTip(tr("Stop the recording or its encoding; nothing is saved (Esc)"))
        self.cancel_button.clicked.connect(self.cancel_recording)
        self.cancel_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        for widget in (self.status_label, self.status_progress, self.cancel_button):
            layout.addWidget(widget)
        self.status_widget.setVisible(False)
        self.window.statusBar().addPermanentWidget(self.status_widget)

    # ------------------------------------------------------------ dialogs
    def ask_save_path(self, caption: str, suggested_name: str, file_filter: str) -> str | None:
        """A file name from a save dialog that starts in the last export folder; None when cancelled."""
        start = os.path.join(self.last_folder(), suggested_name)
        path, _ = QFileDialog.getSaveFileName(self.window, caption, start, file_filter)
        return path or None

    def ask_plot(self, plots: list[FoundPlot], caption: str) -> FoundPlot | None:
        """One of ``plots`` chosen by name; None when cancelled."""
        dialog = PlotChoiceDialog([p.name for p in plots], caption, self.window)
        return plots[dialog.choice()] if dialog.exec() == PlotChoiceDialog.DialogCode.Accepted else None

    def ask_recording(self, plots: list[FoundPlot]) -> tuple[float, int, FoundPlot | None] | None:
        """(seconds, frames per second, the plot or None for the whole panel); None when cancelled."""
        dialog = RecordingDialog([p.name for p in plots], DEFAULT_SECONDS, DEFAULT_FPS, self.window)
        if dialog.exec() != RecordingDialog.DialogCode.Accepted:
            return None
        seconds, fps, index = dialog.values()
        return seconds, fps, (plots[index] if index >= 0 else None)

    def last_folder(self) -> str:
        """The folder of the last export, else the user's pictures folder."""
        folder = QSettings().value(FOLDER_KEY)
        if isinstance(folder, str) and os.path.isdir(folder):
            return folder
        pictures = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
        return pictures if pictures and os.path.isdir(pictures) else os.path.expanduser("~")

    # ------------------------------------------------------------ menu actions
    def _on_panel_png(self) -> None:
        if self._panel() is None:
            return
        path = self._ask_path(tr("Save the panel as PNG"), "panel", ".png", tr("PNG images (*.png)"))
        if path:
            self.export_panel_png(path)

    def _on_plot_png(self) -> None:
        plots = self._plots_or_say()
        if not plots:
            return
        plot = self.ask_plot(plots, tr("Which plot?"))
        if plot is None:
            return
        path = self._ask_path(tr("Save the plot as PNG"), _slug(plot.name), ".png", tr("PNG images (*.png)"))
        if path:
            self.export_plot_png(plot, path)

    def _on_recording(self) -> None:
        if self._panel() is None:
            return
        if self.busy:
            self._say(tr("A recording is already being made: wait for it, or cancel it (Esc)."))
            return
        choice = self.ask_recording(self.plots())
        if choice is None:
            return
        seconds, fps, plot = choice
        what = "panel" if plot is None else _slug(plot.name)
        path = self._ask_path(tr("Save the recording as GIF"), what, ".gif", tr("Animated GIF (*.gif)"))
        if path:
            self.start_recording(path, seconds, fps, plot)

    def _on_csv(self) -> None:
        if self._panel() is None:
            return
        path = self._ask_path(tr("Save the plotted data as CSV"), "data", ".csv", tr("CSV tables (*.csv)"))
        if path:
            self.export_csv(path)

    def _ask_path(self, caption: str, what: str, suffix: str, file_filter: str) -> str | None:
        stamp = time.strftime("%Y%m%d-%H%M%S")
        path = self.ask_save_path(caption, f"{self.window.current_key}-{what}-{stamp}{suffix}", file_filter)
        if not path:
            return None
        if not path.lower().endswith(suffix):
            path += suffix
        QSettings().setValue(FOLDER_KEY, os.path.dirname(os.path.abspath(path)))
        return path

    # ------------------------------------------------------------ exports
    def plots(self) -> list[FoundPlot]:
        """The plots and image views of the shown panel, as offered in the dialogs."""
        panel = self.window.current_panel
        return [] if panel is None else find_plots(panel)

    def export_panel_png(self, path: str | os.PathLike, scale: float = PNG_SCALE) -> bool:
        """Save the shown panel as a PNG, ``scale`` times its on-screen pixels; True when saved."""
        panel = self._panel()
        if panel is None:
            return False
        image = render_widget(panel, scale)
        return self._save_png(image, path, tr("the {title} panel", title=panel.title))

    def export_plot_png(self, plot: FoundPlot | str, path: str | os.PathLike, scale: float = PNG_SCALE) -> bool:
        """Save one plot (a :class:`FoundPlot` of :meth:`plots`, or its name) as a PNG; True when saved."""
        found = self._resolve(plot)
        if found is None:
            return False
        return self._save_png(found.render(scale), path, tr("the plot “{name}”", name=found.name))

    def export_csv(self, path: str | os.PathLike) -> bool:
        """Save every series plotted in the shown panel as a tidy CSV (plot, series, x, y); True when saved."""
        panel = self._panel()
        if panel is None:
            return False
        rows = [(plot.name, s.name, s.x, s.y) for plot in find_plots(panel) for s in plot.series()]
        if not any(len(row[2]) for row in rows):
            self._say(tr("The {title} panel shows no plotted data yet: nothing was saved.", title=panel.title))
            return False
        points = sum(len(row[2]) for row in rows)
        text = series_csv_text(rows)
        return self._write(path, lambda f: f.write(text.encode("utf-8")),
                           tr("{count} series ({points:,} points) of the {title} panel", count=len(rows), points=points,
                              title=panel.title))

    def start_recording(self, path: str | os.PathLike, seconds: float = DEFAULT_SECONDS, fps: int = DEFAULT_FPS,
                        plot: FoundPlot | str | None = None) -> bool:
        """Record the next ``seconds`` of the run as an animated GIF at ``path``; True when it started.

        Frames of the panel (or of ``plot``) are captured in the GUI thread ``fps``
        times a second, then encoded in a background job with progress and a Cancel
        button in the status bar. A paused simulation is started.
        """
        panel = self._panel()
        if panel is None:
            return False
        if self.busy:
            self._say(tr("A recording is already being made: wait for it, or cancel it (Esc)."))
            return False
        found = None if plot is None else self._resolve(plot)
        if plot is not None and found is None:
            return False
        if not (seconds > 0 and fps > 0):
            self._say(tr("A recording needs a positive length and frame rate, not {seconds} s at {fps} frames/s.",
                         seconds=seconds, fps=fps))
            return False
        path = os.fspath(path)
        folder = os.path.dirname(os.path.abspath(path))
        if not os.path.isdir(folder) or not os.access(folder, os.W_OK):
            self._say(tr("Could not record to {path}: the folder {folder} does not exist or cannot be written.",
                         path=path, folder=folder))
            return False
        size = (found.rect() if found is not None else panel.rect()).size()
        need = round(seconds * fps) * size.width() * size.height() * 3
        if need > MAX_RECORDING_BYTES:
            self._say(tr("A {seconds:g} s recording at {fps} frames/s of this {width}×{height} view "
                         "would need {gb:.1f} GB of memory: record fewer seconds, fewer frames per "
                         "second or one plot.", seconds=seconds, fps=fps, width=size.width(), height=size.height(),
                         gb=need / 2**30))
            return False
        if _pillow_missing():
            self._say(tr("Recording needs the Pillow package to write GIFs: install it with "
                         "“pip install Pillow” and start the simulator again."))
            return False
        started = not panel.running
        if started:
            self.window.run_pause()
        if found is None:
            what = tr("the {title} panel", title=panel.title)
        else:
            what = tr("the plot “{name}”", name=found.name)
        self._recording = Recording(self, panel, found, path, seconds, fps, what)
        self.cancel_action.setEnabled(True)
        self.recording_action.setEnabled(False)
        self.status_widget.setVisible(True)
        if started:
            self._say(tr("Recording {seconds:g} s of {what} at {fps} frames/s; the simulation was paused, so it has "
                         "been started.", seconds=seconds, what=what, fps=fps))
        else:
            self._say(tr("Recording {seconds:g} s of {what} at {fps} frames/s.", seconds=seconds, what=what, fps=fps))
        self._recording.start()
        return True

    @property
    def busy(self) -> bool:
        """True while a recording is captured or encoded."""
        return self._recording is not None

    @property
    def recording(self) -> "Recording | None":
        """The recording being captured or encoded, if any."""
        return self._recording

    def cancel_recording(self) -> None:
        """Stop the recording or its encoding; nothing is saved and any previous file stays."""
        if self._recording is not None:
            self._recording.cancel()
            self.finish_recording(tr("Recording cancelled: nothing was saved."))

    def shutdown(self) -> None:
        """Stop any recording (its timers and encoding job); called when the window closes."""
        if self._recording is not None:
            self._recording.cancel()
            self._recording.join(0.5)
            self.finish_recording("")

    # ------------------------------------------------------------ helpers
    def finish_recording(self, message: str) -> None:
        """Forget the recording (ended, failed or cancelled), hide its status widgets and say ``message``."""
        self._recording = None
        self.cancel_action.setEnabled(False)
        self.recording_action.setEnabled(True)
        self.status_widget.setVisible(False)
        if message:
            self._say(message)

    def _panel(self) -> "ModelPanel | None":
        panel = self.window.current_panel
        if panel is None:
            self._say(tr("There is no panel to export: choose a model on the left first."))
        return panel

    def _plots_or_say(self) -> list[FoundPlot]:
        panel = self._panel()
        if panel is None:
            return []
        plots = find_plots(panel)
        if not plots:
            self._say(tr("The {title} panel shows no plot right now.", title=panel.title))
        return plots

    def _resolve(self, plot: FoundPlot | str) -> FoundPlot | None:
        if isinstance(plot, FoundPlot):
            if plot.view.isVisible():
                return plot
            self._say(tr("The plot “{name}” is no longer on screen.", name=plot.name))
            return None
        plots = self._plots_or_say()
        for found in plots:
            if found.name == plot:
                return found
        if plots:
            self._say(tr("There is no plot called “{name}” on screen; there are: {names}.", name=plot,
                         names=", ".join(p.name for p in plots)))
        return None

    def _save_png(self, image: QImage, path: str | os.PathLike, what: str) -> bool:
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if not image.save(buffer, "PNG"):
            self._say(tr("Could not encode {what} as PNG: nothing was saved.", what=what))
            return False
        buffer.close()
        payload = bytes(data.data())
        return self._write(path, lambda f: f.write(payload), tr("{what} ({width}×{height} pixels)", what=what,
                                                                      width=image.width(), height=image.height()))

    def _write(self, path: str | os.PathLike, write: Callable, what: str) -> bool:
        path = os.fspath(path)
        try:
            write_atomically(path, write)
        except Exception as exc:  # noqa: BLE001 - any failure is said, and the previous file stays
            self._say(tr("Could not save {path}: {reason}. Any previous file there is unchanged.", path=path,
                         reason=_reason(exc)))
            return False
        self._say(tr("Saved {what} to {path}.", what=what, path=path))
        return True

    def _say(self, text: str) -> None:
        self.window.statusBar().showMessage(text, MESSAGE_MS)


def _pillow_missing() -> bool:
    """True when Pillow (the GIF encoder) cannot be imported."""
    return importlib.util.find_spec("PIL") is None


def _slug(name: str) -> str:
    """A file-name friendly form of a plot name."""
    kept = "".join(c.lower() if c.isalnum() else "-" for c in name)
    return "-".join(part for part in kept.split("-") if part)[:40] or "plot"


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror[:1].lower() + exc.strerror[1:]
    return f"{type(exc).__name__}: {engine_text(exc)}"
