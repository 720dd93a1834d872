"""HTML reader: trafilatura main text, metadata from the page, bad pages quarantined."""

from pipeline.ingest import read_inbox

NOW = "2025-01-01T00:00:00+00:00"


PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Port reopens after storm | Harbour Daily</title>
<meta property="og:title" content="Port reopens after storm &lt;script&gt;alert(1)&lt;/script&gt;">
<meta property="og:site_name" content="Harbour Daily">
<meta property="article:published_time" content="2024-03-05T09:30:00+01:00">
<link rel="canonical" href="https://example.org/news/port-reopens">
<script>var tracking = "should not appear";</script></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/sport">Sport</a></nav>
<article><h1>Port reopens after storm</h1>
<p>The harbour authority said on Tuesday that the main port had reopened to cargo ships after a storm closed it for three days.</p>
<p>Officials estimated that about 40 vessels had been waiting offshore, and that the backlog would take a week to clear.</p>
<p>"We expect normal traffic by Friday," the harbour master told reporters, adding that two cranes had been damaged.</p>
</article>
<footer>Copyright 2024 Harbour Daily. All rights reserved. Subscribe to our newsletter.</footer>
</body></html>
"""


def test_html_with_metadata(inbox):
    (inbox / "port.html").write_text(PAGE, encoding="utf-8")
    res = read_inbox(inbox, now=NOW)
    assert res.quarantine == []
    [a] = res.articles
    assert a.url == "https://example.org/news/port-reopens"
    assert a.published_at == "2024-03-05T09:30:00+01:00"
    assert a.source == "Harbour Daily"
    assert a.title.startswith("Port reopens after storm")
    lines = a.text.split("\n")
    assert lines[-3].startswith("The harbour authority said on Tuesday")  # paragraphs one per line
    assert lines[-1].startswith('"We expect normal traffic by Friday,"')
    assert "tracking" not in a.text and "Subscribe" not in a.text and "Home" not in a.text
    assert a.warnings == []


def test_html_time_element_date(inbox):
    page = (PAGE.replace('<meta property="article:published_time" content="2024-03-05T09:30:00+01:00">', "")
                .replace("<h1>", '<time datetime="2024-03-04T18:00:00-05:00">4 March</time><h1>'))
    (inbox / "port.htm").write_text(page, encoding="utf-8")
    [a] = read_inbox(inbox, now=NOW).articles
    assert a.published_at == "2024-03-04T18:00:00-05:00"


def test_hostile_title_survives_as_plain_text(inbox):
    (inbox / "port.html").write_text(PAGE, encoding="utf-8")
    [a] = read_inbox(inbox, now=NOW).articles
    assert a.title == "Port reopens after storm <script>alert(1)</script>"  # entities decoded, not executed/stripped


def test_empty_html_is_no_text(inbox):
    (inbox / "empty.html").write_text("<html><head><title>Nothing</title></head><body></body></html>", encoding="utf-8")
    res = read_inbox(inbox, now=NOW)
    assert res.articles == []
    [q] = res.quarantine
    assert (q.reason, q.stage, q.origin) == ("no_text", "ingest", "empty.html")


def test_boilerplate_only_html_is_no_text(inbox):
    (inbox / "nav.html").write_text("<html><body><nav><a href='/'>Home</a></nav><script>x()</script></body></html>",
                                    encoding="utf-8")
    [q] = read_inbox(inbox, now=NOW).quarantine
    assert q.reason == "no_text"


def test_malformed_html(inbox):
    (inbox / "broken.html").write_text("this is not markup at all, just a sentence without any tags in it",
                                       encoding="utf-8")
    res = read_inbox(inbox, now=NOW)
    [q] = res.quarantine
    assert q.reason == "malformed_html" and "no HTML tags" in q.message
    assert res.articles == []
