"""Precision and recall of the extractor on the hand-labelled article corpus.

`python -m etl.extract.evaluate [--corpus DIR] [--verbose]` runs the extractor on every
`*.txt` article of the corpus (default `tests/fixtures/articles/`) and compares the
candidates with `expected.csv` (`article,figure,value,unit,place,claimant`).

Matching, per article: an expected row and a candidate match when their units are equal
and the expected value equals the candidate's value, low or high bound (ranges are
labelled with their upper bound) within 0.01 or one part in a million. Each candidate
matches at most one row. Then

* figure precision = matched candidates / candidates; recall = matched rows / rows;
* place accuracy = matched pairs whose candidate place resolves (with the project's
  gazetteer) to the expected first-level code / matched pairs;
* claimant accuracy = matched pairs where both claimants are blank, or one contains the
  other (case, accents and apostrophes folded: 'Klitschko' is 'Vitali Klitschko'), or
  both resolve to the same canonical claimant in the registry / matched pairs.
"""

from __future__ import annotations

import argparse
import csv
import sys
from dataclasses import dataclass, field
from pathlib import Path

from rich.console import Console
from rich.table import Table

from etl import paths
from etl.claimants import Claimant, ClaimantRegistry
from etl.extract.attribution import same_claimant
from etl.extract.candidates import Resources, extract_article, settle_reference_data
from etl.extract.text import load_article
from etl.places import Place

CORPUS = paths.ROOT / "tests" / "fixtures" / "articles"
EXPECTED_NAME = "expected.csv"


@dataclass
class ArticleScore:
    article: str
    expected: int = 0
    candidates: int = 0
    matched: int = 0
    place_ok: int = 0
    claimant_ok: int = 0
    misses: list[dict] = field(default_factory=list)
    extras: list[dict] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)


@dataclass
class Scores:
    articles: list[ArticleScore]

    def total(self, name: str) -> int:
        return sum(getattr(a, name) for a in self.articles)

    @property
    def precision(self) -> float:
        return _ratio(self.total("matched"), self.total("candidates"))

    @property
    def recall(self) -> float:
        return _ratio(self.total("matched"), self.total("expected"))

    @property
    def place_accuracy(self) -> float:
        return _ratio(self.total("place_ok"), self.total("matched"))

    @property
    def claimant_accuracy(self) -> float:
        return _ratio(self.total("claimant_ok"), self.total("matched"))


def _ratio(a: int, b: int) -> float:
    return a / b if b else 1.0


def read_expected(path: Path) -> dict[str, list[dict]]:
    rows: dict[str, list[dict]] = {}
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            rows.setdefault(row["article"], []).append(row)
    return rows


def evaluate(corpus: Path = CORPUS, resources: Resources | None = None) -> Scores:
    """Score every article of the corpus; deterministic."""
    res = resources or Resources.load()
    registry = ClaimantRegistry.from_reference()
    expected = read_expected(corpus / EXPECTED_NAME)
    scores = []
    for path in sorted(corpus.glob("*.txt")):
        rows = extract_article(load_article(path), res)
        scores.append(score_article(path.name, expected.get(path.name, []), rows, res, registry))
    return Scores(scores)


def score_article(name: str, expected: list[dict], rows: list[dict], res: Resources,
                  registry: ClaimantRegistry) -> ArticleScore:
    score = ArticleScore(name, expected=len(expected), candidates=len(rows))
    free = list(range(len(rows)))
    for want in expected:
        hit = next((i for i in free if _value_matches(want, rows[i])), None)
        if hit is None:
            score.misses.append(want)
            continue
        free.remove(hit)
        got = rows[hit]
        score.matched += 1
        if _place_code(got["place"], res) == want["place"]:
            score.place_ok += 1
        else:
            score.wrong.append(f"place {got['figure']!r}: {got['place']!r} ≠ {want['place']}")
        if _claimant_matches(want["claimant"], got["claimant"], registry):
            score.claimant_ok += 1
        else:
            score.wrong.append(f"claimant {got['figure']!r}: {got['claimant']!r} ≠ {want['claimant']!r}")
    score.extras = [rows[i] for i in free]
    return score


def _value_matches(want: dict, got: dict) -> bool:
    if want["unit"] != got["unit"]:
        return False
    target = float(want["value"])
    tolerance = max(0.01, abs(target) * 1e-6)
    values = [got["value"], got["value_low"], got["value_high"]]
    return any(v != "" and abs(float(v) - target) <= tolerance for v in values)


def _place_code(written: str, res: Resources) -> str:
    place = res.gazetteer.resolve(written)
    return place.geo_code if isinstance(place, Place) else ""


def _claimant_matches(want: str, got: str, registry: ClaimantRegistry) -> bool:
    if not want.strip() or not got.strip():
        return not want.strip() and not got.strip()
    if same_claimant(want, got):
        return True
    a, b = registry.resolve(want), registry.resolve(got)
    return isinstance(a, Claimant) and isinstance(b, Claimant) and a.name == b.name


def print_scores(scores: Scores, console: Console, verbose: bool = False) -> None:
    table = Table(title="Extractor on the article corpus")
    for column in ("article", "expected", "candidates", "matched", "place ok", "claimant ok"):
        table.add_column(column, justify="left" if column == "article" else "right")
    for a in scores.articles:
        table.add_row(a.article, str(a.expected), str(a.candidates), str(a.matched), str(a.place_ok),
                      str(a.claimant_ok))
    console.print(table)
    console.print(
        f"figures (value + unit): precision {scores.precision:.3f} "
        f"({scores.total('matched')}/{scores.total('candidates')}), recall {scores.recall:.3f} "
        f"({scores.total('matched')}/{scores.total('expected')})\n"
        f"place accuracy {scores.place_accuracy:.3f} ({scores.total('place_ok')}/{scores.total('matched')}), "
        f"claimant accuracy {scores.claimant_accuracy:.3f} ({scores.total('claimant_ok')}/{scores.total('matched')})"
    )
    if not verbose:
        return
    for a in scores.articles:
        for want in a.misses:
            console.print(f"[red]missed[/] {a.article}: {want['figure']!r} {want['value']} {want['unit']}")
        for extra in a.extras:
            console.print(f"[yellow]extra[/]  {a.article}: {extra['figure']!r} {extra['value']} {extra['unit']}")
        for line in a.wrong:
            console.print(f"[magenta]wrong[/]  {a.article}: {line}")


def print_summary(corpora: list[Path], console: Console) -> None:
    """One line per corpus: the development corpus and every held-out one."""
    table = Table(title="Extractor on every labelled corpus (held-out ones: see their README for the blind first run)")
    widest = max(len(corpus.name) for corpus in corpora)  # never cut a corpus' name on a narrow terminal
    for column in ("corpus", "articles", "rows", "precision", "recall", "place", "claimant"):
        table.add_column(column, justify="left" if column == "corpus" else "right",
                         min_width=widest if column == "corpus" else None, no_wrap=column == "corpus")
    resources = Resources.load()
    for corpus in corpora:
        s = evaluate(corpus, resources)
        table.add_row(corpus.name, str(len(s.articles)), str(s.total("expected")), f"{s.precision:.3f}",
                      f"{s.recall:.3f}", f"{s.place_accuracy:.3f}", f"{s.claimant_accuracy:.3f}")
    console.print(table)


def all_corpora() -> list[Path]:
    """The development corpus, then the held-out ones (`tests/fixtures/articles_heldout*`)."""
    held_out = CORPUS.parent.glob(f"{CORPUS.name}_heldout*")
    return [CORPUS, *sorted(held_out, key=lambda p: int(p.name.removeprefix(f"{CORPUS.name}_heldout") or 1))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m etl.extract.evaluate", description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="folder with *.txt articles and expected.csv")
    parser.add_argument("--verbose", action="store_true", help="list misses, extra candidates and wrong fields")
    parser.add_argument("--all", action="store_true", help="one summary line for every labelled corpus")
    args = parser.parse_args(argv)
    Resources.load()
    settle_reference_data()
    if args.all:
        print_summary(all_corpora(), Console())
        return 0
    print_scores(evaluate(args.corpus), Console(), verbose=args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
