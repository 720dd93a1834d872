"""Feeds and web pages listed in a sources config -> :class:`pipeline.records.Article` records.

:func:`ingest_sources` reads the config (``sources.example.yaml`` at the repository root documents the format),
fetches every source with :mod:`pipeline.ingest.fetch` and returns a :class:`SourcesResult` (an
:class:`pipeline.ingest.IngestResult` plus a per-source summary for asset metadata):

- ``type: feed``: the feed (RSS 0.9x/1.0/2.0, Atom, JSON Feed) is parsed with feedparser; for each entry not seen
  before (by entry id or link, remembered under the state folder) the linked page is fetched and its main text
  extracted with trafilatura (:func:`pipeline.ingest.html.parse_html`). The entry's title, published/updated date
  and link fill in what the page lacks. An entry without a link uses the entry's full ``content`` if it has any.
- ``type: page``: one page, fetched and extracted the same way; a page whose text has not changed since the last
  run (or that answers 304) gives no new article.

Every article has ``source`` = the source's name, ``licence`` = its licence note, ``source_id`` = the entry id (or
link, for entries without an id; the URL for pages), ``origin`` = the page URL. A failing source or entry becomes a
:class:`pipeline.records.QuarantineRecord` (``stage="ingest"``, ``origin`` = the URL, a reason code from
:data:`FEED_REASONS` or the reader reasons in :mod:`pipeline.ingest.checks`) and every other source still ingests.

State kept in ``state_dir`` (JSON, written atomically at the end of a run):

- ``http_validators.json``: ETag / Last-Modified per source URL, for conditional GETs. A feed's validators are only
  kept when none of its entries failed transiently (timeout, 5xx, ...), so such entries are retried next run;
- ``feed_entries.json``: the entries already handled (ingested, or failed for a permanent reason) and, per page
  source, the hash of the last text ingested;
- ``feed_articles.jsonl``: every article ingested from sources, one JSON object per line (append-only), so a build
  can republish earlier feed articles: :func:`load_feed_articles`.
"""
from __future__ import annotations

import io
import json
import time
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Optional, Union

import httpx

from pipeline.ingest import DEFAULT_MAX_BYTES, IngestResult, checks
from pipeline.ingest.fetch import (FETCH_REASONS, FetchConfig, Fetched, FetchError, HttpState, _write_json, fetch,
                                   make_client)
from pipeline.records import Article, QuarantineRecord

__all__ = [
    "Source", "SourcesConfig", "SourcesResult", "ConfigError", "FEED_REASONS", "MALFORMED_FEED", "BAD_SOURCE",
    "SOURCE_TYPES", "DEFAULT_MAX_ENTRIES", "load_sources", "ingest_sources", "load_feed_articles",
]

MALFORMED_FEED = "malformed_feed"
BAD_SOURCE = "bad_source"
SOURCE_TYPES = ("feed", "page")
DEFAULT_MAX_ENTRIES = 100
ENTRIES_FILE = "feed_entries.json"
ARTICLES_FILE = "feed_articles.jsonl"

#: Reason codes this module (and :mod:`pipeline.ingest.fetch`) adds to :data:`pipeline.ingest.checks.REASONS`.
#: Page-level problems reuse the reader codes: ``too_large``, ``empty``, ``binary``, ``bad_encoding``,
#: ``malformed_html``, ``no_text``, ``not_english``, ``hostile``, ``duplicate``, ``unreadable``.
FEED_REASONS: dict[str, checks.Reason] = {
    **FETCH_REASONS,
    MALFORMED_FEED: checks.Reason(MALFORMED_FEED, "Malformed feed", "The feed is not well-formed XML (or not an "
                                  "RSS/Atom/JSON feed) and no usable entry could be read from it."),
    BAD_SOURCE: checks.Reason(BAD_SOURCE, "Invalid source", "A source in the sources config lacks a name, url, "
                              "type (feed or page) or licence note, or repeats another source's name."),
}


class ConfigError(ValueError):
    """The sources config as a whole cannot be used (unreadable, not YAML, no ``sources`` list)."""


@dataclass(frozen=True)
class Source:
    name: str
    type: str  # feed | page
    url: str
    licence: str
    max_entries: int = DEFAULT_MAX_ENTRIES


@dataclass
class SourcesConfig:
    sources: list[Source] = field(default_factory=list)
    problems: list[QuarantineRecord] = field(default_factory=list)  # invalid source entries (bad_source)
    fetch: dict = field(default_factory=dict)  # the ``fetch:`` block (FetchConfig settings)


@dataclass
class SourcesResult(IngestResult):
    """Articles (new this run) and quarantine records, plus one summary dict per source (for asset metadata):
    ``name``, ``type``, ``url``, ``status`` (ok | not_modified | unchanged | failed | invalid), ``articles``
    (new), ``seen`` (entries skipped as already seen), ``failed`` (entries quarantined), ``reason``, ``message``."""

    sources: list[dict] = field(default_factory=list)


# --------------------------------------------------------------------------------------------------- config
def _read_config(config: Union[str, Path, dict, list]) -> dict:
    if isinstance(config, list):
        return {"sources": config}
    if isinstance(config, dict):
        return config
    import yaml

    path = Path(config)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"cannot read sources config {path}: {exc.strerror or exc}") from exc
    except yaml.YAMLError as exc:
        raise ConfigError(f"sources config {path} is not valid YAML: {exc}") from exc
    if data is None:
        return {"sources": []}
    if not isinstance(data, dict):
        raise ConfigError(f"sources config {path} must be a mapping with a 'sources' list")
    return data


def load_sources(config: Union[str, Path, dict, list]) -> SourcesConfig:
    """Parse a sources config (a YAML path, the parsed mapping, or a bare list of sources).

    Raises :class:`ConfigError` when the file as a whole is unusable; an invalid single source becomes a
    ``bad_source`` quarantine record (origin = its url, or ``sources[i]``) and the others are kept.
    """
    data = _read_config(config)
    unknown = sorted(set(data) - {"sources", "fetch"})
    if unknown:
        raise ConfigError(f"unknown top-level key(s) in sources config: {', '.join(map(str, unknown))} "
                          "(expected 'sources' and optionally 'fetch')")
    raw_sources = data.get("sources") or []
    if not isinstance(raw_sources, list):
        raise ConfigError("'sources' must be a list of sources")
    fetch_block = data.get("fetch") or {}
    if not isinstance(fetch_block, dict):
        raise ConfigError("'fetch' must be a mapping of fetch settings")
    try:
        FetchConfig.from_dict(fetch_block)
    except ValueError as exc:
        raise ConfigError(str(exc)) from exc
    out = SourcesConfig(fetch=dict(fetch_block))
    names: set[str] = set()
    for i, item in enumerate(raw_sources):
        where = f"sources[{i}]"
        if not isinstance(item, dict):
            out.problems.append(_bad(where, f"{where} is not a mapping"))
            continue
        url = item.get("url")
        origin = url.strip() if isinstance(url, str) and url.strip() else where
        name = item.get("name")
        licence = item.get("licence", item.get("license"))
        kind = item.get("type")
        missing = [k for k, v in (("name", name), ("url", url), ("licence", licence)) if
                   not isinstance(v, str) or not v.strip()]
        if missing:
            out.problems.append(_bad(origin, f"{where} has no {' / '.join(missing)} (each source needs a name, a "
                                             "url, a type and a licence note)"))
            continue
        if kind not in SOURCE_TYPES:
            out.problems.append(_bad(origin, f"source {name!r}: type must be 'feed' or 'page', not {kind!r}"))
            continue
        extra = sorted(set(item) - {"name", "url", "type", "licence", "license", "max_entries"})
        if extra:
            out.problems.append(_bad(origin, f"source {name!r}: unknown key(s) {', '.join(map(str, extra))}"))
            continue
        max_entries = item.get("max_entries", DEFAULT_MAX_ENTRIES)
        if isinstance(max_entries, bool) or not isinstance(max_entries, int) or max_entries < 1:
            out.problems.append(_bad(origin, f"source {name!r}: max_entries must be a positive integer"))
            continue
        name = name.strip()
        if name in names:
            out.problems.append(_bad(origin, f"source name {name!r} is used twice; names must be unique"))
            continue
        names.add(name)
        out.sources.append(Source(name=name, type=kind, url=url.strip(), licence=licence.strip(),
                                  max_entries=max_entries))
    return out


def _bad(origin: str, message: str) -> QuarantineRecord:
    return QuarantineRecord(origin=origin, stage="ingest", reason=BAD_SOURCE, message=message)


# --------------------------------------------------------------------------------------------------- state
class _EntryState:
    def __init__(self, state_dir: Path):
        self.path = Path(state_dir) / ENTRIES_FILE
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            data = {}
        self.entries: dict[str, dict] = data.get("entries", {}) if isinstance(data, dict) else {}
        self.pages: dict[str, dict] = data.get("pages", {}) if isinstance(data, dict) else {}

    def seen(self, keys: list[str]) -> bool:
        return any(k in self.entries for k in keys)

    def mark(self, keys: list[str], source: str, outcome: str, when: str) -> None:
        for k in keys:
            self.entries[k] = {"source": source, "outcome": outcome, "at": when}

    def save(self) -> None:
        _write_json(self.path, {"entries": self.entries, "pages": self.pages})


def load_feed_articles(state_dir: Union[str, Path]) -> list[Article]:
    """Every article ingested from sources so far (``feed_articles.jsonl``), oldest first, one per article id."""
    path = Path(state_dir) / ARTICLES_FILE
    out: dict[str, Article] = {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return []
    for line in lines:
        try:
            data = json.loads(line)
            article = Article(**data)
        except (ValueError, TypeError):
            continue  # a torn last line after a crash
        out.setdefault(article.article_id, article)
    return list(out.values())


def _append_articles(state_dir: Path, articles: list[Article]) -> None:
    if not articles:
        return
    path = Path(state_dir) / ARTICLES_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a", encoding="utf-8") as fh:
        for a in articles:
            fh.write(json.dumps(a.to_dict(), ensure_ascii=False, sort_keys=True) + "\n")


# --------------------------------------------------------------------------------------------------- pages
def _decode(fetched: Fetched) -> tuple[Optional[str], list[str], Optional[checks.Problem]]:
    data = fetched.content
    problem = checks.check_empty(data, "page") or checks.check_binary(data, "page")
    if problem:
        return None, [], problem
    if fetched.charset and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode(fetched.charset), [], None
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong charset header: detect from the bytes instead
    text, _enc, warnings, problem = checks.decode_bytes(data, "page")
    return text, warnings, problem


def _entry_date(entry) -> Optional[str]:
    from pipeline.ingest.dateline import normalize_date

    for key in ("published", "updated", "created"):
        raw = entry.get(key)
        if isinstance(raw, str) and raw.strip():
            value = normalize_date(raw.strip())
            if value:
                return value
        parsed = entry.get(f"{key}_parsed")
        if parsed:
            try:
                return datetime(*parsed[:6], tzinfo=timezone.utc).isoformat()
            except (TypeError, ValueError):
                pass
    return None


def _apply_entry(article: Article, entry, fallback_url: str) -> None:
    """Fill what the page lacks from the feed entry (title, date, link)."""
    if entry is not None:
        if not article.title and isinstance(entry.get("title"), str) and entry.get("title").strip():
            article.title = entry.get("title").strip()
        if article.published_at is None:
            date = _entry_date(entry)
            if date:
                article.published_at = date
                article.warnings = [w for w in article.warnings if w != "missing publication date"
                                    and not w.startswith("unparseable publication date")]
    if not article.url:
        article.url = fallback_url


def _quarantine(origin: str, reason: str, message: str, article_id: Optional[str] = None) -> QuarantineRecord:
    return QuarantineRecord(origin=origin, stage="ingest", reason=reason, message=message[:500],
                            article_id=article_id)


class _Run:
    """One ingestion run over the configured sources (shared client, state and result)."""

    def __init__(self, state_dir: Path, config: FetchConfig, client: httpx.Client, ingested_at: str,
                 sleep: Callable[[float], None]):
        self.state_dir = state_dir
        self.config = config
        self.client = client
        self.ingested_at = ingested_at
        self.sleep = sleep
        self.http = HttpState(state_dir)
        self.entries = _EntryState(state_dir)
        self.result = SourcesResult()
        self.kept = checks.DuplicateIndex()

    def _fetch(self, url: str, kind: str, validators: Optional[dict] = None) -> Fetched:
        return fetch(url, kind=kind, config=self.config, client=self.client, validators=validators, sleep=self.sleep)

    def _keep(self, item: Union[Article, QuarantineRecord], source: Source, summary: dict) -> bool:
        """Add an article (or its quarantine record) to the result; True for a kept article."""
        if isinstance(item, QuarantineRecord):
            item.message = f"source {source.name!r}: {item.message}"[:500]
            self.result.quarantine.append(item)
            summary["failed"] += 1
            return False
        kept = self.kept.duplicate_of(item)
        if kept is not None:
            self.result.quarantine.append(_quarantine(
                item.origin, checks.DUPLICATE, f"source {source.name!r}: {self.kept.message(kept)}", item.article_id))
            return False
        item.source, item.licence = source.name, source.licence
        self.kept.add(item)
        self.result.articles.append(item)
        summary["articles"] += 1
        return True

    def _page(self, fetched: Fetched, origin: str, source_id: str, entry=None,
              extra_warnings: Optional[list[str]] = None) -> Union[Article, QuarantineRecord]:
        from pipeline.ingest.html import parse_html

        text, warnings, problem = _decode(fetched)
        if problem:
            return problem.to_quarantine(origin)
        item = parse_html(text, origin=origin, source_id=source_id, ingested_at=self.ingested_at,
                          warnings=list(extra_warnings or []) + warnings)
        if isinstance(item, Article):
            _apply_entry(item, entry, fetched.final_url)
        return item

    # ---- page sources
    def page_source(self, source: Source, summary: dict) -> None:
        try:
            fetched = self._fetch(source.url, "page", self.http.validators(source.url))
        except FetchError as exc:
            self._source_failed(source, summary, exc.reason, exc.message)
            return
        self.http.remember(source.url, fetched, self.ingested_at)
        if fetched.not_modified:
            summary["status"] = "not_modified"
            return
        item = self._page(fetched, source.url, source.url)
        if isinstance(item, Article) and self.entries.pages.get(source.url, {}).get("text_sha256") == item.text_sha256:
            summary["status"] = "unchanged"
            return
        if self._keep(item, source, summary):
            self.entries.pages[source.url] = {"text_sha256": item.text_sha256, "at": self.ingested_at}
        elif isinstance(item, QuarantineRecord):
            summary.update(status="failed", reason=item.reason, message=item.message)

    # ---- feed sources
    def feed_source(self, source: Source, summary: dict) -> None:
        import feedparser

        try:
            fetched = self._fetch(source.url, "feed", self.http.validators(source.url))
        except FetchError as exc:
            self._source_failed(source, summary, exc.reason, exc.message)
            return
        if fetched.not_modified:
            self.http.remember(source.url, fetched, self.ingested_at)
            summary["status"] = "not_modified"
            return
        headers = {"content-location": fetched.final_url, "content-type": fetched.content_type +
                   (f"; charset={fetched.charset}" if fetched.charset else "")}
        try:
            parsed = feedparser.parse(io.BytesIO(fetched.content), response_headers=headers,
                                      sanitize_html=True, resolve_relative_uris=True)
        except Exception as exc:  # feedparser is lenient, but never let it stop the run
            self._source_failed(source, summary, MALFORMED_FEED, f"feed could not be parsed: "
                                                                 f"{exc.__class__.__name__}: {exc}")
            return
        entries = [e for e in parsed.entries if e.get("id") or e.get("link") or e.get("content")]
        if not entries and (parsed.bozo or not parsed.version):
            why = (f"not well-formed XML ({parsed.get('bozo_exception')})" if parsed.bozo
                   else "not an RSS, Atom or JSON feed")
            self._source_failed(source, summary, MALFORMED_FEED, f"feed is {why} and has no usable entries")
            return
        feed_warnings = []
        if parsed.bozo:
            feed_warnings.append(f"feed is not well-formed ({str(parsed.get('bozo_exception'))[:120]}); entries "
                                 "read leniently")
        transient = False
        for entry in entries[:source.max_entries]:
            transient |= self._entry(source, entry, summary, feed_warnings)
        if len(entries) > source.max_entries:
            summary["message"] = f"{len(entries) - source.max_entries} entries over max_entries left for later"
        if transient:  # keep the old validators so the feed is read again and the failed entries retried
            summary["message"] = "some entries failed transiently and will be retried next run"
        else:
            self.http.remember(source.url, fetched, self.ingested_at)

    def _entry(self, source: Source, entry, summary: dict, feed_warnings: list[str]) -> bool:
        """Ingest one feed entry; returns True when it failed transiently (to be retried)."""
        entry_id = entry.get("id") if isinstance(entry.get("id"), str) and entry.get("id").strip() else None
        link = entry.get("link") if isinstance(entry.get("link"), str) and entry.get("link").strip() else None
        keys = [k for k in (entry_id and f"id:{entry_id.strip()}", link and f"url:{link.strip()}") if k]
        if self.entries.seen(keys):
            summary["seen"] += 1
            return False
        source_id = (entry_id or link).strip() if (entry_id or link) else None
        if link is None:
            item = self._entry_content(source, entry, source_id, feed_warnings)
            self.entries.mark(keys or [f"id:{item.origin}"], source.name,
                              item.reason if isinstance(item, QuarantineRecord) else "article", self.ingested_at)
            self._keep(item, source, summary)
            return False
        link = link.strip()
        try:
            fetched = self._fetch(link, "page")
        except FetchError as exc:
            self._keep(_quarantine(link, exc.reason, exc.message), source, summary)
            if exc.transient:
                return True
            self.entries.mark(keys, source.name, exc.reason, self.ingested_at)
            return False
        item = self._page(fetched, link, source_id or link, entry, feed_warnings)
        self.entries.mark(keys, source.name, item.reason if isinstance(item, QuarantineRecord) else "article",
                          self.ingested_at)
        self._keep(item, source, summary)
        return False

    def _entry_content(self, source: Source, entry, source_id: Optional[str],
                       feed_warnings: list[str]) -> Union[Article, QuarantineRecord]:
        """An entry without a link: its full ``content`` (not the summary) is the article."""
        from pipeline.ingest.html import parse_html

        origin = f"{source.url}#{source_id}" if source_id else source.url
        contents = entry.get("content") or []
        html = "\n".join(c.get("value", "") for c in contents if isinstance(c, dict))
        if not html.strip():
            return _quarantine(origin, checks.NO_TEXT, "feed entry has no link and no content")
        if "<" not in html:
            html = "<html><body>" + "".join(f"<p>{p}</p>" for p in html.split("\n\n")) + "</body></html>"
        item = parse_html(html, origin=origin, source_id=source_id or origin, ingested_at=self.ingested_at,
                          warnings=feed_warnings + ["text from the feed entry's content (no link)"])
        if isinstance(item, Article):
            _apply_entry(item, entry, None)
            item.url = None
        return item

    def _source_failed(self, source: Source, summary: dict, reason: str, message: str) -> None:
        self.result.quarantine.append(_quarantine(source.url, reason, f"source {source.name!r}: {message}"))
        summary.update(status="failed", reason=reason, message=message[:300])


def ingest_sources(config: Union[str, Path, dict, list], state_dir: Union[str, Path],
                   max_bytes: int = DEFAULT_MAX_BYTES, now: Optional[str] = None, *,
                   fetch_config: Optional[FetchConfig] = None, client: Optional[httpx.Client] = None,
                   sleep: Callable[[float], None] = time.sleep) -> SourcesResult:
    """Fetch every source of the config and return the new articles and the quarantine records.

    ``config``: a YAML path, a parsed mapping or a list of sources (see ``sources.example.yaml``); a config that is
    unusable as a whole raises :class:`ConfigError`, anything wrong with a single source or entry is quarantined.
    ``state_dir`` holds the conditional-GET validators, the seen entries and the article archive (created if
    missing). ``max_bytes`` caps every download. ``now`` (ISO 8601) fixes ``ingested_at``. ``fetch_config``
    replaces the config's ``fetch:`` block (``max_bytes`` still applies); ``client`` / ``sleep`` are for tests.
    Never raises on bad sources: a bug while handling one source is recorded as ``unreadable`` for that source.
    """
    ingested_at = now or datetime.now(timezone.utc).isoformat(timespec="seconds")
    parsed = load_sources(config)
    base = fetch_config if fetch_config is not None else FetchConfig.from_dict(parsed.fetch)
    fconfig = replace(base, max_bytes=max_bytes)
    state_dir = Path(state_dir)
    own_client = client is None
    run = _Run(state_dir, fconfig, client or make_client(fconfig), ingested_at, sleep)
    run.result.quarantine.extend(parsed.problems)
    for record in parsed.problems:
        run.result.sources.append({"name": None, "type": None, "url": record.origin, "status": "invalid",
                                   "articles": 0, "seen": 0, "failed": 0, "reason": record.reason,
                                   "message": record.message})
    try:
        for source in parsed.sources:
            summary = {"name": source.name, "type": source.type, "url": source.url, "status": "ok", "articles": 0,
                       "seen": 0, "failed": 0, "reason": None, "message": None}
            run.result.sources.append(summary)
            try:
                if source.type == "feed":
                    run.feed_source(source, summary)
                else:
                    run.page_source(source, summary)
            except Exception as exc:  # last line of defence: one source's bug must not stop the others
                run._source_failed(source, summary, checks.UNREADABLE,
                                   f"source failed: {exc.__class__.__name__}: {exc}"[:300])
    finally:
        if own_client:
            run.client.close()
        state_dir.mkdir(parents=True, exist_ok=True)
        run.http.save()
        run.entries.save()
        _append_articles(state_dir, run.result.articles)
    return run.result
