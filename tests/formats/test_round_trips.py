"""The hostile fixture bank (hostile.py) through every format and back: what comes back is the
bank's text, less exactly the losses docs/formats.md names for that format."""

from __future__ import annotations

import csv
import io
import re
import xml.etree.ElementTree as ET
import zipfile
from typing import Any

from app.formats import csvfile, gift, moodle, qti

from .hostile import hostile_questions, printable

Q = dict[str, Any]
NS = {"q": qti.QTI_NS}
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


def write(module: Any, items: list[Q], **kwargs: Any) -> bytes:
    out = io.BytesIO()
    writer = getattr(module, kwargs.pop("writer", "write"))
    assert writer(iter(items), out, **kwargs) == len(items)
    return out.getvalue()


def moodle_kept(text: str) -> str:
    """Moodle XML: characters XML cannot carry dropped, white space at the ends of lines."""
    lines = _XML_ILLEGAL.sub("", text).split("\n")
    return "\n".join(line.strip() for line in lines).strip()


def test_moodle_xml_round_trip() -> None:
    bank = hostile_questions()
    back, notes = moodle.read(io.BytesIO(write(moodle, bank)))
    assert len(back) == len(bank) and notes[-1].startswith("Moodle XML has no document")
    for q, got in zip(bank, back, strict=True):
        assert got["id"] == q["id"] and got["kind"] == q["kind"] and got["tags"] == q["tags"]
        assert got["stem"] == moodle_kept(q["stem"])
        assert got["options"] == [
            {"text": moodle_kept(o["text"]), "correct": o["correct"]} for o in q["options"]
        ]
        assert got["source"]["sentence"] == moodle_kept(q["source"]["sentence"])


def test_gift_round_trip() -> None:
    bank = hostile_questions()
    back, _ = gift.read(io.BytesIO(write(gift, bank)))
    assert len(back) == len(bank)
    for q, got in zip(bank, back, strict=True):
        assert got["id"] == q["id"] and got["kind"] == q["kind"] and got["tags"] == q["tags"]
        assert got["stem"] == printable(q["stem"])
        assert got["options"] == [
            {"text": printable(o["text"]), "correct": o["correct"]} for o in q["options"]
        ]
        assert got["source"]["sentence"] == printable(q["source"]["sentence"])


def _text(elem: ET.Element) -> str:
    parts = [elem.text or ""]
    for child in elem:
        parts.append(("\n" if child.tag == f"{{{qti.QTI_NS}}}br" else "") + (child.tail or ""))
    return "".join(parts)


def test_qti_items_carry_every_text() -> None:
    bank = hostile_questions()
    package = zipfile.ZipFile(io.BytesIO(write(qti, bank)))
    for q in bank:
        root = ET.fromstring(package.read(f"items/{q['id']}.xml"))
        interaction = root.find("q:itemBody/q:choiceInteraction", NS)
        assert interaction is not None
        prompt = interaction.find("q:prompt", NS)
        assert prompt is not None and _text(prompt) == _XML_ILLEGAL.sub("", q["stem"])
        choices = interaction.findall("q:simpleChoice", NS)
        assert [_text(c) for c in choices] == [
            _XML_ILLEGAL.sub("", o["text"]) for o in q["options"]
        ]
        key = root.find("q:responseDeclaration/q:correctResponse/q:value", NS)
        keyed = [c for c in choices if c.get("identifier") == (key.text if key is not None else "")]
        assert [_text(c) for c in keyed] == [
            _XML_ILLEGAL.sub("", o["text"]) for o in q["options"] if o["correct"]
        ]


def test_csv_and_quizlet_carry_every_text_as_text() -> None:
    bank = hostile_questions()
    rows = list(csv.reader(io.StringIO(write(csvfile, bank, option_columns=8).decode("utf-8-sig"))))
    assert rows[0] == csvfile.header(8) and len(rows) == len(bank) + 1
    for q, row in zip(bank, rows[1:], strict=True):
        texts = [o["text"] for o in q["options"]] + [""] * (8 - len(q["options"]))
        key = next(o["text"] for o in q["options"] if o["correct"])
        want = [q["stem"], *texts, key, q["source"]["sentence"], q["kind"], q["id"]]
        assert row == [csvfile.neutralise(printable(t)) for t in want]
        assert not any(cell.startswith(("=", "+", "-", "@")) for cell in row)
    lines = write(csvfile, bank, writer="write_quizlet").decode("utf-8").split("\n")
    assert lines[-1] == "" and len(lines) == len(bank) + 1
    for q, line in zip(bank, lines, strict=False):
        term, definition = line.split("\t")
        key = next(o["text"] for o in q["options"] if o["correct"])
        # the .tsv opens in spreadsheets too: a formula-like start is neutralised as in the CSV
        assert term == csvfile.neutralise(" ".join(printable(q["stem"]).split("\n")).strip())
        assert definition == csvfile.neutralise(
            " ".join(printable(key).replace("\t", " ").split("\n")).strip()
        )


def test_moodle_xml_keeps_tabs_and_runs_of_spaces(make_question: Any) -> None:
    q = make_question("Two  spaces\tand a tab,   three?", ["a  b", "c\td"], sentence="x  y")
    back, _ = moodle.read(io.BytesIO(write(moodle, [q])))
    assert back[0]["stem"] == q["stem"] and back[0]["options"] == q["options"]
    assert back[0]["source"]["sentence"] == "x  y"
