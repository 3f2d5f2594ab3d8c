"""Security hardening: headers, rate limits shared through the database, sessions that really
end, production settings, and errors that never show a stack trace or SQL."""

from __future__ import annotations

import pytest
from sqlalchemy.exc import OperationalError


def test_security_headers_and_a_csp_without_inline_script(client, make, auth) -> None:  # type: ignore[no-untyped-def]
    response = client.get("/login")
    csp = response.headers["Content-Security-Policy"]
    assert (
        "script-src 'self'" in csp
        and "unsafe-inline" not in csp
        and "frame-ancestors 'none'" in csp
    )
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["Referrer-Policy"] == "same-origin"
    make.user()
    auth.login("learner@example.com")
    assert client.get("/quizzes").headers["Cache-Control"] == "no-store"


def test_successful_logins_are_not_counted(client, make, auth) -> None:  # type: ignore[no-untyped-def]
    make.user()
    for _ in range(15):
        assert auth.login("learner@example.com").status_code == 302
        auth.logout()


def test_logout_ends_every_copy_of_the_session(app, client, make, auth) -> None:  # type: ignore[no-untyped-def]
    make.user()
    auth.login("learner@example.com")
    stolen = client.get_cookie("session")
    assert stolen is not None and client.get("/quizzes").status_code == 200
    auth.logout()
    replay = app.test_client()
    replay.set_cookie("session", stolen.value)
    response = replay.get("/quizzes")
    assert response.status_code == 302 and "/login" in response.location


def test_login_starts_a_fresh_session(client, make, auth) -> None:  # type: ignore[no-untyped-def]
    make.user()
    with client.session_transaction() as s:
        s["planted"] = "by an attacker"
    auth.login("learner@example.com")
    with client.session_transaction() as s:
        assert "planted" not in s


def test_production_refuses_to_start_without_its_settings(monkeypatch) -> None:
    from app import create_app
    from config import ProductionConfig

    monkeypatch.delenv("SECRET_KEY", raising=False)
    with pytest.raises(RuntimeError, match="SECRET_KEY"):
        create_app(ProductionConfig)
    monkeypatch.setenv("SECRET_KEY", "x" * 40)
    monkeypatch.delenv("DATABASE_URL", raising=False)
    with pytest.raises(RuntimeError, match="DATABASE_URL"):
        create_app(ProductionConfig)


def test_production_cookies_and_hsts(app, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from app import create_app
    from config import ProductionConfig

    monkeypatch.setenv("SECRET_KEY", "x" * 40)
    monkeypatch.setenv("DATABASE_URL", app.config["SQLALCHEMY_DATABASE_URI"])

    class Prod(ProductionConfig):
        SQLALCHEMY_DATABASE_URI = app.config["SQLALCHEMY_DATABASE_URI"]

    prod = create_app(Prod)
    assert prod.config["SESSION_COOKIE_SECURE"] and prod.config["REMEMBER_COOKIE_SECURE"]
    assert (
        prod.config["SESSION_COOKIE_HTTPONLY"] and prod.config["SESSION_COOKIE_SAMESITE"] == "Lax"
    )
    response = prod.test_client().get("/login", base_url="https://factdeck.example")
    assert response.headers["Strict-Transport-Security"].startswith("max-age=")


def test_a_database_outage_is_a_503_without_sql(app, client, make, auth, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from app.services.quiz import taking

    make.user()
    auth.login("learner@example.com")

    def down(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise OperationalError("SELECT secret FROM users", {}, Exception("connection refused"))

    monkeypatch.setattr(taking, "visible_quizzes", down)
    response = client.get("/quizzes")
    body = response.get_data(as_text=True)
    assert response.status_code == 503 and response.headers["Retry-After"] == "5"
    assert "SELECT" not in body and "Traceback" not in body and "try again" in body


@pytest.mark.parametrize("path", ["/quizzes", "/teach/bank", "/cards/", "/history"])
def test_an_unreachable_database_is_a_503_even_before_the_user_is_known(
    app, client, make, auth, monkeypatch, path: str
) -> None:  # type: ignore[no-untyped-def]
    """While PostgreSQL restarts every query fails, the logged-in user's own lookup first: the
    503 page and the response headers must need no database."""
    from sqlalchemy.orm import Session

    make.user("teacher@example.com", role="teacher")
    auth.login("teacher@example.com")

    def down(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise OperationalError(
            "SELECT users.id", {}, Exception("the database system is shutting down")
        )

    monkeypatch.setattr(Session, "execute", down)
    response = client.get(path)
    body = response.get_data(as_text=True)
    assert response.status_code == 503 and response.headers["Retry-After"] == "5"
    assert response.headers["Cache-Control"] == "no-store"  # still known as a private page
    assert "try again" in body and "SELECT" not in body and "Log out" not in body
    api = client.get(path, headers={"Accept": "application/json"})
    assert api.status_code == 503 and api.get_json()["error"]["status"] == 503


def test_a_dead_connection_that_fails_its_rollback_still_gets_a_503(
    app, client, make, auth, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """PostgreSQL shutting down kills a connection mid-request; rolling it back fails too."""
    from sqlalchemy.exc import InterfaceError
    from sqlalchemy.orm import Session

    make.user()
    auth.login("learner@example.com")

    def down(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise OperationalError(
            "SELECT 1", {}, Exception("terminating connection due to administrator command")
        )

    def closed(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise InterfaceError("ROLLBACK", {}, Exception("the connection is closed"))

    monkeypatch.setattr(Session, "execute", down)
    monkeypatch.setattr(Session, "rollback", closed)
    response = client.get("/history")
    assert response.status_code == 503 and "try again" in response.get_data(as_text=True)


def test_an_unexpected_error_shows_no_trace(client, make, auth, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from app.services.quiz import taking

    make.user()
    auth.login("learner@example.com")

    def broken(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise ValueError("SELECT password_hash FROM users -- internal detail")

    monkeypatch.setattr(taking, "history", broken)
    response = client.get("/history")
    body = response.get_data(as_text=True)
    assert response.status_code == 500 and "password_hash" not in body and "Traceback" not in body
    api = client.get("/history", headers={"Accept": "application/json"})
    assert api.status_code == 500 and "password_hash" not in api.get_data(as_text=True)
