"""Read the reports-CSV input format and normalize each row into a figure or a reject.

Input columns (UTF-8, header required): see `REQUIRED_COLUMNS` and `OPTIONAL_COLUMNS`.
`read_reports_file` breaks only on a broken contract (unreadable file, missing required
column) by raising `UnusableInput`; every row problem becomes a `Reject` naming the file,
row, field, what was expected and the closest match.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from etl.claimants import ClaimantRegistry, UnknownClaimant
from etl.errors import UnusableInput
from etl.metrics import Metric, Vocabulary
from etl.periods import Period, PeriodError, parse_period, parse_reported_on
from etl.places import Gazetteer, UnknownPlace
from etl.quantities import HOURS, HOURS_PER_DAY, PERCENT, FigureError, parse_figure
from etl.text import looks_like_formula

REQUIRED_COLUMNS = ("reported_on", "publisher", "url", "claimant", "place", "period",
                    "measure", "figure", "quote")
OPTIONAL_COLUMNS = ("metric", "status", "notes")
# A claim's status as the reports CSV may give it (the output schema, `etl.schema`, checks the same list)
STATUSES = ("reported", "confirmed", "disputed", "denied", "retracted", "corrected")
MAX_FIELD_CHARS = 20_000
_HTTP_URL = re.compile(r"^https?://[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?$", re.IGNORECASE)
# Units a figure may be written in for a metric of the given canonical unit.
_COMPATIBLE_UNITS = {HOURS_PER_DAY: {HOURS_PER_DAY, HOURS}}


@dataclass(frozen=True)
class RawRow:
    source_file: str
    source_row: int  # spreadsheet row number: the header is row 1
    fields: dict[str, str]
    error: str = ""  # set when the CSV record itself is malformed


@dataclass(frozen=True)
class Reject:
    source_file: str
    source_row: int
    field: str
    value: str
    reason: str
    closest: str = ""
    score: float | None = None


@dataclass
class FileReading:
    rows: list[RawRow]
    extra_columns: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Context:
    """Everything a row needs to be normalized; immutable and shared by all rows."""

    gazetteer: Gazetteer
    claimants: ClaimantRegistry
    vocabulary: Vocabulary
    today: date


def read_reports_file(path: Path, label: str) -> FileReading:
    """Read one reports CSV into raw rows; `label` is how the file is named in outputs."""
    try:
        data = path.read_bytes()
    except OSError as err:
        raise UnusableInput(f"{label}: cannot read file ({err.strerror})") from None
    text = _decode(data, label)
    if not text.strip():
        return FileReading(rows=[], warnings=[f"{label}: file is empty; no rows read"])
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = [h.strip() for h in next(reader)]
    except csv.Error as err:
        raise UnusableInput(f"{label}, row 1: the header cannot be read as CSV ({err})") from None
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        raise UnusableInput(
            f"{label}, row 1: missing required column(s) {', '.join(missing)}; "
            f"the header must contain {', '.join(REQUIRED_COLUMNS)}"
        )
    duplicated = sorted({h for h in header if header.count(h) > 1})
    if duplicated:
        raise UnusableInput(f"{label}, row 1: column(s) {', '.join(duplicated)} appear more than once")
    known = set(REQUIRED_COLUMNS) | set(OPTIONAL_COLUMNS)
    extra = [h for h in header if h not in known]
    reading = FileReading(rows=list(_records(reader, header, label)), extra_columns=extra)
    if extra:
        reading.warnings.append(f"{label}: unknown column(s) kept out of the outputs: {', '.join(extra)}")
    return reading


def _decode(data: bytes, label: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        raise UnusableInput(
            f"{label}, line {line}: not UTF-8 (byte 0x{data[err.start]:02x} at offset {err.start}); "
            "save the file as UTF-8"
        ) from None


def _records(reader, header: list[str], label: str) -> Iterator[RawRow]:
    row_number = 1
    while True:
        row_number += 1
        try:
            values = next(reader)
        except StopIteration:
            return
        except csv.Error as err:
            yield RawRow(label, row_number, {}, error=f"malformed CSV record ({err})")
            continue
        if not "".join(values).strip():
            row_number -= 1  # blank lines are not rows
            continue
        if len(values) != len(header):
            yield RawRow(label, row_number, dict(zip(header, values, strict=False)),
                         error=f"has {len(values)} fields, the header has {len(header)}; check quoting")
            continue
        yield RawRow(label, row_number, dict(zip(header, map(str.strip, values), strict=True)))


def figure_id(fields: dict[str, str]) -> str:
    """Stable id from the row's content (not its position): same claim, same id."""
    key = "\x1f".join(fields.get(c, "") for c in ("url", "quote", "figure", "place", "period", "metric", "measure", "claimant"))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


class _RowProblem(Exception):
    """One field of one row is wrong: becomes a `Reject` (internal to this module)."""

    def __init__(self, field_name: str, reason: str, closest: str = "", score: float | None = None):
        super().__init__(reason)
        self.field_name, self.reason, self.closest, self.score = field_name, reason, closest, score


_CHECKED_FOR_FORMULAS = ("figure", "place", "claimant", "url", "publisher", "metric", "period")
_RISKY_FIRST_CHARS = frozenset("=+-@\t\r| \"'")


def normalize_row(raw: RawRow, ctx: Context) -> dict | Reject:
    """One input row → one figure (a dict of output columns) or one reject."""
    try:
        if raw.error:
            raise _RowProblem("(row)", raw.error)
        return _normalize(raw, ctx)
    except _RowProblem as problem:
        value = raw.fields.get(problem.field_name, "")
        return Reject(raw.source_file, raw.source_row, problem.field_name, value[:200],
                      f"{raw.source_file}, row {raw.source_row}, {problem.field_name}: {problem.reason}",
                      problem.closest, problem.score)


def _normalize(raw: RawRow, ctx: Context) -> dict:
    f = raw.fields
    _check_cells(f)
    status = (f.get("status") or "reported").lower()
    if status not in STATUSES:
        raise _RowProblem("status", f"expected one of {', '.join(STATUSES)}")
    period = _period(f, ctx.today)
    metric, metric_match = _metric_for(f, ctx.vocabulary)
    quantity, unit, metric, metric_match = _quantity(f, metric, metric_match, ctx.vocabulary)
    place = ctx.gazetteer.resolve(f["place"])
    if isinstance(place, UnknownPlace):
        raise _RowProblem("place", place.reason.split("; add")[0] if place.closest else place.reason,
                          place.closest, place.score)
    claimant = ctx.claimants.resolve(f.get("claimant"))
    if isinstance(claimant, UnknownClaimant):
        raise _RowProblem("claimant", claimant.reason, claimant.closest, claimant.score)
    return {
        "figure_id": figure_id(f),
        "metric": metric.id,
        "value": quantity.value,
        "value_low": quantity.low,
        "value_high": quantity.high,
        "unit": unit,
        "qualifier": quantity.qualifier,
        "geo_code": place.geo_code,
        "geo_level": place.geo_level,
        "geo_name": place.geo_name,
        "lat": place.lat,
        "lon": place.lon,
        "period_start": period.start,
        "period_end": period.end,
        "period_precision": period.precision,
        "period_relative": period.relative,
        "reported_on": f.get("reported_on") or None,
        "claimant": claimant.name,
        "claimant_written": f.get("claimant") or None,
        "claimant_type": claimant.type,
        "claimant_country": claimant.country or None,
        "status": status,
        "publisher": f.get("publisher") or None,
        "url": f["url"],
        "quote": f["quote"],
        "figure_text": f["figure"],
        "measure": f.get("measure") or None,
        "place_written": f["place"],
        "period_written": f.get("period") or None,
        "notes": f.get("notes") or None,
        "source_file": raw.source_file,
        "source_row": raw.source_row,
        "place_match": place.method if place.method != "fuzzy" else f"fuzzy:{place.matched}:{place.score}",
        "metric_match": metric_match,
    }


def _check_cells(f: dict[str, str]) -> None:
    """Size limits, formula-like cells, required fields and the URL scheme."""
    for name, value in f.items():
        if len(value) > MAX_FIELD_CHARS:
            raise _RowProblem(name, f"longer than {MAX_FIELD_CHARS} characters")
    for name in _CHECKED_FOR_FORMULAS:
        value = f.get(name, "")
        if value and value[0] in _RISKY_FIRST_CHARS and looks_like_formula(value):
            raise _RowProblem(name, f"formula-like cell '{value[:40]}'; a spreadsheet would run it")
    for name in ("url", "quote", "figure", "place"):
        if not f.get(name):
            raise _RowProblem(name, "is empty; every figure needs a url, quote, figure and place")
    if not _HTTP_URL.match(f["url"]):
        raise _RowProblem("url", "expected an http(s) address of the source page")


def _period(f: dict[str, str], today: date) -> Period:
    try:
        reported_on = parse_reported_on(f.get("reported_on"))
    except PeriodError as err:
        raise _RowProblem("reported_on", str(err)) from None
    if reported_on and reported_on.start > today:
        raise _RowProblem("reported_on", f"{f['reported_on']} is in the future (today is {today})")
    try:
        period = parse_period(f.get("period"), reported_on)
    except PeriodError as err:
        raise _RowProblem("period", str(err)) from None
    if period.start > today:
        raise _RowProblem("period", f"period starts in the future ({period.start}; today is {today})")
    return period


def _metric_for(f: dict[str, str], vocabulary: Vocabulary) -> tuple[Metric, str]:
    metric_id, how = _metric(f, vocabulary)
    if metric_id is None:
        if f.get("metric"):
            closest, score = vocabulary.closest_id(f["metric"])
            raise _RowProblem("metric", how, closest, score)
        raise _RowProblem("measure", how)
    return vocabulary[metric_id], how


def _quantity(f: dict[str, str], metric: Metric, metric_match: str, vocabulary: Vocabulary):
    """Parse the figure and check it fits the metric: (quantity, unit, metric, metric_match)."""
    try:
        quantity = parse_figure(f["figure"])
    except FigureError as err:
        raise _RowProblem("figure", str(err)) from None
    unit = quantity.unit
    if unit == PERCENT and metric.unit != PERCENT and metric.share_variant:
        # "80% of Lviv without power": the declared share sibling of people_without_power.
        metric_match = f"share_variant_of:{metric.id}"
        metric = vocabulary[metric.share_variant]
    if unit == metric.unit or unit in _COMPATIBLE_UNITS.get(metric.unit, ()):
        unit = metric.unit
    elif not (metric.unit == "USD" and len(unit) == 3 and unit.isupper()):  # other currencies stay as they are
        raise _RowProblem("figure", f"unit {unit} does not fit metric {metric.id}, which is measured in {metric.unit}")
    if unit == PERCENT and max(quantity.value, quantity.high or 0) > 100:
        raise _RowProblem("figure", f"a share above 100% ({quantity.value:g}) is impossible")
    if unit == HOURS_PER_DAY and quantity.value > 24:
        raise _RowProblem("figure", f"{quantity.value:g} hours a day is impossible")
    if not figure_in_quote(f["figure"], f["quote"]):
        raise _RowProblem("figure", "does not occur in the quote; copy the figure exactly as written there")
    return quantity, unit, metric, metric_match


def _metric(fields: dict[str, str], vocabulary: Vocabulary) -> tuple[str | None, str]:
    given = fields.get("metric", "")
    if given:
        if given in vocabulary:
            return given, "given"
        closest, score = vocabulary.closest_id(given)
        return None, f"unknown metric id '{given}'; closest: {closest} {score / 100:.2f}"
    return vocabulary.match_measure(fields.get("measure", ""))


def figure_in_quote(figure: str, quote: str) -> bool:
    """The figure as written occurs in the quote (case and runs of spaces aside)."""
    if figure in quote:
        return True

    def squash(text: str) -> str:
        return " ".join(text.replace("\u00a0", " ").split()).casefold()

    return squash(figure) in squash(quote)
