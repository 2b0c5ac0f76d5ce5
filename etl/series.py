"""Build the geo-tagged series: one row per metric × place × period × claimant.

Figures from different claimants for the same metric, place and period stay side by
side (never averaged or summed); the group is flagged `contested` when they differ. A
claimant that reported the same period more than once is represented by its most
recently reported figure (corrections supersede), with `n_reports` saying how many there
were. Retracted figures are left out of the series (they stay in figures.parquet).
"""

from __future__ import annotations

import pandas as pd

from etl.metrics import Vocabulary
from etl.schema import columns, empty_frame

_GROUP = ["metric", "geo_code", "period_start", "period_end"]


def build_series(figures: pd.DataFrame, vocabulary: Vocabulary) -> pd.DataFrame:
    usable = figures[figures["status"] != "retracted"]
    if usable.empty:
        return empty_frame("series")
    ordered = usable.assign(_reported=usable["reported_on"].fillna("")).sort_values(
        [*_GROUP, "claimant", "_reported", "figure_id"]
    )
    by_claimant = ordered.groupby([*_GROUP, "claimant"], sort=True, dropna=False)
    latest = by_claimant.tail(1).set_index([*_GROUP, "claimant"])
    summary = by_claimant.size().rename("n_reports").to_frame()
    summary["figure_ids"] = latest["figure_id"]
    repeated = summary.index[summary["n_reports"] > 1]
    if len(repeated):  # only claims reported more than once need their ids listed together
        several = ordered.set_index([*_GROUP, "claimant"]).loc[repeated, "figure_id"]
        summary.loc[repeated, "figure_ids"] = several.groupby(level=[0, 1, 2, 3, 4]).agg(
            lambda ids: ";".join(sorted(ids)))
    series = latest.drop(columns="figure_id").join(summary).reset_index()
    series["latest_reported_on"] = series["reported_on"]
    group = series.groupby(_GROUP, sort=False)
    series["n_claimants"] = group["claimant"].transform("nunique").astype(int)
    distinct_values = group["value"].transform("nunique")
    series["contested"] = (series["n_claimants"] > 1) & (distinct_values > 1)
    series["metric_kind"] = series["metric"].map(lambda m: vocabulary[m].kind)
    series["n_reports"] = series["n_reports"].astype(int)
    series = series.sort_values([*_GROUP, "claimant"]).reset_index(drop=True)
    return series[columns("series")]
