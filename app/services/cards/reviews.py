"""Flashcards: the study queue, ratings scheduled by FSRS, undo, settings and quiz mistakes.

A card exists per learner and question once it has been shown, or once a quiz answer to the
question was wrong. Its `fsrs.Card` is JSON in `Card.state`; `due` and `phase` mirror it for
SQL. "Today" is the learner's local day; the daily limits count the ratings given in it.
Every function takes `now` (naive UTC) so that tests can freeze the clock.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from fsrs import Rating
from sqlalchemy import CursorResult, delete, select, update
from sqlalchemy.exc import IntegrityError

from ...extensions import db
from ...models import Card, Option, Question, ReviewLog, StudySettings, User
from ...models.base import utcnow
from ...models.cards import MODES
from ...timezones import viewer_zone
from ..errors import NotFound, ServiceError
from ..ownership import owned
from . import decks, held
from . import queue as card_queue
from . import schedule as sched
from .decks import Deck
from .queue import Counts

DEFAULTS = {"time_zone": "UTC", "new_per_day": 20, "reviews_per_day": 200, "mode": "recall"}
MAX_NEW, MAX_REVIEWS = 1000, 10000


@dataclass(frozen=True)
class Study:
    """What the study screen shows: the next card (or none), what is left, what can be undone."""

    deck: Deck | None
    counts: Counts
    card: Card | None
    options: list[Option]
    previews: list[sched.Preview]
    next_due: datetime | None  # local time the next learning card comes back, when none is due
    undo_id: int | None
    settings: StudySettings


@dataclass(frozen=True)
class DeckSummary:
    """A deck on the flashcards page, with what is left today when the learner studies it."""

    deck: Deck
    added: bool
    counts: Counts | None


@dataclass(frozen=True)
class Rated:
    """A rating as the learner gave it: the card, the number of reviews it had when shown (a
    second rating of that state changes nothing), the rating (1 Again to 4 Easy), how long the
    answer took and, in multiple-choice mode, the option picked."""

    card_id: int
    reps: int
    rating: int
    duration_ms: int | None = None
    choice: int | None = None


def settings_for(user: User) -> StudySettings:
    """The learner's settings, or the defaults (not stored until changed), in the browser's
    time zone until the learner chooses one."""
    found = db.session.get(StudySettings, user.id)
    return found or StudySettings(user_id=user.id, **(DEFAULTS | {"time_zone": viewer_zone()}))


def update_settings(
    user: User, *, time_zone: str, new_per_day: int, reviews_per_day: int, mode: str
) -> StudySettings:
    """Save the learner's time zone, daily limits and study mode."""
    if not sched.valid_zone(time_zone):
        raise ServiceError("Choose a time zone from the list.")
    if mode not in MODES:
        raise ServiceError("Choose recall or multiple choice.")
    if not (0 <= new_per_day <= MAX_NEW and 0 <= reviews_per_day <= MAX_REVIEWS):
        raise ServiceError(f"Limits go from 0 to {MAX_NEW} new and {MAX_REVIEWS} reviews a day.")
    values = dict(
        time_zone=time_zone, new_per_day=new_per_day, reviews_per_day=reviews_per_day, mode=mode
    )
    found = db.session.get(StudySettings, user.id)
    if found is None:
        found = StudySettings(user_id=user.id, **values)
        db.session.add(found)
    else:
        for name, value in values.items():
            setattr(found, name, value)
    try:
        db.session.commit()
    except IntegrityError:  # saved from another tab at the same moment: this one wins
        db.session.rollback()
        db.session.execute(
            update(StudySettings).where(StudySettings.user_id == user.id).values(**values)
        )
        db.session.commit()
    return settings_for(user)


def overview(user: User, now: datetime | None = None) -> tuple[Counts, list[DeckSummary]]:
    """Cards left today over all added decks, and every visible deck with its own counts."""
    now = now or utcnow()
    settings = settings_for(user)
    keys = decks.added_keys(user)

    def left(deck: Deck | None) -> Counts:
        return card_queue.counts(card_queue.build(user, deck, settings, now))

    summaries = [
        DeckSummary(d, d.key in keys, left(d) if d.key in keys else None)
        for d in decks.available(user)
    ]
    return left(None), summaries


def study(
    user: User, deck: Deck | None, now: datetime | None = None, card_id: int | None = None
) -> Study:
    """The next card of the deck (of every added deck and quiz mistake when None), or a pinned one."""
    now = now or utcnow()
    settings = settings_for(user)
    queue = card_queue.build(user, deck, settings, now)
    card = _pinned(user, card_id) if card_id is not None else None
    card = card or card_queue.next_card(queue)
    if card is not None:
        db.session.commit()  # a card shown for the first time is now in the learner's collection
    soon = card_queue.next_learning(queue) if card is None else None
    last = _last_log(user.id)
    return Study(
        deck=deck,
        counts=card_queue.counts(queue),
        card=card,
        options=_options(card),
        previews=sched.previews(sched.load(card.state, card.id, now), now) if card else [],
        next_due=sched.local_time(settings.time_zone, soon) if soon else None,
        undo_id=last.id if last else None,
        settings=settings,
    )


def rate(user: User, given: Rated, now: datetime | None = None) -> bool:
    """Apply a rating given when the card had `given.reps` reviews; False when that was already
    done. In multiple-choice mode `given.choice` is the option picked: a wrong one is rated
    Again whatever button was pressed (the learner did not know it).

    Two ratings of the same card state (two tabs, a double click) race on one conditional
    UPDATE; only one of them applies, the other changes nothing.
    """
    reps, rating = given.reps, given.rating
    if rating not in range(1, 5):
        raise ServiceError("Rate the card Again, Hard, Good or Easy.")
    now = now or utcnow()
    card = owned(Card, given.card_id, user, lambda c: c.user_id, "card")
    if (
        card.reps != reps
        or not _studyable(card.question)
        or held.is_held(user.id, card.question_id)
    ):
        return False
    if given.choice is not None and wrong_choice(card.question, given.choice):
        rating = int(Rating.Again)
    before = {"state_before": card.state, "phase": card.phase, "due_before": card.due}
    after, _ = sched.review(sched.load(card.state, card.id, now), rating, now, given.duration_ms)
    # Session.execute types its result as a Result; an UPDATE's is the CursorResult that counts rows.
    applied = cast(
        CursorResult[Any],
        db.session.execute(
            update(Card)
            .where(Card.id == card.id, Card.reps == reps)
            .values(
                state=sched.dump(after),
                due=sched.naive(after.due),
                reps=reps + 1,
                phase=sched.phase_of(after),
            )
        ),
    )
    if applied.rowcount != 1:
        db.session.rollback()
        return False
    log = ReviewLog(
        card_id=card.id,
        rating=Rating(rating).name,
        reviewed_at=now,
        seq=reps + 1,
        duration_ms=given.duration_ms,
        **before,
    )
    db.session.add(log)
    try:
        db.session.commit()
    except IntegrityError:  # the same rating was stored meanwhile
        db.session.rollback()
        return False
    return True


def wrong_choice(question: Question, option_id: int) -> bool:
    """The option is one of the question's wrong ones (an unknown id is no verdict)."""
    return any(o.id == option_id and not o.correct for o in question.options)


def undo(user: User, log_id: int) -> Card | None:
    """Take back the learner's last rating (named, so a double press undoes one); the card or None."""
    log = db.session.get(ReviewLog, log_id)
    if log is None:  # undone already (a double press)
        return None
    if log.card.user_id != user.id:
        raise NotFound("There is no such rating.")
    last = _last_log(user.id)
    if last is None or last.id != log.id:
        return None
    card = log.card
    restored = cast(
        CursorResult[Any],
        db.session.execute(
            update(Card)
            .where(Card.id == card.id, Card.reps == log.seq)
            .values(
                state=log.state_before,
                due=log.due_before or card.created_at,
                reps=log.seq - 1,
                phase=log.phase,
            )
        ),
    )
    if restored.rowcount != 1:
        db.session.rollback()
        return None
    db.session.execute(delete(ReviewLog).where(ReviewLog.id == log.id))
    db.session.commit()
    return card


def _pinned(user: User, card_id: int) -> Card | None:
    """A card the learner asked for by id (after an undo, a reveal without JS)."""
    card = owned(Card, card_id, user, lambda c: c.user_id, "card")
    if not _studyable(card.question) or held.is_held(user.id, card.question_id):
        return None
    return card


def _studyable(question: Question) -> bool:
    return question.replaced_by_id is None and question.status != "retired"


def _options(card: Card | None) -> list[Option]:
    """The card's options for multiple-choice mode: dates and figures in order, others shuffled."""
    if card is None:
        return []
    options = list(card.question.options)
    if not card.question.ordered:
        random.Random(card.id * 7919 + card.reps).shuffle(options)  # nosec B311 - option order
    return options


def _last_log(user_id: int) -> ReviewLog | None:
    query = (
        select(ReviewLog).join(Card, Card.id == ReviewLog.card_id).where(Card.user_id == user_id)
    )
    return db.session.scalars(query.order_by(ReviewLog.id.desc()).limit(1)).first()
