"""A place written as "the town of X" or "the village of X" takes the gazetteer's towns of its
country as options when the gazetteer lists it as a town; a part of a town named by its class
word ("Grainger Town", "the Science Village") does not."""

from __future__ import annotations

import questions
from questions.gazetteer import gazetteer

TEXT = (
    "Mahmud Hasan Deobandi\n\nMahmud Hasan Deobandi was an Indian Muslim scholar. Mahmud Hasan "
    "Deobandi was born in 1851 in the town of Bareilly into the Usmani family of Deoband. "
    "He studied at the Darul Uloom.\n\nThe historic heart of Newcastle is the Grainger Town "
    "area. The Centre for Life stands in the Science Village of Newcastle.\n"
)


def _places() -> dict[str, questions.Item]:
    bank = questions.generate([questions.Source("m.txt", TEXT)], seed=7, max_per_document=100)
    return {i.answer: i for i in bank.items if i.fact.kind == "place"}


def test_a_gazetteer_town_takes_towns_of_its_country() -> None:
    item = _places()["Bareilly"]
    assert "the town of _____" in item.stem.text
    wrong = [o.text for o in item.options if not o.correct]
    assert len(wrong) == 3
    for name in wrong:
        assert any(p.cls == "city" and p.country == "IN" for p in gazetteer().lookup(name)), name


def test_a_part_of_a_town_named_by_its_class_word_takes_no_gazetteer_towns() -> None:
    places = _places()
    assert "Grainger Town" not in places
    assert "Science Village" not in places
