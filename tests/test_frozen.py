"""The bundle's numba cache settings (simulator.frozen), checked without freezing anything."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

from simulator import __version__, frozen


def test_outside_a_bundle_nothing_changes(tmp_path):
    environ = {"XDG_CACHE_HOME": str(tmp_path)}
    assert frozen.configure(frozen=False, environ=environ) is None
    assert environ == {"XDG_CACHE_HOME": str(tmp_path)}
    assert list(tmp_path.iterdir()) == []


def test_in_a_bundle_the_cache_goes_under_xdg_cache_home(tmp_path):
    environ = {"XDG_CACHE_HOME": str(tmp_path / "cache"), "HOME": str(tmp_path / "home")}
    path = frozen.configure(frozen=True, environ=environ)
    assert path is not None and path.is_dir()
    assert environ[frozen.NUMBA_CACHE_ENV] == str(path)
    assert path.parent == tmp_path / "cache" / "nn-simulator"
    assert path.name.startswith(f"numba-{__version__}-")
    assert frozen.CACHE_SWITCH_ENV not in environ


@pytest.mark.parametrize("xdg", [None, "", "relative/cache"])
def test_without_a_usable_xdg_cache_home_the_cache_goes_under_home(tmp_path, xdg):
    environ = {"HOME": str(tmp_path)}
    if xdg is not None:
        environ["XDG_CACHE_HOME"] = xdg
    path = frozen.configure(frozen=True, environ=environ)
    assert path is not None
    assert path.parent == tmp_path / ".cache" / "nn-simulator"


def test_a_cache_dir_the_user_set_is_kept(tmp_path):
    environ = {"XDG_CACHE_HOME": str(tmp_path), frozen.NUMBA_CACHE_ENV: "/somewhere/else"}
    assert frozen.configure(frozen=True, environ=environ) is None
    assert environ[frozen.NUMBA_CACHE_ENV] == "/somewhere/else"
    assert list(tmp_path.iterdir()) == []


def test_an_unwritable_cache_falls_back_to_compiling_in_memory(tmp_path):
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the cache directory should be")
    environ = {"XDG_CACHE_HOME": str(blocker)}
    assert frozen.configure(frozen=True, environ=environ) is None
    assert frozen.NUMBA_CACHE_ENV not in environ
    assert environ[frozen.CACHE_SWITCH_ENV] == "0"


def test_the_fingerprint_changes_when_a_source_changes(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.py").write_text("x = 1\n")
    (tmp_path / "sub" / "b.py").write_text("y = 2\n")
    (tmp_path / "data.txt").write_text("not a source")
    first = frozen.sources_fingerprint(tmp_path)
    assert len(first) == 10 and first == frozen.sources_fingerprint(tmp_path)
    (tmp_path / "data.txt").write_text("still not a source, longer")
    assert frozen.sources_fingerprint(tmp_path) == first
    (tmp_path / "sub" / "b.py").write_text("y = 20\n")
    assert frozen.sources_fingerprint(tmp_path) != first
    assert frozen.sources_fingerprint(tmp_path / "nowhere") == "nosource"


def test_the_version_and_fingerprint_name_the_directory(tmp_path):
    path = frozen.numba_cache_dir("1.2.3", {"XDG_CACHE_HOME": str(tmp_path)}, "abc")
    assert path == tmp_path / "nn-simulator" / "numba-1.2.3-abc"
    assert frozen.numba_cache_dir("1.2.3", {"XDG_CACHE_HOME": str(tmp_path)}).name == "numba-1.2.3"


def test_the_command_line_sets_numba_cache_dir_before_numba_reads_it(tmp_path):
    # A process that pretends to be frozen: numba's config must see the per-user directory.
    script = textwrap.dedent(
        """
        import sys
        sys.frozen = True
        from simulator import frozen
        frozen.configure()
        import numba.core.config as config
        print(config.CACHE_DIR)
        """
    )
    env = dict(os.environ, XDG_CACHE_HOME=str(tmp_path))
    env.pop(frozen.NUMBA_CACHE_ENV, None)
    out = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().startswith(str(tmp_path / "nn-simulator" / f"numba-{__version__}-"))


def test_main_configures_before_anything_else(tmp_path):
    # main() must call configure() itself: the version action exits before any other work.
    script = textwrap.dedent(
        """
        import os, sys
        sys.frozen = True
        import simulator.cli
        try:
            simulator.cli.main(["--version"])
        except SystemExit:
            pass
        print(os.environ.get("NUMBA_CACHE_DIR", ""))
        print("numba" in sys.modules)
        """
    )
    env = dict(os.environ, XDG_CACHE_HOME=str(tmp_path))
    env.pop(frozen.NUMBA_CACHE_ENV, None)
    out = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    cache_dir, numba_loaded = out.stdout.strip().splitlines()[-2:]
    assert cache_dir.startswith(str(tmp_path / "nn-simulator" / f"numba-{__version__}-"))
    assert numba_loaded == "False"
