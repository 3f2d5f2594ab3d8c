"""People an article names in full ("Peyton Manning") and later by surname alone ("Manning").

A stem cut from one sentence loses the paragraph that introduced a person: "Manning was the #1
selection …" asks about somebody the learner cannot place. Where the article names exactly one
person with that surname, the stem writes the full name at the surname's first mention; where
it names two ("Peyton Manning", "Eli Manning"), the surname alone is ambiguous and no stem is
written.

A full name here is two or three capitalised words whose first is no English word, no place
and no function word ("Corey Brown", "Shaq Thompson", "Royal E. Ingersoll" is read from its
first and last word), and whose last is no class word ("Levi's Stadium", "Super Bowl"). What
this misses stays as the article wrote it.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache, partial

from .gazetteer import gazetteer
from .lexicon import getAllLemmas
from .name_use import people_name
from .place_words import CLASS_WORDS

# A lookahead, so that "Quarterback Peyton" does not hide "Peyton Manning"; the capital tested
# first, so that the engine gives up at once at any other character
_FULL = re.compile(
    r"(?=[A-Z])(?<![\w'’.-])(?=(([A-Z][a-z]{1,15})(?: [A-Z]\.| [A-Z][a-z]{2,15})? ((?:Mc|Mac|O')?[A-Z][a-z]{2,20}))"
    r"(?![\w-]|['’](?!s\b)))"
)
_LOWER_WORD = re.compile(r"\b[a-z]+\b")
# A woman named by her given name and her maiden name: "Anne (née Glemham)", "the widowed
# Anne, Lady Tredway (née Gerrard)"
_NEE = re.compile(
    r"(?<![\w'’.-])([A-Z][a-z]{1,15})(?:,[^(),.;]{1,40})? \((?:née|nee|born) ([A-Z][\w'’-]{2,20})\b"
)
_CAPITAL_BEFORE = re.compile(r"[A-Z][\w'’.-]*\s$")
# Words that open a sentence before a name and are no part of it ("When Manning threw", "In
# Elizabeth's reign"); `referents` tells a given name's title from them too
SENTENCE_OPENERS = frozenset(
    "The A An In On At By After Before When While As And But Then Later Although Though Since "
    "Until Once If Because During With Without For From Under Upon Meanwhile However Also "
    "Both Neither Either Only Even Thus So Yet Still Eventually Finally Later Soon".split()
)
# a capitalised word after it, or a particle and one ("Gilles de Rais", "Ludwig van Beethoven")
_CAPITAL_AFTER = re.compile(  # a name or an initial goes on: "Charles F. Anderson"
    r"\s(?:(?:de|da|di|du|del|della|van|von|der|den|la|le|bin|ibn|al|el|y|dos|das) )?[A-Z](?:[a-z]|\.\s[A-Z])"
)


def _inside_name(text: str, start: int, end: int) -> bool:
    """True when a capitalised word stands next to the match: part of a longer name. An English
    word before it opens the sentence or is a title ("Quarterback Peyton Manning")."""
    if _CAPITAL_AFTER.match(text, end):
        return True
    before = _CAPITAL_BEFORE.search(text, max(0, start - 30), start)
    if before is None or before.group(0).strip().rstrip(".") in TITLES:
        return False  # "Dr Ben Pearson", "Sir Syed"
    return not getAllLemmas(before.group(0).strip().lower())


# Last words that make a name of a thing, not of a person.
_CLASS_WORDS = frozenset(
    "Stadium Bowl Center Centre Street Road Avenue Park River Lake Mountain Mountains Island "
    "Islands Bay Sea Ocean University College School Church Cathedral Museum Hall House Bridge "
    "Station Airport Hotel Palace Castle Tower Square Plaza Valley County City State Province "
    "Republic Kingdom Empire Army Navy Force Forces Corps Party Company Group Records Award "
    "Awards Prize Cup League Championship Conference Association Society Council Committee "
    "Trophy Field Lane Wireless Institute Foundation Agency Office Department Ministry Court Act Treaty War Battle Games "
    "Day Week Year Age Era Period Dynasty Times Post News Press Journal Radio Network "
    "Duchy Principality Voivodeship Governorate Emirate Khanate Sultanate Caliphate Territory "
    "Protectorate Commonwealth Confederation Republic Region Duchies "
    "Doctrine Theory Principle Effect Plan Creek Brook Falls Point Harbor Harbour".split()
)
TITLES = frozenset(
    "Dr Mr Mrs Ms Sir Lord Lady Dame Prof Professor Rev Judge Justice Duke Duchess King Queen "
    "Prince Princess Count Countess Emperor Empress Pope Bishop Archbishop Cardinal General "
    "Captain Admiral Colonel Marshal President Chancellor Baron Baroness Earl Marquess "
    "Marquis Viscount Viscountess Lord Lady Sultan Shah Khan Emir Tsar Czar Kaiser".split()
)
_NOT_GIVEN = (
    TITLES
    | frozenset(
        "The A An In On At By For From To Of With During After Before Since Until Under As When "
        "While Where Which Who What This That These Those There Their His Her Its Our Your Some "
        "If And But Or Nor Yet So Because Although Though Whether Unless Once Whereas Than Then "
        "Also Even Only Not Despite Between Among Against Through Into Upon Over Without Within "
        "Like Unlike Such How Why Whose Whom "
        "Many Most All Both Each Every No North South East West Northern Southern Eastern Western "
        "Central Upper Lower New Old Great Little Saint San Santa Los Las Fort Mount Lake Port "
        "January February March April May June July August September October November December "
        "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
    )
    | frozenset(  # faiths, written capitalised before a noun: "Sunni Muslim rule" is nobody
        "Muslim Muslims Hindu Sikh Jewish Buddhist Sunni Shia Shiite Catholic Protestant Orthodox "
        "Islamic".split()  # not Christian (Christian Goldbach) nor Jain (a surname)
    )
)


DEMONYM = ("ish", "ese", "can", "ean", "nian", "lian", "man")  # British, Chinese, American…


@dataclass(frozen=True, slots=True)
class People:
    """Surname → the one full name the article gives it; surnames two people share. A given
    name the article's full names give two people ("Anne Gerrard", "Anne Glemham") is shared
    too: "Anne died in 1627" does not say which."""

    full: dict[str, str]
    shared: frozenset[str]
    shared_given: frozenset[str] = frozenset()
    # a title and a surname the article writes as a name of its own, again and again ("Shah Mir"
    # of the Shah Mir dynasty, beside the militant Javed Ahmed Mir)
    titled: frozenset[str] = frozenset()


def people(text: str, subject: str = "", things: frozenset[str] = frozenset()) -> People:
    """The article's people, from its full names (and its subject's, for a biography). `things`
    are the words that name a subject that is no person: in Harvard University's article a lone
    "Harvard" is the university, never John Harvard."""
    names: defaultdict[str, set[str]] = defaultdict(set)
    given_to: defaultdict[str, set[str]] = defaultdict(set)  # given name → surnames
    mentions: Counter[str] = Counter()
    # a given name is never written in lower case: "But Gilles", "Although Jean" are no names
    lower = frozenset(_LOWER_WORD.findall(text))
    # words the text writes before a model's number or letters ("Apollo 11", "Saturn V"): they
    # name a series of things, not a person ("Apollo Saturn")
    designated = [(m.group(1), m.group(2)) for m in _DESIGNATED.finditer(text)]
    numbered = {word for word, number in designated if number[0].isdigit()}
    lettered = {word for word, _ in designated}
    adjectival = lru_cache(maxsize=None)(partial(people_name, text))
    for m in _FULL.finditer(text):
        given, surname = m.group(2), m.group(3)
        if _inside_name(text, m.start(1), m.end(1)):
            continue
        if given.lower() in lower or surname in _NOT_GIVEN or _numeral_at_end(text, m.group(1)):
            continue  # "Saturn I. The S-IB …": a rocket's numeral ends a sentence
        if given == surname or given in things:
            continue  # "Xerxes I. Xerxes began …": a king's numeral ends a sentence; "Harvard
            # Yard" in Harvard University's article is the subject's, no person's
        if _THE_BEFORE.search(text, max(0, m.start() - 4), m.start()):
            continue  # "the Christian Jovian", "the Khamag Mongol": an adjective and a name
        if given in numbered or surname in lettered:
            continue  # "Apollo Saturn": the text writes "Apollo 11" and "Saturn V"
        if (
            _is_given(given)
            and surname not in _CLASS_WORDS
            and _is_surname(surname, lower)
            and not adjectival(surname)  # "American settlers": no "Filipino American"
        ):
            names[surname].add(m.group(1))
            given_to[given].add(surname)
            mentions[m.group(1)] += 1
    for m in _NEE.finditer(text):
        if _is_given(m.group(1)):
            given_to[m.group(1)].add(m.group(2))  # a maiden name tells two Annes apart
    for word in things:
        names.pop(word, None)
    # "Birendra of Nepal", "Dudley Carleton, 1st Viscount Dorchester": what follows "of" or a
    # comma is a realm or a title, never the subject's surname ("Jin forces" is no person's)
    for part in re.split(r",| of ", subject)[0].split()[1:]:
        if part[:1].isupper() and len(part) > 2 and part not in TITLES:  # "Khan" of Genghis
            # in a biography a lone "Hasan" or "Strauss" means its subject, whoever else shares it
            names[part] = {subject}
    full = {s: _main(n, mentions) for s, n in names.items() if _main(n, mentions)}
    # an English word ("Commission", "Brown") alone may be the word: never a reason to refuse
    shared = frozenset(s for s in names if s not in full and not _is_english(s.lower()))
    shared_given = frozenset(g for g, surnames in given_to.items() if len(surnames) > 1)
    titled = Counter(m.group(0) for m in _TITLED.finditer(text))
    return People(
        full,
        shared,
        shared_given.difference(full),
        frozenset(n for n, k in titled.items() if k >= 2 and _own_name(n, full, text)),
    )


def _own_name(titled: str, full: dict[str, str], text: str) -> bool:
    """True when a title and a surname name someone other than the surname's full name: the
    article never writes the title before that full name ("Shah Mir", but "General Lee" beside
    "General Robert E. Lee")."""
    title, surname = titled.split(" ", 1)
    name = full.get(surname)
    return name is not None and f"{title} {name}" not in text


# the capital first: the engine skips to capitals instead of trying every title at each place
_TITLED = re.compile(rf"(?=[A-Z])\b(?:{'|'.join(sorted(TITLES))}) [A-Z][a-z]+\b")


_THE_BEFORE = re.compile(r"\b[Tt]he $")


def _quoted(text: str, at: int) -> bool:
    """True inside a quotation: its words are the speaker's, never rewritten."""
    before = text[:at]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


# The capital first, then the word boundary before it (no word character): the regex engine
# skips to the capitals instead of trying the boundary at every position of the text.
_DESIGNATED = re.compile(r"([A-Z](?<!\w[A-Z])[a-z]+)\s+([A-Z]{1,3}|\d+)\b(?!\.)")


def _numeral_at_end(text: str, name: str) -> bool:
    """True when the name's middle initial is a numeral the text writes without its dot
    elsewhere ("Saturn V. Apollo 8 …" where the article says "the Saturn V rocket"): the dot
    ends a sentence, and the next word opens another."""
    parts = name.split()
    if len(parts) != 3 or parts[1] not in ("I.", "V.", "X."):
        return False
    return re.search(rf"\b{re.escape(parts[0])} {parts[1][0]}\b(?!\.)", text) is not None


def _main(names: set[str], mentions: Counter[str]) -> str:
    """The person a lone surname means: the only one, or the one the article names in full
    more often than all the others together ("Lauren Dickason" against her husband, named
    once); '' when none stands out."""
    by_given: Counter[str] = Counter()
    spelled: dict[str, str] = {}
    for n in sorted(names):  # "Peyton Manning" and "Peyton E. Manning" are one person
        by_given[n.split()[0]] += mentions[n] or 1
        spelled.setdefault(n.split()[0], n)
    (first, count), *rest = by_given.most_common()
    others = sum(c for _, c in rest)
    return spelled[first] if not rest or count > 2 * others else ""


@lru_cache(maxsize=65536)  # an article names the same people again and again
def _is_given(word: str) -> bool:
    """A given name: no function word, no English word, no large place."""
    if word in _NOT_GIVEN or word.endswith(DEMONYM) or getAllLemmas(word.lower()):
        return False
    # "Denver Broncos", "Boston Globe": a large place is no given name; "Ann" (a town of
    # Myanmar) still is one
    return not any(p.cls != "city" or p.population >= 200_000 for p in gazetteer().lookup(word))


@lru_cache(maxsize=65536)
def _is_surname(word: str, lower: frozenset[str] = frozenset()) -> bool:
    """A surname: no place the gazetteer knows by that name alone, no plural of an English word
    (a team or a people: "Broncos", "Steelers"), no English word ("Commission") unless the
    article never writes that word in lower case (`lower`, its lower-case words: "Corey Brown"
    and "Von Miller" of an article with no "brown" or "miller"): a lone one may mean something
    else, and a wrong full name makes a stem false."""
    if gazetteer().lookup(word) or (word.endswith("s") and getAllLemmas(word.lower()[:-1])):
        return False
    # an English word the text also writes as a word is never taken for a surname:
    # "Commission v Italy" is no "Santer Commission", however the article capitalises it
    return not _is_english(word.lower()) or (bool(lower) and word.lower() not in lower)


def _is_english(lower: str) -> bool:
    """A base form of an English word ("brown", "commission"; not "manning")."""
    return any(lower in forms for forms in getAllLemmas(lower).values())


Edit = tuple[int, int, str]
# A capitalised word standing alone: a surname's later mention, if the article gave it in full
# (the capital first, the boundary after it: the regex engine skips to the capitals)
_ALONE = re.compile(r"([A-Z](?<![\w'’.-].)[a-z]{2,20})(?![\w-])")
# "Newcastle store Bainbridge's, opened in 1838": a possessive with no noun after it is a name
_BUSINESS = re.compile(r"['’]s(?:[,;:.)]|\s+(?:is|was|has|had|opened|closed)\b)")
_PLACE_NOUNS = (
    "corner",
    "corners",
    "crossing",
    "landing",
    "mill",
    "mills",
    "ferry",
    "cove",
    "wood",
    "hospital",
    "college",
    "church",
    "inn",
)
# "Shane's Corners", "Guy's Hospital": a surname's possessive before a place's or a body's
# noun is part of that name, no person's mention
_NAMED_PLACE_AFTER = re.compile(
    r"['’]s\s+(?:"
    + "|".join(sorted(w.capitalize() for w in (*CLASS_WORDS, *_PLACE_NOUNS)))
    + r")\b"
)
# An article and an adjective before a capitalised word: it modifies a noun ("a holy Jain
# location", "the ancient Roman road"); a person is not written "a holy Smith".
_MODIFIED = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat) (?:[a-z]+ ){1,2}$")


_ROMAN_AFTER = re.compile(r"\s[IVX]+\b")


def _lone_given(text: str, start: int, end: int) -> bool:
    """A given name standing alone as a clause's subject: no name or numeral ("Charles I")
    with it."""
    if _inside_name(text, start, end) or _ROMAN_AFTER.match(text, end):
        return False
    # as a clause's subject ("Anne died in 1627"); elsewhere a capitalised word is far more
    # often a name's other part, a ship or a people than one of two namesakes
    return not text[:start].strip() or text[:start].rstrip().endswith((".", ";", ":"))


# A surname followed by a model's letters or number names a thing: "Saturn V", "Saturn IB"
_DESIGNATOR = re.compile(r"\s+(?:[A-Z]{1,3}|\d+)\b(?!\.)")
# A surname followed by a day of the month is the month: "June 22", "May 9, 1926"
_IN_DATE = re.compile(r"\s+\d{1,2}(?:st|nd|rd|th)?\b(?![.,]\d)")


# `surname_edits` once per sentence, not once per fact of it: (id of the people, text) →
# (the people, the edits). Holding the people keeps their id from being reused.
_SURNAME_CACHE: dict[tuple[int, str], tuple[People, list[Edit] | None]] = {}


def surname_edits(found: People, text: str) -> list[Edit] | None:
    """`_surname_edits`, memoised per article's people (callers only read the edits)."""
    key = (id(found), text)
    hit = _SURNAME_CACHE.get(key)
    if hit is not None and hit[0] is found:
        return hit[1]
    if len(_SURNAME_CACHE) > 65536:
        _SURNAME_CACHE.clear()
    edits = _surname_edits(found, text)
    _SURNAME_CACHE[key] = (found, edits)
    return edits


def _surname_edits(found: People, text: str) -> list[Edit] | None:
    """Edits that write the full name at each surname's first lone mention in `text`; None when
    a lone surname is one two people of the article share."""
    edits: list[Edit] = []
    seen: set[str] = set()
    for m in _ALONE.finditer(text):
        surname = m.group(1)
        if surname in found.shared_given and _lone_given(text, m.start(), m.end()):
            return None  # "Anne died in 1627" where the article names two Annes
        if surname not in found.full and surname not in found.shared:
            continue  # most capitalised words are nobody's surname: the cheap test first
        if (
            surname in seen
            or _inside_name(text, m.start(), m.end())
            or _BUSINESS.match(text, m.end())
            or _NAMED_PLACE_AFTER.match(text, m.end())
            or _MODIFIED.search(text, max(0, m.start() - 30), m.start())
            or _IN_DATE.match(text, m.end())
            or _DESIGNATOR.match(text, m.end())
            or _THE_BEFORE.search(text, max(0, m.start() - 4), m.start())
            or _quoted(text, m.start())
        ):
            continue  # "a holy Jain location": after an article and an adjective, no person;
            # "June 22": a month, not Harold June; "the Mongol army": a people, not Khamag Mongol
        seen.add(surname)
        if surname in found.shared:
            return None
        name = found.full.get(surname)
        before = _CAPITAL_BEFORE.search(text, max(0, m.start() - 30), m.start())
        if name and before and f"{before.group(0)}{surname}" in name:
            continue  # "Emperor Xizong": the name as the article writes it, no "Emperor Emperor"
        if before and f"{before.group(0)}{surname}" in found.titled:
            continue  # "Shah Mir" is a name of its own: no "Shah Javed Ahmed Mir"
        if before and before.start() > 0 and before.group(0).strip().rstrip(".") not in TITLES:
            continue  # "the Gauss Normal Chron": a capital inside the sentence goes with the name
        if (
            before
            and before.start() == 0
            and before.group(0).strip() not in SENTENCE_OPENERS | TITLES
        ):
            continue  # "Jimmy Dosanjh was killed …" opens on a given name: no "Jimmy Ron Dosanjh"
        if name and name not in text:
            edits.append((m.start(1), m.end(1), name))
    return edits
