"""RBM panel scenes: saved, sent through JSON, opened in a fresh panel, and the run goes on identically; lessons."""

from __future__ import annotations

import copy

import numpy as np
import pytest
from PySide6.QtTest import QTest

from simulator.gui.lessons import lessons_for
from simulator.gui.panels.rbm import RBMPanel
from simulator.gui.panels.rbm_parts import TrainSettings
from tests.gui.test_rbm_panel import LEFT, NO_MOD, click_tab, set_spin, settle
from tests.scene_tools import assert_same, json_round_trip

SMALL = TrainSettings(n_hidden=12, batch_size=20, learning_rate=0.1, epochs=3)


@pytest.fixture(scope="module", autouse=True)
def compiled_kernels():
    from simulator.models import rbm

    rbm.warmup()


@pytest.fixture
def make_panel(open_panel):
    def make(settings=SMALL):
        return open_panel(lambda: RBMPanel(settings=settings), settle, size=(1100, 650))

    return make


def advance(panel, qtbot, n):
    panel.runner.step(n)
    done = panel.runner.call(lambda eng: None)
    qtbot.waitUntil(done.done, timeout=60000)
    settle(panel, qtbot)


def engine_state(panel):
    return panel.runner.call(lambda eng: eng.state_dict()).result(30)


@pytest.mark.parametrize("tab", ["training", "completion", "dreaming", "recommender"])
def test_a_scene_reopens_identically_and_runs_on_the_same(tab, make_panel, qtbot):
    a = make_panel()
    set_spin(a.k_spin, 2)                       # typed, as a user would; Start over takes it
    QTest.mouseClick(a.apply_button, LEFT)
    settle(a, qtbot)
    advance(a, qtbot, 37)                       # mid-epoch
    if tab != "training":
        click_tab(a, qtbot, tab)
    if tab == "completion":
        canvas = a.comp_canvas
        vp = canvas.viewport()
        QTest.mousePress(vp, LEFT, NO_MOD, canvas.cell_viewport_pos(5, 0))
        QTest.mouseMove(vp, canvas.cell_viewport_pos(7, 7))
        QTest.mouseRelease(vp, LEFT, NO_MOD, canvas.cell_viewport_pos(7, 7))
        settle(a, qtbot)
    if tab != "training":
        advance(a, qtbot, 9)
    scene = json_round_trip(a.scene_state())
    assert scene["tab"] == tab and scene["settings"]["k"] == 2

    b = make_panel(TrainSettings(n_hidden=8, batch_size=5, epochs=2))
    b.restore_scene(copy.deepcopy(scene))
    settle(b, qtbot)
    assert b.scene_key == tab and b.tabs.currentIndex() == a.tabs.currentIndex()
    assert b.k_spin.value() == 2 and b.hidden_spin.value() == 12
    assert_same(json_round_trip(b.scene_state()), scene)
    advance(a, qtbot, 11)
    advance(b, qtbot, 11)
    assert_same(engine_state(a), engine_state(b))


def test_bad_scenes_are_refused_and_change_nothing(make_panel, qtbot):
    a = make_panel()
    advance(a, qtbot, 5)
    good = json_round_trip(a.scene_state())
    b = make_panel(TrainSettings(n_hidden=8, batch_size=5, epochs=2))
    before = json_round_trip(b.scene_state())

    def broken(edit):
        s = copy.deepcopy(good)
        edit(s)
        return s

    bad = [
        broken(lambda s: s.pop("trainer")),
        broken(lambda s: s.update(trainer=None)),
        broken(lambda s: s["trainer"]["rbm"].update(weights=np.zeros((64, 5)))),
        broken(lambda s: s["trainer"]["training"].update(order=np.arange(3))),
        broken(lambda s: s["settings"].update(k="two")),
        broken(lambda s: s.update(tab="dreaming")),         # dreaming without its state
        broken(lambda s: s["completion"].update(known=np.ones(10, bool))),
        broken(lambda s: s.update(images=np.zeros((4, 63)))),
        broken(lambda s: s["dreaming"].update(chains=0)),
        None,
    ]
    for scene in bad:
        with pytest.raises(ValueError) as info:
            b.restore_scene(scene)
        assert str(info.value)[:1].isupper() and str(info.value).endswith("."), str(info.value)
    assert_same(json_round_trip(b.scene_state()), before)


@pytest.mark.parametrize("lesson", lessons_for("rbm"), ids=lambda lesson: lesson.key)
def test_each_lesson_opens_and_shows_what_its_text_promises(lesson, make_panel, qtbot):
    import time

    from simulator.gui.panels import rbm_lessons

    panel = make_panel()
    t0 = time.perf_counter()
    lesson.setup(panel)
    setup_s = time.perf_counter() - t0
    settle(panel, qtbot)
    assert not panel.running and lesson.title and len(lesson.text) > 200
    assert setup_s < 10, setup_s  # about 0.4 s here; the brief asks under 2 s on a slow machine
    start = engine_state(panel)
    if lesson.key == "filters":
        assert panel.scene_key == "training"
        advance(panel, qtbot, rbm_lessons.FILTER_EPOCHS * 144)
        rec = panel.last_snapshot.data["recon_error"]
        assert rec[0] > 9 and rec[-1] < 4, (rec[0], rec[-1])
    else:
        assert panel.scene_key == "completion"
        known = np.asarray(panel.last_snapshot.data["known"]).reshape(8, 8)
        assert known[:4].all() and not known[4:].any()
        advance(panel, qtbot, rbm_lessons.COMPLETION_STEPS)
        d = panel.last_snapshot.data
        assert d["fill_error"] < 0.2 and d["free_error"] > d["fill_error"] + 0.1, (d["fill_error"], d["free_error"])
    panel.reset(rbm_lessons.SEED)
    settle(panel, qtbot)
    assert_same(engine_state(panel), start)


def test_a_scene_carries_the_hopfield_patterns_it_trained_on(make_panel, qtbot):
    from simulator.gui.panels.rbm_parts import DATA_KEYS

    a = make_panel()
    rng = np.random.default_rng(0)
    a.workspace.publish_patterns(np.where(rng.random((3, 100)) < 0.5, 1, -1), (10, 10), ["a", "b", "c"],
                                 "Hopfield panel")
    a.data_combo.setCurrentIndex(DATA_KEYS.index("hopfield"))
    QTest.mouseClick(a.apply_button, LEFT)
    settle(a, qtbot)
    advance(a, qtbot, 4)
    scene = json_round_trip(a.scene_state())

    b = make_panel()                             # a window whose Hopfield library is empty
    assert b.workspace.patterns() is None
    b.restore_scene(scene)
    settle(b, qtbot)
    assert b.settings.data == "hopfield" and b._image_names == ["a", "b", "c"]
    assert "3 patterns" in b._data_label
    np.testing.assert_array_equal(b.runner.call(lambda eng: eng.data.copy()).result(10),
                                  a.runner.call(lambda eng: eng.data.copy()).result(10))
    advance(a, qtbot, 6)
    advance(b, qtbot, 6)
    assert_same(engine_state(a), engine_state(b))
