"""Split text into sentences with character spans, fast and rule-based.

pysbd splits well but reads about 180 KB/s, too slow for the extractor's budget, so this
module does the same job with one pass of a regular expression over each paragraph (line
breaks, when there are any, are found apart and merged in). A
sentence ends at `.`, `!`, `?` or `…` (with any closing quotes or brackets) followed by
white space and something that can open a sentence, unless the word before the stop is
an abbreviation ("Mr.", "Oct.", "No.", "U.S.", initials) or the stop sits inside a number
("4.5", "1.325"). A line break ends a sentence (lines in pasted articles are list items,
headings or datelines) unless the next line starts with a lower-case letter: then it is a
wrap inside a sentence, as in text copied from a PDF ("approximately 27\ngigawatts"). Spans
never include the surrounding white space.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from etl.extract.text import paragraphs

_re = lru_cache(maxsize=None)(re.compile)  # inline patterns, compiled once

# Lower-cased, without the final dot. Months only where a day number usually follows.
ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof st no nos nr vs etc e.g i.e cf approx est obl vol p pp fig figs art
    jan feb mar apr jun jul aug sep sept oct nov dec gen col lt sgt capt gov sen rep
    inc ltd co corp jr sr dept govt min max ave blvd str sq mt ft hr hrs mln bln bn
    u.s u.k u.n e.u u.s.a a.k.a""".split()
)
# Sentence stops: a mark ("[.!?…]+" with closing quotes or brackets) before white space and
# something that can open a sentence, or a line break. Marks and line breaks never overlap,
# so they are found apart, each with a pattern the engine can skip through quickly.
_STOP_MARK = re.compile(r"[.!?…][.!?…]*[\"'”’»)\]]*(?:\[\d{1,3}\])*(?=\s+[\"'“‘«(\[]*[A-ZА-ЯІЇЄҐ0-9\-–—•*/]"
                        r"|(?:Read also|Read more|See also|Also read)\b)")  # '… the statement said.Read also: …'
# (footnote marks after the stop stay with their sentence: "… four missiles.[6] Yuriy Vitrenko …")
_LINE_BREAK = re.compile(r"\n(?![ \t]*[a-zа-яіїєґ])")  # not a stray wrap: "approximately 27\ngigawatts"
_WORD_BEFORE = re.compile(r"([\w.]+)\.$")


class Sentence(NamedTuple):
    start: int
    end: int
    paragraph: int  # index of the paragraph the sentence belongs to


def split_sentences(text: str) -> list[Sentence]:
    """All sentences of `text`, in order, each tagged with its paragraph index."""
    out: list[Sentence] = []
    for index, para in enumerate(paragraphs(text)):
        for start, end in sentence_spans(text, para.start, para.end):
            out.append(Sentence(start, end, index))
    return out


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) spans of the sentences in text[start:end]."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    cursor = start
    stops = list(_STOP_MARK.finditer(text, start, end))
    if text.find("\n", start, end) >= 0:
        stops = sorted([*stops, *_LINE_BREAK.finditer(text, start, end)], key=re.Match.start)
    for match in stops:
        if match.group() != "\n" and _is_abbreviation(text, cursor, match.start(), match.group()):
            continue
        cut = match.start() if match.group() == "\n" else match.end()
        _add(spans, text, cursor, cut)
        cursor = match.end()
    _add(spans, text, cursor, end)
    return spans


def _is_abbreviation(text: str, sentence_start: int, stop: int, mark: str) -> bool:
    if not mark.startswith(".") or mark.startswith(".."):
        return False
    word = _WORD_BEFORE.search(text, max(sentence_start, stop - 12), stop + 1)
    if not word:
        return False
    token = word[1].lower()
    if token in ABBREVIATIONS:
        return True
    # Initials ("V. Putin") and dotted acronyms ("U.S.") but not a sentence-final "I."
    return bool(_re(r"(?:[a-zа-яіїєґ]\.)*[a-zа-яіїєґ]").fullmatch(token)) and word[1][0].isupper() and token != "i"


def _add(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    segment = text[start:end]
    stripped = segment.strip()
    if not stripped:
        return
    lead = segment.find(stripped[0])  # the first character that is no white space
    spans.append((start + lead, start + lead + len(stripped)))
