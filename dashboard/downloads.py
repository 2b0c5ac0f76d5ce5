"""What a download says about itself: file names, the Table Schema, the README, the licence,
and the zip that bundles them. Pure text builders, plus `zip_stream` (a generator).

The CSV's columns are `data.EXTRACT_COLUMNS`; their types come from the ETL's output schema
(`etl/schema.py`), their units from the metric vocabulary (`datasets/reference/metrics.csv`).
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime

from dashboard.alttext import PROJECT, claimants_text, format_span
from dashboard.data import EXTRACT_COLUMNS, Filters
from etl import paths
from etl.metrics import Metric
from etl.schema import FIGURES, SERIES, STATUSES

DATA_LICENCE = ("The compiled figures table is licensed under the Creative Commons Attribution 4.0 International "
                "licence (CC BY 4.0, https://creativecommons.org/licenses/by/4.0/). Quotations remain their "
                "publishers'; they are reproduced as short quotations for citation. Attribute as: "
                f"\"{PROJECT}, compiled from the sources listed in README.md\".")
MAX_SOURCES_LISTED = 2000  # the README lists at most this many sources; the CSV has every one

DESCRIPTIONS = {
    "figure_id": "Stable identifier of the claim (a hash of source, claimant, metric, place, period and figure).",
    "metric": "Metric id from the vocabulary (datasets/reference/metrics.csv).",
    "value": "The figure, normalized to the metric's unit; for a range, its midpoint.",
    "value_low": "Lower bound as reported ('at least', 'more than', a range); empty when none was given.",
    "value_high": "Upper bound as reported ('up to', 'nearly', a range); empty when none was given.",
    "unit": "Unit of value, value_low and value_high.",
    "qualifier": "How the figure was qualified: exact, approx, at_least, more_than, up_to, less_than, range, ...",
    "figure_text": "The figure as written in the quote.",
    "geo_code": "ISO 3166-2 code of the place (UA = country-wide; a city has its oblast's code).",
    "geo_level": "country, oblast or city.",
    "geo_name": "Name of the place.",
    "lat": "Latitude of a city (WGS 84); empty for oblasts and the country.",
    "lon": "Longitude of a city (WGS 84); empty for oblasts and the country.",
    "period_start": "First day of the period the figure is about.",
    "period_end": "Last day of the period the figure is about.",
    "period_precision": "Precision of the period as written: day, month, year or open.",
    "claimant": "Who made the claim (canonical name from the claimant registry).",
    "claimant_type": "Kind of claimant: government, grid_operator, energy_company, international_org, "
                     "research_ngo, media, military or unattributed.",
    "status": f"Status of the claim: {', '.join(STATUSES)}. Retracted figures are listed here but left out "
              "of the dashboard's map, chart and every computed value.",
    "contested": "True when another claimant gave another value for the same metric, place and period.",
    "reported_on": "Publication date of the source (YYYY-MM-DD or YYYY-MM).",
    "publisher": "Where the claim was published.",
    "url": "Link to the source.",
    "quote": "The verbatim sentence the figure comes from.",
    "source_file": "Input file of the ETL the row comes from (under datasets/raw/).",
    "source_row": "Row of that input file (the header is row 1).",
    "n_reports": "Reports of this claimant for this place and period (the latest one is shown).",
    "latest_reported_on": "Publication date of the claimant's latest report for this place and period.",
    "n_claimants": "Claimants with a figure for this metric, place and period.",
}
_TYPES = {"float64": "number", "int64": "integer", "bool": "boolean", "datetime64[ms]": "date"}


def file_stem(filters: Filters, kind: str = "figures") -> str:
    """`figures_<metric>_<from>_<to>`: what and when (only safe characters: ids and ISO dates)."""
    return f"{kind}_{filters.metric}_{filters.date_from.isoformat()}_{filters.date_to.isoformat()}"


def table_schema(columns: Iterable[str], metric: Metric, series: bool = False) -> dict:
    """Frictionless Table Schema for an extract's columns (types from etl.schema, units from the vocabulary)."""
    declared = SERIES.columns if series else FIGURES.columns
    fields = []
    for name in columns:
        spec = declared.get(name)
        kind = _TYPES.get(str(spec.dtype), "string") if spec is not None else "boolean"
        field = {"name": name, "type": kind, "description": DESCRIPTIONS.get(name, "")}
        if name in ("value", "value_low", "value_high"):
            field["unit"] = metric.unit
            field["description"] += f" Unit: {metric.unit} ({metric.label})."
        if name == "figure_id" and not series:
            field["constraints"] = {"required": True, "unique": True}
        fields.append(field)
    schema = {"fields": fields, "missingValues": [""]}
    if not series:
        schema["primaryKey"] = ["figure_id"]
    return schema


def datapackage(filters: Filters, metric: Metric, csv_name: str, permalink: str, created: datetime | None = None,
                sources: Iterable[tuple[str, str]] = ()) -> dict:
    created = created or datetime.now(UTC)
    return {
        "name": file_stem(filters).lower().replace("_", "-"),
        "title": f"{metric.label}: reported figures, {format_span(filters.date_from, filters.date_to)}",
        "description": (f"Every figure behind one view of the {PROJECT} ({permalink}), with who claimed it, where "
                        "it was published and the exact sentence. Figures of different claimants are never "
                        f"combined. Metric: {metric.label} ({metric.unit}), {metric.kind}: {metric.definition}"),
        "homepage": permalink,
        "created": created.replace(microsecond=0).isoformat(),
        "licenses": [{"name": "CC-BY-4.0", "title": "Creative Commons Attribution 4.0",
                      "path": "https://creativecommons.org/licenses/by/4.0/"}],
        "sources": [{"title": title or url, "path": url} for title, url in sources],
        "resources": [{
            "name": "figures",
            "path": csv_name,
            "profile": "tabular-data-resource",
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "schema": table_schema(EXTRACT_COLUMNS, metric),
        }],
    }


def citation(filters: Filters, metric: Metric, places: str, permalink: str, claimants: list[str], n_claimants: int,
             retrieved: datetime | None = None) -> str:
    retrieved = retrieved or datetime.now(UTC)
    return (f"{PROJECT}. \"{metric.label}, {places}, {format_span(filters.date_from, filters.date_to)}\": "
            f"figures as reported by {claimants_text(claimants, n_claimants)}. Retrieved "
            f"{retrieved.date().isoformat()} from {permalink}")


def readme(filters: Filters, metric: Metric, places: str, permalink: str, csv_name: str, cite: str,
           sources: list[tuple[str, str, str, int]], n_sources: int, n_rows_hint: str = "") -> str:
    """README.md of the zip: what the file is, how to cite it, every source (claimant, publisher, URL)."""
    lines = [
        f"# {metric.label}: reported figures",
        "",
        f"{csv_name}: every figure behind this view of the {PROJECT}{n_rows_hint}:",
        "",
        f"- view: {permalink}",
        f"- metric: `{metric.id}`, {metric.label} ({metric.unit}; {metric.kind}). {metric.definition}",
        f"- places: {places}",
        f"- period: {filters.date_from.isoformat()} to {filters.date_to.isoformat()}",
        f"- claimant types: {', '.join(filters.types) or 'none'}",
        "",
        "Each row is one claim: who said it (claimant), where it was published (publisher, url, reported_on), "
        "the exact sentence (quote), and the ETL input it came from (source_file, source_row). Bounds "
        "(value_low, value_high) are as reported. Figures of different claimants are never averaged or added; "
        "`contested` marks a figure another claimant contradicts. Retracted figures are listed with "
        "status `retracted`. Columns, types and units: datapackage.json (Frictionless Table Schema).",
        "",
        "Text cells that a spreadsheet would run as a formula (starting with =, +, -, @, tab, carriage return "
        "or |) are written with a leading apostrophe.",
        "",
        "## How to cite",
        "",
        cite,
        "",
        f"## Sources ({n_sources:,})",
        "",
        "| claimant | publisher | url | figures |",
        "|---|---|---|---:|",
    ]
    for claimant, publisher, url, count in sources[:MAX_SOURCES_LISTED]:
        lines.append(f"| {_md(claimant)} | {_md(publisher)} | {_md(url)} | {count} |")
    if n_sources > MAX_SOURCES_LISTED:
        lines.append(f"\n… and {n_sources - MAX_SOURCES_LISTED:,} more: see the url column of the CSV.")
    lines += ["", "## Licence", "", DATA_LICENCE, "", "The dashboard's code is MIT-licensed (LICENSE.txt).", ""]
    return "\n".join(lines)


def _md(text) -> str:
    """A table cell: no pipes or line breaks, and no markup (shown as written)."""
    text = "" if text is None else str(text)
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ").replace("\r", " ").replace("<", "&lt;")


def licence_text() -> str:
    code = (paths.ROOT / "LICENSE").read_text(encoding="utf-8")
    return f"DATA\n\n{DATA_LICENCE}\n\n\nCODE\n\n{code}"


class _Sink(io.RawIOBase):
    """A write-only, unseekable stream: zipfile then writes data descriptors and never seeks back."""

    def __init__(self):
        self.parts: list[bytes] = []

    def writable(self) -> bool:
        return True

    def write(self, b) -> int:
        self.parts.append(bytes(b))
        return len(b)

    def drain(self) -> bytes:
        out = b"".join(self.parts)
        self.parts.clear()
        return out


def zip_stream(csv_name: str, csv_text: Iterable[str | bytes], extra_files: Iterable[tuple[str, str]]) -> Iterator[bytes]:
    """A zip archive as a stream of bytes: the CSV (from its text chunks) first, then small text files.

    `extra_files` is consumed after the CSV, so it may be a generator that needs the CSV's rows
    counted first. Memory stays at one chunk whatever the CSV's size.
    """
    sink = _Sink()
    with zipfile.ZipFile(sink, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        with archive.open(zipfile.ZipInfo(csv_name, date_time=_now()), "w", force_zip64=True) as entry:
            for chunk in csv_text:
                entry.write(chunk.encode("utf-8") if isinstance(chunk, str) else chunk)
                if len(sink.parts) > 0:
                    yield sink.drain()
        for name, text in extra_files:
            info = zipfile.ZipInfo(name, date_time=_now())
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, text.encode("utf-8"))
            yield sink.drain()
    yield sink.drain()


def _now() -> tuple[int, int, int, int, int, int]:
    return datetime.now(UTC).timetuple()[:6]
