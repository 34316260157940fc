"""Equations and live numbers as Qt rich text (HTML subset) for the explain pane: no images, no MathJax."""

from __future__ import annotations

import html
import math

from simulator.gui.i18n import tr

#: The explain document's style sheet; the classes below are what panels' ``explain_html`` may use.
#: Sizes are in points and large enough to read on a projector from the back of a room.
STYLE = """
body { font-size: 12pt; }
h2 { font-size: 15pt; font-weight: bold; margin-top: 0px; margin-bottom: 4px; }
h3 { font-size: 12pt; font-weight: bold; margin-top: 10px; margin-bottom: 2px; }
p.eq { font-family: 'DejaVu Serif', 'Times New Roman', serif; font-size: 14pt; margin-left: 8px;
       margin-top: 3px; margin-bottom: 3px; }
p.live { font-family: 'DejaVu Serif', 'Times New Roman', serif; font-size: 13pt; margin-left: 8px;
         margin-top: 3px; margin-bottom: 3px; color: #0b4f8a; }
p.idle { color: #555555; font-style: italic; margin-left: 8px; }
p.what { margin-top: 10px; }
"""

MINUS = "\u2212"


def esc(text: object) -> str:
    """``text`` with HTML's special characters escaped."""
    return html.escape(str(text), quote=False)


def num(x: float, digits: int = 3, signed: bool = False) -> str:
    """``x`` with ``digits`` decimals and a typographic minus sign; "n/a" when not finite.

    Parameters
    ----------
    x : float
    digits : int
        Decimals after the point.
    signed : bool
        Write a plus sign on positive numbers too (fields and energy gaps read better so).
    """
    x = float(x)
    if math.isnan(x):
        return "n/a"
    if math.isinf(x):
        return ("" if x > 0 else MINUS) + "∞"
    text = f"{x:+.{digits}f}" if signed else f"{x:.{digits}f}"
    if float(text) == 0.0:
        text = text.replace("-", "+" if signed else "")
    return text.replace("-", MINUS)


def sci(x: float, digits: int = 3) -> str:
    """``x`` with ``digits`` significant digits (general format), typographic minus sign."""
    x = float(x)
    if not math.isfinite(x):
        return num(x)
    return f"{x:.{digits}g}".replace("-", MINUS)


def v(name: str, sub: str = "", sup: str = "") -> str:
    """A variable in italics with an optional subscript and superscript (already HTML)."""
    out = f"<i>{name}</i>"
    if sub:
        out += f"<sub>{sub}</sub>"
    if sup:
        out += f"<sup>{sup}</sup>"
    return out


NO_BREAK_AFTER = ("⟩", ")", "]", "‖")
WORD_JOINER = "\u2060"


def nobr(content: str) -> str:
    """``content`` (HTML of inline tags without attributes) kept on one line.

    Qt's rich text ignores ``<nobr>`` inside a paragraph, so the spaces become non-breaking
    and a word joiner follows each closing bracket (after which Qt would otherwise break).
    """
    text = content.replace(" ", "&nbsp;")
    for mark in NO_BREAK_AFTER:
        text = text.replace(mark, mark + WORD_JOINER)
    return text


def heading(text: str) -> str:
    """The pane's title (plain text)."""
    return f"<h2>{esc(text)}</h2>"


def section(text: str) -> str:
    """A small heading between groups of equations (plain text)."""
    return f"<h3>{esc(text)}</h3>"


def eq(content: str) -> str:
    """One displayed equation (``content`` is HTML)."""
    return f'<p class="eq">{content}</p>'


def live(content: str) -> str:
    """One line of live numbers (``content`` is HTML), in the live colour."""
    return f'<p class="live">{content}</p>'


def idle(text: str) -> str:
    """A plain-text line saying why there are no live numbers yet."""
    return f'<p class="idle">{esc(text)}</p>'


def what_to_watch(text: str) -> str:
    """The short paragraph saying what to watch (plain text)."""
    title = tr("What to watch.")
    return f'<p class="what"><b>{esc(title)}</b> {esc(text)}</p>'


def document(*parts: str) -> str:
    """The parts, in order, as one HTML fragment."""
    return "\n".join(p for p in parts if p)
