"""What a found place is: its `PlaceValue` from the class word or the gazetteer, and one
canonical value for the spelling variants of one place in an article."""

from __future__ import annotations

import re

from ..gazetteer import Place, gazetteer
from ..model import Fact, PlaceValue
from ..text import same_name
from .place_names import AFTER

_STATE_AFTER = re.compile(r", ([A-Z][\w ]+?)(?=[,.;)\n]|$| and )")


# A town smaller than this abroad yields to a region of the same name ("Palestine", Texas)
SMALL_TOWN = 100_000


# A namesake abroad this many times larger outweighs the home country's ("Paris" in the
# biography of a man who lived in Texas is the French capital, not Paris, Texas)
DWARFED = 50


def pick(entries: list[Place], home: str) -> Place:
    """Choose among same-named entries: a country or a state of the home country ("Georgia" in
    an article set in the United States), then the article's home country (unless a city abroad
    dwarfs its town of that name), then a region before a small town abroad, then size."""
    largest = max((p.population for p in entries if p.cls == "city"), default=0)
    return min(
        entries,
        key=lambda p: (
            p.cls != "country" and not (p.cls == "state" and p.country == home),
            p.country != home or (p.cls == "city" and p.population * DWARFED < largest),
            p.cls == "city" and p.population < SMALL_TOWN and p.country != home,
            -p.population,
        ),
    )


def value(name: str, cls: str, entries: list[Place], home: str, text: str, end: int) -> PlaceValue:
    """PlaceValue from the class word or the gazetteer; ', Ohio' after a city pins its state."""
    after = AFTER.match(text, end)
    suffix = after.group(1) if after else ""
    if cls in ("province", "region", "county") and entries:
        states = [p for p in entries if p.cls == "state"]
        if states:
            p = pick(states, home)
            return PlaceValue(name, "state", p.country, p.admin1, suffix=suffix)
    if cls or not entries:
        if cls == "city" and entries:
            p = pick([e for e in entries if e.cls == "city"] or entries, home)
            return PlaceValue(name, "city", p.country, p.admin1, p.lat, p.lon, p.population)
        return PlaceValue(name, cls or "locality", home, suffix=suffix)
    if text[end - len(name) - 2 : end - len(name)] == ", ":  # "Jacksonville, Florida": a state
        entries = [p for p in entries if p.cls in ("country", "state")] or entries
    place = pick(entries, home)
    if place.cls == "country" and place.name != name and name.replace(".", "").isupper():
        return PlaceValue(place.name, "country", place.country, population=place.population)
    admin1 = place.admin1
    state = _STATE_AFTER.match(text[end : end + 40])  # to the line end too: infobox values
    if state:
        states = [p for p in gazetteer().lookup(state.group(1)) if p.cls == "state"]
        states.sort(key=lambda p: (p.country != place.country, p.country != home))
        for p in states[:1]:
            admin1, home = p.admin1, p.country
            if place.cls == "city" and (place.country, place.admin1) != (p.country, p.admin1):
                return PlaceValue(name, "city", p.country, admin1)  # another town of that name
    return PlaceValue(
        name, place.cls, place.country, admin1, place.lat, place.lon, place.population
    )


def canonicalise(facts: list[Fact]) -> list[Fact]:
    """Spelling variants of one place share the value of the first spelling seen."""
    canon: list[tuple[str, str]] = []
    seen: dict[tuple[str, str], str] = {}  # a name met again keeps the spelling it was given
    out = []
    for f in facts:
        cls = f.detail.cls if isinstance(f.detail, PlaceValue) else ""
        name = f.detail.name if isinstance(f.detail, PlaceValue) else f.text
        rep = seen.get((name, cls)) or next(
            (c for c, k in canon if k == cls and same_name(c, name)), None
        )
        if rep is None:
            canon.append((name, cls))
            rep = name
        seen[name, cls] = rep
        out.append(Fact(f.kind, f.text, rep, f.start, f.end, f.sentence, f.detail, f.salience))
    return out
