"""The Qt-free layers stay Qt-free: simulator.core and simulator.models never import Qt."""

from __future__ import annotations

import ast
import json
import pathlib
import subprocess
import sys

import simulator

PACKAGE_DIR = pathlib.Path(simulator.__file__).parent
QT_FREE_DIRS = ("core", "models")
#: Top-level modules the Qt-free layers must not import.
FORBIDDEN = ("PySide6", "PySide2", "PyQt5", "PyQt6", "shiboken6", "shiboken2", "pyqtgraph", "qtpy")


def _qt_free_modules() -> list[str]:
    names = ["simulator.registry", "simulator.cli"]
    for sub in QT_FREE_DIRS:
        for path in sorted((PACKAGE_DIR / sub).rglob("*.py")):
            parts = path.relative_to(PACKAGE_DIR.parent).with_suffix("").parts
            if parts[-1] == "__init__":
                parts = parts[:-1]
            names.append(".".join(parts))
    return names


def _forbidden_import(name: str) -> bool:
    return name.split(".")[0] in FORBIDDEN or name == "simulator.gui" or name.startswith("simulator.gui.")


def test_importing_every_qt_free_module_loads_no_qt():
    modules = _qt_free_modules()
    assert "simulator.core.runner" in modules and "simulator.core.jobs" in modules
    code = (
        "import importlib, json, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        f"print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in {FORBIDDEN!r}"
        " or m.startswith('simulator.gui'))))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    loaded = json.loads(result.stdout.strip().splitlines()[-1])
    assert loaded == [], f"Qt-free modules pulled in: {loaded}"


def test_no_qt_import_statements_in_core_or_models():
    offenders = []
    for sub in QT_FREE_DIRS:
        for path in sorted((PACKAGE_DIR / sub).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
            for node in ast.walk(tree):
                if isinstance(node, ast.Import):
                    names = [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    names = [node.module]
                elif (
                    isinstance(node, ast.Call)
                    and getattr(node.func, "attr", getattr(node.func, "id", None)) in ("import_module", "__import__")
                    and node.args
                    and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)
                ):
                    names = [node.args[0].value]
                else:
                    continue
                offenders += [
                    f"{path.relative_to(PACKAGE_DIR.parent)}:{node.lineno} imports {n}"
                    for n in names
                    if _forbidden_import(n)
                ]
    assert offenders == []


def test_the_checker_recognises_qt_imports():
    # Guards the test above against checking nothing.
    assert _forbidden_import("PySide6.QtWidgets") and _forbidden_import("pyqtgraph")
    assert _forbidden_import("simulator.gui.panels.base")
    assert not _forbidden_import("numpy") and not _forbidden_import("simulator.guide")
