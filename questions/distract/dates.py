"""Date distractors: same granularity and format, the article's dates first, then shifted dates;
never a date the article gives for the same event; options in chronological order."""

from __future__ import annotations

import random
import re
from datetime import date

from ..model import DateValue, Fact, Option
from ..render import render_date
from .common import Pool, Result, also_true, date_side, ordinal_day
from .date_bounds import (
    YEAR,
    days_after,
    days_before,
    life_bounds,
    lifetime,
    scaled_bounds,
    stated_days,
    stem_bounds,
    stem_years,
)
from .date_shifts import (
    Ymd,
    census_step,
    census_years,
    long_span,
    rounding,
    shifts,
    written_year,
)


def askable(fact: Fact) -> bool:
    """False when no options can be written: a format we cannot reproduce would make the key
    stand out. Asked before the stem is written, so no stem is written for nothing."""
    key = fact.detail
    assert isinstance(key, DateValue)
    return render_date(key, key.first, key.last) == fact.text and key.fmt != "month"


def choose(fact: Fact, pool: Pool, stem: str, rng: random.Random) -> Result | None:
    """Same granularity and format: the article's other dates first, shifted dates next."""
    key = fact.detail
    assert isinstance(key, DateValue)
    if not askable(fact):
        return None
    if _inside_stated(key, stem):
        return None  # "during _____, beginning in 1962": the stem's own year gives the 1960s
    if _ANNIVERSARY.search(stem):
        return None  # the anniversary's year or the year of the event it marks?
    if _MONEY_YEAR.search(stem):
        return None  # "₹32 million, which in _____ would be ₹52.8 billion": the sum's base year
    if _SINCE_OPENING.search(stem) or _BOUND_OPENING.search(stem):
        return None  # "Since _____, projects have included …": an earlier year is as true
    taken: set[str] = {fact.text}
    chosen: list[tuple[tuple[int, int, int], tuple[int, int, int], str]] = []

    others = [
        (f, f.detail)
        for f in pool.near(ordinal_day(key.first))
        if isinstance(f.detail, DateValue) and f.value != fact.value
    ]
    is_true = _TrueOf(fact, stem)
    # a coarser date of the same event ("1974" for "March 1974") holds the key: it bars nothing
    # each with its interval, computed once: every offered date is checked against them all
    k_lo, k_hi = ordinal_day(key.first), ordinal_day(key.last)
    blockers = []
    for f, d in others:
        lo, hi = _interval(d)
        if k_hi < lo or k_lo > hi:
            blockers.append((f, lo, hi))
    side = date_side(fact) or (-1 if _AND_LATER.search(stem) else 0)
    approx = key.approx or bool(_APPROX_BEFORE.search(_text_before(fact)))
    # a single day: every option at least a week from every other, or the item tests the digit
    gap = MIN_DAY_GAP if key.granularity == "day" and not key.is_range else 0
    low, high = stem_bounds(stem, key.first[0])
    # a day, month or year of a life (not a decade or a span of years) stays in that life
    in_life = not key.is_range and key.granularity in ("day", "month", "year")
    life_low, life_high = life_bounds(pool.facts, key.first[0]) if in_life else (-(10**6), 10**6)
    alive = None if in_life else lifetime(pool.facts, key.first[0])  # a decade's or season's
    if key.granularity == "year" and not key.is_range:
        low, high = scaled_bounds(key.first[0], low, high)
    # "died on 25 February 1618, and was buried on _____": a day the stem gives before the
    # blank and before the key bounds the options by the day, not only by the year
    told = stated_days(stem) if key.granularity == "day" else set()
    day_low = max((d for d in days_before(stem) if d <= ordinal_day(key.first)), default=-(10.0**9))
    # "On _____, 1960, a competition was announced, and on October 25, contracts were awarded":
    # a day the stem tells after the key's bounds the options from above
    day_high = (
        min((d for d in days_after(stem, key.first[0]) if d > k_hi), default=10.0**9)
        if key.granularity == "day"
        else 10.0**9
    )
    # a presidential election comes every four years: "the election of _____" among 1952, 1956
    election = bool(_ELECTION.search(stem))
    yearly = key.granularity == "year" and not key.is_range
    cyclic = yearly and (election or bool(_CENSUS.search(stem)))
    step = 4 if election else census_step(stem_years(stem), key.first[0], pool.home)
    # "… Viazovska in _____" where the medal "has been awarded every four years since 1950":
    # the options keep to the cycle the key is on
    period = _period(pool.cycles, key.first[0]) if yearly else None
    if period and not cyclic:
        cyclic, step = True, period
    # an article of our time was written in its latest year, and no option lies after it: a
    # span that has ended ("June 27, 1926 – March 22, 2023") is no "1932 – 2027", a remark on
    # plans for a game of 2016 was not made in "early 2018" (a key in that latest year itself
    # keeps later options, or it would stand last; an older latest year is the story's end,
    # not the writing's: no bound)
    ended = _latest_year(pool)
    if ended is not None and (
        ended < WRITTEN_SINCE or key.last[0] > ended or (not key.is_range and key.last[0] == ended)
    ):
        ended = None

    dated = key.granularity in ("day", "month") and not key.is_range
    # "on Friday, _____": the options fall on the day of the week the stem names
    weekday = _weekday(key.first) if key.granularity == "day" and _WEEKDAY.search(stem) else None

    def offer(first: tuple[int, int, int], last: tuple[int, int, int]) -> None:
        if len(chosen) >= 3 or not _date_ok(key, first, last):
            return
        lo, hi = ordinal_day(first), ordinal_day(last)
        if gap and any(abs(lo - ordinal_day(o)) < gap for o in _days(key, chosen)):
            return  # "1 June" against "3 June": a real choice needs different weeks
        if approx and not _beyond_rounding(key, first):
            return  # "around 6000 BC": 6002 BC is the same answer
        # another date the article gives for the same event: only one whose interval meets the
        # option's is asked the (costly) also-true test
        if any(is_true(f) for f, b_lo, b_hi in blockers if b_lo <= hi and lo <= b_hi):
            return
        if not low <= first[0] <= high or lo < day_low or hi >= day_high:
            return  # "entered in _____ and graduated in 1925": not after the graduation
        if not (life_low <= first[0] and last[0] <= life_high):
            return  # a doctorate at eight, or in the year of the death
        if alive and (last[0] < alive[0] or first[0] > alive[1]):
            return  # the 1590s in the life of a king born in 1601
        if ended is not None and last[0] > ended:
            return  # a date after anything the article tells
        if cyclic and (first[0] - key.first[0]) % step:
            return  # a census year among census years, an election year among election years
        if side and (lo - k_lo) * side < 0:
            return  # "by 1900": any later date would be true as well
        if key.granularity == "day" and (first[1], first[2]) in told:
            return  # "… on _____ began the war, Warsaw was defended till September 27"
        if weekday is not None and _weekday(first) != weekday:
            return  # "closed its doors on Friday, _____": a Friday among Fridays
        if gap and _lone_part(key.first[2], first[2], [c[0][2] for c in chosen]):
            return  # "June 3" among July 4, August 4 and September 4: the odd day is the key
        if dated and _lone_part(key.first[0], first[0], [c[0][0] for c in chosen]):
            return  # "July 20, 1969" among three days of 1968: the odd year is the key
        text = render_date(key, first, last)
        if text in taken or text.lower() in stem.lower() or text.casefold() in pool.avoid:
            return
        taken.add(text)
        chosen.append((first, last, text))

    same = [(f, d) for f, d in others if d.granularity == key.granularity and _comparable(key, d)]
    same.sort(key=lambda fd: abs(ordinal_day(fd[1].first) - k_lo))
    window = near_years(key.first[0])
    for f, d in same:
        if key.is_range or d.is_range or len(chosen) >= 3:
            continue  # ranges are shifted below so that widths match
        if abs(d.first[0] - key.first[0]) > window:
            continue  # the Stone Age article's 1947 for a scholar's proposal of 1859
        if not is_true(f):
            offer(d.first, d.first)
    made = list(census_years(key, step) if cyclic else shifts(key, rng, approx))
    if weekday is not None:  # whole weeks away keep the day of the week
        made = _weeks_away(key.first, rng) + made
    if key.is_range and _DECADE_BEFORE.search(stem):  # "over the decade _____": other decades
        width = key.last[0] - key.first[0]
        made = [
            ((key.first[0] + width * o, 0, 0), (key.last[0] + width * o, 0, 0))
            for o in (-1, 1, -2, 2, -3)
        ] + made
    for first, last in made:
        offer(first, last)
    if _stands_out(key.first[0], [c[0][0] for c in chosen]):
        # "1822" before the article's 1836, 1840 and 1841: the lone year is the key; the
        # shifted years surround it instead
        chosen.clear()
        taken.intersection_update({fact.text})
        for first, last in made:
            offer(first, last)
    odd = _odd_one(key.first[0], [c[0][0] for c in chosen])
    if odd is not None:
        # "Bindy Johal was born in _____": 1972 and 1973 beside the key, and the article's 1989
        # far off, which a learner strikes out first; a nearer year takes its place if one fits
        # (the far one stays taken, so it is not offered again)
        far = chosen.pop(odd)
        reach = max(4, 3 * max([abs(c[0][0] - key.first[0]) for c in chosen] + [1]))
        for first, last in made:
            if abs(first[0] - key.first[0]) <= reach:
                offer(first, last)
    if key.granularity == "year" and not key.is_range and not approx and not cyclic:
        # a narrow window the stem sets ("graduated in _____ and was honoured in 1873") takes
        # the years next to the key when the seeded shifts overstep it
        for step in (1, -1, 2, -2, 3, -3, 4, -4):
            offer((key.first[0] + step, 0, 0), (key.first[0] + step, 0, 0))
    if odd is not None and len(chosen) < 3:
        chosen.append(far)  # nothing nearer fits the stem: the far one is still wrong
    return _result(fact, key, chosen) if len(chosen) >= 3 else None


# "the population growth rate over the decade _____": a span as long as the key's
_DECADE_BEFORE = re.compile(r"\bdecades? (?:of |from )?_____")
_WEEKDAY = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? (?:the )?_____")


def _weekday(day: tuple[int, int, int]) -> int | None:
    """The day of the week of a date (the proleptic Gregorian calendar's), or None."""
    try:
        return date(*day).weekday()
    except ValueError:
        return None  # a year before 1, or no day given


def _weeks_away(day: tuple[int, int, int], rng: random.Random) -> list[tuple[DateT, DateT]]:
    """Days whole weeks before and after a day (3 to 20 weeks) in its year, in a seeded order."""
    start = date(*day)
    weeks = [w for w in range(-20, 21) if abs(w) >= 3]
    rng.shuffle(weeks)
    out = []
    for w in weeks:
        d = date.fromordinal(start.toordinal() + 7 * w)
        if d.year == start.year:  # a year of its own would tell the options apart
            out.append(((d.year, d.month, d.day), (d.year, d.month, d.day)))
    return out


def _lone_part(key: int, part: int, chosen: list[int]) -> bool:
    """True when two options chosen already share `part` (a day of the month, a year) and the
    key's is another: a third alike would leave the key alone apart."""
    return part != key and sum(1 for c in chosen if c == part) >= 2


def _odd_one(year: int, years: list[int]) -> int | None:
    """The option whose year lies far from the key's while the others huddle near it (at least
    five years off and more than three times as far as the next farthest), or None."""
    if len(years) < 3:
        return None
    gaps = [abs(y - year) for y in years]
    far = max(range(len(gaps)), key=lambda i: gaps[i])
    rest = max(g for i, g in enumerate(gaps) if i != far)
    return far if gaps[far] >= 5 and gaps[far] > 3 * max(rest, 1) else None


def _stands_out(year: int, years: list[int]) -> bool:
    """True when the options' years huddle on one side of the key's, far from it: the key is
    at least five years from the nearest and more than twice as far as they spread."""
    if len(years) < 3 or min(years) <= year <= max(years):
        return False
    gap = min(abs(y - year) for y in years)
    return gap >= 5 and gap > 2 * (max(years) - min(years))


DateT = tuple[int, int, int]
WRITTEN_SINCE = 2000  # an article whose latest year is this or later is taken as of its time


def _latest_year(pool: Pool) -> int | None:
    """The latest year any date of the article reaches."""
    years = [f.detail.last[0] for f in pool.facts if isinstance(f.detail, DateValue)]
    return max(years, default=None)


def _inside_stated(key: DateValue, stem: str) -> bool:
    """True when the stem writes a year that lies inside a decade or century key: the options
    could only be told apart by that year (a life's span is not given away by a year of it)."""
    if key.granularity not in ("decade", "century") or key.is_range:
        return False
    return any(key.first[0] <= int(y) <= key.last[0] for y in YEAR.findall(stem))


MIN_DAY_GAP = 7  # days between any two options of a single-day key


def near_years(year: int) -> int:
    """How many years from the key another date of the article may lie and still tempt: 25, or
    a tenth of the key's distance from the year 2000 for older dates (250 years around 500 BC).
    Further dates are no alternative a learner weighs; shifted dates fill in."""
    return max(25, abs(year - 2000) // 10)


# "the second anniversary of Mumtaz Mahal's death in _____": the blank may date the death too
_ANNIVERSARY = re.compile(r"\banniversary of [^,;.]{0,60}\b(?:in|on) _____")
# A sentence opening "Since _____," lists what happened from then on: it holds from any
# earlier year too ("has been … since _____" is a state, whose options are earlier, and asked)
_SINCE_OPENING = re.compile(
    r"(?:^|: )Since _____,"
    # "from the end of _____ up to the present time": a span that runs to now holds from any
    # earlier start as well
    r"|\b[Ff]rom (?:the (?:end|beginning|start|middle) of )?_____,? (?:up )?(?:to|until|till) "
    r"(?:the present|today|now)\b"
)
# A period's bound set before its clause ("before _____, Western scholars commonly understood
# …", "After _____, Mussolini convinced many Catholics …"): what held then held past it too, so
# an option on either side may be as true as the key
_BOUND_OPENING = re.compile(
    r"(?:^|: |, |\bthat,? )(?:[Bb]efore|[Aa]fter|[Pp]rior to) (?:the )?_____(?:,| [A-Z])"
)
# The year a sum is restated in: "which in _____ would be approximately ₹52.8 billion",
# "($277,912 in _____)": the editor's choice, not the story's
_MONEY_YEAR = re.compile(r"\bin _____,? (?:would|will) (?:be|have been|equal)|\d in _____\)")
# "During _____ and sometimes later": a later date would be true as well, so options are earlier
_AND_LATER = re.compile(r"_____,? (?:and|or) (?:\w+ )?(?:later|after(?:wards?)?|since)\b")
# A census's year: "the _____ United States Census", "the census of _____", "In _____, the
# number of census families …": any year a stem about a census asks
_CENSUS = re.compile(r"\b[Cc]ensus\b")
_ELECTION = re.compile(
    r"\bpresidential elections?\b|\belected (?:as )?[Pp]resident\b(?! of\b)|"
    r"\belection of _____[^.;]*\bPresident\b"
)


# words before a date that make it approximate: "around 6000 BC", "c. 1500", "about 1850"
_APPROX_BEFORE = re.compile(
    r"\b(?:around|about|approximately|roughly|circa|ca\.|c\.|some)\s+(?:the\s+)?$", re.I
)


def _period(cycles: dict[int, frozenset[int]], year: int) -> int | None:
    """The article's cycle (`Pool.cycles`) the key's year is on, counted from a year the
    sentence that tells of the cycle gives ("every four years since 1950": 2014, 2022)."""
    return next(
        (n for n in sorted(cycles, reverse=True) if any((year - y) % n == 0 for y in cycles[n])),
        None,
    )


def _text_before(fact: Fact) -> str:
    return fact.sentence.text[: max(0, fact.start - fact.sentence.start)][-30:]


def _days(key: DateValue, chosen: list[tuple[Ymd, Ymd, str]]) -> list[Ymd]:
    return [key.first] + [c[0] for c in chosen]


def _beyond_rounding(key: DateValue, first: Ymd) -> bool:
    """An approximate key's distractor lies on its rounding and a whole step away from it."""
    unit = rounding(key.first[0])
    a, b = written_year(key.first[0]), written_year(first[0])
    if unit < 10:  # "c. 1509": a decade away at least (1519, 1499), the digits as written
        return abs(a - b) >= 10
    return abs(a - b) >= unit and b % unit == 0


class _TrueOf:
    """also_true of the key against other facts, asked lazily and at most once per fact.

    The test compares the sentences' words, the chooser's costliest step: only a fact that
    would bar or give an option is tested, and only while options are still wanted.
    """

    def __init__(self, fact: Fact, stem: str) -> None:
        self.fact, self.stem = fact, stem
        self.known: dict[int, bool] = {}

    def __call__(self, other: Fact) -> bool:
        key = id(other)
        if key not in self.known:
            self.known[key] = also_true(self.fact, other, self.stem)
        return self.known[key]


def _result(fact: Fact, key: DateValue, chosen: list[tuple[Ymd, Ymd, str]]) -> Result:
    """The options in chronological order, and a difficulty from the nearest distractor."""
    opts = [(key.first, fact.text, True)] + [(c[0], c[2], False) for c in chosen]
    opts.sort(key=lambda o: ordinal_day(o[0]))
    gaps = [abs(ordinal_day(c[0]) - ordinal_day(key.first)) for c in chosen]
    scale = {"day": 30.0, "month": 365.0, "year": 3650.0, "decade": 36500.0, "century": 365000.0}
    difficulty = 1.0 - min(1.0, min(gaps) / scale[key.granularity]) * 0.8
    return tuple(Option(t, c) for _, t, c in opts), round(difficulty, 2)


def _comparable(key: DateValue, other: DateValue) -> bool:
    """Same era and within a plausible span: no 160 AD among options for 2003."""
    if (key.first[0] <= 0) != (other.first[0] <= 0):
        return False
    span = {"day": 3, "month": 10, "year": 100, "decade": 300, "century": 3000}[key.granularity]
    return abs(other.first[0] - key.first[0]) <= span


_YEARS_COVERED = {"year": 1, "decade": 10}  # and a century 100


def _interval(d: DateValue) -> tuple[float, float]:
    """The first and last ordinal day a date covers (a year covers all of its days)."""
    lo, hi = ordinal_day(d.first), ordinal_day(d.last)
    if d.granularity != "day":
        hi += 31 if d.granularity == "month" else 372 * _YEARS_COVERED.get(d.granularity, 100)
    return lo, hi


def _date_ok(key: DateValue, first: tuple[int, int, int], last: tuple[int, int, int]) -> bool:
    """A distractor must not overlap the key's interval (a long span: share no end year with
    it, and neither lie inside it nor hold it) and must be a real date."""
    if long_span(key):
        if first[0] == key.first[0] or last[0] == key.last[0] or last[0] <= first[0]:
            return False
        if (key.first[0] <= first[0] and last[0] <= key.last[0]) or (
            first[0] <= key.first[0] and key.last[0] <= last[0]
        ):
            return False  # "letters of 1613–1619" are letters of 1610–1628 as well
    elif not (
        ordinal_day(last) < ordinal_day(key.first) or ordinal_day(first) > ordinal_day(key.last)
    ):
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
