"""What a stem needs to be read without its article: the place it happens in ("In
Jacksonville, …"), or the article as its topic ("Super Bowl 50: …"), and a biography's life
dates asked as a question. The sentence before, when the stem leans on it, is `previous.py`'s.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .antecedents import first_antecedent, is_common_word
from .docmodel import DocModel
from .model import BLANK, Fact, Stem
from .people import DEMONYM
from .place_words import NAME_RUNS

# Words that open a clause and are written lower-case once a phrase is set before them.
_OPENERS = frozenset(
    "The A An In On At By For After As During With From Of To Under Since Until While When "
    "Although Though Following Upon Before Between Among Over Within Despite If Unless Because "
    "Whether Once".split()
)

# A clause whose subject is "the <common noun>" or "a <common noun>" ("The proceedings began …",
# "A new bus station … was opened …"): it needs a name somewhere to be understood.
_BARE_SUBJECT = re.compile(r"^(?:[^,]{0,40},\s+)?(?:[Tt]he|An?) [a-z]")


def in_context(
    dm: DocModel, text: str, a: int, b: int, place: bool = False
) -> tuple[str, int, int] | None:
    """A stem read without its article must say where it happens. In an article about a place,
    a stem that does not name the place is set there ("In Jacksonville, other notable structures
    include …"), unless its answer is the place itself or another town or area, or opens the
    sentence: those carry the place as their topic ("Saqqara: _____ of the coffins …"). Elsewhere, a stem that names nothing and
    whose subject is "the <noun>" ("When was the architecture program started?") needs the
    article open and is not used."""
    rest = text[:a] + " " + text[b:]
    if dm.kind in ("place", "site"):
        if (
            names_subject(dm, rest)
            or names_subject(dm, text[a:b])
            or _OTHER_SITE.search(rest)
            or _elsewhere(rest)
            or (dm.kind == "site" and _names_a_place(rest, dm.subject))
            or (place and _names_a_place(text[a:b], dm.subject))
            or a == 0
            or _PARTICIPLE.match(text)
        ):
            # another site named, the answer another town or area ("In Saqqara, _____ was no
            # longer the capital" of Memphis), or the blank opening the sentence ("Two of the
            # coffins": "In Saqqara, Two" would take the capital inside): the place is the
            # stem's topic (`labelled`)
            return text, a, b
        return set_in(dm.subject, text, a, b, "At" if dm.kind == "site" else "In")
    if first_antecedent(rest) < len(rest) or not _BARE_SUBJECT.match(rest):
        return text, a, b
    return None


# An opening participle phrase: "Led by Isaiah D. Hart, residents …" ("In Jacksonville, led by
# Isaiah D. Hart, residents" would hang it on the town)
_PARTICIPLE = re.compile(r"[A-Z][a-z]*(?:ed|en|ing) (?:by|in|on|at|as|with|from|to|for)\b")


# A named site ("Hadrian's Wall", "the Üç Şerefeli Mosque"): a sentence about it, in a place's
# article, may tell of what lies beyond the place ("In Newcastle, the extent of Hadrian's Wall
# was 73 miles" would be false); such a stem carries the place as its topic instead
_OTHER_SITE = re.compile(
    r"\b[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)* (?:Wall|Mosque|Church|Cathedral|Castle|Palace|Tower|"
    r"Bridge|Abbey|Temple|Fort|Stadium|Museum|Gate|Dam|Canal|Road|Way)\b"
)


# "… captured the fortification on the Lawe in South Shields": a town the sentence sets it in
_IN_TOWN = re.compile(r"\bin ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)*)")


def _elsewhere(text: str) -> bool:
    """True when the text sets what it tells in a town ("in South Shields"): "In Newcastle upon
    Tyne, …" before it would set it in two places."""
    from .gazetteer import gazetteer  # loaded once per process, on the first place article

    return any(
        p.cls == "city" for m in _IN_TOWN.finditer(text) for p in gazetteer().lookup(m.group(1))
    )


_AREAS = frozenset({"country", "region", "continent", "state", "city"})


def _names_a_place(text: str, subject: str) -> bool:
    """True when the text names a town, region or country other than the site's own: "At
    Elmina Castle, the Portuguese first reached the Gold Coast in 1471" would put the coast at
    the castle (built in 1482)."""
    from .gazetteer import gazetteer  # loaded once per process, on the first site article

    return any(
        p.cls in _AREAS
        for m in NAME_RUNS.finditer(text)
        if m.group(0) not in subject
        for p in gazetteer().lookup(m.group(0))
    )


def labelled(dm: DocModel, fact: Fact, stem: Stem) -> Stem | None:
    """A stem in an article about an event or a thing that does not name it (or in a biography,
    one that names nobody) carries the article as its topic ("Super Bowl 50: Denver's offense
    was kept out of the end zone for _____ plays"): the sentence is read as the article meant
    it, and no "In …" claims it happened there. Not when a word of the answer is in the topic ("the _____th Super Bowl"): then a
    stem that calls the topic by its noun alone ("within two model years of the _____ crisis")
    cannot say which, and is None."""
    if not dm.label or names_subject(dm, stem.text):
        return stem
    if dm.kind == "person" and _names_someone(dm, stem.text):
        return stem  # "When did Pietro Badoglio agree to …": a person of the life is its topic
    if _shares_word(fact.text, dm.label):
        return None if _subject_noun_at_blank(dm, stem.text) else stem
    return Stem(stem.style, f"{dm.label}: {stem.text}", stem.quality)


def _names_someone(dm: DocModel, text: str) -> bool:
    """True when the stem names a person of the article (by a full name or a surname)."""
    return any(
        name in text and _named_in(name).search(text)
        for name in (*dm.people.full, *dm.people.full.values())
    )


def _subject_noun_at_blank(dm: DocModel, text: str) -> bool:
    """True when the blank stands before a noun that stands for the subject ("the _____
    crisis" in the 1973 oil crisis's article)."""
    at = text.find(BLANK)
    after = _WORDS_AFTER.match(text, at + len(BLANK)) if at >= 0 else None
    return after is not None and bool(set(after.group(0).split()) & dm.nouns)


_WORDS_AFTER = re.compile(r"(?:\s+[a-z-]+){1,2}")


_TOKEN = re.compile(r"\d+|[^\W\d_]{3,}")


def _shares_word(answer: str, label: str) -> bool:
    """True when a number or a word of three letters or more of the answer is in the label
    (not "the": "the 2020s" gives nothing of "The Taj Mahal" away)."""
    words = {w.lower() for w in _TOKEN.findall(label)} - _FUNCTION_WORDS
    return any(w.lower() in words for w in _TOKEN.findall(answer))


_FUNCTION_WORDS = frozenset({"the", "and", "for", "with", "from"})


def names_subject(dm: DocModel, text: str) -> bool:
    """True when the text names the article's subject by one of its names, or by the first
    word of its name when that word is no English word ("Newcastle International Airport")."""
    names = dm.aliases | {dm.subject}
    first = dm.subject.split(" ", 1)[0]
    if len(first) >= 4 and first.isalpha() and not is_common_word(first):
        names |= {first}
    return any(name in text and _named_in(name).search(text) for name in names)


@lru_cache(maxsize=4096)  # the same few names are looked for in every stem of an article
def _named_in(name: str) -> re.Pattern[str]:
    """The name as a whole word (no word character or hyphen around it)."""
    return re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")


# A leading "In <time>": "In 1967", "In the 1960s", "In March", "In early 2004", "In _____".
_IN_TIME = re.compile(
    r"In (?:the )?(?:early |late |mid-?)?(?:\d|_____|January|February|March|April|May|June|July|"
    r"August|September|October|November|December|spring|summer|autumn|fall|winter)"
)


def set_in(place: str, text: str, a: int, b: int, at: str = "In") -> tuple[str, int, int]:
    """ "In <place>, " (or "At <site>, ") before the stem; a leading "In 1967," becomes "In
    <place> in 1967,"."""
    if _IN_TIME.match(text):
        prefix = f"{at} {place} in "
        return prefix + text[3:], a + len(prefix) - 3, b + len(prefix) - 3
    prefix = f"{at} {place}, "
    return prefix + continued(text), a + len(prefix), b + len(prefix)


def continued(text: str) -> str:
    """The sentence after a phrase set before it: "The US Navy" → "the US Navy", "For every" →
    "for every"; "Tropical Storm Bonnie" stays."""
    first, _, after = text.partition(" ")
    if first in _OPENERS:
        return text[:1].lower() + text[1:]
    # a people's adjective keeps its capital: "Polish civilian deaths", "Indian troops"
    if is_common_word(first) and not after[:1].isupper() and not first.endswith((*DEMONYM, "ian")):
        return text[:1].lower() + text[1:]
    return text


# A biography's opening aside of its subject's life: "(25 June 1560 – 15 February 1634)",
# "(born 12 May 1900)", "(c. 1404 – 26 October 1440)"; its content only, no other words.
_LIFE = re.compile(
    r"(?:[^()]*;\s*)?(?P<born>born\s+|b\.\s*)?(?P<a>(?:c\.\s*|circa\s+)?[\dA-Z][^()–−;]{2,38}?)"
    r"(?:\s*[–−-]\s*(?:died\s+|d\.\s*)?(?P<b>(?:c\.\s*)?[\dA-Z][^()–−;]{2,38}?))?\s*"
)
_ASIDE = re.compile(r"\s*\(([^()]*)\)")


def life_question(dm: DocModel, fact: Fact) -> str | None:
    """ "When was Wilhelm Fabry born?" for the first date of the life aside that follows the
    subject's name at the head of a biography's sentence (after its other asides: "Wilhelm
    Fabry (also William Fabry) (25 June 1560 – 15 February 1634)"), "When did … die?" for the
    second."""
    if dm.kind != "person" or fact.kind != "date":
        return None
    text = fact.sentence.text
    name = next(
        (n for n in sorted(dm.aliases | {dm.subject}, key=len, reverse=True) if text.startswith(n)),
        "",
    )
    a, b = fact.start - fact.sentence.start, fact.end - fact.sentence.start
    pos = len(name) if name else -1
    while pos >= 0 and (m := _ASIDE.match(text, pos)):
        life = _LIFE.fullmatch(m.group(1))
        if life and m.start(1) <= a and b <= m.end(1):
            if m.start(1) + life.start("a") <= a and b <= m.start(1) + life.end("a"):
                return f"When was {dm.subject} born?"
            if life.group("b") and not life.group("born"):
                return f"When did {dm.subject} die?"
            return None
        pos = m.end()
    return None
