"""Small control factories shared by the panels."""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtWidgets import QPushButton


def button(text: str, tooltip: str, slot: Callable[[], Any]) -> QPushButton:
    """A push button with its tooltip, calling ``slot()`` when clicked."""
    b = QPushButton(text)
    b.setToolTip(tooltip)
    b.clicked.connect(lambda _checked=False: slot())
    return b
