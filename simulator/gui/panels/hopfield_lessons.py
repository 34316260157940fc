"""The Hopfield network's lessons for the gallery: a spurious mixture state, capacity overload, the notes' example."""

from __future__ import annotations

from simulator.core.text import tr
from simulator.gui.lessons import Lesson

#: Seeds of the update order (the run bar's Reset keeps it; New seed changes it).
RUN_SEED = 7
SPURIOUS_SIDE = 12
OVERLOAD_SIDE = 12
#: 40 random patterns in 144 units: p/N = 0.28, twice the Hebbian limit of 0.138.
OVERLOAD_PATTERNS = 40
OVERLOAD_SEED = 2
SPURIOUS_SEED = 5


def _prepare(panel, rows: int, cols: int) -> None:
    """Paused, Hebbian, asynchronous random order, no loop recall, at ``rows`` x ``cols``, seeded."""
    panel.pause()
    panel.loop_check.setChecked(False)
    panel.reset(RUN_SEED)  # seeds the network built next, or the current one
    if panel.shape != (rows, cols):
        panel.set_grid_size(rows, cols)
    panel.set_rule("hebbian")
    panel.set_update_mode(0)


def spurious_patterns(side: int = SPURIOUS_SIDE, seed: int = SPURIOUS_SEED):
    """Three exactly orthogonal +1/-1 patterns, their mixture sign(y1 + y2 + y3), and a start near the mixture."""
    import numpy as np

    rng = np.random.default_rng(seed)
    n = side * side
    combos = np.array([[a, b, c] for a in (-1, 1) for b in (-1, 1) for c in (-1, 1)], np.int8)
    # Each of the 8 sign combinations on n/8 units: the overlaps between patterns are exactly 0.
    y = combos[rng.permutation(np.repeat(np.arange(8), n // 8))].T.copy()
    mixture = np.sign(y.sum(axis=0)).astype(np.int8)
    start = mixture.copy()
    start[rng.choice(n, size=n // 7, replace=False)] *= -1
    return y, mixture, start


def setup_spurious(panel) -> None:
    y, _mixture, start = spurious_patterns()
    _prepare(panel, SPURIOUS_SIDE, SPURIOUS_SIDE)
    panel.set_memories(y, ["y1", "y2", "y3"], start,
                       tr("Three memories are stored; the cue is close to their mixture. Press Space and watch the "
                          "overlaps."))


def overload_patterns(side: int = OVERLOAD_SIDE, p: int = OVERLOAD_PATTERNS, seed: int = OVERLOAD_SEED):
    """``p`` random patterns and a cue: the first with 10 % of its units flipped."""
    import numpy as np

    from simulator.core import patterns as pat

    rng = np.random.default_rng(seed)
    n = side * side
    y = pat.random_patterns(p, n, rng)
    cue = pat.flip_fraction(y[0], 0.1, rng)
    return y, cue


def setup_overload(panel) -> None:
    y, cue = overload_patterns()
    _prepare(panel, OVERLOAD_SIDE, OVERLOAD_SIDE)
    panel.set_memories(y, [tr("random {k}", k=k + 1) for k in range(len(y))], cue,
                       tr("{p} random memories in {n} units (p/N = {load:.2f}). The cue is memory 1 with 10 % of its "
                          "units flipped: press Space.", p=len(y), n=OVERLOAD_SIDE * OVERLOAD_SIDE,
                          load=len(y) / OVERLOAD_SIDE ** 2))


def setup_notes(panel) -> None:
    panel.pause()
    panel.loop_check.setChecked(False)
    panel.reset(RUN_SEED)
    panel.load_notes_example()


LESSONS = (
    Lesson(
        "hopfield", "spurious", tr("A spurious state: three memories mixed"),
        tr("Three patterns y1, y2, y3 are stored with the Hebbian rule in 144 units, far below capacity. The cue is "
        "close to their mixture sign(y1 + y2 + y3), which is not one of them. Run it: the energy falls and the "
        "network settles in the mixture, a stable state that was never stored: the overlap plot shows about "
        "0.5 with each of the three memories instead of 1 with one of them, and the label names a spurious "
        "state. The Hebbian energy has minima like this besides the memories (and their inverses)."),
        setup_spurious,
    ),
    Lesson(
        "hopfield", "overload", tr("Capacity overload: too many memories"),
        tr("Forty random patterns are stored in 144 units, p/N = 0.28, twice the Hebbian limit of about 0.138. "
        "The cue is memory 1 with only 10 % of its units flipped, so it starts with overlap 0.8. Run it: "
        "instead of cleaning the cue up, the network drifts away from memory 1 and settles in a state whose "
        "overlap with it is far lower. The crosstalk of the other 39 patterns outweighs the memory's own "
        "field. (Forget all and store ten patterns to see the same cue recalled perfectly.)"),
        setup_overload,
    ),
    Lesson(
        "hopfield", "notes", tr("The notes' 6-neuron example"),
        tr("The exercise from the notes: a 1 × 6 network stores y1 = [1,-1,1,-1,1,1] and y2 = [1,1,1,-1,-1,-1] "
        "with the Hebbian rule; both are stable states. The cue is y1 with its last unit flipped. Press S to "
        "update one neuron at a time and read its local field on the grid: the flipped unit's field points "
        "back to its stored value, and the network returns to y1."),
        setup_notes,
    ),
)
