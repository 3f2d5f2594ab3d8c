"""Date facts: full dates, ranges, partial dates anchored to the narrative's year, months,
years, decades, centuries, BC/AD, approximate years and relative days ("the next day").
Values are EDTF strings."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import DateValue, Fact, Sentence
from .base import Context
from .date_context import RELATIVE, Timeline, is_aside
from .date_patterns import (
    MOD_BEFORE,
    MODIFIABLE,
    MONTH_CUE,
    MONTH_PAIR,
    features,
    may_modify,
    shapes_for,
)
from .date_values import Builder
from .date_words import OF_PHRASE, WORD_SHAPES, word_value

Candidate = tuple[str, re.Match[str], int, int]  # format, match, span start, span end

# Words after a four-digit number that show it counts things rather than naming a year.
_COUNT_NOUN = re.compile(r"\s+(?:[a-z]+\s+)?(?:[a-z]+s|people|men|women|children|troops)\b")
_PLURAL_ANYWAY = frozenset(("people", "men", "women", "children", "troops", "police"))
_YEAR_CUE = re.compile(
    r"(?:\b(?:in|In|since|Since|by|By|until|Until|of|from|From|to|during|During|after|After|"
    r"before|Before|around|c\.|and|or|early|late|mid|year|years|between|as (?:late|early) as)\s"
    r"|[(,]\s?)$"
)
# Words before a number that make it a count or a name's number, never a year.
_NOT_YEAR_BEFORE = re.compile(
    r"(?:[$£€#]|\bNo\. |\b(?:more|less|fewer) than |\bout of |\b(?:Resolution|Resolutions|Number|Route|Highway|Interstate|Flight|Article|"
    r"Section|Chapter|Decree|Order|Law|Act|Room|Unit|Model|Type|Hill|Height|Point|Pier|Gate|"
    r"Platform|Track|Squadron|Battalion|Regiment|Division|Brigade|Convoy|Operation) )$"
)
_OTHER_CALENDAR = re.compile(r"\s?(?:BS|AH|BE|AM|SE|NS)\b")


def _bare_year_ok(text: str, start: int, end: int) -> bool:
    """A lone four-digit number is a year unless it counts or numbers things ("2000 troops")."""
    before = text[max(0, start - 16) : start]
    if _NOT_YEAR_BEFORE.search(before) or int(text[start:end]) > 2030:
        return False
    if _OTHER_CALENDAR.match(text, end):
        return False  # another calendar (Bikram Sambat, Hijri, …)
    if _YEAR_CUE.search(before):
        return True
    m = _COUNT_NOUN.match(text, end)
    return not (m and _plural(m.group(0).split()[-1]))


# "The middle 50% band of SAT scores … was 1420–1530": numbers a score or a test gives
_SCORE_BEFORE = re.compile(
    r"\b(?:scores?|points?|marks?|grades?|ratings?|percentiles?|SAT|ACT|GMAT|GRE|LSAT|MCAT)\b"
    r"[^.;]{0,80}$"
)


def _a_score(text: str, sentence_start: int, start: int) -> bool:
    """True for a number that a score or a test named before it in its sentence gives, with no
    cue of a year right before it ("in 1420")."""
    before = text[max(sentence_start, start - 100) : start]
    return bool(_SCORE_BEFORE.search(before)) and not _YEAR_CUE.search(before[-16:])


def _plural(word: str) -> bool:
    """True for a plural noun ('troops'), false for 'census' or 'campus'."""
    from ..lexicon import getAllLemmas

    if word in _PLURAL_ANYWAY:
        return True
    lemmas = getAllLemmas(word).get("NOUN", ())
    return bool(lemmas) and lemmas[0] != word


# Shapes tried only when the sentence holds one of their words (one search for all of them),
# and whether those are plain words (not patterns).
_KEYED = tuple(
    (fmt, regex, re.compile("|".join(keys)), all(k.isalpha() and k.islower() for k in keys))
    for fmt, regex, keys in RELATIVE + WORD_SHAPES
)
_WITH_THE = frozenset(("decade", "century", "century-words"))
# A search that half the sentences fail, ruling out every shape of the table at once: for a
# feature of date_patterns.FEATURES (those not listed need a digit). And one for any plain key
# word of the keyed shapes, which most sentences fail.
_ANY_FEATURE = re.compile(
    r"(?=[\d–—\-JFMASONDBCAc])(?:\d|[–—-]|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
    r"|BC|AD|CE|B\.C|A\.D|century|c\.|ca\.|circa)"
)
_ANY_PLAIN_KEY = re.compile(
    "|".join(dict.fromkeys(w for _f, _r, k, plain in _KEYED if plain for w in k.pattern.split("|")))
)


def _shapes(
    ctx: Context, sentence: Sentence
) -> Iterator[tuple[str, re.Pattern[str], re.Pattern[str] | None]]:
    """The patterns worth running on this sentence: those whose features it has, each with the
    characters its matches start with where the table names them."""
    start = sentence.block.value_start if sentence.block.kind == "infobox" else sentence.start
    chunk = ctx.doc.text[start : sentence.end]
    if _ANY_FEATURE.search(chunk):
        for pattern in shapes_for(features(chunk)):
            yield pattern.fmt, pattern.regex, pattern.first
    low = chunk.lower()
    plain = _ANY_PLAIN_KEY.search(low) is not None
    for fmt, regex, keys, is_plain in _KEYED:
        if (plain or not is_plain) and keys.search(low):
            yield fmt, regex, None


def _candidates(ctx: Context, sentence: Sentence) -> list[Candidate]:
    """Non-overlapping date spans of one sentence, longer shapes first, in text order."""
    text = ctx.doc.text
    start = sentence.block.value_start if sentence.block.kind == "infobox" else sentence.start
    taken: list[tuple[int, int]] = []
    found: list[Candidate] = []
    for fmt, regex, first in _shapes(ctx, sentence):
        # A scan starts at the first character a match can start with: found in C, it skips
        # the words before it, which the shape's regex would try one position at a time
        begin = first.search(text, start, sentence.end) if first else None
        if first and not begin:
            continue
        for m in regex.finditer(text, begin.start() if begin else start, sentence.end):
            s, e = _span(text, start, fmt, m)
            if s < 0 or ctx.is_claimed(s, e) or ctx.in_quote(s, e):
                continue
            if taken and any(a < e and s < b for a, b in taken):
                continue
            if fmt == "y" and s == m.start() and not _bare_year_ok(text, m.start("y1"), e):
                continue
            if fmt in ("y", "y-y") and s == m.start() and _a_score(text, sentence.start, s):
                continue
            taken.append((s, e))
            found.append((fmt, m, s, e))
    found.sort(key=lambda c: c[2])
    return found


def _span(text: str, floor: int, fmt: str, m: re.Match[str]) -> tuple[int, int]:
    """The span TIMEX2 would mark: with its modifier ("early", "the end of"); a bare month
    only after a cue ("In April"), which stays outside."""
    if m.groupdict().get("cue"):
        return m.end("cue"), m.end()
    s, e = m.span()
    if fmt == "duration" and (of := OF_PHRASE.match(text, e)):
        return s, of.end()
    if fmt in MODIFIABLE:
        before = text[max(floor, s - 40) : s]
        mod = MOD_BEFORE.search(before) if may_modify(before) else None
        if mod:
            return s - len(before) + mod.start(), e
    if fmt in _WITH_THE and text.endswith(("the ", "The "), max(floor, s - 4), s):
        return s - 4, e  # "the 1920s", "the 4th century BC", as TIMEX2 marks them
    if fmt == "month" and not (
        m.group("ofy") or MONTH_CUE.search(text, max(floor, s - 16), s) or MONTH_PAIR.match(text, e)
    ):
        return -1, -1
    return s, e


def extract(ctx: Context) -> list[Fact]:
    """Find every date in the document's source sentences."""
    text = ctx.doc.text
    facts: list[Fact] = []
    timeline = Timeline(_infobox_year(ctx))
    builder = Builder(timeline.year_of_month)
    for sentence in ctx.sentences_for("date"):
        dated = False  # the sentence has its own day or month without a year ("On 20 July, …")
        for fmt, m, s, e in _candidates(ctx, sentence):
            relative = fmt.startswith("rel-")
            if fmt in ("word", "duration"):
                value: DateValue | None = word_value(fmt, m, timeline)
            elif relative:
                value = timeline.relative(fmt, m)
            else:
                value = builder.build(fmt, m, text[s : m.start()])
            # a duration or a rate leaves its words to the figures ("seven weeks", "$8 per month")
            leaves = fmt == "duration" or (fmt == "word" and bool(m.groupdict().get("set")))
            if value is None or (not leaves and not ctx.claim(s, e)):
                continue
            facts.append(Fact("date", text[s:e], value.edtf, s, e, sentence, value))
            back = fmt == "rel-year" and value.first[0] < (timeline.year_at(s) or 0)
            # "On 20 July, the court heard witnesses of the deaths on 16 September 2021": an
            # earlier year in a sentence dated by its own day recalls the past, the story stays
            back = back or (dated and value.first[0] < (timeline.year_at(s) or 0))
            dated = dated or (not value.explicit_year and value.granularity in ("day", "month"))
            timeline.record(s, value, not (back or is_aside(text, sentence.start, s, e)))
    return facts


def _infobox_year(ctx: Context) -> int | None:
    """The year of the infobox's Date field, the default anchor for partial dates."""
    for block in ctx.doc.infobox():
        if block.key.lower() in ("date", "dates"):
            m = re.search(r"\b(1\d{3}|20\d{2})\b", ctx.doc.text[block.value_start : block.end])
            if m:
                return int(m.group(1))
    return None
