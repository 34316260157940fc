"""Target distributions for the GAN: Gaussian mixtures (ring, grid), moons, spiral, line, painted points, digits."""

from __future__ import annotations

from typing import Any, Callable

import numpy as np

from simulator.core.text import tr

#: Fewest painted points accepted: fewer give the generator almost nothing to learn.
MIN_PAINTED = 20


def _pad(lo: float, hi: float, margin: float) -> tuple[float, float]:
    return (float(lo - margin), float(hi + margin))


class Target:
    """A distribution to imitate.

    Attributes
    ----------
    name : str
        Short name ("ring", "grid", ...).
    dim : int
        Dimension of a sample (2, or 64 for the digits).
    modes : numpy.ndarray or None
        (M, 2) centres of the mixture components, for mode coverage; None when the target is not a mixture.
    mode_std : float or None
        Standard deviation of every component (None without modes).
    bounds : tuple
        ((xmin, xmax), (ymin, ymax)) of a view that shows the whole target (2-D targets only).
    params : dict
        The arguments that rebuild this target with :func:`make`.
    picks : tuple or None
        ``(rows, std)`` when :meth:`sample` is ``rows[rng.integers(0, len(rows), n)]``, plus
        ``std * rng.standard_normal((n, dim))`` unless ``std`` is None: the GAN then draws its
        batches in a kernel (the same numbers). None for other samplers.
    """

    def __init__(self, name: str, dim: int, sampler: Callable[[int, np.random.Generator], np.ndarray],
                 modes: np.ndarray | None = None, mode_std: float | None = None,
                 bounds: tuple | None = None, params: dict[str, Any] | None = None,
                 picks: tuple[np.ndarray, float | None] | None = None) -> None:
        self.name = name
        self.dim = int(dim)
        self._sampler = sampler
        self.picks = picks
        self.modes = None if modes is None else np.asarray(modes, dtype=np.float64).copy()
        self.mode_std = None if mode_std is None else float(mode_std)
        self.bounds = bounds
        self.params = dict(params or {})

    def sample(self, n: int, rng: np.random.Generator) -> np.ndarray:
        """``n`` samples as an (n, dim) float64 array, drawn with ``rng``."""
        if isinstance(n, bool) or not isinstance(n, (int, np.integer)) or n < 0:
            raise ValueError(tr("the number of samples must be a whole number 0 or larger, got {n!r}", n=n))
        return self._sampler(int(n), rng)

    def __repr__(self) -> str:
        args = ", ".join(f"{k}={v!r}" for k, v in self.params.items() if k != "points")
        return f"targets.{self.name}({args})"


def _check_positive(value: Any, what: str) -> float:
    try:
        v = float(value)
    except (TypeError, ValueError):
        raise ValueError(tr("{what} must be a number, got {value!r}", what=what, value=value)) from None
    if not np.isfinite(v) or v <= 0:
        raise ValueError(tr("{what} must be a positive number, got {value!r}", what=what, value=value))
    return v


def _check_nonneg(value: Any, what: str) -> float:
    try:
        v = float(value)
    except (TypeError, ValueError):
        raise ValueError(tr("{what} must be a number, got {value!r}", what=what, value=value)) from None
    if not np.isfinite(v) or v < 0:
        raise ValueError(tr("{what} must be 0 or a positive number, got {value!r}", what=what, value=value))
    return v


def _check_int(value: Any, what: str, low: int) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)) or value < low:
        raise ValueError(tr("{what} must be a whole number {low} or larger, got {value!r}", what=what, low=low,
                            value=value))
    return int(value)


def _mixture(name: str, centres: np.ndarray, std: float, params: dict[str, Any]) -> Target:
    def sampler(n: int, rng: np.random.Generator) -> np.ndarray:
        k = rng.integers(0, len(centres), n)
        return centres[k] + std * rng.standard_normal((n, 2))

    lo = centres.min(axis=0)
    hi = centres.max(axis=0)
    margin = 0.25 * float(max(hi - lo)) + 4 * std + 0.5
    bounds = (_pad(lo[0], hi[0], margin), _pad(lo[1], hi[1], margin))
    return Target(name, 2, sampler, centres, std, bounds, params, picks=(centres, std))


def ring(n_modes: int = 8, radius: float = 2.0, std: float = 0.02) -> Target:
    """``n_modes`` Gaussians of standard deviation ``std`` evenly spaced on a circle of ``radius``."""
    n_modes = _check_int(n_modes, tr("the number of modes"), 1)
    radius = _check_positive(radius, tr("the radius"))
    std = _check_positive(std, tr("the standard deviation"))
    a = 2 * np.pi * np.arange(n_modes) / n_modes
    centres = radius * np.stack([np.cos(a), np.sin(a)], axis=1)
    return _mixture("ring", centres, std, {"n_modes": n_modes, "radius": radius, "std": std})


def grid(n: int = 5, spacing: float = 2.0, std: float = 0.02) -> Target:
    """An ``n`` x ``n`` grid of Gaussians ``spacing`` apart, centred on the origin."""
    n = _check_int(n, tr("the grid size"), 1)
    spacing = _check_positive(spacing, tr("the spacing"))
    std = _check_positive(std, tr("the standard deviation"))
    c = (np.arange(n) - (n - 1) / 2) * spacing
    xx, yy = np.meshgrid(c, c)
    centres = np.stack([xx.ravel(), yy.ravel()], axis=1)
    return _mixture("grid", centres, std, {"n": n, "spacing": spacing, "std": std})


def moons(noise: float = 0.05) -> Target:
    """Two interleaving half circles (like scikit-learn's make_moons), Gaussian noise ``noise``."""
    noise = _check_nonneg(noise, tr("the noise"))

    def sampler(n: int, rng: np.random.Generator) -> np.ndarray:
        upper = rng.random(n) < 0.5
        t = np.pi * rng.random(n)
        x = np.where(upper, np.cos(t), 1.0 - np.cos(t))
        y = np.where(upper, np.sin(t), 0.5 - np.sin(t))
        # Centred on the origin so that a generator starting near 0 reaches it sooner.
        return np.stack([x - 0.5, y - 0.25], axis=1) + noise * rng.standard_normal((n, 2))

    m = 0.5 + 4 * noise
    return Target("moons", 2, sampler, None, None, ((-1.5 - m, 1.5 + m), (-0.75 - m, 1.0 + m)), {"noise": noise})


def spiral(turns: float = 1.5, noise: float = 0.05) -> Target:
    """An Archimedean spiral of ``turns`` turns reaching radius 2, Gaussian noise ``noise``."""
    turns = _check_positive(turns, tr("the number of turns"))
    noise = _check_nonneg(noise, tr("the noise"))

    def sampler(n: int, rng: np.random.Generator) -> np.ndarray:
        # sqrt spreads the points evenly along the arc (its length grows like the radius squared).
        s = np.sqrt(rng.random(n))
        a = 2 * np.pi * turns * s
        r = 2.0 * s
        return np.stack([r * np.cos(a), r * np.sin(a)], axis=1) + noise * rng.standard_normal((n, 2))

    m = 0.5 + 4 * noise
    return Target("spiral", 2, sampler, None, None, ((-2 - m, 2 + m), (-2 - m, 2 + m)),
                  {"turns": turns, "noise": noise})


def line(length: float = 4.0, noise: float = 0.02) -> Target:
    """A diagonal segment of ``length`` centred on the origin, Gaussian noise ``noise``."""
    length = _check_positive(length, tr("the length"))
    noise = _check_nonneg(noise, tr("the noise"))
    h = length / (2 * np.sqrt(2.0))

    def sampler(n: int, rng: np.random.Generator) -> np.ndarray:
        t = rng.uniform(-h, h, n)
        return np.stack([t, t], axis=1) + noise * rng.standard_normal((n, 2))

    m = 0.5 + 4 * noise
    return Target("line", 2, sampler, None, None, ((-h - m, h + m), (-h - m, h + m)),
                  {"length": length, "noise": noise})


def painted(points: Any, std: float = 0.05) -> Target:
    """Samples a painted point at random and adds Gaussian jitter of ``std``.

    Raises
    ------
    ValueError
        With fewer than :data:`MIN_PAINTED` points, or points that are not finite (x, y) pairs.
    """
    try:
        p = np.array(points, dtype=np.float64)
    except (TypeError, ValueError):
        raise ValueError(tr("the painted points must be a list of (x, y) pairs of numbers")) from None
    if p.ndim != 2 or p.shape[1] != 2:
        if p.size == 0:
            p = p.reshape(0, 2)
        else:
            raise ValueError(tr("the painted points must be (x, y) pairs, got an array of shape {shape}",
                                shape=p.shape))
    if len(p) < MIN_PAINTED:
        raise ValueError(tr("Paint at least {min} points for the generator to learn from (there are {n}).",
                            min=MIN_PAINTED, n=len(p)))
    if not np.all(np.isfinite(p)):
        raise ValueError(tr("the painted points must be finite numbers (found NaN or infinity)"))
    std = _check_nonneg(std, tr("the standard deviation"))

    def sampler(n: int, rng: np.random.Generator) -> np.ndarray:
        return p[rng.integers(0, len(p), n)] + std * rng.standard_normal((n, 2))

    lo, hi = p.min(axis=0), p.max(axis=0)
    margin = 0.15 * float(max(hi - lo)) + 4 * std + 0.25
    return Target("painted", 2, sampler, None, None, (_pad(lo[0], hi[0], margin), _pad(lo[1], hi[1], margin)),
                  {"points": p.copy(), "std": std}, picks=(p, std))


def digits() -> Target:
    """The UCI 8 x 8 handwritten digits (1797 images) as rows of 64 ink values in [0, 1]."""
    from simulator.models.rbm.data import digits_ink

    x, _ = digits_ink()
    x = np.clip(x, 0.0, 1.0)

    def sampler(n: int, rng: np.random.Generator) -> np.ndarray:
        return x[rng.integers(0, len(x), n)]

    t = Target("digits", 64, sampler, None, None, None, {}, picks=(x, None))
    t.data = x
    return t


#: The 2-D targets offered by name (painted and digits are built separately).
TARGETS: dict[str, Callable[..., Target]] = {"ring": ring, "grid": grid, "moons": moons, "spiral": spiral,
                                              "line": line}


def make(name: str, **params: Any) -> Target:
    """The target called ``name`` (a key of :data:`TARGETS`, "painted" or "digits") built with ``params``."""
    table: dict[str, Callable[..., Target]] = {**TARGETS, "painted": painted, "digits": digits}
    if name not in table:
        raise ValueError(tr("unknown target {name!r}; choose one of: {names}", name=name, names=", ".join(table)))
    try:
        return table[name](**params)
    except TypeError as exc:
        raise ValueError(tr("wrong settings for the {name} target: {error}", name=name, error=str(exc))) from None
