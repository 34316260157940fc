"""Training data for the RBM: the handwritten digits as ink in [0, 1], binarised, split into train and held-out."""

from __future__ import annotations

from typing import NamedTuple

import numpy as np

from simulator.core.checks import check_choice
from simulator.core.patterns import load_handwritten_digits, resize_area
from simulator.core.text import tr

#: Binarisation options: "threshold" (ink >= 0.5 is 1), "stochastic" (each pixel 1 with
#: probability its ink, drawn once), "grey" (the ink values themselves, used as probabilities).
BINARIZATIONS = ("threshold", "stochastic", "grey")


class DigitData(NamedTuple):
    """Digits as rows of 64 values in [0, 1] (1 = ink), with their labels, split in two."""

    train: np.ndarray
    train_labels: np.ndarray
    heldout: np.ndarray
    heldout_labels: np.ndarray


def digits_ink() -> tuple[np.ndarray, np.ndarray]:
    """(1797, 64) float64 ink in [0, 1] (the UCI 8x8 digits, 1 = darkest ink) and the labels."""
    images, labels = load_handwritten_digits()
    return (1.0 - images.reshape(len(images), 64)).copy(), labels.copy()


def binarize(x: np.ndarray, how: str, rng: np.random.Generator | None = None) -> np.ndarray:
    """Binarise ink values ``x`` by ``how`` (one of :data:`BINARIZATIONS`); float64."""
    check_choice(how, BINARIZATIONS, "binarisation")
    if how == "threshold":
        return (x >= 0.5).astype(np.float64)
    if how == "stochastic":
        g = rng if rng is not None else np.random.default_rng(0)
        return (g.random(x.shape) < x).astype(np.float64)
    return np.asarray(x, dtype=np.float64).copy()


def digit_data(binarization: str = "threshold", heldout_fraction: float = 0.2, seed: int = 0) -> DigitData:
    """The digits binarised and split at random (fixed by ``seed``) into training and held-out rows."""
    if not 0.0 <= heldout_fraction < 1.0:
        raise ValueError(tr("the held-out fraction must be at least 0 and below 1, got {fraction:g}",
                            fraction=heldout_fraction))
    x, y = digits_ink()
    rng = np.random.default_rng(seed)
    x = binarize(x, binarization, rng)
    perm = rng.permutation(len(x))
    n_held = int(round(heldout_fraction * len(x)))
    held, train = perm[:n_held], perm[n_held:]
    return DigitData(x[train], y[train], x[held], y[held])


def ink_at_side(ink: np.ndarray, side: int = 8) -> np.ndarray:
    """Ink images (n, rows, cols) in [0, 1] resampled to (n, side * side) by area averaging.

    Patterns drawn on another grid become the digits' size, so one RBM (and its filters,
    dreams and completions) works on every data source; shrinking leaves grey edges,
    which the binarisation options then treat like the digits' grey levels. Every image is
    then stretched so that its darkest cell is full ink: a pen stroke one cell wide on a
    32 x 32 grid covers only a quarter of each 8 x 8 cell (and the font's narrow "I" about
    half of two), and would otherwise vanish at the threshold of one half.
    """
    x = np.asarray(ink, dtype=np.float64)
    if x.ndim != 3 or not x.shape[0]:
        raise ValueError(tr("expected a stack of 2-D ink images, got an array of shape {shape}", shape=x.shape))
    if not np.isfinite(x).all() or x.min() < 0.0 or x.max() > 1.0:
        raise ValueError(tr("ink values must lie in [0, 1]"))
    if x.shape[1:] == (side, side):
        out = x.copy()
    else:
        out = np.clip(np.stack([resize_area(im, side, side) for im in x]), 0.0, 1.0)
    top = out.max(axis=(1, 2), keepdims=True)
    out = np.divide(out, top, out=np.zeros_like(out), where=top > 0)
    return out.reshape(len(x), side * side)


def image_set_data(ink: np.ndarray, binarization: str = "threshold", seed: int = 0) -> np.ndarray:
    """A small image set (rows of ink in [0, 1]) binarised by ``binarization`` as training rows.

    Glyph sets and drawn patterns are a handful of images each: all of them train, none is
    held out (the held-out curves stay empty for them).
    """
    x = np.asarray(ink, dtype=np.float64)
    if x.ndim != 2 or not x.shape[0]:
        raise ValueError(tr("the image set is empty: there is nothing to train on"))
    return binarize(x, binarization, np.random.default_rng(seed))
