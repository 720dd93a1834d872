"""Reader for HTML pages (``.html``, ``.htm``).

The main text comes from trafilatura (navigation, footers, scripts and comments dropped), as plain text with one
paragraph per line; the article ``text`` is exactly trafilatura's output. Metadata is read from the page itself
first, because trafilatura's date is day-only:

- title: trafilatura's title (og:title / <title> / <h1>), else ``og:title``, else ``<title>``;
- published_at: ``article:published_time`` (and similar meta tags, JSON-LD ``datePublished``), else the first
  ``<time datetime>``, else trafilatura's date;
- url: ``<link rel="canonical">``, else ``og:url``, else trafilatura's url;
- source: ``og:site_name``, else trafilatura's sitename.

Titles and other metadata are plain text: entities are decoded (``&lt;script&gt;`` -> ``<script>``), nothing is
escaped or removed.
"""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Optional, Union

from pipeline.ingest import checks
from pipeline.records import Article, QuarantineRecord

__all__ = ["read_html_file", "parse_html", "page_metadata"]

_TAG = re.compile(r"<\s*[a-zA-Z!/?]")
_DATE_METAS = (
    "article:published_time", "og:article:published_time", "datepublished", "date", "pubdate", "publishdate",
    "publish-date", "publish_date", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date",
    "parsely-pub-date", "article.published", "published_time",
)


def _meta(tree, *names: str) -> Optional[str]:
    wanted = {n.lower() for n in names}
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        if key in wanted:
            value = (el.get("content") or "").strip()
            if value:
                return value
    return None


def _jsonld_date(tree) -> Optional[str]:
    for el in tree.iter("script"):
        if (el.get("type") or "").lower() != "application/ld+json" or not el.text:
            continue
        try:
            data = json.loads(el.text)
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                if isinstance(item.get("datePublished"), str):
                    return item["datePublished"]
                stack.extend(v for k, v in item.items() if k == "@graph")
    return None


def page_metadata(tree) -> dict[str, Optional[str]]:
    """Title, date, url and site name from an lxml tree (raw strings, date not normalised)."""
    title_el = tree.find(".//title")
    title = title_el.text_content().strip() if title_el is not None else None
    canonical = None
    for link in tree.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and (link.get("href") or "").strip():
            canonical = link.get("href").strip()
            break
    date = _meta(tree, *_DATE_METAS) or _jsonld_date(tree)
    if date is None:
        for el in tree.iter("time"):
            if (el.get("datetime") or "").strip():
                date = el.get("datetime").strip()
                break
    return {
        "og_title": _meta(tree, "og:title", "twitter:title"),
        "html_title": title or None,
        "date": date,
        "url": canonical or _meta(tree, "og:url"),
        "site_name": _meta(tree, "og:site_name", "application-name"),
    }


def parse_html(html: str, *, origin: str, source_id: Optional[str] = None, ingested_at: str = "",
               warnings: Optional[list[str]] = None,
               min_words: int = checks.MIN_WORDS) -> Union[Article, QuarantineRecord]:
    """Build an article from decoded HTML; a :class:`QuarantineRecord` when unusable."""
    import lxml.etree
    import lxml.html
    from trafilatura import bare_extraction

    if not html.strip():
        return checks.Problem(checks.EMPTY, "HTML page contains only whitespace").to_quarantine(origin)
    if not _TAG.search(html):
        return checks.Problem(checks.MALFORMED_HTML, "no HTML tags found: not an HTML page").to_quarantine(origin)
    try:
        # lxml refuses str input with an XML encoding declaration; the text is already decoded.
        tree = lxml.html.document_fromstring(re.sub(r"^\s*<\?xml[^>]*\?>", "", html, count=1))
    except (lxml.etree.ParserError, ValueError, lxml.etree.XMLSyntaxError) as exc:
        return checks.Problem(checks.MALFORMED_HTML, f"HTML could not be parsed: {exc}").to_quarantine(origin)
    meta = page_metadata(tree)
    try:
        doc = bare_extraction(
            html, url=meta["url"], with_metadata=True, include_comments=False, include_tables=True,
            include_images=False, include_links=False, include_formatting=False, output_format="python",
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # trafilatura on hostile markup: quarantine, never raise
        return checks.Problem(checks.MALFORMED_HTML,
                              f"text extraction failed: {exc.__class__.__name__}: {exc}"[:300]).to_quarantine(origin)
    text = (getattr(doc, "text", None) or "") if doc is not None else ""
    if not text.strip():
        return checks.Problem(checks.NO_TEXT, "no main text found in the HTML page (only boilerplate or markup)"
                              ).to_quarantine(origin)
    title = (getattr(doc, "title", None) or meta["og_title"] or meta["html_title"]) if doc is not None else None
    date_raw = meta["date"] or (getattr(doc, "date", None) if doc is not None else None)
    url = meta["url"] or (getattr(doc, "url", None) if doc is not None else None)
    source = meta["site_name"] or (getattr(doc, "sitename", None) if doc is not None else None)
    result = checks.build_article(
        text=text, source_id=source_id or origin, origin=origin, what="extracted text", url=url, source=source,
        title=title.strip() if title else None, published_raw=date_raw, warnings=warnings, min_words=min_words,
        ingested_at=ingested_at,
    )
    if isinstance(result, checks.Problem):
        return result.to_quarantine(origin)
    return result


def read_html_file(path: Path, origin: str, max_bytes: int = 5 * 1024 * 1024,
                   ingested_at: str = "") -> list[Union[Article, QuarantineRecord]]:
    """Read one HTML file: ``[Article]`` or ``[QuarantineRecord]``; never raises on bad input."""
    text, warnings, problem = checks.load_text(path, max_bytes, "file")
    if problem:
        return [problem.to_quarantine(origin)]
    return [parse_html(text, origin=origin, source_id=origin, ingested_at=ingested_at, warnings=warnings)]
