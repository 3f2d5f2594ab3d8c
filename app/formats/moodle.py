"""Moodle XML: single-answer ``multichoice`` questions, written as a stream and read back.

Texts are plain in the bank, so they are HTML-escaped for Moodle's ``format="html"`` and then
XML-escaped (no CDATA, so a ``]]>`` in a text needs no special case). Reading uses defusedxml
with DTDs refused, so entity-expansion bombs and external entities never reach the parser.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import IO, Any
from xml.etree.ElementTree import Element, ParseError, TreeBuilder  # nosec B405 - parsing goes through defusedxml
from xml.sax.saxutils import escape  # nosec B406 - escaping output, not parsing

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser

from . import (
    ORDERED_KINDS,
    FormatError,
    Question,
    from_html,
    key_index,
    sentence,
    to_html,
    xml_safe,
)
from .reading import Draft, build, document_id_for, finish, html_losses

HEADER = b'<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n'
FOOTER = b"</quiz>\n"


def write(
    questions: Iterable[Mapping[str, Any]], fp: IO[bytes], category: str | None = None
) -> int:
    """Write questions as a Moodle XML quiz file, one ``<question>`` at a time."""
    fp.write(HEADER)
    if category:
        path = escape(xml_safe(f"$course$/top/{category}"))
        fp.write(
            f'  <question type="category">\n    <category><text>{path}</text></category>\n'
            "  </question>\n".encode()
        )
    count = 0
    for count, question in enumerate(questions, start=1):
        fp.write(question_xml(count, question).encode("utf-8"))
    fp.write(FOOTER)
    return count


def question_xml(index: int, q: Mapping[str, Any]) -> str:
    """One ``<question type="multichoice">`` element as text."""
    key = key_index(index, q)
    name = _text(str(q.get("id") or f"question {index}"))
    shuffle = "0" if q.get("kind") in ORDERED_KINDS else "1"
    hidden = "1" if q.get("status") == "retired" else "0"
    answers = "".join(
        f'    <answer fraction="{100 if i == key else 0}" format="html">\n'
        f"      <text>{_html(str(o['text']))}</text>\n"
        '      <feedback format="html"><text></text></feedback>\n    </answer>\n'
        for i, o in enumerate(q["options"])
    )
    tags = "".join(f"      <tag><text>{_text(str(t))}</text></tag>\n" for t in q.get("tags") or [])
    return (
        '  <question type="multichoice">\n'
        f"    <name><text>{name}</text></name>\n"
        f'    <questiontext format="html"><text>{_html(str(q["stem"]))}</text></questiontext>\n'
        f'    <generalfeedback format="html"><text>{_html(sentence(q))}</text></generalfeedback>\n'
        "    <defaultgrade>1</defaultgrade>\n    <penalty>0.3333333</penalty>\n"
        f"    <hidden>{hidden}</hidden>\n    <idnumber>{name}</idnumber>\n"
        f"    <single>true</single>\n    <shuffleanswers>{shuffle}</shuffleanswers>\n"
        "    <answernumbering>abc</answernumbering>\n"
        f"{answers}    <tags>\n{tags}    </tags>\n  </question>\n"
    )


def _text(value: str) -> str:
    return escape(xml_safe(value))


def _html(value: str) -> str:
    """Plain text → HTML → XML character data."""
    return escape(to_html(value)) if value else ""


# --- reading -------------------------------------------------------------------------------


class _LineTracker(TreeBuilder):
    """A tree builder that remembers the line each ``<question>`` starts on."""

    def __init__(self) -> None:
        super().__init__()
        self.parser: Any = None
        self.lines: dict[int, int] = {}

    def start(self, tag: str, attrs: dict[str, str]) -> Element:
        elem = super().start(tag, attrs)
        if tag == "question" and self.parser is not None:
            self.lines[id(elem)] = int(self.parser.parser.CurrentLineNumber)
        return elem


def parse(data: bytes) -> tuple[Element, dict[int, int]]:
    """Parse XML safely: no DTD, no entities, no external references."""
    if not data.strip():
        raise FormatError("empty file")
    tracker = _LineTracker()
    parser = DefusedXMLParser(target=tracker, forbid_dtd=True)
    tracker.parser = parser
    try:
        parser.feed(data)
        root = parser.close()
    except DefusedXmlException as e:
        raise FormatError(
            f"XML with a DTD or entity declarations is refused ({type(e).__name__})"
        ) from e
    except ParseError as e:
        raise FormatError(f"not well-formed XML: {e}") from e
    return root, tracker.lines


def read(fp: IO[bytes], document_id: str | None = None) -> tuple[list[Question], list[str]]:
    """Single-answer multichoice questions of a Moodle XML file, and notes on what was skipped."""
    data = fp.read()
    root, lines = parse(data)
    if root.tag != "quiz":
        raise FormatError(f"not Moodle XML: the root element is <{root.tag}>, not <quiz>")
    doc_id = document_id or document_id_for(data)
    found: list[Question] = []
    notes: list[str] = []
    errors: list[str] = []
    for index, elem in _questions(root):
        where = f"question {index} (line {lines.get(id(elem), '?')})"
        qtype = elem.get("type", "")
        if qtype == "category":
            continue
        if qtype != "multichoice":
            notes.append(f"{where}: type {qtype or '(none)'} skipped")
            continue
        if (elem.findtext("single") or "true").strip().lower() in ("false", "0"):
            notes.append(f"{where}: multiple-answer multichoice skipped")
            continue
        try:
            found.append(build(_draft(elem, where, notes), doc_id, where))
        except FormatError as e:
            errors.append(str(e))
    return finish(found, notes, "Moodle XML", errors)


def _questions(root: Element) -> Iterator[tuple[int, Element]]:
    index = 0
    for elem in root.findall("question"):
        if elem.get("type") != "category":
            index += 1
        yield index, elem


def _draft(elem: Element, where: str, notes: list[str]) -> Draft:
    options: list[tuple[str, bool]] = []
    _media(elem.find("questiontext"), f"{where}: the question text", notes)
    for n, answer in enumerate(elem.findall("answer"), start=1):
        fraction = _fraction(answer.get("fraction", "0"), f"{where}: answer {n}: fraction")
        if 0 < fraction < 100:
            notes.append(f"{where}: answer {n}: partial credit {fraction:g}% dropped")
        _media(answer, f"{where}: answer {n}", notes)
        options.append((_field_text(answer), abs(fraction - 100) < 1e-6))
    _media(elem.find("generalfeedback"), f"{where}: the general feedback", notes)
    name = (elem.findtext("name/text") or "").strip()
    return Draft(
        stem=_field_text(elem.find("questiontext")),
        options=options,
        id=(elem.findtext("idnumber") or "").strip() or name,
        tags=tuple((t.text or "").strip() for t in elem.findall("tags/tag/text")),
        sentence=_field_text(elem.find("generalfeedback")),
    )


def _media(field: Element | None, where: str, notes: list[str]) -> None:
    """Note what turning a Moodle text into plain text drops: images, media, links, files."""
    if field is None:
        return
    raw = field.findtext("text") or ""
    html = field.get("format", "html") in ("html", "moodle_auto_format")
    dropped = html_losses(raw) if html else []
    if field.findall("file"):
        dropped.append("attached files")
    if dropped:
        notes.append(f"{where}: {', '.join(dropped)} dropped")


def _fraction(value: str, where: str) -> float:
    try:
        return float(value)
    except ValueError:
        raise FormatError(f"{where}: {value!r} is not a number") from None


def _field_text(elem: Element | None) -> str:
    """The plain text of a Moodle text field (``<x format=...><text>...</text></x>``)."""
    if elem is None:
        return ""
    raw = elem.findtext("text") or ""
    if elem.get("format", "html") in ("html", "moodle_auto_format"):
        return from_html(raw)
    return raw.strip()
