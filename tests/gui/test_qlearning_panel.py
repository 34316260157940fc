"""The Q-learning panel with real mouse and key events: painting, refusals, presets, training, stepping, files."""

from __future__ import annotations

import time

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog

from simulator.gui.panels.qlearning import QLearningPanel
from simulator.gui.panels.qlearning_parts import (curve_points, decimate, moving_average, parse_wind,
                                                  policy_agreement)
from simulator.gui.panels.qlearning_views import SteadyLabel
from simulator.gui.widgets.grid_world import GridWorldView
from simulator.models.qlearning import presets
from simulator.models.qlearning.world import CELL_EMPTY, CELL_WALL

LEFT = Qt.MouseButton.LeftButton
RIGHT = Qt.MouseButton.RightButton
NO_MOD = Qt.KeyboardModifier.NoModifier


@pytest.fixture(scope="module", autouse=True)
def compiled_kernels():
    """Compile the qlearning kernels once, before any test waits on a run: on an empty numba
    cache (a fresh CI checkout) compiling inside a timed wait would eat its timeout."""
    from simulator.models import qlearning

    qlearning.warmup()


@pytest.fixture
def make_panel(open_panel):
    def make(preset="cliff"):
        return open_panel(lambda: QLearningPanel(preset=preset, seed=3), settle, size=(1100, 680))

    return make


def settle(panel, qtbot, timeout=20000):
    """Wait until the engine is installed, edits arrived and a fresh snapshot was drawn."""
    qtbot.waitUntil(lambda: (panel.refresh(), panel.ready and not panel.edits_pending)[1], timeout=timeout)
    panel.runner.call(lambda eng: None).result(timeout / 1000)
    qtbot.waitUntil(lambda: (panel.refresh(), panel.last_snapshot is not None)[1], timeout=timeout)
    panel.refresh()


def engine_world(panel):
    return panel.runner.call(lambda eng: eng.world).result(5)


def data(panel):
    return panel.last_snapshot.data


def drag(view, cells, button=LEFT):
    """Press on the first cell, move through the others, release on the last."""
    QTest.mousePress(view, button, NO_MOD, view.cell_center(*cells[0]))
    for cell in cells[1:]:
        QTest.mouseMove(view, view.cell_center(*cell))
    QTest.mouseRelease(view, button, NO_MOD, view.cell_center(*cells[-1]))


def choose(combo, key):
    """Pick ``key`` in a combo box with the arrow keys, as a user would (emits ``activated``)."""
    combo.setFocus()
    target = combo.findData(key)
    assert target >= 0
    while combo.currentIndex() != target:
        QTest.keyClick(combo, Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up)
    assert combo.currentData() == key


# ------------------------------------------------------------------ helpers
def test_moving_average_and_wind_parsing():
    y = np.array([1.0, 3.0, 5.0, 7.0])
    assert np.allclose(moving_average(y, 2), [1.0, 2.0, 4.0, 6.0])
    assert np.allclose(moving_average(y, 1), y)
    assert np.allclose(moving_average(y, 10), [1.0, 2.0, 3.0, 4.0])
    assert list(parse_wind("0, 1 2", 3)) == [0, 1, 2]
    assert parse_wind("  ", 3) is None and parse_wind("0 0 0", 3) is None
    with pytest.raises(ValueError, match="one number per column"):
        parse_wind("1 2", 3)
    with pytest.raises(ValueError, match="whole numbers"):
        parse_wind("1 x 2", 3)


def test_long_curves_are_decimated_keeping_spikes_and_agreement_counts_ties():
    x = np.arange(1, 10_001, dtype=float)
    y = np.zeros(10_000)
    y[5_000] = -100.0
    rx, ry, sx, sy = decimate(x, y, moving_average(y, 10), points=1000)
    assert len(rx) <= 1000 and ry.min() == -100.0 and sx[-1] == 10_000 and len(sx) == len(sy)
    same = decimate(x[:50], y[:50], y[:50], points=1000)
    assert len(same[0]) == 50
    q = np.array([[1.0, 1.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0], [0.0, 2.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0]])
    allowed = np.array([[True] * 4, [True] * 4, [True] * 4, [False] * 4])
    # State 0: a tie that includes the optimal action counts; 1: no preference yet; 2: wrong; 3: terminal.
    assert policy_agreement(q, np.array([0, 0, 1, -1]), np.array([1, 2, 3, -1]), allowed) == (1, 3)


# ------------------------------------------------------------------ editing
def test_dragging_paints_walls_and_the_right_button_erases(make_panel, qtbot):
    panel = make_panel()
    view = panel.grid_view
    assert panel.tool() == "wall"
    # A fast drag jumps from (0, 2) to (0, 6): every cell on the way is painted.
    drag(view, [(0, 2), (0, 6)])
    settle(panel, qtbot)
    world = engine_world(panel)
    assert (world.kinds[0, 2:7] == CELL_WALL).all() and world.kinds[0, 7] == CELL_EMPTY
    assert (view.kinds[0, 2:7] == CELL_WALL).all()
    assert int(data(panel)["episode"]) == 0
    drag(view, [(0, 4), (0, 5)], button=RIGHT)
    settle(panel, qtbot)
    world = engine_world(panel)
    assert list(world.kinds[0, 2:7]) == [CELL_WALL, CELL_WALL, CELL_EMPTY, CELL_EMPTY, CELL_WALL]
    # Key 4 on the grid picks the start tool; a click moves the start.
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_4)
    assert panel.tool() == "start"
    QTest.mouseClick(view, LEFT, NO_MOD, view.cell_center(1, 1))
    settle(panel, qtbot)
    assert engine_world(panel).start == 1 * 12 + 1
    # The reward brush.
    QTest.mouseClick(panel.c.tool_buttons["reward"], LEFT)
    panel.c.reward_spin.setValue(-7.0)
    QTest.mouseClick(view, LEFT, NO_MOD, view.cell_center(2, 5))
    settle(panel, qtbot)
    assert engine_world(panel).rewards[2, 5] == -7.0


def test_impossible_edits_are_refused_and_change_nothing(make_panel, qtbot):
    panel = make_panel()
    view = panel.grid_view
    before = engine_world(panel)
    QTest.mouseClick(view, LEFT, NO_MOD, view.cell_center(3, 0))  # a wall on the start
    assert "start" in panel.message_label.text().lower()
    assert "B00020" in panel.message_label.styleSheet()
    QTest.mouseClick(view, LEFT, NO_MOD, view.cell_center(3, 11))  # a wall over the only goal
    assert "goal" in panel.message_label.text().lower()
    # A wall down column 1: the third cell would cut the start off from the goal (row 3 is the cliff).
    drag(view, [(0, 1), (2, 1)])
    assert "no goal can be reached" in panel.message_label.text().lower()
    settle(panel, qtbot)
    world = engine_world(panel)
    assert list(world.kinds[:3, 1]) == [CELL_WALL, CELL_WALL, CELL_EMPTY]
    assert world.start == before.start and world.kinds[3, 11] == before.kinds[3, 11]
    # A wind with the wrong number of columns is refused too.
    panel.c.wind_edit.setFocus()
    panel.c.wind_edit.selectAll()
    QTest.keyClicks(panel.c.wind_edit, "1 2 3")
    QTest.keyClick(panel.c.wind_edit, Qt.Key.Key_Return)
    assert "12 columns" in panel.message_label.text()
    assert engine_world(panel).wind is None


def test_grid_size_slippery_and_wind_reach_the_engine(make_panel, qtbot):
    panel = make_panel("cliff")
    c = panel.c
    c.cols_spin.setFocus()
    c.cols_spin.selectAll()
    QTest.keyClicks(c.cols_spin, "14")
    QTest.keyClick(c.cols_spin, Qt.Key.Key_Return)
    settle(panel, qtbot)
    assert engine_world(panel).shape == (4, 14)
    assert panel.grid_view.shape == (4, 14)
    box = c.slippery_check
    QTest.mouseClick(box, LEFT, NO_MOD, QPoint(8, box.height() // 2))  # on the tick box
    c.wind_edit.setFocus()
    QTest.keyClicks(c.wind_edit, "0 0 0 0 1 1 1 1 1 1 0 0 0 0")
    QTest.keyClick(c.wind_edit, Qt.Key.Key_Return)
    settle(panel, qtbot)
    world = engine_world(panel)
    assert world.slippery and list(world.wind) == [0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0]
    assert panel.grid_view.wind is not None and panel.grid_view.slippery
    # Shrinking so that the start and the goal are cut off is refused and the spin box goes back.
    c.rows_spin.setFocus()
    c.rows_spin.selectAll()
    QTest.keyClicks(c.rows_spin, "3")
    QTest.keyClick(c.rows_spin, Qt.Key.Key_Return)
    assert "cut off" in panel.message_label.text()
    assert c.rows_spin.value() == 4 and engine_world(panel).shape == (4, 14)


# ------------------------------------------------------------------ presets
def test_presets_switch_and_six_rooms_show_the_graph_and_the_notes_table(make_panel, qtbot):
    panel = make_panel()
    choose(panel.c.preset_combo, "frozenlake4")
    settle(panel, qtbot)
    world = engine_world(panel)
    assert world.shape == (4, 4) and world.slippery
    assert panel.view_stack.currentWidget() is panel.grid_view
    QTest.mouseMove(panel.grid_view, panel.grid_view.cell_center(1, 1))
    assert panel.hover_label.text().startswith("cell (1, 1): pit")
    choose(panel.c.preset_combo, "six_rooms")
    settle(panel, qtbot)
    # The old world's cell is not described any more.
    assert panel.hover_label.text().startswith("Hover over a cell")
    assert engine_world(panel).is_graph
    assert panel.view_stack.currentIndex() == 1 and panel.room_view.isVisible()
    params = panel.runner.call(lambda eng: eng.params).result(5)
    assert params.gamma == pytest.approx(0.8) and params.update == "deterministic"
    assert panel.r_table.texts()[1] == ["-1", "-1", "-1", "0", "-1", "100"]
    assert not panel.c.tool_buttons["wall"].isEnabled()
    panel.c.train_spin.setValue(3000)
    QTest.mouseClick(panel.c.train_button, LEFT)
    settle(panel, qtbot)
    q = panel.q_table.texts()
    assert q[5][5] == "500" and q[1][5] == "500" and q[3][2] == "256" and q[2][3] == "320"
    QTest.mouseClick(panel.q_normalised_check, LEFT)
    q = panel.q_table.texts()
    assert q[5][5] == "100" and q[0][4] == "80" and q[1][3] == "64" and q[3][2] == "51"
    assert panel.c.normalised_check.isChecked()
    # Hovering over a room reads its doors' values.
    room = panel.room_view
    at = room.room_centers()[3]
    QTest.mouseMove(room, _point(at))
    assert panel.hover_label.text().startswith("room 3")
    assert "to 1 400" in panel.hover_label.text()
    choose(panel.c.preset_combo, "maze")
    settle(panel, qtbot)
    assert engine_world(panel).shape == (10, 10) and panel.view_stack.currentWidget() is panel.grid_view


def _point(xy):
    return QPoint(int(xy[0]), int(xy[1]))


# ------------------------------------------------------------------ agent
def test_train_n_episodes_with_ctrl_t_updates_q_and_both_plots(make_panel, qtbot):
    panel = make_panel()
    c = panel.c
    c.train_spin.setFocus()
    c.train_spin.selectAll()
    QTest.keyClicks(c.train_spin, "150")
    # Ctrl+T works whichever tab is shown (the Agent tab with the button is not).
    assert panel.tabs.currentIndex() == 0
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow, timeout=5000)
    QTest.keyClick(panel.grid_view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert panel.edits_pending and not c.train_button.isEnabled()
    settle(panel, qtbot)
    d = data(panel)
    assert int(d["episode"]) == 150
    assert np.abs(d["q"]).max() > 1.0
    for strip, key in ((panel.return_plot, "returns"), (panel.steps_plot, "steps_per_episode")):
        x, y = strip.series(0)
        assert len(x) == 150 and np.allclose(y, d[key])
        _x, smooth = strip.series(1)
        assert np.allclose(smooth, moving_average(d[key], c.smooth_spin.value()))
    assert "150 episodes" in panel.message_label.text() and c.train_button.isEnabled()
    # The learnt greedy policy is drawn: arrows where Q prefers an action.
    assert (panel.grid_view._preferred_policy() >= 0).sum() > 10
    assert "Episode 150" in panel.readout_label.text()
    # The smoothing window redraws the thick curves.
    c.smooth_spin.setValue(5)
    panel.refresh()
    _x, smooth = panel.return_plot.series(1)
    assert np.allclose(smooth, moving_average(d["returns"], 5))


def test_one_action_writes_the_engines_update_out(make_panel, qtbot):
    panel = make_panel()
    QTest.mouseClick(panel.c.action_button, LEFT)
    qtbot.waitUntil(lambda: (panel.refresh(), data(panel)["last_step"] is not None)[1], timeout=5000)
    rec = panel.runner.call(lambda eng: eng.step_record()).result(5)
    assert panel.equation_label.text() == rec.equation
    assert f"{rec.q_new:.2f}" in rec.equation and f"{rec.alpha:.2f}" in rec.equation
    assert panel.step_label.text().startswith(f"state {rec.state} = cell (3, 0)")
    for _ in range(4):
        QTest.mouseClick(panel.c.action_button, LEFT)
    qtbot.waitUntil(lambda: (panel.refresh(), data(panel).get("updates", 0) == 5)[1], timeout=5000)
    rec = panel.runner.call(lambda eng: eng.step_record()).result(5)
    assert panel.equation_label.text() == rec.equation
    assert int(data(panel)["agent_state"]) == rec.next_state or rec.episode_done


def test_sliders_and_combos_change_the_engine_parameters(make_panel, qtbot):
    panel = make_panel()
    c = panel.c
    c.alpha_slider.slider.setFocus()
    QTest.keyClick(c.alpha_slider.slider, Qt.Key.Key_PageUp)  # +0.10
    c.epsilon_slider.slider.setFocus()
    QTest.keyClick(c.epsilon_slider.slider, Qt.Key.Key_Left)  # -0.01
    c.gamma_slider.slider.setFocus()
    QTest.keyClick(c.gamma_slider.slider, Qt.Key.Key_End)
    choose(c.exploration_combo, "softmax")
    assert c.temperature_spin.isEnabled() and not c.epsilon_slider.isEnabled()
    settle(panel, qtbot)
    p = panel.runner.call(lambda eng: eng.params).result(5)
    assert p.alpha == pytest.approx(0.6) and p.epsilon == pytest.approx(0.09) and p.gamma == pytest.approx(1.0)
    assert p.exploration == "softmax"
    assert c.alpha_slider.label.text() == "0.60"
    choose(c.algorithm_combo, "sarsa")
    settle(panel, qtbot)
    assert panel.runner.call(lambda eng: eng.algorithm).result(5) == "sarsa"
    assert not c.update_combo.isEnabled()
    # TD(0) learns V only: the cells switch to the V heatmap.
    choose(c.algorithm_combo, "td0")
    assert c.fill_combo.currentData() == "v" and panel.grid_view.fill == "v"
    panel.train_episodes(20)
    settle(panel, qtbot)
    assert panel.runner.call(lambda eng: eng.algorithm).result(5) == "td0"
    assert np.abs(panel.grid_view.v).max() > 0 and np.allclose(panel.grid_view.v, data(panel)["v"])


# ------------------------------------------------------------------ files, hover
def test_save_and_open_map_round_trip(make_panel, qtbot, tmp_path, monkeypatch):
    panel = make_panel("windy")
    drag(panel.grid_view, [(1, 1), (1, 3)])
    settle(panel, qtbot)
    saved_world = engine_world(panel)
    path = tmp_path / "my.map"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    QTest.mouseClick(panel.c.save_button, LEFT)
    assert path.exists() and str(path) in panel.message_label.text()
    choose(panel.c.preset_combo, "cliff")
    settle(panel, qtbot)
    QTest.mouseClick(panel.c.open_button, LEFT)
    settle(panel, qtbot)
    loaded = engine_world(panel)
    assert loaded.to_text() == saved_world.to_text()
    assert list(loaded.wind) == list(presets.WINDY_WIND) and (loaded.kinds[1, 1:4] == CELL_WALL).all()
    assert panel.c.wind_edit.text() == "0 0 0 1 1 1 2 2 1 0"
    # A broken file is refused with its line, and the world stays.
    path.write_text("S.G\n..x\n...\n", encoding="utf-8")
    QTest.mouseClick(panel.c.open_button, LEFT)
    assert "line" in panel.message_label.text() and "B00020" in panel.message_label.styleSheet()
    settle(panel, qtbot)
    assert engine_world(panel).to_text() == saved_world.to_text()


def test_hovering_a_cell_reads_its_values(make_panel, qtbot):
    panel = make_panel()
    panel.train_episodes(30)
    settle(panel, qtbot)
    view = panel.grid_view
    QTest.mouseMove(view, view.cell_center(2, 3))
    d = data(panel)
    s = 2 * 12 + 3
    q = d["q"][s]
    text = panel.hover_label.text()
    assert text.startswith(f"cell (2, 3): Q up {q[0]:.2f}, right {q[1]:.2f}, down {q[2]:.2f}, left {q[3]:.2f}")
    assert f"V {d['v'][s]:.2f}" in text and f"visits {int(d['visits'][s]):,}" in text
    assert view.toolTip() == text
    QTest.mouseMove(view, view.cell_center(3, 5))
    assert "pit" in panel.hover_label.text() and "-100" in panel.hover_label.text()


def test_editing_while_running_restarts_learning_and_shutdown_ends_threads(make_panel, qtbot):
    panel = make_panel("maze")
    panel.set_rate(None)
    panel.run_pause()
    qtbot.waitUntil(lambda: (panel.refresh(), panel.running and data(panel)["episode"] > 3)[1], timeout=10000)
    QTest.mouseClick(panel.c.tool_buttons["pit"], LEFT)
    QTest.mouseClick(panel.grid_view, LEFT, NO_MOD, panel.grid_view.cell_center(0, 2))
    assert "run goes on" in panel.message_label.text()
    qtbot.waitUntil(lambda: (panel.refresh(), not panel.edits_pending)[1], timeout=5000)
    assert engine_world(panel).kinds[0, 2] == 2
    assert panel.running
    panel.train_episodes(100_000)
    assert panel.shutdown(5.0)


# ------------------------------------------------------------------ drawing cheaply while running
def test_curve_points_are_the_decimated_curve_and_its_moving_average():
    rng = np.random.default_rng(1)
    for n in (7, 999, 1000, 1001, 12_345):
        y = rng.normal(size=n)
        first = 50_000 - n + 1
        x = np.arange(first, first + n, dtype=np.float64)
        for window in (1, 9, 100):
            want = decimate(x, y, moving_average(y, window), points=1000)
            got = curve_points(y, first, window, points=1000)
            assert all(a.shape == b.shape and np.allclose(a, b) for a, b in zip(want, got))


def test_steady_label_never_shrinks_at_one_width(qtbot):
    label = SteadyLabel("short", "tip", lines=2)
    qtbot.addWidget(label)
    line = label.fontMetrics().lineSpacing()
    assert label.heightForWidth(200) >= 2 * line
    label.setText("a long sentence that needs several lines at this width " * 4)
    tall = label.heightForWidth(200)
    assert tall >= 4 * line
    label.setText("short again")
    assert label.heightForWidth(200) == tall
    assert label.heightForWidth(2000) < tall  # another width starts again from its text


def _grid_view(qtbot) -> GridWorldView:
    view = GridWorldView()
    qtbot.addWidget(view)
    view.resize(420, 380)
    view.show()
    qtbot.waitExposed(view)
    kinds = np.zeros((3, 4), np.int8)
    kinds[1, 1], kinds[2, 3] = 1, 3  # a wall and the goal
    view.set_world(kinds, 0, np.full((3, 4), -1.0))
    view.set_options(arrows=True, numbers=False)
    return view


def _values(view: GridWorldView, q: np.ndarray, agent: int = 0) -> None:
    allowed = np.ones((12, 4), bool)
    allowed[[5, 11]] = False
    q = np.where(allowed, q, 0.0)
    view.set_values(q, allowed, q.max(axis=1), np.arange(12), np.argmax(q, axis=1), agent=agent)


def test_grid_view_shows_each_triangles_colour(qtbot):
    view = _grid_view(qtbot)
    q = np.zeros((12, 4))
    q[2] = [-3.0, 0.0, 3.0, 1.0]  # cell (0, 2): up most negative, down most positive
    _values(view, q, agent=7)
    image = view.grab().toImage()
    table = view.cell_colors()
    c = view.cell_px()
    r = view.grid_rect()
    x0, y0 = r.x() + 2 * c, r.y()
    for action, (fx, fy) in enumerate(((0.3, 0.12), (0.88, 0.3), (0.3, 0.88), (0.12, 0.3))):  # off the arrow
        pixel = image.pixelColor(int(x0 + fx * c), int(y0 + fy * c))
        assert (pixel.red(), pixel.green(), pixel.blue()) == tuple(int(v) for v in table[2, action, :3])
    # The wall cell has the wall's colour.
    pixel = image.pixelColor(r.x() + c + c // 2, r.y() + c + c // 5)
    assert (pixel.red(), pixel.green(), pixel.blue()) == tuple(int(v) for v in table[5, 0, :3])


def test_grid_view_repaints_its_layers_only_when_what_they_show_changes(qtbot):
    view = _grid_view(qtbot)
    q = np.zeros((12, 4))
    q[:, 1] = 0.5  # every open cell prefers "right"
    _values(view, q)
    view.grab()
    decor, base = view._decor[1].cacheKey(), view._base[1].cacheKey()
    # New values with the same greedy policy and scale labels: only the cells' image is rebuilt.
    _values(view, q * 1.0001, agent=3)
    assert view._dirty
    view.grab()
    assert view._decor[1].cacheKey() == decor and view._base[1].cacheKey() == base
    # The same values again: nothing to repaint.
    _values(view, q * 1.0001, agent=3)
    assert not view._dirty
    # Another greedy policy redraws the arrows' layer; another scale the scale's.
    q2 = q.copy()
    q2[0] = [0.0, 0.0, 5.0, 0.0]
    _values(view, q2, agent=3)
    view.grab()
    assert view._decor[1].cacheKey() != decor and view._base[1].cacheKey() != base


def test_running_flat_out_keeps_the_layout_still_and_pausing_shows_the_last_numbers(make_panel, qtbot):
    panel = make_panel("maze")
    panel.set_rate(None)
    panel.run_pause()
    qtbot.waitUntil(lambda: (panel.refresh(), panel.running and data(panel)["episode"] > 3)[1], timeout=10000)
    warm_until = time.monotonic() + 0.5
    while time.monotonic() < warm_until:
        panel.refresh()
        qtbot.wait(16)
    watched = (panel.grid_view, panel.return_plot, panel.steps_plot, panel.tabs, panel.equation_label)
    before = [w.geometry() for w in watched]
    texts = set()
    until = time.monotonic() + 1.0
    while time.monotonic() < until:
        panel.refresh()
        texts.add(panel.readout_label.text())
        qtbot.wait(16)
    assert len(texts) > 3  # the readout kept moving...
    assert [w.geometry() for w in watched] == before  # ...and nothing around it did
    panel.pause()
    qtbot.waitUntil(lambda: (panel.refresh(), not panel.running)[1], timeout=5000)
    d = data(panel)
    assert f"Episode {int(d['episode']):,}" in panel.readout_label.text()
    assert panel.equation_label.text() == d["last_step"].equation
    for strip, key in ((panel.return_plot, "returns"), (panel.steps_plot, "steps_per_episode")):
        x, _y = strip.series(1)
        assert x[-1] == int(d["episode"])
