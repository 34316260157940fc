"""Sentences for people: a value inside a sentence stays on one short line, and a Text keeps how it was made."""

from __future__ import annotations

import pickle

import numpy as np

from simulator.core.text import LONGEST_CONTAINER, LONGEST_VALUE, Brief, Text, brief, tr


def test_numbers_and_short_text_are_kept_as_they_are():
    for value in (3, 2.5, True, None, np.float32(1.5), "abc", tr("nested {x}", x=1)):
        assert brief(value) is value
    assert tr("rate {r:.2f}, {n:,} runs", r=1.2345, n=12345) == "rate 1.23, 12,345 runs"


def test_arrays_and_containers_become_one_short_line():
    assert str(tr("got {v!r}", v=np.zeros((2, 1)))) == "got array of shape (2, 1)"
    assert str(tr("got {v!r}", v=np.arange(3))) == "got [0, 1, 2]"
    assert str(tr("got {v!r}", v=np.arange(100))) == "got array of shape (100,)"
    long_list = str(tr("{v!r}", v=list(range(1000))))
    assert len(long_list) == LONGEST_CONTAINER and long_list.endswith("…")
    nested = str(tr("{v}", v={"a": [1, 2], "b": {"c": None}}))
    assert nested == "{'a': [1, 2], 'b': {'c': None}}"


def test_text_with_line_breaks_or_too_long_is_squeezed_and_cut():
    assert str(tr("why: {why}", why="two\nlines,\n   indented")) == "why: two lines, indented"
    text = str(tr("{v}", v=repr(np.zeros((300, 3)))))
    assert "\n" not in text and len(text) == LONGEST_VALUE and text.endswith("…")


def test_an_exception_is_shown_as_its_message_and_a_text_inside_stays_translatable():
    inner = tr("the {what} is broken", what="wheel")
    outer = tr("could not load ({error})", error=ValueError(inner))
    assert str(outer) == "could not load (the wheel is broken)"
    assert outer.values["error"] is inner
    assert str(tr("missing {key}", key=KeyError("rng"))) == "missing 'rng'"


def test_a_text_with_brief_values_pickles_and_formats_again():
    t = tr("got {v!r} and {w}", v=np.ones((3, 3)), w=[1, 2])
    back = pickle.loads(pickle.dumps(t))
    assert isinstance(back, Text) and back == t and back.template == t.template
    assert back.values["v"] == Brief("array of shape (3, 3)")
    assert back.template.format(**back.values) == str(t)
