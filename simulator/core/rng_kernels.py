"""Kernels that draw what numpy's Generator draws, from the same generator, without the GIL."""

from __future__ import annotations

import numpy as np

# numpy's own bounded draw (masked rejection sampling), as numba ports it: Generator.shuffle
# uses it, so a shuffle meant to give numpy's permutations must too.
from numba.np.random.random_methods import random_interval

from simulator.core.jit import kernel


@kernel
def shuffle_in_place(rng, a):
    """Shuffle the 1-d array ``a`` exactly as ``rng.shuffle(a)`` does (Fisher-Yates, last element first).

    Numba's own ``Generator.shuffle`` gives the same numbers but copies each element
    through a 0-d buffer, four times slower than numpy; this swaps in place. The
    numbers, and the generator's state after, are numpy's (the tests compare both).
    """
    bits = rng.bit_generator
    for i in range(a.shape[0] - 1, 0, -1):
        j = np.int64(random_interval(bits, i))
        t = a[i]
        a[i] = a[j]
        a[j] = t


@kernel
def permutation(rng, n):
    """``rng.permutation(n)``: 0..n-1 shuffled as numpy shuffles it (int64)."""
    a = np.arange(n)
    shuffle_in_place(rng, a)
    return a
