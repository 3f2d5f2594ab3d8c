"""The study queue in SQL: what is due, what is new, what the daily limits leave for today.

Order of a session (as in Anki): learning cards due now, reviews due today and cards a quiz
mistake queued, new cards while the new limit lasts, then learning cards due within 20 minutes.
Review cards are due for the whole local day they fall on; learning steps are minutes apart
and come back at their minute.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import QueryableAttribute

from ...database import write_lock
from ...extensions import db
from ...models import Card, Question, ReviewLog, StudySettings, User
from . import decks, held
from . import schedule as sched
from .decks import Deck


@dataclass(frozen=True)
class Counts:
    """Cards left today: new (within the new limit), in learning, and due for review."""

    new: int
    learning: int
    review: int

    @property
    def total(self) -> int:
        """All cards left today."""
        return self.new + self.learning + self.review


@dataclass(frozen=True)
class Queue:
    """Where a session draws cards from, the end of the learner's today and the limits left."""

    user_id: int
    new_scope: ColumnElement[bool]
    due_scope: ColumnElement[bool]
    now: datetime
    end: datetime
    new_left: int
    reviews_left: int


def build(user: User, deck: Deck | None, settings: StudySettings, now: datetime) -> Queue:
    """The queue of one deck, or of every added deck and every quiz mistake when `deck` is None."""
    start, end = sched.day_bounds(settings.time_zone, now)
    rows = db.session.execute(
        select(ReviewLog.phase, func.count(ReviewLog.id))
        .join(Card, Card.id == ReviewLog.card_id)
        .where(Card.user_id == user.id, ReviewLog.reviewed_at >= start, ReviewLog.reviewed_at < end)
        .group_by(ReviewLog.phase)
    )
    done = {phase: count for phase, count in rows}
    new_scope = decks.scope(decks.added(user) if deck is None else [deck])
    due_scope = or_(new_scope, Card.from_quiz) if deck is None else new_scope
    return Queue(
        user.id,
        new_scope,
        due_scope,
        now,
        end,
        new_left=max(0, settings.new_per_day - done.get(sched.NEW, 0)),
        reviews_left=max(0, settings.reviews_per_day - done.get("review", 0)),
    )


def cards(queue: Queue, *where: ColumnElement[bool] | QueryableAttribute[bool]) -> Select[Card]:
    """The learner's studyable cards in the queue's scope."""
    return (
        select(Card)
        .join(Question, Question.id == Card.question_id)
        .where(
            Card.user_id == queue.user_id,
            queue.due_scope,
            decks.live(),
            held.studyable(queue.user_id),
            *where,
        )
    )


def learning(until: datetime) -> ColumnElement[bool]:
    """Cards in (re)learning due by `until`."""
    return and_(Card.phase.in_(sched.LEARNING), Card.due <= until)


def reviews(queue: Queue) -> ColumnElement[bool]:
    """Review cards due today (while the review limit lasts), and new cards a quiz mistake queued."""
    mistakes = and_(Card.phase == sched.NEW, Card.from_quiz)
    if queue.reviews_left <= 0:
        return mistakes
    return or_(and_(Card.phase == "review", Card.due < queue.end), mistakes)


def new_questions(queue: Queue) -> Select[Question]:
    """Questions in scope the learner has not studied yet, in the article's order."""
    mine = and_(Card.question_id == Question.id, Card.user_id == queue.user_id)
    fresh = or_(Card.id.is_(None), and_(Card.phase == sched.NEW, Card.from_quiz.is_(False)))
    return (
        select(Question)
        .outerjoin(Card, mine)
        .where(queue.new_scope, decks.live(), held.studyable(queue.user_id), fresh)
        .order_by(Question.document_id, Question.source_start, Question.id)
    )


def _count(query: Select[Card] | Select[Question]) -> int:
    return db.session.scalar(select(func.count()).select_from(query.subquery())) or 0


def counts(queue: Queue) -> Counts:
    """What is left today in the queue, limits applied."""
    in_learning = _count(cards(queue, learning(queue.end)))
    due = _count(cards(queue, Card.phase == "review", Card.due < queue.end))
    mistakes = _count(cards(queue, Card.phase == sched.NEW, Card.from_quiz))
    new = _count(new_questions(queue))
    return Counts(min(new, queue.new_left), in_learning, min(due, queue.reviews_left) + mistakes)


def next_card(queue: Queue) -> Card | None:
    """The card to study now, in the session order above; a new card is created when shown."""
    order = (Card.due, Card.id)
    for where in (learning(queue.now), reviews(queue)):
        card = db.session.scalars(cards(queue, where).order_by(*order).limit(1)).first()
        if card is not None:
            return card
    if queue.new_left > 0:
        question = db.session.scalars(new_questions(queue).limit(1)).first()
        if question is not None:
            return card_for(queue.user_id, question.id, queue.now)
    ahead = learning(queue.now + sched.LEARN_AHEAD)
    return db.session.scalars(cards(queue, ahead).order_by(*order).limit(1)).first()


def next_learning(queue: Queue) -> datetime | None:
    """When the next learning card of today comes back (naive UTC), if any."""
    query = cards(queue, learning(queue.end)).with_only_columns(func.min(Card.due))
    return db.session.scalar(query)


def card_for(user_id: int, question_id: int, now: datetime) -> Card:
    """The learner's card for the question, created (due now) if there is none. No commit."""
    query = select(Card).where(Card.user_id == user_id, Card.question_id == question_id)
    card = db.session.scalar(query)
    if card is not None:
        return card
    write_lock(db)  # shown on a GET: the insert waits for the write lock
    card = db.session.scalar(query)  # read again in the write transaction
    if card is not None:
        return card
    card = Card(user_id=user_id, question_id=question_id, due=now, created_at=now)
    try:
        with db.session.begin_nested():
            db.session.add(card)
            db.session.flush()
            card.state = sched.new_state(card.id, now)
    except IntegrityError:  # created in another tab at the same moment
        card = db.session.scalars(query).one()
    return card
