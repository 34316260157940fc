"""The Hopfield engine's state dict: chunking does not change a run, and a restored network continues exactly."""

from __future__ import annotations

import numpy as np
import pytest

from simulator.core import patterns as pat
from simulator.models.hopfield import HopfieldNetwork
from tests.models.scene_helpers import assert_same_tree, run_in_chunks, through_file


def network(rule: str = "hebbian", mode: str = "async", order: str = "random") -> HopfieldNetwork:
    rng = np.random.default_rng(5)
    net = HopfieldNetwork(100, rule=rule, seed=11)
    net.store(pat.random_patterns(12, 100, rng))
    net.mode, net.order = mode, order
    net.set_state(pat.random_patterns(1, 100, rng)[0])
    return net


@pytest.mark.parametrize("rule, mode, order", [("hebbian", "async", "random"), ("storkey", "async", "random"),
                                               ("pseudo-inverse", "async", "sequential"), ("hebbian", "sync", "random")])
def test_how_updates_are_chunked_does_not_change_the_run(rule, mode, order):
    a, b, c = network(rule, mode, order), network(rule, mode, order), network(rule, mode, order)
    total = 730 if mode == "async" else 7
    a.step(total)
    run_in_chunks(b, total, [1, 37, 3, 250, 99] if mode == "async" else [1, 2, 3])
    run_in_chunks(c, total, [13, 1, 101], use_advance=True)
    assert_same_tree(a.state_dict(), b.state_dict())
    if not c.is_settled():
        assert_same_tree(a.state_dict(), c.state_dict())
    else:
        assert np.array_equal(c.state, a.state)


@pytest.mark.parametrize("rule, mode", [("hebbian", "async"), ("storkey", "async"), ("hebbian", "sync")])
def test_a_restored_network_continues_exactly_as_the_original(tmp_path, rule, mode):
    original = network(rule, mode)
    original.step(157 if mode == "async" else 1)  # stop in the middle of a sweep
    saved = through_file(tmp_path, "hopfield", original.state_dict())
    copy = HopfieldNetwork(100, rule="hebbian", seed=1)
    copy.load_state_dict(saved)
    assert_same_tree(original.state_dict(), copy.state_dict())
    assert copy.snapshot()["trace_count"] == original.snapshot()["trace_count"]
    n = 420 if mode == "async" else 4
    original.step(n)
    run_in_chunks(copy, n, [7, 60, 1])
    assert_same_tree(original.state_dict(), copy.state_dict())
    # A reset after the restore still replays from the cue with the seed.
    original.reset()
    copy.reset()
    assert_same_tree(original.state_dict(), copy.state_dict())


def test_a_bad_run_state_is_refused_and_changes_nothing():
    net = network()
    net.step(50)
    good = net.state_dict()
    target = network("storkey")
    target.step(3)
    before = target.state_dict()
    bad_cases = []
    for key, value in (("order", np.zeros(100, np.int64)), ("position", 101), ("fields", np.full(100, np.nan)),
                       ("rng", {"bit_generator": "MT19937"}), ("flip_counts", np.zeros(99, np.int32)),
                       ("trace_overlaps", np.zeros((2048, 3)))):
        state = dict(good)
        state["dynamics"] = dict(good["dynamics"], **{key: value})
        bad_cases.append(state)
    missing = dict(good)
    missing["dynamics"] = {k: v for k, v in good["dynamics"].items() if k != "rng"}
    bad_cases.append(missing)
    for state in bad_cases:
        with pytest.raises(ValueError):
            target.load_state_dict(state)
        assert_same_tree(before, target.state_dict())
