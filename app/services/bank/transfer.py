"""The bank leaves and enters Factdeck: JSON (docs/generator.md, "The JSON bank"; schema in
questions/schema/question-bank.schema.json) and the foreign formats (app/formats/).

Exports stream: questions are read from the database a thousand at a time and written as they
come, so memory stays flat however large the bank. Imports read the whole file (it is bounded by
MAX_IMPORT_BYTES), check everything before writing anything, and write in one transaction.
"""

from __future__ import annotations

import hashlib
import itertools
import json
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import IO, Any

from sqlalchemy import Select, select

from questions.bank import FORMAT, GENERATOR, VERSION

from ...extensions import db
from ...formats import WRITERS
from ...models import Document, Option, Question, QuizQuestion, User
from ...models.base import utcnow
from ...params import unstorable_text
from ..errors import ServiceError
from .curation import BankFilter, bank_query
from .importer import ImportReport, import_bank
from .problems import schema_problems

FORMATS = ("json", *WRITERS)


class BankImportError(ServiceError):
    """A bank that cannot be imported; `errors` name the item and field, nothing was written."""

    def __init__(self, errors: list[str]) -> None:
        self.errors = errors
        shown = "; ".join(errors[:5]) + (f"; and {len(errors) - 5} more" if len(errors) > 5 else "")
        super().__init__(f"Nothing was imported: {shown}")


@dataclass
class Selection:
    """Which current questions an export takes: all of a teacher's, an article, a quiz, a filter."""

    owner: User
    document_id: int | None = None
    quiz_id: int | None = None
    filter: BankFilter | None = None


def _query(sel: Selection) -> Select[Question]:
    query = bank_query(sel.owner, sel.filter or BankFilter(document_id=sel.document_id))
    if sel.quiz_id is not None:
        in_quiz = select(QuizQuestion.question_id).where(QuizQuestion.quiz_id == sel.quiz_id)
        query = query.where(Question.id.in_(in_quiz))
    return query


def doc_key(sha256: str) -> str:
    """The document id of the bank JSON (the generator's: "doc-" and the hash's first 16)."""
    return "doc-" + sha256[:16]


_COLUMNS = (
    Question.id,
    Question.fingerprint,
    Question.document_id,
    Question.kind,
    Question.style,
    Question.stem,
    Question.answer,
    Question.value,
    Question.section,
    Question.sentence,
    Question.source_start,
    Question.source_end,
    Question.answer_start,
    Question.answer_end,
    Question.difficulty,
    Question.status,
)


def iter_questions(sel: Selection) -> Iterator[dict[str, Any]]:
    """The selected questions as bank dicts: one streamed query of rows, no ORM objects."""
    shas = dict(
        db.session.execute(
            select(Document.id, Document.sha256).where(Document.owner_id == sel.owner.id)
        ).all()
    )
    query = (
        _query(sel)
        .with_only_columns(*_COLUMNS, Option.text, Option.correct)
        .join(Option, Option.question_id == Question.id)
        .order_by(Question.document_id, Question.source_start, Question.id, Option.position)
    )
    rows = db.session.execute(query.execution_options(yield_per=2000))
    for _, group in itertools.groupby(rows, key=lambda r: r[0]):
        options = []
        for r in group:
            options.append({"text": r[-2], "correct": bool(r[-1])})
        (
            _,
            fp,
            doc_id,
            kind,
            style,
            stem,
            answer,
            value,
            section,
            sentence,
            start,
            end,
            a_start,
            a_end,
            difficulty,
            status,
        ) = r[:16]
        yield {
            "id": fp,
            "document_id": doc_key(shas[int(doc_id)]),
            "kind": kind,
            "style": style if style in ("wh", "cloze") else "cloze",
            "stem": stem,
            "options": options,
            "answer": answer,
            "value": value,
            "source": {
                "section": section,
                "sentence": sentence,
                "start": start,
                "end": end,
                "answer_start": a_start,
                "answer_end": a_end,
            },
            "difficulty": difficulty,
            "status": status,
            "tags": [kind],
        }


def _documents(sel: Selection, with_text: bool) -> list[dict[str, Any]]:
    ids = _query(sel).with_only_columns(Question.document_id).distinct()
    docs = db.session.scalars(select(Document).where(Document.id.in_(ids)).order_by(Document.id))
    out = []
    for d in docs:
        entry: dict[str, Any] = {
            "id": doc_key(d.sha256),
            "title": d.title or "Untitled",
            "sha256": d.sha256,
            "source": d.source[:500],
            "chars": len(d.text),
        }
        if with_text:
            entry["text"] = d.text
        out.append(entry)
    return out


def write_json(sel: Selection, fp: IO[bytes], with_text: bool = True) -> int:
    """Stream the selection as bank JSON; returns the number of questions written."""
    head = {
        "format": FORMAT,
        "version": VERSION,
        "generated_at": utcnow().strftime("%Y-%m-%dT%H:%M:%SZ"),
        "generator": {"name": "factdeck", "version": GENERATOR["version"]},
        "documents": _documents(sel, with_text),
    }
    text = json.dumps(head, ensure_ascii=False, indent=2)
    fp.write((text[:-2] + ',\n  "questions": [').encode("utf-8"))
    n = 0
    for q in iter_questions(sel):
        fp.write(
            ((",\n    " if n else "\n    ") + json.dumps(q, ensure_ascii=False)).encode("utf-8")
        )
        n += 1
    fp.write(("\n  ]\n}\n" if n else "]\n}\n").encode("utf-8"))
    return n


def export(sel: Selection, fmt: str, fp: IO[bytes]) -> int:
    """Write the selection in a format of FORMATS; returns the number of questions."""
    if fmt == "json":
        return write_json(sel, fp)
    if fmt not in WRITERS:
        raise ServiceError(f"Unknown format {fmt!r}; choose one of {', '.join(FORMATS)}.")
    return WRITERS[fmt].write(iter_questions(sel), fp)


def media_type(fmt: str) -> tuple[str, str]:
    """(MIME type, file extension) of an export format."""
    if fmt == "json":
        return "application/json", "json"
    return WRITERS[fmt].mime, WRITERS[fmt].extension


# -- import ----------------------------------------------------------------------------------


def parse_bank(raw: bytes, max_bytes: int) -> dict[str, Any]:
    """The bank JSON in `raw`, checked against the schema and the rules; or BankImportError."""
    if len(raw) > max_bytes:
        raise BankImportError(
            [f"the file is too large ({len(raw):,} bytes; the limit is {max_bytes:,})"]
        )
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise BankImportError([f"the file is not UTF-8 text (byte {exc.start})"]) from None
    except json.JSONDecodeError as exc:
        raise BankImportError(
            [f"the file is not JSON: line {exc.lineno}, column {exc.colno}: {exc.msg}"]
        ) from None
    except RecursionError:
        raise BankImportError(["the file is nested too deeply to be a question bank"]) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise BankImportError(
            [f'format: this is not a Factdeck question bank (expected "{FORMAT}")']
        )
    if data.get("version") != VERSION:
        raise BankImportError(
            [
                f"version: {data.get('version')!r} is not supported (this Factdeck reads version {VERSION})"
            ]
        )
    problem = unstorable_text(data)
    errors = [problem] if problem else schema_problems(data) or _rule_errors(data)
    if errors:
        raise BankImportError(errors)
    return data


def _rule_errors(data: Mapping[str, Any]) -> list[str]:
    """What the schema cannot say: unique ids, one correct option, offsets, texts and hashes."""
    errors = []
    docs: dict[str, int] = {}
    for i, d in enumerate(data["documents"]):
        if d["id"] in docs:
            errors.append(
                f"documents[{i}].id: {d['id']} appears twice (first at documents[{docs[d['id']]}])"
            )
        docs.setdefault(d["id"], i)
        text = d.get("text")
        if text is not None and hashlib.sha256(text.encode("utf-8")).hexdigest() != d["sha256"]:
            errors.append(f"documents[{i}].text: its SHA-256 is not documents[{i}].sha256")
    seen: dict[tuple[str, str], int] = {}
    for i, q in enumerate(data["questions"]):
        key = (q["document_id"], q["id"])
        if key in seen:
            errors.append(
                f"questions[{i}].id: {q['id']} appears twice (first at questions[{seen[key]}])"
            )
        seen.setdefault(key, i)
        if q["document_id"] not in docs:
            errors.append(f"questions[{i}].document_id: no document {q['document_id']} in the file")
        correct = sum(1 for o in q["options"] if o["correct"])
        if correct != 1:
            count = {0: "no option is", 2: "two options are"}.get(correct, f"{correct} options are")
            errors.append(f"questions[{i}].options: {count} correct")
        texts = [o["text"].casefold() for o in q["options"]]
        if len(set(texts)) != len(texts):
            errors.append(f"questions[{i}].options: two options have the same text")
        s = q["source"]
        if not s["start"] <= s["answer_start"] <= s["answer_end"] <= s["end"]:
            errors.append(
                f"questions[{i}].source: the answer's offsets are not inside the sentence's"
            )
        elif q["document_id"] in docs:
            chars = data["documents"][docs[q["document_id"]]]["chars"]
            if s["end"] > chars:
                errors.append(
                    f"questions[{i}].source.end: beyond the document's {chars} characters"
                )
    return errors


Progress = Callable[[int, str], None]  # (percent, what is being done), for background imports


def no_progress(percent: int, message: str) -> None:
    """No progress to report (an import inside a request)."""


def import_json(
    raw: bytes, owner: User, max_bytes: int, progress: Progress = no_progress
) -> ImportReport:
    """Import bank JSON for a teacher: all of it or, on any error, nothing."""
    progress(10, "Checking the questions")
    data = parse_bank(raw, max_bytes)
    progress(60, f"Saving {len(data['questions']):,} questions")
    texts = {d["sha256"]: d["text"] for d in data["documents"] if "text" in d}
    try:
        return import_bank(data, texts, owner_id=owner.id, validated=True)
    except ServiceError as exc:
        raise BankImportError([str(exc)]) from None
