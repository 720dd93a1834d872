"""Helpers of the times tests: the (text, value) pairs found in a text, each checked against its offsets."""
from __future__ import annotations

from pipeline.extract.times import find_times


def values(nlp, text, pub):
    found = find_times(nlp(text), pub)
    for t in found:
        assert text[t.char_start:t.char_end] == t.text
    return [(t.text, t.value) for t in found]


def value_of(nlp, text, pub, span):
    return next(v for t, v in values(nlp, text, pub) if t == span)
