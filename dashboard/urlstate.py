"""The view in the URL: `parse_query` reads a query string, `to_query` writes one.

Every filter and the clicked region live in the query string, so any view is a
permalink. Parameters (all optional; a missing one takes its default):

    metric        a metric id from datasets/reference/metrics.csv
    from, to      YYYY-MM-DD, from <= to (default: the whole span of the data)
    regions       comma-separated region codes (UA-63,UA-32; UA = country-wide figures)
    types         comma-separated claimant types (default: every attributed type; empty: none)
    unattributed  1 to include figures with no named claimant (default 0)
    alerts        1 to draw air-raid alert hours on a second axis (default 0)
    region        the region clicked on the map (narrows the chart and the table)

`parse_strict` is the same reading for the data API and the exports: there an unknown
parameter, a repeated one or a value that cannot be used is an error naming the parameter
(`QueryError`), never a silent fallback.

`parse_query` never raises: anything it cannot use (unknown metric, reversed or garbage
dates, over-long lists, unknown codes, markup, an over-long query string) falls back to
the default for that parameter, and each fallback is explained in a notice. Notices quote
the offending value shortened, and the page shows them as text, never as markup.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import replace
from datetime import date
from urllib.parse import parse_qsl, urlencode

from dashboard.data import ATTRIBUTED_TYPES, Filters

MAX_QUERY_LENGTH = 4000
MAX_FIELDS = 20
MAX_LIST = 50
KEYS = ("metric", "from", "to", "regions", "types", "unattributed", "alerts", "region")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_EARLIEST, _LATEST = date(1900, 1, 1), date(2100, 12, 31)
_TRUE, _FALSE = ("1", "true", "yes", "on"), ("0", "false", "no", "off", "")


def parse_query(query: str | None, vocabulary: Collection[str], known_regions: Collection[str],
                defaults: Filters) -> tuple[Filters, list[str]]:
    """(filters, notices) for a query string; unusable parts fall back to `defaults`."""
    try:
        return _parse(query or "", vocabulary, known_regions, defaults)
    except Exception as err:  # the last guard: a link must never produce an error page
        return defaults, [f"The link could not be read ({type(err).__name__}); showing the default view."]


class QueryError(ValueError):
    """A query string the API refuses: `parameter` names the culprit (None: the whole query)."""

    def __init__(self, message: str, parameter: str | None = None):
        super().__init__(message)
        self.message = message
        self.parameter = parameter


def parse_strict(query: str | None, vocabulary: Collection[str], known_regions: Collection[str],
                 defaults: Filters, extra: Collection[str] = ()) -> tuple[Filters, dict[str, str]]:
    """(filters, extra values) for the API; raises `QueryError` for anything `parse_query` would
    replace by a default. `extra` names further parameters the caller accepts (their raw text
    is returned, for the caller to check)."""
    query = query or ""
    query = query[1:] if query.startswith("?") else query
    if len(query) > MAX_QUERY_LENGTH:
        raise QueryError(f"the query string is too long ({len(query):,} characters; at most {MAX_QUERY_LENGTH:,})")
    try:
        pairs = parse_qsl(query, keep_blank_values=True, max_num_fields=MAX_FIELDS, errors="strict")
    except ValueError:
        raise QueryError(f"too many parameters or undecodable text (at most {MAX_FIELDS} parameters, UTF-8)") from None
    seen: dict[str, int] = {}
    for key, _ in pairs:
        seen[key] = seen.get(key, 0) + 1
        if key not in KEYS and key not in extra:
            raise QueryError(f"unknown parameter {_show(key)}; known: {', '.join((*KEYS, *extra))}", _name(key))
        if seen[key] > 1:
            raise QueryError(f"'{key}' is given more than once", key)
    values = dict(pairs)
    filters = defaults
    for key in KEYS:
        if key not in values:
            continue
        notices: list[str] = []
        single = urlencode({key: values[key]}) if key not in ("from", "to") else ""
        if key in ("from", "to"):
            if _date(values[key], key, notices) is None:
                raise QueryError(_strict_message(notices[0]), key)
            continue
        filters = _merge(filters, key, _parse(single, vocabulary, known_regions, filters), notices)
        if notices:
            raise QueryError(_strict_message(notices[0]), key)
    if "from" in values or "to" in values:
        dated = urlencode({k: values[k] for k in ("from", "to") if k in values})
        notices = []
        parsed, notices = _parse(dated, vocabulary, known_regions, filters)
        if notices:
            raise QueryError(_strict_message(notices[0]), "from")
        filters = replace(filters, date_from=parsed.date_from, date_to=parsed.date_to)
    return filters, {k: values[k] for k in extra if k in values}


def _strict_message(notice: str) -> str:
    """A page notice without its last part, which says what the page falls back to."""
    return notice.rsplit("; ", 1)[0]


def _name(key: str) -> str:
    """A parameter name as it may be quoted back in an error (shortened, printable)."""
    return "".join(ch for ch in key if ch.isprintable())[:40]


def _merge(filters: Filters, key: str, parsed: tuple[Filters, list[str]], notices: list[str]) -> Filters:
    """Take one parameter's value from a single-parameter parse (its notices go to `notices`)."""
    result, found = parsed
    notices.extend(found)
    attr = {"metric": "metric", "regions": "regions", "types": "claimant_types",
            "unattributed": "include_unattributed", "alerts": "show_alerts", "region": "selected_region"}[key]
    return replace(filters, **{attr: getattr(result, attr)})


def to_query(filters: Filters) -> str:
    """The canonical query string (without '?') for a view; `parse_query` restores it exactly."""
    params: list[tuple[str, str]] = [
        ("metric", filters.metric),
        ("from", filters.date_from.isoformat()),
        ("to", filters.date_to.isoformat()),
    ]
    if filters.regions:
        params.append(("regions", ",".join(filters.regions)))
    if set(filters.claimant_types) != set(ATTRIBUTED_TYPES):
        params.append(("types", ",".join(filters.claimant_types)))
    if filters.include_unattributed:
        params.append(("unattributed", "1"))
    if filters.show_alerts:
        params.append(("alerts", "1"))
    if filters.selected_region:
        params.append(("region", filters.selected_region))
    return urlencode(params, safe=",")


def filters_from_controls(values: dict, vocabulary: Collection[str], known_regions: Collection[str],
                          defaults: Filters, selected_region: str | None = None) -> tuple[Filters, list[str]]:
    """Filters from the page's controls, checked exactly like a link (one validation path)."""
    params = {
        "metric": values.get("metric") or "",
        "from": _date_text(values.get("date_from")),
        "to": _date_text(values.get("date_to")),
        "regions": ",".join(str(r) for r in (values.get("regions") or [])),
        "types": ",".join(str(t) for t in (values.get("types") or [])),
        "unattributed": "1" if values.get("unattributed") else "0",
        "alerts": "1" if values.get("alerts") else "0",
    }
    if selected_region:
        params["region"] = selected_region
    return parse_query(urlencode(params, safe=","), vocabulary, known_regions, defaults)


def clicked_region(click_data, known_regions: Collection[str]) -> str | None:
    """The region code of a map click (a region's `location`, or a city point's region), if known."""
    try:
        point = click_data["points"][0]
    except (KeyError, IndexError, TypeError):
        return None
    if not isinstance(point, dict):
        return None
    candidates = [point.get("location")]
    customdata = point.get("customdata")
    if isinstance(customdata, list) and len(customdata) > 1:
        candidates.append(customdata[1])
    for code in candidates:
        if isinstance(code, str) and code in known_regions:
            return code
    return None


# ---------------------------------------------------------------- parsing


def _parse(query: str, vocabulary, known_regions, defaults: Filters) -> tuple[Filters, list[str]]:
    query = query[1:] if query.startswith("?") else query
    if len(query) > MAX_QUERY_LENGTH:
        return defaults, [f"The link's query string is too long ({len(query):,} characters); "
                          "showing the default view."]
    try:
        pairs = parse_qsl(query, keep_blank_values=True, max_num_fields=MAX_FIELDS, errors="replace")
    except ValueError:
        return defaults, [f"The link has too many parameters (more than {MAX_FIELDS}); showing the default view."]
    notices: list[str] = []
    values = _single_values(pairs, notices)
    filters = defaults
    if "metric" in values:
        filters = replace(filters, metric=_metric(values["metric"], vocabulary, defaults, notices))
    filters = _dates(values, filters, defaults, notices)
    if "regions" in values:
        regions = _code_list(values["regions"], known_regions, "regions", notices)
        filters = replace(filters, regions=defaults.regions if regions is None else regions)
    if "types" in values:
        types = _code_list(values["types"], ATTRIBUTED_TYPES, "types", notices, keep_order=ATTRIBUTED_TYPES)
        filters = replace(filters, claimant_types=defaults.claimant_types if types is None else types)
    for key, attr in (("unattributed", "include_unattributed"), ("alerts", "show_alerts")):
        if key in values:
            filters = replace(filters, **{attr: _flag(values[key], key, getattr(defaults, attr), notices)})
    if "region" in values:
        filters = replace(filters, selected_region=_region(values["region"], known_regions, defaults, notices))
    return filters, notices


def _single_values(pairs: list[tuple[str, str]], notices: list[str]) -> dict[str, str]:
    seen: dict[str, list[str]] = {}
    for key, value in pairs:
        seen.setdefault(key, []).append(value)
    unknown = [k for k in seen if k not in KEYS]
    if unknown:
        notices.append(f"Ignored unknown parameter(s): {', '.join(_show(k) for k in unknown[:5])}.")
    values = {}
    for key in KEYS:
        if key in seen and len(seen[key]) > 1:
            notices.append(f"'{key}' was given {len(seen[key])} times; using its default.")
        elif key in seen:
            values[key] = seen[key][0]
    return values


def _metric(text: str, vocabulary, defaults: Filters, notices: list[str]) -> str:
    if text in vocabulary:
        return text
    notices.append(f"Unknown metric {_show(text)}; showing {defaults.metric}.")
    return defaults.metric


def _dates(values: dict, filters: Filters, defaults: Filters, notices: list[str]) -> Filters:
    start = _date(values["from"], "from", notices) if "from" in values else None
    end = _date(values["to"], "to", notices) if "to" in values else None
    start = start or defaults.date_from
    end = end or defaults.date_to
    if start > end:
        notices.append(f"The date range is reversed ({start} after {end}); showing the whole span.")
        start, end = defaults.date_from, defaults.date_to
    return replace(filters, date_from=start, date_to=end)


def _date(text: str, key: str, notices: list[str]) -> date | None:
    try:
        if not _DATE.match(text):
            raise ValueError(text)
        value = date.fromisoformat(text)
        if not _EARLIEST <= value <= _LATEST:
            raise ValueError(text)
        return value
    except ValueError:
        notices.append(f"'{key}' is not a date between {_EARLIEST} and {_LATEST} (YYYY-MM-DD): "
                       f"{_show(text)}; using the default.")
        return None


def _code_list(text: str, allowed: Iterable[str], key: str, notices: list[str],
               keep_order: tuple[str, ...] | None = None) -> tuple[str, ...] | None:
    """A comma-separated list of known codes, deduplicated and in canonical order; None if unusable."""
    items = [item.strip() for item in text.split(",")] if text else []
    items = [item for item in items if item]
    if len(items) > MAX_LIST:
        notices.append(f"'{key}' lists {len(items)} entries (at most {MAX_LIST}); using the default.")
        return None
    allowed = set(allowed)
    unknown = [item for item in items if item not in allowed]
    if unknown:
        shown = ", ".join(_show(u) for u in unknown[:3]) + (" …" if len(unknown) > 3 else "")
        notices.append(f"Unknown {key}: {shown}; using the default.")
        return None
    unique = set(items)
    if keep_order:
        return tuple(t for t in keep_order if t in unique)
    return tuple(sorted(unique))


def _flag(text: str, key: str, default: bool, notices: list[str]) -> bool:
    lowered = text.strip().lower()
    if lowered in _TRUE:
        return True
    if lowered in _FALSE:
        return False
    notices.append(f"'{key}' should be 1 or 0, not {_show(text)}; using the default.")
    return default


def _region(text: str, known_regions, defaults: Filters, notices: list[str]) -> str | None:
    if not text:
        return None
    if text in known_regions:
        return text
    notices.append(f"Unknown region {_show(text)}; no region selected.")
    return defaults.selected_region


def _show(value: str, limit: int = 40) -> str:
    """A user-supplied value, shortened and quoted for a notice (shown as text, never markup)."""
    flat = " ".join(str(value).split())
    return repr(flat if len(flat) <= limit else flat[: limit - 1] + "…")


def _date_text(value) -> str:
    """A date picker value ('2024-01-01' or '2024-01-01T00:00:00') as YYYY-MM-DD text."""
    return str(value)[:10] if value else ""
