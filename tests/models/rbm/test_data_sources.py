"""RBM training data besides the digits: images resampled to 8x8, small sets binarised, an RBM learning them."""

import numpy as np
import pytest

from simulator.models.rbm import RBMTrainer
from simulator.models.rbm.data import image_set_data, ink_at_side


def test_images_on_another_grid_are_area_averaged_to_8x8():
    ink = np.zeros((2, 16, 16))
    ink[0, :8, :8] = 1.0          # the top-left quarter
    ink[1, :, 0] = 1.0            # a one-pixel line: half of each left cell at 8x8 ...
    ink[1, 0, 15] = 0.5           # ... and a grey pixel: an eighth of a cell
    out = ink_at_side(ink).reshape(2, 8, 8)
    assert np.allclose(out[0, :4, :4], 1.0) and np.allclose(out[0, 4:, :], 0.0) and np.allclose(out[0, :, 4:], 0.0)
    # Stretched so the darkest cell is full ink: the thin line survives a threshold of 1/2.
    assert np.allclose(out[1, :, 0], 1.0) and np.isclose(out[1, 0, 7], 0.25)
    assert np.allclose(np.delete(out[1].reshape(-1), [8 * r for r in range(8)] + [7]), 0.0)
    assert np.array_equal(ink_at_side(np.zeros((1, 16, 16))), np.zeros((1, 64)))
    same = np.random.default_rng(0).random((3, 8, 8))
    assert np.allclose(ink_at_side(same), same.reshape(3, 64) / same.max(axis=(1, 2)).reshape(3, 1))
    binary = (same > 0.5).astype(float)
    assert np.array_equal(ink_at_side(binary), binary.reshape(3, 64))


@pytest.mark.parametrize("ink, words", [(np.zeros((0, 8, 8)), "2-D ink images"), (np.zeros((8, 8)), "2-D ink"),
                                        (np.full((1, 8, 8), 1.5), r"\[0, 1\]"),
                                        (np.full((1, 8, 8), np.nan), r"\[0, 1\]")])
def test_bad_images_are_refused(ink, words):
    with pytest.raises(ValueError, match=words):
        ink_at_side(ink)


def test_small_sets_are_binarised_once_by_the_chosen_option():
    ink = np.array([[0.2, 0.5, 0.9, 1.0]])
    assert np.array_equal(image_set_data(ink, "threshold"), [[0, 1, 1, 1]])
    assert np.array_equal(image_set_data(ink, "grey"), ink)
    draws = image_set_data(np.full((200, 4), 0.3), "stochastic", seed=1)
    assert set(np.unique(draws)) == {0.0, 1.0} and 0.2 < draws.mean() < 0.4
    assert np.array_equal(draws, image_set_data(np.full((200, 4), 0.3), "stochastic", seed=1))
    with pytest.raises(ValueError, match="empty"):
        image_set_data(np.zeros((0, 4)))


def test_an_rbm_learns_a_small_pattern_set_far_above_the_uniform_model():
    # Ten 8x8 bar patterns, no held-out rows: the exact log-likelihood (12 hidden units) must
    # climb from near the uniform model's 64 log(1/2) towards the ideal -log(10).
    bars = np.zeros((10, 8, 8))
    for k in range(8):
        bars[k, :, k] = 1.0
    bars[8, 0, :] = 1.0
    bars[9, 7, :] = 1.0
    data = image_set_data(ink_at_side(bars))
    trainer = RBMTrainer(data=data, n_hidden=12, epochs=400, seed=3, batch_size=10, learning_rate=0.1)
    trainer.step(400)
    d = trainer.snapshot()
    assert trainer.heldout is None and np.isnan(d["pseudo_ll_heldout"]).all()
    assert d["exact_ll_train"][0] < -30 and d["exact_ll_train"][-1] > -8
