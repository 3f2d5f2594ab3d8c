"""Clauses: cutting a long sentence to the clause that holds the fact ("They lost; the town
fell in 1200" → "the town fell in 1200"), so that a stem says one thing and leans on nothing the
other clauses said."""

from __future__ import annotations

import re

from .dangling import ANAPHOR
from .grammar import AUX_BE, has_finite_verb, is_past

_CLAUSE_BREAK = re.compile(
    r"(?:;|,? and (?=the (?:following|next|same) |later |then )|, (?:while|whereas|but|which|who) )"
)


_CLAUSE_START = re.compile(
    r"(?:; |, (?:and|but|while|whereas) |, and then )(?=(?:[Tt]he |[A-Z])\S)"
)
# A clause that opens on the answer's phrase of time or place: "…, and in the early 1990s three
# Advocate Generals argued …" (its subject and verb stand after the answer)
_PREPOSITION_CLAUSE = re.compile(
    r"(?:; |, (?:and|but|while|whereas) |, (?:and )?then )"
    r"((?:in|on|at|by|during|after|from|since|until|within) (?:(?:the|early|late|mid) )*)$"
)
# The word after the answer there: a verb means the clause has no subject ("…, and in November
# 1933, was transferred …")
_NEXT_WORD = re.compile(r",? *([A-Za-z]+)\b")
_PRONOUN = re.compile(r"\b(?:he|she|it|they|him|her|his|its|their|them)\b", re.I)
_HAVE = frozenset(("had", "has", "have"))


def trim_before(text: str, a: int, b: int) -> tuple[str, int, int]:
    """Start at the clause that holds the answer ('They lost; the town fell in 1200' → 'the town
    fell in 1200'), when that clause has its own subject and finite verb before the answer, or
    opens on the answer's phrase of time or place (`_opening_clause`)."""
    starts = [m.end() for m in _CLAUSE_START.finditer(text, 0, a) if not _last_member(text, m)]
    opening = _opening_clause(text, a, b)
    if opening is not None and (not starts or starts[-1] < opening):
        return _capitalised(text, a, b, opening)
    if not starts or not has_finite_verb(_main_part(text[starts[-1] : a])):
        return text, a, b  # "…, and Pittsburgh Steelers as one of four teams that have made …"
    return _capitalised(text, a, b, starts[-1])


def _opening_clause(text: str, a: int, b: int) -> int | None:
    """Where a clause that opens on a preposition and the answer [a, b) starts ("…, and in _____
    three Advocate Generals persuasively argued …"), or None. Its subject follows the answer (no
    verb there), and its verb narrates (a past form or an auxiliary): "…, and in 1952 a bear
    run, still open today" has no verb of its own. A pronoun in it would lean on the clause
    before ("…, and on 1 January 1942, with the rank of Vice Admiral, he was designated …")."""
    m = _PREPOSITION_CLAUSE.search(text, 0, a)
    if m is None:
        return None
    end = _CLAUSE_BREAK.search(text, b)
    rest = text[b : end.start() if end else len(text)]
    after = _NEXT_WORD.match(rest)
    if after is None or has_finite_verb(after.group(1)) or _PRONOUN.search(rest):
        return None
    words = [w.strip(",.;:").lower() for w in _main_part(rest).split()]
    if not any(w in AUX_BE or w in _HAVE or is_past(w) for w in words):
        return None
    return m.start(1)


def _capitalised(text: str, a: int, b: int, cut: int) -> tuple[str, int, int]:
    """The text from `cut` on, its first letter capitalised, and the answer's span in it."""
    rest = text[cut:]
    return rest[:1].upper() + rest[1:], a - cut, b - cut


def _last_member(text: str, start: re.Match[str]) -> bool:
    """True when ", and" ends a list rather than a clause: the part between it and the comma
    before has no finite verb, and it and the part after ", and" both open on "the" or neither
    does ("after Thomas Edison, Henry Ford, and Harvey S. Firestone pulled together $75,000":
    the three pulled it together, not Firestone alone; but "sent funds to its ally, Prussia, and
    the French Navy failed" joins a clause)."""
    if not start.group().startswith(", and"):
        return False
    before = text[: start.start()]
    comma = before.rfind(",")
    member = before[comma + 1 :].strip()
    parallel = member.lower().startswith("the ") == text.startswith(("the ", "The "), start.end())
    if comma >= 0 and parallel and not has_finite_verb(member):
        return True
    # three members or more, none with a verb, end a list whatever their articles: "linked to
    # the Independent Soldiers, Red Scorpions, Hells Angels, and the United Nations gang"
    members = before.split(",")[-2:]
    return len(before.split(",")) >= 3 and not any(has_finite_verb(m) for m in members)


_RELATIVE = re.compile(r"\b(?:that|which|who|whom|whose|where)\b")


def _main_part(clause: str) -> str:
    """The clause before its first relative pronoun: where its own finite verb must stand."""
    m = _RELATIVE.search(clause)
    return clause[: m.start()] if m else clause


# The answer inside a subordinate clause that no comma has closed yet: its main clause follows
# ("… an opinion that because the law was from 1962, and the treaty …, Costa had no claim")
_OPEN_SUBORDINATE = re.compile(
    r"(?:^|\bthat |[,;] )(?:because|although|though|if|unless|whereas|when|while|since|after|"
    r"before|once)\b[^,;]*$",
    re.I,
)


# A "that" clause with no verb yet: a relative clause after it stands inside its subject
_OPEN_THAT = re.compile(r"\bthat (?:the |an? )?(?:[\w'’-]+ ){0,4}[\w'’-]+$")


def trim_after(text: str, b: int) -> str:
    """Cut the sentence at the first clause break after the answer ('…, and the next day …'),
    unless the answer stands in a subordinate clause whose main clause comes after it."""
    if _OPEN_SUBORDINATE.search(text, 0, b):
        return text
    m = _CLAUSE_BREAK.search(text, b)
    if m and _OPEN_THAT.search(text, 0, m.start()):
        return text  # "showed that the Earth's lithosphere, which includes …, is separated"
    cut = m.start() if m else len(text)
    for a in re.finditer(r",? and ", text[b:cut]):
        if "between " in text[max(b, b + a.start() - 40) : b + a.start()]:
            continue  # "between the French and the Tunisians" joins two nouns
        ahead = [w.strip(",;.").lower() for w in text[b + a.end() :].split()[:6]]
        if "," in text[b : b + a.start()]:
            return text  # "two sons, X, and another …": the last member of a list, not a clause
        if any(w in AUX_BE or is_past(w) for w in ahead):
            cut = b + a.start()  # "… fell to ISIL and the jihadists took …": a second clause
            break
    return text[:cut].rstrip(" ,") + "." if cut < len(text) else text


def clause_of(text: str, a: int, b: int, leaning: bool = False) -> tuple[str, int, int] | None:
    """The clause that holds the answer [a, b) of a sentence, cut at clause breaks before and
    after it, when it stands alone (a subject and finite verb of its own, no referent left
    dangling by the cut, unless `leaning`: the caller writes the sentence before it too); None
    when the cut changes nothing or leaves a fragment."""
    cut, a2, b2 = trim_before(text, a, b)
    cut = trim_after(cut, b2)
    rest = cut[:a2] + " " + cut[b2:]
    if cut == text or (not leaning and ANAPHOR.search(rest)):
        return None
    if not has_finite_verb(_main_part(rest)):
        return None
    return None if cuts_list(text, cut) else (cut, a2, b2)


def cuts_list(whole: str, cut: str) -> bool:
    """True when the cut keeps part of a list of clauses joined by semicolons and drops the
    rest ("Other arguments include X; temperatures too cold in …"), or keeps only an opening
    subordinate clause ("As but one of 24 inspection authorities concerned with Navy
    procurement."): not a sentence."""
    return (";" in cut and whole.count(";") > cut.count(";")) or bool(_ONLY_SUBORDINATE.match(cut))


def drops_members(after: str, kept: str) -> bool:
    """True when the cut ends at the answer and drops the list it began: "the most common
    countries … were _____" from "… were the United Kingdom and the Netherlands who …" keys
    one of two."""
    return not kept.strip(" .") and bool(_MORE_MEMBERS.match(after))


_MORE_MEMBERS = re.compile(r",?\s+(?:and|or)\s+(?:the\s+)?[A-Z]|,\s+(?:the\s+)?[A-Z]")
_ONLY_SUBORDINATE = re.compile(
    r"^(?:As|While|Although|Though|Because|If|When|Since|Whereas|Unless|Once)\b[^,;]*$"
)


# A subordinate clause whose content the sentence takes as true ("After al-Nimeiry was
# overthrown in 1985, the party …", "…, since Super Bowl XXXVII took place in San Diego", "…,
# so McManus kicked a 33-yard field goal"), with
# a subject of its own: a name or a noun phrase, never a pronoun or a verb ("after being …").
# Not "if", "unless" (a condition) nor "as" (often a comparison).
_SUBORDINATOR = re.compile(
    r"(?:^|(?<=[\s,(]))(?:[Ss]ince|[Aa]fter|[Ww]hen|[Bb]ecause|[Aa]lthough|[Tt]hough|"
    r"[Ww]hile|[Oo]nce|[Ww]hereas|[Uu]ntil|[Bb]efore|so) (?=(?:the|an?|(?:[a-z]{1,3}-)?[A-Z][\w'’.-]*) )"
)
# Where the clause ends: a comma (not a number's), a semicolon, a colon, a dash or a parenthesis
_CLAUSE_END = re.compile(r",(?!\d)|[;:(]|\s[–—]\s")
# A second member of what the clause joins: "before Kimmel ascended to command and eleven
# months before …" (the answer is no part of the clause)
_JOINED = re.compile(r"\b(?:and|or|but)\b")
# A verb of what might be, not what was: "before the army could reach Paris"
_MODAL = re.compile(r"\b(?:could|would|might|should|may|can|will|shall)\b")
_PAST_AUX = frozenset(("was", "were", "had"))


def subordinate_statement(text: str, a: int, b: int) -> tuple[str, int, int] | None:
    """The subordinate clause that holds the answer [a, b), written as a sentence of its own
    ("After al-Nimeiry was overthrown in 1985, the party …" → "Al-Nimeiry was overthrown in
    1985."), when the sentence takes it as true, it tells of the past (a past verb before the
    answer), and its subject is named; None otherwise."""
    m = next(reversed(list(_SUBORDINATOR.finditer(text, 0, a))), None)
    if m is None:
        return None
    head = text[m.end() : a]
    if any(p.search(head) for p in (_CLAUSE_END, _SUBORDINATOR, _MODAL, _JOINED)):
        return None
    words = [w.strip(",;").lower() for w in head.split()]
    if len(words) < 2 or not any(w in _PAST_AUX or is_past(w) for w in words[1:]):
        return None  # "After 1985 the party …": no verb of its own; "when the stadium opens"
    end = _CLAUSE_END.search(text, b)
    tail = text[b : end.start() if end else len(text)].rstrip(" .!?")
    clause = head + text[a:b] + tail
    rest = head + " " + tail
    if ANAPHOR.search(rest) or not has_finite_verb(_main_part(rest)):
        return None
    statement = clause[:1].upper() + clause[1:] + "."
    return statement, len(head), len(head) + (b - a)
