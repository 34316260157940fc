"""HopfieldNetwork's public API: storage, stepping, counters, traces, snapshots, scenes."""

from __future__ import annotations

import time

import numpy as np
import pytest

from simulator.core.engine import Engine
from simulator.core.runner import Runner
from simulator.models.hopfield import HopfieldNetwork, Recognition
from simulator.models.hopfield.engine import TRACE_CAPACITY

SNAPSHOT_KEYS = {
    "n_units", "p", "load", "rule", "mode", "order", "state", "flip_counts", "last_unit", "last_field",
    "last_flipped", "energy", "overlaps", "updates", "sweeps", "trace_sweeps", "trace_energy",
    "trace_overlaps", "trace_count", "sweep_flips", "sweep_flips_current", "settled", "recognition", "weights", "weight_scale",
    "weights_version", "patterns", "patterns_version",
}


def random_patterns(p, n, seed):
    rng = np.random.default_rng(seed)
    return np.where(rng.random((p, n)) < 0.5, -1, 1).astype(np.int8)


def test_new_network_defaults():
    net = HopfieldNetwork(10, seed=1)
    assert net.n_units == 10 and net.rule == "hebbian" and net.mode == "async" and net.order == "random"
    assert net.state.dtype == np.int8 and np.all(net.state == -1)
    assert net.patterns.shape == (0, 10)
    assert np.all(net.weights == 0)
    assert net.seed == 1
    assert isinstance(net, Engine)


def test_n_units_is_read_only():
    net = HopfieldNetwork(4)
    with pytest.raises(AttributeError):
        net.n_units = 5


def test_hebbian_weights_are_the_notes_formula():
    y = random_patterns(3, 12, 0)
    net = HopfieldNetwork(12)
    net.store(y)
    expected = sum(np.outer(v, v) for v in y.astype(float)) / 12
    np.fill_diagonal(expected, 0)
    np.testing.assert_allclose(net.weights, expected, atol=1e-15)
    assert net.weight_scale == pytest.approx(1 / 12)
    snap = net.snapshot()
    # the internal matrix holds the exact integers
    np.testing.assert_array_equal(snap["weights"].astype(np.float64) * snap["weight_scale"], net.weights)
    assert np.all(snap["weights"] == np.round(snap["weights"]))


@pytest.mark.parametrize("rule", HopfieldNetwork.RULES)
def test_weights_symmetric_zero_diagonal(rule):
    net = HopfieldNetwork(20, rule=rule)
    net.store(random_patterns(5, 20, 3))
    w = net.weights
    assert w.dtype == np.float64
    np.testing.assert_array_equal(w, w.T)
    assert np.all(np.diag(w) == 0)
    internal = net.snapshot()["weights"]
    np.testing.assert_array_equal(internal, internal.T)


def test_weights_property_is_a_fresh_copy():
    net = HopfieldNetwork(6)
    net.store([[1, -1, 1, -1, 1, 1]])
    w = net.weights
    w[0, 1] = 99
    assert net.weights[0, 1] != 99
    s = net.state
    s[0] = 1
    assert net.state[0] == -1


def test_snapshot_keys_dtypes_and_shapes():
    n, p = 16, 3
    net = HopfieldNetwork(n, seed=5)
    net.store(random_patterns(p, n, 1))
    net.set_state(random_patterns(1, n, 2)[0])
    net.step(40)
    snap = net.snapshot()
    assert set(snap) == SNAPSHOT_KEYS
    assert snap["n_units"] == n and snap["p"] == p and snap["load"] == pytest.approx(p / n)
    assert snap["state"].dtype == np.int8 and snap["state"].shape == (n,)
    assert snap["flip_counts"].dtype == np.int32 and snap["flip_counts"].shape == (n,)
    assert snap["overlaps"].dtype == np.float64 and snap["overlaps"].shape == (p,)
    assert snap["updates"] == 40 and snap["sweeps"] == pytest.approx(40 / n)
    k = snap["trace_energy"].shape[0]
    assert snap["trace_sweeps"].shape == (k,) and snap["trace_overlaps"].shape == (k, p)
    assert snap["trace_sweeps"].dtype == np.float64 and snap["trace_overlaps"].dtype == np.float64
    assert snap["sweep_flips"].dtype == np.int64 and snap["sweep_flips"].shape == (40 // n,)
    assert snap["weights"].dtype == np.float32 and snap["weights"].shape == (n, n)
    assert not snap["weights"].flags.writeable and not snap["patterns"].flags.writeable
    assert snap["patterns"].dtype == np.int8 and snap["patterns"].shape == (p, n)
    kind, index, text = snap["recognition"]
    assert isinstance(kind, str) and isinstance(index, int) and isinstance(text, str)
    assert isinstance(snap["last_unit"], int) and isinstance(snap["last_field"], float)
    assert isinstance(snap["last_flipped"], bool) and isinstance(snap["settled"], bool)


def test_snapshot_arrays_do_not_follow_the_engine():
    net = HopfieldNetwork(8, seed=0)
    net.store(random_patterns(2, 8, 0))
    net.set_state(random_patterns(1, 8, 9)[0])
    snap = net.snapshot()
    state, counts, ov = snap["state"].copy(), snap["flip_counts"].copy(), snap["overlaps"].copy()
    net.step(64)
    np.testing.assert_array_equal(snap["state"], state)
    np.testing.assert_array_equal(snap["flip_counts"], counts)
    np.testing.assert_array_equal(snap["overlaps"], ov)


def test_weights_version_and_new_array_on_change():
    net = HopfieldNetwork(8)
    s0 = net.snapshot()
    net.store(random_patterns(2, 8, 0))
    s1 = net.snapshot()
    assert s1["weights_version"] > s0["weights_version"] and s1["patterns_version"] > s0["patterns_version"]
    assert not np.shares_memory(s0["weights"], s1["weights"])
    net.rule = "storkey"
    s2 = net.snapshot()
    assert s2["weights_version"] > s1["weights_version"] and s2["patterns_version"] == s1["patterns_version"]
    assert not np.array_equal(s1["weights"] * s1["weight_scale"], s2["weights"] * s2["weight_scale"])
    # the old snapshot kept its matrix
    assert np.all(s1["weights"] == np.round(s1["weights"]))
    # a snapshot does not copy the matrix when nothing changed
    assert np.shares_memory(s2["weights"], net.snapshot()["weights"])


def test_async_random_order_walks_one_permutation_per_sweep():
    n, seed = 7, 11
    net = HopfieldNetwork(n, seed=seed)
    net.store(random_patterns(2, n, 0))
    rng = np.random.default_rng(seed)
    expected = np.concatenate([rng.permutation(n) for _ in range(3)])
    seen = []
    for _ in range(3 * n):
        net.step(1)
        seen.append(net.snapshot()["last_unit"])
    np.testing.assert_array_equal(seen, expected)
    assert len(net.snapshot()["sweep_flips"]) == 3


def test_sequential_order_and_step_counts():
    n = 5
    net = HopfieldNetwork(n, seed=0)
    net.order = "sequential"
    seen = []
    for _ in range(2 * n):
        net.step(1)
        seen.append(net.snapshot()["last_unit"])
    assert seen == list(range(n)) * 2


def test_step_many_equals_many_single_steps():
    n = 30
    y = random_patterns(4, n, 1)
    cue = random_patterns(1, n, 2)[0]
    a, b = HopfieldNetwork(n, seed=3), HopfieldNetwork(n, seed=3)
    for net in (a, b):
        net.store(y)
        net.set_state(cue)
    flips_a = a.step(77)
    flips_b = sum(b.step(1) for _ in range(77))
    assert flips_a == flips_b
    np.testing.assert_array_equal(a.state, b.state)
    sa, sb = a.snapshot(), b.snapshot()
    np.testing.assert_array_equal(sa["flip_counts"], sb["flip_counts"])
    np.testing.assert_array_equal(sa["trace_energy"], sb["trace_energy"])
    assert sa["flip_counts"].sum() == flips_a


def test_reset_replays_the_same_run_and_seed_changes_it():
    n = 40
    net = HopfieldNetwork(n, seed=7)
    net.store(random_patterns(6, n, 0))
    cue = random_patterns(1, n, 1)[0]
    net.set_state(cue)
    runs = []
    for _ in range(2):
        states = []
        for _ in range(10):
            net.step(9)
            states.append(net.state)
        runs.append(np.array(states))
        net.reset()
        np.testing.assert_array_equal(net.state, cue)
    np.testing.assert_array_equal(runs[0], runs[1])
    net.reset(seed=8)
    assert net.seed == 8
    orders = []
    for _ in range(n):
        net.step(1)
        orders.append(net.snapshot()["last_unit"])
    np.testing.assert_array_equal(orders, np.random.default_rng(8).permutation(n))


def test_reset_clears_counters_and_traces():
    net = HopfieldNetwork(16, seed=0)
    net.store(random_patterns(2, 16, 0))
    net.set_state(random_patterns(1, 16, 5)[0])
    net.step(100)
    net.reset()
    snap = net.snapshot()
    assert snap["updates"] == 0 and snap["trace_count"] == 1 and snap["sweep_flips"].size == 0
    assert snap["flip_counts"].sum() == 0 and snap["last_unit"] == -1


@pytest.mark.parametrize("rule", HopfieldNetwork.RULES)
def test_fields_overlaps_energy_stay_consistent_with_the_state(rule):
    n = 24
    y = random_patterns(4, n, 2)
    net = HopfieldNetwork(n, rule=rule, seed=2)
    net.store(y)
    b = np.random.default_rng(0).normal(0, 0.2, n)
    net.set_biases(b)
    net.set_state(random_patterns(1, n, 3)[0])
    for _ in range(6):
        net.step(11)
        x = net.state.astype(float)
        w = net.weights
        np.testing.assert_allclose(net.local_fields(), w @ x + b, atol=1e-9)
        np.testing.assert_allclose(net.overlaps(), y @ x / n)
        e = -0.5 * x @ w @ x - b @ x
        assert net.energy() == pytest.approx(e, abs=1e-9)
        assert net.snapshot()["energy"] == pytest.approx(e, abs=1e-9)
    net.step(3, mode="sync")
    x = net.state.astype(float)
    assert net.snapshot()["energy"] == pytest.approx(-0.5 * x @ net.weights @ x - b @ x, abs=1e-9)


def test_last_field_is_the_field_when_updated():
    n = 12
    net = HopfieldNetwork(n, seed=4)
    net.store(random_patterns(2, n, 4))
    net.set_state(random_patterns(1, n, 6)[0])
    flipped_any = False
    for _ in range(2 * n):
        before_fields, before_state = net.local_fields(), net.state
        net.step(1)
        snap = net.snapshot()
        i = snap["last_unit"]
        assert snap["last_field"] == pytest.approx(before_fields[i])
        assert snap["last_flipped"] == bool(snap["state"][i] != before_state[i])
        flipped_any |= snap["last_flipped"]
    assert flipped_any


def test_flip_counts_record_every_flip():
    n = 50
    net = HopfieldNetwork(n, seed=1)
    net.store(random_patterns(3, n, 1))
    net.set_state(random_patterns(1, n, 2)[0])
    total = 0
    prev = net.state
    changed = np.zeros(n, np.int64)
    for _ in range(3 * n):
        total += net.step(1)
        cur = net.state
        changed += prev != cur
        prev = cur
    counts = net.snapshot()["flip_counts"]
    np.testing.assert_array_equal(counts, changed)
    assert counts.sum() == total
    assert net.snapshot()["sweep_flips"].sum() == total


def test_trace_sampling_and_ring_order():
    n = 32  # a sample every 2 updates
    net = HopfieldNetwork(n, seed=0)
    net.store(random_patterns(2, n, 0))
    net.step(10)
    snap = net.snapshot()
    assert snap["trace_count"] == 1 + 10 // 2
    np.testing.assert_allclose(snap["trace_sweeps"], np.arange(0, 11, 2) / n)
    net.step(2 * (TRACE_CAPACITY + 100))
    snap = net.snapshot()
    assert snap["trace_count"] == 1 + 5 + TRACE_CAPACITY + 100
    assert snap["trace_sweeps"].shape == (TRACE_CAPACITY,)
    assert np.all(np.diff(snap["trace_sweeps"]) > 0)
    assert snap["trace_sweeps"][-1] == pytest.approx(snap["sweeps"])
    net.step(3, mode="sync")
    snap = net.snapshot()
    assert snap["trace_sweeps"][-1] == pytest.approx(snap["sweeps"])
    assert np.all(np.diff(snap["trace_sweeps"]) > 0)


def test_sweep_flips_ring_keeps_the_last_2048():
    net = HopfieldNetwork(1)
    net.step(TRACE_CAPACITY + 5)
    assert net.snapshot()["sweep_flips"].shape == (TRACE_CAPACITY,)


def test_sync_two_cycle_is_detected():
    net = HopfieldNetwork(2)
    net.store([1, -1])  # w12 = -1/2: from (1, 1) both units flip together forever
    net.set_state([1, 1])
    assert net.step(1, mode="sync") == 2
    np.testing.assert_array_equal(net.state, [-1, -1])
    assert not net.is_settled()
    net.step(1, mode="sync")
    assert net.is_settled() and net.classify().kind == "cycle"
    out = net.recall([1, 1], mode="sync")
    np.testing.assert_array_equal(out, [1, 1])
    assert net.classify().kind == "cycle"
    # asynchronous updates leave the cycle and reach a fixed point
    net.step(2)
    assert net.classify().kind in ("pattern", "inverse")


def test_classify_pattern_inverse_moving():
    y = random_patterns(2, 30, 5)
    net = HopfieldNetwork(30)
    net.store(y)
    net.set_state(y[1])
    assert net.classify() == Recognition("pattern", 1, "Stored pattern 2")
    net.set_state(-y[0])
    r = net.classify()
    assert r.kind == "inverse" and r.index == 0
    x = y[0].copy()
    x[:12] *= -1
    net.set_state(x)
    assert net.classify().kind == "moving" and not net.is_settled()


def test_classify_spurious_fixed_point():
    n = 40
    net = HopfieldNetwork(n, seed=0)
    net.store(random_patterns(8, n, 1))
    rng = np.random.default_rng(0)
    for _ in range(200):
        out = net.recall(np.where(rng.random(n) < 0.5, -1, 1))
        r = net.classify()
        if r.kind == "spurious":
            break
    assert r.kind == "spurious" and r.index == -1 and net.is_settled()
    assert not any(np.array_equal(out, v) or np.array_equal(out, -v) for v in net.patterns)


def test_no_patterns_every_state_is_fixed():
    net = HopfieldNetwork(5, seed=0)
    net.set_state([1, -1, 1, 1, -1])
    assert net.step(20) == 0 and net.is_settled()
    assert net.classify().kind == "spurious"


def test_store_single_vector_and_clear():
    net = HopfieldNetwork(4)
    net.store([1, -1, 1, -1])
    assert net.patterns.shape == (1, 4)
    net.store([])
    assert net.patterns.shape == (0, 4) and np.all(net.weights == 0)
    net.store(np.zeros((0, 4)))
    assert net.snapshot()["p"] == 0


def test_set_state_is_the_cue():
    net = HopfieldNetwork(6, seed=0)
    net.store([[1, -1, 1, -1, 1, 1]])
    cue = [1, 1, 1, -1, 1, 1]
    net.set_state(cue)
    net.step(20)
    net.reset()
    np.testing.assert_array_equal(net.state, cue)


def test_rule_change_keeps_state_and_rederives():
    y = random_patterns(3, 20, 0)
    net = HopfieldNetwork(20)
    net.store(y)
    x = random_patterns(1, 20, 1)[0]
    net.set_state(x)
    for rule in ("pseudo-inverse", "storkey", "hebbian"):
        net.rule = rule
        assert net.rule == rule
        np.testing.assert_array_equal(net.state, x)
        fresh = HopfieldNetwork(20, rule=rule)
        fresh.store(y)
        np.testing.assert_array_equal(net.weights, fresh.weights)


def test_corrupt_flips_the_share_asked_for_and_draws_from_the_networks_own_generator():
    n = 100
    net = HopfieldNetwork(n, seed=4)
    net.store(random_patterns(2, n, 0))
    net.set_state(net.patterns[0])
    net.step(30)
    saved = net.state_dict()
    before = net.state.copy()
    net.corrupt(0.2)
    assert np.sum(net.state != before) == 20
    np.testing.assert_array_equal(net.state_dict()["cue"], net.state)  # the new cue, as set_state makes it
    again = HopfieldNetwork(n, seed=77)
    again.load_state_dict(saved)
    again.corrupt(0.2)  # the same generator state: the same units flipped
    np.testing.assert_array_equal(again.state, net.state)
    net.step(n)
    again.step(n)
    np.testing.assert_array_equal(again.state, net.state)
    with pytest.raises(ValueError, match="between 0 % and 100 %"):
        net.corrupt(1.5)


def test_state_dict_round_trip():
    n = 20
    net = HopfieldNetwork(n, rule="storkey", seed=9)
    net.store(random_patterns(3, n, 0))
    net.set_biases(np.linspace(-0.1, 0.1, n))
    cue = random_patterns(1, n, 1)[0]
    net.set_state(cue)
    net.mode, net.order = "sync", "sequential"
    net.step(2)
    d = net.state_dict()
    other = HopfieldNetwork(n, seed=1)
    other.load_state_dict(d)
    assert (other.rule, other.mode, other.order, other.seed) == ("storkey", "sync", "sequential", 9)
    np.testing.assert_array_equal(other.state, net.state)
    np.testing.assert_array_equal(other.patterns, net.patterns)
    np.testing.assert_array_equal(other.weights, net.weights)
    np.testing.assert_array_equal(other.biases, net.biases)
    other.reset()
    net.reset()
    np.testing.assert_array_equal(other.state, cue)
    net.mode = other.mode = "async"
    net.order = other.order = "random"
    net.step(50)
    other.step(50)
    np.testing.assert_array_equal(other.state, net.state)


def test_memory_stays_lean_for_64x64():
    net = HopfieldNetwork(4096, seed=0)
    net.store(random_patterns(20, 4096, 0))
    snap = net.snapshot()
    assert snap["weights"].dtype == np.float32 and snap["weights"].nbytes == 4096 * 4096 * 4
    big = [v for v in vars(net).values() if isinstance(v, np.ndarray) and v.nbytes > 1 << 20]
    assert sum(a.nbytes for a in big) <= 4096 * 4096 * 4 + (8 << 20)


def test_runs_under_a_runner_until_settled():
    n = 64
    y = random_patterns(3, n, 0)
    net = HopfieldNetwork(n, seed=0)
    net.store(y)
    x = y[0].copy()
    x[:10] *= -1
    net.set_state(x)
    runner = Runner(net, name="hopfield-test-runner")
    runner.start()
    try:
        runner.run()
        deadline = time.monotonic() + 10
        snap = runner.latest()
        while time.monotonic() < deadline:
            s = runner.latest()
            snap = s or snap
            if snap is not None and snap.settled and not snap.running:
                break
            time.sleep(0.01)
        assert snap is not None and snap.settled
        assert snap.data["recognition"][0] == "pattern" and snap.data["recognition"][1] == 0
    finally:
        assert runner.stop(2.0)


def test_advance_stops_at_the_sweep_where_the_state_settles():
    rng = np.random.default_rng(3)
    n = 256
    patterns = rng.choice(np.array([-1, 1], np.int8), size=(5, n))
    cue = patterns[2].copy()
    cue[rng.permutation(n)[: n // 5]] *= -1
    net = HopfieldNetwork(n, seed=1)
    net.store(patterns)
    net.set_state(cue)
    done = net.advance(100 * n)
    assert net.is_settled()
    assert np.array_equal(net.state, patterns[2])
    # it stopped at a sweep boundary, long before the 100 sweeps it was allowed
    assert done % n == 0 and done < 10 * n
    assert net.advance(5 * n) == n  # already settled: one checking sweep, then stop
    # the same run done with step(): identical state, and advance never overshot a fixed point
    ref = HopfieldNetwork(n, seed=1)
    ref.store(patterns)
    ref.set_state(cue)
    ref.step(done - n)
    assert not ref.is_settled()
    # A user's step goes through a fixed point: all the updates asked for, exactly as step() does them.
    assert net.advance(3 * n + 5, stop_when_settled=False) == 3 * n + 5
    ref.step(2 * n + 3 * n + 5)
    assert np.array_equal(net.state, ref.state) and net._pos == ref._pos
    assert net._rng.bit_generator.state == ref._rng.bit_generator.state


def test_advance_in_sync_mode_stops_when_an_update_flips_nothing():
    net = HopfieldNetwork(6)
    net.store([[1, -1, 1, -1, 1, 1], [1, 1, 1, -1, -1, -1]])
    net.mode = "sync"
    net.set_state([1, -1, 1, -1, 1, -1])
    done = net.advance(50)
    assert net.is_settled() and done < 50


def test_snapshot_counts_the_flips_of_a_sweep_in_progress():
    rng = np.random.default_rng(7)
    n = 64
    patterns = rng.choice(np.array([-1, 1], np.int8), size=(3, n))
    net = HopfieldNetwork(n, seed=2)
    net.store(patterns)
    cue = patterns[0].copy()
    cue[:16] *= -1
    net.set_state(cue)
    total = net.step(n + n // 2)  # one whole sweep and half of the next
    snap = net.snapshot()
    assert snap["sweep_flips"].size == 1
    assert snap["sweep_flips"].sum() + snap["sweep_flips_current"] == total == snap["flip_counts"].sum()
    net.step(n - n // 2)  # finish the sweep: nothing is in progress any more
    snap = net.snapshot()
    assert snap["sweep_flips_current"] == 0 and snap["sweep_flips"].size == 2
