"""Review 3198 (docs/reviews/2026-12-07-seed-3198.md): the families of the items marked bad.

Fixed, and pinned here:
- item 33: a chemical formula whose subscript the page put on a line of its own ("an air
  mixture with 21% O 2") is written as a formula ("O₂") in the stem.
Open: items 7, 11, 20, 36 (the stem or a convention rules the options out: "at least 4 weeks"
is 28 days, article 85 and article 86 are two provisions, a graduating senior's four years,
the "middle 50% band"), items 21, 34 (options made by small shifts: £2, £3, £4 beside £1; SAT
bands that are no scores), item 34 (an SAT band "1420–1530" read as a span of years), items
17, 19, 31 (context only the paragraph gives: who banned the fairs, which Sweet Sixteen, whose
votes), item 28 (the article's unclosed appositive), and "worth asking" (26 of 40).
"""

from __future__ import annotations

import pytest

from questions.grammar import clean


@pytest.mark.parametrize(
    ("text", "tidied"),
    [
        ("It occurs with 21% O 2 at 66 m of depth.", "It occurs with 21% O₂ at 66 m of depth."),
        ("It emits CO 2 and N 2O.", "It emits CO₂ and N 2O."),
        ("Apollo 11 flew in July.", "Apollo 11 flew in July."),
        ("Gate C 12 is closed.", "Gate C 12 is closed."),
    ],
)
def test_a_formula_broken_by_the_layout_is_mended(text: str, tidied: str) -> None:
    assert clean(text) == tidied
