"""Document-level evidence about places: the infobox's place fields, the names that act in the
article ("Seymour arrived"), which are people rather than places, and the towns the article
writes as a team's ("Denver Broncos", "the Broncos") or an institution's ("Radcliffe College")."""

from __future__ import annotations

import re
from collections import Counter

from .base import Context

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


def team_town(text: str, name: str) -> bool:
    """True when the article writes the name before a capitalised plural that it also writes
    alone after "the", each twice or more ("Denver Broncos" and "the Broncos"): the town's name
    alone, and not "in Denver", is the team ("limited by Denver's defense")."""
    after = Counter(
        m.group(1) for m in re.finditer(rf"(?<![\w'’-]){re.escape(name)} ([A-Z][a-z]+s)\b", text)
    )
    return any(
        len(re.findall(rf"\b[Tt]he {plural}\b", text)) >= 2 for plural, n in after.items() if n >= 2
    )


def named_institution(text: str, name: str) -> bool:
    """True when the article writes the name before "College", "University" or the like twice
    or more ("Radcliffe College", "Radcliffe Institute"): alone it may be that body."""
    after = re.compile(
        rf"(?<![\w'’-]){re.escape(name)} (?:College|University|Institute|School|Academy|Seminary)\b"
    )
    return sum(1 for _ in after.finditer(text)) >= 2
