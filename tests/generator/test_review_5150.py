"""Review 5150 (docs/reviews/2026-12-07-seed-5150.md), drawn after review 4242's fixes: 23 of
40 acceptable, 13 worth asking (fourteen items were Super Bowl 50 statistics).

Fixed, and pinned here:
- item 33: 4,530 among 3,500, 5,700 and 6,600: scaled options are rounded no coarser than the
  key's own precision, so the key is no lone figure among round hundreds.
- item 36: "their second Super Bowl appearance in _____" (three years): a span of time after
  "second … in" is a window, and any longer one is as true; no item.
- items 14, 26: "the newspaper", "The idea" need a name; "the resistance newspaper Combat"
  names its own, and "the idea of an independent Poland" says which.
- (found while fixing) "the product of the two Gaussian primes and.": a list whose last member
  was a formula the text lost has an empty member.
Open:
- items 4, 9, 10, 13, 16, 18, 21, 22, 27, 29, 30, 31, 32, 33: box-score and season statistics
  are in the bank (worth);
- items 15, 24: dates of another part of the story (the 2013 bidding) as options for 2016;
- items 6, 23: Chester, a town of the article's radio section, among Florida's towns;
- item 21: the stem's "six teams … 15–1" bounds the count of one-loss seasons;
- item 34: a city among states; item 40: an option before the building it dates was built;
- items 2, 11, 19, 31: the article's own English and a cut "while" clause.
"""

from __future__ import annotations

import random

import questions
from questions.distract import Pool, figures
from questions.kinds import BY_NAME

from .snippets import doc_facts


def _flaws(stem: str, key: str = "1942") -> list[str]:
    options = ((key, True), ("1940", False), ("1944", False), ("1950", False))
    return questions.hard_flaws(questions.Checked("date", "cloze", stem, options))


def test_scaled_options_keep_the_key_s_precision() -> None:
    text = "= Super Bowl 50 =\n\nSuper Bowl 50 was a game.\n\nThe defense allowed 4,530 yards.\n"
    _, facts = doc_facts(text)
    fact = next(f for f in facts if f.text.startswith("4,530"))
    for seed in range(6):
        result = figures.choose(
            fact, Pool([fact]), "The defense allowed _____.", random.Random(seed)
        )
        assert result is not None
        wrong = [int(o.text.split()[0].replace(",", "")) for o in result[0] if not o.correct]
        assert not all(w % 100 == 0 for w in wrong), wrong


def test_a_span_after_second_in_is_no_item() -> None:
    text = (
        "= Super Bowl 50 =\n\nSuper Bowl 50 was a game.\n\nThe Broncos made their second Super "
        "Bowl appearance in three years, having reached Super Bowl XLVIII.\n"
    )
    _, facts = doc_facts(text)
    fact = next(f for f in facts if f.kind == "figure" and f.text == "three years")
    stem = "The Broncos made their second Super Bowl appearance in _____, having reached XLVIII."
    assert (
        figures.choose(BY_NAME["figure"].asked(fact), Pool([fact]), stem, random.Random(1)) is None
    )


def test_the_newspaper_and_the_idea_need_a_name() -> None:
    assert _flaws("From _____ Bourdet took part in the creation of the newspaper with a task.")
    assert _flaws("The idea originates from the writings of Tavernier, who visited Agra in _____.")
    assert not _flaws("In _____ Bourdet founded the resistance newspaper Combat with Henri Frenay.")
    assert not _flaws("Stalin was hostile to the idea of an independent Poland in _____.")


def test_a_list_ending_in_and_has_an_empty_member() -> None:
    flaws = questions.hard_flaws(
        questions.Checked(
            "figure",
            "cloze",
            "In the bigger ring, _____ factors into the product of the two Gaussian primes and.",
            (("2", True), ("3", False), ("5", False), ("7", False)),
        )
    )
    assert "stem has an empty list member" in flaws
