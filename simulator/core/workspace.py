"""What the panels of one window share: the user's drawn patterns, handed from panel to panel."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Sequence

import numpy as np

from simulator.core.patterns import check_shape
from simulator.core.text import Text, tr


@dataclass(frozen=True)
class SharedPatterns:
    """A set of +1 (ink) / -1 patterns one panel offers to the others.

    Attributes
    ----------
    patterns : numpy.ndarray
        (p, rows * cols) int8, read-only.
    shape : tuple of int
        The grid the patterns were drawn on.
    names : tuple of str
        One name per pattern.
    source : str
        Who published them, for labels ("Hopfield panel").
    """

    patterns: np.ndarray
    shape: tuple[int, int]
    names: tuple[str, ...]
    source: str

    def __len__(self) -> int:
        return int(self.patterns.shape[0])

    def ink(self) -> np.ndarray:
        """(p, rows, cols) float64 ink: 1.0 where a pattern is +1, 0.0 where it is -1."""
        return (self.patterns.reshape(-1, *self.shape).astype(np.float64) + 1.0) / 2.0


class Workspace:
    """The state that panels share without importing each other.

    The main window owns one and hands it to every panel it creates; a panel shown on
    its own (a test, the GUI bench) gets a private one. Only the GUI thread uses it.
    ``version`` grows by one on every change, so a reader can tell whether it is behind.
    """

    def __init__(self) -> None:
        self._patterns: SharedPatterns | None = None
        self.version = 0

    def publish_patterns(self, patterns: Any, shape: Sequence[int], names: Sequence[str], source: str) -> None:
        """Offer ``patterns`` ((p, rows*cols) of +1/-1) to the other panels, replacing any earlier set.

        Raises
        ------
        ValueError
            When the sizes disagree or a value is not +1 or -1 (nothing changes then).
        """
        rows, cols = check_shape(*shape)
        x = np.asarray(patterns)
        if x.ndim != 2 or x.shape[1] != rows * cols:
            raise ValueError(tr("the shared patterns must be rows of {n} values ({rows}x{cols}), "
                                "got an array of shape {shape}", n=rows * cols, rows=rows, cols=cols,
                                shape=str(x.shape)))
        if x.size and not np.isin(x, (-1, 1)).all():
            raise ValueError(tr("the shared patterns must hold only +1 and -1"))
        if len(names) != x.shape[0]:
            raise ValueError(tr("{count} patterns need {count} names, got {got}", count=x.shape[0], got=len(names)))
        frozen = x.astype(np.int8, copy=True)
        frozen.setflags(write=False)
        # Engine sentences (core.text.Text) stay ones, so the window can translate them.
        self._patterns = SharedPatterns(frozen, (rows, cols), tuple(map(_text, names)), _text(source))
        self.version += 1

    def patterns(self) -> SharedPatterns | None:
        """The last published set, or None when no panel has offered any."""
        return self._patterns


def _text(x: Any) -> str:
    return x if isinstance(x, Text) else str(x)
