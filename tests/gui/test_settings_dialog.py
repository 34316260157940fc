"""The Settings dialog: theme, speed at start and presentation options, applied at once and read back by a new window."""

from __future__ import annotations

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from simulator.gui.appearance import DARK, LAST_USED_SPEED, AppearanceSettings, resolve_theme
from simulator.gui.run_bar import DEFAULT_SPEED, FLAT_OUT, SPEEDS

try:
    from .presentation_helpers import back_to_light, plot_toy_models
except ImportError:
    from presentation_helpers import back_to_light, plot_toy_models


@pytest.fixture
def make_window(main_windows):
    yield lambda: main_windows(plot_toy_models(), size=(1280, 720))
    for window in main_windows.windows:
        window.close()
    back_to_light()


def open_settings(qtbot, window):
    qtbot.keyClick(window.current_panel.canvas, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = window.presentation.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def click(qtbot, dialog, which) -> None:
    qtbot.mouseClick(dialog.buttons.button(which), Qt.MouseButton.LeftButton)


def window_colour() -> str:
    return QApplication.instance().palette().color(QPalette.ColorRole.Window).name()


def test_settings_opens_with_ctrl_comma_from_the_file_menu_as_preferences(qtbot, make_window):
    window = make_window()
    action = window.presentation.settings_action
    file_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&File")
    assert action in file_menu.actions()
    assert action.menuRole() == action.MenuRole.PreferencesRole
    dialog = open_settings(qtbot, window)
    assert dialog.theme_box.currentData() == "light"
    assert dialog.speed_box.currentData() == LAST_USED_SPEED
    for widget in (dialog.theme_box, dialog.speed_box, dialog.font_scale_box, dialog.line_scale_box,
                   dialog.hide_advanced_box, dialog.high_contrast_box, dialog.full_screen_box):
        assert widget.toolTip()
    click(qtbot, dialog, QDialogButtonBox.StandardButton.Cancel)
    assert not dialog.isVisible()


def test_apply_changes_the_theme_and_speed_at_once_and_a_new_window_reads_them_back(qtbot, make_window):
    window = make_window()
    panel = window.current_panel
    light = window_colour()
    dialog = open_settings(qtbot, window)
    choose(dialog.theme_box, "dark")
    choose(dialog.speed_box, SPEEDS.index(10.0))
    dialog.font_scale_box.setValue(2.0)
    dialog.line_scale_box.setValue(3.0)
    dialog.full_screen_box.setChecked(False)
    dialog.high_contrast_box.setChecked(False)
    click(qtbot, dialog, QDialogButtonBox.StandardButton.Apply)
    assert dialog.isVisible() and dialog.message_label.text() == ""
    assert window_colour() == DARK.window.lower() != light
    assert panel.plot.backgroundBrush().color().name() == DARK.plot_background.lower()
    axis = panel.plot.getPlotItem().getAxis("left")
    assert axis.textPen().color().name() == DARK.plot_foreground.lower()
    assert pg.mkPen(panel.curve.opts["pen"]).color().name() == "#0072b2", "data colours stay"
    assert window.run_bar.rate() == 10.0
    click(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)
    assert not dialog.isVisible()

    stored = AppearanceSettings.load()
    assert stored == AppearanceSettings(theme="dark", default_speed=SPEEDS.index(10.0), font_scale=2.0,
                                        line_scale=3.0, hide_advanced=True, high_contrast=False, full_screen=False)
    window.run_bar.set_speed_index(FLAT_OUT)  # the last speed used, saved on closing
    window.close()
    assert QSettings().value("run/speed") is not None

    again = make_window()
    assert again.presentation.settings == stored
    assert again.run_bar.rate() == 10.0, "a chosen speed at start wins over the last one used"
    assert window_colour() == DARK.window.lower()
    # Presentation mode follows the stored options: twice the font, three times the line width, no full screen.
    font = QApplication.instance().font().pointSizeF()
    qtbot.keyClick(again.current_panel.canvas, Qt.Key.Key_F5)
    assert QApplication.instance().font().pointSizeF() == pytest.approx(2.0 * font)
    assert pg.mkPen(again.current_panel.curve.opts["pen"]).widthF() == pytest.approx(7.5)
    assert not again.isFullScreen()
    assert window_colour() == DARK.window.lower(), "no high contrast: the dark theme stays"
    qtbot.keyClick(again.current_panel.canvas, Qt.Key.Key_F5)
    assert pg.mkPen(again.current_panel.curve.opts["pen"]).widthF() == pytest.approx(2.5)


def test_last_speed_used_is_kept_when_no_speed_at_start_is_chosen(qtbot, make_window):
    window = make_window()
    assert window.run_bar.speed_slider.value() == DEFAULT_SPEED
    window.run_bar.set_speed_index(3)
    window.close()
    again = make_window()
    assert again.run_bar.speed_slider.value() == 3


def test_back_to_light_restores_the_plots_exactly(qtbot, make_window):
    window = make_window()
    panel = window.current_panel
    background = panel.plot.backgroundBrush().color().name()
    text = panel.plot.getPlotItem().getAxis("left").textPen().color().name()
    palette = window_colour()
    dialog = open_settings(qtbot, window)
    choose(dialog.theme_box, "dark")
    click(qtbot, dialog, QDialogButtonBox.StandardButton.Apply)
    assert panel.plot.backgroundBrush().color().name() != background
    choose(dialog.theme_box, "light")
    click(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)
    assert panel.plot.backgroundBrush().color().name() == background
    assert panel.plot.getPlotItem().getAxis("left").textPen().color().name() == text
    assert window_colour() == palette
    assert window.presentation.restyler.styled_count == 0
    assert not window.presentation._timer.isActive(), "nothing to restyle in the light theme"


def test_a_panel_built_in_the_dark_theme_looks_like_one_built_in_light_then_restyled(qtbot, make_window):
    window = make_window()
    first = window.current_panel
    light_window = first.palette_view.backgroundBrush().color().name()
    window.presentation.apply_settings(AppearanceSettings(theme="dark"))
    assert first.palette_view.backgroundBrush().color().name() == DARK.window.lower()
    assert first.canvas.backgroundBrush().color().name() == "#000000", "a black view stays black"
    second = window.select_model("toy2")
    qtbot.waitUntil(lambda: second.palette_view.backgroundBrush().color().name() == DARK.window.lower())
    window.presentation.apply_settings(AppearanceSettings(theme="light"))
    assert second.palette_view.backgroundBrush().color().name() == light_window
    assert second.plot.backgroundBrush().color().name() == "#ffffff"


def test_cancel_applies_nothing(qtbot, make_window):
    window = make_window()
    dialog = open_settings(qtbot, window)
    choose(dialog.theme_box, "dark")
    dialog.font_scale_box.setValue(3.0)
    click(qtbot, dialog, QDialogButtonBox.StandardButton.Cancel)
    assert window.presentation.settings == AppearanceSettings()
    assert AppearanceSettings.load() == AppearanceSettings()
    assert window_colour() != DARK.window.lower()


def test_out_of_range_settings_are_refused_with_a_sentence_and_change_nothing(qtbot, make_window):
    window = make_window()
    with pytest.raises(ValueError, match="font scale must be between 1 and 3"):
        window.presentation.apply_settings(AppearanceSettings(font_scale=9.0))
    with pytest.raises(ValueError, match="theme must be light, dark or system"):
        window.presentation.apply_settings(AppearanceSettings(theme="purple"))
    assert window.presentation.settings == AppearanceSettings()
    assert QSettings().value("presentation/font_scale") is None


def test_a_hand_edited_settings_file_falls_back_to_defaults(qtbot):
    settings = QSettings()
    settings.setValue("presentation/font_scale", "huge")
    settings.setValue("presentation/line_scale", 40)
    settings.setValue("appearance/theme", "neon")
    settings.setValue("run/default_speed", 999)
    settings.setValue("presentation/full_screen", "false")
    loaded = AppearanceSettings.load(settings)
    assert loaded == AppearanceSettings(full_screen=False)


def test_follow_the_system_uses_the_desktop_colour_scheme(qapp, monkeypatch):
    from simulator.gui import appearance

    monkeypatch.setattr(appearance, "system_is_dark", lambda app=None: True)
    assert resolve_theme("system") is DARK
    monkeypatch.setattr(appearance, "system_is_dark", lambda app=None: False)
    assert resolve_theme("system").name == "light"


def test_follow_the_system_follows_a_change_of_the_desktop_scheme(qtbot, make_window, monkeypatch):
    from simulator.gui import appearance

    window = make_window()
    window.presentation.apply_settings(AppearanceSettings(theme="system"))
    light = window_colour()
    monkeypatch.setattr(appearance, "system_is_dark", lambda app=None: True)
    window.presentation._on_color_scheme_changed(Qt.ColorScheme.Dark)
    assert window_colour() == DARK.window.lower() != light


def test_the_language_is_chosen_in_settings_and_kept_for_the_next_start(qtbot, make_window):
    from PySide6.QtCore import QSettings

    from simulator.gui import i18n

    window = make_window()
    dialog = open_settings(qtbot, window)
    assert dialog.language_box.currentData() == i18n.SYSTEM, "the system's language until one is chosen"
    choose(dialog.language_box, "zh_CN")
    click(qtbot, dialog, QDialogButtonBox.StandardButton.Apply)
    assert QSettings().value(i18n.LANGUAGE_KEY) == "zh_CN"
    assert "started next" in dialog.message_label.text()
    click(qtbot, dialog, QDialogButtonBox.StandardButton.Cancel)
    dialog = open_settings(qtbot, window)
    assert dialog.language_box.currentData() == "zh_CN"
    click(qtbot, dialog, QDialogButtonBox.StandardButton.Cancel)
