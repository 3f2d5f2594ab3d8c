"""Review 7258 (docs/reviews/2026-12-08-seed-7258.md): 25 of 40 acceptable, 14 worth asking.

Fixed, and pinned here:
- item 27: "construction workers in the US/_____" is true whatever the other country: a pair
  written with a slash is not asked;
- item 40: "higher average salaries than in _____ for example": one example of what the
  comparison holds for, the others as true: not asked (but "In _____, for example, classroom
  discipline is problematic" tells of that one country and is asked);
- items 20, 21, 22, 29 and 40: "The general meeting", "the data", "The results" lean on what
  came before.
Open:
- items 3, 37 and 39: another year is defensible (a rate near three times in several years, any
  year's salary survey, a graduation the article dates twice);
- items 11, 14, 24 and 30: options ruled out by the stem's words or by what learners know
  (adult ages for "adolescent patients", "the 1930s and _____", Iceland as a British prison in
  1916, dates before the release the stem states);
- items 24 and 38: "their power" with the British not named;
- item 9: "presided the second general meeting", the article's own English.
"""

from __future__ import annotations

import random

import pytest

from questions import distract
from questions.distract import places
from questions.distract.place_stems import settled

from .snippets import dangling_word, doc_facts


@pytest.mark.parametrize(
    ("text", "stem"),
    [
        (
            "Some construction workers in the US and in Canada have made more than $100,000 "
            "annually in 2010.",
            "Some construction workers in the US/_____ have made more than $100,000 annually.",
        ),
        (
            "Areas of strong growth, such as the Middle East, yield higher salaries than in the UK "
            "in 2010.",
            "Areas of strong growth yield higher salaries than in _____ for example.",
        ),
    ],
)
def test_a_pair_or_an_example_is_not_asked(text: str, stem: str) -> None:
    doc, facts = doc_facts(text)
    key = next(f for f in facts if f.text in ("Canada", "UK"))
    pool = distract.Pool([f for f in facts if f.kind == "place"])
    assert places.choose(key, pool, stem, random.Random(1)) is None


@pytest.mark.parametrize(
    ("stem", "word"),
    [
        (
            "The general meeting was held over three days starting from 19 November.",
            "The general meeting",
        ),
        ("In 2014, ENR compiled the data in nine market segments.", "the data"),
        ("The results showed that the Middle East pays more.", "The results"),
    ],
)
def test_a_meeting_data_or_results_lean_back(stem: str, word: str) -> None:
    assert dangling_word(stem) == word


def test_an_example_that_tells_of_one_place_is_asked() -> None:
    stem = (
        "In _____, for example, although average attainment on standardized tests may exceed "
        "those in Western countries, classroom discipline is highly problematic."
    )
    assert not settled(stem, "Japan")
    assert settled("Salaries are higher in the Middle East than in _____ for example.", "the UK")
