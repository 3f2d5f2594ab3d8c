"""Which pronouns opening a sentence mean the article's subject, or the name that opens the
sentence before them: "He" in a biography, "It" after "Warsaw is the capital of Poland.",
"It" after "Newcastle International Airport is …"."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .grammar import is_past
from .lexicon import getAllLemmas
from .model import Sentence

# Words that open a sentence's adverbial before its subject ("In 1990, he …", "Later, it …")
_OPENING_WORDS = (
    "In On At By During After Before From Following Since Until Under With When As Although "
    "Though While Despite Later Earlier However Then Also".split()
)
_OPENER = (
    rf"(?:(?:{'|'.join(_OPENING_WORDS)})\b[^,]{{0,120}},\s+|"
    r"(?:In|On|By|During|After|Before|From|Since|Until) (?:[A-Z][a-z]+ )?(?:\d{1,2} )?"
    r"(?:[A-Z][a-z]+ )?\d{3,4}s?\s+|"
    # "In the beginning of the 14th century it became …", "In the 1960s it grew …"
    r"(?:In|By|During|Towards?|At) the (?:(?:early |late )?(?:beginning|start|end|middle|"
    r"first half|second half|course) of the )?(?:\d{1,2}(?:st|nd|rd|th) century|\d{3}0s)\s+)"
)
# a second, lower-case phrase after the first: "On 25 December 1915, in Treviglio, he married …"
_THEN_OPENER = r"(?:(?:in|on|at|near|during|after|with)\b[^,]{0,40},\s+)?"
LEADING = re.compile(
    rf"^((?:{_OPENER}{_THEN_OPENER})?)(He|She|It|His|Her|Its|he|she|it|his|her|its)\b"
)
LEADING_ADVERBIAL = re.compile(rf"^{_OPENER}{_THEN_OPENER}")
_FUNCTION = frozenset(
    ["The", "A", "An", *_OPENING_WORDS]
    + "This These That Those There It He She They His Her Its Their Many Some Most Both Each One "
    "Two Three".split()
)


ASIDE = re.compile(r"\s*\([^()]*\)")


def resolvable_starts(
    sentences: Sequence[Sentence], aliases: frozenset[str], nouns: frozenset[str], pronoun: str
) -> frozenset[int]:
    """Sentences whose leading pronoun refers to the subject, paragraph by paragraph: the
    previous sentence names the subject or points to it (in a biography: names nobody else)."""
    out: set[int] = set()
    block, prev_about = -1, False
    leading = {"he": ("He", "His"), "she": ("She", "Her"), "it": ("It", "Its")}[pronoun]
    for s in sentences:
        if s.block.kind != "paragraph":
            continue
        if s.block.start != block:  # a biography's paragraph opening with "He" means its subject
            block, prev_about = s.block.start, pronoun != "it"
        core = LEADING_ADVERBIAL.sub("", s.text)
        first = core.split(" ", 1)[0].strip(",").capitalize()
        if first in leading and prev_about and not _EXPLETIVE.match(core):
            out.add(s.start)  # not "It is estimated that …": that "it" stands for nothing
            continue
        if _names_subject(core, aliases, nouns):
            # "It" may point to any thing the sentence names ("The city is served by the Tyne
            # and Wear Metro. It was opened in …"): only a sentence naming nothing else, or
            # defining the subject ("Warsaw is the capital of Poland."), will do
            prev_about = pronoun != "it" or bool(_DEFINES.match(_without_asides(core)))
            prev_about = prev_about or not _MID_NAME.search(core, 1)
        elif first in _PRONOUNS or _names_other(core):
            prev_about = False  # another referent now holds the stage
        else:
            # "After a stint at Columbia, Strauss secured a position …": the subject acts;
            # "…, during the attempted arrest, Concini was killed.": another person does, and
            # the "His widow" after it is his
            acts = pronoun != "it" and _acts(core, aliases)
            other = pronoun != "it" and not acts and _other_acts(core, aliases)
            prev_about = (prev_about or acts) and pronoun != "it" and not other
    return frozenset(out)


def _acts(core: str, aliases: frozenset[str]) -> bool:
    """True when a name of the subject stands before a verb of its own in the clause."""
    for a in aliases:
        for m in re.finditer(rf"(?<![\w-]){re.escape(a)} ([a-z]+)\b", core):
            if m.group(1) in _AUXILIARIES or is_past(m.group(1)):
                return True
    return False


_AUXILIARIES = frozenset("was is had has became would could did".split())
_AGENT = re.compile(r"(?<![\w'’.-])([A-Z][a-z]+) (was|were|had|has|became|[a-z]+ed)\b")


def _other_acts(core: str, aliases: frozenset[str]) -> bool:
    """True when a capitalised name that is none of the subject's, nor a place, stands before
    a verb of its own ("Concini was killed"), after the clause's first word."""
    from .gazetteer import gazetteer  # loaded once per process, on the first biography

    words = {w for a in aliases for w in a.split()}
    return any(
        m.start() > 0
        and m.group(1) not in words
        and m.group(1) not in _FUNCTION
        and not gazetteer().lookup(m.group(1))
        for m in _AGENT.finditer(core)
    )


def _without_asides(text: str) -> str:
    """The text without its parenthesised asides, nested ones included ("Warsaw (Polish:
    Warszawa [ˈ] ( listen); see also …) is the capital …")."""
    while "(" in text:  # every aside opens with one
        shorter = ASIDE.sub("", text)
        if shorter == text:
            return text
        text = shorter
    return text


_DEFINES = re.compile(r"^[^,;]{1,60}? (?:is|was|are|were) (?:a|an|the|one)\b")
_MID_NAME = re.compile(r"(?<=[\w,;] )[A-Z]")
_PRONOUNS = frozenset("He She It They His Her Its Their".split())


def _names_subject(core: str, aliases: frozenset[str], nouns: frozenset[str]) -> bool:
    """True when the clause begins with a name or noun of the subject."""
    bare = core.removeprefix("The ").removeprefix("the ")
    for a in aliases:  # "Newcastle University" is not Newcastle
        if bare.startswith(a) and not re.match(r"\w| [A-Z]", bare[len(a) : len(a) + 2]):
            return True
    return core.startswith("The ") and core[4:].split(" ", 1)[0].strip(",'’s") in nouns


def _names_other(core: str) -> bool:
    """True when the clause opens with a capitalised name (someone other than the subject)."""
    words = core.split()
    if not words:
        return False
    if words[0] == "The" and len(words) > 1:
        return words[1][:1].isupper()
    return words[0][:1].isupper() and words[0] not in _FUNCTION


# The subject of a sentence that names it: "The University Library garden, designed by Irena
# Bajerska, was opened …" → "The University Library garden".
_NAMED_SUBJECT = re.compile(
    r"^((?:The )?[A-Z][\w'’.&-]*(?: (?:[A-Z][\w'’.&-]*|of|upon|de|for|the))*(?: [a-z]+)?)"
    r"(?:, [^,;]{1,60},)? (?:is|was|remains|remained|became)\b"  # a copula: no object
)
# "It is clear that …", "It has been said that …": an "it" that stands for nothing
_EXPLETIVE = re.compile(
    r"^It (?:is|was|has been|had been|seems|seemed|became|becomes) (?:(?:[\w-]+ ){0,2}?"
    r"(?:that|whether|when|how)|(?:\w+ )?(?!\w+ed\b)\w+ (?:to|for))\b"
)
_IT = re.compile(r"(?:It|Its)\b")


def antecedents(sentences: Sequence[Sentence], resolvable: frozenset[int]) -> dict[int, str]:
    """Sentences of a paragraph opening with "It"/"Its" (after a leading adverbial) that follow
    one whose subject is a name standing alone: the pronoun means that subject. Not after a
    sentence whose subject is a pronoun or a list ("X and Y"), nor one naming an agent ("The city
    is served by the Tyne and Wear Metro. It was opened …": the pronoun may mean the agent)."""
    out: dict[int, str] = {}
    for prev, s in zip(sentences, sentences[1:], strict=False):
        if s.block.kind != "paragraph" or s.block.start != prev.block.start:
            continue
        if s.start in resolvable or not _IT.match(LEADING_ADVERBIAL.sub("", s.text)):
            continue
        core = LEADING_ADVERBIAL.sub("", ASIDE.sub("", prev.text))
        m = _NAMED_SUBJECT.match(core)
        if not m or re.search(r"\bby (?:the )?[A-Z]", core):
            continue
        name, words = m.group(1), m.group(1).split()
        if _EXPLETIVE.match(LEADING_ADVERBIAL.sub("", s.text)) or words[0] in _FUNCTION:
            continue
        if words[-1].islower() and (words[0] != "The" or not words[-2][:1].isupper()):
            continue  # "The University Library garden", not "Japan also", "Liquid oxygen"
        if words[0] != "The" and getAllLemmas(words[0].lower()):
            continue  # "Currently", "Another": an English word, not a name
        if words[0] == "The" and len(words) < 3 and words[-1].islower():
            continue  # "The city": a common noun, not a name
        out[s.start] = name[:1].lower() + name[1:] if words[0] == "The" else name
    return out
