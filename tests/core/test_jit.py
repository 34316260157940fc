"""Numba flags: every kernel is nopython and nogil; SIMULATOR_NUMBA_CACHE=0 turns the disk cache off."""

from __future__ import annotations

import os
import subprocess
import sys
import threading

import numpy as np
from numba.core.registry import CPUDispatcher

from simulator.core import jit
from simulator.models.hopfield import kernels


def hopfield_kernels():
    found = {name: obj for name, obj in vars(kernels).items() if isinstance(obj, CPUDispatcher)}
    assert {"async_updates", "sync_update", "storkey_add", "hebbian_fields", "matvec_fields"} <= set(found)
    return found


def test_every_kernel_is_nopython_and_nogil():
    for name, k in hopfield_kernels().items():
        assert k.targetoptions.get("nogil") is True, name
        assert k.targetoptions.get("nopython") is True, name


def test_warmup_compiles_every_kernel_once_for_the_runtime_types():
    kernels.warmup()
    for name, k in hopfield_kernels().items():
        if name in ("no_prefetch",):
            continue
        assert len(k.signatures) >= 1, f"{name} was not compiled by warmup()"
    before = {name: len(k.signatures) for name, k in hopfield_kernels().items()}
    from simulator.models.hopfield import HopfieldNetwork, capacity_curve

    for rule in HopfieldNetwork.RULES:
        net = HopfieldNetwork(12, rule=rule, seed=0)
        net.store(np.where(np.random.default_rng(0).random((3, 12)) < 0.5, -1, 1))
        net.recall(-net.patterns[0])
        net.recall(-net.patterns[0], mode="sync")
        net.is_settled()
        net.energy()
        capacity_curve(12, rule, loads=[0.2], probes=2)
    after = {name: len(k.signatures) for name, k in hopfield_kernels().items()}
    assert after == before, "running the engine compiled new signatures that warmup() missed"


def test_kernels_run_in_parallel_threads():
    # nogil kernels may run while other threads run: two threads computing at once agree
    w = np.ones((64, 64), np.float32)
    np.fill_diagonal(w, 0)
    results = []

    def work():
        h = np.zeros(64)
        kernels.matvec_fields(w, np.ones(64, np.int8), h)
        results.append(h.copy())

    threads = [threading.Thread(target=work) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert len(results) == 2 and np.all(results[0] == 63) and np.all(results[1] == 63)


def test_cache_flag_follows_the_environment():
    assert jit.FLAGS["cache"] is jit.CACHE
    code = (
        "from simulator.core import jit\n"
        "from simulator.models.hopfield import kernels\n"
        "assert jit.CACHE is False and jit.FLAGS['cache'] is False\n"
        "assert type(kernels.async_updates._cache).__name__ == 'NullCache'\n"
        "print('ok')\n"
    )
    env = {**os.environ, "SIMULATOR_NUMBA_CACHE": "0"}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0 and "ok" in out.stdout, out.stderr
    if jit.CACHE:
        assert type(kernels.async_updates._cache).__name__ != "NullCache"
