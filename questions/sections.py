"""A section named after one thing: "the institute" in the section "Freeman Spogli Institute for
International Studies" is that institute, as "the town" in a town's article is the town.

An article about many things (a university's centres, a family's houses) gives each its own
section, and the section's sentences call it by its noun ("The institute was founded in 1987").
The stem writes the section's name for the noun, so it says which institute it means.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from .docmodel import COMMON_HEADS, DocModel
from .grammar import ends_noun_phrase

Edit = tuple[int, int, str]

# Nouns a section's title may end or begin with beside the article's common heads
_HEADS = COMMON_HEADS | frozenset(
    "center centre laboratory lab observatory foundation society council committee commission "
    "office initiative lab forum".split()
)
# What a title may end with that names another thing than its head: "University of Chicago Press"
_OTHER_THINGS = frozenset(
    "press review journal prize award medal building hall library series station fund "
    "chair professorship lecture lectures scholarship".split()
)
_NAME_WORD = re.compile(r"(?:[A-Z][\w'’.&-]*|of|for|the|and|on|in|at|de|du|des|la|le)$")


@lru_cache(maxsize=4096)
def title_head(title: str) -> str:
    """The common noun a section's title names its thing by ("Institute" of "Freeman Spogli
    Institute for International Studies", "Center" of "Center for the Study of …"), or "" when
    the title is no name ("Early life", "History")."""
    words = title.removeprefix("The ").split()
    if len(words) < 2 or not all(_NAME_WORD.match(w) for w in words):
        return ""
    if not words[0][:1].isupper() or not words[-1][:1].isupper():
        return ""
    if words[-1].lower() in _HEADS:
        return words[-1].lower()  # "Stanford Humanities Center"
    if words[-1].lower() in _OTHER_THINGS:
        return ""  # "University of Chicago Press": the press, not the university
    for i, w in enumerate(words):
        # "Stanford Humanities Center", "Freeman Spogli Institute for International Studies"
        if w.lower() in _HEADS and (i == len(words) - 1 or words[i + 1] in ("for", "of", "on")):
            return w.lower()
    return ""


def section_edits(dm: DocModel, text: str, start: int) -> list[Edit]:
    """Edits that write the section's name for "the <noun>" its title ends or begins with, in
    the sentence at `start`; none where the sentence names the section's thing already."""
    section = _section_at(dm, start)
    head = title_head(section) if section else ""
    if not head or head in dm.nouns or section in text:
        return []
    name = section.removeprefix("The ")
    the = name.split()[0].lower() == head or _written_with_the(dm, name)
    written = "the " + name if the else name
    out: list[Edit] = []
    for m in re.finditer(rf"\b([Tt])he {head}\b(?!-)", text):
        if not ends_noun_phrase(text[m.end() :]):
            continue  # "the institute building", "the center of"
        new = written[:1].upper() + written[1:] if m.start() == 0 else written
        out.append((m.start(), m.end(), new))
    return out


@lru_cache(maxsize=1024)
def _with_the(texts: tuple[str, ...], name: str) -> bool:
    return any(f"the {name}" in t or f"The {name}" in t for t in texts)


def _written_with_the(dm: DocModel, name: str) -> bool:
    """True when the article writes the name after "the" ("The Freeman Spogli Institute …")."""
    return _with_the(tuple(s.text for s in dm.sentences if s.section == name), name)


def _section_at(dm: DocModel, start: int) -> str:
    """The section title of the sentence that starts at `start`, or ""."""
    starts = _starts(dm)
    i = bisect.bisect_left(starts, start)
    if i < len(starts) and starts[i] == start:
        return dm.sentences[i].section
    return ""


_STARTS: dict[int, tuple[DocModel, list[int]]] = {}


def _starts(dm: DocModel) -> list[int]:
    """The sentences' start offsets, in order, once per document model."""
    hit = _STARTS.get(id(dm))
    if hit is not None and hit[0] is dm:
        return hit[1]
    if len(_STARTS) > 256:
        _STARTS.clear()
    starts = [s.start for s in dm.sentences]
    _STARTS[id(dm)] = (dm, starts)
    return starts
