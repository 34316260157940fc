"""Image mosaics: many small images (filters, samples) tiled with gaps into one RGBA picture."""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF

from simulator.gui.widgets import colors

GAP_RGBA = (150, 150, 145, 255)
#: Paper to ink: 0 is the background, 1 full ink.
INK_LUT = np.linspace([247, 247, 242, 255], [31, 36, 48, 255], 256).astype(np.uint8)


def grid_shape(n: int, aspect: float = 1.0) -> tuple[int, int]:
    """Rows and columns of a near-square (or ``aspect`` = cols/rows) grid of ``n`` tiles."""
    n = max(1, int(n))
    cols = max(1, math.ceil(math.sqrt(n * aspect)))
    return math.ceil(n / cols), cols


def mosaic_rgba(tiles: np.ndarray, cols: int, lut: np.ndarray, levels: tuple[float, float],
                rows: int | None = None, side: tuple[int, int] = (8, 8), gap: int = 1) -> np.ndarray:
    """Tiles (n, h*w) coloured through ``lut`` in a (rows x cols) mosaic with grey gaps: one RGBA image."""
    t = np.asarray(tiles, np.float64).reshape(-1, *side)
    n = t.shape[0]
    rows = rows if rows is not None else max(1, math.ceil(n / cols))
    h, w = side
    out = np.empty((rows * (h + gap) + gap, cols * (w + gap) + gap, 4), np.uint8)
    out[...] = GAP_RGBA
    lo, hi = levels
    span = hi - lo if hi > lo else 1.0
    scaled = np.nan_to_num((t - lo) / span * (len(lut) - 1), nan=0.0, posinf=len(lut) - 1, neginf=0.0)
    idx = np.clip(scaled.round(), 0, len(lut) - 1).astype(np.intp)
    for k in range(min(n, rows * cols)):
        r, c = divmod(k, cols)
        y, x = gap + r * (h + gap), gap + c * (w + gap)
        out[y:y + h, x:x + w] = lut[idx[k]]
    return out


def image_plot(glw: pg.GraphicsLayoutWidget, title: str, row: int, col: int) -> tuple[pg.PlotItem, pg.ImageItem]:
    """A titled, axis-free, aspect-locked plot holding one ImageItem (for mosaics)."""
    glw.addLabel(title, row=row, col=col, size="12pt", color=colors.PLOT_FOREGROUND, bold=True)
    plot = glw.addPlot(row=row + 1, col=col)
    plot.setMenuEnabled(False)
    plot.hideButtons()
    plot.setMouseEnabled(x=False, y=False)
    plot.invertY(True)
    plot.setAspectLocked(True)
    plot.hideAxis("left")
    plot.hideAxis("bottom")
    image = pg.ImageItem(axisOrder="row-major")
    plot.addItem(image)
    return plot, image


def show_rgba(plot: pg.PlotItem, image: pg.ImageItem, rgba: np.ndarray, key: Any, last: dict) -> None:
    """Set ``rgba`` on ``image``; re-fit the view only when the mosaic's shape changed."""
    image.setImage(rgba, autoLevels=False)
    shape = rgba.shape[:2]
    if last.get(key) != shape:
        last[key] = shape
        image.setRect(QRectF(0, 0, shape[1], shape[0]))
        plot.setRange(xRange=(0, shape[1]), yRange=(0, shape[0]), padding=0.02)
