"""Binary +1/-1 pattern sets, their validation, and the image helpers that make them (Qt-free)."""

from __future__ import annotations

import gzip
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any, Iterable, Sequence

import numpy as np

from simulator.core.memory import available_memory_bytes
from simulator.core.text import Text, tr

#: The value of a drawn ("ink", shown dark) unit and of a background (shown light) unit.
#: Images in this module are *lightness* arrays: 0.0 is black, 1.0 is white, like a
#: photograph or a PNG, so dark pixels become +1 and light ones -1.
INK = 1
BACKGROUND = -1

#: Largest grid side the GUI offers.
MAX_GRID_SIDE = 128

#: Bytes of memory one weight takes per unit pair, counting the float32 matrix an
#: engine keeps plus the working copies a learning rule (Storkey, pseudo-inverse) needs.
WEIGHT_BYTES_PER_PAIR = 4 * 3


# ------------------------------------------------------------------- validation
def _ordinals(positions: Sequence[int], limit: int = 5) -> Text:
    """'positions 2 and 4' style text, counting from 1, at most ``limit`` listed."""
    shown = [str(int(p) + 1) for p in positions[:limit]]
    if len(positions) > limit:
        return tr("positions {positions} and {more} more", positions=", ".join(shown), more=len(positions) - limit)
    if len(shown) == 1:
        return tr("position {position}", position=shown[0])
    return tr("positions {positions} and {last}", positions=", ".join(shown[:-1]), last=shown[-1])


def as_pattern(values: Any, n_units: int | None = None, shape: tuple[int, int] | None = None) -> np.ndarray:
    """Check that ``values`` is one +1/-1 pattern and return it as a flat int8 array.

    Parameters
    ----------
    values : array_like
        A flat sequence or a 2-D array of +1/-1.
    n_units : int, optional
        The number of values required.
    shape : (int, int), optional
        The grid shape, named in the message when the size is wrong (implies ``n_units``).

    Returns
    -------
    numpy.ndarray
        int8 array of shape ``(n_units,)``.

    Raises
    ------
    ValueError
        NaN, values other than +1/-1 (a 0 gets a hint that off units are -1), text, or a
        wrong number of values. Positions in messages count from 1.
    """
    if shape is not None:
        n_units = int(shape[0]) * int(shape[1])
    try:
        arr = np.asarray(values)
    except Exception as exc:  # ragged nested lists and the like
        raise ValueError(tr("A pattern must be a list of +1/-1 values ({error}).", error=str(exc))) from None
    if arr.dtype == object or arr.dtype.kind in "USV":
        raise ValueError(tr("A pattern must contain numbers +1 or -1, not text or nested lists of different "
                            "lengths."))
    if arr.dtype.kind == "b":
        raise ValueError(tr("A pattern must contain +1 and -1, not True/False."))
    flat = arr.reshape(-1)
    if flat.dtype.kind == "c":
        raise ValueError(tr("A pattern must contain real numbers +1 or -1."))
    if flat.size == 0:
        raise ValueError(tr("The pattern is empty: type values such as 1, -1, 1."))
    if flat.dtype.kind == "f":
        nan = np.flatnonzero(np.isnan(flat))
        if nan.size:
            raise ValueError(tr("The pattern contains NaN (not a number) at {positions}; units are +1 or -1.",
                                positions=_ordinals(nan)))
    bad = np.flatnonzero((flat != 1) & (flat != -1))
    if bad.size:
        found = flat[bad[0]]
        shown = int(found) if float(found).is_integer() else float(found)
        hint = tr(" (an off unit is -1, not 0)") if np.any(flat[bad] == 0) else ""
        raise ValueError(
            tr("Units are +1 or -1{hint}: found {value} at {positions}.", hint=hint, value=shown,
               positions=_ordinals(bad))
            if np.all(flat[bad] == found)
            else tr("Units are +1 or -1{hint}: found other values at {positions}.", hint=hint,
                    positions=_ordinals(bad))
        )
    if n_units is not None and flat.size != n_units:
        if shape is not None:
            raise ValueError(tr("A pattern for this {rows} x {cols} grid needs {count} values, got {got}.",
                                rows=shape[0], cols=shape[1], count=n_units, got=flat.size))
        raise ValueError(tr("A pattern for this network needs {count} values, got {got}.", count=n_units,
                            got=flat.size))
    return flat.astype(np.int8)


def as_patterns(values: Any, n_units: int, shape: tuple[int, int] | None = None) -> np.ndarray:
    """Check a set of patterns (p x n, or one flat pattern) and return a (p, n) int8 array."""
    arr = np.asarray(values) if not isinstance(values, np.ndarray) else values
    if arr.ndim == 1 and arr.size == n_units:
        arr = arr.reshape(1, n_units)
    if arr.ndim == 2 and arr.shape[0] == 0:
        return np.zeros((0, n_units), np.int8)
    if arr.ndim != 2:
        raise ValueError(tr("Patterns must be given as rows of {n} values (a p x {n} table).", n=n_units))
    return np.stack([as_pattern(row, n_units, shape) for row in arr]) if len(arr) else np.zeros((0, n_units), np.int8)


_TOKEN = re.compile(r"[\s,;\[\]()]+")


def parse_pattern_text(text: str, n_units: int | None = None, shape: tuple[int, int] | None = None) -> np.ndarray:
    """Read a pattern typed as in the notes' exercises, e.g. ``"1, -1, 1, -1, 1, 1"``.

    Commas, spaces, semicolons, brackets and line breaks separate values; ``+1`` and ``-1``
    (also ``+`` and ``-`` alone) are accepted. ``"[1,0,-1,0,1]"`` is refused with a message
    explaining that units are +1/-1.

    Returns
    -------
    numpy.ndarray
        Flat int8 array.

    Raises
    ------
    ValueError
        Unreadable text, values other than +1/-1, or the wrong number of values.
    """
    tokens = [t for t in _TOKEN.split(text.strip()) if t]
    if not tokens:
        raise ValueError(tr("Type the pattern as +1/-1 values separated by commas, e.g. 1, -1, 1, -1, 1, 1."))
    values: list[float] = []
    for tok in tokens:
        if tok in ("+", "-"):
            values.append(1.0 if tok == "+" else -1.0)
            continue
        try:
            values.append(float(tok))
        except ValueError:
            # A long paste is named by its start: the message must fit the status bar.
            shown = repr(tok[:20]) + ("…" if len(tok) > 20 else "")
            raise ValueError(
                tr("Could not read {text} as a number: type +1/-1 values separated by commas, e.g. 1, -1, 1.",
                   text=shown)
            ) from None
    return as_pattern(np.array(values), n_units, shape)


def check_shape(rows: int, cols: int) -> tuple[int, int]:
    """Validate a grid shape (1..MAX_GRID_SIDE on each side) and return it as ints."""
    try:
        r, c = int(rows), int(cols)
    except (TypeError, ValueError):
        raise ValueError(tr("The grid size must be two whole numbers (rows and columns).")) from None
    if r != rows or c != cols:
        raise ValueError(tr("The grid size must be two whole numbers (rows and columns)."))
    if not (1 <= r <= MAX_GRID_SIDE and 1 <= c <= MAX_GRID_SIDE):
        raise ValueError(tr("Rows and columns must each be between 1 and {max}; got {rows} x {cols}.",
                            max=MAX_GRID_SIDE, rows=r, cols=c))
    return r, c


# ---------------------------------------------------------------------- memory
def grid_memory_bytes(n_units: int) -> int:
    """Estimated bytes a fully connected network of ``n_units`` needs for its weights."""
    return int(n_units) * int(n_units) * WEIGHT_BYTES_PER_PAIR


def _gb(n_bytes: float) -> str:
    return f"{n_bytes / 1e9:.1f} GB" if n_bytes >= 1e8 else f"{n_bytes / 1e6:.0f} MB"


def check_grid_fits(rows: int, cols: int, available: int | None = None) -> tuple[int, int]:
    """Validate the shape and refuse a fully connected grid whose weights would not fit in memory.

    Parameters
    ----------
    rows, cols : int
        The grid shape.
    available : int, optional
        Bytes available; by default :func:`available_memory_bytes` (unknown means no limit).

    Raises
    ------
    ValueError
        A sentence naming the memory needed and the memory available.
    """
    r, c = check_shape(rows, cols)
    n = r * c
    need = grid_memory_bytes(n)
    have = available_memory_bytes() if available is None else available
    if have is not None and need > 0.8 * have:
        raise ValueError(tr(
            "A {rows} x {cols} grid has {n} units and needs about {need} of memory for its weights, "
            "but only {have} is available. Choose a smaller grid.", rows=r, cols=c, n=n, need=_gb(need),
            have=_gb(have)))
    return r, c


def max_grid_units(available: int | None = None) -> int:
    """The largest number of units whose weights fit in memory (see :func:`check_grid_fits`)."""
    have = available_memory_bytes() if available is None else available
    if have is None:
        return MAX_GRID_SIDE * MAX_GRID_SIDE
    return int(min(MAX_GRID_SIDE * MAX_GRID_SIDE, np.sqrt(0.8 * have / WEIGHT_BYTES_PER_PAIR)))


# ------------------------------------------------------------------ the library
@dataclass(frozen=True)
class Entry:
    """One named pattern of a :class:`PatternLibrary` and where it came from."""

    name: str
    pattern: np.ndarray
    source: Any = None


class PatternLibrary:
    """An ordered list of named +1/-1 patterns for one grid shape: the memories a model stores.

    Parameters
    ----------
    rows, cols : int
        The grid shape; every pattern has ``rows * cols`` values (row-major).

    Notes
    -----
    Each entry may keep a *source* (a lightness image, or a function ``(rows, cols) ->
    pattern``) so that :meth:`resized` can re-make it cleanly at another grid size.
    Every method that changes the library validates first and changes nothing on error.
    ``version`` grows by one on every change.
    """

    def __init__(self, rows: int, cols: int) -> None:
        self._rows, self._cols = check_shape(rows, cols)
        self._entries: list[Entry] = []
        self.version = 0

    # ------------------------------------------------------------- properties
    @property
    def shape(self) -> tuple[int, int]:
        return (self._rows, self._cols)

    @property
    def n_units(self) -> int:
        return self._rows * self._cols

    def __len__(self) -> int:
        return len(self._entries)

    @property
    def names(self) -> list[str]:
        return [e.name for e in self._entries]

    @property
    def patterns(self) -> np.ndarray:
        """(p, n) int8 copy of the patterns, in order."""
        if not self._entries:
            return np.zeros((0, self.n_units), np.int8)
        return np.stack([e.pattern for e in self._entries])

    def pattern(self, index: int) -> np.ndarray:
        """Flat int8 copy of pattern ``index``."""
        return self._entries[self._index(index)].pattern.copy()

    def name(self, index: int) -> str:
        return self._entries[self._index(index)].name

    def source(self, index: int) -> Any:
        return self._entries[self._index(index)].source

    def _index(self, index: int) -> int:
        i = int(index)
        if not -len(self._entries) <= i < len(self._entries):
            raise ValueError(tr("There is no pattern {k}: the library holds {count}.", k=i + 1,
                                count=len(self._entries)))
        return i % len(self._entries)

    # ---------------------------------------------------------------- editing
    def validate(self, pattern: Any) -> np.ndarray:
        """Return ``pattern`` as a flat int8 array for this grid, or raise ValueError."""
        return as_pattern(pattern, shape=self.shape)

    def _default_name(self) -> str:
        taken = set(self.names)
        k = len(self._entries) + 1
        while f"pattern {k}" in taken:
            k += 1
        return tr("pattern {k}", k=k)

    def add(self, pattern: Any, name: str | None = None, source: Any = None) -> int:
        """Append a pattern (flat or rows x cols); return its index."""
        flat = self.validate(pattern)
        flat.setflags(write=False)
        self._entries.append(Entry(_name(name) if name else self._default_name(), flat, source))
        self.version += 1
        return len(self._entries) - 1

    def remove(self, indices: int | Iterable[int]) -> None:
        """Remove one pattern or several (by index)."""
        idx = [indices] if isinstance(indices, (int, np.integer)) else list(indices)
        drop = {self._index(i) for i in idx}
        if drop:
            self._entries = [e for k, e in enumerate(self._entries) if k not in drop]
            self.version += 1

    def clear(self) -> None:
        if self._entries:
            self._entries = []
            self.version += 1

    def replace(self, patterns: Any, names: Sequence[str] | None = None, sources: Sequence[Any] | None = None) -> None:
        """Replace the whole library with ``patterns`` ((p, n) or (p, rows, cols))."""
        arr = np.asarray(patterns)
        if arr.ndim == 3:
            arr = arr.reshape(arr.shape[0], -1)
        if arr.size == 0:
            arr = np.zeros((0, self.n_units), np.int8)
        checked = as_patterns(arr, self.n_units, self.shape)
        p = len(checked)
        if names is not None and len(names) != p:
            raise ValueError(tr("Got {got} names for {count} patterns.", got=len(names), count=p))
        if sources is not None and len(sources) != p:
            raise ValueError(tr("Got {got} sources for {count} patterns.", got=len(sources), count=p))
        entries = []
        for k in range(p):
            row = checked[k].copy()
            row.setflags(write=False)
            entries.append(Entry(_name(names[k]) if names is not None else tr("pattern {k}", k=k + 1), row,
                                 None if sources is None else sources[k]))
        self._entries = entries
        self.version += 1

    def resized(self, rows: int, cols: int) -> "PatternLibrary":
        """A new library at another grid size, each entry re-made from its source."""
        out = PatternLibrary(rows, cols)
        for e in self._entries:
            out.add(remake(e.pattern, self.shape, e.source, (out._rows, out._cols)), e.name, e.source)
        return out


def _name(name: Any) -> str:
    """A pattern's name as text: an engine's sentence (a default name) stays one, so the window can translate it."""
    return name if isinstance(name, Text) else str(name)


def remake(pattern: np.ndarray, shape: tuple[int, int], source: Any, new_shape: tuple[int, int]) -> np.ndarray:
    """Re-make a library entry at ``new_shape`` from its source (see :class:`PatternLibrary`)."""
    if tuple(new_shape) == tuple(shape) and source is None:
        return np.asarray(pattern, np.int8).reshape(-1).copy()
    if callable(source):
        return as_pattern(source(*new_shape), shape=tuple(new_shape))
    if source is not None:
        return binarize(resize_area(np.asarray(source, float), *new_shape, upsample="linear")).reshape(-1)
    return resize_pattern(pattern, shape, new_shape)


# ------------------------------------------------------------- image helpers
def _area_matrix(n_in: int, n_out: int) -> np.ndarray:
    """(n_out, n_in) weights: the share of each input cell inside each output cell."""
    edges_out = np.arange(n_out + 1) * (n_in / n_out)
    lo = np.maximum(edges_out[:-1, None], np.arange(n_in)[None, :])
    hi = np.minimum(edges_out[1:, None], np.arange(1, n_in + 1)[None, :])
    overlap = np.clip(hi - lo, 0.0, None)
    return overlap / overlap.sum(axis=1, keepdims=True)


def _linear_matrix(n_in: int, n_out: int) -> np.ndarray:
    """(n_out, n_in) weights of linear interpolation between input pixel centres."""
    pos = np.clip((np.arange(n_out) + 0.5) * (n_in / n_out) - 0.5, 0.0, n_in - 1)
    lo = np.floor(pos).astype(int)
    hi = np.minimum(lo + 1, n_in - 1)
    frac = pos - lo
    m = np.zeros((n_out, n_in))
    np.add.at(m, (np.arange(n_out), lo), 1.0 - frac)
    np.add.at(m, (np.arange(n_out), hi), frac)
    return m


def resize_area(gray: Any, rows: int, cols: int, upsample: str = "area") -> np.ndarray:
    """Resample a 2-D float image to ``rows x cols`` by area averaging (up or down).

    Each output cell is the average of the input over the rectangle it covers (input
    pixels weighted by the part of them inside), so thin strokes fade instead of
    vanishing when shrinking, and enlarging repeats pixels with blended borders.

    Parameters
    ----------
    gray : array_like
        2-D image.
    rows, cols : int
        Output size.
    upsample : {"area", "linear"}
        How an axis that grows is resampled: "linear" interpolates between pixel
        centres, which gives smooth strokes after thresholding (tiny images such as
        the 8 x 8 handwritten digits); shrinking axes always use area averaging.

    Returns
    -------
    numpy.ndarray
        float64 array of shape ``(rows, cols)``.
    """
    img = np.asarray(gray, dtype=np.float64)
    if img.ndim != 2 or img.size == 0:
        raise ValueError(tr("An image must be a non-empty 2-D array; got shape {shape}.", shape=str(img.shape)))
    if rows < 1 or cols < 1:
        raise ValueError(tr("The target size must be at least 1 x 1; got {rows} x {cols}.", rows=rows, cols=cols))
    if upsample not in ("area", "linear"):
        raise ValueError(tr("upsample must be 'area' or 'linear', not {value}.", value=repr(upsample)))
    if img.shape == (rows, cols):
        return img.copy()

    def matrix(n_in: int, n_out: int) -> np.ndarray:
        if upsample == "linear" and n_out > n_in:
            return _linear_matrix(n_in, n_out)
        return _area_matrix(n_in, n_out)

    return matrix(img.shape[0], rows) @ img @ matrix(img.shape[1], cols).T


def otsu_threshold(gray: Any, bins: int = 256) -> float | None:
    """Otsu's threshold of values in [0, 1], or None when the image has a single level."""
    values = np.clip(np.asarray(gray, dtype=np.float64).reshape(-1), 0.0, 1.0)
    if values.size == 0 or values.max() - values.min() < 1e-9:
        return None
    hist, edges = np.histogram(values, bins=bins, range=(0.0, 1.0))
    centers = (edges[:-1] + edges[1:]) / 2
    w0 = np.cumsum(hist)
    w1 = w0[-1] - w0
    s0 = np.cumsum(hist * centers)
    m0 = np.divide(s0, w0, out=np.zeros_like(s0), where=w0 > 0)
    m1 = np.divide(s0[-1] - s0, w1, out=np.zeros_like(s0), where=w1 > 0)
    between = w0 * w1 * (m0 - m1) ** 2
    # Between two well separated levels every cut in the gap is equally good: take the
    # middle of that plateau rather than its first bin, so the cut sits midway.
    best = np.flatnonzero(between >= between.max() * (1 - 1e-12))
    return float((edges[best[0] + 1] + edges[best[-1] + 1]) / 2)


def binarize(gray: Any, threshold: float | None = None) -> np.ndarray:
    """Turn a lightness image (0 black .. 1 white) into +1 (dark ink) / -1 (light background).

    Parameters
    ----------
    gray : array_like
        Lightness values in [0, 1].
    threshold : float, optional
        Pixels darker than this are ink. None picks Otsu's threshold, or the mean
        when the image has one level only (a blank image becomes all background,
        an all-black one all ink).

    Returns
    -------
    numpy.ndarray
        int8 array of the same shape.
    """
    img = np.asarray(gray, dtype=np.float64)
    if np.isnan(img).any():
        raise ValueError(tr("The image contains NaN values."))
    if threshold is None:
        threshold = otsu_threshold(img)
        if threshold is None:
            threshold = 0.5
    return np.where(img < threshold, INK, BACKGROUND).astype(np.int8)


def pattern_to_gray(pattern: Any, shape: tuple[int, int]) -> np.ndarray:
    """Lightness image of a pattern: ink (+1) is 0.0 (black), background (-1) is 1.0 (white)."""
    p = np.asarray(pattern, dtype=np.float64).reshape(shape)
    return (1.0 - p) / 2.0


def resize_pattern(pattern: Any, shape: tuple[int, int], new_shape: tuple[int, int]) -> np.ndarray:
    """A +1/-1 pattern drawn on a ``shape`` grid, resampled to ``new_shape`` (flat int8)."""
    if tuple(shape) == tuple(new_shape):
        return np.asarray(pattern, np.int8).reshape(-1).copy()
    return binarize(resize_area(pattern_to_gray(pattern, shape), *new_shape), 0.5).reshape(-1)


# --------------------------------------------------- state edits (corruptions)
def flip_fraction(state: Any, fraction: float, rng: np.random.Generator) -> np.ndarray:
    """A copy of ``state`` with ``round(fraction * n)`` distinct units, chosen by ``rng``, flipped."""
    x = np.asarray(state, np.int8).reshape(-1).copy()
    if not 0.0 <= fraction <= 1.0:
        raise ValueError(tr("The share of units to flip must be between 0 % and 100 %; got {percent:g} %.",
                            percent=fraction * 100))
    k = int(round(fraction * x.size))
    if k:
        idx = rng.choice(x.size, size=k, replace=False)
        x[idx] = -x[idx]
    return x


def occlude(state: Any, shape: tuple[int, int], r0: int, c0: int, r1: int, c1: int,
            value: int = BACKGROUND) -> np.ndarray:
    """A copy of ``state`` with the rows ``r0:r1`` and columns ``c0:c1`` set to ``value`` (clipped to the grid)."""
    x = np.asarray(state, np.int8).reshape(shape).copy()
    r0, r1 = sorted((int(r0), int(r1)))
    c0, c1 = sorted((int(c0), int(c1)))
    x[max(r0, 0):max(r1, 0), max(c0, 0):max(c1, 0)] = value
    return x.reshape(-1)


def paint(state: Any, indices: Any, value: int) -> np.ndarray:
    """A copy of ``state`` with the units at ``indices`` (flat) set to ``value`` (+1 or -1)."""
    if value not in (1, -1):
        raise ValueError(tr("Units are +1 or -1; cannot paint {value}.", value=value))
    x = np.asarray(state, np.int8).reshape(-1).copy()
    idx = np.asarray(indices, dtype=np.intp).reshape(-1)
    if idx.size and (idx.min() < 0 or idx.max() >= x.size):
        raise ValueError(tr("Unit indices must be between 0 and {last}.", last=x.size - 1))
    x[idx] = value
    return x


def invert(state: Any) -> np.ndarray:
    """A copy of ``state`` with every unit flipped."""
    return (-np.asarray(state, np.int8).reshape(-1)).astype(np.int8)


def random_patterns(p: int, n_units: int, rng: np.random.Generator) -> np.ndarray:
    """(p, n) int8 array of independent, equally likely +1/-1 values."""
    return np.where(rng.random((int(p), int(n_units))) < 0.5, INK, BACKGROUND).astype(np.int8)


# ----------------------------------------------------------- handwritten digits
def _digits_path():
    return resources.files("simulator") / "resources" / "digits" / "optdigits-8x8.csv.gz"


@lru_cache(maxsize=1)
def _digits() -> tuple[np.ndarray, np.ndarray]:
    with _digits_path().open("rb") as raw, gzip.open(raw, "rt", encoding="ascii") as fh:
        table = np.loadtxt(fh, delimiter=",", dtype=np.int16)
    if table.ndim != 2 or table.shape[1] != 65:
        raise ValueError(tr("The handwritten-digit file has {count} columns, expected 65.", count=table.shape[-1]))
    images = 1.0 - table[:, :64].reshape(-1, 8, 8).astype(np.float64) / 16.0
    labels = table[:, 64].astype(np.int64)
    images.setflags(write=False)
    labels.setflags(write=False)
    return images, labels


def load_handwritten_digits() -> tuple[np.ndarray, np.ndarray]:
    """The UCI optical handwritten digits (1797 samples of 8 x 8 pixels).

    Returns
    -------
    images : numpy.ndarray
        float64 (1797, 8, 8) lightness in [0, 1] (0 is the darkest ink, 1 white paper),
        read-only.
    labels : numpy.ndarray
        int64 (1797,) digit classes 0..9, read-only.
    """
    return _digits()


def handwritten_digit_sources() -> list[np.ndarray]:
    """One 8 x 8 lightness image per digit 0..9: the sample closest to its class mean."""
    images, labels = load_handwritten_digits()
    out = []
    for d in range(10):
        cls = images[labels == d]
        mean = cls.mean(axis=0)
        out.append(cls[int(np.argmin(((cls - mean) ** 2).sum(axis=(1, 2))))].copy())
    return out


def handwritten_digit_set(rows: int, cols: int) -> tuple[np.ndarray, list[str]]:
    """Digits 0..9 in handwriting, resized to ``rows x cols`` and binarised.

    Returns
    -------
    patterns : numpy.ndarray
        int8 (10, rows * cols).
    names : list of str
        ``"0"`` .. ``"9"``.
    """
    check_shape(rows, cols)
    pats = [binarize(resize_area(src, rows, cols, "linear")).reshape(-1) for src in handwritten_digit_sources()]
    return np.stack(pats).astype(np.int8), [str(d) for d in range(10)]


class RandomPatternSource:
    """Re-draws the same random +1/-1 pattern at any grid size (a library entry's source).

    Pattern ``k`` of seed ``seed`` comes from ``default_rng([seed, k])``, so a random set
    reloads identically and each entry stays independent of the others.
    """

    def __init__(self, seed: int, k: int) -> None:
        self.seed, self.k = int(seed), int(k)

    def __call__(self, rows: int, cols: int) -> np.ndarray:
        rng = np.random.default_rng([self.seed, self.k])
        return random_patterns(1, int(rows) * int(cols), rng)[0].reshape(rows, cols)

    def __repr__(self) -> str:
        return f"RandomPatternSource(seed={self.seed}, k={self.k})"


def random_pattern_set(p: int, rows: int, cols: int,
                       seed: int) -> tuple[np.ndarray, list[str], list[RandomPatternSource]]:
    """``p`` random patterns for a rows x cols grid: (patterns (p, n) int8, names, sources)."""
    check_shape(rows, cols)
    if p < 0:
        raise ValueError(tr("The number of patterns cannot be negative; got {count}.", count=p))
    sources = [RandomPatternSource(seed, k) for k in range(p)]
    pats = np.stack([s(rows, cols).reshape(-1) for s in sources]) if p else np.zeros((0, rows * cols), np.int8)
    return pats, [tr("random {k}", k=k + 1) for k in range(p)], sources
