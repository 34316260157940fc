"""The GUI bench: measures display rate, engine speed, input latency and memory in the real window."""

from __future__ import annotations

import math
import subprocess
import sys
import threading

import pytest

from simulator.gui import bench
from simulator.gui.main_window import MainWindow

try:
    from .toy_panel import toy_models
except ImportError:
    from toy_panel import toy_models

RECORD_KEYS = {"model", "case", "metric", "unit", "ours", "baseline", "baseline_name", "speedup"}


@pytest.fixture
def window(qtbot):
    window = MainWindow(models=toy_models(), warm_up=None)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.is_ready)
    yield window
    window.close()


def test_measure_reports_every_metric(window):
    records = bench.measure(window, "toy", seconds=1.0, settle_seconds=0.2)
    by_metric = {r["metric"]: r for r in records}
    assert set(by_metric) == {
        "display_fps", "frame_interval_p99", "engine_throughput", "input_latency_p50", "input_latency_p99",
        "render_time_p99", "resident_memory", "rewind_capture", "rewind_held",
    }
    for record in records:
        assert RECORD_KEYS <= set(record)
        assert record["model"] == "toy" and record["case"] == "8x8 counter"
        assert record["baseline"] is None and record["speedup"] is None
    assert by_metric["display_fps"]["ours"] > 0 and by_metric["display_fps"]["goal"] == ">= 50"
    assert by_metric["display_fps"]["refresh_calls_per_second"] >= by_metric["display_fps"]["ours"] - 0.01
    assert by_metric["frame_interval_p99"]["ours"] > 0
    assert by_metric["engine_throughput"]["ours"] > 0
    assert by_metric["input_latency_p99"]["events"] > 0
    assert 0 <= by_metric["input_latency_p50"]["ours"] <= by_metric["input_latency_p99"]["ours"]
    assert by_metric["render_time_p99"]["frames"] > 0
    if sys.platform.startswith("linux"):
        assert by_metric["resident_memory"]["ours"] > 10
    rewind = by_metric["rewind_capture"]
    assert rewind["entries_added"] > 0 and rewind["ours"] > 0 and 0 < rewind["share_of_run"] < 1
    held = by_metric["rewind_held"]
    assert held["entries"] > 0 and held["ours"] > 0 and held["added_mb_per_entry"] > 0
    assert held["ours"] == pytest.approx(window.current_panel.runner.history.nbytes / 2**20, rel=0.5)
    panel = window.current_panel
    assert panel.bench_scenes == 1
    assert "refresh" not in vars(panel), "the timing wrapper is removed afterwards"


    def paused():
        panel.refresh()
        return not panel.running

    assert bench.spin(5, paused), "the bench pauses the run when it is done"


def test_headless_throughput_runs_the_engine_in_the_worker_without_snapshots(window):
    panel = window.select_model("toy")
    engine = panel.engine
    panel.set_rate(None)
    panel.runner.run()
    assert bench.spin(5, lambda: (panel.refresh(), engine.count > 10_000)[1])
    panel.pause()
    assert bench.spin(5, lambda: (panel.refresh(), not panel.running)[1])
    before, sizes_before = engine.count, len(engine.step_sizes)
    done, elapsed = bench.headless_throughput(panel.runner, 0.3)
    assert 0.3 <= elapsed < 2.0
    assert done == engine.count - before > 0
    assert set(engine.step_sizes[sizes_before:]) == {max(engine.step_sizes[:sizes_before])}, "the runner's chunk"
    assert engine.threads == {"ToyPanel-runner"}


def test_headless_throughput_stops_once_settled_without_a_hook(window):
    panel = window.select_model("toy")
    panel.engine.settle_at = 1000
    done, elapsed = bench.headless_throughput(panel.runner, 5.0)
    assert panel.engine.count >= 1000 and done == panel.engine.count and elapsed < 2.0


def test_compare_with_headless_pairs_window_and_headless_rounds(window):
    records = bench.compare_with_headless(window, "toy", seconds=0.5, repeats=2)
    by_metric = {r["metric"]: r for r in records}
    assert {"display_fps", "engine_throughput", "input_latency_p99", "resident_memory", "engine_headless",
            "in_window_vs_headless"} <= set(by_metric)
    for record in records:
        assert RECORD_KEYS <= set(record) and record["model"] == "toy"
        assert len(record["runs"]) == 2
    headless = by_metric["engine_headless"]
    assert headless["ours"] > 0 and headless["chunk"] >= 1
    ratio = by_metric["in_window_vs_headless"]
    assert ratio["goal"] == ">= 80" and ratio["unit"] == "%"
    in_window = by_metric["engine_throughput"]["runs"]
    expected = sorted(100 * w / h for w, h in zip(in_window, headless["runs"]))
    assert ratio["ours"] == pytest.approx(sum(expected) / 2, rel=0.01)
    assert window.current_panel.bench_scenes == 1, "the scene is set up once, then run in rounds"


def test_measure_refuses_a_panel_that_did_not_open(window):
    with pytest.raises(RuntimeError, match="could not be opened"):
        bench.measure(window, "broken", seconds=0.1)


def test_latency_probe_times_posted_mouse_events(window):
    widget, point = window.current_panel.bench_input_point()
    probe = bench.LatencyProbe(widget, point, gap_ms=(1, 3))
    probe.start()
    assert bench.spin(5, lambda: len(probe.latencies_ms) >= 5)
    probe.stop()
    assert all(0 <= ms < 5000 for ms in probe.latencies_ms)
    assert not any(t.name == "latency-probe" for t in threading.enumerate())


def test_percentile():
    assert bench.percentile([3.0, 1.0, 2.0], 50) == 2.0
    assert bench.percentile([0.0, 10.0], 99) == pytest.approx(9.9)
    assert math.isnan(bench.percentile([], 50))


def test_table_lists_metrics_and_goals():
    table = bench.format_table([bench._record("toy", "x", "display_fps", "frames/s", 59.5)])
    assert "display_fps" in table and "59.50" in table and ">= 50" in table


def test_command_line_help():
    result = subprocess.run(
        [sys.executable, "-m", "simulator.gui.bench", "--help"], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert "--seconds" in result.stdout and "--json" in result.stdout and "--against-headless" in result.stdout
