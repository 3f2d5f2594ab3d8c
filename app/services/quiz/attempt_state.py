"""Starting, submitting and closing attempts, in plain SQL: the steps of every quiz taken
besides the answers themselves (services/quiz/answers.py), under the same locking rules.

Starting checks in one query that the quiz is open to the learner and has questions, finds
their unfinished attempt and counts their finished ones, then resumes or inserts. The unique
index on unfinished attempts makes two starts racing in two tabs end with one attempt; the
attempt limit is checked inside the write transaction, so it holds under the same race.
Closing locks the attempt's row first (FOR UPDATE on PostgreSQL; on SQLite a write
transaction already excludes every other writer, see app/database.py), as saving an answer
does, so an answer and a submit that race are ordered.
"""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Row, and_, bindparam, exists, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from ...database import write_lock
from ...extensions import db
from ...models import Attempt, Membership, Question, QuizGroup, QuizQuestion, Response
from ...models.bank import RETIRED
from ...models.base import utcnow
from ...models.quizzes import Quiz, open_now
from ..errors import Conflict, Forbidden, NotFound

NOT_FOUND = "This attempt does not exist."
NOT_OPEN = "This quiz does not exist or is not open to you."
USED_UP = "You have used all the attempts allowed for this quiz."

ATTEMPTS, QUIZZES, ITEMS = Attempt.__table__, Quiz.__table__, QuizQuestion.__table__
RESPONSES, QUESTIONS = Response.__table__, Question.__table__


def served_size(quiz_id: Any) -> Any:
    """How many questions of the quiz are served: its items less the retired ones (a scalar
    subquery of the quiz id column or value)."""
    served = QUESTIONS.alias("served")
    return (
        select(func.count())
        .select_from(ITEMS.join(served, served.c.id == ITEMS.c.question_id))
        .where(ITEMS.c.quiz_id == quiz_id, served.c.status != RETIRED)
        .scalar_subquery()
    )


def _start_query() -> Any:
    """A quiz's settings and size, whether it is opened to one of the user's classes, the
    user's finished attempts at it and their unfinished one (id, deadline) if any."""
    groups, members = QuizGroup.__table__, Membership.__table__
    mine = and_(ATTEMPTS.c.quiz_id == QUIZZES.c.id, ATTEMPTS.c.user_id == bindparam("user_id"))
    size = served_size(QUIZZES.c.id)
    member = exists().where(
        groups.c.quiz_id == QUIZZES.c.id,
        members.c.group_id == groups.c.group_id,
        members.c.user_id == bindparam("user_id"),
    )
    done = ATTEMPTS.alias("done")
    finished = (
        select(func.count())
        .where(
            done.c.quiz_id == QUIZZES.c.id,
            done.c.user_id == bindparam("user_id"),
            done.c.finished_at.is_not(None),
        )
        .scalar_subquery()
    )
    return (
        select(
            QUIZZES.c.is_open,
            QUIZZES.c.opens_at,
            QUIZZES.c.closes_at,
            QUIZZES.c.attempts_allowed,
            QUIZZES.c.time_limit,
            size.label("size"),
            member.label("member"),
            finished.label("finished"),
            ATTEMPTS.c.id.label("open_id"),
            ATTEMPTS.c.deadline.label("open_deadline"),
        )
        .select_from(QUIZZES)
        .outerjoin(ATTEMPTS, and_(mine, ATTEMPTS.c.finished_at.is_(None)))
        .where(QUIZZES.c.id == bindparam("quiz_id"))
    )


START = _start_query()
ANSWERED = select(func.count()).where(RESPONSES.c.attempt_id == bindparam("attempt_id"))


def _open_to_learner(row: Row[Any] | None, now: datetime) -> bool:
    """The quiz exists, is open now (`open_now`, as `Quiz.available`), has questions and is
    opened to one of the learner's classes."""
    if row is None or not row.size or not row.member:
        return False
    return open_now(bool(row.is_open), row.opens_at, row.closes_at, now)


def start(user_id: int, quiz_id: int, now: datetime | None = None) -> tuple[int, bool]:
    """Resume the learner's unfinished attempt at the quiz or start a new one, within the
    attempts allowed, and commit. Returns (attempt id, whether it has answers already).

    NotFound for a quiz that is not open to them (other classes' quizzes are not revealed),
    Forbidden once their attempts are used up. An unfinished attempt whose time ran out is
    closed at its deadline and counts as used.
    """
    now = now or utcnow()
    params = {"quiz_id": quiz_id, "user_id": user_id}
    for _ in range(3):  # again after closing a timed-out attempt, or losing a race to start
        conn = db.session.connection()
        row = conn.execute(START, params).first()
        if not _open_to_learner(row, now):
            db.session.rollback()
            raise NotFound(NOT_OPEN)
        assert row is not None  # for the type checker: _open_to_learner said so
        if row.open_id is not None:
            if row.open_deadline is None or now < row.open_deadline:
                answered = conn.execute(ANSWERED, {"attempt_id": row.open_id}).scalar()
                db.session.commit()
                return int(row.open_id), bool(answered)
            finish(row.open_id, row.open_deadline)
            continue
        if row.attempts_allowed is not None and row.finished >= row.attempts_allowed:
            db.session.rollback()
            raise Forbidden(USED_UP)
        deadline = now + timedelta(seconds=row.time_limit) if row.time_limit else None
        values = {
            "quiz_id": quiz_id,
            "user_id": user_id,
            "seed": secrets.randbits(31),
            "started_at": now,
            "deadline": deadline,
            "finished_at": None,
            "correct": 0,
            "total": row.size,
        }
        try:
            new_id = conn.execute(insert(ATTEMPTS).returning(ATTEMPTS.c.id), values).scalar()
            db.session.commit()
        except IntegrityError:  # a second tab started the same quiz at the same moment
            db.session.rollback()
            continue
        return int(new_id or 0), False
    raise Conflict("The quiz could not be started; please try again.")


def _finish_statements() -> tuple[Any, Any]:
    """Lock an attempt's row; close and score it unless already closed. Retired questions are
    left out of the score, as they are out of the attempt's pages."""
    attempts, responses, items = ATTEMPTS, RESPONSES, ITEMS
    lock = select(attempts.c.id).where(attempts.c.id == bindparam("attempt_id")).with_for_update()
    answered, served = QUESTIONS.alias("answered"), QUESTIONS.alias("served")
    still_served = (
        exists()
        .where(  # a version of the answered question is served in the quiz
            items.c.quiz_id == attempts.c.quiz_id,
            served.c.id == items.c.question_id,
            served.c.status != RETIRED,
            served.c.document_id == answered.c.document_id,
            served.c.fingerprint == answered.c.fingerprint,
        )
        .correlate(attempts, answered)
    )
    correct = (
        select(func.count())
        .select_from(responses.join(answered, answered.c.id == responses.c.question_id))
        .where(responses.c.attempt_id == attempts.c.id, responses.c.correct, still_served)
        .scalar_subquery()
    )
    total = served_size(attempts.c.quiz_id)
    close = (
        update(attempts)
        .where(attempts.c.id == bindparam("attempt_id"), attempts.c.finished_at.is_(None))
        .values(finished_at=bindparam("when"), correct=correct, total=total)
    )
    return lock, close


LOCK, CLOSE = _finish_statements()


OWNED = (
    select(ATTEMPTS.c.deadline, ATTEMPTS.c.finished_at)
    .where(ATTEMPTS.c.id == bindparam("attempt_id"), ATTEMPTS.c.user_id == bindparam("user_id"))
    .with_for_update()
)


def submit(user_id: int, attempt_id: int, now: datetime | None = None) -> None:
    """The learner submits the attempt: close and score it (at its deadline if that passed
    first) and commit; submitting twice changes nothing. NotFound unless it is theirs."""
    now = now or utcnow()
    conn = db.session.connection()
    row = conn.execute(OWNED, {"attempt_id": attempt_id, "user_id": user_id}).first()
    if row is None:
        db.session.rollback()
        raise NotFound(NOT_FOUND)
    if row.finished_at is not None:
        db.session.rollback()
        return
    when = row.deadline if row.deadline is not None and row.deadline <= now else now
    finish(attempt_id, when, locked=True)


def finish(attempt_id: int, when: datetime, locked: bool = False) -> None:
    """Close and score the attempt in one conditional UPDATE, and commit; closing twice
    changes nothing. The row is locked first (unless the caller holds the lock), so an answer
    being saved at the same moment is either counted or refused."""
    if not locked:
        write_lock(db)  # an attempt whose time is up is closed when a page of it is read
    conn = db.session.connection()
    if not locked:
        conn.execute(LOCK, {"attempt_id": attempt_id})
    conn.execute(CLOSE, {"attempt_id": attempt_id, "when": when})
    db.session.commit()
