"""Passwords: changing one's own, a teacher's one-time link for a learner, the command line,
passwords easy to guess refused, and e-mail addresses checked the same way everywhere."""

from __future__ import annotations

import re

import pytest

from app.models import User
from app.services.accounts import passwords
from app.services.errors import ServiceError

from ..conftest import PASSWORD, IsolatedClient

NEW = "violet kettle harbour"


@pytest.mark.parametrize(
    "weak", ["aaaaaaaaaa", "password123", "qwertyuiop", "1234567890", "abcdefghij"]
)
def test_passwords_easy_to_guess_are_refused(db, weak: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(passwords.WeakPassword, match="too easy to guess"):
        passwords.check_password(weak)


def test_the_account_itself_is_no_password(db) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(passwords.WeakPassword):
        passwords.check_password("annabelle.smith", "annabelle.smith@example.com")
    passwords.check_password(NEW, "ann@example.com")


def test_registering_with_a_guessable_password_says_so(client, db) -> None:  # type: ignore[no-untyped-def]
    r = client.post(
        "/register",
        data={"email": "a@example.com", "password": "aaaaaaaaaa", "confirm": "aaaaaaaaaa"},
    )
    assert r.status_code == 422 and "too easy to guess" in r.get_data(as_text=True)
    assert db.session.query(User).count() == 0


@pytest.mark.parametrize("email", ["admin", "admin@localhost", "a b@example.com", "x@y", "@x.org"])
def test_users_create_refuses_what_the_login_form_refuses(runner, client, email: str) -> None:  # type: ignore[no-untyped-def]
    made = runner.invoke(args=["users", "create", email], input=PASSWORD + "\n")
    assert made.exit_code != 0 and "not valid" in made.output
    form = client.post("/login", data={"email": email, "password": PASSWORD})
    assert form.status_code == 422


def test_change_password_ends_every_other_session(app, make, db) -> None:  # type: ignore[no-untyped-def]
    app.test_client_class = IsolatedClient
    make.user("ann@example.com")
    here, elsewhere = app.test_client(), app.test_client()
    for c in (here, elsewhere):
        assert (
            c.post("/login", data={"email": "ann@example.com", "password": PASSWORD}).status_code
            == 302
        )
    wrong = here.post(
        "/account/password", data={"current": "not my password", "password": NEW, "confirm": NEW}
    )
    assert wrong.status_code == 422 and "current password is wrong" in wrong.get_data(as_text=True)
    weak = here.post(
        "/account/password",
        data={"current": PASSWORD, "password": "aaaaaaaaaa", "confirm": "aaaaaaaaaa"},
    )
    assert weak.status_code == 422 and "too easy to guess" in weak.get_data(as_text=True)
    done = here.post(
        "/account/password", data={"current": PASSWORD, "password": NEW, "confirm": NEW}
    )
    assert done.status_code == 302
    assert here.get("/quizzes").status_code == 200  # this session goes on
    assert elsewhere.get("/quizzes").status_code == 302  # the other one is logged out
    fresh = app.test_client()
    assert (
        fresh.post("/login", data={"email": "ann@example.com", "password": PASSWORD}).status_code
        == 422
    )
    assert (
        fresh.post("/login", data={"email": "ann@example.com", "password": NEW}).status_code == 302
    )


def reset_link(client, group_id: int, learner_id: int) -> str:  # type: ignore[no-untyped-def]
    page = client.post(f"/teach/classes/{group_id}/learners/{learner_id}/reset")
    assert page.status_code == 200, page.status_code
    found = re.search(r"http://[^<\s]+/reset/[\w-]+", page.get_data(as_text=True))
    assert found, "the link is shown"
    return found.group(0).split("localhost", 1)[-1]


def test_a_teacher_gives_a_learner_a_one_time_link(app, make, db) -> None:  # type: ignore[no-untyped-def]
    app.test_client_class = IsolatedClient
    learner = make.user("ann@example.com")
    group = make.test_class()
    learner_browser = app.test_client()
    learner_browser.post("/login", data={"email": "ann@example.com", "password": PASSWORD})
    teacher = app.test_client()
    teacher.post("/login", data={"email": "class-teacher@example.com", "password": PASSWORD})
    assert "Password link" in teacher.get(f"/teach/classes/{group.id}").get_data(as_text=True)
    link = reset_link(teacher, group.id, learner.id)
    stored = db.session.query(passwords.PasswordReset).one()
    assert link.rsplit("/", 1)[1] not in stored.token_hash  # only its digest is kept

    other = app.test_client()
    assert other.get(link).status_code == 200
    weak = other.post(link, data={"password": "aaaaaaaaaa", "confirm": "aaaaaaaaaa"})
    assert weak.status_code == 422  # a refused password leaves the link usable
    set_it = other.post(link, data={"password": NEW, "confirm": NEW})
    assert set_it.status_code == 302 and other.get("/quizzes").status_code == 200
    assert learner_browser.get("/quizzes").status_code == 302  # the old session ended
    assert other.get(link).status_code == 404  # once only
    assert other.post(link, data={"password": NEW, "confirm": NEW}).status_code == 404
    fresh = app.test_client()
    assert (
        fresh.post("/login", data={"email": "ann@example.com", "password": NEW}).status_code == 302
    )


def test_only_learners_of_ones_own_classes_get_a_link(app, make, db) -> None:  # type: ignore[no-untyped-def]
    from app.services.accounts.classes import create_class

    app.test_client_class = IsolatedClient
    learner = make.user("ann@example.com")
    group = make.test_class()
    other_teacher = make.user("other@example.com", role="teacher")
    own_group = create_class(other_teacher, "Other class")
    c = app.test_client()
    c.post("/login", data={"email": "other@example.com", "password": PASSWORD})
    assert c.post(f"/teach/classes/{group.id}/learners/{learner.id}/reset").status_code == 404
    assert c.post(f"/teach/classes/{own_group.id}/learners/{learner.id}/reset").status_code == 404
    teacher = make.user("t2@example.com", role="teacher", enrol=False)
    with pytest.raises(ServiceError):
        passwords.create_reset(other_teacher, teacher.id)
    assert c.get("/reset/not-a-real-secret").status_code == 404


def test_an_expired_link_does_not_work(app, make, db) -> None:  # type: ignore[no-untyped-def]
    from datetime import timedelta

    learner = make.user("ann@example.com")
    teacher = db.session.query(User).filter_by(email="class-teacher@example.com").one()
    _, secret = passwords.create_reset(teacher, learner.id)
    reset = db.session.query(passwords.PasswordReset).one()
    reset.expires_at -= timedelta(days=passwords.RESET_DAYS + 1)
    db.session.commit()
    assert passwords.reset_user(secret) is None


def test_users_reset_password_on_the_command_line(runner, make, db) -> None:  # type: ignore[no-untyped-def]
    user = make.user("ann@example.com")
    token = user.session_token
    weak = runner.invoke(args=["users", "reset-password", "ann@example.com"], input="aaaaaaaaaa\n")
    assert weak.exit_code != 0 and "too easy to guess" in weak.output
    done = runner.invoke(args=["users", "reset-password", "ANN@example.com"], input=NEW + "\n")
    assert done.exit_code == 0, done.output
    db.session.expire_all()
    from app.services.accounts.users import authenticate

    assert authenticate("ann@example.com", NEW) is not None
    assert db.session.get(User, user.id).session_token != token
    missing = runner.invoke(
        args=["users", "reset-password", "nobody@example.com"], input=NEW + "\n"
    )
    assert missing.exit_code != 0 and "No account" in missing.output
