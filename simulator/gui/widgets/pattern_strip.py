"""A strip of pattern thumbnails (the stored memories), selectable, updated in place."""

from __future__ import annotations

from typing import Sequence

import numpy as np
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QListView, QListWidget, QListWidgetItem, QWidget

from simulator.gui.glyphs import pattern_qimage
from simulator.gui.i18n import engine_text, tr
from simulator.gui.widgets import colors

THUMB_SIDE = 44
#: Thumbnails of grids with at most this many cells a side outline each cell.
CELL_LINES_UP_TO = 12


class PatternStrip(QListWidget):
    """Thumbnails of +1/-1 patterns in one scrolling row (icon mode), with their names.

    :meth:`set_patterns` reuses existing items (only changed icons are re-made), so
    the strip can be refreshed after every library change without flicker.

    Signals
    -------
    pattern_clicked(index)
        A thumbnail was clicked (the owner loads it as the current state).
    """

    pattern_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(False)
        self.setMovement(QListView.Movement.Static)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(True)
        self.setIconSize(QSize(THUMB_SIDE, THUMB_SIDE))
        self.setGridSize(QSize(THUMB_SIDE + 22, THUMB_SIDE + 26))
        self.setSpacing(2)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFixedHeight(THUMB_SIDE + 26 + 20)
        self.setStyleSheet(f"QListWidget::item:selected {{ background: {colors.SKY_BLUE}; color: black; }}")
        self.setToolTip(tr("The stored patterns: click one to make it the current state; "
                           "Ctrl+click to select several."))
        self._keys: list[bytes] = []
        self.itemClicked.connect(lambda item: self.pattern_clicked.emit(self.row(item)))

    def set_patterns(self, patterns: np.ndarray, names: Sequence[str], shape: tuple[int, int]) -> None:
        """Show ``patterns`` ((p, n) +1/-1) as thumbnails of a rows x cols grid."""
        rows, cols = shape
        # Flat grids (1 x 6...) get wide thumbnails, so their cells stay big enough to read.
        aspect = cols / rows
        w = int(round(min(max(THUMB_SIDE * aspect, THUMB_SIDE), 2.5 * THUMB_SIDE)))
        h = int(round(min(max(THUMB_SIDE / aspect, 0.4 * THUMB_SIDE), THUMB_SIDE)))
        if self.iconSize() != QSize(w, h):
            self.setIconSize(QSize(w, h))
            self.setGridSize(QSize(w + 22, THUMB_SIDE + 26))
        p = len(patterns)
        while self.count() > p:
            self.takeItem(self.count() - 1)
            self._keys.pop()
        for k in range(p):
            key = bytes([rows % 256, cols % 256, rows // 256, cols // 256]) + np.asarray(patterns[k], np.int8).tobytes()
            if k < self.count():
                item = self.item(k)
                if self._keys[k] == key and item.text() == engine_text(names[k]):
                    continue
            else:
                item = QListWidgetItem()
                item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter)
                self.addItem(item)
                self._keys.append(b"")
            if self._keys[k] != key:
                item.setIcon(QIcon(self._thumbnail(patterns[k], rows, cols)))
                self._keys[k] = key
            item.setText(engine_text(names[k]))
            item.setToolTip(tr("Pattern {number}: {name} — click to load it as the current state", number=k + 1,
                                name=names[k]))

    def _thumbnail(self, pattern: np.ndarray, rows: int, cols: int) -> QPixmap:
        image = pattern_qimage(pattern, rows, cols, colors.INK, colors.BACKGROUND)
        size = self.iconSize()
        scaled = image.scaled(size.width(), size.height(), Qt.AspectRatioMode.KeepAspectRatio,
                              Qt.TransformationMode.FastTransformation)
        pixmap = QPixmap.fromImage(scaled)
        if max(rows, cols) <= CELL_LINES_UP_TO:
            # Few big cells: outline them, so neighbours of one colour still count as separate units.
            painter = QPainter(pixmap)
            painter.setPen(QColor(colors.GRID_LINE))
            cw, ch = pixmap.width() / cols, pixmap.height() / rows
            for c in range(1, cols):
                painter.drawLine(round(c * cw), 0, round(c * cw), pixmap.height())
            for r in range(1, rows):
                painter.drawLine(0, round(r * ch), pixmap.width(), round(r * ch))
            painter.setPen(QColor(colors.MUTED_TEXT))
            painter.drawRect(0, 0, pixmap.width() - 1, pixmap.height() - 1)
            painter.end()
        return pixmap

    def selected_indices(self) -> list[int]:
        """Rows of the selected thumbnails, in order."""
        return sorted(self.row(item) for item in self.selectedItems())
