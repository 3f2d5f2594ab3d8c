"""Log-in and registration limits: counted before the password is checked, slowing guesses down
with growing delays, sized for a school behind one address, never locking a known device out."""

from __future__ import annotations

import threading

import pytest

from app.services.accounts import ratelimit, signin, users
from app.services.accounts.ratelimit import Rule

from ..conftest import PASSWORD
from .test_races import race

WRONG = "not the password at all"


@pytest.fixture
def racing(app, db):  # type: ignore[no-untyped-def]
    """A second app on the same database with production's transaction settings."""
    from app import create_app
    from app.extensions import db as database
    from config import TestingConfig

    class Config(TestingConfig):
        SQLALCHEMY_DATABASE_URI = app.config["SQLALCHEMY_DATABASE_URI"]
        SQLITE_BEGIN_IMMEDIATE = True

    served = create_app(Config)
    yield served
    with served.app_context():
        database.engine.dispose()


def login(client, email: str, password: str, address: str = "127.0.0.1"):  # type: ignore[no-untyped-def]
    return client.post(
        "/login",
        data={"email": email, "password": password},
        environ_base={"REMOTE_ADDR": address},
    )


def test_a_rule_lets_free_attempts_in_then_grows_the_delay(db) -> None:  # type: ignore[no-untyped-def]
    rule = Rule(free=2, delays=(10, 20), window=100)
    assert ratelimit.attempt("k", rule, now=0).allowed
    assert ratelimit.attempt("k", rule, now=0).allowed
    refused = ratelimit.attempt("k", rule, now=1)
    assert not refused.allowed and refused.retry_after == 9
    assert ratelimit.count("k", now=1) == 2  # a refused attempt is not counted
    assert ratelimit.attempt("k", rule, now=10).allowed  # 10 s after the last one
    assert ratelimit.attempt("k", rule, now=15).retry_after == 15  # now 20 s apart
    assert ratelimit.attempt("k", rule, now=30).allowed
    assert not ratelimit.attempt("k", rule, now=49).allowed
    assert ratelimit.attempt("k", rule, now=50).allowed  # the last delay repeats
    assert ratelimit.attempt("k", rule, now=150).allowed  # forgotten a window after the last
    assert ratelimit.count("k", now=150) == 1


def test_each_key_expires_on_its_own(db) -> None:  # type: ignore[no-untyped-def]
    """A short-lived key's failures never reset a long-lived one (the registration count)."""
    short, long = Rule(2, (60,), window=900), Rule(200, (60,), window=3600, sliding=False)
    for _ in range(5):
        ratelimit.attempt("register:address:x", long, now=0)
    ratelimit.attempt("login:pair:a|x", short, now=0)
    ratelimit.attempt("login:pair:b|x", short, now=2000)  # deletes expired rows: not this one
    assert ratelimit.count("register:address:x", now=2000) == 5
    assert ratelimit.count("login:pair:a|x", now=2000) == 0
    assert ratelimit.count("register:address:x", now=3600) == 0  # a fixed window of its own


def test_racing_failures_check_exactly_the_free_attempts(racing, make, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """80 wrong passwords at once for one account from one address: exactly 5 are checked."""
    make.user("target@example.com")
    checked, lock = [0], threading.Lock()
    real = users.authenticate

    def counting(email: str, password: str):  # type: ignore[no-untyped-def]
        with lock:
            checked[0] += 1
        return real(email, password)

    monkeypatch.setattr(users, "authenticate", counting)
    browsers = [racing.test_client() for _ in range(80)]
    calls = [(lambda c=c: login(c, "target@example.com", WRONG)) for c in browsers]
    statuses = sorted(r.status_code for r in race(racing, calls))  # type: ignore[attr-defined]
    assert checked[0] == signin.PAIR.free
    assert statuses == [422] * signin.PAIR.free + [429] * (80 - signin.PAIR.free)


def test_a_school_behind_one_address_registers_a_class_and_logs_in(client, make) -> None:  # type: ignore[no-untyped-def]
    """30 learners behind the school's one NAT address register with the class code, each
    mistypes a password once, and all log in; the teacher too."""
    code = make.test_class().join_code
    for n in range(30):
        email = f"pupil{n}@example.com"
        r = client.post(
            "/register",
            data={"email": email, "password": PASSWORD, "confirm": PASSWORD, "class_code": code},
        )
        assert r.status_code == 302, (n, r.status_code)
        client.post("/logout")
    for n in range(30):
        email = f"pupil{n}@example.com"
        assert login(client, email, WRONG).status_code == 422
        assert login(client, email, PASSWORD).status_code == 302, n
        client.post("/logout")
    assert login(client, "class-teacher@example.com", PASSWORD).status_code == 302


def test_failures_slow_a_guesser_down_but_a_known_device_gets_in(app, make, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from ..conftest import IsolatedClient

    app.test_client_class = IsolatedClient
    clock = [1_000_000]
    monkeypatch.setattr(ratelimit, "now_seconds", lambda: clock[0])
    make.user("teacher@example.com", role="teacher")
    own = app.test_client()  # the teacher's own browser, used before: it holds a device cookie
    assert login(own, "teacher@example.com", PASSWORD, "10.0.0.1").status_code == 302
    assert own.get_cookie(signin.DEVICE_COOKIE) is not None
    own.post("/logout")

    guesser = app.test_client()
    for n in range(signin.PAIR.free):
        assert login(guesser, "teacher@example.com", WRONG, "10.6.6.6").status_code == 422, n
    slowed = login(guesser, "teacher@example.com", PASSWORD, "10.6.6.6")
    assert slowed.status_code == 429 and int(slowed.headers["Retry-After"]) == 30
    assert "Please wait 30 seconds" in slowed.get_data(as_text=True)
    for n in range(signin.ACCOUNT.free - signin.PAIR.free):  # from other addresses
        assert login(guesser, "teacher@example.com", WRONG, f"10.7.0.{n}").status_code == 422
    assert login(guesser, "teacher@example.com", WRONG, "10.8.0.1").status_code == 429

    # the teacher's browser is counted on its own: the guesses elsewhere do not keep them out
    assert login(own, "teacher@example.com", PASSWORD, "10.0.0.1").status_code == 302
    own.post("/logout")
    # a new browser waits the account's delay, not a quarter of an hour
    new = app.test_client()
    assert login(new, "teacher@example.com", PASSWORD, "10.0.0.2").status_code == 429
    clock[0] += 30
    assert login(new, "teacher@example.com", PASSWORD, "10.0.0.2").status_code == 302


def test_a_device_cookie_works_only_for_its_account(app, db) -> None:  # type: ignore[no-untyped-def]
    with app.test_request_context():
        cookie = signin.device_cookie("Ann@Example.com")
        assert signin.known_device(cookie, "ann@example.com")
        assert signin.known_device(cookie, "bob@example.com") is None
        assert signin.known_device(cookie[:-2] + "xx", "ann@example.com") is None
        assert signin.known_device("x" * 600, "ann@example.com") is None


def test_a_success_forgets_the_failures_of_its_address(client, make) -> None:  # type: ignore[no-untyped-def]
    make.user("ann@example.com")
    for _ in range(2):  # 8 failures from one address: more than its 5, fewer than the account's 10
        for _ in range(signin.PAIR.free - 1):
            assert login(client, "ann@example.com", WRONG).status_code == 422
        assert login(client, "ann@example.com", PASSWORD).status_code == 302
        client.post("/logout")
        client.delete_cookie(signin.DEVICE_COOKIE)


def test_registrations_per_address_are_sized_for_a_school(app, db) -> None:  # type: ignore[no-untyped-def]
    with app.test_request_context():
        for _ in range(signin.REGISTER.free):
            signin.begin_registration("192.0.2.1")
        with pytest.raises(ratelimit.TooManyRequests):
            signin.begin_registration("192.0.2.1")
        signin.begin_registration("192.0.2.2")  # another address is counted apart
    assert signin.REGISTER.free >= 120  # four classes of 30
