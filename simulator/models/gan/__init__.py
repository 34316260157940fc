"""Generative adversarial networks on 2-D distributions and on the digits: collapse, remedies, live views."""

from __future__ import annotations

from simulator.models.gan import targets
from simulator.models.gan.coverage import Coverage, mode_coverage
from simulator.models.gan.engine import GANConfig, GANEngine
from simulator.models.gan.gan import GAN, DivergenceError

__all__ = ["GAN", "DivergenceError", "targets", "mode_coverage", "Coverage", "GANEngine", "GANConfig", "warmup"]


def warmup() -> None:
    """Compile (or load from numba's cache) every GAN kernel, on tiny networks."""
    import numpy as np

    for mb in (False, True):
        for dt in (np.float32,):
            gan = GAN((2, 3, 2), (2, 3, 1), batch_size=4, seed=0, minibatch_features=mb, unroll=1, dtype=dt,
                      record_every=2)
            gan.step(2)
            gan.step_d(1)
            gan.step_g(1)
            gan.heatmap(gan.target.bounds, 4)
            gan.generator_gradient(gan.noise(3))
            gan.manifold(3)
