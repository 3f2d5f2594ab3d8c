"""GIFT: escaping, a round trip through our own reader, foreign GIFT, and clear errors."""

from __future__ import annotations

import io
from typing import Any

import pytest

from app.formats import FormatError, gift

Q = dict[str, Any]


def written(items: list[Q]) -> bytes:
    out = io.BytesIO()
    assert gift.write(iter(items), out) == len(items)
    return out.getvalue()


def read_text(text: str) -> tuple[list[Q], list[str]]:
    return gift.read(io.BytesIO(text.encode("utf-8")))


@pytest.mark.parametrize(
    ("plain", "escaped"),
    [
        ("a~b=c#d", "a\\~b\\=c\\#d"),
        ("{x}: y", "\\{x\\}\\: y"),
        ("back\\slash", "back\\\\slash"),
        ("two\nlines", "two\\nlines"),
        ("C:\\new", "C\\:\\\\new"),
        ("<script>&", "<script>&"),
    ],
)
def test_escape_and_unescape(plain: str, escaped: str) -> None:
    assert gift.escape(plain) == escaped
    assert gift.unescape(escaped) == plain


def test_sample_bank_round_trip(sample_questions: list[Q]) -> None:
    text = written(sample_questions).decode("utf-8")
    assert text.count("::q-") == len(sample_questions)
    assert text.count("\n// source: ") + text.startswith("// source: ") == len(sample_questions)
    back, notes = read_text(text)
    assert len(back) == len(sample_questions)
    for got, want in zip(back, sample_questions, strict=True):
        assert got["id"] == want["id"]
        assert got["stem"] == want["stem"]
        assert got["options"] == want["options"]
        assert got["answer"] == want["answer"]
        assert got["kind"] == want["kind"]
        assert got["style"] == want["style"]
        assert got["source"]["sentence"] == want["source"]["sentence"]
    assert notes and "GIFT has no document" in notes[-1]


def test_special_characters_round_trip(tricky_questions: list[Q]) -> None:
    data = written(tricky_questions)
    back, _ = gift.read(io.BytesIO(data))
    assert len(back) == len(tricky_questions)
    for got, want in zip(back, tricky_questions, strict=True):
        assert got["stem"] == want["stem"]
        assert got["options"] == want["options"]
        assert got["source"]["sentence"] == want["source"]["sentence"]


def test_texts_are_marked_plain(make_question: Any) -> None:
    text = written([make_question("<b>x</b>?", ["<i>a</i>", "b"])]).decode()
    assert "[plain]<b>x</b>? {" in text


MOODLE_DOCS = """// question: 1 name: Grant's tomb
::Grant's tomb::Who is buried in Grant's tomb
in New York City? {
=Grant
~No one
#Was true for 12 years
~Napoleon
#He was buried in France
~Churchill
####Ulysses S. Grant is buried there.
}

$CATEGORY: $course$/History

// true/false
::Q1:: 1+1=2 {T}

::Q2:: What's between orange and green in the spectrum?
{=yellow # right; good! ~red # wrong, it's yellow ~blue # wrong, it's yellow}

Mahatma Gandhi's birthday is an Indian holiday on {~15th ~3rd =2nd} of October.

Two plus two is {=four =4}.

::Matching:: Match. {=a -> 1 =b -> 2}

What is 2+2? {#4}

Write an essay. {}

Just a description, no answers.

::Escaped\\: title::[html]A <b>bold</b> \\{claim\\} &amp; more {
=It is \\= true
~It is \\~ false
~%50%Half
}

::Multi:: Pick the two. {~%50%a ~%50%b ~%-100%c}
"""


def test_reads_gift_as_moodle_documents_it() -> None:
    found, notes = read_text(MOODLE_DOCS)
    stems = [q["stem"] for q in found]
    assert stems == [
        "Who is buried in Grant's tomb in New York City?",
        "What's between orange and green in the spectrum?",
        "Mahatma Gandhi's birthday is an Indian holiday on _____ of October.",
        "A bold {claim} & more",
    ]
    grant, spectrum, gandhi, html_q = found
    assert [o["text"] for o in grant["options"]] == ["Grant", "No one", "Napoleon", "Churchill"]
    assert grant["answer"] == "Grant"
    assert grant["source"]["sentence"] == "Ulysses S. Grant is buried there."
    assert [o["text"] for o in spectrum["options"]] == ["yellow", "red", "blue"]
    assert gandhi["answer"] == "2nd" and gandhi["style"] == "cloze"
    assert [o["text"] for o in html_q["options"]] == ["It is = true", "It is ~ false", "Half"]
    assert [o["correct"] for o in html_q["options"]] == [True, False, False]
    assert all(q["kind"] == "other" and q["status"] == "draft" for q in found)
    joined = "\n".join(notes)
    for skipped in ("true/false", "short answer", "matching", "numerical", "essay", "description"):
        assert skipped in joined
    assert "multiple-answer question (partial weights) skipped" in joined
    assert "partial credit dropped" in joined


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Q? {~a ~b ~c}", r"^question 1 \(line 1\): no correct answer$"),
        ("Q? {=a ~b}\n\n\nQ2? {=a =b ~c}", r"^question 2 \(line 4\): 2 correct answers"),
        ("Q? {=a ~b}\n\n::T::Q2?\n{\n=a\n~b\n", r"^question 2 \(line 4\): '\{' is never closed$"),
        ("Q? =a ~b}", r"^question 1 \(line 1\): '\}' without an opening '\{'$"),
        ("::Title Q? {=a ~b}", r"^question 1 \(line 1\): title '::' is never closed$"),
        ("Q? {=a ~b} and {=c ~d}", r"more than one answer block"),
        ("Q? {junk =a ~b}", r"text before the first '=' or '~'"),
        ("Q? {=a ~}", r"question 1 \(line 1\): option 2: empty$"),
        ("", r"^empty file$"),
        ("  \n\n  ", r"^empty file$"),
        ("// only a comment\n", r"no multiple-choice questions found"),
        ("Two plus two? {=four}", r"no multiple-choice questions found \(1 skipped"),
    ],
)
def test_malformed_gift_is_refused_clearly(text: str, message: str) -> None:
    with pytest.raises(FormatError, match=message):
        read_text(text)


def test_not_utf8_is_refused() -> None:
    with pytest.raises(FormatError, match=r"not UTF-8 text \(byte 3\)"):
        gift.read(io.BytesIO(b"Q? \xff {=a ~b}"))
