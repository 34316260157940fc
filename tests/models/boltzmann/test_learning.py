"""Boltzmann learning with hidden units: the rule, the 4-2-4 encoder's learner, its runner protocol."""

from __future__ import annotations

import math

import numpy as np
import pytest

from simulator.core.engine import Engine
from simulator.models.boltzmann import BoltzmannLearner, fit
from simulator.models.boltzmann import reference
from simulator.models.boltzmann.learning import encoder_patterns


def test_encoder_problem_setup():
    learner = BoltzmannLearner(seed=0)
    assert isinstance(learner, Engine)
    assert (learner.n_visible, learner.n_hidden, learner.n_units, learner.n_inputs) == (8, 2, 10, 4)
    np.testing.assert_array_equal(learner.patterns, encoder_patterns(4))
    mask = learner.mask
    assert not mask[:4, 4:8].any() and not mask[4:8, :4].any()  # inputs never meet outputs directly
    assert mask[:4, 8:].all() and mask[4:8, 8:].all() and mask[8, 9] and mask[0, 1]
    assert not np.diag(mask).any()
    w = learner.weights
    assert np.array_equal(w, w.T) and np.all(w[~mask] == 0)


def test_the_gradient_rule_is_eta_times_clamped_minus_free_statistics():
    eta = 0.7
    learner = BoltzmannLearner(seed=4, update="gradient", eta=eta, noisy_clamping=None, weight_decay=0.0)
    w0, b0 = learner.weights, learner.biases
    learner.step(1)
    # Replay the learner's random numbers: initial weights and biases, then the cycle's draws.
    rng = np.random.default_rng(4)
    n, nh, P = 10, 2, 4
    rng.uniform(-0.1, 0.1, size=(n, n))
    rng.uniform(-0.1, 0.1, size=n)
    temps = np.array([2.0, 2.0, 1.5, 1.5, 1.2, 1.2, 1.0, 1.0, 1.0, 1.0] + [1.0] * 10)
    S = len(temps)
    hs = (rng.random((P, nh)) < 0.5).astype(np.int8)
    po = rng.permuted(np.tile(np.arange(nh), (P, S, 1)), axis=2)
    pu = rng.random((P, S, nh))
    fs = (rng.random((P, n)) < 0.5).astype(np.int8)
    no = rng.permuted(np.tile(np.arange(n), (P, S, 1)), axis=2)
    nu = rng.random((P, S, n))
    cp, mp, cn, mn, sp, sn = reference.learning_phases(w0, b0, encoder_patterns(4), hs, po, pu, fs, no, nu,
                                                       temps, 10)
    want_w = w0 + eta * (cp / sp - cn / sn) * learner.mask
    np.testing.assert_allclose(learner.weights, want_w, atol=1e-12)
    np.testing.assert_allclose(learner.biases, b0 + eta * (mp / sp - mn / sn), atol=1e-12)
    assert not np.allclose(learner.weights, w0)


def test_sign_updates_move_each_weight_by_eta():
    learner = BoltzmannLearner(seed=1, eta=0.25, weight_decay=0.0)
    w0 = learner.weights
    learner.step(1)
    d = np.abs(learner.weights - w0)[learner.mask]
    assert np.all(np.isclose(d, 0.25) | np.isclose(d, 0.0))
    assert np.isclose(d, 0.25).mean() > 0.5


def test_same_seed_same_learning_and_reset():
    a = BoltzmannLearner(seed=7)
    a.step(15)
    b = BoltzmannLearner(seed=7)
    for _ in range(3):
        b.step(5)
    np.testing.assert_array_equal(a.weights, b.weights)
    assert a.cycle == b.cycle == 15
    w15 = a.weights
    a.reset()
    assert a.cycle == 0
    a.step(15)
    np.testing.assert_array_equal(a.weights, w15)
    a.reset(seed=8)
    a.step(15)
    assert not np.array_equal(a.weights, w15)


def test_snapshot_and_traces():
    learner = BoltzmannLearner(seed=2)
    snap = learner.snapshot()
    assert snap["cycle"] == 0 and snap["trace_count"] == 1
    learner.step(12)
    snap = learner.snapshot()
    assert snap["hidden_codes"].shape == (4, 2) and snap["output_probabilities"].shape == (4, 4)
    assert 0.0 <= snap["accuracy"] <= 1.0 and snap["cycle"] == 12
    assert snap["weights"].shape == (10, 10) and snap["biases"].shape == (10,)
    assert snap["trace_count"] == 13
    np.testing.assert_array_equal(snap["trace_cycles"], np.arange(13))
    assert snap["trace_accuracy"].shape == (13,) and np.all(snap["trace_dw"][1:] > 0)
    assert snap["weights_version"] > 0 and isinstance(snap["learned"], bool)
    snap["weights"][:] = 0
    assert learner.weights.any()


def test_evaluation_is_exact_and_stable():
    learner = BoltzmannLearner(seed=3)
    # zero weights: every output configuration is equally likely, so nothing is reproduced
    learner.set_weights(np.zeros((10, 10)), np.zeros(10))
    assert learner.accuracy() == 0.0
    np.testing.assert_allclose(learner.hidden_codes(), 0.5)
    np.testing.assert_allclose(learner.output_probabilities(), 0.5)
    # a hand-made solution: input i switches on hidden code i, code i switches on output i
    codes = np.array([[0, 0], [0, 1], [1, 0], [1, 1]])
    w = np.zeros((10, 10))
    b = np.zeros(10)
    b[8:] = -4.0
    for i, c in enumerate(codes):
        for k in range(2):
            w[i, 8 + k] = w[8 + k, i] = 8.0 if c[k] else -8.0
            w[4 + i, 8 + k] = w[8 + k, 4 + i] = 6.0 if c[k] else -6.0
        # output i's gap is +3 with code i on and at most -3 with any other code
        b[4 + i] = -6.0 * c.sum() + 3.0
    learner.set_weights(w, b)
    assert learner.accuracy() == 1.0 and learner.is_settled()
    np.testing.assert_allclose(learner.hidden_codes(), codes, atol=0.02)
    assert np.array_equal(learner.hidden_codes(), learner.hidden_codes())


def test_learning_reaches_the_encoder_and_settles():
    learner = BoltzmannLearner(seed=0)
    cycles = learner.fit(500, until_learned=True)
    assert learner.is_settled() and cycles == learner.cycle < 500
    assert learner.snapshot()["trace_accuracy"][-1] == 1.0


def test_state_dict_round_trip():
    a = BoltzmannLearner(seed=5)
    a.step(20)
    d = a.state_dict()
    b = BoltzmannLearner(seed=1)
    b.load_state_dict(d)
    np.testing.assert_array_equal(b.weights, a.weights)
    np.testing.assert_array_equal(b.hidden_codes(), a.hidden_codes())
    assert b.cycle == 20 and b.seed == 5
    before = b.weights
    bad = dict(d, weights=np.ones((10, 10)))
    with pytest.raises(ValueError, match="diagonal"):
        b.load_state_dict(bad)
    np.testing.assert_array_equal(b.weights, before)


def test_fit_on_other_data():
    pats = np.array([[1, 1, 0, 0, 0, 0], [0, 0, 1, 1, 0, 0], [0, 0, 0, 0, 1, 1]])
    learner = fit(pats, hidden=2, cycles=30, seed=0)
    assert learner.cycle == 30 and learner.n_units == 8 and learner.n_inputs == 0
    assert math.isnan(learner.accuracy()) and not learner.is_settled()
    assert learner.hidden_codes().shape == (3, 2)
    # with the first unit of each pair as input, the second one is the output to reproduce
    clf = fit(pats[:, [0, 2, 4, 1, 3, 5]], hidden=1, cycles=200, seed=0, n_inputs=3)
    assert clf.accuracy() == 1.0


@pytest.mark.parametrize("kwargs, message", [
    (dict(n_visible=7), "even number of visible units"),
    (dict(n_visible=0), "at least 1"),
    (dict(n_hidden=-1), "at least 0"),
    (dict(eta=0), "above 0"),
    (dict(eta=float("nan")), "number"),
    (dict(annealing=[(0.0, 2)]), "above 0"),
    (dict(annealing=[(1.0, 0)]), "at least 1"),
    (dict(annealing=[]), "at least one"),
    (dict(collect_sweeps=0), "at least 1"),
    (dict(weight_decay=1.5), "below 1"),
    (dict(update="adam"), "unknown update"),
    (dict(noisy_clamping=(0.1, 0.5)), "noisy clamping"),
    (dict(n_inputs=9), "more input units"),
    (dict(patterns=[[1, 0, 2, 0, 1, 0, 1, 0]]), "only 0 and 1"),
    (dict(patterns=[[1, 0]]), r"\(P, 8\)"),
    (dict(mask=np.ones((10, 10), bool)), "itself"),
    (dict(mask=np.triu(np.ones((10, 10), bool), 1)), "symmetric"),
    (dict(seed=-1), "at least 0"),
])
def test_bad_learner_parameters(kwargs, message):
    with pytest.raises(ValueError, match=message):
        BoltzmannLearner(**kwargs)


def test_bad_weights_for_the_mask_refused_and_nothing_changes():
    learner = BoltzmannLearner(seed=0)
    w, b = learner.weights, learner.biases
    bad = np.zeros((10, 10))
    bad[0, 5] = bad[5, 0] = 1.0  # input 0 to output 1: not connected
    with pytest.raises(ValueError, match="mask leaves unconnected"):
        learner.set_weights(bad, b)
    with pytest.raises(ValueError, match="biases"):
        learner.set_weights(np.zeros((10, 10)), [0.0] * 3)
    np.testing.assert_array_equal(learner.weights, w)
    with pytest.raises(ValueError, match="at least 0"):
        learner.step(-1)


def test_machine_learn_trains_hidden_units_and_keeps_the_learned_weights():
    from simulator.models.boltzmann import BoltzmannMachine

    data = np.array([[1, 0, 1, 0], [0, 1, 0, 1]], np.int8)
    bm = BoltzmannMachine(6, seed=4)
    before = bm.weights
    learner = bm.learn(data, cycles=40)
    assert learner.n_visible == 4 and learner.n_hidden == 2 and learner.cycle == 40
    assert np.array_equal(bm.weights, learner.weights) and np.array_equal(bm.biases, learner.biases)
    assert not np.array_equal(bm.weights, before)
    # the trained machine, sampled freely, prefers the two training patterns over the other visible states
    states, p = bm.exact_distribution(1.0)
    vis = states[:, :4]
    p_data = sum(p[(vis == row).all(axis=1)].sum() for row in data)
    assert p_data > 0.5  # untrained (all weights 0) it is 2/16; 40 cycles give about 0.85


def test_machine_learn_refuses_more_visible_values_than_units_and_changes_nothing():
    from simulator.models.boltzmann import BoltzmannMachine

    bm = BoltzmannMachine(3, seed=1)
    w = bm.weights
    with pytest.raises(ValueError, match="at most 3 values"):
        bm.learn(np.ones((2, 4), np.int8), cycles=5)
    assert np.array_equal(bm.weights, w)
