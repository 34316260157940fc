"""While a window is open, cyclic garbage is collected in the GUI thread only (never in an engine's worker)."""

from __future__ import annotations

import gc
import threading

from simulator.gui.gc_policy import GuiThreadCollector
from simulator.gui.main_window import MainWindow


class Cycle:
    def __init__(self):
        self.me = self

    def __del__(self):
        FREED.append(threading.current_thread().name)


FREED: list[str] = []


def test_cycles_made_by_a_worker_are_freed_by_the_gui_thread(qtbot):
    window = MainWindow(warm_up=None)
    qtbot.addWidget(window)
    assert not gc.isenabled(), "the automatic collector is off while the window is open"
    FREED.clear()

    def worker():
        for _ in range(5000):  # far past the collector's threshold, as a busy engine's worker goes
            Cycle()

    t = threading.Thread(target=worker, name="engine-worker")
    t.start()
    t.join()
    assert FREED == [], "nothing was collected in the worker"
    qtbot.waitUntil(lambda: len(FREED) >= 4000, timeout=5000)
    assert set(FREED) == {threading.current_thread().name}
    window.close()
    assert gc.isenabled(), "closing the window turns the automatic collector back on"


def test_two_collectors_keep_it_off_until_the_last_stops(qapp):
    was = gc.isenabled()
    a, b = GuiThreadCollector(), GuiThreadCollector()
    try:
        a.start()
        b.start()
        a.stop()
        assert not gc.isenabled()
        b.stop()
        assert gc.isenabled()
    finally:
        a.stop()
        b.stop()
        if not was:
            gc.disable()
