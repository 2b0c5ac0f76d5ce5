"""Figure builders: no-data regions, offline map style, geometry by URL, escaping, contested points."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pandas as pd
import plotly.io as pio
import pytest
from dashboard_support import figure, write_figures

from dashboard import charts
from dashboard.config import Settings
from dashboard.data import DataStore, Filters, alerts_hours, map_values, timeseries

GEOJSON_URL = "/assets/regions.geojson"
HOSTILE = "<script>window.__x=1</script> & <img src=x onerror=alert(1)>"
SPAN = dict(date_from=date(2023, 1, 1), date_to=date(2023, 12, 31))


@pytest.fixture
def store(tmp_path):
    rows = [
        figure(value=100, value_low=90, value_high=120, claimant=HOSTILE, publisher=HOSTILE),
        figure(value=80, claimant="DTEK", claimant_type="energy_company", publisher="Times"),
        figure(value=50, geo_code="UA-32", geo_name="Kyiv Oblast", period_start="2023-03-01",
               period_end="2023-03-31"),
        figure(value=7, geo_level="city", geo_name="Odesa", geo_code="UA-51", lat=46.48, lon=30.74,
               claimant="BBC", claimant_type="media"),
    ]
    alerts = [("volunteer", "UA-63", "Kharkiv Oblast", "2023-01-10", 1, 0, 5.0)]
    return DataStore.open(write_figures(tmp_path / "out", rows, alerts))


def view(**kw) -> Filters:
    return Filters(**{"metric": "consumers_without_power", **SPAN, **kw})


def build_map(store, filters=None, settings=None):
    filters = filters or view()
    values = map_values(store, filters)
    return charts.map_figure(values, store.info, filters, settings or Settings(), GEOJSON_URL), values


def test_every_region_is_drawn_once_and_no_data_is_a_separate_grey_trace(store):
    fig, _ = build_map(store)
    no_data, data = fig.data[0], fig.data[1]
    assert no_data.type == data.type == "choroplethmap"
    assert "no data" in no_data.name
    assert {c[1] for c in no_data.colorscale} == {charts.NO_DATA_COLOUR}
    assert set(data.locations) == {"UA-63", "UA-32"}
    assert len(no_data.locations) + len(data.locations) == 27
    assert not set(no_data.locations) & set(data.locations)
    assert 0 not in list(data.z)  # a region without a figure never gets a zero value


def test_map_is_offline_by_default_and_geometry_comes_by_url(store):
    fig, _ = build_map(store)
    assert fig.layout.map.style == "white-bg"
    assert not fig.layout.map.layers
    for trace in fig.data:
        if trace.type == "choroplethmap":
            assert trace.geojson == GEOJSON_URL and trace.featureidkey == "properties.iso_3166_2"
    assert "coordinates" not in fig.to_json()  # no geometry inside the figure


def test_tile_basemap_is_opt_in(store):
    settings = Settings.from_env(environ={"INFRA_MAP_TILES": "https://tiles.example/{z}/{x}/{y}.png",
                                          "INFRA_MAP_TILES_ATTRIBUTION": "© example"})
    fig, _ = build_map(store, settings=settings)
    layer = fig.layout.map.layers[0]
    assert layer.sourcetype == "raster" and layer.below == "traces" and list(layer.source)[0].startswith("https://")
    assert not settings.offline and Settings().offline
    with pytest.raises(ValueError):
        Settings.from_env(environ={"INFRA_MAP_TILES": "javascript:alert(1)"})


def test_cities_are_scatter_map_points(store):
    fig, _ = build_map(store)
    points = [t for t in fig.data if t.type == "scattermap" and t.hoverinfo != "skip"]
    assert len(points) == 1 and list(points[0].lat) == [46.48]
    assert points[0].customdata[0][1] == "UA-51"  # clicking a city selects its region


def test_map_hover_lists_every_claimant_and_escapes_markup(store):
    fig, _ = build_map(store)
    data = fig.data[1]
    hover = data.customdata[list(data.locations).index("UA-63")][0]
    assert "DTEK" in hover and "&lt;script&gt;" in hover and "&lt;img" in hover
    assert "<script" not in hover and "<img" not in hover
    assert "range 90–120" in hover
    raw = fig.to_json()
    assert "<script" not in raw and "<img" not in raw


def test_selected_region_is_outlined(store):
    fig, _ = build_map(store, view(selected_region="UA-63"))
    data = fig.data[1]
    widths = dict(zip(data.locations, data.marker.line.width, strict=True))
    assert widths["UA-63"] > widths["UA-32"]


def test_map_caption_and_text_alternative(store):
    filters = view()
    values = map_values(store, filters)
    caption = charts.map_caption(values, store.info, filters)
    assert "grey means no figure, not zero" in caption and "latest reported level" in caption
    rows = dict(charts.map_summary_rows(values, store.info, filters))
    assert set(rows) == {"Kharkiv Oblast", "Kyiv Oblast", "Odesa (city)"}


def test_timeseries_has_one_marker_per_figure_with_bounds(store):
    filters = view()
    fig = charts.timeseries_figure(timeseries(store, filters), store.info, filters)
    markers = [t for t in fig.data if t.mode == "markers"]
    assert sum(len(t.x) for t in markers) == 4
    assert {t.name for t in markers} == {"grid operator", "energy company", "media"}
    grid = next(t for t in markers if t.name == "grid operator")
    assert grid.error_y.array is not None and grid.error_y.arrayminus is not None
    spans = [t for t in fig.data if t.mode == "lines" and t.hoverinfo == "skip"]
    assert any(len(t.x) for t in spans)  # the March period is drawn as a line


def test_contested_points_sit_side_by_side_with_both_sources_in_the_hover(store):
    filters = view(regions=("UA-63",))
    ts = timeseries(store, filters)
    x = charts.jittered_dates(ts.points, filters)
    assert ts.points["contested"].sum() == 2 and x.nunique() == 2
    fig = charts.timeseries_figure(ts, store.info, filters)
    hovers = [c[0] for t in fig.data if t.mode == "markers" for c in t.customdata]
    dtek = next(h for h in hovers if h.count("DTEK") == 1 and "Contested" in h and "also reported" in h
                and "&lt;script&gt;" in h)
    assert "<script" not in dtek
    assert all("<img" not in h for h in hovers)


def test_alert_hours_sit_on_a_second_axis_labelled_as_association(store):
    filters = view(show_alerts=True)
    fig = charts.timeseries_figure(timeseries(store, filters), store.info, filters, alerts_hours(store, filters))
    alert = [t for t in fig.data if t.yaxis == "y2"]
    assert alert and "association in time, not cause" in alert[0].name
    assert fig.layout.yaxis2.overlaying == "y"
    caption = charts.timeseries_caption(timeseries(store, filters), store.info, filters, 1)
    assert "not cause" in caption


def test_aggregated_timeseries_says_so(store):
    filters = view()
    ts = timeseries(store, filters, max_markers=1, max_groups=1)
    fig = charts.timeseries_figure(ts, store.info, filters)
    assert ts.aggregated and all(t.mode == "markers" for t in fig.data)
    caption = charts.timeseries_caption(ts, store.info, filters, None)
    assert "ONE claimant's latest figure" in caption and "never combined" in caption and "median" not in caption
    assert all("figure(s) by %{customdata[0]}</b> in the" in t.hovertemplate for t in fig.data)
    assert "DTEK" in [row[0] for t in fig.data for row in t.customdata]
    assert sum(len(t.x) for t in fig.data) == len(ts.points)  # one marker per claimant and bucket


def test_empty_view_draws_a_message_and_an_all_grey_map(store):
    filters = view(metric="missiles_launched")
    fig = charts.timeseries_figure(timeseries(store, filters), store.info, filters)
    assert "No figures" in fig.layout.annotations[0].text
    map_fig, _ = build_map(store, filters)
    assert len(map_fig.data) == 1 and len(map_fig.data[0].locations) == 27


def test_escape_and_formatting():
    assert charts.escape("<b>&</b>") == "&lt;b&gt;&amp;&lt;/b&gt;"
    assert charts.escape(None) == "" and charts.escape(float("nan")) == ""
    assert charts.format_value(1500000.0, "count") == "1,500,000"
    assert charts.format_value(40.0, "percent") == "40%"
    assert charts.format_value(2.5, "hours_per_day") == "2.5 h/day"
    assert charts.format_bounds(40, 40, 40, "percent") == "" == charts.format_bounds(40, None, None, "percent")
    assert charts.format_bounds(50, None, 60, "percent") == "range ?–60%"
    assert charts.format_period(pd.Timestamp("2023-01-01"), pd.Timestamp("2023-01-31")) == "2023-01-01 to 2023-01-31"


def test_figures_serialise_to_json(store):
    fig, _ = build_map(store)
    json.loads(pio.to_json(fig))
    filters = replace(view(), show_alerts=True)
    json.loads(pio.to_json(charts.timeseries_figure(timeseries(store, filters), store.info, filters,
                                                    alerts_hours(store, filters))))


def test_every_builder_output_passes_plotly_validation(store):
    """The builders skip plotly.py's validation for speed: validate their output here."""
    import plotly.graph_objects as go

    filters = view(show_alerts=True, regions=("UA-63",), selected_region="UA-63")
    figures = [build_map(store, filters)[0], build_map(store, view(metric="missiles_launched"))[0],
               charts.timeseries_figure(timeseries(store, filters), store.info, filters, alerts_hours(store, filters)),
               charts.timeseries_figure(timeseries(store, view(), max_markers=1), store.info, view()),
               charts.timeseries_figure(timeseries(store, view(metric="missiles_launched")), store.info,
                                        view(metric="missiles_launched"))]
    for fig in figures:
        go.Figure(json.loads(pio.to_json(fig)))  # raises on any invalid property or value
