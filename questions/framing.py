"""The words around a stem's sentence: a linking adverbial or conjunction dropped from its head
("On the next day, …", "But …"), and the year a day or month needs written after the blank
("On _____ 1940, …")."""

from __future__ import annotations

import re

from .extract.date_patterns import Y4
from .model import DateValue, Fact

_LEAD_ADVERBIAL = re.compile(
    r"^(?:(?:On|In) the (?:next|following|same) (?:day|week|month|year)|The (?:next|following) "
    r"(?:day|week|month|year)|Later|Earlier in the day|Since that time|"
    r"Meanwhile|However|Subsequently|Afterwards|Shortly after(?:wards)?|Thereafter|In response|"
    r"First|Second|Third|Finally|Then|Later on|Soon after(?:wards)?|In addition|Additionally|"
    r"Also|Moreover|Furthermore|Eventually|Nevertheless|Nonetheless|In turn|As a result|"
    r"For example|For instance|Thus|Hence|Therefore|Consequently|Indeed|In fact|In any case|"
    # "In actuality, Warsz was a nobleman …": set against a legend the sentence before told
    r"In actuality|In reality|In truth|Actually|"
    r"Instead|Likewise|Similarly|In contrast|By contrast|On the other hand|Of course|So|"
    r"Inversely|Conversely|Accordingly|Notably|Importantly|Interestingly|Ultimately|"
    # a time the sentence before set: "During that time in Europe, on May 18, 1756, England …"
    r"(?:During|Around|By|At) (?:that|this) (?:time|period)(?: in (?:the )?[A-Z][\w'’-]*)?|"
    r"At the time|Since then|By then|Until then|After that|After this|"
    # "Days later, …", "Three weeks later, …": later than what the sentence before told
    r"(?:(?:A few|Several|Some|A|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|\d+) )?"
    r"(?i:days?|weeks?|months?|years?|decades?) (?:later|afterwards?)),\s+"
    r"(?:still\s+(?=in\b))?"  # "Days later, still in 1851 gold was discovered …"
)


_LEAD_CONJUNCTION = re.compile(r"^(?:But|And|Yet|Also|Then)\s+(?=[a-zA-Z])")
# "Later in the ninth century, …": later than the sentence before; "In the ninth century" is
# as true and leans on nothing
_LEAD_LATER = re.compile(r"^Later (?=(?:in|during) )")


def drop_lead_adverbial(text: str, a: int, b: int) -> tuple[str, int, int]:
    """'On the next day, X …' → 'X …', 'But the defence held …' → 'The defence held …',
    'Later in the ninth century, …' → 'In the ninth century, …': dropping a linking adverbial
    or conjunction keeps the statement true."""
    m = _LEAD_ADVERBIAL.match(text) or _LEAD_CONJUNCTION.match(text) or _LEAD_LATER.match(text)
    if not m or a < m.end():
        return text, a, b
    rest = text[m.end() :]
    rest = rest[:1].upper() + rest[1:]
    return rest, a - m.end(), b - m.end()


_ANY_YEAR = re.compile(rf"\b{Y4}\b")
_RECURRING = re.compile(r"\b(?:annual|annually|every year|each year|yearly)\b", re.I)
# "under age 40 on 1 January of the year in which the medal is awarded": the stem says its year
_OF_YEAR_AFTER = re.compile(r",? of (?:the|that|this|each|every) (?:same |following |next )?year\b")


def with_year(fact: Fact, text: str, a: int, b: int) -> tuple[str, int, int]:
    """A day or month written without its year ("On 10 June, Italy declared war") gets the year
    the article means after the answer ("On _____ 1940, …"): without it the stem does not say
    which June. Not when the stem writes a year elsewhere."""
    d = fact.detail
    if not isinstance(d, DateValue) or d.explicit_year or d.is_range or d.first[0] <= 0:
        return text, a, b
    if d.granularity not in ("day", "month") or _ANY_YEAR.search(text[:a] + " " + text[b:]):
        return text, a, b
    if _RECURRING.search(text) or _OF_YEAR_AFTER.match(text, b):
        return text, a, b  # "an annual fair is held on October 2": every year's, no one year's
    year = f", {d.first[0]}" if d.fmt == "md" else f" {d.first[0]}"
    return text[:b] + year + text[b:], a, b
