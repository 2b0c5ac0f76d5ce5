"""Does a sentence talk about damage, outages, attacks or cost? Word cues, nothing more.

`topics(text)` returns the set of topics whose cue words occur in the text (`Topics(text)`
answers for one topic at a time, looking no further than needed). `needed(form,
noun_class)` says which topics a figure of that form needs in its sentence: a percentage
or a capacity needs damage or outage words, money needs cost words, an outage duration
needs outage words, a count of people or settlements needs outage (or damage) words, a
count of weapons or attacks needs attack or damage words.

Clause-level checks say when a number that passed is still not a figure: people killed
or injured, counts restored rather than cut, outages caused by the weather (or a forest fire), weapons
intercepted rather than launched or hit.

Text helpers the other modules share for speed: `caseless` (a lower case in which a
substring test agrees with a case-blind pattern) and `contains_any`, cheap tests that let
a pattern run only where it can match; `whole_words`, a word alternation the regex engine
can skip through; `last_match`, the last match of a pattern found from the end.
"""

from __future__ import annotations

import re
from functools import lru_cache

_CUES = {
    "damage": r"damag\w*|destr(?:oy\w*|uct\w*)|hit|hits|hitting|struck|strik(?:e|es|ing)|attack\w*|shell\w*"
              r"|bombard\w*|occupied|occupation|lost|los(?:e|es|s|ses|ing)|offline|knock(?:s|ed|ing)? out|disabled|critical\w*"
              r"|ruin\w*|demolish\w*|gone|explosions?|fires?|burn\w*|collaps\w*|affected|impacted|broken|taken out|out of (?:order|service"
              r"|operation|action|commission)|inoperative|inoperable"
              r"|de-?energi\w*|wiped out|dropped|decreased|fell|reduced|(?:were|was|been) cut|cutting"
              r"|(?:is|was|are|were) down|defeat|defeated|blown up"  # "capacity is down about 50%", "cutting nearly 60% of production",
              r"|requir\w* (?:emergency |urgent |major )?(?:restoration|repairs?|reconstruction)"  # "Another 12 thermal
              # power plants and stations require emergency restoration"
              r"|stopped (?:operating|working|functioning|generating)|(?:was|were|been) stopped"  # "Two units have stopped operating"
              r"|wreck\w*|under (?:the )?(?:enemy|russian|occupiers)(?:['’]s?)? control|inaccessible|(?:been|were|was) decommissioned"  # "half of
              # the grid has been wrecked"; "plants are under the control of the Armed Forces of the Russian Federation"
              r"|under the control of (?:the )?(?:russia\w*|occupiers|enemy|armed forces of the russian)",
    # "the defeat of two thermal power plants" (a calque of the Ukrainian for "hit")
    "outage": r"without|outages?|blackouts?|blacked out|cut off|cut power|power cuts?|cuts|disconnect\w*|de-?energi\w*|depriv\w*"
              r"|(?:turned|switched|shut|cut|is|are|was|were|goes|went|be)\s+off|off for"
              r"|no (?:access to )?(?:centrali[sz]ed |central |running |drinking |tap )?(?:power|electricity|light|water|heat\w*|gas)|deficit|shortfalls?|shortages?|shutdowns?|shut down"
              r"|schedules?|restrictions?|limited|lack of|unable to (?:connect|use|meet)|offline|dark|darkness"
              r"|(?:power|electricity|supply|heating|water|gas) disruptions?"  # "massive power disruptions for 30,000 customers"
              r"|can get (?:electricity|power)|(?:electricity|power|energy|water|heat|gas) suppl(?:y|ies)|no longer (?:being )?supplied"
              r"|(?:had|have|has) (?:no )?(?:power|electricity|water|heat\w*|light)"  # "40 per cent of people had power"
              r"|(?:did|do|does) not have|(?:didn|don|doesn)['’]t have"  # "450,000 apartments … did not have"
              r"|(?:out of|off) the grid"  # "80% of the region consumers are out of the grid"
              r"|(?:heating|heat|power|electricity|water|gas) (?:supply )?(?:was|were|is|are|has been|have been) disrupted"
              r"|limit(?:s|ed|ing)? (?:energy|electricity|power) supplies"  # "limit energy supplies to eight to fourteen hours a day"
              r"|suspended|not (?:running|working|operating|functioning)"  # "two gas distribution stations remaining suspended"
              r"|(?:did|does|do) not work|(?:didn|doesn|don)['’]t work"  # "60% of the transformers in the capital did not work"
              r"|los(?:t|e|es|ing) (?:power|electricity|heat\w*|water|gas|light|supply)"  # "one million homes … lost power"
              r"|absence of (?:external |outside |off-site )?(?:power|electricity|supply)"  # "the absence of external power for more than 72 hours"
              r"|lack(?:s|ed|ing)? (?:(?:central|centrali[sz]ed|running|drinking|tap) )?(?:power|electricity|light|water|heat\w*|gas)"  # "around 123 thousand subscribers—currently lack electricity"
              r"|knock(?:s|ed|ing)? out (?:power|electricity|light|water|heat\w*|gas)"  # "knocking out electricity for 30,800 homes"
              r"|demand (?:was|is|were|are) not (?:being )?met|unmet demand"  # "50% of demand was not being met"
              r"|(?:electricity|power|energy) (?:that )?(?:it|they|we|the city|the country) needs?"  # "Kyiv City only has
              # half the electricity that it needs"
              r"|(?:was|were|is|are|went|goes|go) out for"  # "electricity and even running water were out for nearly 12 hours",
              r"|(?:power|electricity|lights?) (?:went|goes|go) out\b"  # "when the power goes out, often for six hours at a time"
              # "On average, the lights go out for 7 hours every day"
              r"|(?:light|power|electricity|water|gas|heat\w*) (?:has |had |have )?disappeared"  # "light disappeared: it
              # disappeared in about 90,000 users"
              r"|drain\w* (?:the )?(?:water|coolant)"  # "drain water from the heating system in 820 buildings"
              r"|cut",  # "Power would be cut for between eight and 16 hours a day"
    "attack": r"missiles?|drones?|shaheds?|rockets?|uavs?|launch\w*|fired|target\w*|barrage|salvo|bomb\w*|attack\w*|arrivals?"
              r"|strikes?|struck|shell\w*|hit|assault\w*|onslaught|raids?"
              r"|violat\w*",  # "Moscow has violated the (energy) ceasefire more than 30 times"
    "cost": r"damages?|loss(?:es)?|costs?|repair\w*|recover\w*|reconstruct\w*|rebuild\w*|restor\w*|needs?|needed|fund\w*"
            r"|allocat\w*|strengthen\w*|resilien\w*|aid|assistance|grants?|donat\w*|donor|provid\w*|channel\w*|raised?|support\w*|budget\w*"
            r"|compensat\w*|spen[dt]\w*|invest\w*|worth|financ\w*|available|loans?|lend(?:s|ing)?|lent|expens\w*|expenditures?|payments?"
            r"|lost|lose|loses|value|valued"  # "Nuclear power plants lost $770 million", "the value of assets destroyed"
            # "a contribution of one million euros", "gathered 126 million crowns", "asking … for €800 million"
            r"|contribut\w*|gathered|collected|ask(?:s|ed|ing)|request\w*|appeal\w*|mobili[sz]\w*"
            r"|receiv\w*"  # "Ukraine will receive $55 million specifically for the winter"
            r"|attract\w*",  # "We are now working to attract EUR 200 million from the EBRD"
    # The sectors this project follows, and others whose costs and facilities it does not.
    "utility": r"energy|power|electric\w*|grids?|generat\w*|gas|heat\w*|water|sewage|sewerage|wastewater|utilit\w*"
               r"|substations?|plants?|tpps?|chps?|hpps?|npps?|pipelines?|boilers?|fuel|oil|coal|nuclear|hydro\w*|solar"
               r"|thermal|transmission|distribution|wind\s+(?:farms?|power|turbines?|parks?|energy|generation)"
               r"|tank\s+farms?",  # fuel storage: "losses from destruction of 27 tank farms"
    "other_sector": r"roads?|transport\w*|railways?|rail|ports?|aviation|airports?|airfields?|housing|agricultur\w*"
                    r"|farm\w*|forest\w*|industr\w*|enterprises|business\w*|education\w*|health\w*|cultur\w*"
                    r"|tourism|vehicles|bridges|telecom\w*|economy|economic|economies"
                    r"|buses|trams|trolleybuses"  # "70% of Kharkiv’s city buses, 50% of its trams … destroyed"
                    r"|demining|mine action",  # "3 million Canadian dollars … in funding to support mine action"
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
_WORD = re.compile(r"[a-zа-яіїєґ][a-zа-яіїєґ]*(?:[-'’][a-zа-яіїєґ]+)*")  # starts with a class: the engine skips ahead


@lru_cache(maxsize=4096)
def sentence_words(text: str) -> frozenset[str]:
    """Lower-case words of a text, hyphenated words also in parts ('de-energized', 'de', 'energized')
    and possessives also without their ending ('fund’s', 'fund')."""
    lowered = text.lower()
    words = set(_WORD.findall(lowered))
    if "-" in lowered:
        for word in [w for w in words if "-" in w]:
            words.update(word.split("-"))
    if "'s" in lowered or "’s" in lowered:
        words.update([w[:-2] for w in words if w.endswith(("'s", "’s"))])
    return frozenset(words)


# Characters that a case-insensitive pattern matches to an ASCII letter although their
# lower case is no ASCII letter ('ı', 'ſ'; 'İ' lower-cases to 'i' and a combining dot).
_CASE_FIXES = {0x131: "i", 0x17F: "s", 0x307: None}


def caseless(text: str) -> str:
    """Lower case in which a substring test agrees with `re.IGNORECASE` on ASCII words:
    a case-insensitive pattern can only match `text` where its ASCII words occur here."""
    lowered = text.lower()
    if lowered.isascii() or ("ı" not in lowered and "ſ" not in lowered and "\u0307" not in lowered):
        return lowered
    return lowered.translate(_CASE_FIXES)


def contains_any(text: str, substrings: tuple[str, ...]) -> bool:
    """Does `text` hold one of the literal `substrings`? (A cheap test before a pattern.)"""
    for substring in substrings:
        if substring in text:
            return True
    return False


def whole_words(words) -> str:
    """A pattern for any of `words` (lower-case letters) as a whole word, equal to
    `\\b(?:w1|w2|…)\\b` but written so that the regular-expression engine skips to
    possible first letters instead of trying every position: words are grouped by their
    first letter, and the look-behind after it checks the word boundary before it."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(re.escape(word[1:]))
    return "(?:" + "|".join(f"{first}(?<!\\w{first})(?:{'|'.join(rests)})" for first, rests in groups.items()) + r")\b"


def reversed_words(words) -> str:
    """Alternatives matching each of `words` written backwards (for `last_match`)."""
    return "|".join(re.escape(word[::-1]) for word in words)


def last_match(pattern: re.Pattern, backward: re.Pattern, text: str, stop: int) -> re.Match | None:
    """The match of `pattern` in text[:stop] that ends last (None if none), found from the end.

    `backward` must match, in the reversed text, the reversal of every match of `pattern`
    (it may match more: each find is checked with `pattern`). When matches of `pattern`
    neither nest nor overlap, the one that ends last is also the last of `pattern.finditer`.
    """
    reverse = text[stop - 1::-1] if stop > 0 else ""
    pos = 0
    while (found := backward.search(reverse, pos)) is not None:
        hit = pattern.match(text, stop - found.end(), stop)
        if hit:
            return hit
        pos = found.start() + 1
    return None


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
    "facilities": ("damage", "attack", "outage"),  # "six hospitals were left without heat"
    "weapons": ("attack", "damage"),
    "attacks": ("attack", "damage"),
    "verb": ("attack", "damage"),
    "ref": ("attack", "damage"),
}
_CASUALTY_AFTER = re.compile(r"^(?:,\s+including\s+[\w\s-]{1,40}?)?,?\s+(?:[\w-]+\s+){0,3}?(?:killed|injured|wounded|died|dead|hurt|hospitali[sz]ed"
                             r"|(?:sustained|suffered|received)\s+(?:\w+\s+)?(?:injuries|wounds)"  # "36 citizens have sustained injuries"
                             r"|with\s+(?:minor\s+|moderate\s+|serious\s+|severe\s+|light\s+)?(?:injuries|wounds)"  # "left nine people with minor injuries"
                             r"|evacuated|rescued|missing|to evacuate|lost their lives"
                             r"|from\s+(?:under\s+)?(?:the\s+)?(?:rubble|debris|ruins)"  # "freed eight people from under the rubble"
                             r"|(?:required|requiring|needed|needing)\s+hospitali[sz]ation"  # "five of whom required hospitalization"
                             r"|trapped(?!\s+(?:without|with\s+no|underground|in\s+(?:the\s+|a\s+|four\s+|two\s+|three\s+)?mines?)\b))\b",
                             # "trapped without food, water and power"; "566 miners trapped underground due to power outages":
                             # miners cut off by an outage, not casualties
                             re.IGNORECASE)
_CASUALTY_BEFORE = re.compile(r"\b(?:(?:killing|killed|kills|injuring|injured|injures|wounding|wounded|wounds|hurting|(?<!daily )(?<!everyday )lives\s+of|deaths?\s+of"
                              r"|injur(?:y|ies)\s+(?:to|of)"  # "resulted in injuries to at least 18 people", "the injury of another 201"
                              r"|(?:deaths|injuries|casualties),\s+including"  # "three deaths and twelve injuries, including two children"
                              # "injured 28 people, including three children", "injuring six people, three of them"
                              r"|(?:killing|killed|injuring|injured|wounding|wounded)\s+(?:[\w-]+\s+){1,3}?(?:people|persons|civilians|residents)"
                              r",(?:\s+including)?"
                              # "has killed 30 people and wounded another 74, including 13 children"
                              r"|(?:killing|killed|injuring|injured|wounding|wounded)\s+(?:another|at\s+least|over|more\s+than)?\s*"
                              r"\d[\d,]*,\s+including"
                              # "injuring 119 staff and 50 patients", "among the 6 injured are three children"
                              r"|(?:killing|killed|injuring|injured|wounding|wounded)\s+(?:at\s+least\s+)?\d[\d,]*\s+[\w-]+\s+and"
                              r"|among\s+(?:the\s+)?(?:\d+|[\w-]+)\s+(?:injured|wounded|killed|dead|victims)\s+(?:are|were|is|was)"
                              # "the number of victims increased to 22 people": a toll risen to the figure
                              r"|(?:victims|casualties|dead|deaths|death\s+toll|killed|injured|wounded)\b[^.;]{0,30}?"
                              r"\b(?:increased|rose|risen|grew|climbed|reached)(?:\s+to)?)"
                              r"(?:,?\s+including)?"  # "8 people were injured, including 2 children"
                              r")\s+(?:(?:at least|about|around|over|more than|some|nearly|up to|another)\s+)?$", re.IGNORECASE)
# (not "about 500 … cannot be restored", "have not been reconnected": negated)
_RESTORED = re.compile(r"\b(?<!not be )(?<!not been )(?<!'t be )(?<!’t be )(?<!not yet )"
                       r"(?:restored|reconnected|re-?energi[sz]ed|returned|back on|(?<!dis)connected"
                       # "as Russia resumed its campaign": attacks resumed, not supply
                       r"|resumed(?!\s+(?:its\s+|their\s+|the\s+)?(?:campaign|attacks?|strikes?|shelling|bombing|offensive"
                       r"|assaults?|missile|drone)\b)"
                       r"|(?:been|were|was) powered|rerouted|switched to (?:backup|reserve)"  # "9,500 households were rerouted to backup supply"
                       r"|received (?:electricity|power|heat\w*|gas|water)"  # "95.4% of residential buildings … received heat"
                       # "33,000 subscribers are receiving gas in full", "all 33,000 customers … are now fully supplied with gas"
                       r"|(?:(?:already|now|are|is|fully)\s+)+(?:receiving|have|has|supplied\s+with)\s+(?:gas|electricity|power"
                       r"|heat\w*|water)|in normal mode)\b", re.IGNORECASE)
# One of these is in every `_RESTORED` match, lower-cased (a cheap test first).
_RESTORED_KEYS = ("restored", "connected", "energi", "returned", "resumed", "back on", "powered", "received",
                  "already ", "now ", "normal mode", "rerouted", "switched to", "receiving", "supplied")
_STILL_OUT = re.compile(r"\b(?:without|remain\w*|still|not yet|until|blackouts?|outages?|cut off|de-?energi\w*"
                        r"|no (?:power|electricity|light|water|heat))\b",
                        re.IGNORECASE)
_WEATHER_NOUNS = (r"weather|storms?|snow\w*|ic(?:e|ing)|winds?|hurricanes?|frost|heatwaves?|thunderstorms?"
                  r"|forest\s+fires?|wildfires?")  # natural causes: "as a result of a strong forest fire"
# causes of war (a "Regional Military Administration" is an authority, not a cause)
_HOSTILE_NOUNS = r"hostilities|shelling|attacks?|strikes?|military(?!\s+administrations?\b)|fighting|combat"
_WEATHER = re.compile(rf"\b(?:due to|because of|caused by|after|(?:as )?(?:a|the) result of|brunt of|consequences of"
                      rf"|against the backdrop of)\s+"
                      rf"(?:(?!(?:{_HOSTILE_NOUNS})\b)[\w-]+\s+){{0,3}}?(?:in\s+)?"  # "against the backdrop of a sharp
                      # deterioration in weather" (not "as a result of hostilities and bad weather": both)
                      rf"(?:{_WEATHER_NOUNS})\b"
                      # the weather as the subject: "severe rain and high winds had left 48 settlements … without power"
                      rf"|\b(?:{_WEATHER_NOUNS})\b[^.;]{{0,50}}?\b(?:had\s+|have\s+|has\s+)?(?:[a-z]+ly\s+)?"
                      r"(?:left|knocked\s+out|cut\s+off|de-?energi[sz]ed|resulted\s+in|caused|plung(?:ed|ing))\b",
                      re.IGNORECASE)
_WEATHER_WORDS = ("weather", "storm", "snow", "ice", "icing", "wind", "hurricane", "frost", "heatwave", "forest fire",
                  "wildfire")  # of _WEATHER
_INTERCEPT_AFTER = re.compile(r"\b(?:were|was|have been|had been|being|got)?\s*(?<!from )(?<!of )(?:intercepted|shot down|downed"
                              r"|[\"“]?lost(?=[^.]{0,60}(?:electronic warfare|in reference to|\bEW\b|\blocation\b))"
                              r"|returned\s+to\s+Russia|flew\s+back|turned\s+back"  # "Two more drones returned to Russia"
                              r"|destroyed by air defen[cs]e|neutrali[sz]ed|fail(?:ed|ing) to reach|stopped"  # "21 of the 34 inbound
                              r"|did not (?:hit|reach) (?:their |its )?targets?)\b"  # missiles were stopped", "27 drones did not hit"
                              r"|\b(?:were|was|have been|had been)\s+destroyed\b(?!\s+(?:or|and)\s+damaged)",
                              re.IGNORECASE)  # weapons (the only caller's nouns) "were destroyed" in the air
_INTERCEPT_BEFORE = re.compile(r"\b(?:intercept(?:ed|s|ing)?|(?:shot|shoot|shoots|shooting) down|downed|downing|downs|destroy(?:ed|ing)"
                               r"|destruction of"  # "The Air Force reported the destruction of 26 missiles out of 39"
                               r"|neutrali[sz](?:ed|es?|ing)|to down|(?:took|taken) (?:down|out)|(?:knocked|knocks|knock) down"
                               r"|counteract(?:ed|s)?|counter(?:ed|s)?(?!-)|repell?(?:ed|s)?|thwart(?:ed|s|ing)?|prevent(?:ed|ing))\b",
                               re.IGNORECASE)
# "knocked down 18 of the inbound missiles", "reported neutralizing 80 drones", "thwarted 14 missile strikes", "the
# defenders managed to counteract 30 missiles and 585 UAVs", "defenders were able to counter 382 drones", "managed
# to down nine of the drones", "took down 29 out of 38", "air defences took out 60 out of 76 of Friday's incoming
# missiles", "electronic warfare measures were instrumental in preventing 66 additional drones from reaching their
# intended targets"
# An interception verb's own count right after it ("shot down 34 of the missiles")
_OWN_COUNT_AFTER = re.compile(r"\s+(?:or\s+[a-z]+\s+)?(?:(?:about|some|over|more than|at least|nearly|almost|all)\s+)?\d")
# ("shot down or disabled 139 drones": two verbs, one count)
# "knocking out 44 out of 50 incoming missiles" (with a number after it; "knocked out 3 substations" is damage)
_KNOCKED_OUT_BEFORE = re.compile(r"\bknock(?:ed|s|ing)? out $", re.IGNORECASE)  # with `_OF_A_SET_AFTER`
# "launched 99 missiles …, and air defence shot down 58": the launch verb owns the count.
_LAUNCH_WORDS = ("launch", "fir", "used", "sent")  # one is in every `_LAUNCHED_BEFORE` match
_LAUNCH_VERBS = r"(?:launched|launching|fired|firing|used|sent|involved)"  # "about 70 strike drones were involved"
_LAUNCH_HEDGE = r"(?:(?:a total of|at least|about|around|over|more than|some|up to|nearly|almost|as many as)\s+)?"
# "had launched 458 drones and 45 missiles": the second count of the list is launched too
_LAUNCHED_BEFORE = re.compile(rf"\b{_LAUNCH_VERBS}\s+{_LAUNCH_HEDGE}(?:\d[\d,.]*\s+(?:[\w-]+\s+){{1,2}}?and\s+"
                              rf"{_LAUNCH_HEDGE})?$", re.IGNORECASE)
# "shot down 18 of the 33 missiles": the second count is the whole salvo.
_SET_TOTAL_BEFORE = re.compile(r"(?:\d|\b(?:" + "|".join(
    "two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty".split())
    + r"))(?:\s+[\w-]+){0,3}?\s+(?:out\s+of|from|of)\s+(?:the\s+|a\s+)?(?:total\s+(?:of\s+)?)?"
    r"(?:(?:[\w-]+\s+)?(?:barrage|salvo|wave|volley)\s+of\s+)?$"  # "shot down 51 of the latest barrage of almost 70"
    r"|\bfrom\s+a\s+total\s+of\s+$", re.IGNORECASE)  # "destroyed 58 Russia-launched attack drones overnight from a total of 60"
# One of these is in every `_CASUALTY_BEFORE` and `_INTERCEPT_BEFORE` match (cheap tests before the patterns).
_CASUALTY_KEYS = ("kill", "injur", "wound", "hurt", "lives", "death", "casualt", "victim", "dead")
_INTERCEPT_KEYS = ("intercept", "shot", "shoot", "down", "destr", "neutrali", "took", "taken", "knock", "counter",
                   "repel", "lost", "returned to russia", "back", "thwart", "prevent")
# One of these is in every `_RESTORED_BEFORE` match (a cheap test first)
_RESTORED_WORDS = ("restor", "return", "reconnect", "resum", "suppl", "provid", "back on", "back to", "back for")
# What was restored, between the verb and "to"/"for": "restored operation of the grids for almost 43,000 families",
# "restore heating and water services for more than a million residents", "restored gas supply services for"
_RESTORED_OBJECT = (r"(?:\s+(?:the|its|their|operation|of|power|electricity|light|water|heat|heating|gas|supply|supplies"
                    r"|services?|grids?|networks?|and)){0,6}")
# "restored power to 20,541 people", "thus restoring power to 2,000 families", "to restore electricity to 1,700",
# "allowed to return electricity to 40 thousand residents", "light was … returned to the homes of 60.5 thousand
# families", "the successful restoration of electricity to 170,000 homes", "managed to reconnect 12,269 consumers"
_RESTORED_BEFORE = re.compile(r"\b(?:(?:(?:restor(?:ed|ing|e)|return(?:ed|ing)?|reconnect(?:ed|ing)?|resum(?:ed|ing|e)"
                              r"|restoration\s+of)" + _RESTORED_OBJECT +
                              r"|(?:managed to (?:supply|provide)|(?:have|has|had) (?:supplied|provided)"
                              # "In total, energy workers provided electricity to 48.5 thousand residents"
                              r"|(?:energy|power)\s+(?:workers|engineers|specialists)\s+(?:supplied|provided)"
                              r"|continued\s+the\s+supply\s+of)"  # "continued the supply of electricity to nearly 18.5 thousand"
                              r"\s+(?:power|electricity|heat|heating|water|gas)"
                              # "DTEK’s linemen turned power back on to 47,338 families", "switched the lights back on for"
                              r"|(?:turn|switch|put)(?:ed|ing|s)?\s+(?:the\s+)?(?:power|electricity|lights?|heat|heating|water|gas)"
                              r"\s+back\s+on"
                              # "managed to bring the lights back for 395 thousand families", "brought the lights back to"
                              r"|(?:bring|brings|bringing|brought)\s+(?:the\s+)?(?:power|electricity|lights?|heat|heating|water|gas)"
                              r"\s+back)"
                              r"(?:\s+supply)?\s+(?:to|for|in)\s+(?:[^\s\d,;]+\s+){0,3}"
                              r"|reconnect(?:ed|ing)?\s+)$",
                              re.IGNORECASE)  # "managed to supply power to three subscribers", "restored in 15 settlements"
_RELATIVE_OR_COMMA = re.compile(r",|\b(?:that|who|which|left)\b")
_STILL_OUT_AFTER = re.compile(r"\b(?:are|were|is|was|remains?|remained|still)\s+(?:\w+\s+){0,2}?(?:without|cut off"
                             r"|de-?energi\w*|in the dark|no (?:power|electricity|light|water|heat\w*|gas))\b", re.IGNORECASE)
# "the air force said it had destroyed 66", "anti-aircraft defense systems and forces destroyed 51 Russian missiles"
_AIR_DEFENCE = re.compile(r"\b(?:anti-?aircraft|air)[ -]defen[cs]es?\b|\bair force\b"
                          r"|\bdefen[cs]es\s+(?:destroyed|shot down|intercepted|downed)\b"  # "Defenses destroyed four of the
                          # (missiles …)"; "The Ukrainian military successfully destroyed 27 drones and 87 missiles"
                          r"|\bUkrain(?:ian|e['’]s)\s+(?:military|forces|army|defenders)\s+(?:[a-z]+ly\s+)?destroyed\b",
                          re.IGNORECASE)  # missiles and 66 drones in the air"
_NEGATED = re.compile(r"\bnot(?:\s+be|\s+been)?\s*$", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r",\s*(?:but|while|whereas|although|though|and that)\b|;|\bbut\b|\bwhile\b|\s[–—]\s|\s-\s"
                           r"|\s(?:al)?though\s",  # "damaged 350 gas facilities though production should be restored"
                           re.IGNORECASE)
_CLAUSE_WINDOW = 400  # characters; keeps run-on "sentences" of a pasted page linear
# Ukraine's weapons shot down over Russia: "the Russian air defenses fired at 14 missiles", "158 UAVs were either shot
# down or intercepted by electronic warfare over more than a dozen regions in Russia"
RUSSIAN_AIR_DEFENCE = re.compile(r"\bRussian air[ -]defen[cs]es?\b"
                                 # "Russian troops had downed a Ukrainian Su-27 fighter jet, 97 drones and six … HIMARS"
                                 r"|\bRussian\s+(?:troops|forces|military)\s+(?:had\s+|have\s+|has\s+)?(?:downed|shot\s+down"
                                 r"|intercepted)\b"
                                 r"|\bover\s+(?:[\w-]+\s+){0,5}?(?:regions?\s+(?:in|of)\s+Russia|Russian\s+(?:territory|regions))\b",
                                 re.IGNORECASE)


class Topics:
    """The topics of a text, each decided on first use: the one-word cues of all topics at
    once, the phrase cues one topic at a time (most questions are settled by the words)."""

    def __init__(self, text: str):
        self._text = text
        self._by_words: set[str] | None = None
        self._by_phrases: dict[str, bool] = {}
        self._lowered = ""

    def __contains__(self, topic: str) -> bool:
        if self._by_words is None:
            self._by_words = set().union(*map(_word_topics, sentence_words(self._text)))
        if topic in self._by_words:
            return True
        if topic not in self._by_phrases:
            pattern = _PHRASE_CUES.get(topic)
            if pattern is not None and not self._lowered:
                self._lowered = self._text.lower()
            self._by_phrases[topic] = pattern is not None and pattern.search(self._lowered) is not None
        return self._by_phrases[topic]


def topics(text: str) -> set[str]:
    """Topics whose cue words occur in `text` (case-insensitive)."""
    found = Topics(text)
    return {topic for topic in _CUES if topic in found}


def needed(form: str, noun_class: str) -> tuple[str, ...]:
    """Topics of which at least one must be present for a figure of this form."""
    if form in ("count", "word", "vague"):
        return _NEEDS.get(noun_class, ())
    return _NEEDS.get(form, ())


def clause_bounds(text: str, start: int, end: int, s_start: int, s_end: int) -> tuple[int, int]:
    """The clause around text[start:end] within its sentence (split at but/while/;/dashes)."""
    window = max(s_start, start - _CLAUSE_WINDOW)
    left = window
    if _may_break(text[window:start]):
        for match in _CLAUSE_BREAK.finditer(text, window, start):
            left = match.end()
    limit = min(s_end, end + _CLAUSE_WINDOW)
    right_match = _CLAUSE_BREAK.search(text, end, limit) if _may_break(text[end:limit]) else None
    return left, right_match.start() if right_match else limit


def _may_break(segment: str) -> bool:
    """Cheap necessary test for a `_CLAUSE_BREAK` inside the segment."""
    if ";" in segment or "-" in segment or "–" in segment or "—" in segment:
        return True
    lowered = caseless(segment)
    return "but" in lowered or "while" in lowered or "though" in lowered or (
        "," in segment and ("whereas" in lowered or "and that" in lowered))


def is_casualty(text: str, noun_end: int, figure_start: int = -1) -> bool:
    """'12 people were killed', 'killing at least five people'."""
    if noun_end > 0 and _CASUALTY_AFTER.match(text[noun_end:noun_end + 60]):
        return True
    if figure_start <= 0:
        return False
    window = text[max(0, figure_start - 60):figure_start]
    return contains_any(caseless(window), _CASUALTY_KEYS) and _CASUALTY_BEFORE.search(window) is not None


def is_restored(text: str, figure_start: int, figure_end: int, clause: tuple[int, int]) -> bool:
    """Counts of connections restored, not cut: '20,541 people have been powered',
    'restored power to 20,541 people'."""
    after = text[figure_end:clause[1]]
    if contains_any(caseless(after), _RESTORED_KEYS) and _RESTORED.search(after) and not _STILL_OUT.search(after):
        return True
    # "reconnected to the national grid, six million households are still without power" (but "restored power
    # to 27,441 consumers who were cut off", "to 350,000 homes in Kyiv that were left without electricity")
    return restored_before(text, max(clause[0], figure_start - 80), figure_start) and not _STILL_OUT_AFTER.search(
        _RELATIVE_OR_COMMA.split(after, 1)[0])


def still_out(segment: str) -> bool:
    """The segment says someone is still (or again) without supply: 'however 90,000 were still without'."""
    return _STILL_OUT.search(segment) is not None


def restored_before(text: str, start: int, figure_start: int) -> bool:
    """text[start:figure_start] ends in a restoration's verb and its object: 'restored power to '."""
    before = text[start:figure_start]
    return contains_any(caseless(before), _RESTORED_WORDS) and _RESTORED_BEFORE.search(before) is not None


def is_weather(sentence_text: str) -> bool:
    return mentions_weather(sentence_text) and _WEATHER.search(sentence_text) is not None


def weather_is_the_cause(text: str, start: int, end: int, s_start: int, s_end: int) -> bool:
    """In a sentence that `is_weather`: is the weather the cause nearest the figure text[start:end]?
    "57 settlements … due to bad weather and 140 due to hostilities": 57 yes, 140 no; "Due to
    weather conditions, 19 settlements …, and for other reasons (mainly due to military
    operations) 407 settlements": 19 yes, 407 no. With no other cause named, always; never when
    the weather is named together with hostilities ("due to the bad weather and Russian shelling,
    more than a hundred towns and villages remain without power supply")."""
    if _WEATHER_AND_HOSTILITIES.search(text, s_start, s_end):
        return False
    return _nearest_cause(_WEATHER, text, start, end, s_start, s_end)


_WEATHER_AND_HOSTILITIES = re.compile(rf"\b(?:{_WEATHER_NOUNS})\s+(?:and|as well as)\s+(?:[\w-]+\s+){{0,2}}?"
                                      rf"(?:{_HOSTILE_NOUNS})\b", re.IGNORECASE)


def mentions_weather(sentence_text: str) -> bool:
    """The sentence names the weather at all, as a cause or not ("even before the onset of bad weather")."""
    return contains_any(caseless(sentence_text), _WEATHER_WORDS)


def mentions_restoration(sentence_text: str) -> bool:
    """The sentence speaks of supply restored ("restored", "reconnected", "back on", "returned")."""
    return contains_any(caseless(sentence_text), ("restor", "reconnect", "back on", "returned"))


def names_a_war_cause(sentence_text: str) -> bool:
    """The sentence names a cause of war or the war's weapons ("due to shelling", "after the drone
    attack", "missiles"): an outage in it is not the weather's of the sentence before."""
    return _WAR_WORDS.search(sentence_text) is not None


_WAR_WORDS = re.compile(rf"\b(?:{_HOSTILE_NOUNS}|shelled|attacked|struck|hit|missiles?|drones?|shaheds?|enemy|occupiers"
                        r"|russian?s?|war)\b", re.IGNORECASE)


def is_technical(sentence_text: str) -> bool:
    """'disconnected for technological reasons', 'due to technical failures', 'due to an accident':
    an outage the sentence puts down to the grid itself, not to an attack."""
    return (contains_any(caseless(sentence_text), ("technic", "technolog", "accident", "short circuit", "breakdown",
                                                   "equipment"))
            and _TECHNICAL.search(sentence_text) is not None)


def technical_is_the_cause(text: str, start: int, end: int, s_start: int, s_end: int) -> bool:
    """`weather_is_the_cause` for a sentence that `is_technical`."""
    return _nearest_cause(_TECHNICAL, text, start, end, s_start, s_end)


def _nearest_cause(cause: re.Pattern, text: str, start: int, end: int, s_start: int, s_end: int) -> bool:
    """Is a match of `cause` (which occurs in the sentence) at least as near the figure
    text[start:end] as any hostile cause (`_OTHER_CAUSE`)? Causes in the figure's own clause come
    first: "Nearly 100,000 people … following Russia’s massive shelling of Kherson, while 20
    settlements … remain without power due to the weather": 100,000 no, 20 yes."""
    if _OTHER_CAUSE.search(text, s_start, s_end) is None:
        return True
    left, right = clause_bounds(text, start, end, s_start, s_end)
    if (left, right) != (s_start, s_end) and (cause.search(text, left, right) or _OTHER_CAUSE.search(text, left, right)):
        s_start, s_end = left, right  # the clause names a cause: the causes of other clauses are not its own

    def gap(match: re.Match) -> int:
        return start - match.end() if match.end() <= start else max(0, match.start() - end)

    own = [gap(m) for m in cause.finditer(text, s_start, s_end)]
    other = [gap(m) for m in _OTHER_CAUSE.finditer(text, s_start, s_end)]
    return bool(own) and (not other or min(own) <= min(other))


# "Nearly 100,000 people … following Russia’s massive shelling of Kherson, while 20 settlements … due to the weather"
_OTHER_CAUSE = re.compile(rf"\b(?:due to|because of|caused by|as a result of|following|after)\s+(?:[\w'’-]+\s+){{0,2}}?"
                          rf"(?:{_HOSTILE_NOUNS})\b"
                          rf"|\b(?:due to|because of|as a result of)\s+the\s+consequences\s+of\s+(?:[\w'’-]+\s+){{0,2}}?"
                          rf"(?:{_HOSTILE_NOUNS})\b"  # "and another 90,000 due to the consequences of shelling"
                          r"|\bfor other reasons\b", re.IGNORECASE)
# (not "As a result of hostilities and technical reasons 445 settlements …": both causes at once)
_TECHNICAL = re.compile(r"\b(?:due to|for|because of|caused by|as a result of)\s+(?:(?!hostilities|shelling|attacks?)[\w-]+\s+){0,2}?"
                        r"(?:(?:technical|technological)"
                        r"\s+(?:reasons?|failures?|malfunctions?|faults?|problems?)\b"
                        r"|short\s+circuits?\b|breakdowns?\b|equipment\s+(?:failures?|overloads?)\b"  # "due to a short
                        # circuit at a transformer substation", "As a result of the breakdown of the heating network"
                        r"|accidents?\b(?!\s+(?:caused|after|following|due|as\s+a\s+result)))"  # "this is due to an accident"
                        # not "as a result of technical malfunctions and the ongoing hostilities": both causes
                        rf"(?!\s+(?:and|or)\s+(?:[\w-]+\s+){{0,2}}?(?:{_HOSTILE_NOUNS})\b)", re.IGNORECASE)


def is_russian_air_defence(sentence_text: str) -> bool:
    lowered = caseless(sentence_text)
    return (("russian air" in lowered or "russia" in lowered and ("over " in lowered or "down" in lowered
                                                                   or "intercepted" in lowered))
            and RUSSIAN_AIR_DEFENCE.search(sentence_text) is not None)


# "launched 56 drones and one missile": a launch verb a few words before a count, in its clause.
_LAUNCHED_SHORTLY_BEFORE = re.compile(rf"\b{_LAUNCH_VERBS}\b[^.;:]{{0,40}}$")


def launched_shortly_before(text: str, position: int, start: int) -> bool:
    """A launch verb in text[start:position], at most a short phrase before `position`."""
    return _LAUNCHED_SHORTLY_BEFORE.search(text, max(start, position - 50), position) is not None


def is_interception(text: str, figure_start: int, figure_end: int, clause: tuple[int, int],
                    sentence: tuple[int, int]) -> bool:
    """Weapons shot down rather than launched or hitting ("could not be shot down" is a hit)."""
    after = text[figure_end:clause[1]]
    near = text[max(clause[0], figure_start - 60):figure_start]
    lowered = caseless(near)
    if ((contains_any(lowered, _LAUNCH_WORDS) and _LAUNCHED_BEFORE.search(near))
            or ("of" in lowered and _SET_TOTAL_BEFORE.search(near))):
        return False
    if _LAUNCHED_AFTER.match(after):  # "of the 91 Russian missiles fired at the country, it had shot down 75"
        return False
    speaker = _QUOTE_THEN_SPEAKER.search(after, 0, 80)  # '… 47 drones,” the air force said, adding that it shot down 35'
    hit = _INTERCEPT_AFTER.search(after[:speaker.start() if speaker else 80])
    # "84 rockets (43 of which were shot down)": a count in between owns the verb (not a total:
    # "22 drones from a total of 40 were shot down").
    if (hit and not _NEGATED.search(after[: hit.start()]) and not _count_between(after[: hit.start()])
            and not _OF_WHICH.search(after, 0, hit.start())  # "109 drones that day, of which … shot down 99"
            and not _OWN_COUNT_AFTER.match(after, hit.end())):  # "67 missiles and 194 drones …, adding that it had
        return True                                              # shot down 34 of the missiles": the verb has its own count
    before = text[clause[0]:figure_start]
    if before.endswith(" out ") and _KNOCKED_OUT_BEFORE.search(before) and _OF_A_SET_AFTER.match(after):
        return True  # "Ukraine's claimed success in knocking out 44 out of 50 incoming missiles": the 50 came in
    verbs = list(_INTERCEPT_BEFORE.finditer(before)) if contains_any(caseless(before), _INTERCEPT_KEYS) else []
    verb = verbs[-1] if verbs else None  # the one nearest the figure
    if verb and ")" in before[verb.end():] and "(" not in before[verb.end():]:
        verb = None  # "(43 of which were shot down) and 24 drones": the verb stays in its brackets
    if verb and (not verb.group().lower().startswith("destr") or mentions_air_defence(text[sentence[0]:sentence[1]])):
        return not _NEGATED.search(before[: verb.start()])
    # "Air Defense Forces destroyed 92 aerial targets – 55 drones and 37 missiles": the list after
    # a dash or colon spells out the count the clause before it shot down.
    if clause[0] > sentence[0] and _LIST_LEAD.search(text, max(sentence[0], clause[0] - 3), clause[0]):
        verb = _INTERCEPT_BEFORE.search(text, sentence[0], clause[0])
        return verb is not None and (verb.group().lower() != "destroyed"
                                     or _AIR_DEFENCE.search(text[sentence[0]:sentence[1]]) is not None)
    return False


# Words only: not "of 31 rockets launched"; nor a part of them ("intercepted 46 of the drones and 35 of the missiles
# launched": the 35 were shot down).
_LAUNCHED_AFTER = re.compile(rf"\s+(?!of\s)(?:[^\W\d][\w-]*\s+){{0,3}}?{_LAUNCH_VERBS}\b")


def mentions_air_defence(sentence_text: str) -> bool:
    """Air defence, or an interception verb, is named ("they destroyed only 35 of the 67 missiles"
    after "managed to intercept most drones")."""
    return _AIR_DEFENCE.search(sentence_text) is not None or "intercept" in caseless(sentence_text)


_OF_WHICH = re.compile(r",[^,.;]{0,20}?\bof (?:which|them|these)\b")  # ", only some of which had been intercepted"
# '… 47 drones,” the air force said', '… 653 drones, the Ukrainian air force said, adding that it had downed 623'
_QUOTE_THEN_SPEAKER = re.compile(r"[”\"],?\s+(?:[\w’'-]+\s+){1,5}?(?:said|says|stated|reported|added|wrote|noted)\b"
                                 r"|,\s+(?:[\w’'-]+\s+){1,5}?(?:said|says|stated|reported),\s+adding\b")
# A count in digits or small words: "39 attack drones and four ballistic missiles, with two missiles intercepted"
_SMALL_COUNT_WORDS = r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens)"
_COUNT_BETWEEN = re.compile(rf"(?<!of )(?<!of the )(?<![\d,.])\d|(?<!of )(?<!of the )\b{_SMALL_COUNT_WORDS}\s+[a-z]",
                            re.IGNORECASE)
_PART_OF_A_SET = re.compile(r"\d[\d,]*\s+(?:out\s+)?of\s+(?:the\s+)?\d")
_OF_A_SET_AFTER = re.compile(r"\s+(?:out\s+)?of\s+(?:the\s+)?\d")
_HEDGED_TOTAL = re.compile(r"(\bof\s+(?:the\s+)?)(?:more\s+than|over|about|around|nearly|almost|some|roughly|approximately)\s+"
                           r"(?=\d)", re.IGNORECASE)


def _count_between(between: str) -> bool:
    """A count of its own between a figure and the verb after it; in "5 out of 7 drones and 5 out of
    6 Kalibrs were shot down" the second part of a set shares the verb with the first."""
    between = _HEDGED_TOTAL.sub(r"\1", between)  # "44 of the more than 50 missiles fired … were shot down": 50 a total
    if _OF_A_SET_AFTER.match(between):
        between = _PART_OF_A_SET.sub("", between)
    if _COORDINATED_COUNT.fullmatch(between):
        return False  # "Nine missiles and 406 drones were reportedly intercepted": both were
    return _COUNT_BETWEEN.search(between) is not None


# ("about 70 of the missiles and all ten drones were shot down")
_COORDINATED_COUNT = re.compile(rf"\s+[\w-]+(?:\s+[\w-]+){{0,2}}\s+and\s+(?:all\s+)?(?:\d[\d,]*|{_SMALL_COUNT_WORDS})\s+[\w-]+(?:\s+[\w-]+){{0,2}}"
                                r"(?:\s+(?:were|have been|had been))?(?:\s+\w+ly)?\s*")
_LIST_LEAD = re.compile(r"[–—:-]\s*$")
