"""The Runner: commands, chunk sizing, rate limiting, auto-pause, errors, stopping, and the snapshot mailbox."""

from __future__ import annotations

import math
import threading
import time

import pytest

from simulator.core.engine import Engine, Snapshot
from simulator.core.runner import Mailbox, Runner


class FakeEngine:
    """Counts updates. Each update can cost busy time; it can settle or fail at a given count."""

    def __init__(self, settle_at=None, fail_at=None, fail_with=RuntimeError, cost_per_step=0.0, sleep_per_step=0.0):
        self.count = 0
        self.settle_at = settle_at
        self.fail_at = fail_at
        self.fail_with = fail_with
        self.cost_per_step = cost_per_step
        self.sleep_per_step = sleep_per_step
        self.seeds: list = []
        self.calls = 0
        self.max_chunk = 0
        self.last_chunk = 0
        self.step_threads: set[str] = set()
        self.snapshot_fails = False

    def reset(self, seed=None):
        self.seeds.append(seed)
        self.count = 0

    def step(self, n=1):
        self.step_threads.add(threading.current_thread().name)
        if self.fail_at is not None and self.count + n > self.fail_at:
            raise self.fail_with("the engine broke")
        if self.sleep_per_step:
            time.sleep(self.sleep_per_step * n)
        if self.cost_per_step:
            # Capped, so that a huge chunk does not take seconds after a cost change.
            end = time.perf_counter() + min(self.cost_per_step * n, 0.05)
            while time.perf_counter() < end:
                pass
        self.count += n
        self.calls += 1
        self.last_chunk = n
        self.max_chunk = max(self.max_chunk, n)
        return n

    def snapshot(self):
        if self.snapshot_fails:
            raise RuntimeError("cannot draw")
        return {"count": self.count}

    def is_settled(self):
        return self.settle_at is not None and self.count >= self.settle_at

    def state_dict(self):
        return {"count": self.count}

    def load_state_dict(self, state):
        self.count = int(state["count"])


@pytest.fixture
def make_runner():
    runners: list[Runner] = []

    def make(engine=None, **options):
        engine = engine if engine is not None else FakeEngine()
        runner = Runner(engine, **options)
        runners.append(runner)
        runner.start()
        return runner, engine

    yield make
    for runner in runners:
        assert runner.stop(2.0), "a runner did not stop"


def wait_for(runner: Runner, predicate, timeout: float = 10.0) -> Snapshot:
    """Take snapshots until one satisfies ``predicate``; fail with the last one seen after ``timeout``."""
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        snap = runner.latest()
        if snap is not None:
            assert last is None or snap.seq > last.seq, "snapshots must arrive newest-last"
            last = snap
            if predicate(snap):
                return snap
        time.sleep(0.001)
    raise AssertionError(f"no snapshot satisfied the condition within {timeout} s; last: {last}")


def test_fake_engine_follows_the_protocol():
    assert isinstance(FakeEngine(), Engine)


def test_publishes_an_idle_snapshot_at_start(make_runner):
    runner, _ = make_runner()
    snap = wait_for(runner, lambda s: True)
    assert snap.seq == 1
    assert snap.steps == 0 and not snap.running and snap.error is None
    assert snap.updates_per_second == 0.0
    assert dict(snap.data) == {"count": 0}
    with pytest.raises(TypeError):
        snap.data["count"] = 5  # read-only mapping


def test_step_advances_exactly_and_pauses(make_runner):
    runner, engine = make_runner()
    runner.step(5)
    snap = wait_for(runner, lambda s: s.steps == 5)
    assert snap.data["count"] == 5 and not snap.running
    runner.step(3)
    snap = wait_for(runner, lambda s: s.steps == 8)
    assert engine.count == 8
    assert engine.step_threads == {"engine-runner"}, "only the worker thread may step the engine"


class FiniteEngine(FakeEngine):
    """A training of ``end`` units: ``advance`` stops at its end; settling elsewhere only when asked."""

    def __init__(self, end: int, settle_at=None) -> None:
        super().__init__(settle_at=settle_at)
        self.end = end
        self.advance_flags: list[bool] = []

    def advance(self, n, stop_when_settled=True):
        self.advance_flags.append(stop_when_settled)
        if stop_when_settled and self.is_settled():
            return 0
        n = min(n, self.end - self.count)
        return self.step(n) if n > 0 else 0


def test_a_step_counts_what_the_engine_did_and_does_not_stop_where_it_settled(make_runner):
    runner, engine = make_runner(FiniteEngine(end=12, settle_at=3))
    runner.step(5)  # past the settled point (a fixed point a user may step through)
    snap = wait_for(runner, lambda s: s.steps == 5)
    assert engine.count == 5 and engine.advance_flags == [False]
    runner.step(100)  # past the end: only 7 units were left
    snap = wait_for(runner, lambda s: s.data["count"] == 12)
    assert snap.steps == 12 and not snap.running


def test_run_then_pause_stops_stepping(make_runner):
    runner, engine = make_runner()
    runner.run()
    wait_for(runner, lambda s: s.running and s.steps > 1000)
    runner.pause()
    paused = wait_for(runner, lambda s: not s.running)
    assert paused.data["count"] == paused.steps
    time.sleep(0.05)
    assert engine.count == paused.steps, "no step may happen after the pause was published"
    assert runner.latest() is None, "a paused runner publishes nothing new"


def test_toggle_runs_and_pauses(make_runner):
    runner, _ = make_runner()
    assert runner.toggle() is True
    wait_for(runner, lambda s: s.running)
    # The caller's view wins: it can see auto-pauses the runner's record cannot.
    assert runner.toggle(running=True) is False
    wait_for(runner, lambda s: not s.running)
    assert runner.toggle(running=False) is True
    wait_for(runner, lambda s: s.running)
    runner.pause()
    wait_for(runner, lambda s: not s.running)


def test_reset_pauses_and_passes_the_seed(make_runner):
    runner, engine = make_runner()
    runner.run()
    wait_for(runner, lambda s: s.running and s.steps > 0)
    runner.reset(42)
    snap = wait_for(runner, lambda s: not s.running and s.steps == 0)
    assert snap.data["count"] == 0
    assert engine.seeds == [42]
    runner.reset(None)
    wait_for(runner, lambda s: s.steps == 0)
    assert engine.seeds == [42, None]


@pytest.mark.parametrize("bad", [0, -1, -0.5, math.nan])
def test_set_rate_refuses_non_positive_speeds(make_runner, bad):
    runner, _ = make_runner()
    with pytest.raises(ValueError, match="positive"):
        runner.set_rate(bad)


def test_rate_limit_never_runs_ahead(make_runner):
    runner, engine = make_runner()
    rate = 200.0
    runner.set_rate(rate)
    t0 = time.perf_counter()
    runner.run()
    time.sleep(0.5)
    snap = wait_for(runner, lambda s: True)
    elapsed = time.perf_counter() - t0
    # Token bucket: one step at once, then never more than ``rate`` per second.
    assert snap.steps <= 1 + rate * elapsed
    assert snap.steps >= 0.1 * rate * 0.5, "the runner hardly ran at all"
    runner.pause()
    wait_for(runner, lambda s: not s.running)


def test_slow_rates_step_one_update_at_a_time(make_runner):
    runner, engine = make_runner()
    runner.set_rate(10.0)
    runner.run()
    wait_for(runner, lambda s: s.steps >= 3)
    runner.pause()
    wait_for(runner, lambda s: not s.running)
    assert engine.max_chunk == 1


def test_rate_none_runs_flat_out_again(make_runner):
    runner, _ = make_runner()
    runner.set_rate(5.0)
    runner.run()
    wait_for(runner, lambda s: s.steps >= 1)
    runner.set_rate(None)
    wait_for(runner, lambda s: s.steps > 10_000)


def test_chunks_grow_when_steps_are_cheap(make_runner):
    runner, engine = make_runner()
    runner.run()
    wait_for(runner, lambda s: engine.max_chunk >= 1024)
    runner.pause()


def test_chunks_stay_small_when_steps_are_slow(make_runner):
    # 1 ms per update (sleeping, so at least that): a chunk only doubles while it
    # takes under half the 4 ms target, so it can never exceed 2 updates.
    runner, engine = make_runner(FakeEngine(sleep_per_step=0.001), chunk_seconds=0.004)
    runner.run()
    wait_for(runner, lambda s: engine.calls >= 20)
    runner.pause()
    wait_for(runner, lambda s: not s.running)
    assert 1 <= engine.max_chunk <= 2


def test_chunks_shrink_when_steps_get_slower(make_runner):
    runner, engine = make_runner(chunk_seconds=0.004)
    runner.run()
    wait_for(runner, lambda s: engine.max_chunk >= 4096)
    engine.cost_per_step = 20e-6  # 4096 updates now take 50 ms or more, far over the 4 ms target
    wait_for(runner, lambda s: engine.last_chunk <= 1024)
    runner.pause()


def test_updates_per_second_reported_while_running(make_runner):
    runner, _ = make_runner()
    runner.run()
    snap = wait_for(runner, lambda s: s.running and s.updates_per_second > 0)
    assert math.isfinite(snap.updates_per_second)
    runner.pause()
    snap = wait_for(runner, lambda s: not s.running)
    assert snap.updates_per_second == 0.0


def test_pauses_by_itself_when_settled(make_runner):
    runner, engine = make_runner(FakeEngine(settle_at=5000))
    runner.run()
    snap = wait_for(runner, lambda s: not s.running and s.steps > 0)
    assert snap.settled
    assert snap.steps >= 5000 and snap.data["count"] == snap.steps
    assert snap.error is None


def test_keeps_running_past_settled_when_asked(make_runner):
    runner, _ = make_runner(FakeEngine(settle_at=100), pause_when_settled=False)
    runner.run()
    snap = wait_for(runner, lambda s: s.steps > 100_000)
    assert snap.running and snap.settled
    runner.pause()


def test_error_in_step_is_reported_and_last_state_kept(make_runner):
    runner, engine = make_runner(FakeEngine(fail_at=50))
    runner.step(10)
    wait_for(runner, lambda s: s.steps == 10)
    runner.run()
    snap = wait_for(runner, lambda s: s.error is not None)
    assert snap.error == "RuntimeError: the engine broke"
    assert not snap.running
    assert snap.steps == engine.count <= 50
    assert snap.data["count"] == engine.count, "the snapshot shows the last good state"


def test_value_error_message_reaches_the_user_verbatim(make_runner):
    runner, engine = make_runner(FakeEngine(fail_at=0, fail_with=ValueError))
    runner.step(1)
    snap = wait_for(runner, lambda s: s.error is not None)
    assert snap.error == "the engine broke"
    assert snap.steps == 0, "a failed step does not count"


def test_reset_clears_the_error(make_runner):
    runner, engine = make_runner(FakeEngine(fail_at=3))
    runner.step(5)
    wait_for(runner, lambda s: s.error is not None)
    runner.reset(1)
    snap = wait_for(runner, lambda s: s.error is None)
    assert snap.steps == 0


def test_error_in_snapshot_is_reported(make_runner):
    runner, engine = make_runner()
    wait_for(runner, lambda s: True)
    engine.snapshot_fails = True
    runner.step(1)
    snap = wait_for(runner, lambda s: s.error is not None)
    assert snap.error == "RuntimeError: cannot draw"
    assert dict(snap.data) == {}


def test_call_runs_in_the_worker_and_returns_a_result(make_runner):
    runner, engine = make_runner()
    wait_for(runner, lambda s: True)

    def edit(e):
        e.count = 99
        return threading.current_thread().name

    future = runner.call(edit)
    assert future.result(timeout=5) == "engine-runner"
    snap = wait_for(runner, lambda s: s.data.get("count") == 99)
    assert not snap.running


def test_call_error_goes_to_the_future_and_the_snapshot(make_runner):
    runner, _ = make_runner()

    def bad(_engine):
        raise ValueError("That pattern has the wrong size.")

    future = runner.call(bad)
    with pytest.raises(ValueError, match="wrong size"):
        future.result(timeout=5)
    snap = wait_for(runner, lambda s: s.error is not None)
    assert snap.error == "That pattern has the wrong size."


def test_call_runs_inline_when_the_worker_is_not_running():
    engine = FakeEngine()
    runner = Runner(engine)
    future = runner.call(lambda e: threading.current_thread().name)
    assert future.done()
    assert future.result() == threading.current_thread().name
    snap = runner.latest()
    assert snap is not None and snap.data["count"] == 0


def test_stop_ends_a_flat_out_run_promptly(make_runner):
    runner, engine = make_runner(FakeEngine(cost_per_step=1e-6))
    runner.run()
    wait_for(runner, lambda s: s.running and s.steps > 0)
    assert runner.stop(timeout=1.0)
    assert not runner.alive
    final = runner.latest()
    assert final is not None and not final.running
    count = engine.count
    time.sleep(0.02)
    assert engine.count == count
    assert runner.stop(0.1), "stopping twice is harmless"


def test_stop_before_start_is_harmless():
    runner = Runner(FakeEngine())
    assert runner.stop(0.1)
    assert not runner.alive


def test_mailbox_keeps_only_the_newest_item():
    box = Mailbox()
    assert box.take() is None
    box.put(1)
    box.put(2)
    assert box.take() == 2
    assert box.take() is None


def test_unread_snapshots_are_dropped_not_queued(make_runner):
    runner, _ = make_runner(publish_interval=0.001)
    runner.run()
    wait_for(runner, lambda s: s.running)
    time.sleep(0.1)  # many publications, none read
    runner.pause()
    time.sleep(0.05)
    snap = runner.latest()
    assert snap is not None and not snap.running and snap.seq > 3
    assert runner.latest() is None, "older snapshots were replaced, not kept"


def test_a_completed_call_is_already_in_the_published_snapshot():
    # The GUI waits on call() and then takes the latest snapshot: it must show the edit.
    class Counter:
        def __init__(self):
            self.value = 0

        def reset(self, seed=None):
            self.value = 0

        def step(self, n=1):
            return 0

        def snapshot(self):
            time.sleep(0.001)  # a snapshot takes time: widens the window a race would need
            return {"value": self.value}

        def is_settled(self):
            return False

        def state_dict(self):
            return {}

        def load_state_dict(self, state):
            pass

    runner = Runner(Counter())
    runner.start()
    try:
        for k in range(1, 100):
            runner.call(lambda eng, k=k: setattr(eng, "value", k)).result(2)
            snap = runner.latest()
            assert snap is not None and snap.data["value"] == k
    finally:
        assert runner.stop(1.0)


def test_settle_hook_starts_the_next_round_in_the_worker(make_runner):
    runner, engine = make_runner(FakeEngine(settle_at=1000))
    rounds = []

    def next_round(eng):
        rounds.append(threading.current_thread().name)
        if len(rounds) == 5:
            return False
        eng.settle_at = eng.count + 1000
        return True

    runner.set_when_settled(next_round)
    runner.run()
    snap = wait_for(runner, lambda s: not s.running and s.steps > 0)
    assert len(rounds) == 5 and set(rounds) == {"engine-runner"}
    assert snap.steps >= 5000 and snap.settled and snap.error is None
    # Without the hook a settled run pauses again at once.
    runner.set_when_settled(None)
    engine.settle_at = engine.count + 500
    runner.run()
    snap = wait_for(runner, lambda s: not s.running and s.steps >= engine.settle_at)
    assert len(rounds) == 5


def test_a_failing_settle_hook_pauses_and_reports(make_runner):
    runner, _ = make_runner(FakeEngine(settle_at=100))

    def broken(eng):
        raise ValueError("The next round cannot start.")

    runner.set_when_settled(broken)
    runner.run()
    snap = wait_for(runner, lambda s: not s.running and s.steps > 0)
    assert snap.error == "The next round cannot start."
    with pytest.raises(ValueError, match="function of the engine"):
        runner.set_when_settled(42)


def test_chunk_size_and_hook_are_readable_in_the_worker(make_runner):
    runner, _ = make_runner()
    hook = lambda eng: False  # noqa: E731
    runner.set_when_settled(hook)
    runner.run()
    wait_for(runner, lambda s: s.steps > 10_000)
    runner.pause()
    chunk, seen = runner.call(lambda eng: (runner.chunk_size, runner.when_settled)).result(2)
    assert chunk > 1 and seen is hook


def test_unread_snapshots_are_not_remade_faster_than_they_go_stale(make_runner):
    # A snapshot nobody takes is not rebuilt at the publish interval, only every STALE_AFTER seconds.
    from simulator.core.runner import STALE_AFTER

    counting = FakeEngine()
    made = []
    plain = counting.snapshot
    counting.snapshot = lambda: (made.append(1), plain())[1]
    runner, _ = make_runner(counting, publish_interval=0.001)
    runner.run()
    wait_for(runner, lambda s: s.running)
    made.clear()
    time.sleep(0.5)
    unread = len(made)
    assert unread <= 0.5 / STALE_AFTER + 2
    made.clear()
    deadline = time.monotonic() + 0.5
    while time.monotonic() < deadline:  # a reader that takes every snapshot gets many more
        runner.latest()
        time.sleep(0.002)
    assert len(made) > 3 * unread
    runner.pause()


def test_a_display_polling_each_frame_gets_one_fresh_snapshot_per_frame(make_runner):
    # A display polls latest() every 16 ms; flat out, the runner paces its snapshots to the polls:
    # nearly every poll finds a new one, and it makes hardly more than the display takes. The
    # chunks would last 40-80 ms unpaced: most frames would show nothing new.
    made = []
    engine = FakeEngine(cost_per_step=20e-6)
    plain = engine.snapshot
    engine.snapshot = lambda: (made.append(time.perf_counter()), plain())[1]
    runner, _ = make_runner(engine, chunk_seconds=0.08)
    runner.run()
    wait_for(runner, lambda s: s.running)
    polls, fresh = 0, 0
    next_poll = time.perf_counter()
    for _ in range(70):
        next_poll += 0.016
        time.sleep(max(0.0, next_poll - time.perf_counter()))
        polls += 1
        if runner.latest() is not None:
            fresh += 1
        if polls == 10:
            made.clear()  # the first frames teach the runner the period
            fresh = 0
    counted = polls - 10
    runner.pause()
    # Loose bounds (a loaded CI machine wakes the poller late): unpaced, fewer than 40 % would.
    assert fresh >= 0.6 * counted, f"only {fresh} of {counted} frames had a new snapshot"
    assert len(made) <= counted + 3, f"{len(made)} snapshots made for {counted} frames"


def test_paced_chunks_are_long_and_end_between_polls(make_runner):
    # Without a display the chunks last about chunk_seconds (40-80 ms here); a display's polls cut
    # them to end half a frame after a poll: one to three a frame, hardly any longer than a frame.
    engine = FakeEngine(cost_per_step=20e-6)
    ends: list[float] = []
    step = engine.step
    engine.step = lambda n=1: (step(n), ends.append(time.perf_counter()))[0]
    runner, _ = make_runner(engine, chunk_seconds=0.08)
    runner.run()
    wait_for(runner, lambda s: s.running and engine.max_chunk >= 256)
    polls = []
    next_poll = time.perf_counter()
    for _ in range(60):
        next_poll += 0.016
        time.sleep(max(0.0, next_poll - time.perf_counter()))
        polls.append(time.perf_counter())
        runner.latest()
    runner.pause()
    wait_for(runner, lambda s: not s.running)
    late = [t for t in ends if polls[20] < t < polls[-1]]
    gaps = [b - a for a, b in zip(late, late[1:])]
    assert len(late) <= 3 * (len(polls) - 21), "chunks were not paced: far more than two or three a frame"
    # Loose bounds (a loaded CI machine wakes the poller late): unpaced, chunks last 40-80 ms.
    assert sorted(gaps)[int(0.8 * len(gaps))] < 0.032, "chunks outlasted a frame"
    assert len(late) >= 0.6 * (len(polls) - 21), "far fewer chunks than frames: they were not cut"
