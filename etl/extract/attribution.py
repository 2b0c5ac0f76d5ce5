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

Only sentences with a say-word are searched. The subject before a say-verb is read from
the end of the words before it: the end-anchored checks look at the last characters only
(`_search_end`) and the last clause mark is found backwards (`topics.last_match`).
"""

from __future__ import annotations

import re
from collections import deque
from functools import lru_cache
from typing import NamedTuple

from etl.extract.dates import MONTH_NAMES
from etl.extract.sentences import Sentence
from etl.extract.topics import (
    caseless,
    contains_any,
    last_match,
    reversed_words,
    sentence_words,
    whole_words,
)
from etl.text import fold

_re = lru_cache(maxsize=None)(re.compile)  # inline patterns, compiled once

_SAY = (r"said|says|say|told|tells|stated|states|announced|announces|reported|reports|noted|notes|added|adds"
        r"|wrote|explained|explains|informed|informs|confirmed|confirms|claimed|claims|estimated|estimates"
        r"|estimate|predicted|predicts|predict|warned|warns|declared|declares|labeled|labelled|emphasized"
        r"|emphasised|stressed|specified|clarified|indicated|indicates|assessed|calculated|counted|posted"
        r"|report|note|writes|write|insisted|insists|acknowledged|admitted|revealed|announce|spoke|mentioned"
        r"|pointed|highlighted|highlights|underlined|underscored|reads|disclosed|discloses|tweeted|tweets"
        r"|accused|accuses|described|describes|documented|recalled|recalls|pledged|summed|summarized|summarised|tallied|tallies")
# ("pointed out", "the statement reads", "the SBU has documented 256 Russian air attacks", "Koretskyi
# described the attack as …, with Russia firing 35 missiles")
_SAY_WORD = whole_words(_SAY.split("|"))  # `\b(?:said|says|…)\b`, written to be quicker to search
_SAY_RE = re.compile(_SAY_WORD)
# After a quotation: ', said X' or ', X said' (a say-verb there is always a whole word).
_QUOTE_FOLLOW = re.compile(rf"\s*,?\s*(?:[-–—]\s*)?(?:(?P<verb>{_SAY_WORD})\s+(?P<obj>[^,.;]+)"
                           rf"|(?P<subj>[^,.;\"“]{{1,80}}?)\s+(?:also\s+)?{_SAY_WORD})")
SAY_WORDS = frozenset([*_SAY.split("|"), "according"])
# ", said X" / '" said X' / "- said X": `(?:,|["”’]|\s[-–—])\s*(?:SAY)\s+(?!that\b|…)`, written to start
# with one character class (then look-behinds pick the alternative) so that the engine skips
# ahead; the say-verb always starts after a non-word character, as `whole_words` requires.
_INVERTED = re.compile(rf"[,\"”’\s](?:(?<=[,\"”’])|(?<=\s)[-–—])\s*{_SAY_WORD}\s+"
                       r"(?!that\b|this\b|on\b|in\b|to\b|it\b|by\b|as\b|via\b|through\b)")  # not "– described by the
# minister as …", not ", reported via Telegram that …" (how, not who)
# "About reported DTEK.", "About this reported the head of …": the word order of a machine translation of
# "Про це повідомили в ДТЕК" ("This was reported by DTEK"), a back reference (`_BACK_PASSIVE`), with no subject
_ABOUT_SAID = r"About(?:\s+(?:this|it))?\s+(?:reported|stated|said|informed|announced|wrote)\b"
# "reports UNN with reference to DTEK": the source the outlet cites
_ACCORDING = re.compile(r"\b(?:[Aa]ccording to|[Aa]s (?:reported|stated|announced|noted|said|informed|confirmed)"
                        r"(?: today| yesterday| earlier)? by"  # "as stated today by President Volodymyr Zelensky"
                        r"|with reference to|, citing)\s+")  # "…, Caliber.Az reports, citing Ukrainian media": the
# source an outlet passes on (kind "citing": it counts only when no one else in the sentence does)
_BACK_PASSIVE = re.compile(
    r"^(?:This|That|It|The information|(?:This|The) (?:estimate|assessment|report|study|analysis|data))\s+"
    r"(?:was|has been|is|were)\s+(?:also\s+)?(?:reported|announced|stated|said|noted|confirmed|informed|declared"
    r"|published|released)\b(?:\s+on\s+[^,.]*?)?\s+(?:by|in|at|to)\s+"  # "This estimate was published by KSE"
    rf"|^{_ABOUT_SAID}\s+(?:in\s+\w+\s+)?")  # "About reported DTEK."
# UNN's house style: a paragraph's last sentence ends "… - the ministry said." for the whole paragraph
# (or a line of its own, "- Mykola Kolisnyk stated.", for the paragraph before).
_DASH_SAID_END = re.compile(r"(?:^|\s)[-–—]\s+[^-–—\"“”]{1,60}?\b(?:said|says|wrote|writes|reported|reports|noted|added"
                            r"|stated)\.?\s*$")
# The same with the verb first, as a sentence of its own: "… attacks on the energy sector. - said Kolisnyk.",
# "… 141 schools. - noted the Kyiv City State Administration."
_DASH_SAID_LINE = re.compile(r"[-–—]\s*(?:said|says|noted|added|stated|reported)\s+(?P<who>(?:the\s+)?[A-Z][^-–—\"“”.]{1,60}?)\.?\s*$")
# "X said this", not "X said this week it lost …"
_BACK_ACTIVE = re.compile(rf"{_SAY_WORD}\s+(?:about\s+)?this\b(?!\s+(?:week|month|year|morning|afternoon|evening"
                          r"|weekend|spring|summer|autumn|fall|winter|time)\b)")
_HEADLINE = re.compile(r"^([A-Z][A-Z0-9]{1,7}):\s+\S")
# Capitals before a colon that label the text, not its source ("STORY: A day after Russia launched …", a video's
# transcript)
_TEXT_LABELS = frozenset({"STORY", "VIDEO", "WATCH", "LISTEN", "UPDATE", "UPDATED", "BREAKING", "PHOTO", "PHOTOS",
                          "READ", "LIVE", "ANALYSIS", "OPINION", "EXCLUSIVE", "SUMMARY", "NOTE", "FACTBOX",
                          "EXPLAINER", "TRANSCRIPT", "CAPTION"})
# Before a say-verb: a passive ("were said to") or a determiner of a noun ("the report").
_NOT_A_SUBJECT_BEFORE = re.compile(r"\b(?:(?:is|are|was|were|be|been|being|it's)\s+(?:also\s+|widely\s+|reportedly\s+)?"
                                   r"|(?:the|a|an|its|this|that|their|his|her|our|new|latest)\s+)$", re.IGNORECASE)
_ADVERBS_BEFORE = re.compile(r"(?:\s+(?:also|later|earlier|further|then|has|have|had|previously|reportedly|has also"
                             r"|separately|additionally|recently|officially|publicly|now))+\s*$")
# The words these two patterns end with.
_NOT_A_SUBJECT_ENDINGS = ("is", "are", "was", "were", "be", "been", "being", "it's", "also", "widely", "reportedly",
                          "the", "a", "an", "its", "this", "that", "their", "his", "her", "our", "new", "latest")
_ADVERB_ENDINGS = ("also", "later", "earlier", "further", "then", "has", "have", "had", "previously", "reportedly",
                   "separately", "additionally", "recently", "officially", "publicly", "now")
_PROGRESSIVE_SAY = re.compile(r"(?<=\s)(?:is|are|was|were)\s+(?:now\s+|also\s+)?saying\s+(?:that\b|\d)")
_LONGEST_ENDING = max(map(len, _NOT_A_SUBJECT_ENDINGS)) + 1
_CLAUSE_MARK = re.compile(r",|;|:|[\"“”«»]|\s[-–—]\s|\bthat\b|\bwhat\b|\bwhich\b|\bafter\b|\bwhile\b|\bwhereas\b|\bbut\b"
                          r"|\bwhen\b|\bbecause\b|\bas\b|\band\b(?=\s+(?:[A-Z]|he|she|they|it|the)\b)")
_QUOTED_NAME = re.compile(r"[\"“][A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,3}[\"”]")
_INVERTED_STOP = re.compile(r",|\.(?:\s|$)|;|:|\(|\s(?:on|in|at|during|to|with|via|for|from|after|before|when"
                            r"|while|citing|adding|noting|saying|as|about)\s|[\"“”]|\s[-–—]\s")
_ACCORDING_STOP = re.compile(r",|\.(?:\s|$)|;|:|[\"“”]|\s[-–—]\s"
                             r"|\s(?:and|as)\s+(?:corroborated|confirmed|verified|reported)\s"  # "Ukrainian officials and
                             # corroborated by multiple news outlets"
                             r"|\s(?:on|in|at|during|after|before|when|while)\s"
                             r"(?=[a-z0-9]|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Telegram"
                             r"|Facebook)\b)")  # "as confirmed by local authorities on Sunday"
ORG_HEADS = frozenset({"bank", "ministry", "administration", "agency", "company", "commission", "council", "office",
                       "service", "group", "force", "mission", "programme", "program", "fund", "institute", "school",
                       "economics", "authority", "operator", "team", "assessment", "report", "government",
                       "department", "committee", "monitoring", "oblenergo", "energo", "ukrenergo", "naftogaz",
                       "news", "union", "organization", "organisation", "nations", "forces", "army"})
PERSON_HEADS = frozenset({"official", "governor", "mayor", "minister", "head", "president", "spokesperson",
                          "spokesman", "spokeswoman", "chief", "director", "ceo", "deputy", "mp", "lawmaker", "leader"})
PRONOUNS = frozenset({"he", "she", "they", "him", "her", "them", "it", "we", "i", "his", "its"})
GENERIC_HEADS = frozenset({"report", "document", "company", "ministry", "official", "officials", "agency", "mp",
                           "lawmaker", "leader", "administration", "operator", "governor", "mayor", "statement", "military",
                           "minister", "head", "president", "utility", "source", "sources", "authorities",
                           "department", "service", "government", "mission", "assessment", "study",
                           "analysts", "experts", "organization", "organisation", "spokesperson", "spokesman",
                           "spokeswoman", "team", "office", "provider", "regulator", "police", "army",
                           "commission", "council", "committee", "institute", "bank", "fund", "programme",
                           "program", "group", "network", "channel", "media", "outlet", "agencies",
                           "administrations", "members", "representatives", "engineers", "workers", "crews",
                           "operators", "companies", "ministries", "chief", "director", "ceo", "deputy",
                           "monitors", "observers", "estimates", "data", "commander", "commanders", "chairman",
                           "chairwoman", "chair", "secretary", "adviser", "advisor", "executive", "envoy",
                           "coordinator", "representative", "manager", "force", "forces", "message", "post", "journalists",
                           "reporters", "correspondents", "rescuers"})
NON_AGENT = frozenset({"schedule", "schedules", "plan", "plans", "law", "laws", "rules", "regulations",
                       "information", "preliminary", "forecast", "forecasts", "volumes", "reports", "figures",
                       "data", "estimates", "calculations", "statistics", "results", "scheme", "schemes",
                       "queue", "queues", "graphs", "graph", "order", "decision",
                       # "the cost to rebuild according to EU standards": a norm followed, not a source
                       "standards", "norms", "requirements", "criteria", "methodology", "procedure", "legislation"})
TITLE_WORDS = frozenset({"head", "chief", "director", "ceo", "mayor", "governor", "minister", "spokesperson",
                         "spokesman", "spokeswoman", "deputy", "acting", "president", "chairman", "chair",
                         "advisor", "adviser", "secretary", "commander", "member", "leader", "founder",
                         "representative", "manager", "the"})
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their",
                          "our", "my", "your"})
_NOT_A_NAME_FIRST = _DETERMINERS | PRONOUNS  # a capitalised first word that is no name
_NOT_LAST_IN_SUBJECT = _DETERMINERS | {"to", "of", "by", "from", "in", "on", "with", "for",
                                       # "As reported, …"; "Preliminary reports indicate": no one is named
                                       "as", "preliminary", "initial", "early", "latest", "recent", "media",
                                       # "an Ukrinform correspondent reports": the reporter, not a source
                                       "correspondent", "correspondents", "reporter", "reporters", "journalist",
                                       "journalists",
                                       # "the total amount of transferred and announced donor contributions": an
                                       # adjective, not a say-verb
                                       "and", "or"}


class Attribution(NamedTuple):
    start: int  # where the cue and claimant sit in the text (the claimant's own span)
    end: int
    claimant: str  # as written
    kind: str  # subject, inverted, according_to, citing ("…, citing X"), quote, back_reference, headline
    named: bool  # names someone (a capitalised name), not a pronoun or a generic subject
    cover_start: int = -1  # for quote / back_reference: the text span it attributes
    cover_end: int = -1


def find_attributions(text: str, sentences: list[Sentence]) -> list[Attribution]:
    """Every attribution in the article, in text order; pronouns not yet resolved."""
    found: list[Attribution] = []
    for index, sentence in enumerate(sentences):
        body = text[sentence.start:sentence.end]
        says = not SAY_WORDS.isdisjoint(sentence_words(body))  # no say-word: no cue but a headline
        own = _in_sentence(text, sentence, body, says)
        if not own and not says and _a_line_of_its_own(sentences, index):
            credit = _HEADLINE_CREDIT.search(body)  # "… they continue to operate – Naftogaz"
            if credit:
                own = [_make(text, sentence.start + credit.start("who"), sentence.start + credit.end("who"), "headline")]
        found.extend(own)
        if own and body.endswith(":"):  # "Szmigal noted that:" and a list of items after it
            items = _list_after(text, sentences, index)
            if items:
                found.append(own[-1]._replace(kind="back_reference+list", cover_start=items[0], cover_end=items[1]))
        back = _back_reference(text, sentence, body) if says else None
        if back is None and own and ("-" in body or "–" in body or "—" in body) and _DASH_SAID_END.search(body):
            back = own[-1]._replace(kind="back_reference+dash")
        elif back is None and not own and body[:1] in "-–—":
            line = _DASH_SAID_LINE.match(body)
            if line:
                back = _make(text, sentence.start + line.start("who"), sentence.start + line.end("who"),
                             "back_reference+dash")
        if back:
            cover = _covered_by_back_reference(sentences, index)
            if cover:
                found.append(back._replace(cover_start=cover[0], cover_end=cover[1]))
            elif back.kind == "back_reference":  # nothing before to cover: still who "the report" is
                found.append(back._replace(kind="passive"))
    found.extend(_quote_attributions(text, sentences))
    found.extend(_source_lines(text, sentences))
    found.extend(_speaker_labels(text, sentences))
    return sorted(found, key=lambda a: (a.start, a.end, a.kind))


# "Source: Dmytro Bryzhynskyi, Head of Chernihiv Oblast Military Administration, on Facebook"
_SOURCE_LINE = re.compile(r"Source:\s+(?:reports?\s+|according\s+to\s+)?"  # "Source: reports press service of …"
                          r"(?P<who>[^,\n]+?)\.?(?=\s*(?:,|\bon\s+(?:Facebook|Telegram|X|Twitter)\b|$))")


def _source_lines(text: str, sentences: list[Sentence]) -> list[Attribution]:
    """A paragraph 'Source: X, title' (a house style of Ukrainian news sites) attributes
    everything after it, up to the next such line."""
    lines = []
    for index, sentence in enumerate(sentences):
        starts_paragraph = index == 0 or sentences[index - 1].paragraph != sentence.paragraph
        match = _SOURCE_LINE.match(text, sentence.start, sentence.end) if starts_paragraph else None
        if match and _agent_like(match["who"]):
            lines.append(_make(text, match.start("who"), match.end("who"), "back_reference+source"))
    return [line._replace(cover_start=line.end, cover_end=lines[k + 1].start if k + 1 < len(lines) else len(text))
            for k, line in enumerate(lines)]


# An interview's answer: "Volodymyr Kudrytski: The Russians began attacks on power plants …"
_SPEAKER_LABEL = re.compile(r"(?P<who>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}):\s")
_NOT_A_SPEAKER_END = frozenset({"oblast", "region", "city", "district", "raion", "update", "news", "photo", "video"})


def _speaker_labels(text: str, sentences: list[Sentence]) -> list[Attribution]:
    """A paragraph opening with a person's name and a colon (an interview's answer)
    attributes that paragraph to the person."""
    labels = []
    for index, sentence in enumerate(sentences):
        if index and sentences[index - 1].paragraph == sentence.paragraph:
            continue
        match = _SPEAKER_LABEL.match(text, sentence.start, sentence.end)
        if match is None or match["who"].split()[-1].lower() in _NOT_A_SPEAKER_END:
            continue
        last = index
        while last + 1 < len(sentences) and sentences[last + 1].paragraph == sentence.paragraph:
            last += 1
        label = _make(text, match.start("who"), match.end("who"), "back_reference+speaker")
        labels.append(label._replace(cover_start=label.end, cover_end=sentences[last].end))
    return labels


def resolve_pronouns(attributions: list[Attribution], is_reporter=lambda claimant: False,
                     company_before=lambda position: "", *, text: str) -> list[Attribution]:
    """Replace 'he', 'the report', … by the most recent named claimant before it.

    'he', 'she', 'him' and 'her' take the most recent person (a name of two capitalised
    words, or a surname already seen in one); other generic subjects take any named one.
    A claimant for which `is_reporter` is true (the article's own publisher: "…, Ukrainian
    News Agency reports") is never the one a later "the message says" refers to. 'The
    company' that no earlier claimant can be is the company `company_before` finds for its
    position ('… to Ukrhydroenergo …, the company said'). A title of a body ('the head of
    the Regional Military Administration') is the person named just before it when that
    person can hold it (`_can_hold`; `text` is the article).
    """
    out: list[Attribution] = []
    last_named: Attribution | None = None
    last_person: Attribution | None = None
    surnames: set[str] = set()
    first_named: set[str] = set()  # surnames seen after a first name ("Vadym Filashkin")
    named_so_far: list[Attribution] = []
    ordered = sorted(attributions, key=lambda a: a.start)
    for attribution in ordered:
        if (attribution.named and last_person is not None and attribution.start - last_person.end < _TITLE_REACH
                and _TITLE_OF_A_BODY.match(attribution.claimant) and not _person_name(attribution.claimant, surnames)
                and _can_hold(attribution.claimant, last_person, first_named, text)):
            # "… Donetsk Regional Military Administration, Vadym Filashkin, … ¶ "…," wrote the head of the Regional
            # Military Administration": the person just named with that title
            attribution = attribution._replace(claimant=last_person.claimant, kind=f"{attribution.kind}+resolved")
        if attribution.named:
            if not is_reporter(attribution.claimant) and attribution.kind != "citing":
                last_named = attribution
                named_so_far.append(attribution)
                person = _person_name(attribution.claimant, surnames) or (
                    attribution.claimant if _is_single_surname(attribution.claimant)
                    and not attribution.claimant.isupper() else "")  # "Kudrytskyi said …; …, he added"
                if person:
                    last_person = attribution
                    words = person.split()
                    surnames.add(words[-1].lower())
                    if len(words) > 1:
                        first_named.add(words[-1].lower())
        elif is_generic(attribution.claimant):
            personal = attribution.claimant.lower() in ("he", "she", "him", "her") or (
                attribution.claimant.lower().split()[-1] in PERSON_HEADS)
            source = last_person if personal else (_same_head(named_so_far, attribution.claimant)
                                                   or _compatible(attribution.claimant, last_named, surnames))
            if source is None and personal:  # no one named yet: the next person named close after
                source = _next_person(ordered, attribution, surnames)
            if source is not None:
                attribution = attribution._replace(claimant=source.claimant, named=True,
                                      kind=f"{attribution.kind}+resolved")
            elif attribution.claimant.lower().split()[-1] in _COMPANY_HEADS:
                company = company_before(attribution.start)
                if company:
                    attribution = attribution._replace(claimant=company, named=True, kind=f"{attribution.kind}+resolved")
        out.append(attribution)
    return out


_PLURAL_HEADS = frozenset({"authorities", "officials", "sources"})
_COMPANY_HEADS = frozenset({"company", "operator", "utility", "group", "firm", "provider", "producer", "holding"})


def _organisation_before(name: str, text: str) -> bool:
    """Does the article write the single word `name` as an organisation's ("nuclear agency Energoatom")?
    (Searched with `str.find`, not a pattern per name, which the pattern cache would keep for good.)"""
    position = text.find(name)
    while position >= 0:
        end = position + len(name)
        if end == len(text) or not (text[end].isalnum() or text[end] == "_"):
            word = _WORD_BEFORE.search(text, max(0, position - 40), position)
            if word and word[1].lower() in ORG_HEADS:
                return True
        position = text.find(name, position + 1)
    return False


_WORD_BEFORE = re.compile(r"(?<!\w)([A-Za-z]+)\s+$")


_TITLE_BEFORE_REACH = 60  # characters before a person's name where their own title stands


def _can_hold(title: str, person: Attribution, first_named: set[str], text: str) -> bool:
    """Can `person`, named just before, hold `title` ('the head of the Regional Military Administration')?
    Not an organisation's name ("Ukraine's nuclear agency Energoatom" for 'The governor of the Dnipro
    region'), nor a person whose own title, written just before the name, is another ('Energy Minister
    Herman Halushchenko' is no head of a military administration)."""
    if not _person_name(person.claimant, first_named) and _organisation_before(person.claimant, text):
        return False
    before = text[max(0, person.start - _TITLE_BEFORE_REACH):person.start].lower()
    own = PERSON_HEADS.intersection(_re(r"[a-z]+").findall(before))  # the person's own title words, if any
    head = title.lower().split(" of ", 1)[0].split()[-1]
    return not own or head in own or (head in _HEAD_WORDS and not own.isdisjoint(_HEAD_WORDS))


_HEAD_WORDS = frozenset({"head", "chief"})  # one title


def _compatible(generic: str, named: Attribution | None, surnames: set[str]) -> Attribution | None:
    """`named`, unless the generic subject describes someone it cannot be: 'the air force
    commander' is not 'Ukrenergo' (a word before the head that the name lacks), and 'national
    authorities' are not 'Ivan Fedorov' (a plural is no single person)."""
    if named is None:
        return None
    if generic.lower().split()[-1] in _PLURAL_HEADS and _person_name(named.claimant, surnames):
        return None
    words = [w for w in generic.lower().split()[:-1]
             if w not in _DETERMINERS and w not in GENERIC_HEADS and w not in ORG_HEADS and w not in _ROLE_MODIFIERS]
    claimant = named.claimant.lower()
    return named if all(w in claimant for w in words) else None


# Words before a generic head that say nothing about who it is ("the company chairman", "the prime minister").
_ROLE_MODIFIERS = frozenset({"media", "news", "state", "regional", "local", "national", "prime", "acting", "first",
                             "senior", "top", "former", "executive", "press", "energy", "city"})


def _same_head(named: list[Attribution], generic: str) -> Attribution | None:
    """'the ministry' → the last claimant named with that word ('the Ministry of Development')."""
    words = generic.lower().split()
    if not words:
        return None
    head = _re(rf"\b{re.escape(words[-1])}\b")
    return next((earlier for earlier in reversed(named) if head.search(earlier.claimant.lower())), None)


def person_named_in(text: str) -> str:
    """The last person's name in a text ("Ukrainian President Volodymyr Zelensky addressed
    the conference" → "Volodymyr Zelensky"): the last two words of a run of capitalised words
    (titles come first), not an organisation's name; "" if none."""
    names = [" ".join(m.group().split()[-2:]) for m in _PERSON_NAME.finditer(text)]  # titles go first
    names = [n for n in names if n.split()[-1].lower() not in ORG_HEADS and n.split()[0].lower() not in TITLE_WORDS
             and n.split()[0].lower() not in _NOT_A_NAME_FIRST]
    return names[-1] if names else ""


_PERSON_NAME = re.compile(r"(?<![\w'’])[A-Z][a-z'’]+(?:\s+[A-Z][a-z'’-]+)+(?![\w'’])")


_FORWARD_REACH = 600  # characters: how far after a pronoun its person may first be named


def _next_person(ordered: list[Attribution], pronoun: Attribution, surnames: set[str]) -> Attribution | None:
    """'"…," he said. … According to Shmyhal, …': the first person named soon after
    (`ordered`: every attribution of the article, in text order)."""
    for later in ordered:
        if later.start <= pronoun.start:
            continue
        if later.start - pronoun.end > _FORWARD_REACH:
            return None
        if (later.named and (_is_person(later.claimant, surnames) or _is_single_surname(later.claimant))
                and _same_role(pronoun.claimant, later.claimant)):
            return later
    return None


def _same_role(generic: str, named: str) -> bool:
    """'Its mayor' can be a person named after it, but not one titled otherwise ('Energy Minister
    Denys Shmyhal'); a pronoun can be anyone."""
    head = generic.lower().split()[-1]
    if head not in PERSON_HEADS or head in ("official", "leader"):  # "a top Ukrainian official": any title
        return True
    titles = PERSON_HEADS.intersection(named.lower().split())
    return not titles or head in titles


def _is_single_surname(claimant: str) -> bool:
    words = claimant.split()
    return len(words) == 1 and words[0][:1].isupper() and words[0].lower() not in ORG_HEADS and "-" not in words[0]


def _person_name(claimant: str, surnames: set[str]) -> str:
    """The person a claimant names, or "": 'the head of the regional administration, Serhiy Lysak'
    and 'Kyrylo Tymoshenko, deputy head of the Ukrainian President’s office' both name one."""
    if "(" in claimant:
        return ""
    for part in (claimant, claimant.split(", ", 1)[0]) if ", " in claimant else (claimant,):
        words = _re(r"[\w'’\-]+").findall(part)
        if not words or words[-1].lower() in ORG_HEADS:
            continue
        if len(words) >= 2 and words[-1][0].isupper() and words[-2][0].isupper() and words[-2].lower() not in ORG_HEADS:
            return part
        if len(words) == 1 and words[0].lower() in surnames:
            return part
    return ""


def _is_person(claimant: str, surnames: set[str]) -> bool:
    return bool(_person_name(claimant, surnames))


def is_generic(claimant: str) -> bool:
    words = [w for w in _re(r"[\w']+").findall(claimant.lower()) if w not in _DETERMINERS]
    if not words:
        return False
    if len(words) == 1 and words[0] in PRONOUNS:
        return True
    return not _has_name(claimant) and words[-1] in GENERIC_HEADS


def _in_sentence(text: str, sentence: Sentence, body: str, says: bool) -> list[Attribution]:
    """The cues of one sentence (`body` is its text; `says`: it holds a say-word)."""
    found: list[Attribution] = []
    s, e = sentence.start, sentence.end
    if "words" in body:  # "In his words, 80% of Ukraine’s wind power generation facilities are …"
        own_words = _IN_OWN_WORDS.search(body)
        if own_words:
            found.append(_make(text, s + own_words.start(1), s + own_words.end(1), "according_to",
                               _OWN_WORDS_PRONOUN[own_words.group(1).lower()]))
    if "as saying" in body:  # "TASS cited emergency services in the region as saying that 10 settlements …"
        cited = _CITED_AS_SAYING.search(text, s, e)
        if cited:
            found.append(_make(text, cited.start("who"), cited.end("who"), "according_to"))
    if "with " in body and contains_any(body, _PARTICIPLE_KEYS):  # "…, with Ukraine’s Energy Minister claiming in
        # April that Russia damaged 80% of …": the one named after "with" says it
        absolute = _WITH_WHO_SAYING.search(text, s, e)
        if absolute and _agent_like(absolute["who"]):
            found.append(_make(text, absolute.start("who"), absolute.end("who"), "according_to"))
    if "saying" in body:  # "President Volodymyr Zelenskiy is now saying that 30 percent of …"
        progressive = _PROGRESSIVE_SAY.search(text, s, e)
        subject = _subject(text, s, progressive.start()) if progressive else None
        if subject:
            found.append(subject)
    headline = _HEADLINE.match(body)
    if headline and headline.group(1) in _TEXT_LABELS:
        headline = None
    if not headline and not says:
        if not found and (" that " in body or " to " in body) and contains_any(body, _PARTICIPLE_KEYS):
            found.extend(_participle_speaker(text, s, e))
        return found
    if headline and not (says and _SAY_RE.search(text, s + headline.end(), e)):
        # "UKRENERGO: …" credits the line; "KYIV: About 23,000 households …, the administration said" is a dateline
        found.append(_make(text, s + headline.start(1), s + headline.end(1), "headline"))
    for match in _ACCORDING.finditer(text, s, e) if ("ccording to" in body or " by " in body
                                                      or "reference to" in body or ", citing" in body) else ():
        attribution = _according_to(text, match.end(), e)
        if attribution:
            found.append(attribution._replace(kind="citing") if match.group().startswith(",") else attribution)
    verbs = list(_SAY_RE.finditer(text, s, e))
    for match in _INVERTED.finditer(text, _cue_before(text, verbs[0].start(), s), e) if verbs else ():
        if match.group().rstrip().endswith(("told", "tells")):
            continue  # "Yevgenia Yashina, spokeswoman for the ZNPP, told TASS that …": told whom, not who
        attribution = _inverted(text, match.end(), e)
        if attribution:
            found.append(attribution)
    about = body.startswith("About") and _re(_ABOUT_SAID).match(body) is not None  # (a back reference: no subject)
    inverted_starts = [a.start for a in found if a.kind == "inverted"]
    for match in verbs:
        if _BACK_ACTIVE.match(text, match.start()) or match.group() in ("writes", "write"):
            continue
        if any(match.end() < start <= match.end() + 2 for start in inverted_starts):
            continue  # "…, reports Al Jazeera": the verb's subject follows it; what precedes is no speaker
        if match.group().startswith("describ") and _WHICH_BEFORE.search(text, max(s, match.start() - 60), match.start()):
            continue  # "88 missiles …, which Ukrainian authorities described as the largest strike": a comment on it
        attribution = _subject(text, s, match.start()) if not about else None
        if attribution and text[max(s, attribution.start - 3):attribution.start].lower() == "as ":
            attribution = attribution._replace(kind="subject+as")  # "As Ukrinform reported, …": an earlier report
        if attribution and not any(a.start <= attribution.start < a.end for a in found):
            found.append(attribution)
    return found


# "Kiev Mayor Vitaly Klitschko has called on residents …, noting that around 6,000 apartment blocks …": the
# participle's speaker is the subject that opens the sentence (after an opening phrase and its comma)
_PARTICIPLE_KEYS = ("saying", "stating", "noting", "adding", "claiming", "reporting")
# (", claiming to have intercepted or jammed 154 out of 183 … drones": the claim is the subject's)
_PARTICIPLE_CUE = re.compile(r",\s+(?:saying|stating|noting|adding)\s+that\b|,\s+claiming\s+(?:that|to)\b"
                             # "The International Committee of the Red Cross (ICRC) issued a statement saying that"
                             r"|(?<=\s)(?:issued|released|published)\s+(?:a|an)\s+(?:[a-z]+\s+)?(?:statement|report|message|update)"
                             r"\s+(?:saying|stating|noting)\s+that\b")
# Capitalised words that open a sentence and are no one ("Since the onset of winter, …")
_OPENING_NOT_WHO = ("Since|After|Before|On|In|At|During|When|While|As|Although|Despite|Following|Earlier|Later|Last"
                    "|Meanwhile|However|Yet|But|And|Also|Then|Now|Today")
_OPENING_SUBJECT = re.compile(rf"(?:\([^()]{{1,30}}\)\s*)?(?!(?:{_OPENING_NOT_WHO})\b)"  # "(MENAFN) Kiev Mayor … has called"
                              r"(?P<who>(?:[A-Z][\w'’.-]*\s+(?:of\s+(?:the\s+)?)?){0,5}[A-Z][\w'’.-]*(?:\s+\([A-Z]{2,8}\))?"
                              r"(?:\s+(?:air\s+force|military|army|government|ministry|authorities|officials))?"  # "The
                              # "Ukraine's energy minister has issued a stark warning, stating that …": a possessive's head noun
                              r"(?:(?<=['’]s)\s+(?:[a-z-]+\s+){0,2}?(?:minister|ministry|president|mayor|governor|operator"
                              r"|company|utility|agency|officials?|authorities|government|military|regulator|spokes(?:man|woman"
                              r"|person)|chief|head))?"
                              r"|[Hh]e|[Ss]he|They)\s+(?=[a-z])")  # Ukrainian air force responded …, claiming to"
_OPENING_PHRASE = re.compile(r"[^,.;:\"“”]{3,80},\s+")  # "Since the onset of winter last year, "


def _participle_speaker(text: str, s: int, e: int) -> list[Attribution]:
    """The subject that opens a sentence whose only cue is a participle (', noting that …')."""
    cue = _PARTICIPLE_CUE.search(text, s, e)
    if cue is None:
        return []
    until = cue.start() + 1  # (the subject's verb may be the cue's first word: "… (ICRC) issued a statement saying")
    opening = _OPENING_SUBJECT.match(text, s, until)
    if opening is None or not _agent_like(opening["who"]):
        phrase = _OPENING_PHRASE.match(text, s, until)
        opening = _OPENING_SUBJECT.match(text, phrase.end(), until) if phrase else None
    if opening is None or not _agent_like(opening["who"]) or opening["who"].endswith(("'s", "’s")):
        return []  # (not "Ukraine's" from "Ukraine's top diplomat has issued a warning, stating that": an owner)
    return [_make(text, opening.start("who"), opening.end("who"), "subject+participle")]


# A headline crediting its source after a dash: "Ukraine's energy recovery will cost over $90 billion - Shmyhal"
_HEADLINE_CREDIT = re.compile(r"\s[-–—]\s+(?P<who>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]*){0,2})\s*$")  # not a cut-off "- K"
_WHICH_BEFORE = re.compile(r"\bwhich\s+[^,;:.]*$")
_TITLE_OF_A_BODY = re.compile(r"(?:the\s+)?(?:head|governor|mayor|chief|director|ceo|chairman|spokesperson|spokesman"
                              r"|spokeswoman)\s+of\s+(?:the\s+)?[A-Z]", re.IGNORECASE)
_TITLE_REACH = 800  # characters: a title refers back to a person named this close before it
_WITH_WHO_SAYING = re.compile(r"\bwith\s+(?P<who>(?:the\s+)?[A-Z][^,.;:\"“”]{1,60}?)\s+(?:saying|stating|noting|claiming|reporting)"
                              r"(?:\s+(?:in|on|last|this)\s+[\w\s]{1,20}?)?\s+that\b")
_CITED_AS_SAYING = re.compile(r"\bcit(?:ed|es|ing)\s+(?P<who>[^,.;:\"“”]{2,80}?)\s+as\s+saying\b")
_IN_OWN_WORDS = re.compile(r"\b[Ii]n\s+(his|her|their)\s+words\b")
_OWN_WORDS_PRONOUN = {"his": "he", "her": "she", "their": "they"}


def _cue_before(text: str, verb: int, start: int) -> int:
    """Where an inverted cue (', said', ' - said') for the say-verb at `verb` can start:
    one character before the white space before the verb, or two before a dash."""
    while verb > start and text[verb - 1].isspace():
        verb -= 1
    return max(start, verb - 2)


def _according_to(text: str, start: int, end: int) -> Attribution | None:
    stop = _ACCORDING_STOP.search(text, start, end)
    phrase_end = stop.start() if stop else end
    phrase = text[start:phrase_end].rstrip(" .")
    words = phrase.split()
    if not words:
        return None
    if words[0].lower() in ("which", "whom"):  # "a statement by Ukrainian President Vladimir Zelensky, according to
        named = _SAID_BY_BEFORE.search(text, max(0, start - 150), start)  # which Russia has damaged …": the one before
        if named is None:
            return None
        return _make(text, named.start("who"), named.end("who"), "according_to")
    document = _DOCUMENT_BY.match(phrase)
    if document:  # "According to a statement by the mayor of Konotop": the mayor
        start, phrase = start + document.end(), phrase[document.end():]
        words = phrase.split()
    source = _re(r"\b(?:by|from|of)\s+(?=[A-Z\"“]|the\s+[A-Z])"  # "information provided by the Ukrainian government"
                 r"|\bby\s+(?=(?:the\s+|local\s+)?(?:journalists|reporters|correspondents|media|officials|authorities"
                 r"|rescuers|analysts|experts)\b)").search(phrase)  # "information gathered by journalists"
    if len(words) > 1 and words[1].lower() in NON_AGENT and words[0].endswith(("'s", "’s")) and _has_name(words[0]):
        owner = words[0][:-2]  # "according to DTEK's information as of April 3": DTEK
        return _make(text, start, start + len(owner), "according_to", owner)
    if words[0].lower().strip("\"“") in NON_AGENT or (len(words) > 1 and words[1].lower() in NON_AGENT):
        owner = " ".join(words[:-1]) if len(words) == 2 and words[1].lower() in NON_AGENT else ""
        if not source and owner and _has_name(owner):
            return _make(text, start, start + len(owner), "according_to", owner)  # "according to UNDP estimates"
        if not source:
            return None
        start, phrase = start + source.end(), phrase[source.end():]
    phrase = phrase.strip("\"“” ")
    if not _agent_like(phrase):
        return None
    if phrase.startswith(("the ", "The ")) and stop is not None and stop.group() == ",":
        named = _APPOSITIVE_NAME_LAST.match(text, stop.end(), end)  # "According to the head of the OVA, Oleg Synegubov, 85,000"
        if named:
            phrase = text[start:named.end(1)]
    return _make(text, start, start + len(phrase), "according_to", phrase)


_DOCUMENTS = r"statement|report|message|post|announcement|press release|update"  # what a source issues
# "… a statement by Ukrainian President Vladimir Zelensky, according to which …"
_SAID_BY_BEFORE = re.compile(rf"\b(?:{_DOCUMENTS}|words|estimates?|data)\s+(?:by|of|from)\s+(?P<who>[A-Z][^,;:.]{{2,80}}?),?\s+"
                             r"according\s+to\s+$")
_DOCUMENT_BY = re.compile(rf"(?:(?:an?|the)\s+(?:(?:latest|last|new|recent|official|daily)\s+)?(?:{_DOCUMENTS})"
                          rf"|(?:(?:latest|recent|official)\s+)?(?:{_DOCUMENTS.replace('|', 's|')}s))\s+"
                          r"(?:by|from)\s+(?=\S)", re.IGNORECASE)  # "according to the latest update from the mayor",
# "According to statements from Ukrainian officials"
_APPOSITIVE_NAME_LAST = re.compile(r"\s*([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})\s*(?:[,.;]|$)")


_NO_SPEAKER_OPENS = frozenset({"at", "on", "in", "during", "after", "before", "last", "earlier", "later", "today",
                               "yesterday", "that", "this", "it", "there"})


def _inverted(text: str, start: int, end: int) -> Attribution | None:
    stop = _INVERTED_STOP.search(text, start, end)
    phrase_end = stop.start() if stop else end
    phrase = text[start:phrase_end].rstrip(" .")
    if phrase.startswith("the ") and stop is not None and stop.group() == "," and not _has_name(phrase):
        named = _APPOSITIVE_NAME_LAST.match(text, stop.end(), end)  # "said the regional head, Oleksandr Koval."
        if named:
            phrase = text[start:named.end(1)]
    if not phrase or len(phrase.split()) > 12 or phrase.split()[0].lower() in _NO_SPEAKER_OPENS:
        return None  # "said at a June 21 “…”": when, not who
    if not _has_name(phrase) and not (phrase.lower().startswith("the ") and _generic_subject(phrase)):
        return None  # '…," added the head of the regional administration.': resolved to whom it refers
    words = phrase.lower().split()
    if not _CLAUSE_VERBS.isdisjoint(words) or not _DEED_VERBS.isdisjoint(words):
        return None  # "said Russia had damaged half …", "…, said Russian ballistic missile strikes damaged half of
        # Ukraine’s energy system": what was said, not who said it
    return _make(text, start, start + len(phrase), "inverted", phrase)


_DEED_VERBS = frozenset({"damaged", "destroyed", "hit", "struck", "caused", "knocked", "launched", "attacked", "targeted",
                         "disabled", "left", "cut"})
_CLAUSE_VERBS = frozenset({"had", "has", "have", "is", "are", "was", "were", "will", "would", "could", "can",
                           "did", "does", "do"})


def _subject(text: str, s_start: int, verb: int) -> Attribution | None:
    s_start = max(s_start, verb - 300)
    head = _subject_head(text[s_start:verb])
    if head is None:
        return None
    if head.endswith(", who") and len(head) > 5:  # "Zelenskyy, who says air strikes have damaged 30% …"
        return _subject(text, s_start, s_start + len(head) - 4)
    phrase = _subject_phrase(head)
    words = phrase.split()
    if phrase.lower().startswith("according to"):
        return None  # "…, according to official reports": "reports" is a noun here, and the cue is "according to"
    if words and words[0] in _WHERE_OR_WHEN_FIRST and len(words) <= 3:
        where = head.rfind(phrase)  # "…, mayor of the city of Zhytomyr, west of Kiev, said": the one before
        if _WHERE_FIRST.match(phrase) and where > 0 and head[:where].rstrip().endswith(","):
            return _subject(text, s_start, s_start + head[:where].rstrip().rfind(",") + 1)
        return None  # '“… 69 times” on Sunday, said Yaroslav Yanushevych': when, not who
    if not words or len(words) > 14 or _re(r"\d").search(phrase) or not _agent_like(phrase):
        return None
    if words[0].lower() in _CONCESSIVE_FIRST:
        return None  # "While Ukrainian air defenses reported shooting down …, 60 strikes were recorded": the speaker
        # of a clause set against the figure's
    if phrase.lower() in _TIME_ADVERBIALS:
        return None  # "To date, announced contributions have reached …": a participle, no one speaks
    if phrase[:1].isupper():
        phrase = _long_official_name(head, phrase)
    if words[-1].lower() in _NOT_LAST_IN_SUBJECT:
        return None
    if not _CLAUSE_VERBS.isdisjoint(w.lower() for w in words):
        return None  # "… in the south of Ukraine are completely disabled, reported in …": a clause, not who
    if words[0].lower() in SAY_WORDS:
        return None  # '…,” reads the statement posted on Telegram': the object of an inverted cue, not a subject
    start = s_start + head.rfind(phrase)
    return _make(text, start, start + len(phrase), "subject", phrase)


# A subject's first word that says where or when, not who
_WHERE_OR_WHEN_FIRST = frozenset({"on", "in", "at", "during", "after", "before", "since", "west", "east", "north", "south",
                                  "near", "outside", "northwest", "northeast", "southwest", "southeast"})
_WHERE_FIRST = re.compile(r"(?:(?:north|south)(?:-?(?:east|west))?|east|west|near|outside)\b")

# A subject's first word that opens a clause set against the main one ("While X reported …, 60 strikes were recorded")
_CONCESSIVE_FIRST = frozenset({"while", "although", "though", "whereas", "whilst"})
# Words that open a sentence before a comma and are no one: "To date, announced contributions …"
_TIME_ADVERBIALS = frozenset({"to date", "so far", "currently", "at present", "presently", "now", "today",
                              "in total", "overall", "in addition", "additionally", "meanwhile", "as of now"})


def _long_official_name(head: str, phrase: str) -> str:
    """The whole name of a body whose name lists its fields ("the Austrian Federal Ministry for
    Climate Action, Environment, Energy, Mobility, Innovation and Technology announced") when
    `phrase` (what follows the last comma or "and") is its last item; else `phrase`."""
    head = head.rstrip(" ,")
    if not head.endswith(phrase) or not head[:-len(phrase)].rstrip().endswith((",", " and")):
        return phrase
    if not contains_any(head, _OFFICIAL_BODIES):
        return phrase
    named = _OFFICIAL_NAME_LIST.search(head)
    return named.group() if named and len(named.group()) > len(phrase) else phrase


_TITLE_WORD = r"[A-Z][\w'’-]*"
_TITLE_RUN = rf"{_TITLE_WORD}(?:\s+{_TITLE_WORD})*"
_OFFICIAL_BODIES = ("Ministry", "Department", "Committee", "Agency", "Office", "Service", "Commission", "Council")
_OFFICIAL_NAME_LIST = re.compile(
    rf"(?:{_TITLE_WORD}\s+)*(?:{'|'.join(_OFFICIAL_BODIES)})\s+(?:of|for)\s+"
    rf"{_TITLE_RUN}(?:,\s+{_TITLE_RUN})*,?\s+and\s+{_TITLE_RUN}$")


def _subject_head(head: str) -> str | None:
    """The words before a say-verb without adverbs and a closing comma; None when the verb
    is passive ("were said to"), a noun ("the report") or a participle in brackets
    ("the Fund (announced and already transferred)")."""
    ending = head.rstrip()
    if ending.endswith("("):
        return None
    # Both patterns end with one of their words: a cheap test first (case-blind for the first).
    if caseless(ending[-_LONGEST_ENDING:]).endswith(_NOT_A_SUBJECT_ENDINGS) and _search_end(_NOT_A_SUBJECT_BEFORE, head, 2):
        return None
    adverbs = _search_end(_ADVERBS_BEFORE, head, 0) if ending.endswith(_ADVERB_ENDINGS) else None
    if adverbs:
        head = head[: adverbs.start()]
    if ending.endswith(","):
        when = _WHEN_BETWEEN_COMMAS.search(head)
        if when:
            head = head[: when.start()]
    if head.rstrip().endswith(")"):  # 'The press service of “DTEK Energo” (the largest private investor …) noted'
        head = _TRAILING_ASIDE.sub("", head)
    return head.rstrip()


# a description in brackets, not a name's short form: "(EBRD)" names who said it
_TRAILING_ASIDE = re.compile(r"\s*\((?=[^()]*[a-z]{3,}\s+[a-z]{2,})[^()]{1,160}\)\s*$")


# "The Operator of the gas transmission system of Ukraine, on Saturday, announced": the subject is before
_WHEN_BETWEEN_COMMAS = re.compile(r",\s*(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
                                  r"|[A-Z][a-z]+\s+\d{1,2})|yesterday|today|earlier|later|on\s+Telegram)\s*,\s*$")


def _subject_phrase(head: str) -> str:
    """The subject: the words after the last clause mark, with a name before a title
    appositive ("Ihor Syrota, head of …,") and without a leading conjunction."""
    appositive = head.endswith(",")
    if appositive:
        head = head[:-1].rstrip()
        relative = _RELATIVE_CLAUSE_END.search(head) or _TITLED_END.search(head)
        if relative:  # "Ukrenergo, which oversees Ukraine’s national electricity grid, said": Ukrenergo;
            head = head[:relative.start()].rstrip()  # "The report, titled … the Coming Winter, highlights": the report
    begin = _last_mark_end(head, len(head))
    phrase = head[begin:].strip()
    after_comma = begin and head[begin - 1] == ","
    if after_comma and (appositive or phrase.split(None, 1)[:1] and _opens_appositive(phrase.split(None, 1)[0])):
        phrase = _with_leading_name(head, begin, phrase, appositive)
    closing = phrase.find(")")
    if closing >= 0 and "(" not in phrase[:closing]:  # a dateline's end: "MOSCOW (UrduPoint News / Sputnik -
        phrase = phrase[closing + 1:].strip()  # 18th November, 2022) Volodymyr Zelenskyy has said"
    return _re(r"^(?:[-–—•*]\s+)?(?:(?:and|but|so|then|also|meanwhile|however|earlier|later|now|today|yesterday|as)\s+"
               r"|(?:last|this|on)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|night)\s*,\s*"
               rf"|in\s+(?:{MONTH_NAMES})(?:\s+\d{{4}})?\s*,\s*"
               r"|(?:overall|in total|in addition|additionally|at the same time)\s*,\s*)?",
               re.IGNORECASE).sub("", _WHEN_AFTER_NAME.sub("", phrase, count=1), count=1)  # "Last Saturday, the Ukrainian energy holding DTEK announced",
    # "In July, the …", "Overall, the organization estimates", a list's bullet ("- It said the UN has recorded …"),
    # "As Ukrenergo said, …"


# "President Volodymyr Zelensky on Wednesday called on …": when, after who
_WHEN_AFTER_NAME = re.compile(r"(?<=[A-Za-z])\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                              r"|yesterday|today|earlier today|on\s+(?:Telegram|Facebook|X))$")
_TITLED_END = re.compile(r",\s*(?:titled|entitled|called|dubbed)\s[^,;:]*$")  # a document's name in an appositive
# "Ukrenergo, which oversees …, said"; "Dmytro Sakharuk, the CEO of … D.TEK which includes YASNO as a subsidiary, said"
# (with no comma before "which", the whole appositive goes and the name before it stays)
_RELATIVE_CLAUSE_END = re.compile(r"(?:,\s*|(?<=,)[^,;:\"“”]+?\s)(?:which|who)\s[^,;:\"“”]*$")

# `_CLAUSE_MARK` backwards (`topics.last_match`): its punctuation, dashes and words reversed.
_MARK_DASHES = ("-", "–", "—")
_CLAUSE_MARK_BACKWARD = re.compile(r",|;|:|[\"“”«»]|\s[-–—]\s|\b(?:"
                                   + reversed_words(("that", "what", "which", "after", "while", "whereas", "but",
                                                     "when", "because", "as", "and")) + r")\b")
_MARK_LONGEST = len("because")  # no `_CLAUSE_MARK` match is longer
_MARK_WINDOW = 64  # characters: where `_scan_last_mark_end` starts looking


def _last_mark_end(head: str, stop: int) -> int:
    """End of the last `_CLAUSE_MARK` match in head[:stop] (0 if none).

    It is the match that ends last (`topics.last_match`), since matches neither nest nor
    overlap, except those around dashes (" - - "): then the text is scanned.
    """
    last = last_match(_CLAUSE_MARK, _CLAUSE_MARK_BACKWARD, head, stop)
    if last is None:
        return 0
    if head[last.start() + 1:last.start() + 2] in _MARK_DASHES and last.end() - last.start() == 3:
        return _scan_last_mark_end(head, stop)
    if last.group() in ("”", '"'):  # 'The press service of “DTEK Energo” noted': a company's name in quotes
        quoted = _QUOTED_NAME_END.search(head, max(0, last.start() - 60), last.start())
        if quoted:
            return _last_mark_end(head, quoted.start())
    return last.end()


# ('National Energy Company "Ukrenergo" notes that': the word before the name may be capitalised)
_QUOTED_NAME_END = re.compile(r"\b(?i:of|the|company|holding|operator|group)\s+[“\"](?=[A-Z])[\w'’.& -]{2,40}$")


def _scan_last_mark_end(head: str, stop: int) -> int:
    """`_last_mark_end` by scanning: the last characters first.

    A scan that starts inside the text agrees with a scan from its beginning once both
    pass a match that starts `_MARK_LONGEST` characters after the window's start, so the
    window's last match is the answer when its first match starts that far in; otherwise
    the whole text is scanned.
    """
    pos = stop - _MARK_WINDOW
    if pos > 0:
        marks = list(_CLAUSE_MARK.finditer(head, pos, stop))
        if marks and marks[0].start() >= pos + _MARK_LONGEST:
            return marks[-1].end()
    last = deque(_CLAUSE_MARK.finditer(head, 0, stop), maxlen=1)
    return last[0].end() if last else 0


_TAIL = 32  # characters: where `_search_end` starts looking


def _search_end(pattern: re.Pattern, text: str, words: int) -> re.Match | None:
    """`pattern.search(text)` for a pattern anchored at the end, searched in the last
    `_TAIL` characters only when that provably finds the same match.

    A match of `pattern` spans at most `words` white-space separated words (0: any number,
    of whole words). The short search is kept when the window holds one more word than the
    match can span (the window's first word may be cut); lookbehinds and word boundaries
    still see the text before the window.
    """
    cut = len(text) - _TAIL
    if cut <= 0:
        return pattern.search(text)
    match = pattern.search(text, cut)
    if words:
        needed = words + 1
    else:
        needed = len(match.group().split()) + 2 if match else 2
    return match if len(text[cut:].split()) >= needed else pattern.search(text)


def _with_leading_name(head: str, begin: int, phrase: str, appositive: bool) -> str:
    """'Ihor Syrota, head of Ukrhydroenergo,' keeps the name before a title appositive."""
    earlier = head[_last_mark_end(head, begin - 1):begin - 1].strip()
    first = phrase.split()[0].lower() if phrase.split() else ""
    if earlier and _is_name(earlier) and first in TITLE_WORDS:
        return f"{earlier}, {phrase}"
    if earlier and _is_name(earlier) and (_opens_appositive(first) or (appositive and not _is_name(phrase))):
        return earlier  # "Volodymyr Zelensky, addressing a conference on …, said"; "X, coordinator in Y, told"
    name = _name_before_a_title(head, begin - 1) if appositive else ""
    return name or phrase


def _name_before_a_title(head: str, end: int) -> str:
    """The name two or three appositives back: "Sergey Kovalenko, director general of YASNO, Ukraine’s leading
    energy supplier, a branch of the DTEK holding, said" (else "")."""
    for _ in range(2):
        start = _last_mark_end(head, end)
        if not start or head[start - 1] != ",":
            return ""
        earlier = head[_last_mark_end(head, start - 1):start - 1].strip()
        words = head[start:end].split()
        if words and words[0].lower() in TITLE_WORDS and words[0].lower() != "the" and _is_name(earlier):
            return earlier
        end = start - 1
    return ""


def _opens_appositive(word: str) -> bool:
    """A title ("head of …") or a participle ("speaking at …", "addressing …") after a name."""
    lowered = word.lower()
    return lowered in TITLE_WORDS or (word.islower() and len(word) > 5 and lowered.endswith("ing"))


def _back_reference(text: str, sentence: Sentence, body: str) -> Attribution | None:
    """'This was reported by X' or 'X said this' in a sentence with a say-word."""
    s, e = sentence.start, sentence.end
    passive = _BACK_PASSIVE.match(body)
    if passive:
        start = s + passive.end()
        stop = _INVERTED_STOP.search(text, start + 1, e)
        quoted = _QUOTED_NAME.match(text, stop.start()) if stop and stop.group() in "\"“" else None
        if quoted:  # 'reported by NPC "Ukrenergo"': a company's name in quotation marks
            stop = _INVERTED_STOP.search(text, quoted.end(), e)
        phrase = text[start: stop.start() if stop else e].strip("\"“” .")
        if phrase and _agent_like(phrase):
            begin = text.find(phrase, start)
            if phrase.split()[0].lower() in TITLE_WORDS and stop is not None and stop.group() == ",":
                named = _APPOSITIVE_NAME_LAST.match(text, stop.end(), e)  # "by the head of …, Oleksandr Tolokonnikov,"
                if named:
                    phrase = text[begin:named.end(1)]
            return _make(text, begin, begin + len(phrase), "back_reference", phrase)
        return None
    active = _BACK_ACTIVE.search(text, s, e) if "this" in body else None
    if active:
        subject = _subject(text, s, active.start())
        if subject:
            return subject._replace(kind="back_reference")
    return None


def _a_line_of_its_own(sentences: list[Sentence], index: int) -> bool:
    paragraph = sentences[index].paragraph
    return ((index == 0 or sentences[index - 1].paragraph != paragraph)
            and (index + 1 == len(sentences) or sentences[index + 1].paragraph != paragraph))


def _list_after(text: str, sentences: list[Sentence], index: int) -> tuple[int, int] | None:
    """The span of the list items ("- 42 energy blocks destroyed;") in the paragraphs right after the
    sentence `index`, which ends its own paragraph; None when no item follows."""
    lead = sentences[index]
    if index + 1 < len(sentences) and sentences[index + 1].paragraph == lead.paragraph:
        return None
    end = -1
    paragraph = lead.paragraph
    for sentence in sentences[index + 1:]:
        if sentence.paragraph != paragraph:
            if text[sentence.start] not in _LIST_MARKS:
                break
            paragraph = sentence.paragraph
        end = sentence.end
    return (lead.end, end) if end > 0 else None


_LIST_MARKS = frozenset("-–—•*")


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
        if not any(text.find(mark, p_start, p_end) >= 0 for mark in _QUOTE_OPENERS):
            continue
        for q_start, q_end in _quote_spans(text, p_start, p_end):
            attribution = _quote_speaker(text, q_start, q_end, p_start, p_end)
            if attribution:
                found.append(attribution._replace(cover_start=q_start, cover_end=q_end))
    return found


_QUOTE_OPENERS = ('"', "“", "«")  # a paragraph without them has no quotation


def _quote_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    segment = text[start:end]
    spans = []
    if "“" in segment or "«" in segment:
        spans = [(m.start(), m.end()) for m in _re(r"“[^”]*”|«[^»]*»").finditer(segment)]
    straight = [m.start() for m in _re(r"(?<![\w])\"|\"(?![\w])").finditer(segment)] if '"' in segment else []
    if straight and "”" in segment:  # a straight mark opened, a curly one closed: '"Total damage … grid,” X said'
        mixed = [(m.start(), m.end()) for m in _re(r"(?<![\w])\"[^\"“”]*”").finditer(segment)]
        spans.extend(mixed)
        opened = {a for a, _ in mixed}
        straight = [position for position in straight if position not in opened]
    if straight and "“" in segment:  # a curly mark opened, a straight one closed: '“… crime against humanity," he stressed'
        mixed = [(m.start(), m.end()) for m in _re(r"“[^\"“”]*\"(?![\w])").finditer(segment)]
        spans.extend(mixed)
        closed = {b - 1 for _, b in mixed}
        straight = [position for position in straight if position not in closed]
    spans.extend((straight[i], straight[i + 1] + 1) for i in range(0, len(straight) - 1, 2))
    return sorted((start + a, start + b) for a, b in spans if b - a > 20)


def _quote_speaker(text: str, q_start: int, q_end: int, p_start: int, p_end: int) -> Attribution | None:
    after = text[q_end:p_end]
    follow = _QUOTE_FOLLOW.match(after)
    if follow:
        if follow["verb"]:
            inverted = _inverted(text, q_end + follow.start("obj"), p_end)
            if inverted:
                return inverted._replace(kind="quote")
        elif follow["subj"] and (_agent_like(follow["subj"]) or follow["subj"].lower() in PRONOUNS):
            start = q_end + follow.start("subj")
            return _make(text, start, start + len(follow["subj"]), "quote", follow["subj"])
    before = text[p_start:q_start]
    if not _may_end_with_speaker(before):
        return None
    lead = _re(rf"(?:(?P<subj>[^,.;\"“”]{{1,80}}?)\s+(?:{_SAY})|[Qq]uote from (?P<from>[^:]+))\s*(?:that\s*)?[:,]?\s*$").search(before)
    if lead:
        name = lead["subj"] or lead["from"]
        name = _re(r"^.*\b(?:that|and|but)\s+").sub("", name).strip()
        if name and (_agent_like(name) or name.lower() in PRONOUNS):
            start = p_start + lead.start("subj" if lead["subj"] else "from") + lead.group(
                "subj" if lead["subj"] else "from").find(name)
            return _make(text, start, start + len(name), "quote", name)
    return None


_SAY_ENDINGS = tuple(_SAY.split("|"))


def _may_end_with_speaker(before: str) -> bool:
    """Cheap necessary test for the speaker pattern of `_quote_speaker` before a quotation:
    a say-verb, perhaps with 'that' and ':' or ',', ends the text, or 'Quote from' is in it."""
    if "uote from " in before:
        return True
    tail = before.rstrip()
    if tail.endswith((":", ",")):
        tail = tail[:-1].rstrip()
    if tail.endswith("that") and tail[:-4].rstrip().endswith(_SAY_ENDINGS):
        return True
    return tail.endswith(_SAY_ENDINGS)


def _make(text: str, start: int, end: int, kind: str, claimant: str | None = None) -> Attribution:
    claimant = (claimant if claimant is not None else text[start:end]).strip()
    spaced = " ".join(claimant.split())
    claimant = spaced.strip("\"“”«» ,").lstrip("’'")  # ("…€545 million,’ the statement said": a closing mark)
    if claimant.count("“") > claimant.count("”") and spaced.rstrip(" ,").endswith("”"):
        claimant += "”"  # 'The press service of “DTEK Energo”': a name in quotes keeps its closing quote
    elif claimant.count('"') % 2 and spaced.rstrip(" ,").endswith('"'):
        claimant += '"'  # 'National Energy Company "Ukrenergo"', in straight quotes
    if "s " in claimant:
        owner = _OWNERS_DOCUMENT.fullmatch(claimant)
        if owner and _has_name(owner["owner"]):
            claimant = owner["owner"]  # "the Ukrenergo’s statement reads": Ukrenergo says it
    # named = has a name and is not generic; with a name, only a lone pronoun is generic
    return Attribution(start, end, claimant, kind, named=_has_name(claimant) and not _lone_pronoun(claimant))


_OWNERS_DOCUMENT = re.compile(rf"(?:[Tt]he\s+)?(?P<owner>.+?)['’]s\s+(?:{_DOCUMENTS})")


def _lone_pronoun(claimant: str) -> bool:
    words = [w for w in _re(r"[\w']+").findall(claimant.lower()) if w not in _DETERMINERS]
    return len(words) == 1 and words[0] in PRONOUNS


def _has_name(phrase: str) -> bool:
    if phrase.islower():
        return False  # no capital letter at all
    words = _re(r"[\w'’\-]+").findall(phrase)
    # "a top Ukrainian official": a nationality says what kind of person, not who
    one_person = bool(words) and words[-1].lower() in PERSON_HEADS
    for position, word in enumerate(words):
        if word[0].isupper() and not (position == 0 and word.lower() in _NOT_A_NAME_FIRST) \
                and not (one_person and (word.lower() in _NATIONALITIES or word.lower() in PERSON_HEADS)):
            return True
    return False


_NATIONALITIES = frozenset({"ukrainian", "russian", "european", "american", "british", "polish", "moldovan",
                            "german", "french"})


def _is_name(phrase: str) -> bool:
    words = phrase.split()
    return 1 <= len(words) <= 5 and all(w[0].isupper() for w in words)


def _agent_like(phrase: str) -> bool:
    lowered = phrase.lower().strip()
    if lowered in PRONOUNS:
        return True
    if lowered.startswith("of "):
        return False  # "Of the billion euros announced, €415 million will be allocated": a part of a sum
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
