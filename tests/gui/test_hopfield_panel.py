"""The Hopfield panel with real mouse events: drawing, editing, storing, recall, library, bad input, shutdown."""

from __future__ import annotations

import threading
import time

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtTest import QTest

from simulator.core import patterns as pat
from simulator.gui.panels.hopfield import NOTES_PATTERNS, HopfieldPanel

LEFT = Qt.MouseButton.LeftButton
RIGHT = Qt.MouseButton.RightButton
NO_MOD = Qt.KeyboardModifier.NoModifier


@pytest.fixture
def make_panel(open_panel):
    def make(rows=6, cols=6, **kw):
        return open_panel(lambda: HopfieldPanel(rows=rows, cols=cols, default_scene=False, **kw), settle)

    return make


@pytest.fixture
def panel(make_panel):
    return make_panel()


def settle(panel, qtbot, timeout=5000):
    """Wait until every edit reached the engine and the panel drew a snapshot taken after them."""
    qtbot.waitUntil(lambda: (panel.refresh(), not panel.edits_pending)[1], timeout=timeout)
    panel.runner.call(lambda eng: None).result(timeout / 1000)
    qtbot.waitUntil(lambda: (panel.refresh(), panel.last_snapshot is not None)[1], timeout=timeout)
    panel.refresh()


def engine(panel, attr):
    """Read an engine attribute in the worker thread (the runner owns the engine)."""
    return panel.runner.call(lambda eng: getattr(eng, attr)).result(5)


def click_cell(panel, r, c, button=LEFT):
    view = panel.canvas.viewport()
    pos = panel.canvas.cell_viewport_pos(r, c)
    QTest.mousePress(view, button, NO_MOD, pos)
    QTest.mouseRelease(view, button, NO_MOD, pos)


def run_until_settled(panel, qtbot, timeout=10000):
    panel.run_pause()
    qtbot.waitUntil(lambda: (panel.refresh(), panel.last_snapshot.running)[1] or panel.last_snapshot.settled,
                    timeout=timeout)
    qtbot.waitUntil(lambda: (panel.refresh(), not panel.last_snapshot.running and panel.last_snapshot.settled)[1],
                    timeout=timeout)


def store_random(panel, qtbot, p=2, noise=10.0):
    panel.noise_spin.setValue(noise)
    assert panel.load_builtin_set("random", count=p)
    settle(panel, qtbot)


# ----------------------------------------------------------------- drawing
def test_left_click_paints_plus_one_in_the_engine(panel, qtbot):
    click_cell(panel, 2, 3)
    settle(panel, qtbot)
    state = engine(panel, "state").reshape(6, 6)
    assert state[2, 3] == 1 and (state == 1).sum() == 1
    assert panel.canvas.state.reshape(6, 6)[2, 3] == 1


def test_right_click_paints_minus_one_in_the_engine(panel, qtbot):
    qtbot.mouseClick(panel.invert_button, LEFT)  # all +1
    settle(panel, qtbot)
    click_cell(panel, 5, 0, RIGHT)
    settle(panel, qtbot)
    state = engine(panel, "state").reshape(6, 6)
    assert state[5, 0] == -1 and (state == -1).sum() == 1


def test_dragging_paints_a_line_and_the_drawing_is_the_cue(panel, qtbot):
    view = panel.canvas.viewport()
    QTest.mousePress(view, LEFT, NO_MOD, panel.canvas.cell_viewport_pos(0, 0))
    for k in range(1, 6):
        QTest.mouseMove(view, panel.canvas.cell_viewport_pos(k, k))
    QTest.mouseRelease(view, LEFT, NO_MOD, panel.canvas.cell_viewport_pos(5, 5))
    settle(panel, qtbot)
    state = engine(panel, "state").reshape(6, 6)
    assert np.array_equal(state == 1, np.eye(6, dtype=bool))
    # Reset returns to the drawing: painting made it the cue.
    panel.reset(None)
    settle(panel, qtbot)
    assert np.array_equal(engine(panel, "state").reshape(6, 6) == 1, np.eye(6, dtype=bool))


def test_occlude_tool_blanks_a_rectangle(panel, qtbot):
    qtbot.mouseClick(panel.invert_button, LEFT)
    settle(panel, qtbot)
    qtbot.mouseClick(panel.mode_buttons["occlude"], LEFT)
    assert panel.canvas.mode == "occlude"
    view = panel.canvas.viewport()
    QTest.mousePress(view, LEFT, NO_MOD, panel.canvas.cell_viewport_pos(1, 2))
    QTest.mouseMove(view, panel.canvas.cell_viewport_pos(3, 4))
    QTest.mouseRelease(view, LEFT, NO_MOD, panel.canvas.cell_viewport_pos(3, 4))
    settle(panel, qtbot)
    state = engine(panel, "state").reshape(6, 6)
    assert (state[1:4, 2:5] == -1).all() and (state == -1).sum() == 9


# ------------------------------------------------------------ state buttons
def test_clear_invert_randomise_buttons(panel, qtbot):
    qtbot.mouseClick(panel.invert_button, LEFT)
    settle(panel, qtbot)
    assert (engine(panel, "state") == 1).all()
    qtbot.mouseClick(panel.clear_button, LEFT)
    settle(panel, qtbot)
    assert (engine(panel, "state") == -1).all()
    panel.reset(3)
    qtbot.mouseClick(panel.random_button, LEFT)
    settle(panel, qtbot)
    first = engine(panel, "state")
    assert set(np.unique(first).tolist()) == {-1, 1}
    panel.reset(3)  # the same seed gives the same random state
    qtbot.mouseClick(panel.random_button, LEFT)
    settle(panel, qtbot)
    assert np.array_equal(engine(panel, "state"), first)


def test_flip_percent_flips_that_share_and_replays_with_the_seed(make_panel, qtbot):
    panel = make_panel(10, 10)
    results = []
    for _ in range(2):
        qtbot.mouseClick(panel.clear_button, LEFT)
        panel.reset(11)
        panel.noise_spin.setValue(20)
        qtbot.mouseClick(panel.flip_button, LEFT)
        settle(panel, qtbot)
        results.append(engine(panel, "state"))
    assert (results[0] == 1).sum() == 20
    assert np.array_equal(results[0], results[1])


# ---------------------------------------------------------- store and recall
def test_corrupted_cue_is_recalled_and_labelled(make_panel, qtbot):
    panel = make_panel(10, 10)
    store_random(panel, qtbot, p=2, noise=10)
    cue = engine(panel, "state")
    first = panel.library.pattern(0)
    assert (cue != first).sum() == 10, "the cue is pattern 1 with 10 % flipped"
    assert engine(panel, "patterns").shape == (2, 100)
    run_until_settled(panel, qtbot)
    assert np.array_equal(engine(panel, "state"), first)
    assert panel.state_label.text() == "Stored pattern 1 (random 1)"
    # Energy never rose during the asynchronous recall, and the plot shows the trace.
    x, e = panel.energy_plot.series(0)
    assert len(e) >= 2 and np.all(np.diff(e) <= 1e-9)
    assert panel.overlap_plot.is_shown(0) and panel.overlap_plot.name(0) == "random 1"


def test_step_advances_exactly_one_update_and_reset_returns_to_the_cue(make_panel, qtbot):
    panel = make_panel(10, 10)
    store_random(panel, qtbot, p=2, noise=20)
    cue = engine(panel, "state")
    panel.step()
    settle(panel, qtbot)
    assert panel.last_snapshot.data["updates"] == 1
    assert engine(panel, "updates") == 1
    # The updated unit is outlined with its local field.
    assert panel.canvas.highlight.isVisible()
    assert panel.canvas.field_text.textItem.toPlainText().startswith("h = ")
    run_until_settled(panel, qtbot)
    assert not np.array_equal(engine(panel, "state"), cue)
    panel.reset(None)
    settle(panel, qtbot)
    assert np.array_equal(engine(panel, "state"), cue)
    assert panel.last_snapshot.data["updates"] == 0


def test_flips_are_tinted_on_the_canvas(make_panel, qtbot):
    panel = make_panel(10, 10)
    store_random(panel, qtbot, p=2, noise=30)
    for _ in range(100):
        panel.step()
        settle(panel, qtbot)
        if panel.last_snapshot.data["last_flipped"]:
            break
    unit = panel.last_snapshot.data["last_unit"]
    assert panel.last_snapshot.data["last_flipped"]
    # Index >= 2 in the unit image means a "just flipped" colour.
    assert panel.canvas.image.image.reshape(-1)[unit] >= 2


def test_rule_and_update_mode_reach_the_engine(panel, qtbot):
    panel.rule_combo.setCurrentIndex(panel.rule_combo.findData("storkey"))
    panel.update_combo.setCurrentIndex(2)
    settle(panel, qtbot)
    assert engine(panel, "rule") == "storkey" and engine(panel, "mode") == "sync"
    panel.update_combo.setCurrentIndex(1)
    settle(panel, qtbot)
    assert engine(panel, "mode") == "async" and engine(panel, "order") == "sequential"


# ------------------------------------------------------------------ library
def test_library_add_remove_and_click_a_thumbnail(panel, qtbot):
    click_cell(panel, 0, 0)
    click_cell(panel, 1, 1)
    settle(panel, qtbot)
    drawing = panel.canvas.state
    qtbot.mouseClick(panel.add_button, LEFT)
    qtbot.mouseClick(panel.clear_button, LEFT)
    qtbot.mouseClick(panel.invert_button, LEFT)
    qtbot.mouseClick(panel.add_button, LEFT)
    settle(panel, qtbot)
    assert len(panel.library) == 2 and panel.strip.count() == 2
    assert np.array_equal(engine(panel, "patterns")[0], drawing)
    assert "p = 2" in panel.load_label.text()
    # Clicking the first thumbnail makes it the state.
    item = panel.strip.item(0)
    QTest.mouseClick(panel.strip.viewport(), LEFT, NO_MOD, panel.strip.visualItemRect(item).center())
    settle(panel, qtbot)
    assert np.array_equal(engine(panel, "state"), drawing)
    # Remove the selected (first) one.
    assert panel.strip.selected_indices() == [0]
    qtbot.mouseClick(panel.remove_button, LEFT)
    settle(panel, qtbot)
    assert len(panel.library) == 1 and panel.strip.count() == 1
    assert (engine(panel, "patterns") == 1).all()


def test_load_builtin_sets(make_panel, qtbot):
    panel = make_panel(12, 12)
    panel.set_combo.setCurrentIndex(panel.set_combo.findData("letters"))
    panel.pick_edit.setText("HX")
    qtbot.mouseClick(panel.load_set_button, LEFT)
    settle(panel, qtbot)
    assert panel.library.names == ["H", "X"]
    assert engine(panel, "patterns").shape == (2, 144)
    h = panel.library.pattern(0).reshape(12, 12)
    assert (h[:, 2] == 1).sum() > 6 and (h[:, 9] == 1).sum() > 6, "an H has two upright strokes"
    assert panel.load_builtin_set("handwritten", pick="07")
    assert panel.load_builtin_set("digits", count=3)
    settle(panel, qtbot)
    assert panel.library.names == ["0", "1", "2"] and engine(panel, "patterns").shape == (3, 144)
    before = panel.library.names
    assert not panel.load_builtin_set("letters", pick="A7")
    assert "'7'" in panel.message_label.text() and panel.library.names == before


def test_png_import_of_a_picture_and_of_a_corrupt_file(panel, qtbot, tmp_path):
    image = QImage(60, 60, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.fillRect(0, 0, 30, 30, QColor("black"))  # ink in the top-left quarter
    painter.end()
    good = tmp_path / "square.png"
    assert image.save(str(good))
    assert panel.import_png(good)
    settle(panel, qtbot)
    assert panel.library.names == ["square"]
    got = engine(panel, "patterns")[0].reshape(6, 6)
    assert (got[:3, :3] == 1).all() and (got == 1).sum() == 9

    broken = tmp_path / "broken.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\nthis is not really a picture")
    with qtbot.waitSignal(panel.message) as sig:
        assert not panel.import_png(broken)
    assert "broken.png" in sig.args[0] and "broken.png" in panel.message_label.text()
    assert panel.library.names == ["square"] and engine(panel, "patterns").shape == (1, 36)


# ------------------------------------------------------------------ bad input
def test_too_large_a_grid_is_refused_and_nothing_changes(panel, qtbot, monkeypatch):
    monkeypatch.setattr(pat, "available_memory_bytes", lambda: 50 * 10**6)
    runner = panel.runner
    panel.rows_spin.setValue(100)
    panel.cols_spin.setValue(100)
    with qtbot.waitSignal(panel.message) as sig:
        qtbot.mouseClick(panel.apply_size_button, LEFT)
    assert "memory" in sig.args[0] and "10000 units" in sig.args[0]
    assert panel.shape == (6, 6) and panel.runner is runner and runner.alive
    assert (panel.rows_spin.value(), panel.cols_spin.value()) == (6, 6)
    assert engine(panel, "n_units") == 36


def test_grid_size_change_rebuilds_the_engine_and_redraws_the_library(panel, qtbot):
    assert panel.load_builtin_set("letters", pick="LT")
    panel.rows_spin.setValue(9)
    panel.cols_spin.setValue(7)
    qtbot.mouseClick(panel.apply_size_button, LEFT)
    settle(panel, qtbot)
    assert panel.shape == (9, 7) and engine(panel, "n_units") == 63
    assert panel.library.names == ["L", "T"] and engine(panel, "patterns").shape == (2, 63)
    assert panel.canvas.shape == (9, 7)


def test_the_notes_exercise(panel, qtbot):
    qtbot.mouseClick(panel.notes_button, LEFT)
    settle(panel, qtbot)
    assert panel.shape == (1, 6)
    assert engine(panel, "patterns").tolist() == [list(p) for p in NOTES_PATTERNS]
    assert engine(panel, "rule") == "hebbian"
    # The cue (y1 with its last unit flipped) is recalled to y1.
    run_until_settled(panel, qtbot)
    assert engine(panel, "state").tolist() == list(NOTES_PATTERNS[0])
    assert panel.state_label.text() == "Stored pattern 1 (y1)"
    # Both stored patterns are fixed points: a whole sweep of steps flips nothing.
    for k, expected in enumerate(NOTES_PATTERNS):
        panel.load_pattern(k)
        for _ in range(6):
            panel.step()
        settle(panel, qtbot)
        assert engine(panel, "state").tolist() == list(expected)
        assert panel.last_snapshot.data["recognition"][0] == "pattern"
    # Typing [1,0,-1,0,1] is refused with a message about +1/-1, and nothing changes.
    state = engine(panel, "state")
    library = panel.library.names
    panel.text_edit.setText("[1,0,-1,0,1]")
    with qtbot.waitSignal(panel.message) as sig:
        qtbot.mouseClick(panel.set_text_button, LEFT)
    assert "+1 or -1" in sig.args[0] and "not 0" in sig.args[0]
    qtbot.mouseClick(panel.store_text_button, LEFT)
    settle(panel, qtbot)
    assert np.array_equal(engine(panel, "state"), state) and panel.library.names == library
    # A well-formed typed state is accepted.
    panel.text_edit.setText("1, 1, 1, -1, -1, -1")
    qtbot.mouseClick(panel.set_text_button, LEFT)
    settle(panel, qtbot)
    assert engine(panel, "state").tolist() == [1, 1, 1, -1, -1, -1]


# --------------------------------------------------------- weights, capacity
def test_inspect_click_shows_the_weights_into_a_unit(make_panel, qtbot):
    panel = make_panel(8, 8)
    store_random(panel, qtbot, p=3)
    qtbot.mouseClick(panel.mode_buttons["inspect"], LEFT)
    click_cell(panel, 2, 5)
    qtbot.waitUntil(lambda: (panel.refresh(), "local field h" in panel.field_label.text())[1], timeout=5000)
    unit = 2 * 8 + 5
    assert panel.tabs.currentIndex() == 1
    w = engine(panel, "weights")
    shown = panel.in_image.image
    assert shown.shape == (8, 8)
    assert np.allclose(shown.reshape(-1) * panel.last_snapshot.data["weight_scale"], w[unit], atol=1e-6)
    lo, hi = panel.w_image.levels
    assert lo == -hi and hi > 0
    h = panel.runner.call(lambda eng: eng.local_fields()[unit]).result(5)
    assert f"{h:+.3f}" in panel.field_label.text()


def test_capacity_experiment_runs_and_can_be_cancelled(make_panel, qtbot):
    panel = make_panel(6, 6)
    panel.tabs.setCurrentIndex(2)
    panel.cap_rule_combo.setCurrentIndex(panel.cap_rule_combo.findData("pseudo-inverse"))
    qtbot.mouseClick(panel.cap_run_button, LEFT)
    assert panel.capacity_job is not None
    qtbot.waitUntil(lambda: (panel.refresh(), panel.capacity_job is None)[1], timeout=60000)
    assert panel.capacity_plot.is_shown(4) and panel.capacity_plot.is_shown(5)
    loads, rate = panel.capacity_plot.series(4)
    assert loads[0] < 0.138 < loads[-1] and rate.max() <= 1.0
    # A long one (bigger network), cancelled at once.
    panel.set_grid_size(40, 40)
    panel.cap_rule_combo.setCurrentIndex(panel.cap_rule_combo.findData("storkey"))
    assert panel.start_capacity()
    job = panel.capacity_job
    qtbot.mouseClick(panel.cap_cancel_button, LEFT)
    qtbot.waitUntil(lambda: (panel.refresh(), panel.capacity_job is None)[1], timeout=20000)
    assert job.cancelled and panel.cap_progress.format() == "Cancelled"
    assert not panel.capacity_plot.is_shown(2)
    assert panel.cap_run_button.isEnabled()


# ---------------------------------------------------------- loop, lifecycle
def test_loop_recall_corrupts_and_recalls_again(make_panel, qtbot):
    panel = make_panel(10, 10)
    store_random(panel, qtbot, p=2, noise=10)
    panel.set_rate(None)
    panel.loop_check.setChecked(True)
    panel.run_pause()
    qtbot.waitUntil(lambda: (panel.refresh(), panel.loop_recalls >= 3)[1], timeout=15000)
    panel.pause()
    settle(panel, qtbot)
    count = panel.loop_recalls
    for _ in range(10):
        panel.refresh()
    assert panel.loop_recalls == count, "pausing stops the loop"


def test_shutdown_during_a_run_leaves_no_thread(make_panel, qtbot):
    panel = make_panel(16, 16)
    store_random(panel, qtbot, p=3, noise=20)
    panel.set_rate(None)
    panel.loop_check.setChecked(True)
    panel.run_pause()
    qtbot.waitUntil(lambda: (panel.refresh(), panel.loop_recalls >= 1)[1], timeout=10000)
    panel.start_capacity()
    t0 = time.perf_counter()
    assert panel.shutdown(1.0)
    assert time.perf_counter() - t0 < 1.0
    assert not panel.runner.alive
    names = {t.name for t in threading.enumerate()}
    assert "HopfieldPanel-runner" not in names and "hopfield-capacity" not in names


def test_bench_scene_and_input_point(make_panel, qtbot):
    panel = make_panel(6, 6)
    description = panel.bench_scene()
    settle(panel, qtbot)
    assert "64x64" in description and panel.shape == (64, 64)
    assert engine(panel, "patterns").shape == (round(0.05 * 4096), 4096)
    assert engine(panel, "rule") == "hebbian" and panel.loop_check.isChecked()
    widget, point = panel.bench_input_point()
    assert widget is panel.canvas.viewport() and widget.rect().contains(point)
    panel.set_tool("draw")
    before = panel.canvas.state
    QTest.mousePress(widget, LEFT, NO_MOD, point)
    QTest.mouseRelease(widget, LEFT, NO_MOD, point)
    after = panel.canvas.state
    assert (after != before).sum() <= 1 and after[32 * 64 + 32] == 1


def test_default_scene_is_ready_to_recall(qtbot):
    panel = HopfieldPanel()
    qtbot.addWidget(panel)
    try:
        settle(panel, qtbot, timeout=10000)
        assert panel.shape == (32, 32)
        p = len(panel.library)
        assert 1 <= p and p / 1024 < 0.138
        cue = engine(panel, "state")
        assert 0 < (cue != panel.library.pattern(0)).sum() < 1024 // 2
        assert not panel.last_snapshot.settled, "Space shows a recall at once"
    finally:
        assert panel.shutdown(2.0)


def test_every_control_has_a_tooltip(panel):
    from PySide6.QtWidgets import (QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QListWidget,
                                   QProgressBar, QTabBar, QWidget)

    kinds = (QAbstractButton, QComboBox, QAbstractSpinBox, QLineEdit, QListWidget, QProgressBar)
    missing = []
    for widget in panel.findChildren(QWidget):
        if not isinstance(widget, kinds):
            continue
        if isinstance(widget.parent(), (QAbstractSpinBox, QComboBox, QTabBar)):
            continue  # Qt's own parts of a composite control
        if not widget.toolTip():
            missing.append(f"{type(widget).__name__} {getattr(widget, 'text', lambda: '')()!r}")
    assert not missing, f"controls without a tooltip: {missing}"
    assert panel.canvas.toolTip() and panel.energy_plot.toolTip() and panel.weights_widget.toolTip()


def test_run_pressed_while_a_new_grid_is_built_runs_the_new_network(panel, qtbot):
    assert panel.set_grid_size(10, 10)
    assert panel.load_builtin_set("random", count=2)
    panel.run_pause()  # as the run bar would, possibly before the new network is ready
    assert panel.running
    qtbot.waitUntil(lambda: (panel.refresh(), panel.ready and panel.last_snapshot is not None
                             and panel.last_snapshot.data.get("n_units") == 100
                             and panel.last_snapshot.data["updates"] > 0)[1], timeout=10000)
    assert engine(panel, "updates") > 0


# ------------------------------------------------------- recall plots and messages
def test_recall_plots_share_the_sweeps_axis_and_flips_are_bars(make_panel, qtbot):
    panel = make_panel(10, 10)
    store_random(panel, qtbot, p=2, noise=20)
    run_until_settled(panel, qtbot)
    panel.refresh()
    d = panel.last_snapshot.data
    edges, flips = panel.flips_plot.series(0)
    done = int(d["sweeps"] + 1e-9)
    # One bar per completed sweep k, spanning k-1..k, from the first sweep at 0.
    assert len(edges) == len(flips) + 1 == done + 1 and edges[0] == 0.0
    assert flips.tolist() == d["sweep_flips"].tolist()
    part_x, part_y = panel.flips_plot.series(1)
    if d["sweeps"] > done + 1e-9:
        assert part_x.tolist() == [done, d["sweeps"]] and part_y.tolist() == [d["sweep_flips_current"]]
    else:
        assert not panel.flips_plot.is_shown(1)
    # The three strips show the same x range, starting at 0 sweeps.
    ranges = [p.plot_item.viewRange()[0] for p in (panel.energy_plot, panel.overlap_plot, panel.flips_plot)]
    assert ranges[0] == ranges[1] == ranges[2]
    assert ranges[0][0] <= 0.0 < d["sweeps"] <= ranges[0][1]
    assert "hatched" in panel.flips_plot.toolTip()


def test_the_message_reflects_the_recall_and_the_reset(make_panel, qtbot):
    panel = make_panel(10, 10)
    store_random(panel, qtbot, p=2, noise=10)
    assert "press Space to recall" in panel.message_label.text()
    run_until_settled(panel, qtbot)
    panel.refresh()
    text = panel.message_label.text()
    assert text.startswith("Recalled stored pattern 1 (random 1) in ") and "press R to replay" in text
    panel.reset(None)
    assert panel.message_label.text().startswith("Back to the cue")


def test_small_grids_write_each_units_value(make_panel, qtbot):
    panel = make_panel(1, 6)
    labels = panel.canvas.value_labels
    assert all(label.isVisible() for label in labels[:6]) and not labels[6].isVisible()
    assert [label.textItem.toPlainText() for label in labels[:6]] == ["−1"] * 6
    click_cell(panel, 0, 2)
    assert labels[2].textItem.toPlainText() == "+1"
    settle(panel, qtbot)
    assert engine(panel, "state").tolist() == [-1, -1, 1, -1, -1, -1]
    # A larger grid has no value labels.
    assert panel.set_grid_size(8, 8)
    settle(panel, qtbot)
    assert not any(label.isVisible() for label in labels)


def test_the_field_shows_even_when_its_answer_comes_after_the_snapshot_was_drawn(make_panel, qtbot, monkeypatch):
    # The worker publishes a call's snapshot, then completes the call: a display tick in between
    # draws the snapshot before the field is known, and no later snapshot comes while paused.
    from simulator.core.runner import Runner

    settle = Runner._settle_futures

    def late(self):
        if self._unsettled:
            time.sleep(0.1)
        settle(self)

    panel = make_panel(8, 8)
    store_random(panel, qtbot, p=3)
    monkeypatch.setattr(Runner, "_settle_futures", late)
    qtbot.mouseClick(panel.mode_buttons["inspect"], LEFT)
    click_cell(panel, 2, 5)
    qtbot.waitUntil(lambda: (panel.refresh(), "local field h" in panel.field_label.text())[1], timeout=5000)
