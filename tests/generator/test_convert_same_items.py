"""An article written out as a PDF and as a Word file (tests/documents/make.py) gives the same
items as its text: the same facts, stems and keys. Wrong options are drawn with the document's
SHA-256 in the seed, so they may differ between the three texts; the facts may not."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest

import questions
from questions.convert import convert_file

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "app" / "demo" / "deir-ez-zor-offensive-2016.txt"
CORPUS = ROOT.parent / "shared" / "corpus" / "wikipedia"
# Articles of the development corpus; the demo article (in the project) always runs.
ARTICLES = (
    "battle-of-tilpat-1669.txt",
    "american-relief-administration.txt",
    "azusa-street-revival.txt",
    "cherry-hospital.txt",
)


def _items(text: str) -> set[tuple[str, str, str, str]]:
    bank = questions.generate([questions.Source("article", text)])
    return {(i.fact.kind, i.stem.text, i.fact.text, i.fact.sentence.text) for i in bank.items}


def _check(text: str, documents: ModuleType) -> None:
    expected = _items(text)
    assert expected
    from_pdf = convert_file("article.pdf", documents.article_pdf(text))
    assert len(from_pdf.pages) >= 2
    assert _items(from_pdf.text) == expected
    assert _items(convert_file("article.docx", documents.article_docx(text)).text) == expected


def test_the_demo_article_as_pdf_and_word_gives_the_same_items(documents: ModuleType) -> None:
    _check(DEMO.read_text(encoding="utf-8"), documents)


@pytest.mark.corpus
@pytest.mark.parametrize("name", ARTICLES)
def test_corpus_articles_as_pdf_and_word_give_the_same_items(
    documents: ModuleType, name: str
) -> None:
    path = CORPUS / name
    if not path.exists():
        pytest.skip("development corpus not present")
    _check(path.read_text(encoding="utf-8"), documents)
