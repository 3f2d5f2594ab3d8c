"""Stems that borrow the sentence before: snippet → the two sentences quoted, or no stem."""

from __future__ import annotations

import pytest

import questions
from questions.stem import make_stem

BORROWED = [
    (  # "it" means what the sentence before names
        "= Red Fever =\n\nThe Red Fever was a pandemic of the 1400s. Lyon lost 30,000 "
        "inhabitants to it in 1441.\n",
        "1441",
        "The Red Fever was a pandemic of the 1400s. Lyon lost 30,000 inhabitants to it in _____.",
    ),
    (  # "he" with a person named in full before it
        "= Mary Hale =\n\nMary Hale (born 1901) was a nurse. She trained in Leeds. She worked "
        "in York. At 21 Mary Hale married the sea captain John Kessler. He died in 1980 at sea.\n",
        "1980",
        "At 21 Mary Hale married the sea captain John Kessler. He died in _____ at sea.",
    ),
    (  # "the same year": the year is in the sentence before
        "= Carver Mill =\n\nCarver Mill is a mill in Ohio. The mill closed in May 1960. The "
        "owners sold the same machines to a rival for 4,000 dollars.\n",
        "4,000 dollars",
        None,
    ),
]

REFUSED = [
    (  # "he" with no person before it
        "= Kelso Abbey =\n\nKelso Abbey is a ruined abbey in Scotland. He was buried there in "
        "1152.\n",
        "1152",
    ),
    (  # "the settlement" when the sentence before speaks of no settlement
        "= Ann Lowe =\n\nAnn Lowe (born 1899) was a merchant. The settlement grew to 300 people "
        "by 1920.\n",
        "300",
    ),
    (  # a new paragraph: the sentence before is another topic
        "= Red Fever =\n\nThe Red Fever was a pandemic of the 1400s.\n\nLyon lost 30,000 "
        "inhabitants to it in 1441.\n",
        "1441",
    ),
    (  # the sentence before leans on what came before it too
        "= Red Fever =\n\nThe Red Fever was a pandemic. Sailors died of it in 1440. Lyon lost "
        "30,000 inhabitants to it in 1441.\n",
        "1441",
    ),
]


def _stem(text: str, fact: str) -> questions.Stem | None:
    doc = questions.read(text, "s.txt")
    found = {f.text: f for f in questions.extract(doc, questions.segment(doc))}
    assert fact in found, sorted(found)
    return make_stem(doc, found[fact])


@pytest.mark.parametrize(("text", "fact", "stem"), BORROWED)
def test_the_sentence_before_says_what_the_stem_means(
    text: str, fact: str, stem: str | None
) -> None:
    made = _stem(text, fact)
    if stem is None:  # made or not, never a dangling "the same" alone
        assert made is None or made.text.count(". ") >= 1, made
        return
    assert made is not None and made.text == stem
    assert made.style == "cloze"  # two sentences are never turned into a question


@pytest.mark.parametrize(("text", "fact"), REFUSED)
def test_no_stem_when_the_sentence_before_does_not_say(text: str, fact: str) -> None:
    assert _stem(text, fact) is None


LIFE = [
    (  # the life aside after the subject's other names
        "= Wilhelm Fabry =\n\nWilhelm Fabry (also William Fabry) (25 June 1560 − 15 February "
        "1634), called the father of German surgery, was a surgeon. He wrote 20 books.\n",
        {
            "25 June 1560": "When was Wilhelm Fabry born?",
            "15 February 1634": "When did Wilhelm Fabry die?",
        },
    ),
    (  # "born" alone: no death date to ask
        "= Mary Hale =\n\nMary Hale (born 12 May 1900) was a nurse. She wrote 20 books.\n",
        {"12 May 1900": "When was Mary Hale born?"},
    ),
]


@pytest.mark.parametrize(("text", "stems"), LIFE)
def test_a_biographys_life_aside_gives_birth_and_death(text: str, stems: dict[str, str]) -> None:
    for fact, stem in stems.items():
        made = _stem(text, fact)
        assert made is not None and made.text == stem


def test_another_aside_after_the_subjects_name_is_no_life() -> None:
    # "Gilles de Rais's story … fairy tale (1697)", "Edison … (granted January 27, 1880)"
    text = (
        "= Thomas Edison =\n\nThomas Edison (born 11 February 1847) was an inventor.\n\nEdison "
        "filed for a patent (granted January 27, 1880) on his lamp.\n"
    )
    made = _stem(text, "January 27, 1880")
    assert made is None or "born" not in made.text


def test_a_title_is_no_given_name() -> None:
    from questions.people import people, surname_edits

    found = people("Henry Petty married Arabella Boyle. Baroness Shelburne was his mother.")
    assert surname_edits(found, "The Countess of Shelburne died in October 1740.") == []
