"""What the presentation and settings tests share: a toy panel with plots and advanced controls, and a look recorder."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtGui import QFont, QPalette, QPen
from PySide6.QtWidgets import QApplication, QGridLayout, QLabel, QSpinBox, QWidget

from simulator.gui.appearance import LIGHT, apply_qt_theme
from simulator.gui.widgets import colors
from simulator.gui.widgets.advanced import mark_advanced
from simulator.registry import ModelSpec

try:
    from .toy_panel import ToyPanel
except ImportError:
    from toy_panel import ToyPanel


class PlotToyPanel(ToyPanel):
    """The toy counter with a plot (curve, title, axis labels), an advanced spin box and a widget hidden for its own reasons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot = pg.PlotWidget(background=colors.PLOT_BACKGROUND)
        self.plot.setToolTip("A plot")
        item = self.plot.getPlotItem()
        item.setTitle("Counts", size="12pt", color=colors.PLOT_FOREGROUND)
        item.setLabel("bottom", "steps", **{"font-size": "11pt", "color": colors.PLOT_FOREGROUND})
        tick = QFont()
        tick.setPointSize(10)
        item.getAxis("bottom").setTickFont(tick)
        item.showGrid(x=True, y=True, alpha=0.2)
        self.curve = item.plot([0, 1, 2], [0, 1, 4], pen=pg.mkPen(colors.BLUE, width=2.5))
        self.level = item.addLine(y=1.0, pen=pg.mkPen(colors.MUTED_TEXT, width=1))
        controls = QWidget()
        grid = QGridLayout(controls)
        self.fine_caption = QLabel("Fine tuning")
        self.fine_caption.setToolTip("A parameter a class does not need")
        self.fine_spin = QSpinBox()
        self.fine_spin.setToolTip("A parameter a class does not need")
        grid.addWidget(self.fine_caption, 0, 0)
        grid.addWidget(self.fine_spin, 0, 1)
        self.rare_label = QLabel("Shown only in some scenes")
        self.rare_label.setToolTip("Hidden by the panel itself")
        grid.addWidget(self.rare_label, 1, 0)
        self.rare_label.setVisible(False)
        self.big_label = QLabel("A readout")
        self.big_label.setToolTip("A label with a font of its own, measured from the panel's")
        big = QFont(self.font())
        big.setPointSizeF(self.font().pointSizeF() * 1.25)
        self.big_label.setFont(big)
        grid.addWidget(self.big_label, 2, 0)
        mark_advanced(self.fine_spin, self.rare_label)
        # A view coloured from the palette it is built in (as the unit grids are).
        self.palette_view = pg.GraphicsView(background=self.palette().color(QPalette.ColorRole.Window))
        self.palette_view.setToolTip("A view with the window's colour around its content")
        self.layout().addWidget(self.palette_view)
        self.layout().addWidget(self.plot, 1)
        self.layout().addWidget(controls)


def plot_toy_models() -> tuple[ModelSpec, ...]:
    module = PlotToyPanel.__module__
    return (
        ModelSpec("toy", "Toy counter", "Counts updates.", "simulator.models", f"{module}:PlotToyPanel"),
        ModelSpec("toy2", "Second toy", "Another counter.", "simulator.models", f"{module}:PlotToyPanel"),
    )


def steps(panel) -> int:
    return panel.last_snapshot.steps if panel.last_snapshot is not None else -1


def look(window) -> dict:
    """Everything presentation mode and themes may change in ``window``, in comparable form."""
    app = QApplication.instance()
    out: dict = {"app font": QFont(app.font()), "palette": app.palette().color(QPalette.ColorRole.Window).name(),
                 "window size": window.size().toTuple()}
    for w in [window, *window.findChildren(QWidget)]:
        # Scroll areas show, hide and size their scroll bars' containers by themselves, as the content needs.
        own = not w.objectName().startswith("qt_scrollarea")
        out[("widget", id(w))] = (type(w).__name__, w.objectName(), w.isHidden() if own else None,
                                  QFont(w.font()).toString(), w.styleSheet(),
                                  (w.minimumWidth(), w.maximumWidth()) if own else None)
    for view in window.findChildren(pg.GraphicsView):
        out[("background", id(view))] = view.backgroundBrush().color().name()
        for item in view.scene().items():
            key = (type(item).__name__, id(item))
            if isinstance(item, pg.PlotDataItem) and item.opts.get("pen") is not None:
                out[key] = _pen(pg.mkPen(item.opts["pen"]))
            elif isinstance(item, pg.PlotCurveItem) and not isinstance(item.parentItem(), pg.PlotDataItem):
                # A PlotDataItem's own curve takes its pen from the item's options with the next data.
                out[key] = _pen(pg.mkPen(item.opts["pen"]))
            elif isinstance(item, pg.InfiniteLine):
                out[key] = _pen(item.pen)
            elif isinstance(item, pg.AxisItem):
                font = item.style["tickFont"]
                out[key] = (_pen(item.pen()), _pen(item.textPen()), font.toString() if font else None,
                            sorted(item.labelStyle.items()), item.grid, item._tickDensity)
            elif isinstance(item, pg.LabelItem):
                out[key] = (item.text, sorted((k, str(v)) for k, v in item.opts.items()))
            elif isinstance(item, pg.TextItem):
                out[key] = (item.color.name(), item.textItem.font().toString())
    return out


def _pen(pen: QPen) -> tuple:
    return (pen.color().name(), pen.widthF(), pen.style())


def differences(before: dict, after: dict) -> list[str]:
    """What differs between two :func:`look` records (at most 10 lines)."""
    keys = sorted(set(before) | set(after), key=str)
    found = [f"{k}: {before.get(k)!r} -> {after.get(k)!r}" for k in keys if before.get(k) != after.get(k)]
    return found[:10]


def pens_of(window) -> list[float]:
    """Widths of every curve pen in ``window``'s plots."""
    widths = []
    for view in window.findChildren(pg.GraphicsView):
        for item in view.scene().items():
            if isinstance(item, pg.PlotDataItem) and item.opts.get("pen") is not None:
                widths.append(pg.mkPen(item.opts["pen"]).widthF())
            elif isinstance(item, pg.PlotCurveItem) and not isinstance(item.parentItem(), pg.PlotDataItem):
                widths.append(pg.mkPen(item.opts["pen"]).widthF())
    return widths


def back_to_light() -> None:
    """The app's light palette again, so a theme chosen in a test does not reach the next one."""
    apply_qt_theme(QApplication.instance(), LIGHT)
