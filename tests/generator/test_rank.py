"""Ranking: snippet → which items the bank keeps and in what order (best first)."""

from __future__ import annotations

import pytest

import questions
from questions import rank
from questions.pipeline import items_for
from questions.text import fold

PERSON = """= John Harwick =

Infobox
- Born: March 3, 1850
- Died: June 9, 1921

John Harwick (March 3, 1850 – June 9, 1921) was an English engineer. He built the Harwick mill \
in 1875.

== Life ==

Harwick was born in Leeds. In 1880, the Harwick mill employed 300 workers. He married Ann Cole in 1882. \
The Harwick mill burned down in 1890. He opened a second mill in 1895. He died on June 9, 1921, in York. \
The Harwick mill closed in 1960. As of 1990, the Harwick mill was a museum.
"""


def bank(text: str, limit: int | None = None) -> list[questions.Item]:
    return list(questions.generate([questions.Source("s.txt", text)], max_per_document=limit).items)


def test_each_fact_is_asked_once() -> None:
    items = bank(PERSON)
    keys = [(i.fact.kind, i.fact.value) for i in items]
    assert len(keys) == len(set(keys)), keys
    # the death date of the infobox and of the text is one fact, asked by the infobox's stem
    deaths = [i for i in items if i.fact.value == "1921-06-09"]
    assert [i.stem.text for i in deaths] == ["When did John Harwick die?"]


def test_the_bank_is_in_rank_order() -> None:
    items = bank(PERSON)
    scores = [i.score for i in items]
    assert scores == sorted(scores, reverse=True)
    order = [i.fact.text for i in items]
    assert order[:2] == ["March 3, 1850", "June 9, 1921"]  # the infobox's birth and death
    # what the article is about before the dates that only frame a sentence
    assert order.index("1875") < order.index("1880")
    assert order.index("1895") < order.index("1880")
    assert "1990" not in order  # "As of 1990": the date a statement held on is not asked


def test_a_limit_keeps_the_best() -> None:
    assert [i.id for i in bank(PERSON, 3)] == [i.id for i in bank(PERSON)[:3]]


@pytest.mark.parametrize(
    ("sentence", "fact", "framing"),
    [
        ("In 2009, the Harwick mill employed 300 workers.", "2009", 1.0),
        ("By 1990, the Harwick mill had become a museum.", "1990", 1.0),
        ("The Harwick mill was founded in 2009 by Ann Cole.", "2009", 0.0),
        ("On 4 May 1901, the Harwick mill burned down.", "4 May 1901", 1.0),
    ],
)
def test_dates_that_frame_a_sentence(sentence: str, fact: str, framing: float) -> None:
    doc = questions.read(f"= Harwick Mill =\n\n{sentence}\n", "s.txt")
    items = items_for(doc)
    item = next(i for i in items if i.fact.text == fact)
    assert rank.features(item, rank.context(items))["framing"] == framing


def test_leaks_are_counted_as_pairwise(sample_text: str) -> None:
    items = items_for(questions.read(sample_text, "s.txt"))
    stems = [f" {fold(i.stem.text)} " for i in items]
    answers = [f" {fold(i.answer)} " for i in items]
    pairwise = {
        a.id: sum(
            1
            for m, b in enumerate(items)
            if m != n and (answers[m] in stems[n] or answers[n] in stems[m])
        )
        for n, a in enumerate(items)
    }
    assert rank.context(items).leaks == pairwise


@pytest.mark.parametrize(
    ("sentence", "fact", "counted"),
    [
        ("The Harwick mill employed 300 workers.", "300", 1.0),
        ("The Harwick mill tower was 30 metres tall.", "30 metres", 0.0),
    ],
)
def test_figures_that_count_something(sentence: str, fact: str, counted: float) -> None:
    doc = questions.read(
        f"= Harwick Mill =\n\nThe mill employed 300 workers. {sentence}\n", "s.txt"
    )
    items = items_for(doc)
    item = next(i for i in items if i.fact.text == fact)
    assert rank.features(item, rank.context(items))["counted"] == counted


def test_a_long_paragraph_ranks_its_facts_down() -> None:
    filler = " The Harwick mill stood by the river and its wheel turned the stones." * 40
    text = f"= Harwick Mill =\n\nThe mill opened in 1850.{filler}\n\nThe mill closed in 1960.\n"
    items = items_for(questions.read(text, "s.txt"))
    ctx = rank.context(items)
    long, short = (next(i for i in items if i.fact.text == t) for t in ("1850", "1960"))
    assert rank.features(long, ctx)["long_paragraph"] > rank.features(short, ctx)["long_paragraph"]


CROWDED = """= Harwick Mill =

The Harwick mill employed 300 workers, 40 clerks, 12 engineers and 9 managers in 1880.

The Harwick mill burned down in 1890. The Harwick mill was rebuilt in 1895.
"""


def test_a_crowded_sentence_keeps_its_facts_after_the_others() -> None:
    items = bank(CROWDED)
    figures = [i.fact.text for i in items if i.fact.kind == "figure"]
    assert sorted(figures) == ["12", "300", "40", "9"]  # each asks its own fact: none dropped
    first_sentence = [n for n, i in enumerate(items) if i.fact.sentence.index == 0]
    # two figures of the sentence come among the best; the others wait for the rest of the bank
    assert first_sentence[-2:] == [len(items) - 2, len(items) - 1], [i.fact.text for i in items]
