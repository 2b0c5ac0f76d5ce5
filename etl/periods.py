"""Turn the period a figure refers to ("October 2022", "since 24 February 2022") into dates.

A `Period` has a start, an end, a precision (day, month, year, open) and a flag saying
whether it was resolved against the report's publication date ("in October", "yesterday",
blank). Dates are read with python-dateutil; this module only decides which fields the
text gave, so "October 2022" is a month and not the 28th of October.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from dateutil import parser as dateparser

PRECISIONS = ("day", "month", "year", "open")

_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
_MONTHS["sept"] = 9
_MONTH_NAMES = "|".join(sorted(_MONTHS, key=len, reverse=True))
# Dates that dateutil reads the obvious way; read directly (see `_month_and_day`, `_read_written`).
_MONTH_DAY = re.compile(rf"(?P<month>{_MONTH_NAMES})\.? (?P<day>\d{{1,2}})")
_DAY_MONTH = re.compile(rf"(?P<day>\d{{1,2}}) (?P<month>{_MONTH_NAMES})\.?")
_MONTH_YEAR = re.compile(rf"(?P<month>{_MONTH_NAMES})\.? (?P<year>\d{{4}})")
_SEASONS = {"winter": (12, 2), "spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)}
_SENTINEL_A = date(1901, 1, 1)
_SENTINEL_B = date(1902, 2, 2)


class PeriodError(ValueError):
    """A period or date that cannot be read; the message says what was expected."""


@dataclass(frozen=True)
class Period:
    start: date
    end: date
    precision: str
    relative: bool = False


@lru_cache(maxsize=65536)
def parse_reported_on(text: str | None) -> Period | None:
    """Read `reported_on`: 'YYYY-MM-DD', 'YYYY-MM' or blank (None)."""
    if text is None or not str(text).strip():
        return None
    text = str(text).strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        day = _iso_day(text)
        return Period(day, day, "day")
    if re.fullmatch(r"\d{4}-\d{2}", text):
        return _month(int(text[:4]), int(text[5:]))
    raise PeriodError(f"reported_on '{text}' is not YYYY-MM-DD or YYYY-MM")


@lru_cache(maxsize=65536)  # pure; real tables repeat the same periods and dates
def parse_period(text: str | None, reported_on: Period | None) -> Period:
    """Resolve a period as written against the report date (needed for relative phrases)."""
    raw = "" if text is None else re.sub(r"\s+", " ", str(text)).strip().rstrip(".")
    if not raw:
        if reported_on is None:
            raise PeriodError("period and reported_on are both blank; give at least one")
        return Period(reported_on.start, reported_on.end, reported_on.precision, relative=True)
    lowered = _strip_time_of_day(raw.lower())
    period = _parse_absolute(lowered) or _first_reading(_RELATIVE_READERS, lowered, reported_on)
    if period is not None:
        return period
    raise PeriodError(
        f"cannot read period '{raw}'; expected e.g. '2022-10-20', '2022-10-10/2022-10-18', "
        "'October 2022', '2024', 'since 24 February 2022' or blank"
    )


@lru_cache(maxsize=65536)
def _parse_absolute(text: str) -> Period | None:
    """Forms that need no report date ('2022-10-20', 'October 2022'); cached on the text."""
    return _first_reading(_ABSOLUTE_READERS, text, None)


def _first_reading(readers, text: str, reported_on: Period | None) -> Period | None:
    """The first reader that understands the text; a period that runs backwards is an error."""
    for reader in readers:
        period = reader(text, reported_on)
        if period is not None:
            if period.start > period.end:
                raise PeriodError(f"period '{text}' ends before it starts")
            return period
    return None


def _iso_day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as err:
        raise PeriodError(f"'{text}' is not a real date ({err})") from None


def _month(year: int, month: int) -> Period:
    if not 1 <= month <= 12:
        raise PeriodError(f"month {month} of {year} does not exist")
    last = calendar.monthrange(year, month)[1]
    return Period(date(year, month, 1), date(year, month, last), "month")


def _read_iso(text: str, _reported_on: Period | None) -> Period | None:
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        day = _iso_day(text)
        return Period(day, day, "day")
    if re.fullmatch(r"\d{4}-\d{2}", text):
        return _month(int(text[:4]), int(text[5:]))
    if re.fullmatch(r"\d{4}", text):
        year = int(text)
        return Period(date(year, 1, 1), date(year, 12, 31), "year")
    short = re.fullmatch(r"(\d{4}-\d{2})-(\d{2})\s*/\s*(\d{2})", text)  # 2024-11-25/26
    if short:
        text = f"{short[1]}-{short[2]}/{short[1]}-{short[3]}"
    years = re.fullmatch(r"(\d{4})\s*[-–/]\s*(\d{4})", text)
    if years:
        return Period(date(int(years[1]), 1, 1), date(int(years[2]), 12, 31), "year")
    interval = re.fullmatch(r"(\d{4}-\d{2}(?:-\d{2})?)\s*/\s*(\d{4}-\d{2}(?:-\d{2})?)", text)
    if interval:
        first = _read_iso(interval[1], None)
        last = _read_iso(interval[2], None)
        if first is None or last is None:  # both halves are ISO months or days, so never; for the type checker
            return None
        precision = "day" if first.precision == last.precision == "day" else "month"
        return Period(first.start, last.end, precision)
    return None


def _read_since(text: str, reported_on: Period | None) -> Period | None:
    match = re.fullmatch(r"(?:since|from|starting|after)\s+(?:the\s+)?(?:start of\s+)?(.+)", text)
    if not match:
        return None
    start = parse_period(match[1], reported_on)
    if reported_on is None:
        raise PeriodError(f"period '{text}' is open-ended and needs reported_on to close it")
    relative = start.relative
    return Period(start.start, reported_on.end, "open", relative=relative or True)


def _read_relative(text: str, reported_on: Period | None) -> Period | None:
    phrases = {"today": 0, "overnight": 0, "this morning": 0, "tonight": 0, "last night": 1,
               "yesterday": 1, "the day before": 1}
    text = re.sub(r"^(?:in |during |over )?the past week$", "past week", text)
    if re.fullmatch(r"earlier (?:this year|in (\d{4}))", text):
        anchor_day = _need_anchor(text, reported_on).end
        year = int(text[-4:]) if text[-4:].isdigit() else anchor_day.year
        return Period(date(year, 1, 1), min(anchor_day, date(year, 12, 31)), "open", relative=True)
    if text in phrases or text in ("this week", "last week", "this month", "last month",
                                    "this year", "last year", "in recent days", "past week"):
        anchor = _need_anchor(text, reported_on)
        day = anchor.end
        if text in phrases:
            when = day - timedelta(days=phrases[text])
            return Period(when, when, "day", relative=True)
        if text in ("this week", "in recent days", "past week"):
            return Period(day - timedelta(days=6), day, "open", relative=True)
        if text == "last week":
            return Period(day - timedelta(days=13), day - timedelta(days=7), "open", relative=True)
        if text == "this month":
            return Period(day.replace(day=1), day, "open", relative=True)
        if text == "last month":
            previous = day.replace(day=1) - timedelta(days=1)
            return _relative(_month(previous.year, previous.month))
        if text == "this year":
            return Period(date(day.year, 1, 1), day, "open", relative=True)
        return Period(date(day.year - 1, 1, 1), date(day.year - 1, 12, 31), "year", relative=True)
    month_only = re.fullmatch(r"(?:in |during |since )?(" + "|".join(_MONTHS) + r")", text)
    if month_only:
        anchor = _need_anchor(text, reported_on)
        month = _MONTHS[month_only[1]]
        year = anchor.end.year if month <= anchor.end.month else anchor.end.year - 1
        return _relative(_month(year, month))
    return _read_day_without_year(text, reported_on)


def _read_day_without_year(text: str, reported_on: Period | None) -> Period | None:
    """'October 10' or '10 October': the year comes from reported_on (never in its future)."""
    cleaned = re.sub(r"^(?:on|in|the)\s+", "", text)
    cleaned = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", cleaned)
    if re.search(r"\d{3,}", cleaned) or not re.search(r"[a-z]", cleaned):
        return None
    month_day = _month_and_day(cleaned)
    if month_day is None:
        return None
    anchor = _need_anchor(text, reported_on).end
    year = anchor.year if month_day <= (anchor.month, anchor.day) else anchor.year - 1
    day = date(year, *month_day)
    return Period(day, day, "day", relative=True)


def _month_and_day(cleaned: str) -> tuple[int, int] | None:
    """(month, day) that dateutil reads in a date without a year, or None when it reads no
    such date. 'October 10', '10 Oct.' and the like are read directly (the same answer,
    without dateutil's cost)."""
    simple = _MONTH_DAY.fullmatch(cleaned) or _DAY_MONTH.fullmatch(cleaned)
    if simple and 1 <= int(simple["day"]) <= 31:
        month, day = _MONTHS[simple["month"]], int(simple["day"])
        return (month, day) if day <= calendar.monthrange(_SENTINEL_A.year, month)[1] else None
    try:
        a = dateparser.parse(cleaned, default=_as_datetime(_SENTINEL_A))
        b = dateparser.parse(cleaned, default=_as_datetime(_SENTINEL_B))
    except (ValueError, OverflowError):
        return None
    if (a.month, a.day) != (b.month, b.day) or a.year == b.year:
        return None
    return a.month, a.day


def _read_season(text: str, _reported_on: Period | None) -> Period | None:
    match = re.fullmatch(r"(?:the )?(winter|spring|summer|autumn|fall)(?: of)? (\d{4})(?:\s*[/-]\s*(\d{2,4}))?", text)
    if not match:
        return None
    first, last = _SEASONS[match[1]]
    year = int(match[2])
    end_year = year + 1 if first > last else year
    start = date(year, first, 1)
    end = date(end_year, last, calendar.monthrange(end_year, last)[1])
    return Period(start, end, "open")


def _read_written(text: str, _reported_on: Period | None) -> Period | None:
    """'24 February 2022', 'Feb 24, 2022', 'October 2022', 'Oct. 2022' via dateutil
    ('October 2022' and the like directly: the same answer without dateutil's cost)."""
    cleaned = re.sub(r"^(?:on|in|during|as of|by|the)\s+", "", text)
    cleaned = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", cleaned)
    if not re.search(r"\d{4}", cleaned):
        return None
    month_year = _MONTH_YEAR.fullmatch(cleaned)
    if month_year and 1900 <= int(month_year["year"]) <= 2099:
        return _month(int(month_year["year"]), _MONTHS[month_year["month"]])
    interval = re.fullmatch(r"(.+?)\s*(?:-|–|to|until|through)\s*(.+\d{4})", cleaned)
    if interval and not re.fullmatch(r"\d{4}-\d{2}.*", cleaned):
        first_text = interval[1]
        if re.fullmatch(r"\d{1,2}", first_text):  # "10-18 October 2022": day borrows month
            month_and_year = re.sub(r"^\d{1,2}\s+", "", interval[2])
            first_text = f"{first_text} {month_and_year}"
        elif not re.search(r"\d{4}", first_text):
            first_text = f"{first_text} {interval[2][-4:]}"
        first = _read_written(first_text, None)
        last = _read_written(interval[2], None)
        if first and last:
            precision = "day" if first.precision == last.precision == "day" else "open"
            return Period(first.start, last.end, precision)
    try:
        a = dateparser.parse(cleaned, default=_as_datetime(_SENTINEL_A), fuzzy=False)
        b = dateparser.parse(cleaned, default=_as_datetime(_SENTINEL_B), fuzzy=False)
    except (ValueError, OverflowError):
        return None
    if a.year != b.year:
        return None
    if a.day == b.day and a.month == b.month:
        return Period(a.date(), a.date(), "day")
    if a.month == b.month:
        return _month(a.year, a.month)
    return Period(date(a.year, 1, 1), date(a.year, 12, 31), "year")


def _as_datetime(day: date):
    from datetime import datetime

    return datetime(day.year, day.month, day.day)


def _need_anchor(text: str, reported_on: Period | None) -> Period:
    if reported_on is None:
        raise PeriodError(f"period '{text}' is relative and needs reported_on to resolve it")
    return reported_on


def _relative(period: Period) -> Period:
    return Period(period.start, period.end, period.precision, relative=True)


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_TIME_OF_DAY = r"(?:morning|afternoon|evening|night|overnight|day)"


def _strip_time_of_day(text: str) -> str:
    """'night of 2024-11-25/26' → '2024-11-25/26'; 'friday morning' → 'friday'."""
    if text in ("at night", "overnight", "tonight"):
        return "overnight"
    if text in ("last night", "this morning"):
        return text
    text = re.sub(rf"^(?:on |in |during )?(?:the )?{_TIME_OF_DAY} of ", "", text)
    text = re.sub(rf"(?<=\w) {_TIME_OF_DAY}$", "", text)
    return re.sub(r"^as of ", "", text)


def _read_weekday(text: str, reported_on: Period | None) -> Period | None:
    """'Saturday', 'on Friday', 'last Monday': the latest such day on or before reported_on."""
    match = re.fullmatch(r"(?:on |last |this )?(" + "|".join(_WEEKDAYS) + r")", text)
    if not match:
        return None
    anchor = _need_anchor(text, reported_on)
    if anchor.precision != "day":
        raise PeriodError(f"period '{text}' names a weekday but reported_on has no day to count from")
    back = (anchor.end.weekday() - _WEEKDAYS.index(match[1])) % 7
    day = anchor.end - timedelta(days=back)
    return Period(day, day, "day", relative=True)


def _read_part_of_month(text: str, _reported_on: Period | None) -> Period | None:
    """'early October 2025', 'late December 2024', 'end of March 2024', 'mid-June 2023'."""
    match = re.fullmatch(r"(early|mid|mid-|middle of|late|end of|the end of|beginning of|start of) ?(.+ \d{4})", text)
    if not match:
        return None
    month = _read_written(match[2], None)
    if month is None or month.precision != "month":
        return None
    part = match[1].rstrip("- ")
    first, last = {"early": (1, 10), "beginning of": (1, 10), "start of": (1, 10),
                   "mid": (11, 20), "middle of": (11, 20)}.get(part, (21, month.end.day))
    return Period(month.start.replace(day=first), month.start.replace(day=last), "month")


def _read_interval(text: str, reported_on: Period | None) -> Period | None:
    """'10 October 2022 to 2023-01-14', 'end of October 2022/beginning of February 2023'."""
    for separator in (" to ", " until ", " through ", "/", " - ", " – ", "–"):
        if separator in text:
            first_text, last_text = (part.strip() for part in text.split(separator, 1))
            try:
                first = parse_period(first_text, reported_on)
                last = parse_period(last_text, reported_on)
            except PeriodError:
                continue
            precision = "day" if first.precision == last.precision == "day" else "open"
            return Period(first.start, last.end, precision, relative=first.relative or last.relative)
    return None


# Readers in the order they are tried; absolute forms first (cached on the text alone).
_ABSOLUTE_READERS = (_read_iso, _read_season, _read_part_of_month, _read_written)
_RELATIVE_READERS = (_read_since, _read_relative, _read_weekday, _read_interval)
