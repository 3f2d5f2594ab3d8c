"""Review 5417 (docs/reviews/2026-12-07-seed-5417.md): the families of the items marked bad.

Fixed, and pinned here:
- item 1: "On 25 December 1915, in Treviglio, he married …": a second, lower-case opening phrase
  before the pronoun still lets it mean the subject;
- item 36: a metropolis's boroughs are parts of it, no options: New York City is not offered
  Queens, Staten Island and the Bronx (a town of five million or more reaches 25 km);
- items 23, 40: the article's "In 1958. the Richard Byrd library" runs on (pinned in
  test_lint.py), and item 33: a capitalised word before the counted noun ("_____ Connecticut
  firms: Colt's …, and …") still lists what the blank counts (test_lint.py).
Open: items 11, 15, 19, 27, 38 (context only the paragraph gives: a bare "he", "other
teams", a player by surname, "the free advertisement"), item 21 (a topic "Super Bowl 50:" on a
regular-season statistic), item 4 ("his earliest (and one of the best known) was" loses its
noun with the aside), items 5, 9, 12, 31, 34, 38, 39 (options ruled out by knowledge or the
stem: a pass caught at the 35 cannot be 90 yards; Italy's own islands "regarding France"),
item 29 (a year inside the key's own span, 1933 for the 1933–1934 expedition), and "worth
asking" (game statistics, honours).
"""

from __future__ import annotations

from questions.distract.place_neighbours import same_town
from questions.gazetteer import gazetteer
from questions.model import PlaceValue


def _value(name: str, country: str) -> PlaceValue:
    p = max(
        (p for p in gazetteer().lookup(name) if p.country == country), key=lambda p: p.population
    )
    return PlaceValue(name, "city", country, p.admin1, p.lat, p.lon, p.population)


def test_a_metropolis_reaches_its_boroughs() -> None:
    nyc = _value("New York City", "US")
    for borough in ("Queens", "The Bronx"):
        place = next(p for p in gazetteer().lookup(borough) if p.country == "US")
        assert same_town(nyc, place), borough
    chicago = next(p for p in gazetteer().lookup("Chicago") if p.country == "US")
    assert not same_town(nyc, chicago)


def test_a_town_reaches_only_its_own_districts() -> None:
    venice = _value("Venice", "IT")
    padua = next(p for p in gazetteer().lookup("Padova") if p.country == "IT")
    assert not same_town(venice, padua)


def test_he_after_two_opening_phrases_is_the_subject(stem_text) -> None:
    text = (
        "= Benito Mussolini =\n\nBenito Mussolini (29 July 1883 – 28 April 1945) was an Italian "
        "politician. He was born in Predappio.\n\nOn 25 December 1915, in Treviglio, he married "
        "Rachele Guidi.\n"
    )
    assert stem_text(text, "Treviglio") == (
        "On 25 December 1915, in _____, Benito Mussolini married Rachele Guidi."
    )
