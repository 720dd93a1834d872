"""Entity types and spans in business and conflict news: companies spaCy takes for people, towns it splits or takes
for people, weapon names, headlines, datelines and roles that are no names. Invented sentences."""
from __future__ import annotations

from entity_helpers import mentions_of as _mentions


def _types(ms, text):
    hits = [m.entity_type for m in ms if m.text == text]
    assert hits, [(m.text, m.entity_type, m.entity_key) for m in ms]
    return hits


# --- a company spaCy calls a person: a corporate descriptor, its shares or results name it a company --------------

def test_company_after_a_maker_descriptor_is_an_organisation_in_every_mention(nlp):
    text = ("Grenoble engine maker Lucien Varane posts higher profit\n"
            "Lucien Varane, the French maker of jet engines, yesterday reported a net profit of €90 million. "
            "Shares in Varane rose 2% in Paris. Varane employs 8,000 people.")
    ms = _mentions(nlp, text)
    for name in ("Lucien Varane", "Varane"):
        assert set(_types(ms, name)) == {"organization"}, [(m.text, m.entity_type) for m in ms]


def test_name_whose_shares_rose_and_that_employs_thousands_is_an_organisation(nlp):
    text = "Shares in Morlaix Dufresne rose 4% after the firm reported a profit. Morlaix Dufresne employs 12,000 people."
    ms = _mentions(nlp, text)
    assert set(_types(ms, "Morlaix Dufresne")) == {"organization"}


def test_name_after_a_sector_lender_descriptor_is_an_organisation(nlp):
    text = "Textile maker Hosoda Kogyo lost 5% after it cut its profit forecast for the year."
    ms = _mentions(nlp, text)
    assert set(_types(ms, "Hosoda Kogyo")) == {"organization"}


def test_film_maker_before_a_name_is_still_a_person(nlp):
    text = "Film maker Dario Venturelli said the festival had rejected his documentary."
    ms = _mentions(nlp, text)
    assert set(_types(ms, "Dario Venturelli")) == {"person"}


# --- a place name in a compound adjective or read as a verb at a headline's start --------------------------------

def test_city_before_based_is_the_city_not_a_person_or_company(nlp):
    text = ("Orlan Vex, the aircraft maker, said on Monday it would hire 300 workers. The Bordeaux-based company "
            "said orders rose.")
    ms = _mentions(nlp, text)
    assert not [m for m in ms if m.text.endswith("-based")], [(m.text, m.entity_type) for m in ms]
    assert set(_types(ms, "Bordeaux")) == {"place"}


def test_untagged_city_before_based_and_in_the_headline_is_the_city(nlp):
    text = "Toulouse parts maker Orvane Systems hires 300\nThe Toulouse-based company said orders rose."
    ms = _mentions(nlp, text)
    assert [m.char_start for m in ms if m.text == "Toulouse" and m.entity_type == "place"] == \
        [0, text.index("Toulouse-")], [(m.text, m.entity_type, m.char_start) for m in ms]


def test_city_at_a_headline_start_is_the_place_the_article_names(nlp):
    text = "Leeds nurses to strike over pay\nNurses in Leeds will walk out on Friday, their union said."
    ms = _mentions(nlp, text)
    assert [m.char_start for m in ms if m.text == "Leeds"] == [0, text.index("in Leeds") + 3], \
        [(m.text, m.entity_type, m.char_start) for m in ms]


# --- Arabic town names spaCy splits or takes for people; rating codes that are no organisations ------------------

def test_arabic_town_split_by_spacy_is_one_place(nlp):
    text = "Four strikes close to Dayr az Zawr destroyed a pump station."
    ms = _mentions(nlp, text)
    assert [(m.text, m.entity_type) for m in ms] == [("Dayr az Zawr", "place")], [(m.text, m.entity_type) for m in ms]


def test_arabic_town_split_after_near_is_one_place(nlp):
    text = "Three raids near Dayr az Zawr hit oil wells on Monday."
    ms = _mentions(nlp, text)
    assert set(_types(ms, "Dayr az Zawr")) == {"place"}
    assert not [m for m in ms if m.text == "Dayr"]


def test_arabic_town_after_a_bearing_is_a_place_not_a_person(nlp):
    text = "Militants shelled a village south of Tal Afar overnight."
    ms = _mentions(nlp, text)
    assert set(_types(ms, "Tal Afar")) == {"place"}


def test_tornado_rating_code_is_no_organisation(nlp):
    text = "An EF-2 tornado flattened barns outside Joplin, the weather service said."
    ms = _mentions(nlp, text)
    assert not [m for m in ms if m.text == "EF-2" and m.entity_type == "organization"]


# --- headline verbs, titles tagged as organisations, "Washington, DC", weapon platforms ---------------------------

def test_title_case_headline_verb_is_cut_from_the_name(nlp):
    text = "Norvell Foods Swings to Loss on Weak Demand\nNorvell Foods said on Monday it lost $20 million."
    ms = _mentions(nlp, text)
    assert not [m for m in ms if "Swings" in m.text], [(m.text, m.entity_type) for m in ms]


def test_headline_of_a_press_statement_is_no_organisation(nlp):
    text = ("Canada Announces Additional Emergency Funding for Sudan\n"
            "Ottawa said on Friday it would give $30 million more to aid agencies.")
    ms = _mentions(nlp, text)
    assert not [m for m in ms if "Announces" in m.text], [(m.text, m.entity_type) for m in ms]


def test_title_word_tagged_as_an_organisation_is_no_organisation(nlp):
    text = "Press Briefing, Maria Oyelaran, Deputy Spokesperson, Washington, DC, May 4, 2015\nThe talks resumed."
    ms = _mentions(nlp, text)
    assert not [m for m in ms if m.entity_type == "organization" and "Spokesperson" in m.text], \
        [(m.text, m.entity_type) for m in ms]


def test_washington_dc_is_one_place(nlp):
    text = "The envoy spoke to reporters in Washington, D.C., on Tuesday after the talks."
    ms = _mentions(nlp, text)
    assert [(m.text, m.entity_type) for m in ms if m.entity_type in ("place", "country")] == \
        [("Washington, D.C.", "place")], [(m.text, m.entity_type) for m in ms]


def test_military_aircraft_and_munitions_are_no_organisations(nlp):
    text = ("On Monday, two Tornado GR4s struck a depot with Brimstone missiles, and a Typhoon FGR4 dropped "
            "Paveway IV guided bombs on a bunker.")
    ms = _mentions(nlp, text)
    assert not [m for m in ms if m.entity_type == "organization"], [(m.text, m.entity_type) for m in ms]


# --- regions named by a compass point; a command's dateline region ------------------------------------------------

def test_compass_region_of_a_country_is_a_place(nlp):
    text = "Storms could batter the Northwest early on Sunday, meteorologists said."
    ms = _mentions(nlp, text)
    assert set(_types(ms, "Northwest")) == {"place"}


def test_dateline_region_in_capitals_is_a_place(nlp):
    text = "Coalition Jets Strike Depots\nSOUTHWEST ASIA, March 3, 2016\nCoalition aircraft struck four depots."
    ms = _mentions(nlp, text)
    assert set(_types(ms, "SOUTHWEST ASIA")) == {"place"}


# --- clubs ---------------------------------------------------------------------------------------------------------

def test_a_club_named_by_its_club_word_is_an_organisation(nlp):
    ms = _mentions(nlp, "Kelso Athletic beat Dunmore Rovers 2-1 on Saturday.")
    assert set(_types(ms, "Kelso Athletic")) == {"organization"}
    assert set(_types(ms, "Dunmore Rovers")) == {"organization"}
