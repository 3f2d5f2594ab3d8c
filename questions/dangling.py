"""Dangling referents: the first word of a stem that leans on something the stem does not name
("he" with no name before it, "this", "the town", "the largest,", "44 km away")."""

from __future__ import annotations

import re
from functools import lru_cache

from .grammar import is_past
from .lexicon import getAllLemmas

# This pattern and _DEICTIC open with a lookahead over the letters their words begin with: at
# any other position (a space, a comma, a "c" or "p" word) the regex engine gives up at once
# instead of trying every word. _DEICTIC, whose every match starts a word, tests the word
# boundary before that: inside a word it gives up before the lookahead.
_PERSONAL = re.compile(
    r"(?=[hist])\b(?:he|she|it|they|him|her|them|his|hers|its|their|theirs|himself|herself|itself|"
    r"themselves)\b",
    re.I,
)
# Words that always point outside the stem ("this", "there", "the next day"); "there is" is
# existential, "such as" introduces examples and "then" inside a sentence links its own clauses.
_DEICTIC = re.compile(
    r"\b(?=[abdefhijlmnorstuwy])(?:"
    r"\b(?:this|these|those(?! (?:who|which|that|of)\b)|such(?! as\b)|(?:last|next) (?:year|month|week)|that (?:day|year|time|month|"
    r"week|night)|there(?! (?:is|are|was|were|has|have|had|will|would|may|might|could|can|"
    r"must|remain|remains|remained|exist|exists|existed|seems|seemed|appear|appears|"
    r"appeared|being|been)\b)|here|(?:years?|months?|days?|weeks?|decades?) (?:earlier|later)|earlier "
    r"(?:that|this|in the)|afterwards?|meanwhile|"
    r"(?:for|of|to|in|at|by|with|from|on|into|during|after|before) that (?!of\b)(?=[a-z]+\b)|(?<!one )another|an? similar(?! to\b)|(?<!among )(?<!and )others|respectively|aforementioned|(?:the|as) "
    r"(?:above|below)|(?:since|until|till|by|from|before|after|just) then|"
    r"^(?:at|by) the time(?! of\b| when\b| that\b| (?-i:[A-Z]))|"
    r"the (?:first|second|third|last|next|other|same|latter|former) one(?! of\b))\b|"
    r"^(?:Then|Earlier|Subsequently)\b)",
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
    "borough hamlet settlement transaction stronghold crowd facility network campus reaction "
    "laboratory programme program plant factory festival flames blaze armada fleet flotilla "
    "squadron convoy argument claim broadcasts fee fence barrier ramp".split()
)
# Nouns that need a name only as the subject of a clause: "The stadium opened in 2014" (which?),
# but "ranking sixth in the league" reads well without one.
_SUBJECT_NOUNS = frozenset(
    "stadium arena venue field league club committee franchise offense defense drive".split()
)
_DEFINITE_SUBJECT = re.compile(  # a clause's subject: "… whether the stadium underwent …"
    r"(?:^|[,;:]\s+|\b(?:whether|when|if|because|while|although) )"
    r"[Tt]he (?:[a-z$\d][\w$.,-]* ){0,2}(?:" + "|".join(sorted(_SUBJECT_NOUNS)) + r")\b(?!-| of )"
)
# "the decision to cancel missions 18 and 19": the infinitive says which decision
_INTENT_NOUNS = frozenset("decision plan effort move campaign agreement project mission".split())
_NAMED_AFTER = r"\b(?!-| of (?:the |an? )?(?:[A-Z]|_|\s))"  # "the town of Otrar" names it
_DEFINITE = re.compile(  # the "t" first: the engine skips to it
    r"(?=[Tt])\b(?:[Tt]he|[Tt]hat) (?:(?!(?:to|of|and|or|in|on|at|by|for|with)\b)[a-z$\d][\w$.,-]* ){0,2}"
    r"(?:(?:"
    + "|".join(sorted(_DEFINITE_NOUNS - _INTENT_NOUNS))
    + ")|(?:"
    + "|".join(sorted(_INTENT_NOUNS))
    + r")(?! to [a-z]+\b))"
    + _NAMED_AFTER
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
        return _first_dangling(text)


@lru_cache(maxsize=65536)  # a stem is tested when written and again by lint
def _first_dangling(text: str) -> re.Match[str] | None:
    """`Dangling.search`: the first dangling referent in `text`, or None."""
    words = _lower_words(text)
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
    if "away" in words:
        found.append(_AWAY.search(text))
    if words & _PERSONAL_WORDS:
        # only the first can dangle (a name before it); "It is said that …" points nowhere
        pronoun = next(
            (m for m in _PERSONAL.finditer(text) if not _EXPLETIVE.match(text, m.start())), None
        )
        if pronoun and (
            first_antecedent(text[: pronoun.start()]) >= pronoun.start()
            or _opener_subject(text, pronoun)
            or (pronoun.group(0).lower() in _HUMAN and not _person_before(text, pronoun.start()))
            or _object_of_its_subject(text, pronoun)
        ):
            found.append(pronoun)  # covers every later one too
    hits = [m for m in found if m]
    return min(hits, key=lambda m: m.start()) if hits else None


ANAPHOR = Dangling()
# "lost 30,000 inhabitants to it": "it" after a preposition is what the last sentence was about
# "It is said the glow could be seen …": an "it" that stands for no thing
_EXPLETIVE = re.compile(
    r"[Ii]t (?:is|was|has been|had been) (?:said|reported|believed|thought|estimated|known|"
    r"claimed|alleged|rumou?red|likely|unlikely|possible|probable|clear|unclear)\b"
)
_OBJECT_IT = re.compile(
    r"\b(?:to|from|of|by|with|against|into|about|for|on|over|through|after|before|than) it\b"
)
# "Agra is 44 km away": away from what? A distance needs its "from".
_AWAY = re.compile(  # a figure, or the double space where the answer was taken out
    r"(?:\d[\d,.]*\s*(?:km|kilometres|kilometers|miles|mi|metres|meters|m|feet|ft)?|\s)\s+"
    r"away\b(?!\s+from\b)"
)
_ORDINAL_WORDS = frozenset(
    "first second third last earliest latest oldest final largest smallest biggest tallest "
    "longest highest greatest".split()
)
# "The earliest comes from …", "the first variant entered …": the first or earliest of what?
_ORDINAL = re.compile(
    r"\b[Tt]he (?:first|second|third|last|earliest|latest|oldest|final)(?: ([a-z]+))? ([a-z]+)\b"
)
_ORDINAL_BARE = re.compile(
    r"\b[Tt]he (?:first|second|third|last|earliest|latest|oldest) (?:in|since|at|on|to)\b"
    r"|^[Tt]he (?:largest|smallest|biggest|tallest|longest|highest|greatest|oldest|first),"
)  # "The largest, the Theatre Royal …": the largest what?
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


# "In September 1971, OPEC said that, from then on, …": "then" is a time named before it (or
# the blank where the answer, a date, was taken out).
_TIME = re.compile(
    r"\b(?:1\d{3}|20\d{2}|January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\b|(?:^|\s)\s"
)


def _anchored(text: str, m: re.Match[str]) -> bool:
    """True for a "there" that has a place named before it in the same stem, and for a "from
    then" that has a time."""
    word = m.group(0).lower()
    if word == "there":
        return bool(_LOCATIVE.search(text, 0, m.start()))
    return word.endswith(" then") and bool(_TIME.search(text, 0, m.start()))


_WORD = re.compile(r"[a-z]+")
# An ASCII text's letters in lower case and every other byte a space: its words, split, are what
# _WORD finds in the text in lower case
_LETTERS_ONLY = bytes.maketrans(
    bytes(range(256)),
    bytes(c + 32 if 65 <= c <= 90 else c if 97 <= c <= 122 else 32 for c in range(256)),
)


def _lower_words(text: str) -> frozenset[str]:
    """The words (runs of ASCII letters) of `text` in lower case."""
    if not text.isascii():
        return frozenset(_WORD.findall(text.lower()))
    return frozenset(text.encode("ascii").translate(_LETTERS_ONLY).decode("ascii").split())


# Cheap pre-filters: a pattern is only run when one of its words is in the text.
_DEICTIC_WORDS = frozenset(
    "this these those such that there here subsequently earlier afterward afterwards meanwhile last next "
    "another others similar respectively aforementioned above below then subsequently later time one".split()
)
_PERSONAL_WORDS = frozenset(
    "he she it they him her them his hers its their theirs himself herself itself themselves".split()
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
_HUMAN = frozenset("he she him his her hers himself herself".split())
_RUN = re.compile(r"[A-Z][\w'’.-]*(?: (?:of |de |van |von )?[A-Z][\w'’.-]*)*")
_BODIES = frozenset(
    "Services Service University College School Company Government Council Committee Party "
    "Army Navy Church Society Institute Museum Office Department Ministry Court Agency "
    "Association Bank Corporation Group Commission Parliament Assembly Congress League "
    "Union Board Authority Trust Foundation Club Team "
    # a place named after someone is no person: "Matsuyama Rocks … named in his honour"
    "Rocks Rock Glacier Island Islands Peak Mountain Mountains Mount Bay Cape Point Sound Lake "
    "River Valley Ridge Range Crater Street Avenue Road Building Hall Bridge Station Park".split()
)


# "Founded in 1983 by philosophers … from Stanford and Xerox PARC, it strives …": a pronoun
# right after an opening participle phrase is the main clause's subject, the phrase's names are
# not what it stands for
_OPENER_SUBJECT = re.compile(
    r"(?:[A-Z][a-z]+ed|Born|Built|Made|Known|Written|Begun|Held|Set|Run|Taken|Seen|Given)\b"
    r"[^;:]*?, (?:it|he|she|they)\b"
)


def _opener_subject(text: str, pronoun: re.Match[str]) -> bool:
    """True when the pronoun is the subject after an opening participle phrase."""
    m = _OPENER_SUBJECT.match(text)
    return m is not None and m.end() == pronoun.end()


def _object_of_its_subject(text: str, pronoun: re.Match[str]) -> bool:
    """True for "him" or "them" whose only name before it is its own clause's subject: "When did
    Newcastle replace him with Lord Loudoun?" (a subject's own object would be "himself"). A
    possessive name may be the antecedent ("Edison's mother taught him")."""
    if pronoun.group(0).lower() not in ("him", "them"):
        return False
    names = [
        m for m in _RUN.finditer(text, 0, pronoun.start()) if m.group(0) not in _ANTECEDENT_STOP
    ]
    if len(names) != 1 or names[0].group(0).endswith(("'s", "’s")):
        return False
    between = text[names[0].end() : pronoun.start()]
    return len(between.split()) <= 2 and not re.search(r"[,;:]", between)


def _person_before(text: str, end: int) -> bool:
    """True when a name before `end` may be a person's: not a place, not a body."""
    from .gazetteer import gazetteer  # the gazetteer loads lazily, on the first such stem

    for m in _RUN.finditer(text, 0, end):
        name = m.group(0)
        words = name.split()
        if len(words) == 1 and (name in _ANTECEDENT_STOP or is_common_word(name)):
            continue
        if words[-1] in _BODIES or any(
            p.cls in ("country", "state", "continent", "region") or p.population >= 1_000_000
            for p in gazetteer().lookup(name)
        ):
            continue  # "Pakistan", not "Edison" (a town too, and a surname)
        return True
    return False
