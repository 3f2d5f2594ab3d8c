"""Write dates and figures back as text in the exact format of a key, so options look alike."""

from __future__ import annotations

from dataclasses import replace

from .model import DateValue, FigureValue
from .text import MONTH_NAMES, WORDS_BY_NUMBER

ORDINAL_WORDS = (
    "",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
    "twenty-first",
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


def render_date(key: DateValue, first: tuple[int, int, int], last: tuple[int, int, int]) -> str:
    """`first`..`last` written the way `key` was written."""
    if key.prefix or key.suffix:  # "early 1941", "the end of March 1944"
        bare = replace(key, prefix="", suffix="")
        return key.prefix + render_date(bare, first, last) + key.suffix
    (y1, m1, d1), (y2, m2, d2) = first, last
    ms = key.month_style
    dash = key.dash
    wide = (
        dash if dash.startswith(" ") else f" {dash} " if key.fmt in ("dmy-dmy", "mdy-mdy") else dash
    )
    fmt = key.fmt
    if fmt == "dmy":
        return f"{d1} {_month(m1, ms)} {_year(y1, key)}"
    if fmt == "mdy":
        return f"{_month(m1, ms)} {d1}, {_year(y1, key)}"
    if fmt == "dm":
        return f"{d1} {_month(m1, ms)}"
    if fmt == "md":
        return f"{_month(m1, ms)} {d1}"
    if fmt == "my":
        return f"{_month(m1, ms)} {_year(y1, key)}"
    if fmt == "month":
        return MONTH_NAMES[m1]
    if fmt in ("d-dmy", "dm-dmy"):
        if m1 == m2 and fmt == "d-dmy":
            return f"{d1}{dash}{d2} {_month(m2, ms)} {_year(y2, key)}"
        return f"{d1} {_month(m1, ms)}{dash}{d2} {_month(m2, ms)} {_year(y2, key)}"
    if fmt == "d-dm":
        return f"{d1}{dash}{d2} {_month(m2, ms)}"
    if fmt == "md-dy":
        return f"{_month(m1, ms)} {d1}{dash}{d2}, {_year(y2, key)}"
    if fmt == "dmy-dmy":
        return f"{d1} {_month(m1, ms)} {_year(y1, key)}{wide}{d2} {_month(m2, ms)} {_year(y2, key)}"
    if fmt == "mdy-mdy":
        return (
            f"{_month(m1, ms)} {d1}, {_year(y1, key)}{wide}{_month(m2, ms)} {d2}, {_year(y2, key)}"
        )
    if fmt in ("m-my", "md-mdy", "md-d", "md-md"):
        return _render_month_range(key, first, last)
    if fmt == "my-my":
        return f"{_month(m1, ms)} {y1}{dash}{_month(m2, ms)} {y2}"
    return _render_year_like(key, y1, y2)


def _render_month_range(
    key: DateValue, first: tuple[int, int, int], last: tuple[int, int, int]
) -> str:
    """'March–April 1862', 'March 19–April 30, 2003', 'April 6–7', 'March 19–April 30'."""
    (_, m1, d1), (y2, m2, d2) = first, last
    ms, dash, fmt = key.month_style, key.dash, key.fmt
    if fmt == "m-my":
        return f"{_month(m1, ms)}{dash}{_month(m2, ms)} {_year(y2, key)}"
    end = str(d2) if fmt == "md-d" and m1 == m2 else f"{_month(m2, ms)} {d2}"
    year = f", {_year(y2, key)}" if fmt == "md-mdy" else ""
    return f"{_month(m1, ms)} {d1}{dash}{end}{year}"  # a shifted 'April 6–7' may cross a month


def _render_year_like(key: DateValue, y1: int, y2: int) -> str:
    fmt = key.fmt
    if fmt == "y":
        return _year(y1, key)
    if fmt == "y-y-era":
        a, b = (1 - y1, 1 - y2) if y1 <= 0 else (y1, y2)
        return f"{a}{key.dash}{b} {key.era}"
    if fmt == "y-y":
        return f"{y1}{key.dash}{y2}"
    if fmt == "y-yy":
        return f"{y1}{key.dash}{y2 % 100:02d}" if y1 // 100 == y2 // 100 else f"{y1}{key.dash}{y2}"
    if fmt == "y-era":
        return f"{abs(1 - y1) if y1 <= 0 else y1} {key.era}"
    if fmt == "era-y":
        return f"{key.era} {y1}"
    if fmt == "approx-y":
        return f"c. {_year(y1, key)}"
    if fmt == "decade":
        return f"{y1 - y1 % 10}s"
    if fmt in ("century", "century-words"):
        bc = y1 <= 0
        c = (abs(y1 - 1) // 100 + 1) if bc else ((y1 - 1) // 100 + 1)
        word = (
            ORDINAL_WORDS[c] if fmt == "century-words" and c < len(ORDINAL_WORDS) else _ordinal(c)
        )
        return f"{word} century" + (f" {key.era}" if key.era else "")
    if fmt == "word":
        return ""  # "now", "three days", "the winter": no calendar text to write options in
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
        inner = _digits(v / div, key.decimals, key.commas)
        return f"{inner} {key.scale}"
    if key.style == "words":
        n = int(round(v))
        return WORDS_BY_NUMBER.get(n) if abs(v - n) < 1e-9 else None
    return _digits(v, key.decimals, key.commas or v >= 10000)


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
    text = f"{key.prefix}{a}{key.suffix}"
    return text
