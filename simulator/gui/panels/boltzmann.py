"""The Boltzmann machine panel: stochastic units, temperature schedules, annealing, equilibrium and learning."""

from __future__ import annotations

import math
import time
from typing import Any, Callable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from simulator.core.engine import Snapshot
from simulator.core.jobs import BackgroundJob
from simulator.core.restore import checked_int
from simulator.core.runner import Runner
from simulator.gui.i18n import engine_text, tr
from simulator.gui.panels import boltzmann_explain
from simulator.gui.panels.base import ModelPanel
from simulator.gui.widgets.advanced import mark_advanced
from simulator.gui.widgets.controls import button
from simulator.gui.widgets.job_controls import JobControls
from simulator.gui.panels.boltzmann_parts import (
    BENCH_SHAPE,
    DEFAULT_EQUILIBRIUM_UNITS,
    DEFAULT_GLASS_UNITS,
    HIT_RATE_RUNS,
    MAX_BARS,
    PANEL_TITLE,
    SCENES,
    SCENE_KEYS,
    SLOW_RATE,
    TV_CAPACITY,
    GridView,
    SceneSetup,
    UnitGrid,
    bits,
    build_scene,
    learner_unit_names,
    running_mean,
    sweep_window,
)
from simulator.gui.widgets import colors
from simulator.gui.widgets.pattern_strip import PatternStrip
from simulator.gui.widgets.plots import PlotStrip, nice_up
from simulator.gui.widgets.schedule_editor import ScheduleEditor
from simulator.models.boltzmann import schedules as sch


class BoltzmannPanel(ModelPanel):
    """Stochastic binary units, temperature schedules, annealing, equilibrium sampling and learning.

    Four scenes (see :data:`SCENES`). The run bar drives the scene's engine; in scene 1 it
    drives a second engine too (the quench beside the anneal), owned by a second runner of
    this panel. Scenes are built in a background job (an enumeration of 2^n states, or a
    kernel compiled on a cold cache, never runs in the GUI thread).

    Parameters
    ----------
    parent : QWidget, optional
    scene : str
        The first scene's key.
    glass_units, equilibrium_units : int
        Sizes of scenes 2 and 3 (tests use small ones).
    """

    title = PANEL_TITLE

    def __init__(self, parent: QWidget | None = None, *, scene: str = "escape",
                 glass_units: int = DEFAULT_GLASS_UNITS, equilibrium_units: int = DEFAULT_EQUILIBRIUM_UNITS) -> None:
        super().__init__(parent)
        if scene not in SCENE_KEYS:
            raise ValueError(tr("Unknown scene {scene!r}; choose one of {keys}.", scene=scene,
                                keys=", ".join(SCENE_KEYS)))
        self._seed = 0
        self._scene_seed = 0
        self._rate: float | None = None
        self._stepping = False
        self._run_when_ready = False
        self._units = {"glass": int(glass_units), "equilibrium": int(equilibrium_units)}
        self.setup: SceneSetup | None = None
        self.scene_key = scene
        self.runner2: Runner | None = None
        self.last_snapshot2: Snapshot | None = None
        self._scene_job: BackgroundJob | None = None
        self._old_jobs: list[BackgroundJob] = []
        self._shown_error: str | None = None
        self._plots_key: Any = None
        self._tv_x = np.zeros(TV_CAPACITY)
        self._tv_y = np.zeros(TV_CAPACITY)
        # The whole TV series while an earlier moment is shown (see show_snapshots).
        self._tv_kept: tuple[np.ndarray, np.ndarray, int] | None = None
        self._tv_n = 0
        self._bar_order: np.ndarray | None = None
        self._bar_key: Any = None
        self._weights_key: Any = None
        self._hist_key: Any = None
        self._announced: Any = None
        self._w_shape: tuple[int, ...] | None = None
        #: (quench, slow cooling) shares of runs that reached the ground state, once measured.
        self.hit_rates: tuple[float, float] | None = None

        self._build_ui()
        self.scene_combo.setCurrentIndex(SCENE_KEYS.index(scene))
        self.load_scene(scene)

    # =================================================================== UI
    def _build_ui(self) -> None:
        self.set_two_columns(self._build_left(), self._build_right())

    def _build_left(self) -> QWidget:
        left = QWidget()
        lay = QVBoxLayout(left)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(4)

        row = QHBoxLayout()
        self.scene_combo = QComboBox()
        for k, (_key, label, tip, _text) in enumerate(SCENES):
            self.scene_combo.addItem(engine_text(label), _key)
            self.scene_combo.setItemData(k, engine_text(tip), Qt.ItemDataRole.ToolTipRole)
        self.scene_combo.setToolTip(tr("The built-in scenes: each sets up a network, a schedule and the plots that "
                                       "show its point."))
        # The combo's longest item must not decide the panel's minimum width (1280 x 720 screens).
        self.scene_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.scene_combo.setMinimumContentsLength(14)
        self.scene_combo.activated.connect(lambda i: self.load_scene(SCENE_KEYS[i]))
        self.units_spin = QSpinBox()
        self.units_spin.setRange(2, 20)
        self.units_spin.setPrefix("n = ")
        self.units_spin.setToolTip(tr("Number of units of the spin glass (up to 20) or of the equilibrium network "
                                      "(up to 12); press New instance to build it."))
        self.new_button = button(tr("New instance"), tr("Build the scene again with new random couplings (the next "
                                                        "problem seed) and the chosen number of units."),
                                 self.new_instance)
        self.pm_check = QCheckBox(tr("±1 view"))
        self.pm_check.setToolTip(tr("Write unit values as +1/−1 (spins) instead of 1/0; the dynamics are the same."))
        self.pm_check.toggled.connect(self._on_pm_view)
        row.addWidget(self.scene_combo, 1)
        row.addWidget(self.units_spin)
        row.addWidget(self.new_button)
        row.addWidget(self.pm_check)
        lay.addLayout(row)

        self.explain_label = QLabel()
        self.explain_label.setWordWrap(True)
        self.explain_label.setTextFormat(Qt.TextFormat.RichText)
        self.explain_label.setToolTip(tr("What this scene shows."))
        self.explain_label.setStyleSheet(f"color: {colors.TEXT_CSS};")
        self.explain_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        lay.addWidget(self.explain_label)

        self.view_stack = QStackedWidget()
        # --- page 0: one or two unit grids
        grids = QWidget()
        gl = QHBoxLayout(grids)
        gl.setContentsMargins(0, 0, 0, 0)
        gl.setSpacing(8)
        grid_tip = tr("The units: dark = on (1), light = off (0); fresh flips glow. Left button turns a unit on, "
                      "right button off (drag to paint). At slow speed the unit being updated is outlined with its "
                      "energy gap ΔE and its probability p of turning on.")
        self.quench_title = QLabel(tr("Quench (T → 0)"))
        self.anneal_title = QLabel(tr("Annealing"))
        self.quench_canvas = UnitGrid(4, 4)
        self.canvas = UnitGrid(4, 4)
        self.quench_box = QWidget()
        self.main_box = QWidget()
        for box, title, canvas in ((self.quench_box, self.quench_title, self.quench_canvas),
                                   (self.main_box, self.anneal_title, self.canvas)):
            v = QVBoxLayout(box)
            v.setContentsMargins(0, 0, 0, 0)
            v.setSpacing(2)
            f = QFont(self.font())
            f.setPointSizeF(max(f.pointSizeF(), 10) * 1.25)
            f.setBold(True)
            title.setFont(f)
            title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            v.addWidget(title)
            canvas.setToolTip(grid_tip)
            canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            canvas.stroke_finished.connect(lambda c=canvas: self._on_painted(c))
            v.addWidget(canvas, 1)
            gl.addWidget(box, 1)
        self.quench_title.setToolTip(tr("T → 0: each unit takes the value that lowers the energy (the Hopfield "
                                        "rule)."))
        self.anneal_title.setToolTip(tr("The network under the schedule on the right."))
        self.grids = [GridView(self.canvas), GridView(self.quench_canvas)]
        self.view_stack.addWidget(grids)
        # --- page 1: the learner's weights and hidden codes
        self.view_stack.addWidget(self._build_learning_view())
        lay.addWidget(self.view_stack, 1)

        self.readout_label = QLabel("—")
        f = QFont(self.font())
        f.setPointSizeF(max(f.pointSizeF(), 10) * 1.2)
        f.setBold(True)
        self.readout_label.setFont(f)
        self.readout_label.setWordWrap(True)
        self.readout_label.setToolTip(tr("The temperature, the energy E(x) = −(Σ_{i<j} x_i w_ij x_j + Σ_i b_i "
                                         "x_i), the sweeps done (one sweep = N unit updates) and the share of updates "
                                         "that flipped a unit."))
        lay.addWidget(self.readout_label)
        self.probe_label = QLabel("")
        self.probe_label.setWordWrap(True)
        self.probe_label.setToolTip(tr("At slow speed or when stepping: the unit just updated, its energy gap and "
                                       "the probability it turned on."))
        lay.addWidget(self.probe_label)
        lay.addWidget(self.message_label)
        return left

    def _build_learning_view(self) -> QWidget:
        self.learn_widget = pg.GraphicsLayoutWidget()
        self.learn_widget.setBackground(colors.PLOT_BACKGROUND)
        self.learn_widget.setToolTip(tr("Left: the weights w_ij (blue negative, orange positive). Right: the mean "
                                        "activation of the 2 hidden units for each input, with the inputs clamped: "
                                        "learned when the four rows are four different codes."))
        glw = self.learn_widget
        self.w_title = glw.addLabel(tr("Weights"), row=0, col=0, size="12pt", color=colors.PLOT_FOREGROUND, bold=True)
        self.codes_title = glw.addLabel(tr("Hidden codes"), row=0, col=1, size="12pt", color=colors.PLOT_FOREGROUND,
                                        bold=True)
        self.w_plot = glw.addPlot(row=1, col=0)
        self.codes_plot = glw.addPlot(row=1, col=1)
        tick = QFont()
        tick.setPointSize(10)
        for plot in (self.w_plot, self.codes_plot):
            plot.setMenuEnabled(False)
            plot.hideButtons()
            plot.setMouseEnabled(x=False, y=False)
            plot.invertY(True)
            plot.setAspectLocked(True)
            for name in ("left", "bottom"):
                axis = plot.getAxis(name)
                axis.setPen(pg.mkPen(colors.PLOT_FOREGROUND))
                axis.setTextPen(pg.mkPen(colors.PLOT_FOREGROUND))
                axis.setTickFont(tick)
        self.w_image = pg.ImageItem(axisOrder="row-major")
        self.w_image.setLookupTable(colors.diverging_lut())
        self.w_plot.addItem(self.w_image)
        self.codes_image = pg.ImageItem(axisOrder="row-major")
        grey = np.linspace([247, 247, 242, 255], [31, 36, 48, 255], 256).astype(np.uint8)
        self.codes_image.setLookupTable(grey)
        self.codes_plot.addItem(self.codes_image)
        self.code_labels: list[pg.TextItem] = []
        code_font = QFont()
        code_font.setPointSize(13)
        code_font.setBold(True)
        for k in range(8):
            label = pg.TextItem("", anchor=(0.5, 0.5))
            label.setFont(code_font)
            r, c = divmod(k, 2)
            label.setPos(c + 0.5, r + 0.5)
            self.codes_plot.addItem(label)
            self.code_labels.append(label)
        self.codes_plot.getAxis("bottom").setTicks([[(0.5, "h1"), (1.5, "h2")]])
        self.codes_plot.getAxis("left").setTicks([[(r + 0.5, tr("in {k}", k=r + 1)) for r in range(4)]])
        self.codes_plot.setRange(xRange=(0, 2), yRange=(0, 4), padding=0.02)
        glw.ci.layout.setColumnStretchFactor(0, 3)
        glw.ci.layout.setColumnStretchFactor(1, 2)
        return self.learn_widget

    def _build_right(self) -> QWidget:
        right = QWidget()
        lay = QVBoxLayout(right)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(4)
        self.schedule_box = QWidget()
        self.schedule_box.setToolTip(tr("How the temperature T changes with time (sweeps); the red dot is the run "
                                        "now."))
        sv = QVBoxLayout(self.schedule_box)
        sv.setContentsMargins(0, 0, 0, 0)
        self.editor = ScheduleEditor()
        self.editor.schedule_changed.connect(self._on_schedule_edited)
        self.editor.rejected.connect(self._on_schedule_rejected)
        sv.addWidget(self.editor)
        lay.addWidget(self.schedule_box, 4)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_energy_tab(), tr("Energy"))
        self.tabs.setTabToolTip(0, tr("Energy and flip rate over time, and the energies of the states visited."))
        self.scene_stack = QStackedWidget()
        self.scene_stack.addWidget(self._build_escape_page())
        self.scene_stack.addWidget(self._build_glass_page())
        self.scene_stack.addWidget(self._build_equilibrium_page())
        self.scene_stack.addWidget(self._build_learning_page())
        self.tabs.addTab(self.scene_stack, tr("Scene"))
        self.tabs.currentChanged.connect(lambda _i: self._redraw_last())
        lay.addWidget(self.tabs, 7)
        return right

    def _build_energy_tab(self) -> QWidget:
        w = QWidget()
        g = QGridLayout(w)
        g.setContentsMargins(2, 2, 2, 2)
        g.setSpacing(2)
        axis_width = self.fontMetrics().horizontalAdvance("−8888.8") + 30
        self.energy_plot = PlotStrip(tr("Energy E(t)"), tr("sweeps"), "E", [pg.mkPen(colors.BLUE, width=3),
                                                                            pg.mkPen(colors.VERMILLION, width=2.5)],
                                     names=[tr("annealing"), tr("quench")], legend=True, min_x_span=1.0, min_y_span=1.0,
                                     mark_last=True, x_from_zero=True, axis_width=axis_width)
        self.energy_plot.setToolTip(tr("The energy after each sample; dashed line: the ground energy when it is "
                                       "known."))
        self.ground_line = self.energy_plot.add_hline(0.0, tr("ground E*"), colors.GREEN)
        self.ground_line.setVisible(False)
        self.flip_plot = PlotStrip(tr("Flip rate (per sweep)"), tr("sweeps"), tr("flips / update"),
                                   [pg.mkPen(colors.GREEN, width=2.5), pg.mkPen(colors.VERMILLION, width=2)],
                                   min_x_span=1.0, min_y_span=0.05, y_from_zero=True, x_from_zero=True)
        self.flip_plot.setToolTip(tr("The share of unit updates that changed the unit, over the last sample "
                                     "interval: high when hot, near 0 once the network is frozen."))
        self.hist_plot = PlotStrip(tr("Energies visited"), "E", tr("share"), [colors.BLUE],
                                   y_from_zero=True, min_y_span=0.05)
        self.hist_plot.setToolTip(tr("How often the run visited states of each energy since Reset (bins fixed at "
                                     "Reset); as T falls the visits move to the low energies."))
        self.hist_bars = pg.BarGraphItem(x0=[0.0], x1=[1.0], height=[0.0], brush=pg.mkBrush(colors.SKY_BLUE),
                                         pen=pg.mkPen(colors.BLUE, width=1))
        self.hist_plot.plot_item.addItem(self.hist_bars)
        self.hist_ground = self.hist_plot.add_vline(0.0, "E*", colors.GREEN)
        self.hist_ground.setVisible(False)
        g.addWidget(self.energy_plot, 0, 0, 1, 2)
        g.addWidget(self.flip_plot, 1, 0)
        g.addWidget(self.hist_plot, 1, 1)
        g.setRowStretch(0, 1)
        g.setRowStretch(1, 1)
        return w

    def _build_escape_page(self) -> QWidget:
        w = QWidget()
        v = QVBoxLayout(w)
        v.setContentsMargins(4, 4, 4, 4)
        cap = QLabel(tr("Stored patterns (the memories in the weights)"))
        cap.setToolTip(tr("The patterns whose Hebbian weights the network has; the minima annealing should find."))
        cap.setStyleSheet("font-weight: bold;")
        v.addWidget(cap)
        self.pattern_strip = PatternStrip()
        self.pattern_strip.setToolTip(tr("The stored patterns. Click one to make it both grids' start state."))
        self.pattern_strip.pattern_clicked.connect(self._load_stored_pattern)
        v.addWidget(self.pattern_strip)
        self.outcome_labels = []
        for which in (tr("Quench"), tr("Annealing")):
            label = QLabel(tr("{which}: —", which=which))
            label.setWordWrap(True)
            f = QFont(self.font())
            f.setPointSizeF(max(f.pointSizeF(), 10) * 1.2)
            f.setBold(True)
            label.setFont(f)
            label.setToolTip(tr("Where the quench run is: a stored pattern, its inverse, or another state.")
                             if not self.outcome_labels else
                             tr("Where the annealing run is: a stored pattern, its inverse, or another state."))
            v.addWidget(label)
            self.outcome_labels.append(label)
        v.addStretch(1)
        return w

    def _build_glass_page(self) -> QWidget:
        w = QWidget()
        v = QVBoxLayout(w)
        v.setContentsMargins(4, 4, 4, 4)
        self.ground_label = QLabel("—")
        self.ground_label.setWordWrap(True)
        self.ground_label.setToolTip(tr("The ground energy found by enumerating every state, and how far the run "
                                        "is from it."))
        f = QFont(self.font())
        f.setPointSizeF(max(f.pointSizeF(), 10) * 1.2)
        f.setBold(True)
        self.ground_label.setFont(f)
        v.addWidget(self.ground_label)
        row = QHBoxLayout()
        self.repeat_button = button(tr("Repeat {runs} runs", runs=HIT_RATE_RUNS),
                                    tr("Run {runs} quenches and {runs} slow coolings (the schedule above, or a slow "
                                       "geometric one) from random starts, in the background, and count how often "
                                       "each reaches the ground state.", runs=HIT_RATE_RUNS), self.start_hit_rate)
        self.cancel_button = button(tr("Cancel"), tr("Stop the repeated runs."), self.cancel_hit_rate)
        self.hit_progress = QProgressBar()
        self.hit_progress.setToolTip(tr("Progress of the repeated runs."))
        self.hit_runs = JobControls(self.hit_progress, self.repeat_button, self.cancel_button)
        row.addWidget(self.repeat_button)
        row.addWidget(self.hit_progress, 1)
        row.addWidget(self.cancel_button)
        v.addLayout(row)
        self.hit_plot = PlotStrip(tr("Ground state reached"), "", tr("share of runs"), [colors.BLUE],
                                  y_range=(0.0, 1.0))
        self.hit_plot.setToolTip(tr("The share of runs that ended in the ground state: quench (T → 0) against slow "
                                    "cooling."))
        self.hit_bars = pg.BarGraphItem(x=[0.0, 1.0], width=0.6, height=[0.0, 0.0],
                                        brushes=[pg.mkBrush(colors.VERMILLION), pg.mkBrush(colors.BLUE)],
                                        pen=pg.mkPen(colors.BLACK, width=1))
        self.hit_plot.plot_item.addItem(self.hit_bars)
        self.hit_plot.plot_item.getAxis("bottom").setTicks([[(0.0, tr("quench")), (1.0, tr("slow cooling"))]])
        self.hit_plot.plot_item.setXRange(-0.6, 1.6, padding=0.0)
        self.hit_texts = []
        font = QFont()
        font.setPointSize(12)
        font.setBold(True)
        for k in range(2):
            t = pg.TextItem("", color=colors.PLOT_FOREGROUND, anchor=(0.5, 1.0))
            t.setFont(font)
            t.setPos(float(k), 0.0)
            self.hit_plot.plot_item.addItem(t)
            self.hit_texts.append(t)
        v.addWidget(self.hit_plot, 1)
        return w

    def _build_equilibrium_page(self) -> QWidget:
        w = QWidget()
        v = QVBoxLayout(w)
        v.setContentsMargins(2, 2, 2, 2)
        v.setSpacing(2)
        self.eq_plot = PlotStrip(tr("Visit frequencies and exact probabilities"), tr("states, most probable first"),
                                 tr("probability"), [colors.BLUE], y_from_zero=True, min_y_span=0.05)
        self.eq_plot.setToolTip(tr("Outlined bars: the exact Boltzmann probabilities p(x) ∝ e^(−E(x)/T). Filled "
                                   "bars: the share of samples in each state since Reset. States are sorted by p(x); "
                                   "with more than 64 states the 64 most probable are shown."))
        self.exact_bars = pg.BarGraphItem(x=[0.0], width=0.85, height=[0.0], brush=None,
                                          pen=pg.mkPen(colors.BLACK, width=2))
        self.freq_bars = pg.BarGraphItem(x=[0.0], width=0.5, height=[0.0], brush=pg.mkBrush(colors.ORANGE),
                                         pen=None)
        self.eq_plot.plot_item.addItem(self.freq_bars)
        self.eq_plot.plot_item.addItem(self.exact_bars)
        self.tv_plot = PlotStrip(tr("Total-variation distance"), tr("sweeps"), "TV",
                                 [pg.mkPen(colors.PURPLE, width=2.5)],
                                 y_from_zero=True, min_y_span=0.1, min_x_span=1.0, x_from_zero=True, mark_last=True)
        self.tv_plot.setToolTip(tr("TV = ½ Σ_x |frequency(x) − p(x)|: 0 when the visits match the distribution "
                                   "exactly; it shrinks as samples accumulate."))
        self.tv_label = QLabel("")
        self.tv_label.setToolTip(tr("The distance now and the number of samples behind it."))
        v.addWidget(self.eq_plot, 3)
        v.addWidget(self.tv_plot, 2)
        v.addWidget(self.tv_label)
        return w

    def _build_learning_page(self) -> QWidget:
        w = QWidget()
        v = QVBoxLayout(w)
        v.setContentsMargins(2, 2, 2, 2)
        v.setSpacing(2)
        self.accuracy_plot = PlotStrip(tr("Accuracy"), tr("learning cycles"), tr("share right"),
                                       [pg.mkPen(colors.GREEN, width=3)], y_range=(0.0, 1.0), min_x_span=10.0,
                                       x_from_zero=True, mark_last=True, show_x_label=False)
        self.accuracy_plot.setToolTip(tr("The share of the 4 inputs whose output the network reproduces when only "
                                         "the input is clamped."))
        self.dw_plot = PlotStrip(tr("Size of the weight change |ΔW|"), tr("learning cycles"), "|ΔW|",
                                 [pg.mkPen(colors.VERMILLION, width=2.5)], y_from_zero=True, min_x_span=10.0,
                                 x_from_zero=True)
        self.dw_plot.setToolTip(tr("How much the weights changed in each cycle: η times the gap between the "
                                   "clamped and free correlations."))
        self.dw_plot.link_x(self.accuracy_plot)
        self.accuracy_plot.show_x_ticks(False)
        self.learn_label = QLabel("")
        self.learn_label.setWordWrap(True)
        self.learn_label.setToolTip(tr("Learning cycles done and the accuracy now."))
        self.learn_rule_combo = QComboBox()
        self.learn_rule_combo.addItem(tr("Δw = ε·sign(⟨xᵢxⱼ⟩clamped − ⟨xᵢxⱼ⟩free)  (Ackley et al.)"), "sign")
        self.learn_rule_combo.addItem(tr("Δw = η(⟨xᵢxⱼ⟩clamped − ⟨xᵢxⱼ⟩free)  (proportional)"), "gradient")
        self.learn_rule_combo.setToolTip(tr(
            "How each weight moves after a clamped and a free phase. Ackley, Hinton and Sejnowski (1985) took "
            "fixed steps along the sign of the difference; the proportional rule follows it exactly and more "
            "often gets stuck with two inputs sharing a hidden code. Changing it starts learning again."))
        self.learn_rule_combo.activated.connect(lambda _i: self.load_scene("learning"))
        v.addWidget(self.learn_rule_combo)
        mark_advanced(self.learn_rule_combo)
        v.addWidget(self.accuracy_plot, 1)
        v.addWidget(self.dw_plot, 1)
        v.addWidget(self.learn_label)
        return w

    # =================================================================== scenes
    @property
    def ready(self) -> bool:
        """Whether a scene is installed and none is being built."""
        return self.runner is not None and self._scene_job is None

    @property
    def edits_pending(self) -> bool:
        """True while a scene is being built or an edit is on its way to an engine."""
        return self._scene_job is not None or bool(self._pending)

    def load_scene(self, key: str, n_units: int | None = None) -> bool:
        """Build scene ``key`` in the background and show it when ready; False (with a message) if refused."""
        if key not in SCENE_KEYS and key != "bench":
            self.show_error(tr("Unknown scene {key!r}.", key=key))
            return False
        if key in self._units:
            n = self._units[key] if n_units is None else int(n_units)
            limit = 20 if key == "glass" else 12
            if not 2 <= n <= limit:
                self.show_error(tr("This scene takes 2 to {limit} units (all 2^n states are enumerated); got "
                                   "{n}.", limit=limit, n=n))
                return False
            self._units[key] = n
        else:
            n = 0
        self._stop_runners()
        self.last_snapshot = None
        self.last_snapshot2 = None
        self.cancel_hit_rate()
        self.scene_key = key
        if key in SCENE_KEYS and self.scene_combo.currentIndex() != SCENE_KEYS.index(key):
            self.scene_combo.setCurrentIndex(SCENE_KEYS.index(key))
        self._configure_controls(key)
        seed = self._scene_seed
        if self._scene_job is not None:
            self._old_jobs.append(self._scene_job)
        update = self.learn_rule_combo.currentData()
        self._scene_job = BackgroundJob(lambda ctx: build_scene(key, n, seed, update), name="boltzmann-scene").start()
        self.readout_label.setText(tr("Preparing the scene…"))
        return True

    @property
    def problem_seed(self) -> int:
        """Seed of the scene's problem (patterns, couplings) for the next :meth:`load_scene`."""
        return self._scene_seed

    @problem_seed.setter
    def problem_seed(self, seed: int) -> None:
        self._scene_seed = checked_int(seed, tr("the problem seed"))

    def new_instance(self) -> None:
        """Rebuild the scene with the next problem seed and the units in the spin box."""
        self._scene_seed += 1
        n = self.units_spin.value() if self.scene_key in self._units else None
        self.load_scene(self.scene_key, n)

    def _configure_controls(self, key: str) -> None:
        idx = SCENE_KEYS.index(key) if key in SCENE_KEYS else 1
        text = SCENES[idx][3] if key in SCENE_KEYS else tr("The GUI bench: 1024 fully connected units, flat out.")
        self.explain_label.setText(engine_text(text))
        sized = key in self._units
        self.units_spin.setVisible(sized)
        self.new_button.setVisible(key in ("glass", "equilibrium", "escape"))
        if sized:
            self.units_spin.blockSignals(True)
            self.units_spin.setRange(2, 20 if key == "glass" else 12)
            self.units_spin.setValue(self._units[key])
            self.units_spin.blockSignals(False)
        self.quench_box.setVisible(key == "escape")
        self.anneal_title.setText(tr("Annealing") if key == "escape" else tr("Units"))
        self.view_stack.setCurrentIndex(1 if key == "learning" else 0)
        self.schedule_box.setVisible(key != "learning")
        self.pm_check.setVisible(key != "learning")
        page = {"escape": 0, "glass": 1, "equilibrium": 2, "learning": 3}.get(key, 1)
        self.scene_stack.setCurrentIndex(page)
        names = {"escape": tr("Quench vs anneal"), "glass": tr("Ground state"), "equilibrium": tr("Equilibrium"),
                 "learning": tr("Learning")}
        self.tabs.setTabText(1, names.get(key, tr("Scene")))
        self.tabs.setTabToolTip(1, engine_text(SCENES[idx][2]) if key in SCENE_KEYS else "")
        self.tabs.setTabVisible(0, key != "learning")
        # Scenes 2-4 are about their own plot; scene 1 about the energies of its two runs.
        self.tabs.setCurrentIndex(0 if key == "escape" else 1)
        self.energy_plot.set_name(0, tr("annealing") if key == "escape" else "E")
        for w in (self.editor, self.canvas, self.quench_canvas):
            w.setEnabled(False)

    def _poll_scene(self) -> None:
        self._old_jobs = [j for j in self._old_jobs if not j.done]
        job = self._scene_job
        if job is None or not job.done:
            return
        self._scene_job = None
        for w in (self.editor, self.canvas, self.quench_canvas):
            w.setEnabled(True)
        if job.error or job.result is None:
            self._run_when_ready = False
            text = job.error or tr("the scene could not be built")
            self.show_error(tr("Could not build the scene: {why}", why=engine_text(text)))
            return
        self._install(job.result)

    def _install(self, setup: SceneSetup) -> None:
        self._stop_runners()
        self.setup = setup
        self.last_snapshot = None
        self.last_snapshot2 = None
        self._pending.clear()
        self._plots_key = None
        self._bar_key = None
        self._weights_key = None
        self._hist_key = None
        self._announced = None
        self._tv_n = 0
        self._tv_kept = None
        rows, cols = setup.shape
        if setup.key != "learning":
            for view in self.grids:
                if view.canvas.shape != (rows, cols):
                    view.canvas.set_shape(rows, cols)
                view.reset(rows * cols)
        if setup.schedule is not None:
            self.editor.set_schedule(setup.schedule)
            self.editor.set_progress(0.0, setup.schedule.temperature(0.0))
        self.attach_engine(setup.engine)
        if setup.twin is not None:
            self.runner2 = Runner(setup.twin, name=f"{type(self).__name__}-quench-runner")
            self.runner2.start()
        for r in self._runners():
            if self._rate is not None:
                r.set_rate(self._rate)
        for plot in (self.energy_plot, self.flip_plot, self.hist_plot, self.tv_plot, self.accuracy_plot,
                     self.dw_plot, self.eq_plot):
            plot.clear_series()
            plot.reset_ranges()
        ground = setup.ground_energy
        self.ground_line.setVisible(ground is not None)
        self.hist_ground.setVisible(ground is not None)
        if ground is not None:
            self.ground_line.setPos(ground)
            self.hist_ground.setPos(ground)
        self._set_hit_bars(None)
        if setup.patterns is not None:
            pm = np.where(np.asarray(setup.patterns) > 0, 1, -1).astype(np.int8)
            self.pattern_strip.set_patterns(pm, [tr("pattern {k}", k=k + 1) for k in range(len(pm))], setup.shape)
        if setup.key in SCENE_KEYS:
            label = engine_text(SCENES[SCENE_KEYS.index(setup.key)][1]).split(" · ", 1)[-1]
            if setup.key == "learning":
                self.show_info(tr("{scene}: {description}. Press Space to run, S to step one learning cycle.",
                                  scene=label, description=setup.description))
            else:
                self.show_info(tr("{scene}: {description}. Press Space to run, S to step one unit update.",
                                  scene=label, description=setup.description))
        if self._run_when_ready:
            self._run_when_ready = False
            self.run_pause()

    def _stop_runners(self) -> None:
        if self.runner is not None:
            self.runner.stop(2.0)
            self.runner = None
        if self.runner2 is not None:
            self.runner2.stop(2.0)
            self.runner2 = None

    def _runners(self) -> list[Runner]:
        return [r for r in (self.runner, self.runner2) if r is not None]

    def rewind_runners(self) -> list[Runner]:
        """The anneal and, beside it, the quench: rewound together."""
        return self._runners()

    def show_snapshots(self, snaps: list[Snapshot], past: bool = True) -> None:
        if len(snaps) > 1:
            self.last_snapshot2 = snaps[1]
        self._plots_key = None  # the quench's moment changed too
        # The TV-distance series is the panel's own: an earlier moment shows it up to then,
        # and the present gets the whole series back.
        if past:
            if self._tv_kept is None:
                self._tv_kept = (self._tv_x.copy(), self._tv_y.copy(), self._tv_n)
            x, y, n = self._tv_kept
            sweeps = float(snaps[0].data.get("sweeps", 0.0)) if snaps[0].data else 0.0
            m = min(n, TV_CAPACITY)
            self._tv_x[:], self._tv_y[:] = x, y
            self._tv_n = int(np.count_nonzero(x[:m] <= sweeps))
        elif self._tv_kept is not None:
            self._tv_x[:], self._tv_y[:], self._tv_n = self._tv_kept
            self._tv_kept = None
        super().show_snapshots(snaps, past)

    def rewound(self, steps: int) -> None:
        """The run goes on from the moment shown: the TV series stays cut there."""
        self._tv_kept = None

    # =================================================================== edits
    def _edit(self, fn: Callable[[Any], Any], what: str, both: bool = True) -> None:
        """Apply ``fn(engine)`` in the worker(s); a refusal is shown as a message."""
        for r in self._runners() if both else self._runners()[:1]:
            self.track_edit(r.call(fn), what)

    def _on_schedule_edited(self, schedule: Any) -> None:
        if self.setup is None or self.runner is None or self.setup.key == "learning":
            return
        self._plots_key = None
        if self.setup.key == "equilibrium":
            # Visits made at another temperature would be compared with the new distribution: start counting again.
            self._edit(lambda eng: (eng.set_schedule(schedule), eng.clear_statistics()), tr("schedule"),
                       both=False)
            self._tv_n = 0
            self.show_info(tr("Schedule: {schedule}; the visit counts start again for the new distribution.",
                              schedule=schedule.describe()))
            return
        self._edit(lambda eng: eng.set_schedule(schedule), tr("schedule"), both=False)
        self.show_info(tr("Schedule: {schedule}.", schedule=schedule.describe()))

    def _on_schedule_rejected(self, text: str) -> None:
        text = engine_text(text)
        self.show_error(text[:1].upper() + text[1:])

    def _on_painted(self, canvas: UnitGrid) -> None:
        """A stroke on a grid sets the start state (of both runs in scene 1)."""
        if self.runner is None or self.setup is None:
            return
        x = (canvas.state > 0).astype(np.int8)
        for view in self.grids:
            if view.canvas is not canvas and view.canvas.isVisible():
                view.canvas.set_state(canvas.state)
        self._set_start(x, tr("Painted: this is the start state now. Press Space to run from it."))

    def _set_start(self, x: np.ndarray, message: str) -> None:
        for r in self._runners():
            r.pause()
        self._edit(lambda eng: eng.set_state(x), tr("state"))
        self.show_info(message)

    def _load_stored_pattern(self, index: int) -> None:
        if self.setup is None or self.setup.patterns is None:
            return
        x = np.asarray(self.setup.patterns[index], np.int8)
        for view in self.grids:
            view.canvas.set_state(np.where(x > 0, 1, -1))
        self._set_start(x, tr("Stored pattern {k} is the start state: a minimum, so both runs stay near it.",
                              k=index + 1))

    def _on_pm_view(self, on: bool) -> None:
        for view in self.grids:
            view.canvas.set_pm_view(on)

    # ============================================================ scene files
    def scene_state(self) -> dict[str, Any]:
        """The scene, its sizes and problem seed, the controls and every engine's full state (see ModelPanel)."""
        if self._scene_job is not None or self.runner is None or self.setup is None:
            raise ValueError(tr("The scene is still being built: wait a moment and save again."))
        if self.scene_key not in SCENE_KEYS:
            raise ValueError(tr("The benchmark scene cannot be saved; choose one of the four scenes."))
        engine = self.runner.call(lambda eng: eng.state_dict()).result(timeout=30.0)
        twin = None if self.runner2 is None else self.runner2.call(lambda eng: eng.state_dict()).result(30.0)
        return {
            "scene": self.scene_key,
            "units": dict(self._units),
            "problem_seed": int(self._scene_seed),
            "seed": int(self._seed),
            "learning_update": self.learn_rule_combo.currentData(),
            "pm_view": self.pm_check.isChecked(),
            "hit_rates": None if self.hit_rates is None else [float(v) for v in self.hit_rates],
            "engine": engine,
            "twin": twin,
        }

    def restore_scene(self, scene: Any) -> None:
        """Restore :meth:`scene_state`'s tree; ValueError with a sentence (the panel unchanged) if it does not fit.

        The scene's network is rebuilt from its problem seed, then every engine's saved
        state (weights, schedule, generator, the run in progress) is loaded into it.
        """
        try:
            key = scene["scene"]
            if key not in SCENE_KEYS:
                raise ValueError(tr("the scene {key!r} is unknown; this panel has {keys}", key=key,
                                    keys=", ".join(SCENE_KEYS)))
            units = scene["units"]
            if not isinstance(units, dict) or set(units) != set(self._units):
                raise ValueError(tr("the sizes of the scenes are malformed"))
            units = {"glass": checked_int(units["glass"], tr("the spin glass's units"), 2, 20),
                     "equilibrium": checked_int(units["equilibrium"], tr("the equilibrium network's units"), 2, 12)}
            problem_seed = checked_int(scene["problem_seed"], tr("the problem seed"))
            seed = checked_int(scene["seed"], tr("the seed"))
            update = scene["learning_update"]
            if self.learn_rule_combo.findData(update) < 0:
                raise ValueError(tr("the learning rule {rule!r} is unknown", rule=update))
            pm_view = scene["pm_view"]
            if not isinstance(pm_view, bool):
                raise ValueError(tr("the ±1 view must be true or false"))
            rates = scene["hit_rates"]
            if rates is not None and (not isinstance(rates, list) or len(rates) != 2 or not all(
                    isinstance(r, (int, float)) and not isinstance(r, bool) and 0 <= r <= 1 for r in rates)):
                raise ValueError(tr("the measured hit rates are malformed"))
            setup = build_scene(key, units.get(key, 0), problem_seed, update)
            problem = None if key == "learning" else (setup.engine.weights.copy(), setup.engine.biases.copy())
            setup.engine.load_state_dict(scene["engine"])
            if problem is not None and not (np.array_equal(problem[0], setup.engine.weights)
                                            and np.array_equal(problem[1], setup.engine.biases)):
                # The plots (ground energy, exact distribution) are worked out from the problem seed.
                raise ValueError(tr("its weights are not those of its problem seed"))
            if setup.twin is not None:
                if scene["twin"] is None:
                    raise ValueError(tr("the quench's network is missing"))
                setup.twin.load_state_dict(scene["twin"])
        except KeyError as exc:
            raise ValueError(tr("This Boltzmann scene is missing {key!r}.", key=exc.args[0])) from None
        except (TypeError, AttributeError, IndexError) as exc:
            raise ValueError(tr("This Boltzmann scene is malformed ({why}).", why=exc)) from None
        except ValueError as exc:
            text = engine_text(exc)
            raise ValueError(tr("This Boltzmann scene does not fit: {why}", why=text[:1].lower() + text[1:])) from None
        # Everything is validated: apply.
        self._run_when_ready = False
        if self._scene_job is not None:
            self._old_jobs.append(self._scene_job)
            self._scene_job = None
        self.cancel_hit_rate()
        self._units = units
        self._scene_seed = problem_seed
        self._seed = seed
        self.scene_key = key
        self.scene_combo.setCurrentIndex(SCENE_KEYS.index(key))
        self.learn_rule_combo.setCurrentIndex(self.learn_rule_combo.findData(update))
        self._configure_controls(key)
        for w in (self.editor, self.canvas, self.quench_canvas):
            w.setEnabled(True)
        self._install(setup)
        if key != "learning":
            self.editor.set_schedule(setup.engine.schedule)
        self.pm_check.setChecked(pm_view)
        self._set_hit_bars(None if rates is None else (float(rates[0]), float(rates[1])))
        self.show_info(tr("Scene opened: {scene}. Press Space to run.", scene=SCENES[SCENE_KEYS.index(key)][1]))

    # ============================================================ hit rate
    def start_hit_rate(self) -> bool:
        """Repeat quench and slow-cooling runs on the spin glass in the background; False if not possible."""
        setup = self.setup
        if setup is None or setup.key != "glass":
            self.show_error(tr("Repeated runs are part of scene 2, the spin glass."))
            return False
        if self.hit_runs.busy:
            self.show_error(tr("The repeated runs are going already: wait, or cancel them."))
            return False
        from simulator.models.boltzmann import scenes

        slow = self.editor.schedule()
        if isinstance(slow, (sch.Constant, sch.Quench)):
            slow = scenes.slow_cooling()
        scene, seed = setup.scene, self._seed

        def work(ctx) -> tuple[float, float, str]:
            q = scenes.ground_state_hit_rate(scene, sch.Quench(), HIT_RATE_RUNS, seed,
                                             progress=lambda f, m: ctx.progress(0.5 * f, tr("Quench: {m}", m=m)))
            a = scenes.ground_state_hit_rate(scene, slow, HIT_RATE_RUNS, seed + 1,
                                             progress=lambda f, m: ctx.progress(0.5 + 0.5 * f,
                                                                                tr("Slow cooling: {m}", m=m)))
            return q.rate, a.rate, slow.describe()

        self.hit_runs.start(BackgroundJob(work, name="boltzmann-hit-rate").start())
        self.show_info(tr("Running {runs} quenches and {runs} slow coolings ({schedule}).", runs=HIT_RATE_RUNS,
                          schedule=slow.describe()))
        return True

    @property
    def hit_job(self) -> BackgroundJob | None:
        """The repeated runs in progress (until the display loop has shown their end)."""
        return self.hit_runs.job

    def cancel_hit_rate(self) -> None:
        """Ask the repeated runs to stop."""
        self.hit_runs.cancel()

    def _poll_hit_rate(self) -> None:
        job = self.hit_runs.poll()
        if job is None or job.cancelled:
            return
        if job.error:
            self.show_error(tr("The repeated runs failed: {why}", why=engine_text(job.error)))
            return
        q, a, what = job.result
        self._set_hit_bars((q, a))
        self.show_info(tr("Ground state reached by {q:.0f} % of quenches and {a:.0f} % of slow coolings "
                          "({schedule}).", q=q * 100, a=a * 100, schedule=what))

    def _set_hit_bars(self, rates: tuple[float, float] | None) -> None:
        values = (0.0, 0.0) if rates is None else rates
        self.hit_bars.setOpts(height=list(values))
        self.hit_rates = rates
        for k, t in enumerate(self.hit_texts):
            t.setText("" if rates is None else f"{values[k] * 100:.0f} %")
            t.setPos(float(k), max(values[k], 0.0) + 0.12)

    # ============================================================ run bar
    @property
    def running(self) -> bool:
        return self._run_when_ready or super().running

    def run_pause(self) -> None:
        if self._scene_job is not None:
            self._run_when_ready = not self._run_when_ready
            return
        self._stepping = False
        if self.runner is None:
            return
        if self.running:
            for r in self._runners():
                r.pause()
        else:
            for r in self._runners():
                r.run()

    def pause(self) -> None:
        self._run_when_ready = False
        for r in self._runners():
            r.pause()

    def step(self) -> None:
        self._stepping = True
        for r in self._runners():
            r.step(1)

    def reset(self, seed: int | None) -> None:
        """Back to the scene's start, same schedule; a seed also changes the random numbers of the run."""
        if seed is not None:
            self._seed = int(seed)
        self._stepping = False
        for view in self.grids:
            view.reset(view.canvas.n_units)
        self._tv_n = 0
        self._tv_kept = None
        self._announced = None
        for r in self._runners():
            r.reset(seed)
        self.show_info(tr("Back to the start: press Space to run again (the same seed replays the same run)."))

    def set_rate(self, updates_per_second: float | None) -> None:
        self._rate = updates_per_second
        for r in self._runners():
            r.set_rate(updates_per_second)

    # ============================================================ bench
    def bench_scene(self) -> str:
        """The GUI bench: 1024 fully connected units, Gibbs sampling under a slow schedule, flat out."""
        self.pause()
        self.load_scene("bench")
        deadline = time.monotonic() + 30.0
        while self._scene_job is not None and time.monotonic() < deadline:
            self._scene_job.join(0.05)
            self._poll_scene()
        self.set_rate(None)
        return f"{BENCH_SHAPE[0]}x{BENCH_SHAPE[1]} Boltzmann machine, fully connected, Gibbs sampling"

    def bench_input_point(self) -> tuple[QWidget, QPoint]:
        """Where a left click turns a unit on: the grid's viewport and a middle cell."""
        rows, cols = self.canvas.shape
        return self.canvas.viewport(), self.canvas.cell_viewport_pos(rows // 2, cols // 2)

    # ============================================================ display
    def refresh(self) -> bool:
        self._poll_scene()
        self.poll_edits()
        self._poll_hit_rate()
        new2 = False
        if self.runner2 is not None:
            snap2 = self.runner2.latest()
            if snap2 is not None:
                self.last_snapshot2 = snap2
                new2 = True
        drew = super().refresh()
        snap = self.last_snapshot
        if drew or snap is None or not snap.data or self.setup is None or self.setup.key == "learning":
            return drew
        now = time.monotonic()
        if new2:
            self.render(snap)  # the quench moved while the anneal did not
            return True
        if any(v.glow.glowing(now) for v in self.grids):
            # Paused or between frames: keep fading the glow of the last flips.
            self._render_grids(snap, now, count_flips=False)
            return True
        return False

    def render(self, snap: Snapshot) -> None:
        d = snap.data
        if snap.error and snap.error != self._shown_error:
            error = engine_text(snap.error)
            self.show_error(error[:1].upper() + error[1:])
        self._shown_error = snap.error
        if not d or self.setup is None:
            return
        if self.setup.key == "learning":
            self._render_learning(snap, d)
            return
        if d.get("n_units") != self.canvas.n_units:
            return
        now = time.monotonic()
        self._render_grids(snap, now)
        self._render_readout(snap, d)
        self.editor.set_progress(d["sweeps"], d["temperature"])
        if self.tabs.currentIndex() == 0:
            self._render_energy(d)
        elif self.setup.key == "escape":
            self._render_escape(d)
        elif self.setup.key == "glass":
            self._render_glass(d)
        elif self.setup.key == "equilibrium":
            self._render_equilibrium(d)

    def _redraw_last(self) -> None:
        self._plots_key = None
        self._bar_key = None
        self._hist_key = None
        if self.last_snapshot is not None:
            self.render(self.last_snapshot)

    def _slow(self) -> bool:
        return self._stepping or (self._rate is not None and self._rate <= SLOW_RATE)

    def _render_grids(self, snap: Snapshot, now: float, count_flips: bool = True) -> None:
        d = snap.data
        main = self.grids[0]
        main.show(d, now, count_flips)
        self._probe(main.canvas, d)
        snap2 = self.last_snapshot2
        if self.runner2 is not None and snap2 is not None and snap2.data:
            d2 = snap2.data
            if d2.get("n_units") == self.quench_canvas.n_units:
                self.grids[1].show(d2, now, count_flips)
                self._probe(self.quench_canvas, d2)

    def _probe(self, canvas: UnitGrid, d: Any) -> None:
        unit = int(d["last_unit"])
        if unit >= 0 and self._slow() and d["updates"] > 0:
            p = float(d["last_probability"])
            # Two short lines: a long label beside a cell leaves a square grid's view.
            if d["state"][unit]:
                canvas.set_highlight(unit, tr("ΔE = {gap:+.2f}\np = {p:.2f} → on", gap=d["last_field"], p=p))
            else:
                canvas.set_highlight(unit, tr("ΔE = {gap:+.2f}\np = {p:.2f} → off", gap=d["last_field"], p=p))
        else:
            canvas.set_highlight(None)

    def _render_readout(self, snap: Snapshot, d: Any) -> None:
        T = float(d["temperature"])
        t_text = "T → 0" if T <= 0 else f"T = {T:.3g}"
        rate = d["trace_flip_rate"]
        w = sweep_window(int(d["n_units"]))
        flip = tr("  ·  {rate:.2f} flips/update", rate=float(np.mean(rate[-w:]))) if len(rate) else ""
        self.readout_label.setText(tr("{t}  ·  E = {energy:+.2f}  ·  {sweeps:,.1f} sweeps{flip}", t=t_text,
                                      energy=d["energy"], sweeps=d["sweeps"], flip=flip))
        unit = int(d["last_unit"])
        if unit >= 0 and self._slow() and d["updates"] > 0:
            field_ = float(d["last_field"])
            p = float(d["last_probability"])
            now_on = bool(d["state"][unit])
            verb = (tr("turned on") if now_on else tr("turned off")) if d["last_flipped"] else (
                tr("stayed on") if now_on else tr("stayed off"))
            if T > 0:
                self.probe_label.setText(tr("Unit {unit}: energy gap ΔE = {gap:+.3f} at {t}: p(on) = "
                                            "1/(1 + e^(−ΔE/T)) = {p:.3f}; it {verb}.", unit=unit + 1, gap=field_,
                                            t=t_text, p=p, verb=verb))
            else:
                self.probe_label.setText(tr("Unit {unit}: energy gap ΔE = {gap:+.3f} at T → 0: on if ΔE > 0, "
                                            "off if ΔE < 0; it {verb}.", unit=unit + 1, gap=field_, verb=verb))
        elif self.probe_label.text():
            self.probe_label.setText("")

    def _render_energy(self, d: Any) -> None:
        key = (d["trace_count"], d["updates"], d["schedule_version"],
               None if self.last_snapshot2 is None else self.last_snapshot2.seq)
        if key == self._plots_key:
            return
        self._plots_key = key
        xs, es = d["trace_sweeps"], d["trace_energy"]
        fr = running_mean(d["trace_flip_rate"], sweep_window(int(d["n_units"])))
        if len(xs) and d["sweeps"] > xs[-1]:
            xs = np.append(xs, d["sweeps"])
            es = np.append(es, d["energy"])
            fr = np.append(fr, fr[-1] if len(fr) else 0.0)
        self.energy_plot.set_series(0, xs, es)
        self.flip_plot.set_series(0, xs, fr)
        snap2 = self.last_snapshot2
        if self.runner2 is not None and snap2 is not None and snap2.data:
            d2 = snap2.data
            x2, e2 = d2["trace_sweeps"], d2["trace_energy"]
            f2 = running_mean(d2["trace_flip_rate"], sweep_window(int(d2["n_units"])))
            if len(x2) and d2["sweeps"] > x2[-1]:
                x2 = np.append(x2, d2["sweeps"])
                e2 = np.append(e2, d2["energy"])
                f2 = np.append(f2, f2[-1] if len(f2) else 0.0)
            self.energy_plot.set_series(1, x2, e2)
            self.flip_plot.set_series(1, x2, f2)
        else:
            self.energy_plot.set_series(1, None, None)
            self.flip_plot.set_series(1, None, None)
        edges, counts = d["energy_hist_edges"], d["energy_hist_counts"]
        total = float(np.sum(counts))
        if len(counts) and total > 0:
            share = counts / total
            self.hist_bars.setOpts(x0=edges[:-1], x1=edges[1:], height=share)
            hist_key = (float(edges[0]), float(edges[-1]))
            if hist_key != self._hist_key:
                self._hist_key = hist_key
                self.hist_plot.plot_item.setXRange(edges[0], edges[-1], padding=0.02)
            top = float(share.max())
            vb = self.hist_plot.plot_item.vb
            cur = vb.viewRange()[1][1]
            if top > cur or top < cur / 3:
                self.hist_plot.plot_item.setYRange(0.0, min(1.0, nice_up(top * 1.15)), padding=0.0)

    def _render_escape(self, d: Any) -> None:
        pats = self.setup.patterns
        if pats is None:
            return
        texts = [(tr("Annealing"), d)]
        snap2 = self.last_snapshot2
        if snap2 is not None and snap2.data and snap2.data.get("n_units") == d["n_units"]:
            texts.insert(0, (tr("Quench"), snap2.data))
        for label, (which, dd) in zip(self.outcome_labels[-len(texts):], texts):
            rec = self.setup.scene.recognise(np.asarray(dd["state"]))
            color = {"pattern": colors.GREEN, "inverse": colors.BLUE}.get(rec.kind, colors.VERMILLION)
            what = engine_text(rec.text)
            text = tr("{which}: {state}", which=which, state=what[:1].lower() + what[1:]) + (
                " ✓" if rec.kind == "pattern" else "")
            text += f"   (E = {dd['energy']:+.2f})"
            if label.text() != text:
                label.setText(text)
                label.setStyleSheet(f"color: {color};")

    def _render_glass(self, d: Any) -> None:
        ground = self.setup.ground_energy
        if ground is None:
            return
        gap = float(d["energy"]) - ground
        if self.setup.scene.is_ground(float(d["energy"])):
            text = tr("Ground state reached: E = E* = {ground:+.3f} ✓", ground=ground)
            color = colors.GREEN
        else:
            text = tr("E = {energy:+.3f}, ground energy E* = {ground:+.3f} (gap {gap:.3f})", energy=d["energy"],
                      ground=ground, gap=gap)
            color = colors.TEXT_CSS
        if self.ground_label.text() != text:
            self.ground_label.setText(text)
            self.ground_label.setStyleSheet(f"color: {color};")

    def _render_equilibrium(self, d: Any) -> None:
        exact = d["exact_probabilities"]
        visits = d["visit_counts"]
        if exact is None or visits is None:
            self.tv_label.setText(tr("The exact distribution is shown for up to 12 units."))
            return
        exact = np.asarray(exact)
        bar_key = (float(d["temperature"]), exact.shape[0], float(exact[0]), d["weights_version"])
        if bar_key != self._bar_key:
            self._bar_key = bar_key
            order = np.argsort(-exact, kind="stable")[:MAX_BARS]
            self._bar_order = order
            x = np.arange(len(order), dtype=np.float64)
            self.exact_bars.setOpts(x=x, height=exact[order])
            n = int(d["n_units"])
            axis = self.eq_plot.plot_item.getAxis("bottom")
            if len(order) * n <= 48:
                axis.setTicks([[(float(i), bits(int(s), n)) for i, s in enumerate(order)]])
            else:
                axis.setTicks(None)
            self.eq_plot.plot_item.setXRange(-0.7, len(order) - 0.3, padding=0.0)
            self.eq_plot.plot_item.setYRange(0.0, nice_up(float(exact[order[0]]) * 1.2), padding=0.0)
        order = self._bar_order
        total = float(np.sum(visits))
        freq = np.asarray(visits, np.float64)[order] / total if total > 0 else np.zeros(len(order))
        self.freq_bars.setOpts(x=np.arange(len(order), dtype=np.float64), height=freq)
        tv = float(d["tv_distance"])
        sweeps = float(d["sweeps"])
        if math.isfinite(tv) and total > 0:
            if self._tv_n and sweeps < self._tv_x[min(self._tv_n, TV_CAPACITY) - 1]:
                self._tv_n = 0
            if self._tv_n == 0 or sweeps > self._tv_x[(self._tv_n - 1) % TV_CAPACITY]:
                if self._tv_n >= TV_CAPACITY:
                    self._tv_x[:-1] = self._tv_x[1:]
                    self._tv_y[:-1] = self._tv_y[1:]
                    self._tv_x[-1], self._tv_y[-1] = sweeps, tv
                else:
                    self._tv_x[self._tv_n], self._tv_y[self._tv_n] = sweeps, tv
                self._tv_n += 1
            m = min(self._tv_n, TV_CAPACITY)
            self.tv_plot.set_series(0, self._tv_x[:m], self._tv_y[:m])
            self.tv_label.setText(tr("TV distance {tv:.3f} after {samples:,} samples at T = {T:.3g}", tv=tv,
                                     samples=int(total), T=float(d["temperature"])))
        elif total == 0:
            self.tv_plot.set_series(0, None, None)
            self.tv_label.setText(tr("No samples yet: press Space to sample."))

    def _render_learning(self, snap: Snapshot, d: Any) -> None:
        codes = np.asarray(d["hidden_codes"], np.float64)
        self.codes_image.setImage(codes, autoLevels=False, levels=(0.0, 1.0))
        self.codes_image.setRect(QRectF(0, 0, codes.shape[1], codes.shape[0]))
        for k, label in enumerate(self.code_labels):
            r, c = divmod(k, 2)
            if r < codes.shape[0] and c < codes.shape[1]:
                v = codes[r, c]
                label.setText(f"{v:.2f}")
                label.setColor(colors.BACKGROUND if v > 0.5 else colors.INK)
        w = np.asarray(d["weights"])
        wkey = (d.get("cycle"), w.shape)
        if wkey != self._weights_key:
            self._weights_key = wkey
            n = w.shape[0]
            lo, hi = colors.symmetric_levels(w)
            self.w_image.setImage(np.ascontiguousarray(w, np.float32), autoLevels=False, levels=(lo, hi))
            self.w_image.setRect(QRectF(0, 0, n, n))
            if wkey[1] != self._w_shape:
                self._w_shape = wkey[1]
                names = [engine_text(name) for name in learner_unit_names(n)]
                ticks = [[(i + 0.5, name) for i, name in enumerate(names)]]
                self.w_plot.getAxis("left").setTicks(ticks)
                self.w_plot.getAxis("bottom").setTicks(ticks)
                self.w_plot.setRange(xRange=(0, n), yRange=(0, n), padding=0.02)
        cycle = int(d.get("cycle", 0))
        acc = float(d["accuracy"])
        xs = d.get("trace_cycles")
        if xs is not None and len(xs):
            self.accuracy_plot.set_series(0, xs, d["trace_accuracy"])
            self.dw_plot.set_series(0, xs, d["trace_dw"])
        self.readout_label.setText(tr("Cycle {cycle}   ·   accuracy {acc:.0f} %", cycle=cycle, acc=acc * 100))
        self.learn_label.setText(tr("{cycle} learning cycles; {right} of 4 inputs reproduced.", cycle=cycle,
                                    right=int(round(acc * 4))))

    # ============================================================ messages

    # ============================================================ lifecycle
    def shutdown(self, timeout: float = 0.5) -> bool:
        """Stop both runners, the repeated runs and any scene being built; True if every thread ended in time."""
        ok = True
        job = self.hit_runs.job
        if job is not None:
            job.cancel()
        if self.runner2 is not None:
            ok = self.runner2.stop(timeout) and ok
        ok = super().shutdown(timeout) and ok
        if job is not None:
            ok = job.join(timeout) and ok
        for build in [self._scene_job, *self._old_jobs]:
            if build is not None:
                ok = build.join(timeout) and ok
        return ok

    # ============================================================ explain
    def explain_html(self, snap: Snapshot | None) -> str:
        """The notes' equations with the last unit's energy gap, temperature and firing probability."""
        key = self.setup.key if self.setup is not None else self.scene_key
        title = next((engine_text(s[1]) for s in SCENES if s[0] == key), key)
        twin = self.last_snapshot2.data if self.runner2 is not None and self.last_snapshot2 is not None else None
        return boltzmann_explain.explain(snap.data if snap is not None else None, key, title, twin)
