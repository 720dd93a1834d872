"""Rules found on the claims-blind-10 and -11 fixtures (first scored at ed9b0bf and 85edd6b): chains and speakers
the parser hung elsewhere, questions, stances that describe a claimant, a request for comment; each on an
invented text of its own."""
from __future__ import annotations

from claims_helpers import claims_of, one

HEAD = "Headline of the story\n"


# ------------------------------------------------------------------------------------------------ who said it

def test_a_chain_with_a_time_before_its_clause_names_the_cited_source(nlp):
    cs = claims_of(nlp, HEAD + "Axios, citing four congressional aides, reported on Friday that the bill had been "
                               "delayed until spring.")
    c = one(cs, "the bill had been delayed")
    assert (c.claimant, c.via, c.attribution) == ("four congressional aides", "Axios", "indirect")


def test_a_role_and_a_name_before_a_closing_said_speak(nlp):
    # the parser hangs "his spokesman, Tom Reed" on the content, and "said" has no subject
    cs = claims_of(nlp, HEAD + "Kessler has never visited the plant in Marshall, his spokesman, Tom Reed, said.")
    c = one(cs, "Kessler has never visited")
    assert (c.claimant, c.cue, c.attribution) == ("Tom Reed", "said", "indirect")
    assert c.text == "Kessler has never visited the plant in Marshall"
    cs = claims_of(nlp, HEAD + "Dalton never backed the pipeline in Ohio, her aide, Irene Vance, said.")
    assert one(cs, "Dalton never backed").claimant == "Irene Vance"


# ------------------------------------------------------------------------------------------------ not claims

def test_a_question_asked_is_no_claim_nor_the_authors(nlp):
    assert claims_of(nlp, HEAD + "A reporter asked whether the governor had spoken with the union since the "
                                 "strike began.") == []
    assert claims_of(nlp, HEAD + "“Why did nobody read the inspection reports?” Senator Ruth Galloway asked.") == []


def test_a_quotation_keeps_its_statements_and_drops_its_question(nlp):
    cs = claims_of(nlp, HEAD + "“Families were boiling snow for water. Where was the state?” Rep. Owen Marsh asked.")
    assert [c.text for c in cs] == ["Families were boiling snow for water"]
    assert cs[0].claimant.endswith("Owen Marsh")


def test_a_stance_that_describes_the_claimant_is_no_claim(nlp):
    cs = claims_of(nlp, HEAD + "State Sen. Maria Ocampo, who is seeking the open seat, said the mill had added 60 "
                               "jobs.")
    assert [c.text for c in cs] == ["the mill had added 60 jobs"]
    cs = claims_of(nlp, HEAD + "The Ohio Farm Alliance, which opposes the levy, said it would cost each farm $900.")
    assert [c.text for c in cs] == ["it would cost each farm $900"]


def test_no_response_to_a_request_for_comment_is_the_writers(nlp):
    cs = claims_of(nlp, HEAD + "The governor's office did not respond to a request for comment on Monday.")
    assert [(c.text, c.attribution) for c in cs] == [
        ("The governor's office did not respond to a request for comment on Monday", "author")]


# ------------------------------------------------------------------------------------------------ propositions, status

def test_a_fact_and_a_prospect_joined_under_one_cue_are_two_claims(nlp):
    cs = claims_of(nlp, HEAD + "The rebels have massed about 3,000 fighters near Kindu and are likely to attack "
                               "within days, the army said on Monday.")
    assert [(c.text, c.epistemic_status) for c in cs] == [
        ("The rebels have massed about 3,000 fighters near Kindu", "asserted"),
        ("are likely to attack within days", "expected")]


def test_likely_on_a_state_gone_by_is_a_suspicion(nlp):
    c = one(claims_of(nlp, HEAD + "Analysts at the institute said the army likely lacked fuel for a long push."),
            "the army likely lacked")
    assert c.epistemic_status == "suspected"


def test_a_belief_in_the_passive_inside_a_report_is_a_suspicion(nlp):
    c = one(claims_of(nlp, HEAD + "The militia is also believed to be training recruits near Goma, Radio Okapi "
                                  "reported."), "The militia is also believed")
    assert (c.claimant, c.epistemic_status) == ("Radio Okapi", "suspected")


def test_no_one_hurt_after_a_report_continues_it(nlp):
    cs = claims_of(nlp, HEAD + "The mission said three convoys were shot at near Bunia. No drivers were injured.")
    c = one(cs, "No drivers were injured")
    assert (c.claimant, c.polarity) == ("The mission", "negative")


# ------------------------------------------------------------------------------------------------ claims-blind-12, -13

def test_what_was_not_said_is_the_writers_alone(nlp):
    cs = claims_of(nlp, HEAD + "The company did not say when the new line would open.")
    assert [(c.text, c.attribution, c.polarity) for c in cs] == [
        ("The company did not say when the new line would open", "author", "negative")]
    cs = claims_of(nlp, HEAD + "The embassy declined to comment.")
    assert [(c.text, c.attribution) for c in cs] == [("The embassy declined to comment", "author")]


def test_an_order_in_a_quotation_is_no_claim(nlp):
    cs = claims_of(nlp, HEAD + "“The water will rise by noon,” Mayor Ana Ruiz said. “Do not wait for the sirens.”")
    assert [c.text for c in cs] == ["The water will rise by noon"]
    # an appeal that carries a statement is one
    cs = claims_of(nlp, HEAD + "“Let everyone know that the border will stay open,” the minister said.")
    assert len(cs) == 1


def test_an_attorney_general_is_no_officer(nlp):
    cs = claims_of(nlp, HEAD + "Ohio Attorney General Dale Pruitt said the state would appeal the ruling. He denied "
                               "that lawmakers had considered race when they drew the map.")
    assert [c.claimant_type for c in cs] == ["person", "person"]


def test_a_dateline_with_a_country_of_several_words_is_no_claim(nlp):
    cs = claims_of(nlp, HEAD + "BUKAVU, Democratic Republic of Congo, May 2, 2027\nThe army said it had retaken "
                               "Kavumu.")
    assert [c.text for c in cs] == ["it had retaken Kavumu"]


def test_a_closing_survey_shows_relays_its_finding(nlp):
    cs = claims_of(nlp, HEAD + "The two candidates are tied at 44 percent each in the race for mayor, a Lakeshore "
                               "Polling survey released on Monday shows.")
    c = one(cs, "The two candidates are tied")
    assert (c.claimant, c.epistemic_status) == ("a Lakeshore Polling survey", "reported")
    cs = claims_of(nlp, HEAD + "Only two of the 30 largest lenders in the state have sought cuts that deep, the "
                               "regulator's records show.")
    assert [(c.text.split(",")[0], c.claimant) for c in cs] == [
        ("Only two of the 30 largest lenders in the state have sought cuts that deep", "the regulator's records")]


# ------------------------------------------------------------------------------------------------ claims-blind-14, -15

def test_said_and_denied_that_are_two_statements(nlp):
    cs = claims_of(nlp, HEAD + "Spokesman Li Wen said the exercise complied with international law and denied that "
                               "it was aimed at any country.")
    assert [(c.text, c.epistemic_status, c.polarity) for c in cs] == [
        ("the exercise complied with international law", "asserted", "positive"),
        ("it was aimed at any country", "denied", "negative")]


def test_most_of_those_just_counted_continues_the_report(nlp):
    cs = claims_of(nlp, HEAD + "More than 8,000 refugees reached the camp last week, the agency said. Most are "
                               "women and children.")
    assert one(cs, "Most are women").claimant == "the agency"
    cs = claims_of(nlp, HEAD + "About 12,000 people have arrived in the camp this month, according to the aid group. "
                               "Most of the newly arrived are women and children.")
    assert one(cs, "Most of the newly arrived").claimant == "the aid group"


def test_likely_on_a_predicate_is_a_suspicion(nlp):
    c = one(claims_of(nlp, HEAD + "Senator Ruth Cole said in a statement that the real cost was likely closer to $3 "
                                  "billion."), "the real cost")
    assert c.epistemic_status == "suspected"
