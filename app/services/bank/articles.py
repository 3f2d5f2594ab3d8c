"""A teacher's articles: add one (read by `reading`, or pasted), recognise it when added again,
list them."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import IntegrityError

import questions

from ...extensions import db
from ...models import Document, GenerationJob, Question, ReadingJob, User
from ..errors import ServiceError
from ..ownership import owned


@dataclass(frozen=True)
class Added:
    """What adding an article did: the document, its generation job, and whether it was new."""

    document: Document
    job: GenerationJob | None
    created: bool


def text_from_paste(text: str, max_bytes: int) -> str:
    """Pasted article text, checked like an upload."""
    try:
        return questions.decode(text.encode("utf-8", "surrogatepass"), max_bytes)
    except (questions.InputError, UnicodeEncodeError) as exc:
        raise ServiceError(f"The pasted text {exc}.") from None


def normalise(text: str) -> str:
    """One form for the same article: no byte-order mark, "\\n" line ends, no trailing blanks."""
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return text.rstrip() + "\n"


def add_article(
    teacher: User, text: str, title: str = "", source: str = "", pages: tuple[int, ...] = ()
) -> Added:
    """Store the article and queue its generation; the same text added again is recognised.
    `pages` are the offsets where the pages of the original (a PDF) start in `text`."""
    text = normalise(text)
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    found = db.session.scalar(
        select(Document).where(Document.owner_id == teacher.id, Document.sha256 == sha)
    )
    if found is not None:
        return Added(found, latest_job(found), created=False)
    title = title.strip() or questions.read(text, source).title
    doc = Document(
        title=title[:500],
        source=(source or "pasted text")[:500],
        text=text,
        sha256=sha,
        owner_id=teacher.id,
        pages=list(pages) or None,
    )
    job = GenerationJob(document=doc, status="queued", message="Waiting to start")
    db.session.add_all([doc, job])
    try:
        db.session.commit()
    except IntegrityError:  # the same article sent twice at once (a double click, two tabs)
        db.session.rollback()
        found = db.session.scalar(
            select(Document).where(Document.owner_id == teacher.id, Document.sha256 == sha)
        )
        if found is None:
            raise
        return Added(found, latest_job(found), created=False)
    return Added(doc, job, created=True)


def own_documents(teacher: User) -> list[tuple[Document, int, int]]:
    """The teacher's articles, newest first, with their current question and approved counts."""
    approved = func.sum(func.cast(Question.status == "approved", db.Integer))
    query = (
        select(Document, func.count(Question.id), func.coalesce(approved, 0))
        .outerjoin(
            Question, (Question.document_id == Document.id) & Question.replaced_by_id.is_(None)
        )
        .where(Document.owner_id == teacher.id)
        .group_by(Document.id)
        .order_by(Document.created_at.desc(), Document.id.desc())
    )
    return [(d, int(n), int(a)) for d, n, a in db.session.execute(query)]


def own_document(teacher: User, document_id: int) -> Document:
    """One of the teacher's articles, or NotFound (another teacher's is not revealed)."""
    return owned(Document, document_id, teacher, lambda d: d.owner_id, "article")


def latest_job(doc: Document) -> GenerationJob | None:
    """The document's most recent generation job."""
    query = select(GenerationJob).where(GenerationJob.document_id == doc.id)
    return db.session.scalar(query.order_by(GenerationJob.id.desc()).limit(1))


def delete_article(doc: Document) -> None:
    """Delete an article and its questions, unless learners have answered them."""
    from ...models import QuizQuestion, Response

    ids = select(Question.id).where(Question.document_id == doc.id)
    used = db.session.scalar(select(Response.id).where(Response.question_id.in_(ids)).limit(1))
    in_quiz = db.session.scalar(
        select(QuizQuestion.id).where(QuizQuestion.question_id.in_(ids)).limit(1)
    )
    if used is not None or in_quiz is not None:
        raise ServiceError(
            "This article's questions are in a quiz or were answered; retire them instead."
        )
    from ...models import Card, Option

    db.session.execute(delete(Card).where(Card.question_id.in_(ids)))
    db.session.execute(delete(Option).where(Option.question_id.in_(ids)))
    db.session.execute(
        update(Question).where(Question.document_id == doc.id).values(replaced_by_id=None)
    )
    db.session.execute(delete(Question).where(Question.document_id == doc.id))
    db.session.execute(delete(GenerationJob).where(GenerationJob.document_id == doc.id))
    db.session.execute(
        update(ReadingJob).where(ReadingJob.document_id == doc.id).values(document_id=None)
    )
    db.session.delete(doc)
    db.session.commit()
