"""Races: twenty requests released together by a barrier, against an app configured as in
production (on SQLite: write transactions begin IMMEDIATE), on SQLite and PostgreSQL alike."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import timedelta

import pytest
from flask import Flask
from sqlalchemy import func, select

from app.extensions import db as database
from app.models import Attempt, Option, Response
from app.models.base import utcnow

from ..conftest import PASSWORD

RACERS = 20


@pytest.fixture
def racing_app(app: Flask, db: object) -> Flask:
    """A second app on the same database, with production's transaction settings."""
    from app import create_app
    from config import TestingConfig

    class Config(TestingConfig):
        SQLALCHEMY_DATABASE_URI = app.config["SQLALCHEMY_DATABASE_URI"]
        SQLITE_BEGIN_IMMEDIATE = True

    racing = create_app(Config)
    yield racing
    with racing.app_context():
        database.engine.dispose()


def clients(app: Flask, email: str, count: int = RACERS) -> list:  # type: ignore[type-arg]
    """`count` clients sharing one logged-in session (twenty tabs of one learner)."""
    first = app.test_client()
    assert first.post("/login", data={"email": email, "password": PASSWORD}).status_code == 302
    cookie = first.get_cookie("session")
    out = []
    for _ in range(count):
        c = app.test_client()
        c.set_cookie("session", cookie.value)
        out.append(c)
    return out


def race(app: Flask, calls: list[Callable[[], object]]) -> list[object]:
    """Run the calls in threads released at the same moment; return their results."""
    barrier = threading.Barrier(len(calls))
    results: list[object] = [None] * len(calls)

    def run(i: int) -> None:
        barrier.wait()
        with app.app_context():
            results[i] = calls[i]()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(calls))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    return results


def test_twenty_answers_to_one_item_make_one_response(racing_app, make) -> None:  # type: ignore[no-untyped-def]
    learner = make.user()
    quiz = make.quiz(size=3, shuffle=False)
    attempt = make.attempt(learner, quiz)
    slot = make.slots(attempt)[0]
    attempt_id, options = attempt.id, [o.id for o in slot.options]
    database.session.commit()
    tabs = clients(racing_app, learner.email)
    chosen = [options[i % len(options)] for i in range(RACERS)]
    calls = [
        (lambda c=c, o=o: c.post(f"/attempts/{attempt_id}/1", data={"option": o}))
        for c, o in zip(tabs, chosen, strict=True)
    ]
    results = race(racing_app, calls)
    assert [r.status_code for r in results] == [302] * RACERS  # type: ignore[attr-defined]
    database.session.expire_all()
    rows = database.session.scalars(select(Response).where(Response.attempt_id == attempt_id)).all()
    assert len(rows) == 1 and rows[0].option_id in options


def test_twenty_starts_with_one_attempt_allowed_make_one_attempt(racing_app, make) -> None:  # type: ignore[no-untyped-def]
    learner = make.user()
    quiz = make.quiz(size=2, attempts_allowed=1)
    quiz_id = quiz.id
    database.session.commit()
    tabs = clients(racing_app, learner.email)
    results = race(racing_app, [(lambda c=c: c.post(f"/quizzes/{quiz_id}/start")) for c in tabs])
    assert all(r.status_code == 302 for r in results)  # type: ignore[attr-defined]
    database.session.expire_all()
    assert (
        database.session.scalar(select(func.count(Attempt.id)).where(Attempt.quiz_id == quiz_id))
        == 1
    )
    attempt = database.session.scalars(select(Attempt)).one()
    submits = race(
        racing_app, [(lambda c=c: c.post(f"/attempts/{attempt.id}/submit")) for c in tabs]
    )
    assert all(r.status_code == 302 for r in submits)  # type: ignore[attr-defined]
    again = race(racing_app, [(lambda c=c: c.post(f"/quizzes/{quiz_id}/start")) for c in tabs])
    # used up: back to the quiz list, which says so (no attempt is made)
    assert all(r.status_code == 302 and r.location.endswith("/quizzes") for r in again)  # type: ignore[attr-defined]
    database.session.expire_all()
    assert database.session.scalar(select(func.count(Attempt.id))) == 1


def test_answers_after_the_time_limit_are_refused_even_together(racing_app, make) -> None:  # type: ignore[no-untyped-def]
    learner = make.user()
    quiz = make.quiz(size=2, time_limit=60, shuffle=False)
    attempt = make.attempt(learner, quiz)
    option = make.slots(attempt)[0].options[0].id
    attempt.deadline = utcnow() - timedelta(seconds=1)
    attempt_id = attempt.id
    database.session.commit()
    tabs = clients(racing_app, learner.email)
    results = race(
        racing_app,
        [(lambda c=c: c.post(f"/attempts/{attempt_id}/1", data={"option": option})) for c in tabs],
    )
    assert all(r.status_code == 302 and "/result" in r.location for r in results)  # type: ignore[attr-defined]
    database.session.expire_all()
    assert database.session.scalar(select(func.count(Response.id))) == 0
    finished = database.session.get(Attempt, attempt_id)
    assert finished.finished_at == finished.deadline


def save_json(client, attempt_id: int, question_id: int, option_id: int):  # type: ignore[no-untyped-def]
    """The question page's script saving a choice."""
    return client.post(
        f"/attempts/{attempt_id}/answers",
        json={"question": question_id, "option": option_id},
        headers={"Accept": "application/json"},
    )


def test_twenty_json_saves_of_one_item_make_one_response(racing_app, make) -> None:  # type: ignore[no-untyped-def]
    learner = make.user()
    quiz = make.quiz(size=3, shuffle=False)
    attempt = make.attempt(learner, quiz)
    slot = make.slots(attempt)[0]
    attempt_id, question_id, options = attempt.id, slot.question.id, [o.id for o in slot.options]
    database.session.commit()
    tabs = clients(racing_app, learner.email)
    chosen = [options[i % len(options)] for i in range(RACERS)]
    calls = [
        (lambda c=c, o=o: save_json(c, attempt_id, question_id, o))
        for c, o in zip(tabs, chosen, strict=True)
    ]
    results = race(racing_app, calls)
    assert [r.status_code for r in results] == [200] * RACERS  # type: ignore[attr-defined]
    acknowledged = {r.get_json()["option"] for r in results}  # type: ignore[attr-defined]
    assert acknowledged == set(options)
    database.session.expire_all()
    rows = database.session.scalars(select(Response).where(Response.attempt_id == attempt_id)).all()
    assert len(rows) == 1 and rows[0].option_id in options and rows[0].question_id == question_id
    correct = database.session.get(Option, rows[0].option_id).correct
    assert rows[0].correct == correct


def test_json_saves_racing_submits_are_either_counted_or_refused(racing_app, make) -> None:  # type: ignore[no-untyped-def]
    """Twenty right answers (one per item) and twenty submits released together, three times:
    an answer acknowledged with 200 is stored and counted in the score; one refused with 409 is
    not stored. Never a 200 for an answer the score leaves out."""
    learner = make.user()
    quiz = make.quiz(size=RACERS, shuffle=False)
    database.session.commit()
    tabs = clients(racing_app, learner.email, 2 * RACERS)
    outcomes: set[int] = set()
    for _ in range(3):
        attempt = make.attempt(learner, quiz)
        attempt_id = attempt.id
        answers = [
            (s.question.id, next(o.id for o in s.options if o.correct)) for s in make.slots(attempt)
        ]
        database.session.commit()
        saves = [
            (lambda c=c, a=attempt_id, q=q, o=o: save_json(c, a, q, o))
            for c, (q, o) in zip(tabs[:RACERS], answers, strict=True)
        ]
        submits = [
            (lambda c=c, a=attempt_id: c.post(f"/attempts/{a}/submit")) for c in tabs[RACERS:]
        ]
        calls = [call for pair in zip(saves, submits, strict=True) for call in pair]
        results = race(racing_app, calls)
        saved, submitted = results[0::2], results[1::2]
        assert all(r.status_code == 302 for r in submitted)  # type: ignore[attr-defined]
        assert {r.status_code for r in saved} <= {200, 409}  # type: ignore[attr-defined]
        outcomes |= {r.status_code for r in saved}  # type: ignore[attr-defined]
        acknowledged = {q for (q, _), r in zip(answers, saved, strict=True) if r.status_code == 200}  # type: ignore[attr-defined]
        database.session.expire_all()
        finished = database.session.get(Attempt, attempt_id)
        rows = database.session.scalars(
            select(Response).where(Response.attempt_id == attempt_id)
        ).all()
        assert finished.finished_at is not None and finished.total == RACERS
        assert {r.question_id for r in rows} == acknowledged  # no 200 lost, no 409 stored
        assert all(r.correct for r in rows)
        assert finished.correct == len(rows) == len(acknowledged)
    assert 409 in outcomes  # the submits did close attempts under the saves
