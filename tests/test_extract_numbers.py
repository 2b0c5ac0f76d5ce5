"""Every number form the extractor proposes, and every kind of number it must not propose."""

from __future__ import annotations

import pytest

from etl.extract.numbers import scan


def mentions(text: str):
    found, _rejected = scan(text, 0, len(text))
    return found


def rejected(text: str):
    _found, out = scan(text, 0, len(text))
    return out


def only(text: str):
    found = mentions(text)
    assert len(found) == 1, found
    mention = found[0]
    assert text[mention.start:mention.end] == mention.figure
    return mention


@pytest.mark.parametrize(
    ("text", "figure", "value", "unit"),
    [
        ("Roughly 40% of the grid was damaged.", "Roughly 40%", 40, "percent"),
        ("It lost 30 percent of its capacity.", "30 percent", 30, "percent"),
        ("Outages hit 50-70% of the population.", "50-70%", 60, "percent"),
        ("About 4.5 million people were without power.", "About 4.5 million", 4_500_000, "count"),
        ("About 350,000 apartments were cut off.", "About 350,000", 350_000, "count"),
        ("More than 201 000 consumers were cut off.", "More than 201 000", 201_000, "count"),
        ("About 3.5 thousand subscribers lost power.", "About 3.5 thousand", 3_500, "count"),
        ("Russia has destroyed 9.2 GW of generation.", "9.2 GW", 9_200, "MW"),
        ("Some 800 MW of capacity was lost.", "Some 800 MW", 800, "MW"),
        ("Strikes destroyed 9 gigawatts of capacity.", "9 gigawatts", 9_000, "MW"),
        ("Damage exceeds $10 billion.", "exceeds $10 billion", 10e9, "USD"),
        ("The EU is providing €40 million for repairs.", "€40 million", 40e6, "EUR"),
        ("The city got UAH 56 million for repairs.", "UAH 56 million", 56e6, "UAH"),
        ("The government channelled 2.5 billion hryvnias to repairs.", "2.5 billion hryvnias", 2.5e9, "UAH"),
        ("The company raised more than Hr 5 billion in aid.", "more than Hr 5 billion", 5e9, "UAH"),
        ("Blackouts last up to 18 hours a day.", "up to 18 hours a day", 18, "hours_per_day"),
        ("Power is turned off for 6-10 hours.", "6-10 hours", 8, "hours"),
        ("People will be without power for 4 to 18 hours a day.", "4 to 18 hours a day", 11, "hours_per_day"),
        ("Power outages of 20 hours are possible.", "20 hours", 20, "hours"),
    ],
)
def test_numeric_forms(text, figure, value, unit):
    mention = only(text)
    assert mention.figure == figure
    assert mention.quantity.value == pytest.approx(value)
    assert mention.quantity.unit == unit


@pytest.mark.parametrize(
    ("text", "figure", "value", "unit"),
    [
        ("Russia destroyed two-thirds of the plants.", "two-thirds", 200 / 3, "percent"),
        ("A third of Ukraine's power stations were destroyed.", "A third", 100 / 3, "percent"),
        ("Approximately half of the substations were damaged.", "Approximately half", 50, "percent"),
        ("Dozens of substations were damaged.", "Dozens", 12, "count"),
        ("Millions of residents could be left without heat.", "Millions", 1_000_000, "count"),
        ("More than a quarter of a million people are without water.", "More than a quarter of a million",
         250_000, "count"),
        ("It left over a million people without electricity.", "over a million", 1_000_000, "count"),
        ("Two facilities were severely damaged.", "Two", 2, "count"),
        ("The enemy shelled three of our thermal power plants.", "three", 3, "count"),
        ("Power was off for four hours.", "four hours", 4, "hours"),
    ],
)
def test_word_numbers(text, figure, value, unit):
    mention = only(text)
    assert mention.figure == figure
    assert mention.quantity.value == pytest.approx(value, rel=1e-6)
    assert mention.quantity.unit == unit


def test_counted_noun_is_read_after_the_number():
    mention = only("About 4.5 million Ukrainian consumers have been disconnected.")
    assert (mention.noun, mention.noun_class) == ("consumers", "people")
    assert only("21 S-300 and Iskander missiles hit the city.").noun == "missiles"
    assert only("The enemy shelled three of our thermal power plants.").noun_class == "facilities"
    assert only("15 of them were intercepted.").noun_class == "ref"
    assert only("8 hit energy infrastructure.").noun_class == "verb"


def test_second_count_of_a_comparison_inherits_the_noun():
    found = mentions("91 settlements out of the 1,325 impacted remained without power.")
    assert [(m.figure, m.noun) for m in found] == [("91", "settlements"), ("1,325", "settlements")]


def test_shelled_n_times_counts_attacks_but_n_times_more_is_a_ratio():
    assert only("The plants have been shelled about 180 times.").noun_class == "attacks"
    assert mentions("Damage is five times more than last June.") == []
    assert mentions("Damage is 5 times higher than last June.") == []


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("The attack on October 31, 2022 caused outages.", "date"),
        ("The attack on Oct. 31 caused outages.", "date"),
        ("Power was cut on 16 June as a substation failed.", "date"),
        ("Attacks on March 22 and 29 hit the plants.", "date"),
        ("Outages are possible in winter05.09.24, 05:18 today", "date"),
        ("The plan for 2023/2024 was approved.", "date"),
        ("Outages hit the city in 2022.", "date"),
        ("Posted at 1:18 pm by the desk.", "time"),
        ("After 2:00 PM, the shelling affected Chernihiv.", "time"),
        ("A 45-year-old man was hurt.", "age"),
        ("The victim, aged 45, was hurt.", "age"),
        ("Call the hotline +380 44 123 45 67 for help.", "phone"),
        ("Unit No. 3 was hit by missiles.", "id"),
        ("Article 3441833 was updated.", "id"),
        ("The 3rd and 4th outage queues apply.", "ordinal"),
        ("Blackouts ran on a 4/4 schedule.", "ratio"),
        ("The plant covers 281.3 hectares.", "unit"),
        ("Ukraine lost about 18 cubic kilometres of water.", "unit"),
        ("It will take 2-3 days to restore power.", "duration"),
        ("Over the past 24 hours, the enemy attacked.", "window"),
        ("Power is on for 2-4 hours.", "supply"),
        ("Power is on for four hours.", "supply"),  # word numbers are rejected with their reason too
        ("It will be returned for four hours.", "supply"),
    ],
)
def test_non_candidates_are_rejected_with_a_reason(text, reason):
    assert mentions(text) == []
    assert reason in {r.reason for r in rejected(text)}


@pytest.mark.parametrize(
    "text",
    [
        "He is one of the main ones.",
        "It was the fifth massive shelling.",
        "Kharkiv is Ukraine's second-largest city.",
        "The crisis lasted a year and a half.",
        "S-300 missiles hit the city.",
        "In the first half of 2024 the grid held.",
        "It could take weeks or even three months to fix.",
    ],
)
def test_words_that_are_not_figures(text):
    assert mentions(text) == []


def test_a_year_with_a_counted_noun_is_a_count():
    assert only("About 2000 consumers lost power.").quantity.value == 2000


def test_disagreement_with_the_etl_reading_is_reported():
    mention = only("The company raised more than Hr 5 billion in aid.")
    assert "ETL cannot read" in mention.etl_reading
    assert only("Roughly 40% of the grid was damaged.").etl_reading == ""


def test_view_counters_and_crews_are_counted_but_not_figures_of_damage():
    assert only("05:18 • 116624 views").noun_class == "resources"
    assert only("73 crews are working in the area.").noun_class == "resources"
    assert only("Three people were killed.").noun_class == "people"  # dropped as casualties by the caller
