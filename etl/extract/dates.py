"""Find written dates and time phrases in text: to keep them out of the figures, and to
give a figure its period.

A `DateMention` is a span with the phrase as written ("Oct. 31", "16 June", "in October
2022", "yesterday", "2023/2024"). Turning a phrase into dates is `etl.periods`' job:
`period_phrase` returns the text that `parse_period` understands, or "" when it does not
(times of day, bare years in ranges, weekdays without a report date).

Cheap hints (a digit, a year, a month or weekday name, a relative word) decide which
patterns a sentence is searched with; most sentences need few or none.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache, lru_cache
from typing import NamedTuple

from etl.extract.topics import caseless, contains_any, sentence_words
from etl.periods import Period, PeriodError, parse_period

_re = lru_cache(maxsize=None)(re.compile)  # inline patterns, compiled once

MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December"
_MONTH = rf"(?:{MONTH_NAMES}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?(?!\d)"
_YEAR = r"(?:19|20)\d\d"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_LEAD = r"(?:(?i:on|since|from|as of|by|in|during|until|till|through)\s+(?:the\s+)?)?"

# Relative dates; also the keys `_hints` looks for (lower-cased) before running their pattern.
_RELATIVE_PHRASES = ("yesterday", "today", "tonight", "overnight", "last night", "this morning", "this week",
                     "last week", "this month", "last month", "this year", "last year", "in recent days", "past week")

_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("iso", re.compile(rf"(?<![\d.])(?:{_YEAR})-[01]\d-[0-3]\d(?!\d)")),
    ("numeric", re.compile(r"(?<![\d.])[0-3]?\d[./][01]?\d[./](?:\d{4}|\d\d)(?![\d.]\d)")),
    ("day_month", re.compile(rf"\b{_LEAD}{_DAY}(?:\s*(?:-|–|and|to)\s*{_DAY})?\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?(?![\w])")),
    # A second day is no day when a plural noun follows it: "On the first day, October 10, 11 energy facilities …",
    # nor when it is the start of a longer number: "As of the morning of September 28, 7,744 households …",
    # nor before a weapon's model name: "on the night of December 9-10, 10 Shahed-136 and Shahed-131 kamikaze drones"
    ("month_day", re.compile(rf"\b{_LEAD}{_MONTH}\s+{_DAY}(?:(?:\s*(?:,|and|-|–|to)\s*{_DAY}(?![.,]\d|\s+[A-Z][a-z]*-\d"
                             rf"|\s*(?:%|percent\b|per cent\b"
                             rf"|thousand\b|million\b|billion\b|(?:(?!(?:the|a|an|of|and|to|in|on|at)\b)[a-z-]+\s+){{0,2}}[A-Za-z]+s\b)))*)"
                             rf"(?:,?\s+{_YEAR})?(?![\w])")),
    ("month_year", re.compile(rf"\b{_LEAD}{_MONTH}\s+{_YEAR}\b")),
    ("month", re.compile(rf"\b(?:in|since|during|last|this|early|late|mid-?)\s+(?:{MONTH_NAMES})\b")),
    ("year_span", re.compile(rf"(?<![\d.,])(?:{_YEAR})\s*[-–/]\s*(?:{_YEAR}|\d\d)(?![\d%])")),
    ("year", re.compile(rf"\b(?i:on|since|from|as of|by|in|during|until|till|through|of|the year|before|after)\s+"
                        rf"(?:the\s+)?{_YEAR}(?![\d.,]\d|\s*%)|(?<![\d.,]){_YEAR}(?=\s*(?:[,.;:)!?’']|$))")),
    # Not after a currency sign or before a scale word: "$5.04 billion" is money, not 5:04.
    ("time", re.compile(r"(?<![\d.$€£])(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*(?:[AaPp]\.?[Mm]\.?))?"
                        r"(?![\d]|\s*(?:%|(?:billion|million|thousand|bn|mln|percent|per cent)\b))|"
                        r"(?<![\d.])(?:2[0-3]|1\d|0?[1-9])\s*(?:[AaPp]\.[Mm]\.|[AaPp][Mm]\b)")),  # also "as of 15 p.m."
    ("weekday", re.compile(rf"\b(?:(?i:on|last)\s+)?{_WEEKDAY}(?:\s+(?:night|morning|evening))?\b")),
    ("relative", re.compile(rf"\b(?:{'|'.join(_RELATIVE_PHRASES)})\b", re.IGNORECASE)),
]
_SEASON = re.compile(r"\b(?:the\s+)?(?:winter|spring|summer|autumn|fall)(?:\s+of)?\s+(?:19|20)\d\d(?:\s*[/-]\s*\d{2,4})?\b",
                     re.IGNORECASE)
# Cheap checks that let a sentence skip the patterns that cannot match it.
_HINTS = {
    "digit": re.compile(r"\d"),
    "year": re.compile(r"(?:19|20)\d\d"),
    "clock": re.compile(r"\d(?:[:.][0-5]\d|\s*[AaPp]\.?[Mm])"),
    "numeric": re.compile(r"\d[./]\d{1,2}[./]\d"),
}
_DIGIT_HINTS = ("year", "clock", "numeric")
_WORD_HINTS = {
    "month": frozenset("""january february march april may june july august september october november december
                       jan feb mar apr jun jul aug sep sept oct nov dec""".split()),
    "season": frozenset("winter spring summer autumn fall".split()),
    "word": frozenset("""monday tuesday wednesday thursday friday saturday sunday yesterday today tonight
                      overnight night morning week month year recent""".split()),
}
# Substrings one of which every weekday (as written) and every relative phrase (lower-cased) holds.
_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_NEEDS = {"season": {"season", "year"}, "iso": {"year"}, "numeric": {"numeric"}, "day_month": {"month", "digit"},
          "month_day": {"month", "digit"}, "month_year": {"month", "year"}, "month": {"month"},
          "year_span": {"year"}, "year": {"year"}, "time": {"clock"}, "weekday": {"word", "weekday_name"},
          "relative": {"word", "relative_key"}}
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


_ALL_PATTERNS = [("season", _SEASON), *_PATTERNS]


class DateMention(NamedTuple):
    start: int
    end: int
    text: str
    kind: str


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[DateMention]:
    """Non-overlapping date and time phrases in text[start:end], longest first, in order."""
    end = len(text) if end is None else end
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _patterns_for(_hints(text[start:end])):
        for match in pattern.finditer(text, start, end):
            a, b = match.span()
            if not _overlaps(taken, a, b):
                taken.append((a, b))
                found.append(DateMention(a, b, match.group(), kind))
    return sorted(found, key=lambda d: d.start) if len(found) > 1 else found


def _overlaps(taken: list[tuple[int, int]], a: int, b: int) -> bool:
    for x, y in taken:
        if x < b and a < y:
            return True
    return False


def _hints(segment: str) -> frozenset[str]:
    """Which of `_HINTS`, `_WORD_HINTS`, weekday names and relative keys the segment shows
    (every digit hint needs a digit; the names and keys matter only with a word hint)."""
    words = sentence_words(segment)
    hints = [name for name, vocabulary in _WORD_HINTS.items() if not vocabulary.isdisjoint(words)]
    if _HINTS["digit"].search(segment):
        hints.append("digit")
        for name in _DIGIT_HINTS:
            if (name != "year" or "19" in segment or "20" in segment) and _HINTS[name].search(segment):
                hints.append(name)
    if "word" in hints:
        if contains_any(segment, _WEEKDAY_NAMES):
            hints.append("weekday_name")
        if contains_any(caseless(segment), _RELATIVE_PHRASES):
            hints.append("relative_key")
    return frozenset(hints)


@cache  # a few dozen hint sets occur
def _patterns_for(hints: frozenset[str]) -> list[tuple[str, re.Pattern]]:
    """The patterns, in order, whose needed hints are all present."""
    return [(kind, pattern) for kind, pattern in _ALL_PATTERNS if _NEEDS[kind] <= hints]


def period_phrase(mention: DateMention, reported_on: Period | None) -> str:
    """The phrase to write in the `period` column, or "" when it gives no usable period."""
    if mention.kind in ("time", "numeric"):
        return ""
    phrase = " ".join(mention.text.split())
    if mention.kind == "weekday":
        return _weekday_date(phrase, reported_on)
    if mention.kind == "month_day":
        phrase = _re(r"(\d)(?:\s*(?:,|and|-|–|to)\s*\d{1,2}(?:st|nd|rd|th)?(?!\d))+").sub(r"\1", phrase)
    if mention.kind == "year_span":
        return ""
    try:
        parse_period(phrase, reported_on)
    except PeriodError:
        return ""
    return phrase


def _weekday_date(phrase: str, reported_on: Period | None) -> str:
    """'on Tuesday' → the latest Tuesday on or before the report date, as YYYY-MM-DD."""
    if reported_on is None or reported_on.precision != "day":
        return ""
    lowered = phrase.lower()
    wanted = next(i for i, name in enumerate(_WEEKDAYS) if name in lowered)
    day = reported_on.end
    back = (day.weekday() - wanted) % 7
    if lowered.startswith("last "):
        back = back or 7
    return (day - timedelta(days=back)).isoformat() if isinstance(day, date) else ""
