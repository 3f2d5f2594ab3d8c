"""Stage 6b, rank: score items by how much their fact matters, ask each fact once, best first.

The score is a linear one over a few features of the fact and its sentence (where it stands,
its kind, what the sentence says), its weights fitted on half of the SQuAD gold (the facts people
chose to ask about) and checked on the other half; `bench/items.py` measures it ("worth").

The rule that no item's answer is stated in another item's stem is a rule of a quiz, not of
the bank: one sentence may give a date, a figure and a place item. `lint.cross_flaws` finds
such pairs, and whoever builds a quiz from the bank keeps them apart.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, replace

from .identity import Asked, names_beyond
from .model import Document, Fact, FigureValue, Item
from .text import fold, lemma_words

MAX_PER_SENTENCE = 3  # a long sentence should not fill the top of the bank with similar stems
MAX_PER_SENTENCE_KIND = 2

# Verbs of the events an article is about: a person's birth, death and works, a thing's making,
# an event's outcome. People ask about these facts more than about the others.
MILESTONES = frozenset(
    "bear die found establish build open create begin start end win defeat kill capture sign "
    "elect appoint become complete publish release launch discover invent marry crown award "
    "reach record attend destroy".split()
)
# A date or figure that only frames the sentence ("In 2009, ...", "as of April 2013") is
# rarely what the sentence is about. Two patterns, so that the text before a fact is not
# searched at every position: the sentence opens with the frame, or "as of" (any case) ends it.
_FRAMING_START = re.compile(r"\W*(?:in|on|by|during|since|from|at|as of)\s+(?:the\s+)?$", re.I)
_AS_OF = re.compile(r"\bas of\s+$", re.I)


def _framing(before: str) -> bool:
    """True when the text before a fact frames it: what one search for the two patterns as
    alternatives, the first anchored at the start, finds."""
    if _FRAMING_START.match(before):
        return True
    return "as of" in before.casefold() and _AS_OF.search(before) is not None


# Fitted (logistic regression, rounded) on the even-numbered half of the SQuAD gold's articles
# and checked on the other: which facts people ask about. SQuAD has no infoboxes, so the infobox
# weight is set by hand: an infobox states what the article is about.
WEIGHTS: dict[str, float] = {
    "infobox": 0.5,
    "lead": 0.0,  # SQuAD's askers favour the lead no more than other paragraphs' first sentences
    "paragraph_first": 0.5,
    "early": 0.4,
    "milestone": 0.4,
    "date": 0.4,
    "figure": 0.0,
    "place": -0.4,
    "flaws": -0.4,
    "leaks": -0.2,
    "crowded": 0.0,
    "framing": -0.3,
    "shared": -0.4,
    "counted": 0.7,  # a figure that counts something ("300 workers"), not a bare number
    "long_paragraph": -0.7,  # a long paragraph's facts are each a smaller part of it
}


@dataclass(frozen=True, slots=True)
class Context:
    """What the score needs to know about an item's neighbours in the same document."""

    leaks: dict[str, int]  # item id → items it cannot share a quiz with
    per_block: Counter[int]  # paragraph (by offset) → items
    per_sentence: Counter[int]  # sentence index → items


def context(items: list[Item]) -> Context:
    """The neighbourhood counts of one document's items."""
    return Context(
        _leaks(items),
        Counter(i.fact.sentence.block.start for i in items),
        Counter(i.fact.sentence.index for i in items),
    )


def features(item: Item, ctx: Context) -> dict[str, float]:
    """What the score weighs: where the fact stands, what its sentence says, how crowded it is."""
    block, sentence = item.fact.sentence.block, item.fact.sentence
    return fact_features(item.fact, item.document) | {
        "flaws": float(len(item.flaws)),
        "leaks": math.log1p(ctx.leaks.get(item.id, 0)),
        "crowded": math.log(max(1, ctx.per_block[block.start])),
        "shared": math.log(max(1, ctx.per_sentence[sentence.index])),
    }


def prior(fact: Fact, document: Document) -> float:
    """The part of the score known before any item is written: the pipeline writes the items
    of a fact that the article states several times in this order, best first."""
    return sum(WEIGHTS[k] * v for k, v in fact_features(fact, document).items())


def fact_features(fact: Fact, document: Document) -> dict[str, float]:
    """The features of the fact itself: where it stands and what its sentence says."""
    sentence = fact.sentence
    block = sentence.block
    before = document.text[sentence.start : fact.start]
    return {
        "infobox": float(block.kind == "infobox"),
        "lead": float(not sentence.section and block.kind != "infobox"),
        "paragraph_first": float(block.kind == "paragraph" and sentence.start <= block.start + 1),
        "early": 1.0 - min(1.0, fact.start / max(1, len(document.text))),
        "milestone": float(bool(lemma_words(sentence.text)[1] & MILESTONES)),
        "date": float(fact.kind == "date"),
        "figure": float(fact.kind == "figure"),
        "place": float(fact.kind == "place"),
        "framing": float(_framing(before)),
        "counted": float(isinstance(fact.detail, FigureValue) and bool(fact.detail.noun)),
        "long_paragraph": math.log(max(1.0, (block.end - block.start) / 300)),
    }


def score(item: Item, ctx: Context) -> float:
    """The weighted sum of the item's features: higher for the facts that matter most."""
    return round(sum(WEIGHTS[k] * v for k, v in features(item, ctx).items()), 4)


def _leaks(items: list[Item]) -> dict[str, int]:
    """How many other items each one cannot share a quiz with (an answer in the other's stem).

    Answers are looked up among the stem's word n-grams, so the cost is linear in the items;
    only the n-grams that start with an answer's first word and are no longer than the longest
    answer starting with it are looked up.
    """
    answers: dict[str, list[int]] = {}
    for n, item in enumerate(items):
        answers.setdefault(fold(item.answer), []).append(n)
    longest: dict[str, int] = {}  # an answer's first word → the most words of such an answer
    for a in answers:
        words = a.split()
        if words:
            longest[words[0]] = max(longest.get(words[0], 0), len(words))
    partners: list[set[int]] = [set() for _ in items]
    for n, item in enumerate(items):
        words = fold(item.stem.text).split()
        for i, first in enumerate(words):
            if first not in longest:
                continue  # no answer starts with this word (most words of a stem)
            for size in range(1, min(longest[first], len(words) - i) + 1):
                for m in answers.get(" ".join(words[i : i + size]), ()):
                    if m != n:
                        partners[n].add(m)
                        partners[m].add(n)
    return {item.id: len(p) for item, p in zip(items, partners, strict=True)}


def select(items: list[Item], limit: int | None = None) -> list[Item]:
    """The best items first; each fact asked once (`identity.same_fact`). A sentence's items beyond
    the first few (`MAX_PER_SENTENCE`, `MAX_PER_SENTENCE_KIND`) are not dropped but put after
    all the others: the bank is the teacher's pool, each of them asks its own fact, and its
    first items should still come from many sentences."""
    ctx = context(items)
    scored = sorted(
        (replace(i, score=score(i, ctx)) for i in items),
        key=lambda i: (-i.score, i.fact.start, i.fact.kind),
    )
    beyond = names_beyond(items)
    kept: list[Item] = []
    later: list[Item] = []
    asked = Asked()
    stems: set[str] = set()
    per_sentence: Counter[int] = Counter()
    per_sentence_kind: Counter[tuple[int, str]] = Counter()

    def new(item: Item) -> bool:
        folded = fold(item.stem.text)
        if asked.count(item.fact) or folded in stems:  # the bank's lint compares stems folded
            return False  # a death date from the infobox and from the text is one fact
        if item.id in beyond:
            return False  # "Italy" a third time: another fact, the same answer
        asked.add(item.fact)
        stems.add(folded)
        return True

    for item in scored:
        sent, kind = item.fact.sentence.index, item.fact.kind
        if per_sentence[sent] >= MAX_PER_SENTENCE or per_sentence_kind[(sent, kind)] >= (
            MAX_PER_SENTENCE_KIND
        ):
            later.append(item)
        elif new(item):
            per_sentence[sent] += 1
            per_sentence_kind[(sent, kind)] += 1
            kept.append(item)
    kept.extend(item for item in later if new(item))
    return kept if limit is None else kept[:limit]
