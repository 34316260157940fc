"""Render packaging/icons/nn-simulator.svg to the 256x256 PNG beside it (needs PySide6 with QtSvg)."""

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer


def main(size: int = 256) -> int:
    """Write ``nn-simulator.png`` of ``size`` pixels square next to the SVG; return the exit status."""
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1] + ["-platform", "offscreen"])
    svg = Path(__file__).resolve().parent / "icons" / "nn-simulator.svg"
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        print(f"cannot read {svg}", file=sys.stderr)
        return 1
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    ok = image.save(str(svg.with_suffix(".png")))
    del app
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
