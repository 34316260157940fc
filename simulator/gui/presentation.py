"""Presentation mode (F5) and the app's theme: one mechanism for every panel, hooked into the main window."""

from __future__ import annotations

from contextlib import contextmanager
from typing import TYPE_CHECKING, Iterator

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from simulator.gui.appearance import (
    LAST_USED_SPEED,
    LIGHT,
    AppearanceSettings,
    Theme,
    apply_qt_theme,
    contrast_theme,
    resolve_theme,
)
from simulator.gui.i18n import tr
from simulator.gui.view_style import Restyler, ViewStyle, theme_colour_map
from simulator.gui.widgets import colors

if TYPE_CHECKING:
    from simulator.gui.main_window import MainWindow

#: How often the panel on screen is restyled while a style is in force: items a panel
#: creates or re-pens later (a new curve, a redrawn title) get the style within this time.
RESTYLE_INTERVAL_MS = 1000


class Presentation(QObject):
    """Presentation mode, themes and the Settings dialog of one main window.

    Presentation mode scales the app font and the fonts the app font does not reach
    (plot ticks and titles, labels with a font of their own), thickens plot lines,
    hides the widgets marked advanced (see ``simulator.gui.widgets.advanced``) with
    the navigator and the menu bar (their shortcuts keep working), switches to a
    high-contrast palette and fills the screen, each as the settings say. Leaving it
    puts every value back that it changed; the simulation is not touched.

    Attributes
    ----------
    action : QAction
        View ▸ Presentation mode, checkable, F5.
    leave_action : QAction
        Esc, enabled in presentation mode only.
    settings_action : QAction
        File ▸ Settings…, Ctrl+, (the platform's Preferences item).
    settings : AppearanceSettings
        The settings in force.

    Signals
    -------
    toggled(bool)
        After presentation mode has been entered (True) or left (False).
    """

    toggled = Signal(bool)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("presentation")
        self.window = window
        self.settings = AppearanceSettings.load()
        self.restyler = Restyler()
        self.dialog = None
        self._active = False
        self._app_font: QFont | None = None
        self._window_state: Qt.WindowState | None = None
        self._geometry: QRect | None = None
        self._hidden_chrome: list[QWidget] = []

        self.action = QAction(tr("&Presentation mode"), window)
        self.action.setObjectName("presentation_action")
        self.action.setCheckable(True)
        self.action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.action.setToolTip(tr("Large fonts, thick lines, high contrast, only the main controls, full screen "
                                  "(F5; what it changes is set in Settings)"))
        self.action.toggled.connect(self.set_active)
        # Escape leaves, as in slide shows; it does nothing outside presentation mode.
        self.leave_action = QAction(tr("Leave presentation mode"), window)
        self.leave_action.setObjectName("leave_presentation_action")
        self.leave_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.leave_action.setToolTip(tr("Leave presentation mode (Esc or F5)"))
        self.leave_action.setEnabled(False)
        self.leave_action.triggered.connect(lambda: self.set_active(False))
        self.settings_action = QAction(tr("&Settings…"), window)
        self.settings_action.setObjectName("settings_action")
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.setToolTip(tr("Theme, speed at start and presentation options (Ctrl+,)"))
        self.settings_action.triggered.connect(self.show_settings)
        # On the window too, so the shortcuts work while the menu bar is hidden.
        window.addActions([self.action, self.leave_action, self.settings_action])
        # Another action may want Esc for a while (cancelling a recording): two enabled actions
        # on one key would make Qt run neither, so leaving steps back while one is enabled.
        self._other_escapes = [a for a in window.actions()
                               if a is not self.leave_action and QKeySequence(Qt.Key.Key_Escape) in a.shortcuts()]
        for other in self._other_escapes:
            other.changed.connect(self._update_leave_action)
        self._add_to_menus()

        self._timer = QTimer(self)
        self._timer.setObjectName("restyle_timer")
        self._timer.setInterval(RESTYLE_INTERVAL_MS)
        self._timer.timeout.connect(self._restyle_current)
        window.stack.currentChanged.connect(self._restyle_current)
        window.installEventFilter(self)
        hints = QApplication.instance().styleHints()
        if hasattr(hints, "colorSchemeChanged"):  # Qt 6.5+
            hints.colorSchemeChanged.connect(self._on_color_scheme_changed)

        if self.settings.default_speed != LAST_USED_SPEED:
            window.run_bar.set_speed_index(self.settings.default_speed)
        self._apply_style()

    # ------------------------------------------------------------------ public
    @property
    def active(self) -> bool:
        """Whether presentation mode is on."""
        return self._active

    def _update_leave_action(self) -> None:
        self.leave_action.setEnabled(self._active and not any(a.isEnabled() for a in self._other_escapes))

    def set_active(self, on: bool) -> None:
        """Enter (True) or leave (False) presentation mode."""
        on = bool(on)
        if on == self._active:
            return
        self._active = on
        blocked = self.action.blockSignals(True)
        self.action.setChecked(on)
        self.action.blockSignals(blocked)
        self._update_leave_action()
        app = QApplication.instance()
        # Read now: the font changes below may make the platform take the window out of full screen.
        still_full_screen = self.window.isFullScreen()
        if on:
            self._app_font = QFont(app.font())
            self._enter_chrome()
        self._apply_font(app)
        self._apply_style()
        if not on:
            # The font changes travel as posted events: deliver them (and the layouts they
            # request) before the window leaves full screen, or its large presentation-mode
            # minimum size would grow the restored window.
            QApplication.sendPostedEvents()
            self._leave_chrome(still_full_screen)
        self.toggled.emit(on)

    @contextmanager
    def base_look(self) -> Iterator[None]:
        """Within this block the app has its normal font and the light palette, whatever is in force.

        Panels built in it take their fonts, widths and colours (e.g. a view's background
        from the palette) from the look the restyler styles from, and are then styled like
        the panels built before.
        """
        app = QApplication.instance()
        font, palette = QFont(app.font()), QPalette(app.palette())
        theme = self.theme()
        if self._app_font is not None:
            app.setFont(self._app_font)
        if theme is not LIGHT:
            apply_qt_theme(app, LIGHT)
        try:
            yield
        finally:
            if theme is not LIGHT:
                app.setPalette(palette)
            if self._app_font is not None:
                app.setFont(font)

    def theme(self) -> Theme:
        """The theme in force: the Settings' one, or its high-contrast form in presentation mode."""
        base = resolve_theme(self.settings.theme)
        return contrast_theme(base) if self._active and self.settings.high_contrast else base

    def apply_settings(self, settings: AppearanceSettings) -> None:
        """Store ``settings`` and apply them now (ValueError with a sentence if one is out of range)."""
        settings.validated()
        previous = self.settings
        settings.save()
        self.settings = settings
        if settings.default_speed != LAST_USED_SPEED and settings.default_speed != previous.default_speed:
            self.window.run_bar.set_speed_index(settings.default_speed)
        if self._active:
            self._leave_chrome(self.window.isFullScreen())
            self._enter_chrome()
            self._apply_font(QApplication.instance())
        self._apply_style()

    def show_settings(self) -> None:
        """Open the Settings dialog (without blocking)."""
        from simulator.gui.settings_dialog import SettingsDialog

        if self.dialog is None:
            self.dialog = SettingsDialog(self, self.window)
        self.dialog.load(self.settings)
        self.dialog.open()

    def shutdown(self) -> None:
        """Leave presentation mode and stop restyling (the window is closing)."""
        self._timer.stop()
        if self.dialog is not None:
            self.dialog.close()
        self.set_active(False)

    # ---------------------------------------------------------------- internals
    def _add_to_menus(self) -> None:
        menus = {m.title().replace("&", ""): m for m in self.window.menuBar().findChildren(QMenu)}
        view_menu = menus.get("View", menus.get(tr("&View").replace("&", "")))
        file_menu = menus.get("File", menus.get(tr("&File").replace("&", "")))
        if view_menu is not None:
            view_menu.addAction(self.action)
        if file_menu is not None:
            quit_action = getattr(self.window, "quit_action", None)
            file_menu.insertAction(quit_action, self.settings_action)
            file_menu.insertSeparator(quit_action)

    def _style(self) -> ViewStyle:
        theme, s, on = self.theme(), self.settings, self._active
        colour_map, background_map = {}, {}
        if theme is not LIGHT:
            colour_map = theme_colour_map(theme.plot_foreground, theme.plot_muted)
            # Views take their background from the plot colour, or from the (light) palette they were built in.
            background_map = {colors.PLOT_BACKGROUND.lower(): theme.plot_background,
                              self._light_window_colour(): theme.window}
        return ViewStyle(colour_map=colour_map, background_map=background_map,
                         font_scale=s.font_scale if on else 1.0,
                         pen_scale=s.line_scale if on else 1.0, grid_alpha=theme.grid_alpha,
                         hide_advanced=on and s.hide_advanced)

    @staticmethod
    def _light_window_colour() -> str:
        # Some views take their background from the light palette when they are built.
        app = QApplication.instance()
        return app.style().standardPalette().color(app.palette().ColorRole.Window).name().lower()

    def _apply_style(self) -> None:
        apply_qt_theme(QApplication.instance(), self.theme())
        style = self._style()
        if style != self.restyler.style:
            self.restyler.restore()  # a different style: start again from the panels' own values
        self.restyler.apply([self.window], style)
        # Widgets with a style sheet keep the font and the palette colours (palette(window-text))
        # they were polished with until their sheet is set again.
        for widget in self.window.findChildren(QWidget):
            sheet = widget.styleSheet()
            if sheet:
                widget.setStyleSheet(sheet)
        if style.is_identity:
            self._timer.stop()
        elif not self._timer.isActive() and self.window.isVisible():
            self._timer.start()

    def _on_color_scheme_changed(self, *_args) -> None:
        if self.settings.theme == "system":
            self._apply_style()

    def _restyle_current(self, *_args) -> None:
        if self.restyler.style.is_identity:
            return
        self.restyler.apply([self.window.stack.currentWidget()], self.restyler.style)

    def _apply_font(self, app: QApplication) -> None:
        if self._app_font is None:
            return
        if not self._active:
            app.setFont(self._app_font)
            self._app_font = None
        else:
            font = QFont(self._app_font)
            scale = self.settings.font_scale
            if font.pointSizeF() > 0:
                font.setPointSizeF(self._app_font.pointSizeF() * scale)
            else:
                font.setPixelSize(round(self._app_font.pixelSize() * scale))
            app.setFont(font)

    def _enter_chrome(self) -> None:
        window = self.window
        if self.settings.hide_advanced:
            for widget in (window.menuBar(), window.navigator_dock):
                if not widget.isHidden():
                    widget.hide()
                    self._hidden_chrome.append(widget)
        if self.settings.full_screen and not window.isFullScreen():
            self._window_state = window.windowState()
            self._geometry = window.geometry()
            window.setWindowState(self._window_state | Qt.WindowState.WindowFullScreen)

    def _leave_chrome(self, still_full_screen: bool) -> None:
        window = self.window
        # The window state first: showing the menu bar may take a window out of full screen.
        if self._window_state is not None:
            if still_full_screen:  # not left meanwhile with F11
                window.setWindowState(self._window_state)
                # Again once the smaller fonts have reached every widget: until then the large
                # minimum sizes of presentation mode would grow the window.
                geometry = self._geometry
                QTimer.singleShot(0, self, lambda: self._restore_geometry(geometry))
            self._window_state = None
        for widget in self._hidden_chrome:
            if widget.isHidden():
                widget.show()
        self._hidden_chrome = []

    def _restore_geometry(self, geometry: QRect) -> None:
        window = self.window
        if not self._active and window.windowState() == Qt.WindowState.WindowNoState:
            window.setGeometry(geometry)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.window:
            if event.type() == QEvent.Type.Close:
                self.shutdown()
            elif event.type() == QEvent.Type.Show and not self.restyler.style.is_identity:
                self._timer.start()
            elif event.type() == QEvent.Type.Hide:
                self._timer.stop()
        return False


def install_presentation(window: MainWindow) -> Presentation:
    """Give ``window`` presentation mode (F5), its theme and File ▸ Settings…; returns the controller."""
    return Presentation(window)
