"""Numbers that are no quantities: names ("Route 66"), labels ("article 56"), parts of dates,
clock times, years of an era, page references; and number words that count nothing."""

from __future__ import annotations

import re

from ..model import Sentence
from ..text import MONTH_NAMES
from .figure_values import Found

_MONTHS = "|".join(MONTH_NAMES[1:]) + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
# Capitalised words that begin sentences or phrases without naming anything.
_FUNCTION = (
    "The|A|An|In|On|At|By|For|From|Of|With|Without|Over|Under|About|Around|Some|Only|Just|After|"
    "Before|Since|Until|During|Between|And|But|Or|To|Its|Their|His|Her|Our|My|Your|These|Those|"
    "All|Each|Every|Another|Within|Across|Among|When|While|Per|Than|Then|Both|Including|Also|"
    "As|If|Where|Although|Though|Because|However|Thus|There|Here|It|They|We|He|She|I|Of|"
    "Nearly|Almost|Approximately|Roughly|Less|More|Fewer|Once|Overall|Total|Its|Whereas|Yet|So"
)
_LABELS = (
    "article|articles|section|sections|chapter|chapters|page|pages|pp\\.|p\\.|verse|verses|line|"
    "lines|paragraph|clause|room|flight|platform|gate|number|numbers|no\\.|nos\\.|#|route|highway|"
    "interstate|track|volume|vol\\.|issue|version|level|grade|rule|psalm|mission|missions|"
    "resolution|law|item|figure|fig\\.|table|appendix|bus|channel|opus|op\\.|type|model|class|"
    "stage|phase|round|episode|season|series|game|week|day|part|book|act|scene|unit|block|lot|"
    "plot|pier|suite|apartment|floor|ward|zone|sector|precinct|division|size|team|car|locomotive|patent|serial|code|catalogue|layer"
)
_NAME_BEFORE = re.compile(
    rf"(?:\b(?!(?:{_FUNCTION})\s)[A-Z][\w.'’-]*(?<!['’]s)|[A-Z][\w'’-]*\s(?:des|de|du|di|da|del|von|van|der)"
    rf"|(?<![\w-])(?:{_LABELS})|[A-Z]{{2,}}:|[.)\]\"”'’]\s?:)(?:\s\d+(?:,\s?\d+)*,?\s(?:and|or|&))?\s?$"
)  # "Route 66", "Manifeste des 121", "article 56", "(NSN: 0–7918)", ".: 217–218"
_MONTH_BEFORE = re.compile(rf"\b(?:{_MONTHS})\.?\s$")  # "June 2–3": a date
_DATE_AFTER = re.compile(
    rf"\s?(?:[–-]|or|and|to|&)\s?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\b|\s+(?:of\s+)?(?:{_MONTHS})\b"
)  # "15 or 16 May 1440"
_POSITION_AFTER = re.compile(r"\s+line\b")  # "the Panthers' 41-yard line" is a place on the field
_TIME_AFTER = re.compile(r"\s?(?:[ap]\.m\.|(?i:[ap]m)\b|o['’‘]clock|GMT\b|UTC\b)")
ERA_AFTER = re.compile(r"\s?(?:BCE?|CE|AD|BS|AH|BE|B\.C\.|A\.D\.)\b")  # years of an era
_ERA_BEFORE = re.compile(r"\b(?:AD|A\.D\.)\s$")
_ADDRESS = re.compile(
    r"\s+(?:[A-Z][\w.'-]*\s+){1,4}(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Lane|Boulevard|Drive|Place|Square)\b"
)
_YEAR_ADJECTIVE = re.compile(r"(?:^|\s)(?:the|The|a|A)\s$")  # "the 1440 trial"
_PAGES_AFTER_VOLUME = re.compile(r"\d\s?,\s?$")  # "Journal of X, 44, 50–58"
_PRONOUN_AFTER = re.compile(r"\s+of\s+(?:them|whom|which)\b")  # "two of them": no referent
_ORDINAL_BEFORE = re.compile(
    r"\b(?:first|second|latter|former|other|early|late|final|last|next|previous)\s$", re.I
)  # "the second half of the 19th century"
NOUN_AFTER = re.compile(
    r"\s+((?:[A-Za-z\d][\w'.–-]*\s+){0,4}?"
    r"(?:[A-Za-z][\w-]*[a-z]s|[a-z]*men|people|children|staff|police|personnel|cattle))\b"
)  # the counted noun, after at most four modifiers ("eleven LEA-funded 11 to 18 schools")


def refused(text: str, f: Found, sentence: Sentence, modified: bool) -> bool:
    """True when the number names, dates or labels something rather than counting it."""
    before = text[max(sentence.start, f.start - 30) : f.start]
    if ERA_AFTER.match(text, f.end) or _ERA_BEFORE.search(before):
        return True
    if _MONTH_BEFORE.search(before) or _DATE_AFTER.match(text, f.end):
        return True
    if _TIME_AFTER.match(text, f.end) or _ADDRESS.match(text, f.end):
        return True
    if _PRONOUN_AFTER.match(text, f.end):
        return True
    if f.unit and text[f.num_end] == "-" and _POSITION_AFTER.match(text, f.end):
        return True
    bare = not (f.unit or modified or f.plus)
    if bare and _NAME_BEFORE.search(before):
        return True
    if f.kind == "n":
        return _digits_refused(text, f, before, bare)
    return _words_refused(text, f, sentence, before)


def _digits_refused(text: str, f: Found, before: str, bare: bool) -> bool:
    """Years used as adjectives, lifespans, page ranges; small numbers that count nothing."""
    raw = text[f.num_start : f.num_end]
    if re.fullmatch(r"1\d{3}|20[0-3]\d", raw) and _YEAR_ADJECTIVE.search(before):
        return True
    if f.high != f.low and bare:
        if _PAGES_AFTER_VOLUME.search(before):
            return True
        lifespan = f.low >= 100 and f.high <= 2100 and before.endswith("(")
        if lifespan and text.startswith(")", f.end):
            return True  # "Louis II (825–875)"
    small = bare and f.high < 10 and not f.num.scale and not f.noun
    return small and not NOUN_AFTER.match(text, f.end)  # "6 people", not "Section 3"


def _words_refused(text: str, f: Found, sentence: Sentence, before: str) -> bool:
    """Number words need a counted noun or unit; a capitalised one inside a sentence is a name."""
    first = text[f.num_start]
    initial = not text[sentence.start : f.start].strip(" \"“‘'(")
    if first.isupper() and not initial:
        return True  # "the Big Four", "Three Kingdoms"
    if f.kind == "h":
        return bool(_ORDINAL_BEFORE.search(before))
    if f.kind == "f":
        return f.low >= 1  # "each of the four-quarters" counts parts, it is no share
    if f.kind != "w":
        return False
    if f.low == f.high == 1 and not f.unit:
        return True  # "one" alone is most often a pronoun
    return not (f.unit or f.noun or NOUN_AFTER.match(text, f.end))
