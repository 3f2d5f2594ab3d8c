"""Place facts: the infobox's place fields, names after locative cues, names with a class word
("Tala'a district", "Saiqa Camp"), and gazetteer entries (countries, subdivisions, cities).

Precision first: a capitalised name becomes a place only with evidence (a class word, the
gazetteer together with a locative cue, or the infobox's place field).
"""

from __future__ import annotations

import re
from collections import Counter

from ..gazetteer import Place, gazetteer
from ..infobox import is_person
from ..model import Fact, PlaceValue, Sentence
from ..text import MONTHS, same_name
from .base import Context

PARTICLE = r"(?:al|el|ez|es|ad|ar|as|az|ash|de|del|della|di|da|du|des|van|von|der|den|ibn|bin|of|upon|the|la|le)"
WORD = r"[A-Z][\w'’]*(?:-[A-Z][\w'’]*)*"
NAME = re.compile(rf"(?<![\w'’-])(?:{WORD})(?:(?:[ -]{PARTICLE})?[ -](?:{WORD}))*")
CUE = re.compile(
    r"(?:\b(?:in|at|near|from|to|into|outside|towards?|across|throughout|within|via|around|"
    r"reached|entered|captured|besieged|seized|occupied|visited|invaded|toured|"
    r"(?:city|town|village|outskirts|suburbs|capital|province|district|region|state|country|"
    r"kingdom|republic|island|county|neighbou?rhoods?|villages|towns|cities|north|south|east|"
    r"west|parts|areas|residents|people) of)|"
    r"\bin(?: ISIL| rebel| government| enemy)?-(?:controlled|held) )\s*(?:the\s+)?$",
    re.I,
)
CLASS_WORDS = {
    "district": "district", "neighborhood": "district", "neighbourhood": "district",
    "quarter": "district", "suburb": "district", "governorate": "province", "province": "province",
    "region": "region", "county": "county", "hill": "hill", "hilltop": "hill", "camp": "camp",
    "base": "base", "airbase": "base", "street": "street", "road": "street", "avenue": "street",
    "river": "river", "lake": "lake", "mountain": "mountain", "mountains": "mountain",
    "island": "island", "islands": "island", "valley": "valley", "bay": "bay", "fort": "fort",
    "castle": "castle", "palace": "palace", "mosque": "mosque", "cathedral": "church",
    "church": "church", "abbey": "church", "cemetery": "cemetery",
    "square": "square", "bridge": "bridge", "airport": "airport", "village": "village",

    "town": "town", "city": "city",
}  # fmt: skip
_CLASS_AFTER = re.compile(
    r" (" + "|".join(sorted(CLASS_WORDS, key=len, reverse=True)) + r")\b", re.I
)
_LEADING = re.compile(
    r"(?:In|At|On|From|By|After|Before|During|Near|Outside|Inside|To|Into|Across|When|While|"
    r"Since|Until|Through|Throughout|Under|Within|Along|Among)\s+(?=[A-Z])"
)
STOP_NAMES = frozenset(
    """
    the a an in on at of and but he she it they his her its their this that these those january
    february march april may june july august september october november december monday
    tuesday wednesday thursday friday saturday sunday god christ north south east west central
    eastern western northern southern upper lower greater new old great little middle spring
    summer autumn fall winter union
    """.split()
)
PLACE_KEYS = ("place", "location", "locations", "country", "headquarters", "resting place",
              "burial place", "buried", "burial", "birth place", "place of birth",
              "place of death", "place of burial", "region")  # fmt: skip


def _candidates(ctx: Context, sentence: Sentence) -> list[tuple[int, int, str, str]]:
    """(start, end, name, class hint) for capitalised names in the sentence."""
    text = ctx.doc.text
    out = []
    start = sentence.block.value_start if sentence.block.kind == "infobox" else sentence.start
    for m in NAME.finditer(text, start, sentence.end):
        s, e, name = m.start(), m.end(), m.group(0)
        lead = _LEADING.match(name)
        if lead:  # "In Menlo Park" at a sentence start
            s, name = s + lead.end(), name[lead.end() :]
        poss = re.search(r"['’]s\s", name)
        if poss:  # "Edison's Menlo Park": the place follows the possessive
            s, name = s + poss.end(), name[poss.end() :]
        if not name:
            continue
        words = name.split()
        cls = ""
        last = re.split(r"[ -]", name)[-1].lower()
        proper_city = last == "city" and name.endswith("City")  # "Sun City", "New York City"
        if len(words) > 1 and last in CLASS_WORDS and not proper_city:
            cls = CLASS_WORDS[last]
            e = s + len(name) - len(last) - 1
            name = text[s:e]
        else:
            after = _CLASS_AFTER.match(text, e)
            if after:
                cls = CLASS_WORDS[after.group(1).lower()]
        name = name.removeprefix("The ").strip()
        s = e - len(name)
        if name and name.lower() not in STOP_NAMES and name.lower().rstrip(".") not in MONTHS:
            out.append((s, e, name, cls))
    return out


def _infobox_places(ctx: Context) -> dict[str, str]:
    """Folded names from the infobox's place fields → class (first part of the field is the site)."""
    known: dict[str, str] = {}
    for block in ctx.doc.infobox():
        if block.key.lower().rstrip("0123456789") in PLACE_KEYS:
            for part in ctx.doc.text[block.value_start : block.end].split(","):
                part = part.strip(" ()*")
                if part and part[0].isupper() and len(part) <= 60:
                    known.setdefault(part.lower(), "")
    return known


def _pick(entries: list[Place], home: str) -> Place:
    """Choose among same-named entries: a country, then the article's home country, then size."""
    return sorted(entries, key=lambda p: (p.cls != "country", p.country != home, -p.population))[0]


_CLASS_CUE = re.compile(
    r"\b(neighbou?rhoods?|villages?|towns?|cities|city|districts?|suburbs?|provinces?) of\s+$", re.I
)
_COORD = re.compile(r"(?:,\s*|,?\s+and\s+|,?\s+or\s+)$")
_DEMONYM = re.compile(r"(?:an|ian|ese|ish|ic|i)$")
_LIST_AFTER = re.compile(r"(?:,\s*|\s+and\s+)(?:the\s+)?[A-Z]")
_LOOSE_CUE = re.compile(r"\b(?:on|against|of|and|toward|towards)\s+(?:the\s+)?$", re.I)


def _evidence(
    ctx: Context,
    sentence: Sentence,
    cands: list[tuple[int, int, str, str]],
    infobox: dict[str, str],
) -> list[tuple[int, int, str, str, list[Place]]]:
    """Candidates with evidence of being places; a class cue carries over a coordinated list."""
    text = ctx.doc.text
    out = []
    carried = ""
    prev_end = -1
    for s, e, name, cls in cands:
        before = text[max(sentence.start, s - 40) : s]
        cue_cls = _CLASS_CUE.search(before)
        plural = bool(cue_cls) and cue_cls.group(1).lower().endswith(("s", "cities"))  # type: ignore[union-attr]
        if cue_cls and (not plural or _LIST_AFTER.match(text, e)):
            word = cue_cls.group(1).lower()
            carried = CLASS_WORDS.get(word.rstrip("s"), "city" if word == "cities" else "district")
        elif not (carried and prev_end >= 0 and _COORD.fullmatch(text[prev_end:s])):
            carried = ""
        prev_end = e
        cls = cls or carried
        if ctx.is_claimed(s, e) or ctx.in_quote(s, e) or name.isupper():
            continue
        if _DEMONYM.search(name) and re.match(r" [a-z]", text[e : e + 2]):
            continue  # "Italian forces": an adjective, not a place
        entries = gazetteer().lookup(name)
        cue = bool(CUE.search(before))
        if cls or (entries and cue) or (cue and name.lower() in infobox):
            out.append((s, e, name, cls, entries))
    return out


def _infobox_site(
    sentence: Sentence, cands: list[tuple[int, int, str, str]]
) -> list[tuple[int, int, str, str, list[Place]]]:
    """The first name of a place field is the site; other fields need the gazetteer's word."""
    key = sentence.block.key.strip().lower()
    for s, e, name, cls in cands[:2]:
        entries = gazetteer().lookup(name)
        if entries or cls or (key in ("place", "location") and s == cands[0][0]):
            return [(s, e, name, cls, entries)]
    return []


def extract(ctx: Context) -> list[Fact]:
    """Find place names with evidence, then give spelling variants one canonical value."""
    text = ctx.doc.text
    infobox = _infobox_places(ctx)
    raw: list[tuple[int, int, str, str, list[Place], Sentence]] = []
    loose: list[tuple[int, int, str, Sentence]] = []
    for sentence in ctx.sentences_for("place"):
        cands = _candidates(ctx, sentence)
        if sentence.block.kind == "infobox":
            found = _infobox_site(sentence, cands)
        else:
            found = _evidence(ctx, sentence, cands, infobox)
        raw.extend((*f, sentence) for f in found)
        taken = {f[0] for f in found}
        for s, e, name, _cls in cands:
            if s not in taken and _LOOSE_CUE.search(text[max(sentence.start, s - 12) : s]):
                loose.append((s, e, name, sentence))
    known = [(r[2], r[3]) for r in raw if r[3]]
    for s, e, name, sentence in loose:  # a name known as a place elsewhere in the article
        cls = next((c for n, c in known if same_name(n, name)), "")
        if cls and not ctx.in_quote(s, e) and not name.isupper():
            entries = gazetteer().lookup(name)
            raw.append((s, e, name, "" if entries else cls, entries, sentence))
    raw.sort(key=lambda r: r[0])
    home = Counter(p.country for *_, entries, _s in raw for p in entries[:1] if len(entries) == 1)
    home_cc = home.most_common(1)[0][0] if home else ""
    facts: list[Fact] = []
    subject_words = set(ctx.doc.title.split()) if is_person(ctx.doc) else set()
    agents = _agents(text)
    for s, e, name, cls, entries, sentence in raw:
        if _DEMONYM.search(name) and re.match(r" [a-z]", text[e : e + 2]) and not cls:
            continue  # "Italian forces": an adjective, not a place
        if (name in subject_words or name in agents) and not cls:
            continue  # "by Edison" in Edison's article, or "Seymour arrived": a person
        if s == sentence.start and not (cls or entries) and " " in name:
            continue
        if entries and not cls and not _at_home(entries, home_cc, text, e):
            continue
        if not ctx.claim(s, e):
            continue
        value = _value(name, cls, entries, home_cc, text, e)
        facts.append(Fact("place", name, name, s, e, sentence, value))
    return _canonicalise(facts)


_AGENT = re.compile(r"\b([A-Z][a-z]+) (?:was|had|[a-z]+ed)\b")  # "Seymour arrived"


def _agents(text: str) -> set[str]:
    """Names that act in the article ("Seymour arrived", "Seymour was"): people, not places."""
    out = set()
    for m in _AGENT.finditer(text):
        before = text[max(0, m.start() - 2) : m.start()]
        starts = before.endswith((". ", "\n")) or m.start() == 0
        if starts and not m.group(0).endswith("ed"):
            continue  # "Paris was …" at a sentence start says little; "Seymour arrived" does
        out.add(m.group(1))
    return out


def _at_home(entries: list[Place], home: str, text: str, end: int) -> bool:
    """A city abroad needs more than a cue: the article's country, or ', State' after it."""
    if not home or any(p.cls in ("country", "state") or p.country == home for p in entries):
        return True
    return bool(re.match(r", [A-Z]", text[end : end + 3]))


def _value(name: str, cls: str, entries: list[Place], home: str, text: str, end: int) -> PlaceValue:
    """PlaceValue from the class word or the gazetteer; ', Ohio' after a city pins its state."""
    suffix = ""
    after = _CLASS_AFTER.match(text, end)
    if after:
        suffix = after.group(1)
    if cls in ("province", "region", "county") and entries:
        states = [p for p in entries if p.cls == "state"]
        if states:
            p = _pick(states, home)
            return PlaceValue(name, "state", p.country, p.admin1, suffix=suffix)
    if cls or not entries:
        if cls == "city" and entries:
            p = _pick([e for e in entries if e.cls == "city"] or entries, home)
            return PlaceValue(name, "city", p.country, p.admin1, p.lat, p.lon, p.population)
        return PlaceValue(name, cls or "locality", home, suffix=suffix)
    place = _pick(entries, home)
    admin1 = place.admin1
    state = re.match(r", ([A-Z][\w ]+?)(?=[,.;)\n]|$| and )", text[end : end + 40])  # to the line end too: infobox values
    if state:
        states = [p for p in gazetteer().lookup(state.group(1)) if p.cls == "state"]
        states.sort(key=lambda p: (p.country != place.country, p.country != home))
        for p in states[:1]:
            admin1, home = p.admin1, p.country
            if place.cls == "city" and (place.country, place.admin1) != (p.country, p.admin1):
                return PlaceValue(name, "city", p.country, admin1)  # another town of that name
    return PlaceValue(name, place.cls, place.country, admin1, place.lat, place.lon,
                      place.population)  # fmt: skip


def _canonicalise(facts: list[Fact]) -> list[Fact]:
    """Spelling variants of one place share the value of the first spelling seen."""
    canon: list[tuple[str, str]] = []
    out = []
    for f in facts:
        cls = f.detail.cls if isinstance(f.detail, PlaceValue) else ""
        rep = next((c for c, k in canon if k == cls and same_name(c, f.text)), None)
        if rep is None:
            canon.append((f.text, cls))
            rep = f.text
        out.append(Fact(f.kind, f.text, rep, f.start, f.end, f.sentence, f.detail, f.salience))
    return out
