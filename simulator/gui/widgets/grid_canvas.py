"""A grid of +1/-1 units drawn as one image, painted with the mouse, with an outline for the unit being updated."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPalette, QPen
from PySide6.QtWidgets import QGraphicsRectItem, QGraphicsSceneMouseEvent, QWidget

from simulator.gui.widgets import colors

#: Inner grid lines are drawn while neither side has more cells than this.
GRID_LINES_UP_TO = 40
#: Grids of at most this many units write each unit's value (+1 / −1) in its cell, as the notes do.
VALUE_LABELS_UP_TO = 36


class UnitImage(pg.ImageItem):
    """The units' image; mouse presses are handled here, at the QGraphicsItem level.

    Accepting the press makes this item the mouse grabber, so a press paints at once
    and every following move and the release come here, with no drag threshold and
    no pan/zoom of the view.
    """

    def __init__(self, canvas: "GridCanvas") -> None:
        super().__init__(axisOrder="row-major")
        self._canvas = canvas
        self.setAcceptedMouseButtons(Qt.MouseButton.LeftButton | Qt.MouseButton.RightButton)

    def mousePressEvent(self, ev: QGraphicsSceneMouseEvent) -> None:
        if self._canvas._press(ev.pos(), ev.button()):
            ev.accept()
        else:
            ev.ignore()

    def mouseMoveEvent(self, ev: QGraphicsSceneMouseEvent) -> None:
        self._canvas._move(ev.pos())
        ev.accept()

    def mouseReleaseEvent(self, ev: QGraphicsSceneMouseEvent) -> None:
        self._canvas._release(ev.pos(), ev.button())
        ev.accept()

    # pyqtgraph's own click/drag/hover events are not used (and must not pan the view).
    def mouseClickEvent(self, ev) -> None:
        ev.accept()

    def mouseDragEvent(self, ev) -> None:
        ev.ignore()


class GridCanvas(pg.GraphicsView):
    """A rows x cols grid of +1/-1 units, drawn and edited with the mouse.

    One :class:`UnitImage` shows the units as uint8 indices into
    :func:`colors.state_lut` (background, ink, and a fading "just flipped" glow of
    each). The items (image, grid lines, outlines, label) are created once; changing
    the grid size reuses them.

    Modes
    -----
    "draw"
        Left button paints +1 (ink), right button paints -1; dragging paints a
        continuous line.
    "occlude"
        Drag a rectangle (shown while dragging); on release it is filled with -1.
    "inspect"
        A click selects a unit.
    "off"
        The mouse does nothing.

    The canvas paints its own image at once (so drawing feels immediate) and reports
    the edit; the owner forwards it to the engine.

    Signals
    -------
    cells_painted(indices, value)
        Flat unit indices (numpy int array) just painted with ``value`` (+1 or -1).
    stroke_finished()
        The mouse button that painted was released.
    rect_occluded(r0, c0, r1, c1)
        Rows ``r0:r1`` and columns ``c0:c1`` (half-open, inside the grid) were filled with -1.
    unit_selected(index)
        A unit was clicked in "inspect" mode.
    """

    cells_painted = Signal(object, int)
    stroke_finished = Signal()
    rect_occluded = Signal(int, int, int, int)
    unit_selected = Signal(int)

    MODES = ("draw", "occlude", "inspect", "off")

    def __init__(self, rows: int = 8, cols: int = 8, parent: QWidget | None = None) -> None:
        super().__init__(parent, background=colors.PLOT_BACKGROUND)
        # No box around the grid: the spare room left by the locked aspect takes the window's colour,
        # so the bordered grid itself is the only shape (centred both ways by the view box).
        self.setBackground(self.palette().color(QPalette.ColorRole.Window))
        self.setMinimumSize(160, 160)
        self.view = pg.ViewBox(lockAspect=True, invertY=True, enableMenu=False, defaultPadding=0.02)
        self.view.setMouseEnabled(False, False)
        self.setCentralItem(self.view)

        self.image = UnitImage(self)
        self.image.setLookupTable(colors.state_lut())
        self.view.addItem(self.image)

        self.grid_lines = pg.PlotCurveItem(connect="pairs", pen=pg.mkPen(colors.GRID_LINE, width=1), antialias=False)
        self.view.addItem(self.grid_lines)
        self.border = QGraphicsRectItem()
        self.border.setPen(_cosmetic_pen("#6E6E66", 2))
        self.view.addItem(self.border)

        self.occlusion = QGraphicsRectItem()
        self.occlusion.setPen(_cosmetic_pen(colors.VERMILLION, 3, Qt.PenStyle.DashLine))
        self.occlusion.setBrush(QBrush(QColor(213, 94, 0, 60)))
        self.occlusion.setVisible(False)
        self.view.addItem(self.occlusion)

        self.selection = QGraphicsRectItem()
        self.selection.setPen(_cosmetic_pen(colors.SELECTION, 4))
        self.selection.setVisible(False)
        self.view.addItem(self.selection)

        # A dark halo under a light outline shows on ink and on background alike.
        self.halo = QGraphicsRectItem()
        self.halo.setPen(_cosmetic_pen("#000000", 7))
        self.highlight = QGraphicsRectItem()
        self.highlight.setPen(_cosmetic_pen(colors.HIGHLIGHT, 4))
        for item in (self.halo, self.highlight):
            item.setVisible(False)
            self.view.addItem(item)

        self.field_text = pg.TextItem("", color=colors.PLOT_FOREGROUND, fill=pg.mkBrush(255, 255, 255, 235),
                                      border=pg.mkPen(colors.HIGHLIGHT, width=2))
        font = QFont()
        font.setPointSize(15)
        font.setBold(True)
        self.field_text.setFont(font)
        self.field_text.setVisible(False)
        self.field_text.setZValue(20)
        self.view.addItem(self.field_text)

        # The value labels of small grids: a fixed pool, created once and reused by every grid size.
        value_font = QFont()
        value_font.setPointSize(16)
        value_font.setBold(True)
        self.value_labels: list[pg.TextItem] = []
        for _k in range(VALUE_LABELS_UP_TO):
            label = pg.TextItem("", anchor=(0.5, 0.5))
            label.setFont(value_font)
            label.setVisible(False)
            label.setZValue(5)
            label.setAcceptedMouseButtons(Qt.MouseButton.NoButton)  # clicks paint the cell under it
            self.view.addItem(label)
            self.value_labels.append(label)
        self._label_values = np.zeros(0, np.int8)
        self._value_texts = ("+1", "−1")

        self._mode = "draw"
        self._rows = self._cols = 0
        self._state = np.zeros((0, 0), np.int8)
        self._flash = np.zeros((0, 0), np.uint8)
        self._index = np.zeros((0, 0), np.uint8)
        self._paint_value = 0
        self._last_cell: tuple[int, int] | None = None
        self._anchor: tuple[int, int] | None = None
        self._button = Qt.MouseButton.NoButton
        self._selected = -1
        self.set_shape(rows, cols)
        self.set_mode("draw")

    # --------------------------------------------------------------- geometry
    @property
    def shape(self) -> tuple[int, int]:
        return (self._rows, self._cols)

    @property
    def n_units(self) -> int:
        return self._rows * self._cols

    def set_shape(self, rows: int, cols: int) -> None:
        """Show a rows x cols grid (all -1); every item is reused."""
        rows, cols = int(rows), int(cols)
        if rows < 1 or cols < 1:
            raise ValueError(f"A grid needs at least 1 x 1 units; got {rows} x {cols}.")
        self._cancel_gesture()
        self._rows, self._cols = rows, cols
        self._state = np.full((rows, cols), -1, np.int8)
        self._flash = np.zeros((rows, cols), np.uint8)
        self._index = np.zeros((rows, cols), np.uint8)
        self._selected = -1
        self.selection.setVisible(False)
        self.set_highlight(None)
        self.border.setRect(QRectF(0, 0, cols, rows))
        if max(rows, cols) <= GRID_LINES_UP_TO:
            xs, ys = [], []
            for r in range(1, rows):
                xs += [0, cols]
                ys += [r, r]
            for c in range(1, cols):
                xs += [c, c]
                ys += [0, rows]
            self.grid_lines.setData(np.array(xs, float), np.array(ys, float))
        else:
            self.grid_lines.setData(np.zeros(0), np.zeros(0))
        for k, label in enumerate(self.value_labels):
            if k < rows * cols and rows * cols <= VALUE_LABELS_UP_TO:
                r, c = divmod(k, cols)
                label.setPos(c + 0.5, r + 0.5)
                label.setVisible(True)
            else:
                label.setVisible(False)
        self._label_values = np.zeros(rows * cols if rows * cols <= VALUE_LABELS_UP_TO else 0, np.int8)
        self._redraw()
        self._fit()

    def _fit(self) -> None:
        # A thin margin for the border's width; a flat grid (1 x N) also needs room above for the field label.
        self.view.setRange(xRange=(0, self._cols), yRange=(0, self._rows), padding=0.01)
        # Apply the new range to the item transforms now (pyqtgraph defers it to the next
        # paint), so a click right after a resize maps to the right cell.
        self.view.updateMatrix()

    def resizeEvent(self, ev) -> None:
        super().resizeEvent(ev)
        # With the aspect locked, re-fit so the whole grid stays visible at any widget shape.
        # Not while pyqtgraph's close() tears the scene down (the view box is deleted by then).
        if getattr(self, "_rows", 0) and not getattr(self, "closed", False):
            self._fit()

    def cell_at(self, pos: QPointF) -> tuple[int, int] | None:
        """The (row, col) under a point in image coordinates, or None outside the grid."""
        r, c = int(np.floor(pos.y())), int(np.floor(pos.x()))
        if 0 <= r < self._rows and 0 <= c < self._cols:
            return r, c
        return None

    def _clamped_cell(self, pos: QPointF) -> tuple[int, int]:
        r = min(max(int(np.floor(pos.y())), 0), self._rows - 1)
        c = min(max(int(np.floor(pos.x())), 0), self._cols - 1)
        return r, c

    def cell_viewport_pos(self, row: int, col: int) -> QPoint:
        """Where the centre of cell (row, col) is in :meth:`viewport` coordinates (for tests and the bench)."""
        scene = self.image.mapToScene(QPointF(col + 0.5, row + 0.5))
        return self.mapFromScene(scene)

    # ------------------------------------------------------------------ state
    @property
    def state(self) -> np.ndarray:
        """Flat int8 copy of the units shown."""
        return self._state.reshape(-1).copy()

    def set_state(self, state: np.ndarray, flash: np.ndarray | None = None) -> None:
        """Show ``state`` (n values +1/-1); ``flash`` (n values 0..FLASH_LEVELS) tints fresh flips."""
        s = np.asarray(state).reshape(self._rows, self._cols)
        self._state[...] = np.where(s > 0, 1, -1)
        if flash is None:
            self._flash.fill(0)
        else:
            self._flash[...] = np.asarray(flash).reshape(self._rows, self._cols)
        self._redraw()

    def _redraw(self) -> None:
        np.multiply(self._flash, 2, out=self._index)
        self._index += self._state > 0
        self.image.setImage(self._index, autoLevels=False, levels=colors.state_levels())
        if self._label_values.size:
            values = self._state.reshape(-1)
            for k in np.flatnonzero(values != self._label_values):
                v = int(values[k])
                # Light text on ink, dark text on the background.
                self.value_labels[k].setColor(colors.BACKGROUND if v > 0 else colors.INK)
                self.value_labels[k].setText(self._value_texts[0] if v > 0 else self._value_texts[1])
            self._label_values[...] = values

    def set_value_texts(self, on: str, off: str) -> None:
        """What small grids write in a unit's cell for +1 and for -1 (e.g. "1"/"0" for 0/1 units)."""
        self._value_texts = (on, off)
        self._label_values[...] = 0  # every cell is written again
        self._redraw()

    # --------------------------------------------------------------- overlays
    def set_highlight(self, index: int | None, text: str = "") -> None:
        """Outline unit ``index`` (the one being updated) with ``text`` beside it; None hides both."""
        if index is None or not 0 <= index < self.n_units:
            self.halo.setVisible(False)
            self.highlight.setVisible(False)
            self.field_text.setVisible(False)
            return
        r, c = divmod(int(index), self._cols)
        rect = QRectF(c, r, 1, 1)
        self.halo.setRect(rect)
        self.highlight.setRect(rect)
        self.halo.setVisible(True)
        self.highlight.setVisible(True)
        if text:
            if self._rows <= 4:
                # A flat grid: above the cell (the locked aspect leaves room above and below).
                if c < 2:
                    ax, x = 0.0, c
                elif c > self._cols - 3:
                    ax, x = 1.0, c + 1
                else:
                    ax, x = 0.5, c + 0.5
                self.field_text.setAnchor((ax, 1.0))
                self.field_text.setPos(x, r - 0.15)
            else:
                # Beside the cell, on the side with more room, so the label stays inside the view;
                # near the top or bottom edge it hangs below or sits above the cell's row.
                right = c < self._cols / 2
                edge = max(2, self._rows // 8)
                if r < edge:
                    ay, y = 0.0, r
                elif r >= self._rows - edge:
                    ay, y = 1.0, r + 1
                else:
                    ay, y = 0.5, r + 0.5
                self.field_text.setAnchor((0.0 if right else 1.0, ay))
                self.field_text.setPos(c + 1.3 if right else c - 0.3, y)
            if self.field_text.textItem.toPlainText() != text:
                self.field_text.setText(text)
            self.field_text.setVisible(True)
        else:
            self.field_text.setVisible(False)

    @property
    def selected(self) -> int:
        """The unit selected in inspect mode, or -1."""
        return self._selected

    def set_selected(self, index: int | None) -> None:
        """Mark unit ``index`` as selected (green outline); None or -1 clears."""
        if index is None or not 0 <= index < self.n_units:
            self._selected = -1
            self.selection.setVisible(False)
            return
        self._selected = int(index)
        r, c = divmod(self._selected, self._cols)
        self.selection.setRect(QRectF(c, r, 1, 1))
        self.selection.setVisible(True)

    # ------------------------------------------------------------------ modes
    @property
    def mode(self) -> str:
        return self._mode

    def set_mode(self, mode: str) -> None:
        """"draw", "occlude", "inspect" or "off"."""
        if mode not in self.MODES:
            raise ValueError(f"Unknown canvas mode {mode!r}; choose one of {', '.join(self.MODES)}.")
        self._cancel_gesture()
        self._mode = mode
        cursor = Qt.CursorShape.ArrowCursor if mode in ("off", "inspect") else Qt.CursorShape.CrossCursor
        if mode == "inspect":
            cursor = Qt.CursorShape.PointingHandCursor
        self.viewport().setCursor(cursor)

    def _cancel_gesture(self) -> None:
        self._paint_value = 0
        self._last_cell = None
        self._anchor = None
        self._button = Qt.MouseButton.NoButton
        self.occlusion.setVisible(False)

    # ------------------------------------------------------------ mouse input
    def _press(self, pos: QPointF, button: Qt.MouseButton) -> bool:
        if self._mode == "off" or self._button != Qt.MouseButton.NoButton:
            return self._button != Qt.MouseButton.NoButton
        if button not in (Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton):
            return False
        cell = self.cell_at(pos)
        if cell is None:
            return False
        self._button = button
        if self._mode == "draw":
            self._paint_value = 1 if button == Qt.MouseButton.LeftButton else -1
            self._last_cell = cell
            self._paint_cells(np.array([cell[0]]), np.array([cell[1]]))
        elif self._mode == "occlude":
            self._anchor = cell
            self._show_occlusion(cell)
        elif self._mode == "inspect":
            self.set_selected(cell[0] * self._cols + cell[1])
            self.unit_selected.emit(self._selected)
        return True

    def _move(self, pos: QPointF) -> None:
        if self._button == Qt.MouseButton.NoButton:
            return
        if self._mode == "draw" and self._last_cell is not None:
            cell = self._clamped_cell(pos)
            if cell != self._last_cell:
                rr, cc = _line_cells(self._last_cell, cell)
                self._last_cell = cell
                self._paint_cells(rr[1:], cc[1:])
        elif self._mode == "occlude" and self._anchor is not None:
            self._show_occlusion(self._clamped_cell(pos))

    def _release(self, pos: QPointF, button: Qt.MouseButton) -> None:
        if button != self._button:
            return
        self._move(pos)
        mode, anchor, painted = self._mode, self._anchor, self._paint_value != 0
        end = self._clamped_cell(pos)
        self._cancel_gesture()
        if mode == "occlude" and anchor is not None:
            r0, r1 = sorted((anchor[0], end[0]))
            c0, c1 = sorted((anchor[1], end[1]))
            self._state[r0:r1 + 1, c0:c1 + 1] = -1
            self._flash[r0:r1 + 1, c0:c1 + 1] = 0
            self._redraw()
            self.rect_occluded.emit(r0, c0, r1 + 1, c1 + 1)
        elif painted:
            self.stroke_finished.emit()

    def _paint_cells(self, rows: np.ndarray, cols: np.ndarray) -> None:
        if rows.size == 0:
            return
        self._state[rows, cols] = self._paint_value
        self._flash[rows, cols] = 0
        self._redraw()
        self.cells_painted.emit(rows.astype(np.int64) * self._cols + cols, self._paint_value)

    def _show_occlusion(self, cell: tuple[int, int]) -> None:
        a = self._anchor
        r0, r1 = sorted((a[0], cell[0]))
        c0, c1 = sorted((a[1], cell[1]))
        self.occlusion.setRect(QRectF(c0, r0, c1 - c0 + 1, r1 - r0 + 1))
        self.occlusion.setVisible(True)


def _line_cells(a: tuple[int, int], b: tuple[int, int]) -> tuple[np.ndarray, np.ndarray]:
    """Cells on the straight line from ``a`` to ``b`` (both included), with no gaps."""
    n = max(abs(b[0] - a[0]), abs(b[1] - a[1])) + 1
    rr = np.rint(np.linspace(a[0], b[0], n)).astype(np.int64)
    cc = np.rint(np.linspace(a[1], b[1], n)).astype(np.int64)
    return rr, cc


def _cosmetic_pen(color: str, width: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    pen = QPen(QColor(color))
    pen.setWidthF(width)
    pen.setCosmetic(True)
    pen.setStyle(style)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    return pen


#: How long a flipped unit keeps glowing on the canvas.
FLASH_SECONDS = 0.6


class FlipGlow:
    """Which units flipped lately and how brightly each still glows: the ``flash`` of :meth:`GridCanvas.set_state`.

    Flip counts from successive snapshots are diffed, so every flip is seen even when
    frames are dropped (a unit that flipped twice between frames glows too).
    """

    def __init__(self, n_units: int = 0) -> None:
        self.reset(n_units)

    def reset(self, n_units: int) -> None:
        """Forget every flip (a new network, or a fresh start of the same one)."""
        self._prev: np.ndarray | None = None
        self._flash_time = np.full(n_units, -np.inf)
        self._glow_until = 0.0

    def clear(self, indices: np.ndarray | None = None) -> None:
        """Stop the glow of ``indices`` (every unit by default), e.g. cells the user painted."""
        if indices is None:
            self._flash_time.fill(-np.inf)
        else:
            self._flash_time[indices] = -np.inf

    def count(self, flip_counts: np.ndarray, now: float) -> None:
        """Start the glow of every unit whose flip count grew since the last call."""
        prev = self._prev
        if prev is not None and prev.shape == flip_counts.shape and not np.any(flip_counts < prev):
            changed = flip_counts != prev
            if changed.any():
                self._flash_time[changed] = now
                self._glow_until = now + FLASH_SECONDS + 0.05
        self._prev = np.array(flip_counts, copy=True)

    def levels(self, now: float) -> np.ndarray:
        """uint8 glow level of each unit at time ``now``: FLASH_LEVELS just after a flip, fading to 0."""
        age = now - self._flash_time
        level = np.ceil((1.0 - age / FLASH_SECONDS) * colors.FLASH_LEVELS)
        np.clip(level, 0, colors.FLASH_LEVELS, out=level)
        return level.astype(np.uint8)

    def glowing(self, now: float) -> bool:
        """Whether some unit still glows at ``now`` (the display should keep redrawing)."""
        return now < self._glow_until
