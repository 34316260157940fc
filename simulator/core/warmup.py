"""Compile every model's numba kernels once, in the background, reporting progress."""

from __future__ import annotations

import time

from simulator.core.jobs import JobContext
from simulator.registry import MODELS


def warm_up(ctx: JobContext | None = None) -> dict[str, float]:
    """Import each model package and call its ``warmup()``; return seconds per model.

    With numba's on-disk cache present this loads compiled code (fast); without it,
    it compiles (seconds). Meant to run in a :class:`~simulator.core.jobs.BackgroundJob`.
    """
    seconds: dict[str, float] = {}
    for i, spec in enumerate(MODELS):
        if ctx is not None:
            ctx.progress(i / len(MODELS), f"Compiling {spec.title} kernels")
        t0 = time.perf_counter()
        spec.load_package().warmup()
        seconds[spec.key] = time.perf_counter() - t0
    if ctx is not None:
        ctx.progress(1.0, "Kernels ready")
    return seconds
