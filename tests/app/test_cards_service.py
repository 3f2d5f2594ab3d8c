"""Flashcard services without HTTP, on a frozen clock (`now=`), checked against `fsrs` itself."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import fsrs
import pytest
from sqlalchemy import select

from app.services.cards import decks, reviews, schedule
from app.services.errors import NotFound

T0 = datetime(2026, 11, 25, 9, 0)  # naive UTC, as stored
AGAIN, HARD, GOOD, EASY = 1, 2, 3, 4


def learner(make, deck_size: int = 6, email: str = "ann@example.com", **settings):  # type: ignore[no-untyped-def]
    """A learner who added a quiz deck of `deck_size` demo questions."""
    quiz = make.quiz(deck_size, cards_after_attempt=False)
    user = make.user(email)
    deck = decks.get(user, f"quiz-{quiz.id}")
    decks.add(user, deck)
    if settings:
        values = {**reviews.DEFAULTS, **settings}
        reviews.update_settings(user, **values)
    return user, deck


def logs(db, card_id: int) -> list:  # type: ignore[no-untyped-def]
    from app.models import ReviewLog

    query = select(ReviewLog).where(ReviewLog.card_id == card_id).order_by(ReviewLog.id)
    return list(db.session.scalars(query))


def utc(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC)


def test_state_after_a_sequence_of_ratings_equals_fsrs(make, db) -> None:  # type: ignore[no-untyped-def]
    user, deck = learner(make)
    card = reviews.study(user, deck, now=T0).card
    assert card is not None and card.reps == 0 and card.phase == "new"
    sequence = [
        (T0, AGAIN),
        (T0 + timedelta(minutes=1), GOOD),
        (T0 + timedelta(minutes=12), GOOD),
        (T0 + timedelta(days=3), HARD),
        (T0 + timedelta(days=9), GOOD),
        (T0 + timedelta(days=30), AGAIN),
        (T0 + timedelta(days=30, minutes=10), GOOD),
        (T0 + timedelta(days=45), EASY),
    ]
    scheduler = fsrs.Scheduler(enable_fuzzing=False)
    expected = fsrs.Card(card_id=card.id, due=utc(T0))
    for n, (when, rating) in enumerate(sequence):
        assert reviews.rate(user, reviews.Rated(card.id, n, rating), now=when)
        expected, _ = scheduler.review_card(expected, fsrs.Rating(rating), utc(when))
    db.session.expire_all()
    card = db.session.get(type(card), card.id)
    assert json.loads(card.state) == expected.to_dict()
    assert card.due == expected.due.replace(tzinfo=None)
    assert card.reps == len(sequence) and card.phase == expected.state.name.lower()
    stored = logs(db, card.id)
    assert [log.rating for log in stored] == [fsrs.Rating(r).name for _, r in sequence]
    assert [log.reviewed_at for log in stored] == [w for w, _ in sequence]
    assert [log.seq for log in stored] == list(range(1, len(sequence) + 1))


def test_previews_show_the_interval_each_rating_gives(make, db) -> None:  # type: ignore[no-untyped-def]
    user, deck = learner(make)
    study = reviews.study(user, deck, now=T0)
    assert [p.label for p in study.previews] == ["Again", "Hard", "Good", "Easy"]
    assert [p.interval for p in study.previews][:3] == ["1 min", "6 min", "10 min"]
    reviews.rate(user, reviews.Rated(study.card.id, 0, EASY), now=T0)
    db.session.expire_all()
    gap = study.card.due - T0
    assert study.previews[3].interval == schedule.humanize(gap) == f"{gap.days} d"


def test_a_card_rated_twice_at_once_is_reviewed_once(make, db) -> None:  # type: ignore[no-untyped-def]
    user, deck = learner(make)
    card = reviews.study(user, deck, now=T0).card
    assert reviews.rate(user, reviews.Rated(card.id, 0, GOOD), now=T0) is True
    assert reviews.rate(user, reviews.Rated(card.id, 0, GOOD), now=T0) is False  # the double click
    assert reviews.rate(user, reviews.Rated(card.id, 0, AGAIN), now=T0) is False  # the other tab
    db.session.expire_all()
    assert card.reps == 1 and len(logs(db, card.id)) == 1


def test_two_ratings_racing_in_two_sessions_apply_once(app, make, db) -> None:  # type: ignore[no-untyped-def]
    """Two tabs: two requests, two sessions, the same card state, at the same moment."""
    import threading

    from app.models import User

    user, deck = learner(make)
    card_id, user_id = reviews.study(user, deck, now=T0).card.id, user.id
    barrier, results = threading.Barrier(2), []

    def tab(rating: int) -> None:
        with app.app_context():
            me = db.session.get(User, user_id)
            barrier.wait()
            results.append(reviews.rate(me, reviews.Rated(card_id, 0, rating), now=T0))
            db.session.remove()

    threads = [threading.Thread(target=tab, args=(r,)) for r in (GOOD, AGAIN)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert sorted(results) == [False, True]
    assert len(logs(db, card_id)) == 1


def test_another_learner_cannot_rate_or_undo_my_card(make, db) -> None:  # type: ignore[no-untyped-def]
    user, deck = learner(make)
    card = reviews.study(user, deck, now=T0).card
    reviews.rate(user, reviews.Rated(card.id, 0, GOOD), now=T0)
    bob, _ = learner(make, email="bob@example.com")
    with pytest.raises(NotFound):
        reviews.rate(bob, reviews.Rated(card.id, 1, GOOD), now=T0)
    with pytest.raises(NotFound):
        reviews.undo(bob, logs(db, card.id)[0].id)
    with pytest.raises(NotFound):
        reviews.study(bob, None, now=T0, card_id=card.id)


def test_undo_restores_the_card_and_a_second_undo_does_nothing(make, db) -> None:  # type: ignore[no-untyped-def]
    user, deck = learner(make)
    card = reviews.study(user, deck, now=T0).card
    reviews.rate(user, reviews.Rated(card.id, 0, GOOD), now=T0)
    before = (card.state, card.due)
    db.session.expire_all()
    reviews.rate(user, reviews.Rated(card.id, 1, GOOD), now=T0 + timedelta(minutes=10))
    log = logs(db, card.id)[-1]
    assert reviews.undo(user, log.id).id == card.id
    assert reviews.undo(user, log.id) is None
    db.session.expire_all()
    assert (card.state, card.due, card.reps, card.phase) == (*before, 1, "learning")
    assert len(logs(db, card.id)) == 1
    assert reviews.study(user, deck, now=T0 + timedelta(minutes=10)).card.id == card.id


def test_undo_only_takes_back_the_last_rating(make, db) -> None:  # type: ignore[no-untyped-def]
    user, deck = learner(make)
    first = reviews.study(user, deck, now=T0).card
    reviews.rate(user, reviews.Rated(first.id, 0, EASY), now=T0)
    second = reviews.study(user, deck, now=T0).card
    reviews.rate(user, reviews.Rated(second.id, 0, EASY), now=T0)
    assert reviews.undo(user, logs(db, first.id)[0].id) is None
    db.session.expire_all()
    assert first.reps == 1


def test_new_cards_per_day(make, db) -> None:  # type: ignore[no-untyped-def]
    user, deck = learner(make, 6, new_per_day=2)
    study = reviews.study(user, deck, now=T0)
    assert (study.counts.new, study.counts.total) == (2, 2)
    for _ in range(2):
        card = reviews.study(user, deck, now=T0).card
        reviews.rate(user, reviews.Rated(card.id, 0, EASY), now=T0)
    study = reviews.study(user, deck, now=T0 + timedelta(hours=1))
    assert study.card is None and study.counts.total == 0
    tomorrow = reviews.study(user, deck, now=T0 + timedelta(days=1))
    assert tomorrow.counts.new == 2


def test_reviews_per_day(make, db) -> None:  # type: ignore[no-untyped-def]
    user, deck = learner(make, 4, reviews_per_day=2)
    past = T0 - timedelta(days=40)
    for _ in range(3):
        card = reviews.study(user, deck, now=past).card
        reviews.rate(user, reviews.Rated(card.id, 0, GOOD), now=past)
        reviews.rate(
            user, reviews.Rated(card.id, 1, GOOD), now=past + timedelta(minutes=10)
        )  # graduates: review
    reviews.update_settings(user, **{**reviews.DEFAULTS, "reviews_per_day": 2, "new_per_day": 0})
    study = reviews.study(user, deck, now=T0)
    assert (study.counts.review, study.counts.new) == (2, 0) and study.card.phase == "review"
    for _ in range(2):
        card = reviews.study(user, deck, now=T0).card
        reviews.rate(user, reviews.Rated(card.id, card.reps, GOOD), now=T0)
    study = reviews.study(user, deck, now=T0)
    assert study.card is None and study.counts.review == 0


def test_today_ends_at_the_learners_midnight(make, db) -> None:  # type: ignore[no-untyped-def]
    from app.models import Card

    user, deck = learner(make, 1, time_zone="Pacific/Auckland")  # UTC+13 in November
    card = reviews.study(user, deck, now=T0).card
    reviews.rate(user, reviews.Rated(card.id, 0, EASY), now=T0)
    db.session.get(Card, card.id).due = datetime(2026, 11, 30, 11, 30)  # 00:30 on 1 Dec in Auckland
    db.session.commit()
    late = datetime(2026, 11, 30, 10, 30)  # 23:30 on 30 Nov in Auckland, 10:30 in UTC
    assert reviews.study(user, deck, now=late).counts.review == 0
    assert reviews.study(user, deck, now=late + timedelta(minutes=35)).counts.review == 1
    reviews.update_settings(user, **{**reviews.DEFAULTS, "time_zone": "UTC"})
    assert reviews.study(user, deck, now=late).counts.review == 1  # same instant, UTC's day


def test_daily_limits_reset_at_local_midnight(make, db) -> None:  # type: ignore[no-untyped-def]
    user, deck = learner(make, 4, new_per_day=1, time_zone="America/Los_Angeles")  # UTC-8
    evening = datetime(2026, 11, 25, 7, 30)  # 23:30 on 24 Nov in Los Angeles
    card = reviews.study(user, deck, now=evening).card
    reviews.rate(user, reviews.Rated(card.id, 0, EASY), now=evening)
    assert reviews.study(user, deck, now=evening + timedelta(minutes=20)).counts.new == 0
    assert reviews.study(user, deck, now=evening + timedelta(minutes=40)).counts.new == 1  # 00:10
    reviews.update_settings(user, **{**reviews.DEFAULTS, "new_per_day": 1})  # UTC: still the 25th
    assert reviews.study(user, deck, now=evening + timedelta(minutes=40)).counts.new == 0


def test_days_across_daylight_saving_changes() -> None:
    start, end = schedule.day_bounds("Europe/Berlin", datetime(2026, 3, 29, 12))
    assert (start, end - start) == (datetime(2026, 3, 28, 23), timedelta(hours=23))
    start, end = schedule.day_bounds("Europe/Berlin", datetime(2026, 10, 25, 12))
    assert (start, end - start) == (datetime(2026, 10, 24, 22), timedelta(hours=25))
    assert schedule.day_bounds("Nowhere/Atlantis", datetime(2026, 1, 1, 5))[0] == datetime(
        2026, 1, 1
    )
