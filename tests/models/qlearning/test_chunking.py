"""The Q-learning engine does not care how the Runner groups its steps, and goes on exactly from a saved state."""

from __future__ import annotations

import pytest

from simulator.models.qlearning import presets
from simulator.models.qlearning.engine import QLearningEngine
from tests.scene_tools import assert_same, json_round_trip


@pytest.mark.parametrize("algorithm", ["q_learning", "sarsa", "td0"])
def test_step_a_then_b_equals_step_a_plus_b_and_a_saved_state_goes_on_the_same(algorithm):
    one = QLearningEngine(presets.PRESETS["frozenlake4"](), algorithm=algorithm, epsilon=0.3, seed=1)
    one.step(40)
    two = QLearningEngine()
    two.load_state_dict(json_round_trip(one.state_dict()))
    for n in (1, 7, 300, 2, 1000):
        one.step(n)
    two.step(1310)
    assert_same(one.state_dict(), two.state_dict())
