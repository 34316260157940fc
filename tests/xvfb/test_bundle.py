"""The desktop bundle in a real X window (run under Xvfb by .ci/run once packaging/build.sh has built it)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from tests.xvfb.test_real_window import _colours

#: Path of the bundle's executable (packaging/dist/nn-simulator/nn-simulator); the tests skip without it.
BUNDLE_ENV = "SIMULATOR_BUNDLE"

pytestmark = [
    pytest.mark.xvfb,
    pytest.mark.skipif(not os.environ.get("DISPLAY"), reason="needs a real X display (DISPLAY is not set)"),
    pytest.mark.skipif(not os.environ.get(BUNDLE_ENV), reason=f"{BUNDLE_ENV} does not name a built bundle"),
]


@pytest.fixture
def bundle() -> Path:
    path = Path(os.environ[BUNDLE_ENV])
    assert path.is_file() and os.access(path, os.X_OK), f"{BUNDLE_ENV}={path} is not an executable file"
    return path


@pytest.fixture(scope="module")
def cache_home(tmp_path_factory) -> Path:
    # Shared by the tests of this module: the screenshot test then starts warm, which saves CI a cold start.
    return tmp_path_factory.mktemp("cache")


def _env(tmp_path, cache_home: Path) -> dict[str, str]:
    # Only what a desktop session gives a program: none of the developer's Python settings,
    # so the bundle must find everything inside itself.
    keep = ("DISPLAY", "XAUTHORITY", "HOME", "LANG", "LC_ALL", "TMPDIR")
    env = {k: os.environ[k] for k in keep if k in os.environ}
    env.update(PATH="/usr/bin:/bin", QT_QPA_PLATFORM="xcb", XDG_CACHE_HOME=str(cache_home),
               SIMULATOR_SETTINGS_DIR=str(tmp_path / "settings"))
    return env


def _ready(bundle: Path, env: dict[str, str]) -> float:
    result = subprocess.run([str(bundle), "--exit-when-ready"], env=env, capture_output=True, text=True,
                            timeout=600)
    assert result.returncode == 0, result.stderr[-4000:]
    found = re.search(r"^ready in (\d+\.\d{3}) s$", result.stdout, re.MULTILINE)
    assert found, result.stdout
    return float(found.group(1))


def test_the_bundle_starts_cold_then_warm_from_its_own_numba_cache(bundle, tmp_path, cache_home):
    env = _env(tmp_path, cache_home)
    cold = _ready(bundle, env)
    caches = list((cache_home / "nn-simulator").glob("numba-*"))
    assert len(caches) == 1, f"no numba cache under {cache_home}"
    index_files = list(caches[0].rglob("*.nbi"))
    assert index_files, f"numba wrote no cache index under {caches[0]}"
    # Nothing may be written inside the bundle.
    assert not list(bundle.parent.rglob("*.nbi")), "numba wrote its cache inside the bundle"
    warm = _ready(bundle, env)
    print(f"bundle start: cold {cold:.3f} s, warm {warm:.3f} s")
    assert warm < cold, f"the second start ({warm:.3f} s) was not faster than the first ({cold:.3f} s)"


@pytest.mark.skipif(shutil.which("import") is None, reason="needs ImageMagick's import for the screenshot")
def test_screenshot_of_the_bundle_is_not_blank(bundle, tmp_path, cache_home):
    log = open(tmp_path / "app.log", "w")
    app = subprocess.Popen([str(bundle)], env=_env(tmp_path, cache_home), stdout=log, stderr=log)
    shot = tmp_path / "screen.png"
    colours, commonest = 0, 1.0
    try:
        deadline = time.monotonic() + 120  # a cold start compiles every kernel first
        time.sleep(3)
        while time.monotonic() < deadline:
            assert app.poll() is None, f"the bundle exited early: {(tmp_path / 'app.log').read_text()}"
            subprocess.run(["import", "-window", "root", str(shot)], check=True, timeout=30)
            colours, commonest = _colours(shot)
            if colours > 16 and commonest < 0.95:
                break
            time.sleep(1)
    finally:
        app.terminate()
        try:
            app.wait(10)
        except subprocess.TimeoutExpired:
            app.kill()
            app.wait(10)
        log.close()
    assert colours > 16, f"the screen shows only {colours} colours: the window was not drawn"
    assert commonest < 0.95, f"{commonest:.0%} of the screen is one colour: the window was not drawn"
