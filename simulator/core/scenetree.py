"""Checks and conversions for the trees panels save in scenes (Qt-free): plain values out, sentences on bad input."""

from __future__ import annotations

import numbers
from typing import Any, Mapping

import numpy as np

from simulator.core.text import brief, tr


class SceneError(ValueError):
    """A scene that does not fit the panel opening it; the message is a sentence for the user."""


def plain(x: Any) -> Any:
    """``x`` as a scene tree: dicts with string keys, lists, JSON scalars and numeric or boolean arrays.

    Tuples become lists and numpy scalars Python numbers; arrays are copied. Anything else
    raises TypeError (a bug in the panel, not bad user input).
    """
    if isinstance(x, np.ndarray):
        if x.dtype.kind not in "biuf":
            raise TypeError(f"a scene cannot hold an array of {x.dtype}")
        return x.copy()
    if isinstance(x, Mapping):
        out = {}
        for k, v in x.items():
            if not isinstance(k, str):
                raise TypeError(f"scene keys must be strings, got {k!r}")
            out[k] = plain(v)
        return out
    if isinstance(x, (list, tuple)):
        return [plain(v) for v in x]
    if isinstance(x, (bool, np.bool_)):
        return bool(x)
    if isinstance(x, (int, np.integer)):
        return int(x)
    if isinstance(x, (float, np.floating)):
        return float(x)
    if x is None or isinstance(x, str):
        return x
    raise TypeError(f"a scene cannot hold a {type(x).__name__}")


def need(tree: Any, key: str, kinds: type | tuple[type, ...], what: str) -> Any:
    """``tree[key]``, which must be one of ``kinds`` (bool is never taken for a number); SceneError otherwise."""
    if not isinstance(tree, Mapping):
        raise SceneError(tr("This scene is damaged: {what} should be a group of settings.", what=what))
    if key not in tree:
        raise SceneError(tr("This scene is incomplete: {what} ({key}) is missing.", what=what, key=repr(key)))
    value = tree[key]
    kinds = kinds if isinstance(kinds, tuple) else (kinds,)
    if isinstance(value, (bool, np.bool_)) and bool not in kinds:
        raise SceneError(tr("This scene is damaged: {what} should be {kinds}, not {value}.", what=what,
                            kinds=_kind_names(kinds), value=repr(brief(value))))
    if float in kinds and isinstance(value, numbers.Real) and not isinstance(value, (bool, np.bool_)):
        return value
    if not isinstance(value, kinds):
        raise SceneError(tr("This scene is damaged: {what} should be {kinds}, not {value}.", what=what,
                            kinds=_kind_names(kinds), value=repr(brief(value))))
    return value


def need_array(tree: Any, key: str, what: str, shape: tuple[int | None, ...] | None = None,
               kinds: str = "biuf", allow_none: bool = False) -> np.ndarray | None:
    """``tree[key]`` as an array of element kinds ``kinds`` and ``shape`` (None: any length); SceneError otherwise."""
    if isinstance(tree, Mapping) and key in tree and tree[key] is None and allow_none:
        return None
    value = need(tree, key, (np.ndarray, list), what)
    try:
        arr = np.asarray(value)
    except (TypeError, ValueError):
        raise SceneError(tr("This scene is damaged: {what} is not an array of numbers.", what=what)) from None
    if arr.dtype.kind not in kinds or (arr.size == 0 and arr.dtype.kind == "f" and "f" not in kinds):
        raise SceneError(tr("This scene is damaged: {what} is not an array of numbers.", what=what))
    if shape is not None and (arr.ndim != len(shape) or any(s is not None and s != n
                                                             for s, n in zip(shape, arr.shape))):
        want = " × ".join("n" if s is None else str(s) for s in shape)
        raise SceneError(tr("This scene is damaged: {what} should be {want}, not {got}.", what=what, want=want,
                            got=" × ".join(map(str, arr.shape))))
    return arr


def _kind_names(kinds: tuple[type, ...]) -> str:
    names = {bool: tr("true or false"), int: tr("a whole number"), float: tr("a number"), str: tr("a text"),
             list: tr("a list"), dict: tr("a group of settings"), np.ndarray: tr("an array"),
             Mapping: tr("a group of settings")}
    found: list[str] = list(dict.fromkeys(names.get(k, k.__name__) for k in kinds))
    text = found[0]
    for name in found[1:]:
        text = tr("{one} or {other}", one=text, other=name)
    return text
