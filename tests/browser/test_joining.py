"""Joining a class by its invite link: the teacher's class page and projector view show the
link and its QR code; a newcomer registers through the link, a signed-in learner joins in one
click."""

from __future__ import annotations

import re

import pytest

from .conftest import ARTIFACTS
from .quizpage import PASSWORD

pytestmark = pytest.mark.browser


def _log_in(page, server, email: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(f"{server}/login")
    page.get_by_label("E-mail").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()


def test_join_by_invite_link_and_qr_code(page, live_server) -> None:  # type: ignore[no-untyped-def]
    import segno

    from app.services.accounts.users import create_user

    with live_server.app.app_context():
        create_user("ms.wend@example.com", PASSWORD, role="teacher")
        create_user("old.hand@example.com", PASSWORD)
    _log_in(page, live_server, "ms.wend@example.com")
    page.goto(f"{live_server}/teach/classes")
    page.get_by_label("Name").fill("Year 9 history")
    page.get_by_role("button", name="Create class").click()
    page.wait_for_url(re.compile(r"/teach/classes/\d+$"))
    link = page.get_by_label("Invite link").input_value()
    assert re.fullmatch(rf"{live_server}/join/[A-Z2-9]{{8}}", link)
    qr = page.get_by_role("img", name="QR code of the link that joins Year 9 history")
    assert qr.is_visible()
    expected = segno.make(link, error="m").svg_inline(scale=1, omitsize=True)
    drawn = re.search(r' d="([^"]+)"', expected).group(1)  # type: ignore[union-attr]
    assert qr.locator("path").get_attribute("d") == drawn  # the QR code encodes the link
    page.get_by_role("link", name="Present on the projector").click()
    page.wait_for_url(re.compile(r"/present$"))
    assert page.get_by_role("img").is_visible() and link in page.content()
    page.screenshot(path=str(ARTIFACTS / "class-present.png"), full_page=True)

    browser = page.context.browser
    for learner in [browser.new_context().new_page()]:  # a newcomer opens the link
        learner.goto(link)
        learner.wait_for_url(re.compile(r"/register\?code="))
        assert "You are joining Year 9 history" in learner.locator(".notice").inner_text()
        learner.get_by_label("E-mail").fill("newcomer@example.com")
        learner.get_by_label("Password", exact=True).fill(PASSWORD)
        learner.get_by_label("Repeat the password").fill(PASSWORD)
        learner.get_by_role("button", name="Create account").click()
        learner.wait_for_url(re.compile(r"/quizzes$"))

    for learner in [browser.new_context().new_page()]:  # a learner with an account joins
        _log_in(learner, live_server, "old.hand@example.com")
        learner.goto(link)
        learner.get_by_role("button", name="Join Year 9 history").click()
        learner.wait_for_url(re.compile(r"/quizzes$"))
        assert "You joined Year 9 history." in learner.content()

    page.goto(page.url.rsplit("/", 1)[0])
    assert "newcomer@example.com" in page.content() and "old.hand@example.com" in page.content()
