"""The data layer: filters, the combining rules of each metric kind, the sources table."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pyarrow as pa
import pytest
from dashboard_support import figure, make_dashboard_data, write_figures

from dashboard.data import (
    ATTRIBUTED_TYPES,
    DataStore,
    Filters,
    alerts_hours,
    choose_bucket,
    count_figures,
    count_retracted,
    extract_batches,
    figure_by_id,
    map_values,
    select_figures,
    series_batches,
    table_page,
    timeseries,
    view_summary,
)

SPAN = dict(date_from=date(2023, 1, 1), date_to=date(2023, 12, 31))


def view(metric="consumers_without_power", **kw) -> Filters:
    return Filters(metric=metric, **{**SPAN, **kw})


@pytest.fixture(scope="module")
def e2e_store(tmp_path_factory):
    return DataStore.open(make_dashboard_data(tmp_path_factory.mktemp("dash-data")))


def store_of(tmp_path, rows, alerts=None) -> DataStore:
    return DataStore.open(write_figures(tmp_path / "out", rows, alerts))


def region_row(values, code, claimant=None):
    rows = values.regions[values.regions["geo_code"] == code]
    if claimant:
        rows = rows[rows["claimant"] == claimant]
    return rows


# ---------------------------------------------------------------- the e2e output


def test_store_summarises_the_e2e_output(e2e_store):
    info = e2e_store.info
    assert len(info.regions) == 27 and info.country.code == "UA"
    assert info.n_figures == 13
    assert info.metric_counts["consumers_without_power"] == 4
    assert info.default_metric() == "consumers_without_power"
    assert info.extent[0] <= date(2022, 2, 24) and info.extent[1] >= date(2024, 12, 31)


def test_unattributed_switch(e2e_store):
    base = replace(e2e_store.info.default_filters(), metric="consumers_without_power")
    without = select_figures(e2e_store, base)
    with_unattributed = select_figures(e2e_store, replace(base, include_unattributed=True))
    assert "unattributed" not in set(without["claimant_type"])
    assert len(with_unattributed) == len(without) + 1
    assert set(with_unattributed["claimant_type"]) - set(without["claimant_type"]) == {"unattributed"}


def test_selected_region_narrows_the_view(e2e_store):
    base = replace(e2e_store.info.default_filters(), metric="consumers_without_power")
    kharkiv = select_figures(e2e_store, base.with_selected("UA-63"))
    assert set(kharkiv["geo_code"]) == {"UA-63"} and len(kharkiv) == 2
    assert count_figures(e2e_store, replace(base, regions=("UA-32",))) == 1
    # the clicked region wins over the regions filter
    assert count_figures(e2e_store, replace(base, regions=("UA-32",), selected_region="UA-63")) == 2


def test_contested_pair_is_marked(e2e_store):
    base = replace(e2e_store.info.default_filters(), metric="consumers_without_power", selected_region="UA-63")
    points = timeseries(e2e_store, base).points
    assert points["contested"].all() and points["contest_group"].nunique() == 1


def test_markup_is_stored_as_plain_text(e2e_store):
    rows = select_figures(e2e_store, replace(e2e_store.info.default_filters(), metric="consumers_without_power"))
    assert rows["quote"].str.contains("<img src=x onerror=", regex=False).any()


def test_figure_by_id_accepts_only_ids(e2e_store):
    some_id = select_figures(e2e_store, e2e_store.info.default_filters())["figure_id"].iloc[0]
    assert len(figure_by_id(e2e_store, some_id)) == 1
    for junk in (None, "", "' OR 1=1 --", 12, "0123456789abcdef0"):
        assert figure_by_id(e2e_store, junk).empty


def test_missing_output_folder_is_an_actionable_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="python -m etl run"):
        DataStore.open(tmp_path)


# ---------------------------------------------------------------- combining rules


def test_level_takes_the_latest_figure_per_region_and_claimant(tmp_path):
    store = store_of(tmp_path, [
        figure(value=100, period_start="2023-01-10"),
        figure(value=300, period_start="2023-03-01"),                      # latest for Ukrenergo
        figure(value=250, period_start="2023-02-01", claimant="DTEK", claimant_type="energy_company"),
        figure(value=999, period_start="2024-03-01"),                      # outside the range
        figure(value=50, geo_code="UA-32", geo_name="Kyiv Oblast"),
    ])
    values = map_values(store, view())
    assert values.kind == "level"
    assert float(region_row(values, "UA-63", "Ukrenergo")["value"].iloc[0]) == 300
    assert float(region_row(values, "UA-63", "DTEK")["value"].iloc[0]) == 250
    colour = region_row(values, "UA-63").query("colour")
    assert len(colour) == 1 and colour["claimant"].iloc[0] == "Ukrenergo"  # the most recent figure colours
    assert int(region_row(values, "UA-63", "Ukrenergo")["n_figures"].iloc[0]) == 2
    assert set(values.regions["geo_code"]) == {"UA-63", "UA-32"}


def test_cumulative_takes_the_latest_total(tmp_path):
    rows = [figure(metric="damage_cost", unit="USD", value=v, period_start=d)
            for v, d in ((10e9, "2023-02-01"), (12e9, "2023-06-01"))]
    values = map_values(store_of(tmp_path, rows), view("damage_cost"))
    assert values.kind == "cumulative"
    assert list(values.regions["value"]) == [12e9]


def test_flow_sums_within_the_period_per_claimant_never_across_claimants(tmp_path):
    flow = dict(metric="missiles_launched", unit="count")
    store = store_of(tmp_path, [
        figure(**flow, value=10, period_start="2023-01-05", value_low=10, value_high=10),
        figure(**flow, value=20, period_start="2023-02-05", value_low=18, value_high=25),
        figure(**flow, value=21, period_start="2023-02-05", reported_on="2023-02-07", value_low=21,
               value_high=21),                                             # a correction: replaces 20
        figure(**flow, value=5, period_start="2022-12-20", period_end="2023-01-02"),  # only overlaps: left out
        figure(**flow, value=40, period_start="2023-01-05", claimant="Ministry of Defence of Russia",
               claimant_type="military"),
    ])
    values = map_values(store, view("missiles_launched"))
    assert values.kind == "flow"
    ukrenergo = region_row(values, "UA-63", "Ukrenergo")
    assert float(ukrenergo["value"].iloc[0]) == 31
    assert float(ukrenergo["value_low"].iloc[0]) == 31 and float(ukrenergo["value_high"].iloc[0]) == 31
    assert int(ukrenergo["n_figures"].iloc[0]) == 2
    assert float(region_row(values, "UA-63", "Ministry of Defence of Russia")["value"].iloc[0]) == 40
    assert 71 not in set(values.regions["value"])  # no sum across claimants


def test_flow_bounds_are_unknown_when_one_figure_has_none(tmp_path):
    flow = dict(metric="missiles_launched", unit="count")
    store = store_of(tmp_path, [figure(**flow, value=10, value_low=8, value_high=12, period_start="2023-01-05"),
                                figure(**flow, value=5, period_start="2023-01-06")])
    row = map_values(store, view("missiles_launched")).regions.iloc[0]
    assert row["value"] == 15 and row["value_low"] != row["value_low"]  # NaN: unknown


def test_cities_are_points_and_city_units_colour_their_region(tmp_path):
    store = store_of(tmp_path, [
        figure(geo_level="city", geo_name="Kharkiv", lat=49.98, lon=36.25, value=7),
        figure(geo_level="city", geo_code="UA-30", geo_name="Kyiv", lat=50.45, lon=30.52, value=9),
        figure(geo_level="country", geo_code="UA", geo_name="Ukraine", value=1000),
    ])
    values = map_values(store, view())
    assert set(values.cities["geo_name"]) == {"Kharkiv", "Kyiv"}
    assert list(values.regions["geo_code"]) == ["UA-30"]  # Kyiv city is itself a first-level unit
    assert values.n_country == 1


def test_claimant_types_and_unattributed(tmp_path):
    store = store_of(tmp_path, [
        figure(value=1), figure(value=2, claimant="Unattributed", claimant_type="unattributed"),
        figure(value=3, claimant="BBC", claimant_type="media"),
    ])
    assert count_figures(store, view()) == 2
    assert count_figures(store, view(include_unattributed=True)) == 3
    assert count_figures(store, view(claimant_types=("media",))) == 1
    assert count_figures(store, view(claimant_types=())) == 0
    assert count_figures(store, view(claimant_types=(), include_unattributed=True)) == 1


def test_retracted_figures_are_left_out_of_map_and_chart_but_listed_in_the_table(tmp_path):
    store = store_of(tmp_path, [figure(value=1), figure(value=2, status="retracted", period_start="2023-02-01")])
    assert list(select_figures(store, view())["value"]) == [1]
    assert list(timeseries(store, view()).points["value"]) == [1]
    assert list(map_values(store, view()).regions["value"]) == [1]
    assert view_summary(store, view()).n_figures == 1 and view_summary(store, view()).n_retracted == 1
    page = table_page(store, view(), 0, 100)
    assert page.total == 2 and sorted(page.rows["status"].astype(str)) == ["reported", "retracted"]
    assert count_figures(store, view(), retracted=True) == 2 and count_retracted(store, view()) == 1
    extract = pa.Table.from_batches(list(extract_batches(store, view()))).to_pylist()
    assert sorted(r["status"] for r in extract) == ["reported", "retracted"]
    series = pa.Table.from_batches(list(series_batches(store, view()))).to_pylist()
    assert [r["value"] for r in series] == [1]


def test_contested_flag_survives_filters_that_hide_the_other_side(tmp_path):
    store = store_of(tmp_path, [figure(value=1), figure(value=2, claimant="BBC", claimant_type="media"),
                                figure(value=5, period_start="2023-05-01"),
                                figure(value=5, period_start="2023-05-01", claimant="DTEK",
                                       claimant_type="energy_company")])  # agree: not contested
    points = timeseries(store, view()).points.set_index("value")
    assert points.loc[1, "contested"] and points.loc[2, "contested"]
    assert not points.loc[5, "contested"].any()
    hidden = timeseries(store, view(claimant_types=("grid_operator",))).points.set_index("value")
    assert not hidden.loc[1, "contested"] and hidden.loc[1, "contested_any"]


def test_timeseries_aggregates_beyond_the_marker_cap(tmp_path):
    rows = [figure(value=i, period_start=f"2023-{1 + i % 12:02d}-{1 + i % 28:02d}") for i in range(60)]
    store = store_of(tmp_path, rows)
    full = timeseries(store, view(), max_markers=100)
    assert not full.aggregated and len(full.points) == 60
    agg = timeseries(store, view(), max_markers=20, max_groups=20)
    assert agg.aggregated and agg.bucket == "month" and agg.n_figures == 60
    assert int(agg.points["n"].sum()) == 60 and len(agg.points) == 12


def test_aggregation_never_combines_claimants(tmp_path):
    """Above the cap, each marker is ONE claimant's figures in a bucket: its latest figure, its min-max."""
    rows = []
    for day in range(1, 11):  # two claimants, ten figures each in January 2023, far apart in value
        rows.append(figure(value=100 + day, period_start=f"2023-01-{day:02d}", reported_on=f"2023-01-{day + 1:02d}"))
        rows.append(figure(value=900 - day, claimant="DTEK", claimant_type="energy_company",
                           period_start=f"2023-01-{day:02d}"))
    rows.append(figure(value=5, claimant="BBC", claimant_type="grid_operator", period_start="2023-01-20"))
    store = store_of(tmp_path, rows)
    agg = timeseries(store, view(), max_markers=5, max_groups=5)
    assert agg.aggregated and agg.bucket == "month"
    points = agg.points.set_index("claimant")
    assert sorted(points.index) == ["BBC", "DTEK", "Ukrenergo"]  # one row per claimant, same type or not
    ukrenergo, dtek = points.loc["Ukrenergo"], points.loc["DTEK"]
    assert (ukrenergo["value"], ukrenergo["value_min"], ukrenergo["value_max"], ukrenergo["n"]) == (110, 101, 110, 10)
    assert (dtek["value"], dtek["value_min"], dtek["value_max"], dtek["n"]) == (890, 890, 899, 10)
    # no marker mixes the two grid operators' values (a median over them would be 100-900)
    assert points.loc["BBC", "value"] == 5 and points.loc["BBC", "n"] == 1


def test_choose_bucket_keeps_markers_under_the_cap():
    groups = {"week": 2500, "month": 700, "quarter": 240, "year": 60}
    assert choose_bucket(groups, 3000) == "week"
    assert choose_bucket(groups, 1000) == "month"
    assert choose_bucket(groups, 100) == "year"
    assert choose_bucket(groups, 10) == "year"  # the coarsest, still one claimant per marker


def test_alerts_are_averaged_over_the_regions_shown(tmp_path):
    alerts = [("volunteer", "UA-63", "Kharkiv Oblast", "2023-01-05", 1, 0, 4.0),
              ("volunteer", "UA-32", "Kyiv Oblast", "2023-01-05", 1, 0, 2.0),
              ("official", "UA-63", "Kharkiv Oblast", "2023-01-05", 1, 0, 3.0),
              ("volunteer", "UA-63", "Kharkiv Oblast", "2024-01-05", 1, 0, 9.0)]
    store = store_of(tmp_path, [figure()], alerts=alerts)
    everywhere = alerts_hours(store, view()).set_index("source")
    assert everywhere.loc["volunteer", "hours"] == 3.0 and everywhere.loc["volunteer", "n_regions"] == 2
    kharkiv = alerts_hours(store, view(regions=("UA-63",))).set_index("source")
    assert kharkiv.loc["volunteer", "hours"] == 4.0 and kharkiv.loc["official", "hours"] == 3.0
    assert alerts_hours(store, view(regions=("UA",)))["n_regions"].max() == 2  # country-wide: all regions


def test_missing_alerts_file_means_no_alerts(tmp_path):
    store = store_of(tmp_path, [figure()])
    assert alerts_hours(store, view()).empty and store.info.n_alert_days == 0


# ---------------------------------------------------------------- sources table


@pytest.fixture
def table_store(tmp_path):
    rows = [figure(value=v, claimant=c, claimant_type=t, publisher=p, quote=q, period_start=d)
            for v, c, t, p, q, d in (
                (5, "Ukrenergo", "grid_operator", "Wire", "five 50% done", "2023-01-01"),
                (7, "DTEK", "energy_company", "Times", "seven_x", "2023-02-01"),
                (9, "BBC", "media", "Daily", "nine <b>bold</b>", "2023-03-01"))]
    return store_of(tmp_path, rows)


def test_table_sorts_and_pages(table_store):
    filters = view(claimant_types=ATTRIBUTED_TYPES)
    page = table_page(table_store, filters, 0, 2, [{"colId": "normalized", "sort": "asc"}], None)
    assert page.total == 3 and list(page.rows["value"]) == [5, 7]
    page = table_page(table_store, filters, 2, 4, [{"colId": "normalized", "sort": "asc"}], None)
    assert list(page.rows["value"]) == [9]
    default = table_page(table_store, filters, 0, 10)
    assert list(default.rows["value"]) == [9, 7, 5]  # latest period first


def test_table_filters_are_literal_text(table_store):
    filters = view()

    def values(model):
        return sorted(table_page(table_store, filters, 0, 10, None, model).rows["value"])

    assert values({"quote": {"filterType": "text", "type": "contains", "filter": "50%"}}) == [5]
    assert values({"quote": {"filterType": "text", "type": "contains", "filter": "_"}}) == [7]  # not a wildcard
    assert values({"quote": {"filterType": "text", "type": "contains", "filter": "<b>"}}) == [9]
    assert values({"publisher": {"filterType": "text", "type": "startsWith", "filter": "ti"}}) == [7]
    assert values({"normalized": {"filterType": "number", "type": "greaterThan", "filter": 6}}) == [7, 9]
    assert values({"claimant": {"filterType": "text", "operator": "OR", "conditions": [
        {"filterType": "text", "type": "equals", "filter": "dtek"},
        {"filterType": "text", "type": "equals", "filter": "BBC"}]}}) == [7, 9]
    injection = {"quote": {"filterType": "text", "type": "contains", "filter": "x' OR '1'='1"}}
    assert values(injection) == []


def test_table_ignores_malformed_requests(table_store):
    filters = view()
    for sort_model in ("x", [1], [{"colId": "value; DROP TABLE figures", "sort": "asc"}],
                       [{"colId": "quote", "sort": "sideways"}]):
        assert table_page(table_store, filters, 0, 10, sort_model, None).total == 3
    for filter_model in ("x", {"nope": {}}, {"quote": "x"}, {"quote": {"filterType": "text", "type": "regex",
                                                                       "filter": ".*"}},
                         {"normalized": {"filterType": "number", "type": "equals", "filter": "1; --"}},
                         {"normalized": {"filterType": "number", "type": "equals", "filter": float("nan")}}):
        assert table_page(table_store, filters, 0, 10, None, filter_model).total == 3
    assert len(table_page(table_store, filters, -5, 10**9).rows) == 3
    assert table_store.scalar("SELECT count(*) FROM figures") == 3  # nothing was dropped


def test_a_city_unit_merges_its_oblast_and_city_level_rows(tmp_path):
    kyiv = dict(geo_code="UA-30", geo_name="Kyiv")
    flow = dict(metric="missiles_launched", unit="count")
    store = store_of(tmp_path, [
        figure(**kyiv, **flow, geo_level="oblast", value=10, value_low=10, value_high=10,
               period_start="2023-01-05"),
        figure(**kyiv, **flow, geo_level="city", lat=50.45, lon=30.52, value=5, period_start="2023-01-06"),
        figure(**kyiv, geo_level="oblast", value=100, period_start="2023-01-05"),
        figure(**kyiv, geo_level="city", lat=50.45, lon=30.52, value=120, period_start="2023-02-01"),
    ])
    flows = map_values(store, view("missiles_launched")).regions
    assert len(flows) == 1 and flows["value"].iloc[0] == 15 and flows["n_figures"].iloc[0] == 2
    assert flows["value_low"].isna().all()  # the city-level figure has no bounds: the sum's are unknown
    levels = map_values(store, view()).regions
    assert len(levels) == 1 and levels["value"].iloc[0] == 120 and levels["n_figures"].iloc[0] == 2


def test_city_points_are_capped_to_the_most_recent(tmp_path):
    rows = [figure(geo_level="city", geo_name=name, lat=lat, lon=30.0, value=1, period_start=day,
                   claimant=claimant, claimant_type="media")
            for name, lat, day in (("A", 46.0, "2023-01-01"), ("B", 47.0, "2023-03-01"), ("C", 48.0, "2023-02-01"))
            for claimant in ("BBC", "Reuters", "AP", "AFP")]
    values = map_values(store_of(tmp_path, rows), view(), per_place=5, max_cities=2)
    assert set(values.cities["geo_name"]) == {"B", "C"} and values.n_cities_total == 3
    assert values.cities.groupby("geo_name")["rank"].max().max() <= 3  # city hovers list 3 claimants
    assert (values.cities["n_claimants"] == 4).all()
