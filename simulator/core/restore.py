"""Validators for restoring saved engine state: random generator states and arrays of an exact shape."""

from __future__ import annotations

import numbers
from typing import Any, Mapping

import numpy as np

from simulator.core.text import tr


def generator_state(rng: np.random.Generator) -> dict[str, Any]:
    """The state of ``rng`` as plain values (JSON-ready: ints, strings, dicts)."""
    return dict(rng.bit_generator.state)


def generator_from_state(state: Any, what: str = tr("the random generator")) -> np.random.Generator:
    """A PCG64 generator set to ``state`` (what :func:`generator_state` returned).

    Raises
    ------
    ValueError
        With a sentence naming ``what`` when ``state`` is not a PCG64 state.
    """
    if not isinstance(state, Mapping) or state.get("bit_generator") != "PCG64":
        raise ValueError(tr("the state of {what} is not a PCG64 generator's state", what=what))
    inner = state.get("state")
    if not isinstance(inner, Mapping):
        raise ValueError(tr("the state of {what} is incomplete", what=what))
    values = [inner.get("state"), inner.get("inc"), state.get("has_uint32", 0), state.get("uinteger", 0)]
    if any(isinstance(v, bool) or not isinstance(v, numbers.Integral) or v < 0 for v in values):
        raise ValueError(tr("the state of {what} must hold whole numbers 0 or larger", what=what))
    if values[0] >= 2**128 or values[1] >= 2**128 or values[2] > 1 or values[3] >= 2**32:
        raise ValueError(tr("the state of {what} is out of range", what=what))
    rng = np.random.Generator(np.random.PCG64())
    try:
        rng.bit_generator.state = {"bit_generator": "PCG64",
                                   "state": {"state": int(values[0]), "inc": int(values[1])},
                                   "has_uint32": int(values[2]), "uinteger": int(values[3])}
    except (TypeError, ValueError, OverflowError):
        raise ValueError(tr("the state of {what} cannot be used", what=what)) from None
    return rng


def checked_array(value: Any, shape: tuple[int, ...], dtype: Any, what: str, finite: bool = True) -> np.ndarray:
    """A C-contiguous copy of ``value`` as ``dtype`` with exactly ``shape``.

    Integers and booleans must convert without loss; floats must be finite unless
    ``finite`` is False. Raises ValueError naming ``what`` otherwise.
    """
    if not isinstance(value, np.ndarray):
        try:
            value = np.asarray(value)
        except (TypeError, ValueError):
            raise ValueError(tr("{what} is not an array of numbers", what=what)) from None
    if value.dtype.kind not in "biuf":
        raise ValueError(tr("{what} is not an array of numbers", what=what))
    if tuple(value.shape) != tuple(shape):
        raise ValueError(tr("{what} has shape {shape}, expected {expected}", what=what, shape=str(tuple(value.shape)),
                              expected=str(tuple(shape))))
    target = np.dtype(dtype)
    if target.kind in "biu" and value.dtype.kind == "f" and not np.all(np.isfinite(value)):
        raise ValueError(tr("{what} must hold whole numbers", what=what))  # before the cast, which would warn
    with np.errstate(invalid="ignore", over="ignore"):  # out-of-range values are refused just below
        out = np.array(value, dtype=target, copy=True, order="C")
    if target.kind in "biu":
        if not np.array_equal(out, value):
            raise ValueError(tr("{what} must hold whole numbers in the range of {dtype}", what=what, dtype=str(target)))
    elif finite and not np.all(np.isfinite(out)):
        raise ValueError(tr("{what} must hold finite numbers", what=what))
    return out


def checked_int(value: Any, what: str, lo: int = 0, hi: int | None = None) -> int:
    """A whole number from ``lo`` to ``hi`` (inclusive); ValueError naming ``what`` otherwise."""
    if isinstance(value, np.integer):
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, numbers.Integral) or value < lo or (hi is not None
                                                                                          and value > hi):
        if hi is None:
            raise ValueError(tr("{what} must be a whole number from {lo}, got {value}", what=what, lo=lo,
                                value=repr(value)))
        raise ValueError(tr("{what} must be a whole number from {lo} to {hi}, got {value}", what=what, lo=lo, hi=hi,
                            value=repr(value)))
    return int(value)
