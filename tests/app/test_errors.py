"""Error pages: HTML in the site's layout for browsers, JSON for JSON clients, never a trace."""

from __future__ import annotations

import pytest


@pytest.fixture
def boom_client(app, db):  # type: ignore[no-untyped-def]
    """A second app on the same database with a view that fails."""
    from app import create_app
    from config import TestingConfig

    class Config(TestingConfig):
        SQLALCHEMY_DATABASE_URI = app.config["SQLALCHEMY_DATABASE_URI"]
        PROPAGATE_EXCEPTIONS = False

    broken = create_app(Config)
    broken.add_url_rule("/boom", "boom", lambda: 1 / 0)
    return broken.test_client()


@pytest.mark.parametrize(
    ("method", "path", "status"),
    [("get", "/no/such/page", 404), ("delete", "/login", 405), ("get", "/attempts/999999/1", 302)],
)
def test_html_errors(client, method, path, status) -> None:  # type: ignore[no-untyped-def]
    r = getattr(client, method)(path)
    assert r.status_code == status
    if status == 302:  # somebody signed out is sent to log in, not shown an error
        assert r.location.startswith("/login?next=")
    else:
        body = r.get_data(as_text=True)
        assert '<header class="site">' in body and f"{status} —" in body


def test_json_errors_for_json_clients(client) -> None:  # type: ignore[no-untyped-def]
    r = client.get("/no/such/page", headers={"Accept": "application/json"})
    assert r.status_code == 404
    assert r.get_json() == {"error": {"status": 404, "message": "This page does not exist."}}


def test_500_shows_no_trace(boom_client) -> None:  # type: ignore[no-untyped-def]
    client, boom = boom_client, "/boom"
    r = client.get(boom)
    body = r.get_data(as_text=True)
    assert r.status_code == 500
    assert "ZeroDivisionError" not in body and "Traceback" not in body
    assert "Something went wrong" in body
    j = client.get(boom, headers={"Accept": "application/json"})
    assert j.status_code == 500 and j.get_json()["error"]["status"] == 500


def test_413_for_a_too_large_request(app, client) -> None:  # type: ignore[no-untyped-def]
    big = "x" * (app.config["MAX_CONTENT_LENGTH"] + 10)
    r = client.post("/login", data={"email": big, "password": "p"})
    assert r.status_code == 413
    assert "too large" in r.get_data(as_text=True)


def test_400_for_a_bad_form_post(client, make, auth) -> None:  # type: ignore[no-untyped-def]
    make.user("ann@example.com")
    auth.login("ann@example.com")
    bad = client.post("/cards/review", data={"card": "not-a-number", "reps": "0", "rating": "3"})
    assert bad.status_code == 400
    body = bad.get_data(as_text=True)
    assert '<header class="site">' in body and "400 —" in body


def test_an_option_that_is_not_a_number_is_no_answer(client, make, auth, db) -> None:  # type: ignore[no-untyped-def]
    """Not an error: the question page goes on as if nothing had been chosen."""
    from sqlalchemy import func, select

    from app.models import Response

    make.user("ann@example.com")
    auth.login("ann@example.com")
    quiz = make.quiz(2)
    r = client.post(f"/quizzes/{quiz.id}/start")
    aid = r.headers["Location"].split("/")[2]
    bad = client.post(f"/attempts/{aid}/1", data={"option": "not-a-number", "go": "next"})
    assert bad.status_code == 302 and bad.location == f"/attempts/{aid}/2"
    assert db.session.scalar(select(func.count(Response.id))) == 0


def test_403_page(client, make, auth) -> None:  # type: ignore[no-untyped-def]
    make.user("ann@example.com")
    auth.login("ann@example.com")
    r = client.get("/teach/bank")  # a learner on a teacher's page
    assert r.status_code == 403 and "403 —" in r.get_data(as_text=True)


def test_healthz(client) -> None:  # type: ignore[no-untyped-def]
    r = client.get("/healthz")
    assert r.status_code == 200
    assert r.get_json() == {"status": "ok", "app": "ok", "database": "ok"}


@pytest.mark.parametrize(
    ("method", "path", "status"),
    [("get", "/no/such/page", 404), ("delete", "/login", 405), ("post", "/logout", 400)],
)
def test_error_pages_need_no_database(
    app, client, make, auth, monkeypatch, method, path, status
) -> None:  # type: ignore[no-untyped-def]
    """With the database down, a signed-in teacher's 404, 405 and CSRF 400 are still pages in
    the site's layout: the menu comes from the session, not from loading the user."""
    from sqlalchemy.exc import OperationalError
    from sqlalchemy.orm import Session

    from config import TestingConfig

    make.user("teacher@example.com", role="teacher")
    auth.login("teacher@example.com")

    def down(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise OperationalError("SELECT users.id", {}, Exception("connection refused"))

    monkeypatch.setattr(Session, "execute", down)
    monkeypatch.setattr(Session, "get", down)
    app.config["WTF_CSRF_ENABLED"] = True
    try:
        r = getattr(client, method)(path)
    finally:
        app.config["WTF_CSRF_ENABLED"] = TestingConfig.WTF_CSRF_ENABLED
    body = r.get_data(as_text=True)
    assert r.status_code == status and f"{status} —" in body
    assert "Log out" in body and 'href="/teach"' in body  # still known as a signed-in teacher


def test_deeply_nested_json_is_a_400_not_a_500(client, make, auth) -> None:  # type: ignore[no-untyped-def]
    from .test_quiz import login_learner, start

    quiz = make.quiz(2)
    login_learner(make, auth)
    aid = start(client, quiz)
    deep = "[" * 100_000 + "]" * 100_000
    r = client.post(f"/attempts/{aid}/answers", data=deep, content_type="application/json")
    assert r.status_code == 400 and r.get_json()["error"]["status"] == 400


def test_a_connection_killed_after_the_last_query_does_not_undo_the_response(
    client, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """PostgreSQL restarting kills the connection between the request's last query and the
    teardown that closes its session: the answer already made stands (no 500)."""
    from sqlalchemy.exc import OperationalError
    from sqlalchemy.orm import Session

    real, calls = Session.close, []

    def dies_once(self) -> None:  # type: ignore[no-untyped-def]
        calls.append(1)
        if len(calls) == 1:
            raise OperationalError("ROLLBACK", {}, Exception("terminating connection"))
        real(self)

    monkeypatch.setattr(Session, "close", dies_once)
    r = client.get("/healthz")
    assert r.status_code == 200 and calls
