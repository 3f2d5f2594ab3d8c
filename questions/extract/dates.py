"""Date facts: full dates, ranges, partial dates anchored to the year in context, months, years,
decades, centuries, BC/AD and approximate years. Values are EDTF strings."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from ..model import DateValue, Fact, Sentence
from ..text import MONTHS
from .base import Context

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

ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21,
}  # fmt: skip


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
    _p("y", r"(?<=\b(?:in|In) )(?P<y1>[1-9]\d{2})(?=[,.;)]|\s(?:and|when|during|after|before|until)\b)"),
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


def _year(raw: str) -> tuple[int, str]:
    """Parse '1669', '500 BC', '850 AD' into (astronomical year, era text)."""
    m = re.match(rf"(\d+)\s?({ERA})?", raw)
    assert m is not None
    year, era = int(m.group(1)), (m.group(2) or "")
    if era.replace(".", "") in ("BC", "BCE"):
        return 1 - year, era
    return year, era


def _edtf_year(year: int) -> str:
    return f"-{abs(year):04d}" if year < 0 else f"{year:04d}"


def _month(raw: str) -> tuple[int, str]:
    key = raw.rstrip(".").lower()
    style = "full" if len(key) > 4 or key in ("may", "june", "july") else "abbr"
    if raw.endswith("."):
        style = "abbr."
    return MONTHS[key], style


def _day(raw: str) -> int:
    return int(re.match(r"\d+", raw).group(0))  # type: ignore[union-attr]


def _iso(y: int, m: int = 0, d: int = 0) -> str:
    out = _edtf_year(y) if y != 0 or m == 0 else "XXXX"
    if y == 0 and m:
        out = "XXXX"
    if m:
        out += f"-{m:02d}"
    if d:
        out += f"-{d:02d}"
    return out


class _Builder:
    """Turns one regex match into a DateValue, anchoring partial dates to the context year."""

    def __init__(self, context_year: Callable[[int], int | None]) -> None:
        self.context_year = context_year

    def build(self, fmt: str, m: re.Match[str]) -> DateValue | None:
        g = m.groupdict()
        dash = re.search(r"[–—-]", m.group(0))
        dash_s = dash.group(0) if dash else "–"
        handler = getattr(self, "_" + fmt.replace("-", "_"))
        value: DateValue | None = handler(g, m.start())
        if value is None:
            return None
        return replace(value, dash=dash_s)

    def _full(self, g: dict[str, str], pos: int, fmt: str) -> DateValue | None:
        y2, era = _year(g["y2"]) if g.get("y2") else _year(g["y1"])
        y1 = _year(g["y1"])[0] if g.get("y1") else y2
        m2, style = _month(g.get("m2") or g["m1"])
        m1 = _month(g["m1"])[0] if g.get("m1") else m2
        d1 = _day(g["d1"])
        d2 = _day(g["d2"]) if g.get("d2") else d1
        first, last = (y1, m1, d1), (y2, m2, d2)
        if not (_valid(first) and _valid(last)) or last < first:
            return None
        rng = first != last
        edtf = _iso(*first) + (("/" + _iso(*last)) if rng else "")
        return DateValue(edtf, "day", first, last, fmt, rng, True, False, era, month_style=style)

    def _dmy_dmy(self, g: dict[str, str], pos: int) -> DateValue | None:
        return self._full(g, pos, "dmy-dmy")

    def _mdy_mdy(self, g: dict[str, str], pos: int) -> DateValue | None:
        return self._full(g, pos, "mdy-mdy")

    def _dm_dmy(self, g: dict[str, str], pos: int) -> DateValue | None:
        return self._full(g, pos, "dm-dmy")

    def _d_dmy(self, g: dict[str, str], pos: int) -> DateValue | None:
        return self._full({**g, "m1": g["m2"]}, pos, "d-dmy")

    def _md_dy(self, g: dict[str, str], pos: int) -> DateValue | None:
        return self._full({**g, "m2": g["m1"]}, pos, "md-dy")

    def _dmy(self, g: dict[str, str], pos: int) -> DateValue | None:
        return self._full(g, pos, "dmy")

    def _mdy(self, g: dict[str, str], pos: int) -> DateValue | None:
        return self._full(g, pos, "mdy")

    def _partial(self, g: dict[str, str], pos: int, fmt: str) -> DateValue | None:
        year = self.context_year(pos)
        m2, style = _month(g.get("m2") or g["m1"])
        m1 = _month(g["m1"])[0] if g.get("m1") else m2
        d1 = _day(g["d1"])
        d2 = _day(g["d2"]) if g.get("d2") else d1
        y = year if year is not None else 2000  # a leap year, so 29 February stays valid
        first, last = (y, m1, d1), (y, m2, d2)
        if not (_valid(first) and _valid(last)) or last < first:
            return None
        yy = year if year is not None else 0
        rng = first != last
        edtf = _iso(yy, m1, d1) + (("/" + _iso(yy, m2, d2)) if rng else "")
        return DateValue(edtf, "day", first, last, fmt, rng, False, False, month_style=style)

    def _d_dm(self, g: dict[str, str], pos: int) -> DateValue | None:
        return self._partial({**g, "m1": g["m2"]}, pos, "d-dm")

    def _dm(self, g: dict[str, str], pos: int) -> DateValue | None:
        return self._partial(g, pos, "dm")

    def _md(self, g: dict[str, str], pos: int) -> DateValue | None:
        return self._partial(g, pos, "md")

    def _my(self, g: dict[str, str], pos: int) -> DateValue | None:
        y, era = _year(g["y1"])
        mo, style = _month(g["m1"])
        return DateValue(_iso(y, mo), "month", (y, mo, 0), (y, mo, 0), "my", era=era,
                         month_style=style)  # fmt: skip

    def _my_my(self, g: dict[str, str], pos: int) -> DateValue | None:
        (y1, _), (y2, _) = _year(g["y1"]), _year(g["y2"])
        m1, m2 = _month(g["m1"])[0], _month(g["m2"])[0]
        if (y2, m2) <= (y1, m1):
            return None
        edtf = f"{_iso(y1, m1)}/{_iso(y2, m2)}"
        return DateValue(edtf, "month", (y1, m1, 0), (y2, m2, 0), "my-my", True)

    def _month(self, g: dict[str, str], pos: int) -> DateValue | None:
        year = self.context_year(pos)
        if year is None:
            return None
        mo = _month(g["m1"])[0]
        return DateValue(_iso(year, mo), "month", (year, mo, 0), (year, mo, 0), "month",
                         explicit_year=False)  # fmt: skip

    def _century(self, g: dict[str, str], pos: int) -> DateValue | None:
        return self._cent(int(g["c"]), g.get("era") or "", "century")

    def _century_words(self, g: dict[str, str], pos: int) -> DateValue | None:
        return self._cent(ORDINAL_WORDS[g["cw"].lower()], g.get("era") or "", "century-words")

    def _cent(self, c: int, era: str, fmt: str) -> DateValue | None:
        if not 1 <= c <= 21:
            return None
        bc = era.replace(".", "") in ("BC", "BCE")
        first = (1 - c * 100, 1, 1) if bc else ((c - 1) * 100 + 1, 1, 1)
        last = (1 - ((c - 1) * 100 + 1), 12, 31) if bc else (c * 100, 12, 31)
        edtf = f"-{c - 1:02d}XX" if bc else f"{c - 1:02d}XX"
        return DateValue(edtf, "century", first, last, fmt, era=era)

    def _decade(self, g: dict[str, str], pos: int) -> DateValue | None:
        y = int(g["dec"])
        return DateValue(f"{y // 10:03d}X", "decade", (y, 1, 1), (y + 9, 12, 31), "decade")

    def _approx_y(self, g: dict[str, str], pos: int) -> DateValue | None:
        y, era = _year(g["y1"])
        return DateValue(_edtf_year(y) + "~", "year", (y, 0, 0), (y, 0, 0), "approx-y",
                         approx=True, era=era)  # fmt: skip

    def _y_y(self, g: dict[str, str], pos: int) -> DateValue | None:
        y1 = int(g["y1"])
        raw2 = g["y2"]
        y2 = int(raw2) if len(raw2) == 4 else (y1 // 100) * 100 + int(raw2)
        if y2 <= y1 or y2 - y1 > 200:
            return None
        fmt = "y-y" if len(raw2) == 4 else "y-yy"
        return DateValue(f"{y1:04d}/{y2:04d}", "year", (y1, 0, 0), (y2, 0, 0), fmt, True)

    def _era_y(self, g: dict[str, str], pos: int) -> DateValue | None:
        y = int(g["y1"])
        return DateValue(_edtf_year(y), "year", (y, 0, 0), (y, 0, 0), "era-y", era=g["era"])

    def _y_era(self, g: dict[str, str], pos: int) -> DateValue | None:
        y, era = _year(g["y1"] + " " + g["era"])
        return DateValue(_edtf_year(y), "year", (y, 0, 0), (y, 0, 0), "y-era", era=era)

    def _y(self, g: dict[str, str], pos: int) -> DateValue | None:
        y = int(g["y1"])
        return DateValue(_edtf_year(y), "year", (y, 0, 0), (y, 0, 0), "y")


def _valid(ymd: tuple[int, int, int]) -> bool:
    y, m, d = ymd
    if not 1 <= m <= 12 or d < 1:
        return False
    days = [31, 29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28, 31, 30, 31, 30,
            31, 31, 30, 31, 30, 31]  # fmt: skip
    return d <= days[m - 1]


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

    builder = _Builder(context_year)
    for sentence in ctx.sentences_for("date"):
        found: list[Fact] = []
        for fmt, m in _iter_matches(ctx, sentence):
            s, e = m.span("m1") if fmt == "month" else m.span()
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
