"""The Q-learning panel's explain text: the notes' update rule with the last update and its TD error filled in."""

from __future__ import annotations

import re
from typing import Any, Mapping

from simulator.core.text import Text, tr
from simulator.gui.i18n import engine_text
from simulator.gui.panels.qlearning_parts import equation_of, step_text
from simulator.gui.widgets.mathtext import (
    MINUS, document, eq, esc, heading, idle, live, nobr, num, section, what_to_watch,
)

# Module-level sentences are Text (see simulator.core.text): shown with engine_text, in the window's language.
TITLE = tr("Q-learning")

_S2, _A2 = "<i>s</i>′", "<i>a</i>′"
_Q = "<i>Q</i>(<i>s</i>,<i>a</i>)"
_V = "<i>V</i>(<i>s</i>)"
#: A Text (a translation may space the subscript); kept on one line with nobr when shown.
_MAXQ = tr("max<sub><i>b</i></sub> <i>Q</i>({s2},<i>b</i>)", s2=_S2)
#: Per algorithm: (name, the value updated, the bootstrap term of the target).
_TARGETS = {
    "q_learning": (tr("Q-learning (off-policy)"), _Q, _MAXQ),
    "sarsa": (tr("SARSA (on-policy)"), _Q, f"<i>Q</i>({_S2},{_A2})"),
    "td0": (tr("TD(0) state values of the random policy"), _V, f"<i>V</i>({_S2})"),
}

_WATCH = {
    "q_learning": tr("Each step moves one Q(s,a) a fraction η of the way towards r + γ max Q(s′,·). The TD error δ "
                     "is large while the values are still wrong and shrinks as they settle; rewards spread backwards "
                     "from the goal one step per visit. The greedy arrows then follow the value-iteration policy."),
    "sarsa": tr("SARSA learns the value of what the agent really does, exploration included, so it keeps away from "
                "cells where a random step is costly (the cliff's edge). δ shrinks as the values settle."),
    "td0": tr("TD(0) estimates how good each cell is for an agent that moves at random: V(s) follows the reward "
              "expected from s. δ shrinks as the estimates agree with their neighbours."),
}


_WATCH_DETERMINISTIC = tr(
    "In a deterministic world each step simply sets Q(s,a) to r + γ max Q(s′,·): the goal's reward spreads back "
    "one door per visit, discounted by γ at each door, and the table settles at the notes' values "
    "(tick 'normalised' to compare with them, 100 at the best door).")


def _typeset(text: str) -> str:
    """The panel's plain-text equation with typographic arrows, times and minus signs (HTML-escaped)."""
    text = esc(text).replace("&lt;-", "←").replace(" x ", " × ").replace(" - ", f" {MINUS} ")
    return re.sub(r"(?<=[\s\[(=])-(?=\d)", MINUS, text)


def explain(d: Mapping[str, Any] | None) -> str:
    """The explain pane's HTML for the Q-learning snapshot data ``d``."""
    algorithm = d.get("algorithm", "q_learning") if d else "q_learning"
    params = d.get("params", {}) if d else {}
    name, lhs, boot = _TARGETS.get(algorithm, _TARGETS["q_learning"])
    boot = nobr(engine_text(boot)) if isinstance(boot, Text) else boot
    deterministic = params.get("update") == "deterministic" and algorithm != "td0"
    parts = [heading(engine_text(TITLE)), idle(engine_text(name)),
             section(engine_text(tr("The update after each step s → s′")))]
    if deterministic:
        parts.append(eq(engine_text(tr("{lhs} ← <i>r</i> + <i>γ</i> {boot} &nbsp; (deterministic world: η = 1)",
                                       lhs=lhs, boot=boot))))
    else:
        parts.append(eq(f"{lhs} ← {lhs} + <i>η</i> [&nbsp;<i>r</i> + <i>γ</i> {boot} {MINUS} {lhs}&nbsp;]"))
    parts.append(eq(engine_text(tr("TD error: &nbsp; {delta} {minus} {lhs}",
                                   delta=nobr(f'<i>δ</i> = <i>r</i> + <i>γ</i> {boot}'), minus=MINUS, lhs=lhs))))
    if params.get("exploration") == "softmax":
        parts.append(eq(f"<i>π</i>(<i>a</i>|<i>s</i>) = <i>e</i><sup><i>Q</i>(<i>s</i>,<i>a</i>)/<i>τ</i></sup> / "
                        f"Σ<sub><i>b</i></sub> <i>e</i><sup><i>Q</i>(<i>s</i>,<i>b</i>)/<i>τ</i></sup>"))
    elif algorithm != "td0":
        parts.append(eq(engine_text(tr("ε-greedy: a random action with probability <i>ε</i>, else "
                                       "argmax<sub><i>a</i></sub> {q}", q=_Q))))
    if not d:
        parts.append(idle(engine_text(tr("No agent yet."))))
    else:
        parts += _live(d, algorithm, params, deterministic)
    parts.append(what_to_watch(engine_text(_WATCH_DETERMINISTIC if deterministic
                                           else _WATCH.get(algorithm, _WATCH["q_learning"]))))
    return document(*parts)


def _live(d: Mapping[str, Any], algorithm: str, params: Mapping[str, Any], deterministic: bool) -> list[str]:
    eta = float(params.get("alpha", float("nan")))
    gamma = float(params.get("gamma", float("nan")))
    rates = (engine_text(tr("<i>η</i> = 1 (deterministic update)")) if deterministic
             else engine_text(tr("<i>η</i> = {eta} (the α slider)", eta=num(eta, 2))))
    rates += f", &nbsp; <i>γ</i> = {num(gamma, 2)}"
    if algorithm != "td0":
        rates += (f", &nbsp; <i>τ</i> = {num(float(params.get('temperature', 1.0)), 2)}"
                  if params.get("exploration") == "softmax" else f", &nbsp; <i>ε</i> = {num(float(d['epsilon']), 3)}")
    episodes, updates = int(d['episode']), int(d['updates'])
    episodes_text = (engine_text(tr("{n:,} episodes finished", n=episodes)) if episodes != 1
                     else engine_text(tr("{n:,} episode finished", n=episodes)))
    updates_text = (engine_text(tr("{n:,} updates so far", n=updates)) if updates != 1
                    else engine_text(tr("{n:,} update so far", n=updates)))
    out = [section(engine_text(tr("Now"))), live(rates),
           live(engine_text(tr("{episodes}, {updates}", episodes=episodes_text, updates=updates_text)))]
    record = d.get("last_step")
    world = d.get("world")
    if record is None or world is None:
        out.append(idle(engine_text(tr("No update yet: press S for one action of the agent."))))
        return out
    try:
        where = step_text(world, record)
    except ValueError:  # a record from the world before an edit
        where = ""
    delta = float(record.target) - float(record.q_old)
    if where:
        out.append(live(esc(where)))
    out.append(live(_typeset(equation_of(world, record))))
    out.append(live(f"<i>δ</i> = {num(float(record.target), 3)} {MINUS} {num(float(record.q_old), 3)} = "
                    f"{num(delta, 3, signed=True)}"))
    change = float(record.q_new) - float(record.q_old)
    if deterministic:
        out.append(live(engine_text(tr("the value moved by <i>δ</i> = {change}", change=num(change, 3, signed=True)))))
    else:
        factor = num(delta, 3) if delta >= 0 else f"({num(delta, 3)})"
        out.append(live(engine_text(tr("the value moved by <i>η δ</i> = {alpha} × {factor} = {change}",
                                       alpha=num(float(record.alpha), 2), factor=factor,
                                       change=num(change, 3, signed=True)))))
    return out
