"""QLearningEngine: the Engine protocol, determinism, live parameters, state round-trip, step records."""

from __future__ import annotations

import numpy as np
import pytest

from simulator.core.engine import Engine
from simulator.models.qlearning import GridWorld, QLearningEngine, StepRecord, presets

SNAPSHOT_KEYS = {"world", "q", "v", "visits", "policy", "agent_state", "episode", "episode_return", "returns",
                 "steps_per_episode", "last_step", "optimal_policy", "optimal_v", "epsilon", "algorithm", "params"}


def same_snapshots(a, b):
    for key in SNAPSHOT_KEYS - {"world", "last_step", "params"}:
        np.testing.assert_array_equal(np.asarray(a[key]), np.asarray(b[key]), err_msg=key)
    assert a["last_step"] == b["last_step"] and a["params"] == b["params"] and a["world"] == b["world"]


def test_engine_protocol_and_snapshot():
    e = QLearningEngine()
    assert isinstance(e, Engine) and e.world.name == "Cliff walking" and not e.is_settled()
    snap = e.snapshot()
    assert SNAPSHOT_KEYS <= set(snap)
    assert snap["agent_state"] == e.world.start and snap["episode"] == 0 and snap["last_step"] is None
    assert snap["returns"].dtype == np.float64 and snap["returns"].size == 0
    assert e.step(25) == 25
    snap = e.snapshot()
    assert snap["visits"].sum() == 25 and isinstance(snap["last_step"], StepRecord)
    snap["q"][:] = 99  # a copy
    assert not np.any(e.snapshot()["q"] == 99)
    # the value-iteration overlay: the optimal cliff path goes right along the edge
    assert snap["optimal_policy"][e.world.state_of(2, 5)] == 1
    assert snap["optimal_v"][e.world.start] == pytest.approx(-sum(0.9 ** k for k in range(13)))


def test_reset_is_deterministic():
    e = QLearningEngine(presets.frozenlake4(), seed=3, epsilon=0.3)
    e.step(500)
    e.train_episodes(20)
    first = e.snapshot()
    e.reset()
    assert e.snapshot()["episode"] == 0 and e.snapshot()["visits"].sum() == 0
    e.step(500)
    e.train_episodes(20)
    same_snapshots(first, e.snapshot())
    e.reset(seed=4)
    e.step(500)
    assert not np.array_equal(e.snapshot()["q"], first["q"])


def test_train_episodes_then_the_snapshot_shows_them():
    e = QLearningEngine(presets.maze(), seed=1)
    e.train_episodes(50)
    snap = e.snapshot()
    assert snap["episode"] == 50 and snap["returns"].size == 50 and snap["steps_per_episode"].size == 50
    assert snap["visits"].sum() == snap["steps_per_episode"].sum()
    assert snap["returns"][-1] > snap["returns"][0]


def test_set_params_keeps_q_and_bad_values_change_nothing():
    e = QLearningEngine(presets.maze(), seed=1)
    e.train_episodes(10)
    q = e.snapshot()["q"]
    e.set_params(alpha=0.2, gamma=0.95, epsilon=0.05)
    snap = e.snapshot()
    np.testing.assert_array_equal(snap["q"], q)
    assert snap["params"]["alpha"] == 0.2 and snap["epsilon"] == 0.05
    before = e.state_dict()
    for bad in (dict(alpha=0), dict(gamma=1.5), dict(epsilon=-1), dict(exploration="wild"), dict(max_steps=0),
                dict(alpha=0.3, gamma=2.0), dict(colour="red")):
        with pytest.raises(ValueError):
            e.set_params(**bad)
    assert e.params.alpha == 0.2 and e.params.gamma == 0.95
    after = e.state_dict()
    np.testing.assert_array_equal(after["agent"]["q"], before["agent"]["q"])
    assert after["params"] == before["params"] and after["agent"]["params"] == before["agent"]["params"]


def test_gamma_change_recomputes_the_optimal_values():
    e = QLearningEngine(presets.maze())
    v1 = e.snapshot()["optimal_v"]
    e.set_params(gamma=0.5)
    e.solve()
    v2 = e.snapshot()["optimal_v"]
    assert v2[e.world.start] != v1[e.world.start]


def test_set_world_and_set_algorithm_reset_learning():
    e = QLearningEngine(seed=2)
    e.set_params(alpha=0.3)
    e.train_episodes(5)
    e.set_world(presets.frozenlake4())
    snap = e.snapshot()
    assert snap["world"].name == "FrozenLake 4x4" and snap["q"].shape == (16, 4) and not snap["q"].any()
    assert snap["episode"] == 0 and snap["params"]["alpha"] == 0.3
    e.train_episodes(5)
    e.set_algorithm("sarsa")
    assert e.snapshot()["episode"] == 0 and e.snapshot()["algorithm"] == "sarsa"
    with pytest.raises(ValueError, match="algorithm"):
        e.set_algorithm("dqn")
    assert e.algorithm == "sarsa"
    with pytest.raises(ValueError, match="GridWorld"):
        e.set_world("cliff")
    e.set_algorithm("td0")
    e.set_world(presets.maze())
    e.step(200)
    snap = e.snapshot()
    assert snap["algorithm"] == "td0" and not snap["q"].any() and (snap["v"] < 0).any()


def test_state_dict_round_trip():
    for world in (presets.windy(), presets.six_rooms()):
        e = QLearningEngine(world, algorithm="sarsa", seed=9, epsilon=0.2)
        e.train_episodes(7)
        e.step(13)
        saved = e.state_dict()
        e2 = QLearningEngine()
        e2.load_state_dict(saved)
        same_snapshots(e.snapshot() | {"last_step": None}, e2.snapshot())
        e.step(100)
        e2.step(100)
        same_snapshots(e.snapshot(), e2.snapshot())
    e3 = QLearningEngine()
    before = e3.state_dict()
    broken = dict(saved)
    broken["agent"] = dict(saved["agent"], q=np.zeros((2, 2)))
    with pytest.raises(ValueError, match="do not fit"):
        e3.load_state_dict(broken)
    with pytest.raises(ValueError):
        e3.load_state_dict({"version": 1})
    assert e3.state_dict()["world"] == before["world"]


def test_step_records_write_the_update_with_its_numbers():
    e = QLearningEngine(presets.six_rooms(), gamma=0.8, update="deterministic", epsilon=1.0, seed=0)
    e.train_episodes(2000)
    while True:
        e.step(1)
        rec = e.snapshot()["last_step"]
        if (rec.state, rec.action) == (1, 5):
            break
    assert rec.equation == "Q(1, 5) <- 100 + 0.80 x 500 = 500"
    assert rec.reward == 100 and rec.next_state == 5 and rec.episode_done and rec.q_new == pytest.approx(500)

    e = QLearningEngine(presets.cliff(), alpha=0.5, gamma=0.9, seed=0)
    rec = e.agent.step()
    s, a = rec.state, rec.action
    assert rec.state == e.world.start and rec.reward == -1 and not rec.episode_done
    assert rec.equation == f"Q({s}, {('up', 'right', 'down', 'left')[a]}) <- 0.00 + 0.50 x [-1 + 0.90 x 0.00 - 0.00] = -0.50"
    assert rec.target == -1 and rec.q_new == -0.5 and rec.max_next == 0
    e.set_algorithm("td0")
    rec = e.agent.step()
    assert rec.equation.startswith(f"V({e.world.start}) <- 0.00 + 0.50 x [-1 + 0.90 x 0.00 - 0.00] = -0.50")


def test_explored_flag_marks_non_greedy_actions():
    e = QLearningEngine(presets.maze(), epsilon=0.5, seed=4)
    e.train_episodes(30)
    flags = []
    for _ in range(300):
        rec = e.agent.step()
        flags.append(rec.explored)
    # with epsilon 0.5 and four actions, about 3/8 of the actions are not greedy
    assert 0.2 < np.mean(flags) < 0.55


def test_histories_are_capped():
    from simulator.models.qlearning import agents
    world = GridWorld.from_text("SG.\n...\n...")
    e = QLearningEngine(world, epsilon=0.0, seed=0)
    e.train_episodes(agents.HISTORY_CAP + 500)
    snap = e.snapshot()
    assert snap["episode"] == agents.HISTORY_CAP + 500 and snap["returns"].size == agents.HISTORY_CAP
