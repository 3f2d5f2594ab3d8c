"""The place a paragraph is set in, written before a stem from its later sentences."""

from __future__ import annotations

from .snippets import stem_of

TEACHER = "= Teacher =\n\nA teacher is a person who helps students to acquire knowledge.\n\n"


def test_a_later_sentence_is_set_where_its_paragraph_opened() -> None:
    text = (
        TEACHER + "In the United States, each state sets the rules for a license to teach. "
        "Teaching certification generally lasts three years, but certificates may last as long as ten years.\n"
    )
    stem = stem_of(text, "three years")
    assert stem is not None
    assert "In the United States, teaching certification generally lasts _____" in stem.text


def test_a_sentence_that_names_a_place_of_its_own_is_not_set_again() -> None:
    text = (
        TEACHER + "In the United States, each state sets the rules for a license to teach. "
        "Teachers in Canada need a degree, and their certification lasts three years.\n"
    )
    stem = stem_of(text, "three years")
    assert stem is not None
    assert "United States" not in stem.text


def test_a_paragraph_that_opens_on_no_country_sets_no_scene() -> None:
    text = (
        TEACHER + "In most schools, each teacher has a class of pupils. Teaching certification "
        "generally lasts three years, but certificates may last as long as ten years.\n"
    )
    stem = stem_of(text, "three years")
    assert stem is not None
    assert not stem.text.startswith(("In ", "Teacher: In "))
