"""Rewind for every panel: the timeline under the panel, its shortcuts, and showing or resuming earlier moments."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from simulator.core.engine import Snapshot
from simulator.core.history import Entry
from simulator.core.runner import Runner
from simulator.gui.i18n import engine_text, tr
from simulator.gui.panels.base import ModelPanel
from simulator.gui.widgets.timeline import TimelineBar

if TYPE_CHECKING:
    from simulator.gui.main_window import MainWindow

#: Events on a panel that mean the user acts on the present: the panel goes live first.
_LIVE_EVENTS = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick, QEvent.Type.KeyPress)
#: Bytes a hidden panel's history may keep: the panel shown gets the room (see History.max_bytes).
HIDDEN_MAX_BYTES = 16 * 2**20
#: Keys that only prepare a shortcut (Ctrl before Ctrl+Left): pressing them acts on nothing.
_MODIFIER_KEYS = {Qt.Key.Key_Control, Qt.Key.Key_Shift, Qt.Key.Key_Alt, Qt.Key.Key_Meta, Qt.Key.Key_AltGr}


def install_rewind(window: MainWindow) -> RewindController:
    """Put the timeline under the window's panels and its actions in the window; return the controller."""
    return RewindController(window)


class RewindController(QObject):
    """Shows earlier moments of the current panel's run, and resumes from them.

    The panel's runners keep the moments (see :class:`simulator.core.history.History`);
    the first runner of :meth:`ModelPanel.rewind_runners` gives the timeline, the
    others (a twin run shown beside it) follow it by time. While an earlier moment is
    shown the window does not refresh the panel (:meth:`tick` returns True), so nothing
    live overwrites it; Run, Step, Reset, or a click or key press in the panel first
    returns to the present.

    Parameters
    ----------
    window : MainWindow
        The window whose current panel the timeline follows.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("rewind")
        self.window = window
        self.bar = TimelineBar()
        self.bar.position_chosen.connect(self.show_position)
        self.bar.resume_requested.connect(self.resume_from_here)
        self.bar.live_requested.connect(self.back_to_live)
        self._panel: ModelPanel | None = None
        self._runners: list[Runner] = []
        # The moment shown (one entry per runner), or None while live.
        self._shown: list[Entry] | None = None
        # The entry (its index) asked for while the run was still pausing: shown once it has paused.
        self._wanted: int | None = None
        # Whether the run was running when rewinding began (resuming runs it again).
        self._was_running = False
        self._seen: tuple[int, int] = (0, 0)
        self._filtering = False
        self._wrap_central_widget()
        self._build_actions()

    # ------------------------------------------------------------------ building
    def _wrap_central_widget(self) -> None:
        window = self.window
        stack = window.takeCentralWidget()
        holder = QWidget()
        holder.setObjectName("panel_area")
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(stack, 1)
        layout.addWidget(self.bar)
        window.setCentralWidget(holder)

    def _build_actions(self) -> None:
        ctrl = Qt.Modifier.CTRL

        def action(text: str, key, tip: str, slot) -> QAction:
            a = QAction(text, self.window)
            a.setShortcut(QKeySequence(ctrl | key))
            a.setToolTip(tip)
            a.triggered.connect(slot)
            return a

        self.back_action = action(tr("One moment &back"), Qt.Key.Key_Left,
                                  tr("Show the moment before the one shown; pauses the run (Ctrl+Left)"),
                                  self.step_back)
        self.forward_action = action(tr("One moment &forward"), Qt.Key.Key_Right,
                                     tr("Show the moment after the one shown (Ctrl+Right)"), self.step_forward)
        self.first_action = action(tr("&Oldest moment"), Qt.Key.Key_Home,
                                   tr("Show the oldest moment kept; pauses the run (Ctrl+Home)"), self.show_oldest)
        self.live_action = action(tr("Back to &live"), Qt.Key.Key_End,
                                  tr("Show the present again (Ctrl+End)"), self.back_to_live)
        self.resume_action = action(tr("&Resume from here"), Qt.Key.Key_B,
                                    tr("Go on from the moment shown; the later moments are forgotten (Ctrl+B)"),
                                    self.resume_from_here)
        actions = [self.back_action, self.forward_action, self.first_action, self.live_action, self.resume_action]
        menu = self.window.menuBar().addMenu(tr("&Rewind"))
        menu.setToolTipsVisible(True)
        menu.addActions(actions)
        # Before Help, which stays last.
        bar_actions = self.window.menuBar().actions()
        names = ("Help", tr("&Help").replace("&", ""))
        help_action = next((a for a in bar_actions if a.text().replace("&", "") in names), None)
        if help_action is not None:
            self.window.menuBar().insertMenu(help_action, menu)
        self.window.addActions(actions)

    # ------------------------------------------------------------------ state
    @property
    def viewing(self) -> bool:
        """Whether an earlier moment is shown (not the present)."""
        return self._shown is not None

    @property
    def shown_entries(self) -> list[Entry] | None:
        """The entries shown (one per runner), or None while live."""
        return None if self._shown is None else list(self._shown)

    def entries(self) -> tuple[Entry, ...]:
        """The moments kept for the current panel's (first) runner, oldest first."""
        history = self._runners[0].history if self._runners else None
        return history.entries() if history is not None else ()

    # ------------------------------------------------------------------ display loop
    def tick(self, panel: ModelPanel | None) -> bool:
        """Called by the window's display timer before it refreshes ``panel``; True: do not refresh it."""
        self._sync(panel)
        if panel is None or not self._runners:
            self._show_bar_state(())
            return False
        if self._wanted is not None and not self.viewing and self._paused():
            wanted, self._wanted = self._wanted, None
            entries = self.entries()
            self.show_position(next((i for i, e in enumerate(entries) if e.index >= wanted), len(entries) - 1))
        entries = self.entries()
        self._show_bar_state(entries)
        return self.viewing

    def _sync(self, panel: ModelPanel | None) -> None:
        """Follow ``panel`` (the one shown) and its present runners."""
        self._follow(panel)
        if panel is not None and self._runners_changed(panel):
            # A new scene or network (or the first, built in the background): its runners have their own history.
            self._drop_view(render=False)
            self._follow(panel, force=True)

    def _follow(self, panel: ModelPanel | None, force: bool = False) -> None:
        if panel is self._panel and not force:
            return
        if self._panel is not None and panel is not self._panel:
            if self.viewing:
                self._drop_view(render=True)
            for runner in self._runners:
                if runner.history is not None:
                    runner.history.shrink(HIDDEN_MAX_BYTES)
        self._panel = panel
        self._runners = list(panel.rewind_runners()) if panel is not None else []
        self._wanted = None
        self._seen = (-1, -1)

    def _runners_changed(self, panel: ModelPanel) -> bool:
        now = panel.rewind_runners()
        return len(now) != len(self._runners) or any(a is not b for a, b in zip(now, self._runners))

    def _paused(self) -> bool:
        return not any(r.published_running for r in self._runners)

    def _show_bar_state(self, entries: tuple[Entry, ...]) -> None:
        history = self._runners[0].history if self._runners else None
        enabled = history is not None and history.error is None and self._panel is not None
        self.bar.setEnabled(enabled)
        if history is not None and history.error is not None:
            self.bar.set_entries(0, 0)
            self.bar.set_text(tr("Rewind is off for this run"))
            self.bar.setToolTip(tr("The engine's state could not be kept: {error}", error=engine_text(history.error)))
            return
        if self.bar.toolTip():
            self.bar.setToolTip("")
        count = len(entries)
        if self.viewing:
            first = self._shown[0]
            position = next((i for i, e in enumerate(entries) if e.index == first.index), 0)
            text = tr("step {steps:,} · {position} of {count}", steps=first.steps, position=position + 1, count=count)
        else:
            position = count - 1
            text = tr("live · {count} kept", count=count) if count else tr("live")
        key = (count, entries[-1].index if entries else 0, position)
        if key != self._seen:
            self._seen = key
            self.bar.set_entries(count, position)
        self.bar.set_text(text)
        self.bar.set_viewing(self.viewing)

    # ------------------------------------------------------------------ intents
    def step_back(self) -> None:
        """Show the moment before the one shown (the newest but one when live)."""
        self._move(-1)

    def step_forward(self) -> None:
        """Show the moment after the one shown; past the newest, the present."""
        self._sync(self.window.current_panel)
        if self.viewing:
            self._move(+1)

    def show_oldest(self) -> None:
        self.show_position(0)

    def _move(self, delta: int) -> None:
        self._sync(self.window.current_panel)
        entries = self.entries()
        if not entries:
            return
        if self._wanted is not None:
            current = next((i for i, e in enumerate(entries) if e.index >= self._wanted), len(entries) - 1)
        elif self.viewing:
            current = next((i for i, e in enumerate(entries) if e.index == self._shown[0].index), len(entries) - 1)
        else:
            current = len(entries) - 1
        self.show_position(max(0, current + delta))

    def show_position(self, position: int) -> None:
        """Show entry ``position`` of the timeline (0 the oldest); the newest is the present.

        A running simulation is paused first; the moment is shown once it has.
        """
        self._sync(self.window.current_panel)
        panel = self._panel
        if panel is None or not self._runners or self._runners[0].history is None:
            return
        entries = self.entries()
        if not entries:
            return
        position = max(0, min(len(entries) - 1, int(position)))
        if not self.viewing:
            running = panel.running or not self._paused()
            if running or self._wanted is not None:
                if self._wanted is None:
                    self._was_running = True
                    panel.pause()
                self._wanted = entries[position].index
                return
        if position == len(entries) - 1:
            self.back_to_live()
            return
        entry = entries[position]
        chosen = [entry] + [_at_time(r, entry.time) for r in self._runners[1:]]
        if any(e is None for e in chosen):
            return
        if not self.viewing:
            self._enter_view()
            self.window.statusBar().showMessage(
                tr("Showing an earlier moment: Ctrl+B resumes from it, Space goes on from where the run stopped, "
                   "Ctrl+End shows the present."), 8000)
            # The window stops refreshing the panel and its rates while the past is shown.
            self.window.engine_label.setText(tr("Engine: paused"))
        self._shown = chosen
        panel.show_snapshots([_as_past(e.snapshot) for e in chosen])
        self._show_bar_state(entries)

    def back_to_live(self) -> None:
        """Show the present again (the run stays paused; Space goes on from where it stopped)."""
        self._wanted = None
        if self.viewing:
            self._drop_view(render=True)
            self._show_bar_state(self.entries())
        self._was_running = False

    def resume_from_here(self) -> None:
        """Put the engine(s) back to the moment shown, forget the later moments, and go on.

        The run starts again if it was running when rewinding began; otherwise it stays
        paused at that moment (step from there with S).
        """
        panel = self._panel
        if not self.viewing or panel is None:
            return
        chosen = self._shown
        run = self._was_running
        for runner, entry in zip(self._runners, chosen):
            panel.track_edit(runner.restore(entry), "moment to resume from")
        panel.rewound(chosen[0].steps)
        self._leave_view()
        panel.last_snapshot = _as_past(chosen[0].snapshot)
        if run:
            panel.run_pause()
        self._show_bar_state(self.entries())

    def leave(self) -> None:
        """Return to the present before a run command (Run, Step, Reset) acts on it."""
        self._wanted = None
        if self.viewing:
            self._drop_view(render=True)
        self._was_running = False

    # ------------------------------------------------------------------ internals
    def _enter_view(self) -> None:
        if not self._filtering:
            QApplication.instance().installEventFilter(self)
            self._filtering = True

    def _leave_view(self) -> None:
        self._shown = None
        self._was_running = False
        if self._filtering:
            QApplication.instance().removeEventFilter(self)
            self._filtering = False

    def _drop_view(self, render: bool) -> None:
        panel = self._panel
        was_viewing = self.viewing
        self._leave_view()
        if not (render and was_viewing and panel is not None):
            return
        newest = [r.history.newest if r.history is not None else None for r in self._runners]
        if all(e is not None for e in newest):
            panel.show_snapshots([dataclasses.replace(e.snapshot, running=False, updates_per_second=0.0)
                                  for e in newest], past=False)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        panel = self._panel
        if (self.viewing and panel is not None and event.type() in _LIVE_EVENTS and isinstance(obj, QWidget)
                and (obj is panel or panel.isAncestorOf(obj))):
            if event.type() == QEvent.Type.KeyPress and (
                    event.key() in _MODIFIER_KEYS or event.modifiers() & Qt.KeyboardModifier.ControlModifier):
                return False
            self.back_to_live()
        return False


def _as_past(snap: Snapshot) -> Snapshot:
    """The snapshot as a paused moment: not running, no speed, no error to report again."""
    return dataclasses.replace(snap, running=False, updates_per_second=0.0, error=None)


def _at_time(runner: Runner, when: float) -> Entry | None:
    """The newest entry of ``runner`` captured at or before ``when`` (its oldest if none)."""
    history = runner.history
    entries = history.entries() if history is not None else ()
    if not entries:
        return None
    chosen = entries[0]
    for e in entries:
        if e.time <= when:
            chosen = e
        else:
            break
    return chosen
