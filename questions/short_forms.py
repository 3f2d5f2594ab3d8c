"""Short forms of names: "the league" or "the Congress" after the article has written a name
that ends in that noun ("National Football League", "Indian National Congress").

When exactly one such name stands before the sentence, the short form means it, and a stem
writes the name out ("The National Football League announced …"): a reader without the
article cannot know which league. When two or more different ones do, the short form is
ambiguous ("the Congress" after the Indian National Congress and the Muhammadan Educational
Congress) and the stem cannot be written from that sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from .grammar import ends_noun_phrase

# Nouns that end the names of bodies, institutions and works people shorten to "the <noun>".
BODY_NOUNS = frozenset(
    "league company college university party church school committee council congress "
    "society association commission programme program institute museum club navy army court "
    "assembly parliament airport railway railroad hospital stadium festival treaty academy "
    "foundation agency ministry department union federation corporation conference cathedral "
    "mosque temple abbey palace bridge station conference convention".split()
)
_ALTS = "|".join(sorted(BODY_NOUNS))
# The patterns below open with their first letter and test the word boundary after it (a
# lookbehind over the character before), so that the regex engine skips to that letter instead
# of trying the pattern at every position of the text.
# ("and the" starts another name: "the late Nelson Mandela and the Royal Shakespeare Company")
# (a number goes on a name: "the Super Bowl 50 Host Committee")
_TAIL = r"\s(?:(?:of|for|de|on)\s(?:the\s)?|and\s(?!the\s))?"
_WORD = r"(?:[A-Z][\w'’.&-]*|\d+)" + _TAIL
_FIRST_WORD = r"[A-Z](?<!\w.)[\w'’.&-]*" + _TAIL
_NOUNS = "|".join(n.capitalize() for n in sorted(BODY_NOUNS))
# the capitalised nouns, grouped by their first letter, each letter with the boundary test
_NOUNS_FIRST = "|".join(
    rf"{c}(?<!\w.)(?:" + "|".join(n[1:] for n in sorted(BODY_NOUNS) if n[0].upper() == c) + ")"
    for c in sorted({n[0].upper() for n in BODY_NOUNS})
)
# A name ending in the noun: capitalised words, which may be joined by "of", "for", "and", "de"
_NAME = re.compile(  # not followed by a capitalised word: "First Company Law Directive"
    rf"({_FIRST_WORD}(?:{_WORD})*)({_NOUNS})\b(?!\s+of\s+[A-Z]|\s+[A-Z][a-z])"
)
# The noun first: "University of Chicago", "Church of England"
_NAME_OF = re.compile(
    rf"({_NOUNS_FIRST}) of ((?:the )?[A-Z][\w'’.-]*(?:\s(?:(?:of|and|de)\s)?[A-Z][\w'’.-]*)*)"
)
# "the league", "The Congress", "the league's": the noun alone, ending its phrase
_SHORT = re.compile(rf"([Tt](?<!\w.)he) ((?i:{_ALTS}))\b(?!-|['’]s? of |\s+of\b|\s+[A-Z])")
# "the host committee": the short form with the word before its noun, both in lower case
_SHORT_QUALIFIED = re.compile(
    rf"([Tt](?<!\w.)he) ([a-z]+) ({_ALTS})\b(?!-|['’]s? of |\s+of\b|\s+[A-Z])"
)
# Words a sentence may open with that are no part of the name after them
_OPENERS = frozenset(
    "The A An In On At By During After Before From Following Since Until Under With When Where "
    "While As Although Though Despite Later Earlier However Then Also This These That Those Its "
    "His Her Their Both Each Every Many Some Most Other Another".split()
)


# A body named by its letters in the sentence before a short form: it may be what that means
_ACRONYM = re.compile(r"\b[A-Z]{2,6}\b")
_TRADING = frozenset(("company", "corporation"))  # firms go by their letters ("DFDS", "IBM")

NEAR = 2000  # characters: a name written once is what its short form means this far after it


@dataclass(frozen=True, slots=True)
class Names:
    """The names of bodies in one text, by their noun, in the order they are written."""

    by_noun: dict[str, tuple[tuple[int, str], ...]]
    # where the noun is written as a common noun with a word before it ("the space station",
    # "the district council"): a later "the station" may mean that one
    common: dict[str, tuple[int, ...]] = field(default_factory=dict)
    # the abbreviation each name is given ("National Football League (NFL)")
    abbreviations: dict[str, str] = field(default_factory=dict)

    def named_in(self, names: set[str], text: str) -> bool:
        """True when `text` writes one of the names, or the abbreviation it was given: "ranking
        sixth in the league, while also leading the NFL" says which league."""
        return any(
            n in text or (n in self.abbreviations and _word(self.abbreviations[n]).search(text))
            for n in names
        )

    def common_after(self, noun: str, names: set[str], offset: int) -> bool:
        """True when the noun was last written before `offset` as a common noun, after the
        last of `names`: "the station" after "the space station" is not the Cape's station."""
        spots = self.common.get(noun, ())
        last_common = spots[bisect_left(spots, offset) - 1] if bisect_left(spots, offset) else -1
        named = [p for p, n in self.by_noun.get(noun, ()) if n in names and p < offset]
        return last_common > max(named, default=-1)

    def before(self, noun: str, offset: int) -> set[str]:
        """The distinct names ending in `noun` written before `offset` (a shorter one that
        ends a longer one counts as that one: "Football League" and "National Football
        League")."""
        found = self.by_noun.get(noun, ())
        names = {name for _, name in found[: bisect_left(found, (offset, ""))]}
        return {n for n in names if not any(o != n and o.endswith(" " + n) for o in names)}

    def in_mind(self, noun: str, name: str, offset: int) -> bool:
        """True when the name is still what its short form means at `offset`: written twice
        before it, or in the last `NEAR` characters (a ferry firm's "the company" is not the
        Royal Shakespeare Company of a list of freemen pages before)."""
        found = self.by_noun.get(noun, ())
        spots = [at for at, n in found[: bisect_left(found, (offset, ""))] if n.endswith(name)]
        return len(spots) > 1 or bool(spots and offset - spots[-1] <= NEAR)


def index(text: str) -> Names:
    """Every name of a body in `text`, once per document."""
    by_noun: dict[str, list[tuple[int, str]]] = {}
    for m in _NAME.finditer(text):
        # "… capital of Poland. The Warsaw City Council": a full stop after a word of three
        # letters or more ends a sentence, and the name starts after it ("St. Louis" goes on)
        words = re.split(r"(?<=[a-z]{3})\. ", m.group(1))[-1].split()
        while words and (words[0] in _OPENERS or words[0].isdigit()):
            words.pop(0)
        if words and words[0].islower():
            continue
        if words:
            by_noun.setdefault(m.group(2).lower(), []).append(
                (m.start(), " ".join(words) + " " + m.group(2))
            )
    for m in _NAME_OF.finditer(text):
        by_noun.setdefault(m.group(1).lower(), []).append((m.start(), m.group(0)))
    abbreviations: dict[str, str] = {}
    for found in by_noun.values():
        found.extend(_abbreviated(text, found, abbreviations))
    common: dict[str, list[int]] = {}
    for m in _COMMON.finditer(text):
        if m.group(1) not in _NOT_QUALIFIERS:
            common.setdefault(m.group(2), []).append(m.start())
    return Names(
        {k: tuple(sorted(v)) for k, v in by_noun.items()},
        {k: tuple(v) for k, v in common.items()},
        abbreviations,
    )


def _abbreviated(
    text: str, found: list[tuple[int, str]], given_to: dict[str, str]
) -> list[tuple[int, str]]:
    """Where a name is written by the abbreviation it is given ("National Football League
    (NFL)"): "NFL" twenty times keeps "the league" in mind though the name is written once.
    Each abbreviation is recorded in `given_to`, by name."""
    out: list[tuple[int, str]] = []
    for at, name in found:
        written = text.find(name, at)
        given = _GIVEN.match(text, written + len(name)) if written >= 0 else None
        if given:
            given_to[name] = given.group(1)
            out.extend((m.start(), name) for m in _word(given.group(1)).finditer(text, given.end()))
    return out


def _word(abbreviation: str) -> re.Pattern[str]:
    """The abbreviation as a word of a text."""
    return re.compile(rf"\b{abbreviation}\b")


_GIVEN = re.compile(r" \(([A-Z]{2,6})\)")
# "space station", "district council": a lower-case word, then the noun, lower case
_COMMON = re.compile(rf"\b([a-z]+) ({_ALTS})s?\b")
_NOT_QUALIFIERS = frozenset("the a an this that its his her their our of and or to in".split())


Edit = tuple[int, int, str]


# A body of people named for what it governs: "the President and Fellows of Harvard College" is
# the college's board, so "the college" is not written as it
_BOARD = re.compile(r"\b[A-Z][a-z]+ and [A-Z][a-z]+ of ")


def written_out(
    names: Names, text: str, offset: int, skip: frozenset[str]
) -> tuple[list[Edit], bool]:
    """Edits that write the one name a short form in `text` can mean (the sentence starts at
    `offset` of the article), and whether a short form is left that could mean two. Nouns in
    `skip` stand for the article's own subject and are resolved elsewhere."""
    edits: list[Edit] = []
    ambiguous = False
    for m in _SHORT.finditer(text):
        if not ends_noun_phrase(text[m.end() :]):
            continue  # "the league office"
        noun = m.group(2).lower()
        candidates = names.before(noun, offset) if noun not in skip else set()
        if names.named_in(candidates, text[: m.start()]) or names.named_in(
            candidates & set(names.abbreviations), text
        ):
            continue  # the stem names it itself
        if names.common_after(noun, candidates, offset + m.start()):
            continue  # "the district council of Centrum … the council": the one just named
        if len(candidates) > 1:
            ambiguous = ambiguous or m.group(2)[0].isupper()
        elif candidates and m.group(2).islower():
            # "the Church" may be the institution, not the one church named before
            name = next(iter(candidates))
            if not names.in_mind(noun, name, offset + m.start()):
                continue  # named once, long before: "the company" may be another one
            if (
                noun in _TRADING
                and _ACRONYM.search(text, 0, m.start())
                and not names.named_in({name}, text)
            ):
                continue  # "The DFDS ferry service … – the company cited …": DFDS, likely
            if _BOARD.search(name):
                continue  # "the college" is no "President and Fellows of Harvard College"
            if name.startswith("The "):
                name = name[4:]
            edits.append((m.start(), m.end(), f"{m.group(1)} {name}"))
    edits.extend(_qualified(names, text, offset, skip))
    return edits, ambiguous


def _qualified(names: Names, text: str, offset: int, skip: frozenset[str]) -> list[Edit]:
    """Edits for a short form with the word before its noun ("the host committee" after "the
    Super Bowl 50 Host Committee"): only the one name in mind that ends in both words."""
    edits: list[Edit] = []
    for m in _SHORT_QUALIFIED.finditer(text):
        word, noun = m.group(2), m.group(3)
        if word in _NOT_QUALIFIERS or noun in skip or not ends_noun_phrase(text[m.end() :]):
            continue
        ending = f" {word.capitalize()} {noun.capitalize()}"
        candidates = {n for n in names.before(noun, offset) if (" " + n).endswith(ending)}
        if len(candidates) != 1 or names.named_in(candidates, text):
            continue
        name = next(iter(candidates))
        if names.in_mind(noun, name, offset + m.start()):
            edits.append((m.start(), m.end(), f"{m.group(1)} {name.removeprefix('The ')}"))
    return edits
