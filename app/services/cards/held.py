"""No answers before the quiz: which questions a learner may not study as flashcards yet.

A quiz with `cards_after_attempt` (on by default) keeps its questions out of the flashcards of
every learner of the classes it is opened to until that learner has finished an attempt at it.
The rule holds wherever a card could show an answer: the quiz's own deck (hidden), the decks
of its articles (the question, in any version, left out), the cards a wrong answer queued
during the attempt, and a card asked for by id. Any quiz opened to the learner's classes
counts, whether or not it is open yet: a question of next week's test is not studied today.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, and_, exists, select
from sqlalchemy.orm import aliased

from ...extensions import db
from ...models import Attempt, Membership, Question, Quiz, QuizGroup, QuizQuestion


def _held_quizzes(user_id: int) -> ColumnElement[bool]:
    """A condition on Quiz: opened to one of the learner's classes, holding its questions back,
    and not yet finished by the learner."""
    finished = exists().where(
        Attempt.quiz_id == Quiz.id,
        Attempt.user_id == user_id,
        Attempt.finished_at.is_not(None),
    )
    mine = exists().where(
        QuizGroup.quiz_id == Quiz.id,
        Membership.group_id == QuizGroup.group_id,
        Membership.user_id == user_id,
    )
    return and_(Quiz.cards_after_attempt.is_(True), mine, ~finished)


def held(user_id: int) -> ColumnElement[bool]:
    """A condition on Question: some version of it is in a quiz held back from this learner."""
    version = aliased(Question)
    held_ids = (
        select(QuizQuestion.question_id)
        .join(Quiz, Quiz.id == QuizQuestion.quiz_id)
        .where(_held_quizzes(user_id))
    )
    return exists().where(
        version.id.in_(held_ids),
        version.document_id == Question.document_id,
        version.fingerprint == Question.fingerprint,
    )


def studyable(user_id: int) -> ColumnElement[bool]:
    """A condition on Question: not held back from this learner."""
    return ~held(user_id)


def is_held(user_id: int, question_id: int) -> bool:
    """Whether this one question is held back from the learner."""
    query = select(Question.id).where(Question.id == question_id, held(user_id))
    return db.session.scalar(query) is not None


def held_quiz_ids(user_id: int, quiz_ids: list[int]) -> set[int]:
    """Which of these quizzes hold their questions back from the learner."""
    if not quiz_ids:
        return set()
    query = select(Quiz.id).where(Quiz.id.in_(quiz_ids), _held_quizzes(user_id))
    return set(db.session.scalars(query))
