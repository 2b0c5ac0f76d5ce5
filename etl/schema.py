"""The output schemas, declared once: every build is validated against them.

Column lists here are the contract with the dashboard, the API and anyone reading the
Parquet files. `validate(name, df)` raises `SchemaError` naming the table and column.
"""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa

from etl.claimants import CLAIMANT_TYPES
from etl.periods import PRECISIONS
from etl.quantities import QUALIFIER_KINDS
from etl.reports import STATUSES

GEO_LEVELS = ("country", "oblast", "city")
GEO_CODE_PATTERN = r"^[A-Z]{2}(-[0-9A-Z]{1,3})?$"


def _text(nullable: bool = False, **kwargs) -> pa.Column:
    return pa.Column(str, nullable=nullable, **kwargs)


def _number(nullable: bool = False, **kwargs) -> pa.Column:
    return pa.Column(float, nullable=nullable, **kwargs)


FIGURES = pa.DataFrameSchema(
    {
        "figure_id": _text(unique=True, checks=pa.Check.str_matches(r"^[0-9a-f]{16}$")),
        "metric": _text(),
        "value": _number(checks=pa.Check.ge(0)),
        "value_low": _number(nullable=True, checks=pa.Check.ge(0)),
        "value_high": _number(nullable=True, checks=pa.Check.ge(0)),
        "unit": _text(),
        "qualifier": _text(checks=pa.Check.isin(QUALIFIER_KINDS)),
        "geo_code": _text(checks=pa.Check.str_matches(GEO_CODE_PATTERN)),
        "geo_level": _text(checks=pa.Check.isin(GEO_LEVELS)),
        "geo_name": _text(),
        "lat": _number(nullable=True, checks=pa.Check.in_range(-90, 90)),
        "lon": _number(nullable=True, checks=pa.Check.in_range(-180, 180)),
        "period_start": pa.Column("datetime64[ms]"),
        "period_end": pa.Column("datetime64[ms]"),
        "period_precision": _text(checks=pa.Check.isin(PRECISIONS)),
        "period_relative": pa.Column(bool),
        "reported_on": _text(nullable=True, checks=pa.Check.str_matches(r"^\d{4}-\d{2}(-\d{2})?$")),
        "claimant": _text(),
        "claimant_written": _text(nullable=True),
        "claimant_type": _text(checks=pa.Check.isin(CLAIMANT_TYPES)),
        "claimant_country": _text(nullable=True),
        "status": _text(checks=pa.Check.isin(STATUSES)),
        "publisher": _text(nullable=True),
        "url": _text(checks=pa.Check.str_matches(r"^https?://")),
        "quote": _text(),
        "figure_text": _text(),
        "measure": _text(nullable=True),
        "place_written": _text(),
        "period_written": _text(nullable=True),
        "notes": _text(nullable=True),
        "source_file": _text(),
        "source_row": pa.Column(int, checks=pa.Check.ge(2)),
        "place_match": _text(),
        "metric_match": _text(),
    },
    checks=[
        pa.Check(lambda df: (df["period_start"] <= df["period_end"]).all(), error="period_start after period_end"),
        pa.Check(
            lambda df: ((df["value_low"].isna()) | (df["value_low"] <= df["value"])).all()
            & ((df["value_high"].isna()) | (df["value_high"] >= df["value"])).all(),
            error="bounds do not contain the value",
        ),
    ],
    strict=True,
    ordered=True,
    name="figures",
)

SERIES = pa.DataFrameSchema(
    {
        "metric": _text(),
        "metric_kind": _text(checks=pa.Check.isin(("level", "flow", "cumulative"))),
        "unit": _text(),
        "geo_code": _text(checks=pa.Check.str_matches(GEO_CODE_PATTERN)),
        "geo_level": _text(checks=pa.Check.isin(GEO_LEVELS)),
        "geo_name": _text(),
        "period_start": pa.Column("datetime64[ms]"),
        "period_end": pa.Column("datetime64[ms]"),
        "period_precision": _text(checks=pa.Check.isin(PRECISIONS)),
        "claimant": _text(),
        "claimant_type": _text(checks=pa.Check.isin(CLAIMANT_TYPES)),
        "value": _number(),
        "value_low": _number(nullable=True),
        "value_high": _number(nullable=True),
        "qualifier": _text(checks=pa.Check.isin(QUALIFIER_KINDS)),
        "n_reports": pa.Column(int, checks=pa.Check.ge(1)),
        "latest_reported_on": _text(nullable=True),
        "figure_ids": _text(),
        "n_claimants": pa.Column(int, checks=pa.Check.ge(1)),
        "contested": pa.Column(bool),
    },
    strict=True,
    ordered=True,
    name="series",
)

REJECTS = pa.DataFrameSchema(
    {
        "source_file": _text(),
        "source_row": pa.Column(int, checks=pa.Check.ge(1)),
        "field": _text(),
        "value": _text(nullable=True),
        "reason": _text(),
        "closest": _text(nullable=True),
        "score": _number(nullable=True),
    },
    strict=True,
    ordered=True,
    name="rejects",
)

ALERTS_DAILY = pa.DataFrameSchema(
    {
        "source": _text(),
        "geo_code": _text(checks=pa.Check.str_matches(GEO_CODE_PATTERN)),
        "geo_name": _text(),
        "date": pa.Column("datetime64[ms]"),
        "alerts": pa.Column(int, checks=pa.Check.ge(0)),
        "alerts_naive": pa.Column(int, checks=pa.Check.ge(0)),
        "hours_under_alert": _number(checks=pa.Check.in_range(0, 24)),
    },
    strict=True,
    ordered=True,
    unique=["source", "geo_code", "date"],
    name="alerts_daily",
)

SCHEMAS = {"figures": FIGURES, "series": SERIES, "rejects": REJECTS, "alerts_daily": ALERTS_DAILY}


def columns(name: str) -> list[str]:
    return list(SCHEMAS[name].columns)


def empty_frame(name: str) -> pd.DataFrame:
    """An empty table with the declared columns and dtypes."""
    schema = SCHEMAS[name]
    return pd.DataFrame({col: pd.Series(dtype=spec.dtype.type) for col, spec in schema.columns.items()})


def validate(name: str, frame: pd.DataFrame) -> pd.DataFrame:
    """Validate a table against its declared schema (all errors at once)."""
    return SCHEMAS[name].validate(frame, lazy=True)
