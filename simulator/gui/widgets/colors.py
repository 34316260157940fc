"""Colours of the app: the Okabe–Ito palette, the unit-state lookup table and the diverging weight map."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QPen

# Okabe–Ito: distinguishable by the common forms of colour blindness and on washed-out projectors.
ORANGE = "#E69F00"
SKY_BLUE = "#56B4E9"
GREEN = "#009E73"
YELLOW = "#F0E442"
BLUE = "#0072B2"
VERMILLION = "#D55E00"
PURPLE = "#CC79A7"
BLACK = "#000000"

#: Curve colours in order (yellow is left out: it vanishes on white).
SERIES = (BLUE, VERMILLION, GREEN, ORANGE, PURPLE, SKY_BLUE, BLACK)

#: A +1 unit ("ink", drawn dark) and a -1 unit (background, light).
INK = "#1F2430"
BACKGROUND = "#F7F7F2"
#: Just-flipped units: a unit that became +1 glows vermillion, one that became -1 pale orange.
FLIP_TO_INK = VERMILLION
FLIP_TO_BACKGROUND = "#F8C77E"
GRID_LINE = "#B8B8B0"
#: Outline of the unit being updated (drawn over a dark halo, so it shows on ink and paper).
HIGHLIGHT = SKY_BLUE
SELECTION = GREEN
ERROR_TEXT = "#B00020"
WARNING_TEXT = VERMILLION
OK_TEXT = GREEN
MUTED_TEXT = "#555555"
PLOT_BACKGROUND = "#FFFFFF"
PLOT_FOREGROUND = "#202020"
#: Style-sheet text colours that follow the theme (light, dark, high contrast) of the window.
TEXT_CSS = "palette(window-text)"
MUTED_CSS = "palette(placeholder-text)"

#: Levels of the "just flipped" glow: index 0 is a plain unit, FLASH_LEVELS the freshest flip.
FLASH_LEVELS = 4


def _rgb(color: str) -> np.ndarray:
    c = pg.mkColor(color)
    return np.array([c.red(), c.green(), c.blue()], dtype=np.float64)


def state_lut() -> np.ndarray:
    """(2 * (FLASH_LEVELS + 1), 4) uint8 RGBA table for unit images.

    Index ``2 * level + (unit == +1)``: level 0 is the plain colour; levels 1..FLASH_LEVELS
    blend towards the flip colour, FLASH_LEVELS being a flip that just happened.
    """
    base = [_rgb(BACKGROUND), _rgb(INK)]
    flash = [_rgb(FLIP_TO_BACKGROUND), _rgb(FLIP_TO_INK)]
    rows = []
    for level in range(FLASH_LEVELS + 1):
        t = level / FLASH_LEVELS
        for v in (0, 1):
            rgb = (1 - t) * base[v] + t * flash[v]
            rows.append([*np.round(rgb), 255])
    return np.array(rows, dtype=np.uint8)


def state_levels() -> tuple[int, int]:
    """Levels that map state-LUT indices one to one (for ``setImage(levels=...)``)."""
    return (0, 2 * (FLASH_LEVELS + 1) - 1)


def diverging_colormap() -> pg.ColorMap:
    """Blue (negative) – white (zero) – orange (positive): weights, fields, signed values."""
    pos = [0.0, 0.25, 0.5, 0.75, 1.0]
    colors = ["#08437A", SKY_BLUE, "#FFFFFF", "#F3B54A", "#A34D00"]
    return pg.ColorMap(pos, [pg.mkColor(c) for c in colors], name="blue-white-orange")


def diverging_lut(n: int = 256) -> np.ndarray:
    """(n, 4) uint8 lookup table of :func:`diverging_colormap`."""
    return diverging_colormap().getLookupTable(0.0, 1.0, n, alpha=True)


def symmetric_levels(values: np.ndarray) -> tuple[float, float]:
    """(-m, m) with m the largest magnitude in ``values`` (1 if all are zero), so zero is white."""
    m = float(np.max(np.abs(values))) if np.size(values) else 0.0
    if not np.isfinite(m) or m <= 0:
        m = 1.0
    return (-m, m)


def series_color(k: int) -> str:
    """Colour of series ``k`` (cycles through :data:`SERIES`)."""
    return SERIES[k % len(SERIES)]


def series_pen(k: int, width: float = 2.5) -> QPen:
    """Pen of series ``k``: colours cycle, and after one round the line becomes dashed."""
    style = Qt.PenStyle.SolidLine if (k // len(SERIES)) % 2 == 0 else Qt.PenStyle.DashLine
    return pg.mkPen(series_color(k), width=width, style=style)
