"""Moodle XML and GIFT into the bank: the reader's questions, matched by id with the teacher's.

A question whose id is already one of the teacher's current questions (a Factdeck export coming
back, or a file imported before) is that question: its text and options are compared and updated
if they differ, and its article, source and curation stay. The others are new drafts of one new
"document" made of their source sentences, so each keeps the sentence the reader found.
Everything the reader noted (skipped questions, dropped partial credit or images) is reported.
"""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from questions.bank import FORMAT, VERSION

from ...extensions import db
from ...formats import READERS, FormatError
from ...models import Document, Question, User
from ...models.base import utcnow
from ...params import unstorable_text
from ..errors import ServiceError
from .importer import ImportReport, import_bank, update_texts
from .transfer import BankImportError, Progress, doc_key, no_progress, parse_bank


def import_foreign(
    fmt: str,
    raw: bytes,
    filename: str,
    owner: User,
    max_bytes: int,
    progress: Progress = no_progress,
) -> ImportReport:
    """Import Moodle XML or GIFT multiple-choice questions: all of them or, on any error, none.
    `progress` hears how far a background import has come."""
    if fmt not in READERS:
        raise ServiceError(f"{fmt} cannot be imported; choose one of {', '.join(READERS)} or json.")
    if len(raw) > max_bytes:
        raise BankImportError(
            [f"the file is too large ({len(raw):,} bytes; the limit is {max_bytes:,})"]
        )
    progress(5, "Reading the file")
    try:
        found, notes = READERS[fmt].read(io.BytesIO(raw))
    except FormatError as exc:
        raise BankImportError(exc.problems) from None
    problem = unstorable_text(found, "questions")
    if problem:
        raise BankImportError([problem])
    progress(40, "Checking the questions")
    known = _current(owner, [q["id"] for q in found])
    new = [q for q in found if q["id"] not in known]
    data = _bank(new, fmt, filename) if new else None
    if data is not None:
        data = parse_bank(json.dumps(data).encode("utf-8"), max_bytes * 2)
    report = ImportReport(notes=list(notes))
    progress(60, f"Saving {len(found):,} questions")
    try:
        update_texts([(known[q["id"]], q) for q in found if q["id"] in known], report)
        if data is not None:
            texts = {d["sha256"]: d["text"] for d in data["documents"]}
            import_bank(data, texts, owner_id=owner.id, validated=True, report=report)
        else:
            db.session.commit()
    except ServiceError as exc:
        db.session.rollback()
        raise BankImportError([str(exc)]) from None
    except Exception:
        db.session.rollback()
        raise
    return report


def _current(owner: User, ids: list[str]) -> dict[str, Question]:
    """The owner's current questions with these ids (the fingerprint), by id."""
    out: dict[str, Question] = {}
    for start in range(0, len(ids), 500):
        rows = db.session.scalars(
            select(Question)
            .join(Document, Document.id == Question.document_id)
            .where(
                Document.owner_id == owner.id,
                Question.replaced_by_id.is_(None),
                Question.fingerprint.in_(ids[start : start + 500]),
            )
            .options(selectinload(Question.options))
            .order_by(Question.id)
        )
        for row in rows:
            out.setdefault(row.fingerprint, row)
    return out


def _bank(found: Sequence[Mapping[str, Any]], fmt: str, filename: str) -> dict[str, Any]:
    """A bank of the new questions whose document is their source sentences, one a paragraph."""
    paragraphs, items, offset = [], [], 0
    for q in found:
        sentence = (q.get("source") or {}).get("sentence") or q["stem"]
        start, end = offset, offset + len(sentence)
        at = sentence.find(q["answer"]) if q["answer"] else -1
        a_start = start + at if at >= 0 else start
        a_end = a_start + len(q["answer"]) if at >= 0 else start
        paragraphs.append(sentence)
        offset = end + 2
        source = {
            "section": "",
            "sentence": sentence,
            "start": start,
            "end": end,
            "answer_start": a_start,
            "answer_end": a_end,
        }
        items.append(dict(q, source=source, status="draft"))
    text = "\n\n".join(paragraphs) + "\n"
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    doc = {
        "id": doc_key(sha),
        "title": f"Imported from {filename or fmt}"[:500],
        "sha256": sha,
        "source": filename[:500],
        "chars": len(text),
        "text": text,
    }
    for q in items:
        q["document_id"] = doc["id"]
    return {
        "format": FORMAT,
        "version": VERSION,
        "generated_at": utcnow().strftime("%Y-%m-%dT%H:%M:%SZ"),
        "generator": {"name": fmt, "version": "1"},
        "documents": [doc],
        "questions": items,
    }


def guess_format(filename: str, raw: bytes) -> str:
    """json, moodle or gift, from the name and the first bytes."""
    name = filename.lower()
    head = raw[:200].lstrip(b"\xef\xbb\xbf \t\r\n")
    if name.endswith(".json") or head.startswith(b"{"):
        return "json"
    if name.endswith(".xml") or head.startswith(b"<"):
        return "moodle"
    return "gift"
