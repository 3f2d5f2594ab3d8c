"""Review 1357 (docs/reviews/2026-12-07-seed-1357.md), drawn after review 8024's fix: 23 of
40 acceptable, 17 worth asking.

Fixed, and pinned here:
- item 21: "Makrana in _____" (Rajasthan) offered Chandigarh and Delhi: a state's options are
  never union territories, whether or not the stem says "state";
- item 29: "₹32 million, which in _____ would be approximately ₹52.8 billion": the year a sum
  is restated in is the editor's choice, not the story's.
Open:
- items 1, 37, 12, 24: the stem gives the count or the place ("four quadrants" for two
  walkways, "north, west, south and east" for four rivers, "the Dutch");
- items 7, 8, 9, 24, 40: options of the wrong period or kind ("India" as a source of stones
  for a building in India, centuries before the Portuguese arrived);
- items 5, 8, 26, 27, 40: a distractor also true;
- items 14, 15, 19, 34: context only the paragraph gives ("the chamber", "the high walls");
- worth asking: 23 of 40 judged trivia, and three pairs of items from one sentence.
"""

from __future__ import annotations

import questions

TAJ = (
    "= Taj Mahal =\n\nThe Taj Mahal is a mausoleum in Agra, Uttar Pradesh, India.\n\n"
    "The white marble came from Makrana in Rajasthan, while the red sandstone was quarried from "
    "Fatehpur Sikri in Uttar Pradesh. Stones came from Punjab and from Delhi, and workers from "
    "Chandigarh, Bihar and Gujarat. The complex was completed in 1653 at a cost estimated at "
    "the time to be around ₹32 million, which in 2015 would be approximately ₹52.8 billion.\n"
)


def _bank() -> questions.Bank:
    return questions.generate([questions.Source("taj-mahal.txt", TAJ)], seed=7)


def test_a_state_takes_no_union_territory_as_an_option() -> None:
    item = next(i for i in _bank().items if i.fact.text == "Rajasthan")
    wrong = {o.text for o in item.options if not o.correct}
    assert not wrong & {"Delhi", "Chandigarh", "Puducherry", "Ladakh"}, wrong


def test_the_year_a_sum_is_restated_in_is_not_asked() -> None:
    assert not [i for i in _bank().items if i.fact.text == "2015"]
    assert any(i.fact.text == "1653" for i in _bank().items)
