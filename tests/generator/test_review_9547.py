"""Review 9547 (docs/reviews/2026-12-08-seed-9547.md), the last of the round: 25 of 40
acceptable, 14 worth asking.

Fixed, and pinned here:
- item 12: "The _____ sources of European Union law are primary law, secondary law and
  supplementary law": a list after a copula whose members share their head noun counts itself;
- item 14: "The _____ orphan brothers Gilles de Rais and René were raised …": names right after
  the counted noun count themselves, the clause after the last one left aside.
Open:
- items 24 and 33: members with qualifiers of their own ("Broughton Hospital in Morganton and
  Cherry Hospital in Goldsboro", "article 85, which …, and article 86") still give the count;
- items 2, 6, 9 and 19: context only the paragraph gives ("his master", what the Court refused,
  whose workshops, what was amended);
- items 10, 18, 32, 34 and 38: options the story rules out (dates before the move reported, a
  province among towns, "a France firm", a German case name for Austria);
- item 20: 410,000 square feet converts to the key in acres;
- worth asking: 26 of 40 judged trivia.
"""

from __future__ import annotations

import pytest

from questions.counts_listed import lists_what_it_counts


@pytest.mark.parametrize(
    ("stem", "answer", "given"),
    [
        (
            "The _____ sources of European Union law are primary law, secondary law and "
            "supplementary law.",
            "three",
            True,
        ),
        (
            "The _____ orphan brothers Gilles de Rais and René were raised by their maternal "
            "grandfather, Jean de Craon.",
            "two",
            True,
        ),
        # not a list of names or of one noun's kinds
        ("The _____ brothers were strong and won the war.", "two", False),
        ("The _____ sources of the river are small and cold.", "two", False),
        # a list of another count than the key's
        ("The _____ brothers Gilles and René were raised by their grandfather.", "three", False),
    ],
)
def test_a_list_after_the_counted_noun_gives_the_count(stem: str, answer: str, given: bool) -> None:
    assert lists_what_it_counts(stem, answer) == given
