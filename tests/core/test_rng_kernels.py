"""Kernels that draw numpy's numbers: the same permutations and the same generator state as numpy's own."""

from __future__ import annotations

import numpy as np
import pytest

from simulator.core.rng_kernels import permutation, shuffle_in_place


@pytest.mark.parametrize("n", [0, 1, 2, 7, 1000, 70_000])
def test_permutation_is_numpys_and_leaves_its_state(n):
    for seed in range(3):
        want, got = np.random.default_rng(seed), np.random.default_rng(seed)
        want.integers(0, 9, seed)  # sometimes a half-used 32-bit word in the generator
        got.integers(0, 9, seed)
        np.testing.assert_array_equal(permutation(got, n), want.permutation(n))
        assert got.bit_generator.state == want.bit_generator.state


@pytest.mark.parametrize("dtype", [np.int64, np.int8, np.float64])
def test_shuffle_in_place_is_numpys(dtype):
    base = (np.arange(300) % 97).astype(dtype)
    want, got = base.copy(), base.copy()
    a, b = np.random.default_rng(5), np.random.default_rng(5)
    a.shuffle(want)
    shuffle_in_place(b, got)
    np.testing.assert_array_equal(got, want)
    assert a.bit_generator.state == b.bit_generator.state
