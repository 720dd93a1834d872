"""Plain-text / Markdown reader: headline, dateline, text kept exactly (newlines normalised, BOM removed)."""
from pathlib import Path

from pipeline.ingest import read_inbox
from pipeline.ingest.checks import make_article_id, sha256_hex

NOW = "2025-01-01T00:00:00+00:00"


SEED = Path(__file__).resolve().parents[2] / "samples" / "inbox" / "north-korean-soldiers.txt"  # the seed, bundled

ARTICLE = (
    "City council approves new harbour bridge\n"
    "The city council voted on Thursday to approve a new bridge across the harbour, ending a debate that lasted "
    "almost a decade.\n"
    "4:57 PM EDT, October 25, 2024\n"
    "The bridge will cost about 120 million dollars, according to the council's budget office, and construction "
    "is expected to start next spring.\n"
    "Opponents say the money would be better spent\n"
    "Several residents' groups said the council should repair existing roads first.\n"
)


def test_txt_with_dateline(inbox):
    (inbox / "bridge.txt").write_text(ARTICLE, encoding="utf-8")
    res = read_inbox(inbox, now=NOW)
    assert res.quarantine == []
    [a] = res.articles
    assert a.title == "City council approves new harbour bridge"
    assert a.published_at == "2024-10-25T16:57:00-04:00"
    assert a.text == ARTICLE  # headline and dateline stay in the text
    assert a.source_id == "bridge.txt" and a.origin == "bridge.txt"
    assert a.article_id == make_article_id("bridge.txt", ARTICLE) == "a_" + sha256_hex("bridge.txt\0" + ARTICLE)[:16]
    assert a.text_sha256 == sha256_hex(ARTICLE)
    assert a.ingested_at == NOW and a.language == "en" and a.word_count > 40
    assert a.warnings == []


def test_crlf_and_bom_normalised_offsets_index_text(inbox):
    (inbox / "bridge.txt").write_bytes(b"\xef\xbb\xbf" + ARTICLE.replace("\n", "\r\n").encode("utf-8"))
    [a] = read_inbox(inbox, now=NOW).articles
    assert a.text == ARTICLE
    start = a.text.index("120 million")
    assert a.text[start:start + 11] == "120 million"


def test_markdown_title_text_kept_as_is(inbox):
    md = "# Bridge *approved*\n\n" + ARTICLE.split("\n", 1)[1]
    (inbox / "bridge.md").write_text(md, encoding="utf-8")
    [a] = read_inbox(inbox, now=NOW).articles
    assert a.title == "Bridge *approved*"
    assert a.text == md and a.text.startswith("# ")
    assert a.published_at == "2024-10-25T16:57:00-04:00"


def test_seed_example_shape(inbox):
    (inbox / SEED.name).write_bytes(SEED.read_bytes())
    [a] = read_inbox(inbox, now=NOW).articles
    assert a.published_at == "2024-10-25T16:57:00-04:00"
    assert a.title == SEED.read_text(encoding="utf-8").split("\n", 1)[0].strip()
    assert a.text == SEED.read_text(encoding="utf-8").replace("\r\n", "\n")


def test_missing_date_kept_with_warning(inbox):
    text = "\n".join(line for line in ARTICLE.split("\n") if "EDT" not in line)
    (inbox / "nodate.txt").write_text(text, encoding="utf-8")
    res = read_inbox(inbox, now=NOW)
    [a] = res.articles
    assert a.published_at is None
    assert "missing publication date" in a.warnings
    assert res.quarantine == []


def test_sentence_with_date_is_not_a_dateline(inbox):
    text = ARTICLE.replace("4:57 PM EDT, October 25, 2024", "The vote took place on October 25, 2024, after a long debate.")
    (inbox / "a.txt").write_text(text, encoding="utf-8")
    [a] = read_inbox(inbox, now=NOW).articles
    assert a.published_at is None
