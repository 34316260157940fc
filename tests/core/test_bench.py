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
