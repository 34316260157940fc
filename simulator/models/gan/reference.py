"""Plain-numpy GAN: the same networks, losses, minibatch feature and optimisers, slow and obvious (the test oracle)."""

from __future__ import annotations

from typing import Sequence

import numpy as np

from simulator.models.gan.mlp import views

LEAK = 0.2
EPS = 1e-8


def activation(x: np.ndarray, name: str) -> np.ndarray:
    """f(x) for "linear", "relu", "leaky_relu", "tanh", "sigmoid"."""
    if name == "relu":
        return np.maximum(x, 0)
    if name == "leaky_relu":
        return np.where(x > 0, x, LEAK * x)
    if name == "tanh":
        return np.tanh(x)
    if name == "sigmoid":
        return 1 / (1 + np.exp(-x))
    return x


def activation_grad(y: np.ndarray, name: str) -> np.ndarray:
    """f'(x) written from y = f(x)."""
    if name == "relu":
        return (y > 0).astype(y.dtype)
    if name == "leaky_relu":
        return np.where(y > 0, 1.0, LEAK).astype(y.dtype)
    if name == "tanh":
        return 1 - y * y
    if name == "sigmoid":
        return y * (1 - y)
    return np.ones_like(y)


def forward(p: np.ndarray, sizes: Sequence[int], x: np.ndarray, hidden: str, output: str) -> list[np.ndarray]:
    """Activations of every layer, the input first."""
    acts = [x]
    layers = views(p, sizes)
    for i, (w, b) in enumerate(layers):
        acts.append(activation(acts[-1] @ w + b, hidden if i < len(layers) - 1 else output))
    return acts


def backward(p: np.ndarray, sizes: Sequence[int], acts: list[np.ndarray], dout: np.ndarray, hidden: str,
             output: str) -> tuple[np.ndarray, np.ndarray]:
    """(gradient of the flat parameters, gradient w.r.t. the input) from dloss/doutput ``dout``."""
    grad = np.zeros_like(p)
    layers = views(p, sizes)
    glayers = views(grad, sizes)
    d = dout * activation_grad(acts[-1], output)
    for i in range(len(layers) - 1, -1, -1):
        w, _ = layers[i]
        gw, gb = glayers[i]
        gw[...] = acts[i].T @ d
        gb[...] = d.sum(axis=0)
        d = d @ w.T
        if i > 0:
            d = d * activation_grad(acts[i], hidden)
    return grad, d


def mbstd_feature(x: np.ndarray) -> float:
    """Mean over coordinates of the batch's standard deviation (population variance + EPS)."""
    return float(np.mean(np.sqrt(x.var(axis=0) + EPS)))


def with_feature(x: np.ndarray, mbstd: bool) -> np.ndarray:
    """The discriminator's input: ``x``, plus a column holding the minibatch feature when ``mbstd``."""
    if not mbstd:
        return x
    return np.concatenate([x, np.full((len(x), 1), mbstd_feature(x), x.dtype)], axis=1)


def feature_backward(x: np.ndarray, din: np.ndarray, mbstd: bool) -> np.ndarray:
    """Gradient w.r.t. ``x`` from the gradient w.r.t. :func:`with_feature`'s output."""
    if not mbstd:
        return din
    n, dim = x.shape
    sd = np.sqrt(x.var(axis=0) + EPS)
    return din[:, :dim] + din[:, dim:].sum() * (x - x.mean(axis=0)) / (dim * n * sd)


def _softplus(x: np.ndarray) -> np.ndarray:
    return np.logaddexp(0.0, x)


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 0.5 * (1.0 + np.tanh(0.5 * x))


def loss_d(out_real: np.ndarray, out_fake: np.ndarray, loss: str) -> tuple[float, np.ndarray, np.ndarray]:
    """Discriminator loss and its gradients w.r.t. the real and the fake outputs (n, 1)."""
    r = out_real.astype(np.float64)
    f = out_fake.astype(np.float64)
    nr, nf = len(r), len(f)
    if loss == "least_squares":
        value = 0.5 * np.mean((r - 1) ** 2) + 0.5 * np.mean(f ** 2)
        return value, (r - 1) / nr, f / nf
    value = np.mean(_softplus(-r)) + np.mean(_softplus(f))
    return value, (_sigmoid(r) - 1) / nr, _sigmoid(f) / nf


def loss_g(out_fake: np.ndarray, loss: str) -> tuple[float, np.ndarray]:
    """Generator loss and its gradient w.r.t. the discriminator's outputs on fake samples."""
    f = out_fake.astype(np.float64)
    n = len(f)
    if loss == "least_squares":
        return 0.5 * np.mean((f - 1) ** 2), (f - 1) / n
    if loss == "minimax":
        return -np.mean(_softplus(f)), -_sigmoid(f) / n
    return np.mean(_softplus(-f)), (_sigmoid(f) - 1) / n


def adam(state: np.ndarray, grad: np.ndarray, lr: float, beta1: float, beta2: float, eps: float, t: int) -> None:
    """PyTorch's Adam step in place on state = (parameters, m, v); ``t`` counts from 1."""
    p, m, v = state
    m[...] = beta1 * m + (1 - beta1) * grad
    v[...] = beta2 * v + (1 - beta2) * grad * grad
    p -= (lr / (1 - beta1 ** t)) * m / (np.sqrt(v) / np.sqrt(1 - beta2 ** t) + eps)


def sgd(state: np.ndarray, grad: np.ndarray, lr: float) -> None:
    """Plain gradient descent in place on the parameters (row 0 of ``state``)."""
    state[0] -= lr * grad


def _update(state, grad, opt, lr, betas, t):
    if opt == "adam":
        adam(state, grad, lr, betas[0], betas[1], 1e-8, t)
    else:
        sgd(state, grad, lr)


def d_update(ds, d_sizes, xr, xf, hidden, loss, opt, lr, betas, t, mbstd):
    """One discriminator step on real ``xr`` and fake ``xf`` (in place on ``ds``); returns the loss."""
    xin = np.concatenate([with_feature(xr, mbstd), with_feature(xf, mbstd)])
    acts = forward(ds[0], d_sizes, xin, hidden, "linear")
    n = len(xr)
    value, gr, gf = loss_d(acts[-1][:n], acts[-1][n:], loss)
    grad, _ = backward(ds[0], d_sizes, acts, np.concatenate([gr, gf]).astype(ds.dtype), hidden, "linear")
    _update(ds, grad, opt, lr, betas, t)
    return value


def iteration(gs, ds, g_sizes, d_sizes, real, z, *, hidden="relu", output="linear", loss="non_saturating",
              opt="adam", lr_g=1e-3, lr_d=1e-3, betas=(0.5, 0.999), unroll=0, mbstd=False, t_g=0, t_d=0):
    """One GAN iteration in place on the states gs, ds (rows: parameters, m, v), as kernels.train_chunk does.

    ``real`` and ``z`` are (k, B, dim) and (k, B, noise_dim): k discriminator steps, then one
    generator step on the last noise batch through D (or a copy of D unrolled ``unroll`` steps).
    ``d_sizes`` includes the minibatch feature input. Returns (D loss, G loss).
    """
    k = len(real)
    for s in range(k):
        fake = forward(gs[0], g_sizes, z[s], hidden, output)[-1]
        ld = d_update(ds, d_sizes, real[s], fake, hidden, loss, opt, lr_d, betas, t_d + s + 1, mbstd)
    g_acts = forward(gs[0], g_sizes, z[k - 1], hidden, output)
    fake = g_acts[-1]
    dd = ds.copy()
    for u in range(unroll):
        d_update(dd, d_sizes, real[k - 1], fake, hidden, loss, opt, lr_d, betas, t_d + k + u + 1, mbstd)
    acts = forward(dd[0], d_sizes, with_feature(fake, mbstd), hidden, "linear")
    lg, dl = loss_g(acts[-1], loss)
    _, din = backward(dd[0], d_sizes, acts, dl.astype(gs.dtype), hidden, "linear")
    dx = feature_backward(fake, din, mbstd)
    grad, _ = backward(gs[0], g_sizes, g_acts, dx.astype(gs.dtype), hidden, output)
    _update(gs, grad, opt, lr_g, betas, t_g + 1)
    return ld, lg
