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


def _type_of(nlp, text, fragment):
    return one(claims_of(nlp, text), fragment).claimant_type


def test_a_surname_after_a_party_and_full_name_is_a_person(nlp):
    text = ("Republican Dana Whitlock leads Democrat Marisol Okonkwo-Hart in the race. "
            "Okonkwo-Hart told supporters on Friday that Whitlock had voted against the bridge.")
    assert _type_of(nlp, text, "voted against the bridge") == "person"


def test_the_office_of_an_official_named_with_a_title_is_government(nlp):
    text = ("Rep. Alan Whitmore, a Democrat from Ohio, denied the report. "
            "Whitmore's office said the shares had been sold by a broker.")
    assert _type_of(nlp, text, "sold by a broker") == "government"


def test_documents_are_other_whoever_made_them(nlp):
    assert _type_of(nlp, "Federal Election Commission filings show the campaign raised $4 million in June.",
                    "raised $4 million") == "other"
    assert _type_of(nlp, "A study published on Monday found that the lake had warmed by 2 degrees.",
                    "lake had warmed") == "other"
    # a poll as named is its pollster's
    assert _type_of(nlp, "A Granite Research poll found that 52 percent of voters back the plan.",
                    "52 percent") == "organization"


def test_a_newspaper_named_by_its_title_word_is_media(nlp):
    assert _type_of(nlp, "Outside groups will spend $90 million on the race, the Dayton Courier reported.",
                    "$90 million") == "media"


def test_a_state_s_institute_or_service_is_government(nlp):
    pub = "2026-11-14"
    for text in ("The earthquake struck at a depth of 35 kilometres, the U.S. Geological Survey said.",
                 "The earthquake struck at a depth of 35 kilometres, the National Seismology Institute said.",
                 "The earthquake struck at a depth of 35 kilometres, Chile's Seismological Service said."):
        assert _type_of(nlp, text, "35 kilometres") == "government", text
    # a research body with a nationality adjective is no state's
    assert _type_of(nlp, "Tariffs will cost 200,000 jobs, the American Enterprise Institute said.",
                    "200,000 jobs") != "government"


def test_a_statement_by_a_body_names_the_body(nlp):
    c = one(claims_of(nlp, "A statement by the regional military governor's office said the army had sent "
                           "reinforcements to the area."), "reinforcements")
    assert c.claimant == "the regional military governor's office" and c.claimant_type == "government"


def test_who_saw_a_report_is_no_part_of_its_author(nlp):
    text = ("Rebels control 8,000 square kilometres, according to a confidential report by a UN panel of experts "
            "seen by Reuters.")
    assert one(claims_of(nlp, text), "8,000 square kilometres").claimant == "a UN panel of experts"


def test_a_capital_the_tagger_read_as_a_person_is_its_government(nlp):
    text = ("The claim could not be verified.\n"
            "Kyiv expects Moscow to step up missile strikes on energy facilities as temperatures fall.")
    c = one(claims_of(nlp, text), "step up missile strikes")
    assert (c.claimant, c.claimant_type) == ("Kyiv", "government")


def test_may_puts_forward_a_possibility(nlp):
    c = one(claims_of(nlp, "Dr. Helen Ruiz said the survey may understate the number of nesting pairs."),
            "understate")
    assert c.epistemic_status == "suspected"
    # "could" of a forecast stays expected
    c = one(claims_of(nlp, "The bank said it could cut rates again in January."), "cut rates")
    assert c.epistemic_status == "expected"


def test_the_speaker_s_own_belief_inside_a_report_is_the_claim(nlp):
    c = one(claims_of(nlp, "Sen. Marta Quill said she suspects that other senators sold shares early."),
            "other senators")
    assert (c.text, c.cue, c.epistemic_status) == ("other senators sold shares early", "suspects", "suspected")


def test_another_number_without_its_noun_goes_on_with_the_count(nlp):
    text = "About 2,000 homes were damaged, the housing ministry said. Another 300 were destroyed."
    c = one(claims_of(nlp, text), "Another 300")
    assert c.claimant == "the housing ministry"


def test_a_share_of_the_count_just_reported_goes_on_with_its_source(nlp):
    text = ("Nearly 30,000 people have been displaced since March, according to the refugee agency. "
            "About 40 percent of them are children.")
    assert one(claims_of(nlp, text), "40 percent").claimant == "the refugee agency"
    text = "Sixty percent of voters oppose the plan, according to a Granite Research poll. Only 31 percent support it."
    cs = claims_of(nlp, text)
    assert one(cs, "31 percent").claimant == "Granite Research"  # (the pollster, as for the first sentence)
    assert not [c for c in cs if c.claimant == "Only 31 percent"]  # a share of those polled takes no stance
