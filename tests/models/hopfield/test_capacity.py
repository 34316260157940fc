"""The capacity experiment: results, incremental weights, progress and cancellation."""

from __future__ import annotations

import numpy as np
import pytest

from simulator.core.jobs import BackgroundJob, Cancelled
from simulator.models.hopfield import CapacityResult, HopfieldNetwork, capacity_curve, reference
from simulator.models.hopfield.capacity import DEFAULT_LOADS, _GrowingWeights
from simulator.models.hopfield.engine import build_weights


def test_result_shapes_and_values():
    r = capacity_curve(50, "hebbian", loads=[0.02, 0.1, 0.3], probes=5, seed=1)
    assert isinstance(r, CapacityResult)
    assert (r.n_units, r.rule, r.probes, r.seed, r.noise) == (50, "hebbian", 5, 1, 0.0)
    np.testing.assert_allclose(r.loads, [0.02, 0.1, 0.3])
    assert r.p_values.tolist() == [1, 5, 15]
    for a in (r.mean_overlap, r.recall_rate):
        assert a.shape == (3,) and np.all(np.abs(a) <= 1)
    assert np.all(r.recall_rate >= 0)
    assert r.recall_rate[0] == 1.0  # one pattern is always a fixed point


def test_default_loads_cross_the_hebbian_limit():
    assert min(DEFAULT_LOADS) < 0.138 < max(DEFAULT_LOADS)
    r = capacity_curve(30, "hebbian", probes=2)
    np.testing.assert_allclose(r.loads, DEFAULT_LOADS)


def test_same_seed_same_result_and_load_order_is_kept():
    a = capacity_curve(60, "storkey", loads=[0.3, 0.05, 0.15], noise=0.1, probes=4, seed=9)
    b = capacity_curve(60, "storkey", loads=[0.3, 0.05, 0.15], noise=0.1, probes=4, seed=9)
    np.testing.assert_array_equal(a.mean_overlap, b.mean_overlap)
    assert a.p_values.tolist() == [18, 3, 9]
    c = capacity_curve(60, "storkey", loads=[0.05, 0.15, 0.3], noise=0.1, probes=4, seed=9)
    np.testing.assert_array_equal(c.mean_overlap, a.mean_overlap[[1, 2, 0]])


@pytest.mark.parametrize("rule", HopfieldNetwork.RULES)
def test_growing_weights_equal_a_fresh_build(rule):
    rng = np.random.default_rng(0)
    n = 40
    y = np.where(rng.random((16, n)) < 0.5, -1, 1).astype(np.int8)
    grower = _GrowingWeights(y, rule)
    for p in (1, 4, 5, 11, 16):
        grower.grow(p, lambda message: None)
        w, scale = build_weights(y[:p], rule)
        assert grower.scale == scale
        np.testing.assert_allclose(grower.w, w, atol=2e-5)
        np.testing.assert_array_equal(grower.w, grower.w.T)
        assert np.all(np.diag(grower.w) == 0)
        if rule == "pseudo-inverse":
            full = grower.w + np.diag(grower.diag)
            projection = reference.pseudo_inverse_weights(y[:p])
            np.fill_diagonal(projection, 0)
            np.testing.assert_allclose(grower.w, projection, atol=2e-5)
            np.testing.assert_allclose(full @ y[:p].T, y[:p].T, atol=1e-4)


def test_progress_is_reported_often_and_ends_at_one():
    seen = []
    capacity_curve(40, "storkey", loads=[0.1, 0.2], probes=5, progress=lambda f, m: seen.append((f, m)))
    fractions = [f for f, _ in seen]
    assert len(seen) >= 10
    assert all(0 <= f <= 1 for f in fractions) and fractions == sorted(fractions) and fractions[-1] == 1.0
    assert all(isinstance(m, str) and m for _, m in seen)


def test_an_exception_from_progress_stops_the_experiment():
    calls = []

    def progress(fraction, message):
        calls.append(fraction)
        if len(calls) == 3:
            raise Cancelled()

    with pytest.raises(Cancelled):
        capacity_curve(40, "hebbian", loads=[0.1, 0.2, 0.3], probes=10, progress=progress)
    assert len(calls) == 3


def test_runs_and_cancels_as_a_background_job():
    job = BackgroundJob(lambda ctx: capacity_curve(60, "hebbian", loads=[0.05, 0.1], probes=3,
                                                   progress=ctx.progress), name="capacity").start()
    assert job.join(30)
    assert job.error is None and isinstance(job.result, CapacityResult)
    assert job.progress[0] == 1.0

    slow = BackgroundJob(lambda ctx: capacity_curve(300, "storkey", loads=np.linspace(0.05, 1, 20), probes=50,
                                                    progress=ctx.progress), name="capacity-cancel")
    slow.start()
    slow.cancel()
    assert slow.join(30)
    assert slow.cancelled and slow.result is None


@pytest.mark.parametrize("kwargs, match", [
    (dict(n_units=0), "at least 1 unit"),
    (dict(n_units=-5), "at least 1 unit"),
    (dict(n_units=10**6), "GB of memory"),
    (dict(rule="oja"), "unknown rule"),
    (dict(loads=[]), "at least one load"),
    (dict(loads=[0.1, 0.0]), "greater than 0"),
    (dict(loads=[1.5]), "at most 1"),
    (dict(loads=[np.nan]), "greater than 0"),
    (dict(loads=["x"]), "numbers"),
    (dict(noise=-0.1), "noise"),
    (dict(noise=2), "noise"),
    (dict(probes=0), "probes"),
    (dict(seed=-1), "seed"),
])
def test_bad_arguments(kwargs, match):
    args = dict(n_units=20, rule="hebbian")
    args.update(kwargs)
    with pytest.raises(ValueError, match=match):
        capacity_curve(**args)
