"""Place distractors: same class from the article first, then the gazetteer's neighbours of
similar size; never an alias or spelling variant of the key; alphabetical order."""

from __future__ import annotations

import math
import random
import re
from dataclasses import replace

from anyascii import anyascii

from ..antecedents import is_common_word
from ..gazetteer import gazetteer
from ..model import Fact, Option, PlaceValue
from ..place_words import NOT_STATES, article_in_options, takes_the, the_before
from ..text import fold, same_name
from .common import Pool, Result, also_true
from .date_bounds import stem_years
from .eras import age_years, named_then
from .place_affairs import power_then, powers_beside, state_affairs, world_power
from .place_forms import NAMED_AREAS, form_of
from .place_keys import SCALES, namesake, read_key, state_code
from .place_neighbours import as_english, gazetteer_neighbours, near_countries, same_town
from .place_stems import bordering, coded_alike, names_a_city_of, pin, settled
from .regions import Codes, fits, is_region, location, named, regions_of, stem_regions

# A quarter of the world named by its direction alone ("the West", "the East", Italy's "South"):
# a bloc, not a place of a class any option shares
_BLOCS = frozenset({"west", "east", "north", "south", "orient", "occident"})


def askable(fact: Fact) -> bool:
    """False for a key no option can share the form of: "the West" among regions, "the
    Eastern Bloc" (a bloc of states, not a place)."""
    value = fact.value.lower().removeprefix("the ")
    return value not in _BLOCS and not value.endswith(" bloc")


def choose(fact: Fact, pool: Pool, stem: str, rng: random.Random) -> Result | None:
    """Same class: the article's places first, then the gazetteer's neighbours; none for a
    place inside an open list ("found in many parts of the world, including Asia, _____ and
    Europe": any other continent where it is found would be true as well)."""
    key = fact.detail
    assert isinstance(key, PlaceValue)
    if settled(stem, fact.text):
        return None  # any other place would be true too, or the stem gives the key away
    if pool.home and fact.value == pool.home:
        return None  # India in the Taj Mahal's article: the one country every reader expects
    if key.cls == "continent" and pool.home and named(pool.home) <= named(fact.value):
        return None  # "the largest … in _____" in an article set in Poland: Europe, no choice
    key = read_key(key, stem)
    if key.cls == "state" and namesake(key, fact, pool):
        return None  # "After the Maine conquest" in a French lord's life: no US states
    if key.cls == "country" and names_a_city_of(stem, key.country):
        return None  # "the Third Hill of Istanbul, _____": the city gives the country away
    chosen: list[str] = []
    chosen_where: list[Codes] = []
    polity = bool(_POLITY.search(fact.text))  # "the Russian Empire": empires and kingdoms
    # "Bielany Forest": forests, not "Central Europe" or "Prussia"; a country, state or town's
    # name says no kind ("Ivory Coast" is a country among countries)
    form = None if key.cls in NAMED_AREAS else form_of(fact.text)
    folded_stem = fold(stem)
    the_blank = bool(_THE_BLANK.search(stem))  # what the blank's article asks of every option
    # only where the key agrees: in "the _____ government" the article belongs to the noun
    the_rule = the_blank == takes_the(fact.text, key.cls)
    stem_names = _names(stem)  # once per item, not once per offered name
    years = stem_years(stem) or age_years(stem)  # "Throughout the Middle Ages, …": 1200
    stem_words = {fold(w) for w in stem_names if len(w) > 3 and not is_common_word(w)}

    refused: set[tuple[str, Codes]] = set()  # names (and where they lie) `welcome` turned down

    def offer(name: str, where: Codes, source: Fact | None = None) -> None:
        if len(chosen) >= 3 or (name, where) in refused:
            return
        if not welcome(name, where):
            # welcome's tests only grow stricter as options are chosen: a place the article
            # names many times, once turned down, is turned down again without the tests
            refused.add((name, where))
            return
        if source is not None and also_true(fact, source, stem):
            return  # the costliest test runs last, on what every other test let through
        chosen.append(name)
        chosen_where.append(where)

    def welcome(name: str, where: Codes) -> bool:
        """Every test of a wrong option but the article's also-true one."""
        if not name or name.casefold() in pool.avoid:
            return False
        if the_rule and the_blank != takes_the(name, value.cls):
            return False  # "the _____": "the Netherlands", never "the France"; "in _____": no "Netherlands"
        if same_name(name, fact.text) or any(same_name(name, c) for c in chosen):
            return False
        # a site of the article no gazetteer places (a fort, a park) is judged by its class
        unplaced = not where and value.cls not in SCALES and value.cls != "county"
        if value.cls == "city" and known_key and not gazetteer().lookup(name):
            return False  # "Isaac Bashevis Singer", "Eastern Bloc": no town beside Kraków
        if value.cls == "state" and known_key and not _a_state(name):
            return False  # "San Jose State" (a university) beside North Carolina
        # a continent is offered the others: none lies near another as towns do
        near = unplaced or value.cls == "continent" or powers or fits(here, where, regions)
        if not _same_scale(value, name) or not near:
            return False  # "North Africa" among cities; China for a site "in eastern Africa"
        if close and not where <= close:
            return False
        if not here and pool.home and where and pool.home not in where:
            return False  # a castle of a French lord's life takes no Maine of the United States
        if value.cls in ("region", "continent") and here & where:
            return False  # Europe or the Levant for Eurasia: a part of the key is no wrong answer
        if value.cls in ("region", "continent") and where and where in chosen_where:
            return False  # East Asia and the Far East: one region under two names
        if value.cls == "country" and state_code(name) in {*map(state_code, chosen), key_state}:
            return False  # Britain beside the UK or the United Kingdom: one state, two names
        if value.cls == "state" and name in NOT_STATES:
            return False  # "Makrana in _____" (Rajasthan): no union territory beside a state
        if not named_then(name, years):
            return False  # "In 1636, … set foot in _____": no Bangladesh
        if form is not None and form_of(name) != form:
            return False  # "Bielany Forest" among "Central Europe" and "Prussia" (all regions)
        if polity and not _POLITY.search(name):
            return False  # "Russian Empire" among bare countries stands out by its form
        if pool.aliases.same(name, fact.text):
            return False  # "Bombay (now Mumbai)": the old name is as right as the new one
        if any(_contains_name(name, other) for other in (fact.text, *chosen)):
            return False  # "Prescott" and "Prescott Valley", "Bonnie Brae" and "North Bonnie Brae"
        if fold(name) in folded_stem or any(same_name(name, w) for w in stem_names):
            return False
        # "State of Victoria" as what borders Victoria
        padded = f" {fold(name)} "
        return not any(f" {w} " in padded for w in stem_words)

    same = pool.of_class(key.cls)
    same = [f for f in same if f.value != fact.value]
    pinned, state = pin(stem, key.country)
    if (
        state is not None
        and (state.country, state.admin1) != (key.country, key.admin1)
        and not (key.admin1 and state.country == key.country and not coded_alike(state))
    ):
        # "Salem, Oregon" read as the gazetteer's Salem in India: the stem's state decides
        key = replace(key, country=state.country, admin1=state.admin1, lat=None, lon=None)
    if pinned:
        same = [f for f in same if getattr(f.detail, "admin1", "") == key.admin1 and key.admin1]
    if key.cls in ("state", "city") and key.country:
        same = [f for f in same if getattr(f.detail, "country", "") in ("", key.country)]
    regions = stem_regions(stem)
    value: PlaceValue = key  # after the pin: Salem, Oregon lies in the United States
    # where the key lies; a site the gazetteer cannot place lies in what the stem names
    # ("the _____ rock shelters … in India")
    here = location(value, fact)
    if not here and value.cls not in ("country", "region", "continent"):
        here = min(regions, key=len, default=frozenset())
    # a country's options lie within two borders of it (Kenya: Ethiopia, not South Africa)
    close = (
        frozenset(p.country for p in near_countries(value.country)[:40])
        if (value.cls == "country" and gazetteer().neighbours.get(value.country))
        else frozenset()
    )
    borders = bordering(stem, value.country) if value.cls == "country" else frozenset()
    if value.country in borders:
        close = borders  # "dictator of neighboring _____, attacked Saudi Arabia"
    key_state = state_code(fact.text) or value.country
    # a great power in a stem about world affairs ("in spite of US economic sanctions",
    # "independence from Britain"): the other powers, not Canada, Cuba and Mexico
    powers = value.cls == "country" and world_power(value.country, stem, years)
    home_code = (state_code(pool.home) or "") if pool.home else ""
    if powers:
        close = frozenset()

    where = _locations(same)
    known_key = bool(gazetteer().lookup(key.name))  # a town the gazetteer knows takes known towns
    # a place no gazetteer knows takes the article's places written as it is, with "the" or
    # without: "the Western Xia" among "the Qara Khitai", never the village "Delüün Boldog"
    written_the = {f.value for f in same if _with_the(f)}
    key_the = _with_the(fact) or fact.value in written_the
    for f in sorted(same, key=lambda f: f.start):
        if len(chosen) >= 3:
            break  # `offer` takes no more: the rest of the article's places need no test
        if isinstance(f.detail, PlaceValue) and not _local(key, f.detail):
            continue  # London or Wallsend for a Tyneside town: too far, or part of it
        if powers and not power_then(getattr(f.detail, "country", ""), years, home_code):
            continue  # Iraq or Syria beside the United States' sanctions: no power
        if key.cls == "locality" and not known_key and (f.value in written_the) != key_the:
            continue
        offer(f.value, where.get(f.value, frozenset()), f)
    from_article = len(chosen)
    ascii_key = anyascii(fact.text) == fact.text
    # the gazetteer's neighbours cost a scan of a country's cities: only when the article lacks them
    # a capital among capitals where the stem is about a state's affairs, unless the article's
    # own towns were chosen or the stem names the key's country (`place_affairs.state_affairs`)
    capitals = not chosen and state_affairs(stem) and not any(key.country in r for r in regions)
    neighbours = (
        gazetteer_neighbours(key, pinned, rng, fact.text, capitals) if len(chosen) < 3 else []
    )
    if powers:
        neighbours = powers_beside(key.country, years, home_code)
    if len(chosen) < 3 and key.cls in ("region", "continent") and here:
        for name in regions_of(here):  # "North Africa": the continent's other regions
            offer(name, named(name))
    for place in neighbours:
        if len(chosen) >= 3:
            break
        words = set(_WORD_BREAK.split(place.name.lower()))
        if len(words) > 1 and _SECTION_WORDS & words:
            continue  # "Lower West Side", "Brighouse-City Centre": part of a city, not a town
        if same_town(key, place):
            continue  # Wandsbek is a borough of Hamburg: arguably also true
        lies = frozenset({place.country}) if place.country else named(place.name)
        offer(as_english(place.name) if ascii_key else place.name, lies)
    if len(chosen) < 3:
        return None
    opts = sorted([(fact.text, True)] + [(c, False) for c in chosen], key=lambda o: fold(o[0]))
    in_source = the_before(fact.sentence.text, fact.start - fact.sentence.start)
    if not the_blank and in_source and article_in_options(fact.text, key.cls):
        # the stem left "the" to the options: "the Netherlands", "Belgium", "Denmark"
        the = "The " if _OPENS_SENTENCE.search(stem) else "the "
        opts = [(the + t if takes_the(t, key.cls) else t, c) for t, c in opts]
    difficulty = round(0.4 + 0.15 * min(from_article, 3) + rng.random() * 0.0, 2)
    return tuple(Option(t, c) for t, c in opts), difficulty


_A_STATE = re.compile(r"\bstates?\b", re.I)


def _a_state(name: str) -> bool:
    """True when the gazetteer knows the name as a state."""
    return any(p.cls == "state" for p in gazetteer().lookup(name))


def _locations(facts: list[Fact]) -> dict[str, Codes]:
    """Where each of the article's places lies, from the first of its mentions that tells."""
    out: dict[str, Codes] = {}
    for f in facts:
        if isinstance(f.detail, PlaceValue) and not out.get(f.value):
            out[f.value] = location(f.detail, f)
    return out


# A country of fewer people is a territory or a microstate: no option for a country of a
# million or more ("Gibraltar" holding a referendum on an EU treaty, as France did)
TERRITORY = 100_000


def _same_scale(key: PlaceValue, name: str) -> bool:
    """A region key takes only the gazetteer's regions (not a site such as "West Turkana"), and
    a name the gazetteer lists only at another scale is not offered for a city or a country; a
    territory is not offered for a country of a million people or more."""
    if key.cls in ("region", "continent"):
        return is_region(name)
    entries = gazetteer().lookup(name)
    classes = {p.cls for p in entries} & set(SCALES)
    if key.cls == "country" and key.population >= 1_000_000:
        countries = [p for p in entries if p.cls == "country"]
        if countries and all(0 < p.population < TERRITORY for p in countries):
            return False
    if key.cls == "city" and classes and classes <= {"country", "continent", "region"}:
        return False  # "Poland" beside Wola and Lublin
    return not classes or not classes <= {"continent", "region"}


# A state named by its form of rule: its options are named so too
_POLITY = re.compile(
    r"(?<!United )\b(?:Empire|Kingdom|Caliphate|Sultanate|Khanate|Emirate|Dynasty|Confederation|"
    r"Duchy)\b"
)
_THE_BLANK = re.compile(r"\b[Tt]he _____")
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?]\s+)_____")
_WORD_BREAK = re.compile(r"[\s-]+")
_SECTION_WORDS = frozenset(
    "lower upper side north south east west central downtown midtown centre center cottage "
    "heights city".split()
)


def _contains_name(a: str, b: str) -> bool:
    """True when one name is the other plus words ("Prescott Valley" holds "Prescott")."""
    fa, fb = f" {fold(a)} ", f" {fold(b)} "
    return fa != fb and (fa in fb or fb in fa)


def _with_the(f: Fact) -> bool:
    """True when the article writes this mention of the place with "the" before it."""
    return the_before(f.sentence.text, f.start - f.sentence.start)


FAR_KM = 250  # a town's options from the article lie within this of it


def _local(key: PlaceValue, place: PlaceValue) -> bool:
    """For a town the gazetteer places: the article's other town is neither a part of it nor
    far away (a Tyneside fact's options are Sunderland or Durham, not Wallsend or London)."""
    if key.cls != "city" or key.lat is None or key.lon is None:
        return True
    if place.lat is None or place.lon is None:
        return True
    if same_town(key, place):
        return False
    dy = (key.lat - place.lat) * 111.0
    dx = (key.lon - place.lon) * 111.0 * math.cos(math.radians(key.lat))
    return dx * dx + dy * dy <= FAR_KM * FAR_KM


def _names(stem: str) -> list[str]:
    """Capitalised words of the stem, compared against candidate names."""
    return [w.strip(".,;:()?!\"'") for w in stem.split() if w[:1].isupper()]
