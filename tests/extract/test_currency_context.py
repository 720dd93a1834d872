"""A currency named without its country takes the code of the country the article is about (own sentences)."""
import pytest

from pipeline.extract import extract_doc


@pytest.fixture(scope="module")
def money(nlp):
    def run(text):
        ex = extract_doc(nlp(text), "2026-05-04T09:00:00Z")
        return [(q.text, q.unit) for q in ex.quantities if q.kind == "money"]
    return run


def test_pesos_in_an_article_about_the_philippines_are_php(money):
    assert money("Typhoon damage on Luzon reached 1.2 billion pesos, the Philippine disaster agency said. "
                 "Farmers in the Philippines lost most of the rice harvest.") == [("1.2 billion pesos", "PHP")]


def test_pesos_follow_the_most_mentioned_country(money):
    text = ("Colombia's central bank kept rates on hold. Bogota expects the deficit to fall to 30 trillion pesos. "
            "Analysts compared Colombia with Mexico.")
    assert money(text) == [("30 trillion pesos", "COP")]


def test_dinars_in_baghdad_are_iraqi(money):
    assert money("In Baghdad, a crate of tomatoes now sells for 9,000 dinars.") == [("9,000 dinars", "IQD")]


def test_rupees_in_an_article_about_pakistan_are_pkr(money):
    assert money("Pakistan raised the price of petrol to 290 rupees a litre on Friday.") == [
        ("290 rupees a litre", "PKR/litre")]


def test_rupees_in_an_article_about_india_stay_inr(money):
    assert money("India's cabinet approved 5,000 crore rupees for rural roads.")[0][1] == "INR"


def test_crowns_in_a_swedish_story_are_sek(money):
    assert money("A court in Stockholm fined the Swedish retailer 40 million crowns.") == [
        ("40 million crowns", "SEK")]


def test_a_bare_name_with_no_country_in_the_article_stays_the_name(money):
    assert money("The fine was 2 million pesos.") == [("2 million pesos", "peso")]


def test_a_symbol_keeps_its_own_reading(money):
    assert money("The Egyptian buyer paid £300 for the painting.") == [("£300", "GBP")]


def test_a_named_nationality_wins_over_the_article_country(money):
    assert money("Officials in Manila said the loan was 50 million Mexican pesos.") == [
        ("50 million Mexican pesos", "MXN")]


def test_a_bare_dollar_in_an_australian_release_is_the_australian_dollar(money):
    text = ("Australia will provide $15 million in humanitarian assistance to Yemen. This brings Australia's "
            "contribution to $43.5 million.")
    assert money(text) == [("$15 million", "AUD"), ("$43.5 million", "AUD")]


def test_a_bare_dollar_stays_the_us_dollar_when_the_united_states_is_named(money):
    text = "Australia will buy 12 submarines for $50 billion, U.S. officials said. Australia confirmed the deal."
    assert money(text) == [("$50 billion", "USD")]
    # a dollar with its country's letters keeps them
    assert money("Canada pledged US$20 million, and Canada will double it.") == [("US$20 million", "USD")]
