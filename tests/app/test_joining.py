"""Joining a class by its invite link or QR code, and the class page that shows them."""

from __future__ import annotations

from sqlalchemy import select

from ..conftest import PASSWORD


def _class(make):  # type: ignore[no-untyped-def]
    return make.test_class()


def test_invite_link_sends_a_newcomer_to_register_with_the_code(client, make, db) -> None:  # type: ignore[no-untyped-def]
    group = _class(make)
    r = client.get(f"/join/{group.join_code.lower()}")
    assert r.status_code == 302 and r.headers["Location"].endswith(
        f"/register?code={group.join_code}"
    )
    page = client.get(r.headers["Location"]).get_data(as_text=True)
    assert (
        f'value="{group.join_code}"' in page
        and "You are joining <strong>Test class</strong>" in page
    )
    assert f"next=/join/{group.join_code}" in page or f"next=%2Fjoin%2F{group.join_code}" in page


def test_invite_link_joins_a_signed_in_learner_in_one_click(client, make, auth, db) -> None:  # type: ignore[no-untyped-def]
    from app.models import Membership

    group = _class(make)
    make.user("solo@example.com", enrol=False)
    auth.login("solo@example.com")
    page = client.get(f"/join/{group.join_code}").get_data(as_text=True)
    assert "Join Test class" in page
    r = client.post("/classes/join", data={"code": group.join_code}, follow_redirects=True)
    assert "You joined Test class." in r.get_data(as_text=True)
    assert db.session.scalar(select(Membership.id).where(Membership.group_id == group.id))
    assert "You are in Test class" in client.get(f"/join/{group.join_code}").get_data(as_text=True)


def test_unknown_invite_code_answers_404_with_a_way_on(client, db) -> None:  # type: ignore[no-untyped-def]
    r = client.get("/join/NOSUCHCODE")
    assert r.status_code == 404 and "No class has this code" in r.get_data(as_text=True)


def test_class_page_shows_invite_link_qr_code_and_present_view(client, make, auth, db) -> None:  # type: ignore[no-untyped-def]
    group = _class(make)
    auth.login("class-teacher@example.com")
    page = client.get(f"/teach/classes/{group.id}").get_data(as_text=True)
    assert f"http://localhost/join/{group.join_code}" in page
    assert (
        '<svg role="img" viewBox=' in page
        and "<title>QR code of the link that joins Test class</title>" in page
    )
    present = client.get(f"/teach/classes/{group.id}/present").get_data(as_text=True)
    assert group.join_code in present and '<svg role="img"' in present


def test_class_page_counts_who_started_without_contradiction(client, make, auth, db) -> None:  # type: ignore[no-untyped-def]
    quiz = make.quiz(2)
    for email in ("a@example.com", "b@example.com"):
        make.user(email)
        auth.login(email)
        client.post(f"/quizzes/{quiz.id}/start")
        auth.logout()
    auth.login("class-teacher@example.com")
    quiz.owner_id = make.test_class().owner_id
    db.session.commit()
    page = client.get(f"/teach/classes/{make.test_class().id}").get_data(as_text=True)
    assert "2 of 2 learners started." in page and "Everybody has started it." in page
    assert "0 of 2" not in page


def test_wrong_class_code_at_registration_keeps_the_passwords(client, db) -> None:  # type: ignore[no-untyped-def]
    r = client.post(
        "/register",
        data={
            "email": "new@example.com",
            "password": PASSWORD,
            "confirm": PASSWORD,
            "class_code": "WRONG",
        },
    )
    page = r.get_data(as_text=True)
    assert r.status_code == 422 and "No class has this code" in page
    assert page.count(f'value="{PASSWORD}"') == 2


def test_counts_of_one_are_singular(client, make, auth, db) -> None:  # type: ignore[no-untyped-def]
    quiz = make.quiz(1)
    make.user("only@example.com")
    quiz.owner_id = make.test_class().owner_id
    db.session.commit()
    auth.login("class-teacher@example.com")
    page = client.get("/teach").get_data(as_text=True)
    assert "1 learner</span>" in page and "1 question</span>" in page
    assert "1 learners" not in page and "1 questions" not in page
    quiz_page = client.get(f"/teach/quizzes/{quiz.id}").get_data(as_text=True)
    assert "1 question · 0 attempts so far" in quiz_page
