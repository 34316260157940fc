"""The main window with a toy panel: run bar shortcuts, speed, seed, status bar, warm-up, settings, About, closing."""

from __future__ import annotations

import platform
import re
import threading
import time

import numpy
import PySide6
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSlider,
    QAbstractSpinBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QScrollBar,
)

from simulator.gui.main_window import MainWindow
from simulator.gui.run_bar import FLAT_OUT, SPEEDS, format_rate

try:
    from .toy_panel import ToyPanel, toy_models
except ImportError:
    from toy_panel import ToyPanel, toy_models


@pytest.fixture
def make_window(main_windows):
    """Make main windows with the toy models; they are kept alive and closed after the test."""
    return lambda warm_up=None, show=True: main_windows(toy_models(), size=None, warm_up=warm_up, show=show)


@pytest.fixture
def window(make_window) -> MainWindow:
    return make_window()


@pytest.fixture
def panel(window) -> ToyPanel:
    panel = window.current_panel
    assert isinstance(panel, ToyPanel)
    panel.canvas.setFocus()
    return panel


def steps(panel) -> int:
    return panel.last_snapshot.steps if panel.last_snapshot is not None else -1


def test_panels_are_created_only_when_shown(qtbot, make_window):
    window = make_window(show=False)
    assert window.created_panels() == [] and window.current_panel is None
    nav = window.navigator
    assert [nav.item(i).text() for i in range(nav.count())] == ["Toy counter", "Second toy", "Broken"]
    assert nav.item(0).toolTip() == "Counts updates on a tiny grid."
    window.show()
    qtbot.waitUntil(lambda: window.is_ready)
    assert window.current_key == "toy"
    assert len(window.created_panels()) == 1
    assert window.windowTitle().startswith("Toy counter")


def test_space_on_the_canvas_toggles_run_and_pause(qtbot, window, panel):
    assert window.run_bar.run_action.text() == "Run"
    qtbot.keyClick(panel.canvas, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: panel.running and steps(panel) > 0)
    qtbot.waitUntil(lambda: window.run_bar.run_action.text() == "Pause")
    qtbot.keyClick(panel.canvas, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not panel.running)
    qtbot.waitUntil(lambda: window.run_bar.run_action.text() == "Run")


def test_s_and_right_step_once_each(qtbot, window, panel):
    qtbot.keyClick(panel.canvas, Qt.Key.Key_S)
    qtbot.waitUntil(lambda: steps(panel) == 1)
    qtbot.keyClick(panel.canvas, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: steps(panel) == 2)
    assert not panel.running
    assert panel.count_label.text() == "2"


def test_shortcut_keys_type_into_text_fields(qtbot, window, panel):
    panel.note.setFocus()
    qtbot.keyClicks(panel.note, "r s ")
    qtbot.keyClick(panel.note, Qt.Key.Key_Left)
    qtbot.keyClick(panel.note, Qt.Key.Key_Right)
    assert panel.note.text() == "r s "
    qtbot.wait(50)
    panel.refresh()
    assert steps(panel) == 0 and not panel.running
    assert panel.engine.seeds == [], "R typed into a text field must not reset"


def test_arrow_keys_on_the_focused_speed_slider_change_the_speed_not_the_step(qtbot, window, panel):
    slider = window.run_bar.speed_slider
    slider.setFocus()
    qtbot.waitUntil(slider.hasFocus)
    before = slider.value()
    qtbot.keyClick(slider, Qt.Key.Key_Left)
    assert slider.value() == before - 1
    qtbot.keyClick(slider, Qt.Key.Key_Right)
    assert slider.value() == before
    qtbot.wait(50)
    panel.refresh()
    assert steps(panel) == 0, "Right on the slider must move the slider, not step the network"


def test_r_resets_with_the_seed_from_the_field(qtbot, window, panel):
    window.run_bar.seed_box.setValue(1234)
    qtbot.keyClick(panel.canvas, Qt.Key.Key_S)
    qtbot.waitUntil(lambda: steps(panel) == 1)
    qtbot.keyClick(panel.canvas, Qt.Key.Key_R)
    qtbot.waitUntil(lambda: panel.engine.seeds == [1234])
    qtbot.waitUntil(lambda: steps(panel) == 0)


def test_new_seed_button_fills_the_field_and_resets_with_it(qtbot, window, panel):
    window.run_bar.seed_box.setValue(0)
    drawn = []
    for _ in range(3):
        qtbot.mouseClick(window.run_bar.new_seed_button, Qt.MouseButton.LeftButton)
        drawn.append(window.run_bar.seed())
    assert len(set(drawn)) > 1, "three fresh seeds should not all be equal"
    assert all(0 <= s < 2**31 for s in drawn)
    qtbot.waitUntil(lambda: panel.engine.seeds == drawn)  # each New seed resets with the fresh seed
    qtbot.keyClick(panel.canvas, Qt.Key.Key_R, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: len(panel.engine.seeds) == 4 and panel.engine.seeds[-1] == window.run_bar.seed())
    qtbot.mouseClick(window.run_bar.widgetForAction(window.run_bar.reset_action), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.engine.seeds[4:] == [window.run_bar.seed()])
    assert window.run_bar.new_seed_button.toolTip().endswith("(Shift+R)")


def test_speed_slider_sets_the_rate(qtbot, window, panel, monkeypatch):
    rates = []
    original = panel.set_rate
    monkeypatch.setattr(panel, "set_rate", lambda r: (rates.append(r), original(r)))
    slider = window.run_bar.speed_slider
    slider.setFocus()
    qtbot.keyClick(slider, Qt.Key.Key_Home)
    assert rates[-1] == 1.0 and window.run_bar.speed_label.text() == "1 /s"
    qtbot.keyClick(slider, Qt.Key.Key_Up)
    assert rates[-1] == 2.5 and window.run_bar.speed_label.text() == "2.5 /s"
    qtbot.keyClick(slider, Qt.Key.Key_End)
    assert rates[-1] is None and window.run_bar.speed_label.text() == "flat out"


def test_slow_speed_is_applied_to_the_engine(qtbot, window, panel):
    window.run_bar.set_speed_index(SPEEDS.index(10.0))
    t0 = time.perf_counter()
    window.run_pause()
    qtbot.waitUntil(lambda: steps(panel) >= 2)
    qtbot.wait(200)
    window.run_pause()
    qtbot.waitUntil(lambda: not panel.running)
    assert steps(panel) <= 1 + 10 * (time.perf_counter() - t0)
    assert set(panel.engine.step_sizes) == {1}, "at 10 /s every update is its own chunk"


def test_speed_labels():
    assert format_rate(None) == "flat out"
    assert format_rate(1.0) == "1 /s"
    assert format_rate(250.0) == "250 /s"
    assert format_rate(2500.0) == "2,500 /s"
    assert SPEEDS[0] == 1.0 and SPEEDS[-1] == 1e6 and FLAT_OUT == len(SPEEDS)
    assert all(b > a for a, b in zip(SPEEDS, SPEEDS[1:]))


def test_run_button_follows_an_auto_pause(qtbot, window, panel):
    panel.engine.settle_at = 1000
    qtbot.keyClick(panel.canvas, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: panel.last_snapshot is not None and panel.last_snapshot.settled and not panel.running)
    qtbot.waitUntil(lambda: window.run_bar.run_action.text() == "Run")
    assert steps(panel) >= 1000


def test_status_bar_shows_engine_and_display_rates(qtbot, window, panel):
    window.run_pause()
    qtbot.waitUntil(lambda: re.fullmatch(r"Engine: [\d,]+ updates/s", window.engine_label.text()) is not None)
    qtbot.waitUntil(lambda: re.fullmatch(r"Display: [1-9]\d* fps", window.fps_label.text()) is not None)
    window.run_pause()
    qtbot.waitUntil(lambda: window.engine_label.text() == "Engine: paused", timeout=5000)
    assert window.frames_drawn > 0


def test_engine_errors_and_panel_messages_reach_the_status_bar(qtbot, window, panel):
    panel.message.emit("Stored 3 patterns.")
    assert window.statusBar().currentMessage() == "Stored 3 patterns."
    panel.engine.fail_at = 10
    window.run_pause()
    qtbot.waitUntil(lambda: "the toy engine broke" in window.statusBar().currentMessage())
    assert not panel.running


def test_a_panel_that_fails_to_open_shows_why(qtbot, window):
    window.select_model("broken")
    assert window.current_panel is None
    page = window.stack.currentWidget()
    assert isinstance(page, QLabel) and "this panel cannot be built" in page.text()
    assert "could not be opened" in window.statusBar().currentMessage()
    assert not window.run_bar.run_action.isEnabled()
    qtbot.keyClick(window.navigator, Qt.Key.Key_Space)  # nothing to run: harmless
    window.select_model("toy")
    assert window.run_bar.run_action.isEnabled()
    with pytest.raises(ValueError, match="no model called 'nope'"):
        window.select_model("nope")


def test_switching_panels_pauses_the_hidden_one(qtbot, window, panel):
    window.run_pause()
    qtbot.waitUntil(lambda: panel.running)
    nav = window.navigator
    rect = nav.visualItemRect(nav.item(1))
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_key == "toy2"
    second = window.current_panel
    assert second is not panel and second.activations == 1
    qtbot.waitUntil(lambda: panel.refresh() and not panel.running)
    count = panel.engine.count
    qtbot.wait(30)
    assert panel.engine.count == count
    window.select_model("toy")
    assert window.current_panel is panel and len(window.created_panels()) == 2


def test_navigator_can_be_hidden_from_the_view_menu(qtbot, window):
    assert window.navigator_dock.isVisible()
    window.navigator_action.trigger()
    assert not window.navigator_dock.isVisible()
    window.navigator_action.trigger()
    assert window.navigator_dock.isVisible()


def test_settings_are_remembered_between_windows(make_window):
    first = make_window()
    first.resize(640, 480)  # inside the offscreen screen, so nothing gets clamped
    first.select_model("toy2")
    first.run_bar.set_seed(777)
    first.run_bar.set_speed_index(5)
    first.close()

    second = make_window()
    assert second.current_key == "toy2"
    assert second.run_bar.seed() == 777
    assert second.run_bar.speed_slider.value() == 5
    assert second.run_bar.rate() == SPEEDS[5]
    assert (second.width(), second.height()) == (640, 480)
    assert second.current_panel is not None


def test_about_dialog_lists_versions(qtbot, window):
    window.about_action.trigger()
    dialog = window.about_dialog
    qtbot.waitUntil(dialog.isVisible)
    table = dialog.table
    shown = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert shown["Python"] == platform.python_version()
    assert shown["PySide6"] == PySide6.__version__
    assert shown["numpy"] == numpy.__version__
    assert shown["Qt"] and shown["pyqtgraph"] and shown["numba"] and shown["Platform"]
    assert {"NN Simulator", "Qt", "pyqtgraph", "numba"} <= set(shown)
    dialog.copy_versions()
    assert f"numpy: {numpy.__version__}" in PySide6.QtWidgets.QApplication.clipboard().text()
    dialog.close()


def test_every_control_has_a_tooltip(window):
    kinds = (QAbstractButton, QAbstractSlider, QAbstractSpinBox, QLineEdit, QListWidget, QProgressBar)
    missing = []
    for kind in kinds:
        for widget in window.findChildren(kind):
            if widget.objectName().startswith("qt_") or window.current_panel.isAncestorOf(widget):
                continue
            if isinstance(widget, QScrollBar) or (
                isinstance(widget, QLineEdit) and isinstance(widget.parent(), QAbstractSpinBox)
            ):
                continue  # parts of a control, not controls
            if not widget.toolTip():
                missing.append(f"{type(widget).__name__} {widget.objectName()!r} {getattr(widget, 'text', str)()!r}")
    assert missing == []
    for action in (window.run_bar.run_action, window.run_bar.step_action, window.run_bar.reset_action):
        assert "(" in action.toolTip(), f"{action.text()} tooltip should name its shortcut"


def test_warm_up_progress_is_shown_and_then_hidden(qtbot, make_window):
    gate = threading.Event()

    def warm_up(ctx, **_):
        ctx.progress(0.5, "Compiling Toy kernels")
        gate.wait(10)
        ctx.progress(1.0, "Kernels ready")

    window = make_window(warm_up=warm_up, show=False)
    assert window.warm_up_job is None
    window.show()
    qtbot.waitUntil(lambda: window.warm_up_job is not None)
    bar = window.warm_up_bar
    qtbot.waitUntil(lambda: bar.value() == 50 and bar.isVisible())
    assert "Compiling Toy kernels" in bar.format()
    # No panel before its kernels are ready: it would compile them in the GUI thread.
    assert window.created_panels() == [] and not window.is_ready
    assert "Preparing the Toy counter" in window.stack.currentWidget().text()
    assert not window.run_bar.run_action.isEnabled()
    with qtbot.waitSignal(window.warm_up_finished) as finished:
        gate.set()
    assert finished.args == [""]
    assert not bar.isVisible()
    assert window.statusBar().currentMessage() == "Kernels ready"
    qtbot.waitUntil(lambda: window.is_ready)
    assert isinstance(window.current_panel, ToyPanel) and window.run_bar.run_action.isEnabled()


def test_the_shown_model_opens_as_soon_as_its_own_kernels_are_ready(qtbot, make_window):
    gate = threading.Event()
    asked_first = []

    def warm_up(ctx, first=None, ready=None, **_):
        asked_first.append(first)
        ready(first)  # the shown model is ready; the others take a while longer
        gate.wait(10)

    window = make_window(warm_up=warm_up, show=False)
    window.show()
    qtbot.waitUntil(lambda: isinstance(window.current_panel, ToyPanel), timeout=5000)
    assert asked_first == ["toy"] and window.warming_up
    gate.set()
    qtbot.waitUntil(lambda: not window.warming_up)


def test_warm_up_errors_are_shown(qtbot, make_window):
    def warm_up(ctx, **_):
        raise ValueError("No C compiler found.")

    window = make_window(warm_up=warm_up, show=False)
    with qtbot.waitSignal(window.warm_up_finished) as finished:
        window.show()
    assert finished.args == ["No C compiler found."]
    assert "No C compiler found." in window.statusBar().currentMessage()
    assert not window.warm_up_bar.isVisible()
    qtbot.waitUntil(lambda: window.is_ready)
    assert isinstance(window.current_panel, ToyPanel), "the panel opens all the same"


def test_closing_cancels_the_warm_up_without_waiting(qtbot, make_window):
    started = threading.Event()

    def warm_up(ctx, **_):
        started.set()
        while True:
            ctx.progress(0.1, "Compiling")
            time.sleep(0.005)

    window = make_window(warm_up=warm_up, show=False)
    window.show()
    qtbot.waitUntil(started.is_set)
    t0 = time.perf_counter()
    window.close()
    assert time.perf_counter() - t0 < 1.0
    assert window.warm_up_job.join(5)
    assert window.warm_up_job.cancelled
    assert window.created_panels() == []


def test_quit_shortcut_closes_the_window(qtbot, window, panel):
    window.run_pause()
    qtbot.waitUntil(lambda: panel.running)
    qtbot.keyClick(panel.canvas, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert not panel.runner.alive


def test_closing_during_a_run_is_fast_and_leaves_no_thread(qtbot, window, panel):
    window.select_model("toy2")
    second = window.current_panel
    window.run_pause()
    qtbot.waitUntil(lambda: second.running and steps(second) > 0)
    t0 = time.perf_counter()
    window.close()
    elapsed = time.perf_counter() - t0
    assert elapsed < 1.0
    assert not panel.runner.alive and not second.runner.alive
    assert not [t for t in threading.enumerate() if t.name.endswith("-runner")]
    assert not window._display_timer.isActive()


def test_app_is_configured_for_settings_fonts_and_projectors(qapp, tmp_path):
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QFontDatabase

    from simulator.gui import app as app_module

    assert qapp.organizationName() == app_module.ORGANIZATION
    assert qapp.applicationName() == app_module.APPLICATION
    # The test fixture points settings at this test's own directory.
    assert QSettings().fileName().startswith(str(tmp_path))
    assert app_module.BOLD_FONT_FAMILY in QFontDatabase.families()
    assert QFontDatabase.isBitmapScalable(app_module.BOLD_FONT_FAMILY) or QFontDatabase.isSmoothlyScalable(
        app_module.BOLD_FONT_FAMILY
    )
    assert app_module.configure_app(qapp) is qapp
    size = qapp.font().pointSizeF()
    app_module.configure_app(qapp)
    assert qapp.font().pointSizeF() == size, "configuring twice must not grow the font again"


def test_navigator_is_only_as_wide_as_its_titles(window):
    nav = window.navigator
    assert nav.width() >= nav.sizeHintForColumn(0)
    assert nav.width() <= nav.sizeHintForColumn(0) + 40


def test_a_first_start_runs_at_a_watchable_speed(make_window):
    from simulator.gui.run_bar import DEFAULT_SPEED, SPEEDS

    window = make_window()
    assert window.run_bar.speed_slider.value() == DEFAULT_SPEED
    assert window.run_bar.rate() == SPEEDS[DEFAULT_SPEED] == 500.0
