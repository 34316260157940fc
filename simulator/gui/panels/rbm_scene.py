"""The RBM panel's scenes: controls, the training data itself, and every engine's full state; and back."""

from __future__ import annotations

import dataclasses
from typing import Any, Mapping

import numpy as np

from simulator.core.scenetree import SceneError, need, need_array, plain
from simulator.core.text import Text, tr
from simulator.gui.panels.rbm_parts import BINARISE, DATA_KEYS, SCENE_KEYS, TrainSettings

SCENE_VERSION = 1
#: Seconds to wait for an engine being built or a worker to answer.
WAIT_S = 30.0
_FIELD_KINDS = {f.name: (float,) if isinstance(f.default, float) else (type(f.default),)
                for f in dataclasses.fields(TrainSettings)}


def _settle(panel: Any) -> None:
    job = panel._job
    if job is not None:
        job.join(WAIT_S)
        panel._poll_job()


def _kept_state(panel: Any, engine: Any) -> dict | None:
    """The state of an engine the panel keeps: read in the worker when it is the one running, else directly."""
    if engine is None:
        return None
    if panel.runner is not None and panel.scene_key in ("training", "recommender") and \
            engine is (panel._trainer if panel.scene_key == "training" else panel._recommender):
        return panel.runner.call(lambda eng: eng.state_dict()).result(WAIT_S)
    return engine.state_dict()  # no runner owns it now


def scene_state(panel: Any) -> dict[str, Any]:
    """See ``RBMPanel.scene_state``."""
    panel.pause()
    _settle(panel)
    shown = None
    if panel.scene_key in ("dreaming", "completion") and panel.runner is not None:
        shown = panel.runner.call(lambda eng: eng.state_dict()).result(WAIT_S)
    return plain({
        "version": SCENE_VERSION,
        "seed": panel._seed,
        "tab": panel.scene_key if panel.scene_key in SCENE_KEYS else "training",
        "settings": dataclasses.asdict(panel.settings),
        "images": None if panel._images is None else np.asarray(panel._images, np.float64),
        "image_names": list(panel._image_names),
        "data_label": str(panel._data_label),
        "dreaming": {"chains": panel.chains_spin.value(), "start": panel.dream_start_combo.currentData(),
                     "image": panel.dream_digit_spin.value()},
        "completion": {"image": panel.comp_digit_spin.value(), "tool": panel.comp_mode_combo.currentData(),
                       "known": panel._known.copy()},
        "recommender": {"hidden": panel.rec_hidden_spin.value(), "epochs": panel.rec_epochs_spin.value(),
                        "user": panel.rec_user_spin.value()},
        "trainer": _kept_state(panel, panel._trainer),
        "recommender_engine": _kept_state(panel, panel._recommender),
        "shown_engine": shown,
    })


def _damaged(what: str, exc: BaseException) -> SceneError:
    text = str(exc)
    why = (text[:1].lower() + text[1:]).rstrip(".")
    sentence = exc.args[0] if len(exc.args) == 1 else None
    if isinstance(sentence, Text) and sentence == why:
        why = sentence  # an engine's sentence, translated with the rest
    return SceneError(tr("This scene's {what} cannot be restored: {why}.", what=what, why=why))


def _build(cls: Any, state: Any, what: str) -> Any:
    if state is None:
        return None
    if not isinstance(state, Mapping):
        raise SceneError(tr("This scene is damaged: the {what} should be a group of values.", what=what))
    try:
        return cls.from_state_dict(state)
    except (ValueError, TypeError, KeyError, AttributeError, IndexError) as exc:
        raise _damaged(what, exc) from None


def _spin_value(spin: Any, tree: Any, key: str, what: str) -> int:
    v = need(tree, key, int, what)
    if not spin.minimum() <= v <= spin.maximum():
        raise SceneError(tr("This scene's {what} ({value}) is out of range.", what=what, value=v))
    return v


def restore_scene(panel: Any, scene: Mapping[str, Any]) -> None:
    """Open what :func:`scene_state` returned; SceneError (panel unchanged) when it does not fit."""
    from simulator.models import rbm as rbm_pkg
    from simulator.models.rbm.recommender import Recommender

    if not isinstance(scene, Mapping):
        raise SceneError(tr("This is not an RBM scene."))
    version = need(scene, "version", int, "the scene's version")
    if version != SCENE_VERSION:
        raise SceneError(tr("This RBM scene has version {version}; this simulator opens version {supported}.",
                            version=version, supported=SCENE_VERSION))
    seed = need(scene, "seed", int, "the seed")
    tab = need(scene, "tab", str, "the tab shown")
    if tab not in SCENE_KEYS:
        raise SceneError(tr("This scene shows a tab this version does not have ({tab}).", tab=repr(tab)))
    tree = need(scene, "settings", (dict, Mapping), "the training settings")
    unknown = sorted(set(tree) - set(_FIELD_KINDS))
    if unknown:
        raise SceneError(tr("This scene has training settings this version does not know: {names}.",
                            names=", ".join(unknown)))
    settings = TrainSettings(**{k: need(tree, k, kinds, f"the training setting {k.replace('_', ' ')}")
                                for k, kinds in _FIELD_KINDS.items()})
    if settings.data not in DATA_KEYS or settings.binarise not in [b[0] for b in BINARISE]:
        raise SceneError(tr("This scene names a data source or binarisation this version does not have."))
    images = need_array(scene, "images", "the images", (None, 64), "biuf", allow_none=True)
    names = need(scene, "image_names", list, "the images' names")
    if not all(isinstance(n, str) for n in names) or (images is not None and len(names) != len(images)):
        raise SceneError(tr("This scene is damaged: the images' names do not match the images."))
    data_label = need(scene, "data_label", str, "the data's name")
    dream = need(scene, "dreaming", (dict, Mapping), "the dreaming controls")
    comp = need(scene, "completion", (dict, Mapping), "the completion controls")
    rec = need(scene, "recommender", (dict, Mapping), "the recommender controls")
    chains = _spin_value(panel.chains_spin, dream, "chains", tr("number of chains"))
    dream_start = need(dream, "start", str, "the dreams' start")
    if dream_start not in ("noise", "digit"):
        raise SceneError(tr("This scene's dreams start from {start}, which this version does not offer.",
                            start=repr(dream_start)))
    dream_image = _spin_value(panel.dream_digit_spin, dream, "image", tr("dreams' start image"))
    comp_image = _spin_value(panel.comp_digit_spin, comp, "image", tr("image to complete"))
    comp_tool = need(comp, "tool", str, "the completion tool")
    if comp_tool not in ("occlude", "draw"):
        raise SceneError(tr("This scene's completion tool {tool} is not offered by this version.",
                            tool=repr(comp_tool)))
    known = need_array(comp, "known", "the known pixels", (64,), "biu")
    rec_hidden = _spin_value(panel.rec_hidden_spin, rec, "hidden", tr("recommender's hidden units"))
    rec_epochs = _spin_value(panel.rec_epochs_spin, rec, "epochs", tr("recommender's epochs"))
    rec_user = _spin_value(panel.rec_user_spin, rec, "user", tr("user shown"))
    trainer = _build(rbm_pkg.RBMTrainer, need(scene, "trainer", (dict, Mapping, type(None)), "the training"),
                     tr("training"))
    recommender = _build(Recommender, need(scene, "recommender_engine", (dict, Mapping, type(None)),
                                           "the recommender"), tr("recommender"))
    shown_state = need(scene, "shown_engine", (dict, Mapping, type(None)), "the shown scene's state")
    shown = None
    if tab in ("dreaming", "completion"):
        shown_name = tr("dreaming") if tab == "dreaming" else tr("completion")
        if trainer is None or shown_state is None:
            raise SceneError(tr("This scene is damaged: its {tab} has no trained RBM.", tab=shown_name))
        shown = _build(rbm_pkg.DreamEngine if tab == "dreaming" else rbm_pkg.CompletionEngine, shown_state,
                       shown_name)
    if tab == "training" and trainer is None:
        raise SceneError(tr("This scene is damaged: its training has no RBM."))
    if tab == "recommender" and recommender is None:
        raise SceneError(tr("This scene is damaged: its recommender has no RBM."))

    # ------------------------------------------------ apply
    controls = (panel.chains_spin, panel.dream_start_combo, panel.dream_digit_spin, panel.comp_digit_spin,
                panel.comp_mode_combo, panel.rec_hidden_spin, panel.rec_epochs_spin, panel.rec_user_spin)
    prepare(panel, seed)
    panel.settings = settings
    panel._load_controls(settings)
    panel._images = None if images is None else np.asarray(images, np.float64)
    panel._image_names = list(names)
    if images is not None:
        for spin in (panel.dream_digit_spin, panel.comp_digit_spin):
            spin.blockSignals(True)
            spin.setRange(0, len(images) - 1)
            spin.blockSignals(False)
    panel._data_label = data_label
    for w in controls:
        w.blockSignals(True)
    panel.chains_spin.setValue(chains)
    panel.dream_start_combo.setCurrentIndex(panel.dream_start_combo.findData(dream_start))
    panel.dream_digit_spin.setValue(dream_image)
    panel.comp_digit_spin.setValue(comp_image)
    panel.comp_mode_combo.setCurrentIndex(panel.comp_mode_combo.findData(comp_tool))
    panel.rec_hidden_spin.setValue(rec_hidden)
    panel.rec_epochs_spin.setValue(rec_epochs)
    panel.rec_user_spin.setValue(rec_user)
    for w in controls:
        w.blockSignals(False)
    panel.comp_canvas.set_mode(comp_tool)
    panel._known = np.asarray(known, bool).copy()
    panel._trainer = trainer
    panel._recommender = recommender
    engine = {"training": trainer, "recommender": recommender}.get(tab, shown)
    show(panel, tab, engine)
    from simulator.gui.i18n import engine_text

    panel.show_info(engine_text(tr("Scene opened: press Space to run on from where it was saved.")))


def prepare(panel: Any, seed: int) -> None:
    """Stop what runs and drop an engine being built, before the panel is given other engines."""
    panel.pause()
    panel._run_when_ready = False
    if panel._job is not None:
        panel._old_jobs.append(panel._job)  # what it builds is dropped
        panel._job = None
    panel._stop_runner()
    panel._seed = int(seed)


def show(panel: Any, tab: str, engine: Any) -> None:
    """Show tab ``tab`` running ``engine`` (paused), without building anything."""
    panel.tabs.blockSignals(True)
    panel.tabs.setCurrentIndex(SCENE_KEYS.index(tab))
    panel.tabs.blockSignals(False)
    panel.scene_key = tab
    if tab == "completion":
        image = np.asarray(engine.image)
        panel.comp_canvas.set_state(np.where((image > 0.5) & panel._known, 1, -1))
    panel._install(tab, engine)


def start_lesson(panel: Any, settings: TrainSettings, seed: int, tab: str, train_epochs: int = 0, image: int = 0,
                 hidden_rows: tuple[int, int] | None = None) -> None:
    """Put ``panel`` at a lesson's start, paused: a trainer with ``settings`` trained ``train_epochs`` epochs here
    (small: well under a second), shown on ``tab``; for "completion", image ``image`` with rows
    ``hidden_rows`` (first, last + 1) unknown."""
    from simulator.gui.panels.rbm_parts import build_engine, copy_rbm, data_label

    prepare(panel, seed)
    panel.settings = settings
    panel._load_controls(settings)
    ink, names = panel._training_ink(settings.data)
    panel._set_images(ink, names)
    panel._data_label = data_label("digits", 0)
    trainer = build_engine("training", settings, seed, None, ink=None if settings.data == "digits" else ink)
    if train_epochs:
        trainer.step(train_epochs * trainer.batches_per_epoch)
    panel._trainer = trainer
    panel._recommender = None
    engine = trainer
    if tab == "completion":
        panel._known = np.ones(64, bool)
        if hidden_rows is not None:
            panel._known.reshape(8, 8)[hidden_rows[0]:hidden_rows[1]] = False
        panel.comp_digit_spin.blockSignals(True)
        panel.comp_digit_spin.setValue(image)
        panel.comp_digit_spin.blockSignals(False)
        engine = build_engine("completion", settings, seed, copy_rbm(trainer.rbm), image=panel._image(image),
                              known=panel._known.copy())
    show(panel, tab, engine)
