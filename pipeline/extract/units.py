"""Unit and currency tables for the quantities layer, compiled once at import."""
from __future__ import annotations

import re

# (regex, unit, kind). Word units match case-insensitively; SYMBOL_UNITS are case-sensitive.
WORD_UNITS = [
    # speed (before length, so 'miles per hour' wins over 'miles')
    (r"kilomet(?:re|er)s?\s+(?:per|an|a)\s+hour", "km/h", "speed"),
    (r"miles?\s+(?:per|an|a)\s+hour", "mph", "speed"),
    (r"met(?:re|er)s?\s+(?:per|a)\s+second", "m/s", "speed"),
    (r"knots?", "knot", "speed"),
    # area
    (r"square\s+kilomet(?:re|er)s?|sq\.?\s?km", "square kilometre", "area"),
    (r"square\s+met(?:re|er)s?|sq\.?\s?m", "square metre", "area"),
    (r"square\s+miles?|sq\.?\s?mi(?:les?)?", "square mile", "area"),
    (r"square\s+(?:feet|foot)|sq\.?\s?ft", "square foot", "area"),
    (r"hectares?", "hectare", "area"),
    (r"acres?", "acre", "area"),
    # volume
    (r"cubic\s+met(?:re|er)s?", "cubic metre", "volume"),
    (r"cubic\s+kilomet(?:re|er)s?", "cubic kilometre", "volume"),
    (r"cubic\s+(?:feet|foot)", "cubic foot", "volume"),
    (r"millilit(?:re|er)s?", "ml", "volume"),
    (r"centilit(?:re|er)s?", "cl", "volume"),
    (r"lit(?:re|er)s?", "litre", "volume"),
    (r"gallons?", "gallon", "volume"),
    (r"barrels?", "barrel", "volume"),
    (r"cups?", "cup", "volume"),
    (r"tablespoons?", "tablespoon", "volume"),
    (r"teaspoons?", "teaspoon", "volume"),
    # length
    (r"nautical\s+miles?", "nautical mile", "length"),
    (r"light[-\s]years?", "light year", "length"),
    (r"kilomet(?:re|er)s?", "km", "length"),
    (r"centimet(?:re|er)s?", "cm", "length"),
    (r"millimet(?:re|er)s?", "mm", "length"),
    (r"nanomet(?:re|er)s?", "nm", "length"),
    (r"picomet(?:re|er)s?", "pm", "length"),
    (r"decimet(?:re|er)s?", "dm", "length"),
    (r"met(?:re|er)s?", "m", "length"),
    (r"miles?", "mile", "length"),
    (r"feet|foot", "foot", "length"),
    (r"yards?", "yard", "length"),
    (r"inch(?:es)?", "inch", "length"),
    # mass
    (r"metric\s+tons?|metric\s+tonnes?", "metric ton", "mass"),
    (r"tonnes?|tons?", "tonne", "mass"),
    (r"kilo(?:gram(?:me)?)?s?", "kg", "mass"),
    (r"milligram(?:me)?s?", "mg", "mass"),
    (r"microgram(?:me)?s?", "μg", "mass"),
    (r"gram(?:me)?s?", "g", "mass"),
    (r"ounces?", "ounce", "mass"),
    (r"pounds?", "pound", "mass"),  # money when a scale word or '£' comes with it (see quantities)
    # temperature / angle
    (r"degrees?\s+(?:celsius|centigrade)|°\s?C\b", "degree Celsius", "temperature"),
    (r"degrees?\s+fahrenheit|°\s?F\b", "degree Fahrenheit", "temperature"),
    (r"degrees?", "degree", "other"),
    # duration: spelled-out calendar units are durations (the times layer takes them as TIMEX durations);
    # abbreviations and sub-second units are measurements of time it does not take, so kind 'other'
    (r"milliseconds?", "millisecond", "other"),
    (r"seconds?", "second", "duration"),
    (r"secs?", "second", "other"),
    (r"minutes?", "minute", "duration"),
    (r"mins?", "minute", "other"),
    (r"hours?", "hour", "duration"),
    (r"hrs?", "hour", "other"),
    (r"days?", "day", "duration"),
    (r"weeks?", "week", "duration"),
    (r"fortnights?", "fortnight", "duration"),
    (r"months?", "month", "duration"),
    (r"years?", "year", "duration"),
    (r"yrs?", "year", "other"),
    (r"decades?", "decade", "duration"),
    (r"centur(?:y|ies)", "century", "duration"),
    # energy, power, data, other
    (r"kilowatt[-\s]hours?", "kWh", "other"),
    (r"megawatt[-\s]hours?", "MWh", "other"),
    (r"gigawatts?", "GW", "other"),
    (r"megawatts?", "MW", "other"),
    (r"kilowatts?", "kW", "other"),
    (r"watts?", "W", "other"),
    (r"volts?", "V", "other"),
    (r"(?:exa|peta|tera|giga|mega|kilo)?bytes?", "byte", "other"),
    (r"(?:giga|mega|kilo)?bits?", "bit", "other"),
    (r"(?:kilo|mega|giga|tera)?electron[-\s]?volts?", None, "other"),
    (r"(?:kilo|mega|giga)?joules?", None, "other"),
    (r"(?:kilo|mega|giga)?hertz", None, "other"),
    (r"(?:kilo)?calories", "calorie", "other"),
    (r"horsepower", "horsepower", "other"),
    (r"decibels?", "dB", "other"),
    (r"megatons?|megatonnes?", "megaton", "other"),
    (r"carats?", "carat", "mass"),
    (r"pints?", "pint", "volume"),
    (r"quarts?", "quart", "volume"),
    (r"fluid\s+ounces?", "fluid ounce", "volume"),
    (r"cubic\s+(?:yards?|inch(?:es)?)", None, "volume"),
    (r"square\s+yards?", "square yard", "area"),
    (r"kelvins?", "kelvin", "temperature"),
    (r"amp(?:ere)?s?", "ampere", "other"),
    (r"percentage\s+points?", "percentage point", "percent"),
    (r"basis\s+points?", "basis point", "other"),
    (r"points?", "point", "other"),
]
_WORD_PREFIX = {"exabyte": "exabyte", "petabyte": "petabyte", "terabyte": "TB", "gigabyte": "GB", "megabyte": "MB",
                "kilobyte": "kB", "gigabit": "Gbit",
                "megabit": "Mbit", "kilobit": "kbit"}

SYMBOL_UNITS = [
    (r"km/h|km/hr|kmph|kph", "km/h", "speed"), (r"mph", "mph", "speed"), (r"m/s", "m/s", "speed"),
    (r"km2|km²|km\^2", "square kilometre", "area"), (r"m2|m²|m\^2", "square metre", "area"),
    (r"km3|km³|km\^3", "cubic kilometre", "volume"), (r"cm3|cm³|cc", "cubic centimetre", "volume"),
    (r"m3|m³", "cubic metre", "volume"), (r"cm2|cm²", "square centimetre", "area"),
    (r"km", "km", "length"), (r"cm", "cm", "length"), (r"mm", "mm", "length"), (r"nm", "nm", "length"),
    (r"dm", "dm", "length"), (r"mi", "mile", "length"), (r"ft", "foot", "length"), (r"yd", "yard", "length"),
    (r"m", "m", "length"), (r"ha", "hectare", "area"),
    (r"kg", "kg", "mass"), (r"mg", "mg", "mass"), (r"μg|µg|mcg", "μg", "mass"), (r"g", "g", "mass"),
    (r"lbs?", "lb", "mass"), (r"oz", "ounce", "mass"), (r"t", "tonne", "mass"),
    (r"ml|mL", "ml", "volume"), (r"cl", "cl", "volume"), (r"[lL]", "litre", "volume"), (r"bbl", "barrel", "volume"),
    # glued '40C' / '104F' (not '12C-enriched')
    (r"°\s?C|(?<=\d)C(?![-–])", "degree Celsius", "temperature"),
    (r"°\s?F|(?<=\d)F(?![-–])", "degree Fahrenheit", "temperature"),
    (r"°", "degree", "other"), (r"K", "kelvin", "temperature"),
    (r"kWh", "kWh", "other"), (r"MWh", "MWh", "other"), (r"GWh", "GWh", "other"), (r"TWh", "TWh", "other"),
    (r"Wh", "Wh", "other"), (r"GW", "GW", "other"), (r"MW", "MW", "other"), (r"kW", "kW", "other"),
    (r"W", "W", "other"), (r"kV", "kV", "other"), (r"V", "V", "other"),
    (r"TB", "TB", "other"), (r"GB", "GB", "other"), (r"MB", "MB", "other"), (r"KB|kB", "kB", "other"),
    (r"GHz", "GHz", "other"), (r"MHz", "MHz", "other"), (r"kHz", "kHz", "other"), (r"Hz", "Hz", "other"),
    (r"Mbps|Mbit/s", "Mbps", "other"), (r"Gbps", "Gbps", "other"), (r"eV|keV|MeV|GeV|TeV", None, "other"),
    (r"hrs?", "hour", "other"), (r"mins?", "minute", "other"), (r"secs?", "second", "other"),
    (r"ms", "millisecond", "other"), (r"yrs?", "year", "other"),
    # bare 's' and 'h' only after a space ('15 s', '48 h'; never the '1990s')
    (r"(?<=\s)s|(?<=\.\d)s|(?<=\.\d\d)s", "second", "other"), (r"(?<=\s)h", "hour", "other"),
    # SI symbols with a prefix (the symbol itself is the unit name)
    (r"[kMGTmμµ]?J|[kMGh]?Pa|[mμµk]bar|[mμµn]W|[mμµk]V|dB", None, "other"),
    (r"rad", "radian", "other"), (r"Ga", "gigayear", "other"), (r"Ma", "megayear", "other"), (r"pm", "pm", "length"),
    (r"μm|µm", "μm", "length"), (r"Å", "Å", "length"), (r"‰", "‰", "other"), (r"wt\s?%", "wt%", "percent"),
]


def _alt(table):
    return "|".join(f"(?P<u{i}>{rx})" for i, (rx, _u, _k) in enumerate(table))


# after the number: optional space or hyphen, then the unit, then no letter/digit
WORD_UNIT_RE = re.compile(rf"(?:\s{{0,2}}|\s?-\s?)(?:{_alt(WORD_UNITS)})(?![\w])", re.I)
SYMBOL_UNIT_RE = re.compile(rf"(?:\s?|-)(?:{_alt(SYMBOL_UNITS)})(?![A-Za-z0-9²³])")


# 'in' and '"' are inches only where nothing else can follow: a size adjective or the end of the sentence
_DIMENSION = r"(?:thick|long|wide|tall|deep|high|across|in\s+diameter|screens?|displays?)\b"
# (a closing quote at the end of a sentence is a quote, so '"' needs the adjective)
_INCH_RE = re.compile(rf"\s?in\b(?=\s+{_DIMENSION}|\.?\s*$|\.\s+[A-Z])|\s?(?:\"|''|″)(?=\s+{_DIMENSION})")


# a foot mark only when inches follow: 6'3"
_FOOT_MARK_RE = re.compile(r"['′](?=\d{1,2}(?:\.\d+)?(?:\"|''|″))")


def _singular_name(matched: str) -> str:
    """a word unit as written, lower case and singular: 'Kilojoules' -> 'kilojoule', 'cubic yards' -> 'cubic yard'"""
    name = re.sub(r"[-\s]+", " ", matched.lower())
    return re.sub(r"(inch)es$|(?<!s)s$", r"\1", name)


def match_unit(text: str, pos: int):
    """The unit right after ``pos``: (end, unit, kind) or None."""
    m = _INCH_RE.match(text, pos)
    if m:
        return m.end(), "inch", "length"
    m = _FOOT_MARK_RE.match(text, pos)
    if m:
        return m.end(), "foot", "length"
    m = WORD_UNIT_RE.match(text, pos)
    if m:
        i = int(m.lastgroup[1:])
        _rx, unit, kind = WORD_UNITS[i]
        unit = unit or _singular_name(m.group(m.lastgroup))
        if unit in ("byte", "bit"):
            w = m.group(m.lastgroup).lower().rstrip("s")
            unit = _WORD_PREFIX.get(w, unit)
        return m.end(), unit, kind
    m = SYMBOL_UNIT_RE.match(text, pos)
    if m:
        i = int(m.lastgroup[1:])
        _rx, unit, kind = SYMBOL_UNITS[i]
        return m.end(), unit or m.group(m.lastgroup), kind
    m = _BRACKETED_RE.match(text, pos)
    if m:
        inner = match_unit(m.group(2), 0)
        if inner and inner[0] == len(m.group(2)) and _BRACKETS[m.group(1)] == m.group(3):
            return m.end(), inner[1], inner[2]  # '20 (kg)', '20 [kg]'
    return None


_BRACKETS = {"(": ")", "[": "]", "{": "}", "<": ">"}
_BRACKETED_RE = re.compile(r"\s?([(\[{<])([A-Za-zμµ°%/²³]{1,6})([)\]}>])")


# ---- composite units: rates ('$15/hour', '10 mg per kg'), powers ('4 km squared') ----------------------
# 'a'/'an' reads as 'per' before a unit ('$15 an hour', '$3 a gallon'), not in 'a year earlier'
_PER_RE = re.compile(r"\s?/\s?|\s+per\s+|\s+an?\s+(?=[a-z]+\b(?!\s+(?:ago|earlier|later|before|after|from|since|"
                     r"or\s+(?:so|two)|and\s+a\s+half)\b))", re.I)
# after '/', time symbols ('m/s', '$15/h') and 'annum' after 'per'
_TIME_SYMBOL_RE = re.compile(r"(?P<u>s|h|d|annum)(?![A-Za-z0-9])|(?P<p>s)(?=\^?[23]|[²³])", re.I)
_TIME_SYMBOL = {"s": "second", "h": "hour", "d": "day", "annum": "year"}
_POWER_RE = re.compile(r"\^?(?P<n>[23])(?!\d|[.,]\d)|(?P<sup>[²³])")
_SPEEDS = {("km", "hour"): "km/h", ("mile", "hour"): "mph", ("m", "second"): "m/s"}
SPEED_UNITS = {"km/h", "mph", "m/s", "knot"}
_LENGTH_NAMES = {"km": "kilometre", "m": "metre", "cm": "centimetre", "mm": "millimetre", "mile": "mile",
                 "foot": "foot", "yard": "yard", "inch": "inch"}
_POWER_WORD_RE = re.compile(r"\s+(?P<w>squared|cubed)\b", re.I)


def _denominator(text: str, pos: int, slash: bool):
    """the unit after 'per' or '/': (end, name) or None"""
    m = _TIME_SYMBOL_RE.match(text, pos)
    if m and (slash or m.group("u") and m.group("u").lower() == "annum"):
        name, end = _TIME_SYMBOL[(m.group("u") or m.group("p")).lower()], m.end()
    else:
        um = match_unit(text, pos)
        if um is None or um[2] == "percent" or um[1] == "point" or text[pos:um[0]][:1].isspace():
            return None
        end, name = um[0], um[1]
    pm = _POWER_RE.match(text, end)
    if pm:
        end, name = pm.end(), f"{name}^{pm.group('n') or '23'['²³'.index(pm.group('sup'))]}"
    return end, name


def extend_rate(text: str, pos: int, unit: str):
    """'km' + '/s2', '$' + ' per hour', 'J' + '/m^2 per year': (end, unit) with each denominator joined by
    '/', or None when no 'per'/'/' unit follows. Speeds keep their usual names ('km/h', 'mph')."""
    parts, end = [unit], pos
    while True:
        m = _PER_RE.match(text, end)
        den = _denominator(text, m.end(), "/" in m.group(0)) if m else None
        if den is None:
            break
        end = den[0]
        parts.append(den[1])
    if len(parts) == 1:
        return None
    if len(parts) == 2 and tuple(parts) in _SPEEDS:
        return end, _SPEEDS[tuple(parts)]
    return end, "/".join(parts)


_INVERSE_RE = re.compile(r"(?:−|-|\^-)[1-3](?!\d|[.,]\d)")
_NEXT_FACTOR_RE = re.compile(r"\s(?P<sym>[A-Za-zμµ]{1,3})(?:−|-|\^-)[1-3](?!\d|[.,]\d)")


def _is_symbol(s: str) -> bool:
    m = SYMBOL_UNIT_RE.fullmatch(s)
    return bool(m) or s in _TIME_SYMBOL


def extend_inverse(text: str, unit_start: int, pos: int):
    """science notation with negative powers: '4e14 s-1', '3 m s−1', '5 mW m−2'; returns (end, unit as
    written) or None"""
    end = pos
    m = _INVERSE_RE.match(text, end)
    if m:
        end = m.end()
    while True:
        m = _NEXT_FACTOR_RE.match(text, end)
        if not m or not _is_symbol(m.group("sym")):
            break
        end = m.end()
    if end == pos:
        return None
    return end, text[unit_start:end].strip(" -")


def extend_power(text: str, pos: int, unit: str):
    """'4 km squared', '4 m cubed': (end, 'square kilometre' / 'cubic metre') or None"""
    m = _POWER_WORD_RE.match(text, pos)
    if not m or unit not in _LENGTH_NAMES:
        return None
    return m.end(), ("square " if m.group("w").lower() == "squared" else "cubic ") + _LENGTH_NAMES[unit]


# ---- currencies ------------------------------------------------------------------------------
DOLLAR_PREFIX = {"": "USD", "us": "USD", "u.s.": "USD", "u.s": "USD", "usd": "USD", "c": "CAD", "ca": "CAD",
                 "cad": "CAD", "a": "AUD", "au": "AUD", "aud": "AUD", "hk": "HKD", "hkd": "HKD", "nz": "NZD",
                 "nzd": "NZD", "mex": "MXN", "mxn": "MXN", "r": "BRL", "s": "SGD", "sgd": "SGD", "nt": "TWD"}
SYMBOLS = {"€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₽": "RUB", "₩": "KRW", "₴": "UAH", "₺": "TRY",
           "₿": "BTC", "元": "CNY", "₪": "ILS", "₦": "NGN", "₱": "PHP", "₫": "VND", "₡": "CRC",
           "₾": "GEL", "₭": "LAK", "₸": "KZT", "฿": "THB"}
_SYMBOL_CLASS = "[" + "".join(SYMBOLS) + "]"
CODES = ["USD", "EUR", "GBP", "JPY", "CNY", "RMB", "CHF", "AUD", "CAD", "HKD", "NZD", "INR", "RUB", "UAH",
         "KRW", "TRY", "MXN", "BRL", "SEK", "NOK", "DKK", "PLN", "ZAR", "SGD", "ILS", "SAR", "AED", "BTC",
         "TWD", "NGN", "EGP", "IRR", "KPW",
         # more ISO 4217 codes seen in news (not PHP, PEN, COP, CUP: words of their own)
         "KES", "PKR", "IQD", "QAR", "KWD", "GHS", "TZS", "UGX", "ETB", "THB", "MYR", "IDR", "VND", "ARS", "CLP",
         "CZK", "HUF", "RON", "BGN", "ISK", "KZT", "BDT", "LKR", "NPR", "MAD", "TND", "DZD", "JOD", "LBP", "OMR",
         "BHD", "ZMW", "RWF", "XOF", "XAF", "MMK", "AFN", "SYP", "YER", "LYD", "SDG", "VES", "UYU", "BYN",
         "MZN", "AOA", "CDF", "MWK", "BWP", "NAD", "SOS", "SSP", "ERN", "DJF", "GNF", "SLE", "LRD", "MGA", "BIF",
         "TJS", "KGS", "UZS", "AZN", "AMD", "GEL", "MDL", "MKD", "RSD", "BAM", "PYG", "GTQ", "HNL", "NIO", "CRC",
         "DOP", "HTG", "JMD", "TTD", "MUR"]
CODE_ALIASES = {"RMB": "CNY"}
# currency words after a number: (regex, code)
# '<nationality> <currency name>': the ISO 4217 code ('50,000 Kenyan shillings' -> KES)
NATIONAL_CURRENCIES = {
    "shilling": {"kenyan": "KES", "ugandan": "UGX", "tanzanian": "TZS", "somali": "SOS"},
    "dinar": {"iraqi": "IQD", "kuwaiti": "KWD", "jordanian": "JOD", "libyan": "LYD", "algerian": "DZD",
              "tunisian": "TND", "serbian": "RSD", "bahraini": "BHD"},
    "riyal": {"saudi": "SAR", "qatari": "QAR", "yemeni": "YER"},
    "rial": {"iranian": "IRR", "omani": "OMR", "yemeni": "YER"},
    "pound": {"egyptian": "EGP", "lebanese": "LBP", "syrian": "SYP", "sudanese": "SDG", "british": "GBP"},
    "peso": {"mexican": "MXN", "argentine": "ARS", "argentinian": "ARS", "chilean": "CLP", "colombian": "COP",
             "philippine": "PHP", "cuban": "CUP", "uruguayan": "UYU", "dominican": "DOP"},
    "rupee": {"indian": "INR", "pakistani": "PKR", "nepalese": "NPR", "nepali": "NPR", "sri lankan": "LKR",
              "mauritian": "MUR"},
    "franc": {"swiss": "CHF", "french": "FRF", "belgian": "BEF", "cfa": "XOF", "congolese": "CDF",
              "rwandan": "RWF", "burundian": "BIF", "guinean": "GNF"},
    "dollar": {"singapore": "SGD", "singaporean": "SGD", "taiwan": "TWD", "taiwanese": "TWD", "zimbabwean": "ZWL",
               "zimbabwe": "ZWL", "jamaican": "JMD", "liberian": "LRD", "namibian": "NAD", "fijian": "FJD",
               "barbadian": "BBD", "trinidad and tobago": "TTD", "east caribbean": "XCD", "brunei": "BND"},
    "real": {"brazilian": "BRL"}, "rand": {"south african": "ZAR"}, "naira": {"nigerian": "NGN"},
    "cedi": {"ghanaian": "GHS"}, "rouble": {"russian": "RUB", "belarusian": "BYN"},
    "ruble": {"russian": "RUB", "belarusian": "BYN"}, "hryvnia": {"ukrainian": "UAH"},
    "lira": {"turkish": "TRY", "italian": "ITL"}, "shekel": {"israeli": "ILS", "new israeli": "ILS"},
    "zloty": {"polish": "PLN"}, "forint": {"hungarian": "HUF"}, "koruna": {"czech": "CZK"},
    "krona": {"swedish": "SEK", "icelandic": "ISK"}, "kronor": {"swedish": "SEK"},
    "krone": {"norwegian": "NOK", "danish": "DKK"}, "kroner": {"norwegian": "NOK", "danish": "DKK"},
    "crown": {"swedish": "SEK", "norwegian": "NOK", "danish": "DKK", "czech": "CZK", "icelandic": "ISK"},
    "baht": {"thai": "THB"}, "ringgit": {"malaysian": "MYR"}, "dong": {"vietnamese": "VND"},
    "won": {"south korean": "KRW", "korean": "KRW", "north korean": "KPW"}, "yen": {"japanese": "JPY"},
    "yuan": {"chinese": "CNY"}, "dirham": {"emirati": "AED", "uae": "AED", "moroccan": "MAD"},
    "afghani": {"afghan": "AFN"}, "taka": {"bangladeshi": "BDT"}, "birr": {"ethiopian": "ETB"},
    "kwacha": {"zambian": "ZMW", "malawian": "MWK"}, "tenge": {"kazakh": "KZT", "kazakhstani": "KZT"},
    "lari": {"georgian": "GEL"}, "dram": {"armenian": "AMD"}, "manat": {"azerbaijani": "AZN"},
    "bolivar": {"venezuelan": "VES"}, "sol": {"peruvian": "PEN"}, "rupiah": {"indonesian": "IDR"},
    "leu": {"romanian": "RON", "moldovan": "MDL"}, "lev": {"bulgarian": "BGN"}, "kyat": {"burmese": "MMK"},
}
_NATIONAL_PLURAL = {"shilling": "shillings?", "dinar": "dinars?", "riyal": "riyals?", "rial": "rials?",
                    "pound": "pounds?", "peso": "pesos?", "rupee": "rupees?", "franc": "francs?", "dollar": "dollars?",
                    "real": "real|reais", "rand": "rands?", "naira": "nairas?", "cedi": "cedis?", "rouble": "roubles?",
                    "ruble": "rubles?", "hryvnia": "hryvnias?", "lira": "liras?|lire", "shekel": "shekels?",
                    "zloty": "zlotys?", "forint": "forints?", "koruna": "korunas?|koruny", "krona": "kronas?|kronur",
                    "kronor": "kronor", "krone": "krone", "kroner": "kroner", "crown": "crowns?", "baht": "baht", "ringgit": "ringgits?",
                    "dong": "dong", "won": "won", "yen": "yen", "yuan": "yuan", "dirham": "dirhams?",
                    "afghani": "afghanis?", "taka": "takas?", "birr": "birrs?", "kwacha": "kwachas?", "tenge": "tenge",
                    "lari": "laris?", "dram": "drams?", "manat": "manats?", "bolivar": "bolivars?|bolivares",
                    "sol": "sol(?:es|s)?", "rupiah": "rupiahs?", "leu": "leu|lei", "lev": "leva?", "kyat": "kyats?"}
_NATIONAL_CODES = {}
for _name, _by in NATIONAL_CURRENCIES.items():
    for _nat, _code in _by.items():
        _NATIONAL_CODES[(_nat, _name)] = _code
NATIONAL_CURRENCY_RE = re.compile(
    r"(?:\s{0,2}|-)(?P<nat>" + "|".join(sorted({re.escape(n).replace("\\ ", r"\s+") for n, _ in _NATIONAL_CODES},
                                               key=len, reverse=True)) +
    r")\s+(?P<cur>" + "|".join(f"(?P<n_{k}>{rx})" for k, rx in _NATIONAL_PLURAL.items()) + r")(?![\w])", re.I)

CURRENCY_WORDS = [
    (r"(?:us|u\.s\.|american)\s+dollars?", "USD"), (r"canadian\s+dollars?", "CAD"),
    (r"australian\s+dollars?", "AUD"), (r"hong\s+kong\s+dollars?", "HKD"), (r"new\s+zealand\s+dollars?", "NZD"),
    (r"dollars?|dlrs?\.?", "USD"), (r"euros?", "EUR"), (r"pounds?\s+sterling|sterling", "GBP"),
    (r"yen", "JPY"), (r"(?:chinese\s+)?yuan|renminbi|rmb", "CNY"), (r"(?:indian\s+)?rupees?", "INR"),
    (r"swiss\s+francs?", "CHF"), (r"francs?", "franc"), (r"(?:mexican\s+)?pesos?", "peso"),
    (r"roubles?|rubles?", "RUB"), (r"hryvnias?|hryvnia", "UAH"), (r"won", "KRW"), (r"(?:turkish\s+)?liras?", "TRY"),
    (r"shekels?", "ILS"), (r"rand", "ZAR"), (r"bitcoins?", "BTC"), (r"cents?", "cent"), (r"pence|penny|pennies", "pence"),
    (r"pesetas?", "peseta"), (r"reais", "BRL"), (r"(?:nuevos\s+)?soles", "PEN"), (r"z[lł]ot(?:ys?|ych|e)", "PLN"),
    # other currencies keep their name as the unit ('10 billion naira' -> 'naira')
    (r"(?:finnish\s+)?markkaa?|(?:dutch\s+)?guilders?|drachmas?|baht|ringgits?|rupiahs?|dinars?|dirhams?|"
     r"riyals?|rials?|nairas?|kwachas?|cedis?|shillings?|forints?|korunas?|kronor|kronur|krona|"
     r"kroner|krone|levs?|leva|lei|rands|tenge|somoni|satoshis?|kuai", None),
]
CURRENCY_WORD_RE = re.compile(
    r"(?:\s{0,2}|-)(?:" + "|".join(f"(?P<c{i}>{rx})" for i, (rx, _c) in enumerate(CURRENCY_WORDS)) + r")(?![\w])",
    re.I)
CODE_AFTER_RE = re.compile(r"\s?(?P<m>M)?(?P<code>" + "|".join(CODES) + r")(?![A-Za-z0-9])", re.I)
# before the number: '$', 'US$', 'c $', '€', 'EUR ', 'Rs.'
_DOLLAR_PFX = "|".join(re.escape(k) for k in sorted(DOLLAR_PREFIX, key=len, reverse=True) if k)
CURRENCY_BEFORE_RE = re.compile(
    r"(?:(?<![A-Za-z.])(?P<dp>" + _DOLLAR_PFX + r")\s?\$|\$(?P<ds>US|AU|A|NZ|CA|C|HK|S)|(?P<d>\$)|(?P<sym>" + _SYMBOL_CLASS + r")|"
    r"(?<![A-Za-z])(?P<code>" + "|".join(CODES) + r")(?![A-Za-z])\.?|(?<![A-Za-z])(?P<rs>Rs)\.?|(?<![A-Za-z])(?P<ksh>KSh)\.?|"
    r"(?<![A-Za-z])(?P<dlrs>dlrs?)\.?|(?<![\w#&])(?P<hash>#))\s?$", re.I)


_SYMBOL_AFTER_RE = re.compile(r"\s?(" + _SYMBOL_CLASS + r"|\$)")


_PENCE_GLUED_RE = re.compile(r"(?<=\d)p(?![\w'’-])")
_VIDEO_LINES_RE = re.compile(r"(?<!\d)(?:240|360|480|576|720|1080|1440|2160|4320)$")


def currency_before(text: str, pos: int):
    """A currency marker ending at ``pos`` (spaces allowed): (start, code) or None."""
    seg = text[max(0, pos - 8):pos]
    m = CURRENCY_BEFORE_RE.search(seg)
    if not m:
        return None
    start = pos - len(seg) + m.start()
    if m.group("dp"):
        dp = m.group("dp").lower()
        if dp in ("a", "s", "r") and re.search(r"\s\$", m.group(0)):
            return pos - len(seg) + m.start() + len(m.group("dp")) + 1, "USD"  # 'a $ 700 million'
        return start, DOLLAR_PREFIX[dp]
    if m.group("ds"):
        return start, DOLLAR_PREFIX[m.group("ds").lower()]  # '$US1.2 billion', '$A300'
    if m.group("d"):
        return start, "USD"
    if m.group("sym"):
        return start, SYMBOLS[m.group("sym")]
    if m.group("code"):
        code = m.group("code")
        if code != code.upper() and code.lower() not in ("usd", "eur", "gbp", "rmb"):
            return None
        return start, CODE_ALIASES.get(code.upper(), code.upper())
    if m.group("rs"):
        return start, "INR"
    if m.group("ksh"):
        return start, "KES"  # 'KSh 9.6 billion': Kenyan shillings
    if m.group("hash"):
        return start, "GBP"  # a pound sign mis-encoded as '#' ('#2.5bn'); the caller checks the amount
    if m.group("dlrs"):
        us = re.search(r"(?<![A-Za-z])U\.?S\.?\s?$", text[max(0, start - 5):start])
        return (start - len(us.group(0)) if us else start), "USD"  # agency style: 'dlrs 2 million', 'US dlrs 5'
    return None


def currency_after(text: str, pos: int):
    """A currency word, code or symbol right after ``pos``: (end, code, multiplier) or None."""
    m = NATIONAL_CURRENCY_RE.match(text, pos)
    if m:
        name = next(k[2:] for k, v in m.groupdict().items() if k.startswith("n_") and v)
        code = _NATIONAL_CODES.get((re.sub(r"\s+", " ", m.group("nat").lower()), name))
        if code:
            return m.end(), code, 1.0
    m = CURRENCY_WORD_RE.match(text, pos)
    if m:
        i = int(m.lastgroup[1:])
        return m.end(), CURRENCY_WORDS[i][1] or _singular_name(m.group(m.lastgroup)), 1.0
    m = CODE_AFTER_RE.match(text, pos)
    if m and (m.group("code").isupper() or m.group("code").lower() in ("usd", "eur", "gbp", "rmb")):
        code = CODE_ALIASES.get(m.group("code").upper(), m.group("code").upper())
        return m.end(), code, (1e6 if m.group("m") else 1.0)
    if _PENCE_GLUED_RE.match(text, pos) and not _VIDEO_LINES_RE.search(text[max(0, pos - 5):pos]):
        return pos + 1, "pence", 1.0  # '98p' (not a video resolution such as '1080p')
    m = _SYMBOL_AFTER_RE.match(text, pos)
    if m:
        return m.end(), SYMBOLS.get(m.group(1), "USD"), 1.0
    return None
