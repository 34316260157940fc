"""The explain pane: F1 shows and hides it, it follows the shown panel, and its live numbers are right."""

from __future__ import annotations

import math

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QApplication

from simulator.gui.explain import COMFORTABLE_PANEL_WIDTH, MIN_WIDTH, NO_PANEL_TEXT, NOTHING_TEXT, SETTINGS_KEY
from simulator.gui.main_window import MainWindow
from simulator.gui.widgets.mathtext import num
from simulator.registry import MODELS

try:
    from .toy_panel import toy_models
except ImportError:
    from toy_panel import toy_models

SIZE = (1280, 800)


@pytest.fixture
def make_window(main_windows):
    """Main windows at the projector size; closed after the test (which must stop every timer)."""
    yield lambda models=None: main_windows(models, size=SIZE)
    for window in main_windows.windows:
        window.close()
        assert not window.explain_dock.timer.isActive()


def open_model(window: MainWindow, qtbot, key: str):
    """Show model ``key``, wait for its first snapshot, and press F1 if the pane is hidden."""
    panel = window.select_model(key)
    qtbot.waitUntil(lambda: panel.runner is not None and panel.last_snapshot is not None, timeout=60_000)
    # Keys go to the active window, as when the user clicked into it.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    if not window.explain_dock.isVisible():
        qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(window.explain_dock.isVisible, timeout=2000)
    return panel


def press(window: MainWindow, qtbot, key: Qt.Key, times: int = 1) -> None:
    """Press ``key`` in the window with no control focused (a focused button would take Space)."""
    focused = QApplication.focusWidget()
    if focused is not None:
        focused.clearFocus()
    for _ in range(times):
        qtbot.keyClick(window, key)


def settled_snapshot(panel, qtbot, done):
    """Wait until the panel drew a paused snapshot for which ``done(snap)`` holds; return it."""
    def ok():
        snap = panel.last_snapshot
        return snap is not None and not snap.running and done(snap)
    qtbot.waitUntil(ok, timeout=30_000)
    return panel.last_snapshot


def shows(window: MainWindow, qtbot, *texts: str) -> str:
    """Wait until the pane's text contains every one of ``texts``; return the text."""
    dock = window.explain_dock
    try:
        qtbot.waitUntil(lambda: all(t in dock.text for t in texts), timeout=5000)
    except Exception:
        missing = [t for t in texts if t not in dock.text]
        raise AssertionError(f"the explain pane lacks {missing}:\n{dock.text}") from None
    return dock.text


# ------------------------------------------------------------------ the pane
def test_f1_shows_and_hides_the_pane_and_it_is_remembered(qtbot, make_window):
    QSettings().remove(SETTINGS_KEY)
    window = make_window(toy_models())
    dock = window.explain_dock
    assert not dock.isVisible() and not dock.timer.isActive(), "hidden by default"
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(dock.isVisible, timeout=2000)
    assert dock.timer.isActive() and dock.explain_action.isChecked()
    assert dock.text.strip() == NOTHING_TEXT  # the toy panel explains nothing
    assert window.dockWidgetArea(dock) == Qt.DockWidgetArea.RightDockWidgetArea
    assert dock.explain_action in window.menuBar().actions()[1].menu().actions()  # View ▸ Explain
    assert str(QSettings().value(SETTINGS_KEY)).lower() == "true"
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: not dock.isVisible(), timeout=2000)
    assert not dock.timer.isActive() and not dock.explain_action.isChecked()
    assert str(QSettings().value(SETTINGS_KEY)).lower() == "false"
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(dock.isVisible, timeout=2000)
    window.close()
    assert not dock.timer.isActive()
    again = make_window(toy_models())
    assert again.explain_dock.isVisible(), "the pane was open when the app closed"


def test_on_a_narrow_screen_the_navigator_steps_aside_while_the_pane_is_open(qtbot, make_window):
    window = make_window(toy_models())
    screen = window.screen().availableGeometry().width()
    nav, dock = window.navigator_dock, window.explain_dock
    need = nav.width() + max(window.current_panel.minimumSizeHint().width(), COMFORTABLE_PANEL_WIDTH) + MIN_WIDTH
    assert need > screen, f"the offscreen screen ({screen} px) is wide enough for all: nothing to check"
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(dock.isVisible, timeout=2000)
    qtbot.waitUntil(lambda: not nav.isVisible(), timeout=2000)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: nav.isVisible() and not dock.isVisible(), timeout=2000)


def test_the_pane_follows_panel_switches_and_is_refreshed_only_when_the_text_changes(qtbot, make_window):
    window = make_window()
    dock = window.explain_dock
    open_model(window, qtbot, "hopfield")
    shows(window, qtbot, "Hopfield network")
    assert dock.refresh() is False, "nothing changed: the text is not laid out again"
    for spec in MODELS[1:]:
        panel = window.select_model(spec.key)
        qtbot.waitUntil(lambda: panel.last_snapshot is not None, timeout=60_000)
        text = shows(window, qtbot, panel.title)
        assert "Hopfield network" not in text
    window.close()
    assert dock.text.strip() != NO_PANEL_TEXT


# ------------------------------------------------------------- live numbers
def test_hopfield_shows_the_local_field_of_the_neuron_just_updated(qtbot, make_window):
    window = make_window()
    panel = open_model(window, qtbot, "hopfield")
    press(window, qtbot, Qt.Key.Key_S, 3)
    snap = settled_snapshot(panel, qtbot, lambda s: s.data["updates"] == 3)
    d = snap.data
    i = int(d["last_unit"])
    biases = panel.runner.call(lambda eng: eng.biases.copy()).result(5)
    w = np.asarray(d["weights"], np.float64) * float(d["weight_scale"])
    x = np.asarray(d["state"], np.float64)
    field = float(w[i] @ x + biases[i])
    assert math.isclose(field, float(d["last_field"]), abs_tol=1e-9)
    assert int(x[i]) == (1 if field > 0 else -1 if field < 0 else int(x[i]))
    energy = -0.5 * x @ w @ x - biases @ x
    rows, cols = panel.shape
    shows(window, qtbot, f"neuron i = {i + 1} (row {i // cols + 1}, column {i % cols + 1})",
          f"hi = {num(field, 3, signed=True)}", f"E = {num(energy, 3)}")


def test_boltzmann_shows_the_energy_gap_temperature_and_acceptance_probability(qtbot, make_window):
    window = make_window()
    panel = open_model(window, qtbot, "boltzmann")
    qtbot.waitUntil(lambda: panel.ready, timeout=30_000)
    press(window, qtbot, Qt.Key.Key_S, 3)
    snap = settled_snapshot(panel, qtbot, lambda s: s.data.get("updates") == 3)
    d = snap.data
    i = int(d["last_unit"])
    x = np.asarray(d["state"], np.float64)
    gap = float(np.asarray(d["weights"])[i] @ x + np.asarray(d["biases"])[i])
    assert math.isclose(gap, float(d["last_field"]), abs_tol=1e-9)
    # The first sweep's temperature, from the schedule itself.
    t0 = panel.runner.call(lambda eng: float(eng.schedule.temperatures(np.array([0.0]))[0])).result(5)
    assert t0 > 0 and math.isclose(float(d["last_temperature"]), t0)
    p = 1.0 / (1.0 + math.exp(-gap / t0))
    assert math.isclose(p, float(d["last_probability"]), rel_tol=1e-9)
    shows(window, qtbot, f"unit i = {i + 1}", f"ΔEi = {num(gap, 3, signed=True)}", f"= {num(p, 3)}",
          f"E = {num(float(d['energy']), 3)}", "p(xi = 1) = 1 / (1 + e−ΔEi/T)")


def test_qlearning_shows_the_last_update_and_its_td_error(qtbot, make_window):
    window = make_window()
    panel = open_model(window, qtbot, "qlearning")
    qtbot.waitUntil(lambda: panel.ready, timeout=30_000)
    press(window, qtbot, Qt.Key.Key_S, 2)
    before = settled_snapshot(panel, qtbot, lambda s: s.data.get("updates") == 2)
    press(window, qtbot, Qt.Key.Key_S)
    after = settled_snapshot(panel, qtbot, lambda s: s.data.get("updates") == 3)
    record = after.data["last_step"]
    s, a = int(record.state), int(record.action)
    q0, q1 = np.asarray(before.data["q"]), np.asarray(after.data["q"])
    changed = np.argwhere(q0 != q1)
    assert [tuple(c) for c in changed] in ([(s, a)], [])
    alpha = float(after.data["params"]["alpha"])
    delta = (q1[s, a] - q0[s, a]) / alpha  # the TD error, from the change of the Q table
    assert math.isclose(delta, record.target - record.q_old, abs_tol=1e-9)
    world = after.data["world"]
    target = record.reward + after.data["params"]["gamma"] * (
        0.0 if record.episode_done else max(q0[record.next_state][world.allowed[record.next_state]]))
    assert math.isclose(target, record.target, abs_tol=1e-9)
    shows(window, qtbot, f"δ = {num(record.target, 3)} − {num(q0[s, a], 3)} = {num(delta, 3, signed=True)}",
          "Q(s,a) ← Q(s,a) + η [ r + γ maxb Q(s′,b) − Q(s,a) ]", f"η = {num(alpha, 2)}", "←")


def _sigmoid(x):
    return 1.0 / (1.0 + np.exp(-x))


def test_rbm_shows_the_learning_rate_reconstruction_error_and_the_sizes_of_the_cd_terms(qtbot, make_window):
    window = make_window()
    panel = open_model(window, qtbot, "rbm")
    qtbot.waitUntil(lambda: panel.ready, timeout=30_000)
    press(window, qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: panel.last_snapshot.data.get("batches", 0) >= 40, timeout=30_000)
    press(window, qtbot, Qt.Key.Key_Space)
    snap = settled_snapshot(panel, qtbot, lambda s: len(s.data.get("recon_error", ())) > 0)
    d = snap.data
    params = panel.runner.call(lambda eng: dict(eng.rbm.params)).result(5)
    w = np.asarray(d["weights"], np.float64)
    a, b = np.asarray(d["visible_bias"], np.float64), np.asarray(d["hidden_bias"], np.float64)
    v0 = np.asarray(d["batch_in"], np.float64)
    h0 = _sigmoid(v0 @ w + b)
    vk, hk = v0, h0
    for _ in range(params["k"]):
        vk = _sigmoid(hk @ w.T + a)
        hk = _sigmoid(vk @ w + b)
    data, recon = v0.T @ h0 / len(v0), vk.T @ hk / len(v0)
    assert math.isclose(float(d["vh_data_size"]), float(np.linalg.norm(data)), rel_tol=1e-5)
    assert math.isclose(float(d["vh_recon_size"]), float(np.linalg.norm(recon)), rel_tol=1e-5)
    diff = float(np.linalg.norm(data - recon))
    shows(window, qtbot, f"ε = {params['learning_rate']:.3g}", f"= {num(float(d['recon_error'][-1]), 3)} per digit",
          f"‖⟨v hT⟩data‖ = {num(np.linalg.norm(data), 3)}", f"‖⟨v hT⟩recon‖ = {num(np.linalg.norm(recon), 3)}",
          f"‖difference‖ = {num(diff, 3)}", "ΔW = ε ( ⟨v hT⟩data − ⟨v hT⟩recon )")


def test_gan_shows_the_discriminators_loss_terms_in_the_chosen_form(qtbot, make_window):
    window = make_window()
    panel = open_model(window, qtbot, "gan")
    qtbot.waitUntil(lambda: panel.ready, timeout=30_000)
    press(window, qtbot, Qt.Key.Key_S, 3)
    snap = settled_snapshot(panel, qtbot, lambda s: s.data.get("steps") == 3 and s.data.get("loss_terms_steps") == 3)
    d = snap.data
    real, fake = np.asarray(d["real"]), np.asarray(d["fake"])
    d_real = panel.runner.call(lambda eng: eng.gan.discriminate(real)).result(5)
    d_fake = panel.runner.call(lambda eng: eng.gan.discriminate(fake)).result(5)
    assert panel.settings.loss == d["config"]["loss"] == "non_saturating"
    real_term, fake_term = -np.mean(np.log(d_real)), -np.mean(np.log(1.0 - d_fake))
    loss_g = -np.mean(np.log(d_fake))
    terms = d["loss_terms"]
    assert math.isclose(terms["d_real_term"], real_term, rel_tol=1e-5)
    assert math.isclose(terms["d_fake_term"], fake_term, rel_tol=1e-5)
    assert math.isclose(terms["loss_g"], loss_g, rel_tol=1e-5)
    shows(window, qtbot, "LD = −[ log D(x) + log(1 − D(G(z))) ]", "LG = −log D(G(z))", "non-saturating",
          f"−log D(x) = {num(real_term, 4)}", f"−log(1 − D(G(z))) = {num(fake_term, 4)}",
          f"= {num(real_term + fake_term, 4)}", f"LG = {num(loss_g, 4)}", "iteration 3")


def _click_tab(qtbot, tabs, index: int) -> None:
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert tabs.currentIndex() == index


def test_rbm_tabs_dreaming_completion_and_recommender_explain_with_their_numbers(qtbot, make_window):
    window = make_window()
    panel = open_model(window, qtbot, "rbm")
    qtbot.waitUntil(lambda: panel.ready, timeout=30_000)
    _click_tab(qtbot, panel.tabs, 1)
    qtbot.waitUntil(lambda: panel.ready and panel.scene_key == "dreaming" and panel.last_snapshot is not None
                    and "v_prob" in panel.last_snapshot.data, timeout=30_000)
    press(window, qtbot, Qt.Key.Key_S, 2)
    d = settled_snapshot(panel, qtbot, lambda s: s.data.get("steps") == 2).data
    w, a, b = panel.runner.call(lambda eng: (eng.rbm.weights.astype(float), eng.rbm.visible_bias.astype(float),
                                             eng.rbm.hidden_bias.astype(float))).result(5)
    v = np.asarray(d["v"], np.float64)
    free = -(v @ a) - np.logaddexp(0.0, v @ w + b).sum(axis=1)
    shows(window, qtbot, "Dreaming", f"2 steps v → h → v of {len(v)} chains",
          f"F(v) = {num(free.mean(), 2)}")

    _click_tab(qtbot, panel.tabs, 2)
    qtbot.waitUntil(lambda: panel.ready and panel.scene_key == "completion" and panel.last_snapshot is not None
                    and "fill" in panel.last_snapshot.data, timeout=30_000)
    press(window, qtbot, Qt.Key.Key_S, 3)
    d = settled_snapshot(panel, qtbot, lambda s: s.data.get("steps") == 3).data
    unknown = int((~np.asarray(d["known"], bool)).sum())
    shows(window, qtbot, "Completion", f"3 Gibbs steps, {unknown} unknown pixels",
          f"error of the fill-in {num(d['fill_error'], 3)}, of the free chain {num(d['free_error'], 3)}")

    _click_tab(qtbot, panel.tabs, 3)
    qtbot.waitUntil(lambda: panel.ready and panel.scene_key == "recommender" and panel.last_snapshot is not None
                    and "likes" in panel.last_snapshot.data, timeout=30_000)
    press(window, qtbot, Qt.Key.Key_S)
    d = settled_snapshot(panel, qtbot, lambda s: s.data.get("epoch") == 1).data
    likes, heldout = np.asarray(d["likes"]), np.asarray(d["heldout"], bool)
    accuracy = np.mean((np.asarray(d["scores"]) > 0.5)[heldout] == (likes[heldout] > 0.5))
    shows(window, qtbot, "Recommending", f"epoch 1 of {int(d['epochs'])}",
          f"held-out ratings predicted right (like when the score is above ½): {num(accuracy * 100, 1)} %")


def test_gan_compare_run_b_has_its_losses_in_the_pane(qtbot, make_window):
    window = make_window()
    panel = open_model(window, qtbot, "gan")
    qtbot.waitUntil(lambda: panel.ready, timeout=30_000)
    _click_tab(qtbot, panel.controls, 2)
    box = panel.controls.compare_check
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))  # on the indicator
    qtbot.waitUntil(lambda: panel.runner2 is not None and panel.last_snapshot2 is not None, timeout=30_000)
    press(window, qtbot, Qt.Key.Key_S, 2)
    qtbot.waitUntil(lambda: panel.last_snapshot2.data.get("loss_terms_steps") == 2
                    and not panel.last_snapshot2.running, timeout=30_000)
    d = panel.last_snapshot2.data
    real, fake = np.asarray(d["real"]), np.asarray(d["fake"])
    d_real = panel.runner2.call(lambda eng: eng.gan.discriminate(real)).result(5)
    d_fake = panel.runner2.call(lambda eng: eng.gan.discriminate(fake)).result(5)
    loss_d = -np.mean(np.log(d_real)) - np.mean(np.log(1.0 - d_fake))
    shows(window, qtbot, "Compare: B, non-saturating", f"LD = {num(loss_d, 4)}", "at iteration 2")
