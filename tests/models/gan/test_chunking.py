"""The GAN's results do not depend on how its iterations are grouped into calls (the Runner's chunks)."""

from __future__ import annotations

import pytest

from simulator.models.gan import GANConfig, GANEngine
from tests.scene_tools import assert_same

SMALL = GANConfig(generator=(2, 16, 16, 2), discriminator=(2, 16, 16, 1), batch_size=32, record_every=7,
                  n_shown=64, heatmap_resolution=12, manifold_size=5)


@pytest.mark.parametrize("changes", [{}, {"d_steps": 2, "unroll": 2}, {"minibatch_features": True,
                                                                        "target": "moons", "noise": "uniform"}])
def test_step_a_then_b_equals_step_a_plus_b(changes):
    cfg = GANConfig(**{**SMALL.as_dict(), **changes, "generator": (2, 16, 16, 2),
                       "discriminator": (2, 16, 16, 1), "betas": (0.5, 0.999)})
    one = GANEngine(cfg, seed=5)
    one.step(9)
    two = GANEngine(cfg, seed=11)
    two.load_state_dict(one.state_dict())
    one.step(3)
    one.step(1)
    one.step(150)  # more than the GAN's 128-iteration kernel call
    two.step(154)
    assert_same(one.state_dict(), two.state_dict())


def test_train_modes_chunk_the_same_way():
    one = GANEngine(SMALL, seed=2)
    two = GANEngine(SMALL, seed=2)
    for e in (one, two):
        e.set_train_mode("d")
    one.step(5)
    one.step(6)
    two.step(11)
    assert_same(one.state_dict(), two.state_dict())

