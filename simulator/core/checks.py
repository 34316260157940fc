"""Validators shared by the engines: each returns the clean value or raises ValueError with a sentence."""

from __future__ import annotations

import numbers
from typing import Any, Iterable


def positions_text(positions: Iterable[int]) -> str:
    """"position 3", "positions 1 and 3", or "positions 1, 2, 3, 4, 5 and 7 more"."""
    pos = [int(p) for p in positions]
    if len(pos) == 1:
        return f"position {pos[0]}"
    if len(pos) > 5:
        return "positions " + ", ".join(map(str, pos[:5])) + f" and {len(pos) - 5} more"
    return "positions " + ", ".join(map(str, pos[:-1])) + f" and {pos[-1]}"


def check_count(value: Any, what: str) -> int:
    """A whole number 0 or larger (``what`` names it in the message)."""
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):
        raise ValueError(f"{what} must be a whole number, got {value!r}")
    if value < 0:
        raise ValueError(f"{what} cannot be negative, got {value}")
    return int(value)


def check_seed(seed: Any) -> int:
    """A seed: a whole number 0 or larger."""
    if isinstance(seed, bool) or not isinstance(seed, numbers.Integral) or seed < 0:
        raise ValueError(f"a seed is a whole number 0 or larger, got {seed!r}")
    return int(seed)


def check_choice(value: Any, choices: tuple[str, ...], what: str) -> str:
    """One of ``choices`` (``what`` names the setting in the message)."""
    if not isinstance(value, str) or value not in choices:
        raise ValueError(f"unknown {what} {value!r}; choose one of: {', '.join(choices)}")
    return value
