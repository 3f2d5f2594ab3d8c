"""Stage 6b, rank: score items, drop duplicates, and keep a set in which no stem gives away
another item's answer."""

from __future__ import annotations

from dataclasses import replace

from .lint import contains
from .model import Item

MAX_PER_ANSWER = 2  # the same answer asked more than twice makes a dull quiz


def score(item: Item) -> float:
    """Fact salience, stem quality and distractor closeness, less the soft flaws."""
    sentence = item.fact.sentence
    salience = 0.3 if sentence.block.kind == "infobox" else 0.0
    salience += 0.15 if not sentence.section else 0.0  # the lead states the main facts
    closeness = item.difficulty * 0.3
    return round(salience + item.stem.quality + closeness - 0.2 * len(item.flaws), 4)


def _leaks(item: Item, kept: list[Item]) -> bool:
    """True when the item's answer is in a kept stem, or a kept answer is in its stem."""
    kind, answer, stem = item.fact.kind, item.answer, item.stem.text
    return any(
        contains(k.stem.text, answer, kind) or contains(stem, k.answer, k.fact.kind) for k in kept
    )


def select(items: list[Item], limit: int | None = None) -> list[Item]:
    """Best items first, without duplicates or answer leaks between them; document order kept."""
    scored = sorted(
        (replace(i, score=score(i)) for i in items), key=lambda i: (-i.score, i.fact.start)
    )
    kept: list[Item] = []
    per_answer: dict[tuple[str, str], int] = {}
    stems: set[str] = set()
    for item in scored:
        key = (item.fact.kind, item.fact.value)
        if per_answer.get(key, 0) >= MAX_PER_ANSWER or item.stem.text in stems:
            continue
        if _leaks(item, kept):
            continue
        kept.append(item)
        per_answer[key] = per_answer.get(key, 0) + 1
        stems.add(item.stem.text)
        if limit is not None and len(kept) >= limit:
            break
    kept.sort(key=lambda i: (i.fact.start, i.fact.kind))
    return kept
