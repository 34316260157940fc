"""The Hopfield network engine: store patterns, update units, recall, with incremental local fields."""

from __future__ import annotations

import numbers
from typing import Any, Mapping, NamedTuple

import numpy as np

from simulator.core.checks import check_choice, check_count, check_seed, positions_text
from simulator.core.memory import available_memory_bytes
from simulator.core.patterns import flip_fraction
from simulator.core.restore import checked_array, checked_int, generator_from_state, generator_state
from simulator.core.text import tr

from simulator.models.hopfield import kernels as K

RULES = ("hebbian", "storkey", "pseudo-inverse")
MODES = ("async", "sync")
ORDERS = ("random", "sequential")

#: Samples kept in the energy/overlap trace and in the flips-per-sweep record.
TRACE_CAPACITY = 2048

#: Ties for the floating-point rules: fields within this fraction of the largest possible
#: field count as exactly zero, so rounding noise on a field that is zero in exact
#: arithmetic cannot flip a unit (Hebbian fields are exact integers and need no tolerance).
RELATIVE_TIE_TOLERANCE = 1e-9

_STATE_DICT_VERSION = 1


class Recognition(NamedTuple):
    """What the current state is.

    Attributes
    ----------
    kind : str
        "pattern" (equals stored pattern ``index``), "inverse" (equals its negation),
        "spurious" (a fixed point that is neither), "cycle" (synchronous 2-cycle),
        "moving" (not settled yet).
    index : int
        The stored pattern (0-based) for "pattern"/"inverse", else -1.
    text : str
        A short sentence for the user.
    """

    kind: str
    index: int
    text: str




def _value_text(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else repr(float(v))


def _as_units(values: Any, n: int, what: str = tr("a pattern")) -> np.ndarray:
    """Validate one or more +1/-1 vectors of length n; return int8 (last axis n).

    Wrong values are reported first (with the length too, if that is also wrong), so
    the notes' [1, 0, -1, 0, 1] gets the explanation that units are +1 or -1.
    """
    try:
        arr = np.asarray(values)
    except ValueError:
        raise ValueError(tr("the patterns must all have the same length ({n} values each)", n=n)) from None
    if arr.dtype.kind in "US":
        raise ValueError(tr("Hopfield units are the numbers +1 or -1, not text"))
    if arr.dtype == object:
        try:
            arr = arr.astype(np.float64)
        except (TypeError, ValueError):
            raise ValueError(tr("Hopfield units are the numbers +1 or -1")) from None
    if arr.dtype.kind == "c":
        raise ValueError(tr("Hopfield units are the real numbers +1 or -1, not complex numbers"))
    got = 1 if arr.ndim == 0 else arr.shape[-1]
    length_problem = ""
    if got != n:
        length_problem = tr("{what} for this network needs {n} values, got {got}", what=what, n=n, got=got)
    flat = arr.reshape(-1, got) if arr.size else arr.reshape(0, max(got, 1))
    several = arr.ndim == 2 and flat.shape[0] > 1
    value_problem = ""
    if arr.dtype.kind == "f" and np.isnan(flat).any():
        bad_nan = np.isnan(flat)
        r = int(np.argwhere(bad_nan)[0][0])
        where = tr(" in pattern {r}", r=r) if several else ""
        value_problem = tr("Hopfield units are +1 or -1; found NaN at {positions}{where}",
                           positions=positions_text(np.flatnonzero(bad_nan[r])), where=where)
    else:
        ok = (flat == 1) | (flat == -1)
        if not ok.all():
            r = int(np.argwhere(~ok)[0][0])
            row = flat[r]
            bad = np.flatnonzero(~ok[r])
            vals = [tr("{value} at {positions}", value=_value_text(v), positions=positions_text(bad[row[bad] == v]))
                    for v in np.unique(row[bad])[:3]]
            found = vals[0]
            for val in vals[1:]:
                found = tr("{first} and {second}", first=found, second=val)
            where = tr(" in pattern {r}", r=r) if several else ""
            value_problem = tr("Hopfield units are +1 or -1; found {found}{where}", found=found, where=where)
    if value_problem:
        if length_problem:
            raise ValueError(tr("{problem}; also, {length}", problem=value_problem, length=length_problem))
        raise ValueError(value_problem)
    if length_problem:
        raise ValueError(length_problem)
    return flat.astype(np.int8).reshape(arr.shape)








def build_weights(patterns: np.ndarray, rule: str) -> tuple[np.ndarray, float]:
    """Raw float32 weights and their scale for int8 ``patterns`` (p, n) under ``rule``.

    Returns ``(w, scale)`` with W = w * scale symmetric with a zero diagonal. Hebbian
    weights are the exact integers sum_k y_k y_k^T (scale 1/n); Storkey and
    pseudo-inverse weights are stored directly (scale 1).
    """
    p, n = patterns.shape
    if p == 0:
        return np.zeros((n, n), np.float32), (1.0 / n if rule == "hebbian" else 1.0)
    if rule == "hebbian":
        yf = patterns.astype(np.float32)
        # float32 sums of +-1 stay exact integers far beyond any usable p (< 2**24).
        w = yf.T @ yf
        np.fill_diagonal(w, 0.0)
        return np.ascontiguousarray(w), 1.0 / n
    if rule == "storkey":
        w = np.zeros((n, n), np.float32)
        work = np.empty(n, np.float64)
        for k in range(p):
            K.storkey_add(w, np.ascontiguousarray(patterns[k]), work)
        return w, 1.0
    if rule == "pseudo-inverse":
        return pseudo_inverse_weights(patterns), 1.0
    raise ValueError(tr("unknown rule {rule!r}; choose one of: {rules}", rule=rule, rules=", ".join(RULES)))


def pseudo_inverse_weights(patterns: np.ndarray) -> np.ndarray:
    """float32 W = Y^T (Y Y^T)^+ Y, symmetrised, zero diagonal, built in row blocks."""
    p, n = patterns.shape
    y = patterns.astype(np.float64)
    c_pinv = np.linalg.pinv(y @ y.T, hermitian=True)
    m = c_pinv @ y
    w = np.empty((n, n), np.float32)
    block = max(1, min(n, (16 * 1024**2) // (8 * n)))
    for i0 in range(0, n, block):
        i1 = min(n, i0 + block)
        w[i0:i1] = y[:, i0:i1].T @ m
    K.symmetrize_zero_diag(w)
    return w


def _written(ring: np.ndarray, count: int) -> np.ndarray:
    """A copy of a ring buffer with the slots not written since the reset zeroed (they hold stale samples)."""
    out = ring.copy()
    out[min(int(count), ring.shape[0]):] = 0
    return out


class HopfieldNetwork:
    """A Hopfield network of +1/-1 units with Hebbian, Storkey or pseudo-inverse weights.

    W = (1/n) sum_k y_k y_k^T with a zero diagonal for the Hebbian rule; an update sets
    x_i <- sign(sum_j w_ij x_j + b_i), keeping x_i when that field is exactly 0; the energy
    E = -1/2 x^T W x - b^T x never rises under asynchronous updates.

    Local fields are kept and updated incrementally on every flip by reading one weight
    row, so an update costs O(1) unless the unit flips, and a flip O(n).

    Parameters
    ----------
    n_units : int
        Number of units (at least 1). Refused when the float32 weight matrix
        (4 n^2 bytes) would not fit in the available memory.
    rule : {"hebbian", "storkey", "pseudo-inverse"}
        Learning rule used by :meth:`store`.
    seed : int, optional
        Seed of the generator that draws the random update orders (one permutation
        per sweep). None draws a seed, which :meth:`reset` then keeps.

    Notes
    -----
    After a reset, the k-th random sweep visits the units in the order
    ``numpy.random.default_rng(seed).permutation(n)`` drawn k times; nothing else
    uses the generator. The initial state is all -1.
    """

    RULES = RULES
    MODES = MODES
    ORDERS = ORDERS

    def __init__(self, n_units: int, rule: str = "hebbian", seed: int | None = None) -> None:
        if isinstance(n_units, bool) or not isinstance(n_units, numbers.Integral):
            raise ValueError(tr("the number of units must be a whole number, got {n!r}", n=n_units))
        n = int(n_units)
        if n < 1:
            raise ValueError(tr("a Hopfield network needs at least 1 unit, got {n}", n=n))
        need = 4 * n * n
        avail = available_memory_bytes()
        if avail is not None and need > 0.8 * avail:
            raise ValueError(tr(
                "a network of {n} units needs {need:.1f} GB for its weight matrix, "
                "but only {avail:.1f} GB of memory is available; choose fewer units", n=n, need=need / 1e9,
                avail=avail / 1e9))
        check_choice(rule, RULES, tr("rule"))
        self._seed = check_seed(seed) if seed is not None else int(np.random.SeedSequence().entropy % (2**63))
        self._n = n
        self._rule = rule
        self._mode = "async"
        self._order_kind = "random"
        self._patterns = np.zeros((0, n), np.int8)
        self._yt = np.zeros((n, 0), np.int8)
        self._biases = np.zeros(n, np.float64)
        self._w, self._scale = build_weights(self._patterns, rule)
        self._braw = np.zeros(n, np.float64)
        self._tol_raw = 0.0
        self._weights_version = 0
        self._patterns_version = 0
        self._cue = np.full(n, -1, np.int8)
        self._x = self._cue.copy()
        self._h = np.zeros(n, np.float64)
        self._ov = np.zeros(0, np.int64)
        self._scratch = np.zeros(n, np.int64)
        self._seq_order = np.arange(n, dtype=np.int64)
        self._rng = np.random.default_rng(self._seed)
        self._restart()

    # ------------------------------------------------------------------ properties
    @property
    def n_units(self) -> int:
        """Number of units (read-only)."""
        return self._n

    @property
    def rule(self) -> str:
        """Learning rule; setting it re-derives the weights from the stored patterns."""
        return self._rule

    @rule.setter
    def rule(self, value: str) -> None:
        check_choice(value, RULES, tr("rule"))
        if value == self._rule:
            return
        w, scale = build_weights(self._patterns, value)
        self._rule = value
        self._install_weights(w, scale)
        self._restart()

    @property
    def mode(self) -> str:
        """What :meth:`step` does by default: "async" (one unit) or "sync" (all units)."""
        return self._mode

    @mode.setter
    def mode(self, value: str) -> None:
        self._mode = check_choice(value, MODES, tr("mode"))

    @property
    def order(self) -> str:
        """Asynchronous update order: "random" (new permutation each sweep) or "sequential".

        Changing it starts a new sweep at the next update.
        """
        return self._order_kind

    @order.setter
    def order(self, value: str) -> None:
        check_choice(value, ORDERS, tr("order"))
        if value != self._order_kind:
            self._order_kind = value
            self._pos = self._n

    @property
    def seed(self) -> int:
        """Seed that :meth:`reset` uses when given none."""
        return self._seed

    @property
    def patterns(self) -> np.ndarray:
        """(p, n) int8 copy of the stored patterns."""
        return self._patterns.copy()

    @property
    def weights(self) -> np.ndarray:
        """(n, n) float64 W as the notes define it: symmetric, zero diagonal (a new array)."""
        w = self._w.astype(np.float64)
        if self._scale != 1.0:
            w *= self._scale
        return w

    @property
    def weight_scale(self) -> float:
        """W = raw float32 weights * weight_scale (1/n for Hebbian, 1 otherwise)."""
        return self._scale

    @property
    def tie_tolerance(self) -> float:
        """Fields with absolute value up to this count as 0 (0.0 for the exact Hebbian rule)."""
        return self._tol_raw * self._scale

    @property
    def biases(self) -> np.ndarray:
        """(n,) float64 copy of the biases b."""
        return self._biases.copy()

    @property
    def state(self) -> np.ndarray:
        """(n,) int8 copy of the current state."""
        return self._x.copy()

    @property
    def updates(self) -> int:
        """Single-unit updates since the last reset (a synchronous update counts n)."""
        return self._updates

    # ------------------------------------------------------------------ setting things
    def store(self, patterns: Any) -> None:
        """Replace the stored patterns and re-derive the weights.

        Parameters
        ----------
        patterns : array_like
            (p, n) or (n,) values +1/-1; p = 0 (an empty (0, n) array or ``[]``) clears.

        The state is kept; counters and traces start again.
        """
        try:
            arr = np.asarray(patterns)
        except ValueError:
            raise ValueError(tr("the patterns must all have the same length ({n} values each)", n=self._n)) from None
        if arr.size == 0 and (arr.ndim == 1 or (arr.ndim == 2 and arr.shape[1] in (0, self._n))):
            y = np.zeros((0, self._n), np.int8)
        else:
            y = _as_units(patterns, self._n)
            if y.ndim == 1:
                y = y[None, :]
            elif y.ndim != 2:
                raise ValueError(tr("patterns must be a (p, {n}) array, got {ndim} dimensions", n=self._n, ndim=y.ndim))
        y = np.ascontiguousarray(y)
        w, scale = build_weights(y, self._rule)
        self._patterns = y
        self._yt = np.ascontiguousarray(y.T)
        self._patterns_version += 1
        self._install_weights(w, scale)
        self._restart()

    def set_biases(self, b: Any) -> None:
        """Set the biases b (n finite numbers)."""
        try:
            arr = np.asarray(b, dtype=np.float64)
        except (TypeError, ValueError):
            raise ValueError(tr("biases must be {n} numbers", n=self._n)) from None
        if arr.shape != (self._n,):
            got = 1 if arr.ndim == 0 else arr.shape[-1] if arr.ndim == 1 else arr.size
            raise ValueError(tr("biases for this network need {n} values, got {got}", n=self._n, got=got))
        if not np.isfinite(arr).all():
            bad = ~np.isfinite(arr)
            raise ValueError(tr("biases must be finite numbers; found {value} at {positions}",
                                value=arr[bad][0], positions=positions_text(np.flatnonzero(bad))))
        self._biases = arr.copy()
        self._update_bias_raw()
        self._restart()

    def set_state(self, x: Any) -> None:
        """Set the state (n values +1/-1); it also becomes the cue that :meth:`reset` returns to.

        Counters and traces start again; the random generator is not reseeded.
        """
        v = _as_units(x, self._n, tr("a state"))
        if v.ndim != 1:
            raise ValueError(tr("a state for this network is one vector of {n} values", n=self._n))
        self._cue = v.copy()
        self._x = v.copy()
        self._restart()

    def corrupt(self, fraction: float) -> None:
        """Flip ``round(fraction * n)`` distinct units of the state, chosen by the network's own generator.

        The result becomes the state and the cue, as with :meth:`set_state`. Drawing from
        the generator the updates use (not the caller's) puts the corruption in the
        network's state: a loop recall restored from a checkpoint or a saved scene flips
        the same units again, and a reset replays the same rounds.

        Parameters
        ----------
        fraction : float
            Share of the units to flip, in [0, 1].
        """
        self.set_state(flip_fraction(self._x, fraction, self._rng))

    def reset(self, seed: int | None = None) -> None:
        """Back to the cue, counters and traces cleared, generator reseeded.

        Parameters
        ----------
        seed : int, optional
            New seed; None keeps the current one, so a reset replays the same run.
        """
        if seed is not None:
            self._seed = check_seed(seed)
        self._rng = np.random.default_rng(self._seed)
        self._x = self._cue.copy()
        self._restart()

    # ------------------------------------------------------------------ reading things
    def energy(self) -> float:
        """E = -1/2 x^T W x - b^T x, computed from the current fields."""
        return float(K.energy_raw(self._h, self._x, self._braw) * self._scale) + 0.0  # no -0.0

    def local_fields(self) -> np.ndarray:
        """(n,) float64 W x + b."""
        return (self._h + self._braw) * self._scale

    def overlaps(self) -> np.ndarray:
        """(p,) float64 m_k = (1/n) y_k . x."""
        return self._ov / self._n

    def is_settled(self) -> bool:
        """True at a fixed point, or when a synchronous 2-cycle was found (it only repeats)."""
        return self._cycle or K.count_unstable(self._h, self._x, self._braw, self._tol_raw) == 0

    def classify(self) -> Recognition:
        """Name the current state: a stored pattern, its inverse, spurious, a cycle, or moving."""
        if self._cycle:
            return Recognition("cycle", -1, tr("Synchronous 2-cycle: the state flips back and forth"))
        if K.count_unstable(self._h, self._x, self._braw, self._tol_raw) != 0:
            return Recognition("moving", -1, tr("Still moving"))
        n = self._n
        hit = np.flatnonzero(self._ov == n)
        if hit.size:
            k = int(hit[0])
            return Recognition("pattern", k, tr("Stored pattern {k}", k=k + 1))
        hit = np.flatnonzero(self._ov == -n)
        if hit.size:
            k = int(hit[0])
            return Recognition("inverse", k, tr("Inverse of stored pattern {k}", k=k + 1))
        if self._ov.size:
            k = int(np.argmax(np.abs(self._ov)))
            m = self._ov[k] / n
            return Recognition("spurious", -1, tr("Spurious state (closest: pattern {k}, overlap {m:+.2f})", k=k + 1,
                                                  m=m))
        return Recognition("spurious", -1, tr("Fixed point (no patterns stored)"))

    # ------------------------------------------------------------------ running
    def step(self, n_updates: int = 1, mode: str | None = None) -> int:
        """Update units and return the number of flips.

        Parameters
        ----------
        n_updates : int
            Async: this many single-unit updates, continuing the current sweep's order.
            Sync: this many synchronous whole-network updates.
        mode : {"async", "sync"}, optional
            Defaults to :attr:`mode`.
        """
        n_updates = check_count(n_updates, tr("the number of updates"))
        mode = self._mode if mode is None else check_choice(mode, MODES, tr("mode"))
        if mode == "async":
            return self._step_async(n_updates)[0]
        return self._step_sync(n_updates)

    def advance(self, n_updates: int, stop_when_settled: bool = True) -> int:
        """Up to ``n_updates`` updates in the current mode, stopping once the state settles.

        The runner's entry point: it checks for a fixed point at the end of every sweep
        (async) or synchronous update, so a live recall stops where it converged instead
        of running empty sweeps until the chunk ends. With ``stop_when_settled=False`` it
        is :meth:`step` (all ``n_updates``, as a user's step asks).

        Returns
        -------
        int
            Update units done (async: single-unit updates; sync: whole-network updates).
        """
        n_updates = check_count(n_updates, tr("the number of updates"))
        if not stop_when_settled:
            self.step(n_updates)
            return n_updates
        done = 0
        if self._mode == "sync":
            while done < n_updates:
                flips = self._step_sync(1)
                done += 1
                if flips == 0 or self._cycle:
                    break
            return done
        return self._step_async(n_updates, stop_when_settled=True)[1]

    def recall(self, x: Any, max_sweeps: int = 100, mode: str = "async") -> np.ndarray:
        """Set the state to ``x`` and update until nothing changes; return the final state.

        Stops after a whole sweep (async) or a synchronous update with no flip, a
        synchronous 2-cycle, or ``max_sweeps`` sweeps.

        Returns
        -------
        numpy.ndarray
            (n,) int8 copy of the final state.
        """
        max_sweeps = check_count(max_sweeps, "max_sweeps")
        mode = check_choice(mode, MODES, tr("mode"))
        self.set_state(x)
        n = self._n
        for _ in range(max_sweeps):
            if mode == "async":
                if self._step_async(n)[0] == 0:
                    break
            else:
                if self._step_sync(1) == 0 or self._cycle:
                    break
        return self._x.copy()

    # ------------------------------------------------------------------ snapshot / scenes
    def snapshot(self) -> dict[str, Any]:
        """Copies (or read-only views of immutable arrays) of everything a view draws."""
        n = self._n
        w = self._w.view()
        w.flags.writeable = False
        pats = self._patterns.view()
        pats.flags.writeable = False
        k = min(self._tr_count, TRACE_CAPACITY)
        start = self._tr_count % TRACE_CAPACITY if self._tr_count > TRACE_CAPACITY else 0
        idx = (np.arange(k) + start) % TRACE_CAPACITY
        m = min(self._sweep_count, TRACE_CAPACITY)
        s0 = self._sweep_count % TRACE_CAPACITY if self._sweep_count > TRACE_CAPACITY else 0
        sidx = (np.arange(m) + s0) % TRACE_CAPACITY
        return {
            "n_units": n,
            "p": int(self._patterns.shape[0]),
            "load": self._patterns.shape[0] / n,
            "rule": self._rule,
            "mode": self._mode,
            "order": self._order_kind,
            "state": self._x.copy(),
            "flip_counts": self._flip_counts.copy(),
            "last_unit": self._last_unit,
            "last_field": self._last_field,
            "last_flipped": self._last_flipped,
            "energy": self._e_raw * self._scale,
            "overlaps": self._ov / n,
            "updates": self._updates,
            "sweeps": self._updates / n,
            "trace_sweeps": self._tr_sweeps[idx],
            "trace_energy": self._tr_energy[idx],
            "trace_overlaps": self._tr_overlaps[idx],
            "trace_count": self._tr_count,
            "sweep_flips": self._sweep_flips[sidx],
            # flips so far in a sweep still in progress (0 <= position < n), else 0
            "sweep_flips_current": int(self._cur_sweep_flips) if 0 < self._pos < n else 0,
            "settled": self.is_settled(),
            "recognition": tuple(self.classify()),
            "weights": w,
            "weight_scale": self._scale,
            "weights_version": self._weights_version,
            "patterns": pats,
            "patterns_version": self._patterns_version,
        }

    def rewind_static(self) -> tuple[np.ndarray, ...]:
        """Arrays this network replaces but never writes in place: rewind checkpoints share them.

        See :func:`simulator.core.memento.take`; the weights of a 64x64 net are 64 MB.
        """
        return (self._w, self._patterns, self._yt)

    def state_dict(self) -> dict[str, Any]:
        """Everything needed to restore this network exactly (weights are re-derived).

        ``"dynamics"`` holds the run in progress (generator state, position in the sweep
        and its order, fields, counters, traces), so that a restored network continues
        exactly as this one would.
        """
        return {
            "version": _STATE_DICT_VERSION,
            "n_units": self._n,
            "rule": self._rule,
            "mode": self._mode,
            "order": self._order_kind,
            "seed": self._seed,
            "patterns": self._patterns.copy(),
            "biases": self._biases.copy(),
            "cue": self._cue.copy(),
            "state": self._x.copy(),
            "dynamics": self._dynamics(),
        }

    def _dynamics(self) -> dict[str, Any]:
        return {
            "rng": generator_state(self._rng),
            "position": int(self._pos),
            "order": np.array(self._order, np.int64),
            "fields": self._h.copy(),
            "energy_raw": float(self._e_raw),
            "updates": int(self._updates),
            "flip_counts": self._flip_counts.copy(),
            "sweep_flips_current": int(self._cur_sweep_flips),
            "sweep_count": int(self._sweep_count),
            "sweep_flips": _written(self._sweep_flips, self._sweep_count),
            "trace_count": int(self._tr_count),
            "trace_sweeps": _written(self._tr_sweeps, self._tr_count),
            "trace_energy": _written(self._tr_energy, self._tr_count),
            "trace_overlaps": _written(self._tr_overlaps, self._tr_count),
            "last_unit": int(self._last_unit),
            "last_field": float(self._last_field),
            "last_flipped": bool(self._last_flipped),
            "cycle": bool(self._cycle),
            "sync_previous": None if self._sync_prev is None else self._sync_prev.copy(),
        }

    def _checked_dynamics(self, d: Any, p: int) -> dict[str, Any]:
        """The validated run-in-progress part of a scene (see :meth:`_dynamics`)."""
        if not isinstance(d, Mapping):
            raise ValueError(tr("the scene's run state must be a mapping of names to values"))
        n = self._n
        try:
            rng = generator_from_state(d["rng"], tr("the update order's generator"))
            pos = checked_int(d["position"], tr("the position in the sweep"), 0, n)
            order = checked_array(d["order"], (n,), np.int64, tr("the sweep's order"))
            if not np.array_equal(np.sort(order), self._seq_order):
                raise ValueError(tr("the sweep's order is not a permutation of the units"))
            prev = d["sync_previous"]
            out = {
                "rng": rng, "position": pos, "order": order,
                "fields": checked_array(d["fields"], (n,), np.float64, tr("the local fields")),
                "energy_raw": float(checked_array(d["energy_raw"], (), np.float64, tr("the energy"))),
                "updates": checked_int(d["updates"], tr("the update count")),
                "flip_counts": checked_array(d["flip_counts"], (n,), np.int32, tr("the flip counts")),
                "sweep_flips_current": checked_int(d["sweep_flips_current"], tr("the flips of the sweep")),
                "sweep_count": checked_int(d["sweep_count"], tr("the sweep count")),
                "sweep_flips": checked_array(d["sweep_flips"], (TRACE_CAPACITY,), np.int64, tr("the flips per sweep")),
                "trace_count": checked_int(d["trace_count"], tr("the trace length")),
                "trace_sweeps": checked_array(d["trace_sweeps"], (TRACE_CAPACITY,), np.float64, tr("the trace")),
                "trace_energy": checked_array(d["trace_energy"], (TRACE_CAPACITY,), np.float64, tr("the energy trace")),
                "trace_overlaps": checked_array(d["trace_overlaps"], (TRACE_CAPACITY, p), np.float64,
                                                tr("the overlap trace")),
                "last_unit": checked_int(d["last_unit"], tr("the last unit"), -1, n - 1),
                "last_field": float(checked_array(d["last_field"], (), np.float64, tr("the last field"))),
                "last_flipped": bool(d["last_flipped"]),
                "cycle": bool(d["cycle"]),
                "sync_previous": None if prev is None else _as_units(prev, n, tr("a state")),
            }
        except KeyError as exc:
            raise ValueError(tr("the scene's run state is missing {what}", what=exc.args[0])) from None
        return out

    def _apply_dynamics(self, d: Mapping[str, Any]) -> None:
        self._rng = d["rng"]
        self._pos = d["position"]
        self._order = d["order"] if self._pos < self._n else self._seq_order
        self._h = d["fields"]
        self._e_raw = d["energy_raw"]
        self._updates = d["updates"]
        self._flip_counts = d["flip_counts"]
        self._cur_sweep_flips = d["sweep_flips_current"]
        self._sweep_count = d["sweep_count"]
        self._sweep_flips = d["sweep_flips"]
        self._tr_count = d["trace_count"]
        self._tr_sweeps = d["trace_sweeps"]
        self._tr_energy = d["trace_energy"]
        self._tr_overlaps = d["trace_overlaps"]
        self._last_unit = d["last_unit"]
        self._last_field = d["last_field"]
        self._last_flipped = d["last_flipped"]
        self._cycle = d["cycle"]
        self._sync_prev = d["sync_previous"]

    def load_state_dict(self, state: Mapping[str, Any]) -> None:
        """Restore what :meth:`state_dict` returned; ValueError (nothing changed) if it does not fit.

        The state and cue are restored; with ``"dynamics"`` the run in progress too (the
        generator, the sweep, counters and traces), otherwise counters start again.
        """
        if not isinstance(state, Mapping):
            raise ValueError(tr("a Hopfield scene must be a mapping of names to values"))
        missing = [k for k in ("n_units", "rule", "mode", "order", "seed", "patterns", "biases", "cue", "state")
                   if k not in state]
        if missing:
            raise ValueError(tr("this Hopfield scene is missing {what}", what=", ".join(missing)))
        if state.get("version", _STATE_DICT_VERSION) != _STATE_DICT_VERSION:
            raise ValueError(tr("this Hopfield scene has version {version!r}; this program reads version {ours}",
                                version=state["version"], ours=_STATE_DICT_VERSION))
        n_saved = state["n_units"]
        if isinstance(n_saved, bool) or not isinstance(n_saved, numbers.Integral) or int(n_saved) != self._n:
            raise ValueError(tr("this scene is for a network of {saved!r} units; this one has {n}", saved=n_saved,
                                n=self._n))
        rule = check_choice(state["rule"], RULES, tr("rule"))
        mode = check_choice(state["mode"], MODES, tr("mode"))
        order = check_choice(state["order"], ORDERS, tr("order"))
        seed = check_seed(state["seed"])
        pats = np.asarray(state["patterns"])
        if pats.size == 0:
            y = np.zeros((0, self._n), np.int8)
        else:
            y = _as_units(pats, self._n)
            if y.ndim != 2:
                raise ValueError(tr("the scene's patterns must be a (p, {n}) array", n=self._n))
        try:
            b = np.asarray(state["biases"], dtype=np.float64)
        except (TypeError, ValueError):
            raise ValueError(tr("the scene's biases are not numbers")) from None
        if b.shape != (self._n,) or not np.isfinite(b).all():
            raise ValueError(tr("the scene's biases must be {n} finite numbers", n=self._n))
        cue = _as_units(state["cue"], self._n, tr("a state"))
        x = _as_units(state["state"], self._n, tr("a state"))
        if cue.ndim != 1 or x.ndim != 1:
            raise ValueError(tr("the scene's state and cue must be single vectors"))
        y = np.ascontiguousarray(y)
        dynamics = None if state.get("dynamics") is None else self._checked_dynamics(state["dynamics"], y.shape[0])
        w, scale = build_weights(y, rule)
        # Everything validated and built: now commit.
        self._rule, self._mode, self._order_kind, self._seed = rule, mode, order, seed
        self._patterns = y
        self._yt = np.ascontiguousarray(y.T)
        self._patterns_version += 1
        self._biases = b.copy()
        self._install_weights(w, scale)
        self._cue = cue.copy()
        self._x = x.copy()
        self._rng = np.random.default_rng(seed)
        self._restart()
        if dynamics is not None:
            self._apply_dynamics(dynamics)

    # ------------------------------------------------------------------ internals
    def _install_weights(self, w: np.ndarray, scale: float) -> None:
        self._w = w
        self._scale = float(scale)
        self._weights_version += 1
        self._update_bias_raw()

    def _update_bias_raw(self) -> None:
        self._braw = self._biases / self._scale
        if self._rule == "hebbian":
            self._tol_raw = 0.0
        else:
            rows = K.max_abs_row_sum(self._w) if self._patterns.shape[0] else 0.0
            big = rows + float(np.max(np.abs(self._braw), initial=0.0))
            self._tol_raw = RELATIVE_TIE_TOLERANCE * big

    def _recompute_fields(self) -> None:
        p = self._patterns.shape[0]
        self._ov = np.zeros(p, np.int64)
        # With no patterns W is zero for every rule: no need to read n^2 zeros.
        self._e_raw = float(K.fields_and_energy(self._rule == "hebbian" or p == 0, self._patterns, self._w, self._x,
                                                self._braw, self._ov, self._h))

    def _restart(self) -> None:
        """Fresh fields from the current state; counters, traces and sweep position cleared."""
        n = self._n
        p = self._patterns.shape[0]
        self._recompute_fields()
        self._flip_counts = np.zeros(n, np.int32)
        self._updates = 0
        self._pos = n  # no sweep in progress: the next update draws a new order
        self._order = self._seq_order
        self._cur_sweep_flips = 0
        self._sweep_count = 0
        self._tr_count = 0
        # Ring buffers are only read up to the counts, so they are reused, not cleared.
        if getattr(self, "_tr_overlaps", None) is None or self._tr_overlaps.shape[1] != p:
            self._sweep_flips = np.zeros(TRACE_CAPACITY, np.int64)
            self._tr_sweeps = np.zeros(TRACE_CAPACITY, np.float64)
            self._tr_energy = np.zeros(TRACE_CAPACITY, np.float64)
            self._tr_overlaps = np.zeros((TRACE_CAPACITY, p), np.float64)
        self._sample_every = max(1, n // 16)
        self._last_unit = -1
        self._last_field = 0.0
        self._last_flipped = False
        self._cycle = False
        self._sync_prev: np.ndarray | None = None
        self._sample()

    def _sample(self) -> None:
        slot = self._tr_count % TRACE_CAPACITY
        self._tr_sweeps[slot] = self._updates / self._n
        self._tr_energy[slot] = self._e_raw * self._scale
        self._tr_overlaps[slot] = self._ov / self._n
        self._tr_count += 1

    def _push_sweep(self, flips: int) -> None:
        self._sweep_flips[self._sweep_count % TRACE_CAPACITY] = flips
        self._sweep_count += 1

    def _step_async(self, n_updates: int, stop_when_settled: bool = False) -> tuple[int, int]:
        """``n_updates`` asynchronous updates (fewer when ``stop_when_settled`` and a sweep ends at a fixed
        point); returns (flips, updates done). One kernel call draws the sweeps' orders and runs them."""
        if not n_updates:
            return 0, 0
        self._cycle = False
        self._sync_prev = None
        (done, flips, self._order, self._pos, self._updates, self._tr_count, self._e_raw, unit, field, flipped,
         self._sweep_count, self._cur_sweep_flips) = K.async_sweeps(
            self._rng, self._order_kind == "random", self._seq_order, np.ascontiguousarray(self._order, np.int64),
            self._pos, n_updates,
            stop_when_settled, self._w, self._h, self._x, self._braw, self._tol_raw, self._yt, self._ov,
            self._flip_counts, self._updates, self._sample_every, self._tr_sweeps, self._tr_energy,
            self._tr_overlaps, self._tr_count, self._e_raw, self._scale, self._sweep_flips, self._sweep_count,
            self._cur_sweep_flips)
        if unit >= 0:
            self._last_unit, self._last_field, self._last_flipped = int(unit), float(field), bool(flipped)
        return int(flips), int(done)

    def _step_sync(self, n_updates: int) -> int:
        total = 0
        for _ in range(n_updates):
            before = self._x.copy()
            flips = K.sync_update(self._w, self._h, self._x, self._braw, self._tol_raw,
                                  self._yt, self._ov, self._flip_counts, self._scratch)
            self._updates += self._n
            self._e_raw = float(K.energy_raw(self._h, self._x, self._braw))
            self._last_unit, self._last_field, self._last_flipped = -1, 0.0, False
            self._sample()
            self._push_sweep(flips)
            total += flips
            if flips and self._sync_prev is not None and np.array_equal(self._x, self._sync_prev):
                self._cycle = True
            elif flips:
                self._cycle = False
            self._sync_prev = before
        return total
