"""Sentence splitting, HTML and Markdown reduction, article metadata."""

from __future__ import annotations

import json

from etl.extract.candidates import extract_article
from etl.extract.sentences import split_sentences
from etl.extract.text import html_to_text, load_article, markdown_to_text, paragraphs, split_header


def sentences_of(text: str) -> list[str]:
    return [text[s.start:s.end] for s in split_sentences(text)]


def test_abbreviations_decimals_and_numbers_do_not_end_sentences():
    text = ("The deficit is 4.5 GW. No. 3 unit was hit, Mr. Smith said. Strikes on Oct. 31 caused outages. "
            "U.S. officials agree. Vladimir V. Putin ordered it.")
    assert sentences_of(text) == [
        "The deficit is 4.5 GW.",
        "No. 3 unit was hit, Mr. Smith said.",
        "Strikes on Oct. 31 caused outages.",
        "U.S. officials agree.",
        "Vladimir V. Putin ordered it.",
    ]


def test_quotes_stay_with_their_sentence():
    text = '"It is bad," he said. "Very bad." Then he left. Is it over? "No!" she said.'
    assert sentences_of(text) == ['"It is bad," he said.', '"Very bad."', "Then he left.", "Is it over?",
                                  '"No!" she said.']


def test_footnote_marks_stay_with_the_sentence_they_end():
    text = "Russians launched four missiles.[6] Yuriy Vitrenko said it.[7][8] Then he left."
    assert sentences_of(text) == ["Russians launched four missiles.[6]", "Yuriy Vitrenko said it.[7][8]", "Then he left."]


def test_paragraphs_and_lines_end_sentences():
    text = "Donetsk Oblast\n\n16 settlements are without electricity.\nKharkiv region — 8;"
    found = split_sentences(text)
    assert [text[s.start:s.end] for s in found] == ["Donetsk Oblast", "16 settlements are without electricity.",
                                                     "Kharkiv region — 8;"]
    assert [s.paragraph for s in found] == [0, 1, 1]
    assert [(p.start, p.end) for p in paragraphs(text)] == [(0, 14), (16, len(text))]


def test_a_line_that_starts_in_lower_case_continues_the_sentence():
    text = "Ukraine has lost approximately 27\ngigawatts of capacity.\nKharkiv region — 8;"
    assert sentences_of(text) == ["Ukraine has lost approximately 27\ngigawatts of capacity.", "Kharkiv region — 8;"]


def test_header_is_split_from_the_body():
    meta, body = split_header("url: https://example.org/a\npublisher: X\nreported_on: 2024-05-06\n---\nText.\n")
    assert meta == {"url": "https://example.org/a", "publisher": "X", "reported_on": "2024-05-06"}
    assert body == "Text.\n"
    assert split_header("No header here.\n---\n") == ({}, "No header here.\n---\n")


HTML = """<!doctype html><html><head><title>t</title>
<link rel="canonical" href="https://example.org/news/7">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2024-03-22T08:00:00+02:00">
<style>p { color: red }</style><script>var x = "99% of nothing";</script></head>
<body><nav>Menu 12 items</nav><article><h1>Night attack</h1>
<p>Ukrenergo said that <b>about 40%</b> of Ukraine's energy facilities were
   damaged.</p><!-- 77% comment -->
<ul><li>Kharkiv region — 8;</li><li>Sumy region — 12.</li></ul></article></body></html>"""


def test_html_is_reduced_to_text_with_blocks_and_metadata():
    text, meta = html_to_text(HTML)
    assert text == ("Night attack\n\nUkrenergo said that about 40% of Ukraine's energy facilities were damaged.\n\n"
                    "Kharkiv region — 8;\nSumy region — 12.")
    assert meta == {"url": "https://example.org/news/7", "publisher": "Example News", "reported_on": "2024-03-22"}


def test_figure_offsets_slice_the_reduced_html_text(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(HTML, encoding="utf-8")
    article = load_article(page)
    rows = extract_article(article)
    assert [r["figure"] for r in rows] == ["about 40%"]
    row = rows[0]
    assert article.text[int(row["figure_start"]):int(row["figure_end"])] == "about 40%"
    assert article.text[int(row["sentence_start"]):int(row["sentence_end"])] == row["quote"]
    assert row["url"] == "https://example.org/news/7" and row["reported_on"] == "2024-03-22"


def test_markdown_markup_is_dropped():
    text = markdown_to_text("# Title\n\n**About 40%** of [the grid](https://x.org) was *damaged*.\n")
    assert text == "Title\n\nAbout 40% of the grid was damaged."


def test_sidecar_and_overrides(tmp_path):
    article_path = tmp_path / "a.md"
    article_path.write_text("Text.\n", encoding="utf-8")
    (tmp_path / "a.meta.json").write_text(json.dumps({"url": "https://e.org/1", "publisher": "P"}), encoding="utf-8")
    article = load_article(article_path, {"publisher": "Q"})
    assert (article.url, article.publisher, article.reported_on, article.label) == ("https://e.org/1", "Q", "", "a.md")


def test_sentence_splitter_agrees_with_pysbd_on_the_labelled_corpora():
    """pysbd is the well-kept reference; the extractor has its own splitter because pysbd reads
    about 180 KB/s. On every labelled corpus the two agree on at least 90% of pysbd's sentences
    (93% on 2026-11-28). The rest are by design: the extractor ends a sentence inside a quotation
    of several sentences, so that each quoted sentence is its own `quote`."""
    from pathlib import Path

    import pysbd

    segmenter = pysbd.Segmenter(language="en", clean=False)
    agree = total = 0
    for path in sorted(Path(__file__).parent.glob("fixtures/articles*/*.txt")):
        text = load_article(path).text
        ours = {text[s.start:s.end].strip() for s in split_sentences(text)}
        theirs = {s.strip() for block in text.split("\n\n") for s in segmenter.segment(block) if s.strip()}
        total += len(theirs)
        agree += len(theirs & ours)
    assert total > 700
    assert agree / total >= 0.90, f"{agree}/{total}"
