"""Small control factories shared by the panels."""

from __future__ import annotations

from typing import Any, Callable, Sequence

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QWidget


def button(text: str, tooltip: str, slot: Callable[[], Any]) -> QPushButton:
    """A push button with its tooltip, calling ``slot()`` when clicked."""
    b = QPushButton(text)
    b.setToolTip(tooltip)
    b.clicked.connect(lambda _checked=False: slot())
    return b


def add_form_rows(grid: QGridLayout, rows: Sequence[tuple[str | None, QWidget]]) -> None:
    """Put (label, widget) rows in ``grid`` from row 0; the label shares the widget's tooltip.

    A row whose label is None puts its widget across both columns (a check box, a button).
    """
    for r, (label, widget) in enumerate(rows):
        if label is None:
            grid.addWidget(widget, r, 0, 1, 2)
            continue
        caption = QLabel(label)
        caption.setToolTip(widget.toolTip())
        grid.addWidget(caption, r, 0)
        grid.addWidget(widget, r, 1)


def big_font(scale: float = 1.2, bold: bool = True, base: QFont | None = None) -> QFont:
    """A copy of ``base`` (or the default font) ``scale`` times larger, bold unless told otherwise."""
    f = QFont(base) if base is not None else QFont()
    f.setPointSizeF(max(f.pointSizeF(), 10) * scale)
    f.setBold(bold)
    return f
