"""The Q-learning panel's control tabs (environment, agent, view), built once; the panel connects them."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSlider,
    QSpinBox,
    QToolButton,
    QWidget,
)

from simulator.gui.i18n import engine_text, tr
from simulator.gui.panels.qlearning_parts import (
    ALGORITHMS,
    EXPLORATIONS,
    FILL_CHOICES,
    PRESET_KEYS,
    TOOLS,
    UPDATES,
)
from simulator.gui.widgets.advanced import mark_advanced
from simulator.gui.widgets.controls import add_form_rows
from simulator.models.qlearning import presets as ql_presets

#: Sliders move in steps of 0.01.
SLIDER_STEPS = 100
TRAIN_SHORTCUT = "Ctrl+T"


def _combo(choices: tuple, tip: str) -> QComboBox:
    c = QComboBox()
    for k, (key, label, item_tip) in enumerate(choices):
        c.addItem(engine_text(label), key)
        c.setItemData(k, engine_text(item_tip), Qt.ItemDataRole.ToolTipRole)
    c.setToolTip(tip)
    return c


def _spin(lo: int, hi: int, value: int, tip: str) -> QSpinBox:
    s = QSpinBox()
    s.setRange(lo, hi)
    s.setValue(value)
    s.setToolTip(tip)
    s.setKeyboardTracking(False)  # typing "12" must not make a 1-wide grid on the way
    return s


def _dspin(lo: float, hi: float, step: float, decimals: int, value: float, tip: str) -> QDoubleSpinBox:
    s = QDoubleSpinBox()
    s.setRange(lo, hi)
    s.setSingleStep(step)
    s.setDecimals(decimals)
    s.setValue(value)
    s.setToolTip(tip)
    s.setKeyboardTracking(False)
    return s


class ValueSlider(QWidget):
    """A horizontal slider from ``lo`` to ``hi`` in steps of 0.01 with its value written beside it."""

    def __init__(self, lo: float, hi: float, value: float, tip: str) -> None:
        super().__init__()
        self.lo = lo
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, round((hi - lo) * SLIDER_STEPS))
        self.slider.setPageStep(10)
        self.slider.setToolTip(tip)
        self.label = QLabel()
        self.label.setMinimumWidth(self.label.fontMetrics().horizontalAdvance("0.000") + 4)
        self.label.setToolTip(tip)
        self.setToolTip(tip)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.slider, 1)
        lay.addWidget(self.label)
        self.slider.valueChanged.connect(lambda _v: self.label.setText(f"{self.value():.2f}"))
        self.set_value(value)

    def value(self) -> float:
        return self.lo + self.slider.value() / SLIDER_STEPS

    def set_value(self, value: float) -> None:
        self.slider.setValue(round((float(value) - self.lo) * SLIDER_STEPS))
        self.label.setText(f"{self.value():.2f}")


@dataclass
class Controls:
    """Every control of the three tabs (attributes named after what they set)."""

    environment: QWidget = field(default_factory=QWidget)
    agent: QWidget = field(default_factory=QWidget)
    view: QWidget = field(default_factory=QWidget)


def build_environment(c: Controls) -> None:
    g = QGridLayout(c.environment)
    g.setVerticalSpacing(4)
    c.preset_combo = QComboBox()
    for k, key in enumerate(PRESET_KEYS):
        c.preset_combo.addItem(engine_text(ql_presets.PRESET_TITLES[key]), key)
        doc = ql_presets.PRESET_TIPS.get(key) or (ql_presets.PRESETS[key].__doc__ or "").strip()
        c.preset_combo.setItemData(k, engine_text(doc), Qt.ItemDataRole.ToolTipRole)
    c.preset_combo.setToolTip(tr("Load a ready-made world (learning starts again): the notes' six rooms, cliff "
                                 "walking (Sutton and Barto 6.6), FrozenLake 4x4 and 8x8, a maze, the windy "
                                 "gridworld."))
    g.addWidget(QLabel(tr("Preset")), 0, 0)
    g.itemAtPosition(0, 0).widget().setToolTip(c.preset_combo.toolTip())
    g.addWidget(c.preset_combo, 0, 1, 1, 2)

    tools = QWidget()
    tg = QGridLayout(tools)
    tg.setContentsMargins(0, 0, 0, 0)
    tg.setSpacing(3)
    c.tool_group = QButtonGroup(tools)
    c.tool_group.setExclusive(True)
    c.tool_buttons = {}
    for k, (key, label, tip) in enumerate(TOOLS):
        b = QToolButton()
        b.setText(engine_text(label))
        b.setCheckable(True)
        b.setToolTip(tr("{tip} (key {key} while the grid has the focus)", tip=tip, key=k + 1))
        b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        b.setMinimumWidth(64)
        c.tool_group.addButton(b, k)
        c.tool_buttons[key] = b
        tg.addWidget(b, k // 3, k % 3)
    c.tool_buttons["wall"].setChecked(True)
    cap = QLabel(tr("Paint"))
    cap.setToolTip(tr("What a click or drag on the grid paints; the right button always erases."))
    g.addWidget(cap, 1, 0)
    g.addWidget(tools, 1, 1, 1, 2)
    c.reward_spin = _dspin(-1000.0, 1000.0, 1.0, 2, -5.0, tr("The reward the Reward tool paints: what entering the "
                                                             "cell earns."))
    c.rows_spin = _spin(3, 40, 4, tr("Rows of the grid (3 to 40): cells beyond are cut off, new ones are empty."))
    c.cols_spin = _spin(3, 40, 12, tr("Columns of the grid (3 to 40): cells beyond are cut off, new ones are "
                                      "empty."))
    size = QWidget()
    sl = QHBoxLayout(size)
    sl.setContentsMargins(0, 0, 0, 0)
    sl.addWidget(c.rows_spin)
    x = QLabel("×")
    x.setToolTip(tr("rows × columns"))
    sl.addWidget(x)
    sl.addWidget(c.cols_spin)
    size.setToolTip(tr("rows × columns"))
    c.slippery_check = QCheckBox(tr("Slippery moves"))
    c.slippery_check.setToolTip(tr("As on FrozenLake: the agent moves in the chosen direction or either "
                                   "perpendicular one, 1/3 each."))
    c.wind_edit = QLineEdit()
    c.wind_edit.setPlaceholderText(tr("none, e.g. 0 0 0 1 1 1 2 2 1 0"))
    c.wind_edit.setToolTip(tr("Wind per column (one whole number per column, Enter to apply): after each move the "
                              "agent is pushed up that many cells by the column it moved from. Empty: no wind."))
    rows = ((tr("Reward"), c.reward_spin), (tr("Size"), size), (None, c.slippery_check), (tr("Wind"), c.wind_edit))
    sub = QGridLayout()
    add_form_rows(sub, rows)
    g.addLayout(sub, 2, 0, 1, 3)
    c.save_button = QPushButton(tr("Save map…"))
    c.save_button.setToolTip(tr("Write this world to a text map file (rows of . # S G H and its rewards)."))
    c.open_button = QPushButton(tr("Open map…"))
    c.open_button.setToolTip(tr("Load a world from a text map file; learning starts again."))
    g.addWidget(c.save_button, 3, 1)
    g.addWidget(c.open_button, 3, 2)
    mark_advanced(c.save_button, c.open_button, c.wind_edit)
    note = QLabel(tr("Click or drag on the grid to paint with the chosen tool; the right button erases. Every edit "
                     "starts learning again on the new world, also while running."))
    note.setWordWrap(True)
    note.setToolTip(tr("How to edit the world."))
    g.addWidget(note, 4, 0, 1, 3)
    g.setRowStretch(5, 1)
    g.setColumnStretch(1, 1)
    g.setColumnStretch(2, 1)


def build_agent(c: Controls) -> None:
    g = QGridLayout(c.agent)
    g.setVerticalSpacing(4)
    c.algorithm_combo = _combo(ALGORITHMS, tr("Which rule learns (changing it starts learning again)."))
    c.update_combo = _combo(UPDATES, tr("Q-learning's update: the notes' two forms."))
    c.exploration_combo = _combo(EXPLORATIONS, tr("How the agent sometimes leaves its preferred action."))
    c.alpha_slider = ValueSlider(0.0, 1.0, 0.5, tr("Learning rate α: how far each update moves Q(s,a) towards its "
                                                   "target (live)."))
    c.gamma_slider = ValueSlider(0.0, 1.0, 0.9, tr("Discount γ: how much a reward one step later is worth (live)."))
    c.epsilon_slider = ValueSlider(0.0, 1.0, 0.1, tr("Exploration ε: the chance of a random action (live)."))
    c.decay_spin = _dspin(0.5, 1.0, 0.001, 4, 1.0, tr("ε is multiplied by this after every episode (1: no decay)."))
    c.epsilon_min_spin = _dspin(0.0, 1.0, 0.01, 3, 0.0, tr("ε never decays below this."))
    c.temperature_spin = _dspin(0.01, 1000.0, 0.1, 2, 1.0, tr("Softmax temperature T: high explores more, low is "
                                                             "nearly greedy."))
    c.max_steps_spin = _spin(1, 1_000_000, 1000, tr("An episode is cut off after this many actions (the agent goes "
                                                    "back to the start)."))
    rows = ((tr("Algorithm"), c.algorithm_combo), (tr("Update"), c.update_combo),
            (tr("Exploration"), c.exploration_combo), ("α", c.alpha_slider), ("γ", c.gamma_slider),
            ("ε", c.epsilon_slider), (tr("ε decay"), c.decay_spin), (tr("ε minimum"), c.epsilon_min_spin),
            (tr("Temperature"), c.temperature_spin), (tr("Max steps"), c.max_steps_spin))
    add_form_rows(g, rows)
    mark_advanced(c.decay_spin, c.epsilon_min_spin, c.max_steps_spin)
    r = len(rows)
    c.train_spin = _spin(1, 1_000_000, 200, tr("How many episodes “Train” runs flat out, without animation."))
    c.train_spin.setKeyboardTracking(True)
    c.train_button = QPushButton(tr("Train N episodes"))
    c.train_button.setToolTip(tr("Run the number of episodes beside as fast as the computer can, then show the "
                                 "result ({shortcut}).", shortcut=TRAIN_SHORTCUT))
    g.addWidget(c.train_spin, r, 0)
    g.addWidget(c.train_button, r, 1)
    c.action_button = QPushButton(tr("One action"))
    c.action_button.setToolTip(tr("The agent takes one action and updates Q; the update is written out with its "
                                  "numbers (same as Step: S or the Right arrow)."))
    g.addWidget(c.action_button, r + 1, 0, 1, 2)
    g.setRowStretch(r + 2, 1)
    g.setColumnStretch(1, 1)


def build_view(c: Controls) -> None:
    g = QGridLayout(c.view)
    g.setVerticalSpacing(4)
    c.fill_combo = _combo(FILL_CHOICES, tr("What colours the cells."))
    c.arrows_check = QCheckBox(tr("Greedy policy arrows"))
    c.arrows_check.setChecked(True)
    c.arrows_check.setToolTip(tr("A black arrow in each cell towards its best action (none while all its actions "
                                 "tie)."))
    c.optimal_check = QCheckBox(tr("Value-iteration policy"))
    c.optimal_check.setToolTip(tr("Overlay the optimal policy computed by value iteration from the full model "
                                  "(purple): where the black arrow sits on the purple one, the agent has found it."))
    c.numbers_check = QCheckBox(tr("Numbers in the cells"))
    c.numbers_check.setChecked(True)
    c.numbers_check.setToolTip(tr("Write Q(s,a) in the triangles (or V, or the visits) when the cells are big "
                                  "enough; on the six rooms, Q on each door."))
    c.smooth_spin = _spin(1, 5000, 20, tr("Episodes averaged by the thick curves of the two plots (moving "
                                          "average)."))
    c.normalised_check = QCheckBox(tr("Normalised (×100 / max)"))
    c.normalised_check.setToolTip(tr("Six rooms: show the Q table divided by its largest entry and times 100, as the "
                                     "notes do (0, 51, 64, 80, 100)."))
    rows = ((tr("Cells show"), c.fill_combo), (None, c.arrows_check), (None, c.optimal_check),
            (None, c.numbers_check), (tr("Smoothing"), c.smooth_spin), (None, c.normalised_check))
    add_form_rows(g, rows)
    g.setRowStretch(len(rows), 1)
    g.setColumnStretch(1, 1)


def build_controls() -> Controls:
    c = Controls()
    build_environment(c)
    build_agent(c)
    build_view(c)
    return c


def set_combo(combo: QComboBox, key: str) -> None:
    """Show the item whose data is ``key`` without emitting signals (the engine already has it)."""
    i = combo.findData(key)
    if i >= 0 and i != combo.currentIndex():
        combo.blockSignals(True)
        combo.setCurrentIndex(i)
        combo.blockSignals(False)


def load_params(c: Controls, p: dict) -> None:
    """Show parameter values in the controls without their change signals firing."""
    widgets = (c.alpha_slider.slider, c.gamma_slider.slider, c.epsilon_slider.slider, c.decay_spin,
               c.epsilon_min_spin, c.temperature_spin, c.max_steps_spin)
    for w in widgets:
        w.blockSignals(True)
    try:
        for name, slider in (("alpha", c.alpha_slider), ("gamma", c.gamma_slider), ("epsilon", c.epsilon_slider)):
            if name in p:
                slider.set_value(float(p[name]))
        for name, spin in (("epsilon_decay", c.decay_spin), ("epsilon_min", c.epsilon_min_spin),
                           ("temperature", c.temperature_spin), ("max_steps", c.max_steps_spin)):
            if name in p:
                spin.setValue(p[name])
    finally:
        for w in widgets:
            w.blockSignals(False)
    for name, combo in (("exploration", c.exploration_combo), ("update", c.update_combo)):
        if name in p:
            set_combo(combo, str(p[name]))


def update_enabled(c: Controls, algorithm: str, is_graph: bool) -> None:
    """Enable only the controls that mean something now (e.g. the temperature with softmax)."""
    softmax = c.exploration_combo.currentData() == "softmax"
    c.temperature_spin.setEnabled(softmax)
    for w in (c.epsilon_slider, c.decay_spin, c.epsilon_min_spin):
        w.setEnabled(not softmax)
    c.update_combo.setEnabled(algorithm == "q_learning")
    c.alpha_slider.setEnabled(not (algorithm == "q_learning" and c.update_combo.currentData() == "deterministic"))
    for w in (c.rows_spin, c.cols_spin, c.slippery_check, c.wind_edit, c.save_button, c.reward_spin,
              *c.tool_buttons.values()):
        w.setEnabled(not is_graph)
