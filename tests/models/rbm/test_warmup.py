"""warmup() compiles every RBM kernel for the types the engines use: nothing compiles later."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = r"""
import numpy as np
from numba.core.registry import CPUDispatcher
from simulator.models.rbm import kernels as K, warmup, RBM, RBMTrainer, DreamEngine, CompletionEngine
from simulator.models.rbm.recommender import Recommender

def counts():
    return {n: len(o.signatures) for n, o in vars(K).items() if isinstance(o, CPUDispatcher)}

warmup()
before = counts()
rng = np.random.default_rng(0)
x = (rng.random((30, 12)) < 0.5).astype(float)
r = RBM(12, 5, seed=0)
r.fit(x, 2)
r.fit(x, 2, k=2, persistent=True)
r.partial_fit(x[:4])
r.gibbs(x[:3], 2)
r.complete(x[:2], np.arange(12) < 6, 4)
r.free_energy(x)
r.log_likelihood(x)
r.pseudo_likelihood(x)
t = RBMTrainer(x, n_hidden=4, epochs=1, seed=0, heldout=x[:5])
t.step(100)
t.snapshot()
d = DreamEngine(r, 3, seed=0)
d.step(2)
d.snapshot()
c = CompletionEngine(r, x[0], np.arange(12) < 6, seed=0)
c.step(2)
c.snapshot()
Recommender(n_hidden=3, epochs=2).fit()
after = counts()
new = {n: after[n] - before.get(n, 0) for n in after if after[n] != before.get(n, 0)}
print("NEW", new)
assert not new, new
"""


def test_warmup_covers_every_runtime_signature():
    proc = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=240)
    assert proc.returncode == 0, proc.stdout + proc.stderr
