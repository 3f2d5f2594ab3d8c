"""A wrong quiz answer puts the question's flashcard in the learner's review queue."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import and_, bindparam, select, update
from sqlalchemy.dialects import postgresql, sqlite

from ...extensions import db
from ...models import Card, Question
from ..cards import schedule as sched

QUESTIONS, CARDS = Question.__table__, Card.__table__


def card_columns(questions: Any, cards: Any) -> list[Any]:
    """What `queue_mistake` needs to know: the question's status and newer version, and the
    learner's card for it (None columns when there is none). A caller that selects these
    (labelled so) with its own query passes its row as `found` and saves a query."""
    return [
        questions.c.status.label("status"),
        questions.c.replaced_by_id.label("replaced_by_id"),
        cards.c.id.label("card_id"),
        cards.c.due.label("card_due"),
        cards.c.reps.label("card_reps"),
        cards.c.state.label("card_state"),
        cards.c.from_quiz.label("card_from_quiz"),
    ]


FIND = (
    select(*card_columns(QUESTIONS, CARDS))
    .select_from(QUESTIONS)
    .outerjoin(
        CARDS, and_(CARDS.c.question_id == QUESTIONS.c.id, CARDS.c.user_id == bindparam("user_id"))
    )
    .where(QUESTIONS.c.id == bindparam("question_id"))
)
INSERT = {
    name: dialect.insert(CARDS).on_conflict_do_nothing()
    for name, dialect in (("sqlite", sqlite), ("postgresql", postgresql))
}


def queue_mistake(user_id: int, question_id: int, now: datetime, found: Any = None) -> None:
    """A wrong quiz answer: the learner's card for the question (its newest version, unless
    retired) is due at once, whatever decks they study. Part of the caller's transaction.

    On the path of every wrong answer, so plain SQL: a learner who keeps missing the same
    question costs one read (none when the caller passes `found`, see `card_columns`); a new
    card one insert more (its state is an empty JSON object,
    which `cards.schedule.load` reads as a fresh fsrs card).
    """
    conn = db.session.connection()
    params = {"user_id": user_id, "question_id": question_id}
    for _ in range(100):  # follow the chain of edits to the newest version
        found = found or conn.execute(FIND, params).first()
        if found is None or found.replaced_by_id is None:
            break
        params["question_id"] = found.replaced_by_id
        found = None
    if found is None or found.status == "retired":
        return
    if found.card_id is None:
        values = {
            **params,
            "state": "{}",
            "due": now,
            "created_at": now,
            "reps": 0,
            "phase": sched.NEW,
            "from_quiz": True,
        }
        dialect = "postgresql" if conn.dialect.name == "postgresql" else "sqlite"
        if conn.execute(INSERT[dialect], values).rowcount == 1:
            return
        found = conn.execute(FIND, params).one()  # created in another tab at the same moment
    if found.card_due <= now and found.card_from_quiz:
        return
    changes: dict[str, object] = {"from_quiz": True}
    if found.card_due > now:
        changes["due"] = now
        if found.card_reps:
            state = sched.load(found.card_state, found.card_id, now)
            state.due = sched.aware(now)
            changes["state"] = sched.dump(state)
    conn.execute(update(CARDS).where(CARDS.c.id == found.card_id).values(changes))
