"""Plain-numpy RBM: CD-k / PCD updates, Gibbs steps, free energy and exact likelihood; the oracle and bench baseline."""

from __future__ import annotations

import itertools

import numpy as np

from simulator.models.rbm.kernels import uniforms


def sigmoid(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-x))


def cd_batch(w, a, b, vw, va, vb, v0, uh, uv, k, lr, momentum, decay, chains=None):
    """One CD-k (or, with ``chains``, persistent CD) update on the batch ``v0`` (m x n_visible).

    ``uh`` (k [+1], m, n_hidden) and ``uv`` (k, m, n_visible) are the random 32-bit integers the
    random 32-bit integers the kernel gets for this batch. Returns new
    (w, a, b, vw, va, vb, chains, recon_error), float64.
    """
    v0 = np.asarray(v0, np.float64)
    m = v0.shape[0]
    uh, uv = uniforms(uh), uniforms(uv)
    h0 = sigmoid(v0 @ w + b)
    if chains is None:
        v = v0
        hs = (uh[0] < h0).astype(np.float64)
        vp = sigmoid(hs @ w.T + a)
        recon = np.sum((v0 - vp) ** 2) / m
        v = (uv[0] < vp).astype(np.float64)
        first = 1
    else:
        hs = (uh[k] < h0).astype(np.float64)
        recon = np.sum((v0 - sigmoid(hs @ w.T + a)) ** 2) / m
        v = np.asarray(chains, np.float64)
        first = 0
    for s in range(first, k):
        hs = (uh[s] < sigmoid(v @ w + b)).astype(np.float64)
        v = (uv[s] < sigmoid(hs @ w.T + a)).astype(np.float64)
    hk = sigmoid(v @ w + b)
    grad_w = (v0.T @ h0 - v.T @ hk) / m
    vw = momentum * vw + lr * (grad_w - decay * w)
    va = momentum * va + lr * (v0.sum(0) - v.sum(0)) / m
    vb = momentum * vb + lr * (h0.sum(0) - hk.sum(0)) / m
    return w + vw, a + va, b + vb, vw, va, vb, (v if chains is not None else None), recon


def gibbs(v, w, a, b, uh, uv, known=None):
    """Gibbs steps v -> h -> v with the kernel's random 32-bit integers; ``known`` units keep their values."""
    v = np.asarray(v, np.float64).copy()
    target = v.copy()
    uh, uv = uniforms(uh), uniforms(uv)
    h = np.zeros((v.shape[0], w.shape[1]))
    for s in range(uh.shape[0]):
        h = (uh[s] < sigmoid(v @ w + b)).astype(np.float64)
        v = (uv[s] < sigmoid(h @ w.T + a)).astype(np.float64)
        if known is not None:
            v = np.where(known, target, v)
    return v, h


def energy(v, h, w, a, b):
    """E(v, h) = -a.v - b.h - v.W.h for rows of v and h."""
    return -(v @ a) - (h @ b) - np.einsum("ri,ij,rj->r", v, w, h)


def free_energy(v, w, a, b):
    """F(v) = -log sum_h exp(-E(v, h)), by enumerating every hidden state (tiny models)."""
    v = np.atleast_2d(np.asarray(v, np.float64))
    hs = np.array(list(itertools.product([0.0, 1.0], repeat=w.shape[1])))
    e = -(v @ a)[:, None] - (hs @ b)[None, :] - (v @ w) @ hs.T
    return -np.logaddexp.reduce(-e, axis=1)


def log_partition(w, a, b):
    """log Z = log sum_{v, h} exp(-E(v, h)), by enumerating every joint state (tiny models)."""
    vs = np.array(list(itertools.product([0.0, 1.0], repeat=w.shape[0])))
    return float(np.logaddexp.reduce(-free_energy(vs, w, a, b)))


def log_likelihood(data, w, a, b):
    """Mean exact log p(v) over rows of ``data`` by full enumeration."""
    return float(np.mean(-free_energy(data, w, a, b) - log_partition(w, a, b)))


def exact_gradient(data, w, a, b):
    """The exact gradient of the mean log-likelihood w.r.t. W: <v h>data - <v h>model (full enumeration)."""
    data = np.asarray(data, np.float64)
    pos = data.T @ sigmoid(data @ w + b) / data.shape[0]
    vs = np.array(list(itertools.product([0.0, 1.0], repeat=w.shape[0])))
    p = np.exp(-free_energy(vs, w, a, b) - log_partition(w, a, b))
    neg = (vs * p[:, None]).T @ sigmoid(vs @ w + b)
    return pos - neg


def pseudo_likelihood(x, idx, w, a, b):
    """n_visible * log sigma(F(v flipped at idx) - F(v)) per row, in plain numpy."""
    def fe(v):
        return -(v @ a) - np.logaddexp(0.0, v @ w + b).sum(axis=1)

    x = np.asarray(x, np.float64)
    flipped = x.copy()
    rows = np.arange(x.shape[0])
    flipped[rows, idx] = 1.0 - flipped[rows, idx]
    return -x.shape[1] * np.logaddexp(0.0, -(fe(flipped) - fe(x)))


def cd_epoch(data, order, w, a, b, batch_size, lr, momentum, decay, uh, uv, k=1):
    """One epoch of CD-k in a Python loop over mini-batches (the bench baseline); returns (w, a, b)."""
    vw, va, vb = np.zeros_like(w), np.zeros_like(a), np.zeros_like(b)
    n = len(order)
    for t, start in enumerate(range(0, n, batch_size)):
        rows = order[start:start + batch_size]
        m = len(rows)
        w, a, b, vw, va, vb, _, _ = cd_batch(w, a, b, vw, va, vb, data[rows], uh[t, :, :m], uv[t, :, :m], k,
                                              lr, momentum, decay)
    return w, a, b
