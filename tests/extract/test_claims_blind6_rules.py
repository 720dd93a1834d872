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
    assert first.text.endswith("feet of schools") and first.claimant == "the Rocky Mountain Civic Survey"
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


# ------------------------------------------------------------------------------------------------ claimant types

def test_sources_in_an_institution_are_the_institution_s(nlp):
    cs = claims_of(nlp, HEAD + "The Kyiv Independent, citing two sources in the General Staff, reported that "
                               "commanders expect the main attack near Huliaipole.")
    assert one(cs, "main attack").claimant_type == "military"


def test_an_official_of_the_un_is_an_organization_s(nlp):
    cs = claims_of(nlp, HEAD + "A U.N. official said drone strikes had killed more than 400 civilians since January.")
    assert one(cs, "drone strikes").claimant_type == "organization"
    cs = claims_of(nlp, HEAD + "Western officials believe Russia is likely to target the city with glide bombs.")
    assert one(cs, "glide bombs").claimant_type == "unspecified"


def test_a_bureau_of_a_state_is_a_government(nlp):
    cs = claims_of(nlp, HEAD + "According to the Bureau of Labor Statistics, Michigan had about 617,000 manufacturing "
                               "jobs in June.")
    assert one(cs, "617,000").claimant_type == "government"


def test_data_are_a_record_that_reports(nlp):
    cs = claims_of(nlp, HEAD + "Data from the Michigan Economic Development Corporation show that about 23,000 such "
                               "jobs have been announced since 2021.")
    c = one(cs, "23,000")
    assert (c.claimant_type, c.epistemic_status) == ("other", "reported")


def test_a_poll_is_its_pollster_s_named_or_not(nlp):
    cs = claims_of(nlp, HEAD + "Support was highest in the Denver metro area, at 61 percent, the poll found.")
    assert one(cs, "61 percent").claimant_type == "organization"


def test_a_one_word_name_introduced_as_a_company(nlp):
    cs = claims_of(nlp, HEAD + "German chemicals company Rheinwerk plans to cut 2,000 jobs, the newspaper Handelsblatt "
                               "reported. Rheinwerk said its net loss widened to €410 million in the third quarter.")
    assert one(cs, "net loss").claimant_type == "organization"


def test_a_cue_the_tagger_read_as_a_noun_after_a_plural_subject(nlp):
    cs = claims_of(nlp, HEAD + "Economists at Goldline Bank estimate that the tariffs would add about $1,300 a year to "
                               "the average household's costs.")
    c = one(cs, "$1,300")
    assert (c.claimant, c.epistemic_status) == ("Economists at Goldline Bank", "estimated")


# ------------------------------------------------------------------------------------------------ status

def test_a_hedge_on_a_time_to_come_is_an_expectation(nlp):
    cs = claims_of(nlp, HEAD + "The county commissioner said displaced residents may return to their villages within "
                               "two weeks.")
    assert one(cs, "may return").epistemic_status == "expected"
    cs = claims_of(nlp, HEAD + "A coral biologist said aerial surveys might overstate the damage.")
    assert one(cs, "might overstate").epistemic_status == "suspected"
    cs = claims_of(nlp, HEAD + "Interior Minister Rodrigo Salas told reporters the toll was likely to rise.")
    assert one(cs, "toll was likely").epistemic_status == "expected"


# ------------------------------------------------------------------------------------------------ propositions

def test_a_conjunct_with_a_modal_of_its_own_is_a_claim_of_its_own(nlp):
    cs = claims_of(nlp, HEAD + "Russia has moved up to 50,000 troops to the front since August and could launch a new "
                               "offensive as early as October, Ukraine's military intelligence agency said.")
    first, second = one(cs, "50,000 troops"), one(cs, "could launch")
    assert first is not second and (first.epistemic_status, second.epistemic_status) == ("asserted", "expected")
    assert second.text == "could launch a new offensive as early as October"


def test_the_writers_two_clauses_joined_by_comma_and_are_two_claims(nlp):
    cs = claims_of(nlp, HEAD + "Fighting between the army and the rebels has closed the main roads into the state since "
                               "June, and river transport from Sittwe has been suspended.")
    assert [c.text for c in cs] == ["Fighting between the army and the rebels has closed the main roads into the state "
                                    "since June", "river transport from Sittwe has been suspended"]
    assert [c.text for c in claims_of(nlp, HEAD + "Prices rose and sales fell in March.")] == [
        "Prices rose and sales fell in March"]


def test_a_fronted_according_to_ends_at_its_comma(nlp):
    cs = claims_of(nlp, HEAD + "Troops destroyed four camps.\nAccording to the command's intelligence assessment, between "
                               "150 and 200 fighters remain in the forest. Most of them are foreign recruits.")
    assert one(cs, "fighters").text == "between 150 and 200 fighters remain in the forest"
    cs = claims_of(nlp, HEAD + "According to the ministry, which monitors the border, 300 people crossed on Friday.")
    assert one(cs, "300 people").text == "300 people crossed on Friday"


def test_a_negated_check_of_a_thing_is_no_claim_of_its_own(nlp):
    cs = claims_of(nlp, HEAD + "Reuters could not independently verify the accounts.")
    assert [(c.text, c.attribution) for c in cs] == [("Reuters could not independently verify the accounts",
                                                      "author")]


# ------------------------------------------------------------------------------------------------ from claims-blind-7

def test_a_claim_disputed_by_others_stays_its_holder_s(nlp):
    cs = claims_of(nlp, HEAD + "The alliance's claim that the ban would halt most new drilling in the state has been "
                               "disputed by researchers at Colorado State University.")
    c = one(cs, "the ban would halt")
    assert (c.text, c.claimant, c.epistemic_status) == ("the ban would halt most new drilling in the state",
                                                       "The alliance", "alleged")
    assert all(x.attribution != "author" for x in cs)


def test_a_poll_released_by_a_pollster_is_the_pollster_s(nlp):
    cs = claims_of(nlp, HEAD + "A poll released last week by Atlanta Civic Research found that Whitaker leads by 4 "
                               "points among likely voters.")
    assert one(cs, "Whitaker leads").claimant == "Atlanta Civic Research"


def test_a_name_described_as_a_company_is_an_organization(nlp):
    cs = claims_of(nlp, HEAD + "Aerovia Brasil, the country's third-largest airline, said on Wednesday that it had a "
                               "net loss of R$312 million in the first quarter.")
    assert one(cs, "net loss").claimant_type == "organization"
    # a person described by her post at a body stays a person
    cs = claims_of(nlp, HEAD + "“Families are sleeping in basements,” said Marta Lindqvist, the agency's head of "
                               "office in southern Ukraine.")
    assert one(cs, "basements").claimant_type == "person"


def test_a_unit_of_a_body_is_the_body_s(nlp):
    cs = claims_of(nlp, HEAD + "According to the mission's human rights division, at least 46 civilians have been "
                               "killed in the fighting.")
    assert one(cs, "46 civilians").claimant_type == "organization"


def test_an_agency_official_is_a_government_s(nlp):
    cs = claims_of(nlp, HEAD + "The aviation agency is short of about 3,000 controllers, a senior agency official told "
                               "senators on Wednesday.")
    assert one(cs, "3,000 controllers").claimant_type == "government"


def test_a_national_office_for_a_task_is_a_government(nlp):
    cs = claims_of(nlp, HEAD + "At least 19 people have died, according to the National Office for Risk and Disaster "
                               "Management.")
    assert one(cs, "19 people").claimant_type == "government"


def test_a_hedge_under_a_condition_is_an_expectation(nlp):
    cs = claims_of(nlp, HEAD + "The aid group warned that convoys might have to stop if gangs cut the main road.")
    assert one(cs, "convoys might").epistemic_status == "expected"


def test_a_reply_fired_back_before_its_quotation(nlp):
    cs = claims_of(nlp, HEAD + "Whitaker fired back: “I never raised a single tax as commissioner. The tax rate fell "
                               "from 2.7 percent to 2.1 percent while I was in office.”")
    assert [(c.claimant, c.attribution) for c in cs] == [("Whitaker", "direct_quote")] * 2
    # without a quotation it is no cue
    assert one(claims_of(nlp, HEAD + "The army fired back at the gunmen."), "fired back").attribution == "author"
