"""Review 8585 (docs/reviews/2026-12-08-seed-8585.md), the last of the round: 24 of 40
acceptable, 10 worth asking (European Union law's court cases and the Teacher article's
salaries).

Fixed, and pinned here:
- item 26: "worked for _____, from age 18 to 28": the span the stem gives is the answer.
Open:
- items 8, 30, 33 and 36: options ruled out by what learners know (member states beside
  Gibraltar, retirement at 46, a pay scale's next step, a stay ending years before the return);
- item 9: "into four quadrants" gives "two" walkways by arithmetic;
- items 22, 27, 32, 34 and 38: a count that changed since ("28" member states), "along the
  walls", "the chamber", a survey with no country or year, "exceptions" to what;
- items 5, 6, 12, 23 and 39: the article's own English ("four pointed stars");
- worth asking: 30 of 40 judged trivia.
"""

from __future__ import annotations

import pytest

from questions.counts_given import given_by_the_stem


@pytest.mark.parametrize(
    ("answer", "given"),
    [("10 years", True), ("12 years", False)],
)
def test_from_age_to_age_gives_the_span(answer: str, given: bool) -> None:
    stem = (
        "Ms Kücükdeveci worked for _____, from age 18 to 28, for Swedex GmbH & Co KG before her "
        "dismissal."
    )
    assert bool(given_by_the_stem(stem, answer)) == given
