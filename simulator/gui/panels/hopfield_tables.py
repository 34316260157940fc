"""The Hopfield panel's tables of choices (rules, update modes, pattern sets), marked for translation.

They are made at import time, before any translator is installed, so their texts are
:func:`simulator.core.text.tr` sentences: the panel shows them with ``engine_text``.
"""

from __future__ import annotations

from simulator.core.text import tr
from simulator.gui import glyphs

#: (label, engine rule, tooltip)
RULES = (
    (tr("Hebbian (the notes)"), "hebbian",
     tr("W = (1/N) Σ y yᵀ with a zero diagonal, as in the notes. Reliable while p/N < 0.138; "
        "correlated patterns (letters share their white background) mix into spurious states.")),
    (tr("Storkey"), "storkey",
     tr("Storkey's (1997) rule: Hebbian learning minus the crosstalk of local fields. Stores more, "
        "and copes better with correlated patterns.")),
    (tr("Pseudo-inverse"), "pseudo-inverse",
     tr("Projection rule W = Yᵀ (Y Yᵀ)⁻¹ Y (zero diagonal): every linearly independent set of "
        "patterns becomes stable, up to p close to N.")),
)
#: Short names of the rules (legends, the load line): engine rule -> name.
RULE_NAMES = {"hebbian": tr("Hebbian"), "storkey": tr("Storkey"), "pseudo-inverse": tr("Pseudo-inverse")}
#: (label, engine mode, engine order, tooltip)
UPDATE_MODES = (
    (tr("Async, random order"), "async", "random",
     tr("One unit at a time, each sweep in a fresh random order: energy never rises.")),
    (tr("Async, sequential"), "async", "sequential",
     tr("One unit at a time, always in the order 1, 2, ..., N: energy never rises.")),
    (tr("Synchronous"), "sync", "random",
     tr("Every unit updates at once from the previous state: may end in a 2-cycle.")),
)
#: (label, key, characters offered)
PATTERN_SETS = (
    (tr("Letters A–Z"), "letters", glyphs.LETTERS),
    (tr("Digits 0–9 (font)"), "digits", glyphs.DIGITS),
    (tr("Handwritten digits 0–9"), "handwritten", glyphs.DIGITS),
    (tr("Random ±1 patterns"), "random", ""),
)
#: The panel's title (shown where the panel is named, e.g. in export messages).
TITLE = tr("Hopfield network")
