"""What a count counts, in the metric vocabulary's own words: a metric when its measure names none.

A count's counted noun ("4.5 million Ukrainian consumers", "three of our thermal power plants")
and its sentence's cue words (`topics`) say what happened to what was counted. `readings`
turns that into short phrases in the style of the synonyms in `datasets/reference/metrics.csv`:

* people, consumers or settlements in an outage sentence: "<counted> without <resource>",
  for each resource (power, water, heating, gas) named in the figure's clause, or else in
  its sentence ("consumers without power", "residents without heating");
* weapons in an attack sentence, unless shot down: "<counted> launched";
* facilities in a damage or attack sentence: "<counted> damaged" and "<counted> hit".

The caller maps each phrase with `etl.metrics.Vocabulary.match_measure` and keeps a metric
only when exactly one metric of the figure's unit answers; nothing here names a metric id.
"""

from __future__ import annotations

import re

from etl.extract.numbers import NumberMention
from etl.extract.topics import Topics, caseless, contains_any

# What an outage cuts off, by the word the vocabulary's synonyms use for it: the words that
# name it, and the substrings one of which each of those words holds (a cheap first test).
RESOURCES = {
    "power": (re.compile(r"\b(?:electricity|electric|power|lights?|blackouts?|blacked out|de-?energi[sz]\w*)\b"),
              ("electric", "power", "light", "blackout", "blacked", "energi")),
    "water": (re.compile(r"\bwater\b"), ("water",)),
    "heating": (re.compile(r"\bheat(?:ing)?\b"), ("heat",)),
    "gas": (re.compile(r"\bgas\b"), ("gas",)),
}
_COUNT_FORMS = ("count", "word", "vague")


def readings(text: str, mention: NumberMention, clause: tuple[int, int], sentence: tuple[int, int],
             topics: Topics, shot_down: bool) -> list[str]:
    """Phrases for what the count `mention` counts ([] when the extractor cannot tell)."""
    if mention.form not in _COUNT_FORMS:
        return []
    counted = counted_phrase(text, mention)
    kind = mention.noun_class
    if kind in ("people", "places") and "outage" in topics:
        return [f"{counted} without {resource}" for resource in resources_named(text, clause, sentence)]
    if kind == "weapons" and not shot_down and ("attack" in topics or "damage" in topics):
        return [f"{counted} launched"]
    if kind == "facilities" and ("damage" in topics or "attack" in topics):
        return [f"{counted} damaged", f"{counted} hit"]
    return []


def counted_phrase(text: str, mention: NumberMention) -> str:
    """The words from the figure to its counted noun ("Ukrainian consumers"), or the noun."""
    if mention.end < mention.noun_end:
        words = text[mention.end:mention.noun_end].split()
        if words and mention.noun and words[-1].lower() != mention.noun:
            words[-1] = mention.noun  # "one missile" counts missiles
        return " ".join(words)
    return mention.noun


def resources_named(text: str, clause: tuple[int, int], sentence: tuple[int, int]) -> list[str]:
    """The resources an outage clause names, else those its sentence names."""
    for start, end in (clause, sentence):
        lowered = caseless(text[start:end])
        named = [resource for resource, (pattern, keys) in RESOURCES.items()
                 if contains_any(lowered, keys) and pattern.search(lowered)]
        if named:
            return named
    return []
