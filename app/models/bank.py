"""The question bank: documents (articles), questions and their options."""

from __future__ import annotations

import re
from datetime import datetime

from sqlalchemy import JSON, ForeignKey, Index, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from questions.convert import page_at
from questions.kinds import ORDERED

from ..extensions import Model
from .base import belongs_to, utcnow

STATUSES = ("draft", "approved", "retired")
RETIRED = "retired"  # a retired question is never served: not in attempts, scores or decks


def ordered_kind(kind: str) -> bool:
    """Dates and figures have a logical option order that must not be shuffled (the generator's
    table of kinds says which)."""
    return kind in ORDERED


def split_source(
    sentence: str, excerpt: str, start: int, end: int, answer_start: int, answer_end: int
) -> tuple[str, str, str]:
    """The source sentence split around the answer: (before, answer, after).

    `excerpt` is the document's text from `start` to `end` (the question's source offsets);
    offsets out of order, or an excerpt shorter than they say (a document shorter than its
    offsets), fall back to the stored `sentence`: (sentence, "", ""). The ORM question and
    the attempt pages' plain rows both split here.
    """
    a, b = answer_start, answer_end
    if not (0 <= start <= a <= b <= end) or len(excerpt) != end - start:
        return readable_source(sentence, "", "")
    return readable_source(
        excerpt[: a - start], excerpt[a - start : b - start], excerpt[b - start :]
    )


# An infobox line of the sample format ("- Casualties2: 200 killed (48 executed)"): its bullet,
# its key with the number that tells sides apart, and the empty brackets of a stripped template.
_INFOBOX_LINE = re.compile(r"^\s*[-*•]\s*([A-Za-z][A-Za-z ]*?)\d*\s*:\s*")
_EMPTY_BRACKETS = re.compile(r"\s*\(\s*\)")
_SQUASHED_KEYS = {"partof": "Part of", "notableevents": "Notable events"}


def readable_source(before: str, answer: str, after: str) -> tuple[str, str, str]:
    """A source as people read it: an infobox line loses its bullet, the side number of its
    key and empty brackets ("Casualties: 200 killed (48 executed)"); prose is left alone.
    Only what is shown changes: the stored sentence and offsets stay the generator's."""
    found = _INFOBOX_LINE.match(before)
    if found is None:
        return before, answer, after
    key = found.group(1).strip()
    key = _SQUASHED_KEYS.get(key.casefold().replace(" ", ""), key)
    before = _EMPTY_BRACKETS.sub("", f"{key}: {before[found.end() :]}")
    return before, answer, _EMPTY_BRACKETS.sub("", after).rstrip()


class Document(Model):
    """An article as added by a teacher; its text is kept exactly, offsets point into it."""

    __tablename__ = "documents"
    # The same article added twice by one teacher is one document; two teachers each have theirs.
    __table_args__ = (UniqueConstraint("owner_id", "sha256"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(500))
    source: Mapped[str] = mapped_column(String(500), default="")
    text: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # Where each page of the original (a PDF) starts in `text`; None when it had no pages.
    pages: Mapped[list[int] | None] = mapped_column(JSON, default=None)

    questions: Mapped[list[Question]] = relationship(back_populates="document")

    @property
    def url(self) -> str:
        """The web page the article was read from, or ''."""
        return source_url(self.source)

    def page_at(self, offset: int) -> int | None:
        """The page of the original holding the character at `offset`, if it had pages."""
        return page_at(self.pages or (), offset)


def source_url(source: str) -> str:
    """A document's source when it is a web address (the article came from a link), else ''."""
    return source if source.startswith(("http://", "https://")) else ""


class Question(Model):
    """A multiple-choice item; `fingerprint` is the bank's stable id ("q-…")."""

    __tablename__ = "questions"
    # An edit makes a new row (version + 1) and points the old one at it through `replaced_by_id`:
    # responses stay attached to the version the learner saw. The bank shows current versions only.
    __table_args__ = (
        Index("ix_questions_document_status", "document_id", "status"),
        UniqueConstraint("document_id", "fingerprint", "version"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    fingerprint: Mapped[str] = mapped_column(String(80), index=True)
    document_id: Mapped[int] = belongs_to("documents")
    kind: Mapped[str] = mapped_column(String(32))
    style: Mapped[str] = mapped_column(String(16))
    stem: Mapped[str] = mapped_column(Text)
    answer: Mapped[str] = mapped_column(String(500))
    value: Mapped[str] = mapped_column(String(500), default="")
    section: Mapped[str] = mapped_column(String(500), default="")
    sentence: Mapped[str] = mapped_column(Text, default="")
    source_start: Mapped[int] = mapped_column(default=0)
    source_end: Mapped[int] = mapped_column(default=0)
    answer_start: Mapped[int] = mapped_column(default=0)
    answer_end: Mapped[int] = mapped_column(default=0)
    difficulty: Mapped[float] = mapped_column(default=0.5)
    status: Mapped[str] = mapped_column(String(16), default="draft")
    version: Mapped[int] = mapped_column(default=1)
    replaced_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("questions.id", ondelete="SET NULL"), default=None, index=True
    )
    edited_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    document: Mapped[Document] = relationship(back_populates="questions")
    options: Mapped[list[Option]] = relationship(
        back_populates="question", order_by="Option.position", cascade="all, delete-orphan"
    )

    @property
    def current(self) -> bool:
        """False for an earlier version that an edit replaced."""
        return self.replaced_by_id is None

    @property
    def ordered(self) -> bool:
        """Dates and figures have a logical option order that must not be shuffled."""
        return ordered_kind(self.kind)

    @property
    def lineage(self) -> tuple[int, str]:
        """What every version of this question shares (an edit keeps it)."""
        return self.document_id, self.fingerprint

    def source_page(self) -> int | None:
        """The page of the original (a PDF) that the source sentence is on, if it had pages."""
        return self.document.page_at(self.source_start)

    def source_parts(self) -> tuple[str, str, str]:
        """The source sentence split around the answer: (before, answer, after)."""
        start, end = self.source_start, self.source_end
        excerpt = self.document.text[start:end]  # split_source refuses offsets out of order
        return split_source(self.sentence, excerpt, start, end, self.answer_start, self.answer_end)


class Option(Model):
    """One option of a question, in its logical position."""

    __tablename__ = "options"

    id: Mapped[int] = mapped_column(primary_key=True)
    question_id: Mapped[int] = belongs_to("questions")
    position: Mapped[int] = mapped_column(default=0)
    text: Mapped[str] = mapped_column(String(500))
    correct: Mapped[bool] = mapped_column(default=False)

    question: Mapped[Question] = relationship(back_populates="options")


class GenerationJob(Model):
    """Question generation for one document, with progress the teacher can watch."""

    __tablename__ = "generation_jobs"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = belongs_to("documents")
    status: Mapped[str] = mapped_column(String(16), default="queued")  # running, done, failed
    progress: Mapped[int] = mapped_column(default=0)  # percent
    message: Mapped[str] = mapped_column(String(500), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    document: Mapped[Document] = relationship()


class ImportJob(Model):
    """A large bank file imported in the background, with progress the teacher can watch.

    The upload waits in `payload` until the job has run (then it is dropped); `errors` holds the
    problems found, one a line, when nothing was imported.
    """

    __tablename__ = "import_jobs"

    id: Mapped[int] = mapped_column(primary_key=True)
    owner_id: Mapped[int] = belongs_to("users", index=True)
    filename: Mapped[str] = mapped_column(String(500), default="")
    format: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16), default="queued")  # running, done, failed
    progress: Mapped[int] = mapped_column(default=0)  # percent
    message: Mapped[str] = mapped_column(String(500), default="")
    payload: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    errors: Mapped[str] = mapped_column(Text, default="")
    added: Mapped[int] = mapped_column(default=0)
    updated: Mapped[int] = mapped_column(default=0)
    unchanged: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class ReadingJob(Model):
    """A large PDF or Word file, or a link, read in the background, with progress the teacher
    can watch.

    The upload waits in `payload` until it has been read (then it is dropped); a link waits in
    `url` and is fetched by the job. Reading stores
    nothing else: only a file that was read whole becomes an article (`document_id`), whose
    questions are then written by its generation job; `message` says what was wrong otherwise.
    """

    __tablename__ = "reading_jobs"

    id: Mapped[int] = mapped_column(primary_key=True)
    owner_id: Mapped[int] = belongs_to("users", index=True)
    filename: Mapped[str] = mapped_column(String(500), default="")
    url: Mapped[str] = mapped_column(String(2000), default="")  # a link to fetch instead of a file
    title: Mapped[str] = mapped_column(String(500), default="")  # the teacher's, if given
    status: Mapped[str] = mapped_column(String(16), default="queued")  # running, done, failed
    progress: Mapped[int] = mapped_column(default=0)  # percent
    message: Mapped[str] = mapped_column(String(500), default="")
    payload: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    document_id: Mapped[int | None] = mapped_column(
        ForeignKey("documents.id", ondelete="SET NULL"), default=None
    )
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
