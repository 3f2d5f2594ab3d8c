"""A teacher reviews drafts in the bank with the keyboard alone: j/k move, a approves,
r retires, n brings new wrong options, e edits in place; the counts stay true."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect
from sqlalchemy import select

from .conftest import ARTIFACTS
from .quizpage import PASSWORD

pytestmark = pytest.mark.browser


def _drafts(server) -> None:  # type: ignore[no-untyped-def]
    """A teacher owning the demo article, every question of it back to draft."""
    from app.extensions import db
    from app.models import Document, Question
    from app.services.accounts.users import create_user

    with server.app.app_context():
        teacher = create_user("ms.review@example.com", PASSWORD, role="teacher")
        for doc in db.session.scalars(select(Document)):
            doc.owner_id = teacher.id
        for q in db.session.scalars(select(Question)):
            q.status = "draft"
        db.session.commit()


def _statuses(server) -> dict[str, str]:  # type: ignore[no-untyped-def]
    from app.extensions import db
    from app.models import Question

    with server.app.app_context():
        rows = db.session.execute(
            select(Question.stem, Question.status).where(Question.replaced_by_id.is_(None))
        )
        return {stem: status for stem, status in rows}


def test_draft_review_by_keyboard(page, live_server, errors) -> None:  # type: ignore[no-untyped-def]
    _drafts(live_server)
    page.goto(f"{live_server}/login")
    page.get_by_label("E-mail").fill("ms.review@example.com")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.goto(f"{live_server}/teach/bank?status=draft")
    drafts = int(page.locator('[data-count="draft"]').inner_text())
    items = page.locator(".bank-item")
    first, second = (
        items.nth(0).locator("[data-stem]").inner_text(),
        items.nth(1).locator("[data-stem]").inner_text(),
    )

    page.keyboard.press("j")  # the first question
    assert "is-current" in (items.nth(0).get_attribute("class") or "")
    page.keyboard.press("a")  # approve it, go on to the second
    expect(items.nth(1)).to_have_class(re.compile("is-current"))
    assert page.locator('[data-count="draft"]').inner_text() == str(drafts - 1)
    assert page.locator('[data-count="approved"]').inner_text() == "1"
    page.keyboard.press("r")  # retire the second
    expect(items.nth(2)).to_have_class(re.compile("is-current"))
    assert page.locator('[data-count="retired"]').inner_text() == "1"
    assert "Retired" in page.locator("[data-review-status]").inner_text()
    statuses = _statuses(live_server)
    assert statuses[first] == "approved" and statuses[second] == "retired"

    third = items.nth(2)
    before = third.locator("[data-options]").inner_text()
    page.keyboard.press("n")  # new wrong options, as a new version
    expect(page.locator("[data-review-status]")).to_contain_text("New wrong options")
    assert third.locator("[data-options]").inner_text() != before

    page.keyboard.press("e")  # edit in place
    stem = third.get_by_label("Question", exact=True)
    expect(stem).to_be_focused()
    stem.fill("Which town did ISIL attack in January 2016?")
    page.keyboard.press("Control+Enter")
    expect(page.locator("[data-review-status]")).to_contain_text("Saved as version")
    assert (
        third.locator("[data-stem]").inner_text() == "Which town did ISIL attack in January 2016?"
    )
    assert "Which town did ISIL attack in January 2016?" in _statuses(live_server)
    assert third.locator("[data-version]").inner_text() == "v3"  # new options, then the edit
    # every label names the new version's id, as the hidden ids do
    new_id = third.get_attribute("data-id")
    assert third.get_by_role("button", name=f"Retire question {new_id}").count() == 1
    assert third.get_by_label(f"Tick question {new_id}").count() == 1
    assert not items.nth(0).get_by_role("button", name=re.compile("^Approve")).is_visible()
    page.keyboard.press("k")
    assert "is-current" in (items.nth(1).get_attribute("class") or "")
    page.screenshot(path=str(ARTIFACTS / "bank-review.png"), full_page=False)

    page.goto(f"{live_server}/teach/bank?status=draft")  # the counts after a reload agree
    assert page.locator('[data-count="draft"]').inner_text() == str(drafts - 2)
    assert errors == []
