"""Hopfield network: Hebbian, Storkey and pseudo-inverse storage, asynchronous and synchronous recall."""

from __future__ import annotations

from simulator.models.hopfield.capacity import CapacityResult, capacity_curve
from simulator.models.hopfield.engine import HopfieldNetwork, Recognition

__all__ = ["HopfieldNetwork", "Recognition", "CapacityResult", "capacity_curve", "warmup"]


def warmup() -> None:
    """Compile (or load from numba's cache) every Hopfield kernel, on tiny arrays."""
    from simulator.models.hopfield import kernels

    kernels.warmup()
