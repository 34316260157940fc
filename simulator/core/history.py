"""The rewind history: a ring buffer of (snapshot, engine checkpoint) pairs, bounded in entries and bytes."""

from __future__ import annotations

import dataclasses
import threading
import time
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

import numpy as np

from simulator.core import memento
from simulator.core.engine import Snapshot
from simulator.core.text import tr

#: Entries kept at most.
DEFAULT_CAPACITY = 400
#: Bytes of distinct arrays kept at most (snapshots and checkpoints together), not counting
#: the arrays the engine still holds itself (those the newest checkpoint keeps by reference);
#: the Python objects each checkpoint copied count too.
DEFAULT_MAX_BYTES = 128 * 2**20
#: Least time between two captures while running flat out.
DEFAULT_INTERVAL = 1 / 16
#: A capture may cost at most this fraction of the worker's time: a slow one spaces the next out.
DEFAULT_COST_SHARE = 0.02
#: While running, captures are spaced so that ``max_bytes`` holds at least this many seconds of
#: the run: a model whose every moment is big (a GAN's weights and Adam moments) is kept
#: less often rather than for a shorter time.
DEFAULT_SPAN = 20.0
#: Snapshot arrays this big are kept in blocks shared with the previous entry's where equal.
SHARED_FROM = 16 * 1024


@dataclass(frozen=True)
class _Stored:
    """A big snapshot array kept as blocks of rows, shared with the previous entry where equal."""

    blocks: tuple[np.ndarray, ...]


@dataclass(frozen=True, eq=False)
class Entry:
    """One moment of a run that can be shown again and resumed from (entries compare by identity).

    Attributes
    ----------
    index : int
        Capture counter of its history; a later entry has a larger index.
    stored : Snapshot
        What the runner published at that moment, its big arrays kept in shared blocks
        (read :attr:`snapshot`).
    checkpoint : memento.Checkpoint
        The engine's whole state at that moment.
    time : float
        ``time.perf_counter()`` when it was captured (to line up the runners of one panel).
    """

    index: int
    stored: Snapshot
    checkpoint: memento.Checkpoint
    time: float

    @property
    def snapshot(self) -> Snapshot:
        """The snapshot published at that moment (its arrays rebuilt from shared blocks: read-only)."""
        data = self.stored.data
        if not any(isinstance(v, _Stored) for v in data.values()):
            return self.stored
        whole = {k: _joined(v.blocks) if isinstance(v, _Stored) else v for k, v in data.items()}
        return dataclasses.replace(self.stored, data=MappingProxyType(whole))

    @property
    def steps(self) -> int:
        """Engine update units done since the reset, at that moment."""
        return self.stored.steps


class History:
    """The last few hundred moments of one engine's run, oldest first.

    The runner's worker thread adds entries; the GUI thread reads them. Arrays equal
    to those of the previous entry are shared, not copied, and every distinct array is
    counted once against ``max_bytes`` (with each checkpoint's Python objects); the
    oldest entries go first when either bound is passed (the newest entry always stays).

    Parameters
    ----------
    capacity : int
        Entries kept at most.
    max_bytes : int
        Bytes of distinct arrays (snapshot data and checkpoints) and of the checkpoints'
        Python objects kept at most.
    interval : float
        Least seconds between captures while running (commands always capture).
    cost_share : float
        Largest fraction of the worker's time captures may take: after a capture that
        took ``c`` seconds, the next waits at least ``c / cost_share`` seconds.
    span : float
        Seconds of running the bytes should last: after an entry that added ``b`` bytes,
        the next capture while running waits at least ``span * b / max_bytes`` seconds.
    """

    def __init__(
        self,
        capacity: int = DEFAULT_CAPACITY,
        max_bytes: int = DEFAULT_MAX_BYTES,
        interval: float = DEFAULT_INTERVAL,
        cost_share: float = DEFAULT_COST_SHARE,
        span: float = DEFAULT_SPAN,
    ) -> None:
        if int(capacity) < 1:
            raise ValueError(tr("The history must keep at least one entry."))
        if not max_bytes > 0:
            raise ValueError(tr("The history's byte limit must be a positive number."))
        if not 0 < cost_share <= 1:
            raise ValueError(tr("The share of time captures may take must lie in (0, 1]."))
        self.capacity = int(capacity)
        self.max_bytes = int(max_bytes)
        self.interval = float(interval)
        self.cost_share = float(cost_share)
        self.span = float(span)
        self._lock = threading.Lock()
        self._entries: list[Entry] = []
        self._counter = 0
        # id of each distinct array buffer kept -> [array, number of entries holding it]
        self._buffers: dict[int, list] = {}
        self._nbytes = 0
        self._last_time = -float("inf")
        self._last_cost = 0.0
        self._last_added = 0
        #: Total seconds spent capturing (for measuring the cost).
        self.seconds_spent = 0.0
        #: Why capturing stopped (the engine's state could not be copied), else None.
        self.error: str | None = None

    # ----------------------------------------------------------------- reading
    def entries(self) -> tuple[Entry, ...]:
        """The entries kept, oldest first (a copy: safe to use in another thread)."""
        with self._lock:
            return tuple(self._entries)

    def __len__(self) -> int:
        return len(self._entries)

    @property
    def newest(self) -> Entry | None:
        with self._lock:
            return self._entries[-1] if self._entries else None

    @property
    def nbytes(self) -> int:
        """Bytes of the distinct arrays the entries hold, but for those the engine still holds itself,
        and of the Python objects their checkpoints copied (an estimate: see ``Checkpoint.other_bytes``)."""
        with self._lock:
            return self._nbytes - self._live_bytes()

    def _live_bytes(self) -> int:
        if not self._entries:
            return 0
        return sum(a.nbytes for a in self._entries[-1].checkpoint.by_reference if id(a) in self._buffers)

    def due(self, now: float) -> bool:
        """Whether a capture while running is due at ``now`` (perf_counter seconds)."""
        wait = max(self.interval, self._last_cost / self.cost_share, self.span * self._last_added / self.max_bytes)
        return now - self._last_time >= wait

    # ----------------------------------------------------------------- writing
    def capture(self, engine: Any, snapshot: Snapshot) -> Entry | None:
        """Add the engine's present state with the snapshot just published; None if it is unchanged.

        Called by the runner's worker thread, between chunks. An engine whose state
        cannot be copied stops the history (see :attr:`error`); the run goes on.
        """
        if self.error is not None:
            return None
        t0 = time.perf_counter()
        previous = self.newest
        try:
            checkpoint = memento.take(engine, previous.checkpoint if previous is not None else None)
        except Exception as exc:  # the run matters more than its history
            self.error = f"{type(exc).__name__}: {exc}"
            return None
        entry = None
        if not (checkpoint.unchanged and previous is not None and previous.steps == snapshot.steps):
            entry = self._add(_compact(snapshot, previous, checkpoint), checkpoint)
        now = time.perf_counter()
        self._last_cost = now - t0
        self._last_time = now
        self.seconds_spent += self._last_cost
        return entry

    def add(self, snapshot: Snapshot, checkpoint: memento.Checkpoint) -> Entry:
        """Append an entry (evicting the oldest as the bounds require) and return it."""
        return self._add(snapshot, checkpoint)

    def drop_after(self, entry: Entry) -> int:
        """Forget every entry newer than ``entry`` (a run resumed from it); return how many."""
        with self._lock:
            keep = [e for e in self._entries if e.index <= entry.index]
            dropped = self._entries[len(keep):]
            self._entries = keep
            for e in dropped:
                self._release(e)
        return len(dropped)

    def shrink(self, max_bytes: int) -> int:
        """Drop the oldest entries until at most ``max_bytes`` are held (a hidden panel's history); return how many."""
        with self._lock:
            live = self._live_bytes()
            dropped = 0
            while len(self._entries) > 1 and self._nbytes - live > max_bytes:
                self._release(self._entries.pop(0))
                dropped += 1
        return dropped

    def clear(self) -> None:
        with self._lock:
            self._entries = []
            self._buffers.clear()
            self._nbytes = 0

    # ----------------------------------------------------------------- internals
    def _add(self, snapshot: Snapshot, checkpoint: memento.Checkpoint) -> Entry:
        with self._lock:
            self._counter += 1
            entry = Entry(self._counter, snapshot, checkpoint, time.perf_counter())
            self._entries.append(entry)
            engine_held = {id(a) for a in checkpoint.by_reference}
            self._nbytes += checkpoint.other_bytes
            self._last_added = checkpoint.other_bytes
            for key, array in _arrays_of(entry).items():
                slot = self._buffers.get(key)
                if slot is None:
                    self._buffers[key] = [array, 1]
                    self._nbytes += array.nbytes
                    if key not in engine_held:  # the engine's own arrays cost the history nothing yet
                        self._last_added += array.nbytes
                else:
                    slot[1] += 1
            live = self._live_bytes()
            while len(self._entries) > 1 and (len(self._entries) > self.capacity
                                              or self._nbytes - live > self.max_bytes):
                self._release(self._entries.pop(0))
        return entry

    def _release(self, entry: Entry) -> None:
        self._nbytes -= entry.checkpoint.other_bytes
        for key in _arrays_of(entry):
            slot = self._buffers.get(key)
            if slot is None:
                continue
            slot[1] -= 1
            if slot[1] == 0:
                self._nbytes -= slot[0].nbytes
                del self._buffers[key]


def _compact(snapshot: Snapshot, previous: Entry | None, checkpoint: memento.Checkpoint) -> Snapshot:
    """The snapshot with its big arrays as blocks, sharing the previous entry's blocks where equal.

    Traces that grew at their end since the previous entry share all but their last block.
    Views of the arrays the engine keeps by reference (the Hopfield weights) stay as they are.
    """
    before = previous.stored.data if previous is not None else {}
    engine_held = {id(a) for a in checkpoint.by_reference}
    data = dict(snapshot.data)
    compacted = False
    for key, value in data.items():
        if (isinstance(value, np.ndarray) and value.nbytes >= SHARED_FROM and value.ndim >= 1 and value.shape[0] >= 2
                and id(memento.root_of(value)) not in engine_held):
            old = before.get(key)
            blocks, _copied = memento.share_blocks(value, old.blocks if isinstance(old, _Stored) else ())
            data[key] = _Stored(blocks)
            compacted = True
    return dataclasses.replace(snapshot, data=MappingProxyType(data)) if compacted else snapshot


def _joined(blocks: tuple[np.ndarray, ...]) -> np.ndarray:
    if len(blocks) == 1:
        return blocks[0]  # read-only already
    whole = np.concatenate(blocks)
    whole.flags.writeable = False
    return whole


def _arrays_of(entry: Entry) -> dict[int, np.ndarray]:
    data = entry.stored.data
    found = memento.arrays_in(v for v in data.values() if not isinstance(v, _Stored))
    for v in data.values():
        if isinstance(v, _Stored):
            for block in v.blocks:
                found.setdefault(id(block), block)
    for array in entry.checkpoint.arrays:
        found.setdefault(id(array), array)
    return found
