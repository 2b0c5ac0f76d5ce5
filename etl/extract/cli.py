"""`python -m etl extract` and `python -m etl review`, registered on the main command line.

extract ARTICLE|FOLDER [--url U] [--publisher P] [--reported-on D] [--out FILE] [--explain]
    Candidate figures of one article (.txt, .md, .html) or of every article in a folder
    (metadata from each file's header or `NAME.meta.json`; flags override). Writes CSV to
    --out (default: standard output), a summary to standard error. Exit 2 on unusable input.

review CANDIDATES.csv [--out REPORTS.csv] [--accept-all-above X]
    Accept, edit or drop candidates (see `etl.extract.review`). Exit 2 when the input is
    unusable or when nobody could decide (no terminal and no threshold).
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

from rich.console import Console

from etl import paths
from etl.errors import UnusableInput
from etl.extract.candidates import (
    CANDIDATE_COLUMNS,
    Resources,
    explain_article,
    settle_reference_data,
)
from etl.extract.review import run_review
from etl.extract.text import ARTICLE_SUFFIXES, SIDECAR_SUFFIX, load_article
from etl.periods import PeriodError, parse_reported_on

EXIT_OK, EXIT_UNUSABLE = 0, 2
DEFAULT_REPORTS = paths.REPORTS_DIR / "from_articles.csv"


def register(commands) -> None:
    """Add the `extract` and `review` sub-commands to the main parser's sub-parsers."""
    extract = commands.add_parser("extract", help="propose candidate figures from article text")
    extract.add_argument("path", type=Path, help="an article (.txt, .md, .html) or a folder of articles")
    extract.add_argument("--url", default="", help="source URL (overrides the article's metadata)")
    extract.add_argument("--publisher", default="", help="publisher name (overrides the article's metadata)")
    extract.add_argument("--reported-on", default="", help="publication date YYYY-MM-DD or YYYY-MM")
    extract.add_argument("--out", default="-", help="candidates CSV to write (default: standard output)")
    extract.add_argument("--explain", action="store_true", help="list numbers not proposed, with the reason")
    extract.set_defaults(handler=command_extract)
    review = commands.add_parser("review", help="accept, edit or drop candidates into a reports CSV")
    review.add_argument("candidates", type=Path, help="candidates CSV written by `extract`")
    review.add_argument("--out", type=Path, default=DEFAULT_REPORTS,
                        help=f"reports CSV to append accepted rows to (default: {DEFAULT_REPORTS.relative_to(paths.ROOT)})")
    review.add_argument("--accept-all-above", type=float, default=None, metavar="X",
                        help="accept every candidate with confidence >= X without asking")
    review.set_defaults(handler=command_review)


def article_files(path: Path) -> list[Path]:
    """The article files of a folder (sorted), or the file itself."""
    if path.is_dir():
        return sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES
                      and not p.name.endswith(SIDECAR_SUFFIX) and not p.name.lower().startswith("readme"))
    if path.is_file():
        return [path]
    raise UnusableInput(f"{path}: no such file or folder")


def command_extract(args: argparse.Namespace) -> int:
    err = Console(stderr=True)
    try:
        if args.reported_on:
            parse_reported_on(args.reported_on)
        files = article_files(args.path)
    except (UnusableInput, PeriodError) as problem:
        err.print(f"[bold red]unusable input:[/] {problem}")
        return EXIT_UNUSABLE
    overrides = {"url": args.url, "publisher": args.publisher, "reported_on": args.reported_on}
    resources = Resources.load()
    settle_reference_data()
    rows: list[dict] = []
    for file in files:
        article = load_article(file, overrides)
        found, dropped = explain_article(article, resources)
        rows.extend(found)
        if args.explain:
            for item in dropped:
                err.print(f"{file.name} chars {item.start}-{item.end} {item.text!r}: {item.reason}")
    write_rows(rows, args.out)
    passing = sum(1 for r in rows if r["check"] == "ok")
    err.print(f"{len(rows)} candidate(s) from {len(files)} article(s); {passing} would pass the ETL as they stand")
    return EXIT_OK


def write_rows(rows: list[dict], out: str) -> None:
    """Candidates CSV, byte-identical for the same input ("-" is standard output)."""
    if out == "-":
        _write(sys.stdout, rows)
        return
    target = Path(out)
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("w", encoding="utf-8", newline="") as f:
        _write(f, rows)


def _write(stream, rows: list[dict]) -> None:
    writer = csv.DictWriter(stream, fieldnames=list(CANDIDATE_COLUMNS), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)


def command_review(args: argparse.Namespace, ask=None) -> int:
    err = Console(stderr=True)
    if args.accept_all_above is None and ask is None:
        if not sys.stdin.isatty():
            err.print("[bold red]nothing accepted:[/] no terminal to ask a person; pass --accept-all-above X "
                      "to accept by an explicit threshold")
            return EXIT_UNUSABLE
        ask = input
    try:
        result = run_review(args.candidates, args.out, threshold=args.accept_all_above, ask=ask, console=Console())
    except UnusableInput as problem:
        err.print(f"[bold red]unusable input:[/] {problem}")
        return EXIT_UNUSABLE
    where = f" → {result.appended_to}" if result.appended_to else ""
    err.print(f"accepted {result.accepted}, edited {result.edited}, dropped {result.dropped}, "
              f"still proposed {result.left}{where}")
    return EXIT_OK
