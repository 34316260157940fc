"""The small dialogs of the Export menu: which plot, and what to record for how long."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from simulator.gui.i18n import tr

#: Recording length and frame rate offered (seconds, frames per second).
SECONDS_RANGE = (1.0, 60.0)
FPS_RANGE = (5, 15)
DEFAULT_SECONDS = 5.0
DEFAULT_FPS = 12


class PlotChoiceDialog(QDialog):
    """Choose one of the panel's plots by name."""

    def __init__(self, names: list[str], title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.combo = QComboBox()
        self.combo.addItems(names)
        self.combo.setToolTip(tr("The plots on screen in this panel, named by their titles"))
        form = QFormLayout(self)
        form.addRow(tr("Plot:"), self.combo)
        form.addRow(_buttons(self))

    def choice(self) -> int:
        return self.combo.currentIndex()


class RecordingDialog(QDialog):
    """How long to record, at what frame rate, and the whole panel or one plot."""

    def __init__(self, names: list[str], seconds: float, fps: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Record an animated GIF"))
        self.seconds_spin = QDoubleSpinBox()
        self.seconds_spin.setRange(*SECONDS_RANGE)
        self.seconds_spin.setDecimals(1)
        self.seconds_spin.setSuffix(" s")
        self.seconds_spin.setValue(seconds)
        self.seconds_spin.setToolTip(tr("How many seconds of the run to record, from the moment you press OK"))
        self.fps_spin = QSpinBox()
        self.fps_spin.setRange(*FPS_RANGE)
        self.fps_spin.setSuffix(tr(" frames/s"))
        self.fps_spin.setValue(fps)
        self.fps_spin.setToolTip(tr("Frames per second: more is smoother, fewer makes a smaller file"))
        self.what_combo = QComboBox()
        self.what_combo.addItems([tr("The whole panel"), *names])
        self.what_combo.setToolTip(tr("Record the whole panel, or only one of its plots"))
        note = QLabel(tr("A paused simulation starts running when the recording starts."))
        note.setWordWrap(True)
        note.setToolTip(tr("The recording shows the next seconds of the run"))
        form = QFormLayout(self)
        form.addRow(tr("Length:"), self.seconds_spin)
        form.addRow(tr("Frame rate:"), self.fps_spin)
        form.addRow(tr("Record:"), self.what_combo)
        form.addRow(note)
        form.addRow(_buttons(self))

    def values(self) -> tuple[float, int, int]:
        """(seconds, frames per second, -1 for the panel or the index of the plot)."""
        return self.seconds_spin.value(), self.fps_spin.value(), self.what_combo.currentIndex() - 1


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    box.button(QDialogButtonBox.StandardButton.Ok).setToolTip(tr("Go on (Enter)"))
    box.button(QDialogButtonBox.StandardButton.Cancel).setToolTip(tr("Close without exporting (Esc)"))
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box
