"""Review 9090 (docs/reviews/2026-12-07-seed-9090.md), drawn after review 8181's fixes: 28 of
40 acceptable, 17 worth asking.

Fixed, and pinned here:
- item 21: "a population of _____ …, a change of -0.9% from its 2016 population of 9,631":
  a percentage change and one count give the other count by arithmetic.
Open:
- items 7, 17, 18, 29, 37, 38, 39: context only the paragraph gives ("the farmhouse", "the
  cemetery", "reciprocated"), and a township's name set before sentences about one of its
  hamlets;
- item 24: "the vast majority" rules out options below two thirds;
- item 5: a census year among years that are none;
- item 3: realms that never had their own kings ("James IV of Wales");
- items 13, 39: the article's own English.
"""

from __future__ import annotations

import questions


def _flaws(stem: str, key: str) -> list[str]:
    options = ((key, True), ("12,709", False), ("14,717", False), ("16,571", False))
    return questions.hard_flaws(questions.Checked("figure", "cloze", stem, options))


def test_a_percentage_change_and_one_count_give_the_other() -> None:
    stem = (
        "In the 2021 Census of Population, Elizabethtown-Kitley had a population of _____ "
        "living in 3,791 of its 4,029 total private dwellings, a change of -0.9% from its 2016 "
        "population of 9,631."
    )
    assert "the stem's numbers give the answer" in _flaws(stem, "9,545")
    other = stem.replace("_____", "9,545").replace("of 9,631.", "of _____.")
    assert "the stem's numbers give the answer" in _flaws(other, "9,631")
    dwellings = stem.replace("_____", "9,545").replace("3,791", "_____")
    assert "the stem's numbers give the answer" not in _flaws(dwellings, "3,791")
