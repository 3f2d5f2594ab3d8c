"""Taking quizzes: start or resume an attempt, store every answer as given, submit, review."""

from __future__ import annotations

import random
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import joinedload, selectinload

from ..extensions import db
from ..models import (
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
from ..models.base import utcnow
from .errors import Conflict, Forbidden, NotFound


@dataclass(frozen=True)
class Slot:
    """One question of an attempt as the learner sees it: its number and option order."""

    number: int
    question: Question
    options: list[Option]
    chosen_id: int | None


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


def may_take(user: User, quiz: Quiz) -> bool:
    """True when the quiz is opened to one of the user's classes."""
    query = (
        select(QuizGroup.id)
        .join(Membership, Membership.group_id == QuizGroup.group_id)
        .where(QuizGroup.quiz_id == quiz.id, Membership.user_id == user.id)
    )
    return db.session.scalar(query.limit(1)) is not None


def get_quiz(user: User, quiz_id: int) -> Quiz:
    """A quiz the user may take now, or NotFound (other classes' quizzes are not revealed)."""
    quiz = db.session.get(Quiz, quiz_id)
    if quiz is None or not quiz.available(utcnow()) or not quiz.items or not may_take(user, quiz):
        raise NotFound("This quiz does not exist or is not open to you.")
    return quiz


def finished_count(user: User, quiz: Quiz) -> int:
    """How many attempts the user has submitted for the quiz."""
    query = select(func.count(Attempt.id)).where(
        Attempt.quiz_id == quiz.id, Attempt.user_id == user.id, Attempt.finished_at.is_not(None)
    )
    return db.session.scalar(query) or 0


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
    """Resume the unfinished attempt or start a new one, within the attempts allowed."""
    current = open_attempt(user, quiz)
    if current is not None:
        return current
    if quiz.attempts_allowed is not None and finished_count(user, quiz) >= quiz.attempts_allowed:
        raise Forbidden("You have used all the attempts allowed for this quiz.")
    now = utcnow()
    deadline = now + timedelta(seconds=quiz.time_limit) if quiz.time_limit else None
    attempt = Attempt(
        quiz_id=quiz.id, user_id=user.id, seed=secrets.randbits(31), started_at=now,
        deadline=deadline, total=len(quiz.items),
    )  # fmt: skip
    db.session.add(attempt)
    try:
        db.session.commit()
    except IntegrityError:  # a second tab started the same quiz at the same moment
        db.session.rollback()
        current = open_attempt(user, quiz)
        if current is None:
            raise Conflict("The quiz could not be started; please try again.") from None
        return current
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


def slots(attempt: Attempt) -> list[Slot]:
    """The attempt's questions in the order this learner sees them, with options ordered.

    A question edited after the learner answered it shows the version they answered.
    """
    items = list(attempt.quiz.items)
    rng = random.Random(attempt.seed)  # nosec B311 - question order, not a secret
    if attempt.quiz.shuffle:
        rng.shuffle(items)
    answered = {
        (r.option.question.document_id, r.option.question.fingerprint): (
            r.option.question,
            r.option_id,
        )
        for r in attempt.responses
    }
    out = []
    for n, item in enumerate(items, start=1):
        lineage = (item.question.document_id, item.question.fingerprint)
        question, chosen = answered.get(lineage, (item.question, None))
        options = list(question.options)
        if attempt.quiz.shuffle and not question.ordered:
            random.Random(attempt.seed * 1000003 + item.question_id).shuffle(options)  # nosec B311
        out.append(Slot(n, question, options, chosen))
    return out


def preview(quiz: Quiz, seed: int) -> list[Slot]:
    """The quiz as one learner would see it (order and shuffles from `seed`), nothing saved."""
    return slots(Attempt(quiz=quiz, seed=seed, responses=[]))


def slot(attempt: Attempt, number: int, all_slots: list[Slot] | None = None) -> Slot:
    """Question `number` (1-based) of the attempt (of `all_slots` when computed), or NotFound."""
    all_slots = slots(attempt) if all_slots is None else all_slots
    if not 1 <= number <= len(all_slots):
        raise NotFound("There is no such question in this quiz.")
    return all_slots[number - 1]


def answer(attempt: Attempt, question_id: int, option_id: int) -> Response:
    """Store the learner's choice at once; a repeat replaces it; a finished attempt is immutable."""
    if expire_if_due(attempt):
        raise Conflict("This attempt has already been submitted.")
    option = db.session.get(Option, option_id)
    if option is None or option.question_id != question_id or not _in_quiz(attempt, option):
        raise NotFound("That option does not belong to this question.")
    response = _upsert(attempt, question_id, option)
    if not response.correct:  # a wrong answer puts the question's flashcard in the review queue
        from .cards import queue_mistake  # here: cards' decks list this module's quizzes

        queue_mistake(attempt.user_id, question_id)
    db.session.commit()
    return response


def _in_quiz(attempt: Attempt, option: Option) -> bool:
    """True when the option's question, or a later version of it, is in the attempt's quiz."""
    asked = option.question
    query = (
        select(QuizQuestion.id)
        .join(Question, Question.id == QuizQuestion.question_id)
        .where(
            QuizQuestion.quiz_id == attempt.quiz_id,
            Question.document_id == asked.document_id,
            Question.fingerprint == asked.fingerprint,
        )
    )
    return db.session.scalar(query.limit(1)) is not None


def _upsert(attempt: Attempt, question_id: int, option: Option) -> Response:
    query = select(Response).where(
        Response.attempt_id == attempt.id, Response.question_id == question_id
    )
    response = db.session.scalar(query)
    if response is not None and attempt.quiz.feedback == "immediate":
        return response  # the learner has seen the answer: the first choice stands
    if response is None:
        response = Response(attempt_id=attempt.id, question_id=question_id, option_id=option.id)
        try:
            with db.session.begin_nested():
                db.session.add(response)
        except IntegrityError:  # the same answer arrived twice at once: update the stored one
            response = db.session.scalars(query).one()
    response.option_id = option.id
    response.correct = option.correct
    response.answered_at = utcnow()
    return response


def submit(attempt: Attempt) -> Attempt:
    """Finish the attempt and score it; submitting twice changes nothing."""
    if not expire_if_due(attempt):
        _finish(attempt, utcnow())
    return attempt


def _finish(attempt: Attempt, when: datetime) -> None:
    """Score and close the attempt in one conditional UPDATE: two submits cannot both count."""
    correct = db.session.scalar(
        select(func.count(Response.id)).where(Response.attempt_id == attempt.id, Response.correct)
    )
    db.session.execute(
        update(Attempt)
        .where(Attempt.id == attempt.id, Attempt.finished_at.is_(None))
        .values(finished_at=when, correct=correct or 0, total=len(attempt.quiz.items))
    )
    db.session.commit()
    db.session.refresh(attempt)


def history(user: User) -> list[Attempt]:
    """The user's attempts, newest first."""
    query = select(Attempt).where(Attempt.user_id == user.id)
    return list(db.session.scalars(query.order_by(Attempt.started_at.desc(), Attempt.id.desc())))


def remaining_seconds(attempt: Attempt) -> int | None:
    """Seconds left before the time limit, or None when untimed."""
    if attempt.deadline is None:
        return None
    return max(0, int((attempt.deadline - utcnow()).total_seconds()))
