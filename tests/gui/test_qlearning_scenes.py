"""Q-learning panel scenes: saved, sent through JSON, opened in a fresh panel, and the run goes on identically;
the lessons promise what the agent then does."""

from __future__ import annotations

import copy

import numpy as np
import pytest
from PySide6.QtCore import Qt

from simulator.gui.lessons import lessons_for
from simulator.gui.panels.qlearning import QLearningPanel
from simulator.models.qlearning import presets
from simulator.models.qlearning.engine import QLearningEngine
from tests.gui.test_qlearning_panel import LEFT, choose, drag, settle
from tests.scene_tools import assert_same, json_round_trip


@pytest.fixture(scope="module", autouse=True)
def compiled_kernels():
    from simulator.models import qlearning

    qlearning.warmup()


@pytest.fixture
def make_panel(open_panel):
    def make(preset="cliff"):
        return open_panel(lambda: QLearningPanel(preset=preset, seed=3), settle, size=(1100, 680))

    return make


def advance(panel, qtbot, n):
    panel.runner.step(n)
    done = panel.runner.call(lambda eng: eng.agent.updates)
    qtbot.waitUntil(done.done, timeout=60000)
    settle(panel, qtbot)


def engine_state(panel):
    return panel.runner.call(lambda eng: eng.state_dict()).result(30)


def test_a_scene_reopens_identically_and_runs_on_the_same(make_panel, qtbot):
    a = make_panel()
    a.tabs.setCurrentIndex(0)
    drag(a.grid_view, [(1, 3), (1, 4), (1, 5)])            # walls painted with the mouse
    settle(a, qtbot)
    a.tabs.setCurrentIndex(1)
    choose(a.c.algorithm_combo, "sarsa")                    # a control set with the keyboard
    settle(a, qtbot)
    a.c.epsilon_slider.set_value(0.3)
    a.tabs.setCurrentIndex(2)
    qtbot.mouseClick(a.c.numbers_check, LEFT)
    a.tabs.setCurrentIndex(1)
    settle(a, qtbot)
    advance(a, qtbot, 777)                                  # mid-episode, mid-stream
    scene = json_round_trip(a.scene_state())
    assert scene["engine"]["algorithm"] == "sarsa" and scene["view"]["numbers"] is False

    b = make_panel("maze")
    b.restore_scene(copy.deepcopy(scene))
    settle(b, qtbot)
    assert b.algorithm() == "sarsa" and b.c.epsilon_slider.value() == pytest.approx(0.3)
    assert not b.c.numbers_check.isChecked() and b.tabs.currentIndex() == 1
    assert b.c.rows_spin.value() == 4 and b.c.cols_spin.value() == 12
    assert_same(json_round_trip(b.scene_state()), scene)
    np.testing.assert_array_equal(b.last_snapshot.data["returns"], a.last_snapshot.data["returns"])

    advance(a, qtbot, 5000)
    advance(b, qtbot, 5000)
    assert_same(engine_state(a), engine_state(b))


def test_bad_scenes_are_refused_and_change_nothing(make_panel, qtbot):
    a = make_panel()
    advance(a, qtbot, 50)
    good = json_round_trip(a.scene_state())
    b = make_panel("six_rooms")
    before = json_round_trip(b.scene_state())

    def broken(edit):
        s = copy.deepcopy(good)
        edit(s)
        return s

    bad = [
        broken(lambda s: s.pop("engine")),
        broken(lambda s: s["engine"]["agent"].update(q=np.zeros((3, 3)))),
        broken(lambda s: s["engine"]["agent"].pop("rng_state")),
        broken(lambda s: s["engine"]["world"].update(text="S..\n.Q.\n..G")),
        broken(lambda s: s["engine"]["params"].update(alpha=7.0)),
        broken(lambda s: s.update(tool="spray")),
        broken(lambda s: s["view"].update(arrows="yes")),
        broken(lambda s: s.update(train_episodes=-4)),
        broken(lambda s: s.update(version="1")),
        [1, 2, 3],
    ]
    for scene in bad:
        with pytest.raises(ValueError) as info:
            b.restore_scene(scene)
        assert str(info.value)[:1].isupper() and str(info.value).endswith("."), str(info.value)
    assert_same(json_round_trip(b.scene_state()), before)


def greedy_path(engine):
    world, t, policy = engine.world, engine.world.tables(), engine.agent.greedy_policy()
    s, cells = world.start, [world.cell_of(world.start)]
    while not world.terminal[s] and len(cells) < 100:
        s = int(t.out_next[s, policy[s], 0])
        cells.append(world.cell_of(s))
    return cells


@pytest.mark.parametrize("lesson", lessons_for("qlearning"), ids=lambda lesson: lesson.key)
def test_each_lesson_opens_and_trains_to_what_its_text_promises(lesson, make_panel, qtbot):
    panel = make_panel("maze")
    lesson.setup(panel)
    settle(panel, qtbot)
    assert not panel.running and panel.last_snapshot.data["updates"] == 0
    assert lesson.title and len(lesson.text) > 200
    start = engine_state(panel)
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow, timeout=5000)
    qtbot.keyClick(panel.grid_view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)  # Train, as the text says
    assert panel._train is not None
    qtbot.waitUntil(lambda: (panel.refresh(), panel._train is None and panel.last_snapshot.data["episode"] >=
                             panel.c.train_spin.value())[1], timeout=60000)
    settle(panel, qtbot)
    engine = QLearningEngine()
    engine.load_state_dict(engine_state(panel))
    if lesson.key.startswith("cliff"):
        path = greedy_path(engine)
        mean_return = float(np.mean(engine.agent.returns[-100:]))
        if lesson.key == "cliff_q_learning":
            assert len(path) - 1 == 13 and min(r for r, _c in path) == 2, path
            assert mean_return < -28, mean_return
        else:
            assert len(path) - 1 == 17 and min(r for r, _c in path) == 0, path
            assert mean_return > -28, mean_return
    else:
        np.testing.assert_allclose(engine.agent.q, presets.SIX_ROOMS_Q, rtol=0, atol=1e-9)
    # Reset with the lesson's seed: back to its start.
    panel.reset(0)
    settle(panel, qtbot)
    assert_same(engine_state(panel), start)
