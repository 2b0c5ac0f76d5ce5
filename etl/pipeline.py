"""`run`: load → normalize → validate → save, for reports and alert logs.

Reads `<input>/reports/*.csv` and `<input>/alerts/*.csv`, writes figures, series,
rejects, the alerts series and a manifest into the output folder. Rows in = accepted +
rejected, checked here for every file. Outputs are first written into a temporary folder
beside the output folder and moved into place only when all of them validated, so an
interrupted or failed run leaves the previous outputs intact.
"""

from __future__ import annotations

import hashlib
import json
import os
import platform
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from etl import __version__, paths
from etl.alerts import daily_series, read_alerts
from etl.claimants import ClaimantRegistry
from etl.errors import UnusableInput
from etl.metrics import Vocabulary
from etl.places import Gazetteer
from etl.reports import Context, Reject, normalize_row, read_reports_file
from etl.schema import columns, empty_frame, validate
from etl.series import build_series

Progress = Callable[[str, int, int], None]  # (stage, done, total)


@dataclass
class InputSummary:
    path: str
    kind: str
    sha256: str
    rows_in: int
    accepted: int
    rejected: int


@dataclass
class RunResult:
    output_dir: Path
    inputs: list[InputSummary] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    fuzzy_matches: list[dict] = field(default_factory=list)
    figures: int = 0
    rejects: int = 0
    alerts_days: int = 0

    @property
    def rows_in(self) -> int:
        return sum(i.rows_in for i in self.inputs)


def run(input_dir: Path = paths.RAW, output_dir: Path = paths.PROCESSED, *, today: date | None = None,
        reference_dir: Path = paths.REFERENCE, progress: Progress | None = None) -> RunResult:
    """Run the whole ETL. Raises `UnusableInput` (nothing written) on a broken contract."""
    today = today or date.today()
    ctx = Context(
        gazetteer=Gazetteer.from_reference(reference_dir),
        claimants=ClaimantRegistry.from_reference(reference_dir),
        vocabulary=Vocabulary.from_reference(reference_dir),
        today=today,
    )
    result = RunResult(output_dir=output_dir)
    figures, rejects = _run_reports(Path(input_dir) / "reports", Path(input_dir), ctx, result, progress)
    alerts, alert_rejects = _run_alerts(Path(input_dir) / "alerts", Path(input_dir), ctx, result, progress)
    rejects.extend(alert_rejects)

    figures_df = _figures_frame(figures)
    series_df = build_series(figures_df, ctx.vocabulary)
    rejects_df = _rejects_frame(rejects)
    tables = {
        "figures": validate("figures", figures_df),
        "series": validate("series", series_df),
        "rejects": validate("rejects", rejects_df),
        "alerts_daily": validate("alerts_daily", alerts),
    }
    result.figures, result.rejects, result.alerts_days = len(figures_df), len(rejects_df), len(alerts)
    result.fuzzy_matches = [
        {"source_file": f["source_file"], "source_row": f["source_row"], "place": f["place_written"],
         "match": f["place_match"]}
        for f in figures if f["place_match"].startswith("fuzzy")
    ]
    _write_outputs(tables, result, Path(output_dir))
    return result


def _run_reports(folder: Path, base: Path, ctx: Context, result: RunResult, progress: Progress | None):
    figures: list[dict] = []
    rejects: list[Reject] = []
    seen: dict[str, tuple[str, int]] = {}
    files = sorted(folder.glob("*.csv")) if folder.is_dir() else []
    readings = [(p, read_reports_file(p, p.relative_to(base).as_posix())) for p in files]
    total = sum(len(r.rows) for _, r in readings)
    done = 0
    for path, reading in readings:
        result.warnings.extend(reading.warnings)
        accepted_before, rejected_before = len(figures), len(rejects)
        for raw in reading.rows:
            outcome = normalize_row(raw, ctx)
            if isinstance(outcome, dict) and outcome["figure_id"] in seen:
                first_file, first_row = seen[outcome["figure_id"]]
                outcome = Reject(raw.source_file, raw.source_row, "(row)", "",
                                 f"{raw.source_file}, row {raw.source_row}: duplicate of {first_file} row {first_row}")
            if isinstance(outcome, Reject):
                rejects.append(outcome)
            else:
                seen[outcome["figure_id"]] = (raw.source_file, raw.source_row)
                figures.append(outcome)
            done += 1
            if progress and done % 2000 == 0:
                progress("reports", done, total)
        summary = InputSummary(path.relative_to(base).as_posix(), "reports", _sha256(path), len(reading.rows),
                               len(figures) - accepted_before, len(rejects) - rejected_before)
        _check_conservation(summary)
        result.inputs.append(summary)
    if progress:
        progress("reports", total, total)
    return figures, rejects


def _run_alerts(folder: Path, base: Path, ctx: Context, result: RunResult, progress: Progress | None):
    files = sorted(folder.glob("*.csv")) if folder.is_dir() else []
    all_events, rejects = [], []
    for index, path in enumerate(files, start=1):
        label = path.relative_to(base).as_posix()
        events, file_rejects = read_alerts(path, label, ctx.gazetteer)
        rows_in = len(events) + len(file_rejects)
        summary = InputSummary(label, "alerts", _sha256(path), rows_in, len(events), len(file_rejects))
        _check_conservation(summary)
        result.inputs.append(summary)
        all_events.append(events)
        rejects.extend(file_rejects)
        if progress:
            progress("alerts", index, len(files))
    if not all_events:
        return pd.DataFrame(columns=columns("alerts_daily")).astype(empty_frame("alerts_daily").dtypes), rejects
    return daily_series(pd.concat(all_events, ignore_index=True), ctx.gazetteer), rejects


def _check_conservation(summary: InputSummary) -> None:
    if summary.rows_in != summary.accepted + summary.rejected:
        raise AssertionError(f"{summary.path}: {summary.rows_in} rows in but {summary.accepted} accepted "
                             f"+ {summary.rejected} rejected")


def _figures_frame(figures: list[dict]) -> pd.DataFrame:
    if not figures:
        return empty_frame("figures")
    frame = pd.DataFrame(figures, columns=columns("figures"))
    for col in ("period_start", "period_end"):
        frame[col] = pd.to_datetime(frame[col]).astype("datetime64[ms]")
    for col in ("value", "value_low", "value_high", "lat", "lon"):
        frame[col] = frame[col].astype(float)
    frame["source_row"] = frame["source_row"].astype(int)
    frame["period_relative"] = frame["period_relative"].astype(bool)
    return frame.sort_values(["source_file", "source_row"]).reset_index(drop=True)


def _rejects_frame(rejects: list[Reject]) -> pd.DataFrame:
    if not rejects:
        return empty_frame("rejects")
    frame = pd.DataFrame([asdict(r) for r in rejects], columns=columns("rejects"))
    frame["score"] = frame["score"].astype(float)
    frame["source_row"] = frame["source_row"].astype(int)
    return frame.sort_values(["source_file", "source_row"], kind="stable").reset_index(drop=True)


def _write_outputs(tables: dict[str, pd.DataFrame], result: RunResult, output_dir: Path) -> None:
    output_dir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".etl-staging-", dir=output_dir.parent))
    try:
        written = {
            paths.FIGURES_PARQUET: _write_parquet(tables["figures"], staging / paths.FIGURES_PARQUET),
            paths.FIGURES_CSV: _write_csv(tables["figures"], staging / paths.FIGURES_CSV),
            paths.SERIES_PARQUET: _write_parquet(tables["series"], staging / paths.SERIES_PARQUET),
            paths.REJECTS_CSV: _write_csv(tables["rejects"], staging / paths.REJECTS_CSV),
            paths.ALERTS_DAILY_PARQUET: _write_parquet(tables["alerts_daily"], staging / paths.ALERTS_DAILY_PARQUET),
        }
        manifest = _manifest(result, written, staging)
        (staging / paths.MANIFEST_JSON).write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n",
                                                   encoding="utf-8")
        # The manifest goes last: a reader that sees it can trust the files it lists.
        for name in [*written, paths.MANIFEST_JSON]:
            os.replace(staging / name, output_dir / name)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _write_parquet(frame: pd.DataFrame, target: Path) -> int:
    table = pa.Table.from_pandas(frame, preserve_index=False)
    table = table.replace_schema_metadata(None)  # pandas metadata carries versions; keep output stable
    pq.write_table(table, target, compression="zstd")
    return len(frame)


def _write_csv(frame: pd.DataFrame, target: Path) -> int:
    """UTF-8 CSV, dates as YYYY-MM-DD; pyarrow's writer (C++) keeps large builds fast."""
    table = pa.Table.from_pandas(frame, preserve_index=False)
    for index, column in enumerate(table.schema):
        if pa.types.is_timestamp(column.type):
            table = table.set_column(index, column.name, pc.strftime(table.column(index), format="%Y-%m-%d"))
    pacsv.write_csv(table, target, pacsv.WriteOptions(quoting_style="needed"))
    return len(frame)


def _manifest(result: RunResult, written: dict[str, int], staging: Path) -> dict:
    return {
        "etl_version": __version__,
        "versions": {"python": platform.python_version(), "pandas": pd.__version__, "pyarrow": pa.__version__},
        "inputs": [asdict(i) for i in result.inputs],
        "totals": {"rows_in": result.rows_in, "accepted": sum(i.accepted for i in result.inputs),
                   "rejected": sum(i.rejected for i in result.inputs)},
        "outputs": {name: {"rows": rows, "sha256": _sha256(staging / name)} for name, rows in written.items()},
        "warnings": result.warnings,
        "fuzzy_matches": result.fuzzy_matches,
    }


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


__all__ = ["run", "RunResult", "UnusableInput"]
