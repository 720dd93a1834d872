"""People, organisations and places, linked to ISO 3166 and GeoNames.

``find_mentions(doc)`` starts from spaCy's named entities over the whole article and corrects them with the
offline gazetteer (:mod:`pipeline.extract.gazetteer`) and a few context rules:

* media outlets and news agencies in the curated list are organisations ("Bloomberg" is not a GPE);
* a capitalised name that is a known country, region, ISO 3166-2 subdivision or GeoNames city is a place,
  whatever label spaCy gave it ("Kursk" as PRODUCT); "the Kursk region" / "Kursk Oblast" is the subdivision; a
  one-word city that spaCy did not call a place, or inside a longer name, must be a capital, very large, in a
  country the article names or in a place context ("Kennedy" in "Kennedy Space Center" is not Bogota's district);
* named buildings and sites, headed by a facility word before "of" or at the end ("the Museum of Flight"), are
  places;
* nationality words used as modifiers ("North Korean troops") are ``group`` mentions linked to their country;
  used as nouns ("the Russians", "Muslims", "Afghans protested") they name people: ``person`` mentions keyed
  ``people:<code or name>`` (in a sports report the national team);
* a capital used as an actor ("Moscow and Pyongyang admit ...") is the state; after "in", "at", "near" ... it is
  the city;
* named products ("iPhone", "Space Shuttle Atlantis", "Chevrolet Volt") and stock indices ("the Dow Jones
  Industrial Average", "the Nikkei" in a market sentence) are ``other``, never people or organisations;
* context re-types spaCy's guesses: an honorific or a lower-case role noun before a name ("Ms Lee", "actor Dan
  Ray") makes a person; an organisation head word ("... Authority", "Ministry of ...") or an organisation noun
  before the name ("the newspaper Les Echos") or "<person> of X" makes an organisation; an acronym is never a
  person, and takes the type of its bracketed long form ("Kennedy Space Center (KSC)");
* "Valeska Paris" tagged as two places is a person (then "Paris" alone is her); "pro-Beijing" is no mention;
* names spaCy missed are added: gazetteer places standing alone, capitalised names with an organisation head
  word, and other occurrences of an organisation or full name found elsewhere in the article;
* one type per name in an article (majority vote over spaCy-typed mentions; gazetteer links keep theirs), and a
  person named elsewhere is also a mention inside an organisation's name ("the Andy Warhol Foundation");
* a title standing for its holder is a person: "the president", "The Home Secretary", "the Secretary of State",
  "NASA Administrator" (an organisation name spaCy ran into the title is cut before it);
* peoples without a state ("the Rohingya") are people; names after "near"/"outside", after a capture verb
  ("retook Sinjar") or in a dateline ("BUFFALO, N.Y. (AP)") are places (a capital in a dateline is the city);
  "the State of Texas" is Texas; untagged names headed by a facility or geographic word ("Mecca's Grand Mosque")
  are places; untagged nationality words are found;
* items of one list share their neighbours' type ("Zeus, Hera, Poseidon and Athena"); a possessive name before a
  person's name is their organisation ("Labour's Ann Ray"); "the Monti government" names its leader; a name
  ending in an industry word is a company ("Patriot Coal", then "Patriot" alone); a long form introduced with its
  acronym is an organisation ("Movimento 5 Stelle (M5S)"); conditions, studies, laws, prizes, festivals and
  military operations are ``other``;
* one key per real-world thing within and across articles: people by full name (a surname alone, a first name
  that only one person of the article has, "de Mistura", or "the president" resolves to the person introduced
  with it; a full name spaCy split or mistyped elsewhere is repaired), organisations by normalised name (an
  acronym in brackets joins its long form, one without brackets the organisation with those initials), places by
  ISO / GeoNames code.

Keys: ``iso:RUS`` (country), ``geonames:<id>`` (city), ``iso2:RU-KRS`` (subdivision), ``region:<name>``,
``place:<name>`` (a place not in the gazetteer), ``person:<name>``, ``people:<code or name>`` (a group of
people), ``role:<title>``, ``team:<code>``, ``org:<name>``, ``group:<name>``.

country_code policy (a claim's places are the country codes of its mentions, scored by recall): countries,
places and nationality words (also as a group of people, "the Afghans") always carry the ISO alpha-3 code of their
country, except a firm's seat before its name ("Accra-based Sika Capital"); individual people never do; an
organisation carries one only when its name starts with a country or nationality ("Russian Defence Ministry",
"United States Navy", "Ukrainian intelligence"), i.e. when it is named as a body of that state.
"""
from __future__ import annotations

import calendar
import re
from typing import Optional

from spacy.tokens import Span

from pipeline.extract import gazetteer as gz
from pipeline.extract.nlp import doc_ents, doc_text
from pipeline.extract.units import CODES as _CURRENCY_CODES
from pipeline.records import Mention

_SKIP_LABELS = {"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL", "LANGUAGE"}
_PLACE_LABELS = {"GPE", "LOC", "FAC"}
_LOCATIVE = {"in", "at", "near", "outside", "inside", "around", "across", "within", "into", "throughout", "between",
             "downtown", "central", "suburban", "visited", "visit", "visiting", "arrived", "toward", "towards"}
TITLES = {
    "president", "vice", "prime", "minister", "secretary", "ambassador", "senator", "sen", "rep", "representative",
    "governor", "gov", "mayor", "chancellor", "king", "queen", "prince", "princess", "pope", "mr", "mrs", "ms",
    "miss", "dr", "doctor", "professor", "prof", "sir", "dame", "lord", "lady", "general", "gen", "colonel", "col",
    "lt", "lieutenant", "captain", "capt", "commander", "admiral", "major", "sergeant", "sgt", "judge", "justice",
    "chairman", "chairwoman", "chair", "director", "spokesman", "spokeswoman", "spokesperson", "ceo", "chief",
    "leader", "speaker", "foreign", "defence", "defense", "interior", "deputy", "premier", "sheikh", "emir",
    "ayatollah", "rabbi", "reverend", "rev", "father", "bishop", "cardinal", "archbishop", "coach", "officer",
    "detective", "sheriff", "attorney", "commissioner", "councillor", "councilman", "congressman", "congresswoman",
    "st", "saint", "former", "late", "then", "acting", "supreme", "head",
}
_HEAD_TITLES = {"president", "prime minister", "minister", "secretary", "ambassador", "senator", "governor",
                "mayor", "chancellor", "king", "queen", "pope", "general", "chairman", "director", "spokesman",
                "spokesperson", "spokeswoman", "premier", "sheriff", "judge", "commissioner", "emperor",
                "leader", "ceo", "speaker", "coach"}
_COMPASS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper",
            "lower", "northeast", "northwest", "southeast", "southwest", "greater", "new"}
_ROLE_NOUNS = {"actor", "actress", "singer", "musician", "songwriter", "rapper", "artist", "painter", "author",
               "writer", "novelist", "poet", "journalist", "reporter", "photographer", "illustrator", "curator",
               "director", "producer", "designer", "architect", "founder", "co-founder", "inventor", "player",
               "striker", "midfielder", "defender", "goalkeeper", "captain", "coach", "manager", "teammate",
               "economist", "analyst", "scientist", "researcher", "professor", "lawyer", "attorney", "barrister",
               "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "president", "minister",
               "senator", "governor", "mayor", "secretary", "ceo", "executive", "chief", "official", "diplomat",
               "ambassador", "candidate", "councillor", "councilor", "lawmaker", "legislator", "activist",
               "campaigner", "blogger", "cosplayer", "athlete", "boxer", "cyclist", "swimmer", "host", "presenter",
               "comedian", "dancer", "composer", "conductor", "pianist", "guitarist", "drummer", "entrepreneur",
               "businessman", "businesswoman", "billionaire", "investor", "banker", "trader", "astronaut", "pilot",
               "soldier", "officer", "detective", "judge", "priest", "bishop", "rabbi", "imam", "cleric", "student",
               "teacher", "doctor", "nurse", "surgeon", "victim", "suspect", "defendant", "witness", "daughter",
               "son", "wife", "husband", "mother", "father", "brother", "sister", "widow", "girlfriend", "boyfriend"}
_HONORIFICS = {"mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "prof", "professor", "captain", "lady", "lord",
               "king", "queen", "prince", "princess", "doctor", "hon", "honourable", "honorable", "insp", "supt",
               "det", "inspector", "superintendent"}
# Second halves of compound adjectives made from a name ("Toulouse-based", "Saudi-led", "state-owned"): the name
# stays a name of its own.
_COMPOUND_SUFFIXES = {"based", "born", "led", "backed", "owned", "run", "made", "headquartered", "registered", "listed",
                      "bound", "funded", "style", "era", "controlled", "brokered", "sponsored", "linked", "allied",
                      "area", "focused", "centred", "centered", "built", "designed", "trained", "educated", "raised"}
# the last word of a football or other club's name, never a surname ("Stirling Rovers", "Fife Athletic")
_CLUB_WORDS = {"rovers", "wanderers", "athletic", "albion", "rangers", "hotspur", "fc", "afc", "united", "city"}
_ORG_SUFFIX = re.compile(r"\b(inc|ltd|llc|plc|corp|co|gmbh|ag|sa)\.?$", re.I)


def _strip_span(doc, start: int, end: int, text: Optional[str] = None) -> tuple[int, int]:
    """Trim whitespace, a trailing possessive and surrounding punctuation from a char span."""
    if text is None:
        text = doc_text(doc)  # rebuilt from the tokens on every access: callers in loops pass it
    while start < end and (text[start].isspace() or text[start] in "\"'“‘(["):
        start += 1
    art = re.match(r"an? (?=[A-Z])", text[start:end])
    if art:  # "a World Health Organisation report": the article is not part of the name
        start += art.end()
    bracket = text.find("(", start, end)
    if bracket > start and text.find(")", bracket, end) < 0:
        end = bracket  # "The World Health Organisation (WHO": the bracketed acronym is its own mention
    while end > start and (text[end - 1].isspace() or text[end - 1] in "\"”’),:;]"):
        end -= 1
    m = re.search(r"(['’]s|['’])$", text[start:end])
    if m and end - m.start() - start < end - start:
        end = start + m.start()
    while end > start and text[end - 1] in ",;:":
        end -= 1
    cap = re.search(r"\s+(?:Image|Photo|Video|File|Credit|Source)$", text[start:end])
    if cap and text[end:end + 1] == ":":  # a caption credit glued to the name: "Washington D.C. Image: ..."
        end = start + cap.start()
    return start, end


def _words(name: str) -> list[str]:
    return [w for w in re.split(r"\s+", name.strip()) if w]


def _strip_titles(name: str) -> str:
    """"U.S. President Donald Trump" -> "Donald Trump"; "Ukrainian President Volodymyr Zelensky" -> the name."""
    words = _words(name)
    while len(words) > 1:
        w = words[0].rstrip(".").lower()
        if w in TITLES or gz.demonym(words[0]) or gz.norm(words[0]) in gz.countries() or w == "the":
            words = words[1:]
            continue
        break
    return " ".join(words)


def _person_key(name: str) -> str:
    return "person:" + gz.norm(name)


def _org_key(name: str) -> str:
    return "org:" + gz.norm(_ORG_SUFFIX.sub("", name).strip(" ,"))


def _country_prefix(name: str) -> Optional[str]:
    """alpha-3 when an organisation's name starts with a country or a nationality ("Russian army")."""
    words = _words(re.sub(r"^(?i:the)\s+", "", name))
    for n in (3, 2, 1):
        if len(words) > n:
            head = " ".join(words[:n])
            code = gz.demonym(head)
            if code:
                return code
            p = gz.countries().get(gz.norm(head))
            if p:
                return p.country_code
    return None


def _title_before(doc, tok_start: int) -> Optional[str]:
    """The title just before a person's name ("President", "Prime Minister", "Shadow Home Secretary"), lower case,
    without "former", "acting" and the like."""
    words = []
    i = tok_start - 1
    while i >= 0 and doc[i].text.rstrip(".").lower() in _TITLE_MODIFIERS and doc[i].text[:1].isupper():
        words.insert(0, doc[i].text.rstrip(".").lower())
        i -= 1
        if i >= 1 and doc[i].text == "-" and not doc[i].whitespace_ and not doc[i - 1].whitespace_ and \
                doc[i - 1].lower_ in _ROLE_HEADS and doc[i - 1].text[:1].isupper():
            words[0] = doc[i - 1].lower_ + "-" + words[0]  # "Secretary-General"
            i -= 2
    while words and words[0] in ("former", "late", "then", "acting"):
        words = words[1:]
    if words and (words[-1] in _ROLE_HEADS or words[-1].split("-")[0] in _ROLE_HEADS):
        return " ".join(words)
    return None


def _place_mention(start, end, text, p: gz.Place) -> Mention:
    etype = "country" if p.kind == "country" else "place"
    return Mention(start, end, text, p.name, etype, p.key, p.country_code, p.geonames_id, None,
                   p.latitude, p.longitude)


# Verbs whose object is a place taken, struck or left ("retook Sinjar", "shelled Donetsk", "fled Aleppo").
_CAPTURE_VERBS = {"capture", "recapture", "retake", "seize", "liberate", "besiege", "encircle", "shell", "bomb",
                  "bombard", "storm", "evacuate", "flee", "overrun", "occupy", "annex", "retook", "retaken", "fled",
                  "overran"}


def _is_locative(doc, tok_start: int, coordinated: bool = False) -> bool:
    """A locative or a capture verb before the name ("near Goma", "retook Sinjar"), also before the first name of
    a coordination ("between Goma and Rutshuru") or after a place spaCy tagged ("Deir al-Zour and Albu Kamal") when
    ``coordinated`` (not for a capital as an actor: "Pyongyang and Moscow signed")."""
    i = tok_start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if i >= 0 and (doc[i].lower_ in _LOCATIVE or (doc[i].pos_ == "VERB" and doc[i].lemma_ in _CAPTURE_VERBS)):
        return True
    if not coordinated or i < 1 or doc[i].lower_ not in ("and", "or"):
        return False
    j = k = i - 1
    while k >= 0 and j - k < 4 and (doc[k].text[:1].isupper() or doc[k].text == "-" or
                                     doc[k].lower_ in gz._ARABIC_ARTICLES):
        k -= 1
    if k == j or not doc[k + 1].text[:1].isupper():
        return False
    return doc[j].ent_type_ in ("GPE", "LOC") or _is_locative(doc, k + 1, coordinated=False)


# Locatives that rarely precede an organisation's name: after them a small town tagged as an organisation is the
# town ("near Al-Bukamal"), unlike "in"/"at" ("at Fjordair").
_NEAR_WORDS = {"near", "outside", "around", "between", "toward", "towards"}


def _near_locative(doc, tok_start: int) -> bool:
    i = tok_start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    return i >= 0 and doc[i].lower_ in _NEAR_WORDS or \
        (i >= 1 and doc[i].lower_ in ("and", "or") and _is_locative(doc, tok_start, coordinated=True))


def _first_name_and_city(doc, prev, ent) -> bool:
    """Two adjacent one-word "places" where the first is no known place and the second is a city."""
    ps, pe, pts, pte, plabel = prev
    if plabel not in ("GPE", "LOC", "PERSON") or pte - pts != 1 or doc[pts].whitespace_ != " ":
        return False
    first = doc[pts]
    if first.pos_ != "PROPN" or not first.is_alpha or not first.text[:1].isupper():
        return False
    if first.is_sent_start:  # sentence-initial capitals prove nothing: want an apposition or a speech verb
        nxt = doc[ent.end:ent.end + 2]
        if not (len(nxt) == 2 and nxt[0].text == "," and nxt[1].pos_ == "DET") and \
                not (len(nxt) >= 1 and nxt[0].lemma_ in ("say", "tell", "claim", "write", "add")):
            return False
    low = first.lower_
    if low in TITLES or low in _COMPASS or low in _LOCATIVE or gz.demonym(first.text) or \
            gz.is_known_org(first.text) or gz.lookup_place(first.text) is not None or _is_locative(doc, pts):
        return False
    p = gz.lookup_place(ent.text)
    return p is not None and p.kind == "city"


def _market_context(doc, tok_start: int, tok_end: int) -> bool:
    """The sentence around a token span talks about market moves ("fell 2 percent", "closed at 10,000 points")."""
    sent = doc[tok_start].sent
    return any(t.lower_ in gz.MARKET_CUES for t in sent if t.i < tok_start or t.i >= tok_end)


def _region_word_after(doc, tok_end: int) -> bool:
    return tok_end < len(doc) and doc[tok_end].lower_ in gz.REGION_WORDS


# Lower-case nouns that, right after a name, make it the site of something: "its Trnava plant", "the Gdansk
# shipyard", "Leuven residents".
_SITE_NOUNS = {"plant", "plants", "factory", "factories", "works", "site", "sites", "facility", "facilities", "mill",
               "mills", "refinery", "smelter", "mine", "mines", "shipyard", "shipyards", "warehouse", "depot",
               "terminal", "hub", "campus", "office", "offices", "branch", "headquarters", "base", "airport",
               "port", "harbour", "harbor", "station", "hospital", "prison", "stadium", "area", "suburbs",
               "outskirts", "neighbourhood", "neighborhood", "municipality", "city", "town", "centre", "center",
               "district", "metro", "airbase", "garrison", "operations"}


def _site_noun_after(doc, tok_end: int) -> bool:
    return tok_end < len(doc) and doc[tok_end].pos_ == "NOUN" and doc[tok_end].text.islower() and \
        doc[tok_end].lower_ in _SITE_NOUNS


def _countries_named(doc, subdivisions: bool = True) -> frozenset:
    """alpha-3 codes of the countries an article names, as a country or a nationality word ("Slovakia", "the
    Slovak economy ministry"), or (when ``subdivisions``) by a subdivision's name of several words ("North Kivu").
    Computed once per doc and flag."""
    key = f"claimpack_countries_named_{int(subdivisions)}"
    cached = doc.user_data.get(key)
    if cached is None:
        cached = doc.user_data[key] = _scan_countries_named(doc, subdivisions)
    return cached


def _scan_countries_named(doc, subdivisions: bool) -> frozenset:
    out = set()
    for ent in doc_ents(doc):
        if ent.label_ in ("GPE", "LOC", "NORP", "ORG", "PERSON", "FAC"):
            t = re.sub(r"^(?i:the)\s+", "", ent.text)
            code = gz.demonym(t) or _country_prefix(t)
            p = gz.countries().get(gz.norm(t))
            out.update(c for c in (code, p.country_code if p else None) if c)
            if subdivisions and ent.label_ in ("GPE", "LOC") and len(_words(t)) > 1 and t[:1].isupper():
                sub = gz.subdivisions()[0].get(gz.norm(t))  # "North Kivu", "Lower Austria": their country
                if sub is not None and sub.country_code:
                    out.add(sub.country_code)
    for tok in doc:
        if tok.text[:1].isupper() and tok.is_alpha:
            code = gz.demonym(tok.text)
            p = gz.countries().get(gz.norm(tok.text))
            out.update(c for c in (code, p.country_code if p else None) if c)
    return frozenset(out)


def _small_city_in_context(doc, tok_start: int, tok_end: int, p: Optional[gz.Place], named: frozenset,
                           locative_ok: bool = True) -> bool:
    """A city too small to be linked on its name alone (or that spaCy called an organisation or a person) is a
    place when the article names its country and the name modifies a site noun ("its Trnava plant") or, when
    ``locative_ok``, follows a locative ("near Trnava")."""
    return p is not None and p.kind == "city" and p.country_code in named and \
        (_site_noun_after(doc, tok_end) or (locative_ok and _is_locative(doc, tok_start, coordinated=True)))


def _continues_org_name(doc, prev_end: int, ent) -> bool:
    """spaCy split an organisation name at "for"/"of": the previous name ends in an organisation or facility word
    and only "for"/"of" (and "the") stand between it and this capitalised name."""
    gap = [t.lower_ for t in doc[prev_end:ent.start]]
    name = re.sub(r"^(?i:the)\s+", "", ent.text)
    return gap in (["for"], ["for", "the"], ["of"], ["of", "the"]) and ent.label_ == "ORG" and \
        doc[prev_end - 1].lower_ in gz.ORG_HEADS | gz.FACILITY_WORDS and name[:1].isupper()


def _name_runs_on(doc, end: int) -> int:
    """The end of an organisation's name that spaCy cut before "to"/"for"/"against" and the capitalised words after
    it ("the Global Alliance" + "to End Child Labour"), when its last word is an organisation word."""
    if end >= len(doc) or doc[end].lower_ not in ("to", "for", "against") or doc[end - 1].lower_ not in gz.ORG_HEADS:
        return end
    k, last = end + 1, end
    while k < len(doc) and k - end <= 6:
        t = doc[k]
        if t.is_alpha and t.text[:1].isupper() and t.ent_type_ in ("", "ORG", "GPE", "NORP"):
            last = k + 1
        elif t.lower_ not in ("the", "and", "of", "for", "&"):
            break
        k += 1
    return last if last > end + 1 else end


def _end_without_space(ent) -> int:
    """End token of an entity without the line breaks spaCy sometimes runs into it."""
    end = ent.end
    while end - 1 > ent.start and ent.doc[end - 1].is_space:
        end -= 1
    return end


def _without_trailing_score(ent) -> int:
    """End token of a place name that spaCy ran into the number after it: "Sweden 1 - 0 Korea"."""
    end, doc = _end_without_space(ent), ent.doc
    score = end + 1 < len(doc) and doc[end].text in ("-", "–", "—", ":") and doc[end + 1].like_num
    if score and end - 1 > ent.start and doc[end - 1].like_num and gz.lookup_place(doc[ent.start:end - 1].text):
        return end - 1
    return ent.end


def _without_trailing_title(ent) -> int:
    """End token of an organisation name that spaCy ran into the title after it: "NASA Administrator", "the State
    Department Spokesperson" name the organisation; the title (with it) is a person found by _title_mentions."""
    end = _end_without_space(ent)
    words = ent.doc[ent.start:end]
    if ent.label_ == "ORG" and len(words) > 1 and words[-1].lower_ in _ROLE_HEADS and words[-1].text[:1].isupper() \
            and not any(t.lower_ in ("of", "for") for t in words) and words[-2].lower_ not in _TITLE_MODIFIERS:
        return end - 1
    return ent.end


def _city_plausible(doc, ts: int, te: int, p: gz.Place, surface: str, named: frozenset,
                    context_ok: bool = True) -> bool:
    """A one-word city name that spaCy did not call a place ("Kennedy" in "the Kennedy Space Center", "Batman" the
    character) is that city only in a place context ("near Kennedy", "its Kennedy plant"), when the city is very
    large, or when the name is the city's own (not an alternative name) and the city is a capital or in a country
    the article names.
    Inside a longer name (``context_ok`` False) the words around it say nothing about it."""
    if p.kind != "city":
        return True
    if context_ok and (_is_locative(doc, ts, coordinated=True) or _site_noun_after(doc, te)):
        return True
    n = gz.norm(surface)
    if p.population >= 1_000_000:
        return True  # "LA", "Nizhny Novgorod": alternative names of very large cities too
    return (gz.norm(p.name) == n or n in gz.CITY_ALIASES) and (p.country_code in named or n in gz.capitals() or
                                                                (context_ok and _after_place_noun(doc, ts)))


# Words that open a sentence and that spaCy runs into the name after them ("Near Abu Kamal, ...").
_OPENING_WORDS = {"near", "in", "at", "on", "from", "to", "for", "with", "by", "outside", "inside", "after", "before",
                  "during", "since", "until", "under", "over", "across", "through", "throughout", "between", "among",
                  "against", "around", "despite", "without", "within", "into", "like", "unlike", "meanwhile",
                  "yesterday", "today", "also", "however", "but", "and", "or", "then", "when", "while", "where", "if",
                  "although", "though", "because", "as"}


# Verbs of headlines written in title case that spaCy runs into the name before them ("Garrick Stores Swings to Loss")
_HEADLINE_VERBS = {"swings", "posts", "reports", "announces", "says", "cuts", "raises", "wins", "buys", "sells",
                   "plans", "seeks", "falls", "rises", "jumps", "slumps", "sinks", "soars", "slides", "drops",
                   "climbs", "beats", "misses", "warns", "agrees", "rejects", "unveils", "launches", "opens",
                   "closes", "files", "names", "hires", "fires", "axes", "sheds", "adds", "lifts", "lowers", "boosts",
                   "tops", "expands", "recalls", "settles", "sues", "acquires", "merges", "quits", "backs", "urges",
                   "calls", "vows", "pledges", "condemns", "welcomes", "denies", "confirms", "continue", "continues"}

# headline verbs that are hardly ever nouns in a name, whatever follows ("Outbreak in West Texas Prompts School
# Closures")
_CAUSE_VERBS = {"prompts", "sparks", "triggers", "spurs"}
# what governments do in release headlines, never a word of a name: "United States Welcomes Cessation of Hostilities"
_STATEMENT_VERBS = {"welcomes", "condemns", "announces", "pledges", "urges", "deplores", "commends", "congratulates",
                    "unveils", "launches"}


def _headline_verb(doc, ent) -> Optional[int]:
    """Token index of a title-case verb inside an organisation or person name on the first line of the article (the
    headline): spaCy's tag says it (VBZ), or the word is a common headline verb followed by a preposition, an
    article or a lower-case word ("Swings to Loss")."""
    if ent.label_ not in ("ORG", "PERSON", "WORK_OF_ART") or len(ent) < 2 or \
            0 <= doc_text(doc).find("\n") < ent.start_char:
        return None
    for t in ent[1:]:
        nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if t.text[:1].isupper() and (t.tag_ == "VBZ" or t.lower_ in _CAUSE_VERBS | _STATEMENT_VERBS or (
                t.lower_ in _HEADLINE_VERBS and (
                nxt is None or nxt.pos_ in ("ADP", "DET", "PART") or nxt.is_lower))):
            return t.i
    return None


def _role_noun(word: str) -> bool:
    """A lower-case role noun, singular or plural ("actor", "athletes")."""
    return word in _ROLE_NOUNS or (word.endswith("s") and word[:-1] in _ROLE_NOUNS)


def _untagged_name_word(tok) -> bool:
    """A capitalised proper noun outside any entity, right before the next word: a given name spaCy left out."""
    return tok.ent_iob_ == "O" and tok.pos_ == "PROPN" and tok.is_alpha and tok.text[:1].isupper() and \
        not tok.text.isupper() and tok.whitespace_ == " " and tok.lower_ not in TITLES and \
        tok.text.rstrip(".").lower() not in _HONORIFICS and not gz.demonym(tok.text)


def _untagged_name_run(doc, start: int, after_ok: frozenset = frozenset()) -> Optional[int]:
    """The end of two or three capitalised proper nouns from ``start`` that spaCy left out of every entity (no word
    in capitals), when no other capitalised word follows them but one of ``after_ok`` ("MP" after "Julie Bishop");
    None otherwise."""
    k = start
    while k < len(doc) and k - start < 3 and doc[k].pos_ == "PROPN" and doc[k].is_alpha and \
            doc[k].text[:1].isupper() and not doc[k].text.isupper() and not doc[k].ent_type_:
        k += 1
    if k - start < 2 or (k < len(doc) and doc[k].text[:1].isupper() and doc[k].text not in after_ok):
        return None
    return k


def _possessed_people(doc, raw: list) -> list:
    """A person's name right after an organisation's or a place's possessive that spaCy left untagged ("the New
    Party's Lena Ho was re-elected"): a person, when it is two or three name-like words and no product."""
    add = []
    for s, e, ts, te, label in raw:
        if label not in ("ORG", "GPE", "NORP"):
            continue
        start = te if doc[te - 1].lower_ in ("'s", "’s") else te + 1 if te < len(doc) and \
            doc[te].lower_ in ("'s", "’s") else None
        k = _untagged_name_run(doc, start) if start is not None else None
        if k is None:
            continue
        surface = doc[start:k].text
        if _person_shaped(surface) and not gz.is_product(surface):
            add.append((doc[start].idx, doc[k - 1].idx + len(doc[k - 1].text), start, k, "PERSON"))
    return sorted(raw + add, key=lambda r: r[0]) if add else raw


def _people_after_honorifics(doc, raw: list) -> list:
    """Capitalised name words after an honorific that spaCy left untagged ("The Hon Julie Bishop MP", "Dr Ines
    Rocha"): a person, the words before any post-nominal letters."""
    taken = [(ts, te) for _, _, ts, te, _ in raw]
    add = []
    for t in doc:
        if not t.text[:1].isupper() or t.text.rstrip(".").lower() not in _HONORIFICS or t.i + 1 >= len(doc):
            continue
        start = t.i + 2 if doc[t.i + 1].text == "." else t.i + 1
        k = _untagged_name_run(doc, start, _POST_NOMINALS)
        if k is None or any(a < k and start < b for a, b in taken):
            continue
        surface = doc[start:k].text
        if _name_after_honorific(surface):
            add.append((doc[start].idx, doc[k - 1].idx + len(doc[k - 1].text), start, k, "PERSON"))
            taken.append((start, k))
    return sorted(raw + add, key=lambda r: r[0]) if add else raw


def _name_after_honorific(surface: str) -> bool:
    """Name words after an honorific, where a title word is a surname ("Julie Bishop", "Harold Major")."""
    words = _words(surface)
    return all(re.fullmatch(r"[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?", w) for w in words) and \
        not gz.org_head(surface) and not gz.is_known_org(surface) and gz.lookup_place(surface) is None and \
        not gz.is_product(surface) and not any(gz.demonym(w) for w in words)


def _honorific_lead(ent) -> int:
    """Tokens of "The Hon", "Mr", "Dr." at the start of an entity spaCy took for an organisation or a place, before a
    full name ("Ms Quispe" keeps its honorific: the name is one word)."""
    k = ent.start + (ent[0].lower_ == "the")
    if k >= ent.end - 1 or ent.doc[k].text.rstrip(".").lower() not in _HONORIFICS or not ent.doc[k].text[:1].isupper():
        return 0
    k += 1 + (ent.doc[k + 1].text == ".")
    return k - ent.start if ent.end - k >= 2 and _name_after_honorific(ent.doc[k:ent.end].text) else 0


def _arabic_names_whole(doc, raw: list) -> list:
    """An Arabic place name that spaCy split into two entities or ran past ("Dayr" ORG + "az" + "Zawr" PERSON) is one
    place when the gazetteer knows the whole name (by its spelling-blind key too): the pieces go."""
    arts = {t.i for t in doc if t.lower_ in gz._ARABIC_ARTICLES}
    if not arts:
        return raw
    spans = []
    i, n_tok = 0, len(doc)
    while i < n_tok:
        hit = None
        if not arts.isdisjoint(range(i + 1, i + 4)) and doc[i].text[:1].isupper() and doc[i].is_alpha:
            for n in (5, 4, 3):
                j = i + n
                if j > n_tok or not doc[j - 1].text[:1].isupper() or not doc[j - 1].is_alpha:
                    continue
                mid = doc[i + 1:j - 1]
                if not any(t.lower_ in gz._ARABIC_ARTICLES for t in mid) or \
                        not all(t.lower_ in gz._ARABIC_ARTICLES or t.text == "-" or (t.text[:1].isupper() and t.is_alpha)
                                for t in mid) or any(t.whitespace_ and t.text == "-" for t in mid):
                    continue
                ents = {t.ent_iob_ + t.ent_type_ for t in doc[i:j] if t.ent_type_}
                if sum(1 for t in doc[i:j] if t.ent_iob_ == "B") < 2 and not ents & {"BPERSON", "BORG"}:
                    continue  # one place spaCy tagged whole (or nothing): left to the rest
                p = gz.lookup_place(doc[i:j].text)
                if p is not None and p.country_code and gz.arabic_form(gz.norm(doc[i:j].text)):
                    hit = (i, j)
                    break
        if hit:
            spans.append(hit)
            i = hit[1]
        else:
            i += 1
    if not spans:
        return raw
    out = [r for r in raw if not any(r[2] < b and a < r[3] for a, b in spans)]
    out.extend((doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text), a, b, "GPE") for a, b in spans)
    return sorted(out, key=lambda r: r[0])


_LONG_FORM_ON = re.compile(r"((?:(?:[A-Z][\w'’&.-]*|(?:al|el|an|ad|ar|as|ash|at|az)-[A-Z][\w'’&.-]*)\s+"
                           r"(?:(?:of|for|and|the|on|in|&|de|\d+)\s+)*)*[A-Z][\w'’&.-]*)\s*$")


def _spells(acronym: str, long_form: str) -> bool:
    """The acronym's letters are, in order, among the long form's capitals: "AQAP" in "Al-Qaida in the Arabian
    Peninsula", not in "Arabian Peninsula"."""
    caps = iter(c for c in long_form[:1].upper() + long_form[1:] if c.isupper() or c.isdigit())
    return all(ch in caps for ch in acronym if ch.isalnum())


def find_mentions(doc) -> list[Mention]:
    text = doc_text(doc)
    raw: list[tuple[int, int, int, int, str]] = []  # char start, end, token start, end, spaCy label
    for ent in doc.ents:
        if ent.label_ in _SKIP_LABELS:
            continue
        prev = raw[-1] if raw else None
        if prev and ent.end <= prev[3]:
            continue  # inside the name before, which ran on over it
        if prev and prev[3] == ent.start and prev[4] == "ORG" and ent.label_ in ("PERSON", "PRODUCT") and \
                len(ent) == 1 and not gz.is_media(doc[prev[2]:prev[3]].text) and \
                doc[prev[3] - 1].whitespace_ == " ":
            # a brand and a model name: "Chevrolet Volt", "Toyota Prius" is one product
            raw[-1] = (prev[0], ent.end_char, prev[2], ent.end, "PRODUCT")
            continue
        if prev and prev[4] == "NORP" and prev[3] == ent.start and doc[prev[3] - 1].whitespace_ and \
                getattr(gz.lookup_place(doc[prev[2]:ent.end].text), "kind", None) in ("country", "subdivision", "region"):
            raw[-1] = (prev[0], ent.end_char, prev[2], ent.end, "GPE")  # "French" + "Guiana": French Guiana
            continue
        if prev and prev[3] == ent.start and prev[4] == "ORG" and gz.norm(ent.text) in gz.CORPORATE_SUFFIXES:
            raw[-1] = (prev[0], ent.end_char, prev[2], ent.end, "ORG")  # "Chrysler" + "LLC"
            continue
        if prev and prev[4] == "ORG" and _continues_org_name(doc, prev[3], ent):
            # "the Andy Warhol Foundation" + "for" + "the Visual Arts" is one organisation
            raw[-1] = (prev[0], ent.end_char, prev[2], ent.end, "ORG")
            continue
        if prev and prev[3] == ent.start and ent.label_ == "GPE" and len(ent) == 1 and \
                _first_name_and_city(doc, prev, ent):
            # "Valeska Paris" tagged as two places: a person whose surname is a city
            raw[-1] = (prev[0], ent.end_char, prev[2], ent.end, "PERSON")
            continue
        if len(ent) > 1 and ent[0].is_sent_start and ent[0].lower_ in _OPENING_WORDS and ent[1].text[:1].isupper() \
                and gz.lookup_place(ent.text) is None and not gz.is_known_org(ent.text) and not gz.demonym(ent.text):
            ent = Span(doc, ent.start + 1, ent.end, label=ent.label_)  # "Near Abu Kamal": the name after "Near"
        if ent.start > 0 and doc[ent.start - 1].text == "Operation" and \
                ent.label_ in ("PERSON", "ORG", "GPE", "LOC", "PRODUCT", "WORK_OF_ART", "FAC"):
            ent = Span(doc, ent.start - 1, ent.end, label="EVENT")  # "Operation Inherent Resolve": an operation
        elif len(ent) > 1 and ent[0].text == "Operation" and ent[1].text[:1].isupper() and \
                ent.label_ in ("ORG", "PERSON", "FAC", "GPE"):
            ent = Span(doc, ent.start, ent.end, label="EVENT")
        if ent[0].lower_ in _EVENT_TAILS and ent[0].text[:1].isupper() and ent.start > 0 and \
                not doc[ent.start - 1].ent_type_ and doc[ent.start - 1].text[:1].isupper() and \
                gz.lookup_place(doc[ent.start - 1].text) is not None and (not raw or raw[-1][3] <= ent.start - 1):
            ent = Span(doc, ent.start - 1, ent.end, label="EVENT")  # "Algarve" + "Classic": the tournament
        cut_num = next((t.i for t in ent[1:] if t.like_num and t.i + 1 < len(doc) and
                        doc[t.i + 1].lower_ in ("percent", "%", "per", "points")), None)
        if cut_num is not None:
            ent = Span(doc, ent.start, cut_num, label=ent.label_)  # "Trump 44 percent to": the name before the figure
        lead = _honorific_lead(ent) if ent.label_ in ("ORG", "GPE", "NORP", "FAC") else 0
        if lead:
            ent = Span(doc, ent.start + lead, ent.end, label="PERSON")  # "The Hon Julie Bishop": the person
        cut = _headline_verb(doc, ent)
        if cut is not None:  # "United States Announces Additional Humanitarian Assistance": the name before the verb
            if cut == ent.start:
                continue
            sub = doc[ent.start:cut]
            placed = gz.lookup_place(sub.text) is not None or (
                len(sub) > 1 and sub[0].lower_ in _COMPASS and gz.lookup_place(sub[1:].text) is not None)
            ent = Span(doc, ent.start, cut, label="GPE" if placed else ent.label_)  # "West Texas Prompts ..."
        if len(ent) == 1 and ent.label_ in ("GPE", "LOC", "ORG", "NORP", "PERSON") and ent.start >= 2 and \
                _role_noun(doc[ent.start - 2].text) and _untagged_name_word(doc[ent.start - 1]):
            ent = Span(doc, ent.start - 1, ent.end, label="PERSON")  # "athletes Vitas Gerulaitis": one person
        if ent.label_ in ("GPE", "NORP") and ent.start > 0 and doc[ent.start - 1].text == "Team" and \
                doc[ent.start - 1].whitespace_ and gz.lookup_place(ent.text) is not None and \
                gz.lookup_place(ent.text).kind == "country":
            ent = Span(doc, ent.start - 1, ent.end, label="ORG")  # "Team Estonia", "Team GB": a national team
        end = min(_without_trailing_title(ent), _without_trailing_score(ent))
        if ent.label_ == "PERSON" and end == ent.end and end + 1 < len(doc) and doc[end].text == "-" and \
                not doc[end - 1].whitespace_ and not doc[end].whitespace_ and doc[end + 1].is_lower and \
                doc[end + 1].is_alpha and doc[end + 1].lower_ not in _COMPOUND_SUFFIXES:
            end += 2  # "Wong Kwok" + "-hing": a hyphenated given name spaCy cut short (not "Toulouse" + "-based")
        if ent.label_ == "ORG" and end == ent.end:
            end = _name_runs_on(doc, end)  # "the Global Coalition" + "to Defeat ISIS"
        label = ent.label_
        if label in ("PERSON", "GPE", "NORP") and end == ent.end and end < len(doc) and not doc[end].ent_type_ and \
                doc[end].text[:1].isupper() and doc[end].lower_ in _SECTOR_WORDS and \
                doc[end - 1].whitespace_:
            end, label = end + 1, "ORG"  # "Al Noor" + "Airways", "Halvorsen" + "Aircraft": a company
        if ent.label_ in ("GPE", "LOC") and end == ent.end and end < len(doc) and doc[end].text == "City" and \
                not doc[end].ent_type_ and doc[end - 1].whitespace_ == " " and \
                gz.lookup_place(doc[ent.start:end + 1].text) is not None:
            end += 1  # "Taipei" + "City", "Kansas" + "City": the city's name
        if label == "PERSON" and end - ent.start >= 2 and _big_city_name(doc[ent.start:end]):
            label = "GPE"  # "Belo Horizonte wants change": a city of millions, whatever the tagger made of it
        raw.append((ent.start_char, doc[end - 1].idx + len(doc[end - 1].text), ent.start, end, label))

    raw = _arabic_names_whole(doc, raw)
    raw = _possessed_people(doc, raw)
    raw = _people_after_honorifics(doc, raw)

    # full names of people in the article, for surname coreference; titles they were introduced with
    full_people: dict[str, str] = {}  # surname (norm) -> full name
    title_of: dict[str, str] = {}  # title -> full name
    modifier_names: set[str] = set()
    all_full: set[str] = set()  # every full name (full_people keeps one per surname)
    for s, e, ts, te, label in raw:
        if label != "PERSON":
            continue
        cs, ce = _strip_span(doc, s, e, text)
        name = _strip_titles(text[cs:ce])
        words = _words(name)
        if len(words) >= 2 and not gz.is_known_org(name) and words[0][:1].isupper() and not name.isupper() and \
                all(w[:1].isupper() or _NAME_PARTICLE.match(w) or w in _PARTICLES for w in words) and \
                not _possessor_of_person(doc, ts, te) and not _company_shaped(name) and not gz.facility_head(name) and \
                not gz.is_product(text[cs:ce]) and not re.fullmatch(r"[A-Z]{2,6}(?:['’]s)?", words[-1]) and \
                not re.fullmatch(r"[A-Z]{3,6}", words[0]) and \
                not re.match(r"(?i)(?:pro|anti)-", name) and words[-1].lower() not in _CLUB_WORDS and \
                not _AIR_BASE.fullmatch(name) and not _common_words_in_headline(doc, ts, te, label, name):
            full_people.setdefault(gz.norm(words[-1]), name)
            all_full.add(name)
            bare_surname = re.match(r"(?:al|el|ad|as|ash|at|az)-([A-Z]\w+)$", words[-1])
            if bare_surname:  # "Assad" after "Bashar al-Assad"
                full_people.setdefault(gz.norm(bare_surname.group(1)), name)
            if _used_as_modifier(doc, ts, te):
                modifier_names.add(name)
            title = _title_before(doc, ts)
            if title:
                title_of.setdefault(title, name)
    for k in list(full_people):
        if k in gz.countries():
            full_people.pop(k)
    # first names of people named in full, when only one person has that first name ("Chelsea" after "Chelsea
    # Clinton") and it is no surname, place or organisation
    first_counts: dict[str, set] = {}
    for name in all_full:
        if name in modifier_names:
            continue
        first_counts.setdefault(gz.norm(_words(name)[0]), set()).add(name)
    first_names = {k: next(iter(v)) for k, v in first_counts.items()
                   if len(v) == 1 and len(k) >= 3 and k not in full_people and k not in TITLES and
                   _no_big_place(k.title()) and not gz.is_known_org(k.title()) and not gz.demonym(k)}

    # a person's surname used with another word as a modifier is no full name: "the Warhol Polaroid exhibits" after
    # "Andy Warhol" (but "Leung Che-cheung" after "Ann Leung" is: surname first)
    surnames = set(full_people)
    for k, name in list(full_people.items()):
        if gz.norm(_words(name)[0]) in surnames and name in modifier_names:
            full_people.pop(k)
            title_of = {t: v for t, v in title_of.items() if v != name}

    # acronyms introduced in brackets: "Korean People's Army (KPA)"
    acronyms: dict[str, str] = {}
    for m in re.finditer(r"([A-Z][\w'’&.\- ]{3,80}?)\s*\(([A-Z][A-Z0-9.&]{1,9})\)", text):
        long = re.search(r"((?:[A-Z][\w'’&.-]*\s+(?:(?:of|for|and|the|on|&|de|\d+)\s+)*)*[A-Z][\w'’&.-]*)\s*$",
                         m.group(1))
        long_form = re.sub(r"^(?:The|A|An)\s+", "", (long.group(1) if long else m.group(1)).strip())
        if not _spells(m.group(2), long_form):
            # "al-Qaida in the Arabian Peninsula (AQAP)": the name runs on over "in" and an Arabic article
            longer = _LONG_FORM_ON.search(text[max(0, m.start(1) - 40):m.end(1)])
            starts = [w.start() for w in re.finditer(r"(?<!\S)\S", longer.group(1))] if longer else []
            for st in starts:  # the longest run that spells it and starts with its letter ("Raids on al-Qaida ...")
                cand = longer.group(1)[st:]
                if cand[:1].upper() == m.group(2)[:1] and _spells(m.group(2), cand):
                    long_form = cand
                    break
        if long_form[:1].upper() == m.group(2)[:1]:  # "NAIROBI, Kenya (AP)": no long form of "AP"
            acronyms.setdefault(gz.norm(m.group(2)), long_form)

    named = _countries_named(doc)
    mentions: list[Mention] = []
    for s, e, ts, te, label in raw:
        cs, ce = _strip_span(doc, s, e, text)
        if ce <= cs:
            continue
        surface = text[cs:ce]
        if not any(c.isalpha() for c in surface):
            continue
        stance = re.match(r"(?i)(?:pro|anti)-\S+\s+(?=[A-Z])", surface) or _HYPHEN_WORD.match(surface)
        if stance:  # "Pro-Beijing DAB", "Pan-democrat Lo Siu-ming": the name after the stance
            cs += stance.end()
            surface = text[cs:ce]
            span = doc.char_span(cs, ce, alignment_mode="expand")
            ts = span.start if span is not None else ts
        elif re.match(r"(?i)(?:pro|anti)-", surface) or re.search(r"(?i)\b(?:pro|anti)-$", text[max(0, cs - 5):cs]):
            continue  # "pro-Beijing", "anti-Pyongyang" are stances, not mentions
        proper = gz.looks_proper(surface)
        m = _classify(doc, cs, ce, ts, te, label, surface, proper, full_people, acronyms, named)
        if m is not None and len(_words(surface)) == 1 and gz.norm(surface) in first_names and \
                surface[:1].isupper() and (m.entity_type == "organization" or (
                    m.entity_type in ("person", "place") and m.entity_key in ("person:" + gz.norm(surface),
                                                                             "place:" + gz.norm(surface)))):
            full = first_names[gz.norm(surface)]  # "Chelsea" after "Chelsea Clinton": that person
            m = Mention(m.char_start, m.char_end, m.text, full, "person", _person_key(full))
        if m is None:
            continue
        mentions.append(m)
        if (m.entity_type in ("organization", "other") or m.entity_key.startswith("place:")) and \
                len(_words(m.text)) > 1 and not m.entity_key.startswith("index:"):
            nested = _nested_places(doc, m, named)
            mentions.extend(nested)
            if m.entity_type == "place":
                mentions.extend(_named_for_place(doc, m, nested))
            if m.entity_type == "other":
                mentions.extend(_nested_known_orgs(m))
        if label == "PERSON" and m.entity_key.startswith("place:") and gz.facility_head(m.name):
            mentions.extend(_namesake(m))
        if m.entity_type == "place" and _AIR_BASE.fullmatch(m.text):  # the air force in "RAF Akrotiri"
            mentions.append(Mention(m.char_start, m.char_start + 3, "RAF", "RAF", "organization", _org_key("RAF")))

    mentions.extend(_scan_places(doc, mentions, full_people, acronyms, named))
    mentions.extend(_scan_demonyms(doc, mentions))
    sports = _is_sports(doc)
    if sports:
        mentions = _as_teams(doc, mentions)
    mentions.extend(_scan_missed(doc, mentions, full_people))
    mentions = _known_orgs_whole(doc, mentions)
    mentions.extend(_scan_org_names(doc, mentions, acronyms, named))
    mentions.extend(_title_mentions(doc, title_of, mentions))
    mentions = _offices_whole(doc, mentions)
    mentions = _untagged_long_forms(doc, mentions, acronyms)
    mentions = _acronyms_follow_long_form(doc, mentions, acronyms)
    mentions = _acronyms_by_initials(mentions, acronyms)
    mentions = _appositive_types(doc, mentions)
    mentions = _org_short_forms(doc, mentions)
    mentions = _club_short_forms(mentions)
    mentions = _companies_named_as_people(doc, mentions)
    mentions = _vote_types(mentions)
    mentions = _honorifics_are_people(mentions, full_people)
    mentions = _storms(doc, mentions)
    mentions = _office_and_place(mentions)
    mentions = _places_of_residents(doc, mentions)
    mentions = _role_then_person(mentions)
    if sports:
        mentions = _clubs_by_town(doc, mentions)
    mentions = _full_names_whole(doc, mentions)
    mentions = _list_types(doc, mentions)
    mentions.extend(_repeat_names(doc, mentions))
    mentions.extend(_nested_people(mentions))
    mentions = _drop_heads_of_org_names(mentions)
    mentions = _georgia_the_state(doc, mentions)
    mentions = _cities_before_their_region(doc, mentions)
    mentions = _namesake_cities(doc, mentions)
    mentions = _places_by_cue(doc, mentions)
    mentions = _cities_after_locatives(doc, mentions)
    mentions = _places_after_near(doc, mentions)
    mentions = _foreign_org_names(mentions)
    mentions.extend(_dateline_places(doc, mentions))
    _country_of_unknown_places(doc, mentions)
    mentions = _washington_dc(doc, mentions)
    mentions = _no_currency_codes(doc, mentions)
    if not sports:
        mentions = _cities_typed_as_organisations(mentions)
    mentions.sort(key=lambda m: (m.char_start, -m.char_end))
    return _dedupe(mentions)


def _cities_typed_as_organisations(mentions: list[Mention]) -> list[Mention]:
    """'as Reykjavík votes', 'the people of Reykjavík': a one-word name of a city of 100,000 people or more that the
    tagger called an organisation and no organisation is named so is the city (not in a sports report, where a town
    names its club)."""
    out = []
    for m in mentions:
        city = _city_named(m.text, 100_000) if m.entity_type == "organization" and len(_words(m.text)) == 1 else None
        if city is not None and not gz.is_known_org(m.text) and not gz.is_media(m.text):
            m = _place_mention(m.char_start, m.char_end, m.text, city)
        out.append(m)
    return out


def _city_named(text: str, population: int) -> Optional[gz.Place]:
    """The gazetteer's city of at least ``population`` people whose own name ``text`` is, or None."""
    city = gz.cities().get(gz.norm(text))
    if city is None or (city.population or 0) < population or gz.norm(city.name) != gz.norm(text):
        return None
    return city


_CURRENCY_SET = frozenset(_CURRENCY_CODES)
_AMOUNT_AFTER = re.compile(r"\s?[\d.,]*\d")
_AMOUNT_BEFORE = re.compile(r"\d(?:[\d.,]*\d)?(?:\s+(?:million|billion|trillion|thousand|bn|m))?\s?$", re.I)


def _no_currency_codes(doc, mentions: list[Mention]) -> list[Mention]:
    """'a contribution of CHF 8 million', '1.1 billion DKK': an ISO 4217 code next to an amount is a unit of money,
    no organisation."""
    text = doc_text(doc)
    return [m for m in mentions if not (
        m.text in _CURRENCY_SET and (_AMOUNT_AFTER.match(text, m.char_end)
                                     or _AMOUNT_BEFORE.search(text[max(0, m.char_start - 30):m.char_start])))]


def _big_city_name(span) -> bool:
    """A name of several words that is a city of a million people or more, with no title or role before it."""
    if _city_named(span.text, 1_000_000) is None:
        return False
    prev = span.doc[span.start - 1] if span.start else None
    return prev is None or not (prev.lower_.rstrip(".") in TITLES or _role_noun(prev.text))


_DC_AFTER = re.compile(r",?[ \t]*(D\.C\.|DC)(?![\w])")
# a comma (and "the") between a place and the region or country that places it ("Zwettl, Lower Austria")
_COMMA_AFTER = re.compile(r",\s*(?:the\s+)?")
_LISTED = re.compile(r"\s*(?:,|,?\s*and|,?\s*or)\s*")


def _washington_dc(doc, mentions: list[Mention]) -> list[Mention]:
    """"Washington, DC" / "Washington, D.C." is one place, the city: "DC" is no state of its own."""
    text = doc_text(doc)
    out = []
    drop = set()
    for i, m in enumerate(mentions):
        if m.text != "Washington" or m.entity_type not in ("place", "country"):
            continue
        hit = _DC_AFTER.match(text[m.char_end:])
        if not hit:
            continue
        e = m.char_end + hit.end()
        city = gz.lookup_place("Washington, D.C.") or gz.lookup_place("Washington D.C.") or \
            gz.lookup_place("Washington")
        drop.add(i)
        drop.update(k for k, o in enumerate(mentions) if m.char_end <= o.char_start and o.char_end <= e)
        out.append(_place_mention(m.char_start, e, text[m.char_start:e], city) if city is not None else
                   Mention(m.char_start, e, text[m.char_start:e], m.name, m.entity_type, m.entity_key, m.country_code))
    if not drop:
        return mentions
    return [m for k, m in enumerate(mentions) if k not in drop] + out


_GEORGIA_WORDS = re.compile(r"(?i)^(?:the\s+)?georgia(?:n|ns)?(?:['’]s?)?(?=\s|$)")
# Places that put an article in the Caucasus: Georgia's neighbours, the region; any other place of Georgia
# (Tbilisi, Abkhazia, South Ossetia, a GE- subdivision) counts too.
_CAUCASUS_CODES = {"GEO", "ARM", "AZE"}
_CAUCASUS_KEYS = {"region:caucasus", "region:south caucasus", "region:transcaucasia", "region:black sea"}


def _georgia_the_state(doc, mentions: list[Mention]) -> list[Mention]:
    """"Georgia", "Georgians", "the Georgia Senate race" are the US state in an American article: when the article's
    other places include an American one (a state, city or county, or the United States itself) and none points to
    the Caucasus (Tbilisi, Abkhazia, a GE- subdivision, Armenia, Azerbaijan, the Caucasus), and Russia is not named
    without an American town or state. Otherwise Georgia stays the country."""
    ours = {id(m) for m in mentions if m.country_code == "GEO" and _GEORGIA_WORDS.match(m.text)}
    if not ours:
        return mentions
    others = [m for m in mentions if id(m) not in ours]
    american_local = any(m.country_code == "USA" and m.entity_key.startswith(("iso2:US-", "uscounty:", "geonames:"))
                         for m in others)
    american = american_local or any(m.country_code == "USA" and m.entity_type in ("country", "place")
                                     for m in others)
    caucasus = any(m.country_code in _CAUCASUS_CODES or m.entity_key in _CAUCASUS_KEYS for m in others)
    # "the invasions of Georgia and Ukraine": listed with another country, Georgia is one
    text = doc_text(doc)
    for m in mentions:
        if id(m) not in ours:
            continue
        for o in others:
            if o.entity_type == "country" and o.country_code != "USA" and (
                    (0 <= o.char_start - m.char_end < 8 and _LISTED.fullmatch(text[m.char_end:o.char_start])) or
                    (0 <= m.char_start - o.char_end < 8 and _LISTED.fullmatch(text[o.char_end:m.char_start]))):
                caucasus = True
    russia = any(m.country_code == "RUS" for m in others)
    if not american or caucasus or (russia and not american_local):
        return mentions
    state = gz.subdivision_by_code("US-GA")
    out = []
    for m in mentions:
        if id(m) in ours and state is not None:
            if m.entity_type == "country" or (m.entity_type == "place" and m.entity_key == "iso:GEO"):
                m = _place_mention(m.char_start, m.char_end, m.text, state)
            else:  # "Georgians" (people of the state), "the Georgia Senate"
                key = "people:US-GA" if m.entity_key == "people:GEO" else \
                    "iso2:US-GA" if m.entity_key == "iso:GEO" else m.entity_key
                m = Mention(m.char_start, m.char_end, m.text, m.name if m.entity_type != "group" else "Georgia",
                            m.entity_type, key, "USA", None, m.wikidata_id)
        out.append(m)
    return out


def _in_subdivision(city: gz.Place, region_key: str) -> bool:
    """A city is in the region a text puts it in: any city of a country; of an ISO subdivision, one whose GeoNames
    first-level code is the subdivision's own (US states: "WV"; elsewhere not compared)."""
    if not region_key.startswith("iso2:US-"):
        return True
    return gz.us_city_states().get(city.geonames_id) == region_key.split("-", 1)[1]


def _cities_before_their_region(doc, mentions: list[Mention]) -> list[Mention]:
    """A one- or two-word name spaCy called a person or an organisation, followed by a comma and a region or country
    that has a city of that name, is that city: "plants in Janesville, Wisconsin, and Oshawa, Ontario"."""
    text = doc_text(doc)
    regions = {m.char_start: m for m in mentions if m.country_code and
               (m.entity_type == "country" or m.entity_key.startswith("iso2:"))}
    out = []
    for m in mentions:
        after = _COMMA_AFTER.match(text[m.char_end:m.char_end + 8]) \
            if m.entity_type in ("person", "organization") and len(_words(m.text)) <= 2 and gz.looks_proper(m.text) \
            and not gz.is_known_org(m.text) and not _title_before(doc, _token_at(doc, m.char_start)) else None
        region = regions.get(m.char_end + after.end()) if after else None
        if region is not None:
            one = gz.lookup_place(m.text)
            cands = gz.city_candidates().get(gz.norm(m.text)) or ((one,) if one is not None and one.kind == "city"
                                                                  else ())
            pick = next((c for c in cands if c.country_code == region.country_code and
                         _in_subdivision(c, region.entity_key)), None)
            if pick is not None and gz.norm(pick.name) == gz.norm(m.text):
                m = _place_mention(m.char_start, m.char_end, m.text, pick)
        out.append(m)
    return out


def _token_at(doc, char: int) -> int:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None else 0


def _named_for_namesakes(doc, mentions: list[Mention]) -> set:
    """Countries an article names as countries or nationalities, or by subdivisions no other country has."""
    return set(_countries_named(doc, subdivisions=False)) | {
        o.country_code for o in mentions if o.country_code and o.entity_key.startswith(("iso2:", "uscounty:")) and
        not gz.subdivision_namesakes(gz.norm(o.text))}


def _namesake_cities(doc, mentions: list[Mention]) -> list[Mention]:
    """A city the gazetteer chose among namesakes in another country than the article's: "Fairview, W.Va." is the
    American Fairview (or, with none in the gazetteer, an unknown town of West Virginia), not the Canadian one; "St.
    Petersburg" in an article about Russia and Estonia is Russia's city, not Florida's. The region or country after
    its comma decides; otherwise, for a city of under a million people in a country the article does not name, the
    most populous namesake in a country it names (as a country, a nationality or by a subdivision). A subdivision
    several countries have ("Punjab") is the one of a country the article names."""
    text = doc_text(doc)
    by_start = {m.char_start: m for m in mentions if m.country_code and
                (m.entity_type == "country" or m.entity_key.startswith(("iso2:", "uscounty:")))}
    named = None
    out = []
    for m in mentions:
        if m.entity_key.startswith("iso2:") and m.entity_type == "place":
            subs = gz.subdivision_namesakes(gz.norm(m.text))
            if subs:
                if named is None:
                    named = _named_for_namesakes(doc, mentions)
                pick = next((q for q in subs if q.country_code in named), None) \
                    if m.country_code not in named else None
                m = _place_mention(m.char_start, m.char_end, m.text, pick) if pick else m
            out.append(m)
            continue
        if not m.entity_key.startswith("geonames:") or m.entity_type != "place":
            out.append(m)
            continue
        cands = gz.city_candidates().get(gz.norm(m.text), ())
        after = _COMMA_AFTER.match(text[m.char_end:m.char_end + 8])
        region = by_start.get(m.char_end + after.end()) if after else None
        if region is not None and region.country_code != m.country_code:
            pick = next((c for c in cands if c.country_code == region.country_code and
                         _in_subdivision(c, region.entity_key)), None)
            out.append(_place_mention(m.char_start, m.char_end, m.text, pick) if pick else
                       Mention(m.char_start, m.char_end, m.text, m.text.title() if m.text.isupper() else m.text,
                               "place", "place:" + gz.norm(m.text), region.country_code))
            continue
        current = next((c for c in cands if c.key == m.entity_key), None)
        if region is not None or current is None or current.population >= 1_000_000:
            out.append(m)
            continue
        if named is None:
            named = _named_for_namesakes(doc, mentions)
        if m.country_code in named:
            out.append(m)
            continue
        pick = next((c for c in cands if c.country_code in named and c.population >= 100_000), None)
        out.append(_place_mention(m.char_start, m.char_end, m.text, pick) if pick else m)
    return out


# Nouns before "of" that make the next name a settlement ("the town of Zwettl").
_SETTLEMENT_NOUNS = {"town", "village", "city", "township", "district", "municipality", "hamlet", "settlement",
                     "commune", "suburb", "locality", "area", "county", "province", "region"}
_SUBNATIONAL_KEYS = ("geonames:", "iso2:", "uscounty:")
# Names of the planet and other bodies, which spaCy tags as places but which are in no country.
_CELESTIAL = {"earth", "moon", "mars", "venus", "mercury", "jupiter", "saturn", "sun", "space", "orbit"}


def _country_of_unknown_places(doc, mentions: list[Mention]) -> None:
    """A place the gazetteer does not know ("place:<name>") takes a country from its text: the region or country
    after a comma ("Zwettl, Lower Austria", "Kibumba, Congo"), else, when it is a settlement in a place context
    ("near Kibumba", "in the town of Zwettl", "in Kanbalu Township"), the one country of all the towns and
    subdivisions the article names. Changes the mentions in place (only their country code)."""
    text = doc_text(doc)
    by_start = {m.char_start: m for m in mentions if m.country_code and m.entity_type in ("place", "country")}
    local = {m.country_code for m in mentions if m.country_code and m.entity_key.startswith(_SUBNATIONAL_KEYS)}
    for m in mentions:
        if m.entity_type != "place" or m.country_code or not m.entity_key.startswith("place:"):
            continue
        after = _COMMA_AFTER.match(text[m.char_end:m.char_end + 8])
        nxt = by_start.get(m.char_end + after.end()) if after else None
        if nxt is not None and (nxt.entity_type == "country" or nxt.entity_key.startswith(("iso2:", "uscounty:"))):
            m.country_code = nxt.country_code
            continue
        words = _words(m.name)
        if gz.norm(m.name) in _CELESTIAL:
            continue
        span = doc.char_span(m.char_start, m.char_end, alignment_mode="expand")
        if span is None:
            continue
        sent = span.sent  # the towns and subdivisions of its own sentence first ("near Al-Qaim and Rawah in Anbar")
        near = {o.country_code for o in mentions if o.country_code and o.entity_key.startswith(_SUBNATIONAL_KEYS)
                and sent.start_char <= o.char_start < sent.end_char}
        country = next(iter(near)) if len(near) == 1 else next(iter(local)) if len(local) == 1 and not near else None
        if country is None or not m.text[:1].isupper() or words[0].lower() in _COMPASS or \
                gz.facility_head(m.name) or gz.org_head(m.name) or len(words) > 3:
            continue
        ts = span.start - (span.start > 0 and doc[span.start - 1].lower_ == "the")
        settlement = ts >= 2 and doc[ts - 1].lower_ == "of" and doc[ts - 2].lower_ in _SETTLEMENT_NOUNS
        if settlement or _is_locative(doc, span.start, coordinated=True):
            m.country_code = country


def _drop_heads_of_org_names(mentions: list[Mention]) -> list[Mention]:
    """A party word that ends an organisation's name is part of it, not people: "the Neo Democrats"."""
    org_spans = [(m.char_start, m.char_end) for m in mentions if m.entity_type == "organization"]
    return [m for m in mentions if not (
        m.entity_key.startswith(("people:", "group:")) and
        any(a < m.char_start and b == m.char_end for a, b in org_spans))]


_GAZ_KEYS = ("iso:", "geonames:", "iso2:", "uscounty:", "region:", "team:", "role:")
_VOTING = {"person": "person:", "organization": "org:", "place": "place:"}


def _city_named_like_person(m: Mention, votes: dict[str, int]) -> bool:
    """A one-word name linked to a city that the article mostly uses for a person ("Gloria" the girl, once tagged a
    place) may be re-typed by the vote."""
    return m.entity_key.startswith("geonames:") and len(_words(m.text)) == 1 and \
        votes.get("person", 0) > sum(votes.values()) - votes.get("person", 0)


def _vote_types(mentions: list[Mention]) -> list[Mention]:
    """One type per name within an article: a name spaCy typed differently in different sentences ("Sea Org" as a
    place twice and an organisation three times) takes the majority type. Gazetteer-linked mentions vote but keep
    their own type, except a city whose name is mostly a person's; a tie changes nothing."""
    votes: dict[str, dict[str, int]] = {}
    for m in mentions:
        if m.entity_type in _VOTING or m.entity_key.startswith("product:"):
            v = votes.setdefault(gz.norm(m.text), {})
            v[m.entity_type] = v.get(m.entity_type, 0) + 1
    # a product's own short name ("Space Shuttle Atlantis" ... "Atlantis") is that product too
    aliases = {}
    for m in mentions:
        if m.entity_key.startswith("product:") and len(_words(m.text)) > 1:
            last = gz.norm(_words(m.text)[-1])
            if last != gz.norm(m.text) and _words(m.text)[-1][:1].isupper():
                aliases[last] = m
    out = []
    for m in mentions:
        al = aliases.get(gz.norm(m.text))
        if al is not None and m.entity_type in ("person", "organization", "place"):
            out.append(Mention(m.char_start, m.char_end, m.text, al.name, "other", al.entity_key))
            continue
        v = votes.get(gz.norm(m.text))
        if m.entity_type in _VOTING and v and len(v) > 1 and \
                (not m.entity_key.startswith(_GAZ_KEYS) or _city_named_like_person(m, v)) and \
                not (m.entity_type == "organization" and gz.is_known_org(m.text)):
            best, count = max(v.items(), key=lambda kv: kv[1])
            if best != m.entity_type and count > sum(v.values()) - count:
                bare = re.sub(r"^(?i:the)\s+", "", m.name)
                key = _person_key(bare) if best == "person" else _org_key(bare) if best == "organization" \
                    else "place:" + gz.norm(bare) if best == "place" else "product:" + gz.norm(bare)
                m = Mention(m.char_start, m.char_end, m.text, bare, best, key,
                            None if best == "person" else m.country_code)
        out.append(m)
    return out


def _scan_demonyms(doc, found: list[Mention]) -> list[Mention]:
    """Nationality words spaCy did not tag ("Somali security forces", "the Somalis"): a group of the country, or
    its people when used as a noun."""
    taken = [(m.char_start, m.char_end) for m in found]
    toks = list(doc)
    out = []
    i = 0
    while i < len(toks):
        tok = toks[i]
        if not (tok.text[:1].isupper() and tok.is_alpha):
            i += 1
            continue
        hit = None
        two = i + 1 < len(toks) and toks[i + 1].is_alpha and tok.whitespace_ == " " and \
            gz.demonym(tok.text + " " + toks[i + 1].text)
        for n in ((2, 1) if two else (1,)):
            if n == 1 and not gz.demonym(tok.text):
                continue
            span = doc[i:i + n]
            if not any(a < span.end_char and span.start_char < b for a, b in taken):
                hit = span
                break
        if hit is None or (hit.end < len(doc) and hit.end_char == doc[hit.end].idx and doc[hit.end].text == "-") or \
                (hit.start > 0 and doc[hit.start - 1].text in ("-", "pro-", "anti-")):
            i += 1
            continue
        code = gz.demonym(hit.text)
        if _names_people(doc, hit.end, hit.text):
            out.append(Mention(hit.start_char, hit.end_char, hit.text, hit.text, "person", f"people:{code}", code))
        else:
            c = gz.country(code)
            out.append(Mention(hit.start_char, hit.end_char, hit.text, c.name if c else hit.text, "group",
                               f"iso:{code}", code))
        taken.append((hit.start_char, hit.end_char))
        i = hit.end
    return out


def _scan_places(doc, found: list[Mention], full_people, acronyms, named: frozenset = frozenset()) -> list[Mention]:
    """Countries, regions, subdivisions and large cities in the gazetteer that spaCy did not tag ("Tasmania was
    excluded", "the Lombardy region"), and smaller cities of a country the article names in a place context ("its
    Trnava plant", "near Trnava"). Only stand-alone capitalised proper nouns, not parts of longer names."""
    taken = [(m.char_start, m.char_end) for m in found]
    # names the article also uses as gazetteer places: spaCy's part of speech does not matter for those ("Leeds" read
    # as a verb, "Toulouse" as a noun at the start of a headline)
    placed = {m.text for m in found if m.entity_key.startswith(("iso:", "geonames:", "iso2:"))} | \
        {t.text for t in doc if t.text[:1].isupper() and t.is_alpha and not t.is_sent_start and
         _place_compound_after(doc, t.i + 1) and gz.lookup_place(t.text) is not None}
    out = []
    i, n_tok = 0, len(doc)
    cap = [t.text[:1].isupper() and (t.is_alpha or t.text in ("U.S.", "U.K.")) for t in doc]
    while i < n_tok:
        hit = None
        if not cap[i]:
            i += 1
            continue
        for n in (3, 2, 1):
            j = i + n
            if j > n_tok or not all(cap[i:j]):
                continue
            span = doc[i:j]
            if (span[-1].pos_ != "PROPN" and not (span[-1].pos_ in ("ADJ", "NOUN") and not span[0].is_sent_start
                                                   and _region_word_after(doc, j)) and span.text not in placed) or \
                    span.text.lower() in gz._NOT_PLACES:  # "the Lombardy region" with "Lombardy" an adjective
                continue
            if any(a < span.end_char and span.start_char < b for a, b in taken):
                continue
            prev_cap = i > 0 and doc[i - 1].text[:1].isupper() and doc[i - 1].is_alpha and not doc[i].is_sent_start \
                and not (doc[i - 1].lower_ in ("the", "a", "an") and _place_compound_after(doc, j))
            next_cap = j < n_tok and doc[j].text[:1].isupper() and doc[j].is_alpha
            # an attached hyphen makes a compound ("anti-U.S."); a spaced dash only separates ("2016 - U.S. forces")
            if prev_cap or next_cap or (i > 0 and doc[i - 1].text in ("-", "pro-", "anti-") and
                                        not doc[i - 1].whitespace_) or \
                    (j < n_tok and doc[j].text == "-" and not _place_compound_after(doc, j)):
                continue
            region_word = _region_word_after(doc, j)
            p = gz.lookup_place(span.text, region_word=region_word)
            if p is None or (p.kind == "city" and span.text not in placed and (
                    (gz.norm(p.name) != gz.norm(span.text) and gz.norm(span.text) not in gz.CITY_ALIASES) or (
                    p.population < 200_000 and not _small_city_in_context(doc, i, j, p, named)) or
                    not _city_plausible(doc, i, j, p, span.text, named))):
                continue
            m = _classify(doc, span.start_char, span.end_char, i, j, "GPE", span.text, True, full_people, acronyms,
                          named)
            if m is not None:
                hit = (j, m)
                break
        if hit:
            out.append(hit[1])
            taken.append((hit[1].char_start, hit[1].char_end))
            i = hit[0]
        else:
            i += 1
    return out


_REPEAT_OK_BEFORE = {"the", "a", "an", "in", "at", "on", "by", "for", "from", "to", "with", "and", "but", "as",
                     "that", "said", "says", "told"}


# Last words of a bracketed long form that is no organisation: "Iodine Deficiency Disorders (IDD)", "Gross Domestic
# Product (GDP)", "Consumer Price Index (CPI)".
_NOT_ORG_LONG_FORMS = {"product", "index", "rate", "rates", "system", "systems", "act", "law", "treaty", "agreement",
                       "program", "programme", "project", "syndrome", "disease", "diseases", "virus", "deficiency",
                       "disorder", "disorders", "test", "tests", "standard", "scheme", "tax", "taxes", "price",
                       "prices", "report", "survey", "study", "plan", "strategy", "method", "technique", "device",
                       "format", "protocol", "language", "vehicle", "missile", "missiles", "weapon", "weapons",
                       "drug", "therapy", "condition", "order", "convention", "directive", "regulation", "policy"}


_CONDITION_WORDS = {"disease", "diseases", "syndrome", "disorder", "disorders", "deficiency", "virus", "fever",
                    "flu", "influenza", "cancer", "infection", "infections", "outbreak", "outbreaks", "epidemic",
                    "pandemic", "measles", "cholera", "malaria"}


# Head words of names that are no organisations or places: studies, laws, treaties, prizes and events ("the National
# Nutrition Study", "the Clean Air Act", "the Nobel Prize", "the Lantern Festival").
_NOT_ORG_HEAD_WORDS = {"study", "survey", "census", "act", "treaty", "accord", "accords", "agreement", "award",
                       "awards", "prize", "festival", "olympics", "championship", "championships", "tournament",
                       "marathon", "prix", "fair", "exhibition"}


_SOFTWARE_SYSTEM = re.compile(r"\b(?:Information|Management|Intelligence|Operating|Positioning|Reservation|Booking|"
                              r"Tracking|Database)\s+Systems?$")


def _names_condition(name: str) -> bool:
    """"Iodine Deficiency Disorders", "the National Nutrition Study", "the Clean Air Act": a condition, a study, a
    law or a prize, no organisation (but "the Centre for Control of ..." is one); "the Cessation of Hostilities",
    "the Treaty of Rome": an agreement."""
    words = [w.lower() for w in _words(re.sub(r"^(?i:the)\s+", "", name))]
    if len(words) > 2 and words[0] in _AGREEMENT_HEADS and words[1] in ("of", "on"):
        return True
    return len(words) > 1 and words[-1] in _CONDITION_WORDS | _NOT_ORG_HEAD_WORDS and \
        not {"of", "for", "and"} & set(words) and not gz.is_known_org(name)


# First words of the names of agreements and documents: "the Cessation of Hostilities", "the Declaration of
# Principles", "the Memorandum of Understanding".
_AGREEMENT_HEADS = {"cessation", "treaty", "declaration", "memorandum", "charter", "protocol", "accord", "accords",
                    "agreement", "armistice", "covenant"}


def _untagged_long_forms(doc, mentions: list[Mention], acronyms: dict[str, str]) -> list[Mention]:
    """A long form introduced with its acronym that spaCy missed or cut ("Movimento 5 Stelle (M5S)", with only
    "Stelle" tagged, as a person) is an organisation (a place when headed by a facility word); mentions inside it
    other than places go."""
    text = doc_text(doc)
    out = list(mentions)
    for m in re.finditer(r"\(([A-Z][A-Z0-9.&]{1,9})\)", text):
        long = acronyms.get(gz.norm(m.group(1)))
        if not long or len(_words(long)) < 2 or not gz.looks_proper(long, prepositions=True) or \
                _words(long)[-1].lower() in _NOT_ORG_LONG_FORMS or gz.is_product(long) or gz.lookup_place(long):
            continue
        s = text.rfind(long, max(0, m.start() - len(long) - 3), m.start())
        if s < 0 or text[s + len(long):m.start()].strip():
            continue
        e = s + len(long)
        s = _with_article(text, s)
        if any(x.char_start <= s and e <= x.char_end for x in out) or \
                any(x.char_start < e and s < x.char_end and not (s <= x.char_start and x.char_end <= e) for x in out):
            continue  # found already, or part of a longer name
        out = [x for x in out if not (s <= x.char_start and x.char_end <= e and x.entity_type not in _NESTABLE)]
        if gz.facility_head(long) and not re.search(r"\s(?:for|in|to|against|at)\s", long):
            # "Kennedy Space Center" is a place; "al-Qaida in the Arabian Peninsula" is headed by al-Qaida
            out.append(Mention(s, e, text[s:e], long, "place", "place:" + gz.norm(long), _country_prefix(long)))
        else:
            out.append(Mention(s, e, text[s:e], long, "organization", _org_key(long), _country_prefix(long)))
    return out


def _initials(name: str) -> str:
    words = [w for w in re.split(r"[\s-]+", re.sub(r"^(?i:the)\s+", "", name)) if w]
    return "".join(w[0] for w in words if w[:1].isupper() and w.lower() not in ("of", "for", "and", "the", "&"))


def _acronyms_by_initials(mentions: list[Mention], acronyms: dict[str, str]) -> list[Mention]:
    """An organisation's acronym used without a bracketed introduction ("General Motors ... GM's chief") is that
    organisation when exactly one organisation of the article has those initials."""
    by_initials: dict[str, set] = {}
    first: dict[str, Mention] = {}
    for m in mentions:
        if m.entity_type == "organization" and len(_words(m.name)) >= 2:
            ini = _initials(m.name)
            if len(ini) >= 2:
                by_initials.setdefault(ini, set()).add(m.entity_key)
                first.setdefault(ini, m)
    if not by_initials:
        return mentions
    out = []
    for m in mentions:
        t = re.sub(r"['’]s$", "", m.text)
        if m.entity_type == "organization" and re.fullmatch(r"[A-Z]{2,6}", t) and gz.norm(t) not in acronyms and \
                len(by_initials.get(t, ())) == 1 and m.entity_key != first[t].entity_key:
            lf = first[t]
            m = Mention(m.char_start, m.char_end, m.text, lf.name, "organization", lf.entity_key, lf.country_code)
        out.append(m)
    return out


def _acronyms_follow_long_form(doc, mentions: list[Mention], acronyms: dict[str, str]) -> list[Mention]:
    """"Kennedy Space Center (KSC)": every "KSC" is whatever the long form is (here a place, not an organisation),
    including those spaCy did not tag."""
    if not acronyms:
        return mentions
    long_forms: dict[str, Mention] = {}
    for m in mentions:
        long_forms.setdefault(gz.norm(m.text), m)
    taken = [(m.char_start, m.char_end) for m in mentions]
    text = doc_text(doc)
    for short in sorted({a for a in re.findall(r"\(([A-Z][A-Z0-9.&]{1,9})\)", text)}):
        lf = long_forms.get(gz.norm(acronyms.get(gz.norm(short), "")))
        if lf is None or lf.entity_type not in ("organization", "place"):
            continue
        for hit in re.finditer(r"(?<![\w.&-])" + re.escape(short) + r"(?![\w&-])", text):
            s, e = hit.span()
            if not any(a < e and s < b for a, b in taken):
                mentions.append(Mention(s, e, short, lf.name, lf.entity_type, lf.entity_key, lf.country_code,
                                        lf.geonames_id, None, lf.latitude, lf.longitude))
                taken.append((s, e))
    out = []
    for m in mentions:
        long = acronyms.get(gz.norm(m.text))
        lf = long_forms.get(gz.norm(long)) if long else None
        if lf is not None and lf is not m and lf.entity_key != m.entity_key and \
                m.entity_type in ("organization", "place", "person") and lf.entity_type in ("organization", "place"):
            m = Mention(m.char_start, m.char_end, m.text, lf.name, lf.entity_type, lf.entity_key, lf.country_code,
                        lf.geonames_id, None, lf.latitude, lf.longitude)
        out.append(m)
    return out


_NESTABLE = ("country", "place", "group")


def _common_word_at_sentence_start(doc, char: int) -> bool:
    """The token at ``char`` opens its sentence and is a common word ("Critics of Scientology"), capitalised only
    because of its position."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span is not None and span[0].is_sent_start and span[0].pos_ not in ("PROPN", "X")


def _taken_spans(mentions: list[Mention]) -> list[tuple[int, int, bool]]:
    """Spans already found, each with whether a longer name may contain it (a place or nationality word)."""
    return [(m.char_start, m.char_end, m.entity_type in _NESTABLE or m.entity_key.startswith("people:"))
            for m in mentions]


def _blocked(taken: list[tuple[int, int, bool]], s: int, e: int) -> bool:
    """[s, e) overlaps a found span other than a place or nationality word strictly inside it."""
    return any(a < e and s < b and not (nestable and s <= a and b <= e and (a, b) != (s, e))
               for a, b, nestable in taken)


# the club words that are a club's short name on their own ("Rovers", "United"; not "FC" or "City")
_CLUB_TAILS = _CLUB_WORDS - {"fc", "afc", "city"}


def _club_tails(mentions: list[Mention]) -> dict[str, Mention]:
    """The last word of a club's name used alone ("Rovers" after "Stirling Rovers"), when one club has it."""
    tails: dict[str, list[Mention]] = {}
    for m in mentions:
        words = _words(re.sub(r"^(?i:the)\s+", "", m.name))
        if m.entity_type == "organization" and len(words) >= 2 and words[-1].lower() in _CLUB_TAILS and \
                words[-1][:1].isupper():
            tails.setdefault(words[-1], [])
            if all(o.entity_key != m.entity_key for o in tails[words[-1]]):
                tails[words[-1]].append(m)
    return {t: ms[0] for t, ms in tails.items() if len(ms) == 1}


def _club_short_forms(mentions: list[Mention]) -> list[Mention]:
    """A club's short name that spaCy took for a person or a place ("Baird guided Rovers") is that club."""
    tails = _club_tails(mentions)
    if not tails:
        return mentions
    out = []
    for m in mentions:
        club = tails.get(re.sub(r"['’]s$", "", m.text))
        if club is not None and m.entity_type in ("person", "place", "organization") and \
                m.entity_key != club.entity_key and not m.entity_key.startswith(_GAZ_KEYS):
            m = Mention(m.char_start, m.char_end, m.text, club.name, "organization", club.entity_key,
                        club.country_code)
        out.append(m)
    return out


def _clubs_by_town(doc, mentions: list[Mention]) -> list[Mention]:
    """In a sports report, a town that starts the name of one club in it ("Aalborg Vikings", "Odense United") is
    that club when it acts or is acted on alone ("gave Aalborg the lead", "Odense pulled a goal back"), not where
    something is ("in Aalborg")."""
    heads: dict[str, list[Mention]] = {}
    spans = [(m.char_start, m.char_end) for m in mentions if m.entity_type == "organization"]
    for m in mentions:
        words = _words(re.sub(r"^(?i:the)\s+", "", m.text))
        while words and not words[-1][:1].isupper():
            words = words[:-1]  # "Odense United 3-1": a score spaCy ran into the name
        if m.entity_type == "organization" and 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words):
            clubs = heads.setdefault(words[0], [])
            if all(o.entity_key != m.entity_key for o in clubs):
                clubs.append(m)
    out = []
    for m in mentions:
        clubs = heads.get(re.sub(r"['’]s$", "", m.text), [])
        inside = any(a <= m.char_start and m.char_end <= b and (a, b) != (m.char_start, m.char_end) for a, b in spans)
        if len(clubs) == 1 and m.entity_type == "place" and " " not in m.text and not inside:
            span = doc.char_span(m.char_start, m.char_end, alignment_mode="expand")
            if span is not None and not _where_or_whence(doc, m) and \
                    not (span.start > 0 and doc[span.start - 1].lower_ == "of"):
                club = clubs[0]
                m = Mention(m.char_start, m.char_end, m.text, club.name, "organization", club.entity_key,
                            club.country_code)
        out.append(m)
    return out


def _repeat_names(doc, mentions: list[Mention]) -> list[Mention]:
    """Another, untagged, occurrence of an organisation or a person's full name found elsewhere in the article
    (spaCy tags "Sea Org" in one sentence and misses it in the next)."""
    names: dict[str, Mention] = {}
    for m in mentions:
        if m.entity_type not in ("organization", "person") or m.entity_key.startswith(("role:", "team:")):
            continue
        t = re.sub(r"^(?i:the)\s+", "", m.text)
        if len(t) < 3 or not t[:1].isupper() or (m.entity_type == "person" and len(_words(t)) < 2):
            continue
        names.setdefault(t, m)
        tail = re.fullmatch(r"(Church|Order|Society|Movement|Temple|Congregation|Nation)\s+of\s+([A-Z][a-z]{3,})", t)
        if m.entity_type == "organization" and tail and gz.lookup_place(tail.group(2)) is None and \
                not gz.demonym(tail.group(2)) and not any(p.entity_type == "person" and tail.group(2) in p.text
                                                          for p in mentions):
            names.setdefault(tail.group(2), m)  # "Scientology" alone after "the Church of Scientology"
    names.update(_club_tails(mentions))
    if not names:
        return []
    # a place or nationality word strictly inside the name stays a nested mention ("Environment Canada")
    taken = _taken_spans(mentions)
    pat = re.compile(r"(?<![\w-])(" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) +
                     r")(?![\w-])")
    out = []
    text = doc_text(doc)
    for hit in pat.finditer(text):
        s, e = hit.span()
        if _blocked(taken, s, e):
            continue
        before = re.search(r"([A-Za-z][\w.'’-]*)[ \t]+(of[ \t]+)?$", text[max(0, s - 40):s])
        after = re.match(r"[ \t]+(?:of[ \t]+)?[A-Z0-9]", text[e:e + 6])
        if after or (before and before.group(1)[:1].isupper() and before.group(1).lower() not in _REPEAT_OK_BEFORE
                     and not (before.group(1).endswith(".") and len(before.group(1)) > 3)
                     and not _common_word_at_sentence_start(doc, max(0, s - 40) + before.start(1))):
            continue  # part of a longer name: "Internet Explorer", "Minister of Education", "Sweden 1"
        m = names[hit.group(0)]
        out.append(Mention(s, e, hit.group(0), m.name, m.entity_type, m.entity_key, m.country_code))
        taken.append((s, e, False))
    return out


_LIST_GAPS = ([","], ["and"], ["or"], [",", "and"], [",", "or"], ["&"])


def _list_types(doc, mentions: list[Mention]) -> list[Mention]:
    """Items of one list are of one kind: in "Zeus, Hera, Poseidon and Athena" or "Nintendo, Sega and Ubisoft",
    where at least two items are people (organisations) and no other type is as frequent, an item spaCy typed
    otherwise without gazetteer evidence, or left untagged, is a person (organisation) too."""
    starts: dict[int, tuple[int, int]] = {}  # token start -> (token end, mention index): the longest mention there
    for k, m in enumerate(mentions):
        sp = doc.char_span(m.char_start, m.char_end, alignment_mode="expand")
        if sp is not None and (sp.start not in starts or starts[sp.start][0] < sp.end):
            starts[sp.start] = (sp.end, k)
    retyped: dict[int, str] = {}
    added: list[Mention] = []
    for sent in doc.sents:
        items: list[tuple[int, int, Optional[int]]] = []
        i = sent.start
        while i < sent.end:
            if i in starts:
                items.append((i, starts[i][0], starts[i][1]))
                i = starts[i][0]
                continue
            j = i
            while j < sent.end and j - i < 3 and _is_cap(doc[j]) and doc[j].pos_ == "PROPN" and \
                    (j == i or j not in starts) and not doc[j].is_sent_start and not doc[j].ent_type_:
                j += 1
            if j > i and (j >= sent.end or not _is_cap(doc[j])):
                items.append((i, j, None))
                i = j
                continue
            i = max(j, i + 1)
        runs, cur = [], []
        for it in items:
            if cur and [t.lower_ for t in doc[cur[-1][1]:it[0]]] in _LIST_GAPS:
                cur.append(it)
            else:
                if len(cur) >= 3:
                    runs.append(cur)
                cur = [it]
        if len(cur) >= 3:
            runs.append(cur)
        for run in runs:
            if [t.lower_ for t in doc[run[-2][1]:run[-1][0]]] not in (["and"], ["or"], [",", "and"], [",", "or"]):
                continue  # a real list ends with "and"/"or"
            if _place_list(doc, mentions, run, retyped):
                continue
            counts: dict[str, int] = {}
            for _, _, k in run:
                if k is not None:
                    counts[mentions[k].entity_type] = counts.get(mentions[k].entity_type, 0) + 1
            best = max(("person", "organization"), key=lambda t: counts.get(t, 0))
            n_best = counts.get(best, 0)
            if n_best < 2 or any(v >= n_best for t, v in counts.items() if t != best):
                continue
            for ts, te, k in run:
                span = doc[ts:te]
                if k is None:
                    if gz.lookup_place(span.text) is not None or gz.demonym(span.text) or \
                            span.text.lower() in TITLES:
                        continue
                    key = _person_key(span.text) if best == "person" else _org_key(span.text)
                    added.append(Mention(span.start_char, span.end_char, span.text, span.text, best, key))
                    continue
                m = mentions[k]
                if m.entity_type == best or m.entity_type not in ("person", "organization", "place") or \
                        m.entity_key.startswith(_GAZ_KEYS + ("people:", "group:")) or gz.is_known_org(m.text) or \
                        len(_words(m.text)) > 3:
                    continue
                if best == "person" and (gz.org_head(m.text) or gz.facility_head(m.text)):
                    continue
                retyped[k] = best
    if not retyped and not added:
        return mentions
    out = []
    for k, m in enumerate(mentions):
        if k in retyped:
            bare = re.sub(r"^(?i:the)\s+", "", m.name)
            best = retyped[k]
            key = _person_key(bare) if best == "person" else _org_key(bare) if best == "organization" else \
                "place:" + gz.norm(bare)
            m = Mention(m.char_start, m.char_end, m.text, bare, best, key,
                        None if best == "person" else m.country_code)
        out.append(m)
    return out + added


# a preposition or noun that introduces a list of places: "residents of Bossangoa, Bouca and Batangafo"
_PLACE_LIST_LEAD = {"in", "of", "from", "to", "at", "near", "around", "between", "towns", "villages", "cities"}


def _place_list(doc, mentions: list[Mention], run: list, retyped: dict[int, str]) -> bool:
    """A list led by a preposition whose items include a place the gazetteer knows: one-word items spaCy took for
    people ("340 residents of Bossangoa, Bouca and Batangafo") are places too. True when the run was such a list."""
    if run[0][0] == 0 or doc[run[0][0] - 1].lower_ not in _PLACE_LIST_LEAD:
        return False
    known = [k for _, _, k in run if k is not None and mentions[k].entity_key.startswith(("geonames:", "iso:"))]
    if not known:
        return False
    # one-word "people" not linked to anyone named in full in the article
    people = [k for ts, te, k in run if k is not None and mentions[k].entity_type == "person" and te - ts == 1 and
              " " not in mentions[k].entity_key]
    if not people:
        return False
    for k in people:
        retyped[k] = "place"
    return True


_GOVERNMENT_WORDS = {"government", "administration", "cabinet", "regime", "presidency", "premiership"}
_PARTY_WORDS = {"labour", "labor", "conservative", "liberal", "socialist", "communist", "republican", "democratic",
                "democrat", "green", "tory", "nationalist", "coalition", "military", "interim", "transitional",
                "federal", "provisional", "national", "unity", "islamist", "baathist", "ba'athist", "junta", "colonial",
                "soviet", "imperial", "royal", "fascist", "nazi", "maoist", "marxist", "centrist", "populist"}


def _capitalised_elsewhere(doc, i: int) -> bool:
    """The word at token i (a sentence's first) also appears capitalised inside a sentence elsewhere in the article
    (a name, then). The words are gathered once per doc."""
    found = doc.user_data.get("claimpack_inner_capitals")
    if found is None:
        found = doc.user_data["claimpack_inner_capitals"] = frozenset(
            t.text for t in doc if not t.is_sent_start and t.text[:1].isupper())
    return doc[i].text in found


def _dateline(doc, ts: int, te: int) -> bool:
    """The name opens a line as a dateline: "NAIROBI, Kenya (AP) -", "Taipei, Taiwan — The ..."."""
    if ts > 0 and "\n" not in doc[ts - 1].text and "\n" not in doc[ts - 1].whitespace_:
        return False
    if doc[ts:te].text.isupper() and len(doc[ts:te].text) > 2:
        return True
    j = te
    if j < len(doc) and doc[j].text == ",":
        j += 1
        while j < len(doc) and _is_cap(doc[j]):
            j += 1
    return j < len(doc) and doc[j].text in ("—", "–", "-", "(")


# Last words of company names ("Patriot Coal", "Delta Air Lines", "Lehman Brothers Holdings").
_SECTOR_WORDS = {"coal", "energy", "oil", "gas", "petroleum", "steel", "mining", "minerals", "metals", "foods",
                 "pharmaceuticals", "pharma", "airlines", "airways", "motors", "automotive", "electric", "electronics",
                 "telecom", "communications", "technologies", "systems", "software", "networks", "capital",
                 "partners", "brothers", "holdings", "group", "bank", "insurance", "financial", "securities",
                 "investments", "ventures", "industries", "enterprises", "resources", "chemicals", "logistics",
                 "shipping", "entertainment", "studios", "records", "labs", "laboratories", "solutions", "corporation",
                 "company", "inc", "corp", "co", "ltd", "llc", "plc", "gmbh", "lines", "aircraft", "aerospace",
                 "aviation", "consulting", "consultants", "consultancy", "associates", "advisors", "advisers", "motor"}


def _big_place(name: str) -> bool:
    """A country, region, subdivision or city of a million people: a company named after it ("Texas
    Instruments") does not make the place's name alone the company."""
    p = gz.lookup_place(name)
    return p is not None and (p.kind != "city" or p.population >= 1_000_000)


def _no_big_place(name: str) -> bool:
    p = gz.lookup_place(name)
    return p is None or (p.kind == "city" and p.population < 200_000)


def _company_shaped(name: str) -> bool:
    """Two to four capitalised words, the last an industry word: "Patriot Coal", "Lehman Brothers Holdings"."""
    words = _words(re.sub(r"^(?i:the)\s+", "", name))
    return 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and \
        words[-1].lower().rstrip(".,") in _SECTOR_WORDS and not gz.demonym(words[0]) and \
        words[0].lower() not in TITLES


def _org_short_forms(doc, mentions: list[Mention]) -> list[Mention]:
    """The first word of a company's name used alone ("Patriot" after "Patriot Coal", "Lehman" after "Lehman
    Brothers Holdings", "Al Noor" after "Al Noor Airways of Dubai") is that company, not a person or an unknown
    place; a gazetteer place keeps its link, except a town named where no place is ("Meridian delivered 212
    aircraft" after "Meridian Aerospace", "shares in Meridian")."""
    firsts: dict[str, Mention] = {}
    for m in mentions:
        name = re.sub(r"\s+of\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?$", "", m.name)  # "... Airways of Dubai"
        if m.entity_type == "organization" and _company_shaped(name):
            words = _words(re.sub(r"^(?i:the)\s+", "", name))
            first = " ".join(words[:2]) if words[0] in ("Al", "El") and len(words) > 2 else words[0]
            if len(first) >= 3 and not _big_place(first):
                firsts.setdefault(first, m)
    if not firsts:
        return mentions
    out = []
    for m in mentions:
        t = re.sub(r"['’]s$", "", m.text)
        org = firsts.get(t)
        if org is not None and m.entity_key != org.entity_key and m.entity_type in ("person", "organization", "place") \
                and (not m.entity_key.startswith(_GAZ_KEYS) or m.entity_key.startswith("geonames:") and (
                    not _where_or_whence(doc, m) or _after_business_in(doc, m))):
            m = Mention(m.char_start, m.char_end, m.text, org.name, "organization", org.entity_key, org.country_code)
        out.append(m)
    return out


def _after_business_in(doc, m: Mention) -> bool:
    """"shares in X", "a stake in X": the "in" of owning a company, not of a place."""
    ts = _token_at(doc, m.char_start)
    return ts >= 2 and doc[ts - 1].lower_ == "in" and doc[ts - 2].lower_ in (
        "shares", "stake", "stakes", "holding", "holdings", "investment", "investments", "interest", "stock")


def _possessor_of_person(doc, ts: int, te: int) -> bool:
    """The span ends in (or is followed by) a possessive "'s" and a person's name follows: "Labour's Ann Ray"."""
    j = te if doc[te - 1].lower_ in ("'s", "’s") else te + 1 if te < len(doc) and doc[te].lower_ in ("'s", "’s") \
        else None
    return j is not None and j < len(doc) and doc[j].ent_iob_ == "B" and doc[j].ent_type_ == "PERSON" and \
        doc[j].text[:1].isupper() and te - ts >= 1


def _used_as_modifier(doc, ts: int, te: int) -> bool:
    """The name modifies a common noun after it ("the Warhol Polaroid exhibits") or follows "the"."""
    last = doc[te - 1]
    return (last.dep_ in ("compound", "amod", "nmod") and last.head.i >= te and last.head.pos_ == "NOUN") or \
        (ts > 0 and doc[ts - 1].lower_ == "the")


def _full_names_whole(doc, mentions: list[Mention]) -> list[Mention]:
    """Another occurrence of a person's full name that spaCy split or typed otherwise ("Dries" as an organisation
    before an untagged "Mertens", "Valeska" as a place at a line start, the name as an organisation with its
    surname a city) is that person over the whole name; the mentions inside it go. An occurrence inside a longer
    name ("the Andy Warhol Foundation") is left alone."""
    people: dict[str, Mention] = {}
    for m in mentions:
        if m.entity_type == "person" and m.entity_key.startswith("person:") and m.text == m.name and \
                len(_words(m.text)) >= 2 and all(w[:1].isupper() for w in _words(m.text)):
            people.setdefault(m.text, m)
    if not people:
        return mentions
    text = doc_text(doc)
    pat = re.compile(r"(?<![\w-])(" + "|".join(re.escape(n) for n in sorted(people, key=len, reverse=True)) +
                     r")(?![\w-])")
    drop: set[int] = set()
    out = []
    for hit in pat.finditer(text):
        s, e = hit.span()
        inside = [i for i, m in enumerate(mentions) if s <= m.char_start and m.char_end <= e]
        if any(m.char_start < e and s < m.char_end and (m.char_start < s or m.char_end > e) for m in mentions):
            continue  # part of a longer name
        if not inside or all((mentions[i].char_start, mentions[i].char_end) == (s, e) and
                             mentions[i].entity_type in ("person", "organization") for i in inside):
            continue  # nothing there (left to _repeat_names), the person already, or an organisation (the vote's)
        if re.search(r"[A-Z][\w.'’-]*[ \t]+$", text[max(0, s - 30):s]) and not \
                _common_word_at_sentence_start(doc, max(0, s - 30) + re.search(r"[A-Z][\w.'’-]*[ \t]+$",
                                                                               text[max(0, s - 30):s]).start()):
            continue  # a capitalised word right before it: part of a longer name
        drop.update(inside)
        p = people[hit.group(0)]
        out.append(Mention(s, e, hit.group(0), p.name, "person", p.entity_key))
    return [m for i, m in enumerate(mentions) if i not in drop] + out


def _nested_people(mentions: list[Mention]) -> list[Mention]:
    """A person named elsewhere in the article inside an organisation or facility name, in full or by surname ("the
    Anna Lind Foundation", "the Lind Library"): also a mention of that person."""
    people: dict[str, Mention] = {}
    for m in mentions:
        if m.entity_type == "person" and len(_words(m.name)) >= 2 and m.entity_key.startswith("person:"):
            people.setdefault(m.name, m)
            surname = _words(m.name)[-1]
            if len(surname) > 2 and surname[:1].isupper():
                people.setdefault(surname, m)
    if not people:
        return []
    pat = re.compile(r"(?<![\w-])(" + "|".join(re.escape(p) for p in sorted(people, key=len, reverse=True)) +
                     r")(?![\w-])")
    out = []
    for m in mentions:
        if m.entity_type not in ("organization", "place") or m.entity_key.startswith(_GAZ_KEYS):
            continue
        for hit in pat.finditer(m.text):
            s, e = m.char_start + hit.start(), m.char_start + hit.end()
            person = people[hit.group(0)]
            out.append(Mention(s, e, hit.group(0), person.name, "person", person.entity_key))
    return out


_ORG_NAME = re.compile(r"(?<![\w'’.-])((?:[A-Z][\w'’&-]*[ \t]+(?:(?:of|for|and|the|&)[ \t]+)*){1,6}"
                       r"[A-Z][\w-]*)(?![\w'’-])")


def _scan_org_names(doc, found: list[Mention], acronyms: dict[str, str], named: frozenset) -> list[Mention]:
    """Capitalised names headed by an organisation word that spaCy did not tag ("the Civil Defence Authority"),
    and untagged affiliations after a person ("Anna Berg of Northwind")."""
    text = doc_text(doc)
    taken = _taken_spans(found)
    out = []
    for ent in doc.ents:
        if ent.label_ != "PERSON" or ent.end + 1 >= len(doc) or doc[ent.end].lower_ != "of":
            continue
        i = ent.end + 1
        if doc[i].lower_ == "the":
            i += 1
        j = i
        while j < len(doc) and j - i < 4 and doc[j].is_alpha and doc[j].text[:1].isupper() and not doc[j].ent_type_:
            j += 1
        if j == i or (j < len(doc) and doc[j].text[:1].isupper()):
            continue
        span = doc[i:j]
        s, e = span.start_char, span.end_char
        if _blocked(taken, s, e) or gz.lookup_place(span.text) is not None or \
                gz.demonym(span.text) or span.text.lower() in TITLES:
            continue
        out.append(Mention(s, e, span.text, span.text, "organization", _org_key(span.text)))
        taken.append((s, e, False))
    for mt in _ORG_NAME.finditer(text):
        s, e = mt.span()
        name = mt.group(0)
        # drop leading sentence-initial function words and trailing connectors
        name2 = re.sub(r"^(?:The|A|An|In|At|On|For|From|By|With|To|And|But|As|Of)\s+", "", name)
        s += len(name) - len(name2)
        name = name2
        if "\n" in name:
            continue
        tail = re.search(r"\s+of\s+(?:the\s+)?(?=[A-Z])", name)
        if tail and name[:tail.start()].split()[-1].lower() not in gz.ORG_HEADS and gz.org_head(name[tail.end():]):
            # "Commanders of the Korean People's Army": the organisation is after "of"
            s += tail.end()
            name = name[tail.end():]
        if name.startswith("Operation "):
            continue  # "Operation Silent Harbor": a military operation, no organisation or place
        if len(_words(name)) > 2 and _common_word_at_sentence_start(doc, s):
            first = name.split(None, 1)[0]  # "While the Museum of Flight": the name is after "While the"
            rest = re.sub(r"^(?:the|a|an)\s+", "", name[len(first):].lstrip())
            s += len(name) - len(rest)
            name = rest
        facility = gz.facility_head(name) and not gz.org_head(name) and _words(name)[-1][:1].isupper() and \
            _words(name)[-1].lower() not in _ROLE_HEADS
        if len(_words(name)) < 2 or not (gz.org_head(name) or _newspaper_name(name) or facility) or \
                not gz.looks_proper(name):
            continue
        if _blocked(taken, s, e) or gz.lookup_place(name) is not None or _names_condition(name):
            continue
        if facility:  # an untagged building or site: "Mecca's Grand Mosque", "Shandao Station"
            m = Mention(s, e, name, name, "place", "place:" + gz.norm(name), _country_prefix(name))
        else:
            m = Mention(s, e, name, name, "organization", _org_key(name), _country_prefix(name))
        out.append(m)
        if not facility:
            out.extend(n for n in _nested_places(doc, m, named) if not any(
                a < n.char_end and n.char_start < b for a, b, _ in taken))
        taken.append((s, e, False))
    return out


_SPORTS_WORDS = {"goal", "goals", "scored", "match", "matches", "striker", "midfielder", "goalkeeper", "penalty",
                 "tournament", "league", "kick-off", "defender", "fixture", "semi-final", "quarter-final", "squad",
                 "coach", "halftime", "half-time", "stoppage", "equaliser", "equalizer", "cup"}


def _is_sports(doc) -> bool:
    return sum(1 for t in doc if t.lower_ in _SPORTS_WORDS) >= 5


_MOTION_VERBS = {"go", "travel", "fly", "return", "come", "move", "head", "send", "bring", "export", "emigrate"}


def _as_teams(doc, mentions: list[Mention]) -> list[Mention]:
    """In a sports report a country that acts ("Belgium beat Panama") is its national team, an organisation; so
    are its people ("the Belgians scored"). A country that is a team somewhere in the report is also the team after
    "to", "for" or "of" ("lost to England", "a chance for Korea"), unless it is where one goes or is."""
    out = [_as_team(doc, m, strict=True) for m in mentions]
    teams = {m.country_code for m in out if m.entity_key.startswith("team:")}
    return [_as_team(doc, m, strict=False) if m.country_code in teams else m for m in out]


def _as_team(doc, m: Mention, strict: bool) -> Mention:
    if m.entity_key.startswith("people:") and m.country_code:
        return Mention(m.char_start, m.char_end, m.text, m.text, "organization", f"team:{m.country_code}",
                       m.country_code)
    if m.entity_type != "country" or not m.entity_key.startswith("iso:"):
        return m
    span = doc.char_span(m.char_start, m.char_end, alignment_mode="expand")
    if span is None or _is_locative(doc, span.start):
        return m
    if span.start >= 2 and doc[span.start - 1].text == "," and doc[span.start - 2].ent_type_ in ("GPE", "LOC"):
        before = gz.lookup_place(doc[span.start - 2].text)
        if before is not None and before.kind != "country":
            return m  # "in Auckland, New Zealand": the country places the city (not "Sweden, Belgium, England win")
    prev = doc[span.start - 1] if span.start > 0 else None
    if prev is not None and prev.lower_ in (("to", "from", "of", "across", "for") if strict else ("from", "across")):
        return m
    if prev is not None and prev.lower_ == "to" and prev.head.lemma_ in _MOTION_VERBS:
        return m
    return Mention(m.char_start, m.char_end, m.text, f"{m.name} national team", "organization",
                   f"team:{m.country_code}", m.country_code)


def _nested_known_orgs(outer: Mention) -> list[Mention]:
    """Well-known organisations named inside an event's or a work's name ("the Google Science Fair")."""
    out = []
    for hit in gz.known_org_pattern().finditer(outer.text):
        if hit.end() - hit.start() < len(outer.text):
            s, e = outer.char_start + hit.start(), outer.char_start + hit.end()
            out.append(Mention(s, e, hit.group(0), hit.group(0), "organization", _org_key(hit.group(0)),
                               gz.STATE_BODIES.get(gz.norm(hit.group(0)))))
    return out


# the compass words that name a part of a place ("North Texas"), not a place of their own ("New", "Greater")
_REGION_COMPASS = _COMPASS - {"upper", "lower", "greater", "new"}


_STOP_HEADS = {"station", "stadium", "arena", "airport"}
_STOP_MODIFIERS = {"international", "regional", "national", "municipal", "metro", "mrt", "railway", "rail", "train",
                   "bus", "underground", "subway", "central"}


def _named_for_place(doc, outer: Mention, nested: list[Mention]) -> list[Mention]:
    """The place a station, stadium or airport is named for, when the gazetteer does not know it ("Shandao" in
    "Shandao Station", "Fisht" in "the Fisht Stadium", "Dulles" in "Washington Dulles International Airport",
    "St. Paul" in "Minneapolis-St. Paul International Airport"); not a firm's or a person's name."""
    span = doc.char_span(outer.char_start, outer.char_end, alignment_mode="expand")
    if span is None or span[-1].lower_ not in _STOP_HEADS:
        return []
    j = span.end - 1
    while j > span.start and doc[j - 1].lower_ in _STOP_MODIFIERS:
        j -= 1
    i = span.start + (span[0].lower_ == "the")
    taken = [(m.char_start, m.char_end) for m in nested]
    while i < j and (any(a <= doc[i].idx < b for a, b in taken) or doc[i].text == "-"):
        i += 1  # past a place already nested ("Washington", "Minneapolis-")
    if i >= j or not all(t.text[:1].isupper() or t.text in ("-", ".") for t in doc[i:j]) or \
            any(a < doc[j - 1].idx + len(doc[j - 1].text) and doc[i].idx < b for a, b in taken):
        return []
    s, e = doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text)
    name = doc_text(doc)[s:e]
    if gz.is_known_org(name) or _company_shaped(name) or _person_shaped(name) or gz.is_product(name) or \
            gz.demonym(name) or all(w.lower() in gz.FACILITY_WORDS | _STOP_MODIFIERS for w in _words(name)):
        return []
    p = gz.lookup_place(name)
    if p is not None:
        return [_place_mention(s, e, name, p)]
    if span[-1].lower_ in ("stadium", "arena"):
        return []  # "Allianz Arena": often a sponsor's name
    return [Mention(s, e, name, name, "place", "place:" + gz.norm(name), outer.country_code)]


def _nested_places(doc, outer: Mention, named: frozenset) -> list[Mention]:
    """Places named inside an organisation or facility name ("University of Texas", "United States Navy")."""
    span = doc.char_span(outer.char_start, outer.char_end, alignment_mode="expand")
    if span is None:
        return []
    words = [w for w in _words(outer.text) if w.lower() != "the"]
    rest = [w for w in words if w.lower() not in _REGION_COMPASS]
    if rest and len(rest) < len(words) and gz.lookup_place(" ".join(rest)) is not None:
        return []  # "North Texas", "South East Asia", "the Pacific Northwest": a part of the place, not it again
    out = []
    i = span.start
    # a club is named for its town, however small: "Stirling Rovers", "Kilmarnock Athletic"
    club = _words(outer.text)[-1].lower() in _CLUB_WORDS and outer.entity_type == "organization"
    while i < span.end:
        hit = None
        for n in (3, 2, 1):
            j = i + n
            if j > span.end:
                continue
            sub = doc[i:j]
            if not sub.text[:1].isupper() or not gz.looks_proper(sub.text) or sub.end_char - sub.start_char < 2 or \
                    sub[0].lower_ == "the":  # "The Ontario Ghostbusters": the place is "Ontario"
                continue
            if sub.start_char == outer.char_start and sub.end_char == outer.char_end:
                continue
            p = gz.lookup_place(sub.text)
            if p is None or (p.kind == "city" and not (club and j == span.end - 1) and (
                    p.population < 100_000 or not _city_plausible(doc, i, j, p, sub.text, named, context_ok=False))):
                continue
            if n == 1 and sub.text.lower() in _COMPASS | gz.FACILITY_WORDS | gz.ORG_HEADS:
                continue  # "Northern" in "Northern Rescue Brigade" is not Fiji's Northern Division; "Centre" no region
            if p.kind == "city" and i == span.start + (span[0].lower_ == "the") and _company_shaped(outer.text):
                continue  # "Toyota Motor Corporation": a company named like a city is not in it
            if p.kind == "region" and n == 1 and j == span.end and outer.entity_type == "organization" and \
                    len(_words(outer.text)) == 2 and doc[i - 1].text[:1].isupper() and \
                    getattr(gz.lookup_place(doc[i - 1].text), "kind", "city") == "city":
                continue  # "Harcourt Pacific", "Cathay Pacific": an ocean or region word ending a firm's name
            hit = (j, _place_mention(sub.start_char, sub.end_char, sub.text, p))
            break
        if hit:
            out.append(hit[1])
            i = hit[0]
        else:
            i += 1
    return out


def _known_orgs_whole(doc, mentions: list[Mention]) -> list[Mention]:
    """A well-known organisation's name that spaCy cut ("Jabhat" + "Fatah al-Sham" as a person, "Syrian
    Observatory" as a person before "for Human Rights") is that organisation, whole; the pieces inside it go
    (places and nationality words stay nested)."""
    text = doc_text(doc)
    out = list(mentions)
    for hit in gz.known_org_pattern().finditer(text):
        s, e = hit.span()
        if " " not in hit.group(0):
            continue
        s = _with_article(text, s)
        inside = [m for m in out if s <= m.char_start and m.char_end <= e]
        if not inside or any((m.char_start, m.char_end) == (s, e) for m in inside) or \
                any(m.char_start < e and s < m.char_end and not (s <= m.char_start and m.char_end <= e) for m in out):
            continue
        out = [m for m in out if not (s <= m.char_start and m.char_end <= e and m.entity_type not in _NESTABLE)]
        out.append(Mention(s, e, text[s:e], hit.group(0), "organization", _org_key(hit.group(0)),
                           _country_prefix(hit.group(0)) or gz.STATE_BODIES.get(gz.norm(hit.group(0)))))
    return out


def _with_article(text: str, s: int) -> int:
    """The start of a name with the article before it, as spaCy spans names ("the Islamic State ...")."""
    lead = re.search(r"(?<![\w-])(?i:the)[ \t]+$", text[max(0, s - 5):s])
    return s - len(lead.group(0)) if lead else s


_OFFICE_NAME = re.compile(r"(?:\b(?i:the)\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}Office\s+(?:of|for)\s+(?:the\s+)?"
                          r"[A-Z][\w'’.-]*(?:\s+(?:(?:of|for|and|on|the)\s+)*[A-Z][\w'’.-]*)*")


def _offices_whole(doc, mentions: list[Mention]) -> list[Mention]:
    """"the Office of the United Nations High Commissioner for Refugees", "the UN Office for the Coordination of
    Humanitarian Affairs": an office named for what it does is one organisation, not a title or two names (places
    and known organisations inside it stay nested)."""
    text = doc_text(doc)
    out = list(mentions)
    for hit in _OFFICE_NAME.finditer(text):
        s, e = hit.span()
        name = re.sub(r"^(?i:the)\s+", "", hit.group(0))
        if any(m.char_start < e and s < m.char_end and not (s <= m.char_start and m.char_end <= e) for m in out) or \
                any((m.char_start, m.char_end) == (s, e) and m.entity_type == "organization" for m in out):
            continue
        out = [m for m in out if not (s <= m.char_start and m.char_end <= e and m.entity_type not in _NESTABLE and
                                      not gz.is_known_org(m.text))]
        office = Mention(s, e, hit.group(0), name, "organization", _org_key(name), _country_prefix(name))
        taken = {(m.char_start, m.char_end) for m in out}
        out.append(office)
        for inner in re.finditer(r"\b(?:UN|EU|U\.N\.|United Nations|European Union)(?![\w.])", hit.group(0)):
            a, b = s + inner.start(), s + inner.end()  # "the UN Office for ...": the UN inside its office
            if (a, b) not in taken and (a, b) != (s, e):
                out.append(Mention(a, b, inner.group(0), inner.group(0), "organization", _org_key(inner.group(0))))
    return out


def _scan_missed(doc, found: list[Mention], full_people: dict[str, str]) -> list[Mention]:
    """Known organisations and already-named people that spaCy did not tag at a given place."""
    text = doc_text(doc)
    taken = [(m.char_start, m.char_end) for m in found]

    def free(s, e):
        return not any(a < e and s < b for a, b in taken)

    out = []
    for m in gz.product_pattern().finditer(text):
        s, e = m.span()
        if free(s, e):
            out.append(Mention(s, e, m.group(0), m.group(0), "other", "product:" + gz.norm(m.group(0))))
            taken.append((s, e))
    for m in gz.known_org_pattern().finditer(text):
        s, e = m.span()
        if free(s, e) and gz.index_kind(m.group(0)):
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is not None and _market_context(doc, span.start, span.end):
                out.append(Mention(s, e, m.group(0), m.group(0), "other", "index:" + gz.norm(m.group(0))))
                taken.append((s, e))
                continue
        if free(s, e):
            out.append(Mention(s, e, m.group(0), m.group(0), "organization", _org_key(m.group(0)),
                               gz.STATE_BODIES.get(gz.norm(m.group(0)))))
            taken.append((s, e))
    if full_people:
        for tok in doc:
            if tok.text[:1].isupper() and gz.norm(tok.text) in full_people and tok.pos_ in ("PROPN", "NOUN", "X"):
                s, e = tok.idx, tok.idx + len(tok.text)
                if free(s, e):
                    full = full_people[gz.norm(tok.text)]
                    out.append(Mention(s, e, tok.text, full, "person", _person_key(full)))
                    taken.append((s, e))
    return out


def _common_nouns(doc) -> frozenset:
    """Lower-case nouns of the article (cached on the doc)."""
    found = doc.user_data.get("claimpack_common_nouns")
    if found is None:
        found = frozenset(t.lower_ for t in doc if t.pos_ == "NOUN" and t.text.islower())
        doc.user_data["claimpack_common_nouns"] = found
    return found


_PLACE_NOUNS = {"town", "city", "village", "province", "region", "district", "county", "municipality", "state",
                "port", "island", "suburb", "neighbourhood", "neighborhood", "governorate", "capital", "hamlet",
                "township", "oblast", "prefecture", "outskirts"}


def _after_place_noun(doc, ts: int) -> bool:
    """The name follows a lower-case place noun and "of": "the town of Yeoncheon", "the province of Idlib"."""
    return ts >= 2 and doc[ts - 1].lower_ == "of" and doc[ts - 2].text in _PLACE_NOUNS


def _newspaper_name(surface: str) -> bool:
    """A place name followed by a newspaper word: "Edmonton Sun", "the Toledo Blade", "Toronto Star"."""
    words = _words(re.sub(r"^(?i:the)\s+", "", surface))
    return len(words) >= 2 and words[-1].lower() in gz.NEWSPAPER_WORDS and \
        gz.lookup_place(" ".join(words[:-1])) is not None


def _after_honorific(doc, ts: int) -> bool:
    """The name follows an honorific: "Ms Hill", "Dr. Jordan", "Captain America"."""
    return ts > 0 and doc[ts - 1].text.rstrip(".").lower() in _HONORIFICS


_STORM = re.compile(r"(?:Super\s+)?(?:Typhoon|Hurricane|Cyclone|Tropical\s+(?:Storm|Cyclone|Depression)|Storm)"
                    r"(?:\s+[A-Z][a-z]+)?$")


# words before or after a name that make it a place: "the villages of Tin Hama and Intahaka", "near Bilis Qooqaani,
# 90 kilometres north of Kismayo"
_PLACE_CUE_BEFORE = re.compile(r"(?:\b(?:villages?|towns?|cities|city|districts?|regions?|provinces?|settlements?|"
                               r"camps?|localit(?:y|ies)|(?:north|south|east|west)(?:-?(?:east|west))?)\s+of|"
                               r"\b(?:near|outside))\s+(?:the\s+)?$", re.I)
_PLACE_CUE_AFTER = re.compile(r",?\s+(?:about\s+|some\s+)?\d[\d,.]*\s*(?:kilometres|kilometers|km|miles)\s+"
                              r"(?:north|south|east|west)\w*\s+of\b", re.I)
_AND_GAP = re.compile(r"\s*(?:,|,?\s*and|,?\s*or)\s*$")


def _places_by_cue(doc, mentions: list[Mention]) -> list[Mention]:
    """A name spaCy took for a person or an organisation is a place when the words around it say so ("the villages
    of ...", "near ...", "..., 90 kilometres north of"), and so are the names listed with it ("Tin Hama and Intahaka",
    "between Afmadow and Bilis Qooqaani") and its other mentions."""
    text = doc_text(doc)
    ms = sorted(mentions, key=lambda m: m.char_start)

    def plain(m):  # a one- or two-word name with no title, no acronym, not a known organisation or a people
        if m.entity_type not in ("person", "organization") or len(_words(m.text)) > 2 or gz.is_known_org(m.text) or \
                re.match(r"(?i)(?:the|mr|mrs|ms|dr)\b", m.text) or m.text.isupper() or \
                m.entity_key.startswith(("people:", "group:")):
            return False
        span = doc.char_span(m.char_start, m.char_end, alignment_mode="expand")
        # the name heads its phrase: not "near KPA posts"
        return span is not None and not _title_before(doc, span.start) and \
            not (span.end < len(doc) and doc[span.end].pos_ == "NOUN")

    places: set[str] = set()
    for k, m in enumerate(ms):
        if not (plain(m) or m.entity_type == "place") or re.match(r"['’]s\b", text[m.char_end:m.char_end + 2]):
            continue
        if _PLACE_CUE_BEFORE.search(text, max(0, m.char_start - 30), m.char_start) or \
                _PLACE_CUE_AFTER.match(text, m.char_end) or \
                m.entity_key.startswith(("geonames:", "iso:")) and _where_or_whence(doc, m):
            places.add(m.text)  # a known place after "in" leads a list too: "in Kalutara and Gampaha"
    # the names listed with one of them, either side ("between Afmadow and Bilis Qooqaani")
    for k, m in enumerate(ms):
        if m.text not in places:
            continue
        for j in (k - 1, k + 1):
            if 0 <= j < len(ms) and plain(ms[j]):
                a, b = (ms[j], m) if j < k else (m, ms[j])
                if _AND_GAP.match(text[a.char_end:b.char_start]) and len(text[a.char_end:b.char_start]) < 8:
                    places.add(ms[j].text)
    if not places:
        return mentions
    out = []
    for m in mentions:
        # only a name that stands for itself: not a club or a person it was linked to ("gave Bergen the lead")
        if m.text in places and m.entity_type in ("person", "organization") and \
                m.entity_key in (_person_key(m.text), _org_key(m.text)):
            m = Mention(m.char_start, m.char_end, m.text, m.text, "place", "place:" + gz.norm(m.text),
                        _country_prefix(m.text))
        out.append(m)
    return out


# a dateline's place in capitals, before a date or an agency: "N'DJAMENA, 26 September 2013 (UNHCR)"
_DATELINE_PLACE = re.compile(r"^([A-Z][A-Z'’\-.]+(?: [A-Z][A-Z'’\-.]+){0,2})(?:,\s*(?=\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]{2,}\.?\s+\d"
                             r"|[A-Z][a-z]+,|\()|\s+(?=[—–]\s|--\s))", re.M)


def _where_or_whence(doc, m: Mention) -> bool:
    """The mention follows a locative (:func:`_is_locative`) or "from", "to", "via": where, whence or whither."""
    span = doc.char_span(m.char_start, m.char_end, alignment_mode="expand")
    if span is None:
        return False
    return _is_locative(doc, span.start) or span.start > 0 and doc[span.start - 1].lower_ in ("from", "to", "via")


_ARTICLE_PREFIX = r"(?:(?:al|el|as|ar|ad|ash|an|az|at)-)?"
_NEAR_NAME = re.compile(r"\b(?:[Nn]ear|[Oo]utside)\s+(" + _ARTICLE_PREFIX + r"[A-Z][\w'’-]*?(?:\s+" + _ARTICLE_PREFIX +
                        r"[A-Z][\w'’-]*?){0,2})(?=\s*[,.;:)]|\s+(?:and|or|in|on|after|before|were|was)\b)")
# after "near", names of times ("near Christmas", "near March"), not of places
_NOT_NEAR_NAMES = {n.lower() for n in (*calendar.month_name[1:], *calendar.day_name)} | {"christmas", "easter",
                                                                                          "ramadan", "eid"}


def _places_after_near(doc, mentions: list[Mention]) -> list[Mention]:
    """The capitalised name after "near" or "outside" is a place even where spaCy tagged none of it or only its
    first word: "-- Near Mar'a, two strikes ...", "near Tal Abyad and outside Ayn Issa"."""
    text = doc_text(doc)
    out = list(mentions)
    for hit in _NEAR_NAME.finditer(text):
        s, e = hit.span(1)
        name = hit.group(1)
        if gz.norm(name) in _NOT_NEAR_NAMES or name.endswith(("'s", "’s")) or gz.is_known_org(name) or \
                gz.demonym(name) or len(name) < 3:
            continue
        over = [m for m in out if m.char_start < e and s < m.char_end]
        if any(not (s <= m.char_start and m.char_end <= e) or m.entity_type in ("organization", "person") and
               (m.char_start, m.char_end) == (s, e) for m in over):
            continue  # part of a longer name, or a name already read another way
        if any((m.char_start, m.char_end) == (s, e) for m in over):
            continue
        out = [m for m in out if m not in over]
        p = gz.lookup_place(name)
        out.append(_place_mention(s, e, name, p) if p is not None else
                   Mention(s, e, name, name, "place", "place:" + gz.norm(name), None))
    return out


def _cities_after_locatives(doc, mentions: list[Mention]) -> list[Mention]:
    """A one-word name spaCy took for an organisation after "from", "to", "at" ... that the gazetteer knows as a
    city or a country is the place ("a developer from Scottsdale", "will travel to Zabid")."""
    out = []
    for m in mentions:
        if m.entity_type == "organization" and " " not in m.text and m.entity_key == _org_key(m.text) and \
                not gz.is_known_org(m.text) and not m.text.isupper() and _where_or_whence(doc, m):
            place = gz.lookup_place(m.text)
            if place is not None and place.kind in ("city", "country"):
                m = _place_mention(m.char_start, m.char_end, m.text, place)
        out.append(m)
    return out


# the head word an organisation's name opens with in Spanish, Portuguese, French or Italian
_FOREIGN_ORG_HEAD = re.compile(r"(?:(?i:the)\s+)?(?:Frente|Partido|Movimiento|Movimento|Ejército|Exército|Fuerzas|Forças|"
                               r"Unión|União|Alianza|Aliança|Parti|Mouvement|Armée|Fronte|Partito|Congreso|Consejo|"
                               r"Comité|Asociación|Fundación|Fundação|Banco|Grupo|Sindicato|Confederación)\s+[A-Z]")


def _foreign_org_names(mentions: list[Mention]) -> list[Mention]:
    """"the rebel Frente Andino Popular" spaCy took for a person: a name opening with a foreign head word for a
    front, party, movement, army or bank is an organisation."""
    out = []
    for m in mentions:
        if m.entity_type == "person" and _FOREIGN_ORG_HEAD.match(m.text):
            name = re.sub(r"^(?i:the)\s+", "", m.text)
            m = Mention(m.char_start, m.char_end, m.text, name, "organization", _org_key(name))
        out.append(m)
    return out


def _dateline_places(doc, mentions: list[Mention]) -> list[Mention]:
    """The place of a dateline spaCy left untagged (an apostrophe or a hyphen in capitals): the gazetteer's place."""
    text = doc_text(doc)
    out = []
    for m in _DATELINE_PLACE.finditer(text, 0, min(len(text), 600)):
        s, e = m.span(1)
        if any(x.char_start < e and s < x.char_end for x in mentions):
            continue
        place = gz.lookup_place(m.group(1).title())
        if place is not None:
            out.append(_place_mention(s, e, m.group(1), place))
    return out


_ROLE_START = re.compile(r"([A-Z][a-z]+)\s+(?=[A-Z])")


def _role_then_person(mentions: list[Mention]) -> list[Mention]:
    """"Striker Mads Kjærgaard" spaCy took for an organisation: a role word and a person's name is the person."""
    out = []
    for m in mentions:
        rm = _ROLE_START.match(m.text) if m.entity_type == "organization" else None
        name = m.text[rm.end():] if rm else ""
        words = _words(name)
        if rm and _role_noun(rm.group(1).lower()) and 2 <= len(words) <= 3 and \
                all(w[:1].isupper() and w.isalpha() for w in words) and gz.lookup_place(name) is None and \
                not gz.is_known_org(name) and not gz.org_head(name):
            m = Mention(m.char_start, m.char_end, m.text, name, "person", _person_key(name))
        out.append(m)
    return out


_RESIDENT_AFTER = re.compile(r"[ -](?:residents?|natives?|-?based|villagers?|mayor|police)\b")


def _places_of_residents(doc, mentions: list[Mention]) -> list[Mention]:
    """"Marikina resident Jocelyn Dizon": a name before "resident(s)", "native" or "-based" that the gazetteer
    knows is the place, not a person."""
    text = doc_text(doc)
    out = []
    for m in mentions:
        if m.entity_type == "person" and " " not in m.text and _RESIDENT_AFTER.match(text, m.char_end):
            place = gz.lookup_place(m.text)
            if place is not None:
                m = _place_mention(m.char_start, m.char_end, m.text, place)
        out.append(m)
    return out


def _office_and_place(mentions: list[Mention]) -> list[Mention]:
    """"OCHA Juba" taken for a person: an acronym the article uses for an organisation and a place after it are the
    organisation's office there, two mentions."""
    orgs = {gz.norm(m.text) for m in mentions if m.entity_type == "organization"}
    out = []
    for m in mentions:
        parts = m.text.split(None, 1)
        if m.entity_type == "person" and len(parts) == 2 and re.fullmatch(r"[A-Z]{2,6}", parts[0]) and \
                gz.norm(parts[0]) in orgs:
            place = gz.lookup_place(parts[1])
            if place is not None:
                start = m.char_start + m.text.index(parts[1], len(parts[0]))
                out.append(Mention(m.char_start, m.char_start + len(parts[0]), parts[0], parts[0], "organization",
                                   _org_key(parts[0])))
                out.append(_place_mention(start, start + len(parts[1]), parts[1], place))
                continue
        out.append(m)
    return out


def _storms(doc, mentions: list[Mention]) -> list[Mention]:
    """A named storm ("Typhoon Ketsana", "Hurricane Sandy") is neither a person nor a place: an event."""
    text = doc_text(doc)
    out = []
    for m in mentions:
        before = text[max(0, m.char_start - 24):m.char_start]
        if m.entity_type in ("person", "place", "organization") and (
                _STORM.match(m.text) or re.search(r"(?:Typhoon|Hurricane|Cyclone|Storm)\s+$", before)) and \
                not m.entity_key.startswith(("iso:", "geonames:")):
            m = Mention(m.char_start, m.char_end, m.text, m.name, "other", "event:" + gz.norm(m.text))
        out.append(m)
    return out


_HONORIFIC_NAME = re.compile(r"(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)$")


def _honorifics_are_people(mentions: list[Mention], full_people: dict[str, str]) -> list[Mention]:
    """"Ms Quispe", "Dr. Ferreyra" spaCy took for an organisation or a place: a person, the one of that surname
    named in full in the article when there is one."""
    out = []
    for m in mentions:
        hm = _HONORIFIC_NAME.match(m.text) if m.entity_type in ("organization", "place") else None
        if hm:
            full = full_people.get(gz.norm(_words(hm.group(1))[-1]), hm.group(1))
            m = Mention(m.char_start, m.char_end, m.text, full, "person", _person_key(full))
        out.append(m)
    return out


def _namesake(building: Mention) -> list[Mention]:
    """The person a building that spaCy took for a person is named after: "Steven F. Udvar-Hazy" in "the Steven F.
    Udvar-Hazy Center"."""
    text = building.text
    lead = re.match(r"(?i)the\s+", text)
    words = _words(text[lead.end():] if lead else text)
    while words and words[-1].lower() in gz.FACILITY_WORDS | gz.ORG_HEADS:
        words = words[:-1]
    if len(words) < 2:
        return []
    start = building.char_start + text.index(words[0], lead.end() if lead else 0)
    name = " ".join(words)
    end = start + len(name)
    if building.text[start - building.char_start:end - building.char_start] != name:
        return []  # the words are not separated by single spaces
    return [Mention(start, end, name, name, "person", _person_key(name))]


def _lone_person_words(doc) -> frozenset:
    """One-word names spaCy tagged as people in the article ("Mertens"), normalised (cached on the doc)."""
    found = doc.user_data.get("claimpack_lone_person_words")
    if found is None:
        found = frozenset(gz.norm(e.text) for e in doc.ents if e.label_ == "PERSON" and len(e) == 1)
        doc.user_data["claimpack_lone_person_words"] = found
    return found


def _person_shaped(surface: str) -> bool:
    """Two or three capitalised words (with a name particle between them: "Staffan de Mistura") that are no
    organisation, facility, place, nationality or title, and name no country or region."""
    words = _words(surface)
    caps = [w for k, w in enumerate(words) if not (0 < k < len(words) - 1 and w in _PARTICLES)]
    return 2 <= len(caps) <= 3 and len(words) <= 4 and \
        all(re.fullmatch(r"[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?", w) for w in caps) and \
        not gz.org_head(surface) and not gz.facility_head(surface) and not gz.is_known_org(surface) and \
        gz.lookup_place(surface) is None and \
        not any(gz.demonym(w) or w.lower() in TITLES or _is_region(w) for w in words)


def _is_region(word: str) -> bool:
    p = gz.lookup_place(word)
    return p is not None and p.kind in ("country", "subdivision", "region")


_HUMAN_ACTS = {"found", "co-found", "save", "score", "write", "direct", "paint", "compose", "invent", "design",
               "photograph", "sing", "narrate", "illustrate", "coach", "author", "sculpt", "discover"}


def _agent_of_human_act(doc, ts: int) -> bool:
    """The span is the agent of a passive verb only people do: "founded by ...", "saved by ..."."""
    by = doc[ts - 1] if ts > 0 else None
    return by is not None and by.lower_ == "by" and by.dep_ == "agent" and by.head.lemma_ in _HUMAN_ACTS


# Verbs whose object is a person: "married Heather Mills", "arrested John Doe", "appointed Ann Ray".
_HUMAN_OBJECT_ACTS = {"marry", "wed", "divorce", "kiss", "hug", "arrest", "detain", "interview", "appoint",
                      "nominate", "elect", "sack", "hire", "execute", "murder", "assassinate", "kidnap", "abduct",
                      "impeach", "pardon", "sentence", "convict", "extradite", "married"}


_PERSON_APPOSITIVES = _ROLE_NOUNS | {"man", "woman", "boy", "girl", "teenager", "child", "resident", "native",
                                     "citizen", "member", "leader", "founder", "head", "veteran", "politician",
                                     "lawmaker", "father", "mother", "grandmother", "grandfather", "friend",
                                     "colleague", "spokesperson", "commander", "general", "chief"}
_ORG_APPOSITIVES = (gz.ORG_CUES - {"investor", "operator", "contractor", "publisher", "rival", "broker", "giant",
                                    "maker", "supplier", "daily", "weekly"}) | {"company", "organization", "organisation", "charity", "nonprofit", "agency",
                                  "department", "ministry", "institute", "university", "association", "coalition",
                                  "movement", "militia", "faction", "startup", "corporation", "conglomerate",
                                  "team", "club", "foundation"}


def _appositive_types(doc, mentions: list[Mention]) -> list[Mention]:
    """An appositive says what a name is: "Dana Brooks, a 45-year-old teacher," is a person; "Orlan Vex, a
    startup in Austin," an organisation, whatever spaCy called them. Gazetteer links and known names keep theirs."""
    out = []
    for m in mentions:
        if m.entity_type in ("person", "organization") and not m.entity_key.startswith(_GAZ_KEYS + ("people:",)) \
                and not gz.is_known_org(m.text):
            span = doc.char_span(m.char_start, m.char_end, alignment_mode="expand")
            head = span.root if span is not None else None
            app = next((t for t in head.children if t.dep_ == "appos" and t.pos_ == "NOUN" and t.i > head.i),
                       None) if head is not None else None
            want = None
            if app is not None and app.lemma_ in _PERSON_APPOSITIVES and m.entity_type == "organization" and \
                    _person_shaped(m.text):
                want = "person"
            elif app is not None and app.lemma_ in _ORG_APPOSITIVES and m.entity_type == "person":
                want = "organization"
            if want:
                bare = re.sub(r"^(?i:the)\s+", "", m.text)
                m = Mention(m.char_start, m.char_end, m.text, bare, want,
                            _person_key(bare) if want == "person" else _org_key(bare),
                            None if want == "person" else _country_prefix(bare))
        out.append(m)
    return out


# Head nouns of a descriptor that says a name is a company: "aircraft maker Valmont Aero", "Valmont Aero, the French
# maker of airliners", "Spanish lender Banco Meridional"; a "film maker" or "policy maker" is a person.
_CORP_HEADS = {"maker", "carmaker", "automaker", "chipmaker", "company", "firm", "airline", "carrier", "lender",
               "bank", "insurer", "retailer", "manufacturer", "conglomerate", "chain", "supplier", "producer",
               "corporation", "subsidiary", "brokerage", "startup", "miner", "refiner", "utility",
               "telecom", "operator", "developer", "exporter", "importer", "distributor", "wholesaler"}
_HUMAN_MAKERS = {"film", "movie", "policy", "decision", "peace", "trouble", "law", "match", "documentary", "mischief",
                 "rain", "king", "dress", "program", "programme", "playmaker", "noise", "money", "news", "deal",
                 "mail", "letter", "flag"}
_BUSINESS_NOUNS = {"shares", "share", "stock", "stocks", "profit", "profits", "loss", "losses", "revenue", "revenues",
                   "sales", "earnings", "turnover", "shareholders", "stockholders", "backlog", "dividend",
                   "subsidiary", "headquarters", "workforce", "market", "valuation"}
_RESULT_NOUNS = {"profit", "profits", "loss", "losses", "revenue", "revenues", "sales", "earnings", "turnover",
                 "deficit", "dividend"}


def _corp_head(tok, before) -> bool:
    """A corporate head noun, not a person's ("aircraft maker", not "film maker")."""
    return tok.lower_ in _CORP_HEADS and tok.pos_ in ("NOUN", "PROPN") and not tok.text.isupper() and \
        (before is None or before.lower_ not in _HUMAN_MAKERS)


def _company_signal(doc, ts: int, te: int) -> bool:
    """The span is named as a company: a corporate descriptor right before it ("Electronics maker Kuroda Denki") or
    in apposition ("X, the French maker of airliners,"), the name as owner of shares or results ("shares in X",
    "X's profit", "X shares rose"), or as subject of a reported result ("X reported a net profit", "X employs
    21,000 people")."""
    if ts > 0 and _corp_head(doc[ts - 1], doc[ts - 2] if ts > 1 else None):
        return True
    head = doc[te - 1]
    for t in head.children:
        if t.dep_ == "appos" and t.i >= te and _corp_head(t, doc[t.i - 1]):
            return True
    if ts > 1 and doc[ts - 1].lower_ in ("in", "of") and doc[ts - 2].lower_ in ("shares", "stock", "stocks"):
        return True
    j = te + (te < len(doc) and doc[te].lower_ in ("'s", "’s"))
    if j < len(doc) and doc[j].lower_ in _BUSINESS_NOUNS and (j > te or doc[j].lower_ in ("shares", "stock")):
        return True
    if head.dep_ in ("nsubj", "nsubjpass") and head.head.pos_ == "VERB":
        verb = head.head
        objs = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        if verb.lemma_ in ("report", "post", "announce", "forecast", "book") and \
                any(o.lower_ in _RESULT_NOUNS for o in objs):
            return True
        if verb.lemma_ == "employ" and any(any(c.like_num for c in o.subtree) for o in objs):
            return True
    return False


def _companies_named_as_people(doc, mentions: list[Mention]) -> list[Mention]:
    """A name spaCy took for a person that the article names as a company somewhere (:func:`_company_signal`) is
    that company in every mention, with its short form ("Valmont" after "Valmont Aero")."""
    firms: dict[str, str] = {}  # person key / norm name -> organisation name
    for m in mentions:
        if m.entity_type != "person" or not m.entity_key.startswith("person:"):
            continue
        span = doc.char_span(m.char_start, m.char_end, alignment_mode="expand")
        if span is None or not _company_signal(doc, span.start, span.end):
            continue
        name = re.sub(r"['’]s$", "", re.sub(r"^(?i:the)\s+", "", m.name))
        for k in (m.entity_key, gz.norm(m.text), gz.norm(name)):
            firms.setdefault(k, name)
    if not firms:
        return mentions
    for name in list(firms.values()):
        words = _words(name)
        if len(words) > 1 and len(words[0]) >= 4:
            firms.setdefault(gz.norm(words[0]), name)
    out = []
    for m in mentions:
        if m.entity_type == "person" and m.entity_key.startswith("person:"):
            name = firms.get(m.entity_key) or firms.get(gz.norm(m.text))
            if name is not None:
                m = Mention(m.char_start, m.char_end, m.text, name, "organization", _org_key(name),
                            _country_prefix(name))
        out.append(m)
    return out


def _object_of_human_act(doc, ts: int, te: int) -> bool:
    """The span is the object of a verb only people undergo: "married Heather Mills", "arrested Ann Ray"."""
    head = doc[te - 1]
    return head.dep_ in ("dobj", "obj") and head.head.pos_ == "VERB" and head.head.lemma_ in _HUMAN_OBJECT_ACTS


def _after_role_phrase(doc, ts: int, te: int) -> bool:
    """The name is set off by commas after a phrase headed by a role: "The UN Special Envoy for Syria, Staffan de
    Mistura, briefed ..."."""
    if ts < 2 or doc[ts - 1].text != "," or te >= len(doc) or doc[te].text not in (",", "."):
        return False
    for k in range(ts - 2, max(-1, ts - 9), -1):
        t = doc[k]
        if t.is_punct or t.pos_ in ("VERB", "AUX", "PRON"):
            return False
        if t.lower_ in _ROLE_HEADS or t.lower_ in _ROLE_NOUNS:
            return True
    return False


def _listed_with_people(doc, ts: int, te: int) -> bool:
    """The span is an item of a list whose neighbour items are people: "Ann Ray, <span> and Bo Li"."""
    before = ts >= 2 and doc[ts - 1].text in (",", "and") and doc[ts - 2].ent_type_ == "PERSON"
    after = te + 1 < len(doc) and doc[te].text in (",", "and") and doc[te + 1].ent_type_ == "PERSON"
    return before or after


def _names_people(doc, te: int, surface: str) -> bool:
    """A nationality, religion or party word used as a noun names people ("the Afghans", "Muslims", "Rohingya
    were rescued"), unlike the adjective or modifier ("Afghan girls", "a Buddhist monk")."""
    last = doc[te - 1]
    if not surface[:1].isupper() or last.dep_ in ("amod", "compound", "nmod", "poss") or \
            last.pos_ not in ("NOUN", "PROPN"):
        return False
    plural = last.tag_ in ("NNS", "NNPS") or re.search(r"[^s]s$", last.text) is not None
    determined = any(t.dep_ == "det" and t.head.i == last.i for t in doc[max(0, te - 4):te - 1])
    return plural or determined


# Letters after a person's name ("Jane Roe, QC") and time zones ("15:00 GMT") that spaCy takes for organisations.
_POST_NOMINALS = {"QC", "KC", "SC", "OBE", "MBE", "CBE", "KBE", "DBE", "PhD", "MD", "Jr", "Sr", "Esq", "MP", "MLA",
                  "MEP", "MSP"}
_PORTFOLIOS = {"state", "defence", "defense", "education", "health", "justice", "finance", "labour", "labor",
               "agriculture", "energy", "transport", "transportation", "interior", "commerce", "treasury", "housing",
               "environment", "culture", "trade", "industry", "foreign affairs", "home affairs", "the treasury",
               "the interior", "war", "the environment", "science", "tourism", "immigration", "welfare"}
_TIME_ZONES = {"GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST", "MSK", "EST", "EDT", "CST", "CDT", "MST", "MDT",
               "PST", "PDT", "AEST", "AEDT", "IST", "JST", "KST", "HKT", "SGT", "WIB"}


# A capitalised compound word whose second part is lower case ("Pan-democrat", "Ex-minister", "Non-partisan"): a
# descriptor, capitalised at a sentence start, not a name; also stripped from the front of a name.
_HYPHEN_WORD = re.compile(r"(?:Pan|Non|Ex|Neo|Post|Pre|Semi|Self|Co|Ultra|Far|Hard)-[a-z]+(?:\s+(?=[A-Z])|$)")


# Lower-case particles that may open a person's name ("al-Assad", "bin Salman", "van Gogh", "de Mistura").
_NAME_PARTICLE = re.compile(r"(?:al|el|ad|as|ash|at|az|bin|ibn|abu|de|da|di|du|van|von|der|den|la|le|dos|das)[- ]"
                            r"[A-Z]")


_PARTICLES = {"al", "el", "bin", "ibn", "abu", "de", "da", "di", "du", "del", "van", "von", "der", "den", "la", "le",
              "dos", "das", "arap"}


def _not_a_name(doc, ts: int, te: int, label: str, surface: str) -> bool:
    """Spans spaCy tags that name no person, organisation or place: all lower case ("disco club"), a time zone, a
    social media handle or hashtag, the letters after a person's name, or title words before a title ("Home" in
    "Home Secretary")."""
    if label not in ("ORG", "PERSON", "GPE", "LOC", "FAC", "NORP"):
        return False
    if not any(c.isupper() for c in surface) or surface in _TIME_ZONES or surface[:1] in "@#" or \
            _HYPHEN_WORD.fullmatch(surface):
        return True
    if label in ("ORG", "NORP", "PERSON") and surface.lower() in _COMPASS - {"new", "greater"}:
        return True  # "Eastern and Northern European heritage": a compass word alone is no name
    if surface in _POST_NOMINALS and ts >= 2 and doc[ts - 1].text == "," and doc[ts - 2].ent_type_ == "PERSON":
        return True
    if label == "ORG" and ts >= 2 and doc[ts - 1].lower_ in ("of", "for") and doc[ts - 2].lower_ in _ROLE_HEADS \
            and gz.norm(surface) in _PORTFOLIOS:
        return True  # "Secretary of State", "Minister for Education": the portfolio is part of the title
    if label in ("ORG", "GPE", "LOC", "FAC") and doc[te - 1].lower_ in _ROLE_HEADS and \
            all(t.lower_ in _TITLE_MODIFIERS for t in doc[ts:te - 1]):
        return True  # "Spokesperson", "Deputy Spokesperson" tagged as an organisation: a title
    return label == "ORG" and te < len(doc) and doc[te].lower_.rstrip(".") in _ROLE_HEADS | TITLES and \
        doc[te].text[:1].isupper() and all(t.lower_ in _TITLE_MODIFIERS for t in doc[ts:te])


_COMPASS_POINTS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                   "north-east", "north-west", "south-east", "south-west"}


def _compass_of_before(doc, ts: int) -> bool:
    """"west of", "south-east of" right before the name: a place's bearing."""
    return ts >= 2 and doc[ts - 1].lower_ == "of" and (doc[ts - 2].lower_ in _COMPASS_POINTS or (
        ts >= 4 and doc[ts - 3].text == "-" and doc[ts - 2].lower_ in _COMPASS_POINTS))


_HYPHEN_MODEL = re.compile(r"[A-Z][A-Za-z]{1,3}-\d{1,3}[A-Za-z]?")  # "MQ-9", "Su-25": a model, not an org
_MODEL_CODE = re.compile(r"(?:[A-Z]{1,4}-?\d{1,3}[A-Za-z]{0,2}s?|[IVX]{1,4}|Mk\.?\s*\d+)$")


def _weapon_name(doc, ts: int, te: int, n: str) -> bool:
    """A curated weapon platform name (:data:`gz.WEAPON_NAMES`) followed by a model code ("GR4s", "IV") or a weapon
    noun ("missiles", "guided bombs", "jets"), or counted ("two Tornados")."""
    if te - ts > 1 and _MODEL_CODE.match(doc[te - 1].text) and gz.norm(doc[ts:te - 1].text) in gz.WEAPON_NAMES:
        return True  # "Paveway IV", "Tornado GR4" spanned with the model code
    if n not in gz.WEAPON_NAMES and not (n.endswith("s") and n[:-1] in gz.WEAPON_NAMES):
        return False
    j = te
    while j < len(doc) and j < te + 3 and doc[j].pos_ == "ADJ" or (j < len(doc) and doc[j].lower_ in
                                                                     ("guided", "remotely", "piloted", "cruise")):
        j += 1
    code = te < len(doc) and _MODEL_CODE.match(doc[te].text) is not None
    noun = j < len(doc) and doc[j].lower_ in gz.WEAPON_NOUNS
    counted = ts > 0 and (doc[ts - 1].like_num or doc[ts - 1].lower_ in ("a", "an")) and doc[ts - 1].pos_ in ("NUM", "DET")
    # "RAF Typhoons and Reapers": a plural listed with another weapon platform, or after the air force's name
    listed = n.endswith("s") and ts >= 2 and doc[ts - 1].lower_ in ("and", "or", ",") and \
        (gz.norm(doc[ts - 2].text) in gz.WEAPON_NAMES or gz.norm(doc[ts - 2].text)[:-1] in gz.WEAPON_NAMES)
    return code or noun or listed or (counted and (n.endswith("s") or code or noun))


def _place_compound_after(doc, j: int) -> bool:
    """"-based" / "-headquartered" glued after the name: "the Toulouse-based company" names where it is."""
    return j + 1 < len(doc) and doc[j].text == "-" and not doc[j].whitespace_ and not doc[j - 1].whitespace_ and \
        doc[j + 1].lower_ in ("based", "headquartered")


_AIR_BASE = re.compile(r"RAF ([A-Z][a-z]+(?: [A-Z][a-z]+)?)")
# public offices whose holder's title can carry a portfolio or a court: "Public Works Commissioner Dana Hill"
_OFFICE_TITLES = {"commissioner", "secretary", "minister", "judge", "justice", "magistrate", "sheriff", "prosecutor",
                  "superintendent", "administrator", "inspector", "director"}
_PARTY_MEMBERS = {"Republican", "Democrat", "Tory", "Conservative", "Liberal", "Socialist"}
# a party member alone, which spaCy takes for a person's name: "No Republican has won"
_PARTY_MEMBER_FORMS = _PARTY_MEMBERS | {p + "s" for p in _PARTY_MEMBERS} | {"Tories", "Communist", "Communists"}


def _body_before_title(doc, ts: int, te: int, label: str, surface: str):
    """Spans that are pieces of a person's description, not names of their own. A portfolio or court tagged as an
    organisation before a capitalised title and a person ("Public Safety Commissioner Ruth Okafor", "Greene
    County Circuit Judge Paul Amos"): no organisation, but the county in it is a place. A party member after "a"
    ("a Joplin Republican", "a Peoria Democrat"): no entity, but the town before it is. Returns the place, False
    (no mention) or None (not such a span)."""
    if label == "ORG" and te + 1 < len(doc) and doc[te].text[:1].isupper() and doc[te].lower_ in _OFFICE_TITLES \
            and doc[te + 1].ent_type_ == "PERSON" and not gz.is_known_org(surface) and \
            gz.lookup_place(surface) is None and not gz.demonym(surface):
        county = re.match(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)* (?:County|Parish)(?= )", surface)
        p = gz.lookup_us_county(county.group(0)) if county else None
        if p is not None:
            cs = doc[ts].idx
            return _place_mention(cs, cs + len(county.group(0)), county.group(0), p)
        n = gz.norm(surface)
        if n in _PORTFOLIOS or (gz.common_phrase(n) and not gz.org_head(surface)):
            return False
    words = _words(surface)
    if label in ("NORP", "PERSON", "ORG") and words and words[-1] in _PARTY_MEMBERS and \
            len(words) <= 3 and ts > 0:
        first = ts
        while first > 0 and doc[first - 1].ent_type_ in ("GPE", "LOC") and doc[first - 1].text[:1].isupper():
            first -= 1
        if first > 0 and doc[first - 1].lower_ in ("a", "an"):
            if len(words) > 1:
                town = " ".join(words[:-1])
                p = gz.lookup_place(town)
                if p is not None and surface.startswith(town):
                    return _place_mention(doc[ts].idx, doc[ts].idx + len(town), town, p)
            return False
    return None


_GROUP_CALLED = re.compile(r"\b(?:group|organi[sz]ation|movement|militia|faction|firm|company|party|network|charity)\s+"
                           r"(?:called|named|known\s+as)\s+$", re.I)
# Nouns for the members of an armed group, after its name: no person has "fighters" ("Assad forces" do, so forces and
# troops are not here).
_ARMED_MEMBERS = {"fighters", "militants", "militiamen", "gunmen", "jihadists", "insurgents", "rebels"}


# last words of sports events named for a place: "the Algarve Classic", "the Madrid Open", "the Dubai Masters"
_EVENT_TAILS = {"classic", "open", "masters", "invitational", "marathon", "grand prix", "derby", "rally"}


def _common_words_in_headline(doc, ts: int, te: int, label: str, surface: str) -> bool:
    """A name on the title-case first line whose every word the article also writes in lower case ("Cloud Sales",
    "Runoff as Leaders Fall Short"): headline words, not a name."""
    text = doc_text(doc)
    first_nl = text.find("\n")
    if label not in ("PERSON", "ORG") or first_nl < 0 or doc[ts].idx >= first_nl or \
            gz.is_known_org(surface) or not re.search(r"[a-z]", surface):
        return False
    body = _body_words(doc)
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", surface)]
    small = {"as", "of", "on", "in", "to", "for", "and", "the", "a", "at", "by"}
    content = [w for w in words if w not in small]
    return bool(content) and all(w in body for w in content) and (len(content) >= 2 or label == "PERSON")


def _body_words(doc) -> frozenset:
    """Lower-case words written in lower case in the article after its first line (cached on the doc)."""
    found = doc.user_data.get("claimpack_body_words")
    if found is None:
        text = doc_text(doc)
        found = frozenset(re.findall(r"(?<![A-Za-z])[a-z]+(?![A-Za-z])", text[text.find("\n") + 1:]))
        doc.user_data["claimpack_body_words"] = found
    return found


def _classify(doc, cs, ce, ts, te, label, surface, proper, full_people, acronyms,
              named: frozenset = frozenset()) -> Optional[Mention]:
    n = gz.norm(surface)
    bare = re.sub(r"^(?i:the)\s+", "", surface)
    if _not_a_name(doc, ts, te, label, surface):
        return None
    if label in ("ORG", "PERSON", "NORP") and proper and gz.arabic_form(n) and \
            (_is_locative(doc, ts, coordinated=True) or _compass_of_before(doc, ts)):
        p = gz.lookup_place(surface)  # "west of Tal Afar", "near Ras al Ain" tagged as a person: a town
        return _place_mention(cs, ce, surface, p) if p is not None else \
            Mention(cs, ce, surface, bare, "place", "place:" + n, None)
    if label in ("ORG", "PERSON", "GPE", "LOC", "NORP", "FAC") and _place_compound_after(doc, te) and \
            not gz.is_known_org(surface):
        p = gz.lookup_place(surface)  # "the Bordeaux-based company": Bordeaux the city, not an organisation
        if p is not None:
            m = _place_mention(cs, ce, surface, p)
            if te + 2 < len(doc) and doc[te + 2].text[:1].isupper() and doc[te + 2].pos_ == "PROPN":
                # "analysts at Accra-based Sika Capital": the firm's seat, no place of what it says or does
                m = Mention(m.char_start, m.char_end, m.text, m.name, m.entity_type, m.entity_key, None,
                            m.geonames_id, None, m.latitude, m.longitude)
            return m
    words = [w for w in _words(bare)]
    rest = [w for w in words if w.lower() not in _REGION_COMPASS]
    if label in ("ORG", "PERSON", "NORP", "FAC") and rest and len(rest) < len(words) and len(words) <= 3 and \
            all(w[:1].isupper() for w in words) and not gz.org_head(surface) and not gz.facility_head(surface):
        p = gz.lookup_place(" ".join(rest))  # "the Pacific Northwest" tagged as an organisation: a region
        if p is not None and p.kind != "city":
            return Mention(cs, ce, surface, bare, "place", "place:" + gz.norm(bare), p.country_code)
    team = re.fullmatch(r"Team ([A-Z][\w.]*(?: [A-Z][\w.]*)?)", surface)
    if team and label in ("PERSON", "ORG", "GPE", "NORP") and \
            getattr(gz.lookup_place(team.group(1)), "kind", None) == "country":
        # "Team GB", "Team Estonia": a national team, an organisation (the country stays nested)
        return Mention(cs, ce, surface, surface, "organization", _org_key(surface),
                       gz.lookup_place(team.group(1)).country_code)
    base = _AIR_BASE.fullmatch(surface)
    if base and label in ("PERSON", "ORG", "FAC", "GPE", "LOC") and gz.norm(base.group(1)) not in gz.WEAPON_NAMES \
            and base.group(1).lower() not in gz.ORG_HEADS | _ROLE_HEADS and not gz.is_product(base.group(1)) and \
            (not base.group(1).endswith("s") or gz.lookup_place(base.group(1)) is not None):
        p = gz.lookup_place(base.group(1))  # "RAF Akrotiri", "RAF Marham": an air base, a place
        return Mention(cs, ce, surface, surface, "place", "place:" + n, p.country_code if p is not None else "GBR")
    body = _body_before_title(doc, ts, te, label, surface)
    if body is not None:
        return body or None
    # 0. a surname of a person named in full earlier or later in the article ("Paris" after "Valeska Paris")
    particled = re.fullmatch(r"(?:(?:" + "|".join(_PARTICLES) + r")\s+)+([A-Z][\w'’-]+)", surface)
    if particled and gz.norm(particled.group(1)) in full_people and label != "NORP":
        full = full_people[gz.norm(particled.group(1))]  # "de Mistura" after "Staffan de Mistura"
        return Mention(cs, ce, surface, full, "person", _person_key(full))
    if len(_words(surface)) == 1 and n in full_people and (label != "NORP" or not (
            gz.demonym(surface) or n in gz.ETHNIC_GROUPS or n in gz.RELIGIONS)):
        full = full_people[n]  # also when spaCy called it a nationality ("Slepian" after "Barnett Slepian")
        return Mention(cs, ce, surface, full, "person", _person_key(full))
    if len(_words(surface)) == 1 and label in ("PERSON", "ORG", "NORP", "GPE", "LOC") and doc[ts].is_sent_start and \
            (doc[ts].pos_ in ("VERB", "ADV", "INTJ", "AUX", "SCONJ", "ADP", "PRON", "DET") or
             (doc[ts].pos_ in ("ADJ", "NOUN") and te < len(doc) and doc[te].is_lower and doc[te].pos_ == "NOUN" and
              not gz.is_known_org(surface) and not _capitalised_elsewhere(doc, ts)) or
             (doc[ts].tag_ == "NNS" and te < len(doc) and doc[te].pos_ in ("VERB", "AUX") and  # "Warplanes struck"
              not gz.is_known_org(surface) and not _capitalised_elsewhere(doc, ts))) and \
            not gz.demonym(surface) and gz.lookup_place(surface) is None:
        return None  # "Rescued ...", "Please ...": a common word capitalised at a sentence start
    if _dateline(doc, ts, te) and surface.isupper() and len(surface) > 2 and te < len(doc) and \
            doc[te].text in (",", "(") and label in ("GPE", "LOC", "NORP", "ORG", "PERSON", "FAC"):
        p = gz.lookup_place(surface.title()) or gz.lookup_place(surface)
        return _place_mention(cs, ce, surface, p) if p is not None else \
            Mention(cs, ce, surface, bare, "place", "place:" + n, None)  # "BUFFALO, N.Y. (AP)"
    family = re.fullmatch(r"(?:(?i:the)\s+)?([A-Z]\w+?)s", surface)
    if family and gz.norm(family.group(1)) in full_people and (surface[:4].lower() == "the " or
                                                                (ts > 0 and doc[ts - 1].lower_ == "the")):
        # "the Sams" after "Thomas Sam": the family, people
        return Mention(cs, ce, surface, surface, "person", "people:" + n)

    if label in ("ORG", "PERSON", "GPE") and gz.MODEL_DESIGNATION.fullmatch(bare):
        return Mention(cs, ce, surface, bare, "other", "product:" + n)  # "its new H-780 jumbo": a model, no firm

    if label in ("GPE", "LOC", "ORG", "FAC", "NORP") and bare == "Vatican" and te < len(doc):
        if doc[te].lower_ == "watchers":
            return None  # "Vatican watchers": those who follow it, no mention of it
        if doc[te].lower_ in _ROLE_HEADS or doc[te].lower_ in ("officials", "official"):
            # "Vatican spokesman Father Tomasz": the Holy See, an organisation
            return Mention(cs, ce, surface, "Vatican", "organization", "org:holy see", "VAT")
    if label in ("GPE", "LOC", "ORG") and bare.rstrip(".") == "Mass" and ts > 0 and \
            doc[ts - 1].lower_ in ("a", "the", "celebrate", "attend", "said"):
        return None  # "attend a Mass": the service, not Massachusetts
    if label in ("PERSON", "NORP") and surface in _PARTY_MEMBER_FORMS:
        return Mention(cs, ce, surface, surface, "group", "people:" + gz.norm(surface))  # "No Republican has won"
    if label in ("PERSON", "ORG", "PRODUCT", "WORK_OF_ART", "EVENT", "FAC") and len(_words(bare)) >= 2 and \
            _words(bare)[-1].lower() in _EVENT_TAILS and gz.lookup_place(" ".join(_words(bare)[:-1])) is not None:
        return Mention(cs, ce, surface, bare, "other", "event:" + n)  # "the Algarve Classic": a tournament
    if _common_words_in_headline(doc, ts, te, label, surface):
        return None  # "Profit Rises 14% on Cloud Sales": words of the headline, capitalised as all of it is

    # 1a. stock indices ("the Dow Jones Industrial Average", "the Nikkei" in a market sentence): not organisations
    kind = gz.index_kind(surface)
    numbered = re.match(r"(?:['’]s)?\s+\d{2,4}\b", doc_text(doc)[ce:ce + 8])
    if numbered and kind is None and gz.index_kind(surface + numbered.group(0)) == "index":
        kind = "index"  # "Standard & Poor" + "'s 500 index"
    if kind == "index" or (kind == "ambiguous" and _market_context(doc, ts, te)):
        return Mention(cs, ce, surface, bare, "other", "index:" + n)

    # 1'. religious festivals ("the Hajj") are events
    if gz.norm(bare) in gz.FESTIVALS:
        return Mention(cs, ce, surface, bare, "other", "event:" + gz.norm(bare))

    # 1-0. a seat of government named for its government ("the White House") is the building after a locative
    # ("bring it to the White House", "a dinner at the White House"), else the government (below)
    if n in gz.STATE_BODIES and not gz.is_known_org(surface) and len(_words(surface)) > 1 and \
            (_is_locative(doc, ts) or (ts > 0 and doc[ts - 1 - (ts > 1 and doc[ts - 1].lower_ == "the")].lower_ in
                                       ("to", "from"))):
        return Mention(cs, ce, surface, bare, "place", "place:" + n, gz.STATE_BODIES[n])

    # 1-1. a military aircraft, drone or munition with its model code, a number or a weapon noun ("two Tornado GR4s",
    # "Paveway IV guided bombs") is a product, not an organisation
    if label in ("ORG", "PERSON", "PRODUCT", "WORK_OF_ART", "GPE", "NORP", "FAC") and _weapon_name(doc, ts, te, n):
        return Mention(cs, ce, surface, bare, "other", "product:" + n)

    # 1. media outlets, agencies and well-known organisations
    if gz.is_known_org(surface):
        name = acronyms.get(n, bare)  # "WHO" after "the World Health Organisation (WHO)" is that organisation
        return Mention(cs, ce, surface, name, "organization", _org_key(name), gz.STATE_BODIES.get(n))

    # 1b. named products ("iPhone", "Internet Explorer", "the Polaroid camera") are neither organisations nor
    # people nor places
    if gz.is_product(surface) or (label in ("PERSON", "PRODUCT", "WORK_OF_ART") and te < len(doc)
                                  and doc[te].lower_ in gz.PRODUCT_HEADS and not gz.lookup_place(surface)):
        return Mention(cs, ce, surface, bare, "other", "product:" + n)
    # a title right after a work noun ("the 1969 film Easy Rider", "her novel Angel Catbird") and a belief or
    # movement ("Islam", "Islamophobia") are no people, organisations or places
    if proper and ts > 0 and doc[ts - 1].text in gz.WORK_NOUNS and doc[ts - 1].pos_ == "NOUN":
        return Mention(cs, ce, surface, bare, "other", "work:" + n)
    if len(_words(surface)) == 1 and (n in gz.RELIGIONS or re.search(r"(?:ism|phobia)$", n)):
        return Mention(cs, ce, surface, bare, "other", "belief:" + n)

    # 1b'. a name right after an organisation noun is an organisation ("the French newspaper Les Echos")
    if proper and label != "PERSON" and ts > 0 and doc[ts - 1].text in gz.ORG_CUES and \
            gz.lookup_place(surface) is None and not gz.demonym(surface):
        return Mention(cs, ce, surface, bare, "organization", _org_key(bare), _country_prefix(bare))
    if n in gz.CORPORATE_SUFFIXES:
        return None  # a stray "LLC" / "Inc." split from its company name
    if label in ("ORG", "PERSON", "GPE", "FAC", "NORP") and _names_condition(acronyms.get(n, bare)):
        return Mention(cs, ce, surface, bare, "other", "other:" + n)  # "Iodine Deficiency Disorders": a condition
    if label in ("ORG", "PERSON", "GPE", "FAC", "NORP", "PRODUCT") and _SOFTWARE_SYSTEM.search(bare):
        return Mention(cs, ce, surface, bare, "other", "product:" + n)  # "the Border Information System": software

    # 1b''. a name after "the town of", "the province of" ... is that place whatever spaCy thought
    if proper and _after_place_noun(doc, ts) and not gz.demonym(surface):
        p = gz.lookup_place(surface)
        return _place_mention(cs, ce, surface, p) if p is not None else \
            Mention(cs, ce, surface, bare, "place", "place:" + n, None)

    # 1b-ii. "North and South Korea", "East and West Germany": two places, the first with the second's name
    elided = re.fullmatch(r"((?:North|South|East|West)(?:ern)?)\s+and\s+((?:North|South|East|West)(?:ern)?\s+(.+))",
                          surface)
    if elided and label in ("GPE", "LOC"):
        first = gz.lookup_place(elided.group(1) + " " + elided.group(3))
        second = gz.lookup_place(elided.group(2))
        if first is not None and second is not None:
            return _place_mention(cs, cs + len(elided.group(1)), elided.group(1), first)  # the second: _scan_places
    if re.fullmatch(r"(?:North|South|East|West)(?:ern)?", surface) and te + 2 < len(doc) and \
            doc[te].lower_ == "and" and re.fullmatch(r"(?:North|South|East|West)(?:ern)?", doc[te + 1].text):
        j = te + 2
        while j < len(doc) and _is_cap(doc[j]):
            j += 1
        first = gz.lookup_place(surface + " " + doc[te + 2:j].text) if j > te + 2 else None
        if first is not None:  # "East" + "and West Germany"
            return _place_mention(cs, ce, surface, first)

    # 1b-iii. "the State of Texas", "the City of Toronto", "the Province of Idlib": that place, one mention
    typed = re.fullmatch(r"(?:(?i:the)\s+)?(State|Province|City|County|Commonwealth|Emirate|Sultanate|Principality|"
                         r"Prefecture|Governorate|Republic|Kingdom)\s+of\s+(?:the\s+)?([A-Z][^,;()]*)", surface)
    if proper and typed and label in ("GPE", "LOC", "ORG", "FAC"):
        # a country's own long name first ("the Republic of Congo" is not "Congo")
        p = gz.countries().get(gz.norm(surface)) or \
            gz.lookup_place(typed.group(2), region_word=typed.group(1) not in ("City", "Republic", "Kingdom"))
        if p is not None:
            return _place_mention(cs, ce, surface, p)

    # 1b-iv. an unknown name right after "near" or "outside" that spaCy called a person, product or work is a place
    if proper and ts > 0 and doc[ts - 1].lower_ in ("near", "outside") and \
            label in ("PERSON", "PRODUCT", "WORK_OF_ART", "NORP") and not gz.demonym(surface) and \
            not gz.is_known_org(surface) and not _after_honorific(doc, ts) and n not in full_people:
        p = gz.lookup_place(surface)  # "near Abu Kamal", "outside Arsal"
        return _place_mention(cs, ce, surface, p) if p is not None else \
            Mention(cs, ce, surface, bare, "place", "place:" + n, None)

    # 1c. a name after an honorific is a person whatever spaCy thought ("Ms Hill", "Dr. Jordan"); so is a two- or
    # three-word name after a lower-case role noun ("actor Dennis Hopper", "goalkeeper Thibaut Courtois"), or a
    # one-word "place" unknown to the gazetteer ("designer Halston")
    if label != "PERSON" and proper and ts > 0 and not gz.demonym(surface) and len(_words(surface)) <= 3 and (
            _after_honorific(doc, ts) or
            (doc[ts - 1].text in _ROLE_NOUNS and (len(_words(surface)) >= 2 or label in _PLACE_LABELS)
             and not gz.is_known_org(surface) and gz.lookup_place(surface) is None and not gz.org_head(surface))):
        return Mention(cs, ce, surface, surface, "person", _person_key(surface))

    # 1d. a capitalised name headed by an organisation word ("Civil Defence Authority", "Municipality of Turin")
    if proper and (label != "NORP" or len(_words(surface)) > 1) and gz.org_head(surface) and \
            gz.lookup_place(surface) is None and not gz.demonym(surface):
        if n in acronyms:
            bare = acronyms[n]
        return Mention(cs, ce, surface, bare, "organization", _org_key(bare), _country_prefix(bare))

    # 1e. "Scientology", "Anthroposophy"-like movement names are organisations, not places or people
    if proper and label in ("GPE", "LOC", "PERSON", "NORP", "FAC") and re.fullmatch(r"[A-Z][a-z]+(?:ology|osophy)",
                                                                                surface):
        return Mention(cs, ce, surface, surface, "organization", _org_key(surface))

    # 2''. "the Monti government", "the Obama administration": a one-word name before a government word is the
    # person who leads it, unless it is a party or nationality word ("the Labour government", "the Afghan regime")
    if proper and label in ("NORP", "GPE", "ORG", "PRODUCT") and len(_words(bare)) == 1 and te < len(doc) and \
            doc[te].lower_ in _GOVERNMENT_WORDS and ts > 0 and doc[ts - 1].lower_ == "the" and \
            n not in _PARTY_WORDS and not gz.demonym(surface) and n not in gz.ETHNIC_GROUPS and \
            n not in gz.RELIGIONS and gz.lookup_place(surface) is None and not gz.is_known_org(surface):
        return Mention(cs, ce, surface, bare, "person", _person_key(bare))

    # 2'. a people with no state of its own ("the Rohingya", "Bangladeshis and Rohingya") names people as a noun,
    # a group as a modifier ("Kurdish fighters"), whatever spaCy called it
    if proper and n in gz.ETHNIC_GROUPS and label in ("NORP", "ORG", "GPE", "LOC", "PERSON", "FAC"):
        last = doc[te - 1]
        if last.dep_ in ("amod", "compound", "nmod") and last.head.i >= te and last.head.pos_ in ("NOUN", "PROPN"):
            return Mention(cs, ce, surface, bare, "group", "group:" + n)
        return Mention(cs, ce, surface, bare, "person", "people:" + n)

    # 2. nationality words (a plural one that spaCy took for a person's name too: "Bangladeshis")
    if label == "NORP" or gz.demonym(surface):
        code = gz.demonym(surface)
        if code and _names_people(doc, te, surface):
            return Mention(cs, ce, surface, bare, "person", f"people:{code}", code)
        if code:
            c = gz.country(code)
            return Mention(cs, ce, surface, c.name if c else surface, "group", f"iso:{code}", code)
        if label == "NORP":
            p = gz.lookup_place(surface) if proper else None
            if p is not None and gz.norm(p.name) == n and (
                    p.kind != "city" or p.population >= 200_000 or
                    _small_city_in_context(doc, ts, te, p, named, locative_ok=False)):
                # "its Tychy factory", "exports through Odesa", "the Odesa region" tagged as a nationality
                return _place_mention(cs, ce, surface, p)
            if proper and len(_words(surface)) == 1 and surface[:1].isupper() and not surface.isupper() and \
                    n not in full_people and n not in _PARTY_WORDS and doc[te - 1].lemma_.lower() not in \
                    gz.english_words()[0] and not _names_people(doc, te, surface) and \
                    not (te < len(doc) and doc[te].pos_ in ("NOUN", "PROPN")) and \
                    _is_locative(doc, ts, coordinated=True):
                # "a mosque in Rawah", "near Al-Qaim and Rawah" tagged as a nationality: a town; linked when the
                # gazetteer knows it in a country the article names (also by its Arabic spelling-blind key), else
                # an unknown place that takes the country of the places around it
                town = p if p is not None and p.kind == "city" else gz.lookup_arabic_word(surface)
                if town is not None and town.country_code in named:
                    return _place_mention(cs, ce, surface, town)
                return Mention(cs, ce, surface, bare, "place", "place:" + n, None)
            if _names_people(doc, te, surface):
                return Mention(cs, ce, surface, bare, "person", "people:" + n)
            return Mention(cs, ce, surface, bare, "group", "group:" + n)

    # product names and codes ("IE9", "STS-134", "Windows XP") are not places or people
    if any(ch.isdigit() for ch in surface) and label in ("GPE", "LOC", "PERSON", "ORG", "PRODUCT"):
        if label == "ORG" and not re.search(r"\d[A-Za-z]|[A-Za-z]\d", surface) and \
                not _HYPHEN_MODEL.fullmatch(bare) and \
                not (re.match(r"\d{3,4}\s+[A-Z]", bare) and not gz.org_head(bare)):
            pass  # ("the 787 Dreamliner", a model number and a name, is a product)
        else:
            return Mention(cs, ce, surface, surface, "other", "other:" + n)

    # 2b. "Gary Chan of DAB", "Anna Berg of Northwind": what follows a person's name and "of" is their organisation
    if label in ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP") and proper and ts >= 2 and doc[ts - 1].lower_ == "of" \
            and doc[ts - 2].ent_type_ == "PERSON" and gz.lookup_place(surface) is None and not gz.demonym(surface):
        return Mention(cs, ce, surface, bare, "organization", _org_key(bare), _country_prefix(bare))

    # 2c. a name shaped like a person's that spaCy called an organisation or a product is a person when it is
    # listed with people ("Ann Ray, Walker Evans and Bo Li") or its last word names a person elsewhere
    if label in ("ORG", "PRODUCT", "WORK_OF_ART") and _person_shaped(surface) and \
            (_listed_with_people(doc, ts, te) or gz.norm(_words(surface)[-1]) in _lone_person_words(doc) or
             _agent_of_human_act(doc, ts) or _object_of_human_act(doc, ts, te) or _after_role_phrase(doc, ts, te)):
        return Mention(cs, ce, surface, surface, "person", _person_key(surface))

    # 2d. a newspaper named after its city ("the Toledo Blade", "Edmonton Sun") is an organisation
    if proper and _newspaper_name(surface):
        return Mention(cs, ce, surface, bare, "organization", _org_key(bare), _country_prefix(bare))

    # 3''. "Patriot Coal", "Acme Airlines": a name ending in an industry word is a company
    if label == "PERSON" and proper and _company_shaped(bare):
        return Mention(cs, ce, surface, bare, "organization", _org_key(bare), _country_prefix(bare))

    # 3'. "Civic Passion's Wong Yeung-tat", "Labour's Ann Ray": a name in the possessive right before a person's
    # name is their organisation (or place), not a person
    if label == "PERSON" and proper and _possessor_of_person(doc, ts, te):
        p = gz.lookup_place(surface)
        if p is not None:
            return _place_mention(cs, ce, surface, p)
        return Mention(cs, ce, surface, bare, "organization", _org_key(bare), _country_prefix(bare))

    # 3. people; a person label on a known place name is a place, on a building's name a place
    if label == "PERSON" and proper and len(_words(surface)) > 1 and gz.facility_head(bare):
        return Mention(cs, ce, surface, bare, "place", "place:" + n, _country_prefix(bare))
    if proper and (label in ("PERSON", "GPE", "NORP") and _GROUP_CALLED.search(doc_text(doc), max(0, cs - 40), cs) or
                   label == "PERSON" and te < len(doc) and doc[te].lower_ in _ARMED_MEMBERS and doc[te - 1].whitespace_
                   and not _after_honorific(doc, ts) and _title_before(doc, ts) is None):
        # "a group called Ansar al-Tawhid", "a firm named Orlan": what the noun before says it is; "Jund al-Aqsa
        # fighters", "Hizballah militants": the armed group its fighters belong to, not a person
        return Mention(cs, ce, surface, bare, "organization", _org_key(bare), _country_prefix(bare))
    if label == "PERSON":
        name = _strip_titles(surface)
        words = _words(name)
        if not name[:1].isupper() and not _NAME_PARTICLE.match(name):
            return None  # "pro-Beijing", "vehicle miles": no name starts lower case
        if len(words) == 2 and name == surface and gz.norm(words[0]) in full_people and \
                gz.norm(words[1]) not in full_people and _used_as_modifier(doc, ts, te):
            # "the Warhol Polaroid exhibits" after "Andy Warhol": the person is "Warhol", the next word is no name
            full = full_people[gz.norm(words[0])]
            return Mention(cs, cs + len(words[0]), words[0], full, "person", _person_key(full))
        if len(words) == 1 and n in _common_nouns(doc):
            return None  # "Iodine deficiency is ..." where the article also writes "iodine": a word, not a name
        if len(words) == 1 and re.fullmatch(r"[A-Z]{2,6}", surface):
            # an acronym is not a person's name ("DAB", "NSW")
            p = gz.lookup_place(surface)
            if p is not None:
                return _place_mention(cs, ce, surface, p)
            long = acronyms.get(n)
            return Mention(cs, ce, surface, long or surface, "organization", _org_key(long or surface),
                           _country_prefix(long) if long else None)
        if len(words) == 1 and proper and not _after_honorific(doc, ts):  # "Captain America" is no country
            p = gz.lookup_place(surface)
            if p and p.kind in ("country", "subdivision", "region") or \
                    (p and p.population >= 100_000 and _city_plausible(doc, ts, te, p, surface, named)) or \
                    _small_city_in_context(doc, ts, te, p, named):
                return _place_mention(cs, ce, surface, p)
        if len(words) > 1 and proper and len(_words(surface)) == len(words):
            # "Yobe State", "Lower Saxony": a subdivision (with or without its type word), region or country
            region_word = words[-1].lower() in gz.REGION_WORDS and words[-1][:1].isupper()
            p = gz.lookup_place(surface, region_word=region_word)
            if p and (p.kind in ("country", "subdivision", "region") or
                      (p.kind == "city" and name == surface and _is_locative(doc, ts, coordinated=True))):
                # a city's name of several words after a locative ("near Albu Kamal", "between Goma and Abu
                # Kamal") is the city
                return _place_mention(cs, ce, surface, p)
        return Mention(cs, ce, surface, name, "person", _person_key(name))

    # 4. places, including misclassified ones ("Kursk" as PRODUCT, "U.S." as ORG)
    region_word = _region_word_after(doc, te) or n.split()[-1] in gz.REGION_WORDS
    if not proper and " " in surface and surface.split()[-1] in gz.REGION_WORDS and \
            gz.looks_proper(surface.rsplit(None, 1)[0]):
        proper = True  # "Kunduz province": a proper name and its lower-case type word
    p = gz.lookup_place(surface, region_word=region_word) if proper else None
    if p is None and label in _PLACE_LABELS and proper:
        p = gz.lookup_us_county(surface)  # "Cuyahoga County": in the United States
    if p is None and label in _PLACE_LABELS and proper and " " in n and n.split()[-1] in gz.REGION_WORDS:
        # "the Kursk Region" spanned with its type word; not "North Zarvia (province)" cut to "North"
        p = gz.lookup_place(" ".join(surface.split()[:-1]), region_word=True)
    if p is not None and p.kind in ("city", "subdivision") and ts > 0 and doc[ts - 1].lower_ == "the" and \
            te < len(doc) and doc[te].is_lower and (doc[te].lower_ in _SITE_NOUNS or doc[te].lower_ in
                                                    gz.FACILITY_WORDS) and \
            _countries_named(doc, subdivisions=False) and p.country_code not in _countries_named(doc, False):
        p = None  # "the San José mine" in an article about Chile: a site named like a foreign place, not in it
    if p is not None and label == "ORG" and p.kind == "city" and len(_words(surface)) == 1 and \
            p.population < 100_000 and not _small_city_in_context(doc, ts, te, p, named, locative_ok=False) and \
            not ((_near_locative(doc, ts) or (ts > 0 and doc[ts - 1].pos_ == "VERB" and
                                              doc[ts - 1].lemma_ in _CAPTURE_VERBS)) and p.country_code in named):
        p = None  # a small town's name tagged as an organisation is the organisation, unless "its Trnava plant"
    if p is not None and label not in _PLACE_LABELS and len(_words(surface)) == 1 and \
            not _city_plausible(doc, ts, te, p, surface, named):
        p = None
    if p is not None and p.kind == "city" and len(_words(surface)) == 1 and gz.norm(p.name) != n and \
            not _city_plausible(doc, ts, te, p, surface, named) and \
            any(e.label_ == "PERSON" and gz.norm(e.text) == n for e in doc_ents(doc)):
        p = None  # "Lester" (an alternate name of Leicester) that the article also uses for a person is the person
    if p is not None:
        if region_word and _region_word_after(doc, te) and p.kind == "subdivision":
            # extend "Kursk" to "Kursk region" so the mention names the subdivision
            ce = doc[te].idx + len(doc[te].text)
            surface = doc_text(doc)[cs:ce]
        if p.kind == "city" and n in gz.capitals() and not _is_locative(doc, ts) and "d c" not in n and \
                not _dateline(doc, ts, te):
            c = gz.country(gz.capitals()[n])
            if c and c.country_code == p.country_code:
                return Mention(cs, ce, surface, c.name, "country", c.key, c.country_code, c.geonames_id)
        return _place_mention(cs, ce, surface, p)

    if label in ("ORG", "FAC", "WORK_OF_ART") and proper and gz.facility_head(bare):
        # a named building or site ("the Museum of Flight", "Fisht Stadium") is a place
        return Mention(cs, ce, surface, bare, "place", "place:" + n, _country_prefix(bare))

    if label in _PLACE_LABELS:
        return Mention(cs, ce, surface, bare, "place", "place:" + n, _country_prefix(bare))

    if label == "ORG":
        if n in acronyms:
            long = acronyms[n]
            return Mention(cs, ce, surface, long, "organization", _org_key(long), _country_prefix(long))
        return Mention(cs, ce, surface, bare, "organization", _org_key(bare),
                       _country_prefix(bare) or gz.STATE_BODIES.get(n))

    if label in ("EVENT", "WORK_OF_ART", "LAW", "PRODUCT"):
        return Mention(cs, ce, surface, surface, "other", "other:" + n)
    return None


# Head words of a title that can stand for its holder ("the Home Secretary", "NASA Administrator").
_ROLE_HEADS = {t.split()[-1] for t in _HEAD_TITLES} | {
    "secretary", "administrator", "commissioner", "envoy", "chairwoman", "representative", "undersecretary",
    "chief", "head", "spokesman", "spokeswoman", "spokesperson", "president", "minister", "director"}
_TITLE_MODIFIERS = TITLES | {"shadow", "home", "high", "general", "executive", "assistant", "associate", "senior",
                             "emeritus", "department", "press", "media"}


def _is_cap(tok) -> bool:
    return tok.text[:1].isupper() and tok.is_alpha


def _title_start(doc, j: int, names: list[tuple[int, int]]) -> int:
    """Token where a title ending at token j starts: its modifiers ("Prime", "Shadow Home", "prime"), for a
    capitalised title a body named right before it ("NASA Administrator", "Labour's Shadow Home Secretary"), and
    "the"."""
    cap = doc[j].text[:1].isupper()
    i = j
    while i > 0 and doc[i - 1].lower_ in _TITLE_MODIFIERS and doc[i - 1].text[:1].isupper() == cap and \
            doc[i - 1].is_alpha:
        i -= 1
    k = i - 1 if i > 0 and doc[i - 1].lower_ in ("'s", "’s") else i
    body = next((ts for ts, te in names if te == k), None) if cap else None
    if body is not None:
        i = body
    if i > 0 and doc[i - 1].lower_ == "the":
        i -= 1
    return i


def _title_end(doc, j: int, names: list[tuple[int, int]]) -> int:
    """Token after a capitalised title ending at token j, with its "of"/"for"/"to" complement ("Secretary of State",
    "High Commissioner for Refugees", "Ambassador to the United Nations"). A complement that is a name found
    already ends with it, so that a person's name after it is not swallowed."""
    e = j + 1
    if e + 1 < len(doc) and doc[e].lower_ in ("of", "for", "to"):
        k = e + 1 + (doc[e + 1].lower_ == "the")
        known = [te for ts, te in names if ts in (k, e + 1) and te > k]
        m = max(known) if known else k
        while not known and m < len(doc) and (_is_cap(doc[m]) or (
                doc[m].lower_ in ("of", "for", "and", "&") and m + 1 < len(doc) and _is_cap(doc[m + 1]))):
            m += 1
        if m > k:
            e = m
    return e


def _title_mentions(doc, title_of: dict[str, str], found: list[Mention]) -> list[Mention]:
    """A title standing for its holder is a person: "the president", "The Home Secretary", "the Secretary of
    State", "NASA Administrator", "Malaysia's Prime Minister". It is the person introduced with that title in the
    article when there is one (key of that person), else a role (``role:<title>``, only when capitalised). A title
    followed by a name is left to NER ("President Joe Biden"); a lower-case one needs "the" and a known holder."""
    text = doc_text(doc)
    spans = [(m.char_start, m.char_end, m.entity_type) for m in found]
    names = []  # token spans of organisations and places, which may open a title ("NASA Administrator")
    for a, b, etype in spans:
        span = doc.char_span(a, b, alignment_mode="expand")
        if span is not None and etype in ("organization", "country", "place"):
            names.append((span.start, span.end))
    out = []
    for j, tok in enumerate(doc):
        if tok.lower_ not in _ROLE_HEADS:
            continue
        cap = tok.text[:1].isupper()
        i = _title_start(doc, j, names)
        e = _title_end(doc, j, names) if cap else j + 1
        if e + 1 < len(doc) and doc[e].text == "-" and not doc[e - 1].whitespace_ and not doc[e].whitespace_ and \
                doc[e + 1].text[:1].isupper() == cap and doc[e + 1].lower_ in _TITLE_MODIFIERS | {"general"}:
            e += 2  # "Secretary-General", "Attorney-General": one title
        if not cap and (doc[i].lower_ != "the" or (e < len(doc) and doc[e].lower_ in ("of", "'s", "’s", "-"))):
            continue  # "the president of X", "a minister": not a stand-alone title
        if i == j and (tok.is_sent_start or j == 0):
            continue  # a bare capitalised word at a sentence start proves nothing
        if e < len(doc) and doc[e].text[:1].isupper() and (doc[e].is_alpha or
                                                           doc[e].text.rstrip(".").lower() in _HONORIFICS):
            continue  # "the President Joe Biden", "Director James Cameron": the name is found by NER
        s_char, e_char = doc[i].idx, doc[e - 1].idx + len(doc[e - 1].text)
        if any(a < e_char and s_char < b and not (s_char <= a and b <= e_char and etype != "person")
               for a, b, etype in spans):
            continue  # part of another name ("the President's Council") or of a person's mention
        title = " ".join(t.lower_ for t in doc[i:j + 1] if t.lower_ in _TITLE_MODIFIERS or t.i == j)
        if e - 2 > j and doc[e - 2].text == "-":
            title += "-" + doc[e - 1].lower_  # "secretary-general"
        name = title_of.get(title) or next((v for k, v in title_of.items() if k.split()[-1] == tok.lower_), None)
        surface = text[s_char:e_char]
        if name:
            out.append(Mention(s_char, e_char, surface, name, "person", _person_key(name)))
        elif cap:
            out.append(Mention(s_char, e_char, surface, surface, "person", "role:" + title))
        else:
            continue
        spans.append((s_char, e_char, "person"))
    return out


def _dedupe(mentions: list[Mention]) -> list[Mention]:
    seen = set()
    out = []
    for m in mentions:
        k = (m.char_start, m.char_end, m.entity_type)
        if k in seen:
            continue
        seen.add(k)
        out.append(m)
    return out
