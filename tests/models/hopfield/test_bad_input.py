"""Bad input gets a clear ValueError and leaves the network exactly as it was."""

from __future__ import annotations

import numpy as np
import pytest

from simulator.models.hopfield import HopfieldNetwork


def make_net():
    net = HopfieldNetwork(6, seed=3)
    net.store([[1, -1, 1, -1, 1, 1], [1, 1, 1, -1, -1, -1]])
    net.set_state([1, 1, 1, -1, 1, 1])
    net.step(4)
    return net


def fingerprint(net):
    snap = net.snapshot()
    return {
        "state": net.state.tolist(), "patterns": net.patterns.tolist(), "weights": net.weights.tolist(),
        "biases": net.biases.tolist(), "rule": net.rule, "mode": net.mode, "order": net.order, "seed": net.seed,
        "updates": snap["updates"], "versions": (snap["weights_version"], snap["patterns_version"]),
        "trace": snap["trace_energy"].tolist(), "energy": net.energy(), "fields": net.local_fields().tolist(),
    }


def assert_refused(action, match):
    net = make_net()
    before = fingerprint(net)
    with pytest.raises(ValueError, match=match):
        action(net)
    assert fingerprint(net) == before


def test_the_notes_example_is_refused_saying_units_are_plus_minus_one():
    assert_refused(lambda n: n.store([1, 0, -1, 0, 1]), r"Hopfield units are \+1 or -1; found 0 at positions 1 and 3")


@pytest.mark.parametrize("bad, match", [
    ([1, 0, -1, 0, 1, 1], r"found 0 at positions 1 and 3"),
    ([[1, 1, 1, 1, 1, 1], [1, 1, 2, 1, 1, 1]], r"found 2 at position 2 in pattern 1"),
    ([1, 1, 1, 1, 1, 0.5], r"found 0.5 at position 5"),
    ([1, np.nan, 1, 1, 1, 1], r"NaN at position 1"),
    ([1, np.inf, 1, 1, 1, 1], r"\+1 or -1; found inf"),
    ([True, False, True, True, True, True], r"found 0 at position 1"),
    ([1, -1, 1, -1, 1], r"needs 6 values, got 5"),
    ([[1, -1, 1, -1, 1, 1, 1]], r"needs 6 values, got 7"),
    ([[1, 1], [1]], r"same length"),
    (["a", "b", "c", "d", "e", "f"], r"not text"),
    (7, r"needs 6 values, got 1"),
    (np.ones((2, 2, 6)), r"\(p, 6\) array"),
])
def test_store_refuses(bad, match):
    assert_refused(lambda n: n.store(bad), match)


@pytest.mark.parametrize("bad, match", [
    ([1, 0, 1, 1, 1, 1], r"found 0 at position 1"),
    ([1, 1, 1], r"a state for this network needs 6 values, got 3"),
    ([np.nan] * 6, r"NaN"),
    ([[1, 1, 1, 1, 1, 1], [1, 1, 1, 1, 1, 1]], r"one vector"),
])
def test_set_state_refuses(bad, match):
    assert_refused(lambda n: n.set_state(bad), match)


def test_recall_refuses_bad_cue_and_arguments():
    assert_refused(lambda n: n.recall([1, 2, 1, 1, 1, 1]), r"found 2")
    assert_refused(lambda n: n.recall([1] * 6, max_sweeps=-1), r"cannot be negative")
    assert_refused(lambda n: n.recall([1] * 6, mode="parallel"), r"unknown mode 'parallel'")


@pytest.mark.parametrize("bad, match", [
    ([0.1] * 5, r"need 6 values, got 5"),
    ([0.1, 0.1, np.nan, 0, 0, 0], r"finite"),
    ([0.1, 0.1, np.inf, 0, 0, 0], r"finite"),
    (["x"] * 6, r"numbers"),
])
def test_set_biases_refuses(bad, match):
    assert_refused(lambda n: n.set_biases(bad), match)


def test_unknown_rule_mode_order():
    def set_rule(n):
        n.rule = "oja"

    def set_mode(n):
        n.mode = "fast"

    def set_order(n):
        n.order = "reversed"

    assert_refused(set_rule, r"unknown rule 'oja'; choose one of: hebbian, storkey, pseudo-inverse")
    assert_refused(set_mode, r"unknown mode 'fast'; choose one of: async, sync")
    assert_refused(set_order, r"unknown order 'reversed'; choose one of: random, sequential")
    assert_refused(lambda n: n.step(1, mode="fast"), r"unknown mode")
    with pytest.raises(ValueError, match="unknown rule"):
        HopfieldNetwork(5, rule="Hebbian")


@pytest.mark.parametrize("bad, match", [(-1, "cannot be negative"), (1.5, "whole number"), (True, "whole number")])
def test_step_refuses_bad_counts(bad, match):
    assert_refused(lambda n: n.step(bad), match)


def test_reset_refuses_bad_seed():
    assert_refused(lambda n: n.reset(seed=-4), r"seed is a whole number")
    assert_refused(lambda n: n.reset(seed=2.5), r"seed is a whole number")


@pytest.mark.parametrize("n, match", [(0, "at least 1 unit"), (-3, "at least 1 unit"), (2.0, "whole number"),
                                      ("64", "whole number")])
def test_network_size_refused(n, match):
    with pytest.raises(ValueError, match=match):
        HopfieldNetwork(n)


def test_network_too_large_for_memory_names_the_gigabytes():
    with pytest.raises(ValueError, match=r"1000000 units needs 4000\.0 GB .* choose fewer units"):
        HopfieldNetwork(1_000_000)


def test_load_state_dict_refuses_a_scene_that_does_not_fit():
    good = make_net().state_dict()
    other = HopfieldNetwork(7).state_dict()
    assert_refused(lambda n: n.load_state_dict(other), r"scene is for a network of 7 units; this one has 6")
    assert_refused(lambda n: n.load_state_dict({**good, "rule": "nope"}), r"unknown rule")
    assert_refused(lambda n: n.load_state_dict({**good, "patterns": [[1, 0, 1, 1, 1, 1]]}), r"found 0")
    assert_refused(lambda n: n.load_state_dict({**good, "state": [1, 1]}), r"needs 6 values")
    assert_refused(lambda n: n.load_state_dict({k: v for k, v in good.items() if k != "cue"}), r"missing cue")
    assert_refused(lambda n: n.load_state_dict({**good, "version": 99}), r"version")
    assert_refused(lambda n: n.load_state_dict("scene"), r"mapping")
