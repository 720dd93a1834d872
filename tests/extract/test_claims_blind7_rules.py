"""Rules found on the claims-blind-7 and -8 fixtures (first scored at 1bfc047 and later), each on an invented text of
its own."""
from __future__ import annotations

from claims_helpers import claims_of, one

from pipeline.extract.first_names import first_name_gender

HEAD = "Headline of the story\n"


# ------------------------------------------------------------------------------------------------ he and she

def test_a_first_name_has_the_gender_the_census_lists_give_it():
    assert first_name_gender("Laura Benning") == "female"
    assert first_name_gender("Tom Hadley") == "male"
    # shared or unlisted names rule nobody out
    assert first_name_gender("Jordan Reyes") is None
    assert first_name_gender("Issouf Compaoré") is None
    assert first_name_gender("") is None


def test_she_is_not_the_man_named_last_but_the_woman_named_by_her_surname(nlp):
    cs = claims_of(nlp, HEAD + "Deputy Administrator Laura Benning said the agency had hired 1,800 controllers. "
                               "Sen. Tom Hadley accused the agency of ignoring warnings. Benning denied that the "
                               "shortage had made flying less safe. She said delays were likely to get worse.")
    assert one(cs, "delays were likely").claimant == "Benning"
    assert one(cs, "the shortage had made").claimant == "Benning"


def test_he_skips_a_woman_named_by_her_first_name(nlp):
    cs = claims_of(nlp, HEAD + "Mayor Daniel Okafor said the bridge would reopen in May. Councilwoman Angela Ruiz "
                               "questioned the plan. He said the repairs would cost $4 million.")
    assert one(cs, "the repairs would cost").claimant == "Daniel Okafor"


# ------------------------------------------------------------------------------------------------ not claims

def test_a_dateline_with_its_place_on_a_line_of_its_own_is_no_claim(nlp):
    cs = claims_of(nlp, HEAD + "GOMA, 12 March 2026\nThe mission said 40 families had returned to Sake.")
    assert [c.text for c in cs] == ["40 families had returned to Sake"]


def test_greetings_thanks_and_blessings_are_no_claims(nlp):
    cs = claims_of(nlp, HEAD + "“God bless Ohio,” Marsh told supporters after the rally. “Thank you for coming "
                               "tonight,” she said.")
    assert cs == []
    # "thanks to" gives a reason
    cs = claims_of(nlp, HEAD + "“Thanks to the new pumps, the town stayed dry,” the mayor said.")
    assert one(cs, "the town stayed dry").claimant == "the mayor"


def test_what_a_news_agency_could_not_confirm_is_the_writers_word(nlp):
    cs = claims_of(nlp, HEAD + "The army said 12 soldiers died. The AP could not independently confirm the death toll.")
    check = one(cs, "could not independently confirm")
    assert (check.attribution, check.polarity) == ("author", "negative")
    assert not any(c.text == "the death toll" for c in cs)


# ------------------------------------------------------------------------------------------------ quotations

def test_a_quotation_resumed_with_and_after_its_cue_is_a_second_claim(nlp):
    cs = claims_of(nlp, HEAD + "“The rebels are attacking in small groups,” said Ivan Petrenko, a spokesman for "
                               "the brigade, “and our drones are stopping most of them before they reach the river.”")
    assert one(cs, "our drones are stopping").text.startswith("our drones")
    assert one(cs, "our drones are stopping").claimant == "Ivan Petrenko"
    assert one(cs, "The rebels are attacking").text == "The rebels are attacking in small groups"


def test_a_quoted_sentence_of_where_someone_was_is_a_claim_of_its_own(nlp):
    cs = claims_of(nlp, HEAD + "Testifying before the committee, Marsh said: “Our crews were on the ground before "
                               "the storm made landfall. We sent more people than for any storm since 2017.”")
    assert one(cs, "Our crews were on the ground").text == \
        "Our crews were on the ground before the storm made landfall"
    assert one(cs, "We sent more people").claimant == "Marsh"


# ------------------------------------------------------------------------------------------------ claimants

def test_a_role_named_before_its_holder_is_the_holder(nlp):
    cs = claims_of(nlp, HEAD + "“Our troops are guarding the camp,” said the Force Commander, Major General Amina "
                               "Diallo.")
    assert (one(cs, "Our troops").claimant, one(cs, "Our troops").claimant_type) == ("Amina Diallo", "person")


def test_an_intelligence_service_cited_is_the_source_and_the_magazine_relays_it(nlp):
    cs = claims_of(nlp, HEAD + "The German magazine Der Spiegel, citing Germany's BND intelligence service, reported "
                               "that Russia had moved 20 launchers closer to the border.")
    assert [c.text for c in cs] == ["Russia had moved 20 launchers closer to the border"]
    assert (cs[0].claimant, cs[0].via) == ("Germany's BND intelligence service", "Der Spiegel")


def test_the_month_of_a_report_is_no_one_who_speaks(nlp):
    cs = claims_of(nlp, HEAD + "The Government Accountability Office warned in a July report that the agency's "
                               "relief fund could run out of money before the end of October.")
    assert one(cs, "relief fund").claimant == "The Government Accountability Office"


def test_the_officials_are_of_the_kind_described_before(nlp):
    cs = claims_of(nlp, HEAD + "Fighters ambushed a convoy on Tuesday, killing 30 soldiers, two Malian military "
                               "officials told reporters. The officials said the convoy had been carrying fuel.")
    assert one(cs, "carrying fuel").claimant_type == "military"


# ------------------------------------------------------------------------------------------------ status, polarity

def test_reportedly_is_the_writer_relaying_others(nlp):
    cs = claims_of(nlp, HEAD + "A glide bomb reportedly hit a hospital in Vovchansk on Wednesday.")
    assert (one(cs, "glide bomb").attribution, one(cs, "glide bomb").epistemic_status) == ("author", "reported")


def test_a_present_tense_start_on_a_date_is_expected(nlp):
    cs = claims_of(nlp, HEAD + "Early voting in Ohio begins on Oct. 15.")
    assert one(cs, "Early voting").epistemic_status == "expected"


def test_a_record_that_shows_no_such_thing_is_negative(nlp):
    cs = claims_of(nlp, HEAD + "Okafor said she had always defended Medicare. Records from the state Senate show no "
                               "vote by Okafor on any Medicare bill during her six years in office.")
    assert one(cs, "no vote by Okafor").polarity == "negative"


# ------------------------------------------------------------------------------------------------ claims-blind-9

def test_a_quotation_resumed_with_and_around_a_fronted_cue_is_two_claims(nlp):
    cs = claims_of(nlp, HEAD + "“The camp was used to train recruits,” Defence Minister Ana Ruiz said in Popayán, “and "
                               "the troops seized 40 rifles there.”")
    assert [c.text for c in cs] == ["The camp was used to train recruits", "the troops seized 40 rifles there"]
    # an infinitive resumed after the cue is no clause of its own
    cs = claims_of(nlp, HEAD + "“What we owe the miners is to be honest with them,” Mr. Obama said, “and to say that "
                               "the economy is shifting.”")
    assert len(cs) == 1


def test_boilerplate_datelines_with_accents_and_prayers_are_no_claims(nlp):
    cs = claims_of(nlp, HEAD + "BOGOTÁ, December 3, 2026\nThe ministry said nine rebels were captured.\n"
                               "For more information, please contact the press office.\n“May God give us strength,” "
                               "said Siti Aminah.")
    assert [c.text for c in cs] == ["nine rebels were captured"]


def test_probably_is_a_hedge_and_likely_a_prospect(nlp):
    cs = claims_of(nlp, HEAD + "A senior officer said the attack had probably disabled a landing ship. The agency warned "
                               "that further eruptions were likely in the coming days.")
    assert one(cs, "probably disabled").epistemic_status == "suspected"
    assert one(cs, "further eruptions").epistemic_status == "expected"


def test_a_refusal_to_comment_is_no_prospect_and_not_a_single_is_negative(nlp):
    cs = claims_of(nlp, HEAD + "A company spokeswoman would not comment on the report. “Not a single dollar left the "
                               "fund while I was treasurer,” Delaney said.")
    assert one(cs, "would not comment").epistemic_status == "asserted"
    assert one(cs, "Not a single dollar").polarity == "negative"


def test_a_count_of_dead_and_missing_is_one_claim(nlp):
    cs = claims_of(nlp, HEAD + "The disaster agency said at least seven people had died and 11 were missing in "
                               "Lumajang district.")
    assert [c.text for c in cs] == ["at least seven people had died and 11 were missing in Lumajang district"]
    # a count and another event stay two claims
    cs = claims_of(nlp, HEAD + "The army said 12 soldiers died and that the town was retaken.")
    assert len(cs) == 2
