"""Which mentions place a claim (CLAIMS-GUIDE.md, the seed): the countries and places its content names, not the
claimant's own country or the description of the claimant; a content naming only places of no known country is
placed by its claimant. Invented sentences."""
from __future__ import annotations

from pipeline.extract import extract_doc


def _places(nlp, text, containing):
    ex = extract_doc(nlp(text), "2025-03-14T10:00:00+00:00")
    i = next(k for k, c in enumerate(ex.claims) if containing in c.text)
    linked = [m for m, ci in zip(ex.mentions, ex.mention_claim) if ci == i]
    return sorted({m.country_code for m in linked if m.country_code}), ex, i


def test_a_claims_places_are_those_its_content_names(nlp):
    codes, ex, i = _places(nlp, "South Korean intelligence said that North Korean soldiers had reached Russia.",
                           "North Korean")
    assert codes == ["PRK", "RUS"]
    # the claimant's mention keeps its role, and the claim links the claimant's entity
    roles = {m.text: m.role for m in ex.mentions}
    assert roles["South Korean"] == "claimant"


def test_the_description_of_the_claimant_places_nothing(nlp):
    codes, _, _ = _places(nlp, "“This is the worst harvest we have seen,” said Carmen Ruiz, a farmer near Jaén, "
                               "Spain.", "worst harvest")
    assert codes == []


def test_a_content_naming_only_unknown_places_is_placed_by_its_claimant(nlp):
    codes, _, _ = _places(nlp, "Danish police suspect that the fire off the island of Bornholm was caused by a "
                               "cable fault.", "fire")
    assert codes == ["DNK"]
