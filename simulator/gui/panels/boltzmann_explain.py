"""The Boltzmann panel's explain text: the notes' equations with the last unit's energy gap, T and p filled in."""

from __future__ import annotations

import math
from typing import Any, Mapping

from simulator.gui.widgets.mathtext import (
    MINUS, document, eq, esc, heading, idle, live, nobr, num, sci, section, v, what_to_watch,
)

TITLE = "Boltzmann machine"

_WATCH = {
    "escape": "The quench (T → 0) only ever goes downhill and stops in the first minimum it meets, often a "
              "mixture of memories. The annealed network sometimes moves uphill while T is high (p is far from 0 "
              "and 1); as T falls, p sharpens towards the Hopfield rule and the state settles in a deeper "
              "minimum, a stored pattern.",
    "glass": "Random couplings frustrate each other, so the energy landscape has many local minima. Watch E and "
             "T together: a quick cooling freezes in a local minimum, slow cooling reaches the ground state "
             "more often (Repeat 50 runs counts how often).",
    "equilibrium": "At a constant T the chain visits every state, each as often as its Boltzmann probability "
                   "e^(−E/T)/Z says. The visit frequencies approach the exact distribution and the "
                   "total-variation distance shrinks like 1/√(sweeps).",
}
_WATCH_LEARNING = (
    "In each cycle the machine is run twice: clamped to the data, and free. "
    "A weight grows when two units are on together more often with the data than when the network "
    "dreams freely. Watch the hidden codes move apart until each input has its own code and the accuracy "
    "reaches 100 %.")


def schedule_html(schedule: Mapping[str, Any]) -> str:
    """The temperature schedule ``schedule`` (``Schedule.to_dict()``) as an equation in the sweep count t."""
    kind = schedule.get("kind")
    t = v("t")
    if kind == "constant":
        return f"{v('T')}({t}) = {num(schedule['T'], 3)} &nbsp; (constant)"
    if kind == "quench":
        return (f"{v('T')} → 0: &nbsp; {v('x', 'i')} = 1 if Δ{v('E', 'i')} &gt; 0, 0 if Δ{v('E', 'i')} &lt; 0 "
                "(the Hopfield rule)")
    if kind == "linear":
        return (f"{v('T')}({t}) = {sci(schedule['T0'])} + ({sci(schedule['T1'])} {MINUS} {sci(schedule['T0'])})"
                f" · {t}/{sci(schedule['sweeps'])}")
    if kind == "geometric":
        return (f"{v('T')}({t}) = max({sci(schedule['T_min'])}, {sci(schedule['T0'])} · "
                f"{sci(schedule['alpha'], 4)}<sup><i>t</i></sup>)")
    if kind == "logarithmic":
        return f"{v('T')}({t}) = {sci(schedule['c'])} / ln(2 + {t})"
    return f"{v('T')}({t}): the curve drawn in the schedule editor, straight between its points"


def explain(d: Mapping[str, Any] | None, scene: str, scene_title: str,
            twin: Mapping[str, Any] | None = None) -> str:
    """The explain pane's HTML for the Boltzmann panel.

    Parameters
    ----------
    d : mapping or None
        The scene engine's snapshot data.
    scene : str
        The scene's key ("escape", "glass", "equilibrium" or "learning").
    scene_title : str
        The scene's name as the panel shows it.
    twin : mapping, optional
        Scene 1's quench, run beside the annealed network.
    """
    if scene == "learning":
        return _learning(d, scene_title)
    if d is not None and "schedule" not in d:
        d = None  # the previous scene's learner, until this scene's machine is built
    parts = [
        heading(TITLE),
        idle(scene_title),
        section("Energy of a state (units 0 or 1)"),
        eq(f"{v('E')}({v('x')}) = {MINUS}(Σ<sub><i>i</i>&lt;<i>j</i></sub> {v('x', 'i')} {v('w', 'ij')} "
           f"{v('x', 'j')} + Σ<sub><i>i</i></sub> {v('b', 'i')}&nbsp;{v('x', 'i')})"),
        section("Updating unit i at temperature T"),
        eq(f"Δ{v('E', 'i')} = {v('E')}({v('x', 'i')}=0) {MINUS} {v('E')}({v('x', 'i')}=1)"),
        eq(f"&nbsp;&nbsp;&nbsp;&nbsp; = Σ<sub><i>j</i></sub> {v('w', 'ij')} {v('x', 'j')} + {v('b', 'i')}"),
        eq(f"{v('p')}({v('x', 'i')} = 1) = 1 / (1 + <i>e</i><sup>{MINUS}Δ<i>E<sub>i</sub></i>/<i>T</i></sup>)"),
        section("Temperature schedule"),
        eq(schedule_html(d["schedule"]) if d else f"{v('T')}({v('t')})"),
    ]
    if not d:
        parts.append(idle("No machine yet."))
    else:
        parts += _live(d, scene, twin)
    parts.append(what_to_watch(_WATCH.get(scene, _WATCH["escape"])))
    return document(*parts)


def _live(d: Mapping[str, Any], scene: str, twin: Mapping[str, Any] | None) -> list[str]:
    T = float(d["temperature"])
    t_text = f"{v('T')} → 0" if T <= 0 else f"{v('T')} = {sci(T, 4)}"
    out = [section("Now"),
           live(f"{v('t')} = {num(float(d['sweeps']), 2)} sweeps, &nbsp; {t_text}")]
    unit = int(d["last_unit"])
    if unit >= 0 and int(d["updates"]) > 0:
        gap = float(d["last_field"])
        t_last = float(d.get("last_temperature", T))
        now_on = bool(d["state"][unit])
        verb = ("turned on" if now_on else "turned off") if d["last_flipped"] else (
            "stayed on" if now_on else "stayed off")
        gap_text = nobr(f"Δ{v('E', 'i')} = {num(gap, 3, signed=True)}")
        out.append(live(f"last update: {nobr(f'unit <i>i</i> = {unit + 1}')}, &nbsp; {gap_text}"))
        if t_last > 0:
            p = float(d["last_probability"])
            out.append(live(nobr(f"{v('p')} = 1 / (1 + <i>e</i><sup>{MINUS}({num(gap, 3)})/{sci(t_last, 4)}</sup>) = "
                                 f"{num(p, 3)}") + f" &nbsp; ⇒ it {verb}"))
        else:
            out.append(live(f"{v('T')} → 0: the sign of Δ{v('E', 'i')} decides &nbsp; ⇒ it {verb}"))
    else:
        out.append(idle("No update yet: press S to update one unit."))
    out.append(live(f"{v('E')} = {num(float(d['energy']), 3)}"))
    if scene == "escape" and twin and "energy" in twin:
        out.append(live(f"the quench beside it: {v('E')} = {num(float(twin['energy']), 3)}"))
    tv = d.get("tv_distance")
    if scene == "equilibrium" and tv is not None and math.isfinite(float(tv)):
        out.append(live(f"distance to the exact distribution: ½ Σ<sub><i>x</i></sub> |frequency − "
                        f"{v('p')}({v('x')})| = {num(float(tv), 4)}"))
    return out


def _learning(d: Mapping[str, Any] | None, scene_title: str) -> str:
    sign = not d or d.get("update_rule", "sign") == "sign"
    diff = (nobr(f"⟨{v('x', 'i')} {v('x', 'j')}⟩<sub>clamped</sub>") + f" {MINUS} "
            + nobr(f"⟨{v('x', 'i')} {v('x', 'j')}⟩<sub>free</sub>"))
    rule = (f"Δ{v('w', 'ij')} = {v('η')} sgn( {diff} )" if sign else f"Δ{v('w', 'ij')} = {v('η')} ( {diff} )")
    parts = [
        heading(TITLE),
        idle(scene_title),
        section("Learning (Ackley, Hinton and Sejnowski, 1985)"),
        eq(rule),
        idle("clamped: the inputs and outputs held at the data, the hidden units sampled; "
             "free: every unit running free. Each phase anneals, then counts at its last temperature T."),
        eq(f"{v('p')}({v('x', 'i')} = 1) = 1 / (1 + <i>e</i><sup>{MINUS}Δ<i>E<sub>i</sub></i>/<i>T</i></sup>)"),
    ]
    if not d or "cycle" not in d:
        parts.append(idle("No learner yet."))
    else:
        kind = "fixed steps along the sign" if sign else "in proportion to the difference"
        parts += [
            section("Now"),
            live(f"cycle {int(d['cycle'])}, &nbsp; {v('η')} = {sci(float(d.get('learning_rate', math.nan)), 3)} "
                 f"({esc(kind)}), &nbsp; {v('T')} = {sci(float(d['temperature']), 3)}"),
            live(f"size of the last change |Δ{v('w')}| = {num(float(d['last_dw']), 3)}"),
            live(f"inputs reproduced: {num(float(d['accuracy']) * 100, 0)} %"),
        ]
    parts.append(what_to_watch(_WATCH_LEARNING))
    return document(*parts)
