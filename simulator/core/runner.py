"""A worker thread that drives one engine: commands in through a queue, snapshots out through a one-slot mailbox."""

from __future__ import annotations

import collections
import queue
import threading
import time
from concurrent.futures import Future
from types import MappingProxyType
from typing import Any, Callable

from simulator.core import memento
from simulator.core.engine import Engine, Snapshot
from simulator.core.history import Entry, History
from simulator.core.text import tr


class Mailbox:
    """One slot holding the newest item; a newer item replaces an unread one."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._item: Any = None

    def put(self, item: Any) -> None:
        with self._lock:
            self._item = item

    @property
    def empty(self) -> bool:
        """Whether the slot holds nothing unread (a reader took the last item)."""
        return self._item is None

    def take(self) -> Any:
        """Return the newest unread item and empty the slot, or None if there is none."""
        with self._lock:
            item, self._item = self._item, None
            return item


class _Stop:
    pass


#: Seconds after which an unread snapshot is replaced anyway while running (see ``publish_interval``).
STALE_AFTER = 0.1
#: Polls of :meth:`Runner.latest` this far apart or more do not count as a display's frames.
MAX_FRAME_PERIOD = 0.1
#: Polls closer than this are a busy reader (a test, a script), not a display: no pacing for it.
MIN_FRAME_PERIOD = 0.005
#: A paced snapshot is made this far into the frame after the poll that took the last one (0: at once, 1: at
#: the next poll). Halfway, it is ready with half a frame to spare for a slow chunk (an epoch's evaluation, a
#: wait for the GIL), and it is not made while the GUI thread draws the frame just taken, which holds the GIL.
PUBLISH_PHASE = 0.5
#: While a late display has yet to take its snapshot, chunks last about this long, to notice the take soon.
LATE_CHUNK = 0.002


class Runner:
    """Runs an engine in a worker thread, flat out or at a set rate.

    The GUI never touches the engine directly while a runner owns it: it sends
    commands (:meth:`run`, :meth:`pause`, :meth:`step`, :meth:`reset`,
    :meth:`set_rate`, :meth:`call`), which the worker applies between chunks of
    ``engine.step``, and it pulls the newest :class:`Snapshot` with :meth:`latest`.
    Chunks are sized to about ``chunk_seconds`` so commands apply promptly.

    Parameters
    ----------
    engine : Engine
        The engine to drive. After :meth:`start`, only the worker thread calls it.
    chunk_seconds : float
        Target duration of one chunk of steps when running flat out: the longest a
        command waits. Long chunks matter in a window: the worker waits for the GIL
        after every chunk (and every numpy call) while the GUI thread paints.
    publish_interval : float
        Minimum time between snapshots while running flat out (commands and pauses
        always publish at once). While the last one lies unread, the next waits
        until it is ``STALE_AFTER`` seconds old: a snapshot nobody draws costs the
        engine time for nothing (copies, histograms; milliseconds for a big model).
        A display that polls :meth:`latest` at a steady frame rate gets paced
        snapshots instead: one per poll, made half a frame after it took the last
        one (flat-out chunks are cut to end then), so that the engine runs long
        chunks in between and a slow chunk delays no frame.
    pause_when_settled : bool
        Pause automatically when ``engine.is_settled()`` becomes true (unless the
        :meth:`set_when_settled` hook says to go on).
    name : str
        Thread name, for debugging.
    history : History or bool
        Where the worker keeps recent (snapshot, engine state) pairs for rewinding: a
        :class:`~simulator.core.history.History`, True for a default one, False for none.
        It captures after every command and, while running, a few times a second.
    """

    def __init__(
        self,
        engine: Engine,
        *,
        chunk_seconds: float = 0.012,
        publish_interval: float = 1 / 120,
        pause_when_settled: bool = True,
        name: str = "engine-runner",
        history: History | bool = True,
    ) -> None:
        self._engine = engine
        self._commands: queue.SimpleQueue = queue.SimpleQueue()
        self._mailbox = Mailbox()
        self._thread = threading.Thread(target=self._loop, name=name, daemon=True)
        self._chunk_seconds = chunk_seconds
        self._publish_interval = publish_interval
        self.pause_when_settled = pause_when_settled
        # Worker-side state: touched only by the worker thread once started.
        self._running = False
        self._rate: float | None = None
        self._tokens = 0.0
        self._last_tick = 0.0
        self._chunk = 1
        self._steps = 0
        self._seq = 0
        self._error: str | None = None
        self._last_publish = 0.0
        self._history: collections.deque = collections.deque(maxlen=64)
        self._unsettled: list[tuple[Future, bool, Any]] = []
        self._when_settled: Callable[[Engine], bool] | None = None
        # GUI-side mirror of the requested run state, for toggling without a round trip.
        self._requested_running = False
        self._past: History | None = history if isinstance(history, History) else (History() if history else None)
        # Whether the last published snapshot said running (written by the worker, read by the GUI).
        self._published_running = False
        # The display's polls of latest() (written by the GUI thread, read by the worker).
        self._last_poll: float | None = None
        self._poll_period: float | None = None
        # Worker-side estimate for pacing: seconds per update unit (of the last chunks).
        self._unit_seconds = 0.0

    # ------------------------------------------------------------------ lifecycle
    def start(self) -> None:
        """Start the worker thread (once)."""
        self._thread.start()

    def stop(self, timeout: float = 1.0) -> bool:
        """Ask the worker to stop and wait up to ``timeout`` seconds; True if it ended."""
        if not self._thread.is_alive():
            return True
        self._commands.put(_Stop())
        self._thread.join(timeout)
        return not self._thread.is_alive()

    @property
    def alive(self) -> bool:
        """Whether the worker thread is running."""
        return self._thread.is_alive()

    # ------------------------------------------------------------------- commands
    def run(self) -> None:
        """Run continuously (at the set rate) until paused or settled."""
        self._requested_running = True
        self._commands.put(("run",))

    def pause(self) -> None:
        """Stop after the current chunk."""
        self._requested_running = False
        self._commands.put(("pause",))

    def toggle(self, running: bool | None = None) -> bool:
        """Run if paused, pause if running; return the new requested state.

        ``running`` is the state the caller last saw (e.g. from a snapshot); when
        given it wins over the runner's own record, which cannot see auto-pauses.
        """
        current = self._requested_running if running is None else running
        if current:
            self.pause()
        else:
            self.run()
        return not current

    def step(self, n: int = 1) -> None:
        """Pause, then advance by exactly ``n`` update units."""
        self._requested_running = False
        self._commands.put(("step", int(n)))

    def reset(self, seed: int | None = None) -> None:
        """Pause and call ``engine.reset(seed)``."""
        self._requested_running = False
        self._commands.put(("reset", seed))

    def set_rate(self, updates_per_second: float | None) -> None:
        """Limit the speed to ``updates_per_second``; None runs flat out."""
        if updates_per_second is not None and not updates_per_second > 0:
            raise ValueError(tr("The speed must be a positive number of updates per second."))
        self._commands.put(("rate", updates_per_second))

    def set_when_settled(self, hook: Callable[[Engine], bool] | None) -> None:
        """Call ``hook(engine)`` in the worker when a run settles; a true result keeps it running.

        It lets a panel start the next round of a repeating scene (e.g. corrupt the
        state and recall again) without a round trip through the GUI thread, which
        would leave the engine idle for a frame or two per round. None removes it.
        A hook that raises pauses the run and reports the error in the snapshot.
        """
        if hook is not None and not callable(hook):
            raise ValueError(tr("The settle hook must be a function of the engine, or None."))
        self._commands.put(("settled-hook", hook))

    @property
    def chunk_size(self) -> int:
        """Update units in the worker's current flat-out chunk (read it in the worker, e.g. inside :meth:`call`)."""
        return self._chunk

    @property
    def when_settled(self) -> Callable[[Engine], bool] | None:
        """The hook set with :meth:`set_when_settled` (read it in the worker, e.g. inside :meth:`call`)."""
        return self._when_settled

    def call(self, fn: Callable[[Engine], Any]) -> Future:
        """Apply ``fn(engine)`` in the worker between chunks; its result comes back in a Future.

        A snapshot is published right after, so edits show at once even when paused;
        the Future completes only once that snapshot is in the mailbox, so a caller
        that waits on it and then takes the latest snapshot sees its edit.
        If the worker is not running (never started, or stopped), ``fn`` runs at once
        in the caller's thread.
        """
        future: Future = Future()
        if not self._thread.is_alive():
            self._apply_call(fn, future)
            self._publish()
            self._settle_futures()
            return future
        self._commands.put(("call", fn, future))
        return future

    def restore(self, entry: Entry, run: bool = False) -> Future:
        """Put the engine back to ``entry`` of :attr:`history` and go on from there.

        The engine's state and the step count become the entry's, the newer entries
        are dropped, and the run starts again if ``run``. The Future completes (with
        None, or the error) once the snapshot showing the restored state is published.
        """
        self._requested_running = bool(run)
        future: Future = Future()
        if not self._thread.is_alive():
            self._apply_restore(entry, bool(run), future)
            self._publish()
            self._settle_futures()
            return future
        self._commands.put(("restore", entry, bool(run), future))
        return future

    @property
    def history(self) -> History | None:
        """The recent moments of this run, for rewinding (None when kept off)."""
        return self._past

    @property
    def published_running(self) -> bool:
        """Whether the newest snapshot the worker published says running (it is in the mailbox or taken)."""
        return self._published_running

    def latest(self) -> Snapshot | None:
        """The newest snapshot not yet taken, or None.

        A display calls it once a frame; the runner learns the frame period from these
        calls and paces its snapshots to them (see ``publish_interval``).
        """
        now = time.perf_counter()
        last = self._last_poll
        if last is not None and 0.0 < now - last < MAX_FRAME_PERIOD:
            gap = now - last
            period = self._poll_period
            self._poll_period = gap if period is None else 0.8 * period + 0.2 * gap
        self._last_poll = now
        return self._mailbox.take()

    # --------------------------------------------------------------------- worker
    def _loop(self) -> None:
        self._publish()
        while True:
            wait = self._seconds_until_due() if self._running else None
            try:
                cmd = self._commands.get(timeout=wait) if wait is None or wait > 0 else self._commands.get_nowait()
            except queue.Empty:
                cmd = None
            applied = False
            while cmd is not None:
                if isinstance(cmd, _Stop):
                    self._running = False
                    self._publish()
                    self._settle_futures()
                    self._cancel_queued_calls()
                    return
                self._apply(cmd)
                applied = True
                try:
                    cmd = self._commands.get_nowait()
                except queue.Empty:
                    cmd = None
            stepped = False
            publish_now = False
            frame = self._last_frame() if self._running and self._rate is None else None
            if self._running:
                n = self._due_steps()
                if frame is not None:
                    n = self._paced_steps(n, frame)
                    publish_now = n == 0
                if n > 0:
                    self._run_chunk(n)
                    stepped = True
            now = time.perf_counter()
            age = now - self._last_publish
            if frame is not None:
                due = publish_now or age >= STALE_AFTER or (self._mailbox.empty and now >= _paced_publish_at(frame))
            else:
                due = stepped and ((age >= self._publish_interval and (self._mailbox.empty or age >= STALE_AFTER))
                                   or self._rate_is_slow())
            if applied or not self._running or due:
                self._publish(capture=applied or not self._running)
            self._settle_futures()

    def _apply(self, cmd: tuple) -> None:
        kind = cmd[0]
        if kind == "run":
            if not self._running:
                self._running = True
                self._error = None
                self._tokens = 1.0
                self._last_tick = time.perf_counter()
                self._history.clear()
        elif kind == "pause":
            self._running = False
        elif kind == "step":
            self._running = False
            done = [cmd[1]]
            if self._guarded(lambda: done.__setitem__(0, self._advance(cmd[1], stop_when_settled=False))):
                self._steps += done[0]
        elif kind == "reset":
            self._running = False
            if self._guarded(lambda: self._engine.reset(cmd[1])):
                self._steps = 0
                self._error = None
        elif kind == "rate":
            self._rate = cmd[1]
            self._tokens = min(self._tokens, 1.0)
            self._last_tick = time.perf_counter()
        elif kind == "call":
            self._apply_call(cmd[1], cmd[2])
        elif kind == "settled-hook":
            self._when_settled = cmd[1]
        elif kind == "restore":
            self._apply_restore(cmd[1], cmd[2], cmd[3])

    def _apply_restore(self, entry: Entry, run: bool, future: Future) -> None:
        if not future.set_running_or_notify_cancel():
            return
        try:
            memento.restore(self._engine, entry.checkpoint)
        except BaseException as exc:  # reported to the caller and in the snapshot
            self._error = _describe(exc)
            self._running = False
            self._unsettled.append((future, False, exc))
            return
        self._steps = entry.snapshot.steps
        self._error = None
        if self._past is not None:
            self._past.drop_after(entry)
        self._running = False
        if run:
            self._apply(("run",))
        self._unsettled.append((future, True, None))

    def _apply_call(self, fn: Callable[[Engine], Any], future: Future) -> None:
        if not future.set_running_or_notify_cancel():
            return
        try:
            result = fn(self._engine)
        except BaseException as exc:  # reported to the caller and in the snapshot
            self._error = _describe(exc)
            self._unsettled.append((future, False, exc))
        else:
            self._unsettled.append((future, True, result))

    def _cancel_queued_calls(self) -> None:
        """Calls that arrived after the stop request will never run: say so to their callers."""
        while True:
            try:
                cmd = self._commands.get_nowait()
            except queue.Empty:
                return
            if isinstance(cmd, tuple) and cmd[0] == "call" and cmd[2].set_running_or_notify_cancel():
                cmd[2].set_exception(RuntimeError(tr("The simulation was stopped before this edit could be applied.")))

    def _settle_futures(self) -> None:
        """Complete the futures of applied calls; called after the snapshot showing them."""
        while self._unsettled:
            future, ok, value = self._unsettled.pop(0)
            if ok:
                future.set_result(value)
            else:
                future.set_exception(value)

    def _guarded(self, action: Callable[[], Any]) -> bool:
        try:
            action()
        except Exception as exc:
            self._error = _describe(exc)
            self._running = False
            return False
        return True

    def _rate_is_slow(self) -> bool:
        return self._rate is not None and self._rate <= 1 / self._publish_interval

    def _seconds_until_due(self) -> float:
        if self._rate is None or self._tokens >= 1.0:
            return 0.0
        elapsed = time.perf_counter() - self._last_tick
        return max(0.0, (1.0 - self._tokens) / self._rate - elapsed)

    def _due_steps(self) -> int:
        if self._rate is None:
            return self._chunk
        now = time.perf_counter()
        self._tokens = min(self._tokens + (now - self._last_tick) * self._rate, max(1.0, self._rate * 0.05))
        self._last_tick = now
        n = min(int(self._tokens), self._chunk)
        self._tokens -= n
        return n

    def _last_frame(self) -> tuple[float, float] | None:
        """(time of the display's last poll, frame period), or None when not pacing.

        Pacing needs a display polling :meth:`latest` steadily: a period known, the last
        poll recent, and not a busy reader (tests and scripts that poll every millisecond).
        """
        last, period = self._last_poll, self._poll_period
        if last is None or period is None or period < MIN_FRAME_PERIOD:
            return None
        if time.perf_counter() - last > MAX_FRAME_PERIOD:
            return None
        return last, period

    def _paced_steps(self, n: int, frame: tuple[float, float]) -> int:
        """A flat-out chunk of at most ``n`` cut to end when the next paced snapshot is due; 0: make it now.

        A snapshot is due ``PUBLISH_PHASE`` of a frame after the poll that took the last
        one: so chunks end, and snapshots are made, halfway between two polls, while the
        GUI thread is not drawing (a chunk's end waits for the GIL the GUI thread holds
        while it draws), with half a frame to spare for a slow chunk.
        """
        empty = self._mailbox.empty
        due_at = _paced_publish_at(frame)
        if not empty:
            due_at += frame[1]  # the display has yet to take the last one, at its next poll
        left = due_at - time.perf_counter()
        if left <= 0:
            if empty:
                return 0
            left = LATE_CHUNK  # a late display: look again soon
        unit = self._unit_seconds
        if unit <= 0:
            return n
        k = int(left / unit)
        if k == 0 and empty:
            return 0  # not one update fits: a little early is as good
        return max(1, min(n, k))

    def _advance(self, n: int, stop_when_settled: bool) -> int:
        """Up to ``n`` units through the engine's ``advance`` (exactly ``n`` through ``step`` without one).

        Running stops where the state settled; the step command (``stop_when_settled``
        false) goes on through a settled state and stops only where the engine cannot.
        Returns the units done.
        """
        advance = getattr(self._engine, "advance", None)
        if advance is not None:
            return int(advance(n) if stop_when_settled else advance(n, stop_when_settled=False))
        self._engine.step(n)
        return n

    def _run_chunk(self, n: int) -> None:
        done = [n]

        def chunk() -> None:
            done[0] = self._advance(n, stop_when_settled=True)

        t0 = time.perf_counter()
        ok = self._guarded(chunk)
        elapsed = time.perf_counter() - t0
        if not ok:
            return
        self._steps += done[0]
        self._history.append((time.perf_counter(), self._steps))
        # Grow or shrink the chunk so one chunk lasts about chunk_seconds. A chunk cut
        # short by settling says nothing about the cost of a full one, and neither do the
        # few due steps of a run at a set speed: only a full chunk that ran fast shows a
        # bigger one fits (otherwise a slow run doubles it to 2^30 and the next flat-out
        # chunk blocks the worker for minutes).
        if done[0] > 0:
            per_unit = elapsed / done[0]
            self._unit_seconds = per_unit if self._unit_seconds <= 0 else 0.7 * self._unit_seconds + 0.3 * per_unit
        if done[0] < n:
            pass
        elif elapsed < self._chunk_seconds / 2:
            if n >= self._chunk:
                self._chunk = min(self._chunk * 2, 1 << 30)
        elif elapsed > self._chunk_seconds * 1.5:
            self._chunk = max(1, int(n * self._chunk_seconds / elapsed))
        if self.pause_when_settled and self._engine.is_settled():
            hook = self._when_settled
            go_on = [False]
            if hook is not None:
                self._guarded(lambda: go_on.__setitem__(0, bool(hook(self._engine))))
            if not go_on[0]:
                self._running = False

    def _updates_per_second(self) -> float:
        if not self._running or len(self._history) < 2:
            return 0.0
        now = time.perf_counter()
        recent = [h for h in self._history if now - h[0] <= 0.5] or [self._history[-1]]
        first = recent[0] if len(recent) > 1 else self._history[-2]
        last = self._history[-1]
        dt = last[0] - first[0]
        return (last[1] - first[1]) / dt if dt > 0 else 0.0

    def _publish(self, capture: bool = True) -> None:
        """Put a fresh snapshot in the mailbox; keep it in the history when ``capture`` or a capture is due."""
        try:
            data = self._engine.snapshot()
            settled = bool(self._engine.is_settled())
        except Exception as exc:
            self._error = _describe(exc)
            data, settled = {}, False
        self._seq += 1
        self._last_publish = time.perf_counter()
        snapshot = Snapshot(
            seq=self._seq,
            steps=self._steps,
            running=self._running,
            updates_per_second=self._updates_per_second(),
            settled=settled,
            error=self._error,
            data=MappingProxyType(dict(data)),
        )
        self._mailbox.put(snapshot)
        self._published_running = self._running
        past = self._past
        if past is not None and (capture or past.due(self._last_publish)):
            past.capture(self._engine, snapshot)


def _paced_publish_at(frame: tuple[float, float]) -> float:
    """When a paced snapshot is due: ``PUBLISH_PHASE`` of a frame after the display's last poll."""
    last, period = frame
    return last + PUBLISH_PHASE * period


def _describe(exc: BaseException) -> str:
    """A message for the user: ValueError texts are written for people already."""
    if isinstance(exc, ValueError):
        # An engine's sentence (core.text.Text) stays one, so the window can translate it.
        return exc.args[0] if len(exc.args) == 1 and isinstance(exc.args[0], str) else str(exc)
    return f"{type(exc).__name__}: {exc}"
