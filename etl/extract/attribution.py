"""Who says so: find attribution cues and the claimant they name.

Cues, by pattern (each keeps the claimant as written):

* `subject`  – "Ukrenergo said", "President Volodymyr Zelensky said 30% …", "Kovalenko also
  noted that", "Ihor Syrota, head of Ukrhydroenergo, stated".
* `inverted` – "…, said Klitschko.", "…, said acting head of Poltava OVA Volodymyr Kohut on
  Tuesday", "- wrote Kohut."
* `according_to` – "according to water supply company Kyivvodokanal", "According to him"; an
  object that is no agent ("according to the schedule") is not a claimant.
* `quote` – a quotation followed or preceded by its speaker: '"…," the report says.' covers
  every sentence inside the quotation marks.
* `back_reference` – "This was reported by Chernihivoblenergo", "Fedorov said this": covers
  the sentences before it in its paragraph (the previous paragraph when it opens one).
* `headline` – "CPD: Power outages of 20 hours are possible" (an acronym before a colon).

Passive forms ("were said to work", "is estimated at") are not attributions. Pronouns and
generic subjects ("he", "the report", "the company") resolve to the most recent named
claimant earlier in the article, and stay as written when there is none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from etl.extract.sentences import Sentence
from etl.extract.topics import sentence_words
from etl.text import fold

_re = lru_cache(maxsize=None)(re.compile)  # inline patterns, compiled once

_SAY = (r"said|says|say|told|tells|stated|states|announced|announces|reported|reports|noted|notes|added|adds"
        r"|wrote|explained|explains|informed|informs|confirmed|confirms|claimed|claims|estimated|estimates"
        r"|estimate|predicted|predicts|predict|warned|warns|declared|declares|labeled|labelled|emphasized"
        r"|emphasised|stressed|specified|clarified|indicated|indicates|assessed|calculated|counted|posted"
        r"|report|note|writes|write|insisted|insists|acknowledged|admitted|revealed|announce")
_SAY_RE = re.compile(rf"\b(?:{_SAY})\b")
SAY_WORDS = frozenset([*_SAY.split("|"), "according"])
_INVERTED = re.compile(rf"(?:,|[\"”’]|\s[-–—])\s*(?:{_SAY})\s+(?!that\b|this\b|on\b|in\b|to\b|it\b)")
_ACCORDING = re.compile(r"\b[Aa]ccording to\s+")
_BACK_PASSIVE = re.compile(
    r"^(?:This|That|It|The information)\s+(?:was|has been|is|were)\s+(?:also\s+)?(?:reported|announced|stated|said"
    r"|noted|confirmed|informed|declared)\b(?:\s+on\s+[^,.]*?)?\s+(?:by|in|at|to)\s+")
_BACK_ACTIVE = re.compile(rf"\b(?:{_SAY})\s+(?:about\s+)?this\b")
_HEADLINE = re.compile(r"^([A-Z][A-Z0-9]{1,7}):\s+\S")
_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being|it's)\s+(?:also\s+|widely\s+|reportedly\s+)?$",
                             re.IGNORECASE)
_ADVERBS_BEFORE = re.compile(r"(?:\s+(?:also|later|earlier|further|then|has|have|had|previously|reportedly|has also"
                             r"|separately|additionally|recently|officially|publicly))+\s*$")
_CLAUSE_MARK = re.compile(r",|;|:|[\"“”«»]|\s[-–—]\s|\bthat\b|\bafter\b|\bwhile\b|\bwhereas\b|\bbut\b"
                          r"|\bwhen\b|\bbecause\b|\bas\b|\band\b(?=\s+(?:[A-Z]|he|she|they|it|the)\b)")
_INVERTED_STOP = re.compile(r",|\.(?:\s|$)|;|:|\(|\s(?:on|in|at|during|to|with|via|for|from|after|before|when"
                            r"|while|citing|adding|noting|saying|as|about)\s|[\"“”]|\s[-–—]\s")
_ACCORDING_STOP = re.compile(r",|\.(?:\s|$)|;|:|[\"“”]|\s[-–—]\s|\s(?:on|in|at|during|after|before|when|while)\s"
                             r"(?=[a-z0-9])")
ORG_HEADS = frozenset({"bank", "ministry", "administration", "agency", "company", "commission", "council", "office",
                       "service", "group", "force", "mission", "programme", "program", "fund", "institute", "school",
                       "economics", "authority", "operator", "team", "assessment", "report", "government",
                       "department", "committee", "monitoring", "oblenergo", "energo", "ukrenergo", "naftogaz",
                       "news", "union", "organization", "organisation", "nations", "forces", "army"})
PERSON_HEADS = frozenset({"official", "governor", "mayor", "minister", "head", "president", "spokesperson",
                          "spokesman", "spokeswoman", "chief", "director", "ceo", "deputy"})
PRONOUNS = frozenset({"he", "she", "they", "him", "her", "them", "it", "we", "i", "his", "its"})
GENERIC_HEADS = frozenset({"report", "document", "company", "ministry", "official", "officials", "agency",
                           "administration", "operator", "governor", "mayor", "statement", "military",
                           "minister", "head", "president", "utility", "source", "sources", "authorities",
                           "department", "service", "government", "mission", "assessment", "study",
                           "analysts", "experts", "organization", "organisation", "spokesperson", "spokesman",
                           "spokeswoman", "team", "office", "provider", "regulator", "police", "army",
                           "commission", "council", "committee", "institute", "bank", "fund", "programme",
                           "program", "group", "network", "channel", "media", "outlet", "agencies",
                           "administrations", "members", "representatives", "engineers", "workers", "crews",
                           "operators", "companies", "ministries", "chief", "director", "ceo", "deputy",
                           "monitors", "observers", "estimates", "data"})
NON_AGENT = frozenset({"schedule", "schedules", "plan", "plans", "law", "laws", "rules", "regulations",
                       "information", "preliminary", "forecast", "forecasts", "volumes", "reports", "figures",
                       "data", "estimates", "calculations", "statistics", "results", "scheme", "schemes",
                       "queue", "queues", "graphs", "graph", "order", "decision"})
TITLE_WORDS = frozenset({"head", "chief", "director", "ceo", "mayor", "governor", "minister", "spokesperson",
                         "spokesman", "spokeswoman", "deputy", "acting", "president", "chairman", "chair",
                         "advisor", "adviser", "secretary", "commander", "member", "leader", "founder",
                         "representative", "manager", "the"})
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their",
                          "our", "my", "your"})


@dataclass(frozen=True)
class Attribution:
    start: int  # where the cue and claimant sit in the text (the claimant's own span)
    end: int
    claimant: str  # as written
    kind: str  # subject, inverted, according_to, quote, back_reference, headline
    named: bool  # names someone (a capitalised name), not a pronoun or a generic subject
    cover_start: int = -1  # for quote / back_reference: the text span it attributes
    cover_end: int = -1


def find_attributions(text: str, sentences: list[Sentence]) -> list[Attribution]:
    """Every attribution in the article, in text order; pronouns not yet resolved."""
    found: list[Attribution] = []
    for index, sentence in enumerate(sentences):
        found.extend(_in_sentence(text, sentence))
        back = _back_reference(text, sentence)
        if back:
            cover = _covered_by_back_reference(sentences, index)
            if cover:
                found.append(replace(back, cover_start=cover[0], cover_end=cover[1]))
    found.extend(_quote_attributions(text, sentences))
    return sorted(found, key=lambda a: (a.start, a.end, a.kind))


def resolve_pronouns(attributions: list[Attribution]) -> list[Attribution]:
    """Replace 'he', 'the report', … by the most recent named claimant before it.

    'he', 'she', 'him' and 'her' take the most recent person (a name of two capitalised
    words, or a surname already seen in one); other generic subjects take any named one.
    """
    out: list[Attribution] = []
    last_named: Attribution | None = None
    last_person: Attribution | None = None
    surnames: set[str] = set()
    for attribution in sorted(attributions, key=lambda a: a.start):
        if attribution.named:
            last_named = attribution
            if _is_person(attribution.claimant, surnames):
                last_person = attribution
                surnames.add(attribution.claimant.split()[-1].lower())
        elif is_generic(attribution.claimant):
            personal = attribution.claimant.lower() in ("he", "she", "him", "her") or (
                attribution.claimant.lower().split()[-1] in PERSON_HEADS)
            source = last_person if personal else last_named
            if source is not None:
                attribution = replace(attribution, claimant=source.claimant, named=True,
                                      kind=f"{attribution.kind}+resolved")
        out.append(attribution)
    return out


def _is_person(claimant: str, surnames: set[str]) -> bool:
    words = _re(r"[\w'’\-]+").findall(claimant)
    if not words or "(" in claimant or words[-1].lower() in ORG_HEADS:
        return False
    if len(words) >= 2 and words[-1][0].isupper() and words[-2][0].isupper() and words[-2].lower() not in ORG_HEADS:
        return True
    return len(words) == 1 and words[0].lower() in surnames


def is_generic(claimant: str) -> bool:
    words = [w for w in _re(r"[\w']+").findall(claimant.lower()) if w not in _DETERMINERS]
    if not words:
        return False
    if len(words) == 1 and words[0] in PRONOUNS:
        return True
    return not _has_name(claimant) and words[-1] in GENERIC_HEADS


def _in_sentence(text: str, sentence: Sentence) -> list[Attribution]:
    found: list[Attribution] = []
    s, e = sentence.start, sentence.end
    body = text[s:e]
    if SAY_WORDS.isdisjoint(sentence_words(body)) and not _HEADLINE.match(body):
        return found
    headline = _HEADLINE.match(body)
    if headline:
        found.append(_make(text, s + headline.start(1), s + headline.end(1), "headline"))
    for match in _ACCORDING.finditer(text, s, e):
        attribution = _according_to(text, match.end(), e)
        if attribution:
            found.append(attribution)
    for match in _INVERTED.finditer(text, s, e):
        attribution = _inverted(text, match.end(), e)
        if attribution:
            found.append(attribution)
    for match in _SAY_RE.finditer(text, s, e):
        if _BACK_ACTIVE.match(text, match.start()) or match.group() in ("writes", "write"):
            continue
        attribution = _subject(text, s, match.start())
        if attribution and not any(a.start <= attribution.start < a.end for a in found):
            found.append(attribution)
    return found


def _according_to(text: str, start: int, end: int) -> Attribution | None:
    stop = _ACCORDING_STOP.search(text, start, end)
    phrase_end = stop.start() if stop else end
    phrase = text[start:phrase_end].rstrip(" .")
    words = phrase.split()
    if not words:
        return None
    source = _re(r"\b(?:by|from|of)\s+(?=[A-Z\"“])").search(phrase)
    if words[0].lower().strip("\"“") in NON_AGENT or (len(words) > 1 and words[1].lower() in NON_AGENT):
        if not source:
            return None
        start, phrase = start + source.end(), phrase[source.end():]
    phrase = phrase.strip("\"“” ")
    if not _agent_like(phrase):
        return None
    return _make(text, start, start + len(phrase), "according_to", phrase)


def _inverted(text: str, start: int, end: int) -> Attribution | None:
    stop = _INVERTED_STOP.search(text, start, end)
    phrase_end = stop.start() if stop else end
    phrase = text[start:phrase_end].rstrip(" .")
    if not phrase or not _has_name(phrase) or len(phrase.split()) > 12:
        return None
    return _make(text, start, start + len(phrase), "inverted", phrase)


def _subject(text: str, s_start: int, verb: int) -> Attribution | None:
    s_start = max(s_start, verb - 300)
    head = text[s_start:verb]
    if _PASSIVE_BEFORE.search(head) or _re(r"\b(?:the|a|an|its|this|that|their|his|her|our|new|latest)\s+$", re.IGNORECASE).search(head):
        return None  # passive ("were said to") or a noun ("the report")
    adverbs = _ADVERBS_BEFORE.search(head)
    if adverbs:
        head = head[: adverbs.start()]
    head = head.rstrip()
    appositive = head.endswith(",")
    if appositive:
        head = head[:-1].rstrip()
    marks = list(_CLAUSE_MARK.finditer(head))
    begin = marks[-1].end() if marks else 0
    phrase = head[begin:].strip()
    if appositive and begin and head[begin - 1] == ",":
        phrase = _with_leading_name(head, begin, phrase)
    elif phrase.split()[:1] and phrase.split()[0].lower() in TITLE_WORDS and begin and head[begin - 1] == ",":
        phrase = _with_leading_name(head, begin, phrase)
    phrase = _re(r"^(?:and|but|so|then|also|meanwhile|however|earlier|later|now|today|yesterday)\s+", re.IGNORECASE).sub("", phrase)
    if not phrase or len(phrase.split()) > 14 or _re(r"\d").search(phrase) or not _agent_like(phrase):
        return None
    if phrase.split()[-1].lower() in _DETERMINERS | {"to", "of", "by", "from", "in", "on", "with", "for"}:
        return None
    start = s_start + head.rfind(phrase)
    return _make(text, start, start + len(phrase), "subject", phrase)


def _with_leading_name(head: str, begin: int, phrase: str) -> str:
    """'Ihor Syrota, head of Ukrhydroenergo,' keeps the name before a title appositive."""
    previous = head[: begin - 1]
    marks = list(_CLAUSE_MARK.finditer(previous))
    earlier = previous[marks[-1].end():].strip() if marks else previous.strip()
    first = phrase.split()[0].lower() if phrase.split() else ""
    if earlier and _is_name(earlier) and first in TITLE_WORDS:
        return f"{earlier}, {phrase}"
    return phrase


def _back_reference(text: str, sentence: Sentence) -> Attribution | None:
    s, e = sentence.start, sentence.end
    if SAY_WORDS.isdisjoint(sentence_words(text[s:e])):
        return None
    passive = _BACK_PASSIVE.match(text[s:e])
    if passive:
        start = s + passive.end()
        stop = _INVERTED_STOP.search(text, start + 1, e)
        phrase = text[start: stop.start() if stop else e].strip("\"“” .")
        if phrase and _agent_like(phrase):
            begin = text.find(phrase, start)
            return _make(text, begin, begin + len(phrase), "back_reference", phrase)
        return None
    active = _BACK_ACTIVE.search(text, s, e)
    if active:
        subject = _subject(text, s, active.start())
        if subject:
            return replace(subject, kind="back_reference")
    return None


def _covered_by_back_reference(sentences: list[Sentence], index: int) -> tuple[int, int] | None:
    current = sentences[index]
    same = [s for s in sentences[:index] if s.paragraph == current.paragraph]
    if same:
        return same[0].start, same[-1].end
    previous = [s for s in sentences[:index] if s.paragraph == current.paragraph - 1]
    if previous:
        return previous[0].start, previous[-1].end
    return None


def _quote_attributions(text: str, sentences: list[Sentence]) -> list[Attribution]:
    found: list[Attribution] = []
    by_paragraph: dict[int, list[Sentence]] = {}
    for sentence in sentences:
        by_paragraph.setdefault(sentence.paragraph, []).append(sentence)
    for group in by_paragraph.values():
        p_start, p_end = group[0].start, group[-1].end
        for q_start, q_end in _quote_spans(text, p_start, p_end):
            attribution = _quote_speaker(text, q_start, q_end, p_start, p_end)
            if attribution:
                found.append(replace(attribution, cover_start=q_start, cover_end=q_end))
    return found


def _quote_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = [(m.start(), m.end()) for m in _re(r"“[^”]*”|«[^»]*»").finditer(text[start:end])]
    straight = [m.start() for m in _re(r"(?<![\w])\"|\"(?![\w])").finditer(text[start:end])]
    spans.extend((straight[i], straight[i + 1] + 1) for i in range(0, len(straight) - 1, 2))
    return sorted((start + a, start + b) for a, b in spans if b - a > 20)


def _quote_speaker(text: str, q_start: int, q_end: int, p_start: int, p_end: int) -> Attribution | None:
    after = text[q_end:p_end]
    follow = _re(rf"\s*,?\s*(?:[-–—]\s*)?(?:(?P<verb>{_SAY})\s+(?P<obj>[^,.;]+)|(?P<subj>[^,.;\"“]{{1,80}}?)\s+"
                      rf"(?:also\s+)?(?:{_SAY})\b)").match(after)
    if follow:
        if follow["verb"]:
            inverted = _inverted(text, q_end + follow.start("obj"), p_end)
            if inverted:
                return replace(inverted, kind="quote")
        elif follow["subj"] and (_agent_like(follow["subj"]) or follow["subj"].lower() in PRONOUNS):
            start = q_end + follow.start("subj")
            return _make(text, start, start + len(follow["subj"]), "quote", follow["subj"])
    before = text[p_start:q_start]
    lead = _re(rf"(?:(?P<subj>[^,.;\"“”]{{1,80}}?)\s+(?:{_SAY})|[Qq]uote from (?P<from>[^:]+))\s*(?:that\s*)?[:,]?\s*$").search(before)
    if lead:
        name = lead["subj"] or lead["from"]
        name = _re(r"^.*\b(?:that|and|but)\s+").sub("", name).strip()
        if name and (_agent_like(name) or name.lower() in PRONOUNS):
            start = p_start + lead.start("subj" if lead["subj"] else "from") + lead.group(
                "subj" if lead["subj"] else "from").find(name)
            return _make(text, start, start + len(name), "quote", name)
    return None


def _make(text: str, start: int, end: int, kind: str, claimant: str | None = None) -> Attribution:
    claimant = (claimant if claimant is not None else text[start:end]).strip()
    claimant = _re(r"\s+").sub(" ", claimant).strip("\"“”«» ,")
    return Attribution(start, end, claimant, kind, named=_has_name(claimant) and not is_generic(claimant))


def _has_name(phrase: str) -> bool:
    words = _re(r"[\w'’\-]+").findall(phrase)
    for position, word in enumerate(words):
        if word[0].isupper() and not (position == 0 and word.lower() in _DETERMINERS | PRONOUNS):
            return True
    return False


def _is_name(phrase: str) -> bool:
    words = phrase.split()
    return 1 <= len(words) <= 5 and all(w[0].isupper() for w in words)


def _agent_like(phrase: str) -> bool:
    lowered = phrase.lower().strip()
    if lowered in PRONOUNS:
        return True
    if _has_name(phrase):
        return True
    return _generic_subject(phrase)


def _generic_subject(phrase: str) -> bool:
    words = _re(r"[\w']+").findall(phrase.lower())
    return bool(words) and words[-1] in GENERIC_HEADS and len(words) <= 8


def same_claimant(a: str, b: str) -> bool:
    """Folded containment either way: 'Klitschko' is 'Vitali Klitschko'."""
    fa, fb = fold(a), fold(b)
    return bool(fa and fb) and (fa in fb or fb in fa)
