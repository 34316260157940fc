"""The Boltzmann machine engine: stochastic 0/1 units, Gibbs sampling, annealing, exact distributions."""

from __future__ import annotations

import math
import numbers
from typing import Any, Mapping, NamedTuple

import numpy as np

from simulator.core.checks import check_choice, check_count, check_seed, positions_text
from simulator.core.memory import available_memory_bytes
from simulator.core.restore import checked_array, checked_int, generator_from_state, generator_state
from simulator.core.text import tr
from simulator.models.boltzmann import kernels as K
from simulator.models.boltzmann.schedules import (Constant, Quench, Schedule, check_temperature,
                                                  schedule_from_dict)

ORDERS = ("random", "sequential")

#: Largest network whose 2^n states are enumerated (exact distribution, ground states).
MAX_ENUMERATION_UNITS = 20
#: Largest network whose visited-state counts and exact probabilities are in the snapshot.
MAX_VISIT_UNITS = 12
#: Samples kept in the traces (a ring: the newest replace the oldest).
TRACE_CAPACITY = 4096
#: Bins of the visited-energy histogram.
HIST_BINS = 64
#: Random numbers are drawn in blocks of about this many updates (whole sweeps).
BLOCK_UPDATES = 16384
#: Most blocks drawn and run in one kernel call (bounds the memory a long step takes at once).
MAX_FRESH_BLOCKS = 16
#: Greedy (T = 0) ties: energy gaps within this fraction of the largest possible gap
#: count as exactly zero, so rounding in the incremental fields cannot flip a unit.
RELATIVE_TIE_TOLERANCE = 1e-9
#: Sweeps after which a quench run by :meth:`BoltzmannMachine.anneal` gives up.
MAX_QUENCH_SWEEPS = 10000
#: Largest size of a weight or bias: beyond it the energies' sums of squares could overflow.
MAX_PARAMETER = 1e9

_STATE_DICT_VERSION = 1


class AnnealResult(NamedTuple):
    """What :meth:`BoltzmannMachine.anneal` returns.

    Attributes
    ----------
    final_state : numpy.ndarray
        (n,) int8 state at the end.
    final_energy : float
    energies : numpy.ndarray
        (sweeps,) energy after each sweep.
    temperatures : numpy.ndarray
        (sweeps,) temperature of each sweep (0 for a quench).
    best_state : numpy.ndarray
        (n,) int8 lowest-energy state seen after any single update.
    best_energy : float
    sweeps : int
    """

    final_state: np.ndarray
    final_energy: float
    energies: np.ndarray
    temperatures: np.ndarray
    best_state: np.ndarray
    best_energy: float
    sweeps: int










def _check_schedule(schedule: Any) -> Schedule:
    if not isinstance(schedule, Schedule):
        raise ValueError(tr("a schedule must be one of Constant, Quench, Linear, Geometric, Logarithmic or "
                            "Piecewise, got {name}", name=type(schedule).__name__))
    return schedule.copy()


def _fmt(v: float) -> str:
    return f"{v:g}"


def validate_weights(w: Any, n: int) -> np.ndarray:
    """(n, n) float64 symmetric weights with a zero diagonal, or ValueError with a sentence.

    Differences between w[i, j] and w[j, i] up to 1e-12 of the largest weight are
    rounding and are averaged away, so the result is exactly symmetric.
    """
    try:
        arr = np.array(w, dtype=np.float64)
    except (TypeError, ValueError):
        raise ValueError(tr("the weights must be a {n} x {n} matrix of numbers", n=n)) from None
    if arr.shape != (n, n):
        raise ValueError(tr("the weights for {n} units must be a {n} x {n} matrix, got shape {shape}",
                            n=n, shape=arr.shape))
    bad = ~np.isfinite(arr)
    if bad.any():
        i, j = (int(v) for v in np.argwhere(bad)[0])
        raise ValueError(tr("the weights must be finite numbers; found {value} at w[{i}, {j}]",
                            value=arr[i, j], i=i, j=j))
    _check_size(arr, tr("the weights"))
    d = np.diag(arr)
    if np.any(d != 0):
        i = int(np.flatnonzero(d != 0)[0])
        raise ValueError(tr("the diagonal of the weights must be zero (a unit does not connect to itself): w[{i}, "
                            "{i}] = {value}", i=i, value=_fmt(d[i])))
    diff = np.abs(arr - arr.T)
    scale = max(1.0, float(np.max(np.abs(arr), initial=0.0)))
    if np.any(diff > 1e-12 * scale):
        i, j = (int(v) for v in np.unravel_index(int(np.argmax(diff)), diff.shape))
        i, j = min(i, j), max(i, j)
        raise ValueError(tr("the weights must be symmetric: w[{i}, {j}] = {value} but w[{j}, {i}] = {value2}",
                            i=i, j=j, value=_fmt(arr[i, j]), value2=_fmt(arr[j, i])))
    arr = 0.5 * (arr + arr.T)
    return np.ascontiguousarray(arr)


def validate_biases(b: Any, n: int) -> np.ndarray:
    """(n,) float64 finite biases, or ValueError with a sentence."""
    try:
        arr = np.array(b, dtype=np.float64)
    except (TypeError, ValueError):
        raise ValueError(tr("the biases must be {n} numbers", n=n)) from None
    if arr.shape != (n,):
        got = arr.size if arr.ndim else 1
        raise ValueError(tr("the biases for this network need {n} values, got {got}", n=n, got=got))
    bad = ~np.isfinite(arr)
    if bad.any():
        raise ValueError(tr("the biases must be finite numbers; found {value} at {value2}",
                            value=arr[bad][0], value2=positions_text(np.flatnonzero(bad))))
    _check_size(arr, tr("the biases"))
    return arr


def _check_size(arr: np.ndarray, what: str) -> None:
    """Refuse weights or biases beyond ±MAX_PARAMETER: their energies' sums of squares would overflow."""
    if arr.size and float(np.max(np.abs(arr))) > MAX_PARAMETER:
        raise ValueError(tr("{what} must lie between -{most:g} and {most:g}; found {value:g}", what=what,
                            most=MAX_PARAMETER, value=float(arr.reshape(-1)[np.argmax(np.abs(arr))])))


def validate_state01(x: Any, n: int, what: str = tr("a state")) -> np.ndarray:
    """(n,) int8 0/1 state, or ValueError; a +1/-1 vector gets a sentence pointing to set_state_pm."""
    try:
        arr = np.asarray(x)
    except ValueError:
        raise ValueError(tr("{what} for this network is one vector of {n} values 0 or 1", what=what, n=n)) from None
    if arr.dtype.kind in "US":
        raise ValueError(tr("Boltzmann units are the numbers 0 or 1, not text"))
    try:
        arr = arr.astype(np.float64)
    except (TypeError, ValueError):
        raise ValueError(tr("Boltzmann units are the numbers 0 or 1")) from None
    if arr.ndim != 1:
        raise ValueError(tr("{what} for this network is one vector of {n} values 0 or 1, got shape {shape}",
                            what=what, n=n, shape=arr.shape))
    length = "" if arr.shape[0] == n else tr("{what} for this network needs {n} values, got {got}", what=what, n=n,
                                             got=arr.shape[0])
    ok = (arr == 0) | (arr == 1)
    if not ok.all():
        bad = np.flatnonzero(~ok)
        if np.all((arr == 1) | (arr == -1)):
            msg = tr("Boltzmann units are 0 or 1; this looks like a +1/-1 state (-1 at {positions}): use "
                     "set_state_pm for the +1/-1 view", positions=positions_text(bad))
        elif np.isnan(arr).any():
            msg = tr("Boltzmann units are 0 or 1; found NaN at {positions}",
                     positions=positions_text(np.flatnonzero(np.isnan(arr))))
        else:
            msg = tr("Boltzmann units are 0 or 1; found {value} at {positions}", value=_fmt(arr[bad[0]]),
                     positions=positions_text(bad))
        if length:
            raise ValueError(tr("{message}; also, {length}", message=msg, length=length))
        raise ValueError(msg)
    if length:
        raise ValueError(length)
    return arr.astype(np.int8)


def enumeration_bytes(n: int) -> float:
    """Bytes that all 2^n states (int8) with their energies and probabilities take."""
    return float(2.0 ** n) * (n + 16)


def check_enumerable(n: int) -> None:
    """ValueError with a sentence when 2^n states are too many to enumerate."""
    if n > MAX_ENUMERATION_UNITS:
        gb = enumeration_bytes(n) / 1e9
        size = f"{gb:.3g}" if gb < 1e6 else f"{gb:.2e}"
        raise ValueError(tr("exact enumeration is offered up to {limit} units: the 2^{n} states "
                            "of this network would need {size} GB",
                            limit=MAX_ENUMERATION_UNITS, n=n, size=size))


def all_states(n: int) -> np.ndarray:
    """(2^n, n) int8 every 0/1 state; row k has x_i = bit i of k (unit 0 least significant)."""
    check_enumerable(n)
    k = np.arange(2**n, dtype=np.int64)
    return ((k[:, None] >> np.arange(n, dtype=np.int64)) & 1).astype(np.int8)


def all_energies(w: np.ndarray, b: np.ndarray) -> np.ndarray:
    """(2^n,) float64 energies of every state (index sum_i x_i 2^i), by Gray-code enumeration."""
    n = b.shape[0]
    check_enumerable(n)
    out = np.empty(2**n, np.float64)
    K.enumerate_energies(np.ascontiguousarray(w, dtype=np.float64), np.ascontiguousarray(b, dtype=np.float64), out)
    return out


def draw_block(rng: np.random.Generator, n: int, n_sweeps: int, order: str = "random") -> tuple[np.ndarray, np.ndarray]:
    """The random numbers of ``n_sweeps`` sweeps, drawn the way the engine draws them.

    Returns ``(orders, uniforms)``: (n_sweeps, n) int64 unit orders (for "random" order,
    ``rng.permuted`` of each row of 0..n-1, drawn first; "sequential" draws nothing) and
    (n_sweeps, n) float64 uniforms from ``rng.random``, one per update.
    """
    base = np.tile(np.arange(n, dtype=np.int64), (n_sweeps, 1))
    orders = rng.permuted(base, axis=1) if order == "random" else base
    return orders, rng.random((n_sweeps, n))


def _written(ring: np.ndarray, count: int) -> np.ndarray:
    """A copy of a ring buffer with the slots not written since the reset zeroed (they hold stale samples)."""
    out = ring.copy()
    out[min(int(count), ring.shape[0]):] = 0
    return out


class BoltzmannMachine:
    """A Boltzmann machine: a stochastic Hopfield network of 0/1 units.

    The energy is E(x) = -(sum_{i<j} x_i w_ij x_j + sum_i b_i x_i). An update of unit i
    turns it on with probability p = 1 / (1 + exp(-dE_i / T)), where
    dE_i = sum_j w_ij x_j + b_i = E(x_i = 0) - E(x_i = 1) is its energy gap. At a fixed
    T the states visited follow the Boltzmann distribution p(x) ~ exp(-E(x)/T);
    lowering T over time (simulated annealing) finds low-energy states.

    The energy gaps are kept and updated incrementally on every flip by reading one
    weight row, so an update costs O(1) unless the unit flips, and a flip O(n).

    Parameters
    ----------
    n_units : int
        Number of units (at least 1).
    weights : array_like, optional
        (n, n) symmetric with a zero diagonal; zeros by default.
    biases : array_like, optional
        (n,); zeros by default.
    seed : int, optional
        Seed of the generator behind the update orders and the random numbers. None
        draws a seed, which :meth:`reset` then keeps.

    Notes
    -----
    Randomness: after a reset the generator draws blocks of :attr:`block_sweeps` sweeps
    with :func:`draw_block` (a permutation of the units per sweep, then one uniform per
    update); nothing else uses it. Sweep k after the reset runs at T = schedule(k) and
    its t-th update turns the unit on when its uniform is below p. The runner protocol
    (reset/step/advance/is_settled/snapshot) follows the current :attr:`schedule`,
    Constant(1.0) by default; :meth:`gibbs` and :meth:`anneal` are the scripting
    versions. The start state (all off unless set) is what :meth:`reset` returns to.
    """

    ORDERS = ORDERS

    def __init__(self, n_units: int, weights: Any = None, biases: Any = None, seed: int | None = None) -> None:
        if isinstance(n_units, bool) or not isinstance(n_units, numbers.Integral):
            raise ValueError(tr("the number of units must be a whole number, got {n_units!r}", n_units=n_units))
        n = int(n_units)
        if n < 1:
            raise ValueError(tr("a Boltzmann machine needs at least 1 unit, got {n}", n=n))
        need = 8 * n * n
        avail = available_memory_bytes()
        if avail is not None and need > 0.8 * avail:
            raise ValueError(tr("a network of {n} units needs {value:.1f} GB for its weight matrix, but only "
                                "{value2:.1f} GB of memory is available; choose fewer units",
                                n=n, value=need / 1e9, value2=avail / 1e9))
        w = np.zeros((n, n)) if weights is None else validate_weights(weights, n)
        b = np.zeros(n) if biases is None else validate_biases(biases, n)
        self._seed = check_seed(seed) if seed is not None else int(np.random.SeedSequence().entropy % (2**63))
        self._n = n
        self._order = "random"
        self._schedule: Schedule = Constant(1.0)
        self._schedule_version = 0
        self._schedule_points = self._schedule.points()
        self._origin = 0
        self._weights_version = 0
        self._energy_cache: tuple[int, np.ndarray] | None = None
        self._prob_cache: dict[float, np.ndarray] = {}
        self._start = np.zeros(n, np.int8)
        self._x = self._start.copy()
        self._h = np.zeros(n, np.float64)
        self._rng = np.random.default_rng(self._seed)
        self._block_sweeps = max(1, BLOCK_UPDATES // n)
        self._empty = K.empty_records(n)[2:]  # "no record" arrays for the update kernel
        # Stands for "no current block" in the update kernel's call.
        self._empty_block = (np.zeros((0, n), np.int64), np.zeros((0, n), np.float64), np.zeros(0, np.float64))
        self._tr_sweeps = np.zeros(TRACE_CAPACITY)
        self._tr_temp = np.zeros(TRACE_CAPACITY)
        self._tr_energy = np.zeros(TRACE_CAPACITY)
        self._tr_flip = np.zeros(TRACE_CAPACITY)
        self._install(w, b)
        self._restart()

    # ------------------------------------------------------------------ properties
    @property
    def n_units(self) -> int:
        """Number of units (read-only)."""
        return self._n

    @property
    def weights(self) -> np.ndarray:
        """(n, n) float64 copy of the weights."""
        return self._w.copy()

    @property
    def biases(self) -> np.ndarray:
        """(n,) float64 copy of the biases."""
        return self._b.copy()

    @property
    def state(self) -> np.ndarray:
        """(n,) int8 copy of the 0/1 state."""
        return self._x.copy()

    @property
    def state_pm(self) -> np.ndarray:
        """(n,) int8 the state in the +1/-1 view (s = 2x - 1)."""
        return (2 * self._x - 1).astype(np.int8)

    @property
    def start_state(self) -> np.ndarray:
        """(n,) int8 copy of the state that :meth:`reset` returns to."""
        return self._start.copy()

    @property
    def seed(self) -> int:
        """Seed that :meth:`reset` uses when given none."""
        return self._seed

    @property
    def order(self) -> str:
        """Update order: "random" (a new permutation every sweep) or "sequential" (0..n-1).

        A change applies from the next sweep.
        """
        return self._order

    @order.setter
    def order(self, value: str) -> None:
        value = check_choice(value, ORDERS, "order")
        if value != self._order:
            self._order = value
            self._truncate_block()

    @property
    def schedule(self) -> Schedule:
        """A copy of the temperature schedule in use (set it with :meth:`set_schedule`)."""
        return self._schedule.copy()

    @property
    def temperature(self) -> float:
        """T of the sweep in progress (or about to start); 0.0 under a quench."""
        return self._temp_of_sweep(self._updates_done() // self._n)

    @property
    def updates(self) -> int:
        """Single-unit updates since the last reset."""
        return int(self._ints[K.I_UPDATES])

    @property
    def sweeps(self) -> float:
        """Updates since the last reset divided by n."""
        return self.updates / self._n

    @property
    def block_sweeps(self) -> int:
        """Sweeps whose random numbers are drawn at once (see :func:`draw_block`)."""
        return self._block_sweeps

    @property
    def tie_tolerance(self) -> float:
        """Greedy (T = 0) updates treat energy gaps up to this size as exactly 0."""
        return self._tol

    # ------------------------------------------------------------------ setting things
    def set_weights(self, w: Any, b: Any = None) -> None:
        """Set the weights (and the biases, unless ``b`` is None); the state is kept.

        Counters, traces and statistics start again; the generator is not reseeded.
        """
        wv = validate_weights(w, self._n)
        bv = self._b if b is None else validate_biases(b, self._n)
        self._install(wv, bv)
        self._restart()

    def set_biases(self, b: Any) -> None:
        """Set the biases b (n finite numbers); counters and statistics start again."""
        self.set_weights(self._w, b)

    def set_state(self, x: Any) -> None:
        """Set the 0/1 state; it also becomes the start state that :meth:`reset` returns to.

        A +1/-1 vector is refused with a sentence: give it to :meth:`set_state_pm`.
        """
        v = validate_state01(x, self._n)
        self._start = v.copy()
        self._x = v.copy()
        self._restart()

    def set_state_pm(self, s: Any) -> None:
        """Set the state from the +1/-1 view (x = (s + 1) / 2); also the start state."""
        try:
            arr = np.asarray(s, dtype=np.float64)
        except (TypeError, ValueError):
            raise ValueError(tr("in the +1/-1 view units are the numbers +1 or -1")) from None
        if arr.ndim != 1 or arr.shape[0] != self._n:
            raise ValueError(tr("a state for this network is one vector of {n} values +1 or -1", n=self._n))
        ok = (arr == 1) | (arr == -1)
        if not ok.all():
            bad = np.flatnonzero(~ok)
            raise ValueError(tr("in the +1/-1 view units are +1 or -1; found {value} at {value2}",
                                value=_fmt(arr[bad[0]]), value2=positions_text(bad)))
        self.set_state(((arr + 1) // 2).astype(np.int8))

    def set_schedule(self, schedule: Schedule) -> None:
        """Use ``schedule`` (a copy is kept) from now on; its clock is the sweeps since reset.

        The sweep in progress continues at the new schedule's temperature.
        """
        sched = _check_schedule(schedule)
        self._schedule = sched
        self._schedule_version += 1
        self._schedule_points = sched.points()
        self._retemper_block()

    def clear_statistics(self) -> None:
        """Zero the visited-state counts and the energy histogram (e.g. after changing T)."""
        if self._visits.shape[0]:
            self._visits[:] = 0
        self._hist[:] = 0

    def reset(self, seed: int | None = None) -> None:
        """Back to the start state, counters and statistics cleared, generator reseeded.

        Parameters
        ----------
        seed : int, optional
            New seed; None keeps the current one, so a reset replays the same run.
        """
        if seed is not None:
            self._seed = check_seed(seed)
        self._rng = np.random.default_rng(self._seed)
        self._x = self._start.copy()
        self._restart()

    # ------------------------------------------------------------------ reading things
    def energy(self, x: Any = None) -> float:
        """E(x) = -(sum_{i<j} x_i w_ij x_j + sum_i b_i x_i) of ``x`` (0/1), or of the current state."""
        if x is None:
            return float(K.energy(self._h, self._x, self._b)) + 0.0
        v = validate_state01(x, self._n).astype(np.float64)
        return float(-(0.5 * v @ self._w @ v + self._b @ v)) + 0.0

    def local_fields(self) -> np.ndarray:
        """(n,) float64 energy gaps dE_i = sum_j w_ij x_j + b_i = E(x_i=0) - E(x_i=1)."""
        return self._h + self._b

    def probabilities_on(self, temperature: float | None = None) -> np.ndarray:
        """(n,) the probability that each unit would turn on if updated now, at T (default: current)."""
        T = self.temperature if temperature is None else check_temperature(temperature)
        f = self._h + self._b
        if T == 0.0:
            return np.where(f > self._tol, 1.0, np.where(f < -self._tol, 0.0, self._x.astype(np.float64)))
        with np.errstate(over="ignore"):
            return 1.0 / (1.0 + np.exp(-f / T))

    def mean_activations(self) -> np.ndarray:
        """(n,) fraction of the updates since reset after which each unit was on."""
        u = self.updates
        if u == 0:
            return self._x.astype(np.float64)
        return self._on_counts() / u

    def is_settled(self) -> bool:
        """True when the schedule is finished.

        A finite schedule (linear, geometric, logarithmic, custom) is finished once its
        duration has elapsed; a quench once the state is a local minimum (no greedy update
        would flip a unit); a constant temperature never (sampling goes on).
        """
        if isinstance(self._schedule, Quench):
            return K.count_unstable(self._h, self._b, self._x, self._tol) == 0
        end = self._end_update()
        return end is not None and self._updates_done() >= end

    # ------------------------------------------------------------------ running
    def step(self, n_updates: int = 1) -> int:
        """Exactly ``n_updates`` single-unit updates at the schedule's temperature; returns the flips.

        Past the end of a finite schedule T stays at its final value.
        """
        n_updates = check_count(n_updates, tr("the number of updates"))
        return self._run(n_updates)

    def advance(self, n_updates: int, stop_when_settled: bool = True) -> int:
        """Up to ``n_updates`` updates, stopping where the schedule finishes; returns the updates done.

        The runner's entry point: a finite schedule stops exactly at its end, a quench at
        the end of the first sweep that leaves a local minimum. With
        ``stop_when_settled=False`` it is :meth:`step` (all ``n_updates``).
        """
        n_updates = check_count(n_updates, tr("the number of updates"))
        if not stop_when_settled:
            self._run(n_updates)
            return n_updates
        if n_updates == 0 or self.is_settled():
            return 0
        n = self._n
        if isinstance(self._schedule, Quench):
            done = 0
            while done < n_updates:
                pos = self._updates_done() % n
                chunk = min(n_updates - done, n - pos)
                self._run(chunk)
                done += chunk
                if self._updates_done() % n == 0 and self.is_settled():
                    break
            return done
        end = self._end_update()
        todo = n_updates if end is None else min(n_updates, end - self._updates_done())
        self._run(todo)
        return todo

    def gibbs(self, n_sweeps: int, temperature: float, record: str = "states", order: str = "random"):
        """Gibbs sampling at a constant temperature from the current state.

        Parameters
        ----------
        n_sweeps : int
            Sweeps to run (n single-unit updates each).
        temperature : float
            T > 0.
        record : {"states", "stats"}
            "states": return the (n_sweeps, n) int8 states after each sweep. "stats": return
            running statistics instead (for long runs): a dict with "visit_counts" (2^n,)
            int64 counts of the state after every update (None beyond 20 units),
            "mean_activations" (n,), "mean_energy", "flip_rate" (flips per update),
            "updates" and "sweeps".
        order : {"random", "sequential"}

        The engine's state, counters and traces advance; its schedule and order are
        restored afterwards.
        """
        n_sweeps = check_count(n_sweeps, tr("the number of sweeps"))
        T = check_temperature(temperature)
        record = check_choice(record, ("states", "stats"), "record")
        order = check_choice(order, ORDERS, "order")
        n = self._n
        if record == "stats" and n > MAX_VISIT_UNITS:
            if n <= MAX_ENUMERATION_UNITS:
                extra_visits = np.zeros(2**n, np.int64)
                self._ints[K.I_STATE_INDEX] = K.state_index(self._x)
            else:
                extra_visits = None
        else:
            extra_visits = None
        saved = (self._schedule, self._origin, self._order)
        u0 = self._updates_done()
        flips0 = int(self._ints[K.I_FLIPS])
        esum0 = float(self._floats[K.F_ENERGY_SUM])
        on0 = self._on_counts()
        visits0 = self._visits.copy() if record == "stats" and self._visits.shape[0] else None
        rec_x = np.zeros((n_sweeps, n), np.int8) if record == "states" else None
        try:
            self._use_temporarily(Constant(T), u0 // n, order)
            self._run(n_sweeps * n, rec_x=rec_x, visits=extra_visits)
        finally:
            self._restore(saved)
        if record == "states":
            return rec_x
        u = self._updates_done() - u0
        if visits0 is not None:
            counts = self._visits - visits0
        else:
            counts = extra_visits
        return {
            "visit_counts": counts,
            "mean_activations": (self._on_counts() - on0) / max(u, 1),
            "mean_energy": (float(self._floats[K.F_ENERGY_SUM]) - esum0) / max(u, 1) if u else self.energy(),
            "flip_rate": (int(self._ints[K.I_FLIPS]) - flips0) / max(u, 1),
            "updates": u,
            "sweeps": n_sweeps,
        }

    def anneal(self, schedule: Schedule, n_sweeps: int | None = None) -> AnnealResult:
        """Run ``schedule`` from its start (its sweep 0 is now) and return what happened.

        Parameters
        ----------
        schedule : Schedule
            A finite schedule runs for its duration (rounded up to whole sweeps); a
            quench until a sweep changes nothing (at most 10000 sweeps); a constant
            schedule needs ``n_sweeps``.
        n_sweeps : int, optional
            Sweeps to run instead of the schedule's duration.

        The engine's state, counters and traces advance; its own schedule is restored.
        """
        sched = _check_schedule(schedule)
        if n_sweeps is not None:
            total = check_count(n_sweeps, tr("the number of sweeps"))
        elif isinstance(sched, Quench):
            total = None
        elif math.isfinite(sched.duration):
            total = int(math.ceil(sched.duration))
        else:
            raise ValueError(tr("a constant temperature never ends: give anneal the number of sweeps (n_sweeps)"))
        n = self._n
        saved = (self._schedule, self._origin, self._order)
        origin = self._updates_done() // n
        self._floats[K.F_BEST_ENERGY] = self._floats[K.F_ENERGY]
        best_x = self._x.copy()
        try:
            self._use_temporarily(sched, origin, self._order)
            if total is not None:
                rec_x = np.zeros((total, n), np.int8)
                rec_e = np.zeros(total)
                self._run(total * n, rec_x=rec_x, rec_e=rec_e, best_x=best_x)
            else:
                energies = []
                while len(energies) < MAX_QUENCH_SWEEPS:
                    self._run(n, best_x=best_x)
                    energies.append(float(self._floats[K.F_ENERGY]))
                    if self.is_settled():
                        break
                rec_e = np.array(energies)
                total = len(energies)
        finally:
            self._restore(saved)
        temps = sched.temperatures(np.arange(total, dtype=np.float64))
        return AnnealResult(self._x.copy(), self.energy(), rec_e, temps, best_x,
                            float(self._floats[K.F_BEST_ENERGY]), total)

    def learn(self, data: Any, cycles: int, **options: Any):
        """Boltzmann learning: units 0..v-1 are visible (clamped to the rows of ``data``), the rest hidden.

        Each cycle anneals with the visible units clamped and then free, and moves every
        weight by the difference <x_i x_j>clamped - <x_i x_j>free (see
        :class:`~simulator.models.boltzmann.learning.BoltzmannLearner`, which ``options``
        configure). Training starts from this machine's weights when they are not all
        zero; afterwards the machine has the learned weights and biases.

        Parameters
        ----------
        data : array-like, (m, v) of 0/1
            The visible patterns, v <= n_units; the remaining n_units - v units are hidden.
        cycles : int
            Learning cycles.

        Returns
        -------
        BoltzmannLearner
            The trained learner: ``accuracy()``, ``hidden_codes()``, ``output_probabilities()``.
        """
        from simulator.models.boltzmann.learning import BoltzmannLearner

        arr = np.asarray(data)
        if arr.ndim != 2 or not 1 <= arr.shape[1] <= self._n:
            raise ValueError(tr("the data must be a table of 0/1 rows with at most {n} values each (one per "
                                "visible unit), got shape {shape}", n=self._n, shape=arr.shape))
        learner = BoltzmannLearner(n_visible=arr.shape[1], n_hidden=self._n - arr.shape[1], seed=self._seed,
                                   patterns=arr, **options)
        if np.any(self._w != 0):
            learner.set_weights(self._w, self._b)
        learner.fit(cycles)
        self.set_weights(learner.weights, learner.biases)
        return learner

    def exact_distribution(self, temperature: float) -> tuple[np.ndarray, np.ndarray]:
        """All 2^n states and their Boltzmann probabilities exp(-E(x)/T) / Z at ``temperature``.

        Returns
        -------
        states : numpy.ndarray
            (2^n, n) int8; row k has x_i = bit i of k.
        probabilities : numpy.ndarray
            (2^n,) float64, summing to 1.

        Refused with a sentence beyond 20 units.
        """
        T = check_temperature(temperature)
        check_enumerable(self._n)
        return all_states(self._n), self._probabilities(T).copy()

    def exact_energies(self) -> np.ndarray:
        """(2^n,) energies of every state (index sum_i x_i 2^i); refused beyond 20 units."""
        check_enumerable(self._n)
        return self._energies().copy()

    # ------------------------------------------------------------------ snapshot / scenes
    def snapshot(self) -> dict[str, Any]:
        """Copies (or read-only views of arrays never changed in place) of everything a view draws."""
        n = self._n
        ints, floats = self._ints, self._floats
        updates = int(ints[K.I_UPDATES])
        count = int(ints[K.I_TR_COUNT])
        k = min(count, TRACE_CAPACITY)
        start = count % TRACE_CAPACITY if count > TRACE_CAPACITY else 0
        idx = (np.arange(k) + start) % TRACE_CAPACITY
        T = self.temperature
        visits = probs = None
        tv = math.nan
        if n <= MAX_VISIT_UNITS:
            visits = self._visits.copy()
            if T > 0.0:
                probs = self._probabilities(T).copy()
                if updates:
                    tv = float(K.visit_tv_distance(visits, probs))
        w = self._w.view()
        w.flags.writeable = False
        pts = self._schedule_points.view()
        pts.flags.writeable = False
        last_unit = int(ints[K.I_LAST_UNIT])
        return {
            "n_units": n,
            "state": self._x.copy(),
            "flip_counts": self._flip_counts.copy(),
            "temperature": T,
            "sweeps": updates / n,
            "updates": updates,
            "energy": float(floats[K.F_ENERGY]),
            "last_unit": last_unit,
            "last_probability": float(floats[K.F_LAST_P]) if last_unit >= 0 else math.nan,
            "last_field": float(floats[K.F_LAST_FIELD]) if last_unit >= 0 else 0.0,
            # T of the sweep the last update belonged to (the one its probability used).
            "last_temperature": self._temp_of_sweep((updates - 1) // n) if last_unit >= 0 and updates else T,
            "last_flipped": bool(ints[K.I_LAST_FLIPPED]),
            "flips": int(ints[K.I_FLIPS]),
            "trace_sweeps": self._tr_sweeps[idx],
            "trace_temperature": self._tr_temp[idx],
            "trace_energy": self._tr_energy[idx],
            "trace_flip_rate": self._tr_flip[idx],
            "trace_count": count,
            "energy_hist_edges": self._hist_edges.copy(),
            "energy_hist_counts": self._hist.copy(),
            "visit_counts": visits,
            "exact_probabilities": probs,
            "tv_distance": tv,
            "mean_activations": self.mean_activations(),
            "schedule_points": pts,
            "schedule_version": self._schedule_version,
            "schedule": self._schedule.to_dict(),
            "schedule_finished": self.is_settled(),
            "order": self._order,
            "weights": w,
            "weights_version": self._weights_version,
            "biases": self._b.copy(),
            "seed": self._seed,
        }

    def state_dict(self) -> dict[str, Any]:
        """Everything needed to restore this machine exactly.

        ``"dynamics"`` holds the run in progress (generator state, the block of random
        numbers being used, fields, counters, statistics, traces), so that a restored
        machine continues exactly as this one would.
        """
        return {
            "version": _STATE_DICT_VERSION,
            "n_units": self._n,
            "weights": self._w.copy(),
            "biases": self._b.copy(),
            "seed": self._seed,
            "order": self._order,
            "schedule": self._schedule.to_dict(),
            "start": self._start.copy(),
            "state": self._x.copy(),
            "dynamics": self._dynamics(),
        }

    def _dynamics(self) -> dict[str, Any]:
        block = None
        if self._block is not None:
            first, orders, uniforms, temps = self._block
            block = {"first_sweep": int(first), "orders": orders.copy(), "uniforms": uniforms.copy(),
                     "temperatures": temps.copy(), "length": int(self._block_len)}
        count = int(self._ints[K.I_TR_COUNT])
        return {
            "rng": generator_state(self._rng),
            "origin": int(self._origin),
            "block": block,
            "fields": self._h.copy(),
            "ints": self._ints.copy(),
            "floats": self._floats.copy(),
            "flip_counts": self._flip_counts.copy(),
            "on_time": self._on_time.copy(),
            "last_change": self._last_change.copy(),
            "visits": self._visits.copy(),
            "histogram": self._hist.copy(),
            "trace_sweeps": _written(self._tr_sweeps, count),
            "trace_temperature": _written(self._tr_temp, count),
            "trace_energy": _written(self._tr_energy, count),
            "trace_flips": _written(self._tr_flip, count),
        }

    def _checked_dynamics(self, d: Any, x: np.ndarray) -> dict[str, Any]:
        """The validated run-in-progress part of a scene (see :meth:`_dynamics`)."""
        if not isinstance(d, Mapping):
            raise ValueError(tr("the scene's run state must be a mapping of names to values"))
        n = self._n
        cap = (TRACE_CAPACITY,)
        try:
            ints = checked_array(d["ints"], (K.N_INTS,), np.int64, tr("the counters"))
            if (ints < -1).any() or ints[K.I_LAST_UNIT] >= n or not 0 <= ints[K.I_LAST_FLIPPED] <= 1 or (
                    np.delete(ints, K.I_LAST_UNIT) < 0).any() or not 1 <= ints[K.I_REC_COUNTDOWN] <= n:
                raise ValueError(tr("the scene's counters are out of range"))
            # Derived counters are recomputed, never trusted: kernels index arrays with them.
            ints[K.I_SAMPLE_EVERY] = max(1, n // 8)
            ints[K.I_REC_I] = 0
            ints[K.I_STATE_INDEX] = K.state_index(x) if n <= MAX_VISIT_UNITS else 0
            block = d["block"]
            if block is not None:
                if not isinstance(block, Mapping):
                    raise ValueError(tr("the scene's block of random numbers is malformed"))
                rows = self._block_sweeps
                orders = checked_array(block["orders"], (rows, n), np.int64, tr("the update orders"))
                if not (np.sort(orders, axis=1) == np.arange(n)).all():
                    raise ValueError(tr("the scene's update orders are not permutations of the units"))
                uniforms = checked_array(block["uniforms"], (rows, n), np.float64, tr("the random numbers"))
                if ((uniforms < 0) | (uniforms >= 1)).any():
                    raise ValueError(tr("the scene's random numbers must lie in [0, 1)"))
                temps = checked_array(block["temperatures"], (rows,), np.float64, tr("the block's temperatures"))
                if (temps < 0).any():
                    raise ValueError(tr("the scene's temperatures cannot be negative"))
                block = (checked_int(block["first_sweep"], tr("the block's first sweep")), orders, uniforms, temps,
                         checked_int(block["length"], tr("the block's length"), 0, rows))
            out = {
                "rng": generator_from_state(d["rng"], "the sampler's generator"),
                "origin": checked_int(d["origin"], tr("the schedule's origin")),
                "block": block,
                "fields": checked_array(d["fields"], (n,), np.float64, tr("the fields")),
                "ints": ints,
                "floats": checked_array(d["floats"], (K.N_FLOATS,), np.float64, tr("the sums"), finite=False),
                "flip_counts": checked_array(d["flip_counts"], (n,), np.int32, tr("the flip counts")),
                "on_time": checked_array(d["on_time"], (n,), np.int64, tr("the time on")),
                "last_change": checked_array(d["last_change"], (n,), np.int64, tr("the last changes")),
                "visits": checked_array(d["visits"], self._visits.shape, np.int64, tr("the visit counts")),
                "histogram": checked_array(d["histogram"], (HIST_BINS,), np.int64, tr("the energy histogram")),
                "trace_sweeps": checked_array(d["trace_sweeps"], cap, np.float64, tr("the trace")),
                "trace_temperature": checked_array(d["trace_temperature"], cap, np.float64, tr("the trace"),
                                                   finite=False),
                "trace_energy": checked_array(d["trace_energy"], cap, np.float64, tr("the trace")),
                "trace_flips": checked_array(d["trace_flips"], cap, np.float64, tr("the trace")),
            }
        except KeyError as exc:
            raise ValueError(tr("the scene's run state is missing {value}", value=exc.args[0])) from None
        return out

    def _apply_dynamics(self, d: Mapping[str, Any]) -> None:
        self._rng = d["rng"]
        self._origin = d["origin"]
        if d["block"] is None:
            self._block, self._block_len = None, 0
        else:
            *block, self._block_len = d["block"]
            self._block = tuple(block)
        self._h = d["fields"]
        self._ints = d["ints"]
        self._floats = d["floats"]
        self._flip_counts = d["flip_counts"]
        self._on_time = d["on_time"]
        self._last_change = d["last_change"]
        self._visits = d["visits"]
        self._hist = d["histogram"]
        self._tr_sweeps = d["trace_sweeps"]
        self._tr_temp = d["trace_temperature"]
        self._tr_energy = d["trace_energy"]
        self._tr_flip = d["trace_flips"]

    def load_state_dict(self, state: Mapping[str, Any]) -> None:
        """Restore what :meth:`state_dict` returned; ValueError (nothing changed) if it does not fit.

        With ``"dynamics"`` the run in progress is restored too (the generator, the block of
        random numbers, counters, statistics); otherwise the generator is reseeded with the
        saved seed and counters and statistics start again.
        """
        if not isinstance(state, Mapping):
            raise ValueError(tr("a Boltzmann scene must be a mapping of names to values"))
        keys = ("n_units", "weights", "biases", "seed", "order", "schedule", "start", "state")
        missing = [k for k in keys if k not in state]
        if missing:
            raise ValueError(tr("this Boltzmann scene is missing {value}", value=', '.join(missing)))
        if state.get("version", _STATE_DICT_VERSION) != _STATE_DICT_VERSION:
            raise ValueError(tr("this Boltzmann scene has version {version!r}; this program reads version {ours}",
                                version=state["version"], ours=_STATE_DICT_VERSION))
        n_saved = state["n_units"]
        if isinstance(n_saved, bool) or not isinstance(n_saved, numbers.Integral) or int(n_saved) != self._n:
            raise ValueError(tr("this scene is for a network of {n_saved!r} units; this one has {n}",
                                n_saved=n_saved, n=self._n))
        w = validate_weights(state["weights"], self._n)
        b = validate_biases(state["biases"], self._n)
        seed = check_seed(state["seed"])
        order = check_choice(state["order"], ORDERS, "order")
        sched = schedule_from_dict(state["schedule"])
        start = validate_state01(state["start"], self._n, tr("the start state"))
        x = validate_state01(state["state"], self._n)
        dynamics = None if state.get("dynamics") is None else self._checked_dynamics(state["dynamics"], x)
        # Everything validated: now commit.
        self._seed, self._order = seed, order
        self._schedule = sched
        self._schedule_version += 1
        self._schedule_points = sched.points()
        self._install(w, b)
        self._start = start
        self._x = x
        self._rng = np.random.default_rng(seed)
        self._restart()
        if dynamics is not None:
            self._apply_dynamics(dynamics)

    # ------------------------------------------------------------------ internals
    def _install(self, w: np.ndarray, b: np.ndarray) -> None:
        self._w = w
        self._b = b
        self._weights_version += 1
        self._energy_cache = None
        self._prob_cache = {}
        big = float(np.max(np.sum(np.abs(w), axis=1), initial=0.0)) + float(np.max(np.abs(b), initial=0.0))
        self._tol = RELATIVE_TIE_TOLERANCE * big

    def _energies(self) -> np.ndarray:
        if self._energy_cache is None or self._energy_cache[0] != self._weights_version:
            self._energy_cache = (self._weights_version, all_energies(self._w, self._b))
        return self._energy_cache[1]

    def _probabilities(self, T: float) -> np.ndarray:
        # One exp per state per temperature: a snapshot at an unchanged T costs nothing.
        p = self._prob_cache.get(T)
        if p is None:
            e = self._energies()
            p = np.empty_like(e)
            K.boltzmann_probabilities(e, T, p)
            if len(self._prob_cache) >= 8:
                self._prob_cache.pop(next(iter(self._prob_cache)))
            self._prob_cache[T] = p
        return p

    def _histogram_edges(self) -> np.ndarray:
        """Fixed bins for the visited energies: the exact range up to 20 units, else an estimate.

        The estimate runs from below the lowest of three greedy descents (from the start
        state, all off, all on) by half its depth under the mean energy of random states,
        up to that mean plus 4 standard deviations (and the start state's energy), inside
        the hard bounds -(sum of positive terms) and +(sum of negative terms). It depends
        only on the weights and the start state, so a reset keeps the same bins.
        """
        n = self._n
        key = (self._weights_version, self._start.tobytes())
        cached = getattr(self, "_edges_cache", None)
        if cached is not None and cached[0] == key:
            return cached[1]
        w, b = self._w, self._b
        if n <= MAX_ENUMERATION_UNITS:
            e = self._energies()
            lo, hi = float(e.min()), float(e.max())
        else:
            iu = np.triu_indices(n, 1)
            wu = w[iu]
            lo_bound = -(float(np.sum(np.maximum(wu, 0))) + float(np.sum(np.maximum(b, 0))))
            hi_bound = float(np.sum(np.maximum(-wu, 0))) + float(np.sum(np.maximum(-b, 0)))
            mean = -(float(np.sum(wu)) / 4 + float(np.sum(b)) / 2)
            s = math.sqrt(float(np.sum(wu**2)) / 16 + float(np.sum(b**2)) / 4)
            work = np.empty(n)
            descents = [float(K.greedy_descent(w, b, x0.copy(), work, self._tol, 1000))
                        for x0 in (self._start, np.zeros(n, np.int8), np.ones(n, np.int8))]
            e_min = min(descents)
            fields = np.empty(n)
            K.fields(w, self._start, fields)
            e_start = float(K.energy(fields, self._start, b))
            lo = max(lo_bound, e_min - 0.5 * max(mean - e_min, s))
            hi = min(hi_bound, max(mean + 4 * s, e_start))
        if not hi > lo:
            lo, hi = lo - 0.5, hi + 0.5
        pad = 1e-9 * max(1.0, abs(lo), abs(hi))
        edges = np.linspace(lo - pad, hi + pad, HIST_BINS + 1)
        self._edges_cache = (key, edges)
        return edges

    def _updates_done(self) -> int:
        return int(self._ints[K.I_UPDATES])

    def _temp_of_sweep(self, s: int) -> float:
        return float(self._schedule.temperatures(np.array([float(s - self._origin)]))[0])

    def _end_update(self) -> int | None:
        if isinstance(self._schedule, Quench):
            return None
        d = self._schedule.duration
        if not math.isfinite(d):
            return None
        return (self._origin + int(math.ceil(d))) * self._n

    def _on_counts(self) -> np.ndarray:
        u = self._updates_done()
        return self._on_time + np.where(self._x == 1, u + 1 - self._last_change, 0)

    def _restart(self) -> None:
        """Fresh fields from the current state; counters, traces and statistics cleared."""
        n = self._n
        K.fields(self._w, self._x, self._h)
        self._flip_counts = np.zeros(n, np.int32)
        self._ints = np.zeros(K.N_INTS, np.int64)
        self._ints[K.I_SAMPLE_EVERY] = max(1, n // 8)
        self._ints[K.I_LAST_UNIT] = -1
        self._ints[K.I_REC_COUNTDOWN] = n
        self._floats = np.zeros(K.N_FLOATS, np.float64)
        self._floats[K.F_ENERGY] = K.energy(self._h, self._x, self._b)
        self._floats[K.F_LAST_P] = math.nan
        self._on_time = np.zeros(n, np.int64)
        self._last_change = np.ones(n, np.int64)  # sample 1 is the state after the first update
        self._visits = np.zeros(2**n if n <= MAX_VISIT_UNITS else 0, np.int64)
        if n <= MAX_VISIT_UNITS:
            self._ints[K.I_STATE_INDEX] = K.state_index(self._x)
        self._hist = np.zeros(HIST_BINS, np.int64)
        self._hist_edges = self._histogram_edges()
        self._block = None  # (first sweep, orders, uniforms, temps)
        self._block_len = 0
        self._origin = 0
        self._sample_now()

    def _sample_now(self) -> None:
        slot = int(self._ints[K.I_TR_COUNT]) % TRACE_CAPACITY
        self._tr_sweeps[slot] = self._updates_done() / self._n
        self._tr_temp[slot] = self.temperature
        self._tr_energy[slot] = self._floats[K.F_ENERGY]
        self._tr_flip[slot] = 0.0
        self._ints[K.I_TR_COUNT] += 1

    def _truncate_block(self) -> None:
        # Sweeps not yet started are drawn again (with the new order); one in progress finishes.
        if self._block is None:
            return
        u = self._updates_done()
        s, pos = divmod(u, self._n)
        first = self._block[0]
        self._block_len = max(0, min(self._block_len, s - first + (1 if pos else 0)))

    def _retemper_block(self) -> None:
        if self._block is None:
            return
        first, _, _, temps = self._block
        temps[:] = self._sweep_temperatures(first, temps.shape[0])

    def _sweep_temperatures(self, first_sweep: int, count: int) -> np.ndarray:
        """The schedule's T for ``count`` sweeps from ``first_sweep``: a block's, computed as blocks always were."""
        return self._schedule.temperatures(np.arange(count, dtype=np.float64) + (first_sweep - self._origin))

    def _use_temporarily(self, schedule: Schedule, origin: int, order: str) -> None:
        self._schedule = schedule
        self._origin = origin
        if order != self._order:
            self._order = order
            self._truncate_block()
        self._retemper_block()

    def _restore(self, saved: tuple[Schedule, int, str]) -> None:
        sched, origin, order = saved
        self._use_temporarily(sched, origin, order)

    def _run(self, n_updates: int, rec_x: np.ndarray | None = None, rec_e: np.ndarray | None = None,
             best_x: np.ndarray | None = None, visits: np.ndarray | None = None) -> int:
        n = self._n
        e_rec_x, e_rec_e, e_best = self._empty
        if rec_x is None:
            rec_x = e_rec_x if rec_e is None else np.zeros((rec_e.shape[0], n), np.int8)
        if rec_e is None:
            rec_e = np.zeros(rec_x.shape[0]) if rec_x.shape[0] else e_rec_e
        if rec_x.shape[0]:
            self._ints[K.I_REC_I] = 0
            self._ints[K.I_REC_COUNTDOWN] = n
        best = e_best if best_x is None else best_x
        vis = self._visits if visits is None else visits
        records = (self._tol, self._flip_counts, self._ints, self._floats,
                   self._tr_sweeps, self._tr_temp, self._tr_energy, self._tr_flip,
                   vis, self._hist, float(self._hist_edges[0]),
                   HIST_BINS / float(self._hist_edges[-1] - self._hist_edges[0]),
                   self._on_time, self._last_change, rec_x, rec_e, best)
        flips = 0
        done = 0
        while done < n_updates:
            got, k = self._run_blocks(n_updates - done, records)
            flips += got
            done += k
        return flips

    def _run_blocks(self, n_updates: int, records: tuple) -> tuple[int, int]:
        """Up to ``n_updates`` updates through the rest of the current block and newly drawn ones.

        The new blocks are drawn (inside the kernel) as the engine always drew them, one
        after the other with :func:`draw_block`'s numbers and the schedule's temperatures;
        the last one becomes the current block. Returns (flips, updates done).
        """
        n, bs = self._n, self._block_sweeps
        s, pos = divmod(self._updates_done(), n)
        if self._block is not None and self._block[0] <= s < self._block[0] + self._block_len:
            first, cur_orders, cur_uniforms, cur_temps = self._block
            row, cur_len = s - first, self._block_len
            left = (cur_len - row) * n - pos
            fresh_from, fresh_pos = first + cur_len, 0
        else:
            cur_orders, cur_uniforms, cur_temps = self._empty_block
            row, cur_len, left = 0, 0, 0
            fresh_from, fresh_pos = s, pos
        per_block = bs * n
        count = max(0, min(MAX_FRESH_BLOCKS, -(-(fresh_pos + n_updates - left) // per_block)))
        temps = np.empty((count, bs), np.float64)
        for j in range(count):
            temps[j] = self._sweep_temperatures(fresh_from + j * bs, bs)  # block by block: bit for bit the same
        orders = np.empty((count, bs, n), np.int64)
        uniforms = np.empty((count, bs, n), np.float64)
        k = min(n_updates, left + count * per_block - fresh_pos)
        flips, done, drawn = K.gibbs_blocks(cur_orders, cur_uniforms, cur_temps, cur_len, row, pos,
                                            self._rng, self._order == "random", orders, uniforms, temps, k,
                                            self._w, self._b, self._h, self._x, *records)
        if drawn:
            last = drawn - 1
            self._block = (fresh_from + last * bs, orders[last], uniforms[last], temps[last])
            self._block_len = bs
        return int(flips), int(done)
