"""Bad input through a real build: each bad file gets its specific quarantine reason, the good articles publish."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from support import read_package, run_build

GOOD = ("Officials said on Monday that at least 40 people were evacuated from the flooded district. "
        "According to the city council, repairs will cost about $2 million and take three months.\n")


def _write_inbox(inbox: Path) -> None:
    inbox.mkdir(parents=True)
    (inbox / "good.txt").write_text("Flood forces evacuations\n" + GOOD, encoding="utf-8")
    (inbox / "zz-copy-of-good.txt").write_text("Flood forces evacuations\n" + GOOD, encoding="utf-8")
    (inbox / "empty.txt").write_bytes(b"")
    (inbox / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    (inbox / "big.txt").write_text(("word " * 60_000), encoding="utf-8")
    (inbox / "german.txt").write_text(
        "Die Regierung hat am Montag mitgeteilt, dass die Straße wegen des Hochwassers gesperrt bleibt. "
        "Nach Angaben der Stadt werden die Arbeiten noch mehrere Wochen dauern, und die Anwohner sollen "
        "ihre Häuser nicht betreten.\n", encoding="utf-8")
    (inbox / "notes.pdf").write_bytes(b"%PDF-1.4 not really")
    (inbox / "broken.html").write_text("<html><head><title>x</title></head><body><div></div></body></html>",
                                       encoding="utf-8")
    (inbox / "feed.jsonl").write_text("\n".join([
        json.dumps({"id": "ok-1", "title": "<script>alert(1)</script>", "source": "Example Wire",
                    "published_at": "2025-01-10T08:00:00Z",
                    "text": "The ministry said on Friday that 12 new schools would open next year."}),
        '{"id": "bad-json", "text": "unterminated',
        json.dumps({"id": "no-text", "title": "A title only"}),
        json.dumps({"id": "no-date", "title": "Undated",
                    "text": "The company reported that its sales rose by 8% last quarter, the board said."}),
    ]) + "\n", encoding="utf-8")


@pytest.fixture(scope="module")
def bad_build(tmp_path_factory):
    root = tmp_path_factory.mktemp("bad-build")
    _write_inbox(root / "inbox")
    proc = run_build(root / "inbox", root / "out", root / "state", {"CLAIMPACK_MAX_BYTES": "200000"})
    assert proc.returncode == 0, proc.stderr[-3000:]
    tables = read_package(Path(proc.stdout.strip().splitlines()[-1]))
    reasons = {}
    for row in tables["quarantine"]:
        reasons.setdefault(row["origin"], []).append(row)
    return tables, reasons


@pytest.mark.parametrize("origin, reason", [
    ("empty.txt", "empty"),
    ("image.txt", "binary"),
    ("big.txt", "too_large"),
    ("german.txt", "not_english"),
    ("notes.pdf", "unsupported_type"),
    ("broken.html", "no_text"),
    ("feed.jsonl:2", "malformed_json"),
    ("feed.jsonl:3", "missing_field"),
    ("zz-copy-of-good.txt", "duplicate"),
])
def test_bad_input_is_quarantined_with_its_reason(bad_build, origin, reason):
    _, reasons = bad_build
    assert origin in reasons, f"{origin} not quarantined; quarantine has {sorted(reasons)}"
    rows = reasons[origin]
    assert [r["reason"] for r in rows] == [reason]
    assert rows[0]["message"] and rows[0]["stage"] == "ingest"


def test_valid_articles_of_the_same_batch_are_published(bad_build):
    tables, _ = bad_build
    ids = {a["source_id"] for a in tables["articles"]}
    assert {"good.txt", "ok-1", "no-date"} <= ids
    assert len(ids) == 3
    assert any(c for c in tables["claims"] if "40 people" in c["text"])


def test_missing_date_is_kept_with_empty_published_at(bad_build):
    tables, _ = bad_build
    undated = next(a for a in tables["articles"] if a["source_id"] == "no-date")
    assert undated["published_at"] == ""
    times = [t for t in tables["times"] if t["article_id"] == undated["article_id"] and t["text"] == "last quarter"]
    assert all(t["value"] == "" for t in times)


def test_hostile_title_is_kept_as_plain_text(bad_build):
    tables, _ = bad_build
    assert next(a for a in tables["articles"] if a["source_id"] == "ok-1")["title"] == "<script>alert(1)</script>"


def test_quarantine_origins_are_relative(bad_build):
    _, reasons = bad_build
    assert all(not origin.startswith("/") for origin in reasons)
