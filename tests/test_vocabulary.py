"""Reference vocabularies are used consistently: metrics, claimants, formula detection."""

import pytest

from etl import paths
from etl.claimants import CLAIMANT_TYPES, ClaimantRegistry, UnknownClaimant
from etl.metrics import KINDS, Vocabulary
from etl.refdata import read_csv_rows
from etl.text import fold, looks_like_formula


@pytest.fixture(scope="module")
def vocabulary():
    return Vocabulary.from_reference()


def test_every_metric_is_fully_described(vocabulary):
    for metric in vocabulary.metrics.values():
        assert metric.label and metric.definition and metric.counts, metric.id
        assert metric.kind in KINDS
        assert metric.synonyms, f"{metric.id} has no synonyms for mapping measure"


def test_each_synonym_maps_to_its_own_metric(vocabulary):
    for metric in vocabulary.metrics.values():
        for synonym in metric.synonyms:
            assert vocabulary.match_measure(synonym) == (metric.id, "synonym"), (metric.id, synonym)


def test_share_variants_are_percent_metrics(vocabulary):
    for metric in vocabulary.metrics.values():
        if metric.share_variant:
            assert vocabulary[metric.share_variant].unit == "percent"


@pytest.mark.parametrize(
    ("measure", "metric"),
    [
        ("of the country's energy facilities were damaged", "energy_facilities_damaged_share"),
        ("people without electricity", "people_without_power"),
        ("households left without power", "consumers_without_power"),
        ("generating capacity destroyed", "generation_capacity_lost"),
        ("cruise missiles launched", "missiles_launched"),
        ("Shahed drones launched overnight", "drones_launched"),
    ],
)
def test_measure_maps_to_metric(vocabulary, measure, metric):
    assert vocabulary.match_measure(measure)[0] == metric


def test_claimant_registry_is_consistent():
    rows = read_csv_rows(paths.CLAIMANTS_CSV)
    keys = [fold(r["written"]) for r in rows]
    assert len(keys) == len(set(keys)), "a written form appears twice"
    by_canonical = {}
    for row in rows:
        assert row["type"] in CLAIMANT_TYPES
        by_canonical.setdefault(row["canonical"], set()).add((row["type"], row["country"]))
    inconsistent = {c: t for c, t in by_canonical.items() if len(t) > 1}
    assert not inconsistent, inconsistent
    registry = ClaimantRegistry.from_reference()
    for row in rows:
        assert registry.resolve(row["written"]).name == row["canonical"]


# Words that only say what kind of body spoke; the body itself comes from the article around them.
_GENERIC_HEADS = {"company", "group", "ministry", "report", "governor", "administration", "authorities",
                  "operator", "press", "service", "mayor", "official", "officials", "agency", "department"}
_GENERIC_MODIFIERS = {"the", "a", "an", "its", "their", "regional", "local", "state", "city", "military",
                      "company's", "group's", "ministry's", "press", "service"}


def test_no_registered_claimant_is_a_bare_anaphor():
    """Regression: 'the company', 'the ministry' and 'the regional governor' were registered as
    Ukrgasvydobuvannya, Russia's Ministry of Defence and Poltava's administration, so every other
    article's 'the company said' was filed under that one body. Such forms name no one on their own:
    the rows that used them now write whom they refer to (the quote keeps the source's words)."""
    for row in read_csv_rows(paths.CLAIMANTS_CSV):
        if any(word in row["canonical"] for word in ("(unspecified)", "(unnamed)", "Unnamed")):
            continue  # "local authorities" filed as what it is: no one named
        words = set(row["written"].lower().replace("’", "'").split())
        assert not (words & _GENERIC_HEADS and words <= _GENERIC_HEADS | _GENERIC_MODIFIERS), row["written"]
    registry = ClaimantRegistry.from_reference()
    for anaphor in ("the company", "the ministry", "the regional governor", "the company's press service"):
        assert isinstance(registry.resolve(anaphor), UnknownClaimant), anaphor
    assert registry.resolve("the Ukrainian Ministry of Finance").name != "Ministry of Energy of Ukraine"


def test_claimant_resolution_rules():
    registry = ClaimantRegistry.from_reference()
    assert registry.resolve("").type == "unattributed"
    assert registry.resolve("UKRENERGO").name == "Ukrenergo"
    contained = registry.resolve("a spokesperson for Ukrenergo")
    assert contained.name == "Ukrenergo" and contained.method == "contains"
    assert isinstance(registry.resolve("Ministry of Silly Walks"), UnknownClaimant)


@pytest.mark.parametrize(
    ("value", "formula"),
    [("=HYPERLINK(\"http://x\")", True), ("+cmd", True), ("@SUM(A1)", True), ("  =1+1", True),
     ("\"=1+1", True), ("|calc", True), ("\tx", True), ("-5", False), ("-4.5", False), ("40%", False),
     ("Kyiv", False), ("-x", True)],
)
def test_formula_like_cells(value, formula):
    assert looks_like_formula(value) is formula
