"""Helpers the generator tests share: an article snippet read into its document and facts."""

from __future__ import annotations

import questions
from questions.stem import make_stem


def doc_facts(text: str) -> tuple[questions.Document, tuple[questions.Fact, ...]]:
    """The snippet read as an article, and every fact extracted from it."""
    doc = questions.read(text, "s.txt")
    return doc, questions.extract(doc, questions.segment(doc))


def stem_of(text: str, answer: str) -> questions.Stem | None:
    """The stem written for the fact whose text is `answer` in the snippet."""
    doc, facts = doc_facts(text)
    return make_stem(doc, next(f for f in facts if f.text == answer))
