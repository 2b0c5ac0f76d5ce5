"""Pure figure builders: data in, plotly figures and caption text out. No Dash, no I/O.

Every string that comes from the data (claimants, publishers, places) is escaped with
`escape` before it enters hover text: plotly renders a subset of HTML in hover labels,
so `<`, `>` and `&` must arrive as entities and be shown as the characters they are.

Colours are colour-blind safe: viridis for the map (no grey in it, so the light grey of
"no data" cannot be mistaken for a value) and the Okabe–Ito palette, each with its own
marker symbol, for claimant types.
"""

from __future__ import annotations

import html
from datetime import date, timedelta

import numpy as np
import pandas as pd
import plotly.graph_objects as go
from _plotly_utils.utils import to_typed_array_spec

from dashboard.config import Settings
from dashboard.data import COLOUR_RULE, Filters, MapValues, StoreInfo, Timeseries

NO_DATA_COLOUR = "#d9d9d9"
REGION_EDGE = "#6b6b6b"
SELECTED_EDGE = "#000000"
MAP_COLORSCALE = "Viridis"
MAP_CENTER = {"lat": 48.6, "lon": 31.3}
MAP_ZOOM = 4.3  # refitted to the graph's size in the browser (assets/app.js fitMap)
MAP_DOMAIN_RIGHT = 0.84  # the colour bar sits to the right of the map, not over it
# Okabe & Ito (2008), with a distinct marker symbol per type so colour is never the only cue.
CLAIMANT_TYPE_STYLE = {
    "government": ("#0072B2", "circle"),
    "grid_operator": ("#E69F00", "square"),
    "energy_company": ("#009E73", "diamond"),
    "international_org": ("#CC79A7", "triangle-up"),
    "research_ngo": ("#56B4E9", "triangle-down"),
    "media": ("#D55E00", "cross"),
    "military": ("#000000", "x"),
    "unattributed": ("#F0E442", "star"),
}
BASE_LAYOUT = {
    "template": {},  # no template: plotly's default one would add 6 KB to every response
    "font": {"family": "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif", "size": 12,
             "color": "#1b1b1b"},
    "paper_bgcolor": "#ffffff",
    "plot_bgcolor": "#ffffff",
}
ALERT_COLOURS = ("#7f7f7f", "#b0b0b0", "#5a5a5a")
ALERTS_LABEL = "Air-raid alert hours per day (association in time, not cause)"
KIND_RULES = {
    "level": "latest reported level per region and claimant in the range",
    "cumulative": "latest reported cumulative total per region and claimant in the range",
    "flow": "sum per claimant of the figures whose period lies inside the range (claimants never added together)",
}
HOVER_TEXT_LIMIT = 48
UNIT_SUFFIX = {"percent": "%", "MW": " MW", "hours_per_day": " h/day", "count": "", "USD": " USD"}


def escape(text) -> str:
    """Text from the data, safe inside plotly hover labels (which render some HTML)."""
    if text is None or (isinstance(text, float) and np.isnan(text)):
        return ""
    return html.escape(str(text), quote=False)


def type_label(claimant_type: str) -> str:
    return str(claimant_type).replace("_", " ")


def format_value(value, unit: str) -> str:
    if value is None or pd.isna(value):
        return "?"
    value = float(value)
    text = f"{value:,.0f}" if value == round(value) or abs(value) >= 100 else f"{value:,.2f}".rstrip("0").rstrip(".")
    return text + UNIT_SUFFIX.get(unit, f" {unit}")


def format_bounds(value, low, high, unit: str) -> str:
    """'' when no bounds were reported or they equal the value; else 'range LOW–HIGH', '?' for an open side."""
    low_known, high_known = not pd.isna(low), not pd.isna(high)
    if not low_known and not high_known:
        return ""  # no bounds reported
    if low_known and high_known and float(low) == float(value) == float(high):
        return ""
    return f"range {format_value(low, unit)}–{format_value(high, unit)}"


def format_period(start, end) -> str:
    start, end = _as_date(start), _as_date(end)
    return start.isoformat() if start == end else f"{start.isoformat()} to {end.isoformat()}"


def period_texts(frame: pd.DataFrame) -> list[str]:
    """`format_period` for a whole frame at once (vectorised: hover text for hundreds of rows)."""
    if frame.empty:
        return []
    start = pd.to_datetime(frame["period_start"]).dt.strftime("%Y-%m-%d")
    end = pd.to_datetime(frame["period_end"]).dt.strftime("%Y-%m-%d")
    return np.where(start == end, start, start + " to " + end).tolist()


def _lists(frame: pd.DataFrame, names: tuple[str, ...]) -> list[list]:
    """Columns as plain Python lists (iterating pandas' Arrow-backed columns one by one is slow)."""
    return [frame[name].tolist() for name in names]


def _as_date(value) -> date:
    return value.date() if hasattr(value, "date") and callable(value.date) else value


# ---------------------------------------------------------------- map


def map_figure(values: MapValues, info: StoreInfo, filters: Filters, settings: Settings,
               geojson_url: str) -> go.Figure:
    """Regions coloured by the combined value, grey where there is none, cities as points."""
    return make_figure(**_map_parts(values, info, filters, settings, geojson_url))


def map_figure_dict(values: MapValues, info: StoreInfo, filters: Filters, settings: Settings,
                    geojson_url: str) -> dict:
    """`map_figure` as the plain `{"data": [...], "layout": {...}}` dict the callbacks send, numeric
    arrays already in plotly.js's typed-array form (the same JSON as the figure's; a `go.Figure`
    deep-copies every trace when built and again when serialized, which cost more than the query)."""
    return typed_arrays(_map_parts(values, info, filters, settings, geojson_url))


def _map_parts(values: MapValues, info: StoreInfo, filters: Filters, settings: Settings, geojson_url: str) -> dict:
    metric = info.vocabulary[filters.metric]
    heads = values.regions[values.regions["colour"]]
    with_data = set(heads["geo_code"])
    no_data = [r for r in info.regions if r.code not in with_data]
    zmax = _zmax(values)
    traces = [_no_data_trace(no_data, filters, geojson_url)]
    if len(heads):
        traces.append(_region_trace(values, heads, info, metric, filters, zmax, geojson_url))
    if len(values.cities):
        traces += _city_traces(values, metric, zmax)
    return {"data": traces, "layout": _map_layout(settings, filters)}


def make_figure(data: list[dict], layout: dict) -> go.Figure:
    """A plotly figure from trace and layout dicts, without plotly.py's per-property validation
    (it costs more than the rest of a callback; tests validate every builder's output)."""
    return go.Figure(data=data, layout=layout, _validate=False)


def typed_arrays(obj):
    """Numeric numpy arrays in nested dicts -> plotly.js typed-array specs (base64), in place, as
    `go.Figure.to_dict` does; lists (hover texts, customdata) are not walked."""
    if isinstance(obj, dict):
        for key, value in obj.items():
            if isinstance(value, np.ndarray):
                if value.dtype.kind in "biuf" and key not in _UNTYPED_KEYS:
                    obj[key] = to_typed_array_spec(value)
            elif isinstance(value, dict):
                typed_arrays(value)
            elif isinstance(value, list) and key in ("data", "annotations"):
                for item in value:
                    typed_arrays(item)
    return obj


_UNTYPED_KEYS = frozenset({"geojson", "layer", "layers", "range"})  # as plotly's `is_skipped_key`


def _zmax(values: MapValues) -> float:
    colour_values = [df.loc[df["colour"], "value"] for df in (values.regions, values.cities) if len(df)]
    top = max((float(v.max()) for v in colour_values if len(v)), default=1.0)
    return top if top > 0 else 1.0


def _no_data_trace(regions, filters: Filters, geojson_url: str) -> dict:
    codes = [r.code for r in regions]
    return dict(type="choroplethmap",
        geojson=geojson_url, featureidkey="properties.iso_3166_2", locations=codes, z=[0] * len(codes),
        colorscale=[[0, NO_DATA_COLOUR], [1, NO_DATA_COLOUR]], showscale=False, zmin=0, zmax=1,
        name="no data (not zero)", showlegend=True,
        customdata=[[escape(r.name)] for r in regions],
        hovertemplate="<b>%{customdata[0]}</b><br>no figure for this metric and range (not zero)<extra></extra>",
        marker={"line": _edges(codes, filters), "opacity": 0.9},
    )


def _region_trace(values, heads, info, metric, filters, zmax, geojson_url) -> dict:
    codes = list(heads["geo_code"])
    hover = place_hovers(values.regions, ["geo_code"], {c: info.place_name(c) for c in codes}, metric.unit,
                         values.kind)
    return dict(type="choroplethmap",
        geojson=geojson_url, featureidkey="properties.iso_3166_2", locations=codes, z=heads["value"].to_numpy(),
        colorscale=MAP_COLORSCALE, zmin=0, zmax=zmax, name=metric.label, showlegend=False,
        customdata=[[hover[c]] for c in codes], hovertemplate="%{customdata[0]}<extra></extra>",
        colorbar={"title": {"text": _wrap(f"{metric.label} ({metric.unit})", 14), "side": "top",
                            "font": {"size": 11}},
                  "thickness": 12, "len": 0.7, "x": 1.0, "xanchor": "right", "tickfont": {"size": 10}},
        marker={"line": _edges(codes, filters), "opacity": 0.85},
    )


def _city_traces(values: MapValues, metric, zmax: float) -> list[dict]:
    heads = values.cities[values.cities["colour"]]
    keys = ["geo_code", "geo_name", "lat", "lon"]
    names = {tuple(k): f"{k[1]} (city)" for k in heads[keys].itertuples(index=False)}
    hover = place_hovers(values.cities, keys, names, metric.unit, values.kind)
    size = 8 + 10 * np.sqrt(np.clip(heads["value"].to_numpy(dtype=float), 0, None) / zmax)
    outline = dict(type="scattermap", lat=heads["lat"].to_numpy(), lon=heads["lon"].to_numpy(), mode="markers",
                            hoverinfo="skip", marker={"size": size + 3, "color": "#222222"}, showlegend=False,
                            name="")
    points = dict(type="scattermap",
        lat=heads["lat"].to_numpy(), lon=heads["lon"].to_numpy(), mode="markers",
        name="city-level figures (points)",
        marker={"size": size, "color": heads["value"].to_numpy(), "colorscale": MAP_COLORSCALE, "cmin": 0,
                "cmax": zmax},
        customdata=[[hover[tuple(k)], k[0]] for k in heads[keys].itertuples(index=False)],
        hovertemplate="%{customdata[0]}<extra></extra>",
    )
    return [outline, points]


def _edges(codes: list[str], filters: Filters) -> dict:
    selected = filters.selected_region
    return {"width": [3.0 if c == selected else 0.6 for c in codes],
            "color": [SELECTED_EDGE if c == selected else REGION_EDGE for c in codes]}


def _map_layout(settings: Settings, filters: Filters) -> dict:
    map_layout = {"style": settings.map_style, "center": MAP_CENTER, "zoom": MAP_ZOOM,
                  "domain": {"x": [0, MAP_DOMAIN_RIGHT], "y": [0, 1]}}
    if settings.map_tiles:
        map_layout["layers"] = [{"sourcetype": "raster", "source": [settings.map_tiles], "below": "traces",
                                 "sourceattribution": settings.map_tiles_attribution}]
    return {
        **BASE_LAYOUT,
        "map": map_layout,
        "margin": {"l": 0, "r": 0, "t": 0, "b": 0},
        "legend": {"orientation": "h", "x": 0, "y": 0, "yanchor": "bottom", "bgcolor": "rgba(255,255,255,0.8)"},
        "uirevision": "map",  # keep the reader's pan and zoom across updates
        "clickmode": "event",
        "hoverlabel": {"align": "left"},
    }


def place_hovers(rows: pd.DataFrame, place_cols: list[str], names: dict, unit: str, kind: str) -> dict:
    """Hover text per place: its claimant rows (most recent first), bounds, dates, escaped."""
    if rows.empty:
        return {}
    lines = claimant_lines(rows, unit, kind)
    parts = _lists(rows, tuple(place_cols))
    keys = parts[0] if len(place_cols) == 1 else list(zip(*parts, strict=True))
    grouped: dict = {}
    for key, line, n_claimants in zip(keys, lines, rows["n_claimants"].tolist(), strict=True):
        grouped.setdefault(key, {"lines": [], "n": int(n_claimants)})["lines"].append(line)
    hovers = {}
    for key, entry in grouped.items():
        parts = [f"<b>{escape(names.get(key, key))}</b>", *entry["lines"]]
        if entry["n"] > len(entry["lines"]):
            parts.append(f"… and {entry['n'] - len(entry['lines'])} more claimant(s): see the sources table")
        if entry["n"] > 1:
            parts.append("<i>colour: the first (most recent) line</i>")
        hovers[key] = "<br>".join(parts)
    return hovers


def claimant_lines(rows: pd.DataFrame, unit: str, kind: str) -> list[str]:
    """Two hover lines per claimant row: the value with bounds and period, then who and when."""
    out = []
    columns = ("claimant", "claimant_type", "value", "value_low", "value_high", "n_figures", "reported_on")
    for (claimant, ctype, value, low, high, n, reported), period in zip(
            zip(*_lists(rows, columns), strict=True), period_texts(rows), strict=True):
        bounds = format_bounds(value, low, high, unit)
        total = f" (sum of {int(n)})" if kind == "flow" else ""
        when = f", reported {escape(reported)}" if isinstance(reported, str) else ""
        out.append(f"<b>{format_value(value, unit)}</b>{f' [{bounds}]' if bounds else ''}{total} · "
                   f"{period}<br>   {escape(shorten(claimant))} ({type_label(ctype)}){when}")
    return out


def shorten(text, limit: int = HOVER_TEXT_LIMIT) -> str:
    """Long names cut for hover labels (the sources table has them in full)."""
    text = "" if text is None else str(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _wrap(text: str, width: int) -> str:
    words, lines, line = text.split(), [], ""
    for word in words:
        if line and len(line) + len(word) + 1 > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    return "<br>".join(escape(x) for x in lines)


def map_caption(values: MapValues, info: StoreInfo, filters: Filters) -> str:
    metric = info.vocabulary[filters.metric]
    n_regions = int(values.regions["colour"].sum()) if len(values.regions) else 0
    parts = [
        f"{metric.label} ({metric.unit}), {filters.date_from} to {filters.date_to}: {KIND_RULES[values.kind]}.",
        f"Map {COLOUR_RULE}; the hover lists every claimant.",
        f"{n_regions} of {len(info.regions)} regions have a figure; grey means no figure, not zero.",
    ]
    if values.n_cities_total:
        shown = int(values.cities["colour"].sum()) if len(values.cities) else 0
        more = f" (the {shown} most recent shown)" if shown < values.n_cities_total else ""
        parts.append(f"{values.n_cities_total} cities with figures drawn as points{more}.")
    if values.n_country:
        parts.append(f"{values.n_country} country-wide figure(s) are not on the map: see the chart and table.")
    parts.append("Click a region to filter the chart and the table.")
    return " ".join(parts)


def map_summary_rows(values: MapValues, info: StoreInfo, filters: Filters) -> list[tuple[str, str]]:
    """The map as text: (place, value with claimant and date) for each coloured region and city."""
    unit = info.vocabulary[filters.metric].unit
    rows = []
    for frame, is_city in ((values.regions, False), (values.cities, True)):
        heads = frame[frame["colour"]] if len(frame) else frame
        if heads.empty:
            continue
        columns = ("geo_code", "geo_name", "n_claimants", "value", "claimant")
        for (code, name, n_claimants, value, claimant), period in zip(
                zip(*_lists(heads, columns), strict=True), period_texts(heads), strict=True):
            place = f"{name} (city)" if is_city else info.place_name(code)
            others = f"; {n_claimants - 1} other claimant(s)" if n_claimants > 1 else ""
            rows.append((place, f"{format_value(value, unit)} — {claimant}, {period}{others}"))
    return rows


# ---------------------------------------------------------------- time series


def timeseries_figure(ts: Timeseries, info: StoreInfo, filters: Filters,
                      alerts: pd.DataFrame | None = None) -> go.Figure:
    return make_figure(**_timeseries_parts(ts, info, filters, alerts))


def timeseries_figure_dict(ts: Timeseries, info: StoreInfo, filters: Filters,
                           alerts: pd.DataFrame | None = None) -> dict:
    """`timeseries_figure` as the plain dict the callback sends (see `map_figure_dict`)."""
    return typed_arrays(_timeseries_parts(ts, info, filters, alerts))


def _timeseries_parts(ts: Timeseries, info: StoreInfo, filters: Filters, alerts: pd.DataFrame | None) -> dict:
    metric = info.vocabulary[filters.metric]
    traces: list[dict] = []
    layout = _ts_layout(metric, filters, alerts is not None and len(alerts) > 0)
    if ts.points.empty:
        layout["annotations"] = [{"text": "No figures for this metric, place and range.", "showarrow": False,
                                  "xref": "paper", "yref": "paper", "x": 0.5, "y": 0.5, "font": {"size": 14}}]
    elif ts.aggregated:
        traces += _aggregated_traces(ts, metric.unit)
    else:
        traces += _figure_traces(ts.points, info, metric.unit, filters)
    if alerts is not None and len(alerts):
        traces = _alert_traces(alerts) + traces  # drawn first: under the figures
    return {"data": traces, "layout": layout}


def _figure_traces(points: pd.DataFrame, info: StoreInfo, unit: str, filters: Filters) -> list:
    points = points.assign(x=jittered_dates(points, filters), hover=point_hovers(points, unit))
    traces = []
    for claimant_type, group in points.groupby("claimant_type", sort=False):
        colour, symbol = CLAIMANT_TYPE_STYLE.get(claimant_type, ("#444444", "circle"))
        name = type_label(claimant_type)
        contested = group["contested"].to_numpy(dtype=bool)
        traces.append(_period_spans(group, colour, name))
        traces.append(dict(type="scatter",
            x=group["x"].dt.strftime("%Y-%m-%d %H:%M").to_numpy(), y=group["value"].to_numpy(dtype=float),
            mode="markers", name=name, legendgroup=name,
            marker={"color": colour, "symbol": symbol, "size": 10, "opacity": 0.9,
                    "line": {"color": np.where(contested, "#000000", "#ffffff"),
                             "width": np.where(contested, 2.5, 0.8)}},
            error_y=_error_bars(group),
            customdata=group[["hover"]].to_numpy(), hovertemplate="%{customdata[0]}<extra></extra>",
        ))
    return traces


def jittered_dates(points: pd.DataFrame, filters: Filters) -> pd.Series:
    """Period end, with contested figures of one group set side by side (a small x offset)."""
    x = pd.to_datetime(points["period_end"])
    if not points["contested"].any():
        return x
    span = max((filters.date_to - filters.date_from).days, 1)
    step = pd.Timedelta(days=max(span * 0.012, 0.5))
    rank = points.groupby("contest_group").cumcount()
    size = points.groupby("contest_group")["contest_group"].transform("size")
    offset = (rank - (size - 1) / 2) * step
    return x + offset.where(points["contested"], pd.Timedelta(0))


def _period_spans(group: pd.DataFrame, colour: str, name: str) -> dict:
    """A thin line from period start to period end for figures that cover more than a day."""
    long = group[group["period_start"] != group["period_end"]]
    xs: list = []
    ys: list = []
    for start, x, value in zip(pd.to_datetime(long["period_start"]), long["x"], long["value"], strict=True):
        xs += [start.strftime("%Y-%m-%d"), x.strftime("%Y-%m-%d %H:%M"), None]
        ys += [value, value, None]
    return dict(type="scatter", x=xs, y=ys, mode="lines", line={"color": colour, "width": 2}, opacity=0.5,
                      legendgroup=name, showlegend=False, hoverinfo="skip", name=f"{name} period")


def _error_bars(group: pd.DataFrame) -> dict:
    value = group["value"].to_numpy(dtype=float)
    high = group["value_high"].to_numpy(dtype=float)
    low = group["value_low"].to_numpy(dtype=float)
    return {"type": "data", "symmetric": False, "thickness": 1.2, "width": 4,
            "array": np.nan_to_num(high - value, nan=0.0).clip(min=0),
            "arrayminus": np.nan_to_num(value - low, nan=0.0).clip(min=0)}


def point_hovers(points: pd.DataFrame, unit: str) -> list[str]:
    """Hover text per figure: value, bounds, claimant, place, period, source; for contested
    figures, the other sources of the same metric, place and period."""
    others = _contest_summaries(points, unit)
    columns = ("value", "value_low", "value_high", "qualifier", "claimant", "claimant_type", "geo_name",
               "publisher", "reported_on", "status", "figure_id", "contest_group", "contested", "contested_any")
    out = []
    for (value, low, high, qualifier, claimant, ctype, place, publisher, reported, status, figure_id, group,
         contested, contested_any), period in zip(zip(*_lists(points, columns), strict=True), period_texts(points),
                                                  strict=True):
        bounds = format_bounds(value, low, high, unit)
        lines = [
            f"<b>{format_value(value, unit)}</b>{f' [{bounds}]' if bounds else ''} · {escape(qualifier)}",
            f"{escape(shorten(claimant))} ({type_label(ctype)})",
            f"{escape(place)} · {period}",
            f"{escape(shorten(publisher))}, reported {escape(reported)} · {escape(status)}",
        ]
        if contested:
            lines.append("<b>Contested</b>, also reported:")
            lines += [line for fid, line in others.get(group, []) if fid != figure_id][:4]
        elif contested_any:
            lines.append("<b>Contested</b> by a figure the current filters hide")
        out.append("<br>".join(lines))
    return out


def _contest_summaries(points: pd.DataFrame, unit: str) -> dict:
    """contest group -> [(figure_id, '· claimant: value (publisher, date)')] for the contested figures."""
    contested = points[points["contested"]]
    summaries: dict = {}
    columns = ("contest_group", "figure_id", "claimant", "value", "publisher", "reported_on")
    for group, fid, claimant, value, publisher, reported in zip(*_lists(contested, columns), strict=True):
        summaries.setdefault(group, []).append(
            (fid, f"· {escape(shorten(claimant))}: {format_value(value, unit)} "
                  f"({escape(shorten(publisher, 30))}, {escape(reported)})"))
    return summaries


def _aggregated_traces(ts: Timeseries, unit: str) -> list:
    """One marker per claimant and bucket (never across claimants): the claimant's latest figure
    in the bucket, whiskers from that claimant's lowest to highest figure there. The hover's
    fixed words live in the template and the per-marker values in `customdata` (small payloads)."""
    traces = []
    suffix = escape(UNIT_SUFFIX.get(unit, f" {unit}"))
    template = (f"<b>%{{customdata[1]}} figure(s) by %{{customdata[0]}}</b> in the {ts.bucket} of %{{x}}<br>"
                f"latest: %{{y:,.4~g}}{suffix} (period end %{{customdata[2]}}, reported %{{customdata[3]}})<br>"
                f"this claimant's range: %{{customdata[4]:,.4~g}}–%{{customdata[5]:,.4~g}}{suffix}"
                "%{customdata[6]}<extra></extra>")
    for claimant_type, group in ts.points.groupby("claimant_type", sort=False, observed=True):
        colour, symbol = CLAIMANT_TYPE_STYLE.get(claimant_type, ("#444444", "circle"))
        value = group["value"].to_numpy(dtype=float)
        low, high = group["value_min"].to_numpy(dtype=float), group["value_max"].to_numpy(dtype=float)
        ends = pd.to_datetime(group["period_end"]).dt.strftime("%Y-%m-%d").tolist()
        customdata = [
            [escape(shorten(claimant, 40)), int(n), end, escape(reported) if isinstance(reported, str) else "?",
             float(lo), float(hi), f"<br>{int(contested)} contested by another claimant" if contested else ""]
            for claimant, n, end, reported, lo, hi, contested in zip(
                group["claimant"].tolist(), group["n"].tolist(), ends, group["reported_on"].tolist(), low, high,
                group["n_contested"].tolist(), strict=True)
        ]
        traces.append(dict(type="scatter",
            x=pd.to_datetime(group["bucket"]).dt.strftime("%Y-%m-%d").to_numpy(), y=value, mode="markers",
            name=type_label(claimant_type),
            marker={"color": colour, "symbol": symbol, "size": 7, "line": {"color": "#ffffff", "width": 0.6}},
            error_y={"type": "data", "symmetric": False, "thickness": 1, "width": 2,
                     "array": high - value, "arrayminus": value - low},
            customdata=customdata, hovertemplate=template,
        ))
    return traces


def _day(value) -> str:
    return pd.Timestamp(value).strftime("%Y-%m-%d") if value is not None and not pd.isna(value) else "?"


def _alert_traces(alerts: pd.DataFrame) -> list[dict]:
    traces = []
    for index, (source, group) in enumerate(alerts.groupby("source", sort=True)):
        traces.append(dict(type="scatter",
            x=pd.to_datetime(group["date"]).dt.strftime("%Y-%m-%d").to_numpy(),
            y=group["hours"].round(2).to_numpy(), mode="lines", yaxis="y2",
            name=f"alert hours/day, {escape(source)}: association in time, not cause",
            line={"color": ALERT_COLOURS[index % len(ALERT_COLOURS)], "width": 1, "shape": "hv"}, opacity=0.6,
            hovertemplate=f"%{{x|%Y-%m-%d}}: %{{y:.1f}} h under alert ({escape(source)})<extra></extra>",
        ))
    return traces


def _ts_layout(metric, filters: Filters, with_alerts: bool) -> dict:
    pad = timedelta(days=max((filters.date_to - filters.date_from).days * 0.02, 1))
    layout = {
        **BASE_LAYOUT,
        "xaxis": {"type": "date", "range": [(filters.date_from - pad).isoformat(), (filters.date_to + pad).isoformat()]},
        "yaxis": {"title": {"text": _wrap(f"{metric.label} ({metric.unit})", 32)}, "rangemode": "tozero",
                  "zeroline": True},
        "margin": {"l": 60, "r": 60 if with_alerts else 10, "t": 10, "b": 40},
        "legend": {"orientation": "h", "x": 0, "y": -0.14, "yanchor": "top"},
        "hovermode": "closest",
        "hoverlabel": {"align": "left"},
        "uirevision": filters.metric,
    }
    if with_alerts:
        layout["yaxis2"] = {"title": {"text": "alert hours/day"}, "overlaying": "y", "side": "right",
                            "range": [0, 24], "dtick": 6, "showgrid": False}
    return layout


def timeseries_caption(ts: Timeseries, info: StoreInfo, filters: Filters, n_alert_days: int | None) -> str:
    metric = info.vocabulary[filters.metric]
    where = ", ".join(info.place_name(c) for c in filters.places) if filters.places else "all places"
    parts = [f"{metric.label}: {ts.n_figures:,} figure(s), {where}, {filters.date_from} to {filters.date_to}."]
    if ts.aggregated:
        parts.append(f"Too many to draw one by one: each marker is ONE claimant's latest figure in a {ts.bucket} "
                     "(figures of different claimants are never combined), whiskers from that claimant's lowest "
                     "to highest figure in it; choose a region or a shorter range to see every figure.")
    else:
        parts.append("One marker per reported figure at its period's end, colour and shape by claimant type; "
                     "a line shows a period longer than a day; whiskers show the reported bounds; outlined markers "
                     "are contested (same metric, place and period, different "
                     "values), set side by side with every source in the hover.")
    if n_alert_days is not None:
        parts.append(f"Grey line: {ALERTS_LABEL.lower()}, mean over the regions shown ({n_alert_days} day(s)).")
    return " ".join(parts)


# ---------------------------------------------------------------- notebooks


def figure_for(data_dir, chart: str = "timeseries", query: str | None = None, report: bool = False,
               **filters) -> go.Figure:
    """The dashboard's chart for a view, from a processed-data folder (for notebooks and scripts).

    Filters use the page's URL parameter names (`metric`, `from`, `to`, `regions`, `types`,
    `unattributed`, `alerts`, `region`); as keywords, `date_from`/`date_to` stand for `from`/`to`,
    and lists may be given for `regions` and `types`. Or pass a whole `query` string copied from
    the address bar. Unknown or unusable values raise `ValueError` naming the parameter.
    `report=True` adds the title and the source line (as in the exports).

        from dashboard.charts import figure_for
        fig = figure_for("datasets/processed", "timeseries", metric="share_without_power",
                         date_from="2022-10-01", date_to="2023-03-31", regions=["UA-30"])
    """
    from urllib.parse import urlencode

    from dashboard.config import Settings
    from dashboard.data import DataStore
    from dashboard.urlstate import QueryError, parse_strict
    from dashboard.views import chart_view, report_figure

    params = {{"date_from": "from", "date_to": "to"}.get(k, k): (",".join(v) if isinstance(v, list | tuple) else
                                                                 ("1" if v is True else "0" if v is False else v))
              for k, v in filters.items()}
    text = query if query is not None else urlencode({k: str(v) for k, v in params.items()}, safe=",")
    store = DataStore.open(data_dir)
    info = store.info
    try:
        view_filters, _ = parse_strict(text, info.vocabulary, info.place_codes, info.default_filters())
    except QueryError as err:
        raise ValueError(f"{err.parameter}: {err.message}") from None
    view = chart_view(store, Settings.from_env(data_dir), chart, view_filters)
    return report_figure(view) if report else view.figure
