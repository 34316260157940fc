"""The Hopfield panel's explain text: the notes' equations with the last update's local field filled in."""

from __future__ import annotations

from typing import Any, Mapping

from simulator.gui.widgets.mathtext import (
    MINUS, document, eq, heading, idle, live, nobr, num, section, v, what_to_watch,
)

#: The notes' storage limit for Hebbian weights, p/N.
CAPACITY = 0.138

_RULES = {
    "hebbian": (f"{v('W')} = (1/{v('N')}) Σ<sub>μ</sub> {v('y', sup='μ')} ({v('y', sup='μ')})<sup>T</sup>, "
                f"&nbsp; {v('w', 'ii')} = 0", "Hebbian rule (the notes)"),
    "storkey": (f"{v('w', 'ij')} ← {v('w', 'ij')} + (1/{v('N')}) ({v('y', 'i')}{v('y', 'j')} {MINUS} "
                f"{v('y', 'i')}{v('h', 'ji')} {MINUS} {v('h', 'ij')}{v('y', 'j')}), &nbsp; "
                f"{v('h', 'ij')} = Σ<sub><i>k</i>≠<i>i</i>,<i>j</i></sub> {v('w', 'ik')}{v('y', 'k')}",
                "Storkey rule, one pattern y at a time"),
    "pseudo-inverse": (f"{v('W')} = {v('Y')}<sup>T</sup> ({v('Y')}{v('Y')}<sup>T</sup>)<sup>+</sup> {v('Y')}, "
                       f"&nbsp; {v('w', 'ii')} = 0", "pseudo-inverse (projection) rule"),
}


def explain(d: Mapping[str, Any] | None, shape: tuple[int, int]) -> str:
    """The explain pane's HTML for the Hopfield snapshot data ``d`` on a grid of ``shape`` (rows, columns)."""
    rule = d["rule"] if d else "hebbian"
    weights, rule_name = _RULES.get(rule, _RULES["hebbian"])
    parts = [
        heading("Hopfield network"),
        section(f"Storing: {rule_name}"),
        eq(weights),
        section("Recall: one neuron at a time"),
        eq(f"{v('h', 'i')} = Σ<sub><i>j</i></sub> {v('w', 'ij')} {v('x', 'j')} + {v('b', 'i')}"),
        eq(f"{v('x', 'i')} ← sign({v('h', 'i')}) &nbsp; " + nobr(f"({v('x', 'i')} kept when {v('h', 'i')} = 0)")),
        eq(f"{v('E')} = {MINUS}½ Σ<sub><i>i</i>,<i>j</i></sub> {v('w', 'ij')} {v('x', 'i')} {v('x', 'j')} "
           f"{MINUS} Σ<sub><i>i</i></sub> {v('b', 'i')} {v('x', 'i')}"),
    ]
    if not d:
        parts.append(idle("No network yet."))
    else:
        parts += _live(d, shape)
    parts.append(what_to_watch(
        "Each neuron takes the sign of its local field, the weighted vote of the others. "
        "A flip always lowers E (or leaves it), so asynchronous recall rolls downhill to a fixed point: "
        "a stored pattern, its inverse, or a spurious mixture. "
        f"Above p/N ≈ {CAPACITY} the memories interfere and recall starts to fail."))
    return document(*parts)


def _live(d: Mapping[str, Any], shape: tuple[int, int]) -> list[str]:
    n, p = int(d["n_units"]), int(d["p"])
    load = float(d["load"])
    warn = " (above the limit: expect errors)" if rule_is_hebbian(d) and load > CAPACITY else ""
    out = [section("Now"),
           live(f"{v('N')} = {n} neurons, &nbsp; {v('p')} = {p} patterns"),
           live(nobr(f"load {v('p')}/{v('N')} = {num(load, 3)}") + warn)]
    unit = int(d["last_unit"])
    if d["mode"] == "sync":
        out.append(live(f"synchronous: every {v('x', 'i')} ← sign({v('h', 'i')}) at once "
                        f"({num(float(d['sweeps']), 0)} updates of all)"))
    elif unit >= 0:
        rows, cols = shape
        r, c = divmod(unit, cols) if cols > 0 and rows * cols == n else (0, unit)
        h = float(d["last_field"])
        x = int(d["state"][unit])
        what = "flipped" if d["last_flipped"] else "kept its value"
        out.append(live(f"last update: neuron <i>i</i> = {unit + 1} (row {r + 1}, column {c + 1})"))
        out.append(live(f"{v('h', 'i')} = {num(h, 3, signed=True)} &nbsp;⇒&nbsp; {v('x', 'i')} = "
                        f"{'+1' if x > 0 else MINUS + '1'} &nbsp; ({what})"))
    else:
        out.append(idle("No update yet: press S to update one neuron."))
    updates = int(d["updates"])
    out.append(live(f"{v('E')} = {num(float(d['energy']), 3)} &nbsp; after {updates:,} update{'s' if updates != 1 else ''}"
                    f" ({num(float(d['sweeps']), 2)} sweeps)"))
    return out


def rule_is_hebbian(d: Mapping[str, Any]) -> bool:
    """Whether the snapshot's weights come from the Hebbian rule (the one with the 0.138 limit)."""
    return d.get("rule") == "hebbian"
