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
