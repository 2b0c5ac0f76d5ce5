"""Embeddable charts: `/embed/map` and `/embed/timeseries`, one chart per page, for iframes.

Same query parameters as the page (read like the page reads them: anything unusable falls
back to its default, with a one-line notice). No page chrome: the chart, its title, and a
one-line source footer — the claimants, "data: <project>" and a link back to the full view
with the same query string. The alt text (generated from the data, `dashboard.alttext`) is
the chart's `aria-label` and a visually hidden caption.

No inline script: the figure travels as a JSON data block (`<script type="application/json">`,
never executed, with `<`, `>` and `&` escaped), drawn by `/embed/static/embed.js` with the
plotly.js of the installed plotly package, both served from here. These are the only routes
other sites may frame (`dashboard.security`).

Snippet for a report or article (the "Share / embed" control on the page writes it):

    <iframe src="https://HOST/embed/timeseries?metric=...&from=...&to=..." width="800" height="500"
            style="border:0" loading="lazy" title="..."></iframe>
"""

from __future__ import annotations

import html
from pathlib import Path

import plotly
from flask import Blueprint, Response, request, send_file

from dashboard import views
from dashboard.alttext import PROJECT, claimants_text
from dashboard.config import Settings
from dashboard.data import DataStore
from dashboard.urlstate import parse_query, to_query

STATIC = Path(__file__).parent / "static"
PLOTLY_JS = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"
IFRAME_SIZE = {"map": (800, 600), "timeseries": (800, 500)}


def iframe_snippet(base_url: str, chart: str, query: str, title: str = "") -> str:
    """A ready `<iframe>` for the chart of a view (attributes escaped)."""
    width, height = IFRAME_SIZE[chart]
    src = f"{base_url.rstrip('/')}/embed/{chart}?{query}"
    label = title or f"{chart} from the {PROJECT}"
    return (f'<iframe src="{html.escape(src)}" width="{width}" height="{height}" style="border:0;max-width:100%" '
            f'loading="lazy" title="{html.escape(label)}"></iframe>')


def json_for_script(text: str) -> str:
    """JSON safe inside a `<script type="application/json">` block."""
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def create_blueprint(store: DataStore, settings: Settings, geojson_url: str) -> Blueprint:
    info = store.info
    defaults = info.default_filters()
    bp = Blueprint("embed", __name__)

    def page(chart: str) -> Response:
        filters, notices = parse_query(request.query_string.decode("latin-1"), info.vocabulary, info.place_codes,
                                       defaults)
        query = to_query(filters)
        full_view = f"/?{query}"
        view = views.chart_view(store, settings, chart, filters, geojson=geojson_url)
        figure = views.report_figure(view, with_source=False)
        figure.update_layout(width=None, height=None, autosize=True, margin={"t": 40})
        if chart == "map":
            figure.update_layout(margin={"l": 0, "r": 0, "b": 0, "t": 40})
        esc = html.escape
        notice = (f'<p class="notice">Part of this link could not be used; defaults shown: {esc(notices[0])}</p>'
                  if notices else "")
        claimants = claimants_text(view.claimants, view.n_claimants) if view.n_figures else ""
        body = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(view.title)}</title>
<link rel="stylesheet" href="/embed/static/embed.css">
</head>
<body>
<figure class="embed">
{notice}<div id="chart" class="chart chart-{chart}" role="img" aria-label="{esc(view.alt)}"></div>
<figcaption class="visually-hidden">{esc(view.alt)}</figcaption>
<footer class="source">Source: {esc(claimants or "no figures in this view")} · data: {esc(PROJECT)} ·
<a href="{esc(full_view)}" target="_blank" rel="noopener">full view</a></footer>
</figure>
<script type="application/json" id="figure-data">{json_for_script(figure.to_json())}</script>
<script src="/embed/static/plotly.min.js"></script>
<script src="/embed/static/embed.js"></script>
</body>
</html>
"""
        return Response(body, mimetype="text/html")

    @bp.get("/embed/map")
    def embed_map():
        return page("map")

    @bp.get("/embed/timeseries")
    def embed_timeseries():
        return page("timeseries")

    @bp.get("/embed/static/plotly.min.js")
    def plotly_js():
        return send_file(PLOTLY_JS, mimetype="text/javascript", max_age=86400)

    @bp.get("/embed/static/<any('embed.js', 'embed.css'):name>")
    def embed_static(name: str):
        kind = "text/javascript" if name.endswith(".js") else "text/css"
        return send_file(STATIC / name, mimetype=kind, max_age=3600)

    @bp.get("/embed/<path:rest>")
    def embed_not_found(rest: str):
        return Response("No such chart: /embed/map and /embed/timeseries exist.", status=404, mimetype="text/plain")

    return bp
