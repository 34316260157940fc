"""A grid world drawn with QPainter: Q(s,a) triangles or a value heatmap, policy arrows, the agent, mouse painting."""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (QBrush, QColor, QFont, QImage, QLinearGradient, QMouseEvent, QPainter, QPen, QPixmap,
                           QPolygonF)
from PySide6.QtWidgets import QSizePolicy, QWidget

from simulator.gui.i18n import tr
from simulator.gui.widgets import colors

# Cell kinds, as simulator.models.qlearning.world codes them (a widget never imports a model).
EMPTY, WALL, PIT, GOAL = 0, 1, 2, 3
#: Row and column steps of the actions up, right, down, left.
DELTAS = ((-1, 0), (0, 1), (1, 0), (0, -1))
#: What a cell shows: Q(s,a) as four triangles, V(s) as one colour, or how often it was visited.
FILLS = ("q", "v", "visits")

WALL_RGBA = (31, 36, 48, 255)
PIT_RGBA = (96, 96, 96, 255)
GOAL_RGBA = (0, 158, 115, 255)
BORDER_RGBA = (140, 140, 132, 255)
DIAGONAL_RGBA = (200, 200, 192, 255)
AGENT = colors.YELLOW
OPTIMAL = "#9C3D86"
#: Cells at least this many pixels wide show Q values, V or visit counts as numbers when asked.
NUMBERS_FROM_PX = 64
#: Cells at least this wide write per-cell rewards that differ from the usual step reward.
REWARD_TEXT_FROM_PX = 26
#: Pixels the cell decorations' layer reaches beyond the grid (antialiased edges).
LAYER_MARGIN = 3


def _rgba(color: str) -> tuple[int, int, int, int]:
    c = QColor(color)
    return (c.red(), c.green(), c.blue(), 255)


def _same(a: np.ndarray | None, b: np.ndarray | None) -> bool:
    if a is None or b is None:
        return a is b
    return a.shape == b.shape and bool(np.array_equal(a, b))


def visits_lut(n: int = 256) -> np.ndarray:
    """(n, 4) uint8: white (never visited) to dark blue (most visited)."""
    t = np.linspace(0.0, 1.0, n)[:, None]
    lo = np.array([255, 255, 255], float)
    hi = np.array([8, 67, 122], float)
    rgb = np.round(lo + (hi - lo) * t)
    return np.concatenate([rgb, np.full((n, 1), 255.0)], axis=1).astype(np.uint8)


def pack_rgb32(rgba: np.ndarray) -> np.ndarray:
    """(..., 4) uint8 RGBA -> (...) uint32 0xffRRGGBB, the pixels of QImage.Format_RGB32 whatever the byte order."""
    c = np.asarray(rgba, np.uint32)
    return (np.uint32(0xFF000000) | (c[..., 0] << 16) | (c[..., 1] << 8) | c[..., 2]).astype(np.uint32)


def compact(x: float) -> str:
    """A short number for a small space: 0.94, -12.3, 512, 1.2k, 3.4M."""
    a = abs(x)
    if a >= 1e6:
        return f"{x / 1e6:.1f}M"
    if a >= 1e4:
        return f"{x / 1e3:.0f}k"
    if a >= 1e3:
        return f"{x / 1e3:.1f}k"
    if a >= 100 or x == int(x):
        return f"{x:.0f}"
    if a >= 10:
        return f"{x:.1f}"
    return f"{x:.2f}"


class GridWorldView(QWidget):
    """A rows x cols grid world: cell kinds, learnt values, policy arrows and the agent.

    The coloured cells are one image built with numpy (each pixel knows its state and which
    of the four triangles it lies in), rebuilt only when the cells' colours or the size change.
    What changes more rarely is painted once into layers kept between frames: the background
    with the colour scale and the wind, and the cells' letters, marks, numbers and arrows
    (repainted when the policy shown, the world or the options change). A frame blits them
    and paints the agent and the hovered cell, so an agent running flat out costs little to show.

    Signals
    -------
    cell_pressed(row, col, button)
        A mouse press on a cell; ``button`` is 1 for the left and 2 for the right button.
    cell_entered(row, col)
        While a button is held, the pointer reached another cell (a drag paints).
    stroke_finished()
        The button was released.
    hovered(row, col)
        The pointer is over another cell; (-1, -1) when it left the grid.
    """

    cell_pressed = Signal(int, int, int)
    cell_entered = Signal(int, int)
    stroke_finished = Signal()
    hovered = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setMinimumSize(240, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        # Offered by File > Export (Plot as PNG, Recording) like the pyqtgraph plots.
        self.setProperty("export_title", tr("Grid world"))
        self.kinds = np.zeros((3, 3), np.int8)
        self.start: int | None = None
        self.rewards = np.zeros((3, 3))
        self.wind: np.ndarray | None = None
        self.slippery = False
        self.usual_reward = 0.0
        n = 9
        self.q = np.zeros((n, 4))
        self.allowed = np.zeros((n, 4), bool)
        self.v = np.zeros(n)
        self.visits = np.zeros(n, np.int64)
        self.policy = np.full(n, -1, np.int64)
        self.optimal: np.ndarray | None = None
        self.agent = -1
        self.fill = "q"
        self.show_arrows = True
        self.show_optimal = False
        self.show_numbers = True
        self.caption = ""
        self.levels = (-1.0, 1.0)
        self._lut = colors.diverging_lut()
        self._vlut = visits_lut()
        self._geometry_key: tuple | None = None
        self._pixel_index: np.ndarray | None = None
        self._image: QImage | None = None
        self._image_buffer: np.ndarray | None = None
        self._packed: np.ndarray | None = None
        self._dirty = True
        # Layers kept between frames, each with the key it was painted for.
        self._world_serial = 0
        self._base: tuple[tuple, QPixmap] | None = None
        self._decor: tuple[tuple, QPixmap] | None = None
        self._drag_cell: tuple[int, int] | None = None
        self._hover: tuple[int, int] = (-1, -1)

    # ------------------------------------------------------------------ data
    @property
    def shape(self) -> tuple[int, int]:
        return int(self.kinds.shape[0]), int(self.kinds.shape[1])

    def set_world(self, kinds: np.ndarray, start: int | None, rewards: np.ndarray, wind: np.ndarray | None = None,
                  slippery: bool = False) -> None:
        """Show a world: (H, W) cell kinds, the start state, (H, W) rewards for entering, wind per column."""
        kinds = np.asarray(kinds, np.int8)
        if kinds.shape != self.kinds.shape:
            self._geometry_key = None
            s = kinds.size
            self.q, self.allowed = np.zeros((s, 4)), np.zeros((s, 4), bool)
            self.v, self.visits = np.zeros(s), np.zeros(s, np.int64)
            self.policy, self.optimal, self.agent = np.full(s, -1, np.int64), None, -1
        self.kinds = kinds.copy()
        self.start = None if start is None or start < 0 else int(start)
        self.rewards = np.asarray(rewards, np.float64).copy()
        self.wind = None if wind is None or not np.any(np.asarray(wind)) else np.asarray(wind, np.int64).copy()
        self.slippery = bool(slippery)
        plain = self.rewards[self.kinds == EMPTY]
        if plain.size:
            vals, counts = np.unique(plain, return_counts=True)
            self.usual_reward = float(vals[np.argmax(counts)])
        self._world_serial += 1
        self._dirty = True
        self.update()

    def set_values(self, q: np.ndarray, allowed: np.ndarray, v: np.ndarray, visits: np.ndarray,
                   policy: np.ndarray, optimal: np.ndarray | None = None, agent: int = -1) -> None:
        """Show learnt values: (S, 4) Q and allowed actions, (S,) V, visits, greedy and optimal policies, the agent."""
        s = self.kinds.size
        q = np.asarray(q, np.float64)
        if q.shape != (s, 4):
            raise ValueError(f"The Q table has shape {q.shape}; this {self.shape[0]}x{self.shape[1]} grid needs "
                             f"({s}, 4).")
        allowed = np.asarray(allowed, bool)
        v = np.asarray(v, np.float64)
        visits = np.asarray(visits, np.int64)
        policy = np.asarray(policy, np.int64)
        optimal = None if optimal is None else np.asarray(optimal, np.int64)
        agent = int(agent)
        if (agent == self.agent and _same(q, self.q) and _same(allowed, self.allowed) and _same(v, self.v)
                and _same(visits, self.visits) and _same(policy, self.policy) and _same(optimal, self.optimal)):
            return  # a paused agent: nothing to repaint
        self.q = q.copy()
        self.allowed = allowed.copy()
        self.v = v.copy()
        self.visits = visits.copy()
        self.policy = policy.copy()
        self.optimal = None if optimal is None else optimal.copy()
        self.agent = agent
        self._dirty = True
        self.update()

    def set_options(self, fill: str | None = None, arrows: bool | None = None, optimal: bool | None = None,
                    numbers: bool | None = None) -> None:
        """Choose what is drawn: ``fill`` one of :data:`FILLS`; greedy arrows; value-iteration arrows; numbers."""
        if fill is not None:
            if fill not in FILLS:
                raise ValueError(f"Unknown fill {fill!r}; choose one of {', '.join(FILLS)}.")
            self.fill = fill
        if arrows is not None:
            self.show_arrows = bool(arrows)
        if optimal is not None:
            self.show_optimal = bool(optimal)
        if numbers is not None:
            self.show_numbers = bool(numbers)
        self._dirty = True
        self.update()

    # -------------------------------------------------------------- geometry
    def sizeHint(self) -> QSize:
        return QSize(560, 440)

    def _scale_height(self) -> int:
        return self.fontMetrics().height() * 2 + 10

    def _wind_height(self) -> int:
        return self.fontMetrics().height() + 4 if self.wind is not None else 0

    def cell_px(self) -> int:
        """The side of a cell in pixels."""
        rows, cols = self.shape
        w = self.width() - 8
        h = self.height() - 8 - self._scale_height() - self._wind_height()
        return max(4, int(min(w / cols, h / rows)))

    def grid_rect(self) -> QRect:
        """Where the grid lies in the widget."""
        rows, cols = self.shape
        c = self.cell_px()
        gw, gh = cols * c, rows * c
        free_h = self.height() - self._scale_height() - self._wind_height()
        return QRect((self.width() - gw) // 2, max(4, (free_h - gh) // 2), gw, gh)

    def cell_at(self, pos: QPoint | QPointF) -> tuple[int, int] | None:
        """The (row, col) under a widget position, or None outside the grid."""
        r = self.grid_rect()
        c = self.cell_px()
        x, y = pos.x() - r.x(), pos.y() - r.y()
        if x < 0 or y < 0 or x >= r.width() or y >= r.height():
            return None
        return int(y // c), int(x // c)

    def cell_center(self, row: int, col: int) -> QPoint:
        """The widget position of a cell's centre (tests click there)."""
        r = self.grid_rect()
        c = self.cell_px()
        return QPoint(r.x() + col * c + c // 2, r.y() + row * c + c // 2)

    # ----------------------------------------------------------------- image
    def _index_map(self, rows: int, cols: int, c: int) -> np.ndarray:
        """Per pixel: state * 6 + part (0-3 the action's triangle, 4 a diagonal, 5 the cell border)."""
        key = (rows, cols, c)
        if self._geometry_key == key and self._pixel_index is not None:
            return self._pixel_index
        y = np.arange(c) + 0.5 - c / 2
        dy, dx = np.meshgrid(y, y, indexing="ij")
        part = np.where(np.abs(dy) >= np.abs(dx), np.where(dy < 0, 0, 2), np.where(dx > 0, 1, 3))
        part = np.where(np.abs(np.abs(dx) - np.abs(dy)) < 0.5, 4, part)
        part[0, :] = 5
        part[:, 0] = 5
        state = np.arange(rows * cols).reshape(rows, cols)
        idx = state.repeat(c, 0).repeat(c, 1) * 6 + np.tile(part, (rows, cols))
        self._pixel_index = np.ascontiguousarray(idx, dtype=np.intp)
        self._geometry_key = key
        self._packed = None  # the image must be gathered again through the new map
        return self._pixel_index

    def cell_colors(self) -> np.ndarray:
        """(S, 6, 4) uint8: the colour of each cell's four triangles, its diagonals and its border."""
        kinds = self.kinds.reshape(-1)
        s = kinds.size
        open_ = kinds == EMPTY
        table = np.empty((s, 6, 4), np.uint8)
        if self.fill == "visits":
            counts = np.log1p(np.maximum(self.visits, 0).astype(np.float64))
            top = float(counts.max()) if counts.size else 0.0
            top = top if top > 0 else 1.0
            self.levels = (0.0, float(np.expm1(top)))
            idx = np.clip(np.round(counts / top * 255), 0, 255).astype(np.intp)
            table[:] = self._vlut[idx][:, None, :]
        elif self.fill == "v":
            vals = self.v[kinds != WALL]
            self.levels = colors.symmetric_levels(vals)
            m = self.levels[1]
            idx = np.clip(np.round((self.v / m + 1) / 2 * 255), 0, 255).astype(np.intp)
            table[:] = self._lut[idx][:, None, :]
        else:
            vals = self.q[self.allowed]
            self.levels = colors.symmetric_levels(vals)
            m = self.levels[1]
            idx = np.clip(np.round((self.q / m + 1) / 2 * 255), 0, 255).astype(np.intp)
            table[:, :4] = self._lut[idx]
            table[:, 4] = DIAGONAL_RGBA
            # A state with no allowed action (none for a learnt row) gets one neutral colour.
            dead = ~self.allowed.any(axis=1) & open_
            table[dead, :5] = self._lut[128]
        if self.fill != "visits":
            table[~open_ & (kinds != GOAL) & (kinds != PIT)] = WALL_RGBA
            # Terminal cells keep their kind's colour: nothing is learnt beyond them.
            table[kinds == PIT] = PIT_RGBA
            table[kinds == GOAL] = GOAL_RGBA
        else:
            table[kinds == WALL] = WALL_RGBA
        if self.fill != "q":
            table[:, 4] = table[:, 0]
        table[:, 5] = BORDER_RGBA
        return table

    def _build_image(self) -> None:
        rows, cols = self.shape
        c = self.cell_px()
        index = self._index_map(rows, cols, c)
        packed = pack_rgb32(self.cell_colors()).reshape(-1)
        if self._image_buffer is None or self._image_buffer.shape != index.shape:
            self._image_buffer = np.empty(index.shape, np.uint32)
            self._packed = None
        if self._packed is None or not np.array_equal(packed, self._packed):
            # One 4-byte gather per pixel into the kept buffer (most frames change some colour).
            np.take(packed, index, out=self._image_buffer)
            self._packed = packed
            h, w = index.shape
            # A fresh QImage over the same buffer: a new cache key, so no stale copy is ever drawn.
            self._image = QImage(self._image_buffer.data, w, h, 4 * w, QImage.Format.Format_RGB32)
        self._dirty = False

    # ----------------------------------------------------------------- paint
    def resizeEvent(self, event) -> None:
        self._dirty = True
        super().resizeEvent(event)

    def paintEvent(self, _event) -> None:
        rows, cols = self.shape
        c = self.cell_px()
        if self._dirty or self._image is None or self._geometry_key != (rows, cols, c):
            self._build_image()
        r = self.grid_rect()
        p = QPainter(self)
        p.drawPixmap(0, 0, self._base_layer(r, c))
        p.drawImage(r.topLeft(), self._image)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setPen(QPen(QColor(*BORDER_RGBA), 1.5))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(QRectF(r).adjusted(0, 0, 0.5, 0.5))
        p.drawPixmap(r.x() - LAYER_MARGIN, r.y() - LAYER_MARGIN, self._decor_layer(r, c))
        self._paint_agent(p, r, c)
        if self._hover != (-1, -1):
            hr, hc = self._hover
            p.setPen(QPen(QColor(colors.SKY_BLUE), 2.5))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(QRectF(r.x() + hc * c + 1, r.y() + hr * c + 1, c - 1, c - 1))
        p.end()

    def _new_layer(self, w: int, h: int, fill: QColor) -> QPixmap:
        dpr = self.devicePixelRatioF()
        pix = QPixmap(max(1, round(w * dpr)), max(1, round(h * dpr)))
        pix.setDevicePixelRatio(dpr)
        pix.fill(fill)
        return pix

    def _base_layer(self, r: QRect, c: int) -> QPixmap:
        """The background, the wind under the grid and the colour scale, repainted when one of them changes."""
        lo, hi = self.levels
        key = (self.width(), self.height(), self.devicePixelRatioF(), r.x(), r.bottom(), c, self.fill,
               compact(lo), compact(hi), self.slippery, self.caption, self.font().key(),
               None if self.wind is None else self.wind.tobytes())
        if self._base is None or self._base[0] != key:
            pix = self._new_layer(self.width(), self.height(), QColor(colors.PLOT_BACKGROUND))
            p = QPainter(pix)
            p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            self._paint_wind(p, r, c)
            self._paint_scale(p)
            p.end()
            self._base = (key, pix)
        return self._base[1]

    def _decor_layer(self, r: QRect, c: int) -> QPixmap:
        """The cells' letters, marks, numbers and the arrows, over a transparent grid-sized layer.

        Repainted when what it shows changes: the world, the options, the policies drawn
        and, where numbers are written, the values.
        """
        numbers = self.show_numbers and c >= NUMBERS_FROM_PX
        preferred = self._preferred_policy() if self.show_arrows else None
        optimal = self.optimal if self.show_optimal else None
        values = None
        if numbers:
            shown = {"q": (self.q, self.allowed), "v": (self.v,), "visits": (self.visits,)}[self.fill]
            values = (self.levels,) + tuple(a.tobytes() for a in shown)
        key = (r.width(), r.height(), c, self.devicePixelRatioF(), self._world_serial, self.fill, numbers,
               self.font().key(), None if preferred is None else preferred.tobytes(),
               None if optimal is None else optimal.tobytes(), values)
        if self._decor is None or self._decor[0] != key:
            pix = self._new_layer(r.width() + 2 * LAYER_MARGIN, r.height() + 2 * LAYER_MARGIN,
                                  QColor(0, 0, 0, 0))
            p = QPainter(pix)
            p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            p.translate(LAYER_MARGIN - r.x(), LAYER_MARGIN - r.y())
            self._paint_cells(p, r, c)
            if optimal is not None:
                self._paint_arrows(p, r, c, optimal, QColor(OPTIMAL), max(3.0, c / 7), 0.42, halo=True)
            if preferred is not None:
                if numbers:
                    # A small arrow in the middle leaves the triangles to their numbers.
                    self._paint_arrows(p, r, c, preferred, QColor(colors.BLACK), max(1.5, c / 30), 0.13,
                                       head_share=0.11)
                else:
                    self._paint_arrows(p, r, c, preferred, QColor(colors.BLACK), max(1.5, c / 16), 0.36)
            p.end()
            self._decor = (key, pix)
        return self._decor[1]

    def _preferred_policy(self) -> np.ndarray:
        """The greedy policy where Q prefers an action; -1 where every allowed action ties (nothing learnt yet)."""
        pol = self.policy.copy()
        hi = np.where(self.allowed, self.q, -np.inf).max(axis=1)
        lo = np.where(self.allowed, self.q, np.inf).min(axis=1)
        pol[~(hi > lo)] = -1
        return pol

    def _cell_font(self, c: int, share: float, bold: bool = True) -> QFont:
        f = QFont(self.font())
        f.setPixelSize(max(7, int(c * share)))
        f.setBold(bold)
        return f

    def _paint_cells(self, p: QPainter, r: QRect, c: int) -> None:
        rows, cols = self.shape
        kinds = self.kinds
        letter = self._cell_font(c, 0.42)
        small = self._cell_font(c, 0.17, bold=False)
        numbers = self.show_numbers and c >= NUMBERS_FROM_PX
        for row in range(rows):
            for col in range(cols):
                k = int(kinds[row, col])
                x0, y0 = r.x() + col * c, r.y() + row * c
                cell = QRectF(x0, y0, c, c)
                s = row * cols + col
                if k == GOAL:
                    p.setPen(QColor("#FFFFFF"))
                    p.setFont(letter)
                    p.drawText(cell, Qt.AlignmentFlag.AlignCenter, "G")
                    self._corner_text(p, cell, c, compact(self.rewards[row, col]), "#FFFFFF")
                elif k == PIT:
                    p.setPen(Qt.PenStyle.NoPen)
                    p.setBrush(QColor("#101010"))
                    p.drawEllipse(cell.center(), c * 0.3, c * 0.22)
                    self._corner_text(p, cell, c, compact(self.rewards[row, col]), "#FFFFFF")
                elif k == EMPTY:
                    if numbers:
                        p.setFont(small)
                        self._cell_numbers(p, cell, c, s)
                    if c >= REWARD_TEXT_FROM_PX and self.rewards[row, col] != self.usual_reward:
                        self._corner_text(p, cell, c, f"r {compact(self.rewards[row, col])}", colors.BLACK,
                                          boxed=True)
                if self.start is not None and s == self.start:
                    p.setPen(QPen(QColor(colors.BLUE), max(2.5, c / 12)))
                    p.setBrush(Qt.BrushStyle.NoBrush)
                    inset = max(2.0, c / 14)
                    p.drawRect(cell.adjusted(inset, inset, -inset, -inset))
                    f = self._cell_font(c, 0.26)
                    p.setFont(f)
                    p.setPen(QColor(colors.BLUE))
                    p.drawText(cell.adjusted(inset + 2, inset, 0, 0),
                               Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, "S")

    def _corner_text(self, p: QPainter, cell: QRectF, c: int, text: str, color: str, boxed: bool = False) -> None:
        if c < REWARD_TEXT_FROM_PX:
            return
        f = self._cell_font(c, 0.2, bold=True)
        p.setFont(f)
        box = cell.adjusted(2, 2, -3, -2)
        if boxed:
            w = p.fontMetrics().horizontalAdvance(text) + 4
            h = p.fontMetrics().height()
            back = QRectF(box.right() - w, box.bottom() - h, w, h)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(255, 255, 255, 200))
            p.drawRect(back)
        p.setPen(QColor(color))
        p.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom, text)

    def _cell_numbers(self, p: QPainter, cell: QRectF, c: int, s: int) -> None:
        if self.fill == "q":
            if not self.allowed[s].any():
                return
            at = ((0.5, 0.14), (0.81, 0.5), (0.5, 0.86), (0.19, 0.5))
            for a, (fx, fy) in enumerate(at):
                if not self.allowed[s, a]:
                    continue
                val = self.q[s, a]
                self._number(p, cell, c, fx, fy, compact(val), self._on_dark(val))
        elif self.fill == "v":
            self._number(p, cell, c, 0.5, 0.78, compact(self.v[s]), self._on_dark(self.v[s]))
        else:
            share = math.log1p(max(0, int(self.visits[s]))) / max(math.log1p(max(self.levels[1], 1.0)), 1e-9)
            self._number(p, cell, c, 0.5, 0.78, compact(float(self.visits[s])), share > 0.55)

    def _on_dark(self, val: float) -> bool:
        return abs(val) > 0.6 * self.levels[1]

    def _number(self, p: QPainter, cell: QRectF, c: int, fx: float, fy: float, text: str, dark: bool) -> None:
        p.setPen(QColor("#FFFFFF" if dark else colors.PLOT_FOREGROUND))
        w, h = c * 0.4, c * 0.22
        box = QRectF(cell.x() + fx * c - w / 2, cell.y() + fy * c - h / 2, w, h)
        p.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    def _paint_arrows(self, p: QPainter, r: QRect, c: int, policy: np.ndarray, color: QColor, width: float,
                      length: float, halo: bool = False, head_share: float = 0.16) -> None:
        rows, cols = self.shape
        if policy is None or len(policy) != rows * cols:
            return
        kinds = self.kinds.reshape(-1)
        if halo:
            color = QColor(color)
            color.setAlpha(150)
        pen = QPen(color, width)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        p.setPen(pen)
        p.setBrush(QBrush(color))
        head = max(4.0, c * head_share) + width
        for s in np.flatnonzero((policy >= 0) & (policy < 4) & (kinds == EMPTY)):
            row, col = divmod(int(s), cols)
            dr, dc = DELTAS[int(policy[s])]
            cx, cy = r.x() + (col + 0.5) * c, r.y() + (row + 0.5) * c
            tip = QPointF(cx + dc * length * c, cy + dr * length * c)
            tail = QPointF(cx - dc * length * c * 0.55, cy - dr * length * c * 0.55)
            base = QPointF(tip.x() - dc * head, tip.y() - dr * head)
            p.drawLine(tail, base)
            side = QPointF(dr * head * 0.6, -dc * head * 0.6)
            p.drawPolygon(QPolygonF([tip, base + side, base - side]))

    def _paint_agent(self, p: QPainter, r: QRect, c: int) -> None:
        if not 0 <= self.agent < self.kinds.size:
            return
        row, col = divmod(self.agent, self.shape[1])
        center = QPointF(r.x() + (col + 0.5) * c, r.y() + (row + 0.5) * c)
        p.setPen(QPen(QColor(colors.BLACK), max(2.0, c / 14)))
        p.setBrush(QColor(AGENT))
        p.drawEllipse(center, c * 0.24, c * 0.24)

    def _paint_wind(self, p: QPainter, r: QRect, c: int) -> None:
        if self.wind is None:
            return
        p.setFont(self.font())
        p.setPen(QColor(colors.BLUE))
        y = r.bottom() + 2
        h = self.fontMetrics().height()
        for col, w in enumerate(self.wind):
            if w > 0:
                p.drawText(QRectF(r.x() + col * c, y, c, h), Qt.AlignmentFlag.AlignCenter, f"↑{int(w)}")

    def _paint_scale(self, p: QPainter) -> None:
        fm = self.fontMetrics()
        h = fm.height()
        top = self.height() - self._scale_height() + 4
        lo, hi = self.levels
        name = {"q": "Q(s, a)", "v": "V(s)", "visits": tr("visits (log scale)")}[self.fill]
        slippery = "   · " + tr("slippery moves") if self.slippery else ""
        caption = f"{name}{slippery}{'   · ' + self.caption if self.caption else ''}"
        bar_w = min(320, max(120, self.width() // 3))
        x0 = 10
        bar = QRectF(x0 + fm.horizontalAdvance(compact(lo)) + 6, top, bar_w, h * 0.8)
        grad = QLinearGradient(bar.topLeft(), bar.topRight())
        lut = self._vlut if self.fill == "visits" else self._lut
        for t in np.linspace(0, 1, 9):
            rgb = lut[int(round(t * (len(lut) - 1)))]
            grad.setColorAt(float(t), QColor(int(rgb[0]), int(rgb[1]), int(rgb[2])))
        p.setPen(QPen(QColor(*BORDER_RGBA), 1))
        p.setBrush(QBrush(grad))
        p.drawRect(bar)
        p.setFont(self.font())
        p.setPen(QColor(colors.PLOT_FOREGROUND))
        p.drawText(QRectF(x0, top - 2, bar.x() - x0 - 4, h), Qt.AlignmentFlag.AlignRight, compact(lo))
        p.drawText(QRectF(bar.right() + 6, top - 2, 80, h), Qt.AlignmentFlag.AlignLeft, compact(hi))
        if self.fill != "visits":
            p.drawText(QRectF(bar.center().x() - 20, bar.bottom(), 40, h), Qt.AlignmentFlag.AlignCenter, "0")
        legend_x = bar.right() + 6 + fm.horizontalAdvance(compact(hi)) + 18
        p.drawText(QRectF(legend_x, top - 2, self.width() - legend_x - 6, h * 2 + 4),
                   Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap, caption)

    # ----------------------------------------------------------------- mouse
    def mousePressEvent(self, event: QMouseEvent) -> None:
        cell = self.cell_at(event.position())
        button = {Qt.MouseButton.LeftButton: 1, Qt.MouseButton.RightButton: 2}.get(event.button())
        if cell is None or button is None:
            super().mousePressEvent(event)
            return
        self._drag_cell = cell
        self.cell_pressed.emit(cell[0], cell[1], button)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        cell = self.cell_at(event.position())
        hover = cell if cell is not None else (-1, -1)
        if hover != self._hover:
            self._hover = hover
            self.update()
            self.hovered.emit(*hover)
        if self._drag_cell is not None and cell is not None and cell != self._drag_cell:
            # A fast drag jumps over cells: paint every cell on the way, as a pen would.
            (r0, c0), (r1, c1) = self._drag_cell, cell
            n = max(abs(r1 - r0), abs(c1 - c0))
            last = self._drag_cell
            for k in range(1, n + 1):
                step = (round(r0 + (r1 - r0) * k / n), round(c0 + (c1 - c0) * k / n))
                if step != last:
                    last = step
                    self.cell_entered.emit(*step)
            self._drag_cell = cell
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._drag_cell is not None:
            self._drag_cell = None
            self.stroke_finished.emit()
        event.accept()

    def leaveEvent(self, event) -> None:
        if self._hover != (-1, -1):
            self._hover = (-1, -1)
            self.update()
            self.hovered.emit(-1, -1)
        super().leaveEvent(event)
