"""GIFT's edge cases, checked both against our reader and against Moodle's reading rules
(tests/formats/moodle_gift.py): format markers and weights at the start of an option, [id:] and
[tag:] in comments, and characters that have no GIFT spelling."""

from __future__ import annotations

import io
from typing import Any

import pytest

from app.formats import FormatError, csvfile, gift

from . import moodle_gift

Q = dict[str, Any]


def written(items: list[Q]) -> str:
    out = io.BytesIO()
    gift.write(iter(items), out)
    return out.getvalue().decode("utf-8")


def read_text(text: str) -> list[Q]:
    return gift.read(io.BytesIO(text.encode("utf-8")))[0]


@pytest.mark.parametrize(
    ("answers", "ours", "moodles"),
    [
        ("~[plain]blue =[plain]red ~green", ["blue", "red", "green"], None),
        ("~[html]<b>blue</b> =red ~[markdown]green", ["blue", "red", "green"], ["<b>blue</b>"]),
        (
            "~[moodle]blue =[plain]red ~%0%[plain]%50% of them",
            ["blue", "red", "%50% of them"],
            None,
        ),
    ],
)
def test_a_format_marker_on_an_answer_is_not_part_of_its_text(
    answers: str, ours: list[str], moodles: list[str] | None
) -> None:
    got = read_text(f"Which colour? {{{answers}}}")
    assert [o["text"] for o in got[0]["options"]] == ours
    moodle = moodle_gift.read_block(f"Which colour? {{{answers}}}").answers
    assert [a for a, _ in moodle] == (moodles or []) + ours[len(moodles or []) :]


HOSTILE_STARTS = [
    "[html]<b>bold</b>",
    "[plain]plain",
    "[moodle]moodle",
    "[markdown]*md*",
    "%50% of them",
    "%100% sure",
    "[unknown] stays",
    " %5% with a space",
]


@pytest.mark.parametrize("key", [0, 3])
def test_options_that_start_like_a_weight_or_a_format_survive(make_question: Any, key: int) -> None:
    q = make_question("Which one?", HOSTILE_STARTS, key=key)
    text = written([q])
    options = [line for line in text.splitlines() if line[:1] in "~=" and line]
    assert len(options) == len(HOSTILE_STARTS)
    assert all(line[1:].startswith("[plain]") for line in options), options
    back = read_text(text)[0]
    assert back["options"] == [
        {"text": o["text"].strip(), "correct": o["correct"]} for o in q["options"]
    ]
    moodle = moodle_gift.read_block(text)
    assert moodle.answers == [
        (o["text"].strip(), 100.0 if o["correct"] else 0.0) for o in q["options"]
    ]


def test_id_and_tag_in_the_source_sentence_are_not_read_as_moodles(make_question: Any) -> None:
    source = "He wrote [id:q-evil] and [tag:forged] in a note: x]y // z\nnext line"
    q = make_question("Who?", ["a", "b"], sentence=source, qid="q-real")
    q["tags"] = ["place", "odd]tag", "a<b>"]
    text = written([q])
    assert "[tag:odd\\]tag]" in text
    moodle = moodle_gift.read_block(text)
    assert moodle.idnumber == "q-real"
    assert moodle.tags == ["place", "odd]tag", "ab"]
    back = read_text(text)[0]
    assert back["id"] == "q-real" and back["source"]["sentence"] == source
    assert back["tags"] == ["place", "odd]tag", "ab"]


def test_moodle_reads_ids_and_tags_from_every_comment_line() -> None:
    text = "// source: taken from [id:q-first]\n// [tag:one] [tag:t\\]wo]\nWhich? {=a ~b}"
    back = read_text(text)[0]
    assert back["id"] == "q-first" and back["tags"] == ["one", "t]wo"]
    moodle = moodle_gift.read_block(text)
    assert moodle.idnumber == "q-first" and moodle.tags == ["one", "t]wo"]


CONTROLS = "a\x00b\x01c\x08d\x0be\x0cf\x1bg\x7fh"


def test_control_characters_are_not_written_to_gift_or_csv(make_question: Any) -> None:
    q = make_question(f"Stem {CONTROLS}?", [f"x{CONTROLS}", "y"], sentence=CONTROLS)
    text = written([q])
    assert "abcdefgh" in text
    assert not any(c in text for c in "\x00\x01\x08\x0b\x0c\x1b\x7f")
    back = read_text(text)[0]
    assert back["stem"] == "Stem abcdefgh?" and back["options"][0]["text"] == "xabcdefgh"
    out = io.BytesIO()
    csvfile.write([q], out)
    quizlet = io.BytesIO()
    csvfile.write_quizlet([q], quizlet)
    for data in (out.getvalue().decode("utf-8-sig"), quizlet.getvalue().decode()):
        assert "abcdefgh" in data and not any(c in data for c in "\x00\x01\x08\x0b\x1b\x7f")


def test_spaces_inside_a_text_are_kept(make_question: Any) -> None:
    q = make_question("Two  spaces\tand a tab?", ["a  b", "c"])
    back = read_text(written([q]))[0]
    assert back["stem"] == q["stem"] and back["options"] == q["options"]


def test_every_problem_of_a_question_is_named_in_words() -> None:
    with pytest.raises(FormatError) as caught:
        read_text("Q? {=a ~ ~" + "x" * 600 + "}")
    assert str(caught.value) == (
        "question 1 (line 1): option 2: empty; option 3: longer than 500 characters"
    )


def test_images_media_and_links_dropped_from_html_are_noted() -> None:
    text = (
        "[html]<p>Which flag? <img src\\=f.png></p> {=<img src\\=a.png> France "
        "~Italy <audio src\\=i.mp3></audio> ~<a href\\=x.html>Spain</a> ~[plain]<img>}"
    )
    found, notes = gift.read(io.BytesIO(text.encode()))
    assert [o["text"] for o in found[0]["options"]] == ["France", "Italy", "Spain", "<img>"]
    assert notes[:4] == [
        "question 1 (line 1): the question text: images dropped",
        "question 1 (line 1): answer 1: images dropped",
        "question 1 (line 1): answer 2: audio, video or embedded media dropped",
        "question 1 (line 1): answer 3: links (their text is kept) dropped",
    ]
