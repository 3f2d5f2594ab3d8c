"""Date facts: full dates, ranges, partial dates anchored to the year in context, months, years,
decades, centuries, BC/AD and approximate years. Values are EDTF strings."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..model import DateValue, Fact, Sentence
from .base import Context
from .date_values import ORDINAL_WORDS, Builder

MONTH = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|"
    r"Aug(?:ust|\.)?|Sep(?:tember|t\.|\.|t)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
    r"(?![a-z])"
)
FULL_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"\d{3,4}(?:\s?(?:BCE|BC|CE|AD|B\.C\.|A\.D\.))?"
Y4 = r"(?:1\d{3}|20\d{2})"
DASH = r"\s?[–—-]\s?"
ERA = r"(?:BCE|BC|CE|AD|B\.C\.|A\.D\.)"
L = r"(?<![\w\-–/.,])"  # left boundary: no word, digit or date punctuation glued before
R = r"(?![\w\-–/])"  # right boundary


@dataclass(frozen=True, slots=True)
class _Pattern:
    fmt: str
    regex: re.Pattern[str]


def _p(fmt: str, body: str) -> _Pattern:
    return _Pattern(fmt, re.compile(L + body + R))


# Order matters: longer, more specific shapes claim their span first.
PATTERNS = (
    _p("dmy-dmy", rf"(?P<d1>{DAY}) (?P<m1>{MONTH}),? (?P<y1>{YEAR}){DASH}"
       rf"(?P<d2>{DAY}) (?P<m2>{MONTH}),? (?P<y2>{YEAR})"),
    _p("mdy-mdy", rf"(?P<m1>{MONTH}) (?P<d1>{DAY}),? (?P<y1>{YEAR}){DASH}"
       rf"(?P<m2>{MONTH}) (?P<d2>{DAY}),? (?P<y2>{YEAR})"),
    _p("dm-dmy", rf"(?P<d1>{DAY}) (?P<m1>{MONTH}){DASH}(?P<d2>{DAY}) (?P<m2>{MONTH}),? (?P<y2>{YEAR})"),
    _p("d-dmy", rf"(?P<d1>{DAY}){DASH}(?P<d2>{DAY}) (?P<m2>{MONTH}),? (?P<y2>{YEAR})"),
    _p("md-dy", rf"(?P<m1>{MONTH}) (?P<d1>{DAY}){DASH}(?P<d2>{DAY}), (?P<y2>{YEAR})"),
    _p("dmy", rf"(?P<d1>{DAY}) (?P<m1>{MONTH}),? (?P<y1>{YEAR})"),
    _p("mdy", rf"(?P<m1>{MONTH}) (?P<d1>{DAY}),? (?P<y1>{YEAR})"),
    _p("d-dm", rf"(?P<d1>{DAY}){DASH}(?P<d2>{DAY}) (?P<m2>{FULL_MONTH})"),
    _p("dm", rf"(?P<d1>{DAY}) (?P<m1>{FULL_MONTH})(?!,? \d)"),
    _p("md", rf"(?P<m1>{FULL_MONTH}) (?P<d1>{DAY})(?!,? ?\d)(?!\w)"),
    _p("my-my", rf"(?P<m1>{FULL_MONTH}) (?P<y1>{Y4}){DASH}(?P<m2>{FULL_MONTH}) (?P<y2>{Y4})"),
    _p("my", rf"(?P<m1>{MONTH}) (?P<y1>{YEAR})"),
    _p("century", r"(?P<early>(?:early|mid|late)[ -])?(?P<c>\d{1,2})(?:st|nd|rd|th)"
       rf"[ -]century(?: (?P<era>{ERA}))?"),
    _p("century-words", r"(?P<early>(?:early|mid|late)[ -])?(?P<cw>"
       + "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True)) + rf") century(?: (?P<era>{ERA}))?"),
    _p("decade", r"(?P<dec>1\d{2}0|20[0-2]0)'?s"),
    _p("approx-y", rf"(?P<c>c\.|ca\.|circa)\s?(?P<y1>{YEAR})"),
    _p("y-y", rf"(?P<y1>{Y4}){DASH}(?P<y2>{Y4}|\d{{2}})(?!\s?(?:%|percent|per cent))"),
    _p("era-y", r"(?P<era>AD|CE) (?P<y1>\d{1,4})"),
    _p("y-era", rf"(?P<y1>\d{{1,4}}) (?P<era>{ERA})"),
    _p("y", r"(?P<cue>(?:born|died|crowned|founded|built|ruled|reigned) in )(?P<y1>[1-9]\d{2})(?=[,.;)]|\s(?:and|when|during|after|before|until)\b)"),
    _p("y", rf"(?P<y1>{Y4})(?!\s?(?:%|percent|per cent|km|m\b|kg|ft))"),
    _p("month", r"(?:in|In|by|By|until|Until|during|During|since|Since|early|late|mid-|of) "
       r"(?P<m1>(?:January|February|March|April|June|July|August|September|October|November|December))(?![\w-])"),
)  # fmt: skip

# Words after a four-digit number that show it counts things rather than naming a year.
_COUNT_NOUN = re.compile(r"\s+(?:[a-z]+\s+)?(?:[a-z]+s|people|men|women|children|troops)\b")
_YEAR_CUE = re.compile(
    r"(?:\b(?:in|In|since|Since|by|By|until|Until|of|from|From|to|during|During|after|After|"
    r"before|Before|around|c\.|and|or|early|late|mid|year|years|between)\s|[(,]\s?)$"
)


def _bare_year_ok(text: str, start: int, end: int) -> bool:
    """A lone four-digit number is a year unless it counts things ("2000 troops")."""
    before = text[max(0, start - 16) : start]
    if before.endswith(("$", "£", "€", "#", "No. ")) or int(text[start:end]) > 2030:
        return False
    if re.match(r"\s?(?:BS|AH|BE|AM|SE|NS)\b", text[end : end + 4]):
        return False  # another calendar (Bikram Sambat, Hijri, …)
    if _YEAR_CUE.search(before):
        return True
    m = _COUNT_NOUN.match(text, end)
    return not (m and _plural(m.group(0).split()[-1]))


def _plural(word: str) -> bool:
    """True for a plural noun ('troops'), false for 'census' or 'campus'."""
    from ..lexicon import getAllLemmas

    lemmas = getAllLemmas(word).get("NOUN", ())
    return bool(lemmas) and lemmas[0] != word


_HAS_MONTH = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")
_NEEDS_MONTH = frozenset(("dmy-dmy", "mdy-mdy", "dm-dmy", "d-dmy", "md-dy", "dmy", "mdy", "d-dm",
                          "dm", "md", "my-my", "my", "month"))  # fmt: skip


def _iter_matches(ctx: Context, sentence: Sentence) -> Iterator[tuple[str, re.Match[str]]]:
    text = ctx.doc.text
    start = sentence.block.value_start if sentence.block.kind == "infobox" else sentence.start
    chunk = text[start : sentence.end]
    has_month = bool(_HAS_MONTH.search(chunk))
    has_digit = any(c.isdigit() for c in chunk)
    has_century = "century" in chunk
    for pattern in PATTERNS:
        if pattern.fmt == "century-words":
            if not has_century:
                continue
        elif not has_digit or (pattern.fmt in _NEEDS_MONTH and not has_month):
            continue
        for m in pattern.regex.finditer(text, start, sentence.end):
            yield pattern.fmt, m


def extract(ctx: Context) -> list[Fact]:
    """Find every date in the document's source sentences."""
    text = ctx.doc.text
    facts: list[Fact] = []
    offsets: list[int] = []  # where each explicit year was written, in document order
    years: list[int] = []
    default_year = _infobox_year(ctx)

    def context_year(pos: int) -> int | None:
        i = bisect.bisect_left(offsets, pos)
        return years[i - 1] if i > 0 else default_year

    builder = Builder(context_year)
    for sentence in ctx.sentences_for("date"):
        found: list[Fact] = []
        for fmt, m in _iter_matches(ctx, sentence):
            s, e = m.span("m1") if fmt == "month" else m.span()
            if m.groupdict().get("cue"):
                s = m.end("cue")
            if ctx.is_claimed(s, e) or ctx.in_quote(s, e):
                continue
            if fmt == "y" and not _bare_year_ok(text, s, e):
                continue
            value = builder.build(fmt, m)
            if value is None or not ctx.claim(s, e):
                continue
            found.append(Fact("date", text[s:e], value.edtf, s, e, sentence, value))
        found.sort(key=lambda f: f.start)
        for f in found:
            d = f.detail
            assert isinstance(d, DateValue)
            if d.explicit_year and d.granularity in ("day", "month", "year"):
                offsets.append(f.start)
                years.append(d.last[0])
        facts.extend(found)
    return facts


def _infobox_year(ctx: Context) -> int | None:
    """The year of the infobox's Date field, the default anchor for partial dates."""
    for block in ctx.doc.infobox():
        if block.key.lower() in ("date", "dates"):
            m = re.search(r"\b(1\d{3}|20\d{2})\b", ctx.doc.text[block.value_start : block.end])
            if m:
                return int(m.group(1))
    return None
