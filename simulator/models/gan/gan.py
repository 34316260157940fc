"""The GAN: a generator and a discriminator (hand-written MLPs, jitted), trained against each other."""

from __future__ import annotations

import math
import numbers
from typing import Any, Mapping

import numpy as np

from simulator.core.checks import check_choice, check_count, check_seed
from simulator.core.restore import checked_array, checked_int, generator_from_state
from simulator.core.text import tr
from simulator.models.gan import kernels as K
from simulator.models.gan import mlp
from simulator.models.gan import targets as T
from simulator.models.gan.coverage import mode_coverage

LOSSES = {"minimax": K.MINIMAX, "non_saturating": K.NON_SATURATING, "least_squares": K.LEAST_SQUARES}
OPTIMIZERS = {"adam": K.ADAM, "sgd": K.SGD}
NOISES = ("gaussian", "uniform")
#: Iterations per kernel call at most (bounds the pre-drawn random numbers held at once).
CHUNK = 128
#: Generated samples (from fixed noise) scored for mode coverage at each record.
COVERAGE_SAMPLES = 1000
MAX_BATCH = 8192
MAX_UNROLL = 50
MAX_D_STEPS = 50
#: Rows of the record buffer at first (it doubles when full).
RECORDS_START = 1024
HISTORY_KEYS = ("step", "loss_d", "loss_g", "d_real", "d_fake", "divergence", "coverage", "high_quality")
_REASONS = {K.D_LOSS: tr("the discriminator's loss became NaN or infinite"),
            K.D_WEIGHTS: tr("the discriminator's weights became NaN, infinite or larger than 1e6"),
            K.G_LOSS: tr("the generator's loss became NaN or infinite"),
            K.G_WEIGHTS: tr("the generator's weights became NaN, infinite or larger than 1e6")}


class DivergenceError(ValueError):
    """Training diverged; the GAN kept its last good weights and can go on (with a lower learning rate)."""


def _positive(value: Any, what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, numbers.Real) or not math.isfinite(value) or value <= 0:
        raise ValueError(tr("{what} must be a positive number, got {value!r}", what=what, value=value))
    return float(value)


def _whole(value: Any, what: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, numbers.Integral) or not low <= value <= high:
        raise ValueError(tr("{what} must be a whole number from {low} to {high}, got {value!r}", what=what, low=low,
                            high=high, value=value))
    return int(value)


def _betas(value: Any) -> tuple[float, float]:
    try:
        b1, b2 = (float(v) for v in value)
    except (TypeError, ValueError):
        raise ValueError(tr("Adam's betas must be two numbers, got {value!r}", value=value)) from None
    if not (0.0 <= b1 < 1.0 and 0.0 <= b2 < 1.0):
        raise ValueError(tr("Adam's betas must be at least 0 and below 1, got {value!r}", value=value))
    return b1, b2


#: Settings that can change while training goes on (see GAN.set_params).
LIVE = ("loss", "optimizer", "lr_g", "lr_d", "betas", "d_steps", "unroll", "batch_size", "record_every")


def check_live(p: Mapping[str, Any]) -> dict[str, Any]:
    """The live settings validated (ValueError naming the first bad one)."""
    out = dict(p)
    check_choice(out["loss"], tuple(LOSSES), tr("loss"))
    check_choice(out["optimizer"], tuple(OPTIMIZERS), tr("optimizer"))
    out["lr_g"] = _positive(out["lr_g"], tr("the generator's learning rate"))
    out["lr_d"] = _positive(out["lr_d"], tr("the discriminator's learning rate"))
    out["betas"] = _betas(out["betas"])
    out["d_steps"] = _whole(out["d_steps"], tr("the number of discriminator steps per generator step"), 1,
                            MAX_D_STEPS)
    out["unroll"] = _whole(out["unroll"], tr("the number of unrolling steps"), 0, MAX_UNROLL)
    out["batch_size"] = _whole(out["batch_size"], tr("the batch size"), 2, MAX_BATCH)
    out["record_every"] = _whole(out["record_every"], tr("the record interval"), 0, 10**9)
    return out


class GAN:
    """A generative adversarial network on a 2-D distribution or on the digits.

    The discriminator ascends E_data[log D(x)] + E_z[log(1 - D(G(z)))]; the generator
    descends its own loss (``loss``). Forward and backward passes are written by hand and
    jitted (see kernels.py); reference.py is the plain-numpy oracle.

    Parameters
    ----------
    generator, discriminator : sequence of int
        Layer sizes. ``generator[0]`` is the noise dimension and ``generator[-1]`` the
        target's dimension; ``discriminator[0]`` is the target's dimension and
        ``discriminator[-1]`` is 1 (a logit: D(x) = sigmoid(logit)).
    target : Target, optional
        What to imitate (default ``targets.ring()``).
    activation : {"relu", "leaky_relu", "tanh"}
        Hidden nonlinearity of both networks.
    noise : {"gaussian", "uniform"}
        Standard normal noise, or uniform in [-1, 1].
    loss : {"minimax", "non_saturating", "least_squares"}
        The saturating minimax game, the non-saturating generator loss -log D(G(z)), or
        least squares (LSGAN: D regresses 1 on real and 0 on fake, G pushes D(G(z)) to 1;
        the discriminator's output is then used as is, and D(x) is that output clipped to [0, 1]).
    optimizer : {"adam", "sgd"}
        Adam (as PyTorch writes it) or plain gradient descent.
    lr_g, lr_d : float
        Learning rates of the generator and the discriminator.
    betas : (float, float)
        Adam's decay rates.
    d_steps : int
        Discriminator updates per generator update (k).
    unroll : int
        Unrolling steps K of the discriminator for the generator's update (Metz et al.
        2017; 0 = plain GAN). First-order version: G's gradient is taken through a copy
        of D advanced K Adam/SGD steps on the current batches, without differentiating
        through those K updates (the full version needs second derivatives of D).
    minibatch_features : bool
        Give D one more input: the minibatch standard deviation (Karras et al. 2018),
        the mean over coordinates of the batch's per-coordinate standard deviation,
        computed separately on the real and the fake batch (a collapsed generator has a
        small one, which D can see).
    batch_size : int
        Real and fake samples per update.
    output : {"linear", "sigmoid"}
        Generator's output nonlinearity (sigmoid for the digits' ink in [0, 1]).
    seed : int, optional
        Seed of the weights, noise and data draws (random when None).
    dtype : numpy dtype
        float32 (default) or float64.
    record_every : int
        Iterations between records of :attr:`history` (0: no history).
    """

    def __init__(self, generator: Any = (2, 128, 128, 2), discriminator: Any = (2, 128, 128, 1), *,
                 target: Any = None, activation: str = "relu", noise: str = "gaussian",
                 loss: str = "non_saturating", optimizer: str = "adam", lr_g: float = 1e-3, lr_d: float = 1e-3,
                 betas: Any = (0.5, 0.999), d_steps: int = 1, unroll: int = 0, minibatch_features: bool = False,
                 batch_size: int = 256, output: str = "linear", seed: int | None = None, dtype: Any = np.float32,
                 record_every: int = 25) -> None:
        tgt = T.ring() if target is None else target
        if isinstance(tgt, str):
            tgt = T.make(tgt)
        if not isinstance(tgt, T.Target):
            raise ValueError(tr("the target must be one of the targets module's distributions, got {target!r}",
                                target=target))
        g = mlp.check_sizes(generator, tr("generator"))
        d = mlp.check_sizes(discriminator, tr("discriminator"))
        if g[-1] != tgt.dim:
            raise ValueError(tr("the generator's last layer must have {dim} units (the {name} target's dimension), "
                                "got {got}", dim=tgt.dim, name=tgt.name, got=g[-1]))
        if d[0] != tgt.dim:
            raise ValueError(tr("the discriminator's first layer must have {dim} units (the {name} target's "
                                "dimension), got {got}", dim=tgt.dim, name=tgt.name, got=d[0]))
        if d[-1] != 1:
            raise ValueError(tr("the discriminator must end in 1 unit (a logit), got {got}", got=d[-1]))
        check_choice(activation, tuple(mlp.ACTIVATIONS), tr("activation"))
        check_choice(noise, NOISES, tr("noise"))
        check_choice(output, tuple(mlp.OUTPUTS), tr("output"))
        if not isinstance(minibatch_features, (bool, np.bool_)):
            raise ValueError(tr("minibatch_features must be True or False, got {value!r}", value=minibatch_features))
        dt = np.dtype(dtype)
        if dt not in (np.dtype(np.float32), np.dtype(np.float64)):
            raise ValueError(tr("dtype must be float32 or float64, got {dtype}", dtype=str(dt)))
        live = check_live(dict(loss=loss, optimizer=optimizer, lr_g=lr_g, lr_d=lr_d, betas=betas, d_steps=d_steps,
                               unroll=unroll, batch_size=batch_size, record_every=record_every))
        self.seed = check_seed(seed) if seed is not None else int(np.random.SeedSequence().entropy % (2**63))
        self.target = tgt
        self.g_sizes = g
        self.d_sizes = d
        self.activation = activation
        self.noise_kind = noise
        self.output = output
        self.minibatch_features = bool(minibatch_features)
        self.dtype = dt
        self.params = live
        self.error: str | None = None
        self._build()

    # ----------------------------------------------------------------- construction
    @property
    def noise_dim(self) -> int:
        return self.g_sizes[0]

    @property
    def dim(self) -> int:
        return self.target.dim

    def config(self) -> dict[str, Any]:
        """The constructor's arguments (without target and seed) as plain values."""
        return dict(generator=list(self.g_sizes), discriminator=list(self.d_sizes), activation=self.activation,
                    noise=self.noise_kind, output=self.output, minibatch_features=self.minibatch_features,
                    dtype=self.dtype.name, **{k: (list(v) if isinstance(v, tuple) else v)
                                              for k, v in self.params.items()})

    def _build(self) -> None:
        rng = np.random.default_rng(self.seed)
        dt = self.dtype
        act = mlp.ACTIVATIONS[self.activation]
        self._d_net = (self.d_sizes[0] + int(self.minibatch_features),) + self.d_sizes[1:]
        self._glay = mlp.layout(self.g_sizes, act, mlp.OUTPUTS[self.output])
        self._dlay = mlp.layout(self._d_net, act, K.LINEAR)
        self._gs = np.zeros((3, mlp.n_params(self.g_sizes)), dt)
        self._ds = np.zeros((3, mlp.n_params(self._d_net)), dt)
        self._gs[0] = mlp.init_params(self.g_sizes, rng, dt)
        self._ds[0] = mlp.init_params(self._d_net, rng, dt)
        self._t = np.zeros(2, np.int64)  # Adam steps taken by G and D
        self.rng = np.random.default_rng(rng.integers(2**63))
        # Fixed noise and real samples for the records (same points every time: smooth traces).
        fixed = np.random.default_rng(self.seed + 1)
        self._cov_z = self._draw_noise(fixed, COVERAGE_SAMPLES)
        self._feat_ref = self._mb_feature(self.target.sample(512, fixed)) if self.minibatch_features else 0.0
        self.steps = 0
        # One row per record, one column per key in HISTORY_KEYS; rows [0, _n_records) are filled.
        # A numpy buffer, not Python lists: a rewind checkpoint shares its unchanged rows.
        self._records = np.zeros((RECORDS_START, len(HISTORY_KEYS)))
        self._n_records = 0
        self._win = np.zeros((2, 4))  # sums and counts of the stats since the last record
        self._alloc()

    def _alloc(self) -> None:
        b = self.params["batch_size"]
        dt = self.dtype
        g_cum, d_cum = sum(self.g_sizes), sum(self._d_net)
        width = max(max(self.g_sizes), max(self._d_net))
        self._gacts = np.zeros(b * g_cum, dt)
        self._dacts = np.zeros(2 * b * d_cum, dt)
        self._buf1 = np.zeros(2 * b * width, dt)
        self._buf2 = np.zeros(2 * b * width, dt)
        self._dl = np.zeros((2 * b, 1), dt)
        self._din = np.zeros((2 * b, self._d_net[0]), dt)
        self._gx = np.zeros((b, self.dim), dt)
        self._gbk = np.zeros_like(self._gs)
        self._dbk = np.zeros_like(self._ds)
        self._gg = np.zeros(self._gs.shape[1], dt)
        self._dg = np.zeros(self._ds.shape[1], dt)
        self._us = np.zeros_like(self._ds)
        self._ubk = np.zeros_like(self._ds)
        self._stats = np.zeros((CHUNK, 4))
        self._ints = np.zeros(8, np.int64)

    def set_params(self, **changes: Any) -> None:
        """Change live settings (any of :data:`LIVE`); validated first, nothing changes on error."""
        unknown = set(changes) - set(LIVE)
        if unknown:
            raise ValueError(tr("cannot change {names} while training; live settings are: {live}",
                                names=", ".join(sorted(unknown)), live=", ".join(LIVE)))
        new = check_live({**self.params, **changes})
        old_b = self.params["batch_size"]
        self.params = new
        if new["batch_size"] != old_b:
            self._alloc()

    def set_target(self, target: T.Target) -> None:
        """Train on another target of the same dimension from now on (the networks carry on)."""
        if not isinstance(target, T.Target):
            raise ValueError(tr("the target must be one of the targets module's distributions, got {target!r}",
                                target=target))
        if target.dim != self.dim:
            raise ValueError(tr("the new target has dimension {dim}, the networks expect {expected}", dim=target.dim,
                                expected=self.dim))
        self.target = target
        fixed = np.random.default_rng(self.seed + 1)
        self._feat_ref = self._mb_feature(target.sample(512, fixed)) if self.minibatch_features else 0.0

    # ----------------------------------------------------------------- training
    def step(self, n: int = 1) -> None:
        """``n`` iterations: ``d_steps`` discriminator updates, then one generator update."""
        self._train(check_count(n, tr("the number of steps")), K.BOTH)

    def step_d(self, n: int = 1) -> None:
        """``n`` discriminator updates only (the generator stays as it is)."""
        self._train(check_count(n, tr("the number of steps")), K.ONLY_D)

    def step_g(self, n: int = 1) -> None:
        """``n`` generator updates only (the discriminator stays as it is)."""
        self._train(check_count(n, tr("the number of steps")), K.ONLY_G)

    def _train(self, n: int, mode: int) -> None:
        p = self.params
        k = p["d_steps"] if mode != K.ONLY_G else 1
        hyper = np.array([p["lr_g"], p["lr_d"], p["betas"][0], p["betas"][1], 1e-8])
        ints = self._ints
        ints[:6] = (mode, k, p["unroll"], OPTIMIZERS[p["optimizer"]], LOSSES[p["loss"]], int(self.minibatch_features))
        ints[6:] = self._t
        with mlp.serial_blas():
            self._train_loop(n, k, hyper, ints)

    def _train_loop(self, n: int, k: int, hyper: np.ndarray, ints: np.ndarray) -> None:
        b, dim, every = self.params["batch_size"], self.dim, self.params["record_every"]
        done = 0
        while done < n:
            m = min(n - done, CHUNK)
            if every:
                m = min(m, every - self.steps % every)
            real = np.empty((m, k, b, dim), self.dtype)
            z = np.empty((m, k, b, self.noise_dim), self.dtype)
            # Iteration by iteration, so an iteration's batches do not depend on how the Runner
            # groups iterations into calls: same state, same steps, same run.
            picks = getattr(self.target, "picks", None)  # a target of the user's own may not say
            if picks is not None:
                rows, std = picks
                K.draw_batches(self.rng, rows, 0.0 if std is None else std, std is not None,
                               self.noise_kind != "uniform", real.reshape(m, k * b, dim),
                               z.reshape(m, k * b, self.noise_dim))
            else:
                for i in range(m):
                    real[i] = self.target.sample(k * b, self.rng).reshape(k, b, dim)
                    z[i] = self._draw_noise(self.rng, k * b).reshape(k, b, self.noise_dim)
            got, why = self._chunk(real, z, hyper, ints)
            s = self._stats[:got]
            ok = np.isfinite(s)
            # Summed in iteration order (cumsum, not sum's pairwise order) for the same reason.
            self._win[0] = np.cumsum(np.vstack([self._win[0], np.where(ok, s, 0.0)]), axis=0)[-1]
            self._win[1] += ok.sum(axis=0)
            self.steps += int(got)
            done += int(got)
            if why != K.OK:
                self.error = tr("Training diverged at step {step} ({reason}); the last good weights are kept. Lower "
                                "the learning rate.", step=self.steps + 1, reason=_REASONS[int(why)])
                raise DivergenceError(self.error)
            if every and self.steps % every == 0:
                self._record()
        self.error = None

    def _chunk(self, real: np.ndarray, z: np.ndarray, hyper: np.ndarray, ints: np.ndarray) -> tuple[int, int]:
        # Pre-drawn batches in, (iterations done, reason) out; the Adam step counts follow.
        got, why = K.train_chunk(self._gs, self._gbk, self._gg, self._glay, self._gacts, self._ds, self._dbk,
                                 self._dg, self._dlay, self._dacts, self._us, self._ubk, real, z, hyper, ints,
                                 self._dl, self._buf1, self._buf2, self._din, self._gx, self._stats)
        self._t[:] = ints[6:]
        return int(got), int(why)

    def _record(self) -> None:
        sums, counts = self._win
        with np.errstate(invalid="ignore", divide="ignore"):
            mean = np.where(counts > 0, sums / np.maximum(counts, 1), np.nan)
        self._win[:] = 0.0
        if self.target.modes is not None:
            cov = mode_coverage(self.sample(COVERAGE_SAMPLES, z=self._cov_z), self.target)
            coverage, quality = float(cov.modes_covered), float(cov.high_quality)
        else:
            coverage = quality = np.nan
        if self._n_records == len(self._records):
            grown = np.zeros((2 * len(self._records), len(HISTORY_KEYS)))
            grown[:self._n_records] = self._records
            self._records = grown
        self._records[self._n_records] = (float(self.steps), *mean, self.divergence_estimate(mean[0]),
                                          coverage, quality)
        self._n_records += 1

    def divergence_estimate(self, loss_d: float) -> float:
        """A divergence between data and generator read from the discriminator's loss.

        minimax and non-saturating: at the optimal D, loss_D = 2 log 2 - 2 JS(p_data, p_g),
        so JS ~ log 2 - loss_D / 2, clipped to [0, log 2]. Least squares: at the optimal
        D, loss_D = (1 - Delta/2) / 4 with Delta the triangular discrimination
        integral (p - q)^2 / (p + q), so Delta / 2 ~ 1 - 4 loss_D, clipped to [0, 1].
        Both are estimates: D is never exactly optimal, so they read low.
        """
        if not math.isfinite(loss_d):
            return math.nan
        if self.params["loss"] == "least_squares":
            return float(min(max(1.0 - 4.0 * loss_d, 0.0), 1.0))
        return float(min(max(math.log(2.0) - 0.5 * loss_d, 0.0), math.log(2.0)))

    @property
    def history(self) -> dict[str, np.ndarray]:
        """Records every ``record_every`` iterations (copies): see :data:`HISTORY_KEYS`.

        loss_d, loss_g, d_real, d_fake are means over the iterations since the previous
        record; divergence is :meth:`divergence_estimate` of that mean loss_d; coverage
        (modes covered) and high_quality come from :func:`mode_coverage` on 1000 samples
        of fixed noise (NaN for targets without modes).
        """
        return self.recent_history(self._n_records)

    def recent_history(self, n: int) -> dict[str, np.ndarray]:
        """The last ``n`` records of :attr:`history` (copies; all of them if there are fewer)."""
        start = self._n_records - min(max(0, int(n)), self._n_records)
        rows = self._records[start:self._n_records]
        return {k: rows[:, i].copy() for i, k in enumerate(HISTORY_KEYS)}

    # ----------------------------------------------------------------- inspection
    def _draw_noise(self, rng: np.random.Generator, n: int) -> np.ndarray:
        if self.noise_kind == "uniform":
            return rng.uniform(-1.0, 1.0, (n, self.noise_dim)).astype(self.dtype)
        return rng.standard_normal((n, self.noise_dim), dtype=self.dtype)

    def noise(self, n: int) -> np.ndarray:
        """``n`` noise vectors (n, noise_dim) drawn from the GAN's own generator."""
        return self._draw_noise(self.rng, check_count(n, tr("the number of noise vectors")))

    def _check_rows(self, x: Any, width: int, what: str) -> np.ndarray:
        a = np.asarray(x, dtype=np.float64)
        if a.ndim != 2 or a.shape[1] != width:
            raise ValueError(tr("{what} must be an (n, {width}) array, got shape {shape}", what=what, width=width,
                                shape=a.shape))
        if not np.all(np.isfinite(a)):
            raise ValueError(tr("{what} must be finite numbers (found NaN or infinity)", what=what))
        return np.ascontiguousarray(a, dtype=self.dtype)

    def _generate(self, z: np.ndarray) -> np.ndarray:
        out = np.empty((len(z), self.dim), self.dtype)
        if len(z):
            with mlp.serial_blas():
                K.forward_rows(self._gs[0], self._glay, z, out)
        return out

    def sample(self, n: int, z: Any = None) -> np.ndarray:
        """``n`` generated samples (n, dim), from fresh noise or from the given ``z`` (n, noise_dim)."""
        n = check_count(n, tr("the number of samples"))
        zz = self.noise(n) if z is None else self._check_rows(z, self.noise_dim, tr("the noise"))
        if len(zz) != n:
            raise ValueError(tr("the noise has {rows} rows but {n} samples were asked for", rows=len(zz), n=n))
        return self._generate(zz).astype(np.float64)

    @staticmethod
    def _mb_feature(x: np.ndarray) -> float:
        return float(np.mean(np.sqrt(np.var(np.asarray(x, np.float64), axis=0) + K.MBSTD_EPS)))

    def _d_input(self, x: np.ndarray, feature: float | None = None) -> np.ndarray:
        if not self.minibatch_features:
            return x
        f = self._mb_feature(x) if feature is None else feature
        return np.concatenate([x, np.full((len(x), 1), f, self.dtype)], axis=1)

    def _d_out(self, xin: np.ndarray) -> np.ndarray:
        out = np.empty((len(xin), 1), self.dtype)
        if len(xin):
            with mlp.serial_blas():
                K.forward_rows(self._ds[0], self._dlay, np.ascontiguousarray(xin, self.dtype), out)
        o = out[:, 0].astype(np.float64)
        if self.params["loss"] == "least_squares":
            return np.clip(o, 0.0, 1.0)
        return 0.5 * (1.0 + np.tanh(0.5 * o))  # the sigmoid, without overflow warnings

    def loss_terms(self, real: Any, fake: Any) -> dict[str, float]:
        """The two terms of D's loss, and G's loss, on the batches ``real`` and ``fake`` (= G(z)), for the chosen loss.

        Minimax and non-saturating: ``d_real_term`` = mean -log D(x), ``d_fake_term`` = mean
        -log(1 - D(G(z))); ``loss_g`` = mean log(1 - D(G(z))) (minimax) or mean -log D(G(z))
        (non-saturating). Least squares, on D's raw output: ``d_real_term`` = mean (D(x) - 1)^2 / 2,
        ``d_fake_term`` = mean D(G(z))^2 / 2, ``loss_g`` = mean (D(G(z)) - 1)^2 / 2. ``loss_d`` is
        the sum of the two terms; ``d_real`` and ``d_fake`` are the mean outputs D(x) and D(G(z)).
        """
        xr = self._check_rows(real, self.dim, tr("the real points"))
        xf = self._check_rows(fake, self.dim, tr("the generated points"))
        r = self._d_raw(self._d_input(xr))
        f = self._d_raw(self._d_input(xf))
        if self.params["loss"] == "least_squares":
            terms = (0.5 * np.mean((r - 1.0) ** 2), 0.5 * np.mean(f**2), 0.5 * np.mean((f - 1.0) ** 2))
            d_real, d_fake = np.clip(r, 0.0, 1.0), np.clip(f, 0.0, 1.0)
        else:
            # log D = -softplus(-raw) and log(1 - D) = -softplus(raw), without overflow.
            lg = -np.mean(np.logaddexp(0.0, f)) if self.params["loss"] == "minimax" else np.mean(np.logaddexp(0.0, -f))
            terms = (np.mean(np.logaddexp(0.0, -r)), np.mean(np.logaddexp(0.0, f)), lg)
            d_real, d_fake = 0.5 * (1.0 + np.tanh(0.5 * r)), 0.5 * (1.0 + np.tanh(0.5 * f))
        dr, df, lg = (float(t) for t in terms)
        return {"d_real_term": dr, "d_fake_term": df, "loss_d": dr + df, "loss_g": lg,
                "d_real": float(np.mean(d_real)), "d_fake": float(np.mean(d_fake))}

    def _d_raw(self, xin: np.ndarray) -> np.ndarray:
        out = np.empty((len(xin), 1), self.dtype)
        if len(xin):
            with mlp.serial_blas():
                K.forward_rows(self._ds[0], self._dlay, np.ascontiguousarray(xin, self.dtype), out)
        return out[:, 0].astype(np.float64)

    def discriminate(self, x: Any) -> np.ndarray:
        """D(x) in [0, 1] for the rows of ``x`` (with minibatch features, ``x`` is taken as one batch)."""
        xx = self._check_rows(x, self.dim, tr("the points"))
        return self._d_out(self._d_input(xx))

    def heatmap(self, bounds: Any, resolution: int = 64) -> np.ndarray:
        """D(x) on a resolution x resolution grid over ``bounds`` ((xmin, xmax), (ymin, ymax)); row i is y_i.

        With minibatch features, every grid point gets the feature's value on real data.
        """
        if self.dim != 2:
            raise ValueError(tr("the heatmap needs a 2-D target"))
        res = _whole(resolution, tr("the resolution"), 2, 1024)
        try:
            (x0, x1), (y0, y1) = ((float(a), float(b)) for a, b in bounds)
        except (TypeError, ValueError):
            raise ValueError(tr("bounds must be ((xmin, xmax), (ymin, ymax)), got {bounds!r}", bounds=bounds)) from None
        if not all(map(math.isfinite, (x0, x1, y0, y1))) or x0 >= x1 or y0 >= y1:
            raise ValueError(tr("bounds must be finite with xmin < xmax and ymin < ymax, got {bounds!r}",
                                bounds=bounds))
        xs = np.linspace(x0, x1, res)
        ys = np.linspace(y0, y1, res)
        pts = np.empty((res * res, 2), self.dtype)
        pts[:, 0] = np.tile(xs, res)
        pts[:, 1] = np.repeat(ys, res)
        return self._d_out(self._d_input(pts, self._feat_ref)).reshape(res, res)

    def generator_gradient(self, z: Any) -> tuple[np.ndarray, np.ndarray]:
        """Samples x = G(z) and -d(G's loss of each sample)/dx at them: the direction G moves them."""
        zz = self._check_rows(z, self.noise_dim, tr("the noise"))
        x = self._generate(zz)
        if len(x) == 0:
            return x.astype(np.float64), x.astype(np.float64)
        xin = np.ascontiguousarray(self._d_input(x), self.dtype)
        din = np.empty_like(xin)
        with mlp.serial_blas():
            K.input_gradient(self._ds[0], self._dlay, xin, LOSSES[self.params["loss"]], din)
        if self.minibatch_features:
            gx = np.empty_like(x)
            K.mbstd_backward(x, din, gx)
        else:
            gx = din
        return x.astype(np.float64), -gx.astype(np.float64)

    def manifold(self, n: int = 20) -> np.ndarray:
        """G over a regular grid in noise space: (n, dim) for 1-D noise, else (n, n, dim) over the first two
        noise coordinates (the others 0); the grid spans +-2 for Gaussian noise and [-1, 1] for uniform."""
        n = _whole(n, tr("the grid size"), 2, 512)
        r = 2.0 if self.noise_kind == "gaussian" else 1.0
        t = np.linspace(-r, r, n)
        if self.noise_dim == 1:
            return self._generate(t[:, None].astype(self.dtype)).astype(np.float64)
        z = np.zeros((n * n, self.noise_dim), self.dtype)
        z[:, 0] = np.tile(t, n)
        z[:, 1] = np.repeat(t, n)
        return self._generate(z).astype(np.float64).reshape(n, n, self.dim)

    def weights(self, which: str = "generator") -> list[tuple[np.ndarray, np.ndarray]]:
        """Copies of the (W, b) of each layer of the generator or the discriminator (W is n_in x n_out)."""
        check_choice(which, ("generator", "discriminator"), tr("network"))
        p, sizes = (self._gs[0], self.g_sizes) if which == "generator" else (self._ds[0], self._d_net)
        return [(w.copy(), b.copy()) for w, b in mlp.views(p, sizes)]

    # ----------------------------------------------------------------- persistence
    def state_dict(self) -> dict[str, Any]:
        """Everything to continue exactly: settings, weights and Adam moments, step counts, random state, history."""
        return {"config": self.config(), "seed": self.seed, "target": self.target.name,
                "target_params": {k: (np.array(v) if isinstance(v, np.ndarray) else v)
                                  for k, v in self.target.params.items()},
                "g": self._gs.copy(), "d": self._ds.copy(), "adam_steps": self._t.copy(), "steps": self.steps,
                "rng": self.rng.bit_generator.state, "history": self.history, "window": self._win.copy()}

    def load_state_dict(self, state: Mapping[str, Any]) -> None:
        """Restore :meth:`state_dict` of a GAN with the same networks; ValueError (nothing changed) otherwise."""
        try:
            with np.errstate(invalid="ignore", over="ignore"):  # NaN and overflow are refused below
                g = np.asarray(state["g"], dtype=self.dtype)
                d = np.asarray(state["d"], dtype=self.dtype)
            t_raw = np.asarray(state["adam_steps"])
            steps = checked_int(state["steps"], tr("the step count"))
            live = check_live({**self.params, **{k: v for k, v in dict(state.get("config", {})).items()
                                                 if k in LIVE}})
            columns = [np.asarray(state["history"][k], np.float64).reshape(-1) for k in HISTORY_KEYS]
            rng_state = state["rng"]
            win = np.asarray(state.get("window", np.zeros((2, 4))), np.float64).reshape(2, 4)
        except (KeyError, TypeError) as exc:
            raise ValueError(tr("this saved GAN is incomplete or damaged ({error})", error=str(exc))) from None
        if g.shape != self._gs.shape or d.shape != self._ds.shape or t_raw.shape != (2,):
            raise ValueError(tr("the saved GAN's networks have other sizes than this one's"))
        t = checked_array(t_raw, (2,), np.int64, tr("the saved Adam step counts"))
        if np.any(t < 0):
            raise ValueError(tr("the saved Adam step counts must be 0 or larger"))
        if len({len(c) for c in columns}) != 1:
            raise ValueError(tr("the saved GAN's history series have different lengths"))
        hist = np.column_stack(columns)
        mine = self.config()
        for key in ("generator", "discriminator", "activation", "noise", "output", "minibatch_features"):
            saved = dict(state.get("config", {})).get(key, mine[key])
            if (list(saved) if isinstance(saved, (list, tuple)) else saved) != mine[key]:
                raise ValueError(tr("the saved GAN has another {what} ({saved!r}, here {mine!r})",
                                    what=key.replace("_", " "), saved=saved, mine=mine[key]))
        if not (np.all(np.isfinite(g)) and np.all(np.isfinite(d))):
            raise ValueError(tr("the saved GAN's weights contain NaN or infinity"))
        rng = generator_from_state(rng_state, tr("the GAN's random generator"))
        old_b = self.params["batch_size"]
        self.params = live
        if live["batch_size"] != old_b:
            self._alloc()
        self._gs[...] = g
        self._ds[...] = d
        self._t[:] = t
        self.steps = steps
        self.rng = rng
        self._records = np.zeros((max(RECORDS_START, len(hist)), len(HISTORY_KEYS)))
        self._records[:len(hist)] = hist
        self._n_records = len(hist)
        self._win[:] = win
        self.error = None
