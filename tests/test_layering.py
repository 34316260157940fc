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


# ------------------------------------------------ the engine tests pass without Qt
#: Runs in a fresh interpreter: a meta-path finder refuses every Qt module (and logs the
#: attempt), then pytest runs the given test files without pytest-qt, which imports Qt
#: (its entry point is "pytest-qt"; "pytestqt" is its module name, refused too).
_NO_QT_RUNNER = """
import json, sys
BLOCKED = {blocked!r}
attempts = []

class NoQt:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in BLOCKED:
            attempts.append(name)
            raise ImportError(f"{{name}} is blocked: this process runs without Qt")
        return None

sys.meta_path.insert(0, NoQt())
try:
    import PySide6  # noqa: F401
    works = False
except ImportError:
    works = True
attempts.clear()
import pytest

class Count:
    passed = 0
    def pytest_runtest_logreport(self, report):
        if report.when == "call" and report.passed:
            Count.passed += 1

code = pytest.main(["-q", "-p", "no:pytest-qt", "-p", "no:pytestqt", "-p", "no:cacheprovider", *{files!r}],
                   plugins=[Count()])
print(json.dumps({{"blocker_works": works, "exit": int(code), "passed": Count.passed,
                  "attempts": sorted(set(attempts))}}))
"""

#: Per model, the engine test files run without Qt (each model needs at least one): a fast
#: representative subset (a few seconds of CPU), not every model test.
_ENGINE_TEST_FILES = ("test_engine.py", "test_bad_input.py")
_CORE_TEST_FILES = ("test_runner.py", "test_jobs.py", "test_patterns.py", "test_workspace.py")


def _engine_test_files() -> list[str]:
    from simulator.registry import MODELS

    tests = PACKAGE_DIR.parent / "tests"
    files = [str(tests / "core" / name) for name in _CORE_TEST_FILES if (tests / "core" / name).is_file()]
    missing = []
    for spec in MODELS:
        folder = tests / "models" / spec.key
        mine = [str(folder / name) for name in _ENGINE_TEST_FILES if (folder / name).is_file()]
        if not mine:
            missing.append(spec.key)
        files += mine
    assert not missing, f"models without engine tests to run without Qt: {missing}"
    return files


def test_engine_tests_pass_with_qt_unavailable():
    files = _engine_test_files()
    code = _NO_QT_RUNNER.format(blocked=FORBIDDEN, files=files)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=600,
                            cwd=PACKAGE_DIR.parent)
    lines = result.stdout.strip().splitlines()
    assert lines, result.stderr[-3000:]
    try:
        outcome = json.loads(lines[-1])
    except json.JSONDecodeError:
        raise AssertionError(result.stdout[-3000:] + result.stderr[-3000:]) from None
    assert outcome["blocker_works"], "the Qt blocker let PySide6 be imported"
    assert outcome["exit"] == 0, "engine tests failed without Qt:\n" + result.stdout[-4000:]
    assert outcome["passed"] >= 50, outcome
    assert outcome["attempts"] == [], f"the engine tried to import Qt: {outcome['attempts']}"


# ------------------------------------------------------ no panel imports another
PANELS_DIR = PACKAGE_DIR / "gui" / "panels"
PANELS_PACKAGE = "simulator.gui.panels"
#: Panel modules every family may use.
SHARED_PANEL_MODULES = ("base",)


def _panel_families() -> list[str]:
    """One family per registered model: the name of its panel module (hopfield, rbm, ...)."""
    from simulator.registry import MODELS

    families = []
    for spec in MODELS:
        module = spec.panel.partition(":")[0]
        assert module.startswith(PANELS_PACKAGE + "."), f"{spec.key}'s panel {module} is outside {PANELS_PACKAGE}"
        families.append(module[len(PANELS_PACKAGE) + 1:].split(".")[0])
    return families


def _family_of(module: str, families: list[str]) -> str | None:
    """The family a panel module belongs to by name (longest matching prefix), None if shared or unowned."""
    owners = [f for f in families if module == f or module.startswith(f + "_")]
    return max(owners, key=len) if owners else None


def _panel_imports(path: pathlib.Path) -> list[tuple[int, str]]:
    """(line, panel module name) for every import of a module inside simulator.gui.panels."""
    package = PANELS_PACKAGE.split(".")
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            module = ".".join(base + ([node.module] if node.module else []))
            # "from simulator.gui.panels import rbm_parts" names modules, not attributes.
            targets = [f"{module}.{alias.name}" for alias in node.names] if module == PANELS_PACKAGE else [module]
        else:
            continue
        for target in targets:
            if target.startswith(PANELS_PACKAGE + "."):
                found.append((node.lineno, target[len(PANELS_PACKAGE) + 1:].split(".")[0]))
    return found


def _panel_violations(families: list[str]) -> list[str]:
    problems = []
    for path in sorted(PANELS_DIR.glob("*.py")):
        name = path.stem
        if name == "__init__":
            continue
        own = _family_of(name, families)
        if own is None and name not in SHARED_PANEL_MODULES:
            problems.append(f"panels/{path.name} belongs to no model's panel (name it after one: "
                            f"{', '.join(f + '_*' for f in families)}) and is not shared ({SHARED_PANEL_MODULES})")
            continue
        for line, target in _panel_imports(path):
            other = _family_of(target, families)
            if target in SHARED_PANEL_MODULES or other == own:
                continue
            problems.append(f"panels/{path.name}:{line} imports panels/{target}.py "
                            f"(of the {other or 'unknown'} panel); move what they share to simulator/gui/widgets/")
    return problems


def test_no_panel_imports_another_panel():
    families = _panel_families()
    assert len(families) >= 5 and "hopfield" in families
    assert _panel_violations(families) == []


def test_non_panel_gui_modules_import_only_the_panel_base():
    # Otherwise a panel could reach another through a widget.
    offenders = []
    for path in sorted((PACKAGE_DIR / "gui").rglob("*.py")):
        if PANELS_DIR in path.parents:
            continue
        offenders += [f"{path.relative_to(PACKAGE_DIR.parent)}:{line} imports panels/{target}.py"
                      for line, target in _panel_imports(path) if target not in SHARED_PANEL_MODULES]
    assert offenders == []


def test_the_panel_rule_recognises_cross_panel_imports(tmp_path):
    families = ["hopfield", "rbm", "gan"]
    assert _family_of("gan_views", families) == "gan" and _family_of("rbm", families) == "rbm"
    assert _family_of("base", families) is None and _family_of("ganache", families) is None
    source = tmp_path / "gan_views.py"
    source.write_text(
        "from simulator.gui.panels.rbm_parts import big_font\n"
        "from . import hopfield\n"
        "from .gan_parts import x\n"
        "from simulator.gui.panels import base, rbm\n"
        "import simulator.gui.panels.gan_parts\n"
        "from simulator.gui.widgets import colors\n",
        encoding="utf-8",
    )
    found = _panel_imports(source)
    assert found == [(1, "rbm_parts"), (2, "hopfield"), (3, "gan_parts"), (4, "base"), (4, "rbm"),
                     (5, "gan_parts")]
    cross = [t for _, t in found if t not in SHARED_PANEL_MODULES and _family_of(t, families) != "gan"]
    assert cross == ["rbm_parts", "hopfield", "rbm"]


def test_the_no_qt_runner_catches_a_test_that_needs_qt(tmp_path):
    # Guards the engine-tests-without-Qt check against a blocker that blocks nothing.
    probe = tmp_path / "test_probe.py"
    probe.write_text("def test_needs_qt():\n    import PySide6.QtCore  # noqa: F401\n", encoding="utf-8")
    code = _NO_QT_RUNNER.format(blocked=FORBIDDEN, files=[str(probe)])
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                            cwd=tmp_path)
    outcome = json.loads(result.stdout.strip().splitlines()[-1])
    assert outcome["blocker_works"] and outcome["exit"] == 1 and outcome["passed"] == 0
    assert outcome["attempts"] == ["PySide6"]
