"""Rewind in a real main window: scrub back with keys and the slider, show earlier moments, resume from one, go live."""

from __future__ import annotations

import copy

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt

from simulator.core import memento
from simulator.gui.bench import spin
from simulator.gui.main_window import MainWindow
from simulator.gui.run_bar import SPEEDS
from simulator.registry import MODELS, find
from tests.test_stateful_runners import assert_same

TIMEOUT = 30.0
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def open_model(qtbot, main_windows):
    """A main window showing one model, its kernels compiled first; closed after the test."""

    def open_(key: str, *others: str):
        window = main_windows([find(k) for k in (key, *others)], compile_first=True, active=True)
        panel = window.current_panel
        qtbot.waitUntil(lambda: panel.runner is not None and panel.last_snapshot is not None, timeout=30_000)
        return window, panel

    return open_


def settle(window: MainWindow) -> None:
    """Let every command sent to the shown panel's runners be applied, and the display catch up."""
    for runner in window.current_panel.rewind_runners():
        runner.call(lambda engine: None).result(TIMEOUT)
    spin(0.1)


def key(qtbot, window: MainWindow, k: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key typed with the panel focused, as a user would (the window's shortcuts take it)."""
    if not window.isActiveWindow():  # shortcuts only fire in the active window
        window.activateWindow()
        assert spin(TIMEOUT, window.isActiveWindow), "the window could not be activated"
    qtbot.keyClick(window.current_panel, k, modifier)


def run_then_pause(qtbot, window: MainWindow, speed: float, entries: int) -> None:
    """Space, until the history keeps ``entries`` moments, then Space again; wait until paused."""
    window.run_bar.set_speed_index(SPEEDS.index(speed))
    panel = window.current_panel
    before = panel.last_snapshot.steps
    key(qtbot, window, Qt.Key.Key_Space)
    assert spin(TIMEOUT, lambda: panel.last_snapshot.steps > before), "nothing ran"
    assert spin(TIMEOUT, lambda: len(window.rewind.entries()) >= entries or not panel.running)
    if panel.running:
        key(qtbot, window, Qt.Key.Key_Space)
    assert spin(TIMEOUT, lambda: not panel.running and not any(r.published_running for r in panel.rewind_runners()))
    settle(window)


def engine_matches(runner, entry) -> bool:
    """Whether the runner's engine is in the state ``entry`` kept (compared through ``state_dict``)."""

    def check(engine) -> bool:
        scratch = copy.deepcopy(engine)
        memento.restore(scratch, entry.checkpoint)
        try:
            assert_same(scratch.state_dict(), engine.state_dict())
        except AssertionError:
            return False
        return True

    return runner.call(check).result(TIMEOUT)


# ------------------------------------------------------------------------------ Hopfield
def test_hopfield_shows_the_moment_a_unit_flipped_and_resumes_from_it(qtbot, open_model):
    window, panel = open_model("hopfield")
    rewind = window.rewind
    for n in range(1, 9):
        key(qtbot, window, Qt.Key.Key_S)
        assert spin(TIMEOUT, lambda: panel.last_snapshot.steps == n)
    settle(window)
    entries = rewind.entries()
    assert [e.steps for e in entries[-8:]] == list(range(1, 9)), "every step is kept"
    live_state = panel.canvas.state

    key(qtbot, window, Qt.Key.Key_Left, CTRL)
    key(qtbot, window, Qt.Key.Key_Left, CTRL)
    key(qtbot, window, Qt.Key.Key_Left, CTRL)
    assert rewind.viewing
    shown = rewind.shown_entries[0]
    assert shown is entries[-4] and shown.steps == 5
    assert panel.last_snapshot.steps == 5 and not panel.running
    assert np.array_equal(panel.canvas.state, shown.snapshot.data["state"]), "the grid shows that moment"
    assert f"{5 / panel.n_units:.2f} sweeps" in panel.detail_label.text()
    assert window.rewind.bar.position_label.text().startswith("step 5 ")
    assert window.rewind.bar.slider.value() == len(entries) - 4
    spin(0.2)  # the display timer runs on: nothing live overwrites the moment shown
    assert panel.last_snapshot.steps == 5

    key(qtbot, window, Qt.Key.Key_Right, CTRL)
    assert rewind.shown_entries[0].steps == 6 and panel.last_snapshot.steps == 6
    key(qtbot, window, Qt.Key.Key_End, CTRL)
    assert not rewind.viewing and panel.last_snapshot.steps == 8
    assert np.array_equal(panel.canvas.state, live_state), "back to live shows the present again"

    key(qtbot, window, Qt.Key.Key_Left, CTRL)
    key(qtbot, window, Qt.Key.Key_Left, CTRL)
    chosen = rewind.shown_entries[0]
    assert chosen.steps == 6
    qtbot.mouseClick(rewind.bar.resume_button, Qt.MouseButton.LeftButton)
    assert not rewind.viewing
    settle(window)
    assert engine_matches(panel.runner, chosen)
    state = panel.runner.call(lambda e: e.state_dict()["state"]).result(TIMEOUT)
    assert np.array_equal(state, chosen.snapshot.data["state"])
    assert [e.steps for e in rewind.entries()][-1] == 6, "the later moments are forgotten"
    assert not panel.running, "it was paused when rewinding began: it stays paused"
    key(qtbot, window, Qt.Key.Key_S)
    assert spin(TIMEOUT, lambda: panel.last_snapshot.steps == 7), "stepping goes on from the moment resumed"


def test_hopfield_scrubbing_a_run_pauses_it_and_resuming_runs_again(qtbot, open_model):
    window, panel = open_model("hopfield")
    rewind = window.rewind
    window.run_bar.set_speed_index(SPEEDS.index(250.0))
    key(qtbot, window, Qt.Key.Key_Space)
    assert spin(TIMEOUT, lambda: len(rewind.entries()) >= 5)
    assert panel.running
    key(qtbot, window, Qt.Key.Key_Left, CTRL)
    assert spin(TIMEOUT, lambda: rewind.viewing), "the run pauses, then the moment before is shown"
    assert not panel.running and not panel.runner.published_running
    moment = rewind.shown_entries[0]
    assert panel.last_snapshot.steps == moment.steps
    key(qtbot, window, Qt.Key.Key_B, CTRL)
    assert spin(TIMEOUT, lambda: panel.running and panel.last_snapshot.steps > moment.steps), \
        "Ctrl+B resumes the run from that moment"
    key(qtbot, window, Qt.Key.Key_Space)
    assert spin(TIMEOUT, lambda: not panel.running)


def test_a_click_in_the_panel_and_space_act_on_the_present(qtbot, open_model):
    window, panel = open_model("hopfield")
    rewind = window.rewind
    for n in range(1, 5):
        key(qtbot, window, Qt.Key.Key_S)
        assert spin(TIMEOUT, lambda: panel.last_snapshot.steps == n)
    settle(window)
    key(qtbot, window, Qt.Key.Key_Home, CTRL)
    assert rewind.viewing and panel.last_snapshot.steps == rewind.entries()[0].steps
    qtbot.mouseClick(panel.clear_button, Qt.MouseButton.LeftButton)
    assert not rewind.viewing, "acting on the panel shows the present first"
    assert spin(TIMEOUT, lambda: not panel.canvas.state.any() or (panel.canvas.state == -1).all()), \
        "and the click acts on it"
    settle(window)
    key(qtbot, window, Qt.Key.Key_Left, CTRL)
    assert rewind.viewing
    before = panel.runner.history.newest.steps
    key(qtbot, window, Qt.Key.Key_Space)
    assert not rewind.viewing
    assert spin(TIMEOUT, lambda: panel.last_snapshot.steps > before), "Space goes on from where the run stopped"
    if panel.running:
        key(qtbot, window, Qt.Key.Key_Space)
    assert spin(TIMEOUT, lambda: not panel.running)


# ------------------------------------------------------------------------------ Q-learning
def test_qlearning_shows_where_the_agent_was_and_learns_on_from_there(qtbot, open_model):
    window, panel = open_model("qlearning")
    rewind = window.rewind
    run_then_pause(qtbot, window, 250.0, entries=6)
    entries = rewind.entries()
    assert len(entries) >= 4
    live = panel.last_snapshot
    slider = rewind.bar.slider
    slider.setFocus()
    qtbot.keyClick(slider, Qt.Key.Key_Left)  # the slider keeps its arrow keys (Right is not Step here)
    qtbot.keyClick(slider, Qt.Key.Key_Left)
    assert rewind.viewing
    moment = rewind.shown_entries[0]
    assert moment is entries[-3]
    assert panel.last_snapshot.steps == moment.steps < live.steps
    assert panel.grid_view.agent == int(moment.snapshot.data["agent_state"]), "the agent is drawn where it was"
    assert np.array_equal(panel.grid_view.q, moment.snapshot.data["q"]), "with the Q values it had then"

    qtbot.mouseClick(rewind.bar.live_button, Qt.MouseButton.LeftButton)
    assert not rewind.viewing and panel.last_snapshot.steps == entries[-1].steps

    key(qtbot, window, Qt.Key.Key_Left, CTRL)
    key(qtbot, window, Qt.Key.Key_Left, CTRL)
    moment = rewind.shown_entries[0]
    key(qtbot, window, Qt.Key.Key_B, CTRL)
    settle(window)
    assert engine_matches(panel.runner, moment)
    q = panel.runner.call(lambda e: e.snapshot()["q"]).result(TIMEOUT)
    assert np.array_equal(q, moment.snapshot.data["q"])
    assert spin(TIMEOUT, lambda: panel.last_snapshot.steps == moment.steps)
    key(qtbot, window, Qt.Key.Key_S)
    assert spin(TIMEOUT, lambda: panel.last_snapshot.steps == moment.steps + 1)


# ------------------------------------------------------------------------------ every panel
@pytest.mark.parametrize("key_", [spec.key for spec in MODELS])
def test_every_panel_rewinds_and_resumes(qtbot, open_model, key_):
    window, panel = open_model(key_)
    rewind = window.rewind
    run_then_pause(qtbot, window, 500.0, entries=5)
    entries = rewind.entries()
    assert len(entries) >= 3, f"the {panel.title} panel kept {len(entries)} moments"

    key(qtbot, window, Qt.Key.Key_Left, CTRL)
    key(qtbot, window, Qt.Key.Key_Left, CTRL)
    moment = rewind.shown_entries[0]
    assert moment is entries[-3]
    assert panel.last_snapshot.seq == moment.snapshot.seq, "the panel drew that moment's snapshot"
    assert rewind.bar.position_label.text().startswith(f"step {moment.steps:,} ")
    spin(0.2)
    assert panel.last_snapshot.seq == moment.snapshot.seq, "and nothing live replaced it"

    key(qtbot, window, Qt.Key.Key_End, CTRL)
    assert not rewind.viewing
    assert panel.last_snapshot.steps == rewind.entries()[-1].steps, "back to live shows the latest"

    key(qtbot, window, Qt.Key.Key_Home, CTRL)
    key(qtbot, window, Qt.Key.Key_Right, CTRL)
    moment = rewind.shown_entries[0]
    assert moment is rewind.entries()[1] and panel.last_snapshot.seq == moment.snapshot.seq
    twins = rewind.shown_entries[1:]
    qtbot.mouseClick(rewind.bar.resume_button, Qt.MouseButton.LeftButton)
    settle(window)
    assert engine_matches(panel.rewind_runners()[0], moment)
    for runner, twin in zip(panel.rewind_runners()[1:], twins):
        assert engine_matches(runner, twin), "the run shown beside it went back too"
    assert spin(TIMEOUT, lambda: panel.last_snapshot.steps == moment.steps)
    assert not panel.running
    message = panel.message_label.text()
    assert "Error" not in message and "Could not" not in message, message


def test_a_click_on_the_timeline_shows_an_earlier_moment_and_a_hidden_panel_keeps_less(qtbot, open_model):
    window, panel = open_model("hopfield", "qlearning")
    rewind = window.rewind
    for n in range(1, 16):
        key(qtbot, window, Qt.Key.Key_S)
        assert spin(TIMEOUT, lambda: panel.last_snapshot.steps == n)
    settle(window)
    slider = rewind.bar.slider
    newest = len(rewind.entries()) - 1
    assert slider.value() == newest and slider.isEnabled()
    qtbot.mouseClick(slider, Qt.MouseButton.LeftButton, pos=QPoint(slider.width() // 4, slider.height() // 2))
    assert rewind.viewing, "a click on the slider's groove moves it back"
    shown = rewind.shown_entries[0]
    assert slider.value() < newest and shown is rewind.entries()[slider.value()]
    assert panel.last_snapshot.steps == shown.steps < 15
    # Opening another model leaves the earlier moment; the hidden panel keeps its newest moments.
    history = panel.runner.history
    nav = window.navigator
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=nav.visualItemRect(nav.item(1)).center())
    assert spin(TIMEOUT, lambda: window.current_key == "qlearning" and window.current_panel.runner is not None)
    assert spin(TIMEOUT, lambda: window.rewind.entries() and window.rewind.entries()[-1] is not history.newest)
    assert not rewind.viewing and panel.last_snapshot.steps == 15
    assert history.nbytes <= 16 * 2**20 and history.newest.steps == 15
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=nav.visualItemRect(nav.item(0)).center())
    assert spin(TIMEOUT, lambda: window.current_panel is panel)
    key(qtbot, window, Qt.Key.Key_Left, CTRL)
    assert rewind.viewing and rewind.shown_entries[0].steps == 14, "its timeline is back"


def test_boltzmann_tv_series_shows_up_to_the_moment_and_comes_back_whole(qtbot, open_model):
    from simulator.gui.panels.boltzmann_parts import SCENE_KEYS

    window, panel = open_model("boltzmann")
    rewind = window.rewind
    old_runner = panel.runner
    combo = panel.scene_combo
    combo.setFocus()
    for _ in range(SCENE_KEYS.index("equilibrium") - combo.currentIndex()):
        qtbot.keyClick(combo, Qt.Key.Key_Down)  # a closed combo box steps through its items
    assert combo.currentIndex() == SCENE_KEYS.index("equilibrium")
    assert spin(TIMEOUT, lambda: panel.runner is not None and panel.runner is not old_runner
                and panel.last_snapshot is not None and "tv_distance" in panel.last_snapshot.data)
    panel.tabs.setCurrentIndex(1)
    run_then_pause(qtbot, window, 500.0, entries=8)
    live_x, _ = panel.tv_plot.series(0)
    assert len(live_x) >= 4
    for _ in range(4):
        key(qtbot, window, Qt.Key.Key_Left, CTRL)
    moment = rewind.shown_entries[0]
    x, _ = panel.tv_plot.series(0)
    sweeps = float(moment.snapshot.data["sweeps"])
    assert 0 < len(x) < len(live_x) and x.max() <= sweeps + 1e-9, "the series ends at the moment shown"
    key(qtbot, window, Qt.Key.Key_End, CTRL)
    x, _ = panel.tv_plot.series(0)
    assert len(x) == len(live_x), "back to live: the whole series again"
    key(qtbot, window, Qt.Key.Key_Left, CTRL)
    key(qtbot, window, Qt.Key.Key_Left, CTRL)
    moment = rewind.shown_entries[0]
    key(qtbot, window, Qt.Key.Key_B, CTRL)
    settle(window)
    assert spin(TIMEOUT, lambda: panel.last_snapshot.steps == moment.steps)
    x, _ = panel.tv_plot.series(0)
    assert x.max() <= float(moment.snapshot.data["sweeps"]) + 1e-9, "resumed: the series goes on from there"
