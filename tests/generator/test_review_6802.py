"""Review 6802 (docs/reviews/2026-12-07-seed-6802.md), drawn after review 5791's fixes: 15 of
40 acceptable, 21 worth asking (the History of Kashmir and Jamia Millia Islamia gave half the
items).

Fixed, and pinned here:
- item 7: "Later in _____, during the rule of the Karkota Dynasty, …": "Later" leans on the
  sentence before; "In the ninth century" is as true;
- item 40: "In _____, the number of census families … had dropped 3.9% from 2006": a census
  year among years that are none, and a Canadian census every five years.
Open:
- items 1, 4, 11, 14, 31, 35, 38: context only the paragraph gives ("the land", "the ruler",
  "the congregation", "In August" with no year, Kashmir never named);
- items 4, 13, 24, 31, 38: the article's missing articles ("UNCIP resolution", "in
  mid-14th century");
- items 5, 17, 30: dates ruled out by history (1621 after Akbar's death, 1941 before India and
  Pakistan);
- items 16, 26, 34: figures the stem's other numbers rule out (93.6% against Hindus' 4%, more
  Canadian-born than the whole township);
- items 21, 23, 27, 32, 33, 37: place options of the wrong kind for a mountain range or a
  river;
- worth asking: 19 of 40 judged trivia.
"""

from __future__ import annotations

import pytest

import questions
from questions.distract.date_shifts import census_step
from questions.framing import drop_lead_adverbial


def test_later_in_leans_on_nothing_once_dropped() -> None:
    text = "Later in the ninth century, a native tradition of Shaivism arose."
    a = text.index("the ninth")
    out, a2, b2 = drop_lead_adverbial(text, a, a + len("the ninth century"))
    assert out.startswith("In the ninth century, a native"), out
    assert out[a2:b2] == "the ninth century"
    assert drop_lead_adverbial("Later that year, he left.", 11, 15)[0].startswith("Later")


@pytest.mark.parametrize(
    ("years", "year", "home", "step"),
    [
        ([2006], 2011, "", 5),  # "had dropped 3.9% from 2006"
        ([], 2011, "CA", 5),  # Canada counts every five years
        ([2000], 2010, "US", 10),
        ([], 1901, "IN", 10),
    ],
)
def test_a_census_comes_every_ten_years_or_every_five(
    years: list[int], year: int, home: str, step: int
) -> None:
    assert census_step(years, year, home) == step


def test_census_years_are_offered_among_census_years() -> None:
    text = (
        "= Elizabethtown-Kitley =\n\nElizabethtown-Kitley is a township in Ontario, Canada, near "
        "Toronto in Canada. The township had 9,545 people in the 2021 census of Canada. In 1996, "
        "the township had 9,300 people. In 2011, the number of census families in the "
        "township had dropped 3.9% to 2,945 families.\n"
    )
    bank = questions.generate([questions.Source("elizabethtown-kitley.txt", text)], seed=7)
    item = next((i for i in bank.items if i.fact.text == "2011"), None)
    assert item is not None
    assert all((int(o.text) - 2011) % 5 == 0 for o in item.options), item.options
