"""Parse a figure as written ("over $10 billion", "30-40%", "two-thirds") into numbers.

A figure becomes a `Quantity`: a best value, optional low/high bounds, a canonical unit
and the qualifier that produced the bounds (a low/best/high model in the spirit of UCDP's
event data). Nothing here knows about metrics: checking that the unit fits the metric is
the caller's job. Every failure raises `FigureError` with a message a person can act on.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from etl.text import fold

# Canonical units. Currencies keep their own ISO code and are never converted here.
PERCENT, MW, COUNT, HOURS_PER_DAY, HOURS = "percent", "MW", "count", "hours_per_day", "hours"

# Qualifier phrases, longest first so "no more than" wins over "more than".
_QUALIFIERS: list[tuple[str, str]] = sorted(
    [
        ("about", "approx"), ("around", "approx"), ("approximately", "approx"),
        ("approx.", "approx"), ("approx", "approx"), ("roughly", "approx"), ("some", "approx"),
        ("close to", "approx"), ("an estimated", "approx"), ("estimated", "approx"),
        ("almost", "nearly"), ("nearly", "nearly"), ("just under", "nearly"), ("approaching", "nearly"),
        ("at least", "at_least"), ("not less than", "at_least"), ("no fewer than", "at_least"),
        ("no less than", "at_least"), ("a minimum of", "at_least"),
        ("more than", "more_than"), ("over", "more_than"), ("above", "more_than"),
        ("in excess of", "more_than"), ("upwards of", "more_than"), ("just over", "more_than"),
        ("exceeding", "more_than"), ("exceeds", "more_than"), ("exceeded", "more_than"),
        ("well over", "more_than"), ("a further", "exact"), ("another", "exact"),
        ("up to", "up_to"), ("at most", "up_to"), ("no more than", "up_to"),
        ("as many as", "up_to"), ("as much as", "up_to"),
        ("less than", "less_than"), ("fewer than", "less_than"), ("below", "less_than"),
        ("under", "less_than"),
        ("~", "approx"), ("≈", "approx"), (">", "more_than"), ("<", "less_than"),
        ("≥", "at_least"), ("≤", "up_to"),
    ],
    key=lambda pair: -len(pair[0]),
)
QUALIFIER_KINDS = ("exact", "approx", "nearly", "at_least", "more_than", "up_to", "less_than", "range")

_SCALES = {
    "dozen": 12.0,  # "four dozen shells"
    "hundred": 100.0,  # "a hundred drones", "two hundred"
    "hundred thousand": 1e5, "hundred million": 1e8,  # "a hundred thousand households"
    "thousand": 1e3, "k": 1e3, "tys": 1e3,
    "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,  # South Asian outlets: "More than 1.5 lakh people"
    "million": 1e6, "millions": 1e6, "mn": 1e6, "mln": 1e6, "m": 1e6,
    "billion": 1e9, "billions": 1e9, "bn": 1e9, "bln": 1e9, "b": 1e9,
    "trillion": 1e12, "tn": 1e12,
}
_CURRENCY_SYMBOLS = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "₴": "UAH"}
_CURRENCY_WORDS = {
    "usd": "USD", "dollars": "USD", "dollar": "USD", "us dollars": "USD", "u.s. dollars": "USD", "american dollars": "USD",
    "eur": "EUR", "euros": "EUR", "euro": "EUR",
    "gbp": "GBP", "pounds": "GBP",
    "uah": "UAH", "hryvnias": "UAH", "hryvnia": "UAH", "hryvnas": "UAH", "hryvnyas": "UAH",
    "ukrainian hryvnias": "UAH", "ukrainian hryvnia": "UAH",
}
_POWER = {"gw": 1000.0, "gigawatts": 1000.0, "gigawatt": 1000.0,
          "mw": 1.0, "megawatts": 1.0, "megawatt": 1.0,
          "kw": 0.001, "kilowatts": 0.001, "kilowatt": 0.001}
_PERCENT_WORDS = ("%", "percent", "per cent", "pct", "per-cent", "відсотків")
_PC = re.compile(r"pc(?![a-z])")  # British and Indian papers' "about 40 pc" (not "40 pcs", pieces)
_HOURS_PER_DAY = ("hours a day", "hours per day", "hours/day", "hours each day", "hours every day", "hours daily",
                  "hrs a day", "h a day", "h/day", "hours a day)", "hours of the day",
                  "hours out of 24")
_HOURS = ("hours", "hour", "hrs", "h")

# Fractions are shares: "two-thirds" of something is 66.67 percent.
_FRACTIONS = {
    "half": 50.0, "one half": 50.0, "a half": 50.0, "halved": 50.0,  # "strikes that have halved the power capacity"
    "a third": 100 / 3, "one third": 100 / 3, "one-third": 100 / 3,
    "two thirds": 200 / 3, "two-thirds": 200 / 3, "two third": 200 / 3, "two-third": 200 / 3,  # "More than two third of Kyiv"
    "a quarter": 25.0, "one quarter": 25.0, "one-quarter": 25.0,
    "a fourth": 25.0, "one fourth": 25.0, "one-fourth": 25.0, "three fourths": 75.0, "three-fourths": 75.0,
    "three quarters": 75.0, "three-quarters": 75.0,
    "a fifth": 20.0, "one fifth": 20.0, "one-fifth": 20.0,
    "a sixth": 100 / 6, "one sixth": 100 / 6, "one-sixth": 100 / 6,  # "around one-sixth of Ukraine's capacity"
    "a tenth": 10.0, "one tenth": 10.0, "one-tenth": 10.0,
}
# Vague plurals are lower bounds: "dozens" means at least 12.
VAGUE_PLURALS = {"tens": 10.0, "dozens": 12.0, "scores": 20.0, "hundreds": 100.0, "thousands": 1000.0,
                  "tens of thousands": 10_000.0, "hundreds of thousands": 100_000.0,
                  "tens of millions": 10_000_000.0, "hundreds of millions": 100_000_000.0,
                  "tens of billions": 10_000_000_000.0, "hundreds of billions": 100_000_000_000.0,
                  "millions": 1_000_000.0, "billions": 1_000_000_000.0,
                  # "several hundred thousand households": a lower bound like "hundreds of thousands"
                  **{f"{some} {scale}": _SCALES[scale] for some in ("several", "a few")
                     for scale in ("dozen", "hundred", "thousand", "hundred thousand", "million", "billion")}}
_SMALL_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "a dozen": 12, "dozen": 12, "a hundred": 100,
    "one hundred": 100, "a thousand": 1000, "one thousand": 1000,
    "a million": 1_000_000, "one million": 1_000_000, "a billion": 1_000_000_000,
    "a quarter of a million": 250_000, "half a million": 500_000, "half a billion": 500_000_000,
}
# "thirty-five", "twenty one": tens and units, hyphenated or not.
_SMALL_NUMBERS.update({f"{tens}{joint}{unit}": _SMALL_NUMBERS[tens] + _SMALL_NUMBERS[unit]
                       for tens in ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
                       for unit in ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
                       for joint in ("-", " ")})
# Ordinals count events in a running series: "the ninth massive attack" is the 9th so far.
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20,
}

# Lookup orders and patterns derived once: parse_figure runs for every figure of every row.


def _grouped(items, key) -> dict:
    """Items grouped by `key(item)`, each group keeping the items' order."""
    groups: dict = {}
    for item in items:
        groups.setdefault(key(item), []).append(item)
    return groups


_QUALIFIERS_BY_FIRST = _grouped(_QUALIFIERS, lambda pair: pair[0][0])  # longest first within a group
_SYMBOLS_LONGEST_FIRST = sorted(_CURRENCY_SYMBOLS, key=len, reverse=True)
# Word phrases by their first word, longest first: a phrase can only match a text with that first word.
_VAGUE_BY_FIRST_WORD = _grouped(sorted(VAGUE_PLURALS, key=len, reverse=True), lambda p: p.split(" ", 1)[0])
_SMALL_BY_FIRST_WORD = _grouped(sorted(_SMALL_NUMBERS, key=len, reverse=True), lambda p: p.split(" ", 1)[0])
# The first currency word (longest first) that the tail starts with as a whole word.
_CURRENCY_WORD = re.compile(
    r"^(?:" + "|".join(re.escape(w) for w in sorted(_CURRENCY_WORDS, key=len, reverse=True)) + r")\b")
_CURRENCY_CODE = re.compile(r"^(usd|eur|uah|gbp)\s*(?=\d)")
_SCALE = re.compile(r"^(hundred (?:thousand|million)|dozen|hundred|thousand|millions?|billions?|trillion|mln|mn|bln|bn|tn"
                    r"|lakhs?|crores?"
                    r"|tys|k|m|b)\b\.?")
_POWER_UNIT = re.compile(r"^(gigawatts?|megawatts?|kilowatts?|gw|mw|kw)\b")
# What "hours of … a day" can be hours of (the extractor reads the same forms)
OUTAGE_NOUNS = r"blackouts?|outages?|power\s+cuts?|darkness|shutdowns?|restrictions?"
# "20 hours a day", "20 hours of blackouts a day", "four hours or more a day"
_HOURS_A_DAY = re.compile(rf"^(hours?|hrs|h)(?: of (?:[a-z-]+ ){{0,2}}?(?:{OUTAGE_NOUNS})| or (?:more|longer)"
                          r"| without (?:power|electricity|light))?"
                          r" (?:in )?(a|per|each|every) day\b")  # "more than 15 hours without power per day", "10 hours in a day"
_HOURS_UNIT = re.compile(r"^(hours?|hrs|h)\b")
# A word between a number and "hours" that leaves them an outage's length ("for 11 tense hours", "48 consecutive
# hours"); the extractor reads the same words
HOUR_ADJECTIVES = r"straight|consecutive|continuous|long|full|whole|tense|agoni[sz]ing"
_HOUR_ADJECTIVE = re.compile(rf"^(?:{HOUR_ADJECTIVES}) (?=(?:hours?|hrs|h)\b)")
_DAYS_UNIT = re.compile(r"^days?\b")
_WEEKS_UNIT = re.compile(r"^weeks?\b")
_OF_TAIL = re.compile(r"\s+of\b.*$")
_ORDINAL = re.compile(r"(?:the )?(\d+)(?:st|nd|rd|th)|(?:the )?([a-z]+)")
_SPACED_THOUSANDS = re.compile(r"\d{1,3}(?: \d{3})+(?:[.,]\d+)?")
_COMMA_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
# South Asian grouping (lakh, crore): "3,50,000" is 350,000 and "1,20,00,000" is 12 million; no other reading
LAKH_GROUPED = r"\d{1,2}(?:,\d\d)+,\d{3}(?:\.\d+)?"  # the extractor's number pattern reads the same form
_LAKH_GROUPS = re.compile(LAKH_GROUPED)
_DOT_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?")
_DECIMAL_COMMA = re.compile(r"\d+,\d+")
_PLAIN_DECIMAL = re.compile(r"\d+(?:\.\d+)?")

_NUMBER = r"\d+(?:[ \u00a0\u202f,.]\d+)*"
_RANGE = re.compile(
    rf"^(?:between|from)?\s*(?P<a>{_NUMBER})\s*(?P<ua>%|per ?cent|gw|mw)?\s*"
    rf"(?:-|–|—|to|and)\s*(?P<b>{_NUMBER})(?P<rest>.*)$"
)
_LEADING_NUMBER = re.compile(rf"^(?P<num>{_NUMBER})(?P<rest>.*)$")


class FigureError(ValueError):
    """A figure that cannot be read; the message says what was expected."""


@dataclass(frozen=True)
class Quantity:
    value: float
    low: float | None
    high: float | None
    unit: str
    qualifier: str


def parse_number(text: str) -> float:
    """Read '1,500,000', '1 500 000', '3,50,000' (lakh grouping), '4.5', '4,5' (decimal comma) or '9.2' as a float."""
    raw = text.strip().replace("\u00a0", " ").replace("\u202f", " ")
    if raw.isascii() and raw.isdigit():  # the common case; none of the forms below but the last
        return float(raw)
    if _SPACED_THOUSANDS.fullmatch(raw):
        raw = raw.replace(" ", "")
    if _COMMA_THOUSANDS.fullmatch(raw) or _LAKH_GROUPS.fullmatch(raw):
        return float(raw.replace(",", ""))
    if _DOT_THOUSANDS.fullmatch(raw):  # 1.500.000 (continental)
        return float(raw.replace(".", "").replace(",", "."))
    if _DECIMAL_COMMA.fullmatch(raw):  # decimal comma: "4,5" (but "1,500" is a thousand)
        whole, frac = raw.split(",")
        if len(frac) == 3 and whole != "0":
            return float(whole + frac)
        return float(f"{whole}.{frac}")
    if _PLAIN_DECIMAL.fullmatch(raw):
        return float(raw)
    raise FigureError(f"cannot read the number '{text}'")


def split_qualifier(text: str) -> tuple[str, str]:
    """Return (qualifier kind, rest) for a leading hedge such as 'more than' or 'about'."""
    lowered = text.lower()
    for phrase, kind in _QUALIFIERS_BY_FIRST.get(lowered[:1], ()):
        if lowered.startswith(phrase) and (
            not phrase[-1].isalpha() or len(lowered) == len(phrase) or not lowered[len(phrase)].isalpha()
        ):
            return kind, text[len(phrase):].strip()
    return "exact", text.strip()


@lru_cache(maxsize=65536)  # pure and repeated across rows: "40%" is parsed once
def parse_figure(text: str) -> Quantity:
    """Parse one figure as written into a `Quantity` with canonical unit and bounds."""
    if text is None or not str(text).strip():
        raise FigureError("figure is empty; expected a number as written, e.g. '40%' or 'over $10 billion'")
    cleaned = _clean(str(text))
    qualifier, rest = split_qualifier(cleaned)
    if rest.lower() in _BARE_FRACTIONS and cleaned.lower().startswith("an "):
        rest = "a " + rest  # "an estimated third": the article is the fraction's, not an ordinal "third"
    currency, rest = _take_currency_prefix(rest)
    leading_word = _WORD_LEADS_COMPOUND.match(rest)
    leading_value = _SMALL_NUMBERS.get(leading_word["word"].lower()) if leading_word else None
    if leading_word and leading_value is not None and leading_value < 1000:  # "one billion and 200 million" → "1 billion and 200 million"
        rest = f"{leading_value:g}{rest[leading_word.end():]}"
    word_range = _word_range(rest, currency, cleaned)
    if word_range is not None:
        return word_range
    words = _parse_word_number(rest)
    if words is not None:
        value, unit, vague = words
        if vague and qualifier == "exact":
            qualifier = "at_least"
        return with_bounds(value, unit, qualifier)
    ranged = _RANGE.match(rest.lower())
    if ranged:
        low = parse_number(ranged["a"])
        high = parse_number(ranged["b"])
        unit, factor = _read_unit(ranged["rest"], currency, original=cleaned)
        if ranged["ua"] and unit == COUNT:
            unit, factor = _read_unit(ranged["ua"], currency, original=cleaned)
        if low > high:
            raise FigureError(f"range '{text}' runs backwards; expected low-high such as '30-40%'")
        return _range(low, high, unit, factor)
    number = _LEADING_NUMBER.match(rest)
    if not number:
        raise FigureError(
            f"no number in figure '{text}'; expected e.g. '40%', 'more than 4.5 million', "
            "'9.2 GW', 'over $10 billion', 'two-thirds'"
        )
    share = _SLASH_SHARE.fullmatch(rest)
    if share and int(share[1]) < int(share[2]):  # "1/3", "2/3" of something: a share, not the count 1
        return with_bounds(100 * int(share[1]) / int(share[2]), PERCENT, qualifier)
    value = parse_number(number["num"])
    after = number["rest"]
    compound = _COMPOUND_SCALES.match(after.lower())
    if compound:  # "7 billion 168 million hryvnias": the parts add up
        value = value * _SCALES[compound["big"]] + parse_number(compound["part"]) * _SCALES[compound["small"]]
        after = after[compound.end():]
    if after.startswith("+"):  # "24+ hours", "70+ missiles": at least
        after = after[1:]
        qualifier = "at_least" if qualifier == "exact" else qualifier
    unit, factor = _read_unit(after, currency, original=cleaned)
    minutes = _AND_MINUTES.match(after.lower()) if unit == HOURS else None
    if minutes:  # "approximately 14 hours and 30 minutes": 14.5 hours
        value += int(minutes["minutes"]) / 60
    return with_bounds(value * factor, unit, qualifier)


# " and 30 minutes" after hours (the extractor reads the same form, so a figure it proposes parses here)
AND_MINUTES = r"\s+(?:and\s+)?(?P<minutes>[1-5]?\d)\s+(?:minutes|mins?)\b"
_AND_MINUTES = re.compile(r"\s*(?:hours?|hrs|h)" + AND_MINUTES)
_BARE_FRACTIONS = frozenset({"third", "quarter", "fifth", "half"})
SLASH_SHARE = r"([1-9])\s?/\s?([2-9]|10)"  # "1/3", "2/3": a share (the extractor reads the same form)
_SLASH_SHARE = re.compile(SLASH_SHARE)
# "7 billion 168 million hryvnias", "1 billion and 200 million euros"
_COMPOUND_SCALES = re.compile(r"\s*(?P<big>billion|million)\s+(?:and\s+)?(?P<part>\d{1,3})\s+(?P<small>million|thousand)\b")
# "one billion and 200 million euros": a word number leading a compound sum, read as its digits
_WORD_LEADS_COMPOUND = re.compile(r"(?P<word>[a-z]+)(?=\s+(?:billion|million)\s+(?:and\s+)?\d{1,3}\s+(?:million|thousand)\b)",
                                  re.IGNORECASE)


def _range(low: float, high: float, unit: str, factor: float) -> Quantity:
    """A range's bounds in the unit, with the midpoint as its value."""
    low, high = low * factor, high * factor
    return Quantity(value=(low + high) / 2, low=low, high=high, unit=unit, qualifier="range")


def _word_range(text: str, currency: str | None, original: str) -> Quantity | None:
    """'eight to fourteen hours a day', 'five-six hours': a range written in words (None if not one)."""
    if not text[:1].isalpha():
        return None  # the common case, a figure in digits
    match = _WORD_RANGE.match(fold(text))
    if not match or match["a"] not in _SMALL_NUMBERS or match["b"] not in _SMALL_NUMBERS:
        return None
    low, high = float(_SMALL_NUMBERS[match["a"]]), float(_SMALL_NUMBERS[match["b"]])
    if low >= high:
        return None  # "one to one", "ten to two": no range
    return _range(low, high, *_read_unit(match["rest"], currency, original=original))


_WORD_RANGE = re.compile(r"(?P<a>[a-z]+)\s*(?:to|-|–|—)\s*(?P<b>[a-z]+)\b(?P<rest>.*)")


def _clean(text: str) -> str:
    cleaned = " ".join(text.split()).strip(" .;:")  # every white space (no-break ones too) as one space
    if "-" in cleaned:  # "400-million euro", "12-hour" as adjectives
        cleaned = _HYPHENATED_SCALE.sub(" ", cleaned)
    return cleaned


_HYPHENATED_SCALE = re.compile(r"(?<=\d)-(?=(?:thousand|million|billion|trillion|hours?)\b)", re.IGNORECASE)


def _take_currency_prefix(text: str) -> tuple[str | None, str]:
    lowered = text.lower()
    for symbol in _SYMBOLS_LONGEST_FIRST:
        if lowered.startswith(symbol):
            return _CURRENCY_SYMBOLS[symbol], text[len(symbol):].strip()
    match = _CURRENCY_CODE.match(lowered)
    if match:
        return match[1].upper(), text[match.end():].strip()
    return None, text


def _parse_word_number(text: str) -> tuple[float, str, bool] | None:
    """Fractions, vague plurals and small word numbers: (value, unit, is_vague) or None."""
    key = fold(text)
    if "0" <= key[:1] <= "9":  # every phrase below starts with a letter; only "3rd" can match
        ordinal = _ORDINAL.fullmatch(key)
        return (float(ordinal[1]), COUNT, False) if ordinal and ordinal[1] else None
    spaced = key.replace("-", " ")  # "half-a-million"
    for phrase in ("a quarter of a million", "half a million", "half a billion"):
        if spaced == phrase or spaced.startswith(phrase + " "):
            return float(_SMALL_NUMBERS[phrase]), COUNT, False
    fraction = _OF_TAIL.sub("", key)  # "two-thirds of the grid" -> "two-thirds"
    if fraction in _FRACTIONS:
        return _FRACTIONS[fraction], PERCENT, False
    first_word = key.split(" ", 1)[0]
    for phrase in _VAGUE_BY_FIRST_WORD.get(first_word, ()):
        if key == phrase or key.startswith(phrase + " "):
            tail = key[len(phrase):].strip().removeprefix("of ").strip()
            money = _CURRENCY_WORD.match(tail)
            if money:
                return VAGUE_PLURALS[phrase], _CURRENCY_WORDS[money.group()], True
            power = _POWER_UNIT.match(tail)  # "thousands of megawatts": at least a thousand MW
            if power:
                return VAGUE_PLURALS[phrase] * _POWER[power.group(1)], MW, True
            return VAGUE_PLURALS[phrase], COUNT, True
    ordinal = _ORDINAL.fullmatch(key)
    if ordinal and (ordinal[1] or ordinal[2] in _ORDINALS):
        return float(ordinal[1] or _ORDINALS[ordinal[2]]), COUNT, False
    for phrase in _SMALL_BY_FIRST_WORD.get(first_word, ()):
        if key == phrase or key.startswith(phrase + " "):
            value, tail = _hundreds_and(_SMALL_NUMBERS[phrase], key[len(phrase):].strip())  # "three hundred and twenty-six"
            half = 0.5 if tail == "and a half" or tail.startswith("and a half ") else 0.0  # "three and a half hours"
            unit, factor = _read_unit(tail.removeprefix("and a half").strip() if half else tail, None, original=text)
            if half and value >= 100:  # "a million and a half people": half of the scale word, not 0.5
                return value * 1.5 * factor, unit, False
            return (value + half) * factor, unit, False
    return None


def _hundreds_and(value: int, tail: str) -> tuple[int, str]:
    """'three' + 'hundred and twenty-six apartments' -> (326, 'apartments'), 'one hundred' + 'and fifty-one miners'
    -> (151, 'miners'); otherwise unchanged."""
    if value == 100 and tail.startswith("and "):
        hundreds, rest = 1, tail.removeprefix("and ")
    elif value < 10 and tail.startswith("hundred "):
        hundreds, rest = value, tail.removeprefix("hundred ").removeprefix("and ")
    else:
        return value, tail
    words = rest.replace("-", " ").split(" ")
    for size in (2, 1):  # "twenty six" before "twenty"
        phrase = " ".join(words[:size])
        if len(words) >= size and _SMALL_NUMBERS.get(phrase, 100) < 100:
            return hundreds * 100 + _SMALL_NUMBERS[phrase], " ".join(words[size:])
    return value, tail


def _read_unit(rest: str, currency: str | None, original: str) -> tuple[str, float]:
    """Read scale words and unit after the number: returns (unit, multiplier)."""
    tail = rest.strip().lower()
    if not tail:  # nothing after the number: none of the units below
        return currency or COUNT, 1.0
    factor = 1.0
    scale = _SCALE.match(tail)
    if scale:
        factor = _SCALES[scale[1]]
        tail = tail[scale.end():].strip()
    if currency is None:
        word = _CURRENCY_WORD.match(tail)
        if word:
            currency = _CURRENCY_WORDS[word.group()]
    if currency:
        return currency, factor
    if tail.startswith(_PERCENT_WORDS) or _PC.match(tail):
        if factor != 1.0:
            raise FigureError(f"figure '{original}' mixes a scale word with a percentage")
        return PERCENT, 1.0
    power = _POWER_UNIT.match(tail)
    if power:
        return MW, factor * _POWER[power[1]]
    tail = _HOUR_ADJECTIVE.sub("", tail, count=1)
    if tail.startswith(_HOURS_PER_DAY) or _HOURS_A_DAY.match(tail):
        return HOURS_PER_DAY, factor
    if _HOURS_UNIT.match(tail):
        return HOURS, factor
    if _DAYS_UNIT.match(tail):  # "without piped water for four days": an outage's length, in hours
        return HOURS, factor * 24
    if _WEEKS_UNIT.match(tail):  # "without gas, water, or electricity for nearly three weeks"
        return HOURS, factor * 168
    return COUNT, factor


def with_bounds(value: float, unit: str, qualifier: str) -> Quantity:
    """The low/best/high model: which bounds a qualifier fixes (exact both, approx none)."""
    if not math.isfinite(value):
        raise FigureError(f"figure value {value} is not a finite number")
    low = high = None
    if qualifier == "exact":
        low = high = value
    elif qualifier in ("at_least", "more_than"):
        low = value
    elif qualifier in ("nearly", "up_to", "less_than"):
        high = value
    return Quantity(value=value, low=low, high=high, unit=unit, qualifier=qualifier)
