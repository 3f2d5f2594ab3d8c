"""Items the blind review of seed 9931 judged bad, as families (invented snippets of the same
shape).

Review sheet: docs/reviews/2026-12-06-seed-9931.md (items 11, 21, 39).
"""

from __future__ import annotations

from questions.distract.common import date_side
from questions.people import people, surname_edits


def test_an_english_word_is_never_taken_for_a_surname() -> None:
    # item 21: "Commission v Italy" became "Santer Commission v Italy", which is false
    found = people("The Santer Commission resigned in 1999. The Commission sued Italy in 2003.")
    assert "Commission" not in found.full
    assert surname_edits(found, "In Commission v Italy the Court held in 2003 that …") == []


def test_a_leftover_so_is_dropped(stem_text) -> None:
    # item 39: a stem opening with "So," that no longer follows anything
    text = (
        "= Union Law =\n\nUnion law binds the member states. So, in 1991 the Court of Justice "
        "held Italy liable to the workers.\n"
    )
    made = stem_text(text, "1991")
    assert made is not None and not made.startswith("So"), made


def test_not_before_is_a_lower_bound(facts_of) -> None:
    # item 11: "born not before 1405": every earlier year is true as well, so options are later
    text = "= Gilles de Rais =\n\nGilles de Rais was a knight. He was born not before 1405.\n"
    fact = next(f for f in facts_of(text, "date") if f.text == "1405")
    assert date_side(fact) == 1


def test_a_part_the_stems_other_numbers_give_is_refused() -> None:
    # the sample article: "reporting 135 fatalities, of which _____ were civilians and 50
    # soldiers": 135 − 50 gives the key, and options above 85 cannot be true
    from questions.lint import Checked, hard_flaws

    stem = "The SOHR reported 135 fatalities, of which _____ were civilians and 50 soldiers."
    options = (("85", True), ("48", False), ("63", False), ("110", False))
    assert "the stem's numbers give the answer" in hard_flaws(
        Checked("figure", "cloze", stem, options)
    )
    other = "The SOHR reported 135 fatalities, of which _____ were civilians."
    assert "the stem's numbers give the answer" not in hard_flaws(
        Checked("figure", "cloze", other, options)
    )
