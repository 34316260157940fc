"""A temperature-schedule editor: the kind, its parameters, and the T(t) plot whose points can be dragged."""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from simulator.gui.i18n import engine_text, tr
from simulator.gui.widgets import colors
from simulator.gui.widgets.plots import PlotStrip, nice_up
from simulator.models.boltzmann import schedules as sch

def _kinds() -> tuple:
    # Marked for translation at import (core.text.tr: no translator yet), shown through engine_text.
    from simulator.core.text import tr

    return (
        (tr("Constant"), "constant",
         tr("T stays the same: the network samples its equilibrium distribution at that T.")),
        (tr("Linear"), "linear",
         tr("T falls in a straight line from T₀ to T₁ over the given number of sweeps.")),
        (tr("Geometric"), "geometric",
         tr("T is multiplied by α after every sweep (T₀ α^t), never below T_min: the usual "
            "practical annealing schedule.")),
        (tr("Logarithmic"), "logarithmic",
         tr("T = c / ln(2 + t) with c = T₀ ln 2: the slow cooling of the convergence "
            "theorem (Geman & Geman, 1984); it needs very many sweeps.")),
        (tr("Quench (T → 0)"), "quench",
         tr("T = 0: every unit takes the value that lowers the energy (the deterministic "
            "Hopfield rule) until nothing changes: the network stops in the nearest minimum.")),
        (tr("Custom"), "custom",
         tr("A piecewise-linear curve: drag its points on the plot, double-click to add one, "
            "right-click a point to remove it.")),
    )


#: (label, key, tooltip) of the schedule kinds, in the combo's order.
KINDS = _kinds()
#: Points are picked within this many pixels of the cursor.
PICK_PIXELS = 14
#: The lowest temperature a dragged point may take (T must stay positive).
MIN_DRAG_T = 0.01
#: x span shown for a schedule that never ends (constant), before the run goes past it.
OPEN_SPAN = 50.0


def schedule_kind(schedule: Any) -> str:
    """The editor's key ("constant", ..., "custom") of a schedule object."""
    for cls, key in ((sch.Constant, "constant"), (sch.Linear, "linear"), (sch.Geometric, "geometric"),
                     (sch.Logarithmic, "logarithmic"), (sch.Quench, "quench"), (sch.Piecewise, "custom")):
        if isinstance(schedule, cls):
            return key
    raise ValueError(f"The editor does not know schedules of type {type(schedule).__name__}.")


class ScheduleEditor(QWidget):
    """Choose and edit a temperature schedule; show where the run is on its T(t) curve.

    The editor builds schedule objects of :mod:`simulator.models.boltzmann.schedules`
    (which validate themselves) and emits every accepted edit; a refused value gives a
    message (``rejected``) and leaves the previous schedule in place.

    Mouse on the plot in "Custom" mode: drag a point to move it, double-click an empty
    spot to add one, right-click a point to remove it. The first point stays at t = 0.

    Signals
    -------
    schedule_changed(object)
        The user made a new schedule (emitted once per finished edit, e.g. on release of a drag).
    rejected(str)
        A sentence explaining why an edit was refused.
    """

    schedule_changed = Signal(object)
    rejected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._schedule: Any = sch.Constant(1.0)
        self._drag: int | None = None
        self._drag_moved = False
        self._y_top = 1.0
        self._x_right = OPEN_SPAN
        self._progress = (0.0, float("nan"))
        self._updating = False

        self.kind_combo = QComboBox()
        for k, (label, key, tip) in enumerate(KINDS):
            self.kind_combo.addItem(engine_text(label), key)
            self.kind_combo.setItemData(k, engine_text(tip), Qt.ItemDataRole.ToolTipRole)
        self.kind_combo.setToolTip(tr("The kind of temperature schedule T(t), t counted in sweeps (N unit updates)."))
        self.kind_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kind_combo.setMinimumContentsLength(9)
        self.kind_combo.currentIndexChanged.connect(self._on_kind)

        def dspin(lo: float, hi: float, decimals: int, step: float, tip: str) -> QDoubleSpinBox:
            s = QDoubleSpinBox()
            s.setRange(lo, hi)
            s.setDecimals(decimals)
            s.setSingleStep(step)
            s.setToolTip(tip)
            s.setKeyboardTracking(False)
            s.valueChanged.connect(self._on_param)
            return s

        self.t0_spin = dspin(0.01, 1000.0, 2, 0.1, tr("T₀: the starting temperature (the constant T for a constant "
                                                         "schedule). Higher T: more random flips."))
        self.t1_spin = dspin(0.01, 1000.0, 2, 0.1, tr("T₁: the final temperature of the linear schedule."))
        self.alpha_spin = dspin(0.5, 0.9999, 4, 0.005, tr("α: the factor T is multiplied by after each sweep "
                                                            "(closer to 1 cools more slowly)."))
        self.tmin_spin = dspin(0.001, 100.0, 3, 0.01, tr("T_min: the geometric schedule never goes below this."))
        self.sweeps_spin = QSpinBox()
        self.sweeps_spin.setRange(1, 1_000_000)
        self.sweeps_spin.setSingleStep(10)
        self.sweeps_spin.setKeyboardTracking(False)
        self.sweeps_spin.setToolTip(tr("How many sweeps (N unit updates each) the schedule lasts; after that T "
                                       "stays at its last value."))
        self.sweeps_spin.valueChanged.connect(self._on_param)
        self.reset_points_button = QPushButton(tr("Reset points"))
        self.reset_points_button.setToolTip(tr("Start the custom curve again from the schedule chosen before "
                                               "(five points on its curve)."))
        self.reset_points_button.clicked.connect(lambda _c=False: self._restart_custom())
        self._labels: dict[str, QLabel] = {}
        row = QHBoxLayout()
        row.setSpacing(4)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.kind_combo)
        for key, text, widget in (("t0", "T₀", self.t0_spin), ("t1", "T₁", self.t1_spin),
                                  ("alpha", "α", self.alpha_spin), ("tmin", "T_min", self.tmin_spin),
                                  ("sweeps", tr("sweeps"), self.sweeps_spin)):
            label = QLabel(text)
            label.setToolTip(widget.toolTip())
            label.setBuddy(widget)
            self._labels[key] = label
            row.addWidget(label)
            row.addWidget(widget)
        row.addWidget(self.reset_points_button)
        row.addStretch(1)
        self._fields = {"t0": self.t0_spin, "t1": self.t1_spin, "alpha": self.alpha_spin, "tmin": self.tmin_spin,
                        "sweeps": self.sweeps_spin}

        self.plot = PlotStrip(tr("Temperature schedule T(t)"), tr("sweeps t"), "T", [colors.BLUE], y_range=(0.0, 1.0),
                              x_from_zero=True)
        self.plot.setToolTip(tr("The schedule T(t) (blue) and where the run is now (red dot). In Custom mode: drag a "
                                "point, double-click to add one, right-click a point to remove it."))
        self.plot.plot_widget.setMinimumHeight(110)
        pi = self.plot.plot_item
        self.curve = pg.PlotDataItem(pen=pg.mkPen(colors.BLUE, width=3))
        pi.addItem(self.curve)
        self.handles = pg.ScatterPlotItem(size=15, brush=pg.mkBrush(colors.ORANGE), pen=pg.mkPen(colors.BLACK, width=2))
        self.handles.setZValue(8)
        pi.addItem(self.handles)
        self.now_line = pg.InfiniteLine(angle=90, movable=False,
                                        pen=pg.mkPen(colors.VERMILLION, width=1.5, style=Qt.PenStyle.DashLine))
        self.now_line.setVisible(False)
        pi.addItem(self.now_line, ignoreBounds=True)
        self.now_dot = pg.ScatterPlotItem(size=14, brush=pg.mkBrush(colors.VERMILLION), pen=pg.mkPen("w", width=2))
        self.now_dot.setZValue(10)
        pi.addItem(self.now_dot)
        self.plot.plot_widget.viewport().installEventFilter(self)
        self.plot.plot_widget.viewport().setMouseTracking(False)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(3)
        lay.addLayout(row)
        lay.addWidget(self.plot, 1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.set_schedule(self._schedule)

    # ------------------------------------------------------------------ schedule
    @property
    def kind(self) -> str:
        return self.kind_combo.currentData()

    def schedule(self) -> Any:
        """The schedule shown (the engine's object; treat as read-only)."""
        return self._schedule

    def set_schedule(self, schedule: Any) -> None:
        """Show ``schedule`` (its kind and parameters) without emitting :attr:`schedule_changed`."""
        kind = schedule_kind(schedule)
        self._updating = True
        try:
            self._schedule = schedule.copy()  # the editor mutates its own (dragged points), never the caller's
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind))
            p = _params_of(schedule)
            for key, spin in self._fields.items():
                if key in p:
                    spin.setValue(p[key])
            self._show_fields(kind)
        finally:
            self._updating = False
        self._draw(rescale=True)

    def _show_fields(self, kind: str) -> None:
        used = {"constant": ("t0",), "linear": ("t0", "t1", "sweeps"), "geometric": ("t0", "alpha", "tmin"),
                "logarithmic": ("t0", "sweeps"), "quench": (), "custom": ()}[kind]
        for key, spin in self._fields.items():
            spin.setVisible(key in used)
            self._labels[key].setVisible(key in used)
        self._labels["t0"].setText("T" if kind == "constant" else "T₀")
        self.reset_points_button.setVisible(kind == "custom")

    def _on_kind(self, _index: int) -> None:
        if self._updating:
            return
        kind = self.kind
        self._show_fields(kind)
        if kind == "custom":
            self._restart_custom()
            return
        self._apply(self._build(kind))

    def _on_param(self, *_args) -> None:
        if self._updating or self.kind == "custom":
            return
        self._apply(self._build(self.kind))

    def _build(self, kind: str) -> Any | None:
        t0, t1 = self.t0_spin.value(), self.t1_spin.value()
        sweeps = self.sweeps_spin.value()
        try:
            if kind == "constant":
                return sch.Constant(t0)
            if kind == "linear":
                return sch.Linear(t0, t1, sweeps)
            if kind == "geometric":
                # The duration follows from T0, alpha and T_min (the sweep where T reaches T_min).
                return sch.Geometric(t0, self.alpha_spin.value(), self.tmin_spin.value())
            if kind == "quench":
                return sch.Quench()
            return sch.Logarithmic.from_start(t0, sweeps)
        except ValueError as exc:
            self.rejected.emit(engine_text(exc))
            return None

    def _apply(self, schedule: Any | None) -> None:
        if schedule is None:
            self.set_schedule(self._schedule)  # show the parameters still in force
            return
        self._schedule = schedule
        self._draw(rescale=True)
        self.schedule_changed.emit(schedule.copy())

    def _restart_custom(self) -> None:
        """A custom curve through five points of the last non-custom schedule (or of the one shown)."""
        base = self._schedule if not isinstance(self._schedule, sch.Piecewise) else self._build(self._last_kind())
        if base is None:
            base = sch.Constant(self.t0_spin.value())
        span = _span_of(base, self._progress[0])
        xs = np.linspace(0.0, span, 5)
        pts = [(float(x), float(max(base.temperature(float(x)), MIN_DRAG_T))) for x in xs]
        try:
            custom = sch.Piecewise(pts)
        except ValueError as exc:
            self.rejected.emit(engine_text(exc))
            return
        self._apply(custom)

    def _last_kind(self) -> str:
        # The parameter spins still hold the last parametric schedule; linear is as good a start as any.
        return "linear"

    # ------------------------------------------------------------------ live point
    def set_progress(self, sweep: float, temperature: float) -> None:
        """Move the "now" marker to (sweep, T); the x axis grows for a schedule with no end."""
        sweep, temperature = float(sweep), float(temperature)
        self._progress = (sweep, temperature)
        if not (math.isfinite(sweep) and math.isfinite(temperature)):
            self.now_dot.setData([], [])
            self.now_line.setVisible(False)
            return
        if self._drag is None and (sweep > self._x_right or temperature > self._y_top):
            self._draw(rescale=True)
        self.now_dot.setData([sweep], [temperature])
        self.now_line.setPos(sweep)
        self.now_line.setVisible(True)

    def set_editable(self, editable: bool, why: str = "") -> None:
        """Enable or disable every control (e.g. a scene that anneals with its own schedule)."""
        for w in (self.kind_combo, self.reset_points_button, *self._fields.values()):
            w.setEnabled(editable)
        self._drag = None
        self.plot.setEnabled(editable)
        self.setToolTip("" if editable else why)

    # ------------------------------------------------------------------ drawing
    def _draw(self, rescale: bool = False) -> None:
        s = self._schedule
        span = _span_of(s, self._progress[0])
        pts = np.asarray(s.points(200), dtype=np.float64)
        xs, ys = pts[:, 0], pts[:, 1]
        if not math.isfinite(s.duration) or xs[-1] < span:
            # Draw on to the right edge: after its end a schedule keeps its last temperature.
            xs = np.append(xs, span * 1.1)
            ys = np.append(ys, s.temperature(span * 1.1))
        self.curve.setData(xs, ys)
        if isinstance(s, sch.Piecewise):
            p = np.asarray(_piece_points(s), dtype=np.float64)
            self.handles.setData(p[:, 0], p[:, 1])
        else:
            self.handles.setData([], [])
        if rescale:
            top = max(float(np.nanmax(ys)), self._progress[1] if math.isfinite(self._progress[1]) else 0.0)
            self._y_top = nice_up(top * 1.15)
            self._x_right = span * 1.08
            self.plot.plot_item.setYRange(0.0, self._y_top, padding=0.0)
            self.plot.plot_item.setXRange(0.0, self._x_right, padding=0.0)

    # ------------------------------------------------------------------ mouse on the plot
    def points(self) -> np.ndarray:
        """(k, 2) the custom curve's points (sweep, T); empty for other kinds."""
        if isinstance(self._schedule, sch.Piecewise):
            return np.asarray(_piece_points(self._schedule), dtype=np.float64)
        return np.zeros((0, 2))

    def point_viewport_pos(self, i: int) -> QPoint:
        """Where custom point ``i`` is drawn, in the plot viewport's coordinates (for tests)."""
        x, y = self.points()[i]
        return self._to_viewport(float(x), float(y))

    def view_viewport_pos(self, sweep: float, temperature: float) -> QPoint:
        """Where (sweep, T) is in the plot viewport's coordinates."""
        return self._to_viewport(sweep, temperature)

    def _to_viewport(self, x: float, y: float) -> QPoint:
        vb = self.plot.plot_item.vb
        scene = vb.mapViewToScene(QPointF(x, y))
        return self.plot.plot_widget.mapFromScene(scene)

    def _to_view(self, pos: QPointF) -> tuple[float, float]:
        vb = self.plot.plot_item.vb
        p = vb.mapSceneToView(self.plot.plot_widget.mapToScene(pos.toPoint()))
        return float(p.x()), float(p.y())

    def _pick(self, pos: QPointF) -> int | None:
        pts = self.points()
        if not len(pts):
            return None
        best, best_d = None, float(PICK_PIXELS)
        for i, (x, y) in enumerate(pts):
            q = self._to_viewport(float(x), float(y))
            d = math.hypot(q.x() - pos.x(), q.y() - pos.y())
            if d <= best_d:
                best, best_d = i, d
        return best

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.MouseButtonRelease,
                        QEvent.Type.MouseButtonDblClick):
            return False
        if self.kind != "custom" or not self.plot.isEnabled():
            return False
        assert isinstance(event, QMouseEvent)
        pos = event.position()
        if kind == QEvent.Type.MouseButtonDblClick:
            if event.button() == Qt.MouseButton.LeftButton and self._pick(pos) is None:
                self._insert_at(*self._to_view(pos))
            return True
        if kind == QEvent.Type.MouseButtonPress:
            i = self._pick(pos)
            if event.button() == Qt.MouseButton.RightButton:
                if i is not None:
                    self._remove(i)
                return True
            if event.button() == Qt.MouseButton.LeftButton:
                self._drag = i
                self._drag_moved = False
                return True
            return False
        if kind == QEvent.Type.MouseMove:
            if self._drag is not None:
                self._drag_to(self._drag, *self._to_view(pos))
                return True
            return False
        # release
        if self._drag is not None and event.button() == Qt.MouseButton.LeftButton:
            if self._drag_moved:
                self._drag_to(self._drag, *self._to_view(pos))
            moved, self._drag = self._drag_moved, None
            self._drag_moved = False
            if moved:
                self._draw(rescale=True)
                self.schedule_changed.emit(self._schedule.copy())
            return True
        return False

    def _drag_to(self, i: int, x: float, y: float) -> None:
        pts = self.points()
        lo_gap = 1e-3 * max(1.0, self._x_right)
        if i == 0:
            x = float(pts[0, 0])  # the curve starts where the run starts
        else:
            lo = pts[i - 1, 0] + lo_gap
            hi = pts[i + 1, 0] - lo_gap if i + 1 < len(pts) else max(x, lo)
            x = min(max(x, lo), hi)
        y = min(max(y, MIN_DRAG_T), self._y_top)
        if (x, y) == (float(pts[i, 0]), float(pts[i, 1])):
            return
        try:
            self._schedule.move_point(i, x, y)
        except ValueError:
            return  # a position the curve cannot take: the point stays where it was
        self._drag_moved = True
        self._draw(rescale=False)

    def _insert_at(self, x: float, y: float) -> None:
        pts = self.points()
        if x <= pts[0, 0]:
            self.rejected.emit(tr("A new point must come after the first one (t > 0); double-click further right."))
            return
        y = max(y, MIN_DRAG_T)
        try:
            self._schedule.insert_point(x, y)
        except ValueError as exc:
            self.rejected.emit(engine_text(exc))
            return
        self._draw(rescale=True)
        self.schedule_changed.emit(self._schedule.copy())

    def _remove(self, i: int) -> None:
        if i == 0:
            self.rejected.emit(tr("The first point (t = 0) starts the curve and cannot be removed; drag it up or "
                                  "down."))
            return
        try:
            self._schedule.remove_point(i)
        except ValueError as exc:
            self.rejected.emit(engine_text(exc))
            return
        self._draw(rescale=True)
        self.schedule_changed.emit(self._schedule.copy())


def _params_of(schedule: Any) -> dict[str, float]:
    out: dict[str, float] = {}
    for key, attr in (("t0", "T"), ("t0", "T0"), ("t1", "T1"), ("alpha", "alpha"), ("tmin", "T_min"),
                      ("sweeps", "sweeps")):
        value = getattr(schedule, attr, None)
        if value is not None and key not in out:
            out[key] = float(value)
    return out


def _piece_points(schedule: Any) -> list[tuple[float, float]]:
    return list(schedule.point_list)


def _span_of(schedule: Any, sweep: float) -> float:
    d = float(schedule.duration)
    if not math.isfinite(d) or d <= 0:
        d = OPEN_SPAN
    if math.isfinite(sweep) and sweep > d:
        d = sweep * 1.25
    return d
