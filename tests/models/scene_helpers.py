"""Helpers for engine scene tests: compare state dicts, run in uneven chunks, round-trip through a scene file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from simulator.core import scenefile


def assert_same_tree(a: Any, b: Any, where: str = "state") -> None:
    """Equal trees: arrays equal in value (NaN equal to NaN), everything else equal."""
    if isinstance(a, np.ndarray) or isinstance(b, np.ndarray):
        a, b = np.asarray(a), np.asarray(b)
        assert a.shape == b.shape, f"{where}: shape {a.shape} != {b.shape}"
        assert np.array_equal(a, b, equal_nan=a.dtype.kind == "f"), where
    elif isinstance(a, dict):
        assert isinstance(b, dict) and a.keys() == b.keys(), f"{where}: keys differ"
        for k in a:
            if k.endswith("_version") and k != "version":
                continue  # display caches' change counters, not state
            assert_same_tree(a[k], b[k], f"{where}/{k}")
    elif isinstance(a, (list, tuple)):
        assert isinstance(b, (list, tuple)) and len(a) == len(b), where
        for k, (x, y) in enumerate(zip(a, b)):
            assert_same_tree(x, y, f"{where}[{k}]")
    elif isinstance(a, float) and np.isnan(a):
        assert isinstance(b, float) and np.isnan(b), where
    else:
        assert a == b, f"{where}: {a!r} != {b!r}"


def run_in_chunks(engine: Any, total: int, sizes: list[int], use_advance: bool = False) -> None:
    """``total`` updates in chunks cycling through ``sizes`` (the runner's chunks depend on timing)."""
    done, k = 0, 0
    while done < total:
        n = min(sizes[k % len(sizes)], total - done)
        if use_advance:
            got = engine.advance(n)
            if got < n:  # settled: the rest would change nothing
                return
        else:
            engine.step(n)
        done += n
        k += 1


def through_file(tmp_path: Path, model: str, state: dict) -> dict:
    """``state`` written to a scene file and read back."""
    path = tmp_path / f"{model}.nnscene"
    scenefile.save_scene(path, model, {"engine": state})
    return scenefile.load_scene(path).state["engine"]
