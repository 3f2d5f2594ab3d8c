"""The teacher's question bank: find items, approve, retire, restore, edit as a new version.

An edit never changes a row that learners may have answered: it writes a new row (version + 1)
with new options and points the old row at it. Responses keep pointing at the options the learner
saw; quizzes and flashcards move on to the new version.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import CursorResult, Select, func, or_, select, update

import questions
from questions.kinds import NAMES

from ...extensions import db
from ...models import Card, Document, Option, Question, QuizQuestion, User
from ...models.bank import STATUSES
from ..errors import ServiceError
from ..ownership import owned

KINDS = NAMES  # the generator's table of kinds
PAGE_SIZE = 50
MAX_OPTION = 500
MAX_OPTIONS = 6  # an edit's options, in the form and the API alike


@dataclass
class BankFilter:
    """What the bank table shows: every field optional."""

    document_id: int | None = None
    kind: str = ""
    status: str = ""
    min_difficulty: float | None = None
    max_difficulty: float | None = None
    search: str = ""
    page: int = 1


@dataclass
class BankPage:
    """One page of the bank table."""

    items: list[Question]
    total: int
    page: int
    pages: int
    counts: dict[str, int] = field(default_factory=dict)


def bank_query(teacher: User, f: BankFilter) -> Select[Question]:
    """Current versions of the teacher's questions matching the filter."""
    query = (
        select(Question)
        .join(Document, Document.id == Question.document_id)
        .where(Document.owner_id == teacher.id, Question.replaced_by_id.is_(None))
    )
    if f.document_id:
        query = query.where(Question.document_id == f.document_id)
    if f.kind in KINDS:
        query = query.where(Question.kind == f.kind)
    if f.status in STATUSES:
        query = query.where(Question.status == f.status)
    if f.min_difficulty is not None:
        query = query.where(Question.difficulty >= f.min_difficulty)
    if f.max_difficulty is not None:
        query = query.where(Question.difficulty <= f.max_difficulty)
    if f.search.strip():
        like = (
            "%"
            + f.search.strip().lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            + "%"
        )
        query = query.where(
            or_(
                func.lower(Question.stem).like(like, escape="\\"),
                func.lower(Question.answer).like(like, escape="\\"),
                func.lower(Question.sentence).like(like, escape="\\"),
            )
        )
    return query


def bank_page(teacher: User, f: BankFilter) -> BankPage:
    """A page of the filtered bank, in article order, with counts per status."""
    query = bank_query(teacher, f)
    total = db.session.scalar(select(func.count()).select_from(query.subquery())) or 0
    pages = max(1, -(-total // PAGE_SIZE))
    page = min(max(1, f.page), pages)
    ordered = query.order_by(Question.document_id, Question.source_start, Question.id)
    items = list(db.session.scalars(ordered.offset((page - 1) * PAGE_SIZE).limit(PAGE_SIZE)))
    status_query = (
        select(Question.status, func.count())
        .select_from(query.subquery().alias("q"))
        .group_by("status")
    )
    sub = query.subquery()
    status_query = select(sub.c.status, func.count()).group_by(sub.c.status)
    counts = {s: int(n) for s, n in db.session.execute(status_query)}
    return BankPage(items, total, page, pages, counts)


def own_question(teacher: User, question_id: int) -> Question:
    """One of the teacher's questions (any version), or NotFound."""
    return owned(Question, question_id, teacher, lambda q: q.document.owner_id, "question")


def current_version(q: Question) -> Question:
    """The newest version of a question."""
    seen = 0
    while q.replaced_by_id is not None and seen < 1000:
        nxt = db.session.get(Question, q.replaced_by_id)
        if nxt is None:
            break
        q, seen = nxt, seen + 1
    return q


def history(q: Question) -> list[Question]:
    """Every version of the question, newest first."""
    query = select(Question).where(
        Question.document_id == q.document_id, Question.fingerprint == q.fingerprint
    )
    return list(db.session.scalars(query.order_by(Question.version.desc())))


def set_status(teacher: User, ids: Sequence[int], status: str) -> int:
    """Approve, retire or restore (to draft) the teacher's current questions; returns how many."""
    if status not in STATUSES:
        raise ServiceError(f"Unknown status {status!r}.")
    own = (
        select(Question.id)
        .join(Document, Document.id == Question.document_id)
        .where(Document.owner_id == teacher.id, Question.id.in_(list(ids)))
    )
    result = cast(  # an UPDATE's result is the CursorResult that counts rows
        CursorResult[Any],
        db.session.execute(
            update(Question)
            .where(
                Question.id.in_(own), Question.replaced_by_id.is_(None), Question.status != status
            )
            .values(status=status)
        ),
    )
    db.session.commit()
    return int(result.rowcount or 0)


def validate_options(stem: str, options: Sequence[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """Trimmed options, or ServiceError naming what is wrong."""
    if not stem.strip():
        raise ServiceError("The question text is empty.")
    if len(stem) > 2000:
        raise ServiceError("The question text is too long (2,000 characters at most).")
    cleaned = [(" ".join(t.split()), c) for t, c in options]
    if len(cleaned) < 2:
        raise ServiceError("A question needs at least two options.")
    if len(cleaned) > MAX_OPTIONS:
        raise ServiceError(f"A question has at most {MAX_OPTIONS} options.")
    for n, (text, _) in enumerate(cleaned, start=1):
        if not text:
            raise ServiceError(f"Option {n} is empty.")
        if len(text) > MAX_OPTION:
            raise ServiceError(f"Option {n} is too long ({MAX_OPTION} characters at most).")
    correct = sum(1 for _, c in cleaned if c)
    if correct != 1:
        raise ServiceError(
            "Mark exactly one option as correct." if correct else "No option is marked correct."
        )
    folded = [t.casefold() for t, _ in cleaned]
    for n, text in enumerate(folded):
        if text in folded[:n]:
            raise ServiceError(f"Option {n + 1} repeats option {folded.index(text) + 1}.")
    return cleaned


def edit(teacher: User, q: Question, stem: str, options: Sequence[tuple[str, bool]]) -> Question:
    """Save an edit as a new version; the old version stays for the responses given to it."""
    if not q.current:
        raise ServiceError("This is an earlier version; edit the current one.")
    cleaned = validate_options(stem, options)
    stem = " ".join(stem.split())
    if stem == q.stem and cleaned == [(o.text, o.correct) for o in q.options]:
        return q
    answer = next(t for t, c in cleaned if c)
    new = new_version(
        q,
        edited_by_id=teacher.id,
        stem=stem,
        answer=answer,
        value=q.value if answer == q.answer else answer,
        options=cleaned,
    )
    db.session.commit()
    return new


def new_version(q: Question, options: Sequence[tuple[str, bool]], **changes: object) -> Question:
    """Write version + 1 of `q` with these changes and options and move quizzes and cards to it.

    The caller commits. A conditional update makes the second of two racing edits fail.
    """
    copied = (
        "fingerprint",
        "document_id",
        "kind",
        "style",
        "stem",
        "answer",
        "value",
        "section",
        "sentence",
        "source_start",
        "source_end",
        "answer_start",
        "answer_end",
        "difficulty",
        "status",
    )
    fields = {name: getattr(q, name) for name in copied} | changes
    new = Question(**fields, version=q.version + 1)
    new.options = [Option(position=i, text=t, correct=c) for i, (t, c) in enumerate(options)]
    db.session.add(new)
    db.session.flush()
    moved = cast(
        CursorResult[Any],
        db.session.execute(
            update(Question)
            .where(Question.id == q.id, Question.replaced_by_id.is_(None))
            .values(replaced_by_id=new.id)
        ),
    )
    if not moved.rowcount:
        db.session.rollback()
        raise ServiceError("Someone saved this question meanwhile; reload to see their version.")
    db.session.execute(
        update(QuizQuestion).where(QuizQuestion.question_id == q.id).values(question_id=new.id)
    )
    db.session.execute(update(Card).where(Card.question_id == q.id).values(question_id=new.id))
    return new


def fresh_distractors(teacher: User, q: Question) -> Question:
    """New distractors from the generator's rules (the key kept), saved as a new version.

    The wrong options of earlier versions are barred too (the newest first, at most
    MAX_BARRED in all), so pressing the button again does not bring back the first ones;
    when the article offers nothing else, only the current ones are barred."""
    doc = questions.read(q.document.text, q.document.source)
    current = [o.text for o in q.options]
    barred = list(dict.fromkeys([*current, *_earlier_wrong(q)]))[:MAX_BARRED]
    options = questions.fresh_options(doc, q.fingerprint, barred)
    if options is None and len(barred) > len(current):
        options = questions.fresh_options(doc, q.fingerprint, current)
    if options is None:
        raise ServiceError(
            "The article offers no other plausible wrong options for this question; "
            "edit the options by hand instead."
        )
    key = next(o.text for o in q.options if o.correct)
    pairs = [(o.text, o.correct) for o in options]
    if not any(c and t == key for t, c in pairs):  # the teacher edited the key: keep theirs
        pairs = [(key, True) if c else (t, c) for t, c in pairs]
    return edit(teacher, q, q.stem, pairs)


MAX_BARRED = (
    9  # the generator tries subsets of the barred options when all cannot go: keep it small
)


def _earlier_wrong(q: Question) -> list[str]:
    """The wrong options of the question's earlier versions, the newest version first."""
    return [o.text for v in history(q) if v.id != q.id for o in v.options if not o.correct]
