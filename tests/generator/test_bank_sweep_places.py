"""Place facts and options found wrong by reading the corpus's banks:

- "the Temple in Jerusalem", "the Commonwealth": an English noun after "the" that the gazetteer
  knows only as a town (Temple, Texas) is a building or an institution, not a place;
- a town or state written with a "the" it never takes names a ship or a river ("fitting out the
  Connecticut at the Navy Yard", "east of the Mississippi"), or begins a longer name ("the
  Baltimore and Ohio Railroad"): its options would be states; nor is the first word of a name
  that goes on in lower case ("Château-l'Hermitage");
- a blank in a list that ends "… and other countries" has no wrong options: any other country
  would be true as well (the open list of "including …", from its other end);
- a stem that names the country's people by a word unlike the country's name ("the Dutch
  Customs Authorities", "a French duke", "an Irish immigrant") or a large town of it inside a
  longer name ("Kyoto Imperial University") gives the country away (reviews 4782, 2719).
"""

from __future__ import annotations

import random

import pytest

import questions
from questions.distract import places
from questions.distract.common import Pool


def _places(text: str) -> list[questions.Fact]:
    doc = questions.read(text, "s.txt")
    return [f for f in questions.extract(doc, questions.segment(doc)) if f.kind == "place"]


def test_an_english_noun_after_the_is_no_town() -> None:
    text = (
        "= Protest =\n\nProtest is an act.\n\nUnarmed Jews gathered to prevent the installation "
        "of images in the Temple in Jerusalem. Later, a temple was built in Temple, Texas.\n"
    )
    assert [f.text for f in _places(text)] == ["Jerusalem", "Temple", "Texas"]


@pytest.mark.parametrize(
    ("stem", "asked"),
    [
        ("Detention is common in the United States, _____, Ireland and other countries.", False),
        (
            "Detention is common in the United States, Ireland, _____ and many other countries.",
            False,
        ),
        ("Detention is common in the United States and _____.", True),
    ],
)
def test_a_place_in_a_list_of_some_among_others_is_not_asked(stem: str, asked: bool) -> None:
    text = (
        "= School =\n\nA school is an institution.\n\nDetention is common in the United States, "
        "the United Kingdom, Ireland, Singapore, France, Germany and Italy.\n"
    )
    facts = _places(text)
    key = next(f for f in facts if f.text == "Singapore")
    made = places.choose(key, Pool(facts), stem, random.Random(7))
    assert (made is not None) is asked


@pytest.mark.parametrize(
    ("text", "name", "place"),
    [
        (
            "In 1906 he assisted in fitting out the Connecticut at the Navy Yard.",
            "Connecticut",
            False,
        ),
        (
            "France ceded its territory east of the Mississippi to Great Britain.",
            "Mississippi",
            False,
        ),
        ("Troops burned two bridges on the Baltimore and Ohio Railroad.", "Baltimore", False),
        ("He taught on the Chicago campus of the university.", "Chicago", True),
        ("In 1906 he sailed from Connecticut to Maine.", "Connecticut", True),
        # a name that goes on in lower case is not its first word
        ("He was eager to seize Château-l'Hermitage from the English.", "Château", False),
        ("He moved to Stoke-on-Trent in 1906.", "Stoke", False),
        ("He worked for the London-based Times.", "London", True),
    ],
)
def test_a_state_or_town_after_a_the_it_never_takes_is_none(
    text: str, name: str, place: bool
) -> None:
    found = [f.text for f in _places("= Navy =\n\nThe navy is a force.\n\n" + text + "\n")]
    assert (name in found) is place, found


@pytest.mark.parametrize(
    ("stem", "key"),
    [
        # a people's word that shares little with its country's name
        ("The Dutch Customs Authorities seized the plastics imported to _____.", "the Netherlands"),
        ("A French duke of Angoulême was born in _____ in 1551.", "France"),
        ("The Irish immigrant from Newbliss, _____, named the community.", "Ireland"),
        # a large town of the country inside a longer name
        ("He became professor at Kyoto Imperial University in _____ in 1921.", "Japan"),
    ],
)
def test_a_stem_that_names_the_country_s_people_or_town_gives_it_away(stem: str, key: str) -> None:
    text = (
        "= Sea trade =\n\nThe trade reached Japan, Ireland, France, the Netherlands, Germany, "
        "Belgium, Spain, Portugal, Italy and China in 1900.\n"
    )
    facts = _places(text)
    fact = next(f for f in facts if f.text == key.removeprefix("the "))
    assert places.choose(fact, Pool(facts), stem, random.Random(1)) is None
    # a stem that names neither gets its options
    plain = "The plastics were imported to _____ in 1990."
    assert places.choose(fact, Pool(facts), plain, random.Random(1)) is not None
