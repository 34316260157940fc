"""Closing the app while any panel runs flat out: the window shuts within a second and leaves no thread."""

from __future__ import annotations

import threading
import time

import pytest

from simulator.gui.main_window import MainWindow
from simulator.gui.run_bar import FLAT_OUT
from simulator.registry import MODELS



def _boltzmann_at_constant_temperature(panel, qtbot) -> None:
    assert panel.load_scene("equilibrium")
    qtbot.waitUntil(lambda: panel.ready and panel.last_snapshot is not None, timeout=30_000)


def _rbm_training_for_long(panel, qtbot) -> None:
    panel.epochs_spin.setValue(panel.epochs_spin.maximum())
    panel.apply_settings()
    qtbot.waitUntil(lambda: panel.ready and not panel.edits_pending and panel.last_snapshot is not None,
                    timeout=30_000)


#: What keeps a panel running instead of pausing once its run is over. Hopfield recall settles
#: in a millisecond: loop recall corrupts the settled state and recalls again. The Boltzmann
#: machine's first scene anneals to the end of its schedule at once flat out; sampling at a
#: constant temperature never ends. The RBM stops after its epochs: train for the most.
KEEP_RUNNING = {
    "hopfield": lambda panel, qtbot: panel.loop_check.setChecked(True),
    "boltzmann": _boltzmann_at_constant_temperature,
    "rbm": _rbm_training_for_long,
}
CLOSE_LIMIT_S = 1.0


def steps(panel) -> int:
    return panel.last_snapshot.steps if panel.last_snapshot is not None else -1


@pytest.mark.parametrize("key", [spec.key for spec in MODELS])
def test_closing_during_a_flat_out_run_is_fast_and_leaves_no_thread(qtbot, key):
    spec = next(s for s in MODELS if s.key == key)
    spec.load_package().warmup()  # compiled (or loaded from the cache) before anything is timed
    before = set(threading.enumerate())

    window = MainWindow(warm_up=None)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitUntil(lambda: window.is_ready, timeout=20_000)
    panel = window.select_model(key)
    assert panel is not None and window.current_key == key
    # The panel's engine may be built in the background: wait for its first picture.
    qtbot.waitUntil(lambda: panel.runner is not None and panel.last_snapshot is not None, timeout=30_000)
    if key in KEEP_RUNNING:
        KEEP_RUNNING[key](panel, qtbot)
    window.run_bar.speed_slider.setValue(FLAT_OUT)
    assert window.run_bar.rate() is None
    window.run_bar.run_action.trigger()
    qtbot.waitUntil(lambda: panel.running and steps(panel) > 0, timeout=20_000)
    # Really running: the engine keeps advancing between pictures.
    seen = steps(panel)
    qtbot.waitUntil(lambda: steps(panel) > seen and panel.last_snapshot.running, timeout=20_000)
    qtbot.wait(300)
    assert panel.running and panel.runner.alive, f"the {key} panel stopped running by itself"

    started = time.perf_counter()
    window.close()
    elapsed = time.perf_counter() - started

    left = [t.name for t in threading.enumerate() if t not in before and t.is_alive()]
    assert elapsed < CLOSE_LIMIT_S, f"closing during a {key} run took {elapsed:.2f} s"
    assert left == [], f"closing during a {key} run left threads running: {left}"
    assert not window._display_timer.isActive()
    assert not [p for p in window.created_panels() if p.runner is not None and p.runner.alive]
