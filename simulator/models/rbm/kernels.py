"""Numba kernels of the restricted Boltzmann machine: contrastive divergence, Gibbs chains, free energies."""

from __future__ import annotations

import importlib.util
import math

import numpy as np

from simulator.core.jit import kernel

# error_model="numpy" on the hot kernels: a float division then has no Python
# ZeroDivisionError branch, which would stop the loops from being vectorised.


_LOG2E = np.float32(1.4426950408889634)
_ROUND = np.float32(12582912.0)
# Taylor coefficients of 2^f = exp(f ln 2) on |f| <= 1/2 (degree 7: relative error below 1e-8).
_C1 = np.float32(0.6931471805599453)
_C2 = np.float32(0.2402265069591007)
_C3 = np.float32(0.05550410866482158)
_C4 = np.float32(0.009618129107628477)
_C5 = np.float32(0.0013333558146428443)
_C6 = np.float32(0.00015403530393381606)
_C7 = np.float32(1.525273380405984e-05)


@kernel(error_model="numpy")
def sigmoid_inplace(x, ibuf, pbuf):
    """x <- 1 / (1 + exp(-x)) for a float32 vector, vectorisable (no libm call per element).

    exp(-x) = 2^n * 2^f with n = round(-x log2 e) clamped to [-126, 126] and |f| <= 1/2;
    2^n is built from its exponent bits in ``ibuf`` (int32, viewed as float32) and 2^f by a
    polynomial in ``pbuf``. Relative error about 1e-7, like libm's expf.
    """
    n = x.shape[0]
    fview = ibuf.view(np.float32)
    for j in range(n):
        t = -x[j] * _LOG2E
        t = min(max(t, np.float32(-126.0)), np.float32(126.0))
        # Adding and subtracting 1.5 * 2^23 rounds to the nearest integer without a call.
        e = (t + _ROUND) - _ROUND
        f = t - e
        pbuf[j] = np.float32(1.0) + f * (_C1 + f * (_C2 + f * (_C3 + f * (_C4 + f * (_C5 + f * (_C6 + f * _C7))))))
        ibuf[j] = (np.int32(e) + np.int32(127)) << np.int32(23)
    for j in range(n):
        x[j] = np.float32(1.0) / (np.float32(1.0) + fview[j] * pbuf[j])


@kernel
def _softplus(x):
    if x > 0.0:
        return x + math.log1p(math.exp(-x))
    return math.log1p(math.exp(x))


@kernel(error_model="numpy")
def _active(x, idx):
    # Indices of the nonzero entries, branch-free: the samples are random, so a branch
    # per unit would be mispredicted half the time.
    m = 0
    for i in range(x.shape[0]):
        idx[m] = i
        m += x[i] != 0.0
    return m


@kernel(error_model="numpy")
def _hidden_probs(v, w, b, out, ibuf, pbuf, idx):
    # Sums whole weight rows (W is n_visible x n_hidden, row-major) of the nonzero
    # visibles only: binary samples are mostly zero for the digits.
    nh = b.shape[0]
    for j in range(nh):
        out[j] = b[j]
    m = _active(v, idx)
    # Four rows per pass over ``out``: a quarter of the loads and stores of ``out``.
    t = 0
    while t + 4 <= m:
        i0 = idx[t]
        i1 = idx[t + 1]
        i2 = idx[t + 2]
        i3 = idx[t + 3]
        c0 = v[i0]
        c1 = v[i1]
        c2 = v[i2]
        c3 = v[i3]
        for j in range(nh):
            out[j] += (c0 * w[i0, j] + c1 * w[i1, j]) + (c2 * w[i2, j] + c3 * w[i3, j])
        t += 4
    while t < m:
        i0 = idx[t]
        c0 = v[i0]
        for j in range(nh):
            out[j] += c0 * w[i0, j]
        t += 1
    sigmoid_inplace(out, ibuf, pbuf)


@kernel(error_model="numpy")
def _visible_probs(h, wt, a, out, ibuf, pbuf, idx):
    # h is a binary sample: the input is a plus the rows of W^T of the active hidden units.
    nv = a.shape[0]
    for i in range(nv):
        out[i] = a[i]
    m = _active(h, idx)
    t = 0
    while t + 4 <= m:
        j0 = idx[t]
        j1 = idx[t + 1]
        j2 = idx[t + 2]
        j3 = idx[t + 3]
        for i in range(nv):
            out[i] += (wt[j0, i] + wt[j1, i]) + (wt[j2, i] + wt[j3, i])
        t += 4
    while t < m:
        j0 = idx[t]
        for i in range(nv):
            out[i] += wt[j0, i]
        t += 1
    sigmoid_inplace(out, ibuf, pbuf)


@kernel(error_model="numpy", fastmath={"reassoc", "contract"})
def _visible_inputs(w, h, a, out):
    # Dot products of W's contiguous rows with h, four rows per pass so each load of h
    # serves four rows. Reassociation (only here) lets each sum use vector accumulators;
    # no transposed copy of W is needed.
    nv = w.shape[0]
    nh = w.shape[1]
    i = 0
    while i + 4 <= nv:
        s0 = np.float32(0.0)
        s1 = np.float32(0.0)
        s2 = np.float32(0.0)
        s3 = np.float32(0.0)
        for j in range(nh):
            hj = h[j]
            s0 += w[i, j] * hj
            s1 += w[i + 1, j] * hj
            s2 += w[i + 2, j] * hj
            s3 += w[i + 3, j] * hj
        out[i] = a[i] + s0
        out[i + 1] = a[i + 1] + s1
        out[i + 2] = a[i + 2] + s2
        out[i + 3] = a[i + 3] + s3
        i += 4
    while i < nv:
        s0 = np.float32(0.0)
        for j in range(nh):
            s0 += w[i, j] * h[j]
        out[i] = a[i] + s0
        i += 1


@kernel(error_model="numpy")
def _visible_probs_w(h, w, a, out, ibuf, pbuf):
    _visible_inputs(w, h, a, out)
    sigmoid_inplace(out, ibuf, pbuf)


#: A random 32-bit integer x stands for the uniform (x >> 8) * 2^-24 in [0, 1): exactly how
#: numpy makes a float32 uniform, without numpy's per-number cost.
U24 = np.float32(2.0**-24)


@kernel
def to_uniform(x):
    return np.float32(np.int32(x >> np.uint32(8))) * U24


@kernel(error_model="numpy")
def _sample(p, bits, out):
    for i in range(p.shape[0]):
        out[i] = np.float32(1.0) if to_uniform(bits[i]) < p[i] else np.float32(0.0)


@kernel(error_model="numpy")
def _probs_rows(x, bias, ibuf, pbuf):
    # x <- sigmoid(x + bias) for each row of a C-contiguous matrix.
    m, n = x.shape
    for r in range(m):
        for j in range(n):
            x[r, j] += bias[j]
    sigmoid_inplace(x.reshape(m * n), ibuf, pbuf)


@kernel(error_model="numpy")
def _add_squared_error(x, y, acc):
    # Per-column float32 sums vectorise; one float64 running sum would be one long chain.
    for r in range(x.shape[0]):
        for i in range(x.shape[1]):
            d = x[r, i] - y[r, i]
            acc[i] += d * d


@kernel(error_model="numpy")
def _sample_rows(p, bits, out):
    for r in range(p.shape[0]):
        _sample(p[r], bits[r], out[r])


@kernel(error_model="numpy")
def cd_chunk_blas(data, order, first_batch, n_batches, batch_size, k, persistent, chains,
             w, a, b, vw, va, vb, lr, momentum, decay, uh, uv, recon_out):
    """Train on ``n_batches`` mini-batches with CD-k or persistent CD; returns the batches done.

    Mini-batch ``first_batch + t`` takes the rows ``order[(first_batch + t) * batch_size : ...]``
    of ``data`` (the last may be shorter). Each uses the pre-drawn random 32-bit integers
    ``uh[t, s]`` (hidden, batch_size x n_hidden) and ``uv[t, s]`` (visible) for Gibbs step
    ``s`` < k (uniforms, see :func:`to_uniform`; a unit turns on when u < p); with ``persistent``
    the negative chains start from ``chains`` (batch_size x n_visible, updated in place) and
    ``uh[t, k]`` samples the hidden units for the reconstruction. The update:
    velocity = momentum * velocity + lr * (gradient - decay * w) (no decay on biases),
    gradient = (<v h>data - <v h>model) / batch size, then w += velocity. The squared
    reconstruction error per sample of each batch goes to ``recon_out[t]``. A step whose
    result would not be finite is not applied: the kernel stops there and returns its index.
    """

    # Whole mini-batches go through matrix products (BLAS sgemm on these small float32
    # matrices: one call per layer instead of a loop per sample), and the update through
    # one pass over the weights that keeps a copy of the old ones.
    n = order.shape[0]
    nv = w.shape[0]
    nh = w.shape[1]
    bs = batch_size
    size = bs * max(nv, nh)
    ibuf = np.empty(size, np.int32)
    pbuf = np.empty(size, np.float32)
    vdat = np.empty((bs, nv), np.float32)
    hdat = np.empty((bs, nh), np.float32)
    hs = np.empty((bs, nh), np.float32)
    hneg = np.empty((bs, nh), np.float32)
    vp = np.empty((bs, nv), np.float32)
    vs = np.empty((bs, nv), np.float32)
    gpos = np.empty((nv, nh), np.float32)
    gneg = np.empty((nv, nh), np.float32)
    wold = np.empty((nv, nh), np.float32)
    aold = np.empty(nv, np.float32)
    bold = np.empty(nh, np.float32)
    probe = np.zeros(nh, np.float32)
    errv = np.zeros(nv, np.float32)
    zero = np.float32(0.0)
    for t in range(n_batches):
        start = (first_batch + t) * bs
        stop = min(start + bs, n)
        m = stop - start
        v0 = vdat[:m]
        h0 = hdat[:m]
        hsm = hs[:m]
        hn = hneg[:m]
        vpm = vp[:m]
        vsm = vs[:m]
        for r in range(m):
            for i in range(nv):
                v0[r, i] = data[order[start + r], i]
        np.dot(v0, w, h0)
        _probs_rows(h0, b, ibuf, pbuf)
        if persistent:
            # Reconstruction (for the error trace only) from the data's hidden sample.
            _sample_rows(h0, uh[t, k], hsm)
            np.dot(hsm, w.T, vpm)
            _probs_rows(vpm, a, ibuf, pbuf)
            _add_squared_error(v0, vpm, errv)
            vsm[:, :] = chains[:m]
        else:
            vsm[:, :] = v0
        for s in range(k):
            if s == 0 and not persistent:
                _sample_rows(h0, uh[t, s], hsm)
            else:
                np.dot(vsm, w, hn)
                _probs_rows(hn, b, ibuf, pbuf)
                _sample_rows(hn, uh[t, s], hsm)
            np.dot(hsm, w.T, vpm)
            _probs_rows(vpm, a, ibuf, pbuf)
            if s == 0 and not persistent:
                _add_squared_error(v0, vpm, errv)
            _sample_rows(vpm, uv[t, s], vsm)
        np.dot(vsm, w, hn)
        _probs_rows(hn, b, ibuf, pbuf)
        if persistent:
            chains[:m] = vsm
        err = 0.0
        for i in range(nv):
            err += errv[i]
            errv[i] = 0.0
        recon_out[t] = err / m
        np.dot(v0.T, h0, gpos)
        np.dot(vsm.T, hn, gneg)
        scale = np.float32(lr / m)
        flr = np.float32(lr * decay)
        mom = np.float32(momentum)
        for i in range(nv):
            for j in range(nh):
                g = mom * vw[i, j] + scale * (gpos[i, j] - gneg[i, j]) - flr * w[i, j]
                wold[i, j] = w[i, j]
                vw[i, j] = g
                nw = w[i, j] + g
                # inf * 0 and NaN * 0 are NaN: an elementwise probe, checked once per batch.
                probe[j] += nw * zero
                w[i, j] = nw
            ga = np.float32(0.0)
            for r in range(m):
                ga += v0[r, i] - vsm[r, i]
            g = mom * va[i] + scale * ga
            va[i] = g
            aold[i] = a[i]
            a[i] += g
            probe[0] += a[i] * zero
        for j in range(nh):
            gpos[0, j] = 0.0
        for r in range(m):
            for j in range(nh):
                gpos[0, j] += h0[r, j] - hn[r, j]
        for j in range(nh):
            g = mom * vb[j] + scale * gpos[0, j]
            vb[j] = g
            bold[j] = b[j]
            b[j] += g
            probe[j] += b[j] * zero
        nbad = 0
        for j in range(nh):
            nbad += not (probe[j] == 0.0)
            probe[j] = 0.0
        if nbad:
            # Back to the last good parameters (the caller clears the velocities).
            w[:, :] = wold
            a[:] = aold
            b[:] = bold
            return t
    return n_batches


@kernel(error_model="numpy")
def cd_chunk_loops(data, order, first_batch, n_batches, batch_size, k, persistent, chains,
             w, a, b, vw, va, vb, lr, momentum, decay, uh, uv, recon_out):
    """:func:`cd_chunk` with loops over samples instead of matrix products (used when
    numba has no BLAS, which it takes from scipy)."""
    n = order.shape[0]
    nv = w.shape[0]
    nh = w.shape[1]
    big = max(nv, nh)
    ibuf = np.empty(big, np.int32)
    pbuf = np.empty(big, np.float32)
    idx = np.empty(big, np.int64)
    bs = batch_size
    # The batch's statistics: data, its hidden probabilities, the chain's end and its hidden
    # probabilities. The gradient is formed row by row at the end of the batch and applied
    # in the same pass, so the weights are read and written once per batch.
    vdat = np.empty((bs, nv), np.float32)
    hh = np.empty((2 * bs, nh), np.float32)
    hdat = hh[:bs]
    hneg = hh[bs:]
    vneg = np.empty((bs, nv), np.float32)
    hs = np.empty(nh, np.float32)
    vp = np.empty(nv, np.float32)
    vs = np.empty(nv, np.float32)
    grow = np.empty(nh, np.float32)
    wold = np.empty((nv, nh), np.float32)
    aold = np.empty(nv, np.float32)
    bold = np.empty(nh, np.float32)
    coef = np.empty(2 * bs, np.float32)
    src = np.empty(2 * bs, np.int64)
    maxf = np.float32(3.0e38)
    zero = np.float32(0.0)
    probe = np.zeros(nh, np.float32)
    for t in range(n_batches):
        start = (first_batch + t) * batch_size
        stop = min(start + batch_size, n)
        m = stop - start
        err = 0.0
        for r in range(m):
            for i in range(nv):
                vdat[r, i] = data[order[start + r], i]
            _hidden_probs(vdat[r], w, b, hdat[r], ibuf, pbuf, idx)
            if persistent:
                # Reconstruction (for the error trace only) from the data's hidden sample.
                _sample(hdat[r], uh[t, k, r], hs)
                _visible_probs_w(hs, w, a, vp, ibuf, pbuf)
                for i in range(nv):
                    d = vdat[r, i] - vp[i]
                    err += d * d
                vs[:] = chains[r]
            else:
                vs[:] = vdat[r]
            for s in range(k):
                if s == 0 and not persistent:
                    _sample(hdat[r], uh[t, s, r], hs)
                else:
                    _hidden_probs(vs, w, b, hneg[r], ibuf, pbuf, idx)
                    _sample(hneg[r], uh[t, s, r], hs)
                _visible_probs_w(hs, w, a, vp, ibuf, pbuf)
                if s == 0 and not persistent:
                    for i in range(nv):
                        d = vdat[r, i] - vp[i]
                        err += d * d
                _sample(vp, uv[t, s, r], vs)
            vneg[r] = vs
            _hidden_probs(vs, w, b, hneg[r], ibuf, pbuf, idx)
            if persistent:
                chains[r] = vs
        recon_out[t] = err / m
        scale = np.float32(lr / m)
        flr = np.float32(lr * decay)
        mom = np.float32(momentum)
        nbad = 0
        for i in range(nv):
            # Row i of <v h>data - <v h>model: the data rows with v_i != 0 and the chain rows
            # with v_i = 1, summed four at a time (one pass over grow per four rows).
            q = 0
            ga = np.float32(0.0)
            for r in range(m):
                vi = vdat[r, i]
                coef[q] = vi
                src[q] = r
                q += vi != 0.0
                ga += vi
            for r in range(m):
                vi = vneg[r, i]
                coef[q] = -vi
                src[q] = r + bs
                q += vi != 0.0
                ga -= vi
            for j in range(nh):
                grow[j] = 0.0
            u = 0
            while u + 4 <= q:
                c0 = coef[u]
                c1 = coef[u + 1]
                c2 = coef[u + 2]
                c3 = coef[u + 3]
                s0 = src[u]
                s1 = src[u + 1]
                s2 = src[u + 2]
                s3 = src[u + 3]
                for j in range(nh):
                    grow[j] += (c0 * hh[s0, j] + c1 * hh[s1, j]) + (c2 * hh[s2, j] + c3 * hh[s3, j])
                u += 4
            while u < q:
                c0 = coef[u]
                s0 = src[u]
                for j in range(nh):
                    grow[j] += c0 * hh[s0, j]
                u += 1
            for j in range(nh):
                g = mom * vw[i, j] + scale * grow[j] - flr * w[i, j]
                wold[i, j] = w[i, j]
                vw[i, j] = g
                nw = w[i, j] + g
                # inf * 0 and NaN * 0 are NaN: an elementwise probe, checked once per batch.
                probe[j] += nw * zero
                w[i, j] = nw
            g = mom * va[i] + scale * ga
            va[i] = g
            aold[i] = a[i]
            a[i] += g
            nbad += not (abs(a[i]) <= maxf)
        for j in range(nh):
            nbad += not (probe[j] == 0.0)
            probe[j] = 0.0
        for j in range(nh):
            grow[j] = 0.0
        for r in range(m):
            for j in range(nh):
                grow[j] += hdat[r, j] - hneg[r, j]
        for j in range(nh):
            g = mom * vb[j] + scale * grow[j]
            vb[j] = g
            bold[j] = b[j]
            b[j] += g
            nbad += not (abs(b[j]) <= maxf)
        if nbad:
            # Back to the last good parameters (the caller clears the velocities).
            w[:, :] = wold
            a[:] = aold
            b[:] = bold
            return t
    return n_batches


def _have_blas() -> bool:
    # numba's np.dot calls the BLAS that scipy ships; without scipy it cannot compile.
    try:
        return importlib.util.find_spec("scipy.linalg.cython_blas") is not None
    except ImportError:
        return False


#: True when the BLAS kernel is used (scipy installed), else the loop kernel.
HAVE_BLAS = _have_blas()
#: The CD kernel the engine calls.
cd_chunk = cd_chunk_blas if HAVE_BLAS else cd_chunk_loops


@kernel(error_model="numpy")
def gibbs(v, w, a, b, uh, uv, known, target, h_out, vp_out):
    """Run ``uh.shape[0]`` Gibbs steps v -> h -> v on each chain (row of ``v``, in place).

    ``uh[s, c]`` and ``uv[s, c]`` are the random 32-bit integers (uniforms, see :func:`to_uniform`)
    of step ``s`` of chain ``c``. Where
    ``known[c, i]`` is true the visible unit is clamped to ``target[c, i]`` (completion).
    The last hidden sample goes to ``h_out`` and the last visible probabilities to ``vp_out``.
    """
    steps = uh.shape[0]
    nv = w.shape[0]
    nh = w.shape[1]
    big = max(nv, nh)
    ibuf = np.empty(big, np.int32)
    pbuf = np.empty(big, np.float32)
    idx = np.empty(big, np.int64)
    wt = np.ascontiguousarray(w.T)
    hp = np.empty(nh, np.float32)
    for c in range(v.shape[0]):
        for s in range(steps):
            _hidden_probs(v[c], w, b, hp, ibuf, pbuf, idx)
            _sample(hp, uh[s, c], h_out[c])
            _visible_probs(h_out[c], wt, a, vp_out[c], ibuf, pbuf, idx)
            for i in range(nv):
                if known[c, i]:
                    v[c, i] = target[c, i]
                else:
                    v[c, i] = np.float32(1.0) if to_uniform(uv[s, c, i]) < vp_out[c, i] else np.float32(0.0)
    return steps


@kernel
def free_energies(v, w, a, b, out):
    """F(v) = -a.v - sum_j softplus(b_j + v.W[:, j]) for each row of ``v``, in float64."""
    nv = w.shape[0]
    nh = w.shape[1]
    x = np.empty(nh, np.float64)
    for r in range(v.shape[0]):
        f = 0.0
        for j in range(nh):
            x[j] = b[j]
        for i in range(nv):
            vi = float(v[r, i])
            if vi != 0.0:
                f -= a[i] * vi
                for j in range(nh):
                    x[j] += vi * w[i, j]
        for j in range(nh):
            f -= _softplus(x[j])
        out[r] = f


@kernel
def log_partition(w, a, b):
    """log Z = log sum_h exp(b.h + sum_i softplus(a_i + W[i].h)), over all 2^n_hidden h (Gray code)."""
    nv = w.shape[0]
    nh = w.shape[1]
    x = np.empty(nv, np.float64)
    for i in range(nv):
        x[i] = a[i]
    h = np.zeros(nh, np.int8)
    bh = 0.0
    # Streaming log-sum-exp: a running maximum keeps every term finite.
    first = 0.0
    for i in range(nv):
        first += _softplus(x[i])
    mx = first
    acc = 1.0
    total = 1 << nh
    for g in range(1, total):
        # Gray code: state g differs from g-1 in the lowest set bit of g.
        j = 0
        gg = g
        while (gg & 1) == 0:
            gg >>= 1
            j += 1
        if h[j] == 0:
            h[j] = 1
            bh += b[j]
            for i in range(nv):
                x[i] += w[i, j]
        else:
            h[j] = 0
            bh -= b[j]
            for i in range(nv):
                x[i] -= w[i, j]
        e = bh
        for i in range(nv):
            e += _softplus(x[i])
        if e > mx:
            acc = acc * math.exp(mx - e) + 1.0
            mx = e
        else:
            acc += math.exp(e - mx)
    return mx + math.log(acc)


def random_bits(rng: np.random.Generator, shape: tuple[int, ...]) -> np.ndarray:
    """Random 32-bit integers (uint32) of ``shape`` from ``rng`` (half a raw 64-bit draw each; the
    count is rounded up to even, so the stream does not depend on how draws are grouped)."""
    size = int(np.prod(shape))
    raw = rng.bit_generator.random_raw((size + 1) // 2)
    return raw.view(np.uint32)[:size].reshape(shape)


def uniforms(bits: np.ndarray) -> np.ndarray:
    """The float32 uniforms that random 32-bit integers stand for (see :func:`to_uniform`)."""
    return (np.asarray(bits) >> np.uint32(8)).astype(np.float32) * U24


def warmup() -> None:
    """Compile (or load from cache) every kernel on tiny arrays."""
    rng = np.random.default_rng(0)
    nv, nh, bs, k = 3, 2, 2, 1
    data = rng.random((4, nv)).astype(np.float32)
    order = np.arange(4, dtype=np.int64)
    w = np.zeros((nv, nh), np.float32)
    a = np.zeros(nv, np.float32)
    b = np.zeros(nh, np.float32)
    # Uniforms as the engine passes them: views into one block of random integers, which
    # numpy flags contiguous when there is one step (block) and not otherwise: both layouts.
    for persistent in (False, True):
        kh = k + (1 if persistent else 0)
        la, lb = kh * bs * nh, k * bs * nv
        for n in (1, 2):
            bits = random_bits(rng, (n, la + lb))
            uh, uv = bits[:, :la].reshape((n, kh, bs, nh)), bits[:, la:].reshape((n, k, bs, nv))
            cd_chunk(data, order, 0, n, bs, k, persistent, np.zeros((bs, nv), np.float32), w, a, b,
                     np.zeros_like(w), np.zeros_like(a), np.zeros_like(b), 0.1, 0.5, 0.0, uh, uv,
                     np.zeros(n, np.float64))
    v = np.zeros((2, nv), np.float32)
    for n in (1, 2):
        bits = random_bits(rng, (n, 2 * (nh + nv)))
        gibbs(v, w, a, b, bits[:, :2 * nh].reshape((n, 2, nh)), bits[:, 2 * nh:].reshape((n, 2, nv)),
              np.zeros((2, nv), np.bool_), np.zeros((2, nv), np.float32), np.zeros((2, nh), np.float32),
              np.zeros((2, nv), np.float32))
    out = np.zeros(2, np.float64)
    free_energies(v.astype(np.float64), w.astype(np.float64), a.astype(np.float64), b.astype(np.float64), out)
    log_partition(w.astype(np.float64), a.astype(np.float64), b.astype(np.float64))
