"""The Q-learning panel's scenes: world, agent (tables, episode under way, random stream), controls; and back."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any, Mapping

from simulator.core.scenetree import SceneError, need, plain
from simulator.gui.i18n import engine_text, tr
from simulator.gui.panels.qlearning_controls import set_combo
from simulator.gui.panels.qlearning_parts import TOOL_KEYS

SCENE_VERSION = 1
#: Seconds to wait for the engine being built or the worker to answer.
WAIT_S = 30.0
_VIEW_CHECKS = ("arrows", "optimal", "numbers", "normalised")


def _settle(panel: Any) -> None:
    job = panel._job
    if job is not None:
        job.join(WAIT_S)
        panel._poll_job()


def scene_state(panel: Any) -> dict[str, Any]:
    """The world, the agent's full state and the controls of ``panel`` (see ``QLearningPanel.scene_state``)."""
    panel.pause()
    _settle(panel)
    if panel.runner is None:
        raise SceneError(tr("The agent is still being prepared; try again in a moment."))
    engine = panel.runner.call(lambda eng: eng.state_dict()).result(WAIT_S)
    c = panel.c
    return plain({
        "version": SCENE_VERSION,
        "seed": panel._seed,
        "preset": c.preset_combo.currentData(),
        "tab": panel.tabs.currentIndex(),
        "tool": panel.tool(),
        "reward": float(c.reward_spin.value()),
        "train_episodes": int(c.train_spin.value()),
        "view": {"fill": c.fill_combo.currentData(), "arrows": c.arrows_check.isChecked(),
                 "optimal": c.optimal_check.isChecked(), "numbers": c.numbers_check.isChecked(),
                 "normalised": c.normalised_check.isChecked(), "smooth": int(c.smooth_spin.value())},
        "engine": engine,
    })


def _combo_keys(combo: Any) -> list:
    return [combo.itemData(i) for i in range(combo.count())]


def restore_scene(panel: Any, scene: Mapping[str, Any]) -> None:
    """Open what :func:`scene_state` returned; SceneError (panel unchanged) when it does not fit."""
    from simulator.models.qlearning.engine import QLearningEngine

    c = panel.c
    if not isinstance(scene, Mapping):
        raise SceneError(tr("This is not a Q-learning scene."))
    version = need(scene, "version", int, "the scene's version")
    if version != SCENE_VERSION:
        raise SceneError(tr("This Q-learning scene has version {version}; this simulator opens version "
                            "{supported}.", version=version, supported=SCENE_VERSION))
    seed = need(scene, "seed", int, "the seed")
    preset = need(scene, "preset", (str, type(None)), "the preset")
    if preset is not None and preset not in _combo_keys(c.preset_combo):
        raise SceneError(tr("This scene names a preset this version does not have ({preset!r}).", preset=preset))
    tab = need(scene, "tab", int, "the tab shown")
    if not 0 <= tab < panel.tabs.count():
        raise SceneError(tr("This scene is damaged: there is no tab {tab}.", tab=tab))
    tool = need(scene, "tool", str, "the painting tool")
    if tool not in TOOL_KEYS:
        raise SceneError(tr("This scene names a painting tool this version does not have ({tool!r}).", tool=tool))
    reward = need(scene, "reward", float, "the painted reward")
    train = need(scene, "train_episodes", int, "the number of episodes to train")
    if not c.train_spin.minimum() <= train <= c.train_spin.maximum():
        raise SceneError(tr("This scene's number of episodes to train ({train}) is out of range.", train=train))
    view = need(scene, "view", (dict, Mapping), "the view options")
    fill = need(view, "fill", str, "what the cells show")
    if fill not in _combo_keys(c.fill_combo):
        raise SceneError(tr("This scene's cells show {fill!r}, which this version does not offer.", fill=fill))
    checks = {name: need(view, name, bool, f"the view option {name!r}") for name in _VIEW_CHECKS}
    smooth = need(view, "smooth", int, "the smoothing")
    state = need(scene, "engine", (dict, Mapping), "the agent")
    engine = QLearningEngine()
    try:
        engine.load_state_dict(state)
    except (ValueError, TypeError, KeyError, AttributeError, IndexError) as exc:
        text = engine_text(exc)
        raise SceneError(tr("This scene's agent cannot be restored: {why}", why=text[:1].lower() + text[1:])
                         .rstrip(".") + ".") from None

    # ------------------------------------------------ apply
    install(panel, engine, preset=preset, seed=seed)
    for w in (c.fill_combo, c.arrows_check, c.optimal_check, c.numbers_check, c.normalised_check, c.smooth_spin,
              panel.q_normalised_check, c.reward_spin, c.train_spin):
        w.blockSignals(True)
    set_combo(c.fill_combo, fill)
    c.arrows_check.setChecked(checks["arrows"])
    c.optimal_check.setChecked(checks["optimal"])
    c.numbers_check.setChecked(checks["numbers"])
    c.normalised_check.setChecked(checks["normalised"])
    panel.q_normalised_check.setChecked(checks["normalised"])
    c.smooth_spin.setValue(smooth)
    c.reward_spin.setValue(reward)
    c.train_spin.setValue(train)
    for w in (c.fill_combo, c.arrows_check, c.optimal_check, c.numbers_check, c.normalised_check, c.smooth_spin,
              panel.q_normalised_check, c.reward_spin, c.train_spin):
        w.blockSignals(False)
    c.tool_group.button(TOOL_KEYS.index(tool)).setChecked(True)
    panel.tabs.setCurrentIndex(tab)
    panel._apply_view_options()
    panel.show_info(tr("Scene opened: press Space to run on from where it was saved."))


def install(panel: Any, engine: Any, *, preset: str | None, seed: int) -> None:
    """Make ``engine`` the panel's, paused, with the controls showing its world, algorithm and parameters."""
    c = panel.c
    panel.pause()
    panel._run_when_ready = False
    if panel._job is not None:
        panel._job.join(WAIT_S)  # the engine it builds is dropped: this one replaces it
        panel._job = None
    if panel.runner is not None:
        panel.runner.stop(2.0)
        panel.runner = None
    panel.last_snapshot = None
    panel._pending.clear()
    panel._world_edits.clear()
    if panel._train is not None:
        panel._train = None
        c.train_button.setEnabled(True)
        c.train_button.setText(tr("Train N episodes"))
    panel._seed = int(seed)
    panel._world = engine.world
    if preset is not None:
        set_combo(c.preset_combo, preset)
    set_combo(c.algorithm_combo, engine.algorithm)
    panel._load_params(asdict(engine.params))
    panel._show_world(engine.world)
    panel._plot_key = None
    panel._shown_record = None
    panel._shown_error = None
    panel.attach_engine(engine)
    if panel._rate is not None:
        panel.runner.set_rate(panel._rate)


def start_lesson(panel: Any, preset: str, algorithm: str, seed: int, train: int, normalised: bool = False,
                 **params: Any) -> None:
    """Put ``panel`` at a lesson's start: a fresh agent on preset ``preset``, paused, ``train`` episodes in the box."""
    from simulator.models.qlearning import presets
    from simulator.models.qlearning.engine import QLearningEngine

    engine = QLearningEngine(presets.PRESETS[preset](), algorithm=algorithm, seed=seed, **params)
    install(panel, engine, preset=preset, seed=seed)
    c = panel.c
    c.train_spin.setValue(int(train))
    c.normalised_check.setChecked(normalised)
    panel.tabs.setCurrentIndex(1)  # the Agent tab: the Train button and the parameters of the lesson
    panel.show_info(tr("Lesson ready: press Space to watch the agent, or Ctrl+T to train the episodes in the box."))
