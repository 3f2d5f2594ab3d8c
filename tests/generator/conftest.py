"""Fixtures for the generator tests: the sample article, the development corpus, banks."""

from __future__ import annotations

from pathlib import Path

import pytest

import questions
from questions.stem import make_stem

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus"
SAMPLE = ROOT / "app" / "demo" / "deir-ez-zor-offensive-2016.txt"


def sample_path() -> Path:
    """The sample article: the demo copy in the project, else the shared corpus."""
    if SAMPLE.exists():
        return SAMPLE
    return CORPUS / "deir-ez-zor-offensive-2016.txt"


@pytest.fixture(scope="session")
def sample_text() -> str:
    path = sample_path()
    if not path.exists():
        pytest.skip("sample article not found")
    return path.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def sample_bank(sample_text: str) -> questions.Bank:
    return questions.generate([questions.Source("deir-ez-zor-offensive-2016.txt", sample_text)])


@pytest.fixture(scope="session")
def corpus_bank() -> questions.Bank:
    folder = CORPUS / "wikipedia"
    if not folder.is_dir():
        pytest.skip("development corpus not present")
    sources = [
        questions.Source(p.name, p.read_text(encoding="utf-8"))
        for p in sorted(folder.glob("*.txt"))
    ]
    return questions.generate(sources)


def _facts_of(text: str, kind: str | None = None) -> list[questions.Fact]:
    doc = questions.read(text, "snippet.txt")
    found = questions.extract(doc, questions.segment(doc))
    return [f for f in found if kind is None or f.kind == kind]


@pytest.fixture
def facts_of():  # type: ignore[no-untyped-def]
    """Facts extracted from a snippet, optionally of one kind."""
    return _facts_of


def _stem_text(text: str, fact: str) -> str | None:
    doc = questions.read(text, "snippet.txt")
    found = {f.text: f for f in questions.extract(doc, questions.segment(doc))}
    assert fact in found, sorted(found)
    made = make_stem(doc, found[fact])
    return None if made is None else made.text


@pytest.fixture
def stem_text():  # type: ignore[no-untyped-def]
    """The stem written for the fact whose text is `fact` in a snippet, or None when refused."""
    return _stem_text
