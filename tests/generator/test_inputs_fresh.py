"""Reading uploaded bytes, and fresh distractors for an existing item."""

from __future__ import annotations

import pytest

import questions


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"%PDF-1.4", "is a PDF document"),
        (b"\xd0\xcf\x11\xe0rest", "old Word or Excel"),
        (b"{\\rtf1 hello}", "RTF document"),
        (b"a\x00b", "binary file"),
        (b"\xe9t\xe9", r"not valid UTF-8 \(byte 0\)"),
        (b"\n \t\n", "is empty"),
    ],
)
def test_bytes_that_are_no_article(data: bytes, message: str) -> None:
    with pytest.raises(questions.InputError, match=message):
        questions.decode(data)


def test_the_size_limit_and_exact_text() -> None:
    with pytest.raises(questions.InputError, match="too large"):
        questions.decode(b"x" * 11, max_bytes=10)
    assert questions.decode(b"In 1901\r\n") == "In 1901\r\n"  # offsets stay exact


SNIPPET = (
    "Riverton\n\nRiverton is a town. It was founded in 1850. The mill opened in 1862. "
    "The railway arrived in 1871. A bridge was built in 1880. The school opened in 1894. "
    "A fire destroyed the centre in 1903. The library opened in 1912.\n"
)


def test_fresh_options_keep_the_key_and_avoid_the_current_distractors() -> None:
    doc = questions.read(SNIPPET, "riverton.txt")
    items = questions.items_for(doc)
    assert items
    item = items[0]
    current = [o.text for o in item.options]
    fresh = questions.fresh_options(doc, item.id, current)
    assert fresh is not None
    assert [o.text for o in fresh if o.correct] == [o.text for o in item.options if o.correct]
    wrong_before = {o.text for o in item.options if not o.correct}
    wrong_after = {o.text for o in fresh if not o.correct}
    assert len(fresh) == 4 and wrong_after != wrong_before
    assert not questions.hard_flaws(
        questions.Checked(item.fact.kind, item.stem.style, item.stem.text,
                          tuple((o.text, o.correct) for o in fresh))
    )  # fmt: skip


def test_fresh_options_for_an_unknown_item_are_none() -> None:
    doc = questions.read(SNIPPET, "riverton.txt")
    assert questions.fresh_options(doc, "q-0000000000000000", []) is None
