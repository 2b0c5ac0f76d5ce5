"""`create_app(data_dir)`: one Dash app over one ETL output folder.

Everything an app needs (its data store, settings, callbacks) is created here and held
by the app's own closures: no module-level mutable state, so any number of apps, threads
or gunicorn workers behave alike. Static files come from the top-level `assets/` folder
and every script is served by the app itself (`serve_locally`), so the page works with no
internet connection. A Content-Security-Policy header keeps the page from loading or
sending anything elsewhere, unless a tile basemap is configured for online use
(`dashboard.security`). The data API, downloads and exports (`dashboard.api`) and the
embeddable charts (`dashboard.embed`) are Flask blueprints on the same server.
"""

from __future__ import annotations

from pathlib import Path

import dash

from dashboard import api, callbacks, embed, layout, security
from dashboard.config import APP_TITLE, ASSETS_DIR, REGIONS_ASSET, Settings
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
    app.server.register_blueprint(api.create_blueprint(store, settings))
    app.server.register_blueprint(embed.create_blueprint(store, settings, app.get_asset_url(REGIONS_ASSET)))
    security.install(app, settings)
    return app
