"""The GAN panel's views: the 2-D plane (D heatmap, samples, arrows, manifold, painting) and the digit grid."""

from __future__ import annotations

from typing import Any, Callable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QFont, QMouseEvent, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QGraphicsSceneMouseEvent

from simulator.gui.i18n import tr
from simulator.gui.panels.gan_parts import LAYERS, arrow_segments, grid_lines, paint_bounds
from simulator.gui.widgets.mosaic import INK_LUT, image_plot, mosaic_rgba, show_rgba
from simulator.gui.widgets import colors

REAL_COLOR = colors.INK
FAKE_COLOR = colors.VERMILLION
ARROW_COLOR = "#006B4F"
MANIFOLD_COLOR = "#6A6A6A"
MODE_COLOR = colors.PURPLE
PAINT_COLOR = colors.YELLOW
#: Painted points closer than this share of the view's width to the last one are not added (a slow drag).
PAINT_SPACING = 0.012


def d_colormap() -> pg.ColorMap:
    """D(x): pale blue ('fake', 0) - white (½) - pale orange ('real', 1), light enough for dots on top."""
    return pg.ColorMap([0.0, 0.5, 1.0], [pg.mkColor("#7FB2DA"), pg.mkColor("#FFFFFF"), pg.mkColor("#F5B866")])


class PaintSurface(QGraphicsRectItem):
    """An invisible rectangle over the view that turns presses and drags into painted points while painting."""

    def __init__(self, on_point: Callable[[float, float, bool], None]) -> None:
        super().__init__(QRectF(-4, -4, 8, 8))
        self._on_point = on_point
        self.setPen(QPen(Qt.PenStyle.NoPen))
        self.setBrush(QBrush(Qt.BrushStyle.NoBrush))
        self.setZValue(50)
        self.set_enabled(False)

    def set_enabled(self, on: bool) -> None:
        self.setAcceptedMouseButtons(Qt.MouseButton.LeftButton if on else Qt.MouseButton.NoButton)
        self.setCursor(Qt.CursorShape.CrossCursor if on else Qt.CursorShape.ArrowCursor)

    def mousePressEvent(self, ev: QGraphicsSceneMouseEvent) -> None:
        if ev.button() != Qt.MouseButton.LeftButton:
            ev.ignore()
            return
        ev.accept()
        self._on_point(float(ev.pos().x()), float(ev.pos().y()), True)

    def mouseMoveEvent(self, ev: QGraphicsSceneMouseEvent) -> None:
        ev.accept()
        self._on_point(float(ev.pos().x()), float(ev.pos().y()), False)

    def mouseReleaseEvent(self, ev: QGraphicsSceneMouseEvent) -> None:
        ev.accept()


class Segments(QGraphicsItem):
    """Line segments (pairs of points) as one path: a lean stand-in for a PlotDataItem redrawn every frame.

    Its bounding rectangle is set with the view's bounds (padded), not measured from the data each
    frame; the view box clips what lies outside.
    """

    def __init__(self, pen: QPen) -> None:
        super().__init__()
        self._pen = pen
        self._path = QPainterPath()
        self._x = self._y = None
        self._rect = QRectF()

    def set_rect(self, rect: QRectF) -> None:
        self.prepareGeometryChange()
        self._rect = QRectF(rect)

    def setData(self, x: np.ndarray, y: np.ndarray) -> None:
        self._x, self._y = np.asarray(x, np.float64), np.asarray(y, np.float64)
        self._path = pg.arrayToQPath(self._x, self._y, connect="pairs") if len(self._x) else QPainterPath()
        self.update()

    def getData(self) -> tuple[np.ndarray | None, np.ndarray | None]:
        return self._x, self._y

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: Any, *_args: Any) -> None:
        painter.setRenderHint(painter.RenderHint.Antialiasing, True)
        painter.setPen(self._pen)
        painter.drawPath(self._path)


class PlaneView(pg.PlotWidget):
    """The 2-D plane: every item is created once here and updated by :meth:`show`.

    Parameters
    ----------
    title : str
        Shown above the plane.
    paintable : bool
        Whether the plane takes painted points (the main view; not a comparison's second one).
    """

    def __init__(self, title: str = "", paintable: bool = False) -> None:
        super().__init__(background=colors.PLOT_BACKGROUND)
        pi = self.getPlotItem()
        self.plot_item = pi
        pi.setTitle(title, size="12pt", color=colors.PLOT_FOREGROUND, bold=True)
        pi.setMenuEnabled(False)
        pi.hideButtons()
        pi.setMouseEnabled(x=False, y=False)
        pi.setAspectLocked(True)
        font = QFont()
        font.setPointSize(10)
        for name in ("left", "bottom"):
            axis = pi.getAxis(name)
            axis.setPen(pg.mkPen(colors.PLOT_FOREGROUND))
            axis.setTextPen(pg.mkPen(colors.PLOT_FOREGROUND))
            axis.setTickFont(font)
        self.heatmap = pg.ImageItem(axisOrder="row-major")
        self.heatmap.setZValue(-10)
        pi.addItem(self.heatmap)
        self.colorbar = pg.ColorBarItem(values=(0.0, 1.0), colorMap=d_colormap(), label="D(x)", interactive=False,
                                        width=14, rounding=0.01)
        self.colorbar.setImageItem(self.heatmap, insert_in=pi)
        self.colorbar.getAxis("right").setTickFont(font)
        self.colorbar.getAxis("right").setTextPen(pg.mkPen(colors.PLOT_FOREGROUND))
        self.manifold = pg.PlotDataItem(pen=pg.mkPen(MANIFOLD_COLOR, width=1))
        self.manifold.setZValue(-5)
        self.real = pg.ScatterPlotItem(size=5, pen=None, brush=pg.mkBrush(REAL_COLOR))
        self.fake = pg.ScatterPlotItem(size=7, pen=pg.mkPen("w", width=0.8), brush=pg.mkBrush(FAKE_COLOR))
        self.arrows = Segments(pg.mkPen(ARROW_COLOR, width=1.6))
        self.modes = pg.ScatterPlotItem(size=16, symbol="o", pen=pg.mkPen(MODE_COLOR, width=2.5), brush=None)
        self.painted = pg.ScatterPlotItem(size=9, symbol="o", pen=pg.mkPen(colors.INK, width=1.2),
                                          brush=pg.mkBrush(PAINT_COLOR))
        self.real.setZValue(1)
        self.fake.setZValue(3)
        self.arrows.setZValue(4)
        self.modes.setZValue(5)
        self.painted.setZValue(6)
        for item in (self.manifold, self.real, self.fake, self.modes, self.painted):
            pi.addItem(item)
        pi.vb.addItem(self.arrows, ignoreBounds=True)
        # Dots and arrows move every frame, so the whole plane is repainted; what changes a few times a second
        # (the heatmap) or only with the target (axes, real dots, modes) is then blitted as drawn last, not
        # drawn again (axis labels replayed, the heatmap scaled up, a few hundred dots).
        cached = [self.heatmap, self.real, self.modes, self.painted, self.colorbar.bar, self.colorbar.axis]
        cached += [pi.getAxis(name) for name in ("left", "bottom", "top", "right")]
        for item in cached:
            item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.items = {"heatmap": self.heatmap, "real": self.real, "fake": self.fake, "arrows": self.arrows,
                      "manifold": self.manifold, "modes": self.modes}
        self.surface: PaintSurface | None = None
        self._painting = False
        self._bounds: Any = None
        self._heat_shape: Any = None
        # The arrays drawn last: the engine hands on the same (read-only) heatmap and manifold until it computes new
        # ones, and the modes move only with the target; an unchanged item is not set again.
        self._heat_shown: Any = None
        self._manifold_shown: Any = None
        self._modes_shown: Any = None
        self._real_key: Any = None
        self.layers = {key: True for key, _l, _t in LAYERS}
        self.layers["manifold"] = False
        if paintable:
            self.surface = PaintSurface(self._painted_point)
            pi.vb.addItem(self.surface, ignoreBounds=True)
        #: Called with (x, y) for each painted point (set by the panel).
        self.on_paint: Callable[[float, float], None] | None = None
        self._last_paint: tuple[float, float] | None = None
        self.arrow_length = 0.35
        self.set_bounds(((-3.0, 3.0), (-3.0, 3.0)))

    # ------------------------------------------------------------ layers
    def set_layer(self, key: str, on: bool) -> None:
        """Show or hide one layer."""
        self.layers[key] = bool(on)
        item = self.items[key]
        item.setVisible(bool(on))
        if not on:  # drawn afresh when shown again
            self._real_key = self._heat_shown = self._manifold_shown = None
        if key == "heatmap":
            self.colorbar.setVisible(bool(on))

    # ------------------------------------------------------------ bounds
    def set_bounds(self, bounds: Any) -> None:
        """Fit the view to ``((xmin, xmax), (ymin, ymax))`` (only when they changed)."""
        key = tuple(tuple(float(v) for v in b) for b in bounds)
        if key == self._bounds:
            return
        self._bounds = key
        (x0, x1), (y0, y1) = key
        self._heat_shape = self._heat_shown = None  # the heatmap's rect is set with its next image
        self.plot_item.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0.02)
        w, h = x1 - x0, y1 - y0
        self.arrows.set_rect(QRectF(x0 - w, y0 - h, 3 * w, 3 * h))  # arrows may leave the view: clipped
        self.arrow_length = 0.06 * max(x1 - x0, y1 - y0)

    @property
    def bounds(self) -> Any:
        return self._bounds

    # ------------------------------------------------------------ drawing
    def show(self, d: Any) -> None:
        """Update the items from a 2-D snapshot ``d`` (a mapping with the engine's snapshot keys)."""
        if not self._painting:
            self.set_bounds(d["bounds"])
        if self.layers["heatmap"] and d["heatmap"] is not self._heat_shown:
            self._heat_shown = d["heatmap"]
            h = np.ascontiguousarray(d["heatmap"], np.float32)
            self.heatmap.setImage(h, autoLevels=False, levels=(0.0, 1.0))
            key = (h.shape, tuple(tuple(float(v) for v in b) for b in d["bounds"]))
            if self._heat_shape != key:
                # setRect scales by the image's size in pixels: it must follow an image of a new shape.
                self._heat_shape = key
                (x0, x1), (y0, y1) = key[1]
                self.heatmap.setRect(QRectF(x0, y0, x1 - x0, y1 - y0))
        if self.layers["real"]:
            real = np.asarray(d["real"])
            # The real batch is fixed between target changes and resets: draw it only when it changed.
            key = (d.get("target_name"), real.shape, float(real[0, 0]), float(real[-1, -1])) if len(real) else None
            if key != self._real_key:
                self._real_key = key
                self.real.setData(real[:, 0], real[:, 1])
        if self.layers["fake"]:
            fake = np.asarray(d["fake"])
            self.fake.setData(fake[:, 0], fake[:, 1])
        if self.layers["arrows"]:
            x, g = d["arrows"]
            ax, ay = arrow_segments(x, g, self.arrow_length)
            self.arrows.setData(ax, ay)
        manifold = d.get("manifold")
        if self.layers["manifold"] and manifold is not None and manifold is not self._manifold_shown:
            self._manifold_shown = manifold
            mx, my, connect = grid_lines(manifold)
            self.manifold.setData(mx, my, connect=connect)
        modes = d.get("modes")
        m = np.zeros((0, 2)) if modes is None or not len(modes) else np.asarray(modes)
        if self._modes_shown is None or not np.array_equal(m, self._modes_shown):
            self._modes_shown = m
            self.modes.setData(m[:, 0], m[:, 1])

    # ------------------------------------------------------------ mouse
    def mouseMoveEvent(self, ev: QMouseEvent) -> None:
        """Moves without a button go nowhere unless painting: nothing in the plane reacts to hovering.

        pyqtgraph's hover search asks every item under the mouse for its shape (the scatter
        plots measure theirs from the data each time): about 2 ms of the GUI thread per move,
        with the GIL held, that the engine's worker would wait for.
        """
        if self._painting or ev.buttons() != Qt.MouseButton.NoButton:
            super().mouseMoveEvent(ev)
        else:
            ev.accept()

    # ------------------------------------------------------------ painting
    def set_painting(self, on: bool, points: np.ndarray | None = None) -> None:
        """Turn painting on (clicks add points; the view shows at least [−4, 4]²) or off."""
        self._painting = bool(on)
        if self.surface is not None:
            self.surface.set_enabled(self._painting)
        if not self._painting:
            self.viewport().unsetCursor()  # the cross stays otherwise: moves no longer reach the surface
        if self._painting:
            box = paint_bounds(self._bounds)
            (x0, x1), (y0, y1) = box
            if self.surface is not None:
                self.surface.setRect(QRectF(x0, y0, x1 - x0, y1 - y0))
            self._bounds = None
            self.set_bounds(box)
        self.set_painted(points)

    @property
    def painting(self) -> bool:
        return self._painting

    def set_painted(self, points: np.ndarray | None) -> None:
        if points is None or len(points) == 0:
            self.painted.setData([], [])
        else:
            p = np.asarray(points)
            self.painted.setData(p[:, 0], p[:, 1])

    def _painted_point(self, x: float, y: float, press: bool) -> None:
        if not self._painting or self.on_paint is None:
            return
        if self._bounds is not None:
            (x0, x1), (y0, y1) = self._bounds
            if not (x0 <= x <= x1 and y0 <= y <= y1):
                return
            spacing = PAINT_SPACING * (x1 - x0)
        else:
            spacing = 0.0
        if not press and self._last_paint is not None:
            if np.hypot(x - self._last_paint[0], y - self._last_paint[1]) < spacing:
                return
        self._last_paint = (x, y)
        self.on_paint(x, y)

    def viewport_pos(self, x: float, y: float) -> Any:
        """The viewport position (a QPoint) of the data point (x, y), for tests and the bench."""
        scene = self.plot_item.vb.mapViewToScene(QPointF(x, y))
        return self.mapFromScene(scene)


class DigitGrid(pg.GraphicsLayoutWidget):
    """A 4 × 4 grid of generated digits from 16 fixed noise vectors, one image updated in place."""

    def __init__(self) -> None:
        super().__init__()
        self.setBackground(colors.PLOT_BACKGROUND)
        self.plot, self.image = image_plot(self, tr("Samples from 16 fixed noise vectors"), 0, 0)
        self._fit: dict = {}
        self.setToolTip(tr("Each tile is G(z) for one of 16 noise vectors fixed at the start: the same z, watched "
                           "as G learns."))

    def show(self, samples: np.ndarray) -> None:
        tiles = np.asarray(samples, np.float64).reshape(len(samples), -1)
        show_rgba(self.plot, self.image, mosaic_rgba(tiles, 4, INK_LUT, (0.0, 1.0), rows=4), "digits", self._fit)
