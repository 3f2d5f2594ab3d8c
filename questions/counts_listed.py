"""Counts a stem gives away by listing what it counts: "_____ brothers named Hasar, Hachiun,
and Temüge", "the _____ finalists were Sun Life Stadium and Levi's Stadium", "_____ more general
concepts …: prime elements and irreducible elements". The learner counts the names instead of
knowing the fact (`counts_given.given_by_the_stem`)."""

from __future__ import annotations

import re

from .extract.figure_words import ONES
from .text import fold

# A blank followed by the list of what it describes gives it away: a count ("_____ universities —
# Newcastle University and Northumbria University") or a place ("two _____ firms: Colt's of
# Hartford, and …").
_LISTS_WHAT_IT_COUNTS = re.compile(  # or "_____ major subtypes of T cells: the killer …"
    r"_____ (?:[\w-]+ ){0,3}[a-z]+s(?: of (?:[\w-]+ ){0,2}[\w-]+)?(?: \([^()]*\))?"
    r"(?: ?[—–:] ?| - )[^.;]*?(?:,| and )"
)
# "_____ brothers named Hasar, Hachiun, and Temüge", "_____ classes, fermions and bosons": the
# counted noun and the list of its members after it
# ("the _____ finalists were Sun Life Stadium and Levi's Stadium", "the _____ main regions are
# the core and the periphery": a copula says it too)
_COUNTED_LIST = re.compile(
    r"_____ (?:[\w-]+ ){0,3}?(?:[\w-]*[a-z]s|children|men|women|people)(?:"
    # "the _____ other madrasas, on the southwest side, are known as the Sani Medrese and …"
    r"(?P<copula>(?:,[^,.;()]{1,40},)? (?:are|were) (?:known as|called|named)"
    # "The _____ sources of European Union law are primary law, secondary law and …"
    r"|(?: (?:of|in) [\w ]{1,40}?)? were| (?:(?:of|in) [\w ]{1,40}? )?are"
    # "_____ supplements to Rajatarangini were written by Jonaraja, Srivara, and …"
    r"|(?: (?:to|of|on) [\w ]{1,40}?)? (?:are|were) [a-z]+(?:ed|en) by)"
    r"|,| named| called| namely|:| [—–-]"
    # "The _____ orphan brothers Gilles and René were raised …": the names right after the noun
    r"|(?= [A-Z][a-z]))"
    r" (?P<members>[^.;()]+)"
)
_UPPER = "A-ZÀ-ÖØ-Þ"  # "Ögedei" is a name as "Tolui" is
# a name of up to six words, which may own the next ("Miami's Sun Life Stadium") or join
# with "of" or "for" ("Centre for Theoretical Physics"), or up to three lower-case words
_MEMBER = re.compile(
    rf"(?:the )?[{_UPPER}][\w'’.-]*(?: (?:(?:of|for|de|on) (?:the )?)?[{_UPPER}][\w'’.-]*){{0,5}}"
    rf"|[a-z][\w-]*(?: [a-z][\w-]*){{0,2}}"
)
_MEMBER_SEP = re.compile(r"([,;]\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)")


def _names_as_many(stem: str, answer: str) -> bool:
    """True when a count is followed by the list of what it counts, as many members as the
    answer says: the learner counts the names instead of knowing the fact."""
    m = _COUNTED_LIST.search(stem)
    value = value_of(answer)
    if m is None or value is None:
        return False
    tokens = _MEMBER_SEP.split(m.group("members").strip())  # member, separator, member, …
    members = [t.strip() for t in tokens[::2]]
    heads = {w.split()[-1] for w in members if w}
    for i in range(0, len(tokens), 2):
        member = tokens[i].strip()
        last = i and re.search(r"\b(?:and|or)\b", tokens[i - 1])
        if last and member[:1].isupper():
            # the list's last name, and the clause that goes on after it: "… and René were
            # raised by …"
            name = _MEMBER.match(member)
            member = name.group(0) if name else member
        if not _MEMBER.fullmatch(member):
            return False  # not a list of names, of "the" nouns or of a few words
        words = m.group("copula") and member[:1].islower() and not member.startswith("the ")
        if words and (len(heads) > 1 or len(members) < 2):
            return False  # "were strong and won"; but "primary law, secondary law and …"
        if last:
            return i // 2 + 1 == value  # the list's last member
    return False  # no "and": the list is not closed


def lists_what_it_counts(stem: str, answer: str) -> bool:
    """True when the blank is followed by the list of what it describes, or by as many names
    as the answer counts (right after the counted noun or in a list that closes the stem)."""
    return bool(
        _LISTS_WHAT_IT_COUNTS.search(stem)
        or _names_as_many(stem, answer)
        or _closing_list(stem, answer)
        or _numbers_as_many(stem, answer)
    )


# Numbers joined by "and" after the blank: "_____ absorption bands peaking at the wavelengths
# 687 and 760 nm" lists one number per band
_NUMBER = r"\d[\d,.]*(?:\s?(?:[a-zA-Z%°]+))?"
_NUMBER_LIST = re.compile(rf"\b{_NUMBER}(?:, {_NUMBER})*,? and {_NUMBER}\b")
_DIGITS = re.compile(r"\d[\d,.]*")
_UNIT = re.compile(r"(?<=\d)\s?([a-zA-Z%°]+)")


def _numbers_as_many(stem: str, answer: str) -> bool:
    """True when the blank's clause goes on to a list of as many numbers as the answer counts."""
    value, blank = value_of(answer), stem.find("_____")
    if value is None or not 2 <= value <= 10 or blank < 0:
        return False
    clause = re.split(r"[;.](?:\s|$)", stem[blank:], maxsplit=1)[0]
    m = _NUMBER_LIST.search(clause)
    if m is None:
        return False
    units = {u for u in _UNIT.findall(m.group(0)) if u != "and"}
    one_quantity = len(units) <= 1  # not "7 hours and 45 minutes": one span in two units
    return one_quantity and len(_DIGITS.findall(m.group(0))) == value


def _closing_list(stem: str, answer: str) -> bool:
    """True when a colon or a dash after the blank opens a list that ends the stem and has as many
    members as the answer counts ("_____ more general concepts that apply to …: prime elements
    and irreducible elements")."""
    value = value_of(answer)
    blank = stem.find("_____")
    opener = max((m for m in _LIST_OPENER.finditer(stem)), key=lambda m: m.start(), default=None)
    if value is None or blank < 0 or opener is None or opener.start() < blank:
        return False
    return _members(stem[opener.end() :].rstrip(" .")) == value


# What opens a list that closes the stem: a colon or a dash ("_____ crossing points following
# the 2005 earthquake—Nauseri-Tithwal; Chakoti-Uri; …")
_LIST_OPENER = re.compile(r": |\s?[—–]\s?| - ")


def _members(text: str) -> int | None:
    """How many members a list closed by "and" or "or" has, or None when it is no such list."""
    tokens = _MEMBER_SEP.split(text.strip())
    if len(tokens) < 3 or not re.search(r"\b(?:and|or)\b", tokens[-2]):
        return None
    members = tokens[0::2]
    return len(members) if all(_MEMBER.fullmatch(m.strip()) for m in members) else None


# A whole number as written: "1,200", "40"
WHOLE_NUMBER = re.compile(r"(?<![\d.])\d{1,3}(?:,\d{3})+(?![\d.])|(?<![\d.,])\d+(?![\d.,]\d)")


def value_of(text: str) -> int | None:
    """A whole number written in digits ("1,200") or as a word ("thirteen")."""
    text = text.strip()
    if WHOLE_NUMBER.fullmatch(text):
        return int(text.replace(",", ""))
    return ONES.get(fold(text))
