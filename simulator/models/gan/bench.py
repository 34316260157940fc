"""GAN bench: training iterations per second on the 8-Gaussian ring against PyTorch and reference.py, and GFLOP/s."""

from __future__ import annotations

import contextlib
import time
from typing import Any

import numpy as np

from simulator.core.bench import BenchRecord, time_best
from simulator.models.gan import reference as R
from simulator.models.gan import targets
from simulator.models.gan.gan import GAN

MODEL = "gan"
SEED = 2024
G_SIZES = (2, 128, 128, 2)
D_SIZES = (2, 128, 128, 1)
BATCH = 256
LR = 1e-3
BETAS = (0.5, 0.999)
CASE = "8-Gaussian ring, G 2-128-128-2, D 2-128-128-1, batch 256, Adam, non-saturating loss"


def _one_thread():
    """Limit BLAS to one thread (our kernels are serial), when threadpoolctl is there."""
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:  # pragma: no cover - scikit-learn brings threadpoolctl
        return contextlib.nullcontext()
    return threadpool_limits(limits=1)


def iteration_flops(g: tuple[int, ...] = G_SIZES, d: tuple[int, ...] = D_SIZES, b: int = BATCH) -> int:
    """Matrix-product FLOPs of one iteration (one D step on b real + b fake, one G step), 2 per multiply-add.

    G forward (b rows); D forward, weight gradients and input gradients of its hidden layers on
    2b rows; for G's step D forward and input gradients of every layer on b rows, then G's weight
    gradients and the input gradients of its hidden layers. Elementwise work is not counted.
    """
    def mm(sizes, rows, skip_first=False):
        return 2 * rows * sum(sizes[l] * sizes[l + 1] for l in range(1 if skip_first else 0, len(sizes) - 1))

    return int(mm(g, b) + 2 * mm(d, 2 * b) + mm(d, 2 * b, True) + 2 * mm(d, b) + mm(g, b) + mm(g, b, True))


def matmul_rate(repeats: int = 200) -> float:
    """Single-thread float32 matrix-multiply rate (FLOP/s) of the layer shapes: (512 x 128) @ (128 x 128)."""
    rng = np.random.default_rng(0)
    a = rng.random((2 * BATCH, 128), dtype=np.float32)
    w = rng.random((128, 128), dtype=np.float32)
    out = np.empty((2 * BATCH, 128), np.float32)

    def run() -> None:
        for _ in range(repeats):
            np.dot(a, w, out)

    with _one_thread():
        t, _ = time_best(run, repeats=7)
    return 2 * a.shape[0] * 128 * 128 * repeats / t


def _torch() -> Any:
    try:
        import torch
    except ImportError:
        return None
    return torch


def _torch_trainer(torch: Any, gan: GAN, ring: targets.Target, detach_d: bool):
    """A PyTorch loop doing the same iteration as ours from the same initial weights."""
    nn = torch.nn
    F = torch.nn.functional

    def net(which: str) -> Any:
        layers: list[Any] = []
        ws = gan.weights(which)
        for i, (w, b) in enumerate(ws):
            lin = nn.Linear(w.shape[0], w.shape[1])
            with torch.no_grad():
                lin.weight.copy_(torch.from_numpy(w.T.copy()))
                lin.bias.copy_(torch.from_numpy(b))
            layers.append(lin)
            if i < len(ws) - 1:
                layers.append(nn.ReLU())
        return nn.Sequential(*layers)

    G, D = net("generator"), net("discriminator")
    og = torch.optim.Adam(G.parameters(), lr=LR, betas=BETAS)
    od = torch.optim.Adam(D.parameters(), lr=LR, betas=BETAS)
    rng = np.random.default_rng(SEED)
    gen = torch.Generator().manual_seed(SEED)

    def steps(n: int) -> None:
        for _ in range(n):
            real = torch.from_numpy(ring.sample(BATCH, rng).astype(np.float32))
            z = torch.randn(BATCH, 2, generator=gen)
            fake = G(z)
            od.zero_grad(set_to_none=True)
            ld = F.softplus(-D(real)).mean() + F.softplus(D(fake.detach())).mean()
            ld.backward()
            od.step()
            og.zero_grad(set_to_none=True)
            if detach_d:  # no gradients for D's weights in G's step, as ours
                for p in D.parameters():
                    p.requires_grad_(False)
            lg = F.softplus(-D(fake)).mean()
            lg.backward()
            og.step()
            if detach_d:
                for p in D.parameters():
                    p.requires_grad_(True)

    return steps


def cases(quick: bool) -> list[BenchRecord | dict[str, Any]]:
    """Training iterations per second (ours, PyTorch CPU, reference.py), GFLOP/s against the matmul rate."""
    t0 = time.perf_counter()
    from simulator.models.gan import warmup

    warmup()  # compile and load scipy's BLAS before the thread limit, so the limit reaches it
    ring = targets.ring()
    n = 100 if quick else 500
    repeats = 3 if quick else 7
    records: list[BenchRecord | dict[str, Any]] = []

    def fresh() -> GAN:
        return GAN(G_SIZES, D_SIZES, target=ring, loss="non_saturating", optimizer="adam", lr_g=LR, lr_d=LR,
                   betas=BETAS, batch_size=BATCH, seed=SEED, record_every=0)

    # Everything is timed in turns, best run of each kept: a load change on a shared
    # machine then slows every side alike instead of one.
    runners: dict[str, Any] = {}
    gan = fresh()
    runners["ours"] = gan.step
    torch = _torch()
    if torch is None:
        print("  PyTorch is not installed: no PyTorch comparison", flush=True)
    else:
        torch.set_num_threads(1)
        runners["frozen"] = _torch_trainer(torch, fresh(), ring, True)
        runners["textbook"] = _torch_trainer(torch, fresh(), ring, False)
    # reference.py: the same iteration in plain numpy (fewer iterations: it is slow).
    g0 = fresh()
    gs = g0._gs.astype(np.float32)
    ds = g0._ds.astype(np.float32)
    rng = np.random.default_rng(SEED)
    n_ref = max(10, n // 10)
    batches = [(ring.sample(BATCH, rng).astype(np.float32)[None], rng.standard_normal((1, BATCH, 2), np.float32))
               for _ in range(n_ref)]

    def ref_run(_: int) -> None:
        for i, (real, z) in enumerate(batches):
            R.iteration(gs, ds, G_SIZES, D_SIZES, real, z, lr_g=LR, lr_d=LR, betas=BETAS, t_g=i, t_d=i)

    runners["reference"] = ref_run
    runners["matmul"] = lambda _: matmul_rate(repeats=100)
    best = {k: float("inf") for k in runners}
    rate = 0.0
    with _one_thread():
        for run in runners.values():
            run(5)
        for _ in range(repeats):
            for key, run in runners.items():
                if key == "matmul":
                    rate = max(rate, run(0))
                    continue
                t, _ = time_best(lambda: run(n), repeats=1)
                best[key] = min(best[key], t)
    ours = n / best["ours"]
    flops = iteration_flops()
    extra: dict[str, Any] = {"iterations_timed": n, "rounds": repeats, "flops_per_iteration": flops,
                             "dtype": "float32",
                             "ours_includes": "drawing real samples and noise, both updates, divergence checks",
                             "threads": "one (BLAS limited by threadpoolctl)", "goal": "speedup >= 3 vs PyTorch",
                             "timing": "ours, PyTorch, reference.py and the matmul rate measured in turns, "
                                       "best of the rounds each"}
    if torch is not None:
        for key, label in (("frozen", "D weights frozen in G's step, as ours"),
                           ("textbook", "textbook loop (D's weight gradients also formed in G's step)")):
            theirs = n / best[key]
            e = dict(extra)
            e.update({"torch_version": torch.__version__, "torch_threads": torch.get_num_threads(),
                      "torch_loop": label})
            records.append(BenchRecord(MODEL, CASE, "training iterations per second", "it/s", ours, theirs,
                                       f"PyTorch {torch.__version__} CPU ({label.split(',')[0]})", ours / theirs, e))

    ref = n_ref / best["reference"]
    records.append(BenchRecord(MODEL, CASE, "training iterations per second", "it/s", ours, ref,
                               "reference.py (numpy float32, one BLAS thread)", ours / ref, dict(extra)))

    records.append(BenchRecord(MODEL, CASE, "matrix-product GFLOP/s reached", "GFLOP/s", flops * ours / 1e9,
                               rate / 1e9, "np.dot float32 (512x128)@(128x128), one thread, measured now",
                               flops * ours / rate,
                               {"flops_per_iteration": flops,
                                "note": "speedup here is the share of the measured matmul rate our whole "
                                        "iteration sustains (elementwise work and small products included)",
                                "bench_seconds": time.perf_counter() - t0}))
    return records
