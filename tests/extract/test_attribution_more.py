"""Claims and attribution, more phenomena (pipeline.extract.attribution.find_claims): one test each."""
from __future__ import annotations

import pytest

from pipeline.extract.attribution import find_claims


@pytest.fixture(scope="module")
def nlp():
    from pipeline.extract.nlp import get_nlp

    return get_nlp()


def claims_of(nlp, text):
    doc = nlp(text)
    out = find_claims(doc)
    for c in out:
        assert c.text == text[c.char_start:c.char_end]
        if c.cue is not None:
            assert c.cue == text[c.cue_start:c.cue_end]
    return out


def one(claims, containing):
    found = [c for c in claims if containing in c.text]
    assert found, f"no claim contains {containing!r}: {[c.text for c in claims]}"
    return found[0]


def test_nested_attribution_is_part_of_the_outer_claim(nlp):
    # one proposition of the mayor's: the council's announcement is not a claim of its own
    text = "The mayor said that the harbour council had announced a budget of 5 million euros for the quay."
    cs = claims_of(nlp, text)
    c = one(cs, "harbour council had announced")
    assert c.claimant == "The mayor" and c.cue == "said"
    assert not [x for x in cs if x.claimant == "the harbour council"]


def test_nested_object_cue_is_part_of_the_outer_claim(nlp):
    text = "Lena Brandt said the governor once described the tunnel project as a waste of money."
    cs = claims_of(nlp, text)
    assert one(cs, "described the tunnel").claimant == "Lena Brandt"
    assert not [x for x in cs if x.claimant == "the governor"]
