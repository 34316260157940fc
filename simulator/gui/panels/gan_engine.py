"""The GAN panel's bridge to the Qt-free engine: its settings as a GANConfig, and engines built off the GUI thread."""

from __future__ import annotations

from typing import Any

import numpy as np

from simulator.gui.panels.gan_parts import Settings, network_sizes
# Imported here, in the GUI thread, so that numba is never first imported by two threads at once.
from simulator.models import gan as gan_pkg

#: Real and generated points drawn: enough to see every mode, few enough for a light frame.
N_SHOWN = 256


def engine_config(s: Settings, points: np.ndarray | None = None) -> Any:
    """The engine configuration of the panel settings ``s`` (``points``: the painted target's points)."""
    digits = s.target == "digits"
    g, d = network_sizes(s, 64 if digits else 2)
    kwargs: dict[str, Any] = dict(
        generator=g, discriminator=d, activation=s.activation, noise=s.noise, loss=s.loss, optimizer=s.optimizer,
        lr_g=s.lr_g, lr_d=s.lr_d, d_steps=s.d_steps, unroll=s.unroll, minibatch_features=s.minibatch_features,
        n_shown=N_SHOWN, batch_size=s.batch_size,
    )
    if digits:
        return gan_pkg.GANConfig.digits(**kwargs)
    if s.target == "painted":
        kwargs["points"] = None if points is None else tuple(tuple(float(v) for v in p) for p in points)
    return gan_pkg.GANConfig(mode="2d", target=s.target, **kwargs)


def build_engines(a: Settings | None, b: Settings | None, seed: int, points: np.ndarray | None = None,
                  views_every: int = 1) -> tuple[Any, Any]:
    """Engines for settings ``a`` and ``b`` (None: not built), from the same seed (runs in a background job);
    ``views_every``: snapshots per fresh heatmap (see ``GANEngine.set_views_every``)."""
    out = []
    for s in (a, b):
        if s is None:
            out.append(None)
            continue
        eng = gan_pkg.GANEngine(engine_config(s, points), seed=seed)
        eng.set_train_mode(s.train_mode)
        eng.set_views_every(views_every)
        out.append(eng)
    return out[0], out[1]


def engine_changes(s: Settings, field: str, mode: str) -> dict[str, Any]:
    """The ``configure`` arguments that bring an engine to settings ``s`` after ``field`` changed."""
    if field in ("g_depth", "g_width", "d_depth", "d_width", "noise_dim"):
        g, d = network_sizes(s, 64 if mode == "digits" else 2)
        return {"generator": g, "discriminator": d}
    return {field: getattr(s, field)}
