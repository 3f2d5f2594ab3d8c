"""Stage 2, segment: blocks → sentences with offsets.

A full stop ends a sentence unless it closes an abbreviation ("Lt.", "Gen.", "c.", "St."), an
initial ("Harvey S. Firestone"; but not a capital before a sentence opener: "World War I. In
1914, …"), a decimal ("1.2") or a dotted acronym ("U.S.").
"""

from __future__ import annotations

import re

from .model import Document, Sentence

ABBREVIATIONS = frozenset(
    [
        "lt",
        "gen",
        "maj",
        "brig",
        "col",
        "capt",
        "cpt",
        "sgt",
        "cpl",
        "pvt",
        "adm",
        "cmdr",
        "cdr",
        "gov",
        "sen",
        "rep",
        "pres",
        "supt",
        "insp",
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "rev",
        "fr",
        "hon",
        "st",
        "ste",
        "mt",
        "ft",
        "jr",
        "sr",
        "esq",
        "messrs",
        "mme",
        "mlle",
        "c",
        "ca",
        "cf",
        "approx",
        "est",
        "fl",
        "vs",
        "v",  # a case's parties: "FCC v. Pacifica Foundation"
        "no",
        "nos",
        "rs",  # rupees: "a commemorative Rs. 50 coin"
        "vol",
        "vols",
        "pp",
        "op",
        "al",
        "seq",
        "viz",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "co",
        "corp",
        "inc",
        "ltd",
        "bros",
        "dept",
        "univ",
        "assn",
    ]
)

# Words that open a sentence and never follow an initial inside a name.
OPENERS = frozenset(
    "In On At By During After Before From Following Since Until When While As However The A An "
    "This These That Those It He She They We His Her Its Their Our There Then Later Although "
    "Despite Meanwhile Thus Also".split()
)

# Candidate boundary: terminal punctuation, optional closers, whitespace, then a likely start.
# a sentence's end before a space and a capital, or before the capital with the space left out
# ("to share these stories.Political geographers such as …")
BOUNDARY = re.compile(
    r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9À-Ý])|\.(?<=[a-z]{3}\.)(?=[A-Z][a-z]{2,})"
)
WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the '.' at `dot` closes an abbreviation or initial rather than a sentence."""
    m = WORD_BEFORE.search(text, max(0, dot - 12), dot + 1)
    if not m:
        return False
    word = m.group(1)
    if "." in word:  # U.S. / e.g. / i.e.
        return True
    if len(word) == 1 and word.isupper():  # an initial: "Harvey S. Firestone"
        nxt = re.match(r"\s+[\"'“‘(]?([A-Za-z]+)", text[dot + 1 : dot + 20])
        if nxt and nxt.group(1) in OPENERS:
            return False  # "World War I. In 1914, …" ends one
        # "his son Xerxes I. Xerxes crushed …": a name is not written around its own initial
        before = re.search(r"([A-Za-z]+)\s+$", text[max(0, dot - 40) : dot - 1])
        return not (nxt and before and before.group(1) == nxt.group(1))
    return word.lower() in ABBREVIATIONS


def split(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split text[start:end] into sentence spans (absolute offsets, trimmed)."""
    spans: list[tuple[int, int]] = []
    cur = start
    for m in BOUNDARY.finditer(text, start, end):
        dot = m.start()
        single_dot = m.group(0)[0] == "." and len(m.group(0).rstrip("\"'”’)]")) == 1
        if single_dot and _is_abbreviation(text, dot):
            continue
        spans.append((cur, m.end()))
        cur = m.end()
    spans.append((cur, end))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def segment(doc: Document) -> tuple[Sentence, ...]:
    """All sentences of the document in order; an infobox line is one sentence."""
    sentences: list[Sentence] = []
    text = doc.text
    for block in doc.blocks:
        if block.kind in ("title", "heading"):
            continue
        if block.kind == "infobox":
            spans = [(block.start, block.end)]
        else:
            spans = split(text, block.start, block.end)
        for s, e in spans:
            sentences.append(Sentence(s, e, text[s:e], block.section, block, len(sentences)))
    return tuple(sentences)
