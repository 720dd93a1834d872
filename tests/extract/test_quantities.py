"""One test per phenomenon of the quantities layer (own short sentences)."""
import pytest

from pipeline.extract.nlp import get_nlp
from pipeline.extract.quantities import find_quantities


@pytest.fixture(scope="module")
def q():
    nlp = get_nlp()

    def run(text):
        doc = nlp(text)
        found = find_quantities(doc)
        for x in found:
            assert x.text == text[x.char_start:x.char_end]
        return found
    return run


def one(found):
    assert len(found) == 1, found
    return found[0]


def test_digits_with_commas(q):
    x = one(q("The agency counted 12,500 boats in the harbour."))
    assert x.value == 12500 and x.kind == "count" and x.counted == "boats"


def test_number_words(q):
    x = one(q("Three hundred and five ships sailed."))
    assert x.value == 305


def test_a_dozen(q):
    assert one(q("She bought a dozen apples.")).value == 12


def test_tens_of_thousands(q):
    x = one(q("Tens of thousands of farmers marched."))
    assert x.bound == "vague" and x.value is None and x.lower == 10000 and x.counted == "farmers"


def test_scaled_decimal(q):
    assert one(q("The city has 1.5 million residents.")).value == 1_500_000
    assert one(q("Its debt reached 2.3bn last week.")).value == 2_300_000_000


def test_range_to_and_hyphen(q):
    for text in ("Between 40 and 60 villagers fled.", "Some 40-60 villagers fled.", "Around 40 to 60 fled."):
        x = one(q(text))
        assert (x.bound, x.lower, x.upper, x.value) == ("range", 40, 60, None), text


@pytest.mark.parametrize("phrase,bound,lower,upper", [
    ("at least 70 boats", "at_least", 70, None), ("more than 70 boats", "more_than", 70, None),
    ("over 70 boats", "more_than", 70, None), ("up to 70 boats", "at_most", None, 70),
    ("no more than 70 boats", "at_most", None, 70), ("nearly 70 boats", "at_most", None, 70),
    ("under 70 boats", "less_than", None, 70), ("fewer than 70 boats", "less_than", None, 70),
])
def test_bounds(q, phrase, bound, lower, upper):
    x = one(q(f"The navy lost {phrase} last year."))
    assert (x.bound, x.lower, x.upper, x.value) == (bound, lower, upper, 70)
    assert x.text == phrase


@pytest.mark.parametrize("cue", ["about", "approximately", "roughly", "around", "some", "an estimated"])
def test_approximation(q, cue):
    x = one(q(f"Officials said {cue} 800 homes were damaged."))
    assert x.bound == "approximately" and x.value == 800 and x.lower is None and x.upper is None


@pytest.mark.parametrize("text", ["Turnout was 64 percent.", "Turnout was 64 per cent.", "Turnout was 64%."])
def test_percent_forms(q, text):
    x = one(q(text))
    assert x.kind == "percent" and x.value == 64 and x.unit == "percent"


def test_percent_counted(q):
    x = one(q("Farmers export 40% of the grain grown in the valley."))
    assert x.text == "40%" and x.counted == "grain grown in the valley"


def test_money_symbol_and_code(q):
    x = one(q("The port cost $7 million to build."))
    assert (x.value, x.unit, x.kind) == (7_000_000, "USD", "money")
    x = one(q("The loan is EUR 3bn."))
    assert (x.value, x.unit, x.kind) == (3_000_000_000, "EUR", "money")
    x = one(q("Tickets cost £45."))
    assert (x.value, x.unit) == (45, "GBP")


def test_duration(q):
    x = one(q("They will train for a period not exceeding two weeks."))
    assert (x.kind, x.unit, x.bound, x.upper) == ("duration", "week", "at_most", 2)


@pytest.mark.parametrize("text,unit,kind", [
    ("The road is 45 km long.", "km", "length"), ("It weighs 30 kg.", "kg", "mass"),
    ("The wind reached 70 mph.", "mph", "speed"), ("It hit 41 degrees Celsius.", "degree Celsius", "temperature"),
    ("They shipped 900 tonnes.", "tonne", "mass"), ("It holds 20 litres.", "litre", "volume"),
])
def test_units(q, text, unit, kind):
    x = one(q(text))
    assert (x.unit, x.kind) == (unit, kind)


def test_counted_noun(q):
    x = one(q("Roughly 5,000 Ukrainian volunteers joined."))
    assert x.counted == "Ukrainian volunteers" and x.text.endswith("volunteers")


def test_no_years(q):
    assert q("The bridge opened in 2019.") == []


def test_no_dates(q):
    assert q("The vote is on March 14.") == []
    assert q("The vote is on 14 March.") == []


def test_no_times(q):
    assert q("The train left at 6:45 PM.") == []


def test_no_ordinals(q):
    assert q("It was the 3rd attempt and the first one.") == []


def test_no_phone_numbers(q):
    assert q("Call +44-207-946-0958 for details.") == []


def test_no_list_markers(q):
    assert q("1. Open the door\n2. Close the window") == []


def test_no_names_or_versions(q):
    assert q("A Boeing 747 joined the G7 summit during COVID-19 with version 2.4.1.") == []


@pytest.mark.parametrize("text,value", [
    ("The ticket cost 4 dollars 20 cents at the gate.", 4.20),
    ("The ticket cost eleven dollars and thirty-five cents at the gate.", 11.35),
    ("The ticket cost 8 dollars 75.", 8.75),
    ("The ticket cost 6 $ 40 cent.", 6.40),
])
def test_money_in_parts(q, text, value):
    x = one(q(text))
    assert x.kind == "money" and x.unit == "USD" and x.value == pytest.approx(value)


def test_money_parts_not_joined_across_lists_or_ranges(q):
    assert [x.value for x in q("Coins of 2 €, 5 € and 9 € were minted.")] == [2, 5, 9]
    assert [x.value for x in q("The fee rose from 7 dollars 3 times.")] == [7, 3]


@pytest.mark.parametrize("text,value,unit", [
    ("The mayor pledged half a million dollars to the clinic.", 500_000, "USD"),
    ("The mayor pledged a quarter million euros to the clinic.", 250_000, "EUR"),
    ("The mayor pledged three quarters billion dollars to the clinic.", 750_000_000, "USD"),
])
def test_fraction_with_scale_money(q, text, value, unit):
    x = one(q(text))
    assert (x.kind, x.unit) == ("money", unit) and x.value == pytest.approx(value)


def test_fraction_words(q):
    x = one(q("Two thirds of the delegates backed the motion."))
    assert x.value == pytest.approx(2 / 3)
    x = one(q("One-fifth of the wells ran dry."))
    assert x.value == pytest.approx(0.2)


def test_bounded_fraction(q):
    x = one(q("More than half the villagers stayed."))
    assert (x.bound, x.lower, x.upper) == ("more_than", 0.5, None)
    x = one(q("Nearly a third voted early."))
    assert (x.bound, x.upper) == ("at_most", pytest.approx(1 / 3))


def test_no_bare_fractions_or_ordinals(q):
    assert q("The third day and the second half were quiet, and half the team left.") == []


def test_space_separated_thousands(q):
    x = one(q("The charity paid 25 000 dollars to the school."))
    assert (x.value, x.unit, x.text) == (25_000, "USD", "25 000 dollars")


def test_tokenised_numbers(q):
    x = one(q("The bridge costs $ 61 . 4 million , officials said ."))
    assert (x.value, x.kind) == (61_400_000, "money")
    x = one(q("Some 30 , 000 fans came ."))
    assert x.value == 30_000
    x = one(q("Output rose 7 . 3 % in May ."))
    assert (x.value, x.kind) == (7.3, "percent")


def test_glued_currency_code(q):
    x = one(q("A room costs USD240 a night."))
    assert (x.value, x.unit, x.kind) == (240, "USD", "money")


def test_glued_comparison_signs(q):
    a, b = q("Readings were >15 at noon and <40 at night.")
    assert (a.bound, a.lower, a.upper) == ("more_than", 15, None)
    assert (b.bound, b.lower, b.upper) == ("less_than", None, 40)


def test_bound_pairs(q):
    x = one(q("They expect at most 90 and at least 60 buses."))
    assert (x.bound, x.lower, x.upper) == ("range", 60, 90)
    a, b = q("More than 80 and less than 30 are different groups.")
    assert (a.lower, a.upper, b.lower, b.upper) == (80, None, None, 30)


def test_compound_measures(q):
    x = one(q("The player is 6 ft 3 in tall."))
    assert x.unit == "foot" and x.value == pytest.approx(6.25)
    x = one(q("The player is 6 feet and 3 inches tall."))
    assert x.unit == "foot" and x.value == pytest.approx(6.25)


def test_scientific_notation(q):
    assert one(q("The error was 3.1×10−4 overall.")).value == pytest.approx(3.1e-4)
    assert one(q("The sample held 2e6 cells.")).value == pytest.approx(2e6)


def test_plus_minus_margin(q):
    x = one(q("The poll has a margin of 45 ± 3 percent."))
    assert (x.value, x.lower, x.upper, x.unit) == (45, 42, 48, "percent")


def test_no_references_or_labels(q):
    assert q("As Table 2 and Fig. 4 show, Article 5 applies [12], [3–5].") == []
    assert q("The flux was 0.9 m s−1 there.")[0].text.startswith("0.9")
    assert len(q("The flux was 0.9 m s−1 there.")) == 1


def test_number_words_with_ampersand_and_leading_a(q):
    assert one(q("The clerk stamped two hundred & sixty forms.")).value == 260
    assert one(q("Give me a hundred and seven of those.")).value == 107


def test_tokenised_month_abbreviation_is_a_date(q):
    assert q("Trading resumed on nov . 14 , 1996 after the halt.") == []


def test_inline_list_markers(q):
    assert q("The plan does 1) cut costs; 2) hire staff and 3) sell assets.") == []
    assert one(q("The fee (about 20) is due.")).value == 20


@pytest.mark.parametrize("text,span,value,unit,kind", [
    ("The cleaners earn $18.5/hour now.", "$18.5/hour", 18.5, "USD/hour", "money"),
    ("The dose was 5 mg per kg for adults.", "5 mg per kg", 5, "mg/kg", "other"),
    ("The probe moved at 7 km/s2 then.", "7 km/s2", 7, "km/second^2", "other"),
    ("The truck drove 60 km per hour.", "60 km per hour", 60, "km/h", "speed"),
])
def test_rate_units(q, text, span, value, unit, kind):
    x = one(q(text))
    assert (x.text, x.value, x.unit, x.kind) == (span, value, unit, kind)


def test_rate_range_and_non_unit_denominator(q):
    x = one(q("Copper went from $4 per kg to $9 per kg."))
    assert (x.lower, x.upper, x.unit) == (4, 9, "USD/kg")
    assert one(q("They paid 30 dollars per person.")).unit == "USD"


def test_power_words(q):
    assert one(q("The lake covers 12 km squared in summer.")).unit == "square kilometre"
    assert one(q("The tank holds 3 m cubed of water.")).unit == "cubic metre"


def test_abbreviated_time_units_are_measurements(q):
    # the times layer takes spelled-out durations; abbreviations stay measurements
    assert one(q("The reaction took 40 ms in the lab.")).kind == "other"
    assert one(q("The shift lasts 12 hrs without a break.")).kind == "other"
    assert one(q("The shift lasts 12 hours without a break.")).kind == "duration"


def test_inch_abbreviation_only_where_unambiguous(q):
    x = one(q("The slab is 3 in thick."))
    assert (x.value, x.unit) == (3, "inch")
    assert one(q("The rod is 9 \" long.")).unit == "inch"
    assert "inch" not in [x.unit for x in q("Only 2 in 5 voters agreed.")]


def test_listed_numbers_share_the_unit(q):
    a, b = q("The patients got 20 and 40 mg of the drug.")
    assert (a.value, a.unit, b.unit) == (20, "mg", "mg")
    assert [x.unit for x in q("Prices rose 3, 4 or 5 percent.")] == ["percent"] * 3
    assert q("He paid 5 and $10.")[0].unit is None


def test_year_before_a_noun_is_a_date(q):
    assert q("The 1987 results were revised.") == []
    assert one(q("About 1500 volunteers helped.")).counted == "volunteers"


def test_vague_amount_with_unit(q):
    x = one(q("The floods cost thousands of dollars."))
    assert (x.kind, x.unit, x.lower) == ("money", "USD", 2000)
    assert one(q("The convoy drove hundreds of kilometres.")).unit == "km"


def test_science_symbols_and_negative_powers(q):
    assert [(x.value, x.unit) for x in q("It held 5 MPa for 15 s at 35 dB.")] == [(5, "MPa"), (15, "second"),
                                                                               (35, "dB")]
    assert one(q("The jet reached 7.5 m s−1 at noon.")).unit == "m s−1"
    assert one(q("Light oscillates at 5e14 s-1 here.")).unit == "s-1"


def test_decades_are_not_quantities(q):
    assert q("Prices fell in the 1970 s and the 1980's.") == []


def test_powers_and_bits(q):
    x = one(q("The buffer holds 4x2^10 bits."))
    assert (x.value, x.unit) == (4096, "bit")
    assert one(q("It used a 32-bit processor.")).unit == "bit"


def test_indian_digit_grouping(q):
    x = one(q("The bank lent 12,45,300 rupees to the farmer."))
    assert (x.value, x.unit, x.kind) == (1245300, "INR", "money")


def test_currency_code_between_amounts_belongs_to_the_first(q):
    a, b = q("The stall charged 10 rmb 20 usd.")
    assert (a.unit, b.unit, b.value) == ("CNY", "USD", 20)


def test_more_currency_symbols(q):
    assert one(q("The ticket cost 250 ₱ on Monday.")).unit == "PHP"


def test_years_outside_the_modern_range_stay_counts(q):
    assert one(q("A survey of 1709 pupils was run.")).counted == "pupils"


def test_rates_with_a_or_an(q):
    x = one(q("The minimum wage rises to $15 an hour next year."))
    assert (x.text, x.unit) == ("$15 an hour", "USD/hour")
    assert one(q("Sales were $2 billion a year earlier.")).unit == "USD"
    assert one(q("He earned $90 a share.")).unit == "USD"
    assert one(q("She works two days a week.")).kind == "duration"


def test_glued_temperature_symbols(q):
    a, b = q("Temperatures reached 41C (106F) on Tuesday.")
    assert (a.unit, b.unit) == ("degree Celsius", "degree Fahrenheit")
    assert q("Pupils of Grade 4C met in Room 12F.") == []


def test_glued_m_before_a_plural_noun_is_million(q):
    assert one(q("The maker delivered 1.4m cars last year.")).value == 1_400_000
    assert one(q("The fence is 2m high.")).unit == "m"
    assert one(q("She won the 400m hurdles race.")).unit == "m"


def test_one_in_n_ratio(q):
    x = one(q("Only one in four adults voted."))
    assert x.value == pytest.approx(0.25) and x.counted == "adults"
    x = one(q("More than 3 in 10 firms cut jobs."))
    assert (x.bound, x.lower) == ("more_than", pytest.approx(0.3))
    assert [x.text for x in q("She scored 3 in 2019.")] == ["3"]


def test_descending_pair_without_from_is_a_vote(q):
    assert q("The court ruled 7 to 2 on Monday.") == []
    assert one(q("Fares fell from 7 to 2 dollars.")).lower == 2


def test_glued_pence(q):
    x = one(q("Shares closed at 312p on Friday."))
    assert (x.value, x.unit, x.kind) == (312, "pence", "money")
    assert q("The clip plays in 720p on phones.") == []


def test_range_whose_second_end_carries_the_rate(q):
    x = one(q("Nurses earn between $40,000 and $70,000 a year."))
    assert (x.lower, x.upper, x.unit) == (40000, 70000, "USD/year")


def test_plus_and_odd_suffixes(q):
    x = one(q("The club has 300-plus members."))
    assert (x.bound, x.lower, x.counted) == ("at_least", 300, "members")
    assert one(q("About 30-odd boats sank.")).bound == "approximately"
    x = one(q("They hiked 20-odd miles."))
    assert (x.bound, x.unit) == ("approximately", "mile")


def test_even_odds_are_not_a_range(q):
    assert q("It is a 50-50 call.") == []


def test_direction_before_an_approximation(q):
    x = one(q("Officials expect up to an estimated 900 deaths."))
    assert (x.bound, x.upper) == ("at_most", 900)
    x = one(q("It stays below ~80 °C."))
    assert (x.bound, x.upper) == ("less_than", 80)


def test_k_after_grouped_digits_is_not_thousands(q):
    x = one(q("The plasma reached 9,000–12,000K."))
    assert (x.lower, x.upper, x.unit) == (9000, 12000, "kelvin")
    assert one(q("Her pay rose to £52k.")).value == 52000


def test_or_more_than_at_the_end(q):
    x = one(q("Any score of 70 or higher than."))
    assert (x.bound, x.lower) == ("at_least", 70)


def test_fraction_of_a_unit(q):
    x = one(q("The bank raised rates by a quarter of a percentage point."))
    assert (x.value, x.unit, x.kind) == (0.25, "percentage point", "percent")
    x = one(q("They walked half a mile."))
    assert (x.value, x.unit) == (0.5, "mile")
    assert q("Half of them left.") == []


def test_spaced_phone_numbers_and_apostrophe_years(q):
    assert q("Call 020 7946 0123 or +44 20 7946 0123 today.") == []
    assert q("He left in the spring of '98.") == []


def test_slash_pairs_that_are_not_fractions(q):
    assert q("The desk is staffed 24/7.") == []
    assert one(q("Roughly 2/3 of members agreed.")).value == pytest.approx(2 / 3)


def test_negative_power_before_a_full_stop_and_glued_seconds(q):
    assert one(q("Winds stayed below 20 m s−1.")).unit == "m s−1"
    assert one(q("The pulse lasted 28.9s in total.")).unit == "second"
    assert one(q("The run lasted 1800 s overall.")).unit == "second"
    assert q("Fashion of the 80s and the 1990 s returned.") == []


def test_one_and_a_half_scaled(q):
    assert one(q("One and a half million people signed.")).value == 1_500_000
    assert one(q("They sent one-half of the budget.")).value == 0.5


def test_pc_percent_and_out_of_ratio(q):
    x = one(q("Inflation eased to 4.6pc last month."))
    assert (x.value, x.unit) == (4.6, "percent")
    assert one(q("Some 8 out of 10 owners agreed.")).value == pytest.approx(0.8)


def test_range_with_a_hedged_upper_end(q):
    x = one(q("Estimates run from 2,000 to as many as 6,000 people."))
    assert (x.bound, x.lower, x.upper) == ("range", 2000, 6000)


def test_approximate_fraction_of_something(q):
    x = one(q("Roughly a third of the budget went on staff."))
    assert (x.bound, x.value) == ("approximately", pytest.approx(1 / 3))
    assert q("She won a third term.") == []


def test_number_glued_after_plus_is_a_designation(q):
    assert q("The cluster J0512.4+2233 is far.") == []


def test_tokenised_fractions(q):
    x = one(q("The notes pay 6 1 / 2 % a year."))
    assert (x.value, x.unit) == (6.5, "percent")


def test_more_labels_and_account_numbers(q):
    assert q("Leave at Exit 12 and pay into 2222-33334444-5555.") == []


def test_feet_and_inches_marks(q):
    x = one(q("The senator is 6'2\" tall."))
    assert (x.unit, x.value) == ("foot", pytest.approx(6 + 2 / 12))


@pytest.mark.parametrize("text,unit", [
    ("The blast equalled 20 megatons of TNT.", "megaton"), ("The engine makes 400 horsepower now.", "horsepower"),
    ("Noise hit 90 decibels at night.", "dB"), ("The ring has a 3 carat stone.", "carat"),
    ("The snack has 250 calories each.", "calorie"), ("Each fan used 12 kilojoules then.", "kilojoule"),
    ("The archive holds 2 petabytes today.", "petabyte"), ("They poured 4 cubic yards of concrete.", "cubic yard"),
])
def test_more_word_units(q, text, unit):
    assert one(q(text)).unit == unit


def test_clock_times_addresses_and_number_names(q):
    assert q("It struck at 0735 GMT near 131 West 23rd Street.") == []
    assert q("He posted at four o'clock from Ground Zero.") == []
    assert one(q("He won 3 in a way nobody expected.")).value == 3
    assert one(q("Two men were held.")).counted == "men"


def test_vulgar_fraction_after_digits(q):
    x = one(q("Add 2½ cups of flour."))
    assert (x.value, x.unit) == (2.5, "cup")


def test_cubic_centimetre_denominator(q):
    assert one(q("Steel has a density of 7.8 g/cm3 or so.")).unit == "g/cubic centimetre"


def test_other_currency_names_are_money(q):
    x = one(q("The port cost 12 billion naira to build."))
    assert (x.value, x.unit, x.kind) == (12e9, "naira", "money")
