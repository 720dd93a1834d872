"""Readers: inbox files -> :class:`pipeline.records.Article` records, or quarantine records with a reason.

Plain functions, no Dagster. ``read_inbox`` walks an inbox directory and dispatches on the extension:

- ``.txt`` / ``.md``  -> :func:`pipeline.ingest.text.read_text_file` (headline, paragraphs, dateline)
- ``.html`` / ``.htm`` -> :func:`pipeline.ingest.html.read_html_file` (trafilatura main text + page metadata)
- ``.json`` / ``.jsonl`` -> :mod:`pipeline.ingest.records` (records with id, url, title, source, published_at, text)

Reason codes and checks live in :mod:`pipeline.ingest.checks`; dateline parsing in :mod:`pipeline.ingest.dateline`.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Optional

from pipeline.records import Article, QuarantineRecord

__all__ = ["IngestResult", "read_inbox", "read_path", "iter_inbox_files", "DEFAULT_MAX_BYTES", "READERS"]

DEFAULT_MAX_BYTES = 5 * 1024 * 1024


@dataclass
class IngestResult:
    articles: list[Article] = field(default_factory=list)
    quarantine: list[QuarantineRecord] = field(default_factory=list)


def _readers() -> dict[str, Callable]:
    from pipeline.ingest.html import read_html_file
    from pipeline.ingest.records import read_json_file, read_jsonl_file
    from pipeline.ingest.text import read_text_file

    return {".txt": read_text_file, ".md": read_text_file, ".html": read_html_file, ".htm": read_html_file,
            ".json": read_json_file, ".jsonl": read_jsonl_file}


READERS = (".txt", ".md", ".html", ".htm", ".json", ".jsonl")


def iter_inbox_files(inbox: Path) -> list[tuple[Path, str]]:
    """``(path, inbox-relative posix path)`` of every non-hidden file under ``inbox``, sorted by relative path.

    Hidden files and directories (name starting with ".") are ignored; directory symlinks are not followed.
    """
    inbox = Path(inbox)
    found: list[tuple[Path, str]] = []
    for root, dirs, files in os.walk(inbox, followlinks=False):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if name.startswith("."):
                continue
            path = Path(root) / name
            found.append((path, path.relative_to(inbox).as_posix()))
    found.sort(key=lambda item: item[1])
    return found


def read_path(path: Path, origin: str, max_bytes: int = DEFAULT_MAX_BYTES,
              ingested_at: str = "") -> list[Article | QuarantineRecord]:
    """Read one file with the reader for its extension; never raises on bad input."""
    from pipeline.ingest import checks

    problem = checks.check_type(path)
    if problem:
        return [problem.to_quarantine(origin)]
    if not path.is_file():
        return [checks.Problem(checks.UNREADABLE, "not a regular file").to_quarantine(origin)]
    reader = _readers()[path.suffix.lower()]
    try:
        return reader(path, origin, max_bytes=max_bytes, ingested_at=ingested_at)
    except Exception as exc:  # last line of defence: a reader bug must not stop the whole inbox
        message = f"reader failed: {exc.__class__.__name__}: {exc}"[:300]
        return [checks.Problem(checks.UNREADABLE, message).to_quarantine(origin)]


def read_inbox(inbox: Path, max_bytes: int = DEFAULT_MAX_BYTES, now: Optional[str] = None) -> IngestResult:
    """Read every file under ``inbox`` (recursively, sorted) into articles and quarantine records.

    Never raises on bad input: every failure becomes a ``QuarantineRecord`` with ``stage="ingest"`` and an
    inbox-relative ``origin`` (plus ``:<line>`` for JSON Lines). Exact duplicates (same text and publication time)
    are dropped after the first and recorded with reason ``duplicate`` naming the kept article; the same text
    published at another time is kept with a warning. ``now`` (ISO 8601) fixes ``ingested_at``.
    """
    from pipeline.ingest import checks

    ingested_at = now or datetime.now(timezone.utc).isoformat(timespec="seconds")
    result = IngestResult()
    kept = checks.DuplicateIndex()
    origin_by_source: dict[str, str] = {}
    inbox = Path(inbox)
    if not inbox.is_dir():
        result.quarantine.append(checks.Problem(checks.UNREADABLE, "inbox is not a directory").to_quarantine("."))
        return result
    for path, rel in iter_inbox_files(inbox):
        for item in read_path(path, rel, max_bytes=max_bytes, ingested_at=ingested_at):
            if isinstance(item, QuarantineRecord):
                result.quarantine.append(item)
                continue
            first = kept.duplicate_of(item)
            if first is not None:
                result.quarantine.append(QuarantineRecord(
                    origin=item.origin, stage="ingest", reason="duplicate",
                    message=kept.message(first),
                    article_id=item.article_id,
                ))
                continue
            if item.source_id in origin_by_source:
                item.warnings.append(f"source id {item.source_id!r} also used by {origin_by_source[item.source_id]}")
            origin_by_source.setdefault(item.source_id, item.origin)
            kept.add(item)
            result.articles.append(item)
    return result
