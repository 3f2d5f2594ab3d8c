"""Reviews 4027 and 8613 (docs/reviews/2026-12-08-seed-4027.md and -8613.md), drawn on the
round's last code: 31 and 30 of 40 acceptable, 19 and 20 worth asking.

Open (two strict expected failures pin the families they can; the rest are listed):
- 4027 item 39: "treatment with _____ medications, an amoebicidal tissue-active agent and a
  luminal cysticidal agent": the members after the counted noun are noun phrases of four words,
  longer than a list member may be;
- 4027 item 15: "at the end of the century" (which century?) leans on the sentence before;
- 4027 item 13: "into four quadrants" gives "two" walkways by arithmetic (review 8585);
- 4027 item 25: "set into _____ pointed stars" (four-pointed) cuts a compound the article wrote
  without its hyphen;
- 4027 items 2, 6, 23 and 40: options a learner rules out (Indochina inside Southeast Asia, an
  island off landlocked Mali, modern Greek towns for 430 BC, India for stones imported to India);
- 4027 item 26: which outbreak "more than a thousand cases" were of;
- 8613 items 3, 9, 16, 17 and 19: a site the gazetteer cannot place takes the article's other
  sites of any kind (a county, a parish, a river and a region beside one another: Brienne and
  Notre-Dame for the Loire's traffic), and "Crathor", a romance's name for Sablé, as a town;
- 8613 items 2 and 26: another decade or century is defensible (a governor-general from 1828;
  lawns finished in 1908);
- 8613 item 11: "the contract" with no betrothal named;
- 8613 items 1 and 38: the article's own English ("visitors visited Taj Mahal", a run-on list).
"""

from __future__ import annotations

import pytest

from questions.counts_listed import lists_what_it_counts

from .snippets import dangling_word


@pytest.mark.xfail(strict=True, reason="review 4027 item 39: long noun phrases as list members")
def test_two_medications_named_after_their_noun_give_the_count() -> None:
    stem = (
        "Those with symptoms require treatment with _____ medications, an amoebicidal "
        "tissue-active agent and a luminal cysticidal agent."
    )
    assert lists_what_it_counts(stem, "two")


@pytest.mark.xfail(strict=True, reason="review 4027 item 15: 'the century' with no number")
def test_the_end_of_the_century_leans_back() -> None:
    stem = "At the end of the century, Lord Curzon ordered a restoration completed in 1908."
    assert dangling_word(stem) is not None
