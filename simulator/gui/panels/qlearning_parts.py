"""Parts of the Q-learning panel: choices, text helpers, the six rooms drawn as a graph and its matrix tables."""

from __future__ import annotations

import math
from typing import Any, Mapping, Sequence

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QMouseEvent, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QSizePolicy, QTableWidget, QTableWidgetItem, QWidget

from simulator.core.text import tr
from simulator.gui.i18n import engine_text
from simulator.gui.widgets import colors
from simulator.gui.widgets.grid_world import AGENT, OPTIMAL
# Imported here, in the GUI thread, so that numba is never first imported by two threads at once.
from simulator.models.qlearning import presets as ql_presets
from simulator.models.qlearning.world import (
    ACTION_LABELS, ACTIONS, CELL_EMPTY, CELL_GOAL, CELL_LABELS, CELL_NAMES, CELL_PIT, CELL_WALL,
)

#: Painting tools: (key, label, tooltip).
TOOLS = (
    ("wall", tr("Wall"), tr("Paint walls: the agent bumps into them and stays where it was (drag to paint a line).")),
    ("pit", tr("Pit"), tr("Paint pits (holes): entering one ends the episode with the pit's negative reward.")),
    ("goal", tr("Goal"), tr("Paint goals: entering one ends the episode with the goal's reward.")),
    ("start", tr("Start"), tr("Click a cell to move the start there: every episode begins at the start.")),
    ("empty", tr("Erase"), tr("Make cells empty again (the right mouse button erases with any tool).")),
    ("reward", tr("Reward"), tr("Give the cells you paint the reward in the box beside: what entering them earns "
                                "(e.g. -5 for mud).")),
)
TOOL_KEYS = tuple(t[0] for t in TOOLS)
TOOL_KINDS = {"wall": CELL_WALL, "pit": CELL_PIT, "goal": CELL_GOAL, "empty": CELL_EMPTY}
#: (key, label, tooltip)
ALGORITHMS = (
    ("q_learning", tr("Q-learning"), tr("Off-policy: Q(s,a) moves towards r + γ max_b Q(s′,b), whatever the agent "
                                        "does next.")),
    ("sarsa", "SARSA", tr("On-policy: Q(s,a) moves towards r + γ Q(s′,a′) with a′ the action the agent really takes "
                          "next (exploration included).")),
    ("td0", tr("TD(0) state values"), tr("Learns V(s) of the uniformly random policy: V(s) ← V(s) + α [r + γ V(s′) − "
                                         "V(s)] (no Q table: the cells show V).")),
)
UPDATES = (
    ("incremental", tr("Incremental (α)"), tr("Q(s,a) ← Q(s,a) + α [r + γ max_b Q(s′,b) − Q(s,a)]: for random "
                                              "worlds.")),
    ("deterministic", tr("Deterministic (notes)"), tr("Q(s,a) ← r + γ max_b Q(s′,b): the notes' form for a "
                                                      "deterministic world (α is not used).")),
)
EXPLORATIONS = (
    ("epsilon", tr("ε-greedy"), tr("With probability ε a random allowed action, otherwise the best one; ε is "
                                   "multiplied by the decay after each episode (not below the minimum).")),
    ("softmax", tr("Softmax"), tr("Actions drawn with probability ∝ exp(Q(s,a) / T): a high temperature T explores "
                              "more.")),
)
#: What the cells show: (key, label, tooltip).
FILL_CHOICES = (
    ("q", tr("Q(s, a) triangles"), tr("Each cell split into four triangles, one per action (up, right, down, left), "
                                      "coloured by Q(s,a): blue negative, white zero, orange positive.")),
    ("v", tr("V(s) heatmap"), tr("One colour per cell: V(s) = max_a Q(s,a) (TD(0): the learnt V).")),
    ("visits", tr("Visit counts"), tr("How often the agent has been in each cell (log scale).")),
)
PRESET_KEYS = tuple(ql_presets.PRESETS)
SIX_ROOMS = "six_rooms"
#: The notes' settings for their six-room example.
SIX_ROOMS_PARAMS = {"gamma": 0.8, "update": "deterministic"}
#: Points drawn at most per curve of the plots (histories hold up to 100 000 episodes).
PLOT_POINTS = 2000
#: Seconds between plot updates while running.
PLOT_INTERVAL = 0.1
#: Seconds between updates of the texts (the readout, the last update, the hovered cell) while running.
TEXT_INTERVAL = 1 / 15


def action_label(world: Any, a: int) -> str:
    """The action's name in the chosen language ("up", ... on a grid; the target room's number on a graph)."""
    if world.is_graph:
        return world.action_name(int(a))
    return engine_text(ACTION_LABELS[int(a)])


def room_label(name: Any) -> str:
    """A room's name in the chosen language (the six rooms' "outside"; numbers stay as they are)."""
    return engine_text(tr("outside")) if name == "outside" else str(name)


def capitalised(text: str) -> str:
    """The sentence with its first letter in upper case (the model's messages start in lower case)."""
    return text[:1].upper() + text[1:]


def moving_average(y: np.ndarray, window: int) -> np.ndarray:
    """Trailing mean over ``window`` values (over all so far for the first ones), same length as ``y``."""
    y = np.asarray(y, np.float64)
    window = max(1, int(window))
    if y.size == 0 or window == 1:
        return y.copy()
    c = np.concatenate([[0.0], np.cumsum(y)])
    n = np.arange(1, y.size + 1)
    lo = np.maximum(0, n - window)
    return (c[n] - c[lo]) / (n - lo)


def decimate(x: np.ndarray, y: np.ndarray, smooth: np.ndarray, points: int = PLOT_POINTS
             ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """At most about ``points`` points of a long curve and its moving average, for drawing.

    The raw curve keeps each bin's lowest and highest value (spikes stay visible); the
    smooth one each bin's last value. The oldest few values that do not fill a bin are left out.
    Short curves come back whole.
    """
    n = len(y)
    if n <= points:
        return x, y, x, smooth
    k = math.ceil(n / (points // 2))
    r = n % k
    xb, yb = x[r:].reshape(-1, k), y[r:].reshape(-1, k)
    raw_x = np.stack([xb[:, 0], xb[:, -1]], axis=1).ravel()
    raw_y = np.stack([yb.min(axis=1), yb.max(axis=1)], axis=1).ravel()
    return raw_x, raw_y, xb[:, -1].copy(), smooth[r:].reshape(-1, k)[:, -1].copy()


def curve_points(y: np.ndarray, first: int, window: int, points: int = PLOT_POINTS
                 ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """``decimate`` of episodes ``first``, ``first`` + 1, ... and their moving average, computed only where drawn.

    The same points as ``decimate(x, y, moving_average(y, window), points)`` with ``x``
    the episode numbers, but the moving average of a long history (up to 100 000
    values, several times a second while running) is evaluated only at the kept points.
    """
    y = np.asarray(y, np.float64)
    n = len(y)
    if n <= points:
        x = np.arange(first, first + n, dtype=np.float64)
        return x, y, x, moving_average(y, window)
    window = max(1, int(window))
    k = math.ceil(n / (points // 2))
    r = n % k
    yb = y[r:].reshape(-1, k)
    starts = np.arange(r, n, k, dtype=np.float64) + first
    ends = starts + (k - 1)
    raw_x = np.stack([starts, ends], axis=1).ravel()
    raw_y = np.stack([yb.min(axis=1), yb.max(axis=1)], axis=1).ravel()
    last = np.arange(r + k - 1, n, k)  # each bin's last index
    c = np.concatenate([[0.0], np.cumsum(y)])
    lo = np.maximum(0, last + 1 - window)
    return raw_x, raw_y, ends.copy(), (c[last + 1] - c[lo]) / (last + 1 - lo)


def parse_wind(text: str, width: int) -> np.ndarray | None:
    """Wind per column from "0 0 1 2" or "0,0,1,2"; None for an empty text or all zeros.

    Raises
    ------
    ValueError
        Not whole numbers, negative values, or not one value per column.
    """
    parts = [p for p in text.replace(",", " ").split() if p]
    if not parts:
        return None
    try:
        values = [int(p) for p in parts]
    except ValueError:
        raise ValueError(tr("The wind is whole numbers, one per column (e.g. 0 0 1 2); {text!r} is not.",
                            text=text.strip())) from None
    if len(values) != width:
        raise ValueError(tr("The wind needs one number per column: {width} columns, {count} numbers given.",
                            width=width, count=len(values)))
    if min(values) < 0:
        raise ValueError(tr("The wind pushes up: its numbers are 0 or more."))
    w = np.asarray(values, np.int64)
    return w if w.any() else None


def wind_text(wind: np.ndarray | None) -> str:
    return "" if wind is None else " ".join(str(int(x)) for x in wind)


def number(x: float) -> str:
    """A table entry: whole numbers without decimals, others with one."""
    if not math.isfinite(x):
        return str(x)
    return f"{x:.0f}" if abs(x - round(x)) < 1e-9 or abs(x) >= 100 else f"{x:.1f}"


def hover_text(world: Any, d: Mapping[str, Any], row: int, col: int) -> str:
    """ "cell (r, c): Q up 1.23, right …, V …, visits …" for a grid cell, from a snapshot's data."""
    s = world.state_of(row, col)
    kind = int(world.kinds[row, col])
    head = engine_text(tr("cell ({row}, {col})", row=row, col=col))
    if kind == CELL_WALL:
        return engine_text(tr("{head}: wall", head=head))
    reward = float(world.rewards[row, col])
    if kind in (CELL_PIT, CELL_GOAL):
        return engine_text(tr("{head}: {kind}, entering it gives {reward:g} and ends the episode", head=head,
                              kind=CELL_LABELS[kind], reward=reward))
    q = np.asarray(d["q"])[s]
    allowed = np.asarray(world.allowed)[s]
    qs = ", ".join(f"{engine_text(ACTION_LABELS[a])} {q[a]:.2f}" for a in range(4) if allowed[a])
    v = float(np.asarray(d["v"])[s])
    visits = int(np.asarray(d["visits"])[s])
    text = engine_text(tr("{head}: Q {qs}, V {v:.2f}, visits {visits:,}", head=head, qs=qs, v=v, visits=visits))
    extra = []
    if world.start == s:
        extra.append(engine_text(tr("start")))
    if reward != world.defaults[0]:
        extra.append(engine_text(tr("reward {reward:g}", reward=reward)))
    opt = d.get("optimal_v")
    if opt is not None:
        extra.append(f"V* {float(np.asarray(opt)[s]):.2f}")
    return text + (f" ({'; '.join(extra)})" if extra else "")


def room_hover_text(world: Any, d: Mapping[str, Any], k: int) -> str:
    """ "room 3 (3): Q to 1 400, to 2 256, to 4 400; V 400, visits 12" from a snapshot's data."""
    q = np.asarray(d["q"])[k]
    doors = ", ".join(engine_text(tr("to {room} {q}", room=j, q=number(float(q[j]))))
                      for j in np.flatnonzero(np.asarray(world.allowed)[k]))
    return engine_text(tr("room {k} ({name}): Q {doors}; V {v}, visits {visits:,}", k=k,
                          name=room_label(world.names[k]), doors=doors, v=number(float(np.asarray(d['v'])[k])),
                          visits=int(np.asarray(d['visits'])[k])))


def policy_agreement(q: np.ndarray, policy: np.ndarray, optimal: np.ndarray, allowed: np.ndarray) -> tuple[int, int]:
    """(states where the greedy action is value iteration's, states with a choice to make).

    A greedy action also counts when the learnt Q rates value iteration's action as high
    (ties among equally good actions); a state whose learnt Q has no preference yet never counts.
    """
    q, policy, optimal = np.asarray(q), np.asarray(policy), np.asarray(optimal)
    rows = np.flatnonzero((optimal >= 0) & np.asarray(allowed).any(axis=1))
    if rows.size == 0:
        return 0, 0
    pol, opt = policy[rows], optimal[rows]
    qr = q[rows]
    tie = np.isclose(qr[np.arange(rows.size), np.clip(pol, 0, None)], qr[np.arange(rows.size), opt])
    decided = qr.max(axis=1) > qr.min(axis=1)
    return int(np.sum(decided & ((pol == opt) | tie))), int(rows.size)


def readout_text(d: Mapping[str, Any], world: Any, updates: int, window: int) -> str:
    """Where learning stands: episodes, updates, ε, returns, and how much of the optimal policy is found."""
    parts = [engine_text(tr("Episode {episode:,}", episode=int(d['episode']))),
             engine_text(tr("{updates:,} updates", updates=updates))]
    params = d.get("params") or {}
    if params.get("exploration", "epsilon") == "epsilon":
        parts.append(f"ε {float(d['epsilon']):.3f}")
    parts.append(engine_text(tr("return so far {ret:g}", ret=float(d['episode_return']))))
    returns = np.asarray(d["returns"])
    if len(returns):
        k = min(len(returns), window)
        parts.append(engine_text(tr("mean return (last {k}) {mean:.2f}", k=k, mean=float(np.mean(returns[-k:])))))
    if d.get("optimal_policy") is not None and d.get("algorithm") != "td0":
        agree, total = policy_agreement(d["q"], d["policy"], d["optimal_policy"], world.allowed)
        if total:
            parts.append(engine_text(tr("greedy = optimal in {agree} of {total} states", agree=agree, total=total)))
    return "  ·  ".join(parts)


def step_text(world: Any, record: Any) -> str:
    """A line under the equation: where the agent was, what it did and what happened."""
    def where(s: int) -> str:
        if world.is_graph:
            name = world.names[s] if world.names else s
            if name == "outside":
                return engine_text(tr("room outside"))
            return engine_text(tr("room {name}", name=name))
        r, c = world.cell_of(int(s))
        return engine_text(tr("state {s} = cell ({row}, {col})", s=int(s), row=r, col=c))

    act = action_label(world, int(record.action))
    act = engine_text(tr("go to room {room}", room=act)) if world.is_graph else act
    how = engine_text(tr("explored, not the greedy action")) if record.explored else engine_text(tr("greedy"))
    text = engine_text(tr("{where}: {action} ({how}), reward {reward:g} → {to}", where=where(record.state),
                          action=act, how=how, reward=float(record.reward), to=where(record.next_state)))
    if record.episode_done:
        text += engine_text(tr("; the episode ends"))
    return text


def equation_of(world: Any, record: Any) -> str:
    """The record's equation, or one written from its numbers if it has none."""
    eq = getattr(record, "equation", "") or ""
    if eq:
        return engine_text(eq)
    act = action_label(world, int(record.action))
    return (f"Q({int(record.state)}, {act}) <- {record.q_old:.2f} + {record.alpha:.2f} x "
            f"[{record.reward:g} + {record.gamma:.2f} x {record.max_next:.2f} - {record.q_old:.2f}] = "
            f"{record.q_new:.2f}")


# ====================================================================== six rooms
class RoomGraphView(QWidget):
    """A graph world drawn as rooms (circles) joined by doors (lines).

    The goal rooms are green, the agent's room yellow; arrows show each room's greedy
    door (black) and, on demand, the value-iteration one (purple); door labels give
    Q(i, j) on the side of the room it leaves.

    Signals
    -------
    hovered(int)
        The room under the pointer, -1 when none.
    """

    hovered = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setMinimumSize(220, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.positions = np.array(ql_presets.SIX_ROOMS_POSITIONS, np.float64)
        self.R = np.array(ql_presets.SIX_ROOMS_R)
        self.names: tuple[str, ...] = tuple(ql_presets.SIX_ROOMS_NAMES)
        self.goals: tuple[int, ...] = (ql_presets.SIX_ROOMS_GOAL,)
        self.q = np.zeros(self.R.shape)
        self.policy = np.full(len(self.R), -1)
        self.optimal: np.ndarray | None = None
        self.agent = -1
        self.show_arrows = True
        self.show_optimal = False
        self.show_labels = True
        self._hover = -1

    def sizeHint(self) -> QSize:
        return QSize(420, 360)

    def set_world(self, R: np.ndarray, goals: Sequence[int], names: Sequence[str] | None,
                  positions: np.ndarray | None = None) -> None:
        """Show the rooms of reward matrix ``R``; positions default to a circle (the six rooms: the notes')."""
        R = np.asarray(R, np.float64)
        n = len(R)
        if positions is None:
            if n == len(ql_presets.SIX_ROOMS_POSITIONS):
                positions = np.array(ql_presets.SIX_ROOMS_POSITIONS, np.float64)
            else:
                t = np.linspace(0, 2 * np.pi, n, endpoint=False)
                positions = np.stack([np.cos(t), np.sin(t)], axis=1)
        self.positions = np.asarray(positions, np.float64)
        self.R = R
        self.names = tuple(names) if names is not None else tuple(str(i) for i in range(n))
        self.goals = tuple(int(g) for g in goals)
        if self.q.shape != R.shape:
            self.q = np.zeros(R.shape)
            self.policy = np.full(n, -1)
            self.optimal = None
            self.agent = -1
        self.update()

    def set_values(self, q: np.ndarray, policy: np.ndarray, optimal: np.ndarray | None, agent: int) -> None:
        self.q = np.asarray(q, np.float64).copy()
        self.policy = np.asarray(policy).copy()
        self.optimal = None if optimal is None else np.asarray(optimal).copy()
        self.agent = int(agent)
        self.update()

    def set_options(self, arrows: bool | None = None, optimal: bool | None = None,
                    labels: bool | None = None) -> None:
        if arrows is not None:
            self.show_arrows = bool(arrows)
        if optimal is not None:
            self.show_optimal = bool(optimal)
        if labels is not None:
            self.show_labels = bool(labels)
        self.update()

    # ----------------------------------------------------------------- geometry
    def radius(self) -> float:
        return max(12.0, min(self.width(), self.height()) / 15)

    def room_centers(self) -> np.ndarray:
        """(S, 2) widget positions of the rooms (y of the positions grows upwards)."""
        p = self.positions
        r = self.radius()
        lo, hi = p.min(axis=0), p.max(axis=0)
        span = np.maximum(hi - lo, 1e-9)
        w, h = self.width() - 4 * r, self.height() - 4 * r
        scale = min(w / span[0], h / span[1])
        off_x = (self.width() - span[0] * scale) / 2
        off_y = (self.height() - span[1] * scale) / 2
        x = off_x + (p[:, 0] - lo[0]) * scale
        y = off_y + (hi[1] - p[:, 1]) * scale
        return np.stack([x, y], axis=1)

    def room_at(self, pos: QPointF) -> int:
        c = self.room_centers()
        d = np.hypot(c[:, 0] - pos.x(), c[:, 1] - pos.y())
        k = int(np.argmin(d))
        return k if d[k] <= self.radius() * 1.1 else -1

    # ----------------------------------------------------------------- painting
    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.fillRect(self.rect(), QColor(colors.PLOT_BACKGROUND))
        c = self.room_centers()
        rad = self.radius()
        n = len(self.R)
        door = QPen(QColor(colors.GRID_LINE), max(3.0, rad / 6))
        p.setPen(door)
        for i in range(n):
            for j in range(i + 1, n):
                if self.R[i, j] >= 0 or self.R[j, i] >= 0:
                    p.drawLine(QPointF(*c[i]), QPointF(*c[j]))
        if self.show_optimal and self.optimal is not None:
            self._arrows(p, c, rad, self.optimal, QColor(OPTIMAL), max(5.0, rad / 4), alpha=150)
        if self.show_arrows:
            best = self.q.max(axis=1)
            pol = np.where(best > self.q.min(axis=1) + 0.0, self.policy, -1) if self.q.any() else np.full(n, -1)
            self._arrows(p, c, rad, pol, QColor(colors.BLACK), max(2.0, rad / 9))
        if self.show_labels:
            self._labels(p, c, rad)
        font = QFont(self.font())
        font.setPixelSize(int(rad * 0.62))
        font.setBold(True)
        p.setFont(font)
        for i in range(n):
            fill = colors.GREEN if i in self.goals else "#EDEDE6"
            p.setPen(QPen(QColor(colors.BLUE if i == self._hover else colors.PLOT_FOREGROUND), 3 if i == self._hover
                          else 2))
            p.setBrush(QColor(fill))
            p.drawEllipse(QPointF(*c[i]), rad, rad)
            if i == self.agent:
                p.setPen(QPen(QColor(colors.BLACK), 3))
                p.setBrush(QColor(AGENT))
                p.drawEllipse(QPointF(*c[i]), rad * 0.72, rad * 0.72)
            p.setPen(QColor("#FFFFFF" if i in self.goals and i != self.agent else colors.PLOT_FOREGROUND))
            name = room_label(self.names[i]) if i < len(self.names) else str(i)
            label = str(i) if name == str(i) else f"{i}"
            p.drawText(QRectF(c[i][0] - rad, c[i][1] - rad, 2 * rad, 2 * rad), Qt.AlignmentFlag.AlignCenter, label)
            if name != str(i):
                small = QFont(self.font())
                small.setBold(True)
                p.setFont(small)
                p.setPen(QColor(colors.PLOT_FOREGROUND))
                p.drawText(QRectF(c[i][0] - 3 * rad, c[i][1] + rad + 2, 6 * rad, p.fontMetrics().height()),
                           Qt.AlignmentFlag.AlignCenter, name)
                p.setFont(font)
        p.end()

    def _arrows(self, p: QPainter, c: np.ndarray, rad: float, policy: np.ndarray, color: QColor, width: float,
                alpha: int = 255) -> None:
        color = QColor(color)
        color.setAlpha(alpha)
        p.setPen(QPen(color, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        p.setBrush(QBrush(color))
        for i, j in enumerate(policy):
            j = int(j)
            if j < 0 or j >= len(c):
                continue
            if i == j:  # a room's door to itself (the goal's loop): a small circle above it
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawEllipse(QPointF(c[i][0] + rad * 0.9, c[i][1] - rad * 0.9), rad * 0.45, rad * 0.45)
                p.setBrush(QBrush(color))
                continue
            a, b = c[i], c[j]
            d = b - a
            length = float(np.hypot(*d))
            if length < 1e-6:
                continue
            u = d / length
            tail = a + u * rad
            tip = b - u * (rad + 2)
            head = 8 + 2 * width
            base = tip - u * head
            nrm = np.array([-u[1], u[0]]) * head * 0.5
            p.drawLine(QPointF(*tail), QPointF(*base))
            p.drawPolygon(QPolygonF([QPointF(*tip), QPointF(*(base + nrm)), QPointF(*(base - nrm))]))

    def _labels(self, p: QPainter, c: np.ndarray, rad: float) -> None:
        font = QFont(self.font())
        font.setBold(True)
        p.setFont(font)
        fm = p.fontMetrics()
        for i in range(len(self.R)):
            for j in range(len(self.R)):
                if self.R[i, j] < 0 or i == j:
                    continue
                d = c[j] - c[i]
                u = d / max(float(np.hypot(*d)), 1e-9)
                text = number(float(self.q[i, j]))
                w = fm.horizontalAdvance(text) + 6
                # Each direction's label sits on its own side of the door, clear of the line
                # whatever the door's angle (half the label's extent across the line).
                side = np.array([-u[1], u[0]])
                clear = 0.5 * (abs(side[0]) * w + abs(side[1]) * fm.height()) + 2
                at = c[i] + u * (rad + 0.22 * float(np.hypot(*d))) + side * clear
                box = QRectF(at[0] - w / 2, at[1] - fm.height() / 2, w, fm.height())
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(QColor(255, 255, 255, 225))
                p.drawRoundedRect(box, 3, 3)
                p.setPen(QColor(colors.BLUE if self.q[i, j] else colors.MUTED_TEXT))
                p.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    # ----------------------------------------------------------------- mouse
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        k = self.room_at(event.position())
        if k != self._hover:
            self._hover = k
            self.update()
            self.hovered.emit(k)

    def leaveEvent(self, event) -> None:
        if self._hover != -1:
            self._hover = -1
            self.update()
            self.hovered.emit(-1)
        super().leaveEvent(event)


class MatrixTable(QTableWidget):
    """A read-only S x S table (rows = state, columns = action), its items created once and updated in place."""

    def __init__(self, title: str, tooltip: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.setToolTip(tooltip)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        for header in (self.horizontalHeader(), self.verticalHeader()):
            header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            header.setMinimumSectionSize(self.fontMetrics().height() + 2)
            header.setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._shape: tuple[int, int] | None = None

    def sizeHint(self) -> QSize:
        return QSize(300, 200)

    def set_matrix(self, values: np.ndarray, texts: Sequence[Sequence[str]], row_labels: Sequence[str],
                   col_labels: Sequence[str], bold: np.ndarray | None = None, muted: np.ndarray | None = None) -> None:
        """Show ``texts`` (with ``values`` in each item's data); ``bold`` marks entries, ``muted`` greys them."""
        values = np.asarray(values)
        shape = values.shape
        if shape != self._shape:
            self._shape = shape
            self.setRowCount(shape[0])
            self.setColumnCount(shape[1])
            self.setVerticalHeaderLabels(list(row_labels))
            self.setHorizontalHeaderLabels(list(col_labels))
            for i in range(shape[0]):
                for j in range(shape[1]):
                    item = QTableWidgetItem("")
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                    self.setItem(i, j, item)
        plain, strong = QFont(self.font()), QFont(self.font())
        strong.setBold(True)
        for i in range(shape[0]):
            for j in range(shape[1]):
                item = self.item(i, j)
                if item.text() != texts[i][j]:
                    item.setText(texts[i][j])
                item.setData(Qt.ItemDataRole.UserRole, float(values[i, j]))
                item.setFont(strong if bold is not None and bold[i, j] else plain)
                grey = muted is not None and muted[i, j]
                item.setForeground(QColor(colors.MUTED_TEXT if grey else colors.PLOT_FOREGROUND))

    def texts(self) -> list[list[str]]:
        """The shown entries (tests read them)."""
        return [[self.item(i, j).text() for j in range(self.columnCount())] for i in range(self.rowCount())]
