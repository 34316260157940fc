"""Validators shared by the engines: each returns the clean value or raises ValueError with a sentence."""

from __future__ import annotations

import numbers
from typing import Any, Iterable

from simulator.core.text import Text, tr


def positions_text(positions: Iterable[int]) -> Text:
    """"position 3", "positions 1 and 3", or "positions 1, 2, 3, 4, 5 and 7 more"."""
    pos = [int(p) for p in positions]
    if len(pos) == 1:
        return tr("position {position}", position=pos[0])
    if len(pos) > 5:
        return tr("positions {positions} and {more} more", positions=", ".join(map(str, pos[:5])), more=len(pos) - 5)
    return tr("positions {positions} and {last}", positions=", ".join(map(str, pos[:-1])), last=pos[-1])


def check_count(value: Any, what: str) -> int:
    """A whole number 0 or larger (``what`` names it in the message)."""
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):
        raise ValueError(tr("{what} must be a whole number, got {value}", what=what, value=repr(value)))
    if value < 0:
        raise ValueError(tr("{what} cannot be negative, got {value}", what=what, value=value))
    return int(value)


def check_seed(seed: Any) -> int:
    """A seed: a whole number 0 or larger."""
    if isinstance(seed, bool) or not isinstance(seed, numbers.Integral) or seed < 0:
        raise ValueError(tr("a seed is a whole number 0 or larger, got {seed}", seed=repr(seed)))
    return int(seed)


def check_choice(value: Any, choices: tuple[str, ...], what: str) -> str:
    """One of ``choices`` (``what`` names the setting in the message)."""
    if not isinstance(value, str) or value not in choices:
        raise ValueError(tr("unknown {what} {value}; choose one of: {choices}", what=what, value=repr(value),
                            choices=", ".join(choices)))
    return value
