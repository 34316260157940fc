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



def test_two_gans_training_at_once_in_two_threads_give_their_sequential_runs():
    # The panel's comparison trains A and B in two runners; BLAS's thread limit is process-wide.
    import threading

    cfg = GANConfig(generator=(2, 64, 64, 2), discriminator=(2, 64, 64, 1), batch_size=64, n_shown=64,
                    heatmap_resolution=12, manifold_size=5, unroll=5)
    together = [GANEngine(cfg, seed=0), GANEngine(cfg, seed=1)]
    alone = [GANEngine(cfg, seed=0), GANEngine(cfg, seed=1)]
    threads = [threading.Thread(target=e.step, args=(300,)) for e in together]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for e in alone:
        e.step(300)
    for e, f in zip(together, alone):
        assert_same(e.state_dict(), f.state_dict())
