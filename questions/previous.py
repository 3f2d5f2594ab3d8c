"""The sentence before a stem: when the stem leans on it ("The coffins were stacked …" after
"a cache of 30 coffins was discovered") and how it is borrowed, so that the stem says what
it means ("Warsaw's tallest building is the Palace of Culture. It has a height of _____.").

A stem that borrows the sentence before quotes the article's two sentences as they stand, so its
meaning is the article's; the sentence before must be self-contained itself (no referent it does
not name), in the same paragraph, and short.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .antecedents import first_antecedent
from .dangling import ANAPHOR
from .docmodel import DocModel
from .framing import drop_lead_adverbial
from .grammar import has_finite_verb
from .model import Fact, Sentence
from .place_words import is_noun
from .referents import apply, resolve

# The sentence before, when borrowed: at most this long, and the two together at most the
# cloze's limit.
PREVIOUS_MAX = 220
_NOTE_OR_ASIDE = re.compile(r"\[[^\]]*\]|\s*\([^()]*\)")
# Words of a dangling referent that a sentence before with a name can answer ("it", a bare
# "this"); "he" and "she" need a person.
_REFERRING = frozenset(
    "it they them its their theirs this that these those same such former latter ones".split()
)
_PERSONAL = frozenset("he she him her his hers himself herself".split())
_ENDS = re.compile(r"[.!?][\"'”’)]*$")


# A sentence opening on a definite noun ("The coffins were stacked …", "Two of the coffins
# belonged …", "In the second phase, …"; not a clause's: "If the mayor vetoes a bill" in
# Warsaw's article): its first two words after "the", with no "of" phrase that says which
# ("the concept of spazio vitale"); a quantity's noun after its "of" ("Among the dozens of cat
# mummies were …")
_OPENING_DEFINITE = re.compile(
    r"(?:(?:[A-Z][a-z]*|\d+) of (?=the)|(?:Among|In|For|Upon|By|During|After|From|With|At|On)"
    r" (?=the))?(?:[Tt]he|these|those) (?:(?:dozens|hundreds|thousands|rest|remains) of )?"
    r"([a-z]{3,})"
    r"(?: ([a-z]{4,}))?"
    r"(?! of\b|[a-z])"
)
# Words after "the" that name no thing of the sentence before
_NOT_ECHOES = frozenset(
    "same other first second third last next following previous latter former whole most "
    "best largest oldest earliest latest highest main only entire new old big top two six ten own "
    "few low far".split()
)


def leans_back(dm: DocModel, sentence: Sentence, text: str) -> bool:
    """True when the stem opens on a definite noun the sentence before wrote ("… a cache of 30
    coffins was found. The coffins were stacked …"): it means those, and the stem needs that
    sentence (`with_previous`) to say which. Not in a site's article, whose stems are set at
    the site."""
    m = _OPENING_DEFINITE.match(text)
    if m is None or dm.kind == "site" or sentence.index == 0:
        return False  # a site's "the dome", "the garden" are its own: "At the Taj Mahal, …"
    if sentence.block.kind != "paragraph":
        return False
    before = dm.sentences[sentence.index - 1]
    if before.block != sentence.block:
        return False
    # the nouns of the phrase: not a verb after it ("The coffins were …": "were" is no echo)
    words = {
        w for w in m.groups() if w and w not in _NOT_ECHOES and w not in dm.nouns and is_noun(w)
    }
    prev = before.text.lower()
    return any(re.search(rf"\b{w.removesuffix('s')}(?:s|es)?\b", prev) for w in words)


# A sentence whose opening phrase the article lost: "During, referendum options were given …"
_CUT = re.compile(r"(?:During|In|On|At|By|After|Before|From|Since|Until|With|Following),")


def with_previous(
    dm: DocModel, fact: Fact, text: str, a: int, b: int
) -> tuple[str, int, int] | None:
    """The stem after the sentence before it ("Warsaw's tallest building is the Palace of
    Culture. It has a height of _____."), or None when that sentence cannot be borrowed."""
    sentence = fact.sentence
    if sentence.index == 0 or sentence.block.kind != "paragraph":
        return None
    before = dm.sentences[sentence.index - 1]
    if before.block != sentence.block:
        return None  # the paragraph begins here: what came before is another topic
    prev = _NOTE_OR_ASIDE.sub("", before.text).strip()
    if len(prev) > PREVIOUS_MAX or "_" in prev or not _ENDS.search(prev) or _CUT.match(prev):
        return None
    resolved = apply(
        prev, len(prev), len(prev), resolve(dm, prev, before.start in dm.resolvable, before.start)
    )
    if resolved is None:
        return None
    # "Thus, on 1 August 1944, …": the borrowed sentence's own link to what came before goes
    prev = drop_lead_adverbial(resolved[0], len(resolved[0]), len(resolved[0]))[0]
    if ANAPHOR.search(prev) or not has_finite_verb(prev) or first_antecedent(prev) >= len(prev):
        return None  # leans on what came before it too, or names nothing
    rest = text[:a] + " " + text[b:]
    pos = 0
    while dangling := ANAPHOR.search(rest[pos:]):
        if not _answers(dm, prev, dangling.group(0).split()[-1].lower()):
            return None
        pos += dangling.end()
    joined = prev + " " + text
    shift = len(prev) + 1
    return joined, a + shift, b + shift


def _answers(dm: DocModel, prev: str, word: str) -> bool:
    """True when the sentence before can say what `word` means: a person for "he" or "she"
    (one the article names in full, or its subject), a name for "it" or "they", the same
    noun for "the settlement"."""
    if word in _PERSONAL:
        names = {*dm.people.full, *dm.people.full.values()}
        if dm.kind == "person":
            names |= dm.aliases | {dm.subject}
        return any(n in prev and _word(n).search(prev) for n in names)
    return word in _REFERRING or word[:5] in prev.lower()


@lru_cache(maxsize=4096)
def _word(name: str) -> re.Pattern[str]:
    """The name between word boundaries."""
    return re.compile(rf"\b{re.escape(name)}\b")
