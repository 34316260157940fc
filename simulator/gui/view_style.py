"""Restyles what exists in a window (plots, fonts, label colours, advanced controls) and restores it exactly."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Callable

import pyqtgraph as pg
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QWidget,
)

from simulator.gui.widgets import colors
from simulator.gui.widgets.advanced import ADVANCED_PROPERTY

# QFont::SizeResolved: the widget's own font fixes its size (else it follows its parent's).
_SIZE_RESOLVED = 0x0002
#: Widgets whose widths set in code follow their text (plots and sliders keep theirs).
_TEXT_WIDGETS = (QLabel, QAbstractButton, QComboBox, QAbstractSpinBox, QLineEdit, QProgressBar, QGroupBox,
                 QAbstractItemView)
# QWIDGETSIZE_MAX: no maximum width.
_NO_LIMIT = (1 << 24) - 1


@dataclass(frozen=True)
class ViewStyle:
    """How plots and widgets should look, relative to how the panels built them.

    Attributes
    ----------
    colour_map : dict of str to str
        Lower-case ``#rrggbb`` colours the panels draw lines and text with (foreground,
        muted text), mapped to the theme's; data colours are not in it.
    background_map : dict of str to str
        The same for view backgrounds (a dark view stays dark: black there is no text colour).
    font_scale : float
        Factor for fonts the app font does not reach (plot ticks, plot titles, widgets
        with a font of their own).
    pen_scale : float
        Factor for the widths of plot lines.
    grid_alpha : float or None
        Opacity of plot grid lines where a plot shows a grid; None keeps it.
    hide_advanced : bool
        Hide the widgets whose ``advanced`` property is true.
    """

    colour_map: dict[str, str] = field(default_factory=dict)
    background_map: dict[str, str] = field(default_factory=dict)
    font_scale: float = 1.0
    pen_scale: float = 1.0
    grid_alpha: float | None = None
    hide_advanced: bool = False

    @property
    def is_identity(self) -> bool:
        """True when this style changes nothing (everything is shown as the panels built it)."""
        return (not self.colour_map and not self.background_map and self.font_scale == 1.0
                and self.pen_scale == 1.0 and self.grid_alpha is None and not self.hide_advanced)

    def colour(self, value: Any) -> QColor:
        c = QColor(pg.mkColor(value)) if value is not None else QColor()
        mapped = self.colour_map.get(c.name().lower()) if c.isValid() else None
        if mapped is None:
            return c
        out = QColor(mapped)
        out.setAlpha(c.alpha())
        return out

    def brush(self, brush: QBrush) -> QBrush:
        out = QBrush(brush)
        mapped = self.background_map.get(brush.color().name().lower())
        if brush.style() == Qt.BrushStyle.SolidPattern and mapped is not None:
            colour = QColor(mapped)
            colour.setAlpha(brush.color().alpha())
            out.setColor(colour)
        return out

    def pen(self, pen: QPen, scale_width: bool = True) -> QPen:
        out = QPen(pen)
        out.setColor(self.colour(pen.color()))
        if scale_width and self.pen_scale != 1.0 and pen.style() != Qt.PenStyle.NoPen:
            # Width 0 is a cosmetic 1-pixel line.
            out.setWidthF(max(pen.widthF(), 1.0) * self.pen_scale)
        return out

    def font(self, font: QFont) -> QFont:
        out = QFont(font)
        if self.font_scale != 1.0:
            if font.pointSizeF() > 0:
                out.setPointSizeF(font.pointSizeF() * self.font_scale)
            elif font.pixelSize() > 0:
                out.setPixelSize(round(font.pixelSize() * self.font_scale))
        return out

    def css_size(self, size: Any) -> Any:
        """``"12pt"`` scaled (``"18pt"`` at 1.5); other values unchanged."""
        m = re.fullmatch(r"\s*([0-9.]+)\s*(pt|px)\s*", str(size)) if size is not None else None
        if m is None or self.font_scale == 1.0:
            return size
        return f"{float(m.group(1)) * self.font_scale:g}{m.group(2)}"

    def css(self, sheet: str) -> str:
        """A style sheet with the mapped colours replaced."""
        for old, new in self.colour_map.items():
            sheet = re.sub(re.escape(old), new, sheet, flags=re.IGNORECASE)
        return sheet


def theme_colour_map(plot_foreground: str, plot_muted: str) -> dict[str, str]:
    """The colours the panels draw axes, titles and labels with, mapped to a theme's."""
    return {
        colors.PLOT_FOREGROUND.lower(): plot_foreground,
        colors.BLACK.lower(): plot_foreground,
        colors.MUTED_TEXT.lower(): plot_muted,
        # pyqtgraph's own defaults, for items a panel did not colour.
        "#969696": plot_foreground,
        "#000000": plot_foreground,
    }


@dataclass
class _Record:
    target: Any
    original: Any
    applied: Any


class Restyler:
    """Applies a :class:`ViewStyle` to widget trees, remembering each changed value.

    Each styled value (a pen, a font, a title's size, a widget's visibility) is read,
    kept as the original, and replaced by the styled value. A later :meth:`apply`
    styles the original again, unless the panel has since set a value of its own,
    which then becomes the original. :meth:`apply` with the identity style puts every
    original back that is still the one this restyler set, and forgets them all.
    """

    def __init__(self) -> None:
        self._records: dict[tuple[int, str], _Record] = {}
        self.style = ViewStyle()

    # ------------------------------------------------------------------ public
    def apply(self, roots: list[QWidget], style: ViewStyle) -> None:
        """Style every widget and plot item under ``roots`` (and restore them when ``style`` is the identity)."""
        self.style = style
        if style.is_identity:
            self.restore()
            return
        for root in roots:
            if root is None or not shiboken6.isValid(root):
                continue
            for widget in [root, *root.findChildren(QWidget)]:
                self._style_widget(widget)

    def restore(self) -> None:
        """Put back every original value that is still the one this restyler set."""
        for (_, prop), record in list(self._records.items()):
            getter, setter = _PROPERTIES[prop]
            target = record.target
            if not _alive(target):
                continue
            try:
                if _same(getter(target), record.applied):
                    setter(target, record.original)
            except RuntimeError:
                continue  # deleted on the C++ side meanwhile
        self._records.clear()
        self.style = ViewStyle()

    @property
    def styled_count(self) -> int:
        """How many values are currently styled (for tests and diagnostics)."""
        return len(self._records)

    # ----------------------------------------------------------------- walking
    def _style_widget(self, widget: QWidget) -> None:
        style = self.style
        if style.hide_advanced and widget.property(ADVANCED_PROPERTY):
            self._set(widget, "hidden", lambda hidden: True)
            label = _form_label(widget)
            if label is not None:
                self._set(label, "hidden", lambda hidden: True)
        if style.font_scale != 1.0 and widget.testAttribute(Qt.WidgetAttribute.WA_SetFont) \
                and widget.font().resolveMask() & _SIZE_RESOLVED:
            self._set(widget, "font", style.font)
        if style.font_scale != 1.0 and _sized_by_text(widget):
            self._set(widget, "widths", self._widths_value)
        if style.colour_map and widget.styleSheet():
            self._set(widget, "style_sheet", style.css)
        if isinstance(widget, pg.GraphicsView):
            self._set(widget, "background", style.brush)
            scene = widget.scene()
            if scene is not None:
                for item in scene.items():
                    self._style_item(item)

    def _style_item(self, item: Any) -> None:
        style = self.style
        if isinstance(item, pg.PlotDataItem):
            if item.opts.get("pen") is not None:
                self._set(item, "data_pen", style.pen)
        elif isinstance(item, pg.PlotCurveItem):
            if not isinstance(item.parentItem(), pg.PlotDataItem):
                self._set(item, "curve_pen", style.pen)
        elif isinstance(item, pg.InfiniteLine):
            self._set(item, "line_pen", style.pen)
        elif isinstance(item, pg.AxisItem):
            self._set(item, "axis", self._axis_value)
        elif isinstance(item, pg.LabelItem):
            self._set(item, "label", self._label_value)
        elif isinstance(item, pg.TextItem):
            self._set(item, "text", self._text_value)

    def _set(self, target: Any, prop: str, transform: Callable[[Any], Any]) -> None:
        getter, setter = _PROPERTIES[prop]
        key = (id(target), prop)
        record = self._records.get(key)
        current = getter(target)
        if record is not None and record.target is target and _same(current, record.applied):
            original = record.original
        else:
            original = current  # first seen, or the panel has set a value of its own since
        styled = transform(original)
        if not _same(styled, current):
            setter(target, styled)
        self._records[key] = _Record(target, original, getter(target))

    # ---------------------------------------------------------- composite values
    def _widths_value(self, value: tuple[int, int]) -> tuple[int, int]:
        # Widths set in code were measured in the normal font: larger text needs them larger.
        low, high = value
        scale = self.style.font_scale
        return (round(low * scale) if low > 0 else low, round(high * scale) if high < _NO_LIMIT else high)

    def _axis_value(self, value: tuple) -> tuple:
        pen, text_pen, tick_font, label_style, grid, density = value
        style = self.style
        label_style = dict(label_style)
        if "font-size" in label_style:
            label_style["font-size"] = style.css_size(label_style["font-size"])
        if "color" in label_style:
            label_style["color"] = style.colour(label_style["color"]).name()
        if tick_font is not None:
            tick_font = style.font(tick_font)
        if grid not in (False, None) and style.grid_alpha is not None:
            grid = max(int(grid), int(style.grid_alpha * 255))
        # Fewer ticks for larger labels, or they overlap on short axes.
        return (style.pen(pen), style.pen(text_pen, scale_width=False), tick_font, label_style, grid,
                density / style.font_scale)

    def _label_value(self, value: tuple) -> tuple:
        text, opts = value
        opts = dict(opts)
        if "size" in opts:
            opts["size"] = self.style.css_size(opts["size"])
        if opts.get("color") is not None:
            opts["color"] = self.style.colour(opts["color"]).name()
        return (text, opts)

    def _text_value(self, value: tuple) -> tuple:
        color, font, filled = value
        # Text on its own box (e.g. a light label over a dark image) keeps its colour.
        return (color if filled else self.style.colour(color), self.style.font(font), filled)


# ----------------------------------------------------------- property adapters
def _get_axis(axis: pg.AxisItem) -> tuple:
    return (QPen(axis.pen()), QPen(axis.textPen()), QFont(axis.style["tickFont"]) if axis.style["tickFont"] else None,
            dict(axis.labelStyle), axis.grid, axis._tickDensity)


def _set_axis(axis: pg.AxisItem, value: tuple) -> None:
    pen, text_pen, tick_font, label_style, grid, density = value
    axis.setPen(pen)
    axis.setTextPen(text_pen)
    axis.labelStyle = dict(label_style)  # after the pens: they overwrite its colour
    axis._updateLabel()
    axis.setTickFont(tick_font)
    axis.setGrid(grid)
    axis.setTickDensity(density)


def _set_label(label: pg.LabelItem, value: tuple) -> None:
    text, opts = value
    label.opts = dict(opts)
    label.setText(text)


def _get_text(item: pg.TextItem) -> tuple:
    return (QColor(item.color), QFont(item.textItem.font()), item.fill.style() != Qt.BrushStyle.NoBrush)


def _set_text(item: pg.TextItem, value: tuple) -> None:
    color, font, _ = value
    item.setColor(color)
    item.setFont(font)


def _set_widths(widget: QWidget, value: tuple[int, int]) -> None:
    low, high = value
    widget.setMinimumWidth(low)
    widget.setMaximumWidth(high)


def _sized_by_text(widget: QWidget) -> bool:
    """Whether ``widget`` has a minimum or maximum width set in code (not a plot, not Qt's own parts)."""
    # A plain QWidget is a column of controls (e.g. one given a maximum width to leave room for the views).
    if not (isinstance(widget, _TEXT_WIDGETS) or type(widget) is QWidget) or widget.objectName().startswith("qt_"):
        return False
    return widget.minimumWidth() > 0 or widget.maximumWidth() < _NO_LIMIT


def _set_hidden(widget: QWidget, hidden: bool) -> None:
    widget.setHidden(hidden)


_PROPERTIES: dict[str, tuple[Callable[[Any], Any], Callable[[Any, Any], None]]] = {
    "hidden": (lambda w: w.isHidden(), _set_hidden),
    "widths": (lambda w: (w.minimumWidth(), w.maximumWidth()), _set_widths),
    "font": (lambda w: QFont(w.font()), lambda w, f: w.setFont(f)),
    "style_sheet": (lambda w: w.styleSheet(), lambda w, s: w.setStyleSheet(s)),
    "background": (lambda v: QBrush(v.backgroundBrush()), lambda v, b: v.setBackgroundBrush(b)),
    "data_pen": (lambda i: QPen(pg.mkPen(i.opts["pen"])), lambda i, p: i.setPen(p)),
    "curve_pen": (lambda i: QPen(pg.mkPen(i.opts["pen"])), lambda i, p: i.setPen(p)),
    "line_pen": (lambda i: QPen(i.pen), lambda i, p: i.setPen(p)),
    "axis": (_get_axis, _set_axis),
    "label": (lambda i: (i.text, dict(i.opts)), _set_label),
    "text": (_get_text, _set_text),
}


def _same(a: Any, b: Any) -> bool:
    try:
        return bool(a == b)
    except (TypeError, RuntimeError):
        return False


def _alive(target: Any) -> bool:
    try:
        return shiboken6.isValid(target)
    except TypeError:
        return True


def _form_label(widget: QWidget) -> QWidget | None:
    parent = widget.parentWidget()
    if parent is None:
        return None
    # Nested layouts are children of the widget's top layout, hence found here too.
    for layout in parent.findChildren(QFormLayout):
        label = layout.labelForField(widget)
        if label is not None:
            return label
    # Caption-and-field rows in a grid (widgets.controls.add_form_rows): the label left of the field.
    for layout in parent.findChildren(QGridLayout):
        index = layout.indexOf(widget)
        if index < 0:
            continue
        row, column, _, _ = layout.getItemPosition(index)
        item = layout.itemAtPosition(row, column - 1) if column > 0 else None
        if item is not None and isinstance(item.widget(), QLabel):
            return item.widget()
    return None
