"""Line and sentence classification of an article.

A line is one newline-delimited piece of the text, classified as
``headline`` (the first non-empty line of a multi-line text), ``dateline`` (only a date and/or time),
``subheading`` (a short line without final punctuation) or ``paragraph``.
The spaCy pipeline (``pipeline.extract.nlp``) starts a sentence after every newline, so each sentence lies
inside one line and carries that line's kind.

Public functions: ``classify_lines(text)``, ``line_kind(line, is_first)``, ``is_dateline(line)``,
``sentence_spans(doc)``.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from pipeline.extract.nlp import doc_text

HEADLINE, DATELINE, SUBHEADING, PARAGRAPH = "headline", "dateline", "subheading", "paragraph"

_MONTHS = ("jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
           "oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")
_DAYS = "mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?"
_DATE_WORD = re.compile(
    rf"(?:{_MONTHS}|{_DAYS}|\d{{1,4}}(?:st|nd|rd|th)?|\d{{1,2}}:\d{{2}}(?::\d{{2}})?|[ap]\.?m\.?|"
    r"[A-Z]{2,4}T|UTC|GMT|Z|updated|published|posted|last|modified|on|at|of|the|\+\d{2}:?\d{2}|"
    r"today|yesterday|am|pm)\.?", re.I)
_SEP = re.compile(r"[\s,|/·•\-–—:()]+")
_FINAL_PUNCT = re.compile(r"[.!?:;…\"”’')\]]\s*$")
_SENT_END = re.compile(r"[.!?:;…\"”’')\]»]\s*$")


@dataclass(frozen=True)
class Line:
    start: int  # first non-space character
    end: int  # after the last non-space character
    kind: str
    index: int  # position among the non-empty lines


@dataclass(frozen=True)
class SentenceInfo:
    start: int  # trimmed of surrounding whitespace
    end: int
    kind: str  # the kind of the line it lies in
    line_index: int
    span: object  # the spaCy Span


# a dateline's place and agency around its date: "BANGUI, 17 June 2026", "OTTUMWA, Iowa, July 17, 1993 (AP)"
_DATELINE_PLACE = re.compile(r"^[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’\-]+(?:\s+[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’\-]+)*"
                             r"(?:,\s*[A-Z][a-z.]+(?:\s+(?:(?:of|the|and|de|du|des|del|la|el)\s+)?[A-Z][a-z.]+)*)?,\s*")
# ("GOMA, Democratic Republic of Congo, March 17, 2027")
_DATELINE_AGENCY = re.compile(r"\s*\((?:[A-Z][A-Za-z.]*\s?){1,3}\)$")


def is_dateline(line: str) -> bool:
    """True when the line holds only a date and/or time ("4:57 PM EDT, October 25, 2024", "7 p.m."), with the
    place and agency a wire dateline gives it ("BANGUI, 17 June 2026")."""
    s = line.strip()
    if not s or not re.search(r"\d", s) or len(s) > 80:
        return False
    s = _DATELINE_AGENCY.sub("", _DATELINE_PLACE.sub("", s, count=1))
    for piece in _SEP.split(s):
        if piece and not _DATE_WORD.fullmatch(piece):
            return False
    return True


def line_kind(line: str, is_first: bool = False) -> str:
    s = line.strip()
    if is_first:
        return HEADLINE
    if is_dateline(s):
        return DATELINE
    if len(s.split()) <= 14 and len(s) <= 110 and not _FINAL_PUNCT.search(s):
        return SUBHEADING
    return PARAGRAPH


def classify_lines(text: str) -> list[Line]:
    """The non-empty lines of ``text`` with their kinds; the first is the headline when there are several."""
    raw = []
    pos = 0
    for piece in text.split("\n"):
        stripped = piece.strip()
        if stripped:
            lead = len(piece) - len(piece.lstrip())
            raw.append((pos + lead, pos + lead + len(stripped)))
        pos += len(piece) + 1
    out = []
    for i, (s, e) in enumerate(raw):
        out.append(Line(s, e, line_kind(text[s:e], is_first=(i == 0 and len(raw) > 1)), i))
    return out


def sentence_spans(doc) -> list[SentenceInfo]:
    """Every non-empty sentence of ``doc`` (trimmed), with the kind of the line it lies in."""
    lines = classify_lines(doc_text(doc))
    starts = [ln.start for ln in lines]
    text = doc_text(doc)
    pieces = []  # [token start, token end, char start, char end, line index]
    for sent in doc.sents:
        s, e = sent.start_char, sent.end_char
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s >= e:
            continue
        li = max(0, bisect.bisect_right(starts, s) - 1)
        prev = pieces[-1] if pieces else None
        if prev is not None and prev[4] == li and not _SENT_END.search(text[prev[2]:prev[3]]):
            # a parser slip inside a line ("Warsaw | accused Minsk of ..."): a piece without final punctuation
            # is not a sentence of its own; it belongs with what follows it on the same line
            prev[1], prev[3] = sent.end, e
            continue
        pieces.append([sent.start, sent.end, s, e, li])
    out = []
    for i, j, s, e, li in pieces:
        kind = lines[li].kind if lines else PARAGRAPH
        out.append(SentenceInfo(s, e, kind, li, doc[i:j]))
    return out
