"""The Q-learning panel's left column: the world (grid or rooms with their tables), the update, the plots."""

from __future__ import annotations

from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from simulator.core.text import tr
from simulator.gui.i18n import engine_text
from simulator.gui.panels.qlearning_parts import MatrixTable, RoomGraphView
from simulator.gui.widgets import colors
from simulator.gui.widgets.grid_world import GridWorldView
from simulator.gui.widgets.plots import PlotStrip

# Text (see simulator.core.text): shown with engine_text, in the window's language.
NO_UPDATE_YET = tr("Press “One action” (or S) to see an update written out.")
HOVER_HINT = tr("Hover over a cell (or a room) to read its values.")


@dataclass
class Views:
    """The left column's widgets, created once (the panel updates them in place)."""

    column: QWidget
    world_title: QLabel
    view_stack: QStackedWidget
    grid_view: GridWorldView
    room_view: RoomGraphView
    q_normalised_check: QCheckBox
    q_table: MatrixTable
    r_table: MatrixTable
    hover_label: QLabel
    equation_label: QLabel
    step_label: QLabel
    return_plot: PlotStrip
    steps_plot: PlotStrip


class SteadyLabel(QLabel):
    """A word-wrapped label at least ``lines`` lines tall whose height, at a given width, only grows.

    Its text changes at the display rate while the agent runs; were its height to follow
    each text, the layout would move the grid and the plots a line up or down every frame,
    and every move repaints them.
    """

    def __init__(self, text: str, tip: str, lines: int = 1) -> None:
        super().__init__(text)
        self.setToolTip(tip)
        self.setWordWrap(True)
        self._lines = max(1, int(lines))
        self._tallest: dict[int, int] = {}

    def heightForWidth(self, width: int) -> int:
        m = self.contentsMargins()
        floor = self._lines * self.fontMetrics().lineSpacing() + m.top() + m.bottom()
        if len(self._tallest) > 64:  # widths seen while the window was resized
            self._tallest.clear()
        h = max(super().heightForWidth(width), floor, self._tallest.get(width, 0))
        self._tallest[width] = h
        return h


def _label(text: str, tip: str, wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setToolTip(tip)
    label.setWordWrap(wrap)
    return label


def _rooms_page(normalised_tip: str) -> tuple[QWidget, RoomGraphView, QCheckBox, MatrixTable, MatrixTable]:
    page = QWidget()
    h = QHBoxLayout(page)
    h.setContentsMargins(0, 0, 0, 0)
    room_view = RoomGraphView()
    room_view.setToolTip(engine_text(tr("The notes' rooms as a graph: doors are lines, green is the goal (outside), "
                                        "yellow the agent; arrows show each room's best door, numbers Q on each "
                                        "door.")))
    h.addWidget(room_view, 1)
    tables = QVBoxLayout()
    tables.addWidget(_label(engine_text(tr("Q (rows: state, columns: action)")),
                            engine_text(tr("The learnt Q table in the notes' layout; bold: each room's best action.")),
                            wrap=False))
    normalised = QCheckBox(engine_text(tr("normalised (×100 / max)")))
    normalised.setToolTip(normalised_tip)
    tables.addWidget(normalised)
    q_table = MatrixTable("Q", engine_text(tr("Q(s, a): rows are the room the agent is in, columns the room it goes "
                                              "to.")))
    tables.addWidget(q_table, 1)
    r_tip = engine_text(tr("The notes' reward matrix: 0 for a door, 100 for a door into room 5, −1 where there is no "
                           "door."))
    tables.addWidget(_label(engine_text(tr("R (reward matrix; −1: no door)")), r_tip, wrap=False))
    r_table = MatrixTable("R", r_tip)
    tables.addWidget(r_table, 1)
    h.addLayout(tables, 1)
    return page, room_view, normalised, q_table, r_table


def _plots() -> tuple[QWidget, PlotStrip, PlotStrip]:
    plots = QWidget()
    ph = QHBoxLayout(plots)
    ph.setContentsMargins(0, 0, 0, 0)
    each, average = engine_text(tr("each")), engine_text(tr("moving average"))
    returns = PlotStrip(engine_text(tr("Return per episode")), engine_text(tr("episode")), engine_text(tr("return")),
                        [pg.mkPen("#9FC3E0", width=1), pg.mkPen(colors.BLUE, width=3)],
                        names=[each, average], legend=True, x_from_zero=True, min_x_span=10.0,
                        min_y_span=1.0)
    returns.setToolTip(engine_text(tr("The sum of the rewards of each episode (thin) and its moving average (thick; "
                                      "window in the View tab).")))
    steps = PlotStrip(engine_text(tr("Steps per episode")), engine_text(tr("episode")), engine_text(tr("steps")),
                      [pg.mkPen("#F2B58A", width=1), pg.mkPen(colors.VERMILLION, width=3)],
                      names=[each, average], legend=True, x_from_zero=True, y_from_zero=True,
                      min_x_span=10.0, min_y_span=5.0)
    steps.setToolTip(engine_text(tr("Actions per episode (thin) and its moving average (thick).")))
    for strip in (returns, steps):
        ph.addWidget(strip)
    return plots, returns, steps


def build_views(base: QFont, normalised_tip: str) -> Views:
    """The left column; ``base`` is the panel's font (titles and the equation are larger)."""
    column = QWidget()
    lv = QVBoxLayout(column)
    lv.setContentsMargins(0, 0, 0, 0)
    lv.setSpacing(3)
    world_title = _label("", engine_text(tr("The world being learnt.")), wrap=False)
    f = QFont(base)
    f.setPointSizeF(max(f.pointSizeF(), 10) * 1.25)
    f.setBold(True)
    world_title.setFont(f)
    lv.addWidget(world_title)
    view_stack = QStackedWidget()
    grid_view = GridWorldView()
    grid_view.setToolTip(engine_text(tr("The grid world: hover over a cell for its values; click or drag to paint.")))
    grid_view.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
    view_stack.addWidget(grid_view)
    page, room_view, normalised, q_table, r_table = _rooms_page(normalised_tip)
    view_stack.addWidget(page)
    lv.addWidget(view_stack, 5)
    hover_label = SteadyLabel(engine_text(HOVER_HINT), engine_text(tr("The values of the cell (or room) under the "
                                                                      "pointer.")), lines=2)
    lv.addWidget(hover_label)
    equation_tip = engine_text(tr("The last update with its numbers: Q(s,a) ← Q(s,a) + α [r + γ max_b Q(s′,b) − "
                                  "Q(s,a)] (SARSA: Q(s′,a′); TD(0): V; deterministic: r + γ max)."))
    equation_label = SteadyLabel(engine_text(NO_UPDATE_YET), equation_tip, lines=1)
    mono = QFont("DejaVu Sans Mono")
    mono.setStyleHint(QFont.StyleHint.TypeWriter)
    mono.setPointSizeF(max(base.pointSizeF(), 10) * 1.2)
    mono.setBold(True)
    equation_label.setFont(mono)
    equation_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    lv.addWidget(equation_label)
    step_label = SteadyLabel("", engine_text(tr("What the agent did in that update.")), lines=2)
    lv.addWidget(step_label)
    plots, returns, steps = _plots()
    lv.addWidget(plots, 2)
    return Views(column=column, world_title=world_title, view_stack=view_stack, grid_view=grid_view,
                 room_view=room_view, q_normalised_check=normalised, q_table=q_table, r_table=r_table,
                 hover_label=hover_label, equation_label=equation_label, step_label=step_label, return_plot=returns,
                 steps_plot=steps)
