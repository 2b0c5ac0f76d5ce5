"""Air-raid alert logs → a daily series per first-level unit (count and hours under alert).

Alerts are events, not damage: the series is context for the figures, shown as an
association in time. Days are calendar days in the region's local time zone (an alert
from 23:30 to 01:00 counts 0.5 h on the first day and 1 h on the second). Hours under
alert are the union of an oblast's oblast-level alert intervals within the day, so
overlapping alerts are not counted twice. `naive` alerts (no end message; the source set
the end to start + 30 min) are counted separately in `alerts_naive`.

Each source format has a reader with its column map as a constant, so a changed upstream
fails loudly naming the constant to update.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from etl.errors import UnusableInput
from etl.places import Gazetteer, UnknownPlace
from etl.reports import Reject
from etl.schema import columns

LOCAL_TZ = "Europe/Kyiv"


@dataclass(frozen=True)
class AlertFormat:
    name: str
    header: tuple[str, ...]
    region_column: str
    level_column: str | None  # rows at other levels count as alerts but not as hours
    naive_column: str | None


VOLUNTEER = AlertFormat("volunteer", ("region", "started_at", "finished_at", "naive"), "region", None, "naive")
OFFICIAL = AlertFormat("official", ("oblast", "raion", "hromada", "level", "started_at", "finished_at", "source"),
                       "oblast", "level", None)
FORMATS = (VOLUNTEER, OFFICIAL)


def detect_format(header: list[str], label: str) -> AlertFormat:
    for fmt in FORMATS:
        if tuple(header) == fmt.header:
            return fmt
    raise UnusableInput(
        f"{label}, row 1: header {','.join(header)} matches no known alert format "
        f"({'; '.join(','.join(f.header) for f in FORMATS)}); update etl/alerts.py FORMATS"
    )


def read_alerts(path: Path, label: str, gazetteer: Gazetteer) -> tuple[pd.DataFrame, list[Reject]]:
    """Read one alert log: accepted events (one row per alert) and rejects."""
    try:
        raw = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    except (OSError, UnicodeDecodeError, pd.errors.ParserError) as err:
        raise UnusableInput(f"{label}: cannot read alert log ({err})") from None
    fmt = detect_format(list(raw.columns), label)
    raw["source_row"] = range(2, len(raw) + 2)
    rejects: list[Reject] = []
    names = raw[fmt.region_column].unique()
    resolved = {name: gazetteer.resolve(name) for name in names}
    codes = {n: p.geo_code for n, p in resolved.items() if not isinstance(p, UnknownPlace) and p.geo_level != "country"}
    start = pd.to_datetime(raw["started_at"], utc=True, errors="coerce", format="ISO8601")
    end = pd.to_datetime(raw["finished_at"], utc=True, errors="coerce", format="ISO8601")
    bad_place = ~raw[fmt.region_column].isin(codes)
    bad_time = start.isna() | end.isna()
    backwards = ~bad_time & (end < start)
    for idx in raw.index[bad_place | bad_time | backwards]:
        row = raw.loc[idx]
        if bad_place[idx]:
            place = resolved[row[fmt.region_column]]
            reason = place.reason if isinstance(place, UnknownPlace) else f"'{row[fmt.region_column]}' is not a first-level unit"
            rejects.append(Reject(label, int(row["source_row"]), fmt.region_column, row[fmt.region_column],
                                  f"{label}, row {row['source_row']}, {fmt.region_column}: {reason}",
                                  getattr(place, "closest", ""), getattr(place, "score", None)))
        elif bad_time[idx]:
            rejects.append(Reject(label, int(row["source_row"]), "started_at/finished_at",
                                  f"{row['started_at']} / {row['finished_at']}",
                                  f"{label}, row {row['source_row']}: expected ISO timestamps with offset"))
        else:
            rejects.append(Reject(label, int(row["source_row"]), "finished_at", row["finished_at"],
                                  f"{label}, row {row['source_row']}: alert ends before it starts"))
    keep = ~(bad_place | bad_time | backwards)
    events = pd.DataFrame({
        "source": fmt.name,
        "geo_code": raw.loc[keep, fmt.region_column].map(codes),
        "start": start[keep].dt.tz_convert(LOCAL_TZ),
        "end": end[keep].dt.tz_convert(LOCAL_TZ),
        "naive": raw.loc[keep, fmt.naive_column].str.lower().eq("true") if fmt.naive_column else False,
        "counts_hours": raw.loc[keep, fmt.level_column].eq("oblast") if fmt.level_column else True,
    })
    return events.reset_index(drop=True), rejects


def daily_series(events: pd.DataFrame, gazetteer: Gazetteer) -> pd.DataFrame:
    """Events → one row per source × region × local day with counts and hours under alert."""
    if events.empty:
        return pd.DataFrame(columns=columns("alerts_daily"))
    counts = events.assign(date=events["start"].dt.tz_localize(None).dt.normalize())
    counted = counts.groupby(["source", "geo_code", "date"]).agg(
        alerts=("naive", "size"), alerts_naive=("naive", "sum")
    )
    pieces = split_by_day(events[events["counts_hours"]])
    hours = union_hours(pieces)
    daily = counted.join(hours, how="outer").fillna({"alerts": 0, "alerts_naive": 0, "hours_under_alert": 0.0})
    daily = daily.reset_index()
    daily["alerts"] = daily["alerts"].astype(int)
    daily["alerts_naive"] = daily["alerts_naive"].astype(int)
    daily["hours_under_alert"] = daily["hours_under_alert"].astype(float).round(4).clip(0, 24)
    daily["geo_name"] = daily["geo_code"].map(gazetteer.region_name)
    daily["date"] = daily["date"].astype("datetime64[ms]")
    daily = daily.sort_values(["source", "geo_code", "date"]).reset_index(drop=True)
    return daily[columns("alerts_daily")]


def split_by_day(events: pd.DataFrame) -> pd.DataFrame:
    """Cut each alert at local midnights: one piece per (alert, day) with naive local times."""
    start = events["start"].dt.tz_localize(None)
    end = events["end"].dt.tz_localize(None)
    first_day = start.dt.normalize()
    n_days = ((end - pd.Timedelta(microseconds=1)).dt.normalize() - first_day).dt.days.clip(lower=0) + 1
    repeated = events.loc[events.index.repeat(n_days)].copy()
    offset = repeated.groupby(level=0).cumcount()
    day = first_day.loc[repeated.index] + pd.to_timedelta(offset, unit="D")
    repeated["date"] = day.values
    piece_start = pd.concat([start.loc[repeated.index].reset_index(drop=True), day.reset_index(drop=True)], axis=1).max(axis=1)
    piece_end = pd.concat([end.loc[repeated.index].reset_index(drop=True),
                           (day + pd.Timedelta(days=1)).reset_index(drop=True)], axis=1).min(axis=1)
    return pd.DataFrame({
        "source": repeated["source"].values,
        "geo_code": repeated["geo_code"].values,
        "date": repeated["date"].values,
        "start": piece_start.values,
        "end": piece_end.values,
    })


def union_hours(pieces: pd.DataFrame) -> pd.DataFrame:
    """Length of the union of intervals per source × region × day, in hours."""
    if pieces.empty:
        return pd.DataFrame(columns=["hours_under_alert"])
    ordered = pieces.sort_values(["source", "geo_code", "date", "start"]).reset_index(drop=True)
    keys = ["source", "geo_code", "date"]
    group = ordered.groupby(keys, sort=False).ngroup()
    # The latest end among earlier intervals of the same group: an interval that starts
    # before it overlaps, and only its part after that end adds time.
    running_end = ordered.groupby(group)["end"].cummax()
    prev_end = running_end.shift().where(group.eq(group.shift()))
    effective_start = ordered["start"].where(prev_end.isna() | (prev_end < ordered["start"]), prev_end)
    seconds = (ordered["end"] - effective_start).dt.total_seconds().clip(lower=0)
    ordered["hours_under_alert"] = seconds / 3600
    return ordered.groupby(keys)[["hours_under_alert"]].sum()
