"""What pins a place blank to a state, and which names a state key takes as options."""

from __future__ import annotations

import pytest

import questions
from questions.distract.place_stems import pin
from questions.gazetteer import gazetteer


@pytest.mark.parametrize(
    ("stem", "pinned"),
    [
        ("He died in _____, Oregon, in 1901.", True),
        ("He was born in Berkeley County, _____, on November 24, 1822.", False),
        # the name after the comma is the clause's subject, no state the blank lies in
        ("While in _____, Leo Strauss became a close friend of R. H. Tawney.", False),
        ("In _____, WBT will carry Super Bowl 50.", False),
    ],
)
def test_a_name_after_the_blanks_comma_pins_it_unless_it_is_a_subject(
    stem: str, pinned: bool
) -> None:
    assert pin(stem, "US")[0] is pinned


def test_a_country_after_a_subject_takes_countries() -> None:
    text = (
        "Leo Strauss\n\nLeo Strauss was a political philosopher. He was born in Germany and "
        "taught in Austria and Belgium. While in England, Leo Strauss became a close friend of "
        "R. H. Tawney and was on less friendly terms with Isaiah Berlin.\n"
    )
    bank = questions.generate([questions.Source("strauss.txt", text)], seed=7)
    item = next(i for i in bank.items if i.answer == "England" and "Tawney" in i.stem.text)
    assert {o.text for o in item.options} == {"Austria", "Belgium", "England", "Germany"}


def test_a_state_key_takes_only_states_the_gazetteer_knows() -> None:
    text = (
        "Super Bowl 50\n\nSuper Bowl 50 was played at Santa Clara, California. The Panthers used "
        "the San Jose State practice facility. The Florida legislature refused the plan. WBT "
        "is based in Chester, South Carolina, and serves North Carolina.\n"
    )
    bank = questions.generate([questions.Source("sb50.txt", text)], seed=7)
    for item in bank.items:
        if item.fact.kind == "place" and item.answer == "California":
            for option in item.options:
                assert any(p.cls == "state" for p in gazetteer().lookup(option.text)), option
