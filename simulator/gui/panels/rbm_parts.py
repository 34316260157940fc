"""Parts of the RBM panel: its settings, engines built off the GUI thread, rating-matrix colours."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

import numpy as np

from simulator.gui.widgets import colors
# Imported here, in the GUI thread, so that numba is never first imported by two threads at once.
from simulator.models import rbm as rbm_pkg
from simulator.models.rbm import data as rbm_data
from simulator.models.rbm import recommender as rec_pkg

#: (key, tab label, tooltip)
SCENES = (
    ("training", "Training", "Train an RBM on the 8x8 handwritten digits with contrastive divergence and watch "
                             "its filters, reconstructions and likelihood."),
    ("dreaming", "Dreaming", "Gibbs chains of the trained RBM, from noise or from a digit: v → h → v."),
    ("completion", "Completion", "Occlude or scribble over a digit; the known pixels are clamped and the rest "
                                 "is sampled from the trained RBM."),
    ("recommender", "Recommender", "An RBM over items learns users' planted tastes from their seen ratings and "
                                   "recommends unrated items; held-out ratings check it."),
)
SCENE_KEYS = tuple(s[0] for s in SCENES)
BINARISE = (("threshold", "Threshold at ½", "A pixel is on when its grey level is at least one half."),
            ("stochastic", "Stochastic", "A pixel is on with probability equal to its grey level, drawn once "
                                        "when training starts."),
            ("grey", "Grey levels", "The grey levels in [0, 1] themselves (the RBM reads them as probabilities)."))
#: Training data sources: (key, combo label, tooltip). Every source is drawn at the digits' 8 x 8.
DATA_SOURCES = (
    ("digits", "UCI digits", "The 1797 UCI handwritten digits, 8x8 grey; 20 % held out to watch "
                                           "for overfitting."),
    ("letters", "Letters A–Z", "The 26 capital letters in the bundled bold font, rendered at 8x8 grey; "
                                      "all train, none held out."),
    ("font_digits", "Font digits 0–9", "The 10 digits in the bundled bold font, rendered at 8x8 grey; all "
                                         "train, none held out."),
    ("hopfield", "Hopfield library", "The patterns stored in the Hopfield panel's library (your "
                                              "drawings included), resampled to 8x8 when drawn on another grid; "
                                              "all train, none held out."),
)
DATA_KEYS = tuple(d[0] for d in DATA_SOURCES)
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
        raise ValueError("Train the RBM first (the Training tab): dreaming and completion use its weights.")
    if key == "dreaming":
        return rbm_pkg.DreamEngine(rbm, n_chains=opts.get("n_chains", 16), start=opts.get("start"), seed=seed)
    if key == "completion":
        return rbm_pkg.CompletionEngine(rbm, opts["image"], opts["known"], seed=seed)
    raise ValueError(f"Unknown scene {key!r}; choose one of {', '.join(SCENE_KEYS)}.")


#: Rating matrix colours (Okabe-Ito, colour-blind safe): (code, label, colour).
RATING_KINDS = ((0, "liked", colors.BLUE), (1, "not liked", colors.VERMILLION), (2, "unrated", "#DCDCD4"),
                (3, "held out", colors.YELLOW))
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
    return "&nbsp;&nbsp;".join(f"<span style='color:{c}; font-size:large'>■</span>&nbsp;{label}"
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
