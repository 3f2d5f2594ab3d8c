"""Our exports read by real clients, not by our own reader alone: the Anki library imports every
deck into a fresh collection and renders its cards; an independent GIFT parser from PyPI
(pygiftparserrgmf) and Moodle's reading rules (moodle_gift.py) read our GIFT like our reader.
Both run on the sample article's bank and on the hostile fixture bank (hostile.py)."""

from __future__ import annotations

import contextlib
import html
import io
import re
from pathlib import Path
from typing import Any

import pytest

from app.formats import anki, gift

from . import moodle_gift
from .hostile import hostile_questions, printable

Q = dict[str, Any]


@pytest.fixture(params=["sample", "hostile"])
def bank(request: pytest.FixtureRequest, sample_questions: list[Q]) -> list[Q]:
    return sample_questions if request.param == "sample" else hostile_questions()


# --- Anki --------------------------------------------------------------------------------


def _field_text(field: str) -> str:
    return html.unescape(field.replace("<br>", "\n"))


def test_the_anki_library_imports_every_note_and_renders_its_card(
    bank: list[Q], tmp_path: Path
) -> None:
    from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest

    deck = tmp_path / "deck.apkg"
    with deck.open("wb") as fp:
        anki.write(iter(bank), fp, deck_name="Factdeck test", timestamp=1_700_000_000)
    col = Collection(str(tmp_path / "collection.anki2"))
    try:
        request = ImportAnkiPackageRequest(
            package_path=str(deck), options=ImportAnkiPackageOptions(with_scheduling=False)
        )
        first = col.import_anki_package(request)
        assert first.log.found_notes == len(bank) and len(first.log.new) == len(bank)
        notes = {col.get_note(n).guid: col.get_note(n) for n in col.find_notes("")}
        assert len(notes) == len(bank)
        assert col.decks.by_name("Factdeck test") is not None
        for q in bank:
            note = notes[anki.genanki.guid_for("factdeck", q["id"])]
            assert note.keys() == list(anki.FIELDS)
            key = next(o["text"] for o in q["options"] if o["correct"])
            assert _field_text(note["Question"]) == printable(q["stem"])
            assert _field_text(note["Answer"]) == printable(key)
            assert _field_text(note["Source"]) == printable(q["source"]["sentence"])
            items = re.findall(r"<li>(.*?)</li>", note["Options"], re.S)
            assert [_field_text(i) for i in items] == [printable(o["text"]) for o in q["options"]]
            assert note.tags == q["tags"]
            card = note.cards()[0]
            front, back = card.question(), card.answer()
            assert note["Question"] in front and note["Options"] in front
            assert note["Answer"] not in front.split("</ol>")[-1]
            assert note["Answer"] in back and "<script>" not in front + back
        again = col.import_anki_package(request)
        assert not again.log.new and len(col.find_notes("")) == len(bank)
    finally:
        col.close()


# --- GIFT --------------------------------------------------------------------------------


def _gift(bank: list[Q]) -> str:
    out = io.BytesIO()
    gift.write(iter(bank), out)
    return out.getvalue().decode("utf-8")


def _their_text(raw: str) -> str:
    """pygiftparserrgmf leaves escapes and a leading format marker in its texts."""
    text = gift.unescape(raw.strip())
    return re.sub(r"^\[(html|moodle|plain|markdown)\]", "", text).strip()


def _parse_independently(text: str) -> Any:
    with contextlib.redirect_stdout(io.StringIO()):
        from pygiftparser import parser  # pygiftparserrgmf; builds its tables on first import

        return parser.parse(text)


def test_an_independent_parser_reads_our_gift_like_our_reader(bank: list[Q]) -> None:
    text = _gift(bank)
    ours, _ = gift.read(io.BytesIO(text.encode("utf-8")))
    theirs = _parse_independently(text).questions
    assert len(theirs) == len(ours) == len(bank)
    for q, mine, other in zip(bank, ours, theirs, strict=True):
        assert type(other.answer).__name__ == "MultipleChoiceRadio"
        assert other.name == mine["id"] == q["id"]
        assert _their_text(other.text) == mine["stem"]
        options = [(_their_text(o.raw_text[1:]), o.percentage) for o in other.answer.options]
        # the parser turns tabs into spaces before it reads anything
        assert options == [
            (o["text"].replace("\t", " "), 1.0 if o["correct"] else 0.0) for o in mine["options"]
        ]
        expected = [(printable(o["text"]).strip(), o["correct"]) for o in q["options"]]
        assert [(o["text"], o["correct"]) for o in mine["options"]] == expected
        assert mine["stem"] == printable(q["stem"])
        assert mine["source"]["sentence"] == printable(q["source"]["sentence"])
        assert mine["tags"] == q["tags"]


def test_moodle_reads_our_gift_with_the_same_questions(bank: list[Q]) -> None:
    read = moodle_gift.read(_gift(bank))
    assert len(read) == len(bank)
    for q, moodle in zip(bank, read, strict=True):
        assert moodle.name == moodle.idnumber == q["id"]
        assert moodle.tags == q["tags"]
        assert moodle.text == printable(q["stem"])
        assert moodle.answers == [
            (printable(o["text"]).strip(), 100.0 if o["correct"] else 0.0) for o in q["options"]
        ]
