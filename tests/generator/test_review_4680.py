"""Review 4680 (docs/reviews/2026-12-07-seed-4680.md), drawn after review 2469's fixes: 28 of
40 acceptable, 27 worth asking.

Fixed, and pinned here:
- item 10: "How many Jat chiefs of Tilpat fighters were killed …?": a side the infobox
  describes rather than names goes after "fighters of the";
- item 22: "dictator of neighboring _____, attacked Saudi Arabia" offered Israel, Lebanon and
  Pakistan: a blank called the neighbour of a country the stem names takes that country's
  neighbours as options;
- item 24: "Elizabeth Pye. Through her first marriage she …": a long stem that borrows the
  sentence before is not cut inside that sentence to a fragment;
- item 28: "Shia groups in _____, Egypt, Syria, Jordan and Lebanon": the first of a list of
  names is one of many, as a later member is;
- item 18: "through military coup d'état in past.": the article's slip is not copied.
Open:
- items 8 and 12: countries of another age or world for a medieval Chinese dynasty (Laos,
  Bhutan, Tajikistan) where the stem writes no year;
- item 2: a distractor true by what learners know (Algeria's insurgency of the 1990s);
- items 20, 32 and 35: the article's own English and counts (a missing comma, "the mujahideen
  Muslim Afghanistan enemies", "the other four rightly guided Caliphs"), and "HT" unexpanded;
- item 11: an infobox date the article's own text contradicts;
- worth asking: 13 of 40 judged trivia.
"""

from __future__ import annotations

import questions
from questions.lint import Checked, hard_flaws

from .snippets import options_of, stem_of

BATTLE = (
    "= Battle of Tilpat (1669) =\n\nInfobox\n- Date: 12 May 1669\n- Location: Tilpat\n"
    "- Belligerents1: Mughal forces\n- Belligerents2: Jat chiefs of Tilpat\n"
    "- Casualties1: 4,000 killed\n- Casualties2: 5,000 killed\n\n"
    "The Battle of Tilpat was fought between Jats and Mughal Subahdars on 12 May 1669.\n"
)


def test_a_described_side_is_asked_as_its_fighters() -> None:
    bank = questions.generate([questions.Source("tilpat.txt", BATTLE)], seed=7)
    stems = [i.stem.text for i in bank.items if i.fact.kind == "figure"]
    assert any("How many fighters of the Jat chiefs of Tilpat were killed" in s for s in stems)
    assert not any("Tilpat fighters" in s for s in stems), stems


ISLAMISM = (
    "Islamism\n\nIslamism is a political movement. When Saddam, secularist and Ba'athist "
    "dictator of neighboring Iraq, attacked Saudi Arabia, western troops came to protect the "
    "Saudi monarchy. Hezbollah was founded in Lebanon. Israel and Pakistan opposed it.\n"
)


def test_a_neighbour_of_a_named_country_takes_its_neighbours() -> None:
    wrong = {o.text for o in options_of(ISLAMISM, "Iraq") if not o.correct}
    assert wrong <= {"Jordan", "Kuwait", "Yemen", "Oman", "Qatar", "United Arab Emirates"}, wrong


PEERESS = (
    "Margaret Bourchier, Countess of Bath\n\nMargaret Bourchier was an English noblewoman. "
    "Margaret was the only daughter and sole heiress of John Donington, a member of the "
    "Worshipful Company of Salters, and Elizabeth Pye. Through her first marriage she became "
    "the owner of Hengrave Hall, where she installed a tomb and stained glass window to the "
    "memory of her three husbands, who all predeceased her.\n"
)


def test_a_borrowed_sentence_is_not_cut_to_a_fragment() -> None:
    stem = stem_of(PEERESS, "three")
    assert stem is None or not stem.text.startswith("Elizabeth Pye."), stem


def test_the_first_of_a_list_of_names_is_not_asked() -> None:
    text = (
        "Islamism\n\nIslamism is a political movement. The Islamic Republic has created or "
        "assisted like-minded Shia groups in Iraq, Egypt, Syria, Jordan and Lebanon.\n"
    )
    assert stem_of(text, "Iraq") is None
    opening = (
        "Super Bowl 50\n\nSuper Bowl 50 was an American football game. In Denver, KOA and "
        "KRFX carried the game, with Dave Logan on play-by-play.\n"
    )
    assert stem_of(opening, "Denver") is not None


def test_in_past_is_the_articles_slip() -> None:
    stem = "Jamaat-e-Islami of _____ gained influence through military coup d'état in past."
    options = (("Pakistan", True), ("India", False), ("Iran", False), ("Afghanistan", False))
    assert any("slip" in f for f in hard_flaws(Checked("place", "cloze", stem, options)))
