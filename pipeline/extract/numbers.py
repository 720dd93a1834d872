"""Number parsing for the quantities layer: digits ("3,000", "1.5", "2 1/2", "½") and number words
("three", "a hundred and two", "twenty-one", "a dozen", "two and a half")."""
from __future__ import annotations

import re

SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
        "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
          "lakh": 1e5, "crore": 1e7}
SCALE_ABBR = {"mn": 1e6, "mln": 1e6, "bn": 1e9, "tn": 1e12, "trn": 1e12, "k": 1e3, "m": 1e6, "b": 1e9,
              "t": 1e12}
UNICODE_FRACTIONS = {"½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅛": 0.125}

_NW = "|".join(sorted(list(SMALL) + list(TENS) + list(SCALES) + ["dozen"], key=len, reverse=True))
# one number word (the scanner extends it into a sequence with _WORD_STEP)
WORD_START_RE = re.compile(rf"\b(?:(?:a|an)\s+(?=(?:hundred|thousand|million|billion|trillion|dozen)\b))?"
                           rf"(?:{_NW})\b", re.I)
_WORD_STEP_RE = re.compile(rf"(?:\s*-\s*|\s+|\s+and\s+|\s*&\s*|\s*,\s*)((?:a\s+)?half|{_NW})\b", re.I)


def parse_digits(s: str) -> float | None:
    """'3,000' -> 3000.0; '2 1/2' -> 2.5; '1/4' -> 0.25; '½' -> 0.5; '−5' -> -5; '10 000' -> 10000.0;
    '46 . 8' (tokenised) -> 46.8; '2.5×10−3', '4e14' -> scientific notation; '8x2^10' -> 8192."""
    s = s.strip().replace("\u2212", "-").replace("\u2009", "").replace("\u00a0", " ").replace("\u202f", " ")
    sci = re.fullmatch(r"(\d+(?:\.\d+)?)\s?(?:[×x*]\s?(10)\^?|[eE]|[×x*]\s?(\d{1,3})\^)([-+]?\d{1,3})", s)
    if sci:
        base = float(sci.group(3) or 10)
        try:
            return float(sci.group(1)) * base ** int(sci.group(4))
        except OverflowError:
            return None
    neg = s.startswith("-")
    if neg:
        s = s[1:].strip()
    val = None
    m = re.fullmatch(r"(\d+)?\s*([½⅓⅔¼¾⅕⅛])", s)
    if m:
        val = (int(m.group(1)) if m.group(1) else 0) + UNICODE_FRACTIONS[m.group(2)]
    elif "/" in s:
        m = re.fullmatch(r"(?:(\d+)\s+)?(\d+)\s?/\s?(\d+)", s)
        if m and int(m.group(3)):
            val = (int(m.group(1)) if m.group(1) else 0) + int(m.group(2)) / int(m.group(3))
    else:
        try:
            val = float(s.replace(",", "").replace(" ", ""))
        except ValueError:
            val = None
    if val is None:
        return None
    return -val if neg else val


def scan_words(text: str, start: int) -> tuple[int, float] | None:
    """Extend a number-word sequence beginning at ``start``; return (end, value) or None.

    'and' joins only after a scale word ('a hundred and two') or before 'a half' ('two and a half'),
    so 'between twenty and thirty' stays two numbers."""
    m = WORD_START_RE.match(text, start)
    if not m:
        return None
    words = [w.lower() for w in m.group(0).split()]
    end = m.end()
    while True:
        step = _WORD_STEP_RE.match(text, end)
        if not step:
            break
        sep = text[end:step.start(1)]
        w = step.group(1).lower()
        prev = words[-1]
        if "," in sep and w not in SCALES and prev not in SCALES:
            break
        if "," in sep and prev not in SCALES:
            break
        if "and" in sep.lower() or "&" in sep:  # '&' reads as 'and': 'two hundred & forty'
            if not (prev in SCALES and (w in SMALL or w in TENS)) and "half" not in w:
                break
        elif "half" in w:
            if w != "half" or prev not in ("one",) or "-" not in sep:
                break
        elif w in SMALL and (prev in SMALL or (prev in TENS and "-" not in sep and " " not in sep)):
            break
        elif w in SMALL and prev in TENS and SMALL[w] == 0:
            break
        elif w in TENS and (prev in SMALL or prev in TENS):
            break
        elif w in SCALES and prev in SCALES and SCALES[w] <= SCALES[prev]:
            break
        words.append(w)
        end = step.end()
    val = words_value(words)
    if val is None:
        return None
    return end, val


FRACTION_DENOMS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4,
                   "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7,
                   "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10}
_DEN = "|".join(sorted(FRACTION_DENOMS, key=len, reverse=True))
_NUMER = "|".join(sorted(list(SMALL) + list(TENS), key=len, reverse=True))
# 'two thirds', 'one-sixth', 'three quarters', 'a third', 'half' (+ an optional scale: 'half a million',
# 'a quarter million', 'three quarters billion')
FRACTION_RE = re.compile(
    rf"\b(?:(?P<num>{_NUMER}|a|an)[\s-]+)?(?P<den>{_DEN})\b"
    rf"(?P<scale>\s+(?:a\s+|of\s+a\s+)?(?:million|billion|trillion|thousand)\b)?", re.I)


def scan_fraction(text: str, start: int):
    """A fraction in words at ``start``: (end, value, plain) or None. ``plain`` is True when nothing but the
    fraction itself says it is a quantity ('a third', 'half': the caller wants a bound or scale with it);
    an ordinal ('the third') has no numerator and is not matched unless it is 'half'."""
    m = FRACTION_RE.match(text, start)
    if not m:
        return None
    num, den = (m.group("num") or "").lower(), m.group("den").lower()
    if not num and den not in ("half", "quarter"):
        return None
    if num in ("", "a", "an"):
        n = 1
        if den.endswith("s") and den != "halves" or den == "halves":
            return None
    else:
        n = SMALL.get(num, TENS.get(num))
        if not n:
            return None
        if n == 1 and den.endswith("s"):
            return None
        if n > 1 and not den.endswith("s") and den not in ("half", "quarter", "third", "fifth", "sixth", "seventh",
                                                            "eighth", "ninth", "tenth", "fourth"):
            return None
    val = n / FRACTION_DENOMS[den]
    plain = num in ("", "a", "an")
    if m.group("scale"):
        val *= SCALES[m.group("scale").split()[-1].lower()]
        plain = False
    return m.end(), val, plain


def words_value(words: list[str]) -> float | None:
    total, current, seen, last_scale = 0.0, 0.0, False, None
    for i, w in enumerate(words):
        w = w.lower()
        if w in ("a", "an", "and"):
            continue
        if w in ("half", "a half") and current == 0 and last_scale and i == len(words) - 1:
            total += 0.5 * last_scale  # 'a billion and a half': 1.5 billion
            seen = True
            continue
        if w in SMALL:
            current += SMALL[w]
        elif w in TENS:
            current += TENS[w]
        elif w == "dozen":
            current = (current or 1) * 12
        elif w == "half" or w == "a half":
            if w == "half" and current == 1 and i > 0 and words[i - 1] == "one":  # 'one-half'; not 'one and a half'
                current = 0.5
            else:
                current += 0.5
        elif w == "hundred":
            current = (current or 1) * 100
        elif w in SCALES:
            total += (current or 1) * SCALES[w]
            current = 0.0
            last_scale = SCALES[w]
        else:
            return None
        seen = True
    return total + current if seen else None
