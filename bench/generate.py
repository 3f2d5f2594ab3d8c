"""Benchmark the question generator on a corpus directory.

    python bench/generate.py ../shared/corpus [--repeat 3]

Prints the corpus size, items per kind, then throughput end to end next to the floor measured
in the same run (only reading and segmenting the same text), per-stage timings, and a linearity
check on the largest article repeated 1x, 2x and 4x. Timings are best-of-N wall clock on one core,
each run starting with empty memo caches.
(The corpus README lists no gold-annotated corpora, so no precision/recall table is printed.)
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter, defaultdict
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from timing import best_of, cold_caches  # noqa: E402

import questions  # noqa: E402
from questions import distract, rank  # noqa: E402
from questions.stem import make_stem  # noqa: E402

TARGET = 500_000  # characters per second per core, end to end


def cold_generate(sources: list[questions.Source]) -> None:
    """One end-to-end run from empty memo caches."""
    cold_caches()
    questions.generate(sources)


def load(folder: Path) -> list[questions.Source]:
    """Every .txt and .md file under the folder, sorted by path."""
    paths = sorted(p for p in folder.rglob("*") if p.suffix in (".txt", ".md"))
    paths = [p for p in paths if p.name.lower() != "readme.md"]
    return [questions.Source(p.name, p.read_text(encoding="utf-8")) for p in paths]


def floor(sources: list[questions.Source]) -> None:
    """Only reading and segmenting: the least any generator must do."""
    for s in sources:
        questions.segment(questions.read(s.text, s.name))


def stage_times(sources: list[questions.Source]) -> dict[str, float]:
    """Seconds spent in each stage over the corpus (one pass)."""
    out: defaultdict[str, float] = defaultdict(float)
    for s in sources:
        t0 = time.perf_counter()
        doc = questions.read(s.text, s.name)
        t1 = time.perf_counter()
        sentences = questions.segment(doc)
        t2 = time.perf_counter()
        facts = questions.extract(doc, sentences)
        t3 = time.perf_counter()
        for f in facts:
            make_stem(doc, f)
        t4 = time.perf_counter()
        items = questions.items_for(doc)
        t5 = time.perf_counter()
        rank.select(items)
        t6 = time.perf_counter()
        out["read"] += t1 - t0
        out["segment"] += t2 - t1
        out["extract"] += t3 - t2
        out["stem"] += t4 - t3
        out["distract+lint (items_for less extract and stem)"] += max(0.0, (t5 - t4) - (t4 - t2))
        out["rank"] += t6 - t5
    return dict(out)


def linearity(source: questions.Source, repeat: int) -> list[tuple[int, float]]:
    """(characters, microseconds per character) for the article repeated 1x, 2x and 4x."""
    rows = []
    for times in (1, 2, 4):
        text = "\n\n".join([source.text] * times)
        big = [questions.Source(source.name, text)]
        secs = best_of(repeat, partial(cold_generate, big))
        rows.append((len(text), secs / len(text) * 1e6))
    return rows


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print its report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    sources = load(args.corpus)
    if not sources:
        print(f"no .txt or .md articles under {args.corpus}", file=sys.stderr)
        return 2
    chars = sum(len(s.text) for s in sources)

    t = time.perf_counter()
    questions.generate(sources[:1])  # loads the gazetteer and lexicon once
    load_time = time.perf_counter() - t
    distract.Pool([])  # touch the module so its import is not timed below

    bank = questions.generate(sources)
    kinds = Counter(i.fact.kind for i in bank.items)
    floor_s = best_of(args.repeat, lambda: floor(sources))
    e2e_s = best_of(args.repeat, partial(cold_generate, sources))

    print(f"documents            {len(sources)}")
    print(f"characters           {chars:,}")
    print(
        f"items                {len(bank.items)}  "
        + "  ".join(f"{k}={v}" for k, v in sorted(kinds.items()))
    )
    print(f"items per 1,000 chars {len(bank.items) / chars * 1000:.2f}")
    print(f"one-off load         {load_time:.2f} s (gazetteer, lexicon; not in the figures below)")
    print(f"floor (read+segment) {chars / floor_s:,.0f} chars/s")
    print(f"end to end           {chars / e2e_s:,.0f} chars/s  = {floor_s / e2e_s:.3f} x floor")
    print("stages (one pass):")
    cold_caches()
    for name, secs in stage_times(sources).items():
        print(f"  {name:<46} {secs * 1000:8.1f} ms")
    largest = max(sources, key=lambda s: len(s.text))
    print(f"linearity on {largest.name} repeated:")
    rows = linearity(largest, args.repeat)
    for n, us in rows:
        print(f"  {n:>9,} chars  {us:.2f} µs/char")
    growth = rows[-1][1] / rows[0][1]
    print(
        f"  4x article costs {growth * 4:.1f}x the time of 1x: "
        + ("linear" if growth <= 1.25 else "SUPER-LINEAR")
    )
    met = chars / e2e_s >= TARGET
    print(f"target: ≥{TARGET:,} chars/s per core end to end: {'met' if met else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
