"""Q-learning bench cases: tabular updates per second on the 10x10 maze against reference.py; value iteration time."""

from __future__ import annotations

import time
from typing import Any

import numpy as np

from simulator.core.bench import BenchRecord, gui_records, time_best
from simulator.models.qlearning import reference
from simulator.models.qlearning.agents import QLearningAgent, value_iteration
from simulator.models.qlearning.presets import maze

MODEL = "qlearning"
SEED = 2024
PARAMS = dict(alpha=0.5, gamma=0.9, epsilon=0.1)


def cases(quick: bool) -> list[BenchRecord | dict[str, Any]]:
    """Updates per second of Q-learning on the maze preset (kernel vs plain Python), value iteration time."""
    t0 = time.perf_counter()
    world = maze()
    records: list[BenchRecord | dict[str, Any]] = []
    QLearningAgent(world, seed=SEED, **PARAMS).train(2)  # compile / load the kernels
    n_updates = 2_000_000 if quick else 20_000_000
    n_ref = 20_000 if quick else 200_000

    # A fresh agent before each timed run (untimed), so every run does the same work.
    holder: dict[str, QLearningAgent] = {}

    def fresh() -> None:
        holder["a"] = QLearningAgent(world, seed=SEED, **PARAMS)

    t_ours, _ = time_best(lambda: holder["a"].run_updates(n_updates), repeats=5, setup=fresh)
    seed_state = int(np.random.default_rng(SEED).integers(0, 2**64, dtype=np.uint64))
    t_ref, out = time_best(lambda: reference.train(world, "q_learning", 10**9, seed_state=seed_state,
                                                   max_updates=n_ref, **PARAMS), repeats=3)
    ours = n_updates / t_ours
    base = n_ref / t_ref
    extra = {"world": "maze preset 10x10, deterministic, step -1, goal +10", "updates_ours": n_updates,
             "updates_reference": n_ref, "episodes_reference": int(out[3].size), "threads": "one",
             "goal": "speedup >= 100 and >= 1e7 updates/s", "meets_goal": bool(ours / base >= 100 and ours >= 1e7),
             "same_random_stream": "splitmix64; kernel and reference.py give identical Q tables",
             "ours_includes": "the kernel call from QLearningAgent.run_updates (episode restarts included)"}
    records.append(BenchRecord(MODEL, "Q-learning updates, maze 10x10, epsilon 0.1", "updates per second",
                               "updates/s", ours, base, "reference.py", ours / base, extra))

    t_vi, _ = time_best(lambda: value_iteration(world, 0.9), repeats=5 if quick else 20)
    t_vi_ref, _ = time_best(lambda: reference.value_iteration(world, 0.9), repeats=2 if quick else 5)
    records.append(BenchRecord(MODEL, "value iteration, maze 10x10, gamma 0.9, tol 1e-10", "time", "ms",
                               t_vi * 1e3, t_vi_ref * 1e3, "reference.py (numpy on the full P, R model)",
                               t_vi_ref / t_vi, {"states": world.n_states}))

    records.extend(gui_records(MODEL))
    for r in records:
        if isinstance(r, BenchRecord):
            r.extra.setdefault("bench_seconds_so_far", time.perf_counter() - t0)
    return records
