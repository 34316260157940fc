"""Numba kernels for the Hopfield network: incremental local fields, updates, weight rules."""

from __future__ import annotations

import numpy as np

from llvmlite import ir
from numba.core import cgutils, types
from numba.extending import intrinsic

from simulator.core.jit import kernel
from simulator.core import rng_kernels


@intrinsic
def _prefetch_intrinsic(typingctx, arr, idx):
    """Hint the CPU to start loading the cache line holding ``arr[idx]`` into L2 (1-D array)."""
    sig = types.void(arr, idx)

    def codegen(context, builder, signature, args):
        aryty = signature.args[0]
        ary = context.make_array(aryty)(context, builder, args[0])
        ptr = cgutils.get_item_pointer(context, builder, aryty, ary, [args[1]])
        i8p = builder.bitcast(ptr, ir.IntType(8).as_pointer())
        i32 = ir.IntType(32)
        fnty = ir.FunctionType(ir.VoidType(), [i8p.type, i32, i32, i32])
        fn = cgutils.get_or_insert_function(builder.module, fnty, "llvm.prefetch.p0i8")
        # read, locality 2 (keep in L2: L1 is busy holding the fields), data cache
        builder.call(fn, [i8p, ir.Constant(i32, 0), ir.Constant(i32, 2), ir.Constant(i32, 1)])
        return context.get_dummy_value()

    return sig, codegen


@kernel
def _prefetch_probe(a):
    _prefetch_intrinsic(a, 0)
    return a[0]


def _pick_prefetch():
    # The intrinsic's name depends on the LLVM version behind llvmlite; if it does not
    # compile here, prefetching becomes a no-op (slower rows, same results). The probe
    # is cached on disk like every kernel, so this costs nothing after the first run.
    try:
        _prefetch_probe(np.zeros(16, np.float32))
        return _prefetch_intrinsic
    except Exception:  # pragma: no cover - depends on the installed llvmlite
        @kernel
        def no_prefetch(arr, idx):
            return None

        return no_prefetch


prefetch = _pick_prefetch()

#: Units per chunk when adding a weight row to the fields: 1 KB of float32, 16 cache lines.
_CHUNK = 256

# Conventions shared by every kernel (the engine passes exactly these dtypes):
#   w      float32 (n, n) C-contiguous, symmetric, zero diagonal, "raw" units
#          (the network's W is w * scale; for Hebbian w holds the exact integers sum y y^T)
#   h      float64 (n,)   raw local fields without bias: h = w @ x
#   x      int8 (n,)      state, +1/-1
#   braw   float64 (n,)   biases in raw units (b / scale)
#   tol    float          raw tie tolerance: |h_i + braw_i| <= tol keeps x_i
#   yt     int8 (n, p)    stored patterns, transposed so a flip of unit i touches one row
#   ov     int64 (p,)     raw overlaps y_k . x


@kernel
def pattern_dots(y, x, out):
    """out[k] = y[k] . x for int8 patterns ``y`` (p, n) and state ``x``; exact in int64."""
    p, n = y.shape
    for k in range(p):
        acc = 0
        row = y[k]
        for j in range(n):
            acc += np.int64(row[j]) * np.int64(x[j])
        out[k] = acc
    return p


@kernel
def hebbian_fields(y, x, dots, h):
    """Raw Hebbian fields h = Y^T (Y x) - p x, exactly, in O(p n) instead of O(n^2).

    Fills ``dots`` (p,) int64 with Y x (the raw overlaps) and ``h`` (n,) float64.
    Returns the number of bytes of ``y`` read (two passes).
    """
    p, n = y.shape
    pattern_dots(y, x, dots)
    if p * n < 2**31 - 1:
        # Integer sums in blocks of units small enough to stay in L1: exact and fast.
        blk = 2048
        acc = np.zeros(blk, np.int32)
        for i0 in range(0, n, blk):
            i1 = min(n, i0 + blk)
            m = i1 - i0
            acc[:] = 0
            for k in range(p):
                c = np.int32(dots[k])
                row = y[k, i0:i1]
                for i in range(m):
                    acc[i] += c * np.int32(row[i])
            for i in range(m):
                h[i0 + i] = np.float64(acc[i]) - float(p) * x[i0 + i]
    else:
        for i in range(n):
            h[i] = -float(p) * x[i]
        for k in range(p):
            c = float(dots[k])
            row = y[k]
            for i in range(n):
                h[i] += c * row[i]
    return 2 * p * n


@kernel
def matvec_fields(w, x, h):
    """h = w @ x with float64 accumulation, reading rows of ``w`` (valid as w is symmetric).

    Accumulating whole rows (h += x_j w[j, :]) streams memory in order and vectorises
    without reassociating any sum. Returns the number of bytes of ``w`` read.
    """
    n = x.shape[0]
    for i in range(n):
        h[i] = 0.0
    for j in range(n):
        row = w[j]
        if x[j] > 0:
            for i in range(n):
                h[i] += np.float64(row[i])
        else:
            for i in range(n):
                h[i] -= np.float64(row[i])
    return 4 * n * n


@kernel
def energy_raw(h, x, braw):
    """Raw energy -1/2 x.h - braw.x (multiply by the weight scale for E)."""
    n = x.shape[0]
    quad = 0.0
    lin = 0.0
    for i in range(n):
        quad += x[i] * h[i]
        lin += braw[i] * x[i]
    return -0.5 * quad - lin


@kernel
def fields_and_energy(hebbian, y, w, x, braw, dots, h):
    """Fresh raw fields ``h`` and overlaps ``dots`` from the state ``x``, and the raw energy, in one call.

    ``hebbian``: :func:`hebbian_fields` from the patterns ``y``; otherwise :func:`matvec_fields`
    from ``w`` and :func:`pattern_dots`. A loop recall sets a new state several hundred times
    a second: one call instead of three spares the worker two waits for the GIL.
    """
    if hebbian:
        hebbian_fields(y, x, dots, h)
    else:
        matvec_fields(w, x, h)
        pattern_dots(y, x, dots)
    return energy_raw(h, x, braw)


@kernel
def count_unstable(h, x, braw, tol):
    """Number of units an update would flip now (0 means a fixed point)."""
    n = x.shape[0]
    m = 0
    for i in range(n):
        f = h[i] + braw[i]
        m += ((f > tol) & (x[i] < 0)) | ((f < -tol) & (x[i] > 0))
    return m


@kernel
def add_row(h, row, two_s, nxt, fetch_next):
    """h += two_s * row (float64), while prefetching the lines of row ``nxt`` if asked.

    Fetching the next flip's weight row during this one keeps memory busy: a flip is
    limited by how fast its row arrives, not by the additions.
    """
    n = h.shape[0]
    for j0 in range(0, n, _CHUNK):
        hs = h[j0:j0 + _CHUNK]
        rs = row[j0:j0 + _CHUNK]
        if fetch_next:
            for l in range(0, hs.shape[0], 16):
                prefetch(nxt, j0 + l)
        for j in range(hs.shape[0]):
            hs[j] += two_s * np.float64(rs[j])
    return n


@kernel
def async_updates(w, h, x, braw, tol, order, start, stop, yt, ov, flip_counts,
                  updates, sample_every, tr_sweeps, tr_energy, tr_overlaps, tr_count,
                  e_raw, scale):
    """Update units ``order[start:stop]`` one at a time, keeping fields, overlaps and energy.

    On a flip of unit i to s the fields change by 2 s w[i, :] (a row: w is symmetric) and
    the raw energy by -2 |h_i + braw_i| (zero diagonal), so the tracked energy can only
    fall. Every ``sample_every`` updates (0: never) a trace sample is written at slot
    ``tr_count % len(tr_energy)``.

    Returns
    -------
    (flips, updates, tr_count, e_raw, last_unit, last_field, last_flipped)
        ``last_field`` is in network units (raw field times ``scale``).
    """
    n = x.shape[0]
    p = ov.shape[0]
    cap = tr_energy.shape[0]
    flips = 0
    last_unit = -1
    last_field = 0.0
    last_flipped = False
    # A countdown instead of updates % sample_every: an integer division per update
    # would cost more than the update itself.
    countdown = sample_every - updates % sample_every if sample_every > 0 else -1
    # Next position to look at when guessing which unit flips next (to prefetch its row):
    # each position is examined at most once, so guessing costs O(n) per sweep.
    frontier = start
    for t in range(start, stop):
        i = order[t]
        f = h[i] + braw[i]
        xi = x[i]
        # Bitwise, not short-circuit, tests: field signs are random, so branches on them
        # would be mispredicted half the time; flips are the rare, predictable branch.
        last_unit = i
        last_field = f * scale
        last_flipped = ((f > tol) & (xi < 0)) | ((f < -tol) & (xi > 0))
        if last_flipped:
            s = -xi
            x[i] = s
            flips += 1
            flip_counts[i] += 1
            e_raw -= 2.0 * abs(f)
            if frontier <= t:
                frontier = t + 1
            guess = -1
            while frontier < stop and guess < 0:
                u = order[frontier]
                g = h[u] + braw[u]
                if ((g > tol) & (x[u] < 0)) | ((g < -tol) & (x[u] > 0)):
                    guess = u
                frontier += 1
            add_row(h, w[i], 2.0 * s, w[max(guess, 0)], guess >= 0)
            yrow = yt[i]
            for k in range(p):
                ov[k] += 2 * s * np.int64(yrow[k])
        updates += 1
        countdown -= 1
        if countdown == 0:
            countdown = sample_every
            slot = tr_count % cap
            tr_sweeps[slot] = updates / n
            tr_energy[slot] = e_raw * scale
            for k in range(p):
                tr_overlaps[slot, k] = ov[k] / n
            tr_count += 1
    return flips, updates, tr_count, e_raw, last_unit, last_field, last_flipped


@kernel
def sync_update(w, h, x, braw, tol, yt, ov, flip_counts, scratch):
    """One synchronous update of every unit from the current fields; returns the flips.

    New signs are decided from the old fields first, then each flipped unit's weight row
    is added to the fields (cost flips * n, never more than one full matrix read).
    ``scratch`` is an int64 (n,) work array.
    """
    n = x.shape[0]
    p = ov.shape[0]
    m = 0
    for i in range(n):
        f = h[i] + braw[i]
        if ((f > tol) & (x[i] < 0)) | ((f < -tol) & (x[i] > 0)):
            scratch[m] = i
            m += 1
    for t in range(m):
        i = scratch[t]
        s = -x[i]
        x[i] = s
        flip_counts[i] += 1
        nxt = scratch[t + 1] if t + 1 < m else i
        add_row(h, w[i], 2.0 * s, w[nxt], t + 1 < m)
        yrow = yt[i]
        for k in range(p):
            ov[k] += 2 * s * np.int64(yrow[k])
    return m


@kernel
def storkey_add(w, xi, h):
    """Add one pattern to float32 weights ``w`` in place with Storkey's (1997) rule.

    With h = w xi and a zero diagonal, the rule
    w_ij += (xi_i xi_j - xi_i h_ji - h_ij xi_j) / n, h_ij = sum_{k != i, j} w_ik xi_k,
    becomes w_ij += (xi_i xi_j - (xi_i h_j + xi_j h_i) + 2 w_ij) / n; the bracketed sum is
    the same floating-point value for (i, j) and (j, i), so w stays exactly symmetric.
    Each row update reads only its own old row, so updating in place is safe.
    ``h`` is a float64 (n,) work array. Returns n.
    """
    n = xi.shape[0]
    matvec_fields(w, xi, h)
    for i in range(n):
        row = w[i]
        xi_i = np.float64(xi[i])
        h_i = h[i]
        for j in range(n):
            if j != i:
                xj = np.float64(xi[j])
                wij = np.float64(row[j])
                t = xi_i * h[j] + xj * h_i
                row[j] = wij + (xi_i * xj - t + 2.0 * wij) / n
        row[i] = 0.0
    return n


@kernel
def symmetrize_zero_diag(w):
    """Make float32 ``w`` exactly symmetric (mean of w and w^T) with a zero diagonal, in tiles."""
    n = w.shape[0]
    b = 64
    for i0 in range(0, n, b):
        i1 = min(n, i0 + b)
        for j0 in range(i0, n, b):
            j1 = min(n, j0 + b)
            for i in range(i0, i1):
                for j in range(max(j0, i + 1), j1):
                    a = np.float32(0.5 * (np.float64(w[i, j]) + np.float64(w[j, i])))
                    w[i, j] = a
                    w[j, i] = a
    for i in range(n):
        w[i, i] = 0.0
    return n


@kernel
def max_abs_row_sum(w):
    """max_i sum_j |w_ij|, the largest field the weights can produce."""
    n = w.shape[0]
    best = 0.0
    for i in range(n):
        acc = 0.0
        row = w[i]
        for j in range(n):
            acc += abs(np.float64(row[j]))
        if acc > best:
            best = acc
    return best


def warmup() -> None:
    """Compile every kernel once, with the exact argument types used at run time."""
    n, p = 4, 2
    w = np.zeros((n, n), np.float32)
    h = np.zeros(n, np.float64)
    x = np.ones(n, np.int8)
    braw = np.zeros(n, np.float64)
    y = np.ones((p, n), np.int8)
    yt = np.ascontiguousarray(y.T)
    ov = np.zeros(p, np.int64)
    flips = np.zeros(n, np.int32)
    order = np.arange(n, dtype=np.int64)
    tr1 = np.zeros(4, np.float64)
    tr2 = np.zeros((4, p), np.float64)
    scratch = np.zeros(n, np.int64)
    add_row(h, w[0], 2.0, w[1], True)
    pattern_dots(y, x, ov)
    hebbian_fields(y, x, ov, h)
    matvec_fields(w, x, h)
    energy_raw(h, x, braw)
    count_unstable(h, x, braw, 0.0)
    async_updates(w, h, x, braw, 0.0, order, 0, n, yt, ov, flips, 0, 1, tr1, tr1.copy(), tr2, 0, 0.0, 1.0)
    fields_and_energy(True, y, w, x, braw, ov, h)
    fields_and_energy(False, y, w, x, braw, ov, h)
    async_sweeps(np.random.default_rng(0), True, order, order.copy(), n, 2 * n, True, w, h, x, braw, 0.0, yt, ov,
                 flips, 0, 1, tr1, tr1.copy(), tr2, 0, 0.0, 1.0, np.zeros(4, np.int64), 0, 0)
    sync_update(w, h, x, braw, 0.0, yt, ov, flips, scratch)
    storkey_add(w, x, h)
    symmetrize_zero_diag(w)
    max_abs_row_sum(w)


@kernel
def async_sweeps(rng, shuffle, seq_order, order, pos, n_updates, stop_when_settled, w, h, x, braw, tol, yt, ov,
                 flip_counts, updates, sample_every, tr_sweeps, tr_energy, tr_overlaps, tr_count, e_raw, scale,
                 sweep_flips, sweep_count, cur_sweep_flips):
    """Up to ``n_updates`` asynchronous updates across sweeps, in one call (the engine's ``_step_async``).

    A sweep that starts (``pos == n``) takes a new order: ``rng.permutation(n)`` when
    ``shuffle`` (:func:`~simulator.core.rng_kernels.permutation`: the same permutation, the
    same state after), else ``seq_order``. Units are updated with
    :func:`async_updates`; a finished sweep's flips go to ``sweep_flips`` (a ring) and,
    when ``stop_when_settled``, the run stops there at a fixed point. One call instead of
    three per sweep spares the worker thread a wait for the GIL after each while the GUI
    thread paints.

    Returns
    -------
    (done, flips, order, pos, updates, tr_count, e_raw, last_unit, last_field, last_flipped,
     sweep_count, cur_sweep_flips)
        ``order`` is the order of the sweep in progress (or the last one).
    """
    n = x.shape[0]
    cap = sweep_flips.shape[0]
    done = 0
    total = 0
    last_unit = -1
    last_field = 0.0
    last_flipped = False
    while done < n_updates:
        if pos >= n:
            order = rng_kernels.permutation(rng, n) if shuffle else seq_order
            pos = 0
            cur_sweep_flips = 0
        stop = min(n, pos + (n_updates - done))
        flips, updates, tr_count, e_raw, last_unit, last_field, last_flipped = async_updates(
            w, h, x, braw, tol, order, pos, stop, yt, ov, flip_counts, updates, sample_every,
            tr_sweeps, tr_energy, tr_overlaps, tr_count, e_raw, scale)
        total += flips
        cur_sweep_flips += flips
        done += stop - pos
        pos = stop
        if pos >= n:
            sweep_flips[sweep_count % cap] = cur_sweep_flips
            sweep_count += 1
            if stop_when_settled and count_unstable(h, x, braw, tol) == 0:
                break
    return (done, total, order, pos, updates, tr_count, e_raw, last_unit, last_field, last_flipped,
            sweep_count, cur_sweep_flips)
