"""The Boltzmann panel with real mouse and key events: every scene, the schedule editor, painting, shutdown."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from simulator.gui.panels.boltzmann import SCENE_KEYS, BoltzmannPanel
from simulator.models.boltzmann import schedules as sch

LEFT = Qt.MouseButton.LeftButton
RIGHT = Qt.MouseButton.RightButton
NO_MOD = Qt.KeyboardModifier.NoModifier


@pytest.fixture
def make_panel(open_panel):
    def make(scene="escape", **kw):
        kw.setdefault("glass_units", 6)
        kw.setdefault("equilibrium_units", 4)
        return open_panel(lambda: BoltzmannPanel(scene=scene, **kw), settle)

    return make


def settle(panel, qtbot, timeout=10000):
    """Wait until the scene is installed, every edit reached the engines and a fresh snapshot was drawn."""
    qtbot.waitUntil(lambda: (panel.refresh(), panel.ready and not panel.edits_pending)[1], timeout=timeout)
    for runner in panel._runners():
        runner.call(lambda eng: None).result(timeout / 1000)
    qtbot.waitUntil(lambda: (panel.refresh(), panel.last_snapshot is not None)[1], timeout=timeout)
    panel.refresh()


def engine(panel, fn, second=False):
    """Evaluate ``fn(engine)`` in the worker thread that owns the engine."""
    runner = panel.runner2 if second else panel.runner
    return runner.call(fn).result(5)


def run_until(panel, qtbot, cond, timeout=15000):
    """Run (as Space would) until ``cond(panel)`` holds after a refresh; then pause."""
    if not panel.running:
        panel.run_pause()
    qtbot.waitUntil(lambda: (panel.refresh(), cond(panel))[1], timeout=timeout)
    panel.pause()
    settle(panel, qtbot)


def choose_by_keyboard(combo, target):
    """Move a closed combo box to row ``target`` with the arrow keys, as a user would."""
    for _ in range(combo.count()):
        if combo.currentIndex() == target:
            return
        QTest.keyClick(combo, Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up)
    assert combo.currentIndex() == target


def choose_scene_by_keyboard(panel, qtbot, key):
    choose_by_keyboard(panel.scene_combo, SCENE_KEYS.index(key))
    settle(panel, qtbot)


# ------------------------------------------------------------------ scenes
def test_every_scene_can_be_chosen_with_the_keyboard(make_panel, qtbot):
    panel = make_panel("escape")
    for key in ("glass", "equilibrium", "learning", "equilibrium", "escape"):
        choose_scene_by_keyboard(panel, qtbot, key)
        assert panel.setup.key == key and panel.scene_key == key
        assert panel.explain_label.text()
        assert panel.quench_box.isVisible() == (key == "escape")
        assert panel.schedule_box.isVisible() == (key != "learning")
        assert (panel.runner2 is not None) == (key == "escape")


def test_scene1_quench_sticks_and_annealing_escapes_side_by_side(make_panel, qtbot):
    panel = make_panel("escape")
    start = panel.canvas.state.copy()
    assert np.array_equal(start, panel.quench_canvas.state), "both grids start from the same state"
    panel.set_rate(None)
    run_until(panel, qtbot, lambda p: p.last_snapshot.settled and p.last_snapshot2 is not None
              and p.last_snapshot2.settled, timeout=30000)
    panel.tabs.setCurrentIndex(1)
    panel.refresh()
    panel._redraw_last()
    quench_text, anneal_text = (label.text() for label in panel.outcome_labels)
    scene = panel.setup.scene
    assert scene.recognise(panel.last_snapshot2.data["state"]).kind == "spurious"
    assert scene.recognise(panel.last_snapshot.data["state"]).kind == "pattern"
    assert quench_text.startswith("Quench: a mixture state")
    assert anneal_text.startswith("Annealing: stored pattern") and "✓" in anneal_text
    # The quench is the Hopfield rule: its final state is a fixed point with a higher energy.
    e_quench = panel.last_snapshot2.data["energy"]
    e_anneal = panel.last_snapshot.data["energy"]
    assert e_anneal < e_quench
    # The energy plot shows both runs.
    panel.tabs.setCurrentIndex(0)
    panel._redraw_last()
    assert panel.energy_plot.is_shown(0) and panel.energy_plot.is_shown(1)


def test_run_bar_drives_both_runs_and_reset_replays(make_panel, qtbot):
    panel = make_panel("escape")
    panel.set_rate(2000)
    panel.run_pause()
    qtbot.waitUntil(lambda: (panel.refresh(), panel.last_snapshot.data["updates"] > 50
                             and panel.last_snapshot2 is not None
                             and panel.last_snapshot2.data["updates"] > 50)[1], timeout=10000)
    assert panel.running
    panel.run_pause()
    settle(panel, qtbot)
    assert not panel.last_snapshot.running and not panel.last_snapshot2.running
    first = engine(panel, lambda e: e.state.copy())
    panel.reset(5)
    settle(panel, qtbot)
    assert engine(panel, lambda e: e.snapshot()["updates"]) == 0
    assert engine(panel, lambda e: e.snapshot()["updates"], second=True) == 0
    assert first.shape == panel.canvas.state.shape


def test_step_at_slow_speed_outlines_the_unit_with_its_probability(make_panel, qtbot):
    panel = make_panel("equilibrium")
    panel.set_rate(10)
    panel.step()
    settle(panel, qtbot)
    d = panel.last_snapshot.data
    assert d["updates"] == 1
    assert panel.canvas.highlight.isVisible()
    text = panel.canvas.field_text.textItem.toPlainText()
    assert f"p = {d['last_probability']:.2f}" in text and "ΔE" in text
    assert "p(on)" in panel.probe_label.text() and f"Unit {d['last_unit'] + 1}" in panel.probe_label.text()


def test_clicking_a_unit_sets_it_in_both_engines(make_panel, qtbot):
    panel = make_panel("escape")
    rows, cols = panel.canvas.shape
    view = panel.canvas.viewport()
    before = panel.canvas.state.copy()
    target = 0 if before[0] < 0 else 1  # a unit that is off now
    r, c = divmod(target, cols)
    if before[target] > 0:
        # every candidate is on: turn one off with the right button instead
        pos = panel.canvas.cell_viewport_pos(r, c)
        QTest.mousePress(view, RIGHT, NO_MOD, pos)
        QTest.mouseRelease(view, RIGHT, NO_MOD, pos)
        want = 0
    else:
        pos = panel.canvas.cell_viewport_pos(r, c)
        QTest.mousePress(view, LEFT, NO_MOD, pos)
        QTest.mouseRelease(view, LEFT, NO_MOD, pos)
        want = 1
    settle(panel, qtbot)
    for second in (False, True):
        state = engine(panel, lambda e: e.state.copy(), second=second)
        assert state[target] == want
    assert panel.quench_canvas.state[target] == (1 if want else -1)


def test_pm_view_relabels_small_grids(make_panel, qtbot):
    panel = make_panel("equilibrium")
    labels = [lab.textItem.toPlainText() for lab in panel.canvas.value_labels[: panel.canvas.n_units]]
    assert set(labels) <= {"0", "1"}
    qtbot.mouseClick(panel.pm_check, LEFT)
    labels = [lab.textItem.toPlainText() for lab in panel.canvas.value_labels[: panel.canvas.n_units]]
    assert set(labels) <= {"+1", "−1"} and labels


# --------------------------------------------------------------- schedule editor
def test_schedule_kind_and_parameters_reach_the_engine(make_panel, qtbot):
    panel = make_panel("glass")
    editor = panel.editor
    choose_by_keyboard(editor.kind_combo, editor.kind_combo.findData("linear"))
    settle(panel, qtbot)
    assert isinstance(engine(panel, lambda e: e.schedule), sch.Linear)
    editor.t0_spin.setFocus()
    editor.t0_spin.selectAll()
    QTest.keyClicks(editor.t0_spin, "2.5")
    QTest.keyClick(editor.t0_spin, Qt.Key.Key_Return)
    settle(panel, qtbot)
    s = engine(panel, lambda e: e.schedule)
    assert isinstance(s, sch.Linear) and s.T0 == pytest.approx(2.5)


def test_refused_schedule_parameters_give_a_message_and_change_nothing(make_panel, qtbot):
    panel = make_panel("glass")
    editor = panel.editor
    editor.kind_combo.setCurrentIndex(editor.kind_combo.findData("geometric"))
    settle(panel, qtbot)
    before = engine(panel, lambda e: e.schedule.to_dict())
    editor.tmin_spin.setFocus()
    editor.tmin_spin.selectAll()
    QTest.keyClicks(editor.tmin_spin, "50")  # above T0
    QTest.keyClick(editor.tmin_spin, Qt.Key.Key_Return)
    settle(panel, qtbot)
    assert "T_min" in panel.message_label.text()
    assert engine(panel, lambda e: e.schedule.to_dict()) == before


def test_custom_schedule_points_are_dragged_added_and_removed_with_the_mouse(make_panel, qtbot):
    panel = make_panel("glass")
    editor = panel.editor
    editor.kind_combo.setCurrentIndex(editor.kind_combo.findData("custom"))
    settle(panel, qtbot)
    vp = editor.plot.plot_widget.viewport()
    pts = editor.points()
    assert len(pts) == 5
    # drag point 2 up
    start = editor.point_viewport_pos(2)
    QTest.mousePress(vp, LEFT, NO_MOD, start)
    target_T = float(pts[2, 1]) + 0.5 * (editor._y_top - float(pts[2, 1]))
    end = editor.view_viewport_pos(float(pts[2, 0]), target_T)
    QTest.mouseMove(vp, end)
    QTest.mouseRelease(vp, LEFT, NO_MOD, end)
    settle(panel, qtbot)
    moved = engine(panel, lambda e: e.schedule)
    assert isinstance(moved, sch.Piecewise)
    assert moved.point_list[2][1] == pytest.approx(target_T, rel=0.05)
    # double-click adds a point between 0 and 1
    x = 0.5 * (pts[0, 0] + pts[1, 0])
    QTest.mouseDClick(vp, LEFT, NO_MOD, editor.view_viewport_pos(float(x), 1.0))
    settle(panel, qtbot)
    assert len(engine(panel, lambda e: e.schedule)) == 6
    # right-click removes it again
    QTest.mouseClick(vp, RIGHT, NO_MOD, editor.point_viewport_pos(1))
    settle(panel, qtbot)
    assert len(engine(panel, lambda e: e.schedule)) == 5
    # the first point cannot be removed
    QTest.mouseClick(vp, RIGHT, NO_MOD, editor.point_viewport_pos(0))
    assert "cannot be removed" in panel.message_label.text()


def test_current_point_follows_the_run(make_panel, qtbot):
    panel = make_panel("glass")
    panel.set_rate(None)
    run_until(panel, qtbot, lambda p: p.last_snapshot.data["sweeps"] > 3)
    d = panel.last_snapshot.data
    xs, ys = panel.editor.now_dot.getData()
    assert xs[0] == pytest.approx(d["sweeps"]) and ys[0] == pytest.approx(d["temperature"])
    assert d["temperature"] == pytest.approx(panel.editor.schedule().temperature(d["sweeps"]), rel=0.2)


# ------------------------------------------------------------------ scene 2
def test_scene2_repeat_runs_show_hit_rates(make_panel, qtbot):
    panel = make_panel("glass")
    assert panel.tabs.currentIndex() == 1
    qtbot.mouseClick(panel.repeat_button, LEFT)
    assert not panel.repeat_button.isEnabled()
    qtbot.waitUntil(lambda: (panel.refresh(), panel.hit_job is None)[1], timeout=30000)
    q, a = panel.hit_rates
    assert 0.0 <= q <= 1.0 and 0.0 <= a <= 1.0
    assert a >= q, "slow cooling should find the ground state of a 6-unit glass at least as often as a quench"
    heights = panel.hit_bars.opts["height"]
    assert list(heights) == pytest.approx([q, a])
    assert "%" in panel.message_label.text()


def test_scene2_energy_plot_marks_the_ground_energy(make_panel, qtbot):
    panel = make_panel("glass")
    ground = panel.setup.ground_energy
    panel.set_rate(None)
    run_until(panel, qtbot, lambda p: p.last_snapshot.settled)
    assert panel.last_snapshot.data["energy"] >= ground - 1e-9
    panel.tabs.setCurrentIndex(0)
    panel._redraw_last()
    assert panel.ground_line.isVisible() and panel.ground_line.value() == pytest.approx(ground)
    assert panel.energy_plot.is_shown(0)
    heights = np.asarray(panel.hist_bars.opts["height"])
    assert heights.sum() == pytest.approx(1.0)


def test_new_instance_and_bad_sizes(make_panel, qtbot):
    panel = make_panel("glass")
    first = engine(panel, lambda e: e.weights.copy())
    panel.units_spin.setValue(7)
    qtbot.mouseClick(panel.new_button, LEFT)
    settle(panel, qtbot)
    second = engine(panel, lambda e: e.weights.copy())
    assert second.shape == (7, 7) and first.shape == (6, 6)
    assert panel.canvas.n_units == 7
    assert not panel.load_scene("glass", 25)
    assert "2 to 20" in panel.message_label.text()
    assert panel.setup.key == "glass" and engine(panel, lambda e: e.n_units) == 7


# ------------------------------------------------------------------ scene 3
def test_scene3_visit_frequencies_approach_the_exact_distribution(make_panel, qtbot):
    panel = make_panel("equilibrium")
    assert panel.tabs.currentIndex() == 1
    panel.set_rate(4000)  # slow enough for the plot to catch the first, noisy estimates
    run_until(panel, qtbot, lambda p: p.last_snapshot.data["sweeps"] > 400 and p._tv_n >= 3, timeout=20000)
    d = panel.last_snapshot.data
    exact = np.asarray(panel.exact_bars.opts["height"])
    freq = np.asarray(panel.freq_bars.opts["height"])
    assert len(exact) == 16 and exact.sum() == pytest.approx(1.0)
    assert np.all(np.diff(exact) <= 1e-12), "bars are sorted by exact probability"
    assert freq.sum() == pytest.approx(1.0)
    assert 0.5 * np.abs(freq - exact).sum() == pytest.approx(d["tv_distance"], abs=1e-9)
    assert d["tv_distance"] < 0.15  # ~1600 samples over 16 states: about 0.05 expected
    x, y = panel.tv_plot.series(0)
    assert len(x) >= 3 and y[-1] < y[0]
    assert "TV distance" in panel.tv_label.text()


# ------------------------------------------------------------------ scene 4
def test_scene4_learning_shows_hidden_codes_and_accuracy(make_panel, qtbot):
    panel = make_panel("learning")
    assert panel.view_stack.currentIndex() == 1 and not panel.schedule_box.isVisible()
    panel.set_rate(None)
    run_until(panel, qtbot, lambda p: p.last_snapshot.data["cycle"] >= 5)
    d = panel.last_snapshot.data
    codes = np.asarray(d["hidden_codes"])
    assert codes.shape == (4, 2)
    assert np.array_equal(panel.codes_image.image, codes.astype(panel.codes_image.image.dtype))
    assert panel.code_labels[0].textItem.toPlainText() == f"{codes[0, 0]:.2f}"
    x, y = panel.accuracy_plot.series(0)
    assert len(x) >= 1 and 0.0 <= y[-1] <= 1.0
    assert "accuracy" in panel.readout_label.text()


def test_scene4_weight_change_rule_is_chosen_with_the_keyboard(make_panel, qtbot):
    panel = make_panel("learning")
    assert engine(panel, lambda e: e.update_rule) == "sign"  # Ackley, Hinton and Sejnowski's steps
    choose_by_keyboard(panel.learn_rule_combo, 1)
    settle(panel, qtbot)
    assert engine(panel, lambda e: e.update_rule) == "gradient"
    assert panel.last_snapshot.data["cycle"] == 0  # learning starts again under the new rule
    choose_by_keyboard(panel.learn_rule_combo, 0)
    settle(panel, qtbot)
    assert engine(panel, lambda e: e.update_rule) == "sign"


def test_every_control_has_a_tooltip(make_panel):
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QProgressBar

    panel = make_panel("glass")
    controls = [w for kind in (QAbstractButton, QAbstractSpinBox, QComboBox, QProgressBar)
                for w in panel.findChildren(kind) if w.isVisibleTo(panel)]
    assert len(controls) > 10
    missing = [f"{type(w).__name__} {getattr(w, 'text', lambda: '')()!r}" for w in controls if not w.toolTip()]
    assert not missing, f"controls without a tooltip: {missing}"


def test_changing_t_in_scene3_starts_the_visit_counts_again(make_panel, qtbot):
    panel = make_panel("equilibrium")
    panel.set_rate(None)
    run_until(panel, qtbot, lambda p: p.last_snapshot.data["sweeps"] > 50)
    panel.editor.t0_spin.setValue(2.0)
    settle(panel, qtbot)
    assert engine(panel, lambda e: int(e.snapshot()["visit_counts"].sum())) == 0
    assert engine(panel, lambda e: e.schedule.T) == pytest.approx(2.0)
    assert "start again" in panel.message_label.text()


# ------------------------------------------------------------------ bench and shutdown
def test_bench_contract(make_panel, qtbot):
    panel = make_panel("equilibrium")
    case = panel.bench_scene()
    assert "1024" in case or "32x32" in case
    settle(panel, qtbot)
    assert panel.canvas.n_units == 1024
    widget, point = panel.bench_input_point()
    assert widget.rect().contains(point)
    panel.run_pause()
    qtbot.waitUntil(lambda: (panel.refresh(), panel.last_snapshot.data["updates"] > 2048)[1], timeout=10000)
    QTest.mousePress(widget, LEFT, NO_MOD, point)
    QTest.mouseRelease(widget, LEFT, NO_MOD, point)
    panel.pause()
    settle(panel, qtbot)


def test_shutdown_while_running_ends_every_thread(make_panel, qtbot):
    panel = make_panel("escape")
    panel.set_rate(3000)
    panel.run_pause()
    qtbot.waitUntil(lambda: (panel.refresh(), panel.last_snapshot.running)[1], timeout=5000)
    assert panel.shutdown(2.0)
    assert not panel.runner.alive and not panel.runner2.alive
