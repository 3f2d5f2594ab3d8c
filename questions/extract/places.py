"""Place facts: the infobox's place fields and capitalised names with evidence of being places.

Precision first: a name becomes a place only with evidence. Strong evidence is enough alone: a
class word ("Saco River", "Tala'a district"), a country, continent, region or major state, a
"City, State" pair, a big city, or a name no gazetteer knows after a strong cue ("born in",
"village of"). A gazetteer name after a locative cue ("in", "near", "captured") is a place too,
and so is a gazetteer name listed with a place ("Luton and London"). A name strongly evidenced
once is a place everywhere else in the article.
"""

from __future__ import annotations

import re
from functools import lru_cache, partial

from ..gazetteer import Place, gazetteer
from ..infobox import is_person
from ..model import Fact, Sentence
from ..name_use import IN_AT, people_name
from ..place_words import COMPASS, WORD_AFTER, class_cue, cue_strength, is_noun
from ..text import fold, skeleton
from .base import Context
from .place_doc import (
    Found,
    TownUses,
    acting_names,
    home_country,
    infobox_places,
    initialled_surnames,
)
from .place_names import Candidate, candidates, common_word, the_namesake, the_noun
from .place_values import canonicalise, value

# States of these countries are household names ("Ohio", "Queensland"); elsewhere a first-level
# subdivision is often a common word or a person's name and needs a cue.
MAJOR_STATES = frozenset({"US", "CA", "AU", "GB", "IN"})
MAJOR_CLASSES = frozenset({"country", "continent", "region", "river"})
BIG_CITY = 300_000
SMALL_CITY = 100_000
# What joins the members of a list of places: "Walsall, Melbourne, Luton and London"
_COORD = re.compile(r"(?:,\s*|,?\s+and\s+(?:also\s+)?|,?\s+or\s+|\s*/\s*)(?:the\s+)?")
# The endings of a people's adjective: "Italian", "Chinese", "British", "Pakistani"
_DEMONYM = re.compile(r"(?:an|ian|ese|ish|ic|i)$")
# Between a town and its state or country: "Mojave, California"
_PAIR = re.compile(r",\s+(?:the\s+)?")
# Where a spelling variant of a known place may follow ("offensive on Ayyash and Al-Bughayliyah")
_LOOSE_CUE = re.compile(r"\b(?:on|against|of|and|toward|towards|in|at|to|near|from)\s+(?:the\s+)?$")
_DEFINED = re.compile(
    r"\s*(?:\([^)]{0,80}\)\s*)?(?:is|was) (?:a|an|the)(?: [\w-]+){0,3}? (?:village|town|city|"
    r"municipality|commune|hamlet|suburb|parish|county|district|province|region|river|lake|"
    r"island|mountain|settlement|neighbou?rhood|borough|sum|taluk)\b(?= in\b| of\b| and\b| on\b|"
    r" near\b| located\b| situated\b| within\b|[,.;(])"
)
_ORDINAL = re.compile(r"\b\d+(?:st|nd|rd|th) $")
_VERBISH = re.compile(r"(?:ed|ing|ly)$")
_NEXT = re.compile(r"[A-Z][\w.'’]*(?:[ -][A-Z][\w.'’]*)*")


def lookup(name: str) -> list[Place]:
    """Gazetteer entries for a name, or for its rest after a compass word ("North Bridgton")."""
    entries = gazetteer().lookup(name)
    head, _, rest = name.partition(" ")
    if not entries and rest and head.lower() in COMPASS:  # a part of a known place
        entries = [Place(name, "region", p.country) for p in gazetteer().lookup(rest)[:1]]
    return entries


def is_major(c: Candidate, entries: list[Place]) -> bool:
    """Known without a cue: countries, continents, regions, household states, big cities."""
    if c.abbreviation:
        return True
    return any(
        p.cls in MAJOR_CLASSES
        or (p.cls == "state" and p.country in MAJOR_STATES)
        or (p.cls == "city" and p.population >= BIG_CITY and not common_word(c.name))
        for p in entries
    )


def _strength(
    text: str,
    before: str,
    cue: int,
    sentence: Sentence,
    c: Candidate,
    entries: list[Place],
    infobox: set[str],
) -> int:
    """2 for strong evidence, 1 for a gazetteer name after a cue, 0 for none."""
    if c.cls:
        at_start = c.start == sentence.start or not before.strip()
        if entries or not (at_start and " " not in c.name) and not _VERBISH.search(c.name):
            return 2  # not "Islamized region" at a sentence start
        return 0
    if is_major(c, entries) or _DEFINED.match(text, c.end, sentence.end):
        return 2  # "Aisby is a village in …"
    if _pair_after(text, c, sentence):
        return 2  # "Mojave, California"
    if cue == 2 and not _adjective(text, c, entries) and (entries or not _noun_after(text, c)):
        return (
            2  # "born in Udbina", not "settled in Italian lands", "remained in Confederate hands"
        )
    if cue and (entries or c.name.lower() in infobox):
        return 0 if common_word(c.name) and not _in_at(text, c) else 1
    return 0


def at_home(entries: list[Place], home: str) -> bool:
    """A small town abroad after a mere cue is more often a person ("wrote to Mori")."""
    return any(
        p.cls != "city" or p.country in (home, "") or p.population >= SMALL_CITY for p in entries
    )


def _pair_after(text: str, c: Candidate, sentence: Sentence) -> bool:
    """True when ', State' or ', Country' follows the name."""
    m = _PAIR.match(text, c.end)
    if not m or m.end() >= sentence.end or not text[m.end()].isupper():
        return False
    if text[max(0, c.start - 5) : c.start].endswith((" and ", " for ", " of ")):
        return False  # "Centre for … Studies and Policy Research, India": a name goes on
    nxt = _NEXT.match(text, m.end(), min(sentence.end, m.end() + 40))
    unknown = not lookup(c.name)
    if unknown and (common_word(c.name) or _DEMONYM.search(c.name)):
        return False  # "Accordingly, Italy", "South Vietnamese, U.S."
    if nxt is None or common_word(nxt.group(0)):
        return False  # "Accordingly, Italy", "Information Technology, Centre for …"
    return any(p.cls in ("country", "state") for p in lookup(nxt.group(0)))


def _found(ctx: Context, infobox: set[str]) -> list[Found]:
    """Every candidate of the article's sentences with its entries and strength."""
    out: list[Found] = []
    text = ctx.doc.text
    for sentence in ctx.sentences_for("place"):
        if sentence.block.kind == "infobox":
            out.extend(_infobox_site(text, sentence))
            continue
        carried, listed, prev = "", 0, -1
        for c in candidates(text, sentence, sentence.start):
            before = text[max(sentence.start, c.start - 40) : c.start]
            coordinated = prev >= 0 and _COORD.fullmatch(text, prev, c.start) is not None
            carried = class_cue(before) or (carried if coordinated else "")
            # "leads to Portchester and Fareham": a cue holds for the whole list
            cue = cue_strength(before) or (min(listed, 1) if coordinated else 0)
            listed, prev = cue, c.end
            if ctx.is_claimed(c.start, c.end) or ctx.in_quote(c.start, c.end):
                continue
            if c.name.isupper() and not c.abbreviation:
                continue  # "ISIL", "B&SR": acronyms of organisations more often than not
            if _ORDINAL.search(before):
                continue  # "the 55th New York", "the 1st Ohio": a regiment
            if carried and not c.cls and not _adjective(text, c, []):
                c = c._replace(cls=carried)  # not "districts of the Indian state": an adjective
            entries = lookup(c.name)
            if the_noun(before, c, entries) or the_namesake(text, before, c, entries):
                continue  # "the Temple in Jerusalem": a building, not Temple, Texas
            strength = _strength(text, before, cue, sentence, c, entries, infobox)
            out.append((c, entries, sentence, strength))
    return out


def _infobox_site(text: str, sentence: Sentence) -> list[Found]:
    """The first name of a place field is the site; other fields need the gazetteer's word."""
    key = sentence.block.key.strip().lower()
    cands = candidates(text, sentence, sentence.block.value_start)
    for c in cands[:2]:
        entries = lookup(c.name)
        if entries or c.cls or (key in ("place", "location") and c is cands[0]):
            return [(c, entries, sentence, 2)]
    return []


def _spread(found: list[Found], text: str) -> list[Found]:
    """Lists share evidence ("Walsall, Melbourne, Luton and London"); so do repeated names."""
    out = list(found)
    for order in (range(1, len(out)), range(len(out) - 2, -1, -1)):
        for i in order:
            c, entries, sentence, strength = out[i]
            j = i - 1 if order.step == 1 else i + 1
            o = out[j]
            if strength or not entries or o[3] == 0 or o[2] is not sentence or common_word(c.name):
                continue
            a, b = (o[0], c) if j < i else (c, o[0])
            if _COORD.fullmatch(text, a.end, b.start):
                out[i] = (c, entries, sentence, 1)
    known: dict[str, str] = {}  # name or skeleton of a strongly evidenced place → class
    for c, _, _, strength in out:
        if strength == 2:
            for key in _keys(c.name):
                known[key] = known.get(key) or c.cls
    for i, (c, e, s, strength) in enumerate(out):
        folded = fold(c.name)
        cls: str | None = None
        if folded in known:
            cls = known[folded]
        elif _LOOSE_CUE.search(text, max(0, c.start - 9), c.start):  # a spelling variant's
            cls = next((known[k] for k in _keys(c.name) if k in known), None)
        if cls is not None and not c.possessive:
            out[i] = (c._replace(cls=c.cls or ("" if e else cls)), e, s, max(strength, 1))
    return out


@lru_cache(maxsize=65536)
def _keys(name: str) -> tuple[str, ...]:
    """Spellings of one place share these: the name folded and its consonant skeleton."""
    sk = skeleton(name)
    return (fold(name), "~" + sk) if len(sk) >= 3 else (fold(name),)


def extract(ctx: Context) -> list[Fact]:
    """Find place names with evidence, then give spelling variants one canonical value."""
    text = ctx.doc.text
    found = [f for f in _spread(_found(ctx, infobox_places(ctx)), text) if f[3]]
    home_cc = home_country(found)
    subject_words = set(ctx.doc.title.split()) if is_person(ctx.doc) else set()
    agents = acting_names(text)
    surnames = initialled_surnames(text)
    modifiers = lru_cache(maxsize=None)(partial(people_name, text))  # once per name and article
    towns = TownUses(text)
    facts: list[Fact] = []
    for c, entries, sentence, strength in found:
        plain = strength < 2 and not (c.cls or is_major(c, entries))
        if plain and c.name in agents and not _in_at(text, c):
            continue  # "Seymour arrived": a person, unless "in Seymour"
        if c.name in surnames and not c.cls and not _in_at(text, c):
            continue  # "Kennedy sent a memo" after "John F. Kennedy": the person
        if plain and c.name in subject_words and not _pair_after(text, c, sentence):
            continue  # "by Edison", "in Edison effect bulbs" in Edison's article
        if plain and entries and not _in_at(text, c) and not at_home(entries, home_cc):
            continue
        if plain and c.possessive or _adjective(text, c, entries):
            continue  # "Plato's Republic", "Pakistani intruders"
        if not entries and not c.cls and _noun_after(text, c) and modifiers(c.name):
            continue  # "Mongol tribes", "the Mongol side", "Mongol society": a people's name
        if not c.cls and not _in_at(text, c) and not _after_town(text, c) and towns.team(c.name):
            continue  # "limited by Denver's defense" is the Denver Broncos
        abroad = bool(home_cc) and all(p.country != home_cc for p in entries)
        if not c.cls and entries and abroad and towns.institution(c.name):
            continue  # "Women remained segregated at Radcliffe": the college, not the English town
        if _MODEL_NUMBER.match(text, c.end):
            continue  # "a hybrid Bermuda 419 turf": a variety's name, not the island
        if (
            entries
            and all(p.cls == "state" for p in entries)
            and _SCHOOLED.search(text, 0, c.start)
        ):
            continue  # "taught at Illinois": the state's university
        if not ctx.claim(c.start, c.end):
            continue
        detail = value(c.name, c.cls, entries, home_cc, text, c.end)
        facts.append(Fact("place", c.name, detail.name, c.start, c.end, sentence, detail))
    return canonicalise(facts)


def _noun_after(text: str, c: Candidate) -> bool:
    """True when a lower-case noun follows the name: it qualifies the noun ("Confederate hands")."""
    m = WORD_AFTER.match(text, c.end)
    return m is not None and is_noun(m.group(1))


_TOWN_COMMA = re.compile(r"([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*), $")


def _after_town(text: str, c: Candidate) -> bool:
    """True after a town the gazetteer knows and a comma: "Houston, Texas" is no team."""
    m = _TOWN_COMMA.search(text, max(0, c.start - 40), c.start)
    return m is not None and bool(lookup(m.group(1)))


# Where a state's name stands for its university: "taught at Illinois", "a degree from Iowa"
_SCHOOLED = re.compile(
    r"\b(?:taught|teaching|teaches|studied|studying|lectured|lecturing|professor|lecturer|"
    r"instructor|enrolled|educated|faculty) at $|\b(?:graduated|degrees?|doctorate|diploma) from $"
)
# A number right after the name, then a lower-case word that is no plural or the clause's end:
# a model or a variety ("Bermuda 419 turf", "Route 66."), not the place ("Venice 22 times")
_MODEL_NUMBER = re.compile(r" \d{1,3}(?![\d,.]\d)(?: [a-z]+(?<!s)\b|[.,;:)]|$)")


def _adjective(text: str, c: Candidate, entries: list[Place]) -> bool:
    """A demonym before a lower-case word is an adjective: "Italian forces", "Nepali monarchy"."""
    if c.cls or entries or not _DEMONYM.search(c.name):
        return False
    return text[c.end : c.end + 2].startswith(" ") and text[c.end + 1 : c.end + 2].islower()


def _in_at(text: str, c: Candidate) -> bool:
    """True right after "in" or "at": a person is rarely "in Boston"."""
    return text[max(0, c.start - 8) : c.start].lower().endswith(IN_AT)
