"""Rules found on the claims-blind-4 fixture (first scored at d40f154), each on an invented text of its own."""
from __future__ import annotations

from claims_helpers import claims_of, one
from entity_helpers import mentions_of


def test_a_headline_without_a_cue_is_no_claim(nlp):
    text = ("Magnitude 6.1 earthquake strikes northern Chile\n"
            "An earthquake of magnitude 6.1 struck the Antofagasta region at 2:10 a.m., the seismological centre said.")
    cs = claims_of(nlp, text)
    assert [c.text for c in cs] == ["An earthquake of magnitude 6.1 struck the Antofagasta region at 2:10 a.m"]


def test_a_place_before_a_colon_in_a_headline_is_a_label_not_a_speaker(nlp):
    text = ("Northern Mali: WFP expands food deliveries as displacement grows\n"
            "More than 40,000 people have fled their homes since March, the World Food Programme said on Tuesday.")
    cs = claims_of(nlp, text)
    assert [c.claimant for c in cs] == ["the World Food Programme"]


def test_a_dateline_with_the_day_before_the_month_is_no_part_of_the_claim(nlp):
    text = ("Aid agencies warn of cholera risk in camps\n"
            "NAIROBI/GENEVA, 14 May 2025 – More than 30,000 people are living in flooded camps, the agency said.")
    c = one(claims_of(nlp, text), "30,000 people")
    assert c.text == "More than 30,000 people are living in flooded camps"


def test_a_claim_relayed_through_a_chain_is_reported(nlp):
    text = "The Daily Courier, citing two senior officials, said the plant would close in March."
    c = one(claims_of(nlp, text), "plant would close")
    assert c.via == "The Daily Courier" and c.epistemic_status == "expected"
    text = "The Daily Courier, citing two senior officials, said the plant had lost money for years."
    c = one(claims_of(nlp, text), "plant had lost money")
    assert c.via == "The Daily Courier" and c.epistemic_status == "reported"


def test_congo_alone_is_the_democratic_republic(nlp):
    ms = mentions_of(nlp, "Rebels seized two towns in eastern Congo, and the Republic of Congo closed its border.")
    codes = {m.text: m.country_code for m in ms if m.entity_type == "country"}
    assert codes == {"Congo": "COD", "the Republic of Congo": "COG"}
