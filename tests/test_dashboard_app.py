"""The app without a browser: factory, entry points, headers, assets and callbacks over HTTP."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from dashboard_support import XSS_PUBLISHER, call_callback, make_dashboard_data

from dashboard import create_app
from dashboard.__main__ import build_parser

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory):
    return make_dashboard_data(tmp_path_factory.mktemp("dash-app"))


@pytest.fixture(scope="module")
def client(data_dir):
    return create_app(data_dir).server.test_client()


SYNC = "filters-store.data"


def sync(client, search, **controls):
    values = {"url.search": search, **controls}
    return call_callback(client, SYNC, values, ["url.search"])


def test_index_is_served_with_a_strict_policy(client):
    response = client.get("/")
    assert response.status_code == 200
    assert b"Infrastructure damage" in response.data
    csp = response.headers["Content-Security-Policy"]
    assert "connect-src 'self';" in csp and "default-src 'self'" in csp and "http" not in csp
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_assets_are_served_from_the_top_level_folder(client):
    geo = client.get("/assets/regions.geojson")
    assert geo.status_code == 200
    features = json.loads(geo.data)["features"]
    assert len(features) == 27 and len({f["properties"]["iso_3166_2"] for f in features}) == 27
    for asset in ("style.css", "app.js", "dashAgGridComponentFunctions.js"):
        assert client.get(f"/assets/{asset}").status_code == 200


def test_page_scripts_are_all_local(client):
    html = client.get("/").data.decode()
    assert "https://" not in html.split("<footer>")[1] and "cdn" not in html.lower()


def test_a_permalink_is_parsed_into_the_store_and_the_controls(client):
    response = sync(client, "?metric=consumers_without_power&regions=UA-63&region=UA-63")
    assert response.status_code == 200
    out = response.get_json()["response"]
    assert out["filters-store"]["data"].startswith("metric=consumers_without_power")
    assert out["regions"]["value"] == ["UA-63"]
    assert out["url-notice"]["children"] == []


def test_a_hostile_link_gives_a_notice_not_an_error(client):
    response = sync(client, "?metric=%3Cscript%3Ealert(1)%3C/script%3E&from=2024-05-01&to=2020-01-01")
    assert response.status_code == 200
    out = response.get_json()["response"]
    text = json.dumps(out["url-notice"]["children"])
    assert "Unknown metric" in text and "reversed" in text


def test_map_and_chart_callbacks_answer_with_small_escaped_payloads(client):
    query = "metric=consumers_without_power&from=2022-02-24&to=2024-12-31&regions=UA-63"
    for output in ("map-figure.data", "timeseries.figure"):
        response = call_callback(client, output, {"filters-store.data": query}, ["filters-store.data"])
        assert response.status_code == 200
        assert len(response.data) < 300_000
        assert b"<img" not in response.data and b"<script" not in response.data
        if output == "timeseries.figure":
            assert b"&lt;img src=x onerror" in response.data  # the publisher, escaped in the hover


def test_table_callback_pages_and_escapes_nothing_twice(client):
    query = "metric=consumers_without_power&from=2022-02-24&to=2024-12-31"
    request = {"startRow": 0, "endRow": 100, "sortModel": [], "filterModel": {}}
    response = call_callback(client, "getRowsResponse", {"sources-table.getRowsRequest": request,
                                                          "filters-store.data": query},
                             ["sources-table.getRowsRequest"])
    rows = response.get_json()["response"]["sources-table"]["getRowsResponse"]["rowData"]
    assert len(rows) == 3
    assert any(r["publisher"] == XSS_PUBLISHER for r in rows)  # kept as text: the grid renders text


def test_entry_point_options_and_default_debug_off():
    args = build_parser().parse_args([])
    assert args.debug is False and args.host == "127.0.0.1" and args.port == 8050
    args = build_parser().parse_args(["--data", "x", "--host", "0.0.0.0", "--port", "9000", "--debug"])
    assert (str(args.data), args.host, args.port, args.debug) == ("x", "0.0.0.0", 9000, True)


def test_entry_point_reports_a_missing_data_folder(tmp_path):
    result = subprocess.run([sys.executable, "-m", "dashboard", "--data", str(tmp_path)], cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2 and "python -m etl run" in result.stderr


def test_wsgi_module_reads_the_data_folder_from_the_environment(data_dir):
    code = "from dashboard.wsgi import server; print(type(server).__name__)"
    env = {**os.environ, "INFRA_DATA_DIR": str(data_dir)}
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "Flask"


def test_two_apps_do_not_share_state(data_dir, tmp_path):
    other = create_app(data_dir)
    first = create_app(data_dir)
    assert other.server is not first.server
    query = "metric=consumers_without_power&from=2022-02-24&to=2024-12-31"
    a = call_callback(other.server.test_client(), "timeseries.figure", {"filters-store.data": query},
                      ["filters-store.data"]).data
    b = call_callback(first.server.test_client(), "timeseries.figure", {"filters-store.data": query},
                      ["filters-store.data"]).data
    assert a == b
