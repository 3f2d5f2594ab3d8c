"""Writers stream: 20,000 questions from a one-shot generator, without holding them all.

Memory is compared with what holding the same questions in a list costs, measured in the same
run, and with the size of the output, so the test does not depend on the machine. Anki is the exception: an .apkg is an SQLite
database built whole by genanki (docs/formats.md), so it is only checked for completeness.
"""

from __future__ import annotations

import csv
import sqlite3
import tracemalloc
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from app.formats import WRITERS

N = 20_000
Stream = Callable[[int], Iterator[dict[str, Any]]]


def traced_peak(action: Callable[[], object]) -> int:
    tracemalloc.start()
    try:
        action()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.fixture(scope="module")
def list_cost(stream: Stream) -> int:
    """Bytes that materialising N generated questions takes."""
    return traced_peak(lambda: list(stream(N)))


def count_items(name: str, path: Path) -> int:
    """How many questions a written file holds, read back cheaply."""
    if name == "moodle":
        return path.read_bytes().count(b'<question type="multichoice">')
    if name == "gift":
        return path.read_text(encoding="utf-8").count("\n}\n")
    if name == "qti":
        names = zipfile.ZipFile(path).namelist()
        assert names[-1] == "imsmanifest.xml"
        return len(names) - 1
    if name == "anki":
        db = path.with_suffix(".anki2")
        db.write_bytes(zipfile.ZipFile(path).read("collection.anki2"))
        conn = sqlite3.connect(db)
        try:
            return int(conn.execute("SELECT count(*) FROM notes").fetchone()[0])
        finally:
            conn.close()
    if name == "csv":
        with path.open(encoding="utf-8-sig", newline="") as f:
            return sum(1 for _ in csv.reader(f)) - 1
    return len(path.read_text(encoding="utf-8").splitlines())


@pytest.mark.parametrize("name", sorted(WRITERS))
def test_writer_streams_a_one_shot_generator(
    name: str, stream: Stream, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    fmt = WRITERS[name]
    items = stream(N)
    path = tmp_path / f"bank.{fmt.extension}"
    written: list[int] = []

    def write() -> None:
        with path.open("wb") as fp:
            written.append(fmt.write(items, fp))

    if name == "anki":
        write()
    else:
        peak = traced_peak(write)
        cost: int = request.getfixturevalue("list_cost")
        assert peak < cost / 2, f"{name} held {peak} bytes; the whole list costs {cost}"
        if name != "qti":  # a ZIP keeps one small directory record per entry until it closes
            size = path.stat().st_size
            assert peak < size / 2, f"{name} held {peak} bytes of a {size}-byte output"
    assert written == [N]
    assert next(items, None) is None  # the generator was consumed exactly once
    assert count_items(name, path) == N
