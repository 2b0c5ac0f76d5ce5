"""CSV for download, safe to open in a spreadsheet, written as a stream.

A text cell that a spreadsheet would evaluate as a formula — it starts with `=`, `+`, `-`,
`@`, tab, carriage return or `|`, also after leading spaces or quotes — is prefixed with
`'` (OWASP's advice on CSV injection). Numbers stay numbers: a float or int cell is written
as it is, and a text cell that is a plain number ("-5", "-4.5") is left alone.

`csv_chunks(header, rows)` takes rows of Python values; `csv_batch_chunks(header, batches)`
takes Arrow record batches (a database cursor's stream) and writes them with Arrow's CSV
writer, column by column, many times faster: the same rule (`neutralise`) decides, but only
for the text cells a regular expression picks as possible formulas.
"""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pa_csv

from etl.text import looks_like_formula

ROWS_PER_CHUNK = 2000


def neutralise(value: object) -> object:
    """The cell as it should be written: formula-like text gets a leading apostrophe."""
    if isinstance(value, str) and looks_like_formula(value):
        return "'" + value
    return value


def format_cell(value: object) -> object:
    """Plain CSV form of one cell: blanks for missing values, ISO dates, safe text."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return int(value)
    return neutralise(value)


def csv_chunks(header: Sequence[str], rows: Iterable[Sequence[object]]) -> Iterator[str]:
    """Yield the CSV text in chunks (header first) without holding all rows in memory."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")  # RFC 4180; also makes csv quote a lone CR
    writer.writerow([neutralise(h) for h in header])
    count = 0
    for row in rows:
        writer.writerow([format_cell(v) for v in row])
        count += 1
        if count % ROWS_PER_CHUNK == 0:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


# A cell can be formula-like only if it starts with a trigger, or with spaces or quotes before one
# (RE2 syntax, for Arrow): matching cells then get the exact test, `looks_like_formula`.
_MAY_TRIGGER = r"^[ \"']*[=+\-@\t\r|]"
_WRITE_OPTIONS = pa_csv.WriteOptions(include_header=False, quoting_style="needed", eol="\r\n")


def safe_text_column(column: pa.Array) -> pa.Array:
    """A string column with every formula-like cell prefixed with `'` (the rule of `neutralise`)."""
    candidates = pc.fill_null(pc.match_substring_regex(column, _MAY_TRIGGER), False)
    if not pc.any(candidates).as_py():
        return column
    found = pc.filter(column, candidates).to_pylist()
    fixed = [neutralise(value) for value in found]
    return pc.replace_with_mask(column, candidates, pa.array(fixed, column.type))


def _safe_column(column: pa.Array) -> pa.Array:
    kind = column.type
    if pa.types.is_dictionary(kind):
        return _safe_column(column.cast(pa.string()))
    if pa.types.is_string(kind) or pa.types.is_large_string(kind):
        return safe_text_column(column)
    if pa.types.is_floating(kind):  # NaN is written blank, like a missing value
        return pc.if_else(pc.is_nan(column), pa.scalar(None, kind), column)
    if pa.types.is_timestamp(kind) or pa.types.is_binary(kind):
        return pa.array([format_cell(v) for v in column.to_pylist()], pa.string())
    return column


def csv_batch_chunks(header: Sequence[str], batches: Iterable[pa.RecordBatch]) -> Iterator[bytes]:
    """Like `csv_chunks` (UTF-8 bytes, one chunk per batch, header first), for Arrow record batches:
    text is neutralised column by column and written by Arrow's CSV writer. Numbers are written
    as numbers (30, 1.5, -5), missing values and NaN blank, dates ISO, booleans true/false."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerow([neutralise(h) for h in header])
    yield buffer.getvalue().encode("utf-8")
    for batch in batches:
        if batch.num_rows == 0:
            continue
        safe = pa.RecordBatch.from_arrays([_safe_column(c) for c in batch.columns], names=batch.schema.names)
        out = io.BytesIO()
        pa_csv.write_csv(safe, out, _WRITE_OPTIONS)
        yield out.getvalue()
