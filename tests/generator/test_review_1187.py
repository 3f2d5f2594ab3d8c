"""Review 1187 (docs/reviews/2026-12-07-seed-1187.md), the last of this round: 24 of 40
acceptable, 18 worth asking. Its families are open; none was fixed after it:
- items 4, 40: a historical town read as its modern namesake elsewhere (Edessa in Greece,
  Antioch in California), whose neighbours are offered. Refusing the gazetteer's neighbours for
  a town in a country no other place of the article lies in was tried and dropped: it lost 25
  good place items of the development corpus (London for Westminster Abbey among them), whose
  articles name their country in ways the gazetteer codes differently.
- items 1, 9, 11, 18, 29: places of our time or of the wrong kind for a story of antiquity
  (Milan for "Rome" the state, "Kingdom of Iran" for the Sasanid realm);
- items 37, 39: options the stem or the field rules out (1970 for AppleTalk, link rates);
- items 8, 9, 30, 38: context only the paragraph gives ("the Bey", "The new concept");
- items 12, 35: a second option arguably true (La Marsa in Greater Tunis; an eight-month reign
  of seven months and 21 days);
- items 15, 20: an appositive left open, "the supporters James VI" copied from the article.

The strict expected failure below pins the first family until it is fixed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import questions

ARTICLE = (
    Path(__file__).resolve().parents[3] / "shared" / "corpus" / "wikipedia" / "jovian-emperor.txt"
)


@pytest.mark.xfail(
    strict=True, reason="review 1187 items 4, 40: Antioch read as Antioch, California"
)
def test_a_historical_town_is_not_offered_its_namesake_s_neighbours() -> None:
    if not ARTICLE.exists():
        pytest.skip("development corpus not present")
    text = ARTICLE.read_text(encoding="utf-8")
    bank = questions.generate([questions.Source(ARTICLE.name, text)], seed=7)
    offered = {o.text for i in bank.items if i.answer == "Antioch" for o in i.options}
    assert offered, "no Antioch item"
    assert not offered & {"Concord", "Walnut Creek", "Brentwood", "Pittsburg"}, offered
