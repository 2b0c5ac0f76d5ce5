"""End to end: `python -m etl run` on tests/fixtures/e2e (good and bad rows) and its outputs.

The fixture (see tests/fixtures/e2e/README.md) has 21 report rows — 9 good, 12 bad in
known ways — and an alert log with 7 rows, one with an unknown region.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from etl import paths
from etl.cli import main
from etl.pipeline import run
from etl.schema import columns, validate
from tests.conftest import E2E_RAW, TODAY

EXPECTED_REJECTS = {  # spreadsheet row -> field that is wrong
    12: "figure",  # 140% share
    13: "place",  # Kharkvi
    14: "url",  # ftp://
    15: "reported_on",  # 2099
    16: "claimant",  # =HYPERLINK(...)
    17: "(row)",  # one field too many
    18: "(row)",  # duplicate of row 2
    19: "claimant",  # unknown claimant
    20: "figure",  # figure not in quote
    21: "measure",  # no metric
    22: "figure",  # GW for a percent metric
}


def test_conservation_rows_in_equal_accepted_plus_rejected(e2e_output):
    manifest = json.loads((e2e_output / paths.MANIFEST_JSON).read_text())
    for item in manifest["inputs"]:
        assert item["rows_in"] == item["accepted"] + item["rejected"], item
    reports = next(i for i in manifest["inputs"] if i["kind"] == "reports")
    assert (reports["rows_in"], reports["accepted"], reports["rejected"]) == (21, 10, 11)
    figures = pd.read_parquet(e2e_output / paths.FIGURES_PARQUET)
    rejects = pd.read_csv(e2e_output / paths.REJECTS_CSV)
    assert len(figures) == reports["accepted"]
    assert len(rejects) == manifest["totals"]["rejected"]


def test_rejects_name_file_row_field_and_reason(e2e_output):
    rejects = pd.read_csv(e2e_output / paths.REJECTS_CSV)
    reports = rejects[rejects["source_file"] == "reports/reports.csv"]
    assert dict(zip(reports["source_row"], reports["field"], strict=True)) == EXPECTED_REJECTS
    for reason in reports["reason"]:
        assert reason.startswith("reports/reports.csv, row ")
    place = reports[reports["field"] == "place"].iloc[0]
    assert "closest: Kharkiv (UA-63)" in place["reason"] and place["score"] > 80
    alert = rejects[rejects["source_file"] == "alerts/alerts_volunteer.csv"].iloc[0]
    assert alert["field"] == "region" and "Atlantis oblast" in alert["reason"]


def test_figures_are_normalized(e2e_output):
    figures = pd.read_parquet(e2e_output / paths.FIGURES_PARQUET).set_index("source_row")
    origin = figures.loc[2]
    assert (origin["metric"], origin["value"], origin["unit"], origin["geo_code"]) == (
        "energy_facilities_damaged_share", 40.0, "percent", "UA")
    assert origin["claimant_type"] == "government" and origin["metric_match"] == "synonym"
    kharkiv = figures.loc[5]
    assert (kharkiv["geo_code"], kharkiv["geo_level"], kharkiv["qualifier"]) == ("UA-63", "city", "more_than")
    assert kharkiv["value_low"] == 4_500_000 and pd.isna(kharkiv["value_high"])
    assert kharkiv["lat"] == pytest.approx(49.98, abs=0.05)
    gw = figures.loc[7]
    assert (gw["value"], gw["unit"], gw["geo_code"]) == (9200.0, "MW", "UA")
    since = figures.loc[10]
    assert str(since["period_start"].date()) == "2022-02-24" and since["period_precision"] == "open"
    assert since["unit"] == "USD" and since["value"] == 1e10
    assert figures.loc[11, "status"] == "disputed"
    validate("figures", pd.read_parquet(e2e_output / paths.FIGURES_PARQUET))


def test_series_keeps_contested_figures_side_by_side(e2e_output):
    series = pd.read_parquet(e2e_output / paths.SERIES_PARQUET)
    share = series[(series["metric"] == "energy_facilities_damaged_share") & (series["geo_code"] == "UA")]
    assert sorted(share["value"]) == [30.0, 40.0, 50.0]
    assert share["contested"].all() and (share["n_claimants"] == 3).all()
    assert list(series.columns) == columns("series")


def test_alerts_daily_split_at_local_midnight(e2e_output):
    daily = pd.read_parquet(e2e_output / paths.ALERTS_DAILY_PARQUET)
    daily["day"] = daily["date"].dt.strftime("%Y-%m-%d")
    kharkiv = daily[daily["geo_code"] == "UA-63"].set_index("day")
    # 20:30-00:00 UTC on 10 Oct is 23:30-03:00 in Kyiv (UTC+3): 0.5 h and 3 h.
    assert kharkiv.loc["2022-10-10", "hours_under_alert"] == pytest.approx(0.5)
    assert kharkiv.loc["2022-10-11", "hours_under_alert"] == pytest.approx(3.0)
    kyiv = daily[(daily["geo_code"] == "UA-30") & (daily["date"] == "2022-10-10")].iloc[0]
    assert kyiv["alerts"] == 2 and kyiv["hours_under_alert"] == pytest.approx(4.5)  # overlap counted once
    odesa = daily[daily["geo_code"] == "UA-51"].iloc[0]
    assert odesa["alerts_naive"] == 1


def test_cli_exit_codes(tmp_path, capsys):
    assert main(["run", "--input", str(E2E_RAW), "--output", str(tmp_path / "a"), "--today", str(TODAY), "--quiet"]) == 0
    assert main(["run", "--input", str(E2E_RAW), "--output", str(tmp_path / "b"), "--today", str(TODAY),
                 "--quiet", "--strict"]) == 1
    out = capsys.readouterr().out
    assert "rows in" in out and "rejects" in out


def test_missing_required_column_exits_2_naming_file_row_and_column(e2e_input_copy, tmp_path, capsys):
    bad = e2e_input_copy / "reports" / "broken.csv"
    bad.write_text("reported_on,publisher,url\n2022-10-10,x,https://x.org\n", encoding="utf-8")
    code = main(["run", "--input", str(e2e_input_copy), "--output", str(tmp_path / "o"), "--quiet"])
    err = capsys.readouterr().err
    assert code == 2
    assert "reports/broken.csv, row 1" in err and "claimant" in err
    assert not (tmp_path / "o" / paths.FIGURES_PARQUET).exists()


def test_wrong_encoding_exits_2_with_a_clear_message(e2e_input_copy, tmp_path, capsys):
    bad = e2e_input_copy / "reports" / "latin1.csv"
    header = (E2E_RAW / "reports" / "reports.csv").read_text(encoding="utf-8").splitlines()[0]
    bad.write_bytes((header + "\n2022-10-10,Caf\xe9,https://x.org,a,Kyiv,,m,1,q 1,,,\n").encode("latin-1"))
    assert main(["run", "--input", str(e2e_input_copy), "--output", str(tmp_path / "o"), "--quiet"]) == 2
    assert "not UTF-8" in capsys.readouterr().err


def test_empty_file_is_a_warning_not_a_crash(e2e_input_copy, tmp_path):
    (e2e_input_copy / "reports" / "empty.csv").write_bytes(b"")
    result = run(e2e_input_copy, tmp_path / "o", today=TODAY)
    assert any("empty" in w for w in result.warnings)


def test_malformed_csv_quote_becomes_a_reject(e2e_input_copy, tmp_path):
    header = (E2E_RAW / "reports" / "reports.csv").read_text(encoding="utf-8").splitlines()[0]
    (e2e_input_copy / "reports" / "quotes.csv").write_text(
        header + '\n2022-10-10,x,https://x.org,Ukrenergo,Kyiv,,m,"40%,"bad"quote,,,,\n', encoding="utf-8")
    result = run(e2e_input_copy, tmp_path / "o", today=TODAY)
    quotes = next(i for i in result.inputs if i.path == "reports/quotes.csv")
    assert quotes.rows_in == 1 and quotes.rejected == 1


def test_failed_write_leaves_previous_outputs_intact(tmp_path, monkeypatch):
    out = tmp_path / "o"
    run(E2E_RAW, out, today=TODAY)
    before = {p.name: p.read_bytes() for p in out.iterdir()}

    def explode(*_args, **_kwargs):
        raise OSError("disk full")

    monkeypatch.setattr("etl.pipeline._write_csv", explode)
    with pytest.raises(OSError):
        run(E2E_RAW, out, today=TODAY)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert not list(tmp_path.glob(".etl-staging-*"))


def test_same_input_same_output(tmp_path):
    run(E2E_RAW, tmp_path / "a", today=TODAY)
    run(E2E_RAW, tmp_path / "b", today=TODAY)
    for name in (paths.FIGURES_PARQUET, paths.FIGURES_CSV, paths.SERIES_PARQUET, paths.REJECTS_CSV,
                 paths.ALERTS_DAILY_PARQUET, paths.MANIFEST_JSON):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name


def test_figure_ids_are_stable_and_independent_of_row_order(e2e_input_copy, tmp_path):
    first = pd.read_parquet(run(E2E_RAW, tmp_path / "a", today=TODAY).output_dir / paths.FIGURES_PARQUET)
    source = e2e_input_copy / "reports" / "reports.csv"
    lines = source.read_text(encoding="utf-8").splitlines(keepends=True)
    source.write_text(lines[0] + "".join(reversed(lines[1:11])) + "".join(lines[11:]), encoding="utf-8")
    second = pd.read_parquet(run(e2e_input_copy, tmp_path / "b", today=TODAY).output_dir / paths.FIGURES_PARQUET)
    assert set(first["figure_id"]) == set(second["figure_id"])


def test_python_m_etl_runs_as_a_module(tmp_path):
    done = subprocess.run([sys.executable, "-m", "etl", "run", "--input", str(E2E_RAW), "--output",
                           str(tmp_path), "--today", str(TODAY), "--quiet"], capture_output=True, text=True,
                          cwd=Path(__file__).parent.parent)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / paths.MANIFEST_JSON).exists()
