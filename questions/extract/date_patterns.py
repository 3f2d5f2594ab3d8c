"""The shapes of written dates, as compiled regexes in the order they claim their spans.

The shapes are a table, date_patterns.tsv (a rule engine's resource file, as HeidelTime keeps
its patterns): a line a shape, its regex written with the named fragments defined here.

A shape may carry a modifier before it ("early", "mid-", "the end of", "the summer of", "6 p.m.
on"): the modifier belongs to the span, as in TIMEX2, and is kept as the value's prefix so that
options can be written the same way.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources

from .date_values import APPROX, ERA, ORDINAL_WORDS

MONTH = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|"
    r"Aug(?:ust|\.)?|Sep(?:tember|t\.|\.|t)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
    r"(?![a-z])"
)
FULL_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
WORD_ERA = rf"{ERA}(?![A-Za-z])"  # an era that is a word of its own, not "BCG" or "ADC"
Y34 = r"\d{3,4}"
YEAR = rf"{Y34}(?:\s?{WORD_ERA})?"
# A year after a month: four digits or an era, so that "January of 114" is not a date.
MYEAR = rf"(?:{Y34}\s?{WORD_ERA}|1\d{{3}}|20\d{{2}})"
Y4 = r"(?:1\d{3}|20\d{2})"
DASH = r"\s?[–—-]\s?"
# left boundary: no word, digit or date punctuation glued before, except "mid-" ("mid-June")
L = r"(?:(?<![\w\-–/.,])|(?<=[Mm]id-)|(?<=[a-z]/))"  # and "August/September 1956"
R = r"(?![\w\-–/]|,\d)"  # right boundary: not inside a word, a range or "105,000"

_SEASON = r"(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)"
# Words before a date that narrow it and that TIMEX2 counts as part of it.
# Words right before a date that narrow it and that TIMEX2 counts as part of it.
MOD_BEFORE = re.compile(
    r"(?:(?:[Tt]he )?(?:very )?(?:end|middle|start|beginning|close|turn|latter part|"
    r"(?:first|second|latter|early|later) (?:half|part)) of "
    rf"|(?:[Tt]he )?(?:[Ee]arly |[Ll]ate )?{_SEASON} (?:of )?"
    r"|(?:[Tt]he )?(?:[Ee]arly|[Ll]ate)(?: in)? |[Mm]id(?:-| )"
    r"|\d{1,2}(?:[:.]\d{2})? ?(?:[ap]\.m\.|[AP]M|[ap]m) (?:on )?"
    r"|(?:[Ee]arly (?:in )?)?(?:[Tt]he )?(?:early )?(?:morning|afternoon|evening|night)"
    r"(?: hours)? of |Christmas (?:Day |Eve )?(?:of )?|c\. |ca\. |circa )$"
)
# How each alternative of MOD_BEFORE ends before its final space, in lower case ("mid" also
# before its hyphen), and the words before an "of" that ends one: MOD_BEFORE is searched (at
# every position of the text before a date) only when the text ends so.
_MOD_ENDINGS = (
    *"spring summer autumn fall winter early late mid a.m. p.m. am pm christmas c. ca.".split(),
    *("circa", "early in", "late in", "m. on", "am on", "pm on", "christmas day", "christmas eve"),
)
_BEFORE_OF = (
    *"end middle start beginning close turn part half spring summer autumn fall winter".split(),
    *"morning afternoon evening night hours christmas day eve".split(),
)


def may_modify(before: str) -> bool:
    """False when MOD_BEFORE cannot match at the end of `before` (a necessary condition)."""
    end = before[:-1] if before.endswith("\n") else before  # `$` may stand before a last newline
    if end.endswith("-"):
        return end[:-1].lower().endswith("mid")
    if not end.endswith(" "):
        return False
    words = end[:-1].lower()
    if words.endswith(" of"):
        return words[:-3].endswith(_BEFORE_OF)
    return words.endswith(_MOD_ENDINGS)


MODIFIABLE = frozenset(
    ("dmy", "mdy", "dm", "md", "my", "decade", "y-era", "y", "month", "y-y", "y-y-era")
)
# Words before a bare month name that show it is the month ("In April", "by April").
MONTH_CUE = re.compile(
    r"\b(?:[Ii]n|[Bb]y|[Uu]ntil|[Tt]ill|[Dd]uring|[Ss]ince|[Ff]rom|to|[Bb]etween|[Bb]efore|"
    r"[Aa]fter|through|into|of|on) $|" + FULL_MONTH + r",? (?:and|or|to) $"
)
MONTH_PAIR = re.compile(r",? (?:to|and|or|through) " + FULL_MONTH)  # "February to April"
NO_YEAR_AFTER = r"(?!,? ?\d{3,4}(?![\d,]))"  # "28 March, 35,000 troops" is still a partial date
THE_NTH = r"(?:[Tt]he (?=\d{1,2}(?:st|nd|rd|th)? of ))?"  # "the 3rd of May 1808"
OF_YEAR = r"(?P<ofy> of (?:that|the same|the following|the next|the previous|this) year)"


@dataclass(frozen=True, slots=True)
class Pattern:
    """One written shape of a date: its format name and regex."""

    fmt: str
    regex: re.Pattern[str]
    needs: int  # bit mask of the FEATURES a sentence must have for the shape to be tried
    first: re.Pattern[str]  # the characters a match starts with: a scan starts at the first


# "born in 845": a three-digit year is a date only after a verb of a life or a reign
_LIFE_CUE = r"(?:born|died|crowned|founded|built|ruled|reigned) in "
_PERCENT = r"\s?(?:%|percent|per cent)"  # "1950–60 per cent" is no range of years

# Cheap tests that rule shapes out for a whole sentence before their regexes run.
_MON = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
FEATURES = {
    "digit": re.compile(r"\d"),
    "month": re.compile(_MON),
    "range": re.compile(r"[–—-]"),
    "era": re.compile(r"BC|AD|CE|B\.C|A\.D"),
    "century": re.compile(r"century"),
    "decade": re.compile(r"0'?s"),
    "approx": re.compile(APPROX),
    "life": re.compile(rf"{_LIFE_CUE}\d"),
    # tried only when the sentence has a digit and a month
    "day-month": re.compile(rf"{_MON}[a-z]*\.? \d|\d(?:st|nd|rd|th)? (?:of )?{_MON}"),
}


BIT = {name: 1 << i for i, name in enumerate(FEATURES)}
_DIGIT_MONTH = BIT["digit"] | BIT["month"]
# "early 19th century", "the fifth century BC"
_EARLY = r"(?P<early>(?:early|mid|late)[ -])?"
_CENTURY_ERA = rf"century(?: (?P<era>{ERA}))?"


def _p(fmt: str, body: str, needs: str, first: str) -> Pattern:
    """A shape; `first` lists the characters it can start with, which lets the regex engine
    skip to them instead of trying the boundary test at every position."""
    regex = re.compile(f"(?=[{first}])" + L + body + R)
    return Pattern(fmt, regex, sum(BIT[n] for n in needs.split()), re.compile(f"[{first}]"))


@functools.cache
def shapes_for(have: int) -> tuple[Pattern, ...]:
    """The shapes a sentence with the features `have` (a bit mask) can hold."""
    return tuple(p for p in PATTERNS if p.needs & have == p.needs)


def features(chunk: str) -> int:
    """The bit mask of the FEATURES found in `chunk`."""
    have = 0
    for name, test in FEATURES.items():
        if name == "day-month" and have & _DIGIT_MONTH != _DIGIT_MONTH:
            continue
        if test.search(chunk):
            have |= BIT[name]
    return have


# The fragments the regexes of date_patterns.tsv name as {NAME}.
FRAGMENTS = {
    "MONTH": MONTH,
    "FULL_MONTH": FULL_MONTH,
    "DAY": DAY,
    "WORD_ERA": WORD_ERA,
    "Y34": Y34,
    "YEAR": YEAR,
    "MYEAR": MYEAR,
    "Y4": Y4,
    "DASH": DASH,
    "THE_NTH": THE_NTH,
    "NO_YEAR_AFTER": NO_YEAR_AFTER,
    "OF_YEAR": OF_YEAR,
    "APPROX": APPROX,
    "LIFE_CUE": _LIFE_CUE,
    "PERCENT": _PERCENT,
    "EARLY": _EARLY,
    "CENTURY_ERA": _CENTURY_ERA,
    "ORDINAL_WORDS": "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True)),
}


def _table() -> tuple[Pattern, ...]:
    """The shapes of date_patterns.tsv, in its order: longer, more specific shapes claim their
    span first."""
    table = resources.files("questions").joinpath("extract/date_patterns.tsv")
    lines = table.read_text(encoding="utf-8").splitlines()
    _columns, *rows = [line.split("\t") for line in lines if line and not line.startswith("#")]
    return tuple(
        _p(fmt, regex.format_map(FRAGMENTS), needs, first) for fmt, needs, first, regex in rows
    )


PATTERNS = _table()
