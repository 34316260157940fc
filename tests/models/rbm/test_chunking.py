"""The RBM engines go on identically from a saved state, and do not care how the Runner chunks their steps."""

from __future__ import annotations

import numpy as np
import pytest

from simulator.models.rbm.data import digit_data
from simulator.models.rbm.recommender import Recommender
from simulator.models.rbm.scenes import CompletionEngine, DreamEngine, RBMTrainer
from tests.scene_tools import assert_same, json_round_trip


@pytest.fixture(scope="module")
def small_data():
    d = digit_data("threshold", 0.2, seed=0)
    return d.train[:200], d.heldout[:60]


def trained(small_data):
    t = RBMTrainer(data=small_data[0], heldout=small_data[1], n_hidden=12, epochs=50, seed=4, batch_size=10,
                   persistent=True, k=2)
    t.step(35)
    return t


def test_trainer_chunks_and_restores_exactly(small_data):
    one = trained(small_data)
    saved = json_round_trip(one.state_dict())
    two = RBMTrainer.from_state_dict(saved)
    three = RBMTrainer.from_state_dict(saved)
    for n in (1, 3, 17, 2, 40):    # across the epoch ends (20 mini-batches each)
        one.step(n)
    two.step(63)
    for _ in range(63):
        three.step(1)
    assert_same(one.state_dict(), two.state_dict())
    assert_same(one.state_dict(), three.state_dict())
    assert_same(one.snapshot()["recon_error"], two.snapshot()["recon_error"])


def test_dreaming_and_completion_chunk_and_restore_exactly(small_data):
    rbm = trained(small_data).rbm
    image = small_data[1][0]
    known = np.ones(64, bool)
    known[32:] = False
    for make in (lambda: DreamEngine(rbm, n_chains=5, seed=2), lambda: CompletionEngine(rbm, image, known, seed=2)):
        one = make()
        one.step(7)
        two = type(one).from_state_dict(json_round_trip(one.state_dict()))
        one.step(1)
        one.step(12)
        two.step(13)
        assert_same(one.state_dict(), two.state_dict())


def test_recommender_chunks_and_restores_exactly():
    one = Recommender(n_hidden=4, epochs=40, seed=1)
    one.step(3)
    two = Recommender.from_state_dict(json_round_trip(one.state_dict()))
    one.step(2)
    one.step(5)
    two.step(4)
    for _ in range(3):
        two.step(1)
    assert_same(one.state_dict(), two.state_dict())


def test_a_damaged_state_is_refused_and_changes_nothing(small_data):
    t = trained(small_data)
    before = t.state_dict()
    for edit in (lambda s: s["training"].update(order=np.arange(5)), lambda s: s["training"].update(rng={}),
                 lambda s: s["traces"]["recon"].update(count=-1), lambda s: s["training"].pop("chains"),
                 lambda s: s["training"].update(velocity_w=np.zeros((3, 3)))):
        bad = t.state_dict()
        edit(bad)
        with pytest.raises(ValueError):
            t.load_state_dict(bad)
    assert_same(t.state_dict(), before)
