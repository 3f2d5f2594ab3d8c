"""Question bank import: the generator's JSON into documents, questions and options."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import selectinload

import questions

from ...extensions import db
from ...formats import carried
from ...models import Document, Option, Question
from ...models.base import utcnow
from ..errors import ServiceError


@dataclass
class ImportReport:
    """What an import did."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what was skipped or altered, and why


def generate_for(text: str, source: str, seed: int = 0) -> dict[str, Any]:
    """Run the generator on one article and return the bank as a dict."""
    bank = questions.generate([questions.Source(source, text)], seed=seed)
    return questions.bank_to_dict(bank)


def import_bank(
    data: Mapping[str, Any],
    texts: Mapping[str, str],
    owner_id: int | None = None,
    status: str | None = None,
    validated: bool = False,
    report: ImportReport | None = None,
    commit: bool = True,
) -> ImportReport:
    """Upsert documents (by SHA-256) and questions (by stable id) in one transaction.

    With `commit=False` the caller commits (with what else belongs in the same transaction).

    `status` forces the status of new questions (existing ones keep the teacher's curation).
    Existing questions are read once per document and new ones are inserted in bulk, so a bank
    of 100,000 questions imports in seconds rather than one round trip per question.
    """
    errors = [] if validated else questions.validation_errors(data)
    if errors:
        raise ServiceError("The bank is not valid: " + "; ".join(errors))
    report = report if report is not None else ImportReport()
    try:
        docs = {d["id"]: _document(d, texts, owner_id) for d in data["documents"]}
        by_doc: dict[str, list[Mapping[str, Any]]] = {}
        for q in data["questions"]:
            if q["document_id"] not in docs:
                raise ServiceError(f"{q['id']}.document_id: no document {q['document_id']}")
            by_doc.setdefault(q["document_id"], []).append(q)
        for key, items in by_doc.items():
            _questions(docs[key], items, status, report)
        if commit:
            db.session.commit()
        else:
            db.session.flush()
    except Exception:
        db.session.rollback()
        raise
    return report


def _questions(
    doc: Document, items: list[Mapping[str, Any]], status: str | None, report: ImportReport
) -> None:
    from ...models import Response

    existing = {
        q.fingerprint: q
        for q in db.session.scalars(
            select(Question)
            .where(Question.document_id == doc.id, Question.replaced_by_id.is_(None))
            .options(selectinload(Question.options))
        )
    }
    answered = set(
        db.session.scalars(
            select(Response.question_id)
            .join(Question, Question.id == Response.question_id)
            .where(Question.document_id == doc.id)
            .distinct()
        )
    )
    new = []
    for q in items:
        row = existing.get(q["id"])
        if row is None:
            new.append(q)
        else:
            _update(row, q, status, row.id in answered, report)
    if new:
        _insert(doc, new, status)
        report.added.extend(q["id"] for q in new)


def _fields(q: Mapping[str, Any], status: str | None) -> dict[str, Any]:
    src = q["source"]
    return {
        "kind": q["kind"],
        "style": q["style"],
        "stem": q["stem"],
        "answer": q["answer"],
        "value": q["value"],
        "section": src["section"],
        "sentence": src["sentence"],
        "source_start": src["start"],
        "source_end": src["end"],
        "answer_start": src["answer_start"],
        "answer_end": src["answer_end"],
        "difficulty": q["difficulty"],
        "status": status or q["status"],
    }


def _insert(doc: Document, items: list[Mapping[str, Any]], status: str | None) -> None:
    """New questions and their options in two bulk INSERTs per thousand."""
    now = utcnow()
    for start in range(0, len(items), 1000):
        chunk = items[start : start + 1000]
        rows = [
            {
                "fingerprint": q["id"],
                "document_id": doc.id,
                "version": 1,
                "created_at": now,
                "updated_at": now,
                **_fields(q, status),
            }
            for q in chunk
        ]
        ids = (
            db.session.execute(
                insert(Question).returning(Question.id, sort_by_parameter_order=True), rows
            )
            .scalars()
            .all()
        )
        options = [
            {"question_id": qid, "position": i, "text": o["text"], "correct": o["correct"]}
            for qid, q in zip(ids, chunk, strict=True)
            for i, o in enumerate(q["options"])
        ]
        db.session.execute(insert(Option), options)


def _update(
    row: Question, q: Mapping[str, Any], status: str | None, answered: bool, report: ImportReport
) -> None:
    from .curation import new_version

    fields = _fields(q, status)
    if status is not None:
        fields["status"] = row.status  # a forced status is for new questions; curation stands
    options = [(o["text"], o["correct"]) for o in q["options"]]
    current = [(o.text, o.correct) for o in row.options]
    if all(getattr(row, k) == v for k, v in fields.items()) and current == options:
        report.unchanged.append(q["id"])
        return
    if (current != options or row.stem != q["stem"]) and answered:
        new_version(row, options, **fields)  # learners answered this version: keep it for them
    else:
        for k, v in fields.items():
            setattr(row, k, v)
        if current != options:
            row.options = [
                Option(position=i, text=t, correct=c) for i, (t, c) in enumerate(options)
            ]
    report.updated.append(q["id"])


def update_texts(pairs: list[tuple[Question, Mapping[str, Any]]], report: ImportReport) -> None:
    """Questions already in the bank met again in a foreign file: stem and options only.

    Their article, source sentence and curation stay (the file carries none of them reliably);
    a changed stem or option set is saved like a teacher's edit. The caller commits.
    """
    from ...models import Response
    from .curation import new_version

    ids = [row.id for row, _ in pairs]
    answered: set[int] = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        answered.update(
            db.session.scalars(
                select(Response.question_id).where(Response.question_id.in_(chunk)).distinct()
            )
        )
    for row, q in pairs:
        options = [(o["text"], o["correct"]) for o in q["options"]]
        ours = [(carried(row.stem), True)] + [(carried(o.text), o.correct) for o in row.options]
        theirs = [(carried(q["stem"]), True)] + [(carried(t), c) for t, c in options]
        if ours == theirs:  # what the format cannot carry (control characters) is no change
            report.unchanged.append(q["id"])
            continue
        fields = {"stem": q["stem"], "answer": q["answer"], "value": q["value"]}
        if row.id in answered:
            new_version(row, options, **fields)
        else:
            for k, v in fields.items():
                setattr(row, k, v)
            row.options = [
                Option(position=i, text=t, correct=c) for i, (t, c) in enumerate(options)
            ]
        report.updated.append(q["id"])


def _document(d: Mapping[str, Any], texts: Mapping[str, str], owner_id: int | None) -> Document:
    found = db.session.scalar(
        select(Document).where(Document.sha256 == d["sha256"], Document.owner_id == owner_id)
    )
    if found:
        return found
    text = texts.get(d["sha256"], d.get("text"))
    if text is None:
        raise ServiceError(
            f"document {d['id']}: its text is not in Factdeck and not in the file; "
            "add the article first or export the bank with the articles' texts"
        )
    doc = Document(title=d["title"], source=d["source"], text=text, sha256=d["sha256"])
    doc.owner_id = owner_id
    db.session.add(doc)
    db.session.flush()
    return doc
