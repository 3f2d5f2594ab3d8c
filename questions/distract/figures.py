"""Figure distractors: same unit, modifier and format; the article's figures first, then scaled
values placed so the key is not always in the middle; never inside a range key; ascending."""

from __future__ import annotations

import math
import random
import re
from collections.abc import Iterator

from ..model import Fact, FigureValue, Option
from ..render import render_figure
from .common import Pool, Result, also_true, figure_side
from .figure_bounds import limits, numbers_in


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
    if side and _THRESHOLD.search(_clause(fact)):
        # a bound that is a threshold or a capacity ("more than 60 kPa can lead to fibrosis",
        # "could send over 40,000 pounds"): past it is as true, so the wrong ones lie beyond it
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

    def offer(low: float, high: float) -> None:
        if len(chosen) >= 3 or not _figure_ok(key, low, high, side, age):
            return
        if majority and low <= 0.5:
            return
        if not bounds.allow(low, high):
            return  # "18 of _____ passes" is more than 18; "each … a total of 66 lb" at most 33
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
        for n in _placed([key.low + k for k in (1, 2, 3, 4, 5)], _downs(key), side, rng):
            offer(n, n)
    for d in _article_figures(fact, key, pool, stem):
        offer(d.low, d.high)
        if len(chosen) >= 3:
            break  # the rest need not be tested against the stem
    for low, high in [] if small else _made(key, side, rng, age):
        offer(low, high)
    if len(chosen) < 3:
        return None
    return _result(fact, key, chosen)


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
    """The part of the fact's sentence between the punctuation around it."""
    text, at = fact.sentence.text, fact.start - fact.sentence.start
    start = max(text.rfind(p, 0, at) for p in ",;:(")
    ends = [e for e in (text.find(p, at + len(fact.text)) for p in ",;:)") if e >= 0]
    return text[start + 1 : min(ends, default=len(text))]


# "their second Super Bowl appearance in _____" (three years): within it, so any longer span
# is as true
_WITHIN = re.compile(r"\b(?:second|third|fourth|fifth|twice|\w+ times)\b[^.;]{0,60}? in _____")
_TIME_UNITS = frozenset({"year", "years", "month", "months", "week", "weeks", "day", "days"})
_AGE = re.compile(r"\b(?:aged|(?:at|under|over|median|the|of) age(?: of)?|years old)\b")


def _made(
    key: FigureValue, side: int, rng: random.Random, age: bool = False
) -> list[tuple[float, float]]:
    """Values made from the key: shifted on an interval scale (32.5 °C: 29 °C or 38 °C, never
    65 °C) and for an age (39: 34, 44 or 49, never 58), other common shares for a share
    ("half": one-third, two-thirds), else scaled."""
    if key.unit in INTERVAL_UNITS or age:
        return [(key.low + d, key.high + d) for d in _shifts(key, side, rng)]
    if is_share(key):
        return [(v, v) for v in sorted(_COMMON_SHARES, key=lambda v: abs(math.log(v / key.low)))]
    factors = _factors(key, side, rng)
    if not _round_key(key) and (key.low >= 100 or key.decimals):
        # 542 among 705, 813 and 1,084 is the base the others were made from (×1.3, ×1.5, ×2):
        # each factor is moved a little, so that no option is a plain multiple of the key (a
        # small count keeps its factors: its window has room for three of them only), nor a
        # key with decimals one step of an even ladder
        factors = [f * (1 + rng.choice((-1, 1)) * rng.uniform(0.02, 0.05)) for f in factors]
    return [_scaled(key, factor) for factor in factors]


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
        and _round_key(f.detail) == _round_key(key)  # 189,863 among 148,000 and 880,000 stands out
        and bool(f.detail.decimals) == bool(key.decimals)  # "12 m" as "12.00 m" beside 9.47 m
        and not (_uneven(key) and _whole_tens(f.detail))  # 101 among 35, 40 and 50
        and is_share(f.detail) == is_share(key)  # "two" is no option for "two-thirds"
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
# article's "over" no longer reaches ("Over 20%", "Over 30%").
LOWER_BOUND_GAP = 1.5


def _figure_ok(key: FigureValue, low: float, high: float, side: int, age: bool = False) -> bool:
    whole = key.unit == "%" and (high > 100 or (high == 100 and key.high < 100))
    if low <= 0 or whole or (age and not key.low * 0.7 <= low <= min(105, key.high * 1.35)):
        return False  # no share above 100% (nor all of it where the key is a part), nobody aged
        # 142, nor 38 beside a death at 96, nor a quarterback of 58 beside one of 39
    if key.is_range and not (high < key.low or low > key.high):
        return False  # never inside (or overlapping) a range that is the key
    if side > 0 and low < key.high * (LOWER_BOUND_GAP if key.bound == "lower" else 1.15) - 1e-9:
        return False
    if side < 0 and high >= key.low * 0.87:
        return False
    if key.bound == "approx" and 0.8 <= low / key.low <= 1.25:
        return False
    if not key.is_range and not far_enough(key, low):
        return False  # 1.80 against 1.78: within rounding of the key, not a wrong answer
    return low != key.low or high != key.high


MIN_RELATIVE = 0.1  # a distractor differs from the key by at least 10% …
MIN_UNITS = 2  # … and by at least two units of the key's last written digit


def rounding(key: FigureValue) -> float:
    """The key's own rounding: 0.01 for 1.78, 1 for 6,437, 1,000 for a round 6,000."""
    if key.decimals:
        return 10.0**-key.decimals
    n = int(round(key.low))
    zeros = len(str(n)) - len(str(n).rstrip("0")) if n else 0
    return float(10**zeros)


def _round_key(key: FigureValue) -> bool:
    """An approximate key ("about 6,000") or a round one (two trailing zeros: "40,000")."""
    return not key.decimals and (
        (key.bound == "approx" and rounding(key) >= 10) or rounding(key) >= 100
    )


# The shares offered as distractors: those people say ("two-fifths" tempts nobody)
_COMMON_SHARES = (1 / 10, 1 / 5, 1 / 4, 1 / 3, 1 / 2, 2 / 3, 3 / 4)


def is_share(key: FigureValue) -> bool:
    """A share written in words: "half", "two-thirds" (`render.SHARE_WORDS`)."""
    return key.style == "words" and 0 < key.low < 1


def far_enough(key: FigureValue, low: float) -> bool:
    """The family's one rule: at least 10% from the key and two units of its last digit; an
    approximate or round key's distractors a whole step of its rounding away."""
    diff = abs(low - key.low)
    if is_share(key):
        return diff >= MIN_RELATIVE * key.low - 1e-9  # one-third against half
    digit = 10.0**-key.decimals if key.decimals else 1.0
    if small_count(key):
        return diff >= 1  # three against two and four: the nearest counts are the tempting ones
    step = rounding(key) if _round_key(key) else MIN_UNITS * digit
    return diff >= MIN_RELATIVE * key.low - 1e-9 and diff >= step - 1e-9


SMALL_COUNT = 9  # below ten (a round number), a count's neighbours are its distractors


def small_count(key: FigureValue) -> bool:
    """A small whole count ("three", "6 scores", "two years"): offered among its neighbours."""
    return (
        not key.is_range
        and not key.scale
        and not key.decimals
        and key.unit != "%"
        and key.unit not in INTERVAL_UNITS
        and key.low == int(key.low)
        and 1 <= key.low <= SMALL_COUNT
    )


def _downs(key: FigureValue) -> list[float]:
    """The counts below a small key, nearest first, never below two ("one plays")."""
    return [key.low - k for k in range(1, int(key.low) - 1)]


def _factors(key: FigureValue, side: int, rng: random.Random) -> list[float]:
    """Scale factors placing the key at a seeded position among the options."""
    # the last of each list serve bounds and coarse keys ("more than 1 million") that round
    # the nearer factors onto one value
    # near ones first: a season's 9,500 yards allowed beside 4,530 is absurd, 5,700 tempts;
    # unevenly spaced, or a test-wise learner sees the step (54.36 K: 67.95, 81.54, 95.13)
    ups = [1.3, 1.5, 1.8, 2.0, 2.5, 3.0, 4.0, 5.0]
    return _placed(ups, [0.8, 0.65, 0.5, 0.4, 0.3, 0.2], side, rng)


def _placed(ups: list[float], downs: list[float], side: int, rng: random.Random) -> list[float]:
    """The ways up and down in the order that puts the key at a seeded position (0 to 3 of the
    options below it); only up (down) when the stem bounds the key from below (above)."""
    if side > 0:
        return ups
    if side < 0:
        return downs
    below = rng.randint(0, 3)
    return downs[:below] + ups[: 3 - below] + downs[below:] + ups[3 - below :]


# Units of an interval scale: ratios mean nothing, so wrong values are the key shifted.
INTERVAL_UNITS = frozenset({"°C", "°F"})


def _shifts(key: FigureValue, side: int, rng: random.Random) -> list[float]:
    """Shifts of an interval-scale key or an age: a few steps of about a tenth of it (at least
    two of its last digit, at least 2), in both directions unless the stem bounds it."""
    digit = 10.0**-key.decimals if key.decimals else 1.0
    step = max(2.0, MIN_UNITS * digit, round(abs(key.low) * 0.12 / digit) * digit)
    ups = [step * k for k in (1, 2, 3, 4)]
    return _placed(ups, [-u for u in ups], side, rng)


def _nice(v: float, key: FigureValue) -> float:
    """Round to a number of the key's precision (350 → 530, not 525; 254 → 381)."""
    if _round_key(key):
        unit = rounding(key)  # "about 6,000": 4,000 or 9,000, never 5,600
        return float(max(unit, round(v / unit) * unit))
    if key.decimals:
        near = round(v, key.decimals)
        unit = 10.0**-key.decimals
        if round(key.low / unit) % 10 and not round(near / unit) % 10:
            # "13.5 mpg" among 4.0, 6.0 and 9.0: a last decimal of 0 stands out
            near = round(near + (unit if v >= near else -unit), key.decimals)
        return near
    if v < 20 or int(key.low) % 10:
        # "254 break-ins": 152, 381 or 508, never 510 beside it (a round option gives it away),
        # nor 400 that a moved factor happened to reach
        near = max(1, round(v))
        if v >= 20 and near % 10 == 0:
            near += 1 if v >= near else -1
        return float(near)
    # two significant digits, but no coarser than the key's own: 4,530 among 5,890 and 3,620,
    # not among the round 3,500, 5,700 and 6,600
    unit = min(10 ** (len(str(int(v))) - 2), rounding(key))
    return float(round(v / unit) * unit)


def _scaled(key: FigureValue, factor: float) -> tuple[float, float]:
    low = _nice(key.low * factor, key)
    high = _nice(key.high * factor, key) if key.is_range else low
    if key.is_range and high <= low:
        high = low + max(1.0, key.high - key.low)
    return low, high
