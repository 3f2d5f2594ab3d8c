"""QTI 2.1 package: a ZIP whose manifest lists every item, items with one correct response."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
import zipfile
from typing import Any

from app.formats import qti

Q = dict[str, Any]
NS = {"q": qti.QTI_NS, "cp": qti.CP_NS}


def package(items: list[Q]) -> zipfile.ZipFile:
    out = io.BytesIO()
    assert qti.write(iter(items), out) == len(items)
    return zipfile.ZipFile(io.BytesIO(out.getvalue()))


def text_of(elem: ET.Element) -> str:
    """An element's text with ``<br/>`` read as a line break."""
    parts = [elem.text or ""]
    for child in elem:
        parts.append(("\n" if child.tag == f"{{{qti.QTI_NS}}}br" else "") + (child.tail or ""))
    return "".join(parts)


def check_item(root: ET.Element, q: Q) -> None:
    """The parts of an assessmentItem an LMS needs to score it."""
    assert root.tag == f"{{{qti.QTI_NS}}}assessmentItem"
    response = root.find("q:responseDeclaration", NS)
    assert response is not None and response.get("cardinality") == "single"
    assert response.get("baseType") == "identifier"
    correct = response.findall("q:correctResponse/q:value", NS)
    assert len(correct) == 1
    outcome = root.find("q:outcomeDeclaration", NS)
    assert outcome is not None and outcome.get("identifier") == "SCORE"
    processing = root.find("q:responseProcessing", NS)
    assert processing is not None and processing.get("template") == qti.MATCH_CORRECT
    interaction = root.find("q:itemBody/q:choiceInteraction", NS)
    assert interaction is not None and interaction.get("maxChoices") == "1"
    assert interaction.get("shuffle") == ("false" if q["kind"] in ("date", "figure") else "true")
    prompt = interaction.find("q:prompt", NS)
    assert prompt is not None
    assert text_of(prompt) == q["stem"]
    choices = interaction.findall("q:simpleChoice", NS)
    assert [text_of(c) for c in choices] == [o["text"] for o in q["options"]]
    keyed = [c for c in choices if c.get("identifier") == correct[0].text]
    assert len(keyed) == 1 and text_of(keyed[0]) == q["answer"]


def test_sample_bank_as_qti_package(sample_questions: list[Q]) -> None:
    zf = package(sample_questions)
    names = zf.namelist()
    assert names[-1] == "imsmanifest.xml"
    assert len(names) == len(sample_questions) + 1
    manifest = ET.fromstring(zf.read("imsmanifest.xml"))
    resources = manifest.findall("cp:resources/cp:resource", NS)
    hrefs = [r.get("href") or "" for r in resources]
    assert sorted(hrefs) == sorted(n for n in names if n != "imsmanifest.xml")
    assert all(r.get("type") == "imsqti_item_xmlv2p1" for r in resources)
    for r in resources:
        files = r.findall("cp:file", NS)
        assert [f.get("href") for f in files] == [r.get("href")]
    for q, href in zip(sample_questions, hrefs, strict=True):
        assert href == f"items/{q['id']}.xml"
        root = ET.fromstring(zf.read(href))
        assert root.get("identifier") == q["id"]
        check_item(root, q)


def test_special_text_stays_text(tricky_questions: list[Q]) -> None:
    zf = package(tricky_questions)
    for q in tricky_questions:
        data = zf.read(f"items/{q['id']}.xml")
        assert b"<script>" not in data
        root = ET.fromstring(data)
        check_item(root, q)
        rubric = root.find("q:itemBody/q:rubricBlock", NS)
        assert rubric is not None and rubric.get("view") == "scorer tutor"


def test_repeated_and_odd_ids_get_unique_files(make_question: Any) -> None:
    a = make_question("Where?", ["A", "B"], qid="q-same")
    b = make_question("Where else?", ["C", "D"], qid="q-same")
    c = dict(make_question("What?", ["E", "F"]), id="../../etc/passwd")
    zf = package([a, b, c])
    items = [n for n in zf.namelist() if n.startswith("items/")]
    assert items == ["items/q-same.xml", "items/q-same-2.xml", "items/q-______etc_passwd.xml"]
    manifest = zf.read("imsmanifest.xml").decode()
    assert all(f'href="{n}"' in manifest for n in items)
