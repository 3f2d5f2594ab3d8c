"""What bounds a date's options: the years its stem writes before and after the blank
(`stem_bounds`), how near they lie (`scaled_bounds`), the days it gives before the blank
(`days_before`), and the life of a biography's person (`life_bounds`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..extract.date_values import hundreds
from ..infobox import field_key
from ..model import BLANK, DateValue, Fact
from ..render import ORDINAL_WORDS
from ..text import MONTH_NAMES
from .common import ordinal_day

YEAR = re.compile(r"(?<![\d,.$£€-])(1\d{3}|20\d{2})(?!\d|[,.]\d|%|s\b| ?BC)")


def stem_years(stem: str) -> list[int]:
    """The four-digit years the stem writes."""
    return [int(y) for y in YEAR.findall(stem)]


# A year of the first millennium written after a preposition ("in 821"); other 3-digit numbers
# count things.
_EARLY_YEAR = re.compile(
    r"\b(?:in|of|since|until|by|from|after|before) (\d{3,4})\b(?![,.]\d|%| BC)"
)


def stem_bounds(stem: str, year: int) -> tuple[int, int]:
    """The years a stem writes before and after its blank, when the key's year lies between
    them (a sentence tells its dates in order): every option must lie there too, or the stem
    rules it out ("entered in _____ and graduated in 1925", "10 million by 2016, and 15
    million by _____")."""
    blank = stem.find(BLANK)
    if blank < 0:
        return -(10**6), 10**6
    pattern = YEAR if year >= 1000 else _EARLY_YEAR  # "married in 821, who died in _____"
    before = [int(y) for y in pattern.findall(stem, 0, blank)]
    after = [int(y) for y in pattern.findall(stem, blank)]
    low, high = max(before, default=-(10**6)), min(after, default=10**6)
    if not low <= year <= high:
        low, high = -(10**6), 10**6  # the sentence does not tell its dates in order
    # what the stem tells of an earlier year comes after it, wherever it is written: "By _____,
    # GM's cars reflected the 1973 oil crisis" is no earlier than 1973
    low = max(low, max((y for y in before + after if y < year), default=low))
    since = _COMPARED_WITH.search(stem, blank)
    if since and int(since.group(1)) < year:
        low = max(low, int(since.group(1)) + 1)  # "in _____, down from 68,000 in 1990": later
    for law in _DATED_LAW.finditer(stem):
        if int(law.group(1)) <= year:  # "In _____, the hospital implemented the Civil Rights
            low = max(low, int(law.group(1)))  # Act of 1964": not before the act
    for first, last in _periods(stem):
        if first <= year <= last:  # "During the late eighteenth century …, and in _____": no 1822
            low, high = max(low, first), min(high, last)
    return low, high


# A decade or century the stem sets its story in: "by the 1870s", "In the late 1800s",
# "during the 18th century", "During the late eighteenth century" (not "twice the price of the
# 1990s": a comparison)
_IN_PERIOD = r"\b(?:[Dd]uring|[Ii]n|[Bb]y|[Tt]hroughout|[Tt]hrough) the (?:(?:early|mid|late)[- ])?"
_DECADE = re.compile(_IN_PERIOD + r"(1\d{2}0|20[0-2]0)s\b")
_CENTURY = re.compile(
    _IN_PERIOD
    + r"(?:(\d{1,2})(?:st|nd|rd|th)|((?i:"
    + "|".join(ORDINAL_WORDS[1:])
    + r"))) century\b(?! BC)"
)


def _periods(stem: str) -> list[tuple[int, int]]:
    """The years of each decade and century the stem names."""
    out = []
    for m in _DECADE.finditer(stem):
        y = int(m.group(1))
        out.append((y, y + (99 if hundreds(y) else 9)))  # "the 1800s": a century
    for m in _CENTURY.finditer(stem):
        c = int(m.group(1)) if m.group(1) else ORDINAL_WORDS.index(m.group(2).lower())
        out.append(((c - 1) * 100 + 1, c * 100))
    return out


# A law or treaty named with its year: what the stem tells of it comes no earlier
_DATED_LAW = re.compile(
    r"\b(?:Act|Treaty|Law|Agreement|Accord|Convention|Constitution) of (\d{4})\b"
)
# A figure compared with an earlier year's, after the blank: "…, down from 68,000 in 1990"
_COMPARED_WITH = re.compile(
    r"\b(?:down|up|rising|falling|compared) (?:from|with) [^.;]{0,40}?\bin (\d{4})\b"
)


def scaled_bounds(year: int, low: int, high: int) -> tuple[int, int]:
    """A year the stem gives a few years before the key's sets the scale of the options on the
    other side ("enrolled in 1912, graduating in _____": no graduation in 1930), and one a few
    years after it likewise: the options lie within twice that gap (five years at least)."""
    if 0 < year - low <= NEAR_BOUND:
        high = min(high, year + max(5, 2 * (year - low)))
    if 0 < high - year <= NEAR_BOUND:
        low = max(low, year - max(5, 2 * (high - year)))
    return low, high


NEAR_BOUND = 10  # years: a stated year this near the key's sets the options' scale
_FULL_DATE = re.compile(
    rf"\b(\d{{1,2}}) ({'|'.join(MONTH_NAMES[1:])}) (\d{{3,4}})\b"
    rf"|\b({'|'.join(MONTH_NAMES[1:])}) (\d{{1,2}}), (\d{{3,4}})\b"
)


_DAY_MONTH = re.compile(
    rf"\b(\d{{1,2}}) ({'|'.join(MONTH_NAMES[1:])})\b|\b({'|'.join(MONTH_NAMES[1:])}) (\d{{1,2}})\b"
)


def stated_days(stem: str) -> set[tuple[int, int]]:
    """The (month, day) pairs the stem writes, with their year or without ("defended till
    September 27"): an option on one of those days is a day the stem gives to something else."""
    out = set()
    for m in _DAY_MONTH.finditer(stem):
        day, month = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        out.add((MONTH_NAMES.index(month), int(day)))
    return out


def days_before(stem: str) -> list[float]:
    """The days ("25 February 1618", "May 9, 1926") the stem writes before its blank."""
    return _full_days(stem, 0, max(0, stem.find(BLANK)))


def _full_days(stem: str, start: int, end: int) -> list[float]:
    """The days written with their year in stem[start:end]."""
    out = []
    for m in _FULL_DATE.finditer(stem, start, end):
        if m.group(1):
            day, month, year = int(m.group(1)), m.group(2), int(m.group(3))
        else:
            day, month, year = int(m.group(5)), m.group(4), int(m.group(6))
        out.append(ordinal_day((year, MONTH_NAMES.index(month), day)))
    return out


# A day the stem writes after its blank without its year: "On _____, 1960, … and on October 25,
# three study contracts were awarded" (the key's year)
_DAY_NO_YEAR = re.compile(
    rf"\b(\d{{1,2}}) ({'|'.join(MONTH_NAMES[1:])})\b(?! \d)"
    rf"|\b({'|'.join(MONTH_NAMES[1:])}) (\d{{1,2}})\b(?!,? \d{{3}})"
)


def days_after(stem: str, year: int) -> list[float]:
    """The days the stem writes after its blank, with their year or in the key's `year`."""
    blank = stem.find(BLANK)
    if blank < 0:
        return []
    out = _full_days(stem, blank, len(stem))
    for m in _DAY_NO_YEAR.finditer(stem, blank):
        day, month = (int(m.group(1)), m.group(2)) if m.group(1) else (int(m.group(4)), m.group(3))
        if 1 <= day <= 31:
            out.append(ordinal_day((year, MONTH_NAMES.index(month), day)))
    return out


ADULT = 15  # years after a birth before a date of the life may be an adult's
_BORN = frozenset({"born", "birth date", "date of birth"})
_DIED = frozenset({"died", "death date", "date of death"})


def life_bounds(facts: Sequence[Fact], year: int) -> tuple[int, int]:
    """The years a biography's person lived bound the options of a date of that life: a key
    between the infobox's birth and death takes no option from before the person could act (a
    doctorate "in 1940" of a woman born in 1931, college at eleven) or from the year of the
    death on. A key of the first fifteen years keeps only the years before the birth out."""
    born, died = _infobox_year(facts, _BORN), _infobox_year(facts, _DIED)
    if born is None or year <= born or (died is not None and year >= died):
        return -(10**6), 10**6
    low = born + (ADULT if year - born >= ADULT else 1)
    return low, died - 1 if died is not None else 10**6


def lifetime(facts: Sequence[Fact], year: int) -> tuple[int, int] | None:
    """The years of a biography's person (infobox birth to death), when `year` lies in them: a
    decade or a season of that life takes no option wholly outside it (the 1590s for a king
    born in 1601, the winter of 1646–47 for one who died in 1643)."""
    born, died = _infobox_year(facts, _BORN), _infobox_year(facts, _DIED)
    if born is None or year < born or (died is not None and year > died):
        return None
    return born, died if died is not None else 10**6


def _infobox_year(facts: Sequence[Fact], keys: frozenset[str]) -> int | None:
    """The year of the first date of an infobox field of these keys. The infobox opens the
    article, so its facts come first: the scan ends at the first fact of the prose, and a
    date item of an article without an infobox costs no pass over all its dates."""
    for f in facts:
        block = f.sentence.block
        if block.kind != "infobox":
            return None
        if isinstance(f.detail, DateValue) and field_key(block.key) in keys:
            return f.detail.first[0]
    return None
