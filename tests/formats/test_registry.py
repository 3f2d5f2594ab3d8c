"""The registry, and the rule that app/formats imports neither Flask nor SQLAlchemy."""

from __future__ import annotations

import ast
import io
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from app.formats import READERS, WRITERS, FormatError

PACKAGE = Path(__file__).resolve().parents[2] / "app" / "formats"
FORBIDDEN = ("flask", "flask_sqlalchemy", "flask_login", "flask_wtf", "sqlalchemy", "werkzeug")


def test_registry_lists_every_format() -> None:
    assert set(WRITERS) == {"moodle", "gift", "qti", "anki", "csv", "quizlet"}
    assert set(READERS) == {"moodle", "gift"}
    for name, fmt in WRITERS.items():
        assert fmt.name == name and fmt.label and fmt.extension and "/" in fmt.mime


def test_a_writer_only_format_refuses_to_read() -> None:
    with pytest.raises(FormatError, match="QTI 2.1 package cannot be imported"):
        WRITERS["qti"].read(io.BytesIO(b"PK"))


def test_registry_round_trip(sample_questions: list[dict[str, Any]]) -> None:
    for name, fmt in READERS.items():
        out = io.BytesIO()
        assert fmt.write(iter(sample_questions), out) == len(sample_questions)
        back, _ = fmt.read(io.BytesIO(out.getvalue()))
        assert [q["id"] for q in back] == [q["id"] for q in sample_questions], name


def test_an_empty_bank_writes_a_valid_empty_file() -> None:
    for fmt in WRITERS.values():
        out = io.BytesIO()
        assert fmt.write(iter(()), out) == 0


@pytest.mark.parametrize("path", sorted(PACKAGE.glob("*.py")), ids=lambda p: p.name)
def test_module_imports_no_web_framework(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            assert node.level <= 1, f"{path.name} reaches outside app/formats"
            names = [node.module or ""]
        else:
            continue
        for name in names:
            assert name.split(".")[0] not in FORBIDDEN, f"{path.name} imports {name}"


def test_package_loads_without_flask() -> None:
    """Load app/formats on its own (not through app/__init__) and use every format."""
    script = f"""
import importlib.util, io, sys
spec = importlib.util.spec_from_file_location(
    "formats", {str(PACKAGE / "__init__.py")!r}, submodule_search_locations=[{str(PACKAGE)!r}])
formats = importlib.util.module_from_spec(spec)
sys.modules["formats"] = formats
spec.loader.exec_module(formats)
q = {{"id": "q-1", "kind": "date", "stem": "When?", "answer": "1990",
     "options": [{{"text": "1990", "correct": True}}, {{"text": "1991", "correct": False}}]}}
for fmt in formats.WRITERS.values():
    out = io.BytesIO()
    fmt.write([q], out)
    if fmt.reader:
        fmt.read(io.BytesIO(out.getvalue()))
bad = sorted(m for m in sys.modules if m.split(".")[0] in {FORBIDDEN!r})
print(",".join(bad))
"""
    root = PACKAGE.parents[1]
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=root, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ""


def test_registry_passes_writer_options(make_question: Any) -> None:
    out = io.BytesIO()
    WRITERS["moodle"].write([make_question("Where?", ["A", "B"])], out, category="Maps")
    assert b"$course$/top/Maps" in out.getvalue()


def test_reader_options_and_malformed_writer_input(make_question: Any) -> None:
    out = io.BytesIO()
    WRITERS["gift"].write([make_question("Where?", ["A", "B"])], out)
    found, _ = READERS["gift"].read(io.BytesIO(out.getvalue()), document_id="doc-42")
    assert found[0]["document_id"] == "doc-42"
    bad = make_question("Where?", ["A", "B"])
    bad["options"][1] = {"correct": False}
    for fmt in WRITERS.values():
        with pytest.raises(FormatError, match=r"^question 1 \(q-\w+\): options: an option without"):
            fmt.write([bad], io.BytesIO())
