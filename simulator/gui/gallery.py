"""The gallery: every model's ready-made lessons, grouped by model, each with its title and explanation."""

from __future__ import annotations

import html
from typing import Callable, Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from simulator.gui.i18n import engine_text, tr
from simulator.gui.lessons import Lesson, lessons_for
from simulator.registry import ModelSpec

_LESSON_ROLE = Qt.ItemDataRole.UserRole


class GalleryDialog(QDialog):
    """A list of lessons grouped by model beside the chosen lesson's explanation.

    Open (the button, Enter, or a double click on a lesson) calls ``open_lesson(lesson)``
    and closes the dialog.

    Parameters
    ----------
    models : iterable of ModelSpec
        The models whose lessons are listed (those without lessons are left out).
    open_lesson : callable
        ``open_lesson(lesson)``.
    parent : QWidget, optional
    """

    def __init__(self, models: Iterable[ModelSpec], open_lesson: Callable[[Lesson], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gallery")
        self.setWindowTitle(tr("Gallery of lessons"))
        self._open_lesson = open_lesson
        self.tree = QTreeWidget()
        self.tree.setObjectName("gallery_tree")
        self.tree.setHeaderHidden(True)
        self.tree.setToolTip(tr("The lessons, grouped by model: choose one and press Enter, or double-click it"))
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 10) * 1.15)
        self.tree.setFont(font)
        self.lessons: list[Lesson] = []
        first: QTreeWidgetItem | None = None
        for spec in models:
            lessons = lessons_for(spec.key)
            if not lessons:
                continue
            group = QTreeWidgetItem([engine_text(spec.title)])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            group.setToolTip(0, engine_text(spec.summary))
            bold = QFont(font)
            bold.setBold(True)
            group.setFont(0, bold)
            self.tree.addTopLevelItem(group)
            for lesson in lessons:
                item = QTreeWidgetItem([engine_text(lesson.title)])
                item.setData(0, _LESSON_ROLE, len(self.lessons))
                item.setToolTip(0, engine_text(lesson.text))
                group.addChild(item)
                self.lessons.append(lesson)
                first = first or item
            group.setExpanded(True)
        # Wide enough for the longest title: a cut-off title is no use on a projector.
        metrics = self.tree.fontMetrics()
        longest = max((metrics.horizontalAdvance(engine_text(lesson.title)) for lesson in self.lessons), default=200)
        self.tree.setMinimumWidth(longest + 2 * self.tree.indentation() + 48)
        self.text = QLabel()
        self.text.setObjectName("gallery_text")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text.setFont(font)
        self.text.setMinimumWidth(360)
        self.text.setMargin(8)
        self.text.setToolTip(tr("What the lesson shows, and what to watch"))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.text)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Close)
        self.open_button = self.buttons.button(QDialogButtonBox.StandardButton.Open)
        self.open_button.setToolTip(tr("Open the chosen lesson in its model's panel (Enter)"))
        self.open_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setToolTip(tr("Close the gallery (Esc)"))
        self.buttons.accepted.connect(self.open_current)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        self.tree.currentItemChanged.connect(lambda _item, _prev: self._show_current())
        # Enter is the Open button's (the dialog's default); a double click opens as well.
        self.tree.itemDoubleClicked.connect(lambda item, _col: self.open_current() if self._lesson_of(item) else None)
        if first is not None:
            self.tree.setCurrentItem(first)
        self._show_current()
        self.resize(max(1000, self.tree.minimumWidth() + 560), 560)

    def _lesson_of(self, item: QTreeWidgetItem | None) -> Lesson | None:
        index = None if item is None else item.data(0, _LESSON_ROLE)
        return None if index is None else self.lessons[int(index)]

    def current_lesson(self) -> Lesson | None:
        """The lesson chosen in the list, or None (a model's heading, or nothing)."""
        return self._lesson_of(self.tree.currentItem())

    def select_lesson(self, model: str, key: str) -> None:
        """Choose the lesson ``key`` of ``model`` in the list."""
        for k, lesson in enumerate(self.lessons):
            if lesson.model == model and lesson.key == key:
                for item in self._items():
                    if item.data(0, _LESSON_ROLE) == k:
                        self.tree.setCurrentItem(item)
                        return
        raise ValueError(f"There is no lesson {key!r} for {model!r}.")

    def _items(self) -> list[QTreeWidgetItem]:
        out = []
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            out += [group.child(c) for c in range(group.childCount())]
        return out

    def _show_current(self) -> None:
        lesson = self.current_lesson()
        self.open_button.setEnabled(lesson is not None)
        if lesson is None:
            self.text.setText(tr("Choose a lesson on the left.") if self.lessons
                              else tr("No model offers lessons yet."))
            return
        title = html.escape(engine_text(lesson.title), quote=False)
        text = html.escape(engine_text(lesson.text), quote=False)
        self.text.setText(f"<h2>{title}</h2><p>{text}</p><p><i>"
                          + tr("Open shows it in its model's panel, paused: press Space to run, R to come back "
                               "to the start.") + "</i></p>")

    def open_current(self) -> None:
        """Open the chosen lesson and close the gallery."""
        lesson = self.current_lesson()
        if lesson is None:
            return
        self.accept()
        self._open_lesson(lesson)
