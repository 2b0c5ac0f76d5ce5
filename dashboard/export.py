"""Static exports of a chart for reports: PNG, SVG (kaleido + the system Chromium) or standalone HTML.

    python -m dashboard.export [--data DIR] --chart map|timeseries [--metric M] [--from YYYY-MM-DD]
        [--to YYYY-MM-DD] [--regions UA-63,UA-32] [--types government,media] [--unattributed 1]
        [--alerts 1] [--region UA-63] --format png|svg|html --out FILE [--width PX] [--height PX]

The filters are the page's URL parameters (`dashboard/urlstate.py`) and are checked the
same strict way as the data API: an unknown or unusable value stops with exit code 2 and
a message naming it. Every export carries a title (metric, units, places, period) and a
source line (claimants, the project, the permalink); the SVG gets the alt text as its
`<title>`/`<desc>`, the PNG as iTXt `Title`/`Description` chunks, the HTML as the chart's
`aria-label` and a caption.

PNG/SVG: kaleido drives `/usr/bin/chromium` (or `$BROWSER_PATH`) with MathJax off; kaleido
is never allowed to download a browser and plotly.js comes from the installed plotly
package, so nothing is fetched. HTML: one file with plotly.js and the region geometry
inlined; it works offline.
"""

from __future__ import annotations

import argparse
import html
import os
import struct
import sys
import zlib
from pathlib import Path
from urllib.parse import urlencode

import plotly.graph_objects as go
import plotly.io as pio

from dashboard.views import ChartView, report_figure

FORMATS = ("png", "svg", "html")
MEDIA_TYPES = {"png": "image/png", "svg": "image/svg+xml", "html": "text/html; charset=utf-8"}
DEFAULT_CHROMIUM = "/usr/bin/chromium"
FILTER_OPTIONS = ("metric", "from", "to", "regions", "types", "unattributed", "alerts", "region")
PLOTLY_CONFIG = {"displaylogo": False, "responsive": True}


def chromium_path() -> str:
    return os.environ.get("BROWSER_PATH") or DEFAULT_CHROMIUM


def render(view: ChartView, fmt: str, width: int | None = None, height: int | None = None) -> bytes:
    """The export's bytes in `fmt` (png, svg or html)."""
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {FORMATS}, not {fmt!r}")
    figure = report_figure(view, width, height)
    if fmt == "html":
        return standalone_html(view, figure).encode("utf-8")
    image = to_image(figure, fmt)
    return png_with_text(image, view.title, view.alt) if fmt == "png" else svg_with_text(image, view.title, view.alt)


def to_image(figure: go.Figure, fmt: str) -> bytes:
    """PNG or SVG bytes through kaleido with the system Chromium, MathJax off, local plotly.js."""
    import kaleido

    pio.defaults.mathjax = None
    browser = chromium_path()
    if not Path(browser).is_file():
        raise FileNotFoundError(f"no Chromium at {browser}; install Debian's chromium or set BROWSER_PATH "
                                "(kaleido must not download one)")
    layout = figure.layout
    opts = {"format": fmt, "width": layout.width, "height": layout.height, "scale": 1}
    kopts = {"path": browser, "mathjax": False, "timeout": 60}
    return kaleido.calc_fig_sync(figure.to_plotly_json(), opts=opts, kopts=kopts)


def standalone_html(view: ChartView, figure: go.Figure) -> str:
    """One offline HTML file: plotly.js inlined, the alt text as the chart's label and caption."""
    body = pio.to_html(figure, include_plotlyjs=True, full_html=False, config=PLOTLY_CONFIG, div_id="chart",
                       default_width=f"{figure.layout.width}px", default_height=f"{figure.layout.height}px")
    esc = html.escape
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(view.title)}</title>
<style>body{{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;margin:16px;color:#1b1b1b}}
figcaption{{font-size:14px;max-width:{figure.layout.width}px;margin-top:8px}}</style>
</head>
<body>
<figure>
<div role="img" aria-label="{esc(view.alt)}">
{body}
</div>
<figcaption><p>{esc(view.alt)}</p><p>{esc(view.source)}</p></figcaption>
</figure>
</body>
</html>
"""


def svg_with_text(svg: bytes, title: str, description: str) -> bytes:
    """The SVG with `<title>` and `<desc>` as its first children (read by screen readers)."""
    text = svg.decode("utf-8")
    end = text.index(">", text.index("<svg")) + 1
    extra = f"<title>{html.escape(title)}</title><desc>{html.escape(description)}</desc>"
    opening = text[:end]
    if "role=" not in opening:
        opening = opening[:-1] + ' role="img">'
    return (opening + extra + text[end:]).encode("utf-8")


def png_with_text(png: bytes, title: str, description: str) -> bytes:
    """The PNG with iTXt chunks `Title` and `Description` (UTF-8) after its header chunk."""
    if png[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    ihdr_end = 8 + 8 + struct.unpack(">I", png[8:12])[0] + 4
    chunks = b"".join(_itxt(key, value) for key, value in (("Title", title), ("Description", description)))
    return png[:ihdr_end] + chunks + png[ihdr_end:]


def _itxt(keyword: str, text: str) -> bytes:
    payload = keyword.encode("latin-1") + b"\x00\x00\x00" + b"\x00" + b"\x00" + text.encode("utf-8")
    body = b"iTXt" + payload
    return struct.pack(">I", len(payload)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)


# ---------------------------------------------------------------- command line


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m dashboard.export", description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=None, help="ETL output folder (default: $INFRA_DATA_DIR or "
                                                                 "datasets/processed)")
    parser.add_argument("--chart", choices=("map", "timeseries"), required=True)
    parser.add_argument("--format", choices=FORMATS, required=True)
    parser.add_argument("--out", type=Path, required=True, help="the file to write")
    parser.add_argument("--width", type=int, default=None, help="pixels (default 1000 for the map, 1100 otherwise)")
    parser.add_argument("--height", type=int, default=None, help="pixels (default 760 for the map, 620 otherwise)")
    parser.add_argument("--link", default=None, help="base URL of the dashboard, for the link in the source line")
    for name in FILTER_OPTIONS:
        parser.add_argument(f"--{name}", dest=f"filter_{name}", default=None, help=f"as the URL parameter {name}")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    os.environ.setdefault("DASH_DISABLE_VERSION_CHECK", "true")
    from dashboard.config import Settings
    from dashboard.data import DataStore
    from dashboard.urlstate import QueryError, parse_strict
    from dashboard.views import chart_view

    for size in (args.width, args.height):
        if size is not None and not 200 <= size <= 4000:
            print("error: --width and --height must be between 200 and 4000 pixels", file=sys.stderr)
            return 2
    settings = Settings.from_env(args.data)
    try:
        store = DataStore.open(settings.data_dir)
    except (FileNotFoundError, ValueError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    query = urlencode({k: getattr(args, f"filter_{k}") for k in FILTER_OPTIONS
                       if getattr(args, f"filter_{k}") is not None}, safe=",")
    info = store.info
    try:
        filters, _ = parse_strict(query, info.vocabulary, info.place_codes, info.default_filters())
    except QueryError as err:
        print(f"error: --{err.parameter or 'filters'}: {err.message}", file=sys.stderr)
        return 2
    link = f"{args.link.rstrip('/')}/?{query}" if args.link else None
    view = chart_view(store, settings, args.chart, filters, link=link)
    content = render(view, args.format, args.width, args.height)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(content)
    print(f"wrote {args.out} ({len(content):,} bytes): {view.title}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
