"""The Boltzmann engines' state dicts: chunking does not change a run, and a restored engine continues exactly."""

from __future__ import annotations

import numpy as np
import pytest

from simulator.models.boltzmann import BoltzmannMachine, Linear, Quench, scenes
from simulator.models.boltzmann.learning import BoltzmannLearner
from tests.models.scene_helpers import assert_same_tree, run_in_chunks, through_file


def machine(schedule=None, n: int = 10) -> BoltzmannMachine:
    s = scenes.spin_glass(n, 3)
    m = BoltzmannMachine(s.n_units, s.weights, s.biases, seed=7)
    m.set_state(np.random.default_rng(2).integers(0, 2, n))
    m.set_schedule(schedule if schedule is not None else Linear(4.0, 0.05, 600))
    return m


@pytest.mark.parametrize("schedule", [None, Quench()])
def test_how_updates_are_chunked_does_not_change_the_run(schedule):
    a, b, c = machine(schedule), machine(schedule), machine(schedule)
    total = 4000
    a.step(total)
    run_in_chunks(b, total, [1, 33, 7, 999, 2])
    assert_same_tree(a.state_dict(), b.state_dict())
    a = machine(schedule)  # fresh: ring buffers keep stale samples past their count after a reset
    run_in_chunks(a, total, [total], use_advance=True)
    run_in_chunks(c, total, [3, 17, 101], use_advance=True)
    assert_same_tree(a.state_dict(), c.state_dict())


@pytest.mark.parametrize("n", [10, 16])
def test_a_restored_machine_continues_exactly_as_the_original(tmp_path, n):
    original = machine(n=n)
    original.step(1234)  # in the middle of a sweep and of a block of random numbers
    copy = BoltzmannMachine(n, seed=99)
    copy.load_state_dict(through_file(tmp_path, "boltzmann", original.state_dict()))
    assert_same_tree(original.state_dict(), copy.state_dict())
    assert_same_tree(original.snapshot(), copy.snapshot())
    original.step(20_000)
    run_in_chunks(copy, 20_000, [5, 4000, 1, 777])
    assert_same_tree(original.state_dict(), copy.state_dict())
    assert_same_tree(original.snapshot(), copy.snapshot())


def test_a_bad_run_state_is_refused_and_changes_nothing():
    good = machine()
    good.step(100)
    state = good.state_dict()
    target = machine(Quench())
    target.step(5)
    before = target.state_dict()
    block = state["dynamics"]["block"]
    cases = [("ints", np.full(10, -5, np.int64)), ("fields", np.full(10, np.inf)), ("rng", None),
             ("block", dict(block, orders=np.full_like(block["orders"], 12))),
             ("block", dict(block, uniforms=block["uniforms"] + 1.0)), ("visits", np.zeros(3, np.int64))]
    for key, value in cases:
        bad = dict(state, dynamics=dict(state["dynamics"], **{key: value}))
        with pytest.raises(ValueError):
            target.load_state_dict(bad)
        assert_same_tree(before, target.state_dict())


def test_a_restored_learner_continues_exactly(tmp_path):
    original = BoltzmannLearner(seed=4)
    original.step(3)
    copy = BoltzmannLearner(seed=0)
    copy.load_state_dict(through_file(tmp_path, "boltzmann", original.state_dict()))
    original.step(2)
    copy.step(1)
    copy.step(1)
    assert_same_tree(original.state_dict(), copy.state_dict())
