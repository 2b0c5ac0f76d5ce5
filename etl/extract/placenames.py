"""Find place names in running text with the gazetteer's own reference tables.

`etl.places.Gazetteer` resolves a place *as written*; scanning prose needs the reverse:
an index of every name that may appear. It is built here from the same CSV files
(countries, regions, place aliases, cities with their Latin and Cyrillic alternate
names) and skips names that would fire on ordinary words: alternate names shorter than
four letters, all-lower-case transliterations, names shared by cities in different
first-level units, and a few city names that are also surnames, rivers or common words.

Scanning looks up runs of capitalised words (up to five) in a dict, so its cost does not
grow with the size of the gazetteer; whether a capitalised word can start a name at all
is remembered per word. A region stem ("Kharkiv", "Київська") counts as the
oblast when a word such as "region", "oblast" or "Regional" follows it, or when it is
part of a list closed by "regions"/"oblasts". A name followed by a river word ("the
Dnipro cascade") is not a place. Mentions of the country come in two strengths: the
name itself ("Ukraine") and weak forms ("Ukrainian", "nationwide", "the country").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import NamedTuple

from etl import paths
from etl.extract.topics import caseless, contains_any
from etl.places import OTHER_NAME, city_names, name_rank, place_tables
from etl.text import fold

_re = lru_cache(maxsize=None)(re.compile)  # inline patterns, compiled once

MIN_ALTERNATE_LENGTH = 4
# City names in the reference table that are also surnames, rivers or everyday words.
STOP_NAMES = frozenset({"rayon", "shevchenko", "korolyov", "kybalchych", "desna", "samar", "bosse",
                        "masany", "terny", "sotsmisto", "stare misto", "pivdenne", "molodizhne",
                        "trudivskyi", "prymorskyi", "tsentralnyi", "zarichnyi", "podil", "lypky",
                        "tatarka", "klov", "ihren", "priorka", "bohuslav", "horodok", "pivdennyi", "skhid", "human",
                        "volodymyr", "vladimir", "volodimir", "wolodymyr",  # given names: "President Volodimir Zelensky",
                        "володимир", "владимир"})  # "Володимир Зеленський (@ZelenskyyUa)"
# A city name followed by one of these words names an organisation ("Kyiv School of Economics")
# or a time zone ("as of 19:00 Kyiv time").
ORG_WORDS = frozenset({"school", "university", "institute", "independent", "post", "academy", "times", "journal",
                       "herald", "pravda", "club", "polytechnic", "dynamo", "metro", "zoo", "opera", "city's",
                       "time"})
OBLAST_WORDS = frozenset({"region", "oblast", "province", "regional", "obl", "rma", "ova", "oda", "oma",
                          "rva", "область", "області", "обл", "oblasti"})
PLURAL_OBLAST_WORDS = frozenset({"regions", "oblasts", "provinces", "областях", "областей"})
RIVER_WORDS = frozenset({"river", "cascade", "reservoir", "basin", "dam", "riverbank"})

_TOKEN = re.compile(r"[A-ZА-ЯІЇЄҐ][\w'’`\-]*|[a-zа-яіїєґ][\w'’`\-]*|[,;:]|\S")
_POSSESSIVE_ENDINGS = ("'s", "’s", "`s", "ʼs")  # "Ukraineʼs" (U+02BC, a letter to `\w`)
# A capitalised word not glued to a word before it; the look-behind follows the first letter
# so that the regular-expression engine skips to capitals instead of trying every position.
_CAPITALISED = re.compile(r"[A-ZА-ЯІЇЄҐ](?<![\w'’`\-][A-ZА-ЯІЇЄҐ])[\w'’`\-]*")
_WEAK = re.compile(r"\b(?:(?P<capital>the capital|ukraine['’]s capital|the ukrainian capital)(?![-\w])"
                   r"|(?P<country>ukrainians?|nationwide|countrywide|country-wide|across the country"
                   r"|the whole country|all over the country|throughout the country)\b)", re.IGNORECASE)
# Every weak mention holds one of these, lower-cased (see `topics.caseless`).
_WEAK_WORDS = ("capital", "ukrainian", "nationwide", "countr")
_EXAMPLE_CUES = ("including", "such as", "among them", "for example", "for instance")  # see `_example`
_MAX_WORDS = 5
_FACILITY_ENDINGS = frozenset({"plant", "station"})
_ONE, _LONGER = 1, 2  # `PlaceIndex._opens`
_OPENING_WORDS = 65536  # words `PlaceIndex._opens` remembers
_LIST_TAIL = re.compile(r"(?:\s*(?:,|and|та|і)\s*[A-ZА-ЯІЇЄҐ][\w'’\-]*(?:\s[A-Z][\w'’\-]*)?)*\s+(\w+)")


@dataclass(frozen=True)
class Entry:
    geo_code: str
    level: str  # country, oblast, city
    kind: str  # name, stem (needs an oblast word), city, country
    name: str  # what to write in the place column


class PlaceMention(NamedTuple):
    start: int
    end: int
    text: str  # as written in the article (with its oblast word, if any)
    geo_code: str
    level: str  # country, oblast, city
    strength: str  # specific, country, weak_country, pointer (Ukraine's ... region), body (… Service of Ukraine)


class PlaceIndex:
    """Folded name → entries; built once from the reference tables."""

    def __init__(self, countries: list[dict], regions: list[dict], aliases: list[dict], cities: list[dict]):
        self.names: dict[str, Entry] = {}
        self.stems: dict[str, Entry] = {}
        self.cities: dict[str, Entry] = {}
        self.capital = ""
        self.capitals: dict[str, str] = {}  # folded oblast capital name -> oblast code
        self.oblast_around: dict[str, tuple[str, str]] = {}  # folded centre's name -> its oblast's code and name
        for row in countries:
            for key in ("name", "name_uk", "name_ru"):
                self.names[fold(row[key])] = Entry(row["geo_code"], "country", "country", row["name"])
        for row in regions:
            level = "city" if row["kind"] == "city" else "oblast"
            for key in ("name", "name_uk", "name_ru"):
                self.names.setdefault(fold(row[key]), Entry(row["geo_code"], level, "name", row["name"]))
            if level == "city" and row.get("capital", "") == row["name"] and not self.capital:
                self.capital = row["geo_code"]
            if row.get("capital"):
                self.capitals.setdefault(fold(row["capital"]), row["geo_code"])
                if level == "oblast":
                    self.oblast_around.setdefault(fold(row["capital"]), (row["geo_code"], row["name"]))
        for row in aliases:
            key = fold(row["alias"])
            if not key or not row["alias"][0].isupper():
                continue  # lower-case aliases ("the country") are handled as weak mentions
            if row["geo_level"] == "oblast_stem":
                self.stems.setdefault(key, Entry(row["geo_code"], "oblast", "stem", row["alias"]))
            else:
                self.names.setdefault(key, Entry(row["geo_code"], row["geo_level"], "name", row["alias"]))
        self._add_cities(cities)
        keys = [*self.names, *self.stems, *self.cities]
        self.max_words = min(_MAX_WORDS, max(len(k.split()) for k in keys))
        # First words of names of two words or more: only these need longer lookups.
        self.first_words = frozenset(k.split()[0] for k in keys if " " in k)
        self._opening: dict[str, int] = {}  # word as written -> `_opens` answer

    @classmethod
    def from_reference(cls, reference_dir: Path = paths.REFERENCE) -> PlaceIndex:
        return _load_index(str(reference_dir))

    def _add_cities(self, cities: list[dict]) -> None:
        owners: dict[str, set[str]] = {}
        first: dict[str, Entry] = {}
        for row in cities:  # sorted by population, descending
            for name, primary in city_names(row):
                key = fold(name)
                if _usable_city_name(name, key, primary):
                    owners.setdefault(key, set()).add(row["geo_code"])
                    first.setdefault(key, Entry(row["geo_code"], "city", "city", row["name"]))
        bearers: dict[str, dict[str, tuple[int, Entry]]] = {}  # shared name -> unit -> (population, entry) of its bearers
        for row in cities:
            own = fold(row["name"])
            for name, primary in city_names(row):
                key = fold(name)
                if len(owners.get(key, ())) > 1 and name_rank(key, own, primary) != OTHER_NAME:
                    entry = Entry(row["geo_code"], "city", "city", row["name"])  # not an old name of another town
                    bearers.setdefault(key, {}).setdefault(row["geo_code"], (int(row["population"] or 0), entry))
        for key, entry in first.items():
            if key in STOP_NAMES:
                continue
            if len(owners[key]) == 1:
                self.cities[key] = entry
            elif self.capitals.get(key) in owners[key]:  # "Mykolaiv": the oblast capital wins
                code = self.capitals[key]
                self.cities[key] = Entry(code, "city", "city", entry.name if entry.geo_code == code else key.title())
            else:
                named = _the_one_so_named(bearers.get(key, {}))
                if named is not None:
                    self.cities[key] = named

    def region_around(self, mention: PlaceMention) -> PlaceMention | None:
        """The oblast around a city that is its centre ("Kyiv" -> Kyiv Oblast); None for others."""
        around = self.oblast_around.get(fold(mention.text)) if mention.level == "city" else None
        if around is None:
            return None
        return mention._replace(geo_code=around[0], text=around[1], level="oblast")

    def lookup(self, key: str) -> Entry | None:
        """Entry for a folded name: unit names first, then cities, then bare stems."""
        return self.names.get(key) or self.cities.get(key) or self.stems.get(key)

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[PlaceMention]:
        """Place mentions in text[start:end], in order."""
        end = len(text) if end is None else end
        mentions: list[PlaceMention] = []
        resume = start
        opening = self._opening
        for capital in _CAPITALISED.finditer(text, start, end):
            if capital.start() < resume:
                continue
            opens = opening.get(capital.group())
            if opens is None:
                opens = self._opens(capital.group())
            if not opens:
                continue  # the common case: a capitalised word that names no place
            # A name of one word needs the words after it only for the checks that follow it.
            wanted = self.max_words + 4 if opens == _LONGER else 6
            tokens = [(m.start(), m.end(), m.group()) for m in
                      islice(_TOKEN.finditer(text, capital.start(), min(end, capital.start() + 160)), wanted)]
            found = self._match_at(text, tokens, 0)
            if found is None:
                continue
            mention, next_i = found
            resume = tokens[next_i - 1][1]
            if not _dateline(text, mention, start) and not _example(text, mention) and not _speaks(text, mention) \
                    and not (mention.geo_code == self.capital and (_receives(text, mention) or _addressed(text, mention))):
                mentions.append(mention._replace(strength="body") if _in_body_name(text, mention) else mention)
        mentions.extend(self._weak_mentions(text, start, end))
        if len(mentions) > 1:
            mentions.sort(key=lambda m: m.start)
            mentions = _without_districts_of_the_next(mentions, text)
        return self._apply_plural_lists(mentions, text)

    def _opens(self, word: str) -> int:
        """Can a place name start at this capitalised word? 0 no, `_ONE` as a one-word
        name, `_LONGER` as the first word of a longer name; remembered per word (in
        `_opening`, which `find` reads first)."""
        opens = self._opening.get(word)
        if opens is None:
            key = _fold_token(_without_possessive(word))
            if key not in self.first_words and self.lookup(key) is None:
                opens = 0
            elif key in self.first_words or _fold_token(word) in self.first_words:  # see `_match_at`
                opens = _LONGER
            else:
                opens = _ONE
            if len(self._opening) >= _OPENING_WORDS:
                self._opening.clear()
            self._opening[word] = opens
        return opens

    def _match_at(self, text: str, tokens: list, i: int) -> tuple[PlaceMention, int] | None:
        longest = min(self.max_words, len(tokens) - i) if _fold_token(tokens[i][2]) in self.first_words else 1
        words = [t[2] for t in tokens[i:i + longest]]
        # Names are runs of words that start with a letter: longer runs cannot match.
        alphabetic = next((n for n, word in enumerate(words) if not word[0].isalpha()), longest)
        for size in range(alphabetic, 0, -1):
            if size > 1 and not words[size - 1][0].isupper() and words[size - 1] not in _FACILITY_ENDINGS:
                continue  # "the Dnipro hydroelectric power plant" is a plant's alias, lower case or not
            last = _without_possessive(words[size - 1])
            possessive = last != words[size - 1]
            key = " ".join([*map(_fold_token, words[:size - 1]), _fold_token(last)])
            entry = self.lookup(key)
            if entry is None:
                continue
            j = i + size
            follow = tokens[j][2].lower().rstrip(".") if j < len(tokens) else ""
            m_start, m_end = tokens[i][0], tokens[j - 1][1] - (len(words[size - 1]) - len(last))
            if follow in RIVER_WORDS or (follow in ORG_WORDS and entry.level != "country"):
                return None
            if entry.level == "country":
                strength = "pointer" if possessive and _points_to_region(tokens, j) else "country"
                return PlaceMention(m_start, m_end, text[m_start:m_end], entry.geo_code, "country", strength), j
            if follow in OBLAST_WORDS and not possessive:
                stem = self.stems.get(key)
                if stem is not None:
                    o_end = tokens[j][1]
                    return PlaceMention(m_start, o_end, text[m_start:o_end], stem.geo_code, "oblast", "specific"), j + 1
            if entry.kind == "stem" and key not in self.cities:
                return None  # a bare stem ("Kyivska") without its oblast word
            written = text[m_start:m_end]
            return PlaceMention(m_start, m_end, written, entry.geo_code, entry.level, "specific"), j
        return None

    def _weak_mentions(self, text: str, start: int, end: int) -> list[PlaceMention]:
        found: list[PlaceMention] = []
        lowered = caseless(text[start:end])
        if not contains_any(lowered, _WEAK_WORDS):
            return found
        for m in _WEAK.finditer(text, start, end):
            if m.lastgroup == "capital" and self.capital:
                found.append(PlaceMention(m.start(), m.end(), m.group(), self.capital, "city", "specific"))
            elif m.lastgroup == "country" and not _ACTOR_AFTER.match(text, m.end()):
                found.append(PlaceMention(m.start(), m.end(), m.group(), "UA", "country", "weak_country"))
        return found

    def _apply_plural_lists(self, mentions: list[PlaceMention], text: str) -> list[PlaceMention]:
        """'Kyiv, Kharkiv and Sumy regions': every listed stem is an oblast, not a city."""
        out = list(mentions)
        for index, mention in enumerate(mentions):
            if mention.level != "city" or mention.strength != "specific":
                continue
            closing = _LIST_TAIL.match(text[mention.end: mention.end + 200])
            if not closing or closing[1].lower() not in PLURAL_OBLAST_WORDS:
                continue
            stem = self.stems.get(fold(mention.text))
            if stem:
                out[index] = PlaceMention(mention.start, mention.end, f"{mention.text} Oblast",
                                          stem.geo_code, "oblast", "specific")
        return out


def _without_districts_of_the_next(mentions: list[PlaceMention], text: str) -> list[PlaceMention]:
    """'the Dniprovskyi district of Kherson': the district's name is one several cities share (Kyiv has a
    Dniprovskyi district too), and the place it is a part of says where it is."""
    return [m for i, m in enumerate(mentions)
            if i + 1 == len(mentions) or not _DISTRICT_OF.fullmatch(text, m.end, mentions[i + 1].start)]


_DISTRICT_OF = re.compile(r"\s+(?:city\s+)?(?:district|raion|rayon|neighbou?rhood|micro-?district)\s+(?:of|in)\s+(?:the\s+)?"
                          r"(?:city\s+of\s+)?", re.IGNORECASE)


def _without_possessive(word: str) -> str:
    """'Ukraine's' → 'Ukraine' (a word never holds a line break, so no `$` subtlety)."""
    return word[:-2] if word.endswith(_POSSESSIVE_ENDINGS) else word


@lru_cache(maxsize=65536)
def _fold_token(word: str) -> str:
    """`etl.text.fold` of one word, cached: words repeat across sentences and articles."""
    return fold(word)


def _dateline(text: str, mention: PlaceMention, start: int) -> bool:
    """'KYIV (Reuters) -', 'KYIV and LONDON --', 'KYIV. Oct 26 (Interfax-Ukraine) –', 'KIEV, December 23.',
    'Kyiv, 5 April 2023 –': where the report was filed, not a place it is about."""
    if mention.start != start:
        return False
    follow = text[mention.end:mention.end + 40]
    if mention.text.isupper() and len(mention.text) > 2 and _re(r"(?:\s+and\s+[A-Z][A-Z'’ .-]*?)?\s*[,.(—–-]").match(follow):
        return True  # also "KYIV and LONDON --": filed in two places
    if follow.startswith(": ") and mention.level == "city" and not text[:mention.start].strip():
        return True  # the article opens "Kiev: Russian missile and drone attacks …" (not "Sumy region: 40,000 …")
    return _DATED_DATELINE.match(follow) is not None


# ", 5 April 2023 –", ", April 5 -", ", Dec. 26, 2023 —": a date and a dash after the opening place name;
# ", May 8 (EFE).- ", ", Aug 26 (Reuters) — ": the agency in brackets may come before the dash.
_DATED_DATELINE = re.compile(r",\s*(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2})(?:,?\s+\d{4})?"
                             r"(?:\s*\([^()]{1,30}\))?\.?\s*[—–-]\s")


def _in_body_name(text: str, mention: PlaceMention) -> bool:
    """'the State Emergency Service of Ukraine', 'the Armed Forces of Ukraine': the country in
    a body's name says who the body is. It still scopes a figure in the same sentence (a
    national body's count), but not the sentences after it (strength "body")."""
    if mention.level != "country" or not text.endswith("of ", 0, mention.start):
        return False
    name = _BODY_NAME_BEFORE.search(text, max(0, mention.start - 80), mention.start)
    return name is not None and not _BODY_HEADS.isdisjoint(name.group().lower().split())


# A run of capitalised words (with "of", "and", "for" inside) just before "of <country>".
_BODY_NAME_BEFORE = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:(?:of|and|for|on)\s+)?[A-Z][\w'’-]*)*\s+of\s+$")
_BODY_HEADS = frozenset({"service", "forces", "force", "ministry", "ministers", "cabinet", "office", "president",
                         "bank", "staff", "guard", "police", "committee", "council", "rada", "agency",
                         "administration", "inspectorate", "fund", "prosecutor", "government", "command"})


def _receives(text: str, mention: PlaceMention) -> bool:
    """'The Fund has already provided Kyiv with 166 million euros': the capital standing for the
    government that receives aid."""
    return _GIVEN_TO.search(text, max(0, mention.start - 20), mention.start) is not None and \
        text.startswith(" with ", mention.end)


_GIVEN_TO = re.compile(r"\b(?:provided|provides|provide|supplied|supplies|supply|furnished|equipped)\s+$")


def _addressed(text: str, mention: PlaceMention) -> bool:
    """'Naftogaz asked Kyiv for a subsidy', 'urged Kyiv to': the capital standing for the
    government someone asks."""
    return _ASKED_BEFORE.search(text, max(0, mention.start - 20), mention.start) is not None and \
        _ASKED_FOR_AFTER.match(text, mention.end) is not None


_ASKED_BEFORE = re.compile(r"\b(?:asked|asks|ask|urged|urges|urge|pressed|presses|press|called\s+on|calls\s+on|lobbied)\s+$")
_ASKED_FOR_AFTER = re.compile(r"\s+(?:for|to)\s")


def _speaks(text: str, mention: PlaceMention) -> bool:
    """'what Kyiv says was its largest attack', 'a blow to Kyiv's resilience', 'the Kyiv regime': a
    capital standing for its government."""
    if _CAPITAL_SPEAKS.match(text, mention.end):
        # "The governor of Volyn said …": the place of the one who speaks, not a place speaking
        return _OF_BEFORE.search(text, max(0, mention.start - 9), mention.start) is None
    return mention.level == "city" and (_GOVERNMENT_POSSESSIVE.match(text, mention.end) is not None
                                        or text.startswith((" regime", "’s regime", "'s regime"), mention.end))


# "Kyiv said", "Kyiv described the assault as …", "figures that Kyiv and some reporters put at …"
_CAPITAL_SPEAKS = re.compile(r"(?:\s+and(?:\s+[a-z]+){1,3}?)?\s+(?:says|said|claims|claimed|accused|accuses|insists"
                             r"|insisted|denied|denies|announced|warned|stated|described|describes|blamed|blames"
                             r"|put|puts|estimated|estimates)\b"
                             # "as Kyiv continues to call for …", "forcing Kiev to urgently seek $2 billion in imports"
                             r"|\s+(?:continues\s+to|to)\s+(?:urgently\s+)?(?:call|seek|ask|request|urge|demand)\b")
_OF_BEFORE = re.compile(r"\bof\s+(?:the\s+)?$")
_GOVERNMENT_POSSESSIVE = re.compile(r"['’]s\s+(?:resilience|government|allies|partners|backers|forces|troops|army"
                                    r"|military|air\s+force|leadership|position|request|requests|efforts|ability|economy|morale"
                                    r"|defen[cs]es?|counteroffensive|war|western|international)\b")


def _example(text: str, mention: PlaceMention) -> bool:
    """'…capacity was occupied, including … the Zaporizhzhia NPP': an example, not the figure's scope."""
    before = text[max(0, mention.start - 200):mention.start]
    if not contains_any(before, _EXAMPLE_CUES):
        return False
    cue = _re(r"\b(?:including|such as|among them|for example|for instance)\b[^.;:!?]{0,160}$").search(before)
    # "including about 200,000 in the western Khmelnytsky region": a figure with its own place.
    return cue is not None and not _re(r"\d").search(cue.group())


# A name shared by towns in several first-level units: towns whose own name it is, or a spelling of
# it ("Sloviansk" for Slovyansk), bear it; an old name of another town ("Kremenchuk" for Yampil,
# "Slovyansk" for Nikopol) does not (`etl.places.name_rank`). The one bearer, or the largest when it
# is a city of at least this size and this many times the size of any other bearer, is the one meant.
DWARFING_POPULATION = 50_000
DWARFING_RATIO = 5


def _the_one_so_named(bearers: dict[str, tuple[int, Entry]]) -> Entry | None:
    if not bearers:
        return None
    ranked = sorted(bearers.values(), key=lambda b: -b[0])
    if len(ranked) == 1:
        return ranked[0][1]
    (size, entry), (second, _) = ranked[0], ranked[1]
    return entry if size >= DWARFING_POPULATION and size >= DWARFING_RATIO * second else None


def _usable_city_name(name: str, key: str, primary: bool) -> bool:
    if len(key) < MIN_ALTERNATE_LENGTH:
        return False
    if not primary and (name == name.lower() or not name[0].isupper()):
        return False
    return not _re(r"[0-9(]").search(name)


# "Ukrainian air defence", "Ukrainian forces": who acted, not where the figure applies.
_ACTOR_AFTER = re.compile(r"\s+(?:air[ -]defen[cs]es?|armed|military|forces|troops|soldiers|army|defenders|officials"
                          r"|side|navy)\b", re.IGNORECASE)
_SUPERLATIVES = frozenset({"largest", "biggest", "main", "only", "oldest", "most", "second-largest"})
_FACILITY_WORDS = frozenset({"plant", "station", "hpp", "tpp", "chp", "npp", "dam", "facility", "reservoir",
                             "refinery", "substation"})


def _points_to_region(tokens: list, j: int) -> bool:
    """'Ukraine's western region', "Ukraine's northeast region of Sumy", "Ukraine's largest
    hydroelectric power plant": a place or facility inside the country, not the country."""
    if j < len(tokens) and tokens[j][2].lower() in _SUPERLATIVES:
        return any(tokens[k][2].lower() in _FACILITY_WORDS for k in range(j + 1, min(j + 4, len(tokens))))
    for k in range(j, min(j + 3, len(tokens))):
        word = tokens[k][2].lower()
        if word in ("region", "regions", "oblast", "oblasts", "province", "city", "cities", "capital"):
            return True
        if not _re(r"[a-z\-]+").fullmatch(word):
            return False
    return False


@lru_cache(maxsize=4)
def _load_index(reference_dir: str) -> PlaceIndex:
    return PlaceIndex(**place_tables(reference_dir))
