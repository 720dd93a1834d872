"""Claims and attribution, the phenomena left open by the fourth blind fixture batch (invented sentences)."""
from __future__ import annotations

from claims_helpers import claims_of, one


def test_a_military_coalition_is_military(nlp):
    # the article names the coalition with what armies do ("Coalition jets"): its officials and itself are military
    text = ("Coalition jets bombed depots in the north\n"
            "Allied aircraft struck four fuel depots near Mosul on Friday, Coalition officials said.\n"
            "The coalition expects local forces to take over the checkpoints in the spring.")
    cs = claims_of(nlp, text)
    assert one(cs, "fuel depots").claimant_type == "military"
    c = one(cs, "checkpoints")
    assert (c.claimant, c.claimant_type) == ("The coalition", "military")
    # a governing coalition is none
    cs = claims_of(nlp, "The ruling coalition said the budget vote would be held in May.")
    assert one(cs, "budget vote").claimant_type != "military"


def test_a_company_described_by_its_apposition(nlp):
    # a two-word name the tagger takes for a place (no person), described as "Peru's largest zinc producer"
    text = ("Zinc producer cuts output\n"
            "Sierra Cobre, Peru's largest zinc producer, said on Monday that its output fell 9% in the second quarter.")
    c = one(claims_of(nlp, text), "output fell")
    assert (c.claimant, c.claimant_type) == ("Sierra Cobre", "organization")


def test_analysts_at_a_firm_read_as_a_compound_of_the_verb(nlp):
    # "Bogota-based Monte Capital estimate": the tagger hangs the firm on the verb; the claimant is the whole phrase
    cs = claims_of(nlp, "Analysts at Bogota-based Monte Capital estimate that the cuts could save the group $120 "
                        "million by 2030.")
    c = one(cs, "cuts could save")
    assert (c.claimant, c.claimant_type) == ("Analysts at Bogota-based Monte Capital", "organization")


def test_an_office_of_a_public_official_is_government(nlp):
    # (the tagger reads "state" as an organisation's name here)
    c = one(claims_of(nlp, "More than 900,000 Virginians have already cast ballots, according to the secretary of "
                           "state's office."), "Virginians")
    assert (c.claimant, c.claimant_type) == ("the secretary of state's office", "government")


def test_officials_of_a_public_function_are_government(nlp):
    c = one(claims_of(nlp, "Transport officials fear that the bridge will need to close for repairs."), "bridge")
    assert c.claimant_type == "government"
    # officials without a function or institution stay unspecified
    c = one(claims_of(nlp, "Local officials fear that the bridge will need to close for repairs."), "bridge")
    assert c.claimant_type == "unspecified"


def test_expectation_in_the_past_and_in_the_passive(nlp):
    text = "The carrier said in a statement that it expected to restart flights to the island in the spring."
    c = one(claims_of(nlp, text), "restart flights")
    assert c.epistemic_status == "expected"
    c = one(claims_of(nlp, "Strong winds are expected along the coast tonight, the weather service said."), "winds")
    assert c.epistemic_status == "expected"


def test_a_scheduled_date_in_the_present_is_expected(nlp):
    text = "Voters in the district head to the polls next month.\nThe runoff is Dec. 14."
    c = one(claims_of(nlp, text), "runoff")
    assert (c.attribution, c.epistemic_status) == ("author", "expected")


def test_the_next_sentence_details_what_the_report_counted(nlp):
    # "The depots" takes up "four fuel depots": the officials' report goes on
    text = ("Jets bombed depots in the north\n"
            "Allied aircraft struck four fuel depots near Mosul on Friday, military officials said.\n"
            "The depots held about 2,000 barrels of diesel.")
    c = one(claims_of(nlp, text), "barrels")
    assert (c.claimant, c.cue) == ("military officials", "said")
    # "Another N" goes on with a count
    text = ("Storm hits the coast\n"
            "The storm has destroyed at least 120 homes along the coast, the regional civil protection agency said.\n"
            "Another 40 homes are damaged. Roads remain closed, the agency said.")
    c = one(claims_of(nlp, text), "Another 40")
    assert c.claimant == "the regional civil protection agency" and c.attribution == "indirect"
    # a sentence about something else stays the author's
    text = ("Storm hits the coast\n"
            "The storm has destroyed at least 120 homes along the coast, the regional civil protection agency said.\n"
            "The region has a population of about 900,000 people.")
    c = one(claims_of(nlp, text), "population")
    assert c.attribution == "author"


def test_a_demand_in_a_statement_is_no_claim_of_its_object(nlp):
    # a government's statement in the present: the demand is the author's sentence, not an assertion of its object
    text = "Canada calls on both parties to release all detainees and to reopen the border crossings."
    cs = claims_of(nlp, text)
    assert len(cs) == 1 and cs[0].attribution == "author"
    # a demand in news about a person stays a report
    cs = claims_of(nlp, "Last week, the governor called on the legislature to fund the new clinics.")
    assert one(cs, "fund the new clinics").claimant == "the governor" or any(
        c.claimant == "the governor" for c in cs)
