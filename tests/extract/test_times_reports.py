"""Times in reports of figures and in decisions about dates ahead, found when scoring on TimeBank (each rule on a
short invented sentence; TimeBank's texts stay out of the repository)."""
from __future__ import annotations

from times_helpers import value_of, values


# ---------------------------------------------------------------------------------------------- figures of a quarter

def test_a_year_ago_after_a_quarters_figure_is_that_quarter_a_year_before(nlp):
    text = ("Harlow Mills reported third-quarter net income of $6 million. "
            "Sales fell to $40 million from $52 million a year ago.")
    assert values(nlp, text, "2021-10-28") == [("third-quarter", "2021-Q3"), ("a year ago", "2020-Q3")]


def test_a_year_ago_setting_the_scene_stays_the_year(nlp):
    text = ("Harlow Mills reported third-quarter net income of $6 million. "
            "A year ago, the shares traded at $65.")
    assert value_of(nlp, text, "2021-10-28", "A year ago") == "2020"


def test_a_year_earlier_before_its_clause_without_a_comma(nlp):
    text = "Harlow Mills earned $3 million in the third quarter. A year earlier Harlow Mills earned $2 million."
    assert value_of(nlp, text, "2021-10-28", "A year earlier") == "2020-Q3"
    # and after "from ... on": still the period compared with, not a length of a year
    text = "The loss narrowed in the third quarter from a year earlier on higher fees."
    assert value_of(nlp, text, "2021-10-28", "a year earlier") == "2020-Q3"


def test_year_ago_after_the_year_ago_quarter_is_not_moved_twice(nlp):
    text = ("Net income in the third quarter was $4 million, compared with $3 million in the year-ago quarter. "
            "The year-ago results were restated for an accounting change.")
    assert [v for t, v in values(nlp, text, "2021-10-28") if t.lower().startswith(("year", "the year"))] == [
        "2020-Q3", "2020-Q3"]


def test_a_quarter_at_the_start_of_a_sentence(nlp):
    assert values(nlp, "Third-quarter sales dropped 11% to $1.27 billion.", "2021-10-28") == [
        ("Third-quarter", "2021-Q3")]


def test_a_quarter_to_be_reported_is_the_one_just_over(nlp):
    # in the first weeks of a quarter the figures of the one before are still to come
    text = "Harlow Mills expects to report a profit of 15 cents a share for the third quarter."
    assert value_of(nlp, text, "2021-10-27", "the third quarter") == "2021-Q3"
    # later in the quarter, a future clause points to the next such quarter
    assert value_of(nlp, text, "2021-12-20", "the third quarter") == "2022-Q3"


def test_the_latest_quarter(nlp):
    assert values(nlp, "Revenue in the latest quarter rose to $28 million.", "2021-10-26") == [
        ("the latest quarter", "2021-Q3")]
    text = "Sales rose in the second quarter. The latest quarter included a gain of $9 million."
    assert values(nlp, text, "2021-10-26")[-1] == ("The latest quarter", "2021-Q2")


def test_a_fiscal_year_article_keeps_a_quarter_given_with_its_year(nlp):
    text = ("Carrow Steel posted a profit for its fiscal second quarter. Sales rose in the quarter ended Sept. 30. "
            "Analysts expect losses through the third quarter of 2022.")
    assert value_of(nlp, text, "2021-10-26", "the third quarter of 2022") == "2022-Q3"


# ------------------------------------------------------------------------------------------ a date the clause aims at

def test_a_date_just_ahead_under_a_past_verb_is_the_coming_one(nlp):
    pub = "2021-11-02"
    assert value_of(nlp, "Harlow Mills extended its offer to Nov. 20.", pub, "Nov. 20") == "2021-11-20"
    assert value_of(nlp, "The board declared a dividend payable Dec. 15.", pub, "Dec. 15") == "2021-12-15"


def test_a_date_a_past_verb_happened_on_stays_past(nlp):
    assert value_of(nlp, "The plant closed on Nov. 20.", "2021-11-02", "Nov. 20") == "2020-11-20"
    assert value_of(nlp, "The second quarter ended Oct. 31.", "2021-10-27", "Oct. 31") == "2020-10-31"
    assert value_of(nlp, "Since January, 115 cases have been reported.", "2021-11-30", "January") == "2021-01"


def test_a_month_just_ahead_that_a_past_clause_aims_at(nlp):
    text = "The ministry announced a 15 percent cutback in fuel deliveries for September."
    assert value_of(nlp, text, "2021-08-16", "September") == "2021-09"


# ------------------------------------------------------------------------------------------------- values and extents

def test_fractions_of_a_unit_are_written_in_the_next_unit(nlp):
    assert values(nlp, "The refugees lived in the camps for 2 1/2 years.", "2021-10-26") == [
        ("2 1/2 years", "P2Y6M")]
    assert values(nlp, "The engine failed after a minute and a half.", "2021-10-26") == [
        ("a minute and a half", "PT1M30S")]


def test_a_week_or_so_ago(nlp):
    assert values(nlp, "A week or so ago, the general picked the date.", "2021-02-25") == [
        ("A week or so ago", "2021-W07")]


def test_one_day_ahead_is_some_time_in_the_future(nlp):
    assert values(nlp, "She hopes the club will one day win the league.", "2021-10-26") == [
        ("one day", "FUTURE_REF")]
    assert values(nlp, "The festival will last one day.", "2021-10-26") == [("one day", "P1D")]


def test_a_quarter_after_its_year(nlp):
    assert values(nlp, "In the 2020 third quarter, the company posted a net loss.", "2021-10-26") == [
        ("the 2020 third quarter", "2020-Q3")]


def test_that_quarter_is_the_quarter_named_last(nlp):
    text = "Harlow Mills lost $5 million in the second quarter. Results for that quarter included a charge."
    assert values(nlp, text, "2021-10-26") == [("the second quarter", "2021-Q2"), ("that quarter", "2021-Q2")]


def test_the_year_ago_quarter_of_a_report_is_the_quarter_reported_however_far_back(nlp):
    text = ("Harlow Mills said third-quarter profit rose to $9 million. The company also sold its paper unit, "
            "closed two mills in Ohio, named a new chief financial officer and said it would buy back up to "
            "five million shares over the next two years. In the year-earlier quarter, it earned $2 million.")
    assert values(nlp, text, "2021-10-26")[-1] == ("year-earlier", "2020-Q3")


def test_the_past_before_a_count_of_quarters_is_no_vague_past(nlp):
    # "the past two quarters" is a length TIMEX3 writes in quarters; "the past" alone would be a wrong PAST_REF
    assert values(nlp, "Harlow Mills has had losses in the past two quarters.", "2021-10-26") == []
    assert values(nlp, "Sales fell over the past several quarters.", "2021-10-26") == [("the past", "PAST_REF")]


def test_a_year_earlier_with_a_figure_is_the_quarter_reported_however_far_back(nlp):
    text = ("Harlow Mills said third-quarter profit rose to $9 million. The company also sold its paper unit, "
            "closed two mills in Ohio, named a new chief financial officer and said it would buy back up to "
            "five million shares over the next two years. A year earlier, net income was $2.1 million.")
    assert values(nlp, text, "2021-10-26")[-1] == ("A year earlier", "2020-Q3")
    # with no figure in its sentence it counts back from the period just named, or from the publication
    text = "Harlow Mills said third-quarter profit rose. Its founder died in 2019. A year earlier, he had retired."
    assert values(nlp, text, "2021-10-26")[-1] == ("A year earlier", "2018")


def test_a_forecast_for_the_full_year_to_a_figure(nlp):
    text = "Harlow Mills raised its forecast for the full year to $2.28 a share."
    assert values(nlp, text, "2021-10-26") == [("the full year", "2021")]


def test_an_infinitive_under_a_past_perfect_lies_on_the_nearer_side(nlp):
    # the target was set before a past moment: the nearer of the two dates, here the one just gone
    text = "The council had asked builders to send their tenders by 3 March."
    assert value_of(nlp, text, "2021-03-12", "3 March") == "2021-03-03"


def test_a_date_a_verb_of_setting_fixes_is_ahead(nlp):
    assert value_of(nlp, "The council said it had set 14 April for its ruling.", "2021-02-15", "14 April") == \
        "2021-04-14"


def test_a_perfect_infinitive_of_hearsay_is_past(nlp):
    text = "The suspect is thought to have burgled a pharmacy on Tuesday night."
    assert value_of(nlp, text, "2021-03-13", "Tuesday night") == "2021-03-09TNI"
    # one of expectation lies ahead
    assert value_of(nlp, "The crews are expected to have cleared the road by Tuesday.", "2021-03-13",
                    "Tuesday") == "2021-03-16"


def test_the_full_year_of_a_report_of_figures(nlp):
    # the calendar year; its figures come out in the first weeks of the next
    assert values(nlp, "For the full year, profit rose 8 percent to $2 billion.", "2022-02-10") == [
        ("the full year", "2021")]
    assert values(nlp, "Harlow Mills expects sales to rise 5 percent for the full year.", "2022-02-10") == [
        ("the full year", "2022")]
    # a fiscal year the article describes: the one just over, a month after its end
    text = ("Harlow Mills, whose fiscal year ended June 30, said revenue rose 19 percent. For the full fiscal year, "
            "it earned $1.21 a share.")
    assert value_of(nlp, text, "2021-07-27", "the full fiscal year") == "2021"


def test_a_meeting_a_past_verb_tells_of_has_been_held(nlp):
    text = "Kenya first raised the plan at a meeting of ministers in Arusha on May 2."
    assert value_of(nlp, text, "2021-06-17", "May 2") == "2021-05-02"
    # one ahead is the coming date, whatever the tense of the clause
    assert value_of(nlp, "Donors will discuss the plan at a meeting in Geneva on 7 December.", "2021-06-17",
                    "7 December") == "2021-12-07"


def test_a_quarter_s_national_figures_still_to_come(nlp):
    text = "Figures for second-quarter gross domestic product will be published in late August."
    assert value_of(nlp, text, "2021-07-18", "second-quarter") == "2021-Q2"


def test_a_plural_present_the_tagger_read_as_a_base_form_is_a_schedule(nlp):
    text = "Tickets for the cup final go on sale on Tuesday at 9 a.m., the federation said."
    assert value_of(nlp, text, "2021-05-23", "Tuesday") == "2021-05-25"
