"""Command line: `python -m etl run|extract|review`. Thin wrappers over plain functions.

Exit codes for `run`: 0 every row accepted or quarantined; 1 with --strict when any row
was rejected; 2 on unusable input (the message names file, row and column).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from etl import paths
from etl.errors import UnusableInput
from etl.extract import cli as extract_cli

if TYPE_CHECKING:
    from etl.pipeline import RunResult

EXIT_OK, EXIT_REJECTS, EXIT_UNUSABLE = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m etl", description="Reported infrastructure-damage figures ETL.")
    commands = parser.add_subparsers(dest="command", required=True)
    run_cmd = commands.add_parser("run", help="normalize the raw inputs and write the processed outputs")
    run_cmd.add_argument("--input", type=Path, default=paths.RAW, help="raw input folder (default: datasets/raw)")
    run_cmd.add_argument("--output", type=Path, default=paths.PROCESSED,
                         help="output folder (default: datasets/processed)")
    run_cmd.add_argument("--strict", action="store_true", help="exit 1 when any row was rejected")
    run_cmd.add_argument("--today", type=date.fromisoformat, default=None,
                         help="treat this date (YYYY-MM-DD) as today when checking for future dates")
    run_cmd.add_argument("--quiet", action="store_true", help="no progress display")
    cover = commands.add_parser("coverage", help="print what the processed data covers (Markdown)")
    cover.add_argument("--data", type=Path, default=paths.PROCESSED, help="processed folder")
    cover.add_argument("--rejects", action="store_true", help="also list every rejected report row")
    cover.set_defaults(handler=command_coverage)
    _add_extra_commands(commands)
    return parser


def _add_extra_commands(commands) -> None:
    """Sub-commands that live in their own modules register here."""
    extract_cli.register(commands)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "run":
        return command_run(args)
    return args.handler(args)


def command_run(args: argparse.Namespace) -> int:
    # Imported here: pandas and pandera take most of a second to load, and `python -m etl extract` needs neither
    from etl.pipeline import run

    console = Console(stderr=True)
    try:
        if args.quiet:
            result = run(args.input, args.output, today=args.today)
        else:
            with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                          TimeElapsedColumn(), console=console, transient=True) as bar:
                tasks: dict[str, int] = {}

                def report(stage: str, done: int, total: int) -> None:
                    if stage not in tasks:
                        tasks[stage] = bar.add_task(stage, total=total)
                    bar.update(tasks[stage], completed=done, total=total)

                result = run(args.input, args.output, today=args.today, progress=report)
    except UnusableInput as err:
        console.print(f"[bold red]unusable input:[/] {err}")
        console.print("Nothing was written; the previous outputs are unchanged.")
        return EXIT_UNUSABLE
    print_summary(result, Console())
    if args.strict and result.rejects:
        return EXIT_REJECTS
    return EXIT_OK


def command_coverage(args: argparse.Namespace) -> int:
    from etl.coverage import coverage, rejects_markdown, render_markdown
    from etl.metrics import Vocabulary

    if not (args.data / paths.FIGURES_PARQUET).exists():
        Console(stderr=True).print(f"no processed data in {args.data}; run `python -m etl run` first")
        return EXIT_UNUSABLE
    print(render_markdown(coverage(args.data), Vocabulary.from_reference()))
    if args.rejects:
        print("\nRejected report rows:\n")
        print(rejects_markdown(args.data))
    return EXIT_OK


def print_summary(result: RunResult, console: Console) -> None:
    table = Table(title=f"ETL run → {result.output_dir}")
    for col in ("input", "kind", "rows in", "accepted", "rejected"):
        table.add_column(col, justify="right" if col not in ("input", "kind") else "left")
    for item in result.inputs:
        table.add_row(item.path, item.kind, str(item.rows_in), str(item.accepted), str(item.rejected))
    console.print(table)
    console.print(f"figures: {result.figures}  rejects: {result.rejects}  alert days: {result.alerts_days}")
    for warning in result.warnings:
        console.print(f"[yellow]warning:[/] {warning}")
    if result.fuzzy_matches:
        console.print(f"{len(result.fuzzy_matches)} place(s) matched fuzzily; listed in manifest.json")
    if result.rejects:
        console.print(f"see {result.output_dir / paths.REJECTS_CSV} for the reason of each reject")


if __name__ == "__main__":
    sys.exit(main())
