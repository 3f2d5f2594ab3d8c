"""No answers before the quiz: a quiz keeps its questions out of flashcards (its deck, its
article's deck, quiz mistakes, a card asked for by id) until the learner has finished an attempt."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.models import Card, Question
from app.services.cards import decks, reviews
from app.services.errors import NotFound
from app.services.quiz import answers, attempt_state

from .test_cards_service import T0


def deck_questions(user, deck) -> set[int]:  # type: ignore[no-untyped-def]
    """The questions a deck offers the learner (its cards and new questions)."""
    from app.services.cards import queue

    q = queue.build(user, deck, reviews.settings_for(user), T0)
    from app.extensions import db

    return set(db.session.scalars(queue.new_questions(q).with_only_columns(Question.id)))


def test_a_quiz_holds_its_questions_back_by_default(make, db) -> None:  # type: ignore[no-untyped-def]
    quiz = make.quiz(4)
    assert quiz.cards_after_attempt is True
    in_quiz = {i.question_id for i in quiz.items}
    user = make.user()
    found = decks.available(user)
    assert [d.kind for d in found] == ["article"]  # no quiz deck before the quiz
    with pytest.raises(NotFound):
        decks.get(user, f"quiz-{quiz.id}")
    article = found[0]
    assert not deck_questions(user, article) & in_quiz  # nor its questions in the article's deck
    assert deck_questions(user, article)  # the article's other questions can be studied

    attempt = make.attempt(user, quiz)
    assert [d.kind for d in decks.available(user)] == ["article"]  # started is not finished
    attempt_state.submit(user.id, attempt.id)
    after = decks.available(user)
    assert [d.slug for d in after] == [f"quiz-{quiz.id}", article.slug]
    assert in_quiz <= deck_questions(user, after[1]) and after[1].size > article.size


def test_a_mistake_during_the_attempt_shows_no_answer_until_it_is_finished(make, db) -> None:  # type: ignore[no-untyped-def]
    quiz = make.quiz(3)
    user = make.user()
    attempt = make.attempt(user, quiz)
    first = make.slots(attempt)[0]
    answers.save(user.id, attempt.id, next(o.id for o in first.options if not o.correct))
    card = db.session.scalars(select(Card).where(Card.user_id == user.id)).one()
    assert card.from_quiz
    study = reviews.study(user, None)
    assert study.card is None and study.counts.total == 0
    assert reviews.study(user, None, card_id=card.id).card is None  # not by its id either
    assert reviews.rate(user, reviews.Rated(card.id, 0, 3)) is False
    attempt_state.submit(user.id, attempt.id)
    assert reviews.study(user, None).card.id == card.id


def test_an_edited_question_stays_held(make, db, client, auth) -> None:  # type: ignore[no-untyped-def]
    """The quiz holds the version it was built with; the article's deck offers the newest one."""
    from app.services.bank import curation

    quiz = make.quiz(2)
    held_question = quiz.items[0].question
    teacher = make.user("teach@example.com", role="teacher")
    held_question.document.owner_id = teacher.id
    db.session.commit()
    options = [(o.text, o.correct) for o in held_question.options]
    new = curation.edit(teacher, held_question, "Edited: " + held_question.stem, options)
    user = make.user()
    article = decks.available(user)[0]
    assert new.id not in deck_questions(user, article)


def test_the_setting_off_opens_the_decks_at_once(make, db) -> None:  # type: ignore[no-untyped-def]
    quiz = make.quiz(4, cards_after_attempt=False)
    user = make.user()
    assert [d.kind for d in decks.available(user)] == ["quiz", "article"]
    assert {i.question_id for i in quiz.items} <= deck_questions(user, decks.available(user)[1])


def test_the_setting_is_on_in_new_quizzes_and_can_be_turned_off(client, make, auth, db) -> None:  # type: ignore[no-untyped-def]
    from app.models import Document, Quiz, User
    from app.services.quiz import builder

    make.demo()
    teacher = db.session.get(User, db.session.scalar(select(Document.owner_id)))
    quiz = builder.create_by_rules(teacher, builder.Settings(title="T"), builder.Rules(count=2))
    assert quiz.cards_after_attempt is True
    # the demo teacher's password is random: sign in through the session
    with client.session_transaction() as session:
        session["_user_id"] = teacher.get_id()
        session["_fresh"] = True
    page = client.get(f"/teach/quizzes/{quiz.id}").get_data(as_text=True)
    assert 'name="cards_after_attempt"' in page
    r = client.post(f"/teach/quizzes/{quiz.id}", data={"title": "T", "feedback": "deferred"})
    assert r.status_code == 302 and r.location == f"/teach/quizzes/{quiz.id}"  # saved, not re-shown
    db.session.expire_all()
    assert db.session.get(Quiz, quiz.id).cards_after_attempt is False
