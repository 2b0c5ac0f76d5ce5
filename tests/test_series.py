"""Series building (etl.series): side by side, never averaged; repeated reports by one claimant."""

import pandas as pd

from etl.metrics import Vocabulary
from etl.schema import columns, validate
from etl.series import build_series


def _figure(fid, claimant, value, reported_on, status="reported", period=("2022-10-20", "2022-10-20")):
    return {
        "figure_id": fid, "metric": "energy_facilities_damaged_share", "value": value, "value_low": value,
        "value_high": value, "unit": "percent", "qualifier": "exact", "geo_code": "UA", "geo_level": "country",
        "geo_name": "Ukraine", "period_start": pd.Timestamp(period[0]), "period_end": pd.Timestamp(period[1]),
        "period_precision": "day", "reported_on": reported_on, "claimant": claimant,
        "claimant_type": "government", "status": status,
    }


def _series(rows):
    figures = pd.DataFrame(rows)
    for col in ("period_start", "period_end"):
        figures[col] = figures[col].astype("datetime64[ms]")
    return build_series(figures, Vocabulary.from_reference())


def test_one_claimant_reporting_twice_keeps_its_latest_figure_and_lists_both_ids():
    series = _series([
        _figure("a" * 16, "Ukrenergo", 30.0, "2022-10-21"),
        _figure("b" * 16, "Ukrenergo", 40.0, "2022-10-25"),
        _figure("c" * 16, "DTEK", 40.0, "2022-10-22"),
    ])
    ukrenergo = series[series["claimant"] == "Ukrenergo"].iloc[0]
    assert ukrenergo["value"] == 40.0 and ukrenergo["n_reports"] == 2
    assert ukrenergo["figure_ids"] == "a" * 16 + ";" + "b" * 16
    # Both claimants now say 40: two claimants, but nothing contested.
    assert set(series["n_claimants"]) == {2} and not series["contested"].any()


def test_different_claimants_with_different_values_are_contested_and_not_averaged():
    series = _series([_figure("a" * 16, "Ukrenergo", 30.0, "2022-10-21"),
                      _figure("b" * 16, "DTEK", 50.0, "2022-10-22")])
    assert sorted(series["value"]) == [30.0, 50.0]
    assert series["contested"].all()


def test_retracted_figures_are_left_out_of_the_series():
    series = _series([_figure("a" * 16, "Ukrenergo", 30.0, "2022-10-21", status="retracted"),
                      _figure("b" * 16, "DTEK", 50.0, "2022-10-22")])
    assert list(series["claimant"]) == ["DTEK"]
    assert list(series.columns) == columns("series")
    validate("series", series)
