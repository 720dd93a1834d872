"""Helpers of the attribution tests: the claims of a text, checked for span consistency, and picking one."""
from __future__ import annotations

from pipeline.extract.attribution import find_claims

# a pronoun span ("he", a relative "who") is where the claimant is mentioned, the claimant what it stands for
_PRONOUN_SOURCES = ("he", "she", "it", "they", "who", "which", "that", "his", "her", "its", "their")


def claims_of(nlp, text):
    out = find_claims(nlp(text))
    for c in out:
        assert c.text == text[c.char_start:c.char_end]
        if c.claimant is not None and text[c.claimant_start:c.claimant_end].lower() not in _PRONOUN_SOURCES:
            assert c.claimant == text[c.claimant_start:c.claimant_end]
        if c.cue is not None:
            assert c.cue == text[c.cue_start:c.cue_end]
    return out


def one(claims, containing):
    found = [c for c in claims if containing in c.text]
    assert found, f"no claim contains {containing!r}: {[c.text for c in claims]}"
    return found[0]
