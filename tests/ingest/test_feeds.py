"""Feed and web page ingestion against a real HTTP server on 127.0.0.1 (tests/ingest/feed_server.py).

No test reaches the internet: every URL is the local server's or a refused non-http scheme.
"""
from __future__ import annotations

import json
import time

import httpx
import pytest

from feed_server import ATOM_LAST_MODIFIED, HUGE_TOTAL, RSS_ETAG, SLOW_SECONDS, FeedServer
from pipeline.ingest import IngestResult
from pipeline.ingest.feeds import (BAD_SOURCE, FEED_REASONS, ConfigError, ingest_sources, load_feed_articles,
                                   load_sources)
from pipeline.ingest.fetch import USER_AGENT, FetchConfig, FetchError, fetch
from pipeline.records import Article, QuarantineRecord

NOW = "2025-06-08T00:00:00+00:00"
LATER = "2025-06-09T00:00:00+00:00"
FAST = FetchConfig(connect_timeout=0.5, read_timeout=0.5, total_timeout=5.0, retries=2, backoff=0.01,
                   max_backoff=0.05, max_redirects=5)
CAP = 1024 * 1024


@pytest.fixture
def server():
    with FeedServer() as s:
        yield s


@pytest.fixture
def state(tmp_path):
    return tmp_path / "state"


def src(name, kind, url, licence="fixture text written for the claimpack tests"):
    return {"name": name, "type": kind, "url": url, "licence": licence}


def good_sources(s):
    return [src("Harbourside Gazette", "feed", s.url("/feeds/rss.xml")),
            src("Valley Courier", "feed", s.url("/feeds/atom.xml"), "CC BY 4.0 (fixture)"),
            src("Bridge notice", "page", s.url("/pages/standalone.html"))]


def run(config, state, **kw):
    return ingest_sources(config, state, kw.pop("max_bytes", CAP), kw.pop("now", NOW), fetch_config=FAST, **kw)


def by_origin(result):
    return {q.origin: q for q in result.quarantine}


# ------------------------------------------------------------------------------------------------ good sources
def test_rss_atom_and_page_sources_become_articles(server, state):
    result = run({"sources": good_sources(server)}, state)

    assert isinstance(result, IngestResult)
    assert result.quarantine == []
    assert all(isinstance(a, Article) for a in result.articles)
    arts = {a.source_id: a for a in result.articles}
    assert set(arts) == {"gazette-ferry-2025", "gazette-library-2025", "gazette-bakery-2025",
                         "urn:claimpack-test:courier:reservoir", "urn:claimpack-test:courier:buses",
                         server.url("/pages/standalone.html")}

    ferry = arts["gazette-ferry-2025"]
    assert ferry.source == "Harbourside Gazette"
    assert ferry.licence == "fixture text written for the claimpack tests"
    assert ferry.origin == ferry.url == server.url("/articles/ferry.html")
    assert "island ferry will run every 40 minutes" in ferry.text
    assert "Copyright" not in ferry.text and "Home" not in ferry.text  # boilerplate dropped by trafilatura
    assert ferry.published_at == "2025-06-03T09:30:00+00:00"  # from the entry: the page has no date
    assert ferry.ingested_at == NOW

    library = arts["gazette-library-2025"]  # page without <title> or date: both from the entry
    assert library.title == "Library extends opening hours"
    assert library.published_at == "2025-06-04T14:00:00+00:00"
    assert "missing publication date" not in library.warnings

    bakery = arts["gazette-bakery-2025"]  # the page's own date wins over the entry's
    assert bakery.published_at == "2025-06-05T07:00:00+01:00"

    buses = arts["urn:claimpack-test:courier:buses"]
    assert buses.source == "Valley Courier" and buses.licence == "CC BY 4.0 (fixture)"
    assert buses.published_at == "2025-06-06T10:20:00+02:00"

    page = arts[server.url("/pages/standalone.html")]
    assert page.source == "Bridge notice" and page.title == "Bridge repairs finished early"
    assert page.published_at == "2025-06-07T16:30:00+00:00"

    summary = {s["name"]: s for s in result.sources}
    assert summary["Harbourside Gazette"]["articles"] == 3 and summary["Valley Courier"]["articles"] == 2
    assert all(s["status"] == "ok" for s in summary.values())
    # the archive in the state dir holds what was ingested
    assert {a.article_id for a in load_feed_articles(state)} == {a.article_id for a in result.articles}


def test_requests_name_claimpack_in_the_user_agent(server, state):
    run({"sources": good_sources(server)}, state)
    agents = {h.headers.get("user-agent") for h in server.hits}
    assert agents == {USER_AGENT}
    assert USER_AGENT.startswith("claimpack/0.1.0 ")


# ------------------------------------------------------------------------------------------------ bad sources
def test_each_bad_source_gets_its_reason_while_good_sources_ingest(server, state):
    u = server.url
    bad = [
        src("Slow", "feed", u("/slow.xml")),
        src("Errors", "feed", u("/error500")),
        src("Missing", "feed", u("/no-such-feed.xml")),
        src("Broken XML", "feed", u("/feeds/broken.xml")),
        src("Loop", "feed", u("/feeds/loop-a")),
        src("Long chain", "page", u("/chain/1")),
        src("Huge", "page", u("/huge.html")),
        src("Huge declared", "page", u("/huge-declared.html")),
        src("HTML as feed", "feed", u("/feeds/as-html.xml")),
        src("FTP", "feed", "ftp://127.0.0.1/feed.xml"),
        src("Local file", "page", "file:///etc/passwd"),
        src("Script", "page", "javascript:alert(1)"),
        src("Redirect to file", "page", u("/redirect-to-file")),
    ]
    config = {"sources": bad[:6] + good_sources(server) + bad[6:]}
    result = run(config, state)

    assert len(result.articles) == 6  # all the good ones
    assert {a.source for a in result.articles} == {"Harbourside Gazette", "Valley Courier", "Bridge notice"}
    got = {origin: q.reason for origin, q in by_origin(result).items()}
    assert got == {
        u("/slow.xml"): "timeout",
        u("/error500"): "http_error",
        u("/no-such-feed.xml"): "http_error",
        u("/feeds/broken.xml"): "malformed_feed",
        u("/feeds/loop-a"): "redirect_loop",
        u("/chain/1"): "too_many_redirects",
        u("/huge.html"): "too_large",
        u("/huge-declared.html"): "too_large",
        u("/feeds/as-html.xml"): "bad_content_type",
        "ftp://127.0.0.1/feed.xml": "bad_scheme",
        "file:///etc/passwd": "bad_scheme",
        "javascript:alert(1)": "bad_scheme",
        u("/redirect-to-file"): "bad_scheme",
    }
    q = by_origin(result)
    assert all(r.stage == "ingest" and r.reason in FEED_REASONS for r in result.quarantine)
    assert "HTTP 500" in q[u("/error500")].message and "3 attempts" in q[u("/error500")].message
    assert "HTTP 404" in q[u("/no-such-feed.xml")].message
    assert "loop-b" in q[u("/feeds/loop-a")].message
    assert "'Slow'" in q[u("/slow.xml")].message  # messages name the source

    # 500: the first attempt plus 2 retries, then gave up
    assert server.count("/error500") == 3
    # the loop was detected after one round, not chased up to the redirect limit
    assert server.count("/feeds/loop-a") == 1 and server.count("/feeds/loop-b") == 1
    # the huge body was streamed and abandoned near the cap, not read to the end
    assert server.huge_sent < HUGE_TOTAL / 4
    # non-http schemes never reach any server; the file: redirect target was not followed
    assert not any("passwd" in h.path for h in server.hits)
    # a read timeout is not retried
    assert server.count("/slow.xml") == 1

    summary = {s["name"]: s for s in result.sources}
    assert summary["Slow"]["status"] == "failed" and summary["Slow"]["reason"] == "timeout"
    assert summary["Harbourside Gazette"]["status"] == "ok"


def test_bad_entries_of_a_feed_are_quarantined_and_the_good_entry_ingests(server, state):
    u = server.url
    result = run([src("Mixed Bag", "feed", u("/feeds/mixed.xml"))], state)

    assert [a.source_id for a in result.articles] == [u("/articles/market.html")]
    got = {origin: q.reason for origin, q in by_origin(result).items()}
    assert got == {
        u("/articles/empty.html"): "empty",
        u("/articles/boilerplate.html"): "no_text",
        u("/articles/not-html.html"): "malformed_html",
        u("/articles/gone.html"): "http_error",
        "javascript:alert(1)": "bad_scheme",
        u("/articles/report.pdf"): "bad_content_type",
    }
    assert server.count("/articles/report.pdf") == 1  # content type refused once; not retried


def test_retries_with_backoff_on_503_then_succeeds(server, state):
    delays = []
    result = run([src("Flaky", "feed", server.url("/feeds/flaky.xml"))], state, sleep=delays.append)
    assert server.count("/feeds/flaky.xml") == 3  # 503, 503, 200
    assert len(delays) == 2 and delays[0] < delays[1] <= FAST.max_backoff  # exponential, capped
    assert len(result.articles) == 3 and result.quarantine == []


def test_redirects_are_followed(server, state):
    result = run([src("Moved", "page", server.url("/pages/moved.html"))], state)
    assert result.quarantine == []
    (article,) = result.articles
    assert article.origin == server.url("/pages/moved.html")
    assert article.url == server.url("/pages/standalone.html")  # the page's canonical URL


# ------------------------------------------------------------------------------------------------ incremental
def test_second_run_uses_conditional_get_and_refetches_nothing(server, state):
    first = run({"sources": good_sources(server)}, state)
    assert len(first.articles) == 6
    validators = json.loads((state / "http_validators.json").read_text())
    assert validators[server.url("/feeds/rss.xml")]["etag"] == RSS_ETAG
    server.reset()

    second = run({"sources": good_sources(server)}, state, now=LATER)

    assert second.articles == [] and second.quarantine == []
    (rss,) = server.hits_for("/feeds/rss.xml")
    assert rss.headers["if-none-match"] == RSS_ETAG and rss.status == 304
    (atom,) = server.hits_for("/feeds/atom.xml")
    assert atom.headers["if-modified-since"] == ATOM_LAST_MODIFIED and atom.status == 304
    (page,) = server.hits_for("/pages/standalone.html")
    assert page.headers["if-none-match"] and page.status == 304
    assert not any(h.path.startswith("/articles/") for h in server.hits)  # no entry page re-fetched
    assert {s["status"] for s in second.sources} == {"not_modified"}
    assert len(load_feed_articles(state)) == 6  # earlier articles stay available


def test_entries_already_seen_are_not_fetched_again(server, state):
    feed = [src("Plain", "feed", server.url("/feeds/plain.xml"))]  # no ETag / Last-Modified: always a 200
    first = run(feed, state)
    assert len(first.articles) == 2
    assert server.count("/articles/ferry.html") == 1 and server.count("/articles/library.html") == 1

    server.plain_entries = 3  # one new entry appears
    second = run(feed, state, now=LATER)

    assert server.count("/feeds/plain.xml") == 2
    assert server.count("/articles/ferry.html") == 1 and server.count("/articles/library.html") == 1
    assert server.count("/articles/bakery.html") == 1
    assert [a.source_id for a in second.articles] == [server.url("/articles/bakery.html")]
    assert second.sources[0]["seen"] == 2


def test_entry_in_two_feeds_is_fetched_once(server, state):
    result = run([src("Gazette", "feed", server.url("/feeds/rss.xml")),
                  src("Gazette mirror", "feed", server.url("/feeds/flaky.xml"))], state, sleep=lambda s: None)
    assert len(result.articles) == 3
    assert server.count("/articles/ferry.html") == 1
    assert {s["name"]: s["seen"] for s in result.sources} == {"Gazette": 0, "Gazette mirror": 3}


def test_transient_entry_failure_is_retried_next_run(server, state):
    feed = [src("Sometimes", "feed", server.url("/feeds/transient.xml"))]
    server.page_down = True
    first = run(feed, state)
    assert first.articles == [] and [q.reason for q in first.quarantine] == ["http_error"]
    assert server.count("/articles/sometimes.html") == 3  # retried within the run, then gave up

    server.page_down = False
    second = run(feed, state, now=LATER)
    # the feed's ETag was not kept, so the feed was read again (200) and the entry retried
    assert server.hits_for("/feeds/transient.xml")[-1].status == 200
    assert [a.source_id for a in second.articles] == ["sometimes-1"]

    third = run(feed, state, now=LATER)
    assert server.hits_for("/feeds/transient.xml")[-1].status == 304 and third.articles == []


def test_unchanged_page_without_validators_gives_no_duplicate(server, state):
    # the same page twice, served without validators on the second run: same text -> "unchanged"
    page = [src("Bridge", "page", server.url("/pages/standalone.html"))]
    run(page, state)
    (state / "http_validators.json").write_text("{}")
    second = run(page, state, now=LATER)
    assert second.articles == [] and second.sources[0]["status"] == "unchanged"


# ------------------------------------------------------------------------------------------------ fetcher
def test_fetch_gives_up_after_the_read_timeout(server):
    started = time.monotonic()
    with pytest.raises(FetchError) as err:
        fetch(server.url("/slow.xml"), kind="feed", config=FAST)
    assert err.value.reason == "timeout" and err.value.transient
    assert time.monotonic() - started < SLOW_SECONDS - 1  # about the 0.5 s read timeout, not the server's 3 s


def test_fetch_refuses_non_http_schemes_without_a_request():
    for url in ("file:///etc/passwd", "ftp://127.0.0.1/x", "javascript:alert(1)", "data:text/html,<p>x</p>"):
        with pytest.raises(FetchError) as err:
            fetch(url, config=FAST)
        assert err.value.reason == "bad_scheme"
    with pytest.raises(FetchError) as err:
        fetch("http:///no-host", config=FAST)
    assert err.value.reason == "bad_url"


def test_fetch_returns_validators_and_304(server):
    with httpx.Client() as client:
        first = fetch(server.url("/pages/standalone.html"), kind="page", config=FAST, client=client)
        assert first.status == 200 and first.etag == '"standalone-v1"' and first.content_type == "text/html"
        again = fetch(server.url("/pages/standalone.html"), kind="page", config=FAST, client=client,
                      validators=first.validators)
    assert again.not_modified and again.content == b""


def test_fetch_size_cap_applies_to_small_caps(server):
    with pytest.raises(FetchError) as err:
        fetch(server.url("/feeds/rss.xml"), kind="feed", config=FetchConfig(max_bytes=100))
    assert err.value.reason == "too_large"


# ------------------------------------------------------------------------------------------------ config
def test_invalid_sources_are_quarantined_and_valid_ones_kept(server, state):
    config = {"sources": [
        {"name": "No licence", "type": "feed", "url": server.url("/feeds/atom.xml")},
        {"name": "Bad type", "type": "podcast", "url": "https://example.invalid/x", "licence": "x"},
        "just a string",
        src("Gazette", "feed", server.url("/feeds/rss.xml")),
        src("Gazette", "page", server.url("/pages/standalone.html")),  # duplicate name
    ]}
    result = run(config, state)
    assert [a.source for a in result.articles] == ["Gazette"] * 3
    assert [q.reason for q in result.quarantine] == [BAD_SOURCE] * 4
    assert {q.origin for q in result.quarantine} == {server.url("/feeds/atom.xml"), "https://example.invalid/x",
                                                     "sources[2]", server.url("/pages/standalone.html")}
    assert server.count("/feeds/atom.xml") == 0 and server.count("/pages/standalone.html") == 0


def test_config_file_and_example(tmp_path, server, state):
    from pipeline.settings import REPO_ROOT

    example = load_sources(REPO_ROOT / "sources.example.yaml")
    assert example.problems == [] and {s.type for s in example.sources} == {"feed", "page"}
    assert all(s.name and s.licence and s.url.startswith("https://") for s in example.sources)
    assert FetchConfig.from_dict(example.fetch).retries == 2

    path = tmp_path / "sources.yaml"
    path.write_text("fetch:\n  retries: 0\n  backoff: 0.01\nsources:\n"
                    f"  - name: Courier\n    type: feed\n    url: {server.url('/feeds/atom.xml')}\n"
                    "    license: fixture\n", encoding="utf-8")
    result = ingest_sources(path, state, CAP, NOW)
    assert len(result.articles) == 2 and result.articles[0].licence == "fixture"

    bad = tmp_path / "bad.yaml"
    bad.write_text("sources: [unclosed\n", encoding="utf-8")
    with pytest.raises(ConfigError):
        load_sources(bad)
    with pytest.raises(ConfigError):
        load_sources({"sources": [], "fetch": {"retries": -1}})


def test_quarantine_records_are_pipeline_records(server, state):
    result = run([src("Missing", "page", server.url("/nope.html"))], state)
    (record,) = result.quarantine
    assert isinstance(record, QuarantineRecord)
    assert (record.origin, record.stage, record.reason) == (server.url("/nope.html"), "ingest", "http_error")
