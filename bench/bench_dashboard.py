"""Benchmark the dashboard's server side on a generated dataset (not a test).

    .venv/bin/python bench/bench_dashboard.py [--rows 1000000] [--repeat 30] [--keep DIR]

1. Generates ROWS figures in the ETL's schema (`etl.schema`), spread over the 27 regions
   (plus city- and country-level figures), 5 years, every metric of the vocabulary and the
   registered claimants, and a daily alert series for every region; writes them as Parquet
   the way the ETL does.
2. Builds the app with `create_app` on that folder (load time, memory).
3. Times the main user actions through Flask's test client, posting to
   `/_dash-update-component` exactly as the browser does: a metric change, a region click
   and a date-range change. Each action runs the view-sync callback, then the map, the
   time series and the first block of the sources table (the callbacks the browser fires
   for it). Prints p50/p95 per callback and per action (sum of the four, as if run one
   after another), the largest response of each, and peak memory.
4. Compares the map query with an equivalent pandas implementation on the same data,
   to justify the engine.

Targets (issue 4): p95 under 150 ms for each callback, each response under 300 KB.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DASH_DISABLE_VERSION_CHECK", "true")

from dashboard.app import create_app  # noqa: E402
from dashboard.data import DataStore, Filters  # noqa: E402
from etl import paths  # noqa: E402
from etl.metrics import Vocabulary  # noqa: E402
from etl.refdata import read_csv_rows  # noqa: E402
from etl.schema import columns  # noqa: E402

START, DAYS = np.datetime64("2020-01-01"), 5 * 365 + 1
UNIT_SCALE = {"percent": (30, 0.8), "MW": (2000, 1.0), "count": (50_000, 2.0), "hours_per_day": (8, 0.5),
              "USD": (2e8, 2.0)}


# ---------------------------------------------------------------- data


def generate(folder: Path, rows: int, seed: int = 7) -> None:
    rng = np.random.default_rng(seed)
    vocab = Vocabulary.from_reference()
    regions = read_csv_rows(paths.REGIONS_CSV)
    cities = read_csv_rows(paths.CITIES_CSV)[:80]
    claimants = {r["canonical"]: r["type"] for r in read_csv_rows(paths.CLAIMANTS_CSV)}
    metric_ids = np.array(list(vocab.metrics))
    metric = metric_ids[rng.integers(0, len(metric_ids), rows)]
    unit = np.array([vocab[m].unit for m in metric_ids])[_index(metric_ids, metric)]
    level = rng.choice(np.array(["oblast", "city", "country"]), rows, p=[0.85, 0.10, 0.05])
    region_codes = np.array([r["geo_code"] for r in regions])
    region_names = np.array([r["name"] for r in regions])
    ri = rng.integers(0, len(regions), rows)
    ci = rng.integers(0, len(cities), rows)
    city_code = np.array([c["geo_code"] for c in cities])[ci]
    city_name = np.array([c["name"] for c in cities])[ci]
    city_lat = np.array([float(c["lat"]) for c in cities])[ci]
    city_lon = np.array([float(c["lon"]) for c in cities])[ci]
    is_city, is_country = level == "city", level == "country"
    geo_code = np.where(is_country, "UA", np.where(is_city, city_code, region_codes[ri]))
    geo_name = np.where(is_country, "Ukraine", np.where(is_city, city_name, region_names[ri]))
    lat = np.where(is_city, city_lat, np.where(is_country, 48.38, np.nan))
    lon = np.where(is_city, city_lon, np.where(is_country, 31.17, np.nan))
    start = START + rng.integers(0, DAYS, rows).astype("timedelta64[D]")
    precision = rng.choice(np.array(["day", "month", "year"]), rows, p=[0.8, 0.15, 0.05])
    span = np.where(precision == "day", 0, np.where(precision == "month", 29, 364)).astype("timedelta64[D]")
    end = np.minimum(start + span, START + np.timedelta64(DAYS - 1, "D"))
    reported = (end + rng.integers(0, 10, rows).astype("timedelta64[D]")).astype(str)
    value = _values(rng, unit, rows)
    exact = rng.random(rows)
    low = np.where(exact < 0.5, value, np.where(exact < 0.75, value * 0.9, np.nan))
    high = np.where(exact < 0.5, value, np.where(exact < 0.75, value * 1.1, np.nan))
    names = np.array(list(claimants))
    claimant = names[rng.integers(0, len(names), rows)]
    claimant_type = np.array([claimants[n] for n in names])[_index(names, claimant)]
    status = rng.choice(np.array(["reported", "disputed", "retracted"]), rows, p=[0.97, 0.02, 0.01])
    ids = np.char.mod("%016x", np.arange(rows, dtype=np.int64))
    figure_text = np.char.mod("%.0f", value)
    quote = np.char.add(np.char.add("Officials said that ", figure_text),
                        " were affected after the overnight strikes on energy infrastructure in the region.")
    frame = pd.DataFrame({
        "figure_id": ids, "metric": metric, "value": value, "value_low": low, "value_high": high, "unit": unit,
        "qualifier": np.where(exact < 0.5, "exact", "approx"), "geo_code": geo_code, "geo_level": level,
        "geo_name": geo_name, "lat": lat, "lon": lon, "period_start": start.astype("datetime64[ms]"),
        "period_end": end.astype("datetime64[ms]"), "period_precision": precision, "period_relative": False,
        "reported_on": reported, "claimant": claimant, "claimant_written": claimant,
        "claimant_type": claimant_type, "claimant_country": "UA", "status": status,
        "publisher": np.char.add("Publisher ", rng.integers(0, 40, rows).astype(str)),
        "url": np.char.add("https://example.org/bench/", ids), "quote": quote, "figure_text": figure_text,
        "measure": None, "place_written": geo_name, "period_written": None, "notes": None,
        "source_file": "reports/bench.csv", "source_row": np.arange(2, rows + 2), "place_match": "exact",
        "metric_match": "given",
    })[columns("figures")]
    pq.write_table(pa.Table.from_pandas(frame, preserve_index=False).replace_schema_metadata(None),
                   folder / paths.FIGURES_PARQUET, compression="zstd")
    _alerts(folder, rng, region_codes, region_names)


def _index(universe: np.ndarray, values: np.ndarray) -> np.ndarray:
    order = np.argsort(universe)
    return order[np.searchsorted(universe, values, sorter=order)]


def _values(rng, unit: np.ndarray, rows: int) -> np.ndarray:
    value = np.empty(rows)
    for name, (scale, sigma) in UNIT_SCALE.items():
        mask = unit == name
        value[mask] = scale * rng.lognormal(0, sigma, mask.sum())
    value[unit == "percent"] = np.clip(value[unit == "percent"], 0, 100)
    value[unit == "hours_per_day"] = np.clip(value[unit == "hours_per_day"], 0, 24)
    return np.round(value, 1)


def _alerts(folder: Path, rng, codes: np.ndarray, names: np.ndarray) -> None:
    days = pd.date_range("2020-01-01", periods=DAYS, freq="D")
    parts = []
    for source in ("official", "volunteer"):
        grid = pd.MultiIndex.from_product([range(len(codes)), days], names=["i", "date"]).to_frame(index=False)
        hours = np.clip(rng.gamma(1.5, 2.0, len(grid)), 0, 24)
        parts.append(pd.DataFrame({"source": source, "geo_code": codes[grid["i"]], "geo_name": names[grid["i"]],
                                   "date": grid["date"].astype("datetime64[ms]"),
                                   "alerts": (hours > 0.5).astype(int), "alerts_naive": 0,
                                   "hours_under_alert": hours.round(3)}))
    pq.write_table(pa.Table.from_pandas(pd.concat(parts, ignore_index=True), preserve_index=False),
                   folder / paths.ALERTS_DAILY_PARQUET, compression="zstd")


# ---------------------------------------------------------------- callbacks over HTTP


class Client:
    """Posts callbacks to /_dash-update-component the way dash-renderer does."""

    def __init__(self, app):
        self.client = app.server.test_client()
        self.deps = self.client.get("/_dash-dependencies").get_json()

    def call(self, output: str, values: dict, changed: list[str]) -> tuple[float, int, dict]:
        dep = next(d for d in self.deps if output in d["output"] and not d.get("clientside_function"))
        multi = dep["output"].startswith("..")
        keys = dep["output"].strip(".").split("...") if multi else [dep["output"]]
        outputs = [dict(zip(("id", "property"), k.rsplit(".", 1), strict=True)) for k in keys]

        def props(items):
            return [{**i, "value": values.get(f"{i['id']}.{i['property']}")} for i in items]

        body = {"output": dep["output"], "outputs": outputs if multi else outputs[0],
                "inputs": props(dep["inputs"]), "state": props(dep["state"]), "changedPropIds": changed}
        began = time.perf_counter()
        response = self.client.post("/_dash-update-component", json=body)
        elapsed = (time.perf_counter() - began) * 1000
        if response.status_code not in (200, 204):
            raise RuntimeError(f"{output}: HTTP {response.status_code}: {response.data[:300]!r}")
        payload = response.get_json() if response.status_code == 200 else {}
        return elapsed, len(response.data), payload


def controls(filters: Filters) -> dict:
    return {
        "metric.value": filters.metric, "regions.value": list(filters.regions),
        "dates.start_date": filters.date_from.isoformat(), "dates.end_date": filters.date_to.isoformat(),
        "claimant-types.value": list(filters.claimant_types), "include-unattributed.value": [],
        "show-alerts.value": ["yes"] if filters.show_alerts else [],
    }


def run_action(client: Client, before: Filters, changed: str, after_values: dict, current_query: str,
               timings: dict, sizes: dict, action: str) -> str:
    values = {**controls(before), **after_values, "filters-store.data": current_query, "url.search": None}
    elapsed, size, payload = client.call("filters-store.data", values, [changed])
    record(timings, sizes, action, "sync view (URL)", elapsed, size)
    query = payload.get("response", {}).get("filters-store", {}).get("data", current_query)
    for name, output in (("map", "map-figure.data"), ("time series", "timeseries.figure")):
        elapsed, size, _ = client.call(output, {"filters-store.data": query}, ["filters-store.data"])
        record(timings, sizes, action, name, elapsed, size)
    request = {"startRow": 0, "endRow": 100, "sortModel": [{"colId": "reported_on", "sort": "desc"}],
               "filterModel": {}}
    elapsed, size, _ = client.call("getRowsResponse", {"sources-table.getRowsRequest": request,
                                                       "filters-store.data": query},
                                   ["sources-table.getRowsRequest"])
    record(timings, sizes, action, "table block", elapsed, size)
    return query


def record(timings, sizes, action, name, elapsed, size):
    timings.setdefault(action, {}).setdefault(name, []).append(elapsed)
    sizes.setdefault(action, {}).setdefault(name, []).append(size)


def benchmark(app, repeat: int, rng) -> tuple[dict, dict]:
    client = Client(app)
    vocab = Vocabulary.from_reference()
    metrics = list(vocab.metrics)
    regions = [r["geo_code"] for r in read_csv_rows(paths.REGIONS_CSV)]
    base = Filters(metric=metrics[0], date_from=date(2020, 1, 1), date_to=date(2024, 12, 31), show_alerts=True)
    from dashboard.urlstate import to_query

    timings: dict = {}
    sizes: dict = {}
    for warm in range(2):  # warm-up: first calls pay for imports and caches
        run_action(client, base, "metric.value", {"metric.value": metrics[warm + 1]}, to_query(base), {}, {}, "w")
    for i in range(repeat):
        current = Filters(**{**base.__dict__, "metric": metrics[i % len(metrics)]})
        new_metric = metrics[(i + 1) % len(metrics)]
        run_action(client, current, "metric.value", {"metric.value": new_metric}, to_query(current),
                   timings, sizes, "metric change")
        region = regions[int(rng.integers(0, len(regions)))]
        click = {"points": [{"location": region, "curveNumber": 1, "pointNumber": 0}]}
        run_action(client, current, "map.clickData", {"map.clickData": click}, to_query(current),
                   timings, sizes, "region click")
        start = date(2020, 1, 1).toordinal() + int(rng.integers(0, 1400))
        length = int(rng.integers(30, 400))
        dates = {"dates.start_date": date.fromordinal(start).isoformat(),
                 "dates.end_date": date.fromordinal(start + length).isoformat()}
        run_action(client, current, "dates.start_date", dates, to_query(current), timings, sizes,
                   "date range change")
    return timings, sizes


# ---------------------------------------------------------------- engine comparison


def compare_engines(app_store, folder: Path, repeat: int) -> dict:
    """The map's level query in DuckDB (the app) and in pandas with categoricals, same data and answer."""
    from dashboard import data

    frame = pd.read_parquet(folder / paths.FIGURES_PARQUET, columns=[
        "figure_id", "metric", "value", "geo_code", "geo_level", "period_start", "period_end", "reported_on",
        "claimant", "claimant_type", "status"])
    for col in ("metric", "geo_code", "geo_level", "claimant", "claimant_type", "status"):
        frame[col] = frame[col].astype("category")
    filters = Filters(metric="people_without_power", date_from=date(2021, 1, 1), date_to=date(2023, 12, 31))

    def with_pandas():
        f = frame
        mask = ((f["metric"] == filters.metric) & (f["status"] != "retracted")
                & (f["period_start"] <= pd.Timestamp(filters.date_to))
                & (f["period_end"] >= pd.Timestamp(filters.date_from))
                & f["claimant_type"].isin(filters.types) & (f["geo_level"] == "oblast"))
        sub = f[mask].sort_values(["period_end", "reported_on", "figure_id"], ascending=False)
        return sub.groupby(["geo_code", "claimant"], observed=True, sort=False).head(1)

    def with_duckdb():  # uncached (the app caches each view's map on its store)
        return data._map_values(app_store, filters, 5, 200)

    result = {}
    for name, fn in (("duckdb (app: map_values, regions + cities)", with_duckdb),
                     ("pandas categoricals (regions only)", with_pandas)):
        fn()
        times = []
        for _ in range(repeat):
            began = time.perf_counter()
            fn()
            times.append((time.perf_counter() - began) * 1000)
        result[name] = {"p50_ms": round(statistics.median(times), 1), "p95_ms": round(percentile(times, 95), 1)}
    return result


# ---------------------------------------------------------------- report


def percentile(values: list[float], q: float) -> float:
    return float(np.percentile(np.array(values), q))


def rss_mb() -> float:
    with open("/proc/self/status", encoding="utf-8") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def report(timings: dict, sizes: dict) -> dict:
    rows = {}
    print(f"\n{'action':<18} {'callback':<17} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'max KB':>8}")
    for action, per_callback in timings.items():
        total = [sum(parts) for parts in zip(*per_callback.values(), strict=True)]
        for name, values in [*per_callback.items(), ("(sum of 4)", total)]:
            kb = max(sizes[action].get(name, [0])) / 1024
            row = {"p50_ms": round(statistics.median(values), 1), "p95_ms": round(percentile(values, 95), 1),
                   "max_ms": round(max(values), 1), "max_kb": round(kb, 1)}
            rows[f"{action} / {name}"] = row
            print(f"{action:<18} {name:<17} {row['p50_ms']:>8} {row['p95_ms']:>8} {row['max_ms']:>8} "
                  f"{row['max_kb'] if name != '(sum of 4)' else '':>8}")
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=30, help="repetitions of each action (default 30)")
    parser.add_argument("--keep", type=Path, default=None, help="write the generated data here and keep it")
    parser.add_argument("--json", type=Path, default=None, help="also write the results as JSON")
    args = parser.parse_args(argv)
    rng = np.random.default_rng(11)
    with tempfile.TemporaryDirectory(prefix="bench-dashboard-") as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        began = time.perf_counter()
        generate(folder, args.rows)
        print(f"generated {args.rows:,} figures in {time.perf_counter() - began:.1f} s "
              f"({(folder / paths.FIGURES_PARQUET).stat().st_size / 1e6:.1f} MB Parquet)")
        rss_before = rss_mb()
        began = time.perf_counter()
        app = create_app(folder)
        load_s = time.perf_counter() - began
        print(f"create_app: {load_s:.1f} s, RSS {rss_before:.0f} -> {rss_mb():.0f} MB")
        store = DataStore.open(folder)  # a second store for the engine comparison (the app's is private)
        timings, sizes = benchmark(app, args.repeat, rng)
        rows = report(timings, sizes)
        engines = compare_engines(store, folder, args.repeat)
        print("\nmap query, engine comparison:", json.dumps(engines, indent=1))
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"peak RSS (whole run, generation included): {peak:.0f} MB; RSS now {rss_mb():.0f} MB")
        meta = {"date": date.today().isoformat(), "nproc": os.cpu_count(), "machine": platform.machine(),
                "python": platform.python_version(), "rows": args.rows, "repeat": args.repeat,
                "create_app_s": round(load_s, 2), "peak_rss_mb": round(peak), "results": rows, "engines": engines}
        print(f"\n{meta['date']}, nproc {meta['nproc']}, {_memory_total()}")
        if args.json:
            args.json.parent.mkdir(parents=True, exist_ok=True)
            args.json.write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    return 0


def _memory_total() -> str:
    with open("/proc/meminfo", encoding="utf-8") as f:
        kb = int(f.readline().split()[1])
    return f"{kb / 1024 / 1024:.1f} GiB memory"


if __name__ == "__main__":
    sys.exit(main())
