"""Review 7777 (docs/reviews/2026-12-07-seed-7777.md), drawn after review 2222's fixes: 23 of
40 acceptable, 16 worth asking.

Fixed, and pinned here:
- items 17, 20 and 30: "the congregation had been in existence for around _____", "the first
  log schoolhouse burned down", "the stone schoolhouse which replaced the log structure": a
  congregation or a schoolhouse the stem does not name leans on the paragraph.
Open:
- items 10 and 22: "the Bey" in Moncef Bey's article (the subject by his title; another Bey is
  as likely in a dynasty's article);
- items 11, 23 and 28: "the farmhouse", "the ground", "also revealed the 20 statues": context
  only the paragraph gives;
- item 31: a share with no census year;
- items 4, 7, 18 and 32: options ruled out by what learners know (beer strengths for a liqueur,
  islands with no tie to the EU, decades before the Court of Justice, South American rivers in
  Ontario);
- items 15, 33 and 36: the article's own English;
- item 35: the Lisbon Treaty's year of signing and of force;
- worth asking: 24 of 40 judged trivia (census counts, case details, exact days).
"""

from __future__ import annotations

import pytest

from .snippets import dangling_word


@pytest.mark.parametrize(
    ("stem", "dangles"),
    [
        ("The congregation had been in existence for around 30 years.", "The congregation"),
        (
            "The first log schoolhouse burned down and was rebuilt in 1850.",
            "The first log schoolhouse",
        ),
        ("The congregation of St. Paul's Church had been in existence for 30 years.", None),
    ],
)
def test_a_congregation_or_schoolhouse_the_stem_does_not_name(
    stem: str, dangles: str | None
) -> None:
    assert dangling_word(stem) == dangles
