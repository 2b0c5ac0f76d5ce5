"""Browser tests for issue 5: "Download CSV" on the page, embeds framed by another origin, the page
refusing to be framed, and the page working under its Content-Security-Policy.

Same server and Chromium as `test_dashboard_browser` (fixtures imported from there). The
other origin is a tiny `http.server` on a second localhost port serving one HTML page with
two iframes: `/embed/timeseries?...` (must render) and `/` (must be refused).
"""
# ruff: noqa: F811  (pytest fixtures imported from test_dashboard_browser are used as arguments)

from __future__ import annotations

import csv
import functools
import http.server
import io
import threading

import pytest
from test_dashboard_browser import (  # noqa: F401 (fixtures)
    TIMEOUT_MS,
    browser,
    free_port,
    open_view,
    page,
    server,
)

pytestmark = pytest.mark.browser
VIEW = "?metric=consumers_without_power&from=2022-02-24&to=2024-12-31&unattributed=1"


def grid_ids(page) -> set[str]:
    return set(page.evaluate("""() => [...document.querySelectorAll(
        '#sources-table .ag-center-cols-container .ag-row')].map(r => r.getAttribute('row-id'))"""))


def test_download_csv_gives_the_rows_of_the_table(page):
    open_view(page, VIEW)
    page.wait_for_function("() => document.querySelectorAll('#sources-table .ag-center-cols-container .ag-row')"
                           ".length === 4")
    href = page.get_attribute("#download-csv", "href")
    assert href == "/download/figures.csv" + VIEW.replace("?", "?", 1)
    with page.expect_download() as info:
        page.click("#download-csv")
    download = info.value
    assert download.suggested_filename == "figures_consumers_without_power_2022-02-24_2024-12-31.csv"
    rows = list(csv.DictReader(io.StringIO(open(download.path(), encoding="utf-8").read(), newline="")))
    assert {r["figure_id"] for r in rows} == grid_ids(page) and len(rows) == 4
    assert all(r["quote"] and r["url"].startswith("https://") for r in rows)
    # a region click narrows both the same way
    open_view(page, VIEW + "&region=UA-63")
    page.wait_for_function("() => document.querySelectorAll('#sources-table .ag-center-cols-container .ag-row')"
                           ".length === 2")
    with page.expect_download() as info:
        page.click("#download-csv")
    rows = list(csv.DictReader(open(info.value.path(), encoding="utf-8", newline="")))
    assert {r["figure_id"] for r in rows} == grid_ids(page)


def test_share_box_gives_permalink_and_iframe_snippet(page):
    open_view(page, VIEW)
    page.click(".share-box summary")
    assert page.input_value("#permalink") == f"{page.base}/{VIEW}"
    snippet = page.input_value("#embed-snippet")
    assert snippet.startswith(f'<iframe src="{page.base}/embed/timeseries?metric=consumers_without_power&amp;')
    assert 'width="800" height="500"' in snippet
    page.get_by_text("map", exact=True).click()
    page.wait_for_function("() => document.querySelector('#embed-snippet').value.includes('/embed/map?')")


@pytest.fixture(scope="module")
def other_origin(tmp_path_factory, server):
    """A second localhost origin whose page frames an embed and the main page."""
    folder = tmp_path_factory.mktemp("other-origin")
    (folder / "index.html").write_text(f"""<!DOCTYPE html><html><body>
<h1>An article</h1>
<iframe id="embed" src="{server}/embed/timeseries{VIEW}" width="800" height="500"></iframe>
<iframe id="main" src="{server}/{VIEW}" width="800" height="500"></iframe>
</body></html>""", encoding="utf-8")
    (folder / "favicon.ico").write_bytes(b"")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(folder))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", free_port()), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://localhost:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_embed_renders_in_a_frame_on_another_origin_and_the_page_refuses_to_be_framed(browser, server,
                                                                                      other_origin):
    context = browser.new_context(viewport={"width": 1000, "height": 1200})
    console: list[str] = []
    tab = context.new_page()
    tab.on("console", lambda m: console.append(f"{m.type}: {m.text}"))
    tab.set_default_timeout(TIMEOUT_MS)
    try:
        tab.goto(f"{other_origin}/index.html")
        embed = tab.frame_locator("#embed")
        embed.locator("#chart[data-rendered='true']").wait_for()
        markers = embed.locator("#chart .scatterlayer .trace .points path.point")
        assert markers.count() == 4  # every figure of the view, one marker each
        footer = embed.locator("footer.source").inner_text()
        assert "data: Infrastructure damage impact dashboard" in footer and "Ukrenergo" in footer
        link = embed.locator("footer.source a")
        assert link.get_attribute("href") == "/" + VIEW and link.get_attribute("target") == "_blank"
        assert "as reported by" in embed.locator("#chart").get_attribute("aria-label")
        # the main page is refused: its frame never gets the app, and Chromium says why
        tab.wait_for_timeout(1500)
        (main,) = [f for f in tab.frames if f.parent_frame is not None and "/embed/" not in f.url]
        assert main.evaluate("() => document.querySelector('#react-entry-point') === null")
        assert any("frame-ancestors" in line for line in console), console
        assert not [line for line in console if line.startswith("error") and "frame-ancestors" not in line], console
    finally:
        context.close()


def test_the_page_renders_under_its_policy_without_violations(browser, server):
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    messages: list[str] = []
    tab = context.new_page()
    tab.on("console", lambda m: messages.append(f"{m.type}: {m.text}"))
    tab.on("pageerror", lambda e: messages.append(f"pageerror: {e}"))
    try:
        response = tab.goto(f"{server}/{VIEW}")
        csp = response.headers["content-security-policy"]
        assert "frame-ancestors 'none'" in csp and response.headers["x-frame-options"] == "DENY"
        tab.wait_for_selector("#sources-table .ag-row", timeout=TIMEOUT_MS)
        tab.wait_for_function("() => document.querySelectorAll('#timeseries .points path.point').length > 0",
                              timeout=TIMEOUT_MS)
        violations = tab.evaluate("""() => new Promise(resolve => {
            const seen = [];
            document.addEventListener('securitypolicyviolation', e => seen.push(e.violatedDirective));
            setTimeout(() => resolve(seen), 1000);
        })""")
        assert violations == []
        assert not [m for m in messages if "Content Security Policy" in m or m.startswith(("error", "pageerror"))]
    finally:
        context.close()
