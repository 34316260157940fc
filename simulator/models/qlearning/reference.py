"""Plain-Python reference of the agents and of value iteration: slow, obviously correct, same random stream."""

from __future__ import annotations

import math

import numpy as np

_MASK = (1 << 64) - 1


class SplitMix64:
    """The kernels' splitmix64 stream in Python integers (same uniforms, bit for bit)."""

    def __init__(self, state: int) -> None:
        self.state = int(state) & _MASK

    def uniform(self) -> float:
        self.state = (self.state + 0x9E3779B97F4A7C15) & _MASK
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & _MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & _MASK
        z ^= z >> 31
        return float(z >> 11) * (1.0 / 9007199254740992.0)


def _allowed_actions(world, s):
    return [a for a in range(world.n_actions) if world.allowed[s, a]]


def choose(q, s, actions, epsilon, softmax, temperature, rng: SplitMix64):
    """(action, explored): epsilon-greedy with random tie-breaking, or softmax (same draws as the kernel)."""
    best = max(q[s][a] for a in actions)
    greedy = [a for a in actions if q[s][a] == best]
    if softmax:
        u = rng.uniform()
        weights = [math.exp((q[s][a] - best) / temperature) for a in actions]
        goal = u * sum(weights)
        acc = 0.0
        a = actions[-1]
        for b, w in zip(actions, weights):
            acc += w
            if acc > goal:
                a = b
                break
    else:
        if rng.uniform() < epsilon:
            a = actions[int(rng.uniform() * len(actions))]
        else:
            a = greedy[int(rng.uniform() * len(greedy))] if len(greedy) > 1 else greedy[0]
    return a, q[s][a] < best


def train(world, algo: str, episodes: int, *, alpha=0.5, gamma=0.9, epsilon=0.1, epsilon_decay=1.0,
          epsilon_min=0.0, softmax=False, temperature=1.0, deterministic=False, max_steps=1000, seed_state=1,
          q=None, max_updates=None):
    """Run ``episodes`` episodes (or ``max_updates`` updates) of "q_learning", "sarsa" or "td0" from scratch.

    Mirrors kernels.run draw for draw. ``q`` is the starting Q table (and for "td0" the
    fixed table whose epsilon-greedy policy is followed). Returns
    ``(q, v, visits, returns, steps, updates)`` as numpy arrays (updates: int).
    """
    S, A = world.n_states, world.n_actions
    t = world.tables()
    qt = [[0.0] * A for _ in range(S)] if q is None else [list(map(float, row)) for row in np.asarray(q)]
    v = [0.0] * S
    visits = [0] * S
    rng = SplitMix64(seed_state)
    starts = [int(x) for x in t.starts]
    eps = float(epsilon)
    returns, steps = [], []
    updates = 0
    limit = math.inf if max_updates is None else max_updates
    while len(returns) < episodes and updates < limit:
        s = starts[0] if len(starts) == 1 else starts[int(rng.uniform() * len(starts))]
        ret, n_steps, pending = 0.0, 0, None
        while updates < limit:
            actions = _allowed_actions(world, s)
            if not actions:
                break
            a = pending if pending is not None else choose(qt, s, actions, eps, softmax, temperature, rng)[0]
            pending = None
            n = int(t.n_out[s, a])
            k = 0 if n == 1 else int(rng.uniform() * n)
            s2, r = int(t.out_next[s, a, k]), float(t.out_reward[s, a, k])
            done = bool(world.episode_end[s2])
            visits[s] += 1
            n_steps += 1
            ret += r
            next_actions = _allowed_actions(world, s2)
            if algo == "td0":
                old, nxt = v[s], v[s2]
            elif algo == "q_learning":
                old = qt[s][a]
                nxt = max(qt[s2][b] for b in next_actions) if next_actions else 0.0
            else:
                old, nxt = qt[s][a], 0.0
                if next_actions:
                    pending = choose(qt, s2, next_actions, eps, softmax, temperature, rng)[0]
                    nxt = qt[s2][pending]
            target = r + gamma * nxt
            new = target if deterministic else old + alpha * (target - old)
            if algo == "td0":
                v[s] = new
            else:
                qt[s][a] = new
            updates += 1
            if done or n_steps >= max_steps:
                break
            s = s2
        else:
            break  # out of updates in the middle of an episode
        returns.append(ret)
        steps.append(n_steps)
        eps = max(epsilon_min, eps * epsilon_decay)
    return (np.array(qt, dtype=np.float64), np.array(v), np.array(visits, dtype=np.int64), np.array(returns),
            np.array(steps, dtype=np.int64), updates)


def value_iteration(world, gamma=0.9, tol=1e-10, max_sweeps=10000):
    """V, greedy policy and Q from the full model P, R (Jacobi sweeps, ties to the lowest action)."""
    tr = world.transitions()
    S = world.n_states
    v = np.zeros(S)
    for _ in range(max_sweeps):
        q = np.where(tr.allowed, np.einsum("sat,sat->sa", tr.P, tr.R + gamma * v[None, None, :]), -np.inf)
        new_v = np.where(tr.allowed.any(axis=1), q.max(axis=1), 0.0)
        change = np.max(np.abs(new_v - v))
        v = new_v
        if change < tol:
            break
    q = np.where(tr.allowed, np.einsum("sat,sat->sa", tr.P, tr.R + gamma * v[None, None, :]), 0.0)
    policy = np.array([int(np.argmax(np.where(tr.allowed[s], q[s], -np.inf))) if tr.allowed[s].any() else -1
                       for s in range(S)])
    return v, policy, q
