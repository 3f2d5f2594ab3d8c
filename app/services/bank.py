"""Question bank import: the generator's JSON into documents, questions and options."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

import questions

from ..extensions import db
from ..models import Document, Option, Question
from .errors import ServiceError


@dataclass
class ImportReport:
    """What an import did."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)


def generate_for(text: str, source: str, seed: int = 0) -> dict[str, Any]:
    """Run the generator on one article and return the bank as a dict."""
    bank = questions.generate([questions.Source(source, text)], seed=seed)
    return questions.bank_to_dict(bank)


def import_bank(
    data: Mapping[str, Any],
    texts: Mapping[str, str],
    owner_id: int | None = None,
    status: str | None = None,
) -> ImportReport:
    """Upsert documents (by SHA-256) and questions (by stable id) in one transaction."""
    errors = questions.validation_errors(data)
    if errors:
        raise ServiceError("The bank is not valid: " + "; ".join(errors[:5]))
    report = ImportReport()
    try:
        docs = {d["id"]: _document(d, texts, owner_id) for d in data["documents"]}
        for q in data["questions"]:
            doc = docs.get(q["document_id"])
            if doc is None:
                raise ServiceError(f"{q['id']}.document_id: no document {q['document_id']}")
            _question(q, doc, status, report)
        db.session.commit()
    except Exception:
        db.session.rollback()
        raise
    return report


def _document(d: Mapping[str, Any], texts: Mapping[str, str], owner_id: int | None) -> Document:
    found = db.session.scalar(select(Document).where(Document.sha256 == d["sha256"]))
    if found:
        return found
    text = texts.get(d["sha256"])
    if text is None:
        raise ServiceError(
            f"document {d['id']}: its text is not in Factdeck; add the article first"
        )
    doc = Document(title=d["title"], source=d["source"], text=text, sha256=d["sha256"])
    doc.owner_id = owner_id
    db.session.add(doc)
    db.session.flush()
    return doc


def _question(
    q: Mapping[str, Any], doc: Document, status: str | None, report: ImportReport
) -> None:
    row = db.session.scalar(select(Question).where(Question.fingerprint == q["id"]))
    src = q["source"]
    fields = {
        "kind": q["kind"], "style": q["style"], "stem": q["stem"], "answer": q["answer"],
        "value": q["value"], "section": src["section"], "sentence": src["sentence"],
        "source_start": src["start"], "source_end": src["end"],
        "answer_start": src["answer_start"], "answer_end": src["answer_end"],
        "difficulty": q["difficulty"], "status": status or q["status"],
    }  # fmt: skip
    options = [(o["text"], o["correct"]) for o in q["options"]]
    if row is None:
        row = Question(fingerprint=q["id"], document_id=doc.id, **fields)
        row.options = [Option(position=i, text=t, correct=c) for i, (t, c) in enumerate(options)]
        db.session.add(row)
        report.added.append(q["id"])
        return
    current = [(o.text, o.correct) for o in row.options]
    if all(getattr(row, k) == v for k, v in fields.items()) and current == options:
        report.unchanged.append(q["id"])
        return
    if current != options and _answered(row):
        report.unchanged.append(q["id"])  # learners answered these options: keep what they saw
        return
    for k, v in fields.items():
        setattr(row, k, v)
    if current != options:
        row.options = [Option(position=i, text=t, correct=c) for i, (t, c) in enumerate(options)]
    report.updated.append(q["id"])


def _answered(question: Question) -> bool:
    from ..models import Response

    return (
        db.session.scalar(select(Response.id).where(Response.question_id == question.id))
        is not None
    )
