"""Document-level evidence about places: the infobox's place fields, the names that act in the
article ("Seymour arrived"), which are people rather than places, the towns the article
writes as a team's ("Denver Broncos", "the Broncos") or an institution's ("Radcliffe College"),
and the article's home country."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import cached_property

from ..gazetteer import Place
from ..model import Sentence
from .base import Context
from .place_names import Candidate

Found = tuple[Candidate, list[Place], Sentence, int]  # candidate, entries, sentence, strength

PLACE_KEYS = (
    "place",
    "location",
    "locations",
    "country",
    "headquarters",
    "resting place",
    "burial place",
    "buried",
    "burial",
    "birth place",
    "place of birth",
    "place of death",
    "place of burial",
    "region",
)
# "Seymour arrived"; the capital first, the boundary after it: the engine skips to the capitals
_AGENT = re.compile(r"([A-Z](?<!\w.)[a-z]+) (?:was|had|[a-z]+ed)\b")
# A given name and initials before a surname: "John F. Kennedy", "Booker T. Washington"
_INITIALLED = re.compile(r"[A-Z](?<!\w.)[a-z]+ (?:[A-Z]\. ){1,2}([A-Z][a-z]{2,})\b")


def infobox_places(ctx: Context) -> set[str]:
    """Folded names from the infobox's place fields."""
    known: set[str] = set()
    for block in ctx.doc.infobox():
        if block.key.lower().rstrip("0123456789") in PLACE_KEYS:
            for part in ctx.doc.text[block.value_start : block.end].split(","):
                part = part.strip(" ()*")
                if part and part[0].isupper() and len(part) <= 60:
                    known.add(part.lower())
    return known


def acting_names(text: str) -> set[str]:
    """Names that act in the article ("Seymour arrived", "Seymour was"): people, not places."""
    out = set()
    for m in _AGENT.finditer(text):
        before = text[max(0, m.start() - 2) : m.start()]
        starts = before.endswith((". ", "\n")) or m.start() == 0
        if starts and not m.group(0).endswith("ed"):
            continue  # "Paris was …" at a sentence start says little; "Seymour arrived" does
        out.add(m.group(1))
    return out


def initialled_surnames(text: str) -> set[str]:
    """Surnames the article writes after a given name and an initial ("John F. Kennedy"): alone
    ("Kennedy sent a memo") they mean the person, not a town of that name."""
    return {m.group(1) for m in _INITIALLED.finditer(text)}


# A capitalised plural ("Broncos") or an institution's class word ("College") after a space,
# and a plural after "the": what tells a team's or an institution's town from the town itself.
# Each begins on a character class, so the engine skips to the capitals in C.
_PLURAL = re.compile(r"[A-Z](?<= .)[a-z]+s\b")
_BODY = re.compile(r"[CUISA](?<= .)(?:ollege|niversity|nstitute|chool|cademy|eminary)\b")
_THE_PLURAL = re.compile(r"[Tt](?<!\w.)he ([A-Z][a-z]+s)\b")
_NAME_CHAR = re.compile(r"[\w'’-]")


class TownUses:
    """The towns an article writes as a team's ("Denver Broncos") or an institution's
    ("Radcliffe College"). The article is read once, when a name is first asked about; each
    name is then a lookup, not a scan."""

    def __init__(self, text: str) -> None:
        self._text = text

    @cached_property
    def _plurals(self) -> dict[str, list[tuple[int, str]]]:
        return self._by_ending(_PLURAL)

    @cached_property
    def _bodies(self) -> dict[str, list[tuple[int, str]]]:
        return self._by_ending(_BODY)

    @cached_property
    def _the(self) -> Counter[str]:
        return Counter(m.group(1) for m in _THE_PLURAL.finditer(self._text))

    def _by_ending(self, pattern: re.Pattern[str]) -> dict[str, list[tuple[int, str]]]:
        """Each match of the pattern with its start, by the two characters before its space."""
        hits: dict[str, list[tuple[int, str]]] = defaultdict(list)
        for m in pattern.finditer(self._text):
            hits[self._text[max(0, m.start() - 3) : m.start() - 1]].append((m.start(), m.group()))
        return hits

    def _after(self, name: str, hits: dict[str, list[tuple[int, str]]]) -> Counter[str]:
        """The words of `hits` written right after the whole name and one space."""
        text, skip = self._text, len(name) + 1
        return Counter(
            word
            for pos, word in hits.get(name[-2:], ())
            if pos >= skip
            and text.startswith(name, pos - skip)
            and not (pos > skip and _NAME_CHAR.match(text[pos - skip - 1]))
        )

    def team(self, name: str) -> bool:
        """True when the article writes the name before a capitalised plural that it also writes
        alone after "the", each twice or more ("Denver Broncos" and "the Broncos"): the town's
        name alone, and not "in Denver", is the team ("limited by Denver's defense")."""
        after = self._after(name, self._plurals)
        return any(self._the[plural] >= 2 for plural, n in after.items() if n >= 2)

    def institution(self, name: str) -> bool:
        """True when the article writes the name before "College", "University" or the like
        twice or more ("Radcliffe College", "Radcliffe Institute"): alone it may be that body."""
        return self._after(name, self._bodies).total() >= 2


def home_country(found: list[Found]) -> str:
    """The article's country: the most common one among unambiguous places needing no cue, a
    country's own name counting twice (the Elmina Castle article names Ghana four times and the
    historical Gold Coast, also a city of Australia, seven)."""
    home: Counter[str] = Counter()
    for _, entries, _, strength in found:
        countries = {p.country for p in entries} - {""}
        # "Asia", a continent and a town in the Philippines, says nothing of the home country
        area = any(p.cls in ("continent", "region") and not p.country for p in entries)
        if strength == 2 and len(countries) == 1 and not area:
            weight = 2 if any(p.cls == "country" for p in entries) else 1
            home.update({c: weight for c in countries})
    return home.most_common(1)[0][0] if home else ""
