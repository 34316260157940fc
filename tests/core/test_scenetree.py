"""Scene trees: plain values out, and a sentence for every way a saved tree can be wrong."""

from __future__ import annotations

import numpy as np
import pytest

from simulator.core.scenetree import SceneError, need, need_array, plain


def test_plain_turns_tuples_and_numpy_scalars_into_json_values_and_copies_arrays():
    a = np.arange(3)
    out = plain({"t": (1, np.int64(2)), "f": np.float32(0.5), "b": np.bool_(True), "a": a, "n": None})
    assert out == {"t": [1, 2], "f": 0.5, "b": True, "a": out["a"], "n": None}
    assert type(out["t"][1]) is int and type(out["f"]) is float and type(out["b"]) is bool
    a[0] = 9
    assert out["a"][0] == 0
    for bad in ({1: 2}, {"x": object()}, {"x": np.array(["a"])}):
        with pytest.raises(TypeError):
            plain(bad)


def test_need_refuses_missing_keys_and_wrong_kinds_with_a_sentence():
    tree = {"n": 3, "flag": True, "x": 0.5, "name": "ring"}
    assert need(tree, "n", int, "the count") == 3
    assert need(tree, "n", float, "the rate") == 3      # a whole number is a number
    for key, kinds in (("missing", int), ("flag", int), ("name", float), ("x", int)):
        with pytest.raises(SceneError) as info:
            need(tree, key, kinds, "the setting")
        text = str(info.value)
        assert text[0].isupper() and text.endswith(".") and "the setting" in text
    with pytest.raises(SceneError):
        need([1, 2], "n", int, "the count")


def test_need_array_checks_shape_and_element_kind():
    tree = {"a": np.zeros((4, 2)), "s": np.array(["x"]), "none": None}
    assert need_array(tree, "a", "the points", (None, 2)).shape == (4, 2)
    assert need_array(tree, "none", "the points", (None, 2), allow_none=True) is None
    for key, shape in (("a", (None, 3)), ("a", (4,)), ("s", None), ("none", None)):
        with pytest.raises(SceneError):
            need_array(tree, key, "the points", shape)
