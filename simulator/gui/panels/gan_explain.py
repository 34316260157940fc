"""The GAN panel's explain text: the notes' losses in the chosen form, with the discriminator's current loss terms."""

from __future__ import annotations

import math
from typing import Any, Mapping

from simulator.gui.widgets.mathtext import (
    MINUS, document, eq, heading, idle, live, nobr, num, sci, section, v, what_to_watch,
)

TITLE = "Generative adversarial network"

_DX = nobr(f"{v('D')}({v('x')})")
_DG = nobr(f"{v('D')}({v('G')}({v('z')}))")
_LOG_FAKE = nobr(f"log(1 {MINUS} {_DG})")
_LOSS_NAMES = {"minimax": "minimax (the notes' saturating form)", "non_saturating": "non-saturating",
               "least_squares": "least squares"}
_TRAIN_MODES = {"both": "both networks", "d": "only D", "g": "only G"}


def _losses(loss: str) -> list[str]:
    if loss == "least_squares":
        return [
            eq(f"{v('L', 'D')} = " + nobr(f"½ ({_DX} {MINUS} 1)<sup>2</sup>") + " + " + nobr(f"½ {_DG}<sup>2</sup>")),
            eq(f"{v('L', 'G')} = " + nobr(f"½ ({_DG} {MINUS} 1)<sup>2</sup>")),
        ]
    g = (f"{v('L', 'G')} = {_LOG_FAKE} &nbsp; (G descends what D ascends)" if loss == "minimax"
         else f"{v('L', 'G')} = {MINUS}log {_DG} &nbsp; (same fixed point, strong gradients early)")
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
        heading(TITLE),
        section(f"Losses, averaged over a batch: {_LOSS_NAMES.get(loss, loss)}"),
        *_losses(loss),
        idle("x: data points, z: noise, D(x): the probability D gives that x is real."),
    ]
    if not d:
        parts.append(idle("No networks yet."))
    else:
        parts += _live(d, loss)
    if compare and compare.get("loss_terms"):
        b_loss = compare.get("config", {}).get("loss", loss)
        terms = compare["loss_terms"]
        parts += [section(f"Compare: B, {_LOSS_NAMES.get(b_loss, b_loss)}"),
                  live(nobr(f"{v('L', 'D')} = {num(terms['loss_d'], 4)}") + ", &nbsp; "
                       + nobr(f"{v('L', 'G')} = {num(terms['loss_g'], 4)}") + f" &nbsp; at iteration "
                       f"{int(compare.get('loss_terms_steps', compare.get('steps', 0))):,}")]
    parts += [
        section("The notes' game"),
        eq(f"D ascends &nbsp; {nobr(f'E<sub><i>x</i>~data</sub>[log {_DX}]')} + {nobr(f'E<sub><i>z</i></sub>[{_LOG_FAKE}]')}"),
        eq(f"G descends &nbsp; {nobr(f'E<sub><i>z</i></sub>[{_LOG_FAKE}]')}"),
    ]
    parts.append(what_to_watch(
        "D is trained to tell real points from generated ones, G to fool it. If D wins outright, "
        "D(G(z)) → 0 and the minimax loss gives G almost no gradient; the non-saturating form avoids this. "
        "At the ideal equilibrium D = ½ everywhere and L_D = 2 log 2 ≈ 1.386 (0.25 for least squares); "
        "training may instead oscillate or collapse onto a few modes."))
    return document(*parts)


def _live(d: Mapping[str, Any], loss: str) -> list[str]:
    config = d.get("config", {})
    out = [section("Now"),
           live(f"iteration {int(d['steps']):,}, training {_TRAIN_MODES.get(d.get('train_mode'), 'both networks')}"),
           live(f"{config.get('optimizer', 'adam').capitalize()}: learning rates {v('ε', 'D')} = "
                f"{sci(float(config.get('lr_d', math.nan)), 3)}, {v('ε', 'G')} = "
                f"{sci(float(config.get('lr_g', math.nan)), 3)}, {v('k')} = {int(config.get('d_steps', 1))} "
                f"D step{'s' if int(config.get('d_steps', 1)) != 1 else ''} per G step")]
    terms = d.get("loss_terms")
    if not terms:
        return out + [idle("No losses measured yet.")]
    n = len(d["real"]) if d.get("real") is not None else 0
    out.append(idle(f"On the {n} real and {n} generated samples shown, at iteration "
                    f"{int(d.get('loss_terms_steps', d['steps'])):,}:"))
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
        live(nobr(f"mean {_DX} = {num(terms['d_real'], 3)}") + ", &nbsp; "
             + nobr(f"mean {_DG} = {num(terms['d_fake'], 3)}")),
    ]
    return out
