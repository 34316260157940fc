"""The RBM panel with real mouse and key events: training, dreaming, completion, the recommender, shutdown."""

from __future__ import annotations

import numpy as np
import pytest
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from simulator.gui.panels.rbm import SCENE_KEYS, RBMPanel
from simulator.gui.panels.rbm_parts import TrainSettings, ViewTurns, tile_mosaic
from simulator.gui.widgets import colors
from simulator.gui.widgets.mosaic import INK_LUT, grid_shape, mosaic_rgba

LEFT = Qt.MouseButton.LeftButton
NO_MOD = Qt.KeyboardModifier.NoModifier
SMALL = TrainSettings(n_hidden=12, batch_size=20, learning_rate=0.1, epochs=3)


@pytest.fixture(scope="module", autouse=True)
def compiled_kernels():
    """Compile the rbm kernels once, before any test waits on a run: on an empty numba
    cache (a fresh CI checkout) compiling inside a timed wait would eat its timeout."""
    from simulator.models import rbm

    rbm.warmup()


@pytest.fixture
def make_panel(open_panel):
    def make(settings=SMALL):
        return open_panel(lambda: RBMPanel(settings=settings), settle, size=(1100, 650))

    return make


def settle(panel, qtbot, timeout=20000):
    """Wait until the scene's engine is installed, edits arrived and a fresh snapshot was drawn."""
    qtbot.waitUntil(lambda: (panel.refresh(), panel.ready and not panel.edits_pending)[1], timeout=timeout)
    panel.runner.call(lambda eng: None).result(timeout / 1000)
    qtbot.waitUntil(lambda: (panel.refresh(), panel.last_snapshot is not None)[1], timeout=timeout)
    panel.refresh()


def data(panel):
    return panel.last_snapshot.data


def run_until(panel, qtbot, cond, timeout=20000):
    if not panel.running:
        panel.run_pause()
    qtbot.waitUntil(lambda: (panel.refresh(), cond(panel))[1], timeout=timeout)
    panel.pause()
    settle(panel, qtbot)


def click_tab(panel, qtbot, key):
    bar = panel.tabs.tabBar()
    QTest.mouseClick(bar, LEFT, NO_MOD, bar.tabRect(SCENE_KEYS.index(key)).center())
    assert panel.scene_key == key
    settle(panel, qtbot)


def set_spin(spin, value):
    """Type a value into a spin box as a user would."""
    spin.setFocus()
    spin.selectAll()
    QTest.keyClicks(spin, str(value))
    QTest.keyClick(spin, Qt.Key.Key_Enter)
    assert spin.value() == value


# ------------------------------------------------------------------ helpers
def test_mosaic_places_each_tile_and_grey_gaps():
    tiles = np.zeros((3, 64))
    tiles[1] = 1.0
    lut = np.stack([np.arange(256)] * 4, axis=1).astype(np.uint8)
    img = mosaic_rgba(tiles, 2, lut, (0.0, 1.0), rows=2)
    assert img.shape == (2 * 9 + 1, 2 * 9 + 1, 4)
    assert (img[1:9, 1:9, 0] == 0).all() and (img[1:9, 10:18, 0] == 255).all()
    assert tuple(img[0, 0]) == (150, 150, 145, 255)
    assert grid_shape(500) == (22, 23) and grid_shape(1) == (1, 1)


@pytest.mark.parametrize("n, side, gap", [(1, (8, 8), 1), (3, (8, 8), 1), (500, (8, 8), 1), (499, (8, 8), 1),
                                          (7, (1, 30), 0), (20, (4, 4), 2)])
def test_tile_mosaic_draws_the_same_picture_as_the_loop(n, side, gap):
    rng = np.random.default_rng(n)
    tiles = rng.normal(0.0, 1.0, (n, side[0] * side[1]))
    tiles[0, 0] = np.nan
    rows, cols = grid_shape(n)
    for lut, levels in ((colors.diverging_lut(), colors.symmetric_levels(tiles)), (colors.diverging_lut(), (0, 0))):
        ours = tile_mosaic(tiles, cols, lut, levels, rows, side=side, gap=gap)
        assert ours.dtype == np.uint8 and ours.flags["C_CONTIGUOUS"]
        np.testing.assert_array_equal(ours, mosaic_rgba(tiles, cols, lut, levels, rows=rows, side=side, gap=gap))


def test_view_turns_redraw_the_most_overdue_view_once_per_pick():
    turns = ViewTurns({"fast": 0.1, "slow": 1.0})
    assert turns.pick(10.0) in ("fast", "slow")  # both never drawn: one of them, not both
    second = turns.pick(10.0)
    assert second in ("fast", "slow") and turns.pick(10.0) is None
    assert turns.pick(10.05) is None  # nothing due yet
    assert turns.pick(10.2) == "fast"
    assert turns.pick(10.5, ["slow"]) is None  # "fast" is due but not a candidate; "slow" is not due
    assert turns.pick(11.0) == "fast"  # 8x overdue beats "slow" at 1x
    assert turns.pick(11.0) == "slow"
    turns.forget()
    assert turns.pick(11.0, ["slow"]) == "slow"


# ------------------------------------------------------------------ training
def test_training_with_typed_settings_learns_and_draws_every_view(make_panel, qtbot):
    panel = make_panel()
    set_spin(panel.hidden_spin, 16)
    set_spin(panel.batch_spin, 25)
    QTest.mouseClick(panel.apply_button, LEFT)
    settle(panel, qtbot)
    assert data(panel)["weights"].shape == (64, 16)
    run_until(panel, qtbot, lambda p: p.last_snapshot is not None and float(p.last_snapshot.data["epoch"]) >= 2)
    d = data(panel)
    assert int(d["batches"]) >= 2 * (1797 * 0.8 // 25) - 1
    # The filter mosaic: 16 tiles of 8x8 in a 4 x 4 grid, one image.
    assert panel.filter_image.image.shape[:2] == (4 * 9 + 1, 4 * 9 + 1)
    rows, _cols = panel.batch_image.image.shape[:2]
    assert rows == 2 * 9 + 1
    x, err = panel.error_plot.series(0)
    assert len(x) >= 2 and err[-1] < err[0]
    # Pseudo-likelihood on train and held-out, and the exact one (16 hidden units <= 20).
    for k in range(4):
        assert panel.ll_plot.is_shown(k)
    _x, exact = panel.ll_plot.series(2)
    assert exact[-1] > 64 * np.log(0.5) + 5, "training must beat the uniform model clearly"
    assert panel.whist_plot.is_shown(0) and panel.hhist_plot.is_shown(0)
    assert "Epoch" in panel.readout_label.text()
    assert_training_views_show(panel, d)


def assert_training_views_show(panel, d):
    """Every training view shows snapshot ``d`` exactly (as drawn once the run paused)."""
    w = np.asarray(d["weights"])
    rows, cols = grid_shape(w.shape[1])
    expected = mosaic_rgba(w.T, cols, colors.diverging_lut(), colors.symmetric_levels(w.T), rows=rows)
    np.testing.assert_array_equal(panel.filter_image.image, expected)
    np.testing.assert_array_equal(panel.batch_image.image, mosaic_rgba(
        np.concatenate([d["batch_in"], d["batch_recon"]]), len(d["batch_in"]), INK_LUT, (0.0, 1.0), rows=2))
    np.testing.assert_array_equal(panel.error_plot.series(0)[1], d["recon_error"])
    np.testing.assert_array_equal(panel.ll_plot.series(1)[1], d["pseudo_ll_heldout"])
    _e, share = panel.whist_plot.series(0)
    np.testing.assert_allclose(share, d["weight_hist"] / d["weight_hist"].sum())
    assert f"{int(d['batches']):,} batches" in panel.readout_label.text()
    # The snapshot's cheap histograms and reconstructions are the plain numpy ones.
    clipped = np.clip(w.ravel(), d["weight_edges"][0], d["weight_edges"][-1])
    np.testing.assert_array_equal(d["weight_hist"], np.histogram(clipped, bins=d["weight_edges"])[0])
    recon = panel.runner.call(lambda eng: eng.rbm.reconstruct(d["batch_in"])).result(5)
    np.testing.assert_allclose(d["batch_recon"], recon, atol=1e-6)


def test_views_redrawn_in_turns_while_running_all_show_the_last_snapshot_once_paused(make_panel, qtbot):
    panel = make_panel(TrainSettings(n_hidden=30, batch_size=10, epochs=10_000))
    calls = []
    for name in ("_draw_filters", "_draw_batch", "_draw_error", "_draw_ll", "_draw_whist", "_draw_hhist"):
        original = getattr(panel, name)
        setattr(panel, name, lambda d, f=original, n=name: (calls.append((n, panel._frame)), f(d)))
    panel._frame = 0

    def frame(p):
        p._frame += 1
        return p._frame >= 60

    run_until(panel, qtbot, lambda p: p.last_snapshot is not None and p.last_snapshot.running and frame(p))
    running = [c for c in calls if 0 < c[1] < 60]
    per_frame = np.bincount([c[1] for c in running])
    assert len(running) and per_frame.max() == 1, "a running frame redraws one view at most"
    assert {c[0] for c in running} >= {"_draw_filters", "_draw_whist"}
    assert_training_views_show(panel, data(panel))


def test_many_hidden_units_hide_the_exact_likelihood(make_panel, qtbot):
    panel = make_panel(TrainSettings(n_hidden=40, batch_size=50, epochs=1))
    run_until(panel, qtbot, lambda p: p.last_snapshot is not None and p.last_snapshot.settled)
    assert panel.ll_plot.is_shown(0) and not panel.ll_plot.is_shown(2) and not panel.ll_plot.is_shown(3)
    assert panel.filter_image.image.shape[:2] == (6 * 9 + 1, 7 * 9 + 1)


# ------------------------------------------------------------------ dreaming
def test_dreaming_steps_every_chain_from_a_digit(make_panel, qtbot):
    panel = make_panel()
    run_until(panel, qtbot, lambda p: p.last_snapshot is not None and p.last_snapshot.settled)
    click_tab(panel, qtbot, "dreaming")
    assert data(panel)["steps"] == 0
    set_spin(panel.chains_spin, 6)
    panel.dream_start_combo.setFocus()
    QTest.keyClick(panel.dream_start_combo, Qt.Key.Key_Down)
    assert panel.dream_start_combo.currentData() == "digit"
    QTest.mouseClick(panel.dream_button, LEFT)
    settle(panel, qtbot)
    v0 = np.asarray(data(panel)["v"]).copy()
    assert v0.shape == (6, 64)
    assert np.allclose(v0, v0[0]), "every chain starts at the chosen digit"
    for _ in range(3):
        panel.step()
    qtbot.waitUntil(lambda: (panel.refresh(), data(panel)["steps"] == 3)[1], timeout=10000)
    v = np.asarray(data(panel)["v"])
    assert not np.allclose(v, v0)
    assert panel.dream_image.image.shape[:2] == (2 * 9 + 1, 4 * 9 + 1)  # 6 chains, 4 per row
    assert "3 Gibbs steps" in panel.readout_label.text()


# ------------------------------------------------------------------ completion
def test_occluding_with_the_mouse_clamps_the_rest_and_fills_in(make_panel, qtbot):
    panel = make_panel(TrainSettings(n_hidden=64, batch_size=10, epochs=4))
    run_until(panel, qtbot, lambda p: p.last_snapshot is not None and p.last_snapshot.settled, timeout=60000)
    click_tab(panel, qtbot, "completion")
    canvas = panel.comp_canvas
    vp = canvas.viewport()
    QTest.mousePress(vp, LEFT, NO_MOD, canvas.cell_viewport_pos(0, 0))
    QTest.mouseMove(vp, canvas.cell_viewport_pos(3, 7))
    QTest.mouseRelease(vp, LEFT, NO_MOD, canvas.cell_viewport_pos(3, 7))
    settle(panel, qtbot)
    known = np.asarray(data(panel)["known"]).reshape(8, 8)
    assert not known[:4].any() and known[4:].all()
    run_until(panel, qtbot, lambda p: int(p.last_snapshot.data["steps"]) >= 100)
    d = data(panel)
    orig = np.asarray(d["original"])
    clamped = np.asarray(d["fill"])
    assert np.array_equal(clamped[known.reshape(-1)], orig[known.reshape(-1)])
    assert panel.comp_error_plot.is_shown(0) and panel.comp_error_plot.is_shown(1)
    _x, err = panel.comp_error_plot.series(0)
    assert np.mean(err[-50:]) < 0.5, "the fill-in must beat coin flips"
    # Scribbling hides more pixels.
    panel.comp_mode_combo.setFocus()
    QTest.keyClick(panel.comp_mode_combo, Qt.Key.Key_Down)
    assert canvas.mode == "draw"
    QTest.mousePress(vp, LEFT, NO_MOD, canvas.cell_viewport_pos(6, 0))
    QTest.mouseMove(vp, canvas.cell_viewport_pos(6, 5))
    QTest.mouseRelease(vp, LEFT, NO_MOD, canvas.cell_viewport_pos(6, 5))
    settle(panel, qtbot)
    known = np.asarray(data(panel)["known"]).reshape(8, 8)
    assert not known[6, :6].any() and known[7].all()
    assert data(panel)["steps"] == 0


def test_shutdown_while_running_and_while_building_ends_every_thread(make_panel, qtbot):
    panel = make_panel(TrainSettings(n_hidden=12, batch_size=20, epochs=10_000))
    panel.run_pause()
    qtbot.waitUntil(lambda: (panel.refresh(), panel.running)[1], timeout=10000)
    QTest.mouseClick(panel.apply_button, LEFT)  # a new engine is being built in the background
    assert panel.edits_pending
    assert panel.shutdown(2.0)


# ------------------------------------------------------------------ recommender
def test_recommender_tab_by_keyboard_trains_and_recommends_for_a_typed_user(make_panel, qtbot):
    from simulator.gui.panels.rbm_parts import RATING_LUT

    panel = make_panel()
    # Ctrl+Shift+Tab from the first tab wraps round to the last one: the recommender.
    panel.tabs.tabBar().setFocus()
    QTest.keyClick(panel.tabs.tabBar(), Qt.Key.Key_Backtab,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert panel.scene_key == "recommender"
    settle(panel, qtbot)
    d = data(panel)
    n_users, n_items = np.asarray(d["likes"]).shape
    # One image for the whole matrix, users sorted by taste group, four kinds in four colours.
    img = panel.rec_image.image
    assert img.shape[:2] == (n_users, n_items)
    kinds = {tuple(c) for c in img.reshape(-1, img.shape[-1])}
    assert kinds == {tuple(c) for c in RATING_LUT}
    group = np.asarray(d["user_group"])[panel._rec_order]
    assert (np.diff(group) >= 0).all()
    assert int(d["epoch"]) == 0
    run_until(panel, qtbot, lambda p: p.last_snapshot is not None and p.last_snapshot.settled)
    d = data(panel)
    assert int(d["epoch"]) == int(d["epochs"]) == panel.rec_epochs_spin.value()
    assert float(d["accuracy"]) > float(d["popularity_accuracy"]) + 0.1
    x, acc = panel.rec_acc_plot.series(0)
    assert len(x) >= 2 and acc[-1] == pytest.approx(float(d["accuracy"]))
    assert panel.rec_acc_plot.is_shown(1)
    assert "held-out accuracy" in panel.readout_label.text()
    # Choose a user with the keyboard: type 41, then one step down with the arrow key.
    set_spin(panel.rec_user_spin, 41)
    QTest.keyClick(panel.rec_user_spin, Qt.Key.Key_Down)
    user = panel.rec_user_spin.value()
    assert user == 40
    expected = panel.runner.call(lambda eng: eng.recommend(user, panel.N_RECOMMEND)).result(5)
    assert list(panel.recommendations(data(panel), user)) == list(expected)
    genre = np.asarray(d["item_genre"])
    taste = int(np.asarray(d["user_group"])[user])
    for k, item in enumerate(expected):
        text = panel.rec_list.item(k).text()
        assert text.startswith(f"{k + 1}. #{int(item)},")
        held = bool(np.asarray(d["heldout"])[user, item])
        assert ("held out" in text) == held
    # The planted taste shows: most recommendations are of the user's genre.
    assert np.mean(genre[expected] == taste) >= 0.6
    assert f"user #{user}" in panel.rec_list_title.text()
    # The user's row is outlined.
    ys = panel.rec_user_box.getData()[1]
    row = int(np.flatnonzero(panel._rec_order == user)[0])
    assert min(ys) == row and max(ys) == row + 1


def test_clicking_a_matrix_row_chooses_that_user_and_the_engine_is_kept(make_panel, qtbot):
    panel = make_panel()
    click_tab(panel, qtbot, "recommender")
    panel.step()
    qtbot.waitUntil(lambda: (panel.refresh(), int(data(panel)["epoch"]) == 1)[1], timeout=10000)
    vb = panel.rec_plot.getViewBox()
    row = 70
    scene_pt = vb.mapViewToScene(pg.Point(5.5, row + 0.5))
    view = panel.rec_glw
    QTest.mouseClick(view.viewport(), LEFT, NO_MOD, view.mapFromScene(scene_pt))
    assert panel.rec_user_spin.value() == int(panel._rec_order[row])
    # Away to training and back: the recommender keeps its epoch.
    click_tab(panel, qtbot, "training")
    click_tab(panel, qtbot, "recommender")
    assert int(data(panel)["epoch"]) == 1
    QTest.mouseClick(panel.rec_apply_button, LEFT)
    settle(panel, qtbot)
    assert int(data(panel)["epoch"]) == 0
