"""Accounts through the Flask client: register, log in, log out, safe redirects, CLI, CSRF."""

from __future__ import annotations

import pytest

from config import TestingConfig

PASSWORD = "correct horse battery"


def register(client, email="ann@example.com", password=PASSWORD, confirm=None):  # type: ignore[no-untyped-def]
    data = {"email": email, "password": password, "confirm": confirm or password, "name": "Ann"}
    return client.post("/register", data=data)


def test_register_logs_in_and_hashes_the_password(client, db) -> None:
    from app.services.accounts.users import find_user

    r = register(client)
    assert r.status_code == 302 and r.headers["Location"].endswith("/quizzes")
    user = find_user("ANN@example.com")
    assert user is not None and user.role == "learner"
    assert user.password_hash.startswith("$argon2id$") and PASSWORD not in user.password_hash
    assert "m=19456,t=2,p=1" in user.password_hash
    assert client.get("/quizzes").status_code == 200


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"password": "short"}, "Field must be between 10"),
        ({"confirm": "something else entirely"}, "The passwords differ."),
        ({"email": "not-an-email"}, "This e-mail address is not valid"),
    ],
)
def test_register_rejects_bad_input(client, db, kwargs, message) -> None:  # type: ignore[no-untyped-def]
    r = register(client, **kwargs)
    assert r.status_code == 422
    assert message in r.get_data(as_text=True)


def test_register_twice_is_refused(client, make) -> None:  # type: ignore[no-untyped-def]
    make.user("ann@example.com")
    r = register(client)
    assert r.status_code == 422
    assert "already exists" in r.get_data(as_text=True)


def test_login_and_logout(client, make, auth) -> None:  # type: ignore[no-untyped-def]
    make.user("ann@example.com")
    assert auth.login("ann@example.com", "wrong password!").status_code == 422
    r = auth.login("ann@example.com")
    assert r.status_code == 302
    assert client.get("/quizzes").status_code == 200
    assert auth.logout().status_code == 302
    assert client.get("/quizzes").status_code == 302  # back to the login page


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        ("/history", "/history"),
        ("https://evil.example/", "/quizzes"),
        ("//evil.example/", "/quizzes"),
        ("/\\evil.example", "/quizzes"),
    ],
)
def test_next_only_redirects_within_the_site(client, make, target, expected) -> None:  # type: ignore[no-untyped-def]
    make.user("ann@example.com")
    r = client.post(
        f"/login?next={target}", data={"email": "ann@example.com", "password": PASSWORD}
    )
    assert r.headers["Location"] == expected


def test_users_create_reads_the_password_from_stdin(runner) -> None:  # type: ignore[no-untyped-def]
    from app.services.accounts.users import authenticate

    r = runner.invoke(
        args=["users", "create", "T@example.com", "--role", "teacher"], input=PASSWORD + "\n"
    )
    assert r.exit_code == 0, r.output
    user = authenticate("t@example.com", PASSWORD)
    assert user is not None and user.role == "teacher"
    again = runner.invoke(args=["users", "create", "t@example.com"], input=PASSWORD + "\n")
    assert again.exit_code != 0 and "already exists" in again.output


def test_csrf_is_enforced_on_forms(app, db) -> None:  # type: ignore[no-untyped-def]
    app.config["WTF_CSRF_ENABLED"] = True
    try:
        client = app.test_client()
        r = client.post("/login", data={"email": "a@example.com", "password": PASSWORD})
        assert r.status_code == 400
        page = client.get("/login").get_data(as_text=True)
        assert 'name="csrf_token"' in page
    finally:
        app.config["WTF_CSRF_ENABLED"] = TestingConfig.WTF_CSRF_ENABLED
