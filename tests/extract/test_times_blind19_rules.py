"""Times found when scoring the blind sets times-blind-18, -19 and -20 (first scored at 1ced255, 4ad5eed and
22a440b): months a yearly figure falls in, the day of a stretch's end, days told ahead of a statement, fiscal years
compared with, "N years later" after a day, forecasts, days joined to days, each rule on a short invented sentence."""
from __future__ import annotations

from times_helpers import value_of, values


# ------------------------------------------------------------------------------------------------ habits of a year

def test_the_months_a_yearly_figure_falls_in_are_of_no_one_year(nlp):
    assert values(nlp, "The island is hit by about 14 storms a year, most of them between July and October.",
                  "2013-09-08")[1:] == [("July", "XXXX-07"), ("October", "XXXX-10")]
    assert values(nlp, "The clinics will open twice a year, in May and December, the ministry said.",
                  "2001-03-09")[1:] == [("May", "XXXX-05"), ("December", "XXXX-12")]
    # a month told after a yearly rate is no habit of its own
    assert value_of(nlp, "Sales rose 4 percent a year, in June the firm said.", "2013-07-01", "June") == "2013-06"


# ------------------------------------------------------------------------------------------------ clock times and days

def test_the_start_of_a_stretch_takes_the_day_of_its_end(nlp):
    assert values(nlp, "The bridge will be closed from 5 a.m. until 9 p.m. Thursday.", "2013-04-07") == [
        ("5 a.m.", "2013-04-11T05:00"), ("9 p.m. Thursday", "2013-04-11T21:00")]
    # a stretch that runs past midnight starts the day before
    assert value_of(nlp, "The tunnel was shut from 11 p.m. until 5 a.m. Tuesday.", "2013-04-10", "11 p.m.") == \
        "2013-04-08T23:00"


def test_a_clock_time_ahead_skips_the_day_the_news_was_given(nlp):
    text = ("The new mayor will take office on Thursday at the city hall, officials said Monday. Doors will open at "
            "8 a.m.")
    assert value_of(nlp, text, "2013-04-08", "8 a.m.") == "2013-04-11T08:00"


def test_midnight_ending_a_day_named_before_is_the_next_day(nlp):
    text = "The fair opened on Friday. On Saturday the fair will host a dance lasting ten hours, from 2 p.m. until midnight."
    assert value_of(nlp, text, "2005-08-05", "midnight") == "2005-08-07T00:00"


def test_a_time_and_a_day_on_two_lines_stay_apart(nlp):
    text = "The market stays open until 11 p.m.\nToday's events include a concert."
    assert values(nlp, text, "2005-08-06") == [("11 p.m.", "2005-08-06T23:00"), ("Today", "2005-08-06")]


# ------------------------------------------------------------------------------------------------ tense

def test_a_forecast_day_lies_ahead(nlp):
    text = "The lake is forecast to crest late Saturday or early Sunday, before easing over the weekend."
    assert values(nlp, text, "2008-01-16") == [("Saturday", "2008-01-19"), ("Sunday", "2008-01-20"),
                                               ("the weekend", "2008-W03-WE")]


def test_a_day_joined_to_a_day_shares_its_time(nlp):
    assert values(nlp, "The choir sings its new mass on Monday and Thursday.", "2005-08-06") == [
        ("Monday", "2005-08-08"), ("Thursday", "2005-08-11")]


def test_a_day_of_an_if_clause_takes_the_main_verbs_time(nlp):
    assert value_of(nlp, "Mediators will meet again Tuesday morning and, if needed, on Wednesday.", "1998-03-07",
                    "Wednesday") == "1998-03-11"


def test_a_point_set_in_the_past_lies_ahead_of_the_setting(nlp):
    assert value_of(nlp, "The strikers had set a deadline for 6 p.m. Sunday.", "1997-03-14", "6 p.m. Sunday") == \
        "1997-03-16T18:00"


def test_an_event_said_to_be_on_a_day_lies_ahead(nlp):
    assert value_of(nlp, "The final concert is on Friday.", "2005-08-06", "Friday") == "2005-08-12"
    # "is" with a day that is its attribute is the day itself
    assert value_of(nlp, "Today is Friday.", "2005-08-06", "Friday") == "2005-08-05"


# ------------------------------------------------------------------------------------------------ counted on

def test_years_later_after_a_day_is_a_year(nlp):
    assert value_of(nlp, "The dam opened on May 3, 1971. Three years later he won the prize.", "2009-01-22",
                    "Three years later") == "1974"
    assert value_of(nlp, "The dam opened on May 3, 1971. Four months later he resigned.", "2009-01-22",
                    "Four months later") == "1971-09"
    # days later keep the day
    assert value_of(nlp, "The dam opened on May 3, 1971. Two days later he resigned.", "2009-01-22",
                    "Two days later") == "1971-05-05"


# ------------------------------------------------------------------------------------------------ fiscal years

def test_a_fiscal_year_compared_with_is_one_gone_by(nlp):
    text = ("Orin Systems, whose fiscal year ends June 30, said profit in its fiscal first quarter, ended Sept. 30, "
            "rose 12 percent. For the full fiscal year, the company expects sales of $2.1 billion, compared with "
            "$1.8 billion in fiscal 1997.")
    assert value_of(nlp, text, "1997-10-08", "fiscal first quarter") == "1998-Q1"


# ------------------------------------------------------------------------------------------------ times-blind-21, -22

def test_years_later_count_on_from_the_story_not_from_the_telling_day(nlp):
    text = ("The mill opened in 1951, and the whistle blew at 6:30 a.m. each day. Forty years later, the last shift "
            "walked out.")
    assert value_of(nlp, text, "1989-12-27", "Forty years later") == "1991"


def test_this_spring_said_in_january_is_the_coming_one(nlp):
    assert value_of(nlp, "Her memoir is due this spring.", "2013-01-20", "this spring") == "2013-SP"
    assert value_of(nlp, "Snow has been light this winter.", "2013-01-20", "this winter") == "2012-WI"


def test_until_at_least_a_time_on_a_day_lies_ahead(nlp):
    assert value_of(nlp, "The ferry line had suspended all crossings until at least noon on Tuesday.", "2014-03-08",
                    "Tuesday") == "2014-03-11"


def test_a_length_before_earlier_this_month_is_a_length(nlp):
    assert values(nlp, "The envoys met in Niamey for three days earlier this month.", "2013-01-15") == [
        ("three days", "P3D"), ("this month", "2013-01")]


def test_bare_lengths_in_a_contrast_or_before_after(nlp):
    text = ("The convoy reached the border on Friday evening, hours after the talks ended. \"We are talking about "
            "days, not weeks,\" the envoy said.")
    assert values(nlp, text, "2013-01-15")[1:] == [("hours", "PTXH"), ("days", "PXD"), ("weeks", "PXW")]


def test_an_early_or_late_part_of_the_day_after_a_preposition(nlp):
    assert value_of(nlp, "By late afternoon the queue had reached the bridge.", "2013-02-15", "late afternoon") == \
        "2013-02-15TAF"


def test_a_season_of_a_two_digit_year_and_seasons_that_are_names(nlp):
    assert value_of(nlp, "\"The winter of '79 was the coldest I remember,\" she said.", "1989-12-27",
                    "winter of '79") == "1979-WI"
    assert values(nlp, "The minister will rest at the summer residence near Lake Bled.", "2013-02-11") == []
    assert values(nlp, "The asteroid 2014 JO25 will pass the Earth.", "2013-02-15") == []


def test_the_year_to_a_month_is_the_year_it_ends_in(nlp):
    assert value_of(nlp, "Sales fell in the year to March 2011, the company said.", "2011-05-07", "the year") == \
        "2011"
    assert value_of(nlp, "It last posted a loss in the fiscal year ended March 2009.", "2013-11-07",
                    "the fiscal year") == "2009"


def test_a_season_of_a_weekly_habit_is_of_no_one_year(nlp):
    assert value_of(nlp, "Guides now work up to five days a week during the summer.", "2014-03-08", "summer") == \
        "XXXX-SU"


def test_the_figures_of_a_month_are_those_of_one_gone_by(nlp):
    assert value_of(nlp, "Traders will watch the November retail sales figures on Tuesday.", "2013-12-02",
                    "November") == "2013-11"
    assert value_of(nlp, "Traders will watch the December jobs report on Friday.", "2013-01-02", "December") == \
        "2012-12"


# ------------------------------------------------------------------------------------------------ times-blind-23, -24

def test_these_days_is_the_present_and_a_winter_crop_no_season(nlp):
    assert values(nlp, "We sowed the winter barley in October, and these days we mostly mend fences.",
                  "1998-11-10") == [("October", "1998-10"), ("these days", "PRESENT_REF")]


def test_retroactive_to_a_day_looks_back(nlp):
    assert value_of(nlp, "The raise would be retroactive to May 1, when the old deal ran out.", "1989-07-31",
                    "May 1") == "1989-05-01"


def test_a_clock_time_in_what_was_told_is_the_told_days(nlp):
    text = "On Sunday, a driver told police he had seen the van outside a motel around 7:45 a.m."
    assert value_of(nlp, text, "1996-03-14", "7:45 a.m.") == "1996-03-10T07:45"
    # the time of the telling stays the telling's
    assert value_of(nlp, "The sheriff said at a briefing at 9 a.m. that the road was open.", "1996-03-14",
                    "9 a.m.") == "1996-03-14T09:00"


def test_a_clock_time_with_its_part_of_the_day_is_one_time(nlp):
    assert values(nlp, "At 3:20 in the morning on October 4, 1957, the levee gave way.", "1999-11-09") == [
        ("3:20 in the morning", "1957-10-04T03:20"), ("October 4, 1957", "1957-10-04")]
    assert values(nlp, "At 7 o'clock Friday evening the union signed.", "1989-07-31") == [
        ("7 o'clock Friday evening", "1989-07-28T19:00")]


def test_a_morning_time_after_a_night_of_work_is_the_next_day(nlp):
    text = ("Snow cut power to 40,000 homes in County Down.\nCrews said they had worked through the night and "
            "restored power to most homes by 9:00.")
    assert value_of(nlp, text, "2013-03-22", "9:00") == "2013-03-22T09:00"


def test_a_month_takes_the_year_of_the_month_joined_to_it(nlp):
    assert value_of(nlp, "The fair would run in late August and early September 2019.", "2014-10-02",
                    "late August") == "2019-08"


def test_the_following_season_after_a_stretch_since_a_month(nlp):
    text = "It is the worst flood since March 1998. The roads stayed shut until the following summer."
    assert value_of(nlp, text, "2014-06-05", "following summer") == "1998-SU"


def test_a_plan_told_with_its_postponement_is_the_nearest_date(nlp):
    assert value_of(nlp, "The launch was first set for April 9 but was delayed twice.", "2000-06-16",
                    "April 9") == "2000-04-09"
