"""Agents against reference.py, the notes' six rooms, value iteration, cliff walking, exploration."""

from __future__ import annotations

import math

import numpy as np
import pytest

from simulator.models.qlearning import (GridWorld, QLearningAgent, SarsaAgent, TDAgent, presets, reference,
                                        value_iteration)
from simulator.models.qlearning import kernels as K
from simulator.models.qlearning.world import CELL_GOAL, CELL_WALL

AGENTS = {"q_learning": QLearningAgent, "sarsa": SarsaAgent, "td0": TDAgent}


def stream_seed(seed):
    """The splitmix64 starting state an agent with this seed uses (documented in QLearningAgent)."""
    return int(np.random.default_rng(seed).integers(0, 2**64, dtype=np.uint64))


@pytest.mark.parametrize("algo", list(AGENTS))
@pytest.mark.parametrize("world_key, options", [
    ("maze", dict(epsilon=0.2, epsilon_decay=0.98, epsilon_min=0.05)),
    ("frozenlake4", dict(epsilon=0.3, gamma=0.95)),
    ("six_rooms", dict(gamma=0.8, epsilon=0.5, deterministic=True)),
    ("windy", dict(softmax=True, temperature=0.7, max_steps=200)),
    ("cliff", dict(alpha=0.3, max_steps=50)),
])
def test_kernel_and_reference_give_identical_tables(algo, world_key, options):
    world = presets.PRESETS[world_key]()
    opts = dict(options)
    agent_opts = {k: v for k, v in opts.items() if k not in ("softmax", "deterministic")}
    if opts.get("softmax"):
        agent_opts["exploration"] = "softmax"
    if opts.get("deterministic"):
        agent_opts["update"] = "deterministic"
    episodes = 30
    agent = AGENTS[algo](world, seed=11, **agent_opts)
    rets = agent.train(episodes)
    q, v, visits, ref_rets, ref_steps, updates = reference.train(world, algo, episodes, seed_state=stream_seed(11),
                                                                 **opts)
    if algo == "td0":
        np.testing.assert_array_equal(agent.v, v)
    else:
        np.testing.assert_array_equal(agent.q, q)
    np.testing.assert_array_equal(rets, ref_rets)
    np.testing.assert_array_equal(agent.steps, ref_steps)
    np.testing.assert_array_equal(agent.visits, visits)
    assert agent.updates == updates > episodes


def test_train_then_steps_continue_the_same_stream():
    world = presets.maze()
    a = QLearningAgent(world, seed=5, epsilon=0.3)
    a.train(3)
    for _ in range(57):
        a.step()
    a.train(2)
    b = QLearningAgent(world, seed=5, epsilon=0.3)
    b.train(3)
    b.run_updates(57)
    b.train(2)
    np.testing.assert_array_equal(a.q, b.q)
    np.testing.assert_array_equal(a.returns, b.returns)
    # and the whole thing equals one reference run of the same number of updates
    q, *_ , updates = reference.train(world, "q_learning", 10**6, seed_state=stream_seed(5), epsilon=0.3,
                                      max_updates=a.updates)
    np.testing.assert_array_equal(a.q, q)


def test_six_rooms_converges_to_the_notes_table():
    world = presets.six_rooms()
    agent = QLearningAgent(world, gamma=0.8, update="deterministic", epsilon=1.0, seed=0)
    agent.train(3000)
    np.testing.assert_allclose(agent.q, presets.SIX_ROOMS_Q, rtol=0, atol=1e-9)
    normalised = np.round(agent.q / agent.q.max() * 100, 1)
    assert sorted(set(normalised.ravel().tolist())) == [0.0, 51.2, 64.0, 80.0, 100.0]
    _, _, q_star = value_iteration(world, 0.8)
    np.testing.assert_allclose(q_star, presets.SIX_ROOMS_Q, atol=1e-6)


def test_value_iteration_by_hand():
    world = GridWorld.from_text("S.G\n.##\n...", step_reward=-1, goal_reward=10)
    v, policy, q = value_iteration(world, 0.9)
    # V(0,1) = 10 (right into the goal); V(0,0) = -1 + 0.9 * 10 = 8; V(1,0) = -1 + 0.9 * 8 = 6.2
    assert v[world.state_of(0, 1)] == pytest.approx(10)
    assert v[world.state_of(0, 0)] == pytest.approx(8)
    assert v[world.state_of(1, 0)] == pytest.approx(6.2)
    assert v[world.state_of(0, 2)] == 0 and v[world.state_of(1, 1)] == 0  # goal, wall
    assert policy[world.state_of(0, 0)] == 1 and policy[world.state_of(1, 0)] == 0
    assert policy[world.state_of(0, 2)] == -1 and policy[world.state_of(1, 1)] == -1
    # Q(0,0 up) bumps: -1 + 0.9 * 8
    assert q[world.state_of(0, 0), 0] == pytest.approx(-1 + 0.9 * 8)


@pytest.mark.parametrize("key", ["frozenlake4", "windy", "cliff"])
def test_value_iteration_matches_the_full_model_reference(key):
    world = presets.PRESETS[key]()
    v, policy, q = value_iteration(world, 0.95)
    rv, rpolicy, rq = reference.value_iteration(world, 0.95)
    np.testing.assert_allclose(v, rv, atol=1e-8)
    np.testing.assert_allclose(q, rq, atol=1e-8)


def random_maze(rng, size=8):
    while True:
        kinds = np.where(rng.random((size, size)) < 0.3, CELL_WALL, 0).astype(np.int8)
        kinds[0, 0] = 0
        kinds[-1, -1] = CELL_GOAL
        rewards = np.where(kinds == CELL_GOAL, 10.0, -1.0)
        try:
            return GridWorld.grid(kinds, (0, 0), rewards)
        except ValueError:
            continue


def reachable(world):
    t = world.tables()
    seen, todo = {world.start}, [world.start]
    while todo:
        s = todo.pop()
        for a in range(t.n_act[s]):
            n = int(t.out_next[s, t.act_list[s, a], 0])
            if n not in seen:
                seen.add(n)
                todo.append(n)
    return [s for s in seen if not world.terminal[s]]


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_q_learning_reaches_the_value_iteration_policy_on_deterministic_mazes(seed):
    world = presets.maze() if seed == 0 else random_maze(np.random.default_rng(seed))
    # Off-policy: exploring a lot (epsilon 1) visits every pair often, the greedy policy is still Q*'s.
    agent = QLearningAgent(world, alpha=0.5, gamma=0.9, epsilon=1.0, seed=seed)
    agent.train(3000)
    _, _, q_star = value_iteration(world, 0.9)
    mine = agent.greedy_policy()
    states = reachable(world)
    best = q_star.max(axis=1, where=world.allowed, initial=-np.inf)
    optimal = [q_star[s, mine[s]] >= best[s] - 1e-6 for s in states]
    assert all(optimal), [s for s, ok in zip(states, optimal) if not ok]
    np.testing.assert_allclose(agent.values()[states], best[states], atol=1e-3)


def greedy_path(world, policy):
    t = world.tables()
    s, path = world.start, [world.start]
    while not world.episode_end[s] and len(path) < 200:
        s = int(t.out_next[s, policy[s], 0])
        path.append(s)
    return path


def test_cliff_walking_sarsa_is_safer_and_q_learning_is_optimal():
    world = presets.cliff()
    online = {}
    paths = {}
    for name, cls in (("sarsa", SarsaAgent), ("q", QLearningAgent)):
        runs = []
        for seed in range(3):
            agent = cls(world, alpha=0.5, gamma=1.0, epsilon=0.1, seed=seed)
            rets = agent.train(500)
            runs.append(rets[-200:].mean())
            paths.setdefault(name, []).append(greedy_path(world, agent.greedy_policy()))
        online[name] = np.mean(runs)
    assert online["sarsa"] > online["q"] + 5, online
    for path in paths["q"]:
        assert world.episode_end[path[-1]] and world.kinds.flat[path[-1]] == CELL_GOAL
        assert len(path) - 1 == 13  # up, eleven steps along the cliff edge, down
    rows = {k: np.mean([np.mean([world.cell_of(s)[0] for s in p]) for p in v]) for k, v in paths.items()}
    for path in paths["sarsa"]:
        assert world.kinds.flat[path[-1]] == CELL_GOAL
    assert rows["sarsa"] < rows["q"] - 0.4, rows  # smaller row = further up, away from the cliff (row 3)


def test_softmax_probabilities():
    q = np.array([[1.0, 2.0, 3.0, 0.5]])
    act_list = np.array([[0, 1, 2, 3]], np.int64)
    n_act = np.array([4], np.int64)
    rng = np.array([123], np.uint64)
    n = 40000
    counts = np.zeros(4)
    explored = 0
    for _ in range(n):
        a, e = K.select_action(q, 0, act_list, n_act, 0.0, True, 0.5, rng)
        counts[a] += 1
        explored += e
    p = np.exp(q[0] / 0.5) / np.exp(q[0] / 0.5).sum()
    np.testing.assert_allclose(counts / n, p, atol=4 * math.sqrt(0.25 / n))
    assert explored == n - counts[2]


def test_epsilon_greedy_probabilities_and_ties():
    q = np.array([[0.0, 1.0, 1.0, -2.0]])
    act_list = np.array([[0, 1, 2, 3]], np.int64)
    n_act = np.array([4], np.int64)
    rng = np.array([7], np.uint64)
    n = 40000
    counts = np.zeros(4)
    for _ in range(n):
        counts[K.select_action(q, 0, act_list, n_act, 0.2, False, 1.0, rng)[0]] += 1
    # 0.2 / 4 each at random, plus 0.8 split between the two tied greedy actions
    np.testing.assert_allclose(counts / n, [0.05, 0.45, 0.45, 0.05], atol=0.01)


def test_epsilon_decays_per_episode_down_to_its_minimum():
    agent = QLearningAgent(presets.maze(), epsilon=1.0, epsilon_decay=0.5, epsilon_min=0.1, seed=0)
    agent.train(3)
    assert agent.epsilon == pytest.approx(0.125)
    agent.train(1)
    assert agent.epsilon == pytest.approx(0.1)
    agent.set_params(epsilon=0.6)
    assert agent.epsilon == 0.6 and agent.episodes == 4


def test_td0_learns_the_random_policy_values():
    world = GridWorld.from_text("S.G\n###\n###", step_reward=-1, goal_reward=10)
    agent = TDAgent(world, alpha=0.05, gamma=1.0, seed=0)
    agent.train(4000)
    # Uniform random policy: from (0,1) three of four actions stay or leave (left), one reaches G.
    # V1 = 1/4 (10) + 1/4 (-1 + V0) + 2/4 (-1 + V1);  V0 = 3/4 (-1 + V0) + 1/4 (-1 + V1)
    V = np.linalg.solve(np.array([[1 - 0.75, -0.25], [-0.25, 1 - 0.5]]), np.array([-1.0, 2.5 - 0.75]))
    v0, v1 = V
    assert agent.v[0] == pytest.approx(v0, abs=0.6) and agent.v[1] == pytest.approx(v1, abs=0.6)


def test_bad_agent_arguments_are_refused():
    w = presets.maze()
    for kwargs, words in [(dict(alpha=0), "alpha"), (dict(alpha=1.5), "alpha"), (dict(gamma=-0.1), "gamma"),
                          (dict(epsilon=2), "epsilon"), (dict(exploration="greedy"), "exploration"),
                          (dict(update="fast"), "update"), (dict(max_steps=0), "max_steps"),
                          (dict(temperature=0), "temperature"), (dict(seed=-1), "seed"),
                          (dict(alpha=float("nan")), "alpha")]:
        with pytest.raises(ValueError, match=words):
            QLearningAgent(w, **kwargs)
    with pytest.raises(ValueError, match="number of episodes"):
        QLearningAgent(w).train(-1)
    with pytest.raises(ValueError, match="GridWorld"):
        QLearningAgent("maze")


@pytest.mark.parametrize("key, value, words", [
    ("istate", lambda s: np.where(np.arange(len(s)) == 1, np.nan, s), "whole numbers"),  # NaN cast to an action
    ("istate", lambda s: np.where(np.arange(len(s)) == K.I_PENDING_ACTION, 10**9, s), "does not fit"),
    ("istate", lambda s: np.where(np.arange(len(s)) == K.I_EPISODE_STEPS, -4, s), "does not fit"),
    ("visits", lambda s: np.where(np.arange(len(s)) == 0, -1, s), "0 or larger"),
    ("q", lambda s: np.where(np.arange(s.size).reshape(s.shape) == 3, np.inf, s), "finite"),
    ("fstate", lambda s: np.array([1.5, 0.0]), "exploration rate"),
    ("rng_state", lambda s: np.array([-1.0]), "whole numbers"),
    ("steps", lambda s: np.full(len(s), 0.5), "whole numbers"),
])
def test_a_damaged_saved_agent_is_refused_before_its_numbers_reach_the_kernels(key, value, words):
    world = presets.maze()
    agent = QLearningAgent(world, seed=3)
    agent.train(5)
    saved = agent.state_dict()
    fresh = QLearningAgent(world, seed=8)
    before = fresh.state_dict()
    with pytest.raises(ValueError, match=words):
        fresh.load_state_dict(dict(saved, **{key: value(np.asarray(saved[key]))}))
    after = fresh.state_dict()
    for k in ("q", "istate", "fstate", "visits", "rng_state"):
        np.testing.assert_array_equal(after[k], before[k])
