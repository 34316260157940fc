"""The numba kernels against the plain-numpy reference, update for update, with the same random numbers."""

from __future__ import annotations

import numpy as np
import pytest

from simulator.models.boltzmann import BoltzmannMachine, Linear, Piecewise, Quench
from simulator.models.boltzmann import kernels as K
from simulator.models.boltzmann import reference
from simulator.models.boltzmann.engine import all_energies, draw_block
from simulator.models.boltzmann.scenes import spurious_escape


def random_net(n, seed, scale=1.0):
    rng = np.random.default_rng(seed)
    a = np.triu(rng.normal(0, scale, (n, n)), 1)
    return a + a.T, rng.normal(0, 0.5 * scale, n)


def engine_draws(seed, n, block, sweeps, order="random"):
    """The random numbers the engine draws for its first ``sweeps`` sweeps after a reset."""
    rng = np.random.default_rng(seed)
    orders, uniforms = [], []
    while sum(len(o) for o in orders) < sweeps:
        o, u = draw_block(rng, n, block, order)
        orders.append(o)
        uniforms.append(u)
    return np.vstack(orders)[:sweeps], np.vstack(uniforms)[:sweeps]


@pytest.mark.parametrize("n, seed, order", [(1, 3, "random"), (5, 0, "random"), (9, 1, "sequential"),
                                            (17, 2, "random")])
def test_every_update_matches_reference(n, seed, order):
    w, b = random_net(n, seed)
    sched = Linear(3.0, 0.2, 12)
    m = BoltzmannMachine(n, w, b, seed=seed)
    x0 = (np.random.default_rng(seed + 9).random(n) < 0.5).astype(np.int8)
    m.set_state(x0)
    m.order = order
    m.set_schedule(sched)
    sweeps = 12
    orders, uniforms = engine_draws(seed, n, m.block_sweeps, sweeps, order)
    ref_x, log = reference.gibbs(w, b, x0, orders, uniforms, sched.temperatures(np.arange(sweeps)))
    flips = 0
    for t, (unit, p, gap, flipped) in enumerate(log):
        flips += m.step(1)
        snap = m.snapshot()
        assert snap["last_unit"] == unit, f"update {t}"
        assert snap["last_probability"] == pytest.approx(p, rel=1e-12, abs=1e-15)
        assert snap["last_field"] == pytest.approx(gap, rel=1e-9, abs=1e-12)
        assert snap["last_flipped"] == flipped
    np.testing.assert_array_equal(m.state, ref_x)
    assert flips == sum(f for *_, f in log) == int(m.snapshot()["flip_counts"].sum())
    assert m.energy() == pytest.approx(reference.energy(w, b, ref_x), abs=1e-9)
    assert m.snapshot()["energy"] == pytest.approx(reference.energy(w, b, ref_x), abs=1e-9)


def test_many_blocks_and_chunk_sizes_give_the_reference_run():
    n, seed = 700, 4
    w, b = random_net(n, seed, scale=1 / np.sqrt(n))
    sched = Piecewise([(0, 1.5), (30, 0.3), (50, 0.3)])
    m = BoltzmannMachine(n, w, b, seed=seed)
    m.set_schedule(sched)
    sweeps = 50  # more than two blocks of random numbers
    assert m.block_sweeps < sweeps / 2
    orders, uniforms = engine_draws(seed, n, m.block_sweeps, sweeps)
    ref_x, log = reference.gibbs(w, b, m.state, orders, uniforms, sched.temperatures(np.arange(sweeps)))
    rng = np.random.default_rng(0)
    left = sweeps * n
    while left:
        k = min(left, int(rng.integers(1, 3 * n)))
        m.step(k)
        left -= k
    np.testing.assert_array_equal(m.state, ref_x)
    assert int(m.snapshot()["flip_counts"].sum()) == sum(f for *_, f in log)
    assert m.energy() == pytest.approx(reference.energy(w, b, ref_x), rel=1e-9, abs=1e-9)


def test_quench_is_the_greedy_hopfield_rule_with_ties_kept():
    scene = spurious_escape(seed=2, side=8)
    n = scene.n_units
    m = BoltzmannMachine(n, scene.weights, scene.biases, seed=5)
    m.set_state(scene.start)
    m.set_schedule(Quench())
    sweeps = 6
    orders, uniforms = engine_draws(5, n, m.block_sweeps, sweeps)
    ref_x, log = reference.gibbs(scene.weights, scene.biases, scene.start, orders, uniforms, np.zeros(sweeps),
                                 tol=m.tie_tolerance)
    m.step(sweeps * n)
    np.testing.assert_array_equal(m.state, ref_x)
    assert all(p in (0.0, 1.0) for _, p, _, _ in log)
    np.testing.assert_array_equal(ref_x, scene.mixture)


def test_gibbs_record_states_matches_reference_sweep_by_sweep():
    n, seed = 11, 8
    w, b = random_net(n, seed)
    m = BoltzmannMachine(n, w, b, seed=seed)
    states = m.gibbs(25, 0.8)
    orders, uniforms = engine_draws(seed, n, m.block_sweeps, 25)
    x = m.start_state
    for s in range(25):
        x, _ = reference.gibbs(w, b, x, orders[s:s + 1], uniforms[s:s + 1], [0.8])
        np.testing.assert_array_equal(states[s], x)


@pytest.mark.parametrize("n", [1, 2, 7, 12])
def test_enumerated_energies_and_distribution_match_reference(n):
    w, b = random_net(n, n)
    e = all_energies(w, b)
    np.testing.assert_allclose(e, reference.all_energies(w, b), atol=1e-10)
    m = BoltzmannMachine(n, w, b)
    states, p = m.exact_distribution(0.7)
    ref_states, ref_p = reference.exact_distribution(w, b, 0.7)
    np.testing.assert_array_equal(states, ref_states)
    np.testing.assert_allclose(p, ref_p, rtol=1e-9, atol=1e-15)
    assert p.sum() == pytest.approx(1.0)
    for k in (0, len(states) - 1, len(states) // 3):
        assert m.energy(states[k]) == pytest.approx(e[k], abs=1e-10)


def test_learning_phase_statistics_match_reference():
    rng = np.random.default_rng(3)
    nv, nh = 6, 3
    n = nv + nh
    w, b = random_net(n, 3)
    pats = (rng.random((4, nv)) < 0.5).astype(np.int8)
    S, R = 9, 3
    temps = np.linspace(2.0, 1.0, S)
    hs = (rng.random((4, nh)) < 0.5).astype(np.int8)
    po = rng.permuted(np.tile(np.arange(nh), (4, S, 1)), axis=2)
    pu = rng.random((4, S, nh))
    fs = (rng.random((R, n)) < 0.5).astype(np.int8)
    no = rng.permuted(np.tile(np.arange(n), (R, S, 1)), axis=2)
    nu = rng.random((R, S, n))
    out = [np.zeros((n, n)), np.zeros(n), np.zeros((n, n)), np.zeros(n)]
    sp, sn = K.learning_phases(w, b, pats, hs, po, pu, fs, no, nu, temps, 4, out[0], out[1], out[2], out[3])
    ref = reference.learning_phases(w, b, pats, hs, po, pu, fs, no, nu, temps, 4)
    for got, want in zip(out, ref[:4]):
        np.testing.assert_array_equal(got, want)
    assert (sp, sn) == (ref[4], ref[5]) == (4 * 5, R * 5)
    assert out[0].max() > 0 and out[2].max() > 0


def test_clamped_enumeration_matches_reference():
    n = 8
    w, b = random_net(n, 11)
    x = np.array([1, 0, 1, 0, 0, 0, 0, 0], np.int8)
    free = np.array([3, 5, 6, 7], np.int64)
    target = np.array([5, 7], np.int64)
    probs = np.zeros(4)
    marg = np.zeros(n)
    K.clamped_enumeration(w, b, x, free, 0.9, target, probs, marg)
    configs, p = reference.conditional_distribution(w, b, x, free, 0.9)
    np.testing.assert_allclose(marg, p @ configs, atol=1e-12)
    idx = configs[:, 5] + 2 * configs[:, 7]
    np.testing.assert_allclose(probs, np.bincount(idx, weights=p, minlength=4), atol=1e-12)
    np.testing.assert_array_equal(x, [1, 0, 1, 0, 0, 0, 0, 0])  # left as given


@pytest.mark.parametrize("n, sweeps", [(1, 4), (7, 3), (1024, 16), (3000, 2)])
@pytest.mark.parametrize("order", ["random", "sequential"])
def test_kernel_draws_numpys_numbers_and_leaves_its_state(n, sweeps, order):
    # The engine draws inside the kernel (without the GIL); the numbers must stay draw_block's.
    for seed in range(4):
        a, b = np.random.default_rng(seed), np.random.default_rng(seed)
        a.integers(0, 5, seed)  # a half-used 32-bit word in the generator, sometimes
        b.integers(0, 5, seed)
        want_o, want_u = draw_block(a, n, sweeps, order)
        got_o, got_u = np.empty((sweeps, n), np.int64), np.empty((sweeps, n))
        K.draw_block_into(b, got_o, got_u, order == "random")
        np.testing.assert_array_equal(got_o, want_o)
        np.testing.assert_array_equal(got_u, want_u)
        assert b.bit_generator.state == a.bit_generator.state


def test_one_long_step_over_many_blocks_with_an_order_change_gives_the_reference_run():
    # A step longer than the blocks one kernel call draws (MAX_FRESH_BLOCKS), then a change of
    # order mid-sweep: the sweeps not yet started are drawn again, as draw_block would.
    from simulator.models.boltzmann.engine import MAX_FRESH_BLOCKS

    n, seed = 64, 11
    w, b = random_net(n, seed, scale=1 / np.sqrt(n))
    sched = Linear(2.0, 0.2, 40000)
    m = BoltzmannMachine(n, w, b, seed=seed)
    m.set_schedule(sched)
    bs = m.block_sweeps
    first = (MAX_FRESH_BLOCKS + 3) * bs * n + n // 2  # ends mid-sweep
    rng = np.random.default_rng(seed)
    orders, uniforms = [], []
    while sum(len(o) for o in orders) * n < first:
        o, u = draw_block(rng, n, bs, "random")
        orders.append(o)
        uniforms.append(u)
    s_mid = first // n
    # After the change the in-progress sweep finishes with its numbers; new blocks start at the next sweep.
    o2, u2 = draw_block(rng, n, bs, "sequential")
    orders = np.vstack(orders)[:s_mid + 1]
    uniforms = np.vstack(uniforms)[:s_mid + 1]
    orders = np.vstack([orders, o2])
    uniforms = np.vstack([uniforms, u2])
    total = (s_mid + 1 + bs) * n
    x0 = m.state
    ref_x, log = reference.gibbs(w, b, x0, orders, uniforms, sched.temperatures(np.arange(len(orders))))
    m.step(first)
    m.order = "sequential"
    m.step(total - first)
    np.testing.assert_array_equal(m.state, ref_x)
    assert int(m.snapshot()["flip_counts"].sum()) == sum(f for *_, f in log)
