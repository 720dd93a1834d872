"""Claims and attribution, more phenomena (pipeline.extract.attribution.find_claims): one test each."""
from __future__ import annotations

from claims_helpers import claims_of, one


def test_nested_attribution_is_part_of_the_outer_claim(nlp):
    # one proposition of the mayor's: the council's announcement is not a claim of its own
    text = "The mayor said that the harbour council had announced a budget of 5 million euros for the quay."
    cs = claims_of(nlp, text)
    c = one(cs, "harbour council had announced")
    assert c.claimant == "The mayor" and c.cue == "said"
    assert not [x for x in cs if x.claimant == "the harbour council"]


def test_nested_object_cue_is_part_of_the_outer_claim(nlp):
    text = "Lena Brandt said the governor once described the tunnel project as a waste of money."
    cs = claims_of(nlp, text)
    assert one(cs, "described the tunnel").claimant == "Lena Brandt"
    assert not [x for x in cs if x.claimant == "the governor"]


def test_fronted_adverbial_is_no_postposed_content(nlp):
    # "In her speech" is an adverbial of the cue, not what was said; the object after the cue is
    cs = claims_of(nlp, "In her speech, Ms. Berg urged voters to register early, and criticized the city's lack "
                        "of polling stations.")
    assert not [c for c in cs if c.text == "In her speech"]
    assert one([c for c in cs if c.attribution != "author"], "lack of polling stations").cue == "criticized"


def test_postposed_cue_is_one_phrase(nlp):
    # "X thanked Y for backing Z" / "X has refused to disclose Z": the participle and the infinitive are not
    # postposed cues of X's whose content would be the opening adverbial
    cs = claims_of(nlp, "On Tuesday, the union thanked the mayor for backing its plan to extend the tram line.")
    assert not [c for c in cs if c.text == "On Tuesday"]
    cs = claims_of(nlp, "And until Friday, the firm has refused to disclose its accounts.")
    assert not [c for c in cs if "until Friday" in c.text and c.attribution != "author"]


def test_reported_clause_ends_before_a_concessive_aside(nlp):
    # '..., though they noted that ...' is a second report, not part of the first content
    cs = claims_of(nlp, "Officials say the funds could be spent on schools, though they noted that the budget is tight.")
    assert one(cs, "funds could be spent").text == "the funds could be spent on schools"
    c = one(cs, "budget is tight")
    assert c.cue == "noted" and c.text == "the budget is tight"


def test_reported_clause_ends_before_a_speech_participle(nlp):
    text = ("The senator said he did not think the scandal cost them the seat, arguing that low turnout was the "
            "bigger problem.")
    cs = claims_of(nlp, text)
    assert one(cs, "scandal cost").text == "he did not think the scandal cost them the seat"
    c = one(cs, "low turnout")
    assert c.cue == "arguing" and c.claimant == "The senator"


def test_speech_verb_with_what_is_said_as_its_object(nlp):
    cs = claims_of(nlp, "The minister stressed the need for new dykes along the coast.")
    c = one([c for c in cs if c.cue], "need for new dykes")
    assert (c.claimant, c.cue, c.text) == ("The minister", "stressed", "the need for new dykes along the coast")
    assert [c for c in cs if c.attribution == "author"], "the sentence stays a claim of the author"


def test_passive_speech_verb_with_agent(nlp):
    cs = claims_of(nlp, "The closure of the mine was first reported by the regional newspaper.")
    c = one([c for c in cs if c.cue], "closure of the mine")
    assert c.claimant == "the regional newspaper" and c.text == "The closure of the mine"


def test_addressee_of_a_speech_verb_is_no_content(nlp):
    assert not [c for c in claims_of(nlp, "The mayor briefed the council on Monday.") if c.cue]
    assert not [c for c in claims_of(nlp, "The envoy reassured the farmers at the meeting.") if c.cue]


def test_object_infinitive_keeps_its_coordinated_verbs(nlp):
    # the parser may hang "grow ..." and "create ..." on the cue: they still continue "to triple ..."
    text = "He wants to triple the size of the tram network, grow the bus fleet and create a new cycling office."
    c = one([c for c in claims_of(nlp, text) if c.cue], "triple the size")
    assert c.cue == "wants"
    assert c.text == "to triple the size of the tram network, grow the bus fleet and create a new cycling office"


def test_cue_with_its_own_object_has_no_content_before_it(nlp):
    # "each touting their plans": the main clause before the participle is not what they touted
    cs = claims_of(nlp, "Berg and Lund competed for the mayor's office on Monday, each touting their plans for the port.")
    assert not [c for c in cs if c.cue == "touting" and "competed" in c.text]
    assert one([c for c in cs if c.cue], "plans for the port").cue == "touting"


def test_citing_a_reason_is_a_cue_of_its_own(nlp):
    cs = claims_of(nlp, "The union called the senator a champion of workers, citing her work on pension reform.")
    assert one(cs, "champion of workers").claimant == "The union"
    c = one(cs, "her work on pension reform")
    assert c.cue == "citing" and c.claimant == "The union"
    # citing a source is still a chain: the source relayed by the reporter
    c = one(claims_of(nlp, "Reuters reported, citing unnamed officials, that the plant will close."), "plant will close")
    assert c.claimant == "unnamed officials" and c.via == "Reuters"


def test_speaker_of_an_infinitive_cue(nlp):
    # object control: the one led to deny is the speaker, not the scandal
    c = one(claims_of(nlp, "The scandal led the party's treasurer to deny any wrongdoing."), "any wrongdoing")
    assert c.claimant == "the party's treasurer" and c.cue == "to deny"
    # through an adjective ("was able to") and through a noun's infinitive ("missed a chance to")
    c = one(claims_of(nlp, "The senator was able to consistently tout her fundraising strength."), "fundraising")
    assert c.claimant == "The senator"
    cs = claims_of(nlp, "The mayor never missed a chance to praise the new tram line.")
    assert one([c for c in cs if c.cue], "new tram line").claimant == "The mayor"


def test_stance_verbs_with_an_object(nlp):
    c = one([c for c in claims_of(nlp, "The council weighed plans for a new ferry terminal.") if c.cue], "ferry")
    assert (c.claimant, c.cue, c.text) == ("The council", "weighed", "plans for a new ferry terminal")
    c = one(claims_of(nlp, "The ministry continues to ignore the warnings of its own engineers."), "warnings")
    assert c.claimant == "The ministry" and c.text == "the warnings of its own engineers"


def test_talk_about_a_topic_not_to_an_addressee(nlp):
    c = one([c for c in claims_of(nlp, "The governor talked about lowering the fuel tax.") if c.cue], "fuel tax")
    assert c.cue == "talked" and c.text == "lowering the fuel tax"
    assert not [c for c in claims_of(nlp, "The governor talked to reporters in Dover.") if c.cue]


def test_noun_of_stance_with_a_holder(nlp):
    text = "The union's opposition to the pension reform grew. Berg's criticism of the tram line was sharp."
    cs = claims_of(nlp, text)
    c = one([c for c in cs if c.cue], "pension reform")
    assert (c.claimant, c.cue, c.text) == ("The union", "opposition", "the pension reform")
    c = one([c for c in cs if c.cue], "tram line")
    assert (c.claimant, c.cue, c.text) == ("Berg", "criticism", "the tram line")
    assert [c for c in cs if c.attribution == "author"], "the sentences stay claims of the author"


def test_noun_of_intention_determination(nlp):
    cs = claims_of(nlp, "The governor spoke in Dover. His determination to close the prison surprised the council.")
    c = one([c for c in cs if c.cue], "close the prison")
    assert c.cue == "determination" and c.claimant == "The governor"
    # the holder is named before; the offsets point at "His", where it is mentioned
    assert c.claimant_start == len("The governor spoke in Dover. ")


def test_complement_misparsed_after_a_time_phrase(nlp):
    # 'said after the vote he would ...': the parser makes the complement an adverbial clause
    c = one(claims_of(nlp, "Berg said after the vote he would not accept the council's offer if it were repeated."),
            "would not accept")
    assert c.cue == "said" and c.text == "he would not accept the council's offer if it were repeated"
    # 'reported at the time that ...' with "that" parsed as a relative adverb of "the time"
    text = "The paper reported at the time that the harbour master, Piet Smit, conveyed to the crew that their pay was late."
    c = one(claims_of(nlp, text), "harbour master")
    assert c.cue == "reported" and c.claimant == "The paper"


def test_expects_in_a_coordination_is_a_cue(nlp):
    text = "Ms. Dahl is gloomy about the ferry and expects fares to rise sharply next year."
    c = one([c for c in claims_of(nlp, text) if c.cue], "fares to rise")
    assert c.cue == "expects" and c.claimant == "Ms. Dahl" and c.epistemic_status == "expected"
    # "is expected to" stays part of the content
    assert not [c for c in claims_of(nlp, "The ferry is expected to resume service in May.") if c.cue]


def test_postposed_cue_after_two_joined_clauses(nlp):
    text = "The mayor had told the police that she did not want an escort, but the police overruled her, an aide added."
    cs = claims_of(nlp, text)
    c = one(cs, "police overruled her")
    assert c.cue == "added" and c.claimant == "an aide"
    assert c.text == "The mayor had told the police that she did not want an escort, but the police overruled her"


def test_citing_records_is_a_chain(nlp):
    text = "The Herald reported, citing internal emails, that the mayor's office had delayed the contract for a year."
    c = one(claims_of(nlp, text), "delayed the contract")
    assert c.claimant == "internal emails" and c.via == "The Herald" and c.cue == "reported"


def test_citing_a_body_s_report_after_an_adjective_is_a_chain(nlp):
    # "an internal UN report": the UN's report, though an adjective comes first; no claim "an internal UN report"
    text = ("The newspaper Il Corriere, citing an internal UN report, said at least 300 foreign fighters were "
            "fighting alongside the rebels.")
    cs = claims_of(nlp, text)
    c = one(cs, "300 foreign fighters")
    assert c.claimant == "UN" and c.via == "Il Corriere"
    assert not [x for x in cs if "internal UN report" in x.text]


def test_images_showing_a_thing_report_it(nlp):
    # pictures are records produced as evidence: what they show is relayed (reported), even after a long subject
    text = ("Satellite images released by the research firm Orbis Analytics show new barracks and an extended "
            "airstrip at the base.")
    c = one(claims_of(nlp, text), "new barracks")
    assert c.claimant == "Satellite images" and c.epistemic_status == "reported"
    assert c.text == "new barracks and an extended airstrip at the base"


def test_postposed_content_starts_after_the_dateline(nlp):
    text = "TAMPA, Fla. — Coalition forces conducted 11 strikes in eastern Syria on Monday, the task force said in a statement."
    c = one(claims_of(nlp, text), "11 strikes")
    assert c.claimant == "the task force"
    assert c.text == "Coalition forces conducted 11 strikes in eastern Syria on Monday"


def test_postposed_content_keeps_its_participle(nlp):
    text = ("Missiles hit fuel depots in the port of Varna, killing three workers and injuring five, regional governor "
            "Ivan Petrov said on Friday.")
    c = one(claims_of(nlp, text), "fuel depots")
    assert c.text == "Missiles hit fuel depots in the port of Varna, killing three workers and injuring five"


def test_reported_clause_ends_before_a_description_of_a_named_referent(nlp):
    c = one(claims_of(nlp, "The mayor said the council would not pardon Lena Berg, who was fined in May."), "pardon")
    assert c.text == "the council would not pardon Lena Berg"
    text = "Critics say the money could be better spent with Nordlink, the existing ferry operator that serves the islands."
    assert one(claims_of(nlp, text), "better spent").text == "the money could be better spent with Nordlink"
    # a list after a common noun is not an aside
    text = "The spokesman said the mayor wants lower fares, the closure of two depots and longer opening hours."
    assert one(claims_of(nlp, text), "lower fares").text.endswith("longer opening hours")


def test_more_verbs_of_saying_and_attitude(nlp):
    cs = claims_of(nlp, "The bishop exhorted the faithful to vote for the new charter.")
    c = one([c for c in cs if c.cue], "the faithful to vote")
    assert c.cue == "exhorted" and c.claimant == "The bishop"
    c = one(claims_of(nlp, "The senator cannot fathom how the agency lost 40 million euros."), "40 million")
    assert c.cue == "cannot fathom" and c.claimant == "The senator"


def test_statement_noun_as_the_object_of_a_light_verb(nlp):
    c = one(claims_of(nlp, "The ministry issued a warning that the dam could fail within days."), "dam could fail")
    assert (c.claimant, c.cue, c.text) == ("The ministry", "warning", "the dam could fail within days")
    c = one(claims_of(nlp, "The mayor voiced concern that the ferry would stop running."), "ferry would stop")
    assert c.claimant == "The mayor" and c.cue == "concern"
    cs = claims_of(nlp, "The senator raised questions about the cost of the new bridge.")
    c = one([c for c in cs if c.cue], "cost of the new bridge")
    assert c.claimant == "The senator" and c.text == "the cost of the new bridge"
    # a claim made somewhere ("on air") is no topic
    cs = claims_of(nlp, "The host was criticised for years for making dubious medical claims on air.")
    assert not [c for c in cs if c.text == "air"]


def test_documented_takes_an_object(nlp):
    cs = claims_of(nlp, "The inspectors documented a sharp rise in rents across the region.")
    c = one([c for c in cs if c.cue], "sharp rise")
    assert c.cue == "documented" and c.claimant == "The inspectors"


def test_declined_by_an_amount_is_no_cue(nlp):
    assert not [c for c in claims_of(nlp, "The jobless rate declined four percentage points in May.") if c.cue]
    # and "declined to comment" is a refusal, the writer's word alone (CLAIMS-GUIDE: no content, no claim of the
    # spokesman's; since 0.10.11)
    cs = claims_of(nlp, "The spokesman declined to comment on the merger.")
    assert [(c.text, c.cue) for c in cs] == [("The spokesman declined to comment on the merger", None)]


def test_without_saying_says_nothing(nlp):
    cs = claims_of(nlp, "It goes without saying that the new harbour will cost more than planned.")
    assert not [c for c in cs if c.cue]
    assert one(cs, "harbour will cost").attribution == "author"


def test_dateline_is_no_part_of_the_claimant(nlp):
    cs = claims_of(nlp, "BRUSSELS - European leaders agreed on Friday to share the cost of the new border agency.")
    c = one([c for c in cs if c.cue], "share the cost")
    assert c.claimant == "European leaders"


def test_relative_that_is_no_complementizer(nlp):
    # "that" subject of a relative clause ("jackets that showed ...") does not start the content
    cs = claims_of(nlp, "Lund called for female drivers to wear brighter jackets that showed the city crest.")
    c = one([c for c in cs if c.cue], "city crest")
    assert c.text == "female drivers to wear brighter jackets that showed the city crest"


def test_as_x_noted(nlp):
    c = one(claims_of(nlp, "As the minister noted, the harbour rarely freezes in winter."), "harbour rarely freezes")
    assert (c.claimant, c.cue, c.text) == ("the minister", "noted", "the harbour rarely freezes in winter")
    # a temporal "as" clause with its own object is no parenthetical cue
    cs = claims_of(nlp, "As Lund talked about the budget, Berg highlighted his plan for the port.")
    assert not [c for c in cs if c.cue == "talked" and "Berg" in c.text]


def test_an_amount_offered_is_no_claim(nlp):
    # what is offered, paid or sought is an act of the subject, not something said: the sentence is the author's
    cs = claims_of(nlp, "The union has offered about $6 million to settle the dispute.")
    assert [(c.attribution, c.claimant) for c in cs] == [("author", None)]


def test_surname_of_a_named_person_is_a_person(nlp):
    text = ("Gov. Helen Marsh signed the bill on Monday. "
            "Two engineers questioned Marsh's claim that the new reservoir would end the shortages.")
    c = one(claims_of(nlp, text), "would end the shortages")
    assert c.claimant == "Marsh" and c.claimant_type == "person"


def test_aides_without_an_institution_are_unspecified(nlp):
    c = one(claims_of(nlp, "The deal is worth $3 billion, according to two aides familiar with the talks."), "deal")
    assert "aides" in c.claimant and c.claimant_type == "unspecified"


def test_plural_of_an_organisation_noun_is_an_organisation(nlp):
    c = one(claims_of(nlp, "Aid agencies estimate that 40,000 people have fled the fighting."), "people have fled")
    assert c.claimant == "Aid agencies" and c.claimant_type == "organization"


def test_negated_going_to_is_expected(nlp):
    c = one(claims_of(nlp, "“We are not going to close the plant,” the owner said."), "close the plant")
    assert c.epistemic_status == "expected" and c.polarity == "negative"


def test_label_subheading_with_an_object_cue_is_no_claim(nlp):
    text = ("Talks on the new port\n"
            "The harbour board met the shipping firms on Monday and agreed a timetable for the works.\n"
            "Both sides admit delays\n"
            "The first berth will open in March, the board said.")
    cs = claims_of(nlp, text)
    assert not [c for c in cs if "delays" in c.text]
    assert one(cs, "first berth").claimant == "the board"


def test_source_familiar_with_is_the_whole_phrase(nlp):
    # "people familiar with X" / "a person familiar with X": the adjective and its complement are part of the
    # source (a group of people without an institution)
    cs = claims_of(nlp, "Ferry Report\nThe council will not vote before June, according to two people familiar "
                        "with the schedule. The mayor has doubts, according to a person familiar with the talks.")
    c = one(cs, "council will not vote")
    assert c.claimant == "two people familiar with the schedule" and c.claimant_type == "unspecified"
    c = one(cs, "mayor has doubts")
    assert c.claimant == "a person familiar with the talks" and c.claimant_type == "unspecified"


def test_plural_people_noun_is_unspecified(nlp):
    cs = claims_of(nlp, "Storm Report\nMeteorologists said a second storm could reach the coast on Friday.")
    assert one(cs, "second storm").claimant_type == "unspecified"


def test_office_is_government(nlp):
    cs = claims_of(nlp, "Census Report\nThe census office reported that the population of the town grew by 2%.")
    assert one(cs, "population of the town").claimant_type == "government"


def test_one_word_name_after_an_article_is_a_group(nlp):
    # no person is named "the X": "the Houthis", "the Taliban" are groups, whatever the tagger calls them
    cs = claims_of(nlp, "Border Report\nOn Sunday, the Houthis denied that their fighters had fired at the ship.")
    c = one(cs, "their fighters had fired")
    assert c.claimant == "the Houthis" and c.claimant_type == "organization"


def test_expects_to_is_expected(nlp):
    cs = claims_of(nlp, "Bridge Report\nThe city expects to open the new bridge in May, according to a transport "
                        "official.")
    c = one(cs, "expects to open")
    assert c.attribution == "according_to" and c.epistemic_status == "expected"


def test_negative_subject_negates_an_author_claim(nlp):
    # CLAIMS-GUIDE.md: polarity is negative when the claimant (here the author) negates the content
    cs = claims_of(nlp, "Train Report\nA freight train left the tracks near the station on Monday. None of the "
                        "passengers was injured. No buildings were damaged.")
    assert one(cs, "None of the passengers").polarity == "negative"
    assert one(cs, "No buildings").polarity == "negative"
    assert one(cs, "freight train").polarity == "positive"


def test_relative_clause_after_the_object_is_no_content(nlp):
    # the parser can hang ", in which ..." on the verb as its complement: it is part of the object phrase
    cs = claims_of(nlp, "Rescue Report\nGhana praised the rescue of a fishing crew near Tema on Monday, in which 11 "
                        "sailors were saved.")
    assert not [c for c in cs if c.text.startswith("in which")]


def test_welcomes_in_the_present_is_the_release_author(nlp):
    # a government's own statement: "Canada welcomes X" is the author's claim, not a report of Canada's stance
    cs = claims_of(nlp, "Statement on the elections in Malawi\nCanada welcomes the peaceful conduct of the "
                        "presidential election held in Malawi on Thursday.")
    c = one(cs, "peaceful conduct")
    assert c.claimant is None and c.attribution == "author"
    assert not [x for x in cs if x.claimant == "Canada"]


def test_dateline_is_no_description_of_the_subject(nlp):
    cs = claims_of(nlp, "Campaign Report\nRALEIGH, N.C. — Democrat Ana Ruiz accused her opponent of hiding "
                        "the cost of the plan.")
    c = one(cs, "hiding the cost")
    assert "Ana Ruiz" in c.claimant and "RALEIGH" not in c.claimant and c.claimant_type == "person"


def test_future_inside_a_reported_clause_is_not_the_contents(nlp):
    # "Officials worry that X will happen", according to Y: Y reports a present worry; the future is X's
    cs = claims_of(nlp, "Mill Report\nThe mayor's aides privately worry that the paper mill will close next year, "
                        "according to a person familiar with the talks.")
    c = one(cs, "aides privately worry")
    assert c.attribution == "according_to" and c.epistemic_status == "reported"


def test_dateline_date_is_outside_the_claims_sentence(nlp):
    # "LUSAKA, March 3 —": the dateline's date must not become a time of the first claim (assemble.py links a
    # time in the claim's sentence span to the claim)
    text = "Copper Report\nLUSAKA, March 3 — The central bank kept its main rate at 14 percent on Wednesday."
    cs = claims_of(nlp, text)
    c = one(cs, "central bank kept")
    assert c.sentence_start >= text.index("The central bank")


def test_no_as_determiner_of_the_object_negates(nlp):
    c = one(claims_of(nlp, "“We have found no damage to the dam,” the engineer said."), "no damage")
    assert c.polarity == "negative"
    assert one(claims_of(nlp, "“We have found damage to the dam,” the engineer said."), "damage").polarity == "positive"


def test_a_mission_is_an_organisation(nlp):
    c = one(claims_of(nlp, "The truce is holding, the monitoring mission said in a statement."), "truce")
    assert c.claimant_type == "organization"


def test_expects_with_an_object_and_infinitive_is_expected(nlp):
    c = one(claims_of(nlp, "The director said the port expects cargo volumes to double by 2030."), "cargo volumes")
    assert c.epistemic_status == "expected"


def test_name_with_a_role_apposition_is_a_person(nlp):
    c = one(claims_of(nlp, "“The roads are open,” said Amara Diallo, a spokeswoman for the mission."), "roads")
    assert c.claimant == "Amara Diallo" and c.claimant_type == "person"
