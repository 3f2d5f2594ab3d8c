"""When two statements state one fact: the bank asks each fact once, and one name at most
`PER_ANSWER` times.

The same value is not enough. "Seven professional schools" and "seven sororities" are two
facts, and so are "Jamukha was turned over in 1206" and "Temüjin was proclaimed khan in 1206".
Two statements of one value state one fact when
- they stand in the same sentence, or one of them is an infobox field (the infobox sums up the
  text: "Died 12 May 1888" and "He died on 12 May 1888");
- they are figures counting the same noun (or neither names one);
- they are dates of one day ("7 February 2016" names one event wherever it is written);
- otherwise, when their sentences say the same thing: most of the content words of the shorter
  one, less the fact itself, are in the other.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from .model import DateValue, Fact, FigureValue, Item
from .text import lemma_words

# Share of the shorter statement's content words the other must have for one event.
SAME_EVENT = 0.5
# Items of one bank whose answer is the same name, whatever facts they ask: "Italy" is the answer
# to many facts of Mussolini's article, and a bank that asks it sixty times teaches "the answer
# is Italy". (A number or a date is no such cue: "seven schools" and "seven sororities" stay.)
PER_ANSWER = 2


def same_fact(a: Fact, b: Fact) -> bool:
    """True when the two statements state one fact (and a bank asks it once)."""
    if a.kind != b.kind or a.value != b.value:
        return False
    if a.sentence.index == b.sentence.index:
        return True
    if a.sentence.block.kind == "infobox" or b.sentence.block.kind == "infobox":
        return True
    da, db = a.detail, b.detail
    if isinstance(da, FigureValue) and isinstance(db, FigureValue):
        return _noun(da) == _noun(db)
    if isinstance(da, DateValue) and da.granularity == "day":
        return True
    return _same_event(a, b)


def _noun(v: FigureValue) -> str:
    """The counted noun's lemma ("sororities" → "sorority"), or "" when none is named."""
    words = lemma_words(v.noun)[0] if v.noun else frozenset()
    return min(words) if len(words) == 1 else v.noun.lower()


def _same_event(a: Fact, b: Fact) -> bool:
    mine = lemma_words(a.sentence.text)[0] - lemma_words(a.text)[0]
    theirs = lemma_words(b.sentence.text)[0] - lemma_words(b.text)[0]
    if not mine or not theirs:
        return True  # nothing to tell them apart: one fact, as the value says
    shared = len(mine & theirs)
    return shared >= SAME_EVENT * min(len(mine), len(theirs))


class Asked:
    """The facts asked so far, grouped by kind and value."""

    def __init__(self) -> None:
        self._by_value: dict[tuple[str, str], list[Fact]] = {}

    def count(self, fact: Fact) -> int:
        """How many statements asked so far state this fact."""
        group = self._by_value.get((fact.kind, fact.value), ())
        return sum(1 for f in group if same_fact(f, fact))

    def add(self, fact: Fact) -> None:
        self._by_value.setdefault((fact.kind, fact.value), []).append(fact)


def _named(kind: str) -> bool:
    from .kinds import BY_NAME  # the table of kinds imports the stages that import this module

    found = BY_NAME.get(kind)
    return found is not None and found.named


def names_beyond(items: Sequence[Item]) -> frozenset[str]:
    """The ids of the items whose answer is a name that `PER_ANSWER` earlier mentions of the
    article answer already (in the order of the text, so the article's first mentions, where it
    introduces the name, are the ones asked; and the same whatever the document's format)."""
    seen: Counter[tuple[str, str]] = Counter()
    beyond: set[str] = set()
    for item in sorted(items, key=lambda i: (i.fact.start, i.fact.kind)):
        key = (item.fact.kind, item.fact.value)
        if _named(item.fact.kind):
            seen[key] += 1
            if seen[key] > PER_ANSWER:
                beyond.add(item.id)
    return frozenset(beyond)
