"""The page: header, notices, filters, map, time series and the sources table.

Built once per app from the data summary (`StoreInfo`); the values shown in it are set
by the callbacks from the URL. All text from the data is rendered as text by React (never
as HTML); the one custom grid cell (the source link) is built with `React.createElement`
in `assets/dashAgGridComponentFunctions.js`.
"""

from __future__ import annotations

import dash_ag_grid as dag
from dash import dcc, html

from dashboard import charts, ids
from dashboard.config import APP_TITLE, TABLE_BLOCK_SIZE, Settings
from dashboard.data import ATTRIBUTED_TYPES, StoreInfo

ATTRIBUTION = ("Map: Natural Earth (public domain), Ukraine subdivisions packaged by Apache Superset's country-map "
               "plugin (Apache License 2.0). Boundaries are de jure; nothing about control is encoded.")


def build(info: StoreInfo, settings: Settings) -> html.Div:
    return html.Div(className="page", children=[
        dcc.Location(id=ids.URL, refresh=False),
        dcc.Store(id=ids.FILTERS),
        dcc.Store(id=ids.TABLE_REFRESH),
        dcc.Store(id=ids.MAP_FIGURE),
        _header(info),
        html.Div(id=ids.NOTICE, className="notice", role="status", **{"aria-live": "polite"}),
        html.Main(className="content", children=[
            _filters(info),
            _map_section(),
            _timeseries_section(),
            _table_section(),
        ]),
        _footer(info, settings),
    ])


def _header(info: StoreInfo) -> html.Header:
    return html.Header(className="header", children=[
        html.H1(APP_TITLE),
        html.P(className="lede", children=(
            "Where and when infrastructure in Ukraine was reported hit, what was reported and by whom. "
            "Every number links to its source; disagreeing figures are shown side by side, never averaged. "
            "The address bar holds the current view: copy it to share exactly what you see.")),
    ])


def _label(text: str, for_id: str) -> html.Label:
    return html.Label(text, htmlFor=for_id, className="control-label")


def _filters(info: StoreInfo) -> html.Section:
    return html.Section(className="filters panel", **{"aria-label": "Filters"}, children=[
        html.H2("Filters"),
        _label("Metric", ids.METRIC),
        dcc.Dropdown(id=ids.METRIC, options=metric_options(info), clearable=False, searchable=True),
        _label("Regions (chart and table)", ids.REGIONS),
        dcc.Dropdown(id=ids.REGIONS, options=region_options(info), multi=True,
                     placeholder="All places"),
        _label("Date range", ids.DATES),
        dcc.DatePickerRange(id=ids.DATES, display_format="YYYY-MM-DD", first_day_of_week=1,
                            number_of_months_shown=1, start_date_placeholder_text="from",
                            end_date_placeholder_text="to"),
        html.Fieldset(className="checks", children=[
            html.Legend("Claimant type"),
            dcc.Checklist(id=ids.CLAIMANT_TYPES, options=type_options(), className="type-list",
                          inputClassName="check-input", labelClassName="check-label"),
        ]),
        dcc.Checklist(id=ids.UNATTRIBUTED, className="switch",
                      options=[{"label": " Include unattributed figures", "value": "yes"}]),
        dcc.Checklist(id=ids.ALERTS, className="switch",
                      options=[{"label": " Show air-raid alert hours on the chart", "value": "yes"}]),
        html.Div(className="selection", children=[
            html.Span(id=ids.SELECTED_REGION, children="No region selected on the map."),
            html.Button("Clear map selection", id=ids.CLEAR_REGION, n_clicks=0, className="button"),
        ]),
        _share_section(),
    ])


def _share_section() -> html.Div:
    """Download the figures behind the view, export a chart, share or embed the view. The links are
    plain links to the server's routes (`dashboard.api`, `dashboard.embed`), set by a callback."""
    return html.Div(className="share", children=[
        html.H2("Download and share"),
        html.A("Download CSV", id=ids.DOWNLOAD_CSV, href="/download/figures.csv", className="button",
               title="Every figure behind the current view, with its sources and bounds"),
        html.A("CSV + datapackage + README (zip)", id=ids.DOWNLOAD_ZIP, href="/download/figures.zip",
               className="button"),
        html.Div(id=ids.EXPORT_LINKS, className="exports"),
        html.Details(className="share-box", children=[
            html.Summary("Share / embed"),
            _label("Permalink", ids.PERMALINK),
            dcc.Input(id=ids.PERMALINK, type="text", readOnly=True, className="share-text", value=""),
            html.Span("Embed", className="control-label"),
            dcc.RadioItems(id=ids.EMBED_CHART, value="timeseries", inline=True, className="embed-choice",
                           options=[{"label": " chart over time ", "value": "timeseries"},
                                    {"label": " map", "value": "map"}]),
            _label("iframe snippet to embed the chart", ids.EMBED_SNIPPET),
            dcc.Textarea(id=ids.EMBED_SNIPPET, readOnly=True, className="share-text", rows=4, value=""),
        ]),
    ])


EXPORTS = (("timeseries", "Chart"), ("map", "Map"))


def share_values(base_url: str, query: str, embed_chart: str) -> tuple[str, str, list, str, str]:
    """(CSV link, zip link, export links, permalink, iframe snippet) for a view's canonical query."""
    from dashboard.embed import iframe_snippet

    base = base_url.rstrip("/")
    exports = []
    for chart, label in EXPORTS:
        exports.append(html.Span(className="export-row", children=[
            f"{label}: ",
            *[html.A(fmt.upper(), href=f"/export/{chart}.{fmt}?{query}", className="export-link",
                     download="") for fmt in ("png", "svg", "html")],
        ]))
    chart = embed_chart if embed_chart in ("map", "timeseries") else "timeseries"
    return (f"/download/figures.csv?{query}", f"/download/figures.zip?{query}", exports, f"{base}/?{query}",
            iframe_snippet(base, chart, query))


def metric_options(info: StoreInfo) -> list[dict]:
    options = []
    for metric in info.vocabulary.metrics.values():
        count = info.metric_counts.get(metric.id, 0)
        options.append({"label": f"{metric.label} ({count:,} figure{'s' if count != 1 else ''})",
                        "value": metric.id})
    return options


def region_options(info: StoreInfo) -> list[dict]:
    regions = sorted(info.regions, key=lambda r: r.name)
    return ([{"label": f"{info.country.name} (country-wide figures)", "value": info.country.code}]
            + [{"label": r.name, "value": r.code} for r in regions])


def type_options() -> list[dict]:
    return [{"label": html.Span([html.Span(className="swatch", style={"background": charts.CLAIMANT_TYPE_STYLE[t][0]}),
                                 charts.type_label(t)]), "value": t} for t in ATTRIBUTED_TYPES]


def _map_section() -> html.Section:
    return html.Section(className="map panel", **{"aria-labelledby": "map-title"}, children=[
        html.H2("Map", id="map-title"),
        html.P(id=ids.MAP_CAPTION, className="caption"),
        html.Div(role="figure", **{"aria-describedby": ids.MAP_CAPTION}, children=[
            dcc.Graph(id=ids.MAP, className="map-graph", config={"displaylogo": False, "scrollZoom": True}),
        ]),
        html.Details(className="map-text", children=[
            html.Summary("The map as text"),
            html.Div(id=ids.MAP_TEXT),
        ]),
    ])


def map_text(rows: list[tuple[str, str]]):
    if not rows:
        return html.P("No region or city has a figure for this metric and range.")
    return html.Ul([html.Li([html.Strong(place), ": ", text]) for place, text in rows])


def _timeseries_section() -> html.Section:
    return html.Section(className="chart panel", **{"aria-labelledby": "chart-title"}, children=[
        html.H2("Over time", id="chart-title"),
        html.P(id=ids.TIMESERIES_CAPTION, className="caption"),
        html.Div(role="figure", **{"aria-describedby": ids.TIMESERIES_CAPTION}, children=[
            dcc.Graph(id=ids.TIMESERIES, className="ts-graph", config={"displaylogo": False}),
        ]),
    ])


TABLE_COLUMNS = [
    {"field": "metric", "headerName": "Metric", "minWidth": 150},
    {"field": "figure_text", "headerName": "As written", "minWidth": 130},
    {"field": "normalized", "headerName": "Normalized (bounds)", "filter": "agNumberColumnFilter",
     "minWidth": 170},
    {"field": "place", "headerName": "Place", "minWidth": 140},
    {"field": "period", "headerName": "Period", "minWidth": 140},
    {"field": "claimant", "headerName": "Claimant", "minWidth": 170},
    {"field": "claimant_type", "headerName": "Claimant type", "minWidth": 130},
    {"field": "publisher", "headerName": "Publisher", "minWidth": 140},
    {"field": "reported_on", "headerName": "Reported", "minWidth": 110},
    {"field": "status", "headerName": "Status", "minWidth": 100},
    {"field": "quote", "headerName": "Quote", "minWidth": 320, "flex": 2, "tooltipField": "quote"},
    {"field": "url", "headerName": "Source", "minWidth": 90, "cellRenderer": "SourceLink", "filter": False,
     "sortable": False},
]


def _table_section() -> html.Section:
    return html.Section(className="table panel", **{"aria-labelledby": "table-title"}, children=[
        html.H2("Sources", id="table-title"),
        html.P(id=ids.TABLE_CAPTION, className="caption", children="Every figure behind the current view."),
        dag.AgGrid(
            id=ids.TABLE,
            columnDefs=TABLE_COLUMNS,
            defaultColDef={"sortable": True, "filter": "agTextColumnFilter", "resizable": True,
                           "filterParams": {"maxNumConditions": 1, "buttons": ["reset"]}, "flex": 1},
            rowModelType="infinite",
            getRowId="params.data.figure_id",
            rowClassRules={"retracted-row": "params.data && params.data.status && "
                                            "params.data.status.startsWith('retracted')"},
            dashGridOptions={"rowBuffer": 0, "cacheBlockSize": TABLE_BLOCK_SIZE, "maxBlocksInCache": 20,
                             "infiniteInitialRowCount": 1, "tooltipShowDelay": 400, "enableCellTextSelection": True,
                             "ensureDomOrder": True, "suppressColumnVirtualisation": True},
            style={"height": "var(--grid-height, 460px)", "width": "100%"},
            className="sources-grid",
        ),
        html.Div(id=ids.DETAIL, className="detail", **{"aria-live": "polite"}),
    ])


def table_caption(total: int, retracted: int) -> str:
    text = f"{total:,} figure(s) behind the current view"
    if retracted:
        text += (f", {retracted:,} of them retracted (listed with their status, highlighted, and left out of "
                 "the map and the chart)")
    return text + " (sort and filter with the column headers; links open in a new tab)."


def detail_panel(row: dict | None):
    """The full record of one figure (clicked in the table); all values shown as text."""
    if not row:
        return html.P("Click a row to read its full quote here.", className="hint")
    link = row.get("url") or ""
    anchor = (html.A("Open the source", href=link, target="_blank", rel="noopener noreferrer")
              if link.startswith(("https://", "http://")) else html.Span("no link"))
    return html.Article(className="detail-card", children=[
        html.Blockquote(row.get("quote") or ""),
        html.P([html.Strong(row.get("normalized") or ""), f" · as written: {row.get('figure_text') or ''}"]),
        html.P(f"{row.get('claimant') or ''} ({row.get('claimant_type') or ''}) · {row.get('place') or ''} · "
               f"{row.get('period') or ''} · status: {row.get('status') or ''}"),
        html.P([f"{row.get('publisher') or ''}, reported {row.get('reported_on') or '?'} · ", anchor]),
    ])


def _footer(info: StoreInfo, settings: Settings) -> html.Footer:
    extra = [html.P(f"Tiles: {settings.map_tiles_attribution or 'see the tile provider'}")] if settings.map_tiles else []
    return html.Footer(className="footer", children=[
        html.P(f"{info.n_figures:,} figures loaded; {info.n_alert_days:,} region-days of air-raid alerts. "
               "Figures are what was reported, with bounds and claimant as given; retracted figures are listed "
               "in the sources table with their status, and left out of the map and the chart."),
        html.P(ATTRIBUTION),
        *extra,
    ])


def table_records(frame, info: StoreInfo) -> list[dict]:
    """Rows for the sources grid: display strings only (the grid renders them as text)."""
    records = []
    for row in frame.to_dict("records"):
        metric = info.vocabulary.metrics.get(row["metric"])
        unit = metric.unit if metric else row["unit"]
        bounds = charts.format_bounds(row["value"], row["value_low"], row["value_high"], unit)
        records.append({
            "figure_id": row["figure_id"],
            "metric": metric.label if metric else row["metric"],
            "figure_text": row["figure_text"],
            "normalized": charts.format_value(row["value"], unit) + (f" ({bounds})" if bounds else ""),
            "place": f"{row['geo_name']} ({row['geo_level']})",
            "period": charts.format_period(row["period_start"], row["period_end"]),
            "claimant": row["claimant"],
            "claimant_type": charts.type_label(row["claimant_type"]),
            "publisher": _text(row["publisher"]),
            "reported_on": _text(row["reported_on"]),
            "status": status_text(row["status"]),
            "quote": row["quote"],
            "url": row["url"],
        })
    return records


RETRACTED_NOTE = "retracted (not on the map or chart)"


def status_text(status) -> str:
    return RETRACTED_NOTE if status == "retracted" else str(status)


def _text(value) -> str:
    return value if isinstance(value, str) else ""
