"""Review 1846 (docs/reviews/2026-12-07-seed-1846.md), drawn after review 7159's fixes: 25 of
40 acceptable, 16 worth asking.

Fixed, and pinned here:
- item 12: "The second, AS-202 on August 25, …": the second of what?
- item 17: "When had the Soviet Union sent …?": a standalone question asks "When did … send";
- item 18: "They had _____ children – Richard …, Evelyn …, Katharine … and Helen …": the names
  give the count (an irregular plural counts as well as a regular one).
Open:
- items 10, 13, 16, 20 and 36: context the paragraph gives ("the walls", "the Special Mission",
  whose votes);
- items 2, 27 and 28: the article's own English ("earthern", "four pointed stars", a caption);
- item 19: an infobox's years of service that the article's text goes past;
- item 22: "into four quadrants" gives the number of walkways;
- items 29 and 30: options true by what learners know (the Middle Stone Age's end, millstones
  in the 20th century);
- worth asking: 24 of 40 judged trivia.
"""

from __future__ import annotations

from questions.counts_given import given_by_the_stem
from questions.dangling import ANAPHOR

from .snippets import stem_of


def test_an_ordinal_with_a_name_after_its_comma_leans_back() -> None:
    found = ANAPHOR.search("The second, AS-202 on August 25, reached 617.1 nautical miles.")
    assert found is not None and found.group(0) == "The second,"


def test_a_past_perfect_is_asked_in_the_past() -> None:
    text = (
        "= Apollo program =\n\nThe Apollo program was a space program. The Soviet Union had sent "
        "animals around the Moon on September 15, 1968.\n"
    )
    stem = stem_of(text, "September 15, 1968")
    assert stem is not None
    assert stem.text.endswith("When did the Soviet Union send animals around the Moon?")


def test_names_after_a_dash_count_children() -> None:
    stem = (
        "They had _____ children – Richard Evelyn Byrd III, Evelyn Bolling Byrd Clarke, "
        "Katharine Agnes Byrd Breyer, and Helen Byrd Stabler."
    )
    assert given_by_the_stem(stem, "four") == ["stem lists what the blank describes"]
