"""Claims and attribution, the phenomena left open by the third blind fixture batch (invented sentences)."""
from __future__ import annotations

from claims_helpers import claims_of, one


def test_verb_read_as_a_plural_noun_still_makes_an_author_claim(nlp):
    # the tagger reads "licence runs" as a compound noun: the sentence still asserts something checkable
    text = "The port reopened on Monday after the storm. The ferry's licence runs for five years."
    c = one(claims_of(nlp, text), "licence runs")
    assert c.text == "The ferry's licence runs for five years"
    assert (c.attribution, c.claimant, c.epistemic_status) == ("author", None, "asserted")
    # a verbless noun phrase with a noun's own "of" complement is still no sentence
    assert not claims_of(nlp, "The city's water prices of the Ruhr region.")


def test_accusation_object_keeps_its_apposition(nlp):
    # the apposition of the accused is no end of the content: the charge ("of ...") follows it
    cs = claims_of(nlp, "The mayor accused her predecessor, Tomas Berg, of wasting public money on a new stadium.")
    c = one([c for c in cs if c.attribution != "author"], "predecessor")
    assert c.text == "her predecessor, Tomas Berg, of wasting public money on a new stadium"
    assert (c.claimant, c.cue, c.epistemic_status) == ("The mayor", "accused", "alleged")


def test_study_finding_is_the_study_s_claim(nlp):
    # a study's finding with a predicate after the object: one attribution of the study, no author claim
    text = "A Northgate Institute study published on Friday found rents up by 12 percent in the capital."
    cs = claims_of(nlp, text)
    assert not [c for c in cs if c.attribution == "author"]
    assert len(cs) == 1
    c = cs[0]
    assert c.text == "rents up by 12 percent in the capital"
    assert (c.claimant, c.cue, c.attribution) == ("A Northgate Institute study", "found", "indirect")
    assert c.claimant_type == "organization"
    # the author named by a preposition stays the claimant of a survey's finding
    c = one(claims_of(nlp, "A survey by the regional council shows broad support for a new bridge."), "broad support")
    assert c.claimant == "the regional council"


def test_chain_citing_a_record_after_a_phrase_of_the_cue(nlp):
    # "citing radar images": the images are the cited source (their modifier names a medium, not an author),
    # relayed by the coast guard, even with "in a statement" before "citing"
    text = ("The coast guard said in a statement, citing radar images, that the tanker had drifted into Estonian "
            "waters.")
    c = one(claims_of(nlp, text), "tanker had drifted")
    assert c.text == "the tanker had drifted into Estonian waters"
    assert (c.claimant, c.via, c.cue) == ("radar images", "The coast guard", "said")
    # a modifier that names an author is still the source: "citing Swedish navy radar data" -> Swedish navy
    c = one(claims_of(nlp, "The paper reported, citing Swedish navy radar data, that the ship slowed near the cable."),
            "ship slowed")
    assert (c.claimant, c.via) == ("Swedish navy", "The paper")


def test_poll_finding_claimant_is_the_poll_without_its_sample(nlp):
    # "of 600 voters" is the poll's sample, not its author; a place word in the poll's name makes no government
    cs = claims_of(nlp, "A Lakeside State Poll survey of 600 voters showed the mayor ahead by 6 points.")
    assert len(cs) == 1
    c = cs[0]
    assert c.text == "the mayor ahead by 6 points"
    assert (c.claimant, c.claimant_type, c.cue) == ("A Lakeside State Poll survey", "organization", "showed")
    # the writer's adverbial clause after the finding is not part of it, nor an author claim of the sentence
    cs = claims_of(nlp, "The poll indicates a tightening race as the senator consolidates the support of her party.")
    assert [(c.text, c.claimant) for c in cs] == [("a tightening race", "The poll")]


def test_published_poll_finding_is_reported(nlp):
    # a poll's result in the past tense is relayed as information; "the survey shows" (present) is the writer's
    c = one(claims_of(nlp, "A Lakeside State Poll survey of 600 voters showed the mayor ahead by 6 points."), "ahead")
    assert c.epistemic_status == "reported"
    c = one(claims_of(nlp, "A Ridgeway Institute poll found that 58 percent of residents oppose the toll."), "toll")
    assert (c.claimant, c.epistemic_status) == ("A Ridgeway Institute poll", "reported")
    c = one(claims_of(nlp, "A survey by the regional council shows broad support for a new bridge."), "broad support")
    assert c.epistemic_status == "asserted"
