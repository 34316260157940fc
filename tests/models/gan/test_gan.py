"""The GAN's public behaviour: bad settings refused, divergence caught, saving and seeding exact, learning real."""

from __future__ import annotations

import numpy as np
import pytest

from simulator.core import memento
from simulator.models.gan import GAN, DivergenceError, targets
from simulator.models.gan.gan import HISTORY_KEYS, RECORDS_START
from simulator.models.gan.engine import DEFAULTS_DIGITS
from tests.models.gan.helpers import tiny

SMALL = dict(generator=(2, 16, 16, 2), discriminator=(2, 16, 16, 1), batch_size=32, record_every=10)


@pytest.mark.parametrize("kwargs, words", [
    (dict(generator=(2, 16, 3)), "generator's last layer must have 2"),
    (dict(discriminator=(3, 16, 1)), "discriminator's first layer must have 2"),
    (dict(discriminator=(2, 16, 2)), "end in 1 unit"),
    (dict(generator=(2,)), "between 2 and"),
    (dict(generator=(2, 0, 2)), "whole numbers from 1"),
    (dict(loss="wasserstein"), "unknown loss"),
    (dict(activation="softsign"), "unknown activation"),
    (dict(optimizer="rmsprop"), "unknown optimizer"),
    (dict(noise="cauchy"), "unknown noise"),
    (dict(lr_g=0.0), "learning rate must be a positive"),
    (dict(lr_d=-1e-3), "learning rate must be a positive"),
    (dict(lr_d=float("nan")), "learning rate must be a positive"),
    (dict(betas=(1.0, 0.9)), "betas"),
    (dict(d_steps=0), "discriminator steps"),
    (dict(unroll=-1), "unrolling"),
    (dict(batch_size=1), "batch size"),
    (dict(seed=-3), "seed"),
    (dict(dtype=np.int32), "dtype"),
    (dict(target=targets.digits()), "64"),
])
def test_bad_configuration_is_refused(kwargs, words):
    with pytest.raises(ValueError, match=words):
        GAN(**kwargs)


def test_bad_live_change_changes_nothing():
    gan = GAN(**SMALL, seed=0)
    before = dict(gan.params)
    for bad in (dict(lr_g=0), dict(loss="hinge"), dict(unroll=1000), dict(activation="tanh"),
                dict(lr_d=1e-3, d_steps=0)):
        with pytest.raises(ValueError):
            gan.set_params(**bad)
        assert gan.params == before
    gan.set_params(lr_d=2e-4, unroll=2, batch_size=16)
    gan.step(3)
    assert gan.params["lr_d"] == 2e-4 and gan.steps == 3


def test_divergence_stops_with_a_clear_message_and_keeps_the_last_good_weights():
    gan = GAN(**SMALL, seed=1, lr_g=1e6, lr_d=1e6)
    g0, d0 = gan._gs.copy(), gan._ds.copy()
    with pytest.raises(DivergenceError, match=r"Training diverged at step 1 \(the discriminator's weights") as exc:
        gan.step(20)
    assert "the last good weights are kept. Lower the learning rate." in str(exc.value)
    assert isinstance(exc.value, ValueError) and gan.error == str(exc.value)
    np.testing.assert_array_equal(gan._gs, g0)
    np.testing.assert_array_equal(gan._ds, d0)
    assert gan.steps == 0
    gan.set_params(lr_g=1e-3, lr_d=1e-3)  # still usable
    gan.step(20)
    assert gan.steps == 20 and gan.error is None and np.all(np.isfinite(gan.sample(50)))


def test_divergence_later_in_training_rolls_back_only_the_bad_update():
    gan = GAN(**SMALL, seed=2, optimizer="sgd", lr_g=30.0, lr_d=30.0, loss="least_squares")
    for _ in range(500):
        saved = gan.state_dict()
        try:
            gan.step(1)
        except DivergenceError as exc:
            failed = "g" if "generator's" in str(exc) else "d"
            assert f"at step {saved['steps'] + 1} " in str(exc)
            break
    else:
        pytest.fail("SGD at learning rate 30 should diverge")
    np.testing.assert_array_equal(getattr(gan, f"_{failed}s")[0], saved[failed][0])
    for s in (gan._gs, gan._ds):
        assert np.all(np.abs(s[0]) <= 1e6)
    assert gan.steps == saved["steps"]


def test_same_seed_same_run_and_state_dict_round_trip():
    a = GAN(**SMALL, seed=7, minibatch_features=True, unroll=1)
    b = GAN(**SMALL, seed=7, minibatch_features=True, unroll=1)
    a.step(30)
    b.step(30)
    np.testing.assert_array_equal(a._gs, b._gs)
    saved = a.state_dict()
    c = GAN(**SMALL, seed=99, minibatch_features=True, unroll=1)
    c.load_state_dict(saved)
    a.step(25)
    c.step(25)
    np.testing.assert_array_equal(a._gs, c._gs)
    np.testing.assert_array_equal(a._ds, c._ds)
    for k, v in a.history.items():
        np.testing.assert_array_equal(v, c.history[k])
    assert len(a.history["step"]) == 5 and c.steps == 55


def test_loading_a_state_of_other_networks_is_refused_and_changes_nothing():
    a = GAN(**SMALL, seed=1)
    other = GAN(generator=(2, 8, 2), discriminator=(2, 8, 1), seed=1).state_dict()
    before = a.state_dict()
    with pytest.raises(ValueError, match="other sizes"):
        a.load_state_dict(other)
    broken = dict(before)
    broken["g"] = before["g"].copy()
    broken["g"][0, 0] = np.nan
    with pytest.raises(ValueError, match="NaN"):
        a.load_state_dict(broken)
    with pytest.raises(ValueError, match="another activation"):
        a.load_state_dict(GAN(**SMALL, seed=1, activation="tanh").state_dict())
    with pytest.raises(ValueError, match="incomplete"):
        a.load_state_dict({"g": before["g"]})
    for key, bad, words in (("adam_steps", np.array([np.nan, 1.0]), "whole numbers"),
                            ("adam_steps", np.array([-1, 1]), "0 or larger"),
                            ("steps", 2.5, "whole number"),
                            ("rng", {**before["rng"], "state": {**before["rng"]["state"], "inc": -1}}, "0 or larger")):
        with pytest.raises(ValueError, match=words):
            a.load_state_dict(dict(before, **{key: bad}))
    uneven = dict(before, history={**before["history"], "loss_g": np.zeros(3)})
    with pytest.raises(ValueError, match="different lengths"):
        a.load_state_dict(uneven)
    np.testing.assert_array_equal(a._gs, before["g"])


def test_history_keeps_every_record_past_the_first_buffer_and_recent_history_is_its_tail():
    gan = GAN(generator=(2, 4, 2), discriminator=(2, 4, 1), batch_size=8, record_every=1, seed=3)
    n = RECORDS_START + 37
    gan.step(n)
    h = gan.history
    assert set(h) == set(HISTORY_KEYS)
    np.testing.assert_array_equal(h["step"], np.arange(1, n + 1))
    assert np.all(np.isfinite(h["loss_d"])) and np.all(h["coverage"] >= 0)
    tail = gan.recent_history(100)
    for k in HISTORY_KEYS:
        np.testing.assert_array_equal(tail[k], h[k][-100:])
    assert len(gan.recent_history(0)["step"]) == 0 and len(gan.recent_history(10 * n)["step"]) == n
    h["step"][:] = -1  # copies: the GAN's own records are untouched
    assert gan.history["step"][0] == 1
    again = GAN(generator=(2, 4, 2), discriminator=(2, 4, 1), batch_size=8, record_every=1, seed=5)
    again.load_state_dict(gan.state_dict())
    again.step(2)
    gan.step(2)
    for k in HISTORY_KEYS:
        np.testing.assert_array_equal(again.history[k], gan.history[k])


def test_a_rewind_checkpoint_shares_the_records_that_did_not_change():
    gan = GAN(generator=(2, 4, 2), discriminator=(2, 4, 1), batch_size=8, record_every=1, seed=3)
    gan.step(5000)
    first = memento.take(gan)
    gan.step(20)
    second = memento.take(gan, first)
    # The records fill 5,020 of 8,192 rows (512 KB): only the block the 20 new rows fell in is copied.
    assert second.new_bytes + second.other_bytes < 100 * 1024


def test_views_have_the_promised_shapes_and_meaning():
    gan = GAN(**SMALL, seed=3)
    gan.step(20)
    bounds = ((-3.0, 3.0), (-2.0, 2.0))
    h = gan.heatmap(bounds, resolution=5)
    assert h.shape == (5, 5) and np.all((h > 0) & (h < 1))
    # Row i is y_i, column j is x_j.
    assert np.isclose(h[4, 0], gan.discriminate([[-3.0, 2.0]])[0], atol=1e-6)
    x, g = gan.generator_gradient(gan.noise(10))
    assert x.shape == g.shape == (10, 2)
    # Moving along the arrow lowers the generator's loss: D rises (non-saturating loss).
    step = 1e-3 * g / np.linalg.norm(g, axis=1, keepdims=True)
    assert np.mean(gan.discriminate(x + step) > gan.discriminate(x)) > 0.9
    assert gan.manifold(7).shape == (7, 7, 2)
    one = GAN(generator=(1, 8, 2), discriminator=(2, 8, 1), seed=0, noise="uniform")
    assert one.manifold(9).shape == (9, 2)
    z = gan.noise(4)
    np.testing.assert_array_equal(gan.sample(4, z=z), gan.sample(4, z=z))
    with pytest.raises(ValueError, match=r"\(n, 2\)"):
        gan.sample(3, z=np.zeros((3, 5)))
    with pytest.raises(ValueError, match="NaN"):
        gan.discriminate([[np.nan, 0.0]])
    for bad in (((1, 0), (0, 1)), "ring", ((0, 1),)):
        with pytest.raises(ValueError, match="bounds"):
            gan.heatmap(bad)


def test_train_only_one_network():
    gan = GAN(**SMALL, seed=4)
    g0, d0 = gan._gs[0].copy(), gan._ds[0].copy()
    gan.step_d(5)
    np.testing.assert_array_equal(gan._gs[0], g0)
    assert not np.array_equal(gan._ds[0], d0)
    d1 = gan._ds[0].copy()
    gan.step_g(5)
    np.testing.assert_array_equal(gan._ds[0], d1)
    assert not np.array_equal(gan._gs[0], g0) and gan.steps == 10


def test_ring_trains_visibly_with_the_defaults():
    gan = GAN(seed=0, record_every=500)
    gan.step(3000)
    h = gan.history
    assert h["coverage"][-1] >= 6 and h["high_quality"][-1] > 0.3
    assert np.all(np.isfinite(h["loss_d"])) and np.all((h["divergence"] >= 0) & (h["divergence"] <= np.log(2)))


def test_unrolling_beats_the_plain_gan_on_the_ring():
    # Plain GAN here (learning rates 1e-3 for both, 16-D noise, 64 units, batch 64) oscillates
    # from mode to mode without covering them; unrolling the discriminator 5 steps spreads G out.
    cfg = dict(generator=(16, 64, 64, 2), discriminator=(2, 64, 64, 1), batch_size=64, lr_g=1e-3, lr_d=1e-3,
               record_every=1200)
    plain, unrolled = [], []
    for seed in range(4):
        for unroll, out in ((0, plain), (5, unrolled)):
            gan = GAN(seed=seed, unroll=unroll, **cfg)
            gan.step(1200)
            out.append(gan.history["coverage"][-1])
    assert np.mean(unrolled) >= np.mean(plain) + 2, (plain, unrolled)
    assert sum(u > p for u, p in zip(unrolled, plain)) >= 3, (plain, unrolled)


def test_digits_gan_trains_without_nan_and_moves_toward_the_data():
    t = targets.digits()
    settings = {k: v for k, v in DEFAULTS_DIGITS.items() if k != "target"}
    gan = GAN(target=t, seed=0, record_every=50, **settings)
    z = np.random.default_rng(9).standard_normal((200, 16))

    def distance() -> float:
        x = gan.sample(200, z=z)
        return float(((x[:, None, :] - t.data[None, :, :]) ** 2).sum(axis=2).min(axis=1).mean())

    before = distance()
    gan.step(300)
    assert np.all(np.isfinite(gan.history["loss_d"])) and np.all(np.isfinite(gan._gs))
    assert distance() < 0.8 * before
    x = gan.sample(10)
    assert x.shape == (10, 64) and x.min() >= 0 and x.max() <= 1


def test_tiny_float64_gan_runs():
    gan = tiny(loss="minimax", optimizer="sgd", lr_g=0.01, lr_d=0.01)
    gan.step(3)
    assert gan._gs.dtype == np.float64 and gan.steps == 3
