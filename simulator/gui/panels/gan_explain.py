"""The GAN panel's explain text: the notes' losses in the chosen form, with the discriminator's current loss terms."""

from __future__ import annotations

import math
from typing import Any, Mapping

from simulator.gui.i18n import tr
from simulator.gui.widgets.mathtext import (
    MINUS, document, eq, heading, idle, live, nobr, num, sci, section, v, what_to_watch,
)


_DX = nobr(f"{v('D')}({v('x')})")
_DG = nobr(f"{v('D')}({v('G')}({v('z')}))")
_LOG_FAKE = nobr(f"log(1 {MINUS} {_DG})")


def _loss_name(loss: str) -> str:
    names = {"minimax": tr("minimax (the notes' saturating form)"), "non_saturating": tr("non-saturating"),
             "least_squares": tr("least squares")}
    return names.get(loss, loss)


def _train_mode(mode: Any) -> str:
    return {"d": tr("only D"), "g": tr("only G")}.get(mode, tr("both networks"))


def _losses(loss: str) -> list[str]:
    if loss == "least_squares":
        return [
            eq(f"{v('L', 'D')} = " + nobr(f"½ ({_DX} {MINUS} 1)<sup>2</sup>") + " + " + nobr(f"½ {_DG}<sup>2</sup>")),
            eq(f"{v('L', 'G')} = " + nobr(f"½ ({_DG} {MINUS} 1)<sup>2</sup>")),
        ]
    g = (f"{v('L', 'G')} = {_LOG_FAKE} &nbsp; " + tr("(G descends what D ascends)") if loss == "minimax"
         else f"{v('L', 'G')} = {MINUS}log {_DG} &nbsp; " + tr("(same fixed point, strong gradients early)"))
    return [
        eq(f"{v('L', 'D')} = {MINUS}[&nbsp;log {_DX} + {_LOG_FAKE}&nbsp;]"),
        eq(g),
    ]


def explain(d: Mapping[str, Any] | None, loss_choice: str, compare: Mapping[str, Any] | None = None) -> str:
    """The explain pane's HTML for the GAN snapshot data ``d``; ``loss_choice`` is the panel's loss setting.

    ``compare``: the snapshot data of the second configuration (B) when Compare runs one.
    """
    config = d.get("config", {}) if d else {}
    loss = config.get("loss", loss_choice)
    # The losses in the chosen form beside their current values; the notes' game below them.
    parts = [
        heading(tr("Generative adversarial network")),
        section(tr("Losses, averaged over a batch: {loss}", loss=_loss_name(loss))),
        *_losses(loss),
        idle(tr("x: data points, z: noise, D(x): the probability D gives that x is real.")),
    ]
    if not d:
        parts.append(idle(tr("No networks yet.")))
    else:
        parts += _live(d, loss)
    if compare and compare.get("loss_terms"):
        b_loss = compare.get("config", {}).get("loss", loss)
        terms = compare["loss_terms"]
        parts += [section(tr("Compare: B, {loss}", loss=_loss_name(b_loss))),
                  live(nobr(f"{v('L', 'D')} = {num(terms['loss_d'], 4)}") + ", &nbsp; "
                       + nobr(f"{v('L', 'G')} = {num(terms['loss_g'], 4)}") + " &nbsp; "
                       + tr("at iteration {steps:,}", steps=int(compare.get("loss_terms_steps",
                                                                             compare.get("steps", 0)))))]
    data = tr("data")
    parts += [
        section(tr("The notes' game")),
        eq(tr("D ascends") + " &nbsp; " + nobr(f"E<sub><i>x</i>~{data}</sub>[log {_DX}]") + " + "
           + nobr(f"E<sub><i>z</i></sub>[{_LOG_FAKE}]")),
        eq(tr("G descends") + f" &nbsp; {nobr(f'E<sub><i>z</i></sub>[{_LOG_FAKE}]')}"),
    ]
    parts.append(what_to_watch(tr(
        "D is trained to tell real points from generated ones, G to fool it. If D wins outright, "
        "D(G(z)) → 0 and the minimax loss gives G almost no gradient; the non-saturating form avoids this. "
        "At the ideal equilibrium D = ½ everywhere and L_D = 2 log 2 ≈ 1.386 (0.25 for least squares); "
        "training may instead oscillate or collapse onto a few modes.")))
    return document(*parts)


def _live(d: Mapping[str, Any], loss: str) -> list[str]:
    config = d.get("config", {})
    k = int(config.get("d_steps", 1))
    rates = dict(optimizer=config.get("optimizer", "adam").capitalize(), eps_d=v("ε", "D"),
                 lr_d=sci(float(config.get("lr_d", math.nan)), 3), eps_g=v("ε", "G"),
                 lr_g=sci(float(config.get("lr_g", math.nan)), 3), k=v("k"), steps=k)
    out = [section(tr("Now")),
           live(tr("iteration {steps:,}, training {what}", steps=int(d["steps"]),
                   what=_train_mode(d.get("train_mode")))),
           live(tr("{optimizer}: learning rates {eps_d} = {lr_d}, {eps_g} = {lr_g}, {k} = {steps} D steps per G step",
                   **rates) if k != 1 else
                tr("{optimizer}: learning rates {eps_d} = {lr_d}, {eps_g} = {lr_g}, {k} = {steps} D step per G step",
                   **rates))]
    terms = d.get("loss_terms")
    if not terms:
        return out + [idle(tr("No losses measured yet."))]
    n = len(d["real"]) if d.get("real") is not None else 0
    out.append(idle(tr("On the {n} real and {n} generated samples shown, at iteration {steps:,}:", n=n,
                       steps=int(d.get("loss_terms_steps", d["steps"])))))
    if loss == "least_squares":
        out.append(live(nobr(f"½ ({_DX} {MINUS} 1)<sup>2</sup> = {num(terms['d_real_term'], 4)}") + ", &nbsp; "
                        + nobr(f"½ {_DG}<sup>2</sup> = {num(terms['d_fake_term'], 4)}")))
    else:
        out.append(live(nobr(f"{MINUS}log {_DX} = {num(terms['d_real_term'], 4)}") + ", &nbsp; "
                        + nobr(f"{MINUS}{_LOG_FAKE} = {num(terms['d_fake_term'], 4)}")))
    out += [
        live(nobr(f"{v('L', 'D')} = {num(terms['d_real_term'], 4)} + {num(terms['d_fake_term'], 4)}") + " "
             + nobr(f"= {num(terms['loss_d'], 4)}")),
        live(nobr(f"{v('L', 'G')} = {num(terms['loss_g'], 4)}")),
        live(nobr(tr("mean {dx} = {value}", dx=_DX, value=num(terms["d_real"], 3))) + ", &nbsp; "
             + nobr(tr("mean {dx} = {value}", dx=_DG, value=num(terms["d_fake"], 3)))),
    ]
    return out
