"""Helpers for the dashboard tests: the e2e fixture plus a few rows, and synthetic tables.

`make_dashboard_data(root)` copies `tests/fixtures/e2e/raw` (read-only) to `root/raw`, adds
`reports/dashboard_extra.csv` (an oblast-level contested pair, a publisher and a quote
carrying `<img onerror>` markup, an unattributed figure) and runs the ETL into
`root/processed`. `write_figures(folder, rows)` writes a figures.parquet in the ETL
schema from a few hand-written rows, for tests of the combining rules.
"""

from __future__ import annotations

import hashlib
import shutil
from datetime import date
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from etl.pipeline import run
from etl.schema import columns

E2E_RAW = Path(__file__).parent / "fixtures" / "e2e" / "raw"
TODAY = date(2026, 11, 28)
XSS_PUBLISHER = "<img src=x onerror=window.__xss=2>"
XSS_QUOTE_MARKUP = "<img src=x onerror=window.__xss=1>"

EXTRA_REPORTS = f"""reported_on,publisher,url,claimant,place,period,measure,figure,quote,metric,status,notes
2022-11-24,Example Times,https://example.org/times/101,Ukrenergo,Kharkiv region,2022-11-23,consumers without power,"260,000","Ukrenergo said 260,000 consumers in the Kharkiv region were without power.",consumers_without_power,,dashboard test: contested with the next row
2022-11-25,{XSS_PUBLISHER},https://example.org/wire/102,Kharkivoblenergo,Kharkiv region,2022-11-23,consumers without power,"250,000","Kharkivoblenergo said 250,000 consumers had no power {XSS_QUOTE_MARKUP} in the region.",consumers_without_power,,dashboard test: markup in publisher and quote
2022-11-26,Example Daily,https://example.org/daily/103,,Lviv region,2022-11-23,consumers without power,"120,000","About 120,000 consumers in the Lviv region were without power.",consumers_without_power,,dashboard test: unattributed
"""


def make_dashboard_data(root: Path) -> Path:
    """The ETL output of the e2e fixture plus the dashboard's extra rows; returns the output folder."""
    raw = root / "raw"
    shutil.copytree(E2E_RAW, raw)
    (raw / "reports" / "dashboard_extra.csv").write_text(EXTRA_REPORTS, encoding="utf-8")
    out = root / "processed"
    run(raw, out, today=TODAY)
    return out


_DEFAULTS = {
    "metric": "consumers_without_power", "value": 100.0, "value_low": None, "value_high": None,
    "unit": "count", "qualifier": "exact", "geo_code": "UA-63", "geo_level": "oblast",
    "geo_name": "Kharkiv Oblast", "lat": None, "lon": None, "period_start": "2023-01-10",
    "period_end": None, "period_precision": "day", "period_relative": False, "reported_on": None,
    "claimant": "Ukrenergo", "claimant_written": "Ukrenergo", "claimant_type": "grid_operator",
    "claimant_country": "UA", "status": "reported", "publisher": "Example", "url": "https://example.org/x",
    "quote": "a quote", "figure_text": "100", "measure": None, "place_written": "Kharkiv",
    "period_written": None, "notes": None, "source_file": "reports/test.csv", "source_row": 2,
    "place_match": "exact", "metric_match": "given",
}


def figure(**overrides) -> dict:
    row = {**_DEFAULTS, **overrides}
    row["period_end"] = row["period_end"] or row["period_start"]
    row["reported_on"] = row["reported_on"] or row["period_end"]
    row["figure_text"] = overrides.get("figure_text", f"{row['value']:g}")
    return row


def write_figures(folder: Path, rows: list[dict], alerts: list[dict] | None = None) -> Path:
    """figures.parquet (and alerts_daily.parquet) in the ETL schema from `figure(...)` rows."""
    folder.mkdir(parents=True, exist_ok=True)
    frame = pd.DataFrame(rows, columns=columns("figures"))
    frame["figure_id"] = [hashlib.sha256(f"{i}".encode()).hexdigest()[:16] for i in range(len(frame))]
    frame["source_row"] = range(2, len(frame) + 2)
    for col in ("period_start", "period_end"):
        frame[col] = pd.to_datetime(frame[col]).astype("datetime64[ms]")
    for col in ("value", "value_low", "value_high", "lat", "lon"):
        frame[col] = frame[col].astype(float)
    pq.write_table(pa.Table.from_pandas(frame, preserve_index=False), folder / "figures.parquet")
    if alerts is not None:
        table = pd.DataFrame(alerts, columns=["source", "geo_code", "geo_name", "date", "alerts", "alerts_naive",
                                              "hours_under_alert"])
        table["date"] = pd.to_datetime(table["date"]).astype("datetime64[ms]")
        pq.write_table(pa.Table.from_pandas(table, preserve_index=False), folder / "alerts_daily.parquet")
    return folder


def call_callback(client, output: str, values: dict, changed: list[str]):
    """POST one callback to a Dash app through Flask's test client, as the browser would.

    `output` is the callback's output string from /_dash-dependencies (or a unique part of
    it); `values` maps "id.property" to the value of each input and state.
    """
    deps = client.get("/_dash-dependencies").get_json()
    dep = next(d for d in deps if output in d["output"] and not d.get("clientside_function"))
    keys = dep["output"].strip(".").split("...") if dep["output"].startswith("..") else [dep["output"]]
    outputs = [dict(zip(("id", "property"), k.rsplit(".", 1), strict=True)) for k in keys]

    def props(items):
        return [{**item, "value": values.get(f"{item['id']}.{item['property']}")} for item in items]

    body = {"output": dep["output"], "outputs": outputs if dep["output"].startswith("..") else outputs[0],
            "inputs": props(dep["inputs"]), "state": props(dep["state"]), "changedPropIds": changed}
    return client.post("/_dash-update-component", json=body)
