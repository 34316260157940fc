"""The Q-learning panel: a grid world edited with the mouse, and the agent that learns it."""

from __future__ import annotations

import time
from concurrent.futures import Future
from typing import Any, Callable

import numpy as np
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from simulator.core.engine import Snapshot
from simulator.core.jobs import BackgroundJob
from simulator.gui.i18n import engine_text, tr
from simulator.gui.panels import qlearning_explain
from simulator.gui.panels.base import ModelPanel
from simulator.gui.panels.qlearning_controls import TRAIN_SHORTCUT, build_controls, load_params, set_combo, update_enabled
from simulator.gui.panels.qlearning_views import HOVER_HINT, NO_UPDATE_YET, SteadyLabel, build_views
from simulator.gui.panels.qlearning_parts import (
    PRESET_KEYS,
    SIX_ROOMS,
    SIX_ROOMS_PARAMS,
    TOOL_KEYS,
    TOOL_KINDS,
    PLOT_INTERVAL,
    PLOT_POINTS,
    TEXT_INTERVAL,
    capitalised,
    curve_points,
    equation_of,
    hover_text,
    number,
    parse_wind,
    readout_text,
    room_hover_text,
    step_text,
    wind_text,
)
from simulator.models.qlearning import presets as ql_presets
from simulator.models.qlearning.world import GridWorld



def map_filter() -> str:
    """The file dialogs' filter: map files, then all files."""
    return tr("Map files (*.map *.txt);;All files (*)")


def build_engine(world: GridWorld, seed: int, params: dict[str, Any], algorithm: str) -> Any:
    """A Q-learning engine on ``world`` (runs in a background job: a cold kernel cache compiles there)."""
    from simulator.models.qlearning.engine import QLearningEngine

    engine = QLearningEngine(world, algorithm=algorithm, seed=seed, **params)
    engine.snapshot()  # value iteration for the overlay, compiled and run off the GUI thread
    return engine


class QLearningPanel(ModelPanel):
    """Q-learning, SARSA and TD(0) in a grid world the user paints, or in the notes' six rooms.

    Left: the world (Q(s,a) as four triangles per cell, policy arrows, the agent), the last
    update written out with its numbers, and the return and steps per episode. Right: tabs
    to edit the world, set up the agent and choose what is shown. Every edit goes to the
    engine with ``runner.call``; a refused one is explained and changes nothing.

    Parameters
    ----------
    parent : QWidget, optional
    preset : str
        The world shown first (a key of ``simulator.models.qlearning.presets.PRESETS``).
    seed : int
        The engine's first seed (the run bar's Reset gives others).
    """

    title = qlearning_explain.TITLE  # a Text: shown with engine_text in the window's language

    def __init__(self, parent: QWidget | None = None, *, preset: str = "cliff", seed: int = 0) -> None:
        super().__init__(parent)
        if preset not in ql_presets.PRESETS:
            raise ValueError(f"Unknown preset {preset!r}; choose one of {', '.join(PRESET_KEYS)}.")
        self._seed = int(seed)
        self._rate: float | None = None
        self._run_when_ready = False
        self._world: GridWorld = ql_presets.PRESETS[preset]()
        self._job: BackgroundJob | None = None
        self._world_edits: list[Future] = []
        self._train: tuple[Future, int, float] | None = None
        self._shown_world: GridWorld | None = None
        self._shown_record: Any = None
        self._shown_error: str | None = None
        self._plot_key: tuple | None = None
        self._plot_time = 0.0
        self._plot_turn = 0
        self._plot_stale = False  # one plot was redrawn last, the other shows older episodes
        self._text_time = 0.0
        self._hover: tuple[int, int] = (-1, -1)
        self._hover_room = -1
        self._hover_world: GridWorld | None = None
        self._stroke_tool = "wall"
        self._build_ui()
        set_combo(self.c.preset_combo, preset)
        if preset == SIX_ROOMS:
            self._load_params(SIX_ROOMS_PARAMS)
        self._show_world(self._world)
        self._job = BackgroundJob(lambda ctx: build_engine(self._world, self._seed, self.params(), self.algorithm()),
                                  name="qlearning-engine").start()
        self.readout_label.setText(tr("Preparing the agent…"))

    # =================================================================== UI
    def _build_ui(self) -> None:
        self.c = c = build_controls()
        v = build_views(self.font(), c.normalised_check.toolTip())
        # The views are the panel's attributes (tests and the bench reach them by name).
        self.world_title, self.view_stack, self.grid_view, self.room_view = (v.world_title, v.view_stack,
                                                                             v.grid_view, v.room_view)
        self.q_normalised_check, self.q_table, self.r_table = v.q_normalised_check, v.q_table, v.r_table
        self.hover_label, self.equation_label, self.step_label = v.hover_label, v.equation_label, v.step_label
        self.return_plot, self.steps_plot = v.return_plot, v.steps_plot
        self.grid_view.cell_pressed.connect(self._on_press)
        self.grid_view.cell_entered.connect(self._on_drag)
        self.grid_view.hovered.connect(self._on_hover)
        self.room_view.hovered.connect(self._on_room_hover)

        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget()
        for widget, name, tip in ((c.environment, tr("Environment"), tr("Edit the world: presets, painting, size, "
                                                                        "slippery moves, wind, map files.")),
                                  (c.agent, tr("Agent"), tr("The learning rule, its parameters, training and single "
                                                            "actions.")),
                                  (c.view, tr("View"), tr("What the world view and the plots show."))):
            self.tabs.setTabToolTip(self.tabs.addTab(widget, name), tip)
        rv.addWidget(self.tabs, 1)
        self.readout_label = SteadyLabel("—", tr("Where learning stands."), lines=3)
        rf = QFont(self.font())
        rf.setBold(True)
        self.readout_label.setFont(rf)
        rv.addWidget(self.readout_label)
        rv.addWidget(self.message_label)
        right.setMinimumWidth(300)
        right.setMaximumWidth(460)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(v.column)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        outer.addWidget(splitter)
        self._connect()

    def _connect(self) -> None:
        c = self.c
        c.preset_combo.activated.connect(lambda _i: self.load_preset(c.preset_combo.currentData()))
        c.rows_spin.valueChanged.connect(lambda _v: self._resize())
        c.cols_spin.valueChanged.connect(lambda _v: self._resize())
        c.slippery_check.toggled.connect(self._on_slippery)
        c.wind_edit.editingFinished.connect(self._on_wind)
        c.save_button.clicked.connect(lambda _c=False: self.save_map())
        c.open_button.clicked.connect(lambda _c=False: self.open_map())
        for k in range(len(TOOL_KEYS)):
            QShortcut(QKeySequence(str(k + 1)), self.grid_view, context=Qt.ShortcutContext.WidgetShortcut,
                      activated=lambda k=k: c.tool_group.button(k).setChecked(True))
        c.algorithm_combo.activated.connect(lambda _i: self._on_algorithm())
        c.update_combo.activated.connect(lambda _i: self.set_params(update=c.update_combo.currentData()))
        c.exploration_combo.activated.connect(lambda _i: self._on_exploration())
        c.alpha_slider.slider.valueChanged.connect(lambda _v: self.set_params(alpha=c.alpha_slider.value()))
        c.gamma_slider.slider.valueChanged.connect(lambda _v: self.set_params(gamma=c.gamma_slider.value()))
        c.epsilon_slider.slider.valueChanged.connect(lambda _v: self.set_params(epsilon=c.epsilon_slider.value()))
        c.decay_spin.valueChanged.connect(lambda v: self.set_params(epsilon_decay=float(v)))
        c.epsilon_min_spin.valueChanged.connect(lambda v: self.set_params(epsilon_min=float(v)))
        c.temperature_spin.valueChanged.connect(lambda v: self.set_params(temperature=float(v)))
        c.max_steps_spin.valueChanged.connect(lambda v: self.set_params(max_steps=int(v)))
        c.train_button.clicked.connect(lambda _c=False: self.train_episodes())
        # On the panel, not the button: it works whichever tab is shown, and only while the panel is.
        self.train_shortcut = QShortcut(QKeySequence(TRAIN_SHORTCUT), self, activated=self.train_episodes)
        c.action_button.clicked.connect(lambda _c=False: self.one_action())
        c.fill_combo.currentIndexChanged.connect(lambda _i: self._apply_view_options())
        for box in (c.arrows_check, c.optimal_check, c.numbers_check):
            box.toggled.connect(lambda _on: self._apply_view_options())
        c.smooth_spin.valueChanged.connect(lambda _v: self._rerender())
        # The same switch in the View tab and above the Q table.
        c.normalised_check.toggled.connect(self.q_normalised_check.setChecked)
        self.q_normalised_check.toggled.connect(c.normalised_check.setChecked)
        self.q_normalised_check.toggled.connect(lambda _on: self._rerender())
        self._update_enabled()

    # ============================================================ controls
    def params(self) -> dict[str, Any]:
        """The agent's parameters as the controls set them."""
        c = self.c
        return {"alpha": c.alpha_slider.value(), "gamma": c.gamma_slider.value(), "epsilon": c.epsilon_slider.value(),
                "epsilon_decay": c.decay_spin.value(), "epsilon_min": c.epsilon_min_spin.value(),
                "exploration": c.exploration_combo.currentData(), "temperature": c.temperature_spin.value(),
                "update": c.update_combo.currentData(), "max_steps": c.max_steps_spin.value()}

    def algorithm(self) -> str:
        return self.c.algorithm_combo.currentData()

    def tool(self) -> str:
        return TOOL_KEYS[max(0, self.c.tool_group.checkedId())]

    def _load_params(self, p: dict[str, Any]) -> None:
        """Show the engine's parameters in the controls (without sending them back)."""
        load_params(self.c, p)
        self._update_enabled()

    def _update_enabled(self) -> None:
        update_enabled(self.c, self.algorithm(), self._world.is_graph)

    # ============================================================ engine edits
    def _call(self, fn: Callable[[Any], Any], what: str) -> Future | None:
        if self.runner is None:
            self.show_error(tr("The agent is still being prepared; try again in a moment."))
            return None
        future = self.runner.call(fn)
        self.track_edit(future, what)
        return future

    def set_params(self, **changes: Any) -> None:
        """Change the agent's parameters live (Q is kept)."""
        self._update_enabled()
        if self.runner is None:
            return  # the engine is built with the controls' values
        self._call(lambda eng: eng.set_params(**changes), "parameters")

    def _on_algorithm(self) -> None:
        name = self.algorithm()
        self._update_enabled()
        if name == "td0" and self.c.fill_combo.currentData() == "q":
            set_combo(self.c.fill_combo, "v")
            self._apply_view_options()
        if self._call(lambda eng: eng.set_algorithm(name), "algorithm") is not None:
            self._plot_key = None
            self.show_info(tr("{algorithm}: learning starts again from zero.",
                              algorithm=self.c.algorithm_combo.currentText()))

    def _on_exploration(self) -> None:
        self.set_params(exploration=self.c.exploration_combo.currentData())

    def send_world(self, world: GridWorld, what: str) -> bool:
        """Give the engine ``world`` (learning starts again); False if the agent is not ready."""
        future = self._call(lambda eng: eng.set_world(world), "world")
        if future is None:
            return False
        self._world = world
        self._world_edits.append(future)
        self._plot_key = None
        self._show_world(world)
        if self.running:
            self.show_info(tr("{what}. The run goes on: learning restarts on the new world.", what=what))
        else:
            self.show_info(tr("{what}. Learning starts again (Q back to 0).", what=what))
        return True

    def _edit_world(self, make: Callable[[GridWorld], GridWorld], what: str) -> bool:
        """Apply an edit to the current world; a refusal is shown and nothing changes."""
        try:
            world = make(self._world)
        except ValueError as exc:
            self.show_error(tr("Not done: {why}.", why=capitalised(engine_text(exc))).replace("..", ".")
                            .replace("。。", "。"))
            return False
        if world == self._world:
            return True
        return self.send_world(world, what)

    # ----------------------------------------------------------- painting
    def _on_press(self, row: int, col: int, button: int) -> None:
        self._stroke_tool = self.tool() if button == 1 else "empty"
        self._paint(row, col)

    def _on_drag(self, row: int, col: int) -> None:
        self._paint(row, col)

    def _paint(self, row: int, col: int) -> None:
        if self._world.is_graph:
            return
        tool = self._stroke_tool
        if tool == "start":
            self._edit_world(lambda w: w.with_start(row, col), tr("Start moved to ({row}, {col})", row=row, col=col))
        elif tool == "reward":
            value = self.c.reward_spin.value()
            self._edit_world(lambda w: w.with_reward(row, col, value),
                             tr("Cell ({row}, {col}) now gives {value:g}", row=row, col=col, value=value))
        else:
            kind = TOOL_KINDS[tool]
            what = {"wall": tr("Cell ({row}, {col}) is now a wall", row=row, col=col),
                    "pit": tr("Cell ({row}, {col}) is now a pit", row=row, col=col),
                    "goal": tr("Cell ({row}, {col}) is now a goal", row=row, col=col),
                    "empty": tr("Cell ({row}, {col}) is now empty", row=row, col=col)}[tool]
            self._edit_world(lambda w: w.with_cell(row, col, kind), what)

    def _resize(self) -> None:
        rows, cols = self.c.rows_spin.value(), self.c.cols_spin.value()
        if self._world.is_graph or self._world.shape == (rows, cols):
            return
        if not self._edit_world(lambda w: w.resized(rows, cols), tr("The grid is now {rows} × {cols}", rows=rows,
                                                                    cols=cols)):
            self._show_world(self._world)  # the spin boxes go back to the world's size

    def _on_slippery(self, on: bool) -> None:
        if self._world.is_graph or self._world.slippery == on:
            return
        self._edit_world(lambda w: w.with_options(slippery=on), tr("Slippery moves on") if on else
                         tr("Slippery moves off"))

    def _on_wind(self) -> None:
        if self._world.is_graph:
            return
        try:
            wind = parse_wind(self.c.wind_edit.text(), self._world.shape[1])
        except ValueError as exc:
            self.show_error(tr("Not done: {why}", why=engine_text(exc)))
            return
        old = self._world.wind
        if (wind is None and (old is None or not np.any(old))) or (
                wind is not None and old is not None and np.array_equal(wind, old)):
            return
        self._edit_world(lambda w: w.with_options(wind=wind), tr("Wind {wind}", wind=wind_text(wind))
                         if wind is not None else tr("Wind off"))

    def load_preset(self, key: str) -> None:
        """Load preset ``key`` (the six rooms also take the notes' γ = 0.8 and deterministic update)."""
        if key not in ql_presets.PRESETS:
            self.show_error(f"Unknown preset {key!r}; choose one of {', '.join(PRESET_KEYS)}.")
            return
        set_combo(self.c.preset_combo, key)
        world = ql_presets.PRESETS[key]()
        if not self.send_world(world, tr("{preset} loaded", preset=ql_presets.PRESET_TITLES[key])):
            return
        if key == SIX_ROOMS:
            if self.algorithm() != "q_learning":
                set_combo(self.c.algorithm_combo, "q_learning")
                self._call(lambda eng: eng.set_algorithm("q_learning"), "algorithm")
            self._load_params(SIX_ROOMS_PARAMS)
            self._call(lambda eng: eng.set_params(**SIX_ROOMS_PARAMS), "parameters")
            self.show_info(tr("Six rooms loaded with the notes' settings: γ = 0.8 and the deterministic update "
                              "Q(s,a) ← R(s,a) + γ max Q(s′,b). Train a few hundred episodes (Ctrl+T) to reach the "
                              "notes' table."))

    # ----------------------------------------------------------- map files
    def save_map(self) -> None:
        """Ask for a file name and write the world as a text map."""
        if self._world.is_graph:
            self.show_error(tr("The six rooms are a graph of rooms, not a grid: only grid worlds are saved as maps."))
            return
        path, _filter = QFileDialog.getSaveFileName(self, tr("Save map"), "", map_filter())
        if not path:
            return
        try:
            self._world.save(path)
        except (OSError, ValueError) as exc:
            self.show_error(tr("Could not save the map to {path}: {why}", path=path, why=engine_text(exc)))
            return
        self.show_info(tr("Map saved to {path}.", path=path))

    def open_map(self) -> None:
        """Ask for a map file and learn its world."""
        path, _filter = QFileDialog.getOpenFileName(self, tr("Open map"), "", map_filter())
        if not path:
            return
        try:
            world = GridWorld.from_file(path)
        except (OSError, ValueError) as exc:
            self.show_error(tr("Could not open {path}: {why}", path=path, why=capitalised(engine_text(exc))))
            return
        self.send_world(world, tr("Map opened from {path}", path=path))

    # ----------------------------------------------------------- training
    def train_episodes(self, n: int | None = None) -> None:
        """Train ``n`` (the spin box's) episodes flat out in the worker; the view then shows the result."""
        if self._train is not None:
            self.show_info(tr("Still training: wait for the episodes under way to finish."))
            return
        n = int(self.c.train_spin.value() if n is None else n)
        future = self._call(lambda eng: eng.train_episodes(n), "training")
        if future is None:
            return
        self._train = (future, n, time.perf_counter())
        self.c.train_button.setEnabled(False)
        self.c.train_button.setText(tr("Training…"))
        self.show_info(tr("Training {n:,} episodes flat out…", n=n))

    def one_action(self) -> None:
        """The agent takes one action; the equation of its update is shown."""
        self.step()

    def _poll_train(self) -> None:
        if self._train is None or not self._train[0].done():
            return
        future, n, t0 = self._train
        self._train = None
        self.c.train_button.setEnabled(True)
        self.c.train_button.setText(tr("Train N episodes"))
        if future.exception() is None:
            self.show_info(tr("Trained {n:,} episodes flat out in {seconds:.2f} s: the arrows show the greedy policy "
                              "learnt.", n=n, seconds=time.perf_counter() - t0))

    # ============================================================ view options
    def _apply_view_options(self) -> None:
        c = self.c
        self.grid_view.set_options(fill=c.fill_combo.currentData(), arrows=c.arrows_check.isChecked(),
                                   optimal=c.optimal_check.isChecked(), numbers=c.numbers_check.isChecked())
        self.room_view.set_options(arrows=c.arrows_check.isChecked(), optimal=c.optimal_check.isChecked(),
                                   labels=c.numbers_check.isChecked())

    def _rerender(self) -> None:
        self._plot_key = None
        if self.last_snapshot is not None:
            self.render(self.last_snapshot)

    def _show_world(self, world: GridWorld) -> None:
        """Show a world's layout and its editing controls (values come with the snapshots)."""
        c = self.c
        name = next((n for n in ql_presets.WORLD_NAMES if n == world.name), world.name)
        self.world_title.setText(engine_text(name) if name else tr("Rooms") if world.is_graph else tr("Grid world"))
        if world.is_graph:
            self.view_stack.setCurrentIndex(1)
            self.room_view.set_world(world.rewards, world.goals, world.names)
            n = world.n_states
            names = [str(i) for i in range(n)]
            R = np.asarray(world.rewards)
            self.r_table.set_matrix(R, [[number(v) for v in row] for row in R], names, names, muted=R < 0)
        else:
            self.view_stack.setCurrentIndex(0)
            self.grid_view.set_world(world.kinds, world.start, world.rewards, world.wind, world.slippery)
            rows, cols = world.shape
            for spin, v in ((c.rows_spin, rows), (c.cols_spin, cols)):
                spin.blockSignals(True)
                spin.setValue(v)
                spin.blockSignals(False)
            c.slippery_check.blockSignals(True)
            c.slippery_check.setChecked(world.slippery)
            c.slippery_check.blockSignals(False)
            c.wind_edit.setText(wind_text(world.wind))
        self._shown_world = world
        self._update_enabled()

    # ============================================================ run bar
    @property
    def ready(self) -> bool:
        """Whether the engine is installed."""
        return self.runner is not None and self._job is None

    @property
    def edits_pending(self) -> bool:
        return self._job is not None or bool(self._pending) or self._train is not None

    @property
    def running(self) -> bool:
        return self._run_when_ready or super().running

    def run_pause(self) -> None:
        if self._job is not None:
            self._run_when_ready = not self._run_when_ready
            return
        super().run_pause()

    def reset(self, seed: int | None) -> None:
        """Q back to zero and the agent at the start; a seed also changes the random numbers."""
        if seed is not None:
            self._seed = int(seed)
        self._plot_key = None
        super().reset(seed)
        self.show_info(tr("Learning starts again from Q = 0 (the same seed replays the same run)."))

    def set_rate(self, updates_per_second: float | None) -> None:
        self._rate = updates_per_second
        super().set_rate(updates_per_second)

    # ============================================================ bench
    def bench_scene(self) -> str:
        """The GUI bench: a Q-learning agent on the 10x10 maze, flat out."""
        self.pause()
        deadline = time.monotonic() + 30.0
        while self._job is not None and time.monotonic() < deadline:
            self._job.join(0.05)
            self._poll_job()
        self.load_preset("maze")
        self.set_rate(None)
        return "Q-learning agent on the 10x10 maze, epsilon-greedy, flat out"

    def bench_input_point(self) -> tuple[QWidget, QPoint]:
        """Where a user would hover or click: a middle cell of the grid."""
        rows, cols = self.grid_view.shape
        return self.grid_view, self.grid_view.cell_center(rows // 2, cols // 2)

    # ============================================================ display
    def _poll_job(self) -> None:
        job = self._job
        if job is None or not job.done:
            return
        self._job = None
        if job.error or job.result is None:
            self._run_when_ready = False
            self.readout_label.setText("—")
            self.show_error(tr("Could not prepare the agent: {why}", why=job.error or tr("no engine")))
            return
        engine = job.result
        self.attach_engine(engine)
        if self._rate is not None:
            self.runner.set_rate(self._rate)
        if engine.world != self._world:  # edited while the engine was being built
            self.send_world(self._world, tr("Your edits applied"))
        self.show_info(tr("Press Space to watch the agent learn, S for one action, Ctrl+T to train episodes flat out; "
                          "paint on the grid to change the world."))
        if self._run_when_ready:
            self._run_when_ready = False
            self.runner.run()

    def refresh(self) -> bool:
        self._poll_job()
        self.poll_edits()
        self._poll_train()
        self._world_edits = [f for f in self._world_edits if not f.done()]
        return super().refresh()

    def render(self, snap: Snapshot) -> None:
        if snap.error and snap.error != self._shown_error:
            self.show_error(capitalised(engine_text(snap.error)))
        self._shown_error = snap.error
        d = snap.data
        if not d:
            return
        world = d["world"]
        if not self._world_edits:
            self._world = world  # what the engine has is what is shown once no edit is on its way
        if world is not self._shown_world and not self._world_edits:
            if world == self._shown_world:
                self._shown_world = world
            else:
                self._show_world(world)
        if world.is_graph:
            self._render_rooms(d, world)
        elif world.shape == self.grid_view.shape:
            self.grid_view.set_values(d["q"], world.allowed, d["v"], d["visits"], d["policy"],
                                      d.get("optimal_policy"), int(d["agent_state"]))
        self._render_plots(d, snap.running)
        now = time.monotonic()
        # While running, the texts change every frame: a label's new text lays the window out again,
        # which costs more than the rest of a frame, and nobody reads numbers at 60 Hz.
        if not snap.running or now - self._text_time >= TEXT_INTERVAL:
            self._text_time = now
            self._render_step(d, world)
            self._render_readout(snap, d, world)
            self._render_hover(d, world)

    def _render_rooms(self, d: Any, world: GridWorld) -> None:
        q = np.asarray(d["q"], np.float64)
        self.room_view.set_values(q, d["policy"], d.get("optimal_policy"), int(d["agent_state"]))
        n = len(q)
        names = [str(i) for i in range(n)]
        top = float(np.max(q)) if q.size else 0.0
        shown = q / top * 100 if self.q_normalised_check.isChecked() and top > 0 else q
        texts = [[f"{v:.0f}" if self.q_normalised_check.isChecked() else number(v) for v in row] for row in shown]
        best = (q == q.max(axis=1, keepdims=True)) & (q > 0)
        self.q_table.set_matrix(shown, texts, names, names, bold=best, muted=~np.asarray(world.allowed))

    def _render_step(self, d: Any, world: GridWorld) -> None:
        record = d.get("last_step")
        if record is self._shown_record:
            return
        self._shown_record = record
        if record is None:
            self.equation_label.setText(engine_text(NO_UPDATE_YET))
            self.step_label.setText("")
            return
        self.equation_label.setText(equation_of(world, record))
        try:
            self.step_label.setText(step_text(world, record))
        except ValueError:  # a record from the world before an edit
            self.step_label.setText("")

    def _render_plots(self, d: Any, running: bool) -> None:
        episode = int(d["episode"])
        window = self.c.smooth_spin.value()
        key = (episode, len(d["returns"]), window)
        if key == self._plot_key and not self._plot_stale:
            return
        now = time.monotonic()
        fresh = self._plot_key is None or episode < self._plot_key[0]
        strips = ((self.return_plot, "returns"), (self.steps_plot, "steps_per_episode"))
        if running and not fresh and key[2] == self._plot_key[2]:
            # While running, the curves barely move per frame: one plot is redrawn every PLOT_INTERVAL / 2,
            # in turn, so each moves about 10 times a second and no frame pays for both.
            if now - self._plot_time < PLOT_INTERVAL / 2:
                return
            self._plot_turn = 1 - self._plot_turn
            strips = strips[self._plot_turn:self._plot_turn + 1]
            self._plot_stale = True
        else:
            self._plot_stale = False
        if fresh:
            for strip in (self.return_plot, self.steps_plot):
                strip.reset_ranges()
        self._plot_key, self._plot_time = key, now
        for strip, name in strips:
            y = np.asarray(d[name], np.float64)
            if len(y) == 0:
                strip.clear_series()
                continue
            # About two points per pixel of the plot are all it can show (fewer to draw each update).
            points = min(PLOT_POINTS, max(400, 2 * strip.plot_widget.width()))
            rx, ry, sx, sy = curve_points(y, episode - len(y) + 1, window, points)
            strip.set_series(0, rx, ry)
            strip.set_series(1, sx, sy, name=tr("moving average of {window}", window=window))

    def _render_readout(self, snap: Snapshot, d: Any, world: GridWorld) -> None:
        updates = int(d.get("updates", snap.steps))
        self.readout_label.setText(readout_text(d, world, updates, self.c.smooth_spin.value()))

    def _render_hover(self, d: Any, world: GridWorld) -> None:
        if world is not self._hover_world:
            # A new world: what was under the mouse in the old one is gone.
            self._hover_world = world
            self.hover_label.setText(engine_text(HOVER_HINT))
        if world.is_graph:
            k = self._hover_room
            if 0 <= k < world.n_states:
                text = room_hover_text(world, d, k)
                self.hover_label.setText(text)
                self.room_view.setToolTip(text)
            return
        r, c = self._hover
        if r < 0 or world.shape is None or r >= world.shape[0] or c >= world.shape[1]:
            return
        text = hover_text(world, d, r, c)
        self.hover_label.setText(text)
        self.grid_view.setToolTip(text)

    def _on_hover(self, row: int, col: int) -> None:
        self._hover = (row, col)
        if row < 0:
            self.grid_view.setToolTip(tr("The grid world: hover over a cell for its values; click or drag to "
                                         "paint."))
            return
        snap = self.last_snapshot
        if snap is not None and snap.data:
            self._render_hover(snap.data, snap.data["world"])

    def _on_room_hover(self, room: int) -> None:
        self._hover_room = room
        snap = self.last_snapshot
        if snap is not None and snap.data:
            self._render_hover(snap.data, snap.data["world"])

    # ============================================================ lifecycle
    def shutdown(self, timeout: float = 0.5) -> bool:
        """Stop the runner and an engine being built; True if every thread ended in time."""
        ok = super().shutdown(timeout)
        if self._job is not None:
            ok = self._job.join(max(timeout, 5.0)) and ok
        return ok

    # ----------------------------------------------------------------- explain
    def explain_html(self, snap: Snapshot | None) -> str:
        """The notes' update rule with the last update written out and its TD error."""
        return qlearning_explain.explain(snap.data if snap is not None else None)

    # ============================================================ scenes
    def scene_state(self) -> dict[str, Any]:
        """The world, the agent's full state (Q, visits, the episode under way, ε, its random stream, the
        return and step histories the plots draw) and the controls: preset, tab, tool, training, view."""
        from simulator.gui.panels.qlearning_scene import scene_state

        return scene_state(self)

    def restore_scene(self, scene: Any) -> None:
        """Open a scene of :meth:`scene_state`; ValueError with a sentence, panel unchanged, when it does not fit."""
        from simulator.gui.panels.qlearning_scene import restore_scene

        restore_scene(self, scene)
