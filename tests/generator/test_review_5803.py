"""Review 5803 (docs/reviews/2026-12-07-seed-5803.md): the families of the items marked bad.

- item 17: a people's adjective after the place stays capitalised ("In Warsaw, Polish civilian
  deaths …", not "polish");
- item 21: "If" after the place is written lower-case ("In Warsaw, if the mayor vetoes …");
- item 28: "Sunni Muslim" read as a person's name wrote "Sunni Muslim rule" for "Muslim rule"
  (and "an Sunni Islamic rebellion"): a faith is no given name or surname.
Open: items 2, 17, 27, 29, 30, 36, 37, 39 (a referent or an event only the paragraph names:
"carved it out", "the last two models listed", the Warsaw Uprising), 8 (an infobox's "Years of
service" asked of a man who served in several offices), 3 (an infobox and a text
that disagree on a date), 9, 11, 20, 22 (place options of another kind or era: regions for a
country, modern provinces for a medieval battle), 15, 21, 23, 26 (figure options the stem rules
out: "two" beside "two-thirds" for a majority, shares that must add up to 100%), 11 and 18 (the
article's own wording: "influence of", a comma between subject and verb; "Koln").
"""

from __future__ import annotations

import pytest

PLACE = "= Victoria (Australia) =\n\nVictoria is a state in southeastern Australia.\n\n"


@pytest.mark.parametrize(
    ("text", "fact", "expected"),
    [
        (  # item 17
            PLACE + "Polish civilian deaths are estimated at between 150,000 and 200,000.\n",
            "150,000 and 200,000",
            "In Victoria, Polish civilian deaths are estimated at between _____.",
        ),
        (  # item 21
            PLACE + "If the mayor vetoes a bill, the Council has 30 days to override the veto.\n",
            "30 days",
            "In Victoria, if the mayor vetoes a bill, the Council has _____ to override the veto.",
        ),
    ],
)
def test_the_sentence_after_the_place_keeps_its_case(
    stem_text, text: str, fact: str, expected: str
) -> None:
    assert stem_text(text, fact) == expected


def test_a_faith_is_no_name(stem_text) -> None:
    text = (
        "= History of Kashmir =\n\nKashmir has a long history. Its Sunni Muslim majority grew.\n\n"
        "After four centuries of Muslim rule, Kashmir fell to the Sikhs in 1819.\n"
    )
    made = stem_text(text, "1819")
    assert made is not None and "Sunni" not in made, made
