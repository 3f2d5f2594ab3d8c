"""Time words that are not calendar dates: "now", "former", "night", "daily", "the winter",
"three days", "weeks". They are found (they are time expressions, and a reader of the facts
may want them) but never asked: their format "word" cannot be written as an option.

Values follow TIMEX2 where there is no calendar value (`PRESENT_REF`, `PAST_REF`,
`FUTURE_REF`, `TNI` for a night, `XXXX-XX-XX` for "daily") and ISO 8601 durations otherwise
(`P3D`, `PXW` for "weeks"); a season takes the narrative's year (`1941-22`, summer 1941).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import DateValue
from ..text import NUMBER_WORDS
from .date_context import Timeline

L = r"(?<![\w\-–/.,])"
# not counted: "eight days after" is a length after an event, not "days later"
_NO_COUNT = "".join(f"(?<!{w} )" for w in ("a", "an", "few", "several", "many", *NUMBER_WORDS))
_NO_COUNT += r"(?<!\d )"
WORDS = re.compile(
    r"(?=[NnRrCcTtFfemnadwyplEeLlDdWwMmYyPpsr])"  # the letters they begin with: skip to them
    + L
    + r"(?:(?P<now>(?:[Rr]ight )?[Nn]ow|[Cc]urrently|[Cc]urrent|[Tt]oday|[Nn]owadays)"
    r"|(?P<past>[Ff]ormer(?! (?:an?|the|is|was|were|had|has)\b)|[Rr]ecent|[Rr]ecently)"
    r"|(?P<future>(?:[Tt]he )?[Ff]uture)"
    r"|(?P<part>(?:(?:early )?(?:[Tt]hat|[Tt]his|[Tt]he (?:next|following|same|previous|"
    r"first|second|third|fourth|fifth)) )?(?:night(?:-time)?|morning|afternoon|evening))"
    r"|(?P<set>daily|weekly|monthly|annually|yearly|everyday|per (?:day|week|month|year))"
    r"|(?P<ref>(?:[Tt]his|[Tt]hat|[Tt]he same) period|[Tt]he past"
    r"|[Tt]he (?:next|following|previous|past|same) (?:decade|century))"
    r"|(?P<same>(?:(?:[Tt]hat|[Tt]he same) time|(?<=[Aa]t )the time|(?<=[Bb]y )the time|"
    r"[Tt]his day)(?! (?:of|as)\b))"  # not "the time of the peace agreement": another date
    rf"|{_NO_COUNT}(?P<then>(?:[Dd]ays|[Ww]eeks|[Mm]onths|[Yy]ears) (?:later|earlier))"
    r"|(?P<tonight>[Tt]onight|[Pp]resent[ -]day)"
    r"|(?P<season>(?:(?:[Ee]arly|[Ll]ate|[Ll]ater) in (?:the )?|[Tt]he middle of (?:the )?)?"
    r"(?:(?:[Tt]he|[Tt]his|[Tt]hat|[Nn]ext|[Ll]ast) )?(?:(?:early|late) )?"
    r"(?:spring|summer|autumn|winter)"
    r"|(?:[Tt]he )?(?:dry|rainy|monsoon) season))(?![\w])"
)
_NUM = (
    r"(?P<n>\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|"
    r"a few|few|several|many|some|a couple of)"
)
_UNIT = r"(?P<unit>minute|hour|day|week|fortnight|month|year|decade|centur(?:y|ies))s?"
# "three days", "a ten-day visit", "almost two decades", and plain "weeks", "years"
DURATION = re.compile(
    L + r"(?:(?:about|almost|nearly|over|more than|less than|under|just|only|at least|roughly|"
    r"approximately|around) (?!the))?"
    r"(?:(?:[Tt]he|[Tt]hese|[Tt]hose) (?!\w+-))?(?:(?:next|following|previous|past|last|first|"
    r"final|intervening|coming) )?"
    rf"(?:(?i:{_NUM})[ -](?:(?:full|bloody|long|whole|entire|consecutive|previous|first|"
    rf"last) )?{_UNIT}(?: long)?|(?P<plain>days|weeks|months|years|decades))"
    r"(?: old| of age)?(?![\w-])"
    r"(?! (?:after|before|earlier|later|ago|previously|afterwards)\b)"  # a point, not a length
)
# What a length is of, which TIMEX2 keeps in its span: "three weeks of fighting", "the last
# years of his life"; up to a preposition, a relative word, a verb or punctuation.
OF_PHRASE = re.compile(
    r" of (?!\d)[\w'’-]+(?: (?!(?:in|on|at|by|for|with|from|to|into|during|until|against|"
    r"under|which|that|who|whom|when|where|while|was|were|is|are|had|has|and)\b)[\w'’-]+){0,6}"
)
# Lower-case stems a sentence must hold for each shape to be tried (cheap substring tests).
WORD_KEYS = (
    r"\b(?:now|former|recent|current|today|future|night|morning|afternoon|evening|"
    r"daily|weekly|monthly|annually|yearly|everyday|spring|summer|autumn|winter|season|"
    r"per (?:day|week|month|year)|period|time|past|next decade|following decade|"
    r"previous decade|same decade|century|later|earlier|present|tonight|this day)",
)
DURATION_KEYS = ("day", "week", "month", "year", "decade", "centur", "hour", "minute")
WORD_SHAPES = (("word", WORDS, WORD_KEYS), ("duration", DURATION, DURATION_KEYS))

_KINDS = ("now", "past", "future", "part", "set", "ref", "same", "then", "tonight", "season")
_OTHER = {"ref": "", "tonight": "PRESENT_REF"}  # "this period", "the same time": no value
_THEN = {"later": "FUTURE_REF", "after": "FUTURE_REF", "earlier": "PAST_REF", "before": "PAST_REF"}
_REF = {"now": "PRESENT_REF", "past": "PAST_REF", "future": "FUTURE_REF"}
_PART = {"night": "TNI", "morning": "TMO", "afternoon": "TAF", "evening": "TEV"}
_SET = {"daily": "XXXX-XX-XX", "weekly": "XXXX-WXX", "monthly": "XXXX-XX",
        "annually": "XXXX", "yearly": "XXXX", "everyday": "XXXX-XX-XX",
        "per day": "XXXX-XX-XX", "per week": "XXXX-WXX", "per month": "XXXX-XX",
        "per year": "XXXX"}  # fmt: skip
_SEASONS = {"spring": 21, "summer": 22, "autumn": 23, "winter": 24}
_ISO = {"minute": ("T", 1, "M"), "hour": ("T", 1, "H"), "day": ("", 1, "D"),
        "week": ("", 1, "W"), "fortnight": ("", 2, "W"), "month": ("", 1, "M"),
        "year": ("", 1, "Y"), "decade": ("", 10, "Y"), "century": ("", 100, "Y")}  # fmt: skip


def word_value(fmt: str, m: re.Match[str], timeline: Timeline) -> DateValue | None:
    """The value of a time word or a duration; None for "at the same time" far from any date."""
    if fmt == "duration":
        return _none(_duration(m))
    kind = next(k for k in _KINDS if m.group(k))
    if kind == "same":  # "at the same time", "this day": the date the narrative is at
        last = timeline.last_date(m.start())
        return replace(last, fmt="word", prefix="", suffix="") if last else None
    if kind in ("ref", "then", "tonight"):
        return _none(_OTHER[kind] if kind != "then" else _THEN[m.group(kind).split()[-1]])
    word = m.group(kind).lower()
    if kind == "season":
        season = next((s for s in _SEASONS if s in word), "")
        year = timeline.year_at(m.start())
        if season and year is not None:
            edtf = (
                f"{year:04d}-{_SEASONS[season]}" if year > 0 else f"-{-year:04d}-{_SEASONS[season]}"
            )
            return DateValue(edtf, "year", (year, 0, 0), (year, 0, 0), "word", explicit_year=False)
        return _none("XXXX-" + str(_SEASONS[season]) if season else "XXXX")
    if kind == "part":
        return _none(_PART[word.split()[-1].removesuffix("-time")])
    return _none(_SET[word] if kind == "set" else _REF[kind])


def _none(edtf: str) -> DateValue:
    return DateValue(edtf, "none", (0, 0, 0), (0, 0, 0), "word", explicit_year=False)


def _duration(m: re.Match[str]) -> str:
    """'three days' → P3D, 'a ten-day' → P10D, 'weeks' → PXW, 'two decades' → P20Y."""
    unit = (m.group("unit") or m.group("plain").rstrip("s")).lower()
    unit = "century" if unit.startswith("centur") else unit
    t, scale, letter = _ISO[unit]
    raw = (m.group("n") or "").lower()
    if raw[:1].isdigit():
        return f"P{t}{raw if scale == 1 else int(float(raw) * scale)}{letter}"
    n = 1 if raw in ("a", "an", "one") else NUMBER_WORDS.get(raw, 0)
    amount = str(n * scale) if n else "X"
    return f"P{t}{amount}{letter}"
