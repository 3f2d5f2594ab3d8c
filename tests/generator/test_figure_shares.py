"""Figures written in words: shares ("half", "two-thirds") and scaled words ("ten million").

Their options are written the same way, so they can be asked at all: before, a share had no
form its distractors could take and "ten million" was offered as "20 million".
"""

from __future__ import annotations

import random

import pytest

import questions
from questions import distract, docmodel
from questions.kinds import BY_NAME
from questions.stem import make_stem

PLAGUE = (
    "= Great Plague of Naples =\n\nThe Great Plague of Naples was an epidemic of 1656 in the "
    "Kingdom of Naples.\n\n"
)


def _options(text: str, fact_text: str) -> list[str] | None:
    doc = questions.read(text, "plague.txt")
    sentences = questions.segment(doc)
    facts = questions.extract(doc, sentences)
    docmodel.model(doc, sentences)
    fact = next(f for f in facts if f.text == fact_text)
    stem = make_stem(doc, fact)
    assert stem is not None
    pool = distract.Pool(
        [f for f in facts if f.kind == fact.kind], (), distract.Aliases(doc.text, doc.title)
    )
    result = BY_NAME[fact.kind].distract(fact, pool, stem.text, random.Random(1))
    return None if result is None else [o.text for o in result[0]]


@pytest.mark.parametrize(
    ("sentence", "fact", "key"),
    [
        ("The epidemic killed about half of the population of Naples in 1656.", "about half", 0.5),
        ("Two-thirds of the inhabitants of Genoa died in 1657.", "Two-thirds", 2 / 3),
    ],
)
def test_a_share_is_offered_among_other_shares(sentence: str, fact: str, key: float) -> None:
    options = _options(PLAGUE + sentence + "\n", fact)
    assert options is not None and fact in options, options
    words = {"half", "one-third", "two-thirds", "one-quarter", "three-quarters", "one-fifth"}
    words |= {w.capitalize() for w in words}
    assert all(o.split()[-1] in words for o in options), options


def test_more_than_a_share_is_offered_larger_shares_only() -> None:
    options = _options(
        PLAGUE + "More than one-third of the survivors left by 1660.\n", "More than one-third"
    )
    assert options is not None
    assert options[0] == "More than one-third", options  # ascending: the key is the smallest


def test_a_scaled_number_in_words_keeps_its_words() -> None:
    options = _options(PLAGUE + "Ten million people lived in the kingdom by 1700.\n", "Ten million")
    assert options is not None and "Ten million" in options
    assert all(o.split()[0].isalpha() and o.endswith(" million") for o in options), options
