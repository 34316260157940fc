"""warmup() compiles every GAN kernel for the types the engine uses: nothing compiles later."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = r"""
import numpy as np
from numba.core.registry import CPUDispatcher
from simulator.models.gan import kernels as K, warmup, GAN, GANEngine, GANConfig

def counts():
    return {n: len(o.signatures) for n, o in vars(K).items() if isinstance(o, CPUDispatcher)}

warmup()
before = counts()
for cfg in (GANConfig(generator=(2, 8, 8, 2), discriminator=(2, 8, 1), batch_size=16, n_shown=20, record_every=3),
            GANConfig(generator=(1, 8, 2), discriminator=(2, 8, 1), batch_size=16, minibatch_features=True,
                      unroll=2, d_steps=2, loss="least_squares", optimizer="sgd", activation="tanh", noise="uniform"),
            GANConfig.digits(generator=(4, 8, 64), discriminator=(64, 8, 1), batch_size=8)):
    e = GANEngine(cfg, seed=0)
    e.step(7)
    e.set_train_mode("d"); e.step(2)
    e.set_train_mode("g"); e.step(2)
    e.snapshot()
g = GAN(generator=(2, 8, 2), discriminator=(2, 8, 1), seed=0, record_every=0)
g.step(3); g.sample(5); g.discriminate(np.zeros((4, 2))); g.heatmap(((-1, 1), (-1, 1)), 4)
g.generator_gradient(g.noise(3)); g.manifold(4)
after = counts()
new = {n: after[n] - before.get(n, 0) for n in after if after[n] != before.get(n, 0)}
print("NEW", new)
assert not new, new
"""


def test_warmup_covers_every_runtime_signature():
    proc = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=240)
    assert proc.returncode == 0, proc.stdout + proc.stderr
