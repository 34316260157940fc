"""Numba kernels of the GAN: fused dense-layer passes, losses, minibatch feature, Adam/SGD, whole training chunks."""

from __future__ import annotations

import math

import numpy as np

from simulator.core.jit import kernel

# Networks are flat parameter vectors described by a layout (see mlp.layout):
#   lay[0] = L layers, lay[1] = hidden activation, lay[2] = output activation,
#   lay[3:4+L] = sizes, lay[4+L:4+2L] = weight offsets, lay[4+2L:4+3L] = bias offsets,
#   lay[4+3L:6+4L] = cumulative sizes (activations of layer l start at rows * cum[l]).
# Activations are kept (post-nonlinearity) for the backward pass; every derivative used
# here can be written from the output of its nonlinearity, so no pre-activations are stored.
# error_model="numpy" on all kernels: no ZeroDivisionError branches in the loops.

LINEAR, RELU, LEAKY_RELU, TANH, SIGMOID = 0, 1, 2, 3, 4
MINIMAX, NON_SATURATING, LEAST_SQUARES = 0, 1, 2
ADAM, SGD = 0, 1
BOTH, ONLY_D, ONLY_G = 0, 1, 2
#: Reasons a chunk stops early (see train_chunk).
OK, D_LOSS, D_WEIGHTS, G_LOSS, G_WEIGHTS = 0, 1, 2, 3, 4
#: Weights beyond this size count as diverged.
WEIGHT_LIMIT = 1.0e6
LEAK = 0.2
MBSTD_EPS = 1.0e-8


# Eigen's rational approximation of tanh on [-9, 9] (odd degree 13 over even degree 6):
# within 4e-7 of tanh in float32, and, unlike a libm call, it vectorises.
_TA = (np.float32(4.89352455891786e-03), np.float32(6.37261928875436e-04), np.float32(1.48572235717979e-05),
       np.float32(5.12229709037114e-08), np.float32(-8.60467152213735e-11), np.float32(2.00018790482477e-13),
       np.float32(-2.76076847742355e-16))
_TB = (np.float32(4.89352518554385e-03), np.float32(2.26843463243900e-03), np.float32(1.18534705686654e-04),
       np.float32(1.19825839466702e-06))


@kernel
def tanh32(v):
    """tanh of a float32 by Eigen's rational approximation (error below 4e-7)."""
    one = np.float32(1.0)
    x = min(max(v, np.float32(-9.0)), np.float32(9.0))
    x2 = x * x
    p = _TA[6]
    p = p * x2 + _TA[5]
    p = p * x2 + _TA[4]
    p = p * x2 + _TA[3]
    p = p * x2 + _TA[2]
    p = p * x2 + _TA[1]
    p = (p * x2 + _TA[0]) * x
    q = _TB[3]
    q = q * x2 + _TB[2]
    q = q * x2 + _TB[1]
    q = q * x2 + _TB[0]
    return min(max(p / q, -one), one)


@kernel(error_model="numpy")
def copy2d(src, dst):
    """dst <- src, element by element (slice assignment costs numba seconds of compilation)."""
    rows, n = src.shape
    for r in range(rows):
        for j in range(n):
            dst[r, j] = src[r, j]


@kernel(error_model="numpy")
def bias_act(y, b, code):
    """y <- f(y + b) row by row, f chosen by ``code``."""
    rows, n = y.shape
    zero = np.float32(0.0)
    one = np.float32(1.0)
    leak = np.float32(LEAK)
    for r in range(rows):
        if code == RELU:
            for j in range(n):
                v = y[r, j] + b[j]
                y[r, j] = v if v > zero else zero
        elif code == LEAKY_RELU:
            for j in range(n):
                v = y[r, j] + b[j]
                y[r, j] = v if v > zero else leak * v
        elif code == TANH:
            if y.itemsize == 4:
                for j in range(n):
                    y[r, j] = tanh32(y[r, j] + b[j])
            else:
                for j in range(n):
                    y[r, j] = math.tanh(y[r, j] + b[j])
        elif code == SIGMOID:
            for j in range(n):
                y[r, j] = one / (one + math.exp(-(y[r, j] + b[j])))
        else:
            for j in range(n):
                y[r, j] = y[r, j] + b[j]


@kernel(error_model="numpy")
def act_grad(d, y, code, out):
    """out <- d * f'(pre-activation), written from f's output ``y``."""
    rows, n = d.shape
    zero = np.float32(0.0)
    one = np.float32(1.0)
    leak = np.float32(LEAK)
    for r in range(rows):
        if code == RELU:
            for j in range(n):
                out[r, j] = d[r, j] if y[r, j] > zero else zero
        elif code == LEAKY_RELU:
            for j in range(n):
                out[r, j] = d[r, j] if y[r, j] > zero else leak * d[r, j]
        elif code == TANH:
            for j in range(n):
                out[r, j] = d[r, j] * (one - y[r, j] * y[r, j])
        elif code == SIGMOID:
            for j in range(n):
                out[r, j] = d[r, j] * y[r, j] * (one - y[r, j])
        else:
            for j in range(n):
                out[r, j] = d[r, j]


@kernel(error_model="numpy")
def act_grad_inplace(d, y, code):
    """d <- d * f'(pre-activation) in place (a separate kernel: an aliased output defeats vectorisation)."""
    rows, n = d.shape
    zero = np.float32(0.0)
    one = np.float32(1.0)
    leak = np.float32(LEAK)
    for r in range(rows):
        if code == RELU:
            for j in range(n):
                d[r, j] = d[r, j] if y[r, j] > zero else zero
        elif code == LEAKY_RELU:
            for j in range(n):
                d[r, j] = d[r, j] if y[r, j] > zero else leak * d[r, j]
        elif code == TANH:
            for j in range(n):
                d[r, j] = d[r, j] * (one - y[r, j] * y[r, j])
        elif code == SIGMOID:
            for j in range(n):
                d[r, j] = d[r, j] * y[r, j] * (one - y[r, j])


@kernel(error_model="numpy")
def net_forward(p, lay, acts, rows, cap):
    """Forward pass of ``rows`` rows; the input must already be in layer 0 of ``acts`` (capacity ``cap`` rows)."""
    L = lay[0]
    for l in range(L):
        nin = lay[3 + l]
        nout = lay[4 + l]
        wo = lay[4 + L + l]
        bo = lay[4 + 2 * L + l]
        ai = cap * lay[4 + 3 * L + l]
        ao = cap * lay[5 + 3 * L + l]
        x = acts[ai:ai + rows * nin].reshape((rows, nin))
        y = acts[ao:ao + rows * nout].reshape((rows, nout))
        w = p[wo:wo + nin * nout].reshape((nin, nout))
        np.dot(x, w, y)
        bias_act(y, p[bo:bo + nout], lay[1] if l < L - 1 else lay[2])


@kernel(error_model="numpy")
def net_backward(p, grad, lay, acts, rows, cap, dout, buf1, buf2, want_wgrad, din):
    """Backward pass from ``dout`` (gradient w.r.t. the outputs, rows x n_out).

    Writes the parameter gradient into ``grad`` when ``want_wgrad`` and the gradient
    w.r.t. the inputs into ``din`` when it has rows (skipped otherwise).
    """
    L = lay[0]
    n_last = lay[3 + L]
    ao = cap * lay[4 + 4 * L]
    y = acts[ao:ao + rows * n_last].reshape((rows, n_last))
    d = buf1[:rows * n_last].reshape((rows, n_last))
    act_grad(dout, y, lay[2], d)
    cur = 0
    for l in range(L - 1, -1, -1):
        nin = lay[3 + l]
        nout = lay[4 + l]
        wo = lay[4 + L + l]
        bo = lay[4 + 2 * L + l]
        ai = cap * lay[4 + 3 * L + l]
        x = acts[ai:ai + rows * nin].reshape((rows, nin))
        w = p[wo:wo + nin * nout].reshape((nin, nout))
        if cur == 0:
            d = buf1[:rows * nout].reshape((rows, nout))
            nxt = buf2[:rows * nin].reshape((rows, nin))
        else:
            d = buf2[:rows * nout].reshape((rows, nout))
            nxt = buf1[:rows * nin].reshape((rows, nin))
        if want_wgrad:
            np.dot(x.T, d, grad[wo:wo + nin * nout].reshape((nin, nout)))
            gb = grad[bo:bo + nout]
            for j in range(nout):
                gb[j] = 0.0
            for r in range(rows):
                for j in range(nout):
                    gb[j] += d[r, j]
        if l > 0:
            np.dot(d, w.T, nxt)
            act_grad_inplace(nxt, x, lay[1])
            cur = 1 - cur
        elif din.shape[0] > 0:
            np.dot(d, w.T, din)


@kernel(error_model="numpy")
def mbstd_fill(x, dst):
    """dst[:, :dim] <- x and dst[:, dim] <- the minibatch standard deviation feature of ``x``.

    The feature (Karras et al. 2018) is the mean over the coordinates of the batch's standard
    deviation: s = (1/dim) sum_j sqrt(var_j + eps), var_j the population variance of column j.
    """
    rows, dim = x.shape
    s = 0.0
    for j in range(dim):
        mu = 0.0
        for r in range(rows):
            mu += x[r, j]
        mu /= rows
        var = 0.0
        for r in range(rows):
            t = x[r, j] - mu
            var += t * t
        s += math.sqrt(var / rows + MBSTD_EPS)
    s /= dim
    for r in range(rows):
        for j in range(dim):
            dst[r, j] = x[r, j]
        dst[r, dim] = s


@kernel(error_model="numpy")
def mbstd_backward(x, din, gx):
    """gx <- gradient w.r.t. ``x`` of a loss whose gradient w.r.t. the filled input (see mbstd_fill) is ``din``."""
    rows, dim = x.shape
    gs = 0.0
    for r in range(rows):
        gs += din[r, dim]
    for j in range(dim):
        mu = 0.0
        for r in range(rows):
            mu += x[r, j]
        mu /= rows
        var = 0.0
        for r in range(rows):
            t = x[r, j] - mu
            var += t * t
        sd = math.sqrt(var / rows + MBSTD_EPS)
        c = gs / (dim * rows * sd)
        for r in range(rows):
            gx[r, j] = din[r, j] + c * (x[r, j] - mu)


@kernel
def softplus(x):
    """log(1 + exp(x)) without overflow."""
    if x > 0.0:
        return x + math.log1p(math.exp(-x))
    return math.log1p(math.exp(x))


@kernel
def sigmoid(x):
    """1 / (1 + exp(-x)) without overflow."""
    if x >= 0.0:
        return 1.0 / (1.0 + math.exp(-x))
    e = math.exp(x)
    return e / (1.0 + e)


@kernel
def d_value(logit, code):
    """D(x) in [0, 1] from the discriminator's output: sigmoid, or the output clipped for least squares."""
    if code == LEAST_SQUARES:
        return min(max(logit, 0.0), 1.0)
    return sigmoid(logit)


@kernel(error_model="numpy")
def loss_d(out, n_real, code, dl):
    """Discriminator loss on outputs ``out`` (first ``n_real`` rows real, the rest fake); dl <- dloss/dout.

    minimax and non-saturating: mean softplus(-l_real) + mean softplus(l_fake) (the negated
    log-likelihood of the right labels); least squares (Mao et al.): 0.5 mean (l_real - 1)^2
    + 0.5 mean l_fake^2. Returns (loss, mean D on real rows, mean D on fake rows).
    """
    n = out.shape[0]
    n_fake = n - n_real
    loss = 0.0
    dr = 0.0
    df = 0.0
    for r in range(n):
        l = float(out[r, 0])
        real = r < n_real
        w = 1.0 / n_real if real else 1.0 / n_fake
        if code == LEAST_SQUARES:
            t = l - 1.0 if real else l
            loss += 0.5 * w * t * t
            dl[r, 0] = w * t
        else:
            s = sigmoid(l)
            if real:
                loss += w * softplus(-l)
                dl[r, 0] = w * (s - 1.0)
            else:
                loss += w * softplus(l)
                dl[r, 0] = w * s
        if real:
            dr += d_value(l, code)
        else:
            df += d_value(l, code)
    return loss, dr / n_real, df / n_fake


@kernel(error_model="numpy")
def loss_g(out, code, dl):
    """Generator loss on the discriminator's outputs for fake rows; dl <- dloss/dout.

    minimax: mean log(1 - D) = -mean softplus(l); non-saturating: -mean log D = mean softplus(-l);
    least squares: 0.5 mean (l - 1)^2. Returns (loss, mean D).
    """
    n = out.shape[0]
    loss = 0.0
    dmean = 0.0
    w = 1.0 / n
    for r in range(n):
        l = float(out[r, 0])
        if code == LEAST_SQUARES:
            loss += 0.5 * w * (l - 1.0) * (l - 1.0)
            dl[r, 0] = w * (l - 1.0)
        elif code == MINIMAX:
            loss -= w * softplus(l)
            dl[r, 0] = -w * sigmoid(l)
        else:
            loss += w * softplus(-l)
            dl[r, 0] = w * (sigmoid(l) - 1.0)
        dmean += d_value(l, code)
    return loss, dmean * w


@kernel(error_model="numpy")
def update(state, backup, grad, opt, lr, beta1, beta2, eps, t):
    """One optimiser step in place: state rows are (parameters, Adam's m, Adam's v).

    Adam as PyTorch writes it: p -= (lr / (1 - b1^t)) * m / (sqrt(v) / sqrt(1 - b2^t) + eps).
    The old values go to ``backup`` in the same pass; if any new parameter is not finite or
    exceeds WEIGHT_LIMIT, everything is put back and the count of bad parameters returned.
    """
    n = state.shape[1]
    c = np.empty(7, state.dtype)
    c[0] = lr / (1.0 - beta1 ** t) if opt == ADAM else lr
    c[1] = beta1
    c[2] = 1.0 - beta1
    c[3] = beta2
    c[4] = 1.0 - beta2
    c[5] = 1.0 / math.sqrt(1.0 - beta2 ** t) if opt == ADAM else 1.0
    c[6] = eps
    step, b1, ob1, b2, ob2, isq, ep = c[0], c[1], c[2], c[3], c[4], c[5], c[6]
    lim = np.float32(WEIGHT_LIMIT)
    nbad = 0
    p = state[0]
    m = state[1]
    v = state[2]
    if opt == ADAM:
        for i in range(n):
            g = grad[i]
            pi = p[i]
            mi = m[i]
            vi = v[i]
            backup[0, i] = pi
            backup[1, i] = mi
            backup[2, i] = vi
            mi = b1 * mi + ob1 * g
            vi = b2 * vi + ob2 * g * g
            pi = pi - step * mi / (math.sqrt(vi) * isq + ep)
            m[i] = mi
            v[i] = vi
            p[i] = pi
            nbad += not (abs(pi) <= lim)
    else:
        for i in range(n):
            pi = p[i]
            backup[0, i] = pi
            pi = pi - step * grad[i]
            p[i] = pi
            nbad += not (abs(pi) <= lim)
    if nbad:
        for r in range(3 if opt == ADAM else 1):
            for i in range(n):
                state[r, i] = backup[r, i]
    return nbad


@kernel(error_model="numpy")
def fill_d_input(x, dst, mbstd):
    """Layer 0 of the discriminator: the samples, plus the minibatch feature when ``mbstd``."""
    if mbstd:
        mbstd_fill(x, dst)
    else:
        rows, dim = x.shape
        for r in range(rows):
            for j in range(dim):
                dst[r, j] = x[r, j]


@kernel(error_model="numpy")
def d_step(state, backup, grad, lay, acts, cap, xr, xf, mbstd, loss_code, opt, hyper, t, dl, buf1, buf2, none2):
    """One discriminator update on a real batch ``xr`` and a fake batch ``xf`` (stacked into one pass).

    Returns (loss, mean D real, mean D fake, reason) with reason OK, D_LOSS or D_WEIGHTS
    (then nothing changed).
    """
    b = xr.shape[0]
    rows = 2 * b
    L = lay[0]
    nin = lay[3]
    x0 = acts[:cap * nin]
    fill_d_input(xr, x0[:b * nin].reshape((b, nin)), mbstd)
    fill_d_input(xf, x0[b * nin:rows * nin].reshape((b, nin)), mbstd)
    net_forward(state[0], lay, acts, rows, cap)
    ao = cap * lay[4 + 4 * L]
    out = acts[ao:ao + rows].reshape((rows, 1))
    d = dl[:rows]
    loss, dr, df = loss_d(out, b, loss_code, d)
    if not math.isfinite(loss):
        return loss, dr, df, D_LOSS
    net_backward(state[0], grad, lay, acts, rows, cap, d, buf1, buf2, True, none2)
    if update(state, backup, grad, opt, hyper[1], hyper[2], hyper[3], hyper[4], t):
        return loss, dr, df, D_WEIGHTS
    return loss, dr, df, OK


@kernel(error_model="numpy")
def train_chunk(gs, gbk, gg, glay, gacts, ds, dbk, dg, dlay, dacts, us, ubk, real, z, hyper, ints,
                dl, buf1, buf2, din, gx, stats):
    """Run ``real.shape[0]`` GAN iterations; returns (iterations done, reason it stopped).

    One iteration: ``d_steps`` discriminator updates, each on a fresh noise batch
    ``z[i, s]`` and real batch ``real[i, s]``, then one generator update on the last
    noise batch (its forward pass is reused: G has not changed since). With ``unroll`` = K
    the generator's gradient is taken through a copy of D advanced K more steps on the
    same batches (the first-order unrolled GAN: the gradient does not flow back through
    the K updates). ``ints`` = (mode, d_steps, unroll, optimiser, loss, minibatch feature,
    Adam step of G, Adam step of D); the step counts are advanced in place. ``hyper`` =
    (lr_g, lr_d, beta1, beta2, eps). ``stats[i]`` = (D loss, G loss, mean D real, mean D fake),
    NaN for a part not run. On a bad update the network that failed is put back to its
    weights before that update and the chunk stops.
    """
    n_it = real.shape[0]
    b = real.shape[2]
    dim = real.shape[3]
    nz = z.shape[3]
    mode = ints[0]
    k = ints[1]
    unroll = ints[2]
    opt = ints[3]
    loss_code = ints[4]
    mbstd = ints[5] != 0
    gcap = b
    dcap = 2 * b
    gL = glay[0]
    dL = dlay[0]
    gout = gcap * glay[4 + 4 * gL]
    dout = dcap * dlay[4 + 4 * dL]
    dnin = dlay[3]
    fake = gacts[gout:gout + b * dim].reshape((b, dim))
    gin = gacts[:b * nz].reshape((b, nz))
    none2 = din[:0]
    nan = np.nan
    for it in range(n_it):
        stats[it, 0] = nan
        stats[it, 1] = nan
        stats[it, 2] = nan
        stats[it, 3] = nan
        last = 0
        if mode != ONLY_G:
            for s in range(k):
                copy2d(z[it, s], gin)
                net_forward(gs[0], glay, gacts, b, gcap)
                loss, dr, df, why = d_step(ds, dbk, dg, dlay, dacts, dcap, real[it, s], fake, mbstd, loss_code,
                                           opt, hyper, ints[7] + 1, dl, buf1, buf2, none2)
                if why != OK:
                    return it, why
                ints[7] += 1
                stats[it, 0] = loss
                stats[it, 2] = dr
                stats[it, 3] = df
                last = s
        if mode != ONLY_D:
            if mode == ONLY_G:
                copy2d(z[it, 0], gin)
                net_forward(gs[0], glay, gacts, b, gcap)
            dp = ds[0]
            if unroll > 0:
                copy2d(ds, us)
                for u in range(unroll):
                    d_step(us, ubk, dg, dlay, dacts, dcap, real[it, last], fake, mbstd, loss_code, opt, hyper,
                           ints[7] + 1 + u, dl, buf1, buf2, none2)
                dp = us[0]
            x0 = dacts[:b * dnin].reshape((b, dnin))
            fill_d_input(fake, x0, mbstd)
            net_forward(dp, dlay, dacts, b, dcap)
            d = dl[:b]
            lg, dmean = loss_g(dacts[dout:dout + b].reshape((b, 1)), loss_code, d)
            if not math.isfinite(lg):
                return it, G_LOSS
            dx = din[:b]
            net_backward(dp, dg, dlay, dacts, b, dcap, d, buf1, buf2, False, dx)
            if mbstd:
                mbstd_backward(fake, dx, gx)
            else:
                for r in range(b):
                    for j in range(dim):
                        gx[r, j] = dx[r, j]
            net_backward(gs[0], gg, glay, gacts, b, gcap, gx, buf1, buf2, True, none2)
            if update(gs, gbk, gg, opt, hyper[0], hyper[2], hyper[3], hyper[4], ints[6] + 1):
                return it, G_WEIGHTS
            ints[6] += 1
            stats[it, 1] = lg
            if mode == ONLY_G:
                stats[it, 3] = dmean
    return n_it, OK


@kernel(error_model="numpy")
def forward_rows(p, lay, x, out):
    """out <- the network applied to the rows of ``x`` (allocates its own activations)."""
    rows = x.shape[0]
    L = lay[0]
    acts = np.empty(rows * lay[5 + 4 * L], x.dtype)
    nin = lay[3]
    copy2d(x, acts[:rows * nin].reshape((rows, nin)))
    net_forward(p, lay, acts, rows, rows)
    ao = rows * lay[4 + 4 * L]
    copy2d(acts[ao:ao + rows * lay[3 + L]].reshape((rows, lay[3 + L])), out)


@kernel(error_model="numpy")
def input_gradient(p, lay, x, loss_code, dx):
    """dx <- gradient of the generator's loss (summed over rows) w.r.t. the discriminator's inputs ``x``.

    Returns the loss averaged over the rows.
    """
    rows = x.shape[0]
    L = lay[0]
    nin = lay[3]
    total = lay[5 + 4 * L]
    acts = np.empty(rows * total, x.dtype)
    copy2d(x, acts[:rows * nin].reshape((rows, nin)))
    net_forward(p, lay, acts, rows, rows)
    ao = rows * lay[4 + 4 * L]
    dl = np.empty((rows, 1), x.dtype)
    loss, _ = loss_g(acts[ao:ao + rows].reshape((rows, 1)), loss_code, dl)
    for r in range(rows):
        dl[r, 0] *= rows
    width = 0
    for l in range(L + 1):
        width = max(width, lay[3 + l])
    buf1 = np.empty(rows * width, x.dtype)
    buf2 = np.empty(rows * width, x.dtype)
    net_backward(p, p[:0], lay, acts, rows, rows, dl, buf1, buf2, False, dx)
    return loss


@kernel
def draw_batches(rng, rows, std, jitter, gaussian_noise, real, z):
    """Draw ``real.shape[0]`` iterations' batches, exactly as the numpy samplers do, without the GIL.

    Iteration ``i`` draws, in this order, what :meth:`Target.sample` and the GAN's noise
    draw with numpy: ``rng.integers(0, len(rows), n)`` picks the real rows, plus
    ``std * rng.standard_normal((n, dim))`` when ``jitter``; then the noise,
    ``rng.standard_normal((n, d), dtype)`` when ``gaussian_noise``, else
    ``rng.uniform(-1, 1, (n, d))``. Sums are taken in float64 and stored in the dtype of
    ``real`` (m, n, dim) and ``z`` (m, n, d), as numpy's assignments round them. Numba
    drives the same bit generator with numpy's algorithms, so the numbers and the state
    left are numpy's (a test checks both); drawing in numpy instead costs the worker a wait
    for the GIL after each call while the GUI thread paints.
    """
    m, n, dim = real.shape
    d = z.shape[2]
    count = rows.shape[0]
    for i in range(m):
        pick = rng.integers(0, count, n)
        if jitter:
            e = rng.standard_normal((n, dim))
            for j in range(n):
                for c in range(dim):
                    real[i, j, c] = rows[pick[j], c] + std * e[j, c]
        else:
            for j in range(n):
                for c in range(dim):
                    real[i, j, c] = rows[pick[j], c]
        if gaussian_noise:
            # numpy's float32 normals come from their own (single-precision) ziggurat.
            if z.itemsize == 4:
                _copy_rows(rng.standard_normal((n, d), dtype=np.float32), z[i])
            else:
                _copy_rows(rng.standard_normal((n, d), dtype=np.float64), z[i])
        else:
            _copy_rows(rng.uniform(-1.0, 1.0, (n, d)), z[i])


@kernel
def _copy_rows(src, dst):
    """``dst[...] = src`` for 2-d arrays, rounding to ``dst``'s dtype as numpy's assignment does."""
    for j in range(src.shape[0]):
        for c in range(src.shape[1]):
            dst[j, c] = src[j, c]
