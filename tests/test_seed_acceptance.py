"""Acceptance: the reference article, built with the bundled samples, read back from the published CSVs."""
from __future__ import annotations

import pytest

SEED_SOURCE_ID = "north-korean-soldiers.txt"


@pytest.fixture(scope="module")
def seed(sample_build):
    _, _, _, tables = sample_build
    article = next(a for a in tables["articles"] if a["source_id"] == SEED_SOURCE_ID)
    aid = article["article_id"]
    rows = {name: [r for r in t if r.get("article_id") == aid] for name, t in tables.items()}
    rows["entities"] = tables["entities"]
    return article, rows


def claim_with(rows, fragment):
    found = [c for c in rows["claims"] if fragment in c["text"]]
    assert found, f"no claim containing {fragment!r}: {[c['text'] for c in rows['claims']]}"
    return found[0]


def quantity(rows, text):
    found = [q for q in rows["quantities"] if q["text"] == text or text in q["text"]]
    assert found, f"no quantity {text!r}: {[q['text'] for q in rows['quantities']]}"
    return found[0]


def time_of(rows, text, claim=None):
    found = [t for t in rows["times"] if t["text"] == text and (claim is None or t["claim_id"] == claim["claim_id"])]
    assert found, f"no time {text!r}: {[(t['text'], t['value']) for t in rows['times']]}"
    return found[0]


def test_publication_time_from_dateline(seed):
    article, _ = seed
    assert article["published_at"] == "2024-10-25T16:57:00-04:00"
    assert article["title"] == "North Korean soldiers bolster Russian forces in Ukraine conflict"


@pytest.mark.parametrize("share, start", [("30%", 1228), ("60%", 1310), ("10%", 1362)])
def test_ammunition_shares_attributed_to_ukrainian_intelligence(seed, share, start):
    _, rows = seed
    q = next(q for q in rows["quantities"] if q["text"] == share)
    assert int(q["char_start"]) == start
    assert float(q["value"]) == float(share[:-1]) and q["unit"] == "percent" and q["kind"] == "percent"
    claim = next(c for c in rows["claims"] if c["claim_id"] == q["claim_id"])
    assert claim["claimant"] == "Ukrainian intelligence"
    assert claim["claimant_type"] == "intelligence"


def test_sixty_percent_sentence_inherits_its_claimant(seed):
    _, rows = seed
    claim = claim_with(rows, "The largest share, 60%")
    assert claim["claimant"] == "Ukrainian intelligence"
    assert claim["cue"].lower() == "according to"


def test_at_least_three_thousand_soldiers_in_october(seed):
    _, rows = seed
    q = quantity(rows, "at least 3,000 soldiers")
    assert float(q["lower"]) == 3000 and q["upper"] == "" and q["bound"] == "at_least"
    assert float(q["value"]) == 3000 and q["counted"] == "soldiers"
    claim = next(c for c in rows["claims"] if c["claim_id"] == q["claim_id"])
    october = time_of(rows, "October", claim)
    assert october["value"] == "2024-10"
    assert claim["claimant"] == "The United States and South Korea"


def test_approximately_two_thousand(seed):
    _, rows = seed
    q = quantity(rows, "approximately 2,000")
    assert q["bound"] == "approximately" and float(q["value"]) == 2000


def test_not_exceeding_one_month_is_a_duration_with_upper_bound(seed):
    _, rows = seed
    q = quantity(rows, "not exceeding one month")
    assert q["kind"] == "duration" and q["unit"] == "month"
    assert float(q["upper"]) == 1 and q["bound"] == "at_most"


def test_weekdays_resolve_against_publication_date(seed):
    _, rows = seed
    fridays = [t for t in rows["times"] if t["text"] == "Friday"]
    assert fridays and all(t["value"] == "2024-10-25" for t in fridays)
    assert time_of(rows, "Thursday")["value"] == "2024-10-24"


def test_end_of_year(seed):
    _, rows = seed
    t = next(t for t in rows["times"] if "end of the year" in t["text"])
    assert t["end_date"] == "2024-12-31"


def test_zelensky_claim_person_and_kursk_in_russia(seed):
    _, rows = seed
    claim = claim_with(rows, "integrated into the fighting")
    assert "Zelensky" in claim["claimant"] and claim["claimant_type"] == "person"
    entities = {e["entity_id"]: e for e in rows["entities"]}
    kursk = [m for m in rows["mentions"] if "Kursk" in m["text"]]
    assert kursk and entities[kursk[0]["entity_id"]]["country_code"] == "RUS"


def test_denial_by_russia_and_north_korea(seed):
    _, rows = seed
    claim = claim_with(rows, "North Korean soldiers fighting in Ukraine")
    assert claim["epistemic_status"] == "denied" and claim["polarity"] == "negative"
    assert claim["claimant"] == "Russia and North Korea"


def test_bloomberg_relays_south_korean_intelligence(seed):
    _, rows = seed
    claim = claim_with(rows, "another group of North Korean soldiers is set to be deployed")
    assert claim["via"] == "Bloomberg"
    assert "South Korean intelligence" in claim["claimant"]


@pytest.mark.parametrize("heading", ["Moscow and Pyongyang admit cooperation", "12,000 Pyongyang soldiers in Russia"])
def test_sub_headings_are_not_merged(seed, heading):
    _, rows = seed
    for claim in rows["claims"]:
        assert "\n" not in claim["text"]
        if heading in claim["text"]:
            assert claim["text"] == heading
    assert any(c["text"] == "12,000 Pyongyang soldiers in Russia" and c["attribution"] == "author"
               for c in rows["claims"])
