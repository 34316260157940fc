"""Translations: ``tr`` for the window's text, ``engine_text`` for the engines' sentences, and the QTranslators."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from simulator.core.text import Text, brief

#: Languages the simulator speaks: code -> name in that language.
LANGUAGES: dict[str, str] = {"en": "English", "zh_CN": "简体中文"}
#: The QSettings key of the chosen language ("system", or a key of LANGUAGES).
LANGUAGE_KEY = "appearance/language"
SYSTEM = "system"
TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "translations"
#: Qt's own catalogues, for the buttons of standard dialogs (file dialogs, message boxes).
QT_CATALOGUES = ("qtbase",)


def tr(text: str, **values: Any) -> str:
    """``text`` in the chosen language, formatted with ``values``.

    ``text`` must be a literal (``pyside6-lupdate`` collects it for the translators):
    put variable parts in ``{name}`` fields and pass them as ``values``. Values that
    are engine sentences (:class:`~simulator.core.text.Text`) are translated too; others
    are shown on one short line (:func:`~simulator.core.text.brief`).
    """
    return _translated(text, values)


def _translated(template: str, values: dict[str, Any]) -> str:
    translated = QCoreApplication.translate("", template)
    if not values:
        return translated
    return translated.format(**{k: engine_text(v) if isinstance(v, Text) else brief(v) for k, v in values.items()})


def engine_text(message: Any) -> str:
    """An engine's sentence (an exception, a :class:`Text` or a plain string) in the chosen language.

    Engines are Qt-free: they write their sentences with :func:`simulator.core.text.tr`,
    which keeps the template; it is translated here, then filled with the same values.
    """
    if isinstance(message, BaseException):
        args = message.args
        message = args[0] if len(args) == 1 and isinstance(args[0], str) else str(message)
    if isinstance(message, Text):
        return _translated(message.template, message.values)
    return str(message)


def system_language() -> str:
    """The supported language closest to the system's: Simplified Chinese for any Chinese locale, else English."""
    return "zh_CN" if QLocale.system().name().lower().startswith("zh") else "en"


def chosen_language(settings: QSettings | None = None) -> str:
    """The language setting as stored: "system" or a key of :data:`LANGUAGES` (bad values read as "system")."""
    value = (settings if settings is not None else QSettings()).value(LANGUAGE_KEY, SYSTEM)
    return value if value in LANGUAGES else SYSTEM


def resolve_language(choice: str) -> str:
    """The language to show for a setting: the system's for "system"."""
    return system_language() if choice == SYSTEM or choice not in LANGUAGES else choice


def catalogue_files(language: str) -> list[Path]:
    """The simulator's compiled translations (``*_<language>.qm``) for ``language``; none for English."""
    if language == "en":
        return []
    return sorted(TRANSLATIONS_DIR.glob(f"*_{language}.qm"))


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Install the translators for ``language`` ("en", "zh_CN" or "system") on ``app``, replacing earlier ones.

    Widgets take their text when they are built, so a change shows in windows made
    afterwards (the Settings dialog says it applies at the next start).
    """
    for old in app.property("simulator_translators") or []:
        app.removeTranslator(old)
    language = resolve_language(language)
    installed: list[QTranslator] = []
    for path in catalogue_files(language):
        translator = QTranslator(app)
        if translator.load(str(path)):
            app.installTranslator(translator)
            installed.append(translator)
    if language != "en":
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name in QT_CATALOGUES:
            translator = QTranslator(app)
            if translator.load(f"{name}_{language}", qt_dir):
                app.installTranslator(translator)
                installed.append(translator)
    app.setProperty("simulator_translators", installed)
    app.setProperty("simulator_language", language)
    return installed


def current_language() -> str:
    """The language the running app's translators speak ("en" before any were installed)."""
    app = QCoreApplication.instance()
    language = app.property("simulator_language") if app is not None else None
    return language or "en"
