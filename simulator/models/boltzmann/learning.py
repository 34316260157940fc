"""Boltzmann machine learning with hidden units (Ackley, Hinton and Sejnowski, 1985): the 4-2-4 encoder."""

from __future__ import annotations

import math
import numbers
from typing import Any, Mapping, Sequence

import numpy as np

from simulator.core.restore import checked_array, checked_int, generator_from_state, generator_state
from simulator.core.text import tr
from simulator.models.boltzmann import kernels as K
from simulator.models.boltzmann.engine import validate_weights
from simulator.models.boltzmann.schedules import check_temperature

#: The clamped and free phases' annealing: (T, sweeps) pairs, then statistics are
#: collected at the last T. Scaled down from Ackley et al.'s T = 20, 15, 12, 10 with
#: integer weights to a final T of 1.
DEFAULT_ANNEALING: tuple[tuple[float, int], ...] = ((2.0, 2), (1.5, 2), (1.2, 2), (1.0, 4))
#: Default learning rate (step size) for each update kind.
DEFAULT_ETA = {"sign": 0.4, "gradient": 1.0}
#: An output counts as reproduced when the pattern's configuration of the output units
#: has at least this probability with only the inputs clamped (then it is also the most
#: likely configuration).
ACCURACY_PROBABILITY = 0.5
#: Trace samples kept (one per learning cycle, oldest dropped first).
TRACE_CAPACITY = 4096
#: Largest number of free units for the exact evaluation (accuracy, hidden codes).
MAX_EXACT_FREE_UNITS = 16

_STATE_DICT_VERSION = 1


def encoder_patterns(k: int) -> np.ndarray:
    """(k, 2k) int8: one-hot input i followed by the same one-hot output."""
    eye = np.eye(k, dtype=np.int8)
    return np.hstack([eye, eye])


def _check_int(value: Any, what: str, lo: int) -> int:
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):
        raise ValueError(tr("{what} must be a whole number, got {value!r}", what=what, value=value))
    if value < lo:
        raise ValueError(tr("{what} must be at least {lo}, got {value}", what=what, lo=lo, value=value))
    return int(value)


def _check_positive(value: Any, what: str, allow_zero: bool = False) -> float:
    if isinstance(value, bool) or not isinstance(value, numbers.Real) or math.isnan(float(value)):
        raise ValueError(tr("{what} must be a number, got {value!r}", what=what, value=value))
    v = float(value)
    if v < 0 or (v == 0 and not allow_zero) or math.isinf(v):
        if allow_zero:
            raise ValueError(tr("{what} must be a finite number above 0 or 0, got {v:g}", what=what, v=v))
        raise ValueError(tr("{what} must be a finite number above 0, got {v:g}", what=what, v=v))
    return v


def _check_annealing(annealing: Any) -> tuple[tuple[float, int], ...]:
    try:
        steps = [(float(t), s) for t, s in annealing]
    except (TypeError, ValueError):
        raise ValueError(tr("the annealing schedule is a list of (T, sweeps) pairs")) from None
    if not steps:
        raise ValueError(tr("the annealing schedule needs at least one (T, sweeps) pair"))
    out = []
    for t, s in steps:
        check_temperature(t, tr("each annealing temperature"))
        out.append((t, _check_int(s, tr("the sweeps at each annealing temperature"), 1)))
    return tuple(out)


class BoltzmannLearner:
    """A Boltzmann machine with visible and hidden units, learning from <x_i x_j>+ - <x_i x_j>-.

    Each learning cycle has a clamped phase (for every training pattern the visible
    units are clamped to it and the hidden units annealed; then the co-occurrences
    <x_i x_j>+ are collected) and a free phase (nothing clamped; the same annealing;
    <x_i x_j>-). Biases learn the same way from <x_i>+ - <x_i>-. The default problem is
    the 4-2-4 encoder: four input and four output units that are not connected to each
    other, and two hidden units connected to everything.

    The defaults follow Ackley, Hinton and Sejnowski (1985): every weight moves by a
    fixed step eta in the direction of <x_i x_j>+ - <x_i x_j>- (``update="sign"``), and
    the visible units are clamped noisily (an "on" unit is clamped on with probability
    0.85, an "off" unit with probability 0.05), which keeps the weights finite and the
    hidden codes from freezing too early. ``update="gradient"`` uses
    dw_ij = eta (<x_i x_j>+ - <x_i x_j>-) literally.

    Parameters
    ----------
    n_visible : int
        Visible units (the encoder: k inputs then k outputs, n_visible = 2k).
    n_hidden : int
        Hidden units.
    seed : int, optional
        Seed of the initial weights and of every random number; None draws one, which
        :meth:`reset` then keeps.
    patterns : array_like, optional
        (P, n_visible) 0/1 training patterns; default the encoder's one-hot pairs.
    n_inputs : int, optional
        The first ``n_inputs`` visible units are the inputs that :meth:`accuracy` and
        :meth:`hidden_codes` clamp; default n_visible / 2 for the encoder, else 0.
    mask : array_like, optional
        (n, n) bool: which pairs are connected (symmetric, no diagonal). Default: for the
        encoder every pair except input-output; otherwise every pair.
    eta : float, optional
        Step size (``update="sign"``, default 0.4) or learning rate (``"gradient"``, default 1.0).
    annealing : sequence of (T, sweeps)
        Annealing of both phases; statistics are collected afterwards at the last T.
    collect_sweeps : int
        Sweeps of statistics per run.
    free_runs : int
        Free-phase runs per cycle (default: one per pattern).
    weight_decay : float
        Each cycle multiplies the weights and biases by (1 - weight_decay), which keeps
        them finite where a pair is always on together.
    init_scale : float
        Initial weights and biases are uniform in [-init_scale, init_scale].
    update : {"sign", "gradient"}
        Fixed-size steps along the sign of the difference, or steps proportional to it.
    noisy_clamping : (float, float) or None
        (p_on, p_off): clamped "on" units are on with probability p_on, "off" units with
        probability p_off, drawn afresh for every clamped run. None clamps exactly.

    Notes
    -----
    Evaluation is exact: :meth:`accuracy` and :meth:`hidden_codes` enumerate the states
    of the free units at the final T, so they do not fluctuate from one call to the next.
    """

    def __init__(self, n_visible: int = 8, n_hidden: int = 2, seed: int | None = None, patterns: Any = None,
                 n_inputs: int | None = None, mask: Any = None, eta: float | None = None,
                 annealing: Sequence[tuple[float, int]] = DEFAULT_ANNEALING, collect_sweeps: int = 10,
                 free_runs: int | None = None, weight_decay: float = 0.001, init_scale: float = 0.1,
                 update: str = "sign", noisy_clamping: tuple[float, float] | None = (0.85, 0.05)) -> None:
        nv = _check_int(n_visible, tr("the number of visible units"), 1)
        nh = _check_int(n_hidden, tr("the number of hidden units"), 0)
        n = nv + nh
        if patterns is None:
            if nv % 2:
                raise ValueError(tr("the encoder problem needs an even number of visible units (k inputs and k "
                                    "outputs), got {nv}; give patterns for other problems", nv=nv))
            pats = encoder_patterns(nv // 2)
            encoder = True
        else:
            pats = self._validated_patterns(patterns, nv)
            encoder = False
        if n_inputs is None:
            n_inputs = nv // 2 if encoder else 0
        ni = _check_int(n_inputs, tr("the number of input units"), 0)
        if ni > nv:
            raise ValueError(tr("there cannot be more input units ({ni}) than visible units ({nv})", ni=ni, nv=nv))
        if mask is None:
            m = ~np.eye(n, dtype=bool)
            if encoder:
                k = nv // 2
                m[:k, k:nv] = False
                m[k:nv, :k] = False
        else:
            m = self._validated_mask(mask, n)
        if update not in ("gradient", "sign"):
            raise ValueError(tr("unknown update {update!r}; choose gradient or sign", update=update))
        self._update = update
        if eta is None:
            eta = DEFAULT_ETA[update]
        self._eta = _check_positive(eta, tr("the learning rate eta"))
        self._annealing = _check_annealing(annealing)
        self._collect = _check_int(collect_sweeps, tr("the number of collecting sweeps"), 1)
        self._free_runs = pats.shape[0] if free_runs is None else _check_int(free_runs, tr("the free runs"), 1)
        self._decay = _check_positive(weight_decay, tr("the weight decay"), allow_zero=True)
        if self._decay >= 1:
            raise ValueError(tr("the weight decay must be below 1, got {decay:g}", decay=self._decay))
        self._init_scale = _check_positive(init_scale, tr("the initial weight scale"), allow_zero=True)
        if noisy_clamping is not None:
            p_on, p_off = (float(v) for v in noisy_clamping)
            if not (0.0 <= p_off < p_on <= 1.0):
                raise ValueError(tr("noisy clamping is (p_on, p_off) with 0 <= p_off < p_on <= 1"))
            noisy_clamping = (p_on, p_off)
        self._noisy = noisy_clamping
        self._seed = (_check_int(seed, tr("a seed"), 0) if seed is not None
                      else int(np.random.SeedSequence().entropy % (2**63)))
        self._nv, self._nh, self._n, self._ni = nv, nh, n, ni
        self._patterns = pats
        self._encoder = encoder
        self._mask = m
        temps = [t for t, s in self._annealing for _ in range(s)]
        self._temps = np.array(temps + [self._annealing[-1][0]] * self._collect, np.float64)
        self._collect_from = len(temps)
        self._T = self._annealing[-1][0]
        self._weights_version = 0
        self.reset()

    @staticmethod
    def _validated_patterns(patterns: Any, nv: int) -> np.ndarray:
        try:
            arr = np.array(patterns, dtype=np.float64)
        except (TypeError, ValueError):
            raise ValueError(tr("the training patterns must be a (P, n_visible) array of 0 and 1")) from None
        if arr.ndim == 1:
            arr = arr[None, :]
        if arr.ndim != 2 or arr.shape[1] != nv or arr.shape[0] < 1:
            raise ValueError(tr("the training patterns must be a (P, {nv}) array of 0 and 1, got shape {shape}",
                                nv=nv, shape=arr.shape))
        if not np.all((arr == 0) | (arr == 1)):
            raise ValueError(tr("the training patterns must contain only 0 and 1 (units are off or on)"))
        return arr.astype(np.int8)

    @staticmethod
    def _validated_mask(mask: Any, n: int) -> np.ndarray:
        m = np.array(mask, dtype=bool)
        if m.shape != (n, n):
            raise ValueError(tr("the connection mask must be {n} x {n}, got shape {shape}", n=n, shape=m.shape))
        if np.any(np.diag(m)):
            raise ValueError(tr("the connection mask cannot connect a unit to itself (its diagonal must be False)"))
        if not np.array_equal(m, m.T):
            raise ValueError(tr("the connection mask must be symmetric (connections go both ways)"))
        return m

    # ------------------------------------------------------------------ properties
    @property
    def update_rule(self) -> str:
        """"sign" (fixed steps along the sign of the correlation difference) or "gradient" (proportional)."""
        return self._update

    @property
    def n_units(self) -> int:
        """Visible plus hidden units."""
        return self._n

    @property
    def n_visible(self) -> int:
        return self._nv

    @property
    def n_hidden(self) -> int:
        return self._nh

    @property
    def n_inputs(self) -> int:
        return self._ni

    @property
    def patterns(self) -> np.ndarray:
        """(P, n_visible) int8 copy of the training patterns."""
        return self._patterns.copy()

    @property
    def mask(self) -> np.ndarray:
        """(n, n) bool copy of the connection mask."""
        return self._mask.copy()

    @property
    def weights(self) -> np.ndarray:
        """(n, n) float64 copy of the weights (visible units first, then hidden)."""
        return self._w.copy()

    @property
    def biases(self) -> np.ndarray:
        return self._b.copy()

    @property
    def cycle(self) -> int:
        """Learning cycles since the last reset."""
        return self._cycle

    @property
    def seed(self) -> int:
        return self._seed

    @property
    def temperature(self) -> float:
        """The final (statistics and evaluation) temperature."""
        return self._T

    def set_weights(self, w: Any, b: Any) -> None:
        """Set weights (masked pairs must be 0) and biases, e.g. to restore a trained network."""
        wv = validate_weights(w, self._n)
        if np.any(wv[~self._mask] != 0):
            raise ValueError(tr("the weights must be 0 between units that the mask leaves unconnected"))
        bv = np.array(b, dtype=np.float64)
        if bv.shape != (self._n,) or not np.isfinite(bv).all():
            raise ValueError(tr("the biases must be {n} finite numbers", n=self._n))
        self._w, self._b = wv, bv
        self._weights_version += 1
        self._evaluate()

    # ------------------------------------------------------------------ runner protocol
    def reset(self, seed: int | None = None) -> None:
        """Fresh small random weights from the seed; cycle count and traces cleared."""
        if seed is not None:
            self._seed = _check_int(seed, tr("a seed"), 0)
        self._rng = np.random.default_rng(self._seed)
        n = self._n
        a = self._rng.uniform(-self._init_scale, self._init_scale, size=(n, n))
        w = np.triu(a, 1)
        self._w = np.ascontiguousarray((w + w.T) * self._mask)
        self._b = self._rng.uniform(-self._init_scale, self._init_scale, size=n)
        self._weights_version += 1
        self._cycle = 0
        self._last_dw = 0.0
        self._tr_cycle = np.zeros(TRACE_CAPACITY, np.int64)
        self._tr_acc = np.zeros(TRACE_CAPACITY)
        self._tr_dw = np.zeros(TRACE_CAPACITY)
        self._tr_count = 0
        self._corr_pos = np.zeros((n, n))
        self._corr_neg = np.zeros((n, n))
        self._mean_pos = np.zeros(n)
        self._mean_neg = np.zeros(n)
        self._evaluate()
        self._push_trace()

    def step(self, n: int = 1) -> int:
        """Run ``n`` learning cycles; returns ``n``."""
        n = _check_int(n, tr("the number of learning cycles"), 0)
        for _ in range(n):
            self._learn_once()
        if n:
            self._evaluate()
        return n

    def is_settled(self) -> bool:
        """True once every input is answered correctly (:meth:`accuracy` is 1); False without inputs."""
        return bool(self._ni > 0 and self._acc >= 1.0)

    def fit(self, cycles: int, until_learned: bool = False) -> int:
        """Run up to ``cycles`` learning cycles (stopping early once learned if asked); returns cycles run."""
        cycles = _check_int(cycles, tr("the number of learning cycles"), 0)
        done = 0
        while done < cycles:
            self._learn_once()
            done += 1
            if until_learned:
                self._evaluate()
                if self.is_settled():
                    break
        self._evaluate()
        return done

    # ------------------------------------------------------------------ evaluation
    def hidden_codes(self) -> np.ndarray:
        """(P, n_hidden) mean hidden activations for each pattern with only its inputs clamped (exact).

        Without input units the whole visible pattern is clamped.
        """
        return self._codes.copy()

    def accuracy(self) -> float:
        """Share of patterns whose non-input visible units are reproduced with only the inputs clamped.

        "Reproduced": the pattern's configuration of those units has probability at least
        1/2 (hidden units summed out, exactly, at the final T), so it is also the most
        likely one. NaN without input units.
        """
        return self._acc

    def output_probabilities(self) -> np.ndarray:
        """(P, n_visible - n_inputs) P(unit on) for the non-input visible units, inputs clamped (exact)."""
        return self._out_marg.copy()

    def _evaluate(self) -> None:
        n, nv, ni = self._n, self._nv, self._ni
        P = self._patterns.shape[0]
        free = np.arange(ni, n, dtype=np.int64)
        target = np.arange(ni, nv, dtype=np.int64)
        if free.shape[0] > MAX_EXACT_FREE_UNITS:
            self._codes = np.full((P, self._nh), np.nan)
            self._out_marg = np.full((P, nv - ni), np.nan)
            self._acc = math.nan
            return
        codes = np.zeros((P, self._nh))
        outs = np.zeros((P, nv - ni))
        correct = 0
        probs = np.zeros(2 ** target.shape[0])
        marg = np.zeros(n)
        x = np.zeros(n, np.int8)
        for k in range(P):
            x[:] = 0
            x[:ni] = self._patterns[k, :ni]
            K.clamped_enumeration(self._w, self._b, x, free, self._T, target, probs, marg)
            codes[k] = marg[nv:]
            outs[k] = marg[ni:nv]
            want = int(np.sum(self._patterns[k, ni:nv].astype(np.int64) << np.arange(nv - ni)))
            correct += int(probs[want] >= ACCURACY_PROBABILITY)
        self._codes = codes
        self._out_marg = outs
        self._acc = correct / P if ni > 0 else math.nan

    # ------------------------------------------------------------------ learning
    def _learn_once(self) -> None:
        n, nv, nh = self._n, self._nv, self._nh
        P = self._patterns.shape[0]
        R = self._free_runs
        S = self._temps.shape[0]
        rng = self._rng
        # All random numbers of the cycle, drawn in a fixed order: the same seed gives the same run.
        hidden_start = (rng.random((P, nh)) < 0.5).astype(np.int8)
        pats = self._patterns
        if self._noisy is not None:
            p_on, p_off = self._noisy
            pats = (rng.random(pats.shape) < np.where(pats == 1, p_on, p_off)).astype(np.int8)
        pos_orders = rng.permuted(np.tile(np.arange(nh, dtype=np.int64), (P, S, 1)), axis=2)
        pos_u = rng.random((P, S, nh))
        free_start = (rng.random((R, n)) < 0.5).astype(np.int8)
        neg_orders = rng.permuted(np.tile(np.arange(n, dtype=np.int64), (R, S, 1)), axis=2)
        neg_u = rng.random((R, S, n))
        sp, sn = K.learning_phases(self._w, self._b, pats, hidden_start, pos_orders, pos_u, free_start,
                                   neg_orders, neg_u, self._temps, self._collect_from, self._corr_pos,
                                   self._mean_pos, self._corr_neg, self._mean_neg)
        dw = self._corr_pos / sp - self._corr_neg / sn
        db = self._mean_pos / sp - self._mean_neg / sn
        if self._update == "sign":
            dw, db = np.sign(dw), np.sign(db)
        dw *= self._eta * self._mask
        db *= self._eta
        keep = 1.0 - self._decay
        w = self._w * keep + dw
        self._w = np.ascontiguousarray(0.5 * (w + w.T))  # exactly symmetric
        self._b = self._b * keep + db
        self._weights_version += 1
        self._last_dw = float(np.sqrt(np.sum(np.triu(dw, 1) ** 2) + np.sum(db**2)))
        self._cycle += 1
        if not (np.isfinite(self._w).all() and np.isfinite(self._b).all()):
            raise ValueError(tr("the weights stopped being finite numbers; lower the learning rate and reset"))
        self._push_trace(evaluate=True)

    def _push_trace(self, evaluate: bool = False) -> None:
        if evaluate:
            self._evaluate()
        slot = self._tr_count % TRACE_CAPACITY
        self._tr_cycle[slot] = self._cycle
        self._tr_acc[slot] = self._acc
        self._tr_dw[slot] = self._last_dw
        self._tr_count += 1

    # ------------------------------------------------------------------ snapshot
    def snapshot(self) -> dict[str, Any]:
        """Copies of everything the panel draws."""
        k = min(self._tr_count, TRACE_CAPACITY)
        start = self._tr_count % TRACE_CAPACITY if self._tr_count > TRACE_CAPACITY else 0
        idx = (np.arange(k) + start) % TRACE_CAPACITY
        return {
            "n_units": self._n,
            "n_visible": self._nv,
            "n_hidden": self._nh,
            "n_inputs": self._ni,
            "cycle": self._cycle,
            "hidden_codes": self._codes.copy(),
            "output_probabilities": self._out_marg.copy(),
            "accuracy": self._acc,
            "learned": self.is_settled(),
            "weights": self._w.copy(),
            "biases": self._b.copy(),
            "mask": self._mask.copy(),
            "weights_version": self._weights_version,
            "patterns": self._patterns.copy(),
            "last_dw": self._last_dw,
            "update_rule": self._update,
            "learning_rate": self._eta,
            "trace_cycles": self._tr_cycle[idx],
            "trace_accuracy": self._tr_acc[idx],
            "trace_dw": self._tr_dw[idx],
            "trace_count": self._tr_count,
            "temperature": self._T,
            "seed": self._seed,
        }

    def state_dict(self) -> dict[str, Any]:
        """Weights, biases, seed and cycle count (the problem itself is given to the constructor).

        ``"dynamics"`` holds the generator's state and the traces, so that a restored
        learner goes on exactly as this one would.
        """
        return {"version": _STATE_DICT_VERSION, "n_units": self._n, "weights": self._w.copy(),
                "biases": self._b.copy(), "seed": self._seed, "cycle": self._cycle,
                "dynamics": {"rng": generator_state(self._rng), "last_dw": float(self._last_dw),
                             "trace_count": int(self._tr_count), "trace_cycles": self._tr_cycle.copy(),
                             "trace_accuracy": self._tr_acc.copy(), "trace_dw": self._tr_dw.copy()}}

    def load_state_dict(self, state: Mapping[str, Any]) -> None:
        """Restore :meth:`state_dict`'s weights and biases; ValueError (nothing changed) if they do not fit.

        The generator restarts from the saved seed; traces start again.
        """
        if not isinstance(state, Mapping):
            raise ValueError(tr("a learner's state must be a mapping of names to values"))
        missing = [k for k in ("n_units", "weights", "biases", "seed", "cycle") if k not in state]
        if missing:
            raise ValueError(tr("this learner's state is missing {value}", value=', '.join(missing)))
        if state["n_units"] != self._n:
            raise ValueError(tr("this state is for {units!r} units; this learner has {n}", units=state["n_units"],
                                n=self._n))
        seed = _check_int(state["seed"], tr("a seed"), 0)
        cycle = _check_int(state["cycle"], tr("the cycle count"), 0)
        dynamics = self._checked_dynamics(state["dynamics"]) if state.get("dynamics") is not None else None
        w0, b0, v0 = self._w, self._b, self._weights_version
        self.set_weights(state["weights"], state["biases"])  # validates; raises before changing anything
        w, b = self._w, self._b
        self.reset(seed)
        self._w, self._b, self._cycle = w, b, cycle
        self._weights_version = max(v0, self._weights_version) + 1
        del w0, b0
        self._evaluate()
        self._tr_count = 0
        self._push_trace()
        if dynamics is not None:
            (self._rng, self._last_dw, self._tr_count, self._tr_cycle, self._tr_acc,
             self._tr_dw) = dynamics

    @staticmethod
    def _checked_dynamics(d: Any) -> tuple:
        if not isinstance(d, Mapping):
            raise ValueError(tr("the learner's run state must be a mapping of names to values"))
        cap = (TRACE_CAPACITY,)
        try:
            return (generator_from_state(d["rng"], "the learner's generator"),
                    float(checked_array(d["last_dw"], (), np.float64, tr("the last weight change"))),
                    checked_int(d["trace_count"], tr("the trace length")),
                    checked_array(d["trace_cycles"], cap, np.int64, tr("the trace")),
                    checked_array(d["trace_accuracy"], cap, np.float64, tr("the accuracy trace"), finite=False),
                    checked_array(d["trace_dw"], cap, np.float64, tr("the trace")))
        except KeyError as exc:
            raise ValueError(tr("the learner's run state is missing {value}", value=exc.args[0])) from None


def fit(patterns: Any, hidden: int, cycles: int, seed: int | None = None, **options: Any) -> BoltzmannLearner:
    """Train a Boltzmann machine with ``hidden`` hidden units on 0/1 ``patterns`` for ``cycles`` cycles.

    ``options`` go to :class:`BoltzmannLearner` (n_inputs, mask, eta, annealing,
    collect_sweeps, free_runs, weight_decay, init_scale). Returns the trained learner.
    """
    arr = np.asarray(patterns)
    nv = arr.shape[-1] if arr.ndim else 0
    learner = BoltzmannLearner(n_visible=nv, n_hidden=hidden, seed=seed, patterns=patterns, **options)
    learner.fit(cycles)
    return learner
