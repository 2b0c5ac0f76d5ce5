"""Dashboard settings: paths come from `etl.paths`, options from the environment.

Nothing here is mutable at run time: `Settings.from_env()` reads the environment once
when an app is created, and the result is a frozen dataclass.

Environment variables:
- `INFRA_DATA_DIR`: the ETL output folder to serve (default `datasets/processed`).
- `INFRA_MAP_STYLE`: the map style; `white-bg` (default) fetches nothing from outside.
  Any other plotly map style name (e.g. `open-street-map`, `carto-positron`) loads tiles
  from the internet: for online use only.
- `INFRA_MAP_TILES`: a raster tile URL template (`https://…/{z}/{x}/{y}.png`) drawn under
  the regions on the `white-bg` style; for online use only.
- `INFRA_MAP_TILES_ATTRIBUTION`: the attribution text shown for those tiles.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from etl import paths

DATA_DIR_ENV = "INFRA_DATA_DIR"
MAP_STYLE_ENV = "INFRA_MAP_STYLE"
MAP_TILES_ENV = "INFRA_MAP_TILES"
MAP_TILES_ATTRIBUTION_ENV = "INFRA_MAP_TILES_ATTRIBUTION"

DEFAULT_DATA_DIR = paths.PROCESSED
ASSETS_DIR = paths.ASSETS
REGIONS_ASSET = "regions.geojson"
OFFLINE_MAP_STYLE = "white-bg"
APP_TITLE = "Infrastructure damage: reported figures"

# Limits that keep every response small whatever the data (see bench/bench_dashboard.py).
MAX_MARKERS = 1200          # time-series markers drawn one per figure; above this, aggregated
MAX_AGGREGATED_MARKERS = 800  # aggregated markers (one per claimant and time bucket) at most, if a bucket allows
MAX_CITY_POINTS = 200       # city points on the map (the most recently reported first)
MAX_HOVER_CLAIMANTS = 5     # claimants listed in one region's map hover, the rest counted
MAX_HOVER_CLAIMANTS_CITY = 3  # the same for a city point
TABLE_BLOCK_SIZE = 100      # rows per sources-table request
MAX_TABLE_BLOCK = 500       # the largest block a client may ask for


@dataclass(frozen=True)
class Settings:
    data_dir: Path = DEFAULT_DATA_DIR
    map_style: str = OFFLINE_MAP_STYLE
    map_tiles: str | None = None
    map_tiles_attribution: str = ""

    @classmethod
    def from_env(cls, data_dir: Path | str | None = None, environ: dict | None = None) -> Settings:
        env = os.environ if environ is None else environ
        chosen = data_dir or env.get(DATA_DIR_ENV) or DEFAULT_DATA_DIR
        tiles = (env.get(MAP_TILES_ENV) or "").strip() or None
        if tiles and not tiles.startswith(("https://", "http://")):
            raise ValueError(f"{MAP_TILES_ENV} must be an http(s) URL template, got {tiles[:80]!r}")
        return cls(
            data_dir=Path(chosen),
            map_style=(env.get(MAP_STYLE_ENV) or OFFLINE_MAP_STYLE).strip(),
            map_tiles=tiles,
            map_tiles_attribution=(env.get(MAP_TILES_ATTRIBUTION_ENV) or "").strip(),
        )

    @property
    def offline(self) -> bool:
        return self.map_style == OFFLINE_MAP_STYLE and not self.map_tiles
