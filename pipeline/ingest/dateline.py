"""Datelines: recognise a line that is ONLY a publication date/time and normalise it to ISO 8601.

``parse_dateline("4:57 PM EDT, October 25, 2024")`` -> ``"2024-10-25T16:57:00-04:00"``;
``parse_dateline("October 25, 2024")`` -> ``"2024-10-25"``; a sentence that merely contains a date -> ``None``.

``normalize_date`` is the lenient variant used for metadata values (JSON ``published_at``, HTML
``article:published_time``, RFC 2822 feed dates): it accepts anything ``parse_dateline`` accepts plus
whatever :mod:`dateutil` parses without fuzzy matching.
"""
from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from typing import Optional

__all__ = ["parse_dateline", "normalize_date", "TZ_OFFSETS"]

# Fixed offsets (hours) of the abbreviations we accept. Generic US zones (ET, CT, MT, PT) are resolved with
# zoneinfo so that daylight saving time is applied for the date in question.
TZ_OFFSETS: dict[str, float] = {
    "EDT": -4, "EST": -5, "CDT": -5, "CST": -6, "MDT": -6, "MST": -7, "PDT": -7, "PST": -8,
    "AKDT": -8, "AKST": -9, "HST": -10,
    "GMT": 0, "UTC": 0, "UT": 0, "Z": 0, "BST": 1, "IST": 1, "WET": 0, "WEST": 1,
    "CET": 1, "CEST": 2, "EET": 2, "EEST": 3, "MSK": 3,
}
_GENERIC_TZ = {"ET": "America/New_York", "CT": "America/Chicago", "MT": "America/Denver", "PT": "America/Los_Angeles"}

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10,
    "nov": 11, "dec": 12,
}
_MONTH_RE = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
             r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_WEEKDAY_RE = (r"(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?"
               r"|sat(?:urday)?|sun(?:day)?)\.?")
_DAY_RE = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR_RE = r"(?:1[89]\d\d|2\d\d\d)"

_MDY = re.compile(rf"(?P<mon>{_MONTH_RE})\s+(?P<day>{_DAY_RE}),?\s+(?P<year>{_YEAR_RE})\b", re.I)
_DMY = re.compile(rf"\b(?P<day>{_DAY_RE})\s+(?P<mon>{_MONTH_RE}),?\s+(?P<year>{_YEAR_RE})\b", re.I)
_ISO = re.compile(
    r"\b(?P<year>\d{4})-(?P<mon>\d{2})-(?P<day>\d{2})"
    r"(?:[T ](?P<time>\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(?P<off>Z|[+-]\d{2}(?::?\d{2})?)?)?(?![\d:])",
)

_TZ_NAMES = sorted(list(TZ_OFFSETS) + list(_GENERIC_TZ), key=len, reverse=True)
_TZ_RE = (r"(?:(?P<tzname>" + "|".join(_TZ_NAMES) + r")(?P<tzoff1>[+-]\d{1,2}(?::?\d{2})?)?"
          r"|(?P<tzoff2>[+-]\d{2}:?\d{2}))")
_TIME = re.compile(
    r"(?P<h>[0-2]?\d)(?:[:.](?P<m>[0-5]\d))?(?::(?P<s>[0-5]\d))?\s*(?P<ampm>[ap]\.?\s?m\b\.?)?"
    rf"(?:\s*\(?{_TZ_RE}\)?)?",
    re.I,
)
_PREFIX = re.compile(
    r"^(?:(?:last\s+)?updated|published|posted|first\s+published|date|dateline)\s*(?:on|at)?\s*[:\-–—]?\s*",
    re.I,
)
_SEP = re.compile(r"^[\s,;|/·•—–\-]*$")
_FILLER = re.compile(rf"(?:\b(?:on|at)\b|\b{_WEEKDAY_RE}(?![a-z]))", re.I)


def _offset(name: Optional[str], extra: Optional[str], on: date, at: time) -> Optional[tzinfo]:
    if name is None and extra is None:
        return None
    hours = 0.0
    if name:
        key = name.upper()
        if key in _GENERIC_TZ:
            try:
                from zoneinfo import ZoneInfo

                zone = ZoneInfo(_GENERIC_TZ[key])
            except Exception:  # pragma: no cover - tzdata missing
                return None
            delta = datetime.combine(on, at, tzinfo=zone).utcoffset()
            return timezone(delta) if delta is not None else None
        hours = TZ_OFFSETS[key]
    delta = timedelta(hours=hours)
    if extra:
        sign = -1 if extra[0] == "-" else 1
        digits = extra[1:].replace(":", "")
        hh, mm = (digits[:-2], digits[-2:]) if len(digits) > 2 else (digits, "0")
        delta += sign * timedelta(hours=int(hh), minutes=int(mm))
    if abs(delta) >= timedelta(hours=24):
        return None
    return timezone(delta)


def _parse_time(rest: str, on: date) -> Optional[str | bool]:
    """Parse the non-date remainder of a dateline: '' -> True (date only), a time -> ISO string, else None."""
    rest = _FILLER.sub(" ", rest)
    if _SEP.match(rest):
        return True
    rest = rest.strip(" ,;|/·•—–-\t")
    m = _TIME.fullmatch(rest)
    if not m:
        return None
    hour, minute, second = int(m["h"]), int(m["m"] or 0), int(m["s"] or 0)
    ampm = (m["ampm"] or "").lower().replace(".", "").replace(" ", "")
    if m["m"] is None and not ampm:
        return None  # a bare number is not a time
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm == "pm" else 0)
    if hour > 23:
        return None
    at = time(hour, minute, second)
    tz = _offset(m["tzname"], m["tzoff1"] or m["tzoff2"], on, at)
    if (m["tzname"] or m["tzoff1"] or m["tzoff2"]) and tz is None:
        return None
    return datetime.combine(on, at, tzinfo=tz).isoformat()


def _iso(m: re.Match) -> Optional[str]:
    try:
        on = date(int(m["year"]), int(m["mon"]), int(m["day"]))
    except ValueError:
        return None
    if not m["time"]:
        return on.isoformat()
    text = m.group(0).replace(" ", "T", 1)
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"
    elif m["off"] and len(m["off"]) == 3:
        text += ":00"
    elif m["off"] and ":" not in m["off"]:
        text = text[: -2] + ":" + text[-2:]
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        return None
    return value.isoformat(timespec="seconds" if value.microsecond == 0 else "microseconds")


def parse_dateline(line: str) -> Optional[str]:
    """ISO 8601 date/datetime if ``line`` consists only of a dateline, else ``None``.

    Accepted: an optional "Updated"/"Published"/"Posted" prefix, an optional weekday, a date (``October 25, 2024``,
    ``Oct. 25, 2024``, ``25 October 2024``, ``2024-10-25``) and an optional time with an optional zone
    (``4:57 PM EDT``, ``16:57 BST``, ``16.57 GMT``, ``13:00 UTC+2``) before or after the date, joined by commas,
    spaces, "at", "|" or dashes. A time with a zone gives an offset; a time without a zone gives a naive datetime;
    a date alone gives ``YYYY-MM-DD``.
    """
    if not isinstance(line, str):
        return None
    s = line.strip()
    if not s or len(s) > 80:
        return None
    s = _PREFIX.sub("", s)
    m = _ISO.search(s)
    if m:
        if not _SEP.match(_FILLER.sub(" ", s[: m.start()] + " " + s[m.end():])):
            return None
        return _iso(m)
    for pattern in (_MDY, _DMY):
        m = pattern.search(s)
        if m:
            break
    else:
        return None
    try:
        on = date(int(m["year"]), _MONTHS[m["mon"][:3].lower()], int(re.match(r"\d+", m["day"]).group(0)))
    except ValueError:
        return None
    before, after = s[: m.start()], s[m.end():]
    if _SEP.match(_FILLER.sub(" ", before)):
        result = _parse_time(after, on)
    elif _SEP.match(_FILLER.sub(" ", after)):
        result = _parse_time(before, on)
    else:
        return None
    if result is None:
        return None
    return on.isoformat() if result is True else result


def normalize_date(value: object) -> Optional[str]:
    """Normalise a metadata date value to ISO 8601 (offset kept, date-only stays date-only); ``None`` if unusable."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if not isinstance(value, str):
        return None
    s = value.strip()
    if not s:
        return None
    found = parse_dateline(s)
    if found:
        return found
    if not re.search(r"\d{4}", s) or len(s) > 80:
        return None
    try:
        from dateutil import parser as du
        tzinfos = {k: int(v * 3600) for k, v in TZ_OFFSETS.items()}
        parsed = du.parse(s, fuzzy=False, tzinfos=tzinfos, default=datetime(2000, 1, 1))
        check = du.parse(s, fuzzy=False, tzinfos=tzinfos, default=datetime(2001, 2, 2))
    except (ValueError, OverflowError, TypeError):
        return None
    if parsed.date() != check.date():
        return None  # year, month or day missing: dateutil would invent it
    if parsed.tzinfo is not None:
        off = parsed.utcoffset()
        parsed = parsed.replace(tzinfo=timezone(off) if off is not None else None)
    has_time = bool(re.search(r"\d[:.]\d\d|T\d\d", s))
    if not has_time and parsed.time() == time(0) and parsed.tzinfo is None:
        return parsed.date().isoformat()
    return parsed.isoformat()
