"""A learner registers, takes the demo quiz with the keyboard only, and reads the review."""

from __future__ import annotations

import re

import pytest

from .conftest import ARTIFACTS

pytestmark = pytest.mark.browser


def test_learner_takes_the_demo_quiz_with_the_keyboard(page, live_server) -> None:  # type: ignore[no-untyped-def]
    page.goto(f"{live_server}/register")
    page.get_by_label("E-mail").fill("learner@example.com")
    page.get_by_label("Password", exact=True).fill("a long enough password")
    page.get_by_label("Repeat the password").fill("a long enough password")
    page.get_by_label("Class code").fill(live_server.join_code)
    page.get_by_label("Repeat the password").press("Enter")
    page.wait_for_url(re.compile(r"/quizzes$"))
    assert page.get_by_role("heading", name="Quizzes").is_visible()

    page.get_by_role("button", name="Start").focus()
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/attempts/\d+/1$"))
    total = int(re.search(r"of (\d+)", page.locator(".progress-text").inner_text()).group(1))  # type: ignore[union-attr]
    assert total == 12
    for n in range(1, total + 1):
        assert f"Question {n} of {total}" in page.locator(".progress-text").inner_text()
        page.keyboard.press(str((n % 4) + 1))  # choose an option by its number key
        assert page.locator("input[name=option]:checked").count() == 1
        page.keyboard.press("Enter")  # save and go on
        following = rf"/attempts/\d+/{n + 1}$" if n < total else r"/submit$"
        page.wait_for_url(re.compile(following))
    assert "All 12 questions are answered." in page.content()
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/result$"))

    score = page.locator(".score .big").inner_text()
    assert re.fullmatch(r"\d+ / 12", score)
    assert page.locator("ol.review > li").count() == 12
    assert page.locator("ol.review mark").count() == 12
    page.screenshot(path=str(ARTIFACTS / "review.png"), full_page=True)
