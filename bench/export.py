"""Benchmark bank export and import at 1,000, 10,000 and 100,000 questions in one run.

    python bench/export.py [--sizes 1000,10000,100000] [--database-url URL] [--formats json,csv]

For each size it bulk-inserts a bank of that many questions (copies of the sample article's, with
distinct ids) into a wiped database (a temporary SQLite file by default), then times the export
to a file in each format and an import of the exported JSON into another teacher's empty bank.
Peak memory is the Python heap's high-water mark during the step (tracemalloc, in a second,
traced run so that tracing does not slow the timed one), so that growth is visible; the floor is writing the same number of rows' worth of bytes with no database, in the
same run. The last line says whether 100,000 questions exported within the targets.
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import IO, TYPE_CHECKING, TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from results import build_app  # noqa: E402

if TYPE_CHECKING:
    from flask import Flask

T = TypeVar("T")

TARGET_SECONDS, TARGET_MB = 5.0, 200.0


def timed(fn: Callable[[], T]) -> tuple[float, T]:
    """(seconds, result), untraced."""
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def peak_mb(fn: Callable[[], object]) -> float:
    """The Python heap's high-water mark while fn runs (a separate, slower, traced run)."""
    tracemalloc.start()
    fn()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 2**20


def fill(app: Flask, size: int) -> None:
    """A teacher whose bank holds `size` questions on the sample article."""
    from sqlalchemy import insert, select

    import questions
    from app.extensions import db
    from app.models import Document, Option, Question
    from app.services.accounts.users import create_user
    from app.services.bank import articles

    with app.app_context():
        teacher = create_user("export@example.com", "benchmark password", role="teacher")
        create_user("import@example.com", "benchmark password", role="teacher")
        create_user("import2@example.com", "benchmark password", role="teacher")
        text = app.config["DEMO_ARTICLE"].read_text(encoding="utf-8")
        doc = articles.add_article(teacher, text).document
        items = questions.bank_to_dict(questions.generate([questions.Source("demo", doc.text)]))[
            "questions"
        ]
        rows, option_rows = [], []
        for n in range(size):
            q = items[n % len(items)]
            s = q["source"]
            rows.append(
                {
                    "fingerprint": f"{q['id']}-{n}",
                    "document_id": doc.id,
                    "kind": q["kind"],
                    "style": q["style"],
                    "stem": q["stem"],
                    "answer": q["answer"],
                    "value": q["value"],
                    "section": s["section"],
                    "sentence": s["sentence"],
                    "source_start": s["start"],
                    "source_end": s["end"],
                    "answer_start": s["answer_start"],
                    "answer_end": s["answer_end"],
                    "difficulty": q["difficulty"],
                    "status": "approved",
                    "version": 1,
                }
            )
        for chunk in range(0, size, 10_000):
            db.session.execute(insert(Question), rows[chunk : chunk + 10_000])
        ids = list(db.session.scalars(select(Question.id).order_by(Question.id)))
        for n, qid in enumerate(ids):
            for pos, o in enumerate(items[n % len(items)]["options"]):
                option_rows.append(
                    {
                        "question_id": qid,
                        "position": pos,
                        "text": o["text"],
                        "correct": o["correct"],
                    }
                )
        for chunk in range(0, len(option_rows), 40_000):
            db.session.execute(insert(Option), option_rows[chunk : chunk + 40_000])
        db.session.commit()
        assert db.session.scalar(select(db.func.count(Document.id))) == 1


def floor(size: int, bytes_per_item: int) -> float:
    """Seconds to write the same bytes with no database: json.dumps of a ready dict, size times."""
    import json

    item = {"stem": "x" * (bytes_per_item - 20), "n": 1}
    out = io.BytesIO()
    start = time.perf_counter()
    for _ in range(size):
        out.write(json.dumps(item).encode())
    return time.perf_counter() - start


def one_size(url: str, size: int, formats: list[str]) -> tuple[float, float]:
    """Fill, export in every format and import the JSON; returns the JSON export's (s, MB)."""
    from app.extensions import db
    from app.models import User
    from app.services.bank import transfer

    app = build_app(url)
    fill(app, size)
    result = (0.0, 0.0)
    with app.app_context():
        teacher = db.session.query(User).filter_by(email="export@example.com").one()
        exported = b""
        for fmt in formats:

            def run(fp: IO[bytes], f: str = fmt) -> int:
                return transfer.export(transfer.Selection(teacher), f, fp)

            with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as again:
                secs, _ = timed(partial(run, out))
                peak = peak_mb(partial(run, again))
                mb = out.seek(0, 2) / 2**20
                ratio = ""
                if fmt == "json":
                    out.seek(0)
                    exported = out.read()
                    base = floor(size, max(1, len(exported) // size))
                    result = (secs, peak)
                    ratio = f"{secs / max(base, 1e-6):6.1f}x the floor"
            print(f"{size:>10,} {'export ' + fmt:18} {secs:9.2f} {peak:9.1f} {mb:8.1f}  {ratio}")
        if exported:
            users = db.session.query(User)
            other = users.filter_by(email="import@example.com").one()
            third = users.filter_by(email="import2@example.com").one()
            limit = len(exported) + 1
            secs, report = timed(lambda: transfer.import_json(exported, other, limit))
            peak = peak_mb(lambda: transfer.import_json(exported, third, limit))
            added = len(report.added)
            mb = len(exported) / 2**20
            print(
                f"{size:>10,} {'import json':18} {secs:9.2f} {peak:9.1f} {mb:8.1f}  ({added:,} added)"
            )
        db.session.remove()
        db.engine.dispose()
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--formats", default="json,csv,gift,moodle,qti")
    parser.add_argument("--database-url", default="")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    formats = args.formats.split(",")
    tmp = tempfile.TemporaryDirectory()
    url = args.database_url or f"sqlite:///{tmp.name}/export.db"
    print(f"{'questions':>10} {'step':18} {'seconds':>9} {'peak MB':>9} {'MB out':>8}  vs floor")
    verdict = {size: one_size(url, size, formats) for size in sizes}
    largest = max(sizes)
    secs, peak = verdict[largest]
    met = secs < TARGET_SECONDS and peak < TARGET_MB
    print(
        f"{'OK' if met else 'MISSED'}: {largest:,} questions exported as JSON in {secs:.1f} s "
        f"(target {TARGET_SECONDS:.0f} s), peak {peak:.0f} MB (target {TARGET_MB:.0f} MB)"
    )
    tmp.cleanup()
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
