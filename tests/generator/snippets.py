"""Helpers the generator tests share: an article snippet read into its document and facts."""

from __future__ import annotations

import questions


def doc_facts(text: str) -> tuple[questions.Document, tuple[questions.Fact, ...]]:
    """The snippet read as an article, and every fact extracted from it."""
    doc = questions.read(text, "s.txt")
    return doc, questions.extract(doc, questions.segment(doc))
