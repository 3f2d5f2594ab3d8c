"""Candidate place names in a sentence: capitalised names cut at possessives and "of", with the
class word they carry ("Saco River", "City of Brampton", "Tala'a district") and abbreviations
("U.S.", "UK"). Names of organisations, works and events are not candidates; an English word
alone (`common_word`), an English noun after "the" that names a town elsewhere (`the_noun`) or
a town after a "the" it never takes (`the_namesake`) needs more evidence or is none.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from ..gazetteer import Place, gazetteer
from ..lexicon import getAllLemmas
from ..model import Sentence
from ..place_words import (
    ABBREVIATION,
    CLASS_WORDS,
    DETACHED,
    ORG_WORDS,
    STOP_NAMES,
    TITLES,
    takes_the,
)
from ..text import MONTHS

PARTICLE = r"(?:al|el|ez|es|ad|ar|as|az|ash|de|del|della|di|da|du|des|van|von|der|den|ibn|bin|of|upon|the|la|le)"
WORD = r"(?:(?:St|Ste|Mt|Ft)\.|[A-Z][\w'’]*(?:-[A-Z][\w'’]*)*)"
# A name's first word is WORD with its capital matched first, so that the regex engine skips to
# the capitals instead of trying the boundary test at every position of a sentence.
_FIRST_WORD = r"[A-Z](?<![\w'’.-].)(?:(?<=S)te?\.|(?<=[MF])t\.|[\w'’]*(?:-[A-Z][\w'’]*)*)"
NAME = re.compile(rf"{_FIRST_WORD}(?:(?:[ -]{PARTICLE})*[ -](?:{WORD}))*")
_LEADING = re.compile(
    r"(?:In|At|On|From|By|After|Before|During|Near|Outside|Inside|To|Into|Across|When|While|"
    r"Since|Until|Through|Throughout|Under|Within|Along|Among|Both|Then|However|Later|Also|"
    r"The|A|An)\s+(?=[A-Z]|the )"
)
_POSSESSIVE = re.compile(r"['’]s?\s+")
_OF = re.compile(r" of (?:the )?")
_QUARTERS = frozenset({"north", "south", "east", "west", "midwest"})
_PAIRED = re.compile(r" (?:and|or) [A-Z]")  # "the North and South Poles"
_DEMONYM_OF = re.compile(r".*(?:an|ian|ese|ish|ic|i)$")
_LOWER = re.compile(r"(?:[a-z]+ )+")
_AND = re.compile(r",? and (?:the )?")
# A class word written before the name: "Mount Vernon", "Lake Tahoe", "Camp Howe".
PREFIXES = dict(
    pair.split("=")
    for pair in """mount=mountain mt.=mountain lake=lake fort=fort ft.=fort camp=camp cape=cape
    isle=island loch=lake river=river""".split()
)
# Lower-case class words after a name that make it a place ("Tala'a district", "Landes region").
AFTER = re.compile(
    r" (district|neighbou?rhood|quarter|suburb|governorate|province|region|county|village|town|"
    r"city|municipality|commune|river|valley|département|hill|hilltop|airbase|street|"
    r"road|square|mountains?|island|lake|airport|bridge|mosque)\b"
)


def is_major_name(name: str) -> bool:
    """True for a country's, continent's or region's name."""
    return any(p.cls in ("country", "continent", "region") for p in gazetteer().lookup(name))


class Candidate(NamedTuple):
    """A capitalised name: span, text, class from its class word, and how it is written."""

    start: int
    end: int
    name: str
    cls: str
    possessive: bool = False  # "Perth's": a name used as an owner
    abbreviation: bool = False


_VESSEL_WORDS = (
    "cruiser battleship ship destroyer frigate carrier submarine gunboat steamer steamship "
    "schooner vessel liner yacht tanker sloop corvette airship tender transport flagship"
).split()
# "the cruiser Minneapolis", "Byrd's flagship was the City of New York"
_VESSEL = re.compile(rf"\b(?:{'|'.join(_VESSEL_WORDS)})(?: (?:was|is|named|called))?(?: the)? $")
# The last letter of each word that may end _VESSEL's match and its space: a cheap test first
_VESSEL_ENDS = tuple({w[-1] + " " for w in [*_VESSEL_WORDS, "was", "named", "the"]})


# A navy's hull number after a ship's name: " (PG-15)", " (BB-18)", " (AP-3)"
_HULL = re.compile(r" \([A-Z]{1,4}-\d{1,4}\)")
_INITIAL = re.compile(r"(?<![A-Za-z])[A-Z]\. $")
_AND_WORD = re.compile(r" and ([A-Z][a-z]+)(?![\w'’-])(?! [A-Z])")
_LOWER_JOIN = re.compile(r"-(?:[a-z]['’]|[a-z]{1,4}-[A-Z])")
_FOR_NAME = re.compile(r" for (?:the )?[A-Z]")


def candidates(text: str, sentence: Sentence, start: int) -> list[Candidate]:
    """Candidates between `start` and the sentence's end, in order."""
    out: list[Candidate] = []
    abbrs = [(m.start(), m.end()) for m in ABBREVIATION.finditer(text, start, sentence.end)]
    for s, e in abbrs:
        out.append(Candidate(s, e, text[s:e], "", abbreviation=True))
    named_until = -1  # the end of an "X of Y" name: "… of Iraq and the Levant" goes on
    for m in NAME.finditer(text, start, sentence.end):
        if abbrs and any(a < m.end() and m.start() < b for a, b in abbrs):
            continue
        if text.endswith(_VESSEL_ENDS, 0, m.start()) and _VESSEL.search(
            text, max(0, m.start() - 24), m.start()
        ):
            continue  # "his flag in the cruiser Minneapolis": a ship named after a city
        if text.startswith(" (", m.end()) and _HULL.match(text, m.end()):
            continue  # "assigned to the Marietta (PG-15)": a ship by its hull number
        if _LOWER_JOIN.match(text, m.end()):
            continue  # "Château-l'Hermitage", "Stoke-on-Trent": the name goes on in lower case
        if text.endswith(". ", 0, m.start()) and _INITIAL.search(
            text, max(0, m.start() - 4), m.start()
        ):
            continue  # "Robert N. C. Hamilton": a surname after initials, not the town
        if _FOR_NAME.match(text, m.end()) and _common_noun(m.group(0)):
            continue  # "the Centre for Life", "Society for Psychical Research": a body's name
        if named_until >= 0 and _AND.fullmatch(text, named_until, m.start()):
            named_until = m.end()
            continue
        # "the Palace of Culture and Science": the name goes on after "and"
        if _never_alone(m.group(0)):
            found = []  # "The", "However", "March": what _split would refuse, without its work
        else:
            found = _split(text, m.start(), m.group(0) + _goes_on(text, m))
        named_until = m.end() if not found and " of " in m.group(0) else -1
        if not found and out and _AND.fullmatch(text, out[-1].end, m.start()):
            prev = out[-1]
            org = _organisation(_words(m.group(0)))
            if org and not text[max(0, prev.start - 4) : prev.start].endswith((" in ", " at ")):
                out.pop()  # "Washington and Lee University", not "in Morganton and Cherry Hospital"
        out.extend(found)
    out.sort(key=lambda c: c.start)
    return _joined(text, out)


def _goes_on(text: str, m: re.Match[str]) -> str:
    """The words that continue a name of several words after "and": an English noun the
    gazetteer does not know (" and Science" of "Palace of Culture and Science"; not "Tyne and
    Wear"), else ""."""
    w = _AND_WORD.match(text, m.end()) if " " in m.group(0) else None
    if w is None or not _common_noun(w[1]) or gazetteer().lookup(w[1]):
        return ""
    if w[1].lower() in CLASS_WORDS:
        return ""  # "… Section and Point": the class word would make a place of it
    return w.group(0)


def _common_noun(name: str) -> bool:
    """One word that is also an English noun ("Centre", "Society"), not "Boston"."""
    return " " not in name and "NOUN" in getAllLemmas(name.lower())


def _joined(text: str, found: list[Candidate]) -> list[Candidate]:
    """ "Bosnia and Herzegovina", "Jammu and Kashmir": one name when the gazetteer knows it."""
    out: list[Candidate] = []
    for c in found:
        prev = out[-1] if out else None
        if prev and not (prev.cls or c.cls) and text[prev.end : c.start] == " and ":
            whole = text[prev.start : c.end]
            if gazetteer().lookup(whole):
                out[-1] = Candidate(prev.start, c.end, whole, "")
                continue
        out.append(c)
    return out


def _split(text: str, s: int, name: str) -> list[Candidate]:
    """One regex match as candidates: cut at possessives and at a non-class head's "of"."""
    lead = _LEADING.match(name)
    while lead:  # "In Menlo Park", "In the United States" at a sentence start
        s, name = s + lead.end(), name[lead.end() :]
        lead = _LEADING.match(name)
    lower = _LOWER.match(name)
    if lower:  # "as the City of Salina" after a possessive
        s, name = s + lower.end(), name[lower.end() :]
    if name.endswith(("'s", "’s", "'", "’")):  # "Perth's only station"
        head = name.rstrip("s").rstrip("'’")
        return [c._replace(possessive=True) for c in _split(text, s, head) if c.name == head]
    out: list[Candidate] = []
    poss = _POSSESSIVE.search(name)
    if poss and " " not in name[poss.end() :] and not gazetteer().lookup(name[: poss.start()]):
        poss = None  # "Shane's Corners", "Rankin's Mill": one name
    if poss:  # "New York's Waldorf-Astoria": two names
        head = name[: poss.start()]
        out.extend(c._replace(possessive=True) for c in _split(text, s, head) if c.name == head)
        return out + _split(text, s + poss.end(), name[poss.end() :])
    words = _words(name)
    if _organisation(words):
        return []  # "University of Texas", "Roman Catholic Church"
    of = _OF.search(name)
    if of and words[0] not in CLASS_WORDS and words[0] not in PREFIXES:
        head = name[: of.start()].split()[-1].lower()
        rest = name[of.end() :]
        if head in CLASS_WORDS and head != "state":  # "Chittoor District of Andhra Pradesh"
            return _split(text, s, name[: of.start()]) + _split(text, s + of.end(), rest)
        if head in TITLES or (head != "state" and is_major_name(rest)):
            return _split(text, s + of.end(), rest)  # "Mayor of Brampton", "Ratzel of Germany"
        return []  # "Islamic State of Iraq": the name of something, not its place
    one = _classify(text, s, name)
    return [one] if one else []


@lru_cache(maxsize=65536)
def _never_alone(word: str) -> bool:
    """True for one word that _split always refuses, wherever it stands: a stop name or a month
    ("The", "However", "March"), neither possessive nor a compass quarter."""
    folded = word.lower().rstrip(".")
    if " " in word or word.endswith(("'", "’", "'s", "’s")) or folded in _QUARTERS:
        return False
    return folded in STOP_NAMES or folded in MONTHS


@lru_cache(maxsize=65536)  # names recur within and across articles
def _words(name: str) -> tuple[str, ...]:
    """The name's words in lower case, without their stops and commas."""
    return tuple(w.strip(".,") for w in name.lower().split())


def _organisation(words: tuple[str, ...]) -> bool:
    """True when an organisation word makes the name one ("Coronado Unified School District");
    one before a place's class word does not ("Cinema Fouad Street")."""
    if len(words) > 1 and words[-1] in CLASS_WORDS and words[-1] not in DETACHED:
        return words[-2] in ORG_WORDS
    return not ORG_WORDS.isdisjoint(words)


def _classify(text: str, s: int, name: str) -> Candidate | None:
    """The candidate with its class word: whole when the word is capitalised, else outside."""
    e = s + len(name)
    words = name.split()
    first, last = words[0].lower(), words[-1].rsplit("-", 1)[-1].lower()
    cls = ""
    if len(words) > 1 and last in CLASS_WORDS and words[-1][0].isupper():
        cls = CLASS_WORDS[last]
        if last in DETACHED:  # "the Al-Baghayliyah District": the name without the word
            e = s + len(name) - len(last) - 1
            name = text[s:e]
    elif len(words) > 1 and first in CLASS_WORDS and " of " in name:
        cls = CLASS_WORDS[first]  # "City of Brampton", "Isle of Man"
    elif len(words) > 1 and first in PREFIXES:
        cls = PREFIXES[first]
    else:
        after = AFTER.match(text, e)
        if after and _DEMONYM_OF.match(name) and text.startswith(" of ", after.end()):
            after = None  # "the Iraqi city of Samarra": an adjective; the place follows "of"
        if after:
            word = after.group(1)
            cls = CLASS_WORDS.get(word, "district" if word == "département" else "town")
    adjective = len(words) == 2 and _DEMONYM_OF.match(words[0]) is not None
    settlement = cls in ("city", "town", "village")
    if settlement and adjective and not (gazetteer().lookup(name) or gazetteer().lookup(words[0])):
        return None  # "a British City", "the Roman Town": an adjective and a class word
    folded = name.lower().rstrip(".")
    if folded in _QUARTERS and text[max(0, s - 4) : s] == "the " and not _PAIRED.match(text, e):
        return Candidate(s, e, name, "region")  # "mostly in the South", "common in the West"
    if not name or folded in STOP_NAMES or folded in MONTHS:
        return None
    return Candidate(s, e, name, cls)


def common_word(name: str) -> bool:
    """A one-word name that is also an English word ("Come", "Mobile", "Split") needs more than
    a cue: "A Storm to Come" is a title."""
    return " " not in name and bool(getAllLemmas(name.lower()))


def the_noun(before: str, c: Candidate, entries: list[Place]) -> bool:
    """True for an English noun after "the" that the gazetteer knows only as towns ("the
    Temple", "the Bank"): a building or an institution. A region keeps its "the" ("the
    Levant", "the Caribbean")."""
    return (
        before.endswith(("the ", "The "))
        and common_word(c.name)
        and bool(entries)
        and all(e.cls == "city" for e in entries)
    )


_NO_THE = frozenset(("city", "county", "state"))
# What may follow a noun phrase that ends with the name: "fitting out the Connecticut at …"
_NP_END = re.compile(
    r"\s*(?:[.,;:)]|\s(?:at|in|on|and|or|was|were|is|had|to|from|for|with|by|under)\b)"
)


def the_namesake(text: str, before: str, c: Candidate, entries: list[Place]) -> bool:
    """True for a town or state written with a "the" it never takes, as a noun phrase of its
    own: "fitting out the Connecticut", "the Missouri" name a ship or a river after the place
    ("the Chicago campus" is the city's campus)."""
    return (
        before.endswith(("the ", "The "))
        and " " not in c.name
        and not c.cls
        and bool(entries)
        and all(e.cls in _NO_THE and not takes_the(c.name, e.cls) for e in entries)
        and _NP_END.match(text, c.end) is not None
    )
