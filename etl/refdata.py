"""Read the small reference CSV files (regions, aliases, cities, metrics, claimants)."""

from __future__ import annotations

import csv
from pathlib import Path

from etl.errors import UnusableInput


def read_csv_rows(path: Path, required: tuple[str, ...] = ()) -> list[dict]:
    """All rows as dicts; a missing file, column or a ragged row is an `UnusableInput`."""
    try:
        with path.open(encoding="utf-8", newline="") as f:
            reader = csv.DictReader(f)
            rows = list(reader)
            header = reader.fieldnames or []
    except (OSError, UnicodeDecodeError, csv.Error) as err:
        raise UnusableInput(f"{path}: cannot read reference file ({err})") from None
    missing = [c for c in required if c not in header]
    if missing:
        raise UnusableInput(f"{path}, row 1: missing column(s) {', '.join(missing)}")
    for number, row in enumerate(rows, start=2):
        if None in row or any(v is None for v in row.values()):
            raise UnusableInput(f"{path}, row {number}: wrong number of fields; quote values that contain commas")
    return rows
