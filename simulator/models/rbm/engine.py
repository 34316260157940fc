"""The Bernoulli restricted Boltzmann machine: contrastive divergence, sampling, free energy, likelihoods."""

from __future__ import annotations

import math
import numbers
from typing import Any, Mapping

import numpy as np

from simulator.core.blas import use_serial_blas
from simulator.core.checks import check_seed
from simulator.core.restore import generator_from_state
from simulator.core.text import tr
from simulator.models.rbm import kernels as K

#: Largest hidden layer for the exact log-likelihood (2^20 hidden states summed).
MAX_EXACT_HIDDEN = 20
#: Pre-drawn uniforms per kernel call at most: bounds the memory of one chunk of batches.
MAX_UNIFORMS_PER_CHUNK = 2_000_000
#: Practical-guide defaults (Hinton, 2010).
DEFAULTS = dict(batch_size=10, learning_rate=0.1, k=1, persistent=False, momentum=0.5, weight_decay=0.0001)

_STATE_DICT_VERSION = 1


def _check_int(value: Any, what: str, lo: int, hi: int | None = None) -> int:
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):
        raise ValueError(tr("{what} must be a whole number, got {value}", what=what, value=repr(value)))
    if value < lo or (hi is not None and value > hi):
        if hi is None:
            raise ValueError(tr("{what} must be at least {lo}, got {value}", what=what, lo=lo, value=value))
        raise ValueError(tr("{what} must be between {lo} and {hi}, got {value}", what=what, lo=lo, hi=hi, value=value))
    return int(value)


def _check_real(value: Any, what: str, lo: float, hi: float | None = None, lo_open: bool = False) -> float:
    if isinstance(value, bool) or not isinstance(value, numbers.Real) or not math.isfinite(float(value)):
        raise ValueError(tr("{what} must be a finite number, got {value}", what=what, value=repr(value)))
    v = float(value)
    if v < lo or (lo_open and v == lo) or (hi is not None and v > hi):
        if hi is None:
            raise ValueError(tr("{what} must be above {lo:g}, got {v:g}", what=what, lo=lo, v=v) if lo_open
                             else tr("{what} must be at least {lo:g}, got {v:g}", what=what, lo=lo, v=v))
        raise ValueError(tr("{what} must be above {lo:g} and at most {hi:g}, got {v:g}", what=what, lo=lo, hi=hi, v=v)
                         if lo_open else tr("{what} must be at least {lo:g} and at most {hi:g}, got {v:g}", what=what,
                                            lo=lo, hi=hi, v=v))
    return v


def check_data(data: Any, n_visible: int, what: str | None = None) -> np.ndarray:
    """``data`` as an (m, n_visible) float64 array (one row allowed as 1-D), values in [0, 1].

    Not a copy when ``data`` already is a float64 array: callers that keep it copy it.

    Raises ValueError with a sentence for wrong shape, NaN or values outside [0, 1].
    """
    if what is None:
        what = tr("the data")
    try:
        arr = np.asarray(data, dtype=np.float64)
    except (TypeError, ValueError):
        raise ValueError(tr("{what} must be numbers (an array of rows of {n} values in [0, 1])", what=what,
                            n=n_visible)) from None
    if arr.ndim == 1:
        arr = arr[None, :]
    if arr.ndim != 2 or arr.shape[1] != n_visible:
        raise ValueError(tr("{what} must have {n} values per row (one per visible unit), got shape {shape}",
                            what=what, n=n_visible, shape=tuple(np.shape(data))))
    if arr.shape[0] == 0:
        raise ValueError(tr("{what} has no rows", what=what))
    bad = np.isnan(arr)
    if bad.any():
        r, c = np.argwhere(bad)[0]
        raise ValueError(tr("{what} contains NaN ({count} values, the first at row {row}, column {col})", what=what,
                            count=int(bad.sum()), row=r, col=c))
    out = (arr < 0) | (arr > 1)
    if out.any():
        r, c = np.argwhere(out)[0]
        raise ValueError(tr("RBM units are probabilities in [0, 1]; {what} has {value:g} at row {row}, column {col}",
                            what=what, value=arr[r, c], row=r, col=c))
    return arr


class RBM:
    """A Bernoulli-Bernoulli restricted Boltzmann machine.

    E(v, h) = -a.v - b.h - v.W.h; p(h_j = 1 | v) = sigma(b_j + sum_i w_ij v_i),
    p(v_i = 1 | h) = sigma(a_i + sum_j w_ij h_j). Trained by contrastive divergence
    (CD-k) or persistent CD, with momentum and weight decay.

    Parameters
    ----------
    n_visible, n_hidden : int
        Layer sizes (at least 1).
    seed : int, optional
        Seed of the one random generator (initial weights, batch order, Gibbs samples).
        None picks one from the operating system (readable as :attr:`seed`).

    Attributes
    ----------
    weights : numpy.ndarray
        (n_visible, n_hidden) float64 copy; settable (finite, right shape).
    visible_bias, hidden_bias : numpy.ndarray
        (n_visible,) and (n_hidden,) float64 copies; settable.
    """

    def __init__(self, n_visible: int, n_hidden: int, seed: int | None = None) -> None:
        self.n_visible = _check_int(n_visible, tr("the number of visible units"), 1)
        self.n_hidden = _check_int(n_hidden, tr("the number of hidden units"), 1)
        self.seed = check_seed(seed) if seed is not None else int(np.random.SeedSequence().entropy % (2**31))
        # The kernels' products on one BLAS thread: the same numbers on any machine, beside a GAN or not.
        use_serial_blas()
        self.rng = np.random.default_rng(self.seed)
        self._w = (0.01 * self.rng.standard_normal((self.n_visible, self.n_hidden))).astype(np.float32)
        self._a = np.zeros(self.n_visible, np.float32)
        self._b = np.zeros(self.n_hidden, np.float32)
        self.params = dict(DEFAULTS)
        self._clear_session()

    # ------------------------------------------------------------------ parameters
    def _clear_session(self) -> None:
        self._vw = np.zeros_like(self._w)
        self._va = np.zeros_like(self._a)
        self._vb = np.zeros_like(self._b)
        self._data: np.ndarray | None = None
        self._order = np.zeros(0, np.int64)
        self._next_batch = 0
        self._chains: np.ndarray | None = None
        self.epoch = 0
        self.batches = 0
        self.error: str | None = None

    @property
    def weights(self) -> np.ndarray:
        return self._w.astype(np.float64)

    @weights.setter
    def weights(self, value: Any) -> None:
        self._w = self._checked_param(value, (self.n_visible, self.n_hidden), "the weights")

    @property
    def visible_bias(self) -> np.ndarray:
        return self._a.astype(np.float64)

    @visible_bias.setter
    def visible_bias(self, value: Any) -> None:
        self._a = self._checked_param(value, (self.n_visible,), "the visible bias")

    @property
    def hidden_bias(self) -> np.ndarray:
        return self._b.astype(np.float64)

    @hidden_bias.setter
    def hidden_bias(self, value: Any) -> None:
        self._b = self._checked_param(value, (self.n_hidden,), "the hidden bias")

    @staticmethod
    def _checked_param(value: Any, shape: tuple[int, ...], what: str) -> np.ndarray:
        try:
            arr = np.array(value, dtype=np.float64)
        except (TypeError, ValueError):
            raise ValueError(tr("{what} must be numbers", what=what)) from None
        if arr.shape != shape:
            raise ValueError(tr("{what} must have shape {shape}, got {got}", what=what, shape=shape, got=arr.shape))
        with np.errstate(over="ignore"):  # beyond float32's range becomes infinity: refused just below
            arr = np.ascontiguousarray(arr, dtype=np.float32)
        if not np.isfinite(arr).all():
            raise ValueError(tr("{what} contain NaN or infinity", what=what))
        return arr

    def set_params(self, **params: Any) -> None:
        """Set training parameters (batch_size, learning_rate, k, persistent, momentum, weight_decay)."""
        self.params = self._checked_params(params)

    def _checked_params(self, params: Mapping[str, Any]) -> dict[str, Any]:
        unknown = set(params) - set(DEFAULTS)
        if unknown:
            raise ValueError(tr("unknown training parameter(s) {names}; choose from {choices}",
                                names=", ".join(sorted(unknown)), choices=", ".join(DEFAULTS)))
        p = {**self.params, **params}
        return dict(batch_size=_check_int(p["batch_size"], tr("the mini-batch size"), 1),
                    learning_rate=_check_real(p["learning_rate"], tr("the learning rate"), 0.0, lo_open=True),
                    k=_check_int(p["k"], tr("k (Gibbs steps per update)"), 1, 1000),
                    persistent=bool(p["persistent"]),
                    momentum=_check_real(p["momentum"], tr("the momentum"), 0.0, 0.999),
                    weight_decay=_check_real(p["weight_decay"], tr("the weight decay"), 0.0))

    # ------------------------------------------------------------------ training
    def start_training(self, data: Any, **params: Any) -> None:
        """Validate ``data`` and parameters and begin a fresh training run (velocities and chains cleared)."""
        arr = check_data(data, self.n_visible)
        p = self._checked_params(params)
        self.params = p
        self._clear_session()
        self._data = np.ascontiguousarray(arr, dtype=np.float32)
        self._chains = (self.rng.random((p["batch_size"], self.n_visible)) < 0.5).astype(np.float32)

    @property
    def batches_per_epoch(self) -> int:
        if self._data is None:
            return 0
        return -(-self._data.shape[0] // self.params["batch_size"])

    def train_batches(self, n: int) -> tuple[int, np.ndarray]:
        """Run ``n`` mini-batch updates of the current training run.

        Returns ``(done, recon)``: batches applied and the squared reconstruction error per
        sample of each. Stops early (``done < n``, :attr:`error` set, last good weights kept)
        when an update would make a parameter NaN or infinite.
        """
        n = _check_int(n, tr("the number of mini-batches"), 0)
        if self._data is None:
            raise ValueError(tr("no training data yet: call fit() or start_training() first"))
        if self.error is not None:
            return 0, np.zeros(0)
        p = self.params
        bs, k, pers = p["batch_size"], p["k"], p["persistent"]
        nb_epoch = self.batches_per_epoch
        per_batch = bs * (k + 1) * (self.n_hidden + self.n_visible)
        chunk_max = max(1, MAX_UNIFORMS_PER_CHUNK // per_batch)
        done = 0
        recon = np.empty(n, np.float64)
        while done < n:
            if self._next_batch >= nb_epoch or self._order.shape[0] == 0:
                if self._order.shape[0]:
                    self.epoch += 1
                self._order = self.rng.permutation(self._data.shape[0]).astype(np.int64)
                self._next_batch = 0
            m = min(n - done, nb_epoch - self._next_batch, chunk_max)
            uh, uv = draw_uniforms(self.rng, m, k, pers, bs, self.n_hidden, self.n_visible)
            got = K.cd_chunk(self._data, self._order, self._next_batch, m, bs, k, pers, self._chains,
                             self._w, self._a, self._b, self._vw, self._va, self._vb,
                             p["learning_rate"], p["momentum"], p["weight_decay"], uh, uv, recon[done:done + m])
            done += got
            self._next_batch += got
            self.batches += got
            if got < m:
                self._vw[:] = 0.0
                self._va[:] = 0.0
                self._vb[:] = 0.0
                self.error = tr("training diverged at epoch {epoch}, mini-batch {batch}: an update would make the "
                                "weights NaN or infinite; the last good weights are kept (lower the learning rate "
                                "or momentum)", epoch=self.epoch + 1, batch=self._next_batch + 1)
                break
        if self._next_batch >= nb_epoch:
            self.epoch += 1
            self._order = np.zeros(0, np.int64)
            self._next_batch = 0
        return done, recon[:done]

    def fit(self, data: Any, epochs: int, batch_size: int = 10, learning_rate: float = 0.1, k: int = 1,
            persistent: bool = False, momentum: float = 0.5, weight_decay: float = 0.0001) -> "RBM":
        """Train for ``epochs`` passes over ``data`` (rows in [0, 1]) in shuffled mini-batches.

        Raises ValueError (nothing changed) for bad data or parameters, and ``FloatingPointError``
        when training diverges (the last good weights are kept). Returns self.
        """
        epochs = _check_int(epochs, tr("the number of epochs"), 0)
        self.start_training(data, batch_size=batch_size, learning_rate=learning_rate, k=k,
                            persistent=persistent, momentum=momentum, weight_decay=weight_decay)
        self.train_batches(epochs * self.batches_per_epoch)
        if self.error is not None:
            raise FloatingPointError(self.error)
        return self

    def partial_fit(self, batch: Any) -> float:
        """One update on ``batch`` (its rows as one mini-batch) with the current parameters.

        Momentum carries over between calls; persistent chains are kept when the batch size
        stays the same. Returns the batch's mean squared reconstruction error.
        """
        arr = check_data(batch, self.n_visible, tr("the batch"))
        p = self.params
        m, k, pers = arr.shape[0], p["k"], p["persistent"]
        if self._chains is None or self._chains.shape[0] != m:
            self._chains = (self.rng.random((m, self.n_visible)) < 0.5).astype(np.float32)
        uh, uv = draw_uniforms(self.rng, 1, k, pers, m, self.n_hidden, self.n_visible)
        recon = np.zeros(1)
        data = np.ascontiguousarray(arr, dtype=np.float32)
        got = K.cd_chunk(data, np.arange(m, dtype=np.int64), 0, 1, m, k, pers, self._chains, self._w, self._a,
                         self._b, self._vw, self._va, self._vb, p["learning_rate"], p["momentum"],
                         p["weight_decay"], uh, uv, recon)
        if got < 1:
            self._vw[:] = 0.0
            raise FloatingPointError(tr("this update would make the weights NaN or infinite; they were kept "
                                        "(lower the learning rate)"))
        self.batches += 1
        return float(recon[0])

    # ------------------------------------------------------------------ inference
    def transform(self, v: Any) -> np.ndarray:
        """Hidden probabilities p(h = 1 | v), (m, n_hidden) float64."""
        x = check_data(v, self.n_visible, tr("the visible states"))
        return _sigmoid(x @ self._w.astype(np.float64) + self._b)

    def visible_probabilities(self, h: Any) -> np.ndarray:
        """p(v = 1 | h), (m, n_visible) float64."""
        x = check_data(h, self.n_hidden, tr("the hidden states"))
        return _sigmoid(x @ self._w.T.astype(np.float64) + self._a)

    def reconstruct(self, v: Any) -> np.ndarray:
        """Mean-field reconstruction p(v' = 1 | h = p(h | v)), (m, n_visible) float64."""
        return _sigmoid(self.transform(v) @ self._w.T.astype(np.float64) + self._a)

    def gibbs(self, v: Any, steps: int = 1) -> np.ndarray:
        """Binary visible states after ``steps`` Gibbs steps v -> h -> v from each row of ``v``."""
        x = check_data(v, self.n_visible, tr("the visible states"))
        steps = _check_int(steps, tr("the number of Gibbs steps"), 0)
        return self._gibbs(x, steps, np.zeros(x.shape, bool))[0].astype(np.float64)

    def _gibbs(self, x: np.ndarray, steps: int, known: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        m = x.shape[0]
        v = np.ascontiguousarray(x, dtype=np.float32)
        target = v.copy()
        h = np.zeros((m, self.n_hidden), np.float32)
        vp = v.copy()
        uh, uv = draw_blocks(self.rng, steps, (m, self.n_hidden), (m, self.n_visible))
        K.gibbs(v, self._w, self._a, self._b, uh, uv, np.ascontiguousarray(known, dtype=np.bool_), target, h, vp)
        return v, h, vp

    def complete(self, v: Any, known_mask: Any, steps: int = 100) -> np.ndarray:
        """Fill in the unknown pixels of ``v`` by Gibbs sampling with the known ones clamped.

        Returns the probabilities p(v_i = 1 | h) of the unknown units averaged over the second
        half of the chain, with the known values kept as given ((m, n_visible) float64).
        """
        x = check_data(v, self.n_visible, tr("the image to complete"))
        mask = np.array(known_mask, dtype=bool)
        if mask.ndim == 1 and mask.shape[0] == x.shape[1]:
            mask = np.broadcast_to(mask, x.shape)
        if mask.shape != x.shape:
            raise ValueError(tr("the known mask must have shape {shape} like the image, got {got}", shape=x.shape,
                                got=mask.shape))
        steps = _check_int(steps, tr("the number of Gibbs steps"), 1)
        state = x.copy()
        # Unknown pixels start from noise, so nothing of the occluder leaks in.
        state[~mask] = (self.rng.random(int((~mask).sum())) < 0.5)
        burn = steps // 2
        cur, _, _ = self._gibbs(state, burn, mask) if burn else (state.astype(np.float32), None, None)
        acc = np.zeros(x.shape)
        cur = cur.astype(np.float64)
        for _ in range(steps - burn):
            cur32, _, vp = self._gibbs(cur, 1, mask)
            acc += vp
            cur = cur32.astype(np.float64)
        out = acc / (steps - burn)
        out[mask] = x[mask]
        return out

    def free_energy(self, v: Any) -> np.ndarray:
        """F(v) = -a.v - sum_j log(1 + exp(b_j + v.W[:, j])), so p(v) = exp(-F(v)) / Z; (m,) float64."""
        x = check_data(v, self.n_visible, tr("the visible states"))
        return self._free_energy(x)

    def _free_energy(self, x: np.ndarray) -> np.ndarray:
        out = np.empty(x.shape[0])
        K.free_energies(np.ascontiguousarray(x, dtype=np.float64), self._w.astype(np.float64),
                        self._a.astype(np.float64), self._b.astype(np.float64), out)
        return out

    def log_partition(self) -> float:
        """log Z, exact, by summing over the 2^n_hidden hidden states (n_hidden <= 20)."""
        if self.n_hidden > MAX_EXACT_HIDDEN:
            raise ValueError(tr("the exact log-likelihood sums over 2^n_hidden hidden states, which is only done for "
                                "at most {most} hidden units; this RBM has {n}", most=MAX_EXACT_HIDDEN,
                                n=self.n_hidden))
        return float(K.log_partition(self._w.astype(np.float64), self._a.astype(np.float64),
                                     self._b.astype(np.float64)))

    def log_likelihood(self, data: Any) -> float:
        """Mean exact log p(v) over the rows of ``data`` (nats), for at most 20 hidden units."""
        x = check_data(data, self.n_visible)
        log_z = self.log_partition()
        return float(np.mean(-self._free_energy(x) - log_z))

    def pseudo_likelihood(self, data: Any, rng: np.random.Generator | None = None) -> np.ndarray:
        """scikit-learn's pseudo-likelihood per row: n_visible * log sigma(F(v with one random bit flipped) - F(v)).

        The flipped position of each row comes from ``rng`` (default: the RBM's generator).
        """
        x = check_data(data, self.n_visible)
        g = self.rng if rng is None else rng
        idx = g.integers(0, self.n_visible, x.shape[0])
        return pseudo_likelihood_at(self, x, idx)

    def reconstruction_error(self, data: Any) -> float:
        """Mean over rows of the squared error sum_i (v_i - reconstruct(v)_i)^2."""
        x = check_data(data, self.n_visible)
        return float(np.mean(np.sum((x - self.reconstruct(x)) ** 2, axis=1)))

    # ------------------------------------------------------------------ state
    def state_dict(self) -> dict[str, Any]:
        """Weights, biases, parameters, seed and counters (enough to restore the model)."""
        return {"version": _STATE_DICT_VERSION, "n_visible": self.n_visible, "n_hidden": self.n_hidden,
                "seed": self.seed, "weights": self.weights, "visible_bias": self.visible_bias,
                "hidden_bias": self.hidden_bias, "params": dict(self.params), "epoch": self.epoch,
                "batches": self.batches}

    def load_state_dict(self, state: Mapping[str, Any]) -> None:
        """Restore what :meth:`state_dict` returned (validated first; nothing changes on error)."""
        if state.get("n_visible") != self.n_visible or state.get("n_hidden") != self.n_hidden:
            raise ValueError(tr("this state is for a {nv}x{nh} RBM, not {own_nv}x{own_nh}", nv=state.get("n_visible"),
                                nh=state.get("n_hidden"), own_nv=self.n_visible, own_nh=self.n_hidden))
        w = self._checked_param(state["weights"], (self.n_visible, self.n_hidden), tr("the weights"))
        a = self._checked_param(state["visible_bias"], (self.n_visible,), tr("the visible bias"))
        b = self._checked_param(state["hidden_bias"], (self.n_hidden,), tr("the hidden bias"))
        params = self._checked_params(state.get("params", {}))
        self._w, self._a, self._b, self.params = w, a, b, params
        self.epoch = int(state.get("epoch", 0))
        self.batches = int(state.get("batches", 0))


    def training_state(self) -> dict[str, Any]:
        """The training run under way, beyond :meth:`state_dict`: the random generator's state, the momentum
        velocities, the data, this pass's batch order and position, the persistent chains and the error."""
        return {"rng": self.rng.bit_generator.state, "velocity_w": self._vw.copy(), "velocity_a": self._va.copy(),
                "velocity_b": self._vb.copy(), "data": None if self._data is None else self._data.copy(),
                "order": self._order.copy(), "next_batch": int(self._next_batch),
                "chains": None if self._chains is None else self._chains.copy(),
                "error": None if self.error is None else str(self.error)}

    def load_training_state(self, state: Mapping[str, Any]) -> None:
        """Restore :meth:`training_state` (after :meth:`load_state_dict`); validated first, nothing changes on error."""
        nv, nh = self.n_visible, self.n_hidden
        try:
            rng = generator_from_state(state["rng"], tr("the training's random generator"))
            # Copies: the engine updates them in place, and the state may be loaded again elsewhere.
            with np.errstate(invalid="ignore", over="ignore"):  # NaN and overflow are refused below
                vel = [np.array(state[k], np.float32) for k in ("velocity_w", "velocity_a", "velocity_b")]
                data = None if state["data"] is None else np.array(state["data"], np.float32, order="C")
                chains = None if state["chains"] is None else np.array(state["chains"], np.float32, order="C")
            raw_order = np.asarray(state["order"])
            if raw_order.dtype.kind not in "biu" and not (raw_order.dtype.kind == "f" and raw_order.size == 0):
                raise ValueError(tr("the saved batch order must be whole numbers"))
            order = raw_order.astype(np.int64)
            next_batch = _check_int(state["next_batch"], tr("the next mini-batch"), 0)
            error = state["error"]
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(tr("the saved training run is incomplete or damaged ({error})", error=exc)) from None
        if [v.shape for v in vel] != [(nv, nh), (nv,), (nh,)]:
            raise ValueError(tr("the saved momentum does not fit this RBM's size"))
        if not all(np.isfinite(v).all() for v in vel) or (chains is not None and not np.isfinite(chains).all()):
            raise ValueError(tr("the saved momentum and chains must hold finite numbers"))
        if data is not None and (data.ndim != 2 or data.shape[1] != nv or not np.isfinite(data).all()):
            raise ValueError(tr("the saved training data must be rows of {n} numbers", n=nv))
        n_rows = 0 if data is None else data.shape[0]
        if order.ndim != 1 or (order.size and (order.size != n_rows or order.min() < 0 or order.max() >= n_rows)):
            raise ValueError(tr("the saved batch order does not fit the saved data"))
        if chains is not None and (chains.ndim != 2 or chains.shape[1] != nv):
            raise ValueError(tr("the saved chains must be rows of {n} units", n=nv))
        if error is not None and not isinstance(error, str):
            raise ValueError(tr("the saved error must be a text"))
        self.rng = rng
        self._vw, self._va, self._vb = vel
        self._data, self._order, self._next_batch, self._chains, self.error = data, order, next_batch, chains, error


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 0.5 * (1.0 + np.tanh(0.5 * x))


def draw_blocks(rng: np.random.Generator, n: int, shape_a: tuple[int, ...],
                shape_b: tuple[int, ...]) -> tuple[np.ndarray, np.ndarray]:
    """Random 32-bit integers (uniforms, see :func:`kernels.to_uniform`) for ``n`` steps:
    uint32 views (n, *shape_a) and (n, *shape_b).

    Drawn step by step (step t's a, then its b, padded to an even count), so the numbers a
    step gets do not depend on how the steps are grouped into calls: same seed, same run.
    """
    la, lb = int(np.prod(shape_a)), int(np.prod(shape_b))
    width = la + lb + ((la + lb) & 1)
    bits = K.random_bits(rng, (n, width))
    # Views, not copies: splitting the contiguous last axis needs no copy.
    return bits[:, :la].reshape((n, *shape_a)), bits[:, la:la + lb].reshape((n, *shape_b))


def draw_uniforms(rng: np.random.Generator, n_batches: int, k: int, persistent: bool, batch_size: int,
                  n_hidden: int, n_visible: int) -> tuple[np.ndarray, np.ndarray]:
    """The random 32-bit integers of ``n_batches`` CD updates (see :func:`kernels.cd_chunk`):
    (n_batches, k [+1 if persistent], batch, n_hidden) and (n_batches, k, batch, n_visible),
    drawn batch by batch (see :func:`draw_blocks`)."""
    return draw_blocks(rng, n_batches, (k + (1 if persistent else 0), batch_size, n_hidden),
                       (k, batch_size, n_visible))


def pseudo_likelihood_at(rbm: RBM, x: np.ndarray, idx: np.ndarray) -> np.ndarray:
    """Pseudo-likelihood of rows ``x`` flipping bit ``idx[r]`` of row r (see :meth:`RBM.pseudo_likelihood`)."""
    flipped = x.copy()
    rows = np.arange(x.shape[0])
    flipped[rows, idx] = 1.0 - flipped[rows, idx]
    d = rbm._free_energy(flipped) - rbm._free_energy(x)
    return -x.shape[1] * np.logaddexp(0.0, -d)
