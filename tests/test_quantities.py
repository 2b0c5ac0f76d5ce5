"""Figures as written → value, bounds, unit, qualifier (etl.quantities)."""

import math

import pytest

from etl.quantities import FigureError, parse_figure, parse_number

A_THIRD, TWO_THIRDS = 100 / 3, 200 / 3


@pytest.mark.parametrize(
    ("text", "value", "low", "high", "unit", "qualifier"),
    [
        # exact
        ("40%", 40, 40, 40, "percent", "exact"),
        ("9.2 GW", 9200, 9200, 9200, "MW", "exact"),
        ("500 MW", 500, 500, 500, "MW", "exact"),
        ("2,000 megawatts", 2000, 2000, 2000, "MW", "exact"),
        ("1 500 000", 1_500_000, 1_500_000, 1_500_000, "count", "exact"),
        ("1,500,000", 1_500_000, 1_500_000, 1_500_000, "count", "exact"),
        ("350,000", 350_000, 350_000, 350_000, "count", "exact"),
        ("3,50,000", 350_000, 350_000, 350_000, "count", "exact"),  # lakh grouping (Indian outlets)
        ("1,20,00,000", 12_000_000, 12_000_000, 12_000_000, "count", "exact"),  # crore
        ("4,5 million", 4_500_000, 4_500_000, 4_500_000, "count", "exact"),
        ("$10bn", 1e10, 1e10, 1e10, "USD", "exact"),
        ("$4.5bn", 4.5e9, 4.5e9, 4.5e9, "USD", "exact"),
        ("US$10 billion", 1e10, 1e10, 1e10, "USD", "exact"),
        ("over 70 billion hryvnias", 7e10, 7e10, None, "UAH", "more_than"),
        ("€1.2 billion", 1.2e9, 1.2e9, 1.2e9, "EUR", "exact"),
        ("56.5 billion dollars", 5.65e10, 5.65e10, 5.65e10, "USD", "exact"),
        # approx: bounds empty
        ("about 30 per cent", 30, None, None, "percent", "approx"),
        ("roughly 40%", 40, None, None, "percent", "approx"),
        ("about 40 pc", 40, None, None, "percent", "approx"),  # British and Indian papers; not "40 pcs" (pieces)
        ("around 70", 70, None, None, "count", "approx"),
        ("some 300,000", 300_000, None, None, "count", "approx"),
        ("close to 100", 100, None, None, "count", "approx"),
        # one-sided
        ("nearly 50%", 50, None, 50, "percent", "nearly"),
        ("almost 1.5 million", 1_500_000, None, 1_500_000, "count", "nearly"),
        ("at least 83", 83, 83, None, "count", "at_least"),
        ("more than 4.5 million", 4_500_000, 4_500_000, None, "count", "more_than"),
        ("over $10 billion", 1e10, 1e10, None, "USD", "more_than"),
        ("exceeds 9 GW", 9000, 9000, None, "MW", "more_than"),
        ("up to 18 hours a day", 18, None, 18, "hours_per_day", "up_to"),
        ("six hours every day", 6, 6, 6, "hours_per_day", "exact"),
        ("twelve hours out of 24", 12, 12, 12, "hours_per_day", "exact"),  # held-out 189
        ("half-a-million people", 500000, 500000, 500000, "count", "exact"),  # held-out 193
        ("no more than 4 hours", 4, None, 4, "hours", "up_to"),
        ("four days", 96, 96, 96, "hours", "exact"),  # an outage's length: "without water for four days"
        ("nearly three weeks", 504, None, 504, "hours", "nearly"),  # held-out 203: "without gas … for nearly three weeks"
        ("an estimated third", 100 / 3, None, None, "percent", "approx"),  # held-out 204: read as 3 (an ordinal) before
        ("over 150 days", 3600, 3600, None, "hours", "more_than"),
        ("less than 10%", 10, None, 10, "percent", "less_than"),
        # ranges → midpoint with bounds
        ("30-40%", 35, 30, 40, "percent", "range"),
        ("30–40%", 35, 30, 40, "percent", "range"),
        ("between 30 and 40%", 35, 30, 40, "percent", "range"),
        ("30 to 40 per cent", 35, 30, 40, "percent", "range"),
        ("4-18 hours", 11, 4, 18, "hours", "range"),
        ("eight to fourteen hours a day", 11, 8, 14, "hours_per_day", "range"),  # read as 8 (a count) before
        ("five-six hours", 5.5, 5, 6, "hours", "range"),
        ("more than 15 hours without power per day", 15, 15, None, "hours_per_day", "more_than"),
        ("one to two million", 1_500_000, 1_000_000, 2_000_000, "count", "range"),
        ("twenty-five", 25, 25, 25, "count", "exact"),  # not a range of twenty to five
        # words
        ("half", 50, 50, 50, "percent", "exact"),
        ("a third", A_THIRD, A_THIRD, A_THIRD, "percent", "exact"),
        ("two-thirds", TWO_THIRDS, TWO_THIRDS, TWO_THIRDS, "percent", "exact"),
        ("more than two-thirds", TWO_THIRDS, TWO_THIRDS, None, "percent", "more_than"),
        ("almost a third", A_THIRD, None, A_THIRD, "percent", "nearly"),
        ("a quarter", 25, 25, 25, "percent", "exact"),
        ("dozens", 12, 12, None, "count", "at_least"),
        ("hundreds", 100, 100, None, "count", "at_least"),
        ("hundreds of thousands", 100_000, 100_000, None, "count", "at_least"),
        ("thousands", 1000, 1000, None, "count", "at_least"),
        ("nine gigawatts", 9000, 9000, 9000, "MW", "exact"),
        ("over a million people", 1_000_000, 1_000_000, None, "count", "more_than"),
        ("a quarter of a million", 250_000, 250_000, 250_000, "count", "exact"),
        ("ninth", 9, 9, 9, "count", "exact"),
        ("12th", 12, 12, 12, "count", "exact"),
        # a plus sign after the number: at least ("in darkness for 24+ hours"; it used to read as the count 24)
        ("24+ hours", 24, 24, None, "hours", "at_least"),
        ("70+", 70, 70, None, "count", "at_least"),
    ],
)
def test_parse_figure_real_world_wordings(text, value, low, high, unit, qualifier):
    q = parse_figure(text)
    assert math.isclose(q.value, value)
    assert (q.low is None) == (low is None) and (low is None or math.isclose(q.low, low))
    assert (q.high is None) == (high is None) and (high is None or math.isclose(q.high, high))
    assert (q.unit, q.qualifier) == (unit, qualifier)


@pytest.mark.parametrize("text", ["", "   ", "countless", "many homes", "40-30%", "5 million %"])
def test_unreadable_figures_raise_with_a_message(text):
    with pytest.raises(FigureError) as err:
        parse_figure(text)
    assert str(err.value)


@pytest.mark.parametrize(
    ("text", "value"),
    [("1,500", 1500), ("4,5", 4.5), ("0,5", 0.5), ("1.500.000", 1_500_000), ("1 500 000", 1_500_000),
     ("9.2", 9.2), ("1\u00a0500", 1500)],
)
def test_parse_number_thousands_and_decimal_separators(text, value):
    assert parse_number(text) == value


def test_pcs_after_a_number_are_pieces_not_per_cent():
    assert parse_figure("40 pcs").unit == "count"
