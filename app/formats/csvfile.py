"""CSV for spreadsheets, and Quizlet's tab-separated "term, definition" import text.

The CSV is UTF-8 with a byte-order mark (so Excel reads the dashes and accents right), one row
per question: ``question, option_1..option_N, answer, source, kind, id``. Every cell that a
spreadsheet could take for a formula (starting with ``= + - @``, a tab or a carriage return) is
neutralised by a leading apostrophe; so is every cell of the Quizlet text, which spreadsheets
open too. Control characters (NUL, other C0 but tab and line breaks, DEL) are not written:
neither format can carry them.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping
from typing import IO, Any

from . import FormatError, key_index, label, printable, sentence

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
BOM = "\ufeff".encode()


def neutralise(cell: str) -> str:
    """A cell a spreadsheet shows as text: control characters removed, a formula-like start
    gets a leading apostrophe."""
    cell = printable(cell)
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def header(option_columns: int) -> list[str]:
    """The column names."""
    options = [f"option_{n}" for n in range(1, option_columns + 1)]
    return ["question", *options, "answer", "source", "kind", "id"]


def row(index: int, q: Mapping[str, Any], option_columns: int) -> list[str]:
    """One question's cells, neutralised."""
    key = key_index(index, q)
    options = [str(o["text"]) for o in q["options"]]
    if len(options) > option_columns:
        raise FormatError(
            f"{label(index, q)}: options: {len(options)} options, "
            f"but the CSV has {option_columns} option columns"
        )
    options += [""] * (option_columns - len(options))
    cells = [
        str(q["stem"]),
        *options,
        options[key],
        sentence(q),
        str(q.get("kind", "")),
        str(q.get("id", "")),
    ]
    return [neutralise(c) for c in cells]


def write(questions: Iterable[Mapping[str, Any]], fp: IO[bytes], option_columns: int = 4) -> int:
    """Write questions as CSV rows, one row at a time."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")

    def flush() -> None:
        fp.write(buffer.getvalue().encode("utf-8"))
        buffer.seek(0)
        buffer.truncate()

    fp.write(BOM)
    writer.writerow(header(option_columns))
    count = 0
    for count, q in enumerate(questions, start=1):
        writer.writerow(row(count, q, option_columns))
        flush()
    flush()
    return count


def _tsv_cell(text: str) -> str:
    """Tabs and line breaks would end a Quizlet term or card: they become spaces. The file is
    also opened in spreadsheets (a .tsv), so a formula-like start is neutralised as in the CSV."""
    return neutralise(" ".join(printable(text).replace("\t", " ").splitlines()).strip())


def write_quizlet(questions: Iterable[Mapping[str, Any]], fp: IO[bytes]) -> int:
    """Write ``question<TAB>answer`` lines for Quizlet's "Import" box; options are not kept."""
    count = 0
    for count, q in enumerate(questions, start=1):
        key = key_index(count, q)
        line = f"{_tsv_cell(str(q['stem']))}\t{_tsv_cell(str(q['options'][key]['text']))}\n"
        fp.write(line.encode("utf-8"))
    return count


__all__ = ["header", "neutralise", "row", "write", "write_quizlet"]
