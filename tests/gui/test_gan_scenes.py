"""GAN panel scenes: saved, sent through JSON, opened in a fresh panel, and the run goes on identically; lessons."""

from __future__ import annotations

import copy

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from simulator.gui.lessons import lessons_for
from simulator.gui.panels.gan import GANPanel
from simulator.gui.panels.gan_parts import Settings
from tests.gui.test_gan_panel import choose, settle
from tests.scene_tools import assert_same, json_round_trip

SMALL = Settings(g_width=16, d_width=16, batch_size=32)


@pytest.fixture(scope="module", autouse=True)
def compiled_kernels():
    from simulator.models import gan

    gan.warmup()


@pytest.fixture
def make_panel(open_panel):
    def make(settings=SMALL):
        return open_panel(lambda: GANPanel(settings=settings), settle, size=(1280, 720))

    return make


def advance(panel, qtbot, n):
    """``n`` more iterations on every run of the panel, then settled."""
    runners = panel._runners()
    want = [r.call(lambda eng: eng.gan.steps).result(60) + n for r in runners]
    for r in runners:
        r.step(n)
    # Queued behind the steps: answers once they are done.
    done = [r.call(lambda eng: eng.gan.steps) for r in runners]
    qtbot.waitUntil(lambda: all(f.done() for f in done), timeout=120000)
    assert [f.result() for f in done] == want
    settle(panel, qtbot)


def engine_state(runner):
    return runner.call(lambda eng: eng.state_dict()).result(10)


def test_a_scene_reopens_identically_and_runs_on_the_same(make_panel, qtbot):
    a = make_panel()
    choose(a.controls.training.loss_combo, "least_squares")  # a control set by the keyboard, as a user would
    a.controls.compare_check.click()                          # a comparison: engine B too
    settle(a, qtbot)
    QTest.mouseClick(a.layer_checks["manifold"], Qt.MouseButton.LeftButton)
    settle(a, qtbot)
    advance(a, qtbot, 30)
    scene = json_round_trip(a.scene_state())
    assert scene["settings"]["loss"] == "least_squares" and scene["engine_b"] is not None

    b = make_panel(Settings(g_width=8, d_width=8, batch_size=16, target="moons"))
    b.restore_scene(copy.deepcopy(scene))
    settle(b, qtbot)
    assert b.controls.training.loss_combo.currentData() == "least_squares"
    assert b.controls.compare_check.isChecked() and b.comparing
    assert b.layer_checks["manifold"].isChecked() == a.layer_checks["manifold"].isChecked()
    assert b.target_combo.currentData() == "ring"
    assert_same(json_round_trip(b.scene_state()), scene)
    # The plots are drawn from the engine's history, which the scene carries.
    np.testing.assert_array_equal(b.last_snapshot.data["history"]["loss_d"], a.last_snapshot.data["history"]["loss_d"])

    advance(a, qtbot, 40)
    advance(b, qtbot, 40)
    assert_same(engine_state(a.runner), engine_state(b.runner))
    assert_same(engine_state(a.runner2), engine_state(b.runner2))


def test_bad_scenes_are_refused_and_change_nothing(make_panel, qtbot):
    a = make_panel()
    advance(a, qtbot, 5)
    good = json_round_trip(a.scene_state())
    b = make_panel(Settings(g_width=8, d_width=8, batch_size=16))
    before = json_round_trip(b.scene_state())

    def broken(edit):
        s = copy.deepcopy(good)
        edit(s)
        return s

    bad = [
        broken(lambda s: s.pop("engine_a")),
        broken(lambda s: s.pop("settings")),
        broken(lambda s: s["settings"].update(lr_g="fast")),
        broken(lambda s: s["settings"].update(g_width=True)),
        broken(lambda s: s["engine_a"]["gan"].update(g=np.zeros((3, 7)))),
        broken(lambda s: s["engine_a"]["gan"].update(rng={"nonsense": 1})),
        broken(lambda s: s.update(painted_points=np.zeros((4, 3)))),
        broken(lambda s: s.update(controls_tab=99)),
        broken(lambda s: s["settings"].update(g_width=32)),  # controls that disagree with the networks
        broken(lambda s: s.update(b_edits={"unroll": "many"})),
        broken(lambda s: s.update(version=7)),
        "not a scene",
    ]
    for scene in bad:
        with pytest.raises(ValueError) as info:
            b.restore_scene(scene)
        assert str(info.value)[:1].isupper() and str(info.value).endswith("."), str(info.value)
        assert b.ready
    assert_same(json_round_trip(b.scene_state()), before)


@pytest.mark.parametrize("lesson", lessons_for("gan"), ids=lambda lesson: lesson.key)
def test_each_lesson_opens_and_shows_what_its_text_promises(lesson, make_panel, qtbot):
    from simulator.gui.panels import gan_lessons

    panel = make_panel()
    lesson.setup(panel)
    settle(panel, qtbot)
    assert not panel.running and panel.last_snapshot.data["steps"] == 0
    assert lesson.title and len(lesson.text) > 200
    advance(panel, qtbot, gan_lessons.CHECK_AT)
    a = panel.last_snapshot.data["coverage"].modes_covered
    least, most = {"mode_collapse": (0, 0), "minibatch_cure": (8, 8), "unrolled_cure": (5, 8)}[lesson.key]
    assert least <= a <= most, a
    # Reset returns to the lesson's start: the same first iterations again.
    first = engine_state(panel.runner)
    panel.reset(gan_lessons.SEED)
    settle(panel, qtbot)
    advance(panel, qtbot, gan_lessons.CHECK_AT)
    assert_same(engine_state(panel.runner), first)
