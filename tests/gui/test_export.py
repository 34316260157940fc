"""File ▸ Export in a real main window: panel and plot PNGs, the GIF recording, the CSV, failures, shortcuts."""

from __future__ import annotations

import csv
import errno
import importlib.util
import os

import numpy as np
import pytest
import pyqtgraph as pg
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QImage, QKeySequence
from PySide6.QtWidgets import QWidget

from simulator.core import atomic
from simulator.gui import export
from simulator.gui.export_recording import rgb_array
from simulator.gui.plot_finder import plain_text
from simulator.gui.widgets.plots import PlotStrip
from simulator.registry import find

#: The GIF encoder's library (a run-time dependency; an environment without it still runs the rest).
needs_pillow = pytest.mark.skipif(importlib.util.find_spec("PIL") is None, reason="Pillow is not installed")

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
KEYS = ["hopfield", "boltzmann"]
#: What keeps each panel moving for the whole recording (Hopfield recall settles in a moment).
KEEP_MOVING = {
    "hopfield": lambda panel: panel.loop_check.setChecked(True),
    "boltzmann": lambda panel: None,  # annealing lasts its 100 sweeps, longer than a recording
}


@pytest.fixture
def out(tmp_path):
    """An empty folder for the exported files (tmp_path also holds the test's settings)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def open_window(qtbot, main_windows):
    """Open a main window showing model ``key``; every window is closed after the test."""

    def open_(key: str, *others: str):
        window = main_windows([find(k) for k in (key, *others)], compile_first=True)
        panel = window.select_model(key)
        qtbot.waitUntil(lambda: panel.runner is not None and panel.last_snapshot is not None
                        and getattr(panel, "ready", True), timeout=30_000)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        return window, panel

    yield open_
    for window in main_windows.windows:
        window.close()
        assert not window.exporter.busy


def answer_path(monkeypatch, window, path) -> list[tuple[str, str]]:
    """Make the save dialog answer ``path``; returns the (caption, suggested name) it was asked with."""
    asked = []

    def ask(caption, suggested, _filter):
        asked.append((caption, suggested))
        return os.fspath(path)

    monkeypatch.setattr(window.exporter, "ask_save_path", ask)
    return asked


def run_for(window, panel, qtbot, ms: int) -> None:
    """Run for ``ms`` milliseconds, then pause and wait until the panel shows the paused state."""
    if not panel.running:
        window.run_pause()
    qtbot.waitUntil(lambda: panel.running, timeout=10_000)
    qtbot.wait(ms)
    window.run_pause()
    qtbot.waitUntil(lambda: not panel.running, timeout=10_000)
    qtbot.wait(100)


def distinct_colours(image: QImage) -> int:
    rgb = rgb_array(image)
    return len(np.unique(rgb.reshape(-1, 3), axis=0))


# ------------------------------------------------------------------ PNG
@pytest.mark.parametrize("key", KEYS)
def test_ctrl_e_saves_the_panel_at_twice_its_size(qtbot, monkeypatch, out, open_window, key):
    window, panel = open_window(key)
    path = out / "panel.png"
    asked = answer_path(monkeypatch, window, path)
    qtbot.keyClick(window, Qt.Key.Key_E, CTRL)
    assert asked and asked[0][1].startswith(f"{key}-panel-") and asked[0][1].endswith(".png")
    image = QImage(str(path))
    assert not image.isNull(), "the PNG does not load"
    assert (image.width(), image.height()) == (2 * panel.width(), 2 * panel.height())
    assert distinct_colours(image) > 20, "the panel PNG is blank"
    assert "Saved the" in window.statusBar().currentMessage()
    assert QSettings().value(export.FOLDER_KEY) == str(out), "the folder is remembered"


@pytest.mark.parametrize("key", KEYS)
def test_ctrl_shift_e_saves_the_chosen_plot_smaller_than_the_panel(qtbot, monkeypatch, out, open_window, key):
    window, panel = open_window(key)
    run_for(window, panel, qtbot, 400)
    plots = window.exporter.plots()
    names = [p.name for p in plots]
    assert len(names) == len(set(names)) >= 2, names
    titles = {plain_text(s.plot_item.titleLabel.text) for s in panel.findChildren(PlotStrip) if s.isVisible()}
    assert titles and titles <= set(names), "every visible strip is offered by its title"
    offered = []

    def choose(found, _caption):
        offered.extend(p.name for p in found)
        return next(p for p in found if p.item is not None)

    monkeypatch.setattr(window.exporter, "ask_plot", choose)
    path = out / "plot.png"
    answer_path(monkeypatch, window, path)
    qtbot.keyClick(window, Qt.Key.Key_E, CTRL_SHIFT)
    assert offered == names
    chosen = next(p for p in plots if p.item is not None)
    image = QImage(str(path))
    assert not image.isNull()
    rect = chosen.rect()
    assert (image.width(), image.height()) == (2 * rect.width(), 2 * rect.height())
    assert image.width() < 2 * panel.width() and image.height() < 2 * panel.height()
    assert distinct_colours(image) > 5, "the plot PNG is blank"
    # Also by name, through the public method.
    second = out / "second.png"
    assert window.exporter.export_plot_png(names[-1], second)
    assert QImage(str(second)).width() == 2 * plots[-1].rect().width()
    assert not window.exporter.export_plot_png("no such plot", out / "none.png")
    assert "no plot called" in window.statusBar().currentMessage() and not (out / "none.png").exists()


# ------------------------------------------------------------------ CSV
def expected_series(panel) -> list[tuple[str, np.ndarray, np.ndarray]]:
    """(plot title, x, y) of every visible curve and bar chart, read from the strips and bar items themselves."""
    out = []
    for strip in panel.findChildren(PlotStrip):
        if not strip.plot_widget.isVisible():
            continue
        title = plain_text(strip.plot_item.titleLabel.text)
        for k in range(len(strip.curves)):
            if strip.is_shown(k):
                x, y = strip.series(k)
                if len(x) == len(y) + 1:
                    x = (x[:-1] + x[1:]) / 2
                out.append((title, np.asarray(x, float), np.asarray(y, float)))
        for item in strip.plot_item.items:
            if isinstance(item, pg.BarGraphItem) and item.isVisible():
                o = item.opts
                x = o["x"] if o.get("x") is not None else (np.asarray(o["x0"]) + np.asarray(o["x1"])) / 2
                out.append((title, np.asarray(x, float), np.asarray(o["height"], float)))
    return out


@pytest.mark.parametrize("key", KEYS)
def test_ctrl_shift_c_saves_every_plotted_series_exactly(qtbot, monkeypatch, out, open_window, key):
    window, panel = open_window(key)
    run_for(window, panel, qtbot, 800)
    path = out / "data.csv"
    answer_path(monkeypatch, window, path)
    qtbot.keyClick(window, Qt.Key.Key_C, CTRL_SHIFT)
    expected = expected_series(panel)
    with open(path, newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["plot", "series", "x", "y"]
    table: dict[tuple[str, str], tuple[list[float], list[float]]] = {}
    for plot, series, x, y in rows[1:]:
        xs, ys = table.setdefault((plot, series), ([], []))
        xs.append(float(x))
        ys.append(float(y))
    assert max(len(xs) for xs, _ in table.values()) > 1, "the run plotted more than one point"
    assert len(expected) >= 3
    for title, x, y in expected:
        candidates = [v for (plot, _), v in table.items() if plot == title]
        assert any(np.array_equal(np.array(xs), x) and np.array_equal(np.array(ys), y, equal_nan=True)
                   for xs, ys in candidates), f"a series of “{title}” is missing or rounded"


# ------------------------------------------------------------------ GIF
def gif_frames(path) -> list[np.ndarray]:
    from PIL import Image

    with Image.open(path) as gif:
        assert gif.format == "GIF"
        frames = []
        for k in range(gif.n_frames):
            gif.seek(k)
            frames.append(np.asarray(gif.convert("RGB")))
        return frames


def gif_seconds(path) -> float:
    from PIL import Image

    with Image.open(path) as gif:
        total = 0
        for k in range(gif.n_frames):
            gif.seek(k)
            total += gif.info["duration"]
        return total / 1000


@needs_pillow
@pytest.mark.parametrize("key", KEYS)
def test_ctrl_shift_g_records_the_running_panel_as_a_gif(qtbot, monkeypatch, out, open_window, key):
    window, panel = open_window(key)
    KEEP_MOVING[key](panel)
    assert not panel.running
    monkeypatch.setattr(window.exporter, "ask_recording", lambda plots: (2.0, 10, None))
    path = out / "run.gif"
    answer_path(monkeypatch, window, path)
    qtbot.keyClick(window, Qt.Key.Key_G, CTRL_SHIFT)
    assert window.exporter.busy
    assert "has been started" in window.statusBar().currentMessage()
    assert window.exporter.status_widget.isVisible()
    qtbot.waitUntil(lambda: panel.running, timeout=5_000)
    qtbot.waitUntil(lambda: not window.exporter.busy, timeout=60_000)
    assert "Saved" in window.statusBar().currentMessage(), window.statusBar().currentMessage()
    frames = gif_frames(path)
    # 2 s at 10 frames/s; a busy machine captures fewer (the timing stays right: the GIF
    # still lasts the 2 s recorded).
    assert 5 <= len(frames) <= 21, len(frames)
    assert 1.5 <= gif_seconds(path) <= 2.6, gif_seconds(path)
    assert frames[0].shape == (panel.height(), panel.width(), 3)
    changed = [not np.array_equal(a, b) for a, b in zip(frames, frames[1:])]
    assert sum(changed) >= len(changed) * 0.8, "the frames show the run moving"
    assert not np.array_equal(frames[0], frames[-1])
    assert not window.exporter.status_widget.isVisible()


@needs_pillow
def test_recording_one_plot_and_cancelling_with_escape(qtbot, out, open_window):
    window, panel = open_window("hopfield")
    KEEP_MOVING["hopfield"](panel)
    plot = next(p for p in window.exporter.plots() if p.item is not None)
    path = out / "plot.gif"
    assert window.exporter.start_recording(path, 1.0, 10, plot.name)
    qtbot.waitUntil(lambda: not window.exporter.busy, timeout=60_000)
    frames = gif_frames(path)
    assert frames[0].shape == (plot.rect().height(), plot.rect().width(), 3)
    assert 6 <= len(frames) <= 11
    # A long recording cancelled with Esc writes nothing and leaves the earlier file.
    before = path.read_bytes()
    assert window.exporter.start_recording(path, 30.0, 10)
    qtbot.wait(300)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.exporter.busy
    assert "cancelled" in window.statusBar().currentMessage()
    assert path.read_bytes() == before
    assert not window.exporter.cancel_action.isEnabled() and window.exporter.recording_action.isEnabled()
    assert sorted(os.listdir(out)) == ["plot.gif"], "no temporary file is left"


def test_a_recording_too_big_for_memory_is_refused(qtbot, out, open_window):
    window, panel = open_window("hopfield")
    window.exporter.status_widget.setVisible(False)
    assert not window.exporter.start_recording(out / "big.gif", 60.0, 15)
    assert "would need" in window.statusBar().currentMessage()
    assert not window.exporter.busy and not panel.running and not (out / "big.gif").exists()


# ------------------------------------------------------------------ failures
def disk_full(_fd):
    raise OSError(errno.ENOSPC, "No space left on device")


@pytest.mark.parametrize("key", KEYS)
def test_a_failed_write_says_why_and_leaves_the_old_file(qtbot, monkeypatch, out, open_window, key):
    window, panel = open_window(key)
    run_for(window, panel, qtbot, 300)
    exporter = window.exporter
    for name, save in [("a.png", exporter.export_panel_png), ("a.csv", exporter.export_csv),
                       ("b.png", lambda p: exporter.export_plot_png(exporter.plots()[0], p))]:
        path = out / name
        path.write_bytes(b"the previous file")
        with monkeypatch.context() as patch:
            patch.setattr(atomic.os, "fsync", disk_full)
            assert not save(path)
        message = window.statusBar().currentMessage()
        assert "Could not save" in message and "no space left on device" in message
        assert path.read_bytes() == b"the previous file"
        missing = out / "no such folder" / name
        assert not save(missing)
        assert "no such file or directory" in window.statusBar().currentMessage()
    assert sorted(os.listdir(out)) == ["a.csv", "a.png", "b.png"], "no temporary file is left"


@needs_pillow
def test_a_failed_gif_write_says_why_and_leaves_the_old_file(qtbot, monkeypatch, out, open_window):
    window, _panel = open_window("hopfield")
    exporter = window.exporter
    # Encoded in the background: the failure is said when the job ends.
    gif = out / "a.gif"
    gif.write_bytes(b"the previous file")
    monkeypatch.setattr(atomic.os, "fsync", disk_full)
    assert exporter.start_recording(gif, 0.5, 10)
    qtbot.waitUntil(lambda: not exporter.busy, timeout=60_000)
    assert "no space left" in window.statusBar().currentMessage().lower()
    assert gif.read_bytes() == b"the previous file" and os.listdir(out) == ["a.gif"]
    assert not exporter.start_recording(out / "no such folder" / "a.gif", 1.0, 10)
    assert "does not exist" in window.statusBar().currentMessage()


def test_without_pillow_a_recording_is_refused_with_a_sentence(qtbot, monkeypatch, out, open_window):
    window, panel = open_window("hopfield")
    monkeypatch.setattr(export, "_pillow_missing", lambda: True)
    assert not window.exporter.start_recording(out / "a.gif", 1.0, 10)
    assert "Pillow" in window.statusBar().currentMessage()
    assert not window.exporter.busy and not panel.running and os.listdir(out) == []


# ------------------------------------------------------------------ menu
def test_the_export_menu_has_its_shortcuts_tooltips_and_no_clash(qtbot, open_window):
    window, _panel = open_window("hopfield")
    exporter = window.exporter
    file_menu = window.menuBar().actions()[0].menu()
    assert exporter.submenu.menuAction() in file_menu.actions()
    wanted = {
        exporter.panel_png_action: "Ctrl+E", exporter.plot_png_action: "Ctrl+Shift+E",
        exporter.recording_action: "Ctrl+Shift+G", exporter.csv_action: "Ctrl+Shift+C",
        exporter.cancel_action: "Esc",
    }
    for action, keys in wanted.items():
        assert action.shortcut() == QKeySequence(keys)
        assert action.toolTip() and action in window.actions()
    # Leaving presentation mode shares Esc with cancelling a recording: it is disabled while
    # the recording's Esc is enabled (tested below), so the two never clash.
    leave = window.presentation.leave_action
    shortcuts = [s.toString() for a in window.findChildren(QAction) if a is not leave
                 for s in a.shortcuts() if not s.isEmpty()]
    assert len(shortcuts) == len(set(shortcuts)), f"clashing shortcuts: {sorted(shortcuts)}"


@needs_pillow
def test_esc_cancels_a_recording_made_in_presentation_mode_then_leaves_it(qtbot, monkeypatch, out, open_window):
    window, panel = open_window("hopfield")
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.presentation.active
    monkeypatch.setattr(window.exporter, "ask_recording", lambda plots: (30.0, 10, None))
    answer_path(monkeypatch, window, out / "run.gif")
    qtbot.keyClick(window, Qt.Key.Key_G, CTRL_SHIFT)
    assert window.exporter.busy and not window.presentation.leave_action.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.exporter.busy, timeout=10_000)
    assert window.presentation.active, "the first Esc cancels the recording only"
    assert not (out / "run.gif").exists()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.presentation.active


def test_the_save_dialog_starts_in_the_last_folder(qtbot, monkeypatch, out, open_window):
    window, _panel = open_window("hopfield")
    starts = []

    def dialog(_parent, _caption, start, _filter):
        starts.append(start)
        return str(out / "picked"), ""

    monkeypatch.setattr(export.QFileDialog, "getSaveFileName", staticmethod(dialog))
    window.exporter.panel_png_action.trigger()
    assert (out / "picked.png").exists(), "the suffix is added"
    window.exporter.csv_action.trigger()
    assert os.path.dirname(starts[1]) == str(out)
    assert os.path.basename(starts[1]).startswith("hopfield-data-")


@needs_pillow
def test_resizing_the_window_while_recording_keeps_the_first_frame_size(qtbot, out, open_window):
    window, panel = open_window("hopfield")
    KEEP_MOVING["hopfield"](panel)
    first = (panel.height(), panel.width(), 3)
    path = out / "resized.gif"
    assert window.exporter.start_recording(path, 1.5, 10)
    qtbot.wait(500)
    window.resize(1100, 760)
    qtbot.waitUntil(lambda: panel.height() != first[0], timeout=5_000)
    qtbot.waitUntil(lambda: not window.exporter.busy, timeout=60_000)
    frames = gif_frames(path)
    assert len(frames) >= 8 and {f.shape for f in frames} == {first}


def test_the_q_learning_grid_world_is_offered_and_saved_as_a_plot(qtbot, monkeypatch, out, open_window):
    window, _panel = open_window("qlearning")
    plots = window.exporter.plots()
    assert "Grid world" in [p.name for p in plots]
    monkeypatch.setattr(window.exporter, "ask_plot", lambda found, _caption: found[0])
    answer_path(monkeypatch, window, out / "world")
    qtbot.keyClick(window, Qt.Key.Key_E, CTRL_SHIFT)
    image = QImage(str(out / "world.png"))
    world = next(p for p in plots if p.name == "Grid world")
    assert isinstance(world.view, QWidget) and world.view.window() is window
    assert (image.width(), image.height()) == (2 * world.view.width(), 2 * world.view.height())
    assert distinct_colours(image) > 20


@needs_pillow
def test_showing_another_model_ends_the_recording_early_and_saves_it(qtbot, out, open_window):
    window, panel = open_window("hopfield", "qlearning")
    KEEP_MOVING["hopfield"](panel)
    path = out / "early.gif"
    assert window.exporter.start_recording(path, 20.0, 10)
    qtbot.wait(700)
    window.select_model("qlearning")
    qtbot.waitUntil(lambda: not window.exporter.busy, timeout=60_000)
    message = window.statusBar().currentMessage()
    assert "stopped early" in message and "Saved" in message, message
    assert 2 <= len(gif_frames(path)) < 20


@needs_pillow
def test_closing_the_window_while_recording_stops_everything(qtbot, out, open_window):
    import threading

    window, panel = open_window("hopfield")
    KEEP_MOVING["hopfield"](panel)
    path = out / "closed.gif"
    assert window.exporter.start_recording(path, 20.0, 10)
    qtbot.wait(300)
    window.close()
    assert not window.exporter.busy and not path.exists()
    assert not [t for t in threading.enumerate() if t.name == "gif-encoder" and t.is_alive()]
