"""Write every item the generator makes for a set of articles, to compare two builds byte for byte.

    python bench/dump_items.py OUT [ARTICLE_OR_FOLDER ...] [--root REPO]

Each article (every .txt under a folder, sorted, then the files named) is generated on its own
with seed 7 and no cap per document; for each item the stem, the options, the flaws, score,
difficulty and the fact's parsed value (its repr, so an int turned float shows), then the
document's JSON bank. Run it under two builds (pure Python and compiled, or two commits) and
compare the files with `cmp`. `--root` imports `questions` from another checkout.
With no articles: the Wikipedia articles and the Deir ez-Zor article of ../shared/corpus.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus"
DEFAULT = [CORPUS / "wikipedia", CORPUS / "deir-ez-zor-offensive-2016.txt"]


def articles(paths: list[Path]) -> list[Path]:
    """The .txt files of each folder (sorted), and each file as named."""
    out: list[Path] = []
    for p in paths:
        out.extend(sorted(p.rglob("*.txt")) if p.is_dir() else [p])
    return out


def main(argv: list[str] | None = None) -> int:
    """Write the dump and say which build of `questions` wrote it."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("paths", type=Path, nargs="*")
    parser.add_argument("--root", type=Path, default=REPO)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(args.root.resolve()))
    import questions  # the checkout named by --root

    with args.out.open("w", encoding="utf-8") as out:
        for path in articles(args.paths or DEFAULT):
            source = questions.Source(path.name, path.read_text(encoding="utf-8"))
            bank = questions.generate([source], seed=7, max_per_document=100_000)
            out.write(f"== {path.name} {len(bank.items)}\n")
            for item in bank.items:
                out.write(f"STEM {item.stem.text!r}\n")
                for option in item.options:
                    out.write(f"  OPT {option.text!r} {option.correct}\n")
                out.write(f"  FLAWS {item.flaws!r} SCORE {item.score!r} DIFF {item.difficulty!r}\n")
                out.write(f"  DETAIL {item.fact.detail!r}\n")
            out.write(questions.dumps(questions.bank_to_dict(bank)))
    print(f"{args.out}: written by {questions.pipeline.__file__}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
