"""A teacher reads a quiz's results for one class and its responses sheet, in the browser."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from .conftest import ARTIFACTS
from .quizpage import PASSWORD

pytestmark = pytest.mark.browser


def _world(server) -> int:  # type: ignore[no-untyped-def]
    """A teacher owning the demo quiz and class; three demo learners, two also in 'Group B',
    each with a finished attempt. The quiz's id."""
    from app.extensions import db
    from app.models import Group, Quiz
    from app.services.accounts.classes import create_class, join_class
    from app.services.accounts.users import create_user
    from tests.app.test_results import take

    with server.app.app_context():
        teacher = create_user("ms.results@example.com", PASSWORD, role="teacher")
        quiz = db.session.scalars(select(Quiz)).one()
        demo = db.session.scalars(select(Group)).one()
        quiz.owner_id = demo.owner_id = teacher.id
        db.session.commit()
        second = create_class(teacher, "Group B")
        size = len(quiz.items)
        for n in range(3):
            user = create_user(f"pupil{n}@example.com", PASSWORD, name=f"Pupil {n}")
            join_class(user, demo.join_code)
            if n < 2:
                join_class(user, second.join_code)
            take(quiz, user, [1 if i <= n * 4 else 0 for i in range(size)], minutes=n + 2)
        return int(quiz.id)


def test_results_by_class_and_the_responses_sheet(page, live_server) -> None:  # type: ignore[no-untyped-def]
    quiz_id = _world(live_server)
    page.goto(f"{live_server}/login")
    page.get_by_label("E-mail").fill("ms.results@example.com")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.goto(f"{live_server}/teach/quizzes/{quiz_id}/results")
    assert page.locator("a[href^='/teach/learners/']").count() == 3
    page.get_by_label("Class").select_option(label="Group B")
    page.get_by_role("button", name="Show").click()
    page.wait_for_url(re.compile(r"class=\d+"))
    assert page.locator("a[href^='/teach/learners/']").count() == 2
    assert "Group B" in page.locator(".notice").inner_text()
    page.screenshot(path=str(ARTIFACTS / "results-by-class.png"), full_page=True)

    page.get_by_role("link", name="Responses, question by question").click()
    page.wait_for_url(re.compile(r"/responses\?"))
    rows = page.locator("table.sheet tbody tr")
    assert rows.count() == 2 and page.locator("table.sheet thead abbr").count() == 12
    assert page.get_by_label("Class").input_value() != ""  # the filter carries over
    page.screenshot(path=str(ARTIFACTS / "responses.png"), full_page=True)
    with page.expect_download() as download:
        page.get_by_role("link", name="Responses", exact=True).click()
    assert download.value.suggested_filename.endswith("-responses.csv")
