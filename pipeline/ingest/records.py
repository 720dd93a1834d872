"""Reader for JSON article records: ``.json`` (one object or a list of objects) and ``.jsonl`` (one object a line).

Fields: ``id``, ``url``, ``title``, ``source``, ``published_at``, ``text`` (and optionally ``licence``/``license``);
other fields are ignored. This is the format of ``eval-data/*.jsonl`` and of the scorer's ``write_inbox``. The text
is used EXACTLY as given -- no newline normalisation, no stripping -- because offsets index it.

A bad line in a JSON Lines file becomes a quarantine record for that line only (origin ``<file>:<line>``); the other
lines still ingest. JSON Lines files are streamed: the size cap applies to each line (a record), so a long file of
small records is fine and an oversized line is skipped without reading it into memory. A ``.json`` file is one
document and the cap applies to the whole file.

Curated records are not held to the 5-word minimum (evaluation cases such as ``"75ml"`` are legitimate): a record
is rejected only when its text is missing, not a string, empty or whitespace-only; short texts get a warning.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterator, Optional, Union

from pipeline.ingest import checks
from pipeline.records import Article, QuarantineRecord

__all__ = ["read_json_file", "read_jsonl_file", "parse_record", "RECORD_MIN_WORDS"]

RECORD_MIN_WORDS = 1
Item = Union[Article, QuarantineRecord]


def _type_name(value: Any) -> str:
    return {dict: "an object", list: "an array", str: "a string", bool: "a boolean", int: "a number",
            float: "a number", type(None): "null"}.get(type(value), type(value).__name__)


def _opt_str(rec: dict, key: str, warnings: list[str]) -> Optional[str]:
    value = rec.get(key)
    if value is None:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    if not isinstance(value, str):
        warnings.append(f"field {key!r} is {_type_name(value)}, expected a string; ignored")
        return None
    return value if value.strip() else None


def parse_record(rec: Any, *, origin: str, default_source_id: str, ingested_at: str = "",
                 min_words: int = RECORD_MIN_WORDS) -> Item:
    """One decoded JSON value -> Article or QuarantineRecord."""
    where = "record"
    if not isinstance(rec, dict):
        return checks.Problem(checks.MALFORMED_JSON, f"{where} is {_type_name(rec)}, expected an object"
                              ).to_quarantine(origin)
    if "text" not in rec or rec["text"] is None:
        present = ", ".join(sorted(map(str, rec))[:8]) or "none"
        return checks.Problem(checks.MISSING_FIELD, f"{where} has no 'text' field (fields: {present})"
                              ).to_quarantine(origin)
    text = rec["text"]
    if not isinstance(text, str):
        return checks.Problem(checks.MISSING_FIELD, f"{where} field 'text' is {_type_name(text)}, expected a string"
                              ).to_quarantine(origin)
    warnings: list[str] = []
    rid = rec.get("id")
    if isinstance(rid, bool) or not isinstance(rid, (str, int, float)) or not str(rid).strip():
        if rid is not None:
            warnings.append(f"field 'id' is {_type_name(rid)}; using {default_source_id!r} as source id")
        source_id = default_source_id
    else:
        source_id = str(rid)
    url = _opt_str(rec, "url", warnings)
    title = _opt_str(rec, "title", warnings)
    source = _opt_str(rec, "source", warnings)
    licence = _opt_str(rec, "licence", warnings) or _opt_str(rec, "license", warnings)
    published = rec.get("published_at")
    result = checks.build_article(
        text=text, source_id=source_id, origin=origin, what="record text", url=url, source=source, title=title,
        published_raw=published, licence=licence, warnings=warnings, min_words=min_words, ingested_at=ingested_at,
    )
    if isinstance(result, checks.Problem):
        return result.to_quarantine(origin)
    return result


def _json_error(exc: json.JSONDecodeError) -> str:
    return f"invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}"


def read_json_file(path: Path, origin: str, max_bytes: int = 5 * 1024 * 1024, ingested_at: str = "") -> list[Item]:
    """A ``.json`` file holding one record or a list of records (items get origin ``<file>#<n>``, 1-based)."""
    text, warnings, problem = checks.load_text(path, max_bytes)
    if problem:
        return [problem.to_quarantine(origin)]
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        return [checks.Problem(checks.MALFORMED_JSON, _json_error(exc)).to_quarantine(origin)]
    except RecursionError:
        return [checks.Problem(checks.MALFORMED_JSON, "JSON nested too deeply").to_quarantine(origin)]
    if isinstance(data, list):
        if not data:
            return [checks.Problem(checks.NO_TEXT, "JSON file holds an empty list").to_quarantine(origin)]
        items = [parse_record(rec, origin=f"{origin}#{i}", default_source_id=f"{origin}#{i}",
                              ingested_at=ingested_at) for i, rec in enumerate(data, 1)]
    else:
        items = [parse_record(data, origin=origin, default_source_id=origin, ingested_at=ingested_at)]
    for item in items:
        if isinstance(item, Article):
            item.warnings[:0] = warnings
    return items


def _lines(fh, max_bytes: int) -> Iterator[tuple[int, Optional[bytes], int]]:
    """``(line_no, bytes or None when over the cap, size)``; an oversized line is skipped in chunks."""
    line_no = 0
    while True:
        chunk = fh.readline(max_bytes + 1)
        if not chunk:
            return
        line_no += 1
        if len(chunk) > max_bytes and not chunk.endswith(b"\n"):
            size = len(chunk)
            while True:
                more = fh.readline(1024 * 1024)
                size += len(more)
                if not more or more.endswith(b"\n"):
                    break
            yield line_no, None, size
        else:
            yield line_no, chunk, len(chunk)


def read_jsonl_file(path: Path, origin: str, max_bytes: int = 5 * 1024 * 1024, ingested_at: str = "") -> list[Item]:
    """A ``.jsonl`` file: one item per non-blank line, origin ``<file>:<line>`` (1-based)."""
    items: list[Item] = []
    try:
        with open(path, "rb") as fh:
            head = fh.read(65536)
            problem = checks.check_empty(head, "file") if len(head) < 65536 else None
            problem = problem or checks.check_binary(head, "file")
            if problem is None and head.startswith((b"\xff\xfe", b"\xfe\xff")):
                problem = checks.Problem(checks.BAD_ENCODING, "JSON Lines file is UTF-16; JSON Lines must be UTF-8")
            if problem:
                return [problem.to_quarantine(origin)]
            fh.seek(0)
            for line_no, raw, size in _lines(fh, max_bytes):
                here = f"{origin}:{line_no}"
                if raw is None:
                    items.append(checks.Problem(checks.TOO_LARGE, f"line is {checks.human_size(size)}, over the "
                                                f"{checks.human_size(max_bytes)} limit").to_quarantine(here))
                    continue
                if line_no == 1 and raw.startswith(b"\xef\xbb\xbf"):
                    raw = raw[3:]
                if not raw.strip():
                    continue  # blank lines separate nothing in JSON Lines; skip them
                try:
                    line = raw.decode("utf-8")
                except UnicodeDecodeError as exc:
                    items.append(checks.Problem(checks.BAD_ENCODING, f"line is not valid UTF-8 (invalid byte "
                                                f"0x{raw[exc.start]:02x} at column {exc.start + 1})").to_quarantine(here))
                    continue
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError as exc:
                    items.append(checks.Problem(checks.MALFORMED_JSON, f"invalid JSON at column {exc.colno}: "
                                                f"{exc.msg}").to_quarantine(here))
                    continue
                except RecursionError:
                    items.append(checks.Problem(checks.MALFORMED_JSON, "JSON nested too deeply").to_quarantine(here))
                    continue
                items.append(parse_record(rec, origin=here, default_source_id=here, ingested_at=ingested_at))
    except OSError as exc:
        items.append(checks.Problem(checks.UNREADABLE, f"cannot read file: {exc.strerror or exc}").to_quarantine(origin))
    return items
