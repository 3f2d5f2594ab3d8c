"""The Quizlet text is opened by spreadsheets too (a .tsv): no cell may start a formula."""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

import pytest


@pytest.mark.parametrize(
    "evil", ['=HYPERLINK("http://evil.example","click")', "+1+2", "-2+3", "@SUM(A1)", "=1+1"]
)
def test_quizlet_cells_never_start_a_formula(make_question: Callable[..., Any], evil: str) -> None:
    from app.formats import csvfile

    out = io.BytesIO()
    csvfile.write_quizlet(
        iter([make_question(evil, [evil, "safe"]), make_question("Q?", ["a", "b"])]), out
    )
    lines = out.getvalue().decode("utf-8").splitlines()
    term, definition = lines[0].split("\t")
    assert term == "'" + evil and definition == "'" + evil
    assert lines[1] == "Q?\ta"
