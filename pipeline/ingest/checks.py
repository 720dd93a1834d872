"""Input checks for the readers: named reason codes (in the spirit of frictionless-py's error types) and the
cheap, pure functions that detect them.

Every check returns ``None`` when the input passes, or a :class:`Problem` carrying the reason ``code`` and a
specific human message (``"file is 7.2 MiB, over the 5 MiB limit"``). The readers turn a problem into a
:class:`pipeline.records.QuarantineRecord` with ``stage="ingest"``. Checks never modify the text: anything odd that
is not worth quarantining becomes a warning string on the article instead (nothing is stripped silently).
"""
from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from pipeline.records import Article, QuarantineRecord

__all__ = [
    "Reason", "REASONS", "Problem",
    "EMPTY", "BINARY", "BAD_ENCODING", "TOO_LARGE", "NO_TEXT", "NOT_ENGLISH", "MALFORMED_JSON", "MALFORMED_HTML",
    "MISSING_FIELD", "UNSUPPORTED_TYPE", "DUPLICATE", "HOSTILE", "UNREADABLE",
    "SUPPORTED_EXTENSIONS", "MIN_WORDS", "MAX_TOKEN_CHARS",
    "human_size", "check_type", "check_size", "check_empty", "check_binary", "decode_bytes", "check_text",
    "check_hostile", "text_warnings", "check_words", "check_english", "english_share", "count_words",
    "sha256_hex", "make_article_id", "build_article", "load_text", "DuplicateIndex",
]


@dataclass(frozen=True)
class Reason:
    """A named reason an input is quarantined (or, for ``duplicate``, recorded)."""

    code: str
    title: str
    description: str
    is_error: bool = True


EMPTY = "empty"
BINARY = "binary"
BAD_ENCODING = "bad_encoding"
TOO_LARGE = "too_large"
NO_TEXT = "no_text"
NOT_ENGLISH = "not_english"
MALFORMED_JSON = "malformed_json"
MALFORMED_HTML = "malformed_html"
MISSING_FIELD = "missing_field"
UNSUPPORTED_TYPE = "unsupported_type"
DUPLICATE = "duplicate"
HOSTILE = "hostile"
UNREADABLE = "unreadable"

REASONS: dict[str, Reason] = {r.code: r for r in [
    Reason(EMPTY, "Empty input", "The file or record is 0 bytes or contains only whitespace."),
    Reason(BINARY, "Binary input", "The input contains NUL bytes or control bytes, or has the signature of a "
                                   "binary format (PDF, image, archive): it is not text."),
    Reason(BAD_ENCODING, "Undecodable text", "The bytes are not UTF-8 (with or without BOM), not UTF-16 with a BOM, "
                                             "and no other text encoding was detected with confidence."),
    Reason(TOO_LARGE, "Input too large", "The file (or JSON Lines record) is over the configured size cap; it is "
                                         "rejected before being read into memory."),
    Reason(NO_TEXT, "No usable text", "No article text could be found, or it has fewer words than the minimum."),
    Reason(NOT_ENGLISH, "Not English", "The text does not look English (share of common English function words, "
                                       "foreign function words, script); the pipeline is English-only."),
    Reason(MALFORMED_JSON, "Malformed JSON", "The JSON document or JSON Lines line does not parse, or is not an "
                                             "object (or a list of objects)."),
    Reason(MALFORMED_HTML, "Malformed HTML", "The HTML page could not be parsed."),
    Reason(MISSING_FIELD, "Missing field", "A JSON record has no usable 'text' string."),
    Reason(UNSUPPORTED_TYPE, "Unsupported file type", "The file extension is not one the readers handle."),
    Reason(DUPLICATE, "Duplicate article", "The text and publication time are those of an earlier article; only "
                                           "the first is kept. Recorded for the audit trail, not an error. The same "
                                           "text published at another time is a republication: it is kept, with a "
                                           "warning, because its relative dates ('on Friday') name other days.",
           is_error=False),
    Reason(HOSTILE, "Hostile content", "The text contains control characters other than newline, tab and carriage "
                                       "return, or a line with an absurdly long run of non-space characters."),
    Reason(UNREADABLE, "Unreadable file", "The file could not be opened or read (permissions, I/O error)."),
]}


class DuplicateIndex:
    """The articles kept so far, by text and publication time: what makes a later one an exact duplicate."""

    def __init__(self) -> None:
        self._by_key: dict[tuple[str, str], Article] = {}
        self._by_text: dict[str, Article] = {}
        self._by_id: dict[str, Article] = {}

    def duplicate_of(self, item: Article) -> Optional[Article]:
        """The kept article ``item`` duplicates, if any; a republication of a kept text gets a warning instead."""
        kept = self._by_key.get((item.text_sha256, item.published_at or "")) or self._by_id.get(item.article_id)
        if kept is not None:
            return kept  # (one id is one article: the same source and text with another date is not a second one)
        first = self._by_text.get(item.text_sha256)
        if first is not None:
            item.warnings.append(f"same text as article {first.article_id} ({first.source_id}), published at "
                                 f"{first.published_at or 'an unknown time'}: a republication, kept")
        return None

    @staticmethod
    def message(first: Article) -> str:
        """The ``duplicate`` record's message, naming the article kept."""
        return f"exact duplicate of article {first.article_id} ({first.source_id}, from {first.origin}); kept the first"

    def add(self, item: Article) -> None:
        self._by_key[(item.text_sha256, item.published_at or "")] = item
        self._by_text.setdefault(item.text_sha256, item)
        self._by_id[item.article_id] = item


SUPPORTED_EXTENSIONS = (".txt", ".md", ".html", ".htm", ".json", ".jsonl")
MIN_WORDS = 5
MAX_TOKEN_CHARS = 100_000  # a run of this many non-whitespace characters is not prose


@dataclass(frozen=True)
class Problem:
    """One failed check: a reason code from :data:`REASONS` and a specific message."""

    code: str
    message: str

    def __post_init__(self) -> None:
        if self.code not in REASONS:
            raise ValueError(f"unknown reason code {self.code!r}")

    def to_quarantine(self, origin: str, article_id: Optional[str] = None) -> QuarantineRecord:
        return QuarantineRecord(origin=origin, stage="ingest", reason=self.code, message=self.message,
                                article_id=article_id)


def human_size(n: int) -> str:
    if n < 1024:
        return f"{n} bytes"
    for unit in ("KiB", "MiB", "GiB"):
        n /= 1024
        if n < 1024 or unit == "GiB":
            return f"{n:.1f} {unit}".replace(".0 ", " ")
    return f"{n} bytes"  # pragma: no cover


# --------------------------------------------------------------------------------------------------- files
def check_type(path: Path) -> Optional[Problem]:
    ext = path.suffix.lower()
    if ext in SUPPORTED_EXTENSIONS:
        return None
    shown = f"'{ext}'" if ext else "no extension"
    return Problem(UNSUPPORTED_TYPE, f"unsupported file type {shown}; expected one of {', '.join(SUPPORTED_EXTENSIONS)}")


def check_size(path: Path, max_bytes: int) -> Optional[Problem]:
    """Compare the file size (from ``stat``, without reading the file) with the cap."""
    size = os.stat(path).st_size
    if size > max_bytes:
        return Problem(TOO_LARGE, f"file is {human_size(size)}, over the {human_size(max_bytes)} limit")
    return None


def check_empty(data: bytes, what: str = "file") -> Optional[Problem]:
    if not data:
        return Problem(EMPTY, f"{what} is empty (0 bytes)")
    if not data.strip() or (_has_bom(data) and not _strip_bom_text(data).strip()):
        return Problem(EMPTY, f"{what} contains only whitespace ({human_size(len(data))})")
    return None


_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
_SIGNATURES = (
    (b"%PDF", "a PDF document"), (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"), (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x1f\x8b", "a gzip archive"), (b"\x7fELF", "an executable"), (b"MZ", "a Windows executable"),
    (b"\xd0\xcf\x11\xe0", "an OLE (old Office) document"), (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ", "an xz archive"), (b"7z\xbc\xaf", "a 7-Zip archive"),
)


def _has_bom(data: bytes) -> Optional[str]:
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return enc
    return None


def _strip_bom_text(data: bytes) -> str:
    enc = _has_bom(data)
    try:
        return data.decode(enc or "utf-8")
    except UnicodeDecodeError:
        return "x"


def check_binary(data: bytes, what: str = "file") -> Optional[Problem]:
    """NUL bytes (outside UTF-16 with a BOM), many control bytes, or a known binary signature."""
    for sig, name in _SIGNATURES:
        if data.startswith(sig) and (sig != b"MZ" or b"\x00" in data[:512]):
            return Problem(BINARY, f"{what} looks like {name}, not text")
    bom = _has_bom(data)
    if bom == "utf-16":
        return None
    head = data[:65536]
    nul = head.find(b"\x00")
    if nul >= 0:
        return Problem(BINARY, f"{what} contains NUL bytes (first at byte {nul}); it is binary, not text")
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 13, 12))
    if head and controls / len(head) > 0.05:
        return Problem(BINARY, f"{what} has {controls} control bytes in its first {human_size(len(head))}; "
                               "it is binary, not text")
    return None


def _mostly_ascii(text: str, share: float = 0.9) -> bool:
    return bool(text) and sum(ch < "\x80" for ch in text) / len(text) >= share


def decode_bytes(data: bytes, what: str = "file") -> tuple[Optional[str], Optional[str], list[str], Optional[Problem]]:
    """Decode raw bytes to text: ``(text, encoding, warnings, problem)``.

    Order: BOM (UTF-8, UTF-16) -> strict UTF-8 -> (valid UTF-8 mixed with invalid bytes: bad_encoding) -> Windows-1252 when the text is >= 90% ASCII and every byte is
    defined in cp1252 (the classic legacy English file: curly quotes, dashes, accented names) -> charset_normalizer
    when its best guess has low chaos (<= 0.1) and some language coherence (>= 0.2) -> ``bad_encoding``.
    A non-UTF-8 decode is kept with a warning naming the encoding; the BOM is removed.
    """
    bom = _has_bom(data)
    if bom:
        try:
            text = data.decode(bom)
        except UnicodeDecodeError as exc:
            return None, None, [], Problem(BAD_ENCODING, f"{what} starts with a {bom.upper()} byte-order mark but "
                                                         f"byte {exc.start} is invalid in {bom.upper()}")
        text = text.lstrip("\ufeff")
        warnings = [] if bom == "utf-8-sig" else ["decoded as UTF-16 (byte-order mark)"]
        return text, bom, warnings, None
    try:
        return data.decode("utf-8"), "utf-8", [], None
    except UnicodeDecodeError as exc:
        utf8_error = exc
    lenient = data.decode("utf-8", errors="replace")
    if any(ch > "\x7f" and ch != "\ufffd" for ch in lenient):
        # Valid multi-byte UTF-8 next to invalid bytes: mixed encodings. Any single decode would garble part of it.
        bad = lenient.count("\ufffd")
        return None, None, [], Problem(BAD_ENCODING, f"{what} mixes encodings: valid UTF-8 characters but also "
                                                     f"{bad} invalid UTF-8 sequence{'s' if bad != 1 else ''} (first "
                                                     f"0x{data[utf8_error.start]:02x} at offset {utf8_error.start})")
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = None
    if text is not None and _mostly_ascii(text):
        return text, "cp1252", [f"not valid UTF-8 (byte {utf8_error.start}); decoded as Windows-1252"], None
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
    except Exception:  # pragma: no cover - detector failure is just "no confident guess"
        best = None
    if best is not None and best.chaos <= 0.1 and best.coherence >= 0.2:
        text = str(best)
        return text, best.encoding, [f"not valid UTF-8 (byte {utf8_error.start}); decoded as {best.encoding} "
                                     f"(charset_normalizer, coherence {best.coherence:.2f})"], None
    guess = f"; best guess {best.encoding} was not confident" if best is not None else ""
    return None, None, [], Problem(BAD_ENCODING, f"{what} is not valid UTF-8 (invalid byte 0x{data[utf8_error.start]:02x} "
                                                 f"at offset {utf8_error.start}) and no other text encoding was "
                                                 f"detected with confidence{guess}")


# --------------------------------------------------------------------------------------------------- text
_C0 = re.compile(r"[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f]")
_C1 = re.compile(r"[\x80-\x9f]")
_BIDI = re.compile(r"[\u202a-\u202e\u2066-\u2069]")
_LONG_RUN = re.compile(r"\S{%d,}" % MAX_TOKEN_CHARS)


def check_hostile(text: str, what: str = "text") -> Optional[Problem]:
    """C0 control characters other than \\n, \\t, \\r (and DEL), or an absurdly long run without whitespace.

    Offsets must index the text as ingested, so nothing is stripped: such input is quarantined instead.
    """
    m = _C0.search(text)
    if m:
        n = len(_C0.findall(text))
        return Problem(HOSTILE, f"{what} contains {n} control character{'s' if n != 1 else ''} "
                                f"(first U+{ord(m.group()):04X} at offset {m.start()}); only newline, tab and "
                                "carriage return are allowed")
    if len(text) >= MAX_TOKEN_CHARS:
        m = _LONG_RUN.search(text)
        if m:
            run = re.match(r"\S*", text[m.start():]).end()
            return Problem(HOSTILE, f"{what} has a run of {run:,} characters without whitespace at offset "
                                    f"{m.start()} (limit {MAX_TOKEN_CHARS:,})")
    return None


def text_warnings(text: str) -> list[str]:
    """Oddities that are kept but reported: C1 control characters (mis-decoded text), bidi overrides."""
    out = []
    c1 = _C1.findall(text)
    if c1:
        first = _C1.search(text)
        out.append(f"{len(c1)} C1 control character{'s' if len(c1) != 1 else ''} (first U+{ord(first.group()):04X} "
                   f"at offset {first.start()}), probably mis-decoded text; kept as is")
    bidi = _BIDI.findall(text)
    if bidi:
        out.append(f"{len(bidi)} bidirectional override character{'s' if len(bidi) != 1 else ''} "
                   f"(first U+{ord(bidi[0]):04X}); kept as is")
    return out


_WORD = re.compile(r"\w+(?:['’]\w+)*")


def count_words(text: str) -> int:
    return len(_WORD.findall(text))


def check_words(text: str, min_words: int = MIN_WORDS, what: str = "text") -> Optional[Problem]:
    if not text or not text.strip():
        return Problem(EMPTY, f"{what} is empty" if not text else f"{what} contains only whitespace")
    n = count_words(text)
    if n < min_words:
        return Problem(NO_TEXT, f"{what} has {n} word{'s' if n != 1 else ''}, fewer than the minimum of {min_words}")
    return None


_EN = frozenset("""the of and to a an in is was that for it on with as by at from he she they we his her their its
this these those be been being are were has have had not but or which who whom whose will would said says there than
also after about into more can could should may might must over out up when what where why how i you your our us
them him if all no so other some such only then because while before between during under against do does did just
very most any each both through since until here it's don't""".split())
_FOREIGN = frozenset("""der die und das nicht ist mit sich dem auf für eine einen auch von zu wird sind wurde
le la les et des du est une pour dans qui pas sur avec ce cette sont été au aux
el los las y del por para con una su al como más fue pero sus
il di che della delle sono anche gli nel
het een van zijn voor niet dat wordt werd ook naar
os um uma não com foi pelo pela""".split())
_TOKEN = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
MIN_TOKENS_FOR_LANGUAGE = 20


def english_share(text: str) -> tuple[int, float, float, float]:
    """``(tokens, english_share, foreign_share, non_latin_letter_share)`` over alphabetic tokens."""
    tokens = _TOKEN.findall(text.lower())
    letters = [ch for ch in text if ch.isalpha()]
    non_latin = sum(1 for ch in letters if ord(ch) > 0x24F) / len(letters) if letters else 0.0
    if not tokens:
        return 0, 0.0, 0.0, non_latin
    en = sum(t in _EN for t in tokens) / len(tokens)
    foreign = sum(t in _FOREIGN for t in tokens) / len(tokens)
    return len(tokens), en, foreign, non_latin


def check_english(text: str, what: str = "text") -> Optional[Problem]:
    """Cheap language check; short texts (< 20 alphabetic tokens) are not judged.

    Not English when most letters are outside the Latin script, or (with >= 20 tokens) when function words of
    German/French/Spanish/Italian/Dutch/Portuguese outnumber English ones, or English ones are under 5%.
    """
    letters = sum(1 for ch in text if ch.isalpha())
    n, en, foreign, non_latin = english_share(text)
    if letters >= 40 and non_latin > 0.5:
        script = _script_name(text)
        return Problem(NOT_ENGLISH, f"{what} looks not English: {non_latin:.0%} of letters are {script}")
    if n < MIN_TOKENS_FOR_LANGUAGE:
        return None
    if foreign > en or en < 0.05:
        return Problem(NOT_ENGLISH, f"{what} looks not English: {en:.0%} of {n} words are common English function "
                                    f"words (expected >= 5%), {foreign:.0%} are German/French/Spanish/Italian/"
                                    "Dutch/Portuguese ones")
    return None


def _script_name(text: str) -> str:
    for ch in text:
        if ch.isalpha() and ord(ch) > 0x24F:
            try:
                return unicodedata.name(ch).split()[0].title() + " script"
            except ValueError:
                break
    return "non-Latin script"


def check_text(text: str, what: str = "text", min_words: int = MIN_WORDS) -> Optional[Problem]:
    """The text-level checks in order: empty/no_text, hostile, not_english."""
    return check_words(text, min_words, what) or check_hostile(text, what) or check_english(text, what)


# --------------------------------------------------------------------------------------------------- articles
def sha256_hex(text: str) -> str:
    import hashlib

    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def make_article_id(source_id: str, text: str) -> str:
    """``"a_"`` + the first 16 hex digits of sha256(source_id + NUL + text): stable across runs."""
    return "a_" + sha256_hex(source_id + "\0" + text)[:16]


def build_article(*, text: str, source_id: str, origin: str, what: str, url: Optional[str] = None,
                  source: Optional[str] = None, title: Optional[str] = None, published_raw: object = None,
                  published_at: Optional[str] = None, licence: Optional[str] = None,
                  warnings: Optional[list[str]] = None, min_words: int = MIN_WORDS, ingested_at: str = ""):
    """Run the text checks and return an :class:`Article` or a :class:`Problem`.

    ``published_at`` is an already-normalised value (e.g. from a dateline); otherwise ``published_raw`` is
    normalised here. Missing or unparseable dates give ``None`` plus a warning; the text is never modified.
    """
    from pipeline.ingest.dateline import normalize_date
    from pipeline.records import Article

    problem = check_text(text, what, min_words)
    if problem:
        return problem
    warns = list(warnings or [])
    warns += text_warnings(text)
    if published_at is None:
        if published_raw is None or (isinstance(published_raw, str) and not published_raw.strip()):
            warns.append("missing publication date")
        else:
            published_at = normalize_date(published_raw)
            if published_at is None:
                shown = published_raw if isinstance(published_raw, str) else repr(published_raw)
                warns.append(f"unparseable publication date {str(shown)[:80]!r}")
    words = count_words(text)
    if words < MIN_WORDS:
        warns.append(f"short text ({words} word{'s' if words != 1 else ''})")
    return Article(
        article_id=make_article_id(source_id, text), source_id=source_id, text=text, url=url, source=source,
        title=title, published_at=published_at, language="en", text_sha256=sha256_hex(text), word_count=words,
        ingested_at=ingested_at, origin=origin, licence=licence, warnings=warns,
    )


def load_text(path: Path, max_bytes: int, what: str = "file") -> tuple[Optional[str], list[str], Optional[Problem]]:
    """Size cap (from ``stat``, before reading), read, empty, binary, decode: ``(text, warnings, problem)``.

    The decoded text has its BOM removed and is otherwise exactly the file's characters (newlines untouched).
    """
    try:
        problem = check_size(path, max_bytes)
        if problem:
            return None, [], problem
        with open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        return None, [], Problem(UNREADABLE, f"cannot read {what}: {exc.strerror or exc.__class__.__name__}")
    if len(data) > max_bytes:  # grew between stat and read
        return None, [], Problem(TOO_LARGE, f"{what} is over the {human_size(max_bytes)} limit")
    problem = check_empty(data, what) or check_binary(data, what)
    if problem:
        return None, [], problem
    text, _encoding, warnings, problem = decode_bytes(data, what)
    return text, warnings, problem
