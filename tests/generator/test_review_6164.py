"""Review 6164 (docs/reviews/2026-12-07-seed-6164.md), drawn after review 4396's fixes: 25 of
40 acceptable, 17 worth asking.

Fixed, and pinned here:
- item 23: "_____ more general concepts that apply to …: prime elements and irreducible
  elements": a list that closes the stem after a colon gives the count.
Open:
- items 2, 7, 11, 12, 16, 19, 20, 21 and 33: options ruled out by what learners know or by the
  stem's own sequence (the Seine and the Thames for Warsaw, dates after Napoleon's defeat, the
  Palace of Culture and Science among rococo palaces, 2008 after 2006 and 2007);
- items 29 and 31: "the triad", "suggested it" (context the paragraph gives);
- item 8: a century the article also gives to other buildings;
- items 4 and 24: the article's own English ("in actuality", "Dating back to 1936 Warsaw
  Historical Museum");
- worth asking: 23 of 40 judged trivia.
"""

from __future__ import annotations

import pytest

from questions.counts_given import given_by_the_stem


@pytest.mark.parametrize(
    ("stem", "answer", "given"),
    [
        (
            "Prime numbers give rise to _____ more general concepts that apply to elements of any "
            "commutative ring: prime elements and irreducible elements.",
            "two",
            True,
        ),
        (
            "The _____ newest launch complexes were already being built at the northernmost end: "
            "LC-34 and LC-37.",
            "two",
            True,
        ),
        (  # as many members as another answer: no giveaway of this one
            "Prime numbers give rise to _____ more general concepts that apply to any ring: "
            "prime elements and irreducible elements.",
            "three",
            False,
        ),
        (  # a colon before the blank opens no list of what it counts
            "Two concepts: prime elements and _____ irreducible elements.",
            "two",
            False,
        ),
    ],
)
def test_a_list_that_closes_the_stem_gives_its_count(stem: str, answer: str, given: bool) -> None:
    flaws = given_by_the_stem(stem, answer)
    assert ("stem lists what the blank describes" in flaws) == given
