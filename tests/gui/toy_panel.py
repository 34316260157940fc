"""A tiny engine and panel for testing the main window and the GUI bench without a real model."""

from __future__ import annotations

import threading

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from simulator.gui.panels.base import ModelPanel
from simulator.registry import ModelSpec


class CounterEngine:
    """Counts updates; the count lights one cell of an 8x8 grid. Optionally settles or fails at a count."""

    def __init__(self, settle_at: int | None = None, fail_at: int | None = None) -> None:
        self.count = 0
        self.settle_at = settle_at
        self.fail_at = fail_at
        self.seeds: list[int | None] = []
        # Run-length encoded ([size, times] pairs): a flat-out run makes millions of steps, and the
        # rewind history copies the engine's attributes.
        self._step_runs: list[list[int]] = []
        self.threads: set[str] = set()

    def reset(self, seed: int | None = None) -> None:
        self.seeds.append(seed)
        self.count = 0

    def step(self, n: int = 1) -> int:
        self.threads.add(threading.current_thread().name)
        if self.fail_at is not None and self.count + n > self.fail_at:
            raise RuntimeError("the toy engine broke")
        self.count += n
        if self._step_runs and self._step_runs[-1][0] == n:
            self._step_runs[-1][1] += 1
        else:
            self._step_runs.append([n, 1])
        return n

    @property
    def step_sizes(self) -> list[int]:
        """The size of every step call, in order."""
        return [size for size, times in self._step_runs for _ in range(times)]

    def snapshot(self) -> dict:
        grid = np.zeros((8, 8), np.float32)
        grid.flat[self.count % 64] = 1.0
        return {"count": self.count, "grid": grid}

    def is_settled(self) -> bool:
        return self.settle_at is not None and self.count >= self.settle_at

    def state_dict(self) -> dict:
        return {"count": self.count}

    def load_state_dict(self, state) -> None:
        self.count = int(state["count"])


class ToyPanel(ModelPanel):
    """A canvas (pyqtgraph), a text field and a label, driven by a :class:`CounterEngine`."""

    title = "Toy counter"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engine = CounterEngine()
        self.canvas = pg.GraphicsLayoutWidget()
        self.canvas.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.canvas.setToolTip("The toy grid")
        view = self.canvas.addViewBox(lockAspect=True)
        self.image = pg.ImageItem(np.zeros((8, 8), np.float32))
        view.addItem(self.image)
        self.note = QLineEdit()
        self.note.setToolTip("A text field: typing here must not trigger the run shortcuts")
        self.count_label = QLabel("0")
        self.count_label.setToolTip("Updates since reset")
        layout = QVBoxLayout(self)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.count_label)
        self.renders = 0
        self.activations = 0
        self.bench_scenes = 0
        self.attach_engine(self.engine)

    def render(self, snap) -> None:
        self.renders += 1
        self.image.setImage(snap.data["grid"], autoLevels=False, levels=(0.0, 1.0))
        self.count_label.setText(str(snap.data["count"]))

    def activate(self) -> None:
        self.activations += 1

    def bench_scene(self) -> str:
        self.bench_scenes += 1
        self.runner.pause_when_settled = False
        return "8x8 counter"

    def bench_input_point(self) -> tuple[QWidget, QPoint]:
        viewport = self.canvas.viewport()
        return viewport, viewport.rect().center()


class BrokenPanel(ModelPanel):
    """A panel whose constructor fails, to test the error page."""

    title = "Broken"

    def __init__(self, parent: QWidget | None = None) -> None:
        raise RuntimeError("this panel cannot be built")


def toy_models() -> tuple[ModelSpec, ...]:
    """Registry entries for the toy panels (the package is never imported: tests pass their own warm-up)."""
    module = ToyPanel.__module__
    return (
        ModelSpec("toy", "Toy counter", "Counts updates on a tiny grid.", "simulator.models", f"{module}:ToyPanel"),
        ModelSpec("toy2", "Second toy", "Another counter, to switch panels.", "simulator.models", f"{module}:ToyPanel"),
        ModelSpec("broken", "Broken", "A panel that fails to open.", "simulator.models", f"{module}:BrokenPanel"),
    )
