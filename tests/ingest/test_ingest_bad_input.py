"""One test per bad-input case: each becomes a specific quarantine reason (or a warning), never an exception."""

import json
import random

from pipeline.ingest import read_inbox
from pipeline.ingest.checks import REASONS

NOW = "2025-01-01T00:00:00+00:00"


GERMAN = ("Die Stadtverwaltung hat am Dienstag mitgeteilt, dass die Arbeiten am Hafen in der kommenden Woche "
          "wieder aufgenommen werden. Nach Angaben des Rates wurden etwa vierzig Arbeiter nach Hause geschickt, "
          "und die Verzögerung koste die Stadt rund zwei Millionen Euro. Wir erwarten den normalen Betrieb bis "
          "Freitag, sagte eine Sprecherin.")
FRENCH = ("La mairie a annoncé mardi que les travaux du port reprendront la semaine prochaine après une pause de "
          "trois jours. Selon le conseil, une quarantaine d'ouvriers ont été renvoyés chez eux, et le retard "
          "coûterait à la ville environ deux millions d'euros. Nous attendons un service normal vendredi, a "
          "déclaré une porte-parole.")


def only_quarantine(inbox, **kw):
    res = read_inbox(inbox, now=NOW, **kw)
    assert res.articles == []
    [q] = res.quarantine
    assert q.stage == "ingest" and q.reason in REASONS and q.message
    assert not q.origin.startswith("/")
    return q


def test_binary(inbox):
    (inbox / "image.txt").write_bytes(b"Some words\x00\x00\x01\x02" + bytes(range(256)))
    q = only_quarantine(inbox)
    assert (q.reason, q.origin) == ("binary", "image.txt") and "NUL" in q.message


def test_binary_signature(inbox):
    (inbox / "report.txt").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\nstream")
    q = only_quarantine(inbox)
    assert q.reason == "binary" and "PDF" in q.message


def test_empty(inbox):
    (inbox / "empty.txt").write_bytes(b"")
    q = only_quarantine(inbox)
    assert (q.reason, q.message) == ("empty", "file is empty (0 bytes)")


def test_whitespace_only(inbox):
    (inbox / "blank.md").write_bytes(b" \n\t\r\n   \n")
    q = only_quarantine(inbox)
    assert q.reason == "empty" and "only whitespace" in q.message


def test_whitespace_only_json_text(inbox):
    (inbox / "c.jsonl").write_text(json.dumps({"id": "1", "text": "  \n "}) + "\n", encoding="utf-8")
    q = only_quarantine(inbox)
    assert (q.reason, q.origin) == ("empty", "c.jsonl:1")


def test_cp1252_file_decoded_with_warning(inbox, english):
    """Decision: a mostly-ASCII file that is valid Windows-1252 but not UTF-8 is decoded, with a warning."""
    text = "Caf\u00e9 owner\u2019s \u201cplan\u201d approved\n" + english("the caf\u00e9")
    raw = text.encode("cp1252")
    (inbox / "legacy.txt").write_bytes(raw)
    res = read_inbox(inbox, now=NOW)
    assert res.quarantine == []
    [a] = res.articles
    assert a.text == text and a.title == "Caf\u00e9 owner\u2019s \u201cplan\u201d approved"
    assert any("not valid UTF-8" in w and "Windows-1252" in w for w in a.warnings)


def test_undecodable_bytes_quarantined(inbox):
    rng = random.Random(7)
    (inbox / "garbage.txt").write_bytes(bytes(rng.randrange(0x80, 0x100) for _ in range(600)))
    q = only_quarantine(inbox)
    assert q.reason == "bad_encoding" and "UTF-8" in q.message


def test_utf16_with_bom_decoded(inbox, english):
    text = "Headline\n" + english()
    (inbox / "wide.txt").write_bytes(text.encode("utf-16"))
    [a] = read_inbox(inbox, now=NOW).articles
    assert a.text == text and any("UTF-16" in w for w in a.warnings)


def test_too_large_checked_before_reading(inbox, english, monkeypatch):
    (inbox / "huge.txt").write_text("Headline\n" + english() * 100, encoding="utf-8")
    import builtins
    real_open = builtins.open

    def guarded_open(file, mode="r", *a, **k):
        assert not str(file).endswith("huge.txt"), "oversized file must not be opened"
        return real_open(file, mode, *a, **k)

    monkeypatch.setattr(builtins, "open", guarded_open)
    q = only_quarantine(inbox, max_bytes=10 * 1024)
    assert q.reason == "too_large"
    assert q.message.startswith("file is ") and q.message.endswith("over the 10 KiB limit")


def test_too_large_default_cap_message(inbox):
    (inbox / "big.html").write_bytes(b"<p>" + b"a " * (3 * 1024 * 1024 + 200_000) + b"</p>")
    q = only_quarantine(inbox)
    assert q.reason == "too_large" and q.message == "file is 6.4 MiB, over the 5 MiB limit"


def test_not_english_german(inbox):
    (inbox / "de.txt").write_text("Hafen nimmt Betrieb wieder auf\n" + GERMAN + "\n", encoding="utf-8")
    q = only_quarantine(inbox)
    assert q.reason == "not_english" and "English function words" in q.message


def test_not_english_french_record(inbox):
    (inbox / "fr.jsonl").write_text(json.dumps({"id": "fr1", "text": FRENCH}) + "\n", encoding="utf-8")
    q = only_quarantine(inbox)
    assert (q.reason, q.origin) == ("not_english", "fr.jsonl:1")


def test_not_english_non_latin_script(inbox):
    (inbox / "ru.txt").write_text("Порт возобновил работу\n" + "Власти города сообщили во вторник, что работы в "
                                  "порту возобновятся на следующей неделе после трёхдневной паузы.\n", encoding="utf-8")
    q = only_quarantine(inbox)
    assert q.reason == "not_english" and "Cyrillic" in q.message


def test_too_few_words(inbox):
    (inbox / "short.txt").write_text("Breaking news\nMore soon.\n", encoding="utf-8")
    q = only_quarantine(inbox)
    assert q.reason == "no_text" and "fewer than the minimum of 5" in q.message


def test_hostile_control_characters(inbox, english):
    (inbox / "esc.txt").write_text("Headline\n" + english() + "\x1b[31mred\x1b[0m\n", encoding="utf-8")
    q = only_quarantine(inbox)
    assert q.reason == "hostile" and "U+001B" in q.message


def test_hostile_long_run(inbox, english):
    (inbox / "run.txt").write_text("Headline\n" + english() + "\n" + "A" * 150_000 + "\n", encoding="utf-8")
    q = only_quarantine(inbox)
    assert q.reason == "hostile" and "without whitespace" in q.message


def test_hostile_markup_in_text_file_kept_as_plain_text(inbox, english):
    text = "<script>alert('x')</script> Harbour \u202eevil\u202c news\n" + english() + "\n"
    (inbox / "xss.txt").write_text(text, encoding="utf-8")
    [a] = read_inbox(inbox, now=NOW).articles
    assert a.title == "<script>alert('x')</script> Harbour \u202eevil\u202c news" and a.text == text
    assert any("bidirectional" in w for w in a.warnings)  # reported, not stripped


def test_unsupported_type(inbox):
    (inbox / "article.docx").write_bytes(b"PK\x03\x04whatever")
    q = only_quarantine(inbox)
    assert (q.reason, q.origin) == ("unsupported_type", "article.docx") and "'.docx'" in q.message


def test_duplicate_recorded_after_first(inbox, english):
    text = "Headline\n" + english() + "\n"
    (inbox / "a.txt").write_text(text, encoding="utf-8")
    (inbox / "b").mkdir()
    (inbox / "b" / "copy.txt").write_text(text, encoding="utf-8")
    res = read_inbox(inbox, now=NOW)
    [kept] = res.articles
    [q] = res.quarantine
    assert kept.origin == "a.txt"
    assert (q.reason, q.origin) == ("duplicate", "b/copy.txt")
    assert kept.article_id in q.message and q.article_id != kept.article_id
    assert not REASONS["duplicate"].is_error


def test_same_text_published_again_later_is_a_republication_kept_with_a_warning(inbox, english):
    # a wire story re-run a week later: its "on Friday" means another day, so it is its own article
    text = "Headline\n" + english("wire") + "\n"
    recs = [{"id": "run-1", "published_at": "2024-03-01", "text": text},
            {"id": "run-2", "published_at": "2024-03-08", "text": text},
            {"id": "run-3", "published_at": "2024-03-08", "text": text}]
    (inbox / "wire.jsonl").write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
    res = read_inbox(inbox, now=NOW)
    assert [a.source_id for a in res.articles] == ["run-1", "run-2"]
    assert any("republication" in w and res.articles[0].article_id in w for w in res.articles[1].warnings)
    [q] = res.quarantine
    assert (q.reason, q.origin) == ("duplicate", "wire.jsonl:3") and res.articles[1].article_id in q.message


def test_one_source_id_with_the_same_text_and_another_date_stays_one_article(inbox, english):
    text = "Headline\n" + english("wire") + "\n"
    recs = [{"id": "run-1", "published_at": "2024-03-01", "text": text},
            {"id": "run-1", "published_at": "2024-03-08", "text": text}]
    (inbox / "wire.jsonl").write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
    res = read_inbox(inbox, now=NOW)
    assert [a.published_at[:10] for a in res.articles] == ["2024-03-01"]
    assert [q.reason for q in res.quarantine] == ["duplicate"]


def test_hidden_files_ignored_and_sorted_recursive(inbox, english):
    (inbox / ".DS_Store").write_bytes(b"\x00\x01binary")
    (inbox / ".git").mkdir()
    (inbox / ".git" / "x.txt").write_text("Headline\n" + english("git"), encoding="utf-8")
    (inbox / "z.txt").write_text("Headline\n" + english("z"), encoding="utf-8")
    (inbox / "a").mkdir()
    (inbox / "a" / "m.txt").write_text("Headline\n" + english("m"), encoding="utf-8")
    res = read_inbox(inbox, now=NOW)
    assert [a.origin for a in res.articles] == ["a/m.txt", "z.txt"]
    assert res.quarantine == []


def test_article_ids_stable(inbox, english):
    (inbox / "a.txt").write_text("Headline\n" + english(), encoding="utf-8")
    first = read_inbox(inbox, now=NOW).articles[0]
    again = read_inbox(inbox).articles[0]
    assert first.article_id == again.article_id and first.article_id.startswith("a_") and len(first.article_id) == 18
    assert again.ingested_at.endswith("+00:00")


def test_missing_inbox_does_not_raise(tmp_path):
    res = read_inbox(tmp_path / "nope", now=NOW)
    assert res.articles == [] and res.quarantine[0].reason == "unreadable"


def test_mixed_utf8_and_cp1252_quarantined(inbox, english):
    raw = ("Caf\u00e9 owner\u2019s plan\n" + english()).encode("utf-8") + " na\u00efve".encode("cp1252")
    (inbox / "mixed.txt").write_bytes(raw)
    q = only_quarantine(inbox)
    assert q.reason == "bad_encoding" and "mixes encodings" in q.message
