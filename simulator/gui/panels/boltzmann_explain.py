"""The Boltzmann panel's explain text: the notes' equations with the last unit's energy gap, T and p filled in."""

from __future__ import annotations

import math
from typing import Any, Mapping

from simulator.gui.i18n import tr
from simulator.gui.widgets.mathtext import (
    MINUS, document, eq, esc, heading, idle, live, nobr, num, sci, section, v, what_to_watch,
)

TITLE = "Boltzmann machine"


def _watch(scene: str) -> str:
    """What to watch in ``scene`` (the first scene's text for unknown keys)."""
    if scene == "glass":
        return tr("Random couplings frustrate each other, so the energy landscape has many local minima. Watch E and "
                  "T together: a quick cooling freezes in a local minimum, slow cooling reaches the ground state "
                  "more often (Repeat 50 runs counts how often).")
    if scene == "equilibrium":
        return tr("At a constant T the chain visits every state, each as often as its Boltzmann probability "
                  "e^(−E/T)/Z says. The visit frequencies approach the exact distribution and the "
                  "total-variation distance shrinks like 1/√(sweeps).")
    return tr("The quench (T → 0) only ever goes downhill and stops in the first minimum it meets, often a "
              "mixture of memories. The annealed network sometimes moves uphill while T is high (p is far from 0 "
              "and 1); as T falls, p sharpens towards the Hopfield rule and the state settles in a deeper "
              "minimum, a stored pattern.")


def _watch_learning() -> str:
    return tr("In each cycle the machine is run twice: clamped to the data, and free. "
              "A weight grows when two units are on together more often with the data than when the network "
              "dreams freely. Watch the hidden codes move apart until each input has its own code and the accuracy "
              "reaches 100 %.")


def schedule_html(schedule: Mapping[str, Any]) -> str:
    """The temperature schedule ``schedule`` (``Schedule.to_dict()``) as an equation in the sweep count t."""
    kind = schedule.get("kind")
    t = v("t")
    if kind == "constant":
        return tr("{T}({t}) = {value} &nbsp; (constant)", T=v("T"), t=t, value=num(schedule["T"], 3))
    if kind == "quench":
        return tr("{T} → 0: &nbsp; {x} = 1 if Δ{E} &gt; 0, 0 if Δ{E} &lt; 0 (the Hopfield rule)", T=v("T"),
                  x=v("x", "i"), E=v("E", "i"))
    if kind == "linear":
        return (f"{v('T')}({t}) = {sci(schedule['T0'])} + ({sci(schedule['T1'])} {MINUS} {sci(schedule['T0'])})"
                f" · {t}/{sci(schedule['sweeps'])}")
    if kind == "geometric":
        return (f"{v('T')}({t}) = max({sci(schedule['T_min'])}, {sci(schedule['T0'])} · "
                f"{sci(schedule['alpha'], 4)}<sup><i>t</i></sup>)")
    if kind == "logarithmic":
        return f"{v('T')}({t}) = {sci(schedule['c'])} / ln(2 + {t})"
    return tr("{T}({t}): the curve drawn in the schedule editor, straight between its points", T=v("T"), t=t)


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
        heading(tr("Boltzmann machine")),
        idle(scene_title),
        section(tr("Energy of a state (units 0 or 1)")),
        eq(f"{v('E')}({v('x')}) = {MINUS}(Σ<sub><i>i</i>&lt;<i>j</i></sub> {v('x', 'i')} {v('w', 'ij')} "
           f"{v('x', 'j')} + Σ<sub><i>i</i></sub> {v('b', 'i')}&nbsp;{v('x', 'i')})"),
        section(tr("Updating unit i at temperature T")),
        eq(f"Δ{v('E', 'i')} = {v('E')}({v('x', 'i')}=0) {MINUS} {v('E')}({v('x', 'i')}=1)"),
        eq(f"&nbsp;&nbsp;&nbsp;&nbsp; = Σ<sub><i>j</i></sub> {v('w', 'ij')} {v('x', 'j')} + {v('b', 'i')}"),
        eq(f"{v('p')}({v('x', 'i')} = 1) = 1 / (1 + <i>e</i><sup>{MINUS}Δ<i>E<sub>i</sub></i>/<i>T</i></sup>)"),
        section(tr("Temperature schedule")),
        eq(schedule_html(d["schedule"]) if d else f"{v('T')}({v('t')})"),
    ]
    if not d:
        parts.append(idle(tr("No machine yet.")))
    else:
        parts += _live(d, scene, twin)
    parts.append(what_to_watch(_watch(scene)))
    return document(*parts)


def _live(d: Mapping[str, Any], scene: str, twin: Mapping[str, Any] | None) -> list[str]:
    T = float(d["temperature"])
    t_text = f"{v('T')} → 0" if T <= 0 else f"{v('T')} = {sci(T, 4)}"
    out = [section(tr("Now")),
           live(tr("{t} = {sweeps} sweeps, &nbsp; {T}", t=v("t"), sweeps=num(float(d["sweeps"]), 2), T=t_text))]
    unit = int(d["last_unit"])
    if unit >= 0 and int(d["updates"]) > 0:
        gap = float(d["last_field"])
        t_last = float(d.get("last_temperature", T))
        now_on = bool(d["state"][unit])
        verb = (tr("turned on") if now_on else tr("turned off")) if d["last_flipped"] else (
            tr("stayed on") if now_on else tr("stayed off"))
        gap_text = nobr(f"Δ{v('E', 'i')} = {num(gap, 3, signed=True)}")
        out.append(live(tr("last update: {unit}, &nbsp; {gap}",
                           unit=nobr(tr("unit <i>i</i> = {k}", k=unit + 1)), gap=gap_text)))
        if t_last > 0:
            p = float(d["last_probability"])
            out.append(live(nobr(f"{v('p')} = 1 / (1 + <i>e</i><sup>{MINUS}({num(gap, 3)})/{sci(t_last, 4)}</sup>) = "
                                 f"{num(p, 3)}") + tr(" &nbsp; ⇒ it {verb}", verb=verb)))
        else:
            out.append(live(tr("{T} → 0: the sign of Δ{E} decides &nbsp; ⇒ it {verb}", T=v("T"), E=v("E", "i"),
                               verb=verb)))
    else:
        out.append(idle(tr("No update yet: press S to update one unit.")))
    out.append(live(f"{v('E')} = {num(float(d['energy']), 3)}"))
    if scene == "escape" and twin and "energy" in twin:
        out.append(live(tr("the quench beside it: {E} = {energy}", E=v("E"), energy=num(float(twin["energy"]), 3))))
    tv = d.get("tv_distance")
    if scene == "equilibrium" and tv is not None and math.isfinite(float(tv)):
        out.append(live(tr("distance to the exact distribution: ½ Σ<sub><i>x</i></sub> |frequency − {p}({x})| = "
                           "{tv}", p=v("p"), x=v("x"), tv=num(float(tv), 4))))
    return out


def _learning(d: Mapping[str, Any] | None, scene_title: str) -> str:
    sign = not d or d.get("update_rule", "sign") == "sign"
    diff = (nobr(tr("⟨{xi} {xj}⟩<sub>clamped</sub>", xi=v("x", "i"), xj=v("x", "j"))) + f" {MINUS} "
            + nobr(tr("⟨{xi} {xj}⟩<sub>free</sub>", xi=v("x", "i"), xj=v("x", "j"))))
    rule = (f"Δ{v('w', 'ij')} = {v('η')} sgn( {diff} )" if sign else f"Δ{v('w', 'ij')} = {v('η')} ( {diff} )")
    parts = [
        heading(tr("Boltzmann machine")),
        idle(scene_title),
        section(tr("Learning (Ackley, Hinton and Sejnowski, 1985)")),
        eq(rule),
        idle(tr("clamped: the inputs and outputs held at the data, the hidden units sampled; "
                "free: every unit running free. Each phase anneals, then counts at its last temperature T.")),
        eq(f"{v('p')}({v('x', 'i')} = 1) = 1 / (1 + <i>e</i><sup>{MINUS}Δ<i>E<sub>i</sub></i>/<i>T</i></sup>)"),
    ]
    if not d or "cycle" not in d:
        parts.append(idle(tr("No learner yet.")))
    else:
        kind = tr("fixed steps along the sign") if sign else tr("in proportion to the difference")
        parts += [
            section(tr("Now")),
            live(tr("cycle {cycle}, &nbsp; {eta} = {rate} ({kind}), &nbsp; {T} = {temperature}",
                    cycle=int(d["cycle"]), eta=v("η"), rate=sci(float(d.get("learning_rate", math.nan)), 3),
                    kind=esc(kind), T=v("T"), temperature=sci(float(d["temperature"]), 3))),
            live(tr("size of the last change |Δ{w}| = {dw}", w=v("w"), dw=num(float(d["last_dw"]), 3))),
            live(tr("inputs reproduced: {acc} %", acc=num(float(d["accuracy"]) * 100, 0))),
        ]
    parts.append(what_to_watch(_watch_learning()))
    return document(*parts)
