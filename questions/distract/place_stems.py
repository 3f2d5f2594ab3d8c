"""What a stem says that settles a place item before any option is chosen: the blank is one of
an open list (any other place would be true as well), a person's style, or a place the stem
gives away by naming its people or using its abbreviation as an adjective."""

from __future__ import annotations

import os
import re

from ..antecedents import is_common_word
from ..gazetteer import gazetteer
from ..grammar import EXAMPLE_CUE
from ..lexicon import getAllLemmas


def settled(stem: str, key: str) -> bool:
    """True when the stem leaves the place item `key` no wrong options, or gives it away."""
    blank = stem.find("_____")
    if _OPEN_LIST.search(stem, 0, max(0, blank)) or _AND_OTHERS.match(stem, blank + 5):
        return True  # "including Asia, _____ and Europe", "the US, _____ and other countries"
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
    noun = _WORD_AFTER.match(stem, blank + 5)
    return _NAME_AFTER.match(stem, blank + 5) is not None or (
        noun is not None and "NOUN" in getAllLemmas(noun.group(1))
    )


_WORD_AFTER = re.compile(r" ([a-z]+)\b")
# Nouns of people after the blank: the key is an adjective there, a people's name ("Mongol
# chiefs", "the Tangut general"), and no place asks it
_PEOPLE_NOUN_AFTER = re.compile(
    r" (?:general|generals|chief|chiefs|tribe|tribes|army|armies|forces|troops|soldiers|nobles|"
    r"people|peoples|leader|leaders|warriors|ruler|rulers|king|kings|emperor|emperors|dynasty|"
    r"prince|princes|princess|nobility|clan|clans)\b"
)
# "…, North Carolina, _____": a name and a comma just before the blank
_STATE_BEFORE = re.compile(r"([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*), _____$")


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


def people_of(stem: str, key: str) -> bool:
    """True when the stem names the key's people or calls something after it: a word of the
    stem inside the key's name ("Tswana" of Botswana), or one that ends as a people's word does
    and shares all but the last three letters of the key's first word ("Italian" of Italy,
    "Portuguese" of Portugal; not "Chinese" of the Chindwin)."""
    name = key.removeprefix("the ").removeprefix("The ")
    first = name.split(" ", 1)[0]
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
