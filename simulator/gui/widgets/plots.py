"""A titled plot with a fixed set of curves, large fonts, reference lines and an optional colour legend."""

from __future__ import annotations

import math
from typing import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QPen
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from simulator.gui.widgets import colors

TICK_POINT_SIZE = 10
LABEL_STYLE = {"font-size": "11pt", "color": colors.PLOT_FOREGROUND}
TITLE_SIZE = "11pt"


class PlotStrip(QWidget):
    """A pyqtgraph plot (``plot_widget``) with a title, axis labels and a fixed set of curves.

    Curves are created once in ``__init__`` and updated with :meth:`set_series`; a
    curve with no data is hidden. Below the plot, an optional one-line legend shows each
    visible curve's name in its colour (it never covers the data).

    Parameters
    ----------
    title : str
        Shown above the plot.
    x_label, y_label : str
        Axis labels.
    pens : sequence of QPen or colour
        One per curve.
    names : sequence of str, optional
        Initial curve names for the legend.
    legend : bool
        Show the legend line.
    y_range : (float, float), optional
        Fixed y range (otherwise automatic).
    fill : bool or sequence of bool
        Fill curves down to zero (bar-like, for counts); one flag per curve, or one for all.
    step : bool
        Draw every curve as bars (pyqtgraph's ``stepMode="center"``): :meth:`set_series`
        then takes the bar edges, one more x than y values.
    min_x_span, min_y_span : float, optional
        The smallest span an axis shows, so a single point or a flat line is not
        blown up into noise. Axis ranges are "sticky": they change only when the data
        leaves them or fills a small part of them (see ``_update_ranges``).
    show_x_label : bool
        Show the x-axis label (plots stacked over one another can share the bottom one's).
    y_from_zero : bool
        The y axis runs from 0 to the largest value of the first curve (counts).
    mark_last : bool
        A dot on the newest point of the first curve (visible even while it has one point).
    x_from_zero : bool
        The x axis starts at 0 (time axes that start with the run).
    axis_width : int, optional
        Fixed width in pixels of the left axis, so that plots stacked over one another
        line their x axes up.
    """

    def __init__(
        self,
        title: str,
        x_label: str,
        y_label: str,
        pens: Sequence[QPen | str],
        names: Sequence[str] | None = None,
        legend: bool = False,
        y_range: tuple[float, float] | None = None,
        fill: bool | Sequence[bool] = False,
        step: bool = False,
        min_x_span: float | None = None,
        min_y_span: float | None = None,
        show_x_label: bool = True,
        y_from_zero: bool = False,
        mark_last: bool = False,
        x_from_zero: bool = False,
        axis_width: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.plot_widget = pg.PlotWidget(background=colors.PLOT_BACKGROUND)
        self.plot_widget.setMinimumHeight(80)
        self.plot_item: pg.PlotItem = self.plot_widget.getPlotItem()
        pi = self.plot_item
        pi.setTitle(title, size=TITLE_SIZE, color=colors.PLOT_FOREGROUND, bold=True)
        pi.setMenuEnabled(False)
        pi.hideButtons()
        pi.setMouseEnabled(x=False, y=False)
        pi.showGrid(x=True, y=True, alpha=0.25)
        font = QFont()
        font.setPointSize(TICK_POINT_SIZE)
        for name in ("left", "bottom"):
            axis = pi.getAxis(name)
            axis.setPen(pg.mkPen(colors.PLOT_FOREGROUND))
            axis.setTextPen(pg.mkPen(colors.PLOT_FOREGROUND))
            axis.setTickFont(font)
            # Labels for the two coarsest tick levels only: short strips stay legible.
            axis.setStyle(maxTextLevel=1)
            # "load p/N (x0.001)" confuses a class: plain numbers on every axis.
            axis.enableAutoSIPrefix(False)
        if axis_width is not None:
            pi.getAxis("left").setWidth(int(axis_width))
        if show_x_label:
            pi.setLabel("bottom", x_label, **LABEL_STYLE)
        pi.setLabel("left", y_label, **LABEL_STYLE)
        if y_range is not None:
            pi.setYRange(*y_range, padding=0.04)
            pi.enableAutoRange(axis="y", enable=False)
        self._min_span = (min_x_span, min_y_span)
        self._y_from_zero = y_from_zero
        self._x_from_zero = x_from_zero
        self._step = step
        #: Set by :meth:`link_x`: the x range follows another strip's.
        self._x_follows: PlotStrip | None = None
        self._fixed_y = y_range is not None
        self._range: list[tuple[float, float] | None] = [None, None]
        pi.disableAutoRange()
        self.curves: list[pg.PlotDataItem] = []
        fills = [fill] * len(pens) if isinstance(fill, bool) else list(fill)
        for k, pen in enumerate(pens):
            pen = pen if isinstance(pen, QPen) else pg.mkPen(pen, width=2.5)
            curve = pg.PlotDataItem(pen=pen, stepMode="center" if step else None)
            if step:
                curve.setFillLevel(0.0)  # bars stand on zero and have sides, filled or not
            if fills[k]:
                curve.setFillLevel(0.0)
                color = pen.color()
                color.setAlpha(90)
                curve.setBrush(pg.mkBrush(color))
            curve.setVisible(False)
            pi.addItem(curve)
            self.curves.append(curve)
        self.last_marker: pg.ScatterPlotItem | None = None
        if mark_last and self.curves:
            color = self.curves[0].opts["pen"].color()
            self.last_marker = pg.ScatterPlotItem(size=10, brush=pg.mkBrush(color), pen=pg.mkPen("w", width=1.5))
            self.last_marker.setZValue(10)
            pi.addItem(self.last_marker)
        self._names = list(names) if names is not None else [""] * len(self.curves)
        self._visible = [False] * len(self.curves)
        self._bounds: list[tuple[float, float, float, float] | None] = [None] * len(self.curves)
        self.legend = QLabel()
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setVisible(legend)
        # No word wrap (a height-for-width label steals a stacked layout's spare height) and no
        # minimum width from a long legend.
        self.legend.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._legend_html = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.plot_widget, 1)
        layout.addWidget(self.legend)
        self._update_legend()

    def sizeHint(self) -> QSize:
        # pyqtgraph asks for 600 x 480; strips are stacked, so ask for less and let layouts share.
        return QSize(420, 180)

    # ----------------------------------------------------------------- curves
    def set_series(self, index: int, x: np.ndarray | None, y: np.ndarray | None, name: str | None = None) -> None:
        """Give curve ``index`` new data (None, empty or all NaN hides it) and optionally a new name."""
        curve = self.curves[index]
        if x is None or y is None or len(y) == 0 or not np.isfinite(np.asarray(y, dtype=np.float64)).any():
            if index == 0 and self.last_marker is not None:
                self.last_marker.setData([], [])
            if self._visible[index]:
                curve.setData([], [])
                curve.setVisible(False)
                self._visible[index] = False
                self._update_legend()
            return
        x = np.asarray(x, dtype=np.float64)
        y = np.asarray(y, dtype=np.float64)
        if self._step and len(x) != len(y) + 1:
            raise ValueError(f"Bars need one more edge than values; got {len(x)} edges for {len(y)} values.")
        curve.setData(x, y, skipFiniteCheck=True)
        if index == 0 and self.last_marker is not None:
            self.last_marker.setData([x[-1]], [y[-1]])
        y_lo, y_hi = _span(y)
        if self._step:
            y_lo = min(y_lo, 0.0)  # bars stand on zero
        self._bounds[index] = (*_span(x), y_lo, y_hi)
        changed = not self._visible[index]
        if changed:
            curve.setVisible(True)
            self._visible[index] = True
        if name is not None and name != self._names[index]:
            self._names[index] = name
            changed = True
        if changed:
            self._update_legend()
        self._update_ranges()

    def set_min_spans(self, x: float | None = None, y: float | None = None) -> None:
        """Change the smallest spans the axes show (see the constructor)."""
        self._min_span = (x, y)

    def reset_ranges(self) -> None:
        """Forget the sticky axis ranges (e.g. for a new network): show the smallest spans until data comes."""
        self._range = [None, None]
        x_span, y_span = self._min_span
        if self._x_follows is None and self._x_from_zero:
            self._range[0] = (0.0, _nice_ceil((x_span or 1.0) * 1.3))
            self.plot_item.setXRange(*self._range[0], padding=0.0)
        if self._y_from_zero and not self._fixed_y:
            self._range[1] = (0.0, _nice_ceil((y_span or 1.0) * 1.15))
            self.plot_item.setYRange(*self._range[1], padding=0.02)
        self._update_ranges()

    def link_x(self, master: "PlotStrip") -> None:
        """Share ``master``'s x axis (same range, panned together); this strip no longer sets its own x range."""
        self._x_follows = master
        self.plot_item.setXLink(master.plot_item)

    def show_x_ticks(self, show: bool) -> None:
        """Show or hide the x tick labels (strips stacked on a shared x axis need them only at the bottom)."""
        self.plot_item.getAxis("bottom").setStyle(showValues=show)

    def _update_ranges(self) -> None:
        """Sticky axis ranges: changed only when the data leaves them or fills a small part of them.

        pyqtgraph's auto-range would move the axes on every frame of a growing trace, and
        redrawing axis text is the most expensive part of a frame.
        """
        shown = [b for b, v in zip(self._bounds, self._visible) if v and b is not None]
        if not shown:
            return
        for axis in (0, 1):
            if axis == 1 and self._fixed_y:
                continue
            if axis == 0 and self._x_follows is not None:
                continue
            lo = min(b[2 * axis] for b in shown)
            if axis == 0 and self._x_from_zero:
                lo = min(lo, 0.0)
            hi = max(b[2 * axis + 1] for b in shown)
            if not (np.isfinite(lo) and np.isfinite(hi)):
                continue
            span = max(hi - lo, self._min_span[axis] or 0.0, 1e-9)
            cur = self._range[axis]
            if axis == 1 and self._y_from_zero:
                top = max(hi, self._min_span[1] or 1.0)
                if cur is not None and hi <= cur[1] and cur[1] <= 3 * top:
                    continue
                new = (0.0, _nice_ceil(top * 1.15))
            else:
                if cur is not None and lo >= cur[0] and hi <= cur[1] and (cur[1] - cur[0]) <= 4 * span:
                    continue
                if axis == 0:
                    new = (lo, lo + _nice_ceil(span * 1.3))
                else:
                    step = _nice_ceil(span / 4)
                    new = (np.floor((lo - 0.1 * span) / step) * step, np.ceil((hi + 0.1 * span) / step) * step)
            self._range[axis] = new
            if axis == 0:
                self.plot_item.setXRange(*new, padding=0.0)
            else:
                self.plot_item.setYRange(*new, padding=0.02)

    def clear_series(self, index: int | None = None) -> None:
        """Hide curve ``index``, or every curve."""
        for k in range(len(self.curves)) if index is None else [index]:
            self.set_series(k, None, None)

    def series(self, index: int) -> tuple[np.ndarray, np.ndarray]:
        """The data of curve ``index`` (empty arrays when hidden)."""
        if not self._visible[index]:
            return np.zeros(0), np.zeros(0)
        x, y = self.curves[index].getData()
        return (np.zeros(0), np.zeros(0)) if x is None else (x, y)

    def is_shown(self, index: int) -> bool:
        return self._visible[index]

    def set_name(self, index: int, name: str) -> None:
        if name != self._names[index]:
            self._names[index] = name
            self._update_legend()

    def name(self, index: int) -> str:
        return self._names[index]

    def refresh_legend(self) -> None:
        """Redraw the legend line (after a curve's pen was changed)."""
        self._update_legend()

    def _update_legend(self) -> None:
        parts = []
        for k, curve in enumerate(self.curves):
            if self._visible[k] and self._names[k]:
                pen = curve.opts["pen"]
                color = pen.color().name() if isinstance(pen, QPen) else "#000"
                dashed = isinstance(pen, QPen) and pen.style() != Qt.PenStyle.SolidLine
                dash = "┄┄" if dashed else "━━"
                parts.append(f"<span style='color:{color}; font-weight:bold'>{dash}</span>&nbsp;{self._names[k]}")
        html = "&nbsp;&nbsp; ".join(parts)
        if html != self._legend_html:
            self._legend_html = html
            self.legend.setText(html)

    # -------------------------------------------------------- reference lines
    def add_vline(self, x: float, label: str = "", color: str = colors.MUTED_TEXT) -> pg.InfiniteLine:
        """A dashed vertical reference line at ``x`` with an optional label."""
        return self._add_line(x, 90, label, color)

    def add_hline(self, y: float, label: str = "", color: str = colors.MUTED_TEXT) -> pg.InfiniteLine:
        """A dashed horizontal reference line at ``y`` with an optional label."""
        return self._add_line(y, 0, label, color)

    def _add_line(self, pos: float, angle: float, label: str, color: str) -> pg.InfiniteLine:
        line = pg.InfiniteLine(
            pos=pos, angle=angle, movable=False, pen=pg.mkPen(color, width=2, style=Qt.PenStyle.DashLine),
            label=label or None,
            labelOpts={"position": 0.92, "color": color, "fill": pg.mkBrush(255, 255, 255, 220),
                       "anchors": [(0, 0.5), (0, 0.5)] if angle == 90 else [(0.5, 1), (0.5, 1)]},
        )
        if label:
            font = QFont()
            font.setPointSize(TICK_POINT_SIZE)
            font.setBold(True)
            line.label.setFont(font)
        self.plot_item.addItem(line, ignoreBounds=True)
        return line

    def set_x_range(self, lo: float, hi: float) -> None:
        """Fix the x range (until the data leaves it)."""
        self._range[0] = (lo, hi)
        self.plot_item.setXRange(lo, hi, padding=0.02)


def _nice_ceil(value: float) -> float:
    """The smallest of 1, 2, 2.5, 5 times a power of ten that is at least ``value`` (> 0)."""
    if not value > 0:
        return 1.0
    exp = np.floor(np.log10(value))
    for m in (1.0, 2.0, 2.5, 5.0, 10.0):
        if m * 10**exp >= value * (1 - 1e-12):
            return float(m * 10**exp)
    return float(10 ** (exp + 1))


def nice_up(value: float) -> float:
    """The smallest of 1, 1.5, 2, 2.5, 3, 4, 5, 6, 8 times a power of ten that is at least ``value`` (axis tops)."""
    if not value > 0:
        return 1.0
    exp = math.floor(math.log10(value))
    for m in (1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0):
        if m * 10**exp >= value:
            return m * 10**exp
    return 10 ** (exp + 1)


def _span(values: np.ndarray) -> tuple[float, float]:
    """Least and greatest of ``values`` but NaN; (NaN, NaN) when there is nothing else (no warning)."""
    if values.size == 0:
        return math.nan, math.nan
    # fmin/fmax skip NaN (all NaN gives NaN) without nanmin's warning or a filtered copy: this runs every frame.
    return float(np.fmin.reduce(values, axis=None)), float(np.fmax.reduce(values, axis=None))
