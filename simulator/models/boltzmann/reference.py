"""Plain-numpy Boltzmann machine, slow and obvious: the oracle for tests and the bench baseline."""

from __future__ import annotations

import math

import numpy as np

#: Same cut-off as the kernels: for -f/T above this the probability of turning on is 0.
EXP_CUTOFF = 700.0


def energy(w, b, x) -> float:
    """E(x) = -(sum_{i<j} x_i w_ij x_j + sum_i b_i x_i) for a 0/1 state x."""
    x = np.asarray(x, dtype=np.float64)
    w = np.asarray(w, dtype=np.float64)
    return float(-(0.5 * x @ w @ x + np.asarray(b, dtype=np.float64) @ x))


def probability_on(gap: float, T: float) -> float:
    """p = 1 / (1 + exp(-gap / T)), the chance that a unit with energy gap ``gap`` turns on."""
    z = -gap / T
    if z > EXP_CUTOFF:
        return 0.0
    return 1.0 / (1.0 + math.exp(z))


def gibbs(w, b, x, orders, uniforms, temps, tol: float = 0.0):
    """Update units one at a time, each from a fresh dot product of its weight row with the state.

    Parameters
    ----------
    w : (n, n) array
    b : (n,) array
    x : (n,) 0/1 start state (not modified)
    orders : (S, n) int
        Unit order of each sweep.
    uniforms : (S, n) float
        The uniform for each update: the unit turns on when it is below p.
    temps : (S,) float
        T of each sweep; 0 means greedy (on if the gap > tol, off if < -tol, else unchanged).
    tol : float

    Returns
    -------
    x : numpy.ndarray
        (n,) int8 final state.
    log : list of (unit, probability, gap, flipped)
    """
    w = np.asarray(w, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    state = np.asarray(x, dtype=np.float64).copy()
    log = []
    for s in range(len(temps)):
        T = float(temps[s])
        for t in range(orders.shape[1]):
            i = int(orders[s, t])
            gap = float(w[i] @ state + b[i])
            old = state[i]
            if T > 0:
                p = probability_on(gap, T)
                new = 1.0 if uniforms[s, t] < p else 0.0
            elif gap > tol:
                p, new = 1.0, 1.0
            elif gap < -tol:
                p, new = 0.0, 0.0
            else:
                p, new = old, old
            state[i] = new
            log.append((i, p, gap, new != old))
    return state.astype(np.int8), log


def all_states(n: int) -> np.ndarray:
    """(2^n, n) every 0/1 state; row k has x_i = bit i of k."""
    k = np.arange(2**n)
    return ((k[:, None] >> np.arange(n)) & 1).astype(np.int8)


def all_energies(w, b) -> np.ndarray:
    """Energies of all 2^n states (index sum_i x_i 2^i), in blocks of states."""
    w = np.asarray(w, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    n = b.shape[0]
    out = np.empty(2**n)
    block = 1 << 14
    for k0 in range(0, 2**n, block):
        k = np.arange(k0, min(2**n, k0 + block))
        x = ((k[:, None] >> np.arange(n)) & 1).astype(np.float64)
        out[k0:k0 + k.shape[0]] = -(0.5 * np.einsum("ki,ij,kj->k", x, w, x) + x @ b)
    return out


def exact_distribution(w, b, T: float) -> tuple[np.ndarray, np.ndarray]:
    """All states and p(x) = exp(-E(x)/T) / Z."""
    e = all_energies(w, b)
    p = np.exp(-(e - e.min()) / T)
    return all_states(len(b)), p / p.sum()


def conditional_distribution(w, b, x, free, T: float):
    """Exact distribution of the ``free`` units with the others clamped at their values in ``x``.

    Returns
    -------
    configs : (2^m, n) int8
        Every full state (clamped units as in x), free unit free[j] = bit j of the row index.
    probabilities : (2^m,) float64
    """
    x = np.asarray(x, dtype=np.int8)
    free = np.asarray(free, dtype=np.int64)
    m = free.shape[0]
    configs = np.tile(x, (2**m, 1))
    configs[:, free] = all_states(m)
    e = np.array([energy(w, b, c) for c in configs])
    p = np.exp(-(e - e.min()) / T)
    return configs, p / p.sum()


def learning_phases(w, b, patterns, hidden_start, pos_orders, pos_uniforms, free_start, neg_orders, neg_uniforms,
                    temps, collect_from):
    """The statistics of one learning cycle, as ``kernels.learning_phases`` computes them.

    Returns ``(corr_pos, mean_pos, corr_neg, mean_neg, samples_pos, samples_neg)`` (sums, not means).
    """
    w = np.asarray(w, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    n = w.shape[0]
    nv = patterns.shape[1]

    def run(x, free, orders, uniforms, corr, mean):
        samples = 0
        for s, T in enumerate(temps):
            for t in range(len(free)):
                i = free[orders[s, t]]
                p = probability_on(float(w[i] @ x + b[i]), float(T))
                x[i] = 1.0 if uniforms[s, t] < p else 0.0
            if s >= collect_from:
                corr += np.outer(x, x)
                mean += x
                samples += 1
        return samples

    corr_pos, corr_neg = np.zeros((n, n)), np.zeros((n, n))
    mean_pos, mean_neg = np.zeros(n), np.zeros(n)
    sp = sn = 0
    for k in range(patterns.shape[0]):
        x = np.concatenate([patterns[k], hidden_start[k]]).astype(np.float64)
        sp += run(x, np.arange(nv, n), pos_orders[k], pos_uniforms[k], corr_pos, mean_pos)
    for r in range(free_start.shape[0]):
        x = free_start[r].astype(np.float64)
        sn += run(x, np.arange(n), neg_orders[r], neg_uniforms[r], corr_neg, mean_neg)
    return corr_pos, mean_pos, corr_neg, mean_neg, sp, sn
