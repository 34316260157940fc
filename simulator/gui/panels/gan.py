"""The GAN panel: a generator and a discriminator playing live on 2-D distributions and on the digits."""

from __future__ import annotations

import time
from concurrent.futures import Future
from dataclasses import replace
from typing import Any, Callable

import numpy as np
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from simulator.core.engine import Snapshot
from simulator.core.jobs import BackgroundJob
from simulator.core.runner import Runner
from simulator.gui.i18n import engine_text, tr
from simulator.gui.panels import gan_explain
from simulator.gui.panels.base import ModelPanel
from simulator.gui.panels.gan_controls import ControlTabs
from simulator.gui.panels.gan_engine import build_engines, engine_changes
from simulator.gui.panels.gan_parts import (
    COMPARE_FIELDS,
    DIGITS_SETTINGS,
    FIELD_NAMES,
    LAYERS,
    PANEL_TITLE,
    SHAPE_FIELDS,
    TARGET_KEYS,
    TARGETS,
    Settings,
    error_text,
    preset,
    preset_title,
    readout,
)
from simulator.gui.panels.gan_plots import HistoryPlots
from simulator.gui.panels.gan_views import DigitGrid, PlaneView
from simulator.gui.widgets import colors
from simulator.gui.widgets.controls import big_font, button


#: Seconds between snapshots while running: a GAN snapshot evaluates G's gradient (and now and then D on a
#: grid), so more than the display's 60 a second would only slow training.
PUBLISH_INTERVAL = 1 / 60
#: While training flat out, snapshots per fresh heatmap and manifold (D on a 48 x 48 grid costs more than the
#: rest of a snapshot): about 15 a second, each frame's dots and arrows stay current.
VIEWS_EVERY = 4
#: At most this many iterations a second (a set speed), every snapshot brings a fresh heatmap.
FRESH_VIEWS_RATE = 120.0
#: Seconds between redraws of the readout while running: a label's new text lays the panel out again, and
#: nobody reads numbers at 60 Hz.
TEXT_INTERVAL = 1 / 10
#: Seconds between redraws of one history plot while running (in turns, so no frame pays for two).
PLOT_INTERVAL = 1 / 20


def _target_label(key: str) -> str:
    """The combo's label of target ``key`` in the chosen language."""
    return engine_text(TARGETS[TARGET_KEYS.index(key)][1])


class GANPanel(ModelPanel):
    """A GAN on a 2-D target or on the digits: the plane with D's heatmap, samples, G's gradient and manifold;
    losses, D's outputs, a divergence estimate and mode coverage; presets, remedies and a side-by-side run.

    The run bar drives engine A and, while comparing, engine B (a second runner of this
    panel). Engines are built in a background job, so a kernel compiled on a cold cache
    never runs in the GUI thread.

    Parameters
    ----------
    parent : QWidget, optional
    settings : Settings, optional
        The controls' first values (tests use small networks).
    """

    title = PANEL_TITLE

    def __init__(self, parent: QWidget | None = None, *, settings: Settings | None = None) -> None:
        settings = settings or Settings()
        if settings.target not in TARGET_KEYS or settings.target == "painted":
            raise ValueError(tr("The panel starts on one of {targets}; got {target!r} (a painted target is made with "
                                "the painting tool).", targets=", ".join(k for k in TARGET_KEYS if k != "painted"),
                                target=settings.target))
        super().__init__(parent)
        self.settings = settings
        self.settings_b: Settings | None = None
        #: Compare-tab changes made while not comparing (B starts with them).
        self._b_edits: dict[str, Any] = {}
        self._seed = 0
        self._rate: float | None = None
        self._run_when_ready = False
        self.runner2: Runner | None = None
        self.last_snapshot2: Snapshot | None = None
        self._job: BackgroundJob | None = None
        self._old_jobs: list[BackgroundJob] = []
        self._on_success: list[tuple[Future, Callable[[Any], None]]] = []
        self._shown_errors: dict[str, str | None] = {"A": None, "B": None}
        self._edit_errors: set[str] = set()
        self._settings_2d: Settings | None = None
        self._wide = False
        self.painted_points: list[tuple[float, float]] = []
        self._text_time = 0.0
        self._plot_time = {"A": 0.0, "B": 0.0}
        self._plot_turn = 0
        #: The iteration each run's fresh heatmap was last asked for at (once per paused state).
        self._views_asked: dict[str, int | None] = {"A": None, "B": None}
        self._title_b = ""
        #: The painted points the engines train on (the last ones Use sent and the engine took).
        self._target_points: np.ndarray | None = None
        self._build_ui()
        self.controls.load(self.settings)
        self._select_target_combo(self.settings.target)
        self._build()

    # =================================================================== UI
    def _build_ui(self) -> None:
        self.splitter = self.set_two_columns(self._build_left(), self._build_right())
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

    def _build_left(self) -> QWidget:
        left = QWidget()
        lay = QVBoxLayout(left)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(4)
        row = QHBoxLayout()
        caption = QLabel(tr("Target"))
        self.target_combo = QComboBox()
        for k, (key, label, tip) in enumerate(TARGETS):
            self.target_combo.addItem(engine_text(label), key)
            self.target_combo.setItemData(k, engine_text(tip), Qt.ItemDataRole.ToolTipRole)
        self.target_combo.setToolTip(tr("The distribution the generator learns to imitate."))
        caption.setToolTip(self.target_combo.toolTip())
        self.target_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.target_combo.setMinimumContentsLength(14)
        self.target_combo.activated.connect(lambda i: self.set_target(TARGET_KEYS[i]))
        row.addWidget(caption)
        row.addWidget(self.target_combo)
        self.paint_row = QWidget()
        prow = QHBoxLayout(self.paint_row)
        prow.setContentsMargins(0, 0, 0, 0)
        self.paint_button = QPushButton(tr("Paint"))
        self.paint_button.setCheckable(True)
        self.paint_button.setToolTip(tr("While this is down, a click or a drag on the view puts points there."))
        self.paint_button.toggled.connect(self.set_painting)
        self.paint_count_label = QLabel(tr("0 points"))
        self.paint_count_label.setToolTip(tr("How many points you painted (at least 20 are needed)."))
        self.paint_clear_button = button(tr("Clear"), tr("Remove every painted point."), self.clear_painting)
        self.paint_use_button = button(tr("Use"), tr("Train on the painted points (each sample is a painted point "
                                                     "plus a little Gaussian jitter)."), self.use_painting)
        prow.addWidget(self.paint_button)
        prow.addWidget(self.paint_count_label)
        prow.addWidget(self.paint_clear_button)
        prow.addWidget(self.paint_use_button)
        self.paint_row.setVisible(False)
        row.addSpacing(8)
        row.addWidget(self.paint_row)
        row.addStretch(1)
        lay.addLayout(row)

        self.view_stack = QStackedWidget()
        planes = QWidget()
        pl = QHBoxLayout(planes)
        pl.setContentsMargins(0, 0, 0, 0)
        pl.setSpacing(4)
        self.view = PlaneView("", paintable=True)
        self.view.on_paint = self.add_painted_point
        self.view_b = PlaneView("B")
        tip = tr("Real samples (dark dots) and generated ones (vermillion), on D's output D(x) (orange: 'real', "
                 "blue: 'fake'); green arrows: where G's next step moves each generated sample; grey lines: a grid in "
                 "z mapped through G; purple rings: the mixture's modes.")
        self.view.setToolTip(tip)
        self.view_b.setToolTip(tr("The comparison's run B: {tip}", tip=tip[:1].lower() + tip[1:]))
        self.view_b.setVisible(False)
        pl.addWidget(self.view, 10)
        pl.addWidget(self.view_b, 12)  # B carries the colour bar of both
        self.view_stack.addWidget(planes)
        self.digit_grid = DigitGrid()
        self.view_stack.addWidget(self.digit_grid)
        lay.addWidget(self.view_stack, 1)
        self.show_row = QWidget()
        show_row = QHBoxLayout(self.show_row)
        show_row.setContentsMargins(0, 0, 0, 0)
        show_caption = QLabel(tr("Show"))
        show_caption.setToolTip(tr("The layers of the plane, each on or off."))
        show_row.addWidget(show_caption)
        self.layer_checks: dict[str, QCheckBox] = {}
        for key, label, tip in LAYERS:
            check = QCheckBox(engine_text(label))
            tip = engine_text(tip)
            check.setToolTip(tr("Show or hide: {tip}", tip=tip[:1].lower() + tip[1:]))
            check.toggled.connect(lambda on, key=key: self.set_layer(key, on))
            show_row.addWidget(check)
            self.layer_checks[key] = check
        show_row.addStretch(1)
        lay.addWidget(self.show_row)
        for key, check in self.layer_checks.items():
            check.setChecked(self.view.layers[key])
            self.view_b.set_layer(key, self.view.layers[key])
            self.view.set_layer(key, self.view.layers[key])

        self.readout_label = QLabel("—")
        self.readout_label.setFont(big_font(1.0, base=self.font()))
        self.readout_label.setWordWrap(True)
        self.readout_label.setToolTip(tr("Iterations done, the two losses, D's mean output on real and generated "
                                         "samples, and the mode coverage."))
        lay.addWidget(self.readout_label)
        lay.addWidget(self.message_label)
        return left

    def _build_right(self) -> QWidget:
        right = QSplitter(Qt.Orientation.Vertical)
        right.setChildrenCollapsible(False)
        self.plots = HistoryPlots()
        right.addWidget(self.plots)
        self.controls = ControlTabs()
        self.controls.changed.connect(self._on_changed)
        self.controls.changed_b.connect(self._on_changed_b)
        self.controls.preset_chosen.connect(self.load_preset)
        self.controls.compare_toggled.connect(self.set_compare)
        right.addWidget(self.controls)
        right.setStretchFactor(0, 1)
        right.setStretchFactor(1, 1)
        return right

    # =================================================================== engines
    @property
    def ready(self) -> bool:
        """Whether the engines are installed and none is being built."""
        return self.runner is not None and self._job is None

    @property
    def edits_pending(self) -> bool:
        """True while an engine is being built or an edit is on its way to an engine."""
        return self._job is not None or bool(self._pending) or bool(self._on_success)

    @property
    def _mode(self) -> str:
        return "digits" if self.settings.target == "digits" else "2d"

    @property
    def comparing(self) -> bool:
        return self.settings_b is not None

    def _build(self) -> None:
        """Build engine A (and B while comparing) in the background, from the same seed."""
        a, b = self.settings, self.settings_b
        points = self._target_points if a.target == "painted" else None
        seed = self._seed
        self._stop_runners()
        if self._job is not None:
            self._old_jobs.append(self._job)
        views = self._views_every()
        self._job = BackgroundJob(lambda ctx: build_engines(a, b, seed, points, views), name="gan-engines").start()
        self.readout_label.setText(tr("Preparing the networks…"))

    def _poll_job(self) -> None:
        self._old_jobs = [j for j in self._old_jobs if not j.done]
        job = self._job
        if job is None or not job.done:
            return
        self._job = None
        if job.error or job.result is None:
            self._run_when_ready = False
            self.readout_label.setText("—")
            self.show_error(tr("Could not build the GAN: {error}",
                               error=engine_text(job.error) if job.error else tr("no engine")))
            return
        eng_a, eng_b = job.result
        if eng_a is not None:
            self._stop_runners()
            self.last_snapshot = None
            self._pending.clear()
            self._on_success.clear()
            self._shown_errors = {"A": None, "B": None}
            self._views_asked = {"A": None, "B": None}
            self.attach_engine(eng_a, pause_when_settled=False, publish_interval=PUBLISH_INTERVAL)
            self.plots.clear()
        if eng_b is not None:
            if self.runner2 is not None:
                self.runner2.stop(2.0)
            self.last_snapshot2 = None
            self._views_asked["B"] = None
            self.runner2 = Runner(eng_b, name=f"{type(self).__name__}-B-runner", pause_when_settled=False,
                                  publish_interval=PUBLISH_INTERVAL)
            self.runner2.start()
        for r in self._runners():
            if self._rate is not None:
                r.set_rate(self._rate)
        self._configure_views()
        if self._run_when_ready:
            self._run_when_ready = False
            for r in self._runners():
                r.run()

    def _stop_runners(self) -> None:
        for r in self._runners():
            r.stop(2.0)
        self.runner = None
        self.runner2 = None
        self.last_snapshot = None
        self.last_snapshot2 = None

    def _runners(self) -> list[Runner]:
        return [r for r in (self.runner, self.runner2) if r is not None]

    def rewind_runners(self) -> list[Runner]:
        """Run A and, when comparing, run B: rewound together."""
        return self._runners()

    def show_snapshots(self, snaps: list[Snapshot], past: bool = True) -> None:
        if len(snaps) > 1:
            self.last_snapshot2 = snaps[1]
            self._render_b(snaps[1])
        super().show_snapshots(snaps, past)

    def _edit(self, fn: Callable[[Any], Any], what: str, *, a: bool = True, b: bool = True,
              on_success: Callable[[Any], None] | None = None) -> None:
        """Apply ``fn(engine)`` in the worker of A and/or B; a refusal is shown, a success may be followed up."""
        targets = []
        if a and self.runner is not None:
            targets.append(self.runner)
        if b and self.runner2 is not None:
            targets.append(self.runner2)
        for k, r in enumerate(targets):
            future = r.call(fn)
            self.track_edit(future, what)
            if on_success is not None and k == 0:
                self._on_success.append((future, on_success))

    def _poll_success(self) -> None:
        still = []
        for future, then in self._on_success:
            if not future.done():
                still.append((future, then))
            elif future.exception() is None:
                then(future.result())
        self._on_success = still

    # =================================================================== controls
    def _on_changed(self, field: str, value: Any) -> None:
        self.settings = replace(self.settings, **{field: value})
        if self.settings_b is not None and field not in COMPARE_FIELDS:
            self.settings_b = replace(self.settings_b, **{field: value})
        elif self.settings_b is None and field in COMPARE_FIELDS:
            # The Compare tab shows what B would start with: A's values, but for B's own edits.
            self.controls.training_b.load(replace(self.settings, **self._b_edits))
        self._send(self.settings, field, a=True, b=field not in COMPARE_FIELDS)

    def _on_changed_b(self, field: str, value: Any) -> None:
        if self.settings_b is None:
            self._b_edits[field] = value  # B takes it when the comparison starts
            return
        self.settings_b = replace(self.settings_b, **{field: value})
        self._send(self.settings_b, field, a=False, b=True)

    def _send(self, new: Settings, field: str, *, a: bool, b: bool) -> None:
        """Bring engine A and/or B to settings ``new`` after ``field`` changed."""
        if field == "train_mode":
            mode = new.train_mode
            self._edit(lambda eng: eng.set_train_mode(mode), tr("training mode"), a=a, b=b)
            names = {"both": tr("both networks"), "d": tr("only the discriminator"), "g": tr("only the generator")}
            self.show_info(tr("Each iteration now trains {what}; S makes one.", what=names[mode]))
            return
        changes = engine_changes(new, field, self._mode)
        self._edit(lambda eng: eng.configure(**changes), engine_text(FIELD_NAMES.get(field, field)), a=a, b=b)
        if field in SHAPE_FIELDS:
            self.show_info(tr("The networks start again with the new layers."))

    def load_preset(self, name: str, seed: int | None = None) -> None:
        """Set the controls to preset ``name`` and start training again (both runs for a comparison preset);
        ``seed``: the networks' seed from now on (None keeps it)."""
        try:
            settings, compare = preset(name)
        except ValueError as exc:
            self.show_error(engine_text(exc))
            return
        if seed is not None:
            self._seed = int(seed)
        self.settings = settings
        self.settings_b = replace(settings, **compare) if compare is not None else None
        self._b_edits.clear()
        self.controls.load(settings, self.settings_b)
        self.controls.compare_check.blockSignals(True)
        self.controls.compare_check.setChecked(compare is not None)
        self.controls.compare_check.blockSignals(False)
        self._select_target_combo(settings.target)
        self._set_paint_row(settings.target == "painted")
        self._build()
        self.show_info(tr("Preset “{name}”: press Space to run.", name=preset_title(name)))

    def set_compare(self, on: bool) -> None:
        """Run a second configuration B beside A (both start again from the same seed), or stop it."""
        if on and self.settings_b is None:
            # B is A, but for what was set on the Compare tab since the last comparison or preset.
            self.settings_b = replace(self.settings, **self._b_edits)
            self._b_edits.clear()
            self.controls.training_b.load(self.settings_b)
            self._build()
            self.show_info(tr("Comparing A with B on the same target, from the same start: press Space to run both."))
        elif not on and self.settings_b is not None:
            self.settings_b = None
            if self.runner2 is not None:
                self.runner2.stop(2.0)
                self.runner2 = None
            self.last_snapshot2 = None
            self._configure_views()
            self.show_info(tr("The comparison ended; A goes on alone."))
        if self.controls.compare_check.isChecked() != on:
            self.controls.compare_check.blockSignals(True)
            self.controls.compare_check.setChecked(on)
            self.controls.compare_check.blockSignals(False)

    # =================================================================== target
    def _select_target_combo(self, key: str) -> None:
        self.target_combo.blockSignals(True)
        self.target_combo.setCurrentIndex(TARGET_KEYS.index(key))
        self.target_combo.blockSignals(False)

    def set_target(self, key: str) -> None:
        """Choose the target ``key``; "painted" opens the painting tool (press Use to train on it)."""
        if key not in TARGET_KEYS:
            self.show_error(tr("Unknown target {key!r}; choose one of {keys}.", key=key, keys=", ".join(TARGET_KEYS)))
            return
        if key == "painted" and self._mode == "digits":
            self.set_target("ring")  # painting happens on the plane
        self._select_target_combo(key)
        if key == "painted":
            self._set_paint_row(True)
            self.paint_button.setChecked(True)
            self.show_info(tr("Click or drag on the view to put points (at least 20), then press Use."))
            return
        self._set_paint_row(False)
        old_mode = self._mode
        if (key == "digits") != (old_mode == "digits"):
            # The data's dimension changes: new networks, with settings that suit the data.
            if key == "digits":
                self._settings_2d = self.settings
                self.settings = replace(self.settings, target=key, **DIGITS_SETTINGS)
            else:
                self.settings = replace(self._settings_2d or self.settings, target=key,
                                        train_mode=self.settings.train_mode)
            self.settings_b = (None if self.settings_b is None else
                               replace(self.settings, **{f: getattr(self.settings_b, f) for f in COMPARE_FIELDS}))
            self.controls.load(self.settings, self.settings_b)
            self._build()
            self.show_info(tr("Image mode: a small GAN on the 8 × 8 digits; press Space to run.") if key == "digits"
                           else tr("Back to the plane: {target}.", target=_target_label(key).lower()))
            return
        self.settings = replace(self.settings, target=key)
        if self.settings_b is not None:
            self.settings_b = replace(self.settings_b, target=key)
        self._edit(lambda eng: eng.set_target(key), tr("target"))
        self.show_info(tr("Target: {target}. The networks keep their weights.", target=_target_label(key).lower()))

    # =================================================================== painting
    def _set_paint_row(self, on: bool) -> None:
        self.paint_row.setVisible(on)
        if not on and self.paint_button.isChecked():
            self.paint_button.setChecked(False)

    def set_painting(self, on: bool) -> None:
        """Turn the painting tool on or off (its button shows the state)."""
        if self.paint_button.isChecked() != on:
            self.paint_button.setChecked(on)  # comes back here
            return
        if on and self._mode == "digits":
            self.paint_button.setChecked(False)
            self.show_error(tr("Painting is for the 2-D targets: choose one first."))
            return
        self.view.set_painting(on, np.asarray(self.painted_points) if on else None)
        if not on and self.last_snapshot is not None and self.last_snapshot.data:
            self.view.set_bounds(self.last_snapshot.data["bounds"])

    def add_painted_point(self, x: float, y: float) -> None:
        self.painted_points.append((float(x), float(y)))
        self.view.set_painted(np.asarray(self.painted_points))
        self._update_paint_count()

    def clear_painting(self) -> None:
        self.painted_points.clear()
        self.view.set_painted(None)
        self._update_paint_count()

    def _update_paint_count(self) -> None:
        n = len(self.painted_points)
        self.paint_count_label.setText(tr("{n} points", n=n) if n != 1 else tr("{n} point", n=n))

    def use_painting(self) -> None:
        """Ask the engines to train on the painted points; the engine refuses too few (shown as a message)."""
        pts = np.asarray(self.painted_points, np.float64).reshape(-1, 2)
        if self._mode == "digits":
            self.show_error(tr("Painting is for the 2-D targets: choose one first."))
            return

        def done(_result: Any) -> None:
            self._target_points = pts
            self.settings = replace(self.settings, target="painted")
            if self.settings_b is not None:
                self.settings_b = replace(self.settings_b, target="painted")
            self.paint_button.setChecked(False)
            self.show_info(tr("Training on your {n} painted points.", n=len(pts)))

        self._edit(lambda eng: eng.set_target("painted", pts.copy()), tr("target"), on_success=done)

    # =================================================================== layers and views
    def set_layer(self, key: str, on: bool) -> None:
        """Show or hide a layer of the plane (both planes while comparing)."""
        for v in (self.view, self.view_b):
            v.set_layer(key, on)
        if key == "heatmap" and self.comparing:
            self.view.colorbar.setVisible(False)
        if self.layer_checks[key].isChecked() != on:
            self.layer_checks[key].setChecked(on)
        for snap, v in ((self.last_snapshot, self.view), (self.last_snapshot2, self.view_b)):
            if snap is not None and snap.data and "heatmap" in snap.data:
                v.show(snap.data)

    def _configure_views(self) -> None:
        digits = self._mode == "digits"
        self.view_stack.setCurrentIndex(1 if digits else 0)
        self.show_row.setVisible(not digits)
        self.view_b.setVisible(self.comparing and not digits)
        if self.comparing != self._wide:
            # Two planes side by side need the width more than the plots do.
            self._wide = self.comparing
            total = sum(self.splitter.sizes()) or self.width()
            share = 0.62 if self.comparing else 0.58
            self.splitter.setSizes([int(total * share), total - int(total * share)])
        # Side by side, B's colour bar serves both planes (A gets the width back).
        self.view.colorbar.setVisible(self.view.layers["heatmap"] and not self.comparing)
        self.view.plot_item.setTitle("A" if self.comparing else "", size="12pt", color=colors.PLOT_FOREGROUND,
                                     bold=True)
        self.plots.set_comparing(self.comparing)

    # =================================================================== run bar
    @property
    def running(self) -> bool:
        return self._run_when_ready or super().running

    def run_pause(self) -> None:
        if self._job is not None:
            self._run_when_ready = not self._run_when_ready
            return
        if self.running:
            self.pause()
        else:
            for r in self._runners():
                r.run()

    def pause(self) -> None:
        self._run_when_ready = False
        for r in self._runners():
            r.pause()

    def step(self) -> None:
        for r in self._runners():
            r.step(1)

    def reset(self, seed: int | None) -> None:
        """Back to fresh networks; a seed also changes the random numbers (the same seed replays the run)."""
        if seed is not None:
            self._seed = int(seed)
        for r in self._runners():
            r.reset(seed)
        self.plots.clear()
        self.show_info(tr("Fresh networks: press Space to run (the same seed replays the same run)."))

    def set_rate(self, updates_per_second: float | None) -> None:
        self._rate = updates_per_second
        views = self._views_every()
        for r in self._runners():
            r.set_rate(updates_per_second)
            r.call(lambda eng: eng.set_views_every(views))

    def _views_every(self) -> int:
        """Snapshots per fresh heatmap: fewer while flat out, every one at a set speed slow enough to watch."""
        return 1 if self._rate is not None and self._rate <= FRESH_VIEWS_RATE else VIEWS_EVERY

    # =================================================================== bench
    def bench_scene(self) -> str:
        """The GUI bench: the 8-Gaussian ring with the default settings, flat out."""
        self.pause()
        self.load_preset("Default: ring")
        deadline = time.monotonic() + 30.0
        while self._job is not None and time.monotonic() < deadline:
            self._job.join(0.05)
            self._poll_job()
        self.set_rate(None)
        return "GAN 2-128-128-2 / 2-128-128-1 on the 8-Gaussian ring, Adam, batch 256"

    def bench_input_point(self) -> tuple[QWidget, QPoint]:
        """Where a click lands: the middle of the plane."""
        return self.view.viewport(), QPoint(self.view.width() // 2, self.view.height() // 2)

    # =================================================================== display
    def refresh(self) -> bool:
        self._poll_job()
        self.poll_edits()
        self._poll_success()
        drew_b = False
        if self.runner2 is not None:
            snap2 = self.runner2.latest()
            if snap2 is not None:
                self.last_snapshot2 = snap2
                self._render_b(snap2)
                drew_b = True
        return super().refresh() or drew_b

    def render(self, snap: Snapshot) -> None:
        self._show_error("A", snap)
        d = snap.data
        if not d:
            return
        if "digit_samples" in d:
            self.digit_grid.show(np.asarray(d["digit_samples"]))
        elif "heatmap" in d:
            self.view.show(d)
            self._ask_views("A", self.runner, snap)
        now = time.monotonic()
        if not snap.running:
            self.plots.show_history(d)
        elif now - self._plot_time["A"] >= PLOT_INTERVAL:
            self._plot_time["A"] = now
            self._plot_turn = self.plots.show_history(d, self._plot_turn)
        if not snap.running or now - self._text_time >= TEXT_INTERVAL:
            self._text_time = now
            d_b = self.last_snapshot2.data if self.comparing and self.last_snapshot2 is not None else None
            text = readout(d, d_b)
            if text != self.readout_label.text():
                self.readout_label.setText(text)

    def _render_b(self, snap: Snapshot) -> None:
        self._show_error("B", snap)
        d = snap.data
        if not d or not self.comparing:
            return
        if "heatmap" in d and self.view_b.isVisible():
            self.view_b.show(d)
            self._ask_views("B", self.runner2, snap)
        now = time.monotonic()
        if not snap.running or now - self._plot_time["B"] >= PLOT_INTERVAL * 4:
            self._plot_time["B"] = now
            self.plots.show_coverage(d, 2)
        cov = d.get("coverage")
        title = "B"
        if cov is not None:
            title = tr("B: {covered} of {n} modes", covered=cov.modes_covered, n=cov.n_modes)
        if title != self._title_b:
            self._title_b = title
            self.view_b.plot_item.setTitle(title, size="12pt", color=colors.PLOT_FOREGROUND, bold=True)

    def _ask_views(self, who: str, runner: Runner | None, snap: Snapshot) -> None:
        """A paused run whose heatmap is older than its networks gets a fresh one (asked once per state)."""
        d = snap.data
        views_steps = d.get("views_steps")
        if snap.running or runner is None or views_steps is None or views_steps == d["steps"]:
            return
        if self._views_asked[who] != d["steps"]:
            self._views_asked[who] = d["steps"]
            runner.call(lambda eng: eng.refresh_views())

    def poll_edits(self) -> None:
        # A refused edit also reaches the snapshot's error: remember its text, shown once (as a refusal).
        for future, _what in self._pending:
            if future.done() and future.exception() is not None:
                self._edit_errors.add(error_text(future.exception()))
        super().poll_edits()

    def _show_error(self, who: str, snap: Snapshot) -> None:
        """Show an engine's error once; divergence paused that run, so the other one pauses too."""
        if snap.error and snap.error != self._shown_errors[who] and snap.error not in self._edit_errors:
            text = engine_text(snap.error)
            text = text[:1].upper() + text[1:]
            self.show_error(tr("Run B: {error}", error=text) if who == "B" else text)
            if snap.data.get("error"):
                self.pause()
        self._shown_errors[who] = snap.error

    # =================================================================== lifecycle
    def shutdown(self, timeout: float = 0.5) -> bool:
        """Stop both runners and any engine being built; True if every thread ended in time."""
        ok = True
        if self.runner2 is not None:
            ok = self.runner2.stop(timeout) and ok
        ok = super().shutdown(timeout) and ok
        for job in [self._job, *self._old_jobs]:
            if job is not None:
                ok = job.join(max(timeout, 5.0)) and ok
        return ok

    # ============================================================ explain
    def explain_html(self, snap: Snapshot | None) -> str:
        """The notes' losses in the chosen form with the discriminator's current loss terms."""
        compare = self.last_snapshot2.data if self.runner2 is not None and self.last_snapshot2 is not None else None
        return gan_explain.explain(snap.data if snap is not None else None, self.settings.loss, compare)

    # =================================================================== scenes
    def scene_state(self) -> dict[str, Any]:
        """The controls (A, B, pending B edits, layers, tab), painted points, seed and both engines' full state:
        weights, Adam moments, random state and history (the plots are drawn from it)."""
        from simulator.gui.panels.gan_scene import scene_state

        return scene_state(self)

    def restore_scene(self, scene: Any) -> None:
        """Open a scene of :meth:`scene_state`; ValueError with a sentence, panel unchanged, when it does not fit."""
        from simulator.gui.panels.gan_scene import restore_scene

        restore_scene(self, scene)
