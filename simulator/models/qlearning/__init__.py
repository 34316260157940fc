"""Q-learning: grid and graph worlds, Q-learning, SARSA, TD(0) and value iteration."""

from __future__ import annotations

from simulator.models.qlearning import presets
from simulator.models.qlearning.agents import (QLearningAgent, QLearningParams, SarsaAgent, StepRecord, TDAgent,
                                               value_iteration)
from simulator.models.qlearning.engine import QLearningEngine
from simulator.models.qlearning.world import GridWorld, Transitions

__all__ = ["GridWorld", "Transitions", "QLearningAgent", "SarsaAgent", "TDAgent", "StepRecord", "QLearningParams",
           "value_iteration", "QLearningEngine", "presets", "warmup"]


def warmup() -> None:
    """Compile (or load from numba's cache) every Q-learning kernel, on tiny arrays."""
    from simulator.models.qlearning import kernels

    kernels.warmup()
