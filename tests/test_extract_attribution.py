"""Attribution cues and the claimant they name."""

from __future__ import annotations

import pytest

from etl.extract.candidates import extract_article
from etl.extract.text import Article


def claimants(text: str) -> dict[str, str]:
    rows = extract_article(Article(text, "t.txt", "https://example.org/a", "Example Wire", "2024-05-06"))
    return {row["figure"]: row["claimant"] for row in rows}


@pytest.mark.parametrize(
    ("text", "figure", "claimant"),
    [
        ("Ukrenergo said 40% of the grid was damaged.", "40%", "Ukrenergo"),
        ("About 350,000 apartments were cut off from electricity, said Klitschko.", "About 350,000", "Klitschko"),
        ("Outages hit 80% of the households, according to water supply company Kyivvodokanal.", "80%",
         "water supply company Kyivvodokanal"),
        ("The Ministry of Energy stated that 52 settlements were without power.", "52", "The Ministry of Energy"),
        ("Officials announced that 20 missiles were launched.", "20", "Officials"),
        ("Zelensky told CNN that 30% of power stations were destroyed.", "30%", "Zelensky"),
        ("Ihor Syrota, head of Ukrhydroenergo, stated that two missiles hit the plant.", "two",
         "Ihor Syrota, head of Ukrhydroenergo"),
        ("Ukraine's state power generator, Ukrenergo, says that about 40% of supply was offline.", "about 40%",
         "Ukrenergo"),
        ("CPD: Power outages of 20 hours are possible in winter.", "20 hours", "CPD"),
    ],
)
def test_cues_in_the_same_sentence(text, figure, claimant):
    assert claimants(text)[figure] == claimant


def test_previous_sentence_and_pronouns():
    text = ("Region governor Maksym Kozytskyi said the situation is critical. According to him, 23 missiles targeted the "
            "region. 15 of them were intercepted, but 8 hit energy infrastructure.")
    found = claimants(text)
    assert found["23"] == "Region governor Maksym Kozytskyi"
    assert found["8"] == "Region governor Maksym Kozytskyi"
    assert "15" not in found  # shot down, and the article gives launched and hit counts


def test_quotation_attribution_covers_every_sentence_in_the_quote():
    text = ('"The largest share of damage is in the power sector – close to $6.5 billion. Repairs will cost '
            'about $1 billion," the World Bank says.')
    assert claimants(text) == {"close to $6.5 billion": "the World Bank", "about $1 billion": "the World Bank"}


def test_back_reference_attributes_the_sentences_before_it():
    text = ("More than 43,000 subscribers were left without electricity in Nizhyn. "
            'This was reported by "Chernihivoblenergo", writes Example Wire.')
    assert claimants(text) == {"More than 43,000": "Chernihivoblenergo"}


def test_said_this_in_the_next_paragraph():
    text = ("The russian aggressors destroyed 80% of Ukraine's thermal generation.\n\n"
            "President Volodymyr Zelenskyy said this at a conference in Berlin.")
    assert claimants(text) == {"80%": "President Volodymyr Zelenskyy"}


def test_passive_and_non_agents_are_not_claimants():
    text = ("Emergency crews were said to work around the clock, and the company raised more than $121 million "
            "in aid. About 300 000 consumers are disconnected according to the schedule.")
    assert claimants(text) == {"more than $121 million": "", "About 300 000": ""}


def test_no_claimant_without_a_cue():
    assert claimants("Yesterday's missile attack damaged three energy objects in Lviv region.") == {"three": ""}
