"""Resolve a place as written ("Kharkov obl.", "Київська область", "Kiev") to a region code.

The gazetteer is built from reference data only (regions, countries, place aliases and a
GeoNames city table) and answers in three steps, in this order, recording which one
matched: explicit alias → exact city name → fuzzy match above a threshold. A fuzzy match
is accepted only above `FUZZY_ACCEPT` and is always reported by the caller; anything
below is an `UnknownPlace` carrying the closest candidate, so the reject says what to fix.

Levels: `country` (geo_code UA), `oblast` (first-level unit, ISO 3166-2) and `city`
(geo_code of the first-level unit that contains it, plus coordinates).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rapidfuzz import fuzz, process

from etl import paths
from etl.refdata import read_csv_rows
from etl.text import fold

FUZZY_ACCEPT = 90.0  # rapidfuzz ratio (0-100) at or above which a fuzzy match is used
# How a name belongs to a town (`name_rank`): its own name, a spelling of it (at least `SAME_NAME_SCORE`
# similar: "Sloviansk" for Slovyansk), or another name (historical or foreign: "Slovyansk" for Nikopol).
OWN_NAME, SPELLING, OTHER_NAME = 0, 1, 2
SAME_NAME_SCORE = 88


def name_rank(key: str, own: str, primary: bool) -> int:
    """`OWN_NAME`, `SPELLING` or `OTHER_NAME` for the folded name `key` of the town whose own
    folded name is `own`."""
    if primary or key == own:
        return OWN_NAME
    return SPELLING if fuzz.ratio(key, own) >= SAME_NAME_SCORE else OTHER_NAME


def city_names(row: dict) -> list[tuple[str, bool]]:
    """A row of the cities table's names, each with whether it is the town's own (primary) name."""
    return [(row["name"], True)] + [(name, False) for name in row["alternate_names"].split("|") if name]


_OBLAST_SUFFIX = re.compile(
    r"\s+(?:oblast|oblasti|obl|region|province|district|area|область|обл|oblasts?)$"
)
_CITY_PREFIX = re.compile(r"^(?:the )?(?:city of|town of|місто|м\.|г\.|city)\s+")
_CITY_SUFFIX = re.compile(r"\s+(?:city|town|misto)$")
_MULTI = re.compile(r"\b(?:and|&|та|і|и)\b|[,;/]")


@dataclass(frozen=True)
class Place:
    geo_code: str
    geo_level: str
    geo_name: str
    lat: float | None
    lon: float | None
    method: str  # alias, city, fuzzy
    score: float = 100.0
    matched: str = ""


@dataclass(frozen=True)
class UnknownPlace:
    written: str
    reason: str
    closest: str = ""
    score: float = 0.0


class Gazetteer:
    """Lookup tables for one country set; immutable after construction."""

    def __init__(self, regions: list[dict], countries: list[dict], aliases: list[dict], cities: list[dict]):
        self.regions = {r["geo_code"]: r for r in regions}
        self.countries = {c["geo_code"]: c for c in countries}
        self._unit_names: dict[str, tuple[str, str]] = {}  # folded -> (code, level)
        self._stems: dict[str, str] = {}  # folded stem -> oblast code ("kharkiv" + " oblast")
        self._cities: dict[str, dict] = {}  # folded name -> city row (largest population wins)
        self._capitals: dict[str, dict] = {}
        for country in countries:
            for key in ("name", "name_uk", "name_ru"):
                self._unit_names[fold(country[key])] = (country["geo_code"], "country")
        for region in regions:
            level = "city" if region["kind"] == "city" else "oblast"
            for key in ("name", "name_uk", "name_ru"):
                self._unit_names.setdefault(fold(region[key]), (region["geo_code"], level))
        for alias in aliases:
            key = fold(alias["alias"])
            if alias["geo_level"] == "oblast_stem":
                self._stems[key] = alias["geo_code"]
            else:
                self._unit_names[key] = (alias["geo_code"], alias["geo_level"])
        # A town's own name first, then spellings of it, then old names of other towns ("Kremenchuk" is an
        # old name of Yampil, "Sloviansk" one of Nikopol); the largest town first within each.
        ranks: dict[str, int] = {}
        for city in cities:  # sorted by population, descending
            own = fold(city["name"])
            for name, primary in city_names(city):
                key = fold(name)
                if ranks.get(key) == OWN_NAME:
                    continue  # nothing outranks a town's own name (and a larger town came first)
                rank = name_rank(key, own, primary)
                if rank < ranks.get(key, OTHER_NAME + 1):
                    ranks[key], self._cities[key] = rank, city
        self._fuzzy_choices = self._build_fuzzy_choices()
        # Answers depend only on the immutable tables above, so repeated names are looked up once.
        self.resolve = lru_cache(maxsize=65536)(self._resolve)

    @classmethod
    def from_reference(cls, reference_dir: Path = paths.REFERENCE) -> Gazetteer:
        return _load_gazetteer(str(reference_dir))

    def region_name(self, geo_code: str) -> str:
        if geo_code in self.countries:
            return self.countries[geo_code]["name"]
        return self.regions[geo_code]["name"]

    def _resolve(self, written: str) -> Place | UnknownPlace:
        """Resolve one place as written; never guesses below the fuzzy threshold."""
        if written is None or not str(written).strip():
            return UnknownPlace("", "place is empty; expected a country, oblast or city name")
        text = str(written).strip()
        key = fold(text)
        if key not in self._unit_names:
            key = re.sub(r"^the ", "", key)
        if _MULTI.search(key) and key not in self._unit_names:
            return UnknownPlace(text, f"'{text}' names several places; write one row per place")
        found = self._exact(key)
        if found:
            return found
        return self._fuzzy(text, key)

    def _exact(self, key: str) -> Place | None:
        if key in self._unit_names:
            return self._unit(*self._unit_names[key], method="alias", matched=key)
        suffixed = _OBLAST_SUFFIX.search(key)
        if suffixed:
            stem = key[: suffixed.start()].strip()
            stem = re.sub(r"^the ", "", stem)
            if stem in self._stems:
                return self._unit(self._stems[stem], "oblast", method="alias", matched=key)
            return None
        city_key = _CITY_SUFFIX.sub("", _CITY_PREFIX.sub("", key))
        if city_key in self._unit_names and self._unit_names[city_key][1] == "city":
            return self._unit(*self._unit_names[city_key], method="alias", matched=key)
        if city_key in self._cities:
            return self._city(self._cities[city_key], method="city", matched=key)
        return None

    def _fuzzy(self, text: str, key: str) -> Place | UnknownPlace:
        best = process.extractOne(key, list(self._fuzzy_choices), scorer=fuzz.ratio)
        if best is None:
            return UnknownPlace(text, f"unknown place '{text}'")
        choice, score, _ = best
        place = self._exact(choice)
        label = f"{place.geo_name} ({place.geo_code})" if place else choice
        if score >= FUZZY_ACCEPT and place:
            return Place(place.geo_code, place.geo_level, place.geo_name, place.lat, place.lon,
                         method="fuzzy", score=round(score, 1), matched=choice)
        return UnknownPlace(
            text,
            f"unknown place '{text}'; closest: {label} {score / 100:.2f}; add an alias to "
            "datasets/reference/place_aliases.csv if that is what it means",
            closest=label,
            score=round(score, 1),
        )

    def _build_fuzzy_choices(self) -> dict[str, None]:
        choices: dict[str, None] = {}
        for key in self._unit_names:
            choices[key] = None
        for stem in self._stems:
            choices[f"{stem} oblast"] = None
            choices[f"{stem} region"] = None
        for key, city in self._cities.items():
            if len(key) >= 4 and int(city["population"]) >= 50_000:
                choices[key] = None
        return choices

    def _unit(self, geo_code: str, level: str, method: str, matched: str) -> Place:
        if level == "country":
            row = self.countries[geo_code]
            return Place(geo_code, "country", row["name"], float(row["lat"]), float(row["lon"]),
                         method=method, matched=matched)
        row = self.regions[geo_code]
        lat = lon = None
        if level == "city":  # Kyiv and Sevastopol are cities and first-level units at once
            capital = self._cities.get(fold(row["capital"] or row["name"]))
            if capital:
                lat, lon = float(capital["lat"]), float(capital["lon"])
        return Place(geo_code, level, row["name"], lat, lon, method=method, matched=matched)

    def _city(self, city: dict, method: str, matched: str) -> Place:
        return Place(city["geo_code"], "city", city["name"], float(city["lat"]), float(city["lon"]),
                     method=method, matched=matched)


def place_tables(reference_dir: str | Path) -> dict[str, list[dict]]:
    """The four place tables of a reference folder, by the names the indexes take them. A town's
    alternate name that is also a place abroad (`places_abroad.csv`: "Voronezh", an old spelling of
    Sumy region's Voronizh, is the Russian city in the news) is left out."""
    base = Path(reference_dir)
    abroad = {fold(row["name"]) for row in places_abroad(base)}
    return {
        "regions": read_csv_rows(base / paths.REGIONS_CSV.name),
        "countries": read_csv_rows(base / paths.COUNTRIES_CSV.name),
        "aliases": read_csv_rows(base / paths.PLACE_ALIASES_CSV.name),
        "cities": [_without_names_abroad(row, abroad) for row in read_csv_rows(base / paths.CITIES_CSV.name)],
    }


def places_abroad(reference_dir: str | Path) -> list[dict]:
    """The rows of `places_abroad.csv` (name, country, note): places outside Ukraine that reports name."""
    return read_csv_rows(Path(reference_dir) / paths.PLACES_ABROAD_CSV.name, ("name", "country"))


def _without_names_abroad(row: dict, abroad: set[str]) -> dict:
    names = row["alternate_names"].split("|")
    kept = [name for name in names if fold(name) not in abroad]
    return row if len(kept) == len(names) else {**row, "alternate_names": "|".join(kept)}


@lru_cache(maxsize=4)
def _load_gazetteer(reference_dir: str) -> Gazetteer:
    return Gazetteer(**place_tables(reference_dir))
