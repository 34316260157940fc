"""Sentences for people from Qt-free code: each keeps its template and values, so the window can translate it."""

from __future__ import annotations

from typing import Any


class Text(str):
    """A user-facing string that remembers how it was made.

    It is an ordinary ``str`` (the English text, so scripts and logs read it as
    before) that also carries ``template`` and ``values``: the window looks the
    template up in its translations and formats the translated template with the
    same values (:func:`simulator.gui.i18n.engine_text`).
    """

    template: str
    values: dict[str, Any]

    def __new__(cls, template: str, values: dict[str, Any]) -> "Text":
        text = super().__new__(cls, template.format(**values) if values else template)
        text.template = template
        text.values = values
        return text

    def __reduce__(self):
        return (Text, (self.template, self.values))


def tr(template: str, **values: Any) -> Text:
    """Mark ``template`` (a literal, with ``{name}`` fields for ``values``) as text a person reads.

    ``pyside6-lupdate`` collects every ``tr("...")`` literal for the translators, so
    the first argument must be a string literal, never an f-string: put the variable
    parts in ``values``. Format specs (``{rate:.2f}``) are kept in the template.
    """
    return Text(template, values)
