"""Plain-numpy Hopfield network, slow and obvious: the oracle for tests and the bench baseline."""

from __future__ import annotations

import numpy as np


def hebbian_weights(patterns) -> np.ndarray:
    """W = (1/n) sum_k y_k y_k^T with a zero diagonal."""
    y = np.atleast_2d(np.asarray(patterns, dtype=np.float64))
    n = y.shape[1]
    w = y.T @ y / n  # the sum of outer products, as one matrix product
    np.fill_diagonal(w, 0.0)
    return w


def storkey_weights(patterns) -> np.ndarray:
    """Storkey (1997): w_ij += (1/n)(y_i y_j - y_i h_ji - h_ij y_j), h_ij = sum_{k != i, j} w_ik y_k.

    The diagonal is kept at zero.
    """
    y = np.atleast_2d(np.asarray(patterns, dtype=np.float64))
    n = y.shape[1]
    w = np.zeros((n, n))
    for yk in y:
        h = w @ yk
        # h_ij = h_i - w_ii y_i - w_ij y_j
        hij = h[:, None] - np.diag(w)[:, None] * yk[:, None] - w * yk[None, :]
        w = w + (np.outer(yk, yk) - yk[:, None] * hij.T - hij * yk[None, :]) / n
        np.fill_diagonal(w, 0.0)
    return w


def pseudo_inverse_weights(patterns) -> np.ndarray:
    """Projection rule W = Y^T (Y Y^T)^+ Y, symmetrised, zero diagonal."""
    y = np.atleast_2d(np.asarray(patterns, dtype=np.float64))
    w = y.T @ np.linalg.pinv(y @ y.T) @ y
    w = 0.5 * (w + w.T)
    np.fill_diagonal(w, 0.0)
    return w


def weights(patterns, rule: str) -> np.ndarray:
    """Weights for ``rule`` in {"hebbian", "storkey", "pseudo-inverse"}."""
    return {"hebbian": hebbian_weights, "storkey": storkey_weights,
            "pseudo-inverse": pseudo_inverse_weights}[rule](patterns)


def energy(w, x, b=None) -> float:
    """E = -1/2 x^T W x - b^T x."""
    x = np.asarray(x, dtype=np.float64)
    e = -0.5 * x @ w @ x
    if b is not None:
        e -= np.asarray(b, dtype=np.float64) @ x
    return float(e)


def _new_value(field: float, old: int, tol: float) -> int:
    if field > tol:
        return 1
    if field < -tol:
        return -1
    return old


def async_update(w, x, order, b=None, tol: float = 0.0):
    """Update units one at a time in ``order``, each from a fresh dot product of its weight row.

    Parameters
    ----------
    w : (n, n) array
    x : (n,) +1/-1 start state (not modified)
    order : sequence of int
    b : (n,) biases, optional
    tol : float
        Fields with ``|field| <= tol`` count as 0 and keep the unit.

    Returns
    -------
    x : numpy.ndarray
        (n,) int8 new state.
    log : list of (unit, field, flipped)
    """
    w = np.asarray(w, dtype=np.float64)
    x = np.array(x, dtype=np.float64)
    log = []
    for i in order:
        field = w[i] @ x + (0.0 if b is None else b[i])
        new = _new_value(field, x[i], tol)
        log.append((int(i), float(field), bool(new != x[i])))
        x[i] = new
    return x.astype(np.int8), log


def async_recall(w, x, rng=None, order: str = "random", b=None, tol: float = 0.0, max_sweeps: int = 100):
    """Asynchronous sweeps until one makes no flip (or ``max_sweeps``).

    Each random sweep uses ``rng.permutation(n)``; a sequential sweep visits 0..n-1.
    One dot product per unit update.

    Returns
    -------
    (state, sweeps, flips) : int8 final state, sweeps run, total flips
    """
    w = np.asarray(w, dtype=np.float64)
    x = np.array(x, dtype=np.float64)
    n = x.shape[0]
    sweeps = 0
    total = 0
    for _ in range(max_sweeps):
        units = rng.permutation(n) if order == "random" else range(n)
        flips = 0
        for i in units:
            field = w[i] @ x + (0.0 if b is None else b[i])
            new = _new_value(field, x[i], tol)
            if new != x[i]:
                x[i] = new
                flips += 1
        sweeps += 1
        total += flips
        if flips == 0:
            break
    return x.astype(np.int8), sweeps, total


def sync_update(w, x, b=None, tol: float = 0.0) -> np.ndarray:
    """One synchronous update: every unit from the same old state."""
    w = np.asarray(w, dtype=np.float64)
    xf = np.asarray(x, dtype=np.float64)
    field = w @ xf + (0.0 if b is None else np.asarray(b, dtype=np.float64))
    new = np.where(field > tol, 1.0, np.where(field < -tol, -1.0, xf))
    return new.astype(np.int8)


def sync_recall(w, x, b=None, tol: float = 0.0, max_sweeps: int = 100):
    """Synchronous updates until a fixed point, a 2-cycle, or ``max_sweeps``.

    Returns
    -------
    (state, updates, kind) : int8 final state, updates run, "fixed", "cycle" or "limit"
    """
    prev = None
    x = np.asarray(x).astype(np.int8)
    for t in range(max_sweeps):
        new = sync_update(w, x, b, tol)
        if np.array_equal(new, x):
            return new, t + 1, "fixed"
        if prev is not None and np.array_equal(new, prev):
            return new, t + 1, "cycle"
        prev, x = x, new
    return x, max_sweeps, "limit"
