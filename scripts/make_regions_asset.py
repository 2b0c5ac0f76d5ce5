"""Write `assets/regions.geojson`: the 27 first-level units, simplified once for the map.

The dashboard's map references this file by URL, so the browser fetches the geometry
once instead of receiving it inside every figure. Run after changing the reference file:

    .venv/bin/python scripts/make_regions_asset.py [--tolerance 0.02]

Steps: read `datasets/reference/ukraine_adm1.geojson`; rebuild the units as a coverage
(the source's neighbours overlap slightly and do not share edges: see `as_coverage`);
simplify with `shapely.coverage_simplify` (shared edges stay shared, no new
gaps or overlaps) when the cleaned set is a valid coverage, else each unit on its own
with topology preserved; round to 4 decimals (about 10 m); keep `iso_3166_2` and the
name from `datasets/reference/regions.csv`. Source and licence: `assets/SOURCES.md`.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

import numpy as np
import shapely
from shapely.geometry import mapping, shape

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from etl import paths  # noqa: E402

TARGET = paths.ASSETS / "regions.geojson"


def load_units(source: Path) -> tuple[list[str], np.ndarray]:
    features = json.loads(source.read_text(encoding="utf-8"))["features"]
    features.sort(key=lambda f: f["properties"]["iso_3166_2"])
    codes = [f["properties"]["iso_3166_2"] for f in features]
    geoms = np.array([shapely.make_valid(shape(f["geometry"])) for f in features])
    return codes, geoms


def as_coverage(geoms: np.ndarray) -> np.ndarray:
    """Rebuild the units as a coverage: no overlaps, and neighbours share identical edges.

    All boundaries are noded together and polygonized into faces; each face goes to the
    first unit (in code order) that contains it, and faces in no unit (slivers of gap)
    are dropped. Units then share exactly the same edge vertices, which is what
    `coverage_simplify` needs to keep shared edges shared.
    """
    lines = shapely.union_all(shapely.boundary(geoms))
    faces = shapely.get_parts(shapely.polygonize(shapely.get_parts(lines)))
    tree = shapely.STRtree(geoms)
    owned: dict[int, list] = {}
    for face, point in zip(faces, shapely.point_on_surface(faces), strict=True):
        hits = sorted(tree.query(point, predicate="within"))
        if hits:
            owned.setdefault(int(hits[0]), []).append(face)
    return np.array([shapely.union_all(owned.get(i, [geom])) for i, geom in enumerate(geoms)])


def simplify(geoms: np.ndarray, tolerance: float) -> tuple[np.ndarray, str]:
    if hasattr(shapely, "coverage_simplify") and shapely.coverage_is_valid(geoms):
        return shapely.coverage_simplify(geoms, tolerance, simplify_boundary=True), "coverage_simplify"
    return shapely.simplify(geoms, tolerance, preserve_topology=True), "simplify(preserve_topology=True)"


def region_names() -> dict[str, str]:
    with paths.REGIONS_CSV.open(encoding="utf-8", newline="") as f:
        return {row["geo_code"]: row["name"] for row in csv.DictReader(f)}


def build(source: Path, tolerance: float) -> tuple[dict, str]:
    codes, geoms = load_units(source)
    simplified, method = simplify(as_coverage(geoms), tolerance)
    simplified = shapely.set_precision(simplified, 1e-4)
    names = region_names()
    features = []
    for code, geom in zip(codes, simplified, strict=True):
        if geom.is_empty or not geom.is_valid:
            raise SystemExit(f"{code}: simplification left an empty or invalid geometry; lower --tolerance")
        features.append({"type": "Feature", "id": code,
                         "properties": {"iso_3166_2": code, "name": names.get(code, code)},
                         "geometry": mapping(geom)})
    collection = {"type": "FeatureCollection", "name": "ukraine_adm1_simplified", "features": features}
    return collection, method


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=paths.REGIONS_GEOJSON)
    parser.add_argument("--output", type=Path, default=TARGET)
    parser.add_argument("--tolerance", type=float, default=0.02, help="degrees (default 0.02, about 2 km)")
    args = parser.parse_args(argv)
    collection, method = build(args.source, args.tolerance)
    text = json.dumps(collection, separators=(",", ":"), ensure_ascii=False)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text + "\n", encoding="utf-8")
    vertices = sum(len(json.dumps(f["geometry"]["coordinates"]).split("],")) for f in collection["features"])
    print(f"{args.output}: {len(collection['features'])} units, about {vertices:,} vertices, {len(text):,} bytes, "
          f"{method}, tolerance {args.tolerance}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
