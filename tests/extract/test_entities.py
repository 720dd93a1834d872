"""Entity layer: one test per phenomenon, on short sentences written for these tests."""
from __future__ import annotations

import pytest

from pipeline.extract.entities import find_mentions
from pipeline.extract.nlp import get_nlp


@pytest.fixture(scope="module")
def nlp():
    return get_nlp()


def _mentions(nlp, text):
    ms = find_mentions(nlp(text))
    for m in ms:
        assert text[m.char_start:m.char_end] == m.text
    return ms


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
