"""Boltzmann machine: stochastic 0/1 units, Gibbs sampling, simulated annealing and learning."""

from __future__ import annotations

from simulator.models.boltzmann.engine import AnnealResult, BoltzmannMachine
from simulator.models.boltzmann.learning import BoltzmannLearner, fit
from simulator.models.boltzmann.schedules import (Constant, Geometric, Linear, Logarithmic, Piecewise, Quench,
                                                  Schedule, schedule_from_dict)

__all__ = ["BoltzmannMachine", "AnnealResult", "BoltzmannLearner", "fit", "Schedule", "Constant", "Quench", "Linear", "Geometric",
           "Logarithmic", "Piecewise", "schedule_from_dict", "warmup"]


def warmup() -> None:
    """Compile (or load from numba's cache) every Boltzmann kernel, on tiny arrays."""
    from simulator.models.boltzmann import kernels

    kernels.warmup()
