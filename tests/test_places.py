"""Place names as written → ISO 3166-2 code and level (etl.places), and alias-table consistency."""

import re

import pytest

from etl import paths
from etl.places import Gazetteer, Place, UnknownPlace
from etl.refdata import read_csv_rows


@pytest.fixture(scope="module")
def gazetteer():
    return Gazetteer.from_reference()


@pytest.mark.parametrize(
    ("written", "code", "level"),
    [
        ("Kyiv", "UA-30", "city"), ("Kiev", "UA-30", "city"), ("Київ", "UA-30", "city"),
        ("Киев", "UA-30", "city"), ("Kyiv City", "UA-30", "city"),
        ("Kyiv region", "UA-32", "oblast"), ("the Kyiv Oblast", "UA-32", "oblast"),
        ("Kyivska oblast", "UA-32", "oblast"), ("Київська область", "UA-32", "oblast"),
        ("Kharkiv region", "UA-63", "oblast"), ("Kharkov obl.", "UA-63", "oblast"),
        ("Kharkov", "UA-63", "city"), ("Odessa", "UA-51", "city"), ("Odesa Oblast", "UA-51", "oblast"),
        ("Zaporizhzhya", "UA-23", "city"), ("Zaporizka oblast", "UA-23", "oblast"),
        ("Dnipropetrovs'k", "UA-12", "city"), ("Dnipropetrovsk region", "UA-12", "oblast"),
        ("Mykolayiv oblast", "UA-48", "oblast"), ("Transcarpathia", "UA-21", "oblast"),
        ("Crimea", "UA-43", "oblast"), ("Sevastopol", "UA-40", "city"),
        ("Ukraine", "UA", "country"), ("Україна", "UA", "country"), ("the country", "UA", "country"),
        ("Kramatorsk", "UA-14", "city"), ("Bila Tserkva", "UA-32", "city"), ("Artsyz", "UA-51", "city"),
    ],
)
def test_resolves_real_spellings(gazetteer, written, code, level):
    place = gazetteer.resolve(written)
    assert isinstance(place, Place), place
    assert (place.geo_code, place.geo_level) == (code, level)


def test_cities_carry_coordinates_and_oblasts_do_not(gazetteer):
    city, oblast = gazetteer.resolve("Kharkiv"), gazetteer.resolve("Kharkiv region")
    assert city.lat == pytest.approx(49.98, abs=0.05) and city.lon == pytest.approx(36.25, abs=0.05)
    assert oblast.lat is None and oblast.lon is None


def test_fuzzy_match_above_threshold_is_marked(gazetteer):
    place = gazetteer.resolve("Zaporizhzhiya")
    assert isinstance(place, Place) and place.method == "fuzzy" and place.geo_code == "UA-23"


@pytest.mark.parametrize(
    ("written", "needle"),
    [("Kharkvi", "closest: Kharkiv (UA-63)"), ("Atlantis", "unknown place"),
     ("Kharkiv and Sumy regions", "several places"), ("", "empty"), ("southern Ukraine", "closest: Ukraine")],
)
def test_unknown_places_are_not_guessed(gazetteer, written, needle):
    place = gazetteer.resolve(written)
    assert isinstance(place, UnknownPlace)
    assert needle in place.reason


def test_every_alias_resolves_to_its_own_code(gazetteer):
    for row in read_csv_rows(paths.PLACE_ALIASES_CSV):
        written = row["alias"] + (" oblast" if row["geo_level"] == "oblast_stem" else "")
        place = gazetteer.resolve(written)
        assert getattr(place, "geo_code", None) == row["geo_code"], (row, place)


def test_every_region_and_city_refers_to_a_known_unit():
    regions = {r["geo_code"] for r in read_csv_rows(paths.REGIONS_CSV)}
    assert len(regions) == 27
    aliases = read_csv_rows(paths.PLACE_ALIASES_CSV)
    assert {a["geo_code"] for a in aliases} <= regions | {"UA"}
    assert {c["geo_code"] for c in read_csv_rows(paths.CITIES_CSV)} <= regions


def test_regions_match_the_geometry():
    import json

    features = json.loads(paths.REGIONS_GEOJSON.read_text(encoding="utf-8"))["features"]
    codes = {f["properties"]["iso_3166_2"] for f in features}
    assert codes == {r["geo_code"] for r in read_csv_rows(paths.REGIONS_CSV)}


def test_a_towns_own_name_and_its_spellings_beat_old_names_of_other_towns():
    """Regression: GeoNames lists "Slovyansk"/"Sloviansk" among Nikopol's old names and Nikopol is 19
    people larger, so a bundled figure for Sloviansk (Donetsk oblast) was filed in Dnipropetrovsk oblast."""
    gazetteer = Gazetteer.from_reference()
    assert gazetteer.resolve("Sloviansk").geo_code == "UA-14"
    assert gazetteer.resolve("Slovyansk").geo_code == "UA-14"
    assert gazetteer.resolve("Kremenchuk").geo_code == "UA-53"  # also an old name of Yampil
    assert gazetteer.resolve("Nikopol").geo_code == "UA-12"


def test_every_place_abroad_is_no_ukrainian_place_and_names_its_country():
    """`places_abroad.csv` lists places outside Ukraine: none may also be a Ukrainian place the
    gazetteer or the extractor's place index knows, and each names an ISO 3166-1 country."""
    from etl.extract.placenames import PlaceIndex
    from etl.text import fold

    index = PlaceIndex.from_reference()
    rows = read_csv_rows(paths.PLACES_ABROAD_CSV)
    assert rows and len({r["name"] for r in rows}) == len(rows)
    for row in rows:
        assert re.fullmatch(r"[A-Z]{2}", row["country"]) and row["country"] != "UA", row
        assert index.lookup(fold(row["name"])) is None, row
        assert not index.find(f"The outage in {row['name']} lasted."), row
        place = Gazetteer.from_reference().resolve(row["name"])
        assert isinstance(place, UnknownPlace) or place.method == "fuzzy", (row, place)  # no exact name of Ukraine's


def test_a_district_of_a_named_city_is_placed_by_the_city():
    """Kyiv and Kherson both have a Dniprovskyi district: "the Dniprovskyi district of Kherson" is in Kherson."""
    from etl.extract.placenames import PlaceIndex

    text = "About 10,000 meter points in the Dniprovskyi district of Kherson are de-energized."
    assert [m.text for m in PlaceIndex.from_reference().find(text)] == ["Kherson"]
