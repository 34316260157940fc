"""RBM bench cases: one CD-1 epoch on the digits against reference.py and scikit-learn's BernoulliRBM."""

from __future__ import annotations

import contextlib
import time
from typing import Any

import numpy as np

from simulator.core.bench import BenchRecord, gui_records, time_best
from simulator.models.rbm import kernels as K
from simulator.models.rbm import reference
from simulator.models.rbm.data import digits_ink
from simulator.models.rbm.engine import RBM, draw_uniforms, pseudo_likelihood_at

MODEL = "rbm"
SEED = 2024
N_HIDDEN = 100
BATCH = 10
LEARNING_RATE = 0.1
CASE = f"CD-1 epoch, digits 64x{N_HIDDEN}, batch {BATCH}"
#: scikit-learn's BernoulliRBM has neither momentum nor weight decay: ours runs without them
#: too, so both do the same algorithm (CD-1 with mini-batch mean gradients, lr 0.1).
SAME_ALGORITHM = dict(batch_size=BATCH, learning_rate=LEARNING_RATE, k=1, persistent=False, momentum=0.0,
                      weight_decay=0.0)


def _one_thread():
    """Limit BLAS to one thread (our kernels are serial), when threadpoolctl is there."""
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:  # pragma: no cover - scikit-learn brings threadpoolctl
        return contextlib.nullcontext()
    return threadpool_limits(limits=1)


def _pseudo_ll(w: np.ndarray, a: np.ndarray, b: np.ndarray, x: np.ndarray, draws: int = 5) -> float:
    """Mean pseudo-likelihood over the rows of ``x``, averaged over ``draws`` fixed sets of flipped bits."""
    probe = RBM(w.shape[0], w.shape[1], seed=0)
    probe.weights, probe.visible_bias, probe.hidden_bias = w, a, b
    g = np.random.default_rng(SEED + 7)
    return float(np.mean([pseudo_likelihood_at(probe, x, g.integers(0, x.shape[1], x.shape[0])).mean()
                          for _ in range(draws)]))


def _sklearn() -> Any:
    try:
        from sklearn.neural_network import BernoulliRBM
    except ImportError:
        return None
    return BernoulliRBM


def cases(quick: bool) -> list[BenchRecord | dict[str, Any]]:
    """One CD-1 epoch on the 1797 digits (ours, reference.py, scikit-learn); pseudo-likelihood after equal epochs."""
    t0 = time.perf_counter()
    x, _ = digits_ink()  # grey ink in [0, 1], like scikit-learn's digits / 16
    epochs = 3 if quick else 10
    records: list[BenchRecord | dict[str, Any]] = []
    RBM(64, N_HIDDEN, seed=SEED).fit(x[:20], 1, **SAME_ALGORITHM)  # compile / load the kernels

    # One machine, back to its initial weights and seed before each timed epoch (untimed),
    # so every timed epoch does the same work from the same start.
    rbm = RBM(64, N_HIDDEN, seed=SEED)
    init = (rbm.weights, rbm.visible_bias, rbm.hidden_bias)

    def restart() -> None:
        rbm.weights, rbm.visible_bias, rbm.hidden_bias = init
        rbm.rng = np.random.default_rng(SEED)

    def ours_epoch() -> RBM:
        return rbm.fit(x, 1, **SAME_ALGORITHM)

    with _one_thread():
        t_ours, _ = time_best(ours_epoch, repeats=5 if quick else 20, setup=restart)

    rng = np.random.default_rng(SEED)
    w0 = 0.01 * rng.standard_normal((64, N_HIDDEN))

    def ref_epoch() -> tuple:
        g = np.random.default_rng(SEED)
        order = g.permutation(len(x))
        nb = -(-len(x) // BATCH)
        uh, uv = draw_uniforms(g, nb, 1, False, BATCH, N_HIDDEN, 64)
        return reference.cd_epoch(x, order, w0.copy(), np.zeros(64), np.zeros(N_HIDDEN), BATCH, LEARNING_RATE,
                                  0.0, 0.0, uh, uv, 1)

    with _one_thread():
        t_ref, _ = time_best(ref_epoch, repeats=2 if quick else 5)
    extra: dict[str, Any] = {"n_samples": len(x), "n_visible": 64, "n_hidden": N_HIDDEN, "batch_size": BATCH,
                             "learning_rate": LEARNING_RATE, "momentum": 0.0, "weight_decay": 0.0,
                             "ours_includes": "validation, float32 conversion, random numbers, shuffling, the kernel",
                             "dtype": "float32 weights, float32 uniforms from 32-bit random integers",
                             "kernel": "BLAS matrix products per mini-batch" if K.HAVE_BLAS
                             else "loops per sample (scipy, hence BLAS, not installed)",
                             "threads": "one (BLAS limited by threadpoolctl where installed)"}
    records.append(BenchRecord(MODEL, CASE, "time per epoch", "ms", t_ours * 1e3, t_ref * 1e3,
                               "reference.py (numpy, one BLAS thread)", t_ref / t_ours, dict(extra)))

    # Pseudo-likelihood after the same number of epochs, same data, batch and learning rate.
    ours = RBM(64, N_HIDDEN, seed=SEED).fit(x, epochs, **SAME_ALGORITHM)
    pl_ours = _pseudo_ll(ours.weights, ours.visible_bias, ours.hidden_bias, x)
    BernoulliRBM = _sklearn()
    if BernoulliRBM is None:
        print("  scikit-learn is not installed: no BernoulliRBM comparison", flush=True)
        records.append(BenchRecord(MODEL, f"{CASE}: pseudo-likelihood after {epochs} epochs", "mean pseudo-likelihood",
                                   "nats", pl_ours, None, "", None, {"epochs": epochs}))
    else:
        def sk_epoch() -> Any:
            return BernoulliRBM(n_components=N_HIDDEN, learning_rate=LEARNING_RATE, batch_size=BATCH, n_iter=1,
                                random_state=SEED).fit(x)

        with _one_thread():
            sk_epoch()
            t_sk, _ = time_best(sk_epoch, repeats=5 if quick else 20)
            sk = BernoulliRBM(n_components=N_HIDDEN, learning_rate=LEARNING_RATE, batch_size=BATCH, n_iter=epochs,
                              random_state=SEED).fit(x)
        pl_sk = _pseudo_ll(sk.components_.T, sk.intercept_visible_, sk.intercept_hidden_, x)
        e = dict(extra)
        e.update({"goal": "speedup >= 5 with equal or better pseudo-likelihood", "epochs_for_likelihood": epochs,
                  "pseudo_likelihood_ours": pl_ours, "pseudo_likelihood_sklearn": pl_sk,
                  "pseudo_likelihood_equal_or_better": bool(pl_ours >= pl_sk),
                  "sklearn_threads": "BLAS limited to 1 thread (threadpoolctl)"})
        records.append(BenchRecord(MODEL, CASE, "time per epoch", "ms", t_ours * 1e3, t_sk * 1e3,
                                   "scikit-learn BernoulliRBM (1 BLAS thread)", t_sk / t_ours, e))
        records.append(BenchRecord(MODEL, f"pseudo-likelihood after {epochs} epochs (higher is better)",
                                   "mean pseudo-likelihood", "nats", pl_ours, pl_sk, "scikit-learn BernoulliRBM", None,
                                   {"same_flipped_bits": True, "equal_or_better": bool(pl_ours >= pl_sk),
                                    "method": "scikit-learn's score_samples formula, 5 fixed draws of flipped bits"}))

    records.extend(gui_records(MODEL))
    for r in records:
        if isinstance(r, BenchRecord):
            r.extra.setdefault("bench_seconds_so_far", time.perf_counter() - t0)
    return records
