"""The Boltzmann engine: runner protocol, snapshot, statistics, scripting API, state round trips."""

from __future__ import annotations

import math
import time

import numpy as np
import pytest

from simulator.core.engine import Engine
from simulator.core.runner import Runner
from simulator.models.boltzmann import (BoltzmannMachine, Constant, Geometric, Linear, Piecewise, Quench,
                                        warmup)
from simulator.models.boltzmann import kernels as K
from simulator.models.boltzmann import engine as E
from simulator.models.boltzmann import scenes

SNAPSHOT_KEYS = {
    "n_units": int, "state": np.ndarray, "flip_counts": np.ndarray, "temperature": float, "sweeps": float,
    "updates": int, "energy": float, "last_unit": int, "last_probability": float, "last_field": float,
    "last_flipped": bool, "trace_sweeps": np.ndarray, "trace_temperature": np.ndarray,
    "trace_energy": np.ndarray, "trace_flip_rate": np.ndarray, "trace_count": int,
    "energy_hist_edges": np.ndarray, "energy_hist_counts": np.ndarray, "tv_distance": float,
    "schedule_points": np.ndarray, "schedule_version": int, "weights": np.ndarray, "weights_version": int,
    "biases": np.ndarray,
}


def net(n=10, seed=0):
    rng = np.random.default_rng(seed)
    a = np.triu(rng.normal(0, 1, (n, n)), 1)
    return BoltzmannMachine(n, a + a.T, rng.normal(0, 0.5, n), seed=seed)


def test_warmup_and_protocol():
    warmup()
    assert isinstance(net(), Engine)


def test_snapshot_has_every_key_with_the_right_types():
    m = net(10)
    m.step(123)
    snap = m.snapshot()
    for key, typ in SNAPSHOT_KEYS.items():
        assert isinstance(snap[key], typ), key
    n = 10
    assert snap["state"].dtype == np.int8 and snap["state"].shape == (n,)
    assert snap["flip_counts"].dtype == np.int32
    assert snap["updates"] == 123 and snap["sweeps"] == pytest.approx(12.3)
    assert snap["energy_hist_edges"].shape == (E.HIST_BINS + 1,)
    assert snap["energy_hist_counts"].shape == (E.HIST_BINS,) and snap["energy_hist_counts"].sum() == 123
    assert snap["visit_counts"].shape == (2**n,) and snap["visit_counts"].dtype == np.int64
    assert snap["visit_counts"].sum() == 123
    assert snap["exact_probabilities"].shape == (2**n,)
    assert snap["exact_probabilities"].sum() == pytest.approx(1.0)
    assert snap["schedule_points"].shape[1] == 2
    assert snap["weights"].dtype == np.float64 and not snap["weights"].flags.writeable
    assert not snap["schedule_points"].flags.writeable
    # the sampled trace: every max(1, n//8) = 1 updates, plus the sample at reset
    assert snap["trace_count"] == 124
    np.testing.assert_allclose(snap["trace_sweeps"][-3:], [12.1, 12.2, 12.3])
    assert 0 <= snap["last_unit"] < n and 0.0 <= snap["last_probability"] <= 1.0
    # copies: changing the snapshot changes nothing in the engine
    snap["state"][:] = 1 - snap["state"]
    assert not np.array_equal(m.state, snap["state"])


def test_snapshot_without_enumeration_for_large_nets():
    m = BoltzmannMachine(40, seed=1)
    m.step(100)
    snap = m.snapshot()
    assert snap["visit_counts"] is None and snap["exact_probabilities"] is None
    assert math.isnan(snap["tv_distance"])
    assert snap["trace_count"] == 1 + 100 // 5


def test_before_any_update():
    snap = net(4).snapshot()
    assert snap["last_unit"] == -1 and math.isnan(snap["last_probability"]) and not snap["last_flipped"]
    assert snap["updates"] == 0 and snap["trace_count"] == 1 and math.isnan(snap["tv_distance"])


def test_trace_flip_rate_and_ring():
    m = BoltzmannMachine(16, seed=3)  # zero weights: every update is a coin flip, p = 1/2
    m.step(16 * 3000)
    snap = m.snapshot()
    assert snap["trace_count"] == 1 + 3000 * 8
    assert snap["trace_sweeps"].shape == (E.TRACE_CAPACITY,)
    assert np.all(np.diff(snap["trace_sweeps"]) > 0)
    assert snap["trace_sweeps"][-1] == 3000.0
    # flips per update: a coin flip changes the unit half of the time
    assert np.mean(snap["trace_flip_rate"]) == pytest.approx(0.5, abs=0.02)
    assert snap["flips"] == int(snap["flip_counts"].sum())


def test_energy_tracking_and_histogram_range():
    scene = scenes.spin_glass(12, seed=2)
    m = BoltzmannMachine(12, scene.weights, scene.biases, seed=0)
    m.set_schedule(Linear(2.0, 0.05, 300))
    m.advance(10**6)
    snap = m.snapshot()
    assert snap["energy"] == pytest.approx(m.energy(m.state), abs=1e-9)
    edges = snap["energy_hist_edges"]
    assert edges[0] <= scene.ground_energy <= edges[-1]
    # the histogram's bins do not move while running
    m.step(1000)
    np.testing.assert_array_equal(m.snapshot()["energy_hist_edges"], edges)
    np.testing.assert_allclose(snap["trace_energy"][-1], snap["energy"])


def test_histogram_edges_cover_large_spin_glass_runs():
    n = 300
    rng = np.random.default_rng(0)
    j = np.triu(rng.normal(0, 1 / np.sqrt(n), (n, n)), 1)
    w, b, _ = scenes.hopfield_to_boltzmann(j + j.T)
    m = BoltzmannMachine(n, w, b, seed=0)
    m.set_schedule(Geometric(2.0, 0.97, 0.05))
    m.advance(10**7)
    snap = m.snapshot()
    counts, edges = snap["energy_hist_counts"], snap["energy_hist_edges"]
    assert edges[0] < snap["energy"] < edges[-1]
    # most visited energies fall inside, not in the two end bins
    assert counts[1:-1].sum() > 0.9 * counts.sum()
    assert np.count_nonzero(counts) > 10


def test_same_seed_same_run_and_reset():
    m = net(12, 5)
    m.set_schedule(Linear(3.0, 0.1, 40))
    m.step(200)
    a = m.snapshot()
    m.step(77)
    m.reset()
    assert m.updates == 0 and np.array_equal(m.state, m.start_state)
    m.step(150)
    m.step(50)
    b = m.snapshot()
    np.testing.assert_array_equal(a["state"], b["state"])
    np.testing.assert_array_equal(a["flip_counts"], b["flip_counts"])
    np.testing.assert_array_equal(a["trace_energy"], b["trace_energy"])
    np.testing.assert_array_equal(a["visit_counts"], b["visit_counts"])
    m.reset(seed=99)
    assert m.seed == 99
    m.step(200)
    assert not np.array_equal(m.snapshot()["flip_counts"], a["flip_counts"])


def test_schedule_temperature_per_sweep():
    m = net(5)
    m.set_schedule(Piecewise([(0, 2.0), (4, 1.0)]))
    temps = []
    for _ in range(6):
        temps.append(m.temperature)
        m.step(5)
    assert temps == pytest.approx([2.0, 1.75, 1.5, 1.25, 1.0, 1.0])
    snap = m.snapshot()
    assert set(np.round(snap["trace_temperature"], 6)) <= {2.0, 1.75, 1.5, 1.25, 1.0}


def test_set_schedule_takes_effect_now_and_bumps_version():
    m = net(6)
    v = m.snapshot()["schedule_version"]
    m.step(3)
    m.set_schedule(Constant(0.25))
    assert m.temperature == 0.25
    m.step(3)
    snap = m.snapshot()
    assert snap["schedule_version"] == v + 1 and snap["temperature"] == 0.25
    assert snap["trace_temperature"][-1] == 0.25
    assert snap["schedule"] == {"kind": "constant", "T": 0.25}
    # the engine keeps its own copy
    s = Piecewise([(0, 1.0), (5, 0.5)])
    m.set_schedule(s)
    s.move_point(1, 5, 0.1)
    assert m.schedule.point_list == [(0.0, 1.0), (5.0, 0.5)]


def test_exact_distribution_is_computed_once_per_temperature(monkeypatch):
    m = net(8)
    calls = []
    real = K.boltzmann_probabilities

    def counting(*args):
        calls.append(args[1])
        return real(*args)

    monkeypatch.setattr(K, "boltzmann_probabilities", counting)
    for _ in range(5):
        m.step(10)
        m.snapshot()
    assert calls == [1.0]
    m.set_schedule(Constant(0.5))
    m.snapshot()
    m.snapshot()
    assert calls == [1.0, 0.5]


def test_advance_stops_at_schedule_end_and_quench_at_a_minimum():
    m = net(9)
    m.set_schedule(Linear(2.0, 0.5, 3.5))  # rounds up to 4 whole sweeps
    assert m.advance(100) == 36 and m.is_settled()
    m.set_schedule(Quench())
    m.reset()
    done = m.advance(10**6)
    assert done % 9 == 0 and m.is_settled()
    f = m.local_fields()
    x = m.state
    assert np.all((f <= m.tie_tolerance) | (x == 1)) and np.all((f >= -m.tie_tolerance) | (x == 0))
    assert m.advance(100) == 0


def wait_for(runner, predicate, timeout=10.0):
    deadline = time.time() + timeout
    while time.time() < deadline:
        snap = runner.latest()  # takes the newest snapshot from the mailbox
        if snap is not None and predicate(snap):
            return snap
        time.sleep(0.005)
    raise AssertionError("the runner never published the expected snapshot")


def test_runner_drives_the_engine_and_pauses_at_the_end():
    scene = scenes.spurious_escape(0, side=8)
    m = scene.machine(seed=1, schedule="anneal")
    runner = Runner(m)
    runner.start()
    try:
        runner.run()
        snap = wait_for(runner, lambda s: s.settled and not s.running)
        assert snap.error is None and snap.steps == 100 * 64
        assert snap.data["sweeps"] == 100.0
        assert scene.recognise(snap.data["state"]).kind == "pattern"
        runner.reset()
        snap = wait_for(runner, lambda s: s.data["updates"] == 0)
        assert not snap.settled
        runner.step(5)
        assert wait_for(runner, lambda s: s.data["updates"] == 5).data["last_unit"] >= 0
    finally:
        assert runner.stop(2.0)


def test_gibbs_states_and_stats():
    m = net(7)
    states = m.gibbs(20, 1.0)
    assert states.shape == (20, 7) and states.dtype == np.int8
    np.testing.assert_array_equal(states[-1], m.state)
    assert m.updates == 140
    before = m.snapshot()["visit_counts"].copy()
    stats = m.gibbs(100, 2.0, record="stats", order="sequential")
    assert stats["updates"] == 700 and stats["sweeps"] == 100
    assert stats["visit_counts"].sum() == 700
    np.testing.assert_array_equal(stats["visit_counts"], m.snapshot()["visit_counts"] - before)
    assert 0 < stats["flip_rate"] < 1 and stats["mean_activations"].shape == (7,)
    # the engine's own schedule and order are restored
    assert m.schedule == Constant(1.0) and m.order == "random"


def test_gibbs_stats_counts_states_up_to_20_units():
    m = BoltzmannMachine(15, seed=2)
    stats = m.gibbs(10, 1.0, record="stats")
    assert stats["visit_counts"].shape == (2**15,) and stats["visit_counts"].sum() == 150
    big = BoltzmannMachine(21, seed=2)
    assert big.gibbs(2, 1.0, record="stats")["visit_counts"] is None


def test_gibbs_stats_mean_activation_counts_every_update():
    m = BoltzmannMachine(3, biases=[50.0, -50.0, 0.0], seed=0)
    stats = m.gibbs(1000, 1.0, record="stats")
    # unit 0 turns on at its first update and stays; unit 1 never turns on
    assert stats["mean_activations"][0] > 0.99 and stats["mean_activations"][1] == 0.0
    assert stats["mean_activations"][2] == pytest.approx(0.5, abs=0.05)
    np.testing.assert_allclose(m.mean_activations(), stats["mean_activations"])


def test_anneal_result():
    scene = scenes.spin_glass(10, seed=1)
    m = BoltzmannMachine(10, scene.weights, scene.biases, seed=3)
    res = m.anneal(Geometric(2.0, 0.95, 0.02))
    assert res.sweeps == Geometric(2.0, 0.95, 0.02).duration
    assert res.energies.shape == (res.sweeps,) and res.temperatures.shape == (res.sweeps,)
    assert res.temperatures[0] == 2.0 and res.temperatures[-1] == pytest.approx(0.02, rel=0.1)
    assert res.final_energy == pytest.approx(m.energy(res.final_state))
    assert res.energies[-1] == pytest.approx(res.final_energy)
    assert res.best_energy <= res.final_energy + 1e-12
    assert res.best_energy == pytest.approx(m.energy(res.best_state))
    assert res.best_energy <= res.energies.min() + 1e-12
    assert m.schedule == Constant(1.0)
    q = m.anneal(Quench())
    assert q.sweeps >= 1 and np.all(q.temperatures == 0)
    c = m.anneal(Constant(0.5), n_sweeps=4)
    assert c.sweeps == 4


def test_state_dict_round_trip():
    m = net(6, 2)
    m.set_schedule(Piecewise([(0, 2), (10, 0.5)]))
    m.set_state([1, 0, 1, 0, 1, 1])
    m.order = "sequential"
    m.step(50)
    d = m.state_dict()
    other = BoltzmannMachine(6)
    other.load_state_dict(d)
    np.testing.assert_array_equal(other.weights, m.weights)
    np.testing.assert_array_equal(other.biases, m.biases)
    np.testing.assert_array_equal(other.state, m.state)
    np.testing.assert_array_equal(other.start_state, [1, 0, 1, 0, 1, 1])
    assert other.schedule == m.schedule and other.order == "sequential" and other.seed == m.seed
    m.reset()
    other.reset()
    m.step(40)
    other.step(40)
    np.testing.assert_array_equal(other.state, m.state)


def test_state_pm_view_and_energy_offset():
    scene = scenes.spurious_escape(1, side=8)
    m = scene.machine(seed=0)
    s = scene.patterns_pm[0]
    m.set_state_pm(s)
    np.testing.assert_array_equal(m.state, scene.patterns[0])
    np.testing.assert_array_equal(m.state_pm, s)
    n = scene.n_units
    w_pm = (scene.patterns_pm.T.astype(float) @ scene.patterns_pm) / n
    np.fill_diagonal(w_pm, 0)
    for x in (scene.start, scene.mixture, scene.patterns[2]):
        sp = 2 * x.astype(float) - 1
        assert -0.5 * sp @ w_pm @ sp == pytest.approx(m.energy(x) + scene.energy_offset)


def test_order_change_applies_to_next_sweep():
    m = net(6)
    m.order = "sequential"
    m.step(6)
    units = []
    for _ in range(6):
        m.step(1)
        units.append(m.snapshot()["last_unit"])
    assert units == list(range(6))
    m.step(2)
    m.order = "random"
    units = []
    for _ in range(4):
        m.step(1)
        units.append(m.snapshot()["last_unit"])
    assert units == [2, 3, 4, 5]  # the sweep in progress finishes in its order


def test_set_weights_restarts_statistics_and_bumps_version():
    m = net(5)
    m.step(100)
    v = m.snapshot()["weights_version"]
    x = m.state
    w = m.weights * 0.5
    m.set_weights(w)
    snap = m.snapshot()
    assert snap["weights_version"] == v + 1 and snap["updates"] == 0
    np.testing.assert_array_equal(snap["state"], x)
    np.testing.assert_array_equal(snap["weights"], w)
    m.set_biases(np.zeros(5))
    np.testing.assert_array_equal(m.biases, 0)
    m.clear_statistics()
    assert m.snapshot()["visit_counts"].sum() == 0


def test_probabilities_on():
    m = BoltzmannMachine(2, [[0, 1.0], [1.0, 0]], [0.0, -1.0], seed=0)
    np.testing.assert_allclose(m.probabilities_on(1.0), [0.5, 1 / (1 + math.e)])
    m.set_schedule(Quench())
    np.testing.assert_array_equal(m.probabilities_on(), [0.0, 0.0])  # tie keeps unit 0 off
