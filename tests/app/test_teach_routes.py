"""Teacher pages through the Flask client: articles, bank, edits, quizzes, classes, tokens."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from sqlalchemy import select

from app.extensions import db as database
from app.models import Document, Question, Quiz
from config import Config

from ..conftest import demo_questions

DEMO = Path(__file__).resolve().parents[2] / "app" / "demo" / "deir-ez-zor-offensive-2016.txt"


@pytest.fixture
def teacher(make, auth):  # type: ignore[no-untyped-def]
    user = make.user("teacher@example.com", role="teacher")
    auth.login("teacher@example.com")
    return user


def upload(client, name: str, data: bytes, title: str = ""):  # type: ignore[no-untyped-def]
    return client.post(
        "/teach/articles/new",
        data={"title": title, "file": (io.BytesIO(data), name), "text": ""},
        content_type="multipart/form-data",
    )


def questions() -> list[Question]:
    query = select(Question).where(Question.replaced_by_id.is_(None)).order_by(Question.id)
    return list(database.session.scalars(query))


def test_upload_writes_questions_and_shows_progress(client, teacher) -> None:  # type: ignore[no-untyped-def]
    response = upload(client, "deir.txt", DEMO.read_bytes())
    assert response.status_code == 302
    page = client.get(response.location)
    html = page.get_data(as_text=True)
    assert "Deir ez-Zor offensive (2016)" in html and "<progress" in html
    assert f"{demo_questions()} questions written" in html and "Review the questions" in html
    assert f"{demo_questions()} drafts waiting for your review." in html
    job = client.get(response.location + "/job").get_json()
    assert job == {"status": "done", "progress": 100, "message": job["message"]}


def test_article_page_counts_the_drafts_still_waiting(client, teacher) -> None:  # type: ignore[no-untyped-def]
    location = upload(client, "deir.txt", DEMO.read_bytes()).location
    ids = [q.id for q in questions()]
    client.post("/teach/bank/status", data={"status": "approved", "id": ids[1:]})
    html = client.get(location).get_data(as_text=True)
    assert "1 draft waiting for your review." in html and "new, waiting" not in html
    client.post("/teach/bank/status", data={"status": "retired", "id": ids[:1]})
    html = client.get(location).get_data(as_text=True)
    assert "No draft is waiting for your review." in html and "drafts waiting" not in html


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("notes.docx", b"PK\x03\x04", "is damaged or incomplete"),
        ("notes.pages", b"PK\x03\x04", "is not a file we can read"),
        ("notes.odt", b"PK\x03\x04", "cannot be read as an OpenDocument file"),
        ("notes.txt", b"\x89PNG\r\n", "is a PNG image"),
        ("notes.txt", b"\xff\xfe\x00a", "binary file"),
        ("notes.txt", "Åre".encode("cp1252"), "not valid UTF-8"),
        ("notes.txt", b"", "is empty"),
    ],
)
def test_broken_uploads_say_what_is_wrong_and_store_nothing(
    client, teacher, name, data, message
) -> None:  # type: ignore[no-untyped-def]
    response = upload(client, name, data)
    assert response.status_code == 422
    assert message in response.get_data(as_text=True)
    assert database.session.scalar(select(Document.id)) is None


def test_too_large_an_article_is_refused(app, client, teacher) -> None:  # type: ignore[no-untyped-def]
    limit = app.config["MAX_ARTICLE_BYTES"]
    data = b"In 1901 it had 4,500 people. " * (limit // 20)  # 1.4 MB against 1 MB
    response = upload(client, "big.txt", data)
    assert response.status_code == 422
    assert "big.txt is too large (1.4 MB; the limit is 1.0 MB)" in response.get_data(as_text=True)
    pasted = client.post("/teach/articles/new", data={"text": "x" * (limit + 10)})
    assert pasted.status_code == 422 and "The pasted text is too large" in pasted.get_data(True)
    app.config["MAX_DOCUMENT_BYTES"] = 2 * 1024 * 1024
    try:
        huge = client.post(
            "/teach/articles/new",
            data={"file": (io.BytesIO(b"%PDF-" + b"x" * 3 * 1024 * 1024), "book.pdf")},
            content_type="multipart/form-data",
        )
    finally:
        app.config["MAX_DOCUMENT_BYTES"] = Config.MAX_DOCUMENT_BYTES
    assert huge.status_code == 413
    assert "The upload is too large (3.0 MB; the limit is 2.0 MB)." in huge.get_data(True)


def test_nothing_chosen_is_explained(client, teacher) -> None:  # type: ignore[no-untyped-def]
    response = client.post("/teach/articles/new", data={"title": "x", "text": "   "})
    assert response.status_code == 422
    assert "Choose a file to upload, give a link or paste" in response.get_data(as_text=True)


def test_pasting_the_same_article_again_is_recognised(client, teacher) -> None:  # type: ignore[no-untyped-def]
    text = DEMO.read_text(encoding="utf-8")
    first = client.post("/teach/articles/new", data={"text": text})
    again = client.post("/teach/articles/new", data={"text": text.replace("\n", "\r\n")})
    assert first.location == again.location
    assert "You already added this article" in client.get(again.location).get_data(as_text=True)
    assert len(database.session.scalars(select(Document)).all()) == 1


def test_bank_filters_highlight_and_bulk_approve(client, teacher) -> None:  # type: ignore[no-untyped-def]
    upload(client, "deir.txt", DEMO.read_bytes())
    html = client.get("/teach/bank?kind=place").get_data(as_text=True)
    shown = html.count('class="card bank-item')
    assert shown == sum(1 for q in questions() if q.kind == "place") and "<mark>" in html
    assert "status-draft" in html
    ids = [str(q.id) for q in questions()[:3]]
    response = client.post(
        "/teach/bank/status",
        data={"status": "approved", "id": ids, "back": "/teach/bank?kind=date"},
    )
    assert response.status_code == 302 and response.location.endswith("/teach/bank?kind=date")
    assert "3 questions approved." in client.get(response.location).get_data(as_text=True)
    approved = client.get("/teach/bank?status=approved").get_data(as_text=True)
    assert approved.count('class="card bank-item') == 3
    evil = client.post(
        "/teach/bank/status",
        data={"status": "approved", "ids": ids[0], "back": "https://evil.example/"},
    )
    assert evil.location.endswith("/teach/bank")
    assert client.get("/teach/bank?min=abc&max=7&page=x&document=zz").status_code == 200


def test_editing_a_question_through_the_form(client, teacher) -> None:  # type: ignore[no-untyped-def]
    upload(client, "deir.txt", DEMO.read_bytes())
    q = questions()[0]
    page = client.get(f"/teach/questions/{q.id}").get_data(as_text=True)
    assert q.stem in page and "<mark>" in page
    bad = client.post(
        f"/teach/questions/{q.id}",
        data={
            "stem": "Which?",
            "options-0": "a",
            "options-1": "a",
            "options-2": "b",
            "options-3": "c",
            "correct": "0",
        },
    )
    assert bad.status_code == 422 and "Option 2 repeats option 1" in bad.get_data(as_text=True)
    good = client.post(
        f"/teach/questions/{q.id}",
        data={
            "stem": "Which year?",
            "options-0": "1990",
            "options-1": "2000",
            "options-2": "2010",
            "options-3": "2020",
            "correct": "2",
        },
    )
    assert good.status_code == 302
    new_page = client.get(good.location).get_data(as_text=True)
    assert "Saved as version 2." in new_page and "Which year?" in new_page
    old_page = client.get(f"/teach/questions/{q.id}").get_data(as_text=True)
    assert "replaced by a later edit" in old_page and 'name="stem"' not in old_page


def test_fresh_distractors_button(client, teacher) -> None:  # type: ignore[no-untyped-def]
    upload(client, "deir.txt", DEMO.read_bytes())
    q = next(q for q in questions() if q.kind == "date")
    response = client.post(f"/teach/questions/{q.id}/distractors")
    assert response.status_code == 302
    assert "New wrong options saved as version 2." in client.get(response.location).get_data(
        as_text=True
    )


def test_building_quizzes_opening_them_and_previewing(client, teacher) -> None:  # type: ignore[no-untyped-def]
    upload(client, "deir.txt", DEMO.read_bytes())
    empty = client.post(
        "/teach/quizzes/new", data={"title": "R", "feedback": "deferred", "count": "5"}
    )
    assert empty.status_code == 422 and "approve some first" in empty.get_data(as_text=True)
    client.post(
        "/teach/bank/status", data={"status": "approved", "id": [str(q.id) for q in questions()]}
    )
    made = client.post(
        "/teach/quizzes/new",
        data={
            "title": "Rules",
            "feedback": "immediate",
            "count": "6",
            "kinds": ["date", "place"],
            "min_difficulty": "0",
            "max_difficulty": "1",
            "time_limit": "10",
            "is_open": "y",
        },
    )
    assert made.status_code == 302
    quiz = database.session.scalars(select(Quiz)).one()
    assert len(quiz.items) == 6 and {i.question.kind for i in quiz.items} == {"date", "place"}
    assert quiz.time_limit == 600 and quiz.feedback == "immediate"
    created = client.post("/teach/classes", data={"name": "Year 9"})
    assert created.status_code == 302
    code = re.search(r"Its join code is (\w+)", client.get(created.location).get_data(as_text=True))
    assert code is not None
    group_id = int(created.location.rsplit("/", 1)[1])
    client.post(f"/teach/quizzes/{quiz.id}/classes", data={"groups": [str(group_id)]})
    assert "is open to Year 9" in client.get(f"/teach/quizzes/{quiz.id}").get_data(as_text=True)
    preview = client.get(f"/teach/quizzes/{quiz.id}/preview/2?answer=1").get_data(as_text=True)
    assert "Question 2 of 6" in preview and "correct answer" in preview
    picked = client.post(
        "/teach/quizzes/pick",
        data={"title": "Picked", "feedback": "deferred", "questions": [str(questions()[0].id)]},
    )
    assert picked.status_code == 302
    none = client.post("/teach/quizzes/pick", data={"title": "None", "feedback": "deferred"})
    assert none.status_code == 422 and "Choose at least one question" in none.get_data(as_text=True)


def test_settings_form_saves_and_checks(client, teacher) -> None:  # type: ignore[no-untyped-def]
    upload(client, "deir.txt", DEMO.read_bytes())
    client.post("/teach/bank/status", data={"status": "approved", "id": [str(questions()[0].id)]})
    client.post(
        "/teach/quizzes/pick",
        data={"title": "P", "feedback": "deferred", "questions": [str(questions()[0].id)]},
    )
    quiz = database.session.scalars(select(Quiz)).one()
    bad = client.post(
        f"/teach/quizzes/{quiz.id}",
        data={
            "title": "P",
            "feedback": "deferred",
            "opens_at": "2030-01-02T10:00",
            "closes_at": "2030-01-01T10:00",
        },
    )
    assert bad.status_code == 422 and "close after it opens" in bad.get_data(as_text=True)
    good = client.post(
        f"/teach/quizzes/{quiz.id}",
        data={"title": "Renamed", "feedback": "deferred", "attempts_allowed": "2"},
    )
    assert good.status_code == 302
    database.session.refresh(quiz)
    assert quiz.title == "Renamed" and quiz.attempts_allowed == 2 and not quiz.shuffle


def test_opening_times_are_entered_and_shown_in_the_teachers_zone(client, teacher) -> None:  # type: ignore[no-untyped-def]
    from datetime import datetime

    upload(client, "deir.txt", DEMO.read_bytes())
    client.post("/teach/bank/status", data={"status": "approved", "id": [str(questions()[0].id)]})
    client.post(
        "/teach/quizzes/pick",
        data={"title": "P", "feedback": "deferred", "questions": [str(questions()[0].id)]},
    )
    quiz = database.session.scalars(select(Quiz)).one()
    client.set_cookie("tz", "America/New_York")
    page = client.get(f"/teach/quizzes/{quiz.id}").get_data(as_text=True)
    assert "Opens at (America/New York)" in page
    client.post(
        f"/teach/quizzes/{quiz.id}",
        data={"title": "P", "feedback": "deferred", "opens_at": "2030-01-02T10:00"},
    )
    database.session.refresh(quiz)
    assert quiz.opens_at == datetime(2030, 1, 2, 15, 0)  # stored in UTC
    page = client.get(f"/teach/quizzes/{quiz.id}").get_data(as_text=True)
    assert re.search(r'name="opens_at"[^>]*value="2030-01-02[ T]10:00', page) or re.search(
        r'value="2030-01-02[ T]10:00[^"]*"[^>]*name="opens_at"', page
    )


def test_a_learner_joins_with_the_code_and_sees_the_quiz(client, teacher, auth, make) -> None:  # type: ignore[no-untyped-def]
    upload(client, "deir.txt", DEMO.read_bytes())
    client.post(
        "/teach/bank/status",
        data={"status": "approved", "id": [str(q.id) for q in questions()[:2]]},
    )
    client.post(
        "/teach/quizzes/pick",
        data={
            "title": "For 9A",
            "feedback": "deferred",
            "is_open": "y",
            "questions": [str(q.id) for q in questions()[:2]],
        },
    )
    created = client.post("/teach/classes", data={"name": "9A"})
    group_id = int(created.location.rsplit("/", 1)[1])
    quiz = database.session.scalars(select(Quiz)).one()
    client.post(f"/teach/quizzes/{quiz.id}/classes", data={"groups": [str(group_id)]})
    from app.models import Group

    code = database.session.get(Group, group_id).join_code
    auth.logout()
    make.user("pupil@example.com", enrol=False)
    auth.login("pupil@example.com")
    assert "For 9A" not in client.get("/quizzes").get_data(as_text=True)
    client.post("/classes/join", data={"code": code.lower()})
    assert "For 9A" in client.get("/quizzes").get_data(as_text=True)
    auth.logout()
    auth.login("teacher@example.com")
    class_page = client.get(f"/teach/classes/{group_id}").get_data(as_text=True)
    assert "pupil@example.com" in class_page and "For 9A" in class_page


def test_tokens_are_shown_once(client, teacher) -> None:  # type: ignore[no-untyped-def]
    shown = client.post("/teach/tokens", data={"name": "gradebook"}).get_data(as_text=True)
    secret = re.search(r"fd_[\w-]+", shown)
    assert secret is not None
    listed = client.get("/teach/tokens").get_data(as_text=True)
    assert "gradebook" in listed and secret.group() not in listed


def test_teachers_start_at_their_overview(client, teacher) -> None:  # type: ignore[no-untyped-def]
    assert client.get("/").location.endswith("/teach")
    client.post("/logout")
    response = client.post(
        "/login", data={"email": "teacher@example.com", "password": "correct horse battery"}
    )
    assert response.location.endswith("/teach")


def test_every_page_title_is_plain_text(client, teacher, make) -> None:  # type: ignore[no-untyped-def]
    """A block left open in a template swallows markup into <title>; no page may do that."""
    upload(client, "deir.txt", DEMO.read_bytes())
    client.post(
        "/teach/bank/status",
        data={"status": "approved", "id": [str(q.id) for q in questions()[:3]]},
    )
    client.post(
        "/teach/quizzes/pick",
        data={
            "title": "T",
            "feedback": "deferred",
            "questions": [str(q.id) for q in questions()[:3]],
        },
    )
    group = client.post("/teach/classes", data={"name": "9Z"}).location
    quiz = database.session.scalars(select(Quiz)).one()
    doc = database.session.scalars(select(Document)).one()
    pages = [
        "/teach",
        "/teach/articles",
        "/teach/articles/new",
        f"/teach/articles/{doc.id}",
        "/teach/bank",
        f"/teach/questions/{questions()[0].id}",
        "/teach/quizzes",
        "/teach/quizzes/new",
        "/teach/quizzes/pick",
        f"/teach/quizzes/{quiz.id}",
        f"/teach/quizzes/{quiz.id}/preview",
        f"/teach/quizzes/{quiz.id}/results",
        "/teach/classes",
        group,
        "/teach/tokens",
        "/teach/bank/import",
        "/quizzes",
        "/history",
        "/cards/",
    ]
    for url in pages:
        html = client.get(url).get_data(as_text=True)
        title = re.search(r"<title>(.*?)</title>", html, re.S)
        assert title is not None and "<" not in title.group(1), url
