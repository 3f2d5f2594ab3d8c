"""Taking a quiz through the Flask client: answers stored as given, resume, double submission."""

from __future__ import annotations

import re
from datetime import timedelta

from sqlalchemy import func, select


def login_learner(make, auth, email="ann@example.com"):  # type: ignore[no-untyped-def]
    user = make.user(email)
    auth.login(email)
    return user


def start(client, quiz) -> int:  # type: ignore[no-untyped-def]
    r = client.post(f"/quizzes/{quiz.id}/start")
    assert r.status_code == 302, r.get_data(as_text=True)
    return int(re.search(r"/attempts/(\d+)/", r.headers["Location"]).group(1))  # type: ignore[union-attr]


def options_on(client, attempt_id: int, number: int) -> list[int]:
    page = client.get(f"/attempts/{attempt_id}/{number}").get_data(as_text=True)
    return [int(v) for v in re.findall(r'name="option" value="(\d+)"', page)]


def correct_option(db, attempt_id: int, number: int, client) -> int:  # type: ignore[no-untyped-def]
    from app.models import Option

    ids = options_on(client, attempt_id, number)
    return next(i for i in ids if db.session.get(Option, i).correct)


def responses(db, attempt_id: int) -> int:  # type: ignore[no-untyped-def]
    from app.models import Response

    return db.session.scalar(
        select(func.count(Response.id)).where(Response.attempt_id == attempt_id)
    )


def test_anonymous_is_sent_to_login(client, db) -> None:  # type: ignore[no-untyped-def]
    r = client.get("/quizzes")
    assert r.status_code == 302 and "/login?next=" in r.headers["Location"]


def test_learner_sees_open_quizzes_only(client, make, auth, db) -> None:  # type: ignore[no-untyped-def]
    from app.models.base import utcnow

    make.quiz(3)
    closed = make.quiz(3, is_open=False)
    later = make.quiz(3, opens_at=utcnow() + timedelta(days=1))
    login_learner(make, auth)
    page = client.get("/quizzes").get_data(as_text=True)
    assert page.count("Quiz of 3") == 1
    assert client.post(f"/quizzes/{closed.id}/start").status_code == 404
    assert client.post(f"/quizzes/{later.id}/start").status_code == 404


def test_full_attempt_scores_and_reviews(client, make, auth, db) -> None:  # type: ignore[no-untyped-def]
    quiz = make.quiz(4)
    login_learner(make, auth)
    aid = start(client, quiz)
    page = client.get(f"/attempts/{aid}/1").get_data(as_text=True)
    assert "Question 1 of 4" in page
    for n in range(1, 5):
        choice = correct_option(db, aid, n, client) if n != 2 else options_on(client, aid, n)[0]
        r = client.post(f"/attempts/{aid}/{n}", data={"option": choice, "go": "next"})
        assert r.status_code == 302
    assert r.headers["Location"].endswith(f"/attempts/{aid}/submit")
    r = client.post(f"/attempts/{aid}/submit")
    assert r.headers["Location"].endswith(f"/attempts/{aid}/result")
    result = client.get(f"/attempts/{aid}/result").get_data(as_text=True)
    from app.models import Attempt

    attempt = db.session.get(Attempt, aid)
    assert attempt.total == 4 and attempt.correct in (3, 4)
    assert f"{attempt.correct} / 4" in result
    assert result.count("<mark>") == 4  # every item shows its source sentence, answer marked
    assert ("Correct answer" in result) == (attempt.correct < 4)


def test_every_answer_is_stored_as_given_and_resumes(client, make, auth, db) -> None:  # type: ignore[no-untyped-def]
    quiz = make.quiz(4)
    login_learner(make, auth)
    aid = start(client, quiz)
    first = options_on(client, aid, 1)
    client.post(f"/attempts/{aid}/1", data={"option": first[0], "go": "next"})
    assert responses(db, aid) == 1
    # a closed tab: starting again resumes the same attempt at the first unanswered question
    r = client.post(f"/quizzes/{quiz.id}/start")
    assert r.headers["Location"].endswith(f"/attempts/{aid}/2")
    page = client.get(f"/attempts/{aid}/1").get_data(as_text=True)
    assert re.search(rf'value="{first[0]}"\s+checked', page)


def test_double_submission_and_changed_answer_keep_one_row(client, make, auth, db) -> None:  # type: ignore[no-untyped-def]
    quiz = make.quiz(3)
    login_learner(make, auth)
    aid = start(client, quiz)
    opts = options_on(client, aid, 1)
    for _ in range(3):
        client.post(f"/attempts/{aid}/1", data={"option": opts[0], "go": "next"})
    client.post(f"/attempts/{aid}/1", data={"option": opts[1], "go": "next"})
    from app.models import Response

    rows = list(db.session.scalars(select(Response).where(Response.attempt_id == aid)))
    assert len(rows) == 1 and rows[0].option_id == opts[1]


def test_two_tabs_share_one_attempt(client, make, auth, app, db) -> None:  # type: ignore[no-untyped-def]
    quiz = make.quiz(3)
    login_learner(make, auth)
    a = start(client, quiz)
    b = start(client, quiz)
    assert a == b


def test_back_button_after_submit(client, make, auth, db) -> None:  # type: ignore[no-untyped-def]
    quiz = make.quiz(3)
    login_learner(make, auth)
    aid = start(client, quiz)
    opts = options_on(client, aid, 1)
    client.post(f"/attempts/{aid}/1", data={"option": opts[0], "go": "next"})
    client.post(f"/attempts/{aid}/submit")
    again = client.post(f"/attempts/{aid}/submit")
    assert again.status_code == 302 and again.headers["Location"].endswith("/result")
    back = client.get(f"/attempts/{aid}/1")
    assert back.status_code == 302 and back.headers["Location"].endswith("/result")
    late = client.post(f"/attempts/{aid}/1", data={"option": opts[1], "go": "next"})
    assert late.status_code == 302 and late.headers["Location"].endswith("/result")
    from app.models import Response

    row = db.session.scalars(select(Response).where(Response.attempt_id == aid)).one()
    assert row.option_id == opts[0]


def test_attempts_allowed_is_enforced(client, make, auth, db) -> None:  # type: ignore[no-untyped-def]
    from app.models import Attempt

    quiz = make.quiz(2, attempts_allowed=1)
    login_learner(make, auth)
    aid = start(client, quiz)
    client.post(f"/attempts/{aid}/submit")
    r = client.post(f"/quizzes/{quiz.id}/start", follow_redirects=True)
    assert r.status_code == 200 and r.request.path == "/quizzes"
    assert "all the attempts allowed" in r.get_data(as_text=True)
    assert db.session.scalar(select(func.count()).select_from(Attempt)) == 1


def test_time_limit_is_enforced_on_the_server(client, make, auth, db) -> None:  # type: ignore[no-untyped-def]
    from app.models import Attempt

    quiz = make.quiz(3, time_limit=60)
    login_learner(make, auth)
    aid = start(client, quiz)
    opts = options_on(client, aid, 1)
    client.post(f"/attempts/{aid}/1", data={"option": opts[0], "go": "next"})
    attempt = db.session.get(Attempt, aid)
    attempt.deadline = attempt.started_at - timedelta(seconds=1)
    db.session.commit()
    late = client.post(
        f"/attempts/{aid}/2", data={"option": options_on(client, aid, 2) or [0], "go": "next"}
    )
    assert late.headers["Location"].endswith("/result")
    db.session.expire_all()
    attempt = db.session.get(Attempt, aid)
    assert attempt.finished and responses(db, aid) == 1


def test_immediate_feedback_shows_the_answer_and_locks_it(client, make, auth, db) -> None:  # type: ignore[no-untyped-def]
    quiz = make.quiz(2, feedback="immediate")
    login_learner(make, auth)
    aid = start(client, quiz)
    opts = options_on(client, aid, 1)
    r = client.post(f"/attempts/{aid}/1", data={"option": opts[0], "go": "next"})
    assert r.headers["Location"].endswith(f"/attempts/{aid}/1?feedback=1")
    page = client.get(r.headers["Location"]).get_data(as_text=True)
    assert "correct answer" in page and "<mark>" in page and "<fieldset disabled>" in page
    client.post(f"/attempts/{aid}/1", data={"option": opts[1], "go": "next"})
    from app.models import Response

    assert (
        db.session.scalars(select(Response).where(Response.attempt_id == aid)).one().option_id
        == opts[0]
    )


def test_another_learner_cannot_see_an_attempt(client, make, auth, db) -> None:  # type: ignore[no-untyped-def]
    quiz = make.quiz(2)
    login_learner(make, auth)
    aid = start(client, quiz)
    auth.logout()
    login_learner(make, auth, "bob@example.com")
    assert client.get(f"/attempts/{aid}/1").status_code == 404
    assert client.get(f"/attempts/{aid}/result").status_code == 404
    assert client.post(f"/attempts/{aid}/submit").status_code == 404


def test_option_of_another_question_is_refused(client, make, auth, db) -> None:  # type: ignore[no-untyped-def]
    quiz = make.quiz(2)
    login_learner(make, auth)
    aid = start(client, quiz)
    other = options_on(client, aid, 2)[0]
    r = client.post(f"/attempts/{aid}/1", data={"option": other, "go": "next"})
    assert r.status_code == 404 and responses(db, aid) == 0


def test_history_lists_attempts(client, make, auth, db) -> None:  # type: ignore[no-untyped-def]
    quiz = make.quiz(2)
    login_learner(make, auth)
    aid = start(client, quiz)
    client.post(f"/attempts/{aid}/submit")
    page = client.get("/history").get_data(as_text=True)
    assert "Quiz of 2" in page and "0 / 2" in page


def test_question_text_is_escaped(client, make, auth, db) -> None:  # type: ignore[no-untyped-def]
    from app.models import Question

    quiz = make.quiz(1)
    q = db.session.get(Question, quiz.items[0].question_id)
    q.stem = '<script>alert("x")</script> When?'
    q.options[0].text = "<img src=x onerror=alert(1)>"
    db.session.commit()
    login_learner(make, auth)
    aid = start(client, quiz)
    page = client.get(f"/attempts/{aid}/1").get_data(as_text=True)
    assert "<script>alert" not in page and "&lt;script&gt;" in page
    assert "<img src=x" not in page
