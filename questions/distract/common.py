"""What the distractor choosers share: the indexed pool, the also-true test, day ordinals."""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Iterable, Sequence

from ..model import DateValue, Fact, FigureValue, Option, PlaceValue
from ..text import lemma_words

Result = tuple[tuple[Option, ...], float]
NEAREST = 24  # candidates considered per fact: keeps the stage linear in the article's length


class Pool:
    """The article's facts of one kind, indexed once so each lookup is logarithmic."""

    def __init__(self, facts: Sequence[Fact], avoid: Iterable[str] = ()) -> None:
        self.facts = list(facts)
        self.avoid = frozenset(a.casefold() for a in avoid)  # options a teacher asked to replace
        keyed = sorted(((self._key(f), i) for i, f in enumerate(self.facts)))
        self.keys = [k for k, _ in keyed]
        self.order = [self.facts[i] for _, i in keyed]
        self.by_class: dict[str, list[Fact]] = {}
        for f in self.facts:
            if isinstance(f.detail, PlaceValue):
                self.by_class.setdefault(f.detail.cls, []).append(f)

    @staticmethod
    def _key(f: Fact) -> float:
        d = f.detail
        if isinstance(d, DateValue):
            return ordinal_day(d.first)
        if isinstance(d, FigureValue):
            return math.log(max(d.low, 1e-9))
        return float(f.start)

    def near(self, key: float, k: int = NEAREST) -> list[Fact]:
        """Up to k facts whose sort key is closest to `key`, nearest first."""
        i = bisect.bisect_left(self.keys, key)
        lo, hi = max(0, i - k), min(len(self.keys), i + k)
        window = list(zip(self.keys[lo:hi], self.order[lo:hi], strict=True))
        window.sort(key=lambda kv: abs(kv[0] - key))
        return [f for _, f in window[:k]]

    def of_class(self, cls: str, k: int = NEAREST * 2) -> list[Fact]:
        """Places of one class in document order (at most 2k of them)."""
        return self.by_class.get(cls, [])[:k]


_DAY_MONTH = re.compile(
    r"\b\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)|(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December) \d{1,2}\b"
)


def also_true(fact: Fact, other: Fact, stem: str) -> bool:
    """True when `other` states something the stem could equally be asking about."""
    if other.sentence.index == fact.sentence.index:
        return False
    my_dates, their_dates = (
        set(_DAY_MONTH.findall(stem)),
        set(_DAY_MONTH.findall(other.sentence.text)),
    )
    if my_dates and their_dates and not my_dates & their_dates:
        return False  # dated events on different days are different events
    mine, my_verbs = lemma_words(stem)
    theirs, their_verbs = lemma_words(other.sentence.text)
    mine = mine - lemma_words(fact.text)[0]
    theirs = theirs - lemma_words(other.text)[0]
    if not mine or not theirs:
        return False
    shared = mine & theirs
    if len(shared) / len(mine) >= 0.5:
        return True
    return len(shared) >= 2 and bool(shared & my_verbs & their_verbs)


def ordinal_day(t: tuple[int, int, int]) -> float:
    y, m, d = t
    return y * 372.0 + max(m, 1) * 31.0 + max(d, 1)
