"""Review 5262 (docs/reviews/2026-12-07-seed-5262.md), drawn after review 3917's fixes: 21 of
40 acceptable, 19 worth asking.

Fixed, and pinned here:
- item 14: "King of Goodwill" (a book's title) written "King of Goodwill Zwelithini": a given
  name after "<Name> of" is part of that name;
- items 2, 5 and 36: the article's slips "from the aid of People's Republic of China" and
  "3,555 square Kilometers".
Open:
- items 6, 13, 16, 25, 27, 28, 29, 32 and 34: context only the paragraph or the article gives
  (whose population, whose corn, which survey, years in Bikram Sambat once "(Bikram Sambat)" is
  dropped);
- items 1 and 33: the article's own English (semicolon fragments, "in the advice and consent");
- items 8, 10 and 22: options ruled out by what learners know (Laos beside China and the USSR,
  "states and territories" for Australia, Tibet);
- item 23: "around 30" children beside an infobox of 29;
- worth asking: 21 of 40 judged trivia.
"""

from __future__ import annotations

import pytest

from questions.lint import Checked, hard_flaws

from .snippets import stem_of


def test_a_given_name_inside_a_title_of_is_not_written_in_full() -> None:
    text = (
        "= Goodwill Zwelithini =\n\nGoodwill Zwelithini (14 July 1948 – 12 March 2021) was the "
        "King of the Zulu nation. The King's authorized biography, King of Goodwill, was "
        "published in 2003. Goodwill married in 1969.\n"
    )
    stem = stem_of(text, "2003")
    assert stem is not None and "King of Goodwill," in stem.text
    married = stem_of(text, "1969")
    assert married is not None and "Goodwill Zwelithini" in married.text  # alone, in full


@pytest.mark.parametrize(
    ("stem", "flawed"),
    [
        (
            "On _____, a trolley bus system was set up from the aid of People's Republic of China.",
            True,
        ),
        (
            "On _____, a trolley bus system was set up with the aid of the People's Republic of China.",
            False,
        ),
        ("The park was established on _____ with an area of 3,555 square Kilometers.", True),
        ("The park was established on _____ with an area of 3,555 square kilometres.", False),
    ],
)
def test_the_article_s_slips(stem: str, flawed: bool) -> None:
    options = (("28 December 1975", True), ("24 February 1975", False), ("22 March 1975", False))
    flaws = hard_flaws(Checked("date", "cloze", stem, (*options, ("22 September 1976", False))))
    assert any("slip" in f for f in flaws) == flawed
