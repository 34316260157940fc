"""The jitted iteration against reference.py (float32), and an optional one-step cross-check with PyTorch autograd."""

from __future__ import annotations

import numpy as np
import pytest

from simulator.models.gan import reference as R
from tests.models.gan.helpers import batches, run_iteration, tiny


@pytest.mark.parametrize("settings", [
    dict(),
    dict(activation="tanh", loss="minimax", optimizer="sgd", lr_g=0.05, lr_d=0.05),
    dict(activation="leaky_relu", loss="least_squares", minibatch_features=True, d_steps=2),
    dict(loss="non_saturating", unroll=3, minibatch_features=True, output="sigmoid"),
])
def test_kernel_iteration_equals_reference(settings):
    gan = tiny(dtype=np.float32, **settings)
    k = gan.params["d_steps"]
    for it in range(3):  # several iterations: Adam's bias corrections change with the step count
        real, z = batches(gan, k, seed=it)
        gs, ds = gan._gs.astype(np.float64), gan._ds.astype(np.float64)
        t_g, t_d = (int(v) for v in gan._t)
        p = gan.params
        R.iteration(gs, ds, gan.g_sizes, gan._d_net, real[0].astype(np.float64), z[0].astype(np.float64),
                    hidden=gan.activation, output=gan.output, loss=p["loss"], opt=p["optimizer"], lr_g=p["lr_g"],
                    lr_d=p["lr_d"], betas=p["betas"], unroll=p["unroll"], mbstd=gan.minibatch_features,
                    t_g=t_g, t_d=t_d)
        assert run_iteration(gan, real, z) == (1, 0)
        np.testing.assert_allclose(gan._gs, gs, rtol=1e-4, atol=1e-5)
        np.testing.assert_allclose(gan._ds, ds, rtol=1e-4, atol=1e-5)
        assert tuple(gan._t) == (t_g + 1, t_d + k)
    assert not np.allclose(gan._gs[0], tiny(dtype=np.float32, **settings)._gs[0])  # it trained


def test_one_step_matches_pytorch_autograd():
    torch = pytest.importorskip("torch")
    torch.set_num_threads(1)
    for loss in ("minimax", "non_saturating", "least_squares"):
        gan = tiny(dtype=np.float32, loss=loss, activation="leaky_relu", lr_g=1e-2, lr_d=1e-2)
        real, z = batches(gan, 1, seed=5)

        def net(p, sizes, last):
            mods = []
            for i, (w, b) in enumerate(gan.weights(p)):
                lin = torch.nn.Linear(w.shape[0], w.shape[1])
                with torch.no_grad():
                    lin.weight.copy_(torch.from_numpy(w.T.copy()))
                    lin.bias.copy_(torch.from_numpy(b))
                mods.append(lin)
                mods.append(torch.nn.LeakyReLU(0.2) if i < len(sizes) - 2 else last)
            return torch.nn.Sequential(*mods)

        G = net("generator", gan.g_sizes, torch.nn.Identity())
        D = net("discriminator", gan.d_sizes, torch.nn.Identity())
        og = torch.optim.Adam(G.parameters(), lr=1e-2, betas=(0.5, 0.999))
        od = torch.optim.Adam(D.parameters(), lr=1e-2, betas=(0.5, 0.999))
        F = torch.nn.functional
        xr, zz = torch.from_numpy(real[0, 0]), torch.from_numpy(z[0, 0])
        fake = G(zz)
        lr_, lf = D(xr), D(fake.detach())
        if loss == "least_squares":
            ld = 0.5 * ((lr_ - 1) ** 2).mean() + 0.5 * (lf ** 2).mean()
        else:
            ld = F.softplus(-lr_).mean() + F.softplus(lf).mean()
        od.zero_grad()
        ld.backward()
        od.step()
        out = D(fake)
        lg = {"minimax": -F.softplus(out).mean(), "non_saturating": F.softplus(-out).mean(),
              "least_squares": 0.5 * ((out - 1) ** 2).mean()}[loss]
        og.zero_grad()
        lg.backward()
        og.step()

        assert run_iteration(gan, real, z) == (1, 0)
        for which, model in (("generator", G), ("discriminator", D)):
            lins = [m for m in model if isinstance(m, torch.nn.Linear)]
            for (w, b), lin in zip(gan.weights(which), lins):
                np.testing.assert_allclose(w, lin.weight.detach().numpy().T, rtol=1e-4, atol=2e-6)
                np.testing.assert_allclose(b, lin.bias.detach().numpy(), rtol=1e-4, atol=2e-6)
