"""A learner joins the demo class, adds the demo deck and studies it with the keyboard only."""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from .conftest import ARTIFACTS

pytestmark = pytest.mark.browser
DEMO_QUIZ = "Deir ez-Zor offensive (2016): demo quiz"


def left(page) -> int:  # type: ignore[no-untyped-def]
    return int(page.locator("[data-left]").inner_text())


def stem(page) -> str:  # type: ignore[no-untyped-def]
    return page.locator(".flashcard .stem").inner_text()


def study(page, rating: str) -> str:  # type: ignore[no-untyped-def]
    """Space reveals the card's back, a number key rates it; returns the card's front."""
    front = stem(page)
    assert not page.locator("[data-back]").is_visible()
    page.keyboard.press("Space")
    assert page.locator("[data-back]").is_visible()
    assert page.locator(".back mark").count() == 1  # the source sentence, answer highlighted
    assert page.locator("[data-rating]").count() == 4
    with page.expect_navigation():
        page.keyboard.press(rating)
    return front


def daytime() -> str:
    """A time zone where it is now between 06:00 and 18:00."""
    zones = ("UTC", "Asia/Tokyo", "America/New_York", "Pacific/Auckland", "Asia/Kolkata")
    return next(z for z in zones if 6 <= datetime.now(ZoneInfo(z)).hour < 18)


def _user_id(db, email: str) -> int:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from app.models import User

    return int(db.session.scalars(select(User.id).where(User.email == email)).one())


def test_learner_studies_the_demo_deck_with_the_keyboard(page, live_server, db) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import update

    from app.models import Quiz, StudySettings

    # the teacher lets the class study the quiz's questions before taking it
    db.session.execute(update(Quiz).values(cards_after_attempt=False))
    db.session.commit()
    page.goto(f"{live_server}/register")
    page.get_by_label("E-mail").fill("cards@example.com")
    page.get_by_label("Password", exact=True).fill("a long enough password")
    page.get_by_label("Repeat the password").fill("a long enough password")
    page.get_by_label("Class code").fill(live_server.join_code)
    page.get_by_label("Repeat the password").press("Enter")
    page.wait_for_url(re.compile(r"/quizzes$"))
    # a learner whose day is far from its end: a 10-minute learning step stays today's card
    db.session.add(StudySettings(user_id=_user_id(db, "cards@example.com"), time_zone=daytime()))
    db.session.commit()

    page.get_by_role("link", name="Flashcards").focus()
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/cards/$"))
    page.get_by_role("button", name=f"Add {DEMO_QUIZ}").focus()
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/cards/$"))
    page.get_by_role("link", name=f"Study {DEMO_QUIZ}").focus()
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/cards/study/quiz-\d+$"))
    assert left(page) == 12

    study(page, "3")  # Good on a new card: its next learning step is in 10 minutes
    assert left(page) == 12 and "11 new · 1 learning" in page.locator(".left-today").inner_text()
    study(page, "4")  # Easy: the card graduates, due in days
    assert left(page) == 11
    undone = study(page, "4")
    assert left(page) == 10

    with page.expect_navigation():
        page.keyboard.press("u")  # undo the last rating: the same card, the count restored
    assert left(page) == 11 and stem(page) == undone
    assert study(page, "4") == undone
    assert left(page) == 10
    study(page, "1")  # Again: back in a minute
    assert left(page) == 10

    page.set_viewport_size({"width": 390, "height": 844})  # a phone
    page.keyboard.press("Space")
    assert page.locator("[data-rating='4']").is_visible()
    page.screenshot(path=str(ARTIFACTS / "cards.png"), full_page=True)

    from app.models import ReviewLog

    db.session.expire_all()
    ratings = [log.rating for log in db.session.query(ReviewLog).order_by(ReviewLog.id)]
    assert ratings == ["Good", "Easy", "Easy", "Again"]
