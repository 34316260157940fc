"""Ready-made lessons for the gallery: each model's are listed in ``simulator.gui.panels.<key>_lessons``."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Callable


@dataclass(frozen=True)
class Lesson:
    """One prepared scene of the gallery.

    Attributes
    ----------
    model : str
        Registry key of the model whose panel shows the lesson.
    key : str
        Short identifier, unique within the model (used in tests and file names).
    title : str
        Shown in the gallery list.
    text : str
        One paragraph: what to watch and why it happens.
    setup : callable
        ``setup(panel)`` puts the open panel into the lesson's starting state
        (parameters, patterns, map, seed), deterministically and paused.
    """

    model: str
    key: str
    title: str
    text: str
    setup: Callable[[object], None]


def lessons_for(key: str) -> tuple[Lesson, ...]:
    """The lessons of model ``key``; empty when its panel offers none.

    The module is found by name, so adding a model's lessons touches only its own
    ``<key>_lessons.py``; it must import nothing heavy at module level (the gallery
    lists titles before any panel exists).
    """
    try:
        module = importlib.import_module(f"simulator.gui.panels.{key}_lessons")
    except ModuleNotFoundError as exc:
        if exc.name == f"simulator.gui.panels.{key}_lessons":
            return ()
        raise
    return tuple(module.LESSONS)
