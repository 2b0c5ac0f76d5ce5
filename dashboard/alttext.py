"""Words that travel with a chart: its title, alt text and source line. Pure: data in, text out.

A chart that leaves the dashboard (an embed, a PNG in a report, a standalone HTML file)
still says what it shows and who claimed it:

- `chart_title`: "Share of energy facilities damaged (%), Ukraine, Oct 2022"
- `alt_text`: "Share of energy facilities damaged, Ukraine, Oct 2022: 30–50% as reported by
  President of Ukraine, Ukrenergo and 2 others (5 figures)." — for screen readers
- `source_line`: "Source: figures as reported by President of Ukraine, Ukrenergo and 2 others ·
  data: Infrastructure damage impact dashboard"
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from datetime import date, timedelta

PROJECT = "Infrastructure damage impact dashboard"
UNIT_SUFFIX = {"percent": "%", "MW": " MW", "hours_per_day": " h/day", "count": "", "USD": " USD"}
UNIT_WORDS = {"percent": "%", "MW": "MW", "hours_per_day": "hours per day", "count": "count", "USD": "US dollars"}


def format_number(value: float | None, unit: str) -> str:
    """'30%', '1,200,000', '9.2 MW'."""
    if value is None:
        return "?"
    value = float(value)
    text = f"{value:,.0f}" if value == round(value) or abs(value) >= 100 else f"{value:,.2f}".rstrip("0").rstrip(".")
    return text + UNIT_SUFFIX.get(unit, f" {unit}")


def format_span(date_from: date, date_to: date) -> str:
    """A date range as people write it: 'Oct 2022', 'Oct 2022–Mar 2023', '2023', '2022–2024',
    '3 Oct 2022', '3–9 Oct 2022', '3 Oct 2022–9 Jan 2023'."""
    whole_months = date_from.day == 1 and (date_to + timedelta(days=1)).day == 1
    if whole_months:
        if (date_from.month, date_to.month) == (1, 12):
            return str(date_from.year) if date_from.year == date_to.year else f"{date_from.year}–{date_to.year}"
        start, end = _month(date_from), _month(date_to)
        return start if start == end else f"{start}–{end}"
    if date_from == date_to:
        return _day(date_from)
    if (date_from.year, date_from.month) == (date_to.year, date_to.month):
        return f"{date_from.day}–{_day(date_to)}"
    return f"{_day(date_from)}–{_day(date_to)}"


def _month(day: date) -> str:
    return f"{calendar.month_abbr[day.month]} {day.year}"


def _day(day: date) -> str:
    return f"{day.day} {_month(day)}"


def claimants_text(claimants: Sequence[str], n_claimants: int, shown: int = 3) -> str:
    """'A', 'A and B', 'A, B and C', 'A, B, C and 4 others'."""
    names = [str(c) for c in claimants[:shown]]
    others = max(n_claimants - len(names), 0)
    if not names:
        return "no named claimant"
    if others:
        return f"{', '.join(names)} and {others} other{'s' if others != 1 else ''}"
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def places_text(names: Sequence[str], country: str, shown: int = 3) -> str:
    """The places of a view: the country when none is chosen, else up to `shown` names."""
    if not names:
        return country
    if len(names) <= shown:
        return ", ".join(names)
    return f"{', '.join(names[:shown])} and {len(names) - shown} more"


def chart_title(label: str, unit: str, places: str, date_from: date, date_to: date) -> str:
    return f"{label} ({UNIT_WORDS.get(unit, unit)}), {places}, {format_span(date_from, date_to)}"


def values_text(value_min: float | None, value_max: float | None, unit: str) -> str:
    if value_min is None or value_max is None:
        return "no figures reported"
    if float(value_min) == float(value_max):
        return format_number(value_min, unit)
    low = format_number(value_min, unit)
    high = format_number(value_max, unit)
    suffix = UNIT_SUFFIX.get(unit, f" {unit}")
    if suffix and low.endswith(suffix) and high.endswith(suffix):  # '30–50%', not '30%–50%'
        low = low[: len(low) - len(suffix)]
    return f"{low}–{high}"


def alt_text(label: str, unit: str, places: str, date_from: date, date_to: date, *, n_figures: int,
             value_min: float | None, value_max: float | None, claimants: Sequence[str], n_claimants: int) -> str:
    """One sentence for screen readers, generated from the figures in view."""
    head = f"{label}, {places}, {format_span(date_from, date_to)}"
    if not n_figures:
        return f"{head}: no figures reported."
    count = f"{n_figures:,} figure{'s' if n_figures != 1 else ''}"
    return (f"{head}: {values_text(value_min, value_max, unit)} as reported by "
            f"{claimants_text(claimants, n_claimants)} ({count}).")


def source_line(claimants: Sequence[str], n_claimants: int, link: str | None = None) -> str:
    """'Source: figures as reported by A, B and 3 others · data: <project> · <link>'."""
    parts = [f"Source: figures as reported by {claimants_text(claimants, n_claimants)}", f"data: {PROJECT}"]
    if link:
        parts.append(link)
    return " · ".join(parts)
