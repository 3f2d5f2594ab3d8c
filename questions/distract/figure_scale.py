"""Values made from a figure key: scaled by uneven factors, shifted on an interval scale or
for an age, or the shares people say; rounded to the key's own precision. What a distractor
must be to count as wrong (`far_enough`) and when a count's neighbours serve (`small_count`)."""

from __future__ import annotations

import math
import random

from ..model import FigureValue


def made(
    key: FigureValue, side: int, rng: random.Random, age: bool = False
) -> list[tuple[float, float]]:
    """Values made from the key: shifted on an interval scale (32.5 °C: 29 °C or 38 °C, never
    65 °C) and for an age (39: 34, 44 or 49, never 58), other common shares for a share
    ("half": one-third, two-thirds), else scaled."""
    if key.unit in INTERVAL_UNITS or age:
        return [(key.low + d, key.high + d) for d in _shifts(key, side, rng, age)]
    if is_share(key):
        return [(v, v) for v in sorted(_COMMON_SHARES, key=lambda v: abs(math.log(v / key.low)))]
    if key.unit == "%" and side > 0 and key.high >= 40:
        # "over 61 per cent": scaled, only two values fit under 100; ten points apart, three do
        return [
            (key.low + d, key.high + d)
            for d in (10.0, 20.0, 30.0, 15.0, 25.0, 35.0)
            if key.high + d < 100
        ]
    factors = _factors(key, side, rng)
    if not round_key(key) and (key.low >= 100 or key.decimals):
        # 542 among 705, 813 and 1,084 is the base the others were made from (×1.3, ×1.5, ×2):
        # each factor is moved a little, so that no option is a plain multiple of the key (a
        # small count keeps its factors: its window has room for three of them only), nor a
        # key with decimals one step of an even ladder
        factors = [f * (1 + rng.choice((-1, 1)) * rng.uniform(0.02, 0.05)) for f in factors]
    return [_scaled(key, factor) for factor in factors]


MIN_RELATIVE = 0.1  # a distractor differs from the key by at least 10% …
MIN_UNITS = 2  # … and by at least two units of the key's last written digit


def rounding(key: FigureValue) -> float:
    """The key's own rounding: 0.01 for 1.78, 1 for 6,437, 1,000 for a round 6,000."""
    if key.decimals:
        return 10.0**-key.decimals
    n = int(round(key.low))
    zeros = len(str(n)) - len(str(n).rstrip("0")) if n else 0
    return float(10**zeros)


def round_key(key: FigureValue) -> bool:
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
    step = rounding(key) if round_key(key) else MIN_UNITS * digit
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


def downs(key: FigureValue) -> list[float]:
    """The counts below a small key, nearest first, never below two ("one plays")."""
    return [key.low - k for k in range(1, int(key.low) - 1)]


def _factors(key: FigureValue, side: int, rng: random.Random) -> list[float]:
    """Scale factors placing the key at a seeded position among the options."""
    # the last of each list serve bounds and coarse keys ("more than 1 million") that round
    # the nearer factors onto one value
    # near ones first: a season's 9,500 yards allowed beside 4,530 is absurd, 5,700 tempts;
    # unevenly spaced, or a test-wise learner sees the step (54.36 K: 67.95, 81.54, 95.13)
    ups = [1.3, 1.5, 1.8, 2.0, 2.5, 3.0, 4.0, 5.0]
    return placed(ups, [0.8, 0.65, 0.5, 0.4, 0.3, 0.2], side, rng)


def placed(ups: list[float], downs: list[float], side: int, rng: random.Random) -> list[float]:
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


def _shifts(key: FigureValue, side: int, rng: random.Random, age: bool = False) -> list[float]:
    """Shifts of an interval-scale key or an age: a few steps of about a tenth of it (at least
    two of its last digit, at least 2), in both directions unless the stem bounds it. A round
    age (a retirement at 65, a limit of 40) moves by fives: 55, 60 or 70, never 49 or 73."""
    digit = 10.0**-key.decimals if key.decimals else 1.0
    step = max(2.0, MIN_UNITS * digit, round(abs(key.low) * 0.12 / digit) * digit)
    if age and not key.decimals and key.low >= 15 and key.low % 5 == 0:
        step = 5.0
    ups = [step * k for k in (1, 2, 3, 4)]
    return placed(ups, [-u for u in ups], side, rng)


def nice(v: float, key: FigureValue) -> float:
    """Round to a number of the key's precision (350 → 530, not 525; 254 → 381)."""
    if round_key(key):
        unit = rounding(key)  # "about 6,000": 4,000 or 9,000, never 5,600
        return float(max(unit, round(v / unit) * unit))
    if key.decimals:
        near = round(v, key.decimals)
        unit = 10.0**-key.decimals
        if round(key.low / unit) % 10 and not round(near / unit) % 10:
            # "13.5 mpg" among 4.0, 6.0 and 9.0: a last decimal of 0 stands out
            near = round(near + (unit if v >= near else -unit), key.decimals)
        return near
    if v >= 5 and int(key.low) % 10 == 5 and key.low >= 15:
        # "a speed limit of 55 mph": 45, 65 or 75 beside it, never 44 or 72 (a key ending in 5
        # among options that do not stands out)
        near = 5 * max(1, round(v / 5))
        if near % 10 == 0:
            near += 5 if v >= near else -5
        return float(near)
    if 20 <= key.low < 100 and not int(key.low) % 10 and v >= 5:
        # "Each trip is 30 minutes long": 25, 40 or 45 beside it, never 24 or 39 (a round key
        # among options that are not stands out)
        return float(5 * round(v / 5))
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
    low = nice(key.low * factor, key)
    high = nice(key.high * factor, key) if key.is_range else low
    if key.is_range and high <= low:
        high = low + max(1.0, key.high - key.low)
    return low, high
