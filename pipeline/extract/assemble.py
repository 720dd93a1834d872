"""Link what the layers found to the claims: which claim each quantity, time and mention belongs to, and its role."""
from __future__ import annotations

import re
from typing import Optional, Sequence

from pipeline.extract.nlp import doc_text
from pipeline.records import Claim, Extraction, Mention, Quantity, TimeExpr

_ORIGIN = re.compile(r"\b(?:from|out of)\s+(?:the\s+)?$", re.I)
_DESTINATION = re.compile(r"\b(?:to|into|towards?)\s+(?:the\s+)?$", re.I)
_LOCATION = re.compile(r"\b(?:in|at|near|inside|across|within|outside)\s+(?:the\s+)?(?:\w+\s+)?$", re.I)
_PLACE_TYPES = {"country", "place"}


def _inside(start: int, end: int, outer_start: int, outer_end: int) -> bool:
    return outer_start <= start and end <= outer_end


def _claim_for(start: int, end: int, claims: Sequence[Claim]) -> tuple[Optional[int], bool]:
    """The claim whose content holds [start, end) (True), else one whose sentence does (False), else None."""
    for i, c in enumerate(claims):
        if _inside(start, end, c.char_start, c.char_end):
            return i, True
    in_sentence = [i for i, c in enumerate(claims) if _inside(start, end, c.sentence_start, c.sentence_end)]
    if not in_sentence:
        return None, False
    # A time or place outside every content span in the sentence governs the claim whose cue is nearest.
    def distance(i: int) -> int:
        c = claims[i]
        anchor = c.cue_start if c.cue_start is not None else c.char_start
        return abs(anchor - start)

    return min(in_sentence, key=distance), False


def _mention_role(text: str, m: Mention, claim: Claim, in_content: bool) -> str:
    if claim.claimant_start is not None and _inside(m.char_start, m.char_end, claim.claimant_start,
                                                    claim.claimant_end or claim.claimant_start):
        return "claimant"
    if m.entity_type in _PLACE_TYPES:
        before = text[max(claim.sentence_start, m.char_start - 30):m.char_start]
        if _ORIGIN.search(before):
            return "origin"
        if _DESTINATION.search(before):
            return "destination"
        if _LOCATION.search(before):
            return "location"
    return "subject" if in_content else "other"


def assemble(doc, claims: list[Claim], quantities: list[Quantity], times: list[TimeExpr],
             mentions: list[Mention]) -> Extraction:
    """Attach each quantity, time and mention to the claim it belongs to and set its role."""
    text = doc_text(doc)
    ex = Extraction(claims=claims, quantities=quantities, times=times, mentions=mentions)
    ex.quantity_claim = []
    for q in quantities:
        idx, in_content = _claim_for(q.char_start, q.char_end, claims)
        ex.quantity_claim.append(idx if in_content else None)
    ex.time_claim = []
    for t in times:
        idx, in_content = _claim_for(t.char_start, t.char_end, claims)
        ex.time_claim.append(idx)
        t.role = None if idx is None else ("event" if in_content else "statement")
    ex.mention_claim = []
    for m in mentions:
        # a mention belongs to the claim whose content names it: the claim's places and subjects (CLAIMS-GUIDE.md,
        # the seed). The claimant's own mention ("Ukrainian intelligence said ...") and its description ("Carmen
        # Ruiz, a farmer in Jaén, said") name the source, not what the claim is about: no claim, role "claimant" /
        # "other" (claims.claimant_entity_id links the claimant)
        idx, in_content = _claim_for(m.char_start, m.char_end, claims)
        ex.mention_claim.append(idx if in_content else None)
        if idx is not None:
            m.role = _mention_role(text, m, claims[idx], in_content)
            if not in_content and m.role != "claimant":
                m.role = "other"
    _claimants_for_unplaced(ex)
    return ex


def _claimants_for_unplaced(ex: Extraction) -> None:
    """A claim whose content names only places of no known country ("the fire off the island of Bornholm", said
    the Danish police) is placed by its claimant's country: its claimant's mentions are linked to it."""
    for i, c in enumerate(ex.claims):
        linked = [m for m, ci in zip(ex.mentions, ex.mention_claim) if ci == i]
        if not any(m.entity_type == "place" and not m.country_code for m in linked) or \
                any(m.country_code for m in linked):
            continue
        for k, m in enumerate(ex.mentions):
            if ex.mention_claim[k] is None and m.role == "claimant" and m.country_code and \
                    c.claimant_start is not None and c.claimant_start <= m.char_start < (c.claimant_end or 0):
                ex.mention_claim[k] = i
