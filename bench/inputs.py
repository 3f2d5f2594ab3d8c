"""Benchmark reading articles from PDF and Word against plain text of the same content.

    python bench/inputs.py [FOLDER] [--repeat 2] [--limit N]

Every `.txt` article under FOLDER (default: the SQuAD articles in bench/gold) is written out as
a PDF (A4, 10 pt, headings by size, a running header and page numbers) and as a Word file by
tests/documents/make.py, then read back by `questions.convert`. Pages are the PDF's pages; the
Word file and the text hold the same content, so all three rates are in pages of that content
per second. Reading alone is compared with the floor measured in the same run, reading the plain
text (`decode` + `read`); end to end (reading and then writing the questions) is compared with
the generator on the plain text. Best of --repeat runs, wall clock, one core.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from timing import best_of  # noqa: E402

import questions  # noqa: E402
from questions.convert import convert_file  # noqa: E402

DEFAULT = ROOT / "bench" / "gold" / "squad" / "docs"


def _make() -> ModuleType:
    """tests/documents/make.py, the script that writes the test fixtures (fpdf2, python-docx)."""
    spec = importlib.util.spec_from_file_location("make", ROOT / "tests" / "documents" / "make.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _ratio(floor: float, ours: float) -> str:
    """Our rate as a share of the floor's: '0.32x', or '1/2,900' when far below."""
    share = floor / ours
    return f"{share:.2f}x" if share >= 0.01 else f"1/{1 / share:,.0f}"


def main(argv: list[str] | None = None) -> int:
    """Print pages per second for text, PDF and Word, reading alone and end to end."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--limit", type=int, default=0, help="at most N articles (0: all)")
    args = parser.parse_args(argv)
    paths = sorted(args.folder.rglob("*.txt"))[: args.limit or None]
    if not paths:
        print(f"error: no .txt articles under {args.folder}", file=sys.stderr)
        return 2
    make = _make()
    texts = [p.read_text(encoding="utf-8") for p in paths]
    raw = [t.encode("utf-8") for t in texts]
    pdfs = [make.article_pdf(t) for t in texts]
    words = [make.article_docx(t) for t in texts]
    pages = sum(len(convert_file("a.pdf", pdf).pages) for pdf in pdfs)
    chars = sum(len(t) for t in texts)
    print(
        f"{len(paths)} articles from {args.folder.name}/: {chars:,} characters, {pages} PDF pages"
    )
    print(f"(PDF {sum(map(len, pdfs)) / 1e6:.1f} MB, Word {sum(map(len, words)) / 1e6:.1f} MB)\n")

    def read_all(kind: str, files: list[bytes]) -> Callable[[], object]:
        return lambda: [convert_file(f"a.{kind}", data) for data in files]

    def end_to_end(kind: str, files: list[bytes]) -> Callable[[], object]:
        def run() -> None:
            for data in files:
                text = convert_file(f"a.{kind}", data).text
                questions.generate([questions.Source(f"a.{kind}", text)])

        return run

    reading = {
        kind: best_of(args.repeat, read_all(kind, files))
        for kind, files in (("txt", raw), ("pdf", pdfs), ("docx", words))
    }
    whole = {
        kind: best_of(args.repeat, end_to_end(kind, files))
        for kind, files in (("txt", raw), ("pdf", pdfs), ("docx", words))
    }
    names = {"txt": "plain text", "pdf": "PDF (pdfminer.six)", "docx": "Word (python-docx)"}
    print(f"{'':22} {'reading':>16} {'vs text':>10} {'end to end':>16} {'vs text':>9}")
    for kind, name in names.items():
        print(
            f"{name:22} {pages / reading[kind]:>10,.0f} pg/s {_ratio(reading['txt'], reading[kind]):>10}"
            f" {pages / whole[kind]:>10,.1f} pg/s {_ratio(whole['txt'], whole[kind]):>9}"
        )
    print(
        "\nReading a PDF costs the layout analysis of every character (positions and fonts); "
        "end to end, the generator's own work is the same for all three."
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
