"""The numba engine against the plain-numpy reference, update for update, in the same order."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from simulator.models.hopfield import HopfieldNetwork, reference

RULES = HopfieldNetwork.RULES


def pm1(rng, *shape):
    return np.where(rng.random(shape) < 0.5, -1, 1).astype(np.int8)


def ref_tol(net: HopfieldNetwork, biased: bool = False) -> float:
    """The reference's tie tolerance for this network.

    Hebbian fields without biases are multiples of 1/n: half of that separates exact
    ties (the engine's integer fields) from real fields whatever rounding the
    reference's float64 weights add. With continuous random biases there are no ties.
    """
    if net.rule == "hebbian":
        return 1e-12 if biased else 0.5 / net.n_units
    return net.tie_tolerance


@st.composite
def problems(draw, max_n=18, max_p=5):
    n = draw(st.integers(2, max_n))
    p = draw(st.integers(0, max_p))
    units = st.sampled_from([-1, 1])
    y = np.array(draw(st.lists(st.lists(units, min_size=n, max_size=n), min_size=p, max_size=p)),
                 dtype=np.int8).reshape(p, n)
    x = np.array(draw(st.lists(units, min_size=n, max_size=n)), dtype=np.int8)
    seed = draw(st.integers(0, 2**32 - 1))
    return y, x, seed


@pytest.mark.parametrize("rule", RULES)
def test_weights_match_reference(rule):
    rng = np.random.default_rng(1)
    for n, p in ((30, 4), (17, 9), (8, 8)):
        y = pm1(rng, p, n)
        net = HopfieldNetwork(n, rule=rule)
        net.store(y)
        np.testing.assert_allclose(net.weights, reference.weights(y, rule), atol=2e-6)


def test_pseudo_inverse_handles_duplicate_patterns():
    rng = np.random.default_rng(2)
    y = pm1(rng, 3, 20)
    y = np.vstack([y, y[0], -y[1]])  # rank 3, five patterns
    net = HopfieldNetwork(20, rule="pseudo-inverse")
    net.store(y)
    np.testing.assert_allclose(net.weights, reference.pseudo_inverse_weights(y), atol=2e-6)
    for v in y:
        net.set_state(v)
        assert net.is_settled()


def test_storkey_reference_matches_the_published_formula_for_two_patterns():
    # Storkey (1997) by hand: W1 = Hebbian of y1 (no self-coupling); then
    # w_ij += (y_i y_j - y_i h_ji - h_ij y_j) / n with h_ij = sum_{k != i,j} w_ik y_k.
    rng = np.random.default_rng(3)
    n = 7
    y = pm1(rng, 2, n).astype(float)
    w = np.outer(y[0], y[0]) / n
    np.fill_diagonal(w, 0)
    v = y[1]
    new = w.copy()
    for i in range(n):
        for j in range(n):
            if i == j:
                continue
            h_ij = sum(w[i, k] * v[k] for k in range(n) if k not in (i, j))
            h_ji = sum(w[j, k] * v[k] for k in range(n) if k not in (i, j))
            new[i, j] = w[i, j] + (v[i] * v[j] - v[i] * h_ji - h_ij * v[j]) / n
    np.testing.assert_allclose(reference.storkey_weights(y), new, atol=1e-12)


def replay_async(net: HopfieldNetwork, x0, n_updates: int, seed: int, tol: float, b=None):
    """Engine one update at a time against the reference given the same orders."""
    n = net.n_units
    rng = np.random.default_rng(seed)
    sweeps = n_updates // n + 1
    order = np.concatenate([rng.permutation(n) if net.order == "random" else np.arange(n)
                            for _ in range(sweeps)])[:n_updates]
    w = net.weights
    ref_x, log = reference.async_update(w, x0, order, b=b, tol=tol)
    x = np.array(x0, dtype=np.int8)
    for t in range(n_updates):
        net.step(1)
        snap = net.snapshot()
        unit, field, flipped = log[t]
        assert snap["last_unit"] == unit
        assert snap["last_flipped"] == flipped, f"update {t} of unit {unit}: field {field}"
        assert snap["last_field"] == pytest.approx(field, abs=1e-9)
        if flipped:
            x[unit] = -x[unit]
        np.testing.assert_array_equal(snap["state"], x)
    np.testing.assert_array_equal(net.state, ref_x)


@pytest.mark.parametrize("rule", RULES)
@pytest.mark.parametrize("order", ["random", "sequential"])
@settings(max_examples=12, deadline=None)
@given(problem=problems())
def test_async_updates_match_reference(rule, order, problem):
    y, x, seed = problem
    n = x.shape[0]
    net = HopfieldNetwork(n, rule=rule, seed=seed)
    net.store(y)
    net.order = order
    net.set_state(x)
    replay_async(net, x, 3 * n, seed, ref_tol(net))


@pytest.mark.parametrize("rule", RULES)
def test_async_updates_with_biases_match_reference(rule):
    rng = np.random.default_rng(7)
    n = 25
    for seed in range(3):
        y = pm1(rng, 4, n)
        b = rng.normal(0, 0.3, n)
        x = pm1(rng, n)
        net = HopfieldNetwork(n, rule=rule, seed=seed)
        net.store(y)
        net.set_biases(b)
        net.set_state(x)
        replay_async(net, x, 4 * n, seed, ref_tol(net, biased=True), b=b)


@pytest.mark.parametrize("rule", RULES)
@settings(max_examples=15, deadline=None)
@given(problem=problems())
def test_sync_updates_match_reference(rule, problem):
    y, x, _ = problem
    n = x.shape[0]
    net = HopfieldNetwork(n, rule=rule)
    net.store(y)
    net.set_state(x)
    w, tol = net.weights, ref_tol(net)
    ref = x.copy()
    for _ in range(6):
        ref = reference.sync_update(w, ref, tol=tol)
        net.step(1, mode="sync")
        np.testing.assert_array_equal(net.state, ref)


@pytest.mark.parametrize("rule", RULES)
def test_recall_matches_reference(rule):
    rng = np.random.default_rng(11)
    n, p = 100, 12
    for seed in range(3):
        y = pm1(rng, p, n)
        x = y[seed].copy()
        x[rng.choice(n, 30, replace=False)] *= -1
        net = HopfieldNetwork(n, rule=rule, seed=seed)
        net.store(y)
        out = net.recall(x)
        ref, sweeps, flips = reference.async_recall(net.weights, x, rng=np.random.default_rng(seed),
                                                    tol=ref_tol(net))
        np.testing.assert_array_equal(out, ref)
        snap = net.snapshot()
        assert snap["updates"] == sweeps * n and int(snap["flip_counts"].sum()) == flips
        out_s = net.recall(x, mode="sync")
        ref_s, _, _ = reference.sync_recall(net.weights, x, tol=ref_tol(net))
        np.testing.assert_array_equal(out_s, ref_s)


@pytest.mark.parametrize("rule", RULES)
def test_energy_matches_reference(rule):
    rng = np.random.default_rng(5)
    n = 40
    net = HopfieldNetwork(n, rule=rule, seed=1)
    net.store(pm1(rng, 5, n))
    b = rng.normal(0, 0.1, n)
    net.set_biases(b)
    for _ in range(5):
        x = pm1(rng, n)
        net.set_state(x)
        assert net.energy() == pytest.approx(reference.energy(net.weights, x, b), abs=1e-9)
