"""Candidate rows: the issue's example, places, periods, list items, repeats, filters, determinism."""

from __future__ import annotations

import csv
import io

from hypothesis import given, settings
from hypothesis import strategies as st

from etl.extract.candidates import (
    CANDIDATE_COLUMNS,
    REPORT_COLUMNS,
    explain_article,
    extract_article,
)
from etl.extract.text import Article

ISSUE_EXAMPLE = (
    "Ukrainian authorities have confirmed that roughly 40% of Ukraine's electrical supply stations have been "
    "critically damaged or knocked completely offline. In addition, countless homes in Kiev have suffered power "
    "outages during a period when rolling emergency blackouts have taken place."
)


def rows_of(text: str, reported_on: str = "2024-05-06") -> list[dict]:
    return extract_article(Article(text, "t.txt", "https://example.org/a", "Example Wire", reported_on))


def by_figure(text: str, reported_on: str = "2024-05-06") -> dict[str, dict]:
    return {row["figure"]: row for row in rows_of(text, reported_on)}


def test_the_issue_example_gives_one_candidate():
    rows = rows_of(ISSUE_EXAMPLE, "2022-10-24")
    assert len(rows) == 1
    row = rows[0]
    assert row["figure"] == "roughly 40%"
    assert row["measure"] == ("of Ukraine's electrical supply stations have been critically damaged or knocked "
                              "completely offline")
    assert row["place"] == "Ukraine"
    assert row["claimant"] == "Ukrainian authorities"
    assert row["quote"] == ISSUE_EXAMPLE.split(". In addition")[0] + "."
    assert ISSUE_EXAMPLE[int(row["figure_start"]):int(row["figure_end"])] == "roughly 40%"
    assert ISSUE_EXAMPLE[int(row["sentence_start"]):int(row["sentence_end"])] == row["quote"]
    assert row["review"] == "proposed" and row["status"] == "reported"
    assert row["metric"] == "energy_facilities_damaged_share"
    assert (row["value"], row["unit"], row["check"], row["confidence"]) == ("40", "percent", "ok", "1.00")


def test_columns_are_the_reports_format_plus_review_columns():
    row = rows_of(ISSUE_EXAMPLE)[0]
    assert list(row) == list(CANDIDATE_COLUMNS)
    assert list(CANDIDATE_COLUMNS[: len(REPORT_COLUMNS)]) == list(REPORT_COLUMNS)
    assert len(row["candidate_id"]) == 16


def test_places_from_sentence_context_cities_cyrillic_and_several_regions():
    text = ("Russian drones hit Odesa region overnight. About 300 000 consumers are without power. "
            "In Харків, 20 missiles hit energy infrastructure.\n\n"
            "The onslaught, involving 90 missiles, caused outages in Kharkiv, Dnipropetrovsk and Ivano-Frankivsk "
            "regions.\n\nAbout 350,000 apartments in Kiev region were cut off.")
    rows = by_figure(text)
    assert rows["About 300 000"]["place"] == "Odesa region"
    assert rows["20"]["place"] == "Харків"
    assert rows["90"]["place"] == "Ukraine"
    assert rows["About 350,000"]["place"] == "Kiev region"


def test_places_default_to_the_country_and_datelines_are_ignored():
    rows = by_figure("KYIV (Reuters) - Russia launched 13 attack drones against energy facilities.")
    assert rows["13"]["place"] == "Ukraine"


def test_period_from_the_sentence_resolved_against_reported_on():
    rows = by_figure("On March 23, 260,000 subscribers remained without electricity. Yesterday 40% of the grid "
                     "was damaged.", reported_on="2024-03-24")
    assert rows["260,000"]["period"] == "On March 23"
    assert rows["40%"]["period"] == "Yesterday"


def test_list_items_after_a_sentence_saying_what_is_counted():
    text = ("According to the Ministry of Energy, the number of settlements without power by region:\n"
            "Dnipropetrovsk region — 8;\nKharkiv region — 12;\nSumy region — 3.")
    rows = rows_of(text)
    assert [(r["figure"], r["place"], r["metric"]) for r in rows] == [
        ("8", "Dnipropetrovsk region", "settlements_without_power"),
        ("12", "Kharkiv region", "settlements_without_power"),
        ("3", "Sumy region", "settlements_without_power"),
    ]
    assert all(r["claimant"] == "the Ministry of Energy" and r["check"] == "ok" for r in rows)
    assert all(text[int(r["figure_start"]):int(r["figure_end"])] == r["figure"] for r in rows)


def test_repeated_claims_are_one_candidate_with_the_clearest_claimant():
    text = ("The European Commission is providing €40 million to Ukraine to repair energy infrastructure. "
            "The Commission is allocating 40 million euros for repairs, President Ursula von der Leyen said.")
    rows = rows_of(text)
    assert len(rows) == 1
    assert rows[0]["figure"] == "€40 million"
    assert rows[0]["claimant"] == "President Ursula von der Leyen"
    assert "repeated at chars" in rows[0]["notes"]


def test_casualties_weather_restorations_resources_and_regions_are_not_candidates():
    text = ("Three people were killed and 15 others injured in the attack. 52 settlements are without power "
            "due to poor weather. 11 settlements have had their power restored. 73 crews are repairing the "
            "damage. The attack left ten regions without power.")
    rows, dropped = explain_article(Article(text, "t.txt", "https://example.org/a"))
    assert rows == []
    reasons = {d.text: d.reason for d in dropped}
    assert reasons["Three"] == "casualties"
    assert reasons["52"] == "outage caused by the weather"
    assert reasons["11"] == "outage caused by the weather"  # restored right after a weather outage: of that outage
    assert reasons["73"].startswith("counts resources")
    assert reasons["ten"].startswith("counts where")


def test_shot_down_counts_give_way_to_launched_counts_and_russian_air_defence_is_out_of_scope():
    text = ("Russia launched 13 attack drones against Ukraine. Air defence systems downed 12 of them.")
    assert [r["figure"] for r in rows_of(text)] == ["13"]
    text = "Russian air defense systems destroyed 172 Ukrainian drones and 11 cruise missiles over the past day."
    assert rows_of(text) == []
    assert [r["figure"] for r in rows_of("Air defence shot down 30 drones over Kyiv.")] == ["30"]


def test_numbers_outside_damage_outage_attack_or_cost_are_not_candidates():
    text = ("The plant had 4 power units with a capacity of 300 MW each. Mission members found that 95% of "
            "residents rely on district heating.")
    assert rows_of(text) == []


def test_the_metric_of_a_count_comes_from_what_it_counts_when_the_measure_names_none():
    rows = by_figure("On March 23, 260,000 subscribers remained without electricity in Kharkiv. Ukrenergo said "
                     "two DTEK energy facilities came under Russian attack.", reported_on="2024-03-24")
    assert rows["260,000"]["metric"] == "consumers_without_power"
    assert rows["two"]["metric"] == "energy_facilities_damaged"
    assert rows["two"]["check"] == "ok"


def test_a_count_that_fits_several_metrics_or_none_keeps_a_blank_metric_and_says_why():
    rows = by_figure("Ukrenergo said more than 1 million people were left without heating and electricity. "
                     "Ukrenergo said two facilities of the water utility were damaged by shelling.")
    assert rows["more than 1 million"]["metric"] == ""
    assert "several metrics fit (people_without_heat, people_without_power)" in rows["more than 1 million"]["check"]
    assert rows["two"]["metric"] == ""
    assert "no metric of unit count fits" in rows["two"]["check"]


def test_rows_the_etl_would_reject_score_at_most_0_6():
    rows = rows_of("Mayor Ivan Petrenko said 80% of consumers were cut off in Lviv.")
    assert rows[0]["check"] != "ok"
    assert float(rows[0]["confidence"]) <= 0.6


def test_output_is_deterministic():
    def csv_text() -> str:
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=list(CANDIDATE_COLUMNS), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows_of(ISSUE_EXAMPLE + " Russia launched 60 drones and 90 missiles."))
        return out.getvalue()

    assert csv_text() == csv_text()


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from([
    "Ukrenergo said", "about 40%", "of the grid was damaged", ".", ",", "\n", "\n\n", "Kyiv", "Харків", "region",
    "—", ";", ":", "2-4 hours", "$10 billion", "3rd", "No. 3", "two-thirds", "\"", "“", "”", "According to him",
    "1,325", "people were left without power", "on Oct. 31", "This was reported by DTEK", "S-300", "missiles hit",
    "4/4", "half", "dozens of", "a quarter of a million", " ", "(", ")", "Mr.", "U.S.", "—8;", "Sumy region — 8;",
]), max_size=40).map(" ".join))
def test_any_text_gives_rows_whose_offsets_slice_the_figure(text):
    for row in rows_of(text):
        assert text[int(row["figure_start"]):int(row["figure_end"])] == row["figure"]
        assert 0.0 <= float(row["confidence"]) <= 1.0
        assert row["review"] == "proposed"


def test_empty_and_blank_articles():
    assert rows_of("") == [] and rows_of(" \n\n ") == []
