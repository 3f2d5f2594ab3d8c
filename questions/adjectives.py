"""A place the stem gives away by the adjective made from its name: "SAARC in _____ … with the
other South Asian countries" (Asia), "the _____ army … Egyptian troops" (Egypt). Anyone reads
the answer off the adjective, and no option tempts."""

from __future__ import annotations

import re

from .place_words import CLASS_WORDS

# What English adds to a place's name to make its adjective or people: Asia-n, Iran-ian,
# Pakistan-i, Nepal-ese, Europe-an; the name's last vowel (or "y") may go first (Chin-ese,
# Ital-ian, German)
_SUFFIXES = ("n", "an", "ian", "ean", "i", "ese", "ish", "ite")
_DROPPED = "aeoy"
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")


def adjective_gives(stem: str, answer: str) -> bool:
    """True when a capitalised word of the stem is the adjective (or its plural) made from a
    word of the answer's name: "Asian" for Asia, "Iraqis" for Iraq, "German" for Germany."""
    roots = [w for w in answer.split() if len(w) >= 4 and w.lower() not in CLASS_WORDS]
    if not roots:
        return False
    forms = {_form for root in roots for _form in _forms(root)}
    return any(w in forms or w.removesuffix("s") in forms for w in _CAPITALISED.findall(stem))


def _forms(root: str) -> set[str]:
    """The adjectives a name may make: the name with each suffix, also with its last vowel or
    "y" dropped; a name ending in "y" also without it ("German" from "Germany")."""
    stems = {root} | ({root[:-1]} if root[-1] in _DROPPED else set())
    out = {s + suffix for s in stems for suffix in _SUFFIXES}
    if root.endswith("y") and len(root) >= 6:
        out.add(root[:-1])
    return out - {root}
