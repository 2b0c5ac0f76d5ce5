"""CSV for download, safe to open in a spreadsheet, written as a stream.

A text cell that a spreadsheet would evaluate as a formula — it starts with `=`, `+`, `-`,
`@`, tab, carriage return or `|`, also after leading spaces or quotes — is prefixed with
`'` (OWASP's advice on CSV injection). Numbers stay numbers: a float or int cell is written
as it is, and a text cell that is a plain number ("-5", "-4.5") is left alone.
"""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime

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
