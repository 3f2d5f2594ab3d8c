"""Review 2468 (docs/reviews/2026-12-07-seed-2468.md), drawn after review 1234's fixes: 30 of
40 acceptable, 27 worth asking.

Fixed, and pinned here:
- item 11: "under age 40 on _____ 2014 of the year in which the medal is awarded": a day that
  says its year in words ("of the year in which …") gets no year written after it;
- item 25: "When was Line of Control established?": a title that is a noun and its "of" is
  written with "the" ("the Line of Control").
- item 20: "Bangladesh" for a priest of 1636 (also North Korea in 1894, review 1234 item
  38): a country whose name is modern is offered only in its years.
Open:
- items 1, 20, 33: context only the paragraph gives ("the Ministry", "reciprocated", "Marie");
- items 13, 28, 38: the key given away by common knowledge or the stem's label;
- items 21, 24, 33, 38: options the stem or history rules out ("France" in a French king's
  dispute, 2008 for President Clinton, Paris as a place of exile);
- worth asking: 13 of 40 judged trivia, and three pairs of items from one sentence.
"""

from __future__ import annotations

import pytest

import questions
from questions.distract.date_bounds import stem_years
from questions.distract.eras import named_then
from questions.infobox import subject

from .snippets import stem_of


def test_a_day_whose_year_the_stem_says_in_words_gets_no_year() -> None:
    text = (
        "= Fields Medal =\n\nThe Fields Medal is a prize awarded to mathematicians in 2014 and "
        "other years. The Fields Medal also has an age limit: a recipient must be under age 40 "
        "on 1 January of the year in which the medal is awarded.\n"
    )
    stem = stem_of(text, "1 January")
    assert stem is not None
    assert "_____ of the year in which" in stem.text, stem.text


def test_a_title_that_is_a_noun_and_its_of_takes_the() -> None:
    text = (
        "= Line of Control =\n\nInfobox\n- Established: 2 July 1972\n\nA military control line "
        'known as a "Line of Control" divides Kashmir. Pakistan\'s Line of Control posts stand '
        "on the ridges.\n"
    )
    doc = questions.read(text, "line-of-control.txt")
    assert subject(doc) == "the Line of Control"
    thomas = questions.read("= Thomas Edison =\n\nThomas Edison was an inventor.\n", "t.txt")
    assert subject(thomas) == "Thomas Edison"


@pytest.mark.parametrize(
    ("stem", "name", "offered"),
    [
        ("In 1636, Guillaume Courtet, a French priest, set foot in _____.", "Bangladesh", False),
        ("During the First Sino-Japanese War in 1894, Japan absorbed _____.", "North Korea", False),
        ("In 2005, the treaty was signed in _____.", "Soviet Union", False),
        ("In 1975, the treaty was signed in _____.", "Soviet Union", True),
        ("In 1972, the treaty was signed in _____.", "Bangladesh", True),
        ("The treaty was signed in _____.", "Bangladesh", True),  # no year: no bound
        ("In 1636, the priest sailed to _____.", "Italy", True),  # an old name of a land
    ],
)
def test_a_country_is_offered_only_in_its_years(stem: str, name: str, offered: bool) -> None:
    assert named_then(name, stem_years(stem)) is offered
