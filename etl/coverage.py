"""What the processed data covers: counts of figures, sources, regions, years, metrics.

`python -m etl coverage [--data DIR]` prints a Markdown summary; the README's coverage
section is this command's output, pasted, so the numbers are never typed by hand.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from etl import paths
from etl.metrics import Vocabulary


def coverage(data_dir: Path = paths.PROCESSED) -> dict:
    figures = pd.read_parquet(Path(data_dir) / paths.FIGURES_PARQUET)
    series = pd.read_parquet(Path(data_dir) / paths.SERIES_PARQUET)
    manifest = json.loads((Path(data_dir) / paths.MANIFEST_JSON).read_text(encoding="utf-8"))
    reports = [i for i in manifest["inputs"] if i["kind"] == "reports"]
    subnational = figures[figures["geo_level"] != "country"]
    contested = series[series["contested"]].groupby(["metric", "geo_code", "period_start", "period_end"]).ngroups
    return {
        "report_rows": sum(i["rows_in"] for i in reports),
        "accepted": sum(i["accepted"] for i in reports),
        "rejected": sum(i["rejected"] for i in reports),
        "figures": len(figures),
        "sources": figures["url"].nunique(),
        "publishers": figures["publisher"].nunique(),
        "claimants": figures["claimant"].nunique(),
        "first_level_units": sorted(subnational["geo_code"].unique()),
        "cities": sorted(figures.loc[figures["geo_level"] == "city", "geo_name"].unique()),
        "years": sorted(figures["period_end"].dt.year.unique().tolist()),
        "metrics": figures["metric"].value_counts().sort_index().to_dict(),
        "claimant_types": figures["claimant_type"].value_counts().sort_index().to_dict(),
        "contested_groups": contested,
        "alert_days": int(manifest["outputs"][paths.ALERTS_DAILY_PARQUET]["rows"]),
    }


def rejects_markdown(data_dir: Path = paths.PROCESSED) -> str:
    """The report rows the ETL rejected, one Markdown bullet each (file, row, reason)."""
    rejects = pd.read_csv(Path(data_dir) / paths.REJECTS_CSV, dtype={"source_row": int})
    rows = rejects[rejects["source_file"].str.startswith("reports/")]
    if rows.empty:
        return "- (none)"
    return "\n".join(f"- {reason}" for reason in rows["reason"])


def render_markdown(stats: dict, vocabulary: Vocabulary) -> str:
    share = stats["accepted"] / stats["report_rows"] if stats["report_rows"] else 0
    lines = [
        f"- Report rows: {stats['report_rows']}; accepted {stats['accepted']} ({share:.1%}), "
        f"rejected {stats['rejected']}",
        f"- Figures: {stats['figures']} from {stats['sources']} sources (distinct URLs), "
        f"{stats['publishers']} publishers, {stats['claimants']} claimants",
        f"- First-level units with sub-national figures: {len(stats['first_level_units'])} "
        f"({', '.join(stats['first_level_units'])})",
        f"- Cities with figures: {len(stats['cities'])}",
        f"- Years (period end): {', '.join(str(y) for y in stats['years'])}",
        f"- Contested groups (same metric, place and period; claimants differ): {stats['contested_groups']}",
        f"- Claimant types: {', '.join(f'{k} {v}' for k, v in stats['claimant_types'].items())}",
        f"- Air-raid alert series: {stats['alert_days']} region-days",
        "",
        "| metric | figures |",
        "|---|---|",
    ]
    lines += [f"| {vocabulary[m].label} (`{m}`) | {n} |" for m, n in stats["metrics"].items()]
    return "\n".join(lines)
