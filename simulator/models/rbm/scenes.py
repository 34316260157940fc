"""Runner-driven RBM engines: live training, dreaming (free Gibbs chains) and completion (clamped sampling)."""

from __future__ import annotations

from typing import Any, Mapping

import numpy as np

from simulator.core.checks import check_seed
from simulator.core.restore import generator_from_state
from simulator.core.text import tr
from simulator.models.rbm.data import digit_data
from simulator.models.rbm.engine import (
    MAX_EXACT_HIDDEN,
    RBM,
    _check_int,
    _sigmoid,
    check_data,
    pseudo_likelihood_at,
)

#: Fixed histogram edges, so bars do not jump between frames.
WEIGHT_EDGES = np.linspace(-3.0, 3.0, 41)
HIDDEN_EDGES = np.linspace(0.0, 1.0, 21)
#: Rows used for the likelihood traces (a fixed subset: same rows, same flipped bits each epoch).
LIKELIHOOD_ROWS = 400
#: Inputs shown beside their reconstructions.
SHOWN_BATCH = 10
#: Reconstruction-error points per epoch.
RECON_POINTS_PER_EPOCH = 10
TRACE_CAPACITY = 4096
#: Hidden layers up to this size get the exact log-likelihood after every epoch.
EXACT_EVERY_EPOCH_HIDDEN = 16


def _hist(x: np.ndarray, edges: np.ndarray) -> np.ndarray:
    # Values beyond the edges land in the end bins, so every weight is counted.
    # The edges are evenly spaced: a value's bin is computed, then corrected against the edges
    # themselves (as np.histogram does for even bins), instead of np.histogram's search per value,
    # which cost a millisecond per snapshot of 500 hidden units in the runner's thread.
    n = len(edges) - 1
    lo, hi = float(edges[0]), float(edges[-1])
    v = np.clip(np.asarray(x, np.float64).ravel(), lo, hi)
    idx = ((v - lo) * (n / (hi - lo))).astype(np.intp)
    np.minimum(idx, n - 1, out=idx)
    idx -= v < edges[idx]
    idx += (v >= edges[idx + 1]) & (idx != n - 1)
    return np.bincount(idx, minlength=n).astype(np.int64)


def correlation_sizes(v0: np.ndarray, w: np.ndarray, a: np.ndarray, b: np.ndarray,
                      k: int) -> tuple[float, float, float]:
    """Sizes (Frobenius norms) of CD's two terms on the rows ``v0``, with probabilities instead of samples.

    Returns (||<v h^T>_data||, ||<v h^T>_recon||, ||their difference||): the first with h = p(h | v0), the second
    after ``k`` mean-field steps v -> h -> v from ``v0``; both averaged over the rows.
    """
    m = max(1, v0.shape[0])
    h0 = _sigmoid(v0 @ w + b)
    v, h = v0, h0
    for _ in range(max(1, k)):
        v = _sigmoid(h @ w.T + a)
        h = _sigmoid(v @ w + b)
    data = v0.T @ h0 / m
    recon = v.T @ h / m
    return float(np.linalg.norm(data)), float(np.linalg.norm(recon)), float(np.linalg.norm(data - recon))


class _Ring:
    """Fixed-capacity trace of float rows, oldest dropped first."""

    def __init__(self, width: int, capacity: int = TRACE_CAPACITY) -> None:
        self.buf = np.zeros((capacity, width))
        self.n = 0

    def push(self, *values: float) -> None:
        cap = self.buf.shape[0]
        if self.n >= cap:
            self.buf[:-1] = self.buf[1:]
            self.buf[-1] = values
        else:
            self.buf[self.n] = values
        self.n += 1

    def array(self) -> np.ndarray:
        return self.buf[:min(self.n, self.buf.shape[0])].copy()

    def state(self) -> dict[str, Any]:
        return {"rows": self.array(), "count": int(self.n)}

    def checked(self, state: Any, what: str) -> tuple[np.ndarray, int]:
        """``state`` of :meth:`state` validated for this ring (ValueError otherwise), ready for :meth:`load`."""
        try:
            rows = np.asarray(state["rows"], np.float64).reshape(-1, self.buf.shape[1])
            count = _check_int(state["count"], tr("the length of {what}", what=what), 0)
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(tr("the saved {what} is damaged ({error})", what=what, error=exc)) from None
        if len(rows) != min(count, self.buf.shape[0]):
            raise ValueError(tr("the saved {what} has {rows} rows for {count} points", what=what, rows=len(rows),
                                count=count))
        return rows, count

    def load(self, rows: np.ndarray, count: int) -> None:
        self.buf[:len(rows)] = rows
        self.n = count


class RBMTrainer:
    """An RBM learning live, for the Runner: ``step(n)`` runs ``n`` mini-batches.

    Parameters
    ----------
    data, heldout : array-like, optional
        Training and held-out rows in [0, 1]. Default: the handwritten digits binarised by
        ``binarization``, 20 % held out.
    n_hidden : int
        Hidden units.
    epochs : int
        Training stops (settles) after this many passes.
    seed : int
        Seed of the RBM (initial weights, batch order, samples).
    **params
        Training parameters of :meth:`RBM.set_params` (batch_size, learning_rate, k,
        persistent, momentum, weight_decay).
    """

    def __init__(self, data: Any = None, n_hidden: int = 100, epochs: int = 20, seed: int = 0,
                 heldout: Any = None, binarization: str = "threshold", **params: Any) -> None:
        if data is None:
            d = digit_data(binarization, 0.2, seed=0)
            data, heldout = d.train, d.heldout
        first = np.asarray(data)
        nv = first.shape[-1] if first.ndim else 0
        self.data = check_data(data, nv, tr("the training data")).copy()
        self.heldout = check_data(heldout, nv, tr("the held-out data")).copy() if heldout is not None else None
        self.n_visible = nv
        self.n_hidden = _check_int(n_hidden, tr("the number of hidden units"), 1)
        self.epochs = _check_int(epochs, tr("the number of epochs"), 0)
        self.seed = check_seed(seed)
        probe = RBM(nv, self.n_hidden, seed=self.seed)
        probe.set_params(**params)
        self.params = dict(probe.params)
        self.reset(self.seed)

    # ------------------------------------------------------------------ Engine protocol
    def reset(self, seed: int | None = None) -> None:
        """Fresh random weights (same seed: the same run again), traces cleared."""
        if seed is not None:
            self.seed = check_seed(seed)
        self.rbm = RBM(self.n_visible, self.n_hidden, seed=self.seed)
        self.rbm.start_training(self.data, **self.params)
        g = np.random.default_rng(self.seed + 1)
        self._ll_train = self.data[np.sort(g.permutation(len(self.data))[:LIKELIHOOD_ROWS])]
        self._ll_train_idx = g.integers(0, self.n_visible, len(self._ll_train))
        if self.heldout is not None:
            self._ll_held = self.heldout[np.sort(g.permutation(len(self.heldout))[:LIKELIHOOD_ROWS])]
            self._ll_held_idx = g.integers(0, self.n_visible, len(self._ll_held))
        shown_from = self.heldout if self.heldout is not None else self.data
        self._shown = shown_from[np.sort(g.permutation(len(shown_from))[:SHOWN_BATCH])]
        self._recon = _Ring(2)
        self._pll = _Ring(3)
        self._ell = _Ring(3)
        self._acc_err = 0.0
        self._acc_n = 0
        self._evaluate()

    def set_params(self, **params: Any) -> None:
        """Change training parameters live (validated; nothing changes on error)."""
        old_bs = self.rbm.params["batch_size"]
        self.rbm.set_params(**params)
        self.params = dict(self.rbm.params)
        if self.params["batch_size"] != old_bs:
            # A new batch size restarts the current pass over the data with new chains.
            self.rbm._order = np.zeros(0, np.int64)
            self.rbm._next_batch = 0
            self.rbm._chains = (self.rbm.rng.random((self.params["batch_size"], self.n_visible)) < 0.5
                                ).astype(np.float32)

    def set_epochs(self, epochs: int) -> None:
        self.epochs = _check_int(epochs, tr("the number of epochs"), 0)

    @property
    def batches_per_epoch(self) -> int:
        return self.rbm.batches_per_epoch

    def step(self, n: int = 1) -> int:
        """Run up to ``n`` mini-batches (never past the last epoch); returns how many ran."""
        n = _check_int(n, tr("the number of mini-batches"), 0)
        done = 0
        nb = self.rbm.batches_per_epoch
        block = max(1, nb // RECON_POINTS_PER_EPOCH)
        while done < n and not self.is_settled():
            left_epoch = nb - self.rbm._next_batch
            m = min(n - done, left_epoch, block - self._acc_n)
            epoch_before = self.rbm.epoch
            got, recon = self.rbm.train_batches(m)
            done += got
            # Added in mini-batch order (not sum's pairwise order): the same however the Runner chunks the steps.
            self._acc_err = float(np.cumsum(np.concatenate(([self._acc_err], recon)))[-1])
            self._acc_n += got
            if self._acc_n >= block or self.rbm.epoch != epoch_before:
                if self._acc_n:
                    self._recon.push(self.epoch_float, self._acc_err / self._acc_n)
                self._acc_err, self._acc_n = 0.0, 0
            if self.rbm.epoch != epoch_before:
                self._evaluate()
            if got < m:
                break
        return done

    def advance(self, n: int, stop_when_settled: bool = True) -> int:
        """The runner's entry point: :meth:`step`, whose count (fewer at the last epoch) the runner then uses.

        A finished training has nothing left to do, so it stops there either way.

        Without it a finished training counted every chunk asked for, and the chunk, finished at
        once, doubled to 2^30: a soak read 209 billion mini-batches in ten minutes.
        """
        return self.step(n)

    @property
    def epoch_float(self) -> float:
        nb = max(1, self.rbm.batches_per_epoch)
        return self.rbm.epoch + self.rbm._next_batch / nb

    def _evaluate(self) -> None:
        e = float(self.rbm.epoch)
        train_ll = float(pseudo_likelihood_at(self.rbm, self._ll_train, self._ll_train_idx).mean())
        ho = (float(pseudo_likelihood_at(self.rbm, self._ll_held, self._ll_held_idx).mean())
              if self.heldout is not None else np.nan)
        self._pll.push(e, train_ll, ho)
        # The exact sum costs 2^n_hidden states (about 1 s at 20 hidden units): above 16 it
        # is taken every 2^(n_hidden - 16) epochs, keeping its average cost per epoch bounded.
        every = 2 ** max(0, self.n_hidden - EXACT_EVERY_EPOCH_HIDDEN)
        if self.n_hidden <= MAX_EXACT_HIDDEN and self.rbm.epoch % every == 0:
            log_z = self.rbm.log_partition()
            train_ll = float(np.mean(-self.rbm._free_energy(self._ll_train) - log_z))
            ho = (float(np.mean(-self.rbm._free_energy(self._ll_held) - log_z))
                  if self.heldout is not None else np.nan)
            self._ell.push(e, train_ll, ho)

    def is_settled(self) -> bool:
        return self.rbm.epoch >= self.epochs or self.rbm.error is not None

    def snapshot(self) -> dict[str, Any]:
        """Copies of what the panel draws (see the README's RBM section for the keys)."""
        r = self.rbm
        w = r._w.copy()
        # transform and reconstruct of the shown batch, sharing one float64 copy of the weights.
        w64 = w.astype(np.float64)
        hidden = _sigmoid(self._shown @ w64 + r._b)
        recon = _sigmoid(hidden @ w64.T + r._a)
        rec = self._recon.array()
        vh = correlation_sizes(self._shown.astype(np.float64), w64, r._a, r._b, int(self.params["k"]))
        pll = self._pll.array()
        ell = self._ell.array()
        return {
            "n_visible": self.n_visible, "n_hidden": self.n_hidden, "params": dict(self.params),
            "weights": w, "visible_bias": r._a.copy(), "hidden_bias": r._b.copy(),
            "epoch": r.epoch, "epoch_float": self.epoch_float, "epochs": self.epochs,
            "batches": r.batches, "batches_per_epoch": r.batches_per_epoch,
            "recon_epochs": rec[:, 0], "recon_error": rec[:, 1],
            "pseudo_ll_epochs": pll[:, 0], "pseudo_ll_train": pll[:, 1], "pseudo_ll_heldout": pll[:, 2],
            "exact_ll_available": self.n_hidden <= MAX_EXACT_HIDDEN,
            "exact_ll_epochs": ell[:, 0], "exact_ll_train": ell[:, 1], "exact_ll_heldout": ell[:, 2],
            "uniform_ll": -self.n_visible * float(np.log(2.0)),
            "batch_in": self._shown.astype(np.float32), "batch_recon": recon.astype(np.float32),
            "weight_hist": _hist(w, WEIGHT_EDGES), "weight_edges": WEIGHT_EDGES.copy(),
            "hidden_hist": _hist(hidden, HIDDEN_EDGES), "hidden_edges": HIDDEN_EDGES.copy(),
            "settled": self.is_settled(), "error": r.error,
            # CD's two terms on the shown digits (see correlation_sizes), for the explain pane.
            "vh_data_size": vh[0], "vh_recon_size": vh[1], "vh_difference_size": vh[2],
        }

    def state_dict(self) -> dict[str, Any]:
        """Everything to go on exactly: data, settings, weights, the training run under way and the traces."""
        return {"seed": self.seed, "epochs": self.epochs, "params": dict(self.params), "rbm": self.rbm.state_dict(),
                "n_hidden": self.n_hidden, "data": self.data.copy(),
                "heldout": None if self.heldout is None else self.heldout.copy(),
                "training": self.rbm.training_state(),
                "traces": {"recon": self._recon.state(), "pseudo_ll": self._pll.state(), "exact_ll": self._ell.state()},
                "pending_error": float(self._acc_err), "pending_batches": int(self._acc_n)}

    @classmethod
    def from_state_dict(cls, state: Mapping[str, Any]) -> "RBMTrainer":
        """A trainer that goes on exactly where the one that gave :meth:`state_dict` was (ValueError if damaged)."""
        try:
            trainer = cls(data=state["data"], heldout=state["heldout"], n_hidden=state["n_hidden"],
                          epochs=state["epochs"], seed=state["seed"], **dict(state["params"]))
        except (KeyError, TypeError) as exc:
            raise ValueError(f"the saved training is incomplete or damaged ({exc})") from None
        trainer.load_state_dict(state)
        return trainer

    def load_state_dict(self, state: Mapping[str, Any]) -> None:
        """Restore :meth:`state_dict` (weights and settings only, for a state without the training run);
        validated first, nothing changes on error."""
        if "training" not in state:
            self.rbm.load_state_dict(state["rbm"])
            self.params = dict(self.rbm.params)
            self.epochs = _check_int(state.get("epochs", self.epochs), "the number of epochs", 0)
            return
        rbm = RBM(self.n_visible, self.n_hidden, seed=self.seed)
        rbm.load_state_dict(state["rbm"])
        epochs = _check_int(state.get("epochs", self.epochs), "the number of epochs", 0)
        rbm.load_training_state(state["training"])
        try:
            traces = state["traces"]
            rings = [ring.checked(traces[key], what) for ring, key, what in (
                (self._recon, "recon", tr("reconstruction error trace")), (self._pll, "pseudo_ll",
                                                                           tr("likelihood trace")),
                (self._ell, "exact_ll", tr("exact likelihood trace")))]
            pending = (float(state["pending_error"]), _check_int(state["pending_batches"], tr("the batches"), 0))
        except (KeyError, TypeError) as exc:
            raise ValueError(tr("the saved training is incomplete or damaged ({error})", error=exc)) from None
        if rbm._data is None or rbm._data.shape != self.data.shape:
            raise ValueError(tr("the saved training run is on other data than this trainer's"))
        self.rbm, self.params, self.epochs = rbm, dict(rbm.params), epochs
        for ring, (rows, count) in zip((self._recon, self._pll, self._ell), rings):
            ring.load(rows, count)
        self._acc_err, self._acc_n = pending


class DreamEngine:
    """Several free Gibbs chains v -> h -> v of a trained RBM, one step per ``step(1)``.

    Parameters
    ----------
    rbm : RBM
        The (trained) machine; its weights are copied, so training on may continue elsewhere.
    n_chains : int
        Chains run side by side.
    start : array-like, optional
        (n_visible,) or (n_chains, n_visible) starting image(s) in [0, 1]; None starts from noise.
    seed : int
    """

    def __init__(self, rbm: RBM, n_chains: int = 16, start: Any = None, seed: int = 0) -> None:
        self.rbm = RBM(rbm.n_visible, rbm.n_hidden, seed=check_seed(seed))
        self.rbm.load_state_dict(rbm.state_dict())
        self.n_chains = _check_int(n_chains, tr("the number of chains"), 1)
        self.seed = self.rbm.seed
        self.set_start(start)

    def set_start(self, start: Any = None) -> None:
        """Start image(s) (None: noise); applies at the next reset, which it calls."""
        if start is None:
            self.start = None
        else:
            x = check_data(start, self.rbm.n_visible, tr("the start image"))
            if x.shape[0] == 1:
                x = np.repeat(x, self.n_chains, axis=0)
            if x.shape[0] != self.n_chains:
                raise ValueError(tr("give one start image or {n} (one per chain), got {got}", n=self.n_chains,
                                    got=x.shape[0]))
            self.start = x.copy()
        self.reset()

    def reset(self, seed: int | None = None) -> None:
        if seed is not None:
            self.seed = check_seed(seed)
        self.rbm.rng = np.random.default_rng(self.seed)
        if self.start is None:
            self.v = (self.rbm.rng.random((self.n_chains, self.rbm.n_visible)) < 0.5).astype(np.float32)
        else:
            self.v = self.start.astype(np.float32)
        self.h = np.zeros((self.n_chains, self.rbm.n_hidden), np.float32)
        self.vp = self.v.copy()
        self.steps = 0

    def step(self, n: int = 1) -> int:
        n = _check_int(n, tr("the number of Gibbs steps"), 0)
        if n:
            self.v, self.h, self.vp = self.rbm._gibbs(self.v, n, np.zeros(self.v.shape, bool))
            self.steps += n
        return n

    def is_settled(self) -> bool:
        return False

    def snapshot(self) -> dict[str, Any]:
        """"v" (chains x n_visible) binary states, "v_prob" their probabilities, "h" hidden samples, "steps"."""
        return {"v": self.v.copy(), "v_prob": self.vp.copy(), "h": self.h.copy(), "steps": self.steps,
                "n_chains": self.n_chains, "free_energy": self.rbm._free_energy(self.v.astype(np.float64)),
                "settled": False, "error": None}

    def state_dict(self) -> dict[str, Any]:
        """Weights, start, the chains' current states, step count and random state."""
        start = None if self.start is None else self.start.copy()
        return {"seed": self.seed, "rbm": self.rbm.state_dict(), "start": start, "n_chains": self.n_chains,
                "v": self.v.copy(), "h": self.h.copy(), "vp": self.vp.copy(), "steps": int(self.steps),
                "rng": self.rbm.rng.bit_generator.state}

    @classmethod
    def from_state_dict(cls, state: Mapping[str, Any]) -> "DreamEngine":
        """Dreaming that goes on exactly where :meth:`state_dict` was taken (ValueError if damaged)."""
        try:
            rbm = RBM(state["rbm"]["n_visible"], state["rbm"]["n_hidden"], seed=0)
            rbm.load_state_dict(state["rbm"])
            engine = cls(rbm, n_chains=state["n_chains"], start=state["start"], seed=state["seed"])
        except (KeyError, TypeError) as exc:
            raise ValueError(tr("the saved dreaming is incomplete or damaged ({error})", error=exc)) from None
        engine.load_state_dict(state)
        return engine

    def load_state_dict(self, state: Mapping[str, Any]) -> None:
        """Restore :meth:`state_dict` (a state without the chains restarts them from the start)."""
        if "v" not in state:
            self.rbm.load_state_dict(state["rbm"])
            self.seed = check_seed(state.get("seed", self.seed))
            self.set_start(state.get("start"))
            return
        nv, nh = self.rbm.n_visible, self.rbm.n_hidden
        rbm = RBM(nv, nh, seed=check_seed(state["seed"]))
        rbm.load_state_dict(state["rbm"])
        chains = _chain_arrays(state, {"v": nv, "h": nh, "vp": nv}, self.n_chains)
        rbm.rng = generator_from_state(state["rng"], tr("the saved random generator"))
        steps = _check_int(state["steps"], tr("the number of steps"), 0)
        self.rbm, self.seed = rbm, rbm.seed
        self.v, self.h, self.vp = chains["v"], chains["h"], chains["vp"]
        self.steps = steps


class CompletionEngine:
    """Clamped Gibbs sampling fills in the unknown pixels of an image; a free chain runs beside it.

    Parameters
    ----------
    rbm : RBM
        The trained machine (weights copied).
    image : array-like
        (n_visible,) original in [0, 1] (the error is measured against it).
    known_mask : array-like of bool
        (n_visible,) True where the pixel is known (clamped); False where occluded.
    seed : int
    """

    def __init__(self, rbm: RBM, image: Any, known_mask: Any, seed: int = 0) -> None:
        self.rbm = RBM(rbm.n_visible, rbm.n_hidden, seed=check_seed(seed))
        self.rbm.load_state_dict(rbm.state_dict())
        self.seed = self.rbm.seed
        self.set_problem(image, known_mask)

    def set_problem(self, image: Any, known_mask: Any) -> None:
        """New original and known mask (validated; nothing changes on error); resets."""
        x = check_data(image, self.rbm.n_visible, tr("the image"))[0].copy()
        mask = np.asarray(known_mask, dtype=bool).ravel()
        if mask.shape != x.shape:
            raise ValueError(tr("the known mask needs {n} values like the image, got {got}", n=x.shape[0],
                                got=mask.shape[0]))
        self.image, self.known = x, mask
        self.reset()

    def reset(self, seed: int | None = None) -> None:
        if seed is not None:
            self.seed = check_seed(seed)
        self.rbm.rng = np.random.default_rng(self.seed)
        noise = (self.rbm.rng.random((2, self.rbm.n_visible)) < 0.5).astype(np.float32)
        start = np.where(self.known, self.image, noise[0]).astype(np.float32)
        # Row 0 clamped, row 1 free (same start): the comparison the panel shows.
        self.v = np.stack([start, start])
        self.vp = self.v.copy()
        self.h = np.zeros((2, self.rbm.n_hidden), np.float32)
        self.mean = np.zeros((2, self.rbm.n_visible))
        self.steps = 0
        self._errors = _Ring(3)

    def step(self, n: int = 1) -> int:
        n = _check_int(n, tr("the number of Gibbs steps"), 0)
        known = np.stack([self.known, np.zeros_like(self.known)])
        for _ in range(n):
            self.v, self.h, self.vp = self.rbm._gibbs(self.v, 1, known)
            self.steps += 1
            # Running mean of the probabilities: the fill-in settles as it averages.
            self.mean += (self.vp - self.mean) / self.steps
            e = self.errors()
            self._errors.push(self.steps, e[0], e[1])
        return n

    def errors(self) -> tuple[float, float]:
        """Mean absolute error of the running-mean fill-in on the unknown pixels: (clamped, free)."""
        unknown = ~self.known
        if not unknown.any():
            return 0.0, 0.0
        fill = self.mean if self.steps else self.vp
        return (float(np.abs(fill[0, unknown] - self.image[unknown]).mean()),
                float(np.abs(fill[1, unknown] - self.image[unknown]).mean()))

    def is_settled(self) -> bool:
        return False

    def snapshot(self) -> dict[str, Any]:
        """"fill" the clamped fill-in (known pixels as given), "free" the free chain's mean, errors and traces."""
        fill = np.where(self.known, self.image, self.mean[0] if self.steps else self.vp[0])
        err = self._errors.array()
        ec, ef = self.errors()
        return {"original": self.image.copy(), "known": self.known.copy(), "fill": fill,
                "sample": self.v[0].copy(), "free": (self.mean[1] if self.steps else self.vp[1]).copy(),
                "free_sample": self.v[1].copy(), "steps": self.steps, "error": None,
                "fill_error": ec, "free_error": ef,
                "error_steps": err[:, 0], "fill_error_trace": err[:, 1], "free_error_trace": err[:, 2],
                "settled": False}

    def state_dict(self) -> dict[str, Any]:
        """Weights, the problem, both chains' states and running means, step count, error trace, random state."""
        return {"seed": self.seed, "rbm": self.rbm.state_dict(), "image": self.image.copy(), "known": self.known.copy(),
                "v": self.v.copy(), "h": self.h.copy(), "vp": self.vp.copy(), "mean": self.mean.copy(),
                "steps": int(self.steps), "errors": self._errors.state(), "rng": self.rbm.rng.bit_generator.state}

    @classmethod
    def from_state_dict(cls, state: Mapping[str, Any]) -> "CompletionEngine":
        """Completion that goes on exactly where :meth:`state_dict` was taken (ValueError if damaged)."""
        try:
            rbm = RBM(state["rbm"]["n_visible"], state["rbm"]["n_hidden"], seed=0)
            rbm.load_state_dict(state["rbm"])
            engine = cls(rbm, state["image"], state["known"], seed=state["seed"])
        except (KeyError, TypeError) as exc:
            raise ValueError(tr("the saved completion is incomplete or damaged ({error})", error=exc)) from None
        engine.load_state_dict(state)
        return engine

    def load_state_dict(self, state: Mapping[str, Any]) -> None:
        """Restore :meth:`state_dict` (a state without the chains starts the problem afresh)."""
        if "v" not in state:
            self.rbm.load_state_dict(state["rbm"])
            self.seed = check_seed(state.get("seed", self.seed))
            self.set_problem(state["image"], state["known"])
            return
        nv, nh = self.rbm.n_visible, self.rbm.n_hidden
        rbm = RBM(nv, nh, seed=check_seed(state["seed"]))
        rbm.load_state_dict(state["rbm"])
        image = check_data(state["image"], nv, tr("the image"))[0].copy()
        known = np.asarray(state["known"], dtype=bool).ravel()
        if known.shape != image.shape:
            raise ValueError(tr("the known mask needs {n} values like the image, got {got}", n=nv,
                                got=known.shape[0]))
        chains = _chain_arrays(state, {"v": nv, "h": nh, "vp": nv}, 2)
        try:
            mean = np.array(state["mean"], np.float64)
        except (TypeError, ValueError):
            raise ValueError(tr("the saved running means must be numbers")) from None
        if mean.shape != (2, nv):
            raise ValueError(tr("the saved running means must be 2 x {n}", n=nv))
        errors = self._errors.checked(state["errors"], tr("error trace"))
        rbm.rng = generator_from_state(state["rng"], tr("the saved random generator"))
        steps = _check_int(state["steps"], tr("the number of steps"), 0)
        self.rbm, self.seed, self.image, self.known = rbm, rbm.seed, image, known
        self.v, self.h, self.vp, self.mean, self.steps = chains["v"], chains["h"], chains["vp"], mean, steps
        self._errors = _Ring(3)
        self._errors.load(*errors)


def _chain_arrays(state: Mapping[str, Any], widths: Mapping[str, int], rows: int) -> dict[str, np.ndarray]:
    """The saved chain arrays, float32 (rows, width) each (ValueError otherwise)."""
    out = {}
    for key, width in widths.items():
        try:
            with np.errstate(invalid="ignore", over="ignore"):  # NaN and overflow are refused below
                a = np.array(state[key], np.float32, order="C")  # a copy: the chains move in place
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(tr("the saved chains are incomplete or damaged ({error})", error=exc)) from None
        if a.shape != (rows, width) or not np.isfinite(a).all():
            raise ValueError(tr("the saved chains must be {rows} x {width} numbers", rows=rows, width=width))
        out[key] = a
    return out
