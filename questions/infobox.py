"""The infobox fields the generator understands, and the natural stems they give.

A field not listed here is never a question source: converted infoboxes carry junk
("- Territorial1: changes") and a good generator makes no item from what it cannot understand.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import getAllLemmas
from .model import DateValue, Document, Fact, FigureValue, Stem
from .people import TITLES

# key (lower-case, trailing digits removed) → {kind: stem template}
# {s} is the article's subject ("the Battle of Tilpat", "Thomas Edison"), {side} a combatant.
FIELDS: dict[str, dict[str, str]] = {
    "date": {"date": "When did {s} take place?"},
    "dates": {"date": "When did {s} take place?"},
    "place": {"place": "Where did {s} take place?"},
    "location": {"place": "{where} {s}?"},
    "born": {"date": "When was {s} born?", "place": "Where was {s} born?"},
    "died": {"date": "When did {s} die?", "place": "Where did {s} die?"},
    "reign": {"date": "When did {s} reign?"},
    "coronation": {"date": "When was {s} crowned?"},
    "years of service": {"date": "During which years did {s} serve in {branch}?"},
    "years active": {"date": "During which years was {s} active?"},
    "established": {"date": "When was {s} established?"},
    "founded": {"date": "When was {s} founded?"},
    "opened": {"date": "When was {s} opened?"},
    "completed": {"date": "When was {s} completed?"},
    "built": {"date": "When was {s} built?"},
    "strength": {"figure": "What was the strength of {side} in {s}?"},
    "casualties": {"figure": "{casualties}"},
    "area": {"figure": "What is the area of {s}?"},
    "length": {"figure": "What is the length of {s}?"},
    "height": {"figure": "What is the height of {s}?"},
    "country": {"place": "In which country is {s}?"},
    "headquarters": {"place": "Where is {s} headquartered?"},
    "resting place": {"place": "Where is {s} buried?"},
    "burial place": {"place": "Where is {s} buried?"},
    "place of burial": {"place": "Where is {s} buried?"},
    "buried": {"place": "Where is {s} buried?"},
    "burial": {"place": "Where is {s} buried?"},
}
SIDE_KEYS = ("combatant", "belligerents", "combatants")
# Fields whose date is a span: a question about them is answered by the whole span only
SPANS = frozenset({"reign", "years of service", "years active"})
PERSON_KEYS = ("born", "died", "reign", "spouse", "father", "mother", "years of service")
EVENT_KEYS = ("result", "combatant", "belligerents", "casualties", "strength", "commanders")


def keys(doc: Document) -> frozenset[str]:
    """The document's infobox keys, normalised (computed once per document)."""
    return _cached_keys(doc)


_KEY_CACHE: dict[str, frozenset[str]] = {}


def _cached_keys(doc: Document) -> frozenset[str]:
    found = _KEY_CACHE.get(doc.sha256)
    if found is None:
        if len(_KEY_CACHE) > 256:
            _KEY_CACHE.clear()
        found = frozenset(field_key(b.key) for b in doc.blocks if b.kind == "infobox")
        _KEY_CACHE[doc.sha256] = found
    return found


@lru_cache(maxsize=1024)
def field_key(key: str) -> str:
    """'Strength1' → 'strength'."""
    return re.sub(r"\s*\d+$", "", key.strip().lower())


def understood(key: str, kind: str) -> bool:
    """True when an infobox field may give a fact of this kind."""
    return kind in FIELDS.get(field_key(key), {})


def subject(doc: Document) -> str:
    """How stems name the article's subject: 'the Battle of Tilpat', 'Thomas Edison'."""
    found = _SUBJECT_CACHE.get(doc.sha256)
    if found is None:
        if len(_SUBJECT_CACHE) > 256:
            _SUBJECT_CACHE.clear()
        found = _subject(doc)
        _SUBJECT_CACHE[doc.sha256] = found
    return found


_SUBJECT_CACHE: dict[str, str] = {}


def _subject(doc: Document) -> str:
    title = doc.title.strip()
    if keys(doc) & set(PERSON_KEYS):
        return with_epithet_the(re.sub(r"\s*\([^)]*\)\s*$", "", title).split(",")[0].strip())
    if title.lower().startswith("the "):
        return title
    bare = re.sub(r"\s*\([^)]*\)\s*$", "", title)
    if keys(doc) & set(EVENT_KEYS) or _written_with_the(doc.text, bare):
        return "the " + title  # as the article names it: "The White Mountain Central Railroad is …"
    if with_epithet_the(bare) != bare:
        return "the " + title  # a noun and its "of": "the Line of Control", "the Treaty of Paris"
    return title


def with_epithet_the(name: str) -> str:
    """A person known by a nickname "<noun> of <place>" is written with "the" ("the Ninja of
    Heisei", "the Maid of Orleans"); a name and realm ("Birendra of Nepal") or a title
    ("Emperor Xizong of Jin") is not."""
    first = name.split(" ", 1)[0]
    if " of " in name and first not in TITLES and "NOUN" in getAllLemmas(first.lower()):
        return "the " + name
    return name


def _written_with_the(text: str, bare: str) -> bool:
    """True when most mentions of the name are "the Name" (and not "the Name Uprising")."""
    mentions = with_the = 0
    start = text.find(bare)
    while start >= 0:
        end = start + len(bare)
        whole = not text[start - 1 : start].isalnum() and not text[end : end + 1].isalnum()
        if whole and not re.match(r" [A-Z]", text[end : end + 2]):
            mentions += 1
            with_the += text[max(0, start - 4) : start] in ("the ", "The ")
        start = text.find(bare, end)
    return with_the > 0 and 2 * with_the >= mentions


def is_person(doc: Document) -> bool:
    """True for a biography: its infobox has a birth, death or reign."""
    return bool(keys(doc) & {"born", "died", "reign"})


def is_event(doc: Document) -> bool:
    """True for a battle, offensive or similar: its infobox has sides or a result."""
    return bool(keys(doc) & set(EVENT_KEYS))


def side(doc: Document, number: str) -> str:
    """The first name of combatant `number` ('1', '2'), or '' when unknown."""
    for b in doc.infobox():
        k = field_key(b.key)
        if k in SIDE_KEYS and b.key.strip().endswith(number):
            first = doc.text[b.value_start : b.end].split(",")[0].strip()
            first = re.sub(r"\s*\(.*$", "", first)
            if " " in first and not first.lower().startswith("the "):
                first = "the " + first  # "the Islamic State", but "ISIL"
            return first
    return ""


def branch(doc: Document) -> str:
    """The service a person's "Years of service" are of ("the Union Army"), or ''."""
    for b in doc.infobox():
        if "branch" in field_key(b.key):
            first = re.sub(r"\s*\(.*$", "", doc.text[b.value_start : b.end].split(",")[0]).strip()
            if first and not first.lower().startswith("the "):
                first = "the " + first
            return first
    return ""


def stem(doc: Document, fact: Fact) -> Stem | None:
    """Natural stems for understood infobox fields."""
    if "?" in fact.sentence.text or "(or " in fact.sentence.text:
        return None  # the field itself is unsure ("1427 (or 1420 ?) – 1435")
    key = fact.sentence.block.key
    template = FIELDS.get(field_key(key), {}).get(fact.kind)
    if not template:
        return None
    if field_key(key) == "country" and is_person(doc):
        return None  # "In which country is the Ninja of Heisei?": a person is in no country
    if field_key(key) in SPANS and not (
        isinstance(fact.detail, DateValue) and fact.detail.is_range
    ):
        return None  # "When did Lothair I reign?" answered by the day his reign in Italy began
    subj = subject(doc)
    number = key.strip()[-1] if key.strip()[-1].isdigit() else ""
    if "{where}" in template:
        where = "Where did" if is_event(doc) else "Where is"
        template = template.replace("{where}", where)
        template = template.replace("{s}?", "{s} take place?" if is_event(doc) else "{s}?")
        if not is_event(doc):
            template = "Where is {s} located?"
    if "{side}" in template:
        named = side(doc, number)
        if not named:
            return None
        template = template.replace("{side}", named)
    if "{branch}" in template:
        served = branch(doc)
        if not served:
            return None  # "serve" in what? Nevius also served as a senator and a judge
        template = template.replace("{branch}", served)
    if template == "{casualties}":
        return _casualties(doc, fact, subj, number)
    if fact.kind == "date":
        if _contradicted(doc, fact):
            return None  # "28 August 1909" in the infobox, "28 October 1909" in the text
        subj = re.sub(r"\s*\([^)]*\)", "", subj)  # "(1669)" would give the year away
    return Stem("wh", template.format(s=subj), 0.95)


_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_DAY_DATE = re.compile(
    rf"\b(?:(\d{{1,2}}) ({_MONTHS}),? (\d{{3,4}})|({_MONTHS}) (\d{{1,2}}), (\d{{3,4}}))\b"
)


def _contradicted(doc: Document, fact: Fact) -> bool:
    """True when the article's first paragraph gives another day of the same year and not the
    infobox's: one of the two is wrong, and the item would teach whichever it took."""
    d = fact.detail
    if not isinstance(d, DateValue) or d.granularity != "day" or d.is_range:
        return False
    lead = next((b for b in doc.blocks if b.kind == "paragraph"), None)
    if lead is None:
        return False
    days = set()
    for m in _DAY_DATE.finditer(doc.text, lead.start, lead.end):
        day, month, year = (m.group(1), m.group(2), m.group(3)) if m.group(1) else m.group(5, 4, 6)
        if int(year) == d.first[0]:
            days.add((_MONTHS.split("|").index(month) + 1, int(day)))
    return bool(days) and (d.first[1], d.first[2]) not in days


def _casualties(doc: Document, fact: Fact, subj: str, number: str) -> Stem | None:
    """'110+ killed' → 'How many Islamic State fighters were killed in …?'"""
    detail = fact.detail
    assert isinstance(detail, FigureValue)
    after = doc.text[fact.end : fact.sentence.end]
    m = re.match(
        r"\s*(?:([a-z]+)\s+)?(killed|wounded|captured|executed|kidnapped|missing|dead)\b", after
    )
    if not m:
        return None
    noun, verb = m.group(1), m.group(2)
    if noun:
        who = noun
    else:
        named = side(doc, number).removeprefix("the ")
        if not named:
            return None
        # a name ("Islamic State fighters"); a description goes after ("fighters of the Jat
        # chiefs of Tilpat", not "Jat chiefs of Tilpat fighters")
        described = any(w[:1].islower() for w in named.split())
        who = f"fighters of the {named}" if described else f"{named} fighters"
    verb = "killed" if verb == "dead" else verb
    return Stem("wh", f"How many {who} were {verb} in {subj}?", 0.95)
