"""Taking quizzes, the ORM side: the quizzes a learner can take, their unfinished attempts,
their history, and the teacher's preview of a quiz as a learner sees it.

An attempt itself is read by `attempt_page.load` (plain rows: the one read model of the
learner's pages, the no-script answer, feedback, the result and resuming); starting and
submitting are `attempt_state`, saving an answer is `answers`.
"""

from __future__ import annotations

from sqlalchemy import select

from ...extensions import db
from ...models import Attempt, Membership, Option, Question, Quiz, QuizGroup, User
from ...models.bank import RETIRED
from ...models.base import utcnow
from . import attempt_page, attempt_state

Slot = attempt_page.Slot


def visible_quizzes(user: User) -> list[Quiz]:
    """Quizzes opened to the user's classes and open now, newest first."""
    now = utcnow()
    query = (
        select(Quiz)
        .join(QuizGroup, QuizGroup.quiz_id == Quiz.id)
        .join(Membership, Membership.group_id == QuizGroup.group_id)
        .where(Membership.user_id == user.id)
        .distinct()
        .order_by(Quiz.created_at.desc(), Quiz.id.desc())
    )
    return [q for q in db.session.scalars(query) if q.available(now) and q.items]


def open_attempt(user: User, quiz: Quiz) -> Attempt | None:
    """The user's unfinished attempt at the quiz, if any (closed first if its time ran out)."""
    attempt = db.session.scalar(
        select(Attempt).where(
            Attempt.quiz_id == quiz.id, Attempt.user_id == user.id, Attempt.finished_at.is_(None)
        )
    )
    if attempt is None:
        return None
    if attempt.deadline is not None and utcnow() >= attempt.deadline:
        attempt_state.finish(attempt.id, attempt.deadline)
        return None
    return attempt


def preview(quiz: Quiz, seed: int) -> list[Slot[Question, Option]]:
    """The quiz as one learner would see it (order and shuffles from `seed`, retired questions
    left out), nothing saved."""
    items = [item.question for item in quiz.items if item.question.status != RETIRED]
    slots: list[Slot[Question, Option]] = attempt_page.arrange(seed, quiz.shuffle, items, {})
    return slots


def history(user: User) -> list[Attempt]:
    """The user's attempts, newest first."""
    query = select(Attempt).where(Attempt.user_id == user.id)
    return list(db.session.scalars(query.order_by(Attempt.started_at.desc(), Attempt.id.desc())))
