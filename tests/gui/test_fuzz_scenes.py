"""Scene contents fuzzed on every panel: a damaged scene is refused with one sentence and changes nothing."""

from __future__ import annotations

import copy
import warnings
from typing import Any, Iterator

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from simulator.registry import MODELS, find
from tests.scene_tools import assert_same, json_round_trip

TIMEOUT = 60.0
EXAMPLES = 60

#: Values a damaged or hand-edited scene might hold where something else belongs.
JUNK = st.one_of(
    st.none(), st.booleans(), st.integers(-2**70, 2**70), st.integers(-3, 70_000),
    st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=12),
    st.lists(st.integers(-5, 5), max_size=5), st.just({}), st.just([]), st.just({"bit_generator": "PCG64"}),
    st.builds(lambda shape, fill: np.full(shape, fill),
              st.one_of(st.tuples(st.integers(0, 5)), st.tuples(st.integers(0, 3), st.integers(0, 3))),
              st.sampled_from([0, -1, 7, 1e308, np.nan, True])),
)
#: What an element of an array of the right shape might be changed to.
BAD_ELEMENTS = st.sampled_from([np.nan, np.inf, -1, -(2**31), 2**40, 1e300, 0.5])


def node_paths(tree: Any, path: tuple = ()) -> Iterator[tuple]:
    """Every place in a scene tree: dict entries, list items (short lists), and the leaves."""
    if path:
        yield path
    if isinstance(tree, dict):
        for k, v in tree.items():
            yield from node_paths(v, path + (k,))
    elif isinstance(tree, list) and len(tree) <= 16:
        for i, v in enumerate(tree):
            yield from node_paths(v, path + (i,))


def damaged(good: dict, data: st.DataObject) -> tuple[dict, str]:
    """A copy of ``good`` with one place deleted, replaced by junk, or one array element made bad."""
    tree = copy.deepcopy(good)
    path = data.draw(st.sampled_from(sorted(node_paths(tree), key=repr)), label="path")
    parent = tree
    for key in path[:-1]:
        parent = parent[key]
    last = path[-1]
    value = parent[last]
    kinds = ["replace"] + (["delete"] if isinstance(parent, dict) else [])
    if isinstance(value, np.ndarray) and value.size:
        kinds.append("element")
    kind = data.draw(st.sampled_from(kinds), label="kind")
    if kind == "delete":
        del parent[last]
    elif kind == "element":
        bad = data.draw(BAD_ELEMENTS, label="element")
        # A float where whole numbers belong, or a number beyond the dtype's range: the array widens to float64.
        wide = (isinstance(bad, float) and value.dtype.kind in "biu") or not np.can_cast(np.min_scalar_type(bad),
                                                                                         value.dtype)
        flat = value.reshape(-1).astype(np.float64 if wide else value.dtype)
        i = data.draw(st.integers(0, flat.size - 1), label="index")
        flat[i] = bad
        parent[last] = flat.reshape(value.shape)
    else:
        parent[last] = data.draw(JUNK, label="junk")
    return tree, f"{kind} at {'/'.join(map(str, path))}"


def settle(panel, qtbot) -> None:
    for runner in panel.rewind_runners():
        runner.call(lambda engine: None).result(TIMEOUT)
    qtbot.wait(10)


@pytest.mark.parametrize("key", [spec.key for spec in MODELS])
def test_a_damaged_scene_is_refused_with_a_sentence_and_changes_nothing(main_windows, qtbot, key):
    window = main_windows([find(key)], compile_first=True)
    panel = window.current_panel
    qtbot.waitUntil(lambda: panel.runner is not None and panel.last_snapshot is not None
                    and getattr(panel, "ready", True), timeout=int(TIMEOUT * 1000))
    panel.pause()
    settle(panel, qtbot)
    good = json_round_trip(panel.scene_state())
    outcomes = {"refused": 0, "accepted": 0}

    @settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
    @given(data=st.data())
    def check(data: st.DataObject) -> None:
        scene, what = damaged(good, data)
        try:
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always", RuntimeWarning)
                panel.restore_scene(scene)
        except ValueError as exc:
            outcomes["refused"] += 1
            message = str(exc)
            assert message and "\n" not in message and "Traceback" not in message, (what, message)
            assert len(message) < 400, (what, message)
            settle(panel, qtbot)
            assert_same(json_round_trip(panel.scene_state()), good, f"after refusing {what}")
        else:
            # A change the panel could take (a value still in range): the good scene puts it back exactly.
            # Taken with a numpy warning means a NaN or an overflow slipped in (cast to a whole number, to float32).
            numeric = [str(w.message) for w in caught if issubclass(w.category, RuntimeWarning)]
            assert not numeric, (what, numeric)
            outcomes["accepted"] += 1
            settle(panel, qtbot)
            panel.restore_scene(copy.deepcopy(good))
            settle(panel, qtbot)
            assert_same(json_round_trip(panel.scene_state()), good, f"after accepting {what}, then the good scene")

    check()
    assert outcomes["refused"] > EXAMPLES // 2, outcomes
