"""Figure distractors: same unit, modifier and format; the article's figures first, then scaled
values placed so the key is not always in the middle; never inside a range key; ascending."""

from __future__ import annotations

import math
import random
import re
from collections.abc import Iterator

from ..model import Fact, FigureValue, Option
from ..pronouns import ASIDE
from ..render import render_figure
from ..text import ONES
from .common import Pool, Result, also_true, figure_side
from .figure_bounds import limits, numbers_in
from .figure_scale import (
    INTERVAL_UNITS,
    downs,
    far_enough,
    is_share,
    made,
    placed,
    round_key,
    small_count,
)


def askable(fact: Fact) -> bool:
    """False when the key cannot be written as its options will be (asked before the stem)."""
    key = fact.detail
    assert isinstance(key, FigureValue)
    written = render_figure(key, key.low, key.high)
    return written is not None and (written == fact.text or _capital(written) == fact.text)


def choose(fact: Fact, pool: Pool, stem: str, rng: random.Random) -> Result | None:
    """Same unit, modifier and format: the article's figures first, scaled values next."""
    key = fact.detail
    assert isinstance(key, FigureValue)
    if not askable(fact):
        return None
    written = render_figure(key, key.low, key.high)
    # "Two of the expeditions…": a figure opening its sentence is capitalised, so are the options
    capital = written != fact.text
    chosen: list[tuple[float, float, str]] = []
    taken = {fact.text}
    stem_numbers = numbers_in(stem)
    # bound keys: "at least 35" makes "at least 20" true, so distractors lie above (below for "up to")
    side = {"lower": 1, "upper": -1}.get(key.bound, 0) or figure_side(fact)
    clause = _clause(fact)
    if side and _THRESHOLD.search(clause, clause.find(fact.text) + len(fact.text)):
        # a bound that is a threshold, its modal after it ("more than 60 kPa can lead to
        # fibrosis"): past it is as true, so the wrong ones lie beyond it; a capacity's bound,
        # its modal before it ("could send over 40,000 pounds"), keeps its side (over 30,000 is
        # as true)
        side = -side
    bounds = limits(fact, pool.near(math.log(max(key.low, 1e-9))))
    if key.unit in _TIME_UNITS and _WITHIN.search(stem):
        return None  # "second appearance in _____": "in four years" is as true as "in three"
    if bounds.refused or (side and key.unit in INTERVAL_UNITS):
        return None  # the sentence gives the key away; "below 9 °C" nests in "below 7 °C"
    # a person's age ("aged _____", "at the age of _____"), not an era's ("the Acheulean age")
    age = bool(_AGE.search(stem))
    majority = is_share(key) and "_____ majority" in stem  # "a one-quarter majority" is none
    article = _ARTICLE_BEFORE.search(stem)  # "an _____ veteran": every option takes "an"
    an = article is not None and article.group(1).lower() == "an"

    whole = _whole_of_part(stem)
    # "a sex ratio of _____ females for every 1000 males": a rate keeps near the key (325 is
    # no sex ratio beside 867)
    rate = bool(_PER_BASE.search(stem))
    other_end = _other_end(fact, pool)  # "from about 3.2 billion years … to about _____"
    # "increased to over 1 million tons … from _____": the stem's other quantities in the key's
    # unit are no options ("1,000,000 tons" is the figure the stem states)
    stated = {
        (f.detail.low, f.detail.high)
        for f in pool.facts
        if f.sentence.start == fact.sentence.start
        and f.start != fact.start
        and isinstance(f.detail, FigureValue)
        and f.detail.unit == key.unit
        and f.text in stem
    }

    def offer(low: float, high: float) -> None:
        if len(chosen) >= 3 or not _figure_ok(key, low, high, side, age):
            return
        if majority and low <= 0.5:
            return
        if not bounds.allow(low, high):
            return  # "18 of _____ passes" is more than 18; "each … a total of 66 lb" at most 33
        if whole is not None and high >= whole:
            return  # "Four minarets … The _____ taller ones": fewer than four
        if rate and not key.low / RATE_REACH <= low <= key.low * RATE_REACH:
            return
        if other_end is not None and (low - other_end) * (key.low - other_end) <= 0:
            return  # past the range's other end: "from 3.2 … to _____" takes no 2.2
        if (low, high) in stated:
            return
        if any(abs(low - c[0]) < 0.1 * max(low, c[0]) for c in chosen):
            return  # two distractors nearly equal: one of them would be a throw-away
        if key.is_range and not 0.5 <= (high / low) / (key.high / key.low) <= 2:
            return  # a range of a very different shape stands out
        text = render_figure(key, low, high)
        text = _capital(text) if text and capital else text
        if (
            not text
            or (article is not None and takes_an(text) != an)
            or text in taken
            or text.casefold() in pool.avoid
            or numbers_in(text) & stem_numbers
        ):
            return
        taken.add(text)
        chosen.append((low, high, text))

    small = small_count(key)
    if small:  # "three": two, four and five, never the article's six, eight and nine
        for n in placed([key.low + k for k in (1, 2, 3, 4, 5)], downs(key), side, rng):
            offer(n, n)
    for d in _article_figures(fact, key, pool, stem):
        offer(d.low, d.high)
        if len(chosen) >= 3:
            break  # the rest need not be tested against the stem
    if rate and not key.is_range:  # near the key, as precise as it is written
        factors = [0.7, 0.75, 0.8, 0.85, 0.9, 1.1, 1.15, 1.2, 1.25, 1.3, 1.35]
        rng.shuffle(factors)
        for f in factors:
            offer(*(2 * [round(key.low * f, key.decimals)]))
    for low, high in [] if small else made(key, side, rng, age):
        offer(low, high)
    if len(chosen) < 3:
        return None
    return _result(fact, key, chosen)


_FROM = re.compile(r"\b[Ff]rom (?:about |around |approximately |some |roughly )?$")
_TO = re.compile(r"\bto (?:about |around |approximately |some |roughly )?$")


def _other_end(fact: Fact, pool: Pool) -> float | None:
    """The value of the figure that opens the range the key closes ("They range in age from
    about 3.2 billion years for the basaltic samples … to about 4.6 billion years"), or None."""
    text = fact.sentence.text
    base = fact.sentence.start
    key = fact.detail
    assert isinstance(key, FigureValue)
    for f in pool.facts:
        d = f.detail
        if f.sentence.start != base or f.end > fact.start or not isinstance(d, FigureValue):
            continue
        if d.unit != key.unit or d.is_range:
            continue
        before = text[max(0, f.start - base - 30) : f.start - base]
        if _FROM.search(before) and _TO.search(text[f.end - base : fact.start - base]):
            return d.low
    return None


# A rate per a round base after the blank, and how far its options may lie from it
_PER_BASE = re.compile(
    r"_____ (?:[a-z]+ ){0,2}(?:for every|per|out of every|in every) [\d,]+\b"
    r"|\b(?:[Ff]or every|[Pp]er) (?:100|1,?000) [^.;_]{0,60}_____"  # "for every 100 females … _____"
)
RATE_REACH = 1.45


# "Four minarets occupy the corners. The _____ taller ones …": a part of a count the stem
# gave before its blank ("ones", "other", "remaining" after the blank), so fewer than it
_PART_AFTER_BLANK = re.compile(
    r"_____ (?:other|remaining|taller|larger|smaller|older|younger|bigger|higher|lower|longer|"
    r"shorter|newer|greater|earlier|later) (?:[a-z]+ )?(?:ones|[a-z]+s)\b"
)
_COUNT_OF = re.compile(r"(?<![\w.,])(\d+|[A-Za-z]+) (?:[a-z-]+ )?[a-z]+s\b")


def _whole_of_part(stem: str) -> float | None:
    """The count the blank is a part of ("Four minarets … The _____ taller ones"), or None."""
    part = _PART_AFTER_BLANK.search(stem)
    if part is None:
        return None
    counts = [m.group(1) for m in _COUNT_OF.finditer(stem, 0, part.start())]
    values = [
        float(c) if c.isdigit() else float(ONES[c.lower()])
        for c in counts
        if c.isdigit() or c.lower() in ONES
    ]
    return values[-1] if values else None


_ARTICLE_BEFORE = re.compile(r"(?<![\w'’-])([Aa]n?) _____")


def takes_an(text: str) -> bool:
    """True when a figure as written is read with "an": "an 11-year", "an 8.5%", "an 18,000",
    "an eighty"; "a 110", "a 1,800", "a one"."""
    word = text.split(" ", 1)[0].lower()
    if word[:1].isalpha():
        return word[:1] in "aeiou" and not word.startswith("one")
    lead = re.match(r"\d+", word.replace("$", ""))
    if lead is None:
        return False
    group = lead.group(0)
    return group.startswith("8") or group in ("11", "18")


_THRESHOLD = re.compile(r"\b(?:can|could|may|might)\b")


def _clause(fact: Fact) -> str:
    """The part of the fact's sentence between the punctuation around it, its asides left out
    ("greater than 160 kPa (about 1.6 atm) may lead to convulsions")."""
    text, at = fact.sentence.text, fact.start - fact.sentence.start
    # an aside after the fact is blanked (same length), so the clause goes on past it
    text = text[:at] + ASIDE.sub(lambda m: " " * len(m.group(0)), text[at:])
    start = max(text.rfind(p, 0, at) for p in ",;:(")
    ends = [e for e in (text.find(p, at + len(fact.text)) for p in ",;:)") if e >= 0]
    return text[start + 1 : min(ends, default=len(text))]


# "their second Super Bowl appearance in _____" (three years): within it, so any longer span
# is as true
_WITHIN = re.compile(r"\b(?:second|third|fourth|fifth|twice|\w+ times)\b[^.;]{0,60}? in _____")
_TIME_UNITS = frozenset({"year", "years", "month", "months", "week", "weeks", "day", "days"})
_AGE = re.compile(r"\b(?:aged|(?:at|under|over|median|the|of) age(?: of)?|years old)\b")


def _article_figures(fact: Fact, key: FigureValue, pool: Pool, stem: str) -> Iterator[FigureValue]:
    """The article's figures of the key's unit and shape, same counted noun and nearest first
    (six at most). The costly also-true test runs in that order, only while the caller asks."""
    same = [
        (f, f.detail)
        for f in pool.near(math.log(max(key.low, 1e-9)))
        if isinstance(f.detail, FigureValue)
        and f.value != fact.value
        and f.detail.unit == key.unit
        and f.detail.is_range == key.is_range
        and _near_enough(f.detail, key)
        and round_key(f.detail) == round_key(key)  # 189,863 among 148,000 and 880,000 stands out
        and bool(f.detail.decimals) == bool(key.decimals)  # "12 m" as "12.00 m" beside 9.47 m
        and not (_uneven(key) and _whole_tens(f.detail))  # 101 among 35, 40 and 50
        and is_share(f.detail) == is_share(key)  # "two" is no option for "two-thirds"
        and not _restated(f)  # "$10,000 ($277,912 in 2024)": the same sum in today's money
    ]
    same.sort(
        key=lambda fd: (fd[1].noun != key.noun, abs(math.log((fd[1].low or 1) / (key.low or 1))))
    )
    given = 0
    for f, d in same:
        if given == 6:
            return
        if not also_true(fact, f, stem):
            given += 1
            yield d


# A sum restated in another year's money, in brackets: "($277,912 in 2024)", "(equivalent to
# $96,240 in 2024)"
_RESTATED = re.compile(r"\s+in\s+(?:1[89]|20)\d\d(?:\s+dollars)?\)")


def _restated(fact: Fact) -> bool:
    """True for a figure that restates another in a later year's money: no sum of the story."""
    s = fact.sentence
    return "(" in s.text[: fact.start - s.start] and bool(
        _RESTATED.match(s.text, fact.end - s.start)
    )


def _uneven(key: FigureValue) -> bool:
    """A whole key of 20 or more that is no multiple of five (101, 254; 35 is round enough to
    stand among 40 and 50)."""
    return not key.decimals and key.low >= 20 and int(key.low) % 5 != 0


def _whole_tens(value: FigureValue) -> bool:
    """A whole figure that is a multiple of ten (40, 50): beside an uneven key it stands out."""
    return not value.decimals and float(value.low).is_integer() and int(value.low) % 10 == 0


def _near_enough(other: FigureValue, key: FigureValue) -> bool:
    """An article's figure near enough to the key to tempt: within five times it, or twice for a
    share (a 19% Scheduled Caste share is no literacy rate beside 74.6%)."""
    reach = 2.0 if key.unit == "%" or is_share(key) else 5.0
    return 1 / reach <= (other.low or 1) / (key.low or 1) <= reach


def _result(fact: Fact, key: FigureValue, chosen: list[tuple[float, float, str]]) -> Result:
    """The options in ascending order, and a difficulty from the nearest distractor."""
    opts = [(key.low, fact.text, True)] + [(c[0], c[2], False) for c in chosen]
    opts.sort(key=lambda o: o[0])
    ratio = min(abs(math.log((c[0] or 1) / (key.low or 1))) for c in chosen)
    difficulty = round(1.0 - min(1.0, ratio / math.log(3)) * 0.8, 2)
    return tuple(Option(t, c) for _, t, c in opts), difficulty


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


# "Over 10%" is true of a share of 14%: a lower bound's distractors lie well above it, where the
# article's "over" no longer reaches ("Over 20%", "Over 30%"). A share needs at most ten
# points more: "over 61 per cent" is no 91 per cent, and "over 71 per cent" is as false.
LOWER_BOUND_GAP = 1.5
SHARE_GAP = 10.0


def _above(key: FigureValue) -> float:
    """The least a distractor above the key may be."""
    if key.bound != "lower":
        return key.high * 1.15
    if key.unit == "%":
        return min(key.high * LOWER_BOUND_GAP, key.high + SHARE_GAP)
    return key.high * LOWER_BOUND_GAP


def _figure_ok(key: FigureValue, low: float, high: float, side: int, age: bool = False) -> bool:
    whole = key.unit == "%" and (high > 100 or (high == 100 and key.high < 100))
    if low <= 0 or whole or (age and not key.low * 0.7 <= low <= min(105, key.high * 1.35)):
        return False  # no share above 100% (nor all of it where the key is a part), nobody aged
        # 142, nor 38 beside a death at 96, nor a quarterback of 58 beside one of 39
    if key.is_range and not (high < key.low or low > key.high):
        return False  # never inside (or overlapping) a range that is the key
    if side > 0 and low < _above(key) - 1e-9:
        return False
    if side < 0 and high >= key.low * 0.87:
        return False
    if key.bound == "approx" and 0.8 <= low / key.low <= 1.25:
        return False
    if not key.is_range and not far_enough(key, low):
        return False  # 1.80 against 1.78: within rounding of the key, not a wrong answer
    return low != key.low or high != key.high
