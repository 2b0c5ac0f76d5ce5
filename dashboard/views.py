"""A finished chart for one view: the figure plus the words that travel with it.

Used by the embeds (`dashboard.api`), the static exports (`dashboard.export`, the page's
export links) and notebooks (`dashboard.charts.figure_for`). `chart_view` queries the store
and returns a `ChartView`; `report_layout` adds the title (what, units, places, period) and
the source line (who claimed the figures, the project, the link back) to the figure itself,
so a PNG or an HTML file carries them wherever it goes.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache

import plotly.graph_objects as go

from dashboard import alttext, charts, data
from dashboard.config import ASSETS_DIR, REGIONS_ASSET, Settings

CHARTS = ("map", "timeseries")
EXPORT_SIZE = {"map": (1000, 760), "timeseries": (1100, 620)}
MAP_SPAN = (19.5, 13.5)  # Ukraine's extent in degrees of longitude and Mercator "degrees" (see assets/app.js)


@dataclass(frozen=True)
class ChartView:
    chart: str
    figure: go.Figure
    title: str
    alt: str
    source: str
    claimants: tuple[str, ...]
    n_claimants: int
    n_figures: int


@lru_cache(maxsize=1)
def regions_geojson() -> dict:
    """The region geometry, inlined into exported figures (an image or a file has no server to ask)."""
    return json.loads((ASSETS_DIR / REGIONS_ASSET).read_text(encoding="utf-8"))


def chart_view(store: data.DataStore, settings: Settings, chart: str, filters: data.Filters,
               geojson: str | dict | None = None, link: str | None = None) -> ChartView:
    """The chart of a view with its title, alt text and source line (`geojson`: a URL, or None to inline it)."""
    if chart not in CHARTS:
        raise ValueError(f"chart must be one of {CHARTS}, not {chart!r}")
    info = store.info
    metric = info.vocabulary[filters.metric]
    geojson = regions_geojson() if geojson is None else geojson
    if chart == "map":
        values = data.map_values(store, filters)
        figure = charts.map_figure(values, info, filters, settings, geojson)
        places = info.country.name  # the map always shows every region
        summary = data.view_summary(store, _without_places(filters))
    else:
        ts = data.timeseries(store, filters)
        alerts = data.alerts_hours(store, filters) if filters.show_alerts else None
        figure = charts.timeseries_figure(ts, info, filters, alerts)
        places = alttext.places_text([info.place_name(c) for c in filters.places], info.country.name)
        summary = data.view_summary(store, filters)
    title = alttext.chart_title(metric.label, metric.unit, places, filters.date_from, filters.date_to)
    alt = alttext.alt_text(metric.label, metric.unit, places, filters.date_from, filters.date_to,
                           n_figures=summary.n_figures, value_min=summary.value_min, value_max=summary.value_max,
                           claimants=summary.claimants, n_claimants=summary.n_claimants)
    source = alttext.source_line(summary.claimants, summary.n_claimants, link)
    return ChartView(chart=chart, figure=figure, title=title, alt=alt, source=source, claimants=summary.claimants,
                     n_claimants=summary.n_claimants, n_figures=summary.n_figures)


def _without_places(filters: data.Filters) -> data.Filters:
    return data.Filters(metric=filters.metric, date_from=filters.date_from, date_to=filters.date_to,
                        claimant_types=filters.claimant_types, include_unattributed=filters.include_unattributed)


def report_figure(view: ChartView, width: int | None = None, height: int | None = None,
                  with_source: bool = True) -> go.Figure:
    """The view's figure with its title and (optionally) source line drawn in, sized for a report."""
    width, height = width or EXPORT_SIZE[view.chart][0], height or EXPORT_SIZE[view.chart][1]
    figure = go.Figure(view.figure)
    title = {"text": charts.escape(view.title), "x": 0.01, "xanchor": "left", "font": {"size": 17}}
    if with_source:
        title["subtitle"] = {"text": "<br>".join(charts.escape(line) for line in wrap(view.source, width // 7)),
                             "font": {"size": 11, "color": "#444444"}}
    top = 70 + (14 * (len(wrap(view.source, width // 7)) - 1) if with_source else 0)
    figure.update_layout(title=title, width=width, height=height)
    margin = figure.layout.margin.to_plotly_json() if figure.layout.margin else {}
    figure.update_layout(margin={**margin, "t": top})
    if view.chart == "map":
        figure.update_layout(map={"zoom": fit_zoom(width * charts.MAP_DOMAIN_RIGHT, height - top)},
                             margin={"l": 5, "r": 5, "b": 5, "t": top})
    return figure


def fit_zoom(width: float, height: float) -> float:
    """The map zoom that fits Ukraine into a box of this size (the rule of assets/app.js fitMap)."""
    zoom = math.log2(min(width * 360 / (512 * MAP_SPAN[0]), height * 360 / (512 * MAP_SPAN[1])))
    return max(2.0, min(8.0, round(zoom * 20) / 20))


def wrap(text: str, width: int) -> list[str]:
    """Split text into lines of at most `width` characters at spaces."""
    lines, line = [], ""
    for word in text.split(" "):
        if line and len(line) + 1 + len(word) > max(width, 20):
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return [*lines, line] if line else lines
