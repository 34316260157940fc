"""Background jobs with progress and cancellation (warm-up, capacity sweeps), polled by the GUI."""

from __future__ import annotations

import threading
from typing import Any, Callable


class Cancelled(Exception):
    """Raised inside a job's function when the job was cancelled."""


class JobContext:
    """What a job function receives: report progress, and ask whether to stop."""

    def __init__(self, job: "BackgroundJob") -> None:
        self._job = job

    def progress(self, fraction: float, message: str = "") -> None:
        """Report progress in [0, 1] with a short message; raise Cancelled if cancelled."""
        with self._job._lock:
            self._job._progress = min(1.0, max(0.0, float(fraction)))
            if message:
                self._job._message = message
        self.check()

    def check(self) -> None:
        """Raise Cancelled if the job was cancelled."""
        if self._job._cancel.is_set():
            raise Cancelled()

    @property
    def cancelled(self) -> bool:
        return self._job._cancel.is_set()


class BackgroundJob:
    """Run ``fn(ctx, *args, **kwargs)`` in a daemon thread; the caller polls its state.

    Parameters
    ----------
    fn : callable
        Receives a :class:`JobContext` first. Its return value becomes ``result``;
        an exception becomes ``error`` (a sentence for the user).
    name : str
        Thread name.
    """

    def __init__(self, fn: Callable[..., Any], *args: Any, name: str = "job", **kwargs: Any) -> None:
        self._lock = threading.Lock()
        self._cancel = threading.Event()
        self._progress = 0.0
        self._message = ""
        self.result: Any = None
        self.error: str | None = None
        self.cancelled = False
        self._thread = threading.Thread(target=self._main, args=(fn, args, kwargs), name=name, daemon=True)

    def start(self) -> "BackgroundJob":
        self._thread.start()
        return self

    def cancel(self) -> None:
        """Ask the job to stop at its next progress report."""
        self._cancel.set()

    def join(self, timeout: float | None = None) -> bool:
        """Wait for the job; True if it has ended."""
        self._thread.join(timeout)
        return not self._thread.is_alive()

    @property
    def done(self) -> bool:
        return self._thread.ident is not None and not self._thread.is_alive()

    @property
    def progress(self) -> tuple[float, str]:
        """(fraction done, last message)."""
        with self._lock:
            return self._progress, self._message

    def _main(self, fn: Callable[..., Any], args: tuple, kwargs: dict) -> None:
        try:
            self.result = fn(JobContext(self), *args, **kwargs)
            with self._lock:
                self._progress = 1.0
        except Cancelled:
            self.cancelled = True
        except ValueError as exc:
            # An engine's sentence (core.text.Text) stays one, so the window can translate it.
            self.error = exc.args[0] if len(exc.args) == 1 and isinstance(exc.args[0], str) else str(exc)
        except Exception as exc:  # shown to the user, never swallowed silently
            self.error = f"{type(exc).__name__}: {exc}"
