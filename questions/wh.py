"""Wh-questions: a declarative clause that dates its main verb → 'When did …?' / 'When was …?'."""

from __future__ import annotations

import re

from .grammar import (
    ADVERBS,
    AUX_BE,
    EXAMPLE_CUE,
    FRONTED,
    clean,
    embedded,
    first_clause,
    is_participle,
    is_past,
)
from .lexicon import getAllLemmas

_DATE_PP = r"(?:on|in|On|In|during|During)(?: the)?"


_SECOND_CLAUSE = re.compile(r"(?:;|\band\s+(?:[\w'-]+\s+){0,5}(?:was|were|is|are|had|has)\b)")


def when_question(text: str, a: int, b: int, proper: frozenset[str] = frozenset()) -> str | None:
    """'On 16 January 2016, ISIL launched an attack.' → 'When did ISIL launch an attack?'

    `proper` holds words the article writes only capitalised (a surname such as Baker)."""
    head, tail = text[:a], text[b:]
    m = re.search(rf"(?:^|\s){_DATE_PP}\s*$", head)
    if not m or (text[a:b].isdigit() and re.search(r"\b[Tt]he\s*$", head)):
        return None  # "in the 2015 Danish film": a year after "the" is part of a noun phrase
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
        if embedded(head):
            return None  # "a college founded in 1850": the date is not the main verb's
        if _EXAMPLES.search(head):
            return None  # "devised lamps, including Volta's demonstration in 1800": one example's
    tail = _SUBORDINATE_TAIL.sub("", tail)  # "…, when the archbishop returned": another clause
    tail = tail.lstrip(" ,") if not head.strip() else tail
    clause = clean(head + " " + tail).rstrip(".!?")
    if not clause or "," in clause.split(" ")[0] or _OTHER_DATE.search(clause):
        return None  # another date left in the question would make it ambiguous
    return interrogative(clause, proper)


_EXAMPLES = re.compile(rf"\b(?:{EXAMPLE_CUE}|like)(?!\w)")
_OTHER_DATE = re.compile(
    r"\b(?:1\d{3}|20\d{2})s?\b|\b(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December) \d"
)
_SUBORDINATE_TAIL = re.compile(
    r"^(?:,\s+(?:when|while|where|which|who|after|before|because|although|though|as|since|"
    r"until|whereas)\b|\s+but\s+(?:[A-Z]|the\b)"  # "… in 1988 but Islamization remains …"
    r"|\s+when\s+(?:he|she|it|they|the)\s).*$",  # "retired in 1908 when he was elected"
    re.S,
)
# adverbs before the verb that lean on another time: "Lacassagne already distinguished …" (by
# the time of what?) asks "When did Lacassagne distinguish …?"
_LINKING = frozenset(
    "then also later subsequently eventually finally thereafter soon already".split()
)
_DETERMINERS = frozenset("a an the its his her their this that these those our".split())
_MODALS = frozenset("would will could can might may must shall should".split())
_MODIFIERS = frozenset("early late mid around about circa by since until before after from".split())


def interrogative(clause: str, proper: frozenset[str] = frozenset()) -> str | None:
    """Turn a declarative clause into a 'When did/was …?' question, or None."""
    words = clause.split(" ")
    if words[0].lower() in FRONTED or len(words) < 3 or _opens_participle(words[0]):
        return None
    for i, w in enumerate(words[1:9], start=1):
        if w.endswith(",") or w.lower() in ("who", "which", "that", "and", "or"):
            return None
        lw = w.lower()
        if lw in AUX_BE:
            j = i + 1
            while j < len(words) and (words[j].lower() in ADVERBS or words[j].endswith("ly")):
                j += 1
            if j >= len(words) or not (is_participle(words[j]) or words[j].endswith("ed")):
                return None  # "X was a …": a copula, no event to date
            subj = subject_phrase(words[:i], proper)
            return _question(f"When {lw} {subj}", words[i + 1 : j + 1], words[j + 1 :])
        ahead = {x.lower() for x in words[i + 1 : i + 5]}
        nxt = words[i + 1].lower() if i + 1 < len(words) else ""
        if lw in ("had", "has", "have"):
            j = i + 1  # "had also devised": the adverb stays before the participle
            while j < len(words) and words[j].lower() in ADVERBS:
                j += 1
            verb = words[j].lower() if j < len(words) else ""
            if is_participle(verb) or verb.endswith("ed"):
                if lw != "had" or {w.lower() for w in words[i + 1 : j]} & {"not", "never"}:
                    return None  # "has won": the present perfect dates nothing
                subj = subject_phrase(words[:i], proper)
                lemma = getAllLemmas(verb).get("VERB", ("",))[0]
                if lemma:  # "had sent": "When did … send …?" (a standalone question's tense)
                    head = " ".join(["When did", subj, *words[i + 1 : j], lemma])
                else:
                    head = " ".join(["When had", subj, *words[i + 1 : j], verb])
                return _question(head, [], words[j + 1 :])
        if lw in _MODALS:
            # "Bonnie would cause minor damage in 2004": the future in the past is a past event
            if lw != "would" or "VERB" not in getAllLemmas(nxt) or nxt in AUX_BE | {"have"}:
                return None
            subj = subject_phrase(words[:i], proper)
            return _question(f"When did {subj} {nxt}", [], words[i + 2 :])
        if lw == "what":
            return None  # "a dig uncovered what is believed to be …": the verb came before
        if w.islower() and is_past(lw) and nxt in ("of", "by"):
            continue  # "an expedition composed of three ships": a participle, not the verb
        if w.islower() and is_past(lw) and words[i - 1].lower() in _DETERMINERS:
            continue  # "a proposal for an upgraded fence": an adjective, not the verb
        if w.islower() and is_past(lw) and not ahead & AUX_BE:
            lemma = getAllLemmas(lw).get("VERB", ("",))[0]
            if not lemma:
                return None
            subject = words[:i]
            while len(subject) > 1 and subject[-1].lower() in _LINKING:
                subject = subject[
                    :-1
                ]  # "Peterson then received": "then" leans on the sentence before
            subj = subject_phrase(subject, proper)
            return _question(f"When did {subj} {lemma}", [], words[i + 1 :])
    return None


def _opens_participle(word: str) -> bool:
    """ "Having crossed into Europe, the army …": the subject comes after the phrase (but
    "King Louis XV dispatched …" opens with its subject)."""
    lemmas = getAllLemmas(word.lower())
    return word.lower().endswith("ing") and "VERB" in lemmas and "NOUN" not in lemmas


def _question(head: str, verb: list[str], rest_words: list[str]) -> str | None:
    """Assemble the question; None when the predicate would be too thin to ask about."""
    rest = first_clause(rest_words)
    if re.search(r"\b(?:and|or|but)$", rest):
        return None  # "invaded northern France and, after …": the second object was cut
    if len(rest.split()) == 1 and not verb:
        return None  # "When did Nevius help organize?": the object went with the cut clause
    if not rest and not verb and rest_words and rest_words[0].lower() in ("and", "or"):
        return None  # "voted and awarded the game to …" → "When did the owners vote?": on what?
    if any(is_past(m.group(1)) for m in _SERIAL_VERB.finditer(rest)):
        return None  # "raid the Mission, broke into the office, then abducted": one verb only
    last = rest.split()[-1].lower() if rest.split() else ""
    if last and set(getAllLemmas(last)) == {"ADJ"} and len(rest.split()) < len(rest_words):
        return None  # "finished his scholarly, and illustrated edition": the noun was cut off
    if _SECOND_PREDICATE.search(rest) or _past_after_and(rest):
        return None  # "besieged for many months and was eventually stormed": two predicates
    if _OPEN_THAT.search(rest) and len(rest.split()) < len(rest_words):
        return None  # "confirmed that Beyoncé, who …, would …": the cut left the clause verbless
    # a quotation that closes the sentence keeps its words, not its full stop ('teaching."?')
    return re.sub(r"[.!]([\"”’']*)$", r"\1", clean(" ".join([head, *verb, rest]))) + "?"


# "… and the Tunisian Campaign turned …": a second clause with a subject of its own
_AND_NAME_VERB = re.compile(r"\band (?:the )?(?:[A-Z][\w'’-]*\s){1,4}([a-z]+)\b")


def _past_after_and(rest: str) -> bool:
    """True when "and" opens a clause of its own: a name, then a verb in the past."""
    return any(is_past(m.group(1)) for m in _AND_NAME_VERB.finditer(rest))


# A second predicate of the same subject: "… and was eventually stormed", "… and had left".
_SECOND_PREDICATE = re.compile(
    r"(?:^|,? )(?:and|but) (?:[a-z]+ ){0,2}(?:was|were|is|are|had|has|have)\b"
)
# A second verb of the same subject in a series: "…, broke into …", "…, then abducted …"
_SERIAL_VERB = re.compile(r"(?:,|\bthen)\s+(?:then\s+)?([a-z]+)\b")
# A "that" clause that the cut left without its verb: "… confirmed that Beyoncé"
_OPEN_THAT = re.compile(r"\bthat (?:the |a |an )?(?:[A-Z][\w'’.-]*\s?)+$")


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
