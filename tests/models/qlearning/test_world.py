"""GridWorld: parsing, refusals, dynamics (walls, slippery moves, wind), edits and map files."""

from __future__ import annotations

import os

import numpy as np
import pytest

from simulator.models.qlearning import GridWorld, presets
from simulator.models.qlearning.world import CELL_EMPTY, CELL_GOAL, CELL_PIT, CELL_WALL

SMALL = """
S.#
...
.HG
"""


def test_parsing_cells_start_and_rewards():
    w = GridWorld.from_text(SMALL, step_reward=-2, goal_reward=5, pit_reward=-7)
    assert w.shape == (3, 3) and not w.is_graph and w.n_states == 9 and w.n_actions == 4
    assert w.start == 0 and w.cell_of(w.start) == (0, 0)
    assert w.kinds[0, 2] == CELL_WALL and w.kinds[2, 1] == CELL_PIT and w.kinds[2, 2] == CELL_GOAL
    assert w.rewards[0, 1] == -2 and w.rewards[2, 2] == 5 and w.rewards[2, 1] == -7 and w.rewards[0, 0] == -2
    assert w.terminal.tolist() == [False, False, False, False, False, False, False, True, True]
    assert w.allowed[w.state_of(0, 2)].sum() == 0 and w.allowed[w.state_of(2, 2)].sum() == 0
    assert w.allowed[w.state_of(1, 1)].all()
    with pytest.raises(ValueError):
        w.kinds[0, 0] = 1  # read-only


@pytest.mark.parametrize("text, words", [
    ("...\n...\n..G", "no start"),
    ("S..\n...\n...", "no goal"),
    ("S#.\n##.\n..G", "no goal can be reached"),
    ("S..\n.x.\n..G", "'x' at row 1, column 1 (line 2)"),
    ("S..\n....\n..G", "row 1 has 4 cells but row 0 has 3"),
    ("S.\n.G", "3 to 40"),
    ("S" + "." * 40 + "\n" + "." * 41 + "\n" + "." * 40 + "G", "3 to 40"),
    ("S..\n.S.\n..G", "2 start cells"),
    ("S..\n\n...\n..G", "blank line inside the map"),
    ("# speed: 3\nS..\n...\n..G", "unknown header key 'speed'"),
    ("# step_reward: lots\nS..\n...\n..G", "line 1: step_reward must be a number"),
    ("# reward 0,2: 1\nS.#\n...\n..G", "wall"),
    ("S..\n# name: x\n..G", "must come before the rows"),
])
def test_bad_maps_are_refused_with_a_sentence(text, words):
    with pytest.raises(ValueError, match=words.replace("(", r"\(").replace(")", r"\)")):
        GridWorld.from_text(text)


def test_reward_matrix_refusals():
    with pytest.raises(ValueError, match="square"):
        GridWorld.from_reward_matrix(np.zeros((2, 3)), goals=[1])
    with pytest.raises(ValueError, match="at least one goal"):
        GridWorld.from_reward_matrix(np.zeros((3, 3)), goals=[])
    with pytest.raises(ValueError, match="does not exist"):
        GridWorld.from_reward_matrix(np.zeros((3, 3)), goals=[3])
    with pytest.raises(ValueError, match="no goal room can be reached"):
        GridWorld.from_reward_matrix([[0, -1, -1], [0, -1, -1], [-1, -1, -1]], goals=[2])


@pytest.mark.parametrize("key", list(presets.PRESETS))
def test_transition_rows_sum_to_one(key):
    w = presets.PRESETS[key]()
    t = w.transitions()
    S, A = w.n_states, w.n_actions
    assert t.P.shape == (S, A, S) and t.R.shape == (S, A, S)
    sums = t.P.sum(axis=2)
    np.testing.assert_allclose(sums[t.allowed], 1.0, rtol=0, atol=1e-12)
    assert np.all(t.P[~t.allowed] == 0)
    assert np.all(t.P >= 0)
    assert not t.allowed[t.terminal].any()


def test_walls_and_edges_keep_the_agent_in_place_and_reward_the_cell_entered():
    w = GridWorld.from_text(SMALL, step_reward=-1)
    t = w.transitions()
    s = w.state_of(0, 1)
    assert t.P[s, 1, s] == 1.0 and t.R[s, 1, s] == -1  # right: a wall
    assert t.P[s, 0, s] == 1.0  # up: the edge
    assert t.P[s, 3, w.state_of(0, 0)] == 1.0
    s = w.state_of(1, 1)
    assert t.P[s, 2, w.state_of(2, 1)] == 1.0 and t.R[s, 2, w.state_of(2, 1)] == -10  # into the pit


def test_slippery_moves_are_one_third_each():
    w = presets.frozenlake4()
    t = w.transitions()
    s = w.state_of(2, 1)  # an open cell with open cells all around
    # Intending right: right, or either perpendicular (up, down), 1/3 each.
    expected = {w.state_of(2, 2): 1 / 3, w.state_of(1, 1): 1 / 3, w.state_of(3, 1): 1 / 3}
    got = {int(k): t.P[s, 1, k] for k in np.flatnonzero(t.P[s, 1])}
    assert got == pytest.approx(expected)
    # In the corner, intending up: up and left bump (stay), right moves.
    s0 = w.state_of(0, 0)
    assert t.P[s0, 0, s0] == pytest.approx(2 / 3) and t.P[s0, 0, w.state_of(0, 1)] == pytest.approx(1 / 3)
    assert t.R[s, 1, w.state_of(1, 1)] == 1.0 * 0  # a hole gives 0 in FrozenLake


def test_wind_pushes_up_by_the_column_moved_from():
    w = presets.windy()
    t = w.transitions()
    # From (3, 6) (wind 2) moving right to column 7: pushed up two rows.
    s = w.state_of(3, 6)
    assert t.P[s, 1, w.state_of(1, 7)] == 1.0
    # From (3, 2) (wind 0) moving right: no push.
    assert t.P[w.state_of(3, 2), 1, w.state_of(3, 3)] == 1.0
    # Wind stops at the top edge.
    assert t.P[w.state_of(0, 6), 3, w.state_of(0, 5)] == 1.0
    # With a wall above, the push stops under it.
    ww = w.with_cell(2, 4, CELL_WALL)
    assert ww.transitions().P[ww.state_of(3, 3), 1, ww.state_of(3, 4)] == 1.0


def test_windy_optimal_path_is_the_textbook_15_steps():
    from simulator.models.qlearning import value_iteration
    w = presets.windy()
    _, policy, _ = value_iteration(w, 1.0)
    t = w.tables()
    s, n = w.start, 0
    while not w.episode_end[s] and n < 100:
        s = int(t.out_next[s, policy[s], 0])
        n += 1
    assert w.episode_end[s] and n == 15


def test_graph_world_dynamics():
    w = presets.six_rooms()
    t = w.transitions()
    assert w.is_graph and w.shape is None and w.start is None and w.n_actions == 6
    assert t.P[1, 5, 5] == 1.0 and t.R[1, 5, 5] == 100
    assert not t.allowed[0, 1] and t.allowed[0, 4]
    assert w.episode_end.tolist() == [False] * 5 + [True] and not w.terminal.any()
    assert w.names[5] == "outside"


def test_text_round_trip_with_options_and_cell_rewards():
    w = GridWorld.from_text(SMALL, step_reward=-0.5, goal_reward=3, pit_reward=-4, slippery=True,
                            wind=[0, 1, 0], rewards={(1, 0): 2.25}, name="tiny")
    text = w.to_text()
    assert "# reward 1,0: 2.25" in text and "# slippery: true" in text and "# wind: 0,1,0" in text
    back = GridWorld.from_text(text)
    assert back == w and back.name == "tiny" and back.defaults == (-0.5, 3.0, -4.0)
    # the header wins over a keyword argument
    assert GridWorld.from_text(text, step_reward=-9).rewards[0, 1] == -0.5


def test_save_is_atomic_and_loads_back(tmp_path, monkeypatch):
    w = presets.cliff()
    path = tmp_path / "cliff.map"
    w.save(path)
    assert GridWorld.from_file(path) == w
    old = path.read_text(encoding="utf-8")

    def boom(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError):
        presets.maze().save(path)
    assert path.read_text(encoding="utf-8") == old  # the old file is intact
    assert [p.name for p in tmp_path.iterdir()] == ["cliff.map"]  # no temp file left


def test_corrupt_files_are_refused(tmp_path):
    binary = tmp_path / "noise.map"
    binary.write_bytes(bytes(range(256)))
    with pytest.raises(ValueError, match="noise.map is not a map file"):
        GridWorld.from_file(binary)
    bad = tmp_path / "bad.map"
    bad.write_text("# name: x\n# step_reward: -1\nS..\n.?.\n..G\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad.map: unknown character '\?' at row 1, column 1 \(line 4\)"):
        GridWorld.from_file(bad)
    with pytest.raises(ValueError, match="cannot read"):
        GridWorld.from_file(tmp_path / "missing.map")


def test_edits_return_new_worlds_and_refuse_bad_ones():
    w = GridWorld.from_text("S..#\n...#\n....\n...G")
    w2 = w.with_cell(0, 1, CELL_WALL)
    assert w.kinds[0, 1] == CELL_EMPTY and w2.kinds[0, 1] == CELL_WALL
    assert w2.with_cell(0, 1, CELL_EMPTY) == w
    with pytest.raises(ValueError, match="start cell cannot become a wall"):
        w.with_cell(0, 0, CELL_WALL)
    with pytest.raises(ValueError, match="start must be on an empty cell"):
        w.with_start(0, 3)
    assert w.with_start(2, 2).cell_of(w.with_start(2, 2).start) == (2, 2)
    assert w.with_reward(0, 1, 4.5).rewards[0, 1] == 4.5
    with pytest.raises(ValueError, match="wall"):
        w.with_reward(0, 3, 1.0)
    with pytest.raises(ValueError, match="no goal can be reached"):
        w.with_cell(0, 1, CELL_WALL).with_cell(1, 0, CELL_WALL)
    with pytest.raises(ValueError, match="no goal"):
        w.with_cell(3, 3, CELL_EMPTY)
    assert w.with_options(slippery=True).slippery and not w.slippery
    assert w.with_options(wind=[0, 0, 1, 0]).wind.tolist() == [0, 0, 1, 0]
    with pytest.raises(ValueError, match="no goal can be reached"):
        w.with_options(wind=[1] * 4)  # blown back up whenever it steps down to the goal row
    with pytest.raises(ValueError, match="cannot be negative"):
        w.with_options(wind=[-1] * 4)
    with pytest.raises(ValueError, match="one value per column"):
        w.with_options(wind=[1] * 3)


def test_resize_keeps_the_overlap():
    w = presets.maze()
    big = w.resized(12, 11)
    assert big.shape == (12, 11) and np.array_equal(big.kinds[:10, :10], w.kinds)
    assert np.all(big.kinds[10:] == CELL_EMPTY) and big.rewards[11, 10] == -1
    with pytest.raises(ValueError, match="every goal would be cut off"):
        w.resized(5, 5)
    with pytest.raises(ValueError, match="3 to 40"):
        w.resized(2, 10)
    with pytest.raises(ValueError, match="3 to 40"):
        w.resized(10, 41)
    assert presets.cliff().resized(4, 40).shape == (4, 40)
