"""Sentences for people from Qt-free code: each keeps its template and values, so the window can translate it."""

from __future__ import annotations

import numbers
from typing import Any

#: Longest a value shown inside a sentence may be (longer ones are cut with an ellipsis).
LONGEST_VALUE = 200
#: Longest the rendering of a container (list, dict, array) inside a sentence may be.
LONGEST_CONTAINER = 80


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
        values = {k: brief(v) for k, v in values.items()}
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


class Brief:
    """A value shown in a sentence as one short line (its ``repr``, squeezed and cut)."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text

    def __repr__(self) -> str:
        return self.text

    __str__ = __repr__

    def __format__(self, spec: str) -> str:
        return format(self.text, spec)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Brief) and other.text == self.text

    def __hash__(self) -> int:
        return hash(self.text)

    def __reduce__(self):
        return (Brief, (self.text,))


def brief(value: Any) -> Any:
    """``value`` as it may appear in a one-line sentence: numbers and short text as they are,
    text with line breaks squeezed onto one line and long text cut, containers and arrays
    as a short :class:`Brief` (a damaged file's 10,000-element array is not the message)."""
    if value is None or isinstance(value, (bool, numbers.Number, Text, Brief)):
        return value
    if isinstance(value, BaseException):  # shown as its message, as format() would
        args = value.args
        value = args[0] if len(args) == 1 and isinstance(args[0], Text) else str(value)
        if isinstance(value, Text):
            return value
    if isinstance(value, str):
        if "\n" in value or "\r" in value or len(value) > LONGEST_VALUE:
            value = _cut(" ".join(value.split()), LONGEST_VALUE)
        return value
    shape = getattr(value, "shape", None)
    if isinstance(shape, tuple) and hasattr(value, "dtype") and (len(shape) > 1 or getattr(value, "size", 0) > 8):
        return Brief(f"array of shape {shape}")
    try:
        text = repr(value.tolist() if hasattr(value, "tolist") and shape is not None else value)
    except Exception:
        text = f"<{type(value).__name__}>"
    return Brief(_cut(" ".join(text.split()), LONGEST_CONTAINER))


def _cut(text: str, most: int) -> str:
    return text if len(text) <= most else text[:most - 1] + "…"
