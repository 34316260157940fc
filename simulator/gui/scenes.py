"""File ▸ Open scene, Save scene and Gallery, Reset back to a scene's start, and the New seed action."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow, QMenu

from simulator.core import scenefile
from simulator.gui.i18n import engine_text, tr
from simulator.gui.lessons import Lesson
from simulator.gui.panels.base import ModelPanel
from simulator.gui.run_bar import MAX_SEED

#: How long opening a scene or a lesson waits for its panel (warm-up, a network being built).
PANEL_WAIT_SECONDS = 120.0


@dataclass(frozen=True)
class SceneStart:
    """What Reset returns to after a scene or a lesson was opened: the panel's tree and the run bar's seed."""

    model: str
    title: str
    seed: int
    state: dict


class SceneController(QObject):
    """Scenes for a :class:`~simulator.gui.main_window.MainWindow`: created by the window with one line.

    Adds Open scene… (Ctrl+O), Save scene… (Ctrl+S) and Gallery… (Ctrl+G) to the File
    menu, makes the run bar's New seed a real action (Shift+R), and takes over the run
    bar's Reset: after a scene or a lesson was opened, Reset restores that scene's start
    (per model); otherwise it resets the panel as before.

    Signals
    -------
    scene_opened(str)
        The model key, once a scene file or a lesson is restored and its start recorded.
    """

    scene_opened = Signal(str)

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        #: Start of the scene opened last, per model key.
        self.starts: dict[str, SceneStart] = {}
        self.gallery_dialog = None
        self._waiting: tuple[str, Callable[[ModelPanel], None], float, str | None] | None = None
        self._wait_timer = QTimer(self)
        self._wait_timer.setInterval(30)
        self._wait_timer.timeout.connect(self._poll_wait)
        self._build_actions()
        run_bar = window.run_bar
        # Reset goes through the scene's start first.
        run_bar.reset_requested.disconnect(window.reset)
        run_bar.reset_requested.connect(self.reset)
        run_bar.new_seed_button.clicked.disconnect(run_bar.new_seed)
        run_bar.new_seed_button.setDefaultAction(self.new_seed_action)

    def _build_actions(self) -> None:
        w = self.window
        self.open_action = QAction(tr("&Open scene…"), w)
        self.open_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_O))
        self.open_action.setToolTip(tr("Open a saved scene: the model, every parameter, the network and its state "
                                       "(Ctrl+O)"))
        self.open_action.triggered.connect(self._ask_open)
        self.save_action = QAction(tr("&Save scene…"), w)
        self.save_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_S))
        self.save_action.setToolTip(tr("Save the model shown, every parameter, the network and its state, so that "
                                       "opening it replays the same run (Ctrl+S)"))
        self.save_action.triggered.connect(self._ask_save)
        self.gallery_action = QAction(tr("&Gallery…"), w)
        self.gallery_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_G))
        self.gallery_action.setToolTip(tr("Ready-made lessons for every model, each with an explanation (Ctrl+G)"))
        self.gallery_action.triggered.connect(self.show_gallery)
        self.new_seed_action = QAction(tr("New seed"), w)
        self.new_seed_action.setShortcut(QKeySequence(Qt.Modifier.SHIFT | Qt.Key.Key_R))
        self.new_seed_action.setToolTip(tr("Draw a fresh random seed and reset with it: the same start, different "
                                           "randomness (Shift+R)"))
        self.new_seed_action.triggered.connect(self.new_seed)
        actions = [self.open_action, self.save_action, self.gallery_action]
        for action in actions + [self.new_seed_action]:
            action.setStatusTip(action.toolTip())
        file_menu = self._file_menu()
        if file_menu is not None:
            quit_action = getattr(w, "quit_action", None)
            before = quit_action if quit_action in file_menu.actions() else None
            file_menu.insertActions(before, actions)
            file_menu.insertSeparator(before)
        # On the window too, so the shortcuts work wherever the focus is.
        w.addActions(actions + [self.new_seed_action])

    def _file_menu(self) -> QMenu | None:
        for action in self.window.menuBar().actions():
            menu = action.menu()
            if menu is not None and action.text().replace("&", "") in ("File", tr("&File").replace("&", "")):
                return menu
        return None

    # ------------------------------------------------------------ messages
    def _say(self, text: str, error: bool = False) -> None:
        panel = self.window.current_panel
        if panel is not None:
            # The panel's message label and, through its signal, the status bar.
            (panel.show_error if error else panel.show_info)(text)
        else:
            self.window.statusBar().showMessage(text, 15000)

    # --------------------------------------------------------------- save
    def _ask_save(self) -> None:
        panel = self.window.current_panel
        if panel is None:
            self._say(tr("Open a model first: a scene saves the model shown."), error=True)
            return
        panel.pause()
        key = self.window.current_key or "scene"
        start = self.starts.get(key)
        suggestion = (start.title if start is not None and start.title else key).replace("/", "-")
        path = ask_save_path(self.window, suggestion + scenefile.SUFFIX)
        if path:
            self.save_scene(path)

    def save_scene(self, path: str | Path, title: str | None = None) -> bool:
        """Pause the panel shown and save it with the run bar's seed to ``path``; False (with a message) if not."""
        panel, key = self.window.current_panel, self.window.current_key
        p = Path(path)
        if panel is None or key is None:
            self._say(tr("Open a model first: a scene saves the model shown."), error=True)
            return False
        if not p.suffix:
            p = p.with_suffix(scenefile.SUFFIX)
        panel.pause()
        try:
            state = panel.scene_state()
        except NotImplementedError:
            self._say(tr("The {title} panel cannot save scenes yet.", title=panel.title), error=True)
            return False
        except ValueError as exc:
            self._say(tr("Could not save the scene: {error}", error=engine_text(exc)), error=True)
            return False
        tree = {"run_bar": {"seed": self.window.run_bar.seed()}, "panel": state}
        try:
            scenefile.save_scene(p, key, tree, title=title if title is not None else p.stem)
        except ValueError as exc:
            self._say(tr("Could not save {name}: {error}", name=p.name, error=engine_text(exc)), error=True)
            return False
        except OSError as exc:
            reason = exc.strerror or str(exc)
            self._say(tr("Could not save {name}: {reason}. A file already there is unchanged.", name=p.name,
                         reason=reason), error=True)
            return False
        self._say(tr("Saved the scene to {name}.", name=p.name))
        return True

    # --------------------------------------------------------------- open
    def _ask_open(self) -> None:
        panel = self.window.current_panel
        if panel is not None:
            panel.pause()
        path = ask_open_path(self.window)
        if path:
            self.open_scene(path)

    def open_scene(self, path: str | Path) -> bool:
        """Open the scene file ``path``: switch to its model and restore it once its panel is ready.

        Returns False (with a message, nothing changed) when the file is refused; True when
        it was read, the restore following as soon as the panel is ready (then
        :attr:`scene_opened` is emitted; a restore the panel refuses switches back).
        """
        p = Path(path)
        keys = [spec.key for spec in self.window.models]
        try:
            scene = scenefile.load_scene(p, known_models=keys)
            seed, state = _split_tree(scene.state, p.name)
        except ValueError as exc:
            self._say(engine_text(exc), error=True)
            return False
        start = SceneStart(scene.model, scene.title or p.stem, seed, state)
        self._open_start(start, tr("Opened the scene {title!r} ({name}). Press Space to run, R to come back here.",
                                   title=start.title, name=p.name))
        return True

    def _open_start(self, start: SceneStart, message: str) -> None:
        previous = self.window.current_key

        def restore(panel: ModelPanel) -> None:
            if self._restore(panel, start, previous):
                self.starts[start.model] = start
                self._say(message)
                self.scene_opened.emit(start.model)

        self._when_ready(start.model, restore, previous)

    def _restore(self, panel: ModelPanel, start: SceneStart, previous: str | None) -> bool:
        self.window.rewind.leave()  # an earlier moment on show: the scene replaces the present
        panel.pause()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            panel.restore_scene(start.state)
        except NotImplementedError:
            error = tr("The {title} panel cannot open scenes yet.", title=panel.title)
        except ValueError as exc:
            error = engine_text(exc)
        else:
            error = None
        finally:
            QApplication.restoreOverrideCursor()
        if error is not None:
            if previous is not None and previous != start.model:
                self.window.select_model(previous)
            self._say(error, error=True)
            return False
        self.window.run_bar.set_seed(start.seed)
        return True

    # -------------------------------------------------------------- lessons
    def show_gallery(self) -> None:
        """Open the gallery of lessons (without blocking)."""
        from simulator.gui.gallery import GalleryDialog

        if self.gallery_dialog is None:
            self.gallery_dialog = GalleryDialog(self.window.models, self.open_lesson, self.window)
        self.gallery_dialog.open()

    def open_lesson(self, lesson: Lesson) -> None:
        """Show the lesson's model, set the lesson up, and record the result as the start Reset returns to."""
        previous = self.window.current_key

        def set_up(panel: ModelPanel) -> None:
            panel.pause()
            try:
                lesson.setup(panel)
            except ValueError as exc:
                self._say(tr("Could not open the lesson: {error}", error=engine_text(exc)), error=True)
                return
            self._when_ready(lesson.model, lambda p: self._record_lesson(p, lesson), None)

        self._when_ready(lesson.model, set_up, previous)

    def _record_lesson(self, panel: ModelPanel, lesson: Lesson) -> None:
        try:
            state = panel.scene_state()
        except (NotImplementedError, ValueError):
            self.starts.pop(lesson.model, None)
        else:
            self.starts[lesson.model] = SceneStart(lesson.model, lesson.title, self.window.run_bar.seed(), state)
        # The paragraph stays in the gallery: the panel's message line is for what happens next.
        panel.show_info(tr("Lesson: {title}. Press Space to run, R to come back to this start.", title=lesson.title))
        self.scene_opened.emit(lesson.model)

    # --------------------------------------------------------- run bar
    def reset(self, seed: int) -> None:
        """Back to the start of the scene opened last for this model (same weights, same state).

        A seed other than the scene's then reseeds the run; without a scene this is the
        window's usual reset.
        """
        key = self.window.current_key
        start = self.starts.get(key) if key is not None else None
        panel = self.window.current_panel
        if start is None or panel is None:
            self.window.reset(seed)
            return
        if not self._restore(panel, start, None):
            self.starts.pop(start.model, None)
            return
        if int(seed) != start.seed:
            self.window.run_bar.set_seed(int(seed))
            panel.reset(int(seed))
            self._say(tr("Back to the start of {title!r} with the seed {seed}: the same network and state, "
                         "different random choices.", title=start.title, seed=seed))
        else:
            self._say(tr("Back to the start of {title!r}: press Space to replay the same run.", title=start.title))

    def new_seed(self) -> int:
        """Draw a fresh seed into the run bar and reset with it (the scene's start, different randomness)."""
        seed = self.window.run_bar.new_seed()
        self.reset(seed)
        return seed

    # ----------------------------------------------------- waiting for a panel
    @property
    def busy(self) -> bool:
        """True while a scene or a lesson waits for its panel."""
        return self._waiting is not None

    def _when_ready(self, key: str, callback: Callable[[ModelPanel], None], previous: str | None) -> None:
        """Show model ``key`` and call ``callback(panel)`` once its panel is built and idle."""
        if self.window.current_key != key or self.window.current_panel is None:
            self.window.select_model(key)
        self._waiting = (key, callback, time.monotonic() + PANEL_WAIT_SECONDS, previous)
        self._poll_wait()
        if self._waiting is not None:
            self._wait_timer.start()

    def _poll_wait(self) -> None:
        if self._waiting is None:
            self._wait_timer.stop()
            return
        key, callback, deadline, previous = self._waiting
        panel = self.window.current_panel
        if self.window.current_key != key or not self.window.isVisible():
            self._waiting = None  # the user chose another model meanwhile, or closed the window
            self._wait_timer.stop()
            return
        if panel is not None and panel_is_idle(panel):
            self._waiting = None
            self._wait_timer.stop()
            callback(panel)
            return
        if time.monotonic() > deadline:
            self._waiting = None
            self._wait_timer.stop()
            if previous is not None and previous != key:
                self.window.select_model(previous)
            self._say(tr("The model's panel did not become ready in time; nothing was opened."), error=True)


def panel_is_idle(panel: ModelPanel) -> bool:
    """Built, and no edit or rebuild on its way to the engine (panels without these properties always are)."""
    return bool(getattr(panel, "ready", True)) and not getattr(panel, "edits_pending", False)


def _split_tree(tree: dict, name: str) -> tuple[int, dict]:
    run_bar, panel = tree.get("run_bar"), tree.get("panel")
    if not isinstance(run_bar, dict) or not isinstance(panel, dict):
        raise ValueError(tr("{name} is damaged: it has no run bar settings or no panel state.",
                                      name=name))
    seed = run_bar.get("seed")
    if isinstance(seed, bool) or not isinstance(seed, int) or not 0 <= seed <= MAX_SEED:
        raise ValueError(tr("{name} is damaged: its seed must be a whole number from 0 to {top:,}.",
                                      name=name, top=MAX_SEED))
    return seed, panel


def file_filter() -> str:
    """The file dialogs' filter: scene files, or any file."""
    return tr("Simulator scenes (*{suffix});;All files (*)", suffix=scenefile.SUFFIX)


def ask_save_path(parent, suggestion: str) -> str:
    """Ask where to save a scene (tests replace this function)."""
    path, _filter = QFileDialog.getSaveFileName(parent, tr("Save scene"), suggestion, file_filter())
    return path


def ask_open_path(parent) -> str:
    """Ask which scene to open (tests replace this function)."""
    path, _filter = QFileDialog.getOpenFileName(parent, tr("Open scene"), "", file_filter())
    return path
