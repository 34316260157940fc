"""warmup() compiles every kernel signature the agents use; the engine runs under the Runner; maps round-trip."""

from __future__ import annotations

import subprocess
import sys
import time

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from simulator.core.runner import Runner
from simulator.models.qlearning import GridWorld, QLearningEngine, presets

SCRIPT = r"""
from numba.core.registry import CPUDispatcher
from simulator.models.qlearning import kernels as K, warmup, QLearningEngine, presets, value_iteration

def counts():
    return {n: len(o.signatures) for n, o in vars(K).items() if isinstance(o, CPUDispatcher)}

warmup()
before = counts()
for algo in ("q_learning", "sarsa", "td0"):
    for world in (presets.six_rooms(), presets.frozenlake4()):
        e = QLearningEngine(world, algorithm=algo, exploration="softmax", update="deterministic", seed=1)
        e.train_episodes(3)
        e.step(5)
        e.set_params(exploration="epsilon", update="incremental")
        e.step(5)
        e.snapshot()
value_iteration(presets.maze(), 0.9)
after = counts()
assert before == after, (before, after)
print("ok", sum(after.values()))
"""


def test_warmup_compiles_everything_used():
    out = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.startswith("ok")


def test_engine_runs_under_the_runner():
    runner = Runner(QLearningEngine(presets.maze(), seed=0))
    runner.start()
    try:
        runner.run()
        deadline = time.monotonic() + 5
        snap = None
        while time.monotonic() < deadline:
            snap = runner.latest() or snap
            if snap is not None and snap.data["episode"] >= 5:
                break
            time.sleep(0.01)
        runner.pause()
        assert snap is not None and snap.error is None and snap.data["episode"] >= 5
        assert snap.data["visits"].sum() == snap.steps
    finally:
        assert runner.stop(2.0)


@settings(max_examples=40, deadline=None)
@given(st.integers(3, 8), st.integers(3, 8), st.data())
def test_random_maps_round_trip_through_text(h, w, data):
    chars = data.draw(st.lists(st.sampled_from(".#HG"), min_size=h * w, max_size=h * w))
    chars[0] = "S"
    chars[-1] = "G"
    text = "\n".join("".join(chars[r * w:(r + 1) * w]) for r in range(h))
    slippery = data.draw(st.booleans())
    try:
        world = GridWorld.from_text(text, slippery=slippery, step_reward=data.draw(st.sampled_from([-1, -0.25, 0])))
    except ValueError as exc:
        assert "no goal can be reached" in str(exc)
        return
    back = GridWorld.from_text(world.to_text())
    assert back == world
    t = back.transitions()
    np.testing.assert_allclose(t.P.sum(axis=2)[t.allowed], 1.0)
