"""The Hopfield and Boltzmann panels' scenes: restored through a real file, same controls, the same run again."""

from __future__ import annotations

import copy

import numpy as np
import pytest

from simulator.core import scenefile
from simulator.gui.panels.boltzmann import BoltzmannPanel
from simulator.gui.panels.hopfield import HopfieldPanel
from tests.gui.test_boltzmann_panel import run_until as run_boltzmann_until, settle as settle_boltzmann
from tests.gui.test_hopfield_panel import run_until_settled, settle as settle_hopfield
from tests.models.scene_helpers import assert_same_tree


def engine_state(panel, second=False):
    runner = panel.runner2 if second else panel.runner
    return runner.call(lambda eng: eng.state_dict()).result(5)


def through_file(tmp_path, model, state):
    path = tmp_path / f"{model}.nnscene"
    scenefile.save_scene(path, model, state)
    return scenefile.load_scene(path, known_models=[model]).state


def step_exactly(panel, settle, qtbot, n):
    for runner in [r for r in (panel.runner, getattr(panel, "runner2", None)) if r is not None]:
        runner.step(n)
    settle(panel, qtbot)


def hopfield_controls(panel):
    return (panel.shape, panel.rule_combo.currentData(), panel.update_combo.currentIndex(), panel.noise_spin.value(),
            panel.loop_check.isChecked(), panel.set_combo.currentData(), panel.count_spin.value(),
            panel.pick_edit.text(), panel.text_edit.text(), panel.library.names, panel.rows_spin.value(),
            panel.cols_spin.value(), panel.cap_rule_combo.currentData())


@pytest.fixture
def hopfield_pair(open_panel):
    def make(rows=8, cols=9):
        return open_panel(lambda: HopfieldPanel(rows=rows, cols=cols, default_scene=False), settle_hopfield)
    return make


def test_a_hopfield_scene_restores_controls_and_replays_the_same_run(hopfield_pair, qtbot, tmp_path):
    original = hopfield_pair(8, 9)
    original.set_rule("storkey")
    original.noise_spin.setValue(30.0)
    original.set_combo.setCurrentIndex(original.set_combo.findData("letters"))
    assert original.load_builtin_set("letters", pick="HTX")
    original.text_edit.setText("1, -1")
    settle_hopfield(original, qtbot)
    step_exactly(original, settle_hopfield, qtbot, 100)  # stops in the middle of the second sweep
    state = through_file(tmp_path, "hopfield", original.scene_state())

    fresh = hopfield_pair(5, 5)
    fresh.restore_scene(state)
    settle_hopfield(fresh, qtbot)
    assert hopfield_controls(fresh) == hopfield_controls(original)
    assert np.array_equal(fresh.canvas.state, original.canvas.state)
    assert np.array_equal(fresh.library.patterns, original.library.patterns)
    assert_same_tree(engine_state(original), engine_state(fresh))
    for panel in (original, fresh):
        step_exactly(panel, settle_hopfield, qtbot, 250)
    assert_same_tree(engine_state(original), engine_state(fresh))
    assert engine_state(fresh)["dynamics"]["updates"] == 350
    assert original.last_snapshot.data["energy"] == fresh.last_snapshot.data["energy"]
    # Running (chunks sized by the clock, not by us) to the fixed point: the same run too.
    for panel in (original, fresh):
        panel.set_rate(None)
        run_until_settled(panel, qtbot)
        settle_hopfield(panel, qtbot)
    assert_same_tree(engine_state(original), engine_state(fresh))
    # Both panels' generators (corruption) go on alike.
    original.flip_percent(20)
    fresh.flip_percent(20)
    assert np.array_equal(original.canvas.state, fresh.canvas.state)
    # The library is re-made from its glyphs at a new size.
    assert fresh.set_grid_size(12, 12)
    settle_hopfield(fresh, qtbot)
    assert fresh.library.patterns.shape == (3, 144)


def test_a_bad_hopfield_scene_changes_nothing(hopfield_pair, qtbot, tmp_path):
    source = hopfield_pair(6, 6)
    assert source.load_builtin_set("random", count=3)
    settle_hopfield(source, qtbot)
    good = through_file(tmp_path, "hopfield", source.scene_state())
    target = hopfield_pair(7, 7)
    assert target.load_builtin_set("digits", pick="12")
    settle_hopfield(target, qtbot)
    before = (engine_state(target), hopfield_controls(target), target.canvas.state.copy())
    bad = []
    for path, value in ((("grid",), [0, 5]), (("controls", "rule"), "magic"), (("library", "patterns"), np.zeros(3)),
                        (("engine", "state"), np.zeros(36)), (("engine", "dynamics", "order"), np.zeros(36)),
                        (("panel_rng",), {"bit_generator": "x"}), (("library", "names"), [1, 2, 3]),
                        (("controls", "noise_percent"), 500), (("library", "patterns"), np.ones((3, 36)))):
        tree = copy.deepcopy(good)
        node = tree
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = value
        bad.append(tree)
    missing = copy.deepcopy(good)
    del missing["engine"]
    no_loop = copy.deepcopy(good)
    del no_loop["controls"]["loop_recall"]  # read only while applying once: the panel was half changed
    odd_loop = copy.deepcopy(good)
    odd_loop["controls"]["loop_recall"] = "yes"
    bad += [missing, no_loop, odd_loop, {"grid": "x"}, []]
    for tree in bad:
        with pytest.raises(ValueError) as info:
            target.restore_scene(tree)
        assert "scene" in str(info.value) and "\n" not in str(info.value)
        settle_hopfield(target, qtbot)
        assert_same_tree(before, (engine_state(target), hopfield_controls(target), target.canvas.state))


@pytest.fixture
def boltzmann_pair(open_panel):
    def make(scene):
        return open_panel(lambda: BoltzmannPanel(scene=scene, glass_units=6, equilibrium_units=4), settle_boltzmann)
    return make


@pytest.mark.parametrize("scene, steps", [("escape", 300), ("glass", 250), ("equilibrium", 333), ("learning", 2)])
def test_a_boltzmann_scene_restores_and_replays_the_same_run(boltzmann_pair, qtbot, tmp_path, scene, steps):
    original = boltzmann_pair(scene)
    if scene == "glass":
        original.new_instance()  # the second problem: the problem seed is part of the scene
        settle_boltzmann(original, qtbot)
    original.pm_check.setChecked(scene == "equilibrium")
    original.reset(4321)
    settle_boltzmann(original, qtbot)
    step_exactly(original, settle_boltzmann, qtbot, steps)
    state = through_file(tmp_path, "boltzmann", original.scene_state())
    fresh = boltzmann_pair("equilibrium" if scene != "equilibrium" else "escape")
    fresh.restore_scene(state)
    settle_boltzmann(fresh, qtbot)
    assert fresh.scene_key == scene and fresh.scene_combo.currentData() == scene
    assert fresh.pm_check.isChecked() == original.pm_check.isChecked()
    assert fresh._seed == 4321
    assert_same_tree(engine_state(original), engine_state(fresh))
    if scene == "escape":
        assert_same_tree(engine_state(original, True), engine_state(fresh, True))
    if scene != "learning":
        assert fresh.editor.schedule().to_dict() == original.editor.schedule().to_dict()
        assert np.array_equal(fresh.canvas.state, original.canvas.state)
    for panel in (original, fresh):
        step_exactly(panel, settle_boltzmann, qtbot, steps)
    assert_same_tree(engine_state(original), engine_state(fresh))
    if scene == "escape":
        assert_same_tree(engine_state(original, True), engine_state(fresh, True))
    if scene == "learning":
        assert engine_state(fresh)["cycle"] == 2 * steps
    else:
        assert engine_state(fresh)["dynamics"]["ints"][0] == 2 * steps  # updates since the reset
    if scene in ("escape", "glass"):
        # Running flat out (chunks sized by the clock) to the end of the schedule: the same run too.
        def finished(panel):
            return (panel.last_snapshot.settled and not panel.last_snapshot.running
                    and (panel.runner2 is None or (panel.last_snapshot2 is not None
                                                   and panel.last_snapshot2.settled)))
        for panel in (original, fresh):
            panel.set_rate(None)
            run_boltzmann_until(panel, qtbot, finished, timeout=60_000)
            settle_boltzmann(panel, qtbot)
        assert_same_tree(engine_state(original), engine_state(fresh))
        if scene == "escape":
            assert_same_tree(engine_state(original, True), engine_state(fresh, True))


def test_a_bad_boltzmann_scene_changes_nothing(boltzmann_pair, qtbot, tmp_path):
    source = boltzmann_pair("glass")
    good = through_file(tmp_path, "boltzmann", source.scene_state())
    target = boltzmann_pair("equilibrium")
    step_exactly(target, settle_boltzmann, qtbot, 40)
    before = (engine_state(target), target.scene_key, target.editor.schedule().to_dict())
    cases = [("scene", "bench"), ("units", {"glass": 40, "equilibrium": 4}), ("seed", -1),
             ("learning_update", "magic"), ("hit_rates", [2, 3]), ("pm_view", "yes")]
    for key, value in cases:
        with pytest.raises(ValueError):
            target.restore_scene(dict(good, **{key: value}))
    engine_bad = copy.deepcopy(good)
    engine_bad["engine"]["weights"] = np.ones((3, 3))
    with pytest.raises(ValueError):
        target.restore_scene(engine_bad)
    engine_bad = copy.deepcopy(good)
    engine_bad["engine"]["weights"] = 2.0 * engine_bad["engine"]["weights"]  # valid, but not the problem's
    with pytest.raises(ValueError, match="problem seed"):
        target.restore_scene(engine_bad)
    engine_bad = copy.deepcopy(good)
    engine_bad["engine"]["dynamics"]["ints"][0] = -7
    with pytest.raises(ValueError):
        target.restore_scene(engine_bad)
    settle_boltzmann(target, qtbot)
    assert_same_tree(before, (engine_state(target), target.scene_key, target.editor.schedule().to_dict()))
