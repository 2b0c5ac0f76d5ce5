"""Callbacks: thin wiring between the page, `urlstate`, `data` and `charts`.

The view has one source of truth, the canonical query string, kept in the `FILTERS`
store and mirrored in the address bar. `sync_view` is the only callback that writes
either: a change of the URL (a loaded permalink, back/forward) sets the controls; a
change of a control or a click on the map writes the URL. Both directions live in one
callback, so Dash never loops between them. Every other callback reads the store and
re-validates it with `parse_query` (a store's content comes back from the browser, so it
is never trusted).
"""

from __future__ import annotations

import flask
from dash import ClientsideFunction, Dash, Input, Output, State, ctx, html, no_update
from dash.exceptions import PreventUpdate

from dashboard import charts, data, ids, layout
from dashboard.config import REGIONS_ASSET, TABLE_BLOCK_SIZE, Settings
from dashboard.urlstate import clicked_region, filters_from_controls, parse_query, to_query

_CONTROLS = [
    (ids.METRIC, "value"), (ids.REGIONS, "value"), (ids.DATES, "start_date"), (ids.DATES, "end_date"),
    (ids.CLAIMANT_TYPES, "value"), (ids.UNATTRIBUTED, "value"), (ids.ALERTS, "value"),
]


def register(app: Dash, store: data.DataStore, settings: Settings) -> None:
    info = store.info
    defaults = info.default_filters()
    geojson_url = app.get_asset_url(REGIONS_ASSET)

    def read(query: str | None) -> tuple[data.Filters, list[str]]:
        return parse_query(query, info.vocabulary, info.place_codes, defaults)

    @app.callback(
        Output(ids.FILTERS, "data"), Output(ids.URL, "search"), Output(ids.NOTICE, "children"),
        *[Output(c, p) for c, p in _CONTROLS],
        Input(ids.URL, "search"), *[Input(c, p) for c, p in _CONTROLS],
        Input(ids.MAP, "clickData"), Input(ids.CLEAR_REGION, "n_clicks"),
        State(ids.FILTERS, "data"),
    )
    def sync_view(search, metric, regions, start, end, types, unattributed, alerts, click, _clear, current):
        trigger = ctx.triggered_id
        if trigger in (None, ids.URL):
            filters, notices = read(search)
            if to_query(filters) == current and not notices:
                raise PreventUpdate
            return (to_query(filters), no_update, notice_children(notices), *control_values(filters))
        selected = read(current)[0].selected_region if current else None
        if trigger == ids.MAP:
            region = clicked_region(click, info.region_codes)
            selected = None if region == selected else region
        elif trigger == ids.CLEAR_REGION:
            selected = None
        controls = {"metric": metric, "regions": regions, "date_from": start, "date_to": end, "types": types,
                    "unattributed": bool(unattributed), "alerts": bool(alerts)}
        filters, notices = filters_from_controls(controls, info.vocabulary, info.place_codes, defaults, selected)
        query = to_query(filters)
        if query == current:
            raise PreventUpdate
        outputs = control_values(filters) if notices else [no_update] * len(_CONTROLS)
        return (query, "?" + query, notice_children(notices), *outputs)

    @app.callback(
        Output(ids.MAP_FIGURE, "data"), Output(ids.MAP_CAPTION, "children"), Output(ids.MAP_TEXT, "children"),
        Output(ids.SELECTED_REGION, "children"),
        Input(ids.FILTERS, "data"),
    )
    def update_map(query):
        if query is None:
            raise PreventUpdate
        filters = read(query)[0]
        values = data.map_values(store, filters)
        selected = (f"Selected on the map: {info.place_name(filters.selected_region)}."
                    if filters.selected_region else "No region selected on the map.")
        return (charts.map_figure_dict(values, info, filters, settings, geojson_url),
                charts.map_caption(values, info, filters),
                layout.map_text(charts.map_summary_rows(values, info, filters)), selected)

    @app.callback(
        Output(ids.TIMESERIES, "figure"), Output(ids.TIMESERIES_CAPTION, "children"),
        Input(ids.FILTERS, "data"),
    )
    def update_timeseries(query):
        if query is None:
            raise PreventUpdate
        filters = read(query)[0]
        ts = data.timeseries(store, filters)
        alerts = data.alerts_hours(store, filters) if filters.show_alerts else None
        n_days = None if alerts is None else int(alerts["date"].nunique())
        return (charts.timeseries_figure_dict(ts, info, filters, alerts),
                charts.timeseries_caption(ts, info, filters, n_days))

    app.clientside_callback(
        ClientsideFunction(namespace="infra", function_name="fitMap"),
        Output(ids.MAP, "figure"),
        Input(ids.MAP_FIGURE, "data"), State(ids.MAP, "id"),
    )

    app.clientside_callback(
        ClientsideFunction(namespace="infra", function_name="refreshTable"),
        Output(ids.TABLE_REFRESH, "data"),
        Input(ids.FILTERS, "data"), State(ids.TABLE, "id"),
    )

    @app.callback(
        Output(ids.TABLE, "getRowsResponse"), Output(ids.TABLE_CAPTION, "children"),
        Input(ids.TABLE, "getRowsRequest"), State(ids.FILTERS, "data"),
    )
    def table_rows(request, query):
        if not request or query is None:
            raise PreventUpdate
        filters = read(query)[0]
        start = _int(request.get("startRow"), 0)
        end = _int(request.get("endRow"), start + TABLE_BLOCK_SIZE)
        page = data.table_page(store, filters, start, end, request.get("sortModel"), request.get("filterModel"))
        response = {"rowData": layout.table_records(page.rows, info), "rowCount": page.total}
        if start > 0:
            return response, no_update
        return response, layout.table_caption(page.total, data.count_retracted(store, filters))

    @app.callback(
        Output(ids.DOWNLOAD_CSV, "href"), Output(ids.DOWNLOAD_ZIP, "href"), Output(ids.EXPORT_LINKS, "children"),
        Output(ids.PERMALINK, "value"), Output(ids.EMBED_SNIPPET, "value"),
        Input(ids.FILTERS, "data"), Input(ids.EMBED_CHART, "value"),
    )
    def update_share(query, embed_chart):
        if query is None:
            raise PreventUpdate
        return layout.share_values(flask.request.host_url, to_query(read(query)[0]), embed_chart)

    @app.callback(Output(ids.DETAIL, "children"), Input(ids.TABLE, "cellClicked"))
    def show_detail(cell):
        row_id = cell.get("rowId") if isinstance(cell, dict) else None
        frame = data.figure_by_id(store, row_id)
        records = layout.table_records(frame, info)
        return layout.detail_panel(records[0] if records else None)


def control_values(filters: data.Filters) -> list:
    """The controls' values for a view, in the order of `_CONTROLS`."""
    return [
        filters.metric, list(filters.regions), filters.date_from.isoformat(), filters.date_to.isoformat(),
        list(filters.claimant_types), ["yes"] if filters.include_unattributed else [],
        ["yes"] if filters.show_alerts else [],
    ]


def notice_children(notices: list[str]):
    if not notices:
        return []
    return [html.Strong("Part of the requested view could not be used, so defaults are shown for it: "),
            html.Ul([html.Li(text) for text in notices])]


def _int(value, default: int) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default
