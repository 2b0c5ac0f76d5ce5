"""Periods as written → start, end, precision (etl.periods); relative ones use reported_on."""

from datetime import date

import pytest

from etl.periods import PeriodError, parse_period, parse_reported_on

REPORTED = parse_reported_on("2022-10-24")
D = date


@pytest.mark.parametrize(
    ("text", "start", "end", "precision", "relative"),
    [
        ("2022-10-20", D(2022, 10, 20), D(2022, 10, 20), "day", False),
        ("2022-10-10/2022-10-18", D(2022, 10, 10), D(2022, 10, 18), "day", False),
        ("2024-11-25/26", D(2024, 11, 25), D(2024, 11, 26), "day", False),
        ("October 2022", D(2022, 10, 1), D(2022, 10, 31), "month", False),
        ("Oct. 2022", D(2022, 10, 1), D(2022, 10, 31), "month", False),
        ("2023-06", D(2023, 6, 1), D(2023, 6, 30), "month", False),
        ("2024", D(2024, 1, 1), D(2024, 12, 31), "year", False),
        ("2022-2023", D(2022, 1, 1), D(2023, 12, 31), "year", False),
        ("24 February 2022", D(2022, 2, 24), D(2022, 2, 24), "day", False),
        ("February 24, 2022", D(2022, 2, 24), D(2022, 2, 24), "day", False),
        ("10-18 October 2022", D(2022, 10, 10), D(2022, 10, 18), "day", False),
        ("November 2022 - January 2023", D(2022, 11, 1), D(2023, 1, 31), "open", False),
        ("10 October 2022 to 2023-01-14", D(2022, 10, 10), D(2023, 1, 14), "day", False),
        ("winter 2022/23", D(2022, 12, 1), D(2023, 2, 28), "open", False),
        ("late December 2024", D(2024, 12, 21), D(2024, 12, 31), "month", False),
        ("early October 2025", D(2025, 10, 1), D(2025, 10, 10), "month", False),
        ("night of 2024-11-25/26", D(2024, 11, 25), D(2024, 11, 26), "day", False),
        # relative to reported_on (2022-10-24, a Monday)
        ("", D(2022, 10, 24), D(2022, 10, 24), "day", True),
        ("since 24 February 2022", D(2022, 2, 24), D(2022, 10, 24), "open", True),
        ("since October 10", D(2022, 10, 10), D(2022, 10, 24), "open", True),
        ("in October", D(2022, 10, 1), D(2022, 10, 31), "month", True),
        ("in November", D(2021, 11, 1), D(2021, 11, 30), "month", True),
        ("yesterday", D(2022, 10, 23), D(2022, 10, 23), "day", True),
        ("overnight", D(2022, 10, 24), D(2022, 10, 24), "day", True),
        ("last month", D(2022, 9, 1), D(2022, 9, 30), "month", True),
        ("Saturday", D(2022, 10, 22), D(2022, 10, 22), "day", True),
        ("Friday morning", D(2022, 10, 21), D(2022, 10, 21), "day", True),
        ("past week", D(2022, 10, 18), D(2022, 10, 24), "open", True),
    ],
)
def test_parse_period(text, start, end, precision, relative):
    period = parse_period(text, REPORTED)
    assert (period.start, period.end, period.precision, period.relative) == (start, end, precision, relative)


def test_month_only_reported_on_closes_open_periods_at_month_end():
    period = parse_period("since 10 October 2022", parse_reported_on("2022-11"))
    assert (period.start, period.end) == (D(2022, 10, 10), D(2022, 11, 30))


@pytest.mark.parametrize(
    ("text", "reported_on", "needle"),
    [
        ("", None, "both blank"),
        ("since 10 October 2022", None, "needs reported_on"),
        ("yesterday", None, "needs reported_on"),
        ("2022-02-30", REPORTED, "not a real date"),
        ("sometime soon", REPORTED, "cannot read period"),
        ("2022-10-18/2022-10-10", REPORTED, "ends before it starts"),
    ],
)
def test_bad_periods_say_what_is_wrong(text, reported_on, needle):
    with pytest.raises(PeriodError, match=needle):
        parse_period(text, reported_on)


@pytest.mark.parametrize("text", ["24/10/2022", "2022-13", "Oct 2022"])
def test_reported_on_accepts_only_iso_day_or_month(text):
    with pytest.raises(PeriodError):
        parse_reported_on(text)
