"""A quiz's attempts per learner, and the class filter every results query shares."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import and_, func, select, true
from sqlalchemy.sql import ColumnElement

from ...extensions import db
from ...models import Attempt, Membership, Quiz, User


def in_class(group_id: int | None) -> ColumnElement[bool]:
    """Attempts by members of the class `group_id`; every attempt when None."""
    if group_id is None:
        return true()
    members = select(Membership.user_id).where(Membership.group_id == group_id)
    return Attempt.user_id.in_(members)


def seconds_between(start: Any, end: Any) -> ColumnElement[Any]:
    """end - start in seconds, in the current database's dialect."""
    if db.engine.dialect.name == "postgresql":
        return func.extract("epoch", end - start)
    return (func.julianday(end) - func.julianday(start)) * 86400.0


@dataclass(frozen=True)
class LearnerRow:
    """One learner's attempts at a quiz."""

    user_id: int
    name: str
    email: str
    attempts: int
    best: int
    last: int
    total: int
    last_seconds: float | None
    last_finished: datetime | None


def learners(quiz: Quiz, group_id: int | None = None) -> list[LearnerRow]:
    """Per learner (of one class with `group_id`): number of finished attempts, best and last
    score, time of the last."""
    finished = and_(
        Attempt.quiz_id == quiz.id, Attempt.finished_at.is_not(None), in_class(group_id)
    )
    ranked = (
        select(
            Attempt.user_id,
            Attempt.correct,
            Attempt.total,
            Attempt.finished_at,
            seconds_between(Attempt.started_at, Attempt.finished_at).label("secs"),
            func.row_number()
            .over(
                partition_by=Attempt.user_id,
                order_by=(Attempt.finished_at.desc(), Attempt.id.desc()),
            )
            .label("rn"),
            func.count().over(partition_by=Attempt.user_id).label("n"),
            func.max(Attempt.correct).over(partition_by=Attempt.user_id).label("best"),
        )
        .where(finished)
        .subquery("r")
    )
    query = (
        select(ranked, User.name, User.email)
        .join(User, User.id == ranked.c.user_id)
        .where(ranked.c.rn == 1)
        .order_by(User.name, User.email)
    )
    return [
        LearnerRow(
            r.user_id,
            r.name or r.email.split("@")[0],
            r.email,
            r.n,
            r.best,
            r.correct,
            r.total,
            float(r.secs) if r.secs is not None else None,
            r.finished_at,
        )
        for r in db.session.execute(query)
    ]


def attempt_rows(quiz: Quiz, group_id: int | None = None) -> list[Any]:
    """Every finished attempt (of one class's members with `group_id`) with its learner and
    time taken, for the CSV export."""
    query = (
        select(
            Attempt.id,
            User.name,
            User.email,
            Attempt.started_at,
            Attempt.finished_at,
            seconds_between(Attempt.started_at, Attempt.finished_at).label("secs"),
            Attempt.correct,
            Attempt.total,
            func.row_number()
            .over(partition_by=Attempt.user_id, order_by=Attempt.id)
            .label("number"),
        )
        .join(User, User.id == Attempt.user_id)
        .where(Attempt.quiz_id == quiz.id, Attempt.finished_at.is_not(None), in_class(group_id))
        .order_by(User.email, Attempt.id)
    )
    return list(db.session.execute(query))
