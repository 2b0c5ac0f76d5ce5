"""The data API, downloads, embeds and security headers over HTTP (Flask's test client, no browser)."""

from __future__ import annotations

import csv
import io
import json
import zipfile

import pytest
from dashboard_support import XSS_PUBLISHER, figure, make_dashboard_data, write_figures

from dashboard import create_app
from dashboard.urlstate import MAX_QUERY_LENGTH

VIEW = "metric=consumers_without_power&from=2022-02-24&to=2024-12-31"
ENDPOINTS = ("/api/v1/figures.csv", "/api/v1/figures.json", "/api/v1/series.csv", "/api/v1/regions.geojson",
             "/download/figures.csv", "/download/figures.zip")
HOSTILE = "=HYPERLINK(\"http://evil.example\",\"x\")"


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    return create_app(make_dashboard_data(tmp_path_factory.mktemp("api"))).server.test_client()


@pytest.fixture(scope="module")
def hostile_client(tmp_path_factory):
    """Figures whose text cells start like formulas, one retracted, one negative-looking figure text."""
    rows = [
        figure(value=100, publisher=HOSTILE, quote="-1+1 said the ministry", claimant="@Ukrenergo"),
        figure(value=200, claimant="DTEK", claimant_type="energy_company", figure_text="-5", quote="\t=cmd|' /C calc'!A0"),
        figure(value=300, status="retracted", period_start="2023-02-01", quote="  +SUM(A1:A9)"),
    ]
    folder = write_figures(tmp_path_factory.mktemp("api-hostile") / "out", rows)
    return create_app(folder).server.test_client()


def read_csv(response) -> list[dict]:
    return list(csv.DictReader(io.StringIO(response.get_data(as_text=True), newline="")))


# ---------------------------------------------------------------- endpoints


def test_figures_csv_streams_every_figure_of_the_view_with_provenance(client):
    response = client.get(f"/api/v1/figures.csv?{VIEW}")
    assert response.status_code == 200 and response.is_streamed
    assert response.headers["Content-Type"] == "text/csv; charset=utf-8"
    rows = read_csv(response)
    assert len(rows) == 3
    for column in ("claimant", "publisher", "reported_on", "url", "quote", "source_file", "source_row",
                   "value_low", "value_high", "status", "contested"):
        assert column in rows[0]
    assert any(r["publisher"] == XSS_PUBLISHER for r in rows)  # text is text: nothing escaped or lost
    assert {r["figure_id"] for r in rows} == {r["figure_id"] for r in client.get(
        f"/api/v1/figures.json?{VIEW}").get_json()["figures"]}


def test_download_csv_is_an_attachment_named_after_the_view(client):
    response = client.get(f"/download/figures.csv?{VIEW}")
    assert response.status_code == 200
    assert response.headers["Content-Disposition"] == (
        'attachment; filename="figures_consumers_without_power_2022-02-24_2024-12-31.csv"')
    assert len(read_csv(response)) == 3


def test_figures_json_pages_with_limit_and_next(client):
    first = client.get(f"/api/v1/figures.json?{VIEW}&limit=2").get_json()
    assert first["count"] == 3 and len(first["figures"]) == 2 and first["next"] == 2
    second = client.get(first["next_url"]).get_json()
    assert len(second["figures"]) == 1 and second["next"] is None and second["next_url"] is None
    ids = [f["figure_id"] for f in first["figures"] + second["figures"]]
    assert len(set(ids)) == 3
    assert first["figures"][0]["period_end"].count("-") == 2  # ISO dates


def test_series_csv_keeps_claimants_apart(client):
    rows = read_csv(client.get(f"/api/v1/series.csv?{VIEW}&regions=UA-63"))
    assert len(rows) == 2 and {r["claimant"] for r in rows} == {"Ukrenergo", "Kharkivoblenergo"}
    assert all(r["contested"] == "true" and r["n_claimants"] == "2" for r in rows)


def test_regions_geojson_has_every_region_and_the_latest_value_per_metric(client):
    body = client.get("/api/v1/regions.geojson").get_json()
    assert body["type"] == "FeatureCollection" and len(body["features"]) == 27
    kharkiv = next(f for f in body["features"] if f["properties"]["geo_code"] == "UA-63")
    latest = kharkiv["properties"]["latest"]["consumers_without_power"]
    assert latest["value"] in (250000, 260000) and latest["n_claimants"] == 2 and latest["claimant"]
    one = client.get(f"/api/v1/regions.geojson?{VIEW}&regions=UA-63,UA-32").get_json()
    assert [f["properties"]["geo_code"] for f in one["features"]] == ["UA-32", "UA-63"] or \
        sorted(f["properties"]["geo_code"] for f in one["features"]) == ["UA-32", "UA-63"]
    assert set(next(iter(f["properties"]["latest"] for f in one["features"]))) <= {"consumers_without_power"}


def test_metrics_json_is_the_vocabulary(client):
    metrics = client.get("/api/v1/metrics.json").get_json()["metrics"]
    ids = {m["id"] for m in metrics}
    assert "consumers_without_power" in ids and all({"label", "unit", "kind", "definition"} <= set(m)
                                                    for m in metrics)
    assert client.get("/api/v1/metrics.json?x=1").status_code == 400


def test_zip_has_csv_datapackage_readme_and_licence(client, tmp_path):
    response = client.get(f"/download/figures.zip?{VIEW}")
    assert response.status_code == 200 and response.headers["Content-Type"] == "application/zip"
    assert 'filename="figures_consumers_without_power_2022-02-24_2024-12-31.zip"' in \
        response.headers["Content-Disposition"]
    archive = zipfile.ZipFile(io.BytesIO(response.get_data()))
    names = archive.namelist()
    csv_name = "figures_consumers_without_power_2022-02-24_2024-12-31.csv"
    assert names == [csv_name, "datapackage.json", "README.md", "LICENSE.txt"]
    assert len(list(csv.DictReader(io.StringIO(archive.read(csv_name).decode())))) == 3
    package = json.loads(archive.read("datapackage.json"))
    fields = {f["name"]: f for f in package["resources"][0]["schema"]["fields"]}
    assert set(fields) == set(next(csv.reader(io.StringIO(archive.read(csv_name).decode()))))
    assert fields["value"]["unit"] == "count" and fields["value"]["type"] == "number"
    assert all(f["description"] for f in fields.values())
    readme = archive.read("README.md").decode()
    assert "How to cite" in readme and "Ukrenergo" in readme and "https://example.org/times/101" in readme
    assert "&lt;img src=x" in readme  # markup in a publisher is shown, never live
    assert "CC BY 4.0" in archive.read("LICENSE.txt").decode() and "MIT" in archive.read("LICENSE.txt").decode()
    # frictionless reads it: every row valid against the declared schema
    from frictionless import Package

    archive.extractall(tmp_path)
    report = Package(str(tmp_path / "datapackage.json")).validate()
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])


# ---------------------------------------------------------------- CSV safety on served files


@pytest.mark.parametrize("path", ["/api/v1/figures.csv", "/download/figures.csv", "/api/v1/series.csv"])
def test_served_csv_neutralises_formulas_and_keeps_numbers(hostile_client, path):
    rows = read_csv(hostile_client.get(f"{path}?metric=consumers_without_power&from=2023-01-01&to=2023-12-31"))
    from etl.text import looks_like_formula

    for row in rows:
        for value in row.values():
            assert not looks_like_formula(value) or value.startswith("'"), value
    if path.endswith("series.csv"):
        assert {r["claimant"] for r in rows} == {"'@Ukrenergo", "DTEK"}  # retracted left out
        return
    by_value = {r["value"]: r for r in rows}
    assert set(by_value) == {"100", "200", "300"}  # numbers stay numbers
    assert by_value["100"]["publisher"] == "'" + HOSTILE and by_value["100"]["claimant"] == "'@Ukrenergo"
    assert by_value["100"]["quote"] == "'-1+1 said the ministry"
    assert by_value["200"]["figure_text"] == "-5"  # a real negative number stays as it is
    assert by_value["200"]["quote"].startswith("'\t=cmd")
    assert by_value["300"]["status"] == "retracted" and by_value["300"]["quote"] == "'  +SUM(A1:A9)"


def test_zip_csv_is_neutralised_too(hostile_client):
    data = hostile_client.get("/download/figures.zip?metric=consumers_without_power").get_data()
    archive = zipfile.ZipFile(io.BytesIO(data))
    text = archive.read(archive.namelist()[0]).decode()
    assert "'" + HOSTILE.replace('"', '""') in text and ",=" not in text


# ---------------------------------------------------------------- bad parameters: 400, never 500

BAD = [
    ("metric=nope", "metric"),
    ("metric=..%2F..%2Fetc%2Fpasswd", "metric"),
    ("metric=%2Fetc%2Fpasswd", "metric"),
    ("metric=%2e%2e%2f%2e%2e%2fLICENSE", "metric"),
    ("metric=consumers_without_power%27%3B%20DROP%20TABLE%20figures%3B--", "metric"),
    ("metric=%3Cscript%3Ealert(1)%3C%2Fscript%3E", "metric"),
    ("metric=consumers_without_power%00", "metric"),
    ("from=2024-13-01", "from"),
    ("from=yesterday", "from"),
    ("to=9999-01-01", "to"),
    ("from=2024-05-01&to=2020-01-01", "from"),
    ("regions=UA-63,XX-99", "regions"),
    ("regions=" + ",".join(["UA-63"] * 60), "regions"),
    ("regions=..%2F..%2F", "regions"),
    ("types=government,aliens", "types"),
    ("unattributed=maybe", "unattributed"),
    ("alerts=2", "alerts"),
    ("region=%2Fetc%2Fpasswd", "region"),
    ("metric=a&metric=b", "metric"),
    ("sort=quote", "sort"),
    ("path=..%2F..%2Fdatasets%2Fprocessed%2Ffigures.parquet", "path"),
    ("%ff%fe=1", None),
    ("metric=%ff", None),
    ("&".join(f"k{i}=1" for i in range(30)), None),
    ("metric=" + "x" * (MAX_QUERY_LENGTH + 10), None),
]


@pytest.mark.parametrize("endpoint", ENDPOINTS)
@pytest.mark.parametrize(("query", "parameter"), BAD)
def test_bad_parameters_are_400_naming_the_parameter(client, endpoint, query, parameter):
    response = client.get(f"{endpoint}?{query}")
    assert response.status_code == 400, response.get_data(as_text=True)[:200]
    body = response.get_json()
    assert body["parameter"] == parameter and body["error"]
    assert "Traceback" not in body["error"]


@pytest.mark.parametrize("query", ["limit=0", "limit=-1", "limit=10001", "limit=abc", "limit=1e3", "limit=",
                                   "offset=-5", "offset=1.5", "offset=99999999999999", "limit=%EF%BC%91"])
def test_json_paging_parameters_are_checked(client, query):
    response = client.get(f"/api/v1/figures.json?{VIEW}&{query}")
    assert response.status_code == 400 and response.get_json()["parameter"] in ("limit", "offset")


def test_paging_parameters_belong_to_the_json_endpoint_only(client):
    assert client.get(f"/api/v1/figures.csv?{VIEW}&limit=5").get_json()["parameter"] == "limit"


@pytest.mark.parametrize("path", [
    "/api/v1/../../etc/passwd", "/api/v1/%2e%2e/%2e%2e/etc/passwd", "/api/v1/..%2f..%2fLICENSE",
    "/api/v1/figures.parquet", "/api/v2/figures.csv", "/api/v1/", "/download/../LICENSE",
    "/download/%2e%2e%2fLICENSE", "/download/figures.parquet", "/export/figures.png", "/export/../../LICENSE",
    "/export/timeseries.exe",
])
def test_paths_outside_the_routes_are_json_404(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert response.get_json()["error"].startswith("no such endpoint")


@pytest.mark.parametrize("path", ["/embed/../LICENSE", "/embed/static/../../LICENSE", "/embed/static/app.py",
                                  "/embed/static/%2e%2e%2fapi.py", "/embed/other"])
def test_embed_paths_outside_the_routes_are_404(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert b"MIT License" not in response.data and b"import" not in response.data


def test_write_methods_are_refused(client):
    for path in ("/api/v1/figures.csv", "/download/figures.zip"):
        assert client.post(path).status_code == 405
        assert client.delete(path).status_code == 405


# ---------------------------------------------------------------- security headers


def test_every_route_sends_the_security_headers(client):
    framable = {"/embed/timeseries", "/embed/map", "/embed/static/embed.js"}
    for path in ("/", "/assets/style.css", "/_dash-layout", "/_dash-dependencies", *ENDPOINTS,
                 "/api/v1/metrics.json", "/api/v1/nothing", *framable):
        response = client.get(f"{path}?{VIEW}" if path.startswith(("/api/v1/f", "/api/v1/s", "/download")) else path)
        headers = response.headers
        assert headers["X-Content-Type-Options"] == "nosniff", path
        assert headers["Referrer-Policy"] == "no-referrer", path
        csp = headers["Content-Security-Policy"]
        if path in framable:
            assert "frame-ancestors *" in csp and "X-Frame-Options" not in headers, path
        else:
            assert headers["X-Frame-Options"] == "DENY", path
            assert "frame-ancestors 'none'" in csp, path
        if path.startswith(("/api/", "/download/")):
            assert csp.startswith("default-src 'none'"), path


def test_embed_pages_carry_a_source_footer_alt_text_and_no_inline_script(client):
    for chart in ("timeseries", "map"):
        response = client.get(f"/embed/{chart}?{VIEW}")
        assert response.status_code == 200
        page = response.get_data(as_text=True)
        assert "data: Infrastructure damage impact dashboard" in page
        assert f'href="/?{VIEW.replace("&", "&amp;")}"' in page  # back to the full view, same query
        assert 'role="img" aria-label="Consumers without power' in page and "as reported by" in page
        assert "<script>" not in page and "https://" not in page.split("<script type=\"application/json\"")[0]
        assert "<img" not in page.split('id="figure-data">')[1]  # markup in the data is escaped in the JSON
    assert client.get("/embed/static/plotly.min.js").status_code == 200


def test_embed_with_a_hostile_link_falls_back_with_a_notice(client):
    response = client.get("/embed/timeseries?metric=%3Cscript%3Ealert(1)%3C%2Fscript%3E")
    page = response.get_data(as_text=True)
    assert response.status_code == 200 and "&lt;script&gt;" in page and "<script>alert" not in page


def test_page_has_download_and_share_controls(client):
    from dashboard_support import call_callback

    values = {"filters-store.data": VIEW, "embed-chart.value": "timeseries"}
    out = call_callback(client, "download-csv.href", values, ["filters-store.data"]).get_json()["response"]
    assert out["download-csv"]["href"] == f"/download/figures.csv?{VIEW}"
    assert out["download-zip"]["href"] == f"/download/figures.zip?{VIEW}"
    assert out["permalink"]["value"] == f"http://localhost/?{VIEW}"
    snippet = out["embed-snippet"]["value"]
    assert snippet.startswith('<iframe src="http://localhost/embed/timeseries?metric=consumers_without_power&amp;')
    assert 'width="800" height="500"' in snippet
    assert f"/export/timeseries.png?{VIEW}" in json.dumps(out["export-links"]["children"])


def test_table_caption_counts_retracted_figures(hostile_client):
    from dashboard_support import call_callback

    request = {"startRow": 0, "endRow": 100, "sortModel": [], "filterModel": {}}
    out = call_callback(hostile_client, "getRowsResponse", {
        "sources-table.getRowsRequest": request,
        "filters-store.data": "metric=consumers_without_power&from=2023-01-01&to=2023-12-31"},
        ["sources-table.getRowsRequest"]).get_json()["response"]
    rows = out["sources-table"]["getRowsResponse"]["rowData"]
    assert len(rows) == 3 and sum(r["status"].startswith("retracted") for r in rows) == 1
    assert "1 of them retracted" in out["sources-caption"]["children"]


def test_store_with_no_figures_in_view_gives_empty_csv_not_error(client):
    response = client.get("/api/v1/figures.csv?metric=people_without_gas")
    assert response.status_code == 200 and response.get_data(as_text=True).count("\r\n") == 1


def test_api_streams_a_large_extract_in_chunks(tmp_path):
    rows = [figure(value=i, period_start=f"2023-{1 + i % 12:02d}-{1 + i % 28:02d}", quote=f"q{i}")
            for i in range(25_000)]
    client = create_app(write_figures(tmp_path / "out", rows)).server.test_client()
    response = client.get("/api/v1/figures.csv?metric=consumers_without_power", buffered=False)
    chunks = list(response.response)
    assert len(chunks) >= 3  # header + one chunk per record batch: never one big string
    assert sum(c.count(b"\r\n") for c in chunks) == 25_001
