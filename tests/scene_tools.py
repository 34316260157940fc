"""Test helpers for scenes: a JSON round trip that proves a scene is JSON-able, and exact comparison of states."""

from __future__ import annotations

import json
from typing import Any

import numpy as np


def json_round_trip(scene: Any) -> Any:
    """``scene`` with its arrays split out and everything else through ``json.dumps``/``json.loads``.

    Fails (TypeError) on anything a scene file could not hold: numpy scalars, tuples are allowed by
    json but come back as lists, objects, non-string keys.
    """
    arrays: dict[str, np.ndarray] = {}

    def split(x: Any, path: str) -> Any:
        if isinstance(x, np.ndarray):
            assert x.dtype != object and (x.dtype.kind in "biuf"), f"{path}: array of {x.dtype}"
            arrays[path] = x.copy()
            return {"__array__": path}
        if isinstance(x, dict):
            for k in x:
                assert isinstance(k, str), f"{path}: key {k!r} is not a string"
            return {k: split(v, f"{path}/{k}") for k, v in x.items()}
        if isinstance(x, (list, tuple)):
            return [split(v, f"{path}/{i}") for i, v in enumerate(x)]
        assert x is None or type(x) in (str, int, float, bool), f"{path}: {type(x).__name__} is not a JSON value"
        return x

    def join(x: Any) -> Any:
        if isinstance(x, dict):
            if set(x) == {"__array__"}:
                return arrays[x["__array__"]]
            return {k: join(v) for k, v in x.items()}
        if isinstance(x, list):
            return [join(v) for v in x]
        return x

    text = json.dumps(split(scene, ""), allow_nan=True)
    return join(json.loads(text))


def assert_same(a: Any, b: Any, path: str = "") -> None:
    """``a`` and ``b`` are equal leaf by leaf: arrays exactly (NaN equal to NaN), tuples equal to lists."""
    if isinstance(a, np.ndarray) or isinstance(b, np.ndarray):
        a_, b_ = np.asarray(a), np.asarray(b)
        assert a_.shape == b_.shape, f"{path}: shapes {a_.shape} and {b_.shape}"
        np.testing.assert_array_equal(a_, b_, err_msg=path)
        return
    if isinstance(a, dict):
        assert isinstance(b, dict) and set(a) == set(b), f"{path}: keys {sorted(a)} and {sorted(b)}"
        for k in a:
            assert_same(a[k], b[k], f"{path}/{k}")
        return
    if isinstance(a, (list, tuple)):
        assert isinstance(b, (list, tuple)) and len(a) == len(b), f"{path}: {a!r} and {b!r}"
        for i, (x, y) in enumerate(zip(a, b)):
            assert_same(x, y, f"{path}/{i}")
        return
    if isinstance(a, float) and isinstance(b, float) and np.isnan(a) and np.isnan(b):
        return
    assert a == b, f"{path}: {a!r} and {b!r}"
