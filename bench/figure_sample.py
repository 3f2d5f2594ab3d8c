"""Draw figure facts at random, with their sentences, for a person to judge.

    python bench/figure_sample.py --seed S [--count 50] [--corpus ../shared/corpus/wikipedia]

The facts come from the development articles (`../shared/corpus/wikipedia/*.txt` beside the
project) and the SQuAD gold documents (`bench/gold/squad/docs/*.txt`), in a fixed order, so the
same seed draws the same facts as long as the extractor finds the same ones. Each line gives the
span as found (in brackets inside its sentence), the normalised value and the unit, as a
Markdown table ready to be marked: span right? value right? unit right?
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import questions  # noqa: E402
from questions.model import Fact, FigureValue  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "wikipedia"
SQUAD_DOCS = ROOT / "bench" / "gold" / "squad" / "docs"


def figure_facts(paths: Sequence[Path]) -> list[tuple[str, str, Fact]]:
    """Every figure fact of the files, in file order: (file name, text, fact)."""
    out = []
    for path in paths:
        text = path.read_text(encoding="utf-8")
        doc = questions.read(text, path.name)
        for fact in questions.extract(doc, questions.segment(doc), kinds=["figure"]):
            out.append((path.name, text, fact))
    return out


def cell(text: str) -> str:
    """Text safe inside a Markdown table cell."""
    return " ".join(text.split()).replace("|", "\\|")


def row(i: int, name: str, text: str, fact: Fact) -> str:
    """One table row: the sentence with the span in brackets, the value and the unit."""
    s = fact.sentence
    sentence = f"{text[s.start : fact.start]}[{fact.text}]{text[fact.end : s.end]}"
    unit = fact.detail.unit if isinstance(fact.detail, FigureValue) else ""
    return (
        f"| {i} | {cell(name)} | {cell(sentence)} | `{cell(fact.value)}` | {cell(unit)} |  |  |  |"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--count", type=int, default=50)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args(argv)
    paths = sorted(args.corpus.glob("*.txt")) + sorted(SQUAD_DOCS.glob("*.txt"))
    if not paths:
        print(f"error: no articles in {args.corpus} or {SQUAD_DOCS}", file=sys.stderr)
        return 2
    facts = figure_facts(paths)
    drawn = sorted(random.Random(args.seed).sample(range(len(facts)), min(args.count, len(facts))))
    print(
        f"{len(facts)} figure facts in {len(paths)} articles; seed {args.seed}, {len(drawn)} drawn\n"
    )
    print("| # | article | sentence, [span] | value | unit | span | value | unit |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for i, k in enumerate(drawn, 1):
        print(row(i, *facts[k]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
