"""Free energy, likelihood and the kernels against brute force and the plain-numpy reference."""

from __future__ import annotations

import numpy as np
import pytest

from simulator.models.rbm import RBM
from simulator.models.rbm import kernels as K
from simulator.models.rbm import reference
from simulator.models.rbm.engine import draw_uniforms


def tiny(nv=5, nh=3, seed=0, scale=1.0):
    rng = np.random.default_rng(seed)
    r = RBM(nv, nh, seed=seed)
    r.weights = scale * rng.standard_normal((nv, nh))
    r.visible_bias = rng.standard_normal(nv)
    r.hidden_bias = rng.standard_normal(nh)
    return r


def f32(r):
    return r.weights, r.visible_bias, r.hidden_bias


def test_free_energy_matches_brute_force():
    r = tiny()
    v = (np.random.default_rng(1).random((7, 5)) < 0.5).astype(float)
    v[0] = [0.2, 0.7, 1.0, 0.0, 0.5]  # grey values too
    np.testing.assert_allclose(r.free_energy(v), reference.free_energy(v, *f32(r)), rtol=1e-12, atol=1e-12)


def test_exact_log_likelihood_matches_full_enumeration():
    r = tiny(6, 4, seed=3)
    data = (np.random.default_rng(2).random((9, 6)) < 0.5).astype(float)
    assert r.log_partition() == pytest.approx(reference.log_partition(*f32(r)), rel=1e-12)
    assert r.log_likelihood(data) == pytest.approx(reference.log_likelihood(data, *f32(r)), rel=1e-12)
    # Probabilities of all 64 visible states sum to one.
    vs = np.array([[(s >> i) & 1 for i in range(6)] for s in range(64)], float)
    assert np.exp(-r.free_energy(vs) - r.log_partition()).sum() == pytest.approx(1.0, rel=1e-12)


def test_exact_log_likelihood_with_large_weights_stays_finite():
    r = tiny(6, 12, seed=4, scale=30.0)
    ll = r.log_likelihood(np.ones((2, 6)))
    assert np.isfinite(ll) and ll <= 0.0


def test_pseudo_likelihood_matches_reference():
    r = tiny(8, 4)
    x = (np.random.default_rng(5).random((10, 8)) < 0.5).astype(float)
    idx = np.random.default_rng(6).integers(0, 8, 10)
    from simulator.models.rbm.engine import pseudo_likelihood_at
    np.testing.assert_allclose(pseudo_likelihood_at(r, x, idx), reference.pseudo_likelihood(x, idx, *f32(r)),
                               rtol=1e-10)


def test_sigmoid_kernel_accuracy():
    x = np.linspace(-90, 90, 20001).astype(np.float32)
    y = x.copy()
    K.sigmoid_inplace(y, np.empty(len(x), np.int32), np.empty(len(x), np.float32))
    exact = 1.0 / (1.0 + np.exp(-x.astype(np.float64)))
    assert np.max(np.abs(y - exact)) < 2e-7
    assert np.all(np.diff(y) >= 0) and y[0] >= 0 and y[-1] <= 1


CD_KERNELS = [K.cd_chunk_loops] + ([K.cd_chunk_blas] if K.HAVE_BLAS else [])


@pytest.mark.parametrize("cd", CD_KERNELS, ids=lambda f: f.__name__)
@pytest.mark.parametrize("persistent,k", [(False, 1), (False, 3), (True, 1), (True, 2)])
def test_cd_kernel_matches_reference_step_for_step(persistent, k, cd):
    nv, nh, bs = 7, 5, 4
    rng = np.random.default_rng(10 + k)
    data = (rng.random((10, nv)) < 0.4).astype(np.float32)
    data[0, :3] = [0.3, 0.6, 0.9]
    order = rng.permutation(10).astype(np.int64)
    w = (0.5 * rng.standard_normal((nv, nh))).astype(np.float32)
    a = (0.2 * rng.standard_normal(nv)).astype(np.float32)
    b = (0.2 * rng.standard_normal(nh)).astype(np.float32)
    vw, va, vb = np.zeros_like(w), np.zeros_like(a), np.zeros_like(b)
    chains = (rng.random((bs, nv)) < 0.5).astype(np.float32)
    rw, ra, rb = w.astype(float), a.astype(float), b.astype(float)
    rvw, rva, rvb = np.zeros_like(rw), np.zeros_like(ra), np.zeros_like(rb)
    rchains = chains.astype(float)
    nb = 3  # batches of 4, 4 and 2 rows
    uh, uv = draw_uniforms(rng, nb, k, persistent, bs, nh, nv)
    for t in range(nb):
        recon = np.zeros(1)
        got = cd(data, order, t, 1, bs, k, persistent, chains, w, a, b, vw, va, vb, 0.3, 0.5, 0.01,
                         uh[t:t + 1], uv[t:t + 1], recon)
        assert got == 1
        rows = order[t * bs:(t + 1) * bs]
        m = len(rows)
        rw, ra, rb, rvw, rva, rvb, rc, rrecon = reference.cd_batch(
            rw, ra, rb, rvw, rva, rvb, data[rows], uh[t, :, :m], uv[t, :, :m], k, 0.3, 0.5, 0.01,
            chains=rchains[:m] if persistent else None)
        if persistent:
            rchains[:m] = rc
            np.testing.assert_array_equal(chains, rchains)
        np.testing.assert_allclose(w, rw, atol=2e-5)
        np.testing.assert_allclose(a, ra, atol=2e-5)
        np.testing.assert_allclose(b, rb, atol=2e-5)
        np.testing.assert_allclose(vw, rvw, atol=2e-5)
        assert recon[0] == pytest.approx(rrecon, abs=1e-4)


def test_gibbs_kernel_matches_reference_with_clamping():
    r = tiny(9, 6, seed=8)
    rng = np.random.default_rng(9)
    v = (rng.random((3, 9)) < 0.5).astype(np.float32)
    known = rng.random((3, 9)) < 0.4
    uh, uv = K.random_bits(rng, (5, 3, 6)), K.random_bits(rng, (5, 3, 9))
    ref_v, ref_h = reference.gibbs(v, *f32(r), uh, uv, known)
    vk, h = v.copy(), np.zeros((3, 6), np.float32)
    K.gibbs(vk, r._w, r._a, r._b, uh, uv, known, v.copy(), h, np.zeros_like(v))
    np.testing.assert_array_equal(vk, ref_v)
    np.testing.assert_array_equal(h, ref_h)
    np.testing.assert_array_equal(vk[known], v[known])
