"""Figure options the stem rules out or that single out the key, found by the blind reviews of
seeds 2864 (items 4, 26, 37) and 7391 (item 6: a key not round among round options):
a median lies inside the range the stem gives ("ranged from $35,000 … to $71,000, with a
national median of _____"), and a step of a scale "up to _____" lies between the steps before
and after it ("from £20,427 …, up to _____ …, then … up to £39,942")."""

from __future__ import annotations

import pytest

import questions
from questions.distract.figure_bounds import hedged_in_stem, limits
from questions.model import FigureValue


def _fact(text: str, key: str) -> questions.Fact:
    doc = questions.read("= Teacher =\n\nA teacher is a person.\n\n" + text + "\n", "s.txt")
    facts = questions.extract(doc, questions.segment(doc))
    fact = next(f for f in facts if f.text.endswith(key) and isinstance(f.detail, FigureValue))
    return hedged_in_stem(fact)  # "up to £32,583": the stem keeps "up to"


@pytest.mark.parametrize(
    ("text", "key", "least", "below"),
    [
        (
            "In 2007 salaries ranged from $35,000 in South Dakota to $71,000 in New York, with a "
            "national median of $52,000.",
            "$52,000",
            35_000,
            71_000,
        ),
        (
            "Teachers earned from £20,427 for a Probationer, up to £32,583 after 6 years, but "
            "could then go on to earn up to £39,942 with Chartered Teacher Status.",
            "£32,583",
            20_427,
            39_942,
        ),
        (
            "Teachers earned from £20,427 for a Probationer, up to £32,583 after 6 years, but "
            "could then go on to earn up to £39,942 with Chartered Teacher Status.",
            "£39,942",
            32_583,
            float("inf"),
        ),
    ],
)
def test_a_figure_lies_where_the_stems_amounts_put_it(
    text: str, key: str, least: float, below: float
) -> None:
    found = limits(_fact(text, key))
    assert round(found.least) == least and found.below == below, found


def test_amounts_in_another_currency_bound_nothing() -> None:
    text = "Salaries ranged from $35,000 to $71,000, with a national median of £52,000."
    found = limits(_fact(text, "£52,000"))
    assert found.least == 0 and found.below == float("inf"), found


def test_a_key_that_is_not_round_gets_options_that_are_not() -> None:
    # review 7391 item 6: 254 among 510, 640 and 760 stands out by its last digit
    text = (
        "= Ninja =\n\nThe Ninja is a criminal.\n\nMitsuaki Tanigawa was charged with over 254 "
        "break-ins in Osaka.\n"
    )
    bank = questions.generate([questions.Source("s.txt", text)])
    item = next(i for i in bank.items if i.answer == "254")
    assert all(not o.text.endswith("0") for o in item.options), item.options
