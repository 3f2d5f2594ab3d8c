"""Review 8642 (docs/reviews/2026-12-07-seed-8642.md): a count the paragraph dates.

Item 8 asked for an enrolment figure with no date, where the paragraph opened "As of August
2010, …": counts change, so the stem says when this one was true.
"""

from __future__ import annotations

import pytest

PLACE = "= Victoria (Australia) =\n\nVictoria is a state in southeastern Australia.\n\n"
STATS = (
    "As of August 2010, Victoria had 1,548 public schools. More than 462,000 students were "
    "enrolled in primary schools. Victoria has about 63,519 full-time teachers.\n"
)


@pytest.mark.parametrize(
    ("fact", "expected"),
    [
        (
            "More than 462,000",
            "In Victoria, as of August 2010, _____ students were enrolled in primary schools.",
        ),
        ("about 63,519", "As of August 2010, Victoria has _____ full-time teachers."),
    ],
)
def test_a_figure_in_a_dated_paragraph_carries_its_date(
    stem_text, fact: str, expected: str
) -> None:
    assert stem_text(PLACE + STATS, fact) == expected


def test_a_figure_that_says_its_own_year_keeps_it(stem_text) -> None:
    text = PLACE + (
        "As of August 2010, Victoria had 1,548 public schools. In 2012 Victoria had about 63,519 "
        "teachers.\n"
    )
    made = stem_text(text, "about 63,519")
    assert made is not None and "August 2010" not in made, made


def test_a_figure_in_an_undated_paragraph_is_not_dated(stem_text) -> None:
    text = PLACE + "Victoria had 1,548 public schools. Victoria has about 63,519 teachers.\n"
    made = stem_text(text, "about 63,519")
    assert made is not None and "As of" not in made, made
