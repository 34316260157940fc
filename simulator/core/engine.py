"""The protocol every simulation engine follows, and the snapshot the runner publishes."""

from __future__ import annotations

from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Mapping, Protocol, runtime_checkable


@runtime_checkable
class Engine(Protocol):
    """What the Runner needs from a model engine.

    An engine owns explicit state (arrays and a parameters dataclass) and a seeded
    ``numpy.random.Generator``. Only the runner's worker thread calls it while a
    simulation runs.

    An engine may also define ``advance(n, stop_when_settled=True) -> int``: up to
    ``n`` units, stopping early once settled (or, with ``stop_when_settled=False``,
    only where it cannot go on, as a training at its last epoch), returning the units
    done. The runner then uses it for running chunks (so a run ends where the state
    settled) and for the step command (so the count is what was done), and
    ``step(n)`` otherwise.
    """

    def reset(self, seed: int | None = None) -> None:
        """Return to the start of the current scene, reseeding the random generator."""

    def step(self, n: int = 1) -> int:
        """Advance by exactly ``n`` update units; return a model-specific count (e.g. flips)."""

    def snapshot(self) -> dict[str, Any]:
        """Copies of everything a view draws. Must not share mutable arrays."""

    def is_settled(self) -> bool:
        """True when further steps cannot change the state (a fixed point)."""

    def state_dict(self) -> dict[str, Any]:
        """Everything needed to restore the engine exactly (arrays and plain values)."""

    def load_state_dict(self, state: Mapping[str, Any]) -> None:
        """Restore what :meth:`state_dict` returned; raise ValueError if it does not fit."""


@dataclass(frozen=True)
class Snapshot:
    """One immutable picture of a running simulation, as published by a Runner.

    Attributes
    ----------
    seq : int
        Publication counter; a newer snapshot has a larger ``seq``.
    steps : int
        Engine update units done since the last reset.
    running : bool
        Whether the runner is running (not paused) when the snapshot was taken.
    updates_per_second : float
        Engine update units per wall-clock second over the last half second of running.
    settled : bool
        ``engine.is_settled()`` at the time of the snapshot.
    error : str or None
        Message of the last error raised by the engine or a command, if any.
    data : Mapping[str, Any]
        What ``engine.snapshot()`` returned (read-only mapping).
    """

    seq: int
    steps: int
    running: bool
    updates_per_second: float
    settled: bool
    error: str | None
    data: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
