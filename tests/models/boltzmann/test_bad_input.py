"""Bad input is refused with a sentence and changes nothing."""

from __future__ import annotations

import numpy as np
import pytest

from simulator.models.boltzmann import BoltzmannMachine, Constant, Linear
from simulator.models.boltzmann import engine as E


def good(n=4, seed=0):
    rng = np.random.default_rng(seed)
    a = np.triu(rng.normal(0, 1, (n, n)), 1)
    return a + a.T, rng.normal(0, 1, n)


def fingerprint(m):
    s = m.snapshot()
    return (m.weights.tobytes(), m.biases.tobytes(), m.state.tobytes(), m.start_state.tobytes(), m.updates,
            s["weights_version"], s["schedule_version"], m.schedule.to_dict(), m.order, m.seed,
            s["flip_counts"].tobytes(), s["visit_counts"].tobytes())


def asym():
    w, _ = good()
    w[0, 3] = 0.5
    w[3, 0] = 0.2
    return w


def diag():
    w, _ = good()
    w[2, 2] = 0.5
    return w


def nan():
    w, _ = good()
    w[1, 2] = w[2, 1] = np.nan
    return w


WEIGHT_CASES = [
    (asym, r"the weights must be symmetric: w\[0, 3\] = 0.5 but w\[3, 0\] = 0.2"),
    (diag, r"diagonal .* w\[2, 2\] = 0.5"),
    (nan, r"finite numbers; found nan at w\[1, 2\]"),
    (lambda: np.where(np.eye(4) == 1, 0.0, np.inf), "finite"),
    (lambda: np.zeros((4, 5)), r"4 x 4 matrix, got shape \(4, 5\)"),
    (lambda: np.zeros(4), "4 x 4 matrix"),
    (lambda: [["a"] * 4] * 4, "matrix of numbers"),
]


@pytest.mark.parametrize("make, message", WEIGHT_CASES)
def test_bad_weights_refused_by_constructor(make, message):
    with pytest.raises(ValueError, match=message):
        BoltzmannMachine(4, make())


@pytest.mark.parametrize("make, message", WEIGHT_CASES)
def test_bad_weights_refused_by_set_weights_and_nothing_changes(make, message):
    w, b = good()
    m = BoltzmannMachine(4, w, b, seed=1)
    m.step(9)
    before = fingerprint(m)
    with pytest.raises(ValueError, match=message):
        m.set_weights(make())
    assert fingerprint(m) == before


@pytest.mark.parametrize("b, message", [
    ([1.0, 2.0, 3.0], "need 4 values, got 3"),
    ([1.0, np.nan, 0, 0], "found nan at position 1"),
    ([np.inf, 0, 0, 0], "finite"),
])
def test_bad_biases(b, message):
    w, b0 = good()
    m = BoltzmannMachine(4, w, b0, seed=1)
    before = fingerprint(m)
    with pytest.raises(ValueError, match=message):
        m.set_weights(w, b)
    with pytest.raises(ValueError, match=message):
        m.set_biases(b)
    with pytest.raises(ValueError, match=message):
        BoltzmannMachine(4, w, b)
    assert fingerprint(m) == before


@pytest.mark.parametrize("n, message", [(0, "at least 1 unit"), (-3, "at least 1 unit"), (2.5, "whole number"),
                                        (True, "whole number")])
def test_bad_sizes(n, message):
    with pytest.raises(ValueError, match=message):
        BoltzmannMachine(n)


def test_huge_network_refused_with_memory_sentence():
    with pytest.raises(ValueError, match="GB for its weight matrix"):
        BoltzmannMachine(10**7)


def test_nearly_symmetric_rounding_is_accepted_and_made_exact():
    w, b = good()
    w[0, 1] += 1e-15
    m = BoltzmannMachine(4, w, b)
    assert np.array_equal(m.weights, m.weights.T)


@pytest.mark.parametrize("x, message", [
    ([1, -1, 1, -1], "looks like a \\+1/-1 state .* set_state_pm"),
    ([1, 0, 2, 0], "0 or 1; found 2 at position 2"),
    ([1, 0, np.nan, 0], "found NaN at position 2"),
    ([1, 0, 1], "needs 4 values, got 3"),
    ([[1, 0, 1, 0]], "one vector"),
    (["a", "b", "c", "d"], "not text"),
])
def test_bad_states_refused_and_nothing_changes(x, message):
    w, b = good()
    m = BoltzmannMachine(4, w, b, seed=0)
    m.step(5)
    before = fingerprint(m)
    with pytest.raises(ValueError, match=message):
        m.set_state(x)
    assert fingerprint(m) == before


def test_pm_view_refuses_zeros():
    m = BoltzmannMachine(4, seed=0)
    with pytest.raises(ValueError, match=r"\+1 or -1; found 0 at positions 1 and 3"):
        m.set_state_pm([1, 0, -1, 0])
    m.set_state_pm([1, -1, 1, -1])
    np.testing.assert_array_equal(m.state, [1, 0, 1, 0])


@pytest.mark.parametrize("T", [0, -1.0, float("nan"), float("inf"), "1"])
def test_bad_temperatures_refused_everywhere(T):
    w, b = good()
    m = BoltzmannMachine(4, w, b, seed=0)
    m.step(3)
    before = fingerprint(m)
    with pytest.raises(ValueError, match="temperature|number"):
        m.gibbs(3, T)
    with pytest.raises(ValueError, match="temperature|number"):
        m.exact_distribution(T)
    with pytest.raises(ValueError, match="temperature|number"):
        m.probabilities_on(T)
    with pytest.raises(ValueError, match="temperature|number"):
        m.set_schedule(Constant(T))
    assert fingerprint(m) == before


def test_too_large_enumeration_refused_with_size():
    m = BoltzmannMachine(25, seed=0)
    with pytest.raises(ValueError, match=r"up to 20 units: the 2\^25 states .* would need 1.38 GB"):
        m.exact_distribution(1.0)
    with pytest.raises(ValueError, match="2\\^25 states"):
        m.exact_energies()
    huge = BoltzmannMachine(200, seed=0)
    with pytest.raises(ValueError, match=r"2\^200 states .*e\+53 GB"):
        huge.exact_distribution(1.0)


@pytest.mark.parametrize("call, message", [
    (lambda m: m.step(-1), "cannot be negative"),
    (lambda m: m.step(1.5), "whole number"),
    (lambda m: m.advance(-2), "cannot be negative"),
    (lambda m: m.gibbs(-1, 1.0), "cannot be negative"),
    (lambda m: m.gibbs(3, 1.0, record="everything"), "unknown record"),
    (lambda m: m.gibbs(3, 1.0, order="backwards"), "unknown order"),
    (lambda m: m.anneal(Constant(1.0)), "never ends"),
    (lambda m: m.anneal("slowly"), "a schedule must be"),
    (lambda m: m.set_schedule(None), "a schedule must be"),
    (lambda m: setattr(m, "order", "zigzag"), "unknown order"),
    (lambda m: m.reset(seed=-4), "seed"),
    (lambda m: m.energy([1, 0]), "needs 4 values"),
])
def test_bad_calls_refused_and_nothing_changes(call, message):
    w, b = good()
    m = BoltzmannMachine(4, w, b, seed=0)
    m.step(7)
    before = fingerprint(m)
    with pytest.raises(ValueError, match=message):
        call(m)
    assert fingerprint(m) == before


@pytest.mark.parametrize("edit, message", [
    (lambda d: d.update(n_units=5), "network of 5 units"),
    (lambda d: d.update(weights=asym()), "symmetric"),
    (lambda d: d.update(biases=[0.0, 1e300, 0.0, 0.0]), "between -1e\\+09 and 1e\\+09"),  # squares would overflow
    (lambda d: d.update(schedule={"kind": "linear", "T0": 1, "T1": 0, "sweeps": 4}), "above 0"),
    (lambda d: d.update(state=[1, -1, 0, 0]), "0 or 1"),
    (lambda d: d.update(order="zigzag"), "unknown order"),
    (lambda d: d.pop("biases"), "missing biases"),
    (lambda d: d.update(version=7), "version 7"),
])
def test_bad_state_dicts_refused_and_nothing_changes(edit, message):
    w, b = good()
    m = BoltzmannMachine(4, w, b, seed=0)
    m.set_schedule(Linear(2, 0.5, 10))
    m.step(7)
    d = m.state_dict()
    edit(d)
    before = fingerprint(m)
    with pytest.raises(ValueError, match=message):
        m.load_state_dict(d)
    assert fingerprint(m) == before
    with pytest.raises(ValueError, match="mapping"):
        m.load_state_dict([1, 2])


def test_validate_module_helpers_directly():
    with pytest.raises(ValueError, match="symmetric"):
        E.validate_weights([[0, 1], [2, 0]], 2)
    np.testing.assert_array_equal(E.validate_state01([1, 0, True], 3), [1, 0, 1])
