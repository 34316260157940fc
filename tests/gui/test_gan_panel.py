"""The GAN panel with real mouse and key events: targets, losses, remedies, painting, train modes, compare, digits."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from simulator.gui.panels.gan import GANPanel
from simulator.gui.panels.gan_parts import (
    PRESET_NAMES,
    TARGET_KEYS,
    Settings,
    arrow_segments,
    grid_lines,
    preset,
)

LEFT = Qt.MouseButton.LeftButton
NO_MOD = Qt.KeyboardModifier.NoModifier
#: Small networks keep the tests quick; the panel's defaults are the issue's 2-128-128 networks.
SMALL = Settings(g_width=32, d_width=32)


@pytest.fixture(scope="module", autouse=True)
def compiled_kernels():
    """Compile the gan kernels once, before any test waits on a run: on an empty numba
    cache (a fresh CI checkout) compiling inside a timed wait would eat its timeout."""
    from simulator.models import gan

    gan.warmup()


@pytest.fixture
def make_panel(open_panel):
    def make(settings=SMALL):
        return open_panel(lambda: GANPanel(settings=settings), settle, size=(1280, 720))

    return make


def settle(panel, qtbot, timeout=30000):
    """Wait until the engines are installed, edits arrived and fresh snapshots were drawn."""
    qtbot.waitUntil(lambda: (panel.refresh(), panel.ready and not panel.edits_pending)[1], timeout=timeout)
    panel.runner.call(lambda eng: None).result(timeout / 1000)
    if panel.runner2 is not None:
        panel.runner2.call(lambda eng: None).result(timeout / 1000)
    qtbot.waitUntil(lambda: (panel.refresh(), panel.last_snapshot is not None
                             and (panel.runner2 is None or panel.last_snapshot2 is not None))[1], timeout=timeout)
    panel.refresh()


def data(panel):
    return panel.last_snapshot.data


def on_engine(panel, fn, runner=None):
    """``fn(engine)`` run in the runner's worker (the only thread that may touch the engine)."""
    return (runner or panel.runner).call(fn).result(10)


def run_until(panel, qtbot, cond, timeout=30000):
    if not panel.running:
        panel.run_pause()
    qtbot.waitUntil(lambda: (panel.refresh(), cond(panel))[1], timeout=timeout)
    panel.pause()
    settle(panel, qtbot)


def choose(combo, data_value):
    """Pick the item holding ``data_value`` with the keyboard: F4 opens the list, arrows move, Return picks."""
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_F4)
    view = combo.view()
    assert view.isVisible(), "the list is open"
    index = combo.findData(data_value)
    now = view.currentIndex().row()
    for _ in range(abs(index - now)):
        QTest.keyClick(view, Qt.Key.Key_Down if index > now else Qt.Key.Key_Up)
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert combo.currentData() == data_value


def set_spin(spin, value):
    """Type a value into a spin box as a user would."""
    spin.setFocus()
    spin.selectAll()
    QTest.keyClicks(spin, str(value))
    QTest.keyClick(spin, Qt.Key.Key_Enter)
    assert spin.value() == pytest.approx(value)


def click_box(box):
    """Click a check box or a radio button on its indicator (a click beside its text does nothing)."""
    QTest.mouseClick(box, LEFT, NO_MOD, QPoint(8, box.height() // 2))


def click_tab(tabs, index):
    bar = tabs.tabBar()
    QTest.mouseClick(bar, LEFT, NO_MOD, bar.tabRect(index).center())
    assert tabs.currentIndex() == index


# ------------------------------------------------------------------ pure helpers
def test_arrows_are_shaft_and_head_pairs_scaled_to_the_usual_length():
    x = np.array([[0.0, 0.0], [1.0, 1.0]])
    g = np.array([[2.0, 0.0], [0.0, 2.0]])
    ax, ay = arrow_segments(x, g, length=0.5)
    assert len(ax) == len(ay) == 12  # 3 segments (6 points) per arrow
    assert (ax[0], ay[0]) == (0.0, 0.0) and (ax[1], ay[1]) == pytest.approx((0.5, 0.0))
    assert (ax[7], ay[7]) == pytest.approx((1.0, 1.5))
    # A NaN gradient draws no arrow; a zero gradient field draws none at all.
    assert len(arrow_segments(x, np.array([[np.nan, 0.0], [0.0, 1.0]]), 0.5)[0]) == 6
    assert len(arrow_segments(x, np.zeros((2, 2)), 0.5)[0]) == 0


def test_grid_lines_break_between_rows_and_columns():
    m = np.arange(3 * 3 * 2, dtype=float).reshape(3, 3, 2)
    x, y, connect = grid_lines(m)
    assert len(x) == 18 and connect.sum() == 12  # 6 lines of 3 points: 2 links each
    assert not connect[2] and not connect[-1]
    with pytest.raises(ValueError):
        grid_lines(np.zeros(4))


def test_a_painted_or_unknown_start_is_refused(qtbot):
    for target in ("painted", "circle"):
        with pytest.raises(ValueError, match="painting tool"):
            GANPanel(settings=Settings(target=target))


def test_every_preset_is_a_valid_setting():
    for name in PRESET_NAMES:
        s, compare = preset(name)
        assert s.target in TARGET_KEYS
        assert compare is None or set(compare) <= set(Settings.__dataclass_fields__)
    with pytest.raises(ValueError, match="no preset"):
        preset("nothing")


# ------------------------------------------------------------------ targets and layers
def test_each_target_chosen_with_the_keyboard_reaches_the_engine_and_the_view(make_panel, qtbot):
    panel = make_panel()
    for key in ("grid", "moons", "spiral", "line", "ring"):
        choose(panel.target_combo, key)
        settle(panel, qtbot)
        d = data(panel)
        assert d["target_name"] == key
        assert on_engine(panel, lambda eng: eng.config.target) == key
        (x0, x1), (y0, y1) = d["bounds"]
        assert panel.view.bounds == ((x0, x1), (y0, y1))
        rx, ry = panel.view.real.getData()
        assert len(rx) == len(d["real"]) and np.allclose(rx, np.asarray(d["real"])[:, 0])
        assert np.all((rx >= x0) & (rx <= x1) & (ry >= y0) & (ry <= y1)), "the real batch is the new target's"
        assert panel.view.heatmap.image.shape == np.asarray(d["heatmap"]).shape
        mx, _my = panel.view.modes.getData()
        assert len(mx) == {"grid": 25, "ring": 8}.get(key, 0)
    # Training on the ring shows the losses, D's outputs, the divergence and the coverage live.
    run_until(panel, qtbot, lambda p: len(p.last_snapshot.data["history"]["step"]) >= 3)
    pl = panel.plots
    for plot, k in ((pl.loss_plot, 0), (pl.loss_plot, 1), (pl.dprob_plot, 0), (pl.dprob_plot, 1), (pl.div_plot, 0),
                    (pl.cov_plot, 0), (pl.cov_plot, 1)):
        assert plot.is_shown(k)
    cov = data(panel)["coverage"]
    assert f"{cov.modes_covered} of 8 modes" in panel.readout_label.text()
    ax, _ay = panel.view.arrows.getData()
    assert ax is not None and len(ax) > 0 and len(ax) % 6 == 0


def test_layer_check_boxes_hide_and_show_items(make_panel, qtbot):
    panel = make_panel()
    for key, item in panel.view.items.items():
        check = panel.layer_checks[key]
        before = check.isChecked()
        click_box(check)
        assert check.isChecked() != before
        assert item.isVisible() == check.isChecked()
    # The manifold starts hidden: it is on now, and drawn as rows and columns of one line item.
    assert panel.layer_checks["manifold"].isChecked()
    panel.step()
    qtbot.waitUntil(lambda: (panel.refresh(), data(panel)["steps"] == 1)[1], timeout=10000)
    mx, _my = panel.view.manifold.getData()
    assert mx is not None and len(mx) == 2 * np.prod(np.asarray(data(panel)["manifold"]).shape[:2])


# ------------------------------------------------------------------ losses, remedies, presets
def test_each_loss_optimizer_and_remedy_switch_reaches_the_engine(make_panel, qtbot):
    panel = make_panel()
    tr = panel.controls.training
    for loss in ("minimax", "least_squares", "non_saturating"):
        choose(tr.loss_combo, loss)
        settle(panel, qtbot)
        assert on_engine(panel, lambda eng: eng.config.loss) == loss
    choose(tr.optimizer_combo, "sgd")
    set_spin(tr.lr_g_spin, 0.002)
    set_spin(tr.lr_d_spin, 0.003)
    set_spin(tr.k_spin, 3)
    set_spin(tr.unroll_spin, 4)
    click_box(tr.minibatch_check)
    settle(panel, qtbot)
    cfg = on_engine(panel, lambda eng: eng.config)
    assert (cfg.optimizer, cfg.lr_g, cfg.lr_d, cfg.d_steps, cfg.unroll, cfg.minibatch_features) == (
        "sgd", pytest.approx(0.002), pytest.approx(0.003), 3, 4, True)
    # Unrolling and minibatch features train (the run goes on with the remedies on).
    panel.step()
    qtbot.waitUntil(lambda: (panel.refresh(), data(panel)["steps"] == 1)[1], timeout=10000)
    # Off again: 0 reads "off".
    tr.unroll_spin.setFocus()
    tr.unroll_spin.selectAll()
    QTest.keyClicks(tr.unroll_spin, "0")
    QTest.keyClick(tr.unroll_spin, Qt.Key.Key_Enter)
    assert tr.unroll_spin.text() == "off"
    settle(panel, qtbot)
    assert on_engine(panel, lambda eng: eng.config.unroll) == 0


def test_network_controls_rebuild_the_networks(make_panel, qtbot):
    panel = make_panel()
    click_tab(panel.controls, 1)
    set_spin(panel.controls.g_width_spin, 24)
    set_spin(panel.controls.d_depth_spin, 3)
    choose(panel.controls.activation_combo, "tanh")
    choose(panel.controls.noise_dim_combo, 1)
    choose(panel.controls.noise_combo, "uniform")
    set_spin(panel.controls.batch_spin, 48)
    settle(panel, qtbot)
    cfg = on_engine(panel, lambda eng: eng.config)
    assert tuple(cfg.generator) == (1, 24, 24, 2) and tuple(cfg.discriminator) == (2, 32, 32, 32, 1)
    assert (cfg.activation, cfg.noise, cfg.batch_size) == ("tanh", "uniform", 48)
    # 1-D noise: the manifold is one curve.
    panel.set_layer("manifold", True)
    panel.step()
    qtbot.waitUntil(lambda: (panel.refresh(), data(panel)["steps"] == 1)[1], timeout=10000)
    assert np.asarray(data(panel)["manifold"]).ndim == 2


def test_a_preset_sets_the_controls_and_the_engine(make_panel, qtbot):
    panel = make_panel()
    choose(panel.controls.preset_combo, "Cured by unrolling")
    settle(panel, qtbot)
    assert panel.controls.training.unroll_spin.value() == 5
    assert panel.controls.settings("ring") == panel.settings == preset("Cured by unrolling")[0]
    cfg = on_engine(panel, lambda eng: eng.config)
    assert (cfg.unroll, cfg.target, cfg.batch_size, tuple(cfg.generator)) == (5, "ring", 64, (2, 64, 64, 2))
    choose(panel.controls.preset_combo, "Saturating loss stalls")
    settle(panel, qtbot)
    assert panel.controls.training.k_spin.value() == 5 and panel.target_combo.currentData() == "grid"
    cfg = on_engine(panel, lambda eng: eng.config)
    assert (cfg.loss, cfg.d_steps, cfg.target, cfg.unroll, cfg.batch_size) == ("minimax", 5, "grid", 0, 256)


# ------------------------------------------------------------------ painting
def paint(panel, qtbot, n):
    """Click ``n`` distinct points on the plane with the mouse (a curve of clicks)."""
    vp = panel.view.viewport()
    for t in np.linspace(0.0, 2 * np.pi, n, endpoint=False):
        pos = panel.view.viewport_pos(2.0 * np.cos(t), 1.0 * np.sin(2 * t))
        QTest.mousePress(vp, LEFT, NO_MOD, pos)
        QTest.mouseRelease(vp, LEFT, NO_MOD, pos)


def test_painting_25_points_with_the_mouse_and_use_sets_a_painted_target(make_panel, qtbot):
    panel = make_panel()
    choose(panel.target_combo, "painted")
    assert panel.paint_button.isChecked() and panel.paint_row.isVisible()
    paint(panel, qtbot, 25)
    assert len(panel.painted_points) == 25
    assert panel.paint_count_label.text() == "25 points"
    # A drag adds points along the way.
    vp = panel.view.viewport()
    QTest.mousePress(vp, LEFT, NO_MOD, panel.view.viewport_pos(-3.0, -3.0))
    for x in np.linspace(-3.0, -1.0, 6)[1:]:
        QTest.mouseMove(vp, panel.view.viewport_pos(x, -3.0))
    QTest.mouseRelease(vp, LEFT, NO_MOD, panel.view.viewport_pos(-1.0, -3.0))
    assert len(panel.painted_points) == 31
    QTest.mouseClick(panel.paint_use_button, LEFT)
    settle(panel, qtbot)
    assert data(panel)["target_name"] == "painted"
    pts = on_engine(panel, lambda eng: np.asarray(eng.config.points))
    assert pts.shape == (31, 2)
    assert np.allclose(pts[0], (2.0, 0.0), atol=0.15)
    assert "31 painted points" in panel.message_label.text()
    assert not panel.paint_button.isChecked()


def test_hovering_the_plane_costs_nothing_unless_painting_and_the_paint_cursor_comes_and_goes(make_panel, qtbot,
                                                                                               monkeypatch):
    # pyqtgraph's hover search measures every item under the mouse (2 ms a move on this plane, GIL held):
    # the plane skips it when nothing can react, and keeps it while painting (the cross cursor needs it).
    panel = make_panel()
    from pyqtgraph.GraphicsScene import GraphicsScene

    searches = []
    plain = GraphicsScene.sendHoverEvents

    def counting(scene, ev, *args, **kwargs):
        searches.append(scene)
        return plain(scene, ev, *args, **kwargs)

    monkeypatch.setattr(GraphicsScene, "sendHoverEvents", counting)
    vp = panel.view.viewport()
    for x in np.linspace(-1.0, 1.0, 5):
        QTest.mouseMove(vp, panel.view.viewport_pos(x, 0.5))
    assert panel.view.scene() not in searches
    choose(panel.target_combo, "painted")
    assert panel.view.painting
    for x in np.linspace(-1.0, 1.0, 5):
        QTest.mouseMove(vp, panel.view.viewport_pos(x, -0.5))
    assert panel.view.scene() in searches, "while painting, moves reach the scene"
    assert vp.cursor().shape() == Qt.CursorShape.CrossCursor
    paint(panel, qtbot, 3)
    assert len(panel.painted_points) == 3
    panel.paint_button.click()  # painting off
    assert not panel.view.painting
    assert vp.cursor().shape() != Qt.CursorShape.CrossCursor


def test_painting_5_points_is_refused_with_a_message_and_changes_nothing(make_panel, qtbot):
    panel = make_panel()
    choose(panel.target_combo, "painted")
    paint(panel, qtbot, 5)
    panel.run_pause()
    qtbot.waitUntil(lambda: (panel.refresh(), panel.last_snapshot.running)[1], timeout=10000)
    QTest.mouseClick(panel.paint_use_button, LEFT)
    settle(panel, qtbot)
    assert panel.message_label.text().startswith("Could not change the target: Paint at least 20 points")
    assert panel.last_snapshot.running, "a refused edit does not stop the run"
    panel.pause()
    settle(panel, qtbot)
    assert data(panel)["target_name"] == "ring"
    assert on_engine(panel, lambda eng: eng.config.target) == "ring"
    assert len(panel.painted_points) == 5, "the points stay, to add more"
    QTest.mouseClick(panel.paint_clear_button, LEFT)
    assert panel.painted_points == [] and panel.paint_count_label.text() == "0 points"


# ------------------------------------------------------------------ train modes
def test_only_d_and_only_g_steps_change_only_that_network(make_panel, qtbot):
    panel = make_panel()

    def weights(panel):
        return on_engine(panel, lambda eng: (np.concatenate([w.ravel() for wb in eng.gan.weights("generator")
                                                            for w in wb]),
                                             np.concatenate([w.ravel() for wb in eng.gan.weights("discriminator")
                                                            for w in wb])))

    for key, changes_g, changes_d in (("d", False, True), ("g", True, False), ("both", True, True)):
        b = panel.controls.mode_buttons[key]
        click_box(b)
        settle(panel, qtbot)
        assert on_engine(panel, lambda eng: eng.train_mode) == key
        g0, d0 = weights(panel)
        steps = data(panel)["steps"]
        panel.step()  # the run bar's Step: one iteration of the chosen mode
        qtbot.waitUntil(lambda: (panel.refresh(), data(panel)["steps"] == steps + 1)[1], timeout=10000)
        g1, d1 = weights(panel)
        assert (not np.array_equal(g0, g1)) == changes_g, key
        assert (not np.array_equal(d0, d1)) == changes_d, key


# ------------------------------------------------------------------ compare
def test_compare_runs_two_engines_side_by_side_and_shuts_both_down(make_panel, qtbot):
    panel = make_panel()
    click_tab(panel.controls, 2)
    check = panel.controls.compare_check
    click_box(check)
    settle(panel, qtbot)
    assert panel.runner2 is not None and panel.view_b.isVisible()
    set_spin(panel.controls.training_b.unroll_spin, 3)
    settle(panel, qtbot)
    assert on_engine(panel, lambda eng: eng.config.unroll, panel.runner2) == 3
    assert on_engine(panel, lambda eng: eng.config.unroll) == 0
    # A change on the other tabs reaches both runs.
    choose(panel.target_combo, "grid")
    settle(panel, qtbot)
    assert panel.last_snapshot2.data["target_name"] == "grid" and data(panel)["target_name"] == "grid"
    run_until(panel, qtbot, lambda p: p.last_snapshot2 is not None and min(
        len(p.last_snapshot2.data["history"]["step"]), len(p.last_snapshot.data["history"]["step"])) >= 2)
    assert panel.last_snapshot2.steps > 0 and panel.last_snapshot.steps > 0
    assert panel.plots.cov_plot.is_shown(0) and panel.plots.cov_plot.is_shown(2)
    bx, _by = panel.view_b.fake.getData()
    assert len(bx) == len(panel.last_snapshot2.data["fake"])
    # Run drives both, pause stops both.
    panel.run_pause()
    qtbot.waitUntil(lambda: (panel.refresh(), panel.last_snapshot.running and panel.last_snapshot2.running)[1],
                    timeout=10000)
    runners = (panel.runner, panel.runner2)
    assert panel.shutdown(2.0)
    assert not any(r.alive for r in runners)


# ------------------------------------------------------------------ digits
def test_digits_mode_shows_a_grid_of_samples_from_fixed_noise(make_panel, qtbot):
    panel = make_panel()
    choose(panel.target_combo, "digits")
    settle(panel, qtbot)
    assert panel.view_stack.currentIndex() == 1 and not panel.show_row.isVisible()
    d = data(panel)
    assert np.asarray(d["digit_samples"]).shape == (16, 8, 8)
    img0 = panel.digit_grid.image.image.copy()
    assert img0.shape[:2] == (4 * 9 + 1, 4 * 9 + 1)
    run_until(panel, qtbot, lambda p: len(p.last_snapshot.data["history"]["step"]) >= 1)
    assert not np.array_equal(panel.digit_grid.image.image, img0), "the samples change as G learns"
    assert panel.plots.loss_plot.is_shown(0) and not panel.plots.cov_plot.is_shown(0)
    # Back to the plane.
    choose(panel.target_combo, "ring")
    settle(panel, qtbot)
    assert panel.view_stack.currentIndex() == 0 and data(panel)["target_name"] == "ring"


# ------------------------------------------------------------------ divergence
def test_a_diverging_learning_rate_shows_the_message_and_pauses(make_panel, qtbot):
    panel = make_panel()
    tr = panel.controls.training
    choose(tr.optimizer_combo, "sgd")
    set_spin(tr.lr_d_spin, 10.0)
    set_spin(tr.lr_g_spin, 10.0)
    settle(panel, qtbot)
    panel.run_pause()
    qtbot.waitUntil(lambda: (panel.refresh(), "diverged" in panel.message_label.text())[1], timeout=20000)
    qtbot.waitUntil(lambda: (panel.refresh(), not panel.running)[1], timeout=5000)
    assert "Lower the learning rate" in panel.message_label.text()
    # The last good weights are kept: the view still draws finite samples.
    assert np.isfinite(np.asarray(data(panel)["fake"])).all()


def test_bench_scene_and_input_point(make_panel, qtbot):
    panel = make_panel()
    text = panel.bench_scene()
    assert "ring" in text
    settle(panel, qtbot)
    assert on_engine(panel, lambda eng: tuple(eng.config.generator)) == (2, 128, 128, 2)
    widget, point = panel.bench_input_point()
    assert widget.rect().contains(point)


def test_every_control_has_a_tooltip(make_panel):
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QTabBar

    panel = make_panel()
    controls = [w for kind in (QAbstractButton, QAbstractSpinBox, QComboBox) for w in panel.findChildren(kind)]
    assert len(controls) > 30
    # The tab bar's own scroll arrows are Qt's, not the panel's.
    controls = [w for w in controls if not isinstance(w.parent(), QTabBar)]
    missing = [w.text() if hasattr(w, "text") else type(w).__name__ for w in controls if not w.toolTip()]
    assert missing == []


# ------------------------------------------------------------------ cheap frames
def test_the_engine_computes_the_heatmap_every_kth_snapshot_and_always_for_a_state_that_stays():
    from simulator.models.gan import GANConfig, GANEngine

    eng = GANEngine(GANConfig(generator=(2, 16, 2), discriminator=(2, 16, 1), n_shown=32, heatmap_resolution=8,
                              manifold_size=4), seed=1)
    eng.set_views_every(3)
    first = eng.snapshot()
    assert first["views_steps"] == 0 and not first["heatmap"].flags.writeable
    fresh = []
    for _ in range(6):
        eng.step(1)
        s = eng.snapshot()
        fresh.append(s["views_steps"] == s["steps"])
        # Never wrong, at worst older: the heatmap is D's at the iteration it names.
        assert s["views_steps"] <= s["steps"]
    assert fresh == [False, False, True, False, False, True]
    eng.step(1)
    stale = eng.snapshot()
    assert stale["views_steps"] == 6 and stale["steps"] == 7
    again = eng.snapshot()  # nothing trained since the last snapshot: paused, so it is brought up to date
    assert again["views_steps"] == 7
    np.testing.assert_array_equal(again["heatmap"], eng.gan.heatmap(eng.target.bounds, 8))
    eng.step(1)
    eng.snapshot()
    eng.refresh_views()
    assert eng.snapshot()["views_steps"] == 8
    eng.configure(heatmap_resolution=6)  # a view setting applies at once
    assert eng.snapshot()["heatmap"].shape == (6, 6)
    with pytest.raises(ValueError):
        eng.set_views_every(0)
    assert eng.views_every == 3


def test_a_paused_run_shows_the_heatmap_of_its_last_networks(make_panel, qtbot):
    panel = make_panel()
    assert on_engine(panel, lambda eng: eng.views_every) > 1, "flat out, the heatmap is computed now and then"
    for _ in range(3):
        run_until(panel, qtbot, lambda p: p.last_snapshot.steps > 0)
        qtbot.waitUntil(lambda: (panel.refresh(), data(panel)["views_steps"] == data(panel)["steps"])[1],
                        timeout=10000)
        now = on_engine(panel, lambda eng: eng.gan.heatmap(eng.target.bounds, eng.config.heatmap_resolution))
        np.testing.assert_allclose(panel.view.heatmap.image, now.astype(np.float32))
    # A slow set speed brings a fresh heatmap with every snapshot; flat out, every few.
    panel.set_rate(10.0)
    assert on_engine(panel, lambda eng: eng.views_every) == 1
    panel.set_rate(None)
    assert on_engine(panel, lambda eng: eng.views_every) > 1


def test_history_plots_in_turns_redraw_one_plot_that_is_behind(qtbot):
    from simulator.gui.panels.gan_plots import HistoryPlots

    plots = HistoryPlots()
    qtbot.addWidget(plots)
    steps = [25.0, 50.0, 75.0]
    h = {k: [0.5, 0.4, 0.3] for k in ("loss_d", "loss_g", "d_real", "d_fake", "divergence", "coverage",
                                      "high_quality")}
    d = {"history": {"step": steps, **h}, "config": {"loss": "non_saturating"}, "modes": None, "coverage": None}
    assert plots.show_history(d, 1) == 2
    assert plots.dprob_plot.is_shown(0) and not plots.loss_plot.is_shown(0)
    assert plots.show_history(d, 2) == 3 and plots.div_plot.is_shown(0)
    assert plots.show_history(d, 3) == 0  # the coverage plot: nothing to show without modes
    assert plots.show_history(d, 0) == 1 and plots.loss_plot.is_shown(0)
    assert plots.show_history(d, 1) == 1, "nothing is behind: nothing redrawn"
    d2 = {**d, "history": {"step": steps + [100.0], **{k: v + [0.2] for k, v in h.items()}}}
    plots.show_history(d2)  # all at once (paused)
    for plot in (plots.loss_plot, plots.dprob_plot, plots.div_plot):
        x, _y = plot.curves[0].getData()
        assert len(x) == 4
