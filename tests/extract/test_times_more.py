"""More temporal-expression phenomena, each on a short invented sentence."""
from __future__ import annotations

from pipeline.extract.times import find_times
from times_helpers import values as times_values

PUB = "2024-10-23"  # a Wednesday


def values(nlp, text, pub=PUB):
    return times_values(nlp, text, pub)


def test_hundreds_are_a_century(nlp):
    # "the 1800s" is the nineteenth century (TIMEX3 "18"), not the decade 1800-1809
    assert values(nlp, "The mill was built in the late 1800s.") == [("late 1800s", "18")]
    assert values(nlp, "Few houses here date from the 1700s.") == [("1700s", "17")]
    # a decade keeps its form
    assert values(nlp, "The mill was rebuilt in the 1890s.") == [("1890s", "189X")]


def test_surname_may_is_not_a_month(nlp):
    assert values(nlp, "Prime Minister Gwen May said the plan would work.") == []
    assert values(nlp, "Mrs May told reporters she was confident.") == []
    assert values(nlp, "The bridge reopened in May.") == [("May", "2024-05")]


def test_weekday_in_a_newspaper_title_is_not_a_day(nlp):
    assert values(nlp, "The Sunday Herald published the letter.") == []
    assert values(nlp, "The story first ran in the Mail on Sunday.") == []
    assert values(nlp, "The letter was published on Sunday.") == [("Sunday", "2024-10-20")]


def test_scheduled_present_tense_looks_forward(nlp):
    # a finite present-tense verb with a weekday is a schedule: "the trial resumes Monday"
    assert values(nlp, "The trial resumes Monday in the capital.") == [("Monday", "2024-10-28")]
    assert values(nlp, "A three-day summit opens Thursday.")[-1] == ("Thursday", "2024-10-24")
    # reporting verbs and "since" keep looking back
    assert values(nlp, "Rescue teams search the ruins since Monday.") == [("Monday", "2024-10-21")]
    assert values(nlp, "The company says on Monday that profits fell.") == [("Monday", "2024-10-21")]


def test_this_years_without_apostrophe(nlp):
    assert values(nlp, "The theme of this years parade is the sea.") == [("this years", "2024")]


def test_quarter_of_next_year(nlp):
    assert values(nlp, "The model goes on sale in the second quarter of next year.") == [
        ("the second quarter of next year", "2025-Q2")]
    assert values(nlp, "Output fell in the third quarter of fiscal 2021.") == [
        ("the third quarter of fiscal 2021", "2021-Q3")]
    # a dangling "of" is not part of the expression
    assert values(nlp, "Losses grew in the third quarter of its fiscal year.") == [("the third quarter", "2024-Q3")]


def test_date_put_off_to_lies_ahead(nlp):
    assert values(nlp, "The hearing was adjourned to March 10.") == [("March 10", "2025-03-10")]
    assert values(nlp, "The vote was postponed to Friday.") == [("Friday", "2024-10-25")]


def test_weekend_without_tense_is_the_nearer_one(nlp):
    # published on a Monday: the weekend of a noun phrase is the weekend just gone
    assert values(nlp, "The weekend's storm flooded the valley.", "2024-10-21") == [
        ("The weekend", "2024-W42-WE")]
    # a present tense does not make "over the weekend" a schedule
    assert values(nlp, "The advert features a report from over the weekend.", "2024-10-21") == [
        ("the weekend", "2024-W42-WE")]


def test_deictic_word_inside_a_name(nlp):
    assert values(nlp, "She wrote a column for Ohio Today about the vote.") == []
    assert values(nlp, "The minister told Radio Tirana This Morning that talks had failed.") == []
    assert values(nlp, "Voters Head To The Polls Today\n\nVoters went to the polls.") == [("Today", "2024-10-23")]


def test_holiday_name_inside_a_place_name(nlp):
    assert values(nlp, "Scientists studied the statues of Easter Island.") == []


def test_decades_with_an_apostrophe(nlp):
    assert values(nlp, "The market of the 1980’s collapsed.") == [("1980’s", "198X")]
    assert values(nlp, "Business was good in the 70’s.") == [("70’s", "197X")]


def test_clock_time_needs_a_word_boundary(nlp):
    assert values(nlp, "The link ended in x7Pm for some reason.") == []
    assert values(nlp, "The shop closed at 5pm.") == [("5pm", "2024-10-23T17:00")]


def test_possessive_weekday_in_a_future_clause(nlp):
    assert values(nlp, "Fans expect the home side to win Saturday's final.") == [("Saturday", "2024-10-26")]
    assert values(nlp, "Saturday's final will be played in the rain.") == [("Saturday", "2024-10-26")]
    assert values(nlp, "Fans cheered after Saturday's final.") == [("Saturday", "2024-10-19")]


def test_infinitive_of_refuse_or_try_shares_its_time(nlp):
    assert values(nlp, "He refused to sign the accord during a speech in July.") == [("July", "2024-07")]
    assert values(nlp, "The suspect tried to flee on Tuesday.") == [("Tuesday", "2024-10-22")]


def test_scheduled_present_month_takes_the_nearer_side(nlp):
    # published in March: August is nearer ahead than behind for a schedule, not for a headline-style report
    assert values(nlp, "The new season begins in August.", "2024-03-20") == [("August", "2024-08")]
    assert values(nlp, "Exports rise in February.", "2024-03-20") == [("February", "2024-02")]


def test_holiday_word_before_a_common_noun(nlp):
    assert values(nlp, "The town banned Christmas lights on public buildings.") == []
    assert values(nlp, "The shops were shut on Christmas Day.") == [("Christmas Day", "2023-12-25")]


def test_quarter_results_are_published_after_the_quarter(nlp):
    # published in the fourth quarter: the third-quarter results to come are this year's
    assert values(nlp, "The bank will publish its third-quarter results on Friday.")[0] == ("third-quarter", "2024-Q3")
    assert values(nlp, "The bank expects profits to rise in the first quarter.") == [("the first quarter", "2025-Q1")]


def test_middle_of_a_period_is_the_period(nlp):
    assert values(nlp, "The firm was founded in the middle of 1998.") == [("the middle of 1998", "1998")]
    assert values(nlp, "The vote is due in the middle of next month.") == [("the middle of next month", "2024-11")]


def test_by_stays_out_of_the_span(nlp):
    assert values(nlp, "The plant will close by the end of the year.") == [("the end of the year", "2024-12-31")]
    assert values(nlp, "The deal should close by year-end.") == [("year-end", "2024-12-31")]


def test_headline_present_tense_reports_the_past(nlp):
    text = "Shares tumble on Monday\n\nShares fell sharply on Monday."
    assert values(nlp, text) == [("Monday", "2024-10-21"), ("Monday", "2024-10-21")]


def test_every_season_is_a_set(nlp):
    assert values(nlp, "The fair is held every summer in the park.") == [("every summer", "XXXX-SU")]


def test_weekday_or_set_word_inside_a_programme_title(nlp):
    assert values(nlp, "She spoke on “Channel Four Sunday,” the talk show.") == []
    assert values(nlp, "He anchors the station's \"Nightly Report\" programme.") == []
    assert values(nlp, "\"It is over,\" he said in Sunday's debate.") == [("Sunday", "2024-10-20")]


def test_age_range_is_not_a_duration(nlp):
    assert values(nlp, "The survey covered pupils aged 7–9 years in three towns.") == []
    assert values(nlp, "He spent nine years in the navy.") == [("nine years", "P9Y")]


def test_minutes_of_fame_is_an_idiom(nlp):
    assert values(nlp, "The singer enjoyed her fifteen minutes of fame.") == []


def test_the_last_quarter_is_the_previous_one(nlp):
    assert values(nlp, "Profits fell in the last quarter.") == [("the last quarter", "2024-Q3")]
    assert values(nlp, "Profits fell in the last quarter of 2022.") == [("the last quarter of 2022", "2022-Q4")]


def test_relative_fiscal_year(nlp):
    assert values(nlp, "Sales fell in the last fiscal year.") == [("last fiscal year", "2023")]
    assert values(nlp, "The firm expects growth next financial year.") == [("next financial year", "2025")]


def test_first_day_of_a_day_month_range(nlp):
    assert values(nlp, "The talks were held on 18–20 March.") == [("18", "2024-03-18"), ("20 March", "2024-03-20")]
    assert values(nlp, "The fair runs from 2 to 4 May 2025.") == [("2", "2025-05-02"), ("4 May 2025", "2025-05-04")]
    # "May Day" is a name, not the month
    assert values(nlp, "Police detained 20 to 30 May Day marchers.") == []


def test_model_year_of_a_vehicle_is_no_time(nlp):
    # "his 1994 Toyota": the model year names the car, not a time (neither TimeML nor the TempEval-3 gold marks it)
    assert values(nlp, "Police found his 1994 Toyota Corolla near the border.") == []
    assert values(nlp, "A 2009 Chevrolet was parked outside.") == []
    # a year before another proper name stays a year
    assert values(nlp, "She ran in the 2012 Boston Marathon.") == [("2012", "2012")]


def test_the_years_that_followed_is_a_vague_duration(nlp):
    # TimeML: "the years that followed" is a DURATION of unknown length; the span is the unit word
    assert values(nlp, "In the years that followed, the town grew.") == [("years", "PXY")]
    assert values(nlp, "The weeks that followed were quiet.") == [("weeks", "PXW")]


def test_now_that_is_the_present(nlp):
    # "now that" still points at the present (TIMEX3 PRESENT_REF, as the TempEval-3 gold marks it); a sentence-opening
    # discourse "Now, ..." stays out
    assert values(nlp, "The mayor said the road can reopen now that the flood has receded.") == [
        ("now", "PRESENT_REF")]
    assert values(nlp, "Now, the council must decide.") == []


def test_statement_reacting_in_the_present_looks_back(nlp):
    # a press release's present tense reacts to what happened: the weekday is the last one (PUB is a Wednesday)
    assert values(nlp, "The ministry condemns the attack on a border post near the river on Tuesday, in which two "
                       "guards were wounded.") == [("Tuesday", "2024-10-22")]
    assert values(nlp, "The trial resumes Monday.") == [("Monday", "2024-10-28")]  # a schedule still looks ahead


def test_a_weekend_is_its_week_with_we_and_keeps_its_two_days(nlp):
    # TIMEX3 writes a weekend as its ISO week plus WE; the start and end columns give Saturday and Sunday
    (t,) = find_times(nlp("Talks will resume this weekend."), "2026-08-26")
    assert (t.value, str(t.start_date), str(t.end_date)) == ("2026-W35-WE", "2026-08-29", "2026-08-30")


def test_frequency_adjective_naming_a_publication_is_no_set(nlp):
    # "daily" as a noun, a newspaper: the name or "newspaper" follows it
    assert values(nlp, "The party daily Tribuna Libre called the plan a betrayal.") == []
    assert values(nlp, "He told the weekly magazine he would not resign.") == []
    # a frequency keeps its value, also before a weekday
    assert values(nlp, "Patients take the pills twice daily.") == [("daily", "P1D")]
    assert values(nlp, "Prices are posted daily Monday through Friday.")[0] == ("daily", "P1D")


def test_ends_of_a_month_range_fall_in_one_stretch(nlp):
    # a past range ends before the publication and starts before its end
    assert values(nlp, "Output fell between November and February.") == [("November", "2023-11"),
                                                                          ("February", "2024-02")]
    assert values(nlp, "The paper appeared from September to December.") == [("September", "2023-09"),
                                                                              ("December", "2023-12")]
    # a future one: the end follows the start
    assert values(nlp, "The road will be closed from November to February.") == [("November", "2024-11"),
                                                                                 ("February", "2025-02")]
    # a year written at one end holds for the other
    assert values(nlp, "The office was shut between May and June 2019.") == [("May", "2019-05"),
                                                                             ("June 2019", "2019-06")]
    # two separate months are resolved one by one
    assert values(nlp, "Prices rose in January and fell in November.") == [("January", "2024-01"),
                                                                           ("November", "2023-11")]


def test_infinitive_under_an_adjective_of_a_past_perfect_clause_is_past(nlp):
    assert values(nlp, "She had been unable to train in February because of an injury.") == [("February", "2024-02")]
    assert values(nlp, "He is unable to travel in December.") == [("December", "2024-12")]


def test_due_looks_ahead(nlp):
    assert values(nlp, "Presidential elections are due in March.") == [("March", "2025-03")]


def test_overnight_is_the_night_before_publication(nlp):
    assert values(nlp, "Heavy rain flooded the capital overnight, officials said.") == [("overnight", "2024-10-22TNI")]
    assert values(nlp, "Storms will move through the region overnight.") == [("overnight", "2024-10-23TNI")]
    # a named day is the time; "overnight" as an adjective or meaning "suddenly" is none
    assert values(nlp, "Rebels attacked the town overnight on Sunday.") == [("Sunday", "2024-10-20")]
    assert values(nlp, "An overnight curfew was imposed.") == []
    assert values(nlp, "Peace will not come overnight.") == []
    assert values(nlp, "Things changed overnight for the family.") == []


def test_a_duration_named_in_several_units_is_one(nlp):
    assert values(nlp, "She won in 2 hours, 5 minutes and 41 seconds.") == [
        ("2 hours, 5 minutes and 41 seconds", "PT2H5M41S")]
    assert values(nlp, "The talks lasted two hours and 30 minutes.") == [("two hours and 30 minutes", "PT2H30M")]
    assert values(nlp, "He spent 2 weeks and 3 days in hospital.") == [("2 weeks and 3 days", "P17D")]
    # a length counted from a point is its own expression
    assert values(nlp, "It rained for two days, and three hours later it stopped.") == [("two days", "P2D"),
                                                                                       ("three hours", "PT3H")]


def test_finishing_time_is_a_duration_and_clock_seconds_are_a_time(nlp):
    assert values(nlp, "Chebet won the race in 2:23:10.") == [("2:23:10", "PT2H23M10S")]
    assert values(nlp, "The blast happened at 10:23:45 local time.") == [("10:23:45 local time", "2024-10-23T10:23")]


def test_digit_groups_of_a_telephone_number_are_no_year(nlp):
    assert values(nlp, "Anyone with information is urged to call 0800 100 2000.") == []
    assert values(nlp, "In 2009 2,000 workers left the city.") == [("2009", "2009")]


def test_bare_half_of_the_year_only_in_a_sentence_about_business(nlp):
    assert values(nlp, "The airline carried 7.4 million passengers in the first half, down 6 percent.") == [
        ("the first half", "2024-H1")]
    assert values(nlp, "The striker scored twice in the first half.") == []


def test_time_of_day_takes_the_day_of_its_own_clause(nlp):
    # the day of a clause after "after" is not the day of the time
    assert values(nlp, "The index rose 0.3 percent by 4 p.m., after closing at a record on Tuesday.") == [
        ("4 p.m.", "2024-10-23T16:00"), ("Tuesday", "2024-10-22")]
    # a holiday next to it is
    assert values(nlp, "The stores will open at 6 p.m. on Thanksgiving Day.") == [
        ("6 p.m.", "2024-11-28T18:00"), ("Thanksgiving Day", "2024-11-28")]


def test_set_at_the_start_of_a_quoted_sentence(nlp):
    assert values(nlp, 'He said: "Every morning I run along the river."') == [("Every morning", "XXXX-XX-XXTMO")]


def test_shopping_days_after_thanksgiving(nlp):
    assert values(nlp, "Retailers expect record sales on Black Friday.") == [("Black Friday", "2024-11-29")]
    assert values(nlp, "Online sales peak on Cyber Monday.") == [("Cyber Monday", "2024-12-02")]


def test_surname_may_named_before_is_no_month_at_sentence_start(nlp):
    text = "Defense lawyer Curtis May said his client was innocent. May is expected to call witnesses next week."
    assert values(nlp, text) == [("next week", "2024-W44")]
    assert [t for t, _ in values(nlp, "May is usually the wettest month here.")] == ["May"]


def test_round_the_clock_and_kind_nouns_are_no_durations(nlp):
    assert values(nlp, "He told the 24-hour news channel that he would run.") == []
    # (the night service is no time; "on weekends" is a set: times-blind-11 and -12)
    assert values(nlp, "A night service will run on weekends.") == [("weekends", "XXXX-WXX-WE")]
    assert values(nlp, "They began a 24-hour strike.") == [("24-hour", "PT24H")]


def test_bookings_for_a_month_are_for_the_nearer_one(nlp):
    assert values(nlp, "The chief executive said bookings for November and December were weak.") == [
        ("November", "2024-11"), ("December", "2024-12")]
    assert values(nlp, "Sales in September were weak.") == [("September", "2024-09")]


def test_n_units_later_counts_on_from_the_date_just_named(nlp):
    assert values(nlp, "The comet passes the Sun on March 12, 2025 and comes closest to Earth nine days later.") == [
        ("March 12, 2025", "2025-03-12"), ("nine days later", "2025-03-21")]
    assert values(nlp, "He resigned in 2009. Two years later he was back.") == [("2009", "2009"),
                                                                                ("Two years later", "2011")]
    # with no date before it, the length alone
    assert values(nlp, "The soonest he could leave would be seven days later.") == [("seven days", "P7D")]


def test_the_rest_of_a_period_is_that_period(nlp):
    assert values(nlp, "Traders expect light volume for the rest of the week.") == [("the rest of the week", "2024-W43")]


def test_half_of_a_fiscal_year_takes_the_year_from_the_tense(nlp):
    assert values(nlp, "The carrier made a profit in the first half of its financial year.") == [
        ("the first half of its financial year", "2024-H1")]
    assert values(nlp, "It will cut 600 jobs in the first half of the new fiscal year.") == [
        ("the first half of the new fiscal year", "2025-H1")]


def test_bare_clock_time_in_a_past_clause_takes_the_day_the_lede_tells(nlp):
    text = ("Bus falls into ravine\n"
            "At least 19 people were killed when a bus fell into a ravine in the Andes last night, police said.\n"
            "The bus left the city at 6:15 p.m. and went off the road at around 10:50 p.m.")
    found = values(nlp, text)
    assert ("6:15 p.m.", "2024-10-22T18:15") in found and ("10:50 p.m.", "2024-10-22T22:50") in found
    # after a night, a time of the small hours is the next day
    text = ("Water main bursts\n"
            "A water main burst under the city centre overnight, flooding streets and subway tunnels.\n"
            "The pipe ruptured at about 2:30 a.m. near the station.")
    assert ("2:30 a.m.", "2024-10-23T02:30") in values(nlp, text)


def test_reporting_results_on_a_day_is_a_schedule(nlp):
    assert values(nlp, "The oil fund reports third-quarter results on Friday.")[-1] == ("Friday", "2024-10-25")
    assert values(nlp, "He reports that prices rose on Friday.") == [("Friday", "2024-10-18")]


def test_a_date_set_for_a_hearing_is_the_nearer_one(nlp):
    assert values(nlp, "The judge has set a hearing for March 6.") == [("March 6", "2025-03-06")]


def test_a_day_in_a_later_clause_is_not_the_day_of_a_time(nlp):
    assert values(nlp, "The recount will begin at 8:30 a.m. and should be finished by Friday.") == [
        ("8:30 a.m.", "2024-10-23T08:30"), ("Friday", "2024-10-25")]


def test_the_following_season_counts_from_the_time_just_named(nlp):
    assert values(nlp, "The museum closed in October 2008. Building work started the following spring.") == [
        ("October 2008", "2008-10"), ("following spring", "2009-SP")]


def test_weekdays_in_the_plural_after_on_are_a_set(nlp):
    assert values(nlp, "The museum stays open late on Thursdays.") == [("Thursdays", "XXXX-WXX-4")]
    assert values(nlp, "The Sundays played a concert.") == []


def test_currently_is_the_present(nlp):
    assert values(nlp, "The probe's signals currently take 21 minutes to reach Earth.") == [
        ("currently", "PRESENT_REF"), ("21 minutes", "PT21M")]


def test_every_weekday_with_a_part_of_day_is_one_set(nlp):
    assert values(nlp, "Residents should empty standing water every Sunday morning.") == [
        ("every Sunday morning", "XXXX-WXX-7TMO")]


def test_in_a_month_after_an_amount_is_a_length(nlp):
    def types(text):
        return [(t.text, t.timex_type) for t in find_times(nlp(text), PUB)]
    assert types("The blaze burned nearly 30,000 acres in a month.") == [("a month", "DURATION")]
    assert types("He earns $500 a month.") == [("a month", "SET")]


def test_lede_day_is_the_day_gone_by_and_not_for_a_statement(nlp):
    text = ("Mayor race goes to a run-off\n"
            "Voters will return to the polls on November 10 after no candidate won a majority in the first round "
            "yesterday, officials said today.\n"
            "Polling stations closed at 7 p.m.")
    assert ("7 p.m.", "2024-10-22T19:00") in values(nlp, text)
    text = ("Wildfire spreads\n"
            "A wildfire that started last night in the hills west of the town has burned 12,000 acres.\n"
            "\"It is critical,\" the incident commander said at a briefing at 7 a.m.")
    assert ("7 a.m.", "2024-10-23T07:00") in values(nlp, text)


def test_quarters_of_a_fiscal_year_the_article_names(nlp):
    # a fiscal year to September 30: its first quarter is October-December, named for the next calendar year
    text = ("Medical scanner maker Carrow said Tuesday that its fiscal fourth-quarter profit rose 11%. It earned $96 "
            "million in the three months ended Sept. 30, up from $86.5 million a year earlier. The company expects "
            "first-quarter revenue to be flat.")
    found = dict(values(nlp, text, "2024-11-12"))
    assert (found["fiscal fourth-quarter"], found["a year earlier"], found["first-quarter"]) == (
        "2024-Q4", "2023-Q4", "2025-Q1")
    # a calendar-year company keeps calendar quarters
    assert dict(values(nlp, "Profit rose in the third quarter.", "2024-11-12"))["the third quarter"] == "2024-Q3"


def test_the_start_of_a_period_is_the_period(nlp):
    assert values(nlp, "Prices rose at the start of the month.") == [("the start of the month", "2024-10")]
    assert values(nlp, "She was ranked 112th at the start of the week.") == [("the start of the week", "2024-W43")]


def test_a_quarter_named_by_its_months_and_period(nlp):
    text = "The carmaker lost $1.07 a share in the July-September period, against a loss of $370 million a year earlier."
    found = dict(values(nlp, text, "2008-11-07"))
    assert (found.get("the July-September period"), found.get("a year earlier")) == ("2008-Q3", "2007-Q3"), found


def test_hourly_work_is_no_frequency(nlp):
    assert values(nlp, "The carmaker will cut 5,000 salaried and hourly jobs.") == []
    assert values(nlp, "Hourly workers walked out.") == []


def test_the_last_week_is_the_past_week(nlp):
    assert values(nlp, "More than 20,000 people have fled in the last week, the UN said.") == [("the last week", "P1W")]
    assert ("last week", "2024-W42") in values(nlp, "Sales fell last week.")


def test_vague_durations_after_take_last_and_within(nlp):
    assert values(nlp, "He said the battle for the city could take weeks.") == [("weeks", "PXW")]
    assert values(nlp, "Aid arrived within days.") == [("days", "PXD")]
    assert values(nlp, "Deliveries will slip by another year.") == [("another year", "P1Y")]


def test_the_quarter_in_a_past_clause_is_the_last_one_over(nlp):
    text = ("Makers reported a record profit for the July-September quarter. Sun expects fourth-quarter sales to grow. "
            "Sun shipped 6.2 million panels in the quarter.")
    found = values(nlp, text, "2005-10-27")
    assert found[-1] == ("the quarter", "2005-Q3"), found
    assert values(nlp, "It expects fourth-quarter sales to grow and will cut costs during the quarter.",
                  "2005-10-27")[-1] == ("the quarter", "2005-Q4")


def test_a_write_down_in_the_quarter_just_over(nlp):
    text = "The bank warned that it would write down a further $4 billion of mortgage securities in the fourth quarter."
    assert values(nlp, text, "2008-01-22") == [("the fourth quarter", "2007-Q4")]
    assert values(nlp, "The bank will open 40 branches in the fourth quarter.", "2008-01-22") == [
        ("the fourth quarter", "2008-Q4")]


def test_vague_stretches_after_a_superlative_and_over_the_next_month(nlp):
    assert values(nlp, "Markets suffered their worst losses in years.") == [("years", "PXY")]
    assert values(nlp, "Shares rose the most in months.") == [("months", "PXM")]
    assert values(nlp, "The index should trade in a range over the next month.") == [("the next month", "P1M")]
    assert values(nlp, "Rates will rise next month.") == [("next month", "2024-11")]


def test_a_forecast_for_the_year_is_this_year(nlp):
    assert values(nlp, "The maker today cut its sales forecast for the year after orders fell.", "2012-07-26") == [
        ("today", "2012-07-26"), ("the year", "2012")]


def test_a_superlative_daily_move_is_no_frequency(nlp):
    assert values(nlp, "Shares fell 1.8 percent, their biggest daily drop in six weeks.") == [("six weeks", "P6W")]
    assert values(nlp, "The paper is published daily.") == [("daily", "P1D")]


def test_ahead_of_a_holiday_or_a_debate_points_ahead(nlp):
    assert values(nlp, "Retailers rallied ahead of Thanksgiving.", "2014-11-25") == [("Thanksgiving", "2014-11-27")]
    text = "The candidates are preparing for Monday's debate. The debate begins at 9 p.m. Eastern time."
    assert values(nlp, text, "2016-09-22") == [("Monday", "2016-09-26"), ("9 p.m.", "2016-09-26T21:00")]


def test_a_time_of_day_in_a_future_clause_takes_the_day_named_before(nlp):
    text = ("The cardinals will gather on Tuesday morning and attend a Mass in the basilica at 10 a.m. They will then "
            "walk into the chapel at 4:30 p.m.")
    found = dict(values(nlp, text, "2013-03-11"))
    assert (found["10 a.m."], found["4:30 p.m."]) == ("2013-03-12T10:00", "2013-03-12T16:30"), found


def test_scheduled_dates_in_the_present_tense_are_ahead(nlp):
    pub = "2013-03-05"
    assert ("Oct. 1", "2013-10-01") in values(nlp, "Spending for fiscal 2014, which begins Oct. 1, is next.", pub)
    assert ("Sept. 30", "2013-09-30") in values(nlp, "The House voted to keep the government running through Sept. 30.",
                                                 pub)
    assert values(nlp, "The Ryder Cup, to be held in Wales from 1 October to 3 October, is five months away.",
                  "2010-04-26")[:2] == [("1 October", "2010-10-01"), ("3 October", "2010-10-03")]
    assert ("7 December", "2011-12-07") in values(
        nlp, "The report was released a week before a meeting of donors in Geneva on 7 December.", "2011-11-30")


def test_a_time_of_day_and_its_day_joined_by_a_preposition_are_two_times(nlp):
    text = "The service issued a storm warning from 6 p.m. ET on Wednesday until 6 a.m. ET on Friday."
    assert values(nlp, text, "2013-03-06") == [("6 p.m. ET", "2013-03-06T18:00"), ("Wednesday", "2013-03-06"),
                                               ("6 a.m. ET", "2013-03-08T06:00"), ("Friday", "2013-03-08")]
    assert values(nlp, "The trial resumes Monday at 9 a.m., she said.", "2012-06-08") == [
        ("Monday", "2012-06-11"), ("9 a.m.", "2012-06-11T09:00")]
    # with no preposition between them they stay one
    assert values(nlp, "The ship sank at 10:35 a.m. Friday.", "2012-06-08") == [("10:35 a.m. Friday", "2012-06-08T10:35")]


def test_a_day_without_a_year_takes_the_year_its_sentence_names(nlp):
    text = "In 2000, the state's outcome was not decided until Dec. 12, more than a month after Election Day."
    found = dict(values(nlp, text, "2016-10-24"))
    assert (found["Dec. 12"], found["Election Day"]) == ("2000-12-12", "2000-11-07"), found
    # not against its own clause's tense, and not from a fiscal year's name
    assert ("March 3", "2017-03-03") in values(nlp, "The plant, built in 1990, will close on March 3.", "2016-10-24")
    assert ("Oct. 1", "2013-10-01") in values(nlp, "Spending for fiscal 2014, which begins Oct. 1, is next.",
                                               "2013-03-05")


def test_a_company_that_names_its_fiscal_years_by_their_end(nlp):
    text = ("Corvane said Wednesday that its fiscal third-quarter profit rose 14%. For the quarter ended Feb. 28, it "
            "earned $612 million, up from $537 million a year earlier. It expects to spend $400 million in fiscal "
            "2014, which begins June 1.")
    found = dict(values(nlp, text, "2013-03-20"))
    assert (found["fiscal third-quarter"], found["a year earlier"]) == ("2013-Q3", "2012-Q3"), found


def test_midnight_is_the_start_of_a_day(nlp):
    pub = "2013-03-06T15:30:00-05:00"
    assert values(nlp, "The heaviest snow is expected between midnight and 8 a.m. Thursday.", pub)[0] == (
        "midnight", "2013-03-07T00:00")
    assert values(nlp, "The curfew starts at midnight.", pub) == [("midnight", "2013-03-07T00:00")]
    assert values(nlp, "Residents left their homes shortly before midnight, police said.", pub) == [
        ("midnight", "2013-03-06T00:00")]


def test_times_of_day_in_a_past_paragraph_take_its_day(nlp):
    text = ("The jet took off at 7:05 a.m. on May 18 and began its descent about 9:40 a.m. local time. It struck a "
            "seawall at 10:02 a.m. Divers recovered the recorder the same afternoon and the second two days later.")
    found = dict(values(nlp, text, "2013-06-04"))
    assert (found["10:02 a.m."], found["the same afternoon"], found["two days later"]) == (
        "2013-05-18T10:02", "2013-05-18TAF", "2013-05-20"), found


def test_range_of_months_in_the_present_runs_forward_in_one_year(nlp):
    assert values(nlp, "The appeal covers the period from April to September.", "2016-03-15") == [
        ("April", "2016-04"), ("September", "2016-09")]


def test_a_weekday_of_a_news_conference_in_a_past_clause_is_gone_by(nlp):
    text = "The president said at a news conference in Los Angeles on Wednesday evening, local time."
    assert values(nlp, text, "2010-02-18") == [("Wednesday evening", "2010-02-17TEV")]


def test_model_years_named_as_such_are_years(nlp):
    assert values(nlp, "The recall covers sedans from the 2008 to 2010 model years.", "2010-02-18") == [
        ("2008", "2008"), ("2010", "2010")]
    assert values(nlp, "He drove his 1987 Chevrolet to work.", "2010-02-18") == []


def test_most_recently_in_a_month_is_gone_by(nlp):
    assert values(nlp, "The trial has been postponed twice, most recently in January.", "2013-03-20") == [
        ("January", "2013-01")]
    assert values(nlp, "The vote was postponed to January.", "2013-03-20") == [("January", "2014-01")]


def test_an_upcoming_or_planned_event_carries_its_month_ahead(nlp):
    # the month hangs on a noun whose adjective says the event is still to come, whatever the past verb
    assert values(nlp, "He and the minister had been talking about the slated visit of the secretary in December.") \
        == [("December", "2024-12")]
    assert values(nlp, "Officials prepared for the upcoming elections in March.") == [("March", "2025-03")]
    # a planned event is the closer side: one in the month just gone stays there
    assert values(nlp, "The planned visit in September was cancelled.") == [("September", "2024-09")]
    # a plain noun leaves the past clause's month behind
    assert values(nlp, "They talked about the visit of the secretary in December.") == [("December", "2023-12")]
    # the parser hangs the month on the verb, after the noun phrase of the event: the same
    assert values(nlp, "She had talked about the planned trip to Paris in December.") == [("December", "2024-12")]
    assert values(nlp, "He praised the forthcoming summit in November.") == [("November", "2024-11")]
    # a weekday after the verb is the verb's day
    assert values(nlp, "He announced the planned merger on Friday.") == [("Friday", "2024-10-18")]


def test_a_forecast_for_a_period_is_for_the_period_ahead(nlp):
    assert values(nlp, "Analysts raised their forecast for the second quarter.", "2019-03-21") == [
        ("the second quarter", "2019-Q2")]


def test_as_scheduled_is_an_aside_the_time_is_the_clauses(nlp):
    assert values(nlp, "The launch went ahead as planned on Friday.", "2014-06-11") == [("Friday", "2014-06-06")]
    text = ("A judge on Wednesday refused to postpone the trial of a former official, ruling that jury selection "
            "will begin as scheduled Monday morning.")
    assert values(nlp, text, "2014-06-11") == [("Wednesday", "2014-06-11"), ("Monday morning", "2014-06-16TMO")]


def test_a_clock_time_before_a_part_of_today_is_one_expression(nlp):
    assert values(nlp, "Officials ordered a driving ban that takes effect at 8 p.m. tonight.", "2022-11-17") == [
        ("8 p.m. tonight", "2022-11-17T20:00")]
    assert values(nlp, "The fire broke out at 11 p.m. last night.", "2022-11-17") == [
        ("11 p.m. last night", "2022-11-16T23:00")]
    # the small hours of last night are today's
    assert values(nlp, "The fire broke out at 2 a.m. last night.", "2022-11-17") == [
        ("2 a.m. last night", "2022-11-17T02:00")]
    # joined by a preposition: two expressions, as before
    assert values(nlp, "He arrived tonight at 8 p.m.", "2022-11-17") == [("tonight", "2022-11-17TNI"),
                                                                       ("8 p.m.", "2022-11-17T20:00")]


def test_the_fourth_of_july_is_the_holiday(nlp):
    assert values(nlp, "A verdict before the Fourth of July holiday is possible.", "2014-06-11") == [
        ("the Fourth of July", "2014-07-04")]


def test_a_models_number_after_a_count_is_no_year(nlp):
    assert values(nlp, "The package includes eight PzH 2000 self-propelled howitzers.", "2023-05-25") == []
    assert values(nlp, "Leaders met in Davos in 2023 to discuss trade.", "2023-05-25") == [("2023", "2023")]


def test_a_lede_that_names_today_makes_today_the_storys_day(nlp):
    text = ("Oil falls\n"
            "Oil prices fell on Thursday after the Federal Reserve signaled late Wednesday that it would not raise "
            "rates.\n"
            "Brent crude futures were down 61 cents at $67.89 a barrel by 11:30 a.m. EDT.")
    assert ("11:30 a.m. EDT", "2019-03-21T11:30") in values(nlp, text, "2019-03-21T12:10:00-04:00")


def test_a_day_with_a_part_of_day_is_a_date(nlp):
    found = find_times(nlp("He left on Friday night and returned at 9 p.m. Saturday."), "2013-03-12")
    assert [(t.text, t.timex_type) for t in found] == [("Friday night", "DATE"), ("9 p.m. Saturday", "TIME")]


def test_yesterday_or_tomorrow_with_a_part_of_day_is_one_expression(nlp):
    assert values(nlp, "He will hold his first training session tomorrow morning.", "2010-03-16") == [
        ("tomorrow morning", "2010-03-17TMO")]
    assert values(nlp, "The accident occurred yesterday afternoon.", "2010-03-16") == [
        ("yesterday afternoon", "2010-03-15TAF")]


def test_set_up_is_no_schedule(nlp):
    assert values(nlp, "A tip line set up on Aug. 28 received more than 200 calls.", "2006-09-16") == [
        ("Aug. 28", "2006-08-28")]
    assert values(nlp, "A summit set for Oct. 2 was announced.", "2006-09-16") == [("Oct. 2", "2006-10-02")]


def test_by_a_day_in_a_clause_without_tense_is_ahead(nlp):
    assert values(nlp, "Forecasters expect highs near 104 on Monday, falling to the mid-90s by Friday.",
                  "2001-07-22") == [("Monday", "2001-07-23"), ("Friday", "2001-07-27")]
    assert values(nlp, "The crews had left by Friday.", "2001-07-22") == [("Friday", "2001-07-20")]


def test_a_year_a_plan_is_for_gives_no_year_to_a_date(nlp):
    assert values(nlp, "It will give guidance for 2014 at an investor meeting on Dec. 10.", "2013-10-24") == [
        ("2014", "2014"), ("Dec. 10", "2013-12-10")]


def test_a_period_compared_with_is_no_new_reference(nlp):
    text = ("The company earned $96 million in the third quarter, down from $108 million a year earlier. Sales in "
            "Europe fell 8% from the same period last year.")
    assert values(nlp, text, "2013-10-24") == [("the third quarter", "2013-Q3"), ("a year earlier", "2012-Q3"),
                                               ("the same period last year", "2012-Q3")]
