"""English grammar helpers for stems: finite verbs, simple-past forms through the lemminflect
lexicon, and where a clause ends (a relative or subordinate clause, a second predicate)."""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import getAllLemmas, getInflection

AUX_BE = frozenset({"was", "were", "is", "are"})
FRONTED = frozenset(
    [
        "after",
        "before",
        "when",
        "while",
        "although",
        "though",
        "since",
        "because",
        "if",
        "as",
        "despite",
        "however",
        "in",
        "on",
        "at",
        "during",
        "by",
        "with",
        "following",
        "later",
        "earlier",
        "meanwhile",
        "then",
        "also",
        "according",
        "until",
        "from",
        "once",
        "upon",
        "under",
        "over",
        "between",
        "among",
        "within",
        "throughout",
    ]
)


_FINITE = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "has",
        "have",
        "had",
        "does",
        "did",
        "will",
        "would",
        "could",
        "can",
        "may",
        "might",
        "must",
    ]
)


# (the lookahead lists the characters the alternatives begin with: elsewhere the regex engine
# gives up at once instead of trying each alternative)
_JUNK = re.compile(
    r"(?=[:*|afp(])(?:::|[*|]|\bas follows\b|:\s*$|\bfrom left to right\b|\bpictured\b"
    r"|\((?:left|right|centre|center)\))"
)
_ENDS_SENTENCE = re.compile(r"[.!?][\"'”’)]*$")  # a caption has no full stop


@lru_cache(maxsize=65536)  # a sentence's facts all ask it of the same text
def is_statement(text: str) -> bool:
    """False for list entries, captions and quote introductions: they are not statements."""
    return (
        not _JUNK.search(text)
        and not _CAPTION.match(text)
        and not text.startswith(("See also", "See "))  # a cross-reference: "See also the …"
        and has_finite_verb(text)
        and bool(_ENDS_SENTENCE.search(text))
    )


# "Elmina Castle viewed from the sea in 1572, by Georg Braun.": a picture's subject and how it
# was shown, with no auxiliary before the participle
_CAPTION = re.compile(
    r"(?:(?!\b(?:was|were|is|are|be|been|being|had|has|have|who|which|that)\b)[^,.;:]){1,60}?"
    r"\b(?:viewed|seen|painted|depicted|drawn|engraved|photographed|shown|portrayed) "
    r"(?:from|in|by|at|on|with|during)\b"
)


@lru_cache(maxsize=65536)  # asked of one sentence for each of its facts
def has_finite_verb(text: str) -> bool:
    """True when the sentence has a finite verb: captions and citations have none."""
    for w in _LOWER_WORD.findall(text):
        if w in _FINITE or is_past(w) or (w.endswith("s") and is_present_3sg(w)):
            return True
    if any(_is_verb_form(m.group(1)) for m in _AFTER_SUBJECT.finditer(text)):
        return True
    return any(_only_verb(m.group(1)) for m in _AFTER_PLURAL.finditer(text))


_LOWER_WORD = re.compile(r"[a-z]+")
# "It stands on …", "Warsaw lies …": a form that is also a noun ("stands") is a verb after a
# pronoun or a name.
_AFTER_SUBJECT = re.compile(
    r"(?:\b(?:[Ii]t|[Hh]e|[Ss]he|[Tt]hey|[A-Z][a-z]+|percent|cent|people)|%|,) ([a-z]{3,})\b"
)


# "Harvard's alumni include …", "2,400 instructors instruct …": a plural subject's present verb
_AFTER_PLURAL = re.compile(r"\b(?:[A-Za-z]+s|alumni|people|children|men|women) ([a-z]{3,})\b")


@lru_cache(maxsize=65536)
def _only_verb(word: str) -> bool:
    """A present form of a verb that is no noun ("include", "instruct"; not "bind", "lines")."""
    return _is_verb_form(word) and "NOUN" not in getAllLemmas(word)


@lru_cache(maxsize=65536)
def _is_verb_form(word: str) -> bool:
    lemmas = getAllLemmas(word).get("VERB", ())
    return bool(lemmas) and word in getInflection(lemmas[0], tag="VBZ") + getInflection(
        lemmas[0], tag="VBP"
    )


@lru_cache(maxsize=65536)
def is_present_3sg(word: str) -> bool:
    lemmas = getAllLemmas(word).get("VERB", ())
    return (
        bool(lemmas)
        and word in getInflection(lemmas[0], tag="VBZ")
        and "NOUN" not in getAllLemmas(word)
    )


def clean(text: str) -> str:
    """Spaces and punctuation tidied; a function word capitalised after a semicolon (the
    article's slip: "…; It has been converted") written in lower case."""
    if not text.isprintable() or "  " in text:
        # every white space but " " is unprintable: a printable text without "  " has none
        # for _SPACES to collapse
        text = _SPACES.sub(" ", text)
    text = text.strip()
    text = _SPACE_BEFORE_MARK.sub(r"\1", text)
    text = _DOUBLE_COMMA.sub(",", text)
    text = _STRAY_STOP.sub("", text)  # "in early 2014,." where an aside was cut; "overseas.."
    if " 2" in text or " 3" in text or " 4" in text:
        text = _BROKEN_FORMULA.sub(lambda m: m[1] + m[2].translate(_SUBSCRIPT), text)
    return _AFTER_SEMICOLON.sub(lambda m: m.group(1) + m.group(2).lower(), text)


_AFTER_SEMICOLON = re.compile(
    r"(; )(It|Its|They|Their|He|His|She|Her|The|This|These|That|There|A|An|In|On|At)\b"
)


_SPACES = re.compile(r"\s+")
_SPACE_BEFORE_MARK = re.compile(r"\s+([,.;:?!])")
_DOUBLE_COMMA = re.compile(r",\s*,")
# A chemical formula whose subscript the page put on a line of its own: "21% O 2" is O₂
_BROKEN_FORMULA = re.compile(r"\b(O|CO|H|N|NO|SO|CH|H2O|C|N2O)\s([2-4])\b(?![.,:]?\d)")
_SUBSCRIPT = str.maketrans("234", "₂₃₄")
_STRAY_STOP = re.compile(r",(?=[.?!](?!\.))|(?<![.])\.(?=\.(?!\.))")


# Words that open a list of examples: what follows is some of many ("including Asia, _____ and
# Europe"), each one's date or place true of it alone
EXAMPLE_CUE = r"(?:including|such as|among them|for example|e\.g\.)"

ADVERBS = frozenset(
    "first later also then not never once still already soon initially now today currently".split()
)


SUBORDINATE = frozenset(
    "who whom whose which that when where while because although though since until unless "
    "whereas if after before".split()
)


def embedded(head: str) -> bool:
    """True when, after the main verb, the words before the date open a relative or subordinate
    clause or a participle phrase: the date then belongs to that clause, not to the main verb."""
    words = [w.strip(",;").lower() for w in head.split()]
    main = next((i for i, w in enumerate(words) if w in AUX_BE or is_past(w)), None)
    if main is None:
        return False
    j = main + 1
    while j < len(words) and (words[j] in ADVERBS or words[j].endswith("ly")):
        j += 1
    if main < len(words) and words[main] in AUX_BE and j < len(words) and is_participle(words[j]):
        j += 1  # "was founded": the participle is the main verb's
    rest = words[j:]
    return any(w in SUBORDINATE or (is_participle(w) and not w.endswith("ing")) for w in rest)


def first_clause(words: list[str]) -> str:
    """The predicate up to a second finite clause ('… round and a general was killed')."""
    for i, w in enumerate(words):
        if w in ("--", "—", "–"):
            return " ".join(words[:i]).rstrip(",;")  # "… with Euler -- who did not agree": an aside
        if i and words[i - 1].endswith(",") and w.lower() in SUBORDINATE | {"but"}:
            return " ".join(words[:i]).rstrip(",;")  # "…, when the archbishop …": a second clause
        if w.lower() in ("when", "where", "while", "because", "although", "whereas"):
            return " ".join(words[:i]).rstrip(",;")  # "… in 1596 when King … moved …"
        if w in ("but", "whereas", "although", "though") and i and words[i - 1].endswith(","):
            return " ".join(words[:i]).rstrip(",;")
        idiom = i > 0 and words[i - 1].lower() in ("all", "nothing", "anything", "everything")
        if w == "but" and not idiom and i + 1 < len(words) and is_past(words[i + 1].lower()):
            return " ".join(words[:i])  # "… began in the 1990s but slowed …": a second verb
        nxt = words[i + 1].lower() if i + 1 < len(words) else ""
        # "between Italy and Allied armed forces": a capital is a name's, not a verb's
        verb_next = is_past(nxt) and not words[i + 1][:1].isupper()
        if w.lower() == "and" and (verb_next or _second_predicate(words[i + 1 : i + 3])):
            return " ".join(words[:i]).rstrip(",;")  # "… Academy and reported …": a second verb
        if (
            w == "and"
            and words[i - 1].endswith(",")
            and any(is_past(x.lower().strip(",")) for x in words[i + 1 : i + 6])
        ):
            return " ".join(words[:i]).rstrip(",;")  # ", and in 1939 signed …": a second clause
        starts_subject = (
            nxt in ("the", "a", "an", "his", "her", "their", "its") or nxt[:1].isupper()
        )
        between = any(x.lower() == "between" for x in words[max(0, i - 5) : i])
        if (w.lower() == "and" and starts_subject and not between) or w.endswith(";"):
            ahead = [x.lower().strip(",;") for x in words[i + 1 : i + 9]]
            if any(x in AUX_BE or x in ("had", "has") for x in ahead):
                return (
                    " ".join(words[:i]).rstrip(",;")
                    if w.lower() == "and"
                    else " ".join(words[: i + 1]).rstrip(";")
                )
    return " ".join(words)


def _second_predicate(words: list[str]) -> bool:
    """'… and now controls …': a present-tense verb, maybe after an adverb, opens a predicate."""
    words = [w.lower().strip(",") for w in words]
    if len(words) > 1 and (words[0] in ADVERBS or words[0].endswith("ly")):
        return words[1].endswith("s") and _is_verb_form(words[1])  # after an adverb: a verb
    return bool(words) and words[0].endswith("s") and is_present_3sg(words[0])


@lru_cache(maxsize=65536)
def is_past(word: str) -> bool:
    """True when the word is a simple-past verb form in the lexicon ('launched', 'took')."""
    lemmas = getAllLemmas(word).get("VERB", ())
    if not lemmas or word in AUX_BE or word in ("had", "did"):
        return False
    forms = getInflection(lemmas[0], tag="VBD")
    return word in forms


@lru_cache(maxsize=65536)
def is_participle(word: str) -> bool:
    lemmas = getAllLemmas(word.lower()).get("VERB", ())
    return bool(lemmas) and word.lower() in getInflection(lemmas[0], tag="VBN")


_FOLLOWERS = frozenset(
    "also now today currently itself in on at of for from to with by as and or but was were is are "
    "has had have would "
    "could will can did does not then still first later soon when where which that who whose "
    "until after before since during into through under over".split()
)


def ends_noun_phrase(after: str) -> bool:
    """True when the noun ends its phrase ("the city was", "the city's"), not when it modifies
    the next noun ("the city limits", "the university campus")."""
    m = re.match(r"('s|’s)?\s*([\w-]+)?", after)
    assert m is not None  # every part of the pattern is optional: it always matches
    word = m.group(2) or ""
    if not word or m.group(1) or not word.islower():
        return True
    if word in _FOLLOWERS or word.endswith("ly") or is_past(word) or _is_present_verb(word):
        return True
    # "the center offers about 25 …", "the museum houses the …": a noun or a verb, and a
    # determiner or a number after it makes it the verb
    return _OBJECT_AFTER.match(after, m.end()) is not None and _may_be_verb(word)


_OBJECT_AFTER = re.compile(
    r" (?:the|a|an|its|his|her|their|about|approximately|around|over|more|some|several|many|"
    r"two|three|four|five|six|seven|eight|nine|ten|\d)\b"
)


def _may_be_verb(word: str) -> bool:
    """'offers', 'houses': a verb's third person (that may be a noun's plural too)."""
    return word.endswith("s") and not word.endswith("ss") and "VERB" in getAllLemmas(word)


def _is_present_verb(word: str) -> bool:
    """'owns', 'operates': a verb's third person that is no noun's plural ('buildings')."""
    if not word.endswith("s") or word.endswith("ss"):
        return False
    lemmas = getAllLemmas(word)
    return "VERB" in lemmas and "NOUN" not in lemmas
