"""The GAN panel's scenes: its controls, painted points and both engines' full state as a tree, and back."""

from __future__ import annotations

import dataclasses
from typing import Any, Mapping

import numpy as np

from simulator.core.jobs import BackgroundJob
from simulator.core.scenetree import SceneError, need, need_array, plain
from simulator.gui.i18n import engine_text, tr
from simulator.gui.panels.gan_parts import LAYERS, TARGET_KEYS, Settings, network_sizes

SCENE_VERSION = 1
#: Seconds to wait for an engine being built or a worker to answer while a scene is taken or opened.
WAIT_S = 30.0
#: Settings the controls show that the engine holds too (they must agree in a scene).
_ENGINE_FIELDS = ("activation", "noise", "loss", "optimizer", "lr_g", "lr_d", "d_steps", "unroll", "minibatch_features",
                  "batch_size")
_FIELD_KINDS = {f.name: (float,) if isinstance(f.default, float) else (type(f.default),)
                for f in dataclasses.fields(Settings)}


def settle(panel: Any) -> None:
    """Let an engine being built arrive, so that the runners hold what the controls show."""
    job = panel._job
    if job is not None:
        job.join(WAIT_S)
        panel._poll_job()


def engine_states(panel: Any) -> tuple[dict | None, dict | None]:
    """The state of engine A and B (None where there is none), read in their workers."""
    out = []
    for runner in (panel.runner, panel.runner2):
        out.append(None if runner is None else runner.call(lambda eng: eng.state_dict()).result(WAIT_S))
    return out[0], out[1]


def scene_state(panel: Any) -> dict[str, Any]:
    """Everything the GAN panel shows and trains: see ``GANPanel.scene_state``."""
    panel.pause()
    settle(panel)
    a, b = engine_states(panel)
    if a is None:
        raise SceneError(tr("The GAN is still being prepared; try again in a moment."))
    return plain({
        "version": SCENE_VERSION,
        "seed": panel._seed,
        "settings": dataclasses.asdict(panel.settings),
        "settings_b": None if panel.settings_b is None else dataclasses.asdict(panel.settings_b),
        "b_edits": dict(panel._b_edits),
        "settings_2d": None if panel._settings_2d is None else dataclasses.asdict(panel._settings_2d),
        "painted_points": np.asarray(panel.painted_points, np.float64).reshape(-1, 2),
        "target_points": None if panel._target_points is None else np.asarray(panel._target_points, np.float64),
        "layers": {key: bool(check.isChecked()) for key, check in panel.layer_checks.items()},
        "controls_tab": panel.controls.currentIndex(),
        "engine_a": a,
        "engine_b": b,
    })


def _settings(tree: Any, what: str, allow_none: bool = False) -> Settings | None:
    if tree is None and allow_none:
        return None
    if not isinstance(tree, Mapping):
        raise SceneError(tr("This scene is damaged: {what} should be a group of settings.", what=what))
    unknown = sorted(set(tree) - set(_FIELD_KINDS))
    if unknown:
        raise SceneError(tr("This scene has settings this version does not know: {names}.", names=", ".join(unknown)))
    values = {name: need(tree, name, kinds, tr("{what}' {name}", what=what, name=name.replace("_", " ")))
              for name, kinds in _FIELD_KINDS.items()}
    if values["target"] not in TARGET_KEYS:
        raise SceneError(tr("This scene's target {target!r} is not one of {keys}.", target=values["target"],
                            keys=", ".join(TARGET_KEYS)))
    return Settings(**values)


def _engine(state: Any, settings: Settings, what: str) -> tuple[Any, Settings]:
    from simulator.models import gan as gan_pkg

    engine = gan_pkg.GANEngine(gan_pkg.GANConfig(generator=(2, 2, 2), discriminator=(2, 2, 1), n_shown=2,
                                                 heatmap_resolution=2, manifold_size=2))
    if not isinstance(state, Mapping):
        raise SceneError(tr("This scene is damaged: {what} is missing.", what=what))
    try:
        engine.load_state_dict(state)
    except (ValueError, TypeError, KeyError, AttributeError, IndexError) as exc:
        text = engine_text(exc)
        text = (text[:1].lower() + text[1:]).rstrip(".")
        raise SceneError(tr("This scene's {what} cannot be restored: {error}.", what=what, error=text)) from None
    g, d = network_sizes(settings, 64 if settings.target == "digits" else 2)
    cfg = engine.config
    if (tuple(cfg.generator), tuple(cfg.discriminator)) != (g, d) or engine.train_mode != settings.train_mode:
        raise SceneError(tr("This scene is damaged: {what}'s networks or training mode differ from its controls.",
                            what=what))
    # What runs is what the engine holds (a refused edit may have left a control ahead of it): show that.
    return engine, dataclasses.replace(settings, **{k: getattr(cfg, k) for k in _ENGINE_FIELDS})


def restore_scene(panel: Any, scene: Mapping[str, Any]) -> None:
    """Open what :func:`scene_state` returned in ``panel``; SceneError (panel unchanged) when it does not fit."""
    # ------------------------------------------------ validate everything first
    if not isinstance(scene, Mapping):
        raise SceneError(tr("This is not a GAN scene."))
    version = need(scene, "version", int, tr("the scene's version"))
    if version != SCENE_VERSION:
        raise SceneError(tr("This GAN scene has version {version}; this simulator opens version {supported}.",
                            version=version, supported=SCENE_VERSION))
    seed = need(scene, "seed", int, tr("the seed"))
    if not 0 <= seed < 2**63:
        raise SceneError(tr("This scene's seed {seed} is out of range.", seed=seed))
    settings = _settings(scene.get("settings"), tr("the settings"))
    what_b = tr("the comparison's settings")
    settings_b = _settings(need(scene, "settings_b", (dict, Mapping, type(None)), what_b), what_b, allow_none=True)
    b_edits = need(scene, "b_edits", (dict, Mapping), tr("the comparison's pending changes"))
    for k in b_edits:
        if k not in _FIELD_KINDS:
            raise SceneError(tr("This scene is damaged: the comparison's change {key!r} is not a setting.", key=k))
        need(b_edits, k, _FIELD_KINDS[k], tr("the comparison's change of {name}", name=k.replace("_", " ")))
    what_2d = tr("the plane's settings")
    settings_2d = _settings(need(scene, "settings_2d", (dict, Mapping, type(None)), what_2d), what_2d, allow_none=True)
    painted = need_array(scene, "painted_points", tr("the painted points"), (None, 2), "iuf")
    target_points = need_array(scene, "target_points", tr("the target's points"), (None, 2), "iuf", allow_none=True)
    layers = need(scene, "layers", (dict, Mapping), tr("the layers shown"))
    for key, _label, _tip in LAYERS:
        need(layers, key, bool, tr("the layer {key!r}", key=key))
    tab = need(scene, "controls_tab", int, tr("the controls' tab"))
    if not 0 <= tab < panel.controls.count():
        raise SceneError(tr("This scene is damaged: there is no controls tab {tab}.", tab=tab))
    engine_a, settings = _engine(scene.get("engine_a"), settings, tr("network A"))
    state_b = need(scene, "engine_b", (dict, Mapping, type(None)), tr("network B"))
    if (state_b is None) != (settings_b is None):
        raise SceneError(tr("This scene is damaged: the comparison's settings and its network do not match."))
    engine_b = None
    if settings_b is not None:
        engine_b, settings_b = _engine(state_b, settings_b, tr("network B"))
    views = panel._views_every()
    for eng in (engine_a, engine_b):
        if eng is not None:
            eng.set_views_every(views)

    # ------------------------------------------------ apply
    panel.pause()
    if panel._job is not None:
        panel._old_jobs.append(panel._job)  # what it builds is dropped: the scene's engines replace it
        panel._job = None
    panel._stop_runners()
    panel._run_when_ready = False
    panel._seed = seed
    panel.settings = settings
    panel.settings_b = settings_b
    panel._b_edits = dict(b_edits)
    panel._settings_2d = settings_2d
    panel.painted_points = [(float(x), float(y)) for x, y in painted]
    panel._target_points = None if target_points is None else np.asarray(target_points, np.float64)
    panel.controls.load(settings, settings_b)
    panel.controls.compare_check.blockSignals(True)
    panel.controls.compare_check.setChecked(settings_b is not None)
    panel.controls.compare_check.blockSignals(False)
    panel.controls.setCurrentIndex(tab)
    panel._select_target_combo(settings.target)
    panel._set_paint_row(settings.target == "painted")
    panel.view.set_painted(np.asarray(panel.painted_points) if panel.painted_points else None)
    panel._update_paint_count()
    for key, on in layers.items():
        if key in panel.layer_checks:
            panel.set_layer(key, bool(on))
    # The engines are ready: hand them over the way a finished build does.
    panel._job = BackgroundJob(lambda ctx: (engine_a, engine_b), name="gan-scene").start()
    panel._job.join(WAIT_S)
    panel._poll_job()
    panel.show_info(tr("Scene opened: press Space to run on from where it was saved."))
