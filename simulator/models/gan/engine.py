"""GANEngine: a GAN for the Runner, with a frozen configuration, live settings and cheap snapshots."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, Mapping

import numpy as np

from simulator.core.checks import check_choice, check_count, check_seed
from simulator.core.text import tr
from simulator.models.gan import targets as T
from simulator.models.gan.coverage import mode_coverage
from simulator.models.gan.gan import GAN, LIVE

MODES = ("2d", "digits")
TRAIN_MODES = ("both", "d", "g")
#: Records of each history series a snapshot carries at most (the latest ones).
HISTORY_CAP = 5000
#: Digit samples shown, from this many fixed noise vectors.
N_DIGITS = 16
#: Networks and settings that suit each mode; a change of mode takes them unless given too.
DEFAULTS_2D = dict(target="ring", generator=(2, 128, 128, 2), discriminator=(2, 128, 128, 1), output="linear",
                   activation="relu", lr_g=1e-3, lr_d=1e-3, batch_size=256)
DEFAULTS_DIGITS = dict(target="digits", generator=(16, 128, 256, 64), discriminator=(64, 256, 128, 1),
                       output="sigmoid", activation="leaky_relu", lr_g=1e-3, lr_d=5e-4, batch_size=64)
#: Settings that need new networks when they change (the others apply live or only to the views).
SHAPE_FIELDS = ("mode", "generator", "discriminator", "activation", "noise", "output", "minibatch_features")
VIEW_FIELDS = ("n_shown", "heatmap_resolution", "manifold_size")


@dataclass(frozen=True)
class GANConfig:
    """Every setting of a :class:`GANEngine` (see :class:`GAN` for the network and training ones).

    Attributes
    ----------
    mode : {"2d", "digits"}
        A 2-D distribution, or the 8 x 8 digits.
    target : str
        A key of ``targets.TARGETS``, "painted" (with ``points``) or "digits".
    target_params : dict
        Arguments of the target's function (e.g. ``{"n_modes": 8}`` for the ring).
    points : tuple or None
        Painted (x, y) points for the "painted" target.
    n_shown : int
        Real and fake samples in a snapshot.
    heatmap_resolution : int
        Rows and columns of the discriminator's heatmap.
    manifold_size : int
        Grid points per noise axis of the generator's manifold.
    """

    mode: str = "2d"
    target: str = "ring"
    target_params: Mapping[str, Any] = field(default_factory=dict)
    points: tuple | None = None
    generator: tuple = (2, 128, 128, 2)
    discriminator: tuple = (2, 128, 128, 1)
    activation: str = "relu"
    noise: str = "gaussian"
    loss: str = "non_saturating"
    optimizer: str = "adam"
    lr_g: float = 1e-3
    lr_d: float = 1e-3
    betas: tuple = (0.5, 0.999)
    d_steps: int = 1
    unroll: int = 0
    minibatch_features: bool = False
    batch_size: int = 256
    output: str = "linear"
    record_every: int = 25
    n_shown: int = 512
    heatmap_resolution: int = 48
    manifold_size: int = 20

    @classmethod
    def digits(cls, **changes: Any) -> "GANConfig":
        """The digits mode's defaults, with ``changes``."""
        return cls(**{"mode": "digits", **DEFAULTS_DIGITS, **changes})

    def gan_kwargs(self) -> dict[str, Any]:
        """The :class:`GAN` arguments of this configuration (without target and seed)."""
        return dict(generator=tuple(self.generator), discriminator=tuple(self.discriminator),
                    activation=self.activation, noise=self.noise, loss=self.loss, optimizer=self.optimizer,
                    lr_g=self.lr_g, lr_d=self.lr_d, betas=tuple(self.betas), d_steps=self.d_steps,
                    unroll=self.unroll, minibatch_features=self.minibatch_features, batch_size=self.batch_size,
                    output=self.output, record_every=self.record_every)

    def as_dict(self) -> dict[str, Any]:
        """Plain values (lists for tuples, painted points as a list of pairs)."""
        d = dataclasses.asdict(self)
        d["target_params"] = dict(self.target_params)
        for k in ("generator", "discriminator", "betas"):
            d[k] = list(d[k])
        d["points"] = None if self.points is None else [list(p) for p in self.points]
        return d


def make_target(cfg: GANConfig) -> T.Target:
    """The target a configuration names (ValueError if it does not fit the mode)."""
    check_choice(cfg.mode, MODES, tr("mode"))
    if cfg.mode == "digits":
        if cfg.target != "digits":
            raise ValueError(tr("the digits mode trains on the digits, not on the {target} target", target=cfg.target))
        return T.digits()
    if cfg.target == "digits":
        raise ValueError(tr("the digits are the target of the digits mode; switch the mode to 'digits'"))
    if cfg.target == "painted":
        if cfg.points is None:
            raise ValueError(tr("Paint at least {min} points for the generator to learn from (there are {n}).",
                                min=T.MIN_PAINTED, n=0))
        return T.painted(cfg.points, **dict(cfg.target_params))
    return T.make(cfg.target, **dict(cfg.target_params))


def _check_view(cfg: GANConfig) -> None:
    for name, low, high in (("n_shown", 1, 20000), ("heatmap_resolution", 2, 512), ("manifold_size", 2, 128)):
        v = getattr(cfg, name)
        if isinstance(v, bool) or not isinstance(v, (int, np.integer)) or not low <= v <= high:
            raise ValueError(tr("{what} must be a whole number from {low} to {high}, got {value!r}",
                                what=name.replace("_", " "), low=low, high=high, value=v))


class GANEngine:
    """A GAN trained live by the Runner: ``step(n)`` runs ``n`` iterations (see :meth:`set_train_mode`).

    Parameters
    ----------
    config : GANConfig, optional
        Everything about the run (default: the 8-Gaussian ring, 2-128-128-2 generator).
    seed : int
        Seed of the weights, the draws and the fixed samples shown.
    """

    def __init__(self, config: GANConfig | None = None, seed: int = 0) -> None:
        cfg = GANConfig() if config is None else config
        if not isinstance(cfg, GANConfig):
            raise ValueError(tr("config must be a GANConfig, got {kind}", kind=type(cfg).__name__))
        self.seed = check_seed(seed)
        self.train_mode = "both"
        #: Snapshots per fresh heatmap and manifold while the GAN trains (see :meth:`set_views_every`).
        self.views_every = 1
        self._views: dict[str, Any] | None = None
        self._views_age = 0
        self._last_snapshot_steps: int | None = None
        # (config, its as_dict()): dataclasses.asdict costs a sixth of a snapshot, and the config rarely changes.
        self._config_dict: tuple[GANConfig, dict[str, Any]] | None = None
        self._install(cfg, make_target(cfg), self.seed)

    # ----------------------------------------------------------------- set-up
    def _install(self, cfg: GANConfig, target: T.Target, seed: int) -> None:
        _check_view(cfg)
        gan = GAN(target=target, seed=seed, **cfg.gan_kwargs())  # validates before anything changes
        self.config = cfg
        self.target = target
        self.gan = gan
        self.seed = seed
        self._fixed_views()

    def _fixed_views(self) -> None:
        self._views = None  # new networks, target or settings: the next snapshot computes them afresh
        # Fixed real samples and noise: dots move because G moves, not because of new draws.
        g = np.random.default_rng(self.seed + 2)
        n = self.config.n_shown
        self._real = self.target.sample(n, g)
        self._z = self.gan._draw_noise(g, n)
        self._z_digits = self.gan._draw_noise(g, N_DIGITS)

    def reset(self, seed: int | None = None) -> None:
        """New networks from ``seed`` (or the current seed): the same seed gives the same run."""
        s = self.seed if seed is None else check_seed(seed)
        self._install(self.config, self.target, s)

    def configure(self, **changes: Any) -> None:
        """Change any :class:`GANConfig` field.

        Network shapes, activation, noise, output, minibatch features or mode re-create the
        networks (a reset); learning rates, loss, optimiser, k, unrolling and batch size apply
        live; target changes keep the networks when the dimension stays. A change of mode
        brings that mode's defaults (target, sizes, output, rates, batch) unless given.
        """
        names = {f.name for f in dataclasses.fields(GANConfig)}
        unknown = sorted(set(changes) - names)
        if unknown:
            raise ValueError(tr("unknown setting {name!r}; settings are: {names}", name=unknown[0],
                                names=", ".join(sorted(names))))
        if "mode" in changes and changes["mode"] != self.config.mode:
            check_choice(changes["mode"], MODES, tr("mode"))
            base = DEFAULTS_DIGITS if changes["mode"] == "digits" else DEFAULTS_2D
            changes = {**base, **changes}
            if changes["mode"] == "2d":
                changes.setdefault("target_params", {})
        if "target" in changes and changes["target"] != self.config.target:
            changes.setdefault("target_params", {})  # one target's settings mean nothing to another
        for k in ("generator", "discriminator", "betas"):
            if k in changes:
                try:
                    changes[k] = tuple(changes[k])
                except TypeError:
                    raise ValueError(tr("{what} must be a list of numbers, got {value!r}", what=k,
                                        value=changes[k])) from None
        if "points" in changes and changes["points"] is not None:
            changes["points"] = tuple(tuple(float(v) for v in p) for p in np.asarray(changes["points"], float))
        try:
            new = dataclasses.replace(self.config, **changes)
        except TypeError as exc:
            raise ValueError(tr("bad settings: {error}", error=str(exc))) from None
        _check_view(new)
        changed = {k for k in changes if getattr(new, k) != getattr(self.config, k)}
        target_changed = bool(changed & {"mode", "target", "target_params", "points"})
        target = make_target(new) if target_changed else self.target
        if changed & set(SHAPE_FIELDS) or target.dim != self.gan.dim:
            self._install(new, target, self.seed)
            return
        live = {k: getattr(new, k) for k in changed if k in LIVE}
        if live:
            self.gan.set_params(**live)
        if target_changed:
            self.gan.set_target(target)
            self.target = target
        self.config = new
        if target_changed or "n_shown" in changed:
            self._fixed_views()
        self._views = None  # e.g. the loss changes how D's output reads, the resolution the heatmap's shape

    def set_target(self, name: str, points: Any = None, **params: Any) -> None:
        """Train on another 2-D target (the networks carry on); painted needs ``points``."""
        self.configure(target=name, points=points, target_params=params)

    def set_train_mode(self, mode: str) -> None:
        """What :meth:`step` trains: "both" (k D steps then one G step), only "d", or only "g"."""
        self.train_mode = check_choice(mode, TRAIN_MODES, tr("training mode"))

    def set_views_every(self, k: int) -> None:
        """Compute the heatmap and the manifold (the costly part of a snapshot) at most every ``k``-th snapshot.

        In between, a snapshot of a training GAN carries the last ones computed; ``"views_steps"``
        says at which iteration. A snapshot taken when nothing was trained since the previous one,
        or after :meth:`refresh_views`, always brings them up to date. 1 (the default): every snapshot.
        """
        k = check_count(k, tr("the number of snapshots per heatmap"))
        if k < 1:
            raise ValueError(tr("the number of snapshots per heatmap must be at least 1, got 0"))
        self.views_every = k

    def refresh_views(self) -> None:
        """Make the next snapshot compute the heatmap and the manifold afresh."""
        self._views = None

    def _heavy_views(self, fake: np.ndarray | None = None) -> dict[str, Any]:
        """The heatmap and the manifold, recomputed when due (see :meth:`set_views_every`); ``fake``: G of the
        shown noise, when the caller has it already."""
        gan, cfg = self.gan, self.config
        v = self._views
        stale = v is None or v["views_steps"] != gan.steps
        # Unchanged since the last snapshot (paused, or a command's snapshot): the caller sees this state for long.
        due = v is None or self._views_age + 1 >= self.views_every or gan.steps == self._last_snapshot_steps
        if stale and due:
            heat = gan.heatmap(self.target.bounds, cfg.heatmap_resolution)
            manifold = gan.manifold(cfg.manifold_size)
            heat.flags.writeable = manifold.flags.writeable = False  # shared by the snapshots until the next ones
            # The losses on the points shown, for the explain pane (cheap beside the heatmap).
            terms = gan.loss_terms(self._real, gan.sample(len(self._z), z=self._z) if fake is None else fake)
            v = self._views = {"heatmap": heat, "manifold": manifold, "views_steps": gan.steps,
                               "loss_terms": terms, "loss_terms_steps": gan.steps}
            self._views_age = 0
        else:
            self._views_age += 1
        self._last_snapshot_steps = gan.steps
        return v

    # ----------------------------------------------------------------- Engine protocol
    def step(self, n: int = 1) -> int:
        """``n`` iterations of the current training mode; returns ``n``.

        Raises DivergenceError (a ValueError) when training diverges: the GAN keeps its last good weights.
        """
        n = check_count(n, tr("the number of steps"))
        if self.train_mode == "both":
            self.gan.step(n)
        elif self.train_mode == "d":
            self.gan.step_d(n)
        else:
            self.gan.step_g(n)
        return n

    def is_settled(self) -> bool:
        return False

    def snapshot(self) -> dict[str, Any]:
        """Copies of what the panel draws (keys in the package contract; 2-D or digits items by mode)."""
        gan, cfg = self.gan, self.config
        hist = gan.recent_history(HISTORY_CAP)
        if self._config_dict is None or self._config_dict[0] is not cfg:
            self._config_dict = (cfg, cfg.as_dict())
        snap: dict[str, Any] = {"steps": gan.steps, "config": dict(self._config_dict[1]),
                                "target_name": self.target.name,
                                "history": hist, "train_mode": self.train_mode, "error": gan.error,
                                "mode": cfg.mode}
        if cfg.mode == "digits":
            digits = gan.sample(N_DIGITS, z=self._z_digits)
            snap["digit_samples"] = digits.reshape(N_DIGITS, 8, 8)
            snap["loss_terms"] = gan.loss_terms(self._real[:N_DIGITS], digits)
            snap["loss_terms_steps"] = gan.steps
            snap["real"] = self._real[:N_DIGITS].reshape(-1, 8, 8).copy()
            snap["modes"] = None
            snap["coverage"] = None
            return snap
        fake, arrows = gan.generator_gradient(self._z)
        snap.update(self._heavy_views(fake))
        snap.update({
            "real": self._real.copy(), "fake": fake, "arrows": (fake.copy(), arrows),
            "bounds": tuple(tuple(b) for b in self.target.bounds),
            "modes": None if self.target.modes is None else self.target.modes.copy(),
            "coverage": None if self.target.modes is None else mode_coverage(fake, self.target),
        })
        return snap

    def state_dict(self) -> dict[str, Any]:
        """Configuration, seed, training mode and the GAN's full state."""
        return {"config": self.config.as_dict(), "seed": self.seed, "train_mode": self.train_mode,
                "gan": self.gan.state_dict()}

    def load_state_dict(self, state: Mapping[str, Any]) -> None:
        """Restore :meth:`state_dict`; ValueError (nothing changed) if it does not fit."""
        try:
            d = dict(state["config"])
            seed = check_seed(state["seed"])
            mode = check_choice(state.get("train_mode", "both"), TRAIN_MODES, tr("training mode"))
            gan_state = state["gan"]
        except (KeyError, TypeError) as exc:
            raise ValueError(tr("this saved GAN scene is incomplete or damaged ({error})", error=str(exc))) from None
        for k in ("generator", "discriminator", "betas"):
            if k in d:
                d[k] = tuple(d[k])
        if d.get("points") is not None:
            d["points"] = tuple(tuple(float(v) for v in p) for p in d["points"])
        try:
            cfg = GANConfig(**d)
        except TypeError as exc:
            raise ValueError(tr("this saved GAN scene has unknown settings ({error})", error=str(exc))) from None
        target = make_target(cfg)
        _check_view(cfg)
        gan = GAN(target=target, seed=seed, **cfg.gan_kwargs())
        gan.load_state_dict(gan_state)
        self.config, self.target, self.gan, self.seed, self.train_mode = cfg, target, gan, seed, mode
        self._fixed_views()
