"""Does a sentence talk about damage, outages, attacks or cost? Word cues, nothing more.

`topics(text)` returns the set of topics whose cue words occur in the text. `needed(form,
noun_class)` says which topics a figure of that form needs in its sentence: a percentage
or a capacity needs damage or outage words, money needs cost words, an outage duration
needs outage words, a count of people or settlements needs outage (or damage) words, a
count of weapons or attacks needs attack or damage words.

Clause-level checks say when a number that passed is still not a figure: people killed
or injured, counts restored rather than cut, outages caused by the weather, weapons
intercepted rather than launched or hit.
"""

from __future__ import annotations

import re
from functools import lru_cache

_CUES = {
    "damage": r"damag\w*|destr(?:oy\w*|uct\w*)|hit|hits|hitting|struck|strik(?:e|es|ing)|attack\w*|shell\w*"
              r"|bombard\w*|occupied|occupation|lost|los(?:s|ses|ing)|offline|knocked out|disabled|critical\w*"
              r"|ruin\w*|gone|explosions?|fires?|burn\w*|collaps\w*|affected|impacted|broken|out of (?:order|service"
              r"|operation)|de-?energi\w*|wiped out|dropped|decreased|fell|reduced",
    "outage": r"without|outages?|blackouts?|cut off|cut power|power cuts?|cuts|disconnect\w*|de-?energi\w*"
              r"|(?:turned|switched|shut|cut|is|are|was|were|goes|went|be)\s+off|off for"
              r"|no (?:power|electricity|light|water|heat\w*|gas)|deficit|shortages?|shutdowns?|shut down"
              r"|schedules?|restrictions?|limited|lack of|unable to (?:connect|use)|offline|left in the dark"
              r"|can get (?:electricity|power)|(?:electricity|power|water|heat|gas) supply",
    "attack": r"missiles?|drones?|shaheds?|rockets?|uavs?|launch\w*|fired|target\w*|barrage|salvo|bomb\w*|attack\w*"
              r"|strikes?|struck|shell\w*|hit|assault\w*|onslaught|raids?",
    "cost": r"damages?|loss(?:es)?|costs?|repair\w*|recover\w*|reconstruct\w*|rebuild\w*|restor\w*|needs|fund\w*"
            r"|allocat\w*|aid|assistance|grants?|donat\w*|donor|provid\w*|channel\w*|raised?|support\w*|budget\w*"
            r"|compensat\w*|spen[dt]\w*|invest\w*|worth|financ\w*",
}


def _alternatives(pattern: str) -> list[str]:
    """Top-level alternatives of a regular expression ('a|b(?:c|d)' → ['a', 'b(?:c|d)'])."""
    parts, depth, current = [], 0, ""
    for char in pattern:
        depth += (char == "(") - (char == ")")
        if char == "|" and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += char
    return [*parts, current]


# One-word cues are checked word by word (cached per word); phrases with a regular expression.
_WORD_CUES = {t: re.compile("|".join(a for a in _alternatives(p) if " " not in a and "\\s" not in a))
              for t, p in _CUES.items()}
_PHRASE_CUES = {t: re.compile(r"\b(?:" + "|".join(phrases) + r")\b")
                for t, p in _CUES.items() if (phrases := [a for a in _alternatives(p) if " " in a or "\\s" in a])}
_WORD = re.compile(r"[a-zа-яіїєґ]+(?:[-'’][a-zа-яіїєґ]+)*")


@lru_cache(maxsize=4096)
def sentence_words(text: str) -> frozenset[str]:
    """Lower-case words of a text, hyphenated words also in parts ('de-energized', 'de', 'energized')."""
    words = set()
    for word in _WORD.findall(text.lower()):
        words.add(word)
        if "-" in word:
            words.update(word.split("-"))
    return frozenset(words)


@lru_cache(maxsize=65536)
def _word_topics(word: str) -> frozenset[str]:
    return frozenset(topic for topic, pattern in _WORD_CUES.items() if pattern.fullmatch(word))

_NEEDS = {
    "percent": ("damage", "outage"),
    "fraction": ("damage", "outage"),
    "power": ("damage", "outage"),
    "money": ("cost",),
    "hours": ("outage",),
    "people": ("outage", "damage"),
    "places": ("outage", "damage"),
    "facilities": ("damage", "attack"),
    "weapons": ("attack", "damage"),
    "attacks": ("attack", "damage"),
    "verb": ("attack", "damage"),
    "ref": ("attack", "damage"),
}
_CASUALTY_AFTER = re.compile(r"^\s+(?:[\w-]+\s+){0,3}?(?:killed|injured|wounded|died|dead|hurt|hospitali[sz]ed"
                             r"|evacuated|rescued|missing)\b", re.IGNORECASE)
_RESTORED = re.compile(r"\b(?:restored|reconnected|re-?energi[sz]ed|returned|resumed|back on|(?<!dis)connected"
                       r"|received (?:electricity|power))\b", re.IGNORECASE)
_STILL_OUT = re.compile(r"\b(?:without|remain\w*|still|not yet|no (?:power|electricity|light|water|heat))\b",
                        re.IGNORECASE)
_WEATHER = re.compile(r"\b(?:due to|because of|caused by|after)\s+(?:[\w-]+\s+){0,2}?(?:weather|storms?|snow\w*"
                      r"|ic(?:e|ing)|winds?|hurricanes?|frost|heatwaves?|thunderstorms?)\b", re.IGNORECASE)
_INTERCEPT_AFTER = re.compile(r"\b(?:were|was|have been|had been|being|got)?\s*(?:intercepted|shot down|downed"
                              r"|destroyed by air defen[cs]e|neutrali[sz]ed)\b", re.IGNORECASE)
_INTERCEPT_BEFORE = re.compile(r"\b(?:intercepted|shot down|downed|destroyed|neutrali[sz]ed)\b", re.IGNORECASE)
_AIR_DEFENCE = re.compile(r"\bair[ -]defen[cs]e\b", re.IGNORECASE)
_NEGATED = re.compile(r"\bnot(?:\s+be|\s+been)?\s*$", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r",\s*(?:but|while|whereas|although|though)\b|;|\bbut\b|\bwhile\b|\s[–—]\s|\s-\s",
                           re.IGNORECASE)
_CLAUSE_WINDOW = 400  # characters; keeps run-on "sentences" of a pasted page linear
RUSSIAN_AIR_DEFENCE = re.compile(r"\bRussian air[ -]defen[cs]e\b", re.IGNORECASE)


def topics(text: str) -> set[str]:
    """Topics whose cue words occur in `text` (case-insensitive)."""
    found: set[str] = set()
    for word in sentence_words(text):
        found |= _word_topics(word)
    if len(found) < len(_CUES):
        lowered = text.lower()
        found |= {topic for topic, pattern in _PHRASE_CUES.items() if topic not in found and pattern.search(lowered)}
    return found


def needed(form: str, noun_class: str) -> tuple[str, ...]:
    """Topics of which at least one must be present for a figure of this form."""
    if form in ("count", "word", "vague"):
        return _NEEDS.get(noun_class, ())
    return _NEEDS.get(form, ())


def clause_bounds(text: str, start: int, end: int, s_start: int, s_end: int) -> tuple[int, int]:
    """The clause around text[start:end] within its sentence (split at but/while/;/dashes)."""
    window = max(s_start, start - _CLAUSE_WINDOW)
    left = window
    for match in _CLAUSE_BREAK.finditer(text, window, start):
        left = match.end()
    right_match = _CLAUSE_BREAK.search(text, end, min(s_end, end + _CLAUSE_WINDOW))
    return left, right_match.start() if right_match else min(s_end, end + _CLAUSE_WINDOW)


def is_casualty(text: str, noun_end: int) -> bool:
    return noun_end > 0 and bool(_CASUALTY_AFTER.match(text[noun_end:noun_end + 60]))


def is_restored(text: str, figure_end: int, clause_end: int) -> bool:
    after = text[figure_end:clause_end]
    return bool(_RESTORED.search(after)) and not _STILL_OUT.search(after)


def is_weather(sentence_text: str) -> bool:
    return bool(_WEATHER.search(sentence_text))


def is_interception(text: str, figure_start: int, figure_end: int, clause: tuple[int, int],
                    sentence: tuple[int, int]) -> bool:
    """Weapons shot down rather than launched or hitting ("could not be shot down" is a hit)."""
    after = text[figure_end:clause[1]]
    hit = _INTERCEPT_AFTER.search(after[:80])
    if hit and not _NEGATED.search(after[: hit.start()]):
        return True
    before = text[clause[0]:figure_start]
    verb = _INTERCEPT_BEFORE.search(before)
    if verb and (_AIR_DEFENCE.search(text[sentence[0]:sentence[1]]) or verb.group().lower() != "destroyed"):
        return not _NEGATED.search(before[: verb.start()])
    return False
