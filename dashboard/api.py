"""The read-only data API, the CSV/zip downloads and the chart exports: one Flask blueprint.

    GET /api/v1/figures.csv      every figure behind a view, streamed (retracted ones with their status)
    GET /api/v1/figures.json     the same, a page at a time: limit (1–10000, default 1000), offset; `next`
    GET /api/v1/series.csv       the view's series: per place × period × claimant, the claimant's latest report
    GET /api/v1/regions.geojson  the 27 regions with the latest value per metric (metric optional: all)
    GET /api/v1/metrics.json     the metric vocabulary
    GET /download/figures.csv    figures.csv as an attachment named figures_<metric>_<from>_<to>.csv
    GET /download/figures.zip    that CSV + datapackage.json + README.md (citation, sources) + LICENSE.txt
    GET /export/<map|timeseries>.<png|svg|html>   a chart for reports (width, height optional)

Every route takes the page's URL parameters (metric, from, to, regions, types, unattributed,
alerts, region; see `dashboard/urlstate.py`), read by `urlstate.parse_strict`: an unknown
parameter, a repeated one or an unusable value is HTTP 400 with `{"error": ..., "parameter":
...}` — never a fallback, never a 500. Values reach SQL only as bound parameters (through
`data.where_clause`); no parameter is ever part of a file path: every route and file name
is fixed, and download names are built from the validated metric id and ISO dates only.
CSV is streamed in chunks from a DuckDB cursor (`data.extract_batches`) through
`csv_safety.csv_batch_chunks`, so memory stays flat for any number of rows.
"""

from __future__ import annotations

import json
import math
import threading
from datetime import UTC, date, datetime

from flask import Blueprint, Response, jsonify, request

from dashboard import data, downloads
from dashboard.config import Settings
from dashboard.csv_safety import csv_batch_chunks
from dashboard.urlstate import QueryError, parse_strict, to_query

JSON_DEFAULT_LIMIT = 1000
JSON_MAX_LIMIT = 10_000
MAX_OFFSET = 1_000_000_000
EXPORT_MIN_PX, EXPORT_MAX_PX = 200, 4000


class BadRequest(Exception):
    def __init__(self, message: str, parameter: str | None = None):
        super().__init__(message)
        self.message, self.parameter = message, parameter


def int_param(extra: dict, name: str, default: int, low: int, high: int) -> int:
    """A whole number from the query within [low, high]; BadRequest naming the parameter otherwise."""
    text = extra.get(name)
    if text is None:
        return default
    if not (text.isascii() and text.isdigit()) or len(text) > 12:
        raise BadRequest(f"'{name}' must be a whole number from {low} to {high}", name)
    value = int(text)
    if not low <= value <= high:
        raise BadRequest(f"'{name}' must be a whole number from {low} to {high}", name)
    return value


def json_value(value):
    if isinstance(value, datetime | date):
        return value.isoformat()[:10] if isinstance(value, date) and not isinstance(value, datetime) else \
            value.isoformat()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def create_blueprint(store: data.DataStore, settings: Settings) -> Blueprint:
    """The routes over one app's store (held by the closures: nothing shared between apps)."""
    info = store.info
    defaults = info.default_filters()
    bp = Blueprint("data_api", __name__)
    export_lock = threading.Semaphore(1)  # one Chromium at a time per worker

    def read(extra: tuple[str, ...] = ()) -> tuple[data.Filters, dict]:
        query = request.query_string.decode("latin-1")
        try:
            return parse_strict(query, info.vocabulary, info.place_codes, defaults, extra)
        except QueryError as err:
            raise BadRequest(err.message, err.parameter) from None

    def permalink(filters: data.Filters) -> str:
        return f"{request.host_url.rstrip('/')}/?{to_query(filters)}"

    def places(filters: data.Filters) -> str:
        from dashboard.alttext import places_text

        return places_text([info.place_name(c) for c in filters.places], info.country.name)

    @bp.errorhandler(BadRequest)
    def bad_request(err: BadRequest):
        response = jsonify({"error": err.message, "parameter": err.parameter})
        response.status_code = 400
        return response

    def csv_response(chunks, filename: str, attachment: bool) -> Response:
        disposition = "attachment" if attachment else "inline"
        return Response(chunks, mimetype="text/csv", headers={
            "Content-Disposition": f'{disposition}; filename="{filename}"', "Cache-Control": "no-store",
            "Content-Type": "text/csv; charset=utf-8"})

    def figures_csv(attachment: bool) -> Response:
        filters, _ = read()
        chunks = csv_batch_chunks(data.EXTRACT_COLUMNS, data.extract_batches(store, filters))
        return csv_response(chunks, downloads.file_stem(filters) + ".csv", attachment)

    @bp.get("/api/v1/figures.csv")
    def api_figures_csv():
        return figures_csv(attachment=False)

    @bp.get("/download/figures.csv")
    def download_figures_csv():
        return figures_csv(attachment=True)

    @bp.get("/api/v1/figures.json")
    def api_figures_json():
        filters, extra = read(("limit", "offset"))
        limit = int_param(extra, "limit", JSON_DEFAULT_LIMIT, 1, JSON_MAX_LIMIT)
        offset = int_param(extra, "offset", 0, 0, MAX_OFFSET)
        rows, total = data.figures_page(store, filters, limit, offset)
        following = offset + len(rows) if offset + len(rows) < total else None
        body = {
            "query": to_query(filters), "count": total, "limit": limit, "offset": offset, "next": following,
            "next_url": (f"{request.path}?{to_query(filters)}&limit={limit}&offset={following}"
                         if following is not None else None),
            "unit": info.vocabulary[filters.metric].unit,
            "figures": [{k: json_value(v) for k, v in row.items()} for row in rows],
        }
        return Response(json.dumps(body, ensure_ascii=False, allow_nan=False),
                        mimetype="application/json")

    @bp.get("/api/v1/series.csv")
    def api_series_csv():
        filters, _ = read()
        chunks = csv_batch_chunks(data.SERIES_COLUMNS, data.series_batches(store, filters))
        return csv_response(chunks, downloads.file_stem(filters, "series") + ".csv", attachment=False)

    @bp.get("/api/v1/regions.geojson")
    def api_regions():
        from dashboard.views import regions_geojson

        filters, _ = read()
        given = {k for k, _ in _pairs()}
        metric_ids = [filters.metric] if "metric" in given else list(info.vocabulary.metrics)
        latest: dict[str, dict] = {}
        for metric_id in metric_ids:
            values = data.map_values(store, data.Filters(**{**filters.__dict__, "metric": metric_id}), per_place=1)
            for row in values.regions.to_dict("records"):
                latest.setdefault(row["geo_code"], {})[metric_id] = {
                    "value": json_value(row["value"]), "value_low": json_value(row["value_low"]),
                    "value_high": json_value(row["value_high"]), "unit": row["unit"],
                    "claimant": row["claimant"], "claimant_type": row["claimant_type"],
                    "period_start": json_value(row["period_start"]), "period_end": json_value(row["period_end"]),
                    "reported_on": row["reported_on"] if isinstance(row["reported_on"], str) else None,
                    "n_figures": int(row["n_figures"]), "n_claimants": int(row["n_claimants"]),
                    "rule": values.kind,
                }
        wanted = set(filters.regions) or info.region_codes
        features = []
        for feature in regions_geojson()["features"]:
            code = feature["properties"]["iso_3166_2"]
            if code not in wanted:
                continue
            features.append({"type": "Feature", "geometry": feature["geometry"], "properties": {
                "geo_code": code, "name": info.place_name(code), "latest": latest.get(code, {})}})
        body = {"type": "FeatureCollection", "query": to_query(filters),
                "note": ("latest: per metric, the region's most recent claimant figure (level and cumulative: "
                         "the latest figure in the range; flow: that claimant's sum within the range); other "
                         "claimants are in figures.csv. No entry means no figure, not zero."),
                "features": features}
        return Response(json.dumps(body, ensure_ascii=False, allow_nan=False), mimetype="application/geo+json")

    @bp.get("/api/v1/metrics.json")
    def api_metrics():
        if request.query_string:
            key = _pairs()[0][0] if _pairs() else ""
            raise BadRequest("metrics.json takes no parameters", key[:40] or None)
        metrics = [{"id": m.id, "label": m.label, "definition": m.definition, "unit": m.unit, "kind": m.kind,
                    "counts": m.counts, "share_of": m.share_of or None, "share_variant": m.share_variant or None,
                    "figures": info.metric_counts.get(m.id, 0)} for m in info.vocabulary.metrics.values()]
        return jsonify({"metrics": metrics})

    @bp.get("/download/figures.zip")
    def download_zip():
        filters, _ = read()
        metric = info.vocabulary[filters.metric]
        link = permalink(filters)
        stem = downloads.file_stem(filters)
        csv_name = stem + ".csv"
        summary = data.view_summary(store, filters)
        sources, n_sources = data.view_sources(store, filters, downloads.MAX_SOURCES_LISTED)
        where = places(filters)
        now = datetime.now(UTC)
        cite = downloads.citation(filters, metric, where, link, list(summary.claimants), summary.n_claimants, now)
        package = downloads.datapackage(filters, metric, csv_name, link, now, [(s[1], s[2]) for s in sources])
        chunks = csv_batch_chunks(data.EXTRACT_COLUMNS, data.extract_batches(store, filters))
        extra = [
            ("datapackage.json", json.dumps(package, indent=1, ensure_ascii=False) + "\n"),
            ("README.md", downloads.readme(filters, metric, where, link, csv_name, cite, sources, n_sources)),
            ("LICENSE.txt", downloads.licence_text()),
        ]
        return Response(downloads.zip_stream(csv_name, chunks, extra), mimetype="application/zip",
                        headers={"Content-Disposition": f'attachment; filename="{stem}.zip"',
                                 "Cache-Control": "no-store"})

    @bp.get("/export/<any(map, timeseries):chart>.<any(png, svg, html):fmt>")
    def export_chart(chart: str, fmt: str):
        from dashboard.export import MEDIA_TYPES, render
        from dashboard.views import chart_view

        filters, extra = read(("width", "height"))
        width = int_param(extra, "width", 0, EXPORT_MIN_PX, EXPORT_MAX_PX) or None
        height = int_param(extra, "height", 0, EXPORT_MIN_PX, EXPORT_MAX_PX) or None
        view = chart_view(store, settings, chart, filters, link=permalink(filters))
        if fmt != "html" and not export_lock.acquire(timeout=120):
            return jsonify({"error": "busy: try again shortly", "parameter": None}), 503
        try:
            content = render(view, fmt, width, height)
        except (OSError, RuntimeError) as err:
            return jsonify({"error": f"the image could not be made ({type(err).__name__})", "parameter": None}), 503
        finally:
            if fmt != "html":
                export_lock.release()
        name = f"{downloads.file_stem(filters, chart)}.{fmt}"
        return Response(content, mimetype=MEDIA_TYPES[fmt].split(";")[0],
                        headers={"Content-Disposition": f'attachment; filename="{name}"'})

    for prefix in ("api", "download", "export"):
        bp.add_url_rule(f"/{prefix}/<path:rest>", f"not_found_{prefix}", _not_found)
        bp.add_url_rule(f"/{prefix}/", f"not_found_{prefix}_root", _not_found, defaults={"rest": ""})
    return bp


def _pairs() -> list[tuple[str, str]]:
    from urllib.parse import parse_qsl

    try:
        return parse_qsl(request.query_string.decode("latin-1"), keep_blank_values=True, max_num_fields=50)
    except ValueError:
        return []


def _not_found(rest: str = ""):
    """Unknown paths under the API's prefixes: a JSON 404 (not the page, which Dash serves for any path)."""
    return jsonify({"error": "no such endpoint; see /api/v1/metrics.json and the README", "parameter": None}), 404
