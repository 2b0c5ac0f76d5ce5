"""Checks on the bundled data itself (datasets/raw): citations, coverage, acceptance."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pandas as pd
import pytest

from etl import paths
from etl.coverage import coverage
from etl.pipeline import run
from etl.reports import REQUIRED_COLUMNS, figure_in_quote
from tests.conftest import TODAY

README = paths.ROOT / "README.md"


def _report_rows() -> list[tuple[str, int, dict]]:
    rows = []
    for path in sorted(paths.REPORTS_DIR.glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as f:
            for number, row in enumerate(csv.DictReader(f), start=2):
                rows.append((path.name, number, row))
    return rows


ROWS = _report_rows()


@pytest.fixture(scope="module")
def bundled_output(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("bundled")
    run(paths.RAW, out, today=TODAY)
    return out


def test_every_file_has_the_input_columns():
    for path in paths.REPORTS_DIR.glob("*.csv"):
        header = path.read_text(encoding="utf-8").splitlines()[0].split(",")
        assert set(REQUIRED_COLUMNS) <= set(header), path


def test_every_figure_occurs_in_its_quote():
    missing = [(f, n, r["figure"]) for f, n, r in ROWS if not figure_in_quote(r["figure"], r["quote"])]
    assert not missing


def test_every_url_is_http():
    assert all(re.match(r"^https?://\S+$", r["url"]) for _, _, r in ROWS)


def test_no_duplicate_rows():
    keys = [tuple(r[c] for c in ("url", "quote", "figure", "place", "period", "metric", "measure")) for _, _, r in ROWS]
    assert len(keys) == len(set(keys))


def test_no_invented_placeholders():
    for _, _, row in ROWS:
        assert "example.org" not in row["url"] and "lorem" not in row["quote"].lower()


def test_etl_accepts_at_least_95_percent(bundled_output):
    stats = coverage(bundled_output)
    assert stats["accepted"] / stats["report_rows"] >= 0.95
    assert stats["accepted"] + stats["rejected"] == stats["report_rows"] == len(ROWS)


def test_coverage_targets(bundled_output):
    stats = coverage(bundled_output)
    assert stats["figures"] >= 120
    assert stats["sources"] >= 40
    assert len(stats["first_level_units"]) >= 12
    assert {2022, 2023, 2024, 2025} <= set(stats["years"])
    assert {"energy_facilities_damaged_share", "generation_capacity_lost", "people_without_power",
            "consumers_without_power", "outage_hours_per_day", "missiles_launched", "drones_launched",
            "damage_cost"} <= set(stats["metrics"])
    assert stats["contested_groups"] >= 5


def test_contested_cases_are_kept_side_by_side(bundled_output):
    figures = pd.read_parquet(bundled_output / paths.FIGURES_PARQUET)
    share_2022 = figures[(figures["metric"] == "energy_facilities_damaged_share") & (figures["geo_code"] == "UA")
                         & (figures["period_end"].dt.year == 2022)]
    assert {30.0, 40.0, 50.0} <= set(share_2022["value"])
    gw_2024 = figures[(figures["metric"] == "generation_capacity_lost") & (figures["period_end"].dt.year == 2024)]
    assert {8000.0, 9000.0, 9200.0} <= set(gw_2024["value"])
    assert "military" in set(figures["claimant_type"])
    assert (figures["claimant_country"] == "RU").any()


def test_readme_lists_every_reject(bundled_output):
    rejects = pd.read_csv(bundled_output / paths.REJECTS_CSV)
    text = README.read_text(encoding="utf-8")
    for _, reject in rejects[rejects["source_file"].str.startswith("reports/")].iterrows():
        assert f"{reject['source_file']}, row {reject['source_row']}" in text, reject["reason"]


def test_alert_logs_carry_provenance():
    notes = (paths.ALERTS_DIR / "SOURCES.md").read_text(encoding="utf-8")
    for path in paths.ALERTS_DIR.glob("*.csv"):
        assert path.name.split("_en_")[0] in notes or path.name in notes
    assert (paths.ALERTS_DIR / "LICENSE-alerts.txt").exists()
