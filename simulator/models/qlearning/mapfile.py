"""Text map files for grid worlds: parsing (with line numbers in every complaint) and writing."""

from __future__ import annotations

import math
import os
from typing import Any, Mapping, Sequence

import numpy as np

from simulator.core.text import tr
from simulator.models.qlearning.world import (CELL_EMPTY, CELL_GOAL, CELL_PIT, CELL_WALL, CHARS, KIND_CHARS,
                                              MAX_SIDE, MIN_SIDE)

_KEYS = ("name", "step_reward", "goal_reward", "pit_reward", "slippery", "wind")


def _shown(text: str, limit: int = 40) -> str:
    """``repr(text)``, cut to its start when long: messages must fit the status bar."""
    return repr(text[:limit]) + ("…" if len(text) > limit else "")


def _is_header(line: str) -> bool:
    # Rows never hold spaces or colons; a row of walls starts with '#' too.
    return line.startswith("#") and (":" in line or line.startswith("# ") or line == "#")


def _number(value: str, what: str, lineno: int) -> float:
    try:
        v = float(value)
    except ValueError:
        raise ValueError(tr("line {line}: {what} must be a number, got {got}", line=lineno, what=what,
                            got=_shown(value))) from None
    if not math.isfinite(v):
        raise ValueError(tr("line {line}: {what} must be a finite number, got {got}", line=lineno, what=what,
                            got=_shown(value)))
    return v


def _bool(value: str, lineno: int) -> bool:
    v = value.strip().lower()
    if v in ("true", "yes", "1"):
        return True
    if v in ("false", "no", "0"):
        return False
    raise ValueError(tr("line {line}: slippery is true or false, got {got}", line=lineno, got=_shown(value)))


def _wind(value: str, lineno: int) -> list[int]:
    try:
        return [int(x) for x in value.replace(" ", "").split(",") if x != ""]
    except ValueError:
        raise ValueError(tr("line {line}: the wind is comma-separated whole numbers, got {got}", line=lineno,
                            got=_shown(value))) from None


def parse(cls, text: str, *, step_reward: float = -1.0, goal_reward: float = 10.0, pit_reward: float = -10.0,
          slippery: bool = False, wind: Sequence[int] | None = None,
          rewards: Mapping[tuple[int, int], float] | None = None, name: str = ""):
    """Build a grid world of class ``cls`` from map text (see ``GridWorld.from_text``)."""
    if not isinstance(text, str):
        raise ValueError(f"a map is text, got {type(text).__name__}")
    opts: dict[str, Any] = {"name": name, "step_reward": step_reward, "goal_reward": goal_reward,
                            "pit_reward": pit_reward, "slippery": slippery, "wind": wind}
    for key in ("step_reward", "goal_reward", "pit_reward"):
        v = opts[key]
        if isinstance(v, bool) or not isinstance(v, (int, float, np.integer, np.floating)) or not math.isfinite(v):
            raise ValueError(f"{key} must be a finite number, got {v!r}")
    cell_rewards: dict[tuple[int, int], tuple[float, int]] = {}
    for (r, c), v in (rewards or {}).items():
        if isinstance(v, bool) or not isinstance(v, (int, float, np.integer, np.floating)) or not math.isfinite(v):
            raise ValueError(f"the reward of cell ({r}, {c}) must be a finite number, got {v!r}")
        cell_rewards[(int(r), int(c))] = (float(v), 0)
    rows: list[tuple[str, int]] = []
    ended_at = 0
    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            if rows and not ended_at:
                ended_at = lineno
            continue
        if _is_header(line):
            if rows:
                raise ValueError(tr("line {line}: header lines ('# key: value') must come before the rows",
                                    line=lineno))
            _header(line, lineno, opts, cell_rewards)
            continue
        if ended_at:
            raise ValueError(tr("line {line}: blank line inside the map (rows must be consecutive)", line=ended_at))
        rows.append((line, lineno))
    if not rows:
        raise ValueError(tr("the map has no rows"))
    H, W = len(rows), len(rows[0][0])
    for r, (row, lineno) in enumerate(rows):
        if len(row) != W:
            raise ValueError(tr("ragged rows: row {row} has {cells} cells but row 0 has {width} (line {line})", row=r,
                                cells=len(row), width=W, line=lineno))
        for c, ch in enumerate(row):
            if ch not in CHARS:
                raise ValueError(tr("unknown character {char!r} at row {row}, column {col} (line {line}); "
                                    "use '.' empty, '#' wall, 'S' start, 'G' goal, 'H' pit", char=ch, row=r, col=c,
                                    line=lineno))
    if not (MIN_SIDE <= H <= MAX_SIDE and MIN_SIDE <= W <= MAX_SIDE):
        raise ValueError(tr("a grid world has {lo} to {hi} rows and columns, got {rows}x{cols}", lo=MIN_SIDE,
                            hi=MAX_SIDE, rows=H, cols=W))
    kinds = np.array([[CHARS[ch] for ch in row] for row, _ in rows], np.int8)
    starts = [(r, c) for r, (row, _) in enumerate(rows) for c, ch in enumerate(row) if ch == "S"]
    if not starts:
        raise ValueError(tr("the map has no start cell (mark one with 'S')"))
    if len(starts) > 1:
        raise ValueError(tr("the map has {count} start cells ('S') at {cells}; keep one", count=len(starts),
                            cells=', '.join(map(str, starts))))
    table = np.select([kinds == CELL_EMPTY, kinds == CELL_GOAL, kinds == CELL_PIT],
                      [float(opts["step_reward"]), float(opts["goal_reward"]), float(opts["pit_reward"])], 0.0)
    for (r, c), (v, lineno) in cell_rewards.items():
        where = tr("line {line}: ", line=lineno) if lineno else ""
        if not (0 <= r < H and 0 <= c < W):
            raise ValueError(tr("{where}the reward for cell ({row}, {col}) is outside the {rows}x{cols} map",
                                where=where, row=r, col=c, rows=H, cols=W))
        if kinds[r, c] == CELL_WALL:
            raise ValueError(tr("{where}cell ({row}, {col}) is a wall, which is never entered: it cannot have a reward",
                                where=where, row=r, col=c))
        table[r, c] = v
    wind_v = opts["wind"]
    if wind_v is not None and len(wind_v) != W:
        raise ValueError(tr("the wind needs one value per column ({width}), got {got}", width=W, got=len(wind_v)))
    if not isinstance(opts["slippery"], (bool, np.bool_)):
        raise ValueError(f"slippery is true or false, got {opts['slippery']!r}")
    defaults = (float(opts["step_reward"]), float(opts["goal_reward"]), float(opts["pit_reward"]))
    return cls(_kinds=kinds, _rewards=table, _start=starts[0], _slippery=opts["slippery"], _wind=wind_v,
               _defaults=defaults, name=opts["name"])


def _header(line: str, lineno: int, opts: dict[str, Any], cell_rewards: dict) -> None:
    body = line[1:].strip()
    if not body:
        return  # a bare '#' line is a comment
    if ":" not in body:
        raise ValueError(tr("line {line}: a header line reads '# key: value', got {got}", line=lineno,
                            got=_shown(line)))
    key, value = (x.strip() for x in body.split(":", 1))
    if key.startswith("reward "):
        where = key[len("reward "):].replace(" ", "").split(",")
        try:
            r, c = (int(x) for x in where)
        except ValueError:
            raise ValueError(tr("line {line}: a per-cell reward reads '# reward row,col: value', got {got}",
                                line=lineno, got=_shown(line))) from None
        if max(abs(r), abs(c)) > 10 * MAX_SIDE:
            raise ValueError(tr("line {line}: the cell of a per-cell reward is far outside any map, got {got}",
                                line=lineno, got=_shown(line)))
        cell_rewards[(r, c)] = (_number(value, tr("the reward of cell ({row}, {col})", row=r, col=c), lineno), lineno)
    elif key == "name":
        opts["name"] = value
    elif key in ("step_reward", "goal_reward", "pit_reward"):
        opts[key] = _number(value, key, lineno)
    elif key == "slippery":
        opts["slippery"] = _bool(value, lineno)
    elif key == "wind":
        opts["wind"] = _wind(value, lineno) or None
    else:
        raise ValueError(tr("line {line}: unknown header key {key}; known keys: {keys}, reward r,c", line=lineno,
                            key=_shown(key), keys=', '.join(_KEYS)))


def _num(v: float) -> str:
    v = float(v)
    return str(int(v)) if v.is_integer() and abs(v) < 1e15 else repr(v)


def dump(world) -> str:
    """Map file text of a grid world: header lines, per-cell reward lines, rows."""
    if world.is_graph:
        raise ValueError("a graph world (reward matrix) has no text map; only grid worlds are saved as maps")
    step, goal, pit = world.defaults
    lines = []
    if world.name:
        lines.append(f"# name: {' '.join(world.name.split())}")
    lines += [f"# step_reward: {_num(step)}", f"# goal_reward: {_num(goal)}", f"# pit_reward: {_num(pit)}",
              f"# slippery: {'true' if world.slippery else 'false'}"]
    if world.wind is not None:
        lines.append("# wind: " + ",".join(str(int(w)) for w in world.wind))
    kinds, rewards = world.kinds, world.rewards
    default = {CELL_EMPTY: step, CELL_GOAL: goal, CELL_PIT: pit}
    H, W = kinds.shape
    for r in range(H):
        for c in range(W):
            k = int(kinds[r, c])
            if k != CELL_WALL and rewards[r, c] != default[k]:
                lines.append(f"# reward {r},{c}: {_num(rewards[r, c])}")
    sr, sc = world.cell_of(world.start)
    for r in range(H):
        lines.append("".join("S" if (r, c) == (sr, sc) else KIND_CHARS[int(kinds[r, c])] for c in range(W)))
    return "\n".join(lines) + "\n"


def load(cls, path):
    """Read and parse a map file; ValueError names the file and the problem."""
    label = os.path.basename(os.fspath(path))
    if os.path.exists(path) and not (os.path.isfile(path) or os.path.isdir(path)):
        # Opening a named pipe waits for a writer: the app would hang.
        raise ValueError(tr("{file} is not a map file: it is a pipe or a device, not a regular file", file=label))
    try:
        with open(path, "rb") as f:
            data = f.read(1_000_000 + 1)
    except OSError as exc:
        raise ValueError(tr("cannot read the map file {file}: {why}", file=label, why=exc.strerror or exc)) from None
    if len(data) > 1_000_000:
        raise ValueError(tr("{file} is too large to be a map file (over 1 MB)", file=label))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValueError(tr("{file} is not a map file: byte {byte} is not UTF-8 text", file=label,
                            byte=exc.start)) from None
    if "\x00" in text:
        raise ValueError(tr("{file} is not a map file: it holds binary data", file=label))
    try:
        return parse(cls, text)
    except ValueError as exc:
        why = exc.args[0] if len(exc.args) == 1 and isinstance(exc.args[0], str) else str(exc)
        raise ValueError(tr("{file}: {why}", file=label, why=why)) from None
