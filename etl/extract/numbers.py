"""Find the numbers in a sentence that could be figures, and say why the others are not.

A `NumberMention` is a figure as written with its span ("about 4.5 million", "50-70%",
"$68.36 million", "up to 18 hours a day", "two-thirds", "dozens"), its reading as a
`Quantity` (via `etl.quantities.parse_figure`) and, for counts, the counted noun that
follows it ("4.5 million people", "three of our thermal power plants"). Anything that
looks like a number but is not a figure becomes a `Rejected` with its reason: a date,
year, time of day, age, phone number, id ("No. 3", "S-300", long digit runs), ordinal
("3rd"), ratio ("4/4", "five times more"), a view counter, a unit outside the figure
units (km, tons, cubic metres, kV, MWh), or a duration in days, weeks, months or years.

Whether a mention measures damage, outages, attacks or cost is decided by the caller
(`etl.extract.candidates`) from the sentence around it; here only the form is read.

Each number is read with patterns matched at its position; the checks of the words before
it search only their last characters, cheap substring tests come first, and word numbers
are found with a case-sensitive pattern on the lower-cased sentence.
"""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache
from typing import NamedTuple

from etl import quantities
from etl.extract.dates import MONTH_NAMES, DateMention, find_dates
from etl.extract.topics import caseless, sentence_words
from etl.quantities import COUNT, FigureError, Quantity, parse_figure, split_qualifier, with_bounds

_re = lru_cache(maxsize=None)(re.compile)  # inline patterns, compiled once

# Counted nouns by what they count. Lower case; plural and singular forms.
NOUN_CLASSES: dict[str, tuple[str, ...]] = {
    "people": ("people", "persons", "residents", "companies", "businesses", "inhabitants", "citizens", "ukrainians", "civilians",
               "miners",  # "566 miners trapped underground due to power outages"
               "consumers", "consumer", "customers", "customer", "subscribers", "subscriber", "households",
               "household", "homes", "houses", "apartments", "flats", "buildings", "outbuildings", "families", "users",
               "clients", "connections", "points", "premises", "high-rises", "children", "patients", "students",
               # "over half a million outages occurred", "301 private individuals and 22 legal entities"
               "population", "outages", "disconnections", "individuals", "entities", "residences",
               # "Around 30,000 properties of the Nizhyn hromada have been cut off", "Nearly 200,000 city dwellers remain …"
               "properties", "complexes", "dwellers"),
    "places": ("settlements", "villages", "towns", "localities", "communities", "hromadas", "neighbourhoods",
               "neighborhoods", "microdistricts"),
    "facilities": ("facilities", "objects", "sites", "substations", "plants",
                   "stations", "units", "lines", "transformers", "autotransformers", "networks", "boilers",
                   "pipelines", "towers", "pylons", "poles", "spans", "blocks", "reactors", "intakes",
                   "wells", "hospitals", "schools", "tpps", "chps", "hpps", "npps", "mines", "refineries",
                   "depots", "storages", "warehouses", "switchgears", "installations", "enterprises", "targets",
                   "infrastructure", "infrastructures", "kindergartens", "shelters", "bridges", "dams", "institutions", "grids", "panels",
                   "producers", "inverters", "turbines", "hubs", "boiler-houses",  # "335 boiler-houses"
                   "gates"),  # "16 gates of the plant" (a dam's spillway gates)
    "weapons": ("missiles", "drones", "shaheds", "uavs", "rockets", "bombs", "shells",
                "planes", "aircraft", "projectiles", "munitions", "weapons", "warheads", "kamikaze", "kalibrs",
                "kalibers", "calibers", "calibres", "iskanders", "kinzhals",
                "kabs",  # "36 KABs": guided aerial bombs
                "shahedy", "geraniums"),  # '3 "Shahedy"' (the Ukrainian plural), "Geraniums" (Russia's name for them)
    "attacks": ("attacks", "strikes", "airstrikes", "hits", "shellings", "times", "assaults", "violations", "instances",
                "explosions", "blasts", "raids", "cases", "bombardments", "waves", "incidents", "arrivals",  # "after 17 arrivals"
                # "the occupiers delivered 3 blows to the critical infrastructure", "three rocket volleys were detected"
                "blows", "salvoes", "salvos", "volleys",
                "impacts",  # "three impacts occurred near the NPP's industrial site"
                "damages"),  # "More than 64,000 damages to Ukraine's energy system facilities have been recorded"
    # Counts of these are never figures of damage: where, who fixes it, who was hurt.
    "where": ("regions", "oblasts", "districts", "provinces", "countries", "cities", "raions", "areas",
              "municipalities"),
    "resources": ("crews", "teams", "brigades", "workers", "employees", "specialists", "rescuers",
                  "firefighters", "vehicles", "equipment", "generators", "trucks", "machines", "engineers",
                  "electricians", "repairmen", "volunteers", "officers", "soldiers", "troops", "views",
                  "likes", "comments", "followers", "goods", "kits",
                  "bombers", "ships", "submarines", "warships",  # what launched the weapons: "from more than nine
                  # strategic bombers"
                  "cars"),  # "damaged … two cars, three gas pipelines"
    "casualties": ("fatalities", "casualties", "deaths", "dead", "victims", "bodies", "wounded", "injured",
                   "killed", "others", "injuries"),  # "resulting in three deaths and twelve injuries"
}
NOUN_CLASS = {noun: cls for cls, nouns in NOUN_CLASSES.items() for noun in nouns}
FIGURE_CLASSES = ("people", "places", "facilities", "weapons", "attacks", "ref", "verb")
HIT_VERBS = ("hit", "struck", "targeted", "reached", "hitting", "striking", "damaged", "destroyed")

# Grouped by thousands ("4,500,000", "4 500 000"), by lakh and crore ("3,50,000": South Asian outlets), or not
_NUM = rf"(?:\d{{1,3}}(?:(?:,\d{{3}})+|(?:[ \u00a0\u202f]\d{{3}})+)(?:\.\d+)?|{quantities.LAKH_GROUPED}|\d+(?:[.,]\d+)?)"
# `(?<![\w.,/\-]){_NUM}(?!\d)`, written to start with the digit so that the regular-expression
# engine skips to digits instead of trying every position: the look-behind after the first
# digit checks the character before it. Letters may come before it only as a currency code
# written against the number ("EUR250") or as "of" that lost its space in a page's markup ("A total of592").
_CORE = re.compile(r"\d(?:(?<=(?:EUR|USD|UAH| of)\d)|(?<![\w./\-]\d)(?<!\d,\d))(?:\d{0,2}(?:(?:,\d{3})+|(?:[ \u00a0\u202f]\d{3})+)(?:\.\d+)?"
                   r"|\d?(?:,\d\d)+,\d{3}(?:\.\d+)?|\d*(?:[.,]\d+)?)(?!\d)")
_CURRENCY_BEFORE = re.compile(r"(?:US\$|\$|€|£|₴|(?:UAH|USD|EUR|Hrn?|hrn|UAH\.)\s?)\s*$")
_CURRENCY_ENDINGS = ("$", "€", "£", "₴", "UAH", "USD", "EUR", "Hr", "Hrn", "hrn", "UAH.")  # of _CURRENCY_BEFORE
_RANGE_AFTER = re.compile(rf"\s*(?:%|percent|per cent)?\s*(?P<sep>-|–|—|to|and)\s*(?:\$|€)?({_NUM})(?![\d/])")
_SCALE_AFTER = re.compile(r"[\s-]?(thousand|million|billion|trillion|mln|mn|bln|bn|lakhs?|crores?)\b(?:\.(?=\s+[a-z]))?|(k|m|bn|b)\b(?=\s|$|[,.;)])",
                          re.IGNORECASE)
_PERCENT_AFTER = re.compile(r"\s?(%|percent\b|per cent\b|per-cent\b|pct\b|pc\b)")  # "about 40 pc" (lower case: not "PC")
_POWER_AFTER = re.compile(r"\s?(GW|MW|kW|gigawatts?|megawatts?|kilowatts?)\b(?!h)", re.IGNORECASE)
# "38 million U.S. dollars", "1.5 billion Ukrainian hryvnias"
_MONEY_AFTER = re.compile(r"\s?(hryvnias?|hryvnas|hryvnyas|UAH|dollars?|US dollars|U\.S\. dollars|American dollars"
                          r"|Ukrainian hryvnias?|euros?|EUR|USD|pounds)\b",
                          re.IGNORECASE)
# The three above as one pattern, tried in that order; the group that matched names the form.
_UNIT_AFTER = re.compile(rf"(?P<percent>{_PERCENT_AFTER.pattern})|(?i:(?P<power>{_POWER_AFTER.pattern})"
                         rf"|(?P<money>{_MONEY_AFTER.pattern}))".replace("\\s?(", "\\s?(?:"))
_HOURS_AFTER = re.compile(rf"(?:\s(?:{quantities.HOUR_ADJECTIVES}))?"  # "for 11 tense hours"
                          rf"(?:\s|-)(hours?|hrs|h)\b(?:(\s+(?:of\s+(?:[a-z-]+\s+){{0,2}}?(?:{quantities.OUTAGE_NOUNS})\s+"
                          r"|or\s+(?:more|longer)\s+"
                          r"|without\s+(?:power|electricity|light)\s+)?(?:in\s+)?(?:a|per|each|every)\s+day|/day|\s+daily"
                          r"|\s+out\s+of\s+24)\b)?",  # "no electricity twelve hours out of 24"
                          re.IGNORECASE)  # "20 hours of blackouts a day" (the ETL reads the same forms)
_OTHER_UNIT_AFTER = re.compile(
    r"(?:\s|-)?(km|kilometres?|kilometers?|metres?|meters?(?!\s+points\b)|m|cm|mm|hectares?|ha|tons?|tonnes?|kg|kilograms?"
    r"|litres?|liters?|cubic|m3|m³|kv|kwh|mwh|gwh|twh|bcm|barrels?|degrees?|°c?|sq|square|acres?|miles?"
    r"|feet|ft|gallons?|kilos?|megawatt-hours?|gigawatt-hours?|km/h|mph)(?![\w])", re.IGNORECASE)
_DURATION_AFTER = re.compile(r"(?:\s|-)(days?|weeks?|months?|years?|minutes?|mins?|seconds?|decades?|nights?)\b",
                             re.IGNORECASE)
_TIMES_AFTER = re.compile(r"\s+times\b(\s+(?:more|less|fewer|higher|lower|larger|greater|bigger|smaller|as(?!\s+a\s+result\b)"
                          r"|over(?!\s+(?:the\s+)?(?:past|last|course|previous|weekend|night|\d+|one|two|three|four|five|six|seven"
                          r"|eight|nine|ten|a\s+(?:day|week|month)))|the|that|than))?",
                          re.IGNORECASE)  # "attacked 48 times over the past six months" is a count
_ORDINAL = re.compile(r"(?:st|nd|rd|th)\b")
_PHONE = re.compile(r"(?:\+\d{1,3}[\s-]?)?(?:\(\d{2,4}\)[\s-]?)?\d{2,4}(?:[\s-]\d{2,4}){2,4}")
# Words before a number that make it an id ("No. 3", "Unit 2"); a word starts at a word boundary.
_ID_WORDS = ("No.", "No", "Nos.", "Nos", "#", "№", "ID", "id", "Article", "Art.", "Resolution", "Decree", "Law",
             "Unit", "unit", "Block", "Building", "Route", "Page", "p.", "pp.", "Section", "Chapter", "Item",
             "Number", "number", "Code", "code", "Version", "version", "v.")
_ID_BEFORE = re.compile("(?:" + "|".join(("\\b" if w[0].isalnum() else "") + re.escape(w) for w in _ID_WORDS)
                        + r")\s*$")
_ID_WORD_MAX = max(map(len, _ID_WORDS))
_AGE_WORDS = ("aged", "age of", "ages of")  # of _AGE_BEFORE
_AGE_AFTER = re.compile(r"(?:-|\s)years?(?:-|\s)old\b|\s+years\s+of\s+age\b", re.IGNORECASE)
_AGE_BEFORE = re.compile(r"\b(?:aged|age of|ages of)\s*$", re.IGNORECASE)
_AGES_LISTED_BEFORE = re.compile(r"\baged\s+\d{1,3}(?:\s*,\s*\d{1,3})*,?\s+(?:and\s+)?$")
_STOREYS_AFTER = re.compile(r"[-‑ ](?:stor(?:e)?y|stor(?:e)?ys|floor)\b", re.IGNORECASE)  # a building's height
# "four hours without power, two hours with power"; "four hours off, four hours on" (a rotation schedule)
_WITH_POWER_AFTER = re.compile(r"\s+(?:with|of)\s+(?:power|electricity|light)\b(?!\s+(?:outages?|cuts?|shortages?"
                               r"|restrictions?|supply\s+(?:cuts?|restrictions?)))"  # "six hours of light a day"
                               # "there is no 24-hour power supply in those houses": round-the-clock supply
                               r"|\s+(?:power\s+|electricity\s+|water\s+|heat(?:ing)?\s+|gas\s+)?supply\b"
                               r"(?!\s+(?:cuts?|restrictions?|interruptions?|outages?|disruptions?))", re.IGNORECASE)
_ROTATION_AFTER = re.compile(r"\s+(?:off|on)[,;]?\s+(?:\w+\s+)?hours?\s+(?:on|off)\b", re.IGNORECASE)
_ROTATION_BEFORE = re.compile(r"\bhours?\s+(?:off|on)[,;]?\s+$", re.IGNORECASE)
# Hours with power on: "is on for", "turned back on for", "available for at least 18 hours a day", "turned off for
# eight hours, then it will be returned for four hours", "outages will last for four hours with the supply of
# electricity for two-four hours" (not "have electricity for 6-7 hours per day": labellers count it as often as not)
_SUPPLY_ON_BEFORE = re.compile(r"\b(?:on|supplied|available|returned|restored|supply\s+of\s+(?:electricity|power))\s+for\s+"
                               r"(?:(?:at\s+least|up\s+to|about|around|only|over|more\s+than|nearly|almost)\s+)?$", re.IGNORECASE)
# ("will last from 4 to 18 hours a day" is the outage's length: "last" there is a verb)
# "Power supply will be restored within 3-4 hours": how long the outage is expected to last
_RESTORED_WITHIN_BEFORE = re.compile(r"\b(?:restored|repaired|completed|fixed|resumed)\s+(?:with)?in\s+$", re.IGNORECASE)
# "Consumers lost power, and after 2 hours the power supply was restored"
_THEN_RESTORED_AFTER = re.compile(r"\s+(?:the\s+)?(?:power|electricity|light|water|gas|heat\w*)(?:\s+supply)?\s+"
                                  r"(?:was|were|has been|had been)\s+restored\b", re.IGNORECASE)
# "in three to four hours, water supply will be returned to consumers", "In three to four hours, we will restore
# water supply": how long the outage has left to run
_WILL_BE_RESTORED_AFTER = re.compile(r",?\s+(?:(?:the\s+)?(?:power|electricity|light|water|gas|heat\w*)(?:\s+supply)?\s+"
                                     r"will\s+be\s+(?:restored|returned|resumed)|(?:we|they)\s+will\s+(?:restore|return|resume))\b",
                                     re.IGNORECASE)
# ("blackouts last 4-6 hours": the verb, so the hours are how long they are)
_WINDOW_BEFORE = re.compile(r"\b(?:past|(?<!will )(?<!would )(?<!could )(?<!may )(?<!might )(?<!can )(?<!often )(?<!usually )(?<!to )(?<!blackouts )(?<!outages )"
                            r"(?<!cuts )(?<!shutdowns )last|next|within"
                            r"|every|after|before|following|first|in)\s+(?:the\s+)?$",
                            re.IGNORECASE)

# "in a recent 24-hour spell", "over a 48-hour period": a span of time in which something happened
_A_SPAN_BEFORE = re.compile(r"\b(?:in|over|during|within)\s+(?:a|one|the)\s+(?:[a-z]+\s+)?$", re.IGNORECASE)
_SPAN_AFTER = re.compile(r"\s+(?:spell|period|window|span|cycle|stretch)\b", re.IGNORECASE)
# "after 10 hours of blackout", "for 12 hours without power": the hours are the outage's own length.
_OUTAGE_HOURS_AFTER = re.compile(r"\s+(?:of\s+(?:a\s+)?(?:total\s+)?(?:blackouts?|outages?|power cuts?|darkness)"
                                 r"|without\s+(?:power|electricity|light|water|heat\w*|gas))\b", re.IGNORECASE)

# "one missile", "one medical facility": the singular things "one" may count.
_ONE_NOUNS = ("missile", "drone", "rocket", "bomb", "uav", "shahed", "substation", "plant", "station", "facility",
              "line", "transformer", "reactor", "settlement", "village", "unit",
              "entity", "household", "subscriber")  # "164 households and 1 legal entity were left without electricity"
# "one thermal power plant", "one Zircon hypersonic cruise missile", "one Kh-59/69 missile", "one Iskander-M missile"
# (not "One person killed in missile strike": the words between are the noun's modifiers, no preposition but "of")
_ONE_THING = (r"\s+(?:(?!(?:in|on|at|to|by|for|from|with|after|during|near|over|nor|or|but)\s)(?:[A-Za-z][a-z]*|[A-Za-z][a-z]?-\d+"
              rf"(?:/\d+)?|[A-Za-z][a-z]+-[A-Za-z]\d?)\s+){{0,3}}?(?P<one_noun>{'|'.join(_ONE_NOUNS)})\b")

# "two thermal power plants, one of which was shut down": one of the things just counted, put out of work
_ONE_OF_THEM_STOPPED = (r"\s+of\s+(?P<them>them|which)\s+(?:(?:was|were|is|has\s+been|had\s+been|got)\s+)?[\"“]?"
                        r"(?:stopped|shut\s+down|halted|disconnected|knocked\s+out|taken\s+offline)\b")
_ONE_OF_WORDS = frozenset({"stopped", "shut", "halted", "disconnected", "knocked", "taken"})  # one in every match
_ONE_UNITS = ("gigawatt", "megawatt", "gw", "mw")  # "one gigawatt (GW) of generation"
_ONE_WORDS = frozenset({*_ONE_NOUNS, *_ONE_UNITS, "hour"})  # "one-hour" is in `sentence_words` as "one" and "hour" too

_SMALL = ("two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
          "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety").split()
# "twenty-six", "fifty", "eleven", "one": what may follow "three hundred (and)"
_TENS_AND_UNITS = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven"
                   r"|eight|nine)\b)?|one|" + "|".join(_SMALL[:18]) + r")")
# "a million", "a hundred thousand", "One hundred and fifty-one"; "several hundred thousand", "a few dozen" (lower
# bounds, see `quantities`)
_A_SCALE_WORDS = (r"(?:a|one)\s+(?:hundred(?:\s+(?:thousand|million|and\s+" + _TENS_AND_UNITS + r"\b))?|thousand|million"
                  r"|billion)"
                  r"(?:\s+and\s+a\s+half\b)?"  # "around a million and a half people"
                  r"|(?:a|one)\s+and\s+a\s+half\s+(?:million|billion|thousand)"  # "more than one and a half million people"
                  r"|(?:several|a\s+few)\s+(?:hundred(?:\s+thousand)?|thousand|million|billion|dozen)")
_WORD_NUMBER = re.compile(
    r"\b(?P<fraction>(?:a|an\s+estimated|one|two|three)[\s-](?:third|thirds|quarter|quarters|fourth|fourths|fifth|fifths"
    r"|(?<=one[\s-])(?:sixth|tenth))"  # (not "volumes … fell to a tenth of the volumes stored")
    r"|(?:a |one )?half)"
    r"(?:(?P<frac_scale>[\s-]+(?:of[\s-]+)?an?[\s-]+(?:million|billion|thousand))\b"  # "half-a-million"
    # "… and two-thirds without heating", "half its capacity", "half our wind farms", "knocked out about half
    # Ukraine’s available generating capacity"
    r"|(?=[”\"]?\s+(?:of|the|its|their|it|all|without|were|are|remain|remained|still|our)\b|\s+[\w-]+['’]s\b))"
    r"|\b(?P<vague>" + "|".join(sorted(quantities.VAGUE_PLURALS, key=len, reverse=True)) + r")"
    r"(?:(?P<vague_money>\s+of\s+(?:US\s+)?(?:dollars|euros|hryvnias))\b"
    r"|(?P<vague_power>\s+of\s+(?:megawatts|gigawatts|MW|GW))\b"  # "thousands of megawatts of capacity"
    r"|(?=[”\"]?\s+(?:of|without|with\s+(?:no|disrupted|limited|intermittent)|were|are|remain|remained|still|in|have|had|elsewhere|now|during|every"
    r"|faced|face|facing|endured|experienced|suffered|into\s+(?:the\s+)?(?:cold|dark(?:ness)?)"
    r"|consumers|customers|subscribers|households|homes|people|residents|families|buildings|users)\b"
    r"|\s*[.;]))"  # "cut power to hundreds of thousands in …",
    # "water to millions.", "millions have been subject to emergency power cuts", "plunging millions into cold",
    # "Tens of thousands consumers are now without power"
    r"|\b(?P<a_scale>" + _A_SCALE_WORDS + r")\b"
    r"|\b(?P<one_hour>one)(?=[\s-]hours?\b|\s+(?:" + "|".join(_ONE_UNITS) + r")\b)"
    # "strikes that have halved the country’s power capacity", "… has been halved": a share lost
    r"|\b(?P<halved>halved)(?=\s+(?:the|its|their|our|ukraine['’]s|[\w-]+['’]s|generat\w*|power|electricity|production"
    r"|capacity)\b)"
    r"|\bby\s+(?:(?:approximately|about|around|almost|nearly|roughly)\s+)?"  # "dropped by
    r"(?P<by_fraction>(?:a|one|two|three)[\s-](?:third|thirds|quarter|quarters|fifth|fifths)|half)\b"  # approximately two-thirds"
    r"(?![\s-]+an?[\s-]+(?:million|billion|thousand)\b)"  # not "populated by half a million people"
    r"|\b(?P<one>one)(?=" + _ONE_THING + r")"
    r"|\b(?P<one_of>one)(?=" + _ONE_OF_THEM_STOPPED + r")"
    r"|\b(?P<small>(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\s-]"
    r"(?:one|two|three|four|five|six|seven|eight|nine)\b|" + "|".join(_SMALL) + r"|a dozen)"
    r"(?:\s+and\s+a\s+half)?(?:\s+(?:billion|million|thousand|hundred|dozen))?"
    r"(?:(?<=hundred)\s+(?:and\s+)?" + _TENS_AND_UNITS + r"(?:\s+(?:thousand|million|billion))?)?)\b",  # "Thirty-five thousand customers",
    # "about three and a half hours", "Three hundred and twenty-six of the target 891 apartment buildings"
    re.IGNORECASE,
)
_WORD_NUMBER_LOWER = re.compile(_WORD_NUMBER.pattern)  # all its words are lower case
_FRACTION_VALUES = {"third": 1 / 3, "thirds": 2 / 3, "quarter": 1 / 4, "quarters": 3 / 4, "fourth": 1 / 4,
                    "fourths": 3 / 4, "fifth": 1 / 5,
                    "fifths": 2 / 5, "half": 1 / 2, "sixth": 1 / 6, "tenth": 1 / 10}
_SCALE_VALUES = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
_WORD_STOPS = frozenset("""were was are is be been being have has had will would could can may might should
    in on at to from for with by after since during as that which who whom whose than into over under
    across about around per each while when where because if or but so then""".split())


_qualifier = lru_cache(maxsize=16384)(split_qualifier)  # the same few words precede most numbers
# Hedges `split_qualifier` reads as bounds ("about", "more than"): a phrase before a number
# is one exactly when, lower-cased and without its trailing space, it is in this set.
_HEDGES = frozenset(phrase for phrase, kind in quantities._QUALIFIERS if kind != "exact")
_QUOTE_PUNCTUATION = frozenset(',;:()"“”')
_OPENING_MARKS = frozenset('"“«(')
_HEDGE_ENDS = frozenset([*(phrase.split()[-1] for phrase in _HEDGES), "between", "from"])
NUMBER_WORDS = frozenset([*_SMALL, "half", "third", "thirds", "quarter", "quarters", "fourth", "fourths",
                          "fifth", "fifths", "sixth", "tenth", "dozen", "dozens", "tens", "scores", "hundreds", "thousands", "millions",
                          "billions", "million", "billion", "thousand", "hundred", "halved"])
_SCALE_WORDS = frozenset({"million", "billion", "thousand", "hundred"})
_NUMBER_WORDS_ALONE = NUMBER_WORDS - _SCALE_WORDS
_A_SCALE = re.compile(r"\b(?:" + _A_SCALE_WORDS + r")\b", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_NOUN_TOKEN = re.compile(r"[A-Za-zА-Яа-яІіЇїЄєҐґ][\w'’\-\u2010\u2011]*|[^\s\w]")  # "400 Shahed‑style drones" (U+2011)


def might_have_numbers(text: str, start: int, end: int) -> bool:
    """A cheap test: can text[start:end] hold a number mention at all?"""
    return _DIGIT.search(text, start, end) is not None or has_number_words(text[start:end])


def has_number_words(sentence: str) -> bool:
    words = sentence_words(sentence)
    if not _NUMBER_WORDS_ALONE.isdisjoint(words):
        return True
    # A scale word starts a word number only as "a million" or "one thousand"; after digits
    # ("$4.5 million", common) the digits are read elsewhere.
    if not _SCALE_WORDS.isdisjoint(words) and _A_SCALE.search(sentence):
        return True
    # "one" is read only before the singular nouns of `_ONE_THING` or "hour": common, so checked apart.
    return "one" in words and not (_ONE_WORDS.isdisjoint(words) and _ONE_OF_WORDS.isdisjoint(words))


class NumberMention(NamedTuple):
    start: int
    end: int
    figure: str  # exactly text[start:end]
    quantity: Quantity  # the extractor's reading (may differ from the ETL's: see `etl_reading`)
    form: str  # percent, money, power, hours, count, fraction, vague, word
    noun: str = ""  # counted noun, lower case ("consumers"), "" if none
    noun_class: str = ""  # one of NOUN_CLASSES, "ref" ("15 of them"), "verb" ("8 hit ..."), ""
    noun_end: int = -1  # end offset of the counted noun in the text
    etl_reading: str = ""  # "" when parse_figure(figure) agrees; else what the ETL would do


class Rejected(NamedTuple):
    start: int
    end: int
    text: str
    reason: str


def scan(text: str, start: int, end: int, dates: list[DateMention] | None = None, previous_start: int | None = None
         ) -> tuple[list[NumberMention], list[Rejected]]:
    """Number mentions and rejected numbers in the sentence text[start:end].

    `dates` are the sentence's date phrases when the caller has already found them;
    `previous_start` is where the sentence before it starts (a count that leaves its noun
    out may take the noun from there: "… 587,000 consumers remain de-energized. To be more
    specific, about 347.8 thousand in the Donetsk region, …").
    """
    found: list[NumberMention] = []
    rejected: list[Rejected] = []
    dates = find_dates(text, start, end) if dates is None else dates
    taken: list[tuple[int, int]] = [(d.start, d.end) for d in dates]
    for d in dates:
        if _re(r"\d").search(d.text):
            rejected.append(Rejected(d.start, d.end, d.text, "time" if d.kind == "time" else "date"))
    for match in _CORE.finditer(text, start, end):
        if _overlaps(taken, match.start(), match.end()):
            continue
        outcome = _read_digits(text, match, start, end)
        if isinstance(outcome, Rejected):
            rejected.append(outcome)
            taken.append((outcome.start, outcome.end))
        elif outcome is not None:
            found.append(outcome)
            taken.append((outcome.start, outcome.end))
    for match in _word_numbers(text, start, end) if has_number_words(text[start:end]) else ():
        if _overlaps(taken, match.start(), match.end()):
            continue
        mention = _read_words(text, match, start, end)
        if isinstance(mention, Rejected):  # "returned for four hours": hours with power on
            rejected.append(mention)
            taken.append((mention.start, mention.end))
        elif mention is not None:
            if mention.end > match.end() and _overlaps(taken, match.end(), mention.end):
                # "one billion and 200 million euros": the sum read in digits ("200 million euros") is a part of it
                found = [m for m in found if not mention.start <= m.start < mention.end]
            found.append(mention)
            taken.append((mention.start, mention.end))
    mentions = _share_noun_forward(text, _inherit_nouns(text, sorted(found, key=lambda m: m.start), start, previous_start))
    return _inherit_per_day(text, mentions), sorted(rejected, key=lambda r: r.start)


def _share_noun_forward(text: str, mentions: list[NumberMention]) -> list[NumberMention]:
    """A count with no noun, an adjective and 'and', then a count with its noun, count the same noun:
    'more than 100 legal and almost 1,800 household consumers are without electricity'."""
    out = list(mentions)
    for i in range(len(out) - 1):
        mention, after = out[i], out[i + 1]
        if (mention.form == "count" and not mention.noun_class and after.form == "count"
                and after.noun_class in ("people", "places", "facilities")
                and _ADJECTIVE_AND.fullmatch(text, mention.end, after.start)):
            out[i] = mention._replace(noun=after.noun, noun_class=after.noun_class)
    return out


_ADJECTIVE_AND = re.compile(r"\s+[a-z][a-z-]*\s+(?:and|or)\s+")  # " legal and "


def _inherit_per_day(text: str, mentions: list[NumberMention]) -> list[NumberMention]:
    """Hours in a list that says "per day" once: in "4 hours of restrictions per day, two queues –
    8 hours of restrictions, three queues – 12 hours of restrictions" (or "two - 8 hours, three - 12
    hours") every figure is hours a day; so is "daily blackouts of 8 to 20 hours".
    (The ETL reads "8 hours" as plain hours; the row notes that.)"""
    lead = ""
    for i, mention in enumerate(mentions):
        if mention.quantity.unit == "hours_per_day":
            what = _HOURS_OF_WHAT.search(mention.figure)
            lead = what.group() if what else ""
        elif mention.quantity.unit == "hours" and (lead and (
                text.startswith(" " + lead, mention.end) or _BARE_LIST_HOURS.match(text, mention.end)
                and _DASH_BEFORE.search(text, max(0, mention.start - 4), mention.start))  # " - 8 hours"
                or _DAILY_OUTAGES_OF.search(text, max(0, mention.start - 50), mention.start)):
            quantity = dataclasses.replace(mention.quantity, unit="hours_per_day")
            mentions[i] = mention._replace(quantity=quantity, etl_reading=_etl_disagrees(mention.figure, quantity))
    return mentions


# "with Kyiv facing daily blackouts of 8 to 20 hours", "without light every day for 8-12 hours": hours a day
_DAILY_OUTAGES_OF = re.compile(r"\bdaily\s+(?:power\s+|electricity\s+)?(?:blackouts?|outages?|power\s+cuts?|cuts?|shutdowns?"
                               r"|disconnections?)\s+(?:of|lasting)\s+(?:up\s+to\s+|between\s+)?$"
                               # "people in Kyiv are without “light” every day for about 8-12 hours"
                               r"|\b(?:every|each)\s+day\s+for\s+(?:up\s+to\s+|between\s+)?$", re.IGNORECASE)
# "One stage - 4 hours of restrictions a day, two - 8 hours, three - 12 hours.": bare items after a dash
_BARE_LIST_HOURS = re.compile(r"\s*[,.;]")
_HOURS_OF_WHAT = re.compile(rf"\bof\s+(?:[a-z-]+\s+){{0,2}}?(?:{quantities.OUTAGE_NOUNS})\b")


def _word_numbers(text: str, start: int, end: int) -> list[re.Match]:
    """`_WORD_NUMBER.finditer(text, start, end)`, found with a case-sensitive copy of the
    pattern on the lower-cased sentence (several times faster) when that finds the same
    matches: lower-casing keeps every offset, no 'ı' or 'ſ' (which the case-blind pattern
    takes for 'i' and 's'), and a word boundary at the start means the same."""
    segment = text[start:end]
    lowered = segment.lower()
    if (len(lowered) != len(segment) or "ı" in lowered or "ſ" in lowered
            or (start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"))):
        return list(_WORD_NUMBER.finditer(text, start, end))
    return [word for m in _WORD_NUMBER_LOWER.finditer(lowered) if (word := _WORD_NUMBER.match(text, start + m.start(), end))]


def _inherit_nouns(text: str, mentions: list[NumberMention], s_start: int,
                   previous_start: int | None = None) -> list[NumberMention]:
    """A count without its own noun takes the noun of the count before it when the text says
    they count the same things: '91 settlements out of the 1,325 impacted', '213 settlements,
    19 of them partially', and lists that name the noun once: 'more than 40,000 consumers in
    Kyiv region, 20,000 in Odesa, 13,000 in Chernihiv'. Failing that, a count the sentence
    marks as leaving its noun out takes the last countable noun before it in the sentence:
    'More than 77% of the attacks, 197 in total', 'in October 2022, with 82', 'thermal power
    plants in the Donetsk region and two in the Dnipropetrovsk region', or the noun of 'the number
    of …' before it ('the number of Kyiv families left without electricity … reached almost
    750,000'). A sum with a scale word and no currency right after a sum of money takes that
    sum's currency (`_same_currency_left_out`)."""
    out: list[NumberMention] = []
    for mention in mentions:
        previous = out[-1] if out else None
        if previous and previous.form == "money" and _same_currency_left_out(text, previous, mention):
            quantity = dataclasses.replace(mention.quantity, unit=previous.quantity.unit)
            mention = mention._replace(quantity=quantity, form="money",
                                       etl_reading=_etl_disagrees(mention.figure, quantity))
        elif (previous and mention.form in ("count", "word") and mention.noun_class in ("", "ref")
              and (outer := _before_the_brackets(text, out)) is not None
              and outer.noun_class in FIGURE_CLASSES and outer.noun_class != "ref"
              and _counts_the_same(text, outer, mention, aside=True)):
            mention = mention._replace(noun=outer.noun, noun_class=outer.noun_class)  # "56 settlements … in the
            # Donetsk region (22.5 thousand consumers), 68 – in the Kharkiv region": settlements, not consumers
        elif (previous and previous.noun_class in FIGURE_CLASSES and previous.noun_class != "ref"
                and mention.form in ("count", "word") and mention.noun_class in ("", "ref")
                and _counts_the_same(text, previous, mention)):
            mention = mention._replace(noun=previous.noun, noun_class=previous.noun_class)
        elif (mention.form in ("count", "word") and not mention.noun_class and _ON_AFTER.match(text, mention.end)
              and (attacks := _attacks_on_before(text, out)) is not None):
            mention = mention._replace(noun=attacks.noun, noun_class="attacks")  # "36 attacks on power generation
            # facilities: 25 on thermal power plants"
        elif (mention.form in ("count", "word") and not mention.noun_class
              and _leaves_noun_out(text, mention.start, mention.end, s_start)):
            noun = _last_countable_noun(text, s_start, mention.start)
            if not noun and previous_start is not None:
                noun = _last_countable_noun(text, previous_start, s_start)
            if noun:
                mention = mention._replace(noun=noun, noun_class=NOUN_CLASS[noun])
        elif mention.form in ("count", "word", "vague") and not mention.noun_class:
            counted = _NUMBER_OF_BEFORE.search(text, s_start, mention.start)
            brought = _BRINGS_THE_NUMBER_TO.search(text, s_start, mention.start) if counted is None else None
            if counted and NOUN_CLASS.get(counted.group(1)) in ("people", "places", "facilities"):
                # "the number of Kyiv families left without electricity … reached almost 750,000"
                mention = mention._replace(noun=counted.group(1), noun_class=NOUN_CLASS[counted.group(1)])
            elif brought and NOUN_CLASS.get(brought.group(1)) in ("people", "places", "facilities", "attacks", "weapons"):
                # "the latest incidents bring the total number of attacks on Naftogaz infrastructure to 20"
                mention = mention._replace(noun=brought.group(1), noun_class=NOUN_CLASS[brought.group(1)])
        out.append(mention)
    return out


def _same_currency_left_out(text: str, previous: NumberMention, mention: NumberMention) -> bool:
    """'100 million hryvnias for the CHP in Kremenchuk, and Sumy oblast — 86 million for the CHP
    in Okhtyrka', '160 million euros, with 100 million coming from …': a sum with a scale word,
    no noun and no currency of its own, soon after a sum of money, is in the same currency."""
    gap = text[previous.end:mention.start]
    return (mention.form == "count" and not mention.noun_class
            and _SCALE_ONLY.search(mention.figure) is not None
            and len(gap) <= 120 and gap.strip() != "" and not _DIGIT.search(gap)  # not "UAH 7 billion 168 million"
            and not _OTHER_CURRENCY_AFTER.match(text, mention.end)  # not "– 1.8 billion Swedish kronor"
            and not _OTHER_CURRENCY_BEFORE.search(text, max(0, mention.start - 5), mention.start))  # "GBP 6.4 million"


_SCALE_ONLY = re.compile(r"\d\s*(?:million|billion|bn|mln)$", re.IGNORECASE)
_OTHER_CURRENCY_BEFORE = re.compile(r"(?:\b[A-Z]{3}|[£¥₽₺zł])\s*$")  # a currency code or sign the ETL does not read
_OTHER_CURRENCY_AFTER = re.compile(r"\s+(?:[A-Z][a-z]+\s+)?(?:kronor|krona|kroner|rubles?|roubles?|zloty|złoty|francs?|yen"
                                   r"|yuan|lei|forints?|pounds?|dollars?|euros?|hryvnias?)\b", re.IGNORECASE)


_WHICH_WERE_AFTER = re.compile(r"\s+(?:that|which)\s+(?:have\s+been|has\s+been|had\s+been|were|was|are)\s+[a-z]")


def _leaves_noun_out(text: str, start: int, end: int, s_start: int) -> bool:
    """Does the text around the number text[start:end] say its noun was named before it?
    ('197 in total', ', with 82.', 'and another three, in …', 'and two in the … region',
    'an additional 43,000 affected')"""
    if _ELIDED_AFTER.match(text, end) or _WHICH_WERE_AFTER.match(text, end):
        return True  # ("… forced to cut off 300,000 that have been heavily damaged by Russian missiles")
    before = text[max(s_start, start - 16):start]
    if before.endswith(("and ", ", ")) and _MORE_AFTER.match(text, end):
        return True  # "3 settlements are without power, and 2 more are partially without power"
    if before.endswith((", ", ", and ", " including ")) and _IN_A_PLACE_AFTER.match(text, end):
        return True  # "two Shahed-136s over the Odessa region, four over the Kherson region", "including two in …"
    if before.endswith((", ", " and ")) and _HOW_AFTER.match(text, end):
        return True  # "36 settlements were de-energized, 22 of them completely, 14 - partially"
    if _DASH_BEFORE.search(before) and (_HOW_AFTER.match(text, end) or _LIST_ITEM_END.match(text, end)):
        return True  # "subscribers are in the Donetsk region – 352,300, Luhansk – 128,200", "disconnected - 22 completely"
    if before.endswith(", but ") and _LOST_AFTER.match(text, end):
        return True  # "had four main lines providing external power, but three have been destroyed"
    if before.endswith(("from ", " to ")) and _IN_A_MONTH_AFTER.match(text, end):
        return True  # "drone strikes which have intensified from 350 in July to 2,000 in October"
    if before.endswith((" – ", " — ", " - ")) and text.startswith(before[-3:], end):
        return True  # "Half of apartment buildings in Kyiv – almost 6,000 – are currently without heat supply"
    if _WITH_BEFORE.search(before):
        return _re(r"\s*(?:[.,;:]|$)").match(text, end) is not None
    return (_ANOTHER_BEFORE.search(before) is not None
            and _re(r"\s*(?:[.,;:]|$)|\s+in\s+(?:the\s+)?[A-ZА-ЯІЇЄҐ]|\s+(?:were\s+)?(?:affected|impacted)\b"
                    r"|\s+(?:due\s+to|because\s+of|as\s+a\s+result\s+of)\s")  # "and another 90,000 due to the
                    # consequences of shelling"
            .match(text, end) is not None)  # "29,000 consumers …, with an additional 43,000 affected in the town of"


_ELIDED_AFTER = re.compile(r"\s+in total\b")
# "(number) of <noun> …": the counted noun (group 1), then up to 80 characters before the verb (not "high-")
_OF_NOUN = r"\s+of\s+(?:[\w'’-]+\s+){0,3}?([a-z]+)(?=[\s,])[^.;:]{0,80}?"
_NUMBER_OF_BEFORE = re.compile(r"\b(?:number|total)" + _OF_NOUN
                               + r"\b(?:reached|rose\s+to|grew\s+to|exceeded|stood\s+at|stands\s+at|was|is|amounted\s+to"
                               r"|totall?ed)\s+$")
_BRINGS_THE_NUMBER_TO = re.compile(r"\b(?:bring|brings|brought|bringing|raise|raises|raised|raising|push|pushes|pushed"
                                   r"|pushing|take|takes|took|taking)\s+(?:the\s+|its\s+)?(?:total\s+)?"
                                   r"(?:number|total|count|tally)" + _OF_NOUN + r"\bto\s+$")
_MORE_AFTER = re.compile(r"\s+more\s+(?:are|were|remain\w*|have been|had been)\b")
# "…, four over the Kherson region", "5,000 consumers in the capital and 1,000 in the region"
_IN_A_PLACE_AFTER = re.compile(r"\s+(?:[–—-]\s+)?(?:each\s+)?(?:in|over|near|across|outside)\s+(?:the\s+)?(?:(?:[a-z-]+\s+){0,2}[A-ZА-ЯІЇЄҐ]"
                               r"|(?:region|oblast|city|capital|area|surrounding)\b)")  # "… in Kyiv and 347,000 outside the city",
# "more than 136,000 consumers remain in blackout in Donetsk region, 3,700 – in Zaporizhzhia region"
_IN_A_MONTH_AFTER = re.compile(rf"\s+in\s+(?:{MONTH_NAMES})\b")
_HOW_AFTER = re.compile(r"\s*[-–—]?\s*(?:partially|completely|fully|entirely|partly|in full|in part)\s*(?:[.,;]|and\b|$)")
_DASH_BEFORE = re.compile(r"\s[-–—]\s*$")
_LIST_ITEM_END = re.compile(r"\s*(?:[,.;]|and\b|$)")
_LOST_AFTER = re.compile(r"\s+(?:have|has|had|were|was)\s+(?:been\s+)?(?:destroyed|damaged|hit|disabled|lost)\b")
_WITH_BEFORE = re.compile(r",\s+with\s+$")
_ANOTHER_BEFORE = re.compile(r"\b(?:and\s+)?another\s+$|\band\s+$|\b(?:an\s+)?additional\s+$", re.IGNORECASE)
_ELIDABLE = ("places", "facilities", "weapons", "attacks", "people")


def _noun_key(word: str) -> str:
    """A word as `NOUN_CLASS` spells it: lower case, no closing apostrophe, "two Shahed-136s" → "shaheds"."""
    lowered = word.lower().rstrip("'’")
    if lowered.startswith("shahed-") and lowered.endswith("s"):
        return "shaheds"
    if lowered.startswith("micro-"):  # "6 out of 7 micro-districts"
        return "micro" + lowered[6:]
    return lowered


def _last_countable_noun(text: str, s_start: int, end: int) -> str:
    """The last word before `end` in the sentence that is a noun of a figure class."""
    words: list[str] = _re(r"[A-Za-z][\w'’-]*").findall(text, s_start, end)
    for word in reversed(words):
        noun = _noun_key(word)
        if NOUN_CLASS.get(noun) in _ELIDABLE:
            return noun
    return ""


def _before_the_brackets(text: str, mentions: list[NumberMention]) -> NumberMention | None:
    """When the last of `mentions` stands in brackets followed by a comma ("… in the Donetsk region
    (22.5 thousand consumers), "), the last count before the opening bracket; else None."""
    last = mentions[-1]
    end = last.noun_end if last.noun_end > last.end else last.end
    if not _BRACKET_CLOSED_AFTER.match(text, end):
        return None
    opening = text.rfind("(", max(0, last.start - 40), last.start)
    if opening < 0 or ")" in text[opening:last.start]:
        return None
    return next((m for m in reversed(mentions) if m.end <= opening), None)


_BRACKET_CLOSED_AFTER = re.compile(r"[^()\d]{0,30}\),\s")
_BRACKETED = re.compile(r"\s*\([^()]*\)")


def _counts_the_same(text: str, previous: NumberMention, mention: NumberMention, aside: bool = False) -> bool:
    """Does `mention`, which names no noun of its own, count what `previous` counts? With `aside`, a
    bracketed aside between them is left out of the gap (see `_before_the_brackets`)."""
    if mention.noun_class == "ref":  # "19 of them": them are the things just counted; "with 672,000 of those";
        # "929 facilities … were left without heat, 853 of which were residential buildings"
        return mention.noun in ("them", "those", "these", "which") and not _DIGIT.search(text, previous.end, mention.start)
    if _re(r"\b(?:out of|of)\s+(?:the\s+)?(?:total\s+)?$").search(text[max(0, mention.start - 20):mention.start]):
        return True
    # An elided noun in a list: "N <noun> in A, M in B": short gap, no other number, "in" after.
    gap = text[previous.noun_end if previous.noun_end > 0 else previous.end:mention.start]
    if aside:
        gap = _BRACKETED.sub("", gap, count=1)
    if gap == ", " and _re(r"\b(?:[Oo]ut of|[Oo]f)\s+(?:the\s+)?$").search(text, max(0, previous.start - 12), previous.start):
        return True  # "Out of 95 high voltage transformers, 42 have collapsed"
    if gap.endswith((", including ", " including ")) and len(gap) <= 60:
        return True  # "270 power facilities across Ukraine in 2022, including 11 in eight oblasts"
    if len(gap) <= 60 and not _DIGIT.search(gap) and _PLACE_THEN_DASH.search(gap):
        return True  # "… 61 913 in Kirovohrad Oblast and Odesa – 10,500."
    if len(gap) <= 80 and not _DIGIT.search(gap) and gap.endswith((" of which ", " of whom ")):
        return True  # "672 company's stations were without power, of which 292 were in Kyiv"
    if len(gap) <= 100 and not _DIGIT.search(gap) and _NOW_THE_NUMBER_BEFORE.search(gap):
        return True  # "22,000 subscribers remained without electricity overnight, the number has now fallen to around 3,500"
    # "another" says the same things again, so it may be further away: "145 settlements across Ukraine were
    # remaining without electricity due to bad weather and another 420 due to hostilities"
    reach = 100 if gap.endswith(" another ") else 60
    if not (len(gap) <= reach and gap.endswith((", ", " and ", ", and ", " and another ", ", another ", " along with ",
                                                 " and an additional ", " and to "))  # "to over 4 mln families in
            # Donetsk region and to almost one million in Dnipropetrovsk region"
            and not _DIGIT.search(gap)):
        return False
    if _IN_A_PLACE_AFTER.match(text, mention.end):
        return True
    # The same verb or cause again: "15 settlements are partially and 52 are completely cut off",
    # "57 settlements … due to bad weather and 140 due to hostilities".
    parallel = _PARALLEL_AFTER.match(text, mention.end) if previous.noun_class != "people" else None
    return parallel is not None and f" {parallel.group(1)} " in gap  # (not "6 people were killed, and 36 were injured")


def _attacks_on_before(text: str, mentions: list[NumberMention]) -> NumberMention | None:
    """The last count of attacks "on" something among `mentions` ("36 attacks on power plants")."""
    return next((m for m in reversed(mentions) if m.noun_class == "attacks" and _ON_AFTER.match(text, m.noun_end)), None)


_ON_AFTER = re.compile(r"\s+on\s+(?:the\s+)?[a-z]")  # "… attacks on power plants", "25 on thermal power plants"
# The same count later: "the number has now fallen to", "then now there are"
_NOW_THE_NUMBER_BEFORE = re.compile(r"(?:\bthe\s+number\s+(?:has\s+)?(?:now\s+)?(?:fallen|dropped|decreased|risen|grown"
                                    r"|increased|reached)\s+to|\bnow\s+there\s+(?:are|is|remain)"
                                    r"|,\s+(?:down|up)\s+from)\s+$")  # "520,000 consumers …, down from more than a million"
_PLACE_THEN_DASH = re.compile(r"(?:,|\band)\s+[A-ZА-ЯІЇЄҐ][\w'’-]*(?:\s+[\w'’-]+){0,2}\s+[–—-]\s+$")
_PARALLEL_AFTER = re.compile(r"\s+(are|were|remain|remained|due)\b")


def _overlaps(taken: list[tuple[int, int]], a: int, b: int) -> bool:
    for x, y in taken:
        if x < b and a < y:
            return True
    return False


def _read_digits(text: str, match: re.Match, s_start: int, s_end: int) -> NumberMention | Rejected | None:
    a, b = match.start(), match.end()
    core = match.group()
    before, after = text[max(s_start, a - 40):a], text[b:s_end]
    share = _SLASH_SHARE_OF.match(text, a, s_end) if after[:1] == "/" else None
    if share and int(share[1]) < int(share[2]) and not before.rstrip().endswith("/"):
        return _mention(_extend_left_qualifier(text, a, s_start), share.end(2), None, "fraction", ("", "", -1), text)
    reason = _digit_rejection(text, core, a, b, before, after, s_start, s_end)
    if reason == "phone":
        phone = _PHONE.match(text, a)
        if phone:
            return Rejected(a, phone.end(), phone.group(), reason)
    if reason:
        return Rejected(a, b, core, reason)
    fig_start, currency = _extend_left_currency(text, a, before)
    fig_end, unit_form, rest_reason = _extend_right(text, a, b, s_end, currency)
    if rest_reason:
        return Rejected(a, fig_end, text[a:fig_end], rest_reason)
    fig_start = _extend_left_qualifier(text, fig_start, s_start) if fig_end > b else _hedged_start(text, fig_start, s_start)
    if unit_form == "power" and _POWER_OF_BEFORE.search(before):
        return Rejected(a, fig_end, text[a:fig_end], "size of a set ('one of the two', 'five of six')")
    figure = text[fig_start:fig_end]
    form = unit_form or ("money" if currency else "count")
    noun = ("", "", -1)
    if form == "count":
        noun = counted_noun(text, fig_end, s_end)
        if not noun[1] and core == "1":  # "1 unit of a thermal power plant", "1 heat plant was damaged": singular
            noun = _one_thing(text, fig_end)
        if (" of " in before and (_SET_SIZE_BEFORE.search(before) or _part_of_a_set(text[max(s_start, a - 120):a]))
                and not _LAUNCHED_AFTER_NOUN.match(text, b, s_end)  # "21 of 31 rockets launched at Kyiv were shot down"
                and not ((noun[1] == "weapons" or noun[0] == "targets") and _SHOT_DOWN_AFTER.match(text, b, s_end))
                and not (noun[1] == "weapons" and _INTERCEPTED_N_OF_BEFORE.search(text, max(s_start, a - 120), a))
                and not (noun[2] > 0 and _SET_CUT_OFF_AFTER.match(text, noun[2], s_end))):
            return Rejected(a, b, core, "size of a set ('one of the two', 'five of six')")
        if noun[1] == "times" and not _attack_times(text, fig_start, s_start):
            return Rejected(a, fig_end, figure, "ratio")
        if not noun[1] and _re(r"(?:19|20)\d\d").fullmatch(core):
            return Rejected(a, b, core, "year")
    mention = _mention(fig_start, fig_end, figure, form, noun)
    if mention is not None and noun[1] in FIGURE_CLASSES and _re(r"\d{1,3}\.\d{3}").fullmatch(core):
        # "50.000 Ukrainians": things counted come whole, so the dot separates thousands.
        thousands = parse_figure(normalized_figure(figure).replace(core, core.replace(".", ",")))
        mention = mention._replace(quantity=thousands, etl_reading=_etl_disagrees(figure, thousands))
    return mention


_SET_SIZE_BEFORE = re.compile(r"\b(?:one|each|both|either|neither|none|any)\s+of\s+(?:the|its|their|our)\s+$"
                              r"|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+of\s+(?:its|their|our)\s+$",
                              re.IGNORECASE)  # "five of its six plants": six is the fleet, not a figure


# "By now 1/3 of the Ukrainian electrical infrastructure has been completely ruined": a share, not a ratio
_SLASH_SHARE_OF = re.compile(quantities.SLASH_SHARE + r"(?=\s+of\b)")


def _digit_rejection(text: str, core: str, a: int, b: int, before: str, after: str,
                     s_start: int, s_end: int) -> str:
    # The patterns on `before` end at its end, so each is searched only over its last
    # characters (lookbehinds still see the rest): the longest match plus trailing space.
    tail = len(before.rstrip())
    if _ORDINAL.match(after):
        return "ordinal"
    if before.endswith("[") and after.startswith("]") and len(core) <= 3:
        return "note"  # a footnote mark: "the dam's hydroelectric power station,[1][2]"
    if after[:1].isalpha() and not _re(r"(?:GW|MW|kW|bn|k|m|mln|bln|mn)\b", re.IGNORECASE).match(after) and not (
            after[:1] in "bB" and _re(r"[bB]\b").match(after) and before.endswith(("$", "€", "£"))):  # "$11.5B"
        return "id"
    if (_re(r"[A-Za-zА-Яа-я][-‑]?$").search(before, max(0, len(before) - 3))
            and not _re(r"(?:US|UAH|USD|EUR|Hr|Hrn)\s?$|(?<=\s)of$").search(before, max(0, len(before) - 5))):
        return "id"  # model names and codes: S-300, Kh101 (not "of" that lost its space: "A total of592")
    if after.startswith(("/", ":")) and _re(r"[/:]\d").match(after):
        return "ratio"
    if before[tail - 1:tail] == "/" and before[:tail - 1].rstrip()[-1:].isdecimal():
        return "ratio"  # "4 / 4"
    if before[:tail].endswith(_ID_WORDS) and _ID_BEFORE.search(before, max(0, tail - _ID_WORD_MAX)):
        return "id"
    if _re(r"\d{7,}").fullmatch(core) or _re(r"0\d+").fullmatch(core):
        return "id"
    phone = _PHONE.match(text, a)
    if phone and len(_re(r"\D").sub("", phone.group())) >= 8 and not _re(_NUM).fullmatch(phone.group()):
        return "phone"
    if _AGE_AFTER.match(after) or (before[tail - 1:tail] in ("d", "D", "f", "F") and caseless(before[:tail]).endswith(_AGE_WORDS)
                                   and _AGE_BEFORE.search(before, max(0, tail - 7))):
        return "age"
    if "aged" in before[-40:] and _AGES_LISTED_BEFORE.search(before, max(0, len(before) - 40)):
        return "age"  # "three women aged 28, 35 and 56"
    if after[:1] in "-‑ " and _STOREYS_AFTER.match(after):
        return "height"  # "a fire in an 18-story building"
    times = _TIMES_AFTER.match(after)
    if times and times.group(1):
        return "ratio"
    return ""


def _extend_left_currency(text: str, a: int, before: str) -> tuple[int, str]:
    found = _CURRENCY_BEFORE.search(before) if before.rstrip().endswith(_CURRENCY_ENDINGS) else None
    if not found:
        return a, ""
    symbol = found.group().strip()
    return a - len(found.group()), symbol


def _extend_right(text: str, number_start: int, b: int, s_end: int, currency: str) -> tuple[int, str, str]:
    """End of the figure after its number, the unit form and a rejection reason."""
    end = b + 1 if _PLUS_AFTER.match(text, b, s_end) else b  # "24+ hours", "70+ missiles": at least
    ranged = _RANGE_AFTER.match(text, end, s_end)
    if ranged and (ranged["sep"] != "and" or _re(r"\bbetween\s+\S*$").search(text[max(0, b - 30):b])):
        end = ranged.end()
    scale = _SCALE_AFTER.match(text, end, s_end)
    if scale and (scale.group(1) or currency or _people_after_short_scale(text, scale.end(), s_end)):
        end = scale.end()
        smaller = _SMALLER_SCALE_AFTER.get((scale.group(1) or "").lower())
        compound = smaller.match(text, end, s_end) if smaller else None
        if compound:  # "7 billion 168 million hryvnias": one sum
            end = compound.end()
    unit = _UNIT_AFTER.match(text, end, s_end)
    if unit:
        return unit.end(), unit.lastgroup or "", ""
    hours = _HOURS_AFTER.match(text, end, s_end)
    if hours:
        return _hours(text, number_start, hours)
    if currency:
        return end, "money", ""
    other = _OTHER_UNIT_AFTER.match(text, end, s_end)
    if other and not (other.group(1).lower() == "m" and scale):
        return other.end(), "", "unit"
    duration = _DURATION_AFTER.match(text, end, s_end)
    if duration:
        if _outage_days(text, number_start, duration):
            return duration.end(), "hours", ""
        return duration.end(), "", "duration"
    return end, "", ""


_PLUS_AFTER = re.compile(r"\+(?=\s+[A-Za-z])")
# The next smaller scale written after a scale: "7 billion 168 million", "2 million 300 thousand",
# "1 billion and 200 million"
_SMALLER_SCALE_AFTER = {big: re.compile(rf"\s+(?:and\s+)?\d{{1,3}}\s+{small}\b", re.IGNORECASE)
                        for big, small in (("billion", "million"), ("million", "thousand"))}


def _people_after_short_scale(text: str, end: int, s_end: int) -> bool:
    """'About 1.5M Ukrainian electricity users', '300k consumers': a k or M stuck to a number
    is a scale when people follow within three words (elsewhere '5m' may be metres)."""
    words = _re(r"[A-Za-z]+").findall(text, end, min(s_end, end + 40))[:3]
    return any(NOUN_CLASS.get(word.lower()) == "people" for word in words)


def _outage_days(text: str, number_start: int, duration: re.Match) -> bool:
    """'without piped water for four days', 'for nearly three weeks', 'spent four days without
    electricity': days or weeks an outage lasted (the ETL reads them as hours); other durations
    are not figures."""
    return (duration.group(1).lower() in ("day", "days", "week", "weeks")
            and (_OUTAGE_FOR_BEFORE.search(text, max(0, number_start - 70), number_start) is not None
                 or _WITHOUT_SUPPLIES_FOR_BEFORE.search(text, max(0, number_start - 90), number_start) is not None
                 or WITHOUT_SUPPLY.match(text, duration.end()) is not None))


# "without gas, water, or electricity for nearly": a list of supplies, commas and all
# "without water, electricity, heat supply and other critical communications for more than two weeks"
_WITHOUT_SUPPLIES_FOR_BEFORE = re.compile(r"\b(?:without|no)\s+(?:(?:power|electricity|heat\w*|water|gas|light)(?:\s+supply)?"
                                          r"(?:\s*,\s*|\s+)(?:or\s+|and\s+)?){2,5}"
                                          r"(?:other\s+(?:[\w-]+\s+){0,2}?(?:communications|utilities|services)\s+)?"
                                          r"for\s+(?:(?:about|almost|nearly|over|more than|at least|up to)\s+)?$",
                                          re.IGNORECASE)
# An outage, then "for" in the same clause: "without piped water for", "have been without power for nearly",
# "the city does not have electricity for five days"
_OUTAGE_FOR_BEFORE = re.compile(r"\b(?:without|no|lack of|lost|cut off|de-?energi\w*|outages?|blackouts?|in the dark"
                                r"|(?:does|do|did) not have|(?:doesn|don|didn)['’]t have)\b[^.,;]{0,40}"
                                r"\bfor\s+(?:(?:about|almost|nearly|over|more than|at least|up to)\s+)?$", re.IGNORECASE)


# How long an attack went on, not an outage: "the shelling lasted more than three hours"
# ("the air alert in Ukraine lasted more than two hours", "the large-scale air raid on October 11 lasted more than 5 hours")
_ATTACK_LASTED_BEFORE = re.compile(r"\b(?:shelling|attacks?|assault|bombardment|air\s+raid|alert|alarm|strikes?)\s+"
                                   r"(?:(?:in|on|over|across)\s+(?:the\s+)?[\w'’-]+\s+(?:\d{1,2}\s+)?)?(?:had\s+|has\s+)?lasted\s+(?:for\s+)?(?:(?:almost|more\s+than|nearly|over|about)\s+)?$",
                                   re.IGNORECASE)
# The same, said before the noun: "During the four-hour air raid alert, the oil refinery … was hit", "a 10-hour attack"
_ATTACK_NOUN_AFTER = re.compile(r"[\s-]+(?:long\s+)?(?:(?:air(?:[\s-]+raid)?|missile|drone|combined)\s+)?(?:alerts?|alarms?"
                                r"|sirens?|raids?|attacks?|shelling|bombardment|assault|barrage)\b", re.IGNORECASE)
# "approximately 14 hours and 30 minutes": one duration
_AND_MINUTES_AFTER = re.compile(quantities.AND_MINUTES, re.IGNORECASE)
# An outage as the condition for a plan, not one that happened: "Points of Invincibility … will be opened in the case
# of a power outage for four hours", "in case of blackouts lasting more than"
_IN_CASE_OF_OUTAGE_BEFORE = re.compile(r"\bin\s+(?:the\s+)?case\s+of\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:outages?|blackouts?"
                                       r"|shutdowns?|disconnections?)\s+(?:lasting\s+|of\s+|for\s+)?"
                                       r"(?:(?:more|longer)\s+than\s+|over\s+|at\s+least\s+)?$", re.IGNORECASE)


def _hours(text: str, number_start: int, hours: re.Match) -> tuple[int, str, str]:
    lead = _re(r"(?:from|between)\s*$").sub("", text[max(0, number_start - 60):number_start])
    if _SUPPLY_ON_BEFORE.search(lead) or _WITH_POWER_AFTER.match(text, hours.end()):
        return hours.end(), "", "supply"
    if _ROTATION_AFTER.match(text, hours.end()) or _ROTATION_BEFORE.search(lead):
        return hours.end(), "", "rotation"
    if ("last" in lead and _ATTACK_LASTED_BEFORE.search(lead)) or _ATTACK_NOUN_AFTER.match(text, hours.end()):
        return hours.end(), "", "attack"  # "the shelling lasted more than three hours": how long the attack went on
    if "case" in lead and _IN_CASE_OF_OUTAGE_BEFORE.search(lead):
        return hours.end(), "", "condition"  # "they will be opened in the case of a power outage for four hours"
    if _A_SPAN_BEFORE.search(lead) and _SPAN_AFTER.match(text, hours.end()):
        return hours.end(), "", "window"  # "In a recent 24-hour spell, her high-rise only had power for half an hour"
    if (_WINDOW_BEFORE.search(lead) and not _OUTAGE_HOURS_AFTER.match(text, hours.end())
            and not _RESTORED_WITHIN_BEFORE.search(lead)
            and not (lead.endswith("after ") and _THEN_RESTORED_AFTER.match(text, hours.end()))
            and not (lead[-3:].lower() == "in " and _WILL_BE_RESTORED_AFTER.match(text, hours.end()))):
        return hours.end(), "", "window"
    minutes = _AND_MINUTES_AFTER.match(text, hours.end()) if not hours.group(2) else None
    return (minutes.end() if minutes else hours.end()), "hours", ""  # "lasted approximately 14 hours and 30 minutes"


def _extend_left_qualifier(text: str, start: int, s_start: int) -> int:
    """Include a hedge before the figure ("about", "more than", "up to", "between")."""
    window = text[max(s_start, start - 30):start]
    if not window.endswith((" ", "\u00a0")):
        return start
    tokens = _re(r"\S+\s+").findall(window)
    if (tokens and tokens[-1].rstrip().lower().lstrip('"“«(') not in _HEDGE_ENDS
            and len(window.lower()) == len(window)):
        return start  # every phrase tried below ends with this word (after an opening mark: "(over"), and no hedge does
    best = start
    for k in range(1, min(4, len(tokens)) + 1):
        # An opening quotation mark may start the phrase ('"More than 800'), but nothing longer.
        opens_quote = tokens[-k][0] in _OPENING_MARKS and _QUOTE_PUNCTUATION.isdisjoint(tokens[-k][1:])
        if not opens_quote and not _QUOTE_PUNCTUATION.isdisjoint(tokens[-k]):
            break  # every longer phrase holds this token too
        phrase = "".join(tokens[-k:])[1 if opens_quote else 0:]
        if phrase.strip().lower() in ("between", "from"):
            best = start - len(phrase)
            continue
        if _is_hedge(phrase):
            best = start - len(phrase)
        if opens_quote:
            break
    return best


def _is_hedge(phrase: str) -> bool:
    """`split_qualifier(phrase + "0")` reads a bound and leaves just the number."""
    lowered = phrase.lower()
    if len(lowered) != len(phrase):  # lower-casing moved the offsets split_qualifier uses
        kind, rest = _qualifier(phrase + "0")
        return kind != "exact" and rest.strip() == "0"
    return lowered.rstrip() in _HEDGES


_CLOSING_QUOTES = frozenset({"”", '"', "»", "’"})
# Around a model name: '5 Iranian «Shahed-136» drones'; around an editor's insertion: 'a hundred [drones] Shahed'
_QUOTE_MARKS = frozenset({"«", "»", "“", "”", "[", "]", "‘"})  # "20 ‘Geranium’ suicide drones"
# A straight quotation mark opens a quoted modifier only when a short word or two and the closing mark follow
# ('15 Shahed "kamikaze" drones'); elsewhere it may close a quotation the count ends.
_SHORT_STRAIGHT_QUOTE = re.compile(r'[A-Za-z][\w -]{0,25}"')
# "five of six", "5 out of 6", "more than 1,000 of the city’s roughly 12,000 apartment blocks"
_PART_OF_A_COUNT = re.compile(r"(?:out\s+)?of\s+(?:the\s+)?(?:[\w-]+['’]s\s+)?(?:(?:approximately|about|around|some|nearly"
                              r"|almost|over|more\s+than|roughly)\s+)?(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine"
                              r"|ten|eleven|twelve|twenty)(?=\s)", re.IGNORECASE)
# "left hundreds of thousands without power", "20,000 were left without electricity", "leaving millions without
# essential services such as electricity": people, unnamed.
WITHOUT_SUPPLY = re.compile(r"\s+(?:in\s+(?:[\w’'.-]+\s+){1,6}?(?=(?:were|are|was|is|remain\w*|still|to\s+be)\s)"  # "… in Ukraine’s Odesa region were left without power"
                            r"|across\s+(?:[\w’'.-]+\s+){1,3}?(?=without\s))?"  # "a million others across seven regions without …"
                            r"(?:(?:were|are|was|is|remain|remained|remains|still|left|temporarily|currently|elsewhere|now"
                            r"|have|has|had|been|to\s+be|already)\s+)"  # "while millions have been left without electricity",
                            # "causing millions in Ukraine to be without electricity"
                            r"{0,3}(?:without\s+(?:[\w-]+\s+){0,3}?(?:power|electricity|heat|heating|water|gas|light|supply"
                            r"|(?:basic|essential) services)\b|without(?=\s*[.;])"
                            r"|(?:(?:shivering|freezing)\s+)?(?:in\s+the\s+(?:cold\s+and\s+)?dark\b|in\s+(?:the\s+)?darkness\b)"  # "left
                            # millions in the cold and dark", "millions were left shivering in the dark"
                            # "left with no electricity", "left millions with disrupted heating and lighting"
                            r"|with\s+(?:no|disrupted|limited|intermittent)\s+(?:access\s+to\s+)?(?:power|electricity|heat|heating"
                            r"|water|gas|light)\b"
                            r"|(?<=remained\s)disconnected\b)"  # "However, 20,000 remained disconnected in the morning"
                            r"|\s+(?:had|have|has)\s+lost\s+(?:power|electricity|heat|heating|water|gas|light)\b"  # "where 700,000 had lost electricity"
                            # "around 20,000 households still had no water, and 250,000 no heating"
                            r"|\s+(?:(?:still\s+)?(?:had|have|has)\s+)?no\s+(?:running\s+|drinking\s+|tap\s+)?(?:power|electricity"
                            r"|heat|heating|water|gas|light)\b"
                            r"|\s+(?:still\s+)?(?:lack|lacked)\s+(?:drinking\s+|running\s+|tap\s+)?(?:power|electricity|heat|heating"
                            r"|water|gas|light)\b"  # "700,000 lack drinking water after Kakhovka Dam destruction"
                            r"|\s+(?:have|has|had)\s+been\s+subject(?:ed)?\s+to\s+(?:[\w-]+\s+){0,2}?(?:power\s+cuts|outages|blackouts)\b",
                            # "millions have been subject to emergency power cuts for weeks"
                            re.IGNORECASE)  # "another 90,000 remain temporarily without power", "Millions are in the dark"
_BRACKETED_ABBREVIATION = re.compile(r"\([A-Z]{2,6}\)")  # "(CHP)", "(TPP)"
_BEFORE_WITHOUT = frozenset({"without", "were", "are", "was", "is", "remain", "remained", "remains", "still", "left",
                             "temporarily", "currently", "in", "had", "have", "has", "lack", "lacked",
                             "elsewhere", "now", "already", "with", "no"})  # "hundreds of thousands elsewhere remained without power",
# "more than 4.5 million are already without power"
_CONTAINER_NOUNS = frozenset({"units", "pieces", "items", "sets"})
# "these"/"those" before a noun, not standing for one: "around 700 of those buildings still remain without heating"
_DETERMINER_OF_A_NOUN = re.compile(r"\s+(?!(?:were|was|are|is|have|had|has|will|would|could|can|may|might|in|on|at|to|from"
                                   r"|for|with|by|and|or|that|which|who|remain\w*|still|already|also|now|being|been)\b)"
                                   r"(?![a-z]+ed\b)[a-z][a-z-]*\b")  # (not "more than 500,000 of those affected")


def counted_noun(text: str, pos: int, s_end: int) -> tuple[str, str, int]:
    """(noun, class, end offset) of the counted noun after a number, or ("", "", -1)."""
    for filler in (" or more", " or so"):  # "leaving 1.5 million or more people … without power"
        if text.startswith(filler + " ", pos):
            pos += len(filler)
    tokens = _NOUN_TOKEN.finditer(text, pos, min(s_end, pos + 90))  # read one at a time
    token = next(tokens, None)
    if token is None:
        return "", "", -1
    first = token.group().lower()
    if first in _CLOSING_QUOTES:  # '“More than 50” cruise missiles'
        token = next(tokens, None)
        if token is None:
            return "", "", -1
        first = token.group().lower()
    part = _PART_OF_A_COUNT.match(text, token.start()) if first in ("of", "out") else None
    if part:  # "five of six thermal power plants", "5 out of 6 of its plants": the plants, a part of them
        return counted_noun(text, part.end(), s_end)
    if first == "of":
        token = next(tokens, None)
        follow = token.group().lower() if token else ""
        if token and follow in ("them", "which", "these", "those", "whom") and not (
                follow in ("these", "those") and _DETERMINER_OF_A_NOUN.match(text, token.end())):
            return follow, "ref", token.end()  # (not "around 700 of those buildings": "those" a determiner there)
        if "-" in follow:  # "three of state-owned Centrenergo’s thermal plants": an owner's adjective first
            token = next(tokens, None)
            follow = token.group().lower() if token else ""
            if not follow.endswith(("'s", "’s")):
                return "", "", -1
        if (follow not in ("the", "our", "its", "their", "his", "her", "these", "those", "all")
                and not follow.endswith(("'s", "’s"))):  # "two of Ukraine's underground storage facilities"
            return "", "", -1
        token = next(tokens, None)
    elif first in HIT_VERBS:
        if first in ("damaged", "destroyed", "targeted"):  # "four damaged thermal power plants": an adjective
            after = counted_noun(text, token.end(), s_end)
            if after[1] in ("facilities", "people", "places") or (first == "targeted" and after[1] == "attacks"):
                return after  # "more than ten targeted strikes on the Kherson CHP plant"
        return first, "verb", token.end()
    elif first in _BEFORE_WITHOUT and WITHOUT_SUPPLY.match(text, pos):
        # "left 20,000 without power": people, unnamed ("8,000 in Kharkiv region were left without …" keeps its place)
        return "people", NOUN_CLASS["people"], pos if first == "in" else token.start()
    words = 0
    quoted_until = -1  # the end of a short quoted modifier in straight marks, once one is opened
    while words < 6:  # the noun is one of the next six words (quote marks are no words)
        words += 1
        if token is None:
            break
        word = token.group()
        if word == "," and token.start() > pos:
            # A list of modifiers: "19 cruise, ballistic and guided missiles".
            following = next(tokens, None)
            if (following is None or not following.group()[0].islower()
                    or _DIGIT.search(text, token.end(), following.start())):
                return "", "", -1
            token = following
            word = token.group()
        lowered = _noun_key(word)
        if lowered in ("vehicles", "targets", "assets") and text[max(pos, token.start() - 7):token.start()].lower() in (
                "aerial ", " air ", "attack "):
            return lowered, "weapons", token.end()  # "90 unmanned aerial vehicles", "92 aerial targets", "261 attack vehicles"
        if lowered == "means" and _re(r" of (?:air )?(?:attack|strike|destruction)\b").match(text, token.end()):
            return "means", "weapons", token.end()  # "a total of 99 means of air attack"
        if (lowered in _CONTAINER_NOUNS and text.startswith(" of ", token.end())
                and not _re(r" of (?:a|an|the|its|their)\s").match(text, token.end())):  # "2 power units of a TPP": units
            next(tokens, None)  # "311 units of high-tech modern vehicles" counts vehicles
            token = next(tokens, None)
            continue
        if lowered == "areas" and text[max(pos, token.start() - 10):token.start()].lower() in ("populated ", "inhabited "):
            return "settlements", "places", token.end()  # "91 populated areas remain without power", "12 inhabited areas"
        if lowered in NOUN_CLASS:
            if lowered in ("household", "residential") and text.startswith((" buildings", " houses"), token.end()):
                token = next(tokens, None)  # "10 household buildings" counts buildings, not households
                continue
            return lowered, NOUN_CLASS[lowered], token.end()
        if word in _QUOTE_MARKS or (word == '"' and (quoted_until > token.start()
                                                     or _SHORT_STRAIGHT_QUOTE.match(text, token.end()))):
            if word not in "[]":  # '53 “air-launched, sea-launched and land-based” missiles' (not "[1][2]" notes)
                words -= 1
            if word == '"' and quoted_until <= token.start():
                quoted_until = text.index('"', token.end()) + 1  # 'around 15 Shahed "kamikaze" drones'
            token = next(tokens, None)
            continue
        if word == "/" and text[token.start() - 1].isalnum():
            slash_end = token.end()  # a model name: "15 Shahed-136/131 kamikaze drones"
            token = next(tokens, None)
            if token is not None and token.start() == slash_end:  # "70 and Caliber cruise missiles"
                token = next(tokens, None)
            continue
        if lowered == "or" and text[pos:token.start()].strip():
            # "three rocket or missile strikes": two modifiers of one noun
            following = next(tokens, None)
            if following is None or not following.group()[0].islower() or following.group().lower() in _WORD_STOPS \
                    or _DIGIT.search(text, token.end(), following.start()):
                return "", "", -1
            token = following
            continue
        if not word[0].isalnum() and word != "-" or lowered in _WORD_STOPS:
            return "", "", -1
        token = next(tokens, None)
        if token is not None and token.group() == "(" and _BRACKETED_ABBREVIATION.match(text, token.start()):
            next(tokens, None)  # "18 large, combined heat and power (CHP) plants": the abbreviation is no word of its own
            next(tokens, None)
            token = next(tokens, None)
    return "", "", -1


def _attack_times(text: str, fig_start: int, s_start: int) -> bool:
    """'shelled about 180 times' counts attacks ("struck the district with heavy artillery nine times", "a substation
    …, which has already been destroyed 7 times", "hitting it a total of eight times"); 'five times more' is a ratio."""
    before = text[max(s_start, fig_start - 100):fig_start].lower()
    return bool(_re(r"\b(?:shelled|shells|attacked|attacking|struck|strikes|striking|hit|hits|hitting|targeted|targeting"
                    r"|bombed|fired|shelling|attacks?|destroyed|damaged)\b").search(before))


def _read_words(text: str, match: re.Match, s_start: int, s_end: int) -> NumberMention | Rejected | None:
    a, b = match.start(), match.end()
    before = text[max(s_start, a - 25):a].lower()
    if match["fraction"]:
        if (_re(r"\b(?:and|first|second|last|the)\s*$").search(before) and "half" in match["fraction"].lower()
                and not (before.rstrip().endswith("and") and text.startswith(" of the ", b))):
            return None  # "a year and a half", "the first half of 2024" (not "80% of … plants and half of the hydroelectric ones")
        figure_start = _extend_left_qualifier(text, a, s_start)
        return _fraction(text, figure_start, a, b, match)
    if match["vague_money"]:  # "billions of dollars"
        return _mention(_extend_left_qualifier(text, a, s_start), b, None, "money", ("", "", -1), text)
    if match["vague_power"]:  # "thousands of megawatts"
        return _mention(_extend_left_qualifier(text, a, s_start), b, None, "power", ("", "", -1), text)
    if match["vague"]:
        if _N_OF_A_WHOLE_BEFORE.search(text, max(s_start, a - 40), a):
            return None  # "350 of Ukraine's thousands of heating facilities": the thousands are the whole
        after = b + 1 if text[b:b + 1] in _CLOSING_QUOTES else b  # '“Hundreds of thousands” of Ukrainians'
        noun = counted_noun(text, after + len(" of") if text[after:after + 4] == " of " else b, s_end)
        if noun[1] and noun[1] not in FIGURE_CLASSES and noun[0] not in ("equipment", "cities"):  # see candidates
            return None
        return _mention(_extend_left_qualifier(text, a, s_start), b, None, "vague", noun, text)
    if match["halved"]:  # "have halved the country’s power capacity": 50% lost
        return _mention(a, b, None, "fraction", ("", "", -1), text)
    if match["by_fraction"]:  # "capacity had fallen by two-thirds"
        return _mention(_extend_left_qualifier(text, match.start("by_fraction"), s_start), b, None, "fraction",
                        ("", "", -1), text)
    if match["one_hour"]:  # "one-hour outages", "one gigawatt"
        return _small(text, match, s_start, s_end)
    if match["one"]:  # "56 drones and one missile": singular nouns are read here only
        if _ONE_OF_THE_MOST.match(text, b):
            return None  # "one of the largest missile attacks": which one, not how many
        counted = _one_thing(text, b)
        if not counted[1] or text.startswith(" after another", counted[2]):
            return None  # "knocking out one substation after another": one at a time, not one
        return _mention(a, b, None, "word", counted, text)
    if match["one_of"]:  # "… two thermal power plants, one of them stopped generating electricity": "them" are the plants
        return _mention(a, b, None, "word", ("them", "ref", match.end("them")), text)
    if match["a_scale"]:
        start = _extend_left_qualifier(text, a, s_start)
        smaller = _SMALLER_SCALE_AFTER.get(match["a_scale"].split()[-1].lower())
        compound = smaller.match(text, b, s_end) if smaller else None
        if compound:  # "one billion and 200 million euros": one sum
            b = compound.end()
        unit = _UNIT_AFTER.match(text, b, s_end)
        if unit:  # "over a billion dollars"
            return _mention(start, unit.end(), None, unit.lastgroup or "", ("", "", -1), text)
        noun = counted_noun(text, b, s_end)
        return _mention(start, b, None, "word", noun, text)
    return _small(text, match, s_start, s_end)


def _one_thing(text: str, end: int) -> tuple[str, str, int]:
    """(plural noun, class, end offset) of the singular `_ONE_NOUNS` noun that one thing
    ending at `end` counts ("one thermal power plant", "1 unit"), or ("", "", -1)."""
    noun = _re(_ONE_THING, re.IGNORECASE).match(text, end)
    if noun is None:
        return "", "", -1
    singular = noun.group("one_noun").lower()
    plural = singular[:-1] + "ies" if singular.endswith("y") else singular + "s"
    return (plural, NOUN_CLASS[plural], noun.end()) if plural in NOUN_CLASS else ("", "", -1)


def _part_of_a_set(before: str) -> bool:
    """'five of six plants were damaged': six is how many there are; but in 'shot down 35 of 53
    missiles' the 53 is how many were launched."""
    return _N_OF_BEFORE.search(before) is not None and not _INTERCEPT_WORDS.search(before)


_N_OF_BEFORE = re.compile(r"(?:\b\d[\d,.]*|\b(?:any|each|two|three|four|five|six|seven|eight|nine|ten))\s+(?:out\s+)?of\s+"
                          r"(?:the\s+|(?:the\s+)?[\w-]+['’]s\s+)?"  # "three of Ukraine's four nuclear power plants",
                          r"(?:(?:approximately|about|around|some|nearly|almost|over|more than|roughly)\s+)?$"  # "five of the company's six"
                          r"|\b\d[\d,.]*\s+(?:[a-z]+\s+){1,2}out\s+of\s+$"  # "550,000 people out of 800,000 residents"
                          r"|(?:%|\bper\s?cent)\s+of\s+(?:the\s+)?[\w-]+['’]s\s+$",  # "60% of Kyiv's three million residents"
                          re.IGNORECASE)
_ONE_OF_THE_MOST = re.compile(r"\s+of\s+(?:the|its|their)\s+(?:most|largest|biggest|worst|heaviest|longest|strongest"
                              r"|greatest|highest|deadliest|fiercest|hardest|toughest|harshest|coldest|darkest)\b",
                              re.IGNORECASE)
# "we lost more than 1,000 MW of the 1,500 MW that the station provided": the second is the whole
_POWER_OF_BEFORE = re.compile(r"\d\s*(?:MW|GW|megawatts?|gigawatts?)\s+of\s+(?:the\s+|its\s+)?$", re.IGNORECASE)
_LAUNCHED_AFTER_NOUN = re.compile(r"\s+(?:[\w-]+\s+){1,2}?(?:launched|fired)\b")
# "( 5 out of 7 drones and 5 out of 6 Kalibrs were shot down )": the 7 and the 6 are how many were launched
_SHOT_DOWN_AFTER = re.compile(r"[^.;:()]{0,60}?\b(?:(?:were|was|have been|had been)\s+)?(?:shot down|intercepted|downed"
                              r"|neutrali[sz]ed|stopped)\b", re.IGNORECASE)  # "405 out of 465 Russian drones … neutralized"
# "4,000 of the 5,635 high-rise apartment buildings, which were left without heating …": the whole was cut off too
_SET_CUT_OFF_AFTER = re.compile(r",?\s+(?:which|that)\s+(?:were|are|have been|had been)\s+(?:left\s+)?(?:without|cut off"
                                r"|de-?energi)", re.IGNORECASE)
# "knocking out 44 out of 50 incoming missiles", "the destruction of 26 missiles out of 39 different types and 58
# drones out of 60": the 50, 39 and 60 are how many came in (the others were shot down)
_INTERCEPTED_N_OF_BEFORE = re.compile(r"\b(?:knock(?:ed|s|ing)?\s+out|destruction\s+of)\s[^.;]{0,80}?\b\d[\d,.]*\s+"
                                      r"(?:[\w-]+\s+){0,2}?(?:out\s+)?of\s+(?:the\s+)?$", re.IGNORECASE)
_N_OF_A_WHOLE_BEFORE = re.compile(r"\d\s+of\s+(?:the\s+|its\s+|[\w-]+['’]s\s+)$")
_INTERCEPT_WORDS = re.compile(r"\b(?:shot|shoot\w*|took|take|taken|knock\w*)\s+down|(?:took|taken)\s+out|intercept|downed|downing"
                              r"|counteract|repell?ed"
                              r"|\bdowns\b|destroy\w*|neutrali|eliminat"  # "Ukraine downs 92 of 151 Russian aerial targets"
                              r"|\bto\s+down\b",  # "Air defences were able to down nine out of 10 of the incoming drones"
                              re.IGNORECASE)


def _small(text: str, match: re.Match, s_start: int, s_end: int) -> NumberMention | Rejected | None:
    a, b = match.start(), match.end()
    if text[max(s_start, a - 7):a].lower().endswith("number "):
        return None  # "Former world number three Elina Svitolina": a rank
    if ((_SET_SIZE_BEFORE.search(text, max(s_start, a - 20), a) or _part_of_a_set(text[max(s_start, a - 120):a]))
            and not _LAUNCHED_AFTER_NOUN.match(text, b, s_end)):  # "one of the four missiles launched": all four were
        return None  # "one of the two stations", "five of six plants"
    upper = _WORD_RANGE_AFTER.match(text, b, s_end)  # "eight to fourteen hours a day"
    if upper and (_HOURS_AFTER.match(text, upper.end(), s_end) or _UNIT_AFTER.match(text, upper.end(), s_end)):
        b = upper.end()
    hours = _HOURS_AFTER.match(text, b, s_end)
    if hours:
        end, form, reason = _hours(text, a, hours)
        if reason:
            return Rejected(a, end, text[a:end], reason)
        return _mention(_extend_left_qualifier(text, a, s_start), end, None, "hours", ("", "", -1), text)
    unit = _UNIT_AFTER.match(text, b, s_end)
    if unit:  # "nine gigawatts", "ten percent", "five million euros"
        return _mention(_extend_left_qualifier(text, a, s_start), unit.end(), None, unit.lastgroup or "", ("", "", -1), text)
    times = _TIMES_AFTER.match(text, b, s_end)
    if times and (times.group(1) or not _attack_times(text, a, s_start)):
        return None
    days = _small_days(text, match, s_start, s_end)
    if days:
        return days
    noun = counted_noun(text, b, s_end)
    if not noun[1] and _leaves_noun_out(text, a, b, s_start):
        elided = _last_countable_noun(text, s_start, a)  # "… plants in the Donetsk region and two in the Dnipropetrovsk region"
        noun = (elided, NOUN_CLASS[elided], b) if elided else noun
    if not noun[1] or (noun[1] == "verb" and not _re(r"\b(?:the other|another|the remaining)\s+$",
                                                       re.IGNORECASE).search(text, max(s_start, a - 20), a)):
        return None  # "two hit" reads as a count only as "the other two hit"
    if _DURATION_AFTER.match(text, b, s_end) or _OTHER_UNIT_AFTER.match(text, b, s_end):
        return None
    return _mention(_hedged_start(text, a, s_start), b, None, "word", noun, text)


def _hedged_start(text: str, start: int, s_start: int) -> int:
    """Start of a figure with no range after it, with its hedge: "from" and "between" open a
    range, so alone they stay out ("intensified from 350 in July to 2,000 in October", "The main
    power lines from four substations were cut off")."""
    hedged = _extend_left_qualifier(text, start, s_start)
    return start if text[hedged:start].strip().lower() in ("from", "between") else hedged


_WORD_RANGE_AFTER = re.compile(r"\s*(?:to|-|–|—)\s*(?:" + "|".join(_SMALL) + r")\b", re.IGNORECASE)


def _small_days(text: str, match: re.Match, s_start: int, s_end: int) -> NumberMention | None:
    """'without power for three days' (see `_outage_days`)."""
    a, b = match.start(), match.end()
    duration = _DURATION_AFTER.match(text, b, s_end)
    if duration and _outage_days(text, a, duration):
        return _mention(_extend_left_qualifier(text, a, s_start), duration.end(), None, "hours", ("", "", -1), text)
    return None


def _fraction(text: str, figure_start: int, a: int, b: int, match: re.Match) -> NumberMention | None:
    words = _re(r"[\s-]+").split(match["fraction"].lower())
    share = _FRACTION_VALUES[words[-1]]
    if words[0] in ("two", "three") and words[-1] in ("thirds", "quarters", "fourths", "fifths", "third"):
        share = {"two": 2, "three": 3}[words[0]] * _FRACTION_VALUES[words[-1].rstrip("s")]
    figure = text[figure_start:b]
    if match["frac_scale"]:
        scale = _SCALE_VALUES[match["frac_scale"].replace("-", " ").split()[-1].lower()]
        qualifier, _rest = _qualifier(text[figure_start:a] + "0")
        value = share * scale
        quantity = with_bounds(value, COUNT, qualifier)
        noun = counted_noun(text, b, len(text))
        return NumberMention(figure_start, b, figure, quantity, "word", noun[0], noun[1], noun[2],
                             etl_reading=_etl_disagrees(figure, quantity))
    return _mention(figure_start, b, None, "fraction", ("", "", -1), text)


def _mention(start: int, end: int, figure: str | None, form: str, noun: tuple[str, str, int],
             text: str = "") -> NumberMention | None:
    figure = figure if figure is not None else text[start:end]
    try:
        quantity = parse_figure(normalized_figure(figure))
    except FigureError:
        return None
    return NumberMention(start, end, figure, quantity, form, noun[0], noun[1], noun[2],
                         etl_reading=_etl_disagrees(figure, quantity))


def normalized_figure(figure: str) -> str:
    """The figure rewritten in a form `parse_figure` reads the way the article means it."""
    text = " ".join(figure.split())
    if "Hr" in text or "hr" in text:
        text = _re(r"\b(?:Hrn?|hrn)\.?\s*(?=\d)").sub("UAH ", text)
    if "hour" in text:
        text = _re(r"(\w)\s*-\s*hours?\b").sub(r"\1 hours", text)
    lowered = text.lower() if text.isascii() else ""  # case-blind patterns run on anything else
    if not lowered or "illion" in lowered or "thousand" in lowered or "hundred" in lowered:
        # ("around a million and a half" stays in words: `parse_figure` reads it as 1.5 million)
        # (nor "One hundred and fifty-one": `parse_figure` reads it whole)
        text = _re(r"\b(?:a|one)\s+(million|billion|thousand|hundred)\b(?!\s+and\s+a\s+half\b)(?!(?<=hundred)\s+and\s)",
                   re.IGNORECASE).sub(r"1 \1", text)
    if not lowered or "third" in lowered or "quarter" in lowered or "fifth" in lowered:
        text = _re(r"\b(a|one)[\s-](third|quarter|fifth)\b", re.IGNORECASE).sub(r"one \2", text)
    return text


def _etl_disagrees(figure: str, quantity: Quantity) -> str:
    """What the ETL's own reading of the figure as written would be, when it differs."""
    try:
        etl = parse_figure(figure)
    except FigureError as err:
        return f"the ETL cannot read '{figure}' ({str(err).split(';')[0]})"
    if etl.unit != quantity.unit or abs(etl.value - quantity.value) > 1e-6 * max(1.0, abs(quantity.value)):
        return f"the ETL reads '{figure}' as {etl.value:g} {etl.unit}, not {quantity.value:g} {quantity.unit}"
    return ""
