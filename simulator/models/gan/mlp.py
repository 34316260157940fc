"""Dense networks as flat parameter vectors: layouts for the kernels, initial weights, views of each layer."""

from __future__ import annotations

from typing import Any, Sequence

import numpy as np

from simulator.core.blas import serial_blas  # noqa: F401  (the GAN's calls name it here)
from simulator.core.text import tr
from simulator.models.gan import kernels as K

ACTIVATIONS = {"relu": K.RELU, "leaky_relu": K.LEAKY_RELU, "tanh": K.TANH}
OUTPUTS = {"linear": K.LINEAR, "sigmoid": K.SIGMOID}
#: Widest layer and deepest network accepted (keeps a typo from allocating gigabytes).
MAX_WIDTH = 4096
MAX_LAYERS = 16


def check_sizes(sizes: Any, what: str) -> tuple[int, ...]:
    """Layer sizes as a tuple of at least two whole numbers between 1 and MAX_WIDTH."""
    try:
        s = tuple(sizes)
    except TypeError:
        raise ValueError(tr("the {what}'s layer sizes must be a list of whole numbers, got {sizes!r}", what=what,
                            sizes=sizes)) from None
    if len(s) < 2 or len(s) > MAX_LAYERS + 1:
        raise ValueError(tr("the {what} needs between 2 and {most} layer sizes (input ... output), got {got}",
                            what=what, most=MAX_LAYERS + 1, got=len(s)))
    for v in s:
        if isinstance(v, bool) or not isinstance(v, (int, np.integer)) or not 1 <= v <= MAX_WIDTH:
            raise ValueError(tr("the {what}'s layer sizes must be whole numbers from 1 to {most}, got {sizes!r}",
                                what=what, most=MAX_WIDTH, sizes=sizes))
    return tuple(int(v) for v in s)


def layout(sizes: Sequence[int], hidden: int, output: int) -> np.ndarray:
    """The int64 layout the kernels read (see the comment at the top of kernels.py)."""
    L = len(sizes) - 1
    woff, boff = [], []
    off = 0
    for l in range(L):
        woff.append(off)
        off += sizes[l] * sizes[l + 1]
        boff.append(off)
        off += sizes[l + 1]
    cum = np.concatenate([[0], np.cumsum(sizes)])
    return np.array([L, hidden, output, *sizes, *woff, *boff, *cum], dtype=np.int64)


def n_params(sizes: Sequence[int]) -> int:
    """Weights and biases of a dense network with these layer sizes."""
    return int(sum(sizes[l] * sizes[l + 1] + sizes[l + 1] for l in range(len(sizes) - 1)))


def views(p: np.ndarray, sizes: Sequence[int]) -> list[tuple[np.ndarray, np.ndarray]]:
    """(W, b) views into the flat vector ``p``: W is (n_in, n_out), row-major."""
    out, off = [], 0
    for l in range(len(sizes) - 1):
        a, b = sizes[l], sizes[l + 1]
        w = p[off:off + a * b].reshape(a, b)
        off += a * b
        out.append((w, p[off:off + b]))
        off += b
    return out


def init_params(sizes: Sequence[int], rng: np.random.Generator, dtype: Any = np.float32) -> np.ndarray:
    """PyTorch's default for a Linear layer: weights and biases uniform in +-1/sqrt(n_in)."""
    p = np.empty(n_params(sizes), dtype=dtype)
    for (w, b), n_in in zip(views(p, sizes), sizes[:-1]):
        bound = 1.0 / np.sqrt(n_in)
        w[...] = rng.uniform(-bound, bound, w.shape)
        b[...] = rng.uniform(-bound, bound, b.shape)
    return p
