"""Parts of the GAN panel: choices, presets, the settings dataclass and the pure geometry of arrows and grids."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from typing import Any

import numpy as np

from simulator.core.text import tr
from simulator.gui.i18n import engine_text

#: The panel's title (the main window shows it through ``engine_text``).
PANEL_TITLE = tr("Generative adversarial network")

#: Targets offered in the combo: (key, label, tooltip).
TARGETS = (
    ("ring", tr("Ring of 8 Gaussians"), tr("Eight narrow Gaussians on a circle: the classic test of mode collapse.")),
    ("grid", tr("5 × 5 grid of Gaussians"), tr("Twenty-five narrow Gaussians on a square grid.")),
    ("moons", tr("Two moons"), tr("Two interleaved half circles, with a little noise.")),
    ("spiral", tr("Spiral"), tr("A spiral arm, with a little noise.")),
    ("line", tr("Line"), tr("A thin straight segment: a one-dimensional distribution in the plane.")),
    ("painted", tr("Paint your own…"), tr("Click or drag on the view to put points, then press Use: the generator "
                                          "learns the distribution you painted.")),
    ("digits", tr("Digits (image mode)"), tr("The 8 × 8 handwritten digits: a small GAN drawing digits from noise.")),
)
TARGET_KEYS = tuple(t[0] for t in TARGETS)

LOSSES = (
    ("minimax", tr("Minimax (saturating)"), tr("The original game: G descends E log(1 − D(G(z))). Its gradient "
                                               "vanishes when D rejects the fakes confidently.")),
    ("non_saturating", tr("Non-saturating"), tr("G ascends E log D(G(z)) instead: the same fixed point, strong "
                                                "gradients early on (Goodfellow et al. 2014).")),
    ("least_squares", tr("Least squares"), tr("LSGAN: D regresses real to 1 and fake to 0, G pushes its fakes "
                                              "towards 1 (Mao et al. 2017).")),
)
ACTIVATIONS = (
    ("relu", "ReLU", "max(0, x)"),
    ("leaky_relu", tr("Leaky ReLU"), tr("max(0.2x, x): no dead units")),
    ("tanh", "tanh", tr("a smooth, saturating unit")),
)
NOISES = (
    ("gaussian", tr("Gaussian"), tr("z drawn from a standard normal distribution")),
    ("uniform", tr("Uniform"), tr("z drawn uniformly from the box [−1, 1]")),
)
OPTIMIZERS = (
    ("adam", "Adam", tr("Adam with β₁ = 0.5, β₂ = 0.999 (the usual GAN setting)")),
    ("sgd", "SGD", tr("Plain stochastic gradient descent")),
)
TRAIN_MODES = (
    ("both", tr("Both"), tr("Each iteration: k discriminator steps, then one generator step.")),
    ("d", tr("Only D"), tr("Train only the discriminator: G is frozen (watch D's heatmap sharpen).")),
    ("g", tr("Only G"), tr("Train only the generator: D is frozen (watch the fakes climb D's slope).")),
)

#: Layers of the 2-D view: (key, label, tooltip).
LAYERS = (
    ("heatmap", "D(x)", tr("The discriminator's output D(x) behind the samples: orange where it says 'real', blue "
                           "where it says 'fake'.")),
    ("real", tr("Real"), tr("A fixed batch of samples from the target distribution.")),
    ("fake", tr("Generated"), tr("The generator's samples G(z) of a fixed batch of noise vectors.")),
    ("arrows", tr("Arrows"), tr("Where the generator's next step moves each generated sample: −∂(G loss)/∂x.")),
    ("manifold", tr("Manifold"), tr("A grid of lines in noise space mapped through G: how G folds and stretches z.")),
    ("modes", tr("Modes"), tr("The centres of the mixture's Gaussians.")),
)

MAX_ARROWS = 160
#: How an edit names each setting in a refusal.
FIELD_NAMES = {"loss": tr("loss"), "optimizer": tr("optimizer"), "lr_g": tr("generator's learning rate"),
               "lr_d": tr("discriminator's learning rate"), "d_steps": tr("number of D steps"),
               "unroll": tr("unrolling steps"), "minibatch_features": tr("minibatch features"),
               "batch_size": tr("batch size"), "g_depth": tr("generator's layers"), "g_width": tr("generator's width"),
               "d_depth": tr("discriminator's layers"), "d_width": tr("discriminator's width"),
               "activation": tr("activation"), "noise_dim": tr("noise dimension"), "noise": tr("noise distribution")}

MAX_HISTORY_POINTS = 2000


@dataclass(frozen=True)
class Settings:
    """The values of the panel's controls (one configuration of the engine)."""

    target: str = "ring"
    g_depth: int = 2
    g_width: int = 128
    d_depth: int = 2
    d_width: int = 128
    activation: str = "relu"
    noise_dim: int = 2
    noise: str = "gaussian"
    loss: str = "non_saturating"
    optimizer: str = "adam"
    lr_g: float = 1e-3
    lr_d: float = 1e-3
    d_steps: int = 1
    unroll: int = 0
    minibatch_features: bool = False
    batch_size: int = 256
    train_mode: str = "both"

    def changed(self, other: "Settings") -> dict[str, Any]:
        """The fields of ``other`` that differ from this one's."""
        return {f.name: getattr(other, f.name) for f in fields(self) if getattr(self, f.name) != getattr(other, f.name)}

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


#: The fields a comparison's second configuration may change.
COMPARE_FIELDS = ("loss", "optimizer", "lr_g", "lr_d", "d_steps", "unroll", "minibatch_features")
#: Fields that change a network's shape or its inputs (the networks start again; minibatch features give D
#: one more input).
SHAPE_FIELDS = ("g_depth", "g_width", "d_depth", "d_width", "activation", "noise_dim", "noise", "minibatch_features")
#: What the digits mode changes in the settings (wider networks, the engine's digits rates); the 2-D
#: settings come back with a 2-D target.
DIGITS_SETTINGS = {"g_depth": 2, "g_width": 256, "d_depth": 2, "d_width": 256, "activation": "leaky_relu",
                   "lr_g": 1e-3, "lr_d": 5e-4, "batch_size": 64}

#: The small plain GAN that collapses on the ring (measured with batches drawn per iteration: batch 64, width 64,
#: 2000 iterations, seeds 0-2: modes covered on average 3.3 of 8 plain, 6.7 with 5 unrolling steps, 5.7 with
#: minibatch features).
_SMALL = {"target": "ring", "g_width": 64, "d_width": 64, "g_depth": 2, "d_depth": 2, "batch_size": 64,
          "loss": "non_saturating", "optimizer": "adam", "lr_g": 1e-3, "lr_d": 1e-3, "d_steps": 1, "unroll": 0,
          "minibatch_features": False}
#: Presets: (name, tooltip, settings changes from the defaults, comparison's changes or None).
PRESETS = (
    (tr("Default: ring"), tr("The 8-Gaussian ring with the default settings: 2-128-128 networks, batch 256."), {},
     None),
    (tr("Mode collapse on the ring"), tr("A smaller GAN with small batches: G covers a few modes and hops between "
                                         "them."), _SMALL, None),
    (tr("Cured by unrolling"), tr("The same GAN, but G's step looks 5 discriminator steps ahead (Metz et al. 2017): "
                                  "it spreads over the modes."), {**_SMALL, "unroll": 5}, None),
    (tr("Cured by minibatch features"), tr("The same GAN, but D also sees how spread out its batch is, so a "
                                           "collapsed batch gives itself away."),
     {**_SMALL, "minibatch_features": True}, None),
    (tr("Oscillation"), tr("Learning rates ten times the default: G and D overshoot each other, and the generated "
                           "samples jump from mode to mode instead of settling."),
     {"target": "ring", "loss": "non_saturating", "optimizer": "adam", "lr_g": 1e-2, "lr_d": 1e-2}, None),
    (tr("Saturating loss stalls"), tr("The minimax loss with a discriminator trained 5 times per G step: D wins, "
                                      "log(1 − D(G(z))) saturates and G hardly moves."),
     {"target": "grid", "loss": "minimax", "optimizer": "adam", "d_steps": 5, "lr_d": 2e-3, "lr_g": 1e-3}, None),
    (tr("Compare: plain vs unrolled"), tr("Side by side on the ring: the small GAN without (A) and with (B) 5 "
                                          "unrolling steps."), _SMALL, {"unroll": 5}),
    (tr("Compare: plain vs minibatch features"), tr("Side by side on the ring: the small GAN without (A) and with (B) "
                                                    "minibatch features."), _SMALL, {"minibatch_features": True}),
)
PRESET_NAMES = tuple(p[0] for p in PRESETS)


def preset(name: str) -> tuple[Settings, dict[str, Any] | None]:
    """The settings of preset ``name`` and its comparison changes (None: no comparison)."""
    for key, _tip, changes, compare in PRESETS:
        if key == name:
            return replace(Settings(), **changes), (dict(compare) if compare is not None else None)
    raise ValueError(tr("There is no preset called {name!r}; choose one of {names}.", name=name,
                        names=", ".join(PRESET_NAMES)))


def preset_title(name: str) -> str:
    """Preset ``name`` (its English name, the key of :data:`PRESETS`) in the chosen language."""
    return engine_text(next((p[0] for p in PRESETS if p[0] == name), name))


def network_sizes(s: Settings, dim: int = 2) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Layer sizes (generator, discriminator) of ``s`` for data of dimension ``dim``."""
    noise_dim = s.noise_dim if dim == 2 else max(s.noise_dim, 16)
    g = (noise_dim, *([s.g_width] * s.g_depth), dim)
    d = (dim, *([s.d_width] * s.d_depth), 1)
    return g, d


def error_text(exc: BaseException) -> str:
    """An exception as the Runner reports it in a snapshot (ValueError texts are written for people)."""
    return str(exc) if isinstance(exc, ValueError) else f"{type(exc).__name__}: {exc}"


def readout(d: Any, d_b: Any = None) -> str:
    """The line under the plane: iterations, losses, D's outputs and coverage (and B's, while comparing)."""
    h = d["history"]
    parts = [engine_text(tr("{steps:,} iterations", steps=int(d["steps"])))]
    if len(h["loss_d"]):
        parts.append(engine_text(tr("loss D {d:.2f} / G {g:.2f}", d=float(h["loss_d"][-1]),
                                    g=float(h["loss_g"][-1]))))
        parts.append(engine_text(tr("D(real) {real:.2f} / D(fake) {fake:.2f}", real=float(h["d_real"][-1]),
                                    fake=float(h["d_fake"][-1]))))
    cov = d.get("coverage")
    if cov is not None:
        who = "A: " if d_b is not None else ""
        parts.append(who + engine_text(tr("{covered} of {n} modes, {quality:.0%} high quality",
                                          covered=cov.modes_covered, n=cov.n_modes, quality=cov.high_quality)))
    cov_b = None if not d_b else d_b.get("coverage")
    if cov_b is not None:
        parts.append(engine_text(tr("B: {covered} of {n} modes", covered=cov_b.modes_covered, n=cov_b.n_modes)))
    return "  ·  ".join(parts)


def arrow_segments(x: np.ndarray, g: np.ndarray, length: float, head: float = 0.3,
                   limit: int = MAX_ARROWS) -> tuple[np.ndarray, np.ndarray]:
    """Line segments (for ``connect="pairs"``) of arrows from ``x`` along ``g``, with two-stroke heads.

    The longest usual arrow (the 90th percentile of |g|) is drawn ``length`` long; longer
    ones are cut to twice that, so one outlier does not hide the rest.
    """
    x = np.asarray(x, np.float64)[:limit]
    g = np.asarray(g, np.float64)[:limit]
    ok = np.isfinite(x).all(axis=1) & np.isfinite(g).all(axis=1)
    x, g = x[ok], g[ok]
    n = len(x)
    if n == 0:
        return np.zeros(0), np.zeros(0)
    mag = np.hypot(g[:, 0], g[:, 1])
    ref = float(np.percentile(mag, 90)) if n else 0.0
    if not ref > 0:
        return np.zeros(0), np.zeros(0)
    scale = np.minimum(mag / ref, 2.0) * length
    unit = g / np.maximum(mag, 1e-300)[:, None]
    tip = x + unit * scale[:, None]
    h = (head * scale)[:, None]
    c, s = np.cos(np.radians(28.0)), np.sin(np.radians(28.0))
    back = -unit
    left = np.stack([c * back[:, 0] - s * back[:, 1], s * back[:, 0] + c * back[:, 1]], axis=1)
    right = np.stack([c * back[:, 0] + s * back[:, 1], -s * back[:, 0] + c * back[:, 1]], axis=1)
    # Per arrow: shaft (x -> tip), then the two strokes of the head (tip -> tip + h * side).
    pts = np.empty((n, 6, 2))
    pts[:, 0] = x
    pts[:, 1] = tip
    pts[:, 2] = tip
    pts[:, 3] = tip + h * left
    pts[:, 4] = tip
    pts[:, 5] = tip + h * right
    pts = pts.reshape(-1, 2)
    return pts[:, 0].copy(), pts[:, 1].copy()


def grid_lines(m: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The lines of a mapped grid (n, n, 2) (rows, then columns) or a curve (n, 2), for one line item.

    Returns x, y and the ``connect`` array (False where one line ends and the next starts).
    """
    m = np.asarray(m, np.float64)
    if m.ndim == 2:
        lines = [m]
    elif m.ndim == 3:
        lines = [m[i] for i in range(m.shape[0])] + [m[:, j] for j in range(m.shape[1])]
    else:
        raise ValueError(tr("A manifold is an (n, 2) curve or an (n, n, 2) grid; got shape {shape}.", shape=m.shape))
    pts = np.concatenate(lines)[:, :2]
    connect = np.ones(len(pts), bool)
    ends = np.cumsum([len(line) for line in lines]) - 1
    connect[ends] = False
    bad = ~np.isfinite(pts).all(axis=1)
    if bad.any():
        pts = np.where(bad[:, None], 0.0, pts)
        connect[bad] = False
        connect[np.flatnonzero(bad) - 1] = False
    return pts[:, 0].copy(), pts[:, 1].copy(), connect


def decimate(x: np.ndarray, *ys: np.ndarray, limit: int = MAX_HISTORY_POINTS) -> tuple[np.ndarray, ...]:
    """Every k-th point (and the last) so that at most about ``limit`` points are drawn."""
    x = np.asarray(x)
    n = len(x)
    if n <= limit:
        return (x, *[np.asarray(y) for y in ys])
    k = int(np.ceil(n / limit))
    idx = np.arange(0, n, k)
    if idx[-1] != n - 1:
        idx = np.append(idx, n - 1)
    return (x[idx], *[np.asarray(y)[idx] for y in ys])


def paint_bounds(bounds: Any) -> tuple[tuple[float, float], tuple[float, float]]:
    """The box painted points may lie in: the view's bounds, at least [−4, 4]²."""
    (x0, x1), (y0, y1) = bounds if bounds is not None else ((-4.0, 4.0), (-4.0, 4.0))
    return (min(x0, -4.0), max(x1, 4.0)), (min(y0, -4.0), max(y1, 4.0))
