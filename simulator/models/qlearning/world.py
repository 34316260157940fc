"""Grid and graph worlds for tabular reinforcement learning: parsing, dynamics, map files."""

from __future__ import annotations

import math
import numbers
from collections import deque
from dataclasses import dataclass
from typing import Mapping, Sequence

import numpy as np

from simulator.core.atomic import write_atomically
from simulator.core.text import tr

ACTIONS = ("up", "right", "down", "left")
#: The actions as people read them (the same English words, translated by the window).
ACTION_LABELS = (tr("up"), tr("right"), tr("down"), tr("left"))
ACTION_DELTAS = ((-1, 0), (0, 1), (1, 0), (0, -1))

CELL_EMPTY = 0
CELL_WALL = 1
CELL_PIT = 2
CELL_GOAL = 3
CELL_NAMES = ("empty", "wall", "pit", "goal")
#: The cell kinds as people read them (the same English words, translated by the window).
CELL_LABELS = (tr("empty"), tr("wall"), tr("pit"), tr("goal"))

#: Map characters and the cell kind each one stands for ('S' is an empty cell holding the start).
CHARS = {".": CELL_EMPTY, "#": CELL_WALL, "S": CELL_EMPTY, "G": CELL_GOAL, "H": CELL_PIT}
KIND_CHARS = {CELL_EMPTY: ".", CELL_WALL: "#", CELL_GOAL: "G", CELL_PIT: "H"}

MIN_SIDE = 3
MAX_SIDE = 40


@dataclass(frozen=True)
class Transitions:
    """The full model of a world.

    Attributes
    ----------
    P : ndarray (S, A, S) float64
        Transition probabilities; each allowed (s, a) row sums to 1, other rows are 0.
    R : ndarray (S, A, S) float64
        Reward of each transition.
    terminal : ndarray (S,) bool
        States with value 0 and no actions (grid pits and goals).
    episode_end : ndarray (S,) bool
        Entering one of these ends an episode.
    allowed : ndarray (S, A) bool
        Actions that may be taken in each state.
    """

    P: np.ndarray
    R: np.ndarray
    terminal: np.ndarray
    episode_end: np.ndarray
    allowed: np.ndarray


@dataclass(frozen=True)
class Tables:
    """Dynamics as equally likely outcomes, the form the kernels use.

    ``n_out[s, a]`` outcomes (0 when not allowed), each with probability ``1 / n_out``:
    next state ``out_next[s, a, k]`` and reward ``out_reward[s, a, k]``. ``act_list[s, :n_act[s]]``
    lists the allowed actions of ``s`` in increasing order.
    """

    out_next: np.ndarray
    out_reward: np.ndarray
    n_out: np.ndarray
    act_list: np.ndarray
    n_act: np.ndarray
    terminal: np.ndarray
    episode_end: np.ndarray
    starts: np.ndarray


def _ro(a: np.ndarray) -> np.ndarray:
    a = np.array(a, copy=True)
    a.setflags(write=False)
    return a


def _real(value, what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, numbers.Real) or not math.isfinite(float(value)):
        raise ValueError(f"{what} must be a finite number, got {value!r}")
    return float(value)


def _wind_array(wind, width: int) -> np.ndarray | None:
    if wind is None:
        return None
    try:
        w = np.asarray(wind)
    except ValueError:
        raise ValueError(tr("the wind is one whole number per column")) from None
    if w.ndim != 1 or w.shape[0] != width:
        raise ValueError(tr("the wind needs one value per column ({width}), got {got}", width=width, got=w.size))
    if w.dtype.kind not in "iu" and not (w.dtype.kind == "f" and np.all(w == np.round(w))):
        raise ValueError(tr("the wind values must be whole numbers"))
    w = w.astype(np.int64)
    if np.any(w < 0):
        raise ValueError(tr("the wind values cannot be negative (the wind blows up)"))
    return None if not np.any(w) else w


def _check_side(rows: int, cols: int) -> None:
    for n, what in ((rows, tr("rows")), (cols, tr("columns"))):
        if not MIN_SIDE <= n <= MAX_SIDE:
            raise ValueError(tr("a grid world has {lo} to {hi} {what}, got {n}", lo=MIN_SIDE, hi=MAX_SIDE, what=what,
                                n=n))


class GridWorld:
    """An immutable grid world (cells, start, rewards, slippery moves, wind) or graph world (reward matrix).

    Build one with :meth:`from_text`, :meth:`grid`, :meth:`from_reward_matrix` or
    :meth:`from_file`; edits (:meth:`with_cell`, ...) return a new world. Worlds that
    cannot be played (no start, no goal reachable from the start, ...) are refused
    with a ValueError.

    Grid dynamics: the agent moves in the chosen direction (slippery: the chosen one
    or either perpendicular one, 1/3 each); bumping into a wall or edge stays in
    place; wind then pushes it up by ``wind[column moved from]`` cells, stopping at
    walls and edges. The reward is that of the cell entered (staying counts as
    entering the current cell). Pits and goals end an episode and are terminal.

    Graph dynamics: action j from room i goes to room j, allowed iff ``R[i, j] >= 0``,
    with reward ``R[i, j]``; entering a goal room ends an episode, but goal rooms keep
    their actions (the notes' goal loops on itself).
    """

    def __init__(self, *, _kinds=None, _rewards=None, _start=None, _slippery=False, _wind=None,
                 _defaults=(-1.0, 10.0, -10.0), _goals=None, _names=None, name: str = "") -> None:
        if not isinstance(name, str):
            raise ValueError(f"a world's name is text, got {name!r}")
        self._name = name
        self._slippery = bool(_slippery)
        self._defaults = tuple(float(d) for d in _defaults)
        if _kinds is None:
            self._init_graph(_rewards, _goals, _names)
        else:
            self._init_grid(_kinds, _rewards, _start, _wind)
        self._tables: Tables | None = None

    # ----------------------------------------------------------------- construction
    def _init_graph(self, R, goals, names) -> None:
        self._kinds = None
        self._start = None
        self._wind = None
        self._slippery = False
        R = np.array(R, dtype=np.float64)
        if R.ndim != 2 or R.shape[0] != R.shape[1] or R.shape[0] < 2:
            raise ValueError(f"a reward matrix must be square with at least 2 rooms, got shape {R.shape}")
        if not np.all(np.isfinite(R)):
            raise ValueError("the reward matrix holds a value that is not a finite number")
        S = R.shape[0]
        goals = [int(g) for g in goals]
        if not goals:
            raise ValueError("a graph world needs at least one goal room")
        for g in goals:
            if not 0 <= g < S:
                raise ValueError(f"goal room {g} does not exist (rooms are 0 to {S - 1})")
        if names is None:
            names = [str(i) for i in range(S)]
        names = [str(n) for n in names]
        if len(names) != S:
            raise ValueError(f"{S} rooms need {S} names, got {len(names)}")
        if not np.any(R >= 0):
            raise ValueError("the reward matrix has no doors (every entry is negative)")
        self._rewards = _ro(R)
        self._goals = tuple(sorted(set(goals)))
        self._names = tuple(names)
        self._allowed = _ro(R >= 0)
        self._terminal = _ro(np.zeros(S, bool))
        end = np.zeros(S, bool)
        end[list(self._goals)] = True
        self._episode_end = _ro(end)
        # Some goal must be reachable from some room with a door.
        reach = self._reachable_graph(np.flatnonzero(self._allowed.any(axis=1)))
        if not any(reach[g] for g in self._goals):
            raise ValueError(tr("no goal room can be reached through the doors of the reward matrix"))

    def _init_grid(self, kinds, rewards, start, wind) -> None:
        kinds = np.array(kinds)
        if kinds.ndim != 2:
            raise ValueError("the cell kinds must be a 2-D array of rows and columns")
        H, W = kinds.shape
        _check_side(H, W)
        if not np.isin(kinds, (CELL_EMPTY, CELL_WALL, CELL_PIT, CELL_GOAL)).all():
            bad = np.argwhere(~np.isin(kinds, (CELL_EMPTY, CELL_WALL, CELL_PIT, CELL_GOAL)))[0]
            raise ValueError(f"unknown cell kind {kinds[tuple(bad)]!r} at row {bad[0]}, column {bad[1]}")
        kinds = kinds.astype(np.int8)
        rewards = np.array(rewards, dtype=np.float64)
        if rewards.shape != (H, W):
            raise ValueError(f"the rewards must have the grid's shape {(H, W)}, got {rewards.shape}")
        if not np.all(np.isfinite(rewards)):
            raise ValueError("the rewards hold a value that is not a finite number")
        if start is None:
            raise ValueError(tr("the map has no start cell (mark one with 'S')"))
        r0, c0 = (int(x) for x in start)
        if not (0 <= r0 < H and 0 <= c0 < W):
            raise ValueError(tr("the start ({row}, {col}) is outside the {rows}x{cols} grid", row=r0, col=c0, rows=H,
                                cols=W))
        if kinds[r0, c0] != CELL_EMPTY:
            raise ValueError(tr("the start cell ({row}, {col}) must be empty, not a {kind}", row=r0, col=c0,
                                kind=CELL_LABELS[kinds[r0, c0]]))
        if not (kinds == CELL_GOAL).any():
            raise ValueError(tr("the map has no goal (mark one with 'G')"))
        self._kinds = _ro(kinds)
        self._rewards = _ro(rewards)
        self._start = r0 * W + c0
        w = None if wind is None else _wind_array(wind, W)
        self._wind = None if w is None else _ro(w)
        self._goals = None
        self._names = None
        flat = kinds.ravel()
        term = (flat == CELL_PIT) | (flat == CELL_GOAL)
        self._terminal = _ro(term)
        self._episode_end = _ro(term)
        allowed = np.repeat(((flat == CELL_EMPTY))[:, None], 4, axis=1)
        self._allowed = _ro(allowed)
        reach = self._reachable_grid()
        if not reach[flat == CELL_GOAL].any():
            raise ValueError(tr("no goal can be reached from the start at ({row}, {col}); open a way through the walls",
                                row=r0, col=c0))

    @classmethod
    def grid(cls, kinds: np.ndarray, start: tuple[int, int], rewards: np.ndarray, slippery: bool = False,
             wind: np.ndarray | None = None, name: str = "") -> "GridWorld":
        """A grid world from arrays.

        Parameters
        ----------
        kinds : ndarray (H, W) int8
            Cell kinds (CELL_EMPTY, CELL_WALL, CELL_PIT, CELL_GOAL); 3 to 40 rows and columns.
        start : (row, col)
            The start cell (must be empty).
        rewards : ndarray (H, W) float64
            Reward for entering each cell.
        slippery : bool
            FrozenLake moves: the chosen direction or either perpendicular one, 1/3 each.
        wind : ndarray (W,) of non-negative ints, optional
            Cells pushed up after a move, by the column moved from.
        name : str
            Shown in titles and written to map files.
        """
        kinds = np.asarray(kinds)
        rewards = np.asarray(rewards, dtype=np.float64)
        defaults = []
        for kind, fallback in ((CELL_EMPTY, -1.0), (CELL_GOAL, 10.0), (CELL_PIT, -10.0)):
            vals = rewards[kinds == kind] if rewards.shape == kinds.shape else np.zeros(0)
            if vals.size:
                u, counts = np.unique(vals, return_counts=True)
                defaults.append(float(u[np.argmax(counts)]))
            else:
                defaults.append(fallback)
        return cls(_kinds=kinds, _rewards=rewards, _start=start, _slippery=slippery, _wind=wind,
                   _defaults=defaults, name=name)

    @classmethod
    def from_reward_matrix(cls, R, goals: Sequence[int], names: Sequence[str] | None = None,
                           name: str = "") -> "GridWorld":
        """A graph world: rooms 0..S-1, action j from room i allowed iff ``R[i, j] >= 0`` (reward ``R[i, j]``).

        Parameters
        ----------
        R : array (S, S)
            Reward matrix, -1 (any negative value) where there is no door.
        goals : sequence of int
            Rooms whose entry ends an episode.
        names : sequence of str, optional
            Room names (default "0", "1", ...).
        name : str
            The world's name.
        """
        return cls(_rewards=R, _goals=goals, _names=names, name=name)

    @classmethod
    def from_text(cls, text: str, *, step_reward: float = -1.0, goal_reward: float = 10.0,
                  pit_reward: float = -10.0, slippery: bool = False, wind: Sequence[int] | None = None,
                  rewards: Mapping[tuple[int, int], float] | None = None, name: str = "") -> "GridWorld":
        """A grid world from a text map: rows of '.' empty, '#' wall, 'S' start, 'G' goal, 'H' pit.

        The text may begin with the header lines of a map file (``# key: value`` and
        ``# reward r,c: value``, see :meth:`to_text`); a header value wins over the
        keyword argument of the same name. ``rewards`` sets per-cell rewards that
        differ from the defaults. Leading and trailing whitespace of each line is ignored.

        Raises
        ------
        ValueError
            Unknown characters (with row, column and line), ragged rows, no or several
            starts, no goal, no goal reachable, a size outside 3..40, a bad header line.
        """
        from simulator.models.qlearning import mapfile

        return mapfile.parse(cls, text, step_reward=step_reward, goal_reward=goal_reward, pit_reward=pit_reward,
                             slippery=slippery, wind=wind, rewards=rewards, name=name)

    @classmethod
    def from_file(cls, path) -> "GridWorld":
        """Load a map file written by :meth:`save` (or by hand); ValueError says what and which line is wrong."""
        from simulator.models.qlearning import mapfile

        return mapfile.load(cls, path)

    def save(self, path) -> None:
        """Write :meth:`to_text` to ``path`` atomically (a temp file, then os.replace)."""
        text = self.to_text()
        write_atomically(path, lambda f: f.write(text.encode("utf-8")))

    def to_text(self) -> str:
        """The map file text: header lines, per-cell reward lines, then the rows. Grid worlds only."""
        from simulator.models.qlearning import mapfile

        return mapfile.dump(self)

    # ----------------------------------------------------------------- attributes
    @property
    def name(self) -> str:
        return self._name

    @property
    def is_graph(self) -> bool:
        return self._kinds is None

    @property
    def shape(self) -> tuple[int, int] | None:
        return None if self._kinds is None else tuple(self._kinds.shape)

    @property
    def kinds(self) -> np.ndarray | None:
        return self._kinds

    @property
    def rewards(self) -> np.ndarray:
        return self._rewards

    @property
    def start(self) -> int | None:
        return self._start

    @property
    def slippery(self) -> bool:
        return self._slippery

    @property
    def wind(self) -> np.ndarray | None:
        return self._wind

    @property
    def defaults(self) -> tuple[float, float, float]:
        """(step_reward, goal_reward, pit_reward): rewards given to newly painted cells."""
        return self._defaults

    @property
    def goals(self) -> tuple[int, ...]:
        """Goal states (graph: the goal rooms; grid: the goal cells' state indices)."""
        if self._goals is not None:
            return self._goals
        return tuple(int(s) for s in np.flatnonzero(self._kinds.ravel() == CELL_GOAL))

    @property
    def names(self) -> tuple[str, ...] | None:
        """Room names of a graph world (None for grid worlds)."""
        return self._names

    @property
    def n_states(self) -> int:
        return self._rewards.shape[0] if self.is_graph else self._kinds.size

    @property
    def n_actions(self) -> int:
        return self._rewards.shape[0] if self.is_graph else 4

    @property
    def allowed(self) -> np.ndarray:
        return self._allowed

    @property
    def terminal(self) -> np.ndarray:
        return self._terminal

    @property
    def episode_end(self) -> np.ndarray:
        return self._episode_end

    def state_of(self, row: int, col: int) -> int:
        """State index of a grid cell (row * W + col)."""
        H, W = self._grid_shape()
        if not (0 <= row < H and 0 <= col < W):
            raise ValueError(tr("cell ({row}, {col}) is outside the {rows}x{cols} grid", row=row, col=col, rows=H,
                                cols=W))
        return int(row) * W + int(col)

    def cell_of(self, s: int) -> tuple[int, int]:
        """(row, col) of a grid state index."""
        H, W = self._grid_shape()
        if not 0 <= s < H * W:
            raise ValueError(f"state {s} does not exist (states are 0 to {H * W - 1})")
        return int(s) // W, int(s) % W

    def action_name(self, a: int) -> str:
        """"up", "right", ... for grid worlds; the target room's number for graph worlds."""
        return str(int(a)) if self.is_graph else ACTIONS[int(a)]

    def _grid_shape(self) -> tuple[int, int]:
        if self._kinds is None:
            raise ValueError("a graph world has rooms, not cells")
        return self._kinds.shape

    # ----------------------------------------------------------------- dynamics
    def tables(self) -> Tables:
        """The dynamics as equally likely outcomes (cached; read-only arrays)."""
        if self._tables is None:
            from simulator.models.qlearning.dynamics import build_tables

            self._tables = build_tables(self)
        return self._tables

    def _blocked(self, r: int, c: int) -> bool:
        H, W = self._kinds.shape
        return not (0 <= r < H and 0 <= c < W) or self._kinds[r, c] == CELL_WALL

    def _move(self, s: int, d: int) -> int:
        H, W = self._kinds.shape
        r, c = divmod(s, W)
        dr, dc = ACTION_DELTAS[d]
        if not self._blocked(r + dr, c + dc):
            r, c = r + dr, c + dc
        if self._wind is not None:
            # Sutton and Barto's windy gridworld: the push is part of the same move, so only
            # the cell it ends on counts (not the cells blown through).
            for _ in range(int(self._wind[s % W])):
                if self._blocked(r - 1, c):
                    break
                r -= 1
        return r * W + c

    def transitions(self) -> Transitions:
        """The full model: probabilities P (S, A, S), rewards R (S, A, S), terminal, episode_end, allowed."""
        from simulator.models.qlearning.dynamics import full_model

        return full_model(self)

    def _reachable_grid(self) -> np.ndarray:
        S = self._kinds.size
        seen = np.zeros(S, bool)
        seen[self._start] = True
        todo = deque([self._start])
        dirs_of = (lambda a: ((a + 3) % 4, a, (a + 1) % 4)) if self._slippery else (lambda a: (a,))
        while todo:
            s = todo.popleft()
            if self._terminal[s]:
                continue
            for a in range(4):
                for d in dirs_of(a):
                    n = self._move(s, d)
                    if not seen[n]:
                        seen[n] = True
                        todo.append(n)
        return seen

    def _reachable_graph(self, sources) -> np.ndarray:
        seen = np.zeros(self._rewards.shape[0], bool)
        seen[list(sources)] = True
        todo = deque(int(s) for s in sources)
        while todo:
            s = todo.popleft()
            for n in np.flatnonzero(self._allowed[s]):
                if not seen[n]:
                    seen[n] = True
                    todo.append(int(n))
        return seen

    # ----------------------------------------------------------------- edits
    def _edited(self, kinds=None, rewards=None, start=None, slippery=None, wind="keep") -> "GridWorld":
        self._grid_shape()
        return GridWorld(_kinds=self._kinds if kinds is None else kinds,
                         _rewards=self._rewards if rewards is None else rewards,
                         _start=self.cell_of(self._start) if start is None else start,
                         _slippery=self._slippery if slippery is None else slippery,
                         _wind=self._wind if isinstance(wind, str) else wind,
                         _defaults=self._defaults, name=self._name)

    def with_cell(self, row: int, col: int, kind: int) -> "GridWorld":
        """A copy with cell (row, col) made ``kind`` (its reward set to that kind's default)."""
        self.state_of(row, col)
        if kind not in (CELL_EMPTY, CELL_WALL, CELL_PIT, CELL_GOAL):
            raise ValueError(f"unknown cell kind {kind!r}; use CELL_EMPTY, CELL_WALL, CELL_PIT or CELL_GOAL")
        if self.state_of(row, col) == self._start and kind != CELL_EMPTY:
            raise ValueError(tr("the start cell cannot become a {kind}; move the start first", kind=CELL_LABELS[kind]))
        kinds = np.array(self._kinds)
        rewards = np.array(self._rewards)
        kinds[row, col] = kind
        step, goal, pit = self._defaults
        rewards[row, col] = {CELL_EMPTY: step, CELL_WALL: 0.0, CELL_PIT: pit, CELL_GOAL: goal}[kind]
        return self._edited(kinds=kinds, rewards=rewards)

    def with_start(self, row: int, col: int) -> "GridWorld":
        """A copy with the start moved to (row, col), which must be an empty cell."""
        self.state_of(row, col)
        if self._kinds[row, col] != CELL_EMPTY:
            raise ValueError(tr("the start must be on an empty cell; ({row}, {col}) is a {kind}", row=row, col=col,
                                kind=CELL_LABELS[self._kinds[row, col]]))
        return self._edited(start=(row, col))

    def with_reward(self, row: int, col: int, reward: float) -> "GridWorld":
        """A copy where entering cell (row, col) gives ``reward``."""
        self.state_of(row, col)
        reward = _real(reward, "a cell's reward")
        if self._kinds[row, col] == CELL_WALL:
            raise ValueError(tr("cell ({row}, {col}) is a wall, which is never entered: it has no reward", row=row,
                                col=col))
        rewards = np.array(self._rewards)
        rewards[row, col] = reward
        return self._edited(rewards=rewards)

    def with_options(self, slippery: bool | None = None, wind="keep") -> "GridWorld":
        """A copy with slippery moves and/or wind changed (``wind=None`` removes the wind)."""
        if slippery is not None and not isinstance(slippery, (bool, np.bool_)):
            raise ValueError(f"slippery is true or false, got {slippery!r}")
        if not isinstance(wind, str):
            wind = _wind_array(wind, self._grid_shape()[1])
        elif wind != "keep":
            raise ValueError("the wind is one whole number per column, or None")
        return self._edited(slippery=slippery, wind=wind)

    def resized(self, rows: int, cols: int) -> "GridWorld":
        """A copy of size rows x cols (3..40 each) keeping the overlapping part; new cells are empty."""
        for n in (rows, cols):
            if isinstance(n, bool) or not isinstance(n, numbers.Integral):
                raise ValueError(f"a grid size is a whole number, got {n!r}")
        rows, cols = int(rows), int(cols)
        _check_side(rows, cols)
        H, W = self._grid_shape()
        r0, c0 = self.cell_of(self._start)
        if r0 >= rows or c0 >= cols:
            raise ValueError(tr("the start ({row}, {col}) would be cut off by a {rows}x{cols} grid; move it first",
                                row=r0, col=c0, rows=rows, cols=cols))
        kinds = np.zeros((rows, cols), np.int8)
        rewards = np.full((rows, cols), self._defaults[0])
        h, w = min(H, rows), min(W, cols)
        kinds[:h, :w] = self._kinds[:h, :w]
        rewards[:h, :w] = self._rewards[:h, :w]
        wind = None
        if self._wind is not None:
            wind = np.zeros(cols, np.int64)
            wind[:w] = self._wind[:w]
        if not (kinds == CELL_GOAL).any():
            raise ValueError(tr("every goal would be cut off by a {rows}x{cols} grid; move a goal first", rows=rows,
                                cols=cols))
        return self._edited(kinds=kinds, rewards=rewards, wind=wind)

    # ----------------------------------------------------------------- comparisons
    def __eq__(self, other) -> bool:
        if not isinstance(other, GridWorld):
            return NotImplemented
        if self.is_graph != other.is_graph or self._name != other._name:
            return False
        if self.is_graph:
            return (np.array_equal(self._rewards, other._rewards) and self._goals == other._goals
                    and self._names == other._names)
        same_wind = (self._wind is None and other._wind is None) or (
            self._wind is not None and other._wind is not None and np.array_equal(self._wind, other._wind))
        return (np.array_equal(self._kinds, other._kinds) and np.array_equal(self._rewards, other._rewards)
                and self._start == other._start and self._slippery == other._slippery and same_wind)

    __hash__ = object.__hash__

    def __repr__(self) -> str:
        if self.is_graph:
            return f"GridWorld(graph, {self.n_states} rooms, goals {list(self._goals)}, name={self._name!r})"
        H, W = self._kinds.shape
        return f"GridWorld({H}x{W}, slippery={self._slippery}, wind={self._wind is not None}, name={self._name!r})"
