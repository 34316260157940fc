"""Bench the real window: display rate, engine speed, input latency and memory while a model runs flat out."""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import sys
import tempfile
import threading
import time
from typing import Any, Callable

from PySide6.QtCore import QEvent, QEventLoop, QObject, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget

from simulator.core.runner import Runner
from simulator.gui.panels.base import ModelPanel
from simulator.gui.run_bar import FLAT_OUT

#: Goals from the issue, shown next to the measurements (a benchmark never fails on them).
GOALS = {
    "display_fps": ">= 50",
    "in_window_vs_headless": ">= 80",
    "input_latency_p50": "< 50",
    "input_latency_p99": "< 50",
    "resident_memory": "< 400",
}


def resident_memory_mb() -> float | None:
    """This process's resident memory (VmRSS) in MB, from /proc; None where unavailable."""
    try:
        with open("/proc/self/status", encoding="ascii", errors="replace") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def percentile(values: list[float], q: float) -> float:
    """The ``q``-th percentile (0..100) by linear interpolation; NaN for no values."""
    if not values:
        return math.nan
    ordered = sorted(values)
    pos = (len(ordered) - 1) * q / 100
    lo = math.floor(pos)
    hi = min(lo + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (pos - lo)


def spin(seconds: float, until: Callable[[], bool] | None = None, poll_ms: int = 20) -> bool:
    """Run the Qt event loop for up to ``seconds``, or until ``until()`` is true; return ``until()``'s last value."""
    loop = QEventLoop()
    deadline = time.perf_counter() + seconds
    poll = QTimer()
    poll.setInterval(poll_ms)

    def check() -> None:
        if (until is not None and until()) or time.perf_counter() >= deadline:
            loop.quit()

    poll.timeout.connect(check)
    poll.start()
    if until is None or not until():
        loop.exec()
    poll.stop()
    return bool(until()) if until is not None else True


class LatencyProbe(QObject):
    """Posts mouse-move events to a widget at random moments and times their delivery.

    A separate thread posts each event (``QApplication.postEvent`` is thread-safe),
    so it arrives whenever it happens to, as a user's input would: while the GUI
    thread paints, renders or idles. The latency runs from the moment the event was
    due to the moment the widget's event filter sees it. One event is in flight at a
    time, so Qt cannot merge them.
    """

    def __init__(self, widget: QWidget, point: QPoint, seed: int = 0, gap_ms: tuple[float, float] = (5, 40)) -> None:
        super().__init__()
        self.widget = widget
        self.point = QPointF(point)
        self.latencies_ms: list[float] = []
        self._rng = random.Random(seed)
        self._gap_ms = gap_ms
        self._due: float | None = None
        self._next: QMouseEvent | None = None
        self._delivered = threading.Event()
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None

    def _make_event(self) -> QMouseEvent:
        # Created in the GUI thread; the poster thread only hands it to Qt.
        return QMouseEvent(
            QEvent.Type.MouseMove,
            self.point,
            QPointF(self.widget.mapToGlobal(self.point.toPoint())),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
        )

    def start(self) -> None:
        self.widget.installEventFilter(self)
        self._next = self._make_event()
        self._thread = threading.Thread(target=self._post_loop, name="latency-probe", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stopping.set()
        self._delivered.set()
        if self._thread is not None:
            self._thread.join(2.0)
        self.widget.removeEventFilter(self)

    def _post_loop(self) -> None:
        while not self._stopping.is_set():
            due = time.perf_counter() + self._rng.uniform(*self._gap_ms) / 1000
            if self._stopping.wait(max(0.0, due - time.perf_counter())):
                return
            event, self._next = self._next, None
            if event is None:
                return
            self._delivered.clear()
            self._due = due
            QApplication.postEvent(self.widget, event)
            while not self._delivered.wait(0.05):
                if self._stopping.is_set():
                    return

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        due = self._due
        if (
            due is not None
            and obj is self.widget
            and event.type() == QEvent.Type.MouseMove
            and not event.spontaneous()
        ):
            self.latencies_ms.append(max(0.0, time.perf_counter() - due) * 1000)
            self._due = None
            self._next = self._make_event()
            self._delivered.set()
        return False


def count_updates(done: dict[str, Any], steps: int) -> None:
    """Add to ``done["total"]`` the updates a snapshot's step count shows since ``done["steps"]``, the last one seen.

    After a reset the count starts again from 0: what it shows then was all done since.
    """
    if done["steps"] is not None:
        done["total"] += steps - done["steps"] if steps >= done["steps"] else steps
    done["steps"] = steps


def _record(model: str, case: str, metric: str, unit: str, ours: float | None, **extra: Any) -> dict[str, Any]:
    record = {
        "model": model,
        "case": case,
        "metric": metric,
        "unit": unit,
        "ours": None if ours is None or not math.isfinite(ours) else round(float(ours), 3),
        "baseline": None,
        "baseline_name": None,
        "speedup": None,
    }
    if metric in GOALS:
        record["goal"] = GOALS[metric]
    record.update(extra)
    return record


def open_bench_scene(window, key: str, *, settle_seconds: float = 0.5) -> tuple[ModelPanel, str]:
    """Select model ``key``'s panel, set up its bench scene and start it flat out; return (panel, case)."""
    panel = window.select_model(key)
    if not isinstance(panel, ModelPanel):
        raise RuntimeError(f"The {key!r} panel could not be opened; see the status bar message or the console.")
    for needed in ("bench_scene", "bench_input_point"):
        if not callable(getattr(panel, needed, None)):
            raise RuntimeError(f"{type(panel).__name__} has no {needed}() method, which the GUI bench needs.")
    window.run_bar.set_speed_index(FLAT_OUT)
    case = panel.bench_scene() or "window"
    spin(0.2)  # let the scene's commands reach the engine and come back in a snapshot
    start_running(window, panel, settle_seconds)
    return panel, case


def start_running(window, panel: ModelPanel, settle_seconds: float = 0.5) -> None:
    """Press Run (as a user would) unless the panel runs already, then let it settle into its pace."""
    if not panel.running:
        window.run_bar.run_action.trigger()
    spin(settle_seconds)


def measure(window, key: str, seconds: float = 5.0, *, settle_seconds: float = 0.5, seed: int = 0) -> list[dict]:
    """Run model ``key``'s bench scene flat out in ``window`` and measure it for ``seconds``.

    The panel must provide ``bench_scene()`` (set up its heaviest representative
    scene, keep it busy once running; return a short description of the case) and
    ``bench_input_point() -> (QWidget, QPoint)`` (where a user would click).

    Returns
    -------
    list of dict
        Bench records: display_fps (refresh calls that drew, per second; the record
        also gives all refresh calls per second), frame_interval_p99 (the display
        loop's longest usual gap), engine_throughput (updates done in the window per
        second, idle time included; ``while_running`` averages the snapshots' own
        rate while running), input_latency_p50/p99, render_time_p99 (time in refresh
        when it drew), resident_memory, rewind_capture (ms per moment the rewind
        history added, with its share of the run) and rewind_held (MB the history holds
        at the end, with the mean MB a moment added).
    """
    panel, case = open_bench_scene(window, key, settle_seconds=settle_seconds)
    return measure_running(window, panel, key, case, seconds, seed=seed)


def measure_running(window, panel: ModelPanel, key: str, case: str, seconds: float, *, seed: int = 0) -> list[dict]:
    """Measure ``panel``, already running its bench scene, for ``seconds``, then pause it (see :func:`measure`)."""
    render_ms: list[float] = []
    calls: list[float] = []
    original_refresh = panel.refresh

    def timed_refresh() -> bool:
        t0 = time.perf_counter()
        calls.append(t0)
        drew = original_refresh()
        if drew:
            render_ms.append((time.perf_counter() - t0) * 1000)
        return drew

    rates: list[float] = []
    running_samples = [0, 0]
    # Updates done in the window, summed over increments so that a reset does not count back.
    done = {"steps": None, "total": 0}

    def sample() -> None:
        snap = panel.last_snapshot
        running_samples[1] += 1
        if snap is None:
            return
        count_updates(done, snap.steps)
        if snap.running:
            running_samples[0] += 1
            if snap.updates_per_second > 0:
                rates.append(snap.updates_per_second)

    sampler = QTimer()
    sampler.setInterval(50)
    sampler.timeout.connect(sample)
    widget, point = panel.bench_input_point()
    probe = LatencyProbe(widget, point, seed=seed)
    panel.refresh = timed_refresh  # the window calls panel.refresh(): time what it costs per frame
    history = panel.runner.history if panel.runner is not None else None
    newest = history.newest if history is not None else None
    entries0 = newest.index if newest is not None else 0
    spent0 = history.seconds_spent if history is not None else 0.0
    frames0 = window.frames_drawn
    t0 = time.perf_counter()
    try:
        sample()
        sampler.start()
        probe.start()
        spin(seconds)
    finally:
        sample()
        elapsed = time.perf_counter() - t0
        frames = window.frames_drawn - frames0
        probe.stop()
        sampler.stop()
        del panel.refresh
        panel.pause()
    memory = resident_memory_mb()
    rewind = _rewind_figures(history, entries0, spent0, elapsed)
    latencies = probe.latencies_ms
    running_share = running_samples[0] / running_samples[1] if running_samples[1] else 0.0
    intervals_ms = [(b - a) * 1000 for a, b in zip(calls, calls[1:])]
    common = {"seconds": round(elapsed, 3)}
    return [
        _record(
            key, case, "display_fps", "frames/s", frames / elapsed,
            refresh_calls_per_second=round(len(calls) / elapsed, 2), **common,
        ),
        _record(key, case, "frame_interval_p99", "ms", percentile(intervals_ms, 99), **common),
        _record(
            key, case, "engine_throughput", "updates/s", done["total"] / elapsed,
            while_running=round(sum(rates) / len(rates), 1) if rates else None,
            running_share=round(running_share, 3), **common,
        ),
        _record(key, case, "input_latency_p50", "ms", percentile(latencies, 50), events=len(latencies), **common),
        _record(key, case, "input_latency_p99", "ms", percentile(latencies, 99), events=len(latencies), **common),
        _record(key, case, "render_time_p99", "ms", percentile(render_ms, 99), frames=len(render_ms), **common),
        _record(key, case, "resident_memory", "MB", memory, **common),
        _record(key, case, "rewind_capture", "ms", rewind["ms"], entries_added=rewind["added"],
                share_of_run=rewind["share"], **common),
        _record(key, case, "rewind_held", "MB", rewind["held_mb"], entries=rewind["entries"],
                added_mb_per_entry=rewind["mb_per_entry"], **common),
    ]


def _rewind_figures(history, entries0: int, spent0: float, elapsed: float) -> dict[str, Any]:
    """What the rewind history cost over a measurement: ms per capture, share of the run, bytes held."""
    none = {"ms": None, "added": 0, "share": None, "held_mb": None, "entries": 0, "mb_per_entry": None}
    if history is None:
        return none
    newest = history.newest
    added = (newest.index if newest is not None else 0) - entries0
    spent = history.seconds_spent - spent0
    kept = history.entries()
    per_entry = [e.checkpoint.new_bytes + e.checkpoint.other_bytes for e in kept if e.index > entries0]
    return {"ms": 1000 * spent / added if added > 0 else None, "added": added,
            "share": round(spent / elapsed, 4) if elapsed > 0 else None,
            "held_mb": history.nbytes / 2**20, "entries": len(kept),
            "mb_per_entry": round(sum(per_entry) / len(per_entry) / 2**20, 3) if per_entry else None}


def headless_throughput(runner: Runner, seconds: float) -> tuple[int, float]:
    """Run ``runner``'s engine flat out for ``seconds`` with no snapshots and no GUI work; return (updates, s).

    The loop is the runner's own, minus its commands and snapshots: chunks of the
    size the runner last used, ``advance`` where the engine has it, and the runner's
    settle hook (a repeating scene starts its next round) or an end once settled. It
    runs inside :meth:`Runner.call`, so in the worker thread while the GUI thread
    waits: nothing else competes for the GIL or the cores.
    """

    def loop(engine) -> tuple[int, float]:
        chunk = max(1, runner.chunk_size)
        hook = runner.when_settled
        advance = getattr(engine, "advance", None)
        done = 0
        t0 = time.perf_counter()
        end = t0 + seconds
        while time.perf_counter() < end:
            if advance is not None:
                done += int(advance(chunk))
            else:
                engine.step(chunk)
                done += chunk
            if runner.pause_when_settled and engine.is_settled() and (hook is None or not hook(engine)):
                break
        return done, time.perf_counter() - t0

    return runner.call(loop).result(timeout=seconds + 120)


def _median(values: list[float]) -> float:
    return percentile(values, 50)


def compare_with_headless(window, key: str, seconds: float = 3.0, repeats: int = 2, *, seed: int = 0) -> list[dict]:
    """:func:`measure` plus the same engine and scene run headless, back to back, ``repeats`` times.

    Each round measures the window for ``seconds``, pauses, then runs the engine
    headless (:func:`headless_throughput`) for as long, so a load that comes and goes
    on the machine hits both sides of a pair alike. Figures are medians over the
    rounds; ``runs`` lists each round's.

    Returns
    -------
    list of dict
        The records of :func:`measure`, then engine_headless (updates/s) and
        in_window_vs_headless (% of the headless throughput reached in the window).
    """
    panel, case = open_bench_scene(window, key)
    rounds: list[list[dict]] = []
    headless: list[float] = []
    for r in range(max(1, int(repeats))):
        if r:
            start_running(window, panel)
        rounds.append(measure_running(window, panel, key, case, seconds, seed=seed + r))
        spin(0.1)  # the pause reaches the worker before the headless run is queued behind it
        done, elapsed = headless_throughput(panel.runner, seconds)
        headless.append(done / elapsed if elapsed > 0 else math.nan)
    records = []
    for i, last in enumerate(rounds[-1]):
        runs = [rnd[i]["ours"] for rnd in rounds]
        finite = [v for v in runs if v is not None]
        records.append({**last, "ours": round(_median(finite), 3) if finite else None, "runs": runs})
    in_window = [next(x["ours"] for x in rnd if x["metric"] == "engine_throughput") or 0.0 for rnd in rounds]
    ratios = [100 * w / h for w, h in zip(in_window, headless) if h > 0]
    common = {"seconds": seconds, "rounds": len(rounds)}
    records.append(_record(key, case, "engine_headless", "updates/s", _median(headless),
                           runs=[round(h, 1) for h in headless], chunk=panel.runner.chunk_size, **common))
    records.append(_record(key, case, "in_window_vs_headless", "%", _median(ratios) if ratios else None,
                           runs=[round(x, 1) for x in ratios], **common))
    return records


def format_table(records: list[dict]) -> str:
    """A plain-text table of the records."""
    rows = [("model", "case", "metric", "ours", "unit", "goal")]
    for r in records:
        ours = "n/a" if r["ours"] is None else f"{r['ours']:,.2f}"
        rows.append((r["model"], r["case"], r["metric"], ours, r["unit"], r.get("goal", "")))
    widths = [max(len(str(row[i])) for row in rows) for i in range(len(rows[0]))]
    return "\n".join("  ".join(str(v).ljust(w) for v, w in zip(row, widths)).rstrip() for row in rows)


def main(argv: list[str] | None = None) -> int:
    """``python -m simulator.gui.bench MODEL [--seconds S] [--json FILE]``; return the exit status."""
    from simulator.registry import MODELS

    parser = argparse.ArgumentParser(
        prog="python -m simulator.gui.bench",
        description="Open the real window, run a model's bench scene flat out and measure display rate, "
        "engine speed, input latency and memory. Uses QT_QPA_PLATFORM (offscreen, xcb under Xvfb...).",
    )
    parser.add_argument("model", choices=[spec.key for spec in MODELS], help="which model's panel to bench")
    parser.add_argument("--seconds", type=float, default=5.0, help="how long to measure (default 5)")
    parser.add_argument("--json", metavar="FILE", help="also write the records to FILE as JSON")
    parser.add_argument(
        "--against-headless", type=int, default=0, metavar="ROUNDS",
        help="also run the engine headless after each of ROUNDS window measurements and report the ratio",
    )
    parser.add_argument(
        "--warm-up-timeout", type=float, default=900.0, metavar="S",
        help="longest wait for the kernels to compile before measuring (default 900)",
    )
    args = parser.parse_args(argv)
    if not args.seconds > 0:
        parser.error("--seconds must be positive")
    if args.against_headless < 0:
        parser.error("--against-headless must be 0 (off) or a number of rounds")

    # A bench must not change the user's remembered window and speed.
    os.environ.setdefault("SIMULATOR_SETTINGS_DIR", tempfile.mkdtemp(prefix="simulator-bench-"))
    from simulator.gui.app import create_app
    from simulator.gui.main_window import MainWindow

    app = create_app([sys.argv[0] or "bench"])
    window = MainWindow()
    window.show()
    try:
        if not spin(60, lambda: window.is_ready):
            print("The window did not become ready within 60 s.", file=sys.stderr)
            return 1
        job = window.warm_up_job
        if job is not None:
            started = time.perf_counter()
            last = ""

            def compiled() -> bool:
                nonlocal last
                fraction, message = job.progress
                if message != last:
                    last = message
                    print(f"  {message} ({fraction:.0%})", file=sys.stderr, flush=True)
                return job.done

            if not spin(args.warm_up_timeout, compiled, poll_ms=100):
                print("The kernels did not compile in time.", file=sys.stderr)
                return 1
            if job.error:
                print(f"Warm-up failed: {job.error}", file=sys.stderr)
                return 1
            print(f"  kernels ready in {time.perf_counter() - started:.1f} s", file=sys.stderr)
        if args.against_headless > 0:
            records = compare_with_headless(window, args.model, args.seconds, args.against_headless)
        else:
            records = measure(window, args.model, args.seconds)
    finally:
        window.close()
        app.processEvents()
    print(format_table(records))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(records, f, indent=2)
            f.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
