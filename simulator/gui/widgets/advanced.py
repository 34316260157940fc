"""Marks controls as advanced: presentation mode hides them (fine-tuning, file import/export, rare options)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

#: The widget property presentation mode looks for.
ADVANCED_PROPERTY = "advanced"


def mark_advanced(*widgets: QWidget) -> None:
    """Tag ``widgets`` as advanced controls, hidden in presentation mode (with their form-row labels)."""
    for widget in widgets:
        widget.setProperty(ADVANCED_PROPERTY, True)
