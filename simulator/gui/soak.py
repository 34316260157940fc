"""Soak benchmark: run each panel flat out for minutes in the real window, watching memory growth and warnings."""

from __future__ import annotations

import argparse
import gc
import json
import logging
import math
import os
import sys
import tempfile
import threading
import time
import warnings
from dataclasses import dataclass, field
from typing import Any

#: Goal from the issue, shown next to the measurement (a benchmark never fails on it).
GROWTH_GOAL = "< 5"
#: Longest wait for a panel to open with an engine, or for its bench scene to be ready (seconds).
OPEN_TIMEOUT = 60.0


@dataclass
class Capture:
    """Warnings, log records, Qt messages and uncaught exceptions seen while it is installed.

    Python warnings come through ``warnings.catch_warnings()`` with ``showwarning``
    replaced by a counter (what ``record=True`` does, but counting distinct messages, so a
    warning repeated every frame for ten minutes costs no memory); being module-wide, it
    also sees the engine threads' warnings. Log records at WARNING and above come through
    a root-logger handler; Qt's warnings, critical and fatal messages through
    ``qInstallMessageHandler``; exceptions that reach ``sys.excepthook`` (Qt slots) or
    ``threading.excepthook`` (worker threads) are counted too.
    """

    counts: dict[str, int] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def add(self, kind: str, text: str) -> None:
        message = f"{kind}: {' '.join(str(text).split())}"
        with self._lock:
            self.counts[message] = self.counts.get(message, 0) + 1

    def distinct(self) -> dict[str, int]:
        """Each distinct message with how many times it came."""
        with self._lock:
            return dict(self.counts)

    def __enter__(self) -> "Capture":
        from PySide6.QtCore import QtMsgType, qInstallMessageHandler

        self._warnings_cm = warnings.catch_warnings()
        self._warnings_cm.__enter__()
        warnings.simplefilter("always")

        def on_warning(message: Any, category: type, filename: str, lineno: int, *_: Any) -> None:
            self.add(f"warning {category.__name__}", f"{message} ({os.path.basename(filename)}:{lineno})")

        warnings.showwarning = on_warning
        capture = self

        class _Handler(logging.Handler):
            def emit(self, record: logging.LogRecord) -> None:
                capture.add(f"log {record.levelname.lower()} ({record.name})", record.getMessage())

        self._log_handler = _Handler(level=logging.WARNING)
        logging.getLogger().addHandler(self._log_handler)
        kinds = {QtMsgType.QtWarningMsg: "qt warning", QtMsgType.QtCriticalMsg: "qt critical",
                 QtMsgType.QtFatalMsg: "qt fatal"}

        def on_qt(mode: Any, _context: Any, message: str) -> None:
            if mode in kinds:
                self.add(kinds[mode], message)

        self._qt_previous = qInstallMessageHandler(on_qt)
        self._sys_hook, self._thread_hook = sys.excepthook, threading.excepthook

        def on_exception(tp: type, value: BaseException, tb: Any) -> None:
            self.add("exception", f"{tp.__name__}: {value}")
            self._sys_hook(tp, value, tb)

        def on_thread_exception(args: Any) -> None:
            name = args.thread.name if args.thread is not None else "?"
            self.add(f"exception in thread {name}", f"{args.exc_type.__name__}: {args.exc_value}")
            self._thread_hook(args)

        sys.excepthook, threading.excepthook = on_exception, on_thread_exception
        return self

    def __exit__(self, *exc: Any) -> None:
        from PySide6.QtCore import qInstallMessageHandler

        sys.excepthook, threading.excepthook = self._sys_hook, self._thread_hook
        qInstallMessageHandler(self._qt_previous)
        logging.getLogger().removeHandler(self._log_handler)
        self._warnings_cm.__exit__(*exc)


def memory_trend(samples: list[tuple[float, float]]) -> float:
    """Least-squares slope of (seconds, MB) samples, in MB per minute (NaN for fewer than 2)."""
    if len(samples) < 2:
        return math.nan
    n = len(samples)
    mt = sum(t for t, _ in samples) / n
    mm = sum(m for _, m in samples) / n
    var = sum((t - mt) ** 2 for t, _ in samples)
    if var == 0:
        return math.nan
    return sum((t - mt) * (m - mm) for t, m in samples) / var * 60


def _record(model: str, case: str, metric: str, unit: str, ours: float | None, **extra: Any) -> dict[str, Any]:
    """A bench record in the project's JSON shape (no baseline: the soak compares a run with itself)."""
    return {"model": model, "case": case, "metric": metric, "unit": unit,
            "ours": None if ours is None or not math.isfinite(ours) else round(float(ours), 3),
            "baseline": None, "baseline_name": None, "speedup": None, **extra}


def soak(window: Any, key: str, minutes: float, *, warm_up_seconds: float = 20.0,
         sample_seconds: float = 5.0, log: Any = None) -> list[dict[str, Any]]:
    """Run model ``key``'s panel flat out in ``window`` for ``minutes`` and watch it.

    The panel's ``bench_scene()`` sets up the load where it has one, and garbage left by
    earlier work is collected before Run is pressed. Resident memory is
    sampled every ``sample_seconds``; the start figure is taken after the first
    ``warm_up_seconds``, and not before the runner's rewind history is full, but at most
    after a third of the run (caches, plots, ring buffers and the history fill up then: they
    are bounded by design, and the soak looks for growth beyond them), the end figure at
    the end. A run that stops by itself (a settled engine) is replayed, Reset then Run, and
    counted.

    Returns
    -------
    list of dict
        Records: memory_start, memory_end, memory_growth (percent, with ``goal``),
        memory_trend (MB/min after the warm-up; ``series`` holds every (seconds, MB)
        sample), warnings (count, with the distinct ``messages``), engine_updates
        (updates done, with ``per_second``).
    """
    from PySide6.QtCore import QTimer

    from simulator.gui.bench import count_updates, resident_memory_mb, spin
    from simulator.gui.panels.base import ModelPanel
    from simulator.gui.run_bar import FLAT_OUT

    total = max(0.0, minutes * 60.0)
    warm = min(warm_up_seconds, total / 3)
    longest_warm_up = max(warm, total / 3)
    with Capture() as capture:
        panel = window.select_model(key)
        if not spin(OPEN_TIMEOUT, lambda: isinstance(window.current_panel, ModelPanel)
                    and window.current_panel.runner is not None):
            raise RuntimeError(f"The {key!r} panel did not open with an engine; see the status bar or the console.")
        panel = window.current_panel
        window.run_bar.set_speed_index(FLAT_OUT)
        scene = getattr(panel, "bench_scene", None)
        case = (scene() if callable(scene) else None) or "default scene"
        spin(0.2)
        # Garbage left by whatever ran before (a closed window's widgets) is freed now, before the run:
        # later the GUI-thread collector would free it in one pause, and with an engine thread holding
        # the GIL, each Qt object's destructor waits for it (seconds in all for a pure-Python engine).
        gc.collect()
        if not panel.running:
            window.run_bar.run_action.trigger()  # as a user would press Run

        done = {"steps": None, "total": 0, "restarts": 0, "paused_since": None}
        errors: set[str] = set()

        def watch() -> None:
            snap = panel.last_snapshot
            if snap is None:
                return
            count_updates(done, snap.steps)
            if snap.error and snap.error not in errors:
                errors.add(snap.error)
                capture.add("engine error", snap.error)
            now = time.perf_counter()
            if panel.running:
                done["paused_since"] = None
            elif done["paused_since"] is None:
                done["paused_since"] = now
            elif now - done["paused_since"] > 1.0:
                # Settled (an annealing schedule ended, a training finished): keep the load on, as the
                # soak means to, the way a user would replay it: Reset, then Run (Run alone on a
                # settled run stops again at once).
                done["restarts"] += 1
                done["paused_since"] = None
                if snap.settled:
                    window.run_bar.reset_action.trigger()
                window.run_bar.run_action.trigger()

        watcher = QTimer()
        watcher.setInterval(50)
        watcher.timeout.connect(watch)
        watcher.start()
        t0 = time.perf_counter()
        samples: list[tuple[float, float]] = []
        start_mb: float | None = None
        history_at_start: float | None = None
        counted_from: int | None = None  # updates done when the warm-up ended
        try:
            while True:
                elapsed = time.perf_counter() - t0
                mb = resident_memory_mb()
                if mb is not None:
                    samples.append((elapsed, mb))
                if counted_from is None and elapsed >= warm and (history_full(panel) or elapsed >= longest_warm_up):
                    warm = elapsed
                    start_mb, counted_from = mb, done["total"]
                    history_at_start = history_mb(panel)
                    if log is not None and mb is not None:
                        print(f"  {key}: {mb:.1f} MB after the {warm:.0f} s warm-up", file=log, flush=True)
                if elapsed >= total:
                    break
                wait = sample_seconds if counted_from is None and elapsed >= warm else (
                    (warm if counted_from is None else total) - elapsed)
                spin(min(sample_seconds, max(0.0, wait)) or 0.01)
        finally:
            watcher.stop()
            watch()
            elapsed = time.perf_counter() - t0
            panel.pause()
            spin(0.2)
    history_at_end = history_mb(panel)
    end_mb = samples[-1][1] if samples else None
    growth = (end_mb - start_mb) / start_mb * 100 if start_mb and end_mb is not None else None
    after = [(t, m) for t, m in samples if t >= warm]
    measured = max(1e-9, elapsed - warm)
    updates = done["total"] - (counted_from or 0)
    messages = capture.distinct()
    common = {"seconds": round(elapsed, 1), "warm_up_seconds": round(warm, 1)}
    return [
        _record(key, case, "memory_start", "MB", start_mb, rewind_history_mb=history_at_start, **common),
        _record(key, case, "memory_end", "MB", end_mb, peak=max((m for _, m in samples), default=None),
                rewind_history_mb=history_at_end, **common),
        _record(key, case, "memory_growth", "%", growth, goal=GROWTH_GOAL, **common),
        _record(key, case, "memory_trend", "MB/min", memory_trend(after), samples=len(after),
                series=[[round(t, 1), round(m, 1)] for t, m in samples], **common),
        _record(key, case, "warnings", "count", float(sum(messages.values())), messages=messages, **common),
        _record(key, case, "engine_updates", "updates", float(updates), per_second=round(updates / measured, 1),
                restarts=done["restarts"], **common),
    ]


def history_full(panel: Any) -> bool:
    """Whether the panel's rewind history has reached one of its bounds (or it keeps none)."""
    past = _rewind_history(panel)
    if past is None:
        return True
    # Within 3 % of the byte bound: a moment of a few MB (the GAN's 2.3 MB) evicts others to fit,
    # so the history hovers there once full; at 90 % the last 13 MB still came into the growth.
    return len(past) >= past.capacity or past.nbytes >= 0.97 * past.max_bytes


def history_mb(panel: Any) -> float | None:
    """MB the panel's rewind history holds now (None without one)."""
    past = _rewind_history(panel)
    return None if past is None else round(past.nbytes / 2**20, 1)


def _rewind_history(panel: Any) -> Any:
    """The panel's runner's rewind history (None without a runner or a history)."""
    return getattr(getattr(panel, "runner", None), "history", None)


def _history_span(m: dict[str, dict[str, Any]]) -> str:
    """The rewind history's MB at the start figure and at the end ("n/a" without one)."""
    a = m.get("memory_start", {}).get("rewind_history_mb")
    b = m.get("memory_end", {}).get("rewind_history_mb")
    return "n/a" if a is None or b is None else f"{a:.1f} → {b:.1f}"


def format_table(records: list[dict[str, Any]]) -> str:
    """One row per model, then each model's distinct warnings."""
    by_model: dict[str, dict[str, dict[str, Any]]] = {}
    for r in records:
        by_model.setdefault(r["model"], {})[r["metric"]] = r

    def num(r: dict[str, Any] | None, fmt: str) -> str:
        return "n/a" if r is None or r["ours"] is None else format(r["ours"], fmt)

    rows = [("model", "minutes", "start MB", "end MB", "growth %", "goal", "MB/min", "rewind MB", "warnings",
             "updates", "updates/s")]
    notes = []
    for model, m in by_model.items():
        upd = m.get("engine_updates")
        rows.append((model, f"{m['memory_start']['seconds'] / 60:.1f}", num(m.get("memory_start"), ".1f"),
                     num(m.get("memory_end"), ".1f"), num(m.get("memory_growth"), "+.2f"), GROWTH_GOAL,
                     num(m.get("memory_trend"), "+.2f"), _history_span(m), num(m.get("warnings"), ".0f"),
                     num(upd, ",.0f"),
                     f"{upd['per_second']:,.0f}" if upd else "n/a"))
        for text, count in m["warnings"].get("messages", {}).items():
            notes.append(f"  {model}: {count} x {text}")
    widths = [max(len(str(row[i])) for row in rows) for i in range(len(rows[0]))]
    table = "\n".join("  ".join(str(v).ljust(w) for v, w in zip(row, widths)).rstrip() for row in rows)
    if notes:
        table += "\n\nWarnings:\n" + "\n".join(notes)
    return table


def main(argv: list[str] | None = None) -> int:
    """``python -m simulator bench soak [MODEL ...] [--minutes M] [--json FILE]``; return the exit status."""
    from simulator.registry import MODELS

    keys = [spec.key for spec in MODELS]
    parser = argparse.ArgumentParser(
        prog="python -m simulator bench soak",
        description="Run each model's panel flat out in the real window for minutes (its bench scene where it "
        "has one) and report resident memory growth (goal: under 5 %), warnings and updates done. "
        "Offscreen unless a display is set (QT_QPA_PLATFORM wins).",
    )
    parser.add_argument("models", nargs="*", metavar="MODEL", help=f"models to soak (default all: {', '.join(keys)})")
    parser.add_argument("--minutes", type=float, default=10.0, help="how long each panel runs (default 10)")
    parser.add_argument("--warm-up", type=float, default=20.0, metavar="S",
                        help="seconds before the start memory is taken, at most a third of the run (default 20)")
    parser.add_argument("--sample", type=float, default=5.0, metavar="S",
                        help="seconds between memory samples (default 5)")
    parser.add_argument("--json", metavar="FILE", help="also write the records to FILE as JSON")
    args = parser.parse_args(argv)
    unknown = [m for m in args.models if m not in keys]
    if unknown:
        parser.error(f"unknown model {unknown[0]!r}; choose from {', '.join(keys)}")
    if not args.minutes > 0 or not args.sample > 0 or args.warm_up < 0:
        parser.error("--minutes and --sample must be positive, --warm-up 0 or more")
    if "QT_QPA_PLATFORM" not in os.environ and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    # A soak must not change the user's remembered window and speed.
    os.environ.setdefault("SIMULATOR_SETTINGS_DIR", tempfile.mkdtemp(prefix="simulator-soak-"))

    from simulator.gui.app import create_app
    from simulator.gui.bench import spin
    from simulator.gui.main_window import MainWindow

    app = create_app([sys.argv[0] or "soak"])
    window = MainWindow()
    window.show()
    records: list[dict[str, Any]] = []
    failed: list[str] = []
    try:
        if not spin(OPEN_TIMEOUT, lambda: window.is_ready):
            print("The window did not become ready in time.", file=sys.stderr)
            return 1
        job = window.warm_up_job
        if job is not None and not spin(900, lambda: job.done, poll_ms=100):
            print("The kernels did not compile in time.", file=sys.stderr)
            return 1
        for key in args.models or keys:
            print(f"Soaking {key} for {args.minutes:g} min…", file=sys.stderr, flush=True)
            try:
                got = soak(window, key, args.minutes, warm_up_seconds=args.warm_up,
                           sample_seconds=args.sample, log=sys.stderr)
            except Exception as exc:  # one panel's failure must not lose the others' minutes
                failed.append(key)
                print(f"  {key}: soak failed: {type(exc).__name__}: {exc}", file=sys.stderr, flush=True)
                continue
            records += got
            # Each panel's row as soon as it is done: a long soak stopped later keeps it.
            print(format_table(got), file=sys.stderr, flush=True)
    finally:
        window.close()
        app.processEvents()
    print(format_table(records))
    if args.json:
        tmp = f"{args.json}.tmp"
        with open(tmp, "w", encoding="utf-8") as f:
            json.dump(records, f, indent=2)
            f.write("\n")
        os.replace(tmp, args.json)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
