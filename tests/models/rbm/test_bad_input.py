"""Bad input is refused with a sentence and changes nothing; divergence stops training with the last good weights."""

from __future__ import annotations

import numpy as np
import pytest

from simulator.models.rbm import RBM, CompletionEngine, RBMTrainer


def fingerprint(r):
    return r.weights.tobytes(), r.visible_bias.tobytes(), r.hidden_bias.tobytes(), dict(r.params), r.batches


@pytest.mark.parametrize("data,match", [
    (np.full((3, 4), 1.5), r"in \[0, 1\].*1\.5 at row 0, column 0"),
    (np.array([[0, 1, 0, -0.1]]), r"-0\.1 at row 0, column 3"),
    (np.array([[0, 1, np.nan, 0]]), "NaN"),
    (np.zeros((3, 5)), "4 values per row"),
    (np.zeros((0, 4)), "no rows"),
    ([["a", "b", "c", "d"]], "numbers"),
])
def test_bad_data_is_refused_and_nothing_changes(data, match):
    r = RBM(4, 3, seed=0)
    r.fit(np.eye(4), 2)
    before = fingerprint(r)
    for call in (lambda: r.fit(data, 1), lambda: r.partial_fit(data), lambda: r.transform(data),
                 lambda: r.free_energy(data), lambda: r.log_likelihood(data), lambda: r.gibbs(data, 1),
                 lambda: r.reconstruct(data), lambda: r.complete(data, np.ones(4, bool), 2)):
        with pytest.raises(ValueError, match=match):
            call()
    assert fingerprint(r) == before


@pytest.mark.parametrize("kw,match", [
    (dict(batch_size=0), "mini-batch size"), (dict(learning_rate=0), "learning rate"),
    (dict(learning_rate=float("nan")), "learning rate"), (dict(k=0), "k"), (dict(momentum=1.5), "momentum"),
    (dict(weight_decay=-1), "weight decay"),
])
def test_bad_parameters_are_refused(kw, match):
    r = RBM(4, 3, seed=0)
    before = fingerprint(r)
    with pytest.raises(ValueError, match=match):
        r.fit(np.eye(4), 1, **kw)
    assert fingerprint(r) == before


def test_bad_sizes_and_weights():
    with pytest.raises(ValueError, match="visible units"):
        RBM(0, 3)
    with pytest.raises(ValueError, match="hidden units"):
        RBM(3, 2.5)
    r = RBM(4, 3, seed=0)
    w = r.weights
    with pytest.raises(ValueError, match="shape"):
        r.weights = np.zeros((3, 4))
    bad = w.copy()
    bad[1, 1] = np.nan
    with pytest.raises(ValueError, match="NaN"):
        r.weights = bad
    np.testing.assert_array_equal(r.weights, w)
    with pytest.raises(ValueError, match="known mask"):
        r.complete(np.zeros(4), np.ones(3, bool), 2)


def test_exact_likelihood_refused_for_large_hidden_layers():
    r = RBM(4, 21, seed=0)
    with pytest.raises(ValueError, match="at most 20 hidden units"):
        r.log_likelihood(np.eye(4))


def test_divergence_stops_training_and_keeps_last_good_weights():
    rng = np.random.default_rng(0)
    data = (rng.random((40, 6)) < 0.5).astype(float)
    r = RBM(6, 4, seed=0)
    with pytest.raises(FloatingPointError, match="diverged"):
        r.fit(data, 50, learning_rate=1e37, momentum=0.9, weight_decay=0.5)
    assert np.isfinite(r.weights).all() and np.isfinite(r.visible_bias).all() and np.isfinite(r.hidden_bias).all()
    assert r.error is not None and "last good weights" in r.error
    done = r.batches
    assert r.train_batches(5)[0] == 0 and r.batches == done  # stays stopped


def test_trainer_reports_divergence_in_snapshot():
    rng = np.random.default_rng(1)
    tr = RBMTrainer((rng.random((40, 6)) < 0.5).astype(float), n_hidden=4, epochs=100, seed=0,
                    learning_rate=1e37, momentum=0.9, weight_decay=0.5)
    tr.step(1000)
    s = tr.snapshot()
    assert s["error"] and "diverged" in s["error"] and s["settled"]
    assert np.isfinite(s["weights"]).all()


def test_same_seed_same_run_whatever_the_chunking():
    rng = np.random.default_rng(2)
    data = (rng.random((37, 8)) < 0.5).astype(float)
    a = RBM(8, 5, seed=3)
    a.start_training(data, batch_size=4, k=2, persistent=True)
    a.train_batches(30)
    b = RBM(8, 5, seed=3)
    b.start_training(data, batch_size=4, k=2, persistent=True)
    for n in (1, 7, 2, 11, 9):
        b.train_batches(n)
    np.testing.assert_array_equal(a.weights, b.weights)


def test_completion_engine_bad_mask():
    r = RBM(4, 3, seed=0)
    with pytest.raises(ValueError, match="known mask"):
        CompletionEngine(r, np.zeros(4), np.ones(5, bool))


@pytest.mark.parametrize("name", ["cd_chunk_loops", "cd_chunk_blas"])
def test_each_cd_kernel_refuses_a_non_finite_step_and_restores(name):
    from simulator.models.rbm import kernels as K
    from simulator.models.rbm.engine import draw_uniforms

    if name == "cd_chunk_blas" and not K.HAVE_BLAS:
        pytest.skip("scipy (BLAS for numba) is not installed")
    cd = getattr(K, name)
    rng = np.random.default_rng(0)
    nv, nh, bs = 5, 4, 3
    data = (rng.random((9, nv)) < 0.5).astype(np.float32)
    w = rng.standard_normal((nv, nh)).astype(np.float32)
    a = np.zeros(nv, np.float32)
    b = np.zeros(nh, np.float32)
    vw = np.zeros_like(w)
    w[2, 1] = vw[2, 1] = 3e38  # w + 0.9 * vw overflows on the first step
    before = (w.copy(), a.copy(), b.copy())
    uh, uv = draw_uniforms(rng, 3, 1, False, bs, nh, nv)
    done = cd(data, np.arange(9, dtype=np.int64), 0, 3, bs, 1, False, np.zeros((bs, nv), np.float32), w, a, b,
              vw, np.zeros_like(a), np.zeros_like(b), 0.1, 0.9, 0.0, uh, uv, np.zeros(3))
    assert done == 0
    for x, y in zip((w, a, b), before):
        np.testing.assert_array_equal(x, y)
