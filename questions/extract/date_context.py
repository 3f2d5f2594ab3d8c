"""The discourse's time line: the year, month and day a partial or relative date refers to.

Only narrative dates move the time line. A year in an aside ("(in 1990)"), after "since" or
"than" ("the bloodiest battle since 1870"), in a later report ("letters published in 1990") or
used as an adjective ("a secret 1905 treaty") dates something else and is not an anchor.
"""

from __future__ import annotations

import bisect
import re
from datetime import date, timedelta

from ..model import DateValue
from ..text import NUMBER_WORDS

L = r"(?<![\w\-–/.,])"
_N = r"(?P<n>(?i:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)|\d{1,2})"
# "the next day", "two days later": a day counted from the last day the text named.
REL_DAY = re.compile(
    r"(?=[TtAaOoSsEeFfNn0-9])" + L + r"(?:(?P<same>[Tt]he same day|[Tt]hat (?:same |very )?day)"
    r"|(?P<next>[Tt]he (?:next|following) day|[Tt]he day (?:after|following)(?=[,.;]))"
    r"|(?P<prev>[Tt]he (?:previous|preceding) day|[Tt]he day before(?=[,.;]))"
    rf"|{_N} days? (?P<dir>later|earlier|afterwards|after(?=[,.;])|before(?=[,.;])))"
    r"(?![\w-])"
)
_PART = r"[Tt]he (?:end|start|beginning|middle|rest|latter part|first half|second half) of "
# "the following year", "later that year": a year counted from the year of the narrative.
REL_YEAR = re.compile(
    r"(?=[TtAaOoSsEeFfNnLlJj0-9])"
    + L
    + r"(?:(?P<same>[Tt]he same year|(?:[Ll]ater |[Ee]arlier )?[Tt]hat (?:same )?year|"
    r"[Ll]ater in the year|[Ee]arlier in the year|" + _PART + r"the year)"
    r"|(?P<next>[Tt]he (?:following|next) year)|(?P<prev>[Tt]he (?:previous|preceding) year)"
    rf"|(?:(?:just|some|only|over|about|almost|nearly) )?{_N} (?P<decade>decades?|years?) "
    r"(?P<dir>later|earlier|ago|previously|afterwards))(?![\w-])"
)
REL_MONTH = re.compile(
    r"(?=[TtLlEe])"
    + L
    + r"(?:(?P<same>(?:[Ll]ater |[Ee]arlier )?[Tt]hat (?:same )?month|[Tt]he same month|"
    r"[Ll]ater in the month|" + _PART + r"the month)|(?P<next>[Tt]he (?:following|next) month)"
    r"|(?P<prev>[Tt]he (?:previous|preceding) month))(?![\w-])"
)
# each with a word a sentence must hold for it to be tried
RELATIVE = (
    ("rel-day", REL_DAY, ("day",)),
    ("rel-year", REL_YEAR, ("year", "decade")),
    ("rel-month", REL_MONTH, ("month",)),
)
ROLLOVER = 8  # months back from the narrative's last month that mean the next year
ROLL_REACH = 1000  # characters from that month within which the rollover holds
DAY_REACH = 600  # characters: a relative day further from its anchor is not resolved

# A year after these dates a later report, a comparison or a plan, not the narrative.
_LATER_CUE = re.compile(
    r"\b(?:[Ss]ince|than|(?:published|written|released|reprinted|recalled|declassified|"
    r"revealed|reported) in|(?:planned|scheduled|projected|expected|intended|due)\b[^,.;]{0,24}"
    r"\b(?:for|in|by)|(?:would|will|until|predicted|expected)\b[^,.;()]{0,40})\s$"
)  # "lasted until the fall of Budapest in February 1945"
# "occupied from 4 August 1915 until November 1918": the end of the narrative's own span
_SPAN_END = re.compile(r"\bfrom\b[^.;()]{0,60}\buntil\s$")
# "areas controlled by Russia in 1914": a participle after its noun dates a state of things the
# sentence describes, not its own event ("Warsaw was captured by the Germans in 1915" is)
_REDUCED_RELATIVE = re.compile(
    r"\b(?!(?:was|were|is|are|be|been|being|had|has|have|and|or|then|later|first|also)\b)[a-z]+ "
    r"[a-z]{3,}ed by (?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)* in\s$"
)
_DETERMINER = re.compile(r"(?:\b(?:a|an|the|its|his|her|their|this|whose)|'s)(?:\s[a-z]+){0,2}\s$")
_WORD_AFTER = re.compile(r" [A-Za-z]")


def is_aside(text: str, sentence_start: int, start: int, end: int) -> bool:
    """True when the year at [start, end) dates an aside, a comparison or a later event."""
    head = text[sentence_start:start]
    if head.count("(") > head.count(")"):
        return True
    before = head[-48:]
    if _REDUCED_RELATIVE.search(before):
        return True
    if _LATER_CUE.search(before) and not _SPAN_END.search(head):
        return True
    return bool(_DETERMINER.search(before) and _WORD_AFTER.match(text, end))  # "a 1905 treaty"


def _count(raw: str) -> int:
    raw = raw.lower()
    if raw.isdigit():
        return int(raw)
    return 1 if raw in ("a", "an", "one") else NUMBER_WORDS.get(raw, 0)


class Timeline:
    """The narrative's years, months and days, in document order, for anchoring."""

    def __init__(self, default_year: int | None) -> None:
        self.default_year = default_year
        self._ypos: list[int] = []
        self._years: list[int] = []
        self._mpos: list[int] = []
        self._months: list[tuple[int, int]] = []
        self._dpos: list[int] = []
        self._days: list[DateValue] = []
        self._lpos: list[int] = []
        self._last: list[DateValue] = []

    def year_at(self, pos: int) -> int | None:
        """The narrative year at `pos`, else the infobox's year."""
        i = bisect.bisect_left(self._ypos, pos)
        return self._years[i - 1] if i else self.default_year

    def year_of_month(self, pos: int, month: int) -> int | None:
        """The year of a month named without one: the narrative's, moved on by one when the
        narrative last reached a month well later in that year ("December 1941 … In
        January" → 1942; a month or two back is a look back, not a new year)."""
        year = self.year_at(pos)
        i = bisect.bisect_left(self._mpos, pos)
        j = bisect.bisect_left(self._ypos, pos)
        if not i or year is None:
            return year
        y0, m0 = self._months[i - 1]
        if j and self._ypos[j - 1] > self._mpos[i - 1] and year != y0:
            return year  # another year written since the last month: it holds
        near = pos - self._mpos[i - 1] <= ROLL_REACH  # further on, a section may look back
        return y0 + 1 if near and y0 == year and m0 - month >= ROLLOVER else year

    def last_date(self, pos: int) -> DateValue | None:
        """The last narrative date before `pos`, when close enough to be the one meant."""
        i = bisect.bisect_left(self._lpos, pos)
        return self._last[i - 1] if i and pos - self._lpos[i - 1] <= DAY_REACH else None

    def record(self, pos: int, value: DateValue, narrative: bool) -> None:
        """Add a date found at `pos` (in document order) to the time line; only a narrative
        date (not an aside) moves the year and the month."""
        if value.granularity == "day":
            self._dpos.append(pos)
            self._days.append(value)
        if not narrative or value.fmt == "word":
            return
        self._lpos.append(pos)
        self._last.append(value)
        if value.is_range and value.granularity != "year":
            return
        if value.granularity in ("day", "month", "year"):
            self._ypos.append(pos)
            self._years.append(value.first[0])
        if value.granularity in ("day", "month"):
            self._mpos.append(pos)
            self._months.append(value.first[:2])

    def relative(self, fmt: str, m: re.Match[str]) -> DateValue | None:
        """The date a relative expression names, when its anchor is unambiguous."""
        step = 0 if m.group("same") else 1 if m.group("next") else -1 if m.group("prev") else 0
        if fmt == "rel-day":
            return self._rel_day(m, step)
        if fmt == "rel-month":
            i = bisect.bisect_left(self._mpos, m.start())
            if not i:
                return None
            y, mo = self._months[i - 1]
            y, mo = (y + (mo + step - 1) // 12, (mo + step - 1) % 12 + 1)
            return DateValue(
                f"{_y(y)}-{mo:02d}", "month", (y, mo, 0), (y, mo, 0), "my", explicit_year=False
            )
        year = self.year_at(m.start())
        if year is None:
            return None
        if m.group("n"):  # "two years later", "a decade earlier"
            n = _count(m.group("n")) * (10 if m.group("decade").startswith("decade") else 1)
            step = n if m.group("dir") in ("later", "afterwards") else -n
        year += step
        return DateValue(_y(year), "year", (year, 0, 0), (year, 0, 0), "y", explicit_year=False)

    def _rel_day(self, m: re.Match[str], step: int) -> DateValue | None:
        i = bisect.bisect_left(self._dpos, m.start())
        if not i or m.start() - self._dpos[i - 1] > DAY_REACH:
            return None
        anchor = self._days[i - 1]
        if m.group("n"):
            n = _count(m.group("n"))
            step = n if m.group("dir") in ("later", "afterwards", "after") else -n
        base = anchor.last if step > 0 else anchor.first
        try:
            d = date(*base) + timedelta(days=step)
        except (ValueError, OverflowError):
            return None
        ymd = (d.year, d.month, d.day)
        fmt = anchor.fmt if anchor.fmt in ("dmy", "mdy", "dm", "md") else "dmy"
        edtf = f"{_y(d.year)}-{d.month:02d}-{d.day:02d}"
        return DateValue(
            edtf, "day", ymd, ymd, fmt, explicit_year=False, month_style=anchor.month_style
        )


def _y(year: int) -> str:
    return f"-{abs(year):04d}" if year < 0 else f"{year:04d}"
