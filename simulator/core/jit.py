"""The one place where numba's compilation flags are set."""

from __future__ import annotations

import os

import numba

#: Set SIMULATOR_NUMBA_CACHE=0 to compile in memory only (no files under __pycache__).
CACHE = os.environ.get("SIMULATOR_NUMBA_CACHE", "1") not in ("0", "false", "no", "")

#: Flags every kernel shares: no Python objects, GIL released so the GUI thread keeps
#: running while a worker computes, serial (parallel kernels would need a thread-safe
#: threading layer verified at start-up), cached on disk for fast warm starts.
FLAGS = dict(nopython=True, nogil=True, cache=CACHE, fastmath=False, boundscheck=False)


def kernel(func=None, **overrides):
    """Compile ``func`` with the project's numba flags.

    Parameters
    ----------
    func : callable, optional
        Plain Python function on arrays and scalars.
    **overrides
        Flags to change for this kernel only (rarely needed).

    Returns
    -------
    numba dispatcher, or a decorator when ``func`` is None.
    """
    flags = {**FLAGS, **overrides}
    if func is None:
        return lambda f: numba.jit(**flags)(f)
    return numba.jit(**flags)(func)
