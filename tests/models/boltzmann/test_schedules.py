"""Temperature schedules: values, validation, editing of custom curves, round trips."""

from __future__ import annotations

import math

import numpy as np
import pytest

from simulator.models.boltzmann import (Constant, Geometric, Linear, Logarithmic, Piecewise, Quench,
                                        schedule_from_dict)


def test_constant():
    s = Constant(1.5)
    assert s.temperature(0) == 1.5 and s.temperature(1e6) == 1.5
    assert s.duration == math.inf
    pts = s.points(50)
    assert pts.shape == (50, 2) and pts[-1, 0] == 100.0 and np.all(pts[:, 1] == 1.5)


def test_linear_reaches_end_and_stays():
    s = Linear(2.0, 0.5, 30)
    assert s.temperature(0) == 2.0
    assert s.temperature(15) == pytest.approx(1.25)
    assert s.temperature(30) == pytest.approx(0.5)
    assert s.temperature(1000) == pytest.approx(0.5)
    assert s.duration == 30 and s.final_temperature == pytest.approx(0.5)


def test_geometric_floor_and_default_duration():
    s = Geometric(2.0, 0.9, 0.1)
    assert s.temperature(1) == pytest.approx(1.8)
    assert s.temperature(2) == pytest.approx(1.62)
    # duration defaults to the first sweep at or below T_min
    assert s.duration == math.ceil(math.log(0.05) / math.log(0.9))
    assert s.temperature(s.duration) == pytest.approx(0.1)
    assert s.temperature(10 * s.duration) == pytest.approx(0.1)
    assert Geometric(2.0, 0.9, 0.1, sweeps=5).duration == 5


def test_logarithmic():
    s = Logarithmic(1.0, 100)
    assert s.temperature(0) == pytest.approx(1 / math.log(2))
    assert s.temperature(8) == pytest.approx(1 / math.log(10))
    assert Logarithmic.from_start(3.0, 10).temperature(0) == pytest.approx(3.0)


def test_temperatures_vectorised_matches_scalar():
    for s in (Constant(1.0), Linear(2, 0.1, 10), Geometric(3, 0.8, 0.05), Logarithmic(1, 50),
              Piecewise([(0, 2), (5, 0.5), (20, 0.1)])):
        k = np.arange(0, 40, 0.5)
        np.testing.assert_array_equal(s.temperatures(k), [s.temperature(v) for v in k])
        assert np.all(s.temperatures(k) > 0)


def test_quench_is_zero_and_never_ends():
    q = Quench()
    assert q.temperature(0) == 0.0 and q.duration == math.inf


def test_piecewise_interpolates_and_edits():
    s = Piecewise([(0, 2.0), (10, 1.0), (20, 0.2)])
    assert s.temperature(5) == pytest.approx(1.5)
    assert s.temperature(25) == pytest.approx(0.2)
    assert s.duration == 20
    s.move_point(1, 12, 0.8)
    assert s.point_list[1] == (12.0, 0.8)
    assert s.insert_point(5, 1.5) == 1
    assert len(s) == 4
    s.remove_point(1)
    assert s.point_list == [(0.0, 2.0), (12.0, 0.8), (20.0, 0.2)]
    assert s.version == 3
    pts = s.points(7)
    assert 12.0 in pts[:, 0]  # corners are on the drawn curve


@pytest.mark.parametrize("edit, message", [
    (lambda s: s.move_point(1, 25, 1.0), "must increase"),
    (lambda s: s.move_point(1, 5, 0.0), "above 0"),
    (lambda s: s.move_point(1, 5, float("nan")), "NaN"),
    (lambda s: s.move_point(7, 5, 1.0), "no point 7"),
    (lambda s: s.insert_point(10, 1.0), "already a point"),
    (lambda s: s.insert_point(3, -1.0), "above 0"),
])
def test_piecewise_refuses_bad_edits_and_changes_nothing(edit, message):
    s = Piecewise([(0, 2.0), (10, 1.0), (20, 0.2)])
    before = s.point_list
    with pytest.raises(ValueError, match=message):
        edit(s)
    assert s.point_list == before and s.version == 0


def test_piecewise_keeps_two_points():
    s = Piecewise([(0, 2.0), (10, 1.0)])
    with pytest.raises(ValueError, match="at least 2 points"):
        s.remove_point(0)
    assert len(s) == 2


@pytest.mark.parametrize("make, message", [
    (lambda: Constant(0), "above 0"),
    (lambda: Constant(-1), "above 0"),
    (lambda: Constant(float("nan")), "NaN"),
    (lambda: Constant(float("inf")), "finite"),
    (lambda: Constant("hot"), "must be a number"),
    (lambda: Linear(1, 0, 10), "above 0"),
    (lambda: Linear(1, 0.1, 0), "sweeps"),
    (lambda: Geometric(1, 1.0, 0.1), "between 0 and 1"),
    (lambda: Geometric(1, 0.9, 2.0), "cannot be above"),
    (lambda: Logarithmic(0, 10), "above 0"),
    (lambda: Piecewise([(0, 1)]), "at least 2 points"),
    (lambda: Piecewise([(0, 1), (0, 2)]), "must increase"),
    (lambda: Piecewise([(-1, 1), (3, 2)]), "start at 0"),
    (lambda: Piecewise([[0, 1, 2], [1, 2, 3]]), "pairs"),
])
def test_schedules_refuse_bad_parameters(make, message):
    with pytest.raises(ValueError, match=message):
        make()


@pytest.mark.parametrize("s", [Constant(0.7), Quench(), Linear(2, 0.1, 33), Geometric(2, 0.95, 0.05),
                               Geometric(2, 0.95, 0.05, sweeps=10), Logarithmic(1.2, 80),
                               Piecewise([(0, 1), (4, 0.5), (9, 0.25)])])
def test_dict_round_trip(s):
    d = s.to_dict()
    again = schedule_from_dict(d)
    assert type(again) is type(s) and again == s
    assert type(s).from_dict(d) == s
    np.testing.assert_array_equal(again.points(20), s.points(20))
    copy = s.copy()
    assert copy == s and copy is not s


def test_from_dict_refuses_nonsense():
    with pytest.raises(ValueError, match="unknown schedule kind"):
        schedule_from_dict({"kind": "spiral"})
    with pytest.raises(ValueError, match="do not fit"):
        schedule_from_dict({"kind": "linear", "T0": 1})
    with pytest.raises(ValueError, match="not a linear"):
        Linear.from_dict(Constant(1).to_dict())
