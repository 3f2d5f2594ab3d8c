"""The question page's JSON save (POST /attempts/<id>/answers) and the data block it embeds."""

from __future__ import annotations

import contextlib
import html
import json
import re
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select

from app.models import Attempt, Card, Option, Question, Response
from config import TestingConfig

from ..conftest import PASSWORD
from .test_quiz import login_learner, start

JSON = {"Accept": "application/json"}
DATA_BLOCK = re.compile(r'<script type="application/json" id="attempt-data">(.*?)</script>', re.S)


def save(client, attempt_id: int, body: Any, headers: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    """POST the body as the page's script does (JSON, asking for JSON)."""
    return client.post(
        f"/attempts/{attempt_id}/answers", json=body, headers={**JSON, **(headers or {})}
    )


def data_on(client, attempt_id: int, number: int = 1) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    """The attempt data the question page embeds for its script."""
    page = client.get(f"/attempts/{attempt_id}/{number}").get_data(as_text=True)
    found = DATA_BLOCK.findall(page)
    assert len(found) == 1, "the page carries one data block"
    return json.loads(found[0])


def taking(client, make, auth, size: int = 3, **settings):  # type: ignore[no-untyped-def]
    """A logged-in learner's attempt at a new quiz: (attempt id, the slots of its data block)."""
    quiz = make.quiz(size, **({"shuffle": False} | settings))
    login_learner(make, auth)
    aid = start(client, quiz)
    if settings.get("feedback") == "immediate":
        return aid, None  # such a page has no data block
    return aid, data_on(client, aid)["slots"]


def correctness(db, option_id: int) -> bool:  # type: ignore[no-untyped-def]
    return bool(db.session.get(Option, option_id).correct)


def stored(db, attempt_id: int) -> list[tuple[int, int]]:  # type: ignore[no-untyped-def]
    db.session.expire_all()
    query = select(Response.question_id, Response.option_id).where(
        Response.attempt_id == attempt_id
    )
    return [tuple(r) for r in db.session.execute(query.order_by(Response.id))]  # type: ignore[misc]


def error_of(response) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    assert response.is_json, response.get_data(as_text=True)[:200]
    body = response.get_json()
    assert body["error"]["status"] == response.status_code and body["error"]["message"]
    return body["error"]


# -- saving ---------------------------------------------------------------------------------------


def test_a_choice_is_saved_and_acknowledged(client, make, auth, db) -> None:  # type: ignore[no-untyped-def]
    aid, slots = taking(client, make, auth)
    first = slots[1]
    option = first["options"][2]["id"]
    r = save(client, aid, {"question": first["question"], "option": option})
    assert r.status_code == 200 and r.is_json
    assert r.get_json() == {
        "saved": True,
        "question": first["question"],
        "option": option,
        "kept": False,
    }
    assert stored(db, aid) == [(first["question"], option)]
    # the saved choice is in the page's data and checked in its form, on reload
    assert [s["chosen"] for s in data_on(client, aid)["slots"]] == [None, option, None]
    page = client.get(f"/attempts/{aid}/2").get_data(as_text=True)
    assert re.search(rf'value="{option}"\s+checked', page)


def test_a_changed_choice_replaces_the_saved_one(client, make, auth, db) -> None:  # type: ignore[no-untyped-def]
    aid, slots = taking(client, make, auth)
    question, options = slots[0]["question"], [o["id"] for o in slots[0]["options"]]
    for option in [options[0], options[1], options[1], options[0]]:
        r = save(client, aid, {"question": question, "option": option})
        assert r.status_code == 200 and r.get_json()["option"] == option
        assert stored(db, aid) == [(question, option)]


def test_a_wrong_json_answer_queues_the_flashcard(client, make, auth, db) -> None:  # type: ignore[no-untyped-def]
    aid, slots = taking(client, make, auth)
    for slot in slots[:2]:
        options = [o["id"] for o in slot["options"]]
        wrong = next(o for o in options if not correctness(db, o))
        right = next(o for o in options if correctness(db, o))
        chosen = wrong if slot is slots[0] else right
        assert (
            save(client, aid, {"question": slot["question"], "option": chosen}).status_code == 200
        )
    db.session.expire_all()
    cards = db.session.execute(select(Card.question_id, Card.from_quiz)).all()
    assert [tuple(c) for c in cards] == [(slots[0]["question"], True)]


BAD_BODIES = {
    "nothing": None,
    "a list": [1, 2],
    "a number": 7,
    "no option": {"question": 1},
    "no question": {"option": 1},
    "null ids": {"question": None, "option": None},
    "string ids": {"question": "1", "option": "2"},
    "bool ids": {"question": True, "option": True},
    "float ids": {"question": 1.0, "option": 2.0},
    "negative id": {"question": 1, "option": -1},
    "id beyond 32 bits": {"question": 1, "option": 2**31},
    "huge id": {"question": 10**30, "option": 1},
    "nested ids": {"question": [1], "option": {"id": 1}},
}


@pytest.mark.parametrize("body", BAD_BODIES.values(), ids=BAD_BODIES.keys())
def test_a_body_without_two_ids_is_a_400(client, make, auth, db, body) -> None:  # type: ignore[no-untyped-def]
    aid, slots = taking(client, make, auth)
    real = {"question": slots[0]["question"], "option": slots[0]["options"][0]["id"]}
    if isinstance(body, dict):  # the well-typed part of the body names a real question/option
        body = {k: (real[k] if v == 1 and type(v) is int else v) for k, v in body.items()}
    r = save(client, aid, body)
    assert r.status_code == 400, body
    assert "question" in error_of(r)["message"]
    assert stored(db, aid) == []


@pytest.mark.parametrize(
    ("data", "content_type"),
    [
        ("question=1&option=2", "application/x-www-form-urlencoded"),
        ("{not json", "application/json"),
        ('{"question": 1, "option": 2}', "text/plain"),
        ("", "application/json"),
    ],
)
def test_a_body_that_is_not_a_json_object_is_a_400(
    client, make, auth, db, data, content_type
) -> None:  # type: ignore[no-untyped-def]
    aid, _ = taking(client, make, auth)
    r = client.post(f"/attempts/{aid}/answers", data=data, content_type=content_type, headers=JSON)
    assert r.status_code == 400 and error_of(r)
    assert stored(db, aid) == []


def test_the_largest_id_is_a_404_not_a_500(client, make, auth, db) -> None:  # type: ignore[no-untyped-def]
    aid, slots = taking(client, make, auth)
    r = save(client, aid, {"question": 2**31 - 1, "option": 2**31 - 1})
    assert r.status_code == 404 and error_of(r)
    r = client.post(f"/attempts/{2**31}/answers", json={"question": 1, "option": 1}, headers=JSON)
    assert r.status_code == 404


# -- who may save ---------------------------------------------------------------------------------


def test_not_logged_in_is_a_401_with_a_login_link(client, make, db) -> None:  # type: ignore[no-untyped-def]
    quiz = make.quiz(2, shuffle=False)
    question = quiz.items[0].question
    r = save(client, 1, {"question": question.id, "option": question.options[0].id})
    assert r.status_code == 401
    login = error_of(r)["login"]
    assert login.startswith("/login?next=") and "attempts" in login


def test_after_logout_the_same_client_gets_a_401(client, make, auth, db) -> None:  # type: ignore[no-untyped-def]
    aid, slots = taking(client, make, auth)
    auth.logout()
    r = save(
        client, aid, {"question": slots[0]["question"], "option": slots[0]["options"][0]["id"]}
    )
    assert r.status_code == 401 and error_of(r)["login"].startswith("/login")
    assert stored(db, aid) == []


def test_a_session_cookie_kept_from_before_logout_is_refused_with_a_401(
    app, client, make, auth, db
) -> None:  # type: ignore[no-untyped-def]
    """Logging out ends every copy of the session (another tab, a copied cookie): the old cookie
    must not save, and the script must be told to log in again (401), as the HTML pages do."""
    aid, slots = taking(client, make, auth)
    old = client.get_cookie("session").value
    auth.logout()
    thief = app.test_client()
    thief.set_cookie("session", old)
    assert thief.get(f"/attempts/{aid}/1").status_code == 302  # the pages send it to log in
    body = {"question": slots[0]["question"], "option": slots[0]["options"][0]["id"]}
    r = save(thief, aid, body)
    assert stored(db, aid) == []  # refused, whatever the status
    assert r.status_code == 401 and error_of(r)["login"].startswith("/login")


def test_the_remember_me_cookie_alone_may_save(app, client, make, db) -> None:  # type: ignore[no-untyped-def]
    make.user("ann@example.com")
    quiz = make.quiz(2, shuffle=False)
    r = client.post(
        "/login", data={"email": "ann@example.com", "password": PASSWORD, "remember": "y"}
    )
    assert r.status_code == 302 and client.get_cookie("remember_token") is not None
    aid = start(client, quiz)
    slot = data_on(client, aid)["slots"][0]
    client.delete_cookie("session")  # the browser was closed: only the remember-me cookie is left
    r = save(client, aid, {"question": slot["question"], "option": slot["options"][0]["id"]})
    assert r.status_code == 200, r.get_data(as_text=True)
    assert stored(db, aid) == [(slot["question"], slot["options"][0]["id"])]


def test_another_learners_attempt_is_a_404(client, make, auth, db) -> None:  # type: ignore[no-untyped-def]
    aid, slots = taking(client, make, auth)
    auth.logout()
    login_learner(make, auth, "bob@example.com")
    r = save(
        client, aid, {"question": slots[0]["question"], "option": slots[0]["options"][0]["id"]}
    )
    assert r.status_code == 404 and "error" in r.get_json()
    assert stored(db, aid) == []


def _not_in_quiz(db, aid: int) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    from app.models import QuizQuestion

    attempt = db.session.get(Attempt, aid)
    in_quiz = select(QuizQuestion.question_id).where(QuizQuestion.quiz_id == attempt.quiz_id)
    question = db.session.scalars(select(Question).where(Question.id.not_in(in_quiz))).first()
    return question.id, question.options[0].id


MISMATCHED = {
    "an option of a question not in the quiz": lambda db, aid, s: _not_in_quiz(db, aid),
    "the option of another question of the quiz": lambda db, aid, s: (s[0]["question"], s[1]["options"][0]["id"]),
    "a question that is not the option's": lambda db, aid, s: (s[1]["question"], s[0]["options"][0]["id"]),
    "an option that does not exist": lambda db, aid, s: (s[0]["question"], 2**31 - 2),
}  # fmt: skip


@pytest.mark.parametrize("case", MISMATCHED.values(), ids=MISMATCHED.keys())
def test_an_option_that_does_not_fit_is_a_404(client, make, auth, db, case) -> None:  # type: ignore[no-untyped-def]
    aid, slots = taking(client, make, auth)
    question, option = case(db, aid, slots)
    r = save(client, aid, {"question": question, "option": option})
    assert r.status_code == 404 and error_of(r)
    assert stored(db, aid) == []


# -- a closed attempt ----------------------------------------------------------------------------


def test_a_submitted_attempt_is_a_409_with_a_result_link(client, make, auth, db) -> None:  # type: ignore[no-untyped-def]
    aid, slots = taking(client, make, auth)
    first = {"question": slots[0]["question"], "option": slots[0]["options"][0]["id"]}
    assert save(client, aid, first).status_code == 200
    assert client.post(f"/attempts/{aid}/submit").status_code == 302
    late = {"question": slots[1]["question"], "option": slots[1]["options"][0]["id"]}
    changed = {"question": slots[0]["question"], "option": slots[0]["options"][1]["id"]}
    for body in (late, changed):
        r = save(client, aid, body)
        assert r.status_code == 409
        assert error_of(r)["result"] == f"/attempts/{aid}/result"
    assert stored(db, aid) == [(first["question"], first["option"])]


def test_past_the_time_limit_is_a_409_and_closes_the_attempt_at_its_deadline(
    client, make, auth, db
) -> None:  # type: ignore[no-untyped-def]
    aid, slots = taking(client, make, auth, time_limit=60)
    first = {"question": slots[0]["question"], "option": slots[0]["options"][0]["id"]}
    assert save(client, aid, first).status_code == 200
    attempt = db.session.get(Attempt, aid)
    attempt.deadline = attempt.started_at - timedelta(seconds=1)  # the time is up
    deadline = attempt.deadline
    db.session.commit()
    r = save(
        client, aid, {"question": slots[1]["question"], "option": slots[1]["options"][0]["id"]}
    )
    assert r.status_code == 409 and error_of(r)["result"] == f"/attempts/{aid}/result"
    db.session.expire_all()
    closed = db.session.get(Attempt, aid)
    assert closed.finished_at == deadline and closed.total == 3
    assert closed.correct == int(correctness(db, first["option"]))
    assert stored(db, aid) == [(first["question"], first["option"])]


def test_with_immediate_feedback_the_first_answer_stands(client, make, auth, db) -> None:  # type: ignore[no-untyped-def]
    aid, _ = taking(client, make, auth, feedback="immediate")
    page = client.get(f"/attempts/{aid}/1").get_data(as_text=True)
    options = [int(v) for v in re.findall(r'name="option" value="(\d+)"', page)]
    question = db.session.get(Option, options[0]).question_id
    first = save(client, aid, {"question": question, "option": options[0]})
    assert first.status_code == 200 and first.get_json()["kept"] is False
    second = save(client, aid, {"question": question, "option": options[1]})
    assert second.status_code == 200
    assert second.get_json() == {
        "saved": True,
        "question": question,
        "option": options[0],
        "kept": True,
    }
    same = save(client, aid, {"question": question, "option": options[0]})
    assert same.get_json()["kept"] is False
    assert stored(db, aid) == [(question, options[0])]


# -- the data block on the question page ----------------------------------------------------------


def _keys(value: Any) -> set[str]:
    """Every key of every object in the JSON value."""
    if isinstance(value, dict):
        return set(value) | {k for v in value.values() for k in _keys(v)}
    if isinstance(value, list):
        return {k for v in value for k in _keys(v)}
    return set()


def test_the_page_carries_every_question_but_no_answer(client, make, auth, db) -> None:  # type: ignore[no-untyped-def]
    aid, _ = taking(client, make, auth, size=4, shuffle=True)
    data = data_on(client, aid, 2)
    assert data["save"] == f"/attempts/{aid}/answers"
    assert data["page"] + "3" == f"/attempts/{aid}/3"
    assert data["review"] == data["submit"] == f"/attempts/{aid}/submit"
    assert [s["number"] for s in data["slots"]] == [1, 2, 3, 4]
    assert not _keys(data) & {"correct", "answer", "value", "sentence", "is_correct"}
    for slot in data["slots"]:
        assert set(slot) == {"number", "question", "stem", "options", "chosen"}
        assert all(set(o) == {"id", "text"} for o in slot["options"])
        question = db.session.get(Question, slot["question"])
        assert slot["stem"] == question.stem and slot["chosen"] is None
        assert {o["id"] for o in slot["options"]} == {o.id for o in question.options}
        # the same question and option order as the server-rendered page of that number
        page = client.get(f"/attempts/{aid}/{slot['number']}").get_data(as_text=True)
        assert [int(v) for v in re.findall(r'name="option" value="(\d+)"', page)] == [
            o["id"] for o in slot["options"]
        ]
        assert html.escape(question.stem, quote=False) in page
    # nothing on the page tells the correct option apart
    page = client.get(f"/attempts/{aid}/1").get_data(as_text=True)
    assert "correct" not in DATA_BLOCK.findall(page)[0].lower()


def test_the_page_of_an_immediate_feedback_quiz_has_no_data_block(client, make, auth, db) -> None:  # type: ignore[no-untyped-def]
    aid, _ = taking(client, make, auth, feedback="immediate")
    page = client.get(f"/attempts/{aid}/1").get_data(as_text=True)
    assert 'id="attempt-data"' not in page and "attempt.js" not in page
    assert 'name="option"' in page  # the form works as before


STEM = '</script><script>alert(1)</script> When did <b>it</b> & "that" happen? <!-- \u2028'
OPTION = "</SCRIPT ><img src=x onerror=alert(2)> 'a' & b"


def test_text_in_the_data_block_cannot_break_out_of_it(client, make, auth, db) -> None:  # type: ignore[no-untyped-def]
    quiz = make.quiz(2, shuffle=False)
    question = db.session.get(Question, quiz.items[0].question_id)
    question.stem = STEM
    question.options[0].text = OPTION
    db.session.commit()
    login_learner(make, auth)
    aid = start(client, quiz)
    page = client.get(f"/attempts/{aid}/1").get_data(as_text=True)
    assert "<script>alert" not in page and "<img src=x" not in page
    assert page.lower().count("</script") == page.lower().count("<script")  # only real end tags
    block = DATA_BLOCK.findall(page)[0]
    assert not set("<>&'") & set(block)  # written as \u003c and so on
    data = json.loads(block)
    assert data["slots"][0]["stem"] == STEM
    assert data["slots"][0]["options"][0]["text"] == OPTION


# -- CSRF ----------------------------------------------------------------------------------------


def page_token(client, aid: int) -> str:  # type: ignore[no-untyped-def]
    """The CSRF token of the attempt's question page (the one its script sends)."""
    page = client.get(f"/attempts/{aid}/1").get_data(as_text=True)
    found = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page)
    assert found is not None
    return html.unescape(found.group(1))


@contextlib.contextmanager
def csrf_checked(app) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """CSRF checked as in production (the test config turns it off)."""
    app.config["WTF_CSRF_ENABLED"] = True
    try:
        yield
    finally:
        app.config["WTF_CSRF_ENABLED"] = TestingConfig.WTF_CSRF_ENABLED


def test_a_json_save_needs_the_pages_csrf_token(app, client, make, auth, db) -> None:  # type: ignore[no-untyped-def]
    aid, slots = taking(client, make, auth)
    body = {"question": slots[0]["question"], "option": slots[0]["options"][0]["id"]}
    with csrf_checked(app):
        token = page_token(client, aid)
        for headers in ({}, {"X-CSRFToken": "not-the-token"}):
            r = save(client, aid, body, headers)
            assert r.status_code == 400 and error_of(r), headers
        assert stored(db, aid) == []
        r = save(client, aid, body, {"X-CSRFToken": token})
        assert r.status_code == 200 and r.get_json()["saved"] is True
    assert stored(db, aid) == [(body["question"], body["option"])]


def test_a_csrf_refusal_is_json_even_without_an_accept_header(app, client, make, auth, db) -> None:  # type: ignore[no-untyped-def]
    """The endpoint answers JSON, errors included: a JSON client that does not say what it
    accepts still gets a JSON error it can read."""
    aid, slots = taking(client, make, auth)
    body = {"question": slots[0]["question"], "option": slots[0]["options"][0]["id"]}
    with csrf_checked(app):
        r = client.post(f"/attempts/{aid}/answers", json=body)
    assert r.status_code == 400
    assert r.is_json, r.headers["Content-Type"]


def test_logged_out_in_another_tab_is_a_401_before_the_csrf_check(
    app, client, make, auth, db
) -> None:  # type: ignore[no-untyped-def]
    """Logging out clears the session and its CSRF token: the page left open in the other tab
    must be sent to log in (401 with a link), not told that its form expired (400)."""
    aid, slots = taking(client, make, auth)
    body = {"question": slots[0]["question"], "option": slots[0]["options"][0]["id"]}
    with csrf_checked(app):
        token = page_token(client, aid)
    auth.logout()  # the other tab
    with csrf_checked(app):
        r = save(client, aid, body, {"X-CSRFToken": token})
    assert r.status_code == 401 and error_of(r)["login"].startswith("/login")
    assert stored(db, aid) == []
