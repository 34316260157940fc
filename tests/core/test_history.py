"""The rewind history: order, capacity, byte bound, shared unchanged arrays, dropping the future."""

from __future__ import annotations

import time
from types import MappingProxyType

import numpy as np
import pytest

from simulator.core import memento
from simulator.core.engine import Snapshot
from simulator.core.history import History


class Counter:
    """A toy engine: a counter and a vector that changes with it, and a big array that never changes."""

    def __init__(self, size: int = 1000) -> None:
        self.count = 0
        self.values = np.zeros(size)
        self.constant = np.ones(size)

    def step(self) -> None:
        self.count += 1
        self.values[self.count % len(self.values)] = self.count


def snap(steps: int, **data) -> Snapshot:
    return Snapshot(seq=steps + 1, steps=steps, running=False, updates_per_second=0.0, settled=False, error=None,
                    data=MappingProxyType(dict(data)))


def fill(history: History, engine: Counter, n: int) -> None:
    for _ in range(n):
        engine.step()
        history.capture(engine, snap(engine.count))


def test_entries_are_kept_oldest_first_and_capacity_drops_the_oldest():
    history, engine = History(capacity=5), Counter()
    fill(history, engine, 8)
    entries = history.entries()
    assert [e.steps for e in entries] == [4, 5, 6, 7, 8]
    assert [e.index for e in entries] == sorted(e.index for e in entries)
    assert history.newest is entries[-1]


def test_an_unchanged_engine_adds_no_entry():
    history, engine = History(), Counter()
    fill(history, engine, 2)
    assert history.capture(engine, snap(engine.count)) is None
    assert len(history) == 2


def test_unchanged_arrays_are_stored_once():
    engine = Counter(size=100_000)  # 800 KB per array
    history = History()
    fill(history, engine, 10)
    first, last = history.entries()[0], history.entries()[-1]
    shared = zip(last.checkpoint.tree["constant"].blocks, first.checkpoint.tree["constant"].blocks)
    assert all(a is b for a, b in shared)
    # One copy of the constant, and of the changing vector only the blocks that changed.
    per_entry = memento.BLOCK_BYTES
    assert history.nbytes <= 2 * engine.values.nbytes + 10 * per_entry


def test_the_byte_bound_drops_the_oldest_entries_but_never_the_newest():
    engine = Counter(size=1000)
    history = History(max_bytes=20 * 8000)
    for _ in range(30):
        engine.step()
        engine.values = engine.values.copy()  # a new 8 KB array each time
        history.capture(engine, snap(engine.count, picture=np.full(1000, float(engine.count))))
    assert history.nbytes <= 20 * 8000
    entries = history.entries()
    assert 5 <= len(entries) < 30 and entries[-1].steps == 30
    tiny = History(max_bytes=1)
    tiny.capture(engine, snap(engine.count, picture=np.zeros(10)))
    assert len(tiny) == 1


class Journal:
    """A toy engine that keeps a growing Python list (no arrays at all)."""

    def __init__(self) -> None:
        self.count = 0
        self.log: list[float] = []

    def step(self) -> None:
        self.count += 1
        self.log.extend(float(self.count) + i / 100 for i in range(100))


def test_python_objects_a_checkpoint_copies_count_against_the_byte_bound():
    engine = Journal()
    history = History(max_bytes=2 * 2**20)
    for _ in range(60):
        engine.step()
        history.capture(engine, snap(engine.count))
    # Each checkpoint copies the whole list (and a place for each item): its bytes are counted,
    # so the history keeps the newest few rather than all sixty.
    entries = history.entries()
    assert entries[-1].checkpoint.other_bytes > 8 * len(engine.log)
    assert history.nbytes <= 2 * 2**20 and 1 <= len(entries) < 30 and entries[-1].steps == 60
    held = sum(e.checkpoint.other_bytes for e in entries)
    assert history.nbytes >= held
    history.clear()
    assert history.nbytes == 0


def test_bytes_are_counted_once_per_array_and_freed_with_the_last_entry_holding_it():
    engine = Counter(size=1000)
    history = History(capacity=3)
    fill(history, engine, 3)
    held = history.nbytes
    fill(history, engine, 3)  # the first three are gone, with what only they held
    assert history.nbytes <= held + 3 * engine.values.nbytes
    history.clear()
    assert history.nbytes == 0 and len(history) == 0


def test_dropping_the_future_keeps_an_entry_and_everything_before_it():
    history, engine = History(), Counter()
    fill(history, engine, 6)
    entries = history.entries()
    assert history.drop_after(entries[2]) == 3
    assert history.entries() == entries[:3]
    fill(history, engine, 1)
    assert history.entries()[-1].index > entries[-1].index, "indices keep growing after a resume"


def test_captures_while_running_are_spaced_by_interval_and_cost():
    history = History(interval=0.05, cost_share=0.5)
    now = time.perf_counter()
    assert history.due(now)
    history.capture(Counter(), snap(0))
    assert not history.due(time.perf_counter())
    assert history.due(time.perf_counter() + 0.06)


def test_bad_settings_are_refused_with_a_sentence():
    for kwargs in ({"capacity": 0}, {"max_bytes": 0}, {"cost_share": 0.0}):
        with pytest.raises(ValueError, match=r"\.$"):
            History(**kwargs)


class Uncopyable:
    __slots__ = ("count",)

    def __init__(self) -> None:
        self.count = 0

    def __deepcopy__(self, memo):
        raise TypeError("no copies")


def test_an_engine_that_cannot_be_copied_turns_the_history_off_not_the_run():
    class Engine:
        def __init__(self) -> None:
            self.thing = Uncopyable()
            self.x = 1

    history = History()
    engine = Engine()
    history.capture(engine, snap(0))
    # An object that refuses copies is kept by reference: the history still works.
    assert history.error is None and len(history) == 1
    assert history.newest.checkpoint.tree["thing"].value is engine.thing


def test_an_engine_whose_state_cannot_be_walked_stops_the_history_with_a_reason():
    class Engine:
        @property
        def __dict__(self):
            raise RuntimeError("no state to see")

    history = History()
    assert history.capture(Engine(), snap(0)) is None
    assert "no state to see" in history.error and len(history) == 0


def test_snapshot_arrays_share_equal_blocks_and_a_hidden_history_shrinks():
    engine = Counter(size=1000)
    history = History()
    picture = np.arange(10_000.0)  # 80 KB, the same in every snapshot
    trace = np.arange(100_000.0)  # 800 KB, growing at its end like a plotted trace
    for k in range(10):
        engine.step()
        history.capture(engine, snap(engine.count, picture=picture.copy(), trace=trace[:50_000 + 1000 * k].copy(),
                                     moving=np.full(10_000, engine.count)))
    entries = history.entries()
    assert all(np.array_equal(e.snapshot.data["picture"], picture) for e in entries)
    assert np.array_equal(entries[4].snapshot.data["trace"], trace[:54_000])
    assert entries[-1].snapshot.data["moving"][0] == 10 and entries[-1].steps == 10
    assert not entries[-1].snapshot.data["trace"].flags.writeable
    before = history.nbytes
    # The picture once, the trace once plus a block per growth, the moving vector each time.
    assert 10 * 80_000 <= before <= 80_000 + 480_000 + 10 * 2 * 64 * 1024 + 10 * 80_000 + 10 * 8000
    dropped = history.shrink(before // 2)
    assert dropped > 0 and history.nbytes <= before // 2 and history.newest is entries[-1]


def test_big_moments_are_captured_less_often_so_the_bytes_last_the_span():
    engine = Counter(size=100_000)  # each capture adds at least one 64 KB block
    history = History(max_bytes=10 * 2**20, interval=0.0, cost_share=1.0, span=160.0)
    fill(history, engine, 1)
    # The first entry added ~1.6 MB: at 10 MB for 160 s, the next waits about 25 s.
    assert not history.due(time.perf_counter() + 20.0)
    assert history.due(time.perf_counter() + 30.0)


def test_views_of_arrays_the_engine_keeps_by_reference_are_not_copied():
    class Network(Counter):
        def __init__(self) -> None:
            super().__init__()
            self.weights = np.ones((1000, 1000))  # 8 MB, only ever replaced

        def rewind_static(self):
            return (self.weights,)

    engine = Network()
    history = History()
    for _ in range(5):
        engine.step()
        view = engine.weights.view()
        view.flags.writeable = False
        history.capture(engine, snap(engine.count, weights=view))
    assert history.nbytes < engine.weights.nbytes / 4, "the weights are the engine's, not the history's"
    assert memento.root_of(history.newest.snapshot.data["weights"]) is engine.weights
