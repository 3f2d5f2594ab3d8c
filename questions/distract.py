"""Stage 5, distractors: three wrong options per fact, chosen by kind, never by chance alone.

Each function returns (options in logical order, difficulty) or None when three good
distractors cannot be found: an item is dropped, never padded.
"""

from __future__ import annotations

import math
import re
import random
from datetime import date, timedelta
from collections.abc import Sequence

from anyascii import anyascii

from .gazetteer import Place, gazetteer
from .model import DateValue, Fact, FigureValue, Option, PlaceValue
from .render import render_date, render_figure
from .text import fold, lemma_words, same_name

Result = tuple[tuple[Option, ...], float]
_DAY_MONTH = re.compile(
    r"\b\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)|(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December) \d{1,2}\b"
)


def _also_true(fact: Fact, other: Fact, stem: str) -> bool:
    """True when `other` states something the stem could equally be asking about."""
    if other.sentence.index == fact.sentence.index:
        return False
    my_dates, their_dates = set(_DAY_MONTH.findall(stem)), set(_DAY_MONTH.findall(other.sentence.text))
    if my_dates and their_dates and not my_dates & their_dates:
        return False  # dated events on different days are different events
    mine, my_verbs = lemma_words(stem)
    theirs, their_verbs = lemma_words(other.sentence.text)
    mine -= lemma_words(fact.text)[0]
    theirs -= lemma_words(other.text)[0]
    if not mine or not theirs:
        return False
    shared = mine & theirs
    if len(shared) / len(mine) >= 0.5:
        return True
    return len(shared) >= 2 and bool(shared & my_verbs & their_verbs)


def _ordinal_day(t: tuple[int, int, int]) -> float:
    y, m, d = t
    return y * 372.0 + max(m, 1) * 31.0 + max(d, 1)


def dates(fact: Fact, pool: Sequence[Fact], stem: str, rng: random.Random) -> Result | None:
    """Same granularity and format: the article's other dates first, shifted dates next."""
    key = fact.detail
    assert isinstance(key, DateValue)
    if render_date(key, key.first, key.last) != fact.text or key.fmt == "month":
        return None  # a format we cannot reproduce would make the key stand out
    width = _ordinal_day(key.last) - _ordinal_day(key.first)
    taken: set[str] = {fact.text}
    chosen: list[tuple[tuple[int, int, int], tuple[int, int, int], str]] = []

    blocked = [
        f.detail for f in pool
        if isinstance(f.detail, DateValue) and f.value != fact.value and _also_true(fact, f, stem)
    ]  # fmt: skip

    def offer(first: tuple[int, int, int], last: tuple[int, int, int]) -> None:
        if len(chosen) >= 3 or not _date_ok(key, first, last):
            return
        if any(_overlaps(b, first, last) for b in blocked):
            return  # another date the article gives for the same event
        text = render_date(key, first, last)
        if text in taken or text.lower() in stem.lower():
            return
        taken.add(text)
        chosen.append((first, last, text))

    same = [f for f in pool if isinstance(f.detail, DateValue) and f.value != fact.value]
    same = [f for f in same if f.detail.granularity == key.granularity]  # type: ignore[union-attr]
    same = [f for f in same if not _also_true(fact, f, stem)]
    same.sort(key=lambda f: abs(_ordinal_day(f.detail.first) - _ordinal_day(key.first)))  # type: ignore[union-attr]
    for f in same:
        d = f.detail
        assert isinstance(d, DateValue)
        if key.is_range or d.is_range:
            continue  # ranges are shifted below so that widths match
        offer(d.first, d.first)
    for first, last in _shifts(key, rng):
        offer(first, last)
    if len(chosen) < 3:
        return None
    opts = [(key.first, fact.text, True)] + [(c[0], c[2], False) for c in chosen]
    opts.sort(key=lambda o: _ordinal_day(o[0]))
    gaps = [abs(_ordinal_day(c[0]) - _ordinal_day(key.first)) for c in chosen]
    scale = {"day": 30.0, "month": 365.0, "year": 3650.0, "decade": 36500.0, "century": 365000.0}
    difficulty = 1.0 - min(1.0, min(gaps) / scale[key.granularity]) * 0.8
    del width
    return tuple(Option(t, c) for _, t, c in opts), round(difficulty, 2)


def _overlaps(d: DateValue, first: tuple[int, int, int], last: tuple[int, int, int]) -> bool:
    lo, hi = _ordinal_day(d.first), _ordinal_day(d.last)
    if d.granularity != "day":
        hi += 31 if d.granularity == "month" else 372 * ({"year": 1, "decade": 10}.get(d.granularity, 100))
    return not (_ordinal_day(last) < lo or _ordinal_day(first) > hi)


def _date_ok(key: DateValue, first: tuple[int, int, int], last: tuple[int, int, int]) -> bool:
    """A distractor must not overlap the key's interval and must be a real date."""
    if not (_ordinal_day(last) < _ordinal_day(key.first) or _ordinal_day(first) > _ordinal_day(key.last)):
        return False
    for y, m, d in (first, last):
        if m and not 1 <= m <= 12:
            return False
        if d and not 1 <= d <= 28 + (3 if m in (1, 3, 5, 7, 8, 10, 12) else 2 if m != 2 else 0):
            return False
        if key.fmt not in ("y-era", "era-y") and y <= 0 and not key.era:
            return False
        if y > 2030:
            return False
    return True


Ymd = tuple[int, int, int]


def _spread(rng: random.Random, step: int, count: int = 3) -> list[int]:
    """Offsets (in steps) placing the key at a seeded position: some below, the rest above."""
    below = rng.randint(0, count)
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
    step = width + 1 + rng.randint(0, max(2, width // 3)) if width else rng.choice((2, 3, 4))
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


def _shifts(key: DateValue, rng: random.Random) -> list[tuple[Ymd, Ymd]]:
    """Shifted copies of the key by days, months, years, decades or centuries."""
    (y1, m1, d1), (y2, m2, d2) = key.first, key.last
    if key.granularity == "day":
        return _shift_days(key, rng)
    if key.granularity == "month":
        months = [o for o in _spread(rng, 1, 3) + [3, -3, 4, -4] if 1 <= m1 + o <= 12 and 1 <= m2 + o <= 12]
        return [((y1, m1 + o, 0), (y2, m2 + o, 0)) for o in months]
    unit = {"year": 1, "decade": 10, "century": 100}[key.granularity]
    length = y2 - y1
    if unit > 1:
        step = 1
    elif length:
        step = length + 1 + rng.randint(0, max(3, length // 3))
    else:
        zeros = len(str(abs(y1))) - len(str(abs(y1)).rstrip("0")) if y1 else 0
        # a round year ("c. 3000 BCE", "1800") gets round neighbours, not 2920
        step = 5 * 10 ** (min(zeros, 3) - 1) if zeros >= 2 else 10 if zeros == 1 else rng.choice((2, 3, 4, 5))
    return [((y1 + o * unit, m1, d1), (y2 + o * unit, m2, d2)) for o in _spread(rng, step)]


def figures(fact: Fact, pool: Sequence[Fact], stem: str, rng: random.Random) -> Result | None:
    """Same unit, modifier and format: the article's figures first, scaled values next."""
    key = fact.detail
    assert isinstance(key, FigureValue)
    if render_figure(key, key.low, key.high) != fact.text:
        return None
    chosen: list[tuple[float, float, str]] = []
    taken = {fact.text}
    stem_numbers = set(fold(stem).split())
    # bound keys: "at least 35" makes "at least 20" true, so distractors lie above (below for "up to")
    side = {"lower": 1, "upper": -1}.get(key.bound, 0)

    def offer(low: float, high: float) -> None:
        if len(chosen) >= 3 or not _figure_ok(key, low, high, side):
            return
        if any(abs(low - c[0]) < 0.1 * max(low, c[0]) for c in chosen):
            return  # two distractors nearly equal: one of them would be a throw-away
        if key.is_range and not 0.5 <= (high / low) / (key.high / key.low) <= 2:
            return  # a range of a very different shape stands out
        text = render_figure(key, low, high)
        if not text or text in taken or any(t in stem_numbers for t in fold(text).split() if t.isdigit()):
            return
        taken.add(text)
        chosen.append((low, high, text))

    same = [f for f in pool if isinstance(f.detail, FigureValue) and f.value != fact.value]
    same = [f for f in same if f.detail.unit == key.unit and f.detail.is_range == key.is_range]  # type: ignore[union-attr]
    same = [f for f in same if not _also_true(fact, f, stem)]
    same = [f for f in same if 0.2 <= (f.detail.low or 1) / (key.low or 1) <= 5]  # type: ignore[union-attr]
    same.sort(key=lambda f: (f.detail.noun != key.noun, abs(math.log((f.detail.low or 1) / (key.low or 1)))))  # type: ignore[union-attr]
    for f in same[:6]:
        d = f.detail
        assert isinstance(d, FigureValue)
        offer(d.low, d.high)
    for factor in _factors(key, side, rng):
        offer(*_scaled(key, factor))
    if len(chosen) < 3:
        return None
    opts = [(key.low, fact.text, True)] + [(c[0], c[2], False) for c in chosen]
    opts.sort(key=lambda o: o[0])
    ratio = min(abs(math.log((c[0] or 1) / (key.low or 1))) for c in chosen)
    difficulty = round(1.0 - min(1.0, ratio / math.log(3)) * 0.8, 2)
    return tuple(Option(t, c) for _, t, c in opts), difficulty


def _figure_ok(key: FigureValue, low: float, high: float, side: int) -> bool:
    if low <= 0 or (key.unit == "%" and high > 100):
        return False
    if key.is_range and not (high < key.low or low > key.high):
        return False  # never inside (or overlapping) a range that is the key
    if side > 0 and low <= key.high * 1.15:
        return False
    if side < 0 and high >= key.low * 0.87:
        return False
    if key.bound == "approx" and 0.8 <= low / key.low <= 1.25:
        return False
    return low != key.low or high != key.high


def _factors(key: FigureValue, side: int, rng: random.Random) -> list[float]:
    """Scale factors placing the key at a seeded position among the options."""
    ups, downs = [1.5, 2.0, 3.0, 1.3, 4.0], [0.6, 0.4, 0.25, 0.75, 0.5]
    if side > 0:
        return ups
    if side < 0:
        return downs
    below = rng.randint(0, 3)
    return downs[:below] + ups[: 3 - below] + downs[below:] + ups[3 - below :]


def _nice(v: float, key: FigureValue) -> float:
    """Round to a number of the key's precision (35 → 50, not 52.5)."""
    if key.decimals:
        return round(v, key.decimals)
    if v < 20:
        return float(max(1, round(v)))
    mag = 10 ** (len(str(int(v))) - 2)
    return float(round(v / mag) * mag)


def _scaled(key: FigureValue, factor: float) -> tuple[float, float]:
    low = _nice(key.low * factor, key)
    high = _nice(key.high * factor, key) if key.is_range else low
    if key.is_range and high <= low:
        high = low + max(1.0, key.high - key.low)
    return low, high


def places(fact: Fact, pool: Sequence[Fact], stem: str, rng: random.Random) -> Result | None:
    """Same class: the article's places first, then the gazetteer's neighbours."""
    key = fact.detail
    assert isinstance(key, PlaceValue)
    chosen: list[str] = []
    folded_stem = fold(stem)

    def offer(name: str) -> None:
        if len(chosen) >= 3 or not name:
            return
        if same_name(name, fact.text) or any(same_name(name, c) for c in chosen):
            return
        if fold(name) in folded_stem or any(same_name(name, w) for w in _names(stem)):
            return
        chosen.append(name)

    same = [f for f in pool if isinstance(f.detail, PlaceValue) and f.detail.cls == key.cls]
    same = [f for f in same if f.value != fact.value and not _also_true(fact, f, stem)]
    if key.cls in ("state", "city") and key.country:
        same = [f for f in same if getattr(f.detail, "country", "") in ("", key.country)]
    for f in sorted(same, key=lambda f: f.start):
        offer(f.value)
    from_article = len(chosen)
    ascii_key = anyascii(fact.text) == fact.text
    for place in _gazetteer_neighbours(key):
        if len(place.name.split()) > 1 and _SECTION_WORDS & set(place.name.lower().split()):
            continue  # "Lower West Side" is a part of a city, not a town
        offer(anyascii(place.name) if ascii_key else place.name)
    if len(chosen) < 3:
        return None
    opts = sorted([(fact.text, True)] + [(c, False) for c in chosen], key=lambda o: fold(o[0]))
    difficulty = round(0.4 + 0.15 * min(from_article, 3) + rng.random() * 0.0, 2)
    return tuple(Option(t, c) for t, c in opts), difficulty


_SECTION_WORDS = frozenset("lower upper side north south east west central downtown midtown".split())


def _names(stem: str) -> list[str]:
    """Capitalised words of the stem, compared against candidate names."""
    return [w.strip(".,;:()?!\"'") for w in stem.split() if w[:1].isupper()]


def _gazetteer_neighbours(key: PlaceValue) -> list[Place]:
    gaz = gazetteer()
    if key.cls == "country" and key.country:
        return gaz.related_countries(key.country)[:12]
    if key.cls == "state" and key.country:
        return sorted(gaz.states_by_country.get(key.country, []), key=lambda p: p.name)[:12]
    if key.cls == "city" and key.country:
        probe = Place(key.name, "city", key.country, key.admin1, key.lat, key.lon, key.population)
        near = gaz.nearby_cities(probe, limit=200)
        # towns a learner may have heard of: at least a fifth of the key's size
        floor = key.population / 5 if key.population else 0
        near = [p for p in near if p.population >= floor] or near
        if key.admin1 and key.lat is None:
            near = [p for p in near if p.admin1 == key.admin1] or near
        return near[:12]
    return []
