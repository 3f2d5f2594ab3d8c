"""The command line: formats, determinism, and one hostile-input set."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run `python -m questions` and capture its output."""
    return subprocess.run(
        [sys.executable, "-m", "questions", *args],
        capture_output=True,
        text=True,
        cwd=cwd or ROOT,
        timeout=120,
    )


@pytest.fixture
def article(tmp_path: Path, sample_text: str) -> Path:
    path = tmp_path / "deir.txt"
    path.write_text(sample_text, encoding="utf-8")
    return path


def test_generate_json_is_byte_identical_across_runs(article: Path) -> None:
    first = run("generate", str(article), "--format", "json", "--seed", "7")
    second = run("generate", str(article), "--format", "json", "--seed", "7")
    assert first.returncode == 0, first.stderr
    assert first.stdout == second.stdout
    data = json.loads(first.stdout)
    assert data["format"] == "factdeck.question-bank" and data["version"] == 1
    assert len(data["questions"]) >= 30


def test_source_date_epoch_sets_generated_at(article: Path) -> None:
    import os

    env = {**os.environ, "SOURCE_DATE_EPOCH": "1764072000"}
    out = subprocess.run(
        [sys.executable, "-m", "questions", "generate", str(article)],
        capture_output=True, text=True, cwd=ROOT, env=env, timeout=120,
    )  # fmt: skip
    assert json.loads(out.stdout)["generated_at"] == "2025-11-25T12:00:00Z"


def test_jsonl_and_text_formats(article: Path) -> None:
    lines = run("generate", str(article), "--format", "jsonl").stdout.splitlines()
    assert len(lines) >= 30
    assert all(json.loads(line)["id"].startswith("q-") for line in lines)
    text = run("generate", str(article), "--format", "text").stdout
    assert "When did the Deir ez-Zor offensive take place?" in text
    assert "*" in text


def test_facts_offsets_point_into_the_file(article: Path) -> None:
    out = run("facts", str(article), "--format", "json")
    assert out.returncode == 0
    doc = json.loads(out.stdout)["documents"][0]
    text = article.read_text(encoding="utf-8")
    keys = {"kind", "text", "value", "start", "end", "sentence_start", "sentence_end"}
    assert doc["facts"]
    for fact in doc["facts"]:
        assert set(fact) == keys
        assert text[fact["start"] : fact["end"]] == fact["text"]
        assert fact["sentence_start"] <= fact["start"] < fact["end"] <= fact["sentence_end"]


def _hostile(tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    if name == "missing.txt":
        return path
    if name == "folder":
        path.mkdir()
    elif name == "empty.txt":
        path.write_bytes(b"")
    elif name == "blank.txt":
        path.write_bytes(b"  \n\n\t\n")
    elif name == "binary.txt":
        path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    elif name == "latin1.txt":
        path.write_bytes("Caf\xe9 in 1901".encode("latin-1"))
    elif name == "huge.txt":
        path.write_bytes(b"a" * (10 * 1024 * 1024 + 1))
    return path


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("missing.txt", "no such file"),
        ("folder", "directory"),
        ("empty.txt", "empty"),
        ("blank.txt", "empty"),
        ("binary.txt", "binary"),
        ("latin1.txt", "UTF-8"),
        ("huge.txt", "too large"),
    ],
)
def test_bad_input_one_line_exit_2_others_still_processed(
    tmp_path: Path, article: Path, name: str, reason: str
) -> None:
    bad = _hostile(tmp_path, name)
    out = run("generate", str(bad), str(article), "--format", "jsonl")
    assert out.returncode == 2
    assert "Traceback" not in out.stderr
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: {bad}:") and reason in lines[0]
    assert len(out.stdout.splitlines()) >= 30  # the good article was still processed
    facts = run("facts", str(bad))
    assert facts.returncode == 2 and "Traceback" not in facts.stderr


def test_lint_exit_codes(tmp_path: Path, article: Path) -> None:
    bank = tmp_path / "bank.json"
    bank.write_text(run("generate", str(article)).stdout, encoding="utf-8")
    assert run("lint", str(bank)).returncode == 0
    data = json.loads(bank.read_text(encoding="utf-8"))
    data["questions"][0]["options"][1]["correct"] = True
    data["questions"][0]["options"][0]["correct"] = True
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(data), encoding="utf-8")
    out = run("lint", str(broken))
    assert out.returncode == 1
    assert data["questions"][0]["id"] in out.stdout and "correct options" in out.stdout
    notjson = tmp_path / "not.json"
    notjson.write_text("{oops", encoding="utf-8")
    assert run("lint", str(notjson)).returncode == 2
    assert run("lint", str(tmp_path / "missing.json")).returncode == 2
    quiz = run("lint", str(bank), "--quiz")
    assert quiz.returncode == 1 and "states the answer of" in quiz.stdout


def test_lint_reports_schema_errors_with_the_field(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "factdeck.question-bank", "version": 2}), encoding="utf-8")
    out = run("lint", str(bad))
    assert out.returncode == 1
    assert "version" in out.stdout


def test_library_imports_no_web_framework() -> None:
    code = "import sys, questions; print(sorted(m for m in sys.modules if m.split('.')[0] in ('flask', 'sqlalchemy', 'flask_sqlalchemy')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0 and out.stdout.strip() == "[]"
