"""Stage 4, stem: a wh-question when the sentence transforms cleanly, else a cloze.

Infobox facts get natural stems from `infobox.FIELDS`. A stem that would lean on a referent it
does not name ("he", "the group", "the next day") is resolved when the article's subject is
clearly meant; otherwise it is cut to the clause that holds the fact, or quotes the sentence
before it when that sentence says what is meant (`previous.with_previous`), or no stem is made.
"""

from __future__ import annotations

import re

from . import infobox
from .clauses import (
    clause_of,
    cuts_list,
    drops_members,
    subordinate_statement,
    trim_after,
    trim_before,
)
from .context import in_context, labelled, life_question, names_subject, set_in
from .dangling import dangling_outside
from .docmodel import DocModel, model
from .framing import drop_lead_adverbial, with_year
from .grammar import clean, has_finite_verb, is_statement
from .kinds import BY_NAME, ORDERED
from .model import BLANK, DateValue, Document, Fact, FigureValue, PlaceValue, Stem
from .people import People, surname_edits
from .place_words import article_in_options, the_before
from .previous import leans_back, with_previous
from .pronouns import ASIDE
from .referents import apply, resolve
from .scenes import names_an_area, scene_of
from .stamps import date_stamp, stamped, undated_statistic
from .wh import when_question

__all__ = ["BLANK", "make_stem"]

MAX_STEM = 320  # characters: a longer stem is read as a paragraph, not a question

# a range's ends may carry a hedge: "from as high as 7 million to as low as 4 million"
_HEDGE = r"(?:as (?:high|low|many|few|much|little|early|late) as\s+)?"
_RANGE_BEFORE = re.compile(
    rf"\b(?:[Bb]etween|[Ff]rom)\s+[^,;()]{{1,30}}?\s(?:and|to|until|till)\s+{_HEDGE}$"
)
_RANGE_AFTER = re.compile(r"^\s+(?:and|to|until|till)\s+\S")
_RANGE_OPEN = re.compile(rf"\b(?:[Bb]etween|[Ff]rom)\s+{_HEDGE}$")
_RANGE_WORDS = ("and", "to", "until", "till")  # what _RANGE_BEFORE ends with, before spaces
_HEDGE_ENDS = (" as",)  # … or after a hedge
_SERIES_BEFORE = re.compile(
    r"(?:\d|January|February|March|April|May|June|July|August|September|"
    r"October|November|December)(?:,\s*|\s+or\s+|\s+and\s+)$"
)


_ALTERNATIVE_BEFORE = re.compile(r"\b(?:or|and)\s+$")
# "participated in the survey in 1944 to 1945": a span opened by "in", its ends both numbers
_IN_RANGE_BEFORE = re.compile(r"\bin \d{3,4} to $")
_IN_RANGE_AFTER = re.compile(r" to \d{3,4}\b")
_ALTERNATIVE_AFTER = re.compile(
    r"^\s*(?:or|,|and)\s+(?:\d|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)"
)


def _part_of_series(text: str, a: int, b: int, kind: str) -> bool:
    """One end of 'between 1919 and 1921', or one item of '1965, 1971 and 1999' / 'June or July'."""
    before, after = text[:a], text[b:]
    # The patterns below end with the text before the answer: each is searched (at every
    # position) only when that text ends with the words it ends with.
    last = before.rstrip()
    if last.endswith(_RANGE_WORDS + _HEDGE_ENDS) and _RANGE_BEFORE.search(before):
        return True
    if _RANGE_AFTER.match(after) and _RANGE_OPEN.search(before):
        return True
    if kind in ORDERED:  # numbers and dates come in ranges and series
        if _ALTERNATIVE_AFTER.match(after):
            return True
        if (last.endswith(" to") and _IN_RANGE_BEFORE.search(before)) or (
            last.endswith("in") and _IN_RANGE_AFTER.match(after)
        ):
            return True  # "in 1944 to 1945": one end of a span
        if last.endswith((",", "or", "and")) and _SERIES_BEFORE.search(before):
            return True
    elif BY_NAME[kind].named and (
        (last.endswith(_LIST_WORDS) and _LIST_BEFORE.search(before) and _LIST_AFTER.match(after))
        or (before.endswith(("and ", "and \n")) and _LIST_LAST.search(before))
        or (_LIST_FIRST.match(after) and not _OPENING_PLACE.match(before))
    ):
        return True  # "such as Delhi, _____, Lucknow and Kanpur": any member would do
    return False


# A name between two others of a list: "Delhi, _____, Lucknow", "such as _____, Agra and …"
_LIST_BEFORE = re.compile(r"(?:[A-Z][\w'’.-]*,|\b(?:such as|including|like|namely))\s+$")
_LIST_WORDS = (",", "such as", "including", "like", "namely")  # what it ends with, before spaces
_LIST_LAST = re.compile(r"[A-Z][\w'’.-]*, (?:[A-Z][\w'’.-]* )*[A-Z][\w'’.-]*,? and $")
_LIST_AFTER = re.compile(r"^,\s+[A-Z]|^\s+and\s+[A-Z][\w'’-]+[,.;]?\s*$|^\s+and\s+[A-Z]")
# The first of three names or more: "in _____, Egypt, Syria, Jordan and Lebanon"
_NAME = r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*(?: \([^()]*\))?"
_LIST_FIRST = re.compile(rf"^,\s+(?:{_NAME},\s+)*{_NAME},?\s+(?:and|or)\s+[A-Z]")
# ... unless the name opens the sentence, before its subject: "In _____, KOA and KRFX will carry"
_OPENING_PLACE = re.compile(r"\W*(?:In|At|On|From|Near|Across|Throughout)\s+$")


_NOTE = re.compile(r"\[[^\[\]]{0,40}\]")
_NOTE_END = re.compile(r"(?<=[.!?])(?:\[[^\[\]]{0,40}\])+\s+(?=[A-Z])")


def _without_notes(text: str, a: int, b: int) -> tuple[str, int, int] | None:
    """The sentence without editors' notes ("[citation needed]", "[update]"), and cut at a
    sentence end that a note hid ("… of 1978.[citation needed] On …"); None when the answer
    is in a note."""
    if "[" not in text:
        return text, a, b
    cuts = [m.start() for m in _NOTE_END.finditer(text)]
    start = max((c for c in cuts if c <= a), default=0)
    end = min((c for c in cuts if c >= b), default=len(text))
    out, pos, na, nb = [], start, a - start, b - start
    for m in _NOTE.finditer(text, start, end):
        if m.start() < b and m.end() > a:
            return None
        out.append(text[pos : m.start()])
        if m.end() <= a:
            na, nb = na - (m.end() - m.start()), nb - (m.end() - m.start())
        pos = m.end()
    out.append(text[pos:end])
    joined = "".join(out)
    return (joined, na, nb) if "[" not in joined and "]" not in joined else None


_CONVERSION = re.compile(r"\d[\d,.]*\s*(?:[^\W\d]+\.?\s*){0,2}\($")
_AUTHOR_YEAR = re.compile(r"(?:[A-Z][\w'’.-]*|[\"”])\s\($")


def _askable_aside(text: str, a: int, b: int, fact: Fact) -> bool:
    """An aside that is the fact itself: 'Krasiński Palace (1677–1683)', 'Shen Kuo
    (1031–1095)' (a span of years after a name: its life or making; a single year there is
    often a citation, 'Cantor (2001) thought'), 'in tackles (118)', 'Talib (three
    interceptions)' (a count after a noun; not a unit conversion, '12,250 pounds (5,560 kg)')."""
    if text[a - 1 : a] != "(":
        return False
    if isinstance(fact.detail, DateValue):
        return (
            fact.detail.is_range and text[b : b + 1] == ")" and bool(_AUTHOR_YEAR.search(text[:a]))
        )
    if not re.match(r"(?:\s[a-z]+){0,2}\)", text[b:]):
        return False
    if isinstance(fact.detail, FigureValue) and fact.detail.unit:
        return False  # "one mile (1.6 km)": a measure in an aside converts the one before it
    return not _CONVERSION.search(text[:a]) and bool(re.search(r"[a-z]\s\($", text[:a]))


def _in_parentheses(text: str, a: int, b: int) -> bool:
    """True when [a, b) sits inside a parenthesised aside."""
    return text.rfind("(", 0, a) > text.rfind(")", 0, a) and text.find(")", b) >= 0


_QUALIFIER = re.compile(
    r"^\s*\((?:junior grade|senior grade|acting|retired|honorary|interim|designate|"
    r"posthumous(?:ly)?|brevet)\)$"
)


def _strip_parens(sentence: str, a: int, b: int) -> tuple[str, int, int]:
    """Drop parenthetical asides that do not hold the answer; they add clutter and clues."""
    if "(" not in sentence:
        return sentence, a, b  # no aside (ASIDE, which may open with spaces, is tried nowhere)
    out, pos, na, nb = [], 0, a, b
    for m in ASIDE.finditer(sentence):
        if m.start() <= a < m.end() or m.start() < b <= m.end() or _QUALIFIER.search(m.group(0)):
            continue  # "lieutenant (junior grade)" is a rank of its own: the aside stays
        out.append(sentence[pos : m.start()])
        removed = m.end() - m.start()
        if m.end() <= a:
            na, nb = na - removed, nb - removed
        pos = m.end()
    out.append(sentence[pos:])
    return "".join(out), na, nb


def make_stem(doc: Document, fact: Fact) -> Stem | None:
    """The stem for a fact, or None when no clean, self-contained stem can be made."""
    if fact.sentence.block.kind == "infobox":
        return infobox.stem(doc, fact)
    sent = fact.sentence
    noted = _without_notes(sent.text, fact.start - sent.start, fact.end - sent.start)
    if noted is None or sent.block.kind == "list_item":
        return None
    text, a, b = noted
    if not is_statement(text):
        return None  # list entries, captions and quote introductions are not statements
    aside = _in_parentheses(text, a, b) and not _askable_aside(text, a, b, fact)
    if aside:
        life = life_question(model(doc), fact)  # "Wilhelm Fabry (25 June 1560 – 15 …)"
        return Stem("wh", life, 0.95) if life else None
    if _part_of_series(text, a, b, fact.kind):
        return None  # an aside, one end of a range or one of a list: not a fact on its own
    text, a, b = _strip_parens(text, a, b)
    dm = model(doc)
    if fact.kind == "place" and dm.kind == "place" and names_subject(dm, fact.text):
        return None  # "_____ was England's northern fortress" in Newcastle's own article
    resolved = apply(text, a, b, resolve(dm, text, sent.start in dm.resolvable, sent.start))
    if resolved is None:
        return None
    text, a, b = drop_lead_adverbial(*resolved)
    named = _full_names(dm.people, text, a, b)
    if named is None:
        return None  # "Stewart" where the article has two Stewarts: which one?
    text, a, b = named
    borrowed = False  # the stem quotes the sentence before as well: a cloze, never a question
    if not dangling_outside(text, a, b, fact.kind) and leans_back(dm, sent, text):
        own = subordinate_statement(text, a, b)  # "After X fell in 1985, the coffins …"
        joined = own or _borrowed(dm, fact, text, a, b)  # "The coffins were stacked …": which?
        if joined is None:
            return None
        text, a, b = joined
        borrowed = own is None
    elif dangling_outside(text, a, b, fact.kind):
        whole = (text, a, b)
        text, a, b = trim_before(text, a, b)
        text = trim_after(text, b)
        if (
            dangling_outside(text, a, b, fact.kind)
            or not has_finite_verb(text[:a] + text[b:])
            or cuts_list(whole[0], text)
            or drops_members(whole[0][whole[2] :], text[b:])
        ):
            # still dangling, or the cut left no clause (or part of a list of clauses): a
            # clause of its own may hold the fact ("After X was overthrown in 1985, the party
            # …"), else the sentence before may say what the whole sentence means
            own = subordinate_statement(*whole)
            joined = own or _borrowed(dm, fact, *whole)
            if joined is None:
                return None
            text, a, b = joined
            borrowed = own is None
    if text.count('"') % 2 or text.count("“") != text.count("”"):
        return None
    text, a, b = stamped(dm, fact, text, a, b)
    if undated_statistic(fact, text) or date_stamp(fact, text, a, b):
        return None  # "_____ of households …": of which census? "As of _____": the citation
    placed = in_context(dm, text, a, b, fact.kind == "place")
    if placed is None:
        return None  # names nothing and leans on "the <noun>": needs the article open
    text, a, b = with_year(fact, *_set_in_scene(dm, fact, *placed))
    if _article_of_blank(fact, text, a):
        a -= 4  # "the referendum in _____": "the Netherlands" among Belgium and Denmark
    if BY_NAME[fact.kind].wh and not borrowed and ";" not in text[b:]:  # one clause asked
        wh = when_question(text, a, b, dm.proper)
        if wh:
            return labelled(dm, fact, Stem("wh", wh, 0.9))
    made = _cloze(text, a, b)
    if made is None and len(text) > MAX_STEM:
        clause = clause_of(text, a, b)  # too long to read as one stem: its clause may be enough
        if clause and borrowed and not has_finite_verb(clause[0].split(". ", 1)[0]):
            clause = None  # the cut left a fragment of the sentence borrowed: "Elizabeth Pye."
        made = _cloze(*clause) if clause else None
        own = None if made or borrowed else subordinate_statement(text, a, b)
        made = made or (_cloze(*own) if own else None)  # "…, since the league expanded …"
    return labelled(dm, fact, made) if made else None  # None: the topic cannot be said


def _set_in_scene(dm: DocModel, fact: Fact, text: str, a: int, b: int) -> tuple[str, int, int]:
    """The stem set in the country its paragraph opened on ("In the United States, teaching
    certification generally lasts _____"), when it names no place itself (`scenes.scene_of`)."""
    if dm.kind in ("place", "site") or fact.kind == "place" or _OPENS_ON_PLACE.match(text):
        return text, a, b
    scene = scene_of(dm, fact.sentence)
    if not scene or names_an_area(text):
        return text, a, b
    return set_in(scene, text, a, b)


_OPENS_ON_PLACE = re.compile(r"(?:In|At) (?:the )?[A-Z]")


def _borrowed(dm: DocModel, fact: Fact, text: str, a: int, b: int) -> tuple[str, int, int] | None:
    """The stem after the sentence before it (`with_previous`); when the two are too long to
    read as one stem, the sentence before and the clause of this one that holds the fact."""
    joined = with_previous(dm, fact, text, a, b)
    if joined is None or len(joined[0]) <= MAX_STEM:
        return joined
    clause = clause_of(text, a, b, leaning=True)
    return (with_previous(dm, fact, *clause) if clause else None) or joined


def _full_names(found: People, text: str, a: int, b: int) -> tuple[str, int, int] | None:
    """The stem with each lone surname written in full ("Manning" → "Peyton Manning"), outside
    the answer; None when a surname is ambiguous."""
    edits = surname_edits(found, text)
    if edits is None:
        return None
    kept = [e for e in edits if e[1] <= a or e[0] >= b]
    return apply(text, a, b, kept)


def _article_of_blank(fact: Fact, text: str, a: int) -> bool:
    """True when the "the" before a place's blank goes into its options
    (`place_words.article_in_options`)."""
    d = fact.detail
    return (
        isinstance(d, PlaceValue) and the_before(text, a) and article_in_options(fact.text, d.cls)
    )


_WORD_END = re.compile(r"\w$")
_WORD_START = re.compile(r"\w")


def _cloze(text: str, a: int, b: int) -> Stem | None:
    """The sentence with the fact replaced by a blank."""
    before, after = text[:a], text[b:]
    # a match of _WORD_END starts at one of the last two characters ("$" also matches before
    # a final newline): it is searched for there, not from the start of the sentence
    if _WORD_END.search(before, max(0, len(before) - 2)) or _WORD_START.match(after):
        return None  # the blank would cut a word
    stem = clean(before + BLANK + after)
    if not stem.rstrip("\"'”’)").endswith((".", "?", "!")):
        stem += "."  # not after a quotation's own full stop: "… but weak and frivolous."
    if len(stem) > MAX_STEM or len(stem) < 25:
        return None
    quality = 0.7 if stem.startswith(BLANK) else 0.75
    return Stem("cloze", stem, quality)
