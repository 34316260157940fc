"""The Boltzmann panel's built-in scenes: spurious-state escape, spin glass, equilibrium (Qt-free)."""

from __future__ import annotations

import math
import numbers
from dataclasses import dataclass, field
from typing import Any, Callable, NamedTuple

import numpy as np

from simulator.core.checks import check_seed
from simulator.core.text import tr
from simulator.models.boltzmann.engine import (MAX_ENUMERATION_UNITS, MAX_VISIT_UNITS, BoltzmannMachine,
                                               all_energies, validate_state01)
from simulator.models.boltzmann.schedules import Constant, Geometric, Linear, Quench, Schedule




def _check_units(n: Any, lo: int, hi: int, what: str) -> int:
    if isinstance(n, bool) or not isinstance(n, numbers.Integral):
        raise ValueError(tr("the number of units must be a whole number, got {n!r}", n=n))
    if not lo <= n <= hi:
        raise ValueError(tr("{what} has {lo} to {hi} units, got {n}", what=what, lo=lo, hi=hi, n=n))
    return int(n)


def grid_shape(n: int) -> tuple[int, int]:
    """(rows, cols) of the most nearly square grid holding exactly ``n`` units."""
    rows = int(math.isqrt(n))
    while n % rows:
        rows -= 1
    return rows, n // rows


def hopfield_to_boltzmann(w_pm: Any, b_pm: Any = None) -> tuple[np.ndarray, np.ndarray, float]:
    """0/1 weights and biases whose energies equal a +1/-1 Hopfield network's, up to a constant.

    With s = 2x - 1, E_pm(s) = -1/2 s^T W s - b^T s becomes
    -(sum_{i<j} x_i (4 w_ij) x_j + sum_i x_i (2 b_i - 2 sum_j w_ij)) + C, so
    W01 = 4 W, b01 = 2 b - 2 W 1 and C = -1/2 1^T W 1 + 1^T b.

    Returns
    -------
    (w01, b01, C) with E_pm(2x - 1) = E01(x) + C.
    """
    w = np.asarray(w_pm, dtype=np.float64)
    b = np.zeros(w.shape[0]) if b_pm is None else np.asarray(b_pm, dtype=np.float64)
    return 4.0 * w, 2.0 * b - 2.0 * w.sum(axis=1), float(-0.5 * w.sum() + b.sum())


class Recognition(NamedTuple):
    """What a state of the spurious-escape scene is: kind "pattern", "inverse" or "spurious"."""

    kind: str
    index: int
    text: str


@dataclass(frozen=True)
class SpuriousEscapeScene:
    """Scene 1: a Hopfield memory in 0/1 units, a start state that a quench leaves in a spurious minimum.

    Attributes
    ----------
    weights, biases : numpy.ndarray
        The 0/1 network (W01 = 4 W, b01 = -2 W 1 for the Hebbian W = (1/n) sum y y^T).
    start : numpy.ndarray
        (n,) int8 start state: the 3-pattern mixture state sign(y1 + y2 + y3) with 10 % of
        its units flipped.
    patterns : numpy.ndarray
        (p, n) int8 stored patterns as 0/1 (``patterns_pm`` as +1/-1).
    mixture : numpy.ndarray
        (n,) int8 the spurious mixture state (0/1), where a quench stops.
    grid : (int, int)
        Rows and columns for display.
    energy_offset : float
        E_pm = E01 + energy_offset.
    quench, anneal : Schedule
        The two runs shown side by side.
    """

    weights: np.ndarray
    biases: np.ndarray
    start: np.ndarray
    patterns: np.ndarray
    patterns_pm: np.ndarray
    mixture: np.ndarray
    grid: tuple[int, int]
    energy_offset: float
    quench: Schedule = field(default_factory=Quench)
    anneal: Schedule = field(default_factory=lambda: Linear(0.6, 0.05, 100))
    seed: int = 0

    @property
    def n_units(self) -> int:
        return int(self.start.shape[0])

    def machine(self, seed: int | None = None, schedule: str = "anneal") -> BoltzmannMachine:
        """A machine set up for this scene: its weights, the start state, and the "quench" or "anneal" schedule."""
        if schedule not in ("quench", "anneal"):
            raise ValueError(tr("unknown run {schedule!r}; choose quench or anneal", schedule=schedule))
        m = BoltzmannMachine(self.n_units, self.weights, self.biases, seed=seed)
        m.set_state(self.start)
        m.set_schedule(self.quench if schedule == "quench" else self.anneal)
        return m

    def recognise(self, state: Any) -> Recognition:
        """Name a 0/1 state: stored pattern k, its inverse, or a spurious state (with the closest pattern)."""
        x = validate_state01(state, self.n_units)
        s = 2 * x.astype(np.int64) - 1
        ov = self.patterns_pm.astype(np.int64) @ s
        n = self.n_units
        hit = np.flatnonzero(ov == n)
        if hit.size:
            return Recognition("pattern", int(hit[0]), tr("Stored pattern {k}", k=int(hit[0]) + 1))
        hit = np.flatnonzero(ov == -n)
        if hit.size:
            return Recognition("inverse", int(hit[0]), tr("Inverse of stored pattern {k}", k=int(hit[0]) + 1))
        k = int(np.argmax(np.abs(ov)))
        if np.array_equal(x, self.mixture):
            text = tr("A mixture state (closest: pattern {k}, overlap {overlap:+.2f})", k=k + 1, overlap=ov[k] / n)
        else:
            text = tr("A spurious state (closest: pattern {k}, overlap {overlap:+.2f})", k=k + 1, overlap=ov[k] / n)
        return Recognition("spurious", -1, text)


def spurious_escape(seed: int = 0, side: int = 12, noise: float = 0.1) -> SpuriousEscapeScene:
    """Scene 1: three stored patterns on a ``side`` x ``side`` grid and a start near their mixture.

    The three +1/-1 patterns are random but exactly orthogonal (each of the 8 sign
    combinations of (y1, y2, y3) on n/8 units), so every seed gives the same picture:
    the mixture state sign(y1 + y2 + y3) is a spurious minimum of the Hopfield energy
    with overlap 1/2 with each pattern. Greedy (T = 0, the Hopfield rule) updates from
    the start fall back into the mixture; annealing from T = 0.6 (above the mixture's
    melting temperature, about 0.46, below the patterns', about 1) to 0.05 over 100
    sweeps reaches a stored pattern. (T here equals the temperature of the +1/-1
    network with Glauber dynamics, since the 0/1 energy gap is twice the Hopfield field.)

    Parameters
    ----------
    seed : int
        Chooses the patterns and the start's flipped units.
    side : int
        Grid side; side^2 must be a multiple of 8 (default 12: 144 units).
    noise : float
        Fraction of the mixture's units flipped in the start state.
    """
    seed = check_seed(seed)
    if isinstance(side, bool) or not isinstance(side, numbers.Integral) or side < 4 or (side * side) % 8:
        raise ValueError(tr("the grid side must be a whole number of at least 4 with side^2 a multiple of 8, got "
                            "{side!r}", side=side))
    if not (0.0 <= float(noise) < 0.5):
        raise ValueError(tr("the share of flipped units must be between 0 and 0.5, got {noise!r}", noise=noise))
    rng = np.random.default_rng(seed)
    n = side * side
    combos = np.array([[a, b, c] for a in (-1, 1) for b in (-1, 1) for c in (-1, 1)], np.int64)
    y = combos[rng.permutation(np.repeat(np.arange(8), n // 8))].T  # (3, n)
    w_pm = (y.T @ y) / n
    np.fill_diagonal(w_pm, 0.0)
    w01, b01, offset = hopfield_to_boltzmann(w_pm)
    mix = np.sign(y.sum(axis=0))
    start = mix.copy()
    start[rng.choice(n, int(round(noise * n)), replace=False)] *= -1
    to01 = lambda v: ((v + 1) // 2).astype(np.int8)  # noqa: E731
    return SpuriousEscapeScene(
        weights=w01, biases=b01, start=to01(start), patterns=to01(y), patterns_pm=y.astype(np.int8),
        mixture=to01(mix), grid=(side, side), energy_offset=offset, seed=seed)


@dataclass(frozen=True)
class SpinGlassScene:
    """Scene 2: a Sherrington-Kirkpatrick spin glass in 0/1 units with its ground state known.

    Attributes
    ----------
    weights, biases : numpy.ndarray
        0/1 form of the +1/-1 couplings J_ij ~ N(0, 1/n) (see :func:`hopfield_to_boltzmann`).
    couplings : numpy.ndarray
        (n, n) the +1/-1 couplings J.
    ground_state : numpy.ndarray
        (n,) int8 a lowest-energy state (its complement 1 - x has the same energy).
    ground_energy : float
    second_energy : float
        The lowest energy above the ground energy (the gap an annealer must resolve).
    grid : (int, int)
    tolerance : float
        A run "hits" the ground state when its energy is within this of ``ground_energy``.
    """

    weights: np.ndarray
    biases: np.ndarray
    couplings: np.ndarray
    ground_state: np.ndarray
    ground_energy: float
    second_energy: float
    grid: tuple[int, int]
    tolerance: float
    seed: int = 0

    @property
    def n_units(self) -> int:
        return int(self.biases.shape[0])

    def is_ground(self, energy: float) -> bool:
        """True if ``energy`` is the ground energy (within :attr:`tolerance`)."""
        return energy <= self.ground_energy + self.tolerance


def slow_cooling() -> Schedule:
    """The spin-glass scene's slow cooling: T = 1.5 x 0.99^sweep down to 0.02 (about 430 sweeps)."""
    return Geometric(1.5, 0.99, 0.02)


def spin_glass(n: int = 16, seed: int = 0) -> SpinGlassScene:
    """Scene 2: an SK spin glass of ``n`` <= 20 units, solved exactly by enumerating its 2^n states."""
    n = _check_units(n, 2, MAX_ENUMERATION_UNITS, tr("a spin glass solved by enumeration"))
    seed = check_seed(seed)
    rng = np.random.default_rng(seed)
    a = rng.normal(0.0, 1.0 / math.sqrt(n), size=(n, n))
    j = np.triu(a, 1)
    j = j + j.T
    w01, b01, _ = hopfield_to_boltzmann(j)
    e = all_energies(w01, b01)
    k = int(np.argmin(e))
    lo = float(e[k])
    scale = float(np.abs(w01).sum() + np.abs(b01).sum())
    tol = 1e-9 * max(1.0, scale)
    above = e[e > lo + tol]
    second = float(above.min()) if above.size else lo
    ground = ((k >> np.arange(n)) & 1).astype(np.int8)
    return SpinGlassScene(weights=w01, biases=b01, couplings=j, ground_state=ground, ground_energy=lo,
                          second_energy=second, grid=grid_shape(n), tolerance=tol, seed=seed)


class HitRate(NamedTuple):
    """How often runs of one schedule ended in the ground state."""

    hits: int
    runs: int
    rate: float
    final_energies: np.ndarray


def ground_state_hit_rate(scene: SpinGlassScene, schedule: Schedule, runs: int = 50, seed: int = 0,
                          progress: Callable[[float, str], Any] | None = None) -> HitRate:
    """Run ``schedule`` ``runs`` times from random start states; count final states at the ground energy.

    Run r starts from a uniformly random state and uses the engine seed drawn for it
    from ``seed``, so the same arguments give the same result. ``progress(fraction,
    message)`` is called between runs and may raise to cancel (pass ``JobContext.progress``).
    """
    if not isinstance(scene, SpinGlassScene):
        raise ValueError(tr("ground_state_hit_rate needs a spin-glass scene (from spin_glass)"))
    if isinstance(runs, bool) or not isinstance(runs, numbers.Integral) or runs < 1:
        raise ValueError(tr("the number of runs must be a whole number of at least 1, got {runs!r}", runs=runs))
    seed = check_seed(seed)
    rng = np.random.default_rng(seed)
    m = BoltzmannMachine(scene.n_units, scene.weights, scene.biases, seed=0)
    finals = np.empty(int(runs))
    hits = 0
    for r in range(int(runs)):
        if progress is not None:
            progress(r / runs, tr("Run {r} of {runs}", r=r + 1, runs=runs))
        m.set_state((rng.random(scene.n_units) < 0.5).astype(np.int8))
        m.reset(int(rng.integers(2**63)))
        res = m.anneal(schedule)
        finals[r] = res.final_energy
        hits += scene.is_ground(res.final_energy)
    if progress is not None:
        progress(1.0, tr("Done"))
    return HitRate(hits, int(runs), hits / runs, finals)


@dataclass(frozen=True)
class EquilibriumScene:
    """Scene 3: a small random network whose exact Boltzmann distribution is shown beside the samples.

    Attributes
    ----------
    weights, biases : numpy.ndarray
    start : numpy.ndarray
        (n,) int8 all units off.
    temperature : float
        The constant T of the scene (1.0).
    grid : (int, int)
    """

    weights: np.ndarray
    biases: np.ndarray
    start: np.ndarray
    temperature: float
    grid: tuple[int, int]
    seed: int = 0

    @property
    def n_units(self) -> int:
        return int(self.biases.shape[0])

    def machine(self, seed: int | None = None) -> BoltzmannMachine:
        """A machine with this scene's weights, start state and constant temperature."""
        m = BoltzmannMachine(self.n_units, self.weights, self.biases, seed=seed)
        m.set_state(self.start)
        m.set_schedule(Constant(self.temperature))
        return m


def equilibrium(n: int = 6, seed: int = 0, temperature: float = 1.0) -> EquilibriumScene:
    """Scene 3: ``n`` <= 12 units, weights ~ N(0, 1) and biases ~ N(0, 0.5) (a few likely states)."""
    n = _check_units(n, 1, MAX_VISIT_UNITS, tr("the equilibrium scene"))
    seed = check_seed(seed)
    rng = np.random.default_rng(seed)
    a = np.triu(rng.normal(0.0, 1.0, size=(n, n)), 1)
    w = a + a.T
    b = rng.normal(0.0, 0.5, size=n)
    Constant(temperature)  # validates T
    return EquilibriumScene(weights=w, biases=b, start=np.zeros(n, np.int8), temperature=float(temperature),
                            grid=grid_shape(n), seed=seed)


#: One paragraph per scene, for the panel and the README.
EXPLANATIONS = {
    "spurious": (
        "Escape from a spurious state. Three patterns are stored with the Hebbian rule; the start is their "
        "mixture with a few units flipped. On the left, T = 0: every unit follows the Hopfield rule and the "
        "network falls back into the mixture, a spurious minimum. On the right, the same start is annealed "
        "from T = 0.6: the noise shakes the network out of the shallow mixture minimum, and as T falls it "
        "settles into one of the stored patterns."),
    "spin_glass": (
        "Optimisation by annealing. Random couplings of both signs (a spin glass) make an energy landscape "
        "full of local minima; with up to 20 units the app knows the lowest state by trying all of them. "
        "A quench (T = 0) stops in whatever minimum is nearest; slow cooling explores first. Repeat 50 runs "
        "of each to see how often each reaches the ground state."),
    "equilibrium": (
        "Equilibrium. At a fixed temperature the states visited by the stochastic updates follow the "
        "Boltzmann distribution p(x) = exp(-E(x)/T) / Z. The bars compare how often each state was visited "
        "with its exact probability (computed from all 2^n states); the total-variation distance between "
        "the two shrinks as samples accumulate."),
    "encoder": (
        "Learning with hidden units: the 4-2-4 encoder (Ackley, Hinton and Sejnowski, 1985). Four input "
        "units and four output units talk only through two hidden units. Each cycle runs a clamped phase "
        "(inputs and outputs fixed to a pattern) and a free phase, and changes each weight by "
        "eta (<x_i x_j>clamped - <x_i x_j>free). The hidden units must invent a 2-bit code for the four "
        "patterns."),
}
