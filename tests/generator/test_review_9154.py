"""Review 9154 (docs/reviews/2026-12-07-seed-9154.md): the families of the items marked bad.

Fixed, and pinned here:
- item 23: a day written without its year in a trial's narrative ("On 27 July, Toohey
  introduced …") took the year of the crime a sentence before recalled ("On 20 July, … the
  children's deaths on 16 September 2021") instead of the trial's (2023), so the year the stem
  added was wrong. An earlier year in a sentence dated by its own day or month recalls the past
  and no longer moves the narrative's year.
- items 1, 14: a stem that names the key's people ("the Tswana people of _____", "the Italian
  ambassador … a treaty with _____") gives the place away: no place item.
Open:
- item 6: one sentence of the article contradicts the rest (26 against 16 September);
- items 2, 16, 29: the stem gives the answer away ("two
  observations, the photoelectric effect, and the nonexistence of the ultraviolet catastrophe",
  "traveled to China where they arrived in _____", a quoted testimony that lists the three
  works of grace);
- item 17: "never many more than 50–60": the larger options are true as well;
- items 9, 10, 26, 32: options no learner would pick (centuries far from Galileo's, Andorra's
  lieutenant governor), and item 26: Guernsey and the Isle of Man have a Government House too;
- items 18, 22, 23, 24, 28, 40: context only the paragraph gives ("the revival", "the jury's
  verdict", a topic "Government House:" without "Jersey");
- item 39: the article's misspelling ("candelight").
"""

from __future__ import annotations

import pytest

from questions.distract import place_stems


def test_a_date_recalled_in_a_clause_does_not_re_date_the_narrative(stem_text) -> None:
    text = (
        "= Trial =\n\nThe trial was a court case.\n\nThe trial began on 17 July 2023. On 20 "
        "July, the court heard witnesses who were present on the night of the deaths on 16 "
        "September 2021. On 27 July, Toohey introduced the first expert witness.\n"
    )
    made = stem_text(text, "27 July")
    assert made is None or "2021" not in made, made


@pytest.mark.parametrize(
    ("stem", "key", "given"),
    [
        ("He worked among the Tswana people of _____.", "Botswana", True),
        ("The Italian ambassador offered a new treaty with _____.", "Italy", True),
        ("The Portuguese attacked any nation other than _____.", "Portugal", True),
        (
            "The Chinese captured Myitkyina and pushed the Japanese back to the _____.",
            "Chindwin",
            False,
        ),
        ("Born in _____ to Charles P. Snyder, he attended college.", "Charleston", False),
    ],
)
def test_a_people_named_in_the_stem_gives_its_country_away(
    stem: str, key: str, given: bool
) -> None:
    # items 1, 14 (and review 4782 item 3): "the Tswana people of _____"
    assert place_stems.people_of(stem, key) is given
