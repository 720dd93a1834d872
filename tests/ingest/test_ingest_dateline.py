"""pipeline.ingest.dateline: a line that is only a dateline -> ISO 8601; anything else -> None."""
import pytest

from pipeline.ingest.dateline import normalize_date, parse_dateline


@pytest.mark.parametrize("line, expected", [
    ("4:57 PM EDT, October 25, 2024", "2024-10-25T16:57:00-04:00"),
    ("  4:57 PM EDT, October 25, 2024  ", "2024-10-25T16:57:00-04:00"),
    ("Updated 4:57 PM EDT, October 25, 2024", "2024-10-25T16:57:00-04:00"),
    ("Updated: Oct. 25, 2024 at 4:57 p.m. ET", "2024-10-25T16:57:00-04:00"),
    ("October 25, 2024 4:57 PM PST", "2024-10-25T16:57:00-08:00"),
    ("11:05 AM CST, January 3, 2024", "2024-01-03T11:05:00-06:00"),
    ("9:00 AM CDT, June 3, 2024", "2024-06-03T09:00:00-05:00"),
    ("9:00 AM MDT, June 3, 2024", "2024-06-03T09:00:00-06:00"),
    ("9:00 AM MST, June 3, 2024", "2024-06-03T09:00:00-07:00"),
    ("9:00 AM PDT, June 3, 2024", "2024-06-03T09:00:00-07:00"),
    ("9:00 AM EST, June 3, 2024", "2024-06-03T09:00:00-05:00"),
    ("Fri 25 Oct 2024 16.57 BST", "2024-10-25T16:57:00+01:00"),
    ("25 October 2024 13:00 CEST", "2024-10-25T13:00:00+02:00"),
    ("25 October 2024 13:00 CET", "2024-10-25T13:00:00+01:00"),
    ("Published 10:00 GMT, 1 January 2024", "2024-01-01T10:00:00+00:00"),
    ("1 January 2024 10:00 UTC", "2024-01-01T10:00:00+00:00"),
    ("Fri, 25 Oct 2024 16:57:00 +0000", "2024-10-25T16:57:00+00:00"),
    ("4:57 PM, October 25, 2024", "2024-10-25T16:57:00"),
    ("October 25, 2024", "2024-10-25"),
    ("Friday, October 25, 2024", "2024-10-25"),
    ("25 October 2024", "2024-10-25"),
    ("2024-10-25", "2024-10-25"),
    ("2024-10-25T16:57:00Z", "2024-10-25T16:57:00+00:00"),
    ("2024-10-25T16:57:00-04:00", "2024-10-25T16:57:00-04:00"),
    ("2024-10-25T16:57:00+0200", "2024-10-25T16:57:00+02:00"),
])
def test_datelines(line, expected):
    assert parse_dateline(line) == expected


@pytest.mark.parametrize("line", [
    "Bloomberg reported on October 25, 2024 that troops moved.",
    "On October 25, 2024, the ministry said the talks had failed.",
    "12,000 Pyongyang soldiers in Russia",
    "October 32, 2024",
    "4:57 PM XYZ, October 25, 2024",
    "2024",
    "",
    "Simon October 25, 2024",
])
def test_not_datelines(line):
    assert parse_dateline(line) is None


def test_normalize_date_keeps_offset_and_date_only():
    assert normalize_date("2017-07-18") == "2017-07-18"
    assert normalize_date("Fri, 25 Oct 2024 16:57:00 GMT") == "2024-10-25T16:57:00+00:00"
    assert normalize_date("2024-10-25T16:57:00-04:00") == "2024-10-25T16:57:00-04:00"
    assert normalize_date("foo") is None
    assert normalize_date("1998") is None  # dateutil would invent month and day
    assert normalize_date(None) is None
