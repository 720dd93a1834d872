"""Claims: attributed statements (who said what, with which cue) and the author's own checkable statements.

``find_claims(doc)`` takes the spaCy Doc of a whole article and returns ``Claim`` records (see
``../shared/eval-data/CLAIMS-GUIDE.md``). The rules, in order, per sentence:

1. cues from the dependency parse: reporting verbs (``cues.SPEECH_VERBS``) with a clausal complement
   (ccomp / "that"-clause, split at coordinated clauses with their own subject), an adjacent quotation
   ('"...", X said', 'X said: "..."', also quotes spanning several sentences), a postposed cue ("..., X said")
   or an object (the object verbs and the verbs of saying that are not clause-only: "denied reports of ...",
   "stressed the need for ..."); "according to X"; reporting nouns ("X's claim that ...", "a statement by X
   that ...", "issued a warning that ..."), nouns of intention ("her plan to ...") and of stance with a holder
   ("his criticism of ..."); chains ("X reported, citing Y" -> claimant Y via X, when Y is a source);
   a reported clause ends before the writer's asides (", though ...", ", arguing ...", ", who ..." on a named
   referent); an attribution whose cue and content lie inside another one's content is part of that claim;
2. a sentence without a cue that continues an "according to" report in the same paragraph, or a quotation
   that continues the previous speaker, inherits that source;
3. every other sentence that asserts something checkable is a claim of the author.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from pipeline.extract import cues as C
from pipeline.extract import gazetteer as gz
from pipeline.extract.first_names import first_name_gender
from pipeline.extract.nlp import doc_ents, doc_text
from pipeline.extract.sentences import (
    DATELINE,
    HEADLINE,
    PARAGRAPH,
    SUBHEADING,
    sentence_spans,
)
from pipeline.records import Claim

_WORD = re.compile(r"\w")
_NUM = re.compile(r"\d")
_OPEN_Q = "“\"‘'"
_CLOSE_Q = "”\"’'"
_TRAIL = re.compile(r"[\s.,;:!?…\"”’'—–-]+$")
_LEAD = re.compile(r"^[\s,;:\"“‘'—–-]+")
_ADJACENT_GAP = re.compile(r"^[\s,:;—–\-]*$")
_THAT = frozenset({"that"})


@dataclass
class _Found:
    content: tuple[int, int]  # char span
    cue_tok: object  # spaCy Token (first token of the cue)
    cue_span: tuple[int, int]
    cue_lemma: str
    claimant: Optional[tuple[int, int]] = None
    claimant_kind: str = ""  # hint: "pronoun" etc.
    via: Optional[tuple[int, int]] = None
    attribution: str = "indirect"
    negated: bool = False
    extra: dict = field(default_factory=dict)


# ---------------------------------------------------------------- small span helpers


def _ents_in(span) -> list:
    """The entities lying wholly inside ``span`` (what ``Span.ents`` gives)."""
    return [e for e in doc_ents(span.doc) if span.start <= e.start and e.end <= span.end]


def _tok_span(doc, i: int, j: int) -> tuple[int, int]:
    """Char span of tokens [i, j)."""
    return doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text)


def _trim(text: str, s: int, e: int, strip_that: bool = True) -> tuple[int, int]:
    """Trim punctuation/spaces at both ends (and a leading "that") of a char span."""
    seg = text[s:e]
    m = _LEAD.match(seg)
    if m:
        s += m.end()
    if strip_that:
        m2 = re.match(r"that\s+", text[s:e], re.I)
        if m2 and e - s > m2.end() + 3:
            s += m2.end()
            m = _LEAD.match(text[s:e])
            if m:
                s += m.end()
    m = _TRAIL.search(text[s:e])
    if m and m.start() > 0:
        e = s + m.start()
    m = _TRAIL_CC.search(text[s:e])
    if m and m.start() > 0:
        e = s + m.start()  # 'troops repelled 42 attacks, and [added that ...]': the coordinator is the next clause's
    return s, e


_TRAIL_CC = re.compile(r"[\s,;]*,\s*(?:and|but|or)$")


def _np_span(tok) -> tuple[int, int]:
    """Token range [i, j) of a noun phrase headed by ``tok``: modifiers on the left, coordination and
    prepositional phrases on the right; relative clauses, appositions and parentheticals are cut."""
    left = tok.left_edge.i
    while left < tok.i and tok.doc[left].dep_ in ("preconj", "punct", "cc"):
        left += 1
    right = tok.i
    for ch in tok.rights:
        if ch.dep_ in ("conj", "cc", "compound", "flat", "nummod", "prep", "poss") or (
                ch.dep_ == "punct" and ch.text == "," and any(c.dep_ == "conj" and c.i > ch.i for c in tok.rights)) or (
                ch.dep_ == "amod" and ch.pos_ == "ADJ" and any(c.dep_ == "prep" for c in ch.children)):
            # (a postposed adjective with its complement: "people familiar with the talks", "sources close to X")
            if ch.dep_ == "conj":
                right = max(right, _np_span(ch)[1] - 1)
            else:
                right = max(right, ch.right_edge.i)
        else:
            break
    return left, right + 1


def _strip_document(tok):
    """'reports from Ukrainian sources' -> sources; 'access to South Korean intelligence documents' ->
    (the span without 'documents'). Returns (i, j) token range."""
    for _ in range(3):
        name_word = tok.pos_ == "PROPN" and tok.text[:1].isupper()  # "the Rocky Mountain Civic Survey" is a name
        if not name_word and (tok.lower_ in C.DOCUMENT_NOUNS or tok.lemma_.lower() in C.DOCUMENT_NOUNS
                              or tok.lower_ == "results"):
            nxt = None
            for ch in tok.rights:
                if ch.dep_ == "prep" and ch.lower_ in ("from", "by", "of", "to"):
                    objs = [g for g in ch.children if g.dep_ == "pobj"]
                    if objs:
                        nxt = objs[0]
                        break
                nxt = _agent_of_participle(ch)  # "preliminary results released by the commission"
                if nxt is not None:
                    break
            if nxt is not None:
                tok = nxt
                continue
            mods = [ch for ch in tok.lefts if ch.dep_ in ("compound", "amod", "nmod", "poss")]
            if mods and tok.lemma_.lower() in ("record", "filing") and not any(
                    m.ent_type_ or m.pos_ == "PROPN" or m.dep_ == "poss" for m in mods):
                break  # 'according to state records': public records named by their kind, not by an author
            poss = [m for m in mods if m.dep_ == "poss" and m.pos_ in ("NOUN", "PROPN")]
            if poss:
                return poss[0].left_edge.i, poss[0].i + 1  # "the command's initial assessment": the command
            if mods:
                i = min(m.left_edge.i for m in mods)
                while i < tok.i and tok.doc[i].dep_ in ("det", "preconj"):
                    i += 1
                if i < tok.i:
                    return i, tok.i
        break
    return _np_span(tok)


def _agent_of_participle(ch):
    """The agent of a participle modifying a noun ("released by the commission" -> commission), else None."""
    if ch.dep_ != "acl" or ch.tag_ != "VBN":
        return None
    return next((g for a in ch.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"), None)


def _quote_between(a, b) -> bool:
    """Whether a closing quotation mark stands between tokens ``a`` and ``b`` ('"..., one of X," Y said')."""
    lo, hi = sorted((a.i, b.i))
    return any(a.doc[k].text in _CLOSE_Q for k in range(lo + 1, hi))


def _with_description(subj, rng: tuple[int, int]) -> tuple[int, int]:
    """'The broadcaster NRK reported': a parser slip makes the description a second subject right before the
    name; the range of the description is returned (``_named`` then takes the name after it, typed by the
    description)."""
    prev = [c for c in subj.head.children if c.dep_ == subj.dep_ and c.i < subj.i and c.right_edge.i + 1 == rng[0]]
    if prev and any(subj.doc[k].text in ("—", "–", "--") for k in range(prev[0].left_edge.i, rng[0])):
        return rng  # "COLUMBUS, Ohio — Democrat Rachel Dunmore said": the dateline is no description
    return _np_span(prev[0]) if prev else rng


def _subject(v):
    """Subject token of a cue verb (inherited through participles, conjunctions and "by saying"), or None. A
    passive participle without a subject of its own ("when asked about X") inherits none: the subject of the
    clause it hangs from is its patient, not its agent."""
    via_prep = False  # "X was quoted as saying ...": X, even as a passive subject, is the speaker
    outer = _reattached_conj(v)
    if outer is not None:
        v = outer  # 'X said its forces took Bara, and denied targeting civilians': X denied
    if (v.tag_ == "VBG" and v.dep_ == "advcl" and v.i > 0 and v.doc[v.i - 1].text == "," and v.head.dep_ == "ccomp"
            and _lemma(v.head.head) in _CUE_VERBS):
        v = v.head.head  # 'X said he A, arguing that B': arguing is X's, not the subject of A's
    for _ in range(4):
        # a parser slip can hang a quoted fragment on the cue as a second subject: the quoted one comes last
        for ch in sorted(v.children, key=lambda c: (_quote_between(c, v), abs(c.i - v.i))):
            if ch.dep_ in ("nsubj", "nsubjpass") and not (ch.dep_ == "nsubjpass" and ch.lower_ in _THAT):
                if ch.dep_ == "nsubjpass" and not via_prep:
                    agent = [a for a in v.children if a.dep_ == "agent"]
                    if agent:
                        objs = [g for g in agent[0].children if g.dep_ == "pobj"]
                        return objs[0] if objs else None
                    return None
                return ch
        outlet = _outlet_citing(v)
        if outlet is not None:
            return outlet
        if v.tag_ == "VBN" and v.dep_ in ("advcl", "acl"):
            return None
        if v.dep_ == "xcomp" and v.head is not v:
            ctrl = [c for c in v.head.children if c.dep_ == "dobj" and c.i < v.i and c.pos_ in ("NOUN", "PROPN")]
            if ctrl:
                return ctrl[0]  # 'led the reporter to fear X': the object controls the infinitive
        if v.dep_ in ("advcl", "conj", "xcomp", "acomp") and v.head is not v:
            v = v.head  # (acomp: 'was able to tout X')
            continue
        if (v.dep_ == "acl" and v.head.dep_ in ("dobj", "attr") and v.head.head is not v.head
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)):
            v = v.head.head  # 'never missed an opportunity to remind X'
            continue
        if v.dep_ == "pcomp" and v.head.dep_ == "prep" and v.head.head is not v.head:
            via_prep = True
            v = v.head.head  # "responded by saying ...", "was criticised for saying ..."
            continue
        return None
    return None


def _outlet_citing(v):
    """'Politico, citing three officials, reported on Monday that X', parsed with the cue as a clause of the officials
    and the outlet as the root (or as a word before a root "citing"): the outlet, which reported; else None."""
    cite = v.head.head
    if not (v.dep_ == "acl" and v.head.dep_ in ("dobj", "pobj") and cite.lemma_.lower() in ("cite", "quote")
            and any(c.dep_ == "ccomp" for c in v.children)):
        return None
    if cite.dep_ in ("advcl", "acl") and cite.head.pos_ in ("PROPN", "NOUN") and cite.head.i < cite.i:
        return cite.head
    first = next((c for c in cite.lefts if c.dep_ != "punct"), None)
    if cite.dep_ == "ROOT" and first is not None and first.i == cite.sent.start and cite.doc[first.i + 1].text == ",":
        return first
    return None


# ---------------------------------------------------------------- names inside a claimant description

_NAME_ENTS = frozenset("PERSON ORG GPE NORP FAC LOC PRODUCT WORK_OF_ART EVENT LAW".split())


def _name_run(doc, h, lo: int) -> int:
    """First token of the proper name that ends at PROPN ``h`` (not before ``lo``): the named entity holding
    ``h`` when there is one, else the run of proper-noun compounds; titles in front of it are cut
    ("President Volodymyr Zelensky" -> "Volodymyr Zelensky"), honorifics kept ("Mr. Okoro")."""
    ent = next((e for e in doc_ents(doc) if e.start <= h.i < e.end and e.label_ in _NAME_ENTS), None)
    if ent is not None and ent.start >= lo:
        i = ent.start
    else:
        i = h.i
        while i > lo and doc[i - 1].pos_ == "PROPN" and doc[i - 1].dep_ in ("compound", "flat") and \
                doc[i - 1].head.i >= i - 1:
            i -= 1
    while i < h.i and (doc[i].lower_ in C.PERSON_ROLES or doc[i].pos_ == "DET" or doc[i].lower_ in (
            "vice", "deputy", "acting", "former", "general", "foreign", "defence", "defense", "prime")):
        i += 1
    while i > lo and doc[i - 1].lower_ in C.HONORIFICS:
        i -= 1
    return i


def _final_name_apposition(doc, i: int, j: int) -> Optional[tuple[int, int]]:
    """Token range of a person's name in apposition that ends the description [i, j), or None."""
    k = j
    while k > i and (doc[k - 1].is_punct or doc[k - 1].is_space):
        k -= 1
    last = doc[k - 1] if k > i else None
    if last is None or last.dep_ != "appos" or last.ent_type_ != "PERSON" or doc[last.left_edge.i - 1].text != ",":
        return None
    return _name_run(doc, last, last.left_edge.i), k


def _describes(doc, i: int, j: int) -> bool:
    """Whether tokens [i, j) in front of a name describe it (a role or a common noun, not only "the")."""
    return any(doc[k].pos_ == "NOUN" or doc[k].lower_ in C.PERSON_ROLES for k in range(i, j))


_CIVIL_GENERALS = frozenset("attorney solicitor surgeon inspector secretary auditor comptroller postmaster director "
                            "consul governor accountant registrar procurator advocate".split())


def _role_type(tok) -> Optional[str]:
    """Claimant type implied by a describing noun ("director" person, "newspaper" media, "group" organization)."""
    w = tok.lower_
    if w in C.PERSON_ROLES or w == "general" and tok.i > 0 and tok.doc[tok.i - 1].lower_ in _CIVIL_GENERALS:
        return "person"  # (an "Attorney General" is no officer)
    if w in C.MEDIA_WORDS:
        return "media"
    if w in C.INTELLIGENCE_WORDS:
        return "intelligence"
    if w in C.MILITARY_WORDS:
        return "military"
    if _public_body(tok, [c for c in tok.children if c.dep_ in ("compound", "amod")]):
        return "government"  # "the weather agency PAGASA", "the statistics office"
    if w in C.ORGANIZATION_NOUNS:
        return "organization"
    return None


# bodies of a state, when a public function names them ("the weather agency", "the General Election Commission")
_PUBLIC_BODIES = frozenset("agency office service bureau authority commission committee council board".split())


def _public_body(head, modifiers) -> bool:
    """``head`` is a body and one of ``modifiers`` a public function (``cues.PUBLIC_FUNCTION_WORDS``)."""
    return head.lemma_.lower() in _PUBLIC_BODIES and any(t.lower_ in C.PUBLIC_FUNCTION_WORDS for t in modifiers)


def _named(doc, rng: tuple[int, int]) -> tuple[tuple[int, int], Optional[str]]:
    """A claimant description that carries the name of its referent is the name: "The port authority's
    director, Anna de Vries" -> Anna de Vries, "Saxony's economy minister Thomas Keller" -> Thomas Keller, "the
    newspaper SME" -> SME. Returns the token range of the claimant and its type from the whole description
    (None: type the claimant itself). Coordinations and descriptions without a name are left whole."""
    i, j = rng
    if j - i < 1:
        return rng, None
    heads = [t for t in doc[i:j] if not (i <= t.head.i < j) or t.head.i == t.i]
    if len(heads) != 1:
        return rng, None
    h = heads[0]
    if any(c.dep_ in ("conj", "cc") for c in h.children) or h.pos_ == "PRON":
        return rng, None
    if h.lower_ in C.PERSON_ROLES:
        # "said the Force Commander, Lieutenant General Aïssatou Ndiaye": the role's holder, named after it
        a = next((c for c in h.rights if c.dep_ == "appos" and c.i >= j and c.ent_type_ == "PERSON"
                  and doc[c.left_edge.i - 1].text == ","), None)
        if a is not None:
            return (_name_run(doc, a, a.left_edge.i), a.i + 1), "person"
    if h.pos_ == "NOUN" and h.lower_ in C.PERSON_ROLES and (last := _final_name_apposition(doc, i, j)) is not None:
        return last, "person"  # "The mayor of Tromsø, Knut Aasen": the apposition hangs from the place
    if h.pos_ == "NOUN":
        # "The operator, Baltic Wind," / "the newspaper SME": a proper-name apposition (or, in a parser slip,
        # a second subject of the same verb right after the description)
        nxt = doc[j] if j < len(doc) else None
        if (nxt is not None and nxt.pos_ == "PROPN" and nxt.text[:1].isupper() and h.dep_ in ("nsubj", "nsubjpass")
                and nxt.dep_ == h.dep_
                and nxt.head.i == h.head.i):
            return (_name_run(doc, nxt, j), nxt.i + 1), _role_type(h)
        for a in h.children:
            if a.dep_ != "appos" or a.i < h.i or a.pos_ != "PROPN" or not a.text[:1].isupper():
                continue
            end = a.i
            for ch in a.rights:  # "Health Without Borders"
                if ch.dep_ in ("prep", "flat", "compound") and a.ent_type_ and ch.right_edge.ent_type_:
                    end = max(end, ch.right_edge.i)
            start = _name_run(doc, a, a.left_edge.i)
            if any(doc[k].pos_ in ("VERB", "AUX") or doc[k].dep_ in ("relcl", "acl") for k in range(start, end + 1)):
                continue
            return (start, end + 1), _role_type(h)
        return rng, None
    if h.pos_ != "PROPN" or not h.text[:1].isupper():
        return rng, None  # a lower-case "ministry" tagged PROPN is no name
    start = _name_run(doc, h, i)
    if start <= i or not _describes(doc, i, start):
        return rng, None
    end = j
    for k in range(h.i + 1, j):  # "Maria Okafor of the ministry": the name stops at its head
        if doc[k].dep_ not in ("flat", "compound") and doc[k].pos_ != "PROPN":
            end = k
            break
    desc = [doc[k] for k in range(i, start) if doc[k].pos_ in ("NOUN", "PROPN") and doc[k].dep_ != "poss"]
    # the describing noun nearest the name says its type; a tagger's adjective among them too ("the ad-tracking
    # firm Medialens", "firm" tagged ADJ)
    typed = [_role_type(doc[k]) for k in range(start - 1, i - 1, -1) if doc[k].pos_ in ("NOUN", "PROPN", "ADJ")
             and doc[k].dep_ != "poss"]
    return (start, end), next((t for t in typed if t), _role_type(desc[-1]) if desc else None)


# ---------------------------------------------------------------- claimant typing

def claimant_type(span) -> str:
    """person|government|military|intelligence|media|organization|unspecified|other for a claimant span."""
    text = span.text.strip()
    low = text.lower()
    words = [re.sub(r"['’]s$", "", w) for w in re.findall(r"[\w'’]+", low)]  # "the government's service": government
    if not words:
        return "other"
    if len(words) == 1 and words[0] in C.PERSON_PRONOUNS:
        return "person"
    if len(words) == 1 and words[0] in C.OTHER_PRONOUNS:
        return "other"
    bare = re.sub(r"^the\s+", "", low)
    if low in C.MEDIA_OUTLETS or bare in C.MEDIA_OUTLETS or any(
            e.text.lower() in C.MEDIA_OUTLETS or re.sub(r"^the\s+", "", e.text.lower()) in C.MEDIA_OUTLETS
            for e in _ents_in(span)):
        return "media"
    ws = set(words)
    if ws & C.INTELLIGENCE_WORDS:
        return "intelligence"
    if ws & C.MEDIA_WORDS or re.search(r"\b(?:news|press) agenc", low) or _NEWSPAPER_NAME.search(text):
        return "media"
    head = span.root
    hl = head.lower_
    if hl in C.UNSPECIFIED_WORDS and any(e.label_ == "ORG" and e.start > head.i and not _place_object(e)
                                         for e in _ents_in(span)):
        return "organization"  # "analysts at Hartley Securities", "observers from the African Union"
    poss = next((c for c in head.children if c.dep_ == "poss"), None)
    if head.pos_ == "NOUN" and hl in _UNIT_HEADS and poss is not None and poss.pos_ != "PRON":
        owner = claimant_type(span.doc[poss.left_edge.i:poss.i + 1])
        if owner not in ("other", "unspecified", "person"):
            return owner  # "the mission's human rights division", "the ministry's press office": the body's
    if hl in ("sources", "source") and (inst := _institution_of(head)) is not None:
        return inst  # "two sources in the General Staff": the institution's
    if hl in ("official", "officials") and _UN_BODY.search(text):
        return "organization"  # "A U.N. official": of a body of the United Nations, no government
    if hl in C.UNSPECIFIED_WORDS and not (ws & C.INSTITUTION_MODIFIERS) and hl not in ("officials", "official"):
        return "unspecified"
    if head.pos_ == "NOUN" and head.lemma_.lower() in ("poll", "survey"):
        return "organization"  # a poll is its pollster's, named or not ("A Peach State Poll survey", "the poll")
    if head.pos_ == "NOUN" and head.lemma_.lower() == "study":
        # a study as named ("a Harwell University study"); an unnamed one ("a study") is a document
        return "organization" if any(t.pos_ == "PROPN" for t in span if t.i < head.i) else "other"
    military = ws & C.MILITARY_WORDS
    if "general" in military and re.search(r"\bGeneral\s+(?!Staff\b)[A-Z]", text):
        military = military - {"general"}  # "the General Election Commission", "the General Assembly": a name's word
    if (military or ("coalition" in ws and _military_coalition(span))) and hl not in (
            "minister", "ministry", "spokesman", "spokeswoman", "spokesperson", "government", "cabinet",
            "administration", "presidency") and not (hl == "office" and "governor" in low):
        # (the office of a military governor governs: "the provincial military governor's office")
        if not any(e.label_ == "PERSON" for e in _ents_in(span)):
            return "military"
    if head.pos_ in ("PROPN", "ADJ", "NOUN") and text[:1].isupper() and _state_name(span, bare):
        return "government"  # a country or a capital as an actor: "The UAE denied ...", "Kyiv said ..."
    if head.pos_ == "PROPN" and (expanded := _acronym_type(span, bare)) is not None:
        return expanded  # "The RSF" after "the Rapid Support Forces": the type of the name it abbreviates
    if head.pos_ == "PROPN" and (head.tag_ == "NNPS" or bare != low) and len(re.findall(r"[\w']+", bare)) == 1 and \
            hl not in C.GOVERNMENT_WORDS | C.MILITARY_WORDS | C.UNSPECIFIED_WORDS:  # ("Prosecutors" opening a sentence)
        return "organization"  # a one-word name after an article is a group, whatever the tagger made of it: "the
        # Houthis" (no person is named "the X")
    described = _apposition_type(span) if head.pos_ == "PROPN" else None
    if described == "organization":
        return "organization"  # "Aerovia Brasil, the country's third-largest airline", whatever the tagger called it
    if text[:1].isupper() and len(words) <= 3 and _introduced_as_organization(span.doc, text):
        return "organization"  # "Rheinwerk said" after "German chemicals company Rheinwerk", whatever the tagger made
    persons = [e for e in _ents_in(span) if e.label_ == "PERSON"]
    if persons and (head.ent_type_ == "PERSON" or any(e.start <= head.i < e.end for e in persons)):
        return "person"
    if described is not None:
        return described  # "Amara Diallo, a spokeswoman for the mission", whatever the tagger called the name
    if len(text.split()) == 1 and text[:1].isupper() and _surname_of_a_person(span.doc, head):
        return "person"  # "Marsh's claim" after "Gov. Helen Marsh", "Fielding said" after "Naomi Fielding", whatever
        # the tagger made of the surname
    if hl in ("officials", "official", "aides"):
        if any(e.label_ in ("GPE", "NORP", "ORG") and e.text.lower() not in ("western", "westerners")
               for e in _ents_in(span)) or ws & C.INSTITUTION_MODIFIERS:  # ("Western officials": of no one state)
            return "government"
        if hl != "aides" and any(c.dep_ in ("compound", "amod") and c.i < head.i and (
                c.lower_ in C.PUBLIC_FUNCTION_WORDS or c.lower_ in ("agency", "ministry", "government", "administration"))
                for c in head.children):
            return "government"  # officials of a public function: "Health officials", "election officials"
        if any(c.dep_ == "prep" and c.lower_ == "in" and any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in c.children)
               for c in head.children):
            return "government"  # officials of a named place: "A local official in Djibo", "officials in Kaya"
        return "unspecified"  # "two aides familiar with the talks"
    if _document_head(span):
        return "other"
    if head.pos_ == "PROPN" and hl in ("office", "ministry", "department", "bureau") and head.text[:1].isupper() and \
            (head.i == span.end - 1 or head.i + 1 < span.end and span.doc[head.i + 1].lower_ in ("of", "for")) and \
            not any(t.lower_ in ("un", "united", "nations") for t in span):
        return "government"  # a ministry's name: "the Foreign, Commonwealth and Development Office", "the Home
        # Office", "the Bureau of Labor Statistics"
    if head.pos_ == "PROPN" and head.i > span.start and (d := span.doc[head.i - 1]).lower_ in C.ORGANIZATION_NOUNS \
            and d.i >= span.start:
        return "organization"  # "the ad-tracking firm Medialens", whatever the tagger made of the name
    if _UN_BODY.search(text):
        return "organization"  # "UN agency", "the U.N. refugee agency": a body of the United Nations, no government
    if _public_body(head, [t for t in span if t.i < head.i]):
        return "government"  # "the General Election Commission", "the state Transportation Committee"
    if _STATE_INSTITUTE.search(text) or (_COUNTRY_POSSESSIVE.match(text) and head.lower_ in _INSTITUTE_HEADS and
                                         gz.norm(_COUNTRY_POSSESSIVE.match(text).group(1)) in gz.countries()):
        return "government"  # "the U.S. Geological Survey", "the National Civil Defence Institute", "Peru's
        # Geophysical Institute": a state's institute or service
    if ws & C.GOVERNMENT_WORDS:
        return "government"
    if hl in C.UNSPECIFIED_WORDS:
        return "unspecified"
    if hl in ("office", "bureau", "offices") and head.pos_ == "NOUN" and any(
            t.lower_ in C.GOVERNMENT_WORDS or t.lower_ in C.PERSON_ROLES for t in span if t.i < head.i):
        return "government"  # the office of a public official: "the secretary of state's office"
    labels = {e.label_ for e in _ents_in(span)}
    if head.ent_type_ == "GPE" or (labels and labels <= {"GPE"}):
        return "government"
    if head.ent_type_ == "ORG" or "ORG" in labels:
        return "organization"
    if persons and head.pos_ == "NOUN" and head.lemma_.lower() in C.ORGANIZATION_NOUNS and any(
            c.dep_ == "poss" for c in head.children):
        return "organization"  # "Lindgren's campaign", "the senator's party"
    if hl in ("office", "offices") and _officeholders_office(head):
        return "government"  # "Brennan's office" after "Rep. Carl Brennan": the office of a public official
    if persons:
        return "person"
    if head.pos_ == "PROPN":
        # a person's name has two words and no article; "The Houthis", "the Taliban" name a group
        named = re.findall(r"[\w']+", bare)
        return "person" if len(named) >= 2 and bare == low and head.tag_ != "NNPS" else "organization"
    if hl in ("spokesman", "spokeswoman", "spokesperson", "president", "minister", "leader", "chief",
              "director", "secretary", "ambassador", "senator", "candidate", "nominee"):
        return "person"
    if hl in C.PERSON_ROLES and head.tag_ == "NN" and span[0].lower_ in ("a", "an") and not labels:
        return "unspecified"  # "A senior adviser who attended the meeting": an unnamed individual
    if hl in C.ORGANIZATION_NOUNS or head.lemma_.lower() in C.ORGANIZATION_NOUNS or hl in ("poll", "survey", "study"):
        return "organization"  # "the carmaker", "aid agencies"
    if hl in ("office", "bureau", "offices") and head.pos_ == "NOUN":
        return "government"  # "the statistics office", "the governor's office"
    if head.tag_ == "NNS" and head.pos_ == "NOUN" and not labels and (
            head.lemma_.lower() in C.PERSON_ROLES or re.search(r"(?:er|or|ist|ian)s$", hl)) and \
            hl not in C.NOT_PEOPLE_PLURALS:
        return "unspecified"  # a group of people without an institution: "Forecasters", "Economists"
    return "other"


# a statement's author ("A statement by the ministry said") and a document's reader ("... seen by Reuters")
_STATEMENT_BY = re.compile(r"(?i)^(?:an?|the)\s+(?:joint\s+|written\s+|brief\s+)?(?:statement|communiqu[eé]|press\s+release|"
                           r"news\s+release|letter)\s+(?:issued\s+|released\s+|signed\s+)?(?:by|from)\s+(?=\S)")
_SEEN_BY = re.compile(r"(?i),?\s+(?:seen|obtained|reviewed)\s+by\s+[^,]+$")
_INSTITUTE_HEADS = frozenset("institute survey service agency bureau administration authority office".split())
_STATE_INSTITUTE = re.compile(r"^(?:[Tt]he\s+)?(?:National|Federal|U\.S\.|US|United\s+States)\s+(?:[A-Z][\w-]*\s+){0,3}"
                              r"(?:Institute|Survey|Service|Agency|Bureau|Administration|Authority|Office)$")
_COUNTRY_POSSESSIVE = re.compile(r"^((?:[A-Z][\w.-]*\s+)?[A-Z][\w.-]*)['’]s\s+(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*$")
# a newspaper named by its title word: "the Harrisburg Ledger", "The Dayton Courier"
_NEWSPAPER_NAME = re.compile(r"^(?:[Tt]he\s+)?(?:[A-Z][\w.'’-]*\s+){1,3}(?:Ledger|Gazette|Herald|Tribune|Chronicle|Courier|"
                             r"Examiner|Inquirer|Dispatch|Sentinel|Times|Post|Journal|Telegraph|Observer)$")
_UN_BODY = re.compile(r"\b(?:UN\b|U\.N\.|United Nations\b)")


_ORG_NOUN_RX = "|".join(sorted(C.ORGANIZATION_NOUNS, key=len, reverse=True))


# a name after the noun of an organisation ("German chemicals company Rheinwerk"), or before a description whose
# head is one ("Aerovia Brasil, the country's third-largest airline")
_ORG_BEFORE_NAME = re.compile(rf"\b(?:{_ORG_NOUN_RX})\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,2}})")
_ORG_AFTER_NAME = re.compile(rf"\b([A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,3}}),\s+(?:the|a|an)\s+"
                             rf"(?:(?!(?:for|of|at|in|with|from|to)\s)[\w'’-]+\s+){{0,3}}(?:{_ORG_NOUN_RX})\b(?![’']s)")


def _introduced_as_organization(doc, name: str) -> bool:
    """Whether the article introduces a name (or the full name it opens) as an organisation: "German chemicals
    company Rheinwerk", "the ad-tracking firm Medialens", "Aerovia Brasil, the country's third-largest airline"
    (the names found once per document)."""
    names = doc.user_data.get("claimpack_org_names")
    if names is None:
        text = doc_text(doc)
        names = doc.user_data["claimpack_org_names"] = frozenset(
            m.group(1) for rx in (_ORG_BEFORE_NAME, _ORG_AFTER_NAME) for m in rx.finditer(text))
    return any(full == name or full.startswith(name + " ") for full in names)


# the parts of a body that speak for it
# ("office" is left to the office rules: a governor's or a minister's office is a government's)
_UNIT_HEADS = frozenset("division unit department service branch section team arm wing bureau desk cell directorate "
                        "secretariat".split())


def _institution_of(head) -> Optional[str]:
    """The type of the institution a group of sources is in ("sources in the General Staff", "sources at the
    ministry"): military or government, else None."""
    for ch in head.children:
        if ch.dep_ == "prep" and ch.lower_ in ("in", "at", "within", "inside", "from", "close"):
            words = {t.lower_ for t in ch.subtree}
            if words & C.MILITARY_WORDS:
                return "military"
            if words & C.GOVERNMENT_WORDS:
                return "government"
    return None


def _state_name(span, bare: str) -> bool:
    """The claimant is the name of a country or of a capital, and not a person's surname ("Jordan said")."""
    k = gz.norm(bare)
    if k not in gz.countries() and k not in gz.capitals():
        return False
    # a capital alone is the capital even where the tagger read a person ("Kyiv expects Moscow to ..."); a country
    # can be a first name ("Jordan", "Chad")
    person_read = any(e.label_ == "PERSON" for e in _ents_in(span)) and not (k in gz.capitals() and len(span) == 1)
    return not person_read and not _surname_of_a_person(span.doc, span.root)


_ACRONYM = re.compile(r"[A-Z]{2,6}")
_NAME_GLUE = r"(?:\s+(?:of|the|and|for|on|de|du|des|la|el|al)\b)*\s+"


def _acronym_type(span, bare: str) -> Optional[str]:
    """The type of the name an all-capitals claimant abbreviates, spelt out elsewhere in the article ("the Rapid
    Support Forces" for "The RSF"), or None."""
    name = span.text.strip()
    name = name[4:] if name.lower().startswith("the ") else name
    if not _ACRONYM.fullmatch(name):
        return None
    pattern = r"\b" + _NAME_GLUE.join(f"{ch}[\\w'’.-]+" for ch in name) + r"\b"
    doc = span.doc
    for m in re.finditer(pattern, doc_text(doc)):
        full = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if full is not None and not (full.start <= span.start < full.end):
            t = claimant_type(full)
            if t not in ("other", "unspecified", "person"):
                return t
    return None


def _place_object(ent) -> bool:
    """'A local official in Djibo': the name is the object of 'in', a place (whatever the tagger called it), not
    the institution the person works at."""
    return ent.root.dep_ == "pobj" and ent.root.head.lower_ == "in"


def _document_head(span) -> bool:
    """'state records', 'Federal Election Commission filings', 'an internal UN report': a document is no government
    or organisation, whoever made it and whatever word of the state describes it."""
    head = span.root
    return head.pos_ == "NOUN" and head.lemma_.lower() in _DOCUMENT_HEADS


_LED_COALITION = re.compile(r"\b([A-Z][\w.]*)\s*-\s*led\s+coalition\b")


def _military_coalition(span) -> bool:
    """Whether the article's coalition is a military one: it is named with what armies have or do ("Coalition
    strikes", "the coalition's deputy commander", "coalition and partner forces", ``cues.MILITARY_COALITION_NOUNS``)
    and the coalition of the claimant is not a political one ("the ruling coalition", "coalition partners")."""
    doc = span.doc
    led = _LED_COALITION.search(span.text)
    if led and (gz.demonym(led.group(1)) or gz.norm(led.group(1)) in gz.countries()):
        return True  # "the Saudi-led coalition", "the US-led coalition": states at war, not a governing coalition
    for t in span:
        if t.lemma_.lower() == "coalition" and (
                t.head.lower_ in C.POLITICAL_COALITION_WORDS
                or any(c.lower_ in C.POLITICAL_COALITION_WORDS for c in t.children)):
            return False
    key = "claimpack_military_coalition"
    if key not in doc.user_data:
        found = False
        for t in doc:
            if t.lemma_.lower() != "coalition":
                continue
            near = [t.head] if t.dep_ in ("compound", "poss", "nmod", "amod") else []
            near += [c for c in t.children if c.dep_ == "conj"]
            if any(n.lower_ in C.MILITARY_COALITION_NOUNS for n in near):
                found = True
                break
        doc.user_data[key] = found
    return doc.user_data[key]


def _apposition_type(span) -> Optional[str]:
    """The type the description after a name says (``_role_type``): ", a spokeswoman for the mission" person,
    ", a Swedish broadcaster" media, ", Chile's second-largest copper producer" organization (the head of the
    apposition). None without such a description."""
    doc, j = span.doc, span.end
    if j + 2 >= len(doc) or doc[j].text != ",":
        return None
    appos = [a for a in span.root.children if a.dep_ == "appos" and a.i > j and a.pos_ == "NOUN"]
    if appos and (described := _role_type(appos[0])) is not None:
        return described
    k = j + 1 + (doc[j + 1].lower_ in ("a", "an", "the"))
    noun = next((t for t in doc[k:k + 6] if t.pos_ == "NOUN" and t.dep_ != "poss"), None)
    return _role_type(noun) if noun is not None else None


_OFFICE_TITLES = r"(?:Rep|Sen|Gov|Lt|Del|Assemblyman|Assemblywoman|Congressman|Congresswoman|Senator|Representative|" \
    r"Governor|Mayor|President|Vice\s+President|Prime\s+Minister|Minister|Chancellor|Secretary|Attorney\s+General)\.?"


# "Mr.", "Dr.", "Sen." ... as written before a name (cues.HONORIFICS)
_HONORIFICS = "|".join(re.escape(h.capitalize()) for h in sorted(C.HONORIFICS, key=len, reverse=True))


def _officeholders_office(head) -> bool:
    """Whether "X's office" is the office of someone the article names with a public title ("Rep. Carl Brennan")."""
    owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if owner is None:
        return False
    return re.search(rf"\b{_OFFICE_TITLES}\s+(?:[A-Z][\w.'’-]*\s+){{0,3}}{re.escape(owner.text)}\b",
                     doc_text(head.doc)) is not None


def _surname_of_a_person(doc, tok) -> bool:
    """Whether the one-word name ``tok`` ("Marsh's claim") is the last word of a person named in the article
    ("Gov. Helen Marsh"; "Democrat Naomi Fielding", whatever the tagger made of the full name)."""
    if any(e.label_ == "PERSON" and len(e) >= 2 and e[-1].text == tok.text and e.start != tok.i
           for e in doc_ents(doc)):
        return True
    name = _whole_word(doc, tok)  # the whole hyphenated surname ("Okonkwo-Hart" is three tokens)
    return name[:1].isupper() and re.search(
        rf"\b(?:{_OFFICE_TITLES}|{_HONORIFICS}|Democrat|Republican)\s+[A-Z][\w'’-]+\s+{re.escape(name)}\b",
        doc_text(doc)) is not None


def _whole_word(doc, tok) -> str:
    """The whitespace-delimited word holding ``tok`` ("Okonkwo-Hart" for its "Hart"), without a possessive."""
    text = doc_text(doc)
    a = max(text.rfind(" ", 0, tok.idx), text.rfind("\n", 0, tok.idx)) + 1
    m = re.match(r"[\w'’-]*", text[a:])
    return re.sub(r"['’]s?$", "", m.group(0))


# ---------------------------------------------------------------- cue finders

def _relative_opening(c, v) -> bool:
    """Whether clause ``c`` after cue ``v`` opens with a relative word ("condemns the attack, in which 14 people
    were killed"): a relative clause the parser hung on the verb as its complement, not what was said. (A
    relative before the cue, "which he said were accompanied by ...", is the content's own subject.)"""
    first = c.doc[c.left_edge.i]
    if first.i <= v.i or first.i == 0 or c.doc[first.i - 1].text != ",":
        return False  # 'asked who would pay', 'explained which units ...': an embedded question is content
    if first.lower_ in ("which", "whom", "whose"):
        return True
    return first.dep_ == "prep" and any(g.dep_ == "pobj" and g.lower_ in ("which", "whom") for g in first.children)


def _clause_content(doc, v, sent) -> Optional[tuple[int, int]]:
    """Token range of the clausal complement of cue ``v`` (ccomp, or the clause after a following "that")."""
    comps = [ch for ch in v.children if ch.dep_ == "ccomp" and sent.start <= ch.i < sent.end
             and not _relative_opening(ch, v)]
    if comps:
        c = min(comps, key=lambda t: abs(t.i - v.i))
        start = c.left_edge.i
        marks = [m for m in c.children if m.dep_ == "mark" and m.lower_ == "that" and m.i > start]
        if marks and c.i > v.i:
            start = marks[0].i  # "reported, citing X, that ...": the complement starts at "that"
        if start > sent.start and doc[start].is_sent_start and c.i < v.i:
            start = sent.start  # a parser slip cut off the first word ("Velora | Motors will cut ...")
        return start, c.right_edge.i + 1
    # 'said after the convention he would not ...': a parser slip makes the complement an adverbial clause (one
    # with a subject of its own and no subordinator)
    if _lemma(v) in C.SPEECH_VERBS:
        for ch in v.rights:
            if (ch.dep_ == "advcl" and ch.i - v.i <= 10 and ch.i < sent.end
                    and any(g.dep_ in ("nsubj", "nsubjpass") and g.i < ch.i for g in ch.children)
                    and not any(g.dep_ in ("mark", "advmod") and g.i < ch.i for g in ch.children)
                    and not doc[ch.left_edge.i - 1].is_punct):
                subj = next(g for g in ch.children if g.dep_ in ("nsubj", "nsubjpass") and g.i < ch.i)
                return subj.left_edge.i, ch.right_edge.i + 1  # from the subject: the cue's "after X" is no content
    # "that"-clause misparsed (relcl, acl, advcl ...): the first "that" shortly after the cue
    for k in range(v.i + 1, min(v.i + 12, sent.end - 1)):
        t = doc[k]
        if t.lower_ == "that" and t.dep_ in ("mark", "nsubj", "dobj", "nsubjpass", "advmod") and t.head.i > t.i:
            if t.dep_ != "mark" and t.head.dep_ != "relcl":
                continue
            h = t.head
            if t.dep_ == "mark" and h.dep_ == "ccomp" and h.head.i != v.i and h.head.pos_ == "VERB" and \
                    h.head.dep_ in ("acl", "relcl") and v.is_ancestor(h.head):
                break  # '... after she was confronted with emails showing that X': the clause is the emails'
            if t.dep_ != "mark" and any(c.dep_ in ("nsubj", "nsubjpass") and c.i != t.i for c in h.children):
                pass
            elif t.dep_ != "mark":
                continue
            end = max(h.right_edge.i, k + 1) + 1
            return k, min(end, sent.end)
        if t.dep_ in ("ccomp",) or t.pos_ == "VERB" and t.dep_ not in ("advcl", "acl", "xcomp", "pcomp"):
            break
    return None


def _reattached_conj(v):
    """The outer cue verb of a cue verb the parser coordinated inside that cue's complement: in 'X said its forces
    had taken Bara, and denied targeting civilians' "denied" hangs on "taken" with no subject of its own, but after
    the comma and "and" it is X's second statement. None otherwise."""
    if v.dep_ != "conj" or v.pos_ != "VERB" or _lemma(v) not in _CUE_VERBS or v.i < 2:
        return None
    h = v.head
    if h.dep_ != "ccomp" or h.head.i == h.i or _lemma(h.head) not in _CUE_VERBS or h.head.i > h.i:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
        return None
    doc = v.doc
    if not (doc[v.i - 1].lower_ == "and" and (doc[v.i - 2].text == "," or _lemma(v) in C.NEGATIVE_CUES and any(
            c.dep_ == "ccomp" for c in v.children)) or doc[v.i - 1].lower_ == "but"):
        # ("said the vote was well run but reported cases of vote buying": the observers reported; "said the drills
        # complied with the law and denied that they were aimed at anyone": a denial of its own)
        return None
    return h.head


def _range_root(doc, i: int, j: int):
    """The first token of [i, j) whose head lies outside it (the range's root), or None."""
    return next((doc[k] for k in range(i, j) if not i <= doc[k].head.i < j or doc[k].head.i == k), None)


def _second_statement(doc, clause: tuple[int, int]):
    """The cue verb coordinated into a complement clause by a parser slip (``_reattached_conj``), or None."""
    root = _range_root(doc, *clause)
    if root is None:
        return None
    return next((c for c in root.children if c.dep_ == "conj" and c.i > clause[0] + 2
                 and _reattached_conj(c) is not None), None)


def _split_conj(doc, i: int, j: int, sent) -> list[tuple[int, int]]:
    """Split a complement clause at coordinated clauses that have their own subject."""
    root = _range_root(doc, i, j)
    if root is None:
        return [(i, j)]
    parts = []
    conjs = [c for c in root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
             and (any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in g_children(c)) or _modal(c) and not _modal(root)
                  or _prospect(c) and not _prospect(root))]
    if not conjs:
        return [(i, j)]
    start = i
    for c in conjs:
        cl = c.left_edge.i
        # the left part ends before the cc/punct that introduces the conjunct
        e = cl
        while e > start and doc[e - 1].dep_ in ("cc", "punct") or (e > start and doc[e - 1].is_space):
            e -= 1
        if e > start:
            parts.append((start, e))
        start = cl
    parts.append((start, j))
    return parts


def _bare_noun_phrase(doc, content: tuple[int, int]) -> bool:
    """A content of a few words without a verb: "the accounts", "The figure"."""
    span = doc.char_span(*content, alignment_mode="expand")
    return span is not None and len(span) <= 4 and not any(t.pos_ in ("VERB", "AUX") for t in span)


def _modal(verb) -> bool:
    """Whether a verb has a modal of its own: "and could launch a new offensive" (a proposition of its own beside
    "has moved up to 50,000 troops")."""
    return any(g.dep_ == "aux" and g.tag_ == "MD" for g in verb.children)


_PROSPECT_WORDS = frozenset("likely unlikely expected set poised due about ready".split())


def _prospect(verb) -> bool:
    """Whether a verb states a prospect of its own: "and is likely to launch an offensive", "and is expected to close
    two plants" (a proposition of its own beside "has gathered 90,000 troops")."""
    if verb.lemma_ == "be":
        return any(c.dep_ == "acomp" and c.lower_ in _PROSPECT_WORDS and any(g.dep_ == "xcomp" for g in c.children)
                   for c in verb.children)
    return verb.lower_ in _PROSPECT_WORDS and any(c.dep_ == "auxpass" for c in verb.children) and \
        any(c.dep_ == "xcomp" for c in verb.children)


def _separate_propositions(doc, parts) -> bool:
    """Whether coordinated clauses under one cue are separate claims: each after the first repeats "that" or is
    joined by "and" (full clauses with their own subjects: "said that A and that B", "said A and B"), or their
    statuses differ (one future, one not)."""
    if len({_is_future(doc, doc[a].idx, doc[b - 1].idx + len(doc[b - 1])) for a, b in parts}) > 1:
        return True
    if all(any(t.like_num for t in doc[a:b]) and any(t.lemma_.lower() in _CASUALTY_WORDS for t in doc[a:b])
           for a, b in parts):
        return False  # "at least seven people had died and 11 were missing": one count of casualties
    for (a0, b0), (a, b) in zip(parts, parts[1:]):
        between = [doc[k].lower_ for k in range(b0, min(b, a + 1)) if not doc[k].is_space]
        if "and" not in between and "that" not in between:
            return False
    return True


_CASUALTY_WORDS = frozenset("die dead kill killed injure injured wound wounded miss missing hurt".split())


def g_children(t):
    return list(t.children)


def _cue_phrase(v) -> tuple[int, int]:
    """Token range of the cue: the verb with auxiliaries/negation/particles next to it ("has said", "point out")."""
    i = j = v.i
    for ch in v.children:
        if ch.dep_ in ("aux", "auxpass", "neg") and ch.i < v.i and v.i - ch.i <= 3:
            i = min(i, ch.i)
        if ch.dep_ == "prt" and ch.i == v.i + 1:
            j = ch.i
    return i, j + 1


def _adjacent_quotes(doc, quotes, lo_char, hi_char, para) -> list[tuple[int, int]]:
    """Quotes adjacent to the cue phrase [lo_char, hi_char) inside the paragraph ``para`` (char range)."""
    text = doc_text(doc)
    out = []
    for qs, qe in quotes:
        if qs < para[0] or qe > para[1]:
            continue
        if qe <= lo_char and _ADJACENT_GAP.match(text[qe:lo_char]):
            out.append((qs, qe))
        elif qs >= hi_char and _ADJACENT_GAP.match(text[hi_char:qs]):
            out.append((qs, qe))
    # '"A," he said, "B."' -> both; a quote before then one after
    return out


_CUE_VERBS = C.SPEECH_VERBS | C.OBJECT_VERBS | C.QUOTE_ONLY_VERBS
# A label ('X called the loan "a textbook case of crony capitalism"') is an opinion (CLAIMS-GUIDE.md), but PolNeAR
# annotates the labeller's words as an attribution: True drops the label's finding too (costs 0.004 end-to-end F1
# on PolNeAR dev, measured); False keeps it and drops only the author's claim of the sentence.
LABELS_ARE_OPINIONS = False
OPINION_SENTENCES_UNATTRIBUTED = True
# The headline repeats the lede: no claim of its own, with a cue or without, as in the seed and in every blind claim
# set ("North Korea shipped millions of shells to Russia, documents show" is the first paragraph's claim). PolNeAR
# annotates the headline's attributions: True restores them (+0.004 end-to-end F1 on PolNeAR dev, measured).
HEADLINE_CLAIMS = False
# a source's request for anonymity ('sources, who asked not to be named because ...'): no claim of theirs
_ANONYMITY_RE = re.compile(r"^(?:not\s+)?to\s+be\s+(?:named|identified|quoted|cited)\b", re.I)
_MIS_TAGGED = C.SPEECH_VERBS | {"report", "claim", "suspect"}


def _postposed_misread_cue(doc, sent) -> list[_Found]:
    """'Outside groups have spent about $19 million on ads, the Wisconsin Democracy Campaign estimates.': a cue verb
    closing the sentence after a comma and a name, which the tagger read as a plural noun (the name's head), so no
    verb rule saw it. The claimant is the name between the comma and the verb, the content what precedes the comma."""
    k = sent.end - 1
    while k > sent.start and (doc[k].is_punct or doc[k].is_space) and doc[k].text != ",":
        k -= 1  # past the closing full stop
    v = doc[k]
    low = v.lower_
    if v.pos_ == "VERB" and v.dep_ in ("relcl", "acl", "advcl") and _lemma(v) in _CUE_VERBS and v.i - sent.start >= 5:
        return _postposed_misread_clause(doc, sent, v)
    if v.pos_ not in ("NOUN", "PROPN") or not low.endswith("s") or low[:-1] not in _MIS_TAGGED or v.i - sent.start < 5:
        return []
    comma = next((j for j in range(v.i - 1, max(sent.start, v.i - 9), -1) if doc[j].text == ","), None)
    if comma is None or comma - sent.start < 4:
        return []
    name = doc[comma + 1:v.i]
    if not name or not any(t.text[:1].isupper() and t.pos_ == "PROPN" for t in name) or \
            any(t.pos_ in ("VERB", "AUX") for t in name):
        return []
    text = doc_text(doc)
    s, e = _trim(text, *_tok_span(doc, sent.start, comma), strip_that=False)
    if e - s < 3:
        return []
    return [_Found((s, e), v, _tok_span(doc, v.i, v.i + 1), low[:-1], _tok_span(doc, comma + 1, v.i))]


_EVIDENCE_TAIL = frozenset("show shows showed find finds found suggest suggests indicate indicates".split())


def _postposed_evidence_noun(doc, sent) -> list[_Found]:
    """'A and B are tied at 46 percent, a Keystone Polling survey released on Tuesday shows.', '..., the regulator's
    records show.': a closing "show(s)" the tagger read as a noun after a survey, a study or records, which relay
    the content (reported)."""
    k = sent.end - 1
    while k > sent.start and (doc[k].is_punct or doc[k].is_space) and doc[k].text != ",":
        k -= 1
    v = doc[k]
    if v.lower_ not in _EVIDENCE_TAIL or v.pos_ not in ("NOUN", "PROPN") or v.i - sent.start < 6:
        return []
    comma = next((j for j in range(v.i - 1, max(sent.start, v.i - 12), -1) if doc[j].text == ","), None)
    if comma is None or comma - sent.start < 4:
        return []
    head = next((t for t in doc[comma + 1:v.i] if t.lemma_.lower() in C.EVIDENCE_NOUNS or
                 t.lemma_.lower() in _RECORD_NOUNS), None)
    if head is None:
        return []
    text = doc_text(doc)
    s, e = _trim(text, *_tok_span(doc, sent.start, comma), strip_that=False)
    if e - s < 3:
        return []
    lemma = {"finds": "find", "found": "find", "shows": "show", "showed": "show"}.get(v.lower_, v.lower_.rstrip("s"))
    return [_Found((s, e), v, _tok_span(doc, v.i, v.i + 1), lemma, _tok_span(doc, comma + 1, head.i + 1),
                   extra={"status": "reported"})]


def _postposed_misread_clause(doc, sent, v) -> list[_Found]:
    """'... wells within 2,000 feet of schools, a poll by the Rocky Mountain Civic Survey found.': a cue verb closing
    the sentence after a comma and its subject, which the parser hung on a noun before the comma as a relative
    clause. The claimant is that subject (a poll's or study's author, by "by"), the content what precedes the comma."""
    subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
    if subj is None or any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in v.children):
        return []
    left = subj.left_edge.i
    if left <= sent.start or doc[left - 1].text != ",":
        return []
    text = doc_text(doc)
    s, e = _trim(text, *_tok_span(doc, sent.start, left - 1), strip_that=False)
    if e - s < 3:
        return []
    lemma = _lemma(v)
    extra = {"status": "reported"} if lemma in C.EVIDENCE_VERBS else {}
    return [_Found((s, e), v, _tok_span(doc, v.i, v.i + 1), lemma, _tok_span(doc, left, subj.right_edge.i + 1),
                   extra=extra)]


# cues only with a clause ("the court ruled that ...", not "the court ruled on Friday")
_CLAUSE_CUES = frozenset("show find read rule decide determine project charge post answer counter "
                         "brief".split())


def _evidence_object(v, lemma: str) -> bool:
    """'Polls show Clinton with a lead', 'the study found higher rates': a poll, study or document whose
    findings are the object of show / find / indicate."""
    if lemma not in C.EVIDENCE_VERBS:
        return False
    subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.lemma_.lower() in C.EVIDENCE_NOUNS and any(
        c.dep_ == "dobj" for c in v.children)


def _finding_source(subj) -> tuple[int, int]:
    """Token range of who reports a poll's or study's finding: the author named by "by" / "from" ("a survey by
    the regional council shows ..." -> the regional council), else the poll or study as named, without what it
    is of ("A Harbor Research poll of 600 voters showed ..." -> A Harbor Research poll: the whole description,
    not its modifiers, nor its sample)."""
    for ch in subj.rights:
        if ch.dep_ == "prep" and ch.lower_ in ("by", "from"):
            objs = [g for g in ch.children if g.dep_ == "pobj"]
            if objs:
                return _strip_document(objs[0])
        agent = _agent_of_participle(ch) if subj.lemma_.lower() in ("poll", "survey", "study") else None
        if agent is not None:
            # "A poll released last week by Atlanta Civic Research" (images "released by" a firm show for themselves)
            return _strip_document(agent)
    left, right = _with_description(subj, _np_span(subj))
    return (left, subj.i + 1) if left <= subj.i < right else (left, right)


def _finding_end(doc, v, sent, obj: tuple[int, int]) -> int:
    """Char end of the finding of an evidence verb whose object is ``obj`` (char span): the object with what
    the verb predicates of it ('found Hale ahead by 4 points among likely voters', 'found rents up by 12
    percent'), up to a comma, a coordinated or adverbial clause or the end of the sentence."""
    end = obj[1]
    for ch in v.rights:
        if ch.idx < obj[0]:
            continue
        if ch.dep_ == "punct":
            if ch.text in (",", ";", ":", "—", "–", "--", "("):
                break
            continue
        if ch.dep_ in ("cc", "conj", "parataxis") or doc[ch.left_edge.i - 1].text in (",", ";", "—", "–", "("):
            break
        if ch.dep_ == "advcl" and any(g.dep_ in ("mark", "nsubj", "nsubjpass") for g in ch.children):
            break  # '... indicates a tightening race as Trump consolidates X': the writer's clause, not the finding
        last = doc[min(_phrase_end(ch), sent.end - 1)]
        end = max(end, last.idx + len(last.text))
    return end


def _directive(v, lemma: str) -> bool:
    """'told his advisers to find a way': a verb of telling with an addressee and an infinitive, whose
    content is both ("his advisers to find a way")."""
    return lemma in _ADDRESSEE_VERBS and any(c.dep_ == "dobj" for c in v.children) and any(
        c.dep_ == "xcomp" and c.i > v.i for c in v.children)


def _object_of_dangling_prep(doc, rng: tuple[int, int], v) -> tuple[int, int]:
    """'Analysts at Santiago-based Puerto Capital estimate ...': a tagger slip reads the name before the cue as
    a compound of the verb ("Capital estimate"), leaving the subject's preposition without its object. The
    subject then runs up to the cue over that name (the words of the verb's compounds and modifiers, all before the
    cue)."""
    i, j = rng
    last = doc[j - 1]
    if last.dep_ != "prep" or any(c.dep_ == "pobj" for c in last.children) or j >= v.i:
        return rng
    # the name's words hang from the verb as compounds or modifiers ("Madrid-based Orla Capital estimate")
    mods = [c for c in v.children if c.dep_ in ("compound", "amod", "nmod", "npadvmod") and j <= c.i < v.i]
    covered = {t.i for c in mods for t in c.subtree}
    if not mods or covered != set(range(j, v.i)):
        return rng
    if not any(doc[k].pos_ == "PROPN" for k in range(j, v.i)):
        return rng
    return i, v.i


def _lemma(tok) -> str:
    """The token's lemma, with the lemmatizer's known slips mended ("hoped" -> hope, not hop)."""
    return C.LEMMA_FIXES.get(tok.lower_) or tok.lemma_.lower()


def _verb_cues(doc, sent, quotes, para) -> list[_Found]:
    text = doc_text(doc)
    found = []
    for v in sent:
        lemma = _lemma(v)
        low = v.lower_
        is_verb = v.pos_ in ("VERB", "AUX") and lemma in _CUE_VERBS
        if v.pos_ == "VERB" and lemma in _RETORT_VERBS and any(c.lower_ == "back" and c.i == v.i + 1 for c in v.children):
            is_verb, lemma = True, "retort"  # 'Whitaker fired back: "..."': a reply, a cue next to its quotation
        # tagger slips: "intelligence suspects that ...", "Reuters reports that ..."
        mis = (not is_verb and v.pos_ in ("NOUN", "PROPN") and v.i + 1 < sent.end and doc[v.i + 1].lower_ == "that"
               and v.dep_ == "ROOT" and (low.endswith("s") and low[:-1] in _MIS_TAGGED or low in _MIS_TAGGED and any(
                   c.dep_ == "nsubj" and c.tag_ in ("NNS", "NNPS") for c in v.children)))
        # (and after a plural subject: "Economists at Goldline Bank estimate that ...")
        if not (is_verb or mis):
            continue
        if any(qs < v.idx < qe for qs, qe in quotes):
            continue  # speech verbs inside a quotation belong to the quoted speaker
        if mis:
            lemma = low[:-1] if low not in _MIS_TAGGED else low
        if lemma in ("cite", "quote") and v.tag_ == "VBG" and v.dep_ in ("advcl", "acl", "xcomp", "conj") and \
                _cites_source(v):
            continue  # "X reported, citing Y": Y is the source, relayed by X
        if _release_voice(v, lemma):
            continue  # "Norway condemns the attack ...": the statement's author speaks
        if LABELS_ARE_OPINIONS and _label(v):
            continue  # 'called the loan "a textbook case of ..."': an epithet, no claim (see _evaluation)
        if v.dep_ == "pcomp" and v.head.lower_ == "without":
            continue  # 'it goes without saying that X', 'left without explaining X': nothing is said
        if lemma == "expect" and not any(c.dep_ == "nsubj" for c in v.children) and (
                v.tag_ == "VBN" or v.dep_ not in ("conj", "xcomp")):
            continue  # "is expected to": part of the content, not a cue ("... and expects X to Y" is one)
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in C.CUE_NOUNS and _noun_clause(c) is not None
               and any(g.dep_ == "poss" for g in c.children) for c in v.children):
            continue  # "Calloway's claim that X was not supported by state audits": Calloway's claim (a noun cue)
        finding = _evidence_object(v, lemma)  # 'a poll found X ahead': the poll's finding, not the author's claim
        evidence = finding or _directive(v, lemma)
        if lemma in _CLAUSE_CUES and not evidence and not any(c.dep_ == "ccomp" for c in v.children) and not (
                v.i + 1 < sent.end and doc[v.i + 1].lower_ == "that"):
            continue
        # claimant
        mention = None  # where the claimant is mentioned, when that is a pronoun standing for it
        if mis:
            left = v.left_edge.i
            subj_rng = (left, v.i) if left < v.i else None
        else:
            subj = _subject(v)
            subj_rng = _with_description(subj, _np_span(subj)) if subj is not None else None
            if subj is not None and (finding or lemma in C.EVIDENCE_VERBS and subj.lemma_.lower() in C.EVIDENCE_NOUNS
                                     and any(c.dep_ in ("prep", "acl") for c in subj.rights)):
                subj_rng = _finding_source(subj)  # "a survey by the council shows ..." -> the council
            elif evidence and subj is not None:
                subj_rng = _strip_document(subj)
            elif subj_rng is not None:
                subj_rng = _object_of_dangling_prep(doc, subj_rng, v)
            if subj is None and (v.dep_ == "ROOT" or lemma == "retort"):
                subj_rng = _preceding_np(doc, sent, v) or _preceding_apposition(doc, sent, v)
            if subj is not None and subj.lower_ in ("that", "which", "this", "it", "there") and subj.dep_ != "nsubj":
                subj_rng = None
            if subj is not None and subj.lower_ in ("which", "that", "who"):
                # relative clause: the noun it modifies
                if v.dep_ == "relcl":
                    subj_rng = _np_span(v.head)
                    mention = _tok_span(doc, subj.i, subj.i + 1)  # "the mayor, who said ...": mentioned as "who"
                else:
                    subj_rng = None
        if subj_rng is None:
            if not mis:
                found.extend(_sourceless(doc, v, sent, lemma))
            continue
        if subj_rng[0] <= v.i < subj_rng[1]:
            continue
        cue_i, cue_j = (v.i, v.i + 1) if mis else _cue_phrase(v)
        cue_span = _tok_span(doc, cue_i, cue_j)
        subj_span = _tok_span(doc, *subj_rng)
        lo = min(cue_span[0], subj_span[0])
        hi = max(cue_span[1], subj_span[1])
        # the cue's own short right dependents ("told the host", "said on Friday") belong to the cue phrase
        k = max(cue_j, subj_rng[1])
        while (k < sent.end and k - max(cue_j, subj_rng[1]) < 5 and doc[k].text not in (",", ":", ".")
               and doc[k].dep_ not in ("ccomp", "mark") and doc[k].text[0] not in _OPEN_Q
               and v.is_ancestor(doc[k]) and not _in_argument(v, doc[k], lemma)):
            k += 1
        if k > max(cue_j, subj_rng[1]):
            hi = max(hi, doc[k - 1].idx + len(doc[k - 1].text))
        contents: list[tuple[int, int]] = []
        attribution = "indirect"
        obj_used = False
        clause = _clause_content(doc, v, sent)
        if clause is not None and clause[0] < subj_rng[0] < clause[1] <= v.i:
            clause = (clause[0], subj_rng[0])  # the speaker the parser hung on the content ("..., her spokesman, X,
            # said"): the content ends before it
        adj = _adjacent_quotes(doc, quotes, lo, hi, para)
        if not adj and lemma not in C.SPEECH_VERBS and lemma not in C.OBJECT_VERBS:
            continue  # 'She continued: "..."': a cue only next to a quotation
        if clause is not None and clause[0] > v.i and adj:
            cs, ce = _tok_span(doc, *clause)
            if any(qs <= cs + 2 and ce <= qe + 2 for qs, qe in adj):
                clause = None  # 'X said, "A. B."': the whole quotation, not the first clause of it
        paren = _parenthetical(doc, sent, v, subj_rng, cue_i) if not adj else None
        if paren is not None and (clause is None or clause[0] > v.i):
            contents = [paren]
        elif clause is not None and clause[0] > v.i:
            cs, ce = _tok_span(doc, *clause)
            # a quotation opening inside the clause and running past the sentence: take it whole
            for qs, qe in quotes:
                if cs <= qs < ce and qe > ce and qe <= para[1]:
                    ce = qe
            parts = _split_conj(doc, clause[0], clause[1], sent)
            if len(parts) > 1 and not _separate_propositions(doc, parts):
                parts = [clause]  # "said A but B" in the same tense: one proposition as far as the reader is concerned
            contents = [_trim(text, *_tok_span(doc, a, b)) for a, b in parts]
            second = _second_statement(doc, clause)
            if second is not None:
                # 'X said A, and denied B': A ends before the second cue, which makes its own claim
                cut = second.i - 2 if doc[second.i - 2].text == "," else second.i - 1
                contents[-1] = _trim(text, contents[-1][0], doc[cut].idx)
            elif len(parts) > 1:
                contents[-1] = _trim(text, contents[-1][0], _to_sentence_end(doc, sent, ce, v))
            else:
                contents = [_trim(text, cs, _to_sentence_end(doc, sent, ce, v))]
            contents[-1] = _trim(text, *_cut_aside(doc, contents[-1], v))
        else:
            if adj:
                qs, qe = min(a[0] for a in adj), max(a[1] for a in adj)
                first = min(adj)
                conj = _conjoined_quote(doc, quotes, first[1], sent, para) if len(adj) > 1 else None
                if conj is not None:
                    qe = first[1]  # '"A," X said in Popayán, "and B."': the quotations on both sides of the cue
                else:
                    conj = _conjoined_quote(doc, quotes, qe, sent, para)
                nxt = None if conj else _following_quote(text, quotes, hi, qe, sent, para)
                if nxt is not None:
                    qe = nxt
                if qe <= lo and qs > sent.start_char and _WORD.search(text[sent.start_char:qs]) and not any(
                        a < qs <= b for a, b in quotes if (a, b) != (qs, qe)) and not any(
                        sent.start_char <= a < qs for a, b in quotes):
                    # 'Using the tax "is a misguided approach," X said': the quotation ends a sentence of the
                    # speaker's that begins outside the quotation marks
                    qs = sent.start_char
                contents = [_trim(text, qs, qe, strip_that=False)] + ([conj] if conj else [])
                attribution = "direct_quote"
            elif clause is not None and (clause[1] > v.i or not _right_argument(v, lemma)):
                # complement before the cue ("..., X said"), or around it ("which X says he is doing")
                a, b = clause
                if b <= v.i and a > sent.start and _joined_clauses(doc, sent.start, a):
                    a = sent.start  # 'A, but B, the source added': the whole report before the cue
                first = min(cue_i, subj_rng[0])
                k = first - 1
                while k > b and doc[k].is_space:
                    k -= 1
                if b <= k < first and (doc[k].text in (",", "—", "–") or doc[k].text in _CLOSE_Q) and not any(
                        doc[m].text in _CLOSE_Q for m in range(b, k)):
                    b = k  # 'A, killing two workers, the governor said': up to the cue phrase
                parts = _split_conj(doc, a, b, sent)
                if len(parts) < 2 or not _separate_propositions(doc, parts):
                    parts = [(a, b)]  # 'A, and B, the company said': two reports, as under a cue before them
                contents = [_strip_dateline(text, *_trim(text, *_tok_span(doc, pa, pb)), sent) for pa, pb in parts]
            else:
                post = _postposed(doc, sent, v, subj_rng, cue_i)
                if post is not None:
                    contents = [post]
                elif _object_cue(lemma) and not mis and (passive := _passive_theme(v)) is not None:
                    obj_used = True  # 'the plan was announced by the ministry': the plan
                    contents = [_trim(text, *_tok_span(doc, *passive))]
                elif (_object_cue(lemma) or evidence) and not mis:
                    obj = _object_content(doc, v, sent)
                    if obj is not None and finding:
                        obj = obj[0], max(obj[1], _finding_end(doc, v, sent, obj))
                    if obj is not None:
                        obj_used = True
                        contents = [_trim(text, *obj)]
        asked = [c for c in contents if _question(text, c, lemma)]
        # 'He did not say when production would start': what was not said is the writer's word alone
        negated = lemma in _SPEECH_REFUSED and any(ch.dep_ == "neg" for ch in v.children)
        contents = [c for c in contents if c[1] - c[0] >= 3 and _WORD.search(text[c[0]:c[1]])
                    and not _ANONYMITY_RE.match(text[c[0]:c[1]]) and c not in asked
                    and not _COMMENT_REQUEST.match(text, c[0])
                    and not (negated and _QUESTION_OPENING.match(text, c[0]))]
        if not contents:
            if asked:
                # a question asked: no claim, nor is the sentence the author's ('A reporter asked whether ...')
                found.append(_Found(asked[0], v, cue_span, lemma, subj_span, attribution="question"))
            continue
        via = None
        name_rng, ctype = _named(doc, subj_rng)
        claimant = _tok_span(doc, *name_rng)
        cited = _cited(doc, v, subj_rng, contents)
        if cited is not None:
            via, claimant, ctype, mention = claimant, cited, None, None
        # an object content leaves the sentence to the author as well ('Trump attacked Clinton over X'), but a
        # poll's or study's finding is the poll's alone
        nominal = obj_used and lemma not in C.CUE_STATUS and not finding
        if nominal and (_infinitive_of_action(v) or _armed_attack(v, lemma, subj_rng)
                        or any(_unnamed_people(doc, c) for c in contents)
                        or (subj is not None and subj.lower_ in ("percent", "%"))):
            # (and "Only 35 percent support them": a share of those polled, no one's stance)
            # 'forces continued to attack militant targets', 'calls on both sides to agree to a ceasefire', 'will
            # continue to support their call for peace': a plain noun phrase as the object of an infinitive is
            # the target of an action or a demand, no one's stance
            continue
        if obj_used and not finding and any(ch.dep_ == "neg" for ch in v.children) and \
                all(_bare_noun_phrase(doc, c) for c in contents):
            # "Reuters could not independently verify the accounts", "The AP could not independently confirm the
            # death toll", "The figure is not supported by federal data": the writer's word on what was checked, no
            # stance on a thing
            continue
        # 'A poll released on Tuesday found / showed X': a poll's or study's published result, relayed as
        # information (reported); the present 'the survey shows X' is the writer's reading of it (asserted).
        # 'the emails show that X', 'filings show that Y': a record produced as evidence relays what it holds
        # (reported) in the present too
        published = (not mis and lemma in C.EVIDENCE_VERBS and subj is not None and cited is None and (
            (v.tag_ in ("VBD", "VBN") and subj.lemma_.lower() in C.EVIDENCE_NOUNS)
            or (subj.lemma_.lower() in _RECORD_NOUNS and subj.pos_ == "NOUN")))
        for c in contents:
            if attribution == "indirect" and _is_quoted(text, quotes, c):
                att = "direct_quote"
            else:
                att = attribution
            found.append(_Found(c, v, cue_span, lemma, claimant, via=via, attribution=att,
                                negated=any(ch.dep_ == "neg" for ch in v.children),
                                extra={"object": True, "ctype": ctype, "mention": mention} if nominal else {
                                    "ctype": ctype, "mention": mention, "status": "reported" if published else None}))
    return found


# 'did not respond to a request for comment', 'declined to comment': the writer's word on a silence or a refusal, no
# one's claim
_COMMENT_REQUEST = re.compile(r"(?:(?:a|an|the|our|repeated|several|multiple|written)\s+)*requests?\s+for\s+comment|"
                              r"to\s+(?:comment|elaborate|give\s+details|discuss\s+the\s+matter)\b", re.I)
_ASKING = frozenset("ask wonder inquire enquire query".split())
_QUESTION_OPENING = re.compile(r"(?:whether|if|why|how|what|when|where|who|whom|which)\b", re.I)


def _question(text: str, content: tuple[int, int], lemma: str) -> bool:
    """A question is no claim (CLAIMS-GUIDE.md): a content that ends at a question mark ('"How did nobody act on
    this?" Whitcomb asked'), or one asked about ('asked whether Cole had spoken with Xi')."""
    s, e = content
    if text[e:e + 1] == "?":
        return not re.search(r"[.!?][\"”’']?\s", text[s:e])  # (a quotation of several sentences keeps the others)
    return lemma in _ASKING and bool(_QUESTION_OPENING.match(text, s))


def _infinitive_of_action(v) -> bool:
    """Whether the object of cue verb ``v`` is no stance of its subject's: an infinitive under a demand ("calls
    on both sides to agree to a ceasefire": what is demanded), or under a verb of continuing in an institution's
    pledge ("The UK will continue to support X": the statement's own voice; not the news of "The ministry
    continues to ignore X")."""
    if v.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
        return False
    h = v.head
    if _lemma(h) in C.DEMAND_VERBS:
        return True
    if _lemma(h) not in _CONTINUING_VERBS:
        return False
    subj = _subject(h)
    return subj is not None and _institution(subj) and any(
        c.dep_ == "aux" and c.lower_ in ("will", "shall") for c in h.children)


def _institution(tok) -> bool:
    """Whether subject ``tok`` names an institution, a statement's usual author (a country, a body, a people, a
    government)."""
    return tok.ent_type_ in ("GPE", "ORG", "NORP") or tok.lower_ in C.GOVERNMENT_WORDS


def _unnamed_people(doc, content: tuple[int, int]) -> bool:
    """'slammed reporters', 'scolded the journalists': an object that is only a group of people by what they do,
    without a name: whom the stance is aimed at, nothing said about the world."""
    span = doc.char_span(*content, alignment_mode="expand")
    if span is None or len(span) > 3:
        return False
    h = span.root
    return h.tag_ == "NNS" and not any(t.pos_ == "PROPN" or t.ent_type_ for t in span) and (
        h.lower_ in C.MEDIA_WORDS or h.lower_ in C.UNSPECIFIED_WORDS or h.lemma_.lower() in C.PERSON_ROLES)


def _armed_attack(v, lemma: str, subj) -> bool:
    """'Coalition military forces continued to attack militant targets', 'troops attacked rebel positions': an
    army's attack is an act of war, not a stance on its object."""
    return lemma == "attack" and subj is not None and claimant_type(v.doc[subj[0]:subj[1]]) == "military"


_CONTINUING_VERBS = frozenset("continue keep resume begin start go".split())


# speech verbs whose object is the addressee, not what is said ("told reporters", "persuaded the council")
_ADDRESSEE_OBJECT = frozenset("tell ask inform notify assure remind brief advise convince persuade reassure counsel "
                              "forewarn scold chide answer".split())


def _release_voice(v, lemma: str) -> bool:
    """'The United States welcomes the ceasefire ...', 'Norway condemns the attack ...': a verb of welcome or
    condemnation, or of demand ('calls on the regime to halt ...', 'urges both sides to ...'), in the simple
    present, the voice of a statement by its own author (a government's press release), whose sentence is the
    author's claim, not a report of the subject's stance."""
    if v.tag_ not in ("VBZ", "VBP") or v.dep_ != "ROOT" or any(c.dep_ in ("aux", "auxpass", "neg") for c in v.children):
        return False
    if lemma in C.EVALUATIVE_VERBS:
        return True
    # (a demand only from an institution, a statement's usual author: the headline's "Trump urges supporters to
    # ..." is the present of news, reporting a person)
    return lemma in C.DEMAND_VERBS and (lemma != "call" or any(
        c.dep_ == "prep" and c.lower_ in ("on", "upon", "for") for c in v.children)) and any(
        c.dep_ == "nsubj" and _institution(c) for c in v.children)


def _object_cue(lemma: str) -> bool:
    """Whether a cue verb's content can be its object: the object verbs, and the verbs of saying that are not
    only cues with a clause ("stressed the need for X", "detailed the plan", "the figures were reported by Y")."""
    return lemma in C.OBJECT_VERBS or (lemma in C.SPEECH_VERBS and lemma not in C.CLAUSE_ONLY
                                       and lemma not in _ADDRESSEE_OBJECT)


def _passive_theme(v) -> Optional[tuple[int, int]]:
    """Token range of the passive subject of a cue with an agent ('X has been called a fraud by Y' -> X ...
    a fraud), or None."""
    if not any(c.dep_ == "agent" for c in v.children):
        return None
    subj = [c for c in v.children if c.dep_ == "nsubjpass" and c.lower_ not in ("it", "that", "which", "who", "this")]
    if not subj:
        return None
    i, j = subj[0].left_edge.i, subj[0].right_edge.i + 1
    preds = [c for c in v.children if c.dep_ in ("oprd", "attr", "xcomp") and c.i > v.i]
    if preds:
        j = max(j, _phrase_end(preds[0]) + 1)
    return i, j


def _sourceless(doc, v, sent, lemma: str) -> list[_Found]:
    """'It was reported that X' / 'It is widely believed that X': an attribution whose source is not named."""
    if lemma not in C.SPEECH_VERBS or not any(c.dep_ == "auxpass" for c in v.children):
        return []
    if not any(c.dep_ in ("nsubjpass", "expl") and c.lower_ == "it" for c in v.children):
        return []
    if any(c.dep_ == "agent" for c in v.children):
        return []
    clause = _clause_content(doc, v, sent)
    if clause is None or clause[0] <= v.i:
        return []
    s, e = _trim(doc_text(doc), *_tok_span(doc, *clause))
    if e - s < 3 or any(qs < v.idx < qe for qs, qe in _quotes(doc_text(doc))):
        return []
    i, j = _cue_phrase(v)
    return [_Found((s, e), v, _tok_span(doc, i, j), lemma, None)]


_ADDRESSEE_VERBS = frozenset("tell ask inform notify assure warn remind brief advise urge convince order instruct "
                             "direct".split())
_ARGUMENT_DEPS = frozenset("dobj oprd attr xcomp acomp ccomp dative".split())


def _in_argument(v, tok, lemma: str) -> bool:
    """Whether ``tok`` lies inside an argument of cue ``v`` (its object or predicate: 'called X "Y"'), which
    is content rather than part of the cue phrase; the addressee of 'told reporters' is part of the cue."""
    t = tok
    while t.head.i != v.i and t.head.i != t.i:
        t = t.head
    if t.head.i != v.i:
        return False
    if t.dep_ in ("dobj", "dative") and lemma in _ADDRESSEE_VERBS:
        return False
    return t.dep_ in _ARGUMENT_DEPS


def _is_quoted(text, quotes, c) -> bool:
    return any(qs <= c[0] and c[1] <= qe for qs, qe in quotes)


def _to_sentence_end(doc, sent, ce: int, v=None) -> int:
    """Extend a forward content to the end of its sentence ("says A, but B") unless another cue follows or
    the cue ``v`` sits in a relative or adverbial clause ("The mayor, who said A, left early": not past it)."""
    if v is not None and v.dep_ in ("relcl", "acl", "advcl", "appos"):
        return max(ce, v.right_edge.idx + len(v.right_edge.text))
    for t in sent:
        if t.idx < ce:
            continue
        if t.lemma_.lower() in C.SPEECH_VERBS and t.pos_ == "VERB":
            return ce
        if t.text[0] in _OPEN_Q and t.idx > ce + 2:
            return ce
    return max(ce, sent.end_char)


_ASIDE_MARKS = frozenset("though although when".split())


def _cut_aside(doc, content: tuple[int, int], v) -> tuple[int, int]:
    """A reported clause ends before a trailing aside of the writer's set off by a comma: a concessive or
    temporal clause ('..., though she noted ...', '..., when ...') that hangs from the clause's main verb or
    from the cue, or a participle without a subject that hangs from the cue or reports speech of its own
    ('..., arguing that ...')."""
    s, e = content
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None or len(span) < 4:
        return content
    root = span.root
    heads = {v.i, root.i} | {c.i for c in root.children if c.dep_ == "conj"}
    last = span[-1].i
    while last > span.start and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    for t in span[2:]:
        if t.dep_ in ("relcl", "appos") and t.right_edge.i >= last and t.head.i < t.left_edge.i and \
                doc[t.left_edge.i - 1].text in (",", "—", "–", "--") and t.left_edge.i > span.start + 2 and (
                t.dep_ == "appos" or t.left_edge.lower_ in ("who", "which", "whose", "whom")) and (
                t.head.pos_ == "PROPN" or t.head.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")) and \
                not doc[t.left_edge.i:t.right_edge.i + 1].text.isupper():
            # '... X, who has not been charged', '... NATO, the existing alliance': the writer's description of a
            # named referent, not part of what was said
            return s, doc[t.left_edge.i - 1].idx
        if t.dep_ != "advcl" or t.head.i not in heads:
            continue
        first = t.left_edge
        if first.i <= span.start + 1 or doc[first.i - 1].text not in (",", "—", "–", "--"):
            continue
        mark = next((c for c in t.children if c.dep_ in ("mark", "advmod") and c.i < t.i), None)
        aside = (mark is not None and mark.i == first.i and mark.lower_ in _ASIDE_MARKS) or (
            first.i == t.i and t.tag_ == "VBG" and not any(c.dep_.startswith("nsubj") for c in t.children)
            and (t.head.i == v.i or _lemma(t) in C.SPEECH_VERBS))
        if aside:
            return s, doc[first.i - 1].idx
    return content


# verbs of a reply with "back" ("fired back", "hit back", "shot back")
_RETORT_VERBS = frozenset("fire hit shoot snap push".split())


def _preceding_np(doc, sent, v) -> Optional[tuple[int, int]]:
    """Parser slips ('... of the Washington Post Trump said that'): the name run right before the cue."""
    j = v.i
    while j > sent.start and doc[j - 1].dep_ in ("aux", "neg", "advmod") and doc[j - 1].i < v.i:
        j -= 1
    i = j
    while i > sent.start and j - i < 4 and doc[i - 1].pos_ in ("PROPN", "PRON") and doc[i - 1].lower_ not in _THAT:
        i -= 1
    return (i, j) if i < j else None


def _preceding_apposition(doc, sent, v) -> Optional[tuple[int, int]]:
    """Parser slips ('"...," the agency's spokesman, Taras Melnyk, told Reuters', '..., her spokesman, Marcus Bell,
    said'): a role and the name in apposition to it, between a comma or a closing quotation mark and the cue."""
    j = v.i - 1 if v.i > sent.start and doc[v.i - 1].text == "," else v.i
    i = j
    while i > sent.start and j - i < 10 and (doc[i - 1].pos_ in ("PROPN", "NOUN", "DET", "ADJ") or doc[i - 1].tag_ in (
            "PRP$", "POS") or doc[i - 1].text == "," and i < j and doc[i].pos_ == "PROPN"):
        i -= 1
    while i < j and doc[i].text == ",":
        i += 1
    words = doc[i:j]
    if i <= sent.start or not (doc[i - 1].text == "," or doc[i - 1].text in _CLOSE_Q) or not words or \
            sum(t.text == "," for t in words) != 1 or doc[j - 1].pos_ != "PROPN" or \
            not any(t.pos_ == "NOUN" for t in words):
        return None
    return i, j


_QUOTE_END = re.compile(r"[.!?…][\"”’']+$")
_MERGE_GAP_WORDS = 8


def _following_quote(text, quotes, hi, qe, sent, para) -> Optional[int]:
    """'"A," he said, "and B."' : the quotation that follows the cue inside the cue's sentence continues the
    same speaker. It is merged into the same content only when little stands between the two quotations (a
    short cue phrase). A quotation in the next sentence ('"A," he said. "B."') is a claim of its own, of the
    same speaker (see find_claims)."""
    if qe > hi:
        return None
    end = sent.end_char
    for qs2, qe2 in quotes:
        if qs2 >= hi and qe2 <= para[1] and _QUOTE_END.search(text[qs2:qe2]) and (
                (qs2 < end and re.fullmatch(r"[\s,.;:]*(?:(?:but|and)\s*)?", text[hi:qs2]))
                or (not SPLIT_QUOTES and qs2 >= end and not text[end:qs2].strip())):
            gap = len(re.findall(r"\w+", text[qe:qs2]))
            inside = len(re.findall(r"\w+", text[hi - 1:hi])) + len(re.findall(r"\w+", text[qs2:qe2]))
            if gap > _MERGE_GAP_WORDS and gap > 0.6 * (inside + _quote_words_before(text, quotes, qe)):
                return None
            return qe2
        if qs2 >= hi:
            break
    return None


def _conjoined_quote(doc, quotes, qe, sent, para) -> Optional[tuple[int, int]]:
    """'"The enemy attacks in small groups," said X, a spokesman, "and our drones destroy most of them."': the
    quotation resumed after the cue with "and" / "but" and a clause of its own is a second proposition of the same
    speaker (without its conjunction), not part of the first."""
    text = doc_text(doc)
    for qs2, qe2 in quotes:
        if qs2 <= qe or qs2 >= sent.end_char or qe2 > para[1]:
            continue
        m = re.match(r"[\"“‘']\s*(?:and|but)\s+(?=[a-z])", text[qs2:qe2])
        span = doc.char_span(qs2 + m.end(), qe2, alignment_mode="contract") if m else None
        if span is None or len(span) < 3 or not any(t.pos_ in ("VERB", "AUX") for t in span) or \
                not any(t.dep_ in ("nsubj", "nsubjpass", "expl") and t.head.i == span.root.i for t in span) or \
                any(c.dep_ == "aux" and c.tag_ == "TO" for c in span.root.children):
            return None  # (a clause with its own subject: not "and to say that, look, ...")
        return _trim(text, qs2 + m.end(), qe2, strip_that=False)
    return None


def _quote_words_before(text, quotes, qe) -> int:
    return next((len(re.findall(r"\w+", text[a:b])) for a, b in quotes if b == qe), 0)


def _parenthetical(doc, sent, v, subj_rng, cue_i) -> Optional[tuple[int, int]]:
    """'A, X said, B.' / 'A, as X noted, B.' / 'As X noted, A.': the sentence without the cue phrase."""
    first, last = min(cue_i, subj_rng[0]), max(v.i, subj_rng[1] - 1)
    # extend over the verb's own short modifiers to the right ("said on Friday")
    k = last + 1
    while k < sent.end and doc[k].head.i in range(first, k) and doc[k].text != "," and k - last <= 4:
        k += 1
    if first > sent.start and doc[first - 1].lower_ == "as" and v.dep_ == "advcl" and k < sent.end - 1 and \
            doc[k].text == "," and not any(c.i > v.i and c.dep_ not in ("prt", "advmod", "punct", "npadvmod")
                                          and not _time_phrase(c) for c in v.children):
        if first - 1 == sent.start:  # 'As X noted, A.'
            s, e = _trim(doc_text(doc), doc[k + 1].idx, sent.end_char, strip_that=False)
            return (s, e) if e - s > 3 else None
        first -= 1  # 'A, as X noted, B.'
    if first - 1 <= sent.start or k >= sent.end - 1:
        return None
    if doc[first - 1].text != "," or doc[k].text != ",":
        return None
    if any(c.dep_ == "ccomp" and c.i > v.i for c in v.children):
        return None
    s, e = _trim(doc_text(doc), sent.start_char, sent.end_char, strip_that=False)
    return (s, e) if e - s > 3 else None


def _sentence_start(text: str, si) -> int:
    """Where a sentence's claim begins: after the dateline of a paragraph that opens with one ("ACCRA, Nov 19 —
    "), so that the dateline's date is no time of the claim."""
    if si.kind != PARAGRAPH:
        return si.start
    m = C.DATELINE_PREFIX_RE.match(text[si.start:si.end])
    return si.start + m.end() if m and m.end() < si.end - si.start - 10 else si.start


def _strip_dateline(text: str, s: int, e: int, sent) -> tuple[int, int]:
    """A content that opens its paragraph starts after the dateline ("TAMPA, Fla. — ")."""
    if s > sent.start_char + 2:
        return s, e
    m = C.DATELINE_PREFIX_RE.match(text[s:e])
    if m and m.end() < e - s - 10:
        return s + m.end(), e
    return s, e


def _joined_clauses(doc, i: int, a: int) -> bool:
    """Whether tokens [i, a) before a postposed complement starting at ``a`` are a clause of their own joined to it
    ('Clinton had told X that Y, but the NYPD overruled it, the source added')."""
    k = a - 1
    while k > i and (doc[k].is_space or doc[k].text in (",", ";")):
        k -= 1
    if doc[k].dep_ != "cc" and doc[a].dep_ != "cc" and doc[a - 1].dep_ != "cc":
        return False
    return any(doc[m].pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in doc[m].children)
               for m in range(i, a))


def _right_argument(v, lemma: str) -> bool:
    """Whether cue ``v`` has an argument of its own after it (a complement, a predicate or an object other than
    the addressee of "told reporters"): then what stands before it is not its content ('..., each touting their
    plans', 'Should X fail, residents worry that ...')."""
    return any(c.i > v.i and (c.dep_ in ("ccomp", "xcomp", "attr", "oprd") or (
        c.dep_ == "dobj" and lemma not in _ADDRESSEE_VERBS)) for c in v.children)


def _postposed(doc, sent, v, subj_rng, cue_i) -> Optional[tuple[int, int]]:
    """'..., X said.' / '..., said X.' : the content before the comma in front of the cue phrase."""
    text = doc_text(doc)
    first = min(cue_i, subj_rng[0])
    # everything after the cue phrase must belong to the verb's own little subtree (time, manner, addressee)
    last_content = sent.end
    while last_content > sent.start and (doc[last_content - 1].is_punct or doc[last_content - 1].is_space):
        last_content -= 1
    if _right_argument(v, _lemma(v)):
        return None  # the verb's own complement follows it: a forward cue, not a postposed one
    if v.right_edge.i + 1 < last_content and not (subj_rng[1] >= last_content):
        return None
    # the cue phrase is one piece (", X said" / ", said X"): nothing but auxiliaries and adverbs between the
    # subject and the verb ("..., X thanked Y for backing Z": backing is no postposed cue of X's)
    lo_gap, hi_gap = (subj_rng[1], cue_i) if subj_rng[1] <= cue_i else (v.i + 1, subj_rng[0])
    if any(doc[m].dep_ not in ("aux", "auxpass", "neg", "advmod", "punct") for m in range(lo_gap, hi_gap)):
        return None
    k = first - 1
    while k >= sent.start and doc[k].is_space:
        k -= 1
    if k <= sent.start or not (doc[k].text in (",", "—", "–", "-") or doc[k].text in _CLOSE_Q):
        return None
    if doc[k].text not in _CLOSE_Q and _fronted_adverbial(doc, sent.start, k, v):
        return None  # 'In June, X called ...' / 'If the talks fail, X warned that ...': not a postposed cue
    s, e = sent.start_char, doc[k].idx
    s, e = _trim(text, s, e + (1 if doc[k].text in _CLOSE_Q else 0), strip_that=False)
    s, e = _strip_dateline(text, s, e, sent)
    return (s, e) if e - s >= 3 else None


_ADVERBIAL_DEPS = frozenset("prep npadvmod advmod advcl mark cc punct".split())


def _fronted_adverbial(doc, i: int, k: int, v) -> bool:
    """Whether tokens [i, k) before a comma are adverbials of cue ``v`` (a time, a place, a conditional
    clause) rather than its content."""
    roots = [doc[m] for m in range(i, k) if not (i <= doc[m].head.i < k) or doc[m].head.i == m]
    # of the cue or of a verb it depends on ('In her speech, X urged A, and criticized B')
    return bool(roots) and all((r.head.i == v.i or r.head.is_ancestor(v)) and r.dep_ in _ADVERBIAL_DEPS
                               for r in roots)


_OBJ_PREPS = frozenset("for of on about as to against over into with from by".split())
# prepositions that continue an object ('cited X as Y', 'blasted X for Y', 'a list of endorsements from Z')
_ARGUMENT_PREPS = frozenset("for as of about over to into with from by".split())


def _time_phrase(prep) -> bool:
    """'on Tuesday', 'in June': a preposition whose object is a date or time."""
    return prep.dep_ == "prep" and any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in prep.children)
_CUT_AFTER_COMMA = frozenset("relcl appos acl advcl conj cc".split())


def _ends_in_cc(tok) -> bool:
    """Whether the conjuncts of ``tok`` end with a coordinating conjunction ("A, B and C")."""
    for _ in range(6):
        if any(c.dep_ == "cc" for c in tok.rights):
            return True
        conj = [c for c in tok.rights if c.dep_ == "conj"]
        if not conj:
            return False
        tok = conj[0]
    return False


def _phrase_end(tok) -> int:
    """Last token index of ``tok``'s subtree, cut before a comma that introduces a relative clause, an
    apposition or an adverbial ("praised her plan, which includes ..." -> "her plan")."""
    end = tok.i
    listed = _ends_in_cc(tok)  # "A, B and C": the comma joins a list
    for ch in tok.rights:
        prev = tok.doc[ch.i - 1] if ch.i > 0 else None
        if listed and ch.dep_ in ("conj", "cc") and prev is not None and prev.text == ",":
            end = max(end, _phrase_end(ch))
            continue
        if ch.dep_ in _CUT_AFTER_COMMA and prev is not None and prev.text in (",", "—", "–", "(", ";"):
            break
        if ch.dep_ == "punct" and ch.text in (",", "—", "–", "(", ";"):
            nxt = next((c for c in tok.rights if c.i > ch.i), None)
            if listed and ch.text == "," and nxt is not None and nxt.dep_ in ("conj", "cc"):
                continue
            if any(c.dep_ in _CUT_AFTER_COMMA and c.i > ch.i for c in tok.rights):
                break
            continue
        if ch.dep_ == "punct":
            continue
        end = max(end, _phrase_end(ch))
    return end


def _is_amount(o) -> bool:
    """Whether the noun phrase headed by ``o`` is only an amount: "$6 billion", "40 percent", "2,000" (not the
    pronoun "one": 'endorsed one')."""
    if o.ent_type_ == "CARDINAL" and not any(ch.isdigit() for ch in o.text):
        return False
    return o.ent_type_ in ("MONEY", "PERCENT", "CARDINAL", "QUANTITY") and all(
        t.ent_type_ in ("MONEY", "PERCENT", "CARDINAL", "QUANTITY") or t.is_punct or t.lower_ in ("about", "some")
        for t in o.subtree)


def _object_content(doc, v, sent) -> Optional[tuple[int, int]]:
    """The object of an object-taking cue: 'denied reports of X' -> X, 'attacked Machado in a tweet' ->
    Machado, 'urged Y to Z', 'described X as Y', 'called for X', 'blasted X for Y'. Adverbials of time, place
    and manner after the object are not part of the content."""
    objs = [c for c in v.children if c.dep_ in ("dobj", "xcomp", "prep", "oprd", "ccomp", "acomp", "dative")
            and c.i > v.i]
    objs = [c for c in objs if c.dep_ != "prep" or c.lower_ in _OBJ_PREPS and not _time_phrase(c)]
    topic = C.TOPIC_PREPS.get(_lemma(v))
    if topic is not None:
        objs = [c for c in objs if c.dep_ == "prep" and c.lower_ in topic]
    if _lemma(v) in C.NOT_AMOUNTS:
        # 'declined to comment', 'declined the post'; not 'the rate declined four points', 'declined from 58%'
        objs = [c for c in objs if c.dep_ != "prep" and not any(t.like_num for t in c.subtree)]
    if not objs:
        return None
    if objs[0].dep_ == "dobj" and min(objs, key=lambda c: c.i) is objs[0] and _is_amount(objs[0]):
        return None  # 'offered about $6 billion', 'sought 40 percent': an amount is what is done, not what is said
    # keep the leading run of arguments: stop at the first gap filled by something else (an adverbial) ...
    objs.sort(key=lambda c: c.i)
    keep = [objs[0]]
    for c in objs[1:]:
        gap_end = _phrase_end(keep[-1]) + 1
        # an apposition of the object set off by commas does not end it before a further argument: 'accused
        # her rival, Anna Berg, of lying' -> "her rival, Anna Berg, of lying"
        named = {t.i for a in keep[-1].rights if a.dep_ == "appos" for t in a.subtree}
        gap = [doc[k] for k in range(gap_end, c.left_edge.i) if not doc[k].is_punct and k not in named]
        if gap and not all(_time_phrase(g.head if g.head.dep_ == "prep" else g) or g.ent_type_ in ("DATE", "TIME")
                           for g in gap):
            break
        if c.dep_ == "prep" and c.lower_ not in _ARGUMENT_PREPS:
            break
        keep.append(c)
    # ... except a second core argument: 'called her vote in favour of the plan a mistake'
    keep += [c for c in objs if c.dep_ in ("oprd", "xcomp") and c.i > keep[-1].i]
    o = keep[0]
    start = o.left_edge.i
    if o.dep_ == "prep" and len(keep) == 1 or (o.dep_ == "prep" and o.lower_ in ("for", "on", "about")):
        pobj = [g for g in o.children if g.dep_ in ("pobj", "pcomp")]
        if pobj and o.i == v.i + 1:
            start = pobj[0].left_edge.i  # 'called for X' -> X (the preposition belongs to the cue)
    if o.dep_ == "dobj" and o.lemma_.lower() in ("report", "claim", "allegation", "accusation", "rumor", "rumour",
                                                  "suggestion", "speculation"):
        for ch in o.rights:
            if ch.dep_ == "prep" and ch.lower_ in ("of", "about", "that"):
                objs2 = [g for g in ch.children if g.dep_ in ("pobj", "pcomp")]
                if objs2:
                    start = objs2[0].left_edge.i
                    break
            if ch.dep_ in ("acl", "ccomp"):
                start = ch.left_edge.i
                break
    end = max(_phrase_end(c) for c in keep) + 1
    # 'wants to triple X, grow Y and create Z' / 'mentioned refinancing X and forcing Y': a parser slip hangs the
    # further conjuncts of the object's verb on the cue; a conjunct without a subject in the form of the
    # object's verb (and not the cue's) continues the object
    lead = doc[start]
    lead = next((t for t in doc[start:min(end, start + 3)] if t.pos_ == "VERB"), lead)
    if lead.pos_ == "VERB" and lead.tag_ in ("VB", "VBG") and lead.tag_ != v.tag_:
        for c in v.rights:
            if (c.dep_ == "conj" and c.i >= end and c.tag_ == lead.tag_
                    and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)):
                end = max(end, _phrase_end(c) + 1)
    end = min(end, sent.end)
    if end <= start:
        return None
    return _trim(doc_text(doc), *_tok_span(doc, start, end))


def _cited(doc, v, subj_rng, contents=()) -> Optional[tuple[int, int]]:
    """'X reported, citing Y' / 'X, citing Y, reported' -> Y's span."""
    # the participle hangs from the cue or, in a parser slip, from the clause it reports
    heads = [v] + [c for c in v.children if c.dep_ in ("ccomp", "advcl") and c.lemma_.lower() not in ("cite", "quote")]
    cands = [c for h in heads for c in h.children
             if c.lemma_.lower() in ("cite", "quote") and c.dep_ in ("advcl", "xcomp", "conj")
             and (h is v or c.i < h.i)]
    subj_tok = doc[subj_rng[1] - 1]
    cands += [c for c in subj_tok.children if c.lemma_.lower() in ("cite", "quote") and c.dep_ in ("acl", "relcl")
              or c.dep_ == "advcl" and c.lemma_.lower() in ("cite", "quote") and c.i < v.i and subj_tok.dep_ == "ROOT"]
    if _outlet_citing(v) is subj_tok and subj_tok.head.lemma_.lower() in ("cite", "quote"):
        cands.append(subj_tok.head)  # ("Axios, citing four aides, reported ..." with "citing" as the root)
    if not cands and contents:
        # parser slips ("X reported, citing Y, that Z" parsed with the cue under Z): a "citing" participle
        # between the cue and a following content, outside every content
        first = min(subj_rng[0], v.i)
        cstart = min(c[0] for c in contents)
        cands = [t for t in v.sent if t.i > first and t.tag_ == "VBG" and t.lemma_.lower() in ("cite", "quote")
                 and t.idx < cstart and v.idx < cstart and not any(a <= t.idx < b for a, b in contents)]
    for c in cands:
        objs = [g for g in c.children if g.dep_ in ("dobj", "pobj")]
        if objs and _cites_source(c):
            i, j = _cited_range(objs[0])
            return _tok_span(doc, i, _agent_end(doc, i, j))
    return None


def _cited_range(obj) -> tuple[int, int]:
    """Token range of what "citing Y" names: the author of a cited document ("citing South Korean intelligence
    documents" -> South Korean intelligence), or the record itself when what modifies it names no agent but
    its medium ("citing satellite images", "citing drone footage": the images, the footage)."""
    i, j = _strip_document(obj)
    if j <= obj.i and not any(_agent_like(t) for t in obj.doc[i:j]):
        return _np_span(obj)
    while i < j - 1 and obj.doc[i].pos_ == "ADJ" and not _agent_like(obj.doc[i]) and \
            any(t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "GPE", "NORP") for t in obj.doc[i + 1:j]):
        i += 1  # "an internal UN report" is the UN's ("unnamed officials", "internal emails" stay whole)
    return i, j


def _cites_source(c) -> bool:
    """Whether "citing Y" names a source (sources, officials, a report, intelligence documents), whom the cue's
    subject relays, rather than a reason or an example ("called X a champion, citing her work"), which makes
    "citing" a cue of its own."""
    objs = [g for g in c.children if g.dep_ in ("dobj", "pobj")]
    if not objs:
        return True
    i, j = _cited_range(objs[0])
    heads = [t for t in c.doc[i:j] if not (i <= t.head.i < j) or t.head.i == t.i] or [objs[0]]
    # any of the range's heads: "citing an internal UN report" is the UN's report though "internal" comes first
    return any((_agent_like(h) and h.pos_ != "PRON") or h.lemma_.lower() in C.DOCUMENT_NOUNS
               or h.lemma_.lower() in C.EVIDENCE_NOUNS or h.lower_ in C.DOCUMENT_NOUNS
               or h.lemma_.lower() in _SOURCE_RECORDS for h in heads)


# records that hold what happened (not polls or studies, whose present 'shows' is the writer's reading)
_RECORD_NOUNS = frozenset("email e-mail memo memorandum letter cable message transcript recording file filing record "
                          "document log minute invoice receipt image imagery photo photograph picture footage "
                          "video data datum statistics".split())
# documents speak as themselves, whoever made them ("Federal Election Commission filings", "an internal UN report",
# "state records": as every claim set types them)
_DOCUMENT_HEADS = _RECORD_NOUNS | {"report", "dossier"}


# what a report can cite besides people and documents: "citing internal emails", "citing a leaked memo"
_SOURCE_RECORDS = frozenset("email e-mail memo memorandum letter cable message text transcript recording file paper "
                            "note minute log testimony interview photo photograph video image imagery footage account "
                            "correspondence".split())


def _agent_like(tok) -> bool:
    """A word that can name a source: an institution, a role, a group of people, a name or a pronoun."""
    w = tok.lower_
    if w == "service" and any(c.dep_ == "compound" for c in tok.children):
        return True  # "Germany's BND intelligence service", "the national weather service", "the press service"
    return (tok.pos_ in ("PROPN", "PRON") or tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
            or w in C.INTELLIGENCE_WORDS or w in C.MILITARY_WORDS or w in C.GOVERNMENT_WORDS
            or w in C.MEDIA_WORDS or w in C.UNSPECIFIED_WORDS or w in C.ORGANIZATION_NOUNS or w in C.PERSON_ROLES
            or tok.lemma_.lower() in C.UNSPECIFIED_WORDS or tok.lemma_.lower() in C.PERSON_ROLES)


def _agent_end(doc, i: int, j: int) -> int:
    """End of a cited source once the nouns of its instrument are cut ("Swedish navy radar [data]" -> Swedish
    navy); the whole range when nothing in it names an agent."""
    k = j
    while k > i + 1 and doc[k - 1].pos_ == "NOUN" and doc[k - 1].dep_ == "compound" and not _agent_like(doc[k - 1]):
        k -= 1
    if k < j and not _agent_like(doc[k - 1]):
        return j
    return k


def _according_to(doc, sent) -> list[_Found]:
    text = doc_text(doc)
    out = []
    for t in sent:
        if t.lower_ != "according" or t.i + 1 >= sent.end or doc[t.i + 1].lower_ != "to":
            continue
        to = doc[t.i + 1]
        objs = [g for g in to.children if g.dep_ == "pobj"]
        if not objs:
            continue
        ci, cj = _strip_document(objs[0])
        phrase_end = max(to.right_edge.i, objs[0].right_edge.i) + 1
        if t.i == sent.start or doc[t.i - 1].is_punct:
            # a fronted phrase ends at its comma, whatever prepositional phrase the parser hung on its noun after
            # it ("According to the command's assessment, between 150 and 200 fighters remain")
            comma = next((k for k in range(objs[0].i + 1, phrase_end - 1) if doc[k].text == ","), None)
            if comma is not None and doc[comma + 1].dep_ == "prep" and doc[comma + 1].head.i in range(ci, phrase_end):
                phrase_end = comma
        # content: the sentence without the "according to X" phrase
        before = (sent.start, t.i)
        after = (phrase_end, sent.end)
        def _len(r):
            return sum(1 for k in range(*r) if _WORD.search(doc[k].text))
        a, b = after if _len(after) >= _len(before) else before
        if b <= a:
            continue
        s, e = _trim(text, *_tok_span(doc, a, b))
        if e - s < 3 or not _WORD.search(text[s:e]):
            continue
        (ci, cj), ctype = _named(doc, (ci, cj))  # "according to the research firm Kestrel Insights": the firm
        extra = {"ctype": ctype} if ctype else {}
        if objs[0].lemma_.lower() == "estimate":
            extra["estimate"] = True  # "according to UN estimates": the figure is an estimate
        out.append(_Found((s, e), t, _tok_span(doc, t.i, t.i + 2), "according", _tok_span(doc, ci, cj),
                          attribution="according_to", extra=extra))
    return out


_FIGURE_VERBS = frozenset("put place".split())
_FIGURE_ANAPHORS = frozenset("figure number total cost tally toll amount sum".split())


def _figure_cues(doc, sent) -> list[_Found]:
    """'Two security sources put the death toll at more than 50', 'Insurers place the damage at $2 billion': a
    source giving a figure (the object of put / place, with an amount after 'at') reports it; the content is the
    object with its figure, the claimant the subject (without its relative clause)."""
    text = doc_text(doc)
    out = []
    for v in sent:
        if v.pos_ != "VERB" or _lemma(v) not in _FIGURE_VERBS:
            continue
        obj = next((c for c in v.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
        if obj is None:
            continue
        at = next((c for c in list(v.children) + list(obj.children) if c.dep_ == "prep" and c.lower_ == "at"
                   and c.i > obj.i), None)
        if at is None or not any(t.like_num or t.pos_ == "NUM" for t in at.subtree):
            continue
        subj = _subject(v)
        if subj is None or subj.lower_ in ("which", "that", "who", "it", "this"):
            continue
        i, j = _np_span(subj)
        if not (i <= subj.i < j) or j > v.i:
            continue
        cue = _tok_span(doc, v.i, v.i + 1)
        if obj.lower_ in _FIGURE_ANAPHORS and all(c.dep_ == "det" for c in obj.children):
            # 'puts the figure at $498 billion, assuming ...': the object only takes up what is counted, the
            # figure is the content (to the end of the sentence), the phrase up to 'at' the cue
            s, e = _trim(text, *_tok_span(doc, at.i + 1, sent.end))
            cue = _tok_span(doc, v.i, at.i + 1)
        else:
            s, e = _trim(text, *_tok_span(doc, obj.left_edge.i, max(obj.right_edge.i, at.right_edge.i) + 1))
        if e - s < 3:
            continue
        out.append(_Found((s, e), v, cue, "put", _tok_span(doc, i, j), extra={"status": "reported"}))
    return out


def _agrees(pron: str, tok) -> bool:
    """Whether noun ``tok`` can be the antecedent of possessive pronoun ``pron``."""
    person = tok.ent_type_ == "PERSON" or tok.lower_ in C.PERSON_ROLES
    if pron in ("his", "her"):
        return person
    if pron == "its":
        return not person and tok.tag_ in ("NN", "NNP") and (tok.pos_ == "NOUN" or tok.ent_type_ in (
            "ORG", "GPE", "NORP"))
    if pron == "their":
        return tok.tag_ in ("NNS", "NNPS") or tok.ent_type_ in ("ORG", "NORP") or tok.lower_ in C.MILITARY_WORDS
    return False


def _antecedent(doc, pron, noun) -> Optional[tuple[int, int]]:
    """Token range of what a possessive pronoun before a cue noun stands for ("the party repeated its claim"
    -> the party): the subject of the verb governing the noun when it agrees, else the nearest preceding
    agreeing noun phrase in the same paragraph (at most the sentence before)."""
    p = pron.lower_
    v = noun.head
    if noun.dep_ in ("dobj", "pobj") and v.pos_ in ("VERB", "AUX"):
        subj = [c for c in v.children if c.dep_ == "nsubj"]
        if subj and subj[0].pos_ != "PRON" and _agrees(p, subj[0]):
            return _named(doc, _np_span(subj[0]))[0]
    sents_seen = 0
    for k in range(pron.i - 1, max(-1, pron.i - 80), -1):
        t = doc[k]
        if "\n" in t.text or "\n" in t.whitespace_:
            break
        if t.is_sent_start:
            sents_seen += 1
            if sents_seen > 1:
                break
        if t.pos_ in ("NOUN", "PROPN") and t.dep_ not in ("compound", "poss", "flat", "amod") and _agrees(p, t):
            return _named(doc, _np_span(t))[0]
    return None


def _name_modifier(n) -> Optional[tuple[int, int]]:
    """Token range of the proper name modifying a reporting noun ("a New York Times report"), or None."""
    names = [c for c in n.lefts if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"
             and c.ent_type_ not in ("DATE", "TIME")]
    if not names:
        return None  # (nor is a month: "in a July report")
    return min(c.left_edge.i for c in names), max(c.i for c in names) + 1


def _noun_clause(n):
    """The clause a reporting noun introduces: "the claim that ...", or for a noun of intention the
    infinitive ("her plan to cut taxes"); None when there is none."""
    lemma = n.lemma_.lower()
    for ch in n.rights:
        if ch.dep_ not in ("acl", "ccomp", "relcl"):
            continue
        if lemma in C.CUE_NOUNS and any(g.lower_ == "that" and g.dep_ == "mark" for g in ch.children):
            return ch
        if lemma in C.INTENTION_NOUNS and ch.dep_ == "acl" and any(
                g.dep_ == "aux" and g.lower_ == "to" and g.i < ch.i for g in ch.children):
            return ch
    return None


def _noun_cues(doc, sent) -> list[_Found]:
    """'X's claim that ...', 'a statement by X that ...', 'the ministry's denial that ...'."""
    text = doc_text(doc)
    out = []
    for n in sent:
        if n.pos_ != "NOUN":
            continue
        clause = _noun_clause(n)
        topic = _noun_topic(n) if clause is None else None
        if clause is None and topic is None:
            continue
        who = mention = None
        for ch in n.children:
            if ch.dep_ == "poss":
                who = _np_span(ch)
                if ch.tag_ == "PRP$" or ch.lower_ in C.POSSESSIVE_PRONOUNS:
                    ante = _antecedent(doc, ch, n)
                    if ante is not None:
                        who = ante
                        if not (ante[0] <= n.head.i < ante[1] or any(
                                c.dep_ == "nsubj" and ante[0] <= c.i < ante[1] for c in n.head.children)):
                            # "his plan", its holder named earlier: mentioned here as "his" ("X laid out her
                            # plan": as the subject X)
                            mention = _tok_span(doc, ch.i, ch.i + 1)
            elif topic is None and ch.dep_ == "prep" and ch.lower_ in ("by", "from", "of") and ch.i < clause.i:
                objs = [g for g in ch.children if g.dep_ == "pobj"]
                if objs:
                    who = _np_span(objs[0])
        if who is None:
            who = _name_modifier(n)  # "a Reuters report that ..."
        if who is None and _light_object(n):
            subj = _subject(n.head)  # 'the ministry issued a warning that ...', 'X raised questions about Y'
            if subj is not None and subj.pos_ != "PRON" or subj is not None and subj.lower_ in C.PERSON_PRONOUNS:
                who = _named(doc, _np_span(subj))[0]
        if who is None:
            continue
        if topic is not None:
            s, e = _trim(text, *_tok_span(doc, topic.left_edge.i, _phrase_end(topic) + 1))
        else:
            right = clause.right_edge.i
            v = n.head
            if n.dep_ in ("nsubj", "nsubjpass") and v.i > right + 1:
                # "The alliance's claim that the ban would halt most new drilling in the state has been disputed":
                # the parser made the clause's object a second subject of the verb; the clause runs up to the verb
                stray = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > right and c is not n]
                if stray and all(c.right_edge.i < v.i for c in stray):
                    right = max(c.right_edge.i for c in stray)
            s, e = _trim(text, *_tok_span(doc, clause.left_edge.i, right + 1))
        if e - s < 3:
            continue
        # a noun of intention or of stance leaves the sentence to the author as well ("X's plan to Y angered Z")
        nominal = topic is not None or clause.dep_ == "acl" and n.lemma_.lower() in C.INTENTION_NOUNS
        extra = {"object": True} if nominal else {}
        extra["mention"] = mention
        out.append(_Found((s, e), n, _tok_span(doc, n.i, n.i + 1), n.lemma_.lower(), _tok_span(doc, *who),
                          extra=extra))
    return out


def _light_object(n) -> bool:
    """Whether noun ``n`` is the object of a light verb that makes its subject the holder of the statement or
    stance ("issued a warning", "raised questions", "voiced concern", "made the case")."""
    return n.dep_ == "dobj" and n.head.pos_ == "VERB" and _lemma(n.head) in C.LIGHT_VERBS


def _noun_topic(n):
    """The object of a noun of stance held by someone ("his criticism of the plan", "her comment about X",
    "Berg's obsession with Y"): the head of the prepositional object, or None."""
    if n.lemma_.lower() not in C.STANCE_NOUNS or not (any(c.dep_ == "poss" for c in n.children) or _light_object(n)):
        return None
    for ch in n.rights:
        lemma = n.lemma_.lower()
        if ch.dep_ == "prep" and (ch.lower_ in ("of", "about", "over", "with", "against", "toward", "towards", "for")
                                  or ch.lower_ == "to" and lemma in ("opposition", "objection")
                                  or ch.lower_ == "on" and lemma in ("comment", "remark", "stance", "position", "view")):
            objs = [g for g in ch.children if g.dep_ in ("pobj", "pcomp")]
            if objs and not _time_phrase(ch):
                return objs[0]
    return None


# ---------------------------------------------------------------- statuses

def _status(lemma: str, future: bool) -> str:
    """The cue's own status when it is strong (denied, alleged, suspected, estimated, confirmed), else
    expected for a future / planned / prospective content, else the cue's status or asserted."""
    st = C.CUE_STATUS.get(lemma) or C.ADMISSION_STATUS.get(lemma)
    if st in C.STRONG_STATUS:
        return st
    if future or st == "expected":
        return "expected"
    if st:
        return st
    return "asserted"


def _is_future(doc, s: int, e: int) -> bool:
    """Whether the content [s, e) states something future or planned: "will", "is set to", "plans to" ...
    (``cues.FUTURE_RE``), or a prospective modal on its main verb, the future in the past of reported speech
    ("said Poland would deploy ...", "warned temperatures could exceed ..."). Not a prospective modal: a
    counterfactual ("would have ...") or a modal on a copula ("any move would be consistent with the law":
    a hypothetical judgement, not an expectation), unless it introduces an existential ("there would be")."""
    span = doc.char_span(s, e, alignment_mode="expand")
    for m in C.FUTURE_RE.finditer(doc_text(doc)[s:e]):
        if span is None or not _embedded_report(doc, span, s + m.start()):
            return True
    if span is None:
        return False
    if _scheduled(span):
        return True
    root = span.root
    if root.lemma_ == "be" and any(c.dep_ == "acomp" and c.lower_ == "likely" and not any(
            g.dep_ in ("xcomp", "ccomp") for g in c.children) for c in root.children):
        return True  # 'warned that further eruptions were likely in the coming days': a prospect
    main = {root.i} | {c.i for c in root.children if c.dep_ == "conj"}
    if _lemma(root) == "expect" and root.tag_ in ("VBD", "VBZ", "VBP") and any(
            c.dep_ == "nsubj" for c in root.children) and any(
            c.dep_ in ("ccomp", "xcomp") and c.i > root.i and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
            for c in root.children):
        return True  # 'she expected the government to open an inquiry': the content is an expectation
    for t in span:
        if t.tag_ != "MD" or t.lower_ not in C.PROSPECTIVE_MODALS or t.head.i not in main:
            continue
        h = t.head
        if any(c.lower_ in ("have", "'ve") and c.dep_ == "aux" and c.i > t.i for c in h.children):
            continue
        if t.lower_ == "could" and any(c.dep_ == "neg" and c.i > t.i or c.dep_ in _SUBJ_OBJ and _negative_np(c)
                                       for c in h.children):
            continue  # 'could not be verified', 'neither claim could be verified': an inability, not a prospect
        if t.lower_ == "would" and h.lemma_ in _SPEECH_REFUSED and any(c.dep_ == "neg" for c in h.children):
            continue  # 'A spokeswoman would not comment on the report': a refusal already made
        if h.lemma_ == "be" and not any(c.dep_ == "expl" for c in h.children):
            continue
        return True
    return False


# verbs whose present tense dates a scheduled event: "The vote is on Tuesday", "Early voting begins on Oct. 15"
_SCHEDULE_VERBS = frozenset("be begin start open close end resume expire".split())


# what someone can refuse or fail to say: "would not comment", "did not say when production would start"
_SPEECH_REFUSED = frozenset("comment say tell discuss confirm elaborate disclose identify reveal specify speculate "
                            "explain indicate".split())


def _scheduled(span) -> bool:
    """'Election Day is Nov. 3', 'The vote is on Tuesday', 'Early voting begins on Oct. 15': a present copula (or
    verb of beginning or ending) that dates its subject with a calendar day or a weekday, the present of a schedule
    (a date after the article's, which this layer does not see; a past one would take "was"). Not 'Today is Monday'
    (a date for a subject)."""
    root = span.root
    if root.lemma_ not in _SCHEDULE_VERBS or root.tag_ not in ("VBZ", "VBP") or any(
            c.dep_ in ("aux", "neg") for c in root.children):
        return False
    subj = [c for c in root.children if c.dep_ in ("nsubj", "expl")]
    if not subj or subj[0].dep_ == "expl" or subj[0].ent_type_ in ("DATE", "TIME") and subj[0].lower_ not in (
            "day", "days") or subj[0].lower_ in ("today", "tomorrow", "yesterday", "it", "this", "that"):
        return False
    for c in root.children:
        if c.i < root.i:
            continue
        if c.dep_ in ("attr", "npadvmod"):
            phrase = c
        elif c.dep_ == "prep" and c.lower_ in ("on", "in", "for"):
            objs = [g for g in c.children if g.dep_ == "pobj"]
            if not objs:
                continue
            phrase = objs[0]
        else:
            continue
        words = span.doc[phrase.left_edge.i:phrase.right_edge.i + 1]
        if phrase.ent_type_ == "DATE" and C.SCHEDULE_DATE_RE.search(words.text) and not any(
                t.lower_ in ("last", "ago", "past") for t in words):
            return True
    return False


def _embedded_report(doc, span, char: int) -> bool:
    """Whether the word at ``char`` lies in a clause reported or believed by someone inside ``span`` ("advisers
    worry that turnout will be higher"): its future is that clause's, not the content's."""
    tok = next((t for t in span if t.idx <= char < t.idx + max(len(t.text), 1)), None)
    for _ in range(12):
        if tok is None or tok.i == span.root.i or not (span.start <= tok.head.i < span.end):
            return False
        if tok.dep_ == "ccomp" and tok.head.i != tok.i and (
                _lemma(tok.head) in C.COGNITION or _lemma(tok.head) in C.SPEECH_VERBS) and \
                _lemma(tok.head) not in ("expect", "predict", "forecast", "promise", "pledge", "vow", "plan"):
            return True
        tok = tok.head
    return False


# a time still to come in a hedged content
_AHEAD_IN_TIME = re.compile(r"\b(?:within\s+(?:the\s+next\s+)?(?:[\w-]+\s+){0,2}(?:hours?|days?|weeks?|months?|years?)|"
                            r"next\s+(?:week|month|year|season|\w+day)|tomorrow|in\s+the\s+(?:coming|next)\b|"
                            r"later\s+this|by\s+(?:the\s+end\s+of|early|mid|late|next|20\d\d)|as\s+early\s+as|soon|"
                            r"if|unless)\b",
                            re.I)


def _possibility(doc, s: int, e: int) -> bool:
    """Whether the content's main verb is hedged by "may", "might" or "probably" ("the study may overstate X")."""
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    future = any(c.lower_ in ("will", "would", "'ll") for c in root.children)
    return any(c.dep_ == "aux" and c.lower_ in ("may", "might") or
               c.dep_ == "advmod" and (c.lower_ in ("probably", "possibly", "perhaps") or c.lower_ == "likely"
                                       and not future)
               for c in span if _clause_head(c).i == root.i)  # "the attack had probably disabled a ship", "Moscow
    # likely lacked X", "the bill was likely closer to $2 billion"


def _clause_head(tok):
    """The verb of the clause a word belongs to (the word's nearest verb above it)."""
    h = tok.head
    while h.pos_ not in ("VERB", "AUX") and h.head.i != h.i:
        h = h.head
    return h


def _asks_or_orders(doc, text: str, piece: _Found) -> bool:
    """A piece of a quotation that is a question ('"People were drinking rainwater. Where was FEMA?" he asked') or
    an order ('"Do not wait for the rain to start."'): no claim (CLAIMS-GUIDE.md)."""
    return text[piece.content[1]:piece.content[1] + 1] == "?" or \
        piece.attribution == "direct_quote" and _imperative(doc, *piece.content)


def _imperative(doc, s: int, e: int) -> bool:
    """Whether a quoted sentence is an order or an appeal ("Do not wait for the rain to start", "Leave now"): a verb
    in its base form, first, with no subject."""
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    first = next((t for t in span if not t.is_punct), None)
    if root.tag_ != "VB" or root.lemma_ == "let" or any(
            c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") or c.dep_ == "aux" and c.lower_ not in ("do", "to")
            for c in root.children):
        return False  # ("Let everyone know that ...", "Just because he hasn't had to doesn't mean he can't")
    return first is not None and (first.i == root.i or first.lower_ in ("do", "please", "never") and first.i < root.i)


def _believed(doc, s: int, e: int) -> bool:
    """Whether the content's main verb is a belief in the passive ("X is believed to be recruiting fighters", "is
    thought to have fled"): a suspicion relayed, not a fact."""
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    return root.lemma_ in ("believe", "think", "suspect", "fear") and root.tag_ == "VBN" and \
        any(c.dep_ == "auxpass" for c in root.children) and any(c.dep_ == "xcomp" for c in root.children)


def _content_negated(doc, s: int, e: int) -> bool:
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if any(c.dep_ == "neg" for c in root.children) or root.pos_ == "NOUN" and _negative_np(root):
        return True  # (a content that is a noun phrase: "show no vote by Okafor on any Medicare bill")
    # a negative subject or object: "None of the ships was damaged", "Nobody was hurt", "No ships were hit",
    # "We have recorded no violations", "There were no injuries"
    return any(c.dep_ in _SUBJ_OBJ and _negative_np(c) for c in root.children)


_SUBJ_OBJ = frozenset({"nsubj", "nsubjpass", "dobj", "attr"})


def _negative_np(tok) -> bool:
    """A negative noun phrase: "none", "nobody", "no ships", "neither claim", "neither side's figures"."""
    return tok.lower_ in C.NEGATIVE_SUBJECTS or any(d.dep_ == "det" and d.lower_ == "no" for d in tok.children) or \
        tok.left_edge.lower_ == "neither" and tok.left_edge.dep_ in ("det", "preconj") or \
        tok.left_edge.lower_ == "not" and tok.left_edge.i + 1 < len(tok.doc) and \
        tok.doc[tok.left_edge.i + 1].lower_ in ("a", "one", "single")  # "Not a single dollar left the fund"


# ---------------------------------------------------------------- author claims

_OPINION_ROOTS = frozenset("be seem look feel appear sound".split())


def _author_checkable(span, kind: str) -> bool:
    text = span.text.strip()
    words = re.findall(r"\w+", text)
    if kind == DATELINE or not words:
        return False
    if text.rstrip(_CLOSE_Q + " ").endswith("?"):
        return False
    if C.BYLINE_RE.match(text):
        return False
    if kind in (HEADLINE, SUBHEADING):
        return bool(_NUM.search(text)) and len(words) >= 3
    if len(words) < 4:
        return False
    has_verb = any(t.pos_ in ("VERB", "AUX") for t in span) or _verb_read_as_noun(span)
    if not has_verb:
        return False
    if _evaluation(span):
        return False
    has_fact = any(e.label_ not in ("DATE", "TIME") or _NUM.search(e.text) for e in _ents_in(span)) or any(
        t.pos_ in ("NUM", "PROPN") for t in span)
    if not has_fact:
        # no names or numbers: keep only clear events in the past / future with a noun subject
        root = span.root
        if root.lemma_ in _OPINION_ROOTS:
            return False
        if not any(t.tag_ in ("VBD", "VBN", "MD") for t in span):
            return False
    return True


_DESERVE_VERBS = frozenset("deserve merit".split())
_SOLIDARITY_PREPS = frozenset("with behind beside alongside".split())


def _evaluation(span, labels: bool = True) -> bool:
    """A sentence that evaluates rather than states (CLAIMS-GUIDE.md: pure opinions without checkable content are
    no claims): what someone deserves ("Voters deserve better than this"), a declaration of solidarity ("The UK
    stands with the people of X", whatever it coordinates), a label given to something ("X called the loan 'a
    textbook case of ...'": the name, with no number in it), or a judgement in the present copula about something
    pointed at (``_pointed_judgement``: "These smears are the last gasp of a desperate campaign")."""
    root = span.root
    lemma = _lemma(root)
    if lemma in _DESERVE_VERBS and root.pos_ == "VERB":
        return True
    if lemma == "stand" and not any(c.dep_ == "dobj" for c in root.children) and any(
            c.dep_ == "prep" and c.lower_ in _SOLIDARITY_PREPS for c in root.children):
        return True
    if labels and _label(root):
        return True
    return _pointed_judgement(span)


def _label(v) -> bool:
    """'called the loan "a textbook case of crony capitalism"': a verb of naming with an object and the name it
    is given (an object predicate without a number): an epithet, not a proposition."""
    if _lemma(v) not in ("call", "label", "brand", "dub") or not any(c.dep_ == "dobj" for c in v.children):
        return False
    oprd = next((c for c in v.children if c.dep_ == "oprd"), None)
    return oprd is not None and not any(t.like_num or t.ent_type_ in ("DATE", "MONEY", "PERCENT") for t in oprd.subtree)


def _verb_read_as_noun(span) -> bool:
    """'The ferry's licence runs for five years.': a tagger slip that reads the present-tense verb after a
    singular noun as the plural head of a compound ("licence runs"), leaving a full sentence without a verb.
    The sentence ends with a full stop, its root is that plural noun right after a singular noun that hangs from
    it (the real subject) and it has a complement of its own after it (for / until / at ...)."""
    root, doc = span.root, span.doc
    last = span[-1]
    while last.i > span.start and (last.is_space or last.text in _CLOSE_Q):
        last = doc[last.i - 1]
    if last.text != "." or root.tag_ != "NNS" or not root.lower_.endswith("s") or root.lower_.endswith("ss"):
        return False
    if root.i - 1 < span.start or any(c.dep_ in ("det", "nummod", "amod") for c in root.children):
        return False
    subj = doc[root.i - 1]
    if subj.tag_ != "NN" or subj.dep_ != "compound" or subj.head.i != root.i:
        return False
    return any(c.i > root.i and c.dep_ in ("prep", "advmod", "npadvmod", "prt", "dobj", "acomp") and c.lower_ != "of"
               for c in root.children)  # ("of" complements a noun: "the firm's share of the market")


# ---------------------------------------------------------------- main

def _quotes(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in C.QUOTE_RE.finditer(text)]


def find_claims(doc) -> list[Claim]:
    text = doc_text(doc)
    sents = sentence_spans(doc)
    quotes = _quotes(text)
    lines_end = {}
    for si in sents:
        lines_end.setdefault(si.line_index, [si.start, si.end])
        lines_end[si.line_index][1] = si.end
    speakers = _speaker_lines(doc, sents, lines_end)
    quotes = sorted(quotes + [f.content for f in speakers.values()])
    per_sent: list[list[_Found]] = []
    headlines: set[int] = set()  # the headline (HEADLINE_CLAIMS): no claim, not even the author's
    seen_lines = set()
    for si in sents:
        if si.kind == HEADLINE and not HEADLINE_CLAIMS and (
                si.line_index not in speakers or _place_label(text[slice(*lines_end[si.line_index])])) and \
                _reads_as_headline(text[slice(*lines_end[si.line_index])]):
            # with a cue or without one; a place before a colon is a label, no speaker ("Eastern Chad: UNHCR scales
            # up its response"), but "Poll: Clinton leads in Ohio" is the poll's finding, as PolNeAR annotates it
            headlines.add(len(per_sent))
            per_sent.append([])
            continue
        if si.line_index in speakers:
            per_sent.append([speakers[si.line_index]] if si.line_index not in seen_lines else [])
            seen_lines.add(si.line_index)
            continue
        para = tuple(lines_end[si.line_index])
        found = (_according_to(doc, si.span) + _noun_cues(doc, si.span) + _verb_cues(doc, si.span, quotes, para)
                 + _figure_cues(doc, si.span))
        if not found:
            found = _postposed_misread_cue(doc, si.span)
        if not found or all(f.extra.get("object") for f in found):
            # ('..., the regulator's records show.' after a stance the parser made of the content)
            found = _postposed_evidence_noun(doc, si.span) or found
        if si.kind == SUBHEADING:
            # a label sub-heading ("Moscow and Pyongyang admit cooperation") reports no one's words: only one
            # with a reported clause ("Police say the bridge was sabotaged") is attributed
            found = [f for f in found if not f.extra.get("object")]
        if found and OPINION_SENTENCES_UNATTRIBUTED and _evaluation(si.span, labels=LABELS_ARE_OPINIONS):
            # 'The UK stands with the people of X and will continue to support their call for peace': a sentence
            # that evaluates holds no one's claim, not even the stances inside it
            found = []
        per_sent.append(_drop_nested(_dedupe(found)))

    claims: list[Claim] = []
    covered_chars: list[tuple[int, int]] = []
    for k, (si, found) in enumerate(zip(sents, per_sent)):
        for f in found:
            if f.attribution == "question":
                continue
            for piece in _quote_sentences(doc, f):
                if _asks_or_orders(doc, text, piece):
                    continue
                claims.append(_make_claim(doc, si, piece))
                covered_chars.append(piece.content)

    def covered(si) -> bool:
        for s, e in covered_chars:
            if s <= si.start + 2 and e >= si.end - 3:
                return True
        return False

    prev_source: Optional[tuple] = None  # (line index, _Found, sentence index) of the last carried source
    prev_quote: Optional[tuple] = None  # (line index, _Found) of the last quotation with a named speaker
    prev_report: Optional[tuple] = None  # (sentence index, _Found) of a report before its postposed cue
    for k, (si, found) in enumerate(zip(sents, per_sent)):
        if found and all(f.extra.get("object") for f in found):
            # 'Trump attacked Clinton over X': an attribution for the object, and the author's own claim
            found = []
        quoted = [f for f in found if f.attribution == "direct_quote" and f.claimant is not None]
        if quoted:
            prev_quote = (si.line_index, quoted[-1])
        elif found:
            prev_quote = None
        if found and (head := _author_conjunct(doc, si, found)) is not None:
            # 'Power remains cut in much of the city, and officials said it could take weeks to restore it'
            claims.append(_author_claim(doc, si, *head))
        if found:
            # only a fronted "According to X, ..." report is continued by the next sentence
            carry = [f for f in found if f.attribution == "according_to" and f.cue_span[0] <= si.start + 3]
            prev_source = (si.line_index, carry[-1]) if carry else None
            last = found[-1]
            prev_report = (k, last) if (not carry and last.attribution in ("indirect", "according_to")
                                        and last.claimant is not None
                                        and text[slice(*last.claimant)].strip().lower() not in _NO_CARRY_SOURCES
                                        and (last.cue_span[0] >= last.content[1] or _reports_a_figure(
                                            doc.char_span(*last.content, alignment_mode="expand") or ()))
                                        and not last.extra.get("object")) else None
            continue
        if covered(si) or k in headlines:
            continue
        stext = text[si.start:si.end]
        if (prev_report is not None and prev_report[0] == k - 1 and si.kind == PARAGRAPH
                and not C.FIRST_PERSON_RE.search(stext) and not stext.startswith(tuple(_OPEN_Q))
                and (_counted_continuation(doc, si.span, prev_report[1].content)
                     or (sents[k - 1].line_index == si.line_index and (
                         _agentless_expectation(si.span)
                         or _reports_a_figure(si.span) and not _META_SENTENCE.search(stext)
                         and not _names_the_source(stext, text[slice(*prev_report[1].claimant)])
                         and not _reported_after(doc, sents, per_sent, k, prev_report[1]))))):
            # 'A, destroying 14 targets, officials said. The targets included X.' / '... killed 64 people, the
            # authority said. Another 19 people are missing.': the next sentence details what the report counted
            prev_source = (si.line_index, prev_report[1])
        prev_report = None
        if (prev_source is not None and prev_source[0] == si.line_index and si.kind == PARAGRAPH
                and not C.FIRST_PERSON_RE.search(stext) and not stext.startswith(tuple(_OPEN_Q))):
            f0 = prev_source[1]
            s, e = _trim(text, si.start, si.end, strip_that=False)
            f = _Found((s, e), f0.cue_tok, f0.cue_span, f0.cue_lemma, f0.claimant, via=f0.via,
                       attribution=f0.attribution,
                       extra={"ctype": f0.extra.get("ctype"), "status": f0.extra.get("status")})
            claims.append(_make_claim(doc, si, f))  # (with the type its description gave: 'the aid group X', and
            # the status its cue gave: a poll's finding is reported)
            prev_source = None  # one sentence of continuation, no chains
            continue
        prev_source = None
        if prev_quote is not None and prev_quote[0] == si.line_index:
            # '"A," said X, who ... . "B."': the next quotation continues the same speaker
            q = next(((qs, qe) for qs, qe in quotes if si.start - 3 <= qs <= si.start and qe > si.start + 3
                      and not text[qs:si.start].strip(_OPEN_Q + " ")), None)
            if q is not None:
                f0 = prev_quote[1]
                s, e = _trim(text, q[0], max(q[1], si.end) if q[1] < si.end and not text[q[1]:si.end].strip(
                    " .,;:") else q[1], strip_that=False)
                if e - s >= 3:
                    f = _Found((s, e), f0.cue_tok, f0.cue_span, f0.cue_lemma, f0.claimant, via=f0.via,
                               attribution="direct_quote", extra=dict(f0.extra))
                    for piece in _quote_sentences(doc, f):
                        if not _asks_or_orders(doc, text, piece):
                            claims.append(_make_claim(doc, si, piece))
                        covered_chars.append(piece.content)
                    continue
        prev_quote = None
        if not _author_checkable(si.span, si.kind):
            continue
        if stext.lstrip().startswith(tuple(_OPEN_Q)) and _is_quoted(text, quotes, (si.start, si.end - 1)):
            continue  # a quotation without a speaker
        s, e = si.start, si.end
        if si.kind == PARAGRAPH:
            m = C.DATELINE_PREFIX_RE.match(text[s:e])
            if m and m.end() < e - s - 10:
                s += m.end()
        s, e = _trim(text, s, e, strip_that=False)
        if e - s < 3:
            continue
        for a, b in _author_clauses(doc, s, e):
            claims.append(_author_claim(doc, si, a, b))
    claims = [c for c in claims if not _FORMULA.match(c.text)]
    claims.sort(key=lambda c: (c.char_start, c.char_end))
    _type_by_antecedent(claims, text)
    _it_is_the_last_body(claims)
    _they_is_the_last_group(claims, doc)
    return claims


def _place_label(line: str) -> bool:
    """Whether a speaker-shaped line ("X: ...") opens with a place, not a speaker ("Ituri: MSF suspends clinics")."""
    m = C.SPEAKER_LINE_RE.match(line.strip())
    who = re.sub(r"^(?:[Ee]astern|[Ww]estern|[Nn]orthern|[Ss]outhern|[Cc]entral)\s+", "", m.group("who")) if m else ""
    return bool(who) and gz.lookup_place(who) is not None


def _reads_as_headline(line: str) -> bool:
    """The first line reads as a headline, not as a text's opening sentences: no final full stop, or a short line
    (PolNeAR's headlines end with one)."""
    line = line.strip()
    return not re.search(r"[.!?][\"”’')]*$", line) or len(line.split()) <= 14


_IT_WINDOW = 500  # characters back to the claim whose claimant "it" takes up


def _it_is_the_last_body(claims: list[Claim]) -> None:
    """'..., the agency said in a statement. The number of people displaced has risen to 362,000, it added': the
    claimant "it" is the institution that made the claim before it (the offsets stay on the pronoun, where the
    source is mentioned)."""
    for i, c in enumerate(claims):
        if c.claimant is None or c.claimant.strip().lower() != "it" or c.claimant_start is None:
            continue
        before = [p for p in claims[:i] if p.claimant and p.claimant_type in _BODY_TYPES
                  and p.claimant.strip().lower() not in C.OTHER_PRONOUNS and not _plural_name(p.claimant)
                  and p.claimant_start is not None and c.claimant_start - _IT_WINDOW <= p.claimant_start < c.claimant_start]
        if before:
            c.claimant, c.claimant_type = before[-1].claimant, before[-1].claimant_type




def _plural_name(name: str) -> bool:
    """A claimant that names several ("regional health officials", "three residents and a health worker"): no
    antecedent of "it"."""
    words = name.split()
    return bool(re.search(r"\band\b", name)) or words[-1].lower() in _GROUP_HEADS and words[-1].lower().endswith("s") \
        or (words[-1][:1].islower() and words[-1].endswith("s") and not words[-1].endswith(("ss", "us", "news")))


# the heads of a plural subject that "they" may take up as a source: people and bodies of people
_GROUP_HEADS = C.UNSPECIFIED_WORDS | C.GOVERNMENT_WORDS | C.MILITARY_WORDS | frozenset(
    f"{w}s" for w in C.PERSON_ROLES) | frozenset("prosecutors researchers scientists investigators doctors police "
                                                  "rebels villagers survivors organizers organisers".split())


def _they_is_the_last_group(claims: list[Claim], doc) -> None:
    """'... killed at least 31 people, three residents and a health worker told Reuters. The strike hit the town ...,
    they said.' / 'Researchers from James Cook University surveyed 212 reefs. They estimate that ...': the claimant
    "they" is the group named last before it, as a source or as the subject of a sentence (the offsets stay on the
    pronoun)."""
    text = doc_text(doc)
    for i, c in enumerate(claims):
        if c.claimant is None or c.claimant.strip().lower() != "they" or c.claimant_start is None:
            continue
        at = c.claimant_start
        best: Optional[tuple[int, str, str]] = None  # (where, name, type)
        for p in claims[:i]:
            if p.claimant and p.claimant_start is not None and at - _IT_WINDOW <= p.claimant_start < at and \
                    p.claimant.strip().lower() not in C.OTHER_PRONOUNS and _plural_name(p.claimant):
                best = max(best or (-1, "", ""), (p.claimant_start, p.claimant, p.claimant_type))
        window = doc.char_span(max(0, at - _IT_WINDOW), at, alignment_mode="expand") or ()
        for t in window:
            if t.idx >= at or t.dep_ not in ("nsubj", "nsubjpass") or t.tag_ not in ("NNS", "NNPS") \
                    or t.lower_ not in _GROUP_HEADS or c.char_start <= t.idx < c.char_end:
                continue
            end = t.i + 1
            for ch in t.rights:
                if ch.dep_ in ("prep", "conj", "cc", "compound", "appos") and not any(
                        g.pos_ in ("VERB", "AUX") for g in ch.subtree):
                    end = ch.right_edge.i + 1
                else:
                    break
            span = doc[t.left_edge.i:end]
            if best is None or span.start_char > best[0]:
                best = (span.start_char, span.text, claimant_type(span))
        if best is not None:
            c.claimant, c.claimant_type = best[1], best[2]


# a body named again by its kind ("the agency said") after its name: the name's type, not the word's
_BODY_WORDS = ("agency|council|authority|body|office|alliance|group|company|firm|union|mission|association|"
               "organi[sz]ation|committee|commission|institute|ministry|bank")
_BODY_ANAPHORS = re.compile(rf"(?i)^the\s+({_BODY_WORDS})$")
# the source named in the third person by its kind ("the agency's appeal"): the writer speaking of it
_SOURCE_POSSESSIVE = re.compile(rf"\b(?i:the)\s+(?:{_BODY_WORDS}|department|party|campaign|government|army|command|"
                                rf"poll|survey)['’]s\b")
_BODY_TYPES = frozenset("government organization military intelligence media".split())


def _type_by_antecedent(claims: list[Claim], text: str) -> None:
    """'the UN Office for the Coordination of Humanitarian Affairs said ... the agency said': "the agency" takes
    the type of the last named claimant called so too ("the disaster agency AFAD"), else of the last named
    institution that made a claim before it (the word alone reads as a government's)."""
    named: list[tuple[str, str]] = []  # (the name with the words just before it, its type)
    described: list[tuple[str, str]] = []  # (a claimant of several words, its type)
    for c in claims:
        if c.claimant is None:
            continue
        m = _BODY_ANAPHORS.match(c.claimant.strip())
        back = _PEOPLE_ANAPHOR.match(c.claimant.strip())
        if back:
            # "two Malian military officials told The AP ... The officials said": the group described before
            same = [t for desc, t in described if desc.lower().endswith(" " + back.group(1).lower())]
            if same:
                c.claimant_type = same[-1]
        elif len(c.claimant.split()) > 2:
            described.append((c.claimant.strip(), c.claimant_type))
        if m:
            same = [t for desc, t in named if re.search(rf"(?i)\b{m.group(1)}\b", desc)]
            bodies = [t for desc, t in named if _BODY_HEADS.search(desc)]
            if same or bodies:
                c.claimant_type = (same or bodies)[-1]
        elif c.claimant_type in _BODY_TYPES and any(w[:1].isupper() for w in _THE.sub("", c.claimant).split()):
            lo = c.claimant_start if c.claimant_start is not None else 0
            named.append((text[max(c.sentence_start, lo - 30):lo] + c.claimant, c.claimant_type))  # "the
            # disaster agency AFAD"


_THE = re.compile(r"^(?i:the)\s+")
_PEOPLE_ANAPHOR = re.compile(r"^(?i:the|these|those)\s+([a-z]+s)$")
# the head nouns of institutions ("the disaster agency AFAD", "the World Food Programme")
_BODY_HEADS = re.compile(r"(?i)\b(?:" + "|".join(sorted(_PUBLIC_BODIES | {
    "programme", "program", "fund", "organization", "organisation", "mission", "institute", "administration"})) + r")\b")


def _author_clauses(doc, s: int, e: int) -> list[tuple[int, int]]:
    """The writer's sentence [s, e) as its propositions: two clauses with subjects of their own joined by ", and"
    are two claims ("Fighting has closed the main roads since June, and river transport has been suspended")."""
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None:
        return [(s, e)]
    parts = _split_conj(doc, span.start, span.end, span)
    if len(parts) < 2:
        return [(s, e)]
    text = doc_text(doc)
    out = [list(_trim(text, *_tok_span(doc, *parts[0]), strip_that=False))]
    for a, b in parts[1:]:
        nxt = _trim(text, *_tok_span(doc, a, b), strip_that=False)
        if re.fullmatch(r",\s*and\s+", text[out[-1][1]:nxt[0]]) and nxt[1] - nxt[0] >= 15:
            out.append(list(nxt))
        else:
            out[-1][1] = nxt[1]  # "A and B" without a comma: one claim
    out[0][0], out[-1][1] = min(out[0][0], s), max(out[-1][1], e)
    return [tuple(x) for x in out]


# greetings, thanks and blessings assert nothing: "God bless North Carolina", "Thank you for your testimony"
_FORMULA = re.compile(r"(?:God\s+bless|Thank\s+you|Thanks\b(?!\s+to\b)|Congratulations|"
                      r"Good\s+(?:morning|evening|night)\b|Welcome\s+to|Happy\s+(?:birthday|new\s+year|holidays)|"
                      r"Merry\s+Christmas|Long\s+live|May\s+God\b|God\s+willing)", re.I)
_HEARSAY_ADVERB = re.compile(r"\b(?:reportedly|allegedly)\b", re.I)


def _author_claim(doc, si, s: int, e: int) -> Claim:
    """The author's own claim [s, e) in sentence ``si``."""
    text = doc_text(doc)
    status = "expected" if _is_future(doc, s, e) else "asserted"
    hearsay = _HEARSAY_ADVERB.search(text, s, e)
    if hearsay and status == "asserted":
        # "A Russian glide bomb reportedly hit a hospital": the writer relays what others say
        status = "alleged" if hearsay.group(0).lower() == "allegedly" else "reported"
    return Claim(s, e, text[s:e], _sentence_start(text, si), si.end, None, None, None, "author", None, None, None,
                 None, "author", status, "negative" if _content_negated(doc, s, e) else "positive")


def _author_conjunct(doc, si, found: list[_Found]) -> Optional[tuple[int, int]]:
    """The writer's clause before a coordinated report, as a char span: in 'Power remains cut in much of Tacloban,
    and officials said it could take weeks to restore it' the sentence's root is no cue, and the report is a
    clause of its own joined to it by ', and'; None when the first clause is part of any content or no claim."""
    if si.kind != PARAGRAPH:
        return None
    span = si.span
    root = span.root
    if root.pos_ not in ("VERB", "AUX") or any(f.cue_tok is not None and f.cue_tok.i == root.i for f in found):
        return None
    cues = [c for c in root.children if c.dep_ == "conj" and c.i > root.i and any(
        f.cue_tok is not None and c.i <= f.cue_tok.i <= c.i + 3 for f in found)]
    if not cues or not any(g.dep_ in ("nsubj", "nsubjpass") for g in cues[0].children):
        return None
    left = cues[0].left_edge.i
    k = left - 1
    while k > span.start and (doc[k].dep_ == "cc" or doc[k].is_punct or doc[k].is_space):
        k -= 1
    if k <= span.start or doc[left - 1].lower_ not in ("and", "while") or doc[left - 2].text != ",":
        return None
    text = doc_text(doc)
    s, e = _trim(text, si.start, doc[k].idx + len(doc[k]), strip_that=False)
    if any(fs < e and s < fe for f in found for fs, fe in [f.content]) or len(re.findall(r"\w+", text[s:e])) < 4:
        return None
    return s, e


# speakers whose report the next sentence does not go on with: the reader or the writer ("Let's say you think ...")
_NO_CARRY_SOURCES = frozenset("you we i us 's let's".split())


def _reported_after(doc, sents, per_sent, k: int, before: _Found) -> bool:
    """Whether the next sentence of the paragraph ends with another source ("... Bonuses were $500 to $2,000, The
    Wall Street Journal reports." after "Stumpf said ..."), which the sentence between may belong to as well; the
    same source taken up again ("..., the agency said" after "Senapred said") is no other."""
    if k + 1 >= len(sents) or sents[k + 1].line_index != sents[k].line_index:
        return False
    text = doc_text(doc)
    first = text[slice(*before.claimant)].lower()
    for f in per_sent[k + 1]:
        if f.cue_span[0] < f.content[1] or f.claimant is None:
            continue
        other = text[slice(*f.claimant)].lower()
        if other != first and not re.match(r"(?:the\s+\w+|it|they)$", other):
            return True
    return False


def _names_the_source(sentence: str, claimant: str) -> bool:
    """Whether a sentence speaks of the source in the third person ("Donors have funded only 23 percent of the
    agency's appeal" after "WFP expects ..."): the writer's word about the source, not more of its report."""
    if claimant and re.search(rf"\b{re.escape(claimant)}\b", sentence):
        return True
    return bool(_SOURCE_POSSESSIVE.search(sentence))


def _reports_a_figure(span) -> bool:
    """Whether a sentence gives a figure (a count, a share, an amount; not a year): a report of figures goes on in
    the next sentence with more of them ("Sales fell 7 percent" after "X said its net loss widened to ...")."""
    for t in span:
        if t.like_num and not re.fullmatch(r"(?:1[89]|20)\d\d", t.text) and t.ent_type_ not in ("DATE", "TIME", "ORDINAL"):
            return True
    return bool(len(span) and _NONE_HURT.match(span.text))  # a count of none: "No peacekeepers were injured"


_NONE_HURT = re.compile(r"(?:No|None\s+of\s+the)\s+(?:[\w-]+\s+){1,2}(?:was|were|has\s+been|have\s+been)\s+"
                        r"(?:(?:seriously|badly|reported)\s+)?(?:injured|killed|hurt|wounded|harmed)\b")


# the writer's word on the report itself, not its content: "The RSF did not comment", "The claim could not be
# independently verified", "The poll's margin of error is 3.5 points"
_META_SENTENCE = re.compile(
    r"\b(?:did|does|do|has|have|had|would|could|was|were)\s*(?:not|n[o']t)\s+(?:immediately\s+|yet\s+|publicly\s+)?"
    r"(?:comment|respond|reply|name|identify|give|say|specify|disclose|elaborate|provide|confirm|return|answer|reveal|"
    r"explain|be\s+(?:independently\s+)?(?:verified|confirmed|reached)|verify|release|publish)|"
    r"\bmargin\s+of\s+(?:sampling\s+)?error\b|\b(?:declined|refused)\s+to\s+(?:comment|say|name|give|elaborate)|"
    r"\b(?:survey|poll)\s+of\s+[\d,]+\b|\bwas\s+conducted\b", re.I)


def _agentless_expectation(span) -> bool:
    """'Food stocks in the town are expected to run out within 10 days.' after '..., the aid group said.' in the
    same paragraph: a passive expectation that names no one who expects it is the expectation of the source just
    reported, not the writer's."""
    root = span.root
    return (_lemma(root) == "expect" and root.tag_ == "VBN"
            and any(c.dep_ == "auxpass" for c in root.children)
            and not any(c.dep_ in ("agent", "neg") for c in root.children)
            and any(c.dep_ == "xcomp" for c in root.children))


_NEWCOMERS = frozenset("arrived arrivals newcomers displaced dead injured wounded victims refugees".split())
_PEOPLE_PREDICATE = re.compile(r"^\w+\s+(?:are|were)\s+(?:women|children|elderly|men|civilians|minors|students)\b", re.I)
_PARTITIVES = frozenset("most many some all half several none few two three both".split())


def _counted_continuation(doc, span, prev: tuple[int, int]) -> bool:
    """Whether sentence ``span`` goes on with what the report just before it counted (char span ``prev``): its
    subject is that counted noun taken up again, by a definite article or demonstrative ("destroying 14
    targets" ... "The targets included ...") or by "another" / "a further" with a number ("killed at least 64
    people" ... "Another 19 people are missing"), or by a partitive pronoun ("evacuated 2,500 people" ... "Most of
    them are elderly"); or a definite subject taking up a thing the report introduced ("conducted an airstrike" ...
    "The strike was carried out ...") or named by its verb ("has shipped 9 million shells" ... "The shipments
    ..."). A sentence about anything else is as often the writer's own."""
    root = span.root
    subj = next((t for t in span if t.dep_ in ("nsubj", "nsubjpass") and (
        t.head.i == root.i or (t.head.dep_ in ("aux", "auxpass") and t.head.head.i == root.i))), None)
    prev_span = doc.char_span(prev[0], prev[1], alignment_mode="expand") or ()
    counted = {t.lemma_.lower() for t in prev_span
               if t.pos_ == "NOUN" and any(c.dep_ == "nummod" for c in t.children)}
    if subj is not None and subj.lower_ in _PARTITIVES and counted and (any(
            c.dep_ == "prep" and c.lower_ == "of" and any(o.lower_ in ("them", "those") or o.lower_ in _NEWCOMERS or
                                                          any(g.lower_ in _NEWCOMERS for g in o.children)
                                                          for o in c.children)
            for c in subj.children) or subj.i == span.start and not list(subj.children) and _PEOPLE_PREDICATE.search(
                span.text)):
        return True  # ("Most of them are women and children", "Most of the newly arrived are ...", "Most are ...")
    if subj is not None and subj.pos_ == "NUM" and counted and any(
            c.lower_ in ("another", "further") for c in subj.children if c.i < subj.i):
        return True  # "About 2,000 homes were damaged, ... said. Another 300 were destroyed.": the counted noun left out
    if subj is not None and subj.lower_ in ("percent", "%") and any(c.like_num for c in subj.children) and \
            any(t.like_num for t in prev_span) and (
            any(c.dep_ == "prep" and c.lower_ == "of" and any(o.lower_ in ("them", "those") for o in c.children)
                for c in subj.children) or not any(c.dep_ == "prep" for c in subj.children)):
        return True  # "Nearly 47,000 people have been displaced, according to X. About 60 percent of them are
        # children." / "58 percent oppose the tariffs, according to a poll. Only 35 percent support them."
    if subj is None or subj.pos_ != "NOUN":
        return False
    lemma = subj.lemma_.lower()
    mods = {c.lower_ for c in subj.children if c.i < subj.i}
    definite = bool(mods & {"the", "these", "those"}) and not any(
        c.dep_ in ("nummod", "amod", "compound") for c in subj.children)
    if lemma not in counted:
        if not definite or len(lemma) < 4:
            return False
        introduced = {t.lemma_.lower() for t in prev_span if t.pos_ == "NOUN" and any(
            c.dep_ == "nummod" or c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children)}
        verb = prev_span.root.lemma_.lower() if prev_span else ""
        return any(n.endswith(lemma) for n in introduced) or (
            len(verb) >= 4 and prev_span.root.pos_ == "VERB" and lemma.startswith(verb))
    if definite:
        return True
    before = {t.lower_ for t in doc[subj.left_edge.i:subj.i]}  # ("another" hangs from the number)
    return bool(before & {"another", "further"}) and any(c.dep_ == "nummod" for c in subj.children)


# One claim per sentence of a multi-sentence quotation (CLAIMS-GUIDE.md: one claim per asserted proposition).
# PolNeAR's gold joins such quotations into one content; False restores the joined contents (one claim per
# quotation, a quotation in the next sentence merged into the cue's claim).
SPLIT_QUOTES = True
_SENT_FINAL = re.compile(r"[.!?…][\"”’')]*\s*$")
_MIN_PIECE_WORDS = 3


def _quote_sentences(doc, f: _Found) -> list[_Found]:
    """A direct quotation of several sentences is one claim per sentence (one claim per asserted
    proposition), each with the quotation's speaker and cue. Questions are dropped (unless the quotation is
    only questions); a fragment of fewer than three words or a quoted aside ("It's serious business.", see
    ``_stands_alone``) stays with the sentence that follows it (or precedes it, at the end)."""
    if f.attribution != "direct_quote" or not SPLIT_QUOTES:
        return [f]
    text = doc_text(doc)
    s, e = f.content
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None:
        return [f]
    # a sentence start the parser missed counts too: a capital after a full stop token ("... made landfall. We
    # deployed more people"; "Mr." and "U.S." keep their stops inside the token)
    cuts = [t.idx for t in span if s < t.idx < e - 1 and _SENT_FINAL.search(text[s:t.idx]) and (
        t.is_sent_start or t.i > 0 and doc[t.i - 1].text in (".", "!", "?") and t.text[:1].isupper()
        and t.idx > doc[t.i - 1].idx + 1)]
    if not cuts:
        return [f]
    bounds = [s] + cuts + [e]
    pieces = [(a, b) for a, b in zip(bounds, bounds[1:])]
    asks = [bool(re.search(r"\?[\"”’')\s]*$", text[a:b])) for a, b in pieces]
    if not all(asks):
        pieces = [p for p, ask in zip(pieces, asks) if not ask]  # a question is not a claim
    if DROP_QUOTED_OPINIONS and len(pieces) > 1:
        opinions = [_quoted_opinion(doc, a, b) for a, b in pieces]
        if not all(opinions):
            pieces = [p for p, op in zip(pieces, opinions) if not op]  # nor is a pure opinion
    merged: list[list[int]] = []
    carry = None
    for a, b in pieces:
        if carry is not None:
            a, carry = carry, None
        if not _stands_alone(doc, a, b):
            carry = a
            continue
        merged.append([a, b])
    if carry is not None:
        if merged:
            merged[-1][1] = pieces[-1][1]
        else:
            return [f]
    out = []
    for a, b in merged:
        a, b = _trim(text, a, b, strip_that=False)
        if b - a >= 3:
            out.append(_Found((a, b), f.cue_tok, f.cue_span, f.cue_lemma, f.claimant, f.claimant_kind, f.via,
                              f.attribution, f.negated, dict(f.extra)))
    return out or [f]


_WORD_RE = re.compile(r"\w+")
# A quoted sentence that only evaluates ("These smears are the last gasp of a desperate campaign") is dropped from
# a multi-sentence quotation (no claim), not joined to its neighbour.
DROP_QUOTED_OPINIONS = True


def _quoted_opinion(doc, a: int, b: int) -> bool:
    span = doc.char_span(a, b, alignment_mode="expand")
    if span is None or len(_WORD_RE.findall(doc_text(doc)[a:b])) < _MIN_PIECE_WORDS:
        return False
    root = span.root
    if root.lemma_ in _OPINION_ROOTS:
        subj = next((c for c in root.children if c.dep_ in ("nsubj", "expl")), None)
        if subj is None or subj.lower_ in _DEICTIC_SUBJECTS:
            return False  # ('It's serious business.': an aside, kept with its neighbour)
    return _evaluation(span)


def _stands_alone(doc, a: int, b: int) -> bool:
    """Whether the quoted sentence [a, b) is a claim of its own: three words or more that assert something
    checkable (CLAIMS-GUIDE.md: pure opinions are no claims). Otherwise it stays with its neighbour."""
    if len(_WORD_RE.findall(doc_text(doc)[a:b])) < _MIN_PIECE_WORDS:
        return False
    span = doc.char_span(a, b, alignment_mode="expand")
    if span is None:
        return True
    if not any(t.pos_ in ("VERB", "AUX") for t in span):
        return False  # a verbless fragment ("Not good, great.") continues its neighbour
    if span.root.lemma_ not in _OPINION_ROOTS:
        return True
    if _described_event(span) or _past_whereabouts(span):
        return True
    return _author_checkable(span, PARAGRAPH) or _third_party_statement(span)


def _past_whereabouts(span) -> bool:
    """"Our teams were on the ground before the storm made landfall": where someone was, in the past, a fact to
    check rather than a judgement."""
    root = span.root
    return root.lemma_ == "be" and root.tag_ == "VBD" and any(
        c.dep_ == "nsubj" for c in root.children) and any(
        c.dep_ == "prep" and c.lower_ in ("on", "in", "at", "inside", "near") and
        any(g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN") for g in c.children) for c in root.children)


_DEICTIC_SUBJECTS = frozenset("it this that these those there".split())
_QUANTIFIER_PRONOUNS = frozenset("all none both each most many several some few".split())
_SPEAKER_WORDS = re.compile(r"\b(I|we|our|us|my|me|you|your)\b", re.I)
_LINKING_START = re.compile(r"^\W*(?:and|but|so|or|yet|then)\b", re.I)


def _third_party_statement(span) -> bool:
    """A quoted sentence that states something about a third party in its own right ("All of them are
    alive."), rather than the speaker's aside: no first or second person, no opening conjunction, no
    pronoun or deictic subject, and not a bare judgement."""
    text = span.text
    if _SPEAKER_WORDS.search(text) or _LINKING_START.match(text) or _bare_judgement(span):
        return False
    subj = next((c for c in span.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and (subj.pos_ != "PRON" or subj.lower_ in _QUANTIFIER_PRONOUNS)


def _bare_judgement(span) -> bool:
    """'It's serious business.' / 'These are strange days.': a copular sentence about "it" / "this" without a
    name or number, a comment on what was said rather than a proposition of its own."""
    root = span.root
    if root.lemma_ not in _OPINION_ROOTS:
        return False
    subj = [c for c in root.children if c.dep_ in ("nsubj", "expl")]
    return not subj or subj[0].lower_ in _DEICTIC_SUBJECTS


def _pointed_judgement(span) -> bool:
    """'These smears are the last gasp of a desperate campaign': a judgement in the present copula of something
    pointed at (a demonstrative), with no name, number or date to check."""
    root = span.root
    if root.lemma_ != "be" or root.tag_ not in ("VBZ", "VBP"):
        return False
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    return (subj is not None and subj.pos_ == "NOUN"
            and any(c.dep_ == "det" and c.lower_ in ("this", "these", "that", "those") for c in subj.children)
            and not any(t.pos_ in ("NUM", "PROPN") or t.ent_type_ for t in span))


def _described_event(span) -> bool:
    """'This was a deliberate assault on people who had already lost everything.': a past copula whose predicate
    tells what happened in a clause of its own (a relative or participle clause with a verb): an event described,
    not a comment on what was said."""
    root = span.root
    if root.tag_ != "VBD":
        return False
    attr = next((c for c in root.children if c.dep_ == "attr"), None)
    return attr is not None and any(t.dep_ in ("relcl", "acl") and t.pos_ == "VERB" for t in attr.subtree)


def _speaker_lines(doc, sents, lines_end) -> dict[int, _Found]:
    """'PENCE: Gennifer Flowers will not ...' / 'Poll: Voters abandon ...': the speaker says the rest of the line."""
    text = doc_text(doc)
    out = {}
    for li, (ls, le) in lines_end.items():
        m = C.SPEAKER_LINE_RE.match(text[ls:le])
        if not m:
            continue
        who = m.group("who")
        if who.lower() in C.NOT_SPEAKERS or who.split()[0].lower() in C.NOT_SPEAKERS:
            continue
        ws, we = ls + m.start("who"), ls + m.end("who")
        colon = we
        cs, ce = _trim(text, ls + m.start("what"), le, strip_that=False)
        if ce - cs < 8:
            continue
        out[li] = _Found((cs, ce), None, (colon, colon + 1), "say", (ws, we),
                         attribution="direct_quote" if text[ls] in _OPEN_Q else "indirect")
    return out


def _dedupe(found: list[_Found]) -> list[_Found]:
    """One finding per content span (the first cue wins: according-to, then verbs, then nouns)."""
    out = []
    for f in found:
        if any(abs(g.content[0] - f.content[0]) <= 2 and abs(g.content[1] - f.content[1]) <= 2 for g in out):
            continue
        out.append(f)
    return out


def _drop_nested(found: list[_Found]) -> list[_Found]:
    """An attribution reported inside another one's content is part of that claim, not a claim of its own:
    "X said that Y announced Z" is one proposition of X's (CLAIMS-GUIDE.md: one claim per asserted
    proposition), so the finding whose cue and content both lie inside another finding's content is dropped.
    A content that holds its own cue (a parenthetical 'A, X said, B', quotations merged across a cue) nests
    nothing."""
    def holds(g, f) -> bool:
        (s, e), (cs, ce) = g.content, f.cue_span
        return s <= cs and ce <= e and s <= f.content[0] and f.content[1] <= e
    def describes_claimant(f) -> bool:
        # 'Laura Colfax, who is seeking the open seat, said ...': a stance in a relative clause on another
        # finding's claimant describes that claimant
        v = f.cue_tok
        return bool(f.extra.get("object")) and v is not None and v.dep_ == "relcl" and any(
            g is not f and g.claimant is not None and g.claimant[0] <= v.head.idx < g.claimant[1] for g in found)
    outers = [g for g in found if not (g.content[0] <= g.cue_span[0] and g.cue_span[1] <= g.content[1])]
    return [f for f in found if not any(g is not f and g.cue_span != f.cue_span and holds(g, f) for g in outers)
            and not describes_claimant(f)]


_PERSONAL_PRONOUNS = frozenset("he she".split())
# A figure given as an estimate inside a reported content: "an estimated 35 militants", "an estimate of 400".
_ESTIMATE_RE = re.compile(r"\b(?:an|the)\s+estimated\s+(?:[$£€]\s?)?\d|\ban\s+estimate\s+of\b", re.I)
_ANTECEDENT_WINDOW = 1200  # characters before the pronoun


_MALE_TITLES = frozenset("mr mr. sir lord king prince".split())
_FEMALE_TITLES = frozenset("mrs mrs. ms ms. miss dame lady queen princess".split())


def _in_subject(tok) -> bool:
    """Whether ``tok`` lies in the subject of its clause ("The mayor of Tromsø, Knut Aasen, said")."""
    for _ in range(6):
        if tok.dep_ in ("nsubj", "nsubjpass"):
            return True
        if tok.pos_ in ("VERB", "AUX") or tok.head is tok:
            return False
        tok = tok.head
    return False


def _person_named(doc, e) -> bool:
    """A person's name: tagged so, or a name the tagger took for something else right after a person's role or
    title ("Government spokesman Issouf Compaoré", "Sen. Ada Obi")."""
    if e.label_ == "PERSON":
        return True
    if e.label_ not in ("ORG", "GPE", "NORP", "FAC", "LOC") or e.start == 0 or len(e) < 2:
        return False
    before = doc[e.start - 1]
    return (before.lower_ in C.PERSON_ROLES or before.lower_ in C.HONORIFICS) and all(
        t.pos_ == "PROPN" for t in e)


_MALE_ROLES = frozenset("spokesman chairman congressman councilman assemblyman alderman businessman".split())
_FEMALE_ROLES = frozenset("spokeswoman chairwoman congresswoman councilwoman assemblywoman alderwoman "
                          "businesswoman".split())


def _name_gender(doc, e) -> Optional[str]:
    """A named person's gender by the title or role before or in the name ("Ms. Ode", "Councilwoman Angela Ruiz"),
    else by the first name ("Laura Benning")."""
    words = ([doc[e.start - 1].lower_] if e.start > 0 else []) + [t.lower_ for t in e]
    for w in words:
        if w in _MALE_TITLES or w in _MALE_ROLES:
            return "male"
        if w in _FEMALE_TITLES or w in _FEMALE_ROLES:
            return "female"
    first = next((t.text for t in e if t.is_alpha and t.lower_ not in C.PERSON_ROLES and t.lower_ not in C.HONORIFICS
                  and t.text[0].isupper()), "")
    return first_name_gender(first)


def _person_mentions(doc) -> list[tuple]:
    """Every mention of a named person, as (start char, end char, name, gender, head token): the names the tagger
    found, and a surname alone that it left untagged after the full name ("Deputy Administrator Laura Benning
    said ... Benning denied"). The gender is the title's ("Ms. Ode"), else the first name's; a surname alone has
    its full name's. Built once per doc."""
    found = doc.user_data.get("claimpack_person_mentions")
    if found is not None:
        return found
    found, surnames = [], {}
    for e in doc_ents(doc):
        if not _person_named(doc, e) or any(t.pos_ in ("VERB", "AUX") for t in e):
            continue
        gender = _name_gender(doc, e)
        found.append((e.start_char, e.end_char, e.text, gender, e.root))
        words = [t for t in e if t.is_alpha]
        if len(words) >= 2 and words[-1].text[0].isupper():
            surnames.setdefault(words[-1].text, (e.end, gender))
    for tok in doc:
        known = surnames.get(tok.text)
        if known is None or tok.i < known[0] or tok.ent_iob_ != "O" or tok.pos_ not in ("PROPN", "NOUN"):
            continue  # (a surname the tagger read as a common noun: "Benning denied that ...")
        if tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN" or tok.i > 0 and doc[tok.i - 1].pos_ == "PROPN":
            continue  # part of another name ("Benning Aviation")
        found.append((tok.idx, tok.idx + len(tok.text), tok.text, known[1], tok))
    found.sort(key=lambda m: m[0])
    doc.user_data["claimpack_person_mentions"] = found
    return found


def _pronoun_antecedent(doc, start: int, content: tuple[int, int]) -> Optional[str]:
    """The person a claimant "he" / "she" at ``start`` stands for: among the persons named in the few
    sentences before it (outside quotations and outside the claim's own content, not of the other gender by
    title or first name: "Mr." / "Ms.", "Tom" / "Laura"), the nearest one that is the subject of its clause,
    else the nearest one."""
    text = doc_text(doc)
    quotes = doc.user_data.get("claimpack_quotes")
    if quotes is None:
        quotes = doc.user_data["claimpack_quotes"] = _quotes(text)
    other_gender = "female" if text[start:start + 2].lower() == "he" else "male"
    cands = [m for m in _person_mentions(doc) if start - _ANTECEDENT_WINDOW <= m[0] and m[1] <= start
             and not content[0] <= m[0] < content[1] and m[3] != other_gender
             and not _is_quoted(text, quotes, (m[0], m[1]))]
    if not cands:
        return None
    subjects = [m for m in cands if _in_subject(m[4])]
    return re.sub(r"['’]s?$", "", (subjects or cands)[-1][2]) or None


def _make_claim(doc, si, f: _Found) -> Claim:
    text = doc_text(doc)
    s, e = f.content
    claimant = ctype = None
    cs = ce = None
    if f.claimant is not None:
        cs, ce = f.claimant
        m = C.DATELINE_PREFIX_RE.match(text[cs:ce]) if cs <= si.start + 2 else None
        if m and ce - cs - m.end() >= 2:
            cs += m.end()  # 'BRUSSELS - European leaders said': the dateline is no part of the claimant
        m = _STATEMENT_BY.match(text[cs:ce])
        if m:
            cs += m.end()  # "A statement by the governor's office said ...": the office speaks
        m = _SEEN_BY.search(text[cs:ce])
        if m and m.start() > 2:
            ce = cs + m.start()  # "a report by a UN group of experts seen by The Associated Press": who saw it
        claimant = text[cs:ce]
        span = doc.char_span(cs, ce, alignment_mode="expand")
        ctype = f.extra.get("ctype") or (claimant_type(span) if span is not None else "other")
        name = _pronoun_antecedent(doc, cs, f.content) if claimant.lower() in _PERSONAL_PRONOUNS else None
        if name is not None:
            claimant, ctype = name, "person"  # the offsets stay on the pronoun: where the source is mentioned
        if f.extra.get("mention"):
            cs, ce = f.extra["mention"]  # a relative pronoun: the claimant is named before it, mentioned here
    via = text[f.via[0]:f.via[1]] if f.via else None
    if si.kind == PARAGRAPH and s <= si.start + 2:
        # 'OUAGADOUGOU, Oct 6 (Reuters) - A ..., according to X': whatever cue found the content (an according-to
        # phrase, a postposed cue), a content that opens its paragraph starts after the dateline
        m = C.DATELINE_PREFIX_RE.match(text[s:e])
        if m and m.end() < e - s - 10:
            s += m.end()
    cue_lemma, cue_span = f.cue_lemma, f.cue_span
    inner = _own_cognition(doc, s, e)
    if inner is not None:
        # "said she suspects that other members made similar trades": the speaker's own belief, stated by the
        # innermost cue, whose clause is the claim
        s, cue_lemma, cue_span = inner
    content = text[s:e]
    status = _status(cue_lemma, _is_future(doc, s, e))
    if status in ("asserted", "reported") and (f.extra.get("estimate") or _ESTIMATE_RE.search(content)):
        status = "estimated"  # 'said the strikes killed an estimated 35 militants': the claimant's figure is an estimate
    if status == "asserted" and f.extra.get("status"):
        status = f.extra["status"]  # a poll's published finding (see _verb_cues)
    if status == "asserted" and via:
        status = "reported"  # "the Times, citing two officials, said X": relayed, as every claim set writes it
    if status in ("asserted", "expected") and cue_lemma not in ("expect", "plan") and _possibility(doc, s, e):
        # "said the study may overstate the role of ocean warming": a possibility put forward; of a time still to
        # come ("residents may return to their villages within two weeks"), an expectation
        status = "expected" if _AHEAD_IN_TIME.search(content) else "suspected"
    if status in ("asserted", "reported") and _believed(doc, s, e):
        status = "suspected"  # "Moscow is also believed to be recruiting fighters, the paper reported"
    negative = cue_lemma in C.NEGATIVE_CUES
    if _content_negated(doc, s, e):
        negative = not negative
    return Claim(s, e, content, min(_sentence_start(text, si), s), max(si.end, e), claimant, cs, ce,
                 ctype or "unspecified", via,
                 text[cue_span[0]:cue_span[1]], cue_span[0], cue_span[1], f.attribution, status,
                 "negative" if negative else "positive")


_OWN_COGNITION = frozenset("suspect believe fear think doubt expect".split())


def _own_cognition(doc, s: int, e: int) -> Optional[tuple[int, str, tuple[int, int]]]:
    """A content opening with the speaker's pronoun and a verb of belief ("she suspects that X"): (where X starts,
    the verb's lemma, its char span); None otherwise."""
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None or len(span) < 4:
        return None
    first, verb = span[0], span.root
    if first.lower_ not in ("he", "she", "they", "we", "i") or first.head.i != verb.i or first.dep_ != "nsubj" or \
            verb.lemma_.lower() not in _OWN_COGNITION or any(c.dep_ == "neg" for c in verb.children):
        return None
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if clause is None:
        return None
    start = clause.left_edge
    if start.dep_ == "mark" and start.lower_ == "that":
        start = doc[start.i + 1]
    if start.idx >= e:
        return None
    return start.idx, verb.lemma_.lower(), (verb.idx, verb.idx + len(verb.text))
