"""Review 7723 (docs/reviews/2026-12-07-seed-7723.md): the families of the items marked bad.

Fixed, and pinned here:
- items 9, 23: 542 among 705, 813 and 1,084 is the base the others were made from (×1.3,
  ×1.5, ×2): a key of 100 or more that is not round gets options scaled by factors moved a
  little, so that none is a plain multiple of it.
- items 7, 30: "Originating as the Jama'at al-Tawhid wal-Jihad in 1999, it pledged …": a
  pronoun after an opening participle phrase, in -ing as in -ed, is the unnamed subject.
- item 36: "During _____ and sometimes later": a later decade would be true as well, so the
  options are earlier.
- item 22: "groups in Iraq, Egypt, Syria, _____ and Lebanon": the blank is one of a list of
  four names or more; the others, and more besides, are as true.
Open:
- item 19: the Gulf War dated 1991 where many date it 1990–91;
- item 28: "The Islamic Republic … Shia" gives Iran away;
- item 32: the article's dates from before a command that the stem says he "continued" in;
- item 40: "St. Johns" (a river) among an island and a community;
- items 9, 33: the article's own English ("140 suicide bombing", "packing winds … which made
  landfall").
"""

from __future__ import annotations

import random

import questions
from questions.dangling import ANAPHOR
from questions.distract import Pool, dates, figures
from questions.distract.place_stems import settled


def _facts(text: str, kind: str) -> list[questions.Fact]:
    doc = questions.read(text, "s.txt")
    return [f for f in questions.extract(doc, questions.segment(doc)) if f.kind == kind]


def test_no_option_is_a_plain_multiple_of_the_key() -> None:
    text = "= Hamas =\n\nHamas is a movement.\n\nFrom 2000 to 2007 it killed 542 people.\n"
    facts = _facts(text, "figure")
    fact = next(f for f in facts if f.text == "542")
    multiples = {round(542 * f) for f in (0.2, 0.3, 0.4, 0.5, 0.6, 0.75, 1.3, 1.5, 2, 2.5, 3, 4)}
    for seed in range(20):
        stem = "From 2000 to 2007 Hamas killed _____ people."
        result = figures.choose(fact, Pool(facts), stem, random.Random(seed))
        assert result is not None
        wrong = {int(o.text.replace(",", "")) for o in result[0] if not o.correct}
        assert not wrong & multiples, (seed, wrong)


def test_a_pronoun_after_an_opening_ing_phrase_dangles() -> None:
    stem = (
        "Originating as the Jama'at al-Tawhid wal-Jihad in _____, it pledged allegiance to "
        "al-Qaeda in 2004."
    )
    assert ANAPHOR.search(stem)
    assert not ANAPHOR.search("Originating in _____, ISIL pledged allegiance to al-Qaeda.")


def test_and_later_makes_the_options_earlier() -> None:
    text = (
        "= Islamism =\n\nIslamism is a movement.\n\nDuring the 1970s and sometimes later, "
        "Western governments supported Islamists. The 1950s and the 1990s were different.\n"
    )
    facts = _facts(text, "date")
    fact = next(f for f in facts if f.text == "the 1970s")
    stem = "During _____ and sometimes later, Western governments supported Islamists."
    for seed in range(10):
        result = dates.choose(fact, Pool(facts), stem, random.Random(seed))
        assert result is not None
        wrong = [o.text for o in result[0] if not o.correct]
        assert all(w < "the 1970s" for w in wrong), wrong


def test_a_blank_in_a_long_list_of_names_is_no_item() -> None:
    stem = "Iran assisted Shia groups in Iraq, Egypt, Syria, _____ and Lebanon."
    assert settled(stem, "Jordan")
    assert not settled("He travelled to France, Italy and _____ in 1900.", "Spain")
