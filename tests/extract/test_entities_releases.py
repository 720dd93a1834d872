"""Entity layer on the wording of military, diplomatic and government releases: one test per phenomenon, on
sentences written for these tests."""
from __future__ import annotations

from entity_helpers import mentions_of as _mentions


def _types(ms):
    return {(m.text, m.entity_type) for m in ms}


def _covering(ms, text, phrase, kind):
    s = text.index(phrase)
    return [m for m in ms if m.entity_type == kind and m.char_start <= s and s + len(phrase) <= m.char_end]


def test_long_form_before_its_acronym_is_one_organisation_even_after_the(nlp):
    text = "The Islamic State in Iraq and Syria (ISIS) said it had carried out the bombing."
    ms = _mentions(nlp, text)
    assert _covering(ms, text, "Islamic State in Iraq and Syria", "organization"), _types(ms)
    assert not [m for m in ms if m.entity_type == "organization" and m.text in ("The Islamic State", "Islamic State")]


def test_armed_group_named_in_full_without_its_acronym_is_one_organisation(nlp):
    text = "Fighter jets hit positions of the Islamic State of Iraq and the Levant west of Mosul on Tuesday."
    ms = _mentions(nlp, text)
    assert _covering(ms, text, "Islamic State of Iraq and the Levant", "organization"), _types(ms)
    assert not [m for m in ms if m.text == "the Islamic State of Iraq"], _types(ms)


def test_name_set_off_after_a_role_phrase_is_a_person(nlp):
    text = "The UN Special Envoy for Syria, Staffan de Mistura, briefed the council on Thursday."
    ms = _mentions(nlp, text)
    assert _covering(ms, text, "Staffan de Mistura", "person"), _types(ms)
    assert not _covering(ms, text, "Staffan de Mistura", "organization"), _types(ms)


def test_one_word_name_before_a_fighters_noun_is_the_armed_group(nlp):
    for text, name in (("Hizballah fighters crossed into the valley before dawn.", "Hizballah"),
                       ("Jund al-Aqsa fighters overran the checkpoint on the coastal road.", "Jund al-Aqsa"),
                       ("Harakat Nour fighters withdrew from the town after a week.", "Harakat Nour")):
        ms = _mentions(nlp, text)
        assert (name, "organization") in _types(ms), _types(ms)
        assert (name, "person") not in _types(ms), _types(ms)


def test_place_after_a_spaced_dash_in_a_dateline_is_found(nlp):
    text = "SOUTHWEST ASIA, March 3, 2016 - U.S. and coalition forces continued to attack terrorists."
    ms = _mentions(nlp, text)
    assert any(m.text == "U.S." and m.country_code == "USA" for m in ms), _types(ms)
    # an attached hyphen still makes a stance, not a mention
    ms = _mentions(nlp, "The anti-U.S. protests spread to three cities.")
    assert not [m for m in ms if m.text == "U.S."], _types(ms)


def test_plural_common_noun_opening_a_sentence_is_no_organisation(nlp):
    text = "Warplanes struck a convoy near the border. Gunboats shelled the harbour."
    ms = _mentions(nlp, text)
    assert not [m for m in ms if m.text in ("Warplanes", "Gunboats")], _types(ms)


def test_organisation_name_cut_before_its_last_words_is_whole(nlp):
    text = "Envoys of the Global Alliance to End Child Labour met in Geneva."
    ms = _mentions(nlp, text)
    assert _covering(ms, text, "Global Alliance to End Child Labour", "organization"), _types(ms)
    assert not [m for m in ms if m.text.endswith(" to")], _types(ms)


def test_long_form_with_prepositions_before_its_acronym_is_whole(nlp):
    text = "The Front for Unity and Renewal in Kivu (FURK) claimed the raid."
    ms = _mentions(nlp, text)
    assert _covering(ms, text, "Front for Unity and Renewal in Kivu", "organization"), _types(ms)
    assert not [m for m in ms if m.text == "Kivu" and m.entity_type == "organization"], _types(ms)


def test_name_before_a_comma_and_a_region_with_a_city_of_that_name_is_the_city(nlp):
    text = "The carmaker will close body shops in Janesville, Wisconsin, and Oshawa, Ontario, next year."
    ms = _mentions(nlp, text)
    m = [x for x in ms if x.text == "Oshawa"]
    assert m and (m[0].entity_type, m[0].country_code) == ("place", "CAN"), _types(ms)
    # a person named in full stays a person
    ms = _mentions(nlp, "Manager Tom Oshawa, Ontario's trade envoy, spoke first.")
    assert ("Tom Oshawa", "person") in _types(ms), _types(ms)


def test_agreement_named_with_of_is_no_organisation(nlp):
    text = "All parties must respect the Cessation of Hostilities and the Memorandum of Understanding on aid."
    ms = _mentions(nlp, text)
    assert not [m for m in ms if m.entity_type == "organization"], _types(ms)


def test_name_after_an_honorific_and_before_post_nominal_letters_is_the_person(nlp):
    for text in ("The Hon Julie Bishop MP, Minister for Foreign Affairs, said the funding would help.",
                 "Media release\n19 October 2016\nThe Hon Julie Bishop MP, Minister for Foreign Affairs\n\n"
                 "Australia will provide further aid."):
        ms = _mentions(nlp, text)
        assert ("Julie Bishop", "person") in _types(ms), _types(ms)
        assert not [m for m in ms if m.entity_type == "organization" and "Bishop" in m.text], _types(ms)


def test_city_under_another_transliteration_is_linked(nlp):
    ms = _mentions(nlp, "Food and fuel reached the port of Hodeidah on the Red Sea on Sunday.")
    m = [x for x in ms if x.text == "Hodeidah"]
    assert m and (m[0].entity_type, m[0].country_code) == ("place", "YEM"), _types(ms)


def test_river_is_a_place(nlp):
    ms = _mentions(nlp, "Snipers fired from the western bank of the Tigris before dawn.")
    assert any(m.text.endswith("Tigris") and m.entity_type == "place" for m in ms), _types(ms)
    assert not [m for m in ms if m.entity_type == "organization"], _types(ms)


def test_names_after_near_in_a_strike_list_are_places(nlp):
    text = ("-- Near Mar'a, two strikes destroyed a tunnel.\n-- Near Al Hawl, three strikes struck a unit.\n"
            "Fighting went on near Tal Abyad and outside Ayn Issa on Monday.")
    ms = _mentions(nlp, text)
    assert {"Mar'a", "Al Hawl", "Tal Abyad", "Ayn Issa"} <= {m.text for m in ms if m.entity_type == "place"}, _types(ms)


def test_a_firms_short_form_after_its_full_name_is_the_firm(nlp):
    text = ("Meridian Aerospace will deliver one jet to launch customer Al Noor Airways of Dubai. Al Noor, which has "
            "ordered 45, said it would wait. Shares in Meridian fell 11%. Meridian delivered 212 aircraft.")
    ms = _mentions(nlp, text)
    assert all(m.entity_type == "organization" for m in ms if m.text in ("Al Noor", "Meridian")), _types(ms)
    ms = _mentions(nlp, "Rival Halvorsen Aircraft of Seattle said its new H-780 jumbo would fly in 2009.")
    assert ("Halvorsen Aircraft", "organization") in _types(ms), _types(ms)
    assert not [m for m in ms if m.text == "H-780" and m.entity_type == "organization"], _types(ms)


def test_an_office_named_for_its_task_is_one_organisation(nlp):
    text = "Refugees reached Djibouti, where the Office of the United Nations High Commissioner for Refugees works."
    ms = _mentions(nlp, text)
    assert _covering(ms, text, "Office of the United Nations High Commissioner for Refugees", "organization")
    assert not [m for m in ms if m.entity_type == "person"], _types(ms)
    text = "Some 40,000 people fled, the UN Office for the Coordination of Humanitarian Affairs said."
    ms = _mentions(nlp, text)
    assert _covering(ms, text, "UN Office for the Coordination of Humanitarian Affairs", "organization"), _types(ms)
    assert ("UN", "organization") in _types(ms), _types(ms)


def test_release_headlines_titles_and_index_names(nlp):
    ms = _mentions(nlp, "United States Welcomes Cessation of Hostilities in Syria\nThe truce began on Monday.")
    assert ("United States", "country") in _types(ms), _types(ms)
    ms = _mentions(nlp, "Press Statement, Elaine Harrow, Deputy Department Spokesperson, Washington, DC")
    assert not [m for m in ms if m.entity_type == "place" and "Spokesperson" in m.text], _types(ms)
    ms = _mentions(nlp, "The broader Standard & Poor's 500 index lost 3.7% on Tuesday.")
    assert not [m for m in ms if m.entity_type == "organization"], _types(ms)


def test_wire_and_politics_wording(nlp):
    # a dateline city before a dash
    ms = _mentions(nlp, "Early voting surges in Florida\nOctober 24, 2016\nMIAMI — More than a million people voted.")
    assert any(m.text == "MIAMI" and m.entity_type == "place" for m in ms), _types(ms)
    # a figure inside a name spaCy ran on; a party member is no person
    ms = _mentions(nlp, "Donald Trump trailed. A poll found Clinton leading Trump 44 percent to 43 percent. No "
                        "Republican has won without Ohio.")
    assert not [m for m in ms if "percent" in m.text], _types(ms)
    assert ("Republican", "person") not in _types(ms), _types(ms)
    # police ranks before a name; a firm named for its trade
    ms = _mentions(nlp, "Det Insp Mark Ellery said he moved money into a firm he controlled, Dalby Consulting.")
    assert any(m.entity_type == "person" and "Mark Ellery" in m.text for m in ms), _types(ms)
    assert ("Dalby Consulting", "organization") in _types(ms), _types(ms)


def test_vatican_mass_and_places_named_with_a_demonym(nlp):
    ms = _mentions(nlp, "The cardinals will attend a Mass. Vatican spokesman Father Tomasz Nowak said so.")
    assert ("Vatican", "organization") in _types(ms), _types(ms)
    assert not [m for m in ms if m.text.startswith("Mass")], _types(ms)
    ms = _mentions(nlp, "The rocket lifted off from Kourou, French Guiana, at 11:42 p.m. local time.")
    assert ("French Guiana", "country") in _types(ms), _types(ms)
    ms = _mentions(nlp, "Sweden's Henrik Lindqvist won the Algarve Classic golf tournament in Portugal.")
    assert ("Algarve", "place") in _types(ms) and ("Algarve Classic", "person") not in _types(ms), _types(ms)


def test_headline_words_are_no_names(nlp):
    ms = _mentions(nlp, "Corvane Profit Rises 14% on Cloud Sales\nMarch 20, 2013\nThe company said cloud sales grew "
                        "while sales of licences fell.")
    assert not [m for m in ms if m.entity_type == "person"], _types(ms)
    ms = _mentions(nlp, "Apple Unveils New iPhone\nJune 1, 2008\nSteve Jobs showed the phone.")
    assert ("Apple", "organization") in _types(ms), _types(ms)


def test_what_a_group_or_firm_is_called_is_that_organisation(nlp):
    ms = _mentions(nlp, "Gunmen who said they belonged to a group called Ansar al-Tawhid seized the mine.")
    assert ("Ansar al-Tawhid", "organization") in _types(ms), _types(ms)
    text = ("Japanese carmaker Hanamura Motor recalled 410,000 vehicles. Hanamura expects the recall to cost $90 million."
            " Shares of Hanamura fell 2.1 percent.")
    ms = _mentions(nlp, text)
    assert all(m.entity_type == "organization" for m in ms if m.text.startswith("Hanamura")), _types(ms)
