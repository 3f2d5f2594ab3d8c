"""A learner's progress across a teacher's quizzes, and a class's missing attempts, in SQL."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Integer, and_, cast, exists, func, select

from ...extensions import db
from ...models import Attempt, Group, Membership, Question, Quiz, QuizGroup, Response, User
from ..errors import NotFound


def own_learner(teacher: User, learner_id: int) -> User:
    """A learner in one of the teacher's classes, or NotFound."""
    query = (
        select(User)
        .join(Membership, Membership.user_id == User.id)
        .join(Group, Group.id == Membership.group_id)
        .where(User.id == learner_id, Group.owner_id == teacher.id)
    )
    learner = db.session.scalars(query.limit(1)).first()
    if learner is None:
        raise NotFound("This learner is not in any of your classes.")
    return learner


@dataclass(frozen=True)
class AttemptLine:
    """One finished attempt of a learner at one of the teacher's quizzes."""

    attempt_id: int
    quiz_id: int
    quiz: str
    finished_at: datetime
    correct: int
    total: int

    @property
    def percent(self) -> float:
        """The score in percent."""
        return 100 * self.correct / self.total if self.total else 0.0


def history(teacher: User, learner: User) -> list[AttemptLine]:
    """The learner's finished attempts at the teacher's quizzes, oldest first."""
    query = (
        select(Attempt.id, Quiz.id, Quiz.title, Attempt.finished_at, Attempt.correct, Attempt.total)
        .join(Quiz, Quiz.id == Attempt.quiz_id)
        .where(
            Attempt.user_id == learner.id,
            Quiz.owner_id == teacher.id,
            Attempt.finished_at.is_not(None),
        )
        .order_by(Attempt.finished_at, Attempt.id)
    )
    return [
        AttemptLine(attempt_id, quiz_id, title, finished_at, correct, total)
        for attempt_id, quiz_id, title, finished_at, correct, total in db.session.execute(query)
        if finished_at is not None  # always: the query keeps finished attempts only
    ]


def per_kind(teacher: User, learner: User) -> list[tuple[str, int, int]]:
    """(kind, answered, correct) over the learner's answers in the teacher's quizzes."""
    query = (
        select(Question.kind, func.count(), func.sum(cast(Response.correct, Integer)))
        .join(Response, Response.question_id == Question.id)
        .join(Attempt, Attempt.id == Response.attempt_id)
        .join(Quiz, Quiz.id == Attempt.quiz_id)
        .where(Attempt.user_id == learner.id, Quiz.owner_id == teacher.id)
        .group_by(Question.kind)
        .order_by(Question.kind)
    )
    return [(kind, int(n), int(c or 0)) for kind, n, c in db.session.execute(query)]


NAMES_SHOWN = 30


def not_attempted(group: Group) -> list[tuple[Quiz, int, list[User]]]:
    """For each quiz open to the class now: how many members have not attempted it, and the first
    NAMES_SHOWN of them by name."""
    from ...models.base import utcnow

    quizzes = list(
        db.session.scalars(
            select(Quiz)
            .join(QuizGroup, QuizGroup.quiz_id == Quiz.id)
            .where(QuizGroup.group_id == group.id, Quiz.owner_id == group.owner_id)
            .order_by(Quiz.created_at, Quiz.id)
        )
    )
    open_now = [q for q in quizzes if q.available(utcnow())]
    if not open_now:
        return []
    attempted = exists().where(
        and_(Attempt.user_id == Membership.user_id, Attempt.quiz_id == Quiz.id)
    )
    missing = (
        select(
            Quiz.id.label("quiz_id"),
            Membership.user_id,
            func.row_number()
            .over(partition_by=Quiz.id, order_by=(User.name, User.email))
            .label("rn"),
            func.count().over(partition_by=Quiz.id).label("n"),
        )
        .select_from(Membership)
        .join(User, User.id == Membership.user_id)
        .join(Quiz, Quiz.id.in_([q.id for q in open_now]))
        .where(Membership.group_id == group.id, ~attempted)
        .subquery("m")
    )
    query = (
        select(missing.c.quiz_id, missing.c.n, User)
        .join(User, User.id == missing.c.user_id)
        .where(missing.c.rn <= NAMES_SHOWN)
        .order_by(missing.c.quiz_id, missing.c.rn)
    )
    counts: dict[int, int] = {}
    names: dict[int, list[User]] = {q.id: [] for q in open_now}
    for quiz_id, n, user in db.session.execute(query):
        counts[quiz_id] = int(n)
        names[quiz_id].append(user)
    return [(q, counts.get(q.id, 0), names[q.id]) for q in open_now]
