"""Review 3636 (docs/reviews/2026-12-08-seed-3636.md), drawn after review 2580's fixes: 25 of
40 acceptable, 21 worth asking.

Fixed, and pinned here:
- item 4: "a sex ratio of _____ females for every 1000 males" among 325 and 665: a rate's
  options keep near it;
- item 35: "over the decade _____" (2001-2011) among spans of 11 and 12 years: other decades;
- item 37: "_____ crossing points following the 2005 Kashmir earthquake—Nauseri-Tithwal;
  Chakoti-Uri; …": a list after a dash, split by semicolons, gives the count.
Open:
- items 7, 8, 12 and 21: options ruled out by what learners know (France in the French king's
  diplomacy, the India–Pakistan line, London for a town "in the West Riding of Yorkshire");
- item 1: a later district the article also names ("later attached to the _____ district");
- item 26: "reciprocated" leans on the sentence before;
- items 5, 10, 30, 36 and 38: the article's own English;
- worth asking: 19 of 40 judged trivia.
"""

from __future__ import annotations

import pytest

from questions.counts_given import given_by_the_stem

from .snippets import options_of

FIROZABAD = (
    "Firozabad district\n\nFirozabad district is a district of Uttar Pradesh, India. The "
    "district has a population of 2,498,156. "
)


@pytest.mark.parametrize(
    ("sentence", "answer", "low", "high"),
    [
        (
            "Firozabad has a sex ratio of 867 females for every 1000 males, and a literacy rate "
            "of 74.6%.",
            "867",
            600,
            1250,
        ),
        ("In Firozabad, for every 100 females there were 94.1 males.", "94.1", 65, 135),
    ],
)
def test_a_rate_per_a_round_base_keeps_its_options_near(
    sentence: str, answer: str, low: float, high: float
) -> None:
    options = options_of(FIROZABAD + sentence + "\n", answer)
    assert all(low <= float(o.text.replace(",", "")) <= high for o in options)


def test_over_the_decade_takes_other_decades() -> None:
    text = FIROZABAD + "Its population growth rate over the decade 2001-2011 was 21.62%.\n"
    spans = [o.text for o in options_of(text, "2001-2011")]
    widths = {int(s.split("-")[1]) - int(s.split("-")[0]) for s in spans}
    assert widths == {10}


@pytest.mark.parametrize(
    ("stem", "answer", "given"),
    [
        (
            "Pakistan and India officially designated _____ crossing points following the 2005 "
            "Kashmir earthquake—Nauseri-Tithwal; Chakoti-Uri; Hajipur-Uri; Rawalakot-Poonch and "
            "Tattapani-Mendhar.",
            "five",
            True,
        ),
        (
            "Pakistan and India officially designated _____ crossing points following the 2005 "
            "Kashmir earthquake—Nauseri-Tithwal; Chakoti-Uri; Hajipur-Uri; Rawalakot-Poonch and "
            "Tattapani-Mendhar.",
            "six",
            False,
        ),
        ("The city had _____ gates before 1800 – the two main gates among them.", "three", False),
    ],
)
def test_a_list_after_a_dash_gives_the_count(stem: str, answer: str, given: bool) -> None:
    assert bool(given_by_the_stem(stem, answer)) == given
