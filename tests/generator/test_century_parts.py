"""A part of a century ("the early 13th century") is written on every option, so the fact can be
asked: before, the options lost the part and the key could not be written as they were."""

from __future__ import annotations

import questions

ABBEY = "= Abbey of Cluny =\n\nThe Abbey of Cluny is a ruined abbey in France.\n\n"


def test_the_part_of_a_century_is_kept_in_the_options() -> None:
    text = ABBEY + "Monks from Lyon rebuilt the Abbey of Cluny in the early 13th century.\n"
    bank = questions.generate([questions.Source("cluny.txt", text)])
    item = next(i for i in bank.items if i.answer == "the early 13th century")
    assert all(o.text.startswith("the early ") for o in item.options), item.options
    assert item.fact.value == "12XX"  # the value is still the whole century
