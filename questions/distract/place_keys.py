"""How a place key is read for its options: the scale the gazetteer gives its name (a region,
a continent), the class a stem's words give it ("the _____ state line"), and the town a name
stands for when it is also a state ("travelled to Delhi", not the National Capital Territory)."""

from __future__ import annotations

import re
from dataclasses import replace

from ..gazetteer import Place, gazetteer
from ..model import Fact, PlaceValue
from .common import Pool

# classes of a scale of their own: a name the gazetteer knows only as one of them is no
# distractor for a key of another ("North Africa" among cities, "Norway" among regions)
SCALES = ("continent", "region", "country", "state", "city")

# A stem that makes the blank a state, prefecture or province
_STATE_CUE = re.compile(
    r"_____ state (?:line|border)|\bstate of _____|_____ [Pp]refecture\b|"
    r"\b[Pp]refecture of _____|_____ [Pp]rovince\b|\b[Pp]rovince of _____"
)
# "Seattle, _____": the blank after a town is its state, whatever else the name stands for
_AFTER_TOWN = re.compile(r"[A-Z][\w.'’-]*, _____")
# A state whose town of the same name has this many people is read as the town
CITY_STATE = 500_000


# A blank only water fills: "A bridge was built across the _____, between Newcastle and …"
_WATER_CUE = re.compile(
    r"\b(?:bridge[sd]? (?:over|across)|across|crossed|crossing|banks of|mouth of|estuary of|"
    r"flows? into|upstream on|downstream on) the _____"
)
_WATERS = frozenset(("river", "sea", "lake", "bay", "strait", "ocean", "gulf", "canal", "creek"))
# "not far from the current capital _____", "the capital city, _____": a capital is a town
_CAPITAL_CUE = re.compile(r"\bcapital(?: city)?,? _____")


# A blank on a route between towns: "from Naarden-Bussum through Hilversum and _____ to
# Amsterdam", "via _____": a town, whatever else the name stands for (the province of Utrecht)
_ROUTE_CUE = re.compile(
    r"\b(?:via|through) (?:[A-Z][\w'’.-]*,? (?:and )?)*_____|\bfrom [A-Z][\w'’.-]* to _____|"
    r"\bfrom _____ to [A-Z]"
)


def read_key(key: PlaceValue, stem: str) -> PlaceValue:
    """The key as its options should match it."""
    if key.cls not in _WATERS and _WATER_CUE.search(stem):
        return replace(key, cls="river")  # "a bridge across the _____": the Tyne, a river
    entries = gazetteer().lookup(key.name)
    scales = {p.cls for p in entries} & set(SCALES)
    if scales and scales <= {"region", "continent"} and key.cls not in scales:
        # "the cities of North Africa" made a city of a region: its options are regions
        return replace(key, cls=min(scales))
    if "continent" in scales and key.cls != "continent":
        return replace(key, cls="continent")  # "Africa and Asia", not the Philippine town Asia
    if key.cls in ("town", "village") and _gazetteer_town(key, entries):
        return replace(key, cls="city")  # "the town of _____": the gazetteer's towns near it
    cue = _STATE_CUE.search(stem)
    state = next((p for p in entries if p.cls == "state"), None)
    after_town = key.cls != "country" and _AFTER_TOWN.search(stem)  # "Dmanisi, _____": Georgia
    if state is not None and key.cls != "state" and (cue or after_town):
        # "25 miles south of the _____ state line": Georgia the state, not the country;
        # "the Lebanon, _____ city councilors": New Hampshire the state, whatever "city" says
        return replace(_as(key, state), population=key.population)
    town = next((p for p in entries if p.cls == "city" and p.country == key.country), None)
    if key.cls == "state" and town is not None and _ROUTE_CUE.search(stem):
        return _as(key, town)  # "trains from Naarden-Bussum through Hilversum and _____": a town
    if key.cls == "state" and town is None and _CAPITAL_CUE.search(stem):
        return replace(key, cls="city")  # "the current capital _____": towns, not provinces
    if (
        key.cls == "state"
        and not cue
        and not _AFTER_TOWN.search(stem)
        and town
        and (town.population >= CITY_STATE or _CAPITAL_CUE.search(stem))
    ):
        # "travelled to _____" (Delhi, Berlin, Hamburg), "the current capital _____"
        # (Ulaanbaatar, also a province): the city
        return _as(key, town)
    return key


def _as(key: PlaceValue, place: Place) -> PlaceValue:
    """The key as the gazetteer's entry of another class."""
    return replace(
        key,
        cls=place.cls,
        country=place.country,
        admin1=place.admin1,
        lat=place.lat,
        lon=place.lon,
        population=place.population,
    )


def _gazetteer_town(key: PlaceValue, entries: list[Place]) -> bool:
    """True for a town or village the gazetteer lists as a town of the key's country ("the town
    of Baldwin"), not a part of a town named by its class word ("Grainger Town", "the Science
    Village"): its options are the towns near it."""
    if key.name.split()[-1] in ("Town", "Village"):
        return False
    return any(p.cls == "city" and p.country == key.country for p in entries)


def state_code(name: str) -> str | None:
    """The code of the state a name is one of the names of ("Britain", "UK" and "the United
    Kingdom": GB), or None (England and Scotland are parts of one, not its names)."""
    return next(
        (
            p.country
            for p in gazetteer().lookup(name.removeprefix("the ").removeprefix("The "))
            if p.cls == "country" and p.country
        ),
        None,
    )


def namesake(key: PlaceValue, fact: Fact, pool: Pool) -> bool:
    """True for a state the gazetteer places in another country than the one the article is
    set in, where the article names nothing else in that country (Maine, the French province,
    read as the US state): its options would be its country's, far from the story."""
    if not pool.home or not key.country or key.country == pool.home:
        return False
    return not any(
        isinstance(f.detail, PlaceValue)
        and f.detail.country == key.country
        and f.value != fact.value
        for f in pool.facts
    )
