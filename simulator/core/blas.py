"""One thread for the BLAS that numba kernels call (scipy's OpenBLAS), set once and kept, whatever the threads."""

from __future__ import annotations

import functools
import threading
from typing import Any


@functools.lru_cache(maxsize=1)
def _blas_controller() -> Any:
    # Built once, after scipy's OpenBLAS (the BLAS numba's np.dot calls) is loaded.
    try:
        import importlib

        from threadpoolctl import ThreadpoolController

        importlib.import_module("scipy.linalg.cython_blas")  # loads the library
    except ImportError:
        return None
    every = ThreadpoolController().select(user_api="blas")
    # scipy's own copy when it bundles one (numpy's BLAS, used by the GUI thread, stays as it is).
    ours = [c for c in every.lib_controllers if "scipy" in str(c.filepath) and "numpy" not in str(c.filepath)]
    if ours:
        return ThreadpoolController().select(filepath=[c.filepath for c in ours])
    return every if len(every.lib_controllers) else None


class _SerialBlas:
    """Puts the kernels' BLAS on one thread at the first entry, and leaves it there.

    The limit is process-wide. Lifting it again on the way out (as a plain threadpoolctl limit
    does) let two runners (the GAN panel's comparison) change it under each other's products: a
    run trained in a thread then differed in the last bits from the same run alone, so the
    same seed no longer gave the same run; and an RBM trained with two BLAS threads differs from
    one trained with one. Only the numba kernels use this BLAS (scipy's copy; numpy's, used by
    the GUI thread, stays as it is), and they are serial by design.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._limiter: Any = None
        self._done = False

    def __enter__(self) -> "_SerialBlas":
        if not self._done:
            with self._lock:
                if not self._done:
                    ctl = _blas_controller()
                    self._limiter = None if ctl is None else ctl.limit(limits=1)
                    self._done = True
        return self

    def __exit__(self, *exc: Any) -> None:
        return None


_SERIAL_BLAS = _SerialBlas()


def serial_blas() -> Any:
    """A context in which the BLAS of the kernels runs on one thread (see :class:`_SerialBlas`).

    The layers are small (a few hundred rows of 128): threads cost more than they bring,
    and on a busy machine OpenBLAS's spinning threads slowed training ten times.
    """
    return _SERIAL_BLAS


def use_serial_blas() -> None:
    """Put the kernels' BLAS on one thread now (and for good), as :func:`serial_blas` does on entry."""
    _SERIAL_BLAS.__enter__()


@functools.lru_cache(maxsize=1)
def use_one_blas_thread_everywhere() -> Any:
    """Put every BLAS in the process on one thread, for good (the window's choice); returns the limiter.

    The window runs each engine in one worker thread next to the GUI thread, on as few as
    two cores. A second BLAS thread buys nothing on its small products (snapshots' few
    rows, the GUI's plots), but OpenBLAS keeps it spinning for a while after each call:
    with 60 snapshots a second it took a whole core from the worker and the GUI thread.
    """
    use_serial_blas()
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:
        return None
    return threadpool_limits(limits=1, user_api="blas")
