"""Stems about the affairs of states, whose place options are of the same rank: a capital among
capitals where the stem tells of a government, an exile or a treaty ("the Polish
government-in-exile in _____": Berlin, Madrid, Moscow, not Birmingham or Bristol), and a great
power among the other powers where it tells of world affairs ("in spite of US economic
sanctions": Britain, France, Germany, not Canada, Cuba and Mexico). The capitals near a capital
are found with the other gazetteer candidates (`place_neighbours.gazetteer_neighbours`)."""

from __future__ import annotations

import re

from ..gazetteer import Place, gazetteer

# The powers of modern history, in the order they are offered for one another
POWERS = ("GB", "FR", "US", "RU", "DE", "ES", "PT", "NL", "IT", "JP", "CN")
MODERN_AGE = 1500  # the powers' age: a stem set before it takes no powers
_PREMODERN = re.compile(r"\b(?:dynasty|dynasties|caliphate|khanate|medieval|ancient)\b", re.I)
# A stem about world affairs: a power's dealings with other states
_WORLD_AFFAIRS = re.compile(
    r"\b(?:sanctions?|aid|aided|funded|funding|spent|independence|colon(?:y|ies|ial|ised|ized)|"
    r"rule|ruled|empire|invaded|invasion|occupied|occupation|troops|military|allied|alliance|"
    r"treaty|embassy|ambassador|government|war|wars|supported|backed|mandate|protectorate)\b"
)
_STATE_AFFAIRS = re.compile(
    r"\b(?:government|governments|exile|embassy|ambassador|envoy|treaty|summit|conference|"
    r"parliament|minister|ministers|diplomat|diplomats|diplomatic|capital|headquarters|alliance|"
    r"alignment)\b"
)


def state_affairs(stem: str) -> bool:
    """True for a stem about a state's affairs: a government, an exile, an embassy, a treaty."""
    return bool(_STATE_AFFAIRS.search(stem))


def world_power(country: str, stem: str, years: list[int]) -> bool:
    """True for a great power in a stem about world affairs in the modern age (no France among
    the Song dynasty's enemies in 1140)."""
    return (
        country in POWERS
        and bool(_WORLD_AFFAIRS.search(stem))
        and all(y >= MODERN_AGE for y in years)
        and not _PREMODERN.search(stem)
    )


# The year each power's state was made, where that is within the powers' age: no Germany or
# Italy to take Florida in 1763, no United States in 1700
_FOUNDED = {"DE": 1871, "IT": 1861, "US": 1776}


def powers_beside(country: str, years: list[int], home: str) -> list[Place]:
    """The other powers of the stem's years, in the order of `POWERS`, without the country the
    article is set in (Italy is no country Mussolini declared war on)."""
    countries = gazetteer().countries
    return [
        countries[c]
        for c in POWERS
        if c != country and c in countries and power_then(c, years, home)
    ]


def power_then(code: str, years: list[int], home: str) -> bool:
    """True for a power that was a state in the stem's years, and not the country the article
    is set in."""
    return code in POWERS and code != home and all(y >= _FOUNDED.get(code, 0) for y in years)
