"""Flashcard decks and the queue's edges: quiz mistakes, retired and edited questions, stats."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from app.services.cards import decks, reviews, schedule, stats
from app.services.errors import NotFound

from .test_cards_service import AGAIN, EASY, GOOD, T0, learner, logs


def test_learning_cards_come_back_at_their_minute(make, db) -> None:  # type: ignore[no-untyped-def]
    user, deck = learner(make, 1)
    card = reviews.study(user, deck, now=T0).card
    reviews.rate(user, reviews.Rated(card.id, 0, GOOD), now=T0)  # next step: 10 minutes
    study = reviews.study(user, deck, now=T0 + timedelta(minutes=5))
    assert study.card.id == card.id  # nothing else left: shown up to 20 minutes early
    assert (study.counts.new, study.counts.learning) == (0, 1)


def test_a_wrong_quiz_answer_queues_the_card(make, db) -> None:  # type: ignore[no-untyped-def]
    from app.models import Card
    from app.services.quiz import answers

    quiz = make.quiz(3, cards_after_attempt=False)
    user = make.user()
    attempt = make.attempt(user, quiz)
    first, second = make.slots(attempt)[:2]
    answers.save(user.id, attempt.id, next(o.id for o in first.options if not o.correct))
    answers.save(user.id, attempt.id, next(o.id for o in second.options if o.correct))
    mine = list(db.session.scalars(select(Card).where(Card.user_id == user.id)))
    assert [(c.question_id, c.from_quiz) for c in mine] == [(first.question.id, True)]
    study = reviews.study(user, None)  # no deck added: the mistake is queued all the same
    assert study.card.id == mine[0].id and study.counts.review == 1


def test_a_wrong_answer_brings_a_scheduled_card_forward(make, db) -> None:  # type: ignore[no-untyped-def]
    from app.services.quiz import answers

    user, deck = learner(make, 3)
    card = reviews.study(user, deck, now=T0).card
    reviews.rate(user, reviews.Rated(card.id, 0, EASY), now=T0)
    db.session.expire_all()
    assert card.due > T0 + timedelta(days=2)
    quiz = make.quiz(3, cards_after_attempt=False)
    attempt = make.attempt(user, quiz)
    slot = next(s for s in make.slots(attempt) if s.question.id == card.question_id)
    answers.save(user.id, attempt.id, next(o.id for o in slot.options if not o.correct))
    db.session.expire_all()
    assert card.due <= datetime.now(UTC).replace(tzinfo=None) and card.reps == 1
    assert json.loads(card.state)["due"] == schedule.aware(card.due).isoformat()


def test_a_retired_question_leaves_the_queue(make, db) -> None:  # type: ignore[no-untyped-def]
    user, deck = learner(make, 1)
    card = reviews.study(user, deck, now=T0).card
    reviews.rate(user, reviews.Rated(card.id, 0, AGAIN), now=T0)
    card.question.status = "retired"
    db.session.commit()
    study = reviews.study(user, deck, now=T0 + timedelta(minutes=2))
    assert study.card is None and study.counts.total == 0
    assert (
        reviews.rate(user, reviews.Rated(card.id, 1, GOOD), now=T0 + timedelta(minutes=2)) is False
    )
    assert stats.stats(user, now=T0).due_today == 0


def test_an_edited_question_keeps_its_card_and_history(make, db) -> None:  # type: ignore[no-untyped-def]
    from app.models import Card, User
    from app.services.bank import curation

    user, deck = learner(make, 1)
    card = reviews.study(user, deck, now=T0).card
    reviews.rate(user, reviews.Rated(card.id, 0, AGAIN), now=T0)
    question = card.question
    teacher = db.session.get(User, question.document.owner_id)
    options = [(o.text, o.correct) for o in question.options]
    new = curation.edit(teacher, question, "Edited: " + question.stem, options)
    db.session.expire_all()
    card = db.session.get(Card, card.id)
    assert card.question_id == new.id and card.reps == 1 and len(logs(db, card.id)) == 1
    study = reviews.study(user, deck, now=T0 + timedelta(minutes=2))
    assert study.card.id == card.id and study.card.question.stem.startswith("Edited: ")
    assert reviews.rate(user, reviews.Rated(card.id, 1, GOOD), now=T0 + timedelta(minutes=2))


def test_decks_are_the_visible_quizzes_and_their_articles(make, db) -> None:  # type: ignore[no-untyped-def]
    from app.models import DeckMembership, Question

    quiz = make.quiz(4, cards_after_attempt=False)
    user = make.user()
    found = decks.available(user)
    assert [d.slug for d in found] == [
        f"quiz-{quiz.id}",
        f"article-{quiz.items[0].question.document_id}",
    ]
    approved = db.session.scalar(
        select(func.count(Question.id)).where(Question.status == "approved")
    )
    assert found[0].size == 4 and found[1].size == approved
    outsider = make.user("out@example.com", enrol=False)
    assert decks.available(outsider) == []
    with pytest.raises(NotFound):
        decks.get(outsider, found[0].slug)
    decks.add(user, found[1])
    decks.add(user, found[1])
    assert db.session.scalar(select(func.count(DeckMembership.id))) == 1
    assert reviews.study(user, None, now=T0).counts.new == 20  # the article deck, new limit applied
    decks.leave(user, found[1])
    assert reviews.study(user, None, now=T0).counts.total == 0


def test_settings_are_validated(make, db) -> None:  # type: ignore[no-untyped-def]
    from app.services.errors import ServiceError

    user = make.user()
    assert reviews.settings_for(user).time_zone == "UTC"
    with pytest.raises(ServiceError):
        reviews.update_settings(user, **{**reviews.DEFAULTS, "time_zone": "Mars/Olympus"})
    with pytest.raises(ServiceError):
        reviews.update_settings(user, **{**reviews.DEFAULTS, "new_per_day": -1})
    reviews.update_settings(
        user, **{**reviews.DEFAULTS, "time_zone": "Asia/Kolkata", "mode": "choice"}
    )
    assert (reviews.settings_for(user).time_zone, reviews.settings_for(user).mode) == (
        "Asia/Kolkata",
        "choice",
    )


def test_stats_count_due_days_reviews_and_retention(make, db) -> None:  # type: ignore[no-untyped-def]
    user, deck = learner(make, 3)
    day0 = T0 - timedelta(days=20)
    ids = []
    for _ in range(3):
        card = reviews.study(user, deck, now=day0).card
        reviews.rate(user, reviews.Rated(card.id, 0, EASY), now=day0)
        ids.append(card.id)
    later = day0 + timedelta(days=15)  # every card is due: two recalled, one forgotten
    for card_id, rating in zip(ids, (GOOD, EASY, AGAIN), strict=True):
        reviews.rate(user, reviews.Rated(card_id, 1, rating), now=later)
    st = stats.stats(user, now=T0)
    by_day = dict(st.reviews_by_day)
    assert by_day[day0.date()] == 3 and by_day[later.date()] == 3 and st.reviews_total == 6
    assert st.due_reviews == 3 and st.retention == pytest.approx(2 / 3)
    assert st.due_today == 1  # the forgotten card, relearning since, is overdue
    assert st.due_today + st.due_next_week == sum(n for _, n in st.due_by_day)
    assert len(st.due_by_day) == 8 and len(st.reviews_chart.bars) == 30 and st.cards == 3
    tallest = max(st.reviews_chart.bars, key=lambda b: b.height)
    assert tallest.value == 3 and tallest.y == pytest.approx(22.0)
