"""CSV and Quizlet text: columns, values, and formulas neutralised for spreadsheets."""

from __future__ import annotations

import csv
import io
from typing import Any

import pytest

from app.formats import FormatError, csvfile

Q = dict[str, Any]


def rows_of(items: list[Q], **kwargs: Any) -> list[list[str]]:
    out = io.BytesIO()
    assert csvfile.write(iter(items), out, **kwargs) == len(items)
    data = out.getvalue()
    assert data.startswith(csvfile.BOM)
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_sample_bank_as_csv(sample_questions: list[Q]) -> None:
    rows = rows_of(sample_questions)
    assert rows[0] == [
        "question",
        "option_1",
        "option_2",
        "option_3",
        "option_4",
        "answer",
        "source",
        "kind",
        "id",
    ]
    assert len(rows) == len(sample_questions) + 1
    for row, q in zip(rows[1:], sample_questions, strict=True):
        record = dict(zip(rows[0], row, strict=True))
        assert record["question"] == q["stem"]
        assert [record[f"option_{i}"] for i in range(1, 5)] == [o["text"] for o in q["options"]]
        assert record["answer"] == q["answer"]
        assert record["source"] == csvfile.neutralise(q["source"]["sentence"])
        assert (record["kind"], record["id"]) == (q["kind"], q["id"])


@pytest.mark.parametrize(
    ("cell", "shown"),
    [
        ('=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")'),
        ("+1+2", "'+1+2"),
        ("-5", "'-5"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tTab", "'\tTab"),
        ("\rCR", "'\rCR"),
        ("5-6", "5-6"),
        ("a=b", "a=b"),
        ("'quoted", "'quoted"),
    ],
)
def test_formula_cells_are_neutralised(make_question: Any, cell: str, shown: str) -> None:
    q = make_question(cell, [cell, "other"], sentence=cell)
    header, row = rows_of([q])
    record = dict(zip(header, row, strict=True))
    assert record["question"] == record["option_1"] == record["answer"] == shown
    assert record["source"] == shown
    assert record["option_3"] == record["option_4"] == ""


def test_option_columns(make_question: Any) -> None:
    q = make_question("Which?", [f"o{i}" for i in range(6)], key=5)
    with pytest.raises(
        FormatError, match=r"question 1 \(q-\w+\): options: 6 options, but the CSV has 4"
    ):
        rows_of([q])
    header, row = rows_of([q], option_columns=6)
    assert header[6] == "option_6" and row[6] == row[7] == "o5"


def test_quizlet_lines(sample_questions: list[Q], make_question: Any) -> None:
    out = io.BytesIO()
    odd = make_question("Two\nlines\twith tab?", ["an\tswer", "b"])
    assert csvfile.write_quizlet(iter([*sample_questions, odd]), out) == len(sample_questions) + 1
    lines = out.getvalue().decode("utf-8").split("\n")
    assert lines[-1] == ""
    pairs = [line.split("\t") for line in lines[:-1]]
    assert all(len(p) == 2 for p in pairs)
    assert pairs[0] == [sample_questions[0]["stem"], sample_questions[0]["answer"]]
    assert pairs[-1] == ["Two lines with tab?", "an swer"]
