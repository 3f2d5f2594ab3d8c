"""Fit the ranking weights (`questions.rank.WEIGHTS`) on half of the SQuAD gold, check on the other.

    python bench/fit_rank.py [--steps 3000 --l2 0.01]

An item is a positive when some human question of its kind asks for its key (an annotator's
answer overlaps the key: `gold_measures.covered`). The features are `rank.features` of every
item that passes the hard rules, before ranking. A logistic regression (plain gradient descent
with an L2 penalty, no weight on the infobox, which SQuAD lacks) is fitted on the articles of
even position in name order and measured on the odd ones by the figure `bench/items.py` reports:
the share of asked facts among each bank's first 10 items against the whole bank ("lift"), with
the weights in the code and with the fitted ones. The fitted weights are printed rounded to one
decimal, ready to copy into `rank.py` when they lift the held-out half.
"""

from __future__ import annotations

import argparse
import math
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import gold_measures as gm  # noqa: E402

import questions  # noqa: E402
from questions import rank  # noqa: E402

Row = tuple[dict[str, float], int]
FIXED = {"infobox"}  # SQuAD has no infoboxes: the weight stays as set by hand


def rows_of(name: str, text: str, asked: list[dict[str, object]]) -> list[list[Row]]:
    """One bank's items as (features, asked) pairs, grouped as the bank (one list)."""
    doc = questions.read(text, name + ".txt")
    items = questions.items_for(doc, 7)
    ctx = rank.context(items)
    out: list[Row] = []
    for item in items:
        hit = any(
            str(q["kind"]) == item.fact.kind and gm.covered(q, [(item.fact.start, item.fact.end)])
            for q in asked
        )
        out.append((rank.features(item, ctx), int(hit)))
    return [out]


def fit(rows: Sequence[Row], names: Sequence[str], steps: int, l2: float) -> dict[str, float]:
    """Logistic regression by gradient descent; returns weights by feature name (and a bias)."""
    w = {n: 0.0 for n in names}
    bias = 0.0
    rate = 0.5
    for _ in range(steps):
        grad = {n: 0.0 for n in names}
        gbias = 0.0
        for x, y in rows:
            z = bias + sum(w[n] * x[n] for n in names)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            for n in names:
                grad[n] += (p - y) * x[n]
            gbias += p - y
        for n in names:
            w[n] -= rate * (grad[n] / len(rows) + l2 * w[n])
        bias -= rate * gbias / len(rows)
    return w


def lift(banks: Sequence[list[Row]], weights: dict[str, float]) -> float:
    """The share of asked items among each bank's 10 best by score over the bank's whole share
    (ties keep the bank's order)."""
    first = whole = 0.0
    n = 0
    for bank in banks:
        if not bank:
            continue
        scored = sorted(bank, key=lambda r: -sum(weights.get(k, 0.0) * v for k, v in r[0].items()))
        first += sum(y for _, y in scored[:10]) / len(scored[:10])
        whole += sum(y for _, y in bank) / len(bank)
        n += 1
    return (first / n) / (whole / n) if whole else 0.0


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--steps", type=int, default=3000)
    ap.add_argument("--l2", type=float, default=0.01)
    ap.add_argument("--drop", nargs="*", default=[], help="features left out of the fit")
    args = ap.parse_args(argv)
    docs, qs = gm.squad()
    halves: tuple[list[list[Row]], list[list[Row]]] = ([], [])
    for i, (name, text) in enumerate(sorted(docs.items())):
        halves[i % 2].extend(rows_of(name, text, [q for q in qs if q["doc"] == name]))
    names = [n for n in rank.WEIGHTS if n not in FIXED and n not in args.drop]
    fits = []
    for train, test in (halves, halves[::-1]):  # each half fits once and checks once
        fitted = fit([r for bank in train for r in bank], names, args.steps, args.l2)
        rounded = {n: round(v, 1) for n, v in fitted.items()} | {n: rank.WEIGHTS[n] for n in FIXED}
        fits.append((rounded, lift(test, rank.WEIGHTS), lift(test, rounded)))
    print(f"items: {sum(map(len, halves[0]))} and {sum(map(len, halves[1]))} in the two halves")
    print(f"{'feature':18}{'in rank.py':>11}{'fit even':>10}{'fit odd':>10}")
    for n in rank.WEIGHTS:
        got = [f"{w.get(n, 0.0):>10.1f}" for w, _, _ in fits]
        print(f"{n:18}{rank.WEIGHTS[n]:>11.1f}" + "".join(got))
    for label, (_, code, fitted_lift) in zip(("odd", "even"), fits, strict=True):
        print(f"lift on the {label} half: code {code:.2f}  fitted on the other {fitted_lift:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
