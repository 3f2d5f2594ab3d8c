"""Short forms and referents that point inside their own sentence: snippet → stem.

"The league" after the article has named one league is that league, written out; "the
Congress" after two Congresses is no stem; "from then on" after a date, "that of" and "the
decision to …" lean on nothing outside the sentence.
"""

from __future__ import annotations

import pytest

from questions import short_forms

GAME = (
    "= Cup Final 9 =\n\nCup Final 9 was a football game to decide the champion of the Northern "
    "Football League for the 2015 season.\n\n"
)
TWO_CONGRESSES = (
    "= Ahmad Ali =\n\nAhmad Ali was a reformer who spoke at the Indian National Congress and "
    "founded the Muhammadan Educational Congress.\n\n"
)


@pytest.mark.parametrize(
    ("text", "fact", "expected"),
    [
        (
            GAME + "The league chose Leeds on 16 October 2012.\n",
            "16 October 2012",
            "Cup Final 9: The Northern Football League chose Leeds on _____.",
        ),
        (
            GAME + "Millwall won the league's first title in 1921.\n",
            "1921",
            "Cup Final 9: When did Millwall win the Northern Football League's first title?",
        ),
    ],
)
def test_a_short_form_is_written_out_when_one_name_can_be_meant(
    stem_text, text: str, fact: str, expected: str
) -> None:
    assert stem_text(text, fact) == expected


def test_a_capitalised_short_form_that_could_mean_two_names_is_no_stem(stem_text) -> None:
    text = TWO_CONGRESSES + "The Congress held its first session in Aligarh in 1886.\n"
    assert stem_text(text, "1886") is None


def test_a_short_form_modifying_a_noun_is_left_alone() -> None:
    names = short_forms.index("The Northern Football League was founded.")
    edits, ambiguous = short_forms.written_out(names, "The league office opened.", 99, frozenset())
    assert (edits, ambiguous) == ([], False)


def test_the_longer_of_two_names_that_end_alike_is_one_name() -> None:
    names = short_forms.index("The National Football League (the Football League) grew.")
    assert names.before("league", 99) == {"National Football League"}
    assert names.before("league", 0) == set()  # nothing is named before the text starts


@pytest.mark.parametrize(
    ("text", "fact", "part"),
    [
        (
            GAME + "In September 1971, the Rovers said that, from then on, they would play in "
            "Leeds.\n",
            "September 1971",
            "from then on",
        ),
        (
            GAME + "In 1981 the tally of the Rovers was passed by that of Millwall.\n",
            "1981",
            "that of Millwall",
        ),
        (
            GAME + "Ron Mill opposed the decision to move the final to Leeds in 1998.\n",
            "1998",
            "the decision to move",
        ),
    ],
)
def test_a_referent_that_points_inside_its_sentence_keeps_the_stem(
    stem_text, text: str, fact: str, part: str
) -> None:
    made = stem_text(text, fact)
    assert made is not None and part in made, made


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (GAME + "From then on the Rovers played in Leeds, and won in 1998.\n", "1998"),
        (GAME + "The decision was made in 1998 to move the final.\n", "1998"),
    ],
)
def test_a_referent_with_nothing_in_its_sentence_still_dangles(
    stem_text, text: str, fact: str
) -> None:
    assert stem_text(text, fact) is None


LONG = (
    GAME + "The Rovers spent the early years of the competition travelling between grounds in "
    "Bradford, Halifax, Huddersfield and Wakefield, borrowing stands from cricket clubs and "
    "rugby sides, selling programmes printed by a local newspaper and paying their players in "
    "beer and coal during the hardest winters; the Rovers built a ground at Elland Road in "
    "1921, and the crowds that came to see it grew every season after that.\n"
)


def test_a_sentence_too_long_for_a_stem_is_cut_to_the_clause_of_the_fact(stem_text) -> None:
    assert len(LONG.splitlines()[-1]) > 320
    made = stem_text(LONG, "1921")
    assert made == "Cup Final 9: The Rovers built a ground at Elland Road in _____.", made
