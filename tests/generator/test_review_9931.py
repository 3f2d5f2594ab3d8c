"""Items the blind review of seed 9931 judged bad, as families (invented snippets of the same
shape).

Review sheet: docs/reviews/2026-12-06-seed-9931.md (items 1, 11, 12, 18, 21, 25, 37, 39).
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


# A city article (invented, of the review's shape): the lead says it is a place.
_CITY = (
    "= Marlow Bay, Florida =\n\nMarlow Bay is a city in the U.S. state of Florida. It lies on the "
    "coast.\n\n== History ==\n\n"
)


def test_a_stem_that_does_not_name_its_place_is_set_there(stem_text) -> None:
    # items 1, 12, 18: "Other notable structures include …", "residents wrote a charter for a
    # town government …": read alone, nothing says which city
    text = _CITY + "Other notable structures include the Avenues Mall, completed in 1967.\n"
    assert stem_text(text, "1967") == (
        "In Marlow Bay, other notable structures include the Avenues Mall, completed in _____."
    )
    # a named site ("… Tower") may lie beyond the place: the place is the stem's topic instead
    # (review 9377 items 7 and 10: "In Newcastle, the extent of Hadrian's Wall was 73 miles")
    tower = _CITY + "Other notable structures include the Riverplace Tower, completed in 1967.\n"
    assert stem_text(tower, "1967") == (
        "Marlow Bay: Other notable structures include the Riverplace Tower, completed in _____."
    )


def test_a_leading_time_phrase_takes_the_place_into_it(stem_text) -> None:
    text = _CITY + "In 1864, a Confederate cavalry confronted a Union expedition at the river.\n"
    made = stem_text(text, "1864")
    assert made is not None and made.startswith("In Marlow Bay in _____, a Confederate"), made


def test_a_name_that_opens_the_stem_keeps_its_capital(stem_text) -> None:
    # item 25: "Tropical Storm Bonnie" is a name, not "tropical Storm Bonnie"
    text = _CITY + "Tropical Storm Bonnie caused minor damage in 2004 along the coast.\n"
    made = stem_text(text, "2004")
    assert made is not None and "Tropical Storm Bonnie" in made, made
    assert "Marlow Bay" in made, made


def test_a_stem_that_names_its_place_or_asks_it_is_left_alone(stem_text) -> None:
    text = _CITY + "Marlow Bay was incorporated in 1832 by the legislature.\n"
    made = stem_text(text, "1832")
    assert made is not None and not made.startswith("In Marlow Bay"), made
    text = _CITY + "The charter of 1832 was approved in Marlow Bay by the council.\n"
    asked = stem_text(text, "Marlow Bay")
    assert asked is None or not asked.startswith("In Marlow Bay"), asked


def test_the_base_of_a_rate_is_no_figure(facts_of) -> None:
    # item 37: "For every _____ females there were 94.1 males" asks a convention
    text = (
        _CITY
        + "For every 100 females there were 94.1 males. Per 1,000 people there were 12 doctors.\n"
    )
    figures = {f.text for f in facts_of(text, "figure")}
    assert "100" not in figures and "1,000" not in figures
    assert "94.1" in figures


def test_would_before_a_verb_is_asked_as_a_past_event() -> None:
    # item 25: "When did Tropical Storm Bonnie will cause …" from "would cause"
    from questions.wh import when_question

    text = "Tropical Storm Bonnie would cause minor damage in 2004, spawning a tornado."
    a = text.index("2004")
    assert when_question(text, a, a + 4) == (
        "When did Tropical Storm Bonnie cause minor damage, spawning a tornado?"
    )
    text = "The city will host the games in 2028."
    a = text.index("2028")
    assert when_question(text, a, a + 4) is None  # a future event is not asked with "did"
