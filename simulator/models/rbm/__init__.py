"""Restricted Boltzmann machine: contrastive divergence, dreaming, completion and a recommender."""

from __future__ import annotations

from simulator.models.rbm.engine import RBM
from simulator.models.rbm.scenes import CompletionEngine, DreamEngine, RBMTrainer

__all__ = ["RBM", "RBMTrainer", "DreamEngine", "CompletionEngine", "warmup"]


def warmup() -> None:
    """Compile (or load from numba's cache) every RBM kernel, on tiny arrays."""
    from simulator.models.rbm import kernels

    kernels.warmup()
