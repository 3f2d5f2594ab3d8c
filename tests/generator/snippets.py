"""Helpers the generator tests share: an article snippet read into its document and facts."""

from __future__ import annotations

import random

import questions
from questions import distract, docmodel
from questions.dangling import ANAPHOR
from questions.kinds import BY_NAME
from questions.pipeline import _stem_for
from questions.stem import make_stem


def doc_facts(text: str) -> tuple[questions.Document, tuple[questions.Fact, ...]]:
    """The snippet read as an article, and every fact extracted from it."""
    doc = questions.read(text, "s.txt")
    return doc, questions.extract(doc, questions.segment(doc))


def stem_of(text: str, answer: str) -> questions.Stem | None:
    """The stem written for the fact whose text is `answer` in the snippet."""
    doc, facts = doc_facts(text)
    return make_stem(doc, next(f for f in facts if f.text == answer))


def options_of(text: str, fact: questions.Fact | str) -> tuple[questions.Option, ...]:
    """The options the generator's rules choose for a fact of the snippet (by its text, or the
    fact itself), with a fixed seed; the fact must get a stem and options."""
    doc, facts = doc_facts(text)
    docmodel.model(doc, questions.segment(doc))
    found = fact if isinstance(fact, questions.Fact) else next(f for f in facts if f.text == fact)
    kind = BY_NAME[found.kind]
    asked, stem = _stem_for(doc, kind, found)
    assert stem is not None, found
    same = [f for f in facts if f.kind == asked.kind]
    pool = distract.Pool(same, (), distract.Aliases(doc.text, doc.title))
    result = kind.distract(asked, pool, stem.text, random.Random(1))
    assert result is not None, stem.text
    return result[0]


def dangling_word(stem: str) -> str | None:
    """The first word or phrase of the stem that leans on what it does not name, or None."""
    found = ANAPHOR.search(stem)
    return found.group(0) if found else None
