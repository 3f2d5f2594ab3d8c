"""What the distractor choosers share: the indexed pool, the also-true test, day ordinals."""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache

from ..model import DateValue, Fact, FigureValue, Option, PlaceValue
from ..text import MONTH_NAMES, NUMBER_WORDS, lemma_words
from .aliases import Aliases

Result = tuple[tuple[Option, ...], float]
NEAREST = 24  # candidates considered per fact: keeps the stage linear in the article's length


class Pool:
    """The article's facts of one kind, indexed once so each lookup is logarithmic."""

    def __init__(
        self, facts: Sequence[Fact], avoid: Iterable[str] = (), aliases: Aliases | None = None
    ) -> None:
        self.facts = list(facts)
        self.avoid = frozenset(a.casefold() for a in avoid)  # options a teacher asked to replace
        self.aliases = aliases or Aliases("")  # other names the article gives one place
        keyed = sorted(((self._key(f), i) for i, f in enumerate(self.facts)))
        self.keys = [k for k, _ in keyed]
        self.order = [self.facts[i] for _, i in keyed]
        self.by_class: dict[str, list[Fact]] = {}
        for f in self.facts:
            if isinstance(f.detail, PlaceValue):
                self.by_class.setdefault(f.detail.cls, []).append(f)
        self.home = _home_country(self.by_class.get("country", []))
        self._cycles: dict[int, frozenset[int]] | None = None

    @property
    def cycles(self) -> dict[int, frozenset[int]]:
        """The periods, in years, of what the article says recurs ("awarded every four years
        since 1950", "held every 2 years"), each with the years its sentence gives."""
        if self._cycles is None:
            sentences = {f.sentence.index: f.sentence for f in self.facts}
            found: dict[int, set[int]] = {}
            for sentence in sentences.values():
                for m in _EVERY_N_YEARS.finditer(sentence.text):
                    w = m.group(1).lower()
                    n = int(w) if w.isdigit() else NUMBER_WORDS.get(w, 0)
                    if 2 <= n <= 10:
                        found.setdefault(n, set()).update(
                            f.detail.first[0]
                            for f in self.facts
                            if f.sentence is sentence
                            and isinstance(f.detail, DateValue)
                            and f.detail.granularity in ("year", "month", "day")
                            and not f.detail.is_range
                        )
            self._cycles = {n: frozenset(years) for n, years in found.items()}
        return self._cycles

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


_EVERY_N_YEARS = re.compile(r"\bevery (\w+) years\b", re.I)
HOME_MENTIONS = 5  # a country named this often ...
HOME_SHARE = 0.4  # ... and as this share of the article's countries is its home country


def _home_country(countries: Sequence[Fact]) -> str:
    """The country the article is set in, when it names one far more than the others (India in
    the Taj Mahal's article, England in an English diplomat's): asking for it tests nothing, as
    every reader knows it, and no other country tempts. Empty when there is none."""
    counts = Counter(f.value for f in countries)
    if not counts:
        return ""
    home, n = counts.most_common(1)[0]
    return home if n >= HOME_MENTIONS and n >= HOME_SHARE * sum(counts.values()) else ""


_DAY_MONTH = re.compile(
    r"\b\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)|(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December) \d{1,2}\b"
)


@lru_cache(maxsize=65536)
def _day_months(text: str) -> frozenset[str]:
    """The days of the year a text names ("16 January", "October 18")."""
    if not any(month in text for month in MONTH_NAMES[1:]):
        return frozenset()  # every match holds a month's name: no scan of the text
    return frozenset(_DAY_MONTH.findall(text))


@lru_cache(maxsize=65536)
def _words_besides(text: str, fact_text: str) -> tuple[frozenset[str], frozenset[str]]:
    """(content lemmas of `text` less those of the fact itself, verb lemmas of `text`)."""
    words, verbs = lemma_words(text)
    return words - lemma_words(fact_text)[0], verbs


def also_true(fact: Fact, other: Fact, stem: str) -> bool:
    """True when `other` states something the stem could equally be asking about."""
    if other.sentence.index == fact.sentence.index:
        return False
    my_dates, their_dates = _day_months(stem), _day_months(other.sentence.text)
    if my_dates and their_dates and not my_dates & their_dates:
        return False  # dated events on different days are different events
    # memoised per (sentence, fact): each sentence meets every fact of the article
    mine, my_verbs = _words_besides(stem, fact.text)
    theirs, their_verbs = _words_besides(other.sentence.text, other.text)
    if not mine or not theirs:
        return False
    shared = mine & theirs
    if len(shared) / len(mine) >= 0.5:
        return True
    return len(shared) >= 2 and bool(shared & my_verbs & their_verbs)


def ordinal_day(t: tuple[int, int, int]) -> float:
    y, m, d = t
    return y * 372.0 + max(m, 1) * 31.0 + max(d, 1)


# Words before a date that make the statement true of a whole side of the time line. "By 1900"
# and "since (at least) 1900" hold of every later date too, so distractors are earlier; "after
# 1900" and "until 1900" ("remained in office until 1900") hold of every earlier one, so they
# are later.
_DATE_BEFORE = re.compile(
    r"\b(?:(?P<upper>by|before|since|prior to|no later than|not after)|"
    r"(?P<lower>after|until|till|later than|no earlier than|not before))\s+(?:at least\s+)?(?:the\s+)?"
    r"(?:end of\s+)?$",
    re.I,
)
# Words around a figure that make it a bound: "more than 500" (more than 300 is true too).
_FIGURE_BEFORE = re.compile(
    r"\b(?:(?P<lower>more than|over|at least|above|upwards of|in excess of|exceeding|exceeded|"
    r"exceeds|surpassed|no fewer than|"
    r"no less than|a minimum of)|(?P<upper>under|less than|fewer than|up to|at most|below|"
    r"no more than|a maximum of))\s+"
    r"(?:(?:some|about|around|approximately|roughly|nearly|almost)\s+)?$",
    re.I,
)
_FIGURE_AFTER = re.compile(
    r"^\s*(?:\w+\s+)?(?:or (?P<lower>more)|or (?P<upper>fewer|less))\b", re.I
)


# "over" before a hedge ("took over roughly 80%"): no one writes "more than roughly", so the
# "over" is a verb's particle
_PARTICLE = re.compile(r"over\s+(?:some|about|around|approximately|roughly|nearly|almost)\b", re.I)


def _before(fact: Fact) -> str:
    """The sentence's text up to the fact."""
    return fact.sentence.text[: max(0, fact.start - fact.sentence.start)][-40:]


def date_side(fact: Fact) -> int:
    """-1 when only earlier dates can be wrong ("by _____"), 1 when only later ones, else 0."""
    m = _DATE_BEFORE.search(_before(fact))
    if m is None:
        return 0
    return -1 if m.group("upper") else 1


def figure_side(fact: Fact) -> int:
    """1 when the figure is a lower bound in its sentence ("more than _____"), -1 an upper one."""
    after = fact.sentence.text[max(0, fact.end - fact.sentence.start) :][:30]
    before = _before(fact)
    m = _FIGURE_BEFORE.search(before) or _FIGURE_AFTER.search(after)
    if m is None or _PARTICLE.match(m.group(0) + fact.text):
        return 0  # "took over roughly 80% of Afghanistan": "over" is the verb's, no bound
    return 1 if m.group("lower") else -1
