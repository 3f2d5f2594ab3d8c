"""The place a paragraph is set in: "In the United States, each state determines … Teaching
certification generally lasts three years, …" tells of the United States in every sentence, and
a stem drawn from the second sentence says so ("In the United States, teaching certification
generally lasts _____, …").

A paragraph sets its scene when its first sentence opens on "In <country or state>," and no
later sentence before the stem's opens on another place or names one; the stem's sentence must
name no place itself.
"""

from __future__ import annotations

import re

from .docmodel import DocModel
from .gazetteer import gazetteer
from .model import Sentence
from .place_words import NAME_RUNS

# "In the United States, …", "In Scotland, …", "In most of Canada, …" is no scene (a part)
_SCENE = re.compile(r"In ((?:the )?[A-Z][\w'’.-]*(?: (?:of )?[A-Z][\w'’.-]*){0,3}),")
# A sentence that opens on a place of its own: the scene changes
_OPENS_ELSEWHERE = re.compile(r"(?:In|At|Across|Throughout) (?:the )?[A-Z]")
_SCENE_CLASSES = frozenset({"country", "state"})


def scene_of(dm: DocModel, sentence: Sentence) -> str:
    """The country or state the sentence's paragraph is set in, or "" when it sets none (or
    the sentence is its first, which says so itself)."""
    if sentence.block.kind != "paragraph":
        return ""
    first = sentence.index
    while first > 0 and dm.sentences[first - 1].block == sentence.block:
        first -= 1
    if first == sentence.index:
        return ""
    m = _SCENE.match(dm.sentences[first].text)
    if m is None or not _is_area(m.group(1).removeprefix("the ")):
        return ""
    for s in dm.sentences[first + 1 : sentence.index + 1]:
        if _OPENS_ELSEWHERE.match(s.text) or names_an_area(s.text):
            return ""  # "In Canada, …", "… teachers in Scotland …": another place now
    return m.group(1)


def names_an_area(text: str) -> bool:
    """True when the text names a country or state the gazetteer knows ("U.S." too)."""
    return bool(_SHORT_AREA.search(text)) or any(
        _is_area(m.group(0)) for m in NAME_RUNS.finditer(text)
    )


_SHORT_AREA = re.compile(r"\b(?:U\.S\.(?:A\.)?|USA?|UK|U\.K\.|EU|UAE)(?![\w])")


def _is_area(name: str) -> bool:
    return any(p.cls in _SCENE_CLASSES for p in gazetteer().lookup(name))
