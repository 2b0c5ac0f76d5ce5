"""Every file-system location the project uses, in one place.

Code elsewhere never builds a path from a string literal: it asks this module. Output
and input folders can be overridden per call (CLI flags, tests); these are the defaults.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATASETS = ROOT / "datasets"
RAW = DATASETS / "raw"
REPORTS_DIR = RAW / "reports"
ALERTS_DIR = RAW / "alerts"
ARTICLES_DIR = RAW / "articles"
REFERENCE = DATASETS / "reference"
PROCESSED = DATASETS / "processed"
ASSETS = ROOT / "assets"
# The mypyc-compiled extractor modules (`scripts/compile_extractor.py`, `etl/compiled.py`); not committed
COMPILED = ROOT / "build" / "compiled"

REGIONS_CSV = REFERENCE / "regions.csv"
COUNTRIES_CSV = REFERENCE / "countries.csv"
CITIES_CSV = REFERENCE / "cities.csv"
PLACE_ALIASES_CSV = REFERENCE / "place_aliases.csv"
METRICS_CSV = REFERENCE / "metrics.csv"
CLAIMANTS_CSV = REFERENCE / "claimants.csv"
PLACES_ABROAD_CSV = REFERENCE / "places_abroad.csv"
REGIONS_GEOJSON = REFERENCE / "ukraine_adm1.geojson"

# Names of the files the ETL writes into its output folder.
FIGURES_PARQUET = "figures.parquet"
FIGURES_CSV = "figures.csv"
SERIES_PARQUET = "series.parquet"
REJECTS_CSV = "rejects.csv"
ALERTS_DAILY_PARQUET = "alerts_daily.parquet"
MANIFEST_JSON = "manifest.json"
