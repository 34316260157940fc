"""The built-in scenes: deterministic given the seed, with what the panel needs; and the bench cases."""

from __future__ import annotations

import numpy as np
import pytest

from simulator.models.boltzmann import BoltzmannMachine, Quench
from simulator.models.boltzmann import scenes
from simulator.models.boltzmann.engine import all_energies


def test_grid_shape():
    assert scenes.grid_shape(144) == (12, 12)
    assert scenes.grid_shape(20) == (4, 5)
    assert scenes.grid_shape(7) == (1, 7)
    assert scenes.grid_shape(1) == (1, 1)


def test_hopfield_mapping_keeps_energies_up_to_a_constant():
    rng = np.random.default_rng(0)
    n = 9
    a = np.triu(rng.normal(size=(n, n)), 1)
    w = a + a.T
    b = rng.normal(size=n)
    w01, b01, c = scenes.hopfield_to_boltzmann(w, b)
    e01 = all_energies(w01, b01)
    for k in (0, 5, 100, 511):
        x = (k >> np.arange(n)) & 1
        s = 2 * x - 1.0
        assert -0.5 * s @ w @ s - b @ s == pytest.approx(e01[k] + c)


def test_spurious_escape_scene():
    scene = scenes.spurious_escape(3)
    again = scenes.spurious_escape(3)
    np.testing.assert_array_equal(scene.start, again.start)
    np.testing.assert_array_equal(scene.weights, again.weights)
    assert not np.array_equal(scenes.spurious_escape(4).patterns, scene.patterns)
    n = scene.n_units
    assert scene.grid == (12, 12) and n == 144
    assert scene.patterns.shape == (3, n) and set(np.unique(scene.patterns)) == {0, 1}
    y = scene.patterns_pm.astype(int)
    assert np.all(y @ y.T == n * np.eye(3))  # exactly orthogonal
    assert np.count_nonzero(scene.start != scene.mixture) == round(0.1 * n)
    assert scene.recognise(scene.mixture).kind == "spurious" and "mixture" in scene.recognise(scene.mixture).text
    assert scene.recognise(scene.patterns[1]) == ("pattern", 1, "Stored pattern 2")
    assert scene.recognise(1 - scene.patterns[2]).kind == "inverse"
    q = scene.machine(seed=0, schedule="quench")
    assert isinstance(q.schedule, Quench) and np.array_equal(q.state, scene.start)
    assert scene.machine(seed=0).schedule == scene.anneal
    # the mixture is a local minimum: no greedy update moves it
    q.set_state(scene.mixture)
    assert q.is_settled()
    with pytest.raises(ValueError, match="side"):
        scenes.spurious_escape(0, side=10)
    with pytest.raises(ValueError, match="seed"):
        scenes.spurious_escape(-1)


def test_spin_glass_scene_knows_its_ground_state():
    scene = scenes.spin_glass(14, seed=5)
    e = all_energies(scene.weights, scene.biases)
    assert scene.ground_energy == pytest.approx(e.min())
    m = BoltzmannMachine(14, scene.weights, scene.biases)
    assert m.energy(scene.ground_state) == pytest.approx(scene.ground_energy)
    assert m.energy(1 - scene.ground_state) == pytest.approx(scene.ground_energy)  # spin-flip symmetry
    assert scene.second_energy > scene.ground_energy
    assert scene.is_ground(scene.ground_energy) and not scene.is_ground(scene.second_energy)
    assert scene.grid == (2, 7)
    np.testing.assert_array_equal(scenes.spin_glass(14, seed=5).couplings, scene.couplings)
    for bad in (1, 21, 2.0):
        with pytest.raises(ValueError):
            scenes.spin_glass(bad)


def test_hit_rate_is_reproducible_and_reports_progress():
    scene = scenes.spin_glass(10, seed=0)
    seen = []
    a = scenes.ground_state_hit_rate(scene, Quench(), runs=12, seed=3, progress=lambda f, m: seen.append(f))
    b = scenes.ground_state_hit_rate(scene, Quench(), runs=12, seed=3)
    assert a.hits == b.hits and np.array_equal(a.final_energies, b.final_energies)
    assert a.runs == 12 and a.rate == a.hits / 12 and seen[0] == 0.0 and seen[-1] == 1.0

    class Stop(Exception):
        pass

    def cancel(fraction, message):
        if fraction > 0.2:
            raise Stop

    with pytest.raises(Stop):
        scenes.ground_state_hit_rate(scene, Quench(), runs=12, progress=cancel)
    with pytest.raises(ValueError, match="at least 1"):
        scenes.ground_state_hit_rate(scene, Quench(), runs=0)
    with pytest.raises(ValueError, match="spin-glass scene"):
        scenes.ground_state_hit_rate(scenes.equilibrium(4), Quench())


def test_equilibrium_scene():
    scene = scenes.equilibrium(8, seed=2)
    m = scene.machine(seed=0)
    assert m.n_units == 8 and m.temperature == scene.temperature == 1.0
    _, p = m.exact_distribution(1.0)
    assert 0.01 < p.max() < 0.9  # neither uniform nor frozen
    with pytest.raises(ValueError, match="1 to 12 units"):
        scenes.equilibrium(13)
    with pytest.raises(ValueError, match="above 0"):
        scenes.equilibrium(4, temperature=0)


def test_every_scene_is_explained():
    assert set(scenes.EXPLANATIONS) == {"spurious", "spin_glass", "equilibrium", "encoder"}
    assert all(len(text) > 100 for text in scenes.EXPLANATIONS.values())


def test_quick_bench_cases(monkeypatch):
    from simulator.core.bench import NO_GUI_ENV, REQUIRED_KEYS
    from simulator.models.boltzmann import bench

    monkeypatch.setenv(NO_GUI_ENV, "1")  # the in-window part has its own tests

    records = [r.to_dict() for r in bench.cases(quick=True)]
    cases = {r["case"] for r in records}
    assert cases == {"gibbs sampling", "exact distribution n=14"}
    for r in records:
        assert all(k in r for k in REQUIRED_KEYS) and r["ours"] > 0 and r["baseline"] > 0
    gibbs = next(r for r in records if r["case"] == "gibbs sampling")
    assert gibbs["same_state_as_reference_after_reference_sweeps"] is True
    exact = next(r for r in records if r["case"].startswith("exact"))
    assert exact["max_abs_probability_difference"] < 1e-12
