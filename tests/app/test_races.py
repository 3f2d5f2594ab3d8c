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
from app.models import Attempt, Response
from app.models.base import utcnow
from app.services import quizzes

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


def clients(app: Flask, email: str) -> list:  # type: ignore[type-arg]
    """RACERS clients sharing one logged-in session (twenty tabs of one learner)."""
    first = app.test_client()
    assert first.post("/login", data={"email": email, "password": PASSWORD}).status_code == 302
    cookie = first.get_cookie("session")
    out = []
    for _ in range(RACERS):
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
    attempt = quizzes.start_attempt(learner, quiz)
    slot = quizzes.slots(attempt)[0]
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
    assert database.session.scalar(select(func.count(Attempt.id)).where(Attempt.quiz_id == quiz_id)) == 1
    attempt = database.session.scalars(select(Attempt)).one()
    submits = race(racing_app, [(lambda c=c: c.post(f"/attempts/{attempt.id}/submit")) for c in tabs])
    assert all(r.status_code == 302 for r in submits)  # type: ignore[attr-defined]
    again = race(racing_app, [(lambda c=c: c.post(f"/quizzes/{quiz_id}/start")) for c in tabs])
    assert all(r.status_code == 403 for r in again)  # type: ignore[attr-defined]
    database.session.expire_all()
    assert database.session.scalar(select(func.count(Attempt.id))) == 1


def test_answers_after_the_time_limit_are_refused_even_together(racing_app, make) -> None:  # type: ignore[no-untyped-def]
    learner = make.user()
    quiz = make.quiz(size=2, time_limit=60, shuffle=False)
    attempt = quizzes.start_attempt(learner, quiz)
    option = quizzes.slots(attempt)[0].options[0].id
    attempt.deadline = utcnow() - timedelta(seconds=1)
    attempt_id = attempt.id
    database.session.commit()
    tabs = clients(racing_app, learner.email)
    results = race(
        racing_app, [(lambda c=c: c.post(f"/attempts/{attempt_id}/1", data={"option": option})) for c in tabs]
    )
    assert all(r.status_code == 302 and "/result" in r.location for r in results)  # type: ignore[attr-defined]
    database.session.expire_all()
    assert database.session.scalar(select(func.count(Response.id))) == 0
    finished = database.session.get(Attempt, attempt_id)
    assert finished.finished_at == finished.deadline
