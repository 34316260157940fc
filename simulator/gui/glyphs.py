"""Letters and digits rendered with the bundled font, and PNG files, turned into +1/-1 grid patterns."""

from __future__ import annotations

import math
from importlib import resources
from pathlib import Path

import numpy as np
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QFont, QFontDatabase, QImage, QImageReader, QPainter, QPainterPath

from simulator.core.patterns import binarize, check_shape, resize_area
from simulator.core.text import tr

LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
DIGITS = "0123456789"

#: Side of the offscreen picture a glyph is drawn into before being averaged down.
_RENDER_SIDE = 384

#: Largest picture imported (4096 x 4096): grids are at most 128 cells a side, and a tiny
#: compressed PNG of 7000 x 7000 pixels takes seconds and a gigabyte to decode.
MAX_IMAGE_PIXELS = 4096 * 4096

_family: str | None = None


def font_family() -> str:
    """The family name of the bundled DejaVu Sans Bold (registered once; needs a QGuiApplication)."""
    global _family
    if _family is None:
        path = resources.files("simulator") / "resources" / "fonts" / "DejaVuSans-Bold.ttf"
        font_id = QFontDatabase.addApplicationFontFromData(path.read_bytes())
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        # Without the bundled font (a broken install), fall back to whatever sans-serif Qt has.
        _family = families[0] if families else "Sans Serif"
    return _family


def qimage_to_gray(image: QImage) -> np.ndarray:
    """Lightness (0 black .. 1 white) of a QImage, with transparency composited on white."""
    argb = image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
    canvas = QImage(argb.width(), argb.height(), QImage.Format.Format_ARGB32_Premultiplied)
    canvas.fill(QColor("white"))
    painter = QPainter(canvas)
    painter.drawImage(0, 0, argb)
    painter.end()
    gray = canvas.convertToFormat(QImage.Format.Format_Grayscale8)
    w, h, stride = gray.width(), gray.height(), gray.bytesPerLine()
    buf = np.frombuffer(gray.constBits(), dtype=np.uint8, count=stride * h)
    return buf.reshape(h, stride)[:, :w].astype(np.float64) / 255.0


def glyph_gray(char: str, rows: int, cols: int) -> np.ndarray:
    """Lightness image of ``char`` in the bundled bold font, centred and scaled to fill a rows x cols grid.

    The glyph keeps its proportions and fills the grid up to a margin of about half a
    cell, drawn at several pixels per cell so the caller can average it down.
    """
    rows, cols = check_shape(rows, cols)
    scale = max(1, math.ceil(_RENDER_SIDE / max(rows, cols)))
    width, height = cols * scale, rows * scale
    image = QImage(width, height, QImage.Format.Format_Grayscale8)
    image.fill(255)
    font = QFont(font_family())
    font.setPixelSize(200)
    path = QPainterPath()
    path.addText(QPointF(0, 0), font, char)
    box = path.boundingRect()
    if box.isEmpty():
        raise ValueError(tr("The font has no visible glyph for {char!r}.", char=char))
    margin = 0.5 * scale if min(rows, cols) >= 6 else 0.0
    target = QRectF(margin, margin, width - 2 * margin, height - 2 * margin)
    k = min(target.width() / box.width(), target.height() / box.height())
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.translate(target.center())
    painter.scale(k, k)
    painter.translate(-box.center())
    painter.fillPath(path, QColor("black"))
    painter.end()
    return resize_area(qimage_to_gray(image), rows, cols)


def render_glyph(char: str, rows: int, cols: int) -> np.ndarray:
    """The +1 (ink) / -1 pattern of ``char`` on a rows x cols grid, shape (rows, cols) int8."""
    return binarize(glyph_gray(char, rows, cols), 0.5)


def glyph_set(chars: str, rows: int, cols: int) -> tuple[np.ndarray, list[str]]:
    """Patterns of every character in ``chars``: ((k, rows * cols) int8, names)."""
    pats = [render_glyph(ch, rows, cols).reshape(-1) for ch in chars]
    return np.stack(pats), list(chars)


def letter_set(rows: int, cols: int, count: int = 26) -> tuple[np.ndarray, list[str]]:
    """Letters A.. (the first ``count``) at the grid size."""
    return glyph_set(LETTERS[: max(0, min(count, 26))], rows, cols)


def digit_set(rows: int, cols: int, count: int = 10) -> tuple[np.ndarray, list[str]]:
    """Digits 0.. (the first ``count``) in the bundled font at the grid size."""
    return glyph_set(DIGITS[: max(0, min(count, 10))], rows, cols)


class GlyphSource:
    """Re-renders one character at any grid size (a library entry's source)."""

    def __init__(self, char: str) -> None:
        self.char = char

    def __call__(self, rows: int, cols: int) -> np.ndarray:
        return render_glyph(self.char, rows, cols)

    def __repr__(self) -> str:
        return f"GlyphSource({self.char!r})"


def load_png_gray(path: str | Path) -> np.ndarray:
    """Lightness image (0 black .. 1 white) of an image file, transparency on white.

    Raises
    ------
    ValueError
        The file is missing, unreadable, or not an image Qt can decode; the message names it.
    """
    p = Path(path)
    if p.is_dir():
        raise ValueError(tr("{name!r} is a folder, not a picture (looked at {path}).", name=p.name, path=str(p)))
    if not p.is_file():
        raise ValueError(tr("There is no file {name!r} (looked for {path}).", name=p.name, path=str(p)))

    def refuse_size(width: int, height: int) -> None:
        if width * height > MAX_IMAGE_PIXELS:
            raise ValueError(tr("{name!r} is too large ({width} x {height} pixels); pictures of up to {most:,} pixels "
                                "are imported.", name=p.name, width=width, height=height, most=MAX_IMAGE_PIXELS))

    # The header's size, checked before decoding: a small file can unpack to gigabytes.
    size = QImageReader(str(p)).size()
    refuse_size(size.width(), size.height())
    image = QImage(str(p))
    if image.isNull():
        raise ValueError(tr("Could not read {name!r} as an image: the file is damaged or not a PNG.", name=p.name))
    refuse_size(image.width(), image.height())
    return qimage_to_gray(image)


def load_png_pattern(path: str | Path, rows: int, cols: int) -> np.ndarray:
    """An image file as a +1 (dark ink) / -1 pattern on a rows x cols grid, shape (rows, cols) int8.

    The picture is composited on white, turned grey, resampled by area averaging, and
    thresholded with Otsu's method. Raises ValueError naming the file if it cannot be read.
    """
    rows, cols = check_shape(rows, cols)
    return binarize(resize_area(load_png_gray(path), rows, cols, upsample="linear"))


def pattern_qimage(pattern: np.ndarray, rows: int, cols: int, ink: QColor | str = "#1F2430",
                   background: QColor | str = "#F7F7F2") -> QImage:
    """A small RGB QImage of a +1/-1 pattern (one pixel per unit), e.g. for thumbnails."""
    lut = np.array([QColor(background).rgb(), QColor(ink).rgb()], dtype=np.uint32)
    pix = lut[(np.asarray(pattern).reshape(rows, cols) > 0).astype(np.intp)]
    pix = np.ascontiguousarray(pix)
    image = QImage(pix.data, cols, rows, 4 * cols, QImage.Format.Format_RGB32)
    return image.copy()  # detach from the numpy buffer

