"""The jitted backward passes against finite differences (float64): every activation, loss, minibatch feature."""

from __future__ import annotations

import numpy as np
import pytest

from simulator.models.gan import kernels as K
from simulator.models.gan import mlp
from tests.models.gan.helpers import batches, run_iteration, tiny

ACTS = ("relu", "leaky_relu", "tanh")
LOSS_NAMES = ("minimax", "non_saturating", "least_squares")


def _fd(f, p: np.ndarray, idx: np.ndarray, h: float = 1e-6) -> np.ndarray:
    out = np.empty(len(idx))
    for n, i in enumerate(idx):
        old = p[i]
        p[i] = old + h
        up = f()
        p[i] = old - h
        down = f()
        p[i] = old
        out[n] = (up - down) / (2 * h)
    return out


def _d_input(gan, x: np.ndarray) -> np.ndarray:
    if not gan.minibatch_features:
        return x.copy()
    dst = np.empty((len(x), x.shape[1] + 1))
    K.mbstd_fill(np.ascontiguousarray(x), dst)
    return dst


def _d_out(gan, dp: np.ndarray, x: np.ndarray) -> np.ndarray:
    out = np.empty((len(x), 1))
    K.forward_rows(dp, gan._dlay, _d_input(gan, x), out)
    return out


def _g_out(gan, gp: np.ndarray, z: np.ndarray) -> np.ndarray:
    out = np.empty((len(z), gan.dim))
    K.forward_rows(gp, gan._glay, z, out)
    return out


@pytest.mark.parametrize("output", ["linear", "sigmoid"])
@pytest.mark.parametrize("act", ACTS)
def test_net_backward_matches_finite_differences(act, output):
    rng = np.random.default_rng(1)
    sizes = (3, 6, 5, 4)
    lay = mlp.layout(sizes, mlp.ACTIVATIONS[act], mlp.OUTPUTS[output])
    p = mlp.init_params(sizes, rng, np.float64)
    x = rng.standard_normal((7, 3))
    c = rng.standard_normal((7, 4))
    rows = len(x)
    acts = np.zeros(rows * sum(sizes))
    acts[:rows * 3] = x.ravel()
    K.net_forward(p, lay, acts, rows, rows)
    grad = np.zeros_like(p)
    din = np.zeros((rows, 3))
    buf = np.zeros(rows * 6), np.zeros(rows * 6)
    K.net_backward(p, grad, lay, acts, rows, rows, c, buf[0], buf[1], True, din)

    def loss() -> float:
        out = np.empty((rows, 4))
        K.forward_rows(p, lay, x, out)
        return float((c * out).sum())

    idx = np.arange(len(p))
    np.testing.assert_allclose(grad, _fd(loss, p, idx), rtol=1e-5, atol=1e-7)
    xs = x.ravel()
    np.testing.assert_allclose(din.ravel(), _fd(loss, xs, np.arange(xs.size)), rtol=1e-5, atol=1e-7)


@pytest.mark.parametrize("mbstd", [False, True])
@pytest.mark.parametrize("loss", LOSS_NAMES)
@pytest.mark.parametrize("act", ACTS)
def test_training_gradients_match_finite_differences(act, loss, mbstd):
    # With SGD at learning rate 1 an update subtracts exactly the gradient the kernel computed.
    gan = tiny(activation=act, loss=loss, minibatch_features=mbstd, optimizer="sgd", lr_g=1.0, lr_d=1.0)
    real, z = batches(gan, 1)
    d0, g0 = gan._ds[0].copy(), gan._gs[0].copy()
    fake = _g_out(gan, g0, z[0, 0])

    assert run_iteration(gan, real, z, "d") == (1, K.OK)
    grad_d = d0 - gan._ds[0]
    dp = d0.copy()

    def loss_d() -> float:
        out = np.concatenate([_d_out(gan, dp, real[0, 0]), _d_out(gan, dp, fake)])
        return K.loss_d(out, len(fake), K.MINIMAX if loss == "minimax" else
                        (K.NON_SATURATING if loss == "non_saturating" else K.LEAST_SQUARES), np.empty_like(out))[0]

    idx = np.random.default_rng(0).choice(len(dp), 40, replace=False)
    np.testing.assert_allclose(grad_d[idx], _fd(loss_d, dp, idx), rtol=1e-5, atol=1e-8)

    gan._ds[0] = d0
    assert run_iteration(gan, real, z, "g") == (1, K.OK)
    grad_g = g0 - gan._gs[0]
    gp = g0.copy()
    code = {"minimax": K.MINIMAX, "non_saturating": K.NON_SATURATING, "least_squares": K.LEAST_SQUARES}[loss]

    def loss_g() -> float:
        out = _d_out(gan, d0, _g_out(gan, gp, z[0, 0]))
        return K.loss_g(out, code, np.empty_like(out))[0]

    idx = np.arange(len(gp))
    np.testing.assert_allclose(grad_g, _fd(loss_g, gp, idx), rtol=1e-5, atol=1e-8)
    assert np.abs(grad_g).max() > 1e-6  # the check compared something


@pytest.mark.parametrize("loss", LOSS_NAMES)
def test_loss_gradients_match_finite_differences(loss):
    code = {"minimax": K.MINIMAX, "non_saturating": K.NON_SATURATING, "least_squares": K.LEAST_SQUARES}[loss]
    rng = np.random.default_rng(2)
    out = rng.standard_normal((9, 1)) * 3
    dl = np.empty_like(out)
    K.loss_d(out, 4, code, dl)
    flat = out.ravel()
    np.testing.assert_allclose(dl.ravel(), _fd(lambda: K.loss_d(out, 4, code, np.empty_like(out))[0], flat,
                                               np.arange(9)), rtol=1e-6, atol=1e-9)
    K.loss_g(out, code, dl)
    np.testing.assert_allclose(dl.ravel(), _fd(lambda: K.loss_g(out, code, np.empty_like(out))[0], flat,
                                               np.arange(9)), rtol=1e-6, atol=1e-9)


def test_minibatch_feature_gradient_matches_finite_differences():
    rng = np.random.default_rng(4)
    x = rng.standard_normal((6, 2))
    c = rng.standard_normal((6, 3))

    def f() -> float:
        dst = np.empty((6, 3))
        K.mbstd_fill(x, dst)
        return float((c * dst).sum())

    gx = np.empty_like(x)
    K.mbstd_backward(x, c, gx)
    xs = x.ravel()
    np.testing.assert_allclose(gx.ravel(), _fd(f, xs, np.arange(xs.size)), rtol=1e-6, atol=1e-9)
