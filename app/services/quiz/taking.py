"""Taking quizzes: start or resume an attempt, store every answer as given, submit, review."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import joinedload, selectinload

from ...extensions import db
from ...models import (
    Attempt,
    Membership,
    Option,
    Question,
    Quiz,
    QuizGroup,
    QuizQuestion,
    Response,
    User,
)
from ...models.base import utcnow
from ..errors import NotFound
from . import answers, attempt_page, attempt_state

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
    if attempt is not None and expire_if_due(attempt):
        return None
    return attempt


def start_attempt(user: User, quiz: Quiz) -> Attempt:
    """Resume the unfinished attempt or start a new one, within the attempts allowed (see
    `attempt_state.start`, which the start route calls directly)."""
    attempt_id, _ = attempt_state.start(user.id, quiz.id)
    attempt = db.session.get(Attempt, attempt_id)
    assert attempt is not None  # just committed
    return attempt


# An attempt page shows every slot: the quiz's questions with their options, and the answers
# given with the questions they were given to. Loading them in five queries rather than one per
# question and option is what keeps an answer's round trip cheap under load (bench/load.py).
ATTEMPT_PAGE = (
    joinedload(Attempt.quiz)
    .selectinload(Quiz.items)
    .joinedload(QuizQuestion.question)
    .selectinload(Question.options),
    selectinload(Attempt.responses)
    .joinedload(Response.option)
    .joinedload(Option.question)
    .selectinload(Question.options),
)


def get_attempt(user: User, attempt_id: int) -> Attempt:
    """The user's own attempt, or NotFound (another learner's attempt is not revealed)."""
    query = select(Attempt).where(Attempt.id == attempt_id, Attempt.user_id == user.id)
    attempt = db.session.scalars(query.options(*ATTEMPT_PAGE)).first()
    if attempt is None or attempt.user_id != user.id:
        raise NotFound("This attempt does not exist.")
    expire_if_due(attempt)
    return attempt


def expire_if_due(attempt: Attempt) -> bool:
    """Submit an unfinished attempt whose time limit has passed; True if it is now finished."""
    if attempt.finished:
        return True
    if attempt.deadline is not None and utcnow() >= attempt.deadline:
        _finish(attempt, attempt.deadline)
        return True
    return False


def slots(attempt: Attempt) -> list[Slot[Question, Option]]:
    """The attempt's questions in the order this learner sees them, with options ordered.

    A question edited after the learner answered it shows the version they answered. (Every
    learner path reads the same from plain rows: attempt_page.load.)
    """
    answered = {
        r.option.question.lineage: (r.option.question, r.option_id) for r in attempt.responses
    }
    items = [item.question for item in attempt.quiz.items]
    slots: list[Slot[Question, Option]] = attempt_page.arrange(
        attempt.seed, attempt.quiz.shuffle, items, answered
    )
    return slots


def preview(quiz: Quiz, seed: int) -> list[Slot[Question, Option]]:
    """The quiz as one learner would see it (order and shuffles from `seed`), nothing saved."""
    return slots(Attempt(quiz=quiz, seed=seed, responses=[]))


def slot(
    attempt: Attempt, number: int, all_slots: list[Slot[Question, Option]] | None = None
) -> Slot[Question, Option]:
    """Question `number` (1-based) of the attempt (of `all_slots` when computed), or NotFound."""
    all_slots = slots(attempt) if all_slots is None else all_slots
    if not 1 <= number <= len(all_slots):
        raise NotFound(attempt_page.NO_SUCH_QUESTION)
    return all_slots[number - 1]


def answer(attempt: Attempt, question_id: int, option_id: int) -> answers.Saved:
    """Store the learner's choice at once; a repeat replaces it; a finished attempt is immutable.

    The attempt's objects are expired afterwards: the save and the commit happen in SQL.
    """
    try:
        return answers.save(attempt.user_id, attempt.id, option_id, question_id)
    finally:
        db.session.expire(attempt)


def submit(attempt: Attempt) -> Attempt:
    """Finish the attempt and score it; submitting twice changes nothing."""
    if not expire_if_due(attempt):
        _finish(attempt, utcnow())
    return attempt


def _finish(attempt: Attempt, when: datetime) -> None:
    """Score and close the attempt (see `attempt_state.finish`: two submits cannot both
    count)."""
    attempt_state.finish(attempt.id, when)
    db.session.refresh(attempt)


def history(user: User) -> list[Attempt]:
    """The user's attempts, newest first."""
    query = select(Attempt).where(Attempt.user_id == user.id)
    return list(db.session.scalars(query.order_by(Attempt.started_at.desc(), Attempt.id.desc())))
