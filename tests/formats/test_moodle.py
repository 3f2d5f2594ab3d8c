"""Moodle XML: the written file parses and has what Moodle needs; the reader reads it back."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
from html import unescape
from typing import Any

import pytest

import questions
from app.formats import FormatError, moodle

Q = dict[str, Any]


def written(items: list[Q], **kwargs: Any) -> bytes:
    out = io.BytesIO()
    assert moodle.write(iter(items), out, **kwargs) == len(items)
    return out.getvalue()


def read_back(data: bytes) -> tuple[list[Q], list[str]]:
    return moodle.read(io.BytesIO(data))


def test_sample_bank_as_moodle_xml(sample_questions: list[Q]) -> None:
    root = ET.fromstring(written(sample_questions))
    assert root.tag == "quiz"
    items = root.findall("question")
    assert len(items) == len(sample_questions)
    for elem, q in zip(items, sample_questions, strict=True):
        assert elem.get("type") == "multichoice"
        assert elem.findtext("name/text") == q["id"]
        assert elem.find("questiontext[@format='html']") is not None
        assert unescape(elem.findtext("questiontext/text") or "") == q["stem"]
        assert unescape(elem.findtext("generalfeedback/text") or "") == q["source"]["sentence"]
        assert elem.findtext("single") == "true"
        assert elem.findtext("answernumbering") == "abc"
        ordered = q["kind"] in ("date", "figure")
        assert elem.findtext("shuffleanswers") == ("0" if ordered else "1")
        answers = elem.findall("answer")
        assert [unescape(a.findtext("text") or "") for a in answers] == [
            o["text"] for o in q["options"]
        ]
        fractions = [a.get("fraction") for a in answers]
        assert fractions.count("100") == 1 and fractions.count("0") == len(answers) - 1
        assert unescape(answers[fractions.index("100")].findtext("text") or "") == q["answer"]


def test_round_trip_keeps_stems_options_answers(sample_questions: list[Q]) -> None:
    back, notes = read_back(written(sample_questions))
    assert [q["id"] for q in back] == [q["id"] for q in sample_questions]
    for got, want in zip(back, sample_questions, strict=True):
        assert (got["stem"], got["options"], got["answer"]) == (
            want["stem"],
            want["options"],
            want["answer"],
        )
        assert got["kind"] == want["kind"]
        assert got["source"]["sentence"] == want["source"]["sentence"]
    assert any("difficulty 0.5" in n for n in notes)
    bank = {
        "format": "factdeck.question-bank",
        "version": 1,
        "generated_at": "2026-01-01T00:00:00Z",
        "generator": {"name": "test", "version": "1"},
        "documents": [],
        "questions": back,
    }
    assert questions.validation_errors(bank) == []


def test_special_text_survives_as_text(tricky_questions: list[Q]) -> None:
    data = written(tricky_questions)
    assert b"<script>" not in data
    ET.fromstring(data)
    back, _ = read_back(data)
    for got, want in zip(back, tricky_questions, strict=True):
        assert got["stem"] == want["stem"]
        assert got["options"] == want["options"]
        assert got["source"]["sentence"] == want["source"]["sentence"]


def test_category_and_retired(make_question: Any) -> None:
    q = dict(make_question("Where?", ["A", "B", "C"]), status="retired")
    root = ET.fromstring(written([q], category="History & war"))
    first, second = root.findall("question")
    assert first.get("type") == "category"
    assert first.findtext("category/text") == "$course$/top/History & war"
    assert second.findtext("hidden") == "1"


def test_writer_refuses_a_question_without_one_key(make_question: Any) -> None:
    q = make_question("Where?", ["A", "B", "C"])
    q["options"][1]["correct"] = True
    with pytest.raises(FormatError, match=r"question 1 \(q-\w+\): options: 2 correct answers"):
        written([q])


FOREIGN = b"""<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="category"><category><text>$course$/Geography</text></category></question>
  <question type="multichoice">
    <name><text>Capital of France</text></name>
    <questiontext format="html"><text><![CDATA[<p>What is the <b>capital</b> of France?</p>
<p>Pick one.</p>]]></text></questiontext>
    <generalfeedback format="html"><text>Paris has been the capital since 987.</text></generalfeedback>
    <single>true</single>
    <answer fraction="100"><text>Paris</text></answer>
    <answer fraction="0"><text>Lyon</text></answer>
    <answer fraction="50.0000"><text>Marseille</text></answer>
    <tags><tag><text>place</text></tag><tag><text>europe</text></tag></tags>
  </question>
  <question type="truefalse">
    <name><text>TF</text></name>
    <questiontext format="plain_text"><text>The sky is blue.</text></questiontext>
  </question>
  <question type="multichoice">
    <name><text>Multi</text></name>
    <questiontext format="plain_text"><text>Pick two.</text></questiontext>
    <single>false</single>
    <answer fraction="50"><text>a</text></answer>
    <answer fraction="50"><text>b</text></answer>
  </question>
  <question type="multichoice">
    <name><text>Plain</text></name>
    <questiontext format="plain_text"><text>Fill in: the Nile is in _____.</text></questiontext>
    <answer fraction="-33.33333"><text>Asia</text></answer>
    <answer fraction="100.0000000"><text>Africa</text></answer>
  </question>
</quiz>
"""


def test_reads_foreign_moodle_xml() -> None:
    found, notes = moodle.read(io.BytesIO(FOREIGN))
    assert len(found) == 2
    france, nile = found
    assert france["stem"] == "What is the capital of France?\nPick one."
    assert [o["text"] for o in france["options"]] == ["Paris", "Lyon", "Marseille"]
    assert [o["correct"] for o in france["options"]] == [True, False, False]
    assert france["kind"] == "place" and france["tags"] == ["place", "europe"]
    assert france["source"]["sentence"] == "Paris has been the capital since 987."
    assert france["id"].startswith("q-") and france["document_id"].startswith("doc-import-")
    assert nile["kind"] == "other" and nile["style"] == "cloze" and nile["answer"] == "Africa"
    joined = "\n".join(notes)
    assert "question 2 (line 15): type truefalse skipped" in joined
    assert "question 3 (line 19): multiple-answer multichoice skipped" in joined
    assert "partial credit 50% dropped" in joined
    again, _ = moodle.read(io.BytesIO(FOREIGN))
    assert [q["id"] for q in again] == [q["id"] for q in found]  # ids stable across imports


def test_error_names_the_question_and_line() -> None:
    data = FOREIGN.replace(b'fraction="100.0000000"', b'fraction="0"')
    with pytest.raises(FormatError, match=r"^question 4 \(line 26\): no correct answer$"):
        moodle.read(io.BytesIO(data))
    data = FOREIGN.replace(b'fraction="0"><text>Lyon', b'fraction="100"><text>Lyon')
    with pytest.raises(FormatError, match=r"question 1 \(line 4\): 2 correct answers"):
        moodle.read(io.BytesIO(data))


MEDIA = b"""<quiz><question type="multichoice">
<questiontext format="html"><text><![CDATA[<p>Which flag? <img src="@@PLUGINFILE@@/f.png"></p>]]></text>
<file name="f.png" path="/" encoding="base64">iVBORw0KGgo=</file></questiontext>
<generalfeedback format="html"><text><![CDATA[See <a href="https://example.org/x">the page</a>]]></text>
</generalfeedback>
<answer fraction="100" format="html"><text><![CDATA[<img src="a.png" alt=""> France]]></text></answer>
<answer fraction="0" format="html"><text><![CDATA[Italy <audio src="i.mp3"></audio>]]></text></answer>
<answer fraction="0" format="html"><text>Spain</text></answer>
</question></quiz>"""


def test_images_media_links_and_files_dropped_anywhere_are_noted() -> None:
    found, notes = read_back(MEDIA)
    assert [o["text"] for o in found[0]["options"]] == ["France", "Italy", "Spain"]
    assert found[0]["source"]["sentence"] == "See the page"
    joined = "\n".join(notes)
    assert "the question text: images, attached files dropped" in joined
    assert "answer 1: images dropped" in joined
    assert "answer 2: audio, video or embedded media dropped" in joined
    assert "the general feedback: links (their text is kept) dropped" in joined
    assert "answer 3" not in joined
