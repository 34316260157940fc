"""The explain pane: a dock beside the panel showing its equations with the live numbers of the current step."""

from __future__ import annotations

import traceback
from typing import Callable

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QTextOption
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QTextBrowser

from simulator.gui.i18n import engine_text, tr
from simulator.gui.panels.base import ModelPanel
from simulator.gui.widgets import mathtext

#: How often the shown text is rebuilt while the pane is visible: setHtml lays the document
#: out again, cheap at a few hertz, too dear at the display's 60.
REFRESH_INTERVAL_MS = 250
#: QSettings key remembering whether the pane is shown.
SETTINGS_KEY = "explain/visible"
#: QSettings key remembering that the pane hid the navigator (shown again with the pane hidden).
HID_NAVIGATOR_KEY = "explain/hid_navigator"
#: Width the pane takes when it is first shown, and the least it needs, in pixels.
DEFAULT_WIDTH = 350
MIN_WIDTH = 300
#: Width below which a panel is cramped (plots and controls clipped), though it would still fit.
COMFORTABLE_PANEL_WIDTH = 900



def _idle_texts() -> tuple:
    # Marked for translation at import (core.text.tr: no translator yet), shown through engine_text.
    from simulator.core.text import tr

    return (tr("The shown model's equations appear here, with the numbers of the current step, once its panel "
               "is open."),
            tr("This panel has no explanation."))


NO_PANEL_TEXT, NOTHING_TEXT = _idle_texts()


class ExplainDock(QDockWidget):
    """A read-only text pane showing ``current_panel().explain_html(last snapshot)``.

    Refreshed every :data:`REFRESH_INTERVAL_MS` while the pane is visible, and re-laid
    out only when the text changed. Hidden by default: at 1280 × 800 the panels need the
    room, and the teacher opens it (F1) when explaining. When the screen is too narrow for
    the navigator, the panel and the pane together, the pane hides the navigator (Ctrl+M
    shows it again) and shows it again when the pane is hidden.

    Parameters
    ----------
    current_panel : callable
        Returns the panel shown, or None.
    parent : QMainWindow, optional
    navigator : QDockWidget, optional
        The dock that makes room for the pane on a narrow screen.
    """

    def __init__(self, current_panel: Callable[[], ModelPanel | None], parent: QMainWindow | None = None,
                 navigator: QDockWidget | None = None) -> None:
        super().__init__(tr("Explain"), parent)
        self.setObjectName("explain_dock")
        self.setToolTip(tr("The shown model's equations with the numbers of the current step (F1 shows or hides)"))
        self.setAllowedAreas(Qt.DockWidgetArea.RightDockWidgetArea | Qt.DockWidgetArea.LeftDockWidgetArea)
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                         | QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self._current_panel = current_panel
        self._navigator = navigator
        self._hid_navigator = False
        self._room_checked_for: ModelPanel | None = None
        self._sized = False
        self._shown_html: str | None = None
        self._failed: str | None = None
        self.browser = QTextBrowser()
        self.browser.setObjectName("explain_text")
        self.browser.setReadOnly(True)
        self.browser.setOpenLinks(False)
        self.browser.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the run bar's keys stay with the panel
        # Lines break between words only: never inside a number.
        self.browser.setWordWrapMode(QTextOption.WrapMode.WordWrap)
        self.browser.setToolTip(tr("The model's equations in the notes' notation; the blue lines are the live numbers"))
        self.browser.document().setDefaultStyleSheet(mathtext.STYLE)
        self.browser.setMinimumWidth(MIN_WIDTH)
        self.setWidget(self.browser)
        self.timer = QTimer(self)
        self.timer.setObjectName("explain_refresh")
        self.timer.setInterval(REFRESH_INTERVAL_MS)
        self.timer.timeout.connect(self.refresh)
        #: View ▸ Explain, checkable, F1.
        self.explain_action: QAction = self.toggleViewAction()
        self.explain_action.setText(tr("&Explain"))
        self.explain_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        self.explain_action.setToolTip(
            tr("Show or hide the model's equations with the live numbers of the current step (F1)"))
        self.explain_action.triggered.connect(lambda checked: QSettings().setValue(SETTINGS_KEY, bool(checked)))

    def restore_visibility(self) -> None:
        """Show the pane if it was shown when the app was last closed (hidden the first time)."""
        settings = QSettings()
        shown = str(settings.value(SETTINGS_KEY, False)).lower() == "true"
        self.setVisible(shown)
        self._hid_navigator = shown and str(settings.value(HID_NAVIGATOR_KEY, False)).lower() == "true"

    @property
    def text(self) -> str:
        """The pane's text as plain text (what a reader sees: ordinary spaces, no invisible joiners)."""
        return self.browser.toPlainText().replace("\xa0", " ").replace(mathtext.WORD_JOINER, "")

    def refresh(self) -> bool:
        """Rebuild the text from the current panel's last snapshot; True if it changed."""
        panel = self._current_panel()
        if panel is not self._room_checked_for:
            self._room_checked_for = panel
            self._make_room(panel)
        if panel is None:
            html = mathtext.idle(engine_text(NO_PANEL_TEXT))
        else:
            try:
                html = panel.explain_html(panel.last_snapshot) or mathtext.idle(engine_text(NOTHING_TEXT))
            except Exception as exc:  # a bug in one panel's text must not take the window down
                message = f"{type(exc).__name__}: {engine_text(exc)}"
                if message != self._failed:
                    self._failed = message
                    traceback.print_exc()
                html = mathtext.idle(tr("The explanation could not be written ({message}).", message=message))
        if html == self._shown_html:
            return False
        self._shown_html = html
        # setHtml scrolls back to the top; keep the reader's place.
        bar = self.browser.verticalScrollBar()
        position = bar.value()
        self.browser.setHtml(html)
        bar.setValue(position)
        return True

    def _make_room(self, panel: ModelPanel | None) -> None:
        """Hide the navigator when the screen cannot hold it, ``panel`` (at a comfortable width) and this pane."""
        window, nav = self.parentWidget(), self._navigator
        if panel is None or nav is None or window is None or not nav.isVisible() or self.isFloating():
            return
        screen = window.screen().availableGeometry().width() if window.screen() is not None else window.width()
        need = nav.width() + max(panel.minimumSizeHint().width(), COMFORTABLE_PANEL_WIDTH) + MIN_WIDTH + 16
        if need > screen:
            nav.hide()
            self._hid_navigator = True
            QSettings().setValue(HID_NAVIGATOR_KEY, True)
            # Once the layout has let the navigator go: a window grown past the screen comes back onto it.
            QTimer.singleShot(0, self, lambda: self._fit_screen(screen))

    def _fit_screen(self, screen_width: int) -> None:
        window = self.parentWidget()
        if window is not None and window.width() > screen_width and not (window.isFullScreen() or window.isMaximized()):
            window.resize(screen_width, window.height())
            window.resizeDocks([self], [DEFAULT_WIDTH], Qt.Orientation.Horizontal)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._room_checked_for = None  # checked again by the refresh below
        self.refresh()
        self.timer.start()
        window = self.parentWidget()
        if not self._sized and isinstance(window, QMainWindow):
            self._sized = True
            window.resizeDocks([self], [DEFAULT_WIDTH], Qt.Orientation.Horizontal)

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        self.timer.stop()
        # isHidden(): hidden by the user (F1, the close button), not with the whole window.
        if self._hid_navigator and not event.spontaneous() and self.isHidden():
            self._hid_navigator = False
            QSettings().setValue(HID_NAVIGATOR_KEY, False)
            if self._navigator is not None:
                self._navigator.show()

    def closeEvent(self, event) -> None:
        # Closed with the title bar's button: remembered like a toggle of the action.
        super().closeEvent(event)
        QSettings().setValue(SETTINGS_KEY, False)


def install_explain(window: QMainWindow, view_menu: QMenu | None = None) -> ExplainDock:
    """Add the explain pane to ``window`` on the right, and View ▸ Explain (F1) to show or hide it.

    ``window`` must have a ``current_panel`` property; the pane is shown if it was shown
    when the app was last closed (hidden the first time).
    """
    dock = ExplainDock(lambda: window.current_panel, window, getattr(window, "navigator_dock", None))
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    if view_menu is None:
        names = ("View", tr("&View").replace("&", ""))
        view_menu = next((a.menu() for a in window.menuBar().actions()
                          if a.menu() is not None and a.text().replace("&", "") in names), None)
    if view_menu is not None:
        view_menu.addAction(dock.explain_action)
    window.addAction(dock.explain_action)  # the shortcut works wherever the focus is
    dock.restore_visibility()
    return dock
