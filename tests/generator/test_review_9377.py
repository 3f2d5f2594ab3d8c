"""Review 9377 (docs/reviews/2026-12-07-seed-9377.md): each family of the items marked bad.

- item 26: "His widow" after a sentence in which another man acts ("Concini was killed") is
  his widow, not the subject's: the pronoun is not resolved to the subject;
- item 16: "Anne of _____" blanks a royal style, not a place to choose;
- item 17: a list whose members were asides ("criteria (i), (ii), and (iv)") leaves ",, and.".
Items 7 and 10 (a site beyond the place set in it: "In Newcastle, the extent of Hadrian's Wall
was 73 miles") are pinned in test_review_9931.py. Open: 15 ("the city" written out twice in
one stem), 27 and 34 ("the other madrasas", "the father's death"), 6, 23 and 37 (a key unlike
its options in form: "two or three" among "five or eight"; an exact count among round ones), 1,
14 and 40 (options the stem's own place rules out: other continents for a market in
Newcastle).
"""

from __future__ import annotations

from questions import Checked, hard_flaws
from questions.distract.place_stems import _styled_name

KING = (
    "= Louis XIII =\n\nLouis XIII (27 September 1601 – 14 May 1643) was King of France from "
    "1610 until 1643. He was the son of Henry IV. He was crowned in 1610.\n\n"
)


def test_his_after_another_man_acts_is_not_the_subject(stem_text) -> None:
    text = KING + (
        "Louis XIII ordered an arrest. On 24 April 1617, during the attempted arrest, Concini "
        "was killed. His widow was tried for witchcraft and burned on 8 July 1617.\n"
    )
    made = stem_text(text, "8 July 1617")
    assert made is None or "Louis XIII's widow" not in made, made


def test_his_after_the_subject_acts_is_the_subject(stem_text) -> None:
    text = KING + "Louis XIII ordered an arrest. His mother was exiled to Blois in 1617.\n"
    assert stem_text(text, "1617") == "When was Louis XIII's mother exiled to Blois?"


def test_a_royal_style_is_no_place_to_choose() -> None:
    assert _styled_name("On 24 November 1615, Louis XIII married Anne of _____, daughter.")
    assert not _styled_name("Civil war once again engulfed the Duchy of _____.")
    assert not _styled_name("His forces were halted by the Mamluks of _____.")
    assert not _styled_name("He was the Grand Chamberlain of _____.")


def test_an_empty_list_member_is_a_hard_flaw() -> None:
    stem = "The mosque is one of the _____ components of the site, protected under criteria,, and."
    item = Checked(
        "figure", "cloze", stem, (("four", True), ("two", False), ("three", False), ("five", False))
    )
    assert any("empty list member" in f for f in hard_flaws(item))
