"""Flashcards on a phone (390×844, touch) in multiple-choice mode: a wrong pick is rated Again
for the learner, the rating buttons are on screen without scrolling, the time zone is the
browser's, and the end of the session sums it up."""

from __future__ import annotations

import re

import pytest

from .conftest import ARTIFACTS, chromium_page
from .quizpage import PASSWORD

pytestmark = pytest.mark.browser
PHONE = {
    "viewport": {"width": 390, "height": 844},
    "is_mobile": True,
    "has_touch": True,
    "timezone_id": "Asia/Tokyo",
}


@pytest.fixture
def phone(live_server):  # type: ignore[no-untyped-def]
    yield from chromium_page(**PHONE)


def _on_screen(page, selector: str) -> bool:  # type: ignore[no-untyped-def]
    box = page.locator(selector).bounding_box()
    return box is not None and box["y"] >= 0 and box["y"] + box["height"] <= 844


def test_flashcards_on_a_phone(phone, live_server, db) -> None:  # type: ignore[no-untyped-def]
    page = phone
    page.goto(f"{live_server}/register")
    page.get_by_label("E-mail").fill("phone@example.com")
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_label("Repeat the password").fill(PASSWORD)
    page.get_by_label("Class code").fill(live_server.join_code)
    page.get_by_role("button", name="Create account").click()
    page.wait_for_url(re.compile(r"/quizzes$"))

    page.goto(f"{live_server}/cards/settings")
    assert page.get_by_label("Time zone").input_value() == "Asia/Tokyo"  # the browser's
    page.get_by_label(re.compile("^Multiple choice")).check()
    page.get_by_label("New cards per day").fill("2")
    with page.expect_navigation():
        page.get_by_role("button", name=re.compile("Save")).click()
    with page.expect_navigation():
        page.get_by_role("button", name=re.compile(r"^Add ")).first.click()
    with page.expect_navigation():
        page.get_by_role("link", name=re.compile(r"^Study ")).first.click()

    wrong = page.locator("[data-choices] li[data-correct='0'] button").first
    wrong.tap()
    assert page.locator("[data-graded]").is_visible()
    assert page.locator("[data-rating='1']").is_visible()
    for hidden in ("2", "3", "4"):
        assert not page.locator(f"[data-rating='{hidden}']").is_visible()
    assert _on_screen(page, "[data-rating='1']")  # no scrolling to rate
    page.screenshot(path=str(ARTIFACTS / "cards-phone-wrong.png"))
    with page.expect_navigation():
        page.locator("[data-rating='1']").tap()

    right = page.locator("[data-choices] li[data-correct='1'] button").first
    right.tap()
    assert _on_screen(page, "[data-rating='4']") and _on_screen(page, "[data-rating='3']")
    with page.expect_navigation():
        page.locator("[data-rating='4']").tap()

    while page.locator("[data-flashcard]").count():  # the Again card, in learning: Good until done
        page.locator("[data-choices] li[data-correct='1'] button").first.tap()
        with page.expect_navigation():
            page.locator("[data-rating='3']").tap()
        if page.get_by_text("Nothing more for now").count():
            break
    summary = page.locator(".session-summary")
    assert "Today you reviewed" in summary.inner_text()
    assert re.search(r"Again\s*1", summary.inner_text())
    page.screenshot(path=str(ARTIFACTS / "cards-phone-summary.png"), full_page=True)

    from app.models import ReviewLog

    db.session.expire_all()
    ratings = [log.rating for log in db.session.query(ReviewLog).order_by(ReviewLog.id)]
    assert ratings[:2] == ["Again", "Easy"]
