"""Times found when scoring the blind sets times-blind-9 and -10 (first scored at 1a70f01 and fe1424b): holidays
still to come, days and weeks counted in a month, stretches counted in a period, model numbers, clock times and
their days, fiscal years named by their end, habits, each rule on a short invented sentence."""
from __future__ import annotations

from times_helpers import value_of, values


# ------------------------------------------------------------------------------------------------ holidays

def test_a_holiday_something_must_come_before_is_the_coming_one(nlp):
    assert value_of(nlp, '"One more cut before Christmas looks possible," the economist said.', "2016-05-12",
                    "Christmas") == "2016-12-25"
    assert value_of(nlp, "The chain wants its new stores open by Thanksgiving.", "2016-01-12",
                    "Thanksgiving") == "2016-11-24"
    # in a past clause, the one gone by
    assert value_of(nlp, "The shop sold out before Christmas, the owner said.", "2016-01-12",
                    "Christmas") == "2015-12-25"


def test_a_year_of_another_conjunct_does_not_frame_a_holiday(nlp):
    assert value_of(nlp, "The firm plans to open a plant late next year and to sell online before Christmas.",
                    "2000-02-22", "Christmas") == "2000-12-25"
    # a fronted year does
    assert value_of(nlp, "In 2000, the outcome was not decided until Dec. 12.", "2003-02-22", "Dec. 12") == \
        "2000-12-12"


# ------------------------------------------------------------------------------------------------ counted in a month

def test_the_nth_weekday_of_a_month_is_one_day(nlp):
    assert values(nlp, "The harvest began on the last Monday in September.", "1996-10-20") == [
        ("the last Monday in September", "1996-09-30")]
    assert values(nlp, "She will be sworn in on the first Monday in January.", "1989-11-08") == [
        ("the first Monday in January", "1990-01-01")]


def test_the_first_or_last_week_of_a_month_is_its_iso_week(nlp):
    assert values(nlp, "Cases peaked in the last week of September.", "2012-10-15") == [
        ("the last week of September", "2012-W39")]
    assert values(nlp, "Rains returned in the first week of October 2012.", "2013-01-15") == [
        ("the first week of October 2012", "2012-W40")]


def test_a_first_stretch_of_a_period_is_one_length(nlp):
    assert values(nlp, "During the first two weeks of October, 18,500 people crossed the border.",
                  "2012-10-15") == [("the first two weeks of October", "P2W")]
    assert values(nlp, "Exports fell 4 percent in the first eight months of 2012.", "2012-10-02") == [
        ("the first eight months of 2012", "P8M")]
    # a stretch of something that is no period stays a length of its own
    assert values(nlp, "She spent the last six months of her life in Lyon.", "2012-10-15") == [
        ("the last six months", "P6M")]


def test_the_same_period_of_a_year_is_the_period_just_named_in_it(nlp):
    assert value_of(nlp, "Trade rose in the first half of this year, up 18 percent over the same period of 1997.",
                    "1998-10-15", "the same period of 1997") == "1997-H1"


# ------------------------------------------------------------------------------------------------ not times

def test_a_model_or_route_number_is_no_year(nlp):
    assert values(nlp, "Its best seller is the Model 1911 knife, and a Series 2000 valve failed in 2004.",
                  "2005-02-22") == [("2004", "2004")]
    # nor an anchor for what is counted on
    assert value_of(nlp, "In March 2004, an inspector rated the valve, a Series 2000 model installed in the early "
                         "1990s, as poor. Three months later, the company cut the budget.", "2005-10-20",
                    "Three months later") == "2004-06"


# ------------------------------------------------------------------------------------------------ clock times

def test_a_clock_time_does_not_take_the_day_in_brackets_after_it(nlp):
    text = ("A strong earthquake struck off Sumatra early Saturday. The quake hit at 4:48 am (2148 GMT Friday) off "
            "Padang. The agency issued a tsunami warning but lifted it two hours later.")
    assert value_of(nlp, text, "2007-11-24T15:30:00+07:00", "4:48 am") == "2007-11-24T04:48"
    # nor is the bracketed time the one counted on from
    assert value_of(nlp, text, "2007-11-24T15:30:00+07:00", "two hours later") == "2007-11-24T06:48"
    # a bracket closed before the day leaves the day to both
    assert value_of(nlp, "The blast occurred at about 10:35 a.m. (0735 GMT) Friday, toppling a building.",
                    "1998-08-08", "10:35 a.m.") == "1998-08-07T10:35"


def test_a_clock_time_does_not_take_the_day_of_another_clause_after_it(nlp):
    assert value_of(nlp, "Officials closed the two bridges at noon and said they would stay shut through Tuesday.",
                    "1993-07-17T16:30:00-05:00", "noon") == "1993-07-17T12:00"


def test_a_clock_time_takes_the_day_after_a_noun_phrase(nlp):
    assert value_of(nlp, "In 4 p.m. composite trading on the Nasdaq Stock Market Thursday, the shares fell $2.",
                    "1998-07-24", "4 p.m.") == "1998-07-23T16:00"


def test_midnight_that_a_day_runs_past_ends_that_day(nlp):
    assert value_of(nlp, "The debate began Tuesday at 10 a.m. and ran past midnight.", "2013-07-10T15:20:00-04:00",
                    "midnight") == "2013-07-10T00:00"


def test_a_conjoined_verb_shares_the_future_of_its_head(nlp):
    assert value_of(nlp, "Weeks said the union would picket the garages and hold a rally at 5 p.m. Wednesday.",
                    "1998-06-09", "5 p.m. Wednesday") == "1998-06-10T17:00"


def test_the_next_meeting_is_on_the_coming_day(nlp):
    assert value_of(nlp, "The consortium briefs reporters twice a month; the next briefing is on Thursday at 14:00.",
                    "2010-09-14", "Thursday") == "2010-09-16"


# ------------------------------------------------------------------------------------------------ nights, parts of day

def test_a_past_night_is_not_the_night_of_a_day_still_to_come(nlp):
    assert value_of(nlp, "Forecasters warned the river would rise two feet by Sunday. Volunteers had worked through "
                         "the night to shore it up.", "1993-07-17", "the night") == "1993-07-16TNI"


def test_the_early_afternoon_is_of_the_day_just_named(nlp):
    assert value_of(nlp, "Rescuers dug on Saturday morning, and soldiers arrived in the early afternoon.",
                    "2007-11-24", "the early afternoon") == "2007-11-24TAF"


# ------------------------------------------------------------------------------------------------ habits and sets

def test_a_month_of_a_habit_is_of_no_one_year(nlp):
    assert value_of(nlp, "The rainy season usually ends in mid-October, but forecasters expect showers next week.",
                    "2012-10-15", "mid-October") == "XXXX-10"
    # a habit said of this year's is this year's
    assert value_of(nlp, "Tornado season usually peaks this month and in April.", "2013-03-15", "April") == "2013-04"
    # and a relative clause describes the one under way
    assert value_of(nlp, "Routes close in the rainy season, which usually runs from June to October.", "2016-03-15",
                    "June") == "2016-06"


def test_every_fall_is_a_set(nlp):
    assert values(nlp, "Every fall, the family floods its cranberry bog.", "1996-10-20") == [("Every fall", "XXXX-FA")]


def test_recently_is_the_past(nlp):
    assert values(nlp, "Prices have been good recently.", "1996-10-20") == [("recently", "PAST_REF")]
    # "most recently in January" is January
    assert values(nlp, "Most recently in January, prices fell.", "1996-10-20") == [("January", "1996-01")]


# ------------------------------------------------------------------------------------------------ fiscal years

FISCAL = ("Northfield said its fiscal fourth-quarter profit rose 22%, but warned that growth would slow in the current "
          "quarter. It earned $18.4 million in the three months ended June 30, up from $15.1 million a year earlier. "
          "For the full fiscal year, profit rose 19%. It expects revenue in the first quarter of fiscal 1999, which "
          "ends Sept. 30, to be flat with the year-earlier period. Analysts had expected earnings of 39 cents a share "
          "for the quarter. Bonds rose ahead of the report on second-quarter gross domestic product.")


def test_a_fiscal_year_named_by_a_quarter_end_is_named_by_the_year_it_ends(nlp):
    found = dict(values(nlp, FISCAL, "1998-07-24"))
    assert found["fiscal fourth-quarter"] == "1998-Q4"
    assert found["the full fiscal year"] == "1998"
    assert found["the first quarter of fiscal 1999"] == "1999-Q1"
    assert value_of(nlp, FISCAL, "1998-07-24", "current quarter") == "1999-Q1"


def test_a_year_earlier_after_the_quarter_ended_is_that_quarter_a_year_back(nlp):
    assert value_of(nlp, FISCAL, "1998-07-24", "a year earlier") == "1997-Q4"
    assert value_of(nlp, FISCAL, "1998-07-24", "the quarter") == "1998-Q4"


def test_the_economys_quarters_are_the_calendars(nlp):
    assert value_of(nlp, FISCAL, "1998-07-24", "second-quarter") == "1998-Q2"


# ------------------------------------------------------------------------------------------------ times-blind-11, -12

def test_a_present_tense_reopening_or_return_is_the_coming_day(nlp):
    assert value_of(nlp, "Most markets are closed on weekends and reopen on Monday.", "1998-10-24",
                    "Monday") == "1998-10-26"
    assert value_of(nlp, "The House returns at 1 p.m. Monday.", "1990-05-20", "1 p.m. Monday") == "1990-05-21T13:00"
    assert value_of(nlp, "Clocks go back one hour at three a.m. on Sunday.", "1998-10-24",
                    "three a.m.") == "1998-10-25T03:00"


def test_a_day_declared_is_mostly_the_coming_one(nlp):
    assert values(nlp, "The government has declared Monday a day of mourning.", "1998-10-24") == [
        ("Monday", "1998-10-26")]


def test_a_vote_someone_faces_lies_ahead(nlp):
    assert value_of(nlp, "Pell, who faces re-election in November, said he would vote no.", "1990-05-20",
                    "November") == "1990-11"
    # a vote told in the past is the one gone by
    assert value_of(nlp, "Voters approved the plan in a referendum on Sunday, the council said.", "2023-12-08",
                    "Sunday") == "2023-12-03"


def test_a_plan_for_a_time_now_gone_by_is_past(nlp):
    assert value_of(nlp, "The rule was to have taken effect March 1 but has been on hold since December.",
                    "1991-04-15", "March 1") == "1991-03-01"


def test_the_period_figures_are_for_is_the_nearest(nlp):
    assert value_of(nlp, "Retail sales figures for July are due on Friday.", "2006-08-16", "July") == "2006-07"


def test_a_timeline_entry_is_the_nearest_date(nlp):
    text = "The war began in 2012.\n- Feb 3: the army retakes Ber.\n- Oct 3: parliament votes on the accord."
    assert value_of(nlp, text, "2013-08-04", "Feb 3") == "2013-02-03"
    assert value_of(nlp, text, "2013-08-04", "Oct 3") == "2013-10-03"


def test_spoken_clock_times(nlp):
    text = ("The fire broke out just after four o'clock this afternoon. Residents were ordered out at about "
            "five-thirty, and the zone was widened again at six.")
    assert value_of(nlp, text, "1998-03-11", "five-thirty") == "1998-03-11T17:30"
    assert value_of(nlp, text, "1998-03-11", "six") == "1998-03-11T18:00"
    # a bare hour word with no clock time before it is no time
    assert values(nlp, "He was promoted at six and retired at sixty.", "1998-03-11") == []
    assert values(nlp, "The change takes effect at two a.m. on Sunday, April fifth.", "1998-03-14") == [
        ("two a.m.", "1998-04-05T02:00"), ("Sunday, April fifth", "1998-04-05")]


def test_weekends_are_a_set(nlp):
    # ("all day" stays unmarked, as AQUAINT leaves "all day" and "All week")
    assert values(nlp, "He waited on the riverbank all day. The exchanges are closed on weekends.",
                  "1998-03-11") == [("weekends", "XXXX-WXX-WE")]


def test_the_half_of_a_fiscal_year_named(nlp):
    assert value_of(nlp, "The company expects a recovery in the second half of fiscal 1991, which begins April 1.",
                    "1990-11-08", "the second half of fiscal 1991") == "1991-H2"


FISCAL_SEPT = ("Corliss said its fiscal fourth-quarter profit fell 22%, and it warned that earnings in the current "
               "quarter would also decline. The company said yesterday that net income in the three months ended Sept. "
               "30 was $14.2 million, down from $18.2 million a year earlier. For the full fiscal year, Corliss earned "
               "$61.5 million, against $70.3 million in fiscal 1989. Earnings for the first quarter of fiscal 1991, "
               "which ends Dec. 31, would be well below the 55 cents a share earned in the year-earlier period. "
               "Analysts cut their estimates for fiscal 1991.")


def test_a_year_earlier_after_the_three_months_ended_sept_30(nlp):
    assert value_of(nlp, FISCAL_SEPT, "1990-11-08", "a year earlier") == "1989-Q4"


def test_the_year_earlier_period_of_a_fiscal_quarter_named_with_its_year(nlp):
    assert value_of(nlp, FISCAL_SEPT, "1990-11-08", "year-earlier") == "1990-Q1"


# ------------------------------------------------------------------------------------------------ times-blind-13, -14

def test_a_target_date_told_in_the_past_is_mostly_the_coming_one(nlp):
    assert value_of(nlp, "Orbis said the new target was 9:02 pm on Friday.", "2013-12-03", "Friday") == "2013-12-06"


def test_a_quarter_of_next_year_named_in_the_sentence(nlp):
    assert value_of(nlp, "Orbis plans six launches next year, including two in the first quarter.", "2013-12-03",
                    "the first quarter") == "2014-Q1"
    # a year the sentence gives as a date of its own is no frame for the quarter
    assert value_of(nlp, "Kuura, founded in 2008, hired 40 people in the first quarter.", "2013-05-03",
                    "the first quarter") == "2013-Q1"


def test_the_economys_quarters_stay_the_calendars_in_a_fiscal_article(nlp):
    text = ("The deficit for the current fiscal year, which ends June 30, is forecast at 2.3 billion dollars.\n"
            "Consumer prices rose 0.9 percent in the fourth quarter of 2012. Economists expect a rise of 0.4 percent "
            "in the first quarter.")
    assert value_of(nlp, text, "2013-04-24", "the first quarter") == "2013-Q1"


def test_a_clock_time_after_its_own_until_takes_the_day_before_it(nlp):
    assert value_of(nlp, "Fighting eased on Friday afternoon, and a three-hour truce held until 6 pm.", "2013-07-20",
                    "6 pm") == "2013-07-19T18:00"


def test_months_of_a_yearly_rate_are_of_no_one_year(nlp):
    found = dict(values(nlp, "The region gets about 20 typhoons a year, most of them between June and November.",
                        "2013-09-08"))
    assert (found["June"], found["November"]) == ("XXXX-06", "XXXX-11")


def test_a_fiscal_year_that_begins_on_a_date_is_a_year(nlp):
    assert values(nlp, "The governor signed the budget for the fiscal year that begins July 1.", "2013-06-08") == [
        ("the fiscal year", "2014"), ("July 1", "2013-07-01")]
    assert value_of(nlp, "The plan returns the accounts to surplus in the fiscal year to June 2015.", "2013-04-24",
                    "the fiscal year") == "2015"


def test_a_resolution_number_is_no_year_and_most_recently_no_time(nlp):
    assert values(nlp, "Troops withdrew as Security Council Resolution 1996 demands.", "2013-06-08") == []
    assert values(nlp, "The launch was put back twice, most recently last spring.", "2013-06-08") == [
        ("last spring", "2013-SP")]


def test_a_holiday_with_its_year(nlp):
    assert values(nlp, "The email was sent at 11:52 p.m. on New Year's Eve 1998.", "2001-05-18") == [
        ("11:52 p.m.", "1998-12-31T23:52"), ("New Year's Eve 1998", "1998-12-31")]


def test_days_later_count_on_from_the_day_before_a_background_month(nlp):
    assert value_of(nlp, "Her best find came on Aug. 11, 1975, when her crew located a steamer that sank in "
                         "November 1905. Two days later her divers brought up its bell.", "1997-01-16",
                    "Two days later") == "1975-08-13"


def test_a_rate_after_hundreds_is_a_set_and_may_as_a_given_name_no_month(nlp):
    assert values(nlp, '"I signed hundreds of documents a week," Pike said.', "2001-05-17") == [("a week", "P1W")]
    assert values(nlp, "She is survived by a daughter, May Lindqvist Hart of Chicago.", "1996-06-08") == []


def test_that_season_is_the_season_of_the_year_just_named(nlp):
    assert value_of(nlp, "The dam broke in 2004. That summer, farmers lost their crops.", "2010-03-09",
                    "That summer") == "2004-SU"


# ------------------------------------------------------------------------------------------------ times-blind-15

def test_a_season_takes_the_year_of_the_event_it_is_told_of(nlp):
    assert value_of(nlp, "Officials said the 2011 cup, which was played in the spring because of the heat, drew "
                         "record crowds.", "2013-04-10", "spring") == "2011-SP"
    # a year in a relative clause frames nothing else
    assert value_of(nlp, "Oil exports, which halved in 2012, have recovered slightly since the autumn.", "2014-01-14",
                    "autumn") == "2013-FA"


def test_data_awaited_on_a_day_lie_ahead(nlp):
    assert value_of(nlp, "Traders await German inflation data due at 0700 GMT on Thursday.", "2014-03-11",
                    "Thursday") == "2014-03-13"


def test_two_months_joined_by_and_fall_in_one_stretch(nlp):
    assert values(nlp, "The bureau will publish figures for January and February together on Thursday.",
                  "2014-03-11")[:2] == [("January", "2014-01"), ("February", "2014-02")]


def test_starting_in_a_month_lies_ahead_unless_the_clause_is_past(nlp):
    assert value_of(nlp, "The pact would phase out tariffs over a decade, starting in January.", "2010-06-12",
                    "January") == "2011-01"
    assert value_of(nlp, "The strike, starting in January, lasted six weeks.", "2010-06-12", "January") == "2010-01"


def test_habits_of_quarters_joined_verbs_and_days(nlp):
    assert value_of(nlp, "The first quarter is always messy for the data.", "2014-03-11",
                    "The first quarter") == "XXXX-Q1"
    assert value_of(nlp, "The monsoon usually eases in September, and attacks rise again in October.", "2010-06-12",
                    "October") == "XXXX-10"
    found = dict(values(nlp, "The season runs from June 1 to November 30 and usually peaks in early September.",
                        "2007-06-12"))
    assert (found["June 1"], found["November 30"]) == ("XXXX-06-01", "XXXX-11-30")
    # a rate makes no single day a habit
    assert value_of(nlp, "The bank reviews the rate eight times a year; its next decision is due on June 13.",
                    "2013-04-24", "June 13") == "2013-06-13"


def test_the_financial_year_to_a_month_is_the_year_written(nlp):
    assert value_of(nlp, "The club lost 4.2 million pounds in the financial year to March 2014.", "2014-09-12",
                    "the financial year") == "2014"


def test_hours_a_day_are_a_length_and_a_set(nlp):
    assert values(nlp, "They work 12 hours a day. One ferry a day links the islands.", "2014-09-12") == [
        ("12 hours", "PT12H"), ("a day", "P1D"), ("a day", "P1D")]
    assert values(nlp, "The clinic is open 24 hours a day.", "2014-09-12") == [("24 hours a day", "P1D")]
    assert values(nlp, "Shares must trade above the price for 20 consecutive trading days.", "2014-09-12") == [
        ("20 consecutive trading days", "P20D")]


# ------------------------------------------------------------------------------------------------ times-blind-16, -17

def test_a_bare_clock_time_after_this_afternoon_is_in_the_evening(nlp):
    assert value_of(nlp, "The vote came this afternoon. It came at about five-fifteen, after six hours of debate.",
                    "1998-02-09T18:30:00-05:00", "five-fifteen") == "1998-02-09T17:15"


def test_weekday_parts_and_seasons_in_the_plural_are_sets(nlp):
    assert values(nlp, "Clerks came in on Saturday afternoons.", "1998-05-17") == [
        ("Saturday afternoons", "XXXX-WXX-6TAF")]
    assert values(nlp, "She asked to let the boy spend summers in Colorado.", "2000-02-14") == [("summers", "XXXX-SU")]


def test_seasons_after_by_and_until_and_no_season_in_a_name(nlp):
    assert values(nlp, "Analysts said the stock could be worth $46 by spring.", "1989-11-15") == [("spring", "1990-SP")]
    assert values(nlp, "They asked for the period to be extended until midsummer.", "1990-03-15") == [
        ("midsummer", "1990-SU")]
    assert values(nlp, "Finally, the Winter Olympics in Nagano.", "1998-02-09") == []


def test_for_the_week_of_a_market_report_and_most_of_the_evening(nlp):
    assert values(nlp, "For the week, the dollar has gained nearly 2%, and it is up 3.5% for the month.",
                  "1990-03-16") == [("the week", "1990-W11"), ("the month", "1990-03")]
    assert value_of(nlp, "Polls closed at 7:30 p.m. Tuesday, and Pike led for most of the evening.", "1998-11-04",
                    "the evening") == "1998-11-03TEV"
    assert values(nlp, "The company reported a loss in its most recent quarter.", "1998-05-17") == [
        ("its most recent quarter", "1998-Q1")]


def test_a_sentence_initial_today_before_a_present_state_is_nowadays(nlp):
    assert value_of(nlp, "The firm was founded in 1946. Today the chef's line accounts for 60 percent of sales.",
                    "2000-02-22", "Today") == "PRESENT_REF"
    # with a comma, or before an event, it is the day
    assert value_of(nlp, "Today, the United States announced $155 million in aid.", "2016-03-29",
                    "Today") == "2016-03-29"
    assert value_of(nlp, "Today the president signs the bill.", "2016-03-29", "Today") == "2016-03-29"


# ------------------------------------------------------------------------------------------------ times-blind-18

def test_a_deadline_given_until_noon_on_a_day_lies_ahead(nlp):
    assert value_of(nlp, "The North has given the South until noon Thursday to respond.", "2013-04-10",
                    "noon Thursday") == "2013-04-11T12:00"


def test_starting_at_a_clock_time_on_a_day_lies_ahead(nlp):
    assert value_of(nlp, "A 48-hour truce will take effect, starting at 06:00 local time on Saturday.", "2013-06-13",
                    "Saturday") == "2013-06-15"
