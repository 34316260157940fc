"""Two languages: every string of the window is in the catalogues, translated, and shown in Chinese when chosen."""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from simulator.core.text import Text, tr as engine_tr
from simulator.gui import catalogues, i18n
from simulator.gui.main_window import MainWindow
from simulator.registry import MODELS

try:
    from .visible_text import english_words, untranslated
except ImportError:  # run as a top-level module
    from visible_text import english_words, untranslated

PACKAGE = Path(catalogues.__file__).resolve().parent.parent


# ------------------------------------------------------------- the catalogues
@pytest.mark.parametrize("catalogue", catalogues.catalogues(), ids=lambda c: f"{c.area}-{c.language}")
def test_every_string_marked_for_translation_is_translated(catalogue):
    missing = catalogues.problems(catalogue)
    assert not missing, (f"{len(missing)} strings of {catalogue.ts.name} are missing (run "
                         f"'python -m simulator.gui.catalogues update', translate, then 'release'):\n"
                         + "\n".join(map(str, missing[:40])))


@pytest.mark.parametrize("catalogue", catalogues.catalogues(), ids=lambda c: f"{c.area}-{c.language}")
def test_every_string_is_in_the_context_the_window_looks_in(catalogue):
    # tr() asks for context "": lupdate files module.tr("...") and aliased calls under another name.
    root = ET.parse(catalogue.ts).getroot()
    names = {context.findtext("name") or "" for context in root.iter("context")}
    assert names <= {""}, f"{catalogue.ts.name} has contexts {sorted(names - {''})}: call tr(...) by that bare name"


@pytest.mark.parametrize("language", catalogues.TARGETS)
def test_a_text_in_several_catalogues_has_one_translation(language):
    # All catalogues share the context tr() asks in, so the first translator that knows a text
    # answers for every panel: two different translations would show the wrong one somewhere.
    seen: dict[str, dict[str, str]] = {}
    for catalogue in catalogues.catalogues():
        if catalogue.language != language:
            continue
        for message in ET.parse(catalogue.ts).getroot().iter("message"):
            seen.setdefault(message.findtext("source") or "", {})[catalogue.area] = message.findtext("translation")
    differing = {source: by_area for source, by_area in seen.items() if len(set(by_area.values())) > 1}
    assert not differing, "translated differently in different catalogues: " + repr(differing)


@pytest.mark.parametrize("catalogue", catalogues.catalogues(), ids=lambda c: f"{c.area}-{c.language}")
def test_the_compiled_catalogues_match_their_sources(catalogue, tmp_path):
    fresh = tmp_path / catalogue.qm.name
    catalogues.lrelease(catalogue, fresh)
    assert catalogue.qm.exists() and fresh.read_bytes() == catalogue.qm.read_bytes(), (
        f"{catalogue.qm.name} is older than {catalogue.ts.name}: run 'python -m simulator.gui.catalogues release'")


def _tr_calls(tree: ast.AST):
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None
            if name == "tr":
                yield node


def test_tr_is_always_given_a_literal_template():
    # lupdate collects literals: an f-string or a variable would be looked up already filled in, and never found.
    bad = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for call in _tr_calls(tree):
            first = call.args[0] if call.args else None
            if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                bad.append(f"{path.relative_to(PACKAGE.parent)}:{call.lineno}")
    assert not bad, "tr() needs a string literal (put variable parts in {fields}): " + ", ".join(bad)


# -------------------------------------------------------------- the mechanism
class Brackets(QTranslator):
    """A stand-in catalogue: every text comes back in «», so a test can see what was translated."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return f"«{source}»"


def test_tr_and_engine_text_translate_templates_then_fill_in_their_values(qapp):
    sentence = engine_tr("The grid must be {rows} × {cols} units; got {got}.", rows=3, cols=4, got=5)
    assert isinstance(sentence, Text) and sentence == "The grid must be 3 × 4 units; got 5."
    assert i18n.engine_text(ValueError(sentence)) == sentence
    brackets = Brackets()
    qapp.installTranslator(brackets)
    try:
        assert i18n.tr("Run") == "«Run»"
        assert i18n.engine_text(ValueError(sentence)) == "«The grid must be 3 × 4 units; got 5.»"
        assert i18n.tr("Could not open {what}: {why}", what="x", why=sentence) == (
            "«Could not open x: «The grid must be 3 × 4 units; got 5.»»")
        assert i18n.engine_text("a plain string") == "a plain string"
    finally:
        qapp.removeTranslator(brackets)


def test_the_language_follows_the_system_until_one_is_chosen(qapp, monkeypatch):
    settings = QSettings()
    settings.remove(i18n.LANGUAGE_KEY)
    assert i18n.chosen_language(settings) == i18n.SYSTEM
    monkeypatch.setattr(i18n, "system_language", lambda: "zh_CN")
    assert i18n.resolve_language(i18n.chosen_language(settings)) == "zh_CN"
    settings.setValue(i18n.LANGUAGE_KEY, "en")
    assert i18n.resolve_language(i18n.chosen_language(settings)) == "en"
    settings.setValue(i18n.LANGUAGE_KEY, "klingon")
    assert i18n.chosen_language(settings) == i18n.SYSTEM
    settings.remove(i18n.LANGUAGE_KEY)


def test_every_catalogue_loads_and_speaks_chinese(qapp):
    try:
        installed = i18n.install_translators(qapp, "zh_CN")
        assert len(installed) >= len(catalogues.areas())
        assert i18n.tr("Run") != "Run" and not english_words(i18n.tr("Run"))
    finally:
        i18n.install_translators(qapp, "en")
    assert i18n.tr("Run") == "Run"


# ------------------------------------------------------- what a person sees
@pytest.fixture
def chinese(qapp):
    i18n.install_translators(qapp, "zh_CN")
    yield
    i18n.install_translators(qapp, "en")


@pytest.mark.parametrize("key", [spec.key for spec in MODELS])
def test_every_visible_string_of_the_window_is_in_chinese(chinese, qtbot, key):
    spec = next(s for s in MODELS if s.key == key)
    spec.load_package().warmup()
    window = MainWindow(models=[spec], warm_up=None)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    try:
        qtbot.waitUntil(lambda: window.is_ready, timeout=20_000)
        panel = window.current_panel
        qtbot.waitUntil(lambda: panel.runner is not None, timeout=20_000)
        for _ in range(3):
            window.step()
            qtbot.wait(50)
            panel.refresh()
        window.explain_dock.show()
        qtbot.wait(400)
        missing = untranslated(window)
        assert not missing, f"{len(missing)} texts of the {key} window are not in Chinese:\n" + "\n".join(missing[:60])
    finally:
        window.close()
