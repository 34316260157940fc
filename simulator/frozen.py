"""Settings for the frozen desktop bundle, applied before numba is imported (numba reads its environment once)."""

from __future__ import annotations

import hashlib
import os
import sys
from collections.abc import Mapping, MutableMapping
from pathlib import Path

#: Directory name under the user's cache directory.
APP_DIR = "nn-simulator"
#: numba's own variable; a value the user set is left alone.
NUMBA_CACHE_ENV = "NUMBA_CACHE_DIR"
#: The project's switch for numba's disk cache (read by ``simulator.core.jit``).
CACHE_SWITCH_ENV = "SIMULATOR_NUMBA_CACHE"


def is_frozen() -> bool:
    """True when running from a bundle (PyInstaller and friends set ``sys.frozen``)."""
    return bool(getattr(sys, "frozen", False))


def user_cache_dir(environ: Mapping[str, str]) -> Path:
    """The per-user cache directory: ``$XDG_CACHE_HOME``, or ``~/.cache`` when unset or not absolute.

    Parameters
    ----------
    environ : mapping
        The environment to read (``os.environ`` in the app).

    Returns
    -------
    pathlib.Path
    """
    xdg = environ.get("XDG_CACHE_HOME", "")
    # The XDG spec says relative paths are invalid and must be ignored.
    if xdg and os.path.isabs(xdg):
        return Path(xdg)
    home = environ.get("HOME") or os.path.expanduser("~")
    return Path(home) / ".cache"


def sources_fingerprint(package_dir: str | os.PathLike) -> str:
    """A short hash of the names, sizes and modification times of the ``.py`` files under ``package_dir``.

    A frozen app's numba cache is stamped with the executable, not with the sources
    (numba's rule when ``sys.frozen`` is set), and a kernel's cache entry checks only its
    own bytecode, not the kernels it calls: a rebuilt bundle of the same version must
    therefore get a fresh cache directory, which this fingerprint gives it.

    Parameters
    ----------
    package_dir : path-like
        The directory of the ``simulator`` package inside the bundle.

    Returns
    -------
    str
        Ten hexadecimal digits; ``"nosource"`` when the directory holds no ``.py`` file.
    """
    root = Path(package_dir)
    digest = hashlib.sha1()
    found = False
    for path in sorted(root.rglob("*.py")):
        st = path.stat()
        digest.update(f"{path.relative_to(root).as_posix()}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
        found = True
    return digest.hexdigest()[:10] if found else "nosource"


def numba_cache_dir(version: str, environ: Mapping[str, str], fingerprint: str = "") -> Path:
    """Where the bundle keeps numba's compiled kernels: ``<cache>/nn-simulator/numba-<version>[-<fingerprint>]``.

    Parameters
    ----------
    version : str
        The app's version.
    environ : mapping
        The environment to read.
    fingerprint : str, optional
        Appended to tell apart builds of the same version (see :func:`sources_fingerprint`).

    Returns
    -------
    pathlib.Path
    """
    name = f"numba-{version}" + (f"-{fingerprint}" if fingerprint else "")
    return user_cache_dir(environ) / APP_DIR / name


def configure(*, frozen: bool | None = None, environ: MutableMapping[str, str] | None = None) -> Path | None:
    """Point numba's cache at a writable per-user directory when running from a bundle.

    A bundle's sources lie in a directory the user may not write to (and must not
    change), so numba's default of ``__pycache__`` beside the sources cannot be used.
    Call this before numba is imported; it does nothing outside a bundle, or when
    ``NUMBA_CACHE_DIR`` is already set.

    Parameters
    ----------
    frozen : bool, optional
        Whether this is a bundle; :func:`is_frozen` when None.
    environ : mutable mapping, optional
        The environment to update; ``os.environ`` when None.

    Returns
    -------
    pathlib.Path or None
        The cache directory now in ``NUMBA_CACHE_DIR``; None when nothing was changed, or
        when no directory could be written (then ``SIMULATOR_NUMBA_CACHE=0`` is set, so
        kernels compile in memory rather than fail).
    """
    frozen = is_frozen() if frozen is None else frozen
    environ = os.environ if environ is None else environ
    if not frozen or environ.get(NUMBA_CACHE_ENV):
        return None
    from simulator import __version__

    package_dir = Path(__file__).resolve().parent
    path = numba_cache_dir(__version__, environ, sources_fingerprint(package_dir))
    try:
        path.mkdir(parents=True, exist_ok=True)
        writable = os.access(path, os.W_OK | os.X_OK)
    except OSError:
        writable = False
    if not writable:
        # numba raises at import of a cached kernel when no cache directory is writable:
        # compile in memory instead (every start is then a cold one, but the app starts).
        environ[CACHE_SWITCH_ENV] = "0"
        return None
    environ[NUMBA_CACHE_ENV] = str(path)
    return path
