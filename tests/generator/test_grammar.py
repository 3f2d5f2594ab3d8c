"""What the stem writer reads as a statement, and which ends of a range it does not ask."""

from __future__ import annotations

import pytest

from questions.grammar import has_finite_verb

from .snippets import stem_of


@pytest.mark.parametrize(
    ("text", "finite"),
    [
        # a plural subject's present verb, which is no noun
        ("Harvard's alumni include eight U.S. presidents.", True),
        ("Harvard's 2,400 professors and instructors instruct 7,200 undergraduates.", True),
        ("Warsaw lies on the Vistula.", True),
        # captions and list entries
        ("The winners of the prize.", False),
        ("Soldiers in red coats.", False),
        ("Images of the towns and villages.", False),
    ],
)
def test_a_finite_verb(text: str, finite: bool) -> None:
    assert has_finite_verb(text) is finite


HARVARD = "Harvard University\n\nHarvard University is a private university in Cambridge.\n\n"


def test_a_plural_subjects_sentence_is_asked() -> None:
    stem = stem_of(HARVARD + "Harvard's alumni include eight U.S. presidents.\n", "eight")
    assert stem is not None
    assert "alumni include _____ U.S. presidents" in stem.text


BLACK_DEATH = (
    "Black Death\n\nThe Black Death was a bubonic plague pandemic. In England, historians "
    "propose population figures from as high as 7 million to as low as 4 million in 1300.\n"
)


@pytest.mark.parametrize("answer", ["7 million", "4 million"])
def test_a_hedged_end_of_a_range_is_not_asked(answer: str) -> None:
    assert stem_of(BLACK_DEATH, answer) is None


def test_the_year_after_a_hedged_range_is_asked() -> None:
    assert stem_of(BLACK_DEATH, "1300") is not None
