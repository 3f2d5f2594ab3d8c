"""Referents: which words of a stem lean on something it does not name, and how the article's
subject is written in for a leading pronoun ("He", "It") or a noun that stands for it
("the town")."""

from __future__ import annotations

import re

from .docmodel import DocModel
from .grammar import is_past
from .lexicon import getAllLemmas
from .plurals import LEADING_THEY
from .pronouns import LEADING

_PERSONAL = re.compile(
    r"\b(?:he|she|it|they|him|her|them|his|hers|its|their|theirs|himself|herself|itself|"
    r"themselves)\b",
    re.I,
)
# Words that always point outside the stem ("this", "there", "the next day"); "there is" is
# existential, "such as" introduces examples and "then" inside a sentence links its own clauses.
_DEICTIC = re.compile(
    r"\b(?:this|these|those(?! (?:who|which|that|of)\b)|such(?! as\b)|that (?:day|year|time|month|"
    r"week|night)|there(?! (?:is|are|was|were|has|have|had|will|would|may|might|could|can|"
    r"must|remain|remains|remained|exist|exists|existed|seems|seemed|appear|appears|"
    r"appeared|being|been)\b)|here|(?:years?|months?|days?|weeks?|decades?) (?:earlier|later)|earlier "
    r"(?:that|this|in the)|afterwards?|meanwhile|"
    r"(?:for|of|to|in|at|by|with|from|on|into|during|after|before) that (?=[a-z]+\b)|(?<!one )another|(?<!among )(?<!and )others|respectively|aforementioned|(?:the|as) "
    r"(?:above|below)|(?:since|until|till|by|from|before|after|just) then)\b|^(?:Then|Earlier|"
    r"Subsequently)\b",
    re.I,
)
# "the group", "the town": a definite noun of a kind that needs a name. The noun is lower case
# ("the Treaty of Paris" is a name) and no "of" + name follows ("the town of Otrar").
_DEFINITE_NOUNS = frozenset(
    "group latter former same following next previous day city town village company "
    "organisation organization band team couple pair emperor king queen president ship vessel "
    "building film book album party family brothers two three jihadists rebels militants "
    "attack offensive battle war campaign siege incident event area region site move plan "
    "effort agreement treaty decision project work school institution institute university "
    "college church temple mosque castle fort monument mausoleum park station railroad "
    "railway line bridge route weekend army proceedings trial garrison expedition conference "
    "ceremony game match tournament disease illness epidemic pandemic plague outbreak virus "
    "infection name term variant strain species evidence discovery practice movement method "
    "theory device machine aircraft boat investigation case scheme report study survey paper "
    "exhibition series mission operation raid assault invasion revolt rebellion uprising strike "
    "protest fire flood earthquake storm disaster accident crash explosion telecast broadcast "
    "show season truck car airport harbour harbor port terminal township municipality "
    "borough hamlet settlement transaction stronghold crowd".split()
)
# Nouns that need a name only as the subject of a clause: "The stadium opened in 2014" (which?),
# but "ranking sixth in the league" reads well without one.
_SUBJECT_NOUNS = frozenset(
    "stadium arena venue field league club committee franchise offense defense drive".split()
)
_DEFINITE_SUBJECT = re.compile(
    r"(?:^|[,;:]\s+)[Tt]he (?:[a-z$\d][\w$.,-]* ){0,2}(?:"
    + "|".join(sorted(_SUBJECT_NOUNS))
    + r")\b(?!-| of )"
)
_DEFINITE = re.compile(
    r"\b(?:[Tt]he|[Tt]hat) (?:[a-z$\d][\w$.,-]* ){0,2}(?:"
    + "|".join(sorted(_DEFINITE_NOUNS))
    + r")\b(?!-| of (?:the )?(?:[A-Z]|_|\s))"
)
_ANTECEDENT_STOP = frozenset(
    "The A An In On At By During After Before From Following Since Until Under With When "
    "Where What Which Who How Why As Although Though While Despite Later Earlier However Then "
    "Also This These That Those There It He She They His Her Its Their Him Them Did Was Were "
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
)


class Dangling:
    """Finds the first word of a stem that leans on a referent the stem does not name.

    A personal pronoun is fine when a name stands before it in the same stem ("Edison sold his
    patent"): it points back inside its own sentence. Behaves like a compiled pattern's search.
    """

    def search(self, text: str) -> re.Match[str] | None:
        """The first dangling referent in `text`, or None."""
        words = frozenset(_WORD.findall(text.lower()))
        found = []
        if words & _DEICTIC_WORDS:
            found.append(next((m for m in _DEICTIC.finditer(text) if not _anchored(text, m)), None))
        if words & _DEFINITE_NOUNS:
            found.append(_DEFINITE.search(text))
        if words & _SUBJECT_NOUNS:
            found.append(_DEFINITE_SUBJECT.search(text))
        if words & _ORDINAL_WORDS:
            found.append(_headless_ordinal(text))
        if "it" in words:
            found.append(_OBJECT_IT.search(text))
        if words & _PERSONAL_WORDS:
            pronoun = _PERSONAL.search(text)  # only the first can dangle: a name before it
            if pronoun and _first_antecedent(text[: pronoun.start()]) >= pronoun.start():
                found.append(pronoun)  # covers every later one too
        hits = [m for m in found if m]
        return min(hits, key=lambda m: m.start()) if hits else None


ANAPHOR = Dangling()
# "lost 30,000 inhabitants to it": "it" after a preposition is what the last sentence was about
_OBJECT_IT = re.compile(
    r"\b(?:to|from|of|by|with|against|into|about|for|on|over|through|after|before|than) it\b"
)
_ORDINAL_WORDS = frozenset("first second third last earliest latest oldest final".split())
# "The earliest comes from …", "the first variant entered …": the first or earliest of what?
_ORDINAL = re.compile(
    r"\b[Tt]he (?:first|second|third|last|earliest|latest|oldest|final)(?: ([a-z]+))? ([a-z]+)\b"
)
_ORDINAL_BARE = re.compile(
    r"\b[Tt]he (?:first|second|third|last|earliest|latest|oldest) (?:in|since|at|on|to)\b"
)
_PREDICATES = frozenset("is was are were has had comes came dates dated appears appeared".split())


def _headless_ordinal(text: str) -> re.Match[str] | None:
    """An ordinal or superlative subject with at most one plain noun and no "of …" after it,
    directly followed by its verb: it ranks something the stem does not name."""
    bare = _ORDINAL_BARE.search(text)
    if bare:
        return bare  # "The first in California since …": the first what?
    for m in _ORDINAL.finditer(text):
        if any(w in _PREDICATES or (w.endswith("ed") and is_past(w)) for w in m.groups() if w):
            return m
    return None


# "born in Newcastle in 1709 and died there": "there" points to a place named before it.
_LOCATIVE = re.compile(r"\b(?:in|at|to|from|near) (?:the )?[A-Z]")


def _anchored(text: str, m: re.Match[str]) -> bool:
    """True for a "there" that has a place named before it in the same stem."""
    return m.group(0).lower() == "there" and bool(_LOCATIVE.search(text, 0, m.start()))


_WORD = re.compile(r"[a-z]+")
# Cheap pre-filters: a pattern is only run when one of its words is in the text.
_DEICTIC_WORDS = frozenset(
    "this these those such that there here subsequently earlier afterward afterwards meanwhile "
    "another others respectively aforementioned above below then subsequently later".split()
)
_PERSONAL_WORDS = frozenset(
    "he she it they him her them his hers its their theirs himself herself itself themselves".split()
)


def _first_antecedent(text: str) -> int:
    """Where the first capitalised name (not a sentence-opening function word) ends, or the
    text's length: a personal pronoun before it has nothing in the stem to point to."""
    for i, m in enumerate(_TOKEN.finditer(text)):
        word = m.group(0)
        if (
            word[:1].isupper()
            and word not in _ANTECEDENT_STOP
            and not (i == 0 and _is_common_word(word))
        ):
            return m.end()
    return len(text)


_TOKEN = re.compile(r"[\w'’-]+")


def _is_common_word(word: str) -> bool:
    """An English word that opens a sentence ("Two", "Several"), not a name ("Edison")."""
    return word.isalpha() and (word.lower() in _COMMON_OPENERS or bool(getAllLemmas(word.lower())))


_COMMON_OPENERS = frozenset("a an the in on at by some many most all both each every".split())


Edit = tuple[int, int, str]


def resolve(dm: DocModel, text: str, resolvable: bool, start: int | None = None) -> list[Edit]:
    """Edits that write the subject in for a leading pronoun (when the document model says it
    means the subject, or names the previous sentence's subject it means, for the sentence at
    `start`) and for "the <noun>" that stands for the subject ("the town")."""
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
    elif m and resolvable and m.group(2).lower() in _WORDS[dm.pronoun]:
        word, subject = m.group(2), _capital(dm.subject, m.start(2) == 0)
        possessive = word.lower() in ("his", "its") or (
            word.lower() == "her" and not _is_object(text, m.end())
        )
        edits.append((m.start(2), m.end(2), subject + ("'s" if possessive else "")))
    for d in _defined(dm, text):
        if not any(s <= d.start() < e for s, e, _ in edits):
            edits.append((d.start(), d.end(), _capital(dm.subject, d.start() == 0)))
    for d in _place_modifiers(dm, text):
        if not any(s <= d.start() < e for s, e, _ in edits):
            noun = d.group(0).split()[-1]
            edits.append((d.start(), d.end(), f"{_capital(dm.subject, d.start() == 0)} {noun}"))
    return edits


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
    return [m for m in pattern.finditer(text) if _ends_noun_phrase(text[m.end() :])]


_FOLLOWERS = frozenset(
    "also now today currently itself in on at of for from to with by as and or but was were is are "
    "has had have would "
    "could will can did does not then still first later soon when where which that who whose "
    "until after before since during into through under over".split()
)


def _ends_noun_phrase(after: str) -> bool:
    """True when the noun ends its phrase ("the city was", "the city's"), not when it modifies
    the next noun ("the city limits", "the university campus")."""
    m = re.match(r"('s|’s)?\s*([\w-]+)?", after)
    word = m.group(2) if m and m.group(2) else ""
    if not word or (m and m.group(1)) or not word.islower():
        return True
    return word in _FOLLOWERS or word.endswith("ly") or is_past(word) or _is_present_verb(word)


def _is_present_verb(word: str) -> bool:
    """'owns', 'operates': a verb's third person that is no noun's plural ('buildings')."""
    if not word.endswith("s") or word.endswith("ss"):
        return False
    lemmas = getAllLemmas(word)
    return "VERB" in lemmas and "NOUN" not in lemmas


_PATTERNS: dict[frozenset[str], re.Pattern[str]] = {}


def _noun_pattern(nouns: frozenset[str]) -> re.Pattern[str]:
    found = _PATTERNS.get(nouns)
    if found is None:
        alts = "|".join(sorted(map(re.escape, nouns)))
        found = re.compile(
            rf"\b[Tt]he (?:{alts})\b(?!-|'?s? of |\s+[a-z]+(?:ed)?\s+(?:hall|house|council)\b| [A-Z])"
        )
        if len(_PATTERNS) > 256:
            _PATTERNS.clear()
        _PATTERNS[nouns] = found
    return found


def _capital(name: str, first: bool) -> str:
    return name[:1].upper() + name[1:] if first else name


def apply(text: str, a: int, b: int, edits: list[Edit]) -> tuple[str, int, int] | None:
    """Apply edits outside the answer span [a, b); None when one would touch it."""
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


# A clause whose subject is "the <common noun>" or "a <common noun>" ("The proceedings began …",
# "A new bus station … was opened …"): it needs a name somewhere to be understood.
_BARE_SUBJECT = re.compile(r"^(?:[^,]{0,40},\s+)?(?:[Tt]he|An?) [a-z]")


def in_context(dm: DocModel, text: str, a: int, b: int) -> tuple[str, int, int] | None:
    """A stem that names nothing and whose subject is "the <noun>" ("When was the architecture
    program started?") needs the article open: in an article about a place it is set there
    ("In Warsaw, …"); otherwise it is not used."""
    rest = text[:a] + " " + text[b:]
    if _first_antecedent(rest) < len(rest) or not _BARE_SUBJECT.match(rest):
        return text, a, b
    if dm.kind != "place":
        return None
    first = text.split(" ", 1)[0]
    if _is_common_word(first):
        text = text[:1].lower() + text[1:]
    prefix = f"In {dm.subject}, "
    return prefix + text, a + len(prefix), b + len(prefix)
