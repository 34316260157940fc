"""Snapshot fields the explain pane shows: the last update's temperature, and the learner's rule and rate."""

from __future__ import annotations

import math

import numpy as np
import pytest

from simulator.models.boltzmann import BoltzmannLearner, BoltzmannMachine, Geometric, Quench


def machine(n=10, seed=0):
    rng = np.random.default_rng(seed)
    a = np.triu(rng.normal(0, 1, (n, n)), 1)
    return BoltzmannMachine(n, a + a.T, rng.normal(0, 0.5, n), seed=seed)


@pytest.mark.parametrize("updates", [1, 10, 37])
def test_last_temperature_is_the_one_the_last_update_used(updates):
    m = machine(10)
    schedule = Geometric(3.0, 0.7, 0.05, 50)
    m.set_schedule(schedule)
    m.step(updates)
    d = m.snapshot()
    sweep = (updates - 1) // 10
    expected = float(schedule.temperatures(np.array([float(sweep)]))[0])
    assert d["last_temperature"] == pytest.approx(expected, rel=1e-12)
    if updates % 10 == 0:  # a sweep just ended: the next update has the next sweep's temperature
        assert d["temperature"] < d["last_temperature"]
    i = d["last_unit"]
    gap = float(m.weights[i] @ d["state"] + m.biases[i])
    assert d["last_field"] == pytest.approx(gap, abs=1e-12)
    assert d["last_probability"] == pytest.approx(1.0 / (1.0 + math.exp(-gap / expected)), rel=1e-12)


def test_last_temperature_before_any_update_and_under_a_quench():
    m = machine(6)
    assert m.snapshot()["last_temperature"] == m.snapshot()["temperature"]
    m.set_schedule(Quench())
    m.step(4)
    assert m.snapshot()["last_temperature"] == 0.0


@pytest.mark.parametrize("update, eta", [("sign", 0.3), ("gradient", 0.8)])
def test_the_learner_reports_its_rule_and_learning_rate(update, eta):
    learner = BoltzmannLearner(n_visible=8, n_hidden=2, seed=0, update=update, eta=eta)
    learner.step(1)
    d = learner.snapshot()
    assert d["update_rule"] == update and d["learning_rate"] == eta
