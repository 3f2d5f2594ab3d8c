"""A learner's first run as the README tells it, attempts used up, and immediate feedback to
the last question and back, in the browser."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import select

from .conftest import ARTIFACTS
from .quizpage import PASSWORD

pytestmark = pytest.mark.browser
README = Path(__file__).resolve().parents[2] / "README.md"


def _set_demo_quiz(server, **settings: object) -> None:  # type: ignore[no-untyped-def]
    from app.extensions import db
    from app.models import Quiz

    with server.app.app_context():
        quiz = db.session.scalars(select(Quiz)).one()
        for name, value in settings.items():
            setattr(quiz, name, value)
        db.session.commit()


def _register(page, server, code: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(f"{server}/register")
    page.get_by_label("E-mail").fill("first@example.com")
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_label("Repeat the password").fill(PASSWORD)
    page.get_by_label("Class code").fill(code)
    page.get_by_role("button", name="Create account").click()
    page.wait_for_url(re.compile(r"/quizzes$"))


def test_first_run_from_the_readme_opens_the_demo_quiz(page, live_server) -> None:  # type: ignore[no-untyped-def]
    quick_start = README.read_text(encoding="utf-8").split("## Quick start", 1)[1]
    code = re.search(r"class code \*\*`([A-Z0-9]{8})`\*\*", quick_start).group(1)  # type: ignore[union-attr]
    _register(page, live_server, code)
    assert "No quiz is open to you yet" not in page.content()
    card = page.locator(".quiz-card")
    assert card.count() == 1
    assert "Demo class" in card.inner_text() and "Not started" in card.inner_text()
    assert page.get_by_role("button", name="Start").is_visible()


def test_attempts_used_up_say_so_instead_of_start(page, live_server) -> None:  # type: ignore[no-untyped-def]
    _set_demo_quiz(live_server, attempts_allowed=1)
    _register(page, live_server, live_server.join_code)
    page.get_by_role("button", name="Start").click()
    page.wait_for_url(re.compile(r"/attempts/\d+/1$"))
    page.goto(page.url.rsplit("/", 1)[0] + "/submit")
    page.get_by_role("button", name=re.compile("Submit")).click()
    page.wait_for_url(re.compile(r"/result$"))
    page.goto(f"{live_server}/quizzes")
    card = page.locator(".quiz-card")
    assert "All attempts used" in card.inner_text()
    assert "You have used all 1 attempt allowed" in card.inner_text()
    assert card.get_by_role("button").count() == 0
    page.screenshot(path=str(ARTIFACTS / "quiz-list-used-up.png"), full_page=True)


def test_immediate_feedback_to_the_end_and_back(page, live_server) -> None:  # type: ignore[no-untyped-def]
    _set_demo_quiz(live_server, feedback="immediate")
    _register(page, live_server, live_server.join_code)
    page.get_by_role("button", name="Start").click()
    page.wait_for_url(re.compile(r"/attempts/\d+/1$"))
    base = page.url.rsplit("/", 1)[0]
    for n in range(1, 13):
        page.goto(f"{base}/{n}")
        page.keyboard.press("1")
        page.keyboard.press("Enter")  # check: the feedback of this question
        page.wait_for_url(re.compile(rf"/{n}\?feedback=1$"))
        assert page.get_by_role("status").filter(has_text=re.compile("Correct!|Not quite.")).count()
        assert page.locator("input[name=option]:disabled").count() >= 2
    assert page.get_by_role("link", name="Review and submit").is_visible()
    page.screenshot(path=str(ARTIFACTS / "immediate-feedback-last.png"), full_page=True)

    page.get_by_role("link", name="← Previous").click()  # back to question 11
    page.wait_for_url(re.compile(r"/11$"))
    assert page.locator("fieldset[disabled]").count() == 1
    assert page.locator("input[name=option]:checked").count() == 1
    assert page.locator(".verdict").is_visible() and page.locator("mark").count() == 1


def test_the_timer_announces_the_last_minute(page, live_server) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    _set_demo_quiz(live_server, time_limit=62)
    _register(page, live_server, live_server.join_code)
    page.get_by_role("button", name="Start").click()
    page.wait_for_url(re.compile(r"/attempts/\d+/1$"))
    assert page.get_by_role("timer").is_visible()
    expect(page.locator("[data-timer-alert]")).to_have_text("One minute left.", timeout=5000)
    assert page.locator("[data-timer-alert]").get_attribute("aria-live") == "assertive"
