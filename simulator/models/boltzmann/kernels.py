"""Numba kernels for the Boltzmann machine: stochastic unit updates with incremental fields, enumeration."""

from __future__ import annotations

import math

import numpy as np

from simulator.core.jit import kernel
from simulator.core import rng_kernels

# Conventions shared by the kernels (the engine passes exactly these dtypes):
#   w      float64 (n, n) C-contiguous, symmetric, zero diagonal
#   b      float64 (n,)   biases
#   h      float64 (n,)   fields without bias, h = w @ x, kept up to date on every flip
#   x      int8 (n,)      state, 0/1
# The energy gap of unit i is f_i = h_i + b_i = E(x_i = 0) - E(x_i = 1); the unit turns
# on with probability 1 / (1 + exp(-f_i / T)), or greedily (the Hopfield rule) when T = 0.

#: -f/T beyond this gives p = 0 without calling exp (exp(700) is near the float64 limit).
EXP_CUTOFF = 700.0

# Slots of the engine's int64 counters array ``ints``.
I_UPDATES = 0        # single-unit updates since reset
I_TR_COUNT = 1       # trace samples written since reset
I_STATE_INDEX = 2    # sum_i x_i 2^i (kept only when visits are counted)
I_FLIPS_SINCE = 3    # flips since the last trace sample
I_SAMPLE_EVERY = 4   # updates between trace samples
I_REC_I = 5          # rows written to the per-sweep record
I_LAST_UNIT = 6      # unit of the last update (-1 before any)
I_LAST_FLIPPED = 7   # 1 if that update flipped the unit
I_FLIPS = 8          # flips since reset
I_REC_COUNTDOWN = 9  # updates left until the next per-sweep record row
N_INTS = 10

# Slots of the float64 array ``floats``.
F_ENERGY = 0         # energy of the current state, kept incrementally
F_LAST_P = 1         # probability of turning on that the last updated unit had
F_LAST_FIELD = 2     # its energy gap
F_ENERGY_SUM = 3     # sum of the energy after every update (for the mean energy)
F_BEST_ENERGY = 4    # lowest energy seen while a best state is tracked
N_FLOATS = 5


@kernel
def probability_on(f, T):
    """p = 1 / (1 + exp(-f / T)), exactly as the update kernel computes it (T > 0)."""
    z = -f / T
    if z > EXP_CUTOFF:
        return 0.0
    return 1.0 / (1.0 + math.exp(z))


@kernel
def gibbs_chunk(w, b, h, x, orders, uniforms, temps, row, pos, n_updates, tol,
                flip_counts, ints, floats, tr_sweeps, tr_temp, tr_energy, tr_flip,
                visits, hist, hist_lo, hist_inv_width, on_time, last_change,
                rec_x, rec_e, best_x):
    """``n_updates`` single-unit updates, starting at position ``pos`` of sweep ``row`` of a block.

    Sweep ``r`` of the block visits the units ``orders[r]`` and draws ``uniforms[r, t]``
    for its t-th update: the unit turns on when that number is below its probability
    of being on at temperature ``temps[r]`` (0 means greedy: on if the gap is above
    ``tol``, off if below ``-tol``, unchanged otherwise). The caller keeps the updates
    inside the block.

    On a flip of unit i by d = +1 or -1 the fields change by d w[i, :] (a row, as w is
    symmetric) and the energy by -d f_i. Optional records (skipped when empty):
    ``visits`` (2^n,) counts of the state after each update; ``hist`` energy histogram
    (clamped into the end bins); ``rec_x``/``rec_e`` the state and energy every n
    updates; ``best_x`` the lowest-energy state seen (energy in ``floats[F_BEST_ENERGY]``).
    ``on_time``/``last_change`` account for how long each unit has been on.

    Returns
    -------
    int
        Flips in these updates.
    """
    n = x.shape[0]
    cap = tr_energy.shape[0]
    nbins = hist.shape[0]
    count_visits = visits.shape[0] > 0
    n_rec = rec_x.shape[0]
    track_best = best_x.shape[0] > 0
    updates = ints[I_UPDATES]
    tr_count = ints[I_TR_COUNT]
    idx = ints[I_STATE_INDEX]
    flips_since = ints[I_FLIPS_SINCE]
    sample_every = ints[I_SAMPLE_EVERY]
    rec_i = ints[I_REC_I]
    rec_countdown = ints[I_REC_COUNTDOWN]
    e = floats[F_ENERGY]
    e_sum = floats[F_ENERGY_SUM]
    best_e = floats[F_BEST_ENERGY]
    # A countdown instead of updates % sample_every: a division per update costs more
    # than the update itself when the unit does not flip.
    countdown = sample_every - updates % sample_every
    flips = 0
    last_unit = -1
    last_p = 0.0
    last_f = 0.0
    last_flipped = False
    for _ in range(n_updates):
        i = orders[row, pos]
        T = temps[row]
        f = h[i] + b[i]
        old = x[i]
        if T > 0.0:
            z = -f / T
            if z > EXP_CUTOFF:
                p = 0.0
            else:
                p = 1.0 / (1.0 + math.exp(z))
            new = 1 if uniforms[row, pos] < p else 0
        else:
            if f > tol:
                new = 1
                p = 1.0
            elif f < -tol:
                new = 0
                p = 0.0
            else:
                new = old
                p = float(old)
        updates += 1
        last_unit = i
        last_p = p
        last_f = f
        last_flipped = new != old
        if last_flipped:
            d = new - old
            x[i] = new
            e -= d * f
            row_i = w[i]
            if d > 0:
                for j in range(n):
                    h[j] += row_i[j]
            else:
                for j in range(n):
                    h[j] -= row_i[j]
            flips += 1
            flips_since += 1
            flip_counts[i] += 1
            if old == 1:
                on_time[i] += updates - last_change[i]
            last_change[i] = updates
            if count_visits:
                idx ^= np.int64(1) << i
            if track_best and e < best_e:
                best_e = e
                for j in range(n):
                    best_x[j] = x[j]
        if count_visits:
            visits[idx] += 1
        if nbins > 0:
            k = int((e - hist_lo) * hist_inv_width)
            if k < 0:
                k = 0
            elif k >= nbins:
                k = nbins - 1
            hist[k] += 1
        e_sum += e
        countdown -= 1
        if countdown == 0:
            countdown = sample_every
            slot = tr_count % cap
            tr_sweeps[slot] = updates / n
            tr_temp[slot] = T
            tr_energy[slot] = e
            tr_flip[slot] = flips_since / sample_every
            flips_since = 0
            tr_count += 1
        if n_rec > 0:
            rec_countdown -= 1
            if rec_countdown == 0:
                rec_countdown = n
                if rec_i < n_rec:
                    for j in range(n):
                        rec_x[rec_i, j] = x[j]
                    rec_e[rec_i] = e
                    rec_i += 1
        pos += 1
        if pos == n:
            pos = 0
            row += 1
    ints[I_UPDATES] = updates
    ints[I_TR_COUNT] = tr_count
    ints[I_STATE_INDEX] = idx
    ints[I_FLIPS_SINCE] = flips_since
    ints[I_REC_I] = rec_i
    ints[I_REC_COUNTDOWN] = rec_countdown
    ints[I_FLIPS] += flips
    if last_unit >= 0:
        ints[I_LAST_UNIT] = last_unit
        ints[I_LAST_FLIPPED] = 1 if last_flipped else 0
        floats[F_LAST_P] = last_p
        floats[F_LAST_FIELD] = last_f
    floats[F_ENERGY] = e
    floats[F_ENERGY_SUM] = e_sum
    floats[F_BEST_ENERGY] = best_e
    return flips


@kernel
def fields(w, x, h):
    """h = w @ x for a 0/1 state, adding the rows of the units that are on (w is symmetric)."""
    n = x.shape[0]
    for j in range(n):
        h[j] = 0.0
    for i in range(n):
        if x[i] != 0:
            row = w[i]
            for j in range(n):
                h[j] += row[j]
    return n


@kernel
def energy(h, x, b):
    """E = -(1/2 x.h + b.x) with h = w @ x, i.e. -(sum_{i<j} x_i w_ij x_j + sum_i b_i x_i)."""
    n = x.shape[0]
    quad = 0.0
    lin = 0.0
    for i in range(n):
        if x[i] != 0:
            quad += h[i]
            lin += b[i]
    return -(0.5 * quad + lin)


@kernel
def count_unstable(h, b, x, tol):
    """Units a greedy (T = 0) update would flip now; 0 means a local minimum of the energy."""
    n = x.shape[0]
    m = 0
    for i in range(n):
        f = h[i] + b[i]
        if (f > tol and x[i] == 0) or (f < -tol and x[i] == 1):
            m += 1
    return m


@kernel
def greedy_descent(w, b, x, h, tol, max_sweeps):
    """Greedy (T = 0) sweeps in unit order from ``x`` until a sweep flips nothing; returns the energy.

    ``x`` (int8) is changed in place and ``h`` (float64 work array) holds its fields.
    Deterministic: it uses no random numbers.
    """
    n = x.shape[0]
    fields(w, x, h)
    for _ in range(max_sweeps):
        flips = 0
        for i in range(n):
            f = h[i] + b[i]
            new = x[i]
            if f > tol:
                new = 1
            elif f < -tol:
                new = 0
            if new != x[i]:
                row = w[i]
                if new == 1:
                    for j in range(n):
                        h[j] += row[j]
                else:
                    for j in range(n):
                        h[j] -= row[j]
                x[i] = new
                flips += 1
        if flips == 0:
            break
    return energy(h, x, b)


@kernel
def state_index(x):
    """sum_i x_i 2^i (unit 0 is the least significant bit)."""
    idx = np.int64(0)
    for i in range(x.shape[0]):
        if x[i] != 0:
            idx |= np.int64(1) << i
    return idx


@kernel
def enumerate_energies(w, b, out):
    """Energies of all 2^n states into ``out`` (2^n,), index sum_i x_i 2^i.

    The states are visited in Gray-code order, so each differs from the previous one in
    a single unit and costs one row update of the fields: O(n 2^n) in all. The fields
    are recomputed from scratch every 4096 states so rounding cannot accumulate.

    Returns
    -------
    int
        The index of a lowest-energy state (the first found).
    """
    n = b.shape[0]
    total = np.int64(1) << n
    x = np.zeros(n, np.int8)
    h = np.zeros(n, np.float64)
    e = 0.0
    out[0] = 0.0
    idx = np.int64(0)
    best = np.int64(0)
    best_e = 0.0
    for k in range(1, total):
        # the bit that changes between Gray codes k-1 and k is k's lowest set bit
        i = 0
        while ((k >> i) & 1) == 0:
            i += 1
        f = h[i] + b[i]
        if x[i] == 0:
            x[i] = 1
            e -= f
            row = w[i]
            for j in range(n):
                h[j] += row[j]
        else:
            x[i] = 0
            e += f
            row = w[i]
            for j in range(n):
                h[j] -= row[j]
        idx ^= np.int64(1) << i
        if (k & 4095) == 0:
            fields(w, x, h)
            e = energy(h, x, b)
        out[idx] = e
        if e < best_e:
            best_e = e
            best = idx
    return best


@kernel
def boltzmann_probabilities(energies, T, out):
    """out = exp(-E/T) / Z over all states, computed from the lowest energy so nothing overflows."""
    m = energies.shape[0]
    lo = energies[0]
    for k in range(m):
        if energies[k] < lo:
            lo = energies[k]
    z = 0.0
    for k in range(m):
        v = math.exp(-(energies[k] - lo) / T)
        out[k] = v
        z += v
    inv = 1.0 / z
    for k in range(m):
        out[k] *= inv
    return z


@kernel
def visit_tv_distance(visits, probs):
    """Total variation 1/2 sum |visits/total - probs| (NaN when nothing was visited)."""
    total = 0
    for k in range(visits.shape[0]):
        total += visits[k]
    if total == 0:
        return np.nan
    acc = 0.0
    inv = 1.0 / total
    for k in range(visits.shape[0]):
        acc += abs(visits[k] * inv - probs[k])
    return 0.5 * acc


@kernel
def _phase_run(w, b, x, h, free, orders, uniforms, temps, collect_from, corr, mean):
    # sweeps over the units listed in ``free`` only; the others stay clamped
    n = x.shape[0]
    m = free.shape[0]
    fields(w, x, h)
    samples = 0
    for s in range(temps.shape[0]):
        T = temps[s]
        for t in range(m):
            i = free[orders[s, t]]
            f = h[i] + b[i]
            z = -f / T
            if z > EXP_CUTOFF:
                p = 0.0
            else:
                p = 1.0 / (1.0 + math.exp(z))
            new = 1 if uniforms[s, t] < p else 0
            if new != x[i]:
                row = w[i]
                if new == 1:
                    for j in range(n):
                        h[j] += row[j]
                else:
                    for j in range(n):
                        h[j] -= row[j]
                x[i] = new
        if s >= collect_from:
            samples += 1
            for i in range(n):
                if x[i] != 0:
                    mean[i] += 1.0
                    ci = corr[i]
                    for j in range(n):
                        if x[j] != 0:
                            ci[j] += 1.0
    return samples


@kernel
def learning_phases(w, b, patterns, hidden_start, pos_orders, pos_uniforms, free_start, neg_orders,
                    neg_uniforms, temps, collect_from, corr_pos, mean_pos, corr_neg, mean_neg):
    """The two phases of one Boltzmann learning cycle, from pre-drawn random numbers.

    Clamped phase: for each pattern k (P, n_visible) the visible units are clamped to it,
    the hidden units start at ``hidden_start[k]`` and are updated for the sweeps of
    ``temps`` (an annealing schedule, one T per sweep) in the orders
    ``pos_orders[k, s]`` with uniforms ``pos_uniforms[k, s]``. Free phase: R runs of all
    units from ``free_start[r]``. Sweeps from ``collect_from`` on add x x^T to ``corr_*``
    and x to ``mean_*`` (zeroed here). Returns (clamped samples, free samples).
    """
    n = w.shape[0]
    nv = patterns.shape[1]
    nh = n - nv
    corr_pos[:, :] = 0.0
    corr_neg[:, :] = 0.0
    mean_pos[:] = 0.0
    mean_neg[:] = 0.0
    x = np.zeros(n, np.int8)
    h = np.zeros(n, np.float64)
    hidden = np.arange(nv, n)
    everyone = np.arange(n)
    sp = 0
    for k in range(patterns.shape[0]):
        for i in range(nv):
            x[i] = patterns[k, i]
        for i in range(nh):
            x[nv + i] = hidden_start[k, i]
        sp += _phase_run(w, b, x, h, hidden, pos_orders[k], pos_uniforms[k], temps, collect_from,
                         corr_pos, mean_pos)
    sn = 0
    for r in range(free_start.shape[0]):
        for i in range(n):
            x[i] = free_start[r, i]
        sn += _phase_run(w, b, x, h, everyone, neg_orders[r], neg_uniforms[r], temps, collect_from,
                         corr_neg, mean_neg)
    return sp, sn


@kernel
def clamped_enumeration(w, b, x, free, T, target, target_probs, marginals):
    """Exact distribution of the ``free`` units given the others clamped at their values in ``x``.

    Fills ``marginals`` (n,) with P(x_i = 1) (clamped units: their value) and
    ``target_probs`` (2^k,) with the joint probabilities of the units listed in
    ``target`` (index sum_j x_target[j] 2^j). Enumerates the 2^m free configurations
    with a direct energy for each; ``x`` is left as given.
    """
    n = x.shape[0]
    m = free.shape[0]
    total = np.int64(1) << m
    saved = x.copy()
    energies = np.empty(total, np.float64)
    lo = np.inf
    for c in range(total):
        for j in range(m):
            x[free[j]] = (c >> j) & 1
        e = 0.0
        for i in range(n):
            if x[i] != 0:
                e -= b[i]
                row = w[i]
                for j in range(i + 1, n):
                    if x[j] != 0:
                        e -= row[j]
        energies[c] = e
        if e < lo:
            lo = e
    for i in range(n):
        marginals[i] = 0.0
    target_probs[:] = 0.0
    z = 0.0
    for c in range(total):
        p = math.exp(-(energies[c] - lo) / T)
        z += p
        for j in range(m):
            x[free[j]] = (c >> j) & 1
        for i in range(n):
            if x[i] != 0:
                marginals[i] += p
        t = 0
        for j in range(target.shape[0]):
            if x[target[j]] != 0:
                t |= 1 << j
        target_probs[t] += p
    inv = 1.0 / z
    for i in range(n):
        marginals[i] *= inv
    for t in range(target_probs.shape[0]):
        target_probs[t] *= inv
    for i in range(n):
        x[i] = saved[i]
    return z


def empty_records(n: int):
    """Empty optional-record arrays for :func:`gibbs_chunk` (visits, hist, rec_x, rec_e, best_x)."""
    return (np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros((0, n), np.int8),
            np.zeros(0, np.float64), np.zeros(0, np.int8))


def warmup() -> None:
    """Compile every kernel once, with the exact argument types used at run time."""
    n = 3
    w = np.zeros((n, n), np.float64)
    b = np.zeros(n, np.float64)
    h = np.zeros(n, np.float64)
    x = np.zeros(n, np.int8)
    orders = np.tile(np.arange(n, dtype=np.int64), (2, 1))
    u = np.full((2, n), 0.5)
    temps = np.ones(2)
    ints = np.zeros(N_INTS, np.int64)
    ints[I_SAMPLE_EVERY] = 1
    ints[I_REC_COUNTDOWN] = n
    floats = np.zeros(N_FLOATS, np.float64)
    tr = np.zeros(4, np.float64)
    fc = np.zeros(n, np.int32)
    on_time = np.zeros(n, np.int64)
    last = np.zeros(n, np.int64)
    visits, hist, rec_x, rec_e, best_x = empty_records(n)
    gibbs_chunk(w, b, h, x, orders, u, temps, 0, 0, 2 * n, 0.0, fc, ints, floats, tr, tr.copy(), tr.copy(),
                tr.copy(), visits, hist, 0.0, 1.0, on_time, last, rec_x, rec_e, best_x)
    gibbs_chunk(w, b, h, x, orders, u, temps, 0, 0, n, 0.0, fc, ints, floats, tr, tr.copy(), tr.copy(),
                tr.copy(), np.zeros(8, np.int64), np.zeros(4, np.int64), 0.0, 1.0, on_time, last,
                np.zeros((1, n), np.int8), np.zeros(1), np.zeros(n, np.int8))
    probability_on(1.0, 1.0)
    fields(w, x, h)
    energy(h, x, b)
    count_unstable(h, b, x, 0.0)
    state_index(x)
    greedy_descent(w, b, x.copy(), h, 0.0, 2)
    e = np.zeros(8)
    enumerate_energies(w, b, e)
    p = np.zeros(8)
    boltzmann_probabilities(e, 1.0, p)
    visit_tv_distance(np.ones(8, np.int64), p)
    pats = np.zeros((2, 2), np.int8)
    o = np.zeros((2, 2, 1), np.int64)
    ou = np.full((2, 2, 1), 0.5)
    on = np.tile(np.arange(n, dtype=np.int64), (1, 2, 1))
    c = np.zeros((n, n))
    mv = np.zeros(n)
    learning_phases(w, b, pats, np.zeros((2, 1), np.int8), o, ou, np.zeros((1, n), np.int8), on,
                    np.full((1, 2, n), 0.5), temps, 1, c, mv, c.copy(), mv.copy())
    clamped_enumeration(w, b, x, np.arange(2, dtype=np.int64), 1.0, np.arange(1, dtype=np.int64),
                        np.zeros(2), np.zeros(n))
    # The engine's block runner: a current block (a row of a drawn 3-d block, or the empty one) and fresh blocks.
    rng = np.random.default_rng(0)
    fresh_o = np.zeros((1, 2, n), np.int64)
    fresh_u = np.zeros((1, 2, n))
    fresh_t = np.ones((1, 2))
    for cur in ((fresh_o[0], fresh_u[0], fresh_t[0]), (orders[:0], u[:0], temps[:0])):
        gibbs_blocks(*cur, cur[2].shape[0], 0, 0, rng, True, fresh_o, fresh_u, fresh_t, n, w, b, h, x, 0.0, fc,
                     ints, floats, tr, tr.copy(), tr.copy(), tr.copy(), visits, hist, 0.0, 1.0, on_time, last,
                     rec_x, rec_e, best_x)


@kernel
def draw_block_into(rng, orders, uniforms, shuffle):
    """Fill one block's random numbers exactly as :func:`engine.draw_block` draws them with numpy.

    Each row of ``orders`` becomes 0..n-1, shuffled in place when ``shuffle`` (numpy's
    ``permuted(axis=1)`` takes the rows in order, one Fisher-Yates shuffle each, as
    ``Generator.shuffle`` does), then ``uniforms`` is filled row by row from ``rng.random``.
    Numba drives the same bit generator, so the numbers and the state it leaves are
    numpy's; the point is to draw without holding the GIL (the GUI thread needs it).
    """
    n_sweeps, n = orders.shape
    for s in range(n_sweeps):
        row = orders[s]
        for i in range(n):
            row[i] = i
        if shuffle:
            rng_kernels.shuffle_in_place(rng, row)
    for s in range(n_sweeps):
        for t in range(n):
            uniforms[s, t] = rng.random()


@kernel
def gibbs_blocks(cur_orders, cur_uniforms, cur_temps, cur_len, row, pos, rng, shuffle, orders, uniforms, temps,
                 n_updates, w, b, h, x, tol, flip_counts, ints, floats, tr_sweeps, tr_temp, tr_energy, tr_flip,
                 visits, hist, hist_lo, hist_inv_width, on_time, last_change, rec_x, rec_e, best_x):
    """``n_updates`` updates: the rest of the current block, then fresh blocks drawn one at a time, in one call.

    The current block (``cur_*``, its first ``cur_len`` sweeps usable) goes on from
    position ``pos`` of its sweep ``row`` (``row >= cur_len`` when it is used up). Fresh
    block ``k`` is drawn into ``orders[k]`` and ``uniforms[k]`` (:func:`draw_block_into`)
    only once an update needs it, and runs at the temperatures ``temps[k]``, from the
    sweep after the current block's (or from position ``pos`` of its first sweep when the
    current block is used up). The numbers, and the generator's state after, are those of
    drawing each block with numpy and calling :func:`gibbs_chunk` on it, as the engine did
    block by block; one call instead of two per block spares the worker thread the wait for
    the GIL that each return costs while the GUI thread paints. The other arguments are
    :func:`gibbs_chunk`'s; the caller provides enough fresh blocks for ``n_updates``.

    Returns
    -------
    (int, int, int)
        Flips, updates done, and fresh blocks drawn (the last one drawn holds the next update).
    """
    n = x.shape[0]
    n_blocks, block_sweeps = temps.shape
    flips = 0
    done = 0
    if row < cur_len:
        m = min(n_updates, (cur_len - row) * n - pos)
        flips += gibbs_chunk(w, b, h, x, cur_orders, cur_uniforms, cur_temps, row, pos, m, tol,
                             flip_counts, ints, floats, tr_sweeps, tr_temp, tr_energy, tr_flip,
                             visits, hist, hist_lo, hist_inv_width, on_time, last_change,
                             rec_x, rec_e, best_x)
        done = m
        pos = 0
    k = 0
    while done < n_updates and k < n_blocks:
        draw_block_into(rng, orders[k], uniforms[k], shuffle)
        m = min(n_updates - done, block_sweeps * n - pos)
        flips += gibbs_chunk(w, b, h, x, orders[k], uniforms[k], temps[k], 0, pos, m, tol,
                             flip_counts, ints, floats, tr_sweeps, tr_temp, tr_energy, tr_flip,
                             visits, hist, hist_lo, hist_inv_width, on_time, last_change,
                             rec_x, rec_e, best_x)
        done += m
        pos = 0
        k += 1
    return flips, done, k
