"""When a stem's figure was true: the date a paragraph's opening gives it ("As of August 2010,
…"), a census figure whose stem names no year (true of one census the learner cannot tell), and
a date that only stamps a statistic ("As of 2004, …", "according to the 2010 census")."""

from __future__ import annotations

import re

from .context import continued
from .docmodel import DocModel
from .model import Fact

_PARAGRAPH_STAMP = re.compile(r"^As (?:of|at) ((?:[^,]{0,20} )?(?:1[5-9]\d\d|20\d\d)),")


def stamped(dm: DocModel, fact: Fact, text: str, a: int, b: int) -> tuple[str, int, int]:
    """A figure the paragraph's opening dates ("As of August 2010, …") carries that date when
    its own sentence says none: "As of August 2010, more than _____ students were enrolled in
    primary schools". Counts change; the stem says when this one was true."""
    sentence = fact.sentence
    if fact.kind != "figure" or _A_YEAR.search(text[:a] + " " + text[b:]):
        return text, a, b
    i = sentence.index
    while i > 0 and dm.sentences[i - 1].block == sentence.block:
        i -= 1
    m = _PARAGRAPH_STAMP.match(dm.sentences[i].text) if i != sentence.index else None
    if m is None:
        return text, a, b
    prefix = f"As of {m.group(1)}, "
    return prefix + continued(text), a + len(prefix), b + len(prefix)


# The census breakdown of a place ("29.7% of all households were made up of individuals"): a
# figure of one count, true of one year only.
_CENSUS_FIGURE = re.compile(
    r"\b(?:households?|householders?|families|married couples|under the age of|years of age or "
    r"older|median (?:age|income|household income|family income)|per capita income|poverty "
    r"line|racial makeup|population density|working age|foreign-born|mother tongue|visible "
    r"minorit(?:y|ies)|aboriginal identity|under \d+ years of age|average (?:annual )?"
    r"(?:earnings?|salary|salaries|wages?|pay))\b",
    re.I,
)
_A_YEAR = re.compile(r"\b(?:1[5-9]\d\d|20\d\d)\b")


def undated_statistic(fact: Fact, text: str) -> bool:
    """True for a figure of a census breakdown whose stem says no year: "In Jacksonville, _____
    of households had children" is true of one census, and the stem does not say which."""
    return fact.kind == "figure" and bool(_CENSUS_FIGURE.search(text)) and not _A_YEAR.search(text)


# The date a statistic was true on ("As of 2004, 32,463 farms …", "according to the 2010
# census"): when the figure was counted is not what the sentence tells.
_STAMP_BEFORE = re.compile(r"\b[Aa]s (?:of|at) $")
_STAMP_AFTER = re.compile(
    r"^,? (?:United States |U\.S\. |US |national |federal )?(?:[Cc]ensus|estimates?)\b"
)


# The year of a source the sentence cites: "According to Lovell's gazetteer of _____",
# "according to the 1871 census of _____", "In a _____ case, Commission v Italy …"
_SOURCE_BEFORE = re.compile(
    r"\b[Aa]ccording to [^,;.]{0,60}\b(?:gazetteer|census|survey|report|directory|atlas|"
    r"almanac|yearbook|study|estimates?|data|figures|edition) (?:of|in|from) $"
)
_CASE_AFTER = re.compile(r"^ (?:case|ruling|judgment|judgement|decision)\b")
_CASE_BEFORE = re.compile(r"\b[Ii]n (?:a|the|its) $")


def date_stamp(fact: Fact, text: str, a: int, b: int) -> bool:
    """True for a date that only stamps a statistic or dates a source the sentence cites:
    asking it tests the citation, not a fact."""
    if fact.kind != "date":
        return False
    before = text[max(0, a - 90) : a]
    return bool(
        _STAMP_BEFORE.search(before[-10:])
        or _STAMP_AFTER.match(text[b:])
        or _SOURCE_BEFORE.search(before)
        or (_CASE_BEFORE.search(before[-10:]) and _CASE_AFTER.match(text[b:]))
    )
