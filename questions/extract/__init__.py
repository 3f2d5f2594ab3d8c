"""Stage 3, extract: sentences → facts. A registry maps each kind to its extractor.

A new kind is one module with an `extract(ctx) -> list[Fact]` function and one registry line.
Extractors run in registry order and claim their spans, so a year is never also a figure.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..model import Document, Fact, Sentence
from . import dates, figures, places
from .base import Context

Extractor = Callable[[Context], list[Fact]]

REGISTRY: dict[str, Extractor] = {
    "date": dates.extract,
    "figure": figures.extract,
    "place": places.extract,
}


def extract(
    doc: Document, sentences: Sequence[Sentence], kinds: Sequence[str] | None = None
) -> tuple[Fact, ...]:
    """All facts of the document, in document order."""
    ctx = Context(doc, sentences)
    facts: list[Fact] = []
    for kind, extractor in REGISTRY.items():
        found = extractor(ctx)  # always run: earlier kinds claim spans later kinds must skip
        if kinds is None or kind in kinds:
            facts.extend(found)
    facts.sort(key=lambda f: (f.start, f.end, f.kind))
    return tuple(facts)


__all__ = ["REGISTRY", "Context", "Extractor", "extract"]
