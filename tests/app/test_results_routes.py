"""Results pages, CSV exports and the results API through the Flask client."""

from __future__ import annotations

import csv
import io

import pytest

from app.services.accounts import tokens

from .test_results import MATRIX, take


@pytest.fixture
def world(make, auth):  # type: ignore[no-untyped-def]
    """The test class's teacher, a quiz of three taken by four learners (one with a hostile name)."""
    quiz = make.quiz(size=3)
    teacher = make.test_class().owner_id
    from app.extensions import db
    from app.models import User

    quiz.owner_id = teacher
    db.session.commit()
    learners = []
    for i, row in enumerate(MATRIX):
        user = make.user(f"l{i}@example.com")
        if i == 0:
            user.name = '=HYPERLINK("http://evil.example","x")'
            db.session.commit()
        take(quiz, user, row, minutes=i + 1)
        learners.append(user)
    make.user("idle@example.com")
    auth.login("class-teacher@example.com")
    return quiz, db.session.get(User, teacher), learners


def test_results_page_shows_learners_chart_and_items(client, world) -> None:  # type: ignore[no-untyped-def]
    quiz, _, _ = world
    html = client.get(f"/teach/quizzes/{quiz.id}/results").get_data(as_text=True)
    assert "<svg" in html and 'class="bar"' in html and "Score distribution" in html
    assert html.count("/teach/learners/") == 4 and "All attempts (4)" in html
    assert "75.0" in html and "52.2" in html  # facility and discrimination of item 1
    assert "Internal consistency" in html and "75.0%" in html
    first = client.get(f"/teach/quizzes/{quiz.id}/results?which=first").status_code
    odd = client.get(f"/teach/quizzes/{quiz.id}/results?which=drop%20table").status_code
    assert first == odd == 200


def test_csv_exports_are_spreadsheet_safe(client, world) -> None:  # type: ignore[no-untyped-def]
    quiz, _, _ = world
    response = client.get(f"/teach/quizzes/{quiz.id}/results.csv")
    assert (
        response.mimetype == "text/csv" and "attachment" in response.headers["Content-Disposition"]
    )
    rows = list(csv.reader(io.StringIO(response.get_data(as_text=True).lstrip("\ufeff"))))
    assert rows[0][:3] == ["learner", "email", "attempt"] and len(rows) == 5
    names = [r[0] for r in rows[1:]]
    assert '\'=HYPERLINK("http://evil.example","x")' in names
    assert all(not n.startswith(("=", "+", "-", "@")) for r in rows[1:] for n in r[:2])
    items = client.get(f"/teach/quizzes/{quiz.id}/items.csv").get_data(as_text=True)
    table = list(csv.reader(io.StringIO(items.lstrip("\ufeff"))))
    assert table[1][5] == "75.00" and table[1][7] == "52.22"
    assert table[-1][0] == "coefficient of internal consistency" and table[-1][5] == "75.00"


def test_learner_page_and_class_page(client, world, make) -> None:  # type: ignore[no-untyped-def]
    quiz, _, learners = world
    page = client.get(f"/teach/learners/{learners[1].id}").get_data(as_text=True)
    assert "Accuracy per kind" in page and "<polyline" in page and "2 / 3" in page
    outsider = make.user("outsider@example.com", enrol=False)
    assert client.get(f"/teach/learners/{outsider.id}").status_code == 404
    class_page = client.get(f"/teach/classes/{make.test_class().id}").get_data(as_text=True)
    assert "Not started yet" in class_page and "idle@example.com" in class_page


def test_results_through_the_api(client, world) -> None:  # type: ignore[no-untyped-def]
    quiz, teacher, _ = world
    _, secret = tokens.create_token(teacher, "t")
    headers = {"Authorization": f"Bearer {secret}"}
    data = client.get(f"/api/v1/quizzes/{quiz.id}/results", headers=headers).get_json()
    assert data["distribution"] == [1, 0, 0, 1, 0, 0, 1, 0, 0, 1]
    assert len(data["learners"]) == 4 and len(data["attempts"]) == 4
    learner_fields = "learner_id name email attempts best last questions last_seconds"
    assert all(set(r) == {*learner_fields.split(), "last_finished_at"} for r in data["learners"])
    attempt_fields = "attempt_id email number started_at finished_at seconds correct questions"
    assert all(set(r) == set(attempt_fields.split()) for r in data["attempts"])
    items = client.get(f"/api/v1/quizzes/{quiz.id}/items", headers=headers).get_json()
    assert items["internal_consistency"] == 75.0
    assert [i["facility"] for i in items["items"]] == [75.0, 50.0, 25.0]


# -- the responses sheet and the class filter ---------------------------------------------------


def _other_class(make, world):  # type: ignore[no-untyped-def]
    """A second class of the same teacher holding two of the four learners."""
    from app.extensions import db
    from app.models import User
    from app.services.accounts.classes import create_class, join_class

    quiz, teacher, learners = world
    other = create_class(db.session.get(User, teacher.id), "Second class")
    for user in learners[:2]:
        join_class(user, other.join_code)
    return other


def test_responses_page_has_a_row_per_attempt_and_a_column_per_question(client, world) -> None:  # type: ignore[no-untyped-def]
    quiz, _, _ = world
    html = client.get(f"/teach/quizzes/{quiz.id}/responses").get_data(as_text=True)
    assert html.count("<abbr title=") == 3 and "Correct answer" in html
    assert html.count('<tr><th scope="row">') == 4
    assert "✓" in html and "✗" in html


def test_responses_csv(client, world) -> None:  # type: ignore[no-untyped-def]
    quiz, _, _ = world
    text = client.get(f"/teach/quizzes/{quiz.id}/responses.csv").get_data(as_text=True)
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    assert rows[0][:5] == ["learner", "email", "finished (UTC)", "correct", "questions"]
    assert len(rows[0]) == 8 and rows[0][5].startswith("Q1. ")
    assert rows[1][0] == "correct answer" and all(rows[1][5:])
    assert len(rows) == 2 + 4
    for row in rows[2:]:
        answered = [c for c in row[5:] if c]
        assert int(row[3]) == sum(
            1 for c, key in zip(row[5:], rows[1][5:], strict=True) if c and c == key
        )
        assert answered


def test_results_filtered_by_class(client, make, world) -> None:  # type: ignore[no-untyped-def]
    quiz, _, learners = world
    other = _other_class(make, world)
    html = client.get(f"/teach/quizzes/{quiz.id}/results?class={other.id}").get_data(as_text=True)
    assert html.count("/teach/learners/") == 2 and "All attempts (2)" in html
    assert "Showing the members of <strong>Second class</strong> only." in html
    sheet = client.get(f"/teach/quizzes/{quiz.id}/responses?class={other.id}").get_data(
        as_text=True
    )
    assert sheet.count('<tr><th scope="row">') == 2
    text = client.get(f"/teach/quizzes/{quiz.id}/results.csv?class={other.id}").get_data(
        as_text=True
    )
    assert len(list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))) == 3
    assert client.get(f"/teach/quizzes/{quiz.id}/results?class=999999").status_code == 404
