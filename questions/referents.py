"""Referents: which words of a stem lean on something it does not name, and how the article's
subject is written in for a leading pronoun ("He", "It") or a noun that stands for it
("the town")."""

from __future__ import annotations

import re

from .docmodel import DocModel
from .grammar import ends_noun_phrase
from .people import SENTENCE_OPENERS
from .place_words import NAME_RUNS, WORD_AFTER, is_noun
from .plurals import LEADING_THEY
from .pronouns import LEADING
from .sections import section_edits
from .short_forms import BODY_NOUNS, written_out

Edit = tuple[int, int, str]


# `resolve` once per sentence, not once per fact of it: (id of the model, its arguments) →
# (the model, the edits). Holding the model keeps its id from being reused by another.
_RESOLVE_CACHE: dict[tuple[int, str, bool, int | None], tuple[DocModel, list[Edit] | None]] = {}


def resolve(
    dm: DocModel, text: str, resolvable: bool, start: int | None = None
) -> list[Edit] | None:
    """`_resolve`, memoised per document model (callers only read the edits)."""
    key = (id(dm), text, resolvable, start)
    hit = _RESOLVE_CACHE.get(key)
    if hit is not None and hit[0] is dm:
        return hit[1]
    if len(_RESOLVE_CACHE) > 65536:
        _RESOLVE_CACHE.clear()
    edits = _resolve(dm, text, resolvable, start)
    _RESOLVE_CACHE[key] = (dm, edits)
    return edits


def _resolve(
    dm: DocModel, text: str, resolvable: bool, start: int | None = None
) -> list[Edit] | None:
    """Edits that write the subject in for a leading pronoun (when the document model says it
    means the subject, or names the previous sentence's subject it means, for the sentence at
    `start`), for "the <noun>" that stands for the subject ("the town") and for a short form
    that can mean one name only ("the league"); None when a short form could mean two."""
    short, ambiguous = written_out(dm.names, text, start or 0, dm.nouns)
    if ambiguous:
        return None
    edits: list[Edit] = []
    m = LEADING.match(text)
    named = dm.antecedents.get(start, "") if start is not None else ""
    they = LEADING_THEY.match(text)
    if they and named:  # "They defeated …" after "The Carolina Panthers had …"
        word, subject = they.group(1), _capital(named, they.start(1) == 0)
        edits.append((they.start(1), they.end(1), subject + ("'" if word == "Their" else "")))
    if m and named and m.group(2) in ("It", "Its"):
        word, subject = m.group(2), _capital(named, m.start(2) == 0)
        edits.append((m.start(2), m.end(2), subject + ("'s" if word == "Its" else "")))
    elif (
        m
        and resolvable
        and m.group(2).lower() in _WORDS[dm.pronoun]
        and not _names(dm, m.group(1))  # "Although Louis XIII came of age, his mother …"
    ):
        word, subject = m.group(2), _capital(dm.subject, m.start(2) == 0)
        possessive = word.lower() in ("his", "its") or (
            word.lower() == "her" and not _is_object(text, m.end())
        )
        edits.append((m.start(2), m.end(2), subject + ("'s" if possessive else "")))
    for d in _defined(dm, text):
        if not _starts_inside(d.start(), edits):
            edits.append((d.start(), d.end(), _capital(dm.subject, d.start() == 0)))
    if start is not None:  # "The institute was founded …" in the institute's own section
        taken = list(edits)
        edits.extend(e for e in section_edits(dm, text, start) if not _starts_inside(e[0], taken))
    for d in _place_modifiers(dm, text):
        if not _starts_inside(d.start(), edits):
            noun = d.group(0).split()[-1]
            edits.append((d.start(), d.end(), f"{_capital(dm.subject, d.start() == 0)} {noun}"))
    edits.extend(e for e in short if not any(s < e[1] and e[0] < t for s, t, _ in edits))
    if start is not None and not any(s == 0 for s, _, _ in edits):
        edits.extend(_echoed(dm, text, start))
    edits.extend(e for e in _given_name(dm, text) if not _starts_inside(e[0], edits))
    edits.extend(
        e for e in _here(dm, text) + _the_area(dm, text) if not _starts_inside(e[0], edits)
    )
    return edits


def _starts_inside(at: int, edits: list[Edit]) -> bool:
    """True when an edit starting at `at` would start inside one of `edits`."""
    return any(s <= at < e for s, e, _ in edits)


# "here" after a verb in a town's or country's article: "was born here in 1745" is "in Warsaw"
_HERE = re.compile(r"(?<=[a-z] )(?:(from|to) )?here\b(?! (?:is|are|was|were)\b)")


def _here(dm: DocModel, text: str) -> list[Edit]:
    """ "here" written as the place the article is about ("Casimir Pulaski … was born here in
    1745" in Warsaw's article): "in Warsaw" ("from Warsaw" after "from")."""
    if dm.kind != "place":
        return []
    return [
        (m.start(), m.end(), f"{m.group(1) or 'in'} {dm.subject}") for m in _HERE.finditer(text)
    ]


# "the area" standing alone in a place's article: "Major roads in the area include …", "The
# area was originally inhabited by …" (not "the area around Grey's Monument", "the area later
# known as Victoria", "the area of 15.5 ha": a phrase after it says which area)
# "The first settlement in the area occurred in 1803": a past verb after it ends the phrase too,
# but not a participle's "by" ("the area covered by the park" says which)
_THE_AREA = re.compile(
    r"(?:(?<=\b(?:in|of) )the|^The) area(?=[.,;]| (?:include|includes|included|is|are|was|were|"
    r"has|have|had)\b| (?!(?:covered|occupied|affected|controlled|known|called|named|used|"
    r"surrounded|bounded|bordered|defined|designated|served|drained|watered)\b)[a-z]{3,}ed\b(?! by\b))"
)


def _the_area(dm: DocModel, text: str) -> list[Edit]:
    """ "the area" written as the place the article is about ("Major roads in the area include
    the A1" in Newcastle's article: "in Newcastle upon Tyne")."""
    if dm.kind != "place":
        return []
    return [(m.start(), m.end(), dm.subject) for m in _THE_AREA.finditer(text)]


def _names(dm: DocModel, text: str) -> bool:
    """True when the text names the subject: a pronoun after it points to that name."""
    return any(name in text for name in dm.aliases | {dm.subject})


def _given_name(dm: DocModel, text: str) -> list[Edit]:
    """A biography's subject by the given name alone ("Elizabeth died on 25 February 1618")
    written in full ("Elizabeth Spencer"), unless the article gives that name to another person
    or the stem names the subject already; "Queen Elizabeth" and "Elizabeth Carey" are others."""
    words = dm.subject.split()
    if dm.kind != "person" or len(words) < 2 or dm.subject in text:
        return []
    given = words[0]
    if given in dm.people.shared_given or not given[:1].isupper():
        return []
    pattern = rf"(?<![\w'’.-]){re.escape(given)}\b(?! [A-Z]|[-’'][a-rt-z])"
    out: list[Edit] = []
    for m in re.finditer(pattern, text):
        before = text[: m.start()].rstrip().split(" ")[-1:]
        if before and before[0][:1].isupper() and before[0].rstrip(",") not in SENTENCE_OPENERS:
            continue  # "Queen Elizabeth", "Princess Elizabeth"
        if _OF_NAME.search(text, 0, m.start()):
            continue  # "King of Goodwill" (a book's title), "Duke of Edinburgh": a name goes on
        out.append((m.start(), m.end(), dm.subject))
    return out


# "The rift served as …": a sentence opening with a common noun, then a lower-case word
_OPENING_NOUN = re.compile(r"The ([a-z]+)\b(?= [a-z])")
ECHO_REACH = 600  # characters before the sentence where the name its noun echoes may stand


def _echoed(dm: DocModel, text: str, start: int) -> list[Edit]:
    """The name a sentence's opening "The <noun>" echoes, written out: "The rift served as a
    conduit …" two sentences after "the East African Rift System" is "The East African Rift
    System served …". Only where the sentences before name one such name (the noun inside it,
    not its first word: "Army of the Potomac" is no "the army"); nouns that stand for the
    subject and the short forms of bodies are resolved elsewhere."""
    m = _OPENING_NOUN.match(text)
    if m is None or m.group(1) in dm.nouns or m.group(1) in BODY_NOUNS:
        return []
    after = WORD_AFTER.match(text, m.end())
    if after and is_noun(after.group(1)):
        return []  # "The high school was …": the noun phrase goes on
    word, common = m.group(1).capitalize(), re.compile(rf"\b{m.group(1)}\b")
    found: dict[str, bool] = {}  # the name → written after "the"
    for sent in (s for s in dm.sentences if start - ECHO_REACH <= s.start < start):
        if common.search(sent.text):
            found.clear()  # "… as an urban and historic conservation area. The area …"
        for run in NAME_RUNS.finditer(sent.text):
            words = run.group(0).split()
            before = sent.text[: run.start()]
            if word in words[1:] and words[0] not in ("The", word):
                found[run.group(0)] = before.endswith(("the ", "The "))
                if before.endswith(("its ", "his ", "her ", "their ")):
                    return []  # "the Mosque and its Associated Conservation Area"
    if len(found) != 1:
        return []
    name, with_the = next(iter(found.items()))
    return [(0, m.end(), f"The {name}" if with_the else name)]


_OF_NAME = re.compile(r"[A-Z][\w'’-]* of $")


def _place_modifiers(dm: DocModel, text: str) -> list[re.Match[str]]:
    """'the city centre' in an article about a city: 'Newcastle upon Tyne city centre'."""
    if dm.kind != "place" or not dm.nouns:
        return []
    out = []
    for m in _noun_pattern(dm.nouns).finditer(text):
        after = re.match(r" ([a-z]+)\b", text[m.end() :])
        if after and after.group(1) in _PLACE_PARTS:
            out.append(m)
    return out


# What a place's own name goes before: "Warsaw city centre", "Jacksonville city limits".
_PLACE_PARTS = frozenset(
    "centre center limits government council hall walls wall boundary boundaries authorities "
    "administration mayor skyline".split()
)


_WORDS = {"he": ("he", "his"), "she": ("she", "her"), "it": ("it", "its")}


def _is_object(text: str, end: int) -> bool:
    """'Her' followed by a verb or preposition is an object, not a possessive."""
    return not re.match(r"\s+[a-z]", text[end:])


def _defined(dm: DocModel, text: str) -> list[re.Match[str]]:
    """'the town' where the article's subject is a town, not 'the town of X' nor 'the town hall'."""
    if not dm.nouns:
        return []
    pattern = _noun_pattern(dm.nouns)
    return [m for m in pattern.finditer(text) if ends_noun_phrase(text[m.end() :])]


_PATTERN_CACHE: dict[frozenset[str], re.Pattern[str]] = {}


def _noun_pattern(nouns: frozenset[str]) -> re.Pattern[str]:
    found = _PATTERN_CACHE.get(nouns)
    if found is None:
        # "the university" and "The University's undergraduate program" in its own article
        alts = "|".join(sorted(map(re.escape, nouns | {n.capitalize() for n in nouns})))
        found = re.compile(
            rf"\b[Tt]he (?:{alts})\b(?!-|'?s? of |\s+[a-z]+(?:ed)?\s+(?:hall|house|council)\b| [A-Z])"
        )
        if len(_PATTERN_CACHE) > 256:
            _PATTERN_CACHE.clear()
        _PATTERN_CACHE[nouns] = found
    return found


def _capital(name: str, first: bool) -> str:
    return name[:1].upper() + name[1:] if first else name


def apply(text: str, a: int, b: int, edits: list[Edit] | None) -> tuple[str, int, int] | None:
    """Apply edits outside the answer span [a, b); None when one would touch it, or when
    there are no edits that could make the text stand alone (`resolve` gave None)."""
    if edits is None:
        return None
    out, pos, na, nb = [], 0, a, b
    for s, e, new in sorted(edits):
        if s < b and e > a:
            return None
        out.append(text[pos:s] + new)
        if e <= a:
            na, nb = na + len(new) - (e - s), nb + len(new) - (e - s)
        pos = e
    out.append(text[pos:])
    return "".join(out), na, nb
