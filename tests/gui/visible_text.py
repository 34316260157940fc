"""Every string a person can see in a window: widget texts, tooltips, menus, list items, plot titles and axes."""

from __future__ import annotations

import html
import re

import pyqtgraph as pg
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QTabWidget,
    QTextEdit,
    QTreeWidget,
    QTreeWidgetItemIterator,
    QWidget,
)

TAG = re.compile(r"<[^>]+>")
#: A run of Latin letters that reads as an English word.
WORD = re.compile(r"[A-Za-z][A-Za-z'’]{2,}")
#: Words that stay as they are in a translation: names of people and methods, abbreviations,
#: key names, units and symbols.
KEPT = {
    # people and named methods
    "Hopfield", "Boltzmann", "Hebb", "Hebbian", "Storkey", "Gibbs", "Metz", "Karras", "Okabe", "Ito",
    "Adam", "SARSA", "Glauber", "Metropolis", "Kullback", "Leibler", "Goodfellow", "Hinton", "Ackley", "Sejnowski",
    "Watkins", "Sutton", "Barto", "Xavier", "Glorot", "Kingma", "Nesterov", "Jensen", "Shannon", "Markov",
    "Bellman", "Ising", "Geman", "Sherrington", "Kirkpatrick", "Wasserstein", "Smolensky", "Rumelhart", "McClelland",
    "Storkey's", "Hopfield's", "Hebb's", "DejaVu", "Qt", "PySide", "pyqtgraph", "numba", "numpy", "NumPy",
    "Python", "scipy", "SciPy", "Pillow", "OpenBLAS", "MIT", "UCI", "Alpaydin", "Kaynak",
    # abbreviations and formats
    "RBM", "GAN", "GANs", "PNG", "GIF", "CSV", "JSON", "NPZ", "SGD", "ReLU", "tanh", "sgn", "sign", "exp",
    "log", "max", "min", "argmax", "CD", "PCD", "KL", "TV", "MLP", "TD", "nnscene", "npz", "png", "gif", "csv",
    "json", "txt", "map", "fps", "BLAS", "CPU", "GPU", "RMS", "std", "var", "sigmoid", "softmax", "leaky",
    # symbols of the explain pane's formulas, read without their subscripts (w_ij, w_ii)
    "wij", "wii", "wji",
    # keys
    "Ctrl", "Shift", "Alt", "Space", "Esc", "Enter", "Return", "Home", "End", "Left", "Right", "Tab", "Del",
    "PgUp", "PgDown",
}


def plain(text: str) -> str:
    return html.unescape(TAG.sub(" ", text or ""))


def english_words(text: str) -> list[str]:
    """Words of ``text`` that read as untranslated English."""
    return [w for w in WORD.findall(plain(text)) if w not in KEPT and w.strip("'’") not in KEPT]


def _widget_texts(widget: QWidget) -> list[str]:
    texts = [widget.toolTip(), widget.statusTip(), widget.whatsThis()]
    if isinstance(widget, QLabel):
        texts.append(widget.text())
    if isinstance(widget, QAbstractButton):
        texts.append(widget.text())
    if isinstance(widget, QGroupBox):
        texts.append(widget.title())
    if isinstance(widget, QLineEdit):
        texts += [widget.placeholderText()]
    if isinstance(widget, QTextEdit):
        texts.append(widget.toPlainText())
    if isinstance(widget, QComboBox):
        texts += [widget.itemText(i) for i in range(widget.count())]
        texts += [widget.itemData(i, 3) or "" for i in range(widget.count())]  # ToolTipRole
    if isinstance(widget, QTabWidget):
        texts += [widget.tabText(i) for i in range(widget.count())] + [widget.tabToolTip(i) for i in range(widget.count())]
    if isinstance(widget, QListWidget):
        texts += [widget.item(i).text() for i in range(widget.count())]
        texts += [widget.item(i).toolTip() for i in range(widget.count())]
    if isinstance(widget, QTreeWidget):
        it = QTreeWidgetItemIterator(widget)
        while it.value() is not None:
            item = it.value()
            texts += [item.text(c) for c in range(item.columnCount())] + [item.toolTip(0)]
            it += 1
    if isinstance(widget, QDockWidget):
        texts.append(widget.windowTitle())
    if isinstance(widget, QMainWindow):
        texts.append(widget.windowTitle())
    if isinstance(widget, pg.GraphicsView):
        for item in widget.scene().items():
            if isinstance(item, pg.LabelItem):
                texts.append(item.text)
            elif isinstance(item, pg.AxisItem):
                texts.append(item.labelText)
            elif isinstance(item, pg.TextItem):
                texts.append(item.textItem.toPlainText())
            elif isinstance(item, pg.LegendItem):
                texts += [label.text for _sample, label in item.items]
    return texts


def _menu_texts(menu: QMenu) -> list[str]:
    texts = [menu.title()]
    for action in menu.actions():
        texts += [action.text(), action.toolTip(), action.statusTip()]
        if action.menu() is not None:
            texts += _menu_texts(action.menu())
    return texts


def visible_texts(window: QWidget) -> list[str]:
    """Every text shown in ``window`` (hidden widgets and tabs left out), its menus and actions included."""
    texts: list[str] = []
    for widget in [window, *window.findChildren(QWidget)]:
        if widget is not window and not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QMenu):
            continue
        texts += _widget_texts(widget)
    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            if action.menu() is not None:
                texts += _menu_texts(action.menu())
    for action in window.actions():
        texts += [action.text(), action.toolTip()]
    return [t for t in texts if isinstance(t, str) and t.strip()]


def untranslated(window: QWidget) -> list[str]:
    """The texts of ``window`` that still hold English words, each once, with the words found."""
    seen: dict[str, list[str]] = {}
    for text in visible_texts(window):
        words = english_words(text)
        if words and text not in seen:
            seen[text] = words
    return [f"{plain(t).strip()!r}  ← {', '.join(sorted(set(w)))}" for t, w in seen.items()]
