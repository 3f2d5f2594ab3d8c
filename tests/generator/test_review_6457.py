"""Review 6457 (docs/reviews/2026-12-07-seed-6457.md): the families of the items marked bad.

Fixed, and pinned here:
- item 21: a country's abbreviation before a name ("trespassing on U.S. Navy property") is an
  adjective: no place item, whose options would read "Canada Navy property";
- item 27: "by _____ of the then 12 member states": the blank is a part of the whole the stem
  states, so no option above 12;
- item 30: "_____ main events, host cell death, inflammation, and parasite invasion": a count
  followed by its members, lower-case phrases too, gives the answer away.
Open: item 1 (a district the paragraph also names as a later step), item 4 ("the location of
the infection" written "the location of Amoebiasis"), item 6 (union territories offered for
"the Indian state of _____"), items 7, 8 (the article's own broken sentence, a cut at "FCC
v."), item 10 (decade-spaced years after a visitor's death), items 18, 28 (context only the
paragraph gives), item 20 (a treaty signed in 2007 and in force in 2009), items 29, 40
(options beyond what any learner would weigh: 45 member states, a retirement age of 90),
item 33 (the article gives two rural shares).
"""

from __future__ import annotations

import random

import pytest

import questions
from questions.distract import places
from questions.distract.common import Pool
from questions.distract.figure_bounds import limits
from questions.lint import Checked, hard_flaws


def _facts(text: str, kind: str) -> list[questions.Fact]:
    doc = questions.read("= Law =\n\nLaw is a system.\n\n" + text + "\n", "s.txt")
    return [f for f in questions.extract(doc, questions.segment(doc)) if f.kind == kind]


def test_an_abbreviation_before_a_name_is_no_place() -> None:
    facts = _facts(
        "She trespassed on U.S. Navy property in 2001. Canada, Cuba and Mexico protested.",
        "place",
    )
    key = next(f for f in facts if f.text == "U.S.")
    stem = "She trespassed on _____ Navy property in 2001."
    assert places.choose(key, Pool(facts), stem, random.Random(7)) is None


def test_a_part_of_the_then_whole_stays_below_it() -> None:
    facts = _facts("The Charter was adopted in 1989 by 11 of the then 12 member states.", "figure")
    key = next(f for f in facts if f.text == "11")
    assert limits(key).below <= 13


@pytest.mark.parametrize(
    ("stem", "flawed"),
    [
        ("Damage is a result of _____ main events, cell death, inflammation, and invasion.", True),
        ("Damage is a result of _____ main events, most of them rare, and invasion.", False),
    ],
)
def test_a_count_of_the_phrases_it_lists_is_a_hard_flaw(stem: str, flawed: bool) -> None:
    checked = Checked(
        "figure", "cloze", stem, (("three", True), ("four", False), ("five", False), ("six", False))
    )
    assert any("lists what the blank describes" in f for f in hard_flaws(checked)) == flawed
