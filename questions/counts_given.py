"""Counts and shares a stem gives away: the learner could count or add up instead of knowing.

"_____ brothers named Hasar, Hachiun, and Temüge" (the names counted), "between the atoms of
_____ surfaces" (two), "135 fatalities, of which _____ were civilians and 50 soldiers" (the
whole less the other parts), "56.2% were Catholics, _____ Jews, 5% … and 2.8% …" (shares that
make 100%). Each is a hard flaw of the item (`lint.hard_flaws`).
"""

from __future__ import annotations

import re

from .counts_listed import WHOLE_NUMBER, lists_what_it_counts, value_of
from .extract.figure_units import UNIT_RATIOS
from .model import BLANK
from .text import fold


def given_by_the_stem(stem: str, answer: str) -> list[str]:
    """The flaws of a stem whose own words or numbers give its answer."""
    flaws = []
    if (
        _BETWEEN_BLANK.search(stem) or _EACH_OTHER.search(stem) or _ONE_AND_OTHER.search(stem)
    ) and fold(answer) in ("two", "2"):
        # "the force between the atoms of _____ surfaces", "The _____ thinkers respected each
        # other", "_____ Stone Ages, one part of the Three-age and the other …"
        flaws.append("'between' gives the count")
    if (
        _sum_gives(stem, answer)
        or _difference_gives(stem, answer)
        or _total_gives(stem, answer)
        or _change_gives(stem, answer)
        or _span_gives(stem, answer)
        or _ratio_gives(stem, answer)
        or _converted_gives(stem, answer)
    ):
        flaws.append("the stem's numbers give the answer")  # "135 …, of which _____ … and 50"
    if _written_twice(stem, answer):
        flaws.append("stem writes the answer in other words")  # "thirteen (_____)"
    if lists_what_it_counts(stem, answer):
        flaws.append("stem lists what the blank describes")  # "_____ universities — A and B"
    if _OWN_COUNT.search(stem):
        flaws.append("a count of the article's own ideas")  # "There are _____ theories as to …"
    return flaws


# How many theories, reasons or ways "there are" is how the article divides its subject, not
# a fact a learner could know without it
_OWN_COUNT = re.compile(
    r"\b(?:[Tt]here (?:are|were) |[Tt]he )_____ (?:[a-z]+ ){0,2}?(?:theories|reasons|ways|"
    r"explanations|hypotheses|views|approaches|aspects|factors|arguments|possibilities|"
    r"interpretations|perspectives|schools of thought)\b"
)


# Two named by the stem's own words: "_____ Stone Ages, one part of … and the other …",
# "between the atoms of _____ surfaces", "The _____ thinkers respected each other"
_ONE_AND_OTHER = re.compile(r"_____ [^.;]*?\bone\b[^.;]*?\bthe other\b")
_BETWEEN_BLANK = re.compile(r"\bbetween (?:[\w-]+ ){0,3}?_____")
_EACH_OTHER = re.compile(r"\b[Tt]he _____ (?:[a-z-]+ )?[a-z]+s\b[^.;,]*\beach other\b")


# What a whole's parts follow: "135 fatalities, of which _____ were civilians and 50 soldiers"
_PARTS_OF = re.compile(r"\b(?:of which|of whom|among them|including)\b")


def _sum_gives(stem: str, answer: str) -> bool:
    """True when the stem's whole and parts make the answer: a part is the whole less the other
    parts ("135 fatalities, of which _____ were civilians and 50 soldiers", "… of which 85 were
    civilians and _____ soldiers"), a whole is the sum of its parts ("_____ fatalities, of which
    85 were civilians and 50 soldiers"). That asks for arithmetic, not knowledge."""
    blank = stem.find(BLANK)
    if blank >= 0 and _shares_give(stem, answer):
        return True
    key = WHOLE_NUMBER.fullmatch(answer.strip())
    if blank < 0 or key is None:
        return False
    value = int(key.group(0).replace(",", ""))
    if _sum_of_kinds(stem, blank, value):
        return True
    for cue in _PARTS_OF.finditer(stem):  # "killed, including some …; 135, of which _____ …"
        wholes = [
            int(m.group(0).replace(",", "")) for m in WHOLE_NUMBER.finditer(stem, 0, cue.start())
        ]
        parts = [int(m.group(0).replace(",", "")) for m in WHOLE_NUMBER.finditer(stem, cue.end())]
        if blank < cue.start() and len(parts) >= 2 and sum(parts) == value:
            return True
        if blank > cue.start() and any(w - sum(parts) == value for w in wholes):
            return True
    return False


# The counted noun after the blank, and each later number of it ("146 private bedrooms")
_NOUN_AFTER_BLANK = re.compile(r"_____ ([a-z]+s)\b")


def _sum_of_kinds(stem: str, blank: int, value: int) -> bool:
    """True when the numbers after the blank that count its noun again add up to the answer:
    "_____ bedrooms with one bathroom per room, 146 private bedrooms and 82 semi-private
    bedrooms" (228)."""
    noun = _NOUN_AFTER_BLANK.match(stem, blank)
    if noun is None:
        return False
    kinds = re.finditer(
        rf"({WHOLE_NUMBER.pattern}) (?:[\w-]+ ){{0,2}}{re.escape(noun.group(1))}\b",
        stem[noun.end() :],
    )
    parts = [int(m.group(1).replace(",", "")) for m in kinds]
    return len(parts) >= 2 and sum(parts) == value


# The blank beside the same number in brackets: "thirteen (_____)", "_____ (13)"
_BESIDE = re.compile(r"([\w,-]+) \(_____\)|_____ \(([\w,-]+)\)")


def _written_twice(stem: str, answer: str) -> bool:
    """True when the stem writes the answer's number beside the blank in other words."""
    m = _BESIDE.search(stem)
    value = value_of(answer)
    return m is not None and value is not None and value_of(m.group(1) or m.group(2)) == value


# A count and what it counts: "228 bedrooms", "146 private bedrooms", "_____ semi-private bedrooms"
_COUNTED = re.compile(r"(_____|\d{1,3}(?:,\d{3})+|\d+)(?![\d.,]\d) (?:[\w-]+ ){0,2}?([a-z]+s)\b")


def _difference_gives(stem: str, answer: str) -> bool:
    """True when the stem counts a whole and its other part in the same noun, and the answer
    is the one less the other: "228 bedrooms …, 146 private bedrooms and _____ semi-private
    bedrooms" is 82 by subtraction."""
    value = value_of(answer)
    if value is None or BLANK not in stem:
        return False
    counts: dict[str, list[int]] = {}
    blank_noun = ""
    for m in _COUNTED.finditer(stem):
        if m.group(1) == BLANK:
            blank_noun = m.group(2)
        else:
            counts.setdefault(m.group(2), []).append(int(m.group(1).replace(",", "")))
    found = counts.get(blank_noun, [])
    return any(a - b == value for a in found for b in found if a > b)


_PERCENT = re.compile(r"(?<![\d.,])(\d+(?:\.\d+)?) ?(?:%|per ?cent\b)")


def _shares_give(stem: str, answer: str) -> bool:
    """True when the answer is a share that, with two or more others the stem gives, makes the
    whole ("56.2% were Catholics, _____ Jews, 5% Greek orthodox and 2.8% Protestants"), or with
    one other makes it exactly ("66.6% rural and _____ urban"): the options that do not add up
    to 100% are ruled out by arithmetic."""
    key = _PERCENT.fullmatch(answer.strip())
    shares = [float(m.group(1)) for m in _PERCENT.finditer(stem)]
    if key is None or not shares:
        return False
    missing = abs(sum(shares) + float(key.group(1)) - 100)
    return missing <= (1 if len(shares) >= 2 else 0.05)


# "grants totaling $414 million …; $340 million came from …, _____ from …, and $39 million from
# …": a total and its parts, amounts of money or scaled numbers
_TOTAL_CUE = re.compile(r"\b(?:total(?:l?ing|l?ed)?|in all|altogether)\b", re.I)
_AMOUNT = re.compile(
    r"(?:[$£€]\s?)?(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\d.,]\d)"
    r"(?: (million|billion|thousand))?|_____"
)
_SCALE = {"": 1.0, "thousand": 1e3, "million": 1e6, "billion": 1e9}


def _amount(m: re.Match[str]) -> float | None:
    """The amount a match of _AMOUNT writes; None for a bare year-like number and the blank."""
    if m.group(0) == BLANK:
        return None
    digits, scale = m.group(1), m.group(2) or ""
    if not scale and "$" not in m.group(0) and re.fullmatch(r"1\d{3}|20\d{2}", digits):
        return None  # "in 2009": a year
    return float(digits.replace(",", "")) * _SCALE[scale]


def _total_gives(stem: str, answer: str) -> bool:
    """True when the stem gives a total after "totaling" and all its other parts: the blank is
    the total less them, or the total is their sum."""
    cue = _TOTAL_CUE.search(stem)
    key = _AMOUNT.fullmatch(answer.strip())
    value = _amount(key) if key else None
    if cue is None or value is None or BLANK not in stem:
        return False
    found = list(_AMOUNT.finditer(stem, cue.end()))
    if len(found) < 3 or BLANK not in (m.group(0) for m in found):
        return False
    whole = found[0]
    parts = [_amount(m) for m in found[1:] if m.group(0) != BLANK]
    if any(p is None for p in parts):
        return False
    total = sum(p for p in parts if p is not None)
    if whole.group(0) == BLANK:
        return abs(total - value) <= 1e-6 * max(value, 1)
    given = _amount(whole)
    return given is not None and abs(given - total - value) <= 1e-6 * max(value, 1)


# "a population of _____ …, a change of -0.9% from its 2016 population of 9,631": a count and
# its change give the other count
_CHANGE = re.compile(r"\bchange of ([+\-−]?\d+(?:\.\d+)?) ?%")
_COUNT = re.compile(r"(?<![\d.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?![\d,.]\d)")


def _change_gives(stem: str, answer: str) -> bool:
    """True when the stem gives a percentage change and one count, and the answer is the other
    count (to the change's rounding)."""
    change = _CHANGE.search(stem)
    key = value_of(answer)
    if change is None or key is None or BLANK not in stem:
        return False
    rate = float(change.group(1).replace("−", "-")) / 100
    for m in _COUNT.finditer(stem):
        n = int(m.group(0).replace(",", ""))
        tolerance = 0.0006 * max(n, key)  # the change is written to a tenth of a percent
        if abs(n * (1 + rate) - key) <= tolerance or abs(key * (1 + rate) - n) <= tolerance:
            return True
    return False


# "from 49 to 96", "from 1999 to 2004": two counts (or years) the answer may be the span of
_FROM_TO = re.compile(r"\bfrom (?:age |the age of )?(\d[\d,]*) to (\d[\d,]*)\b")
_YEAR = re.compile(r"1\d{3}|20\d{2}")


def _span_gives(stem: str, answer: str) -> bool:
    """True when the answer is (to a unit, or 3%) the span of a "from A to B" the stem gives:
    "additional _____ countries taking the total from 49 to 96" is about 47 by subtraction, and
    "_____ years, from 1999 to 2004" is five; or the answer is such a range whose span the stem
    gives ("additional 46 countries … from _____": 49 to 96)."""
    if BLANK not in stem:
        return False
    if span := _FROM_TO.fullmatch("from " + answer.strip()):
        # the key is the range: "additional 46 countries … from _____" (49 to 96)
        width = abs(int(span.group(2).replace(",", "")) - int(span.group(1).replace(",", "")))
        return any(
            abs(int(n.group(0).replace(",", "")) - width) <= max(1, 0.03 * width)
            for n in WHOLE_NUMBER.finditer(stem)
        )
    key = value_of(answer) or value_of(answer.split(" ", 1)[0])
    if key is None:
        return False
    for m in _FROM_TO.finditer(stem):
        low, high = (int(g.replace(",", "")) for g in m.groups())
        if _YEAR.fullmatch(m.group(1)) and _YEAR.fullmatch(m.group(2)) and "year" not in answer:
            continue  # "in _____ parts from 1862 to 1865": years span no count of parts
        if abs(abs(high - low) - key) <= max(1, 0.03 * key):
            return True
    return False


def _ratio_gives(stem: str, answer: str) -> bool:
    """True when the answer is a share the stem's own counts make ("the total population was
    1,157,394, of which the Muslim population was 1,083,766, or _____": 93.6%)."""
    key = _PERCENT.fullmatch(answer.strip())
    if key is None or BLANK not in stem:
        return False
    share = float(key.group(1))
    counts = [int(m.group(0).replace(",", "")) for m in _COUNT.finditer(stem)]
    counts = [n for n in counts if n >= 10 and not _YEAR.fullmatch(str(n))]
    return any(
        abs(100 * part / whole - share) <= 0.5
        for whole in counts
        for part in counts
        if 0 < part < whole
    )


# The units `UNIT_RATIOS` converts, by the forms a text writes them in
_PLURALS = {u: u for pair in UNIT_RATIOS for u in pair} | {
    "foot": "feet",
    "inch": "inches",
    "hour": "hours",
    "minute": "minutes",
    "second": "seconds",
    "day": "days",
    "week": "weeks",
    "year": "years",
    "month": "months",
    "pound": "pounds",
    "ounce": "ounces",
}
_MEASURE = re.compile(r"(?<![\d.,])(\d+|[a-z]+)[ -](" + "|".join(sorted(_PLURALS)) + r")\b")


def _in_units(text: str) -> list[tuple[int, str]]:
    """Each whole quantity of `text` in a unit `UNIT_RATIOS` converts, the unit plural."""
    found = ((value_of(m.group(1)), _PLURALS[m.group(2)]) for m in _MEASURE.finditer(text))
    return [(n, unit) for n, unit in found if n is not None]


def _converted_gives(stem: str, answer: str) -> bool:
    """True when the stem states the answer in another unit ("at least _____ paid holidays
    each year, but most member states require more than 28 days": 4 weeks)."""
    keys = _in_units(answer)
    if len(keys) != 1 or not keys[0][0] or BLANK not in stem:
        return False
    n, unit = keys[0]
    for m, other in _in_units(stem.replace(BLANK, " ")):
        if n * UNIT_RATIOS.get((unit, other), 0) == m or m * UNIT_RATIOS.get((other, unit), 0) == n:
            return True
    return False
