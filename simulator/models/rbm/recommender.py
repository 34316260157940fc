"""The notes' application: an RBM recommender on a synthetic user x item like/unlike matrix with planted tastes."""

from __future__ import annotations

from typing import Any, Mapping, NamedTuple

import numpy as np

from simulator.core.checks import check_seed
from simulator.core.text import tr
from simulator.models.rbm.engine import RBM, _check_int, _check_real


class Ratings(NamedTuple):
    """A synthetic rating matrix.

    Attributes
    ----------
    likes : numpy.ndarray
        (users, items) float64 1 = like, 0 = unlike (the truth, for every entry).
    seen : numpy.ndarray
        (users, items) bool: ratings the recommender may train on.
    heldout : numpy.ndarray
        (users, items) bool: ratings hidden from training, used to measure accuracy.
    user_group, item_genre : numpy.ndarray
        The planted tastes: each user's taste group and each item's genre.
    """

    likes: np.ndarray
    seen: np.ndarray
    heldout: np.ndarray
    user_group: np.ndarray
    item_genre: np.ndarray


def make_ratings(n_users: int = 90, n_items: int = 30, n_groups: int = 3, p_like: float = 0.9,
                 p_other: float = 0.15, seen_fraction: float = 0.6, heldout_fraction: float = 0.2,
                 seed: int = 0) -> Ratings:
    """Users in ``n_groups`` taste groups; group g likes genre g's items with ``p_like``, others with ``p_other``.

    Each entry is seen with ``seen_fraction``, held out with ``heldout_fraction``, otherwise unrated.
    """
    n_users = _check_int(n_users, tr("the number of users"), 2)
    n_items = _check_int(n_items, tr("the number of items"), 2)
    n_groups = _check_int(n_groups, tr("the number of taste groups"), 1, min(n_users, n_items))
    p_like = _check_real(p_like, tr("the like probability"), 0.0, 1.0)
    p_other = _check_real(p_other, tr("the other-genre like probability"), 0.0, 1.0)
    seen_fraction = _check_real(seen_fraction, tr("the seen fraction"), 0.0, 1.0)
    heldout_fraction = _check_real(heldout_fraction, tr("the held-out fraction"), 0.0, 1.0 - seen_fraction)
    rng = np.random.default_rng(check_seed(seed))
    user_group = np.sort(rng.integers(0, n_groups, n_users))
    item_genre = np.arange(n_items) * n_groups // n_items
    p = np.where(user_group[:, None] == item_genre[None, :], p_like, p_other)
    likes = (rng.random((n_users, n_items)) < p).astype(np.float64)
    u = rng.random((n_users, n_items))
    seen = u < seen_fraction
    heldout = (u >= seen_fraction) & (u < seen_fraction + heldout_fraction)
    return Ratings(likes, seen, heldout, user_group, item_genre)


class Recommender:
    """An RBM over items, trained on each user's seen ratings; a Runner engine (``step(n)`` = n epochs).

    Missing entries are handled by mean imputation: an unrated entry is fed to the RBM as the
    item's like rate among its seen ratings (a probability in [0, 1]), so it pulls the
    weights towards the average instead of towards "unlike". A user's score for an item is
    the RBM's reconstruction p(v_item = 1 | h = p(h | v_user)).

    Parameters
    ----------
    ratings : Ratings, optional
        Default: :func:`make_ratings` with ``seed``.
    n_hidden : int
        Hidden units (about the number of tastes suffices).
    epochs : int
        Training stops (settles) after this many.
    seed : int
    **params
        Training parameters of :meth:`RBM.set_params`.
    """

    def __init__(self, ratings: Ratings | None = None, n_hidden: int = 6, epochs: int = 200, seed: int = 0,
                 **params: Any) -> None:
        self.seed = check_seed(seed)
        self.ratings = ratings if ratings is not None else make_ratings(seed=self.seed)
        self.n_hidden = _check_int(n_hidden, tr("the number of hidden units"), 1)
        self.epochs = _check_int(epochs, tr("the number of epochs"), 0)
        r = self.ratings
        seen_counts = r.seen.sum(axis=0)
        self.item_rate = np.where(seen_counts > 0, (r.likes * r.seen).sum(axis=0) / np.maximum(seen_counts, 1), 0.5)
        self.inputs = np.where(r.seen, r.likes, self.item_rate[None, :])
        self.params = {"batch_size": 10, "learning_rate": 0.05, "momentum": 0.5, "weight_decay": 0.0001, **params}
        self.reset(self.seed)

    def reset(self, seed: int | None = None) -> None:
        if seed is not None:
            self.seed = check_seed(seed)
        self.rbm = RBM(self.inputs.shape[1], self.n_hidden, seed=self.seed)
        self.rbm.start_training(self.inputs, **self.params)
        self._trace: list[tuple[int, float]] = []

    def step(self, n: int = 1) -> int:
        """Train ``n`` more epochs (never past :attr:`epochs`); returns how many ran."""
        n = min(_check_int(n, tr("the number of epochs"), 0), self.epochs - self.rbm.epoch)
        done = 0
        for _ in range(max(0, n)):
            if self.rbm.error is not None:
                break
            self.rbm.train_batches(self.rbm.batches_per_epoch)
            done += 1
            # A point per epoch, so the trace does not depend on how the Runner groups epochs into calls.
            self._trace.append((self.rbm.epoch, self.heldout_accuracy()))
        return done

    def advance(self, n: int, stop_when_settled: bool = True) -> int:
        """The runner's entry point: :meth:`step`, whose count (fewer at the last epoch) the runner then uses.

        A finished training has nothing left to do, so it stops there either way.
        """
        return self.step(n)

    def is_settled(self) -> bool:
        return self.rbm.epoch >= self.epochs or self.rbm.error is not None

    def fit(self, epochs: int | None = None) -> "Recommender":
        """Train to ``epochs`` (default :attr:`epochs`) epochs; returns self."""
        if epochs is not None:
            self.epochs = _check_int(epochs, tr("the number of epochs"), 0)
        self.step(self.epochs)
        return self

    def scores(self) -> np.ndarray:
        """(users, items) predicted like probabilities."""
        return self.rbm.reconstruct(self.inputs)

    def recommend(self, user: int, n: int = 5) -> np.ndarray:
        """The ``n`` best-scored items ``user`` has not rated as seen (item indices, best first)."""
        user = _check_int(user, tr("the user"), 0, self.inputs.shape[0] - 1)
        s = self.rbm.reconstruct(self.inputs[user])[0]
        cand = np.flatnonzero(~self.ratings.seen[user])
        return cand[np.argsort(-s[cand], kind="stable")][:_check_int(n, tr("the number of recommendations"), 0)]

    def heldout_accuracy(self) -> float:
        """Share of held-out ratings predicted right (like when the score is above 1/2)."""
        r = self.ratings
        if not r.heldout.any():
            return float("nan")
        pred = self.scores() > 0.5
        return float(np.mean(pred[r.heldout] == (r.likes[r.heldout] > 0.5)))

    def popularity_accuracy(self) -> float:
        """The baseline: predict like for an item when most of its seen ratings are likes."""
        r = self.ratings
        if not r.heldout.any():
            return float("nan")
        pred = np.broadcast_to(self.item_rate > 0.5, r.likes.shape)
        return float(np.mean(pred[r.heldout] == (r.likes[r.heldout] > 0.5)))

    def snapshot(self) -> dict[str, Any]:
        """"likes", "seen", "heldout" matrices, "scores", "epoch", "accuracy"/"popularity_accuracy" and their trace."""
        trace = np.array(self._trace, dtype=np.float64).reshape(-1, 2)
        r = self.ratings
        return {"likes": r.likes.copy(), "seen": r.seen.copy(), "heldout": r.heldout.copy(),
                "user_group": r.user_group.copy(), "item_genre": r.item_genre.copy(), "scores": self.scores(),
                "epoch": self.rbm.epoch, "epochs": self.epochs, "accuracy": self.heldout_accuracy(),
                "popularity_accuracy": self.popularity_accuracy(), "accuracy_epochs": trace[:, 0],
                "accuracy_trace": trace[:, 1], "weights": self.rbm._w.copy(), "settled": self.is_settled(),
                "error": self.rbm.error}

    def state_dict(self) -> dict[str, Any]:
        """Settings, weights, the training run under way and the accuracy trace (the ratings come from the seed)."""
        return {"seed": self.seed, "epochs": self.epochs, "rbm": self.rbm.state_dict(), "n_hidden": self.n_hidden,
                "params": dict(self.params), "training": self.rbm.training_state(),
                "trace": np.array(self._trace, dtype=np.float64).reshape(-1, 2)}

    @classmethod
    def from_state_dict(cls, state: Mapping[str, Any]) -> "Recommender":
        """A recommender on the default ratings of the saved seed, going on where the saved one was."""
        try:
            rec = cls(n_hidden=state["n_hidden"], epochs=state["epochs"], seed=state["seed"], **dict(state["params"]))
        except (KeyError, TypeError) as exc:
            raise ValueError(tr("the saved recommender is incomplete or damaged ({error})", error=exc)) from None
        rec.load_state_dict(state)
        return rec

    def load_state_dict(self, state: Mapping[str, Any]) -> None:
        """Restore :meth:`state_dict`; validated first, nothing changes on error."""
        rbm = RBM(self.rbm.n_visible, self.rbm.n_hidden, seed=self.seed)
        rbm.load_state_dict(state["rbm"])
        epochs = _check_int(state.get("epochs", self.epochs), tr("the number of epochs"), 0)
        trace = self._trace
        if "training" in state:
            rbm.load_training_state(state["training"])
            try:
                rows = np.asarray(state["trace"], np.float64).reshape(-1, 2)
            except (KeyError, TypeError, ValueError) as exc:
                raise ValueError(tr("the saved accuracy trace is damaged ({error})", error=exc)) from None
            trace = [(int(e), float(a)) for e, a in rows]
        else:
            rbm.start_training(self.inputs, **self.params)
        self.rbm, self.epochs, self._trace = rbm, epochs, trace
