"""Validation moves failing rows to quarantine with the rule they broke, and keeps everything else."""
from __future__ import annotations

from pipeline.records import Article, Claim, Extraction, Quantity
from pipeline.tables import build_tables, stable_id
from pipeline.validate import blocking_failures, validate_tables

TEXT = "Officials said that 40 people were evacuated. The river rose by 2 metres overnight."


def _article() -> Article:
    return Article(article_id=stable_id("a", "doc", TEXT), source_id="doc", text=TEXT, text_sha256="0" * 64,
                   word_count=14, ingested_at="2026-01-01T00:00:00+00:00")


def _claim(start: int, end: int, text: str | None = None, **kw) -> Claim:
    return Claim(char_start=start, char_end=end, text=TEXT[start:end] if text is None else text,
                 sentence_start=0, sentence_end=len(TEXT), **kw)


def _build(ex: Extraction):
    article = _article()
    return article, build_tables([(article, ex)])


def test_good_rows_pass_untouched():
    start = TEXT.index("40 people")
    ex = Extraction(claims=[_claim(20, 45, claimant="Officials", claimant_start=0, claimant_end=9,
                                   claimant_type="government", attribution="indirect", cue="said", cue_start=10,
                                   cue_end=14)],
                    quantities=[Quantity(start, start + 9, "40 people", 40.0, unit="people", counted="people")],
                    quantity_claim=[0])
    article, tables = _build(ex)
    result = validate_tables(tables, {article.article_id: TEXT})
    assert not result.quarantined
    assert len(result.tables["claims"]) == 1 and len(result.tables["quantities"]) == 1


def test_text_not_equal_to_slice_is_quarantined_with_its_rule():
    ex = Extraction(claims=[_claim(20, 45, text="something else entirely.."), _claim(46, 80)])
    article, tables = _build(ex)
    result = validate_tables(tables, {article.article_id: TEXT})
    assert [q.reason for q in result.quarantined] == ["text_equals_slice"]
    assert len(result.tables["claims"]) == 1
    assert result.tables["quarantine"]["reason"].tolist() == ["text_equals_slice"]


def test_span_outside_the_article_is_quarantined():
    ex = Extraction(claims=[_claim(70, 500, text=TEXT[70:])])
    article, tables = _build(ex)
    result = validate_tables(tables, {article.article_id: TEXT})
    assert [q.reason for q in result.quarantined] == ["span_inside_article"]


def test_bad_enum_and_bounds_are_quarantined_by_the_pandera_model():
    start = TEXT.index("2 metres")
    ex = Extraction(claims=[_claim(46, 82, claimant_type="wizard")],
                    quantities=[Quantity(start, start + 8, "2 metres", 2.0, lower=5.0, unit="m", kind="length")],
                    quantity_claim=[None])
    article, tables = _build(ex)
    result = validate_tables(tables, {article.article_id: TEXT})
    reasons = sorted(q.reason for q in result.quarantined)
    assert len(reasons) == 2
    assert reasons[0].startswith("claimant_type:isin")
    assert reasons[1] == "row:bounds_ordered"


def test_children_of_a_quarantined_row_follow_it_by_foreign_key():
    start = TEXT.index("40 people")
    ex = Extraction(claims=[_claim(20, 45, text="not the slice")],
                    quantities=[Quantity(start, start + 9, "40 people", 40.0)], quantity_claim=[0])
    article, tables = _build(ex)
    result = validate_tables(tables, {article.article_id: TEXT})
    assert sorted(q.reason for q in result.quarantined) == ["foreign_key:claim_id", "text_equals_slice"]
    assert result.tables["quantities"].empty
    for name, df in result.tables.items():
        assert not blocking_failures(name, df, result.tables, {article.article_id: TEXT}), name


def test_percent_changes_and_large_shown_percentages_are_kept_but_impossible_ones_quarantined():
    text = "Prices rose 240 percent, exports fell 12% and output changed by minus 3 percent; 5 percent more."
    article = Article(article_id=stable_id("a", "pct", text), source_id="pct", text=text, text_sha256="1" * 64,
                      word_count=16, ingested_at="2026-01-01T00:00:00+00:00")

    def pct(sub, value):
        s = text.index(sub)
        return Quantity(s, s + len(sub), sub, value, unit="percent", kind="percent")

    ex = Extraction(quantities=[pct("240 percent", 240.0), pct("12%", -12.0), pct("minus 3 percent", -3.0),
                                pct("5 percent", 500.0)], quantity_claim=[None] * 4)
    result = validate_tables(build_tables([(article, ex)]), {article.article_id: text})
    assert sorted(result.tables["quantities"]["text"]) == ["12%", "240 percent", "minus 3 percent"]
    assert [q.reason for q in result.quarantined] == ["row:percent_range"]  # 500 where the text shows 5
