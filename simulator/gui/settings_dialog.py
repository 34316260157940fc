"""The Settings dialog: theme, speed at start and presentation options; OK, Apply and Cancel."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from simulator.gui import i18n
from simulator.gui.i18n import engine_text, tr
from simulator.gui.appearance import LAST_USED_SPEED, THEME_CHOICES, AppearanceSettings
from simulator.gui.run_bar import FLAT_OUT, SPEEDS, format_rate
from simulator.gui.widgets import colors

if TYPE_CHECKING:
    from simulator.gui.presentation import Presentation



def _theme_names() -> dict:
    # Marked for translation at import (core.text.tr: no translator yet), shown through engine_text.
    from simulator.core.text import tr

    return {"light": tr("Light"), "dark": tr("Dark"), "system": tr("Follow the system")}


_THEME_NAMES = _theme_names()


class SettingsDialog(QDialog):
    """Edits :class:`~simulator.gui.appearance.AppearanceSettings`; OK and Apply apply them at once and store them.

    Parameters
    ----------
    presentation : Presentation
        Applies and stores the settings.
    parent : QWidget, optional
    """

    def __init__(self, presentation: Presentation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self.setWindowTitle(tr("Settings"))
        self.presentation = presentation

        self.theme_box = QComboBox()
        for key in THEME_CHOICES:
            self.theme_box.addItem(engine_text(_THEME_NAMES[key]), key)
        self.theme_box.setToolTip(tr("Colours of the window and the plots; the data colours stay the same"))
        self.speed_box = QComboBox()
        self.speed_box.addItem(tr("The last speed used"), LAST_USED_SPEED)
        for notch in range(FLAT_OUT + 1):
            self.speed_box.addItem(format_rate(SPEEDS[notch] if notch < FLAT_OUT else None), notch)
        self.speed_box.setToolTip(tr("The run bar's speed when the simulator starts: a chosen speed wins over "
                                     "the one the last session ended with"))
        self.language_box = QComboBox()
        self.language_box.addItem(tr("Follow the system"), i18n.SYSTEM)
        for code, name in i18n.LANGUAGES.items():
            self.language_box.addItem(name, code)
        self.language_box.setToolTip(tr("The language of the window; it changes when the simulator is started next"))
        general = QGroupBox(tr("General"))
        form = QFormLayout(general)
        form.addRow(tr("Language"), self.language_box)
        form.addRow(tr("Theme"), self.theme_box)
        form.addRow(tr("Speed at start"), self.speed_box)

        d = AppearanceSettings()
        self.font_scale_box = _scale_box(*d.FONT_SCALE_RANGE, 0.1,
                                         tr("How much larger fonts are in presentation mode (1.5 reads from the back "
                                            "of a room at 1280×720)"))
        self.line_scale_box = _scale_box(*d.LINE_SCALE_RANGE, 0.5,
                                         tr("How much thicker plot lines are in presentation mode"))
        self.hide_advanced_box = QCheckBox(tr("Hide advanced controls, the model list and the menu bar"))
        self.hide_advanced_box.setToolTip(tr("Keep only the run controls and the main views; shortcuts keep working"))
        self.high_contrast_box = QCheckBox(tr("High contrast (black on white, or white on black with a dark theme)"))
        self.high_contrast_box.setToolTip(tr("A palette for washed-out projectors"))
        self.full_screen_box = QCheckBox(tr("Full screen"))
        self.full_screen_box.setToolTip(tr("Fill the screen; leaving presentation mode restores the window"))
        presentation_group = QGroupBox(tr("Presentation mode (F5)"))
        pform = QFormLayout(presentation_group)
        pform.addRow(tr("Font size"), self.font_scale_box)
        pform.addRow(tr("Line width"), self.line_scale_box)
        pform.addRow(self.hide_advanced_box)
        pform.addRow(self.high_contrast_box)
        pform.addRow(self.full_screen_box)

        self.message_label = QLabel("")
        self.message_label.setWordWrap(True)
        self.message_label.setToolTip(tr("Why the settings could not be applied"))
        self.message_label.setStyleSheet(f"color: {colors.ERROR_TEXT};")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Apply
                                        | QDialogButtonBox.StandardButton.Cancel)
        button = self.buttons.button
        button(QDialogButtonBox.StandardButton.Ok).setToolTip(tr("Apply the settings, keep them and close"))
        button(QDialogButtonBox.StandardButton.Apply).setToolTip(tr("Apply the settings now and keep them"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setToolTip(tr("Close without applying"))
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self.apply)

        layout = QVBoxLayout(self)
        layout.addWidget(general)
        layout.addWidget(presentation_group)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)

    def load(self, settings: AppearanceSettings) -> None:
        """Show ``settings`` in the controls."""
        self.theme_box.setCurrentIndex(max(0, self.theme_box.findData(settings.theme)))
        self.speed_box.setCurrentIndex(max(0, self.speed_box.findData(settings.default_speed)))
        self.font_scale_box.setValue(settings.font_scale)
        self.line_scale_box.setValue(settings.line_scale)
        self.hide_advanced_box.setChecked(settings.hide_advanced)
        self.high_contrast_box.setChecked(settings.high_contrast)
        self.full_screen_box.setChecked(settings.full_screen)
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(i18n.chosen_language())))
        self.message_label.clear()

    def edited(self) -> AppearanceSettings:
        """The settings as the controls show them."""
        return AppearanceSettings(
            theme=self.theme_box.currentData(),
            default_speed=int(self.speed_box.currentData()),
            font_scale=round(self.font_scale_box.value(), 2),
            line_scale=round(self.line_scale_box.value(), 2),
            hide_advanced=self.hide_advanced_box.isChecked(),
            high_contrast=self.high_contrast_box.isChecked(),
            full_screen=self.full_screen_box.isChecked(),
        )

    def apply(self) -> bool:
        """Apply and store the settings shown; False (with the reason shown) if they were refused."""
        try:
            self.presentation.apply_settings(self.edited())
        except ValueError as exc:
            self.message_label.setText(engine_text(exc))
            return False
        self.message_label.clear()
        language = self.language_box.currentData()
        if language != i18n.chosen_language():
            QSettings().setValue(i18n.LANGUAGE_KEY, language)
        if i18n.resolve_language(language) != i18n.current_language():
            self.message_label.setText(tr("The language changes when the simulator is started next."))
        return True

    def _ok(self) -> None:
        if self.apply():
            self.accept()


def _scale_box(low: float, high: float, step: float, tip: str) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(low, high)
    box.setSingleStep(step)
    box.setDecimals(1)
    box.setSuffix(" ×")
    box.setAlignment(Qt.AlignmentFlag.AlignRight)
    box.setToolTip(tip)
    return box
