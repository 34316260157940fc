"""Preset worlds: the notes' six rooms, cliff walking, FrozenLake 4x4 and 8x8, a maze, the windy gridworld."""

from __future__ import annotations

from typing import Callable

import numpy as np

from simulator.core.text import tr
from simulator.models.qlearning.world import GridWorld

#: The notes' reward matrix: rows are the room moved from, -1 where there is no door.
SIX_ROOMS_R = np.array([
    [-1, -1, -1, -1, 0, -1],
    [-1, -1, -1, 0, -1, 100],
    [-1, -1, -1, 0, -1, -1],
    [-1, 0, 0, -1, 0, -1],
    [0, -1, -1, 0, -1, 100],
    [-1, 0, -1, -1, 0, 100],
], dtype=np.float64)
SIX_ROOMS_GOAL = 5
SIX_ROOMS_NAMES = ("0", "1", "2", "3", "4", "outside")
#: (x, y) of each room for drawing the rooms as a graph (y grows upwards; "outside" at the bottom).
SIX_ROOMS_POSITIONS = ((0.0, 1.0), (3.0, 0.3), (2.0, 2.0), (2.0, 1.0), (1.0, 0.3), (2.0, -0.7))
#: The table Q converges to with gamma 0.8 and the deterministic update (the notes' table).
SIX_ROOMS_Q = np.zeros((6, 6))
for (_s, _a), _v in {(5, 5): 500, (1, 5): 500, (4, 5): 500, (0, 4): 400, (3, 1): 400, (3, 4): 400,
                     (5, 1): 400, (5, 4): 400, (1, 3): 320, (2, 3): 320, (4, 0): 320, (4, 3): 320,
                     (3, 2): 256}.items():
    SIX_ROOMS_Q[_s, _a] = _v
SIX_ROOMS_Q.setflags(write=False)

CLIFF_MAP = """
............
............
............
SHHHHHHHHHHG
"""

FROZENLAKE4_MAP = """
S...
.H.H
...H
H..G
"""

FROZENLAKE8_MAP = """
S.......
........
...H....
.....H..
...H....
.HH...H.
.H..H.H.
...H...G
"""

MAZE_MAP = """
S..#......
.#.#.####.
.#...#....
.###.#.##.
...#.#..#.
##.#.##.#.
...#..#.#.
.####.#.#.
......#..#
.######..G
"""

WINDY_MAP = """
..........
..........
..........
S......G..
..........
..........
..........
"""
WINDY_WIND = (0, 0, 0, 1, 1, 1, 2, 2, 1, 0)


def six_rooms() -> GridWorld:
    """The notes' six rooms: doors give 0, doors into room 5 ("outside") give 100."""
    return GridWorld.from_reward_matrix(SIX_ROOMS_R, goals=[SIX_ROOMS_GOAL], names=SIX_ROOMS_NAMES,
                                        name=tr("Six rooms (the notes' example)"))


def cliff() -> GridWorld:
    """Sutton and Barto's cliff walking (Example 6.6): -1 per step, -100 and the episode ends in the cliff."""
    return GridWorld.from_text(CLIFF_MAP, step_reward=-1.0, goal_reward=-1.0, pit_reward=-100.0,
                               name=tr("Cliff walking"))


def frozenlake4() -> GridWorld:
    """Gymnasium's FrozenLake 4x4: slippery, 1 for reaching the goal, 0 otherwise."""
    return GridWorld.from_text(FROZENLAKE4_MAP, step_reward=0.0, goal_reward=1.0, pit_reward=0.0, slippery=True,
                               name=tr("FrozenLake 4x4"))


def frozenlake8() -> GridWorld:
    """Gymnasium's FrozenLake 8x8: slippery, 1 for reaching the goal, 0 otherwise."""
    return GridWorld.from_text(FROZENLAKE8_MAP, step_reward=0.0, goal_reward=1.0, pit_reward=0.0, slippery=True,
                               name=tr("FrozenLake 8x8"))


def maze() -> GridWorld:
    """A deterministic 10x10 maze: -1 per step, +10 at the goal."""
    return GridWorld.from_text(MAZE_MAP, step_reward=-1.0, goal_reward=10.0, pit_reward=-10.0,
                               name=tr("Maze 10x10"))


def windy() -> GridWorld:
    """Sutton and Barto's windy gridworld (Example 6.5): -1 per step, the wind pushes up."""
    return GridWorld.from_text(WINDY_MAP, step_reward=-1.0, goal_reward=-1.0, pit_reward=-10.0, wind=WINDY_WIND,
                               name=tr("Windy gridworld"))


PRESETS: dict[str, Callable[[], GridWorld]] = {
    "six_rooms": six_rooms,
    "cliff": cliff,
    "frozenlake4": frozenlake4,
    "frozenlake8": frozenlake8,
    "maze": maze,
    "windy": windy,
}

PRESET_TITLES: dict[str, str] = {
    "six_rooms": tr("Six rooms (the notes)"),
    "cliff": tr("Cliff walking"),
    "frozenlake4": tr("FrozenLake 4x4"),
    "frozenlake8": tr("FrozenLake 8x8"),
    "maze": tr("Maze 10x10"),
    "windy": tr("Windy gridworld"),
}

#: What each preset is, for people (the presets' docstrings, translatable).
PRESET_TIPS: dict[str, str] = {
    "six_rooms": tr("The notes' six rooms: doors give 0, doors into room 5 (\"outside\") give 100."),
    "cliff": tr("Sutton and Barto's cliff walking (Example 6.6): -1 per step, -100 and the episode ends in the "
                "cliff."),
    "frozenlake4": tr("Gymnasium's FrozenLake 4x4: slippery, 1 for reaching the goal, 0 otherwise."),
    "frozenlake8": tr("Gymnasium's FrozenLake 8x8: slippery, 1 for reaching the goal, 0 otherwise."),
    "maze": tr("A deterministic 10x10 maze: -1 per step, +10 at the goal."),
    "windy": tr("Sutton and Barto's windy gridworld (Example 6.5): -1 per step, the wind pushes up."),
}

#: The names of the preset worlds, for the window to translate a world's name (restored ones are plain text).
WORLD_NAMES: tuple[str, ...] = (
    tr("Six rooms (the notes' example)"), tr("Cliff walking"), tr("FrozenLake 4x4"), tr("FrozenLake 8x8"),
    tr("Maze 10x10"), tr("Windy gridworld"),
)
