"""Targets draw what they claim; mode coverage on the true mixture and on a collapsed generator; bad input refused."""

from __future__ import annotations

import copy

import numpy as np
import pytest

from simulator.models.gan import mode_coverage, targets


@pytest.mark.parametrize("make", [targets.ring, targets.grid])
def test_true_mixture_covers_every_mode_with_high_quality(make):
    t = make()
    cov = mode_coverage(t.sample(5000, np.random.default_rng(0)), t)
    assert cov.n_modes == len(t.modes)
    assert cov.modes_covered == cov.n_modes
    assert cov.high_quality >= 0.99
    assert cov.per_mode.sum() == round(cov.high_quality * 5000)


def test_collapsed_generator_covers_one_or_two_modes():
    t = targets.ring()
    rng = np.random.default_rng(1)
    one = t.modes[3] + 0.02 * rng.standard_normal((1000, 2))
    cov = mode_coverage(one, t)
    assert cov.modes_covered == 1 and cov.per_mode[3] > 950
    two = np.concatenate([one[:500], t.modes[6] + 0.02 * rng.standard_normal((500, 2))])
    assert mode_coverage(two, t).modes_covered == 2
    # Between the modes: many samples, none of high quality.
    mid = 1.0 * (t.modes[0] + t.modes[1]) / 2 + 0.01 * rng.standard_normal((1000, 2))
    cov = mode_coverage(mid, t)
    assert cov.modes_covered == 0 and cov.high_quality == 0.0


def test_a_few_stray_samples_do_not_cover_a_mode():
    t = targets.ring()
    x = np.repeat(t.modes[:1], 1000, axis=0)
    x[:5] = t.modes[2]  # 0.5 % of the samples, under the 1 % needed
    cov = mode_coverage(x, t)
    assert cov.modes_covered == 1 and cov.per_mode[2] == 5


def test_coverage_refuses_targets_without_modes_and_bad_samples():
    with pytest.raises(ValueError, match="no modes"):
        mode_coverage(np.zeros((10, 2)), targets.moons())
    with pytest.raises(ValueError, match=r"\(n, 2\)"):
        mode_coverage(np.zeros((10, 3)), targets.ring())


def test_targets_sample_their_shapes_and_stay_in_bounds():
    rng = np.random.default_rng(2)
    for name, make in targets.TARGETS.items():
        t = make()
        x = t.sample(2000, rng)
        assert x.shape == (2000, 2) and t.dim == 2 and t.name == name
        (x0, x1), (y0, y1) = t.bounds
        inside = (x[:, 0] > x0) & (x[:, 0] < x1) & (x[:, 1] > y0) & (x[:, 1] < y1)
        assert inside.mean() > 0.999
    assert len(targets.grid().modes) == 25 and np.allclose(targets.grid().modes.mean(axis=0), 0)
    r = np.linalg.norm(targets.ring(radius=3.0).modes, axis=1)
    assert np.allclose(r, 3.0)
    d = targets.digits()
    x = d.sample(10, rng)
    assert d.dim == 64 and d.modes is None and x.shape == (10, 64) and x.min() >= 0 and x.max() <= 1


def test_painted_target_needs_twenty_finite_points():
    rng = np.random.default_rng(3)
    with pytest.raises(ValueError, match="Paint at least 20 points"):
        targets.painted(rng.random((19, 2)))
    with pytest.raises(ValueError, match="Paint at least 20 points"):
        targets.painted([])
    bad = rng.random((30, 2))
    bad[4, 1] = np.nan
    with pytest.raises(ValueError, match="NaN"):
        targets.painted(bad)
    pts = rng.random((25, 2))
    t = targets.painted(pts, std=0.0)
    x = t.sample(200, rng)
    assert all(np.any(np.all(np.isclose(p, pts), axis=1)) for p in x)


def test_bad_target_settings_are_refused():
    for call in (lambda: targets.ring(n_modes=0), lambda: targets.grid(std=-1), lambda: targets.moons(noise="x"),
                 lambda: targets.make("nope"), lambda: targets.make("ring", radius=0)):
        with pytest.raises(ValueError):
            call()


def _numpy_only(target):
    """The same target, but without ``picks``: the GAN then draws every batch with numpy."""
    plain = copy.copy(target)
    plain.picks = None
    return plain


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
@pytest.mark.parametrize("noise", ["gaussian", "uniform"])
@pytest.mark.parametrize("make", [lambda: targets.ring(), lambda: targets.grid(3),
                                  lambda: targets.painted([(0, 0), (1, 2), (-1, 0.5), (2, 2), (0.5, -1)] * 4),
                                  lambda: targets.digits()])
def test_batches_drawn_in_the_kernel_are_numpys(make, noise, dtype):
    # The GAN draws a target with picks inside a kernel (no GIL): the run must be the numpy-drawn one, bit for bit.
    from simulator.models.gan import GAN

    target = make()
    assert target.picks is not None
    dim = target.dim
    runs = []
    for t in (target, _numpy_only(target)):
        gan = GAN((4, 6, dim), (dim, 5, 1), target=t, noise=noise, batch_size=16, seed=7, dtype=dtype, d_steps=2,
                  record_every=0)
        gan.step(3)
        gan.step(2)
        runs.append((gan.state_dict(), gan.rng.bit_generator.state))
    (a, rng_a), (b, rng_b) = runs
    assert rng_a == rng_b
    for key in ("g", "d"):
        np.testing.assert_array_equal(a[key], b[key])


def test_kernel_draws_numpys_numbers_directly():
    from simulator.models.gan import kernels as K

    for dtype in (np.float32, np.float64):
        rows = np.random.default_rng(0).normal(size=(5, 3))
        real, z = np.empty((2, 7, 3), dtype), np.empty((2, 7, 4), dtype)
        got = np.random.default_rng(3)
        got.random(1)  # a half-used 32-bit word in the generator
        K.draw_batches(got, rows, 0.1, True, True, real, z)
        want = np.random.default_rng(3)
        want.random(1)
        for i in range(2):
            np.testing.assert_array_equal(real[i], (rows[want.integers(0, 5, 7)]
                                                    + 0.1 * want.standard_normal((7, 3))).astype(dtype))
            np.testing.assert_array_equal(z[i], want.standard_normal((7, 4), dtype=dtype))
        assert got.bit_generator.state == want.bit_generator.state
