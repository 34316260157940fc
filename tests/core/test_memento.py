"""Generic engine checkpoints: exact restore for every model, shared unchanged arrays, static arrays by reference."""

from __future__ import annotations

import numpy as np
import pytest

from simulator.core import memento
from tests.test_stateful_runners import ADAPTERS, Q_PRESETS, assert_same

#: One small engine of every kind the panels run.
CASES = [
    ("hopfield", "hebbian"),
    ("hopfield", "storkey"),
    ("boltzmann", "linear"),
    ("qlearning", (Q_PRESETS[0], "sarsa")),
    ("qlearning", (Q_PRESETS[2], "q_learning")),
    ("gan", ("ring", "both")),
    ("rbm", ("training", 3)),
    ("rbm", ("dreaming", 3)),
    ("rbm", ("completion", 3)),
    ("rbm", ("recommender", 3)),
]


def _ids(case) -> str:
    return f"{case[0]}-{case[1]}"


@pytest.mark.parametrize("case", CASES, ids=[_ids(c) for c in CASES])
def test_restoring_a_checkpoint_replays_the_same_future(case):
    key, variant = case
    engine = ADAPTERS[key].make(variant, 11)
    engine.step(3)
    checkpoint = memento.take(engine)
    for _ in range(4):
        engine.step(1)
    expected_state, expected_snapshot = engine.state_dict(), engine.snapshot()
    engine.step(9)  # wander off, then come back
    memento.restore(engine, checkpoint)
    for _ in range(4):
        engine.step(1)
    assert_same(expected_state, engine.state_dict())
    assert_same(expected_snapshot, engine.snapshot())
    # The checkpoint was not changed by being restored: restoring it again replays it again.
    memento.restore(engine, checkpoint)
    for _ in range(4):
        engine.step(1)
    assert_same(expected_state, engine.state_dict())


def test_a_checkpoint_does_not_change_when_the_engine_does():
    engine = ADAPTERS["hopfield"].make("hebbian", 1)
    checkpoint = memento.take(engine)
    frozen_state = checkpoint.tree["_x"].data.copy()
    engine.set_state(-frozen_state)
    assert np.array_equal(checkpoint.tree["_x"].data, frozen_state)
    assert not checkpoint.tree["_x"].data.flags.writeable


class Holder:
    """A toy engine: a big array that changes in one row, one that never changes, a generator, aliases."""

    def __init__(self) -> None:
        self.ring = np.zeros((4096, 16))  # 512 KB: kept in blocks
        self.fixed = np.arange(1000.0)
        self.weights = np.ones((300, 300))
        self.rng = np.random.default_rng(5)
        self.alias = self.fixed
        self.count = 0

    def step(self) -> None:
        self.ring[self.count] = self.rng.random(16)
        self.count += 1


class StaticHolder(Holder):
    def rewind_static(self):
        return (self.weights,)


def test_unchanged_arrays_are_shared_with_the_previous_checkpoint():
    h = Holder()
    first = memento.take(h)
    assert first.new_bytes >= h.ring.nbytes + h.fixed.nbytes + h.weights.nbytes
    h.step()
    second = memento.take(h, first)
    # Only the block of the ring holding row 0 was copied again.
    assert 0 < second.new_bytes <= memento.BLOCK_BYTES
    assert second.tree["fixed"].data is first.tree["fixed"].data
    assert second.tree["ring"].blocks[1] is first.tree["ring"].blocks[1]
    assert second.tree["ring"].blocks[0] is not first.tree["ring"].blocks[0]
    assert not second.unchanged
    third = memento.take(h, second)
    assert third.new_bytes == 0 and third.unchanged
    h.rng.random()  # only the generator moved
    assert not memento.take(h, third).unchanged


def test_aliases_and_generators_come_back_as_they_were():
    h = Holder()
    checkpoint = memento.take(h)
    rng_before = h.rng
    expected = np.random.default_rng(5).random(3)
    h.rng.random(10)
    h.fixed = np.zeros(3)
    memento.restore(h, checkpoint)
    assert h.alias is h.fixed and np.array_equal(h.fixed, np.arange(1000.0))
    assert h.fixed.flags.writeable
    assert h.rng is rng_before, "the generator is restored in place (others may hold it)"
    assert np.array_equal(h.rng.random(3), expected)


def test_arrays_the_engine_calls_static_are_kept_by_reference():
    h = StaticHolder()
    checkpoint = memento.take(h)
    assert checkpoint.tree["weights"].data is h.weights
    assert any(a is h.weights for a in checkpoint.by_reference)
    assert checkpoint.new_bytes < h.weights.nbytes
    old = h.weights
    h.weights = np.zeros((2, 2))  # replaced, never written in place
    memento.restore(h, checkpoint)
    assert h.weights is old
