"""The bench harness: command line, table, JSON records (speed is reported, never tested)."""

from __future__ import annotations

import json
import math
import subprocess
import sys

import numpy as np
import pytest

from simulator.core import bench
from simulator.core.bench import REQUIRED_KEYS, BenchRecord, format_table, main, measure_read_bandwidth, time_best
from simulator.core.bench import NO_GUI_ENV


@pytest.fixture(scope="module")
def quick_records(tmp_path_factory):
    path = tmp_path_factory.mktemp("bench") / "out.json"
    mp = pytest.MonkeyPatch()
    mp.setenv(NO_GUI_ENV, "1")
    try:
        status = main(["hopfield", "--quick", "--json", str(path)])
    finally:
        mp.undo()
    assert status == 0
    return json.loads(path.read_text())


def test_records_have_the_required_keys_and_sane_numbers(quick_records):
    assert len(quick_records) >= 6
    for r in quick_records:
        assert set(REQUIRED_KEYS) <= set(r)
        assert isinstance(r["ours"], (int, float)) and r["ours"] > 0 and math.isfinite(r["ours"])
        if r["baseline"] is not None:
            assert r["baseline"] > 0 and r["speedup"] > 0
            assert isinstance(r["baseline_name"], str) and r["baseline_name"]


def test_recall_records_check_the_reference_and_the_bandwidth_bound(quick_records):
    hop = [r for r in quick_records if r["model"] == "hopfield"]
    cases = {r["case"] for r in hop}
    assert {"async recall", "sync recall", "store hebbian", "store storkey", "store pseudo-inverse"} <= cases
    recall = [r for r in hop if r["case"] == "async recall"]
    assert {r["metric"] for r in recall} == {"recall time", "unit updates per second",
                                              "time against memory-bandwidth bound"}
    for r in recall:
        assert r["same_final_state_as_reference"] is True
        assert r["n_units"] == 256 and r["patterns"] == round(0.05 * 256) and r["flips"] > 0
    time_rec = next(r for r in recall if r["metric"] == "recall time")
    assert time_rec["speedup"] == pytest.approx(time_rec["baseline"] / time_rec["ours"])
    bound = next(r for r in recall if r["metric"] == "time against memory-bandwidth bound")
    assert bound["ratio_to_bound"] == pytest.approx(bound["ours"] / bound["baseline"])
    assert bound["bytes_read"] == bound["weight_row_bytes"] + bound["initial_field_bytes"]
    assert bound["weight_row_bytes"] == bound["flips"] * 256 * 4
    assert "Y^T" in bound["initial_field_method"]
    assert bound["read_bandwidth_GBps"] > 0
    sync = next(r for r in hop if r["case"] == "sync recall")
    assert sync["same_final_state_as_reference"] is True
    for r in hop:
        if r["case"].startswith("store"):
            assert r["max_abs_weight_difference"] < 1e-4


def test_machine_bandwidth_record(quick_records):
    bw = [r for r in quick_records if r["model"] == "machine"]
    assert len(bw) == 1 and bw[0]["unit"] == "GB/s" and bw[0]["ours"] > 0.1


def test_table_is_printed(capsys, tmp_path, monkeypatch):
    monkeypatch.setattr(bench, "run_model", lambda key, quick: [
        BenchRecord("hopfield", "c", "m", "ms", 1.5, 3.0, "ref", 2.0).to_dict()])
    monkeypatch.setattr(bench, "machine_read_bandwidth", lambda quick: 1e10)
    assert main(["hopfield"]) == 0
    out = capsys.readouterr().out
    lines = [line for line in out.splitlines() if line.startswith(("model", "hopfield", "machine"))]
    assert len(lines) == 3 and "2x" in lines[2] and "ref" in lines[2]


def test_unknown_model_is_refused(capsys):
    assert main(["nosuchmodel"]) == 2
    assert "no model called 'nosuchmodel'" in capsys.readouterr().err


def test_a_failing_model_is_reported_and_the_rest_still_printed(capsys, monkeypatch):
    def boom(key, quick):
        raise RuntimeError("kaput")

    monkeypatch.setattr(bench, "run_model", boom)
    monkeypatch.setattr(bench, "machine_read_bandwidth", lambda quick: 1e10)
    assert main(["hopfield"]) == 1
    out = capsys.readouterr().out
    assert "bench failed: RuntimeError: kaput" in out and "read bandwidth" in out


def test_format_table_aligns_columns():
    recs = [BenchRecord("a", "case one", "metric", "ms", 1234.5, None, "", None).to_dict(),
            BenchRecord("bb", "c", "m", "updates/s", 2.5e7, 1e5, "reference.py", 250.0, {"x": np.int64(3)}).to_dict()]
    lines = format_table(recs).splitlines()
    assert len(lines) == 4
    assert len({line.index("  ") for line in lines[:1]}) == 1
    assert lines[2].index("case one") == lines[3].index("c ")
    assert recs[1]["x"] == 3 and type(recs[1]["x"]) is int


def test_time_best_and_bandwidth():
    calls = []
    best, result = time_best(lambda: calls.append(1) or len(calls), repeats=4, setup=lambda: calls.append(0))
    assert best > 0 and result == 8 and len(calls) == 8
    assert measure_read_bandwidth(nbytes=1 << 22, repeats=2) > 1e8


def test_gui_bench_is_skipped_by_env_and_never_loads_qt():
    code = (
        "import os, sys\n"
        f"os.environ[{NO_GUI_ENV!r}] = '1'\n"
        "from simulator.core.bench import gui_records\n"
        "import simulator.models.hopfield.bench, simulator.models.boltzmann.bench\n"
        "assert gui_records('hopfield') == [] and gui_records('boltzmann') == []\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph') or m.startswith('simulator.gui')]\n"
        "assert not bad, bad\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "GUI bench skipped" in out.stdout


def _fake_gui_records(key, **kwargs):
    assert kwargs["rounds"] == 3 and kwargs["seconds"] == 0.5 and kwargs["honour_skip"] is False
    figures = {"display_fps": 55.0, "engine_throughput": 8e5, "engine_headless": 1e6,
               "in_window_vs_headless": 80.0, "input_latency_p99": 12.5, "resident_memory": 300.0,
               "rewind_capture": 0.75, "rewind_held": 96.5}
    return [{"model": key, "case": "c", "metric": m, "unit": "", "ours": v, "baseline": None,
             "baseline_name": None, "speedup": None} for m, v in figures.items()]


def test_bench_gui_prints_one_table_and_writes_json(capsys, tmp_path, monkeypatch):
    caches = []

    def fake_start(cache_dir, case, timeout=900):
        caches.append(cache_dir)
        return {"model": "app", "case": case, "metric": "start_to_interactive", "unit": "s",
                "ours": 30.0 if case.startswith("cold") else 1.5}

    monkeypatch.setattr(bench, "gui_records", _fake_gui_records)
    monkeypatch.setattr(bench, "start_time", fake_start)
    out_json = tmp_path / "gui.json"
    assert main(["gui", "hopfield", "rbm", "--seconds", "0.5", "--rounds", "3", "--json", str(out_json)]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    table = lines[next(i for i, line in enumerate(lines) if line.startswith("panel ")):]
    assert "in window %" in table[0] and "ready in s" in table[0] and "rewind ms" in table[0]
    rows = {line.split()[0]: line for line in table if line and not line.startswith("-")}
    assert "800,000" in rows["hopfield"] and "1.000e+06" in rows["rbm"] and "12.5" in rows["rbm"]
    assert rows["rbm"].split()[-2:] == ["0.75", "96.5"]
    assert rows["cold"].rstrip().endswith("30") and rows["warm"].rstrip().endswith("1.5")
    assert ">= 80 %" in rows["goal"] and "warm < 2 s" in rows["goal"]
    assert len(caches) == 2 and caches[0] == caches[1], "the warm start reuses the cold start's cache"
    records = json.loads(out_json.read_text())
    assert len(records) == 2 * 8 + 2 and {r["model"] for r in records} == {"hopfield", "rbm", "app"}


def test_bench_gui_refuses_bad_arguments(capsys, monkeypatch):
    monkeypatch.setattr(bench, "gui_records", lambda *a, **k: pytest.fail("nothing may run"))
    assert main(["gui", "nosuchmodel", "--no-start"]) == 2
    assert "no model called 'nosuchmodel'" in capsys.readouterr().err
    for bad in (["--rounds", "0"], ["--seconds", "0"]):
        with pytest.raises(SystemExit):
            main(["gui", *bad])


def test_a_failed_panel_makes_the_exit_status_one(capsys, monkeypatch):
    monkeypatch.setattr(bench, "gui_records", lambda *a, **k: [])
    assert main(["gui", "hopfield", "--no-start"]) == 1


class _Done:
    def __init__(self, stdout="", returncode=0, stderr=""):
        self.stdout, self.returncode, self.stderr = stdout, returncode, stderr


def test_start_time_reads_the_apps_ready_line(monkeypatch, tmp_path):
    seen = {}

    def fake_run(command, env, **kwargs):
        seen.update(command=command, env=env)
        return _Done("ready in 1.234 s\n")

    monkeypatch.setattr(bench.subprocess, "run", fake_run)
    record = bench.start_time(str(tmp_path), "warm start (same cache)")
    assert record["ours"] == 1.234 and record["goal"] == "< 2 s" and record["wall_seconds"] >= 0
    assert seen["command"][1:] == ["-m", "simulator", "--exit-when-ready"]
    assert seen["env"]["NUMBA_CACHE_DIR"] == str(tmp_path) and seen["env"]["SIMULATOR_NUMBA_CACHE"] == "1"
    monkeypatch.setattr(bench.subprocess, "run", lambda *a, **k: _Done("", 1, "Traceback\nImportError: no Qt"))
    failed = bench.start_time(str(tmp_path), "cold start (empty numba cache)")
    assert failed["ours"] is None and "ImportError: no Qt" in failed["error"] and "goal" not in failed


def test_bench_soak_runs_the_gui_soak_in_a_subprocess(monkeypatch):
    seen = {}

    def fake_run(command, env, **kwargs):
        seen["command"] = command
        return _Done(returncode=3)

    monkeypatch.setattr(bench.subprocess, "run", fake_run)
    assert main(["soak", "hopfield", "--minutes", "1"]) == 3
    assert "from simulator.gui.soak import main" in seen["command"][2]
    assert seen["command"][3:] == ["hopfield", "--minutes", "1"]


def test_bench_gui_help_runs_without_qt():
    out = subprocess.run([sys.executable, "-c", "import sys\nfrom simulator.core.bench import main\n"
                          "try:\n    main(['gui', '--help'])\nexcept SystemExit:\n    pass\n"
                          "assert not [m for m in sys.modules if m.startswith(('PySide6', 'simulator.gui'))]\n"],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "--seconds" in out.stdout and "--rounds" in out.stdout
