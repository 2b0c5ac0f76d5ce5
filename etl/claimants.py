"""Map a claimant as written ("Ukraine's energy ministry") to a canonical claimant and type.

The registry `datasets/reference/claimants.csv` lists written forms with their canonical
name, type and country. Lookup order: exact (folded) → the longest registered name
contained in the text as whole words ("Ukrenergo CEO Volodymyr Kudrytskyi" → Ukrenergo)
→ fuzzy above a threshold. A blank claimant is `unattributed`; an unknown one is rejected
with the closest registered name, never filed under a catch-all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rapidfuzz import fuzz, process

from etl import paths
from etl.errors import UnusableInput
from etl.refdata import read_csv_rows
from etl.text import fold

_WORD = re.compile(r"\w+")  # a run of word characters: a key's first word, every word of a text

CLAIMANT_TYPES = (
    "government", "grid_operator", "energy_company", "international_org",
    "research_ngo", "media", "military", "unattributed",
)
UNATTRIBUTED = "Unattributed"
FUZZY_ACCEPT = 92.0


@dataclass(frozen=True)
class Claimant:
    name: str
    type: str
    country: str
    method: str
    score: float = 100.0


@dataclass(frozen=True)
class UnknownClaimant:
    written: str
    reason: str
    closest: str = ""
    score: float = 0.0


class ClaimantRegistry:
    def __init__(self, rows: list[dict]):
        self._by_key: dict[str, dict] = {}
        for row in rows:
            if row["type"] not in CLAIMANT_TYPES:
                raise UnusableInput(f"claimants.csv: type '{row['type']}' of '{row['written']}' is not one of {CLAIMANT_TYPES}")
            self._by_key[fold(row["written"])] = row
        # Longest first, so "ukraine's energy ministry" wins over "ukraine"; compiled once.
        self._contained = sorted(self._by_key, key=len, reverse=True)
        self._contained_patterns = [(key, re.compile(rf"(?<!\w){re.escape(key)}(?!\w)"))
                                    for key in self._contained if len(key) >= 3]
        # A key found as whole words in a text starts with one of the text's words: the
        # patterns by their key's first word (in `_contained_patterns` order), and the few
        # keys that start with no word character, tried for every text.
        self._patterns_by_first_word: dict[str, list[int]] = {}
        self._patterns_for_any: list[int] = []
        for index, (key, _pattern) in enumerate(self._contained_patterns):
            first = _WORD.match(key)
            if first:
                self._patterns_by_first_word.setdefault(first.group(), []).append(index)
            else:
                self._patterns_for_any.append(index)
        self.resolve = lru_cache(maxsize=65536)(self._resolve)

    @classmethod
    def from_reference(cls, reference_dir: Path = paths.REFERENCE) -> ClaimantRegistry:
        return _load_registry(str(reference_dir))

    def organisation_names(self, types: tuple[str, ...]) -> list[str]:
        """The canonical names of claimants of these types, without a bracketed note
        ('Ukrgasvydobuvannya (Naftogaz Group)' → 'Ukrgasvydobuvannya'): how articles name them."""
        return sorted({row["canonical"].split(" (", 1)[0] for row in self._by_key.values() if row["type"] in types})

    @property
    def canonical_names(self) -> set[str]:
        return {row["canonical"] for row in self._by_key.values()}

    def _resolve(self, written: str | None) -> Claimant | UnknownClaimant:
        text = "" if written is None else str(written).strip()
        if not text:
            return Claimant(UNATTRIBUTED, "unattributed", "", method="blank")
        key = fold(text)
        if key in self._by_key:
            return self._claimant(self._by_key[key], "exact")
        for index in self._contained_candidates(key):
            candidate, pattern = self._contained_patterns[index]
            if candidate in key and pattern.search(key):
                return self._claimant(self._by_key[candidate], "contains")
        best = process.extractOne(key, self._contained, scorer=fuzz.ratio)
        if best and best[1] >= FUZZY_ACCEPT:
            return self._claimant(self._by_key[best[0]], "fuzzy", round(best[1], 1))
        closest = self._by_key[best[0]]["canonical"] if best else ""
        score = round(best[1], 1) if best else 0.0
        return UnknownClaimant(
            text,
            f"unknown claimant '{text}'; closest: {closest} {score / 100:.2f}; add it to "
            "datasets/reference/claimants.csv with its canonical name and type",
            closest=closest,
            score=score,
        )

    def _contained_candidates(self, key: str) -> list[int]:
        """Indexes into `_contained_patterns`, longest key first, of the keys that may occur
        in `key` as whole words."""
        indexes = set(self._patterns_for_any)
        for word in set(_WORD.findall(key)):
            indexes.update(self._patterns_by_first_word.get(word, ()))
        return sorted(indexes)

    @staticmethod
    def _claimant(row: dict, method: str, score: float = 100.0) -> Claimant:
        return Claimant(row["canonical"], row["type"], row["country"], method=method, score=score)


@lru_cache(maxsize=4)
def _load_registry(reference_dir: str) -> ClaimantRegistry:
    return ClaimantRegistry(read_csv_rows(Path(reference_dir) / paths.CLAIMANTS_CSV.name))
