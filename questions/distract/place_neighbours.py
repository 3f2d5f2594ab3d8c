"""The gazetteer's candidates for a place key, when the article offers too few: the countries
around a country, the states nearest a state, the rivers of a river's continent, the towns of a
town's size near it."""

from __future__ import annotations

import math
import random
import unicodedata
from dataclasses import replace
from functools import lru_cache

from anyascii import anyascii

from ..gazetteer import Place, gazetteer
from ..model import PlaceValue
from ..place_words import RIVER_CONTINENTS
from ..text import fold


def _is_capital(key: PlaceValue) -> bool:
    """True for the capital of its country ("London", "Paris")."""
    return fold(gazetteer().capitals.get(key.country, "")) == fold(key.name)


def gazetteer_neighbours(
    key: PlaceValue, pinned: bool, rng: random.Random, written: str = "", capitals: bool = False
) -> list[Place]:
    """The gazetteer's candidates for a key of the article's places too few: countries near a
    country, states near a state, rivers of its continent, towns near a town (for a capital,
    with `capitals`, the capitals of the countries near it first)."""
    gaz = gazetteer()
    if key.cls == "country" and key.country:
        return list(near_countries(key.country)[:12])
    if key.cls == "state" and key.country:
        near = gaz.nearby_states(key.country, key.admin1)[:6]
        if near:
            return rng.sample(near, len(near))  # the nearest, in a seeded order
        states = sorted(gaz.states_by_country.get(key.country, []), key=lambda p: p.name)
        return rng.sample(states, min(12, len(states)))
    if key.cls == "continent":
        others = [c for c in _CONTINENTS if fold(c) != fold(key.name)]
        return [p for c in rng.sample(others, len(others)) for p in gaz.lookup(c)[:1]]
    if key.cls == "river":
        continent = RIVER_CONTINENTS.get(bare_river(key.name))
        rivers = sorted(r for r, c in RIVER_CONTINENTS.items() if c == continent and continent)
        # "Vistula River" (listed as "Vistula"): "Oder River", "River Thames": "River Seine";
        # "Yellow River" is a name itself
        form = "{}"
        if bare_river(written) != written:
            form = "River {}" if written.startswith("River ") else "{} River"
        found = [
            replace(p, name=p.name if p.name.endswith("River") else form.format(p.name))
            for r in rivers
            for p in gaz.lookup(r)[:1]
            if fold(r) != fold(bare_river(key.name))
        ]
        return rng.sample(found, len(found))
    if key.cls == "city" and key.country:
        towns = list(_city_neighbours(key, pinned))
        if capitals and _is_capital(key):
            # "the Polish government-in-exile in London": Paris or Dublin, not Bristol; the
            # largest first (Moscow and New Delhi for Beijing, not Thimphu)
            capital_of = (gaz.capital_of(p.country) for p in near_countries(key.country)[:12])
            return sorted((p for p in capital_of if p), key=lambda p: -p.population) + towns
        return towns
    return []


@lru_cache(maxsize=4096)  # an article names its towns many times: one scan per town
def _city_neighbours(key: PlaceValue, pinned: bool) -> tuple[Place, ...]:
    """A town's candidates: towns of its size near it, or its state's largest when pinned."""
    gaz = gazetteer()
    probe = Place(key.name, "city", key.country, key.admin1, key.lat, key.lon, key.population)
    # a town within a few kilometres is the key's own district ("Mestre" for Venice)
    # (and a borough of a metropolis is no town of its own: Brooklyn is no option for Chicago)
    near = [
        p for p in gaz.nearby_cities(probe, limit=200) if not same_town(key, p) and not _borough(p)
    ]
    # towns a learner may have heard of: at least a third of the key's size (Cologne and
    # Düsseldorf for Aachen, not Eschweiler and Stolberg beside it)
    floor = key.population / 3 if key.population else 0
    big = [p for p in near if p.population >= floor]
    for share in (1, 2, 4, 8):
        if len(big) >= 3 or not floor:
            break
        # a metropolis's nearest "cities" are its own boroughs: take the country's large towns,
        # down to an eighth of the floor (London: Birmingham, Liverpool, Leeds)
        big = [p for p in _large_towns(key, floor / share) if not _borough(p)]
    near = big or near
    if key.admin1 and (key.lat is None or pinned):
        same_state = [
            p for p in gaz.cities_by_country.get(key.country, []) if p.admin1 == key.admin1
        ]
        # the key is that state's town ("Lincoln, New Hampshire"), not the gazetteer's
        # namesake elsewhere: its options are that state's largest towns
        near = sorted(same_state, key=lambda p: -p.population)[:12] or near
    return tuple(near[:12])


# The continents offered for one another (Antarctica only where people live is no question)
_CONTINENTS = ("Africa", "Asia", "Europe", "North America", "South America", "Oceania")


def bare_river(name: str) -> str:
    """ "Vistula River" and "River Thames" as the gazetteer lists them: "Vistula", "Thames"."""
    words = [w for w in name.split() if w.lower() != "river"]
    bare = " ".join(words)
    return name if name in RIVER_CONTINENTS or not bare else bare


def _large_towns(key: PlaceValue, floor: float) -> list[Place]:
    """The country's towns of at least `floor` people, nearest to the key first."""
    lat, lon = key.lat or 0.0, key.lon or 0.0
    towns = [
        p
        for p in gazetteer().cities_by_country.get(key.country, [])
        if p.population >= floor and fold(p.name) != fold(key.name) and p.lat is not None
    ]
    towns.sort(key=lambda p: ((p.lat or 0.0) - lat) ** 2 + ((p.lon or 0.0) - lon) ** 2)
    return towns[:12]


# Towns nearer than this to the key are taken for parts of it; a metropolis of five million or
# more reaches further (Queens and the Bronx are New York City).
SAME_TOWN_KM = 10.0
METROPOLIS_KM = 25.0
METROPOLIS = 5_000_000
BIG_TOWN = 1_000_000  # a town this big has boroughs the gazetteer lists as towns
_REACH_DEGREES = METROPOLIS_KM / 111.2  # no town further north or south is within reach


def same_town(key: PlaceValue, other: Place | PlaceValue) -> bool:
    """Within `SAME_TOWN_KM` of the key (`METROPOLIS_KM` of a metropolis): a suburb or borough
    of it (Wandsbek of Hamburg, Mestre of Venice, Queens of New York City)."""
    if key.lat is None or key.lon is None or other.lat is None or other.lon is None:
        return False
    dy = (key.lat - other.lat) * 111.2
    dx = (key.lon - other.lon) * 111.2 * math.cos(math.radians(key.lat))
    reach = METROPOLIS_KM if key.population >= METROPOLIS else SAME_TOWN_KM
    return math.hypot(dx, dy) < reach


@lru_cache(maxsize=65536)  # the same towns are near many keys of one country
def _borough(place: Place) -> bool:
    """True for a borough of a big town (Brooklyn of New York, Chilanzar of Tashkent): no town
    of its own to offer."""
    if place.lat is None:
        return False
    return any(
        abs((m.lat or 0.0) - place.lat) < _REACH_DEGREES
        and m.name != place.name
        and same_town(m, place)
        for m in _big_towns(place.country)
    )  # the latitude first: most big towns of a country lie far off


@lru_cache(maxsize=256)
def _big_towns(country: str) -> tuple[PlaceValue, ...]:
    """The country's towns of `BIG_TOWN` people or more: a town within `SAME_TOWN_KM` of one
    (`METROPOLIS_KM` of a metropolis) is its borough."""
    towns = gazetteer().cities_by_country.get(country, [])
    return tuple(_as_value(p) for p in towns if p.population >= BIG_TOWN)


def _as_value(p: Place) -> PlaceValue:
    return PlaceValue(p.name, p.cls, p.country, p.admin1, p.lat, p.lon, p.population)


@lru_cache(maxsize=512)  # asked for every country item; the answer is the gazetteer's
def near_countries(code: str) -> tuple[Place, ...]:
    """Neighbours, then their neighbours (same continent), each ring the largest first; an
    island's continent by size."""
    gaz = gazetteer()
    # the largest first: China's neighbours are Russia and India before Bhutan and Laos
    first = sorted(
        (n for n in gaz.neighbours.get(code, ()) if n in gaz.countries),
        key=lambda c: -gaz.countries[c].population,
    )
    second = sorted(
        {m for n in first for m in gaz.neighbours.get(n, ()) if m in gaz.countries}
        - {code, *first},
        key=lambda c: -gaz.countries[c].population,
    )
    near = [gaz.countries[c] for c in first + second]
    cont = gaz.continent.get(code)
    near = [p for p in near if gaz.continent.get(p.country) == cont] or near
    if len(near) >= 6:
        return tuple(near)
    # an island or a country of few borders (Britain: Ireland alone): its continent by size
    return tuple(near + [p for p in gaz.related_countries(code) if p not in near][: 12 - len(near)])


# Marks of a scholar's transliteration that English spellings of place names leave out
# ("Bihār", "Āmūr", "İzmir"): a macron, a breve, a dot above or below, a line below
_TRANSLITERATION_MARKS = frozenset("\u0304\u0306\u0307\u0323\u0331")


def as_english(name: str) -> str:
    """A gazetteer's name as an English text writes it beside an ASCII key: a name in Latin
    letters keeps its accents ("Düren", "Mönchengladbach") but not a transliteration's marks
    ("Bihar", "Amur"); a name in another script is spelt in ASCII."""
    bare = "".join(c for c in unicodedata.normalize("NFD", name) if c not in _TRANSLITERATION_MARKS)
    bare = unicodedata.normalize("NFC", bare)
    latin = all(ord(c) < 0x250 or not c.isalpha() for c in bare)
    return bare if latin else anyascii(bare)
