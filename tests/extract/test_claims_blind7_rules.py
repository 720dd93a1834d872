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
