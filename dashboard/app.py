"""`create_app(data_dir)`: one Dash app over one ETL output folder.

Everything an app needs (its data store, settings, callbacks) is created here and held
by the app's own closures: no module-level mutable state, so any number of apps, threads
or gunicorn workers behave alike. Static files come from the top-level `assets/` folder
and every script is served by the app itself (`serve_locally`), so the page works with no
internet connection. A Content-Security-Policy header keeps the page from loading or
sending anything elsewhere, unless a tile basemap is configured for online use.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import dash

from dashboard import callbacks, layout
from dashboard.config import APP_TITLE, ASSETS_DIR, Settings
from dashboard.data import DataStore


def create_app(data_dir: Path | str | None = None, settings: Settings | None = None) -> dash.Dash:
    """Build the app for the ETL outputs in `data_dir` (default: $INFRA_DATA_DIR or datasets/processed)."""
    settings = settings or Settings.from_env(data_dir)
    store = DataStore.open(settings.data_dir)
    app = dash.Dash(
        __name__,
        title=APP_TITLE,
        update_title=None,
        assets_folder=str(ASSETS_DIR),
        serve_locally=True,
        compress=False,
        meta_tags=[{"name": "viewport", "content": "width=device-width, initial-scale=1"},
                   {"name": "description", "content": "Reported damage to infrastructure in Ukraine: map, "
                                                      "time series and sources."}],
    )
    app.layout = layout.build(store.info, settings)
    callbacks.register(app, store, settings)
    _add_security_headers(app, settings)
    return app


def content_security_policy(app: dash.Dash, settings: Settings) -> str:
    """Only this server may be contacted; inline scripts only by hash (Dash's own)."""
    remote = ""
    if not settings.offline:
        tiles = urlsplit(settings.map_tiles) if settings.map_tiles else None
        remote = f" {tiles.scheme}://{tiles.netloc}" if tiles else " https:"
    script_hashes = " ".join(app.csp_hashes())  # each already quoted: 'sha256-…'
    directives = [
        "default-src 'self'",
        f"script-src 'self' 'unsafe-eval' {script_hashes}",
        "style-src 'self' 'unsafe-inline'",
        f"img-src 'self' data: blob:{remote}",
        "font-src 'self' data:",
        f"connect-src 'self'{remote}",
        "worker-src 'self' blob:",
        "child-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'self'",
    ]
    return "; ".join(directives)


def _add_security_headers(app: dash.Dash, settings: Settings) -> None:
    """Called once every callback is registered (the policy hashes Dash's inline scripts)."""
    csp = content_security_policy(app, settings)

    @app.server.after_request
    def headers(response):
        response.headers.setdefault("Content-Security-Policy", csp)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        return response
