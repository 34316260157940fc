"""Numba kernels: the episode loop of Q-learning, SARSA and TD(0), and value-iteration sweeps.

Random numbers come from a splitmix64 stream whose 64-bit state lives in a one-element
uint64 array owned by the agent (seeded from the agent's numpy Generator), so a run can
stop after any update and continue exactly where it left off, and reference.py can
replay the very same stream in plain Python. Uniforms are ``(z >> 11) * 2**-53``.

Draws per update, in order: at an episode start with several possible start states,
one uniform picks the start; choosing an action with epsilon-greedy draws one uniform
(explore or not), then a second one to pick a uniformly random allowed action when
exploring, or one of several tied greedy actions; softmax draws one uniform; a move
with several outcomes draws one uniform to pick the outcome. SARSA chooses the next
action at s' before updating (its draws come after the outcome's).
"""

from __future__ import annotations

import math

import numpy as np

from simulator.core.jit import kernel

ALGO_Q = 0
ALGO_SARSA = 1
ALGO_TD = 2

#: Layout of the record of the last update (float64 array of REC_SIZE).
REC_STATE, REC_ACTION, REC_REWARD, REC_NEXT, REC_EXPLORED, REC_OLD, REC_TARGET, REC_NEW, REC_MAXNEXT, REC_DONE = \
    range(10)
REC_SIZE = 10

#: Layout of the agent's integer state (int64 array of ISTATE_SIZE).
I_STATE, I_PENDING_ACTION, I_PENDING_EXPLORED, I_EPISODE_STEPS = range(4)
ISTATE_SIZE = 4
#: Layout of the agent's float state (float64 array of FSTATE_SIZE).
F_EPSILON, F_RETURN = range(2)
FSTATE_SIZE = 2

_GOLDEN = np.uint64(0x9E3779B97F4A7C15)
_MIX1 = np.uint64(0xBF58476D1CE4E5B9)
_MIX2 = np.uint64(0x94D049BB133111EB)
_TO_UNIT = 1.0 / 9007199254740992.0


@kernel
def uniform(rng):
    """Next uniform in [0, 1) of the splitmix64 stream whose state is ``rng[0]`` (advanced in place)."""
    z = rng[0] + _GOLDEN
    rng[0] = z
    z = (z ^ (z >> np.uint64(30))) * _MIX1
    z = (z ^ (z >> np.uint64(27))) * _MIX2
    z = z ^ (z >> np.uint64(31))
    return float(z >> np.uint64(11)) * _TO_UNIT


@kernel
def select_action(q, s, act_list, n_act, epsilon, softmax, temperature, rng):
    """Choose an allowed action in state ``s``; returns (action, explored) where explored = not greedy."""
    n = n_act[s]
    best = -np.inf
    n_best = 0
    for i in range(n):
        x = q[s, act_list[s, i]]
        if x > best:
            best = x
            n_best = 1
        elif x == best:
            n_best += 1
    if softmax:
        u = uniform(rng)
        total = 0.0
        for i in range(n):
            total += math.exp((q[s, act_list[s, i]] - best) / temperature)
        goal = u * total
        acc = 0.0
        a = act_list[s, n - 1]
        for i in range(n):
            acc += math.exp((q[s, act_list[s, i]] - best) / temperature)
            if acc > goal:
                a = act_list[s, i]
                break
    else:
        if uniform(rng) < epsilon:
            a = act_list[s, int(uniform(rng) * n)]
        else:
            k = 0
            if n_best > 1:
                k = int(uniform(rng) * n_best)
            a = act_list[s, 0]
            for i in range(n):
                if q[s, act_list[s, i]] == best:
                    if k == 0:
                        a = act_list[s, i]
                        break
                    k -= 1
    return a, q[s, a] < best


@kernel
def max_allowed(q, s, act_list, n_act):
    """max_b Q(s, b) over the allowed actions of ``s``; 0 when there is none (terminal)."""
    n = n_act[s]
    if n == 0:
        return 0.0
    best = q[s, act_list[s, 0]]
    for i in range(1, n):
        x = q[s, act_list[s, i]]
        if x > best:
            best = x
    return best


@kernel
def run(algo, deterministic, softmax, q, v, visits, out_next, out_reward, n_out, act_list, n_act, episode_end,
        starts, alpha, gamma, decay, epsilon_min, temperature, max_steps, istate, fstate, rng, max_updates,
        max_episodes, out_returns, out_steps, rec):
    """Run updates until ``max_updates`` updates or ``max_episodes`` finished episodes, whichever first.

    ``algo`` is ALGO_Q (Q(s,a) toward r + gamma max_b Q(s',b)), ALGO_SARSA (toward
    r + gamma Q(s',a')) or ALGO_TD (V(s) toward r + gamma V(s'), actions chosen from the
    fixed table ``q``). ``deterministic`` replaces the incremental update
    x <- x + alpha (target - x) by x <- target (the notes' rule for a deterministic world).
    The agent's state (``istate``, ``fstate``, ``rng``), ``q``/``v`` and ``visits`` are
    updated in place; each finished episode's undiscounted return and step count go to
    ``out_returns``/``out_steps``; ``rec`` receives the last update. Returns
    (updates done, episodes finished).
    """
    updates = 0
    episodes = 0
    n_starts = starts.shape[0]
    # The agent's state in locals for the loop (written back at the end).
    s = istate[I_STATE]
    pending = istate[I_PENDING_ACTION]
    pending_explored = istate[I_PENDING_EXPLORED] != 0
    ep_steps = istate[I_EPISODE_STEPS]
    eps = fstate[F_EPSILON]
    ret = fstate[F_RETURN]
    last_s = -1
    last_a = -1
    last_s2 = -1
    last_r = 0.0
    last_explored = False
    last_old = 0.0
    last_target = 0.0
    last_new = 0.0
    last_next = 0.0
    last_ends = False
    while updates < max_updates and episodes < max_episodes:
        if s < 0:
            if n_starts == 1:
                s = starts[0]
            else:
                s = starts[int(uniform(rng) * n_starts)]
            pending = -1
            ep_steps = 0
            ret = 0.0
        if n_act[s] == 0:
            # A room without doors that is not a goal: the episode cannot go on.
            out_returns[episodes] = ret
            out_steps[episodes] = ep_steps
            episodes += 1
            eps = max(epsilon_min, eps * decay)
            s = -1
            continue
        if algo == ALGO_SARSA and pending >= 0:
            a = pending
            explored = pending_explored
        else:
            a, explored = select_action(q, s, act_list, n_act, eps, softmax, temperature, rng)
        n = n_out[s, a]
        k = 0
        if n > 1:
            k = int(uniform(rng) * n)
        s2 = out_next[s, a, k]
        r = out_reward[s, a, k]
        visits[s] += 1
        ep_steps += 1
        ret += r
        ends = episode_end[s2] or ep_steps >= max_steps
        a2 = -1
        explored2 = False
        if algo == ALGO_TD:
            old = v[s]
            nxt = v[s2]
        elif algo == ALGO_Q:
            old = q[s, a]
            nxt = max_allowed(q, s2, act_list, n_act)
        else:
            old = q[s, a]
            nxt = 0.0
            if n_act[s2] > 0:
                a2, explored2 = select_action(q, s2, act_list, n_act, eps, softmax, temperature, rng)
                nxt = q[s2, a2]
        target = r + gamma * nxt
        if deterministic:
            new = target
        else:
            new = old + alpha * (target - old)
        if algo == ALGO_TD:
            v[s] = new
        else:
            q[s, a] = new
        last_s, last_a, last_s2, last_r, last_explored = s, a, s2, r, explored
        last_old, last_target, last_new, last_next, last_ends = old, target, new, nxt, ends
        updates += 1
        if ends:
            out_returns[episodes] = ret
            out_steps[episodes] = ep_steps
            episodes += 1
            eps = max(epsilon_min, eps * decay)
            s = -1
            pending = -1
        else:
            s = s2
            pending = a2
            pending_explored = explored2
    istate[I_STATE] = s
    istate[I_PENDING_ACTION] = pending
    istate[I_PENDING_EXPLORED] = 1 if pending_explored else 0
    istate[I_EPISODE_STEPS] = ep_steps
    fstate[F_EPSILON] = eps
    fstate[F_RETURN] = ret
    if updates > 0:
        rec[REC_STATE] = last_s
        rec[REC_ACTION] = last_a
        rec[REC_REWARD] = last_r
        rec[REC_NEXT] = last_s2
        rec[REC_EXPLORED] = 1.0 if last_explored else 0.0
        rec[REC_OLD] = last_old
        rec[REC_TARGET] = last_target
        rec[REC_NEW] = last_new
        rec[REC_MAXNEXT] = last_next
        rec[REC_DONE] = 1.0 if last_ends else 0.0
    return updates, episodes


@kernel
def value_iteration_sweeps(out_next, out_reward, n_out, n_act, gamma, tol, max_sweeps, v):
    """Jacobi sweeps V(s) <- max_a mean_k [r_k + gamma V(s'_k)] until the largest change is below ``tol``.

    ``v`` is updated in place; states without actions keep 0. Returns the sweeps done.
    """
    S = v.shape[0]
    A = n_out.shape[1]
    new_v = np.zeros(S)
    for sweep in range(max_sweeps):
        delta = 0.0
        for s in range(S):
            if n_act[s] == 0:
                new_v[s] = 0.0
                continue
            best = -np.inf
            for a in range(A):
                n = n_out[s, a]
                if n == 0:
                    continue
                tot = 0.0
                for k in range(n):
                    tot += out_reward[s, a, k] + gamma * v[out_next[s, a, k]]
                val = tot / n
                if val > best:
                    best = val
            new_v[s] = best
            d = abs(best - v[s])
            if d > delta:
                delta = d
        for s in range(S):
            v[s] = new_v[s]
        if delta < tol:
            return sweep + 1
    return max_sweeps


def warmup() -> None:
    """Compile (or load from the cache) every kernel for the types the agents use (read-only world tables)."""
    from simulator.models.qlearning.world import GridWorld

    t = GridWorld.from_text("S.G\n...\n...").tables()
    S, A = t.n_out.shape
    q = np.zeros((S, A))
    v = np.zeros(S)
    visits = np.zeros(S, np.int64)
    rng = np.ones(1, np.uint64)
    rets = np.zeros(4)
    steps = np.zeros(4, np.int64)
    rec = np.zeros(REC_SIZE)
    istate = np.array([-1, -1, 0, 0], np.int64)
    fstate = np.array([0.1, 0.0])
    run(ALGO_Q, False, False, q, v, visits, t.out_next, t.out_reward, t.n_out, t.act_list, t.n_act,
        t.episode_end, t.starts, 0.5, 0.9, 1.0, 0.0, 1.0, 10, istate, fstate, rng, 3, 3, rets, steps, rec)
    value_iteration_sweeps(t.out_next, t.out_reward, t.n_out, t.n_act, 0.9, 1e-10, 5, v)
