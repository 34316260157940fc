"""The RBM panel's explain text: the notes' energy, conditionals and CD update with the live training numbers."""

from __future__ import annotations

from typing import Any, Mapping

import numpy as np

from simulator.gui.widgets.mathtext import (
    MINUS, document, eq, heading, idle, live, nobr, num, sci, section, v, what_to_watch,
)

TITLE = "Restricted Boltzmann machine"

_VH = f"⟨{v('v')} {v('h')}<sup>T</sup>⟩"
_DATA = nobr(f"{_VH}<sub>data</sub>")
_RECON = nobr(f"{_VH}<sub>recon</sub>")
_WATCH = {
    "training": "The first term pulls the weights towards what the data does, the second pushes them away from "
                "what the machine produces by itself; when the two agree the update vanishes. Watch the "
                "reconstruction error fall and the filters turn from noise into strokes of the digits.",
    "dreaming": "Nothing is learned here: the chains sample v → h → v from the trained machine. A well trained "
                "machine dreams digit-like images and moves between them; the free energy F(v) is low on "
                "images the machine finds likely.",
    "completion": "The known pixels are clamped and only the unknown ones are sampled from p(v_i = 1 | h), so the "
                  "hidden units see the known part and fill in the rest. The clamped error should fall well "
                  "below the free chain's, which forgets where it started.",
    "recommender": "Each user is a visible vector of liked items; hidden units learn the taste groups. A user's "
                   "unseen items are scored by p(v_i = 1 | h) after one pass v → h → v; watch the held-out "
                   "accuracy rise above the popularity baseline.",
}


def _model_equations() -> list[str]:
    return [
        section("Energy and conditionals (units 0 or 1)"),
        eq(f"{v('E')}({v('v')},{v('h')}) = {MINUS}Σ<sub><i>i</i></sub> {v('a', 'i')} {v('v', 'i')} "
           f"{MINUS} Σ<sub><i>j</i></sub> {v('b', 'j')} {v('h', 'j')} "
           f"{MINUS} Σ<sub><i>i</i>,<i>j</i></sub> {v('v', 'i')} {v('w', 'ij')} {v('h', 'j')}"),
        eq(f"{v('p')}({v('h', 'j')} = 1 | {v('v')}) = <i>σ</i>({v('b', 'j')} + Σ<sub><i>i</i></sub> "
           f"{v('w', 'ij')} {v('v', 'i')})"),
        eq(f"{v('p')}({v('v', 'i')} = 1 | {v('h')}) = <i>σ</i>({v('a', 'i')} + Σ<sub><i>j</i></sub> "
           f"{v('w', 'ij')} {v('h', 'j')}), &nbsp; <i>σ</i>(<i>z</i>) = 1/(1 + <i>e</i><sup>{MINUS}<i>z</i></sup>)"),
    ]


def explain(d: Mapping[str, Any] | None, scene: str, scene_title: str) -> str:
    """The explain pane's HTML for the RBM panel's ``scene`` ("training", "dreaming", ...) and its snapshot ``d``."""
    # The tab's own equations and numbers first, side by side; the model's equations below them.
    parts = [heading(TITLE), idle(scene_title)]
    if scene in ("training", "bench"):
        parts += _training(d if d and "epoch_float" in d else None)
        scene = "training"
    elif scene == "dreaming":
        parts += _dreaming(d if d and "v_prob" in d else None)
    elif scene == "completion":
        parts += _completion(d if d and "fill" in d else None)
    elif scene == "recommender":
        parts += _recommender(d if d and "likes" in d else None)
    parts += _model_equations()
    parts.append(what_to_watch(_WATCH.get(scene, _WATCH["training"])))
    return document(*parts)


def _training(d: Mapping[str, Any] | None) -> list[str]:
    p = d["params"] if d else {}
    k = int(p.get("k", 1))
    persistent = bool(p.get("persistent", False))
    after = "the persistent chains" if persistent else f"{k} Gibbs step{'s' if k != 1 else ''} from the data"
    out = [
        section("Learning: contrastive divergence" + (" (persistent)" if persistent else f" (CD-{k})")),
        eq(f"∂ log {v('p')}({v('v')}) / ∂{v('w', 'ij')} = "
           + nobr(f"⟨{v('v', 'i')} {v('h', 'j')}⟩<sub>data</sub>") + f" {MINUS} "
           + nobr(f"⟨{v('v', 'i')} {v('h', 'j')}⟩<sub>model</sub>")),
        idle("CD estimates the model term from a short chain:"),
        eq(f"Δ{v('W')} = <i>ε</i> (&nbsp;{_DATA} {MINUS} {_RECON}&nbsp;)"),
        idle(f"recon: the visible units after {after}. The app adds momentum μ and weight decay λ:"),
        eq(f"Δ{v('W')} ← <i>μ</i> Δ{v('W')} + <i>ε</i> (&nbsp;{_DATA} {MINUS} {_RECON} "
           f"{MINUS} <i>λ</i>&nbsp;{v('W')}&nbsp;)"),
    ]
    if not d:
        return out + [idle("No training yet.")]
    out += [
        section("Now"),
        live(f"epoch {num(float(d['epoch_float']), 2)} of {int(d['epochs'])}, {int(d['batches']):,} mini-batches "
             f"of {int(p['batch_size'])}"),
        live(f"<i>ε</i> = {sci(float(p['learning_rate']), 3)}, &nbsp; <i>μ</i> = {sci(float(p['momentum']), 3)}, "
             f"&nbsp; <i>λ</i> = {sci(float(p['weight_decay']), 3)}"),
    ]
    errors = np.asarray(d["recon_error"])
    if len(errors):
        out.append(live(f"reconstruction error Σ<sub><i>i</i></sub> ({v('v', 'i')} {MINUS} "
                        f"{v('p')}({v('v', 'i')}=1|{v('h')}))<sup>2</sup> = {num(float(errors[-1]), 3)} per digit"))
    elif int(d["batches"]) == 0:
        out.append(idle("No mini-batch yet: press S to train on one."))
    else:
        out.append(idle("The reconstruction error is shown once a tenth of an epoch is done."))
    if "vh_data_size" in d:
        out += [
            idle(f"Sizes of the two terms on the {len(d['batch_in'])} digits shown (probabilities, "
                 f"{max(1, k)} step{'s' if k != 1 else ''} v → h → v):"),
            live(nobr(f"‖{_DATA}‖ = {num(float(d['vh_data_size']), 3)}") + ", &nbsp; "
                 + nobr(f"‖{_RECON}‖ = {num(float(d['vh_recon_size']), 3)}")),
            live(f"‖difference‖ = {num(float(d['vh_difference_size']), 3)} &nbsp; ⇒ &nbsp; "
                 f"<i>ε</i>‖difference‖ = {num(float(p['learning_rate']) * float(d['vh_difference_size']), 4)}"),
        ]
    return out


def _dreaming(d: Mapping[str, Any] | None) -> list[str]:
    out = [
        section("Dreaming: free Gibbs chains"),
        eq(f"{v('h')} ~ {v('p')}({v('h')} | {v('v')}), &nbsp; {v('v')} ~ {v('p')}({v('v')} | {v('h')}), again and again"),
        eq(f"{v('F')}({v('v')}) = {MINUS}Σ<sub><i>i</i></sub> {v('a', 'i')} {v('v', 'i')} {MINUS} "
           f"Σ<sub><i>j</i></sub> log(1 + exp({v('b', 'j')} + Σ<sub><i>i</i></sub> {v('w', 'ij')} {v('v', 'i')}))"),
    ]
    if not d:
        return out + [idle("No chains yet.")]
    free = np.asarray(d["free_energy"], np.float64)
    return out + [
        section("Now"),
        live(f"{int(d['steps'])} step{'s' if int(d['steps']) != 1 else ''} v → h → v of {int(d['n_chains'])} chains"),
        live(f"mean free energy of the chains {v('F')}({v('v')}) = {num(float(free.mean()), 2)}"),
    ]


def _completion(d: Mapping[str, Any] | None) -> list[str]:
    out = [
        section("Completion: clamped Gibbs sampling"),
        eq(f"{v('v', 'i')} = the given pixel when it is known; &nbsp; otherwise {v('v', 'i')} ~ "
           f"{v('p')}({v('v', 'i')} = 1 | {v('h')})"),
    ]
    if not d:
        return out + [idle("No digit yet.")]
    unknown = int((~np.asarray(d["known"], bool)).sum())
    return out + [
        section("Now"),
        live(f"{int(d['steps'])} Gibbs step{'s' if int(d['steps']) != 1 else ''}, {unknown} unknown pixels"),
        live(f"error of the fill-in {num(float(d['fill_error']), 3)}, of the free chain "
             f"{num(float(d['free_error']), 3)}"),
    ]


def _recommender(d: Mapping[str, Any] | None) -> list[str]:
    out = [
        section("Recommending (the notes' application)"),
        eq(f"score of item <i>i</i> = {v('p')}({v('v', 'i')} = 1 | {v('h')}), &nbsp; {v('h')} = "
           f"{v('p')}({v('h')} | {v('v')} = the user's seen likes)"),
    ]
    if not d:
        return out + [idle("No ratings yet.")]
    return out + [
        section("Now"),
        live(f"epoch {int(d['epoch'])} of {int(d['epochs'])}"),
        live(f"held-out ratings predicted right (like when the score is above ½): "
             f"{num(float(d['accuracy']) * 100, 1)} %"),
        live(f"predicting from the items' popularity: {num(float(d['popularity_accuracy']) * 100, 1)} %"),
    ]
