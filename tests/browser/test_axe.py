"""axe-core over every page a learner and a teacher reach, at 1280×800 and on a phone
(390×844): zero WCAG 2.1 A/AA violations."""

from __future__ import annotations

import re
from typing import Any

import pytest
from sqlalchemy import select

from .a11y import check
from .conftest import chromium_page
from .quizpage import PASSWORD

pytestmark = pytest.mark.browser
VIEWPORTS = {
    "desktop": {"viewport": {"width": 1280, "height": 800}},
    "phone": {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True},
}


def _teacher_world(server) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """A teacher owning the demo; a learner with a finished attempt. Ids of what is visited."""
    from app.extensions import db
    from app.models import Document, Group, Question, Quiz
    from app.services.accounts.users import create_user
    from tests.app.test_results import take

    with server.app.app_context():
        teacher = create_user("axe.teacher@example.com", PASSWORD, role="teacher")
        quiz = db.session.scalars(select(Quiz)).one()
        group = db.session.scalars(select(Group)).one()
        doc = db.session.scalars(select(Document)).one()
        quiz.owner_id = group.owner_id = doc.owner_id = teacher.id
        db.session.commit()
        pupil = create_user("axe.pupil@example.com", PASSWORD, name="Axe Pupil")
        from app.services.accounts.classes import join_class

        join_class(pupil, group.join_code)
        take(quiz, pupil, [1, 0] * (len(quiz.items) // 2), minutes=4)
        question = db.session.scalars(select(Question).order_by(Question.id)).first()
        assert question is not None
        return {
            "quiz": quiz.id,
            "group": group.id,
            "doc": doc.id,
            "question": question.id,
            "pupil": pupil.id,
        }


def _log_in(page: Any, server: str, email: str) -> None:
    page.goto(f"{server}/login")
    page.get_by_label("E-mail").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    with page.expect_navigation():
        page.get_by_role("button", name="Log in").click()


def _learner_walk(page: Any, server: Any, seen: dict[str, list[str]]) -> None:
    for path in ("/", "/login", "/register", f"/join/{server.join_code}"):
        page.goto(f"{server}{path}")
        check(page, path, seen)
    page.goto(f"{server}/register?code={server.join_code}")
    page.get_by_label("E-mail").fill("axe.learner@example.com")
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_label("Repeat the password").fill(PASSWORD)
    with page.expect_navigation():
        page.get_by_role("button", name="Create account").click()
    check(page, "/quizzes", seen)
    with page.expect_navigation():
        page.get_by_role("button", name="Start").click()
    check(page, "question", seen)
    page.locator("input[name=option]").first.check()
    check(page, "question, chosen", seen)
    base = re.sub(r"/\d+$", "", page.url)
    page.goto(f"{base}/submit")
    check(page, "submit", seen)
    with page.expect_navigation():
        page.get_by_role("button", name=re.compile("Submit")).click()
    check(page, "result", seen)
    for path in ("/quizzes", "/history", "/cards/", "/cards/settings", "/cards/stats"):
        page.goto(f"{server}{path}")
        check(page, path, seen)
    page.goto(f"{server}/cards/")
    with page.expect_navigation():
        page.get_by_role("button", name=re.compile(r"^Add ")).first.click()
    with page.expect_navigation():
        page.get_by_role("link", name=re.compile(r"^Study ")).first.click()
    check(page, "study", seen)
    page.keyboard.press("Space")
    check(page, "study, revealed", seen)


def _teacher_walk(page: Any, server: Any, ids: dict[str, int], seen: dict[str, list[str]]) -> None:
    _log_in(page, server, "axe.teacher@example.com")
    paths = [
        "/teach",
        "/teach/articles",
        "/teach/articles/new",
        f"/teach/articles/{ids['doc']}",
        "/teach/bank",
        "/teach/bank/import",
        f"/teach/questions/{ids['question']}",
        "/teach/quizzes",
        "/teach/quizzes/new",
        "/teach/quizzes/pick",
        f"/teach/quizzes/{ids['quiz']}",
        f"/teach/quizzes/{ids['quiz']}/preview/1",
        f"/teach/quizzes/{ids['quiz']}/results",
        f"/teach/quizzes/{ids['quiz']}/responses",
        "/teach/classes",
        f"/teach/classes/{ids['group']}",
        f"/teach/classes/{ids['group']}/present",
        f"/teach/learners/{ids['pupil']}",
        "/teach/tokens",
    ]
    for path in paths:
        response = page.goto(f"{server}{path}")
        assert response is not None and response.ok, path
        check(page, path, seen)


@pytest.mark.parametrize("viewport", sorted(VIEWPORTS))
def test_every_page_passes_axe(live_server, viewport: str) -> None:  # type: ignore[no-untyped-def]
    ids = _teacher_world(live_server)
    seen: dict[str, list[str]] = {}
    for page in chromium_page(bypass_csp=True, **VIEWPORTS[viewport]):
        _learner_walk(page, live_server, seen)
    for page in chromium_page(bypass_csp=True, **VIEWPORTS[viewport]):
        _teacher_walk(page, live_server, ids, seen)
    report = "\n".join(f"{where}:\n  " + "\n  ".join(found) for where, found in seen.items())
    assert not seen, f"axe violations ({viewport}):\n{report}"
