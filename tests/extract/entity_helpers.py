"""Helpers of the entity tests: the mentions of a text, each checked to be the slice it points at."""
from __future__ import annotations

from pipeline.extract.entities import find_mentions


def mentions_of(nlp, text):
    ms = find_mentions(nlp(text))
    for m in ms:
        assert text[m.char_start:m.char_end] == m.text
    return ms
