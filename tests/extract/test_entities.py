"""Entity layer: one test per phenomenon, on short sentences written for these tests."""
from __future__ import annotations

import pytest

from entity_helpers import mentions_of as _mentions


def _find(ms, text):
    hits = [m for m in ms if text in m.text]
    assert hits, f"{text!r} not found in {[(m.text, m.entity_type) for m in ms]}"
    return hits[0]


def test_person(nlp):
    m = _find(_mentions(nlp, "Yesterday Angela Merkel met the farmers in a small village."), "Angela Merkel")
    assert m.entity_type == "person"
    assert m.entity_key == "person:angela merkel"
    assert not m.country_code


def test_organisation(nlp):
    ms = _mentions(nlp, "The World Health Organization warned about the outbreak on Monday.")
    m = _find(ms, "World Health Organization")
    assert m.entity_type == "organization"
    assert m.entity_key.startswith("org:")


def test_media_outlet_is_organisation(nlp):
    ms = _mentions(nlp, "Bloomberg reported that the deal was close, citing two officials.")
    m = _find(ms, "Bloomberg")
    assert m.entity_type == "organization"
    assert m.entity_key == "org:bloomberg"
    assert not m.country_code


def test_country(nlp):
    m = _find(_mentions(nlp, "Troops crossed into Poland late at night."), "Poland")
    assert (m.entity_type, m.entity_key, m.country_code) == ("country", "iso:POL", "POL")


def test_demonym_links_country(nlp):
    ms = _mentions(nlp, "North Korean troops arrived, and the Russians welcomed them. Ukrainian officials objected.")
    assert _find(ms, "North Korean").country_code == "PRK"
    assert _find(ms, "Russians").country_code == "RUS"
    assert _find(ms, "Ukrainian").country_code == "UKR"


def test_capital_as_actor(nlp):
    ms = _mentions(nlp, "Pyongyang and Moscow signed a treaty. The talks were held in Moscow.")
    actor = [m for m in ms if m.text == "Pyongyang"][0]
    assert (actor.entity_type, actor.entity_key, actor.country_code) == ("country", "iso:PRK", "PRK")
    moscows = [m for m in ms if m.text == "Moscow"]
    assert moscows[0].entity_key == "iso:RUS"
    assert moscows[1].entity_type == "place" and moscows[1].geonames_id  # "in Moscow": the city
    assert all(m.country_code == "RUS" for m in moscows)


def test_subdivision(nlp):
    ms = _mentions(nlp, "Fighting continued in the Kursk region on Sunday.")
    m = [m for m in ms if m.entity_key.startswith("iso2:")][0]
    assert m.entity_key == "iso2:RU-KRS"
    assert m.name == "Kursk Oblast"
    assert m.country_code == "RUS"
    assert m.entity_type == "place"


def test_city_geonames(nlp):
    m = _find(_mentions(nlp, "The recruits were trained at a base near Vladivostok last month."), "Vladivostok")
    assert m.entity_type == "place"
    assert m.geonames_id == 2013348
    assert m.entity_key == "geonames:2013348"
    assert m.country_code == "RUS"
    assert abs(m.latitude - 43.1) < 0.1 and abs(m.longitude - 131.9) < 0.1


def test_person_coreference(nlp):
    text = ("President Volodymyr Zelensky spoke on Friday. Zelensky said the front was holding. "
            "Later the president thanked the allies.")
    ms = _mentions(nlp, text)
    people = [m for m in ms if m.entity_type == "person"]
    assert {m.entity_key for m in people} == {"person:volodymyr zelensky"}
    assert {m.text for m in people} >= {"Volodymyr Zelensky", "Zelensky", "the president"}


def test_us_variants(nlp):
    text = ("The United States sent aid. US officials agreed, and U.S. lawmakers voted. "
            "America will also help, the envoy said.")
    ms = _mentions(nlp, text)
    usa = [m for m in ms if m.text in ("United States", "The United States", "US", "U.S.", "America")]
    assert len(usa) >= 4
    assert {m.entity_key for m in usa} == {"iso:USA"}
    assert {m.country_code for m in usa} == {"USA"}


def test_region_place(nlp):
    m = _find(_mentions(nlp, "The soldiers trained at ranges in the Russian Far East."), "Russian Far East")
    assert m.entity_type == "place" and m.country_code == "RUS"


def test_common_word_not_a_place(nlp):
    ms = _mentions(nlp, "Reading the report, she said the mobile unit would split.")
    assert not [m for m in ms if m.entity_type in ("place", "country")]


def _types(ms):
    return {m.text: m.entity_type for m in ms}


def test_products_are_not_people_or_orgs(nlp):
    ms = _mentions(nlp, "Sales of the iPhone beat forecasts, and Internet Explorer lost ground to Firefox. "
                        "She still uses the Polaroid camera her aunt gave her.")
    t = _types(ms)
    assert t.get("iPhone") == "other"
    assert t.get("Internet Explorer", "other") == "other"
    assert t.get("Firefox", "other") == "other"
    assert not [m for m in ms if m.entity_type == "person"]


def test_brand_and_model_is_one_product(nlp):
    ms = _mentions(nlp, "The Chevrolet Volt will reach dealers next year, the carmaker said.")
    assert not [m for m in ms if m.entity_type == "person"]


def test_stock_indices_are_not_organisations(nlp):
    ms = _mentions(nlp, "The Dow Jones Industrial Average fell 120 points, the Nasdaq closed down 2 percent, "
                        "and in Tokyo the Nikkei rose 0.4 percent.")
    assert not [m for m in ms if m.entity_type == "organization"], [(m.text, m.entity_type) for m in ms]
    assert _find(ms, "Tokyo").entity_type in ("place", "country")


def test_ambiguous_index_name_outside_markets_stays_an_organisation(nlp):
    ms = _mentions(nlp, "Nikkei reported that the minister would resign.")
    assert _find(ms, "Nikkei").entity_type == "organization"


def test_company_names_business_news(nlp):
    ms = _mentions(nlp, "Airbus and Boeing compete for the order, while Chrysler talks to Fiat.")
    t = _types(ms)
    for name in ("Airbus", "Boeing", "Chrysler", "Fiat"):
        assert t.get(name) == "organization", (name, t)


def test_honorific_makes_a_person(nlp):
    ms = _mentions(nlp, "Speaking in the council, Ms Jordan said the budget was unfair.")
    m = _find(ms, "Jordan")
    assert m.entity_type == "person"


def test_org_head_word_names(nlp):
    ms = _mentions(nlp, "Officials of the Coastal Defence Authority met the Municipality of Brindale on Monday. "
                        "Commanders of the Northern Rescue Brigade were dispatched.")
    assert _find(ms, "Coastal Defence Authority").entity_type == "organization"
    assert _find(ms, "Municipality of Brindale").entity_type == "organization"
    m = _find(ms, "Northern Rescue Brigade")
    assert m.entity_type == "organization" and not m.text.startswith("Commanders")


def test_type_vote_within_article(nlp):
    from pipeline.extract.entities import _vote_types
    from pipeline.records import Mention
    ms = [Mention(0, 7, "Sea Org", "Sea Org", "place", "place:sea org"),
          Mention(20, 27, "Sea Org", "Sea Org", "organization", "org:sea org"),
          Mention(40, 47, "Sea Org", "Sea Org", "organization", "org:sea org"),
          Mention(60, 66, "Russia", "Russia", "country", "iso:RUS", "RUS")]
    out = _vote_types(ms)
    assert [m.entity_type for m in out] == ["organization", "organization", "organization", "country"]
    assert out[0].entity_key == "org:sea org"


def test_person_inside_organisation_name(nlp):
    text = ("Marta Kowalczyk painted the mural in 1990. The Marta Kowalczyk Foundation now looks after it.")
    ms = _mentions(nlp, text)
    inner = [m for m in ms if m.entity_type == "person" and m.char_start > 40]
    assert inner and inner[0].entity_key == "person:marta kowalczyk"
    assert any(m.entity_type == "organization" and "Foundation" in m.text for m in ms)


def test_person_whose_surname_is_a_city(nlp):
    text = ("The court heard from Valeska Paris, an Australian woman, on Monday. "
            "Paris said she had been held for years.")
    ms = _mentions(nlp, text)
    people = [m for m in ms if m.entity_type == "person"]
    assert {m.text for m in people} >= {"Valeska Paris", "Paris"}
    assert not [m for m in ms if m.entity_type in ("place", "country") and m.text == "Paris"]


def test_affiliation_after_person_of(nlp):
    ms = _mentions(nlp, "The seat went to Harriet Lowe of Brightwater, who beat Tomas Adler of the KDU.")
    for name in ("Brightwater", "KDU"):
        m = [m for m in ms if m.text.endswith(name)]
        assert m and m[0].entity_type == "organization", (name, [(x.text, x.entity_type) for x in ms])


def test_acronym_is_not_a_person(nlp):
    from pipeline.extract.entities import _classify
    doc = nlp("Voters backed the DAB again.")
    tok = [t for t in doc if t.text == "DAB"][0]
    m = _classify(doc, tok.idx, tok.idx + 3, tok.i, tok.i + 1, "PERSON", "DAB", True, {}, {})
    assert m.entity_type == "organization"


def test_lower_case_person_label_dropped(nlp):
    from pipeline.extract.entities import _classify
    doc = nlp("They met pro-reform activists.")
    tok = [t for t in doc if t.text.startswith("pro")][0]
    assert _classify(doc, tok.idx, tok.idx + len(tok.text), tok.i, tok.i + 1, "PERSON", tok.text, False, {},
                     {}) is None


def test_movement_name_is_organisation(nlp):
    from pipeline.extract.entities import _classify
    doc = nlp("Critics of Scientology protested outside the building.")
    tok = [t for t in doc if t.text == "Scientology"][0]
    m = _classify(doc, tok.idx, tok.idx + 11, tok.i, tok.i + 1, "GPE", "Scientology", True, {}, {})
    assert m.entity_type == "organization"


def test_repeated_name_found_again(nlp):
    from pipeline.extract.entities import _repeat_names
    from pipeline.records import Mention
    text = "The Harbour Guild met on Monday. Later the Harbour Guild voted, and Internet Harbour Guild Ltd did not."
    doc = nlp(text)
    first = Mention(4, 17, "Harbour Guild", "Harbour Guild", "organization", "org:harbour guild")
    extra = _repeat_names(doc, [first])
    assert [(m.text, m.char_start) for m in extra] == [("Harbour Guild", text.index("Harbour Guild", 20))]


def test_product_short_name_follows_full_name(nlp):
    text = ("Space Shuttle Atlantis will go to a museum. Atlantis flew its last mission in July, and "
            "Atlantis was cleaned.")
    ms = _mentions(nlp, text)
    assert not [m for m in ms if m.text == "Atlantis" and m.entity_type in ("person", "organization")]


def test_gazetteer_place_spacy_missed(nlp):
    ms = _mentions(nlp, "The survey ran until December 2004. Tasmania was excluded from the study.")
    m = _find(ms, "Tasmania")
    assert m.entity_type == "place" and m.country_code == "AUS"


def test_pro_anti_stance_is_not_a_place(nlp):
    ms = _mentions(nlp, "Two pro-Beijing candidates lost, and anti-Moscow protesters cheered.")
    assert not [m for m in ms if m.entity_type in ("place", "country")], [(m.text, m.entity_type) for m in ms]


def test_acronym_after_person_name_is_not_a_surname(nlp):
    text = "Pro-Beijing KPU's Mara Lind won. Voters in the north backed KPU again, and KPU said it was pleased."
    ms = _mentions(nlp, text)
    assert not [m for m in ms if m.text == "KPU" and m.entity_type == "person"], [(m.text, m.entity_type) for m in ms]


def test_acronym_takes_type_of_long_form(nlp):
    text = ("The crew landed at the Harwick Space Center (HSC) on Friday. Many HSC workers watched the landing "
            "from the roof.")
    ms = _mentions(nlp, text)
    long = _find(ms, "Harwick Space Center")
    short = [m for m in ms if m.text == "HSC"]
    assert short and {m.entity_type for m in short} == {long.entity_type}


def test_org_cue_noun_before_name(nlp):
    ms = _mentions(nlp, "The minister told the French newspaper Les Echos that talks would resume.")
    assert _find(ms, "Les Echos").entity_type == "organization"


def test_corporate_suffix_joins_company(nlp):
    ms = _mentions(nlp, "Chrysler LLC, owned by a private equity firm, reported losses.")
    assert not [m for m in ms if m.text == "LLC"]
    assert [m for m in ms if "Chrysler" in m.text and m.entity_type == "organization"]


def test_product_name_other_capitalisation(nlp):
    ms = _mentions(nlp, "He introduced the Macbook Air on stage.")
    assert not [m for m in ms if "Macbook" in m.text and m.entity_type in ("organization", "person")]


def test_caption_label_trimmed(nlp):
    from pipeline.extract.entities import _strip_span
    text = "The team flew to Washington D.C. Image: Jane Roe."
    doc = nlp(text)
    s = text.index("Washington")
    cs, ce = _strip_span(doc, s, text.index(":"))
    assert text[cs:ce] == "Washington D.C."


def test_role_noun_before_name_makes_a_person(nlp):
    from pipeline.extract.entities import _classify
    text = "The save came from goalkeeper Thibaut Vermeer in the last minute."
    doc = nlp(text)
    s = text.index("Thibaut")
    toks = [t for t in doc if s <= t.idx < s + len("Thibaut Vermeer")]
    m = _classify(doc, s, s + len("Thibaut Vermeer"), toks[0].i, toks[-1].i + 1, "ORG", "Thibaut Vermeer", True,
                  {}, {})
    assert m.entity_type == "person"


def test_small_city_modifying_a_site_noun(nlp):
    # spaCy tags these towns as an organisation / a nationality; the article names their country
    ms = _mentions(nlp, "Poland's largest carmaker said it would close its Tychy factory next year. "
                        "The Czech firm will expand its Kolin plant, the company said.")
    tychy, kolin = _find(ms, "Tychy"), _find(ms, "Kolin")
    assert (tychy.entity_type, tychy.country_code) == ("place", "POL") and tychy.geonames_id
    assert (kolin.entity_type, kolin.country_code) == ("place", "CZE") and kolin.geonames_id


def test_small_city_needs_its_country_named(nlp):
    # "Mercedes" is also a town in Argentina, which this article does not name
    ms = _mentions(nlp, "The German carmaker said its Mercedes plant would add a shift. "
                        "Workers at the Goodyear plant went on strike.")
    assert not [m for m in ms if m.country_code in ("ARG", "USA")]
    assert _find(ms, "Goodyear").entity_type == "organization"


def test_subdivision_with_type_word(nlp):
    # spaCy calls "Gombe State" a person here
    ms = _mentions(nlp, "Officials fear the outbreak will reach neighbouring Gombe State. Police in Helmand Province "
                        "and Aichi Prefecture said Turkana County was calm, and aid reached nearby Adamawa State.")
    for name, key, code in [("Gombe State", "iso2:NG-GO", "NGA"), ("Helmand Province", "iso2:AF-HEL", "AFG"),
                            ("Aichi Prefecture", "iso2:JP-23", "JPN"), ("Turkana County", "iso2:KE-43", "KEN"),
                            ("Adamawa State", "iso2:NG-AD", "NGA")]:
        m = _find(ms, name)
        assert (m.entity_type, m.entity_key, m.country_code) == ("place", key, code), name


def test_subdivision_index_with_and_without_type_word():
    from pipeline.extract import gazetteer as gz

    for text in ("Yobe", "Yobe State", "Anbar", "Anbar Governorate", "Sichuan", "Sichuan Province",
                 "Región de Murcia", "Kursk Oblast"):
        p = gz.lookup_place(text)
        assert p is not None and p.kind == "subdivision", text
    assert gz.lookup_place("Yobe State").key == gz.lookup_place("Yobe").key == "iso2:NG-YO"
    assert gz.lookup_place("Kursk region", region_word=True).key == "iso2:RU-KRS"


def test_subdivision_exonyms_and_accents(nlp):
    from pipeline.extract import gazetteer as gz

    for alias, code in gz.SUBDIVISION_EXONYMS.items():  # every exonym resolves to its ISO 3166-2 code
        p = gz.lookup_place(alias)
        assert p is not None and p.key == f"iso2:{code}", alias
    for text in ("Andalusia", "Andalucía", "Andalucia", "ANDALUSIA".title()):
        assert gz.lookup_place(text).key == "iso2:ES-AN", text
    ms = _mentions(nlp, "Wildfires forced evacuations in Normandy, Flanders and Wallonia, while Andalucia stayed "
                        "dry. Vineyards in Piedmont and Apulia reported losses.")
    for name, code in [("Normandy", "FRA"), ("Flanders", "BEL"), ("Wallonia", "BEL"), ("Andalucia", "ESP"),
                       ("Piedmont", "ITA"), ("Apulia", "ITA")]:
        m = _find(ms, name)
        assert m.entity_type == "place" and m.entity_key.startswith("iso2:") and m.country_code == code, name
    assert _find(ms, "Andalucia").name == "Andalusia"


def test_facility_named_before_of_is_place(nlp):
    ms = _mentions(nlp, "The shuttle will go on display at the Museum of Aviation History in Dayton next year.")
    m = _find(ms, "Museum of Aviation History")
    assert m.entity_type == "place"


def test_repeated_org_name_around_country_is_organisation(nlp):
    # spaCy tags the second "Elections Canada" as the country alone
    text = "The report was released by Elections Canada on Monday. Elections Canada spokeswoman Ann Lee said so."
    ms = _mentions(nlp, text)
    second = text.rindex("Elections Canada")
    orgs = [m for m in ms if m.char_start == second and m.entity_type == "organization"]
    assert orgs and orgs[0].char_end == second + len("Elections Canada")
    assert any(m.entity_key == "iso:CAN" and m.char_start > second for m in ms)  # the country stays nested


@pytest.mark.parametrize("text,title", [
    ("The Home Secretary defended the plan in parliament on Tuesday.", "The Home Secretary"),
    ("Critics wrote to the Secretary of State about the delays.", "the Secretary of State"),
    ("Norway's Prime Minister declined to comment on the report.", "Norway's Prime Minister"),
])
def test_capitalised_title_stands_for_a_person(nlp, text, title):
    ms = _mentions(nlp, text)
    assert any(m.text == title and m.entity_type == "person" for m in ms), [(m.text, m.entity_type) for m in ms]


def test_title_followed_by_name_is_left_to_the_name(nlp):
    ms = _mentions(nlp, "The Home Secretary Jane Doyle defended the plan on Tuesday.")
    assert not any(m.entity_key.startswith("role:") for m in ms)
    assert _find(ms, "Jane Doyle").entity_type == "person"


def test_organisation_run_into_a_title_is_split(nlp):
    text = "\"We will look at it again,\" said Mark Ellison, NASA Administrator, on Friday."
    ms = _mentions(nlp, text)
    assert any(m.text == "NASA" and m.entity_type == "organization" for m in ms)
    assert any(m.text == "NASA Administrator" and m.entity_type == "person" for m in ms)


def test_nationality_noun_names_people(nlp):
    ms = _mentions(nlp, "Thousands of Afghans protested in the capital, while Afghan officials stayed silent.")
    people = _find(ms, "Afghans")
    assert (people.entity_type, people.country_code) == ("person", "AFG")
    adjective = [m for m in ms if m.text == "Afghan"]
    assert adjective and adjective[0].entity_type == "group"


def test_city_inside_a_name_needs_its_country(nlp):
    # "Kennedy" is also a large district of Bogota: not a place inside a space centre's name in Florida
    ms = _mentions(nlp, "The orbiter was moved to the Kennedy Space Center in Florida last week.")
    assert not any(m.text == "Kennedy" and m.entity_type in ("place", "country") for m in ms)


def test_city_name_mostly_used_for_a_person_is_the_person():
    from pipeline.extract.entities import _vote_types
    from pipeline.records import Mention
    ms = [Mention(0, 6, "Gloria", "Glória", "place", "geonames:1", "BRA"),
          Mention(20, 26, "Gloria", "Gloria", "person", "person:gloria"),
          Mention(40, 46, "Gloria", "Gloria", "person", "person:gloria")]
    assert [m.entity_type for m in _vote_types(ms)] == ["person", "person", "person"]
    assert _vote_types(ms[:2])[0].entity_type == "place"  # a tie changes nothing


def test_nationality_noun_in_sports_report_is_the_team(nlp):
    text = ("The match was tight. The Belgians scored two goals in the first half, and their striker added a "
            "penalty. The coach praised the squad after the tournament match, and the goalkeeper saved a late shot.")
    m = _find(_mentions(nlp, text), "Belgians")
    assert (m.entity_type, m.entity_key) == ("organization", "team:BEL")


def test_country_after_to_is_the_team_when_it_plays(nlp):
    text = ("Portugal beat Ghana 2 - 0 in the group match. Ghana lost to Portugal after a late goal, and the "
            "striker scored a penalty. The coach said the squad travelled to Qatar for the tournament.")
    ms = _mentions(nlp, text)
    after_to = [m for m in ms if m.char_start == text.index("to Portugal") + 3]
    assert after_to and after_to[0].entity_key == "team:PRT"
    qatar = [m for m in ms if m.text == "Qatar"]
    assert qatar and qatar[0].entity_key == "iso:QAT"  # where the squad went, not a team


def test_lower_case_word_also_used_as_noun_is_no_person(nlp):
    text = "Doctors say Calcium deficiency is common. Doctors say calcium is needed."
    ms = _mentions(nlp, text)
    assert not any(m.text == "Calcium" and m.entity_type == "person" for m in ms)


@pytest.mark.parametrize("text,bad", [
    ("As of 10:00 GMT the servers were down.", "GMT"),
    ("The defence was led by Peter Hall, QC, who called no witnesses.", "QC"),
    ("Labour said Home Secretary Jane Marsh had failed.", "Home"),
])
def test_not_a_name(nlp, text, bad):
    ms = _mentions(nlp, text)
    assert not any(m.text == bad and m.entity_type in ("organization", "person", "place") for m in ms), \
        [(m.text, m.entity_type) for m in ms]


def test_lower_case_span_is_no_name(nlp):
    from pipeline.extract.entities import _not_a_name
    doc = nlp("He once ran a disco club in town.")
    assert _not_a_name(doc, 4, 6, "ORG", "disco club")


def test_name_listed_with_people_is_a_person(nlp):
    from pipeline.extract.entities import _listed_with_people, _person_shaped
    doc = nlp("The show includes portraits by Ann Ray, Walker Evans and Bo Li.")
    span = [t.i for t in doc if t.text == "Walker"][0]
    assert _person_shaped("Walker Evans") and _listed_with_people(doc, span, span + 2)
    assert not _person_shaped("Walker Foundation") and not _person_shaped("Texas Rangers")


def test_org_abbreviation_heads_an_organisation():
    from pipeline.extract import gazetteer as gz
    assert gz.org_head("the Harbour Org")


def test_org_name_split_at_for_is_one_organisation(nlp):
    ms = _mentions(nlp, "A grant came from the Helen Marsh Foundation for the Performing Arts last year.")
    assert any(m.text == "the Helen Marsh Foundation for the Performing Arts" and m.entity_type == "organization"
               for m in ms), [(m.text, m.entity_type) for m in ms]


def test_abbreviated_large_city_inside_a_name(nlp):
    ms = _mentions(nlp, "She told LA Weekly that the event was cancelled.")
    la = [m for m in ms if m.text == "LA"]
    assert la and la[0].entity_type == "place" and la[0].country_code == "USA"


def test_title_complement_does_not_swallow_a_name(nlp):
    ms = _mentions(nlp, "The Mexican Ambassador to the United Nations Ana Ruiz spoke.")
    assert not any(m.entity_key.startswith("role:") and "Ruiz" in m.text for m in ms)
    ms = _mentions(nlp, "The Ambassador to the United Nations spoke first.")
    assert any(m.text == "The Ambassador to the United Nations" and m.entity_type == "person" for m in ms)


def test_generic_word_inside_a_name_is_no_region(nlp):
    ms = _mentions(nlp, "He is Chairman of the Centre for Control of Salt Disorders at the university.")
    assert not any(m.text == "Centre" and m.entity_type == "place" for m in ms)


def test_building_tagged_as_person_is_a_place(nlp):
    ms = _mentions(nlp, "The prints went to the Hale Teaching Museum and Art Gallery at Lake College in Ohio.")
    assert _find(ms, "Art Gallery").entity_type == "place"


def test_newspaper_named_after_its_city(nlp):
    from pipeline.extract.entities import _newspaper_name
    assert _newspaper_name("the Toledo Blade") and _newspaper_name("Edmonton Sun")
    assert not _newspaper_name("Rising Sun")
    ms = _mentions(nlp, "Sources: Ottawa Star, August 15, 2008")  # spaCy tags no name here
    assert _find(ms, "Ottawa Star").entity_type == "organization"


def test_religious_festival_is_no_person(nlp):
    ms = _mentions(nlp, "The Hajj stampede killed hundreds.")
    assert _find(ms, "Hajj").entity_type == "other"


def test_party_word_inside_party_name(nlp):
    ms = _mentions(nlp, "Gary Lam of the Neo Democrats lost his seat.")
    assert _find(ms, "Neo Democrats").entity_type == "organization"
    assert not any(m.text == "Democrats" for m in ms)


def test_bracketed_acronym_is_cut_from_the_name_and_joins_it(nlp):
    ms = _mentions(nlp, "The World Health Organisation (WHO) said so. Later WHO changed its view.")
    long = _find(ms, "World Health Organisation")
    assert "(" not in long.text
    whos = [m for m in ms if m.text == "WHO"]
    assert len(whos) == 2 and all(m.entity_key == long.entity_key for m in whos)


def test_surname_inside_a_building_name_is_the_person(nlp):
    ms = _mentions(nlp, "Andy Moore donated prints. The Moore Gallery showed them.")
    nested = [m for m in ms if m.text == "Moore"]
    assert nested and nested[0].entity_key == "person:andy moore"


def test_name_after_town_of_is_a_place(nlp):
    ms = _mentions(nlp, "Shells fell near the village of Kafr Nubl on Monday.")  # spaCy: an organisation
    assert _find(ms, "Kafr Nubl").entity_type == "place"


@pytest.mark.parametrize("text,name", [
    ("He is famous for his role in the 1972 film Silent River, shot in Utah.", "Silent River"),
    ("She launched her graphic novel Blue Heron with a friend.", "Blue Heron"),
    ("Pilgrims travelled to Mecca, Islam's holiest site.", "Islam"),
])
def test_works_and_religions_are_other(nlp, text, name):
    assert _find(_mentions(nlp, text), name).entity_type == "other"


def test_social_media_handle_is_no_organisation(nlp):
    ms = _mentions(nlp, "Obama tweeted from his @POTUS account on Monday.")
    assert not any("POTUS" in m.text for m in ms)
    assert _find(_mentions(nlp, "They play Belgium on Sunday in the final."), "Belgium").entity_type == "country"


def test_portfolio_inside_a_title_is_no_organisation(nlp):
    ms = _mentions(nlp, "John Kerry, the Secretary of State, called Thailand's foreign minister.")
    assert not any(m.text == "State" for m in ms)
    ms = _mentions(nlp, "The Undersecretary for Education Mr. Rossi said the rules would change.")
    assert not any(m.entity_key.startswith("role:") for m in ms)  # a name follows the title


def test_score_cut_from_a_team_name(nlp):
    from spacy.tokens import Span
    from pipeline.extract.entities import _without_trailing_score
    doc = nlp("Group F — Norway 1 – 0 Chile")
    i = [t.i for t in doc if t.text == "Norway"][0]
    assert _without_trailing_score(Span(doc, i, i + 2, label="ORG")) == i + 1
    doc = nlp("The Vostok 1 capsule flew in 1961.")
    assert _without_trailing_score(Span(doc, 1, 3, label="PRODUCT")) == 3


def test_repeat_after_sentence_initial_common_word(nlp):
    text = "Posts attacked Zentrology, the group said. Critics of Zentrology met online."
    ms = _mentions(nlp, text)
    assert any(m.char_start == text.rindex("Zentrology") and m.entity_type == "organization" for m in ms)


def test_unknown_place_after_role_noun_is_a_person(nlp):
    ms = _mentions(nlp, "Portraits include fashion designer Halston and others.")
    assert _find(ms, "Halston").entity_type == "person"


def test_title_resolves_to_holder_of_that_exact_title(nlp):
    text = ("Shadow Home Secretary Tom Reed criticised the plan. Home Secretary Jane Marsh defended it. "
            "The Home Secretary said the backlog would fall.")
    ms = _mentions(nlp, text)
    role = [m for m in ms if m.text == "The Home Secretary"]
    assert role and role[0].entity_key == "person:jane marsh"


def test_agent_of_a_human_act_is_a_person(nlp):
    from pipeline.extract.entities import _agent_of_human_act
    doc = nlp("The contest was founded by Dean Kamer to encourage science.")
    assert _agent_of_human_act(doc, [t.i for t in doc if t.text == "Dean"][0])
    ms = _mentions(nlp, "The firm was acquired by Morgan Stanley in 2010.")
    assert _find(ms, "Morgan Stanley").entity_type == "organization"


def test_title_word_before_a_title_is_no_organisation(nlp):
    ms = _mentions(nlp, "Emeritus Professor John Reed chairs the panel.")
    assert not any(m.text == "Emeritus" for m in ms)


def test_country_after_honorific_is_a_character(nlp):
    ms = _mentions(nlp, "Fans dressed as Captain Canada at the show.")
    assert _find(ms, "Canada").entity_type == "person"


def test_plural_surname_is_the_family(nlp):
    text = "Olaf Berg and Eva Berg were charged. Despite repeated warnings, the Bergs continued to refuse help."
    m = _find(_mentions(nlp, text), "Bergs")
    assert (m.entity_type, m.entity_key) == ("person", "people:bergs")


def test_namesake_of_a_building_taken_for_a_person():
    from pipeline.extract.entities import _namesake
    from pipeline.records import Mention
    text = "the Steven F. Marsh Center"
    building = Mention(10, 10 + len(text), text, text, "place", "place:steven f marsh center")
    (person,) = _namesake(building)
    assert (person.text, person.char_start, person.entity_type) == ("Steven F. Marsh", 14, "person")
    assert _namesake(Mention(0, 11, "Art Gallery", "Art Gallery", "place", "place:art gallery")) == []


def test_nested_place_leaves_out_the_article(nlp):
    ms = _mentions(nlp, "The U.S. Environmental Protection Agency said so.")
    assert any(m.text == "U.S." and m.entity_key == "iso:USA" for m in ms)
    assert not any(m.text == "The U.S." for m in ms)
