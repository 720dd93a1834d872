"""A claim's claimant is linked to its entity, also when the claimant span is a pronoun standing for a name."""
from __future__ import annotations

from pipeline.records import Article, Claim, Extraction, Mention
from pipeline.tables import build_tables, entity_id, stable_id

TEXT = "Anna Kowalski, the mayor, arrived late. She said 40 families had been moved."
ANNA = Mention(0, 13, "Anna Kowalski", "Anna Kowalski", "person", "person:anna kowalski")


def _claims(claim: Claim):
    article = Article(article_id=stable_id("a", "doc", TEXT), source_id="doc", text=TEXT)
    return build_tables([(article, Extraction(claims=[claim], mentions=[ANNA], mention_claim=[None]))])["claims"]


def _claim(**kw) -> Claim:
    start = TEXT.index("40 families")
    return Claim(char_start=start, char_end=len(TEXT) - 1, text=TEXT[start:-1], sentence_start=40,
                 sentence_end=len(TEXT), claimant_type="person", attribution="indirect", cue="said", **kw)


def test_claimant_span_inside_a_mention():
    claims = _claims(_claim(claimant="Anna Kowalski", claimant_start=0, claimant_end=13))
    assert claims.loc[0, "claimant_entity_id"] == entity_id("person:anna kowalski", "person")


def test_pronoun_claimant_resolved_to_a_name_links_that_name():
    she = TEXT.index("She")
    claims = _claims(_claim(claimant="Anna Kowalski", claimant_start=she, claimant_end=she + 3))
    assert claims.loc[0, "claimant_entity_id"] == entity_id("person:anna kowalski", "person")


def test_unresolved_pronoun_links_nothing():
    she = TEXT.index("She")
    claims = _claims(_claim(claimant="She", claimant_start=she, claimant_end=she + 3))
    assert claims.loc[0, "claimant_entity_id"] is None
