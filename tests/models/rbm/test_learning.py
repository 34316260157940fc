"""Learning: CD-k approaches the exact gradient, training raises the likelihood, completion beats chance."""

from __future__ import annotations

import numpy as np
import pytest

from simulator.models.rbm import RBM, CompletionEngine, DreamEngine, RBMTrainer
from simulator.models.rbm import reference
from simulator.models.rbm.data import digit_data
from simulator.models.rbm.recommender import Recommender, make_ratings


def cosine(x, y):
    return float((x * y).sum() / np.linalg.norm(x) / np.linalg.norm(y))


def test_cd_with_large_k_approaches_the_exact_gradient():
    rng = np.random.default_rng(0)
    nv, nh = 6, 3
    r = RBM(nv, nh, seed=1)
    r.weights = rng.standard_normal((nv, nh))
    r.visible_bias = 0.5 * rng.standard_normal(nv)
    r.hidden_bias = 0.5 * rng.standard_normal(nh)
    data = (rng.random((4, nv)) < 0.5).astype(float)
    exact = reference.exact_gradient(data, r.weights, r.visible_bias, r.hidden_bias)
    reps = 3000
    start = np.repeat(data, reps, axis=0)
    pos = data.T @ r.transform(data) / len(data)

    def cd(k):
        vk = r.gibbs(start, k)
        return pos - vk.T @ r.transform(vk) / len(vk)

    cos_50 = cosine(cd(50), exact)
    assert cos_50 > 0.97
    assert cos_50 > cosine(cd(1), exact) - 0.01


def bars(n=4):
    """2n patterns of an n x n image: each row or column filled."""
    out = []
    for i in range(n):
        img = np.zeros((n, n))
        img[i] = 1
        out.append(img.ravel())
        img = np.zeros((n, n))
        img[:, i] = 1
        out.append(img.ravel())
    return np.array(out)


def test_training_raises_exact_log_likelihood_far_above_uniform():
    data = bars(3)  # 6 patterns of 9 pixels
    r = RBM(9, 8, seed=0)
    uniform = -9 * np.log(2.0)
    before = r.log_likelihood(data)
    r.fit(np.tile(data, (5, 1)), 300, batch_size=6, learning_rate=0.1, k=1)
    after = r.log_likelihood(data)
    assert before == pytest.approx(uniform, abs=0.1)
    assert after > uniform + 3.5  # the best possible is log(1/6) = uniform + 4.45
    assert after <= 1e-9


def test_persistent_cd_also_learns():
    data = bars(3)
    r = RBM(9, 8, seed=2)
    r.fit(np.tile(data, (5, 1)), 300, batch_size=6, learning_rate=0.05, k=1, persistent=True)
    assert r.log_likelihood(data) > -9 * np.log(2.0) + 2.0


@pytest.fixture(scope="module")
def digit_rbm():
    d = digit_data("threshold", 0.2, seed=0)
    r = RBM(64, 64, seed=0).fit(d.train, 15, learning_rate=0.05)
    return r, d


def test_completion_restores_an_occluded_digit_better_than_chance(digit_rbm):
    r, d = digit_rbm
    x = d.heldout[:40]
    known = np.ones(64, bool)
    known[32:] = False  # the bottom half is occluded
    filled = r.complete(x, known, steps=60)
    err = np.abs(filled[:, ~known] - x[:, ~known]).mean()
    # Chance: filling each pixel with its marginal (training) frequency.
    marg = d.train.mean(axis=0)[~known]
    chance = np.abs(marg[None, :] - x[:, ~known]).mean()
    assert err < 0.75 * chance
    np.testing.assert_array_equal(filled[:, known], x[:, known])


def test_digit_training_improves_pseudo_likelihood_and_reconstruction(digit_rbm):
    r, d = digit_rbm
    fresh = RBM(64, 64, seed=0)
    g = np.random.default_rng(0)
    assert r.pseudo_likelihood(d.heldout, g).mean() > fresh.pseudo_likelihood(d.heldout, g).mean() + 10
    assert r.reconstruction_error(d.heldout) < 0.5 * fresh.reconstruction_error(d.heldout)


def test_completion_engine_clamped_beats_free(digit_rbm):
    r, d = digit_rbm
    known = np.ones(64, bool)
    known[:24] = False
    errs = []
    for i in range(6):
        eng = CompletionEngine(r, d.heldout[i], known, seed=i)
        eng.step(40)
        s = eng.snapshot()
        np.testing.assert_array_equal(s["fill"][known], d.heldout[i][known])
        assert len(s["fill_error_trace"]) == 40
        errs.append((s["fill_error"], s["free_error"]))
    errs = np.array(errs)
    assert errs[:, 0].mean() < errs[:, 1].mean()


def test_dream_engine_runs_and_replays(digit_rbm):
    r, _ = digit_rbm
    eng = DreamEngine(r, n_chains=4, seed=3)
    eng.step(5)
    s1 = eng.snapshot()
    assert s1["v"].shape == (4, 64) and s1["h"].shape == (4, 64) and s1["steps"] == 5
    assert set(np.unique(s1["v"])) <= {0.0, 1.0}
    eng.reset()
    eng.step(5)
    np.testing.assert_array_equal(eng.snapshot()["v"], s1["v"])
    eng.set_start(np.zeros(64))
    assert eng.steps == 0 and not eng.snapshot()["v"].any()


def test_trainer_steps_snapshot_and_settles():
    tr = RBMTrainer(n_hidden=12, epochs=2, seed=4)
    nb = tr.batches_per_epoch
    assert tr.step(5) == 5
    s = tr.snapshot()
    assert s["batches"] == 5 and s["epoch"] == 0 and not s["settled"]
    assert tr.step(10 * nb) == 2 * nb - 5
    s = tr.snapshot()
    assert s["settled"] and s["epoch"] == 2 and s["error"] is None
    assert s["weights"].shape == (64, 12)
    assert len(s["pseudo_ll_train"]) == 3 and len(s["exact_ll_train"]) == 3
    assert s["exact_ll_train"][-1] > s["exact_ll_train"][0] > s["uniform_ll"] - 1
    assert s["pseudo_ll_heldout"][-1] > s["pseudo_ll_heldout"][0]
    assert s["recon_error"][-1] < s["recon_error"][0]
    assert s["weight_hist"].sum() == 64 * 12 and len(s["weight_edges"]) == len(s["weight_hist"]) + 1
    assert s["hidden_hist"].sum() == 10 * 12
    assert s["batch_in"].shape == s["batch_recon"].shape == (10, 64)
    w = s["weights"]
    tr.reset()
    tr.step(2 * nb)
    np.testing.assert_array_equal(tr.snapshot()["weights"], w)


def test_trainer_large_hidden_layer_has_no_exact_likelihood():
    tr = RBMTrainer(n_hidden=30, epochs=1, seed=0)
    tr.step(3)
    s = tr.snapshot()
    assert not s["exact_ll_available"] and len(s["exact_ll_train"]) == 0


def test_trainer_live_parameter_change():
    tr = RBMTrainer(n_hidden=8, epochs=1, seed=0)
    tr.step(3)
    tr.set_params(batch_size=25, k=2, persistent=True)
    assert tr.batches_per_epoch == -(-len(tr.data) // 25)
    tr.step(tr.batches_per_epoch)
    assert tr.is_settled()


def test_recommender_beats_popularity():
    rec = Recommender(make_ratings(seed=1), n_hidden=6, epochs=150, seed=0).fit()
    assert rec.heldout_accuracy() > rec.popularity_accuracy() + 0.1
    top = rec.recommend(0, 5)
    assert len(top) == 5 and not rec.ratings.seen[0, top].any()
    s = rec.snapshot()
    assert s["settled"] and s["scores"].shape == s["likes"].shape


def test_damaged_parameters_and_training_states_are_refused():
    trainer = RBMTrainer(digit_data()[0][:40], n_hidden=6, seed=1, batch_size=10)
    trainer.step(3)
    rbm = trainer.rbm
    with pytest.raises(ValueError, match="NaN or infinity"):
        rbm.hidden_bias = np.full(6, 1e300)  # finite as float64, infinite as the float32 the RBM keeps
    saved = rbm.training_state()
    before = rbm.training_state()
    for key, bad, words in (("rng", {**saved["rng"], "state": {**saved["rng"]["state"], "inc": -1}}, "0 or larger"),
                            ("order", np.full(len(saved["order"]), 0.5), "whole numbers"),
                            ("velocity_a", np.full(64, np.nan), "finite")):
        with pytest.raises(ValueError, match=words):
            rbm.load_training_state(dict(saved, **{key: bad}))
    after = rbm.training_state()
    for k in ("order", "velocity_w", "velocity_a"):
        np.testing.assert_array_equal(after[k], before[k])
