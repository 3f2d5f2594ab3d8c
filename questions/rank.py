"""Stage 6b, rank: score items, drop duplicates, interleave kinds.

The rule that no item's answer is stated in another item's stem is a rule of a quiz, not of
the bank: one sentence may give a date, a figure and a place item. `lint.cross_flaws` finds
such pairs, and whoever builds a quiz from the bank keeps them apart.
"""

from __future__ import annotations

from dataclasses import replace

from .model import Item
from .text import fold

MAX_PER_ANSWER = 2  # the same answer asked more than twice makes a dull quiz
MAX_PER_SENTENCE = 3  # a long sentence should not fill the bank with near-identical stems
MAX_PER_SENTENCE_KIND = 2


def score(item: Item) -> float:
    """Fact salience, stem quality and distractor closeness, less the soft flaws."""
    sentence = item.fact.sentence
    salience = 0.3 if sentence.block.kind == "infobox" else 0.0
    salience += 0.15 if not sentence.section else 0.0  # the lead states the main facts
    closeness = item.difficulty * 0.3
    return round(salience + item.stem.quality + closeness - 0.2 * len(item.flaws), 4)


def _conflicts(items: list[Item]) -> dict[str, int]:
    """How many other candidates each item excludes (its answer in their stem or theirs in its)."""
    folded = [(i, f" {fold(i.stem.text)} ", f" {fold(i.answer)} ") for i in items]
    degree = {i.id: 0 for i in items}
    for a, stem_a, ans_a in folded:
        for b, stem_b, ans_b in folded:
            if a is not b and (ans_b in stem_a or ans_a in stem_b):
                degree[a.id] += 1
    return degree


def _interleave(items: list[Item]) -> list[Item]:
    """Best of each kind in turn, so that one kind cannot crowd out the others."""
    queues: dict[str, list[Item]] = {}
    for item in items:
        queues.setdefault(item.fact.kind, []).append(item)
    out: list[Item] = []
    order = sorted(queues, key=lambda k: (len(queues[k]), k))  # the scarcest kind picks first
    while any(queues.values()):
        for kind in order:
            if queues[kind]:
                out.append(queues[kind].pop(0))
    return out


def select(items: list[Item], limit: int | None = None) -> list[Item]:
    """Best items first, without duplicates or answer leaks between them; document order kept."""
    degree = _conflicts(items)
    scored = _interleave(
        sorted(
            (replace(i, score=score(i)) for i in items),
            key=lambda i: (-(i.score - 0.1 * degree[i.id]), i.fact.start),
        )
    )
    kept: list[Item] = []
    per_answer: dict[tuple[str, str], int] = {}
    per_sentence: dict[int, int] = {}
    per_sentence_kind: dict[tuple[int, str], int] = {}
    stems: set[str] = set()
    for item in scored:
        key = (item.fact.kind, item.fact.value)
        sent = item.fact.sentence.index
        if per_answer.get(key, 0) >= MAX_PER_ANSWER or item.stem.text in stems:
            continue
        sk = (sent, item.fact.kind)
        if per_sentence.get(sent, 0) >= MAX_PER_SENTENCE:
            continue
        if per_sentence_kind.get(sk, 0) >= MAX_PER_SENTENCE_KIND:
            continue
        per_sentence[sent] = per_sentence.get(sent, 0) + 1
        per_sentence_kind[sk] = per_sentence_kind.get(sk, 0) + 1
        kept.append(item)
        per_answer[key] = per_answer.get(key, 0) + 1
        stems.add(item.stem.text)
        if limit is not None and len(kept) >= limit:
            break
    kept.sort(key=lambda i: (i.fact.start, i.fact.kind))
    return kept
