"""The base class of every model panel: owns a Runner, renders its snapshots, forwards intent."""

from __future__ import annotations

from concurrent.futures import Future
from typing import Any, Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from simulator.core.engine import Engine, Snapshot
from simulator.core.runner import Runner
from simulator.core.workspace import Workspace
from simulator.gui.i18n import engine_text, tr
from simulator.gui.widgets import colors


class ModelPanel(QWidget):
    """A model's panel in the main window.

    The main window calls :meth:`refresh` from its display timer (about 60 Hz) while
    the panel is visible, and forwards the shared run bar to :meth:`run_pause`,
    :meth:`step` and :meth:`reset`. Subclasses build their widgets once in
    ``__init__``, call :meth:`attach_engine`, and implement :meth:`render`.

    Signals
    -------
    message(str)
        A short sentence for the status bar (errors, what just happened).
    """

    message = Signal(str)
    #: Shown in the navigator and the window title; subclasses override.
    title = "Model"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner: Runner | None = None
        #: Shared with the other panels once the main window calls :meth:`use_workspace`.
        self.workspace = Workspace()
        self.last_snapshot: Snapshot | None = None
        # Edits sent to a runner whose outcome is not shown yet: (future, what was changed).
        self._pending: list[tuple[Future, str]] = []
        self.message_label = QLabel("")
        self.message_label.setWordWrap(True)
        self.message_label.setToolTip(tr("What just happened, or why an input was refused."))
        self.message_label.setMinimumHeight(self.fontMetrics().height() * 2 + 4)
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

    # ----------------------------------------------------------------- engine
    def attach_engine(self, engine: Engine, **runner_options) -> Runner:
        """Create and start the Runner that owns ``engine`` from now on."""
        self.runner = Runner(engine, name=f"{type(self).__name__}-runner", **runner_options)
        self.runner.start()
        return self.runner

    def use_workspace(self, workspace: Workspace) -> None:
        """Share ``workspace`` with the other panels of the window (called once, after construction)."""
        self.workspace = workspace
        self.workspace_attached()

    def workspace_attached(self) -> None:
        """Hook: publish what this panel offers the others (the default offers nothing)."""

    # ------------------------------------------------------------ display loop
    def refresh(self) -> bool:
        """Draw the newest snapshot if there is one; True when something was drawn."""
        if self.runner is None:
            return False
        snap = self.runner.latest()
        if snap is None:
            return False
        self.last_snapshot = snap
        self.render(snap)
        return True

    def render(self, snap: Snapshot) -> None:
        """Update the panel's existing items from ``snap`` (no widget creation here)."""
        raise NotImplementedError

    @property
    def running(self) -> bool:
        """Whether the simulation is running, as of the last snapshot drawn."""
        return bool(self.last_snapshot is not None and self.last_snapshot.running)

    # ---------------------------------------------------------- run-bar intent
    def run_pause(self) -> None:
        if self.runner is not None:
            self.runner.toggle(self.running)

    def pause(self) -> None:
        if self.runner is not None:
            self.runner.pause()

    def step(self) -> None:
        if self.runner is not None:
            self.runner.step(1)

    def reset(self, seed: int | None) -> None:
        if self.runner is not None:
            self.runner.reset(seed)

    def set_rate(self, updates_per_second: float | None) -> None:
        if self.runner is not None:
            self.runner.set_rate(updates_per_second)

    # ------------------------------------------------------------------ layout
    def set_two_columns(self, left: QWidget, right: QWidget) -> QSplitter:
        """Lay the panel out as two columns of equal stretch that the user can resize."""
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        outer.addWidget(splitter)
        return splitter

    # ---------------------------------------------------------------- messages
    def show_info(self, text: str) -> None:
        """Say what just happened, in the panel's message label and the status bar."""
        self.message_label.setStyleSheet(f"color: {colors.TEXT_CSS};")
        self.message_label.setText(text)
        self.message.emit(text)

    def show_error(self, text: str) -> None:
        """Say why an input was refused (nothing changed), in the error colour."""
        self.message_label.setStyleSheet(f"color: {colors.ERROR_TEXT}; font-weight: bold;")
        self.message_label.setText(text)
        self.message.emit(text)

    # ------------------------------------------------------------------- edits
    def track_edit(self, future: Future, what: str) -> None:
        """Watch an edit sent with ``runner.call``; :meth:`poll_edits` shows a refusal."""
        self._pending.append((future, what))

    def poll_edits(self) -> None:
        """Forget finished edits; a refused one is shown with :meth:`show_error`."""
        still = []
        for future, what in self._pending:
            if not future.done():
                still.append((future, what))
                continue
            exc = future.exception()
            if exc is not None:
                text = engine_text(exc) if isinstance(exc, ValueError) else f"{type(exc).__name__}: {engine_text(exc)}"
                text = text[:1].upper() + text[1:]
                self.show_error(tr("Could not change the {what}: {error}", what=what, error=text))
        self._pending = still

    # ------------------------------------------------------------------ scenes
    def scene_state(self) -> dict[str, Any]:
        """Everything needed to restore this panel exactly, as a scene file stores it.

        Called in the GUI thread with the simulation paused. The result is a nested
        dict whose leaves are JSON values (str, int, float, bool, None, lists) or
        numpy arrays of numbers or booleans: every parameter shown in the panel's
        controls, patterns, maps, trained weights, the random generator's state
        (``rng.bit_generator.state``) and the current state of the simulation, so that
        :meth:`restore_scene` followed by Run gives the same run again.
        """
        raise NotImplementedError(f"The {self.title} panel cannot save scenes yet.")

    def restore_scene(self, scene: Mapping[str, Any]) -> None:
        """Restore what :meth:`scene_state` returned, controls included.

        Raises ValueError with a sentence for the user when ``scene`` does not fit
        (missing keys, wrong sizes or types); the panel is then unchanged.
        """
        raise NotImplementedError(f"The {self.title} panel cannot open scenes yet.")

    # ------------------------------------------------------------------ rewind
    def rewind_runners(self) -> list[Runner]:
        """The runners the timeline rewinds together; the first one's history is the timeline.

        A panel that shows a second run beside the first (a twin) lists both.
        """
        return [self.runner] if self.runner is not None else []

    def show_snapshots(self, snaps: list[Snapshot], past: bool = True) -> None:
        """Draw ``snaps``, one per runner of :meth:`rewind_runners`: an earlier moment, or (``past`` false) the present again.

        Goes through the normal :meth:`render`, so whatever the panel plots from the
        snapshot (traces, counters) shows that moment.
        """
        self.last_snapshot = snaps[0]
        self.render(snaps[0])

    def rewound(self, steps: int) -> None:
        """Hook: the run was put back to the moment at ``steps`` and goes on from there.

        The default does nothing: panels draw their plots from the engine's own traces,
        which were put back with the engine. A panel that keeps history of its own
        (series it appends to) drops what lies beyond ``steps`` here.
        """

    # ----------------------------------------------------------------- explain
    def explain_html(self, snap: Snapshot | None) -> str:
        """The model's equations in the notes' notation with the live numbers of ``snap`` filled in.

        Rich text (Qt's HTML subset) for the explain pane, refreshed a few times a
        second while the panel is shown; empty when the panel has nothing to explain.
        """
        return ""

    # --------------------------------------------------------------- lifecycle
    def deactivate(self) -> None:
        """Called when another panel is shown: nothing keeps running out of sight."""
        self.pause()

    def activate(self) -> None:
        """Called when the panel is shown."""

    def shutdown(self, timeout: float = 0.5) -> bool:
        """Stop the runner and any background job; True if every thread ended in time."""
        ok = True
        if self.runner is not None:
            ok = self.runner.stop(timeout)
        return ok
