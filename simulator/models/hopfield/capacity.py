"""The capacity experiment: recall quality against the load p/N for one rule and network size."""

from __future__ import annotations

import numbers
from dataclasses import dataclass
from typing import Callable

import numpy as np

from simulator.models.hopfield import kernels as K
from simulator.core.memory import available_memory_bytes
from simulator.core.text import tr
from simulator.models.hopfield.engine import RELATIVE_TIE_TOLERANCE, RULES

#: Loads swept when none are given: across the Hebbian limit 0.138 and up to where
#: Storkey and the pseudo-inverse rule fail too.
DEFAULT_LOADS = tuple(np.round(np.arange(0.02, 0.401, 0.02), 3))

#: A probe counts as recalled when the final |overlap| with its pattern is at least this.
RECALL_THRESHOLD = 0.95

MAX_SWEEPS = 100


@dataclass(frozen=True)
class CapacityResult:
    """Recall quality at each load.

    Attributes
    ----------
    n_units, rule, noise, probes, seed
        The experiment's settings.
    loads : numpy.ndarray
        (m,) the loads p/N asked for.
    p_values : numpy.ndarray
        (m,) int, patterns stored at each load: max(1, round(load * n)).
    mean_overlap : numpy.ndarray
        (m,) mean final overlap m = (1/n) y . x with the probed pattern.
    recall_rate : numpy.ndarray
        (m,) share of probes whose final |overlap| is at least 0.95.
    """

    n_units: int
    rule: str
    noise: float
    probes: int
    seed: int
    loads: np.ndarray
    p_values: np.ndarray
    mean_overlap: np.ndarray
    recall_rate: np.ndarray


class _GrowingWeights:
    """Raw float32 weights for the first p of a fixed pattern sequence, grown without rebuilding.

    Hebbian: add Y_b^T Y_b for each new block (exact integers). Storkey: the rule is
    incremental by nature. Pseudo-inverse: W + diag(d) is the orthogonal projection
    onto the span of the patterns, grown by block Gram-Schmidt (applied twice, which
    keeps float32 orthogonality), so a sweep of loads costs one O(n^2 p_max) build.
    """

    def __init__(self, patterns: np.ndarray, rule: str) -> None:
        self.y = patterns
        self.rule = rule
        n = patterns.shape[1]
        self.n = n
        self.p = 0
        self.w = np.zeros((n, n), np.float32)
        self.scale = 1.0 / n if rule == "hebbian" else 1.0
        self.diag = np.zeros(n, np.float64)  # projection's diagonal (pseudo-inverse only)
        self._work = np.empty(n, np.float64)

    def grow(self, p: int, progress: Callable[[str], None]) -> None:
        if p <= self.p:
            return
        block = self.y[self.p:p]
        if self.rule == "hebbian":
            yb = block.astype(np.float32)
            self.w += yb.T @ yb
            np.fill_diagonal(self.w, 0.0)
        elif self.rule == "storkey":
            for k in range(self.p, p):
                K.storkey_add(self.w, self.y[k], self._work)
                progress(tr("storing pattern {k} of {p}", k=k + 1, p=p))
        else:
            self._grow_projection(block)
        self.p = p
        progress(tr("stored {p} patterns", p=p))

    def _project_out(self, e: np.ndarray) -> np.ndarray:
        # P e with P = W + diag(d), W symmetric with a zero diagonal.
        return e - (self.w @ e + self.diag[:, None].astype(np.float32) * e)

    def _grow_projection(self, block: np.ndarray) -> None:
        e = np.ascontiguousarray(block.T, dtype=np.float32)  # (n, k)
        e = self._project_out(self._project_out(e))
        gram = e.T.astype(np.float64) @ e.astype(np.float64)
        g = np.linalg.pinv(gram, hermitian=True).astype(np.float32)
        eg = e @ g
        self.w += eg @ e.T
        self.diag += np.diagonal(self.w).astype(np.float64)
        K.symmetrize_zero_diag(self.w)


def _check_args(n_units, rule, loads, noise, probes, seed):
    if isinstance(n_units, bool) or not isinstance(n_units, numbers.Integral) or n_units < 1:
        raise ValueError(tr("the capacity experiment needs at least 1 unit, got {n!r}", n=n_units))
    n = int(n_units)
    need = 8 * n * n
    avail = available_memory_bytes()
    if avail is not None and need > 0.8 * avail:
        raise ValueError(tr("a capacity experiment with {n} units needs about {need:.1f} GB of memory; "
                            "choose fewer units", n=n, need=need / 1e9))
    if rule not in RULES:
        raise ValueError(tr("unknown rule {rule!r}; choose one of: {rules}", rule=rule, rules=", ".join(RULES)))
    try:
        arr = np.asarray(DEFAULT_LOADS if loads is None else loads, dtype=np.float64).ravel()
    except (TypeError, ValueError):
        raise ValueError(tr("loads must be numbers between 0 and 1")) from None
    if arr.size == 0:
        raise ValueError(tr("give at least one load p/N"))
    if not np.isfinite(arr).all() or (arr <= 0).any() or (arr > 1).any():
        raise ValueError(tr("loads p/N must be greater than 0 and at most 1"))
    if not isinstance(noise, numbers.Real) or not np.isfinite(noise) or not 0 <= noise <= 1:
        raise ValueError(tr("noise is the share of units flipped in each probe, from 0 to 1; got {noise!r}",
                            noise=noise))
    if isinstance(probes, bool) or not isinstance(probes, numbers.Integral) or probes < 1:
        raise ValueError(tr("the number of probes must be a whole number of at least 1, got {probes!r}",
                            probes=probes))
    if isinstance(seed, bool) or not isinstance(seed, numbers.Integral) or seed < 0:
        raise ValueError(tr("a seed is a whole number 0 or larger, got {seed!r}", seed=seed))
    return n, arr, float(noise), int(probes), int(seed)


def capacity_curve(n_units: int, rule: str, loads=None, noise: float = 0.0, probes: int = 20, seed: int = 0,
                   progress: Callable[[float, str], None] | None = None) -> CapacityResult:
    """Store random +-1 patterns at increasing loads and measure how well they are recalled.

    At each load p = max(1, round(load * n)) patterns are stored (the first p of one
    random sequence, so weights grow incrementally). Each probe starts from a randomly
    chosen stored pattern with round(noise * n) units flipped and runs asynchronous
    random-order updates to a fixed point (at most 100 sweeps).

    Parameters
    ----------
    n_units : int
        Network size.
    rule : {"hebbian", "storkey", "pseudo-inverse"}
    loads : sequence of float, optional
        Loads p/N in (0, 1]; default 0.02, 0.04, ..., 0.40.
    noise : float
        Share of units flipped in each probe's start state.
    probes : int
        Recalls per load.
    seed : int
        Seed for the patterns, the probes and the update orders.
    progress : callable, optional
        ``progress(fraction, message)``, called often; an exception it raises (such as
        :class:`simulator.core.jobs.Cancelled`) stops the experiment and propagates.

    Returns
    -------
    CapacityResult
    """
    n, loads_arr, noise, probes, seed = _check_args(n_units, rule, loads, noise, probes, seed)
    report = progress if progress is not None else (lambda fraction, message: None)
    p_values = np.maximum(1, np.rint(loads_arr * n)).astype(np.int64)
    rng = np.random.default_rng(seed)
    p_max = int(p_values.max())
    patterns = np.where(rng.random((p_max, n)) < 0.5, -1, 1).astype(np.int8)
    grower = _GrowingWeights(patterns, rule)

    m_points = len(loads_arr)
    mean_overlap = np.zeros(m_points)
    recall_rate = np.zeros(m_points)
    n_flip = int(round(noise * n))
    h = np.zeros(n, np.float64)
    braw = np.zeros(n, np.float64)
    yt = np.zeros((n, 0), np.int8)
    ov = np.zeros(0, np.int64)
    flip_counts = np.zeros(n, np.int32)
    tr1 = np.zeros(1, np.float64)
    tr2 = np.zeros((1, 0), np.float64)
    done_points = 0

    report(0.0, tr("Capacity of a {rule} network of {n} units", rule=rule, n=n))
    for idx in np.argsort(p_values, kind="stable"):
        p = int(p_values[idx])
        base = done_points / m_points
        step = 1.0 / m_points
        grower.grow(p, lambda msg, base=base, step=step: report(
            base + 0.2 * step, tr("p/N = {load:.3f}: {what}", load=p / n, what=msg)))
        tol = 0.0 if rule == "hebbian" else RELATIVE_TIE_TOLERANCE * K.max_abs_row_sum(grower.w)
        y = patterns[:p]
        dots = np.zeros(p, np.int64)
        overlaps = np.zeros(probes)
        for t in range(probes):
            k = int(rng.integers(p))
            x = patterns[k].copy()
            if n_flip:
                x[rng.choice(n, n_flip, replace=False)] *= -1
            if rule == "hebbian":
                K.hebbian_fields(y, x, dots, h)
            else:
                K.matvec_fields(grower.w, x, h)
            for _ in range(MAX_SWEEPS):
                order = rng.permutation(n)
                flips = K.async_updates(grower.w, h, x, braw, tol, order, 0, n, yt, ov, flip_counts,
                                        0, 0, tr1, tr1, tr2, 0, 0.0, 1.0)[0]
                if flips == 0:
                    break
            overlaps[t] = float(np.dot(patterns[k].astype(np.int64), x.astype(np.int64))) / n
            report(base + step * (0.2 + 0.8 * (t + 1) / probes),
                   tr("p/N = {load:.3f}: probe {t} of {probes}", load=p / n, t=t + 1, probes=probes))
        mean_overlap[idx] = overlaps.mean()
        recall_rate[idx] = np.mean(np.abs(overlaps) >= RECALL_THRESHOLD)
        done_points += 1
    report(1.0, tr("Capacity experiment done"))
    return CapacityResult(n, rule, noise, probes, seed, loads_arr, p_values, mean_overlap, recall_rate)
