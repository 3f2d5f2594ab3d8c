"""Shifted dates: the moves that turn a date key into distractors of the same form (days by
weeks, years by a few, a round year by round steps, a census year by ten, a long span by moving
each end)."""

from __future__ import annotations

import random
from datetime import date, timedelta

from ..model import DateValue

Ymd = tuple[int, int, int]


def _spread(rng: random.Random, step: int, count: int = 3, inner: bool = False) -> list[int]:
    """Offsets (in steps) placing the key at a seeded position: some below, the rest above; with
    `inner`, never first nor last, so that no option lies more than two steps away."""
    below = rng.randint(1, count - 1) if inner else rng.randint(0, count)
    downs = [-(i + 1) for i in range(count + 2)]
    ups = [i + 1 for i in range(count + 2)]
    first = [d * step for d in downs[:below]] + [u * step for u in ups[: count - below]]
    rest = [d * step for d in downs[below:]] + [u * step for u in ups[count - below :]]
    return first + rest


def _shift_days(key: DateValue, rng: random.Random) -> list[tuple[Ymd, Ymd]]:
    """Day dates moved by whole days (a range by multiples of its own length), then by months."""
    try:
        a, b = date(*key.first), date(*key.last)
    except ValueError:
        return []
    width = (b - a).days
    # a single day moves by about a month: options a few days apart test nothing but the digit,
    # and options all in the key's month test the day alone (reviewers mark that trivia)
    step = width + 1 + rng.randint(0, max(2, width // 3)) if width else 30 + rng.randint(0, 9)
    out = []
    for off in _spread(rng, step):
        na, nb = a + timedelta(days=off), b + timedelta(days=off)
        if key.fmt in ("d-dmy", "d-dm", "md-dy") and (na.month, na.year) != (nb.month, nb.year):
            continue  # "16–21 January" must stay inside one month to keep its format
        if not key.explicit_year and na.year != a.year:
            continue
        out.append(((na.year, na.month, na.day), (nb.year, nb.month, nb.day)))
    for months in (1, -1, 2, -2):
        m1, m2 = key.first[1] + months, key.last[1] + months
        if 1 <= m1 <= 12 and 1 <= m2 <= 12:
            out.append(((a.year, m1, min(a.day, 28)), (b.year, m2, min(b.day, 28))))
    return out


# A span of this many years or more (a life, a reign, years of service) gets distractors whose
# ends move a few years each: spans that do not overlap it would lie a lifetime away
# ("1565–1659" for a chemist of the 20th century).
LONG_SPAN = 10


def long_span(key: DateValue) -> bool:
    """A range of `LONG_SPAN` years or more."""
    return key.is_range and key.last[0] - key.first[0] >= LONG_SPAN


def _span_shifts(key: DateValue, rng: random.Random) -> list[tuple[Ymd, Ymd]]:
    """The key's span with each end moved by two to nine years the same way, by amounts drawn
    independently, no two options sharing a start or an end: a span inside the key or holding
    it ("1613–1619" for "1610–1628") would be as true as the key."""
    moves = [m for m in range(-9, 10) if abs(m) >= 2]
    (y1, m1, d1), (y2, m2, d2) = key.first, key.last
    starts = rng.sample(moves, 8)
    ends = {sign: rng.sample([m for m in moves if m * sign > 0], 8) for sign in (1, -1)}
    return [((y1 + a, m1, d1), (y2 + ends[1 if a > 0 else -1].pop(), m2, d2)) for a in starts]


def shifts(key: DateValue, rng: random.Random, approx: bool = False) -> list[tuple[Ymd, Ymd]]:
    """Shifted copies of the key by days, months, years, decades or centuries."""
    if long_span(key):
        return _span_shifts(key, rng)
    (y1, m1, d1), (y2, m2, d2) = key.first, key.last
    if key.granularity == "day":
        return _shift_days(key, rng)
    if key.granularity == "month":
        months = [
            o
            for o in _spread(rng, 1, 3) + [3, -3, 4, -4]
            if 1 <= m1 + o <= 12 and 1 <= m2 + o <= 12
        ]
        return [((y1, m1 + o, 0), (y2, m2 + o, 0)) for o in months]
    unit = {"year": 1, "decade": 10, "century": 100}[key.granularity]
    length = y2 - y1
    if unit > 1:
        step = 1
    elif length:
        step = length + 1 + rng.randint(0, max(3, length // 3))
    elif approx:
        # "around 6000 BC" moves by its own rounding (5000, 7000 BC), "about 1850" by tens
        step = max(rounding(y1), 10)
    else:
        w = written_year(y1)  # 6000 BC is the astronomical -5999: count zeros as written
        zeros = len(str(abs(w))) - len(str(abs(w)).rstrip("0")) if w else 0
        # a round year ("c. 3000 BCE", "1800") gets round neighbours, not 2920
        step = (
            5 * 10 ** (min(zeros, 3) - 1)
            if zeros >= 2
            else 10
            if zeros == 1
            else rng.choice((2, 3, 4, 5))
        )
    # centuries are offered as the key's neighbours: the 19th and 20th centuries are no guess for
    # Galileo's 17th, the 16th and 18th are
    spread = _spread(rng, step, inner=unit == 100)
    return [((y1 + o * unit, m1, d1), (y2 + o * unit, m2, d2)) for o in spread]


def census_years(key: DateValue, step: int) -> list[tuple[Ymd, Ymd]]:
    """The census years around the key's, `step` years apart."""
    (y, m, d) = key.first
    return [((y + step * o, m, d), (y + step * o, m, d)) for o in (-1, 1, -2, 2, -3, 3, -4, -5)]


# Countries that count their people every five years (2006, 2011, 2016), not every ten
_FIVE_YEARLY = frozenset({"CA", "AU", "NZ", "IE", "JP"})


def census_step(stem_years: list[int], year: int, home: str) -> int:
    """Five in a country whose census is five-yearly, or when the stem compares the key's
    year with one five years off ("In _____, … had dropped 3.9% from 2006"); else ten."""
    five = any((year - y) % 10 == 5 for y in stem_years)
    return 5 if home in _FIVE_YEARLY or five else 10


def written_year(y: int) -> int:
    """The year as written: astronomical 0 is 1 BC, -5999 is 6000 BC."""
    return 1 - y if y <= 0 else y


def rounding(y: int) -> int:
    """The key's own rounding: 10 ** its trailing zeros (6000 → 1000, 1850 → 10, 1347 → 1)."""
    w = abs(written_year(y))
    zeros = len(str(w)) - len(str(w).rstrip("0")) if w else 0
    return int(10 ** min(zeros, 3))
