"""English grammar helpers for stems: finite verbs, simple-past forms through the lemminflect
lexicon, and turning a declarative clause into a 'When did …?' question."""

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


def has_finite_verb(text: str) -> bool:
    """True when the sentence has a finite verb: captions and citations have none."""
    for w in re.findall(r"[a-z]+", text):
        if w in _FINITE or is_past(w) or (w.endswith("s") and is_present_3sg(w)):
            return True
    return any(_is_verb_form(m.group(1)) for m in _AFTER_SUBJECT.finditer(text))


# "It stands on …", "Warsaw lies …": a form that is also a noun ("stands") is a verb after a
# pronoun or a name.
_AFTER_SUBJECT = re.compile(
    r"(?:\b(?:[Ii]t|[Hh]e|[Ss]he|[Tt]hey|[A-Z][a-z]+|percent|cent|people)|%|,) ([a-z]{3,})\b"
)


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


_DATE_PP = r"(?:on|in|On|In|during|During)(?: the)?"


def clean(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"\s+([,.;:?!])", r"\1", text)
    text = re.sub(r",\s*,", ",", text)
    return text


_SECOND_CLAUSE = re.compile(r"(?:;|\band\s+(?:[\w'-]+\s+){0,5}(?:was|were|is|are|had|has)\b)")


def when_question(text: str, a: int, b: int, proper: frozenset[str] = frozenset()) -> str | None:
    """'On 16 January 2016, ISIL launched an attack.' → 'When did ISIL launch an attack?'

    `proper` holds words the article writes only capitalised (a surname such as Baker)."""
    head, tail = text[:a], text[b:]
    m = re.search(rf"(?:^|\s){_DATE_PP}\s*$", head)
    if not m:
        return None
    head = head[: m.start()]
    if re.match(
        r"\s+(?!(?:in|on|at|by|with|to|for|from|after|before|during|when|while|and|but|as|"
        r"until|under|near|aged?)\b)[a-z]",
        tail,
    ):
        return None  # "in the 1997 film": the date is part of a noun phrase
    if head.strip():
        if head.rstrip().endswith((",", " and", " but", " or")):
            return None  # the date opens a new clause ("…, and in 1695, Hindus were …")
        if _SECOND_CLAUSE.search(head):
            return None  # the date belongs to a second clause, not to the main verb
        last = head.split()[-1].strip(",").lower() if head.split() else ""
        if is_participle(last) and not is_past(last) or last in ("outlined", "published"):
            return None  # "a policy … outlined in 1928": the date modifies a participle
        if last in _MODIFIERS:
            return None  # "early in 1960": the question would lose the qualifier
        if _embedded(head):
            return None  # "a college founded in 1850": the date is not the main verb's
    tail = _SUBORDINATE_TAIL.sub("", tail)  # "…, when the archbishop returned": another clause
    tail = tail.lstrip(" ,") if not head.strip() else tail
    clause = clean(head + " " + tail).rstrip(".!?")
    if not clause or "," in clause.split(" ")[0] or _OTHER_DATE.search(clause):
        return None  # another date left in the question would make it ambiguous
    return interrogative(clause, proper)


_OTHER_DATE = re.compile(
    r"\b(?:1\d{3}|20\d{2})s?\b|\b(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December) \d"
)
_ADVERBS = frozenset(
    "first later also then not never once still already soon initially now today currently".split()
)


_SUBORDINATE_TAIL = re.compile(
    r"^,\s+(?:when|while|where|which|who|after|before|because|although|though|as|since|until|"
    r"whereas)\b.*$",
    re.S,
)
_MODIFIERS = frozenset("early late mid around about circa by since until before after from".split())
_SUBORDINATE = frozenset(
    "who whom whose which that when where while because although though since until unless "
    "whereas if after before".split()
)


def _embedded(head: str) -> bool:
    """True when, after the main verb, the words before the date open a relative or subordinate
    clause or a participle phrase: the date then belongs to that clause, not to the main verb."""
    words = [w.strip(",;").lower() for w in head.split()]
    main = next((i for i, w in enumerate(words) if w in AUX_BE or is_past(w)), None)
    if main is None:
        return False
    j = main + 1
    while j < len(words) and (words[j] in _ADVERBS or words[j].endswith("ly")):
        j += 1
    if main < len(words) and words[main] in AUX_BE and j < len(words) and is_participle(words[j]):
        j += 1  # "was founded": the participle is the main verb's
    rest = words[j:]
    return any(w in _SUBORDINATE or (is_participle(w) and not w.endswith("ing")) for w in rest)


def interrogative(clause: str, proper: frozenset[str] = frozenset()) -> str | None:
    """Turn a declarative clause into a 'When did/was …?' question, or None."""
    words = clause.split(" ")
    if words[0].lower() in FRONTED or len(words) < 3:
        return None
    for i, w in enumerate(words[1:9], start=1):
        if w.endswith(",") or w.lower() in ("who", "which", "that", "and", "or"):
            return None
        lw = w.lower()
        if lw in AUX_BE:
            j = i + 1
            while j < len(words) and (words[j].lower() in _ADVERBS or words[j].endswith("ly")):
                j += 1
            if j >= len(words) or not (is_participle(words[j]) or words[j].endswith("ed")):
                return None  # "X was a …": a copula, no event to date
            subj = subject_phrase(words[:i], proper)
            return _question(f"When {lw} {subj}", words[i + 1 : j + 1], words[j + 1 :])
        ahead = {x.lower() for x in words[i + 1 : i + 5]}
        nxt = words[i + 1].lower() if i + 1 < len(words) else ""
        if w.islower() and is_past(lw) and nxt in ("of", "by"):
            continue  # "an expedition composed of three ships": a participle, not the verb
        if w.islower() and is_past(lw) and not ahead & AUX_BE:
            lemma = getAllLemmas(lw).get("VERB", ("",))[0]
            if not lemma:
                return None
            subj = subject_phrase(words[:i], proper)
            return _question(f"When did {subj} {lemma}", [], words[i + 1 :])
    return None


def _question(head: str, verb: list[str], rest_words: list[str]) -> str | None:
    """Assemble the question; None when the predicate would be too thin to ask about."""
    rest = first_clause(rest_words)
    if len(rest.split()) == 1 and not verb:
        return None  # "When did Nevius help organize?": the object went with the cut clause
    return clean(" ".join([head, *verb, rest])) + "?"


def first_clause(words: list[str]) -> str:
    """The predicate up to a second finite clause ('… round and a general was killed')."""
    for i, w in enumerate(words):
        if i and words[i - 1].endswith(",") and w.lower() in _SUBORDINATE | {"but"}:
            return " ".join(words[:i]).rstrip(",;")  # "…, when the archbishop …": a second clause
        if w.lower() in ("when", "where", "while", "because", "although", "whereas"):
            return " ".join(words[:i]).rstrip(",;")  # "… in 1596 when King … moved …"
        if w in ("but", "whereas", "although", "though") and i and words[i - 1].endswith(","):
            return " ".join(words[:i]).rstrip(",;")
        idiom = i > 0 and words[i - 1].lower() in ("all", "nothing", "anything", "everything")
        if w == "but" and not idiom and i + 1 < len(words) and is_past(words[i + 1].lower()):
            return " ".join(words[:i])  # "… began in the 1990s but slowed …": a second verb
        nxt = words[i + 1].lower() if i + 1 < len(words) else ""
        if w.lower() == "and" and (is_past(nxt) or _second_predicate(words[i + 1 : i + 3])):
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
    if len(words) > 1 and (words[0] in _ADVERBS or words[0].endswith("ly")):
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


def subject_phrase(words: list[str], proper: frozenset[str] = frozenset()) -> str:
    """The subject with a sentence-initial common word lower-cased ('The rebels' → 'the rebels'),
    but not a name that is also an English word ('Baker')."""
    first = words[0]
    nxt = words[1] if len(words) > 1 else ""
    common = first.lower() in _DETERMINERS or (
        first[1:].islower()
        and getAllLemmas(first.lower())
        and not nxt[:1].isupper()
        and first.lower() not in proper
    )
    if common and not (first.isupper() and len(first) > 1):  # "A stone bridge", not "NATO"
        words = [first.lower(), *words[1:]]
    return " ".join(words)


_DETERMINERS = frozenset(
    "the a an some many several most all both each every no these those two three four".split()
)
