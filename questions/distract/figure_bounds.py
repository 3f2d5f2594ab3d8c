"""What the key's own sentence allows a figure's distractors to be: the numbers it already
states, the least count it implies ("the third of _____ sons", "Talib and Harris were the other
_____") and the whole it names ("18 of _____ passes", "each … for a total of 66 lb")."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from ..extract.figure_words import SCALES
from ..model import BLANK, Fact, FigureValue
from ..text import ONES

_NUMBER = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")
_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")
_FRACTION = re.compile(r"half|(?:third|quarter|fifth|tenth)s?")
_ORDINALS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth"
).split()
_ORDINAL_OF = re.compile(
    r"\b(?:(?P<word>" + "|".join(_ORDINALS) + r")|(?P<num>\d+)(?:st|nd|rd|th)) "
    r"(?:(?:child|son|daughter|one)s? )?of (?:his |her |their |its |the )?(?:\w+ )?$",
    re.I,
)
_COUNT = r"(\d+(?:,\d{3})*|" + "|".join(ONES) + r")"
# "completed 18 of _____ passes": the blank is the whole of which the stem gives a part
_OWNER = r"(?:the |a |his |her |their |its |[A-Z][\w.-]*'s )?(?:then |remaining |other |original )?"
_PART_OF_BLANK = re.compile(r"(?<![\d.,])" + _COUNT + r" (?:out )?of " + _OWNER + "$", re.I)
# "23 universities, of which _____": a part of the whole before; "_____ universities, of which
# 12": a whole of the part after
_WHOLE_BEFORE = re.compile(
    r"(?<![\d.,])" + _COUNT + r" (?:[a-z-]+ ){0,3}?(?:[a-z-]+)?,? (?:of (?:which|whom)|including"
    r"|among (?:them|which|whom)) (?:only |just |some |about )?$",
    re.I,
)
_PART_AFTER = re.compile(
    r"^(?: [a-z-]+){0,4},? (?:of (?:which|whom)|including|among (?:them|which|whom)) "
    r"(?:only |just |some |about )?" + _COUNT + r"\b",
    re.I,
)
# "… weigh 33 lb … for a total of _____": a whole of the parts before it
_TOTAL_OF_BLANK = re.compile(
    r"\b(?:a |the )?total (?:[\w-]+ ){0,3}?of (?:some |about |nearly )?$", re.I
)
# "_____ of 41 passes", "_____ out of the 50 states": the blank is a part of a whole stated
_BLANK_OF_WHOLE = re.compile(r"^ (?:out )?of " + _OWNER + _COUNT + r"\b", re.I)
# "… for a total of 66 lb", "… 852,600 in total"
_TOTAL = re.compile(
    r"\b(?:a |the )?total (?:[\w-]+ ){0,3}?of (?:some |about )?(\d+(?:,\d{3})*(?:\.\d+)?)"
    r"(?: ([^\s,.;]+))?"
    r"|(\d+(?:,\d{3})*(?:\.\d+)?)(?: ([^\s,.;]+))? in (?:total|all)\b",
    re.I,
)
# A bound the sentence states on a quantity of the key's kind: "… but can be as much as $3"
_STATED_BOUND = re.compile(
    r"\b(?:(?P<most>as (?:much|many|high|long) as|up to|at most|no more than|a maximum of)"
    r"|as (?:little|few|low) as|at least|no (?:fewer|less) than|a minimum of) (?:some |about )?"
    r"(?P<sign>[^\w\s]{0,2})(?P<num>\d+(?:,\d{3})*(?:\.\d+)?)"
    r"(?: (?P<scale>" + "|".join(SCALES) + r"))?(?: (?P<unit>[^\s,.;()]+))?",
    re.I,
)
_EACH = re.compile(r"\beach\b|\bapiece\b|\bper (?:person|head|player|unit)\b", re.I)
# "Aqib Talib and Chris Harris, Jr. were the other _____": names the count may not fall below
_NAME = r"[A-Z][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|de|van|von|da|al-))*"
_LISTED = re.compile(
    r"(?P<list>" + _NAME + r"(?:, " + _NAME + r")*,? and " + _NAME + r") "
    r"(?:were|are|became|remain(?:ed)?) (?:the |all |both )?(?:other |only |remaining |first |last )?"
    + BLANK
    + r"$"
)
_SUFFIXES = re.compile(r",? (?:Jr|Sr)\.?|,? (?:II|III|IV)\b")


_AMOUNT = re.compile(
    r"(?<![\d.,])(\d+(?:,\d{3})*(?:\.\d+)?)(?: (" + "|".join(SCALES) + r"))?(?: ([^\s,.;()]+))?"
)


_FUNCTION_WORDS = frozenset("of in on at to for from and or but each were was are is".split())
_YEAR = re.compile(r"1\d{3}|20\d{2}")


def _same_unit(key: FigureValue, word: str) -> bool:
    """True when a number followed by `word` is of the key's unit ("66 lb" of "33 lb"), or
    counts the key's noun ("a total of 38 ships" of "eight battleships", not "9.8 million
    volumes" of "six libraries")."""
    w = word.lower().rstrip(".")
    w = "" if w in _FUNCTION_WORDS else w  # "6 million of a total electorate of _____"
    if not key.unit:
        noun = key.noun.lower().rstrip("s")
        return not noun or not w or noun.endswith(w.rstrip("s")) or w.rstrip("s").endswith(noun)
    return bool(w) and (
        w in (key.suffix.strip().lower(), key.unit.lower()) or key.unit.lower() == w + "s"
    )


def _value(word: str) -> float:
    w = word.lower().replace(",", "")
    return float(ONES[w]) if w in ONES else float(w)


def numbers_in(text: str) -> frozenset[str]:
    """Whole numbers a text writes, in digits ("1,000" is 1000, never "000"; "eight" and
    "eight-year" are 8; "one-third" is a share, no whole number)."""
    found = {m.group().replace(",", "") for m in _NUMBER.finditer(text)}
    for word in _WORD.findall(text.lower()):
        parts = word.split("-")
        if not _FRACTION.fullmatch(parts[-1]):
            found.update(str(ONES[p]) for p in parts if p in ONES)
    return frozenset(found)


@dataclass(frozen=True, slots=True)
class Limits:
    """The values a distractor may take: `least` ≤ value < `below` (a whole is never reached)."""

    least: float = 0.0
    below: float = float("inf")
    refused: bool = False  # the sentence gives the key away (or leaves no room for distractors)

    def allow(self, low: float, high: float) -> bool:
        return low >= self.least and high < self.below


def blanked(fact: Fact) -> str:
    """The key's sentence with the key blanked: the words its distractors must agree with."""
    text, start = fact.sentence.text, fact.sentence.start
    a, b = max(0, fact.start - start), max(0, fact.end - start)
    return text[:a] + BLANK + text[b:]


LARGE = 100  # from here a figure may be a part of a whole the paragraph states


def ceiling(fact: Fact, others: Iterable[Fact]) -> float:
    """The largest figure of the key's counted noun and unit its paragraph states, above the
    key: more than 462,000 primary pupils beside 540,800 pupils of public schools is not
    offered 1,386,000 (a part never exceeds the whole the paragraph gives)."""
    key = fact.detail
    assert isinstance(key, FigureValue)
    if not key.noun or key.low < LARGE:
        return float("inf")  # "two primes" beside "three primes": no whole, another statement
    wholes = [
        f.detail.high
        for f in others
        if isinstance(f.detail, FigureValue)
        and f.sentence.block.start == fact.sentence.block.start
        and f.sentence.index != fact.sentence.index  # "1.4 million … and 1 million teachers"
        and f.detail.noun == key.noun
        and f.detail.unit == key.unit
        and f.detail.bound in ("exact", "upper")
        and f.detail.low > key.high
    ]
    return max(wholes, default=float("inf"))


def limits(fact: Fact, others: Iterable[Fact] = ()) -> Limits:
    """The bounds the key's sentence (and paragraph, among `others`) puts on its distractors:
    only on plain counts, and on quantities of the key's own unit."""
    key = fact.detail
    assert isinstance(key, FigureValue)
    text = blanked(fact)
    at = text.find(BLANK)
    before, after = text[:at], text[at + len(BLANK) :]
    least, below = 0.0, ceiling(fact, others) + 1e-9
    m = _ORDINAL_OF.search(before[-50:])
    if m:  # "the third of _____ sons" is at least 3
        least = float(_ORDINALS.index(m.group("word").lower()) + 1 if m.group("word") else m["num"])
    count = not key.unit and not key.is_range and not key.scale
    listed = _LISTED.search(_SUFFIXES.sub("", before[-160:]) + BLANK) if count else None
    if listed:
        names = re.split(r", and |, | and ", _SUFFIXES.sub("", listed.group("list")))
        if key.low == len(names):
            return Limits(refused=True)  # "Talib and Harris were the other _____": two
        least = max(least, float(len(names)))
    if count and (m := _PART_OF_BLANK.search(before[-30:])) and _value(m[1]) <= key.low:
        least = max(least, _value(m[1]) + 1)  # "18 of _____ passes": more than 18
    if count and (m := _BLANK_OF_WHOLE.search(after[:30])) and key.low <= _value(m[1]):
        below = min(below, _value(m[1]) + 1)  # "_____ of 41 passes": at most 41
    if count and (m := _WHOLE_BEFORE.search(before[-60:])) and key.low <= _value(m[1]):
        below = min(below, _value(m[1]) + 1)  # "23 universities, of which _____": at most 23
    if count and (m := _PART_AFTER.search(after[:60])) and _value(m[1]) <= key.low:
        least = max(least, _value(m[1]) + 1)  # "_____ universities, of which 12": more than 12
    if _TOTAL_OF_BLANK.search(before[-60:]):  # "33 lb each … for a total of _____"
        parts = [
            _value(m[1]) * SCALES.get(m[2] or "", 1.0)
            for m in _AMOUNT.finditer(before)
            if _same_unit(key, m[3] or "") and not _YEAR.fullmatch(m[1])  # "census of 1897"
        ]
        parts = [p for p in parts if p < key.low]
        if parts:
            least = max(least, max(parts) * (2 if _EACH.search(before) else 1) + 1e-9)
    for m in _STATED_BOUND.finditer(text):  # "usually _____, but can be as much as $3"
        value = _value(m["num"]) * SCALES.get((m["scale"] or "").lower(), 1.0)
        sign = key.prefix[len(_hedge(key)) :].strip()
        if m["sign"] != sign:
            continue  # "$3" bounds a price in dollars only
        if not sign and (not _same_unit(key, m["unit"] or "") or not (key.unit or key.noun)):
            continue  # "kill at least 215 people and wound _____": another count
        if m["most"] and value > key.high:
            below = min(below, value)
        elif not m["most"] and value < key.low:
            least = max(least, value + 1e-9)
    for m in _TOTAL.finditer(text):
        total, unit = float((m[1] or m[3]).replace(",", "")), m[2] or m[4] or ""
        if unit.lower() in SCALES:  # "a total electorate of 6.5 million", "9.8 million volumes"
            total *= SCALES[unit.lower()]
            unit = (
                next(iter(text[m.end() :].split()), "")
                if text[m.end() : m.end() + 1] == " "
                else ""
            )
        if key.low >= total or not _same_unit(key, unit):
            continue  # not a whole of which the key is a part
        if _EACH.search(before):  # "each digit will weigh _____ for a total of 66 lb"
            share = total / key.low
            if abs(share - round(share)) < 1e-9 and share <= 12:
                return Limits(refused=True)  # the key is the total shared out: arithmetic
            below = min(below, total / 2 + 1e-9)
        else:
            below = min(below, total)
    least = max(least, _part_of_whole(key, text, after))
    for m in _CHANGED_FROM.finditer(after[:80]):  # "_____ deaths in 2010, down from 68,000"
        value = _value(m["num"]) * SCALES.get((m["scale"] or "").lower(), 1.0)
        if m["way"] in _DOWN and value > key.high:
            below = min(below, value)
        elif m["way"] not in _DOWN and value < key.low:
            least = max(least, value + 1e-9)
    low, high = _between(key, before, after)
    return Limits(max(least, low), min(below, high))


# The value the key changed from, after the blank: "about _____ deaths worldwide in 2010, down
# from 68,000 in 1990" (the options stay under it), "up from 12%" (over it)
_CHANGED_FROM = re.compile(
    r"\b(?P<way>down|fell|falling|declined|declining|decreased|up|rose|rising|increased|grew) "
    r"from (?:about |around |some )?(?P<num>\d+(?:,\d{3})*(?:\.\d+)?)"
    r"(?: (?P<scale>" + "|".join(SCALES) + r"))?"
)
_DOWN = frozenset({"down", "fell", "falling", "declined", "declining", "decreased"})


_WHOLE_AFTER = re.compile(r"^[^.;]{0,30}?\b(?:overall|in total|in all|altogether|combined)\b")


def _part_of_whole(key: FigureValue, text: str, after: str) -> float:
    """The largest other count of the key's own noun in the stem when the key is the whole of
    them ("5,000 students in the College and around _____ students overall": more than
    5,000), else 0."""
    noun = key.noun.lower().rstrip("s")
    if not noun or key.unit or not _WHOLE_AFTER.search(after):
        return 0.0
    parts = [
        _value(m[1]) * SCALES.get(m[2] or "", 1.0)
        for m in _AMOUNT.finditer(text)
        if (m[3] or "").lower().rstrip(".,").rstrip("s") == noun and not _YEAR.fullmatch(m[1])
    ]
    parts = [v for v in parts if v < key.low]
    return max(parts) + 1e-9 if parts else 0.0


_MONEY = r"(?P<sign>[$£€¥])(?P<num>\d+(?:,\d{3})*(?:\.\d+)?)"
# "ranged from $35,000 in South Dakota to $71,000 in New York, with a national median of _____"
_RANGE = re.compile(r"\bfrom " + _MONEY + r"[^.;]{0,60}?\bto " + _MONEY.replace("P<", "P<hi_"))
_CENTRE = re.compile(r"\b(?:median|average|mean)\b[^.;]{0,20}$")
# "earned from £20,427 …, up to _____ after 6 years, but could then go on to earn up to £39,942"
_FROM = re.compile(r"\bfrom " + _MONEY)
_UP_TO = re.compile(r"\bup to " + _MONEY)


def _between(key: FigureValue, before: str, after: str) -> tuple[float, float]:
    """The amounts of the key's currency the stem puts on each side of it: a median lies in the
    range the stem gives, a step "up to _____" of a scale between the steps before and after
    it."""
    sign = key.prefix[len(_hedge(key)) :].strip()
    if sign not in ("$", "£", "€", "¥") or key.scale:
        return 0.0, float("inf")
    r = _RANGE.search(before)
    if r and _CENTRE.search(before) and r["sign"] == r["hi_sign"] == sign:
        low, high = _value(r["num"]), _value(r["hi_num"])
        if low < key.low <= key.high < high:
            return low + 1e-9, high
    if not before.rstrip().endswith("up to"):
        return 0.0, float("inf")
    steps_before = [
        _value(m["num"])
        for m in (*_FROM.finditer(before), *_UP_TO.finditer(before))
        if m["sign"] == sign and _value(m["num"]) < key.low
    ]
    steps_after = [
        _value(m["num"])
        for m in _UP_TO.finditer(after)
        if m["sign"] == sign and _value(m["num"]) > key.high
    ]
    return max(steps_before, default=-1e-9) + 1e-9, min(steps_after, default=float("inf"))


# A hedge written before the number: "More than ", "about ", "nearly ", "up to "
_HEDGE = re.compile(r"[A-Za-z]+(?: [A-Za-z]+)* ")


def _hedge(key: FigureValue) -> str:
    """The words of the key's prefix ("up to " of "up to £"), or ""."""
    m = _HEDGE.match(key.prefix)
    return m.group() if m else ""


def hedged_in_stem(fact: Fact) -> Fact:
    """The fact with its hedge left to the stem: "More than _____ students" asks "462,000",
    so the options are bare values, never "More than 462,000" beside "More than 693,000" (each
    true when the one before is). Prose only: an infobox's question has no place for the hedge."""
    key = fact.detail
    if not isinstance(key, FigureValue) or key.is_range or key.bound == "exact":
        return fact
    cut = len(_hedge(key))  # "nearly A$109 million": the stem takes "nearly", the options "A$"
    if not cut or fact.sentence.block.kind == "infobox":
        return fact
    bare = replace(key, prefix=key.prefix[cut:])
    return replace(fact, text=fact.text[cut:], start=fact.start + cut, detail=bare)
