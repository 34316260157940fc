"""The shared run bar: Run/Pause, Step, Reset, the speed control and the seed field."""

from __future__ import annotations

import secrets

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QSlider, QSpinBox, QStyle, QToolBar, QToolButton, QWidget

from simulator.gui.i18n import tr

#: Speeds the slider offers, in updates per second (a 1-2.5-5 series); one more notch is flat out.
SPEEDS: tuple[float, ...] = tuple(float(m * 10**e) for e in range(7) for m in (1, 2.5, 5))[:-2]
FLAT_OUT = len(SPEEDS)
#: A first run is watchable: a 32 x 32 sweep takes about two seconds (flat out is one drag away).
DEFAULT_SPEED = SPEEDS.index(500.0)
MAX_SEED = 2**31 - 1


def format_rate(updates_per_second: float | None) -> str:
    """``"1 /s"``, ``"2.5 /s"``, ``"1,000 /s"``, or ``"flat out"`` for None."""
    if updates_per_second is None:
        return tr("flat out")
    text = f"{updates_per_second:,.1f}"
    if text.endswith(".0"):
        text = text[:-2]
    return f"{text} /s"


class SpeedSlider(QSlider):
    """A slider that keeps its own arrow keys: Right is also the Step shortcut elsewhere."""

    _OWN_KEYS = {Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down,
                 Qt.Key.Key_PageUp, Qt.Key.Key_PageDown, Qt.Key.Key_Home, Qt.Key.Key_End}

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and event.key() in self._OWN_KEYS:
            event.accept()  # the key goes to keyPressEvent instead of triggering a shortcut
            return True
        return super().event(event)


class RunBar(QToolBar):
    """Toolbar with the run controls every panel shares.

    Signals
    -------
    run_pause_requested()
    step_requested()
    reset_requested(int)
        With the seed in the seed field.
    rate_changed(object)
        Updates per second (float), or None for flat out.
    """

    run_pause_requested = Signal()
    step_requested = Signal()
    reset_requested = Signal(int)
    rate_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Run controls"), parent)
        self.setObjectName("run_bar")
        self.setMovable(False)
        self.setFloatable(False)
        self.setIconSize(QSize(24, 24))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggleViewAction().setEnabled(False)  # the run bar is always there
        style = self.style()
        self._play_icon = style.standardIcon(QStyle.StandardPixmap.SP_MediaPlay)
        self._pause_icon = style.standardIcon(QStyle.StandardPixmap.SP_MediaPause)
        self._running: bool | None = None

        self.run_action = QAction(self._play_icon, tr("Run"), self)
        self.run_action.setShortcut(QKeySequence(Qt.Key.Key_Space))
        self.run_action.triggered.connect(self.run_pause_requested)
        self.step_action = QAction(style.standardIcon(QStyle.StandardPixmap.SP_MediaSkipForward), tr("Step"), self)
        self.step_action.setShortcuts([QKeySequence(Qt.Key.Key_S), QKeySequence(Qt.Key.Key_Right)])
        self.step_action.setToolTip(tr("Pause and make a single update (S or Right arrow)"))
        self.step_action.triggered.connect(self.step_requested)
        self.reset_action = QAction(style.standardIcon(QStyle.StandardPixmap.SP_BrowserReload), tr("Reset"), self)
        self.reset_action.setShortcut(QKeySequence(Qt.Key.Key_R))
        self.reset_action.setToolTip(tr("Back to the start of the scene, with the seed from the seed field (R)"))
        self.reset_action.triggered.connect(lambda: self.reset_requested.emit(self.seed()))
        for action in (self.run_action, self.step_action, self.reset_action):
            action.setStatusTip(action.toolTip())
            self.addAction(action)
        self.set_running(False)

        self.addSeparator()
        speed_caption = QLabel(" " + tr("Speed") + " ")
        speed_caption.setToolTip(tr("How many updates per second the simulation makes"))
        self.addWidget(speed_caption)
        self.speed_slider = SpeedSlider(Qt.Orientation.Horizontal)
        self.speed_slider.setRange(0, FLAT_OUT)
        self.speed_slider.setPageStep(3)  # one decade
        self.speed_slider.setMinimumWidth(160)
        self.speed_slider.setMaximumWidth(260)
        self.speed_slider.setToolTip(
            tr("Simulation speed, from one update per second to flat out (as fast as the computer can)")
        )
        self.addWidget(self.speed_slider)
        self.speed_label = QLabel()
        self.speed_label.setToolTip(tr("The speed the slider is set to"))
        self.speed_label.setMinimumWidth(
            self.speed_label.fontMetrics().horizontalAdvance("1,000,000 /s") + 8
        )
        self.addWidget(self.speed_label)
        self.speed_slider.valueChanged.connect(self._on_speed)
        self.speed_slider.setValue(DEFAULT_SPEED)
        self._on_speed(DEFAULT_SPEED)

        self.addSeparator()
        seed_caption = QLabel(" " + tr("Seed") + " ")
        seed_caption.setToolTip(tr("The random seed Reset uses: the same seed replays the same run"))
        self.addWidget(seed_caption)
        self.seed_box = QSpinBox()
        self.seed_box.setRange(0, MAX_SEED)
        self.seed_box.setToolTip(tr("Random seed used by Reset: the same seed replays the same run"))
        self.seed_box.setAccelerated(True)
        self.addWidget(self.seed_box)
        self.new_seed_button = QToolButton()
        self.new_seed_button.setText(tr("New seed"))
        self.new_seed_button.setToolTip(tr("Draw a fresh random seed into the seed field (Reset then uses it)"))
        self.new_seed_button.clicked.connect(self.new_seed)
        self.addWidget(self.new_seed_button)

    # ------------------------------------------------------------------ speed
    def rate(self) -> float | None:
        """The speed set on the slider in updates per second; None for flat out."""
        index = self.speed_slider.value()
        return None if index >= FLAT_OUT else SPEEDS[index]

    def set_speed_index(self, index: int) -> None:
        """Move the slider to notch ``index`` (0 is one update per second, FLAT_OUT is flat out)."""
        self.speed_slider.setValue(max(0, min(FLAT_OUT, int(index))))

    def _on_speed(self, index: int) -> None:
        rate = self.rate()
        self.speed_label.setText(format_rate(rate))
        self.rate_changed.emit(rate)

    # ------------------------------------------------------------------- seed
    def seed(self) -> int:
        """The seed in the seed field."""
        return self.seed_box.value()

    def set_seed(self, seed: int) -> None:
        if not 0 <= int(seed) <= MAX_SEED:
            raise ValueError(tr("A seed is a whole number from 0 to {max:,}; got {seed}.", max=MAX_SEED, seed=seed))
        self.seed_box.setValue(int(seed))

    def new_seed(self) -> int:
        """Put a fresh random seed in the seed field and return it."""
        seed = secrets.randbelow(MAX_SEED + 1)
        self.seed_box.setValue(seed)
        return seed

    # ---------------------------------------------------------------- display
    def set_running(self, running: bool) -> None:
        """Show Pause while the simulation runs and Run while it is paused."""
        running = bool(running)
        if running == self._running:
            return
        self._running = running
        if running:
            self.run_action.setText(tr("Pause"))
            self.run_action.setIcon(self._pause_icon)
            self.run_action.setToolTip(tr("Pause the simulation (Space)"))
        else:
            self.run_action.setText(tr("Run"))
            self.run_action.setIcon(self._play_icon)
            self.run_action.setToolTip(tr("Run the simulation at the set speed (Space)"))
        self.run_action.setStatusTip(self.run_action.toolTip())

    def set_controls_enabled(self, enabled: bool) -> None:
        """Enable the run controls only while a panel with an engine is shown."""
        for action in (self.run_action, self.step_action, self.reset_action):
            action.setEnabled(enabled)
