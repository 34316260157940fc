"""The losses' terms the explain pane shows: GAN.loss_terms against reference.py, and in the engine's snapshot."""

from __future__ import annotations

import numpy as np
import pytest

from simulator.models.gan import GANConfig, GANEngine, reference
from tests.models.gan.helpers import tiny

SMALL = GANConfig(generator=(2, 16, 16, 2), discriminator=(2, 16, 16, 1), batch_size=32, record_every=10,
                  n_shown=64, heatmap_resolution=12, manifold_size=5)


@pytest.mark.parametrize("loss", ["minimax", "non_saturating", "least_squares"])
def test_loss_terms_match_the_reference_losses(loss):
    gan = tiny(loss=loss)
    gan.step(5)
    rng = np.random.default_rng(1)
    real, fake = rng.normal(0, 1.5, (40, 2)), rng.normal(0, 1.5, (30, 2))
    terms = gan.loss_terms(real, fake)
    raw_r = reference.forward(gan._ds[0], gan._d_net, real, gan.activation, "linear")[-1]
    raw_f = reference.forward(gan._ds[0], gan._d_net, fake, gan.activation, "linear")[-1]
    assert terms["loss_d"] == pytest.approx(reference.loss_d(raw_r, raw_f, loss)[0], rel=1e-10)
    assert terms["loss_g"] == pytest.approx(reference.loss_g(raw_f, loss)[0], rel=1e-10)
    d_real, d_fake = gan.discriminate(real), gan.discriminate(fake)
    assert terms["d_real"] == pytest.approx(d_real.mean()) and terms["d_fake"] == pytest.approx(d_fake.mean())
    if loss != "least_squares":
        assert terms["d_real_term"] == pytest.approx(-np.mean(np.log(d_real)), rel=1e-9)
        assert terms["d_fake_term"] == pytest.approx(-np.mean(np.log(1 - d_fake)), rel=1e-9)
    assert terms["loss_d"] == pytest.approx(terms["d_real_term"] + terms["d_fake_term"])


def test_the_engine_snapshot_has_the_loss_terms_of_the_points_it_shows():
    e = GANEngine(SMALL, seed=2)
    e.step(15)
    d = e.snapshot()
    assert d["loss_terms_steps"] == d["steps"] == 15
    expected = e.gan.loss_terms(d["real"], d["fake"])
    assert d["loss_terms"] == pytest.approx(expected, rel=1e-6)
    assert -np.mean(np.log(e.gan.discriminate(d["real"]))) == pytest.approx(d["loss_terms"]["d_real_term"], rel=1e-5)


def test_the_digits_snapshot_has_them_too():
    e = GANEngine(GANConfig.digits(generator=(8, 16, 64), discriminator=(64, 16, 1), batch_size=16), seed=0)
    e.step(3)
    d = e.snapshot()
    assert d["loss_terms_steps"] == 3 and d["loss_terms"]["loss_d"] > 0
