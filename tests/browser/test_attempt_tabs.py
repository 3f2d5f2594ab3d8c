"""The question page's script when something happens elsewhere: the attempt submitted or the
session ended in another tab, the summary reloaded, keys on the summary."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect
from sqlalchemy import select

from .quizpage import (
    attempt_data,
    is_save,
    jump,
    option_of,
    radio,
    start_quiz,
    stored,
)

pytestmark = pytest.mark.browser


def test_an_attempt_submitted_in_another_tab_leads_to_the_result(page, server, errors) -> None:  # type: ignore[no-untyped-def]
    aid = start_quiz(page, server)
    slots = attempt_data(page)["slots"]
    first = option_of(server, slots[0], True)
    radio(page, first).check()
    page.get_by_role("button", name="Next →").click()
    expect(page).to_have_url(f"{server}/attempts/{aid}/2")
    other = page.context.new_page()
    other.goto(f"{server}/attempts/{aid}/submit")
    other.get_by_role("button", name="Submit answers").click()
    other.wait_for_url(f"{server}/attempts/{aid}/result")
    radio(page, slots[1]["options"][0]["id"]).check()
    with page.expect_response(lambda r: is_save(r.request)) as refused:
        page.get_by_role("button", name="Next →").click()
    assert refused.value.status == 409
    page.wait_for_url(f"{server}/attempts/{aid}/result")
    expect(page.locator(".score .big")).to_have_text("1 / 12")
    assert stored(server, aid) == {slots[0]["question"]: first}
    assert errors == []


def test_a_save_after_the_session_ended_leads_to_the_login(page, server, errors) -> None:  # type: ignore[no-untyped-def]
    """The account's sessions were ended (logged out on another device): a 401, then the login."""
    from app.extensions import db
    from app.models import User
    from app.services.accounts.users import end_sessions

    aid = start_quiz(page, server)
    with server.app.app_context():
        end_sessions(db.session.scalars(select(User).filter_by(email="learner@example.com")).one())
    radio(page, attempt_data(page)["slots"][0]["options"][0]["id"]).check()
    with page.expect_response(lambda r: is_save(r.request)) as refused:
        page.get_by_role("button", name="Next →").click()
    assert refused.value.status == 401
    page.wait_for_url(f"{server}/login?next=/attempts/{aid}/1")
    expect(page.get_by_label("E-mail")).to_be_visible()
    assert stored(server, aid) == {}
    assert errors == []


def test_a_save_after_logging_out_in_another_tab_leads_to_the_login(page, server, errors) -> None:  # type: ignore[no-untyped-def]
    """Logging out clears the cookie every tab shares, CSRF token included: the open page's
    next save is sent to log in, not told that its form expired."""
    aid = start_quiz(page, server)
    other = page.context.new_page()
    other.goto(f"{server}/quizzes")
    other.get_by_role("button", name="Log out").click()
    other.wait_for_url(f"{server}/")
    radio(page, attempt_data(page)["slots"][0]["options"][0]["id"]).check()
    with page.expect_response(lambda r: is_save(r.request)) as refused:
        page.get_by_role("button", name="Next →").click()
    assert refused.value.status == 401
    page.wait_for_url(f"{server}/login?next=/attempts/{aid}/1")
    assert stored(server, aid) == {}
    assert errors == []


def test_back_from_a_reloaded_summary_shows_the_last_question(page, server, errors) -> None:  # type: ignore[no-untyped-def]
    aid = start_quiz(page, server)
    slots = attempt_data(page)["slots"]
    jump(page, 12).click()
    expect(page).to_have_url(f"{server}/attempts/{aid}/12")
    page.get_by_role("button", name="Review and submit").click()
    expect(page).to_have_url(f"{server}/attempts/{aid}/submit")
    page.reload()  # now the server's summary, without the question form
    expect(page.locator("section[data-attempt-summary]")).to_be_visible()
    page.go_back()
    expect(page).to_have_url(f"{server}/attempts/{aid}/12")
    expect(page.locator("legend.stem")).to_have_text(slots[11]["stem"])
    expect(page.locator("section[data-attempt-summary]")).to_have_count(0)
    assert errors == []


def test_keys_on_the_scripts_summary_do_not_reach_the_hidden_question(page, server, errors) -> None:  # type: ignore[no-untyped-def]
    aid = start_quiz(page, server)
    slots = attempt_data(page)["slots"]
    jump(page, 12).click()
    radio(page, slots[11]["options"][0]["id"]).check()
    page.get_by_role("button", name="Review and submit").click()
    expect(page).to_have_url(f"{server}/attempts/{aid}/submit")
    page.locator("h1").click()  # focus off the buttons
    for key in ("ArrowLeft", "2", "Enter"):
        page.keyboard.press(key)
    expect(page).to_have_url(f"{server}/attempts/{aid}/submit")
    expect(page.locator("section.review-now")).to_contain_text("You have not answered 11 questions")
    page.go_back()  # no second summary entry was pushed: back is the last question
    expect(page).to_have_url(f"{server}/attempts/{aid}/12")
    assert stored(server, aid) == {slots[11]["question"]: slots[11]["options"][0]["id"]}
    assert errors == []
