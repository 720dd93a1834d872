"""TimeML (TempEval-3) conventions for news times, each on a short invented sentence."""
from __future__ import annotations

from pipeline.extract.times import find_times

PUB = "2013-03-14"  # a Thursday


def values(nlp, text, pub=PUB):
    found = find_times(nlp(text), pub)
    for t in found:
        assert text[t.char_start:t.char_end] == t.text
    return [(t.text, t.timex_type, t.value) for t in found]


def test_a_year_earlier_is_the_period_named_moved_back(nlp):
    # the base of a comparison is a date, in the granularity of the period it is compared with
    assert values(nlp, "Exports reached 4 million tons in 2011, up from 3.2 million a year earlier.") == [
        ("2011", "DATE", "2011"), ("a year earlier", "DATE", "2010")]
    assert values(nlp, "Orders rose to 1,200 in the second quarter from 950 a year earlier.") == [
        ("the second quarter", "DATE", "2012-Q2"), ("a year earlier", "DATE", "2011-Q2")]
    assert values(nlp, "The jobless rate fell to 6.1% in January from 6.4% a month earlier.") == [
        ("January", "DATE", "2013-01"), ("a month earlier", "DATE", "2012-12")]
    # no period named: counted back from the publication date
    assert values(nlp, "Ticket sales were up 12% from a year earlier.") == [("a year earlier", "DATE", "2012")]
    # a day named in the sentence is the day of the statement, not the period compared
    assert values(nlp, "The bakery said Monday that sales were up 12% from a year earlier.")[-1] == (
        "a year earlier", "DATE", "2012")


def test_a_day_before_an_event_stays_a_length(nlp):
    # counted from an event named after it: TimeML keeps the duration (and its link to the event)
    assert values(nlp, "The mayor resigned a year before the inquiry.") == [("a year", "DURATION", "P1Y")]
    # a day counted back from the day just named
    assert values(nlp, "The dam burst on Sunday. A day earlier, engineers had warned the town.") == [
        ("Sunday", "DATE", "2013-03-10"), ("A day earlier", "DATE", "2013-03-09")]


def test_year_earlier_adjective(nlp):
    assert values(nlp, "Operating profit rose in the fourth quarter from the year-earlier period.") == [
        ("the fourth quarter", "DATE", "2012-Q4"), ("year-earlier", "DATE", "2011-Q4")]
    assert values(nlp, "Margins were thinner than in the year-ago quarter.") == [("year-ago", "DATE", "2012")]


def test_a_year_earlier_after_a_line_break(nlp):
    # the period may be named in the sentence before, on its own line
    text = "Net profit fell 9% in the third quarter.\nSales slipped to $2.1 billion from $2.3 billion a year earlier."
    assert values(nlp, text)[-1] == ("a year earlier", "DATE", "2011-Q3")


def test_a_speed_is_not_a_frequency(nlp):
    assert values(nlp, "Gusts reached 140 kilometres per hour on the coast.") == []
    assert values(nlp, "The ferry sails at 30 knots an hour.") == []
    # a rate of money or goods over time stays a set
    assert values(nlp, "The port handles 2,000 containers a day.") == [("a day", "SET", "P1D")]


def test_minutes_and_hours_ago_have_a_value(nlp):
    assert values(nlp, "The bus left a few minutes ago.") == [("a few minutes ago", "TIME", "PAST_REF")]
    assert values(nlp, "Rescuers arrived hours ago.") == [("hours ago", "TIME", "PAST_REF")]
    assert values(nlp, "The quake struck two hours ago.") == [("two hours ago", "TIME", "2013-03-14")]


def test_due_to_on_a_noun_looks_ahead_even_in_a_past_clause(nlp):
    # "cuts due to take effect in May": the adjective is no predicate of the past verb, so May is the coming one
    assert values(nlp, "Traders fretted over spending cuts due to take effect across Europe in May.")[-1] == (
        "May", "DATE", "2013-05")
    # as a predicate of a past verb it keeps the past: "was due to meet on Sunday" is the Sunday gone by
    assert values(nlp, "The council was due to meet on Sunday.") == [("Sunday", "DATE", "2013-03-10")]


def test_a_half_year_written_as_an_adjective(nlp):
    # "first-half profit" is the first half of the year, as "first-quarter results" is its first quarter
    assert values(nlp, "Kestrel Foods posted a first-half profit of $40 million.", pub="2013-08-01") == [
        ("first-half", "DATE", "2013-H1")]
    assert values(nlp, "The brewer expects second-half sales to recover.", pub="2013-08-01") == [
        ("second-half", "DATE", "2013-H2")]
    # a half of a match is not a half of the year
    assert values(nlp, "Dunmore scored a first-half goal.", pub="2013-08-01") == []


def test_a_24_hour_clock_time_after_between(nlp):
    # both ends of "between 22:00 and 05:30" are times of day, the first as the second
    assert [t for t, _, _ in values(nlp, "The bridge will close between 22:00 and 05:30 for repairs.")] == [
        "22:00", "05:30"]


def test_the_weekend_of_a_date_is_one_expression(nlp):
    # TIMEX3 marks "the weekend of 8 June" whole: the weekend of that date's week
    assert values(nlp, "More protests are planned for the weekend of 8 June.") == [
        ("the weekend of 8 June", "DATE", "2013-W23-WE")]
    assert values(nlp, "The festival returns the weekend of May 4.") == [
        ("the weekend of May 4", "DATE", "2013-W18-WE")]


def test_a_quarter_named_by_its_months_is_one_expression(nlp):
    # "the April-June quarter" is the second quarter, not two months
    assert values(nlp, "Sales fell 4% in the April-June quarter.", pub="2013-08-01") == [
        ("the April-June quarter", "DATE", "2013-Q2")]
    assert values(nlp, "Exports rose in the October-December quarter of 2011.") == [
        ("the October-December quarter of 2011", "DATE", "2011-Q4")]


def test_the_quarter_is_the_quarter_just_named(nlp):
    # "during the quarter" after a quarter is named: that quarter (TimeML resolves the anaphor)
    text = "Pellam Mining earned $80 million in the third quarter. Its debt rose during the quarter."
    assert values(nlp, text) == [("the third quarter", "DATE", "2012-Q3"), ("the quarter", "DATE", "2012-Q3")]
    # no quarter named before it: nothing to resolve against
    assert values(nlp, "Nobody expected the quarter to end so badly.") == []
    assert values(nlp, "A quarter of the staff left, and the quarter-final was lost.") == []


def test_the_same_period_last_year_is_the_period_named_a_year_back(nlp):
    # one expression, the base of a comparison: the period just named, a year before
    assert values(nlp, "Profit for the first half of 2012 rose 9% on the same period last year.") == [
        ("the first half of 2012", "DATE", "2012-H1"), ("the same period last year", "DATE", "2011-H1")]
    assert values(nlp, "Sales in the third quarter of 2012 beat the same quarter a year earlier.") == [
        ("the third quarter of 2012", "DATE", "2012-Q3"), ("the same quarter a year earlier", "DATE", "2011-Q3")]
    # no period named: the year before the publication
    assert values(nlp, "Traffic was up 4% on the same period last year.") == [
        ("the same period last year", "DATE", "2012")]


def test_a_year_earlier_after_the_three_months_ended_a_date(nlp):
    # "the three months ended Jan. 31" names a fiscal quarter (the calendar quarter holding most of it, 2012-Q4):
    # the period "a year earlier" is counted back from
    text = "Harlow Retail lost $5 million in the three months ended Jan. 31, against a profit a year earlier."
    assert values(nlp, text) == [("three months", "DURATION", "P3M"), ("Jan. 31", "DATE", "2013-01-31"),
                                 ("a year earlier", "DATE", "2011-Q4")]
    text = "Profit rose 8% in the six months to June 30 from a year earlier."
    assert values(nlp, text, pub="2013-08-01")[-1] == ("a year earlier", "DATE", "2012-H1")


def test_a_rate_after_a_number_word_is_a_set(nlp):
    # "six a month" is a frequency, as "2,000 containers a day" is
    assert values(nlp, "The yard will build six a month by 2014.") == [("a month", "SET", "P1M"), ("2014", "DATE", "2014")]
    assert values(nlp, "Crews fix about forty pumps a week.") == [("a week", "SET", "P1W")]
    # a length after a number word further back stays a length
    assert values(nlp, "Two friends stayed with her for a month.") == [("a month", "DURATION", "P1M")]


def test_a_past_time_of_day_later_than_publication_is_the_day_before(nlp):
    # published at 9:30 in the morning, "the fire broke out at 11:20 p.m." cannot be that evening: the night before
    pub = "2013-03-14T09:30:00-05:00"
    assert values(nlp, "The fire broke out at 11:20 p.m. and burned until dawn.", pub=pub) == [
        ("11:20 p.m.", "TIME", "2013-03-13T23:20")]
    # ahead of the publication time, or with no time of publication, it stays on the day
    assert values(nlp, "The council will meet at 7 p.m.", pub=pub) == [("7 p.m.", "TIME", "2013-03-14T19:00")]
    assert values(nlp, "The fire broke out at 11:20 p.m.") == [("11:20 p.m.", "TIME", "2013-03-14T23:20")]


def test_a_gerund_completing_a_verb_takes_that_verb_s_tense(nlp):
    # "would begin airing ... on Friday" looks ahead; "began airing ... on Friday" looks back
    assert values(nlp, "The station said it would begin airing the series on Friday.")[-1] == (
        "Friday", "DATE", "2013-03-15")
    assert values(nlp, "The station began airing the series on Friday.")[-1] == ("Friday", "DATE", "2013-03-08")
