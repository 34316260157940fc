"""Benchmark harness: run each model's bench cases, print a table, write JSON records."""

from __future__ import annotations

import argparse
import dataclasses
import functools
import importlib
import json
import math
import os
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable

import numpy as np

from simulator.core.jit import kernel
from simulator.registry import MODELS, find

#: Keys every JSON record has.
REQUIRED_KEYS = ("model", "case", "metric", "unit", "ours", "baseline", "baseline_name", "speedup")


@dataclass
class BenchRecord:
    """One measured figure, ours against a baseline.

    Attributes
    ----------
    model, case, metric, unit : str
        What was measured and in which unit.
    ours : float
        Our figure.
    baseline : float or None
        The baseline's figure (None when there is none, e.g. frames per second).
    baseline_name : str
        What the baseline is ("reference.py", "memory-bandwidth bound", ...).
    speedup : float or None
        How many times better ours is (for times: baseline / ours; for rates: ours / baseline).
    extra : dict
        Further facts (sizes, checks, goals), written into the JSON record at top level.
    """

    model: str
    case: str
    metric: str
    unit: str
    ours: float
    baseline: float | None = None
    baseline_name: str = ""
    speedup: float | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        d = {k: getattr(self, k) for k in REQUIRED_KEYS}
        for k, v in self.extra.items():
            if k not in d:
                d[k] = _plain(v)
        return d


def _plain(v: Any) -> Any:
    """JSON-friendly version of numpy scalars and arrays."""
    if isinstance(v, np.generic):
        return v.item()
    if isinstance(v, np.ndarray):
        return v.tolist()
    if isinstance(v, dict):
        return {str(k): _plain(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return [_plain(x) for x in v]
    return v


def time_best(fn: Callable[[], Any], repeats: int = 5, setup: Callable[[], Any] | None = None,
              min_repeats: int = 1, budget_s: float | None = None) -> tuple[float, Any]:
    """Best wall time of ``fn()`` over ``repeats`` runs (``setup()`` before each, untimed).

    Stops early once ``budget_s`` seconds were spent and ``min_repeats`` runs were done.
    Returns ``(best_seconds, result_of_last_run)``.
    """
    best = math.inf
    result = None
    spent = 0.0
    for r in range(max(1, repeats)):
        if setup is not None:
            setup()
        t0 = time.perf_counter()
        result = fn()
        dt = time.perf_counter() - t0
        best = min(best, dt)
        spent += dt
        if budget_s is not None and spent >= budget_s and r + 1 >= min_repeats:
            break
    return best, result


@kernel(fastmath=True)
def _sum_float32(a):
    # fastmath lets the reduction use several vector accumulators: otherwise one
    # dependent add chain, not memory, would be the limit being measured.
    acc = np.float32(0.0)
    for i in range(a.shape[0]):
        acc += a[i]
    return acc


class BandwidthMeter:
    """Single-thread memory read bandwidth, sampled one pass at a time.

    A numba kernel sums a float32 array of ``nbytes`` (at least 256 MB, far larger than
    any cache). Sampling between the runs of a timed case, and keeping the best pass,
    lets a noisy machine slow both sides of a comparison alike. Single-threaded because
    the engines' kernels are serial.
    """

    def __init__(self, nbytes: int = 256 * 1024**2) -> None:
        self.array = np.ones(max(16, int(nbytes) // 4), np.float32)  # written, so every page is mapped
        _sum_float32(self.array[:16])
        self.best = 0.0

    @property
    def nbytes(self) -> int:
        return self.array.nbytes

    def sample(self) -> float:
        """One timed pass; returns its bytes per second and updates :attr:`best`."""
        t0 = time.perf_counter()
        _sum_float32(self.array)
        rate = self.array.nbytes / (time.perf_counter() - t0)
        self.best = max(self.best, rate)
        return rate


def measure_read_bandwidth(nbytes: int = 256 * 1024**2, repeats: int = 5) -> float:
    """Single-thread memory read bandwidth in bytes per second, measured now (best pass)."""
    meter = BandwidthMeter(nbytes)
    for _ in range(max(1, repeats)):
        meter.sample()
    return meter.best


@kernel
def _touch_lines(a, value):
    # Writing every cache line of a buffer larger than the last-level cache pushes
    # everything else out of the caches.
    for i in range(0, a.shape[0], 16):
        a[i] = value
    return a.shape[0]


_EVICT_BUFFER: list[np.ndarray] = []


def evict_caches(nbytes: int = 128 * 1024**2) -> None:
    """Push earlier data out of the CPU caches, so the next timed run reads from memory.

    Without this a best-of-N timing of a problem smaller than the last-level cache
    measures cache, not memory, bandwidth.
    """
    if not _EVICT_BUFFER or _EVICT_BUFFER[0].nbytes < nbytes:
        _EVICT_BUFFER[:] = [np.zeros(max(16, nbytes // 4), np.float32)]
    buf = _EVICT_BUFFER[0]
    _touch_lines(buf, np.float32(buf[0] + 1.0))


@functools.lru_cache(maxsize=None)
def machine_read_bandwidth(quick: bool = False) -> float:
    """:func:`measure_read_bandwidth`, measured once per process (shared by all models)."""
    return measure_read_bandwidth(repeats=3 if quick else 7)



#: Set to 1 to skip the in-window part of a model's bench (frames per second, latency, memory).
NO_GUI_ENV = "SIMULATOR_BENCH_NO_GUI"


def _gui_env(**extra: str) -> dict[str, str]:
    """The environment for a GUI subprocess: offscreen unless a display (e.g. Xvfb's) is set."""
    env = dict(os.environ)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    env.update(extra)
    return env


def gui_records(model: str, *, seconds: float | None = None, rounds: int = 0,
                honour_skip: bool = True, timeout: float = 600) -> list[dict[str, Any]]:
    """Run ``python -m simulator.gui.bench MODEL`` in a subprocess and return its records.

    The model's panel runs its heaviest scene flat out in the real window (offscreen
    unless a display is set). Qt is only ever loaded in the subprocess, so models stay
    Qt-free. A failure prints why and returns no records: the headless figures stand.

    Parameters
    ----------
    model : str
        Registry key of the model.
    seconds : float, optional
        How long to measure (the GUI bench's default when None).
    rounds : int
        When positive, also run the engine headless after each of ``rounds`` window
        measurements (records engine_headless and in_window_vs_headless).
    honour_skip : bool
        Return no records when the ``SIMULATOR_BENCH_NO_GUI`` variable is set.
    timeout : float
        Longest wait for the subprocess, in seconds.
    """
    if honour_skip and os.environ.get(NO_GUI_ENV, "") not in ("", "0"):
        print(f"  GUI bench skipped ({NO_GUI_ENV} is set)", flush=True)
        return []
    env = _gui_env()
    fd, path = tempfile.mkstemp(prefix=f"{model}-gui-bench-", suffix=".json")
    os.close(fd)
    command = [sys.executable, "-m", "simulator.gui.bench", model, "--json", path]
    if seconds is not None:
        command += ["--seconds", str(seconds)]
    if rounds > 0:
        command += ["--against-headless", str(int(rounds))]
    try:
        print("  running the GUI bench in a subprocess ...", flush=True)
        proc = subprocess.run(command, env=env, capture_output=True, text=True, timeout=timeout)
        if proc.returncode != 0:
            lines = (proc.stderr or proc.stdout).strip().splitlines()
            errors = [line for line in lines if "Error" in line or "error:" in line]
            tail = (errors[-3:] + lines[-3:]) if errors else lines[-5:]
            print(f"  GUI bench failed (exit status {proc.returncode}); continuing without it:", flush=True)
            for line in tail:
                print(f"    {line}", flush=True)
            return []
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        return list(data if isinstance(data, list) else [data])
    except (OSError, ValueError, subprocess.TimeoutExpired) as exc:
        print(f"  GUI bench failed ({type(exc).__name__}: {exc}); continuing without it", flush=True)
        return []
    finally:
        try:
            os.unlink(path)
        except OSError:
            pass


def _fmt(v: Any) -> str:
    if v is None:
        return "-"
    if isinstance(v, bool):
        return "yes" if v else "no"
    if isinstance(v, (int, np.integer)):
        return f"{int(v):,}"
    if isinstance(v, (float, np.floating)):
        v = float(v)
        if not math.isfinite(v):
            return str(v)
        if v == 0:
            return "0"
        a = abs(v)
        if a >= 1e6 or a < 1e-3:
            return f"{v:.3e}"
        if a >= 100:
            return f"{v:,.0f}"
        return f"{v:.4g}"
    return str(v)


def format_table(records: Iterable[dict[str, Any]]) -> str:
    """An aligned text table of records."""
    head = ("model", "case", "metric", "ours", "baseline", "speedup", "unit", "baseline is")
    rows = [head]
    for r in records:
        sp = r.get("speedup")
        rows.append((str(r.get("model", "")), str(r.get("case", "")), str(r.get("metric", "")),
                     _fmt(r.get("ours")), _fmt(r.get("baseline")),
                     "-" if sp is None else f"{_fmt(sp)}x", str(r.get("unit", "")),
                     str(r.get("baseline_name", "") or "-")))
    widths = [max(len(row[c]) for row in rows) for c in range(len(head))]
    numeric = {3, 4, 5}
    lines = []
    for k, row in enumerate(rows):
        cells = [row[c].rjust(widths[c]) if c in numeric and k else row[c].ljust(widths[c]) for c in range(len(head))]
        lines.append("  ".join(cells).rstrip())
        if k == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _as_dict(rec: Any) -> dict[str, Any]:
    if isinstance(rec, BenchRecord):
        return rec.to_dict()
    if dataclasses.is_dataclass(rec):
        return _plain(dataclasses.asdict(rec))
    return _plain(dict(rec))


#: The whole-app goals of issue 8, shown next to the figures (a benchmark never fails on them).
APP_GOALS = {"in_window_vs_headless": ">= 80 %", "input_latency_p99": "< 50 ms", "warm start": "< 2 s"}


def start_time(cache_dir: str, case: str, timeout: float = 900) -> dict[str, Any]:
    """Time ``python -m simulator --exit-when-ready`` with numba's cache in ``cache_dir``; one record.

    The app prints ``ready in X s`` (since its interpreter started) once the window
    and its first panel are painted, so after the kernels are compiled or loaded
    from the cache. ``ours`` is that figure; ``wall_seconds`` adds the process exit.
    """
    env = _gui_env(NUMBA_CACHE_DIR=cache_dir, SIMULATOR_NUMBA_CACHE="1",
                   SIMULATOR_SETTINGS_DIR=tempfile.mkdtemp(prefix="simulator-bench-settings-"))
    record = BenchRecord("app", case, "start_to_interactive", "s", math.nan, None, "", None,
                         {"numba_cache_dir": cache_dir}).to_dict()
    t0 = time.perf_counter()
    try:
        proc = subprocess.run([sys.executable, "-m", "simulator", "--exit-when-ready"], env=env,
                              capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        record.update(ours=None, error=f"not ready within {timeout:g} s")
        return record
    record["wall_seconds"] = round(time.perf_counter() - t0, 3)
    found = re.search(r"ready in ([0-9.]+) s", proc.stdout or "")
    if proc.returncode != 0 or not found:
        tail = (proc.stderr or proc.stdout or "").strip().splitlines()[-3:]
        record.update(ours=None, error=f"exit status {proc.returncode}: {' | '.join(tail)}")
    else:
        record["ours"] = float(found.group(1))
    if case.startswith("warm"):
        record["goal"] = APP_GOALS["warm start"]
    return record


def _ours(records: list[dict[str, Any]], model: str, metric: str) -> Any:
    return next((r.get("ours") for r in records if r.get("model") == model and r.get("metric") == metric), None)


def format_app_table(records: list[dict[str, Any]]) -> str:
    """One table of the whole-app figures: a row per panel, a row per start, and the goals."""
    head = ("panel", "display fps", "engine in window", "engine headless", "in window %",
            "input p99 ms", "memory MB", "rewind ms", "rewind MB", "ready in s")
    rows = [head]
    models = [m for m in dict.fromkeys(r.get("model") for r in records) if m != "app"]
    for m in models:
        rows.append((m, _fmt(_ours(records, m, "display_fps")), _fmt(_ours(records, m, "engine_throughput")),
                     _fmt(_ours(records, m, "engine_headless")), _fmt(_ours(records, m, "in_window_vs_headless")),
                     _fmt(_ours(records, m, "input_latency_p99")), _fmt(_ours(records, m, "resident_memory")),
                     _fmt(_ours(records, m, "rewind_capture")), _fmt(_ours(records, m, "rewind_held")), ""))
    for r in records:
        if r.get("model") == "app":
            ours = r.get("ours")
            rows.append((r["case"], "", "", "", "", "", "", "", "",
                         _fmt(ours) if ours is not None else r.get("error", "-")))
    rows.append(("goal", ">= 50", "", "", APP_GOALS["in_window_vs_headless"], APP_GOALS["input_latency_p99"], "",
                 "", "", "warm " + APP_GOALS["warm start"]))
    widths = [max(len(row[c]) for row in rows) for c in range(len(head))]
    lines = []
    for k, row in enumerate(rows):
        cells = [row[c].ljust(widths[c]) if c == 0 else row[c].rjust(widths[c]) for c in range(len(head))]
        lines.append("  ".join(cells).rstrip())
        if k == 0 or k == len(rows) - 2:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def gui_main(argv: list[str]) -> int:
    """``python -m simulator bench gui [MODEL ...] [--seconds S] [--json F]``; returns an exit status.

    Each panel runs in a fresh subprocess (so its resident memory is its own), in the
    window and then headless, back to back, ``--rounds`` times; then the app starts
    twice with a fresh numba cache directory: cold (empty) and warm (filled by the first).
    """
    parser = argparse.ArgumentParser(
        prog="python -m simulator bench gui",
        description="Open each panel in the real window (offscreen, or the DISPLAY set, e.g. by Xvfb), run it flat "
                    "out, and compare its engine's throughput with the same engine headless; then time a cold and a "
                    "warm start of the app (a benchmark: it reports, it never fails on speed).")
    parser.add_argument("models", nargs="*", metavar="MODEL",
                        help=f"panels to bench (default: all of {', '.join(s.key for s in MODELS)})")
    parser.add_argument("--seconds", type=float, default=3.0, help="seconds per measurement (default 3)")
    parser.add_argument("--rounds", type=int, default=2,
                        help="window-then-headless rounds per panel, medians reported (default 2)")
    parser.add_argument("--no-start", action="store_true", help="skip the cold and warm start times")
    parser.add_argument("--json", metavar="FILE", help="also write the records to FILE as a JSON list")
    args = parser.parse_args(argv)
    if not args.seconds > 0:
        parser.error("--seconds must be positive")
    if args.rounds < 1:
        parser.error("--rounds must be at least 1")
    keys = args.models or [s.key for s in MODELS]
    for key in keys:
        try:
            find(key)
        except ValueError as exc:
            print(exc, file=sys.stderr)
            return 2
    t0 = time.perf_counter()
    records: list[dict[str, Any]] = []
    status = 0
    for key in keys:
        print(f"Benchmarking the {key} panel ...", flush=True)
        got = gui_records(key, seconds=args.seconds, rounds=args.rounds, honour_skip=False,
                          timeout=300 + 4 * args.rounds * args.seconds)
        status = status or (0 if got else 1)
        records.extend(got)
    if not args.no_start:
        with tempfile.TemporaryDirectory(prefix="simulator-numba-cache-") as cache:
            for case in ("cold start (empty numba cache)", "warm start (same cache)"):
                print(f"Timing the {case.split(' (')[0]} ...", flush=True)
                records.append(start_time(cache, case))
    print()
    print(format_app_table(records))
    print(f"\n{len(records)} records in {time.perf_counter() - t0:.1f} s")
    if args.json:
        _write_json(args.json, records)
        print(f"JSON written to {args.json}")
    return status


def soak_main(argv: list[str]) -> int:
    """``python -m simulator bench soak ...``: the soak benchmark, run in a subprocess so Qt stays out of here."""
    code = "import sys\nfrom simulator.gui.soak import main\nsys.exit(main(sys.argv[1:]))\n"
    return subprocess.run([sys.executable, "-c", code, *argv], env=_gui_env()).returncode


def _write_json(path: str, records: list[dict[str, Any]]) -> None:
    """Write ``records`` to ``path`` through a temp file, so a failed write leaves no half file."""
    tmp = f"{path}.tmp-{os.getpid()}"
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(records, f, indent=2)
        f.write("\n")
    os.replace(tmp, path)


def run_model(key: str, quick: bool) -> list[dict[str, Any]]:
    """Import ``<package>.bench`` for model ``key`` and return its records as dicts."""
    spec = find(key)
    module = importlib.import_module(spec.package + ".bench")
    return [_as_dict(r) for r in module.cases(quick)]


def main(argv: list[str] | None = None) -> int:
    """``python -m simulator bench [MODEL ...] [--quick] [--json FILE]``; returns an exit status.

    ``bench gui ...`` runs :func:`gui_main` (the whole app in its window) and
    ``bench soak ...`` the soak benchmark instead.
    """
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "gui":
        return gui_main(argv[1:])
    if argv and argv[0] == "soak":
        return soak_main(argv[1:])
    parser = argparse.ArgumentParser(
        prog="python -m simulator bench",
        description="Measure the engines against their plain-numpy references "
                    "(a benchmark, not a test: it reports, it never fails on speed).",
        epilog="Also: 'bench gui [MODEL ...]' measures the whole app in its window (see bench gui --help), "
               "and 'bench soak ...' runs the soak benchmark.")
    parser.add_argument("models", nargs="*", metavar="MODEL",
                        help=f"models to bench (default: all of {', '.join(s.key for s in MODELS)})")
    parser.add_argument("--quick", action="store_true", help="small sizes, a few seconds in all (for tests)")
    parser.add_argument("--json", metavar="FILE", help="also write the records to FILE as a JSON list")
    args = parser.parse_args(argv)
    keys = args.models or [s.key for s in MODELS]
    for key in keys:
        try:
            find(key)
        except ValueError as exc:
            print(exc, file=sys.stderr)
            return 2

    t0 = time.perf_counter()
    bw = machine_read_bandwidth(args.quick)
    records: list[dict[str, Any]] = [BenchRecord(
        "machine", "memory", "read bandwidth (1 thread)", "GB/s", bw / 1e9, None, "", None,
        {"array_bytes": 256 * 1024**2, "method": "numba sum of a float32 array, best pass"}).to_dict()]
    status = 0
    for key in keys:
        print(f"Benchmarking {key}{' (quick)' if args.quick else ''} ...", flush=True)
        try:
            records.extend(run_model(key, args.quick))
        except Exception as exc:  # report and carry on with the other models
            print(f"  {key}: bench failed: {type(exc).__name__}: {exc}", flush=True)
            status = 1
    print()
    print(format_table(records))
    print(f"\n{len(records)} records in {time.perf_counter() - t0:.1f} s")
    if args.json:
        _write_json(args.json, records)
        print(f"JSON written to {args.json}")
    return status
