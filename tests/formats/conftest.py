"""Fixtures for the format tests: the sample article's bank, hand-made tricky questions."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

import questions

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "app" / "demo" / "deir-ez-zor-offensive-2016.txt"
SHARED_SAMPLE = ROOT.parent / "shared" / "corpus" / "deir-ez-zor-offensive-2016.txt"

Q = dict[str, Any]


def question(
    stem: str,
    options: list[str],
    key: int = 0,
    kind: str = "place",
    sentence: str = "",
    qid: str | None = None,
) -> Q:
    """A schema-shaped question dict."""
    digest = hashlib.sha256("\x1f".join([stem, *options]).encode()).hexdigest()[:16]
    return {
        "id": qid or f"q-{digest}",
        "document_id": "doc-test",
        "kind": kind,
        "style": "cloze" if "_____" in stem else "wh",
        "stem": stem,
        "options": [{"text": t, "correct": i == key} for i, t in enumerate(options)],
        "answer": options[key],
        "value": options[key],
        "source": {
            "section": "Test",
            "sentence": sentence,
            "start": 0,
            "end": len(sentence),
            "answer_start": 0,
            "answer_end": 0,
        },
        "difficulty": 0.5,
        "status": "draft",
        "tags": [kind],
    }


TRICKY_TEXTS = [
    "Which {brace} = equals ~ tilde # hash : colon \\ backslash?",
    'Is <script>alert("x")</script> & <b>bold</b> shown as text?',
    "A stem over\ntwo lines, with a CDATA end ]]> inside",
    "C:\\new\\table and a literal \\n that is not a newline",
    "// not a comment :: not a title {=not ~an answer}",
    "=SUM(A1:A2) looks like a formula",
]


@pytest.fixture(scope="session")
def sample_questions() -> list[Q]:
    """The generator's bank for the sample article, as question dicts."""
    path = SAMPLE if SAMPLE.exists() else SHARED_SAMPLE
    if not path.exists():
        pytest.skip("sample article not found")
    bank = questions.generate([questions.Source(path.name, path.read_text(encoding="utf-8"))])
    found: list[Q] = questions.bank_to_dict(bank)["questions"]
    assert len(found) >= 10
    return found


@pytest.fixture(scope="session")
def tricky_questions() -> list[Q]:
    """Questions whose stems, options and sources use every character a format treats specially."""
    out = []
    for n, text in enumerate(TRICKY_TEXTS):
        options = [f"{text[:20].strip()} option {i}" for i in range(3)] + [
            "-5 {=} ~ # : \\ <i>x</i>"
        ]
        out.append(question(text, options, key=n % 4, kind=("date", "place")[n % 2], sentence=text))
    return out


@pytest.fixture
def make_question() -> Callable[..., Q]:
    """The question-dict factory, for tests that build their own cases."""
    return question


def generated(n: int) -> Iterator[Q]:
    """A one-shot stream of ``n`` distinct questions."""
    for i in range(n):
        yield question(
            f"Question {i}: when did event {i} {{happen}} = ~ ?",
            [f"{1900 + i % 97 + j} AD" for j in range(4)],
            key=i % 4,
            kind=("date", "figure", "place")[i % 3],
            sentence=f"Event {i} happened in {1900 + i % 97 + i % 4} AD, the article says.",
            qid=f"q-gen{i:06d}",
        )


@pytest.fixture(scope="session")
def stream() -> Callable[[int], Iterator[Q]]:
    """Factory for one-shot generators of questions."""
    return generated
