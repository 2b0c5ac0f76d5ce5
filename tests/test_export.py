"""Static exports (PNG and SVG through kaleido and the system Chromium, standalone HTML) and `figure_for`."""

from __future__ import annotations

import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import plotly.graph_objects as go
import pytest
from dashboard_support import make_dashboard_data

from dashboard.charts import figure_for, map_figure, timeseries_figure  # noqa: F401 (importable for notebooks)
from dashboard.export import main, png_with_text, svg_with_text

ROOT = Path(__file__).resolve().parent.parent
VIEW = ["--metric", "consumers_without_power", "--from", "2022-02-24", "--to", "2024-12-31"]
pytestmark = pytest.mark.skipif(not Path("/usr/bin/chromium").is_file(), reason="needs Debian's chromium")


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory):
    return make_dashboard_data(tmp_path_factory.mktemp("export"))


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def png_text_chunks(data: bytes) -> dict[str, str]:
    chunks, pos = {}, 8
    while pos < len(data):
        length = struct.unpack(">I", data[pos:pos + 4])[0]
        kind, body = data[pos + 4:pos + 8], data[pos + 8:pos + 8 + length]
        if kind == b"iTXt":
            key, rest = body.split(b"\0", 1)
            chunks[key.decode()] = rest[2:].split(b"\0", 2)[2].decode("utf-8")
        pos += 12 + length
    return chunks


def script_sources(page: str) -> list[str]:
    """The src of every <script> element (an inlined library's text is not parsed as tags)."""
    from html.parser import HTMLParser

    found: list[str] = []

    class Scripts(HTMLParser):
        def handle_starttag(self, tag, attrs):
            if tag == "script" and dict(attrs).get("src"):
                found.append(dict(attrs)["src"])

    Scripts().feed(page)
    return found


@pytest.mark.parametrize("chart", ["timeseries", "map"])
def test_png_and_svg_exports_are_valid_images_of_nontrivial_size(data_dir, tmp_path, chart):
    png, svg = tmp_path / f"{chart}.png", tmp_path / f"{chart}.svg"
    assert main(["--data", str(data_dir), "--chart", chart, *VIEW, "--format", "png", "--out", str(png)]) == 0
    data = png.read_bytes()
    width, height = png_size(data)
    assert (width, height) == ((1100, 620) if chart == "timeseries" else (1000, 760))
    assert len(data) > 15_000
    text = png_text_chunks(data)
    assert text["Title"].startswith("Consumers without power (count)")
    assert "as reported by" in text["Description"]
    assert main(["--data", str(data_dir), "--chart", chart, *VIEW, "--format", "svg", "--out", str(svg)]) == 0
    root = ET.fromstring(svg.read_bytes())
    assert root.tag == "{http://www.w3.org/2000/svg}svg" and len(svg.read_bytes()) > 10_000
    assert root[0].tag.endswith("title") and "Consumers without power" in root[0].text
    body = svg.read_text()
    assert "Source: figures as reported by" in body and "Infrastructure damage impact dashboard" in body
    assert "2022-02-24" in body or "Feb 2022" in body  # the period is in the title


def test_html_export_is_standalone_and_offline(data_dir, tmp_path):
    out = tmp_path / "chart.html"
    assert main(["--data", str(data_dir), "--chart", "map", *VIEW, "--format", "html", "--out", str(out),
                 "--link", "https://dash.example.org"]) == 0
    page = out.read_text()
    assert script_sources(page) == [] and len(page) > 3_000_000  # plotly.js inlined, nothing loaded
    assert "iso_3166_2" in page  # the region geometry inlined, not fetched
    assert 'role="img" aria-label="Consumers without power, Ukraine, Feb 2022' in page or \
        'aria-label="Consumers without power, Ukraine, 24 Feb 2022' in page
    assert "https://dash.example.org/?metric=consumers_without_power" in page


def test_cli_rejects_bad_filters_with_exit_2(data_dir, tmp_path):
    result = subprocess.run([sys.executable, "-m", "dashboard.export", "--data", str(data_dir), "--chart", "map",
                             "--metric", "../../etc/passwd", "--format", "png", "--out", str(tmp_path / "x.png")],
                            cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 2 and "--metric" in result.stderr and not (tmp_path / "x.png").exists()


def test_export_route_serves_png(data_dir):
    from dashboard import create_app

    client = create_app(data_dir).server.test_client()
    response = client.get("/export/timeseries.png?metric=consumers_without_power&width=640&height=400")
    assert response.status_code == 200 and response.headers["Content-Type"] == "image/png"
    assert png_size(response.data) == (640, 400)
    assert 'filename="timeseries_consumers_without_power_' in response.headers["Content-Disposition"]
    assert client.get("/export/timeseries.png?width=99999").status_code == 400


def test_figure_for_builds_the_dashboard_chart_in_a_notebook(data_dir):
    fig = figure_for(data_dir, "timeseries", metric="consumers_without_power", date_from="2022-02-24",
                     date_to="2024-12-31", regions=["UA-63"])
    assert isinstance(fig, go.Figure) and sum(len(t.x) for t in fig.data if t.mode == "markers") == 2
    report = figure_for(data_dir, "map", query="metric=consumers_without_power", report=True)
    assert "Consumers without power" in report.layout.title.text
    with pytest.raises(ValueError, match="metric"):
        figure_for(data_dir, metric="nope")


def test_alt_text_metadata_helpers():
    svg = svg_with_text(b'<svg xmlns="http://www.w3.org/2000/svg" width="1"><g/></svg>', "T <&>", "D")
    root = ET.fromstring(svg)
    assert root.get("role") == "img" and root[0].text == "T <&>" and root[1].text == "D"
    with pytest.raises(ValueError):
        png_with_text(b"GIF89a", "t", "d")
