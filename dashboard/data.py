"""Read-only access to the ETL outputs, and the queries behind every view.

One `DataStore` per app: an in-process DuckDB database holding the figures and the daily
alert series, loaded once from the ETL's Parquet files, sorted by metric and date so a
filter touches few row groups. The store is never written after loading; each query
runs on its own cursor, so threads (and, being per process, gunicorn workers) behave
alike. Every value from a user reaches SQL as a bound parameter, never as SQL text.

The functions `select_figures`, `map_values`, `timeseries`, `alerts_hours`, `table_page`
and `view_summary` take the store and a `Filters` and return plain DataFrames or small
records: no Dash here. `extract_batches` and `series_batches` stream the rows of a CSV
extract as Arrow record batches (for `dashboard.api`).

Retracted figures are left out of the map, the chart and every computed value; they are
listed (with their status) in the sources table and the extracts, being figures behind
the view.

How the map combines figures (the metric's kind, from `datasets/reference/metrics.csv`):
- level and cumulative: per region and claimant, the latest figure whose period
  overlaps the date range (latest period end, then latest report);
- flow: per region and claimant, the sum of the figures whose period lies inside the
  date range (one per claimant and period: the latest report), never adding up the
  figures of different claimants.
A region's colour is the value of its most recent claimant row (latest period end, then
latest report, then figure id: the `recency` rank computed when loading); the hover lists
the claimants side by side, most recent first.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from dashboard import config
from etl import paths
from etl.claimants import CLAIMANT_TYPES
from etl.metrics import Vocabulary
from etl.refdata import read_csv_rows

UNATTRIBUTED_TYPE = "unattributed"
ATTRIBUTED_TYPES = tuple(t for t in CLAIMANT_TYPES if t != UNATTRIBUTED_TYPE)
COLOUR_RULE = "colour: the most recent figure (latest period end, then latest report)"

_FIGURE_COLUMNS = (
    "figure_id", "metric", "value", "value_low", "value_high", "unit", "qualifier", "geo_code",
    "geo_level", "geo_name", "lat", "lon", "period_start", "period_end", "period_precision",
    "reported_on", "claimant", "claimant_type", "status", "publisher", "url", "quote",
    "figure_text", "source_file", "source_row",
)


@dataclass(frozen=True)
class Region:
    code: str
    name: str
    kind: str


@dataclass(frozen=True)
class Filters:
    """One view of the data: everything the URL query string carries."""

    metric: str
    date_from: date
    date_to: date
    regions: tuple[str, ...] = ()
    claimant_types: tuple[str, ...] = ATTRIBUTED_TYPES
    include_unattributed: bool = False
    selected_region: str | None = None
    show_alerts: bool = False

    @property
    def places(self) -> tuple[str, ...]:
        """The place codes the chart and table show: the clicked region, else the regions filter."""
        return (self.selected_region,) if self.selected_region else self.regions

    @property
    def types(self) -> tuple[str, ...]:
        extra = (UNATTRIBUTED_TYPE,) if self.include_unattributed else ()
        return tuple(self.claimant_types) + extra

    def with_selected(self, code: str | None) -> Filters:
        return replace(self, selected_region=code)


@dataclass(frozen=True)
class StoreInfo:
    """What the page needs to know about the data, computed once when loading."""

    vocabulary: Vocabulary
    regions: tuple[Region, ...]
    country: Region
    metric_counts: dict[str, int]
    extent: tuple[date, date]
    n_figures: int
    n_alert_days: int

    @property
    def region_codes(self) -> frozenset[str]:
        return frozenset(r.code for r in self.regions)

    @property
    def place_codes(self) -> frozenset[str]:
        """Codes a filter may name: the 27 units and the country (country-wide figures)."""
        return self.region_codes | {self.country.code}

    def place_name(self, code: str) -> str:
        names = {r.code: r.name for r in (*self.regions, self.country)}
        return names.get(code, code)

    def default_metric(self) -> str:
        """The metric with the most figures (ties: vocabulary order); the first one when there are none."""
        ids = list(self.vocabulary.metrics)
        if not self.metric_counts:
            return ids[0]
        return max(ids, key=lambda m: (self.metric_counts.get(m, 0), -ids.index(m)))

    def default_filters(self) -> Filters:
        return Filters(metric=self.default_metric(), date_from=self.extent[0], date_to=self.extent[1])


@dataclass(frozen=True)
class DataStore:
    """The loaded data: a DuckDB connection nobody writes to after `open`, and its summary."""

    con: duckdb.DuckDBPyConnection = field(repr=False)
    info: StoreInfo
    data_dir: Path
    _memo: Callable = field(init=False, repr=False, compare=False)

    # Results of pure view queries, per store: the data never changes after `open`, so a view's
    # answer is the same in every request and every worker. Bounded (a few MB at most); cached
    # DataFrames are shared between requests and must not be modified by callers.
    MEMO_SIZE = 64

    def __post_init__(self) -> None:
        object.__setattr__(self, "_memo", functools.lru_cache(maxsize=self.MEMO_SIZE)(self._compute))

    def _compute(self, fn: Callable, *args):
        return fn(self, *args)

    def memo(self, fn: Callable, *args):
        """`fn(self, *args)`, cached on this store by (fn, args) — args must be hashable values."""
        return self._memo(fn, *args)

    @classmethod
    def open(cls, data_dir: Path | str, reference_dir: Path = paths.REFERENCE) -> DataStore:
        data_dir = Path(data_dir)
        figures_path = data_dir / paths.FIGURES_PARQUET
        if not figures_path.is_file():
            raise FileNotFoundError(f"{figures_path} not found: run `python -m etl run --output {data_dir}` first")
        vocabulary = Vocabulary.from_reference(reference_dir)
        regions = _read_regions(reference_dir)
        country = _read_country(reference_dir)
        con = duckdb.connect(":memory:", config={"threads": 2})
        con.execute("SET enable_progress_bar = false")
        # give the memory used while loading (sorts, windows) back to the system
        con.execute("SET allocator_flush_threshold = '64MB'")
        con.execute("SET allocator_background_threads = true")
        _load_figures(con, figures_path, vocabulary, regions, country)
        _load_alerts(con, data_dir / paths.ALERTS_DAILY_PARQUET)
        info = _summarize(con, vocabulary, regions, country)
        return cls(con=con, info=info, data_dir=data_dir)

    def query(self, sql: str, params: dict | None = None) -> pd.DataFrame:
        """Run one read-only query on its own cursor (safe across threads)."""
        cursor = self.con.cursor()
        try:
            return cursor.execute(sql, params or {}).df()
        finally:
            cursor.close()

    def scalar(self, sql: str, params: dict | None = None):
        return self.row(sql, params)[0]

    def row(self, sql: str, params: dict | None = None) -> tuple:
        cursor = self.con.cursor()
        try:
            return cursor.execute(sql, params or {}).fetchone()
        finally:
            cursor.close()

    def batches(self, sql: str, params: dict | None = None, rows_per_batch: int = 10_000) -> Iterator[pa.RecordBatch]:
        """Stream a query's result as Arrow record batches; the cursor closes when the iteration
        ends or the consumer stops (e.g. a client that disconnects from a streamed download)."""
        cursor = self.con.cursor()
        try:
            yield from cursor.sql(sql, params=params or {}).to_arrow_reader(rows_per_batch)
        finally:
            cursor.close()


# ---------------------------------------------------------------- loading


def _read_regions(reference_dir: Path) -> tuple[Region, ...]:
    rows = read_csv_rows(reference_dir / paths.REGIONS_CSV.name, required=("geo_code", "name", "kind"))
    return tuple(Region(r["geo_code"], r["name"], r["kind"]) for r in rows)


def _read_country(reference_dir: Path) -> Region:
    rows = read_csv_rows(reference_dir / paths.COUNTRIES_CSV.name, required=("geo_code", "name"))
    return Region(rows[0]["geo_code"], rows[0]["name"], "country")


def _load_figures(con: duckdb.DuckDBPyConnection, path: Path, vocabulary: Vocabulary,
                  regions: tuple[Region, ...], country: Region) -> None:
    """Load figures.parquet into the table `figures`, with three derived columns:
    `recency` (rank by period end, report date, id: larger is more recent), `superseded` (the
    same claimant reported the same metric, place and period again later), `contested_any`
    (another claimant gave another value for the same metric, place and period) and
    `colours_region` (the figure colours a first-level unit on the map). Low-cardinality
    text columns become ENUMs, which makes filtering and grouping about twice as fast."""
    known = {"metric": list(vocabulary.metrics), "claimant_type": list(CLAIMANT_TYPES),
             "geo_code": [r.code for r in regions] + [country.code]}
    try:
        for column in _ENUM_COLUMNS:
            found = [v for (v,) in con.execute(f"SELECT DISTINCT {column} FROM read_parquet($path)",
                                               {"path": str(path)}).fetchall() if v is not None]
            _create_enum(con, f"{column}_t", found + known.get(column, []))
    except duckdb.Error as err:
        raise ValueError(f"{path}: not a figures table in the ETL's schema ({err})") from None
    casts = ", ".join(f"CAST({c} AS {c}_t) AS {c}" for c in _ENUM_COLUMNS)
    selected = ", ".join(_FIGURE_COLUMNS)
    con.execute(
        f"""
        CREATE TABLE figures AS
        WITH src AS (
            SELECT * REPLACE (CAST(period_start AS DATE) AS period_start, CAST(period_end AS DATE) AS period_end,
                              {casts})
            FROM (SELECT {selected} FROM read_parquet($path))),
        groups AS (
            SELECT metric, geo_code, period_start, period_end,
                   count(DISTINCT claimant) > 1 AND count(DISTINCT value) > 1 AS contested_any
            FROM src WHERE status <> 'retracted'
            GROUP BY ALL),
        ranked AS (
            SELECT *, row_number() OVER (ORDER BY period_end, reported_on NULLS FIRST, figure_id) AS recency
            FROM src)
        SELECT src.*,
               src.status <> 'retracted' AND src.recency < max(src.recency) FILTER (WHERE src.status <> 'retracted')
                   OVER (PARTITION BY src.metric, src.geo_code, src.lat, src.lon, src.claimant, src.period_start,
                                      src.period_end) AS superseded,
               coalesce(groups.contested_any, false) AS contested_any,
               (src.geo_level = 'oblast' OR (src.geo_level = 'city' AND list_contains($city_units, src.geo_code)))
                   AS colours_region
        FROM ranked AS src LEFT JOIN groups USING (metric, geo_code, period_start, period_end)
        ORDER BY metric, recency
        """,
        {"city_units": [r.code for r in regions if r.kind == "city"], "path": str(path)},
    )


_ENUM_COLUMNS = ("metric", "claimant", "claimant_type", "geo_code", "geo_level", "status", "unit", "qualifier",
                 "period_precision")


def _create_enum(con: duckdb.DuckDBPyConnection, name: str, values: list[str]) -> None:
    """An ENUM type of the given values, sorted (so ORDER BY on it stays alphabetical)."""
    values = sorted({str(v) for v in values})
    con.register("enum_values", pa.table({"v": pa.array(values, pa.string())}))
    con.execute(f"CREATE TYPE {name} AS ENUM (SELECT v FROM enum_values ORDER BY v)")
    con.unregister("enum_values")


def _load_alerts(con: duckdb.DuckDBPyConnection, path: Path) -> None:
    if path.is_file():
        table = pq.read_table(path, columns=["source", "geo_code", "date", "hours_under_alert"])
    else:
        table = pa.table({"source": pa.array([], pa.string()), "geo_code": pa.array([], pa.string()),
                          "date": pa.array([], pa.timestamp("ms")),
                          "hours_under_alert": pa.array([], pa.float64())})
    con.register("src_alerts", table)
    con.execute("""CREATE TABLE alerts AS SELECT source, geo_code, CAST(date AS DATE) AS date, hours_under_alert
                   FROM src_alerts ORDER BY date, geo_code""")
    con.unregister("src_alerts")
    # the chart's alert line without a region filter (the common case): the mean over every
    # region, per day and alert source, computed once
    con.execute("""CREATE TABLE alerts_all_regions AS
                   SELECT date, source, avg(hours_under_alert) AS hours, count(*) AS n_regions
                   FROM alerts GROUP BY date, source ORDER BY source, date""")


def _summarize(con, vocabulary: Vocabulary, regions: tuple[Region, ...], country: Region) -> StoreInfo:
    counts = dict(con.execute("SELECT metric, count(*) FROM figures WHERE status <> 'retracted' GROUP BY metric")
                  .fetchall())
    low, high, n = con.execute("SELECT min(period_start), max(period_end), count(*) FROM figures").fetchone()
    if low is None:
        today = date.today()
        low, high = date(today.year, 1, 1), today
    n_alert_days = con.execute("SELECT count(*) FROM alerts").fetchone()[0]
    return StoreInfo(vocabulary=vocabulary, regions=regions, country=country, metric_counts=counts,
                     extent=(low, high), n_figures=n, n_alert_days=n_alert_days)


# ---------------------------------------------------------------- filtering


def where_clause(filters: Filters, *, places: bool = True, alias: str = "",
                 retracted: bool = False) -> tuple[str, dict]:
    """SQL condition and parameters for a view. `places=False` ignores the region filter (the map);
    `retracted=True` keeps retracted figures (the sources table and the extracts list them with
    their status; the map, the chart and every computed value leave them out)."""
    p = f"{alias}." if alias else ""
    clauses = [
        f"{p}metric = $metric",
        *([] if retracted else [f"{p}status <> 'retracted'"]),
        f"{p}period_start <= $date_to",
        f"{p}period_end >= $date_from",
        f"list_contains($types, {p}claimant_type)",
    ]
    params = {"metric": filters.metric, "date_from": filters.date_from, "date_to": filters.date_to,
              "types": list(filters.types)}
    if places and filters.places:
        clauses.append(f"list_contains($places, {p}geo_code)")
        params["places"] = list(filters.places)
    return " AND ".join(clauses), params


def count_figures(store: DataStore, filters: Filters, retracted: bool = False) -> int:
    where, params = where_clause(filters, retracted=retracted)
    return int(store.scalar(f"SELECT count(*) FROM figures WHERE {where}", params))


def select_figures(store: DataStore, filters: Filters, limit: int | None = None, offset: int = 0,
                   retracted: bool = False) -> pd.DataFrame:
    """Every figure behind the view, latest period first (retracted ones only with `retracted=True`)."""
    where, params = where_clause(filters, retracted=retracted)
    sql = f"SELECT * FROM figures WHERE {where} ORDER BY recency DESC"
    if limit is not None:
        sql += " LIMIT $limit OFFSET $offset"
        params.update(limit=int(limit), offset=int(offset))
    return store.query(sql, params)


def count_retracted(store: DataStore, filters: Filters) -> int:
    where, params = where_clause(filters, retracted=True)
    return int(store.scalar(f"SELECT count(*) FROM figures WHERE {where} AND status = 'retracted'", params))


@dataclass(frozen=True)
class ViewSummary:
    """What a caption, an alt text or a source line says about a view (retracted figures left out)."""

    n_figures: int
    value_min: float | None
    value_max: float | None
    claimants: tuple[str, ...]  # most figures first, at most `max_claimants`
    n_claimants: int
    n_retracted: int


def view_summary(store: DataStore, filters: Filters, max_claimants: int = 5) -> ViewSummary:
    where, params = where_clause(filters)
    n, low, high, n_claimants = store.row(
        f"SELECT count(*), min(value), max(value), count(DISTINCT claimant) FROM figures WHERE {where}", params)
    top = store.query(f"""SELECT claimant, count(*) AS n, max(recency) AS rec FROM figures WHERE {where}
                          GROUP BY claimant ORDER BY n DESC, rec DESC LIMIT $top""", {**params, "top": max_claimants})
    retracted = count_retracted(store, filters)
    return ViewSummary(n_figures=int(n), value_min=low, value_max=high,
                       claimants=tuple(str(c) for c in top["claimant"]), n_claimants=int(n_claimants),
                       n_retracted=int(retracted))


# ---------------------------------------------------------------- map


@dataclass(frozen=True)
class MapValues:
    """Per place, its most recent claimant rows (`rank` 1 colours the place), at most `per_place` each.

    Columns: the place (`geo_code`; cities also `geo_name`, `lat`, `lon`), `claimant`,
    `claimant_type`, `value`, `value_low`, `value_high`, `unit`, `period_start`,
    `period_end`, `reported_on`, `n_figures` (figures combined into the row), `rank`,
    `n_claimants` (claimant rows the place has in all), and `colour` (rank 1).
    """

    kind: str
    regions: pd.DataFrame
    cities: pd.DataFrame
    n_country: int
    n_cities_total: int


def map_values(store: DataStore, filters: Filters, per_place: int = config.MAX_HOVER_CLAIMANTS,
               max_cities: int = config.MAX_CITY_POINTS) -> MapValues:
    """The map of a view (the region filter and the clicked region do not change it). One query
    groups the view's figures per place and claimant (the latest figure's fields, or the flow's
    sum), merges the rows that colour a unit, ranks the claimants of each place and keeps the
    few rows the map shows; results are cached per view on the store (`DataStore.memo`)."""
    key = Filters(metric=filters.metric, date_from=filters.date_from, date_to=filters.date_to,
                  claimant_types=tuple(filters.claimant_types), include_unattributed=filters.include_unattributed)
    return store.memo(_map_values, key, int(per_place), int(max_cities))


def _map_values(store: DataStore, filters: Filters, per_place: int, max_cities: int) -> MapValues:
    kind = store.info.vocabulary[filters.metric].kind
    where, params = where_clause(filters, places=False)
    rows = store.query(_map_sql(where, kind), params)
    part = rows.pop("part").to_numpy()
    n_country = int(rows.loc[part == "country", "n_figures"].sum())
    regions = _rank(rows[part == "region"], ["geo_code"], per_place, max_places=None)
    cities = _rank(rows[part == "city"], _CITY_KEY, min(per_place, config.MAX_HOVER_CLAIMANTS_CITY),
                   max_places=max_cities)
    n_cities = int(cities.attrs.get("n_places", 0))
    return MapValues(kind=kind, regions=regions, cities=cities, n_country=n_country, n_cities_total=n_cities)


_CITY_KEY = ["geo_code", "lat", "lon"]


def _map_sql(where: str, kind: str) -> str:
    """Per place and claimant rows (`_latest_sql` / `_flow_sql`), then in the same query the rows
    that colour a first-level unit — oblast-level figures, and the city-level ones of a unit that
    is itself a city (Kyiv, Sevastopol) — merged per unit and claimant (level, cumulative: the
    latest row, with every row's figures counted; flow: the sum, a bound known only when known
    for every part), the city points (`part` 'city') and one `country` row counting the
    country-wide figures. Claimants are never combined. (`_rank` then orders the few thousand
    rows in numpy: faster than SQL window functions here.)"""
    if kind == "flow":
        regions = """
            SELECT geo_code, claimant, any_value(geo_level) AS geo_level, any_value(geo_name) AS geo_name,
                   any_value(claimant_type) AS claimant_type, sum(value) AS value,
                   CASE WHEN count(value_low) = count(*) THEN sum(value_low) END AS value_low,
                   CASE WHEN count(value_high) = count(*) THEN sum(value_high) END AS value_high,
                   any_value(unit) AS unit, min(period_start) AS period_start, max(period_end) AS period_end,
                   max(reported_on) AS reported_on, max(rec) AS rec, sum(n_figures) AS n_figures"""
    else:
        latest = ", ".join(f"arg_max_null({c}, rec) AS {c}" for c in (
            "geo_level", "geo_name", "claimant_type", "value", "value_low", "value_high", "unit", "period_start",
            "period_end", "reported_on"))
        regions = f"""SELECT geo_code, claimant, {latest}, max(rec) AS rec, sum(n_figures) AS n_figures"""
    return f"""
        WITH groups AS MATERIALIZED ({_flow_sql(where) if kind == "flow" else _latest_sql(where)})
        SELECT 'region' AS part, * FROM ({regions} FROM groups WHERE colours_region GROUP BY geo_code, claimant)
        UNION ALL BY NAME
        SELECT 'city' AS part, * EXCLUDE (colours_region) FROM groups
        WHERE geo_level = 'city' AND lat IS NOT NULL AND lon IS NOT NULL
        UNION ALL BY NAME
        SELECT 'country' AS part, sum(n_figures) AS n_figures FROM groups WHERE geo_level = 'country'"""


def _latest_sql(where: str) -> str:
    """Level and cumulative: per place and claimant, the latest figure (max `recency`) and the count."""
    latest = ", ".join(f"{fn}({col}, recency) AS {col}" for fn, col in (
        ("arg_max", "geo_name"), ("arg_max", "claimant_type"), ("arg_max", "value"), ("arg_max_null", "value_low"),
        ("arg_max_null", "value_high"), ("arg_max", "unit"), ("arg_max", "period_start"), ("arg_max", "period_end"),
        ("arg_max_null", "reported_on")))
    return f"""
        SELECT geo_level, geo_code, lat, lon, claimant, colours_region, {latest}, max(recency) AS rec,
               count(*) AS n_figures
        FROM figures WHERE {where}
        GROUP BY geo_level, geo_code, lat, lon, claimant, colours_region"""


def _flow_sql(where: str) -> str:
    """Flow: per place and claimant, the sum of the figures whose period lies inside the range,
    one per period (a figure `superseded` by a later report of the same period is left out)."""
    return f"""
        SELECT geo_level, geo_code, lat, lon, claimant, colours_region, any_value(geo_name) AS geo_name,
               any_value(claimant_type) AS claimant_type, sum(value) AS value,
               CASE WHEN count(value_low) = count(*) THEN sum(value_low) END AS value_low,
               CASE WHEN count(value_high) = count(*) THEN sum(value_high) END AS value_high,
               any_value(unit) AS unit, min(period_start) AS period_start, max(period_end) AS period_end,
               max(reported_on) AS reported_on, max(recency) AS rec, count(*) AS n_figures
        FROM figures
        WHERE {where} AND NOT superseded AND period_start >= $date_from AND period_end <= $date_to
        GROUP BY geo_level, geo_code, lat, lon, claimant, colours_region"""


def _group_codes(rows: pd.DataFrame, columns: list[str]) -> np.ndarray:
    """An integer per distinct combination of the columns (faster than groupby().ngroup())."""
    codes = np.zeros(len(rows), dtype=np.int64)
    for column in columns:
        col_codes, uniques = pd.factorize(rows[column], use_na_sentinel=False)
        codes = codes * (len(uniques) + 1) + col_codes
    return pd.factorize(codes)[0]


def _rank(rows: pd.DataFrame, place: list[str], per_place: int, max_places: int | None) -> pd.DataFrame:
    """Most recent claimant first within each place (`rank` 1 colours it); keep `per_place`
    rows of each of the `max_places` most recently reported places. (numpy: a few thousand
    groups take well under a millisecond.)"""
    if rows.empty:
        out = rows.assign(rank=pd.Series(dtype=int), n_claimants=pd.Series(dtype=int),
                          colour=pd.Series(dtype=bool))
        out.attrs["n_places"] = 0
        return out
    key = _group_codes(rows, place)
    rec = rows["rec"].to_numpy()
    order = np.lexsort((-rec, key))
    k = key[order]
    position = np.arange(len(k))
    first = np.maximum.accumulate(np.where(np.r_[True, k[1:] != k[:-1]], position, 0))
    rank = position - first + 1
    n_claimants = np.bincount(k)[k]
    keep = rank <= per_place
    n_places = int((rank == 1).sum())
    if max_places is not None and n_places > max_places:
        newest = np.zeros(key.max() + 1, dtype=bool)
        heads = k[rank == 1]
        newest[heads[np.argsort(-rec[order][rank == 1], kind="stable")[:max_places]]] = True
        keep &= newest[k]
    kept = rows.iloc[order[keep]].assign(rank=rank[keep], n_claimants=n_claimants[keep], colour=rank[keep] == 1)
    kept = kept.reset_index(drop=True)
    kept.attrs["n_places"] = n_places
    return kept


# ---------------------------------------------------------------- time series


@dataclass(frozen=True)
class Timeseries:
    """Either one row per figure (`aggregated` False) or one per claimant and time bucket.

    Aggregated rows never combine claimants: each is ONE claimant's figures in one bucket —
    `value` is that claimant's latest figure in the bucket (latest period end, then latest
    report), `value_min`/`value_max` that claimant's lowest and highest, `n` how many.
    """

    points: pd.DataFrame
    aggregated: bool
    n_figures: int
    bucket: str | None = None


BUCKETS = ("week", "month", "quarter", "year")


def timeseries(store: DataStore, filters: Filters, max_markers: int = config.MAX_MARKERS,
               max_groups: int = config.MAX_AGGREGATED_MARKERS) -> Timeseries:
    """The chart's points: every figure up to `max_markers`; above, one row per claimant and
    bucket (the finest bucket that keeps them under `max_groups`, as `choose_bucket` says).
    Cached per view on the store (`DataStore.memo`)."""
    key = Filters(metric=filters.metric, date_from=filters.date_from, date_to=filters.date_to,
                  regions=tuple(filters.places), claimant_types=tuple(filters.claimant_types),
                  include_unattributed=filters.include_unattributed)
    return store.memo(_timeseries, key, int(max_markers), int(max_groups))


def _timeseries(store: DataStore, filters: Filters, max_markers: int, max_groups: int) -> Timeseries:
    where, params = where_clause(filters)
    points = store.query(_aggregated_sql(where), {**params, "max_markers": max_markers, "max_groups": max_groups})
    if points.empty:  # at most `max_markers` figures (or none): every one is drawn
        points = select_figures(store, filters)
        return Timeseries(points=mark_contested(points), aggregated=False, n_figures=len(points))
    n, bucket = int(points["n_figures"].iloc[0]), str(points["bucket_name"].iloc[0])
    return Timeseries(points=points.drop(columns=["n_figures", "bucket_name"]), aggregated=True, n_figures=n,
                      bucket=bucket)


def _aggregated_sql(where: str) -> str:
    """One query: count the view's figures and, when there are more than `$max_markers`, choose
    the finest bucket whose claimant × bucket groups fit under `$max_groups` (the coarsest when
    none does; same rule as `choose_bucket`, counted on integer keys: claimant code and bucket
    number) and return one row per claimant and bucket — never across claimants. No rows when
    the figures are few enough to draw one by one."""
    claimant_key = "CAST(coalesce(enum_code(claimant) + 1, 0) AS BIGINT) * 100000"
    return f"""
        WITH view AS (
            SELECT claimant, claimant_type, period_end, value, recency, reported_on, contested_any,
                   {claimant_key} AS claimant_key
            FROM figures WHERE {where}),
        choice AS (
            SELECT count(*) AS n_figures,
                   CASE WHEN count(DISTINCT claimant_key + (period_end - DATE '1970-01-05') // 7) <= $max_groups
                            THEN 'week'
                        WHEN count(DISTINCT claimant_key + year(period_end) * 12 + month(period_end)) <= $max_groups
                            THEN 'month'
                        WHEN count(DISTINCT claimant_key + year(period_end) * 4 + quarter(period_end)) <= $max_groups
                            THEN 'quarter'
                        ELSE 'year' END AS bucket_name
            FROM view),
        bucketed AS (
            SELECT view.*, choice.*, CAST(date_trunc(choice.bucket_name, period_end) AS DATE) AS bucket
            FROM view, choice WHERE choice.n_figures > $max_markers)
        SELECT claimant, any_value(claimant_type) AS claimant_type, bucket,
               count(*) AS n, arg_max(value, recency) AS value, min(value) AS value_min,
               max(value) AS value_max, arg_max(period_end, recency) AS period_end,
               arg_max(reported_on, recency) AS reported_on,
               sum(CAST(contested_any AS INTEGER)) AS n_contested,
               any_value(n_figures) AS n_figures, any_value(bucket_name) AS bucket_name
        FROM bucketed GROUP BY claimant, bucket ORDER BY bucket, claimant"""


def choose_bucket(groups_per_bucket: dict[str, int], max_markers: int) -> str:
    """The finest bucket whose claimant × bucket groups (the markers) fit under the cap; the
    coarsest one when none does (markers are then never merged across claimants anyway)."""
    for name in BUCKETS:
        if groups_per_bucket.get(name, 0) <= max_markers:
            return name
    return BUCKETS[-1]


def mark_contested(points: pd.DataFrame) -> pd.DataFrame:
    """Flag figures that disagree: same metric, place and period, other claimant, other value.

    Adds `contest_group` (an integer shared by the figures of one disputed group, -1 when
    none) and `contested`. `contested_any` (from loading) stays true when the other side
    is hidden by the current filters.
    """
    if points.empty:
        return points.assign(contest_group=pd.Series(dtype=int), contested=pd.Series(dtype=bool))
    keys = ["metric", "geo_code", "period_start", "period_end"]
    grouped = points.groupby(keys, sort=False, dropna=False)
    disputed = (grouped["claimant"].transform("nunique") > 1) & (grouped["value"].transform("nunique") > 1)
    group_id = grouped.ngroup()
    return points.assign(contested=disputed.to_numpy(), contest_group=group_id.where(disputed, -1).to_numpy())


# ---------------------------------------------------------------- alerts


def alerts_hours(store: DataStore, filters: Filters) -> pd.DataFrame:
    """Hours under air-raid alert per day, by alert source, averaged over the regions shown.

    No region filter (or the country-wide entry) means all regions (precomputed when loading).
    Columns: date, source, hours, n_regions. Cached per view on the store.
    """
    codes = [c for c in filters.places if c != store.info.country.code]
    codes = tuple(sorted(codes)) if codes and len(codes) == len(filters.places) else ()
    return store.memo(_alerts_hours, filters.date_from, filters.date_to, codes)


def _alerts_hours(store: DataStore, date_from: date, date_to: date, codes: tuple[str, ...]) -> pd.DataFrame:
    params: dict = {"date_from": date_from, "date_to": date_to}
    if not codes:
        return store.query("""SELECT date, source, hours, n_regions FROM alerts_all_regions
                              WHERE date BETWEEN $date_from AND $date_to ORDER BY source, date""", params)
    return store.query(
        """SELECT date, source, avg(hours_under_alert) AS hours, count(*) AS n_regions
           FROM alerts WHERE date BETWEEN $date_from AND $date_to AND list_contains($codes, geo_code)
           GROUP BY date, source ORDER BY source, date""",
        {**params, "codes": list(codes)},
    )


# ---------------------------------------------------------------- sources table

# Grid column id -> SQL expression it sorts and filters on (the only names that reach SQL).
TABLE_SORT_COLUMNS = {
    "metric": "metric", "figure_text": "figure_text", "normalized": "value", "place": "geo_name",
    "period": "period_end", "claimant": "claimant", "claimant_type": "claimant_type",
    "publisher": "publisher", "reported_on": "reported_on", "status": "status", "quote": "quote",
    "url": "url",
}
TEXT_FILTERS = {
    "contains": ("{col} ILIKE $p ESCAPE '\\'", "%{v}%"),
    "notContains": ("{col} NOT ILIKE $p ESCAPE '\\'", "%{v}%"),
    "equals": ("lower({col}) = lower($p)", "{raw}"),
    "notEqual": ("lower({col}) <> lower($p)", "{raw}"),
    "startsWith": ("{col} ILIKE $p ESCAPE '\\'", "{v}%"),
    "endsWith": ("{col} ILIKE $p ESCAPE '\\'", "%{v}"),
}
NUMBER_FILTERS = {
    "equals": "{col} = $p", "notEqual": "{col} <> $p", "lessThan": "{col} < $p",
    "lessThanOrEqual": "{col} <= $p", "greaterThan": "{col} > $p", "greaterThanOrEqual": "{col} >= $p",
}
MAX_FILTER_TEXT = 200


@dataclass(frozen=True)
class TablePage:
    rows: pd.DataFrame
    total: int


def table_page(store: DataStore, filters: Filters, start: int, end: int,
               sort_model: list | None = None, filter_model: dict | None = None) -> TablePage:
    """Rows `start`..`end` of the figures behind the view, sorted and filtered as the grid asks.

    Retracted figures are listed too (with their status): they are figures behind the view,
    kept out of the map and the chart only. Unknown columns, operators or malformed models
    from the client are ignored.
    """
    start = max(int(start), 0)
    size = min(max(int(end) - start, 0), config.MAX_TABLE_BLOCK)
    where, params = where_clause(filters, retracted=True)
    grid_where, grid_params = grid_filter_sql(filter_model)
    if grid_where:
        where = f"{where} AND {grid_where}"
        params.update(grid_params)
    order = grid_order_sql(sort_model)
    total = int(store.scalar(f"SELECT count(*) FROM figures WHERE {where}", params))
    rows = store.query(
        f"SELECT * FROM figures WHERE {where} ORDER BY {order} LIMIT $limit OFFSET $offset",
        {**params, "limit": size, "offset": start},
    )
    return TablePage(rows=rows, total=total)


def grid_order_sql(sort_model: list | None) -> str:
    terms = []
    for item in sort_model if isinstance(sort_model, list) else []:
        if not isinstance(item, dict):
            continue
        col = TABLE_SORT_COLUMNS.get(item.get("colId"))
        direction = {"asc": "ASC", "desc": "DESC"}.get(item.get("sort"))
        if col and direction and len(terms) < 4:
            terms.append(f"{col} {direction} NULLS LAST")
    terms.append("recency DESC")  # then the latest figure first (period end, report date, id)
    return ", ".join(terms)


def grid_filter_sql(filter_model: dict | None) -> tuple[str, dict]:
    """Translate an AG Grid filter model (text and number filters) into SQL with parameters."""
    clauses, params = [], {}
    for col_id, spec in (filter_model.items() if isinstance(filter_model, dict) else []):
        col = TABLE_SORT_COLUMNS.get(col_id)
        if not col or not isinstance(spec, dict):
            continue
        conditions = spec.get("conditions") if isinstance(spec.get("conditions"), list) else [spec]
        joiner = " OR " if spec.get("operator") == "OR" else " AND "
        parts = []
        for condition in conditions[:2]:
            sql = _one_condition(col, condition, params)
            if sql:
                parts.append(sql)
        if parts:
            clauses.append("(" + joiner.join(parts) + ")")
    return " AND ".join(clauses), params


def _one_condition(col: str, condition, params: dict) -> str | None:
    if not isinstance(condition, dict):
        return None
    name = f"p{len(params)}"
    kind, op, value = condition.get("filterType"), condition.get("type"), condition.get("filter")
    if kind == "text" and op in TEXT_FILTERS and isinstance(value, str) and value:
        template, pattern = TEXT_FILTERS[op]
        raw = value[:MAX_FILTER_TEXT]
        escaped = raw.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        params[name] = pattern.format(v=escaped, raw=raw)
        return template.format(col=f"CAST({col} AS VARCHAR)").replace("$p", f"${name}")
    if kind == "number" and op in NUMBER_FILTERS and col == "value":
        if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
            return None
        params[name] = float(value)
        return NUMBER_FILTERS[op].format(col=col).replace("$p", f"${name}")
    return None


def figure_by_id(store: DataStore, figure_id) -> pd.DataFrame:
    """One figure by its id (16 hex digits); an empty frame for anything else."""
    if not isinstance(figure_id, str) or not re.fullmatch(r"[0-9a-f]{16}", figure_id):
        return store.query("SELECT * FROM figures LIMIT 0")
    return store.query("SELECT * FROM figures WHERE figure_id = $id LIMIT 1", {"id": figure_id})


# ---------------------------------------------------------------- extracts (streamed)

# The columns of a figures extract, in order: the figure, its bounds, place and period, and
# its provenance (who claimed it, where it was published, the sentence, the input file and row).
EXTRACT_COLUMNS = (
    "figure_id", "metric", "value", "value_low", "value_high", "unit", "qualifier", "figure_text",
    "geo_code", "geo_level", "geo_name", "lat", "lon", "period_start", "period_end", "period_precision",
    "claimant", "claimant_type", "status", "contested", "reported_on", "publisher", "url", "quote",
    "source_file", "source_row",
)
SERIES_COLUMNS = (
    "metric", "unit", "geo_code", "geo_level", "geo_name", "period_start", "period_end", "claimant",
    "claimant_type", "value", "value_low", "value_high", "qualifier", "n_reports", "latest_reported_on",
    "figure_id", "n_claimants", "contested", "publisher", "url",
)
_EXTRACT_SELECT = ", ".join(
    {"contested": "contested_any AS contested"}.get(c, f"CAST({c} AS VARCHAR) AS {c}" if c in _ENUM_COLUMNS else c)
    for c in EXTRACT_COLUMNS)


def extract_batches(store: DataStore, filters: Filters, rows_per_batch: int = 10_000) -> Iterator[pa.RecordBatch]:
    """Every figure behind the view, retracted ones included (with their status), as record
    batches of `EXTRACT_COLUMNS`, oldest first (the table's stored order: no sort, so memory
    stays flat however many rows match)."""
    where, params = where_clause(filters, retracted=True)
    return store.batches(f"SELECT {_EXTRACT_SELECT} FROM figures WHERE {where}", params, rows_per_batch)


def series_batches(store: DataStore, filters: Filters, rows_per_batch: int = 10_000) -> Iterator[pa.RecordBatch]:
    """The view's series, as in the ETL's series.parquet: one row per place × period × claimant,
    the claimant's latest report of that period (`n_reports` counts them), with `n_claimants`
    and `contested` for the group of claimants of the same place and period. Claimants are
    never combined. Retracted figures are left out."""
    where, params = where_clause(filters)
    sql = f"""
        WITH per_claimant AS (
            SELECT metric, geo_code, geo_level, lat, lon, period_start, period_end, claimant,
                   arg_max(geo_name, recency) AS geo_name, arg_max(unit, recency) AS unit,
                   arg_max(claimant_type, recency) AS claimant_type, arg_max(value, recency) AS value,
                   arg_max_null(value_low, recency) AS value_low, arg_max_null(value_high, recency) AS value_high,
                   arg_max(qualifier, recency) AS qualifier, count(*) AS n_reports,
                   arg_max_null(reported_on, recency) AS latest_reported_on, arg_max(figure_id, recency) AS figure_id,
                   arg_max_null(publisher, recency) AS publisher, arg_max(url, recency) AS url
            FROM figures WHERE {where}
            GROUP BY metric, geo_code, geo_level, lat, lon, period_start, period_end, claimant)
        SELECT metric, unit, geo_code, geo_level, geo_name, period_start, period_end, claimant, claimant_type,
               value, value_low, value_high, qualifier, n_reports, latest_reported_on, figure_id,
               count(*) OVER place_period AS n_claimants,
               count(*) OVER place_period > 1 AND count(DISTINCT value) OVER place_period > 1 AS contested,
               publisher, url
        FROM per_claimant
        WINDOW place_period AS (PARTITION BY metric, geo_code, lat, lon, period_start, period_end)
        ORDER BY period_end, period_start, geo_code, claimant"""
    return _as_text_enums(store.batches(sql, params, rows_per_batch))


def _as_text_enums(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    for batch in batches:
        arrays = [col.cast(pa.string()) if pa.types.is_dictionary(col.type) else col for col in batch.columns]
        yield pa.RecordBatch.from_arrays(arrays, names=batch.schema.names)


def figures_page(store: DataStore, filters: Filters, limit: int, offset: int) -> tuple[list[dict], int]:
    """(rows as plain dicts, total) for the JSON API: `EXTRACT_COLUMNS`, oldest first, retracted included."""
    where, params = where_clause(filters, retracted=True)
    total = int(store.scalar(f"SELECT count(*) FROM figures WHERE {where}", params))
    sql = f"SELECT {_EXTRACT_SELECT} FROM figures WHERE {where} ORDER BY recency LIMIT $limit OFFSET $offset"
    rows: list[dict] = []
    for batch in store.batches(sql, {**params, "limit": int(limit), "offset": int(offset)}):
        rows.extend(batch.to_pylist())
    return rows, total


def view_sources(store: DataStore, filters: Filters, limit: int) -> tuple[list[tuple[str, str, str, int]], int]:
    """(claimant, publisher, url, figures) for the view's sources (retracted included), most figures
    first, at most `limit`; and how many there are in all."""
    where, params = where_clause(filters, retracted=True)
    grouped = f"""SELECT CAST(claimant AS VARCHAR) AS claimant, publisher, url, count(*) AS n,
                         max(recency) AS rec FROM figures WHERE {where} GROUP BY ALL"""
    total = int(store.scalar(f"SELECT count(*) FROM ({grouped})", params))
    frame = store.query(f"SELECT claimant, publisher, url, n FROM ({grouped}) ORDER BY n DESC, rec DESC LIMIT $limit",
                        {**params, "limit": int(limit)})
    return [tuple(r) for r in frame.itertuples(index=False)], total
