"""QLearningEngine: the Runner-facing engine of the Q-learning panel (a world, an agent, value iteration)."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any, Mapping

import numpy as np

from simulator.core.checks import check_choice, check_seed
from simulator.core.text import tr
from simulator.models.qlearning import presets
from simulator.models.qlearning.agents import (QLearningAgent, QLearningParams, SarsaAgent, StepRecord, TDAgent,
                                               check_params, value_iteration)
from simulator.models.qlearning.world import GridWorld

ALGORITHMS = ("q_learning", "sarsa", "td0")
_AGENTS = {"q_learning": QLearningAgent, "sarsa": SarsaAgent, "td0": TDAgent}
_STATE_DICT_VERSION = 1


def world_to_state(world: GridWorld) -> dict[str, Any]:
    """Plain values that rebuild ``world`` with :func:`world_from_state`."""
    if world.is_graph:
        return {"kind": "graph", "R": np.array(world.rewards), "goals": list(world.goals),
                "names": list(world.names), "name": str(world.name)}
    return {"kind": "grid", "text": world.to_text()}


def world_from_state(state: Mapping[str, Any]) -> GridWorld:
    """The world :func:`world_to_state` described; ValueError when it is not valid."""
    try:
        if state["kind"] == "graph":
            return GridWorld.from_reward_matrix(state["R"], state["goals"], state["names"], name=state["name"])
        if state["kind"] == "grid":
            return GridWorld.from_text(state["text"])
    except (KeyError, TypeError) as exc:
        raise ValueError(tr("the saved world is incomplete or malformed ({why})", why=exc)) from None
    raise ValueError(tr("unknown saved world kind {kind!r}", kind=state.get('kind')))


class QLearningEngine:
    """A world and a learning agent, stepped by the Runner one action (update) at a time.

    Parameters
    ----------
    world : GridWorld, optional
        Default: the cliff-walking preset.
    algorithm : {"q_learning", "sarsa", "td0"}
        TD(0) evaluates the uniformly random policy.
    alpha, gamma, epsilon, epsilon_decay, epsilon_min, exploration, temperature, update, max_steps
        Learning parameters (:class:`~simulator.models.qlearning.agents.QLearningParams`).
    seed : int
        Seed of the agent's generator; :meth:`reset` without a seed reuses it.
    """

    ALGORITHMS = ALGORITHMS

    def __init__(self, world: GridWorld | None = None, *, algorithm: str = "q_learning", alpha: float = 0.5,
                 gamma: float = 0.9, epsilon: float = 0.1, epsilon_decay: float = 1.0, epsilon_min: float = 0.0,
                 exploration: str = "epsilon", temperature: float = 1.0, update: str = "incremental",
                 max_steps: int = 1000, seed: int = 0) -> None:
        world = presets.cliff() if world is None else world
        if not isinstance(world, GridWorld):
            raise ValueError(f"the engine needs a GridWorld, got {type(world).__name__}")
        self._params = check_params(QLearningParams(), alpha=alpha, gamma=gamma, epsilon=epsilon,
                                    epsilon_decay=epsilon_decay, epsilon_min=epsilon_min, exploration=exploration,
                                    temperature=temperature, update=update, max_steps=max_steps)
        self._algorithm = check_choice(algorithm, ALGORITHMS, "algorithm")
        self._seed = check_seed(seed)
        self._world = world
        self._optimal: tuple[GridWorld, float, np.ndarray, np.ndarray] | None = None
        self._agent = self._new_agent()

    def _new_agent(self) -> QLearningAgent:
        return _AGENTS[self._algorithm](self._world, seed=self._seed, **asdict(self._params))

    # ----------------------------------------------------------------- Engine protocol
    def reset(self, seed: int | None = None) -> None:
        """Fresh tables, the agent back at the start, histories cleared; reseed (None keeps the seed)."""
        if seed is not None:
            self._seed = check_seed(seed)
        self._agent.reset(self._seed)

    def step(self, n: int = 1) -> int:
        """Exactly ``n`` actions, each with its update; returns ``n``."""
        return self._agent.run_updates(n)

    def is_settled(self) -> bool:
        return False

    def train_episodes(self, n: int) -> None:
        """Run ``n`` episodes flat out (the episode under way counts as the first)."""
        self._agent.train(n)

    def snapshot(self) -> dict[str, Any]:
        """Copies of everything the panel draws (see the package contract for the keys)."""
        a = self._agent
        opt_v, opt_policy = self._optimal_solution()
        state = a.state
        if state < 0 and not self._world.is_graph:
            state = self._world.start
        return {
            "world": self._world,
            "q": a.q.copy() if self._algorithm != "td0" else np.zeros_like(a.q),
            "v": a.values(),
            "visits": a.visits.copy(),
            "policy": a.greedy_policy(),
            "agent_state": int(state),
            "episode": a.episodes,
            "episode_return": a.episode_return,
            "returns": a.returns,
            "steps_per_episode": a.steps,
            "last_step": a.last_step,
            "optimal_policy": opt_policy.copy(),
            "optimal_v": opt_v.copy(),
            "epsilon": a.epsilon,
            "algorithm": self._algorithm,
            "params": asdict(self._params),
            "updates": a.updates,
        }

    def state_dict(self) -> dict[str, Any]:
        """World, algorithm, parameters, seed and the agent's full state (plain values and arrays)."""
        return {"version": _STATE_DICT_VERSION, "world": world_to_state(self._world), "algorithm": self._algorithm,
                "params": asdict(self._params), "seed": self._seed, "agent": self._agent.state_dict()}

    def load_state_dict(self, state: Mapping[str, Any]) -> None:
        """Restore :meth:`state_dict`; ValueError, with the engine unchanged, when it does not fit."""
        try:
            if state["version"] != _STATE_DICT_VERSION:
                raise ValueError(tr("unsupported engine state version {version!r}", version=state['version']))
            world = world_from_state(state["world"])
            algorithm = check_choice(state["algorithm"], ALGORITHMS, "algorithm")
            params = check_params(QLearningParams(), **dict(state["params"]))
            seed = check_seed(state["seed"])
            agent_state = state["agent"]
        except (KeyError, TypeError) as exc:
            raise ValueError(tr("the saved engine state is incomplete or malformed ({why})", why=exc)) from None
        agent = _AGENTS[algorithm](world, seed=seed, **asdict(params))
        agent.load_state_dict(agent_state)
        self._world, self._algorithm, self._params, self._seed, self._agent = world, algorithm, params, seed, agent
        self._optimal = None

    # ----------------------------------------------------------------- changes
    @property
    def world(self) -> GridWorld:
        return self._world

    @property
    def params(self) -> QLearningParams:
        return self._params

    @property
    def algorithm(self) -> str:
        return self._algorithm

    @property
    def agent(self) -> QLearningAgent:
        """The agent (for reading; change it through the engine's methods)."""
        return self._agent

    def set_world(self, world: GridWorld) -> None:
        """Learn ``world`` from scratch, keeping the parameters and seed."""
        if not isinstance(world, GridWorld):
            raise ValueError(f"the engine needs a GridWorld, got {type(world).__name__}")
        agent = _AGENTS[self._algorithm](world, seed=self._seed, **asdict(self._params))
        self._world, self._agent, self._optimal = world, agent, None

    def set_params(self, **changes: Any) -> None:
        """Change learning parameters live (Q is kept); ValueError on a bad value, nothing changed."""
        new = check_params(self._params, **changes)
        self._agent.set_params(**changes)
        self._params = new

    def set_algorithm(self, name: str) -> None:
        """Switch to "q_learning", "sarsa" or "td0", learning from scratch."""
        self._algorithm = check_choice(name, ALGORITHMS, "algorithm")
        self._agent = self._new_agent()

    def solve(self) -> None:
        """Run value iteration now for the current world and gamma (else done on the first snapshot)."""
        self._optimal_solution()

    def step_record(self) -> StepRecord | None:
        """The last update, written out."""
        return self._agent.last_step

    def _optimal_solution(self) -> tuple[np.ndarray, np.ndarray]:
        # Keyed on the world object itself (worlds are immutable) and gamma.
        if self._optimal is None or self._optimal[0] is not self._world or self._optimal[1] != self._params.gamma:
            v, policy, _ = value_iteration(self._world, self._params.gamma)
            self._optimal = (self._world, self._params.gamma, v, policy)
        return self._optimal[2], self._optimal[3]
