"""Compile every model's numba kernels once, in the background, reporting progress."""

from __future__ import annotations

import threading
import time
from typing import Callable

from simulator.core.jobs import JobContext
from simulator.core.text import tr
from simulator.registry import MODELS


def warm_up(ctx: JobContext | None = None, first: str | None = None,
            ready: Callable[[str], None] | None = None,
            hold: threading.Event | None = None) -> dict[str, float]:
    """Import each model package and call its ``warmup()``; return seconds per model.

    With numba's on-disk cache present this loads compiled code (fast); without it,
    it compiles (seconds). Meant to run in a :class:`~simulator.core.jobs.BackgroundJob`.

    Parameters
    ----------
    ctx : JobContext, optional
        Progress reports and cancellation.
    first : str, optional
        Key of the model to prepare before the others (the one about to be shown).
    ready : callable, optional
        Called with each model's key as soon as that model's kernels are ready, so its
        panel can open while the others are still being prepared.
    hold : threading.Event, optional
        After ``first``, wait until this is set (e.g. once its panel is on screen), so
        preparing the other models does not compete with building that panel.
    """
    order = sorted(MODELS, key=lambda spec: spec.key != first)
    seconds: dict[str, float] = {}
    for i, spec in enumerate(order):
        if ctx is not None:
            ctx.progress(i / len(order), tr("Compiling {model} kernels", model=spec.title))
        t0 = time.perf_counter()
        spec.load_package().warmup()
        seconds[spec.key] = time.perf_counter() - t0
        if ready is not None:
            ready(spec.key)
        if hold is not None and spec.key == first:
            while not hold.wait(0.05):
                if ctx is not None:
                    ctx.check()
    if ctx is not None:
        ctx.progress(1.0, tr("Kernels ready"))
    return seconds
