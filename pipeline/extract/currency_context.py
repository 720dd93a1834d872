"""Give a currency named without its country ("2 million pesos") the code of the country the article is about.

Many currency names are shared: pesos are Mexican, Philippine, Colombian ...; dinars Iraqi, Jordanian ... The
quantities layer leaves such a bare name as the unit ("peso"), or takes the most common reading for rupees
(INR) and pounds (GBP). Once the article's mentions are known, a bare name becomes the ISO 4217 code of the
mentioned country that uses a currency of that name, the most mentioned one first. ISO 4217 codes begin with the
country's ISO 3166-1 alpha-2 code (PHP: PH), which links a code to its country.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Sequence

from pipeline.extract.units import NATIONAL_CURRENCIES
from pipeline.records import Mention, Quantity

# units the quantities layer gives a currency word with no country, and the currency name they stand for
_BARE_UNITS = {"peso": "peso", "dinar": "dinar", "franc": "franc", "riyal": "riyal", "rial": "rial",
               "shilling": "shilling", "crowns": "crown", "crown": "crown", "kroner": "kroner", "krone": "krone",
               "kronor": "kronor", "krona": "krona", "dirham": "dirham", "INR": "rupee", "GBP": "pound",
               "TRY": "lira"}
# "crowns" is read as a count by the quantities layer (a crown is also a thing); every other bare name is money
_COUNTED_CURRENCIES = {"crowns", "crown"}
# a default reading is replaced only where the text names the currency by a shared word, not by a symbol or code
_WORD_FOR_DEFAULT = {"INR": re.compile(r"rupees?\b|\bRs\b", re.I), "GBP": re.compile(r"pounds?\b", re.I),
                     "TRY": re.compile(r"liras?\b|lire\b", re.I)}


@lru_cache(maxsize=1)
def _codes_by_country() -> dict[str, dict[str, str]]:
    """currency name -> {ISO3 country: ISO 4217 code}, for the national currencies of that name."""
    import pycountry

    out: dict[str, dict[str, str]] = {}
    for name, by_nationality in NATIONAL_CURRENCIES.items():
        for code in by_nationality.values():
            country = pycountry.countries.get(alpha_2=code[:2])
            if country is not None and not code.startswith("X"):
                out.setdefault(name, {})[country.alpha_3] = code
    return out


def _country_counts(mentions: Sequence[Mention]) -> tuple[Counter, dict[str, int]]:
    counts: Counter = Counter()
    first: dict[str, int] = {}
    for m in mentions:
        if m.country_code:
            counts[m.country_code] += 1
            first.setdefault(m.country_code, m.char_start)
    return counts, first


def _head(unit: str | None) -> tuple[str | None, str]:
    """A rate's currency and the rest: 'INR/litre' -> ('INR', '/litre')."""
    if not unit:
        return None, ""
    head, sep, rest = unit.partition("/")
    return head, sep + rest


# countries whose own currency is written with a bare "$", and its code
_DOLLAR_COUNTRIES = {"AUS": "AUD", "NZL": "NZD", "CAN": "CAD", "SGP": "SGD", "HKG": "HKD"}
# a "$" with no country letters before it ("$10 million", not "US$10 million" or "A$10 million")
_BARE_DOLLAR = re.compile(r"(?<![A-Za-z.])\$")


def _local_dollar(counts: Counter) -> str | None:
    """The code of the article's own dollar: the country it names most is one that writes its currency "$", named
    at least twice, and the United States is not named at all (an Australian minister's release, not a US report on
    Australia)."""
    if not counts or counts["USA"]:
        return None
    top, n = max(counts.items(), key=lambda kv: kv[1])
    return _DOLLAR_COUNTRIES.get(top) if n >= 2 else None


def resolve_currencies(quantities: list[Quantity], mentions: Sequence[Mention]) -> list[Quantity]:
    """Replace a bare currency name by the code of the article's country that uses it, and a bare "$" by the
    article's own dollar where it is not the US dollar (in place; returned)."""
    bare = [q for q in quantities if _head(q.unit)[0] in _BARE_UNITS and
            (q.kind == "money" or q.kind == "count" and _head(q.unit)[0] in _COUNTED_CURRENCIES)]
    dollars = [q for q in quantities if q.kind == "money" and _head(q.unit)[0] == "USD" and _BARE_DOLLAR.search(q.text)
               and not re.search(r"\bU\.?S\.?\s*\$|\bUSD\b|\bUS\s+dollars?\b", q.text)]
    if not bare and not dollars:
        return quantities
    counts, first = _country_counts(mentions)
    if not counts:
        return quantities
    local = _local_dollar(counts) if dollars else None
    for q in dollars if local else ():
        q.unit = local + _head(q.unit)[1]
    table = _codes_by_country()
    for q in bare:
        head, rest = _head(q.unit)
        default_word = _WORD_FOR_DEFAULT.get(head)
        if default_word is not None and not default_word.search(q.text):
            continue
        candidates = table.get(_BARE_UNITS[head], {})
        mentioned = [c for c in candidates if counts[c]]
        if not mentioned:
            continue
        best = max(mentioned, key=lambda c: (counts[c], -first[c]))
        q.unit = candidates[best] + rest
        q.kind = "money"
    return quantities
