"""Review candidates: a person accepts, edits or drops each one; accepted rows go to a reports CSV.

`python -m etl review candidates.csv [--out reports.csv] [--accept-all-above 0.8]`

* Interactive (the default, in a terminal): each `proposed` candidate is shown with its
  figure highlighted in its sentence and its fields; the answer is `a` accept, `e` edit
  (each field is offered with its current value; Enter keeps it), `d` drop, `s` skip or
  `q` quit. The answer source is injectable (`ask`), so tests drive it without a terminal.
* `--accept-all-above X`: no questions; every proposed candidate with confidence ≥ X is
  accepted, the others stay proposed.
* Nothing is accepted without a person or an explicit threshold: without a terminal and
  without `--accept-all-above` the command stops before changing anything.

Accepted rows are appended to the reports CSV in its own column order (a new file gets
the reports-CSV header), with a note linking back to the article and the character
offsets of the figure and its sentence. The candidates file is rewritten with each
decision in its `review` column (`accepted`, `edited`, `dropped`), so a second run only
shows what is still `proposed`.
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from rich.console import Console
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from etl.errors import UnusableInput
from etl.extract.candidates import CANDIDATE_COLUMNS, PROPOSED, REPORT_COLUMNS, Resources, etl_check
from etl.reports import REQUIRED_COLUMNS

ACCEPTED, EDITED, DROPPED = "accepted", "edited", "dropped"
EDITABLE = ("figure", "measure", "metric", "place", "claimant", "period", "status")
Ask = Callable[[str], str]


@dataclass
class ReviewResult:
    accepted: int = 0
    edited: int = 0
    dropped: int = 0
    left: int = 0
    appended_to: Path | None = None


def read_candidates(path: Path) -> tuple[list[str], list[dict]]:
    """Header and rows of a candidates CSV; a missing column is an `UnusableInput`."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as err:
        raise UnusableInput(f"{path}: cannot read candidates ({err.strerror})") from None
    reader = csv.DictReader(io.StringIO(text, newline=""))
    rows = list(reader)
    header = list(reader.fieldnames or [])
    missing = [c for c in (*REQUIRED_COLUMNS, "candidate_id", "review", "confidence") if c not in header]
    if missing:
        raise UnusableInput(f"{path}, row 1: not a candidates file; missing column(s) {', '.join(missing)}")
    return header, rows


def review_rows(rows: list[dict], *, threshold: float | None = None, ask: Ask | None = None,
                console: Console | None = None, resources: Resources | None = None) -> tuple[list[dict], ReviewResult]:
    """Decide every proposed row; returns the accepted rows (as reports rows) and the counts."""
    if threshold is None and ask is None:
        raise UnusableInput("nothing accepted: review needs a person (a terminal) or --accept-all-above")
    console = console or Console()
    result = ReviewResult()
    accepted: list[dict] = []
    for index, row in enumerate(rows):
        if row.get("review", PROPOSED) != PROPOSED:
            continue
        if threshold is not None:
            if _confidence(row) >= threshold:
                row["review"] = ACCEPTED
                accepted.append(report_row(row))
                result.accepted += 1
            else:
                result.left += 1
            continue
        decision = _ask_one(row, index, len(rows), ask, console, resources)
        if decision == "quit":
            result.left += sum(1 for r in rows[index:] if r.get("review", PROPOSED) == PROPOSED)
            break
        if decision == "skip":
            result.left += 1
            continue
        row["review"] = decision
        if decision == DROPPED:
            result.dropped += 1
        else:
            accepted.append(report_row(row))
            result.accepted += decision == ACCEPTED
            result.edited += decision == EDITED
    return accepted, result


def _confidence(row: dict) -> float:
    try:
        return float(row.get("confidence") or 0)
    except ValueError:
        return 0.0


def _ask_one(row: dict, index: int, total: int, ask: Ask, console: Console, resources: Resources | None) -> str:
    show_candidate(row, index, total, console)
    while True:
        answer = ask("[a]ccept  [e]dit  [d]rop  [s]kip  [q]uit > ").strip().lower()[:1]
        if answer == "a":
            return ACCEPTED
        if answer == "d":
            return DROPPED
        if answer == "s":
            return "skip"
        if answer == "q":
            return "quit"
        if answer == "e":
            _edit(row, ask)
            row["check"] = etl_check(row, resources or Resources.load())
            show_candidate(row, index, total, console)
            confirm = ask("accept the edited row? [y/n] > ").strip().lower()[:1]
            if confirm == "y":
                return EDITED
        console.print("answer a, e, d, s or q")


def _edit(row: dict, ask: Ask) -> None:
    for name in EDITABLE:
        value = ask(f"{name} [{row.get(name, '')}]: ")
        if value.strip():
            row[name] = value.strip()


def show_candidate(row: dict, index: int, total: int, console: Console) -> None:
    """The sentence with the figure highlighted, then the fields a reviewer decides on."""
    console.print(Panel(highlighted_quote(row), title=f"candidate {index + 1}/{total} · {row.get('article', '')}",
                        subtitle=f"confidence {row.get('confidence', '')}"))
    table = Table(show_header=False, box=None)
    for name in ("figure", "value", "unit", "measure", "metric", "place", "claimant", "period", "reported_on",
                 "check", "notes"):
        table.add_row(name, row.get(name, ""))
    console.print(table)


def highlighted_quote(row: dict) -> Text:
    quote, figure = row.get("quote", ""), row.get("figure", "")
    text = Text(quote)
    try:
        offset = int(row["figure_start"]) - int(row["sentence_start"])
    except (KeyError, ValueError):
        offset = -1
    if not (0 <= offset and quote[offset:offset + len(figure)] == figure):
        offset = quote.find(figure)
    if offset >= 0 and figure:
        text.stylize("bold black on yellow", offset, offset + len(figure))
    return text


def report_row(row: dict) -> dict:
    """The reports-CSV row for an accepted candidate, with its provenance note."""
    link = (f"from article {row.get('article') or row.get('url', '')} chars {row.get('figure_start', '')}-"
            f"{row.get('figure_end', '')} (sentence {row.get('sentence_start', '')}-{row.get('sentence_end', '')}), "
            f"candidate {row.get('candidate_id', '')}")
    notes = "; ".join(n for n in (row.get("notes", ""), link) if n)
    out = {column: row.get(column, "") for column in REPORT_COLUMNS}
    out["notes"] = notes
    return out


def append_reports(path: Path, rows: list[dict]) -> int:
    """Append rows to a reports CSV (created with the reports header if missing)."""
    if not rows:
        return 0
    header = list(REPORT_COLUMNS)
    needs_newline = False
    if path.exists() and path.stat().st_size:
        with path.open(encoding="utf-8-sig", newline="") as f:
            header = [h.strip() for h in next(csv.reader(f), [])]
        missing = [c for c in REQUIRED_COLUMNS if c not in header]
        if missing:
            raise UnusableInput(f"{path}, row 1: missing required column(s) {', '.join(missing)}")
        needs_newline = not path.read_bytes().endswith(b"\n")
        new_file = False
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        new_file = True
    with path.open("a", encoding="utf-8", newline="") as f:
        if needs_newline:
            f.write("\n")
        writer = csv.DictWriter(f, fieldnames=header, extrasaction="ignore", lineterminator="\n")
        if new_file:
            writer.writeheader()
        for row in rows:
            writer.writerow({h: row.get(h, "") for h in header})
    return len(rows)


def write_candidates(path: Path, header: list[str], rows: list[dict]) -> None:
    """Rewrite the candidates file atomically (a temporary file, then a rename)."""
    columns = header or list(CANDIDATE_COLUMNS)
    handle, temp = tempfile.mkstemp(prefix=".candidates-", suffix=".csv", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as f:
            writer = csv.DictWriter(f, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows)
        os.replace(temp, path)
    finally:
        if os.path.exists(temp):
            os.unlink(temp)


def run_review(candidates: Path, out: Path, *, threshold: float | None = None, ask: Ask | None = None,
               console: Console | None = None) -> ReviewResult:
    """Read, decide, append accepted rows, record decisions. Raises `UnusableInput`."""
    header, rows = read_candidates(candidates)
    accepted, result = review_rows(rows, threshold=threshold, ask=ask, console=console)
    result.appended_to = out if append_reports(out, accepted) else None
    write_candidates(candidates, header, rows)
    return result
