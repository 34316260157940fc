"""The Hopfield network panel: draw and store patterns, corrupt one, watch it recalled, and test capacity."""

from __future__ import annotations

import math
import time
from concurrent.futures import Future
from pathlib import Path
from typing import Any, Callable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPen
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QGraphicsRectItem,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QSizePolicy,
    QSpinBox,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from simulator.core import patterns as pat
from simulator.core.engine import Snapshot
from simulator.core.jobs import BackgroundJob
from simulator.core.restore import checked_int, generator_from_state, generator_state
from simulator.gui import glyphs
from simulator.gui.i18n import engine_text, tr
from simulator.gui.panels import hopfield_explain
from simulator.gui.panels.hopfield_tables import PATTERN_SETS, RULE_NAMES, RULES, TITLE, UPDATE_MODES
from simulator.gui.panels.base import ModelPanel
from simulator.gui.widgets.advanced import mark_advanced
from simulator.gui.widgets.controls import button
from simulator.gui.widgets.job_controls import JobControls
from simulator.gui.widgets import colors
from simulator.gui.widgets.grid_canvas import FlipGlow, GridCanvas
from simulator.gui.widgets.pattern_strip import PatternStrip
from simulator.gui.widgets.plots import PlotStrip
from simulator.models.hopfield import HopfieldNetwork, capacity_curve

HEBBIAN_LIMIT = 0.138
#: At or below this speed (updates per second) the unit being updated is outlined with its field.
SLOW_RATE = 30.0
MAX_OVERLAP_CURVES = 10
#: The weight matrix is shown with at most this many rows and columns (every k-th).
WEIGHT_VIEW_SIDE = 1024
DEFAULT_SHAPE = (32, 32)
DEFAULT_PICK = "AMOWZ"
DEFAULT_NOISE_PERCENT = 20.0
NOTES_PATTERNS = ((1, -1, 1, -1, 1, 1), (1, 1, 1, -1, -1, -1))
#: Loop recall pauses (seconds) when not flat out: on the recalled state, then on the new cue.
LOOP_HOLD_SETTLED = 1.2
LOOP_HOLD_CUE = 0.6
MAX_RANDOM_PATTERNS = 4000


class _ClickableImage(pg.ImageItem):
    """An image that reports a left click at once (row, col of the pixel), e.g. a weight-matrix row."""

    def __init__(self, on_click: Callable[[float, float], None]) -> None:
        super().__init__(axisOrder="row-major")
        self._on_click = on_click

    def mousePressEvent(self, ev) -> None:
        if ev.button() == Qt.MouseButton.LeftButton:
            self._on_click(ev.pos().y(), ev.pos().x())
            ev.accept()
        else:
            ev.ignore()

    def mouseClickEvent(self, ev) -> None:
        ev.accept()


def _tip(widget: QWidget, text: str) -> QWidget:
    widget.setToolTip(text)
    return widget


class HopfieldPanel(ModelPanel):
    """Store patterns in a Hopfield network, corrupt one, and watch the network recall it.

    The grid canvas shows the state (+1 dark ink, -1 light background); the pattern
    library below it is the set of stored memories. All changes go to the engine through
    ``runner.call``; input is validated here first with the Qt-free helpers of
    :mod:`simulator.core.patterns`, so a bad value gives a message and changes nothing.

    Parameters
    ----------
    parent : QWidget, optional
    rows, cols : int
        Initial grid size.
    default_scene : bool
        Load the demo scene (letters stored, a corrupted cue ready to recall). Tests
        pass False for a blank network.
    """

    title = TITLE

    def __init__(self, parent: QWidget | None = None, *, rows: int = DEFAULT_SHAPE[0],
                 cols: int = DEFAULT_SHAPE[1], default_scene: bool = True) -> None:
        super().__init__(parent)
        rows, cols = pat.check_shape(rows, cols)
        self._seed = 0
        self._rng = np.random.default_rng(self._seed)
        self._rate: float | None = None
        self.library = pat.PatternLibrary(rows, cols)
        self._paint_dirty = False
        self._shown_error: str | None = None
        self._glow = FlipGlow(rows * cols)
        self._weights_shown = (-1, -1)
        self._w_stride = 1
        self._w_levels = (-1.0, 1.0)
        self._overlap_slots: list[int] = []
        self._plots_key: Any = None
        self._field_key: Any = None
        self._field_future: Future | None = None
        self._field_value: float | None = None
        self._loop_active = False
        self._stepping = False
        #: (kind, index, updates) of the settled state last announced in the message line.
        self._announced: tuple[str, int, int] | None = None
        self._loop_phase = "idle"
        self._loop_deadline = 0.0
        self._loop_seq = -1
        # Loop recalls started by the GUI (with holds) and by the worker (flat out, see _sync_worker_loop).
        self._gui_recalls = 0
        self._worker_recalls = [0]
        self._engine_job: BackgroundJob | None = None
        self._engine_shape = (rows, cols)
        self._engine_revert: tuple[pat.PatternLibrary, tuple[int, int], np.ndarray] | None = None
        self._build_jobs: list[BackgroundJob] = []
        self._queued: list[tuple[Callable[[HopfieldNetwork], Any], str]] = []
        self._run_when_ready = False
        #: The "Building a ... network" message while it is shown: replaced once the network is ready.
        self._building_message: str | None = None

        self._build_ui()
        self._build_engine(rows, cols)
        self._refresh_library_view()
        if default_scene:
            self.load_default_scene()

    # =================================================================== UI
    def _build_ui(self) -> None:
        self.set_two_columns(self._build_left(), self._build_right())

    def _build_left(self) -> QWidget:
        left = QWidget()
        lay = QVBoxLayout(left)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(4)

        self.canvas = GridCanvas(self.library.shape[0], self.library.shape[1])
        self.canvas.setToolTip(tr(
            "The network's state: dark units are +1, light units -1.\n"
            "Draw: left button paints +1, right button paints -1 (drag to paint lines).\n"
            "Occlude: drag a rectangle to blank it. Inspect: click a unit to see the weights into it."))
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.canvas.cells_painted.connect(self._on_cells_painted)
        self.canvas.stroke_finished.connect(self._flush_paint)
        self.canvas.rect_occluded.connect(self._on_rect_occluded)
        self.canvas.unit_selected.connect(self.select_unit)

        # --- a tool palette beside the grid (the grid is as tall as the room allows, so width is spare)
        palette = QVBoxLayout()
        palette.setSpacing(3)
        palette.addWidget(self._caption(tr("Mouse")))
        self.mode_group = QButtonGroup(self)
        self.mode_buttons: dict[str, QToolButton] = {}
        for key, text, tip in (
            ("draw", tr("✎ Draw"), tr("Mouse paints units: left button +1 (dark), right button -1 (light).")),
            ("occlude", tr("▭ Occlude"), tr("Drag a rectangle on the grid to set it to -1 (hide part of the cue).")),
            ("inspect", tr("⊙ Inspect"), tr("Click a unit to show the weights into it and its local field.")),
        ):
            b = QToolButton()
            b.setText(text)
            b.setCheckable(True)
            b.setToolTip(tip)
            b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self.mode_group.addButton(b)
            self.mode_buttons[key] = b
            b.clicked.connect(lambda _c=False, k=key: self.set_tool(k))
            palette.addWidget(b)
        self.mode_buttons["draw"].setChecked(True)
        palette.addSpacing(6)
        palette.addWidget(self._caption(tr("State")))
        self.clear_button = button(tr("Clear"), tr("Set every unit to -1 (a blank grid); it becomes the cue."),
                                    self.clear_state)
        self.invert_button = button(tr("Invert"), tr("Flip every unit (+1 ↔ -1); it becomes the cue."),
                                    self.invert_state)
        self.random_button = button(tr("Randomise"), tr("Set every unit to +1 or -1 at random (seeded by the run bar's "
                                                           "seed)."), self.randomise_state)
        for b in (self.clear_button, self.invert_button, self.random_button):
            palette.addWidget(b)
        palette.addSpacing(6)
        palette.addWidget(self._caption(tr("Corrupt")))
        self.noise_spin = QDoubleSpinBox()
        self.noise_spin.setRange(0.0, 100.0)
        self.noise_spin.setDecimals(0)
        self.noise_spin.setSingleStep(5.0)
        self.noise_spin.setSuffix(" %")
        self.noise_spin.setValue(DEFAULT_NOISE_PERCENT)
        self.noise_spin.setToolTip(tr("Share of units that 'Flip' corrupts (and that loop recall uses)."))
        self.flip_button = button(tr("Flip"), tr("Flip this share of randomly chosen units (seeded by the run bar's "
                                                 "seed, so Reset + Flip replays); the result becomes the cue."),
                                  self.flip_percent)
        self.loop_check = QCheckBox(tr("Loop recall"))
        self.loop_check.setToolTip(tr("Demo mode: whenever the state settles, corrupt it again by the set share "
                                      "and recall again, until paused."))
        self.loop_check.toggled.connect(self._on_loop_toggled)
        self.noise_spin.valueChanged.connect(lambda _v: self._sync_worker_loop())
        palette.addWidget(self.noise_spin)
        palette.addWidget(self.flip_button)
        palette.addWidget(self.loop_check)
        palette.addStretch(1)
        top = QHBoxLayout()
        top.setSpacing(6)
        top.addLayout(palette)
        top.addWidget(self.canvas, 1)
        lay.addLayout(top, 1)

        # --- library
        lib = QGroupBox(tr("Stored patterns (the network's memories)"))
        lib.setToolTip(tr("Every pattern here is stored in the network; changing the library re-stores them."))
        lv = QVBoxLayout(lib)
        lv.setContentsMargins(6, 4, 6, 4)
        lv.setSpacing(3)
        row = QHBoxLayout()
        self.set_combo = QComboBox()
        for label, key, _chars in PATTERN_SETS:
            self.set_combo.addItem(engine_text(label), key)
        self.set_combo.setToolTip(tr("A built-in pattern set, drawn at the grid size."))
        self.set_combo.currentIndexChanged.connect(self._on_set_changed)
        self.count_spin = QSpinBox()
        self.count_spin.setRange(1, 26)
        self.count_spin.setValue(5)
        self.count_spin.setToolTip(tr("How many patterns of the set to store."))
        self.count_spin.valueChanged.connect(self._on_count_changed)
        self.pick_edit = QLineEdit()
        self.pick_edit.setMaximumWidth(150)
        self.pick_edit.setToolTip(tr("Which characters of the set to store (e.g. AMOWZ); edit to choose your own."))
        self.load_set_button = button(tr("Load set"), tr("Replace the library with the chosen set and make a "
                                                             "corrupted copy of its first pattern the cue."),
                                       self.load_selected_set)
        row.addWidget(self.set_combo)
        row.addWidget(self.count_spin)
        row.addWidget(self.pick_edit)
        row.addWidget(self.load_set_button)
        row.addStretch(1)
        lv.addLayout(row)
        row2 = QHBoxLayout()
        self.add_button = button(tr("Add drawing"), tr("Store the current state as a new pattern."),
                                 self.add_current_drawing)
        self.remove_button = button(tr("Remove"), tr("Remove the selected thumbnails from the library."),
                                    self.remove_selected)
        self.import_button = button(tr("Import PNG…"), tr("Add a picture: it is turned grey, resized to the grid and "
                                                             "thresholded (dark pixels become +1)."), self._ask_png)
        self.clear_library_button = button(tr("Forget all"), tr("Remove every stored pattern."), self.clear_library)
        for b in (self.add_button, self.remove_button, self.import_button, self.clear_library_button):
            row2.addWidget(b)
        mark_advanced(self.import_button, self.clear_library_button)
        row2.addStretch(1)
        lv.addLayout(row2)
        self.strip = PatternStrip()
        self.strip.pattern_clicked.connect(self.load_pattern)
        lv.addWidget(self.strip)
        self.load_label = QLabel()
        self.load_label.setToolTip(tr("p stored patterns in N units; the Hebbian rule stores reliably while "
                                      "p/N < 0.138."))
        self.load_label.setTextFormat(Qt.TextFormat.RichText)
        self.load_label.setWordWrap(True)
        lv.addWidget(self.load_label)
        lay.addWidget(lib)
        self._on_set_changed()
        return left

    @staticmethod
    def _caption(text: str) -> QLabel:
        label = QLabel(text)
        label.setStyleSheet(f"color: {colors.MUTED_CSS}; font-weight: bold;")
        return label

    def _build_right(self) -> QWidget:
        right = QWidget()
        lay = QVBoxLayout(right)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(4)

        self.state_label = QLabel("—")
        f = QFont(self.font())
        f.setPointSizeF(max(f.pointSizeF(), 10) * 1.7)
        f.setBold(True)
        self.state_label.setFont(f)
        self.state_label.setToolTip(tr("What the current state is: a stored pattern, its inverse, a spurious "
                                       "state, a 2-cycle, or still moving."))
        self.state_label.setWordWrap(True)
        self.detail_label = QLabel("")
        self.detail_label.setWordWrap(True)
        self.detail_label.setToolTip(tr("Energy, sweeps done, and the closest stored pattern."))
        lay.addWidget(self.state_label)
        lay.addWidget(self.detail_label)

        self.tabs = QTabWidget()
        self.tabs.setToolTip("")
        self.tabs.addTab(self._build_plots_tab(), tr("Recall plots"))
        self.tabs.setTabToolTip(0, tr("Energy, overlaps and flips while the network updates."))
        self.tabs.addTab(self._build_weights_tab(), tr("Weights"))
        self.tabs.setTabToolTip(1, tr("The weight matrix, and the weights into a chosen neuron."))
        self.tabs.addTab(self._build_capacity_tab(), tr("Capacity"))
        self.tabs.setTabToolTip(2, tr("How recall quality falls as more patterns are stored (p/N)."))
        self.tabs.currentChanged.connect(lambda _i: self._on_tab_changed())
        lay.addWidget(self.tabs, 1)

        settings = QGroupBox(tr("Network"))
        settings.setToolTip(tr("Grid size, learning rule and update order."))
        g = QGridLayout(settings)
        g.setContentsMargins(6, 4, 6, 4)
        g.setHorizontalSpacing(6)
        g.setVerticalSpacing(3)
        self.rows_spin = QSpinBox()
        self.cols_spin = QSpinBox()
        for spin, tip in ((self.rows_spin, tr("Number of rows of the grid (1–{most}); press Apply.",
                                              most=pat.MAX_GRID_SIDE)),
                          (self.cols_spin, tr("Number of columns of the grid (1–{most}); press Apply.",
                                              most=pat.MAX_GRID_SIDE))):
            spin.setRange(1, pat.MAX_GRID_SIDE)
            spin.setToolTip(tip)
        self.rows_spin.setValue(self.library.shape[0])
        self.cols_spin.setValue(self.library.shape[1])
        self.apply_size_button = button(tr("Apply"), tr("Rebuild the network at this size (patterns are redrawn at "
                                                        "the new size)."),
                                        lambda: self.set_grid_size(self.rows_spin.value(), self.cols_spin.value()))
        size_row = QHBoxLayout()
        size_row.addWidget(self.rows_spin)
        size_row.addWidget(QLabel("×"))
        size_row.addWidget(self.cols_spin)
        size_row.addWidget(self.apply_size_button)
        size_row.addStretch(1)
        g.addWidget(_tip(QLabel(tr("Grid")), tr("Rows × columns of neurons.")), 0, 0)
        g.addLayout(size_row, 0, 1)
        self.notes_button = button(tr("Notes' 6-neuron example"), tr("A 1 × 6 network storing the notes' patterns "
                                                                        "[1,-1,1,-1,1,1] and [1,1,1,-1,-1,-1], with a "
                                                                        "cue one flip away."),
                                    self.load_notes_example)
        g.addWidget(self.notes_button, 0, 2)

        self.rule_combo = QComboBox()
        for k, (label, key, tip) in enumerate(RULES):
            self.rule_combo.addItem(engine_text(label), key)
            self.rule_combo.setItemData(k, engine_text(tip), Qt.ItemDataRole.ToolTipRole)
        self.rule_combo.setToolTip(tr("How the weights are learned from the stored patterns."))
        self.rule_combo.currentIndexChanged.connect(lambda _i: self.set_rule(self.rule_combo.currentData()))
        g.addWidget(_tip(QLabel(tr("Rule")), tr("The learning rule.")), 1, 0)
        g.addWidget(self.rule_combo, 1, 1)
        self.update_combo = QComboBox()
        for k, (label, _m, _o, tip) in enumerate(UPDATE_MODES):
            self.update_combo.addItem(engine_text(label), k)
            self.update_combo.setItemData(k, engine_text(tip), Qt.ItemDataRole.ToolTipRole)
        self.update_combo.setToolTip(tr("Which units update, and when."))
        self.update_combo.currentIndexChanged.connect(self.set_update_mode)
        g.addWidget(self.update_combo, 1, 2)

        self.text_edit = QLineEdit()
        self.text_edit.setPlaceholderText("1, -1, 1, -1, 1, 1")
        self.text_edit.setToolTip(tr("Type a state as +1/-1 values (row by row), e.g. the notes' 1, -1, 1, -1, 1, 1."))
        self.text_edit.returnPressed.connect(self.set_state_from_text)
        self.set_text_button = button(tr("Set state"), tr("Make the typed values the current state (the cue)."),
                                       self.set_state_from_text)
        self.store_text_button = button(tr("Store"), tr("Add the typed values to the stored patterns."),
                                         self.store_text_pattern)
        text_row = QHBoxLayout()
        text_row.addWidget(self.text_edit, 1)
        text_row.addWidget(self.set_text_button)
        text_row.addWidget(self.store_text_button)
        values_caption = _tip(QLabel(tr("Values")), tr("Type a pattern of +1/-1."))
        g.addWidget(values_caption, 2, 0)
        g.addLayout(text_row, 2, 1, 1, 2)
        mark_advanced(values_caption, self.text_edit, self.set_text_button, self.store_text_button)
        g.setColumnStretch(1, 1)
        lay.addWidget(settings)

        lay.addWidget(self.message_label)
        return right

    def _build_plots_tab(self) -> QWidget:
        w = QWidget()
        v = QVBoxLayout(w)
        v.setContentsMargins(2, 2, 2, 2)
        v.setSpacing(2)
        # One left-axis width for the three strips, so their x axes (sweeps) line up vertically.
        axis_width = self.fontMetrics().horizontalAdvance("−88888") + 34
        self.energy_plot = PlotStrip(tr("Energy E = −½ xᵀWx − bᵀx"), tr("sweeps"), "E",
                                     [pg.mkPen(colors.BLUE, width=3)],
                                     min_x_span=1.0, min_y_span=1.0, show_x_label=False, mark_last=True,
                                     x_from_zero=True, axis_width=axis_width)
        self.energy_plot.setToolTip(tr("Energy after each sample; under asynchronous updates it never rises."))
        self.overlap_plot = PlotStrip(tr("Overlap with the stored patterns"), tr("sweeps"), "m",
                                      [colors.series_pen(k) for k in range(MAX_OVERLAP_CURVES)], legend=True,
                                      y_range=(-1.0, 1.0), show_x_label=False, axis_width=axis_width)
        self.overlap_plot.setToolTip(tr("m_k = (1/N) y_k · x for up to 10 stored patterns (those with the largest "
                                        "|m|); m = 1 is the pattern itself, −1 its inverse."))
        partial = pg.mkPen(colors.VERMILLION, width=2, style=Qt.PenStyle.DashLine)
        self.flips_plot = PlotStrip(tr("Flips per sweep"), tr("sweeps"), tr("flips"),
                                    [pg.mkPen(colors.VERMILLION, width=2), partial], fill=(True, False), step=True,
                                    min_y_span=4.0, y_from_zero=True, axis_width=axis_width)
        self.flips_plot.setToolTip(tr("How many units flipped in each sweep (N updates), one bar per sweep; 0 means "
                                      "settled.\nThe hatched bar with a dashed outline is a sweep not completed: "
                                      "the one in progress, or the part of a sweep done when the state settled."))
        # The sweep not completed: hatched, so it reads as a bar still filling up.
        self.flips_plot.curves[1].setBrush(QBrush(QColor(colors.VERMILLION), Qt.BrushStyle.BDiagPattern))
        self.overlap_plot.link_x(self.energy_plot)
        self.flips_plot.link_x(self.energy_plot)
        # One shared sweeps axis: its numbers only under the bottom strip (room for the data on a projector).
        self.energy_plot.show_x_ticks(False)
        self.overlap_plot.show_x_ticks(False)
        # Similar plot heights: the overlap strip also holds its legend line, the flips strip the axis.
        v.addWidget(self.energy_plot, 10)
        v.addWidget(self.overlap_plot, 11)
        v.addWidget(self.flips_plot, 13)
        return w

    def _build_weights_tab(self) -> QWidget:
        w = QWidget()
        v = QVBoxLayout(w)
        v.setContentsMargins(2, 2, 2, 2)
        self.weights_widget = pg.GraphicsLayoutWidget()
        self.weights_widget.setBackground(colors.PLOT_BACKGROUND)
        self.weights_widget.setToolTip(tr("Left: W (row i = weights into unit i; click a row to choose it). "
                                          "Right: the weights into the chosen unit, laid out on the grid. "
                                          "Blue is negative, orange positive, white zero."))
        glw = self.weights_widget
        self.w_title = glw.addLabel(tr("Weight matrix W"), row=0, col=0, size="12pt", color=colors.PLOT_FOREGROUND,
                                    bold=True)
        self.in_title = glw.addLabel(tr("Weights into a unit"), row=0, col=1, size="12pt",
                                     color=colors.PLOT_FOREGROUND, bold=True)
        self.w_view = glw.addViewBox(row=1, col=0, lockAspect=True, invertY=True, enableMenu=False, enableMouse=False)
        self.in_view = glw.addViewBox(row=1, col=1, lockAspect=True, invertY=True, enableMenu=False,
                                      enableMouse=False)
        lut = colors.diverging_lut()
        self.w_image = _ClickableImage(self._on_weight_click)
        self.w_image.setLookupTable(lut)
        self.w_view.addItem(self.w_image)
        self.w_row_mark = QGraphicsRectItem()
        pen = QPen(QColor(colors.GREEN))
        pen.setWidthF(3)
        pen.setCosmetic(True)
        self.w_row_mark.setPen(pen)
        self.w_row_mark.setVisible(False)
        self.w_view.addItem(self.w_row_mark)
        self.in_image = _ClickableImage(self._on_incoming_click)
        self.in_image.setLookupTable(lut)
        self.in_view.addItem(self.in_image)
        # Frames: zero weights are white, so without them a sparse W or a flat grid has no visible edge.
        frame_pen = QPen(QColor(colors.MUTED_TEXT))
        frame_pen.setWidthF(1.5)
        frame_pen.setCosmetic(True)
        self.w_frame = QGraphicsRectItem()
        self.in_frame = QGraphicsRectItem()
        for frame, view in ((self.w_frame, self.w_view), (self.in_frame, self.in_view)):
            frame.setPen(frame_pen)
            view.addItem(frame)
        self.in_mark = QGraphicsRectItem()
        self.in_mark.setPen(pen)
        self.in_mark.setVisible(False)
        self.in_view.addItem(self.in_mark)
        self.w_bar = pg.ColorBarItem(values=(-1.0, 1.0), colorMap=colors.diverging_colormap(), interactive=False,
                                     width=16, pen=colors.MUTED_TEXT)
        self.w_bar.axis.setTextPen(pg.mkPen(colors.PLOT_FOREGROUND))
        self.w_bar.axis.setPen(pg.mkPen(colors.PLOT_FOREGROUND))
        tick = QFont()
        tick.setPointSize(10)
        self.w_bar.axis.setTickFont(tick)
        self.w_bar.axis.setWidth(64)
        glw.addItem(self.w_bar, row=1, col=2)
        glw.ci.layout.setColumnStretchFactor(0, 1)
        glw.ci.layout.setColumnStretchFactor(1, 1)
        for label in (self.w_title, self.in_title):
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        v.addWidget(self.weights_widget, 1)
        self.field_label = QLabel(tr("Click a row of W, or a unit of the grid in Inspect mode."))
        ff = QFont(self.font())
        ff.setPointSizeF(max(ff.pointSizeF(), 10) * 1.25)
        ff.setBold(True)
        self.field_label.setFont(ff)
        self.field_label.setWordWrap(True)
        self.field_label.setToolTip(tr("The local field h_i = Σ_j w_ij x_j + b_i of the chosen unit, and its next "
                                       "value."))
        v.addWidget(self.field_label)
        return w

    def _build_capacity_tab(self) -> QWidget:
        w = QWidget()
        v = QVBoxLayout(w)
        v.setContentsMargins(2, 2, 2, 2)
        row = QHBoxLayout()
        self.cap_rule_combo = QComboBox()
        for k, (label, key, tip) in enumerate(RULES):
            self.cap_rule_combo.addItem(engine_text(label), key)
            self.cap_rule_combo.setItemData(k, engine_text(tip), Qt.ItemDataRole.ToolTipRole)
        self.cap_rule_combo.setToolTip(tr("The rule whose capacity is measured (each rule keeps its own curves)."))
        self.cap_noise_spin = QDoubleSpinBox()
        self.cap_noise_spin.setRange(0.0, 45.0)
        self.cap_noise_spin.setDecimals(0)
        self.cap_noise_spin.setSuffix(tr(" % noise"))
        self.cap_noise_spin.setValue(10.0)
        self.cap_noise_spin.setToolTip(tr("Share of units flipped in each probe's starting state."))
        self.cap_run_button = button(tr("Run"), tr("Store random patterns at loads p/N from 0.02 to 0.40 in a network "
                                                          "of the grid's size and measure recall (runs in the "
                                                          "background)."),
                                      self.start_capacity)
        self.cap_cancel_button = button(tr("Cancel"), tr("Stop the running experiment."), self.cancel_capacity)
        self.cap_clear_button = button(tr("Clear"), tr("Remove every curve."), self.clear_capacity)
        for wid in (self.cap_rule_combo, self.cap_noise_spin, self.cap_run_button):
            row.addWidget(wid)
        row.addStretch(1)
        v.addLayout(row)
        row2 = QHBoxLayout()
        self.cap_progress = QProgressBar()
        self.cap_progress.setToolTip(tr("Progress of the capacity experiment."))
        self.capacity = JobControls(self.cap_progress, self.cap_run_button, self.cap_cancel_button)
        row2.addWidget(self.cap_progress, 1)
        row2.addWidget(self.cap_cancel_button)
        row2.addWidget(self.cap_clear_button)
        v.addLayout(row2)
        pens = []
        names = []
        for k, (_label, key, _tip) in enumerate(RULES):
            color = (colors.BLUE, colors.VERMILLION, colors.GREEN)[k]
            pens.append(pg.mkPen(color, width=3))
            pens.append(pg.mkPen(color, width=2, style=Qt.PenStyle.DashLine))
            short = engine_text(RULE_NAMES[key])
            # One legend entry per rule (six entries do not fit a projector's width); line styles are on the axis.
            names += [short, ""]
        self.capacity_plot = PlotStrip(tr("Recall quality against load"), tr("load p/N"),
                                       tr("recall rate ━  /  overlap ┄"), pens,
                                       names=names, legend=True, y_range=(0.0, 1.05))
        self.capacity_plot.setToolTip(tr("Solid: share of probes recalled (final |m| ≥ 0.95). Dashed: mean final "
                                         "overlap. The dashed line marks the Hebbian limit p/N = 0.138."))
        for curve in self.capacity_plot.curves:
            curve.setSymbol("o")
            curve.setSymbolSize(6)
            curve.setSymbolBrush(pg.mkBrush(curve.opts["pen"].color()))
            curve.setSymbolPen(None)
        self.capacity_plot.add_vline(HEBBIAN_LIMIT, "0.138", colors.MUTED_TEXT)
        self.capacity_plot.set_x_range(0.0, 0.42)
        v.addWidget(self.capacity_plot, 1)
        return w

    # ============================================================== engine
    @property
    def shape(self) -> tuple[int, int]:
        """(rows, cols) of the grid."""
        return self.library.shape

    @property
    def n_units(self) -> int:
        return self.library.n_units

    @property
    def edits_pending(self) -> bool:
        """True while an edit (state, patterns, rule, a new network...) is on its way to the engine."""
        return bool(self._pending or self._queued) or self._paint_dirty or self._engine_job is not None

    @property
    def ready(self) -> bool:
        """Whether a network is attached and no new one is being built."""
        return self.runner is not None and self._engine_job is None

    def _build_engine(self, rows: int, cols: int,
                      revert: tuple[pat.PatternLibrary, tuple[int, int], np.ndarray] | None = None) -> None:
        """Build the network for a rows x cols grid in a background thread; :meth:`refresh` installs it.

        Building may compile the engine's kernels (on a cold numba cache) and allocate a
        large weight matrix: neither belongs in the GUI thread. Edits made meanwhile are
        queued and applied to the new network in order.
        """
        n, rule, seed = rows * cols, self.rule_combo.currentData(), self._seed
        self._engine_shape = (rows, cols)
        self._engine_revert = revert
        self._queued = []
        self._engine_job = BackgroundJob(lambda ctx: HopfieldNetwork(n, rule=rule, seed=seed),
                                         name="hopfield-build").start()
        self._build_jobs = [j for j in self._build_jobs if not j.done] + [self._engine_job]
        if self.runner is None:
            self.state_label.setText(tr("Preparing the network…"))

    def _poll_engine(self) -> None:
        job = self._engine_job
        if job is None or not job.done:
            return
        self._engine_job = None
        queued, self._queued = self._queued, []
        if job.error or job.result is None:
            text = engine_text(job.error) if job.error else tr("the network could not be built")
            self._run_when_ready = False
            self.show_error(tr("Could not build the network: {why}", why=text[:1].lower() + text[1:]))
            if self._engine_revert is not None:
                library, shape, state = self._engine_revert
                self.library = library
                self.canvas.set_shape(*shape)
                self.canvas.set_state(state)
                self.rows_spin.setValue(shape[0])
                self.cols_spin.setValue(shape[1])
                self._glow.reset(shape[0] * shape[1])
                self._refresh_library_view()
            return
        rows, cols = self._engine_shape
        self._install_engine(job.result, rows, cols)
        for fn, what in queued:
            self._edit(fn, what)
        if self._run_when_ready:
            # Run was pressed while the network was being built: run it now.
            self._run_when_ready = False
            self.runner.run()
        if self._building_message is not None and self.message_label.text() == self._building_message:
            self.show_info(tr("The network is now {rows} × {cols} = {n} units.", rows=rows, cols=cols, n=rows * cols))

    def _install_engine(self, engine: HopfieldNetwork, rows: int, cols: int) -> None:
        if self.runner is not None:
            self.runner.stop(2.0)
        self._pending.clear()
        self._paint_dirty = False
        if self.canvas.shape != (rows, cols):
            self.canvas.set_shape(rows, cols)
        self._glow.reset(rows * cols)
        self._weights_shown = (-1, -1)
        self._plots_key = None
        self._field_key = None
        self._field_future = None
        self._field_value = None
        self._loop_phase = "idle"
        self.last_snapshot = None
        self.attach_engine(engine)
        if self._rate is not None:
            self.runner.set_rate(self._rate)
        self._sync_worker_loop()
        _label, mode, order, _tip = UPDATE_MODES[self.update_combo.currentIndex()]
        self._edit(lambda eng: (setattr(eng, "mode", mode), setattr(eng, "order", order)), tr("update mode"))
        self.energy_plot.set_min_spans(x=1.0, y=max(1.0, 0.02 * rows * cols))
        for plot in (self.energy_plot, self.flips_plot):
            plot.reset_ranges()
        self.in_image.setImage(np.zeros((rows, cols), np.float32), autoLevels=False, levels=self._w_levels)
        self.in_view.setRange(xRange=(0, cols), yRange=(0, rows), padding=0.02)
        self.in_frame.setRect(QRectF(0, 0, cols, rows))
        self.in_mark.setVisible(False)
        self.w_row_mark.setVisible(False)
        self.field_label.setText(tr("Click a row of W, or a unit of the grid in Inspect mode."))
        self.in_title.setText(tr("Weights into a unit"))

    def _edit(self, fn: Callable[[HopfieldNetwork], Any], what: str) -> Future | None:
        """Apply ``fn(engine)`` in the worker; the canvas keeps its own picture until it is done.

        While a network is being built the edit is queued for it (and None returned).
        """
        if self.runner is None or self._engine_job is not None:
            self._queued.append((fn, what))
            return None
        future = self.runner.call(fn)
        self.track_edit(future, what)
        return future

    def _poll_pending(self) -> None:
        self.poll_edits()
        if self._paint_dirty and not self._pending:
            self._flush_paint()

    def _set_cue(self, state: np.ndarray, message: str | None = None, pause: bool = True) -> None:
        """Show ``state`` at once and make it the engine's state and cue (what Reset returns to)."""
        if pause:
            self._stop_loop()
            if self.runner is not None:
                self.runner.pause()
        self.canvas.set_state(state)
        self._glow.clear()
        x = np.array(state, np.int8, copy=True)
        self._paint_dirty = False
        self._edit(lambda eng: eng.set_state(x), tr("state"))
        if message:
            self.show_info(engine_text(message))

    def _store_library(self) -> None:
        patterns = self.library.patterns
        self._edit(lambda eng: eng.store(patterns), tr("stored patterns"))
        self._refresh_library_view()

    # ============================================================ messages

    # ====================================================== state editing
    def set_tool(self, mode: str) -> None:
        """Choose what the mouse does on the grid: "draw", "occlude" or "inspect"."""
        self.canvas.set_mode(mode)
        button = self.mode_buttons.get(mode)
        if button is not None and not button.isChecked():
            button.setChecked(True)

    def _on_cells_painted(self, indices: np.ndarray, value: int) -> None:
        self._stop_loop()
        self._glow.clear(indices)
        self._paint_dirty = True
        if not self._pending:
            self._flush_paint()

    def _flush_paint(self) -> None:
        """Send the drawing to the engine (coalesced: at most one edit in flight)."""
        if not self._paint_dirty:
            return
        if self._pending:
            return  # sent by _poll_pending when the edit in flight is done
        self._paint_dirty = False
        x = self.canvas.state
        self._edit(lambda eng: eng.set_state(x), tr("state"))

    def _on_rect_occluded(self, r0: int, c0: int, r1: int, c1: int) -> None:
        x = pat.occlude(self.canvas.state, self.shape, r0, c0, r1, c1)
        self._set_cue(x, tr("Occluded rows {r0}–{r1} and columns {c0}–{c1}: this is the cue now.",
                              r0=r0 + 1, r1=r1, c0=c0 + 1, c1=c1))

    def clear_state(self) -> None:
        """Every unit -1 (a blank grid)."""
        self._set_cue(np.full(self.n_units, -1, np.int8), tr("Cleared: every unit is -1."))

    def invert_state(self) -> None:
        """Flip every unit."""
        self._set_cue(pat.invert(self.canvas.state), tr("Inverted every unit."))

    def randomise_state(self) -> None:
        """A random +1/-1 state from the panel's seeded generator."""
        self._set_cue(pat.random_patterns(1, self.n_units, self._rng)[0], tr("A random state is the cue now."))

    def flip_percent(self, percent: float | None = None) -> None:
        """Flip ``percent`` % of the units (the spin box's value by default), chosen by the seeded generator."""
        pct = self.noise_spin.value() if percent is None else float(percent)
        try:
            x = pat.flip_fraction(self.canvas.state, pct / 100.0, self._rng)
        except ValueError as exc:
            self.show_error(engine_text(exc))
            return
        k = int(round(pct / 100.0 * self.n_units))
        self._set_cue(x, tr("Flipped {k} of {n} units ({pct:g} %): press Space to recall.", k=k, n=self.n_units,
                            pct=pct))

    def _parse_typed(self, text: str | None) -> np.ndarray | None:
        """The typed +1/-1 values (the text field's by default), or None after showing why not."""
        text = self.text_edit.text() if text is None else text
        try:
            return pat.parse_pattern_text(text, shape=self.shape)
        except ValueError as exc:
            self.show_error(engine_text(exc))
            return None

    def set_state_from_text(self, text: str | None = None) -> bool:
        """Make the typed +1/-1 values the state; a refused text gives a message and changes nothing."""
        x = self._parse_typed(text)
        if x is None:
            return False
        self._set_cue(x, tr("The typed values are the state (and the cue) now."))
        return True

    def store_text_pattern(self, text: str | None = None) -> bool:
        """Add the typed +1/-1 values to the stored patterns."""
        x = self._parse_typed(text)
        if x is None:
            return False
        k = self.library.add(x, tr("typed {n}", n=len(self.library) + 1))
        self._store_library()
        self.show_info(tr("Stored the typed values as pattern {k}.", k=k + 1))
        return True

    def load_pattern(self, index: int) -> None:
        """Make stored pattern ``index`` the current state."""
        if not 0 <= index < len(self.library):
            return
        self._set_cue(self.library.pattern(index),
                      tr("Loaded pattern {k} ({name}): corrupt it, then press Space.", k=index + 1,
                         name=self.library.name(index)))

    # ============================================================ library
    def workspace_attached(self) -> None:
        self._publish_library()

    def _publish_library(self) -> None:
        # The other panels (the RBM's training data) see the library as it is now.
        self.workspace.publish_patterns(self.library.patterns, self.shape, self.library.names,
                                        tr("Hopfield panel"))

    def _refresh_library_view(self) -> None:
        self.strip.set_patterns(self.library.patterns, self.library.names, self.shape)
        self._publish_library()
        p, n = len(self.library), self.n_units
        load = p / n
        rule = self.rule_combo.currentData()
        capacity = int(HEBBIAN_LIMIT * n)
        text = tr("p = {p} stored · N = {n} units · <b>p/N = {load:.3f}</b>", p=p, n=n, load=load)
        if load > HEBBIAN_LIMIT:
            if rule == "hebbian":
                extra = tr("expect spurious states")
            elif rule == "storkey":
                extra = tr("the Storkey rule may still cope")
            else:
                extra = tr("the Pseudo-inverse rule may still cope")
            text += tr(" &nbsp;<span style='color:{color}; font-weight:bold'>above 0.138, the "
                       "Hebbian limit for random patterns: {extra}</span>", color=colors.WARNING_TEXT, extra=extra)
        else:
            text += tr(" &nbsp;<span style='color:{color}'>(Hebbian limit 0.138 ≈ {capacity} "
                       "random patterns)</span>", color=colors.MUTED_TEXT, capacity=capacity)
        self.load_label.setText(text)

    def _chars_for(self, key: str) -> str:
        return next(chars for _l, k, chars in PATTERN_SETS if k == key)

    def _on_set_changed(self, _index: int = 0) -> None:
        key = self.set_combo.currentData()
        chars = self._chars_for(key)
        self.count_spin.blockSignals(True)
        self.count_spin.setRange(1, len(chars) if chars else MAX_RANDOM_PATTERNS)
        self.count_spin.setValue(min(self.count_spin.value(), self.count_spin.maximum()))
        self.count_spin.blockSignals(False)
        self.pick_edit.setEnabled(bool(chars))
        self.pick_edit.setText(chars[: self.count_spin.value()] if chars else "")

    def _on_count_changed(self, value: int) -> None:
        chars = self._chars_for(self.set_combo.currentData())
        if chars:
            self.pick_edit.setText(chars[:value])

    def load_selected_set(self) -> bool:
        """Load the set chosen in the library box (its picked characters, or the count)."""
        key = self.set_combo.currentData()
        pick = self.pick_edit.text().strip() if self._chars_for(key) else None
        return self.load_builtin_set(key, pick=pick, count=self.count_spin.value())

    def load_builtin_set(self, key: str, pick: str | None = None, count: int | None = None,
                         corrupt: bool = True) -> bool:
        """Replace the library with a built-in set drawn at the grid size, and store it.

        Parameters
        ----------
        key : {"letters", "digits", "handwritten", "random"}
        pick : str, optional
            Which characters (letters and digits sets); default the first ``count``.
        count : int, optional
            How many patterns (default: all of a character set, 10 random ones).
        corrupt : bool
            Make a copy of the first pattern, corrupted by the noise spin box, the cue.
        """
        rows, cols = self.shape
        try:
            if key == "random":
                p = 10 if count is None else int(count)
                if not 1 <= p <= MAX_RANDOM_PATTERNS:
                    raise ValueError(tr("Choose between 1 and {most} random patterns.", most=MAX_RANDOM_PATTERNS))
                pats, names, sources = pat.random_pattern_set(p, rows, cols, self._seed)
            else:
                chars = self._chars_for(key)
                if pick is None:
                    pick = chars[: len(chars) if count is None else int(count)]
                pick = "".join(ch for ch in pick.upper() if not ch.isspace() and ch != ",")
                unknown = sorted({ch for ch in pick if ch not in chars})
                if unknown:
                    raise ValueError(tr("This set has only the characters {first}–{last}; "
                                        "{unknown} are not among them.", first=chars[0], last=chars[-1],
                                        unknown=", ".join(repr(u) for u in unknown)))
                if not pick:
                    raise ValueError(tr("Choose at least one character to store."))
                if len(set(pick)) != len(pick):
                    raise ValueError(tr("Each character can be stored once; remove the repeated ones."))
                if key == "handwritten":
                    src = pat.handwritten_digit_sources()
                    sources = [src[int(ch)] for ch in pick]
                    pats = np.stack([pat.binarize(pat.resize_area(s, rows, cols, "linear")).reshape(-1)
                                     for s in sources])
                    names = [tr("{char} (hand)", char=ch) for ch in pick]
                else:
                    sources = [glyphs.GlyphSource(ch) for ch in pick]
                    pats = np.stack([s(rows, cols).reshape(-1) for s in sources])
                    names = list(pick)
            library = pat.PatternLibrary(rows, cols)
            library.replace(pats, names, sources)
        except ValueError as exc:
            self.show_error(engine_text(exc))
            return False
        self.library = library
        self._store_library()
        label = self.set_combo.itemText(max(0, self.set_combo.findData(key)))
        if corrupt and len(library):
            pct = self.noise_spin.value()
            cue = pat.flip_fraction(library.pattern(0), pct / 100.0, self._rng)
            self._set_cue(cue, tr("Stored {p} patterns ({label}). The cue is {name} with "
                                  "{pct:g} % of its units flipped: press Space to recall.", p=len(library),
                                  label=label, name=library.name(0), pct=pct))
        else:
            self.show_info(tr("Stored {p} patterns ({label}).", p=len(library), label=label))
        return True

    def add_current_drawing(self, name: str | None = None) -> int:
        """Store the current state as a new pattern; returns its index."""
        k = self.library.add(self.canvas.state, name or tr("drawing {n}", n=len(self.library) + 1))
        self._store_library()
        self.show_info(tr("Stored the drawing as pattern {k}.", k=k + 1))
        return k

    def remove_selected(self, indices: list[int] | None = None) -> None:
        """Remove the selected thumbnails (or ``indices``) from the library."""
        idx = self.strip.selected_indices() if indices is None else list(indices)
        if not idx:
            self.show_error(tr("Select the thumbnails to remove first (click, Ctrl+click for several)."))
            return
        try:
            self.library.remove(idx)
        except ValueError as exc:
            self.show_error(engine_text(exc))
            return
        self._store_library()
        if len(idx) == 1:
            self.show_info(tr("Removed {k} pattern; {p} stored.", k=len(idx), p=len(self.library)))
        else:
            self.show_info(tr("Removed {k} patterns; {p} stored.", k=len(idx), p=len(self.library)))

    def clear_library(self) -> None:
        """Forget every stored pattern."""
        self.library.clear()
        self._store_library()
        self.show_info(tr("No patterns are stored now."))

    def _ask_png(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, tr("Import a picture as a pattern"), "",
                                                    tr("Images (*.png *.jpg *.jpeg *.bmp *.gif);;All files (*)"))
        if path:
            self.import_png(path)

    def import_png(self, path: str | Path) -> bool:
        """Add an image file, binarised and resized to the grid, to the library; False (with a message) if unreadable.

        The picture (transparency on white) is turned grey, resampled to the grid by area
        averaging and thresholded with Otsu's method: dark pixels become +1.
        """
        p = Path(path)
        try:
            gray = glyphs.load_png_gray(p)
            pattern = pat.binarize(pat.resize_area(gray, *self.shape, upsample="linear"))
            k = self.library.add(pattern, p.stem, source=gray)
        except ValueError as exc:
            self.show_error(engine_text(exc))
            return False
        self._store_library()
        self.show_info(tr("Imported {file} as pattern {k}.", file=p.name, k=k + 1))
        return True

    # ============================================================ network settings
    def set_grid_size(self, rows: int, cols: int) -> bool:
        """Rebuild the network as a rows x cols grid; patterns and state are redrawn at the new size.

        A size that is out of range or too large for memory gives a message and changes
        nothing. The new network is built in the background and replaces the old one when
        ready (if building fails after all, the old grid comes back).
        """
        old_shape = self.shape
        try:
            rows, cols = pat.check_grid_fits(rows, cols)
            library = self.library.resized(rows, cols)
        except ValueError as exc:
            text = engine_text(exc)
            self.show_error(text[:1].upper() + text[1:])
            self.rows_spin.setValue(old_shape[0])
            self.cols_spin.setValue(old_shape[1])
            return False
        old_state = self.canvas.state
        state = pat.resize_pattern(old_state, old_shape, (rows, cols))
        self._stop_loop()
        if self.runner is not None:
            self.runner.pause()
        revert = (self.library, old_shape, old_state)
        self.library = library
        self.canvas.set_shape(rows, cols)
        self._glow.reset(rows * cols)
        self.rows_spin.setValue(rows)
        self.cols_spin.setValue(cols)
        self._build_engine(rows, cols, revert)
        self._store_library()
        self._set_cue(state, pause=False)
        self._building_message = tr("Building a {rows} × {cols} network…", rows=rows, cols=cols)
        self.show_info(self._building_message)
        return True

    def set_rule(self, rule: str) -> None:
        """Choose the learning rule ("hebbian", "storkey" or "pseudo-inverse"); the weights are re-derived."""
        k = self.rule_combo.findData(rule)
        if k < 0:
            self.show_error(tr("Unknown rule {rule!r}.", rule=rule))
            return
        if self.rule_combo.currentIndex() != k:
            self.rule_combo.blockSignals(True)
            self.rule_combo.setCurrentIndex(k)
            self.rule_combo.blockSignals(False)
        self.cap_rule_combo.setCurrentIndex(k)
        self._edit(lambda eng: setattr(eng, "rule", rule), tr("learning rule"))
        self._refresh_library_view()
        self.show_info(tr("Learning rule: {rule}.", rule=self.rule_combo.currentText()))

    def set_update_mode(self, index: int) -> None:
        """Choose the update scheme by its row in :data:`UPDATE_MODES`."""
        if self.update_combo.currentIndex() != index:
            self.update_combo.blockSignals(True)
            self.update_combo.setCurrentIndex(index)
            self.update_combo.blockSignals(False)
        label, mode, order, _tip = UPDATE_MODES[index]
        self._edit(lambda eng: (setattr(eng, "mode", mode), setattr(eng, "order", order)), tr("update mode"))
        self.show_info(tr("Updates: {mode}.", mode=engine_text(label).lower()))

    # ================================================================ scenes
    def load_default_scene(self) -> None:
        """32 x 32 letters A, M, O, W, Z stored with the Hebbian rule, and a 20 %-corrupted A as the cue."""
        if self.shape != DEFAULT_SHAPE:
            self.set_grid_size(*DEFAULT_SHAPE)
        self.set_combo.setCurrentIndex(self.set_combo.findData("letters"))
        self.count_spin.setValue(len(DEFAULT_PICK))
        self.pick_edit.setText(DEFAULT_PICK)
        self.load_builtin_set("letters", pick=DEFAULT_PICK)

    def load_notes_example(self) -> None:
        """The notes' exercise: a 1 x 6 network storing [1,-1,1,-1,1,1] and [1,1,1,-1,-1,-1]."""
        if self.shape != (1, 6) and not self.set_grid_size(1, 6):
            return
        self.set_rule("hebbian")
        self.update_combo.setCurrentIndex(0)
        self.library = pat.PatternLibrary(1, 6)
        self.library.replace(np.array(NOTES_PATTERNS), ["y1", "y2"])
        self._store_library()
        cue = np.array(NOTES_PATTERNS[0], np.int8)
        cue[-1] = -cue[-1]
        self.text_edit.setText(", ".join(f"{v:d}" for v in cue))
        self._set_cue(cue, tr("The notes' example: y1 = [1,-1,1,-1,1,1] and y2 = [1,1,1,-1,-1,-1] are stored "
                              "(both are stable). The cue is y1 with its last unit flipped: press S to step or Space "
                              "to run."))

    def set_memories(self, patterns: Any, names: list[str], cue: Any, message: str | None = None) -> None:
        """Store ``patterns`` ((p, N) of +1/-1) under ``names`` and make ``cue`` the state and the cue.

        For lessons and scripts; ValueError (nothing changed) if they do not fit the grid.
        """
        library = pat.PatternLibrary(*self.shape)
        library.replace(np.asarray(patterns), [engine_text(name) for name in names])
        x = library.validate(cue)
        self.library = library
        self._store_library()
        self._set_cue(x, message)

    def scene_state(self) -> dict[str, Any]:
        """The grid, controls, pattern library, panel generator and the network's full state (see ModelPanel)."""
        if self._engine_job is not None or self.runner is None:
            raise ValueError(tr("The network is still being built: wait a moment and save again."))
        if self._paint_dirty:
            self._paint_dirty = False
            x = self.canvas.state
            self._edit(lambda eng: eng.set_state(x), tr("state"))
        # Queued after every edit sent so far, so the engine's state includes them.
        engine = self.runner.call(lambda eng: eng.state_dict()).result(timeout=30.0)
        library = self.library
        sources = []
        for k in range(len(library)):
            src = library.source(k)
            if isinstance(src, glyphs.GlyphSource):
                sources.append({"glyph": src.char})
            elif isinstance(src, np.ndarray) and src.dtype.kind in "biuf":
                sources.append({"image": np.array(src)})
            else:
                sources.append(None)
        rows, cols = self.shape
        return {
            "grid": [rows, cols],
            "controls": {
                "rule": self.rule_combo.currentData(),
                "update_mode": self.update_combo.currentIndex(),
                "noise_percent": self.noise_spin.value(),
                "loop_recall": self.loop_check.isChecked(),
                "pattern_set": self.set_combo.currentData(),
                "count": self.count_spin.value(),
                "pick": self.pick_edit.text(),
                "typed_values": self.text_edit.text(),
            },
            "library": {"patterns": library.patterns.copy(), "names": library.names, "sources": sources},
            "panel_seed": int(self._seed),
            "panel_rng": generator_state(self._rng),
            "engine": engine,
        }

    def restore_scene(self, scene: Any) -> None:
        """Restore :meth:`scene_state`'s tree; ValueError with a sentence (the panel unchanged) if it does not fit."""
        try:
            grid = scene["grid"]
            controls = scene["controls"]
            lib = scene["library"]
            if not isinstance(grid, (list, tuple)) or len(grid) != 2:
                raise ValueError(tr("the grid size must be two whole numbers"))
            rows, cols = pat.check_grid_fits(checked_int(grid[0], tr("the number of rows"), 1),
                                             checked_int(grid[1], tr("the number of columns"), 1))
            rule = controls["rule"]
            if self.rule_combo.findData(rule) < 0:
                raise ValueError(tr("the learning rule {rule!r} is unknown", rule=rule))
            mode_index = checked_int(controls["update_mode"], tr("the update mode"), 0, len(UPDATE_MODES) - 1)
            noise = controls["noise_percent"]
            if isinstance(noise, bool) or not isinstance(noise, (int, float)) or not 0 <= noise <= 100:
                raise ValueError(tr("the share of units to flip must be a number from 0 to 100"))
            loop = controls["loop_recall"]
            if not isinstance(loop, bool):
                raise ValueError(tr("loop recall must be on or off (true or false)"))
            set_index = self.set_combo.findData(controls["pattern_set"])
            if set_index < 0:
                raise ValueError(tr("the pattern set {name!r} is unknown", name=controls["pattern_set"]))
            count = checked_int(controls["count"], tr("the number of patterns"), 1)
            texts = [controls["pick"], controls["typed_values"]]
            if not all(isinstance(t, str) and len(t) <= 100_000 for t in texts):
                raise ValueError(tr("the picked characters and typed values must be text"))
            names = lib["names"]
            if not isinstance(names, list) or not all(isinstance(nm, str) for nm in names):
                raise ValueError(tr("the pattern names must be a list of text"))
            sources = [self._scene_source(src) for src in lib["sources"]]
            library = pat.PatternLibrary(rows, cols)
            library.replace(np.asarray(lib["patterns"]), names, sources)
            panel_seed = checked_int(scene["panel_seed"], tr("the panel's seed"))
            panel_rng = generator_from_state(scene["panel_rng"], tr("the panel's generator"))
            engine = HopfieldNetwork(rows * cols, rule=rule, seed=panel_seed)
            engine.load_state_dict(scene["engine"])
        except KeyError as exc:
            raise ValueError(tr("This Hopfield scene is missing {what!r}.", what=exc.args[0])) from None
        except (TypeError, AttributeError, IndexError) as exc:
            raise ValueError(tr("This Hopfield scene is malformed ({why}).", why=exc)) from None
        except ValueError as exc:
            text = engine_text(exc)
            raise ValueError(tr("This Hopfield scene does not fit: {why}", why=text[:1].lower() + text[1:])) from None
        if engine.rule != rule or not np.array_equal(engine.patterns, library.patterns):
            raise ValueError(tr("This Hopfield scene does not fit: its stored patterns or rule disagree with its "
                                "library."))
        # Everything is validated: apply.
        self._stop_loop()
        self._run_when_ready = False
        self._engine_job = None  # a network still being built is dropped (its thread ends by itself)
        self._queued = []
        self._seed, self._rng = panel_seed, panel_rng
        self.library = library
        for widget, apply in (
            (self.rule_combo, lambda: self.rule_combo.setCurrentIndex(self.rule_combo.findData(rule))),
            (self.cap_rule_combo, lambda: self.cap_rule_combo.setCurrentIndex(self.rule_combo.findData(rule))),
            (self.update_combo, lambda: self.update_combo.setCurrentIndex(mode_index)),
            (self.noise_spin, lambda: self.noise_spin.setValue(float(noise))),
            (self.loop_check, lambda: self.loop_check.setChecked(loop)),
            (self.set_combo, lambda: self.set_combo.setCurrentIndex(set_index)),
            (self.rows_spin, lambda: self.rows_spin.setValue(rows)),
            (self.cols_spin, lambda: self.cols_spin.setValue(cols)),
        ):
            blocked = widget.blockSignals(True)
            apply()
            widget.blockSignals(blocked)
        self._on_set_changed()
        blocked = self.count_spin.blockSignals(True)
        self.count_spin.setValue(min(count, self.count_spin.maximum()))
        self.count_spin.blockSignals(blocked)
        self.pick_edit.setText(texts[0])
        self.text_edit.setText(texts[1])
        self._install_engine(engine, rows, cols)
        self.canvas.set_state(engine.state)
        self._announced = None
        self._refresh_library_view()
        self.show_info(tr("Scene opened: {rows} × {cols} units, {p} stored patterns. Press Space to run.", rows=rows,
                          cols=cols, p=len(library)))

    @staticmethod
    def _scene_source(src: Any) -> Any:
        """A library entry's source from a scene: a glyph, a lightness image, or None."""
        if src is None:
            return None
        if isinstance(src, dict) and set(src) == {"glyph"} and isinstance(src["glyph"], str) and len(src["glyph"]) == 1:
            return glyphs.GlyphSource(src["glyph"])
        if isinstance(src, dict) and set(src) == {"image"} and isinstance(src["image"], np.ndarray):
            image = src["image"]
            if image.ndim == 2 and image.size <= 4096 * 4096 and np.isfinite(image).all():
                return np.asarray(image, np.float64)
        raise ValueError(tr("a stored pattern's source is malformed"))

    def bench_scene(self) -> str:
        """The GUI bench: 64 x 64, 0.05 N random patterns (Hebbian), 20 % corruption, loop recall, flat out."""
        self.pause()
        self.set_rule("hebbian")
        self.update_combo.setCurrentIndex(0)
        if self.shape != (64, 64):
            self.set_grid_size(64, 64)
        p = round(0.05 * self.n_units)
        self.noise_spin.setValue(20.0)
        self.load_builtin_set("random", count=p)
        self.loop_check.setChecked(True)
        self.set_rate(None)
        return f"64x64 Hopfield, {p} random patterns (Hebbian), 20% flipped, loop recall"

    def bench_input_point(self) -> tuple[QWidget, QPoint]:
        """Where a left click paints a unit: the canvas viewport and the centre of a middle cell."""
        rows, cols = self.shape
        return self.canvas.viewport(), self.canvas.cell_viewport_pos(rows // 2, cols // 2)

    # =================================================================== run bar
    @property
    def running(self) -> bool:
        """Whether the simulation runs (or will, once the network being built is ready)."""
        return self._run_when_ready or super().running

    def run_pause(self) -> None:
        if self._engine_job is not None:
            # A new network is being built: remember the intent and apply it when it is installed.
            self._run_when_ready = not self._run_when_ready
            self._loop_active = self._run_when_ready
            self._loop_seq = -1
            self._stepping = False
            return
        if self.running:
            self._stop_loop()
        else:
            # Loop recall follows the user's intent to run, never a (possibly stale) snapshot.
            self._loop_active = True
            self._loop_seq = self.last_snapshot.seq if self.last_snapshot is not None else -1
            if self.last_snapshot is None or not self.last_snapshot.settled:
                self.show_info(tr("Recalling: press Space to pause, S to step one update at a time."))
            self._sync_worker_loop()
        self._stepping = False
        super().run_pause()

    def pause(self) -> None:
        self._stop_loop()
        self._run_when_ready = False
        super().pause()

    def step(self) -> None:
        self._stop_loop()
        self._stepping = True
        super().step()

    def reset(self, seed: int | None) -> None:
        """Back to the cue; a seed also reseeds the update order and the corruption generator."""
        if seed is not None:
            self._seed = int(seed)
        self._rng = np.random.default_rng(self._seed)
        self._stop_loop()
        self._glow.reset(self.n_units)
        self._announced = None
        super().reset(seed)
        self.show_info(tr("Back to the cue: press Space to replay the same recall (same seed, same update "
                          "order), or S to step through it."))

    def set_rate(self, updates_per_second: float | None) -> None:
        self._rate = updates_per_second
        super().set_rate(updates_per_second)
        self._sync_worker_loop()

    # ===================================================================== loop recall
    @property
    def loop_recalls(self) -> int:
        """How many times loop recall has corrupted a settled state and recalled again."""
        return self._gui_recalls + self._worker_recalls[0]

    def _sync_worker_loop(self) -> None:
        """Flat out, loop recall runs in the worker; at a set speed the GUI loop holds each result in view.

        Done from the GUI, each round waits a frame or two for the settled snapshot
        and the edit to travel, while the recall itself takes about a millisecond:
        the engine would idle most of the time. The worker's settle hook corrupts
        the settled state (``HopfieldNetwork.corrupt``: drawn from the network's own
        generator, so a reset, a rewind or a saved scene replays the same rounds) and
        goes on at once.
        """
        if self.runner is None:
            return
        if not (self.loop_check.isChecked() and self._rate is None):
            self.runner.set_when_settled(None)
            return
        fraction = self.noise_spin.value() / 100.0
        counter = self._worker_recalls

        def corrupt_and_go_on(eng: HopfieldNetwork) -> bool:
            eng.corrupt(fraction)
            counter[0] += 1
            return True

        self.runner.set_when_settled(corrupt_and_go_on)

    def _on_loop_toggled(self, on: bool) -> None:
        self._sync_worker_loop()
        if not on:
            self._stop_loop()
        elif self.running:
            self._loop_active = True

    def _stop_loop(self) -> None:
        self._loop_active = False
        self._loop_phase = "idle"

    def _tick_loop(self) -> None:
        snap = self.last_snapshot
        if not self.loop_check.isChecked() or snap is None:
            return
        if snap.running or not self._loop_active or self._pending:
            return
        now = time.monotonic()
        hold = self._rate is not None
        if self._loop_phase == "idle":
            if snap.settled and snap.seq > self._loop_seq:
                self._loop_phase = "hold-settled"
                self._loop_deadline = now + (LOOP_HOLD_SETTLED if hold else 0.0)
        if self._loop_phase == "hold-settled" and now >= self._loop_deadline:
            x = pat.flip_fraction(self.canvas.state, self.noise_spin.value() / 100.0, self._rng)
            self.canvas.set_state(x)
            self._glow.clear()
            self._edit(lambda eng: eng.set_state(x), tr("state"))
            self._gui_recalls += 1
            self._loop_phase = "hold-cue"
            self._loop_deadline = now + (LOOP_HOLD_CUE if hold else 0.0)
        if self._loop_phase == "hold-cue" and now >= self._loop_deadline:
            self.runner.run()
            self._loop_seq = snap.seq
            self._loop_phase = "idle"

    # ===================================================================== display
    def refresh(self) -> bool:
        self._poll_engine()
        self._poll_pending()
        drew = super().refresh()
        now = time.monotonic()
        snap = self.last_snapshot
        if not drew and snap is not None and snap.data and self._glow.glowing(now):
            # Paused or between frames: keep fading the glow of the last flips.
            self._render_state(snap, snap.data, now, count_flips=False)
            drew = True
        if (not drew and snap is not None and snap.data and self._field_future is not None
                and self._field_future.done() and self.tabs.currentIndex() == 1):
            # The field's answer came after the snapshot that carried it was drawn (the worker
            # publishes, then completes the call): show it now rather than at the next snapshot.
            self._render_selected_field(snap.data)
            drew = True
        self._tick_loop()
        self._poll_capacity()
        return drew

    def render(self, snap: Snapshot) -> None:
        d = snap.data
        if snap.error and snap.error != self._shown_error:
            self.show_error(snap.error[:1].upper() + snap.error[1:])
        self._shown_error = snap.error
        if not d or d.get("n_units") != self.n_units:
            return
        now = time.monotonic()
        self._render_state(snap, d, now)
        self._render_label(snap, d)
        tab = self.tabs.currentIndex()
        if tab == 0:
            self._render_plots(d)
        elif tab == 1:
            self._render_weights(d)
            self._render_selected_field(d)

    def _render_state(self, snap: Snapshot, d: Any, now: float, count_flips: bool = True) -> None:
        if count_flips:
            self._glow.count(d["flip_counts"], now)
        if self._pending or self._paint_dirty:
            return  # the canvas shows an edit the engine has not applied yet
        self.canvas.set_state(d["state"], self._glow.levels(now))
        unit = int(d["last_unit"])
        slow = self._rate is not None and self._rate <= SLOW_RATE
        if d["mode"] == "async" and unit >= 0 and (slow or self._stepping):
            value = int(d["state"][unit])
            if d["last_flipped"]:
                self.canvas.set_highlight(unit, tr("h = {h:+.2f} → {x:+d} flip", h=d["last_field"], x=value))
            else:
                self.canvas.set_highlight(unit, f"h = {d['last_field']:+.2f} → {value:+d}")
        else:
            self.canvas.set_highlight(None)

    def _name_of(self, d: Any, k: int) -> str:
        names = self.library.names
        return names[k] if len(names) == d["p"] and 0 <= k < len(names) else tr("pattern {k}", k=k + 1)

    def _render_label(self, snap: Snapshot, d: Any) -> None:
        kind, index, _text = d["recognition"]
        if kind == "pattern":
            text, color = tr("Stored pattern {k} ({name})", k=index + 1, name=self._name_of(d, index)), colors.GREEN
        elif kind == "inverse":
            text, color = tr("Inverse of pattern {k} ({name})", k=index + 1, name=self._name_of(d, index)), colors.BLUE
        elif kind == "spurious":
            text = tr("Spurious state") if d["p"] else tr("Fixed point (nothing stored)")
            color = colors.VERMILLION
        elif kind == "cycle":
            text, color = tr("2-cycle"), colors.PURPLE
        elif snap.running:
            text, color = tr("Updating…"), colors.TEXT_CSS
        else:
            text, color = tr("Not settled: press Space to recall"), colors.MUTED_CSS
        if self.state_label.text() != text:
            self.state_label.setText(text)
            self.state_label.setStyleSheet(f"color: {color};")
        self._announce_settled(d, kind, index)
        detail = tr("E = {energy:+.2f}   ·   {sweeps:.2f} sweeps", energy=d["energy"], sweeps=d["sweeps"])
        ov = d["overlaps"]
        if len(ov):
            k = int(np.argmax(np.abs(ov)))
            detail += tr("   ·   closest: {name} (m = {m:+.2f})", name=self._name_of(d, k), m=ov[k])
        self.detail_label.setText(detail)

    def _announce_settled(self, d: Any, kind: str, index: int) -> None:
        """Replace the message with what the recall reached, once per run that settles."""
        if kind not in ("pattern", "inverse", "spurious", "cycle") or d["updates"] <= 0:
            return
        if self._pending or self._paint_dirty:
            return
        key = (kind, int(index), int(d["updates"]))
        if key == self._announced:
            return
        self._announced = key
        if abs(d["sweeps"] - 1) < 0.05:
            sweeps = tr("{sweeps:.1f} sweep", sweeps=d["sweeps"])
        else:
            sweeps = tr("{sweeps:.1f} sweeps", sweeps=d["sweeps"])
        then = tr("press R to replay, or Flip to corrupt again.")
        if self.loop_check.isChecked():
            then = tr("loop recall corrupts it again.")
        if kind == "pattern":
            text = tr("Recalled stored pattern {k} ({name}) in {sweeps}; {then}", k=index + 1,
                      name=self._name_of(d, index), sweeps=sweeps, then=then)
        elif kind == "inverse":
            text = tr("Reached the inverse of pattern {k} ({name}) in {sweeps}: inverses "
                      "of stored patterns are stable too; {then}", k=index + 1, name=self._name_of(d, index),
                      sweeps=sweeps, then=then)
        elif kind == "cycle":
            text = tr("Synchronous updates fell into a 2-cycle after {sweeps}; {then}", sweeps=sweeps, then=then)
        elif d["p"] == 0:
            text = tr("Reached a fixed point in {sweeps} (no patterns are stored); {then}", sweeps=sweeps, then=then)
        else:
            ov = d["overlaps"]
            k = int(np.argmax(np.abs(ov)))
            text = tr("Settled in {sweeps} in a spurious state, a mixture that is no stored pattern (closest: "
                      "{name}, m = {m:+.2f}); {then}", sweeps=sweeps, name=self._name_of(d, k), m=ov[k], then=then)
        self.show_info(text)

    def _render_plots(self, d: Any) -> None:
        key = (d["trace_count"], d["updates"], d["patterns_version"], d["weights_version"], self.library.version)
        if key == self._plots_key:
            return  # nothing new (e.g. a snapshot published after an edit that left the trace alone)
        self._plots_key = key
        xs = d["trace_sweeps"]
        energy = d["trace_energy"]
        trace = d["trace_overlaps"]
        ov = d["overlaps"]
        if len(xs) and d["sweeps"] > xs[-1]:
            # The trace is sampled every N/16 updates; add the present so slow runs move at once.
            xs = np.append(xs, d["sweeps"])
            energy = np.append(energy, d["energy"])
            trace = np.vstack([trace, np.asarray(ov)[None, :]])
        self.energy_plot.set_series(0, xs, energy)
        p = len(ov)
        if p <= MAX_OVERLAP_CURVES:
            slots = list(range(p))
        else:
            slots = sorted(np.argsort(-np.abs(ov), kind="stable")[:MAX_OVERLAP_CURVES].tolist())
        for j in range(MAX_OVERLAP_CURVES):
            if j < len(slots):
                k = slots[j]
                if j >= len(self._overlap_slots) or self._overlap_slots[j] != k:
                    self.overlap_plot.curves[j].setPen(colors.series_pen(k))
                self.overlap_plot.set_series(j, xs, trace[:, k], name=self._name_of(d, k))
            else:
                self.overlap_plot.set_series(j, None, None)
        if slots != self._overlap_slots:
            self._overlap_slots = slots
            self.overlap_plot.refresh_legend()
        # Bars: sweep k (1-based) spans k-1..k on the shared sweeps axis.
        flips = d["sweep_flips"]
        done = int(d["sweeps"] + 1e-9)
        m = len(flips)
        if m:
            self.flips_plot.set_series(0, np.arange(done - m, done + 1, dtype=np.float64), flips)
        else:
            self.flips_plot.set_series(0, None, None)
        if d["sweeps"] > done + 1e-9:
            # A sweep in progress (or cut short because the state settled): its flips so far, hollow.
            self.flips_plot.set_series(1, np.array([done, d["sweeps"]], np.float64),
                                       np.array([d["sweep_flips_current"]], np.float64))
        else:
            self.flips_plot.set_series(1, None, None)

    def _render_weights(self, d: Any) -> None:
        key = (d["weights_version"], d["n_units"])
        if key == self._weights_shown:
            return
        self._weights_shown = key
        w = d["weights"]
        n = w.shape[0]
        stride = max(1, math.ceil(n / WEIGHT_VIEW_SIDE))
        shown = np.ascontiguousarray(w[::stride, ::stride], dtype=np.float32)
        scale = float(d["weight_scale"])
        lo, hi = colors.symmetric_levels(shown)
        self._w_stride = stride
        self._w_levels = (lo, hi)
        self.w_image.setImage(shown, autoLevels=False, levels=(lo, hi))
        self.w_image.setRect(QRectF(0, 0, n, n))
        self.w_view.setRange(xRange=(0, n), yRange=(0, n), padding=0.02)
        self.w_frame.setRect(QRectF(0, 0, n, n))
        self.w_bar.setLevels((lo * scale, hi * scale))
        if stride > 1:
            self.w_title.setText(tr("W: {n} × {n} (every {stride}th shown)", n=n, stride=stride))
        else:
            self.w_title.setText(f"W: {n} × {n}")
        self._show_incoming(d)

    def _show_incoming(self, d: Any) -> None:
        i = self.canvas.selected
        if i < 0 or i >= d["n_units"] or self.tabs.currentIndex() != 1:
            return
        rows, cols = self.shape
        row = np.asarray(d["weights"][i], dtype=np.float32).reshape(rows, cols)
        self.in_image.setImage(row, autoLevels=False, levels=self._w_levels)
        r, c = divmod(i, cols)
        self.in_mark.setRect(QRectF(c, r, 1, 1))
        self.in_mark.setVisible(True)
        n = d["n_units"]
        self.w_row_mark.setRect(QRectF(0, i, n, 1))
        self.w_row_mark.setVisible(True)
        self.in_title.setText(tr("Weights into unit {i}", i=i + 1))

    def select_unit(self, index: int) -> None:
        """Choose the unit whose incoming weights and local field are shown (inspect mode, or a row of W)."""
        if not 0 <= index < self.n_units:
            return
        self.canvas.set_selected(index)
        self._field_key = None
        self._field_value = None
        r, c = divmod(index, self.shape[1])
        self.field_label.setText(tr("Unit {i} (row {r}, column {c}): computing its field…", i=index + 1, r=r + 1,
                                    c=c + 1))
        if self.tabs.currentIndex() != 1:
            self.tabs.setCurrentIndex(1)
        self._on_tab_changed()

    def _on_weight_click(self, y: float, _x: float) -> None:
        self.select_unit(int(math.floor(y)) * self._w_stride)

    def _on_incoming_click(self, y: float, x: float) -> None:
        rows, cols = self.shape
        r, c = int(math.floor(y)), int(math.floor(x))
        if 0 <= r < rows and 0 <= c < cols:
            self.select_unit(r * cols + c)

    def _render_selected_field(self, d: Any) -> None:
        i = self.canvas.selected
        if i < 0 or self.runner is None:
            return
        fut = self._field_future
        if fut is not None and fut.done():
            self._field_future = None
            # Drop a field computed for a unit that is no longer the selected one.
            if fut.exception() is None and self._field_key is not None and self._field_key[0] == i:
                self._field_value = fut.result()
        state = d["state"]
        key = (i, d["updates"], d["weights_version"], hash(state.tobytes()))
        if key != self._field_key and self._field_future is None:
            self._field_key = key
            self._field_future = self.runner.call(lambda eng, i=i: float(eng.local_fields()[i]))
        if self._field_value is not None:
            h = self._field_value
            x = int(state[i])
            nxt = 1 if h > 0 else (-1 if h < 0 else x)
            r, c = divmod(i, self.shape[1])
            verdict = tr("stays {x:+d}", x=x) if nxt == x else tr("flips to {x:+d} when updated", x=nxt)
            self.field_label.setText(tr("Unit {i} (row {r}, column {c}): local field h = {h:+.3f}; "
                                        "state {x:+d} {verdict}", i=i + 1, r=r + 1, c=c + 1, h=h, x=x, verdict=verdict))
            self._show_incoming(d)

    def _on_tab_changed(self) -> None:
        snap = self.last_snapshot
        if snap is not None and snap.data and snap.data.get("n_units") == self.n_units:
            if self.tabs.currentIndex() == 0:
                self._render_plots(snap.data)
            elif self.tabs.currentIndex() == 1:
                self._render_weights(snap.data)
                self._show_incoming(snap.data)
                self._render_selected_field(snap.data)

    # ================================================================ capacity
    def start_capacity(self) -> bool:
        """Run the capacity experiment for the chosen rule in the background; False if one is running."""
        if self.capacity.busy:
            self.show_error(tr("A capacity experiment is running already: wait, or cancel it."))
            return False
        rule = self.cap_rule_combo.currentData()
        noise = self.cap_noise_spin.value() / 100.0
        n = self.n_units
        seed = self._seed
        self.capacity.start(BackgroundJob(
            lambda ctx: capacity_curve(n, rule, noise=noise, seed=seed, progress=ctx.progress),
            name="hopfield-capacity",
        ).start(), tr("{rule}: starting…", rule=self.cap_rule_combo.currentText()))
        self.show_info(tr("Capacity experiment started: {n} units, {rule}, {noise:g} % noise.", n=n,
                          rule=self.cap_rule_combo.currentText(), noise=noise * 100))
        return True

    def cancel_capacity(self) -> None:
        """Ask the running capacity experiment to stop."""
        self.capacity.cancel()

    @property
    def capacity_job(self) -> BackgroundJob | None:
        """The capacity experiment in progress (until the display loop has shown its end)."""
        return self.capacity.job

    def clear_capacity(self) -> None:
        """Remove every capacity curve."""
        self.capacity_plot.clear_series()

    def _poll_capacity(self) -> None:
        job = self.capacity.poll()
        if job is None:
            return
        if job.cancelled:
            self.show_info(tr("Capacity experiment cancelled."))
            return
        if job.error:
            self.show_error(tr("The capacity experiment failed: {why}", why=engine_text(job.error)))
            return
        result = job.result
        k = [key for _l, key, _t in RULES].index(result.rule)
        self.capacity_plot.set_series(2 * k, result.loads, result.recall_rate)
        self.capacity_plot.set_series(2 * k + 1, result.loads, result.mean_overlap)
        self.show_info(tr("Capacity measured: {rule}, N = {n}, {noise:g} % noise.", rule=RULES[k][0],
                          n=result.n_units, noise=result.noise * 100))

    # ================================================================ lifecycle
    def deactivate(self) -> None:
        self._stop_loop()
        super().deactivate()

    def shutdown(self, timeout: float = 0.5) -> bool:
        """Stop the runner and cancel the capacity experiment; True if every thread ended in time."""
        ok = True
        job = self.capacity.job
        if job is not None:
            job.cancel()
        ok = super().shutdown(timeout) and ok
        if job is not None:
            ok = job.join(timeout) and ok
        for build in self._build_jobs:
            ok = build.join(timeout) and ok
        return ok

    # ----------------------------------------------------------------- explain
    def explain_html(self, snap: Snapshot | None) -> str:
        """The notes' equations with the last update's local field and the energy filled in."""
        return hopfield_explain.explain(snap.data if snap is not None else None, self.shape)
