"""Write dates and figures back as text in the exact format of a key, so options look alike."""

from __future__ import annotations

import re
from dataclasses import replace

from .model import DateValue, FigureValue
from .text import MONTH_NAMES, WORDS_BY_NUMBER

ORDINAL_WORDS = (
    "",
    *"first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth "
    "twenty-first".split(),
)


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _month(m: int, style: str) -> str:
    name = MONTH_NAMES[m]
    if style == "full" or len(name) <= 4:
        return name
    short = name[:4] if name == "September" and style == "abbr" else name[:3]
    return short + ("." if style == "abbr." else "")


def _year(y: int, key: DateValue) -> str:
    if y <= 0:
        return f"{1 - y} {key.era or 'BC'}"
    if key.era and key.era.replace(".", "") in ("AD", "CE") and key.fmt != "era-y":
        return f"{y} {key.era}"
    return str(y)


# How each written form of a date is written again, from the parts of `_parts`: M is a month in
# the key's style, Y a year with its era, y a bare year.
_TEMPLATES = {
    "dmy": "{d1} {M1} {Y1}",
    "mdy": "{M1} {d1}, {Y1}",
    "dm": "{d1} {M1}",
    "md": "{M1} {d1}",
    "my": "{M1} {Y1}",
    "month": "{F1}",
    "d-dm": "{d1}{dash}{d2} {M2}",
    "dm-dmy": "{d1} {M1}{dash}{d2} {M2} {Y2}",
    "md-dy": "{M1} {d1}{dash}{d2}, {Y2}",
    "dmy-dmy": "{d1} {M1} {Y1}{wide}{d2} {M2} {Y2}",
    "mdy-mdy": "{M1} {d1}, {Y1}{wide}{M2} {d2}, {Y2}",
    "my-my": "{M1} {y1}{dash}{M2} {y2}",
    "m-my": "{M1}{dash}{M2} {Y2}",
    "y": "{Y1}",
    "y-y": "{y1}{dash}{y2}",
    "era-y": "{era} {y1}",
    "approx-y": "c. {Y1}",
    "decade": "{decade}s",
    "hundreds": "{hundreds}s",  # "the 1800s": a century by its years
    "word": "",  # "now", "three days", "the winter": no calendar text to write options in
}


def render_date(key: DateValue, first: tuple[int, int, int], last: tuple[int, int, int]) -> str:
    """`first`..`last` written the way `key` was written."""
    if key.prefix or key.suffix:  # "early 1941", "the end of March 1944"
        bare = replace(key, prefix="", suffix="")
        return key.prefix + render_date(bare, first, last) + key.suffix
    parts = _parts(key, first, last)
    fmt = key.fmt
    if fmt == "d-dmy":  # "16–21 January 2016"; a shift may cross a month: "30 January–4 February"
        fmt = "dm-dmy" if first[1] != last[1] else fmt
        if fmt == "d-dmy":
            return "{d1}{dash}{d2} {M2} {Y2}".format(**parts)
    if fmt in _TEMPLATES:
        return _TEMPLATES[fmt].format(**parts)
    if fmt in ("md-mdy", "md-d", "md-md"):
        return _render_month_range(key, first, last)
    return _render_year_like(key, first[0], last[0])


def _parts(
    key: DateValue, first: tuple[int, int, int], last: tuple[int, int, int]
) -> dict[str, object]:
    """The pieces the templates write: days, months in the key's style, years."""
    (y1, m1, d1), (y2, m2, d2) = first, last
    dash, ms = key.dash, key.month_style
    spaced = key.fmt in ("dmy-dmy", "mdy-mdy") and not dash.startswith(" ")
    wide = f" {dash} " if spaced else dash  # "1 June 1941 – 4 May 1945"
    return {
        "d1": d1,
        "d2": d2,
        "y1": y1,
        "y2": y2,
        "M1": _month(m1, ms),
        "M2": _month(m2, ms),
        "F1": MONTH_NAMES[m1],
        "Y1": _year(y1, key),
        "Y2": _year(y2, key),
        "dash": dash,
        "wide": wide,
        "era": key.era,
        "decade": y1 - y1 % 10,
        "hundreds": y1 - y1 % 100,
    }


def _render_month_range(
    key: DateValue, first: tuple[int, int, int], last: tuple[int, int, int]
) -> str:
    """'March 19–April 30, 2003', 'April 6–7', 'March 19–April 30'."""
    (_, m1, d1), (y2, m2, d2) = first, last
    ms, dash, fmt = key.month_style, key.dash, key.fmt
    end = str(d2) if fmt == "md-d" and m1 == m2 else f"{_month(m2, ms)} {d2}"
    year = f", {_year(y2, key)}" if fmt == "md-mdy" else ""
    return f"{_month(m1, ms)} {d1}{dash}{end}{year}"  # a shifted 'April 6–7' may cross a month


def _render_year_like(key: DateValue, y1: int, y2: int) -> str:
    """Years with eras, two-digit ends and centuries."""
    fmt = key.fmt
    if fmt == "y-y-era":
        a, b = (1 - y1, 1 - y2) if y1 <= 0 else (y1, y2)
        return f"{a}{key.dash}{b} {key.era}"
    if fmt == "y-yy":
        return f"{y1}{key.dash}{y2 % 100:02d}" if y1 // 100 == y2 // 100 else f"{y1}{key.dash}{y2}"
    if fmt == "y-era":
        return f"{abs(1 - y1) if y1 <= 0 else y1} {key.era}"
    if fmt in ("century", "century-words"):
        bc = y1 <= 0
        c = (abs(y1 - 1) // 100 + 1) if bc else ((y1 - 1) // 100 + 1)
        word = (
            ORDINAL_WORDS[c] if fmt == "century-words" and c < len(ORDINAL_WORDS) else _ordinal(c)
        )
        return f"{word} century" + (f" {key.era}" if key.era else "")
    raise ValueError(f"unknown date format {fmt}")


def format_number(v: float, key: FigureValue) -> str | None:
    """A number in the key's style: digits with the same commas and decimals, or words."""
    if key.scale:
        div = {
            "thousand": 1e3,
            "million": 1e6,
            "billion": 1e9,
            "trillion": 1e12,
            "lakh": 1e5,
            "crore": 1e7,
        }[key.scale]
        if v / div >= 1000 or v / div < 1:
            return None  # "1000 million" is not how anyone writes a billion
        inner = (
            _words(v / div) if key.style == "words" else _digits(v / div, key.decimals, key.commas)
        )
        return f"{inner} {key.scale}" if inner else None  # "ten million", "2.5 million"
    if key.style == "words":
        return _words(v)
    # a key under 1,000 shows no style of its own: 1,072 as English writes it, not "1072"
    return _digits(v, key.decimals, key.commas or v >= 10000 or key.high < 1000)


# Shares as articles write them in words: "half", "one-third", "two-thirds", "three-quarters"
SHARE_WORDS = {
    1 / 10: "one-tenth", 1 / 5: "one-fifth", 1 / 4: "one-quarter", 1 / 3: "one-third",
    2 / 5: "two-fifths", 1 / 2: "half", 3 / 5: "three-fifths", 2 / 3: "two-thirds",
    3 / 4: "three-quarters", 4 / 5: "four-fifths",
}  # fmt: skip


def _words(v: float) -> str | None:
    """A whole number or a share in words ("twelve", "two-thirds"), or None."""
    n = int(round(v))
    if abs(v - n) < 1e-9:
        return WORDS_BY_NUMBER.get(n)
    return next((w for share, w in SHARE_WORDS.items() if abs(v - share) < 1e-9), None)


def _digits(v: float, decimals: int, commas: bool) -> str:
    out = f"{v:,.{decimals}f}" if commas else f"{v:.{decimals}f}"
    return out


def render_figure(key: FigureValue, low: float, high: float) -> str | None:
    """A figure written like `key` (same modifier, unit, range shape and number style)."""
    a = format_number(low, key)
    if a is None:
        return None
    if key.is_range:
        b = format_number(high, key)
        if b is None:
            return None
        a = f"{a}{key.range_sep}{b}"
    suffix = key.suffix
    if _A_UNIT.match(suffix) and a != "half":
        suffix = " of" + suffix  # "half an hour", but "three-quarters of an hour"
    return f"{key.prefix}{a}{suffix}"


_A_UNIT = re.compile(r" an? [a-z]")
