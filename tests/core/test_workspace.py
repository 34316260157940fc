"""The workspace the panels share: published patterns, refusals that change nothing, ink images."""

import numpy as np
import pytest

from simulator.core.workspace import Workspace


def test_published_patterns_are_a_frozen_copy_with_ink_images():
    ws = Workspace()
    assert ws.patterns() is None and ws.version == 0
    x = np.array([[1, -1, -1, 1], [-1, -1, 1, 1]])
    ws.publish_patterns(x, (2, 2), ["a", "b"], "Hopfield panel")
    x[0, 0] = -1  # the caller's array is not shared
    got = ws.patterns()
    assert ws.version == 1 and len(got) == 2 and got.names == ("a", "b") and got.shape == (2, 2)
    assert got.patterns[0, 0] == 1 and not got.patterns.flags.writeable
    assert np.array_equal(got.ink()[0], [[1.0, 0.0], [0.0, 1.0]])


@pytest.mark.parametrize("patterns, shape, names, words", [
    (np.ones((1, 5)), (2, 2), ["a"], "rows of 4 values"),
    (np.zeros((1, 4)), (2, 2), ["a"], r"only \+1 and -1"),
    (np.ones((2, 4)), (2, 2), ["a"], "2 patterns need 2 names"),
    (np.ones((1, 4)), (0, 4), ["a"], "between 1 and"),
])
def test_bad_patterns_are_refused_and_change_nothing(patterns, shape, names, words):
    ws = Workspace()
    ws.publish_patterns(np.ones((1, 4)), (2, 2), ["kept"], "test")
    with pytest.raises(ValueError, match=words):
        ws.publish_patterns(patterns, shape, names, "test")
    assert ws.version == 1 and ws.patterns().names == ("kept",)


def test_an_empty_set_can_be_published():
    ws = Workspace()
    ws.publish_patterns(np.zeros((0, 9), np.int8), (3, 3), [], "test")
    assert len(ws.patterns()) == 0
