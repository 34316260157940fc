"""The Runner keeps a rewind history and restores an entry exactly: the same future follows."""

from __future__ import annotations

import time

import pytest

from simulator.core import memento
from simulator.core.history import History
from simulator.core.runner import Runner
from tests.test_stateful_runners import ADAPTERS, Q_PRESETS, assert_same

TIMEOUT = 10.0
CASES = [
    ("hopfield", "hebbian"),
    ("boltzmann", "linear"),
    ("qlearning", (Q_PRESETS[0], "q_learning")),
    ("gan", ("ring", "both")),
    ("rbm", ("training", 5)),
    ("rbm", ("dreaming", 5)),
]


def sync(runner: Runner) -> None:
    runner.call(lambda engine: None).result(TIMEOUT)


@pytest.fixture
def runners():
    made: list[Runner] = []

    def make(engine, **options) -> Runner:
        runner = Runner(engine, pause_when_settled=False, **options)
        runner.start()
        made.append(runner)
        return runner

    yield make
    for runner in made:
        assert runner.stop(2.0)


@pytest.mark.parametrize("case", CASES, ids=[f"{k}-{v}" for k, v in CASES])
def test_restoring_an_entry_then_stepping_gives_the_original_run(runners, case):
    key, variant = case
    runner = runners(ADAPTERS[key].make(variant, 3))
    states = {}
    for _ in range(12):
        runner.step(1)
        sync(runner)
        steps = runner.history.newest.steps
        states[steps] = runner.call(lambda e: (e.state_dict(), e.snapshot())).result(TIMEOUT)
    entries = runner.history.entries()
    by_steps = {e.steps: e for e in entries}
    assert sorted(states) == list(range(1, 13)) and set(states) <= set(by_steps)
    entry = by_steps[4]
    runner.restore(entry).result(TIMEOUT)
    kept = runner.history.entries()
    # The newer entries are dropped (an engine whose snapshot() moves a counter, as the GAN's
    # heatmap schedule does, adds one as the restored state is published).
    assert kept[:entries.index(entry) + 1] == entries[:entries.index(entry) + 1]
    assert all(e.index > entries[-1].index for e in kept[entries.index(entry) + 1:])
    assert_same(states[4][0], runner.call(lambda e: e.state_dict()).result(TIMEOUT), "the restored state")
    for n in range(1, 6):
        runner.step(1)
        sync(runner)
        state, data = runner.call(lambda e: (e.state_dict(), e.snapshot())).result(TIMEOUT)
        assert_same(states[4 + n][0], state, f"state {n} steps after the entry")
        assert_same(states[4 + n][1], data, f"snapshot {n} steps after the entry")
    snap = None
    while (s := runner.latest()) is not None:
        snap = s
    assert snap.steps == 9, "the step count goes on from the entry's"


def test_a_run_captures_a_few_times_a_second_and_every_command(runners):
    engine = ADAPTERS["qlearning"].make((Q_PRESETS[0], "q_learning"), 1)
    runner = runners(engine, history=History(interval=0.05))
    sync(runner)
    assert len(runner.history) == 1, "the starting state is kept"
    runner.run()
    time.sleep(0.5)
    runner.pause()
    sync(runner)
    kept = len(runner.history)
    assert 3 <= kept <= 0.5 / 0.05 + 3
    steps = [e.steps for e in runner.history.entries()]
    assert steps == sorted(steps) and steps[-1] > 1000
    runner.step(1)
    sync(runner)
    assert len(runner.history) == kept + 1 and runner.history.newest.steps == steps[-1] + 1
    runner.call(lambda e: None).result(TIMEOUT)
    assert len(runner.history) == kept + 1, "an edit that changed nothing adds nothing"


def test_restore_can_run_on_and_a_runner_without_history_has_none(runners):
    runner = runners(ADAPTERS["boltzmann"].make("constant", 2))
    runner.step(5)
    runner.step(5)
    sync(runner)
    first = runner.history.entries()[1]
    runner.restore(first, run=True).result(TIMEOUT)
    time.sleep(0.1)
    runner.pause()
    sync(runner)
    entries = runner.history.entries()
    assert entries[1] is first and entries[-1].steps > 5
    assert runners(ADAPTERS["boltzmann"].make("constant", 2), history=False).history is None


def test_a_restore_that_does_not_fit_is_reported_and_changes_nothing(runners):
    runner = runners(ADAPTERS["hopfield"].make("hebbian", 2))
    runner.step(3)
    sync(runner)
    entry = runner.history.newest
    broken = type(entry)(entry.index, entry.snapshot, "not a checkpoint", entry.time)
    future = runner.restore(broken)
    with pytest.raises(Exception):
        future.result(TIMEOUT)
    assert runner.call(lambda e: memento.take(e, entry.checkpoint).unchanged).result(TIMEOUT)
