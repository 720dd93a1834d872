"""Entity layer, more phenomena: one test per phenomenon, on short sentences written for these tests."""
from __future__ import annotations

from entity_helpers import mentions_of as _mentions


def _at(ms, text, start):
    return [m for m in ms if m.char_start == start and m.text == text]


def test_stateless_people_are_people(nlp):
    text = "Boats carrying Bangladeshis and Rohingya were turned away. Aid groups said the Rohingya needed shelter."
    ms = _mentions(nlp, text)
    for start in (text.index("Rohingya"), text.rindex("Rohingya")):
        hits = _at(ms, "Rohingya", start)
        assert hits and all(m.entity_type == "person" and m.entity_key == "people:rohingya" for m in hits), \
            [(m.text, m.entity_type, m.entity_key) for m in ms]


def test_plural_demonym_tagged_as_a_name_is_people_of_the_country(nlp):
    text = "Boats carrying Bangladeshis and Rohingya were turned away."
    m = _at(_mentions(nlp, text), "Bangladeshis", text.index("Bangladeshis"))[0]
    assert (m.entity_type, m.entity_key, m.country_code) == ("person", "people:BGD", "BGD")


def test_hyphenated_descriptor_is_no_name(nlp):
    text = "Pan-democrat Lo Siu-ming of the Civic Party lost his seat on Sunday."
    ms = _mentions(nlp, text)
    assert not [m for m in ms if "Pan-democrat" in m.text], [(m.text, m.entity_type) for m in ms]
    assert any(m.text == "Lo Siu-ming" and m.entity_type == "person" for m in ms)


def test_hyphenated_given_name_is_kept_whole(nlp):
    ms = _mentions(nlp, "The veteran politician Wong Kwok-hing of the union was defeated.")
    assert any(m.text == "Wong Kwok-hing" and m.entity_type == "person" for m in ms), \
        [(m.text, m.entity_type) for m in ms]


def test_surname_as_modifier_is_no_full_name(nlp):
    text = ("The gallery showed prints by Andy Warhol. Visitors saw the Warhol Polaroid exhibits. Each Polaroid was "
            "small.")
    ms = _mentions(nlp, text)
    assert not [m for m in ms if m.entity_type == "person" and "Polaroid" in m.text], \
        [(m.text, m.entity_type, m.entity_key) for m in ms]
    assert any(m.text == "Warhol" and m.entity_key == "person:andy warhol" for m in ms)


def test_full_name_elsewhere_repairs_a_mistyped_occurrence(nlp):
    text = ("Seven years aboard the ship left Marika Dublin exhausted, she said.\n\nMarika Dublin\n\nI was kept in a "
            "cabin.")
    ms = _mentions(nlp, text)
    first = [m for m in ms if m.char_start < text.index(",")]
    assert [(m.text, m.entity_type) for m in first] == [("Marika Dublin", "person")], \
        [(m.text, m.entity_type) for m in first]


def test_list_items_share_the_type_of_their_neighbours(nlp):
    text = "Today, some Greeks worship the ancient gods, such as Zeus, Hera, Poseidon, Aphrodite, and Athena."
    ms = _mentions(nlp, text)
    for name in ("Poseidon", "Aphrodite", "Athena"):
        hits = [m for m in ms if m.text == name]
        assert hits and all(m.entity_type == "person" for m in hits), [(m.text, m.entity_type) for m in ms]
    ms = _mentions(nlp, "Nintendo, Microsoft, and Ubisoft all had booths at the fair.")
    assert [m.entity_type for m in ms if m.text == "Ubisoft"] == ["organization"], \
        [(m.text, m.entity_type) for m in ms]


def test_possessive_before_a_person_is_their_organisation(nlp):
    text = "Localist group Civic Passion's Wong Yeung-tat was defeated in this district."
    ms = _mentions(nlp, text)
    assert [m.entity_type for m in ms if m.text == "Civic Passion"] == ["organization"], \
        [(m.text, m.entity_type) for m in ms]
    assert any(m.text == "Wong Yeung-tat" and m.entity_type == "person" for m in ms)


def test_more_nationality_words_link_to_their_country(nlp):
    text = "Tanzanian officials met Ugandan diplomats on Monday, and South Sudanese refugees waited."
    ms = _mentions(nlp, text)
    got = {m.text: m.country_code for m in ms}
    assert got.get("Tanzanian") == "TZA" and got.get("Ugandan") == "UGA", [(m.text, m.entity_key) for m in ms]
    assert not [m for m in ms if m.text == "South"], [(m.text, m.entity_key) for m in ms]


def test_agency_credit_after_a_dateline_is_no_acronym_of_the_place(nlp):
    ms = _mentions(nlp, "NAIROBI, Kenya (AP) - Officials met on Monday.")
    ap = [m for m in ms if m.text == "AP"]
    assert ap and ap[0].entity_key == "org:ap", [(m.text, m.entity_key) for m in ms]


def test_capital_in_a_dateline_is_the_city(nlp):
    ms = _mentions(nlp, "NAIROBI, Kenya (AP) - Officials met on Monday.\n\nMoscow said the talks failed.")
    nairobi = [m for m in ms if m.text == "NAIROBI"][0]
    assert nairobi.entity_type == "place" and nairobi.entity_key.startswith("geonames:")
    assert nairobi.latitude is not None
    moscow = [m for m in ms if m.text == "Moscow"][0]
    assert moscow.entity_key == "iso:RUS"


def test_nationality_tagged_body_with_an_organisation_head_is_an_organisation(nlp):
    ms = _mentions(nlp, "Tanzanian officials met U.S. Marines on Monday.")
    m = [m for m in ms if m.text == "U.S. Marines"]
    assert m and m[0].entity_type == "organization" and m[0].country_code == "USA", \
        [(m.text, m.entity_type) for m in ms]


def test_dateline_in_capitals_is_a_place(nlp):
    ms = _mentions(nlp, "BUFFALO, N.Y. (AP) - The doctor was shot at home.")
    m = [m for m in ms if m.text == "BUFFALO"]
    assert m and m[0].entity_type == "place", [(m.text, m.entity_type) for m in ms]


def test_surname_tagged_as_nationality_is_the_person(nlp):
    ms = _mentions(nlp, "BUFFALO, N.Y. (AP) - The doctor Barnett Slepian was shot. Slepian had received threats.")
    m = [m for m in ms if m.text == "Slepian"]
    assert m and m[0].entity_key == "person:barnett slepian", [(m.text, m.entity_key) for m in ms]


def test_common_word_at_sentence_start_is_no_name(nlp):
    ms = _mentions(nlp, "The boy drifted for two days.\n\nRescued on Monday by fishermen, he was taken to a hospital.")
    assert not [m for m in ms if m.text == "Rescued"], [(m.text, m.entity_type) for m in ms]


def test_name_before_a_government_word_is_its_leader(nlp):
    ms = _mentions(nlp, "The tax was changed by the Monti government. Critics of the Labour government spoke.")
    assert [m.entity_type for m in ms if m.text == "Monti"] == ["person"], [(m.text, m.entity_type) for m in ms]
    assert [m.entity_type for m in ms if m.text == "Labour"] == ["organization"]


def test_long_form_with_its_acronym_is_an_organisation(nlp):
    text = "Requests came from the deputies of Movimento 5 Stelle (M5S) in the regional council. Later M5S voted no."
    ms = _mentions(nlp, text)
    longs = [m for m in ms if m.text == "Movimento 5 Stelle"]
    assert longs and longs[0].entity_type == "organization", [(m.text, m.entity_type) for m in ms]
    assert not [m for m in ms if m.text == "Stelle"]
    shorts = [m for m in ms if m.text == "M5S"]
    assert len(shorts) == 2 and all(m.entity_key == longs[0].entity_key for m in shorts)


def test_conditions_studies_and_laws_are_no_organisations(nlp):
    text = ("Iodine Deficiency Disorders (IDD) are common, and IDD harms children. The results of the Australian "
            "National Nutrition Survey were published. The Centre for Control of Iodine Deficiency Disorders agreed.")
    ms = _mentions(nlp, text)
    assert not [m for m in ms if m.entity_type == "organization" and ("IDD" in m.text or "Survey" in m.text or
                                                                     m.text == "Iodine Deficiency Disorders")], \
        [(m.text, m.entity_type) for m in ms]
    assert any(m.entity_type == "organization" and "Centre for Control" in m.text for m in ms)


def test_region_name_tagged_as_an_adjective_before_region(nlp):
    ms = _mentions(nlp, "Also the president of the Lombardy region, Roberto Maroni, has reacted by proposing a law.")
    m = [m for m in ms if m.text.startswith("Lombardy")]
    assert m and m[0].entity_key == "iso2:IT-25", [(m.text, m.entity_key) for m in ms]


def test_city_word_joins_the_city_name_and_festivals_are_events(nlp):
    ms = _mentions(nlp, "Taipei, Taiwan — The Taipei City Lantern Festival opened on Friday.")
    city = [m for m in ms if m.text == "Taipei City"]
    assert city and city[0].entity_key == "geonames:1668341" and city[0].latitude is not None, \
        [(m.text, m.entity_key) for m in ms]
    assert not [m for m in ms if "Festival" in m.text and m.entity_type in ("place", "organization")]


def test_common_word_left_of_a_subdivision_name_is_no_place(nlp):
    ms = _mentions(nlp, "Members of the Free Syrian Army met envoys in Geneva on Monday.")
    assert not [m for m in ms if m.text == "Free"], [(m.text, m.entity_key) for m in ms]
    assert [m.entity_type for m in ms if "Free Syrian Army" in m.text] == ["organization"]


def test_armed_groups_are_organisations(nlp):
    ms = _mentions(nlp, "Coalition aircraft struck ISIL positions near Raqqa. Peshmerga retook a village from Da'esh.")
    got = {m.text: m.entity_type for m in ms}
    assert got.get("ISIL") == "organization" and got.get("Da'esh") == "organization", got
    assert got.get("Peshmerga") == "organization", got


def test_object_of_a_capture_verb_is_a_place(nlp):
    ms = _mentions(nlp, "In northern Iraq, troops and Peshmerga retook Sinjar from Da'esh on Friday.")
    m = [m for m in ms if m.text == "Sinjar"]
    assert m and m[0].entity_type == "place" and m[0].country_code == "IRQ", [(m.text, m.entity_type) for m in ms]


def test_hyphenated_title_is_one_title_and_resolves_to_its_holder(nlp):
    ms = _mentions(nlp, "UN Secretary-General Ban Ki-moon condemned the attack. The Secretary-General said the talks "
                        "would resume.")
    assert not [m for m in ms if m.text == "UN Secretary"], [(m.text, m.entity_key) for m in ms]
    m = [m for m in ms if m.text == "The Secretary-General"]
    assert m and m[0].entity_key == "person:ban ki moon", [(m.text, m.entity_key) for m in ms]


def test_acronym_without_brackets_joins_the_organisation_with_its_initials(nlp):
    ms = _mentions(nlp, "General Motors and Chrysler asked the US Treasury for more aid. GM's chief executive Rick "
                        "Wagoner met lawmakers in Washington.")
    gm = [m for m in ms if m.text == "GM"]
    assert gm and gm[0].entity_key == "org:general motors", [(m.text, m.entity_key) for m in ms]


def test_names_with_lower_case_particles(nlp):
    ms = _mentions(nlp, "President Bashar al-Assad's forces bombed the city. Mr al-Assad blamed terrorists. Envoy "
                        "Staffan de Mistura met him; de Mistura said little.")
    got = [(m.text, m.entity_key) for m in ms]
    assert ("al-Assad", "person:bashar al assad") in got, got
    assert ("de Mistura", "person:staffan de mistura") in got, got


def test_region_name_with_lower_case_type_word_is_the_subdivision(nlp):
    ms = _mentions(nlp, "Afghan President Ashraf Ghani condemned the attack in Kunduz province.")
    m = [m for m in ms if "Kunduz" in m.text]
    assert [(x.text, x.entity_key) for x in m] == [("Kunduz province", "iso2:AF-KDZ")], [(x.text, x.entity_key)
                                                                                          for x in ms]


def test_gazetteer_links_state_abbreviations_particle_names_and_more_regions(nlp):
    ms = _mentions(nlp, "BUFFALO, N.Y. (AP) - The E.U. and officials in Dar es Salaam met envoys from Bosnia and "
                        "the Caribbean.")
    got = {m.text: m.entity_key for m in ms}
    assert got.get("N.Y.") == "iso2:US-NY", got
    assert got.get("Dar es Salaam", "").startswith("geonames:"), got
    assert got.get("Bosnia") == "iso:BIH" and got.get("Caribbean") == "region:caribbean", got
    assert got.get("E.U.") == "org:eu", got


def test_news_agency_credit_after_a_dateline(nlp):
    ms = _mentions(nlp, "LOS ANGELES (UPI) -- The singer performed on Sunday.")
    assert [m.entity_type for m in ms if m.text == "UPI"] == ["organization"], [(m.text, m.entity_type) for m in ms]


def test_company_named_with_an_industry_word_and_its_short_form(nlp):
    ms = _mentions(nlp, "A few months earlier, the problem belonged to Patriot Coal, a large coal company. When "
                        "Patriot filed for bankruptcy, lenders lost money. Patriot sold the mine.")
    pats = [m for m in ms if m.text.startswith("Patriot")]
    assert len(pats) == 3 and all(m.entity_type == "organization" and m.entity_key == "org:patriot coal"
                                  for m in pats), [(m.text, m.entity_type, m.entity_key) for m in ms]


def test_first_name_alone_is_the_one_person_with_it(nlp):
    ms = _mentions(nlp, "Hillary Clinton visited her daughter Chelsea Clinton in New York. Later Chelsea said her "
                        "mother was fine. Chelsea's apartment is nearby.")
    alone = [m for m in ms if m.text == "Chelsea"]
    assert len(alone) == 2 and all(m.entity_key == "person:chelsea clinton" for m in alone), \
        [(m.text, m.entity_type, m.entity_key) for m in ms]


def test_place_named_with_its_type_word_is_one_linked_mention(nlp):
    text = "Senators from the State of Texas objected. Officials of the City of Toronto agreed."
    ms = _mentions(nlp, text)
    got = [(m.text, m.entity_type, m.entity_key) for m in ms]
    assert ("the State of Texas", "place", "iso2:US-TX") in got, got
    assert not [m for m in ms if m.text in ("Texas", "Toronto")], got
    assert [m.entity_key for m in ms if m.text == "the City of Toronto"][0].startswith("geonames:")


def test_untagged_building_name_is_a_place(nlp):
    ms = _mentions(nlp, "A crane fell into Mecca's Grand Mosque, killing dozens. Walk from Shandao Station instead. "
                        "While the Museum of Flight waited, others won.")
    got = {(m.text, m.entity_type) for m in ms}
    assert ("Mecca's Grand Mosque", "place") in got and ("Shandao Station", "place") in got, got
    assert ("the Museum of Flight", "place") in got and not [m for m in ms if m.text.startswith("While")], got
    assert len([m for m in ms if m.text.startswith("Mecca")]) == 2  # the mosque and the city, once each


def test_fair_is_an_event_with_its_organiser_named_inside(nlp):
    ms = _mentions(nlp, "He visited Google headquarters in California at the Google Science Fair on Monday.")
    fair = [m for m in ms if m.text == "the Google Science Fair"]
    assert fair and fair[0].entity_type == "other", [(m.text, m.entity_type) for m in ms]
    inner = [m for m in ms if m.text == "Google" and m.char_start > fair[0].char_start]
    assert inner and inner[0].entity_type == "organization"


def test_company_named_like_a_city_has_no_nested_city_and_one_key(nlp):
    ms = _mentions(nlp, "Toyota Motor Corporation reported its first annual loss in 70 years. The Japanese automaker "
                        "said sales fell. Toyota President Katsuaki Watanabe apologised in Tokyo.")
    toy = [m for m in ms if m.text.startswith("Toyota")]
    assert [(m.text, m.entity_type) for m in toy] == [("Toyota Motor Corporation", "organization"),
                                                       ("Toyota", "organization")], [(m.text, m.entity_key) for m in ms]
    assert toy[0].entity_key == toy[1].entity_key


def test_military_operations_are_events(nlp):
    for text in ("The mission is called Operation Desert Lion.",
                 "SOUTHWEST ASIA - Coalition forces struck ISIS in Syria. Operation Silent Harbor is the operation to "
                 "defeat ISIS."):
        ms = _mentions(nlp, text)
        assert not [m for m in ms if m.entity_type in ("person", "organization", "place") and
                    ("Lion" in m.text or "Harbor" in m.text)], [(m.text, m.entity_type) for m in ms]


def test_opening_preposition_is_cut_and_near_names_a_place(nlp):
    ms = _mentions(nlp, "Coalition forces struck ISIS in Syria and Iraq. Near Abu Kamal, two strikes destroyed an ISIS "
                        "oil well. Soldiers clashed with fighters near Arsal.")
    got = [(m.text, m.entity_type) for m in ms]
    assert ("Abu Kamal", "place") in got and ("Arsal", "place") in got, got
    assert not [m for m in ms if m.entity_type == "person"], got


def test_known_organisation_cut_by_the_tagger_is_whole(nlp):
    ms = _mentions(nlp, "Soldiers clashed with Jabhat Fatah al-Sham fighters. Syrian Observatory for Human Rights "
                        "director Rami Abdulrahman said 12 people died.")
    got = [(m.text, m.entity_type) for m in ms]
    assert ("Jabhat Fatah al-Sham", "organization") in got, got
    assert ("Syrian Observatory for Human Rights", "organization") in got, got
    assert not [m for m in ms if m.entity_type == "person" and m.text != "Rami Abdulrahman"], got


def test_untagged_nationality_words_link_to_their_country(nlp):
    ms = _mentions(nlp, "Somali security forces backed by AMISOM troops regained control of the town.")
    m = [m for m in ms if m.text == "Somali"]
    assert m and m[0].country_code == "SOM" and m[0].entity_type == "group", [(m.text, m.entity_key) for m in ms]


def test_model_number_and_name_is_a_product(nlp):
    ms = _mentions(nlp, "Boeing said the first flight of the 787 Dreamliner will be delayed.")
    assert [m.entity_type for m in ms if "Dreamliner" in m.text] == ["other"], [(m.text, m.entity_type) for m in ms]


def test_former_states_are_places(nlp):
    ms = _mentions(nlp, "The collapse of the Soviet Union and of Yugoslavia changed Europe.")
    got = {m.text: m.entity_type for m in ms}
    assert got.get("the Soviet Union") == "place" and got.get("Yugoslavia") == "place", got


def test_list_and_compass_words_are_no_people_or_organisations(nlp):
    ms = _mentions(nlp, "The blast killed 247 people.\n\nOn Wednesday, Bushnell and Kimotho met again. Her appeal "
                        "reaches large communities of Eastern and Northern European heritage.")
    got = [(m.text, m.entity_type) for m in ms]
    assert not [m for m in ms if m.text in ("Wednesday", "Eastern")], got


def test_geographic_feature_tagged_as_a_person_is_a_place(nlp):
    ms = _mentions(nlp, "During his tour of the wildlife on Midway, he paused. Julie Davis reported from Midway Atoll.")
    assert [m.entity_type for m in ms if m.text == "Midway Atoll"] == ["place"], [(m.text, m.entity_type) for m in ms]
    assert not [m for m in ms if m.text == "Midway" and m.entity_type == "person"]


def test_object_of_a_verb_only_people_undergo_is_a_person(nlp):
    ms = _mentions(nlp, "Former Beatle Paul McCartney married Heather Mills in Ireland.")
    assert [m.entity_type for m in ms if m.text == "Heather Mills"] == ["person"], [(m.text, m.entity_type) for m in ms]


def test_appositive_says_what_a_name_is(nlp):
    ms = _mentions(nlp, "Reporters met Orlan Vex, a startup in Austin. Orlan Vex later hired staff.")
    assert {m.entity_type for m in ms if m.text == "Orlan Vex"} == {"organization"}, \
        [(m.text, m.entity_type) for m in ms]


def test_name_of_a_church_alone_is_the_church(nlp):
    ms = _mentions(nlp, "The Church of Scientology denied the claims. He lost his fortune to Scientology.")
    m = [m for m in ms if m.text == "Scientology"]
    assert m and m[0].entity_key == "org:church of scientology", [(m.text, m.entity_key) for m in ms]


def test_capitalised_modifier_opening_a_sentence_is_no_name(nlp):
    ms = _mentions(nlp, "Jeremy Tam was elected. Localist group Civic Passion's Wong Yeung-tat was defeated.")
    assert not [m for m in ms if m.text == "Localist"], [(m.text, m.entity_type) for m in ms]


def test_elided_coordination_of_places_is_two_places(nlp):
    ms = _mentions(nlp, "The report comes after North and South Korea exchanged artillery fire. East and West Germany "
                        "reunited in 1990.")
    got = [(m.text, m.entity_key) for m in ms]
    assert ("North", "iso:PRK") in got and ("South Korea", "iso:KOR") in got, got
    assert ("East", "region:east germany") in got, got
    assert not [m for m in ms if " and " in m.text], got


def test_city_with_an_arabic_article_is_linked(nlp):
    text = "Coalition aircraft struck two depots in Syria on Monday, near Deir ez-Zor, the task force said."
    hit = [m for m in _mentions(nlp, text) if m.text == "Deir ez-Zor"]
    assert hit and hit[0].entity_type == "place" and hit[0].country_code == "SYR" and hit[0].geonames_id


def test_large_city_tagged_as_a_nationality_is_the_city(nlp):
    text = ("Drones struck the port of Odesa on Thursday. Grain exports through Odesa fell by nearly 30 percent in "
            "October, the Ukrainian Grain Association said.")
    hits = [m for m in _mentions(nlp, text) if m.text == "Odesa"]
    assert len(hits) == 2 and all(m.entity_type == "place" and m.country_code == "UKR" for m in hits), \
        [(m.text, m.entity_type, m.country_code) for m in hits]


def test_french_compass_name_of_a_subdivision_in_english(nlp):
    # ISO 3166-2 writes "Nord-Kivu" / "Sud-Kivu"; English news writes "North Kivu"
    for text, name in (("Fighting has stopped in North Kivu province, the mission said.", "North Kivu"),
                       ("Patrols will expand to South Kivu in April.", "South Kivu")):
        hit = [m for m in _mentions(nlp, text) if m.text.startswith(name)]
        assert hit and hit[0].country_code == "COD", [(m.text, m.country_code) for m in _mentions(nlp, text)]


def test_unknown_name_before_a_type_word_is_not_its_first_word(nlp):
    # "North Zarvia province" is no province called "North" (Cameroon has one)
    ms = _mentions(nlp, "Fighting has stopped in North Zarvia province, the mission said.")
    assert not [m for m in ms if m.country_code == "CMR"], [(m.text, m.country_code) for m in ms]


def test_bracketed_acronym_spelled_by_a_name_with_an_arabic_article(nlp):
    # the long form runs on over "in" and the Arabic article: "ANAG" is no acronym of the place "Arabian Gulf"
    text = ("Coalition forces conducted three raids against al-Nusra in the Arabian Gulf (ANAG) in the coastal "
            "provinces on Monday. ANAG has lost ground, the ministry said.")
    ms = _mentions(nlp, text)
    acr = [m for m in ms if m.text == "ANAG"]
    assert len(acr) == 2 and all(m.entity_type == "organization" for m in acr), \
        [(m.text, m.entity_type, m.entity_key) for m in ms]


def test_club_short_name_is_the_club_and_its_town_nested(nlp):
    text = ("Kilmarnock Rovers have sacked coach Alan Dunn after a run of losses. Dunn guided Rovers to promotion, "
            "and Rovers lost at home on Saturday.")
    ms = _mentions(nlp, text)
    short = [m for m in ms if m.text == "Rovers"]
    assert len(short) == 2 and all(m.entity_type == "organization" and m.entity_key == "org:kilmarnock rovers"
                                   for m in short), [(m.text, m.entity_type, m.entity_key) for m in ms]
    assert any(m.text == "Kilmarnock" and m.entity_type == "place" for m in ms), \
        [(m.text, m.entity_type) for m in ms]


def test_party_member_after_a_is_no_entity_but_the_town_is(nlp):
    for text, town in (("Supporters, including state Sen. Mark Tolland, a Joplin Republican, say the rule is needed.",
                        "Joplin"),
                       ("The bill was backed by Senate President Anna Ruiz, a Peoria Democrat.", "Peoria")):
        ms = _mentions(nlp, text)
        assert not [m for m in ms if m.text.endswith(("Republican", "Democrat"))], \
            [(m.text, m.entity_type) for m in ms]
        assert any(m.text == town and m.entity_type == "place" for m in ms), [(m.text, m.entity_type) for m in ms]


def test_portfolio_or_court_before_a_title_is_no_organisation(nlp):
    ms = _mentions(nlp, "Public Works Commissioner Dana Hill said roads were closed.")
    assert not [m for m in ms if m.entity_type == "organization"], [(m.text, m.entity_type) for m in ms]
    ms = _mentions(nlp, "Greene County Circuit Judge Paul Amos said the law was void.")
    assert not [m for m in ms if m.entity_type == "organization"], [(m.text, m.entity_type) for m in ms]
    assert any(m.text == "Greene County" and m.entity_type == "place" for m in ms), \
        [(m.text, m.entity_type) for m in ms]


def test_plural_weapon_listed_with_another_is_no_organisation(nlp):
    ms = _mentions(nlp, "RAF Typhoons and Reapers struck targets near Mosul on Tuesday.")
    assert not [m for m in ms if m.text == "Reapers" and m.entity_type == "organization"], \
        [(m.text, m.entity_type) for m in ms]


def test_air_base_is_a_place_with_the_air_force_nested(nlp):
    text = "All aircraft returned safely to RAF Marham in Norfolk. The RAF said so."
    ms = _mentions(nlp, text)
    assert [(m.text, m.entity_type) for m in ms if m.char_start == text.index("RAF Marham")] == \
        [("RAF Marham", "place"), ("RAF", "organization")], [(m.text, m.entity_type) for m in ms]
    assert not [m for m in ms if m.entity_type == "person"], [(m.text, m.entity_type) for m in ms]


def test_no_place_nested_in_an_index_or_after_a_firm_name(nlp):
    ms = _mentions(nlp, "Tokyo's Nikkei fell and Hong Kong's Hang Seng index plunged 300 points.")
    assert not [m for m in ms if m.text == "Hang"], [(m.text, m.entity_type) for m in ms]
    ms = _mentions(nlp, "\"We could see more selling,\" said Ken Ito, a strategist at Meridian Pacific in Tokyo.")
    assert not [m for m in ms if m.text == "Pacific"], [(m.text, m.entity_type) for m in ms]


def test_compass_part_of_a_place_is_one_place(nlp):
    ms = _mentions(nlp, "Storms hit North Texas and the Pacific Northwest, and floods hit South East Asia.")
    places = [(m.text, m.entity_type) for m in ms]
    assert ("the Pacific Northwest", "place") in places and not [m for m in ms if m.text in
                                                                  ("Texas", "Pacific", "East Asia")], places


def test_headline_cause_verb_ends_the_place_and_an_outbreak_is_no_person(nlp):
    text = "Cholera Outbreak in West Texas Prompts School Closures\nAUSTIN, May 2 (Reuters) - Schools closed."
    ms = _mentions(nlp, text)
    assert any(m.text == "West Texas" and m.entity_type == "place" for m in ms), \
        [(m.text, m.entity_type) for m in ms]
    assert not [m for m in ms if m.entity_type in ("person", "organization") and "Outbreak" in m.text or
                "Prompts" in m.text], [(m.text, m.entity_type) for m in ms]


def test_untagged_person_after_an_organisations_possessive(nlp):
    text = "In the harbour district seat, pro-Beijing Harbour Unity Party's Mabel Kan was re-elected."
    ms = _mentions(nlp, text)
    assert any(m.text == "Mabel Kan" and m.entity_type == "person" for m in ms), [(m.text, m.entity_type) for m in ms]
    ms = _mentions(nlp, "Microsoft's Internet Explorer 6 is old.")
    assert not [m for m in ms if m.entity_type == "person"], [(m.text, m.entity_type) for m in ms]


def test_information_system_is_no_organisation(nlp):
    text = ("Officers query the Border Tracking Information System daily, while an older Intelligence System holds "
            "archived files. The Federal Reserve System was not involved.")
    ms = _mentions(nlp, text)
    orgs = [m.text for m in ms if m.entity_type == "organization"]
    assert not [o for o in orgs if "Information" in o or o == "Intelligence System"], orgs
    assert any("Federal Reserve System" in o for o in orgs), orgs


def test_station_and_airport_name_the_place_they_serve(nlp):
    text = ("Walk from Zhongxiao Station to the park. Flights left Minneapolis-St. Paul International Airport and "
            "Washington Dulles International Airport. Fans filled the Allianz Arena.")
    ms = _mentions(nlp, text)
    places = {m.text for m in ms if m.entity_type == "place"}
    assert {"Zhongxiao", "St. Paul", "Dulles", "Washington"} <= places, places
    assert "Allianz" not in places, places


def test_team_and_a_country_is_a_national_team(nlp):
    for text, name in (("The victory gave Team Ireland its first medal.", "Team Ireland"),
                       ("Officials said Team Kenya arrived late.", "Team Kenya")):
        ms = _mentions(nlp, text)
        assert any(m.text == name and m.entity_type == "organization" for m in ms), \
            [(m.text, m.entity_type) for m in ms]


def test_given_name_spacy_left_out_after_a_role_noun(nlp):
    ms = _mentions(nlp, "The photos show athletes Egidijus Kaunaitis (tennis) and Tom Reed (golf).")
    assert any(m.text == "Egidijus Kaunaitis" and m.entity_type == "person" for m in ms), \
        [(m.text, m.entity_type) for m in ms]
    assert not [m for m in ms if m.entity_type == "place"], [(m.text, m.entity_type) for m in ms]


def _types(ms):
    return {(m.text, m.entity_type) for m in ms}


def test_one_word_people_listed_with_a_known_place_after_a_preposition_are_places(nlp):
    text = "The report rests on interviews with residents of Bossangoa, Bouca and Batangafo."
    ms = _mentions(nlp, text)
    assert {("Bouca", "place"), ("Batangafo", "place"), ("Bossangoa", "place")} <= _types(ms), _types(ms)


def test_honorific_and_surname_is_a_person(nlp):
    text = "Interior Minister Rosa Quispe resigned on Monday. Ms Quispe, who took office in 2012, denied the claims."
    ms = _mentions(nlp, text)
    m = _at(ms, "Ms Quispe", text.index("Ms Quispe"))[0]
    assert (m.entity_type, m.entity_key) == ("person", "person:rosa quispe")


def test_named_storm_is_neither_person_nor_place(nlp):
    ms = _mentions(nlp, "The floods are the worst since Typhoon Ketsana struck in 2009.")
    assert all(m.entity_type == "other" for m in ms if "Ketsana" in m.text or "Typhoon" in m.text), _types(ms)
    assert any("Ketsana" in m.text for m in ms)


def test_acronym_of_an_organisation_then_a_city_is_its_office_there(nlp):
    text = ("The Office for the Coordination of Humanitarian Affairs (OCHA) said aid was short.\n"
            "Media enquiries: OCHA Juba, +211 912 345 678.")
    ms = _mentions(nlp, text)
    pos = text.rindex("OCHA")
    assert _at(ms, "OCHA", pos)[0].entity_type == "organization"
    juba = _at(ms, "Juba", text.index("Juba"))[0]
    assert (juba.entity_type, juba.country_code) == ("place", "SSD")
    # the acronym is no given name: "Juba" elsewhere stays the city
    assert not [m for m in ms if m.entity_type == "person"], _types(ms)


def test_place_before_resident_is_the_place(nlp):
    # spaCy takes the town for a person in some contexts; the rule that puts it right, on such a mention
    from pipeline.extract.entities import _places_of_residents
    from pipeline.records import Mention

    text = "Floods hit Manila on Monday. Marikina resident Jocelyn Dizon said the water rose to her chest."
    s = text.index("Marikina")
    wrong = Mention(s, s + 8, "Marikina", "Marikina", "person", "person:marikina")
    m = _places_of_residents(nlp(text), [wrong])[0]
    assert m.entity_type == "place" and m.entity_key.startswith("geonames:") and m.country_code == "PHL"
    assert any(x.text == "Marikina" and x.entity_type == "place" for x in _mentions(nlp, text))


def test_town_that_starts_a_club_name_is_the_club_in_a_sports_report(nlp):
    text = ("Bergen Wanderers beat Stavanger United 3-1 in the cup final on Sunday.\n"
            "Striker Ola Berg gave Bergen the lead after 20 minutes and scored again before half-time. The coach "
            "said his team had played its best match of the season. Fans celebrated in Bergen after the game, and "
            "the league said 12,000 spectators saw the match.")
    ms = _mentions(nlp, text)
    by_start = {m.char_start: m.entity_type for m in ms if m.text == "Bergen"}
    assert by_start.get(text.index("Bergen the lead")) == "organization", _types(ms)
    assert by_start.get(text.index("in Bergen") + 3) == "place", _types(ms)


def test_names_the_words_around_call_places_are_places(nlp):
    text = "Aid workers have been unable to reach the villages of Tin Hama and Intahaka for ten days."
    assert {("Tin Hama", "place"), ("Intahaka", "place")} <= _types(_mentions(nlp, text)), _types(_mentions(nlp, text))
    text = ("Troops killed militants in an operation near Bilis Qooqaani, 90 kilometres north of Kismayo. The "
            "operation cleared the road between Afmadow and Bilis Qooqaani.")
    ms = _mentions(nlp, text)
    assert all(m.entity_type == "place" for m in ms if m.text in ("Bilis Qooqaani", "Kismayo", "Afmadow")), _types(ms)
    # a known place after "in" leads a list
    assert ("Gampaha", "place") in _types(_mentions(nlp, "Hospitals in Kalutara and Gampaha opened extra wards."))
    # people stay people; an acronym before a noun stays what it was
    assert ("John Smith", "person") in _types(_mentions(nlp, "He met John Smith near the border."))


def test_role_word_and_name_typed_as_an_organisation_is_the_person(nlp):
    ms = _mentions(nlp, "Striker Mads Kjærgaard gave the visitors the lead after 11 minutes.")
    assert any(m.entity_type == "person" and "Kjærgaard" in m.text for m in ms), _types(ms)
    assert not [m for m in ms if m.entity_type == "organization" and "Kjærgaard" in m.text], _types(ms)


def test_dateline_place_spacy_leaves_untagged_is_the_place(nlp):
    text = "Refugees strain camps\nN'DJAMENA, 26 September 2013 (UNHCR)\nMore than 20,000 refugees reached eastern Chad."
    m = _at(_mentions(nlp, text), "N'DJAMENA", text.index("N'DJAMENA"))
    assert m and (m[0].entity_type, m[0].country_code) == ("place", "TCD")


def test_known_city_typed_as_an_organisation_after_a_locative_is_the_place(nlp):
    ms = _mentions(nlp, "A jury convicted a former developer from Scottsdale of fraud.")
    m = [x for x in ms if x.text == "Scottsdale"][0]
    assert (m.entity_type, m.country_code) == ("place", "USA"), _types(ms)


def test_foreign_head_word_makes_an_organisation(nlp):
    ms = _mentions(nlp, "Eleven fighters of the rebel Frente Andino Popular were killed on Friday.")
    assert ("Frente Andino Popular", "organization") in _types(ms), _types(ms)


def test_country_after_its_city_in_a_sports_report_is_no_team(nlp):
    text = ("The teenager won the women's tournament in Auckland, New Zealand, beating the top seed in the final "
            "match. The coach said the team played its best match of the season and the players scored.")
    ms = _mentions(nlp, text)
    assert ("New Zealand", "country") in _types(ms), _types(ms)


def test_a_currency_code_next_to_an_amount_is_no_organisation(nlp):
    ms = _mentions(nlp, "Switzerland announced a contribution of CHF 8 million last week, and the appeal is 40 "
                        "percent funded.")
    assert [(m.text, m.entity_type) for m in ms] == [("Switzerland", "country")]
    ms = _mentions(nlp, "The Netherlands will refurbish 14 Leopard 2A4 tanks at a cost of DKK 1.1 billion (about "
                        "€150 million).")
    assert "DKK" not in [m.text for m in ms]


def test_a_big_citys_name_of_several_words_tagged_as_a_person_is_the_city(nlp):
    ms = _mentions(nlp, '"Belo Horizonte wants change, and we are ready," Castro said.')
    assert ("Belo Horizonte", "place", "BRA") in [(m.text, m.entity_type, m.country_code) for m in ms]


def test_an_oil_benchmark_and_the_nifty_are_no_organisations(nlp):
    ms = _mentions(nlp, "A year ago, Brent traded at around $65, and the Nifty index lost 2.4 percent.")
    assert [(m.text, m.entity_type) for m in ms if m.text in ("Brent", "Nifty")] == [("Brent", "other"),
                                                                                  ("Nifty", "other")]
    # the London borough stays a place
    assert ("Brent", "place") in [(m.text, m.entity_type) for m in _mentions(
        nlp, "She grew up in Brent, north London, and moved to Leeds.")]


def test_a_city_the_tagger_called_an_organisation_is_the_city(nlp):
    ms = _mentions(nlp, "The people of Reykjavík voted on Saturday for a new council.")
    assert [(m.text, m.entity_type, m.country_code) for m in ms] == [("Reykjavík", "place", "ISL")]
    # a company stays one
    ms = _mentions(nlp, "Shares of Boeing rose after Airbus said it would cut output.")
    assert [(m.text, m.entity_type) for m in ms] == [("Boeing", "organization"), ("Airbus", "organization")]
