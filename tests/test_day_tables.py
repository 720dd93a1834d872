"""Tables assembled from per-day pieces equal the tables built and validated from every article at once, and a
new day costs only its own rows."""
from __future__ import annotations

import dataclasses
import hashlib

import pandas as pd
import pytest

from pipeline.archive import PartitionStore, archive_contents
from pipeline.cache import ExtractionCache, cache_key
from pipeline.day_tables import DayTableStore, assemble
from pipeline.extract import extract_text
from pipeline.records import Article, QuarantineRecord
from pipeline.tables import build_tables, stable_id
from pipeline.validate import validate_tables

TEXTS = {
    "shelters": "The mayor of Lyon, Anna Kowalski, said on Monday that 40 families had been moved to shelters.",
    "talks": "Kowalski told reporters that talks with France's interior ministry would resume in May.",
    "storm": "Forecasters said the storm could bring up to 120 millimetres of rain to Lyon by Friday.",
    "storm-v2": "Forecasters said the storm could bring up to 150 millimetres of rain to Lyon by Friday.",
    "port": "The port authority said about 3,000 containers were stuck in Marseille, according to Reuters.",
    "port-v2": "The port authority said about 3,500 containers were stuck in Marseille, according to Reuters.",
}


def _article(key: str, source_id: str, origin: str, when: str) -> Article:
    text = TEXTS[key]
    sha = hashlib.sha256(text.encode()).hexdigest()
    return Article(article_id=stable_id("a", source_id, sha), source_id=source_id, text=text,
                   published_at="2026-03-02T09:00:00+00:00", text_sha256=sha, word_count=len(text.split()),
                   ingested_at=when, origin=origin)


@pytest.fixture(scope="module")
def extractions():
    return {k: extract_text(t, "2026-03-02T09:00:00+00:00") for k, t in TEXTS.items()}


def _file_day(state, day: str, items: list[tuple[str, Article]], extractions, quarantine=()) -> None:
    cache = ExtractionCache(state / "cache" / "extractions")
    keys = {}
    for key, a in items:
        ex = extractions[key]
        if key == "talks":  # a mention whose text is not the article's slice: the span rule quarantines it
            ex = dataclasses.replace(ex, mentions=[dataclasses.replace(ex.mentions[0], text="Somebody else")]
                                     + ex.mentions[1:])
        keys[a.article_id] = cache_key(a.text_sha256, a.published_at, "test", "model")
        cache.put(keys[a.article_id], ex)
    PartitionStore(state).write(day, [a for _, a in items], list(quarantine), keys)


def _reference(state):
    """Every article built and validated at once (what the tables step did before per-day pieces)."""
    articles, quarantine, keys = archive_contents(PartitionStore(state))
    cache = ExtractionCache(state / "cache" / "extractions")
    built = build_tables([(a, cache.get(keys[a.article_id])) for a in articles], quarantine)
    return validate_tables(built, {a.article_id: a.text for a in articles}).tables


def _same(got: dict[str, pd.DataFrame], want: dict[str, pd.DataFrame]) -> None:
    assert set(got) == set(want)
    for name in want:
        g, w = got[name], want[name]
        if name == "quarantine":
            g, w = (x.sort_values("quarantine_id").reset_index(drop=True) for x in (g, w))
        pd.testing.assert_frame_equal(g.reset_index(drop=True), w.reset_index(drop=True), obj=name)


@pytest.fixture
def archive(tmp_path, extractions):
    state = tmp_path / "state"
    _file_day(state, "2026-03-01", [
        ("shelters", _article("shelters", "s1", "a.txt", "2026-03-01T01:00:00Z")),
        ("storm", _article("storm", "s3", "c.txt", "2026-03-01T01:00:00Z")),
        ("port", _article("port", "s4", "d.txt", "2026-03-01T01:00:00Z")),
        # edited the same day: the older version is superseded, its entities must not win
        ("port-v2", _article("port-v2", "s4", "d.txt", "2026-03-01T05:00:00Z")),
    ], extractions, [QuarantineRecord(origin="bad.bin", stage="ingest", reason="binary", message="binary file")])
    _file_day(state, "2026-03-02", [
        ("talks", _article("talks", "s2", "b.txt", "2026-03-02T01:00:00Z")),
        ("storm-v2", _article("storm-v2", "s3", "c.txt", "2026-03-02T01:00:00Z")),  # supersedes day 1's storm
    ], extractions)
    return state


def test_assembled_tables_equal_a_build_of_everything(archive):
    done = assemble(archive)
    assert done.days_built == ["2026-03-01", "2026-03-02"]
    got = done.result.tables
    _same(got, _reference(archive))
    assert len(got["articles"]) == 4
    assert {"superseded", "binary", "text_equals_slice"} <= set(got["quarantine"]["reason"])
    assert "Lyon" in set(got["entities"]["name"])


def test_unchanged_days_are_read_back_and_a_new_day_is_built_alone(archive, extractions):
    first = assemble(archive)
    again = assemble(archive)
    assert again.days_built == [] and again.days_reused == ["2026-03-01", "2026-03-02"]
    _same(again.result.tables, first.result.tables)
    _file_day(archive, "2026-03-03", [("talks", _article("talks", "s9", "e.txt", "2026-03-03T01:00:00Z"))],
              extractions)
    third = assemble(archive)
    assert third.days_built == ["2026-03-03"]
    _same(third.result.tables, _reference(archive))


def test_a_rewritten_day_or_a_damaged_piece_is_rebuilt(archive, extractions):
    assemble(archive)
    _file_day(archive, "2026-03-02", [("talks", _article("talks", "s2", "b.txt", "2026-03-02T01:00:00Z"))],
              extractions)
    (DayTableStore(archive).root / "2026-03-01.pkl").write_bytes(b"not a pickle")
    done = assemble(archive)
    assert done.days_built == ["2026-03-01", "2026-03-02"]
    _same(done.result.tables, _reference(archive))
