"""Where a place lies, as the set of countries (ISO codes) it covers, and the world regions a
stem may name.

A distractor tempts only when it lies as near the key as the learner would look: the same
continent, and inside any country or region the stem names that holds the key ("in India",
"in eastern Africa"); never inside a region the stem names that does not hold the key
("through Scandinavia and then _____" is not Norway).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..gazetteer import gazetteer
from ..model import Fact, PlaceValue
from ..text import fold

Codes = frozenset[str]

# World regions by the countries they hold (UN geoscheme, trimmed to what a learner means).
_MEMBERS = {
    "scandinavia": "DK NO SE",
    "nordic countries": "DK NO SE FI IS",
    "levant": "LB SY IL PS JO",
    "east africa": "KE ET TZ UG RW BI SO DJ ER SS",
    "west africa": "NG GH SN ML BF NE CI GN SL LR TG BJ GM GW MR CV",
    "north africa": "EG LY TN DZ MA SD EH",
    "southern africa": "ZA NA BW ZW MZ LS SZ ZM MW",
    "central africa": "CM CF TD CG CD GA GQ AO",
    "central asia": "KZ KG TJ TM UZ",
    "south asia": "IN PK BD LK NP BT MV AF",
    "southeast asia": "TH VN LA KH MM MY SG ID PH BN TL",
    "east asia": "CN JP KR KP MN TW",
    "far east": "CN JP KR KP MN TW",
    "western asia": "TR IL PS JO LB SY IQ IR SA YE OM AE QA BH KW GE AM AZ CY",
    "middle east": "EG IL PS JO LB SY IQ IR SA YE OM AE QA BH KW TR",
    "near east": "EG IL PS JO LB SY IQ TR",
    "arabia": "SA YE OM AE QA BH KW",
    "caucasus": "GE AM AZ",
    "western europe": "FR BE NL LU DE AT CH LI MC GB IE",
    "eastern europe": "PL CZ SK HU RO BG UA BY MD RU",
    "southern europe": "ES PT IT GR MT HR SI BA RS ME MK AL",
    "northern europe": "GB IE IS NO SE FI DK EE LV LT",
    "central europe": "DE PL CZ SK AT CH HU SI LI",
    "balkans": "SI HR BA RS ME MK AL BG GR XK",
    "balkan peninsula": "SI HR BA RS ME MK AL BG GR XK",
    "iberia": "ES PT AD",
    "iberian peninsula": "ES PT AD",
    "indochina": "VN LA KH TH MM",
    "central america": "GT BZ SV HN NI CR PA",
}
_CONTINENTS = {
    "africa": "AF",
    "asia": "AS",
    "europe": "EU",
    "north america": "NA",
    "south america": "SA",
    "latin america": "SA",
    "oceania": "OC",
    "australasia": "OC",
    "antarctica": "AN",
    "eurasia": "AS EU",
}
# "England" and the other names the gazetteer knows as countries without a code
_HOME_NATIONS = {"england": "GB", "scotland": "GB", "wales": "GB", "northern ireland": "GB"}
# "eastern Africa" is East Africa; "southern China" is in China
_DIRECTION = {"eastern": "east", "western": "west", "northern": "north", "southern": "south"}
_NAMED = re.compile(  # (the first letters of a direction word or a name, tested first)
    r"(?=[ewnscA-Z])(?:\b(?P<dir>eastern|western|northern|southern|central|east|west|north|south)\s+)?"
    r"(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)"
)


@lru_cache(maxsize=1)
def _continent_codes() -> dict[str, Codes]:
    gaz = gazetteer()
    out: dict[str, set[str]] = {}
    for code, cont in gaz.continent.items():
        out.setdefault(cont, set()).add(code)
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=4096)
def named(name: str) -> Codes:
    """The countries a country, world region or continent name covers; empty when none."""
    f = fold(name)
    f = f[4:] if f.startswith("the ") else f
    if f in _MEMBERS:
        return frozenset(_MEMBERS[f].split())
    if f in _CONTINENTS:
        table = _continent_codes()
        return frozenset(c for cont in _CONTINENTS[f].split() for c in table.get(cont, ()))
    if f in _HOME_NATIONS:
        return frozenset({_HOME_NATIONS[f]})
    found = gazetteer().lookup(name)
    codes = {p.country for p in found if p.cls == "country" and p.country}
    return frozenset(codes) if len(codes) == 1 else frozenset()


@lru_cache(maxsize=4096)  # the place chooser asks it of every candidate it weighs
def continents(codes: Codes) -> frozenset[str]:
    """The continents holding at least a quarter of the countries (Cyprus does not make Western
    Asia European; Eurasia is both)."""
    gaz = gazetteer()
    found = [gaz.continent.get(c, "") for c in codes]
    found = [c for c in found if c]
    return frozenset(c for c in found if found.count(c) * 4 >= len(found))


@lru_cache(maxsize=4096)
def is_region(name: str) -> bool:
    """A world region or continent the gazetteer lists (not a site such as "West Turkana")."""
    return any(p.cls in ("region", "continent") for p in gazetteer().lookup(name))


def regions_of(codes: Codes) -> list[str]:
    """The table's regions on the continents of `codes`, as the gazetteer spells them."""
    mine = continents(codes)
    out = []
    for name, members in _MEMBERS.items():
        region = frozenset(members.split())
        spelled = next((p.name for p in gazetteer().lookup(name) if p.cls == "region"), "")
        if spelled and continents(region) & mine:
            out.append(spelled)
    return out


def stem_regions(stem: str) -> list[Codes]:
    """The countries, regions and continents the stem names, each as the countries it covers."""
    out = []
    for m in _NAMED.finditer(stem):
        name = _LEADING_WORD.sub("", m.group("name"))
        direction = (m.group("dir") or "").lower()
        codes = frozenset[str]()
        if direction:  # "eastern Africa" → East Africa; "southern China" → China
            codes = named(f"{_DIRECTION.get(direction, direction)} {name}") or named(name)
        codes = codes or named(name)
        if not codes:
            words = name.split()
            for i in range(len(words)):  # "Lebanon, Syria": the run may hold a name and more
                for j in range(len(words), i, -1):
                    codes = named(" ".join(words[i:j]))
                    if codes:
                        break
                if codes:
                    break
        if codes:
            out.append(codes)
    return out


_LEADING_WORD = re.compile(r"^(?:The|In|At|From|To)\s+")
_AFTER = re.compile(
    r"^(?:,\s*|\s+in\s+)(?:(?:north|south|east|west)\w*\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)"
)


def location(value: PlaceValue, fact: Fact | None = None) -> Codes:
    """The countries a place lies in: a country or region by its name, a city or state by the
    gazetteer's country, a site by the country its sentence writes after it ("Gona, Ethiopia",
    "Lomekwi 3 in Kenya"); empty when unknown."""
    if value.cls in ("country", "region", "continent"):
        return named(value.name) or (
            frozenset({value.country}) if value.cls == "country" and value.country else frozenset()
        )
    if value.cls in ("state", "city", "county") and value.country:
        return frozenset({value.country})
    if fact is None:
        return frozenset()
    after = fact.sentence.text[max(0, fact.end - fact.sentence.start) :]
    m = _AFTER.match(after)
    if m is None:
        return frozenset()
    for j in (2, 1):
        words = m.group(1).split()[:j]
        codes = named(" ".join(words))
        if codes and len(codes) == 1:
            return codes
    return frozenset()


def fits(key: Codes, candidate: Codes, stem: list[Codes]) -> bool:
    """Whether a candidate lies as near the key as a learner would look (see the module doc)."""
    if not key:
        return True  # nothing known of the key: the class alone decides, as before
    if not candidate or not continents(key) & continents(candidate):
        return False
    for region in stem:
        if key <= region and not candidate <= region:
            return False  # "in eastern Africa": the options lie there too
        if not key & region and candidate & region:
            return False  # "through Scandinavia and then _____": not Norway
    return True
