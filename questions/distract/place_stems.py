"""What a stem says that settles a place item before any option is chosen: the blank is one of
an open list (any other place would be true as well), a person's style, or a place the stem
gives away by naming its people, a large town of it or the state before it, or by using its
abbreviation as an adjective; and the state a stem pins the blank to ("_____, Oregon",
"_____ in Rajasthan") for the options to lie in."""

from __future__ import annotations

import os
import re

from ..antecedents import is_common_word
from ..gazetteer import Place, gazetteer
from ..grammar import EXAMPLE_CUE, has_finite_verb
from ..model import BLANK
from ..place_words import CLASS_WORDS, NAME_RUNS, WORD_AFTER, is_noun

_DIRECTION_WORDS = (
    r"(?:Central|Eastern|Western|Northern|Southern|North|South|East|West|Middle|Upper|Lower)"
)
_DIRECTION = re.compile(_DIRECTION_WORDS + r"\b")
_PAIRED_DIRECTION = re.compile(rf"\b{_DIRECTION_WORDS} and {BLANK}")
# "construction workers in the US/_____": a pair written with a slash
_PAIRED_BY_SLASH = re.compile(rf"\w/{BLANK}|{BLANK}/\w")
# "higher salaries than in _____ for example": one example of what the comparison holds for, the
# others as true ("In _____, for example, classroom discipline is problematic" tells of that one)
_COMPARED_EXAMPLE = re.compile(
    rf"\bthan (?:in |at |to |for )?{BLANK},? (?:for example|for instance|among others)\b"
)


def settled(stem: str, key: str) -> bool:
    """True when the stem leaves the place item `key` no wrong options, or gives it away."""
    blank = stem.find(BLANK)
    if _OPEN_LIST.search(stem, 0, max(0, blank)) or _AND_OTHERS.match(stem, blank + 5):
        return True  # "including Asia, _____ and Europe", "the US, _____ and other countries"
    if _long_list(stem, blank):
        return True  # "in Iraq, Egypt, Syria, _____ and Lebanon": one of many, others as true
    if _PAIRED_BY_SLASH.search(stem) or _COMPARED_EXAMPLE.search(stem):
        return True  # "in the US/_____" holds whatever the other is; "than in _____ for example"
    if _PAIRED_DIRECTION.search(stem) and _DIRECTION.match(key):
        return True  # "Central and _____": "Central and Eastern Europe" is one name
    if _styled_name(stem):
        return True  # "Anne of _____": a royal style, not a place to choose
    if people_of(stem, key):
        return True  # "the Tswana people of _____", "Italian troops entered _____"
    if _PEOPLE_NOUN_AFTER.match(stem, blank + 5):
        return True  # "a council of _____ chiefs", "the _____ general": a people's name
    state = _STATE_BEFORE.search(stem, 0, blank + 5)
    if (
        state
        and any(p.cls == "country" for p in gazetteer().lookup(key))
        and any(p.cls == "state" for p in gazetteer().lookup(state.group(1)))
    ):
        return True  # "Goldsboro, North Carolina, _____": the state gives the country away
    # "trespassing on _____ Navy property", "the _____ state of Nevada": "U.S." is an adjective
    if not key.replace(".", "").isupper():
        return False
    noun = WORD_AFTER.match(stem, blank + 5)
    return _NAME_AFTER.match(stem, blank + 5) is not None or (
        noun is not None and is_noun(noun.group(1))
    )


# Nouns of people after the blank: the key is an adjective there, a people's name ("Mongol
# chiefs", "the Tangut general"), and no place asks it
_PEOPLE_NOUN_AFTER = re.compile(
    r" (?:general|generals|chief|chiefs|tribe|tribes|army|armies|forces|troops|soldiers|nobles|"
    r"people|peoples|leader|leaders|warriors|ruler|rulers|king|kings|emperor|emperors|dynasty|"
    r"prince|princes|princess|nobility|clan|clans)\b"
)
# "…, North Carolina, _____": a name and a comma just before the blank
_STATE_BEFORE = re.compile(r"([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*), _____$")


_CLAUSE_STOP = re.compile(r"[;:()]|\.\s")
_LIST_SEP = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
_MEMBER_NAME = re.compile(r"(?:the )?[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}|_____")
LONG_LIST = 4  # members, the blank among them


def _long_list(stem: str, blank: int) -> bool:
    """True when the blank is one of a list of `LONG_LIST` names or more: a learner may know
    any of the others as well, and the list's other members are true of the stem too."""
    starts = [m.end() for m in _CLAUSE_STOP.finditer(stem, 0, blank)]
    end = _CLAUSE_STOP.search(stem, blank)
    clause = stem[starts[-1] if starts else 0 : end.start() if end else len(stem)]
    members = [m.strip(" .") for m in _LIST_SEP.split(clause)]
    at = next((i for i, m in enumerate(members) if BLANK in m), None)
    if at is None or not _MEMBER_NAME.fullmatch(members[at]):
        return False
    first = last = at
    while first > 0 and _MEMBER_NAME.fullmatch(members[first - 1]):
        first -= 1
    while last + 1 < len(members) and _MEMBER_NAME.fullmatch(members[last + 1]):
        last += 1
    return last - first + 1 >= LONG_LIST


# The blank as a member of a list of names after "including" or "such as"
_OPEN_LIST = re.compile(
    r"\b" + EXAMPLE_CUE + r",?\s"
    r"(?:(?:the\s)?[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*)*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+))*$"
)

# The blank in a list that ends "… and other countries": any other member would be true too
_AND_OTHERS = re.compile(
    r"(?:,\s*(?:the\s)?[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*)*)*,?\s+(?:and|or)\s+"
    r"(?:many\s+|several\s+|some\s+|various\s+|numerous\s+)?other\b"
)


# A person's name in the style "Anne of Austria", "Catherine of Aragon": the place is part of it
_NAME_OF_BLANK = re.compile(r"(?<![\w'’-])([A-Z][a-z]+) of (?:the )?_____")
_CAPITAL_BEFORE = re.compile(r"(?:[A-Z][\w'’.-]*|\b[Tt]he|\b[Aa]n?) $")  # or "the Duchy of"


def _styled_name(stem: str) -> bool:
    """True when the blank ends a person's style "<given name> of _____": a lone capitalised
    word no English word and no place, after no article ("the Duchy of Brittany"), not a plural
    ("Mamluks of Egypt") and not the end of a longer name ("Grand Chamberlain of France", "King
    Abdullah of Saudi Arabia")."""
    m = _NAME_OF_BLANK.search(stem)
    if m is None or m.group(1).endswith("s") or _CAPITAL_BEFORE.search(stem, 0, m.start()):
        return False
    return not is_common_word(m.group(1)) and not gazetteer().lookup(m.group(1))


_NAME_AFTER = re.compile(r" (?:[A-Z][a-z]|[A-Z]\.)")
# A people's words that share too little with their country's name for `people_of` to see
_IRREGULAR_PEOPLE: dict[str, tuple[str, ...]] = {
    "Netherlands": ("Dutch",),
    "France": ("French", "Frenchman", "Frenchmen"),
    "Spain": ("Spanish", "Spaniard", "Spaniards"),
    "Denmark": ("Danish", "Dane", "Danes"),
    "Switzerland": ("Swiss",),
    "United Kingdom": ("British", "Briton", "Britons"),
    "Britain": ("British", "Briton", "Britons"),
    "Great Britain": ("British", "Briton", "Britons"),
    "Wales": ("Welsh",),
    "Scotland": ("Scottish", "Scots"),
    "Ireland": ("Irish",),
    "Sweden": ("Swedish", "Swede", "Swedes"),
    "Finland": ("Finnish", "Finn", "Finns"),
    "Poland": ("Polish", "Pole", "Poles"),
    "Greece": ("Greek", "Greeks"),
    "Turkey": ("Turkish", "Turk", "Turks"),
    "Thailand": ("Thai",),
    "Philippines": ("Filipino", "Filipinos", "Philippine"),
    "New Zealand": ("Zealander", "Zealanders"),
    "Iraq": ("Iraqi", "Iraqis"),
    "Pakistan": ("Pakistani", "Pakistanis"),
    "Bangladesh": ("Bangladeshi", "Bangladeshis"),
    "Israel": ("Israeli", "Israelis"),
    "Yemen": ("Yemeni", "Yemenis"),
    "Kuwait": ("Kuwaiti", "Kuwaitis"),
    "Oman": ("Omani", "Omanis"),
    "Qatar": ("Qatari", "Qataris"),
    "Saudi Arabia": ("Saudi", "Saudis"),
    "Nepal": ("Nepali", "Nepalese"),
    "Vietnam": ("Vietnamese",),
    "Madagascar": ("Malagasy",),
}
_PEOPLE_WORD = re.compile(r"[A-Z][a-z]{3,}(?:ians?|ans?|ese|ish|is?|ics?|eans?)")
_CAPITALISED = re.compile(r"\b[A-Z][a-z]{3,}\b")


# "dictator of neighboring _____, attacked Saudi Arabia": the blank borders a country the stem
# names
_NEIGHBOURING = re.compile(r"\bneighbou?ring _____")


def bordering(stem: str, key_country: str) -> frozenset[str]:
    """The countries that border the one the stem names, when the stem calls the blank its
    neighbour: every option must border it too (no Israel or Pakistan for Iraq beside Saudi
    Arabia). Empty when the stem says no such thing."""
    if not _NEIGHBOURING.search(stem):
        return frozenset()
    for run in NAME_RUNS.finditer(stem):
        for p in gazetteer().lookup(run.group(0)):
            if p.cls == "country" and p.country != key_country:
                return frozenset(gazetteer().neighbours.get(p.country, ()))
    return frozenset()


# What English adds to a place's name to make its adjective or people: Asia-n, Iran-ian,
# Pakistan-i, Nepal-ese, Europe-an; the name's last vowel (or "y") may go first (Chin-ese,
# Ital-ian), and a name ending in "y" may lose it ("German")
_SUFFIXES = ("n", "an", "ian", "ean", "i", "ese", "ish", "ite")
_WORD = re.compile(r"[A-Z][a-z]+")


def adjective_of(stem: str, name: str) -> bool:
    """True when a capitalised word of the stem (or of a hyphenated one: "Italo-Ethiopian",
    "Sub-Saharan") is the adjective or people made from a word of the name, or its plural."""
    forms: set[str] = set()
    for root in (w for w in name.split() if len(w) >= 4 and w.lower() not in CLASS_WORDS):
        stems = {root} | ({root[:-1]} if root[-1] in "aeoy" else set())
        forms |= {s + suffix for s in stems for suffix in _SUFFIXES}
        if root.endswith("y") and len(root) >= 6:
            forms.add(root[:-1])
        forms.discard(root)
    return bool(forms) and any(
        w in forms or w.removesuffix("s") in forms for w in _WORD.findall(stem)
    )


def people_of(stem: str, key: str) -> bool:
    """True when the stem names the key's people or calls something after it: its adjective
    (`adjective_of`), a word of the stem inside the key's name ("Tswana" of Botswana), or one
    that ends as a people's word does and shares all but the last three letters of the key's
    first word ("Portuguese" of Portugal; not "Chinese" of the Chindwin)."""
    name = key.removeprefix("the ").removeprefix("The ")
    first = name.split(" ", 1)[0]
    if adjective_of(stem, name):
        return True  # "South Asian" for Asia, "the Italian Social Republic" for Italy
    adjectives = _IRREGULAR_PEOPLE.get(name, ())
    if adjectives and re.search(rf"\b(?:{'|'.join(adjectives)})\b", stem):
        return True  # "the Dutch Customs Authorities … imported to _____"
    for m in _CAPITALISED.finditer(stem):
        word = m.group(0)
        if word in name.split() or _NAME_AFTER.match(stem, m.end()):
            continue  # "South Carolina and _____", "Charles P. Snyder": no people
        if len(word) >= 5 and word.lower() in name.lower():
            return True  # "Tswana" inside "Botswana"
        shared = len(os.path.commonprefix([word, first]))
        if _PEOPLE_WORD.fullmatch(word) and shared >= 4 and shared >= len(first) - 3:
            return True
    return False


_PIN = re.compile(r"_____, ([A-Z][\w'-]*(?: [A-Z][\w'-]*)*)")
# "came from _____ in Rajasthan": the state the blank lies in, when the words name one
_IN_STATE = re.compile(
    r"_____ in (?:[A-Z][\w'-]*(?: [A-Z][\w'-]*)*, )?([A-Z][\w'-]*(?: [A-Z][\w'-]*)*)"
)  # or "_____ in Marion County, Oregon"


def names_a_city_of(stem: str, country: str) -> bool:
    """True when the stem names a large city of the country (100,000 people or more), alone or
    in a longer name."""
    if not country:
        return False
    # each name and each of its words: "Kyoto Imperial University" names Kyoto
    names = {part for run in NAME_RUNS.findall(stem) for part in (run, *run.split())}
    return any(
        p.cls == "city" and p.country == country and p.population >= 100_000
        for name in names
        if len(name) > 3 and not is_common_word(name)
        for p in gazetteer().lookup(name)
    )


def pin(stem: str, country: str = "") -> tuple[bool, Place | None]:
    """Whether the blank is pinned to a state ("died in _____, Oregon", "_____ in Rajasthan"),
    and that state if known.

    "in _____, Latvia" names the country only, which every town of the country shares.
    """
    m = _PIN.search(stem) or _IN_STATE.search(stem)
    if m is None:
        return False, None
    after = WORD_AFTER.match(stem, m.end(1))
    if m.re is _PIN and after and has_finite_verb(after.group(1)):
        return False, None  # "While in _____, Leo Strauss became …": the clause's subject
    found = gazetteer().lookup(m.group(1))
    if m.re is _IN_STATE and not any(p.cls == "state" for p in found):
        return False, None  # "_____ in June", "_____ in Latvia": no state
    if any(p.cls == "country" for p in found):
        return False, None
    states = [p for p in found if p.cls == "state" and p.admin1]
    # "Bethesda, Maryland": the key's own country's Maryland, not Liberia's county
    states.sort(key=lambda p: p.country != country)
    return True, next(iter(states), None)


def coded_alike(state: Place) -> bool:
    """True when the country's towns carry the state's own code: the two data sets code the
    United States' states alike, India's not ("RJ" for Rajasthan, "24" for its towns), and
    then the key's own code is the state's."""
    return any(
        p.admin1 == state.admin1 for p in gazetteer().cities_by_country.get(state.country, [])
    )
