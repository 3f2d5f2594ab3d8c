"""What an article is about, computed once per document and consulted by every stage.

The subject and its aliases (title, lead), the kind of article (a biography is known by its
infobox or by its text: "X (born …) was a …", pronoun counts), the nouns that stand for the
subject ("the town" in an article about a town) and, sentence by sentence, whether a leading
pronoun ("He", "It", "Its") points to the subject.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from . import infobox, short_forms
from .antecedents import is_common_word
from .gazetteer import gazetteer
from .model import Document, Sentence
from .people import People, people
from .plurals import plural_antecedents
from .pronouns import ASIDE, LEADING_ADVERBIAL, antecedents, resolvable_starts
from .segment import segment
from .short_forms import Names

ArticleKind = Literal["person", "event", "place", "site", "thing"]

# Title endings and defining nouns that name what the subject is ("the railroad" in its article).
COMMON_HEADS = frozenset(
    "railroad railway line station bridge canal dam lake river park museum school college "
    "university church cathedral temple mosque castle fort fortress palace tower building "
    "hospital airport company band ship town village city district county island mountain "
    "township municipality borough hamlet parish settlement "
    "abbey monastery shrine mausoleum tomb monument memorial house hall garden estate mill "
    "institute academy library organization organisation party state province region country "
    "festival exhibition fair game tournament competition battle siege war offensive campaign "
    "revolution rebellion uprising revolt coup massacre attack bombing disaster earthquake "
    "flood fire riot election referendum expedition mission voyage plague epidemic pandemic "
    "program programme project movement empire kingdom dynasty treaty crisis medal award "
    "prize trophy agreement constitution newspaper magazine journal album film "
    "novel book song opera painting statue disease infection element compound".split()
)
_EVENT_HEADS = frozenset(
    "battle siege war offensive campaign revolution rebellion uprising revolt coup massacre "
    "attack bombing disaster earthquake flood fire riot election referendum expedition crisis "
    "game tournament plague epidemic pandemic".split()
)
_PLACE_HEADS = frozenset(
    "town village city district county island mountain state province region country "
    "township municipality borough hamlet parish settlement".split()
)
# A building or ground one visits: its stems are set there ("At the Taj Mahal, the fee …")
_SITE_HEADS = frozenset(
    "mausoleum tomb monument memorial palace castle fort fortress temple mosque church "
    "cathedral abbey monastery shrine tower bridge dam canal park garden museum house hall "
    "estate building stadium".split()
)
_DEFINITION = re.compile(
    r"^[^.;:]*?\b(?:is|was|are|were) (?:a|an|the|one of the) ([^.;:(]*?)"
    r"(?:[,.;:(]| in | on | of | for | to | that | which | located | with | by )"
)
_LIFE = re.compile(  # after any other asides: "Wilhelm Fabry (also …) (25 June 1560 − …)"
    r"^[^.(]{2,80}(?:\([^()]*\)\s*)*\((?:[^()]*;\s*)?"
    r"(?:born|b\.|c\. ?\d|\d{3,4}\s*[–−-]|[^()]*\d{3,4}\s*[–−-]\s*[^()]*?\d)"
)
_ALSO = re.compile(
    r"\b(?:also|commonly|better|often|formerly) (?:known|called|referred to) as ([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3})"
)
_LEAD_SUBJECT = re.compile(
    r"^((?:The )?[A-Z][\w'’.-]*(?: (?:of |upon |de |the |and )?[A-Z][\w'’.-]*){0,5})(?: \([^)]*\))?,? (?:is|was|are|were|has|had)\b"
)
_WORDS = re.compile(r"[A-Za-z]+")
_NAME = re.compile(
    r"[A-Z][\w'’.-]*(?:,? (?:[A-Z][\w'’.-]*|\d+(?:st|nd|rd|th)|of|de|d'\w+|von|van|da|al|bin|ibn))+"
)


@dataclass(frozen=True, slots=True)
class DocModel:
    """What one article is about, for the stages that name or resolve its subject."""

    subject: str  # how a stem names the subject: "Thomas Edison", "the Battle of Tilpat"
    aliases: frozenset[str]  # names the text uses for the subject ("Harvard", "Newcastle")
    kind: ArticleKind
    pronoun: str  # "he", "she" or "it": the pronoun that stands for the subject
    nouns: frozenset[str]  # common nouns that stand for the subject ("town", "university")
    proper: frozenset[str]  # lower-cased words the text writes only capitalised (Baker, Wood)
    resolvable: frozenset[int]  # starts of sentences whose leading pronoun means the subject
    # starts of sentences whose leading "It"/"Its" means the previous sentence's named subject,
    # and that name ("Newcastle International Airport is … It is connected …")
    antecedents: dict[int, str]
    people: People  # who a lone surname means ("Manning": "Peyton Manning")
    sentences: tuple[Sentence, ...]  # the document's sentences, for a stem that quotes two
    names: Names  # names of bodies, for a short form ("the league") that means one of them
    # the subject as a stem's topic ("Super Bowl 50: …") where the stem does not name it: an
    # event, a thing, or a place or site whose stem names another site; "" for a person
    label: str = ""


_CACHE: dict[str, DocModel] = {}


def model(doc: Document, sentences: Sequence[Sentence] | None = None) -> DocModel:
    """The document model, computed once per document (cached by its SHA-256); the pipeline
    passes the sentences it has already segmented."""
    found = _CACHE.get(doc.sha256)
    if found is None:
        if len(_CACHE) > 256:
            _CACHE.clear()
        found = _build(doc, segment(doc) if sentences is None else sentences)
        _CACHE[doc.sha256] = found
    return found


def _build(doc: Document, sentences: Sequence[Sentence]) -> DocModel:
    """Compute the model from the title, infobox, lead and pronoun counts."""
    lead = next((doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"), "")
    bare = re.sub(r"\s*\([^)]*\)\s*$", "", doc.title.strip())
    words = Counter(_WORDS.findall(doc.text))  # one pass: pronoun counts and capitalised words
    counts = Counter(
        {
            p: words[p] + words[p.capitalize()]
            for p in ("he", "she", "it", "his", "her", "its", "him")
        }
    )
    kind = _kind(doc, lead, bare, counts)
    pronoun = "it"
    if kind == "person":
        pronoun = "she" if counts["she"] + counts["her"] > counts["he"] + counts["his"] else "he"
    # a title that names many ("… centers and institutes", "Greco-Persian Wars") has a kind,
    # but "the institute" in its text is one of them, not the subject
    plural = bare.lower().endswith("s") and _title_noun(bare) == bare.lower().split()[-1][:-1]
    nouns = set() if plural else {n for n in (_defined_noun(lead), _title_noun(bare)) if n}
    if kind == "place" and not nouns and (gazetteer_class(bare) or qualified_place(doc.title)):
        nouns.add(gazetteer_class(bare) or qualified_place(doc.title))  # "the city" of Warsaw
    aliases = _aliases(doc, lead, bare, kind)
    subject = infobox.subject(doc) if kind != "person" else bare.split(",")[0].strip()
    if kind == "person":
        subject = infobox.with_epithet_the(subject)
    if kind != "person" and "," in subject and subject.split(",")[0] in aliases:
        subject = subject.split(",")[0]  # "Jacksonville, Florida" is "Jacksonville" in its text
    subject = re.sub(r"\s*\([^)]*\)\s*$", "", subject)  # "Victoria (Australia)"
    resolvable = resolvable_starts(sentences, frozenset(aliases), frozenset(nouns), pronoun)
    # and the first word of a name of the subject that has more: "Cherry began serving …" is
    # Cherry Hospital (but "Oxygen was liquified" is the element, a common noun)
    firsts = {n.removeprefix("The ").split(" ")[0] for n in aliases | {subject} if " " in n}
    proper = _proper_words(doc.text, words) | {w.lower() for w in firsts if w[:1].isupper()}
    return DocModel(
        subject=subject,
        aliases=frozenset(aliases),
        kind=kind,
        pronoun=pronoun,
        nouns=frozenset(nouns),
        proper=proper,
        resolvable=resolvable,
        antecedents=antecedents(sentences, resolvable) | plural_antecedents(sentences),
        people=(
            people(doc.text, bare.split(",")[0].strip())
            if kind == "person"
            else people(doc.text, things=_name_words(aliases | {subject}))
        ),
        sentences=tuple(sentences),
        names=short_forms.index(doc.text),
        label=_label(kind, subject, lead),
    )


def _name_words(names: set[str]) -> frozenset[str]:
    """Words that alone name the subject: a one-word name, or the first word of a name when
    it is no English word ("Harvard" of "Harvard University"; not "Murders" of "Murders of
    the Dickason children", whose "Dickason" is a person)."""
    firsts = (name.removeprefix("The ").split(" ", 1)[0] for name in names)
    return frozenset(w for w in firsts if len(w) >= 4 and w[:1].isupper() and not is_common_word(w))


def _label(kind: ArticleKind, subject: str, lead: str) -> str:
    """ "The Black Death" for an article whose first paragraph names it by its title (a
    biography's too: `context.labelled` sets it before a stem that names nobody); a title the
    text never uses ("Wikigold document 1") or that carries markup is no topic."""
    if "_" in subject or subject.removeprefix("the ") not in lead:
        return ""
    return subject[:1].upper() + subject[1:]


def _kind(doc: Document, lead: str, bare: str, counts: Counter[str]) -> ArticleKind:
    """Person by infobox or text ("X (born 1847) was …", mostly "he"/"she"), a place the
    gazetteer knows by the title, else by the title's or the definition's head noun."""
    if infobox.is_person(doc):
        return "person"
    if infobox.is_event(doc):
        return "event"
    head = _title_noun(bare) or _defined_noun(lead)
    personal = counts["he"] + counts["his"] + counts["she"] + counts["her"] + counts["him"]
    named = bool(_NAME.fullmatch(bare)) and not head
    if named and _LIFE.match(lead):
        return "person"
    if not head and (gazetteer_class(bare) or qualified_place(doc.title)):
        return "place"
    if named and personal >= 5 and personal > 3 * (counts["it"] + counts["its"]):
        return "person"
    if head in _EVENT_HEADS:
        return "event"
    if head in _PLACE_HEADS:
        return "place"
    if head in _SITE_HEADS:
        return "site"
    return "thing"


def gazetteer_class(bare: str) -> str:
    """'city', 'state' or 'country' when the gazetteer knows the title's name as one class
    only ("Warsaw", "Jacksonville, Florida"), else ''."""
    classes = {p.cls for p in gazetteer().lookup(bare.split(",")[0].strip())}
    big = {
        p.cls
        for p in gazetteer().lookup(bare.split(",")[0].strip())
        if p.cls != "city" or p.population >= 100_000
    }
    return next(iter(big)) if len(classes) == 1 and big else ""


_QUALIFIED = re.compile(r"^(.+?) \(([^()]+)\)$")


def qualified_place(title: str) -> str:
    """The class of a place whose title says where it is, among its namesakes: 'state' for
    "Victoria (Australia)", the state of that country the gazetteer knows by the name; ''
    otherwise."""
    m = _QUALIFIED.match(title.strip())
    if not m:
        return ""
    where = {p.country for p in gazetteer().lookup(m.group(2)) if p.cls == "country"}
    found = {
        p.cls
        for p in gazetteer().lookup(m.group(1))
        if p.country in where and p.cls in ("state", "city", "country", "region")
    }
    return next(iter(found)) if len(found) == 1 else ""


def _defined_noun(lead: str) -> str:
    """The head noun of the defining first sentence ("… is a market town" → "town"); asides are
    skipped, as a pronunciation's colon ("(RP: /ˈnjuːkɑːsəl/)") is no clause end."""
    bare = ""
    while bare != lead:  # an aside inside an aside: "(… [taːdʒ ˈmɛɦ(ɛ)l] …)"
        bare, lead = lead, ASIDE.sub("", lead)
    m = _DEFINITION.match(lead)
    words = [w.lower() for w in m.group(1).split()] if m else []
    return next((h for h in map(_head, reversed(words)) if h), "")


def _head(word: str) -> str:
    """The common head noun a word is, singular ("wars" → "war", "pandemics" → "pandemic"), or
    "" when it is none."""
    word = word.lower()
    if word in COMMON_HEADS:
        return word
    return word[:-1] if word.endswith("s") and word[:-1] in COMMON_HEADS else ""


def _title_noun(bare: str) -> str:
    """The title's head when it is a common noun ("… Central Railroad" → "railroad",
    "Battle of Tilpat" → "battle")."""
    words = bare.split()
    if len(words) > 2 and words[1] == "of" and _head(words[0]):
        return _head(words[0])
    return _head(words[-1]) if len(words) > 1 else ""


def _aliases(doc: Document, lead: str, bare: str, kind: ArticleKind) -> set[str]:
    """Names the text uses for the subject: the title, the lead's subject, "also known as"."""
    names = {bare, bare.removeprefix("The ")}
    if kind == "person":
        parts = [w for w in bare.split(",")[0].split(" of ")[0].split() if w[:1].isupper()]
        # a biography calls its subject by the surname, or by another part of the name
        # ("Hasan" in the article on Mahmud Hasan Deobandi)
        names.update(p for p in parts[1:] if not re.fullmatch(r"[IVXL]+|[A-Z]\.?", p))
    m = _LEAD_SUBJECT.match(LEADING_ADVERBIAL.sub("", lead))
    if m and set(m.group(1).removeprefix("The ").split()) & set(re.findall(r"[\w'’-]+", bare)):
        names.add(m.group(1).removeprefix("The "))
    names.update(a.group(1) for a in _ALSO.finditer(lead))
    return {n for n in names if len(n) > 2}


def _proper_words(text: str, words: Counter[str]) -> frozenset[str]:
    """Words written capitalised inside sentences and never in lower case: names, not English."""
    lower = {w for w in words if w.islower()}
    return frozenset(w.lower() for w in set(_MID_CAPITAL.findall(text)) if w.lower() not in lower)


_MID_CAPITAL = re.compile(r"[a-z,;] ([A-Z][a-z]{2,})\b")
