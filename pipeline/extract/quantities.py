"""Quantities: numbers with bounds, units and what they count.

A regex scanner over the article text finds number cores (digits, number words, vague amounts such as
"tens of thousands"), extends each with a currency, scale word, percent sign or unit (composite units too:
"$15 an hour", "10 mg per kg", "3 m s−1", "4 km squared"), a bound modifier ("at least", "up to", "about",
"300-plus") and a second number for ranges ("20 to 30") or ratios ("one in five"), and skips what only looks
like a quantity (years, decades, dates, clock times, ordinals, phone, account and version numbers, list
markers, labels and parts of names). The spaCy tokens give what a count counts ("3,000 soldiers" ->
"soldiers", "30% of the ammunition ..." -> "ammunition ...") and tell a year ('the 1988 sales', NER DATE)
from a count. Durations spelled out ("three days") keep kind 'duration' (the times layer takes them);
abbreviated or sub-second ones ("40 ms", "3 hrs") are measurements of kind 'other'.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from pipeline.extract.numbers import (
    FRACTION_RE,
    SCALE_ABBR,
    SCALES,
    parse_digits,
    scan_fraction,
    scan_words,
)
from pipeline.extract.units import (
    SPEED_UNITS,
    currency_after,
    currency_before,
    extend_inverse,
    extend_power,
    extend_rate,
    match_unit,
)
from pipeline.extract.gazetteer import DESIGNATION_BEFORE, MODEL_DESIGNATION
from pipeline.records import Quantity

_DIGITS = (r"(?<![\w])\d*[½⅓⅔¼¾⅕⅛]"  # vulgar fractions first: '2½'
           r"|(?<![\w/.,])\d{1,3}/\d{1,3}(?![\d/])"
           # tokenised fractions: '1 / 4', '7 3 / 4'
           r"|(?<![\w/.,])(?:\d{1,3}\s)?\d{1,2}\s/\s\d{1,2}(?![\d/]|\s/)"
           # (a currency code may glue on: USD115)
           r"|(?:(?<![\w.,/])|(?<=[A-Z]{3})|(?<=\$[A-Z])|(?<=\$[A-Z]{2}))(?:[-−](?=\d))?"
           # scientific notation: 2.5×10−3, 3x10^8, 4e14; powers of other bases: 8x2^10
           r"(?:\d+(?:\.\d+)?(?:\s?×\s?10\^?|\s?[x×*]\s?\d{1,3}\^|e)[-−+]?\d{1,3}(?![\w.]|,\d)"
           # 3,000 / 10 000 (thin or plain space between groups of three) / tokenised '10 , 000' / 12
           # (Indian grouping: 12,34,567)
           r"|(?:\d{1,2}(?:,\d{2})+,\d{3}(?!\d)|\d{1,3}(?:,\d{3})+(?!\d)"
           r"|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d/]|[.,]\d|\s\d)"
           r"|\d{1,3}(?:\s,\s\d{3})+(?!\d)|\d+)"
           # decimals ('46.8', tokenised '46 . 8') and mixed fractions ('2 1/2')
           r"(?:\.\d+|\s\.\s\d+(?![\d,]|\s[.,]\s\d))?(?:\s\d{1,2}/\d{1,2}(?![\d/]))?)")
_VAGUE = {
    "tens of thousands": (1e4, 1e5), "hundreds of thousands": (1e5, 1e6), "tens of millions": (1e7, 1e8),
    "hundreds of millions": (1e8, 1e9), "tens of billions": (1e10, 1e11), "hundreds of billions": (1e11, 1e12),
    "dozens": (24, 144), "scores": (40, None), "hundreds": (200, 1000), "thousands": (2000, 1e4),
    "millions": (2e6, 1e7), "billions": (2e9, 1e10),
    "several hundred": (200, 1000), "several thousand": (2000, 1e4), "several million": (2e6, 1e7),
    "a few hundred": (200, 1000), "a few thousand": (2000, 1e4), "a few million": (2e6, 1e7),
    "several dozen": (24, 144), "a few dozen": (24, 72),
}
_VAGUE_PLURALS = {"dozens", "hundreds", "thousands", "millions", "billions"}
_VAGUE_RX = (r"\b(?:(?:tens|hundreds)\s+of\s+(?:thousands|millions|billions)|(?:several|a\s+few)\s+"
             r"(?:hundred|thousand|million|dozen)|scores(?=\s+of\b)|(?<![-\d]\s)(?:dozens|hundreds|thousands|millions|billions))\b")
from pipeline.extract.nlp import doc_text  # noqa: E402
from pipeline.extract.numbers import WORD_START_RE as _WSR  # noqa: E402

_CAND_RE = re.compile(rf"(?P<vague>{_VAGUE_RX})|(?P<dig>{_DIGITS})|(?P<frac>{FRACTION_RE.pattern})|"
                      rf"(?P<word>{_WSR.pattern})", re.I)

_SCALE_WORD_RE = re.compile(r"(?:\s+|\s?-\s?)?(million|billion|trillion|thousand|hundred|lakh|crore)\b", re.I)
_SCALE_ABBR_RE = re.compile(r"\s?(bn|mn|mln|tn|trn|k|m|b|t)(?![\w])", re.I)
_PERCENT_RE = re.compile(r"\s?%|pc\b|(?:\s?|-)(?:percent|per\s?cent|per-cent|pct)\b(?:\s+points?)?"
                         r"|\s+percentage(?:\s+points?)?\b", re.I)
# ('or more than' with nothing after it: 'a score of 200 or greater than.')
_THAN_END = r"(?:\s+than(?=\s*(?:$|[.,;:!?)])))?"
_SUFFIX_BOUND_RE = re.compile(
    r"(?:(?P<ge>\s+(?:or|and)\s+(?:more|greater|above|higher|over|upwards)\b" + _THAN_END +
    r"|\+(?![\d\w])|\s?-\s?plus\b)"
    r"|(?P<le>\s+(?:or|and)\s+(?:less|fewer|below|under|lower)\b" + _THAN_END + r")|(?P<ap>\s+or\s+so\b|\s?-\s?odd\b))"
    r"(?!\s+than\b|\s+to\b|\s+or\s+equal\b|\s*(?:[-$€£\d]|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|"
    r"fifty|hundred)\b))", re.I)
_BOUND_PHRASES = [
    ("at_least", r"at\s+least|as\s+(?:few|little|low)\s+as|no\s+(?:less|fewer)\s+than|not\s+(?:less|fewer)\s+than|a\s+minimum\s+of|minimum\s+of|"
                 r"(?:greater|more|higher|bigger|larger)\s+(?:than\s+)?or\s+equal\s+(?:to|than)|"
                 r"equal\s+to\s+or\s+(?:more|greater)\s+than|at\s+least\s+or\s+equal\s+to|>\s?=|≥|⩾"),
    ("at_most", r"at\s+most|no\s+more\s+than|not\s+more\s+than|up\s+to|not\s+exceeding|not\s+to\s+exceed|"
                r"a\s+maximum\s+of|maximum\s+of|as\s+(?:many|much|high)\s+as|"
                r"(?:less|smaller|lower)\s+(?:than\s+)?or\s+equal\s+(?:to|than)|equal\s+to\s+or\s+(?:less|fewer)\s+than|"
                r"nearly|almost|close\s+to|within|<\s?=|≤|⩽"),
    ("more_than", r"more\s+than|greater\s+than|larger\s+than|higher\s+than|bigger\s+than|over|above|"
                  r"in\s+excess\s+of|exceeding|exceeds?|exceeded|topped|topping|surpass(?:ing|es|ed)?|upwards\s+of|>"),
    ("less_than", r"less\s+than|fewer\s+than|under|below|lower\s+than|smaller\s+than|just\s+under|<"),
    ("approximately", r"about|approximately|approx\.|some|roughly|around|an\s+estimated|estimated|circa|"
                      r"somewhere\s+around|on\s+the\s+order\s+of|~|∼|≈|an\s+average\s+of"),
    ("exact", r"exactly|precisely|equal\s+to|equals?(?:\s+to)?|equaling\s+to"),
]
_BOUND_PRE_RE = re.compile(
    r"(?:^|(?<=[\s(\"'“]))(?:" + "|".join(f"(?P<{n}>{rx})" for n, rx in _BOUND_PHRASES) + r")\s*$", re.I)
# comparison signs glue to the number ('>10', 'y<20', '≈5'); spelled-out cues need a word boundary
_BOUND_SYM_RE = re.compile(r"(?:(?P<at_least>>\s?=|≥|⩾)|(?P<at_most><\s?=|≤|⩽)|(?P<more_than>>)|(?P<less_than><)"
                           r"|(?P<approximately>[~∼≈]))\s?$")
_PLUS_MINUS_RE = re.compile(r"\s?(?:±|\+/-|\+/−|\+-)\s?")
_RANGE_HEDGE_RE = re.compile(r"(?:as\s+(?:many|much|high)\s+as|up\s+to|about|around|roughly|nearly|almost|"
                             r"perhaps|possibly|maybe)\s+", re.I)
_RANGE_PRE_RE = re.compile(r"(?:^|(?<=[\s(]))(?P<w>between|from)\s+$", re.I)
_NEG_PRE_RE = re.compile(r"(?:^|(?<=\s))(?:minus|negative)\s+$", re.I)
_RANGE_SEP_RE = re.compile(r"(?P<h>\s?[-–—~]\s?(?:to\s+)?)|\s+(?P<w>to|through|and|-)\s+", re.I)
_MONTHS = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
           r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
# 'Oct. 13', 'October 13', tokenised 'oct . 13'
_YEAR_AFTER_DAY_RE = re.compile(r"\s?,\s(?:1\d|20)\d\d\b")  # 'September 11, 2001'
_MONTH_BEFORE_RE = re.compile(r"\b" + _MONTHS + r"(?:\s?\.)?,?\s+(?:the\s+)?$", re.I)
_MONTH_AFTER_RE = re.compile(r"(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTHS + r"\b", re.I)
_DAY_AFTER_RE = re.compile(r"\s?[-–—]\s?\d{1,2}\b|\s+(?:and|to|through|or)\s+\d{1,2}\b(?!\s*(?:%|percent|per))", re.I)
_CLOCK_BEFORE_RE = re.compile(r"\b(?:at|by|until|till|before|after|around|about|from|since|to)\s+$", re.I)
_CLOCK_AFTER_RE = re.compile(r"\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night|(?:this|that)\s+"
                             r"(?:morning|afternoon|evening)|tonight)\b", re.I)
_TIME_UNIT_OR_RE = re.compile(r"\b(?:second|minute|hour|day|week|month|year|decade)s?\s+or\s+$", re.I)
_SCORE_NOUN_RE = re.compile(r"\s+(?:(?:home|away|aggregate|surprise|shock|narrow|first-round|final)\s+)?"
                            r"(?:win|loss|defeat|victory|draw|tie|lead|scoreline|result|finish|vote|decision|ruling|"
                            r"verdict|majority|split|against|in\s+favou?r)\b",
                            re.I)
_CHANGE_FROM_RE = re.compile(r"\b(?:rose|risen|rises|fell|fallen|falls|climbed|dropped|increased|decreased|declined|"
                             r"grew|jumped|slipped|slid|plunged|soared|surged|went|cut|raised|reduced|lowered|up|down)"
                             r"\s+from\s+(?:(?:about|around|roughly|some|nearly|almost|more\s+than|over|just)\s+)?"
                             r"[$€£¥]?\s?$", re.I)
_TALLY_BEFORE_RE = re.compile(r"\bvot(?:ed|es|ing)\s+(?:of\s+)?$", re.I)
_CHANGE_VERB_RE = re.compile(r"\b(?:rose|risen|rises|rising|fell|fallen|falls|falling|climbed|climbs|dropped|drops|"
                             r"gained|gains|lost|loses|jumped|jumps|slipped|slid|slumped|increased|decreased|declined|"
                             r"plunged|plummeted|soared|surged|edged\s+(?:up|down)|tumbled|sank|grew|added|shed)\s+$",
                             re.I)
_MONEY_VERB_RE = re.compile(r"\b(?:costs?|costing|paid|pays?|paying|worth|fined?|charged?|priced\s+at|raised?|"
                            r"earn(?:s|ed)?|sp[ae]nt|spends?|sold\s+for|bought\s+for)\s+$", re.I)
_YEAR_WORD_BEFORE_RE = re.compile(r"\b(?:in|since|by|until|till|during|from|of|year|before|after|early|late|mid|"
                                  r"circa|fiscal|FY|spring|summer|autumn|fall|winter)\s+$", re.I)
_BLOCK_RE = re.compile(
    r"https?://\S+|\b10\.\d{4,9}/\S+|www\.\S+|\S+@\S+\.\w+"
    r"|\b\d{1,2}(?::\d{2}){1,2}(?:\s?[ap]\.?m\.?(?![a-z]))?"
    r"|(?<![\d.,])\b\d{1,2}(?:[.:]\d{2})?\s?[ap]\.?m\.?(?![a-z])"
    r"|(?<![\w.])\+?\(?\d{1,4}\)?(?:[\s.]?-[\s.]?|[.-])\d{2,5}(?:[\s./-]\d{2,8}|\s-\s\d{4}){1,}(?![\d])"
    r"|\b\d{4}-\d{2}(?:-\d{2})?\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b"
    # phone numbers in spaced groups ('020 7946 0958', '+44 20 7946 0958'); a year written '99
    r"|(?:\+\d{1,3}[\s.-]?|(?<![\w.,])0)\d{1,4}(?:[\s.-]\d{2,4}){2,}(?![\d,])|(?<!\w)['’]\d{2}\b(?!['’])"
    # an area code in brackets: '(02) 6277 9100', '(212) 555-0199'
    r"|\(\d{2,5}\)\s?\d{3,4}(?:[\s.-]\d{3,5})+(?![\d,])"
    # the number in a stock index's or a list's name: 'the FTSE 100', 'Standard & Poor's 500 index', 'Fortune 500'
    r"|(?-i:\b(?:S&P|Standard\s+&\s+Poor['’]s|FTSE|Nikkei|CAC|DAX|IBEX|Stoxx|STOXX|ASX|Russell|Fortune|Hang\s+Seng|"
    r"Sensex|Nifty|KOSPI|TSX|MSCI\s+\w+)\s+\d{2,4}\b)"
    r"|\b\d+(?:\.\d+){2,}\b|\bv\d+(?:\.\d+)*\b"
    # account and reference numbers: three or more hyphenated digit groups
    r"|\b\d+(?:-\d+){2,}\b"
    # markup tags and their attributes (ids, timestamps), long digit strings (ids), vote tallies ('2-to-1'),
    # 'one-on-one', 'no one'
    r"|</?[A-Za-z][\w:-]*(?:\s+[\w:-]+(?:\s?=\s?(?:\"[^\"<>]*\"|'[^'<>]*'|[^\s<>]+))?){0,20}\s*/?>|\b\d{10,}\b|\b(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)-(?:to|for)-(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\b|\bone-(?:on|to|for)-one\b|\bno[\s-]one\b"
    # clock times: '0735 GMT', 'three o'clock'; street numbers: '131 West 23rd Street'
    r"|\b\d{4}\s?(?:GMT|UTC)\b|\b(?:\d{1,2}|[a-z]+)\s+o['’]clock\b"
    r"|(?-i:\b\d{1,5}(?=(?:\s+[A-Z0-9][\w.]*){1,3}\s+(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Drive|Boulevard|"
    r"Blvd\.|Lane|Place|Way|Court|Square)\b))"
    # the number in a military unit's name: '7 Division', '101st Airborne', '3 Commando Brigade'
    r"|(?-i:\b\d{1,3}(?:st|nd|rd|th)?(?=\s+(?:(?:Mechani[sz]ed|Armou?red|Infantry|Motori[sz]ed|Airborne|Commando|"
    r"Marine|Artillery|Special)\s+)*(?:Division|Brigade|Battalion|Regiment|Corps|Squadron|Fleet|Army|Wing|Airborne|"
    r"Commando)\b))", re.I)
_LIST_MARKER_RE = re.compile(r"(?:^|\n)[ \t]*(?:\(?\d{1,2}[.)]|\d{1,2}\s\))\s")
# a list marker inside running text: 'it does 1) this; 2) that' (a ')' with no '(' open before it)
_INLINE_MARKER_RE = re.compile(r"(?<![\w.,(])\d{1,2}\s?\)(?=\s+[a-z])")
_NUMBER_SIGN_BEFORE_RE = re.compile(
    r"(?:\bNo\.?|\bNos\.?|\bnumber|#|\bno\s\.|\bNr\.?|\bpage|\bp\.|\bpp\.|\bFigs?\.|\bFigures?|\bTables?|"
    r"\bTab\.|\bEqs?\.|\bEquations?|\bRefs?\.|\bSections?|\bSec\.|\bChapters?|\bArticles?|\bArt\.|"
    r"\bResolutions?|\bClauses?|\bParagraphs?|\bPara\.|\bRoute|\bHighway|\bInterstate|\bFlight|\bRoom|\bPlatform|"
    r"\bExit|\bJunction|\bGate|\bTerminal|\bPier|\bSuite|\bApt\.?|\bChannel)"
    r"\s?$", re.I)
_CITATION_RE = re.compile(r"\[\s?\d{1,4}(?:\s?[-–,]\s?\d{1,4})*\s?\]")
_OF_A_RE = re.compile(r"\s+(?:of\s+)?an?(?=\s)", re.I)
_RATIO_RE = re.compile(r"\s+(?:in\s+(?:every\s+)?|out\s+of\s+)", re.I)
_DECADE_S_RE = re.compile(r"\s?['’]?s\b")
_OF_RE = re.compile(r"\s+of\b", re.I)
_AGE_RE = re.compile(r"(?:\s?-\s?old\b|\s+old\b)", re.I)
_DEICTIC = {"last", "next", "this", "that", "these", "those", "each", "every", "per", "ago"}
_WORDLIKE_RE = re.compile(r"[^\W\d_](?:.*[^-–])?$")
_TIME_NOUNS = {"second", "minute", "hour", "day", "week", "month", "year", "decade", "century", "fortnight"}
_SKIP_COUNT_WORDS = {"more", "additional", "extra", "further", "other"}
# the number of a model named before it, inside a counted noun: 'Leopard [2A4] tanks', 'PzH [2000] howitzers'
_MODEL_NUMBER_RE = re.compile(r"\d[\dA-Za-z]{0,5}")
_AMOUNT_NOUNS = {"quantity", "amount", "number", "lot", "load", "stock", "supply", "volume"}
# a number glued to letters before it: G7, COVID-19, i7, L2 (checked on every digit candidate)
_GLUED_BEFORE_RE = re.compile(r"[A-Za-z][-−]?$|[\w.]\+$|(?-i:\b(?:[A-Z]{1,5}|[A-Z][a-z]+)\s[-−]\s$)|[A-Za-z0-9][)\]]$")
_DIGIT_FRACTION_RE = re.compile(r"(\d+)\s?/\s?(\d+)")


def _name_part(tok):
    """a proper noun written with a capital ('Boeing', 'iPhone')"""
    return tok.pos_ == "PROPN" and any(ch.isupper() for ch in tok.text[:2])


def _decade(raw, after):
    """'1990s', "1980's", tokenised '1990 s' (spaced only for the 1900s and 2000s: '1800 s' may be seconds)"""
    if re.fullmatch(r"[1-9]0", raw) and re.match(r"\s?['’]s\b", after):
        return True  # "the 80's", 'the 90’s'
    if not re.fullmatch(r"1[0-9]\d0|20\d0", raw) or not _DECADE_S_RE.match(after):
        return False
    return not after.startswith(" ") or raw[:2] in ("19", "20")


def _bound_values(bound: str, v):
    if bound in ("at_least", "more_than"):
        return v, None
    if bound in ("at_most", "less_than"):
        return None, v
    return None, None


def _stacked_bound(seg, bp):
    """'up to approximately 3', 'below ~100', 'more than an estimated 50': a direction before an
    approximation wins; returns (bound name, start of the cue in ``seg``)"""
    name, cue_start = bp.lastgroup, bp.start()
    if name == "approximately":
        outer = _BOUND_PRE_RE.search(seg[:cue_start])
        if outer and outer.lastgroup not in ("approximately", "exact"):
            return outer.lastgroup, outer.start()
    return name, cue_start


def _composite_unit(text, start, end, unit, kind):
    """a unit with a power word, negative powers or a rate after it: '4 km squared', '3 m s−1',
    '10 mg per kg', '5 km/s2'"""
    inv = extend_inverse(text, start, end)
    if inv:
        return inv[0], inv[1], "other"
    pw = extend_power(text, end, unit)
    if pw:
        end, unit = pw
        kind = "area" if unit.startswith("square") else "volume"
    rate = extend_rate(text, end, unit) if kind != "duration" else None  # 'two days a week' stays a time
    if rate:
        end, unit = rate
        kind = "speed" if unit in SPEED_UNITS else "other"
    return end, unit, kind


def _inline_list_markers(text):
    """spans of '1)' / '2 )' markers in running text: no '(' is open in the 60 characters before"""
    spans = []
    for m in _INLINE_MARKER_RE.finditer(text):
        before = text[max(0, m.start() - 60):m.start()]
        if before.rfind("(") <= before.rfind(")"):
            spans.append(m.span())
    return spans


class _Scan:
    def __init__(self, doc):
        self.doc = doc
        self.text = doc_text(doc)
        self.starts = [t.idx for t in doc]
        self.blocked = [m.span() for m in _BLOCK_RE.finditer(self.text)]
        self.blocked += [(m.end() - 4, m.end()) for m in _LIST_MARKER_RE.finditer(self.text)]
        self.blocked += [m.span() for m in _CITATION_RE.finditer(self.text)]  # reference markers: [12], [3–5]
        self.blocked += _inline_list_markers(self.text)
        self.label_ends = []

    def is_blocked(self, s, e):
        return any(bs < e and s < be for bs, be in self.blocked)

    def tok_at(self, pos):
        """the token covering or first starting at/after ``pos``"""
        i = bisect_left(self.starts, pos)
        if i < len(self.starts) and self.starts[i] == pos:
            return i
        if i > 0 and self.starts[i - 1] + len(self.doc[i - 1].text) > pos:
            return i - 1
        return i if i < len(self.starts) else None

    # ---- one number with its scale, currency, percent or unit ----------------------------------------
    def simple(self, m, in_range=False):
        """parse the number at regex match ``m``; returns a dict or None (or {'skip': end})"""
        text = self.text
        s, e = m.start(), m.end()
        q = {"start": s, "core_start": s, "vague": None, "digits": False, "scaled": False, "currency": None,
             "unit": None, "kind": "count", "approx": False}
        if m.group("vague"):
            key = re.sub(r"\s+", " ", m.group("vague").lower())
            if key in _VAGUE_PLURALS and re.search(r"\bin\s$", text[max(0, s - 3):s], re.I) and \
                    not _OF_RE.match(text, e):
                return {"skip": e}  # '(in millions)': the unit of a table
            vague = _VAGUE.get(key, (None, None))
            sm = _SCALE_WORD_RE.match(text, e) if key.split()[0] in ("several", "a") else None
            if sm and sm.group(1).lower() in ("thousand", "million", "billion", "trillion") and not sm.group(0).startswith("-"):
                mult = SCALES[sm.group(1).lower()]  # 'several hundred million': (200, 1000) millions
                vague, e = tuple(v * mult if v else v for v in vague), sm.end()
            q.update(value=None, vague=vague, end=e)
            self._vague_unit(q)
            return q
        if m.group("dig"):
            raw = m.group("dig")
            val = parse_digits(raw)
            if val is None:
                return None
            q["digits"] = True
            q["raw"] = raw
            before = text[max(0, s - 12):s]
            # glued to letters: G7, COVID-19, i7, L2 ... (a currency code may glue: USD115)
            if not in_range and _GLUED_BEFORE_RE.search(before) and \
                    not currency_before(text, s):
                return {"skip": e}  # (or after 'x+': a designation such as 'J1149.5+6663', or a sum)
            if re.match(r"\.\d|[,.]\d", text[e:e + 2]) or re.match(r":\d", text[e:e + 2]):
                return {"skip": e}
            fm = _DIGIT_FRACTION_RE.fullmatch(raw)
            if fm and val >= 1:
                return {"skip": e}  # '24/7', '7/7', '50/50': not a fraction
            if fm and int(fm.group(1)) <= 12 and 11 <= int(fm.group(2)) <= 31 and \
                    int(fm.group(2)) not in (16, 20, 25):
                return {"skip": e}  # a date such as '9/11', '3/11', not a fraction
        elif m.group("frac"):
            sf = scan_fraction(text, s)
            if sf is None:
                return None
            e, val, plain = sf
            q["word"] = text[s:e].lower()
            of_a = self._fraction_of_a_unit(e)
            if of_a:
                e, plain = of_a, False
            q["frac_plain"] = plain
            q["scaled"] = bool(m.group("scale"))
        else:
            sw = scan_words(text, s)
            if sw is None:
                return None
            e, val = sw
            q["word"] = text[s:e].lower()
            if q["word"] in SCALES and re.search(r"\d\s?$", text[max(0, s - 2):s]):
                return {"skip": e}  # the scale of a number that was skipped ('$US1.2 billion' unread)
        neg = _NEG_PRE_RE.search(text[max(0, s - 10):s])
        if neg and re.search(r"\bplus\s+or\s+$", text[max(0, s - 20):s - len(neg.group(0))], re.I):
            neg = None  # 'plus or minus 3.4 points': a margin, not a negative number
        if neg:
            q["start"] = s - (len(text[max(0, s - 10):s]) - neg.start())
            val = -val
        # scale
        sm = _SCALE_WORD_RE.match(text, e)
        if sm and q["digits"]:
            val *= SCALES[sm.group(1).lower()]
            e = sm.end()
            q["scaled"] = True
        elif q["digits"]:
            am = _SCALE_ABBR_RE.match(text, e)
            if am:
                abbr = am.group(1)
                spaced = am.group(0).startswith(" ")
                cur_b = currency_before(text, s)
                ok = False
                if abbr.lower() in ("bn", "mn", "mln", "tn", "trn"):
                    ok = not spaced or cur_b is not None or abbr in ("bn", "mln") or \
                        bool(currency_after(text, am.end()))  # '3 bn euros'
                elif abbr.lower() in ("k",):
                    ok = not spaced and "," not in q["raw"]  # '11,000K' is kelvin, not thousands
                elif abbr in ("m", "M", "b", "B", "T", "t"):
                    ok = cur_b is not None and not spaced or (
                        abbr in ("m", "M") and not spaced and (self._plural_noun_at(am.end()) or
                                                               self._amount_word_at(am.end())))
                    if abbr in ("t", "T") and cur_b is None:
                        ok = False
                if ok:
                    val *= SCALE_ABBR[abbr.lower()]
                    e = am.end()
                    q["scaled"] = True
        q["value"] = val
        # currency before
        cb = currency_before(text, q["start"]) if q["digits"] else None
        if cb and re.search(r"\d\s*$", text[max(0, cb[0] - 3):cb[0]]) and currency_after(text, e):
            cb = None  # '10 rmb 20 usd': 'rmb' belongs to the 10 before it
        if cb and text[cb[0]] == "#" and not (q["scaled"] or re.search(r"[,.]", q["raw"]) or val >= 1000 or
                                                _MONEY_VERB_RE.search(text[max(0, cb[0] - 14):cb[0]])):
            cb = None  # '#2 browser' is a rank; '#2.5 billion', '#300,000' are pounds (a mis-encoded '£')
        if cb:
            q["start"], q["currency"] = cb
            q["kind"] = "money"
        # percent
        pm = _PERCENT_RE.match(text, e)
        if pm and not q["currency"]:
            q.update(kind="percent", unit="percent", end=pm.end())
            if "point" in pm.group(0).lower():
                q["unit"] = "percentage point"
            return q
        ca = currency_after(text, e)
        if ca and (not q["currency"] or ca[1] == q["currency"]):
            end, code, mult = ca
            if not (q["currency"] and text[e:end].strip() in "$€£¥"):
                q["currency"] = code
                q["kind"] = "money"
                q["value"] = val * mult
                e = end
                sm = _SCALE_WORD_RE.match(text, e)
                if sm and not q["scaled"]:
                    q["value"] *= SCALES[sm.group(1).lower()]
                    e = sm.end()
        if q["currency"]:
            q["end"] = self._minor_units(q, e, ca is not None and not cb)
            q["end"], q["unit"] = extend_rate(text, q["end"], q["currency"]) or (q["end"], q["currency"])
            return q
        if q["digits"] and _decade(q["raw"], text[e:e + 3]):
            return {"skip": e}  # 'the 1990s', tokenised '1990 s', "1980's"
        um = match_unit(text, e)
        if um:
            gap = text[e:um[0]]
            model = MODEL_DESIGNATION.match(text, e + len(gap) - len(gap.lstrip()))
            if model and model.end() > um[0]:
                um = None  # 'Four J-16 fighters': a model's name, not joules
        if um:
            end, unit, kind = um
            if re.fullmatch(r"[A-Za-z]", text[e:end]) and self._label_before(s):
                return {"skip": end}  # a label, not a measure: 'Grade 3C', 'Gate 5B'
            end, q["value"] = self._compound(unit, q["value"], end)
            end, unit, kind = _composite_unit(text, e, end, unit, kind)
            if unit == "pound" and q["scaled"]:
                unit, kind = "GBP", "money"
            if kind == "duration" and unit == "year" and _AGE_RE.match(text, end):
                kind = "other"
                end = _AGE_RE.match(text, end).end()
            # a bare letter unit needs a clean boundary ('5 m.' fine, '5 m of' fine, '3 g-forces' not)
            q.update(unit=unit, kind=kind, end=end)
            return q
        if q["digits"] and re.match(r"[A-Za-z]", text[e:e + 1]):
            return {"skip": e}  # ordinals (3rd), 1960s, 4x4 ...
        q["end"] = e
        return q

    def _fraction_of_a_unit(self, e):
        """'a quarter of a percentage point', 'half a mile': the end of 'of a' when a unit follows it"""
        m = _OF_A_RE.match(self.text, e)
        if not m:
            return None
        p = m.end()
        if _PERCENT_RE.match(self.text, p) or currency_after(self.text, p) or match_unit(self.text, p):
            return p
        return None

    def _vague_unit(self, q):
        """'several hundred years', 'thousands of dollars', 'hundreds of kilometres': the unit of a vague amount"""
        of = _OF_RE.match(self.text, q["end"])
        pos = of.end() if of else q["end"]
        ca = currency_after(self.text, pos)
        if ca and ca[2] == 1.0 and self.text[pos:ca[0]].strip()[:1].isalpha():
            q.update(currency=ca[1], unit=ca[1], kind="money", end=ca[0])
            return
        um = match_unit(self.text, pos)
        if um and len(self.text[pos:um[0]].strip()) > 2 and um[2] != "percent":
            if um[1] == "pound" and (q["vague"][0] or 0) >= 1000:
                q.update(currency="GBP", unit="GBP", kind="money", end=um[0])  # 'tens of thousands of pounds'
                return
            q.update(unit=um[1], kind=um[2], end=um[0])

    def _suffix_bound(self, q, end):
        """'50 or more', '20+', '300-plus members', '40-odd miles': (bound, new end) or None; a unit after
        '-plus'/'-odd' joins the quantity"""
        sb = _SUFFIX_BOUND_RE.match(self.text, end)
        if not sb:
            return None
        bound = "at_least" if sb.group("ge") else "at_most" if sb.group("le") else "approximately"
        end = sb.end()
        um = match_unit(self.text, end) if q["kind"] == "count" and not q["unit"] else None
        if um and self.text[end:end + 1].isspace():
            end, q["unit"], q["kind"] = um
        return bound, end

    def _ratio(self, q):
        """'one in five adults', '2 in 10': (end, the fraction) or None"""
        if q.get("value") is None or q["unit"] or q["currency"] or q["scaled"] or q["value"] <= 0:
            return None
        m = _RATIO_RE.match(self.text, q["end"])
        m2 = _CAND_RE.match(self.text, m.end()) if m else None
        q2 = self.simple(m2, in_range=True) if m2 and not m2.group("vague") else None
        if not q2 or "skip" in q2 or q2.get("unit") or q2.get("value") is None or q2["value"] <= q["value"] or \
                re.fullmatch(r"1[89]\d{2}|20\d{2}", q2.get("raw", "")):
            return None
        return q2["end"], q["value"] / q2["value"]

    def _minor_units(self, q, e, currency_after_number):
        """'3 dollars 50 cents', 'thirteen dollars and forty-five cents', '17 USD 25': the minor unit (1..99)
        joins the amount; returns the new end (and updates q['value'])"""
        text = self.text
        if q["scaled"] or q["currency"] in ("cent", "pence") or q["value"] != int(q["value"]) or \
                ("." in q.get("raw", "")):
            return e
        m = re.compile(r"\s*(?:(?:and|&)\s+)?", re.I).match(text, e)
        p = m.end()
        dm = re.compile(r"\d{1,2}(?![\d.,]\d|\d)").match(text, p)
        if dm:
            end, minor = dm.end(), int(dm.group(0))
        else:
            sw = scan_words(text, p)
            if sw is None:
                return e
            end, minor = sw
        if not 0 < minor < 100 or minor != int(minor):
            return e
        cm = re.compile(r"\s?(?:cents?|c|pence|p|mao)\b", re.I).match(text, end)
        if cm:
            end = cm.end()
        elif not currency_after_number or re.match(r"\s*[^\W\d_]|\s*[-/\d]", text[end:end + 3]) or \
                currency_after(text, end) or \
                _RANGE_PRE_RE.search(text[max(0, q["start"] - 10):q["start"]]):
            return e  # '15 dollars 50' joins; '$5 and 10 more', 'between 15 dollars and 20' do not
        q["value"] = q["value"] + minor / 100.0
        return end

    def _compound(self, unit, value, end):
        """'5 ft 2 in', '5 feet and 2 inches', '6 pounds 3 ounces': one measure in the larger unit"""
        if unit not in ("foot", "pound", "lb") or value != int(value):
            return end, value
        rx = (r"\s*(?:and\s+)?(\d{1,2}(?:\.\d+)?)\s?(?:inch(?:es)?|in\b(?!\s+(?:the|a|an|which|their|its)\b)|\"|''|″)"
              if unit == "foot" else r"\s*(?:and\s+)?(\d{1,2}(?:\.\d+)?)\s?(?:ounces?|oz)\b")
        m = re.compile(rx, re.I).match(self.text, end)
        if not m:
            return end, value
        return m.end(), value + float(m.group(1)) / (12.0 if unit == "foot" else 16.0)

    # ---- the whole quantity --------------------------------------------------------------------------
    def build(self, m, floor):
        text = self.text
        q = self.simple(m)
        if q is None or "skip" in q:
            return q
        if self.is_blocked(q["core_start"], m.end()):
            return {"skip": q["end"]}
        start, end = max(q["start"], floor), q["end"]
        bound, lower, upper, value = "exact", None, None, q["value"]
        if q["vague"] is not None:
            bound = "vague"
            lower, upper = q["vague"]
        raw0 = q.get("raw", "")
        if q["digits"] and not q["unit"] and not q["currency"] and not q["scaled"] and \
                re.fullmatch(r"\d{1,2}", raw0) and int(raw0) <= 31:
            dm = _DAY_AFTER_RE.match(text, q["end"])
            if _MONTH_BEFORE_RE.search(text[max(0, q["core_start"] - 25):q["core_start"]]):
                # 'September 12-15', 'May 3 and 4': days of a month; 'September 11, 2001 attacks': with its year
                after = dm.end() if dm else q["end"]
                year_after = _YEAR_AFTER_DAY_RE.match(text, after)
                return {"skip": year_after.end() if year_after else after}
            mm = _MONTH_AFTER_RE.match(text, dm.end()) if dm and int(raw0) >= 1 else None
            if mm and int(re.search(r"\d+", dm.group()).group()) <= 31 and \
                    re.search(r"[A-Za-z]+$", mm.group()).group()[0].isupper():
                return {"skip": mm.end()}  # '4 and 9 January', '12-14 October': days of a month written day first
        # range
        rp = _RANGE_PRE_RE.search(text[max(floor, start - 10):start])
        rs = _RANGE_SEP_RE.match(text, end) if not q.get("frac_plain") else None
        range_done = False
        pmm = _PLUS_MINUS_RE.match(text, end) if value is not None and q["vague"] is None else None
        m2 = _CAND_RE.match(text, pmm.end()) if pmm else None
        q2 = self.simple(m2, in_range=True) if m2 and m2.group("dig") else None
        if q2 and "skip" not in q2 and q2.get("value") is not None and (not q.get("unit") or not q2.get("unit")
                                                                         or q["unit"] == q2["unit"]):
            # '5 ± 0.2 K': the value with its margin as the interval
            d = abs(q2["value"])
            lower, upper, bound, rs, range_done = value - d, value + d, "range", None, True
            for k in ("unit", "kind", "currency"):
                if not q.get(k) or (k == "kind" and q[k] == "count"):
                    q[k] = q2.get(k) or q.get(k)
            end = q2["end"]
        if rs and q["vague"] is None and (rs.group("h") or rs.group("w").lower() in ("to", "through", "-")
                                          or (rp and rs.group("w").lower() == "and")):
            p2 = rs.end()
            hedge = _RANGE_HEDGE_RE.match(text, p2)  # 'from 3,000 to as many as 5,000'
            if hedge:
                p2 = hedge.end()
            m2 = _CAND_RE.match(text, p2)
            if m2 is None:
                cb2 = re.match(r"[$€£¥]\s?", text[p2:])
                if cb2:
                    m2 = _CAND_RE.match(text, p2 + cb2.end())
            q2 = self.simple(m2, in_range=True) if m2 and m2.group("vague") is None else None
            if q2 is not None and ("skip" in q2 or q2.get("value") is None or value is None):
                q2 = None
            if q2 is not None:
                v1, v2 = value, q2["value"]
                if q2["scaled"] and not q["scaled"] and q["kind"] in ("count", "money") and v1 < v2 and \
                        v1 < 1000 and not q.get("unit") and q2.get("raw") and parse_digits(q2["raw"]):
                    v1 = v1 * q2["value"] / parse_digits(q2["raw"])
                u1 = q.get("unit") if q["kind"] != "count" else None
                u2 = q2.get("unit") if q2["kind"] != "count" else None
                rate_at_end = bool(u1 and u2 and u2.startswith(u1 + "/"))  # '$30,000 to $60,000 a year'
                compatible = u1 is None or u2 is None or u1 == u2 or rate_at_end
                # 'deaths fell from about 338,000 to 108,000': a fall from one level to another, two counts (no
                # range runs downwards); 'the House voted 267 to 151': a tally, two counts
                two_levels = bool(rs.group("w") and rs.group("w").lower() == "to" and v2 < v1 and (
                    _CHANGE_FROM_RE.search(text[max(floor, start - 40):start]) or
                    _TALLY_BEFORE_RE.search(text[max(floor, start - 12):start])) and
                    not q.get("unit") and not q2.get("unit"))
                if two_levels:
                    compatible = False
                if q["kind"] in ("percent", "money") and q2["kind"] != q["kind"]:
                    compatible = False
                if not rp and rs.group("w") and rs.group("w").lower() == "to" and (
                        re.search(r"\bby\s+$", text[max(0, start - 4):start]) or
                        _CHANGE_VERB_RE.search(text[max(0, start - 14):start])) and (u1 or v2 >= 5 * v1):
                    # 'rose by 200,000 to 2.47 million', 'rose $2.14 to $140.21': a change, then the level; a bare
                    # first number of the same size shares the second's unit: 'cut by 20 to 30 percent' is a range
                    compatible = False
                if u1 and q2["kind"] == "count" and not q2.get("unit") and not rp and \
                        rs.group("w") and rs.group("w").lower() == "to":
                    compatible = False  # 'fell 200 points to 10,500': a change and a level, not a range
                if rs.group("h") == "-" and re.fullmatch(r"\d{3}", q.get("raw", "")) and \
                        re.fullmatch(r"\d{4}", q2.get("raw", "")) and not u1 and not q2.get("unit") and \
                        not self._noun_after(q2["end"]):
                    return {"skip": q2["end"]}  # a phone number: '555-1234'
                year_like = (q["digits"] and re.fullmatch(r"1[89]\d{2}|20\d{2}", q.get("raw", "")) and not u1
                             and re.fullmatch(r"\d{2}|1[89]\d{2}|20\d{2}", q2.get("raw", "")))
                if re.fullmatch(r"0\d+", q2.get("raw", "")):
                    return {"skip": q2["end"]}  # a reference number: '25-0517'
                if year_like:
                    if q2["kind"] != "count" or q2.get("unit") or q2.get("currency"):
                        return {"skip": q["end"]}  # 'by 2030 to 32 percent': the year goes, the percent stays
                    return {"skip": q2["end"]}
                descending = rs.group("h") or rs.group("w").lower() == "to"
                if descending and v2 <= v1 and not q2.get("unit") and not q.get("unit") and not rp and not two_levels:
                    return {"skip": q2["end"]}  # a score or vote (3-2, '6 to 3') or an id, not a range
                if descending and 0 <= v2 < v1 and not rp and rs.group("w") and rs.group("w").lower() == "to":
                    compatible = False  # '49 percent to 45 percent' (a poll): two values, not a range
                if rs.group("h") and not q.get("unit") and not q2.get("unit") and \
                        re.fullmatch(r"\d{1,2}", q.get("raw", "")) and re.fullmatch(r"\d{1,2}", q2.get("raw", "")) and (
                            _SCORE_NOUN_RE.match(text, q2["end"]) or
                            re.fullmatch(r"\s[-–—]\s", rs.group("h")) and not self._noun_after(q2["end"])):
                    # a result: 'a 1–3 defeat', 'a 1-2 finish', 'ruled 4-5 against'; a match score spaced around a
                    # dash: 'lost 1 – 2 to Peru'
                    return {"skip": q2["end"]}
                if compatible:
                    lower, upper = min(v1, v2), max(v1, v2)
                    value, bound = None, "range"
                    for k in ("unit", "kind", "currency"):
                        if not q.get(k) or (k == "kind" and q[k] == "count"):
                            q[k] = q2.get(k) or q.get(k)
                    if rate_at_end:
                        q["unit"] = u2
                    end = q2["end"]
                    if rp:
                        start = max(floor, start - (len(text[max(floor, start - 10):start]) - rp.start()))
                    else:
                        seg = text[max(floor, start - 25):start]
                        hm = _BOUND_PRE_RE.search(seg)
                        if hm and hm.lastgroup == "approximately":
                            start -= len(seg) - hm.start()  # 'roughly 300 to 400 people'
                    range_done = True
        ratio = self._ratio(q) if not range_done else None
        if ratio:
            end, value = ratio
        if not range_done:
            sb = self._suffix_bound(q, end)
            if sb:
                bound, end = sb
            seg = text[max(floor, start - 45):start]
            bp = _BOUND_PRE_RE.search(seg) or _BOUND_SYM_RE.search(seg)
            if bp:
                name, cue_start = _stacked_bound(seg, bp)
                if bound == "exact" or name == "approximately":
                    bound = name if bound == "exact" else bound
                start = start - (len(seg) - cue_start)
                if name == "approximately" and bp.group(0).strip().lower() == "some" and q.get("word") == "one":
                    return {"skip": end}
            if bound not in ("vague",):
                lower, upper = _bound_values(bound, value)
        if q.get("frac_plain") and not q["currency"] and (bound == "exact" or bound == "approximately" and
                                                          not _OF_RE.match(text, end)):
            # 'half', 'a third' alone; 'more than half', 'nearly a third', 'roughly a third of' stay
            return {"skip": end}
        # what is only a look-alike
        raw = q.get("raw", "")
        plain = (q["digits"] and not q["unit"] and not q["currency"] and not q["scaled"] and bound in
                 ("exact",) and not range_done)
        if q.get("word") and not q["unit"] and not q["currency"] and bound == "exact" and not range_done and \
                re.search(r"\b(?:number|No\.?)\s$", text[max(0, q["core_start"] - 10):q["core_start"]], re.I):
            return {"skip": q["end"]}  # 'number two', 'No. one'
        if plain:
            before = text[max(0, q["core_start"] - 25):q["core_start"]]
            after = text[q["end"]:q["end"] + 25]
            if _NUMBER_SIGN_BEFORE_RE.search(before):
                self.label_ends.append(q["end"])  # 'Figs. 5 and 6': the list goes too
                return {"skip": q["end"]}
            if DESIGNATION_BEFORE.search(before) and re.match(r"\s+[a-z]", after):
                return {"skip": q["end"]}  # 'eight PzH 2000 self-propelled howitzers': the model's number
            if re.fullmatch(r"\d{1,3}", raw) and text[q["core_start"] - 1:q["core_start"]] == "(" and \
                    text[q["end"]:q["end"] + 1] == ")":
                return {"skip": q["end"]}  # '(3)': a list marker or a reference to an equation or compound
            if re.fullmatch(r"\d{1,4}", raw):
                n = int(raw)
                if _MONTH_BEFORE_RE.search(before) and (n <= 31 or 1000 <= n <= 2100):
                    return {"skip": q["end"]}
                if n <= 31 and _MONTH_AFTER_RE.match(after):
                    return {"skip": q["end"]}
                if re.match(r"\s?,\s\d{4}\b", after) and n <= 31:
                    return {"skip": q["end"]}
        if not q["unit"] and not q["currency"] and not range_done and value is not None:
            before = text[max(0, q["core_start"] - 12):q["core_start"]]
            if value == int(value) and 1 <= value <= 12 and _CLOCK_BEFORE_RE.search(before) and \
                    _CLOCK_AFTER_RE.match(text, q["end"]):
                return {"skip": q["end"]}  # 'at 4 in the morning': a clock time
            if _TIME_UNIT_OR_RE.search(text[max(0, q["core_start"] - 16):q["core_start"]]):
                return {"skip": q["end"]}  # 'a month or two': part of a duration
        if q["digits"] and re.fullmatch(r"1[89]\d{2}|20\d{2}", raw) and not q["unit"] and not q["currency"] and \
                not q["scaled"] and not range_done and (re.match(r"\s+levels?\b", text[q["end"]:]) or (
                    bound == "approximately" and self._tagged_date(q["core_start"]))):
            return {"skip": q["end"]}  # 'below 2005 levels', 'around 1990': a year
        res = dict(start=start, end=end, value=value, lower=lower, upper=upper, bound=bound, unit=q["unit"],
                   kind=q["kind"], counted=None)
        if q.get("approx"):
            res["bound"] = "approximately"
        self._counted(q, res, plain, raw)
        if res.get("drop"):
            return {"skip": res["end"]}
        return res

    def _counted_conjunct(self, head):
        """'14 drivers and aid workers': the plural noun coordinated with the counted one, nouns and adjectives between."""
        doc = self.doc
        if head.tag_ != "NNS" or head.lemma_.lower() in _TIME_NOUNS or head.i + 2 >= len(doc) or \
                doc[head.i + 1].lower_ not in ("and", "or"):
            return None
        for t in doc[head.i + 2:head.i + 6]:
            if t.is_sent_start or t.pos_ not in ("NOUN", "ADJ") or t.like_num:
                return None
            if t.tag_ == "NNS" and t.dep_ == "conj" and t.head.i == head.i:
                after = doc[t.i + 1].lower_ if t.i + 1 < len(doc) else ""
                if t.lemma_.lower() in _TIME_NOUNS or t.lemma_.lower() in _AMOUNT_NOUNS or after == "of":
                    return None  # '4 guns and large quantities of ammunition': an amount of its own
                return t
        return None

    def _counted(self, q, res, plain, raw):
        doc, text = self.doc, self.text
        year_like = plain and re.fullmatch(r"1\d{3}|20\d{2}", raw or "")
        if year_like and 1800 <= int(raw) <= 2099 and self._tagged_date(q["core_start"]):
            res["drop"] = True  # 'the 1988 sales', 'its 2019 profits': a year, not a count
            return
        j = self.tok_at(res["end"])
        if res["kind"] == "percent":
            if j is not None and j < len(doc) and doc[j].lower_ == "of" and doc[j].idx - res["end"] <= 1:
                self._of_phrase(doc[j], res, extend=False)
            return
        if res["kind"] != "count":
            return
        if q["vague"] is not None or (q.get("word") in ("hundreds", "thousands")):
            if j is not None and j < len(doc) and doc[j].lower_ == "of":
                self._of_phrase(doc[j], res, extend=True)
                return
            if not re.match(r"(?:several|a\s+few)\s", text[q["core_start"]:res["end"]], re.I):
                return  # ('a few thousand people' goes on to its noun)
        toks = []
        k = j
        while k is not None and k < len(doc) and len(toks) < 6:
            t = doc[k]
            if k == j and t.idx - res["end"] > 1:
                break
            if t.lower_ in _DEICTIC or t.pos_ in ("NOUN", "PROPN", "ADJ") and not (
                    _WORDLIKE_RE.match(t.text) or t.text == "-" or t.text[:1].isalpha() and not text[t.idx + len(t.text):][:1].isspace()):
                break  # '300,000 last year', 'which one _', "the 80’s"
            if t.pos_ in ("NOUN", "PROPN", "ADJ") or (t.lower_ in _SKIP_COUNT_WORDS and not toks) or \
                    (t.text == "-" and toks) or (t.tag_ in ("VBN", "VBG") and t.dep_ == "amod") or \
                    (toks and toks[-1].text[:1].isupper() and _MODEL_NUMBER_RE.fullmatch(t.text)
                     and k + 1 < len(doc) and doc[k + 1].is_lower) or \
                    (toks and toks[-1].text == "-" and t.is_alpha and t.is_lower and t.idx == toks[-1].idx + 1) or \
                    (t.is_alpha and t.is_lower and text[t.idx + len(t.text):t.idx + len(t.text) + 1] == "-") or \
                    MODEL_DESIGNATION.fullmatch(t.text):  # 'pick-up trucks', '14 AK-47 rifles'
                if t.is_sent_start and k != j:
                    break
                toks.append(t)
                k += 1
                if t.pos_ == "NOUN" and t.tag_ in ("NNS",) and (k >= len(doc) or doc[k].pos_ not in ("NOUN",)) and \
                        not (t.text[:1].isupper() and k < len(doc) and _MODEL_NUMBER_RE.fullmatch(doc[k].text)):
                    break
            else:
                break
        while toks and toks[-1].pos_ not in ("NOUN", "PROPN"):
            toks.pop()
        # the head noun of the number must be in the run (or the run is a plain noun run after it)
        if toks and toks[-1].pos_ == "PROPN" and toks[-1].tag_ != "NNPS":
            toks = []
        if toks and year_like and not (toks[-1].tag_ == "NNS" or toks[-1].tag_ == "NNPS"):
            toks = []
        if toks and plain and q["digits"] and toks[-1].tag_ != "NNPS":
            ci = self.tok_at(q["core_start"])
            prev = doc[ci - 1] if ci else None
            if prev is not None and _name_part(prev) and not doc[ci].is_sent_start and \
                    prev.ent_type_ not in ("GPE", "NORP", "LOC", "DATE") and \
                    q["core_start"] - (prev.idx + len(prev.text)) == 1:
                res["drop"] = True  # 'Movimento 5 Stelle party', 'Schedule 1 drugs', 'Boeing 747 jets': a name
                self.label_ends.append(res["end"])
                return
        if toks and q.get("word") and res["bound"] == "exact" and self._capitalised_in_name(q["core_start"]):
            res["drop"] = True  # 'the Big Three carmakers'
            return
        if toks:
            first = 0
            while first < len(toks) - 1 and toks[first].lower_ in _SKIP_COUNT_WORDS:
                first += 1
            head = toks[-1]
            conj = self._counted_conjunct(head)
            res["counted"] = text[toks[first].idx:(conj or head).idx + len((conj or head).text)]
            res["unit"] = res["counted"] if conj is not None else head.text
            head = conj or head
            res["end"] = head.idx + len(head.text)
            if head.lemma_.lower() in _TIME_NOUNS and head.tag_ in ("NN", "NNS"):
                res["kind"], res["unit"] = "duration", head.lemma_.lower()  # 'two more weeks', 'twenty working days'
            return
        # "more than 50 of the insurgents", "41 of 45 economists": the plural noun of the of-phrase is what is counted
        if j is not None and j < len(doc) and doc[j].lower_ == "of" and doc[j].idx - res["end"] <= 1 and \
                not year_like and q.get("word") not in ("one", "an", "a"):
            pobj = [c for c in doc[j].children if c.dep_ == "pobj"]
            if pobj and pobj[0].tag_ in ("NNS", "NNPS") and pobj[0].lemma_.lower() not in _TIME_NOUNS:
                mods = [t for t in pobj[0].lefts if t.dep_ in ("amod", "compound") and t.i > j]
                first = mods[0] if mods else pobj[0]
                res["unit"] = pobj[0].text
                res["counted"] = text[first.idx:pobj[0].idx + len(pobj[0].text)]
                return
        # no noun: a bare number
        if year_like:
            res["drop"] = True
            return
        if q.get("word") in ("one", "an", "a") and res["bound"] == "exact":
            res["drop"] = True  # 'one of them': a pronoun; 'a hundred and two' (no noun) stays
            return
        if self._before_title_case(res["end"]):
            res["drop"] = True  # "the FBI's Ten Most Wanted list": part of a name
            return
        if q.get("word") and self._capitalised_in_name(q["core_start"]):
            res["drop"] = True  # 'Ground Zero', 'Round Two', 'Air Force One'
            return
        if plain:
            ci = self.tok_at(q["core_start"])
            if ci is not None and ci > 0:
                prev = doc[ci - 1]
                if _name_part(prev) and not doc[ci].is_sent_start \
                        and prev.idx + len(prev.text) <= q["core_start"]:
                    res["drop"] = True  # Boeing 747, Voyager 2, Highway 35
                    self.label_ends.append(res["end"])
                    return
                if prev.pos_ == "NOUN" and prev.tag_ in ("NN", "NNS") and prev.text.isalpha() and \
                        prev.lower_ not in ("age", "ages") and \
                        re.fullmatch(r"\d{1,4}", raw) and q["core_start"] - (prev.idx + len(prev.text)) == 1:
                    res["drop"] = True  # a label after its noun: 'turbine 4', 'axis 2', 'line 20', 'day 8'
                    self.label_ends.append(res["end"])
                    return
            if self.label_ends and re.fullmatch(r"\s*(?:,|and|or|&|,\s*and|,\s*or)\s*",
                                                text[self.label_ends[-1]:q["core_start"]]):
                res["drop"] = True  # '... turbines 1 and 3'
                self.label_ends.append(res["end"])
                return
            if re.fullmatch(r"\d{5,}(?:\.\d+)?|0\d+", raw) and res["start"] == q["core_start"]:
                res["drop"] = True  # an identifier: '606639' (news writes '606,639'), '0001'
                return

    def _before_title_case(self, pos):
        """two capitalised words (not plural proper nouns) right after ``pos`` inside a sentence"""
        j = self.tok_at(pos)
        doc = self.doc
        if j is None or j + 1 >= len(doc) or doc[j].idx - pos > 1:
            return False
        a, b = doc[j], doc[j + 1]
        return all(t.text[:1].isupper() and t.text.isalpha() and not t.is_sent_start and t.tag_ != "NNPS"
                   and not t.text.isupper() for t in (a, b))

    def _noun_after(self, pos):
        """a common noun starts right after ``pos`` (one space at most)"""
        j = self.tok_at(pos)
        return j is not None and j < len(self.doc) and self.doc[j].idx - pos <= 1 and self.doc[j].pos_ == "NOUN"

    def _capitalised_in_name(self, pos):
        """a capitalised number word inside a sentence, right after a capitalised word"""
        i = self.tok_at(pos)
        if not i or self.doc[i].is_sent_start or not self.text[pos:pos + 1].isupper():
            return False
        prev = self.doc[i - 1]
        if prev.lower_ == "of" and i >= 2 and self.doc[i - 2].text[:1].isupper() and not self.doc[i - 2].is_sent_start:
            return True  # 'the Group of Eight', 'the Gang of Four'
        return prev.text[:1].isupper() and not prev.is_sent_start or prev.pos_ == "PROPN"

    def _amount_word_at(self, pos):
        """a currency or a spelled-out unit after a space: '300m yuan', '2m tonnes' (so 'm' is million)"""
        if not self.text[pos:pos + 1].isspace():
            return False
        ca = currency_after(self.text, pos)
        if ca and self.text[pos:ca[0]].strip()[:1].isalpha():
            return True
        um = match_unit(self.text, pos)
        return bool(um and len(self.text[pos:um[0]].strip()) >= 4 and um[2] not in ("duration", "percent"))

    def _plural_noun_at(self, pos):
        """'1.3m vehicles', '5m people': a plural noun right after ``pos`` makes a glued 'm' read as million"""
        j = self.tok_at(pos)
        if j is None or self.doc[j].idx - pos != 1:
            return False
        t = self.doc[j]
        return t.tag_ in ("NNS", "NNPS") and t.dep_ != "compound" and not match_unit(self.text, pos)

    def _label_before(self, pos):
        """a capitalised content word right before the number: 'Room 40C', 'Grade 3C' (not 'The 40C heat')"""
        i = self.tok_at(pos)
        if not i:
            return False
        prev = self.doc[i - 1]
        return prev.text[:1].isupper() and not prev.is_stop and prev.idx + len(prev.text) < pos

    def _tagged_date(self, pos):
        i = self.tok_at(pos)
        return i is not None and self.doc[i].ent_type_ == "DATE"

    def _of_phrase(self, of_tok, res, extend):
        pobj = [c for c in of_tok.children if c.dep_ == "pobj"]
        if not pobj:
            return
        sub = list(pobj[0].subtree)
        while sub and sub[0].pos_ in ("DET",):
            sub = sub[1:]
        if not sub:
            return
        last = sub[-1]
        res["counted"] = self.text[sub[0].idx:last.idx + len(last.text)]
        if res["kind"] == "count":
            res["unit"] = pobj[0].text
        if extend:
            head = pobj[0]
            lo = [t for t in pobj[0].subtree if t.i <= head.i]
            if re.search(r"[\d$€£¥]", self.text[of_tok.idx:head.idx]):
                res["counted"] = head.text  # 'thousands of $12-an-hour workers': the amount stays its own
                return
            res["end"] = head.idx + len(head.text)
            res["counted"] = self.text[lo[0].idx if lo[0].pos_ != "DET" else sub[0].idx:res["end"]] if lo else \
                res["counted"]


_JOIN_RE = re.compile(r"\s*,?\s*(?:and|but)?\s*", re.I)
_LIST_SEP_RE = re.compile(r"\s*,\s*|\s*,?\s+(?:and|or)\s+", re.I)


def _share_units(out, text):
    """'45 and 50 mg', '2, 3 or 4 percent': a bare number listed before a number with a unit takes it"""
    for i in range(len(out) - 2, -1, -1):
        a, b = out[i], out[i + 1]
        bare = a.unit is None and a.kind == "count" and a.counted is None and a.value is not None
        unit_after_number = b.text[:1].isalnum() or b.text[:1] in "-−"  # not '$10'
        sep = text[a.char_end:b.char_start]
        if bare and b.kind not in ("count", "duration") and b.unit and unit_after_number and \
                _LIST_SEP_RE.fullmatch(sep):
            out[i] = replace(a, unit=b.unit, kind=b.kind)
        elif bare and b.kind in ("count", "duration") and b.unit and unit_after_number and \
                re.fullmatch(r"\s+or\s+|\s?[-–]\s?", sep) and b.value is not None:
            out[i] = replace(a, unit=b.unit, kind=b.kind, counted=b.counted)  # 'two or three goals', 'two or three days'
    return out


def _tidy(v):
    """round away binary noise: 4.1 * 1e9 -> 4100000000.0, not 4099999999.9999995"""
    return float(f"{v:.12g}") if isinstance(v, float) else v


def find_quantities(doc) -> list[Quantity]:
    text = doc_text(doc)
    sc = _Scan(doc)
    out: list[Quantity] = []
    floor = 0
    for m in _CAND_RE.finditer(text):
        if m.start() < floor:
            continue
        try:
            r = sc.build(m, floor)
        except (ValueError, ZeroDivisionError, OverflowError):
            r = None
        if not r:
            continue
        if "skip" in r:
            floor = max(floor, r["skip"])
            continue
        s, e = r["start"], r["end"]
        while e > s and text[e - 1].isspace():
            e -= 1
        while s < e and text[s].isspace():
            s += 1
        if e <= s:
            continue
        prev = out[-1] if out else None
        lo_hi = None
        if prev is not None and prev.bound in ("at_least", "more_than") and r["bound"] in ("at_most", "less_than"):
            lo_hi = prev.lower, r["upper"]
        elif prev is not None and prev.bound in ("at_most", "less_than") and r["bound"] in ("at_least", "more_than"):
            lo_hi = r["lower"], prev.upper
        if lo_hi and None not in lo_hi and lo_hi[0] < lo_hi[1] and _JOIN_RE.fullmatch(text[prev.char_end:s]) \
                and (prev.unit == r["unit"] or prev.unit is None or r["unit"] is None) and prev.kind == r["kind"]:
            # 'above 1000 and below 1500', 'at most 100 and at least 20': one interval
            out[-1] = Quantity(char_start=prev.char_start, char_end=e, text=text[prev.char_start:e], value=None,
                               lower=_tidy(lo_hi[0]), upper=_tidy(lo_hi[1]), bound="range", unit=prev.unit or r["unit"],
                               kind=prev.kind, counted=prev.counted or r["counted"])
            floor = e
            continue
        out.append(Quantity(char_start=s, char_end=e, text=text[s:e], value=_tidy(r["value"]), lower=_tidy(r["lower"]),
                            upper=_tidy(r["upper"]), bound=r["bound"], unit=r["unit"], kind=r["kind"],
                            counted=r["counted"]))
        floor = e
    return _compared_units(_poll_points(_share_units(_below_zero(out, text), text), text), text)


# a bare count compared with the one just named: 'took 12 seats, down from seven', 'up from four a year earlier'
_COMPARED_BEFORE_RE = re.compile(r"\b(?:up|down)\s+from\s+(?:(?:about|around|nearly|almost|some|just)\s+)?$"
                                 r"|\bcompared\s+(?:with|to)\s+$", re.I)


def _compared_units(out: list[Quantity], text: str) -> list[Quantity]:
    """A count without a unit after "up from" / "down from" / "compared with" takes the unit and counted noun of
    the count it is compared with, named just before in the same sentence ('took 12 seats, down from seven')."""
    res: list[Quantity] = []
    for q in out:
        prev = res[-1] if res else None
        if q.unit is None and q.kind == "count" and prev is not None and prev.unit and prev.kind == "count" and \
                _COMPARED_BEFORE_RE.search(text[max(0, q.char_start - 30):q.char_start]) and \
                0 <= q.char_start - prev.char_end <= 40 and not re.search(r"[.;!?]", text[prev.char_end:q.char_start]):
            q = replace(q, unit=prev.unit, counted=prev.counted)
        res.append(q)
    return res


_POLL_CUE_RE = re.compile(r"\b(?:polls?|polling|survey|surveyed|lead|leads|led|leading|ahead|behind|trails?|trailed|"
                          r"trailing|margin|edge)\b", re.I)
_MARKET_CUE_RE = re.compile(r"\b(?:index|indexes|indices|Dow|Nasdaq|FTSE|Nikkei|S&P|DAX|CAC|stocks?|shares?|"
                            r"basis)\b", re.I)


def _poll_points(out: list[Quantity], text: str) -> list[Quantity]:
    """'Clinton led by 2 points', 'a margin of error of 4 points' in a story of percentages: percentage points, not
    an index's points."""
    res = []
    for q in out:
        if q.unit == "point":
            a = max(text.rfind(".", 0, q.char_start), text.rfind("\n", 0, q.char_start)) + 1
            sentence = text[a:q.char_end + 40]
            around = text[max(0, q.char_start - 300):q.char_end + 100]
            if _POLL_CUE_RE.search(sentence) and re.search(r"\d\s?(?:%|percent\b|per\s+cent\b)", around) and \
                    not _MARKET_CUE_RE.search(around):
                q = replace(q, unit="percentage point", kind="percent")
        res.append(q)
    return res


_BELOW_ZERO_RE = re.compile(r"\s+(?:degrees?\s+)?(?:below\s+zero|below\s+freezing(?=\s+point))", re.I)


def _below_zero(out: list[Quantity], text: str) -> list[Quantity]:
    """'25 below zero' is -25 degrees (one temperature), not 25 and a bound of zero."""
    res: list[Quantity] = []
    skip_to = -1
    for q in out:
        if q.char_start < skip_to:
            continue  # the 'below zero' read as a bound of its own
        m = _BELOW_ZERO_RE.match(text, q.char_end)
        if m and q.value is not None and q.value > 0 and q.unit in (None, "degree", "degrees") and q.bound == "exact":
            e = m.end()
            q = Quantity(char_start=q.char_start, char_end=e, text=text[q.char_start:e], value=-q.value, lower=None,
                         upper=None, bound="exact", unit="degree", kind="temperature", counted=None)
            skip_to = e
        res.append(q)
    return res
