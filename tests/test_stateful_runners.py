"""Hypothesis drives every model's engine through a Runner and checks it against the same commands applied headless."""

from __future__ import annotations

import dataclasses
import math
import time
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any, Callable

import numpy as np
import pytest
from hypothesis import HealthCheck, Phase, event, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule, run_state_machine_as_test

from simulator.core.runner import Runner
from simulator.registry import MODELS

#: Longest wait for any Future or the worker to stop: generous, the CI machine may be busy.
TIMEOUT = 10.0
#: How long a run goes on before it is paused, stepped or reset (seconds).
WAITS = st.floats(0.0, 0.03)
SEEDS = st.integers(0, 2**31 - 1)
#: No shrinking: a stuck worker costs TIMEOUT per try and keeps a core busy, so shrinking a
#: deadlock would take many minutes; a failure prints its whole (at most 15-command) sequence.
#: Drop ``phases`` locally to shrink a mismatch to a minimal sequence.
SETTINGS = settings(max_examples=20, stateful_step_count=15, deadline=None,
                    phases=(Phase.explicit, Phase.reuse, Phase.generate),
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


# ---------------------------------------------------------------------------------- comparing
def assert_same(a: Any, b: Any, path: str = "") -> None:
    """Deep equality of engine states and snapshots: arrays exactly (NaN equal to NaN), mappings key by key."""
    if isinstance(a, np.ndarray) or isinstance(b, np.ndarray):
        a, b = np.asarray(a), np.asarray(b)
        assert a.shape == b.shape and a.dtype == b.dtype, f"{path}: {a.shape} {a.dtype} vs {b.shape} {b.dtype}"
        same = np.array_equal(a, b, equal_nan=a.dtype.kind in "fc")
        assert same, f"{path}: arrays differ"
    elif hasattr(a, "keys") and hasattr(b, "keys"):
        assert set(a.keys()) == set(b.keys()), f"{path}: keys {sorted(a.keys())} vs {sorted(b.keys())}"
        for k in a.keys():
            assert_same(a[k], b[k], f"{path}/{k}")
    elif dataclasses.is_dataclass(a) and not isinstance(a, type):
        assert type(a) is type(b), f"{path}: {type(a).__name__} vs {type(b).__name__}"
        for f in dataclasses.fields(a):
            assert_same(getattr(a, f.name), getattr(b, f.name), f"{path}.{f.name}")
    elif isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        assert type(a) is type(b) and len(a) == len(b), f"{path}: {a!r} vs {b!r}"
        for i, (x, y) in enumerate(zip(a, b)):
            assert_same(x, y, f"{path}[{i}]")
    elif isinstance(a, float) and isinstance(b, float) and math.isnan(a):
        assert math.isnan(b), f"{path}: nan vs {b!r}"
    else:
        assert type(a) is type(b) and a == b, f"{path}: {a!r} vs {b!r}"


# ---------------------------------------------------------------------------------- adapters
@dataclass(frozen=True)
class Edit:
    """Something sent with ``runner.call``: ``fn(engine)``; ``invalid`` ones must be refused with ValueError.

    Edits that are neither (e.g. a world edit that may wall off the goal) must be refused
    by both engines or by neither; the mirror, applied first, says which.
    """

    label: str
    fn: Callable[[Any], Any] = field(compare=False)
    invalid: bool = False

    def __repr__(self) -> str:
        return self.label + (" (invalid)" if self.invalid else "")


@dataclass(frozen=True)
class Adapter:
    """How to build one model's engine small, and what may be sent to it.

    Attributes
    ----------
    make : callable
        ``make(variant, seed)``: a fresh engine; equal arguments give equal engines.
    variants : strategy
        Scenes or settings to build from.
    edits : callable
        ``edits(variant)``: a strategy of :class:`Edit`.
    max_step : int
        Largest ``step(n)`` the machine sends.
    chunk_invariant : bool
        Whether ``step(a); step(b)`` equals ``step(a + b)``, so a run of unknown chunks can
        be replayed with one step.
    per_call_keys : frozenset of str
        Snapshot keys with one entry per ``step`` call (not per unit), which a run's
        chunks therefore change: not compared between a run and the next reset.
    progress : callable, optional
        ``progress(engine)``: the engine's own count of units done, checked against the
        runner's count where a run is loaded rather than replayed.
    pause_when_settled : bool
        The runner option the model's panel uses.
    """

    make: Callable[[Any, int], Any]
    variants: st.SearchStrategy
    edits: Callable[[Any], st.SearchStrategy]
    max_step: int
    chunk_invariant: bool = True
    pause_when_settled: bool = True
    per_call_keys: frozenset = frozenset()
    progress: Callable[[Any], int] | None = None


def _call(method: str, *args: Any, **kwargs: Any) -> Callable[[Any], Any]:
    return lambda engine: getattr(engine, method)(*args, **kwargs)


def _assign(name: str, value: Any) -> Callable[[Any], Any]:
    return lambda engine: setattr(engine, name, value)


def _edit(label: str, fn: Callable[[Any], Any], invalid: bool = False) -> Edit:
    return Edit(label, fn, invalid)


def _mix(valid: st.SearchStrategy, invalid: st.SearchStrategy) -> st.SearchStrategy:
    """About one edit in four invalid (a plain one_of draws the invalid ones rarely)."""
    return st.integers(0, 3).flatmap(lambda i: invalid if i == 3 else valid)


# Hopfield: 16 units, a few stored patterns, a corrupted cue.
HOP_N = 16
_pm = hnp.arrays(np.int8, HOP_N, elements=st.sampled_from([-1, 1]))


def _make_hopfield(variant: str, seed: int) -> Any:
    from simulator.models.hopfield import HopfieldNetwork

    g = np.random.default_rng(seed)
    net = HopfieldNetwork(HOP_N, rule=variant, seed=seed)
    pats = g.choice(np.array([-1, 1], np.int8), (3, HOP_N))
    net.store(pats)
    cue = pats[0].copy()
    cue[g.permutation(HOP_N)[:4]] *= -1
    net.set_state(cue)
    return net


def _hopfield_edits(_variant: str) -> st.SearchStrategy:
    from simulator.models.hopfield import HopfieldNetwork as H

    valid = st.one_of(
        st.integers(0, 4).flatmap(lambda p: hnp.arrays(np.int8, (p, HOP_N), elements=st.sampled_from([-1, 1])))
        .map(lambda y: _edit(f"store({y.shape[0]} patterns)", _call("store", y))),
        _pm.map(lambda x: _edit("set_state", _call("set_state", x))),
        hnp.arrays(np.float64, HOP_N, elements=st.floats(-1, 1)).map(
            lambda b: _edit("set_biases", _call("set_biases", b))),
        st.sampled_from(H.RULES).map(lambda r: _edit(f"rule = {r}", _assign("rule", r))),
        st.sampled_from(H.MODES).map(lambda m: _edit(f"mode = {m}", _assign("mode", m))),
        st.sampled_from(H.ORDERS).map(lambda o: _edit(f"order = {o}", _assign("order", o))),
    )
    bad_state = _pm.map(lambda x: np.where(np.arange(HOP_N) == 3, 0, x).astype(np.int8))
    invalid = st.one_of(
        bad_state.map(lambda x: _edit("set_state with a 0", _call("set_state", x), True)),
        st.just(_edit("set_state of 15 values", _call("set_state", np.ones(HOP_N - 1)), True)),
        st.just(_edit("store a pattern with a 2", _call("store", np.full((1, HOP_N), 2)), True)),
        st.just(_edit("set_biases with NaN", _call("set_biases", np.full(HOP_N, np.nan)), True)),
        st.just(_edit("rule = bogus", _assign("rule", "bogus"), True)),
        st.just(_edit("mode = parallel", _assign("mode", "parallel"), True)),
    )
    return _mix(valid, invalid)


# Boltzmann: 6 units with random symmetric weights.
BM_N = 6


def _symmetric(g: np.random.Generator) -> np.ndarray:
    w = g.normal(size=(BM_N, BM_N))
    w = (w + w.T) / 2
    np.fill_diagonal(w, 0.0)
    return w


def _make_boltzmann(variant: str, seed: int) -> Any:
    from simulator.models.boltzmann import schedules as S
    from simulator.models.boltzmann.engine import BoltzmannMachine

    g = np.random.default_rng(seed)
    bm = BoltzmannMachine(BM_N, _symmetric(g), g.normal(size=BM_N), seed=seed)
    bm.set_schedule({"constant": S.Constant(1.0), "quench": S.Quench(), "linear": S.Linear(3.0, 0.2, 40)}[variant])
    return bm


def _boltzmann_edits(_variant: str) -> st.SearchStrategy:
    from simulator.models.boltzmann import schedules as S

    temps = st.floats(0.05, 5.0)
    schedule = st.one_of(
        temps.map(lambda T: (f"Constant({T:g})", lambda: S.Constant(T))),
        st.just(("Quench()", S.Quench)),
        st.tuples(temps, temps, st.integers(1, 60)).map(
            lambda a: (f"Linear{a}", lambda: S.Linear(*a))),
    )
    weights = st.integers(0, 2**32 - 1).map(lambda s: _symmetric(np.random.default_rng(s)))
    skew = np.zeros((BM_N, BM_N))
    skew[0, 1], skew[1, 0] = 1.0, -1.0
    valid = st.one_of(
        schedule.map(lambda s: _edit(f"set_schedule({s[0]})", lambda e, make=s[1]: e.set_schedule(make()))),
        st.sampled_from(("random", "sequential")).map(lambda o: _edit(f"order = {o}", _assign("order", o))),
        hnp.arrays(np.int8, BM_N, elements=st.sampled_from([0, 1])).map(
            lambda x: _edit("set_state", _call("set_state", x))),
        weights.map(lambda w: _edit("set_weights", _call("set_weights", w))),
        hnp.arrays(np.float64, BM_N, elements=st.floats(-2, 2)).map(
            lambda b: _edit("set_biases", _call("set_biases", b))),
        st.just(_edit("clear_statistics", _call("clear_statistics"))),
    )
    invalid = st.sampled_from([
        _edit("set_state with a 2", _call("set_state", np.full(BM_N, 2)), True),
        _edit("set_state_pm with a 0", _call("set_state_pm", np.zeros(BM_N)), True),
        _edit("set_weights not symmetric", _call("set_weights", skew), True),
        _edit("set_biases of 5 values", _call("set_biases", np.zeros(BM_N - 1)), True),
        _edit("order = bogus", _assign("order", "bogus"), True),
        _edit("set_schedule(Constant(-1))", lambda e: e.set_schedule(S.Constant(-1.0)), True),
    ])
    return _mix(valid, invalid)


# Q-learning: the presets the panel offers, small ones, grid and graph.
Q_PRESETS = ("cliff", "frozenlake4", "six_rooms")


def _make_qlearning(variant: tuple[str, str], seed: int) -> Any:
    from simulator.models.qlearning import presets
    from simulator.models.qlearning.engine import QLearningEngine

    preset, algorithm = variant
    return QLearningEngine(presets.PRESETS[preset](), algorithm=algorithm, seed=seed, max_steps=200)


def _qlearning_edits(_variant: Any) -> st.SearchStrategy:
    from simulator.models.qlearning.engine import ALGORITHMS

    params = st.one_of(
        st.floats(0.05, 1.0).map(lambda v: {"alpha": v}),
        st.floats(0.0, 0.99).map(lambda v: {"gamma": v}),
        st.floats(0.0, 1.0).map(lambda v: {"epsilon": v}),
        st.floats(0.9, 1.0).map(lambda v: {"epsilon_decay": v}),
        st.sampled_from(("epsilon", "softmax")).map(lambda v: {"exploration": v}),
        st.floats(0.1, 10.0).map(lambda v: {"temperature": v}),
        st.sampled_from(("incremental", "deterministic")).map(lambda v: {"update": v}),
        st.integers(1, 400).map(lambda v: {"max_steps": v}),
    )
    cell = st.tuples(st.integers(0, 12), st.integers(0, 12))
    # Whether a world edit is allowed depends on the world (the start cell, walling off the
    # goal, a graph world has no cells): the mirror decides, and both must agree.
    world = st.one_of(
        st.tuples(cell, st.integers(0, 3)).map(lambda a: _edit(
            f"with_cell{a[0]} = {a[1]}", lambda e: e.set_world(e.world.with_cell(*a[0], a[1])))),
        cell.map(lambda c: _edit(f"with_start{c}", lambda e: e.set_world(e.world.with_start(*c)))),
        st.tuples(cell, st.floats(-10, 10)).map(lambda a: _edit(
            f"with_reward{a[0]} = {a[1]:g}", lambda e: e.set_world(e.world.with_reward(*a[0], a[1])))),
        st.booleans().map(lambda s: _edit(f"slippery = {s}", lambda e: e.set_world(e.world.with_options(slippery=s)))),
    )
    valid = st.one_of(
        params.map(lambda p: _edit(f"set_params({p})", _call("set_params", **p))),
        st.sampled_from(ALGORITHMS).map(lambda a: _edit(f"set_algorithm({a})", _call("set_algorithm", a))),
        st.just(_edit("solve", _call("solve"))),
        world,
    )
    invalid = st.sampled_from([
        _edit("set_params(alpha=0)", _call("set_params", alpha=0.0), True),
        _edit("set_params(gamma=1.5)", _call("set_params", gamma=1.5), True),
        _edit("set_params(max_steps=0)", _call("set_params", max_steps=0), True),
        _edit("set_params(speed=1)", _call("set_params", speed=1), True),
        _edit("set_algorithm(dqn)", _call("set_algorithm", "dqn"), True),
        _edit("set_world(a string)", _call("set_world", "a world"), True),
    ])
    return _mix(valid, invalid)


# GAN: a tiny 2-D GAN (2-16-2 generator), records every 5 iterations.
def _make_gan(variant: tuple[str, str], seed: int) -> Any:
    from simulator.models.gan.engine import GANConfig, GANEngine

    target, mode = variant
    cfg = GANConfig(target=target, generator=(2, 16, 2), discriminator=(2, 16, 1), batch_size=32, n_shown=64,
                    heatmap_resolution=8, manifold_size=4, record_every=5)
    eng = GANEngine(cfg, seed=seed)
    eng.set_train_mode(mode)
    return eng


def _gan_edits(_variant: Any) -> st.SearchStrategy:
    live = st.one_of(
        st.floats(1e-4, 5e-3).map(lambda v: {"lr_g": v}),
        st.floats(1e-4, 5e-3).map(lambda v: {"lr_d": v}),
        st.sampled_from(("minimax", "non_saturating", "least_squares")).map(lambda v: {"loss": v}),
        st.sampled_from(("adam", "sgd")).map(lambda v: {"optimizer": v}),
        st.integers(1, 3).map(lambda v: {"d_steps": v}),
        st.integers(0, 2).map(lambda v: {"unroll": v}),
        st.integers(8, 64).map(lambda v: {"batch_size": v}),
        st.sampled_from(("ring", "grid", "moons", "spiral", "line")).map(lambda v: {"target": v}),
        st.sampled_from((8, 16, 24)).map(lambda h: {"generator": (2, h, 2)}),
        st.sampled_from((8, 16, 24)).map(lambda h: {"discriminator": (2, h, 1)}),
        st.sampled_from(("relu", "leaky_relu", "tanh")).map(lambda v: {"activation": v}),
        st.booleans().map(lambda v: {"minibatch_features": v}),
        st.integers(2, 12).map(lambda v: {"heatmap_resolution": v}),
    )
    valid = st.one_of(
        live.map(lambda c: _edit(f"configure({c})", _call("configure", **c))),
        st.sampled_from(("both", "d", "g")).map(lambda m: _edit(f"set_train_mode({m})", _call("set_train_mode", m))),
    )
    invalid = st.sampled_from([
        _edit("configure(lr_g=-1)", _call("configure", lr_g=-1.0), True),
        _edit("configure(speed=1)", _call("configure", speed=1), True),
        _edit("configure(target=digits) in 2-D", _call("configure", target="digits"), True),
        _edit("configure(generator=(2, 16, 3))", _call("configure", generator=(2, 16, 3)), True),
        _edit("configure(heatmap_resolution=1)", _call("configure", heatmap_resolution=1), True),
        _edit("set_train_mode(both ways)", _call("set_train_mode", "both ways"), True),
    ])
    return _mix(valid, invalid)


# RBM: the panel's four scenes, on 16 visible units (4 x 4 images) and 4 hidden units.
RBM_NV, RBM_NH = 16, 4


def _rbm_data() -> np.ndarray:
    return (np.random.default_rng(7).random((40, RBM_NV)) < 0.4).astype(np.float64)


def _trained_rbm() -> Any:
    from simulator.models import rbm as R

    machine = R.RBM(RBM_NV, RBM_NH, seed=3)
    machine.fit(_rbm_data(), epochs=3)
    return machine


def _make_rbm(variant: tuple[str, int], seed: int) -> Any:
    from simulator.models import rbm as R
    from simulator.models.rbm.recommender import Recommender

    scene, epochs = variant
    if scene == "training":
        data = _rbm_data()
        return R.RBMTrainer(data=data[8:], heldout=data[:8], n_hidden=RBM_NH, epochs=epochs, seed=seed, batch_size=8)
    if scene == "recommender":
        return Recommender(n_hidden=3, epochs=epochs, seed=seed)
    machine = _trained_rbm()
    if scene == "dreaming":
        return R.DreamEngine(machine, n_chains=4, seed=seed)
    return R.CompletionEngine(machine, _rbm_data()[0], np.arange(RBM_NV) < 8, seed=seed)


def _rbm_edits(variant: tuple[str, int]) -> st.SearchStrategy:
    scene = variant[0]
    images = hnp.arrays(np.float64, RBM_NV, elements=st.sampled_from([0.0, 0.5, 1.0]))
    if scene == "training":
        params = st.one_of(
            st.floats(0.01, 0.3).map(lambda v: {"learning_rate": v}),
            st.floats(0.0, 0.9).map(lambda v: {"momentum": v}),
            st.integers(1, 3).map(lambda v: {"k": v}),
            st.booleans().map(lambda v: {"persistent": v}),
            st.integers(4, 16).map(lambda v: {"batch_size": v}),
            st.floats(0.0, 1e-3).map(lambda v: {"weight_decay": v}),
        )
        valid = st.one_of(params.map(lambda p: _edit(f"set_params({p})", _call("set_params", **p))),
                          st.integers(0, 12).map(lambda n: _edit(f"set_epochs({n})", _call("set_epochs", n))))
        invalid = st.sampled_from([
            _edit("set_params(learning_rate=-1)", _call("set_params", learning_rate=-1.0), True),
            _edit("set_params(k=0)", _call("set_params", k=0), True),
            _edit("set_params(speed=1)", _call("set_params", speed=1), True),
            _edit("set_epochs(-1)", _call("set_epochs", -1), True),
        ])
    elif scene == "dreaming":
        valid = st.one_of(st.just(_edit("set_start(noise)", _call("set_start", None))),
                          images.map(lambda x: _edit("set_start(image)", _call("set_start", x))))
        invalid = st.sampled_from([
            _edit("set_start of 15 pixels", _call("set_start", np.zeros(RBM_NV - 1)), True),
            _edit("set_start of 3 chains for 4", _call("set_start", np.zeros((3, RBM_NV))), True),
            _edit("set_start with a 2", _call("set_start", np.full(RBM_NV, 2.0)), True),
        ])
    elif scene == "completion":
        masks = hnp.arrays(np.bool_, RBM_NV)
        valid = st.tuples(images, masks).map(lambda a: _edit("set_problem", _call("set_problem", *a)))
        invalid = st.sampled_from([
            _edit("set_problem, mask of 15", _call("set_problem", np.zeros(RBM_NV), np.ones(RBM_NV - 1, bool)), True),
            _edit("set_problem, NaN pixel", _call("set_problem", np.full(RBM_NV, np.nan), np.ones(RBM_NV, bool)),
                  True),
        ])
    else:
        # The recommender takes no edits; its questions go through runner.call the same way.
        valid = st.tuples(st.integers(0, 89), st.integers(0, 8)).map(
            lambda a: _edit(f"recommend{a}", _call("recommend", *a)))
        invalid = st.sampled_from([_edit("recommend(user -1)", _call("recommend", -1), True),
                                   _edit("recommend(user 90)", _call("recommend", 90), True)])
    return _mix(valid, invalid)


ADAPTERS: dict[str, Adapter] = {
    "hopfield": Adapter(_make_hopfield, st.sampled_from(("hebbian", "storkey", "pseudo-inverse")), _hopfield_edits,
                        max_step=64),
    "boltzmann": Adapter(_make_boltzmann, st.sampled_from(("constant", "quench", "linear")), _boltzmann_edits,
                         max_step=50),
    "qlearning": Adapter(_make_qlearning, st.tuples(st.sampled_from(Q_PRESETS),
                                                    st.sampled_from(("q_learning", "sarsa", "td0"))),
                         _qlearning_edits, max_step=300),
    # The GAN draws its batches per chunk of iterations (real points, then noise), so
    # step(a); step(b) differs from step(a + b): a run is not replayed but loaded.
    "gan": Adapter(_make_gan,
                   st.tuples(st.sampled_from(("ring", "grid", "moons")), st.sampled_from(("both", "d", "g"))),
                   _gan_edits, max_step=20, chunk_invariant=False, pause_when_settled=False,
                   progress=lambda engine: engine.gan.steps),
    "rbm": Adapter(_make_rbm, st.tuples(st.sampled_from(("training", "dreaming", "completion", "recommender")),
                                        st.integers(1, 12)), _rbm_edits, max_step=6,
                   # The recommender's accuracy trace gains a point per step() call.
                   per_call_keys=frozenset({"accuracy_epochs", "accuracy_trace"})),
}


# ------------------------------------------------------------------------------ state machine
class RunnerMachine(RuleBasedStateMachine):
    """One model's runner-driven engine against its headless mirror.

    For each model in :data:`simulator.registry.MODELS` a state machine owns two engines built
    alike: one driven by a :class:`~simulator.core.runner.Runner` in its worker thread, the
    other (the mirror) called directly. Random sequences of run (then pause, step or reset
    after a short random wait), step, reset, speed changes and edits sent with ``runner.call``
    (parameter changes, new states and patterns, world edits, reconfiguration; some invalid on
    purpose) are applied to both. After every command:

    - every Future completes within :data:`TIMEOUT` (no deadlock) and ``runner.stop`` ends the
      worker at the end;
    - the snapshot's step count is the one the commands imply, and its error is None unless an
      invalid edit was sent since the last run or reset (an invalid edit raises ValueError from
      its Future, like the mirror's, and changes nothing);
    - ``state_dict()`` and ``snapshot()`` of both engines are equal, arrays exactly.

    A run's length depends on timing, so the mirror replays it by taking the steps the runner
    reports (``Snapshot.steps``): ``step(a)`` then ``step(b)`` equals ``step(a + b)`` for every
    engine except the GAN's, whose batches are drawn per chunk of iterations (see
    :attr:`Adapter.chunk_invariant`); there the runner's count is checked against the GAN's
    own, the mirror loads the runner engine's state after a run, and the commands that follow
    are still checked step for step. An edit sent while a
    run goes on lands at an unknown step, so that rule resets both engines afterwards (an
    edit's lasting effect, e.g. new patterns, parameters or a world, is then compared).
    """

    adapter: Adapter

    def __init__(self) -> None:
        super().__init__()
        self.runner: Runner | None = None
        self.steps = 0
        self.error_expected = False
        self.ran = False  # a run since the last reset: per-call snapshot keys differ

    # ------------------------------------------------------------------ helpers
    @staticmethod
    def wait(future: Future) -> Any:
        """The Future's result; a Future that does not complete in time is a deadlock."""
        try:
            return future.result(TIMEOUT)
        except TimeoutError:
            pytest.fail(f"a runner.call Future did not complete within {TIMEOUT} s (deadlock?)")

    def sync(self):
        """Wait until every command sent so far is applied; return the snapshot published after them."""
        self.wait(self.runner.call(lambda engine: None))
        snap = self.runner.latest()
        assert snap is not None, "a call completed but no snapshot was published"
        return snap

    def pause_and_replay(self) -> None:
        """Pause a run, then bring the mirror to the step the runner reached."""
        self.runner.pause()
        snap = self.sync()
        assert not snap.running
        done = snap.steps - self.steps
        assert done >= 0, f"the step count went back from {self.steps} to {snap.steps} without a reset"
        self.replay(done)
        self.steps = snap.steps

    def replay(self, n: int) -> None:
        event("a run took steps" if n else "a run took no step")
        if self.adapter.chunk_invariant:
            if n:
                self.mirror.step(n)
        elif n:
            progress = self.adapter.progress
            before = progress(self.mirror)
            state, after = self.wait(self.runner.call(lambda engine: (engine.state_dict(), progress(engine))))
            assert after - before == n, f"the runner counted {n} steps, the engine did {after - before}"
            self.mirror.load_state_dict(state)

    def start_run(self, wait: float) -> None:
        self.runner.run()
        self.error_expected = False  # a run that starts clears the last error
        self.ran = True
        time.sleep(wait)

    # ------------------------------------------------------------------ rules
    @initialize(data=st.data())
    def build(self, data: st.DataObject) -> None:
        variant = data.draw(self.adapter.variants, label="variant")
        seed = data.draw(SEEDS, label="seed")
        self.variant = variant
        self.engine = self.adapter.make(variant, seed)
        self.mirror = self.adapter.make(variant, seed)
        self.runner = Runner(self.engine, name="stateful-test-runner",
                             pause_when_settled=self.adapter.pause_when_settled)
        self.runner.start()

    @rule(wait=WAITS)
    def run_then_pause(self, wait: float) -> None:
        self.start_run(wait)
        self.pause_and_replay()

    @rule(wait=WAITS, data=st.data())
    def run_then_step(self, wait: float, data: st.DataObject) -> None:
        n = data.draw(st.integers(1, self.adapter.max_step), label="n")
        self.start_run(wait)
        self.runner.step(n)  # pauses, then steps: the runner counts both
        snap = self.sync()
        self.replay(snap.steps - self.steps)
        self.steps = snap.steps

    @rule(wait=WAITS, seed=st.none() | SEEDS)
    def run_then_reset(self, wait: float, seed: int | None) -> None:
        self.start_run(wait)
        self.runner.reset(seed)
        self.mirror.reset(seed)
        self.steps = 0
        self.ran = False

    @rule(data=st.data())
    def step(self, data: st.DataObject) -> None:
        n = data.draw(st.integers(1, self.adapter.max_step), label="n")
        self.runner.step(n)
        self.steps += headless_step(self.mirror, n)

    @rule(seed=st.none() | SEEDS)
    def reset(self, seed: int | None) -> None:
        self.runner.reset(seed)
        self.mirror.reset(seed)
        self.steps = 0
        self.ran = False
        self.error_expected = False

    @rule(rate=st.none() | st.floats(1.0, 1e5))
    def set_speed(self, rate: float | None) -> None:
        self.runner.set_rate(rate)

    @rule(rate=st.sampled_from([0.0, -5.0, math.nan]))
    def refuse_bad_speed(self, rate: float) -> None:
        with pytest.raises(ValueError, match="positive number"):
            self.runner.set_rate(rate)

    @rule(data=st.data())
    def edit(self, data: st.DataObject) -> None:
        e = data.draw(self.adapter.edits(self.variant), label="edit")
        before = self.mirror.state_dict()
        try:
            expected = e.fn(self.mirror)
        except ValueError:
            refused = True
        else:
            refused = False
            assert not e.invalid, f"the headless engine accepted {e!r}"
        future = self.runner.call(e.fn)
        event("edit refused" if refused else "edit applied")
        if refused:
            with pytest.raises(ValueError):
                self.wait(future)
            assert_same(self.mirror.state_dict(), before, "state after a refused edit")
            self.error_expected = True
        else:
            assert_same(self.wait(future), expected, "result")

    @rule(wait=WAITS, seed=SEEDS, data=st.data())
    def edit_while_running(self, wait: float, seed: int, data: st.DataObject) -> None:
        e = data.draw(self.adapter.edits(self.variant).filter(lambda x: not x.invalid), label="edit")
        self.start_run(wait)
        future = self.runner.call(e.fn)
        try:
            self.wait(future)
        except ValueError:
            refused = True  # e.g. a world edit that walls off the goal: refused, state unchanged
            self.error_expected = True
        else:
            refused = False
        self.runner.reset(seed)
        if not refused:
            e.fn(self.mirror)
        self.mirror.reset(seed)
        self.steps = 0
        self.ran = False
        self.error_expected = False

    # ------------------------------------------------------------------ checks
    @invariant()
    def matches_headless(self) -> None:
        if self.runner is None:
            return
        snap = self.sync()
        assert not snap.running
        assert snap.steps == self.steps
        if self.error_expected:
            assert snap.error, "a refused edit is reported in the snapshot"
        else:
            assert snap.error is None, snap.error
        state, view = self.wait(self.runner.call(lambda engine: (engine.state_dict(), engine.snapshot())))
        assert_same(state, self.mirror.state_dict(), "state_dict")
        mine = self.mirror.snapshot()
        if self.ran:
            for key in self.adapter.per_call_keys:
                view.pop(key, None)
                mine.pop(key, None)
        assert_same(view, mine, "snapshot")

    def teardown(self) -> None:
        if self.runner is not None:
            assert self.runner.stop(TIMEOUT), "the runner's worker did not stop"
            assert not self.runner.alive


def test_flat_out_after_a_slow_run_stays_responsive():
    """A run at a set speed must not leave a huge chunk behind for the next flat-out run.

    Flat out, a chunk lasts about ``chunk_seconds``; at a set speed most chunks are cut to
    the few due steps and take no time, which must not count as "a full chunk was fast".
    """
    engine = _make_boltzmann("constant", 1)
    runner = Runner(engine, name="stateful-test-runner")
    runner.start()
    try:
        runner.set_rate(20_000)
        runner.run()
        time.sleep(0.3)
        runner.set_rate(None)
        time.sleep(0.05)
        t0 = time.perf_counter()
        runner.call(lambda e: None).result(TIMEOUT)
        took = time.perf_counter() - t0
        assert took < 0.5, f"an edit waited {took:.2f} s for the engine's chunk to end"
    finally:
        runner.pause()
        assert runner.stop(TIMEOUT)


def headless_step(engine, n: int) -> int:
    """A user's step of ``n`` units, headless; returns the units done (fewer only at a training's end)."""
    advance = getattr(engine, "advance", None)
    if advance is not None:
        return int(advance(n, stop_when_settled=False))
    engine.step(n)
    return n


@pytest.mark.parametrize("scene", ["training", "recommender"])
def test_steps_count_what_training_did(scene):
    engine = _make_rbm((scene, 3), 0)
    runner = Runner(engine, name="stateful-test-runner")
    runner.start()
    try:
        runner.step(1000)  # far past the last of the 3 epochs
        done = runner.call(lambda e: e.rbm.batches if scene == "training" else e.rbm.epoch).result(TIMEOUT)
        snap = runner.latest()
        assert engine.is_settled() and 0 < done < 1000
        assert snap is not None and snap.steps == done
    finally:
        assert runner.stop(TIMEOUT)


@pytest.fixture(scope="module", autouse=True)
def _compiled():
    # Compile (or load) the kernels once, in this thread, before two threads call them.
    for spec in MODELS:
        spec.load_package().warmup()


def test_every_model_has_an_adapter():
    assert set(ADAPTERS) == {spec.key for spec in MODELS}


@pytest.mark.parametrize("key", [spec.key for spec in MODELS])
def test_runner_matches_headless_commands(key):
    machine = type(f"{key.title()}RunnerMachine", (RunnerMachine,), {"adapter": ADAPTERS[key]})
    run_state_machine_as_test(machine, settings=SETTINGS)


@pytest.mark.parametrize("scene", ["training", "recommender"])
def test_a_finished_training_run_counts_only_what_it_did(scene):
    # Running (not stepping) past the last epoch: the runner counts what advance() did, and the
    # chunk, which ends at once, does not grow (a soak once read 209 billion mini-batches).
    engine = _make_rbm((scene, 2), 0)
    runner = Runner(engine, name="stateful-test-runner")
    runner.start()
    try:
        runner.run()
        deadline = time.monotonic() + TIMEOUT
        while not engine_settled(runner) and time.monotonic() < deadline:
            time.sleep(0.01)
        done = runner.call(lambda e: e.rbm.batches if scene == "training" else e.rbm.epoch).result(TIMEOUT)
        runner.run()  # settled already: pauses again at once, having done nothing
        time.sleep(0.1)
        runner.pause()
        runner.call(lambda e: None).result(TIMEOUT)  # completes once the snapshot after it is published
        snap = runner.latest()
        assert snap is not None and snap.steps == done
        assert runner.call(lambda e: runner.chunk_size).result(TIMEOUT) < 2**20
    finally:
        assert runner.stop(TIMEOUT)


def engine_settled(runner):
    return runner.call(lambda e: e.is_settled()).result(TIMEOUT)
