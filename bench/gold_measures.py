"""The measures of `bench/gold/README.md`, computed one way for the benchmarks and the tests.

Every function takes plain spans and values so that our extractor and the peers are scored by
the same code: a span is `(start, end)` into the gold document's text.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

GOLD = Path(__file__).resolve().parent / "gold"
ABSOLUTE = re.compile(r"^(BC)?\d{4}(-\d{2}(-\d{2})?)?$")

Span = tuple[int, int]


@dataclass(frozen=True)
class GoldDoc:
    """One gold document: its name, text and annotations (the corpus's own dicts)."""

    name: str
    text: str
    notes: list[dict[str, Any]]


def load(corpus: str) -> list[GoldDoc]:
    """The documents of `wikiwars` (TIMEX2 notes) or `wikigold` (entity notes), in name order."""
    data = json.loads((GOLD / corpus / "gold.json").read_text(encoding="utf-8"))
    key = "timex" if corpus == "wikiwars" else "ents"
    return [
        GoldDoc(name, (GOLD / corpus / entry["path"]).read_text(encoding="utf-8"), entry[key])
        for name, entry in sorted(data.items())
    ]


def squad() -> tuple[dict[str, str], list[dict[str, Any]]]:
    """SQuAD's documents by name and its typed questions."""
    docs = {p.stem: p.read_text(encoding="utf-8") for p in (GOLD / "squad" / "docs").glob("*.txt")}
    questions = json.loads((GOLD / "squad" / "gold.json").read_text(encoding="utf-8"))
    return docs, questions


def overlaps(a: Span, b: Span) -> bool:
    """True when two half-open spans share a character."""
    return a[0] < b[1] and b[0] < a[1]


def ratio(num: int, den: int) -> float:
    """num / den, 0 when there is nothing to divide."""
    return num / den if den else 0.0


def f1(p: float, r: float) -> float:
    """The harmonic mean of precision and recall."""
    return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class Score:
    """Precision, recall and F1 with the counts behind them."""

    precision: float
    recall: float
    hits: int  # found spans that match some gold span
    found: int
    matched: int  # gold spans matched by some found span
    gold: int

    @property
    def f1(self) -> float:
        return f1(self.precision, self.recall)


def score(found: Sequence[Span], gold: Sequence[Span], *, strict: bool) -> Score:
    """Span precision and recall: strict when spans must be equal, relaxed when they overlap."""
    same = (lambda a, b: a == b) if strict else overlaps
    hits = sum(1 for f in found if any(same(f, g) for g in gold))
    matched = sum(1 for g in gold if any(same(f, g) for f in found))
    return Score(
        ratio(hits, len(found)), ratio(matched, len(gold)), hits, len(found), matched, len(gold)
    )


def add(scores: Iterable[Score]) -> Score:
    """Micro-average: the counts summed, then the ratios."""
    s = list(scores)
    hits, found = sum(x.hits for x in s), sum(x.found for x in s)
    matched, gold = sum(x.matched for x in s), sum(x.gold for x in s)
    return Score(ratio(hits, found), ratio(matched, gold), hits, found, matched, gold)


def edtf(val: str) -> str | None:
    """A TIMEX2 `val` as EDTF (`BC0490` → `-0489`, decade `194` → `194X`), or None."""
    if m := re.fullmatch(r"BC(\d{4})", val):
        return f"-{int(m.group(1)) - 1:04d}"
    if re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", val):
        return val
    if re.fullmatch(r"\d{3}", val):
        return val + "X"
    if re.fullmatch(r"\d{2}", val):
        return val + "XX"
    return None


def value_ends(value: str) -> set[str]:
    """Both ends of a fact's value with the qualifiers `~ ? %` dropped."""
    return {part.strip("~?%") for part in value.split("/")}


_RANGE = re.compile(r"^(.+?)\s*[-–]\s*(.+)$")


def timex_mentions(facts: Sequence[tuple[Span, str, str]]) -> list[tuple[Span, str]]:
    """Our date facts as TIMEX2 mentions: a range the extractor reads as one fact ("1927–1937",
    "April 13-15, 1862") is two mentions in TIMEX2, one per end, and each end carries its own
    value; every other fact is one mention."""
    out: list[tuple[Span, str]] = []
    for (start, end), value, text in facts:
        m = _RANGE.match(text)
        ends = value.split("/")
        if m is None or len(ends) != 2 or not m.group(1)[-1:].isalnum():
            out.append(((start, end), value))
            continue
        out.append(((start, start + m.end(1)), ends[0]))
        out.append(((start + m.start(2), end), ends[1]))
    return out


@dataclass(frozen=True)
class DateReport:
    """Every date measure of the gold README for one system over wikiwars."""

    strict: Score
    relaxed: Score
    absolute_recall: float
    value_accuracy: float
    valued: int  # relaxed matches whose gold value converts to EDTF


def date_report(
    system: Sequence[Sequence[tuple[Span, str]]], docs: Sequence[GoldDoc]
) -> DateReport:
    """Score per-document `(span, value)` facts against the TIMEX2 gold of `docs`."""
    strict, relaxed = [], []
    absolute = absolute_hit = valued = right = 0
    for facts, doc in zip(system, docs, strict=True):
        spans = [span for span, _ in facts]
        gold = [(int(t["start"]), int(t["end"])) for t in doc.notes]
        strict.append(score(spans, gold, strict=True))
        relaxed.append(score(spans, gold, strict=False))
        for note, g in zip(doc.notes, gold, strict=True):
            near = [value for span, value in facts if overlaps(span, g)]
            val = str(note["val"])
            if ABSOLUTE.match(val):
                absolute += 1
                absolute_hit += bool(near)
            want = edtf(val)
            if near and want is not None:
                valued += 1
                right += any(want in value_ends(v) for v in near)
    return DateReport(
        add(strict), add(relaxed), ratio(absolute_hit, absolute), ratio(right, valued), valued
    )


def loc_spans(doc: GoldDoc) -> list[Span]:
    """The LOC entities of a wikigold document."""
    return [(int(e["start"]), int(e["end"])) for e in doc.notes if e["type"] == "LOC"]


def place_score(system: Sequence[Sequence[Span]], docs: Sequence[GoldDoc]) -> Score:
    """Place facts against wikigold's LOC entities (relaxed overlap, micro-averaged)."""
    return add(
        score(found, loc_spans(doc), strict=False) for found, doc in zip(system, docs, strict=True)
    )


def answer_spans(question: dict[str, Any]) -> list[Span]:
    """Every annotator's answer span of a SQuAD question."""
    return [(int(a["start"]), int(a["end"])) for a in question["answers"]]


def covered(question: dict[str, Any], spans: Iterable[Span]) -> bool:
    """True when some span overlaps some answer of the question."""
    answers = answer_spans(question)
    return any(overlaps(s, a) for s in spans for a in answers)
