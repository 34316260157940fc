"""The Hopfield panel's explain text: the notes' equations with the last update's local field filled in."""

from __future__ import annotations

from typing import Any, Mapping

from simulator.gui.i18n import tr
from simulator.gui.widgets.mathtext import (
    MINUS, document, eq, heading, idle, live, nobr, num, section, v, what_to_watch,
)

#: The notes' storage limit for Hebbian weights, p/N.
CAPACITY = 0.138

_RULES = {
    "hebbian": (f"{v('W')} = (1/{v('N')}) Σ<sub>μ</sub> {v('y', sup='μ')} ({v('y', sup='μ')})<sup>T</sup>, "
                f"&nbsp; {v('w', 'ii')} = 0"),
    "storkey": (f"{v('w', 'ij')} ← {v('w', 'ij')} + (1/{v('N')}) ({v('y', 'i')}{v('y', 'j')} {MINUS} "
                f"{v('y', 'i')}{v('h', 'ji')} {MINUS} {v('h', 'ij')}{v('y', 'j')}), &nbsp; "
                f"{v('h', 'ij')} = Σ<sub><i>k</i>≠<i>i</i>,<i>j</i></sub> {v('w', 'ik')}{v('y', 'k')}"),
    "pseudo-inverse": (f"{v('W')} = {v('Y')}<sup>T</sup> ({v('Y')}{v('Y')}<sup>T</sup>)<sup>+</sup> {v('Y')}, "
                       f"&nbsp; {v('w', 'ii')} = 0"),
}


def explain(d: Mapping[str, Any] | None, shape: tuple[int, int]) -> str:
    """The explain pane's HTML for the Hopfield snapshot data ``d`` on a grid of ``shape`` (rows, columns)."""
    rule = d["rule"] if d else "hebbian"
    rule = rule if rule in _RULES else "hebbian"
    weights = _RULES[rule]
    if rule == "storkey":
        storing = tr("Storing: Storkey rule, one pattern y at a time")
    elif rule == "pseudo-inverse":
        storing = tr("Storing: pseudo-inverse (projection) rule")
    else:
        storing = tr("Storing: Hebbian rule (the notes)")
    parts = [
        heading(tr("Hopfield network")),
        section(storing),
        eq(weights),
        section(tr("Recall: one neuron at a time")),
        eq(f"{v('h', 'i')} = Σ<sub><i>j</i></sub> {v('w', 'ij')} {v('x', 'j')} + {v('b', 'i')}"),
        eq(f"{v('x', 'i')} ← sign({v('h', 'i')}) &nbsp; "
           + nobr(tr("({x} kept when {h} = 0)", x=v('x', 'i'), h=v('h', 'i')))),
        eq(f"{v('E')} = {MINUS}½ Σ<sub><i>i</i>,<i>j</i></sub> {v('w', 'ij')} {v('x', 'i')} {v('x', 'j')} "
           f"{MINUS} Σ<sub><i>i</i></sub> {v('b', 'i')} {v('x', 'i')}"),
    ]
    if not d:
        parts.append(idle(tr("No network yet.")))
    else:
        parts += _live(d, shape)
    parts.append(what_to_watch(tr(
        "Each neuron takes the sign of its local field, the weighted vote of the others. "
        "A flip always lowers E (or leaves it), so asynchronous recall rolls downhill to a fixed point: "
        "a stored pattern, its inverse, or a spurious mixture. "
        "Above p/N ≈ {capacity} the memories interfere and recall starts to fail.", capacity=CAPACITY)))
    return document(*parts)


def _live(d: Mapping[str, Any], shape: tuple[int, int]) -> list[str]:
    n, p = int(d["n_units"]), int(d["p"])
    load = float(d["load"])
    warn = tr(" (above the limit: expect errors)") if rule_is_hebbian(d) and load > CAPACITY else ""
    out = [section(tr("Now")),
           live(tr("{N} = {n} neurons, &nbsp; {P} = {p} patterns", N=v('N'), n=n, P=v('p'), p=p)),
           live(nobr(tr("load {P}/{N} = {load}", P=v('p'), N=v('N'), load=num(load, 3))) + warn)]
    unit = int(d["last_unit"])
    if d["mode"] == "sync":
        out.append(live(tr("synchronous: every {x} ← sign({h}) at once ({k} updates of all)", x=v('x', 'i'),
                           h=v('h', 'i'), k=num(float(d['sweeps']), 0))))
    elif unit >= 0:
        rows, cols = shape
        r, c = divmod(unit, cols) if cols > 0 and rows * cols == n else (0, unit)
        h = float(d["last_field"])
        x = int(d["state"][unit])
        what = tr("flipped") if d["last_flipped"] else tr("kept its value")
        out.append(live(tr("last update: neuron <i>i</i> = {i} (row {r}, column {c})", i=unit + 1, r=r + 1,
                           c=c + 1)))
        out.append(live(f"{v('h', 'i')} = {num(h, 3, signed=True)} &nbsp;⇒&nbsp; {v('x', 'i')} = "
                        f"{'+1' if x > 0 else MINUS + '1'} &nbsp; ({what})"))
    else:
        out.append(idle(tr("No update yet: press S to update one neuron.")))
    updates = int(d["updates"])
    energy, sweeps = num(float(d["energy"]), 3), num(float(d["sweeps"]), 2)
    if updates == 1:
        out.append(live(tr("{E} = {energy} &nbsp; after {updates:,} update ({sweeps} sweeps)", E=v('E'),
                           energy=energy, updates=updates, sweeps=sweeps)))
    else:
        out.append(live(tr("{E} = {energy} &nbsp; after {updates:,} updates ({sweeps} sweeps)", E=v('E'),
                           energy=energy, updates=updates, sweeps=sweeps)))
    return out


def rule_is_hebbian(d: Mapping[str, Any]) -> bool:
    """Whether the snapshot's weights come from the Hebbian rule (the one with the 0.138 limit)."""
    return d.get("rule") == "hebbian"
