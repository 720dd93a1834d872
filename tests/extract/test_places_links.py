"""Which country a place mention is linked to: Georgia the state or the country, names that are English words or
phrases (a city's nickname, a region named like an adjective, a sea a province is named after), a site named like a
foreign place, one-word towns tagged as nationalities, written state abbreviations. Invented sentences."""
from __future__ import annotations

from entity_helpers import mentions_of as _mentions


def _hits(ms, text):
    hits = [m for m in ms if m.text == text]
    assert hits, [(m.text, m.entity_type, m.entity_key, m.country_code) for m in ms]
    return hits


def _codes(ms):
    return {m.country_code for m in ms if m.country_code}


# --- Georgia: the US state in an American article, the country in a Caucasus one ---------------------------------

def test_georgia_in_an_american_article_is_the_state(nlp):
    text = ("SAVANNAH — Four county clinics in Georgia will shut by spring, and nearly 800,000 Georgians lack "
            "insurance, a hospital group in Macon, Ga., said on Tuesday.")
    ms = _mentions(nlp, text)
    for name in ("Georgia", "Georgians"):
        for m in _hits(ms, name):
            assert m.country_code == "USA", (name, m.entity_key)
    assert "GEO" not in _codes(ms)


def test_georgia_senate_race_with_american_places_is_the_state(nlp):
    text = "The Georgia Senate race tightened after a debate in Augusta, and Fulton County reported record turnout."
    ms = _mentions(nlp, text)
    assert "GEO" not in _codes(ms), [(m.text, m.entity_key, m.country_code) for m in ms]


def test_georgia_with_caucasus_places_stays_the_country(nlp):
    text = ("The U.S. embassy in Tbilisi said Georgia had asked Washington for help after protests near the border "
            "with South Ossetia.")
    ms = _mentions(nlp, text)
    assert all(m.country_code == "GEO" for m in _hits(ms, "Georgia"))


def test_georgia_alone_stays_the_country(nlp):
    ms = _mentions(nlp, "Georgia signed a trade deal with Armenia on Monday.")
    assert all(m.country_code == "GEO" for m in _hits(ms, "Georgia"))


# --- English words and phrases that are no link ----------------------------------------------------------------

def test_white_house_is_no_city(nlp):
    """Casablanca's English translation among GeoNames' alternate names is no name of the city in English text."""
    ms = _mentions(nlp, "Senator Ann Pruitt said the White House had ignored the warnings.")
    assert "MAR" not in _codes(ms), [(m.text, m.entity_key) for m in ms]


def test_city_nicknames_made_of_common_words_are_no_link(nlp):
    from pipeline.extract import gazetteer as gz

    for phrase in ("White House", "Garden City", "Old Town", "Motor City"):
        p = gz.lookup_place(phrase)
        assert p is None or p.kind != "city" or gz.norm(p.name) == gz.norm(phrase), (phrase, p)
    for name in ("Casablanca", "Saint Louis", "Detroit"):
        assert gz.lookup_place(name) is not None, name


def test_sea_is_no_province_named_after_it(nlp):
    text = "Two tankers were escorted through the Red Sea on Sunday, a navy spokesman in Bahrain said."
    ms = _mentions(nlp, text)
    assert not {"SDN", "EGY"} & _codes(ms), [(m.text, m.entity_key, m.country_code) for m in ms]


def test_sea_province_with_its_type_word_is_linked(nlp):
    from pipeline.extract import gazetteer as gz

    p = gz.lookup_place("Red Sea State", region_word=True)
    assert p is not None and p.country_code == "SDN"


def test_region_named_like_an_english_word_inside_an_organisation_is_no_link(nlp):
    text = "The Joint Maritime Authority and the National Unity Front said the talks in Nairobi had failed."
    ms = _mentions(nlp, text)
    assert not {"TGO", "SSD"} & _codes(ms), [(m.text, m.entity_key, m.country_code) for m in ms]


def test_english_word_region_with_its_type_word_is_linked(nlp):
    from pipeline.extract import gazetteer as gz

    assert gz.lookup_place("Unity State", region_word=True).country_code == "SSD"
    assert gz.lookup_place("Maritime Region", region_word=True).country_code == "TGO"


def test_site_named_like_a_foreign_province_is_no_link(nlp):
    text = "Peruvian engineers inspected the San José mine near Arequipa after the landslide."
    ms = _mentions(nlp, text)
    assert "CRI" not in _codes(ms), [(m.text, m.entity_key, m.country_code) for m in ms]


# --- one-word towns tagged as nationalities ----------------------------------------------------------------------

def test_one_word_town_after_a_locative_is_a_place_of_its_sentence_country(nlp):
    text = "Fighters attacked a mosque in Rawah, Iraqi officials said, and shelled positions near Al-Qaim."
    m = _hits(_mentions(nlp, text), "Rawah")[0]
    assert (m.entity_type, m.country_code) == ("place", "IRQ")


def test_nationality_word_after_a_locative_stays_a_nationality(nlp):
    ms = _mentions(nlp, "Aid workers in Iraqi towns near Mosul said food was short.")
    assert all(m.entity_type != "place" for m in _hits(ms, "Iraqi"))


# --- written abbreviations of states ------------------------------------------------------------------------------

def test_tex_abbreviation_is_texas(nlp):
    ms = _mentions(nlp, "The refinery in Beaumont, Tex., was closed on Friday after the storm.")
    m = _hits(ms, "Tex.")[0]
    assert (m.entity_key, m.country_code) == ("iso2:US-TX", "USA")


def test_georgia_listed_with_another_country_stays_the_country(nlp):
    text = "Voters in Ohio and Michigan heard that Moscow's invasions of Georgia and Ukraine worried NATO."
    ms = _mentions(nlp, text)
    assert all(m.country_code == "GEO" for m in _hits(ms, "Georgia"))


def test_seat_of_government_after_a_locative_is_the_building_in_its_country(nlp):
    ms = _mentions(nlp, "The senator invited the robotics team to the White House in June.")
    m = _hits(ms, "the White House")[0]
    assert (m.entity_type, m.country_code) == ("place", "USA")


def test_religious_and_party_words_after_a_locative_are_no_towns(nlp):
    ms = _mentions(nlp, "Critics warned of hostility toward Muslims, and a Democrat from Ohio agreed.")
    assert not [m for m in ms if m.text in ("Muslims", "Democrat") and m.entity_type == "place"]


# --- namesake cities: the one of the article's country ------------------------------------------------------------

def test_town_takes_the_state_after_its_comma_not_a_foreign_namesake(nlp):
    ms = _mentions(nlp, "FAIRVIEW, W.Va. - The mine reopened on Monday after a long strike.")
    m = _hits(ms, "FAIRVIEW")[0]
    assert m.country_code == "USA", m.entity_key


def test_namesake_city_in_the_country_the_article_names(nlp):
    text = "Estonian officials said Moscow treats Narva like a suburb of St. Petersburg, Russia's second city."
    m = _hits(_mentions(nlp, text), "St. Petersburg")[0]
    assert m.country_code == "RUS", m.entity_key


def test_namesake_city_with_its_own_state_is_kept(nlp):
    m = _hits(_mentions(nlp, "The mayor of St. Petersburg, Florida, opened the pier."), "St. Petersburg")[0]
    assert m.country_code == "USA"


def test_the_planet_is_in_no_country(nlp):
    ms = _mentions(nlp, "Scientists in Ohio said pollution is causing rapid shifts in Earth's climate.")
    assert not [m for m in ms if m.text == "Earth" and m.country_code]


def test_state_named_like_a_small_town_of_its_country_is_the_state(nlp):
    ms = _mentions(nlp, "Voters in Oregon and Delaware backed the measure on Tuesday.")
    for name, code in (("Oregon", "iso2:US-OR"), ("Delaware", "iso2:US-DE")):
        assert _hits(ms, name)[0].entity_key == code, name


# --- subdivisions several countries have ----------------------------------------------------------------------

def test_subdivision_namesake_defaults_to_the_larger_country(nlp):
    ms = _mentions(nlp, "Early voting in Maryland ended on Sunday.")
    assert _hits(ms, "Maryland")[0].country_code == "USA"


def test_subdivision_namesake_of_the_country_the_article_names(nlp):
    ms = _mentions(nlp, "Flash floods swept through Punjab, Pakistani rescue officials said on Monday.")
    assert _hits(ms, "Punjab")[0].country_code == "PAK"


# --- names that are no place ---------------------------------------------------------------------------------------

def test_alternate_city_name_the_article_uses_for_a_person_is_no_city(nlp):
    ms = _mentions(nlp, "They are putting pressure on Lester because if Lester does not play, they lose.")
    assert not [m for m in ms if m.text == "Lester" and m.country_code]
