"""Hypothesis drives the main window with every model: panel switches, Space, S, R and speed changes."""

from __future__ import annotations

import re
import sys
import time

import pytest
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test
from PySide6.QtCore import Qt

from simulator.gui.bench import spin
from simulator.gui.main_window import MainWindow
from simulator.gui.run_bar import FLAT_OUT
from simulator.registry import MODELS

KEYS = [spec.key for spec in MODELS]
#: Longest wait for a panel to open or a command to show (seconds); the machine may be busy.
TIMEOUT = 15.0
#: What an exception's text looks like in the status bar or a panel's message label.
EXCEPTION_TEXT = re.compile(r"\b\w*(Error|Exception)\b:|Traceback")


def _steps(panel) -> int:
    snap = panel.last_snapshot
    return -1 if snap is None else snap.steps


class WindowMachine(RuleBasedStateMachine):
    """Random commands to one shared window, sent as a user would (keys, navigator, speed slider).

    After each command the shown panel has taken it (a step adds an update, a reset starts
    again at zero, Space flips run and pause unless the engine settled at once), no panel
    shows an error and no exception reaches Qt (pytest-qt fails the test on one), and every
    hidden panel is paused. The test then closes the window with a panel running: it must
    take under a second and leave no engine thread.
    """

    def __init__(self, window: MainWindow, qtbot) -> None:
        super().__init__()
        self.window = window
        self.qtbot = qtbot
        # Every example starts alike (the window outlives it): all paused, flat out, first model shown.
        window.run_bar.set_speed_index(FLAT_OUT)
        for panel in window.created_panels():
            panel.pause()
            self.settle(panel)
        self.switch(KEYS[0])

    # ------------------------------------------------------------------ helpers
    @property
    def panel(self):
        return self.window.current_panel

    def key(self, key: Qt.Key) -> None:
        # To the panel, as a user typing with the panel focused: the window's shortcuts take it
        # (shortcuts only fire in the active window).
        if not self.window.isActiveWindow():
            self.window.activateWindow()
            assert spin(TIMEOUT, self.window.isActiveWindow), "the window could not be activated"
        self.qtbot.keyClick(self.panel, key)

    def settle(self, panel) -> None:
        """Wait until every command sent to ``panel`` is applied and drawn."""
        if panel.runner is not None:
            panel.runner.call(lambda engine: None).result(TIMEOUT)
        spin(0.05)
        panel.refresh()  # a hidden panel is not refreshed by the window: draw its last word

    # ------------------------------------------------------------------ rules
    @rule(key=st.sampled_from(KEYS))
    def switch(self, key: str) -> None:
        self.window.select_model(key)
        ready = spin(TIMEOUT, lambda: self.panel is not None and self.panel.runner is not None)
        assert ready, f"the {key} panel did not open with an engine within {TIMEOUT} s"

    @rule(key=st.sampled_from(KEYS))
    def run_then_switch(self, key: str) -> None:
        if not self.panel.running:
            self.space()
        self.switch(key)

    @rule()
    def space(self) -> None:
        panel = self.panel
        self.settle(panel)
        was = panel.running
        before = _steps(panel)
        self.key(Qt.Key.Key_Space)

        def flipped() -> bool:
            self.settle(panel)
            snap = panel.last_snapshot
            # A run may end at once where the engine settles, having done some updates.
            return panel.running != was or (not was and snap is not None and (snap.settled or snap.steps > before))

        assert spin(TIMEOUT, flipped), f"Space did not {'pause' if was else 'run'} the {panel.title} panel"

    @rule()
    def step(self) -> None:
        panel = self.panel
        if panel.running:
            self.key(Qt.Key.Key_Space)
            assert spin(TIMEOUT, lambda: (self.settle(panel), not panel.running)[1])
        self.settle(panel)
        before = _steps(panel)
        self.key(Qt.Key.Key_S)
        assert spin(TIMEOUT, lambda: (self.settle(panel), _steps(panel) > before)[1]), "S did not step"
        assert not panel.running

    @rule()
    def reset(self) -> None:
        panel = self.panel
        self.key(Qt.Key.Key_R)
        assert spin(TIMEOUT, lambda: (self.settle(panel), _steps(panel) == 0 and not panel.running)[1]), \
            "R did not reset"

    @rule(index=st.integers(0, FLAT_OUT))
    def speed(self, index: int) -> None:
        self.window.run_bar.set_speed_index(index)

    @rule(seconds=st.floats(0.0, 0.2))
    def wait(self, seconds: float) -> None:
        spin(seconds)

    # ------------------------------------------------------------------ checks
    @invariant()
    def no_error_shown(self) -> None:
        status = self.window.statusBar().currentMessage()
        assert not EXCEPTION_TEXT.search(status), f"status bar: {status}"
        for panel in self.window.created_panels():
            text = panel.message_label.text()
            assert not EXCEPTION_TEXT.search(text), f"{panel.title}: {text}"
            snap = panel.last_snapshot
            assert snap is None or snap.error is None, f"{panel.title}: {snap.error}"

    @invariant()
    def hidden_panels_are_paused(self) -> None:
        for panel in self.window.created_panels():
            if panel is not self.panel and panel.runner is not None:
                self.settle(panel)
                assert not panel.running, f"the hidden {panel.title} panel is still running"


@pytest.fixture
def window(qtbot):
    window = MainWindow()  # every model, with the kernel warm-up
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.is_ready, timeout=120_000)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    job = window.warm_up_job
    if job is not None:
        qtbot.waitUntil(lambda: job.done, timeout=600_000)
    yield window
    window.close()


def test_random_panel_commands_keep_every_panel_sound(qtbot, window):
    # No shrinking: every try replays GUI commands with waits (see tests/test_stateful_runners.py).
    run_state_machine_as_test(
        lambda: WindowMachine(window, qtbot),
        settings=settings(max_examples=6, stateful_step_count=12, deadline=None,
                          phases=(Phase.explicit, Phase.reuse, Phase.generate),
                          suppress_health_check=list(HealthCheck)),
    )
    # Every panel opened, the last one running: close the window as a user would.
    for key in KEYS:
        window.select_model(key)
        assert spin(TIMEOUT, lambda: window.current_panel is not None and window.current_panel.runner is not None)
    window.current_panel.run_pause()
    assert spin(TIMEOUT, lambda: window.current_panel.running)
    t0 = time.perf_counter()
    window.close()
    took = time.perf_counter() - t0
    assert took < 1.0, f"closing took {took:.2f} s"
    for panel in window.created_panels():
        runners = [getattr(panel, name, None) for name in ("runner", "runner2")]
        assert not any(r is not None and r.alive for r in runners), f"{panel.title} left an engine thread"


def test_soak_capture_counts_every_kind_of_warning(qapp):
    import logging
    import threading
    import warnings

    from PySide6.QtCore import qWarning

    from simulator.gui.soak import Capture

    hooks = (warnings.showwarning, sys.excepthook, threading.excepthook)
    with Capture() as capture:
        worker = threading.Thread(target=lambda: warnings.warn("from a worker", RuntimeWarning))
        worker.start()
        worker.join()
        for _ in range(3):
            warnings.warn("said three times", UserWarning)
        logging.getLogger("soak-test").warning("logged %d", 1)
        qWarning("a Qt warning")
    counts = capture.distinct()
    assert (warnings.showwarning, sys.excepthook, threading.excepthook) == hooks, "hooks restored"
    assert sum(counts.values()) == 6 and len(counts) == 4
    assert any(k.startswith("warning RuntimeWarning: from a worker") for k in counts)
    assert [v for k, v in counts.items() if "said three times" in k] == [3]
    assert counts["log warning (soak-test): logged 1"] == 1 and counts["qt warning: a Qt warning"] == 1


def test_soak_reports_memory_warnings_and_updates(main_windows):
    from simulator.gui import soak

    try:
        from .toy_panel import toy_models
    except ImportError:
        from toy_panel import toy_models

    window = main_windows(toy_models())
    records = soak.soak(window, "toy", minutes=0.05, warm_up_seconds=1.0, sample_seconds=0.25)
    by_metric = {r["metric"]: r for r in records}
    assert set(by_metric) == {"memory_start", "memory_end", "memory_growth", "memory_trend", "warnings",
                              "engine_updates"}
    assert all(r["model"] == "toy" and r["case"] == "8x8 counter" for r in records)
    if sys.platform.startswith("linux"):
        start, end = by_metric["memory_start"]["ours"], by_metric["memory_end"]["ours"]
        assert start > 10 and end > 10
        assert by_metric["memory_growth"]["ours"] == pytest.approx((end - start) / start * 100, abs=0.01)
        trend = by_metric["memory_trend"]
        assert trend["samples"] >= 3, (trend["warm_up_seconds"], trend["seconds"], trend["series"])
        series = by_metric["memory_trend"]["series"]
        assert len(series) >= by_metric["memory_trend"]["samples"] and series[-1][1] == pytest.approx(end, abs=0.05)
    assert by_metric["memory_growth"]["goal"] == "< 5"
    assert by_metric["engine_updates"]["ours"] > 0 and by_metric["engine_updates"]["per_second"] > 0
    assert by_metric["warnings"]["ours"] == sum(by_metric["warnings"]["messages"].values())
    assert 2.9 <= by_metric["memory_start"]["seconds"] < 10
    assert "toy" in soak.format_table(records).splitlines()[1]
    for metric in ("memory_start", "memory_end"):
        assert by_metric[metric]["rewind_history_mb"] >= 0


def test_soak_replays_a_run_that_settled_so_the_load_stays_on(main_windows, monkeypatch):
    from simulator.gui import soak

    try:
        from .toy_panel import ToyPanel, toy_models
    except ImportError:
        from toy_panel import ToyPanel, toy_models

    def settling_scene(panel) -> str:
        panel.engine.settle_at = 50_000  # an annealing schedule that ends: Run alone would stop again at once
        return "8x8 counter to 50,000"

    monkeypatch.setattr(ToyPanel, "bench_scene", settling_scene)
    window = main_windows(toy_models())
    records = soak.soak(window, "toy", minutes=0.1, warm_up_seconds=0.5, sample_seconds=0.25)
    updates = next(r for r in records if r["metric"] == "engine_updates")
    assert updates["restarts"] >= 2 and updates["ours"] >= 2 * 50_000, updates


def test_soak_warm_up_waits_for_the_rewind_history_to_fill():
    # The history fills for about a minute (400 moments or 128 MB) and then stays flat: memory it takes
    # is bounded by design, so the soak's start figure is taken once it is full.
    from types import SimpleNamespace

    from simulator.gui.soak import history_full

    class Past:
        capacity, max_bytes = 400, 128 * 2**20

        def __init__(self, entries, nbytes):
            self.entries, self.nbytes = entries, nbytes

        def __len__(self):
            return self.entries

    def panel(past):
        return SimpleNamespace(runner=SimpleNamespace(history=past))

    assert not history_full(panel(Past(150, 80 * 2**20)))
    assert history_full(panel(Past(400, 60 * 2**20)))
    assert not history_full(panel(Past(200, 120 * 2**20)))  # the last 8 MB would still count as growth
    assert history_full(panel(Past(200, 125 * 2**20)))
    assert history_full(panel(None)) and history_full(SimpleNamespace(runner=None))
