"""Finding, naming, rendering and reading the plots of any widget, on small hand-made layouts."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from simulator.gui.plot_finder import EXPORT_TITLE_PROPERTY, find_plots, plain_text, unique_names
from simulator.gui.widgets.plots import PlotStrip


@pytest.fixture
def shown(qtbot):
    def show(widget: QWidget, size=(800, 600)) -> QWidget:
        qtbot.addWidget(widget)
        widget.resize(*size)
        widget.show()
        qtbot.waitExposed(widget)
        return widget

    return show


def test_unique_names_and_plain_text():
    assert unique_names(["E", "E", "m", "E", "E (2)"]) == ["E", "E (3)", "m", "E (4)", "E (2)"]
    assert plain_text("<b>Energy</b> E&nbsp;=&lt;x&gt;") == "Energy E =<x>"


def test_plots_are_found_in_reading_order_and_hidden_tabs_are_left_out(shown):
    root = QWidget()
    layout = QVBoxLayout(root)
    top = PlotStrip("Energy <i>E</i>", "sweeps", "E", ["b"])
    glw = pg.GraphicsLayoutWidget()
    glw.addLabel("Filters", row=0, col=0)
    mosaic = glw.addPlot(row=1, col=0)
    mosaic.addItem(pg.ImageItem(np.zeros((4, 4))))
    untitled = glw.addPlot(row=1, col=1)
    untitled.setLabel("left", "share")
    untitled.setLabel("bottom", "w")
    glw.addItem(pg.ColorBarItem(values=(0, 1)), row=1, col=2)
    tabs = QTabWidget()
    tabs.addTab(PlotStrip("Shown tab", "x", "y", ["r"]), "one")
    tabs.addTab(PlotStrip("Hidden tab", "x", "y", ["r"]), "two")
    custom = QLabel("a custom view")
    custom.setProperty(EXPORT_TITLE_PROPERTY, "Grid world")
    for widget in (top, glw, tabs, custom):
        layout.addWidget(widget)
    shown(root, (800, 900))
    names = [p.name for p in find_plots(root)]
    assert names == ["Energy E", "Filters", "share against w", "Shown tab", "Grid world"]
    filters = find_plots(root)[1]
    # The picture of a mosaic includes its title above it.
    assert filters.rect().top() < filters.view.mapFromScene(mosaic.sceneBoundingRect()).boundingRect().top()
    image = filters.render(2.0)
    assert (image.width(), image.height()) == (2 * filters.rect().width(), 2 * filters.rect().height())
    assert image.format() != QImage.Format.Format_Invalid


def test_series_are_read_exactly_and_named(shown):
    strip = PlotStrip("Overlap", "sweeps", "m", ["b", "r", "g"], names=["A", "A", ""])
    strip.set_series(0, np.array([0.0, 1.0]), np.array([0.1, 1 / 3]))
    strip.set_series(1, np.array([0.0, 1.0]), np.array([0.2, 0.3]))
    strip.set_series(2, np.array([0.0]), np.array([5.0]))
    pi = strip.plot_item
    pi.addItem(pg.ScatterPlotItem(x=[1.5, 2.5], y=[3.0, 4.0], name="samples"))
    pi.addItem(pg.BarGraphItem(x0=[0.0, 1.0], x1=[1.0, 3.0], height=[2.0, 7.0]))
    pi.addItem(pg.PlotDataItem([0.0, 1.0, 2.0], [4.0, 5.0], stepMode="center"))
    hidden = pg.PlotDataItem([0.0], [9.0])
    hidden.setVisible(False)
    pi.addItem(hidden)
    shown(strip)
    [plot] = find_plots(strip)
    got = {s.name: (s.x.tolist(), s.y.tolist()) for s in plot.series()}
    assert got == {
        "A": ([0.0, 1.0], [0.1, 1 / 3]),
        "A (2)": ([0.0, 1.0], [0.2, 0.3]),
        "curve 3": ([0.0], [5.0]),
        "samples": ([1.5, 2.5], [3.0, 4.0]),
        "bars 1": ([0.5, 2.0], [2.0, 7.0]),
        "bars 2": ([0.5, 1.5], [4.0, 5.0]),
    }
