"""What a personal pronoun of a stem may point to inside the stem: the first capitalised name
before it (`first_antecedent`), a person's name for "he" and "she" (not a country's, a body's
or a place named after someone), and the cases where a name before it is still no antecedent
(the pronoun is the subject after an opening participle phrase, or its own clause's object)."""

from __future__ import annotations

import re

from .lexicon import getAllLemmas

_ANTECEDENT_STOP = frozenset(
    "The A An In On At By During After Before From Following Since Until Under With When "
    "Where What Which Who How Why As Although Though While Despite Later Earlier However Then "
    "Also This These That Those There It He She They His Her Its Their Him Them Did Was Were "
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Albeit".split()
)


def first_antecedent(text: str) -> int:
    """Where the first capitalised name (not a sentence-opening function word) ends, or the
    text's length: a personal pronoun before it has nothing in the stem to point to."""
    for i, m in enumerate(_TOKEN.finditer(text)):
        word = m.group(0)
        if (
            word[:1].isupper()
            and word not in _ANTECEDENT_STOP
            and not (i == 0 and is_common_word(word))
        ):
            return m.end()
    return len(text)


_TOKEN = re.compile(r"[\w'’-]+")


def is_common_word(word: str) -> bool:
    """An English word that opens a sentence ("Two", "Several"), not a name ("Edison")."""
    return word.isalpha() and (word.lower() in _COMMON_OPENERS or bool(getAllLemmas(word.lower())))


_COMMON_OPENERS = frozenset("a an the in on at by some many most all both each every".split())


# "he" and "she" point to a person: a place ("Pakistan") or a body ("Pakistan Postal Services")
# before them is no antecedent.
HUMAN = frozenset("he she him his her hers himself herself".split())
_WHOLE_BEFORE = re.compile(r"\b[Tt]he (?:whole|entire) $")
_RUN = re.compile(r"[A-Z][\w'’.-]*(?: (?:of |de |van |von )?[A-Z][\w'’.-]*)*")
_BODIES = frozenset(
    "Services Service University College School Company Government Council Committee Party "
    "Army Navy Church Society Institute Museum Office Department Ministry Court Agency "
    "Association Bank Corporation Group Commission Parliament Assembly Congress League "
    "Union Board Authority Trust Foundation Club Team Fellowship Scholarship Award Prize Medal "
    "Fund Programme Program Project Festival Conference Treaty Act Agreement Convention "
    # a place named after someone is no person: "Matsuyama Rocks … named in his honour"
    "Rocks Rock Glacier Island Islands Peak Mountain Mountains Mount Bay Cape Point Sound Lake "
    "River Valley Ridge Range Crater Street Avenue Road Building Hall Bridge Station Park".split()
)


# "Founded in 1983 by philosophers … from Stanford and Xerox PARC, it strives …", "Originating
# as the Jama'at al-Tawhid wal-Jihad in 1999, it pledged …": a pronoun
# right after an opening participle phrase is the main clause's subject, the phrase's names are
# not what it stands for
_OPENER_SUBJECT = re.compile(
    r"(?:[A-Z][a-z]+(?:ed|ing)|Born|Built|Made|Known|Written|Begun|Held|Set|Run|Taken|Seen|Given)\b"
    r"[^;:]*?, (?:it|he|she|they)\b"
)


def opener_subject(text: str, pronoun: re.Match[str]) -> bool:
    """True when the pronoun is the subject after an opening participle phrase."""
    m = _OPENER_SUBJECT.match(text)
    return m is not None and m.end() == pronoun.end()


# "it" as a clause's subject rather than an object: a verb follows it ("Libya announced it would
# embargo …", "… for three years before it continued into Russia")
IT_SUBJECT = re.compile(
    r"\s+(?:would|will|was|were|is|had|has|could|should|might|may|can|did|does|must|spread|"
    r"began|became|[a-z]+ed)\b"
)


def object_of_its_subject(text: str, pronoun: re.Match[str]) -> bool:
    """True for "him", "them" or "it" whose only name before it is its own clause's subject: "When
    did Newcastle replace him with Lord Loudoun?", "The Indian Army rebuilt it" (a subject's own
    object would be "himself", "itself"). A
    possessive name may be the antecedent ("Edison's mother taught him")."""
    if pronoun.group(0).lower() not in ("him", "them", "it"):
        return False
    if pronoun.group(0).lower() == "it" and IT_SUBJECT.match(text, pronoun.end()):
        return False  # "Libya announced it would embargo …": the subject of the clause said
    names = [
        m for m in _RUN.finditer(text, 0, pronoun.start()) if m.group(0) not in _ANTECEDENT_STOP
    ]
    if len(names) != 1 or names[0].group(0).endswith(("'s", "’s")):
        return False
    between = text[names[0].end() : pronoun.start()]
    return len(between.split()) <= 2 and not re.search(r"[,;:]", between)


def person_before(text: str, end: int) -> bool:
    """True when a name before `end` may be a person's: not a place, not a body."""
    from .gazetteer import gazetteer  # the gazetteer loads lazily, on the first such stem

    for m in _RUN.finditer(text, 0, end):
        name = m.group(0)
        words = name.split()
        if len(words) == 1 and (name in _ANTECEDENT_STOP or is_common_word(name)):
            continue
        after_the = text[max(0, m.start() - 4) : m.start()] in ("the ", "The ")
        if len(words) == 1 and name.endswith("s") and after_the:
            continue  # "the Ottomans raided his estates": a people, not the "he"
        if _WHOLE_BEFORE.search(text, 0, m.start()):
            continue  # "the whole Empire": a thing, no person
        if (
            words[-1] in _BODIES
            or words[0] in _BODIES
            or any(
                p.cls in ("country", "state", "continent", "region") or p.population >= 1_000_000
                for p in gazetteer().lookup(name)
            )
        ):
            continue  # "Pakistan", "the Government of India", not "Edison" (a town, a surname)
        return True
    return False


# "they" and "them" point to several: names joined by "and" or "&", a plural noun, a capitalised
# plural ("the Allies", "Americans"), a collective noun, an acronym ("OPEC"), a body ("Western
# Union", "Edison Electric": a name ending in an English word) or a country
PLURAL = frozenset("they them their theirs themselves".split())
_SHARE = re.compile(r"\d ?(?:%|percent\b|per cent\b)")
_COLLECTIVE = frozenset(
    "army people government team family crew police navy public council committee party band "
    "group couple pair staff enemy company garrison fleet tribe clan force troops population "
    "majority minority partnership firm club dynasty empire kingdom republic nation community "
    "household audience crowd side".split()
)


def plural_before(text: str, end: int) -> bool:
    """True when something before `end` may be what "they" or "them" stands for, not only
    one person's name ("Thomas Edison was surprised to hear them offer …": who are they?)."""
    from .gazetteer import gazetteer  # the gazetteer loads lazily, on the first such stem

    before = text[:end]
    if " and " in before or " & " in before or _SHARE.search(before):
        return True  # "97% speaks Hindi as their first language": the people of that share
    for m in _TOKEN.finditer(before):
        word = re.sub(r"['’]s?$", "", m.group(0)).rsplit("-", 1)[-1]  # "Army's", "non-Russians"
        lower = word.lower()
        capital_plural = word[:1].isupper() and word.endswith("s") and len(word) > 3
        after_the = before[max(0, m.start() - 4) : m.start()] in ("the ", "The ")
        if lower in _COLLECTIVE or (capital_plural and (after_the or word.endswith("ans"))):
            return True  # "the Allies", "Americans"; not "Thomas"
        if len(word) > 1 and word.isupper() and word.isalpha():
            return True  # "OPEC"
        nouns = getAllLemmas(lower).get("NOUN", ()) if lower.endswith("s") else ()
        if nouns and lower not in nouns:
            return True  # "soldiers", a plural noun
    for m in _RUN.finditer(before):
        words = m.group(0).split()
        if words[-1] in _BODIES or (len(words) > 1 and is_common_word(words[-1])):
            return True
        if any(
            p.cls != "city" or p.population >= 1_000_000 for p in gazetteer().lookup(m.group(0))
        ):
            return True
    return False
