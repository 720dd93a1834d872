"""Rules found on the claims-blind-5 and -6 fixtures (first scored at dfb668d and ad54561), each on an invented text of
its own."""
from __future__ import annotations

from claims_helpers import claims_of, one

HEAD = "Headline of the story\n"


# ------------------------------------------------------------------------------------------------ carried reports

def test_a_figure_after_a_report_goes_on_with_its_source(nlp):
    cs = claims_of(nlp, HEAD + "Rheinwerk said its net loss widened to €410 million in the third quarter. "
                               "Sales fell 7 percent to €4.8 billion.")
    sales = one(cs, "Sales fell")
    assert (sales.claimant, sales.attribution) == ("Rheinwerk", "indirect")
    # a postposed cue too
    cs = claims_of(nlp, HEAD + "Support was highest in the north, at 61 percent, the poll found. In the south, only 34 "
                               "percent back the measure.")
    south = one(cs, "only 34 percent")
    assert (south.claimant, south.epistemic_status) == ("the poll", "reported")


def test_the_writers_word_on_a_report_is_no_part_of_it(nlp):
    cs = claims_of(nlp, HEAD + "The army said the strikes killed 12 fighters on Monday. The rebels did not comment on "
                               "the 12 deaths.")
    assert one(cs, "did not comment").attribution == "author"
    cs = claims_of(nlp, HEAD + "The agency expects to reach 12 million people in March. Donors have funded only 23 "
                               "percent of the agency's appeal.")
    assert one(cs, "Donors have funded").attribution == "author"


def test_a_sentence_before_another_source_is_not_carried_on(nlp):
    cs = claims_of(nlp, HEAD + "Stumpf said on Tuesday that the lowest-paid workers make $12 an hour. Those who lost "
                               "their jobs were making $35,000 a year. Bonuses were $500 to $2,000 every three months, "
                               "The Wall Street Journal reports.")
    assert one(cs, "Those who lost").attribution == "author"
    # the same source taken up again is no other
    cs = claims_of(nlp, HEAD + "At least 27 people have died in the wildfires, the disaster agency Senapred said on "
                               "Monday. More than 1,600 homes have been destroyed. About 9,000 hectares have burned, "
                               "the agency said.")
    assert one(cs, "1,600 homes").claimant == "Senapred"


def test_a_closing_cue_the_parser_hung_on_a_noun(nlp):
    text = HEAD + ("DENVER — Fifty-two percent of likely voters support a ballot measure that would ban new wells within "
                   "2,000 feet of schools, a poll by the Rocky Mountain Civic Survey found. Thirty-nine percent oppose "
                   "it.")
    cs = claims_of(nlp, text)
    first = one(cs, "Fifty-two percent")
    assert first.text.endswith("feet of schools") and first.claimant == "a poll by the Rocky Mountain Civic Survey"
    assert (first.claimant_type, first.epistemic_status) == ("organization", "reported")
    second = one(cs, "Thirty-nine percent")
    assert (second.claimant, second.epistemic_status) == (first.claimant, "reported")


# ------------------------------------------------------------------------------------------------ pronouns

def test_they_is_the_group_named_last(nlp):
    cs = claims_of(nlp, HEAD + "A drone strike killed at least 31 people on Monday, three residents and a health "
                               "worker told Reuters. The strike hit the market as traders set up their stalls, they "
                               "said.")
    assert one(cs, "traders set up").claimant == "three residents and a health worker"
    cs = claims_of(nlp, HEAD + "Researchers from James Cook University surveyed 212 reefs. They estimate that 20 "
                               "percent of the corals have died.")
    c = one(cs, "20 percent of the corals")
    assert (c.claimant, c.claimant_type) == ("Researchers from James Cook University", "organization")


def test_it_is_no_group_of_people(nlp):
    cs = claims_of(nlp, HEAD + "The broadcaster reported, citing regional health officials, that 50 people were "
                               "treated. The government's communication service denied that civilians had been "
                               "targeted. The strike hit a militia post, it said in a statement.")
    c = one(cs, "militia post")
    assert (c.claimant, c.claimant_type) == ("The government's communication service", "government")


def test_prosecutors_opening_a_sentence_are_a_government_s(nlp):
    cs = claims_of(nlp, HEAD + "Prosecutors allege that the man started a blaze with a flare on Friday.")
    assert one(cs, "started a blaze").claimant_type == "government"
