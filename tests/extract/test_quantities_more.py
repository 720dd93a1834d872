"""More phenomena of the quantities layer seen in news prose (own short sentences)."""
import pytest

from pipeline.extract.nlp import get_nlp
from pipeline.extract.quantities import find_quantities


@pytest.fixture(scope="module")
def q():
    nlp = get_nlp()

    def run(text):
        doc = nlp(text)
        found = [x for x in find_quantities(doc) if x.kind != "duration"]
        for x in found:
            assert x.text == text[x.char_start:x.char_end]
        return found
    return run


def texts(found):
    return [x.text for x in found]


def one(found):
    assert len(found) == 1, found
    return found[0]


def test_year_then_percent_keeps_the_percent(q):
    x = one(q("The plan cuts output by 2030 to 32 percent below 1990 levels."))
    assert (x.value, x.kind) == (32, "percent")


def test_descending_percentages_are_two_values(q):
    found = q("The senator leads her rival by 49 percent to 45 percent in the poll.")
    assert [(x.value, x.kind) for x in found] == [(49, "percent"), (45, "percent")]


def test_day_range_after_month_is_a_date(q):
    assert q("The survey ran September 12-15 among farmers.") == []
    assert q("Talks are set for May 3 and 4 in the capital.") == []


def test_decades_with_curly_apostrophe(q):
    assert q("Rents soared in the 80’s and again in the ’90s.") == []
    assert q("Rents soared in the 80s and the 90s.") == []
    assert q("Rents soared in the 80 's , as tokenised text writes it .") == []


def test_date_like_slash_is_not_a_fraction(q):
    assert q("Relatives of the 9/11 victims met the mayor.") == []
    x = one(q("The board gave 3/4 of the land to the town."))
    assert x.value == 0.75


def test_markup_identifiers_are_skipped(q):
    assert q('<blockquote data-id="1474387200" tweet_id="778257943577919488">Hi</blockquote>') == []


def test_no_one_and_one_on_one(q):
    assert q("No one has claimed the attack.") == []
    assert q("She met her rivals one-on-one last spring.") == []


def test_vote_tallies_are_not_quantities(q):
    assert q("By a 2-to-1 vote, the panel sent the case back.") == []


def test_bare_vague_plurals(q):
    x = one(q("Hundreds were injured in the blast."))
    assert x.bound == "vague" and x.lower == 200
    x = one(q("The fund raised millions while its backers lost everything."))
    assert x.bound == "vague"
    assert texts(q("The rally drew thousands, police said.")) == ["thousands"]


def test_bound_keeps_one_before_a_proper_noun(q):
    x = one(q("At least one Republican voted against the bill."))
    assert (x.value, x.lower, x.bound) == (1, 1, "at_least")


def test_counted_noun_stops_at_a_date(q):
    x = one(q("Visitors rose to more than 300,000 last year."))
    assert x.text == "more than 300,000" and x.counted is None


def test_counted_noun_is_a_word(q):
    assert q("He asked which one _ had been released.") == []
    x = one(q("They cleared the 92,000 asylum claim- backlog."))
    assert not x.text.endswith("-")


def test_counted_time_unit_is_a_duration(q):
    assert q("The boy will stay for at least two more weeks.") == []
    assert q("Forms must be returned within twenty working days.") == []


def test_dlrs_is_us_dollars(q):
    x = one(q("The agency offered a reward of up to dlrs 3 million for tips."))
    assert (x.kind, x.unit, x.value, x.upper) == ("money", "USD", 3_000_000, 3_000_000)


def test_nationality_currency(q):
    x = one(q("Each family gets 50,000 Kenyan shillings in aid."))
    assert x.kind == "money" and x.value == 50000 and x.text == "50,000 Kenyan shillings"
    x = one(q("The deal was worth 2 billion Iraqi dinars."))
    assert x.kind == "money" and x.value == 2e9


def test_sports_scores_are_not_ranges(q):
    assert q("Ghana lost 1 – 2 to Peru on Sunday.") == []
    assert one(q("Each crew has 3 – 4 divers.")).lower == 3


def test_number_in_a_title_case_name(q):
    assert q("He was added to the FBI's Ten Most Wanted list.") == []
    assert q("She joined the Movimento 5 Stelle party.") == []


def test_clock_time_in_words(q):
    assert q("The father will leave at 4 in the morning.") == []


def test_a_month_or_two(q):
    assert q("The appeal could take a month or two.") == []


def test_labels_after_a_noun(q):
    assert q("Power fell at turbine 4 while turbines 1 and 3 kept spinning.") == []
    assert texts(q("The storm killed 12 in the valley.")) == ["12"]


def test_identifiers(q):
    assert q("The gene (catalogue: 604723) and sample 25-0517 are listed at doi:10.1016/j.abc.2011.11.008.") == []
    assert q("The crystal grew along the (0001) plane.") == []


def test_change_then_level_is_not_a_range(q):
    found = q("The index fell 200 points to 10,500 on Monday.")
    assert [(x.value, x.bound) for x in found] == [(200, "exact"), (10500, "exact")]


def test_numbers_inside_product_and_list_names(q):
    assert q("The iPhone 6 sold well.") == []
    assert q("The law bans Schedule 1 drugs.") == []


def test_short_phone_number(q):
    assert q("Call 555-1234 for tickets.") == []


def test_scale_and_a_half(q):
    assert one(q("They asked for a billion and a half dollars.")).value == 1.5e9


def test_tokenised_designations_and_numbered_items(q):
    assert q("He opposed the F - 14 fighter.") == []
    assert q("It launched on STS - 135 from Facility - 1 .") == []
    assert q("Number two, we must act.") == []
    assert q("It has a two-to-one majority.") == []


def test_formula_and_reference_numbers(q):
    assert q("The salt Ca(ClO4)2 melts, as equation (13) shows.") == []
    assert q("See Figs. 5 and 6, and Scenario 1 and 3.") == []


def test_more_bound_cues(q):
    x = one(q("Tickets sell for as little as 5 dollars."))
    assert (x.bound, x.lower, x.upper) == ("at_least", 5, None)
    x = one(q("The toll topped 300 on Friday."))
    assert (x.bound, x.lower) == ("more_than", 300)


def test_hedged_range_keeps_its_cue(q):
    x = one(q("Roughly 300 to 400 people came."))
    assert x.text.startswith("Roughly") and (x.lower, x.upper, x.bound) == (300, 400, "range")


def test_pound_sign_encoded_as_hash(q):
    found = q("The bank needs #2.5 billion, paid #300,000 to staff and charged #25 a ticket.")
    assert [(x.value, x.unit, x.kind) for x in found] == [(2.5e9, "GBP", "money"), (300000, "GBP", "money"),
                                                          (25, "GBP", "money")]
    assert q("It was the #2 browser last year.") == []


def test_dollar_then_country(q):
    found = q("It raised $US1.2 billion and $A300 million.")
    assert [(x.text, x.value, x.unit) for x in found] == [("$US1.2 billion", 1.2e9, "USD"),
                                                          ("$A300 million", 3e8, "AUD")]


def test_capitalised_number_words_in_names(q):
    assert q("Leaders of the Group of Eight met the Big Three carmakers.") == []


def test_alternatives_share_the_noun(q):
    found = q("We could have scored two or three goals.")
    assert [(x.value, x.unit) for x in found] == [(2, "goals"), (3, "goals")]
    assert q("The trip took two or three days.") == []


def test_glued_m_before_currency_or_unit_word_is_million(q):
    found = q("It cost 300m yuan to move 2m tonnes over a 3m wall.")
    assert [(x.value, x.unit) for x in found] == [(3e8, "CNY"), (2e6, "tonne"), (3, "m")]


def test_decimal_before_pm_is_not_a_clock_time(q):
    x = one(q("The grid spacing is 2.1 pm."))
    assert (x.value, x.unit) == (2.1, "pm")
    assert q("They met at 2 pm and again at 10.30 am.") == []


def test_megayears(q):
    x = one(q("The reptile lived about 66 Ma ago."))
    assert (x.value, x.unit) == (66, "megayear")


def test_bracketed_unit(q):
    assert [(x.text, x.unit) for x in q("The load is 20 (kg) or 30 [kg].")] == [("20 (kg)", "kg"), ("30 [kg]", "kg")]


def test_in_millions_is_a_table_unit(q):
    assert texts(q("Sales (in millions) rose to 20 this year.")) == ["20"]


def test_vague_amount_does_not_swallow_an_amount(q):
    found = q("They blamed thousands of $12-an-hour workers.")
    assert [x.kind for x in found] == ["count", "money"]


def test_change_by_then_level(q):
    found = q("Unemployment rose by 200,000 to 2.47 million.")
    assert [(x.value, x.bound) for x in found] == [(200000, "exact"), (2470000, "exact")]


def test_spaced_bn_and_mln(q):
    found = q("It cost 3 bn euros and 4 mln dollars.")
    assert [(x.value, x.unit) for x in found] == [(3e9, "EUR"), (4e6, "USD")]


def test_hyphenated_percent(q):
    assert [(x.value, x.kind) for x in q("It was a 10-percent rise.")] == [(10, "percent")]


def test_values_without_binary_noise(q):
    assert one(q("The bank lost $4.1 billion.")).value == 4_100_000_000


def test_more_currency_codes(q):
    found = q("Fees of KES 5,000 and 20,000 PKR were paid.")
    assert [(x.value, x.unit) for x in found] == [(5000, "KES"), (20000, "PKR")]


def test_change_verb_then_amount_to_level(q):
    found = q("Crude oil rose $2.14 to $140.21 a barrel.")
    assert [(x.value, x.bound) for x in found] == [(2.14, "exact"), (140.21, "exact")]


def test_change_by_a_range_of_the_same_size_is_a_range(q):
    found = q("The plant will cut output by 20 to 30 percent.")
    assert [(x.text, x.lower, x.upper, x.bound) for x in found] == [("20 to 30 percent", 20, 30, "range")]
    assert [x.value for x in q("Inflation rose 0.5 to 4.2 percent.")] == [0.5, 4.2]  # a change, then the level


def test_stock_split_ratio(q):
    assert q("It announced a 3-for-1 stock split.") == []


def test_results_are_not_ranges(q):
    assert q("They suffered a 1–3 defeat and then a 1-2 finish.") == []
    assert one(q("Only 10-12 votes were cast.")).bound == "range"


def test_several_hundred_million_and_its_noun(q):
    x = one(q("The fund lost several hundred million dollars."))
    assert (x.kind, x.unit, x.lower, x.upper) == ("money", "USD", 2e8, 1e9)
    assert one(q("Several hundred thousand people fled.")).lower == 2e5
    x = one(q("A few thousand farmers marched."))
    assert x.counted == "farmers" and x.bound == "vague"


def test_vague_thousands_of_pounds_is_money(q):
    x = one(q("Tens of thousands of pounds went missing."))
    assert (x.kind, x.unit) == ("money", "GBP")


def test_tokenised_age_is_read_like_an_age(q):
    x = one(q("A 14 - year - old boy was hurt ."))
    assert (x.value, x.unit, x.kind) == (14, "year", "other")


def test_tokenised_hyphen_suffixes_and_phone(q):
    x = one(q("Some 300 - plus members came ."))
    assert (x.lower, x.bound) == (300, "at_least")
    assert one(q("It became a $ 400 - million business .")).value == 4e8
    assert q("Call ( 800 - 273 - 8255 ) now .") == []


def test_within_is_an_upper_bound(q):
    x = one(q("Homes within 5 km of the border were evacuated."))
    assert (x.value, x.upper, x.bound) == (5, 5, "at_most")
    assert one(q("Boats came within 200 metres of the shore.")).upper == 200


def test_crowns_of_a_nation_are_its_currency(q):
    assert [(x.value, x.unit, x.kind) for x in q("It cost 300 Czech crowns.")] == [(300, "CZK", "money")]
    assert [x.unit for x in q("Profit reached 1.4 billion Swedish crowns.")] == ["SEK"]


def test_coordinated_plural_nouns_are_all_counted(q):
    x = one(q("At least 22 nurses and ambulance drivers were hurt in the blast."))
    assert (x.text, x.value, x.counted) == ("At least 22 nurses and ambulance drivers", 22,
                                           "nurses and ambulance drivers")


def test_a_second_number_after_and_is_its_own_count(q):
    found = q("The brigade lost 40 trucks and 12 helicopters.")
    assert [(x.value, x.counted) for x in found] == [(40, "trucks"), (12, "helicopters")]


def test_a_singular_after_and_is_not_counted(q):
    x = one(q("She has 3 sons and a daughter."))
    assert x.counted == "sons"


def test_a_day_range_before_a_month_is_a_date(q):
    # "between 3 and 8 June", "12-14 October": the days of a month written day first, as "September 12-15" is
    assert [(x.value, x.counted) for x in q("Between 3 and 8 June, the ferries carried 900 passengers.")] == [
        (900, "passengers")]
    assert q("The fair runs 12-14 October in the old market.") == []
    # a count before a lowercase "may" is still a count
    assert [x.value for x in q("Between 10 and 12 may lose their homes.")] != []


def test_plus_or_minus_is_a_margin_not_a_negative_number(q):
    x = one(q("The survey has a margin of error of plus or minus 2.8 percentage points."))
    assert (x.text, x.value) == ("2.8 percentage points", 2.8)
    assert one(q("Overnight the temperature fell to minus 6 degrees.")).value == -6


def test_the_year_of_a_full_date_before_a_noun_is_no_count(q):
    # 'the October 12, 2002 bombings': the year belongs to the date, it counts no bombings
    assert q("Security was tightened after the October 12, 2002 bombings in Bali.") == []
    assert q("Stocks have not fallen so far since the September 11, 2001 attacks.") == []
    assert texts(q("On May 4, 300 troops left the base.")) == ["300 troops"]


def test_soles_and_reais_are_their_countries_currencies(q):
    assert (one(q("The ministry budgeted 450 million soles for the prison.")).unit,
            one(q("Spending will be cut by up to 40 billion reais.")).unit) == ("PEN", "BRL")
    assert one(q("The ministry budgeted 450 million soles for the prison.")).kind == "money"


def test_number_in_a_military_unit_name_is_no_count(q):
    assert q("Troops of 7 Division of the Nigerian Army repelled the attack.") == []
    assert texts(q("The army sent 2 battalions to the town.")) == ["2 battalions"]


def test_an_amount_coordinated_after_the_counted_noun_is_its_own(q):
    x = one(q("Troops seized 4 anti-aircraft guns and large quantities of ammunition."))
    assert (x.text, x.counted) == ("4 anti-aircraft guns", "anti-aircraft guns")
    assert one(q("They found 30 rifles and grenades.")).counted == "rifles and grenades"


def test_hyphenated_compound_noun_is_counted(q):
    x = one(q("Insurgents fled in about 20 pick-up trucks."))
    assert (x.text, x.counted, x.unit) == ("about 20 pick-up trucks", "pick-up trucks", "trucks")


def test_plural_noun_of_an_of_phrase_is_counted(q):
    x = one(q("More than 50 of the insurgents were killed."))
    assert (x.text, x.lower, x.unit, x.counted) == ("More than 50", 50, "insurgents", "insurgents")
    assert one(q("Eight of the escaped prisoners were caught.")).counted == "escaped prisoners"
    assert q("One of the soldiers died.") == []
    assert one(q("Three of them fled.")).unit is None



def test_zloty_and_ksh_are_their_currencies(q):
    assert one(q("The court fined the firm 40,000 złoty.")).unit == "PLN"
    assert one(q("He paid 300 zlotys for the permit.")).unit == "PLN"
    x = one(q("The ministry paid about KSh 9.6 billion for the trucks."))
    assert (x.unit, x.kind, x.value, x.bound) == ("KES", "money", 9.6e9, "approximately")


def test_model_designation_is_part_of_the_counted_noun(q):
    x = one(q("Troops seized 14 AK-47 rifles and ammunition."))
    assert (x.text, x.counted, x.unit) == ("14 AK-47 rifles", "AK-47 rifles", "rifles")
    assert one(q("The army lost 20 T-72 tanks.")).counted == "T-72 tanks"


def test_below_zero_is_a_negative_temperature(q):
    x = one(q("Temperatures fell to 25 below zero overnight."))
    assert (x.text, x.value, x.unit, x.kind) == ("25 below zero", -25, "degree", "temperature")
    assert one(q("Wind chills reached 40 degrees below zero.")).value == -40


def test_phone_numbers_with_an_area_code_in_brackets(q):
    assert q("Media enquiries: (02) 6277 9100 or (212) 555-0199.") == []


def test_the_number_in_a_stock_index_name_is_no_quantity(q):
    found = q("The Standard & Poor's 500 index lost 3.7% and the FTSE 100 fell 52 points; Fortune 500 firms hired.")
    assert [x.text for x in found] == ["3.7%", "52 points"]


def test_a_fall_from_one_bare_count_to_another_is_two_counts(q):
    assert [(x.text, x.value) for x in q("Deaths fell from about 338,000 to 108,000.")] == [
        ("about 338,000", 338000), ("108,000", 108000)]
    # a change with its unit stays a range, as quantulum3 writes it; so does a range with "from"
    assert [(x.lower, x.upper) for x in q("Coverage rose from 56 percent to 76 percent.")] == [(56, 76)]
    assert [(x.value, x.lower, x.upper) for x in q("From 20 to 30 people died.")] == [(None, 20, 30)]


def test_a_vote_tally_is_two_counts(q):
    assert [x.value for x in q("The House voted 267 to 151 on Tuesday.")] == [267, 151]
    assert q("Brazil beat Chile 3 to 1.") == []


def test_points_in_a_poll_are_percentage_points(q):
    found = q("The poll had Clinton with 46 percent and Trump with 42 percent. A month ago, Clinton led by 2 points.")
    assert (found[-1].text, found[-1].unit, found[-1].kind) == ("2 points", "percentage point", "percent")
    found = q("The Dow rose 120 points, or 0.8 percent.")
    assert (found[0].unit, found[0].kind) == ("point", "other")


def test_a_models_number_belongs_to_the_counted_thing(nlp):
    from pipeline.extract.quantities import find_quantities

    def qs(text):
        return [(q.text, q.value, q.unit) for q in find_quantities(nlp(text))]

    assert qs("The package includes eight PzH 2000 self-propelled howitzers.") == [
        ("eight PzH 2000 self-propelled howitzers", 8.0, "howitzers")]
    assert qs("Ukraine received 14 Leopard 2A4 tanks and 42 remaining F-16s.") == [
        ("14 Leopard 2A4 tanks", 14.0, "tanks"), ("42 remaining F-16s", 42.0, "F-16s")]
    # a count of people with a nationality stays a count
    assert qs("About 12 Ukrainian soldiers and 3 Russian officers died.") == [
        ("About 12 Ukrainian soldiers", 12.0, "soldiers"), ("3 Russian officers", 3.0, "officers")]


def test_a_one_letter_model_name_is_no_unit_and_more_currency_codes(nlp):
    from pipeline.extract.quantities import find_quantities

    def qs(text):
        return [(q.text, q.value, q.lower, q.upper, q.unit) for q in find_quantities(nlp(text))]

    assert qs("Four J-16 fighters escorted the bombers.") == [("Four J-16 fighters", 4.0, None, None, "fighters")]
    assert qs("The engine produces 5 J of energy.") == [("5 J", 5.0, None, None, "J")]
    assert qs("The ICRC has spent MZN 47 million on relief.") == [("MZN 47 million", 47e6, None, None, "MZN")]


def test_a_bare_count_compared_with_one_just_named_takes_its_unit(nlp):
    from pipeline.extract.quantities import find_quantities

    def qs(text):
        return [(q.text, q.unit) for q in find_quantities(nlp(text))]

    assert qs("The Greens won 12 seats, down from seven in 2010.") == [("12 seats", "seats"), ("seven", "seats")]
    assert qs("The firm shipped 6.2 million panels, compared with 4.8 million a year earlier.") == [
        ("6.2 million panels", "panels"), ("4.8 million", "panels")]
    # another sentence compares nothing
    assert qs("He scored 3 goals. Down from 5, they said.") == [("3 goals", "goals"), ("5", None)]
