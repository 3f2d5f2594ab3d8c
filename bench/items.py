"""Items measured against what people ask: SQuAD coverage, yield, repetition and worth.

    python bench/items.py [--corpus ../shared/corpus/wikipedia]

1. SQuAD (`bench/gold/squad/`): per kind, the share of human questions with a fact of that kind
   on an annotator's answer (fact coverage) and with an item of that kind whose key is on it
   (item coverage), generating with no per-document cap; items per 1,000 characters.
2. Worth: among each SQuAD bank's first 10 items, the share whose key some human question asks
   for, against the same bank in a random order (the bank's whole share).
3. Repetition, in every bank (SQuAD and the development corpus): items that ask a fact already
   asked (`questions.identity.same_fact`), and items whose source sentence another item also uses.
4. Yield per article of the development corpus: items per 1,000 characters, and the articles
   with at least five facts that give fewer than one item per 1,000 characters.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import gold_measures as gm  # noqa: E402

import questions  # noqa: E402
from questions.identity import Asked  # noqa: E402

KINDS = ("date", "figure", "place")
TARGETS = {"date": 0.85, "figure": 0.75, "place": 0.60, "all": 0.75}
YIELD_TARGET = 2.5  # items per 1,000 characters on SQuAD
WORTH_TARGET = 2.0  # first-10 share of asked facts over the random-order share
DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "wikipedia"


def bank_of(name: str, text: str, cap: int | None) -> questions.Bank:
    """The bank of one article, as `python -m questions generate` writes it (seed 7)."""
    return questions.generate([questions.Source(name, text)], seed=7, max_per_document=cap)


def key_span(item: questions.Item) -> gm.Span:
    """Where the item's key stands in the text."""
    return (item.fact.start, item.fact.end)


def squad_tables(
    docs: dict[str, str], qs: list[dict[str, object]]
) -> tuple[dict[str, float], dict[str, float], float]:
    """Fact and item coverage per kind (and 'all'), and items per 1,000 characters."""
    facts, items = {}, {}
    for name, text in docs.items():
        doc = questions.read(text, name + ".txt")
        facts[name] = questions.extract(doc, questions.segment(doc))
        items[name] = bank_of(name + ".txt", text, 100_000).items
    fact_hit: Counter[str] = Counter()
    item_hit: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for q in qs:
        kind, doc_name = str(q["kind"]), str(q["doc"])
        total[kind] += 1
        fact_hit[kind] += gm.covered(
            q, [(f.start, f.end) for f in facts[doc_name] if f.kind == kind]
        )
        item_hit[kind] += gm.covered(
            q, [key_span(i) for i in items[doc_name] if i.fact.kind == kind]
        )
    for c in (total, fact_hit, item_hit):
        c["all"] = sum(c[k] for k in KINDS)
    chars = sum(map(len, docs.values()))
    per_k = 1000 * sum(len(v) for v in items.values()) / chars
    return (
        {k: gm.ratio(fact_hit[k], total[k]) for k in (*KINDS, "all")},
        {k: gm.ratio(item_hit[k], total[k]) for k in (*KINDS, "all")},
        per_k,
    )


def worth(docs: dict[str, str], qs: list[dict[str, object]]) -> tuple[float, float]:
    """The share of asked facts among each bank's first 10 items, and in the whole bank."""
    first = whole = 0.0
    banks = 0
    for name, text in sorted(docs.items()):
        asked_here = [q for q in qs if q["doc"] == name]
        items = bank_of(name + ".txt", text, None).items
        if not items:
            continue
        asked = [any(gm.covered(q, [key_span(i)]) for q in asked_here) for i in items]
        first += sum(asked[:10]) / len(asked[:10])
        whole += sum(asked) / len(asked)
        banks += 1
    return first / banks, whole / banks


def repetition(banks: Sequence[questions.Bank]) -> tuple[int, int, int]:
    """Items in all, items asking a fact already asked, items sharing their sentence."""
    total = repeated = shared = 0
    for bank in banks:
        seen = Asked()
        sentences = Counter(i.fact.sentence.index for i in bank.items)
        for item in bank.items:
            repeated += seen.count(item.fact) > 0
            seen.add(item.fact)
            shared += sentences[item.fact.sentence.index] > 1
        total += len(bank.items)
    return total, repeated, shared


def corpus_yield(folder: Path) -> list[tuple[str, int, int, float]]:
    """Per article: facts, items and items per 1,000 characters."""
    rows = []
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        doc = questions.read(text, path.name)
        n_facts = len(questions.extract(doc, questions.segment(doc)))
        n_items = len(bank_of(path.name, text, None).items)
        rows.append((path.name, n_facts, n_items, 1000 * n_items / len(text)))
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--corpus", type=Path, default=DEFAULT_CORPUS, help="articles for yield and repetition"
    )
    args = ap.parse_args(argv)
    docs, qs = gm.squad()
    ok = True

    print("== SQuAD: human questions (date/figure/place) covered ==")
    fact_cov, item_cov, per_k = squad_tables(docs, qs)
    counts = Counter(str(q["kind"]) for q in qs)
    print(f"  {'':28}" + "".join(f"{k:>9}" for k in (*KINDS, "all")))
    print(
        f"  {'questions':28}"
        + "".join(f"{counts[k] if k != 'all' else len(qs):>9}" for k in (*KINDS, "all"))
    )
    print(
        f"  {'a fact on the answer':28}" + "".join(f"{fact_cov[k]:>9.3f}" for k in (*KINDS, "all"))
    )
    print(
        f"  {'an item keyed on the answer':28}"
        + "".join(f"{item_cov[k]:>9.3f}" for k in (*KINDS, "all"))
    )
    print(f"  {'item target':28}" + "".join(f"{TARGETS[k]:>9.2f}" for k in (*KINDS, "all")))
    print(f"  items per 1,000 characters: {per_k:.2f} (target ≥ {YIELD_TARGET})")
    ok &= all(item_cov[k] >= TARGETS[k] for k in TARGETS) and per_k >= YIELD_TARGET

    print("\n== worth: asked facts among a bank's first 10 items ==")
    first, whole = worth(docs, qs)
    lift = first / whole if whole else 0.0
    print(
        f"  first 10: {first:.3f}   random order: {whole:.3f}   lift {lift:.2f} x (target ≥ {WORTH_TARGET})"
    )
    ok &= lift >= WORTH_TARGET

    print("\n== repetition in each bank ==")
    corpus = sorted(args.corpus.glob("*.txt")) if args.corpus.is_dir() else []
    banks = [bank_of(n + ".txt", t, None) for n, t in sorted(docs.items())]
    banks += [bank_of(p.name, p.read_text(encoding="utf-8"), None) for p in corpus]
    total, repeated, shared = repetition(banks)
    print(
        f"  {len(banks)} banks, {total} items: {repeated} ask a fact already asked, {shared} share their sentence with another item"
    )
    ok &= repeated == 0

    if corpus:
        print(f"\n== yield per article ({args.corpus.name}) ==")
        rows = corpus_yield(args.corpus)
        low = [r for r in rows if r[1] >= 5 and r[3] < 1.0]
        print(
            f"  {len(rows)} articles, median {sorted(r[3] for r in rows)[len(rows) // 2]:.2f} items per 1,000 characters"
        )
        print(f"  with ≥ 5 facts and < 1 item per 1,000 characters: {len(low)} (target 0)")
        for name, n_facts, n_items, rate in low:
            print(f"    {name:50} facts {n_facts:4d}  items {n_items:3d}  {rate:.2f} per 1,000")
        ok &= not low
    print("\ntargets", "met" if ok else "NOT met")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
