"""Reader for plain-text and Markdown articles (``.txt``, ``.md``).

Shape (see the seed example): the first non-empty line is the headline; paragraphs one per line; a line that is
only a dateline (``4:57 PM EDT, October 25, 2024``) gives the publication time.

The article ``text`` is the decoded file with newlines normalised to ``\\n`` (CRLF and lone CR -> LF) and a leading
BOM removed -- nothing else: the headline and the dateline stay in the text, Markdown markup stays in the text, so
that every offset indexes the text as ingested. Only the ``title`` field has Markdown heading marks removed.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Optional, Union

from pipeline.ingest import checks
from pipeline.ingest.dateline import parse_dateline
from pipeline.records import Article, QuarantineRecord

__all__ = ["read_text_file", "parse_text", "normalize_newlines", "find_title", "find_dateline"]

_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$")


def normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def find_title(text: str, markdown: bool = False) -> Optional[str]:
    """The first non-empty line, stripped (and without ``#`` heading marks for Markdown)."""
    for line in text.split("\n"):
        if line.strip():
            title = line.strip()
            if markdown:
                m = _MD_HEADING.match(line)
                if m:
                    title = m.group(1).strip() or title
            return title
    return None


def find_dateline(text: str) -> tuple[Optional[str], Optional[int]]:
    """``(iso, line_index)`` of the first line (after the headline) that is only a dateline."""
    seen_title = False
    for i, line in enumerate(text.split("\n")):
        if not line.strip():
            continue
        if not seen_title:
            seen_title = True
            continue
        stripped = line.strip().strip("*_").strip()  # Markdown emphasis around a dateline
        iso = parse_dateline(stripped)
        if iso:
            return iso, i
    return None, None


def parse_text(text: str, *, origin: str, source_id: Optional[str] = None, markdown: bool = False,
               ingested_at: str = "", warnings: Optional[list[str]] = None,
               min_words: int = checks.MIN_WORDS) -> Union[Article, QuarantineRecord]:
    """Build an article from already-decoded text (newlines are normalised here)."""
    text = normalize_newlines(text)
    if text.startswith("\ufeff"):
        text = text[1:]
    warns = list(warnings or [])
    published_at, _ = find_dateline(text)
    result = checks.build_article(
        text=text, source_id=source_id or origin, origin=origin, what="text", title=find_title(text, markdown),
        published_at=published_at, warnings=warns, min_words=min_words, ingested_at=ingested_at,
    )
    if isinstance(result, checks.Problem):
        return result.to_quarantine(origin)
    return result


def read_text_file(path: Path, origin: str, max_bytes: int = 5 * 1024 * 1024,
                   ingested_at: str = "") -> list[Union[Article, QuarantineRecord]]:
    """Read one ``.txt``/``.md`` file: ``[Article]`` or ``[QuarantineRecord]``; never raises on bad input."""
    text, warnings, problem = checks.load_text(path, max_bytes)
    if problem:
        return [problem.to_quarantine(origin)]
    return [parse_text(text, origin=origin, source_id=origin, markdown=path.suffix.lower() == ".md",
                       ingested_at=ingested_at, warnings=warnings)]
