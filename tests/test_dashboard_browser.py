"""The dashboard in a real browser: Debian's headless Chromium driven by Playwright.

One server (a subprocess running `python -m dashboard` on a free localhost port) over the
ETL output of the e2e fixture plus a few rows (see `dashboard_support`), one browser for
the module, a fresh context per test. Every test ends by checking that the page logged
no console errors and that no request left localhost.
"""

from __future__ import annotations

import base64
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from dashboard_support import XSS_PUBLISHER, XSS_QUOTE_MARKUP, make_dashboard_data

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("INFRA_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--enable-unsafe-swiftshader", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage"]
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1"}
TIMEOUT_MS = 20_000

MAP_JS = "document.querySelector('#map .js-plotly-plot')"
RENDERED_REGIONS_JS = f"""() => {{
    const gd = {MAP_JS};
    const m = gd._fullLayout.map._subplot.map;
    const fills = m.getStyle().layers.filter(l => l.type === 'fill').map(l => l.id);
    const features = m.queryRenderedFeatures({{layers: fills}});
    // plotly gives each drawn location a centroid ('ct'); tiles may split one region in pieces
    return {{regions: new Set(features.map(f => JSON.stringify(f.properties.ct))).size,
             colours: [...new Set(features.map(f => f.properties.fc))]}};
}}"""
READY_JS = f"""() => {{
    const gd = {MAP_JS};
    const ts = document.querySelector('#timeseries .js-plotly-plot');
    if (!gd || !gd._fullLayout || !gd._fullLayout.map || !ts || !ts._fullLayout) return false;
    const m = gd._fullLayout.map._subplot.map;
    if (!m.loaded() || !m.isSourceLoaded) return false;
    const sources = Object.keys(m.getStyle().sources);
    if (sources.length === 0 || !sources.every(s => m.isSourceLoaded(s))) return false;
    return !document.querySelector('[data-dash-is-loading="true"]');
}}"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    data = make_dashboard_data(tmp_path_factory.mktemp("dash-browser"))
    port = free_port()
    env = {**os.environ, "DASH_DISABLE_VERSION_CHECK": "true", "INFRA_MAP_STYLE": "", "INFRA_MAP_TILES": ""}
    log = (tmp_path_factory.mktemp("dash-log") / "server.log").open("w")
    process = subprocess.Popen([sys.executable, "-m", "dashboard", "--data", str(data), "--port", str(port)],
                               cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for_http(base, process)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


def wait_for_http(base: str, process: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the dashboard exited with {process.returncode}")
        try:
            with urllib.request.urlopen(base + "/", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError("the dashboard did not answer within a minute")


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield instance
        instance.close()


class Watch:
    """What a page did: console errors, uncaught exceptions, dialogs and every request."""

    def __init__(self):
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []

    def foreign_requests(self) -> list[str]:
        return [url for url in self.requests if not is_local(url)]


def is_local(url: str) -> bool:
    if url.startswith("data:"):
        return True
    inner = url[len("blob:"):] if url.startswith("blob:") else url
    return urlsplit(inner).hostname in LOCAL_HOSTS


@pytest.fixture
def page(browser, server):
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    watch = Watch()
    context.on("request", lambda r: watch.requests.append(r.url))
    # Record, then refuse, anything that is not this server (there is no network here anyway).
    context.route(lambda url: not is_local(url), lambda route: route.abort())
    tab = context.new_page()
    tab.on("console", lambda m: watch.errors.append(f"console: {m.text}") if m.type == "error" else None)
    tab.on("pageerror", lambda e: watch.errors.append(f"pageerror: {e}"))
    tab.on("dialog", lambda d: (watch.dialogs.append(d.message), d.dismiss()))
    tab.set_default_timeout(TIMEOUT_MS)
    tab.base = server
    tab.watch = watch
    yield tab
    try:
        assert watch.errors == [], watch.errors
        assert watch.foreign_requests() == [], watch.foreign_requests()
        assert watch.dialogs == [], watch.dialogs
        assert any(u.endswith("/assets/regions.geojson") for u in watch.requests)
    finally:
        context.close()


def open_view(page, query: str = "") -> None:
    page.goto(f"{page.base}/{query}")
    wait_ready(page)


def wait_ready(page) -> None:
    page.wait_for_timeout(300)
    page.wait_for_function(READY_JS, timeout=TIMEOUT_MS)
    page.wait_for_selector("#sources-table .ag-row", state="attached")
    page.wait_for_timeout(300)


def grid_rows(page) -> list[str]:
    return page.locator("#sources-table .ag-center-cols-container .ag-row").all_inner_texts()


def chart_markers(page) -> int:
    return page.evaluate("""() => {
        const gd = document.querySelector('#timeseries .js-plotly-plot');
        return gd.querySelectorAll('.scatterlayer .trace .points path.point').length;
    }""")


def choose_option(page, dropdown: str, name: str) -> None:
    page.click(dropdown)
    page.get_by_role("option", name=name).first.click()
    page.keyboard.press("Escape")


# ---------------------------------------------------------------- tests


def test_map_draws_all_27_regions(page):
    open_view(page, "?metric=consumers_without_power")
    rendered = page.evaluate(RENDERED_REGIONS_JS)
    assert rendered["regions"] == 27
    assert "rgb(217, 217, 217)" in rendered["colours"] and len(rendered["colours"]) >= 2  # no data + values
    canvas = page.locator("#map canvas.maplibregl-canvas")
    assert canvas.count() == 1 and canvas.bounding_box()["width"] > 200
    # the pixels agree: the canvas shows the no-data grey and at least one other fill colour
    shot = canvas.screenshot()
    assert pixel_share(page, shot, (217, 217, 217)) > 0.05  # no-data grey
    # viridis top (the largest value, Kharkiv Oblast) drawn at 85% opacity over white
    assert pixel_share(page, shot, (253, 234, 70), tolerance=12) > 0.002
    assert "2 of 27 regions have a figure" in page.inner_text("#map-caption")
    page.click(".map-text summary")  # the text alternative
    assert "Kharkiv Oblast" in page.inner_text("#map-text")


PIXEL_SHARE_JS = """async ([png, rgb, tolerance]) => {
    const image = new Image();
    image.src = 'data:image/png;base64,' + png;
    await image.decode();
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext('2d');
    context.drawImage(image, 0, 0);
    const data = context.getImageData(0, 0, image.width, image.height).data;
    let near = 0;
    for (let i = 0; i < data.length; i += 4) {
        if (Math.abs(data[i] - rgb[0]) <= tolerance && Math.abs(data[i + 1] - rgb[1]) <= tolerance
            && Math.abs(data[i + 2] - rgb[2]) <= tolerance) near++;
    }
    return near / (data.length / 4);
}"""


def pixel_share(page, png: bytes, rgb: tuple[int, int, int], tolerance: int = 6) -> float:
    """Share of a screenshot's pixels near a colour (decoded by the browser: no imaging library needed)."""
    return page.evaluate(PIXEL_SHARE_JS, [base64.b64encode(png).decode(), list(rgb), tolerance])


def test_selecting_a_metric_and_a_region_updates_the_chart_and_the_table(page):
    open_view(page, "?metric=energy_facilities_damaged_share")
    assert chart_markers(page) == 3 and len(grid_rows(page)) == 3
    choose_option(page, "#metric", "Consumers without power")
    page.wait_for_url("**metric=consumers_without_power**")
    wait_ready(page)
    assert chart_markers(page) == 3  # Kyiv Oblast + the Kharkiv pair (the unattributed one is off)
    page.wait_for_function("() => document.querySelectorAll('#sources-table .ag-center-cols-container .ag-row')"
                           ".length === 3")
    choose_option(page, "#regions", "Kharkiv Oblast")
    page.wait_for_url("**regions=UA-63**")
    wait_ready(page)
    page.wait_for_function("() => document.querySelectorAll('#sources-table .ag-center-cols-container .ag-row')"
                           ".length === 2")
    assert chart_markers(page) == 2
    assert all("Kharkiv Oblast" in row for row in grid_rows(page))
    page.get_by_text("Include unattributed figures").click()
    page.wait_for_url("**unattributed=1**")


def test_typing_a_date_range_updates_the_url_and_the_view(page):
    open_view(page, "?metric=consumers_without_power")
    start = page.locator("input.dash-datepicker-start-date")
    start.fill("2022-11-23")
    start.press("Enter")
    page.wait_for_url("**from=2022-11-23**")
    end = page.locator("input.dash-datepicker-end-date")
    end.fill("2022-11-23")
    end.press("Tab")
    page.wait_for_url("**to=2022-11-23**")
    wait_ready(page)
    page.wait_for_function("() => document.querySelectorAll('#sources-table .ag-center-cols-container .ag-row')"
                           ".length === 3")
    start.fill("2022-11-24")  # after the end: the whole span comes back, with a notice saying why
    start.press("Enter")
    page.wait_for_function("() => document.querySelector('#url-notice').textContent.includes('reversed')")
    page.wait_for_url("**to=2024-12-31**")


def test_clicking_a_region_filters_the_page_and_the_url(page):
    open_view(page, "?metric=consumers_without_power")
    point = page.evaluate(f"""() => {{
        const m = {MAP_JS}._fullLayout.map._subplot.map;
        const p = m.project([36.6, 49.5]);  // inside Kharkiv Oblast
        const box = m.getCanvas().getBoundingClientRect();
        return [box.left + p.x, box.top + p.y];
    }}""")
    page.mouse.move(*point)
    page.mouse.click(*point)
    page.wait_for_url("**region=UA-63**")
    wait_ready(page)
    assert "Kharkiv Oblast" in page.inner_text("#selected-region")
    page.wait_for_function("() => document.querySelectorAll('#sources-table .ag-center-cols-container .ag-row')"
                           ".length === 2")
    page.click("#clear-region")
    page.wait_for_function("() => !location.search.includes('region=UA-63')")


def test_a_permalink_restores_the_view(page):
    query = ("?metric=consumers_without_power&from=2022-11-01&to=2022-12-31&regions=UA-46,UA-63"
             "&types=energy_company,grid_operator&unattributed=1&alerts=1&region=UA-46")
    open_view(page, query)
    assert page.url.endswith(query)  # loading a link does not rewrite it
    assert "Consumers without power" in page.inner_text("#metric")
    chosen = page.locator("#regions .dash-dropdown-value-item").all_inner_texts()
    assert chosen == ["Lviv Oblast", "Kharkiv Oblast"]
    start = page.locator("input.dash-datepicker-start-date").input_value()
    end = page.locator("input.dash-datepicker-end-date").input_value()
    assert (start, end) == ("2022-11-01", "2022-12-31")
    checked = page.evaluate("() => [...document.querySelectorAll('#claimant-types input:checked')].map(i => i.value)")
    assert checked == ["grid_operator", "energy_company"]
    assert page.is_checked("#include-unattributed input") and page.is_checked("#show-alerts input")
    assert "Lviv Oblast" in page.inner_text("#selected-region")
    rows = grid_rows(page)
    assert len(rows) == 1 and "Unattributed" in rows[0]  # region=UA-46 narrows to Lviv's unattributed figure
    assert page.inner_text("#url-notice").strip() == ""
    # the browser's back button returns to the previous view
    open_view(page, "?metric=missiles_launched")
    page.go_back()
    page.wait_for_function("() => location.search.includes('region=UA-46')")
    wait_ready(page)
    assert "Consumers without power" in page.inner_text("#metric")


def test_markup_in_the_data_is_shown_as_text_and_never_runs(page):
    open_view(page, "?metric=consumers_without_power&region=UA-63")
    grid = page.inner_text("#sources-table")
    assert XSS_QUOTE_MARKUP in grid and XSS_PUBLISHER in grid
    assert page.locator("#sources-table img").count() == 0
    link = page.locator("#sources-table a").first
    assert link.get_attribute("target") == "_blank" and link.get_attribute("rel") == "noopener noreferrer"
    # the chart's hover shows the publisher's markup as text
    page.evaluate("""() => {
        const gd = document.querySelector('#timeseries .js-plotly-plot');
        const curve = gd.data.findIndex(t => t.mode === 'markers' && t.name === 'energy company');
        Plotly.Fx.hover(gd, [{curveNumber: curve, pointNumber: 0}]);
    }""")
    hover = page.evaluate("() => document.querySelector('#timeseries .hoverlayer').textContent")
    assert XSS_PUBLISHER in hover and "Contested" in hover and "Ukrenergo" in hover
    assert page.locator("#timeseries .hoverlayer image, #timeseries .hoverlayer img").count() == 0
    # the full record, clicked open below the table
    page.locator("#sources-table .ag-row", has_text="Kharkivoblenergo").first.click()
    page.wait_for_selector("#source-detail blockquote")
    assert XSS_QUOTE_MARKUP in page.inner_text("#source-detail blockquote")
    # the e2e fixture's own <script> quote
    open_view(page, "?metric=missiles_launched")
    assert "<script>alert('x')</script>" in page.inner_text("#sources-table")
    assert page.evaluate("() => typeof window.__xss") == "undefined"


def test_a_hostile_query_string_shows_a_notice_not_an_error_page(page):
    regions = ",".join(["UA-63"] * 60)
    open_view(page, f"?metric=%3Cscript%3Ewindow.__xss%3D3%3C%2Fscript%3E&from=2024-99-99&to=2020-01-01"
                    f"&regions={regions}&region=%3Cimg%20src%3Dx%20onerror%3Dwindow.__xss%3D4%3E")
    notice = page.inner_text("#url-notice")
    assert "Unknown metric" in notice and "at most 50" in notice and "Unknown region" in notice
    assert "<script>window.__xss=3</script>" in notice  # quoted as text
    assert page.evaluate("() => typeof window.__xss") == "undefined"
    assert page.evaluate(RENDERED_REGIONS_JS)["regions"] == 27  # the default view is drawn
    assert "Consumers without power" in page.inner_text("#metric")
    # a very long one too
    open_view(page, "?metric=" + "x" * 5000)
    assert "too long" in page.inner_text("#url-notice")


def test_phone_width_fits_without_horizontal_scrolling(browser, server):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    errors: list[str] = []
    tab = context.new_page()
    tab.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    tab.on("pageerror", lambda e: errors.append(str(e)))
    tab.goto(f"{server}/?metric=consumers_without_power")
    tab.wait_for_function(READY_JS, timeout=TIMEOUT_MS)
    assert tab.evaluate("() => document.documentElement.scrollWidth") <= 390
    assert tab.evaluate(RENDERED_REGIONS_JS)["regions"] == 27
    assert errors == []
    context.close()
