"""Numbers that are no quantities: names ("Route 66"), labels ("article 56"), parts of dates,
clock times, years of an era, page references; and number words that count nothing."""

from __future__ import annotations

import re

from ..model import Sentence
from ..text import BROKEN_SUBSCRIPT, MONTH_NAMES
from .figure_values import Found
from .figure_words import alternation

# Capitalised words that begin sentences or phrases without naming anything.
_FUNCTION = frozenset(
    "The A An In On At By For From Of With Without Over Under About Around Some Only Just After "
    "Before Since Until During Between And But Or To Its Their His Her Our My Your These Those "
    "All Each Every Another Within Across Among When While Per Than Then Both Including Also "
    "As If Where Although Though Because However Thus There Here It They We He She I Nearly "
    "Almost Approximately Roughly Less More Fewer Once Overall Total Whereas Yet So".split()
)  # capitalised words that begin sentences or phrases without naming anything
_LABELS = frozenset(
    "article articles section sections chapter chapters page pages pp. p. verse verses line "
    "lines paragraph clause room flight platform gate number numbers no. nos. # route highway "
    "interstate track volume vol. issue version level grade rule psalm mission missions "
    "resolution law item figure fig. table appendix bus channel opus op. type model class "
    "stage phase round episode season series game week day part book act scene unit block lot "
    "plot pier suite apartment floor ward zone sector precinct division size team car "
    "locomotive patent serial code catalogue layer numeral numerals digit digits".split()
)  # "article 56", "missions 18 and 19"
_PARTICLES = frozenset("des de du di da del von van der".split())  # "Manifeste des 121"
_MONTHS = frozenset(
    [*MONTH_NAMES[1:], *"Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split()]
)  # "June 2–3": a date
_ORDINALS = frozenset(
    "first second latter former other early late final last next previous".split()
)  # "the second half of the 19th century"
_MONTH_ALT = alternation(_MONTHS)
_DATE_AFTER = re.compile(
    rf"\s?(?:[–-]|or|and|to|&)\s?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH_ALT})\b"
    rf"|\s+(?:of\s+)?(?:{_MONTH_ALT})\b"
)  # "15 or 16 May 1440"
_POSITION_AFTER = re.compile(r"\s+line\b")  # "the Panthers' 41-yard line" is a place on the field
_TIME_AFTER = re.compile(r"\s?(?:[ap]\.m\.|(?i:[ap]m)\b|o['’‘]clock|GMT\b|UTC\b)")
ERA_AFTER = re.compile(r"\s?(?:BCE?|CE|AD|BS|AH|BE|B\.C\.|A\.D\.)\b")  # years of an era
_ADDRESS = re.compile(
    r"\s+(?:[A-Z][\w.'-]*\s+){1,4}"
    r"(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Lane|Boulevard|Drive|Place|Square)\b"
)
_NAME_WORD = re.compile(r"[A-Z][\w.'’-]*")
_TIME_PREPOSITIONS = frozenset("in by since until till from before after during around".split())
_LOWER_NOUN = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}?(?:[a-z][\w-]*[a-z]s|[a-z]*men|people)\b")
_ARTICLE_NAME = re.compile(r"\s+[A-Z][a-z]*[a-rt-z]\b")  # "The 85 Fund", "the 300 Club"
_PAGES_AFTER_VOLUME = re.compile(r",\s?\d{1,4}\s?,$")
_YEAR = re.compile(r"1\d{3}|20[0-3]\d")
_PRONOUN_AFTER = re.compile(r"\s+of\s+(?:them|whom|which)\b")  # "two of them": no referent
_NOT_MODIFIER = alternation(
    "is are was were be been has have had it its that which who because than and or but if when "
    "whereas while since".split()
)
_NOT_HEAD = alternation(
    "is was has does its this his hers ours yours theirs thus as us always perhaps whereas less "
    "across unless towards besides sometimes afterwards nevertheless yes".split()
)
NOUN_AFTER = re.compile(
    rf"\s+((?:(?!(?:{_NOT_MODIFIER})\s)[A-Za-z\d][\w'.–-]*\s+){{0,4}}?(?!(?:{_NOT_HEAD})\b)"
    r"(?:[A-Za-z][\w-]*[a-z]s|[a-z]*men|people|children|staff|police|personnel|cattle))\b"
)  # the counted noun, after at most four modifiers ("eleven LEA-funded 11 to 18 schools")
_OPENING = "([\"“‘'"
_RATE_BASE = re.compile(r"\b(?:[Ff]or every|[Pp]er|out of every|in every)\s+$")


def _round_base(f: Found) -> bool:
    """100, 1,000, 100,000 …: the base a rate is written over, not something counted."""
    if f.low != f.high or f.low < 10 or f.unit:
        return False
    n = f.low
    while n % 10 == 0:
        n //= 10
    return n == 1


def words_before(text: str, start: int, sentence: Sentence) -> list[str]:
    """The last few words of the sentence before `start`, when one directly precedes it."""
    before = text[max(sentence.start, start - 40) : start]
    if not before or not before[-1].isspace() or before[-2:-1].isspace():
        return []
    return before.split()[-5:]


def _names(words: list[str]) -> bool:
    """'Route 66', 'Manifeste des 121', 'article 56', '(NSN: 0–7918)', '.: 217–218', and the
    numbers coordinated after them ('missions 18 and 19')."""
    words = list(words)
    if len(words) > 1 and words[-1] in ("and", "or", "&") and words[-2].rstrip(",").isdigit():
        words.pop()
        while words and words[-1].rstrip(",").isdigit():
            words.pop()
    if not words:
        return False
    last = words[-1].lstrip(_OPENING)
    if last in _LABELS or last.endswith((".:", "):", "]:", '":', "”:")):
        return True
    if last.endswith(":") and len(last) > 2 and last[:-1].isupper():
        return True
    if last in _PARTICLES and len(words) > 1 and words[-2][:1].isupper():
        return True
    named = _NAME_WORD.fullmatch(last) and last not in _FUNCTION
    return bool(named) and not last.endswith(("'s", "’s"))


def refused(text: str, f: Found, sentence: Sentence, modified: bool) -> bool:
    """True when the number names, dates or labels something rather than counting it."""
    words = words_before(text, f.start, sentence)
    last = words[-1].rstrip(".") if words else ""
    if ERA_AFTER.match(text, f.end) or last in ("AD", "A.D"):
        return True
    if BROKEN_SUBSCRIPT.search(text, max(0, f.start - 12), f.start):
        return True  # "when O\n2 combines": a formula's subscript
    if last in _MONTHS or _DATE_AFTER.match(text, f.end):
        return True
    if _TIME_AFTER.match(text, f.end) or _ADDRESS.match(text, f.end):
        return True
    if _PRONOUN_AFTER.match(text, f.end):
        return True
    if _RATE_BASE.search(text, max(sentence.start, f.start - 20), f.start) and _round_base(f):
        return True  # "for every 100 females", "per 1,000 people": the rate's convention
    if f.unit and text[f.num_end] == "-" and _POSITION_AFTER.match(text, f.end):
        return True
    bare = not (f.unit or modified or f.plus or f.post)
    if bare and _names(words):
        return True
    named = f.kind == "n" and not f.noun and last in ("the", "The")
    if bare and named and _ARTICLE_NAME.match(text, f.end):
        return True  # "The 85 Fund": a name; "the 12 Apostles" still counts
    if f.kind == "n":
        return _digits_refused(text, f, words, bare)
    return _words_refused(text, f, sentence, words)


def _digits_refused(text: str, f: Found, words: list[str], bare: bool) -> bool:
    """Years used as adjectives, lifespans, page ranges; small numbers that count nothing."""
    last = words[-1] if words else ""
    if _YEAR.fullmatch(text, f.num_start, f.num_end) and (
        last in ("the", "The", "a", "A") or last.endswith(("'s", "’s"))
    ):
        return True  # "the 1440 trial", "Koch's 1891 proofs"
    raw = text[f.num_start : f.num_end]
    yearish = bare and f.low == f.high and raw.isdigit() and 100 <= f.low <= 2100
    if yearish and last.lower() in _TIME_PREPOSITIONS and not _LOWER_NOUN.match(text, f.end):
        return True  # "In 814, the emperor died": a year the dates did not take
    if bare and f.num.decimals >= 5:
        return True  # "34.0483797": a coordinate or a constant, not a quantity
    if f.high != f.low and bare:
        if _PAGES_AFTER_VOLUME.search(" ".join(words[-4:])):
            return True  # "Journal of X, 44, 50–58": pages after a volume
        lifespan = f.low >= 100 and f.high <= 2100 and f.high - f.low <= 120
        if lifespan and text.startswith(")", f.end):
            return True  # "Louis II (825–875)", "Ibn Sina (Avicenna, 981–1037)"
    small = bare and f.high < 10 and not f.num.scale and not f.noun
    noun = NOUN_AFTER.match(text, f.end)
    # "6 people", not "Section 3"; nor "Radio 5 Live and 5 Live Sports Extra"
    return small and (noun is None or noun.group(1)[:1].isupper())


def _words_refused(text: str, f: Found, sentence: Sentence, words: list[str]) -> bool:
    """Number words need a counted noun or unit; a capitalised one inside a sentence is a name."""
    first = text[f.num_start]
    initial = not text[sentence.start : f.start].strip(" \"“‘'(")
    if first.isupper() and not initial:
        return True  # "the Big Four", "Three Kingdoms"
    if f.kind == "h":
        return bool(words) and words[-1].lower() in _ORDINALS
    if f.kind == "f":
        return f.low >= 1  # "each of the four-quarters" counts parts, it is no share
    if f.kind != "w":
        return False
    if f.low == f.high == 1 and not f.unit:
        return True  # "one" alone is most often a pronoun
    return not (f.unit or f.noun or NOUN_AFTER.match(text, f.end))
