"""A world's dynamics as tables: equally likely outcomes for the kernels, and the full P, R model."""

from __future__ import annotations

import numpy as np

from simulator.models.qlearning.world import Tables, Transitions, _ro


def build_tables(world) -> Tables:
    """The dynamics of ``world`` (a GridWorld) as equally likely outcomes, read-only arrays."""
    S, A = world.n_states, world.n_actions
    allowed = world.allowed
    K = 3 if world.slippery else 1
    out_next = np.zeros((S, A, K), np.int64)
    out_reward = np.zeros((S, A, K), np.float64)
    n_out = np.zeros((S, A), np.int64)
    if world.is_graph:
        for s in range(S):
            for a in range(A):
                if allowed[s, a]:
                    out_next[s, a, 0] = a
                    out_reward[s, a, 0] = world.rewards[s, a]
                    n_out[s, a] = 1
        starts = np.flatnonzero(allowed.any(axis=1))
    else:
        for s in range(S):
            if not allowed[s, 0]:
                continue
            for a in range(4):
                dirs = ((a + 3) % 4, a, (a + 1) % 4) if world.slippery else (a,)
                for k, d in enumerate(dirs):
                    nxt = world._move(s, d)
                    out_next[s, a, k] = nxt
                    out_reward[s, a, k] = world.rewards.flat[nxt]
                n_out[s, a] = len(dirs)
        starts = np.array([world.start])
    act_list = np.full((S, A), -1, np.int64)
    n_act = allowed.sum(axis=1).astype(np.int64)
    for s in range(S):
        idx = np.flatnonzero(allowed[s])
        act_list[s, :idx.size] = idx
    return Tables(*(_ro(x) for x in (out_next, out_reward, n_out, act_list, n_act, world.terminal,
                                       world.episode_end, starts.astype(np.int64))))


def full_model(world) -> Transitions:
    """The full model of ``world`` (a GridWorld): probabilities P (S, A, S), rewards R (S, A, S), terminal, episode_end, allowed."""
    t = world.tables()
    S, A = world.n_states, world.n_actions
    P = np.zeros((S, A, S))
    R = np.zeros((S, A, S))
    for s in range(S):
        for a in range(A):
            n = int(t.n_out[s, a])
            for k in range(n):
                P[s, a, t.out_next[s, a, k]] += 1.0 / n
                R[s, a, t.out_next[s, a, k]] = t.out_reward[s, a, k]
    return Transitions(P, R, world.terminal.copy(), world.episode_end.copy(), world.allowed.copy())
