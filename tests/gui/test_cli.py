"""The command line: --version, the diagnostic --exit-when-ready, forwarding to the bench, and lazy imports."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import types

import pytest

import simulator
import simulator.core
from simulator import cli


def run_simulator(*args: str, tmp_path, timeout: float = 600) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SIMULATOR_SETTINGS_DIR=str(tmp_path / "settings"))
    return subprocess.run(
        [sys.executable, "-m", "simulator", *args], capture_output=True, text=True, timeout=timeout, env=env
    )


def test_version_option(tmp_path):
    result = run_simulator("--version", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"nn-simulator {simulator.__version__}"


def test_version_option_in_process(capsys):
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["--version"])
    assert exit_info.value.code == 0
    assert simulator.__version__ in capsys.readouterr().out


def test_help_hides_the_diagnostic_option_and_mentions_bench(capsys):
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    out = capsys.readouterr().out
    assert "bench" in out and "--exit-when-ready" not in out


def test_exit_when_ready_prints_the_start_time(tmp_path):
    result = run_simulator("--exit-when-ready", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert re.search(r"^ready in \d+\.\d{3} s$", result.stdout, re.MULTILINE), result.stdout


def test_bench_is_forwarded_to_the_core_harness(monkeypatch):
    received = []
    fake = types.ModuleType("simulator.core.bench")
    fake.main = lambda argv: received.append(argv) or 3
    monkeypatch.setitem(sys.modules, "simulator.core.bench", fake)
    monkeypatch.setattr(simulator.core, "bench", fake, raising=False)
    assert cli.main(["bench", "hopfield", "--quick"]) == 3
    assert received == [["hopfield", "--quick"]]


def test_importing_the_cli_loads_neither_qt_nor_numba():
    code = (
        "import json, sys, simulator.cli, simulator.__main__\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph', 'numba'))))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []


def test_seconds_since_start_counts_from_process_start():
    first = cli.seconds_since_start()
    second = cli.seconds_since_start()
    assert 0 < first <= second
    # This test process has run for a while, and /proc knows it on Linux.
    if sys.platform.startswith("linux"):
        assert cli._AGE_AT_IMPORT is not None
