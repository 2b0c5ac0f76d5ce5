"""Small text helpers shared by the normalizers: folding for lookups, formula detection."""

from __future__ import annotations

import re
import unicodedata

_APOSTROPHES = "'’ʼ‘`´"
_SPACES = re.compile(r"\s+")
# Characters that make spreadsheet programs treat a cell as a formula (OWASP CSV injection).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "|")


def fold(text: str) -> str:
    """Lower-case, strip accents and apostrophes, unify dashes and spaces: a lookup key.

    Cyrillic letters are kept (only combining marks are dropped), so 'Київ' stays
    distinct from 'Kyiv' but 'Київ' and 'КИЇВ' fold to the same key.
    """
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch) or ch in "\u0306\u0308")
    text = unicodedata.normalize("NFC", text).casefold()
    text = text.translate({ord(c): None for c in _APOSTROPHES})
    text = re.sub(r"[‐-―−]", "-", text)
    return _SPACES.sub(" ", text).strip(" .,;:")


def looks_like_formula(value: str) -> bool:
    """True when a spreadsheet would evaluate the cell (after leading spaces or quotes)."""
    stripped = value.lstrip(" \"'")
    if not stripped or not stripped.startswith(FORMULA_PREFIXES):
        return False
    return not _is_plain_number(stripped)


def _is_plain_number(value: str) -> bool:
    return re.fullmatch(r"[+-]?\d+(?:[.,]\d+)?", value.strip()) is not None
