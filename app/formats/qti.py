"""IMS QTI 2.1 content package: a ZIP of one ``assessmentItem`` per question and a manifest.

Each item has a single-cardinality ``identifier`` response with its ``correctResponse``, a
``SCORE`` outcome, a ``choiceInteraction`` (options ``A``, ``B``, ...) and the standard
``match_correct`` response processing. The source sentence goes in a ``rubricBlock`` for the
tutor and scorer views. The ZIP is written entry by entry; only the item ids and file names are
kept until the manifest is written last.
"""

from __future__ import annotations

import hashlib
import re
import zipfile
from collections.abc import Iterable, Iterator, Mapping
from string import ascii_uppercase
from typing import IO, Any
from xml.sax.saxutils import escape, quoteattr  # nosec B406 - escaping output, not parsing

from . import ORDERED_KINDS, FormatError, key_index, label, sentence, xml_safe

QTI_NS = "http://www.imsglobal.org/xsd/imsqti_v2p1"
QTI_XSD = "http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd"
CP_NS = "http://www.imsglobal.org/xsd/imscp_v1p1"
CP_XSD = "http://www.imsglobal.org/xsd/imscp_v1p1.xsd"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
MATCH_CORRECT = "http://www.imsglobal.org/question/qti_v2p1/rptemplates/match_correct"
ITEM_TYPE = "imsqti_item_xmlv2p1"
_UNSAFE = re.compile(r"[^0-9A-Za-z_-]")


def write(questions: Iterable[Mapping[str, Any]], fp: IO[bytes]) -> int:
    """Write a QTI 2.1 package: ``items/<id>.xml`` per question, ``imsmanifest.xml`` last."""
    entries: list[str] = []  # identifiers only, never texts
    seen: set[str] = set()
    with zipfile.ZipFile(fp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for index, q in enumerate(questions, start=1):
            ident = identifier(str(q.get("id") or ""), index, seen)
            zf.writestr(href(ident), item_xml(index, q, ident).encode("utf-8"))
            entries.append(ident)
        with zf.open("imsmanifest.xml", "w") as manifest:
            for part in manifest_parts(entries):
                manifest.write(part.encode("utf-8"))
    return len(entries)


def identifier(raw: str, index: int, seen: set[str]) -> str:
    """A unique QTI identifier and file name stem (letters first, no unsafe characters)."""
    ident = _UNSAFE.sub("_", raw) or f"item-{index}"
    if not ident[0].isalpha():
        ident = f"q-{ident}"
    base, n = ident, 1
    while ident in seen:
        n += 1
        ident = f"{base}-{n}"
    seen.add(ident)
    return ident


def _text(value: str) -> str:
    return escape(xml_safe(value)).replace("\r\n", "\n").replace("\n", "<br/>")


def _attr(value: str) -> str:
    return quoteattr(" ".join(xml_safe(value).split()))


def item_xml(index: int, q: Mapping[str, Any], ident: str) -> str:
    """One ``assessmentItem`` document."""
    key = key_index(index, q)
    if len(q["options"]) > len(ascii_uppercase):
        raise FormatError(f"{label(index, q)}: options: more than {len(ascii_uppercase)}")
    stem = str(q["stem"])
    title = stem if len(stem) <= 80 else stem[:79] + "…"
    shuffle = "false" if q.get("kind") in ORDERED_KINDS else "true"
    choices = "".join(
        f'      <simpleChoice identifier="{ascii_uppercase[i]}">{_text(str(o["text"]))}</simpleChoice>\n'
        for i, o in enumerate(q["options"])
    )
    source = sentence(q)
    rubric = (
        f'    <rubricBlock view="scorer tutor"><p>Source: {_text(source)}</p></rubricBlock>\n'
        if source
        else ""
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<assessmentItem xmlns="{QTI_NS}" xmlns:xsi="{XSI_NS}" '
        f'xsi:schemaLocation="{QTI_NS} {QTI_XSD}" identifier="{ident}" title={_attr(title)} '
        'adaptive="false" timeDependent="false">\n'
        '  <responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier">\n'
        f"    <correctResponse><value>{ascii_uppercase[key]}</value></correctResponse>\n"
        "  </responseDeclaration>\n"
        '  <outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float">\n'
        "    <defaultValue><value>0</value></defaultValue>\n"
        "  </outcomeDeclaration>\n"
        "  <itemBody>\n"
        f"{rubric}"
        f'    <choiceInteraction responseIdentifier="RESPONSE" shuffle="{shuffle}" maxChoices="1">\n'
        f"      <prompt>{_text(stem)}</prompt>\n"
        f"{choices}"
        "    </choiceInteraction>\n"
        "  </itemBody>\n"
        f'  <responseProcessing template="{MATCH_CORRECT}"/>\n'
        "</assessmentItem>\n"
    )


def href(ident: str) -> str:
    """The package path of an item."""
    return f"items/{ident}.xml"


def manifest_parts(entries: list[str]) -> Iterator[str]:
    """The package's ``imsmanifest.xml`` in pieces: one ``imsqti_item_xmlv2p1`` resource per item."""
    digest = hashlib.sha256()
    for ident in entries:
        digest.update(ident.encode() + b"\n")
    yield (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<manifest xmlns="{CP_NS}" xmlns:xsi="{XSI_NS}" '
        f'xsi:schemaLocation="{CP_NS} {CP_XSD}" identifier="MANIFEST-{digest.hexdigest()[:16]}">\n'
        "  <metadata>\n    <schema>QTIv2.1 Package</schema>\n"
        "    <schemaversion>1.0.0</schemaversion>\n  </metadata>\n"
        "  <organizations/>\n  <resources>\n"
    )
    for ident in entries:
        yield (
            f'    <resource identifier="RES-{ident}" type="{ITEM_TYPE}" href="{href(ident)}">\n'
            f'      <file href="{href(ident)}"/>\n    </resource>\n'
        )
    yield "  </resources>\n</manifest>\n"


__all__ = ["href", "identifier", "item_xml", "manifest_parts", "write"]
