"""Ready lessons of the Q-learning panel: cliff walking with Q-learning and with SARSA, the notes' six rooms."""

from __future__ import annotations

from simulator.core.text import tr
from simulator.gui.lessons import Lesson

#: The seed of every lesson: the outcomes the texts promise were checked at it (tests/gui/test_qlearning_scenes.py).
SEED = 0
#: Episodes the cliff lessons put in the Train box, and the settings of Sutton and Barto's Example 6.6.
CLIFF_EPISODES = 500
CLIFF_PARAMS = {"alpha": 0.5, "gamma": 1.0, "epsilon": 0.1}
SIX_ROOMS_EPISODES = 3000
SIX_ROOMS_PARAMS = {"gamma": 0.8, "update": "deterministic", "epsilon": 1.0}


def _cliff(algorithm: str):
    def setup(panel) -> None:
        from simulator.gui.panels.qlearning_scene import start_lesson

        start_lesson(panel, "cliff", algorithm, SEED, CLIFF_EPISODES, **CLIFF_PARAMS)

    return setup


def _six_rooms(panel) -> None:
    from simulator.gui.panels.qlearning_scene import start_lesson

    start_lesson(panel, "six_rooms", "q_learning", SEED, SIX_ROOMS_EPISODES, normalised=True, **SIX_ROOMS_PARAMS)


LESSONS = (
    Lesson(
        model="qlearning", key="cliff_q_learning", title=tr("Cliff walking: Q-learning walks the edge"),
        text=tr("The agent starts bottom left and must reach the goal bottom right; every step costs 1, and the "
                "cells between them are a cliff: stepping in costs 100 and ends the episode (the next one begins at "
                "the start again). It explores with ε = 0.1: about one move in ten is random. Press Ctrl+T to train "
                "500 episodes. The black arrows, the greedy policy, run along the very edge of the cliff: the "
                "shortest path, 13 steps, the one value iteration finds (tick 'Value-iteration policy' in the View "
                "tab to see it in purple). Q-learning learns the value of acting greedily, whatever the agent does "
                "while exploring. But look at the return plot: the agent as it really behaves, with its random "
                "moves, keeps falling off the edge, and its episodes earn less (about −33 on average over the last "
                "hundred) than SARSA's in the next lesson."),
        setup=_cliff("q_learning")),
    Lesson(
        model="qlearning", key="cliff_sarsa", title=tr("Cliff walking: SARSA takes the safe road"),
        text=tr("The same cliff, the same exploration ε = 0.1, but the agent learns with SARSA. Press Ctrl+T to "
                "train 500 episodes. Now the arrows climb to the top row, far from the cliff, and come down only at "
                "the goal: a longer path, 17 steps. SARSA learns the value of what the agent really does next, "
                "random moves included; next to the cliff one random step in ten costs 100, so the cells there "
                "look bad and the agent keeps away. Its return plot is better than Q-learning's (about −23 against "
                "−33 per episode): safer while exploring, but not the shortest path. Set ε to 0 and both rules "
                "agree on the edge."),
        setup=_cliff("sarsa")),
    Lesson(
        model="qlearning", key="six_rooms", title=tr("The six rooms: Q converges to the notes' table"),
        text=tr("The notes' example: five rooms of a building and the outside (room 5), doors between them, a "
                "reward of 100 for going through a door to the outside and 0 for any other door. The agent "
                "wanders at random (ε = 1) and uses the notes' update for a deterministic world, "
                "Q(s,a) ← R(s,a) + γ max Q(s′,b) with γ = 0.8. Press S a few times to watch single updates written "
                "out, then Ctrl+T to train 3000 episodes. The Q table, shown divided by its largest entry and times "
                "100, ends exactly at the notes' numbers: 100, 80, 64 and 51.2. Each step away from the outside "
                "multiplies the value by γ = 0.8, so following the largest Q from any room leads outside by the "
                "fewest doors."),
        setup=_six_rooms),
)
