"""The plot strip's bounds: NaN points are skipped, never warned about."""

import math
import warnings

import numpy as np
import pytest

from simulator.gui.widgets.plots import _span


@pytest.mark.parametrize("values, expected", [
    (np.array([3.0, np.nan, -1.0, 2.0]), (-1.0, 3.0)),
    (np.array([[1.0, 5.0], [np.nan, 0.0]]), (0.0, 5.0)),
    (np.array([np.nan, 7.0]), (7.0, 7.0)),
    (np.arange(5), (0.0, 4.0)),
])
def test_span_skips_nan(values, expected):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert _span(values) == expected


@pytest.mark.parametrize("values", [np.array([np.nan, np.nan]), np.array([])])
def test_span_of_nothing_but_nan_is_nan_without_a_warning(values):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        lo, hi = _span(values)
    assert math.isnan(lo) and math.isnan(hi)
