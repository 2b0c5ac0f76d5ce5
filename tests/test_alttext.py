"""Alt text, titles and source lines (pure)."""

from __future__ import annotations

from datetime import date

from dashboard.alttext import (
    alt_text,
    chart_title,
    claimants_text,
    format_span,
    source_line,
    values_text,
)


def test_the_issue_example():
    text = alt_text("Share of energy facilities damaged", "percent", "Ukraine", date(2022, 10, 1), date(2022, 10, 31),
                    n_figures=3, value_min=30, value_max=50, claimants=["President of Ukraine", "Ukrenergo"],
                    n_claimants=2)
    assert text == ("Share of energy facilities damaged, Ukraine, Oct 2022: 30–50% as reported by President of "
                    "Ukraine and Ukrenergo (3 figures).")


def test_spans():
    assert format_span(date(2022, 10, 1), date(2022, 10, 31)) == "Oct 2022"
    assert format_span(date(2022, 10, 1), date(2023, 3, 31)) == "Oct 2022–Mar 2023"
    assert format_span(date(2023, 1, 1), date(2023, 12, 31)) == "2023"
    assert format_span(date(2022, 1, 1), date(2024, 12, 31)) == "2022–2024"
    assert format_span(date(2022, 10, 3), date(2022, 10, 3)) == "3 Oct 2022"
    assert format_span(date(2022, 10, 3), date(2022, 10, 9)) == "3–9 Oct 2022"
    assert format_span(date(2022, 2, 24), date(2024, 12, 31)) == "24 Feb 2022–31 Dec 2024"


def test_values_claimants_and_empty_views():
    assert values_text(4_500_000, 4_500_000, "count") == "4,500,000"
    assert values_text(9.2, 12, "MW") == "9.2–12 MW"
    assert claimants_text(["A", "B", "C", "D"], 7) == "A, B, C and 4 others"
    assert claimants_text(["A"], 2) == "A and 1 other"
    assert claimants_text([], 0) == "no named claimant"
    empty = alt_text("X", "count", "Kyiv", date(2023, 1, 1), date(2023, 12, 31), n_figures=0, value_min=None,
                     value_max=None, claimants=[], n_claimants=0)
    assert empty == "X, Kyiv, 2023: no figures reported."
    assert chart_title("X", "hours_per_day", "Kyiv", date(2023, 1, 1), date(2023, 12, 31)) == \
        "X (hours per day), Kyiv, 2023"
    assert source_line(["A"], 1, "http://h/?q") == \
        "Source: figures as reported by A · data: Infrastructure damage impact dashboard · http://h/?q"
