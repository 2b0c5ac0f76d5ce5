"""Assemble candidate rows: one per figure, in the reports-CSV format plus review columns.

For each sentence the number mentions (`numbers.scan`) are kept when the sentence talks
about what the figure measures (`topics`), and dropped with a reason otherwise. A kept
mention gets

* `claimant` – a quotation's speaker, else the attribution in its sentence nearest to the
  figure, else a back-reference ("This was reported by …") covering it, else the
  attribution of the previous sentence in the same paragraph; pronouns resolved;
* `place` – the place named in the sentence nearest to the figure (three or more
  first-level units in one sentence mean the country), else the last place named earlier
  in the paragraph, else the country if the sentence names it, else the last place named
  earlier in the article, else the country (`Ukraine`);
* `period` – the date phrase nearest to the figure in its sentence, else in its paragraph,
  as `etl.periods.parse_period` reads it against `reported_on`; blank otherwise;
* `measure` – the words after the figure up to the end of its clause (the words before it
  when nothing follows), and `metric` when `etl.metrics.Vocabulary.match_measure` maps the
  measure or its clause to a metric of the figure's unit; failing that, for a count, when
  what it counts (`counted.readings`: "consumers without power", "missiles launched")
  maps to exactly one metric of its unit. When it maps to several or none, the metric stays
  blank and `check` says so after the ETL's reason.

Each article's shared facts are computed once (`_Doc`): its sentences and attributions up
front; the places, dates and usable periods of a sentence on first use, then looked up by
sentence index.

The same value and unit at the same place (and, for counts, the same counted noun) said
twice in one article is one claim: the first mention is kept, with the clearest claimant
of all mentions, and the others are listed in `notes`.

Confidence (0-1, two decimals) is a sum of documented parts, see `confidence()`. Every row
is run through `etl.reports.normalize_row` before it is written; `check` holds `ok` or the
reason the ETL would reject it (with why the metric stays blank, see above), and a row that
would be rejected never scores above 0.6,
so `review --accept-all-above 0.8` only accepts rows the ETL takes unchanged.
"""

from __future__ import annotations

import gc
import hashlib
import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple
from urllib.parse import urlparse

from etl import paths
from etl.claimants import ClaimantRegistry
from etl.extract import counted
from etl.extract import topics as tp
from etl.extract.attribution import (
    Attribution,
    find_attributions,
    person_named_in,
    resolve_pronouns,
)
from etl.extract.dates import DateMention, find_dates, period_phrase
from etl.extract.numbers import (
    FIGURE_CLASSES,
    NOUN_CLASS,
    NOUN_CLASSES,
    WITHOUT_SUPPLY,
    NumberMention,
    might_have_numbers,
    normalized_figure,
    scan,
)
from etl.extract.placenames import PlaceIndex, PlaceMention
from etl.extract.sentences import Sentence, split_sentences
from etl.extract.text import Article
from etl.metrics import Vocabulary
from etl.periods import PeriodError, parse_reported_on
from etl.places import Gazetteer, Place, places_abroad
from etl.quantities import FigureError, parse_figure
from etl.reports import OPTIONAL_COLUMNS, REQUIRED_COLUMNS, Context, RawRow, normalize_row
from etl.text import fold

_re = lru_cache(maxsize=None)(re.compile)  # inline patterns, compiled once

REPORT_COLUMNS = REQUIRED_COLUMNS + OPTIONAL_COLUMNS
EXTRA_COLUMNS = ("candidate_id", "review", "confidence", "check", "article", "value", "value_low", "value_high",
                 "unit", "figure_start", "figure_end", "sentence_start", "sentence_end")
CANDIDATE_COLUMNS = REPORT_COLUMNS + EXTRA_COLUMNS
PROPOSED = "proposed"
COUNTRY_NAME = "Ukraine"
COUNTRY_CODE = "UA"
ETL_REJECT_CAP = 0.6
READING_CAP = 0.5
# Restored connections are looked up in the vocabulary's own words, like `counted.py`'s phrases
RECONNECTED = "consumers reconnected"
# A sentence that sums up the one before: "…, blackouts continue in most regions and in Kyiv. In total, more
# than six million subscribers."
_SUMMING_UP_WORDS = r"(?:In total|Overall|Altogether|In all)(?=,)"
_ANAPHORA = re.compile(r"^\W*(?:(?:However|But|Yet),? (?:this|that|it) (?:is|was)\b"  # "However, this is only 6% of consumers."
                       r"|This|That|It|These|Those|So|Such|(?:And )?[Aa]nother"  # "And another EUR 500 million"
                       r"|The (?:bulk|rest|remainder|majority) of (?:that|this|it|these)"  # "The bulk of that sum"
                       # "To be more specific, about 347.8 thousand in the Donetsk region, …": the sentence before, in detail
                       r"|To be (?:more )?(?:specific|precise)|In particular|Specifically|Namely|Of (?:them|these|those)"
                       r"|Among (?:them|those|these)|In detail"  # "Among those are 335 boiler-houses, …"
                       r"|" + _SUMMING_UP_WORDS +
                       # "But we can certainly say that these are tens of millions of hryvnias"
                       r"|(?:But |And )?(?:[A-Za-z]+\s+){1,4}?(?:say|said|says|note|noted|add|added)\s+that\s+(?:this|these|it)"
                       r"\s+(?:is|are|was|were))\b")
# Where the words after a figure stop being its measure: `[.;:!?"“”]|\s[–—-]\s|\s+and\s+(?=…\d)|,\s*(?=\d)
# |,\s*(?=said|…)`, written to start with one character class (look-behinds then pick the
# alternative) so that the regular-expression engine skips ahead.
_MEASURE_STOP = re.compile(
    r"[.;:!?\"“”,\s](?:(?<=[.;:!?\"“”])|(?<=\s)[–—-]\s|(?<=\s)\s*and\s+(?=(?:about |over |more than )?\d)"
    r"|(?<=,)\s*(?=\d)|(?<=,)\s*(?=(?:said|says|according|he|she|they|officials|the\s+\w+\s+(?:said|says|reported)"
    r"|while|but|which|as|after|causing|resulting|leaving|including|writes|reports|citing|in\s+addition)\b))")
# What ends the words before a figure that its measure may use (the last match cuts).
_HEAD_CUT = re.compile(r"[,;:\"“”()]|\bthat\b|\baccording to\b|\b(?:said|says|stated|reported|announced|told|noted)\b")
_HEAD_CUT_BACKWARD = re.compile(r"[,;:\"“”()]|\b(?:" + tp.reversed_words(
    ("that", "according to", "said", "says", "stated", "reported", "announced", "told", "noted")) + r")\b")
_LIST_LEAD = re.compile(r":\s*$")
_LIST_ITEM = re.compile(
    r"^\s*[-•*–—]?\s*(?P<name>[^\d:;—–\n]{2,60}?)\s*(?:—|–|-|:)\s*(?P<figure>(?:about |over |more than |almost )?"
    r"\d[\d ,.]*\d|\d)(?P<unit>\s*%|\s+thousand)?(?P<rest>[^;\n]{0,60}?)\s*[;.,]?\s*$")


@dataclass(frozen=True)
class Resources:
    """Reference data shared by every article; built once per reference folder."""

    places: PlaceIndex
    gazetteer: Gazetteer
    vocabulary: Vocabulary
    context: Context
    companies: re.Pattern  # the registry's companies and grid operators, by name (`_company_before`)
    abroad: re.Pattern  # places outside Ukraine (`datasets/reference/places_abroad.csv`), by name
    abroad_words: frozenset[str]  # the first word of each of their names, lower case (a cheap test before `abroad`)

    @classmethod
    def load(cls, reference_dir: Path = paths.REFERENCE) -> Resources:
        return _load_resources(str(reference_dir))


def settle_reference_data() -> None:
    """Take everything allocated so far (the reference tables, loaded once and kept for the
    life of the process) out of the cyclic garbage collector's reach. A command that extracts
    many articles calls it after `Resources.load()`: otherwise every full collection walks
    the hundreds of thousands of objects of the place index again, a tenth of the extractor's
    work (21.3 million CPU instructions per article instead of 23.8, counted with valgrind).
    Only for commands that end when their articles are done: frozen objects are never freed."""
    gc.freeze()


@dataclass(slots=True)
class Found:
    """A figure being assembled; becomes one row."""

    mention: NumberMention
    sentence: Sentence
    index: int  # of the sentence in the article
    quote_start: int
    quote_end: int
    relevance: str  # sentence, anaphora
    noun: str = ""
    lead: str = ""  # list items: the sentence saying what is counted
    place: str = ""
    place_code: str = ""
    place_source: str = ""  # sentence, paragraph, article, url, default, item
    claimant: str = ""
    claimant_source: str = ""  # quote, sentence, back_reference, previous, ""
    claimant_named: bool = False
    intercept: bool = False
    restored: bool = False  # connections restored after an outage ("restored power to 2,000 families", "to 85% of households")
    clause: tuple[int, int] | None = None  # the figure's clause (`topics.clause_bounds`) once known
    topics: tp.Topics | None = None  # of its sentence (list items: of the list's lead)
    also: list[tuple[int, int]] = field(default_factory=list)


class _PerSentence:
    """A per-sentence result (places, dates) computed on first use, then kept."""

    def __init__(self, compute: Callable[[int], list]) -> None:
        self._compute = compute
        self._done: dict[int, list] = {}

    def __getitem__(self, index: int) -> list:
        if index not in self._done:
            self._done[index] = self._compute(index)
        return self._done[index]


class _Doc:
    """One article's shared facts, each computed once and looked up by sentence index:
    sentences, their places (and the place their context gives), dates and usable periods,
    paragraphs, attributions."""

    def __init__(self, article: Article, res: Resources):
        text = self.text = article.text
        self.article = article
        self.sentences = sentences = split_sentences(text)
        self.starts = starts = [sentence.start for sentence in sentences]
        self.attributions = resolve_pronouns(
            find_attributions(text, sentences), lambda claimant: _is_publisher(claimant, article.publisher),
            lambda position: _company_before(text, position, res.companies,
                                             starts[max(0, bisect_right(starts, position) - 1)] if starts else 0),
            text=text)
        self.quotes = [a for a in self.attributions if a.kind.startswith("quote")]
        self.back_references = [a for a in self.attributions if a.kind.startswith("back_reference")]
        self.said_in: dict[int, list[Attribution]] = {}  # sentence index -> attributions that start in it
        for attribution in self.attributions:
            index = bisect_right(starts, attribution.start) - 1
            if index >= 0 and attribution.start < sentences[index].end:
                self.said_in.setdefault(index, []).append(attribution)
        self.places = _PerSentence(lambda i: res.places.find(text, sentences[i].start, sentences[i].end))
        self.region_around = res.places.region_around
        self.specific_places = _PerSentence(lambda i: [m for m in self.places[i] if m.strength == "specific"])
        self.context_places: dict[int, tuple[PlaceMention | None, str]] = {}  # sentence -> `_context_place`
        self.abroad: dict[int, list[re.Match]] = {}  # sentence -> places abroad it names (`_place_abroad`)
        self.dates = _PerSentence(lambda i: find_dates(text, sentences[i].start, sentences[i].end))
        self._place_index = res.places
        self._url_places: list[PlaceMention] | None = None
        self.reported_on = _reported_on(article.reported_on)
        self._phrases: dict[DateMention, str] = {}
        self._paragraph_dates: dict[int, list[DateMention]] = {}
        self.paragraphs: dict[int, list[int]] = {}
        for index, sentence in enumerate(sentences):
            self.paragraphs.setdefault(sentence.paragraph, []).append(index)

    def period(self, mentions: list[DateMention], position: int) -> str:
        """The period phrase of the usable date mention nearest `position` ("" if none);
        phrases are read nearest first and only until one is usable."""
        for mention in sorted(mentions, key=lambda d: (abs(d.start - position), d.start)):
            if mention not in self._phrases:
                self._phrases[mention] = period_phrase(mention, self.reported_on)
            if self._phrases[mention]:
                return self._phrases[mention]
        return ""

    def paragraph_dates(self, paragraph: int) -> list[DateMention]:
        """The date mentions of every sentence of a paragraph, in order."""
        if paragraph not in self._paragraph_dates:
            self._paragraph_dates[paragraph] = [d for i in self.paragraphs[paragraph] for d in self.dates[i]]
        return self._paragraph_dates[paragraph]

    def url_place(self) -> PlaceMention | None:
        """The one place the article's address names in its path ('…/civilian_objects_in_mykolayiv_region'),
        else None (none, or several)."""
        if self._url_places is None:
            slug = " ".join(word.capitalize() for word in _URL_WORD.findall(urlparse(self.article.url or "").path))
            self._url_places = [m for m in self._place_index.find(slug) if m.strength == "specific"] if slug else []
        return self._url_places[0] if len({m.geo_code for m in self._url_places}) == 1 else None

    def claims(self, attribution: Attribution) -> bool:
        """The attribution names someone other than the article's own publisher, or the publisher's
        own earlier report ("As Ukrinform reported, …" in Ukrinform: not the reporter's voice)."""
        return "+as" in attribution.kind or not _is_publisher(attribution.claimant, self.article.publisher)


class Dropped(NamedTuple):
    start: int
    end: int
    text: str
    reason: str


def extract_article(article: Article, resources: Resources | None = None) -> list[dict]:
    """Candidate rows for one article, ordered by position; deterministic."""
    return explain_article(article, resources)[0]


def explain_article(article: Article, resources: Resources | None = None) -> tuple[list[dict], list[Dropped]]:
    """Candidate rows and the numbers that were not proposed, each with its reason."""
    res = resources or Resources.load()
    doc = _Doc(article, res)
    text, sentences = doc.text, doc.sentences
    found, dropped = _list_items(text, sentences, res.places)
    taken = [(f.mention.start, f.mention.end) for f in found]
    survey = _business_survey_paragraphs(text, sentences, doc.starts)
    # An article that names the weather and no cause of war anywhere (see `_weather_goes_on`); once per article
    weather_article = not tp.names_a_war_cause(text) and tp.mentions_weather(text)
    for index, sentence in enumerate(sentences):
        if not might_have_numbers(text, sentence.start, sentence.end):
            continue
        if _LINK_LINE.match(text, sentence.start, sentence.end):
            dropped.append(Dropped(sentence.start, sentence.end, text[sentence.start:sentence.end],
                                   "a link to another article"))
            continue
        kept, lost = _sentence_figures(text, sentences, index, taken, doc.dates[index], survey, weather_article)
        found.extend(kept)
        dropped.extend(lost)
    found, lost = _drop_interceptions(text, sentences, found)
    dropped.extend(lost)
    at_home = []
    for item in found:
        _place(item, doc)
        _claimant(item, doc)
        elsewhere = _place_abroad(item, doc, res)
        if elsewhere:
            dropped.append(Dropped(item.mention.start, item.mention.end, item.mention.figure,
                                   f"a figure for a place outside Ukraine ({elsewhere})"))
        else:
            at_home.append(item)
    found = _merge_repeats(sorted(at_home, key=lambda f: f.mention.start), text)
    rows = [_row(item, doc, res) for item in found]
    return rows, sorted(dropped, key=lambda d: d.start)


_URL_WORD = re.compile(r"[A-Za-z]+")  # the words of an address's path ("…_in_mykolayiv_region")
# "Read more: Power cuts in 'hundreds of settlements' in 7 regions after Russia strikes": a headline
# of another page, inserted in this one
_LINK_LINE = re.compile(r"(?:Read also|Read more|See also|Also read|Related)\s*:", re.IGNORECASE)


def _sentence_figures(text: str, sentences: list[Sentence], index: int, taken: list[tuple[int, int]],
                      dates: list[DateMention], survey: frozenset[int], weather_article: bool) -> tuple[list[Found], list[Dropped]]:
    sentence = sentences[index]
    mentions, rejected = scan(text, sentence.start, sentence.end, dates, sentences[index - 1].start if index else None)
    dropped = [Dropped(r.start, r.end, r.text, r.reason) for r in rejected]
    if not mentions:
        return [], dropped
    body = text[sentence.start:sentence.end]
    own, previous = tp.Topics(body), _anaphora_topics(text, sentences, index, body)
    kept: list[Found] = []
    last_restored: NumberMention | None = None
    weather, russian_air_defence = tp.is_weather(body), tp.is_russian_air_defence(body)
    technical = tp.is_technical(body)
    weather_before = not weather and not technical and _weather_goes_on(text, sentences, index, body, weather_article)
    for mention in mentions:
        if any(a < mention.end and mention.start < b for a, b in taken):
            continue
        if (mention.form == "count" and not mention.noun_class and mention.quantity.value >= 1000
                and _IN_A_PLACE.match(text, mention.end) and "outage" in own):
            mention = mention._replace(noun_class="people")  # "blackouts, including about 200,000 in Odesa"
        elif (not mention.noun_class and mention.quantity.value >= 1000 and mention.form in ("count", "vague")
                and (_SUPPLY_TO_BEFORE.search(text, max(sentence.start, mention.start - 30), mention.start)
                     or tp.restored_before(text, max(sentence.start, mention.start - 80), mention.start))):
            mention = mention._replace(noun_class="people")  # "cut power to hundreds of thousands", "heat to some 17,000",
            # "heating has been restored for around 270,000"
        elif mention.quantity.value >= 1000 and text.startswith(" of whom ", mention.end):
            mention = mention._replace(noun_class="people")  # "more than one million people are without power …,
            # around 800,000 of whom are in Kyiv"
        elif mention.noun == "others" and WITHOUT_SUPPLY.match(text, mention.noun_end, sentence.end):
            mention = mention._replace(noun_class="people")  # "killed five people and left a million others without power"
        elif (not mention.noun_class and mention.quantity.value >= 1000 and mention.form in ("count", "vague", "word")
                and _HAVE_NO_SUPPLY_AFTER.match(text, mention.end, sentence.end)):
            mention = mention._replace(noun_class="people")  # "In the capital Kyiv, half-a-million have no power"
        elif mention.noun_class == "resources" and _damaged_equipment(text, mention, sentence):
            mention = mention._replace(noun_class="facilities")
        elif mention.noun == "targets" and tp.mentions_air_defence(body):
            mention = mention._replace(noun_class="weapons")  # "Ukrainian air defences destroyed more than 144 targets"
        elif mention.noun == "cities" and "outage" in own:
            mention = mention._replace(noun_class="places")  # "In eight cities … there will be no heating"
        reason, intercept, clause = _not_a_figure(text, mention, sentence, weather, technical, russian_air_defence)
        if not reason and last_restored is not None and _listed_after_restoration(text, last_restored, mention):
            reason = RESTORED
        if not reason and weather_before and (mention.noun_class in ("people", "places") or (
                mention.noun_class == "facilities" and "outage" in own and "damage" not in own)):
            reason = "outage caused by the weather (named before it)"  # ("Additionally, 164 transformer substations
            # … were left without power" after wind gusts cut lines)
        if not reason and mention.form in ("count", "word", "vague") and (
                ("damage" not in own and _SERVES_BEFORE.search(text, max(sentence.start, mention.start - 200), mention.start))
                or _SERVES_N_BEFORE.search(text, max(sentence.start, mention.start - 30), mention.start)):
            reason = "describes whom a facility serves, not an outage"  # (a sentence with no damage word; or
            # "Naftogaz serves 12 million households, Vitrenko said, but it has been forced to cut off 300,000")
        if not reason and mention.form in ("percent", "fraction") and sentence.paragraph in survey:
            reason = "a share of the companies surveyed, not of a supply"  # "forced 66% of companies to change
            # their work schedule, 40% to reduce production"
        # A restoration says there was an outage: it needs no outage word, and it is proposed as
        # what it is (see `_row`), not as a count of who is cut off.
        restored = reason == RESTORED
        if restored:
            last_restored = mention
            reason = _restoration_left_out(text, sentences, index, mention, own)
        elif not reason:
            # "This affects about 2,500 apartment buildings", "3,260 such buildings": homes left without what the
            # sentence before says is cut ("In total, …" sums up, and may count damaged homes)
            reason = _other_sector(text, mention, own, None if _SUMMING_UP.match(body) else previous, body)
        need = tp.needed(mention.form, mention.noun_class)
        if not reason and not restored and not any(t in own or (previous is not None and t in previous) for t in need):
            following = _next_sentence_about_them(text, sentences, index) if mention.form in ("count", "word") else None
            if following is None or not any(t in following for t in need):
                reason = f"no {'/'.join(need) or 'damage'} words in the sentence"
        if reason:
            dropped.append(Dropped(mention.start, mention.end, mention.figure, reason))
            continue
        relevance = "sentence" if restored or any(t in own for t in need) else "anaphora"
        kept.append(Found(mention, sentence, index, sentence.start, sentence.end, relevance, noun=mention.noun,
                          intercept=intercept, restored=restored, clause=clause, topics=own))
    return kept, dropped


def _listed_after_restoration(text: str, restored: NumberMention, mention: NumberMention) -> bool:
    """A figure listed right after a restoration is restored too: 'restored electricity to 748,000 households
    in Kyiv and 347,000 outside the city', '… for almost 400 thousand subscribers in Kharkiv region, as well as
    half of the buildings in the city of Dnipro', 'restored electricity to 60,410 families in 217 settlements'."""
    between = text[restored.end:mention.start]
    if len(between) > 90 or tp.still_out(between):
        return False
    if _LISTED_AFTER.fullmatch(between):
        return True
    if mention.noun and mention.noun == restored.noun and _LISTED_BY_COMMA_AFTER.fullmatch(between):
        return True  # "restored to more than 4 mln families* in the Donetsk region, 1.2 mln families* in the Kyiv region"
    return mention.noun_class == "places" and _IN_SETTLEMENTS.fullmatch(between) is not None


# " households in Kyiv and ", " subscribers in Kharkiv region, as well as ", " of subscribers have returned
# electricity to the region and "
_LISTED_AFTER = re.compile(r"(?:\s+[^\s\d.;:]+){0,9}?(?:,\s*|\s+)(?:and|as well as)\s+(?:to\s+|for\s+)?")  # "… and to 205"
_LISTED_BY_COMMA_AFTER = re.compile(r"(?:\s+[^\s\d.;:]+){1,6}?,\s*")  # the same noun again after a comma
_IN_SETTLEMENTS = re.compile(r"\s+[^\s\d.;:]+\s+in\s+")  # " families in " (217 settlements)


def _business_survey_paragraphs(text: str, sentences: list[Sentence], starts: list[int]) -> frozenset[int]:
    """The paragraphs that give shares of companies (a business survey's results); `starts`
    are the sentences' start offsets."""
    if not sentences or not any(noun in text for noun in _SURVEY_NOUNS):  # a cheap test first
        return frozenset()
    return frozenset(sentences[max(0, bisect_right(starts, m.start()) - 1)].paragraph
                     for m in _SURVEY_NOUN.finditer(text)
                     if _SHARE_OF_BEFORE.search(text, max(0, m.start() - 60), m.start()) or _SURVEYED_AFTER.match(text, m.end()))


_SURVEY_NOUNS = ("companies", "businesses", "firms", "members", "respondents", "entrepreneurs", "enterprises")
_SURVEYED_AFTER = re.compile(r"\s+(?:surveyed|polled|questioned)\b")  # "the majority of enterprises surveyed (78%)"
_SURVEY_NOUN = re.compile(r"\b(?:" + "|".join(_SURVEY_NOUNS) + r")\b")
# "66% of companies", "almost half of the EBA companies", "5% of its members"
_SHARE_OF_BEFORE = re.compile(r"(?:%|\bpercent|\bper cent|\bhalf|\bthirds?|\bquarters?)\s+of\s+(?:the\s+|its\s+|all\s+)?"
                              r"(?:[\w-]+\s+){0,2}?$", re.IGNORECASE)


RESTORED = "restored, not cut"  # `_not_a_figure`'s mark for a restoration, which `_sentence_figures` keeps


def _restoration_left_out(text: str, sentences: list[Sentence], index: int, mention: NumberMention,
                          own: tp.Topics) -> str:
    """Why a restoration is not proposed ("" if it is): it follows a weather outage, or it is of a
    sector the project does not follow ("Dozens of roads and bridges have been restored"); homes
    and schools supplied again count."""
    if _after_weather(text, sentences, index):
        return "outage caused by the weather"
    if mention.noun in _HOUSING_AND_SOCIAL:
        return ""
    return _other_sector(text, mention, own)


def _weather_goes_on(text: str, sentences: list[Sentence], index: int, body: str, weather_article: bool) -> bool:
    """A sentence that names no cause of its own, right after a weather outage in its paragraph (or after
    sentences like it that follow one), goes on about that outage: 'As a result of the thunderstorm, 127
    settlements … were cut off. The Sumy and Poltava Regions were the most affected, where, respectively,
    66 and 37 settlements remain without power. About 12,000 consumers are without power.'"""
    paragraph = sentences[index].paragraph
    weather_at = index - 1
    while weather_at >= 0 and sentences[weather_at].paragraph == paragraph and not tp.is_weather(
            text[sentences[weather_at].start:sentences[weather_at].end]):
        weather_at -= 1
    if weather_at < 0 or (sentences[weather_at].paragraph != paragraph and not _introduces_with_weather(text, sentences[weather_at])):
        # (the sentences after `weather_at` in the paragraph are known to be no weather line)
        weather_at = _last_weather_sentence(text, sentences, weather_at + 1) if weather_article else -1
        if weather_at < 0:
            return False  # the common case: no weather outage earlier in the paragraph (or in a line ending in a
            # colon just before it: "due to the strong storm … that swept through the left-bank part:" and then the
            # counts), nor in an article that names no cause of war at all
    if tp.names_a_war_cause(body) or tp.mentions_weather(body) or _A_TOTAL.search(body):
        return False  # its own cause, its own words on the weather, or a total of every cause ("A total of 483 …")
    for between in sentences[weather_at + 1:index]:
        said = text[between.start:between.end]
        if tp.names_a_war_cause(said) or tp.is_technical(said):
            return False  # another cause named since
    weather = text[sentences[weather_at].start:sentences[weather_at].end]
    # the weather alone ("due to bad weather and shelling" is both), and an outage, not the repair of one
    return not tp.names_a_war_cause(weather) and not tp.mentions_restoration(weather)


def _last_weather_sentence(text: str, sentences: list[Sentence], before: int) -> int:
    """The last sentence before the one at `before` naming the weather as a cause, -1 if none. In an article that names no
    cause of war anywhere, it covers the outages after it: 'Consequences of bad weather in Bukovyna: … broken power
    lines', two paragraphs before 'more than 26.7 thousand households in 70 settlements … are without electricity'."""
    return next((i for i in range(before - 1, -1, -1) if tp.is_weather(text[sentences[i].start:sentences[i].end])), -1)


def _introduces_with_weather(text: str, sentence: Sentence) -> bool:
    """A sentence ending in a colon that names the weather as a cause: it introduces the paragraph after it."""
    said = text[sentence.start:sentence.end]
    return said.rstrip().endswith(":") and tp.is_weather(said)


_A_TOTAL = re.compile(r"\b(?:a total of|in total|overall|altogether|in all|across (?:the country|Ukraine)|nationwide"
                      r"|countrywide)\b", re.IGNORECASE)


def _after_weather(text: str, sentences: list[Sentence], index: int) -> bool:
    """'16 settlements are without electricity due to adverse weather conditions. Over the past
    day, 11 settlements have had their power restored': a restoration right after a weather
    outage in its paragraph is of that outage."""
    if index == 0 or sentences[index - 1].paragraph != sentences[index].paragraph:
        return False
    previous = sentences[index - 1]
    return tp.is_weather(text[previous.start:previous.end])


def _anaphora_topics(text: str, sentences: list[Sentence], index: int, body: str) -> tp.Topics | None:
    """The two previous sentences' topics when this one starts with "This", "It", … (the one before
    in the same or the previous paragraph, the one before that in the same paragraph as it):
    '"Total damage is estimated at about $9 billion. We are talking about 270 power facilities.
    That is 50% of the entire power grid."'."""
    if ((_ANAPHORA.match(body) or ("such" in body and _SUCH_COUNT.search(body))) and index > 0
            and sentences[index - 1].paragraph >= sentences[index].paragraph - 1):
        previous = sentences[index - 1]
        first = sentences[index - 2] if index > 1 and sentences[index - 2].paragraph == previous.paragraph else previous
        return tp.Topics(text[first.start:previous.end])
    return None


_SUMMING_UP = re.compile(r"^\W*" + _SUMMING_UP_WORDS)
# "… left without heat twice. There are currently 3,260 such buildings.": counted like those before
_SUCH_COUNT = re.compile(r"\d\s+such\s+[a-z]")


def _next_sentence_about_them(text: str, sentences: list[Sentence], index: int) -> tp.Topics | None:
    """The next sentence's topics when it is about the things just counted: 'Before the war,
    Kherson was fed by three main power lines. All of them were destroyed.'"""
    if index + 1 < len(sentences) and sentences[index + 1].paragraph == sentences[index].paragraph:
        following = sentences[index + 1]
        body = text[following.start:following.end]
        if _ABOUT_THEM.match(body):
            return tp.Topics(body)
    return None


_ABOUT_THEM = re.compile(r"(?:All|Both|Each|None|Most|Some|Many)\s+of\s+them\b|(?:All|Both)\s+(?:\w+\s+)?(?:were|are|have|had)\b")


def _not_a_figure(text: str, mention: NumberMention, sentence: Sentence, weather: bool, technical: bool,
                  russian_air_defence: bool) -> tuple[str, bool, tuple[int, int]]:
    """Reason a well-formed number is still no figure ("" if it is one), interception, and
    the figure's clause."""
    no_clause = (0, 0)
    if mention.form == "percent" and ((text.endswith(("you ", "them ", "everyone "), max(0, mention.start - 10), mention.start)
                                       and _ASSURE_BEFORE.search(text, max(0, mention.start - 25), mention.start))
                                      or _SURE_AFTER.match(text, mention.end)):
        return "says how sure someone is, not a share", False, no_clause  # "I can assure you 100% that there will be blackouts"
    if _russias_refineries(text, mention):
        return "Russia's own refineries (strikes on Russia), not Ukraine's", False, no_clause
    if mention.form in ("count", "word", "vague"):
        if _PERCENTAGE_POINTS_AFTER.match(text, mention.end):
            return "a change in percentage points, not a share", False, no_clause  # "cutting growth by 0.4 percentage points"
        if not mention.noun_class:
            return "no counted noun", False, no_clause
        if mention.noun_class not in FIGURE_CLASSES:
            return f"counts {mention.noun_class} ({mention.noun})", False, no_clause
        if mention.noun_class == "places" and _places_attacked(text, mention):
            return f"counts where ({mention.noun} attacked), not an outage", False, no_clause
        if mention.noun_class in ("places", "people") and _LIBERATED_AFTER.match(text, mention.noun_end):
            return f"counts {mention.noun} liberated, not damage", False, no_clause
        if text.endswith(_CASUALTY_VERB_ENDS, max(0, mention.start - 10), mention.start) and _CASUALTY_VERB_BEFORE.search(
                text, max(0, mention.start - 12), mention.start):
            return "casualties", False, no_clause  # "killing four people, injuring more than a dozen and damaging …"
        if mention.noun in _PERSON_NOUNS and _PEOPLE_HIT_AFTER.match(text, mention.noun_end):
            return "casualties", False, no_clause  # "eight people were hit there" (not "households … were hit")
        if mention.noun_class in ("people", "ref") and tp.is_casualty(text, mention.noun_end, mention.start):
            return "casualties", False, no_clause  # "… 136 employees …. Three of them died at a coal-fired plant"
        population = (_POPULATION_BEFORE.search(text, max(0, mention.start - 60), mention.start)
                      if mention.noun_class == "people" else None)
        if population and not ("population" in population.group().lower() and WITHOUT_SUPPLY.match(text, mention.noun_end)):
            # (not "an estimated population of 3 million people were left without water"; but "the city populated
            # by half a million people was without water" describes the city)
            return "describes a population, not an outage", False, no_clause  # "Kyiv, home to three million people"
        if mention.noun in _RESIDENT_NOUNS and _ITS_RESIDENTS.search(text, max(0, mention.start - 20), mention.start):
            return "describes a population, not an outage", False, no_clause
        if (mention.noun_class == "people" and _REMAINED_AFTER.match(text, mention.noun_end)) or _POPULATION_AFTER.match(
                text, mention.end):
            return "describes a population, not an outage", False, no_clause  # "where 220,000 residents have
            # remained of the 486,000 pre-war population"
        if mention.noun_class == "people" and (_DISPLACED_AFTER.match(text, mention.noun_end)
                                               or "displaced" in text[mention.end:mention.noun_end]):
            return "people displaced or who left, not cut off", False, no_clause  # "600,000 people have left the capital",
            # "approximately 40,000 internally displaced persons"
        if mention.noun_class == "facilities" and mention.noun_end > 0 and _DELIVERED_AFTER.match(text, mention.noun_end):
            return "equipment delivered or given, not damaged", False, no_clause
        if mention.noun_class == "places" and _FLOODED_AFTER.match(text, mention.noun_end):
            return f"counts {mention.noun} flooded, not cut off", False, no_clause  # "when 13 settlements were flooded"
        if mention.noun_class in ("places", "people") and " to " in text[max(0, mention.start - 4):mention.start] and (
                _NEW_SOURCE_TO_SUPPLY_BEFORE.search(text, max(sentence.start, mention.start - 90), mention.start)):
            return f"counts {mention.noun} given a new supply, not cut off", False, no_clause  # "five wells have been
            # opened to provide drinking water to three neighborhoods"
        if mention.noun_class == "attacks" and _THWARTED_BEFORE.search(text, max(sentence.start, mention.start - 25),
                                                                        mention.start):
            return "attacks thwarted, not hits", False, no_clause  # "thwarted 14 missile strikes on Kharkiv's critical
            # infrastructure"
        if mention.noun_class == "people" and "involved" in text[mention.noun_end:mention.noun_end + 100] and (
                _INVOLVED_IN_AFTER.match(text, mention.noun_end, sentence.end)):
            return "counts workers or rescuers, not people cut off", False, no_clause  # "More than a thousand people
            # and almost 120 units of emergency services equipment were involved in extinguishing fires"
        if mention.noun_class == "facilities" and _planned_maintenance(text, mention, sentence):
            return "units under planned maintenance, not damaged", False, no_clause  # "“planned repairs” of two
            # nuclear power plant units", "two nuclear power generating units have resumed operations following
            # scheduled maintenance"
        if mention.noun_class == "facilities" and _PROTECTED_BEFORE.search(text, max(sentence.start, mention.start - 40),
                                                                             mention.start):
            return "facilities being protected, not damaged", False, no_clause  # "to build drone and missile
            # shields at 22 substations"
        if mention.noun_class == "people" and tp.contains_any(text[mention.noun_end:mention.noun_end + 90],
                                                              _DEPEND_OR_AIDED_KEYS) and (
                _DEPEND_OR_AIDED_AFTER.match(text, mention.noun_end, sentence.end)):
            return "people who depend on a supply or received aid, not cut off", False, no_clause  # "Millions of
            # Ukrainians depend on damaged or destroyed infrastructure", "more than 353,000 people … were supported
            # with cash"
        if mention.noun_end > 0 and _IN_RESERVE_AFTER.match(text, mention.noun_end):
            return "held in reserve, not damaged or cut off", False, no_clause
        if mention.noun_end > 0 and _UNDAMAGED_AFTER.match(text, mention.noun_end):
            return "what was not damaged", False, no_clause  # "the majority of the site's 13,680 panels appear to be undamaged"
        if mention.noun_class == "people" and _WITHOUT_ANOTHER_SERVICE.match(text, mention.noun_end):
            return "people without another service (telecommunications), not a supply", False, no_clause
        if mention.noun_class == "people" and (_IN_NEED_AFTER.match(text, mention.noun_end) or _AID_TO_BEFORE.search(
                text, max(sentence.start, mention.start - 80), mention.start)):
            return "people in need of shelter or aid, not cut off", False, no_clause
        if mention.noun_class in ("people", "places") and (_EVACUATION_BEFORE.search(
                text, max(sentence.start, mention.start - 50), mention.start)
                or _EVACUATED_AFTER.match(text, mention.noun_end, sentence.end)):
            return "an evacuation, not an outage", False, no_clause  # "evacuation of children from 90 settlements"
        if mention.noun == "points" and _AID_POINTS.search(text, mention.end, min(len(text), mention.noun_end + 20)):
            return "counts heating or aid points set up, not an outage", False, no_clause  # "430 Points of
            # Invincibility are ready to operate", "8 invincibility points have been deployed"
        if mention.noun_class == "people" and _GROUPS_OF.match(text, mention.end):
            return "counts groups (queues) of an outage schedule, not consumers", False, no_clause  # "four groups of
            # consumers in the capital will not have electricity until midnight"
        if mention.noun in ("outages", "disconnections") and mention.quantity.value < 1000:
            return "counts outage events, not who was cut off", False, no_clause  # "two power outages at a substation"
        if mention.noun_class == "weapons" and _lists_military_hardware(text, sentence):
            return "counts military equipment, not weapons launched at energy", False, no_clause  # "since the beginning
            # of the special military operation destroyed: 613 aircraft, 276 helicopters, 26008 unmanned aerial vehicles"
        if mention.noun in ("aircraft", "planes") and _CARRIER_AIRCRAFT.search(text, mention.end,
                                                                                min(sentence.end, mention.noun_end + 12)):
            return "counts aircraft that carried the weapons, not weapons", False, no_clause  # "about 90 cruise
            # missiles fired from 14 missile carrier aircraft Tu-95" (unmanned aircraft are drones)
        if mention.noun in ("explosions", "blasts") and _HEARD_BEFORE.search(text, max(0, mention.start - 12),
                                                                             mention.start):
            return "explosions heard, not strikes counted", False, no_clause
        if mention.noun_class == "weapons" and _PROCURED_BEFORE.search(text, max(sentence.start, mention.start - 40),
                                                                       mention.start):
            return "weapons bought or made, not launched", False, no_clause  # "has ordered nearly 2,500 suicide drones"
    if mention.form == "money" and (_EXCHANGE_RATE_AFTER.match(text, mention.end)
                                    or _EXCHANGE_RATE_BEFORE.search(text, max(0, mention.start - 3), mention.start)):
        return "an exchange rate", False, no_clause
    if mention.form == "money" and " by " in text[max(sentence.start, mention.start - 40):mention.start] and (
            _BILLS_RISE_BY_BEFORE.search(text, max(sentence.start, mention.start - 40), mention.start)
            and _BILLS.search(text, sentence.start, mention.start)):
        return "a rise in bills or prices, not a sum of damage or funds", False, no_clause  # "the amounts in payments
        # for the light of Ukrainian families will grow by an average of 200-300 UAH"
    if mention.form == "money" and (_PRICE_AFTER.match(text, mention.end, sentence.end)
                                    or (text.startswith(" each", mention.end)
                                        and _COST_OF_BEFORE.search(text, max(0, mention.start - 30), mention.start))):
        return "a price (per unit or per hour), not a sum of damage or funds", False, no_clause  # "about 80 million
        # hryvnias per unit", "about 700 hryvnias ($16) worth of fuel per hour"
    if (mention.form in ("money", "percent")
            and tp.contains_any(tp.caseless(text[sentence.start:sentence.end]), _DEBT_KEYS)
            and _DEBT.search(text, sentence.start, sentence.end)):
        return "a debt or its terms (bonds, loans repaid), not damage or funds", False, no_clause  # "restructure its
        # $825M green bond debt", "the new bonds offering an 8.5% interest rate"
    if mention.form == "money" and _TO_ANOTHER_SECTOR_AFTER.match(text, mention.end, min(sentence.end, mention.end + 40)):
        return "a sum for another sector (food, health, transport …), not for energy, heat, water or gas", False, no_clause
        # "€415 million will be allocated to the energy sector; €25 million to water; €38 million to food"
    if mention.form == "money" and _military_spending(text[sentence.start:sentence.end]):
        return "military aid or spending, not energy", False, no_clause  # "an additional $400 million security
        # assistance package", "allocated UAH 50 million for the purchase of drones"
    if mention.form == "money" and _whole_economy(text[sentence.start:sentence.end]):
        return "a sum for the whole economy (housing, transport …), not for energy, heat, water or gas", False, no_clause
        # "direct damage in Ukraine has now reached over $195 billion, with housing, transport, and energy sectors
        # being most affected"
    if mention.form == "hours" and _runs_on_backup(text, mention, sentence):
        return "how long equipment runs without grid power, not an outage", False, no_clause  # "batteries … ensuring
        # the operation of base stations for up to four hours without external power"
    if mention.form == "hours" and _DELAYED_BY_BEFORE.search(text, max(sentence.start, mention.start - 30), mention.start):
        return "a delay, not an outage", False, no_clause  # "Some trains are delayed by up to three hours due to power
        # outages"
    if mention.form == "hours" and " between " in text[max(sentence.start, mention.start - 50):mention.start] and (
            _BREAK_BETWEEN_OUTAGES_BEFORE.search(text, max(sentence.start, mention.start - 50), mention.start)):
        return "the time between outages, not an outage", False, no_clause  # "disconnect the same lines … with a
        # break between outages for 1-2 hours"
    if mention.form == "power":
        reason = _power_not_lost(text, mention, sentence)
        if reason:
            return reason, False, no_clause
    if mention.form in ("percent", "fraction"):
        reason = _share_not_of_damage(text, mention, sentence)
        if reason:
            return reason, False, no_clause
    clause = tp.clause_bounds(text, mention.start, mention.end, sentence.start, sentence.end)
    if (weather and tp.weather_is_the_cause(text, mention.start, mention.end, sentence.start, sentence.end)
            and not _split_by_cause(text, mention, sentence)):
        return "outage caused by the weather", False, clause
    if technical and tp.technical_is_the_cause(
            text, mention.start, mention.end, sentence.start, sentence.end):
        return "outage with a technical cause, not an attack", False, clause  # "disconnected for technological reasons"
    if (mention.form in ("count", "word", "vague", "percent", "fraction") and mention.noun_class != "weapons"
            and tp.is_restored(text, mention.start, mention.end, clause)  # ("Two more drones returned to Russia")
            # ("The attack damaged nine private houses and a power line, which has been restored": the line was)
            and not _DAMAGED_BEFORE.search(text, max(0, mention.start - 30), mention.start)):
        return RESTORED, False, clause
    if (mention.form in ("percent", "fraction") and _OF_WEAPONS_AFTER.match(text, mention.end)
            and tp.is_interception(text, mention.start, mention.end, clause, (sentence.start, sentence.end))):
        return "a share of the weapons shot down", False, clause  # "only half of the missiles were shot down"
    intercept = False
    if mention.noun_class in ("weapons", "ref", "verb"):
        intercept = tp.is_interception(text, mention.start, mention.end, clause, (sentence.start, sentence.end))
        if ((intercept or russian_air_defence and _FIRED_AT_BEFORE.search(text, clause[0], mention.start))
                and (russian_air_defence or "Ukrainian" in text[mention.end:mention.noun_end])):
            return "weapons shot down by Russian air defence (strikes on Russia)", True, clause
    return "", intercept, clause


# "the Russian air defenses fired at 14 missiles": engaged, whatever came of it
_DELAYED_BY_BEFORE = re.compile(r"\b(?:delayed|late|delays?\s+of)\s+(?:by\s+)?(?:up\s+to\s+|about\s+|around\s+|over\s+)?$",
                                re.IGNORECASE)
_BREAK_BETWEEN_OUTAGES_BEFORE = re.compile(r"\b(?:breaks?|pauses?|intervals?|gaps?)\s+between\s+(?:the\s+)?(?:outages|disconnections"
                                           r"|shutdowns|blackouts)\s+(?:of|for)\s+(?:up\s+to\s+|about\s+|at\s+least\s+)?$",
                                           re.IGNORECASE)
_FIRED_AT_BEFORE = re.compile(r"\bfired\s+at\s+(?:(?:about|some|over|more than|at least)\s+)?$", re.IGNORECASE)
# (not "152 central heating points": a heating point is a district-heating substation)
_GROUPS_OF = re.compile(r"\s+(?:[\w-]+\s+)?(?:groups|subgroups|queues)\s+of\b", re.IGNORECASE)
# ("Punkty Nezlamnosti" has many translations: invincibility, invulnerability, inviolability, indomitability …)
_AID_POINTS = re.compile(r"\b(?:invincibility|invulnerability|inviolability|indomitability|unbreakability|warming|charging)"
                         r"\s+points\b|\bpoints\s+of\s+(?:invincibility|invulnerability|inviolability|indomitability"
                         r"|unbreakability|warmth)\b", re.IGNORECASE)
def _military_spending(sentence_text: str) -> bool:
    """Money for the armed forces or weapons, in a sentence that names no utility supply."""
    lowered = tp.caseless(sentence_text)
    return (tp.contains_any(lowered, _MILITARY_KEYS) and _MILITARY_SPENDING.search(sentence_text) is not None
            and not tp.contains_any(lowered, _UTILITY_KEYS))


_TO_ANOTHER_SECTOR_AFTER = re.compile(r"\s+(?:(?:will\s+go|goes|went)\s+)?(?:to|for)\s+(?:the\s+)?(?:food|health(?:care)?"
                                      r"|transport|education|housing|agriculture|(?:humanitarian\s+)?demining|defen[cs]e)"
                                      r"(?:\s+sectors?)?\s*(?:[,;.]|and\b|$)"
                                      # "€30 million to support Ukrainian refugees arriving in Poland",
                                      # "EUR 300,000 for constructing shelters in Ukrainian schools"
                                      r"|\s+(?:to\s+(?:support|help|back|assist)|for)\s+(?:[\w-]+\s+){0,2}?"
                                      r"(?:refugees|doctors|medics|(?<!heating\s)(?<!warming\s)shelters)\b", re.IGNORECASE)
_MILITARY_KEYS = ("security", "military", "armed forces", "army", "drones", "weapons", "ammunition", "peace")  # of _MILITARY_SPENDING
_MILITARY_SPENDING = re.compile(r"\bsecurity\s+assistance\b|\bmilitary\s+(?:aid|assistance|package|support)\b"
                                r"|\b(?:help|support|for)\s+the\s+(?:Armed\s+Forces|army)\b"
                                r"|\bEuropean\s+Peace\s+(?:Fund|Facility)\b"  # the EU's fund for weapons
                                r"|\b(?:purchase|procurement|production)\s+of\s+(?:[\w-]+\s+)?(?:drones|weapons|ammunition)\b",
                                re.IGNORECASE)


def _whole_economy(sentence_text: str) -> bool:
    """Does the sentence name two or more sectors besides energy (housing, transport, education …)
    and no utility supply of its own (water, heat, gas, electricity)?"""
    lowered = tp.caseless(sentence_text)
    if not tp.contains_any(lowered, _SECTOR_KEYS) or tp.contains_any(lowered, _UTILITY_KEYS):
        return False
    return len({match.lastgroup for match in _SECTORS.finditer(sentence_text)}) >= 2


_SECTOR_KEYS = ("hous", "transport", "road", "bridge", "educat", "school", "health", "hospital", "agricult", "industr",
                "commerce", "social")  # of _SECTORS, a cheap test first
_UTILITY_KEYS = ("water", "heat", " gas", "electricity", "power supply")
_SECTORS = re.compile(r"\b(?:(?P<housing>housing|residential)|(?P<transport>transport\w*|roads?|bridges)"
                      r"|(?P<education>education|schools)|(?P<health>health\w*|hospitals)|(?P<farming>agricultur\w*)"
                      r"|(?P<industry>industr\w*|commerce)|(?P<social>social))\b", re.IGNORECASE)


# A company's borrowing: its bonds, their interest and repayment, money raised on the markets to buy them back
_DEBT_KEYS = ("bond", "coupon", "debt", "restructur", "repa", "matur", "buy", "redeem", "redemption", "interest", "annum",
              "markets")  # of _DEBT, a cheap test first
_DEBT = re.compile(r"\b(?:euro)?bonds?\b|\bbondholders?\b|\bcoupons?\b|\bdebt\b|\brestructur\w*|\brepaid\b"
                   r"|\brepay\w*|\bmaturity\b|\bmaturing\b|\bbuy-?backs?\b|\bredeem\w*|\bredemption\b"
                   r"|\binterest\s+rate|\bper\s+annum\b|\b(?:capital|financial)\s+markets\b", re.IGNORECASE)


def _split_by_cause(text: str, mention: NumberMention, sentence: Sentence) -> bool:
    """A total whose colon splits it between the weather and the war: "more than 370,000 families remain
    without electricity: about 280,000 due to bad weather, and another 90,000 due to the consequences of
    shelling" (the total counts both)."""
    colon = text.find(":", mention.end, min(sentence.end, mention.end + 80))
    if colon < 0:
        return False
    after = text[colon:sentence.end]
    return tp.mentions_weather(after) and tp.names_a_war_cause(after)


def _runs_on_backup(text: str, mention: NumberMention, sentence: Sentence) -> bool:
    """Hours that batteries, generators or a mobile network keep working without the grid."""
    if "without" in text[max(sentence.start, mention.start - 60):mention.start] and _WORK_WITHOUT_POWER_FOR_BEFORE.search(
            text, max(sentence.start, mention.start - 60), mention.start):
        return True  # "most networks can function without power for approximately 4 hours"
    if _DURING_OUTAGES_AFTER.match(text, mention.end, sentence.end) and _WORKS_FOR_BEFORE.search(
            text, max(sentence.start, mention.start - 40), mention.start):
        return True  # "Ukraine strengthens school infrastructure to operate up to 12 hours during blackouts"
    if not _BACKUP_EQUIPMENT.search(text, sentence.start, sentence.end):
        return False
    return bool(_WITHOUT_GRID_AFTER.match(text, mention.end, sentence.end)
                or _WORKS_FOR_BEFORE.search(text, max(sentence.start, mention.start - 100), mention.start))


_DURING_OUTAGES_AFTER = re.compile(r"\s+(?:during|in\s+case\s+of|in)\s+(?:a\s+)?(?:blackouts?|outages?|power\s+cuts?)\b",
                                  re.IGNORECASE)
_BACKUP_EQUIPMENT = re.compile(r"\bbatter(?:y|ies)\b|\bbase\s+stations?\b|\buninterruptible\b|\bautonom\w*|\bgenerators?\b"
                               r"|\bmobile\s+(?:communications?|networks?|operators?)\b", re.IGNORECASE)
_WITHOUT_GRID_AFTER = re.compile(r"\s+(?:or\s+more\s+)?without\s+(?:external\s+|grid\s+|mains\s+)?(?:power|electricity|grid)\b",
                                 re.IGNORECASE)
_WORK_WITHOUT_POWER_FOR_BEFORE = re.compile(r"\b(?:work|works|operate|operates|function|functions|run|runs)\s+without\s+"
                                            r"(?:external\s+|grid\s+|mains\s+)?(?:power|electricity)\s+for\s+"
                                            r"(?:(?:up\s+to|about|around|approximately|at\s+least)\s+)?$", re.IGNORECASE)
_WORKS_FOR_BEFORE = re.compile(r"\b(?:work|works|working|operate|operates|operating|function|functions|functioning|run|runs)\s+"
                               r"(?:for\s+)?(?:up\s+to\s+|about\s+|around\s+|at\s+least\s+)?$"
                               # "diesel generators only have fuel for 48 hours"
                               r"|\bfuel\s+(?:for|to\s+last)\s+(?:only\s+|about\s+|up\s+to\s+|another\s+)?$"
                               # "increase the autonomous operation of telecom equipment without electricity to 4 hours"
                               r"|\b(?:operation|autonomy)\b[^.;]{0,60}?\bto\s+$", re.IGNORECASE)
def _lists_military_hardware(text: str, sentence: Sentence) -> bool:
    """The sentence lists two kinds or more of military hardware destroyed (a tally of equipment lost, not
    "firing 510 shells from mortars, artillery, Grads, tanks")."""
    said = text[sentence.start:sentence.end]
    if ("tank" not in said and "helicopter" not in said) or "destroyed" not in said:
        return False  # a cheap test first: every such tally names tanks or helicopters, and what was destroyed
    return len({m.group().lower() for m in _MILITARY_HARDWARE.finditer(said)}) >= 2


_MILITARY_HARDWARE = re.compile(r"\b(?:tanks|helicopters|armou?red|artillery|howitzers|rocket\s+launchers|mortars)\b",
                                re.IGNORECASE)
# Crewed aircraft that launch missiles ("missile carrier aircraft Tu-95", "strategic bombers"); "five other planes
# could not be shot down" after drones were, and "remotely piloted aircraft", are drones
_CARRIER_AIRCRAFT = re.compile(r"\bcarriers?\b|\b(?:Tu|MiG|Su)-?\d|\bstrategic\b|\bbombers?\b|\bfighter", re.IGNORECASE)
_OF_WEAPONS_AFTER = re.compile(r"\s+of\s+(?:the\s+|all\s+|these\s+|those\s+)?(?:[\w-]+\s+){0,2}?(?:"
                               + "|".join(NOUN_CLASSES["weapons"]) + r")\b", re.IGNORECASE)


def _power_not_lost(text: str, mention: NumberMention, sentence: Sentence) -> str:
    """Capacities that describe a plant or a need rather than a loss: 'a supply of 18.5 gigawatts
    will be needed', 'the plant, with a capacity of 1,800 MW', 'the 1,800 MW plant', and both ends
    of 'capacity has dropped from 1.6 GW to 157 MW' (what there was and what is left)."""
    before = text[max(sentence.start, mention.start - 45):mention.start]
    if _NEEDED_AFTER.match(text, mention.end) or _NEEDS_BEFORE.search(before):
        return "what is needed, not what was lost"
    if _DEMAND_OR_IMPORT_BEFORE.search(before) or _IMPORTED_AFTER.match(text, mention.end):
        return "demand, consumption or imports, not a loss"  # "peak demand of 12 GW", "import up to 1,700 MW of electricity"
    if _CAPACITY_OF_BEFORE.search(before) or _PLANT_AFTER.match(text, mention.end) or _PROVIDES_BEFORE.search(before):
        return "describes a plant's capacity, not a loss"  # ("… (ZNPP), which generates 6 GW of electricity")
    if _TARGET_TO_BEFORE.search(before):
        return "a target, not a loss"  # "the government’s goal is … to launch 1.5 GW of distributed generation"
    if " by " in text[max(sentence.start, mention.start - 25):mention.start] and _INCREASE_CAPACITY_BY_BEFORE.search(
            text, max(sentence.start, mention.start - 100), mention.start):
        return "capacity added, not lost"  # "increase the generating capacity of Ukraine's energy system by 25 MW"
    if _ADDED_TO_THE_GRID_AFTER.match(text, mention.end, sentence.end) or _WILL_BE_PROVIDED_AFTER.match(
            text, mention.end, sentence.end):
        return "capacity added to the grid, not lost"  # "allowed 1 GW of electrical power to be added to the grid";
        # "About 100 MW of capacity, of which about 40 MW will be directed to …, will be provided by gas piston units"
    if ((_FROM_BEFORE.search(before) and _TO_POWER_AFTER.match(text, mention.end)) or _FROM_TO_BEFORE.search(before)
            or _REDUCED_TO_BEFORE.search(before)):  # "reduced their capacity to a total of 1,800 MW"
        return "a capacity before or after a change, not the loss"
    return ""


# A goal's new capacity: "… and to launch 1.5 GW of distributed generation", "plans to install 1 GW" (not "plans to
# restore about 1,000 megawatt of … capacity affected by Russian attacks": what is restored was lost)
_TARGET_TO_BEFORE = re.compile(r"\b(?:(?:goal|target|aim|plan|objective)s?\s+(?:is|was|are|were)\s+to|plans?\s+to|aims?\s+to"
                               r"|and\s+to)\s+(?:launch|install|build|add|commission|deploy|reach|bring\s+online)\s+"
                               r"(?:(?:about|around|some|up\s+to|at\s+least|over|more\s+than|another|a\s+further)\s+)?$",
                               re.IGNORECASE)
_INCREASE_CAPACITY_BY_BEFORE = re.compile(r"\b(?:increas|boost|expand|rais|add)\w*\s+(?:the\s+|its\s+|their\s+)?"
                                          r"(?:[\w’'-]+\s+){0,2}?capacit(?:y|ies)\b[^.;]{0,60}?\bby\s+"
                                          r"(?:(?:about|around|up\s+to|nearly|almost|another|a\s+further)\s+)?$", re.IGNORECASE)
_ADDED_TO_THE_GRID_AFTER = re.compile(r"\s+(?:of\s+(?:[\w-]+\s+){0,3}?)?(?:(?:to\s+be|was|were|has\s+been|have\s+been|is|are)\s+)?"
                                      r"(?:added|returned|brought\s+back|connected)\s+to\s+the\s+(?:grid|(?:power\s+|energy\s+)?system)\b",
                                      re.IGNORECASE)
_WILL_BE_PROVIDED_AFTER = re.compile(r"[^.;]{0,120}?\bwill\s+be\s+(?:provided|supplied|generated|installed|added)\s+by\b",
                                     re.IGNORECASE)
_NEEDS_BEFORE = re.compile(r"\b(?:needs|need|requires|require)\s+(?:(?:about|around|at least|up to)\s+)?$", re.IGNORECASE)
_DEMAND_OR_IMPORT_BEFORE = re.compile(r"\b(?:(?:peak\s+)?(?:demand|consumption)\s+(?:(?:last|this|in)\s+(?:[\w-]+\s+){1,2})?"
                                      r"(?:of|was|is|at|reached|limited\s+to)"  # "The peak energy consumption last winter was 18 GW"
                                      r"|(?:import|imports|importing|imported|export|exports)\s+(?:capacity\s+)?(?:of\s+)?"
                                      r"|maximum\s+(?:import\s+)?capacity\s+of"
                                      # "the cross-border capacity was limited to 100 MW"
                                      r"|(?:cross-border|interconnect\w*|import|export)\s+capacity\s+(?:(?:was|is|has\s+been)\s+)?"
                                      r"(?:limited\s+to|raised\s+to|increased\s+to|of|at))"
                                      r"\s+(?:(?:about|around|up\s+to|nearly|almost|over|more\s+than)\s+)?$",
                                      re.IGNORECASE)
_IMPORTED_AFTER = re.compile(r"\s+of\s+(?:electricity\s+)?(?:imports?|imported)\b|\s+(?:of\s+electricity\s+)?from\s+(?:Europe|the\s+EU"
                             r"|the\s+European\s+(?:grid|power\s+system|energy\s+system|network)"  # "take 2.2 GW from the European grid"
                             r"|Romania|Slovakia|Poland|Hungary|Moldova)\b", re.IGNORECASE)
_NEEDED_AFTER = re.compile(r"\s+(?:will|would|is|are|was|were)\s+(?:be\s+|been\s+)?(?:needed|required)\b")
_CAPACITY_OF_BEFORE = re.compile(r"\b(?:with|has|had|have|of)\s+(?:a|an|its|their)?\s*(?:total\s+|combined\s+|installed\s+|pre-war\s+"
                                 r"|design\s+|rated\s+|generating\s+)*capacity\s+of\s+(?:(?:about|around|over|more than"
                                 r"|nearly|almost|up to)\s+)?$", re.IGNORECASE)
# not "9 GW of power plant capacity"; "a 100MW wind farm", "a 5.5MW GE turbine collapsed": the size of what was hit
_PLANT_AFTER = re.compile(r"\s+(?:(?!of\b)[a-z-]+\s+){0,2}?(?:plant|(?:sub)?station|unit|reactor|block|farm|park|turbine)s?\b"
                          r"(?!\s+of\b)"  # ("Ukrenergo's 750 kilowatt nodal substations … get hit": a size, mistranslated)
                          # "the 50 MW Tomak Solar Energy plant", "The 16 MW Oleshkivska SPP", "its 100MW Dnistrovska wind farm"
                          r"|\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:wind\s+|solar\s+|power\s+)?(?:plant|station|park|farm|turbine"
                          r"|[STCHNW]PP|CHPP|SES)\b"
                          # "700 MW capacity TPP-5 and 750 MW TPP-6": a plant's code right after its capacity
                          r"|\s+(?:capacity\s+)?(?:[STCHNW]PP|CHPP|CHP)-\d+\b")
_DISPLACED_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:displaced|(?:have|has|had)\s+left\s+(?:the\s+)?(?:Ukrainian\s+|Ukraine['’]s\s+)?(?:capital|city"
                              r"|country|region)|to\s+(?:temporarily\s+)?leave|(?:forcibly|forcefully)\s+(?:transported|moved)"
                              r"|deported|abducted)\b"  # "11,000 Ukrainian children had been forcefully transported"
                              # "an estimated 6 million people, is awaiting the spring to return to their homeland"
                              r"|,?\s+(?:is|are)\s+(?:awaiting|waiting)\s+[^.;]{0,40}?\bto\s+return\b", re.IGNORECASE)
# "Two high-power electrical transformers were formally handed over to Ukraine": aid, not damage
_DELIVERED_AFTER = re.compile(r"\s+(?:have\s+|has\s+)?(?:were|was|been|are|is|will\s+be)\s+(?:[a-z]+ly\s+)?(?:handed\s+over|delivered"
                              r"|donated|shipped|transferred|sent|gifted|opened|drilled|dug)\b", re.IGNORECASE)
_PROTECTED_BEFORE = re.compile(r"\b(?:shields?|protection|protective\s+structures?|shelters?)\s+(?:at|for|of|on)\s+"
                               r"(?:(?:about|some|over|more\s+than|nearly|almost)\s+)?$", re.IGNORECASE)
_DEPEND_OR_AIDED_KEYS = ("depend", "reli", "rely", "support", "assist", "help")  # of _DEPEND_OR_AIDED_AFTER, a cheap test first
_DEPEND_OR_AIDED_AFTER = re.compile(r"\s+(?:depend|depends|rely|relies)\s+on\b"
                                    r"|[^.;]{0,60}?\b(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:supported|assisted|helped)"
                                    r"\s+with\b", re.IGNORECASE)
_THWARTED_BEFORE = re.compile(r"\b(?:thwart(?:ed|s|ing)?|foil(?:ed|s|ing)?|repell?(?:ed|s|ing)?|prevent(?:ed|s|ing)?)\s+"
                              r"(?:(?:about|some|over|more\s+than|nearly|almost)\s+)?$", re.IGNORECASE)
_INVOLVED_IN_AFTER = re.compile(r"(?:\s+and\s+[^.;]{1,70}?)?\s+(?:were|are|was|is|have\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?"
                                r"involved\s+in\b", re.IGNORECASE)
_PLANNED_MAINTENANCE = re.compile(r"\b(?:planned|scheduled|routine)\W{0,2}\s*(?:repairs?|maintenance)\b", re.IGNORECASE)
_FLOODED_AFTER = re.compile(r"\s+(?:(?:were|was|have\s+been|has\s+been|had\s+been|are|remain|remained)\s+)?(?:[a-z]+ly\s+)?"
                            r"(?:flooded|submerged|under\s*water)\b", re.IGNORECASE)
# A new source set up to supply them: not a facility hit ("a substation that supplied power to 30 settlements" is an
# outage figure), nor a reconnection ("managed to supply power to three subscribers", "restored the technical
# capability to supply power to 583.7 thousand households")
_NEW_SOURCE_TO_SUPPLY_BEFORE = re.compile(r"\b(?:opened|drilled|dug|installed|built|set\s+up|deployed)\s+(?:[\w-]+\s+){0,3}?to\s+"
                                          r"(?:provide|supply|deliver)\s+(?:[\w-]+\s+)?(?:water|power|electricity|heat|heating|gas)"
                                          r"\s+to\s+(?:(?:about|some|over|more\s+than)\s+)?$", re.IGNORECASE)
# held in reserve: "154 pump room complexes can be connected to generators", "51 mobile boiler houses are ready to
# provide heat"
_IN_RESERVE_AFTER = re.compile(r"\s+(?:(?:can|could|will)\s+be|are|were)\s+connected\s+to\s+generators\b"  # "More than 1700
                               r"|\s+(?:are|were)\s+(?:ready|prepared)\b",  # stations are connected to generators"
                               re.IGNORECASE)
_UNDAMAGED_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:undamaged|intact)\b", re.IGNORECASE)
_REDUCED_TO_BEFORE = re.compile(r"\b(?:reduced|reducing|lowered|decreased|fell|fallen|dropped)\s+(?:[\w-]+\s+){0,3}?to\s+"
                                r"(?:a\s+total\s+of\s+|about\s+|around\s+|just\s+|only\s+)?$", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:(?:about|around|over|more than|nearly|almost)\s+)?$", re.IGNORECASE)
_TO_POWER_AFTER = re.compile(r"\s+to\s+(?:about\s+|around\s+|just\s+|only\s+)?\d[\d.,]*\s*(?:GW|MW|gigawatts?|megawatts?)\b",
                             re.IGNORECASE)
_FROM_TO_BEFORE = re.compile(r"\bfrom\s+\d[\d.,]*\s*(?:GW|MW|gigawatts?|megawatts?)\s+to\s+(?:about\s+|around\s+|just\s+"
                             r"|only\s+)?$", re.IGNORECASE)


def _planned_maintenance(text: str, mention: NumberMention, sentence: Sentence) -> bool:
    """Units taken out for, or back from, planned repairs or scheduled maintenance (a cheap test first)."""
    window = text[max(sentence.start, mention.start - 30):min(sentence.end, mention.noun_end + 80)]
    return ("repair" in window or "maintenance" in window) and _PLANNED_MAINTENANCE.search(window) is not None


def _places_attacked(text: str, mention: NumberMention) -> bool:
    """'800 strikes on 18 settlements', 'shellings of 29 settlements', 'targeting more than 20
    settlements', 'nine settlements … were hit by Russian strikes': where the attacks fell."""
    before = text[max(0, mention.start - 25):mention.start]
    return (_ATTACKS_ON_BEFORE.search(before) is not None
            or _HIT_AFTER.match(text, mention.noun_end) is not None
            # "fired more than 170 shells from Grady and barrel artillery at three communities"
            or (before.endswith(" at ") and _FIRED_AT_THE_PLACES.search(text, max(0, mention.start - 90), mention.start) is not None))


_FIRED_AT_THE_PLACES = re.compile(r"\b(?:fired|launched|dropped)\b[^.;]{0,70}?\sat\s+$", re.IGNORECASE)
_ATTACKS_ON_BEFORE = re.compile(r"\b(?:strikes|attacks|shellings?|targeting|shelled|attacked|struck|hit)"
                                r"\s+(?:on|of|at)?\s*$", re.IGNORECASE)
_HIT_AFTER = re.compile(r"\s+(?:[\w’'-]+\s+){0,4}?(?:were|was|came)\s+(?:hit|shelled|attacked|struck|targeted|under\s+fire)\b",
                        re.IGNORECASE)


_PERCENTAGE_POINTS_AFTER = re.compile(r"\s*(?:percentage|per\s?cent(?:age)?)\s+points?\b|\s*pp\b|\s*p\.p\.", re.IGNORECASE)
_ASSURE_BEFORE = re.compile(r"\b(?:assure|guarantee|promise|tell)\s+(?:you|them|everyone)\s+$", re.IGNORECASE)
_PERSON_NOUNS = ("people", "persons", "civilians")
_PEOPLE_HIT_AFTER = re.compile(r"\s+were\s+hit\b(?!\s+by\s+(?:the\s+)?(?:power\s+|emergency\s+)?(?:outages?|blackouts?|cuts?"
                               r"|shutdowns?))")
_CASUALTY_VERB_ENDS = ("ing ", "ed ", "of ")  # of every `_CASUALTY_VERB_BEFORE` match (a cheap test first)
_CASUALTY_VERB_BEFORE = re.compile(r"\b(?:injur|wound|kill)(?:ing|ed) $|\bbodies of $", re.IGNORECASE)
_SURE_AFTER = re.compile(r"\s+(?:sure|certain|confident|convinced)\b", re.IGNORECASE)  # "I'm 100% sure"
_POPULATION_BEFORE = re.compile(r"\b(?:home to|inhabited by|populated by|population of|(?:a|the)\s+(?:[\w-]+,?\s+){0,3}?(?:city|capital|town"
                                r"|country|nation|metropolis|settlement|village|community)\s+of)\s+(?:(?:some|about|around|nearly|almost|over"
                                r"|more than)\s+)?(?:a\s+)?$", re.IGNORECASE)
# "16 communities were fully de-occupied"; "More than 300 settlements and about 150,000 people have been freed from
# occupation": both counts
_LIBERATED_AFTER = re.compile(r"(?:\s+and\s+(?:(?:about|some|over|more than|nearly|almost|around)\s+)?\d[\d,.]*"
                              r"(?:\s+(?:thousand|million))?\s+[a-z]+)?"
                              r"\s+(?:(?:were|was|have\s+been|has\s+been)\s+)?(?:fully\s+|partially\s+|completely\s+)?"
                              r"(?:de-?occupied|liberated|freed|retaken|recaptured)\b", re.IGNORECASE)
# "striking over half of Russia's 38 major oil refineries, taking 10% of Russian refining capacity offline"
_OF_RUSSIAN_REFINING_AFTER = re.compile(r"\s+of\s+(?:the\s+)?Russia(?:'s|’s|n)\s+(?:[\w-]+\s+){0,3}?(?:refiner\w*|refining)\b",
                                        re.IGNORECASE)


def _russias_refineries(text: str, mention: NumberMention) -> bool:
    """A share or count of Russia's own refineries or refining capacity."""
    if mention.noun == "refineries":
        return text[max(0, mention.start - 9):mention.start].rstrip().endswith(("Russia's", "Russia’s"))
    if mention.form not in ("percent", "fraction"):
        return False
    # "reduced Russian primary oil refining capacity by some 14%"
    return (_OF_RUSSIAN_REFINING_AFTER.match(text, mention.end) is not None
            or ("efin" in text[max(0, mention.start - 70):mention.start]
                and _RUSSIAN_REFINING_BEFORE.search(text, max(0, mention.start - 70), mention.start) is not None))


_RUSSIAN_REFINING_BEFORE = re.compile(r"\bRussia(?:'s|’s|n)\s+(?:[\w-]+\s+){0,3}?(?:refiner\w*|refining)\b[^.;]{0,30}$",
                                      re.IGNORECASE)


_POPULATION_AFTER = re.compile(r"\s+(?:pre-?war|total|former|entire|whole)\s+population\b", re.IGNORECASE)
_REMAINED_AFTER = re.compile(r"\s+(?:have\s+|has\s+|had\s+)?(?:remained|stayed)\s+(?:in\s+|of\s+)"
                             r"|\s+(?:remain|stay)\s+in\s+(?-i:[A-Z])", re.IGNORECASE)  # "7,200 people remain in Pokrovsk"
# (not "some 200,000 households remain in blackout")
# "to pummel the region’s energy infrastructure and terrorize its 1.3 million residents": everyone who lives there
_ITS_RESIDENTS = re.compile(r"(?<![\w-])(?:its|their)\s+(?:(?:some|about|around|nearly|almost|over|more than)\s+)?$", re.IGNORECASE)
_RESIDENT_NOUNS = frozenset({"residents", "inhabitants", "citizens", "people", "population"})
# ("the displacement of tens of thousands of people and the harsh deprivation of electricity")
# "more than 2,300 residents of Kherson and Mykolaiv regions were evacuated from the hazardous zone"
_EVACUATED_AFTER = re.compile(r"\s+(?:[\w’'-]+\s+){0,5}?(?:were|have\s+been|had\s+been)\s+evacuated\b", re.IGNORECASE)
_EVACUATION_BEFORE = re.compile(r"\bevacuat\w*\b[^.;]*$|\bdisplacement\s+of\s+$", re.IGNORECASE)
# "left over 11.2 million people in need of emergency shelter", "hundreds of thousands of people without a roof"
_IN_NEED_AFTER = re.compile(r"(?:,\s+including\s+[^,.;]{1,40},)?(?:\s+of\s+the\s+(?:city|town|region|village))?,?\s+"
                            r"(?:[–—]\s*[^–—.;]{1,60}[–—]\s*)?"  # "nearly 18 million people – around 40% of Ukraine’s population – need"
                            r"(?:(?:are|were|remain)\s+)?(?:left\s+)?"  # ("150,000 residents of the city were left without housing")
                            r"(?:in need\b|needs?\s+(?:humanitarian\s+)?(?:aid|assistance)\b|homeless\b|without\s+(?:a\s+)?(?:roof|shelter|homes?|housing)\b"
                            r"|(?:sought|took|taking|seeking)\s+(?:shelter|refuge|cover)\b|sheltered\b)")  # "Thousands of
# people sought shelter in subway stations": sheltering, not cut off
# "left millions of people without telecommunications": a service the project does not follow
_WITHOUT_ANOTHER_SERVICE = re.compile(r"\s+(?:(?:are|were|remain|remained|left)\s+)?without\s+(?:telecommunications?|communications?"
                                      r"|(?:mobile|cellular|phone|internet)\s+(?:connection|communication|service|coverage)s?|internet)\b",
                                      re.IGNORECASE)
# "provided … financial support to over 330,000 particularly vulnerable people": who received aid
_AID_TO_BEFORE = re.compile(r"\bwill\s+(?:help\s+)?(?:provide|bolster|support|supply|restore)\s+(?:[\w-]+\s+){0,4}?(?:for|to)\s+"
                            r"(?:(?:over|more\s+than|about|around|some|nearly|almost|at\s+least)\s+)?$"  # "The transformer will
                            # bolster the damaged electricity supply for more than 500,000 Ukrainians": whom aid will serve
                            r"|\bkeep\s+(?:electricity|power|the\s+lights|heat)\s+(?:on|flowing|running)\s+(?:for|to)\s+$"
                            # "aims to safeguard a stable power supply for over 6 million Ukrainians"
                            r"|\b(?:safeguard|ensure|secure|guarantee|maintain)\s+(?:a\s+)?(?:stable\s+|reliable\s+)?"
                            r"(?:power|electricity|heat|water|energy)\s+supply\s+(?:for|to)\s+"
                            r"(?:(?:over|more\s+than|about|around|some|nearly|almost|at\s+least)\s+)?$"
                            # "to enable aid partners to help some 32,000 people affected by it"
                            r"|\bto\s+(?:help|assist|reach)\s+(?:(?:over|more\s+than|about|around|some|nearly|almost|at\s+least)\s+)?$"
                            r"|\b(?:support|assistance|aid|help|payments?|cash|grants?"
                            # "pumps … facilitating the daily provision of water to 130,000 individuals": supply given
                            r"|(?:provision|delivery)\s+of\s+(?:drinking\s+|clean\s+|potable\s+)?(?:water|heat|heating|electricity"
                            r"|power|gas))\s+to\s+(?:(?:over|more\s+than|about|around|some|nearly|almost|at\s+least)\s+)?$",
                            re.IGNORECASE)
# "Nikopolvodokanal is the primary source of centralized water supply for 125,900 residents, 270 public enterprises,
# and 2,360 private legal entities": whom a facility serves (the counts of a list after it too), not who is cut off
_SERVES_BEFORE = re.compile(r"\b(?:source|provider|supplier)\s+of\s+(?:[\w-]+\s+){0,2}?(?:water|heat\w*|power|electricity|gas)"
                            r"(?:\s+supply)?\s+(?:for|to)\s+[^.;:!?]{0,120}$", re.IGNORECASE)
_SERVES_N_BEFORE = re.compile(r"\b(?:serves|served|serving"
                             # "the main electricity source for three million people in the Kyiv region"
                             r"|(?:electricity|power|heat|water|gas|energy)\s+(?:source|supplier|provider)\s+for)"
                             r"\s+(?:(?:about|around|some|over|more\s+than|nearly|almost)\s+)?$", re.IGNORECASE)
# "Kharkiv residents heard at least 15 explosions"
_HEARD_BEFORE = re.compile(r"\bheard\s+$")
# "($1 = 1.0032 euros)": the wire service's exchange-rate note
_EXCHANGE_RATE_AFTER = re.compile(r"\s*=\s*\S*\d")
_PRICE_AFTER = re.compile(r"(?:\s*\([^()]{1,20}\))?(?:\s+(?:worth\s+of\s+)?[a-z]+)?\s+(?:per|an|a|each)\s+(?:unit|hour|piece|set"
                          r"|generator|battery|household|person|system|(?i:kwh|mwh|gcal|kilowatt[- ]hours?|megawatt[- ]hours?))\b"
                          r"|\s*/\s*(?i:kwh|mwh|gcal|hour|unit)\b")  # "UAH 2.64/kWh"
_BILLS_RISE_BY_BEFORE = re.compile(r"\b(?:grow|grows|grew|rise|rises|rose|increase|increases|increased|go\s+up|went\s+up)"
                                   r"\s+by\s+(?:an\s+average\s+of\s+|about\s+|around\s+|up\s+to\s+)?$", re.IGNORECASE)
_BILLS = re.compile(r"\b(?:payments?|bills?|tariffs?|prices?|rates)\b", re.IGNORECASE)
_EXCHANGE_RATE_BEFORE = re.compile(r"=\s*$")
# "reportedly at a cost of around $20,000 each": what one thing costs
_COST_OF_BEFORE = re.compile(r"\b(?:cost(?:s|ing)?|price[sd]?|priced)\s+(?:of\s+|at\s+)?(?:about\s+|around\s+|some\s+|roughly\s+"
                             r"|up to\s+)?$", re.IGNORECASE)
# "Russia has ordered nearly 2,500 suicide drones from Iran": weapons bought or made, not launched
_PROCURED_BEFORE = re.compile(r"\b(?:ordered|bought|buying|buys|purchas(?:ed|es|ing)|acquir(?:ed|es|ing)|produc(?:ed|es|ing)"
                              r"|manufactur(?:ed|es|ing)|stockpil(?:ed|es|ing))\s+(?:(?:nearly|about|around|some|over|more than"
                              r"|up to|at least|almost|roughly)\s+)?$", re.IGNORECASE)


_CONSUMPTION_CUT_BY_BEFORE = re.compile(r"\b(?:reduc|cut|lower|decreas)\w*\s+(?:[\w-]+\s+){0,2}?consumption\s+"
                                       r"(?:[\w-]+\s+){0,4}?by\s+(?:(?:an\s+)?average\s+of\s+|about\s+|around\s+|up\s+to\s+)?$",
                                       re.IGNORECASE)
_OF_HOUSING_AFTER = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+)?(?:buildings|houses|homes|housing(?:\s+stock)?)"
                               r"\s+(?:(?:were|was|have\s+been|has\s+been|had\s+been|are|is)\s+)?(?:\w+\s+)?(?:destroyed|damaged)\b",
                               re.IGNORECASE)
_HOUSING_STOCK_BEFORE = re.compile(r"\bhousing\s+stock\s+(?:is|was|has\s+been)\s+(?:over|more\s+than|about|almost|nearly)?\s*$",
                                   re.IGNORECASE)


def _share_not_of_damage(text: str, mention: NumberMention, sentence: Sentence) -> str:
    """A share that describes supply, compares with demand or measures a rise rather than
    damage: 'Nuclear power plants, which provide more than half of Ukraine's electricity',
    '9 gigawatts … – equivalent to half of what Ukraine requires during winter months',
    'imports exceeded May's figures by a third'."""
    before = text[max(sentence.start, mention.start - 40):mention.start]
    if _OPERATING_AT_BEFORE.search(before):
        return "an operating level, not a loss"  # "only two of them are operating at 100% capacity"
    if _PROVIDES_BEFORE.search(before) or _DEPENDS_ON_FOR_BEFORE.search(
            text, max(sentence.start, mention.start - 80), mention.start):
        return "describes a share of supply, not damage"
    if text.startswith(" of ", mention.end) and _OF_POPULATION_IN_NEED_AFTER.match(text, mention.end, sentence.end):
        return "a share of people in need of aid, not cut off"  # "around 40% of Ukraine’s population – need humanitarian aid"
    if _OF_TERRITORY_AFTER.match(text, mention.end, sentence.end):
        return "a share of territory, not of a supply"  # "About 6% of the region's territory remains under occupation"
    # "voluntarily reduced their electricity consumption by an average of 5% to 20%": a longer lead than `before`
    lead = text[max(sentence.start, mention.start - 90):mention.start]
    if "consumption" in lead and _CONSUMPTION_CUT_BY_BEFORE.search(lead):
        return "a cut in consumption, not damage"
    if _OF_HOUSING_AFTER.match(text, mention.end, sentence.end) or _HOUSING_STOCK_BEFORE.search(before):
        return "damage to housing, not to a supply"  # "80 percent of the buildings were destroyed", "The housing stock
        # is over 80% destroyed"
    if ("financ" in before or "fund" in before or "pay" in before) and _FINANCES_BEFORE.search(before):
        return "a share of funding, not damage"  # "our international partners, who will finance 80% of the purchase"
    window = text[max(sentence.start, mention.start - 100):mention.start]
    if tp.contains_any(window, _RUNS_VERBS) and _RUNS_BEFORE.search(window):
        return "describes a company's share of a network, not damage"  # "DTEK, which generates around a quarter of
        # Ukraine’s electricity and runs 40% of its grid network"
    if _EQUIVALENT_BEFORE.search(before) and _DEMAND_AFTER.match(text, mention.end, sentence.end):
        return "compares a figure with demand"
    if _RISE_BY_BEFORE.search(before) or _RISE_AFTER.match(text, mention.end):
        return "a rise, not damage"
    if _COMPARED_AFTER.match(text, mention.end):
        return "a comparison, not damage"  # "which is 25% less than the initial estimate"
    if text.startswith((" funding", " financing"), mention.end) and _FUNDING_GAP_AFTER.match(text, mention.end, sentence.end):
        return "a gap in funding, not damage"  # "its Ukraine humanitarian fund, which faces a 40 per cent funding shortfall"
    if text.startswith(" of ", mention.end) and _EQUIPPED_AFTER.match(text, mention.end, sentence.end):
        return "a share equipped with backup power, not of damage"  # "100% of schools and main hospitals are provided
        # with diesel generators in case of power outages"
    if text.startswith(" of ", mention.end) and _OF_CASUALTIES_AFTER.match(text, mention.end, sentence.end):
        return "a share of casualties"  # "One-third of civilian deaths and injuries this year were caused by drone attacks"
    if _SURVEY_AFTER.match(text, mention.end, sentence.end) or (
            _OPINION_AFTER.match(text, mention.end, sentence.end)
            and _SURVEY_SHARE_BEFORE.search(text, sentence.start, mention.start)):
        return "a share of people surveyed, not of a supply"  # "43% of Ukrainians say that power shortage affects …"
    if (" by " in text[max(sentence.start, mention.start - 20):mention.start]
            and _CONSUMPTION_FELL_BEFORE.search(text, max(sentence.start, mention.start - 60), mention.start)
            and not tp.names_a_war_cause(text[mention.end:sentence.end])):
        return "a fall in consumption, not damage"
    if _RELIES_ON_AFTER.match(text, mention.end, sentence.end):
        return "describes a share of supply, not damage"  # "Donetsk region, which was 100% focused on gas heating"
    if " by " in text[max(sentence.start, mention.start - 20):mention.start] and _SAVING_BEFORE.search(
            text, max(sentence.start, mention.start - 80), mention.start):
        return "a saving in consumption, not damage"  # "Most Ukrainians have reduced electricity consumption by up to 10%"
    if "GDP" in text[sentence.start:min(sentence.end, mention.end + 20)]:
        return "an economic indicator (GDP)"  # "forcing a fall in the GDP forecast from 4.6% to 3.5%", "forecast a 32
        # percent GDP decline"
    if " to " in before and _FROM_SHARE_TO_BEFORE.search(before):
        return "a level after a change, not the loss"  # "reducing its electricity production capacity from 20% to 12%"
    if text.startswith(" of ", mention.end) and _OF_THE_ECONOMY_AFTER.match(text, mention.end, sentence.end):
        return "a share of the economy or of tax revenue, not damage"  # "which accounted for around 60% of Ukraine’s
        # economy"
    if _telecom_share(text, mention, sentence):
        return "a level of internet use or traffic, not a supply"  # "internet traffic in Ukraine declined to 35% of
        # the average level"
    if "import" in before and _IMPORTS_OF_BEFORE.search(before):
        return "a share of imports, not damage"  # "targeted electricity imports of more than 60%"
    if _OF_REGIONS_AFTER.match(text, mention.end, sentence.end) and _ALERT.search(text, sentence.start, sentence.end):
        return "a share of regions under an air-raid alert, not damage"  # "Air raid sirens went off in half of
        # Ukraine’s region last night"
    whole = _SHARE_OF_ANOTHER_SECTOR.match(text, mention.end, sentence.end)
    topics = tp.Topics(text[sentence.start:sentence.end]) if whole else None
    if (whole and topics and "utility" not in topics and "outage" not in topics
            and _DESTROYED_AFTER.search(text, sentence.start, sentence.end)):
        # "Some 40% of houses in residential areas have been destroyed", "70% of Kharkiv’s city buses … destroyed"
        return f"a share of housing or of another sector ({whole['what']}), not of a supply"
    return ""


def _telecom_share(text: str, mention: NumberMention, sentence: Sentence) -> bool:
    """A share of internet users, traffic or connectivity ("the number of Internet users in Ukraine fell by 17%"),
    or a level against the usual one in a sentence that names no utility ("the worst access was …, which was
    only 8% of the level prior to the attacks"): telecommunications, which the project does not follow."""
    lead = text[max(sentence.start, mention.start - 120):mention.start]
    if tp.contains_any(tp.caseless(lead), _TELECOM_KEYS) and _TELECOM.search(lead):
        return True
    return bool(text.startswith(" of ", mention.end) and _OF_THE_USUAL_LEVEL_AFTER.match(text, mention.end, sentence.end)
                and "utility" not in tp.Topics(text[sentence.start:sentence.end]))


_TELECOM_KEYS = ("internet", "connectivity", "traffic", "cyber", "bandwidth", "users")  # of _TELECOM, a cheap test first
_TELECOM = re.compile(r"\b(?:internet|connectivity|(?:network|web|data)\s+traffic|cyber-?\w*|bandwidth)\b"
                      r"|\bnumber\s+of\s+(?:internet\s+)?users\b", re.IGNORECASE)
_OF_THE_USUAL_LEVEL_AFTER = re.compile(r"\s+of\s+(?:the\s+)?(?:(?:usual|normal|average|previous|pre-?war|typical)\s+"
                                       r"(?:levels?|figures?|number\s+of\s+users)|(?:the\s+)?levels?\s+(?:prior\s+to|before)\b)",
                                       re.IGNORECASE)
_IMPORTS_OF_BEFORE = re.compile(r"\bimports?\s+of\s+(?:(?:more|less)\s+than\s+|up\s+to\s+|about\s+|around\s+|over\s+)?$",
                                re.IGNORECASE)
_OF_THE_ECONOMY_AFTER = re.compile(r"\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?(?:economy|tax\s+revenues?|budget\s+revenues?)\b",
                                   re.IGNORECASE)
_OF_REGIONS_AFTER = re.compile(r"\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?(?:regions?|oblasts?)\b", re.IGNORECASE)
_ALERT = re.compile(r"\bsirens?\b|\bair[ -]raid\s+(?:alerts?|alarms?|warnings?)\b|\balarms?\s+(?:sounded|went)\b",
                    re.IGNORECASE)
# What a share is of, when that is housing or a sector the project does not follow (damaged, in a sentence
# naming no supply: "almost 100% of houses have heat again" is a restoration)
_DAMAGE_PARTICIPLES = r"destroyed|damaged|ruined|wrecked|demolished"
_DESTROYED_AFTER = re.compile(rf"\b(?:{_DAMAGE_PARTICIPLES})\b", re.IGNORECASE)
_SHARE_OF_ANOTHER_SECTOR = re.compile(r"\s+of\s+(?:[\w’'-]+\s+){0,3}?(?P<what>houses|homes|housing|residential\s+buildings"
                                      r"|apartments|roads|bridges|buses|trams|trolleybuses|railways?|schools|hospitals)\b",
                                      re.IGNORECASE)


# Present tense only: "plants that produced 90% of its electricity" (now lost) is damage.
_PROVIDES_BEFORE = re.compile(r"\b(?:which|that)\s+(?:currently\s+|will\s+|normally\s+|usually\s+)?(?:provides?|produces?|generates?|supplies"
                              r"|supply|accounts? for|makes? up)\s+(?:[a-z]+\s+(?:than\s+)?"
                              r"|(?:water|power|electricity|heat|gas)\s+to\s+(?:[a-z]+\s+)?)?$"
                              r"|(?:,|\b(?:which|that)\s+(?:is|are))\s+responsible\s+for\s+$"
                              # "During critically cold winter weeks, nuclear plants account for more than 40% of the electricity"
                              r"|\b(?:plants|stations|units|generation)\s+(?:normally\s+|usually\s+|currently\s+)?account\s+for\s+"
                              r"(?:[a-z]+\s+(?:than\s+)?)?$",
                              re.IGNORECASE)  # "which will provide water to 25% of the population", "Tsentrenergo, responsible for"
_FROM_SHARE_TO_BEFORE = re.compile(r"\bfrom\s+\d[\d.,]*\s*(?:%|per\s?cent|percent)\s+to\s+(?:about\s+|around\s+|just\s+|only\s+)?$",
                                   re.IGNORECASE)
_OF_POPULATION_IN_NEED_AFTER = re.compile(r"\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?population\s*(?:[–—-]\s*)?(?:(?:are|were|is|remain)\s+)?"
                                          r"(?:in\s+need|needs?\s+(?:humanitarian\s+)?(?:aid|assistance))\b", re.IGNORECASE)
# (a share of territory cut off or with power is an outage figure: "80% of the Lviv city's territory has been cut off")
_OF_TERRITORY_AFTER = re.compile(r"\s+of\s+(?:the\s+|its\s+)?(?:[\w-]+['’]s\s+)?(?:[\w-]+\s+){0,2}?(?:territory|land"
                                 r"|region|oblast)\s+(?:was|were|is|are|remains?|remained|has\s+been|had\s+been)\s+"
                                 r"(?:still\s+)?(?:occupied|under\s+(?:Russian\s+)?occupation)\b", re.IGNORECASE)
_FINANCES_BEFORE = re.compile(r"\b(?:financ\w*|fund(?:s|ed|ing)?|co-?financ\w*|pay(?:s|ing)?\s+for)\s+"
                              r"(?:(?:about|around|up\s+to|over|almost|nearly)\s+)?$", re.IGNORECASE)
_RUNS_VERBS = ("runs", "operates", "owns", "manages")  # of _RUNS_BEFORE, a cheap test first
_RUNS_BEFORE = re.compile(r"\b(?:which|that)\s+(?:[^.;]{0,80}?\s+and\s+)?(?:runs|operates|owns|manages)\s+"
                         r"(?:(?:about|around|some|nearly|almost|over|more\s+than|roughly)\s+)?$", re.IGNORECASE)
_OPERATING_AT_BEFORE = re.compile(r"\b(?:operat\w*|work(?:s|ing)?|run(?:s|ning)?|produc\w*\s+(?:electricity|power)"
                                  r"|generat\w*\s+(?:electricity|power))\s+at\s+$", re.IGNORECASE)
# "left the country dependent on nuclear power for more than half of its electricity generation"
_DEPENDS_ON_FOR_BEFORE = re.compile(r"\b(?:dependent|reliant|depends?|depending|rel(?:y|ies|ying))\s+on\s+(?:[\w’'-]+\s+){1,4}?"
                                    r"for\s+$", re.IGNORECASE)
# "imports exceeded May's figures by a third"
_RISE_BY_BEFORE = re.compile(r"\b(?:exceed\w*|increas\w*|rose|risen|rises?|grew|grow\w*|higher)\b[^.;:]{0,30}\bby\s+$"
                             r"|\bup\s+by\s+$", re.IGNORECASE)  # "pushed damage to the energy sector up by 70%"
_RELIES_ON_AFTER = re.compile(r"\s+(?:focused|dependent|dependant|reliant)\s+on\b", re.IGNORECASE)
_SAVING_BEFORE = re.compile(r"\b(?:reduc\w*|cut|cutting|lower\w*|sav\w*)\s+(?:down\s+)?(?:their\s+|its\s+|the\s+)?(?:electricity\s+"
                            r"|power\s+|energy\s+|gas\s+|water\s+)?(?:consumption|usage|use)\s+by\s+(?:up\s+to\s+|about\s+|around\s+)?$",
                            re.IGNORECASE)  # "cut down electricity use by 20 per cent"
# "Currently, overall consumption has dropped by approximately 30 percent", "Electricity demand in Ukraine fell by
# approximately 33% in March 2022 compared to the prior year" (not "energy consumption had fallen by 50%
# as a result of the attacks": that is what the attacks did)
_CONSUMPTION_FELL_BEFORE = re.compile(r"\b(?:consumption|usage|demand)\s+(?:in\s+(?:the\s+)?[A-Z][\w'’-]*\s+)?"
                                      r"(?:has\s+|have\s+|had\s+)?(?:dropped|fallen|fell"
                                      r"|decreased|declined|shrunk|shrank)\s+by\s+(?:(?:up\s+to|about|around|approximately"
                                      r"|almost|nearly)\s+)?$", re.IGNORECASE)
_OPINION_VERBS = (r"say|said|believe|believed|think|thought|reported|consider|considered|blame|blamed|expect|expected"
                  r"|(?:are|were)\s+preparing|plan|planned|intend|intended|trust|trusted|agree|agreed")
_SURVEY_AFTER = re.compile(r"\s+of\s+(?:the\s+)?(?:Ukrainians|respondents|those\s+(?:polled|surveyed|asked)|people\s+(?:polled|surveyed))"
                           rf"(?:\s+polled|\s+surveyed)?\s+(?:{_OPINION_VERBS})\b", re.IGNORECASE)
# A second share in a poll's sentence, after the first: "57% of Ukrainians consider …, while 29% blame …",
# "51% of Ukrainians say they have already adapted …, while 39% didn’t"
_SURVEY_SHARE_BEFORE = re.compile(r"%\s+of\s+(?:the\s+)?(?:Ukrainians|respondents)(?:\s+polled|\s+surveyed)?\s+"
                                  rf"(?:{_OPINION_VERBS})\b", re.IGNORECASE)
_OPINION_AFTER = re.compile(rf"\s+(?:{_OPINION_VERBS}|did\s+not|didn[’']t|do\s+not|don[’']t)\b", re.IGNORECASE)
_FUNDING_GAP_AFTER = re.compile(r"\s+(?:funding|financing)\s+(?:shortfall|gap|deficit)\b", re.IGNORECASE)
_EQUIPPED_AFTER = re.compile(r"\s+of\s+[^.;]{0,60}?\b(?:are|were|is|was|have\s+been|has\s+been)\s+(?:already\s+|now\s+)?"
                             r"(?:provided|equipped|supplied)\s+with\s+(?:[\w-]+\s+){0,2}?(?:generators?|backup|alternative"
                             r"|autonomous|batter(?:y|ies)|power\s+banks|Starlinks?)\b"
                             # "at least a quarter of mobile base stations … must be connected to an electric generator"
                             r"|\s+of\s+[^.;]{0,60}?\b(?:must|should|will|are\s+to)\s+be\s+connected\s+to\s+(?:an?\s+)?"
                             r"(?:electric\s+)?(?:generators?|batter(?:y|ies))\b", re.IGNORECASE)
_OF_CASUALTIES_AFTER = re.compile(r"\s+of\s+(?:the\s+|all\s+)?(?:civilian\s+)?(?:deaths|casualties|injuries|victims|fatalities"
                                  r"|(?:people|civilians|those)\s+(?:killed|injured|wounded))\b", re.IGNORECASE)
_RISE_AFTER = re.compile(r"\s+(?:increase|rise|growth|jump)\b")  # "a 7% increase from last year"
_COMPARED_AFTER = re.compile(r"\s+(?:less|lower|cheaper|fewer|more|higher)\s+than\b")
_EQUIVALENT_BEFORE = re.compile(r"\b(?:equivalent (?:to|of)|equal to|which is|that is)\s+(?:[a-z]+\s+)?$", re.IGNORECASE)
_DEMAND_AFTER = re.compile(r"\s+of\s+(?:the\s+)?(?:what\s+(?:[\w’']+\s+){1,2}(?:requires?|needs?|consumes?|uses?)"
                           r"|(?:[\w’'-]+\s+){0,3}(?:consumption|demand|needs|requirements?))\b", re.IGNORECASE)  # "of Ukraine’s annual consumption"


def _damaged_equipment(text: str, mention: NumberMention, sentence: Sentence) -> bool:
    """'more than 1,000 units of equipment … damaged', 'the destruction of hundreds of units of
    energy equipment': equipment counts as damage, not as aid, when the sentence says so."""
    return (mention.noun in ("equipment", "generators")
            and _EQUIPMENT_DAMAGED.search(text, sentence.start, sentence.end) is not None)


_EQUIPMENT_DAMAGED = re.compile(r"\b(?:damag|destr|disabl)\w*", re.IGNORECASE)
# "… in the western Khmelnytsky region", "… in Odesa": a count followed by where it is.
_IN_A_PLACE = re.compile(r"\s+in\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}[A-ZА-ЯІЇЄҐ]")
# Who is without a supply, left unnamed or by a noun the extractor does not know: "half-a-million have no power",
# "200,000 remain without heat", "plunging millions into cold, into darkness", "More than 360.7 thousand suppliers
# remain without electricity supply" (a translation's slip for consumers)
_A_SUPPLY = r"(?:power|electricity|heat\w*|water|gas|light)"
_HAVE_NO_SUPPLY_AFTER = re.compile(r"\s+(?:[a-z]+s\s+(?=(?:still\s+)?(?:have|had|remain|remained|are|were)\s+(?:still\s+)?"
                                   r"(?:no|without)\s))?"
                                   r"(?:(?:still\s+)?(?:have|had|has|remain|remained|remains|are|were)\s+(?:still\s+)?"
                                   rf"(?:no|without)\s+{_A_SUPPLY}"
                                   r"|into\s+(?:the\s+)?(?:cold,?\s+(?:and\s+|into\s+)?)?(?:dark|darkness|blackouts?)"
                                   r"|(?:faced|face|facing|endured|experienced|suffered)\s+(?:power\s+)?(?:blackouts|outages|power\s+cuts)"
                                   # "millions facing life without heat, light, and running water"
                                   rf"|(?:faced|face|facing)\s+(?:life|days|weeks|(?:the|a)\s+winter)\s+without\s+{_A_SUPPLY}"
                                   rf"|(?:lose|lost|losing)\s+{_A_SUPPLY}"
                                   # "over 6 million customers compared to almost 12 million who were disconnected"
                                   r"|who\s+(?:were|are|had\s+been|have\s+been)\s+(?:disconnected|cut\s+off|de-?energi[sz]ed)"
                                   # "Of the 6,000 that had no heat supply after the Russian attack"
                                   rf"|(?:who|that|which)\s+(?:had|have|has)\s+no\s+{_A_SUPPLY})\b",
                                   re.IGNORECASE)  # "as millions faced blackouts", "45,000 lose power in Kherson strike"
# Whom a supply was cut to, left unnamed: "cut power to hundreds of thousands in …", "cut power to more
# than 20,000 residents and heat to some 17,000", "causes blackouts for hundreds of thousands".
_SUPPLY_TO_BEFORE = re.compile(r"\b(?:(?:power|electricity|heat|heating|water|gas|light)\s+to"
                               r"|(?:blackouts?|outages?|power\s+cuts?)\s+for)\s+$", re.IGNORECASE)


def _other_sector(text: str, mention: NumberMention, own: tp.Topics, previous: tp.Topics | None = None,
                  body: str = "") -> str:
    """Money, facility and housing counts of sectors the project does not follow ('Roads
    suffered some 24.8 billion euros in damage', '126 railway stations', '411 educational
    institutions … were damaged'): reason, or "" when the figure may be about energy, heat,
    water or gas. Homes, social facilities and businesses count only when they are left
    without a supply, not when they are damaged (said in the sentence, or in the one before it
    points back to: `previous`)."""
    facilities = mention.noun_class == "facilities"
    if mention.noun == "households" and _households_damaged(text, mention):
        return "damage to housing, social facilities or businesses (households), not to a supply"
    housing = (mention.noun in _HOUSING_AND_SOCIAL and not _UTILITY_MODIFIER.search(text, mention.end, mention.noun_end)
               and not _SUPPLIED_TO_BEFORE.search(text, max(0, mention.start - 40), mention.start))
    if housing or (facilities and _SOCIAL_MODIFIER.search(text, mention.end, mention.noun_end)):
        if (("outage" not in own and (previous is None or "outage" not in previous))
                or _damaged_itself(text, mention)):  # "destroyed 72 apartments"
            return f"damage to housing, social facilities or businesses ({mention.noun}), not to a supply"
        return ""
    if mention.noun_class == "attacks":
        return _attacks_on_another_sector(text, mention)
    if mention.form != "money" and not facilities:
        return ""
    if facilities and (_OWNS_BEFORE.search(text, max(0, mention.start - 30), mention.start)
                       or _held_not_damaged(text, mention)):
        return "describes what someone operates or owns, not damage"
    if facilities and _NON_UTILITY_MODIFIER.search(text, mention.end, mention.noun_end):
        return f"facilities of another sector ({text[mention.end:mention.noun_end].strip()})"
    if "other_sector" in own and "utility" not in own and not (body and _economy_only_in_names(body)):
        return "another sector: the sentence names no energy, heat, water or gas"
    return ""


def _economy_only_in_names(body: str) -> bool:
    """The sentence's only word of another sector is the economy in an institution's name ("The Federal Ministry
    for Economic Affairs and Climate Action is contributing 54.3 million euros via KfW")."""
    return (_ECONOMY_IN_A_NAME.search(body) is not None
            and "other_sector" not in tp.Topics(_ECONOMY_IN_A_NAME.sub(" ", body)))


_ECONOMY_IN_A_NAME = re.compile(r"\b(?:Ministry|Minister|Department|Committee|Commission)\s+(?:of|for)\s+(?:the\s+)?"
                                r"(?:Economic\s+Affairs|Economy|Economic\s+Development)\b")


def _held_not_damaged(text: str, mention: NumberMention) -> bool:
    """'the power plant needs to cool its six reactors': what someone has, with no damage word
    near ('destroyed its two units' and 'its two thermal power plants were hit' are damage)."""
    before = text[max(0, mention.start - 40):mention.start]
    return (_ITS_BEFORE.search(before) is not None and not _DAMAGE_WORD.search(before)
            and not _DAMAGE_WORD.search(text, mention.end, mention.end + 80))


def _attacks_on_another_sector(text: str, mention: NumberMention) -> str:
    """'703 attacks on health infrastructure': attacks whose target names another sector and no utility."""
    target = _ATTACKS_ON.match(text, mention.noun_end)
    if target and not _UTILITY_MODIFIER.search(target.group()) and (
            _SOCIAL_MODIFIER.search(target.group()) or "other_sector" in tp.Topics(target.group())):
        return f"attacks on another sector ({target.group().strip()})"
    return ""


_ATTACKS_ON = re.compile(r"\s+(?:on|against)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}[\w-]+")  # "on Ukraine's health facilities"
# "a power facility that was supplying electricity to 350,000 apartments": the homes a supply reached
# "the pipeline that provided heating to about 600 residences", "an energy facility that powered 350,000 apartments"
_SUPPLIED_TO_BEFORE = re.compile(r"\b(?:suppl(?:ying|ied|ies)|provid(?:ing|ed|es))\s+(?:electricity|power|heat\w*|water|gas)"
                                 r"\s+to\s+(?:[a-z]+\s+)?$"
                                 r"|\b(?:that|which)\s+(?:powered|powers|supplied|supplies|heated|heats)\s+(?:about\s+|around\s+|some\s+"
                                 r"|over\s+|nearly\s+|almost\s+|more\s+than\s+)?$", re.IGNORECASE)
# "3 houses were destroyed and more than 450 families were left without electricity": the houses are damage
# "reportedly destroyed 72 apartments in the complex": homes damaged, named before the count
_DAMAGED_BEFORE = re.compile(rf"\b(?:{_DAMAGE_PARTICIPLES})\s+(?:(?:at\s+least|about|around|over|more\s+than"
                             r"|nearly|almost|another|some)\s+)?$", re.IGNORECASE)
_DAMAGED_AFTER = re.compile(r"\s+(?:(?:were|was|have been|had been|are)\s+(?:\w+\s+)?)?(?:destroyed|damaged)\b", re.IGNORECASE)
# What supplies the households counted next, when it is the thing damaged: "power lines supplying 300 households
# were damaged", "a substation that serves 300 households"
_SUPPLIES_THEM_BEFORE = re.compile(r"\b(?:suppl(?:y|ying|ied|ies)|serv(?:e|es|ed|ing)|feed(?:s|ing)?|fed|power(?:s|ed|ing)"
                                   r"|heat(?:s|ed|ing)|connect(?:s|ed|ing)|to|for)\b[^.;]{0,30}$", re.IGNORECASE)


def _damaged_itself(text: str, mention: NumberMention) -> bool:
    """Is the counted thing said to be damaged, right after its noun or right before the number
    ("72 apartments were destroyed", "destroyed 72 apartments")?"""
    return (_DAMAGED_AFTER.match(text, mention.noun_end) is not None
            or _DAMAGED_BEFORE.search(text, max(0, mention.start - 30), mention.start) is not None)


def _households_damaged(text: str, mention: NumberMention) -> bool:
    """Are the households counted damaged themselves ("12 private households were damaged",
    "shelling damaged 14 households")? Households are usually counted when left without a
    supply; not when what supplies them is what was damaged."""
    return (_damaged_itself(text, mention)
            and not _SUPPLIES_THEM_BEFORE.search(text, max(0, mention.start - 40), mention.start))


_HOUSING_AND_SOCIAL = frozenset({"houses", "homes", "buildings", "outbuildings", "apartments", "flats", "high-rises", "hospitals",
                                 "schools", "kindergartens", "institutions", "shelters", "enterprises", "companies",
                                 "businesses", "residences",
                                 "garages", "premises", "warehouses", "shops"})  # "fire damaged ten premises" (a garage cooperative)
# "336 boiler houses", "pumping stations": a utility's facilities, whatever the noun.
_UTILITY_MODIFIER = re.compile(r"\b(?:boiler|pumping|power|heating|gas|water|transformer|energy)\b", re.IGNORECASE)
_SOCIAL_MODIFIER = re.compile(r"\b(?:educational|health|healthcare|medical|residential|cultural|religious|sports"
                              r"|administrative|private)\b", re.IGNORECASE)


_OWNS_BEFORE = re.compile(r"\b(?:operat(?:es|ed|ing)|owns|owned|runs|ran|manages|managed|comprises|includes"
                          r"|consists of|previously had|used to have|once had|(?:is|are|was|were)\s+responsible\s+for"
                          r"|(?:Ukraine|the\s+country)\s+(?:has|had))"  # "Ukraine has 90 main substations"
                          r"\s+(?:(?:the|its|their|all|some|about|over|more than|nearly|almost)\s+)?$", re.IGNORECASE)
_ITS_BEFORE = re.compile(r"\b(?:its|their|our|(?:we|they)\s+(?:have|had|operate|own))\s+$", re.IGNORECASE)  # "We have six power plants"
_DAMAGE_WORD = re.compile(r"\b(?:damag|destr|hit|struck|attack|shell|lost|disabl|target|knock)\w*", re.IGNORECASE)
_NON_UTILITY_MODIFIER = re.compile(r"\b(?:railway|rail|bus|metro|police|fire|filling|petrol|train|radio|TV|television"
                                   r"|warfare|ammunition|military|radar|command)\b",
                                   re.IGNORECASE)


def _drop_interceptions(text: str, sentences: list[Sentence], found: list[Found]) -> tuple[list[Found], list[Dropped]]:
    """Shot-down counts are kept only when the article gives no launched or hit count."""
    launched = any((f.mention.noun_class in ("weapons", "verb") or _launched_weapon_attacks(text, f)) and not f.intercept
                   for f in found)
    if not launched:
        return found, []
    # "destroyed all 39 drones", "(all 24 of them were shot down)": every one launched, so a launch count too;
    # so is "all of the 32 “aerial targets” launched against Kyiv had been shot down"
    stays = [not f.intercept or text[max(0, f.mention.start - 4):f.mention.start].lower() == "all "
             or (f.mention.noun_end > 0 and " of " not in text[f.mention.end:f.mention.noun_end]  # not "34 of the 48
                 and _LAUNCHED_AT_AFTER_NOUN.match(text, f.mention.noun_end) is not None)  # cruise missiles fired on"
             for f in found]
    kept = [f for f, stay in zip(found, stays, strict=True) if stay]
    dropped = [Dropped(f.mention.start, f.mention.end, f.mention.figure, "shot down; the article gives launched or "
                       "hit counts") for f, stay in zip(found, stays, strict=True) if not stay]
    return kept, dropped


def _launched_weapon_attacks(text: str, item: Found) -> bool:
    """'Russian forces launched 44 drone attacks against Ukrainian targets': a launch count too."""
    mention = item.mention
    return (mention.noun_class == "attacks" and _WEAPON_ATTACKS.match(text, mention.end, mention.noun_end) is not None
            and tp.launched_shortly_before(text, mention.start, item.sentence.start))


_WEAPON_ATTACKS = re.compile(r"\s+(?:\w+\s+)?(?:drone|missile|shahed|rocket|uav)\s+(?:attacks|strikes)$", re.IGNORECASE)
_LAUNCHED_AT_AFTER_NOUN = re.compile(r"[\"”’']?\s+(?:launched|fired)\s+(?:at|against|on|toward|towards|into)\b")


def _list_items(text: str, sentences: list[Sentence], index: PlaceIndex) -> tuple[list[Found], list[Dropped]]:
    """'Settlements without power by region: Kharkiv region — 8; Sumy region — 12.'"""
    found: list[Found] = []
    dropped: list[Dropped] = []
    for position, sentence in enumerate(sentences):
        colon = text.find(":", sentence.start, sentence.end)
        if colon < 0:
            continue
        lead = text[sentence.start:colon]
        lead_topics = tp.Topics(lead)
        noun, noun_class = _lead_noun(lead)
        for item_start, match in _items_after(text, colon + 1):
            names = index.find(match["name"])
            if not names:
                continue
            start = item_start + match.start("figure")
            end = item_start + match.end("unit" if match["unit"] else "figure")
            figure = text[start:end]
            try:
                quantity = parse_figure(normalized_figure(figure))
            except FigureError:
                continue
            form = "percent" if quantity.unit == "percent" else "count"
            if form == "count" and noun_class not in FIGURE_CLASSES:
                dropped.append(Dropped(start, end, figure, "list item: the lead says nothing counted"))
                continue
            if not any(topic in lead_topics for topic in tp.needed(form, noun_class)):
                dropped.append(Dropped(start, end, figure, "list item: the lead is not about damage or outages"))
                continue
            mention = NumberMention(start, end, figure, quantity, form, noun, noun_class, -1)
            quote_end = item_start + match.end("rest")
            quote_start = sentence.start if quote_end - sentence.start <= 600 else item_start
            found.append(Found(mention, sentence, position, quote_start, quote_end, "sentence", noun=noun,
                               lead=lead.strip(), topics=lead_topics,
                               place=names[0].text, place_code=names[0].geo_code, place_source="item"))
    return found, dropped


def _lead_noun(lead: str) -> tuple[str, str]:
    """The first counted noun in a list's lead sentence ('settlements', 'consumers')."""
    for word in _re(r"[a-z][\w'-]*").findall(lead.lower()):
        if NOUN_CLASS.get(word) in FIGURE_CLASSES:
            return word, NOUN_CLASS[word]
    return "", ""


def _items_after(text: str, start: int) -> list[tuple[int, re.Match]]:
    """List items after a colon: the rest of its line split at ';', then following lines.

    Blank lines between items are skipped; the first line that is no item ends the list.
    """
    items: list[tuple[int, re.Match]] = []
    cursor = start
    while cursor < len(text):
        line_end = text.find("\n", cursor)
        line_end = len(text) if line_end < 0 else line_end
        line = text[cursor:line_end]
        if line.strip():
            parts = [p for p in _re(r"[^;]+;?").finditer(line) if p.group().strip()]
            matches = [(cursor + p.start(), _LIST_ITEM.match(p.group())) for p in parts]
            if not matches or not all(m and len(m["name"].split()) <= 5 for _, m in matches):
                break
            items.extend((position, m) for position, m in matches if m)
            if line.rstrip().endswith("."):
                break  # the list's last item closes with a full stop
        cursor = line_end + 1
    return items


def _place(item: Found, doc: _Doc) -> None:
    """The place named nearest the figure in its sentence, else the place its sentence's
    context gives (`_context_place`, the same for every figure of the sentence)."""
    if item.place_code:
        return
    own = doc.specific_places[item.index]
    sentence = doc.text[item.sentence.start:item.sentence.end]
    if _ELSEWHERE_AFTER.match(doc.text, item.mention.end, item.sentence.end):
        _set_place(item, None, "sentence")  # "restored … in Kyiv, but hundreds of thousands elsewhere remained without power",
        # "rocking Kyiv with explosions … and leaving 1.2-million properties without power countrywide"
        return
    if item.mention.noun_class in ("weapons", "attacks") and (
            (_AT_THE_COUNTRY.search(sentence) and tp.launched_shortly_before(doc.text, item.mention.start,
                                                                            item.sentence.start))
            or _LAUNCHED_AT_THE_COUNTRY_AFTER.match(doc.text, item.mention.end, item.sentence.end)):
        _set_place(item, None, "sentence")  # "launched 56 drones … in an assault on Ukraine"
        return
    if item.mention.form in ("percent", "fraction") and _OF_A_KIND_OF_GENERATION.match(doc.text, item.mention.end):
        _set_place(item, None, "sentence")  # "occupied our largest nuclear power plant - ZNPP, in addition, … we lost
        return  # about 90% of wind generation": a share of the country's wind generation, not of the plant's region
    if (not own and item.mention.form == "percent" and tp.contains_any(tp.caseless(sentence), _DEFICIT_WORDS)
            and _GRID_DEFICIT.search(sentence)):
        _set_place(item, None, "sentence")  # "the power deficit for the evening maximum … may be about 17.5%": one grid
        return
    if own and _only_examples_of_the_whole_country(doc, item.index, own):
        _set_place(item, None, "sentence")  # "caused blackouts throughout the country, including in the capital Kyiv,
        return  # leaving millions of people without power"
    if own:
        listed = _place_listed_before(doc.text, item.mention, own)
        if listed is not None:
            _set_place(item, listed, "sentence")  # "in Dnipro region - 8, Lviv region - 6, Vinnytsia region - 5"
            return
        named = _place_right_after(doc.text, item.mention, own)
        other_regions = len(own) == 1 and _AND_OTHER_REGIONS.match(doc.text, own[0].end) is not None
        if (((named is None or "regions" in doc.text[item.mention.end:named.start]) and "regions" in sentence
                and (_COUNTED_REGIONS.search(sentence) or other_regions)) or (named is not None and other_regions)):
            _set_place(item, None, "sentence")  # "attacks … across 20 Ukrainian regions and Kyiv", "36 objects in
            return  # eight regions and Kyiv"
        chosen = named or _nearest_or_country(own, item.mention.start, doc.text)
        if chosen is not None and _OUTSIDE_THE_CITY_AFTER.match(doc.text, item.mention.end, item.sentence.end):
            chosen = doc.region_around(chosen) or chosen  # "748,000 households in Kyiv and 347,000 outside the city"
        _set_place(item, chosen, "sentence")
        return
    if item.index not in doc.context_places:
        doc.context_places[item.index] = _context_place(doc, item.index)
    _set_place(item, *doc.context_places[item.index])


def _only_examples_of_the_whole_country(doc: _Doc, index: int, own: list[PlaceMention]) -> bool:
    """The sentence says the whole country ("throughout the country") and names its places only as
    examples of it ("including in the capital Kyiv")."""
    return (any(m.strength == "weak_country" and m.text.lower() in _WHOLE_COUNTRY for m in doc.places[index])
            and all(_INCLUDING_BEFORE.search(doc.text, max(0, m.start - 30), m.start) for m in own))


_INCLUDING_BEFORE = re.compile(r"\bincluding\s+(?:in\s+)?(?:the\s+capital,?\s+)?$", re.IGNORECASE)


def _place_abroad(item: Found, doc: _Doc, res: Resources) -> str:
    """The place outside Ukraine the figure's sentence is about ("" if none): named in the sentence and
    nearer the figure than any Ukrainian place it names ("leaving the Russian city of Voronezh and around
    20,000 people without electricity", "a partial blackout in 24 settlements, affecting 5,400 people,"
    Belgorod Governor … said), or, for a sentence naming no known place, named in its paragraph when that
    names no Ukrainian place. Weapons count unless fired at Russia: "44 cruise missiles launched from the
    area of Russia's Rostov region" were fired at Ukraine."""
    if item.mention.noun_class == "weapons" or item.intercept:
        # "Ukraine also fired more than 60 drones at southern Russia overnight": strikes on Russia
        at_russia = _AT_RUSSIA_AFTER.match(doc.text, item.mention.noun_end, item.sentence.end) if item.mention.noun_end > 0 else None
        if at_russia:
            return "Russia"
        aimed = [m for m in _abroad_in(doc, item.index, res) if 0 < m.start() - item.mention.noun_end <= 90
                 and _AIMED_AT_A_TARGET_IN.match(doc.text, item.mention.noun_end, m.start())] if item.mention.noun_end > 0 else []
        if aimed:  # "as well as 19 drones at an oil refinery in the southern Saratov region"
            return aimed[0].group()
        after = doc.text[item.mention.noun_end:item.sentence.end] if item.mention.noun_end > 0 else ""
        crossed = (_CROSSED_INTO_AFTER.match(doc.text, item.mention.noun_end, item.sentence.end)
                   if "border" in after or "airspace" in after else None)
        if crossed:  # "about 20 Russian drones crossed the nearby border into Poland", "one Russian missile passed
            return crossed["country"] or crossed["adjective"]  # Moldovan and Romanian airspace"
        # "32 drones were downed over the Republic of Crimea, 13 over the Rostov Region, six over the Black Sea …":
        # a tally of weapons shot down over Russia, one region after another
        over = [m for m in _abroad_in(doc, item.index, res) if _OVER_BEFORE.search(doc.text, max(0, m.start() - 10), m.start())]
        return over[0].group() if over and item.intercept else ""
    if (item.mention.noun_class in ("attacks", "facilities", "verb", "ref", "")
            and doc.text.find("Russian", item.sentence.start, item.sentence.end) >= 0
            and _ON_RUSSIAN_ENERGY.search(doc.text, item.sentence.start, item.sentence.end)):
        return "Russia"  # "Ukraine had carried out five attacks on Russian energy infrastructure over the past day"
    names = _abroad_in(doc, item.index, res)
    if not names and not doc.places[item.index]:
        # "Authorities in Sergiyev Posad said 42,000 residents were left without electricity. Regional utility
        # provider Rosseti Moscow Region later said …": a sentence naming no known place, in a paragraph about a
        # place abroad that names none in Ukraine
        paragraph = [i for i in doc.paragraphs[item.sentence.paragraph] if i != item.index]
        if any(doc.specific_places[i] for i in paragraph):
            return ""
        names = [m for i in paragraph for m in _abroad_in(doc, i, res)]
    if not names:
        return ""
    position = item.mention.start
    nearest = min(names, key=lambda m: abs(m.start() - position))
    home = doc.specific_places[item.index]
    if home and min(abs(m.start - position) for m in home) < abs(nearest.start() - position):
        return ""
    return nearest.group()


# A share of one kind of the country's generation: "90% of wind generation", "80% of Ukraine's thermal power generation"
_OF_A_KIND_OF_GENERATION = re.compile(r"\s+of\s+(?:the\s+)?(?:(?:country|Ukraine)['’]s\s+)?(?:wind|solar|thermal|hydro|nuclear"
                                      r"|renewable)(?:\s+power)?\s+(?:generation|generating\s+capacity|capacity)\b",
                                      re.IGNORECASE)
_OVER_BEFORE = re.compile(r"\bover\s+(?:the\s+)?$", re.IGNORECASE)
_CROSSED_INTO_AFTER = re.compile(r"[^.;]{0,60}?\b(?:cross(?:ed|ing|es)?\s+(?:the\s+)?(?:[\w-]+\s+)?border\s+into\s+"
                                 r"(?!Ukraine\b)(?P<country>[A-Z][\w-]+)"
                                 r"|(?:passed|passing|crossed|crossing|entered|entering|violated|violating)\s+(?:through\s+)?"
                                 r"(?!Ukrainian\b)(?P<adjective>[A-Z][a-z]+)\s+(?:and\s+[A-Z][a-z]+\s+)?airspace)")
# Strikes aimed at Russia's energy: "five separate attacks against Russian energy facilities", "attacked Russian energy
# infrastructure six times", "its strikes on Russian energy infrastructure, targeting 14 installations"
_ON_RUSSIAN_ENERGY = re.compile(r"\b(?:on|against|at|attack(?:ed|s|ing)?|struck|strik(?:e|es|ing)|target(?:ed|s|ing)?|hit(?:s|ting)?)"
                                r"\s+(?:the\s+)?Russian\s+(?:energy|oil|gas|power|electricity)\s+(?:infrastructure|facilities"
                                r"|facility|sites?|installations?|plants?|grid|system)\b")
# Between a weapon and a place abroad: what it was aimed at, there ("… at an oil refinery in the southern ")
_AIMED_AT_A_TARGET_IN = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:at|on|against|toward|towards)\s+[^.;]*?\bin\s+(?:the\s+)?"
                                   r"(?:(?:southern|northern|western|eastern|central|south-?western|south-?eastern"
                                   r"|north-?western|north-?eastern|border)\s+)?$", re.IGNORECASE)
_AT_RUSSIA_AFTER = re.compile(r"[^.;]{0,40}?\b(?:at|on|into|against)\s+(?:the\s+)?(?:(?:southern|western|northern|central|border)\s+)?"
                              r"(?:Russia\b(?![’']s)|Russian\s+(?:territory|regions?|cities|airfields?|oil))")


def _abroad_in(doc: _Doc, index: int, res: Resources) -> list[re.Match]:
    """The places abroad that sentence `index` names (computed once per sentence)."""
    if index not in doc.abroad:
        sentence = doc.sentences[index]
        words = tp.sentence_words(doc.text[sentence.start:sentence.end])
        doc.abroad[index] = ([] if res.abroad_words.isdisjoint(words)
                             else list(res.abroad.finditer(doc.text, sentence.start, sentence.end)))
    return doc.abroad[index]


def _context_place(doc: _Doc, index: int) -> tuple[PlaceMention | None, str]:
    """For a sentence naming no specific place: the first one of the nearest earlier sentence
    of its paragraph that names one, else the country if it names it (or says "in regions
    near the front line" without naming them), else the nearest earlier sentence of the
    article naming a place, else the one place the article's address names (for an article
    naming none), else the country by default. A sentence that says "our region"
    or "the oblast" points back past a country it also names."""
    sentences = doc.sentences
    body = doc.text[sentences[index].start:sentences[index].end]
    if ("regions" in body or "egional" in body) and _UNNAMED_REGIONS.search(body):
        return None, "sentence"
    if any(m.strength == "weak_country" and m.text.lower() in _WHOLE_COUNTRY for m in doc.places[index]):
        return None, "sentence"  # "the nationwide barrage of more than 100 missiles", after a governor's words
    points_back = tp.contains_any(tp.caseless(body), _POINTS_BACK_WORDS) and _POINTS_BACK.search(body) is not None
    if not points_back and any(_the_whole_country(doc.text, m) for m in doc.places[index]):
        return None, "sentence"  # "In one day on June 1 alone, Ukraine lost another 1.2 GW", after a sentence on Kyiv
    for back in range(index - 1, -1, -1):
        if sentences[back].paragraph != sentences[index].paragraph:
            break
        specific = doc.specific_places[back]
        if specific:
            return _first_or_country(specific, doc.text), "paragraph"
    if not points_back and any(m.strength in ("country", "weak_country", "body") for m in doc.places[index]):
        return None, "sentence"
    for back in range(index - 1, -1, -1):
        usable = [m for m in doc.places[back] if m.strength not in ("pointer", "body")]
        specific = [m for m in usable if m.strength == "specific"]
        if specific:
            return _first_or_country(specific, doc.text), "article"
        if usable and not points_back:
            return None, "article"
    if points_back:  # "in 37 settlements of the region" … "Source: Zaporizhzhia OVA."
        for ahead in range(index + 1, len(sentences)):
            if doc.specific_places[ahead]:
                return _first_or_country(doc.specific_places[ahead], doc.text), "article"
    url = doc.url_place()  # an article that names no place at all: the one its address names, if any
    return (url, "url") if url is not None else (None, "default")


def _the_whole_country(text: str, mention: PlaceMention) -> bool:
    """The country named as itself: not in a title ("head of Ukraine’s Ukrhydroenergo"), nor "western
    Ukraine" or "many parts of Ukraine" (a part of it)."""
    return (mention.strength == "country"
            and not _PART_OF_THE_COUNTRY_BEFORE.search(text, max(0, mention.start - 30), mention.start)
            and not _TITLE_OF_BEFORE.search(text, max(0, mention.start - 30), mention.start))


_TITLE_OF_BEFORE = re.compile(r"\b(?:head|chief|director|minister|ceo|chairman|chairwoman|president|spokes\w+)\s+of\s+$",
                              re.IGNORECASE)
_PART_OF_THE_COUNTRY_BEFORE = re.compile(r"\b(?:(?:north|south)?-?(?:east|west)ern|(?:north|south)ern|central"
                                         r"|parts?\s+of|areas?\s+of|regions?\s+of|rest\s+of)\s+$", re.IGNORECASE)


# Weapons sent at the whole country: "… in an overnight assault on Ukraine", "at facilities across the country",
# "launched 13 attack drones targeting Ukraine".
_COUNTRY_AS_TARGET = (r"(?:on|at|against|across|over|throughout|towards?|into|targeting)\s+(?:energy\s+facilities\s+across\s+)?"
                      r"(?:the\s+territory\s+of\s+)?"  # "launched 7 missile and 20 air strikes on the territory of Ukraine"
                      r"(?:Ukraine\b(?!['’]s\b)|the (?:whole |entire )?country\b(?!['’]s\b))")  # not "at Ukraine's Lviv region"
_AT_THE_COUNTRY = re.compile(r"\b" + _COUNTRY_AS_TARGET)
# "more than 70 Russian missiles were launched across the country, including Kyiv, …", "More than 50 missiles hit
# critical facilities across Ukraine, leaving 80 per cent of Kyiv residents without water"
_LAUNCHED_AT_THE_COUNTRY_AFTER = re.compile(r"[^.;:]{0,60}?\b(?:launched|fired|hit|struck)\s+(?:[a-z]+\s+){0,2}?"
                                            + _COUNTRY_AS_TARGET)
_COUNTED_REGIONS = re.compile(r"\b(?:in|across|over|targeted|hit|struck|attacked)\s+(?:(?:at\s+least|more\s+than|over|some)\s+)?"
                              r"(?:\d+|several|multiple|many|numerous"
                              r"|a dozen|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
                              r"(?:[A-Z][a-z]+\s+)?regions\b")  # "36 objects in eight regions and Kyiv", "across at least six
# regions as multiple waves of air alerts rang out for hours in areas including the capital, Kyiv"
_ELSEWHERE_AFTER = re.compile(r"\s+(?:[a-z]+\s+){0,2}?elsewhere\b"
                              # "leaving 1.2-million properties without power countrywide" (after a sentence on Kyiv)
                              r"|\s+(?:[a-z]+\s+){0,4}?(?:countrywide|nationwide|across\s+the\s+country|across\s+Ukraine)\b")
_OUTSIDE_THE_CITY_AFTER = re.compile(r"\s+(?:[a-z]+\s+){0,2}?(?:outside|around)\s+the\s+(?:city|capital)\b"
                                     r"|\s+(?:[a-z]+\s+){0,2}?in\s+the\s+surrounding\s+(?:region|oblast|area)\b")
_DEFICIT_WORDS = ("deficit", "shortage", "shortfall")  # one is in every `_GRID_DEFICIT` match
_GRID_DEFICIT = re.compile(r"\b(?:power|electricity|energy|capacity|generation)\s+(?:deficit|shortage|shortfall)", re.IGNORECASE)
# "struck 13 sites in Kyiv and other regions", "6 million subscribers in Kyiv and most regions"
_AND_OTHER_REGIONS = re.compile(r"\s+and\s+(?:other|most|many|several|all)\s+(?:other\s+)?regions\b")
# "in regions near the front line", "in several regions": places not named, so the scope is wider.
_UNNAMED_REGIONS = re.compile(r"\b(?:in|across)\s+(?:several\s+|multiple\s+|many\s+|other\s+)?regions\b(?!\s+of\b)"
                              # "Regional military administrations will receive a further 2 billion UAH"
                              r"|\b[Rr]egional\s+(?:military\s+|state\s+)?administrations\b")
_WHOLE_COUNTRY = frozenset({"nationwide", "countrywide", "country-wide", "across the country", "the whole country",
                            "all over the country", "throughout the country"})
_POINTS_BACK_WORDS = ("region", "oblast", "province")  # one is in every `_POINTS_BACK` match (lower case)
_POINTS_BACK = re.compile(r"\b(?:our|the|this)\s+(?:region|oblast|province)\b(?!\s+of\b)", re.IGNORECASE)


def _place_listed_before(text: str, figure: NumberMention, mentions: list[PlaceMention]) -> PlaceMention | None:
    """The place a figure directly follows after a dash or inside brackets: 'Sumy region - 13 and Kharkiv
    region - seven', '45 – in the Kherson region (over 26 thousand consumers)'."""
    return next((m for m in mentions if m.end <= figure.start and _DASH_OR_BRACKET.fullmatch(text, m.end, figure.start)),
                None)


# "(over 26 thousand consumers)": a hedge the figure leaves out may follow the bracket
_DASH_OR_BRACKET = re.compile(r"\s*[-–—]\s*|\s*\(\s*(?:[a-z]+\s+){0,2}")


def _place_right_after(text: str, figure: NumberMention, mentions: list[PlaceMention]) -> PlaceMention | None:
    """'40,000 consumers in Kyiv region, 20,000 in Odesa', '3,700 – in Zaporizhzhia region': the place that
    follows the figure (and its counted noun) after 'in' is the figure's own, however many places the sentence names."""
    end = figure.noun_end if figure.noun_end > figure.end else figure.end
    for mention in mentions:
        if mention.start >= end and mention.start - end <= 40 and _re(
                r"\*?\s+(?:[–—-]\s+)?(?:[\w-]+\s+){0,3}?in\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}?").fullmatch(text, end, mention.start):
            # (a footnote mark may follow the noun: "1.2 mln families* in the Kyiv region")
            if any(_listed_together(text, mention, other) for other in mentions if other.geo_code != mention.geo_code):
                return None  # "in Donetsk and Luhansk regions": both, so neither alone
            return mention
    return None


def _nearest_or_country(mentions: list[PlaceMention], position: int, text: str) -> PlaceMention | None:
    """The place nearest the figure; the country when the sentence names three places or more,
    or when the nearest is one of a list ("in Donetsk and Luhansk regions")."""
    if len({m.geo_code for m in mentions}) >= 3:
        return None
    nearest = min(mentions, key=lambda m: (abs((m.start + m.end) // 2 - position), m.start))
    if any(_listed_together(text, nearest, other) for other in mentions if other.geo_code != nearest.geo_code):
        return None
    return nearest


def _listed_together(text: str, a: PlaceMention, b: PlaceMention) -> bool:
    first, second = (a, b) if a.start < b.start else (b, a)
    return first.end <= second.start and _re(r"\s*(?:,|and|,\s*and)\s*").fullmatch(text, first.end, second.start) is not None


def _first_or_country(mentions: list[PlaceMention], text: str) -> PlaceMention | None:
    """The first place an earlier sentence names; the country when it names three or more, or
    when the first is one of a list ("in Dnipropetrovsk and Sumy Oblasts")."""
    if len({m.geo_code for m in mentions}) >= 3:
        return None
    first = mentions[0]
    if any(_listed_together(text, first, other) for other in mentions[1:] if other.geo_code != first.geo_code):
        return None
    return first


def _set_place(item: Found, mention: PlaceMention | None, source: str) -> None:
    if mention is None:
        item.place, item.place_code = COUNTRY_NAME, COUNTRY_CODE
    else:
        item.place, item.place_code = mention.text, mention.geo_code
    item.place_source = source


def _claimant(item: Found, doc: _Doc) -> None:
    """Quotation, else own sentence (nearest), else back-reference, else previous sentence;
    an attribution to the article's publisher never counts."""
    figure = item.mention
    sentence = item.sentence
    quoted = [a for a in doc.quotes if a.cover_start <= figure.start < a.cover_end and doc.claims(a)]
    if quoted:
        _set_claimant(item, quoted[0], "quote", doc)
        return
    inside = _speakers_first([a for a in doc.said_in.get(item.index, ())
                              if not a.kind.startswith(("back_reference", "quote")) and doc.claims(a)])
    if inside:
        # "Ukraine says Russia … launched roughly 450 drones; officials reported ten dead": a speaker past a
        # semicolon speaks for its own clause
        same_clause = [a for a in inside if ";" not in doc.text[min(a.end, figure.end):max(a.start, figure.start)]]
        nearest = min(same_clause or inside, key=lambda a: (_distance(a, figure), a.start))
        _set_claimant(item, nearest, "sentence", doc)
        return
    covering = [a for a in doc.back_references if a.cover_start <= sentence.start < a.cover_end and doc.claims(a)
                and not (a.kind.endswith("source") and _IMPERSONAL_SOURCE.search(doc.text, sentence.start, sentence.end))]
    if covering:
        _set_claimant(item, covering[0], "back_reference", doc)
        return
    index = item.index
    if index > 0 and doc.sentences[index - 1].paragraph == sentence.paragraph:
        before = _speakers_first([a for a in doc.said_in.get(index - 1, ()) if not a.kind.startswith("back_reference")
                                  and doc.claims(a)])
        if before:
            _set_claimant(item, before[-1], "previous", doc)


def _speakers_first(attributions: list[Attribution]) -> list[Attribution]:
    """'Mykola Lukashuk reported, citing the Southern Operational Command, that …' credits
    Lukashuk; the source cited counts only when the one citing it is the publisher
    ('…, Caliber.Az reports, citing Ukrainian media') or another news outlet relaying a named
    source ('…, Radio Svoboda wrote, citing SBU'; not '…, Bloomberg reported, citing anonymous sources')."""
    named_sources = any(a.kind == "citing" and a.named for a in attributions)
    speakers = [a for a in attributions if a.kind != "citing"
                and not (named_sources and _NEWS_OUTLET.search(a.claimant))]  # "…, Radio Svoboda wrote, citing SBU": SBU
    return speakers or [a for a in attributions if a.kind == "citing" and (a.named or not named_sources)]


# A news outlet's name: relaying what it cites, it is not the claimant ("Radio Svoboda wrote, citing SBU")
_NEWS_OUTLET = re.compile(r"\b(?:Radio|TV|Television|News|Agency|Press|Media|Times|Post|Pravda|Svoboda|Journal|Gazette"
                          r"|Herald|Reuters|Interfax(?:-Ukraine)?|Ukrinform|UNN|RBC-Ukraine|Suspilne|Hromadske|UNIAN|TASS|RIA"
                          r"|Xinhua|AFP|Bloomberg|CNN|BBC)\b")


# "It later emerged that 80% …": the outlet's own finding, not the source line's.
_IMPERSONAL_SOURCE = re.compile(r"\b[Ii]t (?:later |also |then )?(?:emerged|became (?:known|clear)|was (?:later )?"
                                r"(?:reported|learned|learnt))\b")


_LONE_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "him", "her", "them"})
_LONE_DOCUMENTS = frozenset({"the statement", "the message", "the post", "the document", "the press release"})


def _person_before(item: Found, doc: _Doc) -> str:
    """For "He said …" that no attribution resolves: a person named in the sentence before
    ("Volodymyr Zelensky addressed the conference. He said …")."""
    index = item.index
    if index == 0 or doc.sentences[index - 1].paragraph != item.sentence.paragraph:
        return ""
    previous = doc.sentences[index - 1]
    return person_named_in(doc.text[previous.start:previous.end])


def _distance(attribution: Attribution, figure: NumberMention) -> int:
    if attribution.end <= figure.start:
        return figure.start - attribution.end
    if attribution.start >= figure.end:
        return attribution.start - figure.end
    return 0


def _set_claimant(item: Found, attribution: Attribution, source: str, doc: _Doc) -> None:
    if not attribution.named and attribution.claimant.lower() in _LONE_PRONOUNS:
        person = _person_before(item, doc) if attribution.claimant.lower() in ("he", "she") else ""
        if not person:
            return  # "it says" with nobody named before or soon after: the reviewer sees the quote
        attribution = attribution._replace(claimant=person, named=True)
    if not attribution.named and attribution.claimant.lower() in _LONE_DOCUMENTS:
        return  # '"… more than 18,000 households remain without electricity," the statement said': whose, unsaid
    item.claimant = attribution.claimant
    item.claimant_source = source
    item.claimant_named = attribution.named


def _merge_repeats(found: list[Found], text: str) -> list[Found]:
    kept: list[Found] = []
    by_unit_and_country: dict[tuple[str, str], list[Found]] = {}  # only these can be the same claim
    for item in found:
        earlier = by_unit_and_country.setdefault((item.mention.quantity.unit, _country(item.place_code)), [])
        same = next((k for k in earlier if _same_claim(k, item, text)), None)
        if same is None:
            kept.append(item)
            earlier.append(item)
            continue
        same.also.append((item.mention.start, item.mention.end))
        if _claimant_rank(item) > _claimant_rank(same):
            same.claimant, same.claimant_source = item.claimant, item.claimant_source
            same.claimant_named = item.claimant_named
    return kept


def _same_claim(a: Found, b: Found, text: str) -> bool:
    qa, qb = a.mention.quantity, b.mention.quantity
    if qa.unit != qb.unit or abs(qa.value - qb.value) > 1e-9 * max(1.0, abs(qa.value)):
        return False
    if (qa.qualifier == "range") != (qb.qualifier == "range"):
        return False  # "About 10 missiles" and "From 8 to 12 missiles": a range is its own claim
    if a.place_code != b.place_code and not _country_then_region(a, b):
        return False
    if qa.unit == "count":  # "17,000 people" and "17,000 subscribers" in one outage report
        if _different_supplies(a, b, text):
            return False  # "three thousand homes … without heating", "over three thousand subscribers … without power"
        return _stem(a.noun) == _stem(b.noun) or a.mention.noun_class == b.mention.noun_class == "people"
    return not _different_things(a, b, text)


def _country_then_region(a: Found, b: Found) -> bool:
    """Can two figures with different places be one claim? Yes when one names the country and the other a region
    of it: "more than 1.7 million Ukraine households" in the headline, then "More than 1.7 million households in
    Ukraine … after Russia's overnight attack on the southeastern Dnipropetrovsk region". Only for a precise figure
    of 1,000 or more, which two regions' claims rarely share ("56 settlements … in the Donetsk region", "56 – in the
    Sumy region"), or for weapons launched ("almost 500 drones and 40 missiles … against Ukraine", then the same
    with "The main target is Kyiv")."""
    if _country(a.place_code) not in (a.place_code, b.place_code) or "vague" in (a.mention.form, b.mention.form):
        return False
    return a.mention.quantity.value >= 1000 or a.mention.noun_class == b.mention.noun_class == "weapons"


def _country(place_code: str) -> str:
    return place_code.split("-", 1)[0]  # "UA-12" -> "UA"


def _different_supplies(a: Found, b: Found, text: str) -> bool:
    """Do the two figures' sentences name different supplies (and no supply in common)?"""
    named = [_SUPPLY_WORDS.keys() & tp.sentence_words(text[f.sentence.start:f.sentence.end]) for f in (a, b)]
    supplies = [{_SUPPLY_WORDS[w] for w in words} for words in named]
    return bool(supplies[0]) and bool(supplies[1]) and supplies[0].isdisjoint(supplies[1])


_SUPPLY_WORDS = {"power": "power", "electricity": "power", "light": "power", "electric": "power",
                 "heat": "heat", "heating": "heat", "water": "water", "gas": "gas"}


def _different_things(a: Found, b: Found, text: str) -> bool:
    """'about half of the generation capacity' and 'approximately half of the substations':
    the same share of two things. Both name what they are a share of and share no word."""
    words = [set(_re(r"[a-z]{4,}").findall(_share_of(f, text).lower())) - _OF_WHAT_FILLER for f in (a, b)]
    return bool(words[0]) and bool(words[1]) and words[0].isdisjoint(words[1])


def _share_of(item: Found, text: str) -> str:
    """What a share is a share of: the phrase after 'of' (after 'halved': its object), or for a change
    'by' a share ('capacity has been reduced by almost 50 percent') the words of its sentence before it."""
    of_what = _of_what(item, text)
    if not of_what and item.mention.figure.endswith("halved"):  # "has more than halved the country's energy capacity"
        halved = _re(r"\s+([^,.;:]{0,60})").match(text, item.mention.end, item.sentence.end)
        return halved.group(1) if halved else ""
    if not of_what and _re(r"\bby\s+$").search(text, max(item.sentence.start, item.mention.start - 4), item.mention.start):
        return text[item.sentence.start:item.mention.start]
    return of_what


def _of_what(item: Found, text: str) -> str:
    """The noun phrase after 'of' ('the large network substations'), up to its verb or preposition."""
    match = _re(r"\s+of\s+([^,.;:]{0,60})").match(text, item.mention.end, item.sentence.end)
    if not match:
        return ""
    return _re(r"\b(?:was|were|is|are|has|have|had|been|by|in|at|due|after|since|across|from)\b").split(
        match.group(1), maxsplit=1)[0]


_OF_WHAT_FILLER = frozenset({"ukraine", "country", "their", "this", "that", "with", "from", "have", "been", "were"})


def _stem(noun: str) -> str:
    """Singular of a counted noun, with synonyms of attack reports made one."""
    if noun.endswith("ies"):
        stem = noun[:-3] + "y"
    elif noun.endswith(("ches", "shes", "sses", "xes")):
        stem = noun[:-2]
    else:
        stem = noun[:-1] if noun.endswith("s") else noun
    return _SAME_THING.get(stem, stem)


# Nouns that count the same thing in attack reports: "50,000 drones" and later "50,000 UAVs"; "hit 112 facilities
# 255 times", then "255 strikes have been conducted on 112 targets"; "at least 15 explosions", then "15 strikes".
_SAME_THING = {"uav": "drone", "shahed": "drone", "kamikaze": "drone", "rocket": "missile",
               "time": "strike", "hit": "strike", "attack": "strike", "explosion": "strike", "blast": "strike",
               "object": "facility", "target": "facility", "site": "facility",
               "infrastructure": "facility"}  # "112 critical civil infrastructure facilities" is read as "infrastructure"


def _claimant_rank(item: Found) -> tuple[int, int]:
    sources = {"quote": 3, "sentence": 3, "back_reference": 2, "previous": 1, "": 0}
    return (sources[item.claimant_source] + (2 if item.claimant_named else 0), len(item.claimant))


def _measure(text: str, item: Found) -> tuple[str, str]:
    """(measure, clause) for the figure: the words after it, else the words before it."""
    if item.lead:
        return item.lead, item.lead
    s = item.sentence
    figure = item.mention
    stop = _MEASURE_STOP.search(text, figure.end, s.end)
    after = text[figure.end: stop.start() if stop else s.end].strip(" ,()")
    clause = item.clause or tp.clause_bounds(text, figure.start, figure.end, s.start, s.end)
    head = text[clause[0]:figure.start]
    cut = tp.last_match(_HEAD_CUT, _HEAD_CUT_BACKWARD, head, len(head))  # its matches never overlap
    head = (head[cut.end():] if cut else head).strip()
    head = " ".join(head.split()[-6:])
    if len(after.split()) >= 2:
        measure = after
    else:
        measure = " ".join(p for p in (head, after) if p)
    measure = (" ".join(measure.split()) if not measure[:1].isspace() else _re(r"\s+").sub(" ", measure))[:200].strip()
    clause_text = " ".join(f"{head} {after}".split())
    return measure, clause_text


_WEAPONS_LAUNCHED = frozenset({"missiles_launched", "drones_launched"})


def _metric(res: Resources, unit: str, texts: list[str]) -> str:
    for candidate in texts:
        if not candidate:
            continue
        metric_id, _how = res.vocabulary.match_measure(candidate)
        if metric_id and _unit_fits(res.vocabulary[metric_id].unit, unit):
            return metric_id
    return ""


def _metric_of_count(item: Found, doc: _Doc, res: Resources) -> tuple[str, str]:
    """(metric, "") when what the count counts (`counted.readings`) maps to exactly one
    metric of its unit; ("", why not) when it maps to several or none; ("", "") otherwise."""
    s = item.sentence
    span = (s.start, s.end)
    readings = counted.readings(doc.text, item.mention, item.clause or span, span, item.topics or tp.Topics(""),
                                item.intercept)
    unit = item.mention.quantity.unit
    answers = [res.vocabulary.match_measure(reading) for reading in readings]
    fits = sorted({m for m, _how in answers if m and _unit_fits(res.vocabulary[m].unit, unit)})
    if len(fits) == 1:
        return fits[0], ""
    if fits:
        return "", f"it counts {' / '.join(readings)}: several metrics fit ({', '.join(fits)})"
    if readings:
        return "", f"it counts {' / '.join(readings)}: no metric of unit {unit} fits"
    return "", ""


def _unit_fits(metric_unit: str, unit: str) -> bool:
    if metric_unit == unit:
        return True
    if metric_unit == "hours_per_day" and unit == "hours":
        return True
    return metric_unit == "USD" and len(unit) == 3 and unit.isupper()


def _period(item: Found, doc: _Doc) -> str:
    """The usable date phrase nearest the figure in its sentence, else in its paragraph."""
    start = item.mention.start
    return doc.period(doc.dates[item.index], start) or doc.period(doc.paragraph_dates(item.sentence.paragraph), start)


def _reported_on(value: str):
    try:
        return parse_reported_on(value)
    except PeriodError:
        return None


def _row(item: Found, doc: _Doc, res: Resources) -> dict:
    article = doc.article
    text = article.text
    mention = item.mention
    measure, clause = _measure(text, item)
    unfilled = ""  # why the metric stays blank, when the extractor knows what is counted
    if item.restored:  # reconnections have a metric of their own; restored plants or settlements have none
        metric = _metric(res, mention.quantity.unit, [RECONNECTED]) if mention.noun_class == "people" else ""
    else:
        # The words after the figure first, then what a count counts, then its whole clause:
        # in "launched 56 drones and one missile" the clause names drones, the count missiles.
        metric = _metric(res, mention.quantity.unit, [measure])
        if metric in _WEAPONS_LAUNCHED and mention.noun_class == "weapons":
            own, _why = _metric_of_count(item, doc, res)  # "408 drones and 39 missiles — … 382 drones": the 39 count
            metric = own if own in _WEAPONS_LAUNCHED else metric  # missiles, whatever the words after them name first
        if not metric:
            metric, unfilled = _metric_of_count(item, doc, res)
        if not metric and not unfilled:
            metric = _metric(res, mention.quantity.unit, [clause])
    quote = text[item.quote_start:item.quote_end]
    quote = (_re(r"[ \t]*\n[ \t]*").sub(" ", quote) if "\n" in quote else quote).strip()
    notes = [mention.etl_reading] if mention.etl_reading else []
    if item.restored:
        what = "share" if mention.quantity.unit == "percent" else "count"
        notes.append(f"restored: a {what} of connections restored after an outage, not of who is cut off")
    if item.also:
        notes.append("repeated at chars " + ", ".join(f"{a}-{b}" for a, b in item.also))
    if item.place_source == "url":
        notes.append("place: named only in the article's address")
    row = {  # in CANDIDATE_COLUMNS order; check and confidence are filled in last
        "reported_on": article.reported_on,
        "publisher": article.publisher,
        "url": article.url,
        "claimant": item.claimant,
        "place": _written_place(item, res),
        "period": _period(item, doc),
        "measure": measure,
        "figure": mention.figure,
        "quote": quote,
        "metric": metric,
        "status": "reported",
        "notes": "; ".join(notes),
        "candidate_id": candidate_id(article, mention),
        "review": PROPOSED,
        "confidence": "",
        "check": "",
        "article": article.label,
        "value": format_number(mention.quantity.value),
        "value_low": format_number(mention.quantity.low),
        "value_high": format_number(mention.quantity.high),
        "unit": mention.quantity.unit,
        "figure_start": str(mention.start),
        "figure_end": str(mention.end),
        "sentence_start": str(item.quote_start),
        "sentence_end": str(item.quote_end),
    }
    row["check"] = etl_check(row, res)
    if unfilled and row["check"] != "ok":
        row["check"] += f"; {unfilled}"
    row["confidence"] = f"{confidence(item, row):.2f}"
    return row


def _written_place(item: Found, res: Resources) -> str:
    """The place as written when the gazetteer reads it exactly as the extractor did, else the
    unit's name ("Odesa Regional [Military Administration]" → "Odesa Oblast")."""
    if item.place_code != COUNTRY_CODE and item.place.rsplit(" ", 1)[-1].lower() in _ADMINISTRATION_WORDS:
        return res.gazetteer.region_name(item.place_code)  # no alias has these words: skip a fuzzy search
    resolved = res.gazetteer.resolve(item.place)
    if isinstance(resolved, Place) and resolved.geo_code == item.place_code and resolved.method != "fuzzy":
        return item.place
    if item.place_code == COUNTRY_CODE:
        return COUNTRY_NAME
    return res.gazetteer.region_name(item.place_code)


# Oblast words of administrations (`placenames.OBLAST_WORDS`) that no place alias ends with.
_ADMINISTRATION_WORDS = frozenset({"regional", "rma", "ova", "oda", "oma", "rva"})


def confidence(item: Found, row: dict) -> float:
    """0.40 base + relevance (0.20 own sentence, 0.10 via 'This is …') + form (0.10 unit or
    counted noun, 0.05 word number or fraction, 0 vague plural) + claimant (0.15 named in the
    sentence or quotation, 0.10 resolved pronoun, back-reference or previous sentence)
    + place (0.10 in the sentence or list item, 0.05 from context) + metric matched (0.05);
    −0.15 for a shot-down count, −0.10 for a restoration. Capped at 0.6 when the ETL would reject
    the row and at 0.5 when the ETL would read the figure as written differently from the extractor."""
    score = 0.40
    score += 0.20 if item.relevance == "sentence" else 0.10
    form = item.mention.form
    score += {"vague": 0.0, "word": 0.05, "fraction": 0.05}.get(form, 0.10)
    if item.claimant:
        direct = item.claimant_source in ("quote", "sentence") and item.claimant_named
        score += 0.15 if direct else 0.10
    score += {"sentence": 0.10, "item": 0.10, "paragraph": 0.05, "article": 0.05}.get(item.place_source, 0.0)
    score += 0.05 if row["metric"] else 0.0
    score -= 0.15 if item.intercept else 0.0
    score -= 0.10 if item.restored else 0.0
    if row["check"] != "ok":
        score = min(score, ETL_REJECT_CAP)
    if item.mention.etl_reading:
        score = min(score, READING_CAP)
    return round(max(0.0, min(1.0, score)), 2)


def etl_check(row: dict, res: Resources) -> str:
    """'ok' when `etl.reports.normalize_row` accepts the row as it stands, else its reason."""
    fields = {column: row.get(column, "") for column in REPORT_COLUMNS}
    outcome = normalize_row(RawRow("candidate", 2, fields), res.context)
    if isinstance(outcome, dict):
        return "ok"
    return outcome.reason.replace("candidate, row 2, ", "", 1)


def candidate_id(article: Article, mention: NumberMention) -> str:
    """Stable id: the same figure at the same place of the same article gets the same id."""
    key = "\x1f".join((article.url or article.label, str(mention.start), str(mention.end), mention.figure))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def format_number(value: float | None) -> str:
    """Plain decimal, no exponent, at most four decimals: '4500000', '33.3333'."""
    if value is None:
        return ""
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.4f}".rstrip("0").rstrip(".")


def _company_before(text: str, position: int, companies: re.Pattern, sentence_start: int) -> str:
    """The company 'the company' at `position` refers to: the first one its sentence (from
    `sentence_start`) names before it ('34 facilities of Ukrgasvydobuvannya, … part of the state
    Naftogaz Group, …, the company reported'), else the last one named in the 600 characters
    before ("" if none)."""
    named = list(companies.finditer(text, max(0, position - _COMPANY_REACH), position))
    if not named:
        return ""
    own = [m for m in named if m.start() >= sentence_start]
    return (own[0] if own else named[-1]).group()


_COMPANY_REACH = 600  # characters: how far back "the company" may refer


def _is_publisher(claimant: str, publisher: str) -> bool:
    """The article's own publisher: "Ukrainian News" is "the Ukrainian News agency" too."""
    if not publisher:
        return False
    said, own = _folded(claimant).removeprefix("the "), _folded(publisher)
    if said == own:
        return True
    if own.endswith(")") and "(" in own:  # "MENAFN (Ukrinform)": a reprint of Ukrinform's own report
        return _is_publisher(claimant, publisher[publisher.rindex("(") + 1:-1])
    return said.startswith(own + " ") and said[len(own) + 1:] in _PUBLISHER_TAILS


_PUBLISHER_TAILS = frozenset({"agency", "news agency", "news", "website", "publication", "outlet"})


_folded = lru_cache(maxsize=65536)(fold)


@lru_cache(maxsize=4)
def _load_resources(reference_dir: str) -> Resources:
    base = Path(reference_dir)
    gazetteer = Gazetteer.from_reference(base)
    vocabulary = Vocabulary.from_reference(base)
    context = Context(gazetteer=gazetteer, claimants=ClaimantRegistry.from_reference(base), vocabulary=vocabulary,
                      today=date.max)
    names = context.claimants.organisation_names(("energy_company", "grid_operator"))
    companies = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")\b")
    abroad_names = [row["name"] for row in places_abroad(base)]
    # "Belgorod", but not Ukraine's "Belgorod-Dnestrovsky" (Bilhorod-Dnistrovskyi); written as `whole_words` does,
    # so that the engine skips to the names' first letters
    abroad = re.compile(tp.whole_words(sorted(abroad_names, key=len, reverse=True)) + r"(?![-\s]+(?:Dnestr|Dnistr))")
    return Resources(places=PlaceIndex.from_reference(base), gazetteer=gazetteer, vocabulary=vocabulary,
                     context=context, companies=companies, abroad=abroad,
                     abroad_words=frozenset(name.split()[0].lower() for name in abroad_names))


__all__ = ["CANDIDATE_COLUMNS", "REPORT_COLUMNS", "Resources", "extract_article", "explain_article"]
