"""Parts of the RBM panel: settings, engines built off the GUI thread, rating colours, cheap redraws."""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import Any

import numpy as np
from PySide6.QtWidgets import QGraphicsItem

from simulator.core.text import tr
from simulator.gui.i18n import engine_text
from simulator.gui.widgets import colors
from simulator.gui.widgets.mosaic import GAP_RGBA
# Imported here, in the GUI thread, so that numba is never first imported by two threads at once.
from simulator.models import rbm as rbm_pkg
from simulator.models.rbm import data as rbm_data
from simulator.models.rbm import recommender as rec_pkg

TITLE = tr("Restricted Boltzmann machine")
#: (key, tab label, tooltip)
SCENES = (
    ("training", tr("Training"), tr("Train an RBM on the 8x8 handwritten digits with contrastive divergence and "
                                    "watch its filters, reconstructions and likelihood.")),
    ("dreaming", tr("Dreaming"), tr("Gibbs chains of the trained RBM, from noise or from a digit: v → h → v.")),
    ("completion", tr("Completion"), tr("Occlude or scribble over a digit; the known pixels are clamped and the "
                                        "rest is sampled from the trained RBM.")),
    ("recommender", tr("Recommender"), tr("An RBM over items learns users' planted tastes from their seen ratings "
                                          "and recommends unrated items; held-out ratings check it.")),
)
SCENE_KEYS = tuple(s[0] for s in SCENES)
BINARISE = (("threshold", tr("Threshold at ½"), tr("A pixel is on when its grey level is at least one half.")),
            ("stochastic", tr("Stochastic"), tr("A pixel is on with probability equal to its grey level, drawn once "
                                                "when training starts.")),
            ("grey", tr("Grey levels"), tr("The grey levels in [0, 1] themselves (the RBM reads them as "
                                           "probabilities).")))
#: Training data sources: (key, combo label, tooltip). Every source is drawn at the digits' 8 x 8.
DATA_SOURCES = (
    ("digits", tr("UCI digits"), tr("The 1797 UCI handwritten digits, 8x8 grey; 20 % held out to watch "
                                    "for overfitting.")),
    ("letters", tr("Letters A–Z"), tr("The 26 capital letters in the bundled bold font, rendered at 8x8 grey; "
                                      "all train, none held out.")),
    ("font_digits", tr("Font digits 0–9"), tr("The 10 digits in the bundled bold font, rendered at 8x8 grey; all "
                                              "train, none held out.")),
    ("hopfield", tr("Hopfield library"), tr("The patterns stored in the Hopfield panel's library (your "
                                            "drawings included), resampled to 8x8 when drawn on another grid; "
                                            "all train, none held out.")),
)
DATA_KEYS = tuple(d[0] for d in DATA_SOURCES)


def data_label(source: str, n: int) -> str:
    """What the panel trains on, for its messages: "the handwritten digits", "the letters A–Z (26 images, ...)"."""
    if source == "digits":
        return tr("the handwritten digits")
    label = {"letters": tr("the letters A–Z"), "font_digits": tr("the font digits 0–9")}.get(source)
    if label is None:
        label = tr("the Hopfield panel's {n} patterns", n=n) if n != 1 else tr("the Hopfield panel's {n} pattern", n=n)
    if n != 1:
        return tr("{data} ({n} images, none held out)", data=label, n=n)
    return tr("{data} ({n} image, none held out)", data=label, n=n)
#: Filters shown at most (one tile each); 500 hidden units fit in a 23 x 22 mosaic.
MAX_FILTERS = 500


@dataclass(frozen=True)
class TrainSettings:
    """The training controls' values (defaults from Hinton's practical guide, scaled to the digits)."""

    n_hidden: int = 64
    data: str = "digits"
    binarise: str = "threshold"
    k: int = 1
    persistent: bool = False
    batch_size: int = 10
    learning_rate: float = 0.1
    momentum: float = 0.5
    weight_decay: float = 1e-4
    epochs: int = 30


def build_engine(key: str, settings: TrainSettings, seed: int, rbm: Any = None, **opts: Any) -> Any:
    """Build scene ``key``'s engine (Qt-free, runs in a background job).

    "training" and "bench" build an :class:`RBMTrainer`: on the digits, or on the ink images
    (n, 64) in opts ``ink`` (a small set: binarised once, none held out); "dreaming" and
    "recommender" builds a :class:`Recommender` on synthetic ratings (opts ``n_hidden``, ``epochs``);
    "completion" need ``rbm``, a trained machine (the engines copy its weights).
    """
    if key in ("training", "bench"):
        s = settings if key == "training" else replace(settings, n_hidden=500, epochs=10_000)
        ink = opts.get("ink")
        data = None if ink is None else rbm_data.image_set_data(ink, s.binarise, seed)
        return rbm_pkg.RBMTrainer(data=data, n_hidden=s.n_hidden, epochs=s.epochs, seed=seed, binarization=s.binarise,
                                  k=s.k, persistent=s.persistent, batch_size=s.batch_size,
                                  learning_rate=s.learning_rate, momentum=s.momentum, weight_decay=s.weight_decay)
    if key == "recommender":
        return rec_pkg.Recommender(n_hidden=opts.get("n_hidden", 6), epochs=opts.get("epochs", 200), seed=seed)
    if rbm is None:
        raise ValueError(tr("Train the RBM first (the Training tab): dreaming and completion use its weights."))
    if key == "dreaming":
        return rbm_pkg.DreamEngine(rbm, n_chains=opts.get("n_chains", 16), start=opts.get("start"), seed=seed)
    if key == "completion":
        return rbm_pkg.CompletionEngine(rbm, opts["image"], opts["known"], seed=seed)
    raise ValueError(tr("Unknown scene {key}; choose one of {keys}.", key=repr(key), keys=", ".join(SCENE_KEYS)))


#: Rating matrix colours (Okabe-Ito, colour-blind safe): (code, label, colour).
RATING_KINDS = ((0, tr("liked"), colors.BLUE), (1, tr("not liked"), colors.VERMILLION), (2, tr("unrated"), "#DCDCD4"),
                (3, tr("held out"), colors.YELLOW))
RATING_LUT = np.array([[int(c[1 + 2 * i:3 + 2 * i], 16) for i in range(3)] + [255] for _k, _l, c in RATING_KINDS],
                      np.uint8)


def genre_name(g: int) -> str:
    """A genre's (or taste group's) letter: 0 -> "A"."""
    return chr(ord("A") + int(g) % 26)


def rating_codes(likes: np.ndarray, seen: np.ndarray, heldout: np.ndarray) -> np.ndarray:
    """Each entry's kind: 0 liked, 1 not liked (both seen), 2 unrated, 3 held out."""
    seen = np.asarray(seen, bool)
    code = np.where(np.asarray(likes) > 0.5, 0, 1)
    code = np.where(seen, code, 2)
    return np.where(np.asarray(heldout, bool) & ~seen, 3, code).astype(np.intp)


def rating_legend_html() -> str:
    """The legend line under the rating matrix: a coloured square per kind."""
    return "&nbsp;&nbsp;".join(f"<span style='color:{c}; font-size:large'>■</span>&nbsp;{engine_text(label)}"
                               for _k, label, c in RATING_KINDS)


def copy_rbm(rbm: Any) -> Any:
    """A detached copy of a trained RBM (taken in the GUI thread while no runner owns it)."""
    out = rbm_pkg.RBM(rbm.n_visible, rbm.n_hidden, seed=0)
    out.load_state_dict(rbm.state_dict())
    return out


def hist_edges(counts: np.ndarray, edges: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Counts as shares (bars of a step-mode curve), with their edges."""
    c = np.asarray(counts, np.float64)
    total = c.sum()
    return np.asarray(edges, np.float64), (c / total if total > 0 else c)


#: Seconds between redraws of each training view while running: nobody reads a filter mosaic or a
#: curve at 60 Hz, and every redraw costs the GUI thread milliseconds that the engine's thread could use.
TRAINING_VIEW_INTERVALS = {"filters": 1 / 20, "batch": 1 / 10, "error": 1 / 8, "ll": 1 / 8, "whist": 1 / 8,
                           "hhist": 1 / 8}
#: Seconds between updates of the readout while running (a label's new text lays the panel out again).
TEXT_INTERVAL = 1 / 15


class ViewTurns:
    """Which view a frame redraws while running: the most overdue one, at most one a frame.

    Parameters
    ----------
    intervals : dict of str to float
        Each view's shortest time between redraws, in seconds.
    """

    def __init__(self, intervals: dict[str, float]) -> None:
        self.intervals = dict(intervals)
        self.last = dict.fromkeys(self.intervals, -math.inf)

    def forget(self) -> None:
        """Every view is due at once (a new engine, or a paused one drawn in full)."""
        self.last = dict.fromkeys(self.intervals, -math.inf)

    def pick(self, now: float, candidates: Any = None) -> str | None:
        """The most overdue view among ``candidates`` (default all), marked as drawn at ``now``; None if none is due."""
        best, late = None, 1.0
        for key in self.intervals if candidates is None else candidates:
            ratio = (now - self.last[key]) / self.intervals[key]
            if ratio >= late:
                best, late = key, ratio
        if best is not None:
            self.last[best] = now
        return best


def training_trace(view: str, d: Any) -> tuple | None:
    """The arrays training view ``view`` draws from snapshot data ``d``; None for views that change every batch."""
    if view == "error":
        return d["recon_epochs"], d["recon_error"]
    if view == "ll":
        return (d["pseudo_ll_epochs"], d["pseudo_ll_train"], d["pseudo_ll_heldout"], d["exact_ll_epochs"],
                d["exact_ll_train"], d["exact_ll_heldout"], d["exact_ll_available"], d["uniform_ll"])
    return None


def same_arrays(a: tuple | None, b: tuple) -> bool:
    """Whether two tuples of arrays hold the same values (NaN equal to NaN): a trace drawn already."""
    return a is not None and len(a) == len(b) and all(
        np.shape(x) == np.shape(y) and np.array_equal(x, y, equal_nan=True) for x, y in zip(a, b))


def tile_mosaic(tiles: np.ndarray, cols: int, lut: np.ndarray, levels: tuple[float, float], rows: int,
                side: tuple[int, int] = (8, 8), gap: int = 1) -> np.ndarray:
    """The picture of :func:`~simulator.gui.widgets.mosaic.mosaic_rgba`, tiled with one reshape.

    The filter mosaic has up to 500 tiles: a Python loop over them, and colouring four bytes at
    a time, cost milliseconds of the GUI thread per redraw. Here each pixel is one 32-bit word.
    """
    h, w = side
    t = np.asarray(tiles, np.float64).reshape(-1, h, w)
    n = min(t.shape[0], rows * cols)
    lo, hi = levels
    span = hi - lo if hi > lo else 1.0
    scaled = np.nan_to_num((t[:n] - lo) / span * (len(lut) - 1), nan=0.0, posinf=len(lut) - 1, neginf=0.0)
    idx = np.clip(scaled.round(), 0, len(lut) - 1).astype(np.intp)
    words = np.ascontiguousarray(lut, np.uint8).view(np.uint32)[:, 0]
    grey = np.array(GAP_RGBA, np.uint8).view(np.uint32)[0]
    cells = np.full((rows * cols, h + gap, w + gap), grey, np.uint32)
    cells[:n, :h, :w] = words[idx]
    out = np.full((rows * (h + gap) + gap, cols * (w + gap) + gap), grey, np.uint32)
    # Each cell is a tile with its gap below and to the right; the first gap row and column stay grey.
    out[gap:, gap:] = cells.reshape(rows, cols, h + gap, w + gap).transpose(0, 2, 1, 3).reshape(
        rows * (h + gap), cols * (w + gap))
    return out.view(np.uint8).reshape(*out.shape, 4)


def cache_axes(plot_item: Any) -> None:
    """Keep each axis of ``plot_item`` (ticks, labels, grid) as a pixmap, repainted only when it changes.

    An axis with a grid covers its whole plot: without the cache, every new point of a curve
    replayed the axes' text and grid, the most expensive part of a plot's frame.
    """
    for name in ("left", "bottom"):
        plot_item.getAxis(name).setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
