"""End to end: extract → review → `python -m etl run` accepts the rows; interactive review; folder mode."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
from rich.console import Console

from etl import paths
from etl.cli import main
from etl.extract.review import run_review

ARTICLE = """url: https://example.org/news/1
publisher: Example Wire
reported_on: 2024-03-22
---
Ukrenergo said that about 40% of Ukraine's energy facilities were damaged in the attack.

The Ukrainian Air Force said Russia launched 60 drones and 90 missiles overnight.

Mayor Ivan Petrenko said 80% of consumers were cut off in Lviv.
"""


def etl(*args: str, stdin=subprocess.DEVNULL) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "etl", *args], cwd=paths.ROOT, stdin=stdin,
                          capture_output=True, text=True, timeout=120)


def read_csv(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_extract_review_threshold_then_etl_run_accepts_the_rows(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    candidates = tmp_path / "candidates.csv"
    done = etl("extract", str(article), "--out", str(candidates))
    assert done.returncode == 0, done.stderr
    rows = read_csv(candidates)
    assert [r["figure"] for r in rows] == ["about 40%", "60", "90", "80%"]
    assert {r["review"] for r in rows} == {"proposed"}

    reports = tmp_path / "raw" / "reports" / "from_articles.csv"
    refused = etl("review", str(candidates), "--out", str(reports))
    assert refused.returncode == 2 and "nothing accepted" in refused.stderr
    assert not reports.exists()

    done = etl("review", str(candidates), "--out", str(reports), "--accept-all-above", "0.8")
    assert done.returncode == 0, done.stderr
    accepted = read_csv(reports)
    assert [r["figure"] for r in accepted] == ["about 40%", "60", "90"]
    assert accepted[0]["notes"].startswith("from article article.txt chars 20-29 (sentence 0-88)")
    assert [r["review"] for r in read_csv(candidates)] == ["accepted", "accepted", "accepted", "proposed"]

    out = tmp_path / "processed"
    done = etl("run", "--input", str(tmp_path / "raw"), "--output", str(out), "--quiet", "--strict")
    assert done.returncode == 0, done.stdout + done.stderr
    figures = pd.read_parquet(out / paths.FIGURES_PARQUET)
    assert sorted(figures["figure_text"]) == ["60", "90", "about 40%"]
    assert set(figures["metric"]) == {"energy_facilities_damaged_share", "drones_launched", "missiles_launched"}
    assert len(pd.read_csv(out / paths.REJECTS_CSV)) == 0


def test_extract_output_is_byte_identical(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    first, second = tmp_path / "a.csv", tmp_path / "b.csv"
    assert main(["extract", str(article), "--out", str(first)]) == 0
    assert main(["extract", str(article), "--out", str(second)]) == 0
    assert first.read_bytes() == second.read_bytes()


def test_folder_mode_reads_headers_sidecars_and_html(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "b.md").write_text("**Russia launched 13 attack drones** against energy facilities.\n", encoding="utf-8")
    (folder / "b.meta.json").write_text(json.dumps({"url": "https://example.org/b", "publisher": "B",
                                                    "reported_on": "2024-05-06"}), encoding="utf-8")
    (folder / "c.html").write_text("<html><head><link rel='canonical' href='https://example.org/c'></head>"
                                   "<body><p>Drones damaged 5 substations.</p></body></html>", encoding="utf-8")
    (folder / "README.md").write_text("Not an article: 99% of nothing was damaged.\n", encoding="utf-8")
    out = tmp_path / "candidates.csv"
    assert main(["extract", str(folder), "--out", str(out)]) == 0
    rows = read_csv(out)
    assert [(r["article"], r["figure"]) for r in rows] == [
        ("a.txt", "about 40%"), ("a.txt", "60"), ("a.txt", "90"), ("a.txt", "80%"), ("b.md", "13"), ("c.html", "5")]
    assert rows[4]["url"] == "https://example.org/b" and rows[4]["reported_on"] == "2024-05-06"
    assert rows[5]["url"] == "https://example.org/c"


def test_interactive_review_accepts_edits_and_drops(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    candidates = tmp_path / "candidates.csv"
    assert main(["extract", str(article), "--out", str(candidates)]) == 0
    answers = iter(["a", "d", "s",
                    "e", "", "consumers without power", "consumers_without_power", "", "Klitschko", "", "", "y"])
    asked: list[str] = []

    def ask(prompt: str) -> str:
        asked.append(prompt)
        return next(answers)

    reports = tmp_path / "reports.csv"
    console = Console(record=True, width=120)
    result = run_review(candidates, reports, ask=ask, console=console)
    assert (result.accepted, result.edited, result.dropped, result.left) == (1, 1, 1, 1)
    accepted = read_csv(reports)
    assert [r["figure"] for r in accepted] == ["about 40%", "80%"]
    assert accepted[1]["claimant"] == "Klitschko" and accepted[1]["metric"] == "consumers_without_power"
    assert [r["review"] for r in read_csv(candidates)] == ["accepted", "dropped", "proposed", "edited"]
    assert "about 40%" in console.export_text()
    # A second pass shows only what is still proposed.
    result = run_review(candidates, reports, ask=lambda prompt: "q", console=Console(record=True))
    assert (result.accepted, result.left) == (0, 1)


def test_highlighted_figure_in_the_review_display():
    from etl.extract.review import highlighted_quote

    text = highlighted_quote({"quote": "Ukrenergo said that about 40% of it.", "figure": "about 40%",
                              "figure_start": "20", "sentence_start": "0"})
    assert [(s.start, s.end) for s in text.spans] == [(20, 29)]


def test_unusable_input_exits_2(tmp_path):
    assert main(["extract", str(tmp_path / "missing.txt")]) == 2
    assert main(["extract", str(tmp_path), "--reported-on", "22 March"]) == 2
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b\n1,2\n", encoding="utf-8")
    assert main(["review", str(bad), "--accept-all-above", "0.8", "--out", str(tmp_path / "r.csv")]) == 2


def test_the_extract_command_loads_neither_pandas_nor_pandera(tmp_path):
    """Regression: `python -m etl extract` imported the whole ETL pipeline (and `etl.reports` the output
    schemas) only to register its commands, which cost most of a second per call before any article was read."""
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    code = ("import sys; from etl.cli import main; "
            f"code = main(['extract', {str(article)!r}, '--out', {str(tmp_path / 'c.csv')!r}]); "
            "print(sorted(m for m in ('pandas', 'pandera', 'pyarrow', 'duckdb') if m in sys.modules)); sys.exit(code)")
    result = subprocess.run([sys.executable, "-c", code], cwd=paths.ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"
    assert len(list(csv.DictReader((tmp_path / "c.csv").open(encoding="utf-8")))) == 4
