"""Date values: a matched date pattern → DateValue (EDTF string, granularity, format), with
partial dates anchored to the year of their context."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from ..model import DateValue
from ..text import MONTHS

ERA = r"(?:BCE|BC|CE|AD|B\.C\.?|A\.D\.?)"
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21,
}  # fmt: skip


_SEASON = re.compile(r"spring|summer|autumn|fall|winter", re.I)
_SEASONS = {"spring": 21, "summer": 22, "autumn": 23, "fall": 23, "winter": 24}
_OF_YEAR = {"following": 1, "next": 1, "previous": -1}
_PAIRED_YEAR = re.compile(
    r"(?:,? (?:and|or|to|through|until) |/)(?:early |late |mid-)?(?:January|February|March|April|May|"
    r"June|July|August|September|October|November|December)(?: \d{1,2},?)? (1\d{3}|20\d{2})\b"
)
_CHRISTMAS = re.compile(r"Christmas")
APPROX = r"c\.|ca\.|circa"  # how "about" is written before a year
_APPROX = re.compile(APPROX)


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
    """'16', '03', '3rd' (the shapes' DAY) → 16, 3, 3."""
    return int(raw.rstrip("stndrh"))


def _iso(y: int, m: int = 0, d: int = 0) -> str:
    out = _edtf_year(y) if y != 0 or m == 0 else "XXXX"
    if y == 0 and m:
        out = "XXXX"
    if m:
        out += f"-{m:02d}"
    if d:
        out += f"-{d:02d}"
    return out


# The shapes of a day or a range of days with its year ("16–21 January 2016"), and without one
# ("January 16–21"); each is built by one method, `_full` or `_partial`.
_DAY_WITH_YEAR = frozenset(
    {"dmy-dmy", "mdy-mdy", "dm-dmy", "md-mdy", "d-dmy", "md-dy", "dmy", "mdy"}
)
_DAY_WITHOUT_YEAR = frozenset({"md-d", "md-md", "d-dm", "dm", "md"})


def hundreds(year: int) -> bool:
    """True when "the <year>s" is a century: "the late 1800s" is the late nineteenth century,
    1800–1899, as English uses it ("the 2000s" is a decade)."""
    return year % 100 == 0 and 1000 <= year < 2000


class Builder:
    """Turns one regex match into a DateValue, anchoring partial dates to the context year."""

    def __init__(self, context_year: Callable[[int, int], int | None]) -> None:
        self.context_year = context_year  # (position, month) → the year meant

    def build(self, fmt: str, m: re.Match[str], prefix: str = "") -> DateValue | None:
        g = m.groupdict()
        dash = re.search(r"[–—-]", m.group(0))
        dash_s = dash.group(0) if dash else "–"
        if fmt == "month":
            value: DateValue | None = self._month(g, m.start(), m.string, m.end())
        elif fmt in _DAY_WITH_YEAR:
            value = self._full(g, fmt)
        elif fmt in _DAY_WITHOUT_YEAR:
            value = self._partial(g, m.start(), fmt)
        else:
            value = getattr(self, "_" + fmt.replace("-", "_"))(g, m.start())
        if value is None:
            return None
        value = _narrowed(value, prefix)
        # "the early 13th century": the part of the century is written again on every option
        prefix += g.get("early") or ""
        return replace(value, dash=dash_s, prefix=prefix, suffix=g.get("ofy") or "")

    def _full(self, g: dict[str, str], fmt: str) -> DateValue | None:
        """A day with its year; a range's missing month or year is the other end's."""
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

    def _partial(self, g: dict[str, str], pos: int, fmt: str) -> DateValue | None:
        """A day without a year ("16 January"): the year is the context's."""
        m2, style = _month(g.get("m2") or g["m1"])
        m1 = _month(g["m1"])[0] if g.get("m1") else m2
        year = self.context_year(pos, m1)
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

    def _my(self, g: dict[str, str], pos: int) -> DateValue | None:
        y, era = _year(g["y1"])
        mo, style = _month(g["m1"])
        return DateValue(
            _iso(y, mo), "month", (y, mo, 0), (y, mo, 0), "my", era=era, month_style=style
        )

    def _my_my(self, g: dict[str, str], pos: int) -> DateValue | None:
        (y1, _), (y2, _) = _year(g["y1"]), _year(g["y2"])
        m1, m2 = _month(g["m1"])[0], _month(g["m2"])[0]
        if (y2, m2) <= (y1, m1):
            return None
        edtf = f"{_iso(y1, m1)}/{_iso(y2, m2)}"
        return DateValue(edtf, "month", (y1, m1, 0), (y2, m2, 0), "my-my", True)

    def _m_my(self, g: dict[str, str], pos: int) -> DateValue | None:
        y, era = _year(g["y2"])
        (m1, style), m2 = _month(g["m1"]), _month(g["m2"])[0]
        if m2 <= m1:
            return None
        edtf = f"{_iso(y, m1)}/{_iso(y, m2)}"
        return DateValue(
            edtf, "month", (y, m1, 0), (y, m2, 0), "m-my", True, era=era, month_style=style
        )

    def _month(self, g: dict[str, str], pos: int, text: str = "", end: int = 0) -> DateValue | None:
        mo = _month(g["m1"])[0]
        then = _PAIRED_YEAR.match(text, end)  # "In April and June 1955": April 1955
        year = int(then.group(1)) if then else self.context_year(pos, mo)
        if year is None:
            return None
        ofy = (g.get("ofy") or "").split()
        year += _OF_YEAR.get(ofy[-2] if ofy else "", 0)  # "of the following year"
        return DateValue(
            _iso(year, mo), "month", (year, mo, 0), (year, mo, 0), "month", explicit_year=False
        )

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
        if hundreds(y):
            return DateValue(
                f"{y // 100:02d}XX", "century", (y, 1, 1), (y + 99, 12, 31), "hundreds"
            )
        return DateValue(f"{y // 10:03d}X", "decade", (y, 1, 1), (y + 9, 12, 31), "decade")

    def _approx_y(self, g: dict[str, str], pos: int) -> DateValue | None:
        y, era = _year(g["y1"])
        return DateValue(
            _edtf_year(y) + "~", "year", (y, 0, 0), (y, 0, 0), "approx-y", approx=True, era=era
        )

    def _y_y(self, g: dict[str, str], pos: int) -> DateValue | None:
        y1 = int(g["y1"])
        raw2 = g["y2"]
        y2 = int(raw2) if len(raw2) == 4 else (y1 // 100) * 100 + int(raw2)
        if y2 <= y1 or y2 - y1 > 200:
            return None
        fmt = "y-y" if len(raw2) == 4 else "y-yy"
        return DateValue(f"{y1:04d}/{y2:04d}", "year", (y1, 0, 0), (y2, 0, 0), fmt, True)

    def _y_y_era(self, g: dict[str, str], pos: int) -> DateValue | None:
        (y1, _), (y2, era) = _year(g["y1"] + " " + g["era"]), _year(g["y2"] + " " + g["era"])
        if y2 <= y1 or y2 - y1 > 200:
            return None  # "499–493 BC" runs forward in time; anything else is not a range
        edtf = f"{_edtf_year(y1)}/{_edtf_year(y2)}"
        return DateValue(edtf, "year", (y1, 0, 0), (y2, 0, 0), "y-y-era", True, era=era)

    def _era_y(self, g: dict[str, str], pos: int) -> DateValue | None:
        y = int(g["y1"])
        return DateValue(_edtf_year(y), "year", (y, 0, 0), (y, 0, 0), "era-y", era=g["era"])

    def _y_era(self, g: dict[str, str], pos: int) -> DateValue | None:
        y, era = _year(g["y1"] + " " + g["era"])
        return DateValue(_edtf_year(y), "year", (y, 0, 0), (y, 0, 0), "y-era", era=era)

    def _y(self, g: dict[str, str], pos: int) -> DateValue | None:
        y = int(g["y1"])
        return DateValue(_edtf_year(y), "year", (y, 0, 0), (y, 0, 0), "y")


def _narrowed(value: DateValue, prefix: str) -> DateValue:
    """A year narrowed by its modifier: "Christmas 1963" is a day, "the summer of 1955" a
    season (EDTF 1955-22)."""
    if _APPROX.match(prefix):  # "c. 875–925 CE"
        edtf = "/".join(part + "~" for part in value.edtf.split("/"))
        return replace(value, edtf=edtf, approx=True)
    if value.granularity != "year" or value.is_range or not prefix:
        return value
    if _CHRISTMAS.search(prefix):
        y, d = value.first[0], 24 if "Eve" in prefix else 25
        return DateValue(_iso(y, 12, d), "day", (y, 12, d), (y, 12, d), value.fmt)
    season = _SEASON.search(prefix)
    if season:
        return replace(value, edtf=f"{value.edtf}-{_SEASONS[season.group(0).lower()]}")
    return value


def _valid(ymd: tuple[int, int, int]) -> bool:
    y, m, d = ymd
    if not 1 <= m <= 12 or d < 1:
        return False
    days = [
        31,
        29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28,
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ]
    return d <= days[m - 1]
