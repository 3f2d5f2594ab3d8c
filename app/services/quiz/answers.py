"""Saving an answer and closing an attempt: the hot path of taking a quiz, in plain SQL.

Every choice a learner makes is saved at once (a small JSON request from the question page, or
the form without JavaScript), so this runs once per answer for a whole school at a time. It
uses a few Core statements and no ORM objects:

1. one query reads the attempt (locked), its quiz's settings, the option, the question it
   belongs to and the learner's flashcard for it, and checks that the attempt is this
   learner's, that the session's token is the account's current one, and that the question
   (or a later version of it) is in the quiz;
2. one upsert writes the response: one row per attempt and question however many requests race;
3. a wrong answer queues the question's flashcard (`mistakes.queue_mistake`);
4. commit.

The attempt row is locked before anything is decided (FOR UPDATE on PostgreSQL; on SQLite a
write transaction already excludes every other writer, see app/database.py), and closing an
attempt takes the same lock before it counts the correct answers. So an answer and a submit
that race are ordered: either the answer is saved and counted, or it is refused with Conflict
because the attempt was submitted first. An acknowledged answer is never left out of a score.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    Connection,
    DateTime,
    Executable,
    Integer,
    Row,
    Select,
    and_,
    bindparam,
    exists,
    or_,
    select,
)
from sqlalchemy.dialects import postgresql, sqlite

from ...extensions import db
from ...metrics import ANSWERS_SAVED
from ...models import Attempt, Card, Option, Question, QuizQuestion, Response, User
from ...models.base import utcnow
from ...models.quizzes import Quiz
from ..errors import Conflict, NotFound, SessionEnded
from . import attempt_state, mistakes, versions

NOT_FOUND = "This attempt or answer does not exist."
ENDED = "Your session has ended; please log in again."
SUBMITTED = "This attempt has already been submitted; your earlier answers are kept."


@dataclass(frozen=True)
class Saved:
    """What is stored for the question now: the option, whether it is correct, and whether an
    earlier answer was kept (immediate feedback: once seen, the first choice stands)."""

    attempt_id: int
    question_id: int
    option_id: int
    correct: bool
    kept: bool
    feedback: str  # the quiz's feedback mode: "immediate" or "deferred"


def save(
    user_id: int,
    attempt_id: int,
    option_id: int,
    question_id: int | None = None,
    session_token: str | None = None,
    now: datetime | None = None,
) -> Saved:
    """Store the learner's choice of `option_id` in the attempt and commit.

    `question_id`, when given, must be the option's question (a form names both). With
    `session_token`, the account's current token must match (the session check done in the
    same query, for callers that have not loaded the user; SessionEnded if not). Raises
    NotFound for an attempt, option or question that is not the learner's to answer, Conflict
    once the attempt is submitted or its time is up (an attempt past its deadline is closed
    here).
    """
    now = now or utcnow()
    conn = db.session.connection()
    if conn.dialect.name == "postgresql":
        row = _lookup_and_save(
            conn, user_id, attempt_id, option_id, question_id, session_token, now
        )
        if row is not None and row.inserted is not None:  # every check passed: it is stored
            if not row.correct:
                mistakes.queue_mistake(user_id, row.question_id, now, found=row)
            db.session.commit()
            ANSWERS_SAVED.inc()
            return Saved(
                attempt_id, row.question_id, option_id, bool(row.correct), False, row.feedback
            )
    else:
        row = _lookup(conn, user_id, attempt_id, option_id, session_token)
    if row is None:
        ended = session_token is not None and not _session_current(conn, user_id, session_token)
        db.session.rollback()
        raise SessionEnded(ENDED) if ended else NotFound(NOT_FOUND)
    if row.finished_at is not None:
        db.session.rollback()
        raise Conflict(SUBMITTED)
    if row.deadline is not None and now >= row.deadline:
        attempt_state.finish(attempt_id, row.deadline, locked=True)
        raise Conflict(SUBMITTED)
    if not row.in_quiz or (question_id is not None and row.question_id != question_id):
        db.session.rollback()
        raise NotFound(NOT_FOUND)
    immediate = row.feedback == "immediate"
    if row.edited:  # one answer per item: an answer to another version of it is replaced
        earlier = versions.other_version(conn, attempt_id, row.question_id, immediate)
        if earlier is not None:
            db.session.commit()
            return Saved(
                attempt_id,
                earlier.question_id,
                earlier.option_id,
                bool(earlier.correct),
                True,
                row.feedback,
            )
    stored, correct = _upsert(
        conn, attempt_id, row.question_id, option_id, row.correct, now, immediate
    )
    kept = stored != option_id
    if not correct and not kept:  # a wrong answer puts the question's card in the review queue
        mistakes.queue_mistake(user_id, row.question_id, now, found=row)
    db.session.commit()
    if not kept:
        ANSWERS_SAVED.inc()
    return Saved(attempt_id, row.question_id, stored, correct, kept, row.feedback)


def _lookup_statements() -> tuple[Select[Any], Select[Any]]:
    """The lookup of `save`, without and with the session-token check; built once, run with
    bind parameters (building a statement costs more than running it)."""
    attempts, quizzes = Attempt.__table__, Quiz.__table__
    options, asked = Option.__table__, Question.__table__.alias("asked")
    current, items = Question.__table__.alias("current"), QuizQuestion.__table__
    in_quiz = exists().where(
        items.c.quiz_id == attempts.c.quiz_id,
        current.c.id == items.c.question_id,
        current.c.document_id == asked.c.document_id,
        current.c.fingerprint == asked.c.fingerprint,
    )
    other, cards = Question.__table__.alias("other"), Card.__table__
    edited = exists().where(
        other.c.document_id == asked.c.document_id,
        other.c.fingerprint == asked.c.fingerprint,
        other.c.id != asked.c.id,
    )
    query = (
        select(
            attempts.c.finished_at,
            attempts.c.deadline,
            quizzes.c.feedback,
            options.c.question_id,
            options.c.correct,
            in_quiz.label("in_quiz"),
            edited.label("edited"),
            *mistakes.card_columns(asked, cards),
        )
        .select_from(attempts)
        .join(quizzes, quizzes.c.id == attempts.c.quiz_id)
        .outerjoin(options, options.c.id == bindparam("option_id"))
        .outerjoin(asked, asked.c.id == options.c.question_id)
        .outerjoin(
            cards, and_(cards.c.question_id == asked.c.id, cards.c.user_id == attempts.c.user_id)
        )
        .where(attempts.c.id == bindparam("attempt_id"), attempts.c.user_id == bindparam("user_id"))
    )
    users = User.__table__
    checked = query.join(
        users,
        and_(users.c.id == attempts.c.user_id, users.c.session_token == bindparam("token")),
    )
    return query.with_for_update(of=attempts), checked.with_for_update(of=attempts)


def _upsert_statements() -> dict[tuple[str, bool], Executable]:
    """Insert a response, or on (attempt, question) replace its choice or (True) keep it;
    per dialect."""
    table = Response.__table__
    keys = [table.c.attempt_id, table.c.question_id]
    out: dict[tuple[str, bool], Executable] = {}
    for name, dialect in (("sqlite", sqlite), ("postgresql", postgresql)):
        insert = dialect.insert(table)
        fresh = insert.excluded
        out[name, True] = insert.on_conflict_do_nothing(index_elements=keys)
        out[name, False] = insert.on_conflict_do_update(
            index_elements=keys,
            set_={
                "option_id": fresh.option_id,
                "correct": fresh.correct,
                "answered_at": fresh.answered_at,
            },
        )
    return out


LOOKUP, LOOKUP_CHECKED = _lookup_statements()
UPSERT = _upsert_statements()
STORED = select(Response.__table__.c.option_id, Option.__table__.c.correct).where(
    Response.__table__.c.attempt_id == bindparam("attempt_id"),
    Response.__table__.c.question_id == bindparam("question_id"),
    Option.__table__.c.id == Response.__table__.c.option_id,
)


def _lookup(
    conn: Connection, user_id: int, attempt_id: int, option_id: int, session_token: str | None
) -> Row[Any] | None:
    """The attempt (locked) and its quiz's feedback mode, with the option's question, whether
    it is correct and whether that question (or a later version) is in the quiz; None unless
    the attempt is the user's (and, with a token, the session is current)."""
    params = {"attempt_id": attempt_id, "user_id": user_id, "option_id": option_id}
    if session_token is None:
        return conn.execute(LOOKUP, params).first()
    return conn.execute(LOOKUP_CHECKED, {**params, "token": session_token}).first()


def _combined_statements() -> dict[bool, Executable]:
    """PostgreSQL: the lookup and, when every check of `save` passes (and the answer is not
    one to keep or to reconcile with another version), the upsert, in one statement: one
    round trip less for nearly every answer. Without and with the session-token check."""
    table = Response.__table__
    out: dict[bool, Executable] = {}
    for checked, lookup in ((False, LOOKUP), (True, LOOKUP_CHECKED)):
        look = lookup.cte("look")
        passes = and_(
            look.c.finished_at.is_(None),
            or_(look.c.deadline.is_(None), look.c.deadline > bindparam("now", type_=DateTime)),
            look.c.in_quiz,
            ~look.c.edited,
            look.c.feedback != "immediate",
            or_(
                look.c.question_id == bindparam("question_id", type_=Integer),
                bindparam("any_question", type_=Boolean),
            ),
        )
        values = select(
            bindparam("attempt_id", type_=Integer),
            look.c.question_id,
            bindparam("option_id", type_=Integer),
            look.c.correct,
            bindparam("now", type_=DateTime),
        ).where(passes)
        insert = postgresql.insert(table).from_select(
            ["attempt_id", "question_id", "option_id", "correct", "answered_at"], values
        )
        upsert = insert.on_conflict_do_update(
            index_elements=[table.c.attempt_id, table.c.question_id],
            set_={
                "option_id": insert.excluded.option_id,
                "correct": insert.excluded.correct,
                "answered_at": insert.excluded.answered_at,
            },
        ).returning(table.c.option_id)
        saved = upsert.cte("saved")
        inserted = select(saved.c.option_id).scalar_subquery().label("inserted")
        out[checked] = select(look, inserted)
    return out


COMBINED = _combined_statements()


def _lookup_and_save(
    conn: Connection,
    user_id: int,
    attempt_id: int,
    option_id: int,
    question_id: int | None,
    session_token: str | None,
    now: datetime,
) -> Row[Any] | None:
    """`_lookup`'s row with `inserted`: the option stored when the checks passed, else None
    (nothing written: the caller goes on as after `_lookup`)."""
    params = {
        "attempt_id": attempt_id,
        "user_id": user_id,
        "option_id": option_id,
        "question_id": question_id or 0,
        "any_question": question_id is None,
        "now": now,
    }
    if session_token is None:
        return conn.execute(COMBINED[False], params).first()
    return conn.execute(COMBINED[True], {**params, "token": session_token}).first()


def _session_current(conn: Connection, user_id: int, token: str) -> bool:
    """Whether `token` is the account's current session token (checked only after a lookup
    with it found nothing, to tell an ended session from a wrong id)."""
    users = User.__table__
    query = select(users.c.id).where(users.c.id == user_id, users.c.session_token == token)
    return conn.execute(query).first() is not None


def _upsert(
    conn: Connection,
    attempt_id: int,
    question_id: int,
    option_id: int,
    correct: bool,
    now: datetime,
    keep_first: bool,
) -> tuple[int, bool]:
    """Insert the response or replace its choice (keep the first with `keep_first`); returns
    the option stored and whether it is correct."""
    values = {
        "attempt_id": attempt_id,
        "question_id": question_id,
        "option_id": option_id,
        "correct": correct,
        "answered_at": now,
    }
    dialect = "postgresql" if conn.dialect.name == "postgresql" else "sqlite"
    conn.execute(UPSERT[dialect, keep_first], values)
    if not keep_first:
        return option_id, correct
    stored = conn.execute(STORED, {"attempt_id": attempt_id, "question_id": question_id}).one()
    return int(stored.option_id), bool(stored.correct)
