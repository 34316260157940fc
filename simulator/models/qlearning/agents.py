"""Tabular agents (Q-learning, SARSA, TD(0)) driving the kernels, and value iteration as ground truth."""

from __future__ import annotations

import math
import numbers
from dataclasses import asdict, dataclass, fields, replace
from typing import Any

import numpy as np

from simulator.core.checks import check_choice, check_count, check_seed
from simulator.core.restore import checked_array, checked_int
from simulator.core.text import tr
from simulator.models.qlearning import kernels as K
from simulator.models.qlearning.world import ACTION_LABELS, GridWorld

EXPLORATIONS = ("epsilon", "softmax")
UPDATES = ("incremental", "deterministic")
MAX_EPISODE_STEPS = 10_000_000
#: Episodes kept in the return and step histories (the oldest are dropped beyond this).
HISTORY_CAP = 100_000
#: Stand-in for "no limit" on updates when training a number of episodes.
_NO_LIMIT = 1 << 62
#: Episodes the kernel reports per call (a long run makes several calls).
_BUFFER = 1 << 16


@dataclass(frozen=True)
class QLearningParams:
    """Learning parameters shared by the agents and the engine (see :func:`check_params` for ranges)."""

    alpha: float = 0.5
    gamma: float = 0.9
    epsilon: float = 0.1
    epsilon_decay: float = 1.0
    epsilon_min: float = 0.0
    exploration: str = "epsilon"
    temperature: float = 1.0
    update: str = "incremental"
    max_steps: int = 1000


def _in_range(value: Any, what: str, lo: float, hi: float, lo_open: bool = False) -> float:
    if isinstance(value, bool) or not isinstance(value, numbers.Real) or not math.isfinite(float(value)):
        raise ValueError(f"{what} must be a finite number, got {value!r}")
    v = float(value)
    if v < lo or v > hi or (lo_open and v == lo):
        raise ValueError(f"{what} must be in {'(' if lo_open else '['}{lo:g}, {hi:g}], got {v:g}")
    return v


def check_params(params: QLearningParams, **changes: Any) -> QLearningParams:
    """``params`` with ``changes`` applied, every value checked; ValueError names the bad one."""
    names = {f.name for f in fields(QLearningParams)}
    for key in changes:
        if key not in names:
            raise ValueError(f"unknown parameter {key!r}; known: {', '.join(sorted(names))}")
    p = replace(params, **changes)
    max_steps = check_count(p.max_steps, "max_steps (steps per episode)")
    if not 1 <= max_steps <= MAX_EPISODE_STEPS:
        raise ValueError(f"max_steps (steps per episode) must be 1 to {MAX_EPISODE_STEPS:,}, got {max_steps}")
    return QLearningParams(
        alpha=_in_range(p.alpha, "alpha (the learning rate)", 0.0, 1.0, lo_open=True),
        gamma=_in_range(p.gamma, "gamma (the discount)", 0.0, 1.0),
        epsilon=_in_range(p.epsilon, "epsilon (the exploration rate)", 0.0, 1.0),
        epsilon_decay=_in_range(p.epsilon_decay, "epsilon_decay (per episode)", 0.0, 1.0, lo_open=True),
        epsilon_min=_in_range(p.epsilon_min, "epsilon_min", 0.0, 1.0),
        exploration=check_choice(p.exploration, EXPLORATIONS, "exploration"),
        temperature=_in_range(p.temperature, "the softmax temperature", 1e-6, 1e6),
        update=check_choice(p.update, UPDATES, "update"),
        max_steps=max_steps,
    )


def fmt_short(x: float) -> str:
    """Up to two decimals without trailing zeros: 500, 3.2, -1, 0.94."""
    s = f"{x:.2f}".rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


@dataclass(frozen=True)
class StepRecord:
    """One update with its numbers: Q(s,a) (or V(s) for TD) moved from ``q_old`` toward ``target``.

    ``max_next`` is max_b Q(s',b) (Q-learning), Q(s',a') (SARSA) or V(s') (TD(0)); 0 at a
    terminal state. ``explored`` is True when the action was not a greedy one.
    ``equation`` is the update written out with its numbers.
    """

    state: int
    action: int
    reward: float
    next_state: int
    explored: bool
    q_old: float
    target: float
    q_new: float
    alpha: float
    gamma: float
    max_next: float
    episode_done: bool
    equation: str


class _History:
    """The last HISTORY_CAP values appended, amortised O(1) per value."""

    def __init__(self, dtype) -> None:
        self._buf = np.zeros(2 * HISTORY_CAP, dtype)
        self._n = 0

    def extend(self, values: np.ndarray) -> None:
        values = values[-HISTORY_CAP:]
        if self._n + values.size > self._buf.size:
            keep = HISTORY_CAP - values.size
            self._buf[:keep] = self._buf[self._n - keep:self._n].copy()
            self._n = keep
        self._buf[self._n:self._n + values.size] = values
        self._n += values.size

    def array(self) -> np.ndarray:
        return self._buf[max(0, self._n - HISTORY_CAP):self._n].copy()

    def set(self, values: np.ndarray) -> None:
        self._n = 0
        self.extend(np.asarray(values, self._buf.dtype))


class QLearningAgent:
    """Tabular Q-learning: Q(s,a) <- Q(s,a) + alpha [r + gamma max_b Q(s',b) - Q(s,a)].

    With ``update="deterministic"`` the notes' rule for a deterministic world,
    Q(s,a) <- r + gamma max_b Q(s',b), is used instead. Episodes start at the world's
    start (graph worlds: a uniformly random room with a door, goal rooms included) and
    end on entering an episode-ending state or after ``max_steps`` steps.

    Parameters
    ----------
    world : GridWorld
    alpha, gamma, epsilon, epsilon_decay, epsilon_min, exploration, temperature, update, max_steps
        See :class:`QLearningParams`; epsilon is multiplied by ``epsilon_decay`` after each
        episode, never going below ``epsilon_min``. ``exploration="softmax"`` picks action a
        with probability proportional to exp(Q(s,a) / temperature).
    seed : int, optional
        ``numpy.random.default_rng(seed)`` draws the 64-bit starting state of the kernels'
        splitmix64 stream (see kernels.py), which every later draw continues, across
        :meth:`train` and :meth:`step` calls alike. None draws a seed.

    Notes
    -----
    Greedy choices break ties uniformly at random; :meth:`greedy_policy` breaks them
    toward the lowest action index.
    """

    ALGO = K.ALGO_Q
    NAME = "q_learning"

    def __init__(self, world: GridWorld, *, alpha=0.5, gamma=0.9, epsilon=0.1, epsilon_decay=1.0, epsilon_min=0.0,
                 exploration="epsilon", temperature=1.0, update="incremental", max_steps=1000, seed=None) -> None:
        if not isinstance(world, GridWorld):
            raise ValueError(f"an agent needs a GridWorld, got {type(world).__name__}")
        self._params = check_params(QLearningParams(), alpha=alpha, gamma=gamma, epsilon=epsilon,
                                    epsilon_decay=epsilon_decay, epsilon_min=epsilon_min, exploration=exploration,
                                    temperature=temperature, update=update, max_steps=max_steps)
        self._seed = check_seed(seed) if seed is not None else int(np.random.SeedSequence().entropy % (2**63))
        self._world = world
        self._policy_q: np.ndarray | None = None
        self.reset()

    # ----------------------------------------------------------------- state
    def reset(self, seed: int | None = None) -> None:
        """Q, V and visits to zero, histories cleared, epsilon back to its start; reseed (None keeps the seed)."""
        if seed is not None:
            self._seed = check_seed(seed)
        w = self._world
        self.rng = np.random.default_rng(self._seed)
        self._rng_state = np.array([self.rng.integers(0, 2**64, dtype=np.uint64, endpoint=False)], np.uint64)
        self._q = np.zeros((w.n_states, w.n_actions))
        self._v = np.zeros(w.n_states)
        self._visits = np.zeros(w.n_states, np.int64)
        self._istate = np.array([-1, -1, 0, 0], np.int64)
        self._fstate = np.array([self._params.epsilon, 0.0])
        self._returns = _History(np.float64)
        self._steps = _History(np.int64)
        self._episodes = 0
        self._updates = 0
        self._rec = np.zeros(K.REC_SIZE)
        self._last: StepRecord | None = None

    @property
    def world(self) -> GridWorld:
        return self._world

    @property
    def params(self) -> QLearningParams:
        return self._params

    @property
    def seed(self) -> int:
        return self._seed

    def set_params(self, **changes: Any) -> None:
        """Change parameters, keeping what was learned; a new epsilon restarts its decay from that value."""
        new = check_params(self._params, **changes)
        self._params = new
        if "epsilon" in changes:
            self._fstate[K.F_EPSILON] = new.epsilon
        elif self._fstate[K.F_EPSILON] < new.epsilon_min:
            self._fstate[K.F_EPSILON] = new.epsilon_min

    @property
    def q(self) -> np.ndarray:
        """The (S, A) table, live (not-allowed entries stay 0 and are never chosen)."""
        return self._q

    @property
    def visits(self) -> np.ndarray:
        """(S,) actions taken from each state."""
        return self._visits

    @property
    def returns(self) -> np.ndarray:
        """Undiscounted return of each finished episode (the last HISTORY_CAP), a copy."""
        return self._returns.array()

    @property
    def steps(self) -> np.ndarray:
        """Steps of each finished episode (the last HISTORY_CAP), a copy."""
        return self._steps.array()

    @property
    def episodes(self) -> int:
        """Episodes finished since the last reset."""
        return self._episodes

    @property
    def updates(self) -> int:
        """Updates done since the last reset."""
        return self._updates

    @property
    def epsilon(self) -> float:
        """The current exploration rate (after the decays so far)."""
        return float(self._fstate[K.F_EPSILON])

    @property
    def state(self) -> int:
        """The agent's current state, or -1 between episodes."""
        return int(self._istate[K.I_STATE])

    @property
    def episode_return(self) -> float:
        """Return so far of the episode under way (0 between episodes)."""
        return float(self._fstate[K.F_RETURN]) if self.state >= 0 else 0.0

    @property
    def last_step(self) -> StepRecord | None:
        return self._last

    # ----------------------------------------------------------------- running
    def _run(self, max_updates: int, max_episodes: int) -> np.ndarray:
        t = self._world.tables()
        p = self._params
        table = self._q if self._policy_q is None else self._policy_q
        # Episode results go through a bounded buffer, so a long run needs little memory.
        size = int(min(max_episodes, max_updates + 1, _BUFFER))
        rets = np.zeros(size)
        steps = np.zeros(size, np.int64)
        kept: list[np.ndarray] = []
        while max_updates > 0 and max_episodes > 0:
            done, n_ep = K.run(self.ALGO, p.update == "deterministic", p.exploration == "softmax", table, self._v,
                               self._visits, t.out_next, t.out_reward, t.n_out, t.act_list, t.n_act, t.episode_end,
                               t.starts, p.alpha, p.gamma, p.epsilon_decay, p.epsilon_min, p.temperature,
                               p.max_steps, self._istate, self._fstate, self._rng_state, int(max_updates),
                               int(min(max_episodes, size)), rets, steps, self._rec)
            max_updates -= done
            max_episodes -= n_ep
            self._updates += int(done)
            self._episodes += int(n_ep)
            self._returns.extend(rets[:n_ep])
            self._steps.extend(steps[:n_ep])
            kept.append(rets[:n_ep].copy())
            if done:
                self._last = self._record()
            if n_ep < size:
                break  # out of updates
        return np.concatenate(kept) if len(kept) > 1 else kept[0] if kept else np.zeros(0)

    def train(self, episodes: int) -> np.ndarray:
        """Run ``episodes`` episodes flat out (an episode under way counts as the first); returns their returns."""
        n = check_count(episodes, "the number of episodes")
        if n == 0:
            return np.zeros(0)
        return self._run(_NO_LIMIT, n)

    def run_updates(self, n: int) -> int:
        """Exactly ``n`` updates (across episodes); returns ``n``."""
        n = check_count(n, "the number of steps")
        if n:
            self._run(n, n + 1)
        return n

    def step(self) -> StepRecord:
        """One action from the current state (starting an episode if needed), with its update written out."""
        self._run(1, 2)
        return self._last

    def _record(self) -> StepRecord:
        r = self._rec
        p = self._params
        w = self._world
        s, a, s2 = int(r[K.REC_STATE]), int(r[K.REC_ACTION]), int(r[K.REC_NEXT])
        old, target, new, nxt, rew = (float(r[i]) for i in (K.REC_OLD, K.REC_TARGET, K.REC_NEW, K.REC_MAXNEXT,
                                                            K.REC_REWARD))
        # Text (see simulator.core.text): the window shows the action's name in its language.
        action = w.action_name(a) if w.is_graph else ACTION_LABELS[a]
        lhs = f"V({s})" if self.ALGO == K.ALGO_TD else tr("Q({s}, {action})", s=s, action=action)
        if p.update == "deterministic":
            eq = tr("{lhs} <- {reward} + {gamma:.2f} x {next} = {new}", lhs=lhs, reward=fmt_short(rew),
                    gamma=p.gamma, next=fmt_short(nxt), new=fmt_short(new))
        else:
            eq = tr("{lhs} <- {old:.2f} + {alpha:.2f} x [{reward} + {gamma:.2f} x {next:.2f} - {old:.2f}] = {new:.2f}",
                    lhs=lhs, old=old, alpha=p.alpha, reward=fmt_short(rew), gamma=p.gamma, next=nxt, new=new)
        return StepRecord(s, a, rew, s2, bool(r[K.REC_EXPLORED]), old, target, new, p.alpha, p.gamma, nxt,
                          bool(r[K.REC_DONE]), eq)

    # ----------------------------------------------------------------- reading
    def greedy_policy(self) -> np.ndarray:
        """(S,) greedy action per state (ties to the lowest index); -1 where there is no allowed action."""
        return greedy(self._q, self._world.allowed)

    def values(self) -> np.ndarray:
        """(S,) max_a Q(s, a) over allowed actions; 0 where there is none."""
        return np.where(self._world.allowed.any(axis=1),
                        np.max(np.where(self._world.allowed, self._q, -np.inf), axis=1, initial=-np.inf), 0.0)

    # ----------------------------------------------------------------- persistence
    def state_dict(self) -> dict[str, Any]:
        """Everything needed to continue exactly (arrays copied)."""
        return {"algorithm": self.NAME, "params": asdict(self._params), "seed": self._seed,
                "q": self._q.copy(), "v": self._v.copy(), "visits": self._visits.copy(),
                "istate": self._istate.copy(), "fstate": self._fstate.copy(), "rng_state": self._rng_state.copy(),
                "returns": self.returns, "steps": self.steps, "episodes": self._episodes,
                "updates": self._updates,
                "policy_q": None if self._policy_q is None else self._policy_q.copy()}

    def load_state_dict(self, state: dict[str, Any]) -> None:
        """Restore :meth:`state_dict`; ValueError (nothing changed) when it does not fit this world.

        Every array is checked for its shape, its kind of number and its range before
        anything changes: the kernels index the tables with these numbers, unchecked.
        """
        S, A = self._world.n_states, self._world.n_actions
        try:
            params = check_params(QLearningParams(), **dict(state["params"]))
            raw = {k: np.asarray(state[k]) for k in ("q", "v", "visits", "istate", "fstate", "rng_state",
                                                     "returns", "steps")}
            pq = state.get("policy_q")
            episodes = checked_int(state["episodes"], tr("the episode count"))
            updates = checked_int(state["updates"], tr("the update count"))
            seed = check_seed(state["seed"])
        except (KeyError, TypeError) as exc:
            raise ValueError(tr("the saved agent state is incomplete or malformed ({why})", why=exc)) from None
        if state.get("algorithm") != self.NAME:
            raise ValueError(tr("the saved state is of a {saved!r} agent, not {name!r}", saved=state.get('algorithm'),
                                name=self.NAME))
        pq_shape = None if pq is None else np.shape(pq)
        if (raw["q"].shape != (S, A) or raw["v"].shape != (S,) or raw["visits"].shape != (S,)
                or pq_shape not in (None, (S, A))):
            raise ValueError(tr("the saved tables do not fit this world ({states} states, {actions} actions)", states=S,
                                actions=A))
        if raw["istate"].shape != (K.ISTATE_SIZE,) or raw["fstate"].shape != (K.FSTATE_SIZE,) \
                or raw["rng_state"].shape != (1,) or raw["returns"].ndim != 1 or raw["steps"].shape != raw["returns"].shape:
            raise ValueError(tr("the saved agent state is malformed"))
        q = checked_array(raw["q"], (S, A), np.float64, tr("the saved Q table"))
        v = checked_array(raw["v"], (S,), np.float64, tr("the saved state values"))
        visits = checked_array(raw["visits"], (S,), np.int64, tr("the saved visit counts"))
        istate = checked_array(raw["istate"], (K.ISTATE_SIZE,), np.int64, tr("the saved agent state"))
        fstate = checked_array(raw["fstate"], (K.FSTATE_SIZE,), np.float64, tr("the saved agent state"))
        rng_state = checked_array(raw["rng_state"], (1,), np.uint64, tr("the saved random state"))
        n = len(raw["returns"])
        returns = checked_array(raw["returns"], (n,), np.float64, tr("the saved episode returns"))
        steps = checked_array(raw["steps"], (n,), np.int64, tr("the saved episode lengths"))
        pq = None if pq is None else checked_array(pq, (S, A), np.float64, tr("the saved policy table"))
        if np.any(visits < 0) or np.any(steps < 0):
            raise ValueError(tr("the saved counts must be 0 or larger"))
        if not (-1 <= istate[K.I_STATE] < S and -1 <= istate[K.I_PENDING_ACTION] < A
                and istate[K.I_PENDING_EXPLORED] in (0, 1) and istate[K.I_EPISODE_STEPS] >= 0):
            raise ValueError(tr("the saved agent position does not fit this world"))
        if not 0.0 <= fstate[K.F_EPSILON] <= 1.0:
            raise ValueError(tr("the saved exploration rate must lie between 0 and 1"))
        self._params, self._seed = params, seed
        self.rng = np.random.default_rng(seed)
        self._q, self._v, self._visits = q, v, visits
        self._istate, self._fstate, self._rng_state = istate, fstate, rng_state
        self._returns.set(returns)
        self._steps.set(steps)
        self._episodes, self._updates = episodes, updates
        self._policy_q = pq
        self._last = None


class SarsaAgent(QLearningAgent):
    """Tabular SARSA (on-policy): Q(s,a) <- Q(s,a) + alpha [r + gamma Q(s',a') - Q(s,a)], a' the next action taken."""

    ALGO = K.ALGO_SARSA
    NAME = "sarsa"


class TDAgent(QLearningAgent):
    """TD(0) state values: V(s) <- V(s) + alpha [r + gamma V(s') - V(s)].

    The agent follows the epsilon-greedy (or softmax) policy of a fixed Q table
    ``policy_q`` (not learned), or the uniformly random policy when none is given
    (an all-zero table: every allowed action ties). ``v`` holds the learned values.
    """

    ALGO = K.ALGO_TD
    NAME = "td0"

    def __init__(self, world: GridWorld, *, policy_q: np.ndarray | None = None, **kwargs: Any) -> None:
        super().__init__(world, **kwargs)
        self.set_policy(policy_q)

    def set_policy(self, policy_q: np.ndarray | None) -> None:
        """Follow the policy of this (S, A) Q table (None: uniformly random among allowed actions)."""
        if policy_q is None:
            self._policy_q = np.zeros((self._world.n_states, self._world.n_actions))
            return
        pq = np.array(policy_q, np.float64)
        if pq.shape != (self._world.n_states, self._world.n_actions) or not np.all(np.isfinite(pq)):
            raise ValueError(f"the policy's Q table must be finite with shape "
                             f"{(self._world.n_states, self._world.n_actions)}, got {pq.shape}")
        self._policy_q = pq

    @property
    def v(self) -> np.ndarray:
        """(S,) learned state values, live."""
        return self._v

    def values(self) -> np.ndarray:
        return self._v.copy()

    def greedy_policy(self) -> np.ndarray:
        """Greedy with respect to the model's one-step lookahead on V (ties to the lowest index)."""
        t = self._world.tables()
        g = self._params.gamma
        return greedy(lookahead_q(t, self._v, g), self._world.allowed)


def greedy(q: np.ndarray, allowed: np.ndarray) -> np.ndarray:
    """(S,) argmax over allowed actions (ties to the lowest index); -1 where none is allowed."""
    masked = np.where(allowed, q, -np.inf)
    return np.where(allowed.any(axis=1), np.argmax(masked, axis=1), -1).astype(np.int64)


def lookahead_q(tables, v: np.ndarray, gamma: float) -> np.ndarray:
    """Q(s, a) = mean over the equally likely outcomes of r + gamma V(s'); 0 where not allowed."""
    n = np.maximum(tables.n_out, 1)
    k = np.arange(tables.out_next.shape[2])[None, None, :] < tables.n_out[:, :, None]
    tot = np.where(k, tables.out_reward + gamma * v[tables.out_next], 0.0).sum(axis=2)
    return np.where(tables.n_out > 0, tot / n, 0.0)


def value_iteration(world: GridWorld, gamma: float = 0.9, tol: float = 1e-10,
                    max_sweeps: int = 10000) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Optimal values by value iteration on the world's full model.

    Parameters
    ----------
    world : GridWorld
    gamma : float
        Discount in [0, 1].
    tol : float
        Stop when no value changes by ``tol`` or more in a sweep.
    max_sweeps : int
        Upper bound on sweeps (gamma 1 may never converge).

    Returns
    -------
    V : ndarray (S,)
        Optimal state values (0 for terminal states and walls).
    policy : ndarray (S,) int
        A greedy optimal action (ties to the lowest index), -1 where no action is allowed.
    Q : ndarray (S, A)
        Optimal action values (0 where not allowed).
    """
    if not isinstance(world, GridWorld):
        raise ValueError(f"value iteration needs a GridWorld, got {type(world).__name__}")
    gamma = _in_range(gamma, "gamma (the discount)", 0.0, 1.0)
    tol = _in_range(tol, "the tolerance", 0.0, math.inf, lo_open=True)
    sweeps = check_count(max_sweeps, "the number of sweeps")
    t = world.tables()
    v = np.zeros(world.n_states)
    K.value_iteration_sweeps(t.out_next, t.out_reward, t.n_out, t.n_act, gamma, tol, sweeps, v)
    q = lookahead_q(t, v, gamma)
    return v, greedy(q, world.allowed), q
