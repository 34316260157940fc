"""The rewind timeline strip: a slider over the kept moments of a run, with Resume and Live buttons."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSlider, QWidget

from simulator.gui.i18n import tr
from simulator.gui.widgets import colors


class _TimelineSlider(QSlider):
    """A slider that keeps its arrow keys while focused: Right is also the Step shortcut elsewhere."""

    _OWN_KEYS = {Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down,
                 Qt.Key.Key_PageUp, Qt.Key.Key_PageDown, Qt.Key.Key_Home, Qt.Key.Key_End}

    def event(self, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.ShortcutOverride and event.key() in self._OWN_KEYS
                and event.modifiers() == Qt.KeyboardModifier.NoModifier):
            event.accept()  # the key goes to keyPressEvent instead of triggering a shortcut
            return True
        return super().event(event)


class TimelineBar(QWidget):
    """One row under the panel: the moments kept for rewinding, oldest on the left, live on the right.

    It only shows and forwards intent; :class:`simulator.gui.rewind.RewindController`
    decides what a position means.

    Signals
    -------
    position_chosen(int)
        The user moved the slider to this entry (0 is the oldest kept).
    resume_requested()
        "Resume from here" was clicked.
    live_requested()
        "Back to live" was clicked.
    """

    position_chosen = Signal(int)
    resume_requested = Signal()
    live_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline_bar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 8, 2)
        layout.setSpacing(8)
        self.title_label = QLabel(tr("Rewind"))
        self.title_label.setToolTip(tr("The last moments of the run are kept: drag the slider, or press Ctrl+Left "
                                       "and Ctrl+Right, to show them again"))
        self.slider = _TimelineSlider(Qt.Orientation.Horizontal)
        self.slider.setObjectName("timeline_slider")
        self.slider.setRange(0, 0)
        self.slider.setPageStep(10)
        self.slider.setToolTip(tr("Earlier moments of the run, oldest on the left: dragging pauses the run and shows "
                                  "the moment chosen (Ctrl+Left / Ctrl+Right one moment, Ctrl+Home the oldest, "
                                  "Ctrl+End live)"))
        self.slider.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.slider.valueChanged.connect(self._on_value)
        self.position_label = QLabel("")
        self.position_label.setObjectName("timeline_position")
        self.position_label.setToolTip(tr("The step shown, and which of the kept moments it is"))
        # Takes a share of the room rather than its full text width, so a narrow window still fits the strip.
        self.position_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        sample = tr("step {steps:,} · {position} of {count}", steps=0, position=0, count=10)
        self.position_label.setMinimumWidth(self.fontMetrics().horizontalAdvance(sample))
        self.resume_button = QPushButton(tr("Resume from here"))
        self.resume_button.setObjectName("timeline_resume")
        self.resume_button.setToolTip(tr("Go on from the moment shown: the engine is put back to it and the later "
                                         "moments are forgotten (Ctrl+B)"))
        self.resume_button.clicked.connect(self.resume_requested)
        self.live_button = QPushButton(tr("Back to live"))
        self.live_button.setObjectName("timeline_live")
        self.live_button.setToolTip(tr("Show the present again; Space also goes on from where the run stopped "
                                       "(Ctrl+End)"))
        self.live_button.clicked.connect(self.live_requested)
        for w, stretch in ((self.title_label, 0), (self.slider, 3), (self.position_label, 2), (self.resume_button, 0),
                           (self.live_button, 0)):
            layout.addWidget(w, stretch)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._updating = False
        self._viewing: bool | None = None
        self.set_viewing(False)

    def set_entries(self, count: int, position: int) -> None:
        """Offer ``count`` moments with the slider at ``position`` (without emitting position_chosen)."""
        self._updating = True
        try:
            top = max(0, count - 1)
            if self.slider.maximum() != top:
                self.slider.setRange(0, top)
            if self.slider.value() != position and not self.slider.isSliderDown():
                self.slider.setValue(max(0, min(top, position)))
            self.slider.setEnabled(count > 1)
        finally:
            self._updating = False

    def set_text(self, text: str) -> None:
        if self.position_label.text() != text:
            self.position_label.setText(text)

    def set_viewing(self, viewing: bool) -> None:
        """Whether an earlier moment is shown: then the buttons apply, and the strip is tinted."""
        self.resume_button.setEnabled(viewing)
        self.live_button.setEnabled(viewing)
        if viewing == self._viewing:
            return
        self._viewing = viewing
        self.title_label.setText(tr("Rewound") if viewing else tr("Rewind"))
        # Bold and coloured while the past is shown, so a class sees it is not the live run.
        self.title_label.setStyleSheet(f"color: {colors.VERMILLION}; font-weight: bold;" if viewing else "")

    def _on_value(self, value: int) -> None:
        if not self._updating:
            self.position_chosen.emit(int(value))
