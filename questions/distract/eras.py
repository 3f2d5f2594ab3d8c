"""The years in which a country's name stands for a state: a stem set in 1636 takes no
Bangladesh, one set in 1894 no North Korea, one set in 2005 no Soviet Union. Only names that
are themselves modern are listed; a name older than its state ("Italy", "India", "Turkey") may
stand for the land at any time."""

from __future__ import annotations

import re

from ..text import fold

# name → (first year, last year) of the state the name stands for
_NAMED: dict[str, tuple[int, int]] = {
    "Bangladesh": (1971, 9999),
    "Pakistan": (1947, 9999),
    "North Korea": (1948, 9999),
    "South Korea": (1948, 9999),
    "Israel": (1948, 9999),
    "Saudi Arabia": (1932, 9999),
    "Iraq": (1932, 9999),  # Ottoman provinces, then a British mandate, before
    "Syria": (1946, 9999),
    "Lebanon": (1943, 9999),
    "Iran": (1935, 9999),  # Persia before
    "Jordan": (1946, 9999),
    "Indonesia": (1945, 9999),
    "Malaysia": (1963, 9999),
    "Zimbabwe": (1980, 9999),
    "Zambia": (1964, 9999),
    "Malawi": (1964, 9999),
    "Tanzania": (1964, 9999),
    "Ghana": (1957, 9999),
    "Botswana": (1966, 9999),
    "Namibia": (1990, 9999),
    "Lesotho": (1966, 9999),
    "Burkina Faso": (1984, 9999),
    "Benin": (1975, 9999),
    "Belarus": (1991, 9999),
    "Kazakhstan": (1936, 9999),
    "Uzbekistan": (1924, 9999),
    "Kyrgyzstan": (1936, 9999),
    "Tajikistan": (1929, 9999),
    "Turkmenistan": (1924, 9999),
    "Slovakia": (1993, 9999),
    "Czech Republic": (1993, 9999),
    "Slovenia": (1991, 9999),
    "North Macedonia": (2019, 9999),
    "Timor-Leste": (2002, 9999),
    "Timor Leste": (2002, 9999),
    "East Timor": (2002, 9999),
    "Papua New Guinea": (1975, 9999),
    "Vietnam": (1945, 9999),  # French Indochina before
    "South Sudan": (2011, 9999),
    "Eritrea": (1890, 9999),  # the Italian colony's name before the state's
    "Sri Lanka": (1972, 9999),
    "Myanmar": (1989, 9999),
    "Thailand": (1939, 9999),
    "Belize": (1973, 9999),  # British Honduras before
    "Northern Ireland": (1921, 9999),
    "Soviet Union": (1922, 1991),
    "Yugoslavia": (1918, 1992),
    "Czechoslovakia": (1918, 1992),
    "East Germany": (1949, 1990),
    "West Germany": (1949, 1990),
}
_BY_FOLD = {fold(name): years for name, years in _NAMED.items()}


def named_then(name: str, years: list[int]) -> bool:
    """False when every year of the stem lies outside the years in which the name stood for a
    state: no option that did not yet (or no longer) exist."""
    span = _BY_FOLD.get(fold(name))
    if span is None or not years:
        return True
    return any(span[0] <= y <= span[1] for y in years)


# An age the stem names instead of a year, and a year inside it: "Throughout the Middle Ages,
# Newcastle was _____'s northern fortress" takes no Northern Ireland
_AGES = (
    (re.compile(r"\bMiddle Ages\b|\b[Mm]edieval\b"), 1200),
    (re.compile(r"\bAnglo-Saxons?\b|\bViking Age\b"), 800),
    (re.compile(r"\bRoman (?:Imperial|Empire|rule|times|Britain)\b|\b[Aa]ntiquity\b"), 200),
)


def age_years(stem: str) -> list[int]:
    """A year inside each age the stem names ("the Middle Ages": 1200)."""
    return [year for pattern, year in _AGES if pattern.search(stem)]
