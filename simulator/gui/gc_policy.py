"""Python's cyclic garbage collection, run from the GUI thread only while a window is open."""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

#: Milliseconds between the GUI thread's checks of the collector's counts.
CHECK_INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    """Turns the automatic collector off and runs its generational collections on a GUI-thread timer.

    The automatic collector runs in whichever thread allocates past its threshold, and the
    engines' worker threads allocate the most (snapshots, histories). Cycles holding Qt
    objects (pyqtgraph makes many) were then freed in a worker thread, which Qt does not
    allow: it can crash the GUI thread later (pyqtgraph's ``GarbageCollector`` exists for
    this). Collections here follow the collector's own thresholds, so they happen as often
    as before, in the right thread. :meth:`stop` turns the automatic collector back on once
    no window needs it off.
    """

    _active = 0  # windows with a collector running (the collector is one per process)

    def __init__(self, parent: QObject | None = None, interval_ms: int = CHECK_INTERVAL_MS) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(int(interval_ms))
        self._timer.timeout.connect(self.collect_due)
        self._running = False

    def start(self) -> None:
        if self._running:
            return
        self._running = True
        GuiThreadCollector._active += 1
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        if not self._running:
            return
        self._running = False
        self._timer.stop()
        GuiThreadCollector._active -= 1
        if GuiThreadCollector._active == 0:
            gc.enable()

    @property
    def running(self) -> bool:
        return self._running

    def collect_due(self) -> int:
        """Collect the generations whose counts passed the thresholds, as the automatic collector would."""
        t0, t1, t2 = gc.get_threshold()
        c0, c1, c2 = gc.get_count()
        if c0 <= t0:
            return 0
        generation = 2 if (c1 > t1 and c2 > t2) else 1 if c1 > t1 else 0
        return gc.collect(generation)
