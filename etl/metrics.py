"""The metric vocabulary: ids, labels, units and kinds, and mapping `measure` text to an id.

Labels, units and definitions shown anywhere in the project come from
`datasets/reference/metrics.csv`, never from strings typed into code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rapidfuzz import fuzz, process

from etl import paths
from etl.errors import UnusableInput
from etl.quantities import COUNT, HOURS_PER_DAY, MW, PERCENT
from etl.refdata import read_csv_rows
from etl.text import fold

KINDS = ("level", "flow", "cumulative")
UNITS = (PERCENT, MW, COUNT, HOURS_PER_DAY, "USD")
_WORDS = re.compile(r"[\w%]+")
_STOPWORDS = {"the", "of", "a", "an", "in", "by", "to", "were", "was", "have", "has", "been",
              "had", "and", "or", "its", "their", "country's", "countrys", "ukraine's", "ukraines"}


@dataclass(frozen=True)
class Metric:
    id: str
    label: str
    definition: str
    unit: str
    counts: str
    share_of: str
    kind: str
    synonyms: tuple[str, ...]
    share_variant: str = ""  # the percent metric to use when a figure of this metric is a share


class Vocabulary:
    def __init__(self, rows: list[dict]):
        self.metrics: dict[str, Metric] = {}
        for row in rows:
            if row["kind"] not in KINDS:
                raise UnusableInput(f"metrics.csv: kind '{row['kind']}' of {row['id']} is not one of {KINDS}")
            if row["unit"] not in UNITS:
                raise UnusableInput(f"metrics.csv: unit '{row['unit']}' of {row['id']} is not one of {UNITS}")
            synonyms = tuple(s.strip() for s in row["synonyms"].split("|") if s.strip())
            self.metrics[row["id"]] = Metric(
                row["id"], row["label"], row["definition"], row["unit"], row["counts"],
                row["share_of"], row["kind"], synonyms, row.get("share_variant", ""),
            )
        for metric in self.metrics.values():
            variant = self.metrics.get(metric.share_variant) if metric.share_variant else None
            if metric.share_variant and (variant is None or variant.unit != PERCENT):
                raise UnusableInput(f"metrics.csv: share_variant '{metric.share_variant}' of {metric.id} "
                                    "must be the id of a percent metric")
        # Synonyms' content words, derived once and indexed by one of their words: matching a
        # new measure tests only the synonyms that share that word with it.
        self._synonyms_by_word: dict[str, list[tuple[str, frozenset[str]]]] = {}
        for metric in self.metrics.values():
            for synonym in metric.synonyms:
                needed = frozenset(_content_words(synonym))
                if needed:
                    self._synonyms_by_word.setdefault(min(needed), []).append((metric.id, needed))
        self.match_measure = lru_cache(maxsize=65536)(self._match_measure)

    @classmethod
    def from_reference(cls, reference_dir: Path = paths.REFERENCE) -> Vocabulary:
        return _load_vocabulary(str(reference_dir))

    def __contains__(self, metric_id: str) -> bool:
        return metric_id in self.metrics

    def __getitem__(self, metric_id: str) -> Metric:
        return self.metrics[metric_id]

    def closest_id(self, text: str) -> tuple[str, float]:
        best = process.extractOne(text, list(self.metrics), scorer=fuzz.ratio)
        return (best[0], round(best[1], 1)) if best else ("", 0.0)

    def _match_measure(self, measure: str) -> tuple[str | None, str]:
        """Map `measure` to a metric id by synonyms: (id, how) or (None, why not).

        A synonym matches when all its content words occur in the measure; the match
        with the most content words wins. A tie between metrics is ambiguous.
        """
        words = _content_words(measure)
        if not words:
            return None, "measure is empty; give a metric id or what is measured"
        scored: dict[str, int] = {}
        for word in words & self._synonyms_by_word.keys():
            for metric_id, needed in self._synonyms_by_word[word]:
                if needed <= words:
                    scored[metric_id] = max(scored.get(metric_id, 0), len(needed))
        if not scored:
            return None, f"no metric matches measure '{measure}'; set the metric column or add a synonym in datasets/reference/metrics.csv"
        best = max(scored.values())
        winners = sorted(m for m, n in scored.items() if n == best)
        if len(winners) > 1:
            return None, f"measure '{measure}' matches several metrics ({', '.join(winners)}); set the metric column"
        return winners[0], "synonym"


def _content_words(text: str) -> set[str]:
    return {_stem(w) for w in _WORDS.findall(fold(text)) if w not in _STOPWORDS}


@lru_cache(maxsize=65536)  # per word: the same words recur in every measure
def _stem(word: str) -> str:
    """Crude plural folding so 'facilities' meets 'facility' and 'drones' meets 'drone'."""
    for suffix, repl in (("ies", "y"), ("es", ""), ("s", "")):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            return word[: -len(suffix)] + repl
    return word


@lru_cache(maxsize=4)
def _load_vocabulary(reference_dir: str) -> Vocabulary:
    return Vocabulary(read_csv_rows(Path(reference_dir) / paths.METRICS_CSV.name))
