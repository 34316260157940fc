"""Parts of the Boltzmann panel: its scenes (built off the GUI thread), the 0/1 unit grid, and display helpers."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from PySide6.QtWidgets import QWidget

from simulator.core.text import tr
from simulator.gui.widgets.grid_canvas import FlipGlow, GridCanvas
from simulator.models import boltzmann as bm
from simulator.models.boltzmann import schedules as sch

#: The panel's title (an engine sentence: shown through ``engine_text``).
PANEL_TITLE = tr("Boltzmann machine")
#: (key, combo label, tooltip, explanation shown in the panel); the texts are shown through ``engine_text``.
SCENES = (
    ("escape", tr("1 · Escape from a spurious state"),
     tr("Quench and annealing side by side, from the same start, on weights that store patterns."),
     tr("The weights store a few patterns, as in a Hopfield network (units are 0/1 here). Both grids start from "
        "the same state. <b>Left, a quench (T → 0)</b>: every unit takes the value that lowers the energy, which is "
        "the Hopfield rule, and the network gets stuck in a spurious minimum, a mixture of memories. <b>Right, "
        "annealing</b>: at high T a unit turns on with probability p = 1/(1 + e<sup>−ΔE/T</sup>), so it sometimes "
        "moves uphill; as T falls the network leaves the shallow spurious minimum and settles in a stored pattern.")),
    ("glass", tr("2 · Optimisation: a spin glass"),
     tr("A random spin glass whose lowest energy the app knows by trying all 2^n states."),
     tr("Every pair of units has a random coupling, so no state satisfies them all and the energy landscape has "
        "many local minima. The app knows the ground state (the lowest energy) by trying all 2<sup>n</sup> states. "
        "Watch one run reach it or miss it, then press <b>Repeat 50 runs</b> to compare how often a quench and "
        "slow cooling find it.")),
    ("equilibrium", tr("3 · Equilibrium at constant T"),
     tr("Visit frequencies against the exact Boltzmann distribution, for a small network."),
     tr("At a fixed temperature the state keeps changing, but the share of time spent in each state converges to "
        "the Boltzmann distribution p(x) ∝ e<sup>−E(x)/T</sup>. The bars compare the visit frequencies (filled) "
        "with the exact probabilities (outlines), computed from all 2<sup>n</sup> states; the total-variation "
        "distance between them shrinks as samples accumulate (roughly as 1/√samples).")),
    ("learning", tr("4 · Learning: the 4-2-4 encoder"),
     tr("Boltzmann learning with 2 hidden units (Ackley, Hinton & Sejnowski, 1985)."),
     tr("4 input and 4 output units are visible, 2 units are hidden. Each input has one unit on and must come out "
        "at the output, but the only path is through the 2 hidden units, so the network must invent a 2-bit code. "
        "Each learning cycle anneals with the visible units clamped (positive phase) and free (negative phase) and "
        "moves every weight along ⟨x<sub>i</sub>x<sub>j</sub>⟩<sub>clamped</sub> − "
        "⟨x<sub>i</sub>x<sub>j</sub>⟩<sub>free</sub>: by a fixed step in its sign, as Ackley et al. did, or "
        "in proportion to it (the rule above the plots). Watch the four hidden codes move apart.")),
)
SCENE_KEYS = tuple(s[0] for s in SCENES)

#: At or below this speed (updates per second) the unit being updated is outlined with its p and ΔE.
SLOW_RATE = 30.0
#: Bars of the equilibrium chart: the most probable states when 2^n is larger.
MAX_BARS = 64
#: Samples of the total-variation trace kept by the panel.
TV_CAPACITY = 4096
DEFAULT_GLASS_UNITS = 16
DEFAULT_EQUILIBRIUM_UNITS = 6
HIT_RATE_RUNS = 50
#: The GUI bench's network: 32 x 32 fully connected units.
BENCH_SHAPE = (32, 32)


class UnitGrid(GridCanvas):
    """A :class:`GridCanvas` for 0/1 units: on is ink, off is background; small grids write 1/0 (or +1/−1)."""

    def __init__(self, rows: int = 4, cols: int = 4, parent: QWidget | None = None) -> None:
        super().__init__(rows, cols, parent)
        self.pm_view = False
        self.set_value_texts("1", "0")

    def set_pm_view(self, on: bool) -> None:
        """Write unit values as +1/−1 (the spin view) instead of 1/0."""
        self.pm_view = bool(on)
        self.set_value_texts(*(("+1", "−1") if self.pm_view else ("1", "0")))


class GridView:
    """One grid and the glow of its fresh flips (flip counts are diffed between frames)."""

    def __init__(self, canvas: UnitGrid) -> None:
        self.canvas = canvas
        self.glow = FlipGlow()

    def reset(self, n: int) -> None:
        self.glow.reset(n)

    def show(self, d: Any, now: float, count_flips: bool = True) -> None:
        if count_flips:
            self.glow.count(d["flip_counts"], now)
        self.canvas.set_state(np.where(np.asarray(d["state"]) > 0, 1, -1), self.glow.levels(now))


@dataclass
class SceneSetup:
    """What a scene needs, built in the background: engines and what the panel draws around them."""

    key: str
    engine: Any
    shape: tuple[int, int]
    schedule: Any | None
    twin: Any | None = None          # the quench engine of scene 1
    patterns: np.ndarray | None = None
    ground_energy: float | None = None
    scene: Any = None
    description: str = ""
    extra: dict = field(default_factory=dict)


def build_scene(key: str, n_units: int, seed: int, learning_update: str = "sign") -> SceneSetup:
    """Build scene ``key`` (one of :data:`SCENE_KEYS`, or "bench") with its engines; Qt-free, runs in a job.

    ``learning_update`` is the learner's weight change in scene 4: "sign" (Ackley, Hinton
    and Sejnowski's fixed steps) or "gradient" (eta times the correlation difference).
    """
    from simulator.models.boltzmann import scenes

    if key == "escape":
        s = scenes.spurious_escape(seed)
        anneal, quench = s.machine(seed, "anneal"), s.machine(seed, "quench")
        return SceneSetup(key, anneal, tuple(s.grid), s.anneal, twin=quench, patterns=np.asarray(s.patterns),
                          scene=s, description=tr("{n} units, {count} stored patterns", n=s.n_units,
                                                   count=len(s.patterns)))
    if key == "glass":
        s = scenes.spin_glass(n_units, seed)
        eng = bm.BoltzmannMachine(s.n_units, s.weights, s.biases, seed=seed)
        schedule = scenes.slow_cooling()
        eng.set_schedule(schedule)
        return SceneSetup(key, eng, tuple(s.grid), schedule, ground_energy=float(s.ground_energy), scene=s,
                          description=tr("{n} units, ground energy E* = {ground:.3f}", n=s.n_units,
                                         ground=s.ground_energy))
    if key == "equilibrium":
        s = scenes.equilibrium(n_units, seed)
        eng = s.machine(seed)
        return SceneSetup(key, eng, tuple(s.grid), sch.Constant(s.temperature), scene=s,
                          description=tr("{n} units, {states} states", n=s.n_units, states=2 ** s.n_units))
    if key == "learning":
        from simulator.models.boltzmann.learning import BoltzmannLearner

        learner = BoltzmannLearner(seed=seed, update=learning_update)
        return SceneSetup(key, learner, (1, 1), None,
                          description=tr("8 visible units (4 in, 4 out) and 2 hidden; the run stops once all 4 "
                                         "inputs come out right"))
    if key == "bench":
        # An SK spin glass of 1024 units, too big to enumerate: the sampler's speed is what is measured.
        rows, cols = BENCH_SHAPE
        n = rows * cols
        rng = np.random.default_rng(seed)
        a = rng.normal(0.0, 1.0 / math.sqrt(n), (n, n))
        j = np.triu(a, 1)
        w, b, _offset = scenes.hopfield_to_boltzmann(j + j.T)
        eng = bm.BoltzmannMachine(n, w, b, seed=seed)
        schedule = sch.Logarithmic.from_start(2.0, 1e6)
        eng.set_schedule(schedule)
        return SceneSetup(key, eng, (rows, cols), schedule, description=tr("{n} fully connected units", n=n))
    raise ValueError(tr("Unknown scene {key!r}; choose one of {keys}.", key=key, keys=", ".join(SCENE_KEYS)))


def sweep_window(n: int) -> int:
    """Trace samples per sweep: the engine samples every max(1, n // 8) updates."""
    return max(1, math.ceil(n / max(1, n // 8)))


def running_mean(values: np.ndarray, window: int) -> np.ndarray:
    """Trailing mean over ``window`` samples (fewer at the start): a flip rate per sweep, not per sample.

    Small networks are sampled after every update, where the raw rate is 0 or 1.
    """
    v = np.asarray(values, np.float64)
    if window <= 1 or len(v) < 2:
        return v
    c = np.concatenate(([0.0], np.cumsum(v)))
    hi = np.arange(1, len(v) + 1)
    lo = np.maximum(0, hi - window)
    return (c[hi] - c[lo]) / (hi - lo)


def bits(index: int, n: int) -> str:
    """State ``index`` written as unit values x_1 ... x_n (unit 0 is the least significant bit)."""
    return "".join("1" if (index >> i) & 1 else "0" for i in range(n))


def learner_unit_names(n: int) -> list[str]:
    """Axis names of the learner's units: the encoder's inputs, outputs, then hidden units (its weight order)."""
    if n == 10:
        return [tr("in{k}", k=k + 1) for k in range(4)] + [tr("out{k}", k=k + 1) for k in range(4)] + ["h1", "h2"]
    return [str(k + 1) for k in range(n)]
