"""Feeds through a real build: `claimpack build --sources` against a real HTTP server on 127.0.0.1.

A broken source is quarantined with its reason while the good sources' articles are published, and a second
night fetches nothing already seen yet keeps publishing the earlier feed articles.
"""
from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from feed_server import FeedServer

CLAIMPACK = Path(sys.executable).parent / "claimpack"


def _tables(pkg: Path) -> dict:
    desc = json.loads((pkg / "datapackage.json").read_text())
    return {r["name"]: list(csv.DictReader(open(pkg / r["path"], encoding="utf-8"))) for r in desc["resources"]}


def _build(root: Path, day: str) -> Path:
    env = dict(os.environ, DAGSTER_HOME=str(root / "home"))
    (root / "home").mkdir(exist_ok=True)
    proc = subprocess.run([str(CLAIMPACK), "build", "--inbox", str(root / "inbox"), "--out", str(root / "out"),
                           "--state", str(root / "state"), "--sources", str(root / "sources.yaml"), "--day", day],
                          capture_output=True, text=True, env=env, timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return Path(proc.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    root = tmp_path_factory.mktemp("feeds-build")
    (root / "inbox").mkdir()
    with FeedServer() as server:
        (root / "sources.yaml").write_text(
            "fetch:\n  connect_timeout: 0.5\n  read_timeout: 0.5\n  total_timeout: 2\n  retries: 1\n"
            "  backoff: 0.01\n  max_backoff: 0.05\n"
            "sources:\n"
            f"  - {{name: Harbourside Gazette, type: feed, url: '{server.url('/feeds/rss.xml')}', licence: CC0}}\n"
            f"  - {{name: Broken Wire, type: feed, url: '{server.url('/feeds/broken.xml')}', licence: CC0}}\n"
            f"  - {{name: Slow Wire, type: feed, url: '{server.url('/slow.xml')}', licence: CC0}}\n",
            encoding="utf-8")
        first = _build(root, "2026-05-01")
        fetched_first = len(server.hits)
        second = _build(root, "2026-05-02")
        fetched_pages_second = sum(1 for h in server.hits[fetched_first:] if h.path.startswith("/pages/"))
    return root, first, second, fetched_pages_second


def test_good_feed_articles_are_published_with_source_and_licence(served):
    _, first, _, _ = served
    articles = _tables(first)["articles"]
    gazette = [a for a in articles if a["source"] == "Harbourside Gazette"]
    assert len(gazette) >= 2 and all(a["licence"] == "CC0" and a["url"].startswith("http://127.0.0.1")
                                     for a in gazette)


def test_broken_and_slow_sources_are_quarantined_with_their_reasons(served):
    _, first, _, _ = served
    reasons = {q["reason"] for q in _tables(first)["quarantine"] if "127.0.0.1" in q["origin"]}
    assert {"malformed_feed", "timeout"} <= reasons


def test_second_night_fetches_no_seen_page_and_keeps_earlier_articles(served):
    _, first, second, fetched_pages = served
    assert fetched_pages == 0
    assert second == first  # nothing new: no new version
    assert {a["article_id"] for a in _tables(second)["articles"]} == {a["article_id"] for a in _tables(first)["articles"]}
