"""The Boltzmann machine's lessons for the gallery: annealing out of a local minimum, the exact-distribution match."""

from __future__ import annotations

from simulator.core.text import tr
from simulator.gui.lessons import Lesson

ESCAPE_PROBLEM_SEED = 0
EQUILIBRIUM_UNITS = 6
EQUILIBRIUM_PROBLEM_SEED = 3
GLASS_UNITS = 16
GLASS_PROBLEM_SEED = 1


def _prepare(panel, key: str, problem_seed: int, n_units: int | None = None) -> None:
    panel.pause()
    panel.pm_check.setChecked(False)
    panel.problem_seed = problem_seed
    if not panel.load_scene(key, n_units):
        raise ValueError(tr("the {key} scene could not be built", key=key))


def setup_escape(panel) -> None:
    _prepare(panel, "escape", ESCAPE_PROBLEM_SEED)


def setup_equilibrium(panel) -> None:
    _prepare(panel, "equilibrium", EQUILIBRIUM_PROBLEM_SEED, EQUILIBRIUM_UNITS)


def setup_glass(panel) -> None:
    _prepare(panel, "glass", GLASS_PROBLEM_SEED, GLASS_UNITS)


LESSONS = (
    Lesson(
        "boltzmann", "escape", tr("Annealing escapes a local minimum"),
        tr("Three patterns are stored in 144 units and both networks start from the same state, close to the "
           "mixture of the three: a spurious local minimum of the energy. On the left the quench (T = 0, the "
           "Hopfield rule) only ever goes downhill and stays stuck in the mixture. On the right the same start is "
           "annealed from T = 0.6 down to 0.05: at first the noise lets units flip uphill, which shakes the "
           "network out of the shallow mixture minimum; as T falls it settles into one of the stored patterns, "
           "at a lower energy than the quench reached. Watch the two energy curves part."),
        setup_escape,
    ),
    Lesson(
        "boltzmann", "equilibrium", tr("The exact Boltzmann distribution, matched"),
        tr("Six units with random weights are sampled at a constant T = 1. The bars count how often each of the "
           "64 states is visited; beside them stands the exact Boltzmann distribution p(x) = e^(−E(x)/T) / Z, "
           "which the app computes by listing all 64 states. Run it flat out: the visited frequencies close in "
           "on the exact ones, and the total-variation distance between the two falls towards zero, roughly "
           "as one over the square root of the sweeps. Stochastic updates with p = 1/(1 + e^(−ΔE/T)) sample "
           "exactly this distribution."),
        setup_equilibrium,
    ),
    Lesson(
        "boltzmann", "glass", tr("Slow cooling finds the ground state of a spin glass"),
        tr("Sixteen units with random couplings of both signs: an energy landscape full of local minima. The app "
           "knows the lowest energy (the dashed line) by trying all 65,536 states. The run cools slowly from a "
           "high temperature and ends in the ground state. Press Repeat 50 runs to compare how often a quench "
           "and slow cooling reach it."),
        setup_glass,
    ),
)
