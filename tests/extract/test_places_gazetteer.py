"""Places the gazetteer knows under another spelling or form: Arabic transliterations, US counties, "Town, State"
pairs, towns the gazetteer lacks in an article about one country. Short sentences written for these tests."""
from __future__ import annotations

from entity_helpers import mentions_of as _mentions


def _place(ms, text):
    hits = [m for m in ms if m.text == text]
    assert hits, [(m.text, m.entity_type, m.entity_key, m.country_code) for m in ms]
    return hits[0]


def test_arabic_article_variant_tagged_as_organisation_near_is_the_town(nlp):
    text = "Militia fighters regrouped near el-Bukamal after the raid, a monitor in Syria said."
    m = _place(_mentions(nlp, text), "el-Bukamal")
    assert (m.entity_type, m.country_code) == ("place", "SYR")


def test_arabic_spelling_variants_meet_one_city(nlp):
    from pipeline.extract import gazetteer as gz

    for spelling in ("Al-Bukamal", "Al Bukamal", "Albu Kamal", "Deir al-Zour", "Dayr az-Zawr", "Al Raqqah"):
        p = gz.lookup_place(spelling)
        assert p is not None and p.country_code == "SYR", spelling
    assert gz.lookup_place("Abu Bakr al-Baghdadi") is None


def test_coordinated_town_after_a_place_is_a_place(nlp):
    text = "Shelling hit Deir al-Zour and Albu Kamal on Friday, residents in Syria said."
    m = _place(_mentions(nlp, text), "Albu Kamal")
    assert (m.entity_type, m.country_code) == ("place", "SYR")


def test_towns_between_and_in_a_named_province_are_places(nlp):
    text = "Peacekeepers drove between Goma and Rutshuru in North Kivu on Monday."
    ms = _mentions(nlp, text)
    for name in ("Goma", "Rutshuru"):
        m = _place(ms, name)
        assert (m.entity_type, m.country_code) == ("place", "COD"), name


def test_us_county_is_in_the_united_states(nlp):
    text = "Deputies in Cuyahoga County arrested two men on Monday."
    m = _place(_mentions(nlp, text), "Cuyahoga County")
    assert (m.entity_type, m.country_code, m.name) == ("place", "USA", "Cuyahoga County, Ohio")


def test_county_inside_an_organisation_name_is_no_american_county(nlp):
    ms = _mentions(nlp, "Kent County Council approved the budget.")
    assert not [m for m in ms if m.country_code == "USA"], [(m.text, m.entity_key) for m in ms]


def test_unknown_town_takes_the_region_after_its_comma(nlp):
    text = "Flooding cut off Pingree, North Dakota, on Sunday."
    m = _place(_mentions(nlp, text), "Pingree")
    assert (m.entity_type, m.country_code) == ("place", "USA")


def test_unknown_settlement_takes_the_one_country_of_the_article(nlp):
    text = "Floods hit Carinthia. A woman drowned in the village of Obervellach on Monday, police said."
    assert _place(_mentions(nlp, text), "Obervellach").country_code == "AUT"
    text = "Rebels in North Kivu denied that they had attacked troops near Kalengera."
    assert _place(_mentions(nlp, text), "Kalengera").country_code == "COD"
