"""Small text helpers shared by the normalizers: folding for lookups, formula detection."""

from __future__ import annotations

import re
import unicodedata

_APOSTROPHES = "'’ʼ‘`´"
_NO_APOSTROPHES = dict.fromkeys(map(ord, _APOSTROPHES))
_KEPT_MARKS = "\u0306\u0308"  # breve and diaeresis: Cyrillic й and ї stay letters of their own
_DASHES = re.compile(r"[‐-―−]")
# Characters that make spreadsheet programs treat a cell as a formula (OWASP CSV injection).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "|")


def fold(text: str) -> str:
    """Lower-case, strip accents and apostrophes, unify dashes and spaces: a lookup key.

    Cyrillic letters are kept (only combining marks are dropped), so 'Київ' stays
    distinct from 'Kyiv' but 'Київ' and 'КИЇВ' fold to the same key.
    """
    if text.isascii():  # nothing to decompose, no accents or typographic dashes: same key, faster
        text = text.lower()
        if "'" in text or "`" in text:  # the ASCII ones of _APOSTROPHES
            text = text.replace("'", "").replace("`", "")
    else:
        text = unicodedata.normalize("NFKD", text)
        marks = [ch for ch in set(text) if unicodedata.combining(ch) and ch not in _KEPT_MARKS]
        if marks:
            text = text.translate(dict.fromkeys(map(ord, marks)))
        text = unicodedata.normalize("NFC", text).casefold()
        text = _DASHES.sub("-", text.translate(_NO_APOSTROPHES))
    return " ".join(text.split()).strip(" .,;:")  # runs of white space as one space


def looks_like_formula(value: str) -> bool:
    """True when a spreadsheet would evaluate the cell (after leading spaces or quotes)."""
    stripped = value.lstrip(" \"'")
    if not stripped or not stripped.startswith(FORMULA_PREFIXES):
        return False
    return not _is_plain_number(stripped)


def _is_plain_number(value: str) -> bool:
    return re.fullmatch(r"[+-]?\d+(?:[.,]\d+)?", value.strip()) is not None
