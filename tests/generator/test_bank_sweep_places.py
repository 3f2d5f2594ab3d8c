"""Place facts and options found wrong by reading the corpus's banks:

- "the Temple in Jerusalem", "the Commonwealth": an English noun after "the" that the gazetteer
  knows only as a town (Temple, Texas) is a building or an institution, not a place;
- a blank in a list that ends "… and other countries" has no wrong options: any other country
  would be true as well (the open list of "including …", from its other end).
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
