"""JSON / JSON Lines reader: text used exactly, one bad line quarantined alone."""

import json

from pipeline.ingest import read_inbox
from pipeline.ingest.checks import make_article_id

NOW = "2025-01-01T00:00:00+00:00"



def _rec(i, text, **extra):
    rec = {"id": f"case:{i}", "url": f"https://example.org/{i}", "title": f"Case {i}", "source": "unit",
           "published_at": "2024-10-25T16:57:00-04:00", "text": text}
    rec.update(extra)
    return rec


def test_jsonl_records(inbox, english):
    text = "  " + english("the port") + "\r\nSecond line kept exactly.  "
    recs = [_rec(1, text), _rec(2, english("the mine"), published_at="2017-07-18"), _rec(3, "75ml", published_at=None)]
    (inbox / "cases.jsonl").write_text("\n".join(json.dumps(r) for r in recs) + "\n", encoding="utf-8")
    res = read_inbox(inbox, now=NOW)
    assert res.quarantine == []
    a, b, c = res.articles
    assert a.text == text  # used EXACTLY as given: no stripping, no newline normalisation
    assert a.source_id == "case:1" and a.article_id == make_article_id("case:1", text)
    assert (a.url, a.title, a.source) == ("https://example.org/1", "Case 1", "unit")
    assert a.published_at == "2024-10-25T16:57:00-04:00"
    assert a.origin == "cases.jsonl:1" and b.origin == "cases.jsonl:2"
    assert b.published_at == "2017-07-18"  # date-only stays date-only
    assert c.text == "75ml" and "missing publication date" in c.warnings  # short curated cases are kept


def test_malformed_json_line_among_good_lines(inbox, english):
    lines = [json.dumps(_rec(1, english("the port"))), '{"id": "case:2", "text": "unterminated', "",
             json.dumps(_rec(3, english("the mine")))]
    (inbox / "cases.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    res = read_inbox(inbox, now=NOW)
    assert [a.origin for a in res.articles] == ["cases.jsonl:1", "cases.jsonl:4"]
    [q] = res.quarantine
    assert (q.reason, q.origin, q.stage) == ("malformed_json", "cases.jsonl:2", "ingest")
    assert "invalid JSON" in q.message


def test_json_without_text(inbox):
    (inbox / "notext.json").write_text(json.dumps({"id": "x", "title": "No body"}), encoding="utf-8")
    (inbox / "nottext.jsonl").write_text(json.dumps({"id": "y", "text": ["a", "list"]}) + "\n", encoding="utf-8")
    res = read_inbox(inbox, now=NOW)
    assert res.articles == []
    q1, q2 = res.quarantine
    assert (q1.reason, q1.origin) == ("missing_field", "notext.json") and "'text'" in q1.message
    assert (q2.reason, q2.origin) == ("missing_field", "nottext.jsonl:1") and "an array" in q2.message


def test_json_list_and_non_object(inbox, english):
    (inbox / "list.json").write_text(json.dumps([_rec(1, english("a")), 42, {"text": english("b")}]), encoding="utf-8")
    res = read_inbox(inbox, now=NOW)
    assert [a.origin for a in res.articles] == ["list.json#1", "list.json#3"]
    assert res.articles[1].source_id == "list.json#3"  # no id: the file (and item) name
    [q] = res.quarantine
    assert (q.reason, q.origin) == ("malformed_json", "list.json#2")


def test_malformed_json_file(inbox):
    (inbox / "bad.json").write_text('{"id": 1, "text": "x",}', encoding="utf-8")
    [q] = read_inbox(inbox, now=NOW).quarantine
    assert q.reason == "malformed_json" and "line 1 column" in q.message


def test_hostile_title_survives_as_plain_text(inbox, english):
    title = '<script>alert("x")</script> & <b>bold</b>'
    (inbox / "c.jsonl").write_text(json.dumps(_rec(1, english(), title=title)) + "\n", encoding="utf-8")
    [a] = read_inbox(inbox, now=NOW).articles
    assert a.title == title


def test_unparseable_date_kept_with_warning(inbox, english):
    (inbox / "c.jsonl").write_text(json.dumps(_rec(1, english(), published_at="foo")) + "\n", encoding="utf-8")
    [a] = read_inbox(inbox, now=NOW).articles
    assert a.published_at is None and "unparseable publication date 'foo'" in a.warnings


def test_oversized_jsonl_line_only_that_line(inbox, english):
    big = _rec(2, english() + " word" * 3000)
    lines = [json.dumps(_rec(1, english("a"))), json.dumps(big), json.dumps(_rec(3, english("b")))]
    (inbox / "c.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    res = read_inbox(inbox, max_bytes=4096, now=NOW)
    assert [a.origin for a in res.articles] == ["c.jsonl:1", "c.jsonl:3"]
    [q] = res.quarantine
    assert (q.reason, q.origin) == ("too_large", "c.jsonl:2") and "over the 4 KiB limit" in q.message


def test_bad_utf8_jsonl_line(inbox, english):
    good = json.dumps(_rec(1, english())).encode()
    (inbox / "c.jsonl").write_bytes(good + b"\n" + b'{"id": "2", "text": "caf\xe9 au lait"}\n')
    res = read_inbox(inbox, now=NOW)
    assert len(res.articles) == 1
    [q] = res.quarantine
    assert (q.reason, q.origin) == ("bad_encoding", "c.jsonl:2")
