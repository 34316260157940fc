"""Presentation mode (F5): bigger fonts, thicker lines, advanced controls hidden, high contrast; F5 again restores all."""

from __future__ import annotations

import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QWidget

from simulator.gui.main_window import MainWindow
from simulator.gui.presentation import RESTYLE_INTERVAL_MS
from simulator.gui.run_bar import SPEEDS
from simulator.registry import MODELS

try:
    from .presentation_helpers import back_to_light, differences, look, pens_of, plot_toy_models, steps
except ImportError:
    from presentation_helpers import back_to_light, differences, look, pens_of, plot_toy_models, steps


@pytest.fixture
def make_window(main_windows):
    yield lambda models=None: main_windows(plot_toy_models() if models is None else models, size=(1280, 720))
    for window in main_windows.windows:
        window.close()
    back_to_light()


def same_look(before: dict, window: MainWindow) -> None:
    # Font changes reach the widgets through posted events, hence waited for.
    assert differences(before, look(window)) == []


def window_colour() -> str:
    return QApplication.instance().palette().color(QPalette.ColorRole.Window).name()


def test_f5_presents_and_f5_again_restores_everything_while_the_simulation_runs(qtbot, make_window):
    window = make_window()
    panel = window.current_panel
    panel.canvas.setFocus()
    window.run_bar.set_speed_index(SPEEDS.index(100.0))
    qtbot.keyClick(panel.canvas, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: panel.running and steps(panel) > 0)
    before = look(window)
    font_before = QApplication.instance().font().pointSizeF()
    palette_before = window_colour()
    assert not panel.fine_spin.isHidden() and panel.rare_label.isHidden()

    qtbot.keyClick(panel.canvas, Qt.Key.Key_F5)
    assert window.presentation.active and window.presentation.action.isChecked()
    assert QApplication.instance().font().pointSizeF() == pytest.approx(font_before * 1.5)
    assert pg.mkPen(panel.curve.opts["pen"]).widthF() == pytest.approx(2.5 * 2.0)
    assert panel.level.pen.widthF() == pytest.approx(2.0)
    axis = panel.plot.getPlotItem().getAxis("bottom")
    assert axis.style["tickFont"].pointSizeF() == pytest.approx(15.0)
    assert axis.labelStyle["font-size"] == "16.5pt"
    assert axis.grid >= int(0.4 * 255), "high contrast: stronger grid lines"
    assert panel.plot.getPlotItem().titleLabel.opts["size"] == "18pt"
    assert panel.fine_spin.isHidden() and panel.fine_caption.isHidden(), "advanced control and its caption hidden"
    assert window.menuBar().isHidden() and window.navigator_dock.isHidden()
    assert window.isFullScreen()
    assert window_colour() == "#ffffff" != palette_before, "high-contrast palette: black on white"
    assert QApplication.instance().palette().color(QPalette.ColorRole.WindowText).name() == "#000000"
    seen = steps(panel)
    qtbot.waitUntil(lambda: steps(panel) > seen + 5, timeout=5000)

    # The menu bar is hidden: F5 still works (the action is on the window).
    qtbot.keyClick(panel.canvas, Qt.Key.Key_F5)
    assert not window.presentation.active and not window.presentation.action.isChecked()
    qtbot.waitUntil(lambda: not window.isFullScreen())
    qtbot.waitUntil(lambda: same_look(before, window), timeout=3000)
    assert panel.rare_label.isHidden(), "a widget hidden for its own reasons stays hidden"
    assert panel.running, "the simulation keeps running"
    seen = steps(panel)
    qtbot.waitUntil(lambda: steps(panel) > seen + 5, timeout=5000)
    assert panel.engine.seeds == [], "presentation mode must not reset the simulation"


def test_view_menu_action_toggles_and_a_panel_opened_meanwhile_is_presented_then_restored(qtbot, make_window):
    window = make_window()
    first = window.current_panel
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    assert window.presentation.action in view_menu.actions()
    window.presentation.action.trigger()
    assert window.presentation.active
    second = window.select_model("toy2")
    assert second is not first
    qtbot.waitUntil(lambda: second.fine_spin.isHidden())
    assert pg.mkPen(second.curve.opts["pen"]).widthF() == pytest.approx(5.0)
    assert second.big_label.font().pointSizeF() == pytest.approx(first.big_label.font().pointSizeF())
    window.presentation.action.trigger()
    assert second.big_label.font().pointSizeF() == pytest.approx(first.big_label.font().pointSizeF()), \
        "a panel built in presentation mode is measured in the normal font"
    assert not second.fine_spin.isHidden() and second.rare_label.isHidden()
    assert pg.mkPen(second.curve.opts["pen"]).widthF() == pytest.approx(2.5)
    assert not window.menuBar().isHidden() and not window.navigator_dock.isHidden()


def test_escape_leaves_presentation_mode_and_does_nothing_outside_it(qtbot, make_window):
    window = make_window()
    panel = window.current_panel
    qtbot.keyClick(panel.canvas, Qt.Key.Key_Escape)
    assert not window.presentation.active
    qtbot.keyClick(panel.canvas, Qt.Key.Key_F5)
    assert window.presentation.active
    qtbot.keyClick(panel.canvas, Qt.Key.Key_Escape)
    assert not window.presentation.active and not window.presentation.action.isChecked()
    assert not window.menuBar().isHidden()


def test_a_pen_the_panel_sets_during_presentation_is_scaled_and_kept_on_leaving(qtbot, make_window):
    window = make_window()
    panel = window.current_panel
    qtbot.keyClick(panel.canvas, Qt.Key.Key_F5)
    panel.curve.setPen(pg.mkPen("#D55E00", width=1.0))  # e.g. a panel recolouring a curve
    qtbot.wait(RESTYLE_INTERVAL_MS + 300)
    assert pg.mkPen(panel.curve.opts["pen"]).widthF() == pytest.approx(2.0)
    qtbot.keyClick(panel.canvas, Qt.Key.Key_F5)
    pen = pg.mkPen(panel.curve.opts["pen"])
    assert (pen.color().name(), pen.widthF()) == ("#d55e00", 1.0)


def test_leaving_full_screen_with_f11_during_presentation_is_respected(qtbot, make_window):
    window = make_window()
    panel = window.current_panel
    window.showMaximized()
    qtbot.keyClick(panel.canvas, Qt.Key.Key_F5)
    assert window.isFullScreen()
    qtbot.keyClick(panel.canvas, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert window.windowState() & Qt.WindowState.WindowMaximized, "the previous window state comes back"


def test_closing_the_window_in_presentation_mode_restores_the_app_and_saves_the_normal_layout(qtbot, make_window):
    window = make_window()
    font = QApplication.instance().font().pointSizeF()
    qtbot.keyClick(window.current_panel.canvas, Qt.Key.Key_F5)
    window.close()
    assert QApplication.instance().font().pointSizeF() == font
    assert not window.presentation._timer.isActive()
    again = make_window()
    assert not again.navigator_dock.isHidden(), "the hidden navigator was not saved as the window state"


@pytest.mark.parametrize("key", [spec.key for spec in MODELS])
def test_every_panel_is_presented_and_restored_while_running(qtbot, make_window, key):
    spec = next(s for s in MODELS if s.key == key)
    spec.load_package().warmup()
    window = make_window(models=MODELS)
    panel = window.select_model(key)
    qtbot.waitUntil(lambda: panel.runner is not None and panel.last_snapshot is not None, timeout=30_000)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.run_bar.set_speed_index(SPEEDS.index(100.0))
    window.run_bar.run_action.trigger()
    qtbot.waitUntil(lambda: panel.running and steps(panel) > 0, timeout=20_000)
    # A window smaller than its panel's minimum would grow at the next layout, presentation mode or not.
    window.resize(window.size().expandedTo(window.minimumSizeHint()))
    advanced = [w for w in panel.findChildren(QWidget) if w.property("advanced")]
    assert advanced, f"the {key} panel marks no advanced controls"
    hidden_before = {id(w): w.isHidden() for w in advanced}
    widths_before = pens_of(window)
    assert widths_before, f"the {key} panel has no plot lines"
    font = QApplication.instance().font().pointSizeF()
    palette = window_colour()
    before = look(window)

    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F5)
    assert window.presentation.active
    assert QApplication.instance().font().pointSizeF() == pytest.approx(font * 1.5)
    assert window_colour() != palette
    assert all(w.isHidden() for w in advanced)
    assert sum(pens_of(window)) > 1.5 * sum(widths_before)
    seen = steps(panel)
    qtbot.waitUntil(lambda: steps(panel) > seen, timeout=10_000)
    at = steps(panel)

    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F5)
    assert not window.presentation.active
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert {id(w): w.isHidden() for w in advanced} == hidden_before
    assert window_colour() == palette
    qtbot.waitUntil(lambda: same_look(before, window), timeout=3000)
    qtbot.waitUntil(lambda: steps(panel) > at, timeout=10_000)
    assert panel.running


def test_without_hiding_the_navigator_stays_and_is_widened_for_its_larger_titles(qtbot, make_window):
    from dataclasses import replace

    window = make_window()
    presentation = window.presentation
    presentation.apply_settings(replace(presentation.settings, hide_advanced=False, full_screen=False))
    width = window.navigator.width()
    qtbot.keyClick(window.current_panel.canvas, Qt.Key.Key_F5)
    assert not window.navigator_dock.isHidden() and not window.menuBar().isHidden()
    assert not window.current_panel.fine_spin.isHidden()
    assert window.navigator.minimumWidth() == round(width * 1.5)
    qtbot.keyClick(window.current_panel.canvas, Qt.Key.Key_F5)
    assert window.navigator.minimumWidth() == window.navigator.maximumWidth() == width
