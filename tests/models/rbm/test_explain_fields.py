"""The trainer's snapshot fields for the explain pane: the sizes of contrastive divergence's two terms."""

from __future__ import annotations

import numpy as np
import pytest

from simulator.models.rbm import reference
from simulator.models.rbm.scenes import RBMTrainer, correlation_sizes


def test_correlation_sizes_match_a_direct_computation():
    rng = np.random.default_rng(0)
    v0 = (rng.random((7, 12)) < 0.4).astype(float)
    w, a, b = rng.normal(0, 0.3, (12, 5)), rng.normal(0, 0.1, 12), rng.normal(0, 0.1, 5)
    for k in (1, 3):
        h0 = reference.sigmoid(v0 @ w + b)
        v, h = v0, h0
        for _ in range(k):
            v = reference.sigmoid(h @ w.T + a)
            h = reference.sigmoid(v @ w + b)
        data, recon = v0.T @ h0 / 7, v.T @ h / 7
        got = correlation_sizes(v0, w, a, b, k)
        assert got == pytest.approx((np.linalg.norm(data), np.linalg.norm(recon), np.linalg.norm(data - recon)))


def test_the_trainer_snapshot_carries_them_for_its_shown_digits():
    trainer = RBMTrainer(n_hidden=8, seed=0, epochs=1, k=2)
    trainer.step(5)
    d = trainer.snapshot()
    r = trainer.rbm
    expected = correlation_sizes(np.asarray(d["batch_in"], np.float64), r.weights.astype(np.float64),
                                 r.visible_bias.astype(np.float64), r.hidden_bias.astype(np.float64), 2)
    assert (d["vh_data_size"], d["vh_recon_size"], d["vh_difference_size"]) == pytest.approx(expected, rel=1e-6)
    assert d["vh_data_size"] > 0 and d["vh_difference_size"] > 0
