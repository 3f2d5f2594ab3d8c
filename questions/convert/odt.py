"""OpenDocument text (.odt) → article text, from the package's content.xml (defusedxml).

The same rules as Word: a paragraph in the Title style is the title, `text:h` headings are
sections by their outline level (1 a section, 2 a subsection, …), list items are list items,
a table is one item per row (after a line "Infobox", a two-column table is the infobox), and
footnotes are left out of the sentence they mark. The ZIP package is checked for bombs before
anything is unpacked (`word.check_package`).
"""

from __future__ import annotations

import io
import zipfile
from typing import TYPE_CHECKING

from .article import ArticleWriter, Converted, clean, table_items
from .errors import ConvertError
from .word import check_package

if TYPE_CHECKING:  # the type only: parsing goes through defusedxml
    from xml.etree.ElementTree import Element  # nosec B405

_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
_DAMAGED = "is damaged or incomplete; it cannot be read as an OpenDocument file"


def convert_odt(data: bytes) -> Converted:
    """The article text of an .odt file, or ConvertError."""
    from defusedxml import ElementTree
    from defusedxml.common import DefusedXmlException

    check_package(data, "an OpenDocument file")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            root = ElementTree.fromstring(package.read("content.xml"))
    except (KeyError, zipfile.BadZipFile, OSError, ElementTree.ParseError, DefusedXmlException):
        raise ConvertError(_DAMAGED) from None
    body = root.find(f"{_OFFICE}body/{_OFFICE}text")
    if body is None:
        raise ConvertError("is an OpenDocument file but not a text document")
    titles = _title_styles(root)
    writer = ArticleWriter()
    _blocks(writer, body, titles)
    result = writer.result()
    if len(result.text.strip()) < 2:
        raise ConvertError("has no text")
    return result


def _title_styles(root: Element) -> set[str]:
    """The Title style and the automatic styles derived from it."""
    names = {"Title"}
    for style in root.iter(f"{_STYLE}style"):
        if style.get(f"{_STYLE}parent-style-name") in names:
            names.add(style.get(f"{_STYLE}name") or "")
    return names


def _blocks(writer: ArticleWriter, parent: Element, titles: set[str]) -> None:
    """The body's paragraphs, headings, lists, tables and sections, in order."""
    pending_infobox = False
    for node in parent:
        tag = node.tag
        if tag == f"{_TABLE}table":
            rows = [
                [_text(cell) for cell in row.iter(f"{_TABLE}table-cell")]
                for row in node.iter(f"{_TABLE}table-row")
            ]
            if pending_infobox and rows and all(len(r) == 2 for r in rows):
                writer.infobox([(r[0], r[1]) for r in rows])
            else:
                table_items(writer, rows)
        elif tag == f"{_TEXT}h":
            level = int(node.get(f"{_TEXT}outline-level") or "1")
            writer.heading(level + 1, _text(node))
        elif tag == f"{_TEXT}p":
            text = _text(node)
            if text.lower() == "infobox":
                pending_infobox = True
                continue
            if node.get(f"{_TEXT}style-name") in titles:
                writer.set_title(text)
            else:
                writer.paragraph(text)
        elif tag == f"{_TEXT}list":
            for item in node.iter(f"{_TEXT}list-item"):
                for paragraph in item.findall(f"{_TEXT}p"):
                    writer.item(_text(paragraph))
        elif tag == f"{_TEXT}section":
            _blocks(writer, node, titles)
        pending_infobox = False


def _text(node: Element) -> str:
    """A paragraph's words: spaces and tabs written out, footnotes left out."""
    parts: list[str] = [node.text or ""]
    for child in node:
        if child.tag == f"{_TEXT}note":
            pass  # a footnote's number and body are not the sentence's words
        elif child.tag == f"{_TEXT}s":
            parts.append(" " * int(child.get(f"{_TEXT}c") or "1"))
        elif child.tag in (f"{_TEXT}tab", f"{_TEXT}line-break"):
            parts.append(" ")
        else:
            parts.append(_text(child))
        parts.append(child.tail or "")
    return clean("".join(parts))
