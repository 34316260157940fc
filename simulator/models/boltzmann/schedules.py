"""Temperature schedules T(sweep) for Gibbs sampling and simulated annealing."""

from __future__ import annotations

import math
import numbers
from typing import Any, Mapping, Sequence

import numpy as np

from simulator.core.text import tr

#: Sweeps shown by :meth:`Schedule.points` for a schedule without an end (constant T).
OPEN_ENDED_DRAW_SWEEPS = 100.0


def _number(value: Any, what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise ValueError(tr("{what} must be a number, got {value!r}", what=what, value=value))
    v = float(value)
    if math.isnan(v):
        raise ValueError(tr("{what} must be a number, got NaN", what=what))
    return v


def check_temperature(value: Any, what: str = tr("the temperature T")) -> float:
    """``value`` as a float if it is a finite temperature above 0; ValueError otherwise."""
    v = _number(value, what)
    if v <= 0:
        raise ValueError(tr("{what} must be above 0, got {v:g}; T <= 0 has no Boltzmann distribution (use the "
                            "Quench schedule for the T -> 0 limit, the deterministic Hopfield rule)",
                            what=what, v=v))
    if math.isinf(v):
        raise ValueError(tr("{what} must be finite, got {v:g}", what=what, v=v))
    return v


def _check_sweeps(value: Any, what: str = "the number of sweeps") -> float:
    v = _number(value, what)
    if not (v > 0) or math.isinf(v):
        raise ValueError(tr("{what} must be a finite number above 0, got {v:g}", what=what, v=v))
    return v


class Schedule:
    """A temperature schedule: T as a function of the sweep count (one sweep = n unit updates).

    Sweep k of a run uses the temperature ``temperature(k)``; after :attr:`duration`
    sweeps the schedule is finished and T stays at its final value.
    """

    #: Name used in :meth:`to_dict` and by the panel's schedule selector.
    kind = "schedule"

    @property
    def duration(self) -> float:
        """Sweeps until the schedule is finished (``math.inf`` if it never ends)."""
        raise NotImplementedError

    def temperatures(self, sweeps: Any) -> np.ndarray:
        """T at each of the (float) ``sweeps``, vectorised; same values as :meth:`temperature`."""
        raise NotImplementedError

    def temperature(self, sweep: float) -> float:
        """T at ``sweep`` (sweeps since the schedule started; negative counts as 0)."""
        return float(self.temperatures(np.array([float(sweep)]))[0])

    @property
    def final_temperature(self) -> float:
        """T once the schedule is finished (for a constant schedule, its T)."""
        d = self.duration
        return self.temperature(d if math.isfinite(d) else 0.0)

    def points(self, n: int = 200, until: float | None = None) -> np.ndarray:
        """(k, 2) array of (sweep, T) for drawing the curve from sweep 0 to ``until``.

        ``until`` defaults to :attr:`duration` (or 100 sweeps if the schedule never ends).
        """
        if isinstance(n, bool) or not isinstance(n, numbers.Integral) or n < 2:
            raise ValueError(tr("points needs a whole number of at least 2 samples, got {n!r}", n=n))
        end = self.duration if until is None else _check_sweeps(until, tr("the end of the drawn curve"))
        if not math.isfinite(end):
            end = OPEN_ENDED_DRAW_SWEEPS
        s = np.linspace(0.0, end, int(n))
        return np.column_stack([s, self.temperatures(s)])

    def to_dict(self) -> dict[str, Any]:
        """Plain values that :func:`schedule_from_dict` (or ``from_dict``) turns back into this schedule."""
        raise NotImplementedError

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "Schedule":
        """The schedule described by ``d`` (as written by :meth:`to_dict`)."""
        sched = schedule_from_dict(d)
        if cls is not Schedule and not isinstance(sched, cls):
            raise ValueError(tr("this is a {kind} schedule, not a {kind2} one", kind=sched.kind, kind2=cls.kind))
        return sched

    def copy(self) -> "Schedule":
        """An independent copy."""
        return schedule_from_dict(self.to_dict())

    def describe(self) -> str:
        """A short sentence for the user."""
        raise NotImplementedError

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Schedule) and self.to_dict() == other.to_dict()

    def __repr__(self) -> str:
        args = ", ".join(f"{k}={v!r}" for k, v in self.to_dict().items() if k != "kind")
        return f"{type(self).__name__}({args})"


class Constant(Schedule):
    """The same temperature for ever: equilibrium sampling at T."""

    kind = "constant"

    def __init__(self, T: float) -> None:
        self.T = check_temperature(T)

    @property
    def duration(self) -> float:
        return math.inf

    def temperatures(self, sweeps: Any) -> np.ndarray:
        return np.full(np.shape(sweeps), self.T, np.float64)

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "T": self.T}

    def describe(self) -> str:
        return tr("constant T = {T:g}", T=self.T)


class Quench(Schedule):
    """The T -> 0 limit: every update is deterministic, the Hopfield rule.

    A unit turns on when its energy gap is positive, off when it is negative, and keeps
    its value on an exact tie. :meth:`temperature` returns 0.0, which the engine reads as
    "greedy"; no other schedule may reach T = 0. The run is finished once a whole
    sweep would change nothing (a local minimum of the energy).
    """

    kind = "quench"

    @property
    def duration(self) -> float:
        return math.inf

    def temperatures(self, sweeps: Any) -> np.ndarray:
        return np.zeros(np.shape(sweeps), np.float64)

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind}

    def describe(self) -> str:
        return tr("quench: T = 0, the deterministic Hopfield rule")


class Linear(Schedule):
    """T falls (or rises) in a straight line from ``T0`` to ``T1`` over ``sweeps`` sweeps."""

    kind = "linear"

    def __init__(self, T0: float, T1: float, sweeps: float) -> None:
        self.T0 = check_temperature(T0, tr("the start temperature T0"))
        self.T1 = check_temperature(T1, tr("the end temperature T1"))
        self.sweeps = _check_sweeps(sweeps)

    @property
    def duration(self) -> float:
        return self.sweeps

    def temperatures(self, sweeps: Any) -> np.ndarray:
        s = np.clip(np.asarray(sweeps, np.float64) / self.sweeps, 0.0, 1.0)
        return self.T0 + (self.T1 - self.T0) * s

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "T0": self.T0, "T1": self.T1, "sweeps": self.sweeps}

    def describe(self) -> str:
        return tr("linear from T = {T0:g} to {T1:g} over {sweeps:g} sweeps",
                  T0=self.T0, T1=self.T1, sweeps=self.sweeps)


class Geometric(Schedule):
    """T = max(T_min, T0 * alpha^sweep): the classic exponential cooling.

    Parameters
    ----------
    T0 : float
        Start temperature (> 0).
    alpha : float
        Cooling factor per sweep, 0 < alpha < 1.
    T_min : float
        Floor (> 0, at most T0).
    sweeps : float, optional
        Duration; defaults to the sweep at which T reaches ``T_min``.
    """

    kind = "geometric"

    def __init__(self, T0: float, alpha: float, T_min: float, sweeps: float | None = None) -> None:
        T0 = check_temperature(T0, tr("the start temperature T0"))
        a = _number(alpha, tr("the cooling factor alpha"))
        if not (0.0 < a < 1.0):
            raise ValueError(tr("the cooling factor alpha must be between 0 and 1 (exclusive), got {a:g}", a=a))
        T_min = check_temperature(T_min, tr("the lowest temperature T_min"))
        if T_min > T0:
            raise ValueError(tr("the lowest temperature T_min ({T_min:g}) cannot be above the start temperature "
                                "T0 ({T0:g})", T_min=T_min, T0=T0))
        self.T0, self.alpha, self.T_min = T0, a, T_min
        if sweeps is None:
            self.sweeps = max(1.0, math.ceil(math.log(T_min / T0) / math.log(a)))
            self._auto = True
        else:
            self.sweeps = _check_sweeps(sweeps)
            self._auto = False

    @property
    def duration(self) -> float:
        return self.sweeps

    def temperatures(self, sweeps: Any) -> np.ndarray:
        s = np.clip(np.asarray(sweeps, np.float64), 0.0, self.sweeps)
        return np.maximum(self.T_min, self.T0 * np.power(self.alpha, s))

    def to_dict(self) -> dict[str, Any]:
        d = {"kind": self.kind, "T0": self.T0, "alpha": self.alpha, "T_min": self.T_min}
        d["sweeps"] = None if self._auto else self.sweeps
        return d

    def describe(self) -> str:
        return (tr("geometric from T = {T0:g}, x{alpha:g} per sweep, down to {T_min:g} ({sweeps:g} sweeps)",
                   T0=self.T0, alpha=self.alpha, T_min=self.T_min, sweeps=self.sweeps))


class Logarithmic(Schedule):
    """T = c / ln(2 + sweep) (Geman and Geman, 1984): slow enough to find the ground state in theory.

    ``c`` is chosen as T0 * ln 2 when the start temperature is the natural thing to set:
    ``Logarithmic.from_start(T0, sweeps)``.
    """

    kind = "logarithmic"

    def __init__(self, c: float, sweeps: float) -> None:
        self.c = check_temperature(c, tr("the constant c"))
        self.sweeps = _check_sweeps(sweeps)

    @classmethod
    def from_start(cls, T0: float, sweeps: float) -> "Logarithmic":
        """The logarithmic schedule starting at T0 (c = T0 ln 2)."""
        return cls(check_temperature(T0, tr("the start temperature T0")) * math.log(2.0), sweeps)

    @property
    def T0(self) -> float:
        """The start temperature c / ln 2."""
        return self.c / math.log(2.0)

    @property
    def duration(self) -> float:
        return self.sweeps

    def temperatures(self, sweeps: Any) -> np.ndarray:
        s = np.clip(np.asarray(sweeps, np.float64), 0.0, self.sweeps)
        return self.c / np.log(2.0 + s)

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "c": self.c, "sweeps": self.sweeps}

    def describe(self) -> str:
        return tr("logarithmic T = {c:g} / ln(2 + sweep) over {sweeps:g} sweeps", c=self.c, sweeps=self.sweeps)


class Piecewise(Schedule):
    """A custom curve through points (sweep, T), linear in between, flat beyond the ends.

    The points can be edited (the panel drags them); every edit is validated and a
    refused edit changes nothing. Sweeps must strictly increase, start at 0 or later,
    and every T must be above 0.
    """

    kind = "piecewise"

    def __init__(self, points: Sequence[Sequence[float]]) -> None:
        self._s, self._t = self._validated(points)
        self.version = 0

    @staticmethod
    def _validated(points: Any) -> tuple[np.ndarray, np.ndarray]:
        try:
            arr = np.asarray(points, dtype=np.float64)
        except (TypeError, ValueError):
            raise ValueError(tr("a custom schedule is a list of (sweep, T) pairs of numbers")) from None
        if arr.ndim != 2 or arr.shape[1] != 2:
            raise ValueError(tr("a custom schedule is a list of (sweep, T) pairs"))
        if arr.shape[0] < 2:
            raise ValueError(tr("a custom schedule needs at least 2 points, got {value}", value=arr.shape[0]))
        s, t = arr[:, 0].copy(), arr[:, 1].copy()
        if not np.isfinite(s).all():
            raise ValueError(tr("every point's sweep must be a finite number"))
        if s[0] < 0:
            raise ValueError(tr("sweeps start at 0; the first point is at sweep {value:g}", value=s[0]))
        bad = np.flatnonzero(np.diff(s) <= 0)
        if bad.size:
            k = int(bad[0])
            raise ValueError(tr("the points' sweeps must increase: point {value} is at sweep {value2:g}, not "
                                "after point {k} at sweep {value3:g}",
                                value=k + 1, value2=s[k + 1], k=k, value3=s[k]))
        for k, tk in enumerate(t):
            check_temperature(float(tk), tr("the temperature of point {k}", k=k))
        return s, t

    @property
    def point_list(self) -> list[tuple[float, float]]:
        """The editable points as (sweep, T) pairs."""
        return [(float(a), float(b)) for a, b in zip(self._s, self._t)]

    def __len__(self) -> int:
        return int(self._s.shape[0])

    def _commit(self, pts: Any) -> None:
        self._s, self._t = self._validated(pts)
        self.version += 1

    def move_point(self, i: int, sweep: float, T: float) -> None:
        """Move point ``i`` to (sweep, T); it must stay between its neighbours."""
        pts = self.point_list
        i = self._index(i, len(pts))
        pts[i] = (_number(sweep, tr("the sweep")), _number(T, tr("the temperature T")))
        self._commit(pts)

    def insert_point(self, sweep: float, T: float) -> int:
        """Add the point (sweep, T) in sweep order; returns its index."""
        sweep = _number(sweep, tr("the sweep"))
        T = check_temperature(T)
        if np.any(self._s == sweep):
            raise ValueError(tr("there is already a point at sweep {sweep:g}", sweep=sweep))
        pts = self.point_list
        k = int(np.searchsorted(self._s, sweep))
        pts.insert(k, (sweep, T))
        self._commit(pts)
        return k

    def remove_point(self, i: int) -> None:
        """Remove point ``i`` (at least 2 points stay)."""
        pts = self.point_list
        i = self._index(i, len(pts))
        if len(pts) <= 2:
            raise ValueError(tr("a custom schedule needs at least 2 points; this one has only 2 left"))
        del pts[i]
        self._commit(pts)

    @staticmethod
    def _index(i: Any, n: int) -> int:
        if isinstance(i, bool) or not isinstance(i, numbers.Integral) or not (0 <= i < n):
            raise ValueError(tr("there is no point {i!r}; the points are numbered 0 to {value}", i=i, value=n - 1))
        return int(i)

    @property
    def duration(self) -> float:
        return float(self._s[-1])

    def temperatures(self, sweeps: Any) -> np.ndarray:
        return np.interp(np.asarray(sweeps, np.float64), self._s, self._t)

    def points(self, n: int = 200, until: float | None = None) -> np.ndarray:
        # The corners must be on the drawn curve, so they are added to the even samples.
        base = super().points(n, until)
        end = base[-1, 0]
        s = np.union1d(base[:, 0], self._s[self._s <= end])
        return np.column_stack([s, self.temperatures(s)])

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "points": [list(p) for p in self.point_list]}

    def describe(self) -> str:
        return tr("custom curve through {value} points over {duration:g} sweeps",
                  value=len(self), duration=self.duration)


KINDS: dict[str, type[Schedule]] = {c.kind: c for c in (Constant, Quench, Linear, Geometric, Logarithmic, Piecewise)}


def schedule_from_dict(d: Mapping[str, Any]) -> Schedule:
    """Build the schedule :meth:`Schedule.to_dict` described; ValueError if it does not make sense."""
    if not isinstance(d, Mapping) or "kind" not in d:
        raise ValueError(tr("a schedule is a mapping with a 'kind' entry"))
    kind = d["kind"]
    if kind not in KINDS:
        raise ValueError(tr("unknown schedule kind {kind!r}; choose one of: {value}",
                            kind=kind, value=', '.join(KINDS)))
    args = {k: v for k, v in d.items() if k != "kind"}
    try:
        if kind == "piecewise":
            return Piecewise(args["points"])
        return KINDS[kind](**args)
    except (TypeError, KeyError) as exc:
        why = exc.args[0] if len(exc.args) == 1 and isinstance(exc.args[0], str) else str(exc)
        raise ValueError(tr("this {kind} schedule's parameters do not fit: {why}", kind=kind, why=why)) from None
