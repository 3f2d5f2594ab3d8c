"""How an article uses a capitalised name: before a lower-case noun, as a people's or a
language's name does ("Mongol tribes", "American settlers"), or after "in" and "at", as a
place's does. Read by the place extractor (no place) and by the people finder (no surname)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .place_words import CLASS_WORDS, WORD_AFTER, is_noun

# The words after which a name stands as a place: a person is rarely "in Boston"
IN_AT = (" in ", " at ", " in the ", " at the ", " near ")

# Verbs that are nouns too ("Aisby can be spelt …"): after a name, the verb
AUXILIARY = frozenset("can will may must might shall should would could does did is are".split())


def people_name(text: str, name: str) -> bool:
    """True when the article writes the name before a lower-case noun at least three times in
    four, counting the mentions that start no longer name: a people's or a language's name
    ("Mongol army", "Mongol tribes"), not a place's."""
    before_noun = alone = 0
    for start, end in mentions(text, name):
        if re.match(r" [A-Z]", text[end : end + 2]):
            continue  # "Mongol Empire": a longer name
        alone += 1
        after = WORD_AFTER.match(text, end)
        word = after.group(1) if after else ""
        if word in CLASS_WORDS or word == "area":
            continue  # "Al-Haweeqa district", "the Poonch region": a place's class
        if word and word not in AUXILIARY and is_noun(word):
            before_noun += 1
        elif text[max(0, start - 8) : start].lower().endswith(IN_AT):
            return False  # "in Poonch.": a place, whatever its other mentions
    return alone >= 2 and 4 * before_noun >= 3 * alone


def _joins(char: str) -> bool:
    """True for a character that continues a word: a letter, digit, "_", apostrophe or hyphen."""
    return char.isalnum() or char in "_'’-"


def mentions(text: str, name: str) -> Iterator[tuple[int, int]]:
    """The spans where the name stands as a whole word (no letter, digit, apostrophe or hyphen
    joined to either end), left to right and not overlapping. Found with `str.find`: a regex
    with a look-behind would try every position of the article, once per name."""
    pos = text.find(name) if name else -1
    while pos >= 0:
        end = pos + len(name)
        if (pos == 0 or not _joins(text[pos - 1])) and (end == len(text) or not _joins(text[end])):
            yield pos, end
            pos = text.find(name, end)
        else:
            pos = text.find(name, pos + 1)
