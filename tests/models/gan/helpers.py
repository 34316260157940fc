"""Shared helpers of the GAN tests: tiny float64 GANs and one iteration on given batches."""

from __future__ import annotations

import numpy as np

from simulator.models.gan import GAN
from simulator.models.gan import kernels as K
from simulator.models.gan.gan import LOSSES, OPTIMIZERS

MODES = {"both": K.BOTH, "d": K.ONLY_D, "g": K.ONLY_G}


def tiny(dtype=np.float64, **kw) -> GAN:
    """A small GAN (noise 3, G 3-7-5-2, D 2-6-5-1) for exact checks."""
    args = dict(generator=(3, 7, 5, 2), discriminator=(2, 6, 5, 1), batch_size=8, seed=3, dtype=dtype,
                record_every=0)
    args.update(kw)
    return GAN(**args)


def batches(gan: GAN, k: int, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """(1, k, B, dim) real and (1, k, B, noise_dim) noise batches drawn from ``seed``."""
    rng = np.random.default_rng(seed)
    b = gan.params["batch_size"]
    real = gan.target.sample(k * b, rng).reshape(1, k, b, gan.dim).astype(gan.dtype)
    z = rng.standard_normal((1, k, b, gan.noise_dim)).astype(gan.dtype)
    return real, z


def run_iteration(gan: GAN, real: np.ndarray, z: np.ndarray, mode: str = "both") -> tuple[int, int]:
    """One iteration of the jitted kernel on the given batches (the GAN's settings)."""
    p = gan.params
    hyper = np.array([p["lr_g"], p["lr_d"], p["betas"][0], p["betas"][1], 1e-8])
    ints = np.zeros(8, np.int64)
    ints[:6] = (MODES[mode], real.shape[1], p["unroll"], OPTIMIZERS[p["optimizer"]], LOSSES[p["loss"]],
                int(gan.minibatch_features))
    ints[6:] = gan._t
    return gan._chunk(real, z, hyper, ints)
