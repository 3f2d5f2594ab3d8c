"""Stage 3, extract: sentences → facts, by the extractors of the table of kinds
(`questions.kinds`). Extractors run in table order and claim their spans, so a year is never
also a figure.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Document, Fact, Sentence
from .base import Context


def extract(
    doc: Document, sentences: Sequence[Sentence], kinds: Sequence[str] | None = None
) -> tuple[Fact, ...]:
    """All facts of the document, in document order."""
    from ..kinds import KINDS  # the table imports the extractors of this package

    ctx = Context(doc, sentences)
    facts: list[Fact] = []
    for kind in KINDS:
        found = kind.extract(ctx)  # always run: earlier kinds claim spans later kinds must skip
        if kinds is None or kind.name in kinds:
            facts.extend(found)
    facts.sort(key=lambda f: (f.start, f.end, f.kind))
    return tuple(facts)


__all__ = ["Context", "extract"]
