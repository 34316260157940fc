"""Finds the plots and image views shown in any widget, names them, renders them and reads their series."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QImage, QPainter, QRegion
from PySide6.QtWidgets import QWidget

from simulator.gui.widgets.plots import PlotStrip

_TAG = re.compile(r"<[^>]*>")
#: Qt property naming a custom-painted widget (no pyqtgraph inside) to offer as a picture.
EXPORT_TITLE_PROPERTY = "export_title"


@dataclass
class Series:
    """One plotted series: its name and its points (bars as their centres and heights)."""

    name: str
    x: np.ndarray
    y: np.ndarray


@dataclass
class FoundPlot:
    """A plot (a pyqtgraph PlotItem) or an image view (a GraphicsView without one) on screen.

    Attributes
    ----------
    name : str
        Unique among the plots found together: title, else axis labels, else the view's tooltip.
    view : QWidget
        The widget that draws it: a pyqtgraph GraphicsView, or a widget with ``export_title``.
    item : pg.PlotItem or None
        The plot inside ``view``; None when the whole view is the picture.
    label : pg.LabelItem or None
        A title set in the layout cell above the plot (mosaics are titled so); part of the picture.
    """

    name: str
    view: QWidget
    item: pg.PlotItem | None = None
    label: pg.LabelItem | None = None
    _strip: PlotStrip | None = field(default=None, repr=False)

    def rect(self) -> QRect:
        """The plot's rectangle in ``view`` coordinates (the whole view for an image view)."""
        whole = self.view.rect()
        if self.item is None:
            return whole
        scene_rect = self.item.sceneBoundingRect()
        if self.label is not None:
            scene_rect = scene_rect.united(self.label.sceneBoundingRect())
        return self.view.mapFromScene(scene_rect).boundingRect().intersected(whole)

    def render(self, scale: float = 1.0) -> QImage:
        """The plot as it is on screen, ``scale`` times as many pixels each way (text and lines redrawn sharp)."""
        return render_widget(self.view, scale, self.rect())

    def series(self) -> list[Series]:
        """Every visible data item of the plot, with unique names (empty for an image view)."""
        if self.item is None:
            return []
        found: list[Series] = []
        counts = {"curve": 0, "points": 0, "bars": 0}
        legend = _legend_names(self.item)
        for item in self.item.items:
            if not item.isVisible():
                continue
            read = _read_item(item)
            if read is None:
                continue
            kind, x, y = read
            counts[kind] += 1
            name = self._series_name(item, legend) or f"{kind} {counts[kind]}"
            found.append(Series(name, x, y))
        for unique, s in zip(unique_names([s.name for s in found]), found):
            s.name = unique
        return found

    def _series_name(self, item: pg.GraphicsObject, legend: dict[int, str]) -> str:
        strip = self._strip
        if strip is not None and item in strip.curves:
            name = strip.name(strip.curves.index(item))
            if name:
                return plain_text(name)
            if len(strip.curves) == 1:
                return plain_text(self.item.getAxis("left").labelText)
        if strip is not None and item is strip.last_marker:
            return "newest point"
        named = getattr(item, "name", None)
        if callable(named) and named():
            return plain_text(str(named()))
        return legend.get(id(item), "")


def find_plots(root: QWidget) -> list[FoundPlot]:
    """The plots and image views visible in ``root``, top to bottom then left to right, named uniquely.

    Every pyqtgraph GraphicsView (PlotWidget, GraphicsLayoutWidget, image canvases)
    shown on screen counts: each visible PlotItem in it is one plot (colour bars
    aside); a view without a PlotItem is one picture. So does any widget with the Qt
    property ``export_title`` (:data:`EXPORT_TITLE_PROPERTY`) set, a custom-painted
    view such as the grid world, named by it. Hidden tabs and collapsed widgets are
    left out.
    """
    strips = {id(s.plot_item): s for s in [root, *root.findChildren(PlotStrip)] if isinstance(s, PlotStrip)}
    found: list[tuple[tuple[int, int], FoundPlot]] = []
    for widget in root.findChildren(QWidget):
        title = widget.property(EXPORT_TITLE_PROPERTY)
        if title and not isinstance(widget, pg.GraphicsView) and _shown(widget):
            corner = widget.mapTo(root, QPoint(0, 0))
            found.append(((corner.y(), corner.x()), FoundPlot(plain_text(str(title)), widget)))
    for view in root.findChildren(pg.GraphicsView):
        if not _shown(view):
            continue
        items = [it for it in view.scene().items()
                 if isinstance(it, pg.PlotItem) and not isinstance(it, pg.ColorBarItem) and it.isVisible()]
        if not items:
            corner = view.mapTo(root, QPoint(0, 0))
            found.append(((corner.y(), corner.x()), FoundPlot(_view_name(view), view)))
            continue
        for item in items:
            label = _label_above(item)
            name = _plot_name(item, view, label)
            plot = FoundPlot(name, view, item, label, strips.get(id(item)))
            rect = plot.rect()
            if rect.width() < 2 or rect.height() < 2:
                continue
            corner = view.mapTo(root, rect.topLeft())
            found.append(((corner.y(), corner.x()), plot))
    found.sort(key=lambda pair: pair[0])
    plots = [plot for _, plot in found]
    for name, plot in zip(unique_names([p.name for p in plots]), plots):
        plot.name = name
    return plots


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() >= 2 and widget.height() >= 2


def render_widget(widget: QWidget, scale: float = 1.0, rect: QRect | None = None) -> QImage:
    """``widget`` (or its ``rect``) painted into a new image ``scale`` times the on-screen pixels.

    The widget paints itself again at the higher resolution (QWidget.render onto a
    high-DPI image), so text and lines are sharp rather than enlarged pixels.
    """
    rect = widget.rect() if rect is None else rect
    size = QSize(max(1, round(rect.width() * scale)), max(1, round(rect.height() * scale)))
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(scale)
    image.fill(widget.palette().window().color())
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        # QWidget's own render: a panel's render(snapshot) overrides the name.
        QWidget.render(widget, painter, QPoint(0, 0), QRegion(rect))
    finally:
        painter.end()
    image.setDevicePixelRatio(1.0)
    return image


def plain_text(text: str | None) -> str:
    """``text`` without HTML tags and entities, whitespace collapsed."""
    return " ".join(html.unescape(_TAG.sub(" ", text or "")).split())


def unique_names(names: list[str]) -> list[str]:
    """``names`` with repeats made unique by " (2)", " (3)", … in order of appearance."""
    seen: dict[str, int] = {}
    taken = set(names)
    out = []
    for name in names:
        if name not in seen:
            seen[name] = 1
            out.append(name)
            continue
        k = seen[name]
        while True:
            k += 1
            candidate = f"{name} ({k})"
            if candidate not in taken:
                break
        seen[name] = k
        taken.add(candidate)
        out.append(candidate)
    return out


def _label_above(item: pg.PlotItem) -> pg.LabelItem | None:
    """The text label in the layout cell right above ``item``, if it has one."""
    layout = item.parentItem()
    if not isinstance(layout, pg.GraphicsLayout):
        return None
    cells = layout.items.get(item)
    if not cells:
        return None
    row, col = cells[0]
    above = layout.rows.get(row - 1, {}).get(col)
    if isinstance(above, pg.LabelItem) and above.isVisible() and plain_text(above.text):
        return above
    return None


def _plot_name(item: pg.PlotItem, view: pg.GraphicsView, label: pg.LabelItem | None) -> str:
    title = plain_text(item.titleLabel.text) if item.titleLabel.isVisible() else ""
    if title:
        return title
    if label is not None:
        return plain_text(label.text)
    left = plain_text(item.getAxis("left").labelText) if item.getAxis("left").isVisible() else ""
    bottom = plain_text(item.getAxis("bottom").labelText) if item.getAxis("bottom").isVisible() else ""
    if left and bottom:
        return f"{left} against {bottom}"
    return left or bottom or _view_name(view)


def _view_name(view: QWidget) -> str:
    for text in (view.accessibleName(), view.toolTip()):
        text = plain_text(text)
        if text:
            # The first sentence or clause: tooltips go on to say how to use the view.
            short = re.split(r"(?<=[.:;])\s|\s[—–-]\s", text, maxsplit=1)[0].rstrip(".:;")
            return short if len(short) <= 60 else short[:59].rstrip() + "…"
    words = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", type(view).__name__).lower()
    return words[:1].upper() + words[1:]


def _legend_names(item: pg.PlotItem) -> dict[int, str]:
    legend = getattr(item, "legend", None)
    names: dict[int, str] = {}
    if legend is None:
        return names
    for sample, label in legend.items:
        target = getattr(sample, "item", None)
        if target is not None:
            names[id(target)] = plain_text(label.text)
    return names


def _read_item(item: pg.GraphicsObject) -> tuple[str, np.ndarray, np.ndarray] | None:
    """(kind, x, y) of a data item, bars as centres and heights; None for what is not a series."""
    if isinstance(item, pg.PlotDataItem):
        x, y = item.getOriginalDataset()
        return None if y is None else _curve(x, y)
    if isinstance(item, pg.PlotCurveItem):
        x, y = item.getData()
        return None if y is None else _curve(x, y)
    if isinstance(item, pg.ScatterPlotItem):
        x, y = item.getData()
        return "points", np.asarray(x, dtype=np.float64), np.asarray(y, dtype=np.float64)
    if isinstance(item, pg.BarGraphItem):
        return _bars(item.opts)
    return None


def _curve(x: np.ndarray | None, y: np.ndarray) -> tuple[str, np.ndarray, np.ndarray]:
    y = np.asarray(y, dtype=np.float64)
    x = np.arange(len(y), dtype=np.float64) if x is None else np.asarray(x, dtype=np.float64)
    if len(x) == len(y) + 1:  # step mode: bar edges around the values
        return "bars", (x[:-1] + x[1:]) / 2, y
    return "curve", x, y


def _bars(opts: dict) -> tuple[str, np.ndarray, np.ndarray] | None:
    def arr(name: str) -> np.ndarray | None:
        value = opts.get(name)
        return None if value is None else np.asarray(value, dtype=np.float64)

    height = arr("height")
    y0, y1 = arr("y0"), arr("y1")
    if height is None and y1 is not None:
        height = y1 - (0.0 if y0 is None else y0)
    if height is None:
        return None
    height = np.atleast_1d(height)
    x, x0, x1, width = arr("x"), arr("x0"), arr("x1"), arr("width")
    if x is not None:
        centre = x
    elif x0 is not None and x1 is not None:
        centre = (x0 + x1) / 2
    elif x0 is not None and width is not None:
        centre = x0 + width / 2
    elif x1 is not None and width is not None:
        centre = x1 - width / 2
    else:
        return None
    centre, height = np.broadcast_arrays(np.atleast_1d(centre), height)
    return "bars", np.array(centre, dtype=np.float64), np.array(height, dtype=np.float64)
