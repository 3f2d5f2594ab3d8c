"""Review 8024 (docs/reviews/2026-12-07-seed-8024.md), drawn after review 7913's fixes: 21 of
40 acceptable, 13 worth asking.

Fixed, and pinned here:
- item 23: "In which country is the Ninja of Heisei?": an infobox's country is asked of a
  place, never of a person.
Open (the first pinned here as a strict expected failure):
- item 18: "moved to _____, Ontario" offered Calgary and Montreal: the gazetteer codes
  Canada's provinces ("ON") apart from their towns ("08"), so a pinned province does not
  narrow the towns offered (India's states have the same gap);
- items 2, 3, 5, 13, 25, 26, 28, 30, 33, 35, 38, 39: context only the paragraph gives ("the
  primary reason", "the theater", "the 776-foot airship", "About a dozen", "Columbia");
- items 10, 5: a distractor also true (the quadruplex telegraph was a multiplex one too);
- items 39, 40: a measure written before its noun ("a 427 acres portion") as the article has
  it;
- worth asking: 27 of 40 judged trivia or not about the article's subject.
"""

from __future__ import annotations

import pytest

import questions


@pytest.mark.xfail(strict=True, reason="review 8024 item 18: Canada's province codes")
def test_a_town_pinned_to_a_province_takes_towns_of_that_province() -> None:
    text = (
        "= Thomas Edison =\n\nInfobox\n- Born: February 11, 1847\n- Died: October 18, 1931\n\n"
        "Thomas Alva Edison was an American inventor. He was born in Milan, Ohio. His father, "
        "Samuel Edison Jr., moved to Vienna, Ontario, and fled to Ohio after the Rebellion of "
        "1837.\n"
    )
    bank = questions.generate([questions.Source("thomas-edison.txt", text)], seed=7)
    item = next(i for i in bank.items if i.fact.text == "Vienna")
    ontario = {"Toronto", "Ottawa", "Hamilton", "London", "Mississauga", "Brampton", "Kingston"}
    wrong = [o.text for o in item.options if not o.correct]
    assert all(w in ontario or "Ontario" in w for w in wrong), wrong


def test_an_infobox_country_is_not_asked_of_a_person() -> None:
    person = (
        "= Ninja of Heisei =\n\nInfobox\n- Born: 1943\n- Country: Japan\n\nMitsuaki "
        "Tanigawa is a Japanese burglar who committed break-ins in Osaka.\n"
    )
    bank = questions.generate([questions.Source("ninja-of-heisei.txt", person)], seed=7)
    assert not [i.stem.text for i in bank.items if i.stem.text.startswith("In which country")]
    church = (
        "= St Jude's Church =\n\nInfobox\n- Country: England\n\nSt Jude's Church was a "
        "parish church in Kirkby Stephen.\n"
    )
    bank = questions.generate([questions.Source("st-jude.txt", church)], seed=7)
    assert any(i.stem.text.startswith("In which country") for i in bank.items)
