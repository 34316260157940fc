"""The main window: model navigator, lazily created panels, shared run bar, display timer, status bar."""

from __future__ import annotations

import threading
import time
import traceback
from typing import Any, Callable, Iterable

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QProgressBar,
    QStackedWidget,
    QWidget,
)

from simulator.core.jobs import BackgroundJob
from simulator.core.workspace import Workspace
from simulator.gui.export import install_export
from simulator.gui.explain import install_explain
from simulator.gui.gc_policy import GuiThreadCollector
from simulator.gui.i18n import engine_text, tr
from simulator.gui.panels.base import ModelPanel
from simulator.gui.presentation import install_presentation

from simulator.gui.rewind import install_rewind
from simulator.gui.run_bar import DEFAULT_SPEED, RunBar
from simulator.gui.scenes import SceneController
from simulator.registry import MODELS, ModelSpec

def _app_title():
    # Marked for translation at import (core.text.tr: no translator yet), shown through engine_text.
    from simulator.core.text import tr

    return tr("NN Simulator")


APP_TITLE = _app_title()
#: Display timer period: about 60 refreshes per second.
DISPLAY_INTERVAL_MS = 16
#: How long closing may wait for each panel's threads.
SHUTDOWN_TIMEOUT = 0.5

_DEFAULT = object()


def _default_warm_up() -> Callable[..., Any]:
    # Imported here: the warm-up imports the model packages, hence numba.
    from simulator.core.warmup import warm_up

    return warm_up


class MainWindow(QMainWindow):
    """The simulator's window.

    The window shows before any model code (or numba) is imported. Once it has
    been painted it starts compiling the models' kernels in the background, with a
    progress bar, and opens the last model used. Panels are created the first time
    their model is selected, and not before the warm-up has ended, so that no
    kernel is ever compiled in the GUI thread: meanwhile the panel's place says
    what is being prepared. Once the first panel has been painted the window emits
    :attr:`ready`.

    Parameters
    ----------
    models : iterable of ModelSpec, optional
        The models in the navigator; ``simulator.registry.MODELS`` when None.
    warm_up : callable or None, optional
        ``fn(ctx, first=key, ready=callback)`` run as a
        :class:`~simulator.core.jobs.BackgroundJob` once the window is on screen: it
        prepares model ``first`` before the others and calls ``ready(key)`` as each
        model's kernels become ready, so that model's panel opens at once;
        ``simulator.core.warmup.warm_up`` by default, None for none.
    parent : QWidget, optional

    Signals
    -------
    ready()
        Once, after the window and its first panel have been painted.
    warm_up_finished(str)
        When the warm-up job ends: empty on success, else the error or "cancelled".
    """

    ready = Signal()
    warm_up_finished = Signal(str)

    def __init__(
        self,
        models: Iterable[ModelSpec] | None = None,
        warm_up: Callable[..., Any] | None | object = _DEFAULT,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._models: tuple[ModelSpec, ...] = tuple(MODELS if models is None else models)
        #: What the panels share (the Hopfield panel's patterns feed the RBM's training data).
        self.workspace = Workspace()
        self._warm_up_fn = _default_warm_up() if warm_up is _DEFAULT else warm_up
        self._pages: dict[str, QWidget] = {}
        self._current_key: str | None = None
        self._closed = False
        self._is_ready = False
        self._awaiting_paint: QWidget | None = None
        self._after_paint: Callable[[], None] | None = None
        self._started = False
        self._started_up = False
        self._pending_key: str | None = None
        self._shown_error: str | None = None
        self.warm_up_job: BackgroundJob | None = None
        # Keys of the models whose kernels are ready (added from the warm-up thread).
        self._warmed: set[str] = set()
        # Set once the first panel is on screen: the other models are prepared after it.
        self._warm_up_hold = threading.Event()
        self._warm_up_first: str | None = None
        self.about_dialog = None
        #: Total refresh() calls that drew something (the bench reads it).
        self.frames_drawn = 0
        self._frames_since = 0
        self._status_since = time.perf_counter()
        self.setObjectName("main_window")
        self.setWindowTitle(engine_text(APP_TITLE))

        self._build_navigator()
        self.stack = QStackedWidget()
        self.stack.setObjectName("panel_stack")
        self._placeholder = QLabel(tr("Choose a model on the left."))
        self._placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._placeholder.setToolTip(tr("Models open here"))
        self.stack.addWidget(self._placeholder)
        self.setCentralWidget(self.stack)

        self.run_bar = RunBar(self)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.run_bar)
        # Also on the window itself, so the shortcuts work wherever the focus is.
        self.addActions([self.run_bar.run_action, self.run_bar.step_action, self.run_bar.reset_action])
        self.run_bar.run_pause_requested.connect(self.run_pause)
        self.run_bar.step_requested.connect(self.step)
        self.run_bar.reset_requested.connect(self.reset)
        self.run_bar.rate_changed.connect(self._apply_rate)
        self.run_bar.set_controls_enabled(False)

        self._build_status_bar()
        self._build_menus()
        #: File ▸ Open/Save scene and Gallery; Reset back to an opened scene's start; New seed.
        self.scenes = SceneController(self)

        #: The timeline under the panels (Ctrl+Left/Right, Ctrl+Home/End, Ctrl+B).
        self.rewind = install_rewind(self)

        # Cycles holding Qt objects must be freed in this thread, not in a worker's.
        self._collector = GuiThreadCollector(self)
        self._collector.start()
        self._display_timer = QTimer(self)
        self._display_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._display_timer.setInterval(DISPLAY_INTERVAL_MS)
        self._display_timer.timeout.connect(self._tick)
        self._job_timer = QTimer(self)
        self._job_timer.setInterval(50)
        self._job_timer.timeout.connect(self._poll_warm_up)
        # In case an awaited paint is never seen (e.g. started minimised).
        self._paint_fallback = QTimer(self)
        self._paint_fallback.setSingleShot(True)
        self._paint_fallback.setInterval(1500)
        self._paint_fallback.timeout.connect(self._painted)

        self._restore_settings()
        #: The explain pane (F1): the shown model's equations with its live numbers.
        self.explain_dock = install_explain(self)
        #: Presentation mode (F5), the theme and File ▸ Settings… (after the settings: it may set the speed).
        self.presentation = install_presentation(self)

    # ------------------------------------------------------------------ building
    def _build_navigator(self) -> None:
        self.navigator = QListWidget()
        self.navigator.setObjectName("navigator")
        self.navigator.setToolTip(tr("The models: choose one to open its panel"))
        for spec in self._models:
            item = QListWidgetItem(engine_text(spec.title))
            item.setToolTip(engine_text(spec.summary))
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.navigator.addItem(item)
        # As narrow as its longest title (the panel needs the room), also after restoreState().
        fm = self.navigator.fontMetrics()
        content = max(self.navigator.sizeHintForColumn(0), fm.horizontalAdvance(tr("Models") + "  ✕"))
        self.navigator.setFixedWidth(content + 2 * self.navigator.frameWidth() + 16)
        self.navigator.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navigator.currentItemChanged.connect(self._on_navigator)
        self.navigator_dock = QDockWidget(tr("Models"), self)
        self.navigator_dock.setObjectName("navigator_dock")
        self.navigator_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.navigator_dock.setWidget(self.navigator)
        self.navigator_dock.setToolTip(tr("The models this simulator offers"))
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.navigator_dock)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        bar.setToolTip(tr("Messages, engine speed and display rate"))
        self.warm_up_bar = QProgressBar()
        self.warm_up_bar.setRange(0, 100)
        # As wide as its longest text (the longest model title), so it never wraps out of the bar.
        longest = max((tr("Compiling {title} kernels", title=spec.title) + "  100%  (99 s)" for spec in self._models),
                      key=len, default=tr("Preparing kernels") + "  100%  (99 s)")
        self.warm_up_bar.setFixedWidth(self.warm_up_bar.fontMetrics().horizontalAdvance(longest) + 24)
        self.warm_up_bar.setToolTip(
            tr("Compiling the simulation kernels in the background (fast when they were compiled before)")
        )
        self.warm_up_bar.setVisible(False)
        bar.addPermanentWidget(self.warm_up_bar)
        self.engine_label = QLabel(tr("Engine: –"))
        self.engine_label.setToolTip(tr("Updates per second the simulation engine is making"))
        bar.addPermanentWidget(self.engine_label)
        self.fps_label = QLabel(tr("Display: –"))
        self.fps_label.setToolTip(tr("Frames per second the display is drawing"))
        bar.addPermanentWidget(self.fps_label)

    def _build_menus(self) -> None:
        menus = self.menuBar()
        file_menu = menus.addMenu(tr("&File"))
        file_menu.setToolTipsVisible(True)
        #: File ▸ Export (PNG, plot PNG, GIF recording, CSV) for whichever panel is shown.
        self.exporter = install_export(self, file_menu)
        file_menu.addSeparator()
        self.quit_action = QAction(tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Q))
        self.quit_action.setToolTip(tr("Stop every simulation and close the simulator (Ctrl+Q)"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.quit_action)

        view_menu = menus.addMenu(tr("&View"))
        view_menu.setToolTipsVisible(True)
        self.navigator_action = self.navigator_dock.toggleViewAction()
        self.navigator_action.setText(tr("&Navigator"))
        self.navigator_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_M))
        self.navigator_action.setToolTip(tr("Show or hide the list of models (Ctrl+M)"))
        view_menu.addAction(self.navigator_action)
        self.full_screen_action = QAction(tr("&Full screen"), self)
        self.full_screen_action.setCheckable(True)
        self.full_screen_action.setShortcut(QKeySequence(Qt.Key.Key_F11))
        self.full_screen_action.setToolTip(tr("Fill the screen, e.g. on a projector (F11)"))
        self.full_screen_action.toggled.connect(self._set_full_screen)
        view_menu.addAction(self.full_screen_action)
        self.addActions([self.quit_action, self.navigator_action, self.full_screen_action])

        help_menu = menus.addMenu(tr("&Help"))
        help_menu.setToolTipsVisible(True)
        self.about_action = QAction(tr("&About"), self)
        self.about_action.setToolTip(tr("Version of the simulator and of the libraries it runs on"))
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        help_menu.addAction(self.about_action)

    # ------------------------------------------------------------------- panels
    @property
    def models(self) -> tuple[ModelSpec, ...]:
        return self._models

    @property
    def current_key(self) -> str | None:
        """Key of the model shown, or None."""
        return self._current_key

    @property
    def current_panel(self) -> ModelPanel | None:
        """The panel shown, or None (no model chosen yet, or its panel failed to load)."""
        page = self.stack.currentWidget()
        return page if isinstance(page, ModelPanel) else None

    def created_panels(self) -> list[ModelPanel]:
        """Every panel created so far."""
        return [p for p in self._pages.values() if isinstance(p, ModelPanel)]

    def select_model(self, key: str) -> ModelPanel | None:
        """Show the model ``key`` (creating its panel if needed) and return its panel."""
        for row in range(self.navigator.count()):
            if self.navigator.item(row).data(Qt.ItemDataRole.UserRole) == key:
                blocked = self.navigator.blockSignals(True)
                self.navigator.setCurrentRow(row)
                self.navigator.blockSignals(blocked)
                self._show_model(key)
                return self.current_panel
        known = ", ".join(spec.key for spec in self._models)
        raise ValueError(f"There is no model called {key!r} in this window. Known models: {known}.")

    def _on_navigator(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        # Before start-up, the list picks a current row by itself (e.g. on focus): the
        # model to open is then chosen by _start_up, from the settings.
        if item is not None and self._started_up:
            self._show_model(item.data(Qt.ItemDataRole.UserRole))

    def _show_model(self, key: str) -> None:
        previous = self.current_panel
        if key not in self._pages and self.warming_up and key not in self._warmed:
            # Opened when the warm-up ends (see _poll_warm_up): creating the panel now
            # would compile its kernels in the GUI thread.
            if previous is not None:
                previous.deactivate()
            self._pending_key = key
            if key != self._warm_up_first:
                self._warm_up_hold.set()  # this model must not wait behind a held warm-up
            self._current_key = key
            spec = next(s for s in self._models if s.key == key)
            self._placeholder.setText(tr(
                "Preparing the {title}…\n\nThe first start compiles the simulation kernels "
                "(progress below); later starts are quick.", title=spec.title
            ))
            self.stack.setCurrentWidget(self._placeholder)
            self.run_bar.set_controls_enabled(False)
            self.setWindowTitle(f"{engine_text(spec.title)} — {engine_text(APP_TITLE)}")
            return
        self._pending_key = None
        page = self._pages[key] if key in self._pages else self._create_page(key)
        if previous is not None and previous is not page:
            previous.deactivate()
        self.stack.setCurrentWidget(page)
        self._current_key = key
        QSettings().setValue("window/model", key)
        self._shown_error = None
        if not self._is_ready and self._after_paint is None:
            self._await_paint(page, self._become_ready)
        panel = self.current_panel
        self.run_bar.set_controls_enabled(panel is not None)
        if panel is not None:
            panel.activate()
            self.run_bar.set_running(panel.running)
            self.setWindowTitle(f"{engine_text(panel.title)} — {engine_text(APP_TITLE)}")
        else:
            self.setWindowTitle(engine_text(APP_TITLE))
        self._frames_since = 0
        self._status_since = time.perf_counter()

    def _create_page(self, key: str) -> QWidget:
        spec = next(s for s in self._models if s.key == key)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            with self.presentation.base_look():  # a panel takes fonts, widths and colours from it
                panel = spec.load_panel_class()()
        except Exception as exc:
            traceback.print_exc()
            message = tr("The {title} panel could not be opened: {error}", title=spec.title,
                         error=f"{type(exc).__name__}: {engine_text(exc)}")
            page = QLabel(message)
            page.setWordWrap(True)
            page.setAlignment(Qt.AlignmentFlag.AlignCenter)
            page.setToolTip(tr("The error that stopped this panel from opening (details on the console)"))
            self.statusBar().showMessage(message)
        else:
            page = panel
            panel.use_workspace(self.workspace)
            panel.message.connect(self._show_panel_message)
            panel.set_rate(self.run_bar.rate())
        finally:
            QApplication.restoreOverrideCursor()
        self._pages[key] = page
        self.stack.addWidget(page)
        return page

    # ------------------------------------------------------------- run intent
    def run_pause(self) -> None:
        """Run the current panel if it is paused, pause it if it runs."""
        self.rewind.leave()  # an earlier moment shown: go on from where the run stopped
        panel = self.current_panel
        if panel is not None:
            panel.run_pause()

    def step(self) -> None:
        self.rewind.leave()
        panel = self.current_panel
        if panel is not None:
            panel.step()

    def reset(self, seed: int | None = None) -> None:
        """Reset the current panel with ``seed``, or the seed in the run bar when None."""
        self.rewind.leave()
        panel = self.current_panel
        if panel is not None:
            panel.reset(self.run_bar.seed() if seed is None else int(seed))

    def _apply_rate(self, rate: float | None) -> None:
        # The speed is a property of the run bar, shared by every panel.
        for panel in self.created_panels():
            panel.set_rate(rate)

    # ----------------------------------------------------------- display loop
    def _tick(self) -> None:
        panel = self.current_panel
        if self.rewind.tick(panel):
            return  # the timeline shows an earlier moment: nothing live may overwrite it
        if panel is None:
            return
        try:
            drew = panel.refresh()
        except Exception as exc:
            drew = False
            message = f"{type(exc).__name__}: {engine_text(exc)}"
            if message != self._shown_error:
                traceback.print_exc()
            self._report_error(panel, message)
        if drew:
            self.frames_drawn += 1
            self._frames_since += 1
        self.run_bar.set_running(panel.running)
        snap = panel.last_snapshot
        error = snap.error if snap is not None else None
        if error:
            self._report_error(panel, error)
        elif snap is not None and snap.running:
            self._shown_error = None
        now = time.perf_counter()
        if now - self._status_since >= 0.5:
            self._update_rates(panel, now)

    def _report_error(self, panel: ModelPanel, error: str) -> None:
        if error != self._shown_error:
            self._shown_error = error
            self.statusBar().showMessage(f"{engine_text(panel.title)}: {engine_text(error)}", 15000)

    def _update_rates(self, panel: ModelPanel, now: float) -> None:
        fps = self._frames_since / (now - self._status_since)
        self._frames_since = 0
        self._status_since = now
        snap = panel.last_snapshot
        if snap is None or not snap.running:
            self.engine_label.setText(tr("Engine: paused"))
        else:
            self.engine_label.setText(tr("Engine: {rate:,.0f} updates/s", rate=snap.updates_per_second))
        if fps == 0 and (snap is None or not snap.running):
            self.fps_label.setText(tr("Display: idle"))  # nothing new to draw while paused
        else:
            self.fps_label.setText(tr("Display: {fps:.0f} fps", fps=fps))

    def _show_panel_message(self, text: str) -> None:
        # Long sentences are cut with an ellipsis rather than mid-word under the
        # permanent widgets (panels show the whole sentence themselves).
        bar = self.statusBar()
        room = bar.width() - sum(w.width() for w in self._permanent_status_widgets()) - 40
        metrics = bar.fontMetrics()
        bar.showMessage(metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(80, room)), 8000)

    def _permanent_status_widgets(self) -> list[QWidget]:
        return [w for w in self.statusBar().findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
                if w.isVisible()]

    # ------------------------------------------------------- start-up, warm-up
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._closed:
            return
        self._display_timer.start()
        if not self._started:
            self._started = True
            # Only once the window is on screen: what follows imports the models.
            self._await_paint(self, self._start_up)

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        self._display_timer.stop()

    def _start_up(self) -> None:
        if self._closed or self._started_up:
            return
        self._started_up = True
        keys = [spec.key for spec in self._models]
        saved = QSettings().value("window/model")
        first = saved if saved in keys else (keys[0] if keys else None)
        self.start_warm_up(first)
        if first is None:
            self._become_ready()
            return
        self.select_model(first)

    def _await_paint(self, widget: QWidget, callback: Callable[[], None]) -> None:
        """Call ``callback`` soon after ``widget`` (or a child) has been painted."""
        if self._awaiting_paint is None:
            QApplication.instance().installEventFilter(self)
        self._awaiting_paint = widget
        self._after_paint = callback
        self._paint_fallback.start()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        page = self._awaiting_paint
        if (
            page is not None
            and event.type() == QEvent.Type.Paint
            and isinstance(obj, QWidget)
            and (obj is page or page.isAncestorOf(obj))
        ):
            self._painted()
        return False

    def _painted(self) -> None:
        callback = self._after_paint
        self._stop_awaiting_paint()
        if callback is not None and not self._closed:
            # Queued, so the paint finishes first.
            QTimer.singleShot(0, self, callback)

    def _stop_awaiting_paint(self) -> None:
        self._paint_fallback.stop()
        self._after_paint = None
        if self._awaiting_paint is not None:
            self._awaiting_paint = None
            QApplication.instance().removeEventFilter(self)

    def _become_ready(self) -> None:
        if self._is_ready or self._closed:
            return
        self._is_ready = True
        self._warm_up_hold.set()  # the first panel is on screen: prepare the other models now
        self.ready.emit()

    @property
    def is_ready(self) -> bool:
        """True once the window and its first panel have been painted."""
        return self._is_ready

    @property
    def warming_up(self) -> bool:
        """True while the kernel warm-up job runs."""
        return self.warm_up_job is not None and not self.warm_up_job.done

    def start_warm_up(self, first: str | None = None) -> BackgroundJob | None:
        """Start compiling the kernels in the background (once), with progress in the status bar."""
        if self.warm_up_job is not None or self._warm_up_fn is None:
            return self.warm_up_job
        self._warm_up_started = time.perf_counter()
        # The model about to be shown is prepared first; its panel opens once it is ready.
        self._warm_up_first = first
        self.warm_up_job = BackgroundJob(self._warm_up_fn, first=first, ready=self._warmed.add,
                                         hold=self._warm_up_hold, name="kernel-warm-up").start()
        self.warm_up_bar.setValue(0)
        self.warm_up_bar.setFormat(tr("Preparing kernels") + " %p%")
        self.warm_up_bar.setVisible(True)
        self._job_timer.start()
        return self.warm_up_job

    def _poll_warm_up(self) -> None:
        job = self.warm_up_job
        if job is None:
            self._job_timer.stop()
            return
        fraction, message = job.progress
        self.warm_up_bar.setValue(round(fraction * 100))
        # Seconds too: a model's kernels compile in one go, with no progress in between.
        elapsed = time.perf_counter() - self._warm_up_started
        doing = engine_text(message) if message else tr("Preparing kernels")
        self.warm_up_bar.setFormat(f"{doing}  %p%  ({elapsed:.0f} s)")
        if not job.done:
            if self._pending_key in self._warmed and not self._closed:
                self._show_model(self._pending_key)
            return
        self._job_timer.stop()
        self.warm_up_bar.setVisible(False)
        if job.error:
            self.statusBar().showMessage(tr("Could not prepare the simulation kernels: {error}",
                                            error=engine_text(job.error)))
        elif not job.cancelled:
            self.statusBar().showMessage(tr("Kernels ready"), 4000)
        if self._pending_key is not None and not self._closed:
            self._show_model(self._pending_key)
        self.warm_up_finished.emit(job.error or ("cancelled" if job.cancelled else ""))

    # ----------------------------------------------------------------- dialogs
    def show_about(self) -> None:
        """Open the About dialog (without blocking)."""
        from simulator.gui.about import AboutDialog

        if self.about_dialog is None:
            self.about_dialog = AboutDialog(self)
        self.about_dialog.open()

    def _set_full_screen(self, on: bool) -> None:
        if on != self.isFullScreen():
            self.showFullScreen() if on else self.showNormal()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange:
            # Full screen may also be left through the window manager.
            self.full_screen_action.setChecked(self.isFullScreen())

    # ---------------------------------------------------------------- settings
    def _restore_settings(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 820)
        state = settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        self.run_bar.set_speed_index(_as_int(settings.value("run/speed"), DEFAULT_SPEED))
        seed = _as_int(settings.value("run/seed"), 0)
        if 0 <= seed < 2**31:
            self.run_bar.set_seed(seed)

    def save_settings(self) -> None:
        """Remember the window geometry, the model shown, the speed and the seed."""
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        if self._current_key is not None:
            settings.setValue("window/model", self._current_key)
        settings.setValue("run/speed", self.run_bar.speed_slider.value())
        settings.setValue("run/seed", self.run_bar.seed())
        settings.sync()

    # ---------------------------------------------------------------- shutdown
    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closed:
            self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> bool:
        """Stop the timers, every panel's threads and the warm-up; save settings. True if all threads ended."""
        self._closed = True
        for timer in (self._display_timer, self._job_timer, self._paint_fallback):
            timer.stop()
        self._stop_awaiting_paint()
        self.exporter.shutdown()
        if self.warm_up_job is not None:
            # A daemon thread: it may be inside a compilation that cannot be interrupted.
            self.warm_up_job.cancel()
        if self.about_dialog is not None:
            self.about_dialog.close()
        self.statusBar().clearMessage()  # also stops the status bar's message timer
        self.save_settings()
        ok = True
        for panel in self.created_panels():
            ok = panel.shutdown(SHUTDOWN_TIMEOUT) and ok
        self._collector.stop()  # the workers are gone: the automatic collector may run again
        return ok


def _as_int(value: Any, default: int) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default
