"""The RBM panel's explain text: the notes' energy, conditionals and CD update with the live training numbers."""

from __future__ import annotations

from typing import Any, Mapping

import numpy as np

from simulator.gui.i18n import tr
from simulator.gui.widgets.mathtext import (
    MINUS, document, eq, heading, idle, live, nobr, num, sci, section, v, what_to_watch,
)

TITLE = "Restricted Boltzmann machine"

_VH = f"⟨{v('v')} {v('h')}<sup>T</sup>⟩"


def _watch(scene: str) -> str:
    """What to watch on tab ``scene``."""
    if scene == "dreaming":
        return tr("Nothing is learned here: the chains sample v → h → v from the trained machine. A well trained "
                  "machine dreams digit-like images and moves between them; the free energy F(v) is low on "
                  "images the machine finds likely.")
    if scene == "completion":
        return tr("The known pixels are clamped and only the unknown ones are sampled from p(v_i = 1 | h), so "
                  "the hidden units see the known part and fill in the rest. The clamped error should fall "
                  "well below the free chain's, which forgets where it started.")
    if scene == "recommender":
        return tr("Each user is a visible vector of liked items; hidden units learn the taste groups. A "
                  "user's unseen items are scored by p(v_i = 1 | h) after one pass v → h → v; watch the "
                  "held-out accuracy rise above the popularity baseline.")
    return tr("The first term pulls the weights towards what the data does, the second pushes them away "
              "from what the machine produces by itself; when the two agree the update vanishes. Watch the "
              "reconstruction error fall and the filters turn from noise into strokes of the digits.")


def _data_term() -> str:
    return nobr(tr("{vh}<sub>data</sub>", vh=_VH))


def _recon_term() -> str:
    return nobr(tr("{vh}<sub>recon</sub>", vh=_VH))


def _model_equations() -> list[str]:
    return [
        section(tr("Energy and conditionals (units 0 or 1)")),
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
    parts = [heading(tr("Restricted Boltzmann machine")), idle(scene_title)]
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
    parts.append(what_to_watch(_watch(scene)))
    return document(*parts)


def _training(d: Mapping[str, Any] | None) -> list[str]:
    p = d["params"] if d else {}
    k = int(p.get("k", 1))
    persistent = bool(p.get("persistent", False))
    data_term, recon_term = _data_term(), _recon_term()
    if persistent:
        after = tr("the persistent chains")
    elif k != 1:
        after = tr("{k} Gibbs steps from the data", k=k)
    else:
        after = tr("{k} Gibbs step from the data", k=k)
    vh_ij = f"⟨{v('v', 'i')} {v('h', 'j')}⟩"
    out = [
        section(tr("Learning: contrastive divergence (persistent)") if persistent
                else tr("Learning: contrastive divergence (CD-{k})", k=k)),
        eq(f"∂ log {v('p')}({v('v')}) / ∂{v('w', 'ij')} = "
           + nobr(tr("{vh}<sub>data</sub>", vh=vh_ij)) + f" {MINUS} "
           + nobr(tr("{vh}<sub>model</sub>", vh=vh_ij))),
        idle(tr("CD estimates the model term from a short chain:")),
        eq(f"Δ{v('W')} = <i>ε</i> (&nbsp;{data_term} {MINUS} {recon_term}&nbsp;)"),
        idle(tr("recon: the visible units after {after}. The app adds momentum μ and weight decay λ:", after=after)),
        eq(f"Δ{v('W')} ← <i>μ</i> Δ{v('W')} + <i>ε</i> (&nbsp;{data_term} {MINUS} {recon_term} "
           f"{MINUS} <i>λ</i>&nbsp;{v('W')}&nbsp;)"),
    ]
    if not d:
        return out + [idle(tr("No training yet."))]
    out += [
        section(tr("Now")),
        live(tr("epoch {epoch} of {epochs}, {batches:,} mini-batches of {size}", epoch=num(float(d["epoch_float"]), 2),
                epochs=int(d["epochs"]), batches=int(d["batches"]), size=int(p["batch_size"]))),
        live(f"<i>ε</i> = {sci(float(p['learning_rate']), 3)}, &nbsp; <i>μ</i> = {sci(float(p['momentum']), 3)}, "
             f"&nbsp; <i>λ</i> = {sci(float(p['weight_decay']), 3)}"),
    ]
    errors = np.asarray(d["recon_error"])
    if len(errors):
        formula = (f"Σ<sub><i>i</i></sub> ({v('v', 'i')} {MINUS} "
                   f"{v('p')}({v('v', 'i')}=1|{v('h')}))<sup>2</sup>")
        out.append(live(tr("reconstruction error {formula} = {error} per digit", formula=formula,
                           error=num(float(errors[-1]), 3))))
    elif int(d["batches"]) == 0:
        out.append(idle(tr("No mini-batch yet: press S to train on one.")))
    else:
        out.append(idle(tr("The reconstruction error is shown once a tenth of an epoch is done.")))
    if "vh_data_size" in d:
        n_shown, steps = len(d["batch_in"]), max(1, k)
        out += [
            idle(tr("Sizes of the two terms on the {n} digits shown (probabilities, {steps} steps v → h → v):",
                    n=n_shown, steps=steps) if k != 1 else
                 tr("Sizes of the two terms on the {n} digits shown (probabilities, {steps} step v → h → v):",
                    n=n_shown, steps=steps)),
            live(nobr(f"‖{data_term}‖ = {num(float(d['vh_data_size']), 3)}") + ", &nbsp; "
                 + nobr(f"‖{recon_term}‖ = {num(float(d['vh_recon_size']), 3)}")),
            live(tr("‖difference‖ = {size} &nbsp; ⇒ &nbsp; <i>ε</i>‖difference‖ = {step}",
                    size=num(float(d["vh_difference_size"]), 3),
                    step=num(float(p["learning_rate"]) * float(d["vh_difference_size"]), 4))),
        ]
    return out


def _dreaming(d: Mapping[str, Any] | None) -> list[str]:
    out = [
        section(tr("Dreaming: free Gibbs chains")),
        eq(f"{v('h')} ~ {v('p')}({v('h')} | {v('v')}), &nbsp; {v('v')} ~ {v('p')}({v('v')} | {v('h')}), "
           + tr("again and again")),
        eq(f"{v('F')}({v('v')}) = {MINUS}Σ<sub><i>i</i></sub> {v('a', 'i')} {v('v', 'i')} {MINUS} "
           f"Σ<sub><i>j</i></sub> log(1 + exp({v('b', 'j')} + Σ<sub><i>i</i></sub> {v('w', 'ij')} {v('v', 'i')}))"),
    ]
    if not d:
        return out + [idle(tr("No chains yet."))]
    free = np.asarray(d["free_energy"], np.float64)
    steps, chains = int(d["steps"]), int(d["n_chains"])
    return out + [
        section(tr("Now")),
        live(tr("{steps} steps v → h → v of {chains} chains", steps=steps, chains=chains) if steps != 1
             else tr("{steps} step v → h → v of {chains} chains", steps=steps, chains=chains)),
        live(tr("mean free energy of the chains {f} = {value}", f=f"{v('F')}({v('v')})",
                value=num(float(free.mean()), 2))),
    ]


def _completion(d: Mapping[str, Any] | None) -> list[str]:
    out = [
        section(tr("Completion: clamped Gibbs sampling")),
        eq(tr("{vi} = the given pixel when it is known; &nbsp; otherwise {vi} ~ {p}", vi=v("v", "i"),
              p=f"{v('p')}({v('v', 'i')} = 1 | {v('h')})")),
    ]
    if not d:
        return out + [idle(tr("No digit yet."))]
    unknown = int((~np.asarray(d["known"], bool)).sum())
    steps = int(d["steps"])
    return out + [
        section(tr("Now")),
        live(tr("{steps} Gibbs steps, {unknown} unknown pixels", steps=steps, unknown=unknown) if steps != 1
             else tr("{steps} Gibbs step, {unknown} unknown pixels", steps=steps, unknown=unknown)),
        live(tr("error of the fill-in {fill}, of the free chain {free}", fill=num(float(d["fill_error"]), 3),
                free=num(float(d["free_error"]), 3))),
    ]


def _recommender(d: Mapping[str, Any] | None) -> list[str]:
    out = [
        section(tr("Recommending (the notes' application)")),
        eq(tr("score of item <i>i</i> = {p_v}, &nbsp; {h} = {p_h} = the user's seen likes)",
              p_v=f"{v('p')}({v('v', 'i')} = 1 | {v('h')})", h=v("h"), p_h=f"{v('p')}({v('h')} | {v('v')}")),
    ]
    if not d:
        return out + [idle(tr("No ratings yet."))]
    return out + [
        section(tr("Now")),
        live(tr("epoch {epoch} of {epochs}", epoch=int(d["epoch"]), epochs=int(d["epochs"]))),
        live(tr("held-out ratings predicted right (like when the score is above ½): {share} %",
                share=num(float(d["accuracy"]) * 100, 1))),
        live(tr("predicting from the items' popularity: {share} %",
                share=num(float(d["popularity_accuracy"]) * 100, 1))),
    ]
