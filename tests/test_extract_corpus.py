"""The extractor on the hand-labelled corpus of real article excerpts meets the issue's targets."""

from __future__ import annotations

import csv

import pytest

from etl.extract.evaluate import CORPUS, EXPECTED_NAME, evaluate


@pytest.fixture(scope="module")
def scores():
    return evaluate(CORPUS)


def test_corpus_is_large_enough_and_labelled():
    articles = sorted(CORPUS.glob("*.txt"))
    assert len(articles) >= 25
    with (CORPUS / EXPECTED_NAME).open(encoding="utf-8", newline="") as f:
        expected = list(csv.DictReader(f))
    assert {row["article"] for row in expected} <= {p.name for p in articles}
    for path in articles:
        assert path.read_text(encoding="utf-8").startswith("url: http")


def test_figure_value_and_unit_targets(scores):
    assert scores.recall >= 0.9, f"recall {scores.recall:.3f}"
    assert scores.precision >= 0.8, f"precision {scores.precision:.3f}"


def test_place_target(scores):
    assert scores.place_accuracy >= 0.8, f"place accuracy {scores.place_accuracy:.3f}"


def test_claimant_target(scores):
    assert scores.claimant_accuracy >= 0.7, f"claimant accuracy {scores.claimant_accuracy:.3f}"


def test_offsets_slice_the_figure_in_every_corpus_candidate():
    from etl.extract.candidates import extract_article
    from etl.extract.text import load_article

    for path in sorted(CORPUS.glob("*.txt")):
        article = load_article(path)
        for row in extract_article(article):
            assert article.text[int(row["figure_start"]):int(row["figure_end"])] == row["figure"]
            assert row["figure"] in row["quote"]
